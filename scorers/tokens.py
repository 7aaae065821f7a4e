"""The token layer: one reading of a text's structure, shared by every scorer stage.

A :class:`Doc` holds the text as written, the text the rules read (Markdown emphasis and heading marks
blanked, so it has the same length and every offset is an offset into the original), its sentences
(headlines, bullets, lead-in lines), its quotations, its words with offsets and the clause around any
offset. :func:`read` builds it once per summary; :func:`article` once per case. Stages take a Doc, so
the summary is split into sentences and quotations once, not once per scorer.

Tokenizer: regular expressions, chosen on measurement (``python -m benchmarks.tokenizer_cost``, figures
in the README): on the default job's paragraph summaries the regex words cost about a third of spaCy's
blank English tokenizer, the two disagree on under 4% of word spans (possessive "'s", symbols), and the
tokenizer is a small share of scoring time either way; the rules need offsets and sentence structure,
which a blank tokenizer does not give.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, NamedTuple, TypeVar

from scorers.text import Sentence, Span, clause_bounds, plain, quote_spans, sentences

_LIST_MARKER = re.compile(r"^[ \t]*\d{1,2}[.)](?=[ \t])", re.M)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


class Word(NamedTuple):
    """A word of the text: lower-cased, with its offsets."""

    lower: str
    start: int
    end: int


@dataclass
class Doc:
    """A text read once: what every stage needs to know about its structure, as offsets."""

    original: str  # the text as written (evidence is quoted from it)
    text: str  # what the rules read: Markdown marks blanked, invisible characters removed
    quotes: list[Span]
    sentences: list[Sentence]
    offsets: list[int] | None = None  # where each character of ``text`` is in ``original`` (None: the same place)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    @cached_property
    def words(self) -> list[Word]:
        """Every word with its offsets, in text order."""
        return [Word(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(self.text)]

    @cached_property
    def figures_text(self) -> str:
        """``text`` with list markers ("1.", "2)") blanked: they number items, they are not figures."""
        return _LIST_MARKER.sub(lambda m: " " * len(m.group()), self.text)

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing offset ``pos``, if any."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def clause_at(self, pos: int) -> Span:
        """The clause containing offset ``pos`` (its sentence's bounds split at ';', dashes, ', and', ...)."""
        sent = self.sentence_at(pos)
        if sent is None:
            return pos, pos
        return clause_bounds(self.text, sent.start, sent.end, pos)

    def to_original(self, span: Span) -> Span:
        """A span of ``text`` as a span of ``original``."""
        if self.offsets is None:
            return span
        a, b = span
        start = self.offsets[a] if a < len(self.offsets) else len(self.original)
        end = self.offsets[b - 1] + 1 if 0 < b <= len(self.offsets) else start
        return start, max(start, end)

    def inside_quotes(self, pos: int) -> bool:
        """True when offset ``pos`` lies inside a quotation."""
        return any(a <= pos < b for a, b in self.quotes)


# Characters that change no word but break matching: zero-width space, non-joiner, joiner, word joiner, BOM, soft
# hyphen, and the other invisible format characters (bidi marks, embeddings and isolates, invisible operators).
# "Ri\u200bvas" is "Rivas"; they are removed and offsets mapped back to the text as written.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


# Compatibility forms that change no word: full-width Latin letters, digits and signs ("Ｇerasimov", "６７,０００"),
# the ideographic space, and mathematical alphanumerics ("𝐆erasimov"). Each folds to one character (its NFKC
# form), so offsets do not move.
_WIDE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_MATH_ALNUM = re.compile("[\U0001D400-\U0001D7FF]")


def _fold_compatibility(text: str) -> str:
    text = text.translate(_WIDE)
    return _MATH_ALNUM.sub(lambda m: _nfkc1(m.group()), text)


def _nfkc1(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def read(text: str | Doc) -> Doc:
    """Read a text (a Doc is returned as it is)."""
    if isinstance(text, Doc):
        return text
    offsets = None
    work = plain(text)
    if not work.isascii():
        work = _fold_compatibility(work)
    if _INVISIBLE.search(work):
        offsets = [i for i, ch in enumerate(work) if not _INVISIBLE.match(ch)]
        work = _INVISIBLE.sub("", work)
    quotes = quote_spans(work)
    return Doc(text, work, quotes, sentences(work, quotes), offsets)


T = TypeVar("T")

CASE_CACHE_SIZE = 20_000
"""How many cases' analyses (compiled patterns, number units, article figures) a process keeps: above the
largest suite scored at once, so a pass over a suite never rebuilds what it built for an earlier summary."""


class PerCase(Generic[T]):
    """What a stage builds once per case object (cases are immutable): a least-recently-used cache keyed by the
    case's identity, holding the case so its id cannot be reused while cached."""

    def __init__(self, build: Callable[[Any], T], size: int = CASE_CACHE_SIZE):
        self._build = build
        self._size = size
        self._items: OrderedDict[int, tuple[Any, T]] = OrderedDict()
        self._last: tuple[Any, T] | None = None  # the entry asked for last: already the most recent

    def get(self, case: Any) -> T:
        """The value for ``case``, built on first use."""
        last = self._last
        if last is not None and last[0] is case:
            return last[1]  # asked again: it is already at the recent end
        key = id(case)
        hit = self._items.get(key)
        if hit is not None and hit[0] is case:
            if len(self._items) > 1:
                self._items.move_to_end(key)
            self._last = hit
            return hit[1]
        value = self._build(case)
        self._items[key] = entry = (case, value)
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        self._last = entry if key in self._items else None
        return value

    def clear(self) -> None:
        """Forget every case."""
        self._items.clear()
        self._last = None


_ARTICLES: dict[str, Doc] = {}


def article(case_id: str, text: str) -> Doc:
    """The Doc of a case's article, read once per process (cases are immutable; keyed by id and text)."""
    doc = _ARTICLES.get(case_id)
    if doc is None or doc.original != text:
        doc = _ARTICLES[case_id] = read(text)
    return doc
