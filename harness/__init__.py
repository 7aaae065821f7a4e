"""contested-news-harness: evaluate LLM summaries of contested news.

Pipeline: Case (``harness.case``) → Backend → Summary → Scorers (``scorers``) → Records → Tables/Gate.
Heavy libraries (torch, transformers, datasets, pandas) are imported only where they are used, so that
``import harness`` and ``cnh --help`` stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

from harness.caseload import CaseError, load_case, load_cases

__all__ = ["CaseError", "__version__", "load_case", "load_cases"]
