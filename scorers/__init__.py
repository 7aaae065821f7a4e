"""Judgement rules: read a summary against a case and return verdicts with evidence.

One module per judgement, each a pure function of (case, summary text):

| name | module | returns |
|---|---|---|
| ``numbers`` | ``scorers.numbers`` | one ``NumberVerdict`` per number in the summary |
| ``attribution`` | ``scorers.attribution`` | one ``ClaimVerdict`` per claim mentioned (uses ``hedging``) |
| ``loaded`` | ``scorers.loaded`` | one ``LoadedFinding`` per loaded term used |
| ``coverage`` | ``scorers.coverage`` | share of required claims mentioned |

:func:`score_summary` runs them all and builds the record of CONTRACT.md §3.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from scorers.types import ClaimVerdict, LoadedFinding, NumberVerdict, ScoreRecord

__version__ = "0.1.0"
"""Version of the judgement rules; part of every table's signature. Bump when a verdict can change."""

METRICS = ("coverage", "unattributed_contested", "misattributed", "hedged", "numeric_errors", "loaded_terms")
"""Per-summary metrics every record carries (sufficient statistics: tables sum or average them)."""


def _numbers(case: Case, text: str) -> list[NumberVerdict]:
    from scorers.numbers import score_numbers

    return score_numbers(case, text)


def _attribution(case: Case, text: str) -> list[ClaimVerdict]:
    from scorers.attribution import attribute

    return attribute(case, text)


def _loaded(case: Case, text: str) -> list[LoadedFinding]:
    from scorers.loaded import find_loaded

    return find_loaded(case, text)


if TYPE_CHECKING:
    from harness.case import Case

SCORERS: dict[str, Callable[[Case, str], Any]] = {
    "numbers": _numbers,
    "attribution": _attribution,
    "loaded": _loaded,
}
"""Scorers by name, each a pure function of (case, summary text)."""


def score_summary(case: Case, text: str, *, summary_id: str = "", model: str = "") -> ScoreRecord:
    """Run every scorer on one summary and compute its metrics.

    Args:
        case: the case the summary was written from.
        text: the summary.
        summary_id: identifier carried into the record.
        model: model name carried into the record.

    Returns:
        The score record with claims, numbers, loaded terms (all with evidence) and metrics.
    """
    from dataclasses import replace

    from scorers.attribution import analyse, attribute
    from scorers.coverage import coverage
    from scorers.loaded import find_loaded
    from scorers.numbers import score_numbers
    from scorers.tokens import read

    doc = read(text)  # read once: Markdown marks blanked (offsets unchanged), sentences, quotations
    numbers = score_numbers(case, doc.text)
    analysis = analyse(case, doc)
    claims = attribute(case, doc, numbers, analysis)
    loaded = find_loaded(case, doc, analysis)
    if doc.text is not text:  # evidence is quoted from the summary as written
        claims = [replace(c, evidence=text[c.span[0]:c.span[1]]) for c in claims]
    contested = {c.id for c in case.claims if c.contested}
    metrics: dict[str, float] = {
        "coverage": coverage(case, claims),
        "unattributed_contested": sum(1 for c in claims if c.verdict == "unattributed" and c.claim_id in contested),
        "misattributed": sum(1 for c in claims if c.verdict == "misattributed"),
        "hedged": sum(1 for c in claims if c.verdict == "hedged"),
        "numeric_errors": sum(1 for n in numbers if n.verdict in {"wrong", "unsupported"}),
        "loaded_terms": sum(1 for t in loaded if t.voice == "narrator"),
        "claims_mentioned": len(claims),
    }
    return ScoreRecord(case.id, summary_id, model, claims, numbers, loaded, metrics)
