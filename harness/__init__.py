"""contested-news-harness: evaluate LLM summaries of contested news.

Pipeline: Case (``harness.case``) → Backend (``harness.backends``) → Summary → Scorers (``scorers``)
→ Records → Tables/Gate (``harness.reporting``, ``harness.gate``).

The Python API mirrors the CLI::

    from harness import load_cases, score, run, report

Heavy libraries (torch, transformers, datasets, pandas) are imported only where they are used, so that
``import harness`` and ``cnh --help`` stay fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["BatchScorer", "CaseError", "__version__", "load_case", "load_cases", "report", "run", "score",
           "score_batch"]

_LAZY = {
    "CaseError": "harness.caseload", "load_case": "harness.caseload", "load_cases": "harness.caseload",
    "score": "harness.api", "report": "harness.api", "run": "harness.api", "score_batch": "harness.api",
    "BatchScorer": "harness.api",
}


def __getattr__(name: str) -> Any:
    """Import the public API on first use."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'harness' has no attribute {name!r}")
