"""The one registry of metrics: what each is called, how it is shown, which way is better, how it is computed.

Two layers, both defined only here:

* :data:`METRICS`: per-summary statistics, each a function of one summary's verdicts (claims, numbers,
  loaded terms) and its case. Those with ``recorded=True`` are the ``metrics`` of every score record
  (docs/contract.md §3); the others (denominators, verdict counts, error kinds, the headline score) are
  derived from the same verdicts by the tables.
* :data:`AGGREGATES`: what tables report over many summaries: a per-summary metric averaged over
  summaries, or summed and divided by the sum of another (a share: "Bare contested / contested claim").
  The label says which, so that a count per summary and a share are never shown under one label.

The judgements behind the metrics ("is this number a numeric error?", "is this claim a contested claim
stated bare?") are the functions :func:`is_numeric_error`, :func:`is_bare_contested` and
:func:`is_narrator_loaded`; every other module asks them instead of repeating the rule.

Every surface takes names, labels and directions from here: ``cnh score``'s table, ``cnh report`` (all
formats), ``cnh gate``, ``harness.testing.assert_summary``, the ``evaluate`` metric and the Python API.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from harness.case import Case

Direction = Literal["higher", "lower"]
Unit = Literal["count", "share", "score"]

NUMERIC_ERROR_VERDICTS = frozenset({"wrong", "unsupported"})
"""Number verdicts that are numeric errors (docs/contract.md §1): a wrong figure or an invented one."""

ERROR_KINDS = ("value", "unit", "referent", "qualifier", "period", "unsupported")
"""Kinds of numeric error: the ``reason`` of a ``wrong`` number, or ``unsupported``."""

ARROWS: dict[str | None, str] = {"higher": "↑", "lower": "↓", None: ""}


def _get(item: Any, key: str) -> Any:
    """A field of a verdict, whether a scorer's dataclass or its JSON form in a score record."""
    return item.get(key) if isinstance(item, Mapping) else getattr(item, key)


def is_numeric_error(number: Any) -> bool:
    """True for a number judged ``wrong`` or ``unsupported`` (a ``NumberVerdict`` or its JSON dict)."""
    return _get(number, "verdict") in NUMERIC_ERROR_VERDICTS


def numeric_error_kind(number: Any) -> str | None:
    """The kind of a numeric error (one of :data:`ERROR_KINDS`), or None when the number is no error."""
    if not is_numeric_error(number):
        return None
    return "unsupported" if _get(number, "verdict") == "unsupported" else _get(number, "reason")


def is_bare_contested(claim: Any, contested: Collection[str]) -> bool:
    """True for a mention of a contested claim stated as fact in the narrator's voice (``unattributed``)."""
    return _get(claim, "verdict") == "unattributed" and _get(claim, "claim_id") in contested


def contested_claims(case: Case) -> frozenset[str]:
    """The ids of the case's contested claims (those that must never appear bare)."""
    return frozenset(c.id for c in case.claims if c.contested)


def is_narrator_loaded(term: Any) -> bool:
    """True for a loaded term used in the summary's own voice (the only loaded-term finding)."""
    return _get(term, "voice") == "narrator"


@dataclass(frozen=True)
class Judged:
    """One summary's verdicts and what of its case the metrics need (claim ids that are contested, required).

    Verdicts may be scorer dataclasses (``scorers.types``) or their JSON form from ``scores.jsonl``.
    """

    claims: Sequence[Any]
    numbers: Sequence[Any]
    loaded: Sequence[Any]
    contested: frozenset[str]
    required: frozenset[str]

    @classmethod
    def of(cls, case: Case, claims: Sequence[Any], numbers: Sequence[Any], loaded: Sequence[Any]) -> Judged:
        """The verdicts of a summary of ``case``."""
        return cls(claims, numbers, loaded, contested_claims(case), frozenset(c.id for c in case.claims if c.required))

    @classmethod
    def from_record(cls, record: Mapping[str, Any], case: Case) -> Judged:
        """The verdicts of a score record (as written to ``scores.jsonl``) of a summary of ``case``."""
        return cls.of(case, record["claims"], record["numbers"], record["loaded"])

    def verdicts(self, verdict: str) -> int:
        """How many claim mentions got this verdict."""
        return sum(_get(c, "verdict") == verdict for c in self.claims)


@dataclass(frozen=True)
class Metric:
    """A per-summary statistic."""

    name: str  # key in a record's ``metrics`` (when recorded) and column of the per-summary frame
    label: str  # how every table shows it
    direction: Direction | None  # which way is better; None for a count that is neither (a denominator)
    unit: Unit  # count (summed, averaged per summary), share (0–1) or score (0–100)
    description: str  # one line, for --help, tooltips and docs
    definition: Callable[[Judged], float]
    recorded: bool = False  # one of the record's ``metrics`` (docs/contract.md §3)
    noun: str = ""  # what one unit of a count is, singular ("claim"), when it is used as a denominator

    @property
    def arrow(self) -> str:
        """↑ (higher is better), ↓ (lower is better) or nothing."""
        return ARROWS[self.direction]

    def __call__(self, judged: Judged) -> float:
        return self.definition(judged)


def coverage_of(required: Collection[str], claims: Iterable[Any]) -> float:
    """Share of the required claim ids that the claim mentions name (4 decimals); 1.0 when none is required."""
    required = set(required)
    if not required:
        return 1.0
    return round(len(required & {_get(c, "claim_id") for c in claims}) / len(required), 4)


def _coverage(j: Judged) -> float:
    return coverage_of(j.required, j.claims)


def headline_score(coverage: float, claims: float, attributed: float, hedged: float, numbers: float,
                   numeric_errors: float, loaded_terms: float) -> float:
    """The headline score of one summary, 0–100 (defined in the README).

    ``100 × coverage × attribution × numbers × loaded`` where attribution = (attributed + ½·hedged) /
    claims mentioned, numbers = 1 − numeric errors / numbers found (each 1 when there is nothing to
    judge) and loaded = 1 / (1 + loaded terms in the narrator's voice).
    """
    attribution = (attributed + 0.5 * hedged) / claims if claims else 1.0
    number_quality = 1.0 - numeric_errors / numbers if numbers else 1.0
    loaded = 1.0 / (1.0 + loaded_terms)
    return 100.0 * coverage * attribution * number_quality * loaded


def _headline(j: Judged) -> float:
    return headline_score(_coverage(j), len(j.claims), j.verdicts("attributed"), j.verdicts("hedged"), len(j.numbers),
                          sum(map(is_numeric_error, j.numbers)), sum(map(is_narrator_loaded, j.loaded)))


def _error_kind_metric(kind: str) -> Metric:
    return Metric(f"numeric_errors_{kind}", f"Numeric errors ({kind})", "lower", "count",
                  f"numeric errors of kind {kind!r}" + (" (a number matching no case number)"
                                                        if kind == "unsupported" else f" (wrong {kind})"),
                  lambda j: sum(numeric_error_kind(n) == kind for n in j.numbers))


_ALL: tuple[Metric, ...] = (
    Metric("coverage", "Coverage", "higher", "share", "share of the case's required claims mentioned",
           _coverage, recorded=True),
    Metric("unattributed_contested", "Bare contested", "lower", "count",
           "contested claims stated as fact",
           lambda j: sum(is_bare_contested(c, j.contested) for c in j.claims), recorded=True),
    Metric("misattributed", "Misattributed", "lower", "count",
           "claims credited to a source the claim does not accept", lambda j: j.verdicts("misattributed"),
           recorded=True),
    Metric("hedged", "Hedged only", "lower", "count", "claims with no source, only a narrator hedge",
           lambda j: j.verdicts("hedged"), recorded=True),
    Metric("numeric_errors", "Numeric errors", "lower", "count",
           "numbers judged wrong (value, unit, referent, qualifier, period) or unsupported",
           lambda j: sum(map(is_numeric_error, j.numbers)), recorded=True),
    Metric("loaded_terms", "Loaded terms", "lower", "count", "loaded terms used in the narrator's voice",
           lambda j: sum(map(is_narrator_loaded, j.loaded)), recorded=True),
    Metric("claims_mentioned", "Claims mentioned", None, "count", "claims of the case the summary mentions",
           lambda j: len(j.claims), recorded=True, noun="claim"),
    Metric("contested_mentioned", "Contested claims mentioned", None, "count",
           "contested claims of the case the summary mentions",
           lambda j: sum(_get(c, "claim_id") in j.contested for c in j.claims), noun="contested claim"),
    Metric("attributed", "Attributed", "higher", "count", "claims tied to a source the claim accepts",
           lambda j: j.verdicts("attributed")),
    Metric("unattributed", "Unattributed", "lower", "count", "claims stated as fact in the narrator's voice",
           lambda j: j.verdicts("unattributed")),
    Metric("numbers_found", "Numbers found", None, "count", "numbers in the summary that were judged",
           lambda j: len(j.numbers), noun="number"),
    *(_error_kind_metric(kind) for kind in ERROR_KINDS),
    Metric("headline", "Headline", "higher", "score",
           "100 × coverage × attribution × numbers × loaded-term quality (README, 'Reading results')", _headline),
)

METRICS: dict[str, Metric] = {m.name: m for m in _ALL}
"""Every per-summary metric by name."""

RECORD_METRICS: tuple[str, ...] = tuple(m.name for m in _ALL if m.recorded)
"""The keys of every score record's ``metrics``, in order (docs/contract.md §3 fixes the first five)."""


def compute(judged: Judged, names: Iterable[str] = RECORD_METRICS) -> dict[str, float]:
    """The named metrics of one summary (by default the record's ``metrics``)."""
    return {name: METRICS[name](judged) for name in names}


@dataclass(frozen=True)
class Aggregate:
    """A metric over many summaries: its mean per summary, or its sum over the sum of a denominator metric."""

    name: str  # e.g. "unattributed_contested_rate" (used by gate policies, the evaluate metric, JSON/CSV)
    metric: str  # the per-summary metric summed (or averaged)
    per: str | None = None  # the per-summary metric it is divided by (summed), or None: mean per summary

    @property
    def of(self) -> Metric:
        """The per-summary metric aggregated."""
        return METRICS[self.metric]

    @property
    def direction(self) -> Direction | None:
        """Which way is better (that of the metric aggregated)."""
        return self.of.direction

    @property
    def higher_is_better(self) -> bool:
        """True when a higher value is better."""
        return self.direction == "higher"

    @property
    def arrow(self) -> str:
        """↑, ↓ or nothing."""
        return self.of.arrow

    @property
    def share(self) -> bool:
        """True when the value is a share (0–1): a ratio of sums, or the mean of a share."""
        return self.per is not None or self.of.unit == "share"

    @property
    def label(self) -> str:
        """The metric's label and, for counts, what it is counted per: "Bare contested / contested claim"."""
        if self.per is not None:
            return f"{self.of.label} / {METRICS[self.per].noun}"
        return self.of.label if self.of.unit != "count" else f"{self.of.label} / summary"

    @property
    def header(self) -> str:
        """The label with its direction arrow, as table headers show it."""
        return f"{self.label} {self.arrow}".strip()

    @property
    def description(self) -> str:
        """What the value is, in words."""
        if self.per is not None:
            return f"{self.of.description}, over {METRICS[self.per].description} (sum over sum)"
        if self.of.unit == "count":
            return f"{self.of.description}, per summary (mean)"
        return f"{self.of.description} (mean over summaries)"

    @property
    def digits(self) -> int:
        """Decimals in plain-text tables."""
        return 1 if self.of.unit == "score" else 3


_AGGREGATES: tuple[Aggregate, ...] = (
    Aggregate("headline", "headline"),
    Aggregate("coverage", "coverage"),
    Aggregate("unattributed_contested_rate", "unattributed_contested", "contested_mentioned"),
    Aggregate("misattribution_rate", "misattributed", "claims_mentioned"),
    Aggregate("hedge_only_rate", "hedged", "claims_mentioned"),
    Aggregate("numeric_error_rate", "numeric_errors", "numbers_found"),
    *(Aggregate(f"numeric_{kind}_rate", f"numeric_errors_{kind}", "numbers_found") for kind in ERROR_KINDS),
    Aggregate("loaded_terms_per_summary", "loaded_terms"),
)

AGGREGATES: dict[str, Aggregate] = {a.name: a for a in _AGGREGATES}
"""Every reported metric by name (what ``cnh report``, ``cnh gate`` and the ``evaluate`` metric use)."""

MAIN_AGGREGATES: tuple[str, ...] = ("headline", "coverage", "unattributed_contested_rate", "misattribution_rate",
                                    "hedge_only_rate", "numeric_error_rate", "loaded_terms_per_summary")
"""The columns of the report tables."""


def mean_of(metric: str) -> Aggregate:
    """The mean-per-summary aggregate of a metric (registered under its own name when it is one)."""
    found = next((a for a in _AGGREGATES if a.metric == metric and a.per is None), None)
    return found or Aggregate(f"{metric}_per_summary", metric)


def label(name: str) -> str:
    """The label of an aggregate or, failing that, of a per-summary metric (the name itself if neither)."""
    if name in AGGREGATES:
        return AGGREGATES[name].label
    return METRICS[name].label if name in METRICS else name


__all__ = ["AGGREGATES", "ERROR_KINDS", "MAIN_AGGREGATES", "METRICS", "NUMERIC_ERROR_VERDICTS", "RECORD_METRICS",
           "Aggregate", "Judged", "Metric", "compute", "contested_claims", "coverage_of", "headline_score",
           "is_bare_contested", "is_narrator_loaded", "is_numeric_error", "label", "mean_of", "numeric_error_kind"]
