"""Text structure the judgement rules share: sentences (with headlines and bullets), quotations,
clause boundaries. Everything works on character offsets into the original summary so that every
verdict can point at its evidence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

Span = tuple[int, int]

# Abbreviations whose final period does not end a sentence ("Gen. Smith", "U.S. officials").
ABBREVIATIONS = frozenset(
    "gen lt col maj capt sgt adm mr mrs ms dr prof st mt jr sr no nos vs etc approx est fig inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u".split()
)

_BULLET = re.compile(r"^[ \t]*(?:[-*•‣–]|\d{1,2}[.)])[ \t]+")
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
_QUOTE_CHAR = re.compile("[\"“«„‘']")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\S)")


@dataclass(frozen=True)
class Sentence:
    """A sentence, headline or bullet of a summary."""

    start: int
    end: int
    text: str
    bullet: bool = False  # a list item ("- ...", "1. ...")
    lead_in: bool = False  # ends with ":" and introduces the bullets after it
    paragraph: int = 0  # index of the block of lines it belongs to


# Markdown emphasis and heading marks: "**X:**", "__X__", "*X*", "## Headline". They say how text looks, not
# what it says; :func:`plain` blanks them so that "- **The minister:** ..." reads as "- The minister: ...".
_MARKUP = re.compile(r"\*\*+|__+|(?<=\w)[*_](?=[\s.,;:!?)]|$)|(?:(?<=^)|(?<=[\s(]))[*_](?=\w)|^[ \t]*#{1,6}(?=[ \t])",
                     re.M)


def plain(text: str) -> str:
    """``text`` with Markdown emphasis and heading marks replaced by spaces: the same length, so every
    offset into it is an offset into ``text``. A ``*`` or ``-`` that marks a bullet is kept."""
    if "*" not in text and "_" not in text and "#" not in text:
        return text
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def quote_spans(text: str) -> list[Span]:
    """Spans (inclusive of the marks) of quoted passages: "...", “...”, «...», and ‘...’/'...'
    when the single quote opens a word and is closed before the next sentence."""
    spans: list[Span] = []
    i, n = 0, len(text)
    closers: dict[str, list[int]] = {}  # offsets of each closing mark that ends no word
    newlines: list[int] | None = None
    while i < n:
        m = _QUOTE_CHAR.search(text, i)  # jump to the next quotation mark
        if m is None:
            break
        i = m.start()
        ch = text[i]
        close = _QUOTE_PAIRS.get(ch)
        if close is not None:
            j = text.find(close, i + 1)
            if j == -1:
                spans.append((i, n))
                break
            spans.append((i, j + 1))
            i = j + 1
            continue
        if ch in "‘'" and _SINGLE_OPEN.match(text, i):
            closer = "’" if ch == "‘" else "'"
            if closer not in closers:  # found once per text: rescanning after every opening mark was quadratic
                # an apostrophe inside a word ("the ministry's") is not a closing quote
                closers[closer] = [k for k in _all(text, closer) if not (k + 1 < n and text[k + 1].isalpha())]
                newlines = newlines if newlines is not None else list(_all(text, "\n"))
            ends = closers[closer]
            c = bisect_left(ends, i + 1)
            j = ends[c] if c < len(ends) else -1
            nl = bisect_left(newlines or [], i)
            if j != -1 and not (newlines and nl < len(newlines) and newlines[nl] < j):
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def _all(text: str, ch: str) -> Iterator[int]:
    """Every offset of the character ``ch`` in ``text``."""
    k = text.find(ch)
    while k != -1:
        yield k
        k = text.find(ch, k + 1)


def inside(pos: int, spans: list[Span]) -> bool:
    """True when offset ``pos`` lies inside one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


def inside_sorted(pos: int, spans: list[Span]) -> bool:
    """:func:`inside` for spans in text order that do not overlap (quotations): a binary search, not a scan."""
    i = bisect_right(spans, pos, key=_first) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _first(span: Span) -> int:
    return span[0]


_END = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s|$)")
_ABBREVIATION_END = re.compile(r"([\w.]+)\.$")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_ABBREVIATION_WINDOW = 64  # longer than any abbreviation

MAX_SENTENCE = 1000
"""Characters in a sentence at most: a longer run without a sentence end (real sentences in news summaries stay under
400) is cut at a space into pieces of at most this many, so that reading a sentence's frames costs a bounded
amount and scoring time grows linearly with the length of any text."""


def _capped(text: str, a: int, b: int) -> Iterator[Span]:
    """``text[a:b]`` in pieces of at most :data:`MAX_SENTENCE` characters, cut at the last space before the limit."""
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = a + MAX_SENTENCE if cut == -1 else cut
        yield a, cut
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        yield a, b


def _split_block(text: str, start: int, end: int, quotes: list[Span]) -> list[Span]:
    """Split one line of prose into sentence spans."""
    out: list[Span] = []
    s = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        q = bisect_right(quotes, m.start(), key=_first) - 1  # quotations are in text order and do not overlap
        if q >= 0 and quotes[q][0] <= m.start() < quotes[q][1] and quotes[q][1] > stop:
            # a full stop inside a quotation ends the sentence only where the quotation closes
            continue
        # the word before the full stop; a word longer than the window is no abbreviation, cut or not
        if m.group().startswith(".") and _abbreviation(text, max(s, m.start() + 1 - _ABBREVIATION_WINDOW), m.start()):
            continue
        nxt = _NEXT_CHAR.match(text, stop, end)
        if nxt and (nxt.group(1).islower() or nxt.group(1).isdigit()):
            continue
        out.append((s, stop))
        s = stop
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        out.append((s, end))
    return out


def _abbreviation(text: str, lo: int, stop: int) -> bool:
    """Whether the run of word characters and dots that ends at the full stop at ``stop`` (from ``lo`` at the
    earliest) is an abbreviation: ``_ABBREVIATION_END.search(text, lo, stop + 1)``'s word, read backwards."""
    run = _WORD_OR_DOT.match(text[lo:stop][::-1])
    return run is not None and run.group()[::-1].lower() in ABBREVIATIONS


_WORD_OR_DOT = re.compile(r"[\w.]+")


def _soft_break(line: str, nxt: str, headline: bool = False) -> bool:
    """True when the newline after ``line`` only wraps prose (the sentence goes on in ``nxt``). A first line
    (``headline``) followed by a capitalised line is a headline whatever its length ("... turnout below 30%\nRegional
    President Morvan said ...")."""
    body = line.rstrip()
    if not body or not nxt.strip() or _BULLET.match(nxt) or body.endswith((".", "!", "?", ":", '"', "”", "…")):
        return False
    first = nxt.lstrip()[:1]
    return first.islower() or first.isdigit() or (len(body) >= 70 and not (headline and first.isupper()))


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text is hard-wrapped prose: three or more lines after the first run on without a sentence end
    (a headline above wrapped prose is then no headline of its own)."""
    runs = sum(1 for a, b in zip(lines[1:], lines[2:], strict=False)
               if a.strip() and b.strip() and not a.rstrip().endswith((".", "!", "?", ":", '"', "”", "…")))
    return runs >= 3


def sentences(text: str, quotes: list[Span] | None = None) -> list[Sentence]:
    """Split a summary into sentences, keeping headlines, bullets and lead-in lines apart.

    Lines are split on their own (a headline without a full stop is a sentence) unless a line only
    wraps prose: it ends without punctuation and the next line continues in lower case, or it is
    long (hard-wrapped text). Bullet markers are excluded from the sentence span. ``quotes`` are the
    text's quotations when already known (:func:`quote_spans`).
    """
    if quotes is None:
        quotes = quote_spans(text)
    out: list[Sentence] = []
    paragraph = 0
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    wrapped = _hard_wrapped(lines)
    i = 0
    while i < len(lines):
        line, line_start = lines[i], starts[i]
        if not line.strip():
            paragraph += 1
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _soft_break(lines[j], lines[j + 1], headline=j == 0 and not wrapped):
            j += 1
        block_end = starts[j] + len(lines[j].rstrip())
        m = _BULLET.match(line)
        body_start = line_start + (m.end() if m else len(line) - len(line.lstrip()))
        spans = [piece for span in _split_block(text, body_start, block_end, quotes) for piece in _capped(text, *span)]
        for a, b in spans:
            chunk = text[a:b].rstrip()
            out.append(Sentence(a, a + len(chunk), chunk, bullet=bool(m), paragraph=paragraph))
        if out and out[-1].text.endswith(":") and out[-1].start >= line_start:
            last = out[-1]
            out[-1] = Sentence(last.start, last.end, last.text, last.bullet, True, paragraph)
        i = j + 1
    return out


# Clause boundaries inside a sentence: ";", a dash, ", and"/", but"/", while"/", whereas", ", although".
# (every break starts with whitespace, ";", ":" or ","; the look-ahead spares the alternatives elsewhere)
_CLAUSE_BREAK = re.compile(r"(?=[\s;:,])(?:\s*;\s*|(?<=\w):\s+(?=[a-z])|\s+[—–]\s+|\s+--\s+|"
                           r",\s+(?:and|but|while|whereas|although|though|yet)\s+|\s+(?:but|while|whereas)\s+)")


def clause_bounds(text: str, start: int, end: int, pos: int) -> Span:
    """The clause of the sentence ``text[start:end]`` that contains offset ``pos``."""
    a, b = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def word_regex(phrase: str) -> str:
    """A regex for a phrase matched on word boundaries, flexible about spaces, hyphens and apostrophes,
    with ``*`` inside a word matching any further letters (``encircl*``)."""
    parts = []
    for word in phrase.strip().split():
        w = re.sub(r"['’]", "['’]", re.escape(word).replace(r"\*", r"\w*"))  # either apostrophe
        parts.append(w)
    body = r"[\s-]+".join(parts)
    return rf"(?<![\w]){body}(?![\w])"


_NOT_AFTER_WORD = r"(?<![\w])"


def alternation(phrases: Iterable[str]) -> str:
    """One regex for any of ``phrases`` (in the order given), each matched as :func:`word_regex` matches it.

    Every ``word_regex`` starts with the same look-behind; it is tested once, before the alternation, rather
    than once per alternative at every offset (the same matches, several times faster on long lists)."""
    bodies = [word_regex(p) for p in phrases]
    if not bodies:
        return ""
    return _NOT_AFTER_WORD + "(?:" + by_first_letter([b[len(_NOT_AFTER_WORD):] for b in bodies]) + ")"


GROUP_FROM = 8
"""Alternations of at least this many alternatives are grouped by first letter (:func:`by_first_letter`)."""


def by_first_letter(bodies: list[str]) -> str:
    """``"|".join(bodies)`` with the alternatives grouped by their first character, lower-cased, each group behind a
    look-ahead for that character (in either case): at a position the engine enters one group or two, not every
    alternative (``re`` tries each alternative of a case-insensitive alternation in turn). The same matches: every
    body starts with one required literal character, an ASCII one or one without case (else nothing is grouped), two
    bodies of different groups cannot match at one position (no character matches two of those, even
    case-insensitively), and the bodies of a group keep their order, so the first alternative that matches is the
    one the plain alternation takes."""
    firsts = [first_literal(b) for b in bodies]
    if len(bodies) < GROUP_FROM or None in firsts:
        return "|".join(bodies)
    groups: dict[str, list[str]] = {}
    for b, c in zip(bodies, firsts, strict=True):
        groups.setdefault((c or "").lower(), []).append(b)
    return "|".join(f"(?=[{''.join(sorted({re.escape(k), re.escape(k.upper())}))}])(?:{'|'.join(group)})"
                    for k, group in groups.items())


def first_literal(body: str) -> str | None:
    """The character every match of ``body`` starts with, when the body opens with a plain (or escaped) literal that
    no quantifier makes optional and that is ASCII or has no case; None otherwise."""
    if body[:1] == "\\":
        c, rest = body[1:2], body[2:3]
        if not c or c.isalnum():
            return None  # a class such as \w, \d, \s
    else:
        c, rest = body[:1], body[1:2]
        if not c or c in "()[]{}.^$*+?|":
            return None
    if rest and rest in "*?{":
        return None
    if not c.isascii() and not (c.lower() == c == c.upper()):
        return None  # a cased non-ASCII letter may match an ASCII one ignoring case ("\u212a" and "k")
    return c
