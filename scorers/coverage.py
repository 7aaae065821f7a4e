"""Coverage: the share of the case's required claims that a summary mentions (in any voice).

The definition lives in the metric registry (``scorers.metrics``); this is its form for a case.
"""

from __future__ import annotations

from harness.case import Case
from scorers.metrics import coverage_of
from scorers.types import ClaimVerdict


def coverage(case: Case, verdicts: list[ClaimVerdict]) -> float:
    """Share of required claims mentioned; 1.0 when the case requires none."""
    return coverage_of((c.id for c in case.claims if c.required), verdicts)
