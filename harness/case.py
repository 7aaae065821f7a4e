"""The case model: a contested news article with its sources, claims, numbers and loaded terms.

The schema is fixed by docs/contract.md §2 and documented field by field in ``docs/case-format.md``.
Models forbid unknown keys so that a typo in a case file is an error rather than silent data loss.
Cross-references (a claim's source, accept lists, number ids, probe claim ids) are checked by
:func:`cross_check`, which returns findings with a field path so that the loader can attach line
numbers from the YAML document.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from scorers.lexicon import (
    BODY_WORDS,
    GENERIC_WORDS,
    MEDIA_WORDS,
    PERSON_ROLES,
    PERSON_TITLES,
    PLACE_WORDS,
    ROLE_TITLES,
)

Verdict = Literal["attributed", "misattributed", "hedged", "unattributed"]
Qualifier = Literal["exact", "more than", "at least", "less than", "at most", "about", "up to"]
QUALIFIER_SYNONYMS: dict[str, str] = {
    "nearly": "less than", "almost": "less than", "just under": "less than", "under": "less than",
    "fewer than": "less than", "below": "less than", "over": "more than", "above": "more than",
    "more": "more than", "just over": "more than", "greater than": "more than", "approximately": "about",
    "around": "about", "roughly": "about", "some": "about", "approx": "about", "approx.": "about",
    "estimated": "about", "no less than": "at least", "no fewer than": "at least", "minimum": "at least",
    "no more than": "at most", "maximum": "at most", "as many as": "up to", "as much as": "up to", "=": "exact",
}
"""Qualifier words authors write, mapped to the contract's qualifiers (docs/contract.md §2)."""
NumericErrorKind = Literal["value", "unit", "referent", "qualifier", "period", "unsupported"]
SourceKind = Literal["person", "body", "media", "generic"]

ID_RE = re.compile(r"^[a-z0-9]+([-_][a-z0-9]+)*$")
CASE_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_id(value: str, pattern: re.Pattern[str] = ID_RE) -> str:
    if not pattern.match(value):
        raise ValueError(f"id {value!r} must be lower-case letters and digits joined by '-' or '_'")
    return value


def _capitalised_name(word: str) -> bool:
    """A word that can be part of a personal name: capitalised, not all capitals, not a kind or place word."""
    low = word.lower().strip(".")
    return (word[:1].isupper() and not word.isupper() and low not in BODY_WORDS | MEDIA_WORDS | GENERIC_WORDS
            and low not in PLACE_WORDS)


_TITLES = frozenset({w.lower().strip(".") for t in (*PERSON_TITLES, *ROLE_TITLES) for w in t.split()} | PERSON_ROLES)
"""Words of a title or role that may stand before a personal name (built once, not per source)."""


def _titled_person(words: list[str]) -> bool:
    """A personal name of two or three words, alone or after a title: "Ana Rivas", "Press secretary Ana Rivas"."""
    titles = _TITLES
    for size in (3, 2):
        if len(words) < size or not all(_capitalised_name(w) for w in words[-size:]):
            continue
        prefix = words[:-size]
        if not prefix or any(w.lower().strip(".") in titles for w in prefix):
            return True
    return False


# a description of the source in lower-case words ("the security firm"; not "the group's director", a person who
# speaks for it); without an article ("observer group") it may only tell a body
_DESCRIPTION = re.compile(r"^(?P<article>(?:the|an?)\s+)?(?:[a-z-]+\s+)*(?P<head>[a-z]+)$")


_SIDE_FORCES = frozenset({"forces", "force", "military", "troops"})  # a side's armed forces, named for the side


def infer_kind(name: str, *, source_id: str = "", side: str = "", aliases: tuple[str, ...] = ()) -> SourceKind:
    """The kind of a source from its name, for cases in docs/contract.md's minimum format (no ``kind``) and for
    drafted cases. The one place kinds are inferred (``Source.effective_kind``, ``cnh draft-case``).

    A personal name, alone or after a title, is a person ("Press secretary Ana Rivas" is a person, so
    "Rivas" still names her); a news organisation is media; a name for a side ("Ukraine", "<Adj> officials")
    is generic; a named institution is a body; a one-word name is a body when it is an acronym and
    generic otherwise ("<Capital>" standing for its government); a lone role is a person ("the minister").
    """
    words = [w for w in re.sub(r"['’]s\b", "", name).replace(",", " ").split() if w]
    low = {w.lower().strip(".") for w in words}
    if any(a.strip().lower().split()[-1:] in (["newspaper"], ["paper"], ["daily"]) for a in aliases):
        return "media"  # an alias that calls it a paper: "Kalvenport Star", alias "the newspaper", is no person
    if _titled_person(words):
        # unless the author describes it as an institution: "Ironwatch Labs", alias "the security firm"
        # (a bare description counts only when no alias is the name's last word alone: "Vasko" is a surname)
        surname = words[-1].lower() in {a.strip().lower() for a in aliases}
        heads = {m.group("head") for a in aliases if (m := _DESCRIPTION.match(a.strip()))
                 and (m.group("article") or (m.group("head") in BODY_WORDS and not surname))}
        return "body" if heads & BODY_WORDS and not heads & PERSON_ROLES else "person"
    if low & MEDIA_WORDS:
        return "media"
    named_for_side = (source_id and source_id == side) or name.strip().lower() == side.lower()
    # a bare plural noun names many of a kind, not one institution: "airlines" for side airlines is every airline
    # (as "farmers" is every farmer), though "Arden Airlines" is a company
    plural = len(words) == 1 and words[0].lower().endswith("s") and not words[0].lower().endswith("ss") and \
        not words[0].isupper()
    # (one common noun that is the side's own name, "Airline" for side airline, is every voice of that side too)
    common_noun = len(words) == 1 and words[0][1:].islower()
    if (named_for_side and (plural or common_noun or not low & BODY_WORDS - _SIDE_FORCES)) or low & GENERIC_WORDS:
        # "Russia" for side russia, and "Tarsani forces" with id and side "tarsan" (its armed forces as a whole); not
        # "International Stability Fund" for its own side "fund"
        return "generic"
    core = [w for w in words if w.lower() not in {"the", "a", "an"}]
    if core and core[-1].islower() and core[-1] in PERSON_ROLES and not core[-1].endswith("s"):
        return "person"  # "an anonymous ministry official" is one person of the ministry, not the ministry
    if low & BODY_WORDS:
        return "body"
    if len(core) == 1:
        return "body" if core[0].isupper() and len(core[0]) > 1 else "generic"
    if core and (core[-1].lower() in PERSON_ROLES or all(w[:1].isupper() for w in core)):
        return "person"
    return "generic" if core and core[-1].lower().endswith("s") else "body"


class Source(_Model):
    """Who speaks in the article: a person, a body, a media outlet or a generic side reference."""

    id: str
    name: str
    side: str
    kind: SourceKind | None = None  # inferred from the name when not given (see ``effective_kind``)
    aliases: list[str] = Field(default_factory=list)

    _id = field_validator("id")(_check_id)

    @property
    def effective_kind(self) -> str:
        """The given kind, or one inferred from id, side and name for cases in docs/contract.md's minimum format:
        a source named after its side ("Russia", "Ukrainian officials") is generic, a named institution is a
        body, a news organisation is media, anything else a person."""
        if self.kind is not None:
            return self.kind
        return infer_kind(self.name, source_id=self.id, side=self.side, aliases=tuple(self.aliases))


class Claim(_Model):
    """A statement some source makes in the article, with the sources a summary may credit."""

    id: str
    statement: str
    source: str
    accept: list[str] = Field(min_length=1)
    contested: bool = True
    required: bool = False
    numbers: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)

    _id = field_validator("id")(_check_id)


class Number(_Model):
    """A figure of the article, with its unit, qualifier and tolerance for rounding."""

    id: str
    value: float
    unit: str
    unit_aliases: list[str] = Field(default_factory=list)
    qualifier: Qualifier = "exact"
    referent: str | None = None
    tolerance: float | None = Field(default=None, ge=0, le=1)

    _id = field_validator("id")(_check_id)

    @field_validator("qualifier", mode="before")
    @classmethod
    def _qualifier_words(cls, value: object) -> object:
        """Qualifiers as authors write them map to the contract's: "nearly 600" is less than 600, "over" more
        than, "roughly" about, "no more than" at most."""
        if isinstance(value, str):
            return QUALIFIER_SYNONYMS.get(" ".join(value.lower().split()), value)
        return value


class LoadedTerm(_Model):
    """A word that carries one side's framing, with a neutral alternative."""

    term: str
    side: str
    neutral: str | None = None
    forms: list[str] = Field(default_factory=list)

    @property
    def all_forms(self) -> list[str]:
        """The term and its listed forms, longest first, without duplicates."""
        seen = dict.fromkeys([self.term, *self.forms])
        return sorted(seen, key=len, reverse=True)


class Expect(_Model):
    """What the scorers must find in a probe (or a labelled development summary)."""

    claims: dict[str, Verdict] = Field(default_factory=dict)
    numeric_errors: list[NumericErrorKind] = Field(default_factory=list)
    loaded: list[str] = Field(default_factory=list)


class Probe(_Model):
    """A labelled summary that the case's self-test must judge exactly."""

    id: str
    text: str
    note: str | None = None
    expect: Expect

    _id = field_validator("id")(_check_id)


class Case(_Model):
    """One contested article: the unit the harness summarises and scores."""

    id: str
    title: str
    topic: str
    constructed: bool = False
    origin: str | None = None
    article: str | None = None
    article_file: str | None = None
    article_sha256: str | None = None
    sources: list[Source] = Field(min_length=1)
    claims: list[Claim] = Field(min_length=1)
    numbers: list[Number] = Field(default_factory=list)
    loaded_terms: list[LoadedTerm] = Field(default_factory=list)
    probes: list[Probe] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _case_id(cls, value: str) -> str:
        return _check_id(value, CASE_ID_RE)

    def source(self, source_id: str) -> Source:
        """Return the source with this id (KeyError if absent)."""
        for src in self.sources:
            if src.id == source_id:
                return src
        raise KeyError(source_id)

    def number(self, number_id: str) -> Number:
        """Return the number with this id (KeyError if absent)."""
        for num in self.numbers:
            if num.id == number_id:
                return num
        raise KeyError(number_id)

    @property
    def text(self) -> str:
        """The article text (resolved from ``article_file`` by the loader)."""
        return self.article or ""


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


Finding = tuple[tuple[str | int, ...], str]
"""A cross-reference problem: the field path inside the case and a message."""


def _duplicates(path: str, ids: list[str], what: str) -> list[Finding]:
    seen: set[str] = set()
    found: list[Finding] = []
    for i, ident in enumerate(ids):
        if ident in seen:
            found.append(((path, i, "id"), f"duplicate {what} id {ident!r}"))
        seen.add(ident)
    return found


def cross_check(case: Case) -> list[Finding]:
    """Check references between parts of a case; return findings with their field paths."""
    source_ids = [s.id for s in case.sources]
    claim_ids = [c.id for c in case.claims]
    number_ids = [n.id for n in case.numbers]
    sides = sorted({s.side for s in case.sources})
    found = _duplicates("sources", source_ids, "source")
    found += _duplicates("claims", claim_ids, "claim")
    found += _duplicates("numbers", number_ids, "number")
    found += _duplicates("probes", [p.id for p in case.probes], "probe")
    for ci, claim in enumerate(case.claims):
        if claim.source not in source_ids:
            msg = f"unknown source {claim.source!r}{_suggest(claim.source, source_ids)}"
            found.append((("claims", ci, "source"), msg))
        for ai, ref in enumerate(claim.accept):
            if ref.startswith("side:"):
                side = ref[5:]
                if side not in sides:
                    found.append((("claims", ci, "accept", ai), f"unknown side {side!r}{_suggest(side, sides)}"))
            elif ref not in source_ids:
                found.append((("claims", ci, "accept", ai), f"unknown source {ref!r}{_suggest(ref, source_ids)}"))
        for ni, ref in enumerate(claim.numbers):
            if ref not in number_ids:
                found.append((("claims", ci, "numbers", ni), f"unknown number {ref!r}{_suggest(ref, number_ids)}"))
    for pi, probe in enumerate(case.probes):
        for ref in probe.expect.claims:
            if ref not in claim_ids:
                msg = f"unknown claim {ref!r}{_suggest(ref, claim_ids)}"
                found.append((("probes", pi, "expect", "claims", ref), msg))
        terms = [t.term for t in case.loaded_terms]
        for li, ref in enumerate(probe.expect.loaded):
            if ref not in terms:
                msg = f"unknown loaded term {ref!r}{_suggest(ref, terms)}"
                found.append((("probes", pi, "expect", "loaded", li), msg))
    if case.article is None and case.article_file is None:
        found.append(((), "one of 'article' or 'article_file' is required"))
    if case.article is not None and case.article_file is not None:
        found.append((("article_file",), "give either 'article' or 'article_file', not both"))
    if case.article_file is not None and case.article_sha256 is None:
        found.append((("article_file",), "'article_file' needs 'article_sha256'"))
    return found
