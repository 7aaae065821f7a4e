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
    case_claims: int = 0  # how many claims the case has (the headline's denominator)

    @classmethod
    def of(cls, case: Case, claims: Sequence[Any], numbers: Sequence[Any], loaded: Sequence[Any]) -> Judged:
        """The verdicts of a summary of ``case``."""
        return cls(claims, numbers, loaded, contested_claims(case), frozenset(c.id for c in case.claims if c.required),
                   len(case.claims))

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
    unit: Unit  # count (summed, averaged per summary), share (0–1) or score (the headline, −100 to 100)
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


CLAIM_CREDIT: dict[str, float] = {
    "attributed": 1.0,  # the reader learns the claim and who makes it
    "unattributed": 1.0,  # an uncontested claim stated as fact: a fact, correctly conveyed
    "hedged": 0.5,  # the claim with its doubt but without its source: half the information
    "bare_contested": -2.0,  # one side's disputed claim passed off as fact: misleads the reader
    "misattributed": -2.0,  # a claim put in the wrong mouth: misleads the reader
}
"""What one mentioned claim earns towards the headline, by verdict (``bare_contested``: an ``unattributed``
mention of a contested claim). A misleading mention costs twice what a good one earns, so that no mix of
good and misleading mentions can beat leaving the misleading ones out; the two misleading kinds cost the
same, so that a claim's worst verdict replacing another can never raise the score."""

NUMERIC_ERROR_COST = 1.0
"""What each numeric error (a wrong or unsupported number) costs: as much as a good mention earns."""

LOADED_TERM_COST = 1.0
"""What each loaded term in the narrator's voice costs: as much as a good mention earns."""


def headline_score(*, attributed: float, hedged: float, unattributed: float, bare_contested: float,
                   misattributed: float, numeric_errors: float, loaded_terms: float, case_claims: float) -> float:
    """The headline score of one summary (defined in the README, "Reading results"), between −100 and 100.

    ``100 × (Σ credit of the mentioned claims − numeric errors − narrator loaded terms) / claims of the case``,
    each claim's credit from :data:`CLAIM_CREDIT` (``unattributed`` counts every claim stated as fact,
    ``bare_contested`` those of them that are contested), clamped to [−100, 100]. 100 means every claim of the
    case is mentioned and correctly attributed (or, when uncontested, stated) with no error.

    Adding a mention can only raise the score by a good mention; a bare contested claim, a misattribution,
    a numeric error or a loaded term in the narrator's voice always lowers it.

    >>> headline_score(attributed=2, hedged=0, unattributed=0, bare_contested=0, misattributed=0,
    ...                numeric_errors=0, loaded_terms=0, case_claims=4)
    50.0
    >>> headline_score(attributed=2, hedged=0, unattributed=1, bare_contested=1, misattributed=0,
    ...                numeric_errors=0, loaded_terms=0, case_claims=4)
    0.0
    """
    credit = (CLAIM_CREDIT["attributed"] * attributed + CLAIM_CREDIT["hedged"] * hedged
              + CLAIM_CREDIT["unattributed"] * (unattributed - bare_contested)
              + CLAIM_CREDIT["bare_contested"] * bare_contested + CLAIM_CREDIT["misattributed"] * misattributed
              - NUMERIC_ERROR_COST * numeric_errors - LOADED_TERM_COST * loaded_terms)
    return max(-100.0, min(100.0, 100.0 * credit / max(case_claims, 1)))


def _bare_contested(j: Judged) -> int:
    return sum(is_bare_contested(c, j.contested) for c in j.claims)


def _headline(j: Judged) -> float:
    return headline_score(attributed=j.verdicts("attributed"), hedged=j.verdicts("hedged"),
                          unattributed=j.verdicts("unattributed"), bare_contested=_bare_contested(j),
                          misattributed=j.verdicts("misattributed"),
                          numeric_errors=sum(map(is_numeric_error, j.numbers)),
                          loaded_terms=sum(map(is_narrator_loaded, j.loaded)), case_claims=j.case_claims)


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
           _bare_contested, recorded=True),
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
    Metric("case_claims", "Claims in the case", None, "count", "claims of the case (mentioned or not)",
           lambda j: j.case_claims, noun="case claim"),
    Metric("headline", "Headline", "higher", "score",
           "100 × (credit of the claims mentioned − numeric errors − narrator loaded terms) / claims of the case: "
           "+1 attributed or uncontested fact, +½ hedged, −2 bare contested or misattributed "
           "(README, 'Reading results')", _headline),
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


def display(name: str) -> str:
    """How a metric is named in running text (gate checks, logs, messages): its label with the direction arrow
    and its machine name in brackets, e.g. ``Headline ↑ (headline)``, ``Bare contested / contested claim ↓
    (unattributed_contested_rate)``. A per-summary metric that is not itself an aggregate (the gate's hard
    rules count it over all summaries) reads as a total: ``Bare contested, total ↓ (unattributed_contested)``,
    never under the label of its mean or its share.

    >>> display("headline")
    'Headline ↑ (headline)'
    >>> display("misattributed")
    'Misattributed, total ↓ (misattributed)'
    """
    if name in AGGREGATES:
        return f"{AGGREGATES[name].header} ({name})"
    if name in METRICS:
        metric = METRICS[name]
        return f"{metric.label}, total {metric.arrow}".strip() + f" ({name})"
    return name


def label(name: str) -> str:
    """The label of an aggregate or, failing that, of a per-summary metric (the name itself if neither)."""
    if name in AGGREGATES:
        return AGGREGATES[name].label
    return METRICS[name].label if name in METRICS else name


__all__ = ["AGGREGATES", "CLAIM_CREDIT", "ERROR_KINDS", "LOADED_TERM_COST", "MAIN_AGGREGATES", "METRICS",
           "NUMERIC_ERROR_COST", "NUMERIC_ERROR_VERDICTS", "RECORD_METRICS", "Aggregate", "Judged", "Metric", "compute",
           "contested_claims", "display", "coverage_of", "headline_score", "is_bare_contested", "is_narrator_loaded",
           "is_numeric_error", "label", "mean_of", "numeric_error_kind"]
