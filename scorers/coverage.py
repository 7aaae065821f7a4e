"""Coverage: the share of the case's required claims that a summary mentions (in any voice)."""

from __future__ import annotations

from harness.case import Case
from scorers.types import ClaimVerdict


def coverage(case: Case, verdicts: list[ClaimVerdict]) -> float:
    """Share of required claims mentioned; 1.0 when the case requires none."""
    required = {c.id for c in case.claims if c.required}
    if not required:
        return 1.0
    mentioned = {v.claim_id for v in verdicts}
    return round(len(required & mentioned) / len(required), 4)
