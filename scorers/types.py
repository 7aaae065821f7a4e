"""Plain result types that scorers return: one verdict each, with the evidence behind it.

Every verdict carries the span of the summary it rests on, what was found there and the rule that
fired, so that a user can see why a summary lost points (see ``cnh explain``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal

Span = tuple[int, int]
NumberVerdictKind = Literal["correct", "wrong", "derived", "unsupported"]
Voice = Literal["narrator", "quoted", "attributed"]


@dataclass(frozen=True)
class ClaimVerdict:
    """How the summary presents one claim of the case."""

    claim_id: str
    verdict: str  # attributed | misattributed | hedged | unattributed
    span: Span  # the sentence (or clause) that mentions the claim
    source: str | None  # source id credited by the summary, if any
    evidence: str  # the text of the span
    source_text: str | None = None  # the phrase that named the source or hedge ("the minister said")
    rule: str = ""  # which rule decided the verdict, in words
    mention: str = ""  # what recognised the mention ("number n-losses", "cue 'encircl*'")
    rule_id: str = ""  # id of the rule that decided the verdict (``cnh rules``)


@dataclass(frozen=True)
class NumberVerdict:
    """One number found in the summary, matched (or not) to a case number."""

    text: str  # the number as written, e.g. "6,700", "two dozen", "86 per cent"
    span: Span
    value: float  # the parsed value, in the summary's own unit
    unit: str | None  # the unit or counted noun found next to it, normalised ("km2", "troops")
    number_id: str | None  # the case number it was matched to, if any
    verdict: NumberVerdictKind
    reason: str | None = None  # value | unit | referent | qualifier | period (for "wrong")
    rule: str = ""  # why, in a few words
    rule_id: str = ""  # id of the rule that decided the verdict (``cnh rules``)


@dataclass(frozen=True)
class LoadedFinding:
    """A loaded term of the case found in the summary, with the voice it is used in."""

    term: str
    span: Span
    voice: Voice
    rule: str = ""
    rule_id: str = ""  # id of the rule that decided the voice (``cnh rules``)


@dataclass
class ScoreRecord:
    """Everything the scorers found in one summary (docs/contract.md §3)."""

    case_id: str
    summary_id: str
    model: str
    claims: list[ClaimVerdict] = field(default_factory=list)
    numbers: list[NumberVerdict] = field(default_factory=list)
    loaded: list[LoadedFinding] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The record as written to ``scores.jsonl`` (contract fields first, extras kept)."""
        out: dict[str, Any] = {"case_id": self.case_id, "summary_id": self.summary_id, "model": self.model}
        out["claims"] = [_finding_json(c) for c in self.claims]
        out["numbers"] = [_finding_json(n) for n in self.numbers]
        out["loaded"] = [_finding_json(t) for t in self.loaded]
        out["metrics"] = self.metrics
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}


_FIELD_NAMES: dict[type, tuple[tuple[str, ...], Any]] = {}
_PLAIN = (str, int, float, type(None))  # values ``asdict`` would return unchanged (bool is an int)
_PLAIN_TYPES = frozenset(_PLAIN)


def _finding_json(obj: Any) -> dict[str, Any]:
    """``_jsonable(asdict(obj))`` without its recursive deep copy: field values are read directly.

    A field holding plain values (str, number, None) or a tuple of them is copied as ``asdict`` would
    (tuples become lists); anything else (a nested dataclass, a list, a dict) falls back to ``asdict``,
    so the JSON written is the same byte for byte.
    """
    cls = type(obj)
    known = _FIELD_NAMES.get(cls)
    if known is None:
        names = tuple(f.name for f in fields(cls))
        known = _FIELD_NAMES[cls] = (names, attrgetter(*names) if len(names) > 1 else None)
    names, getter = known
    values = getter(obj) if getter is not None else tuple(getattr(obj, n) for n in names)
    out = dict(zip(names, values, strict=True))
    for name, v in out.items():
        if type(v) in _PLAIN_TYPES or isinstance(v, _PLAIN):
            continue
        if type(v) is tuple and all(isinstance(x, _PLAIN) for x in v):
            out[name] = list(v)  # replacing a value keeps the key's place
        else:
            return _jsonable(asdict(obj))
    return out
