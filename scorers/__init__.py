"""Judgement rules: read a summary against a case and return verdicts with evidence.

One module per judgement, each a pure function of (case, summary text):

| name | module | returns |
|---|---|---|
| ``numbers`` | ``scorers.numbers`` | one ``NumberVerdict`` per number in the summary |
| ``attribution`` | ``scorers.attribution`` | one ``ClaimVerdict`` per claim mentioned (uses ``hedging``) |
| ``loaded`` | ``scorers.loaded`` | one ``LoadedFinding`` per loaded term used |
| ``coverage`` | ``scorers.coverage`` | share of required claims mentioned |

:func:`score_summary` runs them all and builds the record of docs/contract.md §3; its ``metrics`` come from
the metric registry, ``scorers.metrics`` (names, labels, directions and definitions of every metric).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from scorers.metrics import RECORD_METRICS
from scorers.types import ClaimVerdict, LoadedFinding, NumberVerdict, ScoreRecord

__version__ = "0.1.0"
"""Version of the judgement rules; part of every table's signature (with a hash of every file of this
package, ``scorers.signature``). Bump when a verdict can change."""

METRICS: tuple[str, ...] = RECORD_METRICS
"""Per-summary metrics every record carries (sufficient statistics: tables sum or average them); names,
labels, directions and definitions are in the registry, ``scorers.metrics``."""


def _verdicts(case: Case, text: str) -> tuple[list[ClaimVerdict], list[NumberVerdict], list[LoadedFinding]]:
    """Every scorer on one summary read once by the token layer, with spans and evidence in the text as written."""
    from dataclasses import replace

    from scorers.attribution import analyse, attribute
    from scorers.loaded import find_loaded
    from scorers.numbers import score_numbers
    from scorers.tokens import read

    doc = read(text)  # read once: Markdown marks blanked (offsets unchanged), sentences, quotations
    numbers = score_numbers(case, doc.figures_text)
    analysis = analyse(case, doc)
    claims = attribute(case, doc, numbers, analysis)
    loaded = find_loaded(case, doc, analysis)
    if doc.offsets is not None:  # invisible characters were removed: spans back to the text as written
        claims = [replace(c, span=doc.to_original(c.span)) for c in claims]
        numbers = [replace(n, span=doc.to_original(n.span)) for n in numbers]
        loaded = [replace(t, span=doc.to_original(t.span)) for t in loaded]
    if doc.text is not text:  # evidence and figures are quoted from the summary as written ("𝟏𝟐", not "12")
        claims = [replace(c, evidence=text[c.span[0]:c.span[1]]) for c in claims]
        numbers = [replace(n, text=text[n.span[0]:n.span[1]]) for n in numbers]
    return claims, numbers, loaded


def _numbers(case: Case, text: str) -> list[NumberVerdict]:
    return _verdicts(case, text)[1]


def _attribution(case: Case, text: str) -> list[ClaimVerdict]:
    return _verdicts(case, text)[0]


def _loaded(case: Case, text: str) -> list[LoadedFinding]:
    return _verdicts(case, text)[2]


if TYPE_CHECKING:
    from harness.case import Case

SCORERS: dict[str, Callable[[Case, str], Any]] = {
    "numbers": _numbers,
    "attribution": _attribution,
    "loaded": _loaded,
}
"""Scorers by name, each a pure function of (case, summary text), reading the summary as
:func:`score_summary` does (each runs the whole pipeline and returns its own part)."""


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
    from scorers.metrics import Judged, compute

    claims, numbers, loaded = _verdicts(case, text)
    metrics = compute(Judged.of(case, claims, numbers, loaded))
    return ScoreRecord(case.id, summary_id, model, claims, numbers, loaded, metrics)
