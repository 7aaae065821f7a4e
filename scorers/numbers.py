"""Numbers: find every figure in a summary and judge it against the case's numbers (CONTRACT §1).

Four typed stages, plain data at each boundary:

1. Extract (:func:`extract_numbers` -> :class:`NumberMention`): digits ("42,000", "1.3 million",
   "42k"), number words ("forty-two thousand", "two dozen"), percentages, years and dates, ratios
   ("four times", "twice"); each with the summary's own qualifier ("more than", "nearly", "about")
   and the precision it writes (``step``: "320,000" is rounded to the ten thousand).
2. Parse the quantity: the unit after the figure, its rate ("per hour", "a year", "per 100,000
   people") and counted noun become a :class:`scorers.units.Unit` (``measure``); the case's unit
   strings parse into the same model (:func:`case_number_unit` -> :class:`_CaseNum`).
3. Match (:func:`_match` -> :class:`_Judging`): the case numbers the unit allows (same dimension and
   convertible rate, the same counted noun, or a bare figure) and those the figure rounds
   (:func:`scorers.tolerance.rounds`).
4. Judge (:data:`_CHECKS`): named checks in order, each deciding one rule of
   ``scorers/rules/numbers.yaml``: a rounding (``correct``, or a ``qualifier`` error); the case's
   figure with another time unit (``period``), rate or unit (``unit``) or counted noun (``referent``);
   a digit slip (``value``); arithmetic on case numbers (``derived``); a plausible figure for a
   compatible number (``value``); else ``unsupported``. Measures are also read against the words
   around them: when those name another number's referent ("turnout was 72%" where 72% is a share
   of the vote), the figure is judged against that number.

Every verdict carries the ``rule_id`` of the rule that decided it. Word lists live in
:mod:`scorers.lexicon_numbers`; tolerances in :mod:`scorers.tolerance`.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from harness.case import Case, Number
from scorers import clock, rulebook, tolerance, units
from scorers import lexicon as tlex
from scorers import lexicon_numbers as lex
from scorers.text import GROUP_FROM, first_literal
from scorers.tokens import PerCase
from scorers.tolerance import same_figure
from scorers.types import NumberVerdict
from scorers.units import Unit

# ---------------------------------------------------------------------------------------------
# Compiled patterns and derived lookup tables (built once, at import).

_UNIT_RE = units.UNIT_RE
_UNIT_INDEX = units.UNIT_INDEX


# (a code is an upper-case word of its own: "USD 5 million", not "the rub 40" or the end of "ABCUSD5")
_CURRENCY_RE = "|".join(rf"\b(?-i:{c.upper()})(?=[\s\u00a0]?\d)" if c.isalpha() else re.escape(c)
                        for c in sorted(lex.CURRENCY_PREFIXES, key=len, reverse=True))
_SCALE_RE = "|".join(lex.SCALE_WORDS)
_DIGITS_RE = re.compile(
    rf"(?P<cur>{_CURRENCY_RE})?[\s\u00a0]?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    # "42 000 people"; not "46 122 mm rockets" (a count, then a calibre)
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?![\s\u00a0]*-?\s*mm\b)"
    r"|\d+(?:\.\d+)?)"
    rf"(?:(?P<suf>{'|'.join(sorted(lex.SCALE_SUFFIXES, key=len, reverse=True))})(?![A-Za-z0-9²]))?"
    rf"(?:[\s\u00a0-]+(?P<scale>{_SCALE_RE})(?![A-Za-z]))?",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+")
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORD_RE = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+th)\b",
    re.IGNORECASE,
)
_TIME_OF_DAY_RE = re.compile(r"[\s\u00a0]?(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])|:\d", re.IGNORECASE)


def _cue_re(cues: Iterable[str]) -> str:
    """Any of ``cues`` (longest first), a cue that starts with a letter not right after a letter; alternatives are
    grouped by first character as :func:`scorers.text.by_first_letter` groups them (the same matches), the
    look-behind tested once per group (its cues all start with a letter, or none does)."""
    items = [(cue[0].isalpha(), r"\s+".join(re.escape(p) for p in cue.split()))
             for cue in sorted(cues, key=len, reverse=True)]
    plain = "|".join((r"(?<![A-Za-z])" if alpha else "") + body for alpha, body in items)
    firsts = [first_literal(body) for _alpha, body in items]
    if len(items) < GROUP_FROM or None in firsts:
        return plain
    groups: dict[str, tuple[bool, list[str]]] = {}
    for (alpha, body), c in zip(items, firsts, strict=True):
        group = groups.setdefault((c or "").lower(), (alpha, []))
        if group[0] != alpha:
            return plain
        group[1].append(body)
    return "|".join(f"(?=[{''.join(sorted({re.escape(k), re.escape(k.upper())}))}])"
                    + (r"(?<![A-Za-z])" if alpha else "") + f"(?:{'|'.join(bodies)})"
                    for k, (alpha, bodies) in groups.items())


_QUAL_BEFORE_RE = re.compile(
    rf"(?:(?P<more>{_cue_re(lex.QUALIFIERS_MORE)})|(?P<less>{_cue_re(lex.QUALIFIERS_LESS)})"
    rf"|(?P<about>{_cue_re(lex.QUALIFIERS_ABOUT)}))[\s\u00a0\"'“‘]*$",
    re.IGNORECASE,
)
_INCLUSIVE_BEFORE = re.compile(r"\b(?:up\s+to|at\s+most|at\s+least|no\s+more\s+than|no\s+fewer\s+than|"
                               r"no\s+less\s+than|a\s+maximum\s+of|a\s+minimum\s+of)[\s\u00a0]+$", re.I)
_QUAL_AFTER_RE = re.compile(
    "|".join(re.escape(s) for s in sorted(lex.QUALIFIER_SUFFIX_MORE, key=len, reverse=True)), re.IGNORECASE
)
_ABOUT_AFTER_RE = re.compile(r"[\s\u00a0]+or[\s\u00a0]+so(?![A-Za-z])", re.IGNORECASE)
_TEMPORAL_PREPOSITIONS = frozenset({"over", "under", "within", "in", "beyond"})
"""Before a duration these are prepositions, not qualifiers ("over five days" = during them)."""

_WORD_VALUES: dict[str, int] = {**lex.UNITS_WORDS, **lex.TENS_WORDS}
_NUMBER_WORDS = frozenset(_WORD_VALUES) | frozenset(lex.SCALE_WORDS)
_BIG_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
_BIG_SCALE_AFTER = re.compile(r"\s*(?:thousand|million|billion|trillion|bn|m)\b", re.I)

_RATIO_NEXT_RE = re.compile(
    r"[\s\u00a0]*(?:" + "|".join(sorted(lex.RATIO_TIMES)) + r")(?![A-Za-z])|-fold(?![A-Za-z])", re.IGNORECASE
)
"""The word after a figure that makes it a ratio: "four times", "tenfold"."""
_AGE_CLASS_BEFORE = re.compile(r"\b(?:under|over)-$", re.I)
# "children under five screened": an age bound on the people before it; the word after is no counted noun
_AGE_BOUND_BEFORE = re.compile(r"\b(?:children|kids|infants|babies|boys|girls|toddlers|minors|pupils)\s+"
                               r"(?:under|over|aged|below|above)\s+$|"
                               # "men aged 18 to 24 show signs": an age, and so is the range's second figure
                               r"\baged\s+(?:between\s+)?(?:\d+\s*(?:to|and|-|–)\s*)?$", re.I)
# "N times" after a participle and before a clause's end: how often something happened ("jammed 14 times", "shelled
# three times, the mission said", "met at least 41 times"), not a ratio ("three times the limit", "is four times
# higher"); a figure of 20 or more also after the participle's object ("discharged sewage 1,186 times in 2023"): no
# multiplier that large stands without what it multiplies
_OCCASIONS_AFTER = (r"\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|nearly\s+|almost\s+)?#"
                    r"\s*(?:[.,;:)!?]|and\b|but\b|in\b|since\b|during\b|between\b|last\b|this\b|before\b|"
                    r"after\b|on\b|within\b|over\b|across\b|from\b|that\s+(?:year|month|week|day)\b|$).*")
_PARTICIPLE = r"(?s).*\b(?!(?:been|seen)\b)(?:[a-z]{2,}(?:ed|en)|met|hit|struck|held|broke)"
_OCCASIONS_AROUND = re.compile(_PARTICIPLE + _OCCASIONS_AFTER, re.I)
_MANY_OCCASIONS_AROUND = re.compile(_PARTICIPLE + r"(?:\s+(?!(?:is|are|was|were|as|than)\b)[a-z]+){1,2}?"
                                    + _OCCASIONS_AFTER, re.I)
OCCASIONS_OBJECT_MIN = 20
"""The smallest "N times" read as a count of occasions with the participle's object between ("discharged sewage 1,186
times"): "raised prices three times" may still multiply."""

_PLURAL_RE = re.compile(r"[a-z]{2,}(?<!s)(?<!si)s$|men$|people$|ren$")  # (not "dialysis", "crisis")


# ---------------------------------------------------------------------------------------------
# Extraction


@dataclass(frozen=True)
class NumberMention:
    """One figure found in a summary.

    Attributes:
        text: the figure as written, with its unit when the unit is a measure ("180 km²", "72%").
        span: character offsets of ``text`` in the summary.
        value: the parsed value, in the summary's own unit.
        unit: the normalised unit key ("km2", "percent", "day") or the lower-cased counted noun
            after the figure ("residents", "towns and villages"); None when there is neither.
        dimension: area | length | percent | duration | currency | year | count | ratio | date | None.
        qualifier: the summary's own qualifier: "more", "less", "about" or None.
        kind: cardinal | year | day (a day of the month: part of a date, not judged) | ratio.
        measure: the figure's unit in the unit model (:class:`scorers.units.Unit`), with its rate
            ("per hour") and referent ("of the vote"); None for a bare figure.
        step: half the step of the last digit written, in the summary's unit ("320,000" -> 5,000):
            the precision the summary states (:mod:`scorers.tolerance`); None when unknown.
    """

    text: str
    span: tuple[int, int]
    value: float
    unit: str | None
    dimension: str | None
    qualifier: str | None
    kind: str
    measure: Unit | None = None
    step: float | None = None
    inclusive: bool = False  # the bound includes the figure itself: "up to 9", "at least 14" (not "over 9")


@dataclass
class _Raw:
    start: int
    end: int  # end of the figure itself (before any unit)
    value: float
    kind: str = "cardinal"
    words: tuple[str, ...] = ()
    currency: str | None = None
    step: float | None = None  # half the step of the last digit written


def _parse_digits(num: str) -> float:
    return float(_DIGIT_SEPARATOR.sub("", num))


def _words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: offsets would shift
        return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    return [(lower[a:b], a, b) for a, b in map(_span, _WORD_RE.finditer(text))]


_span = re.Match.span


def _gap_ok(text: str, a: int, b: int) -> bool:
    """True when the text between two number words is a space or a hyphen."""
    gap = text[a:b]
    return gap in {" ", "-", "\u00a0"} or (gap.strip() == "" and len(gap) <= 2)


def _parse_word_number(text: str, words: list[tuple[str, int, int]], i: int) -> tuple[float, int] | None:
    """Parse a run of number words starting at ``words[i]``; return (value, index after) or None."""
    first = words[i][0]
    n = len(words)
    if first in {"a", "an"}:
        if i + 1 < n and words[i + 1][0] in lex.SCALE_WORDS and _gap_ok(text, words[i][2], words[i + 1][1]):
            total, current, j, last = 0.0, 1.0, i + 1, "unit"
        else:
            return None
    elif first in _WORD_VALUES:
        total, current, j, last = 0.0, 0.0, i, ""
    else:
        return None
    consumed = j
    while j < n:
        w, s, _e = words[j]
        if j > i and not _gap_ok(text, words[j - 1][2], s) and not (w == "and" and last == "hundred"):
            break
        if w == "and" and last == "hundred" and j + 1 < n and words[j + 1][0] in _WORD_VALUES:
            j += 1
            continue
        if w in lex.TENS_WORDS and last in {"", "hundred", "big"}:
            current += lex.TENS_WORDS[w]
            last = "tens"
        elif w in lex.UNITS_WORDS and last in {"", "hundred", "big", "tens"}:
            if last == "tens" and lex.UNITS_WORDS[w] >= 10:
                break
            current += lex.UNITS_WORDS[w]
            last = "unit"
        elif w == "hundred" and last in {"unit", "tens"} and current < 100:
            current *= 100
            last = "hundred"
        elif w == "dozen" and last in {"unit", "tens"}:
            current *= 12
            last = "dozen"
        elif w in _BIG_SCALES and last in {"unit", "tens", "hundred", "dozen"}:
            total += current * lex.SCALE_WORDS[w]
            current = 0.0
            last = "big"
        else:
            break
        j += 1
        consumed = j
        if last == "dozen":
            break
    if consumed == i or (first in {"a", "an"} and consumed == i + 1):
        return None
    return total + current, consumed


_FIGURE_START = frozenset({"twice", "thrice", "half", "a", "an", *_WORD_VALUES,
                           *(p.split()[0] for p in lex.PHRASE_NUMBERS)})
"""Every word a figure in words can start with (a ratio word, "half", a number word, "a"/"an", a phrase's first)."""
_PHRASE_MOST = max(len(p) for p in lex.PHRASE_NUMBERS) + 1
"""Characters a number phrase ("a dozen") and the space after it take."""


def _prev_word(words: list[tuple[str, int, int]], i: int) -> str:
    return words[i - 1][0] if i > 0 else ""


_ANY_DIGIT = re.compile(r"\d")
_CURRENCY_MOST = max(len(c) for c in lex.CURRENCY_PREFIXES) + 1
"""How far before its first digit a :data:`_DIGITS_RE` match may start: a currency prefix and one space."""


def _digit_matches(text: str) -> Iterable[re.Match[str]]:
    """The matches of ``_DIGITS_RE.finditer(text)``, each searched for from a little before the next digit (every
    match holds one, at most :data:`_CURRENCY_MOST` characters after its start) instead of trying the pattern, with
    its optional currency prefix, at every offset of the text between figures."""
    pos = 0
    while True:
        digit = _ANY_DIGIT.search(text, pos)
        if digit is None:
            return
        m = _DIGITS_RE.search(text, max(pos, digit.start() - _CURRENCY_MOST))
        if m is None:
            return
        yield m
        pos = m.end()  # a match is never empty: finditer goes on from its end


_SEASON_START = re.compile(r"(?<!\d)(?:19|20)\d\d[-–]$")
"""A four-digit year and a dash right before a two-digit figure: a season or fiscal year ("2023-24")."""


def _raw_numbers(text: str, words: list[tuple[str, int, int]] | None = None) -> list[_Raw]:
    """Find figures (digits, number words, ratios) before units and nouns are read (``words``: the text's
    words with offsets, when already known)."""
    found: list[_Raw] = []
    # characters already read as part of a URL or a figure: one flag per character, so that checking a
    # span costs its length, not the number of figures before it
    used = bytearray(len(text))
    if "@" in text or "://" in text or "www." in text:  # what any URL or e-mail address contains
        for m in _URL_RE.finditer(text):
            used[m.start():m.end()] = b"\x01" * (m.end() - m.start())

    def free(a: int, b: int) -> bool:
        return used.find(1, a, b) == -1

    def take(a: int, b: int) -> None:
        used[a:b] = b"\x01" * (b - a)

    for m in _digit_matches(text):
        a, b = m.span()
        num_start = m.start("num")
        before = text[max(0, num_start - 2) : num_start]
        after = text[b : b + 3]
        if not free(a, b):
            continue
        if before[-1:].isalpha() or before[-1:] in {"_", "/", "#", "@", ".", ":"}:
            continue  # inside an id, a version, a URL path or a time
        if before[-1:] == "-" and before[:1].isalpha():
            continue  # "COVID-19", "Su-34"
        if before[-1:] in {"-", "–"} and _SEASON_START.search(text, max(0, num_start - 6), num_start) and \
                len(m.group(0)) == 2:
            continue  # "the 2023-24 season", "2019–20": the second year of a span, as in "2023/24"
        if not m.group("suf") and not m.group("scale"):
            if _ORDINAL_SUFFIX_RE.match(text, m.end("num")):
                continue  # "1st", "24th"
            if _TIME_OF_DAY_RE.match(text, m.end("num")):
                continue  # "10:30", "5pm"
            if after[:1].isalpha() and not _UNIT_RE.match(text, b) and not after.lower().startswith("k") and \
                    _temperature_letter(text, num_start, b) is None:
                continue  # "5G", "A320"-like tokens (not "peaked at 38.4C")
        value = _parse_digits(m.group("num"))
        scale = 1.0
        if m.group("suf"):
            scale *= lex.SCALE_SUFFIXES[m.group("suf").lower()]
        if m.group("scale"):
            scale *= lex.SCALE_WORDS[m.group("scale").lower()]
        value *= scale
        cur = lex.CURRENCY_PREFIXES[m.group("cur").lower()] if m.group("cur") else None
        step = tolerance.written_half_step(m.group("num"), scale)
        found.append(_Raw(a if cur else num_start, b, value, currency=cur, step=step))
        take(a, b)

    if words is None:
        words = _words_with_offsets(text)
    i = 0  # the next word to read: a word that starts a figure at or after it is read next
    for k in [k for k, word in enumerate(words) if word[0] in _FIGURE_START]:  # most words start no figure
        if k < i:
            continue  # inside what an earlier word read
        i = k
        w, s, e = words[i]
        if not free(s, e):
            i += 1
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if w in lex.RATIO_WORDS and w in {"twice", "thrice"}:
            found.append(_Raw(s, e, float(lex.RATIO_WORDS[w]), kind="ratio", words=(w,)))
            i += 1
            continue
        if w in lex.FRACTION_NUMERATORS and nxt in lex.FRACTION_DENOMINATORS and i + 4 < len(words) and \
                lex.FRACTION_NUMERATORS[w] < lex.FRACTION_DENOMINATORS[nxt] and words[i + 2][0] == "of" and \
                words[i + 3][0] in {"a", "an"} and words[i + 4][0] in lex.SCALE_WORDS:
            # "a quarter of a million", "three quarters of a billion": the fraction of the scale
            value = lex.FRACTION_NUMERATORS[w] / lex.FRACTION_DENOMINATORS[nxt] * lex.SCALE_WORDS[words[i + 4][0]]
            found.append(_Raw(s, words[i + 4][2], value, kind="phrase", words=tuple(x[0] for x in words[i:i + 5])))
            take(s, words[i + 4][2])
            i += 5
            continue
        if w == "half":
            rest = text[e : e + 12].lower()
            if any(rest.startswith(" " + h + " ") for h in lex.HALF_RATIO_NEXT):
                found.append(_Raw(s, e, 0.5, kind="ratio", words=(w,)))
                i += 1
                continue
            if nxt in {"a", "an"} and i + 2 < len(words) and words[i + 2][0] in lex.SCALE_WORDS:
                scale = lex.SCALE_WORDS[words[i + 2][0]]
                found.append(_Raw(s, words[i + 2][2], 0.5 * scale, words=(w,)))
                take(s, words[i + 2][2])
                i += 3
                continue
        ahead = text[s:s + _PHRASE_MOST].lower()  # lower-casing the rest of the text here was quadratic
        phrase = next((p for p in lex.PHRASE_NUMBERS if ahead.startswith(p + " ")), None)
        if phrase:
            end = s + len(phrase)
            found.append(_Raw(s, end, float(lex.PHRASE_NUMBERS[phrase]), kind="phrase", words=(phrase,)))
            take(s, end)
            i += len(phrase.split())
            continue
        parsed = _parse_word_number(text, words, i)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        end = words[j - 1][2]
        run = tuple(x[0] for x in words[i:j])
        i_next = j
        if run == ("one",):
            after_one = words[j][0] if j < len(words) else ""
            if (
                _prev_word(words, i) in lex.ONE_NOT_COUNT_PREV
                or after_one in lex.ONE_NOT_COUNT_NEXT
                or not after_one
                or not _gap_ok(text, e, words[j][1])
            ):
                i = i_next
                continue
        if text[end : end + 1] == "-" and _ORDINAL_WORD_RE.match(text, end + 1):
            i = i_next  # "twenty-first", "one-fifth" style ordinals and fractions
            continue
        if text[end : end + 1] == "-" and run == ("one",) and not _UNIT_RE.match(text, end):
            i = i_next  # "one-sided", "one-off"
            continue
        found.append(_Raw(s, end, value, words=run, step=tolerance.value_half_step(value)))
        take(s, end)
        i = i_next
    found.sort(key=lambda r: r.start)
    return found


def _year_like(text: str, raw: _Raw) -> bool:
    """A plain four-digit figure that may be a year (1900-2100)."""
    return not raw.words and 1900 <= raw.value <= 2100 and _FOUR_DIGITS.fullmatch(text[raw.start:raw.end]) is not None


_OPENING_QUOTE = re.compile(r"\s+[\"“‘']")  # 'two "military boats"': a quote opened before the counted noun

_ADVERB_ENDS = ("ously", "ally", "fully", "ively", "ately", "edly", "ingly", "lessly")
"""Endings of adverbs, never a counted noun: "the other 20 less seriously" counts no "seriously"."""

_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                          "last", "next", "every"})  # "7,800 last year": a time phrase, no counted noun


_COUNT_PARTICIPLES = frozenset(lex.COUNT_STATUS_WORDS | {w for cues, _ in lex.EVENT_CUES.values() for w in cues}
                               | set(lex.DEATH_CUES))
"""Participles that say what happened to the people counted ("212 injured", "31 killed"): counted nouns."""


def _participle(word: str) -> bool:
    """A past participle right after a figure ("240,000 needed", "412 inspected"): the figure's noun is left out
    and the participle says what happened to it; not the people-count words of :data:`_COUNT_PARTICIPLES`."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word not in _COUNT_PARTICIPLES


def _gerund(word: str) -> bool:
    """A present participle right after a figure ("135 involving other homes"), whose noun is left out."""
    return len(word) > 5 and word.endswith("ing")


# words that start a present participle's object, not a compound noun's head ("involving other homes")
_GERUND_OBJECT_START = _DETERMINERS | {"other", "another", "some", "all", "no", "any", "her", "him", "them"}
_SCALE_END = re.compile(r"\b(?:million|billion|thousand|m|bn)\s*$", re.I)


def _counted_noun(text: str, pos: int) -> str | None:
    """The counted noun after a figure: skips possessives and proper adjectives ("Northern")."""
    words: list[tuple[str, str, int, int]] = []
    for m in _WORD_RE.finditer(text, pos, min(len(text), pos + 80)):
        gap = text[words[-1][3] if words else pos : m.start()]
        if len(words) >= 2 and gap[:1] in "'’" and gap[1:] == " " and words[-1][1].endswith("s") and \
                not any(q in text[pos:words[-1][2]] for q in "'‘\""):
            # a plural possessive after other words modifies the noun after it: "11 of the detained dockworkers'
            # union officials" (right after the figure it is what is counted: "11 workers' wages")
            words[-1] = (words[-1][0] + gap[0], words[-1][1] + gap[0], words[-1][2], words[-1][3] + 1)
            gap = " "
        if (gap.strip(" \u00a0-+") and (words or not _OPENING_QUOTE.fullmatch(gap))) or "\n" in gap:
            break
        words.append((m.group(0), m.group(0).lower(), m.start(), m.end()))
        if len(words) >= 6:
            break
    if words and words[0][1] in _DETERMINERS:
        return None  # "45,774 the year before": a determiner right after the figure starts another phrase
    k = 0
    while k < len(words) and (words[k][1] in lex.NOUN_SKIP or words[k][0][:1].isupper()
                              or words[k][1].endswith(("'s", "’s", "s'", "s’"))):  # "9.5 of the camp's 14 hectares"
        k += 1
    if k >= len(words) or words[k][1] in lex.NOUN_STOP or words[k][1] in _NUMBER_WORDS or \
            words[k][1] in lex.PAST_TENSE_NOT_NOUN or (len(words[k][1]) > 6 and words[k][1].endswith(_ADVERB_ENDS)) \
            or (_participle(words[k][1]) and (k + 1 >= len(words) or words[k + 1][1] in lex.NOUN_STOP)) \
            or (_gerund(words[k][1]) and k + 1 < len(words) and words[k + 1][1] in _GERUND_OBJECT_START
                and text[pos - 1:pos].isdigit()) \
            or (words[k][1].endswith("ing") and len(words[k][1]) > 4 and k + 1 < len(words)
                and words[k + 1][1] in {"to", "into", "towards"} and _SCALE_END.search(text, max(0, pos - 10), pos)):
        # "240,000 needed", "412 inspected since March": not "140 suspected poachers"; "the remaining 135 involving
        # other homes": not "400 nursing homes" (nor the pronoun of "the fatal one entering the chest"); "16.6 million
        # going to 11 companies": a sum on its way, no "goings"
        return None
    head = [words[k][1]]
    if not _PLURAL_RE.search(head[0]):
        # modifiers before a plural head: "service members", "armoured vehicles", "exam board employees",
        # "serious adverse events", "body-worn cameras"
        for n in range(1, 4):
            if k + n >= len(words) or words[k + n][1] in lex.NOUN_STOP or words[k + n][1] in _NUMBER_WORDS or \
                    words[k + n][0][:1].isupper() or words[k + n][1].endswith(("ly", "ing", "ed")):
                break  # not past a name ("five-storey Orlin Garments factory"), an adverb or a verb form
            if _PLURAL_RE.search(words[k + n][1]):
                head += [w[1] for w in words[k + 1:k + n + 1]]
                k += n
                break
    if (
        k + 2 < len(words)
        and words[k + 1][1] in {"and", "or"}
        and words[k + 2][1] not in lex.NOUN_STOP
        and _PLURAL_RE.search(words[k + 2][1])
    ):
        head += [words[k + 1][1], words[k + 2][1]]  # "towns and villages"
    if head[0] in _CONTAINER_NOUNS and len(head) == 1:
        # "1,146 cases of children recruited", "40 instances of journalists detained": what is counted follows "of"
        m_of = _OF_COUNTED.match(text, words[k][3])
        if m_of and m_of.group("noun").lower() not in lex.NOUN_STOP:
            return m_of.group("noun").lower()
    return " ".join(head)


_CONTAINER_NOUNS = frozenset({"cases", "instances", "incidents"})
_OF_COUNTED = re.compile(r"\s+of\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,})\b(?=\s+(?:[a-z]+ed|who|that|being|taken|held)\b)")


def _qualifier(text: str, raw: _Raw, dimension: str | None) -> str | None:
    before = text[max(0, raw.start - 40) : raw.start]
    m = _QUAL_BEFORE_RE.search(before, _qualifier_start(before)) if _qualifier_may_end(before) else None
    if m:
        cue = (m.group("more") or m.group("less") or m.group("about") or "").lower().split()
        if dimension == "duration" and cue and cue[0] in _TEMPORAL_PREPOSITIONS and len(cue) == 1:
            return None
        if m.group("more") and _NEGATED_CUE.search(before, 0, m.start()):
            return None  # "never went above 94 percent", "not more than": at most, which the figure itself meets
        if len(cue) == 1 and cue[0] in _CLASS_PREPOSITIONS and _governed(before[: m.start()], cue[0]):
            return None  # "handed over 19 hostages", "clearings under 25 hectares": no bound on the figure
        if " ".join(cue) in _COMPARATIVE_CUES and _COMPARED_BEFORE_CUE.search(before, 0, m.start()):
            return None  # "four times as many as two years earlier", "40 more than five years ago": a comparison
        return "more" if m.group("more") else "less" if m.group("less") else "about"
    if _QUAL_AFTER_RE.match(text, raw.end):
        return "more"
    if _ABOUT_AFTER_RE.match(text, raw.end):
        return "about"
    if raw.kind == "phrase":
        return "about"
    return None


_CLASS_PREPOSITIONS = frozenset({"over", "under", "below", "above"})
# a multiple or a figure (not a year) right before "as many as", "more than": the cue compares, it bounds nothing
_COMPARED_BEFORE_CUE = re.compile(r"(?:\b(?:times|twice|thrice|double|triple)|(?<![\d,.])(?!(?:19|20)\d\d\b)"
                                  r"\d(?:[\d,.]*\d)?%?(?:\s+(?!(?:in|on|at|of|for|to|by|with|from|and|or|said|says)\b)"
                                  r"[a-z]+)?)\s+$", re.I)
_COMPARATIVE_CUES = frozenset({"more than", "fewer than", "less than", "as many as", "as much as"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _governed(before: str, cue: str) -> bool:
    """Whether the word before a one-word cue makes it a preposition of its own rather than a bound on the figure:
    a word that governs "over" ("handed over", "a strike over"), or a plural noun the figure bounds as a class
    ("clearings under 25 hectares"; not a verb in -s: "remains above 30%")."""
    w = _WORD_BEFORE.search(before)
    if w is None:
        return False
    word = w.group(1).lower()
    if cue == "over" and word in lex.OVER_GOVERNORS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        word not in lex.BOUND_TAKING_VERBS and w.group(1)[0].islower()


_NOT_BETWEEN = r"that|which|who|but|and|or|for|in|on|at|during|since|after|before|within|by"
_NEGATED_CUE = re.compile(
    rf"\b(?:(?:never|not|n['’]t)(?:\s+(?!(?:{_NOT_BETWEEN}|only|just|least)\b)[a-z'’-]+){{0,2}}|no|"
    rf"(?:none|nothing|no)(?:\s+(?!(?:{_NOT_BETWEEN})\b)[\w'’-]+){{0,4}}\s+(?:(?:went|go|goes|gone|rose|rise|rises|"
    r"risen|climbed|climb|exceeded|been|be|was|were|is|saw|recorded|measured|reached)\s+)?)\s*$", re.I)
# (and "none of its six stations went above 310", "saw nothing above 310": at most that figure)
_QUAL_TRAIL_REV = re.compile(r"[\s\u00a0\"'“‘]*")
"""What :data:`_QUAL_BEFORE_RE` allows between a cue and the figure, matched on the reversed text."""
_QUAL_LAST_WORDS = tuple(sorted({cue.split()[-1].lower() for cue in (*lex.QUALIFIERS_MORE, *lex.QUALIFIERS_LESS,
                                                                     *lex.QUALIFIERS_ABOUT)}))
"""The last word of every qualifier cue: a cue ends where the text before a figure ends, but for that gap."""
_QUAL_PREFILTER = all(w.isascii() and not _QUAL_TRAIL_REV.fullmatch(w[-1]) for w in _QUAL_LAST_WORDS)
"""The prefilter holds only when no cue ends with a character of the gap (else the cue's end is not fixed)."""


def _qualifier_may_end(before: str) -> bool:
    """False only when no qualifier cue ends ``before`` (so ``_QUAL_BEFORE_RE.search`` would find none): its last
    word, after the gap a cue may leave, is no cue's last word. A speed-up: the search tries every offset of the
    window, and most figures follow no qualifier. Non-ASCII text goes to the search (case folding differs)."""
    if not _QUAL_PREFILTER or not before.isascii():
        return True
    end = len(before) - _QUAL_TRAIL_REV.match(before[::-1]).end()
    return before[:end].lower().endswith(_QUAL_LAST_WORDS)


_QUAL_CUES = (*lex.QUALIFIERS_MORE, *lex.QUALIFIERS_LESS, *lex.QUALIFIERS_ABOUT)
_QUAL_WORDS_MOST = max(len(re.findall(r"\w+", cue)) for cue in _QUAL_CUES)
_QUAL_BACK = re.compile(rf"(?:\W*+\w++){{{_QUAL_WORDS_MOST}}}")
_QUAL_TAIL_START = all(re.fullmatch(r"[A-Za-z .~]+", cue) and (re.match(r"\w", cue) or
                                                                len(re.findall(r"\w+", cue)) < _QUAL_WORDS_MOST)
                       for cue in _QUAL_CUES)
"""A qualifier cue starts at a word, or holds fewer than the most words a cue holds: then a match (a cue and the gap
after it) starts at or after the :data:`_QUAL_WORDS_MOST`-th word from the end."""


def _qualifier_start(before: str) -> int:
    """Where :data:`_QUAL_BEFORE_RE`'s search may start in ``before`` and find the same match: the start of the
    :data:`_QUAL_WORDS_MOST`-th word from its end (0 when it has fewer words), found by reading it backwards."""
    back = _QUAL_BACK.match(before[::-1]) if _QUAL_TAIL_START else None
    return len(before) - back.end() if back else 0


def _next_to(words: list[tuple[str, int, int]], raw: _Raw) -> tuple[list[tuple[str, int, int]],
                                                                   list[tuple[str, int, int]]]:
    """The word that ends last at or before the figure and the first that starts at or after its end (each a list
    of at most one word): binary searches, since the words are in text order and do not overlap."""
    i = bisect_right(words, raw.start, key=_word_end)
    j = bisect_left(words, raw.end, key=_word_start)
    return words[i - 1:i] if i else [], words[j:j + 1]


def _word_end(w: tuple[str, int, int]) -> int:
    return w[2]


def _word_start(w: tuple[str, int, int]) -> int:
    return w[1]


def _is_day_of_month(text: str, words: list[tuple[str, int, int]], raw: _Raw) -> bool:
    if raw.words or raw.value != int(raw.value) or not 1 <= raw.value <= 31:
        return False
    before, after = _next_to(words, raw)
    if before and before[0][0] in lex.MONTHS and raw.start - before[0][2] <= 2 and \
            not text[before[0][2]:raw.start].strip(" .\u00a0"):  # "Jan. 12"; not "2 November; 27 systems"
        return True
    return bool(after and after[0][0] in lex.MONTHS and after[0][1] - raw.end <= 4)


def _month_of(words: list[tuple[str, int, int]], raw: _Raw) -> str | None:
    """The month name next to a day of the month ("October 26", "26 October")."""
    before, after = _next_to(words, raw)
    for w in before + after:
        if w[0] in lex.MONTHS:
            return w[0]
    return None


_NAME_BEFORE = re.compile(r"(?:^|[^\w.,])([A-Z][A-Za-z]*|[A-Z]{2,})[ \u00a0](?:[A-Z]{1,3})?$")
_NAME_AFTER = re.compile(r"[ \u00a0]?(?:[A-Z]{2,}|[A-Z][a-z]+)\b")


_IDIOM_RE = re.compile("|".join(re.escape(i).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                              for i in lex.NUMBER_IDIOMS), re.I)


def _in_idiom(text: str, start: int, end: int) -> bool:
    """True when a number word is part of a fixed expression ("net-zero", "one-sided")."""
    for m in _IDIOM_RE.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _in_name(text: str, start: int, end: int, words: bool) -> bool:
    """True for digits that are part of a name: "Boeing 737 MAX 9", "Title 42", "Flight 1282", "CBP One"."""
    if words:
        before = text[max(0, start - 20):start]
        return bool(_ACRONYM_AT_END.search(before)) and text[start:start + 1].isupper()
    digits = text[start:end]
    if not digits.isdigit() or len(digits) > 5:
        return False
    if _THE_AT_END.search(text[max(0, start - 5):start]) and _ACRONYM_AFTER.match(text[end:end + 12]):
        return True  # "the 737 MAX"
    m = _NAME_BEFORE.search(text[max(0, start - 30):start])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in lex.MONTHS or word.lower() in _NAME_STOP or _UNIT_RE.match(text, end):
        return False  # "August 2024", "In 2024", "... 54%"
    return word.isupper() or _NAME_AFTER.match(text, end) is not None or word in _NAME_WORDS


_NAME_STOP = frozenset({"in", "on", "by", "at", "of", "to", "from", "since", "until", "about", "over", "nearly",
                        "some", "around", "almost", "just", "only", "than", "the", "and", "or", "with"})
_NAME_WORDS = frozenset({"Category", "Title", "Article", "Section", "Flight", "Resolution", "Chapter", "Route",
                         "Highway", "Gate", "Terminal", "Block", "Unit", "Room", "Building", "Camp", "Zone", "Phase",
                         "Group", "Level", "Stage", "Mark", "Model", "Version", "Part", "Rule", "Law", "Bill",
                         "Amendment", "Proposition", "Measure", "Item", "Point", "Brigade", "Division",
                         "Battalion", "Regiment", "Corps", "Army", "Squadron", "Protocol"})


# a participle or a plain modifier before a measure unit ("420,000 infested hectares", "four consecutive days",
# "two full weeks")
_MODIFIED_UNIT = re.compile(r"[ \u00a0]+(?:[a-z]+(?:ed|en)|consecutive|straight|successive|full|whole|entire|more|"
                            r"additional|further|extra|long)(?=[ \u00a0])", re.I)
_ANY_MODIFIER = re.compile(r"[ \u00a0]+(?!(?:of|and|or|to|in|per|a|an|the)\b)[a-z]{3,}(?=[ \u00a0])")
# the gap between a part and its whole ("280,000 of roughly 420,000 hectares", "9.5 of the camp's 14 hectares")
_OF_WHOLE_GAP = re.compile(r"\s+of\s+(?:(?:the|its|their|an?\s+estimated|about|roughly|some|around|nearly|almost|"
                           r"over|more\s+than|[\w-]+['’]s)\s+){0,3}", re.I)


_RANGE_DASH = re.compile(r"\s*(?:-|–|—|to)\s*", re.I)


def _currency_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A range of money written once ("$280–340 million", "from €2 to 3 billion"): the second figure takes the
    first's currency, the first the second's scale."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.dimension != "currency" or b.dimension is not None or b.unit is not None or \
                not _RANGE_DASH.fullmatch(text, a.span[1], b.span[0]):
            continue
        scale = _BIG_SCALE_AFTER.search(text, b.span[0], b.span[1])
        if scale and not _BIG_SCALE_AFTER.search(text, a.span[0], a.span[1]) and a.value < 1000:
            factor = b.value / float(re.sub(r"[^\d.]", "", text[b.span[0]:scale.start()]) or b.value)
            out[i] = dataclasses.replace(a, value=a.value * factor, step=a.step * factor if a.step else a.step)
        out[i + 1] = dataclasses.replace(b, unit=a.unit, dimension=a.dimension, measure=a.measure)
    return out


def _measure_after(text: str, pos: int) -> tuple[Unit, int] | None:
    """A measure unit right after ``pos``, or after one participle or plain modifier ("infested hectares", "consecutive
    days", :data:`_MODIFIED_UNIT`): the unit and its end."""
    um = units.read_unit(text, pos)
    if um is None:
        modified = _MODIFIED_UNIT.match(text, pos)
        um = units.read_unit(text, modified.end()) if modified else None
    if um is None:  # "21,400 ghost hectares", "40 metric tonnes": any one plain word before an area, mass or volume
        modified = _ANY_MODIFIER.match(text, pos)
        um = units.read_unit(text, modified.end()) if modified else None
        if um is not None and um[0].dimension not in {"area", "mass", "volume"}:
            um = None
    return um if um is not None and um[0].dimension in units.MEASURE_DIMENSIONS else None


def extract_numbers(text: str) -> list[NumberMention]:
    """Find every figure in ``text``, in text order.

    Vague plurals ("hundreds of"), ordinals ("first", "24th"), "one" used as a pronoun or in "one
    of the", "a" alone and digits inside ids or URLs are not figures. A range ("20-25") gives two
    mentions. A day of the month is returned with kind "day" (part of a date, never judged alone).

    Args:
        text: the summary.

    Returns:
        The mentions, sorted by position.
    """
    words = _words_with_offsets(text)
    raws = _raw_numbers(text, words)
    lower: str | None = None  # the lower-cased text, made once when a counted noun is looked up
    out: list[NumberMention] = []
    inside_rate = 0  # end of the last rate denominator read: its figure ("per 100,000") is not a mention
    for idx, raw in enumerate(raws):
        if raw.start < inside_rate:
            continue
        if _in_name(text, raw.start, raw.end, raw.words) or (raw.words and _in_idiom(text, raw.start, raw.end)):
            continue

        end = raw.end
        unit: str | None = None
        dimension: str | None = None
        measure: Unit | None = None
        noun_end = raw.end  # where a rate denominator may start
        kind = raw.kind if raw.kind in {"ratio"} else "cardinal"
        if raw.currency:
            unit, dimension = raw.currency, "currency"
            measure = Unit("currency", raw.currency)
        um = units.read_unit(text, raw.end)
        if um is None and not raw.currency and not raw.words:
            um = _temperature_letter(text, raw.start, raw.end)  # "peaked at 38.4 C", "forecast topped 35C"
        if kind == "ratio":
            dimension = "ratio"
        elif um and not raw.currency:
            measure, end = um
            unit, dimension, noun_end = measure.key, measure.dimension, end
        elif _is_day_of_month(text, words, raw):
            kind, dimension = "day", "date"
            unit = _month_of(words, raw)
        elif out and out[-1].kind == "day" and not raw.words and 1 <= raw.value <= 31 and raw.value == int(raw.value) \
                and (_DAY_RANGE_GAP.fullmatch(text, out[-1].span[1], raw.start) or (
                    _DAY_LIST_GAP.fullmatch(text, out[-1].span[1], raw.start) and _DAY_END_AFTER.match(text, raw.end))):
            # "January 19–30": the 30th of the same month; "on November 3 and 7, ...": the 7th
            kind, dimension, unit = "day", "date", out[-1].unit
        elif not raw.currency:
            nxt = _RATIO_NEXT_RE.match(text, raw.end)
            around = text[max(0, raw.start - 40):raw.start] + "#" + text[nxt.end():nxt.end() + 12] if nxt else ""
            if nxt and (_OCCASIONS_AROUND.fullmatch(around) or (
                    raw.value >= OCCASIONS_OBJECT_MIN and _MANY_OCCASIONS_AROUND.fullmatch(around))):
                nxt = None  # "drones were jammed 14 times.": a count of occasions, no ratio
            if nxt:
                kind, dimension = "ratio", "ratio"
                end = nxt.end()
            elif _FACTOR_OF_BEFORE.search(text, max(0, raw.start - 40), raw.start):
                kind, dimension = "ratio", "ratio"  # "differ by a factor of more than 50": 50 times
            else:
                # "under-five malnutrition", "over-65s": an age class; the noun after it is what the class has
                unit = None if _AGE_CLASS_BEFORE.search(text, max(0, raw.start - 7), raw.start) or \
                    _AGE_BOUND_BEFORE.search(text, max(0, raw.start - 30), raw.start) else \
                    _counted_noun(text, raw.end + (4 if text[raw.end:raw.end + 4].lower() == "-odd" else 0))
                if unit is not None:
                    lower = text.lower() if lower is None else lower
                    last = lower.find(unit.split()[-1], raw.end)
                    noun_end = last + len(unit.split()[-1]) if last >= 0 else raw.end
                    um1 = _measure_after(text, raw.end)
                    if um1:
                        # "420,000 infested hectares", "12 burned acres": a measure after a participle
                        measure, end = um1
                        unit, dimension, noun_end = measure.key, measure.dimension, end
                range_next = raws[idx + 1] if idx + 1 < len(raws) else None
                gap = text[raw.end : range_next.start] if range_next else ""
                if dimension is None and range_next and _OF_WHOLE_GAP.fullmatch(gap):
                    # "sprayed 280,000 of roughly 420,000 hectares": the part is in the whole's unit
                    um2 = _measure_after(text, range_next.end)
                    if um2:
                        measure = um2[0]
                        unit, dimension = measure.key, measure.dimension
                if range_next and _year_like(text, raw) and not _year_like(text, range_next):
                    range_next = None  # "rose 64% between 2022 and 2024 to 1.9 billion crowns": a year, no range
                if unit is None and range_next and gap.strip().lower() in {"-", "–", "to", "—"} and \
                        not _AGE_BOUND_BEFORE.search(text, max(0, raw.start - 30), raw.start):
                    scale = text[range_next.start:range_next.end].split()[-1].lower()
                    if scale in _BIG_SCALES and not raw.words and raw.value < 1000 and \
                            not _BIG_SCALE_AFTER.match(text, raw.end):
                        # "from 62.5 to 14.1 million cubic metres": the first figure is in millions too
                        raw = replace(raw, value=raw.value * lex.SCALE_WORDS[scale])
                    um2 = units.read_unit(text, range_next.end)
                    if um2:
                        measure = um2[0]
                        unit, dimension = measure.key, measure.dimension
                    else:
                        unit = _counted_noun(text, range_next.end)
                is_plain4 = not raw.words and _FOUR_DIGITS.fullmatch(text[raw.start : raw.end])
                after_month = _MONTH_DAY_AT_END.search(text[max(0, raw.start - 20):raw.start])
                after_month = bool(after_month and after_month.group(1).lower() in lex.MONTHS)
                if is_plain4 and 1000 <= raw.value <= 2100 and (
                        unit is None or not _PLURAL_RE.search(unit) or after_month):
                    if after_month:
                        end = raw.end  # "February 2019 attackers": the noun is not counted by the year
                    kind, unit, dimension = "year", "year", "year"
                    measure = Unit("year", "year")
                elif unit is not None and dimension is None:
                    dimension = "count"
                    measure = Unit("count", unit, referent=_death_referent(text, raw.start, noun_end, unit))
        if kind == "ratio":
            measure = Unit("ratio", "times")
        if measure is not None and kind not in {"year", "ratio"}:
            rate = units.read_rate(text, noun_end)
            if rate is None and dimension in units.MEASURE_DIMENSIONS and (tail := _OF_WHAT.match(text, noun_end)):
                # "300 litres of oil sludge an hour": a measure's rate after what it measures
                after_tail = units.read_rate(text, tail.end())
                rate = after_tail if after_tail is not None and after_tail[0].dimension == "duration" else None
            then = units.read_rate(text, rate[1]) if rate is not None and rate[0].dimension == "count" else None
            if then is not None and then[0].dimension == "duration" and rate is not None:
                # "14,200 ducats per patient per year": a yearly price, each patient's
                rate = (dataclasses.replace(then[0], within=rate[0]), then[1])
            if rate is not None:
                measure = units.as_speed(dataclasses.replace(measure, per=rate[0]))
                inside_rate = rate[1]
                if measure.dimension == "speed":  # "8 km an hour": a speed, as "8 km/h" is
                    unit, dimension = measure.key, measure.dimension
            elif dimension in units.MEASURE_DIMENSIONS:
                measure = units.with_referent(measure, text, noun_end)  # "58% of the vote"
        elif measure is None and kind == "cardinal" and unit is None:
            rate = units.read_rate(text, raw.end)
            if rate is not None:  # "38 per 1,000 residents", "3,100 a year": a bare figure's rate
                measure = Unit("count", "", per=rate[0])
                inside_rate = rate[1]
        qualifier = _qualifier(text, raw, dimension) if kind not in {"day", "year"} else None  # "below 2019's"
        out.append(
            NumberMention(
                text[raw.start : end], (raw.start, end), raw.value, unit, dimension, qualifier, kind, measure,
                raw.step if kind != "ratio" else None,
                qualifier in {"more", "less"} and _INCLUSIVE_BEFORE.search(text, max(0, raw.start - 20),
                                                                            raw.start) is not None,
            )
        )
    out = _currency_ranges(text, _with_age_units(text, out))
    return _with_gapped_units(text, _with_half_units(text, _with_one_for_every(text, _with_compound_durations(
        text, _with_one_in(text, _with_fractions(text, _with_and_a_half(text, out)))))))


# "aged 18", "at the age of 18", "ranged in age from 18 to 58", "ages 18 to 58": the figure after is an age in years
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?|in\s+age\s+from|age\s+range\s+of)\s+(?:between\s+|from\s+)?"
                         r"(?:[\d.]+\s*(?:to|and|-|–)\s*)?$", re.I)
_YEARS = Unit("duration", "year", 365.25)
# what a measure measures, before its rate: "(300 litres) of oil sludge (an hour)"
_OF_WHAT = re.compile(r"\s+of\s+(?:(?!a\b|an\b|per\b|each\b|every\b)[a-z][\w-]*\s*){1,3}?"
                      r"(?=\s+(?:a|an|per|each|every)\s)", re.I)


def _with_age_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A bare figure that an age word introduces ("detainees ranged in age from 18 to 58", "aged 19") is an age in
    years, compared with the case's ages, not a count to add up from unrelated tolls."""
    out = list(mentions)
    for i, m in enumerate(out):
        prev = out[i - 1] if i else None
        listed = prev is not None and prev.measure is _YEARS and m.kind == "cardinal" and 1 <= m.value <= 120 and \
            _LIST_GAP.fullmatch(text, prev.span[1], m.span[0]) is not None and \
            (m.unit is None or (" " not in m.unit and not m.unit.endswith("s")))
        if listed:  # "aged 34, 51 and 58 died": each figure of the list is an age ("58", not "58 died")
            out[i] = dataclasses.replace(m, unit="year", dimension="duration", measure=_YEARS)
            continue
        if m.unit is not None or m.measure is not None or m.kind != "cardinal" or not (
                _AGE_BEFORE.search(text, max(0, m.span[0] - 30), m.span[0]) or _name_age(text, m)):
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.unit is not None and _RANGE_GAP.fullmatch(text, m.span[1], nxt.span[0]):
            continue  # "aged between two and 18 months": the range's unit is its second figure's
        out[i] = dataclasses.replace(m, unit="year", dimension="duration", measure=_YEARS)
    return out


_RANGE_GAP = re.compile(r"\s*(?:to|and|-|–)\s*")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# a name set off by a comma before a figure ("Varga, 56, who bought ..."), not a month's ("March, 12")
_NAME_COMMA_BEFORE = re.compile(r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|"
                                r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                                r"[A-Z][a-z]+,\s*$")
_COMMA_AFTER = re.compile(r"\s*[,;]")


def _name_age(text: str, m: NumberMention) -> bool:
    """Whether a bare whole figure between commas right after a name, or after a noun for one person, is that
    person's age ("Anselm Varga, 56, who bought the club", "her son Jalil, 23, was crushed", "a sailor, 24, was
    injured")."""
    if not (m.value == int(m.value) and 1 <= m.value <= 120 and m.text.isdigit()) or \
            _COMMA_AFTER.match(text, m.span[1]) is None:
        return False
    if _NAME_COMMA_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0]) is not None:
        return True
    noun = _NOUN_COMMA_BEFORE.search(text, max(0, m.span[0] - 30), m.span[0])
    return noun is not None and noun.group(1).lower() in _ONE_PERSON


_NOUN_COMMA_BEFORE = re.compile(r"\b([A-Za-z]+),\s*$")
# nouns for one person: roles, one of a group of people, kin ("the captain, 44,", "a miner, 31,", "her son, 9,")
_ONE_PERSON = frozenset(tlex.PERSON_ROLES | lex.PERSON_GROUP_NOUNS | frozenset(
    "man woman boy girl child teenager son daughter mother father wife husband brother sister sailor captain "
    "mechanic guard labourer laborer shepherd activist journalist".split()))


_TIME_UNIT = r"(?:year|month|week|day|hour|minute|decade|century)"
_HALF_UNIT = re.compile(rf"\b(?:(?:a|an|one)\s+(?P<u1>{_TIME_UNIT})\s+and\s+a\s+half|one\s+and\s+a\s+half\s+"
                        rf"(?P<u2>{_TIME_UNIT})s)\b", re.I)


# (not "puts the toll at 61": that names what the figure is; nor a noun, "central estimate 14,600")
_REPORTED_BARE_BEFORE = re.compile(r"\b(?:says?|said|counts|counted|estimated|reported|claimed)"
                                   r"(?:[\s\u00a0]+(?:about|around|roughly|some|nearly|almost|only|just|at\s+least|"
                                   r"at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|over|under))?[\s\u00a0]+$",
                                   re.I)
_REPORTED_BARE_AFTER = re.compile(r"[\s\u00a0]*(?:[,;:.)]|$|and\b|while\b|but\b|against\b)", re.I)
_REPORT_WORD = re.compile(r"\b(?:says?|said|claims?|claimed|estimates?|estimated|counts?|counted|reports?|reported|"
                          r"puts?|according\s+to)\b", re.I)


def _with_gapped_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A bare figure that is all a speaker's report says ("OTA says the fans stopped after six minutes, VARCO says 19,
    and inspectors say 11") leaves out the unit of the figure it answers, the first figure with a unit after the
    report before its own in its sentence: it takes that unit when it is a measure's (19 and 11 minutes, not 11
    deaths)."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.unit is not None or m.measure is not None or m.kind != "cardinal" or i == 0:
            continue
        verb = _REPORTED_BARE_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0])
        if verb is None or not _REPORTED_BARE_AFTER.match(text, m.span[1]):
            continue
        # the figure it answers: the first with a unit after the report before its own, in its sentence ("the
        # ministry says times hit 41 minutes during the 72-hour strike; the union says 19": 19 minutes)
        opening = _sentence_start(text, m.span[0])
        reports = [r.end() for r in _REPORT_WORD.finditer(text, opening, verb.start())]
        prev = next((p for p in out[:i] if reports and reports[-1] <= p.span[0] and p.unit is not None
                     and p.kind == "cardinal"), None)
        # a measure's unit only: a counted noun would narrow the figure ("... 600 supporters; the ministry says 214")
        if prev is None or prev.dimension not in units.MEASURE_DIMENSIONS:
            continue
        out[i] = dataclasses.replace(m, unit=prev.unit, dimension=prev.dimension, measure=prev.measure)
    return out


def _with_half_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Read "a year and a half" and "one and a half days" as 1.5 years and 1.5 days, in place of the "a half" a plain
    reading finds (an unsupported fraction) or of nothing. ("half an hour later" is left unread: it is most often a
    gap between two clock times, which no case figure states.)"""
    if "half" not in text.lower():
        return mentions
    found = list(_HALF_UNIT.finditer(text))
    if not found:
        return mentions
    out = [m for m in mentions if not any(h.start() <= m.span[0] < h.end() for h in found)]
    for h in found:
        unit = units.parse_unit((h.group("u1") or h.group("u2")).lower())
        raw = _Raw(h.start(), h.end(), 1.5)
        # (as rounded as a half: "a year and a half" is 18 months give or take a quarter, as 19 months)
        out.append(NumberMention(h.group(), h.span(), raw.value, unit.key, unit.dimension,
                                 _qualifier(text, raw, unit.dimension), "cardinal", unit, 0.25))
    return sorted(out, key=lambda m: m.span[0])


_FOR_EVERY_AFTER = re.compile(r"[\s\u00a0]+[A-Za-z-]+[\s\u00a0]+for[\s\u00a0]+(?:every|each)\b", re.I)
_AND_A_PART = re.compile(r"[\s\u00a0]+and[\s\u00a0]+a[\s\u00a0]+(?P<part>half|quarter|third)\b", re.I)
_PART_VALUES = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _with_and_a_half(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Read "two and a half times", "three and a half years" and "two and a half million" as 2.5 of what follows,
    not as a bare "two" (the plain reading stops at "and")."""
    out: list[NumberMention] = []
    for m in mentions:
        part = _AND_A_PART.match(text, m.span[1]) if m.kind == "cardinal" and m.unit is None and \
            m.value == int(m.value) else None
        if part is None:
            out.append(m)
            continue
        value, end = m.value + _PART_VALUES[part.group("part").lower()], part.end()
        scale = re.match(r"[\s\u00a0]+(?P<s>thousand|million|billion|trillion)\b", text[end:], re.I)
        if scale:
            value *= lex.SCALE_WORDS[scale.group("s").lower()]
            end += scale.end()
        nxt = _RATIO_NEXT_RE.match(text, end) or _FOR_EVERY_AFTER.match(text, end)
        if nxt:  # "two and a half times the figure", "two and a half tanks for every one of theirs"
            out.append(replace(m, text=text[m.span[0]:nxt.end()], span=(m.span[0], nxt.end()), value=value,
                               dimension="ratio", kind="ratio", measure=Unit("ratio", "times"), step=None))
            continue
        um = units.read_unit(text, end)
        if um is not None:  # "two and a half years", "two and a half km"
            unit, uend = um
            out.append(replace(m, text=text[m.span[0]:uend], span=(m.span[0], uend), value=value, unit=unit.key,
                               dimension=unit.dimension, measure=unit))
            continue
        noun = _counted_noun(text, end)
        out.append(replace(m, text=text[m.span[0]:end], span=(m.span[0], end), value=value, unit=noun,
                           dimension="count" if noun else None,
                           measure=Unit("count", noun) if noun else None))
    return out


_FRACTION_RE = re.compile(
    r"\b(?P<num>" + "|".join(lex.FRACTION_NUMERATORS) + r")[\s-]+(?P<den>"
    + "|".join(sorted(lex.FRACTION_DENOMINATORS, key=len, reverse=True)) + r")\b", re.I)
_UNIT_FRACTIONS = frozenset({"half", "quarter", "third"})  # singular: "a quarter-tonne", not "three quarters"
_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+(?:{'|'.join(lex.SCALE_WORDS)})\b", re.I)


def _with_fractions(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Add spelled-out fractions ("two-thirds", "less than a third") as ratios, replacing the bare
    numerator a plain reading found ("two" counting "thirds")."""
    out = list(mentions)
    fractions: list[NumberMention] = []
    # every fraction holds a denominator word: ASCII text without one needs no search of every offset
    scan = not text.isascii() or any(map(text.lower().__contains__, lex.FRACTION_DENOMINATORS))
    for m in _FRACTION_RE.finditer(text) if scan else ():
        num, den = lex.FRACTION_NUMERATORS[m.group("num").lower()], lex.FRACTION_DENOMINATORS[m.group("den").lower()]
        if num >= den or _OF_A_SCALE.match(text, m.end()):
            continue  # "a quarter of a million" is a count the plain reading took whole
        plural_or_hyphen = m.group("den").lower().endswith("s") or "-" in m.group()
        if not plural_or_hyphen and _LOWER_WORD_AFTER.match(text[m.end():m.end() + 3]) and \
                not _OF_AFTER.match(text[m.end():m.end() + 4]):
            continue  # "a third term", "a sixth straight win": an ordinal, not a fraction
        raw = _Raw(m.start(), m.end(), num / den, "phrase", (m.group(),))
        um = units.read_unit(text, m.end() + 1) if text[m.end():m.end() + 1] in "- " else None
        if um is not None and um[0].dimension in units.MEASURE_DIMENSIONS and m.group("den").lower() in _UNIT_FRACTIONS:
            # "a quarter-tonne bomb", "a half-mile queue": a fraction of the unit after it
            unit, end = um
            fractions.append(NumberMention(text[m.start():end], (m.start(), end), num / den, unit.key,
                                           unit.dimension, _qualifier(text, raw, unit.dimension), "cardinal", unit))
            continue
        fractions.append(NumberMention(m.group(), (m.start(), m.end()), num / den, None, "ratio",
                                       _qualifier(text, raw, "ratio"), "ratio"))
    if fractions:  # the plain reading's figures inside a fraction give way to it (one pass: fractions do not overlap)
        starts = [f.span[0] for f in fractions]
        out = [x for x in out if not ((i := bisect_right(starts, x.span[0]) - 1) >= 0
                                      and x.span[0] < fractions[i].span[1])]
        out += fractions
    return sorted(out, key=lambda x: x.span[0])


_COMPOUND_GAP = re.compile(r"\s*(?:and\s+)?")
_DURATION_FACTOR = {key: f for key, f in lex.DURATION_UNITS.values()}


def _with_compound_durations(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Read "2 hours and 15 minutes" or "three years six months" as one duration in the larger unit (2.25
    hours), not as two figures each judged alone ("four-year and 18-month bans" are two)."""
    out: list[NumberMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.dimension == m.dimension == "duration" and prev.qualifier is None is m.qualifier \
                and "-" not in prev.text + m.text \
                and prev.unit in _DURATION_FACTOR and m.unit in _DURATION_FACTOR \
                and _DURATION_FACTOR[m.unit] < _DURATION_FACTOR[prev.unit] \
                and (gap := _COMPOUND_GAP.match(text, prev.span[1], m.span[0])) and gap.end() == m.span[0]:
            ratio = _DURATION_FACTOR[m.unit] / _DURATION_FACTOR[prev.unit]
            out[-1] = replace(prev, text=text[prev.span[0]:m.span[1]], span=(prev.span[0], m.span[1]),
                              value=prev.value + m.value * ratio,
                              step=m.step * ratio if m.step is not None else prev.step)
            continue
        out.append(m)
    return out


def _split_duration(m: NumberMention, nums: Sequence[_CaseNum]) -> NumberVerdict | None:
    """A duration told in two units ("11 hours 40 minutes") where the case writes it as two figures (11 hours, 40
    minutes): the pair's, correct when both parts agree, a wrong value when only the larger unit's part does."""
    if m.dimension != "duration" or m.unit not in _DURATION_FACTOR or m.qualifier is not None:
        return None
    whole = math.floor(m.value + 1e-9)
    if whole == m.value:
        return None  # one unit only: the case's figures are judged as usual
    pairs = [(big, small) for big in nums
             if big.dimension == "duration" and big.key == m.unit and big.num.value == whole
             for small in nums if small.dimension == "duration" and small.key in _DURATION_FACTOR
             and _DURATION_FACTOR[small.key] < _DURATION_FACTOR[big.key] and big.claims & small.claims]
    if not pairs:
        return None
    # the pair whose smaller part agrees, else the first: its larger unit agrees, its smaller does not
    big, small = next((p for p in pairs if abs(whole + p[1].num.value * _DURATION_FACTOR[p[1].key]
                                               / _DURATION_FACTOR[p[0].key] - m.value) < 1e-6), (None, None))
    if big is not None and small is not None:
        return NumberVerdict(m.text, m.span, m.value, m.unit, big.num.id, "correct", None,
                             f"matches {big.num.id} + {small.num.id}: the case writes the duration in two figures",
                             R_SAME)
    big, small = pairs[0]
    return NumberVerdict(m.text, m.span, m.value, m.unit, big.num.id, "wrong", "value",
                         f"{big.num.id} + {small.num.id}: the larger unit agrees, the smaller does not", R_PLAUSIBLE)


_ONE_IN_BEFORE = re.compile(r"\b(?:(?P<one>one|1)\s+(?:(?!in\b|out\b|of\b|the\b|and\b)[a-z]{3,}\s+)?(?:in|out\s+of)|"
                            r"(?P<n>two|three|four|five|six|seven|eight|nine|[2-9])\s+in)\s+(?:every\s+)?$", re.I)
_N_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


_FACTOR_OF_BEFORE = re.compile(r"\bfactor\s+of\s+(?:(?:more|less)\s+than\s+|(?:about|some|nearly|almost|roughly|around|"
                               r"over|at\s+least|up\s+to)\s+)?$", re.I)
_NOT_SHARED = frozenset({"year", "date", "percent", "currency", "duration", "ratio"})


def _with_one_in(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Read "one in 435", "1 in 8 stations", "one clinic in four" and "two in three hectares" as the ratios 1/435,
    1/8, 1/4 and 2/3 (a share, like "an eighth"), replacing the counts a plain reading found ("hectares" is what
    is shared, not three's unit)."""
    out: list[NumberMention] = []
    for m in mentions:
        # the figure's own tests first: the search is needed only for a plain count above one
        plain = m.kind != "cardinal" or m.dimension in _NOT_SHARED or m.value <= 1
        before = None if plain else _ONE_IN_BEFORE.search(text, max(0, m.span[0] - 34), m.span[0])
        n = 1.0 if before is None or before.group("one") else \
            float(_N_VALUES.get(before.group("n").lower(), before.group("n")))
        if before is None or n >= m.value or m.value > 1000:
            out.append(m)
            continue
        if out and out[-1].span[0] >= before.start():
            out.pop()  # the "1" of "1 in 8", the "two" of "two in three"
        raw = _Raw(before.start(), m.span[1], n / m.value, "phrase", ("one",))
        out.append(NumberMention(text[raw.start:raw.end], (raw.start, raw.end), raw.value, None, "ratio",
                                 _qualifier(text, raw, "ratio"), "ratio", Unit("ratio", "times")))
    return out


_FOR_EVERY_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)\s+for\s+(?:every|each)\s+$", re.I)


def _with_one_for_every(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Read "one working toilet for every 65 people" as the rate 65 people per toilet, one figure in place of the
    "one" (no count of toilets) and a denominator that a plain reading leaves unjudged."""
    out: list[NumberMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        one = prev is not None and prev.value == 1 and prev.kind == "cardinal" and \
            prev.text.split()[0].lower() in {"one", "1"}
        gap = _FOR_EVERY_GAP.fullmatch(text, prev.span[0] + len(prev.text.split()[0]), m.span[0]) \
            if one and prev is not None and m.dimension == "count" and m.unit and m.measure is not None and \
            m.measure.per is None else None
        if gap is None or prev is None:
            out.append(m)
            continue
        measure = units.parse_unit(f"{m.unit} per {gap.group('noun').lower()}", m.value)
        out[-1] = replace(m, text=text[prev.span[0]:m.span[1]], span=(prev.span[0], m.span[1]), measure=measure)
    return out


# ---------------------------------------------------------------------------------------------
# Judgement


@dataclass(frozen=True)
class _CaseNum:
    """A case number in the unit model, as the match and judge stages read it."""

    num: Number
    key: str  # unit key or stemmed noun
    dimension: str
    factor: float
    nouns: frozenset[str]
    tol: float  # relative tolerance for "the same figure" (explicit, or the default)
    ref_words: frozenset[str] = frozenset()
    unit: Unit = Unit("count", "")
    explicit_tol: float | None = None  # the author's (or a year's) tolerance; None: written precision decides
    base: float = 0.0  # the value in the dimension's base unit (value x factor), computed once
    claims: frozenset[str] = frozenset()  # ids of the claims that state this number
    ref_head: frozenset[str] = frozenset()  # the head noun of the author's referent ("riders" of "riders who ...")
    ref_names: frozenset[str] = frozenset()  # the referent's capitalised words too ("official Yes share": yes)
    ref_plain: frozenset[str] = frozenset()  # ref_words without the proper names of sources ("Harlund net profit")
    beside: frozenset[str] = frozenset()  # stems of the words beside the figure in its claims' statements
    next_to: frozenset[str] = frozenset()  # ... only the word before it and the two after it
    whose: frozenset[str] = frozenset()  # stems of the sources the referent says give it ("the coast guard's estimate")
    clock: bool = False  # a time of day (:mod:`scorers.clock`): no quantity to add, subtract or divide


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude singular stem (a pure function of the word, so cached: the same words recur in every summary)."""
    w = word.lower().strip().replace("-", "").replace(" ", "")
    for suffix, repl in (("ies", "y"), ("men", "man"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            return w[: -len(suffix)] + repl
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


@functools.lru_cache(maxsize=65536)
def _noun_forms(unit: str) -> frozenset[str]:
    """Stemmed forms a noun phrase can match by: whole phrase and each coordinated word (cached)."""
    forms = {_stem(unit)}
    for part in re.split(r"\s+(?:and|or)\s+", unit):
        forms.add(_stem(part))
        forms.add(_stem(part.split()[-1]))
    forms |= {lex.COUNT_NOUN_SYNONYMS[f] for f in forms if f in lex.COUNT_NOUN_SYNONYMS}
    return frozenset(forms)


def _case_numbers(case: Case) -> tuple[_CaseNum, ...]:
    """The case's numbers with their units, dimensions and noun forms, built once per case object
    (cases are immutable; this analysis used to be repeated for every summary and was a fifth of the
    scoring time)."""
    return _CASE_NUMBERS.get(case)


def case_number_unit(n: Number) -> Unit:
    """How the scorers read a case number's unit (``cnh units`` prints it); "pounds" are a weight when the
    author's referent says the figure is one ("weight of the bomb"), else sterling."""
    if n.unit.strip().lower() in _POUNDS and _WEIGHT_REFERENT.search(n.referent or ""):
        return units.parse_unit("lb", n.value)
    return units.parse_unit(n.unit, n.value)


_POUNDS = frozenset({"pounds", "pound"})


def _as_weight(m: NumberMention) -> NumberMention:
    """A figure in "pounds" read as a weight (:func:`case_number_unit`)."""
    lb = units.parse_unit("lb")
    return replace(m, unit=lb.key, dimension=lb.dimension, measure=lb)
_RATE_POINTS = re.compile(r"\b(?:basis|percentage)\b", re.I)  # points of a rate, not things counted


def _as_points(m: NumberMention) -> NumberMention:
    """A figure in "points" read as a count of points (see :func:`score_numbers`)."""
    return replace(m, unit="points", dimension="count", measure=Unit("count", "points"))


_WEIGHT_REFERENT = re.compile(r"\b(?:weigh\w*|mass|heavy|load|payload)\b", re.I)


_SCALE_PREFIX = re.compile(r"^\s*(?:(?P<word>thousand|million|billion|trillion)s?(?:\s+of)?|(?P<abbr>k|m|mn|bn|tn))\s+"
                           r"(?=\S)", re.I)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "mn": 1e6,
           "bn": 1e9, "tn": 1e12}


def _scaled(n: Number) -> Number:
    """A case number whose unit starts with a scale ("1.2", "million people") as the figure it names (1,200,000
    people), so both sides compare whole figures."""
    m = _SCALE_PREFIX.match(n.unit)
    if not m:
        return n
    scale = _SCALES[(m.group("word") or m.group("abbr")).lower()]
    return n.model_copy(update={"value": n.value * scale, "unit": n.unit[m.end():]})


def _source_words(case: Case) -> frozenset[str]:
    """Words that name sources or sides ("US", "Chinese"): who gives or bears a figure, not what it counts."""
    return frozenset(_stem(w.lower()) for src in case.sources for name in (src.name, src.side, *src.aliases)
                     for w in _WORD_RE.findall(name))


_SOURCE_WORDS: PerCase[frozenset[str]] = PerCase(_source_words)


def _build_case_numbers(case: Case) -> tuple[_CaseNum, ...]:
    out = []
    clocks = clock.case_clocks(case)
    names = _SOURCE_WORDS.get(case)
    # their proper names alone ("Harlund", not "opposition"): a word that says whose figure it is
    proper = frozenset(_stem(w.lower()) for src in case.sources for name in (src.name, *src.aliases)
                       for w in _WORD_RE.findall(name) if w[:1].isupper()) - frozenset(
        _stem(w.lower()) for src in case.sources for name in (src.name, *src.aliases)
        for w in _WORD_RE.findall(name) if w[:1].islower())
    for n in map(_scaled, case.numbers):
        u = _with_stated_rate(case, n, case_number_unit(n))
        if u.dimension == "count":
            key = _stem(u.key)
            nouns: set[str] = set(_noun_forms(u.key))
            # each content word of a compound unit: "hilltop positions" is counted as "hilltops" too
            nouns |= {_stem(w) for w in u.key.split() if len(w) > 3 and w.lower() not in lex.NOUN_STOP}
        else:
            key, nouns = u.key, set()
        for alias in [n.unit if u.dimension == "count" and not u.per else "", *n.unit_aliases]:
            if alias:
                nouns |= _noun_forms(alias.lower())
        explicit = tolerance.case_tolerance(n.tolerance, n.qualifier, n.value, u.dimension)
        tol = tolerance.ROUNDING_MAX_RELATIVE if explicit is None else explicit
        refs = _referent_words(n.referent or "") | _referent_words(" ".join(u.referent))
        out.append(_CaseNum(n, key, u.dimension, u.factor, frozenset(nouns), tol, refs, u, explicit,
                            n.value * u.factor, frozenset(cl.id for cl in case.claims if n.id in cl.numbers),
                            _referent_head(n.referent or ""),
                            refs | (_content_words(n.referent or "", keep_proper=True) - names), refs - proper,
                            *_beside_in_statements(case, n), _whose(n.referent or "", names),
                            clock=n.id in clocks))
    return tuple(out)


def _with_stated_rate(case: Case, n: Number, u: Unit) -> Unit:
    """The case number's unit with the period its claims' statements give it when the unit has none: "litres"
    stated as "300 litres of oil sludge an hour" is 300 litres an hour, so "300 litres a day" is a period error."""
    if u.per is not None or (u.dimension not in units.MEASURE_DIMENSIONS and u.dimension != "count"):
        return u
    for _statement, m in _statement_figures(case, n):
        per = m.measure.per if m.measure is not None else None
        # (a count's rate where the statement counts the same noun, or none: "re-entering at about three a day")
        same_kind = m.dimension == u.dimension if u.dimension != "count" else \
            m.dimension is None or (m.dimension == "count" and bool(_noun_forms(m.unit or "") & _noun_forms(u.key)))
        if per is not None and per.dimension == "duration" and same_kind and \
                same_figure(m.value * _m_factor(m), n.value * u.factor, 0.0):
            return units.as_speed(replace(u, per=per))
    return u


def _statement_figures(case: Case, n: Number) -> Iterator[tuple[str, NumberMention]]:
    """Each figure read in the statements of the claims that state ``n``, with its statement (every statement is
    read once per case, not once per number)."""
    read = _STATEMENT_FIGURES.get(case)
    for claim in case.claims:
        if n.id in claim.numbers:
            for m in read[claim.id]:
                yield claim.statement, m


_STATEMENT_FIGURES: PerCase[dict[str, list[NumberMention]]] = PerCase(
    lambda case: {claim.id: extract_numbers(claim.statement) for claim in case.claims})


_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) that holds ``pos`` starts."""
    return max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, pos)), default=0)


def _sentence_names(text: str, span: tuple[int, int], names: frozenset[str]) -> frozenset[str]:
    """Stems of the source-name words in the sentence (or line) around ``span``."""
    start = _sentence_start(text, span[0])
    end = _SENTENCE_BREAK.search(text, span[1])
    words = _WORD_RE.findall(text, start, end.start() if end else len(text))
    return frozenset(w for w in (_stem(x.lower()) for x in words) if w in names)


_WHOSE = re.compile(r"\b(?:per|according\s+to|by)\s+(?:the\s+)?([A-Za-z][\w-]*)|\(\s*(?:the\s+)?([A-Za-z][\w-]*)|"
                    r"\b([A-Za-z][\w-]*)['’]s?(?=\s)")


def _whose(referent: str, names: frozenset[str]) -> frozenset[str]:
    """The sources a referent names as the figure's giver: "coast guard's estimate of oil spilled", "injured (fire
    service)", "strikers per the union", "deaths according to the ministry" (stems of source-name words)."""
    found = (_stem(w.lower()) for m in _WHOSE.finditer(referent) for w in m.groups() if w)
    return frozenset(w for w in found if w in names)


BESIDE_WORDS = 5
"""Words on either side of a figure in a claim's statement that :func:`_beside_in_statements` keeps."""


def _beside_in_statements(case: Case, n: Number) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the words next to the figure in the statements of the claims that state it ("71 people were killed,
    all civilians": people, were, killed, all, civilian): how the case itself describes what it counts; and of
    the word before it and the two after it ("killed 23 fighters, including": killed, fighter, including)."""
    out: set[str] = set()
    near: set[str] = set()
    for text, m in _statement_figures(case, n):
        if not same_figure(m.value, n.value, 0.0):
            continue
        end = min(i for i in (text.find(";", m.span[1]), len(text)) if i >= 0)
        before = _WORD_RE.findall(text, max(0, text.rfind(";", 0, m.span[0]) + 1), m.span[0])[-BESIDE_WORDS:]
        after = _WORD_RE.findall(text, m.span[1], end)[:BESIDE_WORDS]
        # (irregular verbs of change in their base form, as a summary's clause is read: "rose" is "rise")
        out |= {_change_stem(w) for w in (*before, *after)}
        near |= {_change_stem(w) for w in (*before[-1:], *after[:2])}
    return frozenset(out), frozenset(near)


def _change_stem(word: str) -> str:
    """A word's stem with an irregular verb of change in its base form ("rose" -> "rise"), as a clause is read."""
    low = word.lower()
    return _stem(lex.IRREGULAR_CHANGE_VERBS.get(low, low))


_CASE_NUMBERS: PerCase[tuple[_CaseNum, ...]] = PerCase(_build_case_numbers)


# a single newline only wraps prose; a comma or point between digits is part of a figure ("860,000", "4.1")
# (a run of plain characters is taken in one step, not one character per repetition of the group)
_CLAUSE_RE = re.compile(r"(?:[^,;:.!?()\[\]—–\n]++|(?<=\d)[.,](?=\d)|\n(?!\s*\n))+")


@functools.lru_cache(maxsize=65536)
def _content_words(text: str, keep_proper: bool) -> frozenset[str]:
    """Stems of the content words of ``text`` (proper nouns after the first word only with ``keep_proper``); a pure
    function, cached: the few words around a figure recur from summary to summary."""
    out = set()
    for i, m in enumerate(_WORD_RE.finditer(text)):
        w = m.group(0)
        low = w.lower()
        if len(low) < 3 or low in lex.NOUN_STOP or low in _NUMBER_WORDS or low in lex.GENERIC_MEASURE_WORDS:
            continue
        if not keep_proper and i > 0 and any(ch.isupper() for ch in w):
            continue
        out.add(_change_stem(low))
    return frozenset(out)


_HEAD_END = frozenset("who which that whose of in on at by for from to with under over since during as per and or "
                      "than after before between".split())


def _referent_head(referent: str) -> frozenset[str]:
    """The head noun of a referent: the last word before a preposition, relative pronoun or participle
    ("riders who tested positive" -> rider, "people crossing in small boats" -> people)."""
    head = before = ""
    for w in _WORD_RE.findall(referent.split("(")[0]):
        low = w.lower()
        if head and (low in _HEAD_END or low.endswith(("ing", "ed"))):
            break
        if low not in lex.NOUN_STOP and low not in _NUMBER_WORDS and low not in lex.GENERIC_MEASURE_WORDS \
                and not low.isdigit():
            head, before = low, head
    if len(head) <= 2:
        return frozenset()
    # a head that only holds what its modifier names counts that ("seizure cases": 19 seizures are 19 cases)
    if head in _CONTAINER_HEADS and len(before) > 2:
        return frozenset({_stem(head), _stem(before)})
    return frozenset({_stem(head)})


_CONTAINER_HEADS = frozenset({"cases", "case", "incidents", "incident", "instances", "episodes", "reports"})


def _referent_words(referent: str) -> frozenset[str]:
    """Content words of a case number's referent, without proper nouns (they name sources)."""
    return _content_words(referent, keep_proper=False)


def _clause_words(text: str, span: tuple[int, int], window: int = 4, lo: int = 0,
                  hi: int | None = None, clauses: list[tuple[int, int]] | None = None,
                  whole_after: bool = False) -> frozenset[str]:
    """Words that may name what a figure measures: up to ``window`` words before it in its clause,
    and the word or "of the ..." phrase right after it ("turnout was 61%", "61% of the vote"), or with
    ``whole_after`` up to ``window`` words after it ("14 km inside Valdorian airspace").
    ``lo``/``hi`` stop the look-around at the neighbouring figures, whose words are theirs; ``clauses`` are the
    text's clause spans (:func:`_clauses`) when already known."""
    hi = len(text) if hi is None else hi
    if clauses is None:
        clauses = _clauses(text)
    i = bisect_right(clauses, span[0], key=_span_start) - 1
    if i >= 0 and clauses[i][0] <= span[0] < clauses[i][1]:
        start, end = clauses[i]
        before = _WORD_RE.findall(text, max(start, lo), span[0])[-window:]
        after = _WORD_RE.findall(text, span[1], min(end, hi))[:window + 1]
        # a rate's abbreviation left after the unit ("450 m³/s treaty minimum": "s") is no word of what it measures
        after = after[1:] if text.startswith("/", span[1]) and after and len(after[0]) <= 3 else after[:window]
        if after[:1] == ["in"] and len(after) > 1 and after[1][:1].islower() and after[1] not in _NUMBER_WORDS \
                and not units.UNIT_RE.fullmatch(after[1]):
            after = after[1:2]  # "€860,000 in grants" (not "in five days", "in Kessel")
        if not whole_after:
            after = after[1:3] if after[:1] == ["of"] else after[:1]  # "61% of the vote"
        return _content_words(" ".join(["x", *before, *after]), keep_proper=True)
    return frozenset()


WIDE_WINDOW = 12
"""Words of a figure's clause read before it when asking whether the clause names the figure's own referent at all
(a clause that does is not about a rival figure's referent)."""

# a comparison's standard: "above the required 450", "short of the 450 m³/s minimum" (not "above 450": a bound)
_STANDARD_BEFORE = re.compile(r"\b(?:above|below|under|exceed(?:s|ed|ing)?|short\s+of|beyond|than)\s+"
                              r"(?:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _wide_words(text: str, span: tuple[int, int], lo: int, hi: int | None, clauses: list[tuple[int, int]],
                names: frozenset[str]) -> frozenset[str]:
    """:data:`WIDE_WINDOW` words of the figure's clause on each side of it, the case's source names left out."""
    return _clause_words(text, span, window=WIDE_WINDOW, lo=lo, hi=hi, clauses=clauses, whole_after=True) - names


def is_comparison_standard(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is what something is compared with ("releases above the required 450
    m³/s"), not a figure the clause states of its subject."""
    return _STANDARD_BEFORE.search(text, max(0, span[0] - 40), span[0]) is not None


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the text's clauses (:data:`_CLAUSE_RE`), in text order, found once for all its figures."""
    return [m.span() for m in _CLAUSE_RE.finditer(text)]


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _m_factor(m: NumberMention) -> float:
    if m.measure is not None and m.dimension in units.MEASURE_DIMENSIONS:
        return m.measure.factor
    return 1.0


# a bare "C" after a figure, and a word of weather or heat near it: degrees Celsius ("38.4 C" in "temperatures
# peaked at 38.4 C"; alone, "C" may be a grade or a section; Fahrenheit, never compared by key with Celsius, is left
# to "°F")
_TEMPERATURE_LETTER = re.compile(r"[\s\u00a0]?(?P<unit>C)(?![\w°/&-])(?!\.\w)")
_TEMPERATURE_WORDS = re.compile(r"\b(?:temperatures?|heat|heatwave|hot|hottest|warm|warmest|cold|coldest|freezing|"
                                r"weather|forecasts?|degrees|thermometers?|peak(?:ed|ing)?)\b", re.I)
_DEGREES_BEFORE = re.compile(r"\d\s?(?:°\s?)?C\b")  # another figure in degrees just before: "from 31 C to 38.4 C"


def _temperature_letter(text: str, start: int, end: int) -> tuple[Unit, int] | None:
    """Degrees Celsius for a bare "C" after a figure of at most three digits, when a word of temperature stands
    within the 60 characters before it or 30 after."""
    m = _TEMPERATURE_LETTER.match(text, end)
    if m is None or not re.fullmatch(r"-?\d{1,3}(?:\.\d+)?", text[start:end]) or not (
            _TEMPERATURE_WORDS.search(text, max(0, start - 60), min(len(text), m.end() + 30))
            or _DEGREES_BEFORE.search(text, max(0, start - 40), start)):
        return None
    return Unit("temperature", m.group("unit").lower()), m.end()


def _noun_matches(m: NumberMention, c: _CaseNum, referent: bool = True) -> bool:
    """Whether the mention's counted noun is the case number's: its unit, a synonym, an event's noun, or
    (with ``referent``) a word of the author's referent."""
    if m.unit is None or m.dimension not in {"count", None}:
        return False
    if m.measure is not None and m.measure.referent and m.measure.referent[0] in _EVENT_NOUNS and \
            _EVENT_NOUNS[m.measure.referent[0]] & c.nouns:
        return True  # "killed 112 people" counts deaths, "infected 4,212 people" cases, "63 arrested" arrests
    forms = _noun_forms(m.unit)
    if forms & c.nouns or (forms & _DEATH_FORMS and c.nouns & _DEATH_FORMS):
        return True  # the same noun, or two words for a death toll ("11 dead" for 11 deaths)
    if referent and c.dimension == "count" and any(f.endswith("ee") and len(f) > 6 and any(
            w.startswith(f[:-2]) for w in c.ref_words) for f in forms):
        return True  # "180 new appointees" for new judges "appointed", "detainees" for people "detained"
    if c.dimension == "count" and any(n.endswith("ee") and len(n) > 6 and any(
            w.startswith(n[:-2]) and w.endswith("ed") for w in m.unit.lower().split()[:-1]) for n in c.nouns):
        return True  # "11 detained union officials" for 11 detainees, "40 evacuated residents" for 40 evacuees
    if referent and c.dimension == "count" and any(_verbal_root(f) in _past_roots(c.ref_words) for f in forms):
        return True  # "1,940 rescues" for 1,940 people "rescued", "412,600 removals" for names "removed"
    if referent and (c.dimension == "count" or c.num.unit.strip().lower() == "times") and forms & c.ref_head:
        # the noun the author's referent uses ("nine riders" for 9 cyclists, "riders who tested positive"; "19
        # scrambles" for 19 "times" whose referent is "Valdorian scrambles")
        return True
    if referent and c.dimension == "count" and forms & c.next_to:
        return True  # the noun the claim's statement puts beside the figure: "1,146 cases" where it says "verified
        # 1,146 cases of children recruited" and the number counts "children"
    # the case's own statement describes the counted people so: "71 civilians" where it says "71 people were
    # killed, all civilians"; "the 23 dead" where it says "killed 23 fighters" or its referent is "miners confirmed
    # dead" (a toll of "people" is the event rule's: "27 people dead" does not make every "deaths" its own)
    if forms & _PERSON_GROUPS and c.nouns & _PEOPLE and forms & c.beside:
        return True
    if c.dimension == "count" and any(_compound_head(f, n) or _compound_head(n, f) for f in forms for n in c.nouns):
        return True  # a compound's head for the compound: "347 quakes" for 347 earthquakes
    if forms & _DEATH_FORMS and c.dimension == "count" and c.nouns and (
            (not c.nouns & lex.PERSON_NOUNS and (c.next_to | c.ref_words) & _DEATH_FORMS)
            or (c.nouns & lex.PERSON_NOUNS and _DEATH_REFERENT.search(c.num.referent or ""))):
        return True  # ... and "nine dead" for 9 people whose referent is "people killed"
    if c.nouns & lex.ANIMAL_NOUNS and _stem(m.unit.split()[-1]) in lex.ANIMAL_KINDS:
        return True  # "212 whales and dolphins", "97 beaked whales" for a case's "dead animals"
    # "people" for a group of people ("3,100 people a month" for migrants); not the reverse, which may narrow
    # the figure to a group it does not count ("298 Dutch citizens" for 298 people); a body is a person too ("the
    # remains of 143 people" for 143 bodies)
    return bool(forms & lex.PERSON_NOUNS and c.nouns & (_PERSON_GROUPS | _BODY_NOUNS))


def _compound_head(head: str, compound: str) -> bool:
    """Whether ``head`` is the last part of the closed compound ``compound`` ("quakes" of "earthquakes",
    "workers" of "steelworkers"): both parts at least five letters, so "cases" is no head of "staircase" and
    "fighters" none of "firefighters"."""
    return len(head) >= 5 and len(compound) - len(head) >= 5 and compound.endswith(head)


def _verbal_root(noun: str) -> str | None:
    """The verb a counted noun names the act of ("rescue", "removal", "deportation": rescu, remov, deport), or None
    for a root under five letters (too short to tell a verb: "call", "case")."""
    root = re.sub(r"(?:ation|ion|al|ment|e)$", "", noun)
    return root if len(root) >= 5 else None


@functools.lru_cache(maxsize=4096)
def _past_roots(words: frozenset[str]) -> frozenset[str]:
    """The roots of the past participles among a referent's words ("rescued": rescu; "removed": remov)."""
    return frozenset(re.sub(r"e?d$", "", w) for w in words if w.endswith("ed") and len(w) > 6)


_BODY_NOUNS = frozenset({"bodies", "body", "remains", "corpses", "corpse"})




def _death_referent(text: str, start: int, end: int, noun: str) -> tuple[str, ...]:
    """What a count of people is the toll of, from the words beside it: ("killed",) for "killed 112 people" or
    "112 people died", ("infected",) for "infected 4,212 people", and so on (``EVENT_CUES``); () otherwise."""
    if _stem(noun) not in _TOLL_SUBJECTS:
        return ()
    # a verb before the figure governs it ("infected 4,212 people and killed 38", "killed 14 and wounded 37");
    # else the nearest after it ("112 people died"); on a tie, deaths first (EVENT_CUES's order)
    sides = ((text[max(0, start - 25):start], lambda h: -h.end()), (text[end:end + 30], lambda h: h.start()))
    for window, nearest in sides:
        best: tuple[int, str] | None = None
        for event, cue in _EVENT_CUE_RES.items():
            for hit in cue.finditer(window):
                if best is None or nearest(hit) < best[0]:
                    best = (nearest(hit), event)
        if best:
            return (best[1],)
    return ()


_EVENT_CUE_RES = {event: re.compile(r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, cues)) + r")(?![A-Za-z])", re.I)
                  for event, (cues, _nouns) in lex.EVENT_CUES.items()}
_EVENT_NOUNS = {event: frozenset(_stem(w) for w in nouns) for event, (_cues, nouns) in lex.EVENT_CUES.items()}
_DEATH_FORMS = _EVENT_NOUNS["killed"]
_PERSON_GROUPS = frozenset(_stem(w) for w in lex.PERSON_GROUP_NOUNS) | lex.PERSON_GROUP_NOUNS
_PEOPLE = _PERSON_GROUPS | frozenset(_stem(w) for w in lex.PERSON_NOUNS) | lex.PERSON_NOUNS
_DEATH_REFERENT = re.compile(r"\b(?:killed|dead|died|deaths?)\b", re.I)
# what a toll counts: people, men, women ("three men died" is a death toll; a group's noun, "civilians", is its own)
_TOLL_SUBJECTS = lex.PERSON_NOUNS | frozenset(_stem(w) for w in ("man", "men", "woman", "women", *lex.PERSON_NOUNS))
_CAPACITY = frozenset(_stem(w) for w in lex.CAPACITY_NOUNS) | lex.CAPACITY_NOUNS


def _rate_conversion(m: NumberMention, c: _CaseNum) -> float | None:
    """Factor from the mention's rate to the case number's ("per hour" -> "per second"); 1.0 when
    either states no rate; None when they cannot convert ("per person" against "per year")."""
    mp = m.measure.per if m.measure is not None else None
    if mp is None or c.unit.per is None:
        return 1.0  # the common case: no rate on one side
    return units.rate_conversion(mp, c.unit.per)


def _rate_differs(m: NumberMention, c: _CaseNum) -> bool:
    """Both state a rate and the rates differ: 640 "per hour" for 640 "per second"."""
    mp = m.measure.per if m.measure else None
    return mp is not None and c.unit.per is not None and not units.same_rate(mp, c.unit.per)


def _rate_text(u: Unit | None) -> str:
    return str(u.per) if u is not None and u.per is not None else "no rate"


def _compat(m: NumberMention, c: _CaseNum, nums: Sequence[_CaseNum]) -> str | None:
    """Match stage: how the mention's unit relates to a case number: same | bare | unknown | None."""
    if m.kind == "year" or c.dimension == "year":
        return "same" if m.kind == "year" and c.dimension == "year" else None
    if c.dimension == "date" and m.dimension != "date":
        return None  # a day of a month is matched as a date, never as a count ("a difference of 14 tonnes")
    if m.kind == "ratio":
        return "same" if c.dimension == "ratio" or (c.dimension == "percent" and m.value < 1) else None
    if m.unit is None:  # a bare figure, or one with only a rate ("38 per 1,000 residents")
        if m.measure is None:
            return "bare"
        # a rate is no plain amount: "38 per 1,000 residents" is not the 40 tonnes spilled
        return "bare" if c.unit.per is not None and _rate_conversion(m, c) is not None else None
    if _rate_conversion(m, c) is None:
        return None
    if m.dimension in lex.UNIT_GROUPS or m.dimension == "currency":
        if c.dimension == m.dimension and (m.dimension not in {"currency", "temperature"} or c.key == m.unit
                                           or m.unit == "cent" and c.key in lex.CENT_CURRENCIES):
            return "same"
        return None
    if _noun_matches(m, c):
        return "same"
    if c.dimension == "currency" and m.dimension == "count" and _stem(m.unit.split()[-1]) in lex.MONEY_NOUNS:
        return "bare"  # "the 18 million cap" for 18 million crowns: the noun says what the money is
    if c.dimension == "count" and not _any_noun_matches(m, nums):
        return "unknown"
    return None


_NOUN_MEMO: tuple[object, object, bool] = (None, None, False)
"""The last (mention, case numbers, answer) of :func:`_any_noun_matches`: one mention is matched against every
case number in turn, each asking the same question."""


def _any_noun_matches(m: NumberMention, nums: Sequence[_CaseNum]) -> bool:
    """Whether the mention's counted noun is any case number's (without referents); remembered for the last mention
    and tuple of case numbers (both immutable), so that matching a mention against n numbers costs n, not n²."""
    global _NOUN_MEMO
    memo = _NOUN_MEMO
    if memo[0] is m and memo[1] is nums:
        return memo[2]
    found = any(_noun_matches(m, o, referent=False) for o in nums)
    if isinstance(nums, tuple):
        _NOUN_MEMO = (m, nums, found)
    return found


_COMPAT_MEMO: tuple[object, object, tuple[str | None, ...]] = (None, None, ())

_COMPAT_BY_UNIT: PerCase[dict[tuple[object, ...], tuple[str | None, ...]]] = PerCase(lambda nums: {})
"""Per tuple of case numbers: :func:`_compats` by the mention's unit reading (:func:`_unit_reading`)."""


def _unit_reading(m: NumberMention) -> tuple[object, ...]:
    """Every field of a mention that :func:`_compat` reads: mentions alike in these match alike."""
    return m.kind, m.dimension, m.unit, m.measure, m.kind == "ratio" and m.value < 1


def _compats(m: NumberMention, nums: Sequence[_CaseNum]) -> tuple[str | None, ...]:
    """:func:`_compat` of the mention with each case number, in order; remembered for the last mention and tuple of
    case numbers (the match stage and the derived check ask for the same list), and per tuple of case numbers by
    the mention's unit reading (most figures of a summary read alike: bare, a percentage, people)."""
    global _COMPAT_MEMO
    memo = _COMPAT_MEMO
    if memo[0] is m and memo[1] is nums:
        return memo[2]
    if type(nums) is not tuple:
        return tuple(_compat(m, c, nums) for c in nums)
    by_unit = _COMPAT_BY_UNIT.get(nums)
    key = _unit_reading(m)
    out = by_unit.get(key)
    if out is None:
        out = tuple(_compat(m, c, nums) for c in nums)
        if len(by_unit) >= _COMPAT_BY_UNIT_MOST:
            by_unit.clear()
        by_unit[key] = out
    _COMPAT_MEMO = (m, nums, out)
    return out


_COMPAT_BY_UNIT_MOST = 4096  # unit readings kept per tuple of case numbers (a case's summaries use a few dozen)


def _m_base(m: NumberMention, c: _CaseNum) -> float:
    """The mention's value in the case number's base unit (and rate)."""
    if m.kind == "ratio" and c.dimension == "percent":
        return m.value * 100
    rate = _rate_conversion(m, c) or 1.0
    if m.dimension in lex.UNIT_GROUPS and c.dimension == m.dimension:
        return m.value * _m_factor(m) * rate
    if m.unit is None and m.measure is None and m.kind != "ratio" and m.value == c.num.value and \
            (c.dimension == "duration" or c.dimension in lex.UNIT_GROUPS and m.qualifier in {None, c.num.qualifier}):
        # a bare figure that is the case's own figure, in its time unit: "children under five" (years of age); not a
        # rounding of it ("the toll rose to 25" is no 24 hours); so is a measure's figure with its own qualifier, its
        # unit left to the figure it is set against ("70 grams per litre against about 38 in the bay")
        return m.value * c.factor
    return m.value * rate


def _m_step(m: NumberMention, c: _CaseNum) -> float | None:
    """The precision the mention states, in the case number's base unit."""
    if m.step is None or m.kind == "ratio":
        return None
    return abs(_m_base(m, c) / m.value) * m.step if m.value else m.step


def _close(m: NumberMention, c: _CaseNum) -> bool:
    """Whether the mention (with its qualifier and written precision) rounds the case figure."""
    x = _m_base(m, c)
    # :func:`_m_step` on this base, read once
    step = None if m.step is None or m.kind == "ratio" else abs(x / m.value) * m.step if m.value else m.step
    return tolerance.rounds(x, step, c.base, c.explicit_tol, m.qualifier, case_about=c.num.qualifier == "about")


Interval = tuple[float, bool, float, bool]  # lo, lo_open, hi, hi_open


def _summary_interval(x: float, q: str | None, tol: float) -> Interval | None:
    if q == "more":
        return (x, True, math.inf, True)
    if q == "less":
        return (-math.inf, True, x, True)
    if q == "about":
        a = max(tol, tolerance.ABOUT_RELATIVE)
        return (x * (1 - a), False, x * (1 + a), False)
    return None


def _case_interval(c: _CaseNum) -> Interval:
    v, q = c.base, c.num.qualifier
    if q == "more than":
        return (v, True, math.inf, True)
    if q == "at least":
        return (v, False, math.inf, True)
    if q == "less than":
        return (-math.inf, True, v, True)
    if q in {"up to", "at most"}:
        return (-math.inf, True, v, False)
    if q == "about":
        a = max(c.tol, tolerance.ABOUT_RELATIVE)
        return (v * (1 - a), False, v * (1 + a), False)
    return (v, False, v, False)


def _overlap(a: Interval, b: Interval) -> bool:
    lo, lo_open = max((a[0], a[1]), (b[0], b[1]), key=lambda t: (t[0], t[1]))
    hi, hi_open = min((a[2], a[3]), (b[2], b[3]), key=lambda t: (t[0], not t[1]))
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def _qualifier_ok(x: float, m: NumberMention, c: _CaseNum) -> bool:
    """A plain summary figure never contradicts; a qualified one must overlap the case's interval. A bar ("readings
    above the 15 ppb action level") is compared with, not bounded: no qualifier contradicts it."""
    if m.qualifier in {"more", "less"} and m.kind != "ratio" and _is_threshold(c.num.referent or "", c.num.unit):
        return True
    if m.qualifier in {"more", "less"} and _BAR_IN_REFERENT[m.qualifier].search(c.num.referent or ""):
        return True  # "slopes above 2,000 metres" for the "altitude above which closing was advised": a bar
    if m.qualifier in {"more", "less"} and c.num.qualifier in {"exact", "about"}:
        # against a point figure, a bound must hold for the figure itself: "fewer than 300,000" does not
        # describe about 330,000, "over 170" does describe 180
        if c.num.qualifier == "about" or m.inclusive:  # "almost two years" for about two years; "up to 9" for 9
            return c.base >= x if m.qualifier == "more" else c.base <= x
        # (beyond a conversion's rounding: 18 months is 547.92 days, a year and a half 547.875)
        apart = abs(c.base - x) > 1e-3 * abs(x)
        return apart and (c.base > x if m.qualifier == "more" else c.base < x)
    s = _summary_interval(x, m.qualifier, c.tol)
    return True if s is None else _overlap(s, _case_interval(c))


# a referent that makes its figure a bar of that direction: "altitude above which ...", "children under ..."
_BAR_IN_REFERENT = {"more": re.compile(r"\b(?:above|over|more\s+than|beyond)\s+(?:which|whom)\b", re.I),
                    "less": re.compile(r"\b(?:below|under|less\s+than|within)\s+(?:which|whom)\b", re.I)}
_THRESHOLD_RE = re.compile(r"\b(?:" + "|".join(sorted(lex.THRESHOLD_NOUNS, key=len, reverse=True)) + r")\b", re.I)


@functools.lru_cache(maxsize=4096)
def _is_threshold(referent: str, unit: str) -> bool:
    """Whether a case number is a bar others are measured against: its referent's head phrase (before any preposition)
    or its unit names a limit, threshold, ceiling ... ("deposit guarantee limit per depositor", not "losses of savers
    above the limit")."""
    head = _REFERENT_PREPOSITION.split(referent, maxsplit=1)[0]
    return bool(_THRESHOLD_RE.search(head) or _THRESHOLD_RE.search(unit) or _TRIGGER_LEVEL.search(referent))


# a level that sets off an action is a bar: "blood lead level calling for medical follow-up", "the level that
# triggers an alert"
_TRIGGER_LEVEL = re.compile(r"\blevels?\s+(?:that\s+|which\s+)?(?:calls?|calling|triggers?|triggering|requires?|"
                            r"requiring|prompts?|prompting|warrants?|warranting|sets?\s+off|setting\s+off)\b", re.I)


_REFERENT_PREPOSITION = re.compile(r"\b(?:of|for|per|above|below|over|under|in|on|at|by|from|with|to|than|after|"
                                   r"before|since|during|among|against|within)\b", re.I)


def _swapped_digits(x: float, v: float) -> bool:
    """Two digits of a figure swapped (342,000 for 324,000): close in size, yet a different figure."""
    xs, vs = f"{x:.0f}", f"{v:.0f}"
    return x != v and x == int(x) and v == int(v) and len(xs) == len(vs) >= 3 and sorted(xs) == sorted(vs) \
        and sum(a != b for a, b in zip(xs, vs, strict=True)) == 2


def _digit_slip(x: float, v: float) -> bool:
    """A digit swap (24 for 42) or a power-of-ten slip (5,000 for 500)."""
    if x == v or x <= 0 or v <= 0:
        return False
    r = math.log10(x / v)
    if abs(r - round(r)) < 1e-9 and 1 <= abs(round(r)) <= 2:
        return True
    xs, vs = f"{x:g}", f"{v:g}"
    return len(vs) >= 2 and xs != vs and sorted(xs) == sorted(vs)


def _share_of(a: _CaseNum, b: _CaseNum) -> bool:
    """Whether percentage ``b`` can be a share of figure ``a``: one claim's figures, or the percentage's "of" naming
    what ``a`` counts ("percent of registered voters") or what its referent says it is ("percent of annual
    turnover" of a figure whose referent is "Halvorsen's annual turnover")."""
    if a.claims & b.claims:
        return True
    of = {_stem(w) for w in b.unit.referent}
    return bool(of & a.nouns or (of and of <= {_stem(w) for w in a.ref_plain}))


def _share_pair(a: _CaseNum, b: _CaseNum) -> bool:
    """Whether ``a / b`` may be a ratio or share: figures of one measure, a rate with a rate of the same base ("90 a day
    / 118 per 100,000" is no share of anything, nor 14 cases / 4.1 cases per 100,000), and no years or days of a
    month (March 14 / March 4 is no "3.6 times" of anything)."""
    return a.dimension == b.dimension and a.dimension not in {"year", "date"} and \
        bool(a.key == b.key or a.nouns & b.nouns) and units.same_rate(a.unit.per, b.unit.per)


def _derived_slack(m: NumberMention, x: float, d: float) -> float:
    """How far a figure ``x`` (the mention in a case figure's base unit) may stand from an arithmetic result ``d``
    and still be that result: 3% (or half a unit, for a whole figure under 100), unless the summary writes the
    figure to three significant digits or more with no word of approximation: "6,353 votes" claims that precision
    and is no rounding of a 6,535-vote margin (within its written step or 0.5%)."""
    rounding = tolerance.DERIVED_ROUNDING if 2 <= abs(d) < 100 and x == round(x) else 0.0
    loose = max(tolerance.DERIVED_RELATIVE * abs(d), rounding)
    if m.qualifier is None and m.step and m.value and m.step * 200 < abs(m.value):
        return min(loose, max(2 * abs(x / m.value) * m.step, PRECISE_DERIVED_RELATIVE * abs(d)))
    return loose


PRECISE_DERIVED_RELATIVE = 0.005
"""How far from an arithmetic result a figure written to three or more significant digits, with no word of
approximation, may stand (:func:`_derived_slack`)."""


def _derived(m: NumberMention, nums: Sequence[_CaseNum],
             multiple_ok: Callable[[_CaseNum], bool] | None = None) -> str | None:
    """Explain the mention as simple arithmetic on case numbers, or return None. ``multiple_ok`` says of a case
    number whether a small multiple or fraction of it (x 2, / 3) may explain the mention (default: any). Times of
    day are no operands ("44 drones" is no 41 drones + "3 a.m.")."""
    nums = _ARITHMETIC_NUMS.get(nums) if type(nums) is tuple else [c for c in nums if not c.clock]
    table = _DERIVED_TABLES.get(nums) if type(nums) is tuple else None
    if table is not None and table.usable:
        how = table.explain(m, nums, multiple_ok)
        if how is not _SLOW:
            return how
    # arithmetic only on figures of the same kind: "12,000 households" is not 4 × 2,975 deaths
    ops = [c for c, k in zip(nums, _compats(m, nums), strict=True) if k in {"same", "bare"} and c.dimension != "year"]

    def near(x: float, d: float) -> bool:
        # "21 points" for 21.4: a whole figure may round a result between 2 and 100 to the unit
        return d != 0 and abs(x - d) <= _derived_slack(m, x, d) + tolerance.EPS

    for a in ops:
        x = _m_base(m, a)
        if m.kind == "ratio":
            continue
        if a.dimension == "percent" and near(x, 100 - a.base):
            return f"100 - {a.num.id}"
        # "70% / 4" explains nothing, nor does "four" as 2 x 2: a multiple of a small count is a coincidence
        for k in (2, 3, 4) if a.dimension not in {"percent", "pp"} and x >= DERIVED_MULTIPLE_MIN and \
                (multiple_ok is None or multiple_ok(a)) else ():
            if near(x, a.base * k):
                return f"{a.num.id} x {k}"
            if near(x, a.base / k):
                return f"{a.num.id} / {k}"
        for b in nums:
            if b is a or b.dimension == "year":
                continue
            # figures that belong together: one claim's, or one measure of one thing (same unit key); the
            # deaths one side counts plus the patients another counts are no total of anything
            together = _together(a, b)
            if b.dimension == a.dimension and together:
                if near(x, a.base + b.base):
                    return f"{a.num.id} + {b.num.id}"
                if near(x, a.base - b.base):
                    return f"{a.num.id} - {b.num.id}"
            if b.base and b.dimension == a.dimension and together and near(x, a.base / b.base):
                return f"{a.num.id} / {b.num.id}"  # a share of one measure
            if _per_figure(m, b) and near(x, a.base / b.num.value):
                # a total over the figure the rate is per: "52 km2 a day", "$13,500 per family"
                return f"{a.num.id} / {b.num.id}"
            # a share of a count that belongs with it: one claim's, or "percent of registered voters" of 6.2
            # million registered voters
            of_it = _share_of(a, b)
            if b.dimension == "percent" and a.dimension != "percent" and of_it and \
                    near(x, a.base * b.base / 100):
                return f"{b.num.id} of {a.num.id}"  # "some 13,200" for 91% of 14,500
    pairs = [(a, b) for a in nums for b in nums if a is not b and _share_pair(a, b)]
    for a, b in pairs:
        if not b.base:
            continue
        if m.kind == "ratio" and _ratio_fits(m, a.base / b.base):
            return f"{a.num.id} / {b.num.id}"
        if m.dimension == "percent" and near(m.value, 100 * a.base / b.base):
            return f"{a.num.id} / {b.num.id} as percent"
    how = _rate_product(m, nums, near)
    if how:
        return how
    years = [c for c in nums if c.dimension == "year"]
    if m.dimension == "duration" and m.unit == "year":
        for a in years:
            for b in years:
                if a is not b and m.value == a.num.value - b.num.value:
                    return f"{a.num.id} - {b.num.id}"
    days = [c for c in nums if c.dimension == "date"]
    if m.dimension == "duration" and m.unit == "day":
        # "two days after the spill": the days between two dates of one month (Sept 26 and Sept 28)
        for a in days:
            for b in days:
                if a is not b and a.key == b.key and m.value == a.num.value - b.num.value:
                    return f"{a.num.id} - {b.num.id}"
    return None


def _percent_change(m: NumberMention, nums: Sequence[_CaseNum]) -> str | None:
    """The mention as the percentage change between two figures of one claim in one unit ("72 night flights
    instead of 48, a 50% increase"; "cut from 40 to 30, a 25% cut"), or None."""
    for a in nums:
        if not a.base or a.dimension in {"year", "date", "percent", "pp"}:
            continue
        for b in nums:
            if b is a or b.dimension != a.dimension or b.key != a.key or not (a.claims & b.claims) or \
                    b.base == a.base:
                continue
            change = 100 * abs(b.base - a.base) / a.base
            if change >= 1 and abs(m.value - change) <= max(tolerance.DERIVED_RELATIVE * change, 0.5):
                return f"{b.num.id} against {a.num.id} as percent change"
    return None


def _rate_product(m: NumberMention, nums: Sequence[_CaseNum], near: Callable[[float, float], bool]) -> str | None:
    """The mention as a case rate applied to a case figure of what the rate is per: "38 per 10,000
    residents" in a district of 31,000 residents is about 118 admissions; 140,000 barrels a day at 78
    dollars a barrel is about 11 million dollars a day; "2.3 per 1,000 vehicles" is one in 435."""
    for a in nums:
        per = a.unit.per
        if per is None or not per.base or not a.base or a.dimension == "year":
            continue
        if m.kind == "ratio":
            if per.dimension == "count" and abs(m.value - a.base / per.base) <= tolerance.ABOUT_RELATIVE * m.value:
                return f"{a.num.id} as one in {per.base / a.base:,.0f}"
            continue
        fits = m.unit is None or (m.dimension == a.dimension and (
            a.dimension != "count" and (a.dimension not in {"currency", "temperature"} or m.unit == a.key)
            or a.dimension == "count" and _noun_matches(m, a)))
        if not fits:
            continue
        for b in nums:
            if b is a or b.dimension != per.dimension or not b.base:
                continue
            if per.dimension == "count" and _stem(per.key) not in b.nouns | {b.key}:
                continue  # a rate per resident applies to a count of residents, not of households
            if near(_m_base(m, a), a.base * b.base / per.base):
                return f"{a.num.id} x {b.num.id}"
    return None


def _points_difference(m: NumberMention, nums: Sequence[_CaseNum]) -> str | None:
    """The mention in percentage points as the difference of two case percentages ("some 4.3 points above the
    official 8.7 percent" for 13 and 8.7), or None."""
    pcts = [c for c in nums if c.key == "percent"]
    for a in pcts:
        for b in pcts:
            d = a.base - b.base
            if a is not b and d > 0 and abs(m.value - d) <= max(tolerance.DERIVED_RELATIVE * d, 0.05):
                return f"{a.num.id} - {b.num.id}"
    return None


def _ratio_fits(m: NumberMention, r: float) -> bool:
    """Whether a ratio mention states the ratio ``r`` of two case figures: within :data:`tolerance.ABOUT_RELATIVE`,
    or, for a bound, one that holds and is not far off ("more than six times" for 120,000 against 18,000, 6.7)."""
    if m.qualifier == "more":  # a bound must hold: "more than seven times" is not 6.7
        return m.value <= r <= m.value * (1 + 2 * tolerance.BOUND_RELATIVE)
    if m.qualifier == "less":
        return m.value * (1 - 2 * tolerance.BOUND_RELATIVE) <= r <= m.value
    return abs(m.value - r) <= tolerance.ABOUT_RELATIVE * m.value


def _together(a: _CaseNum, b: _CaseNum) -> bool:
    """Whether two case figures belong together for arithmetic: one claim's, one measure of one thing (same unit
    key), two counts of people ("168 passengers and six crew" are 174 people aboard), or people and the places
    for them ("42,600 people in a 38,000-seat stadium": 4,600 over)."""
    return bool(a.claims & b.claims) or b.key == a.key or (
        a.dimension == b.dimension == "count" and bool(a.nouns & _PEOPLE | a.nouns & _CAPACITY)
        and bool(b.nouns & _PEOPLE | b.nouns & _CAPACITY) and bool((a.nouns | b.nouns) & _PEOPLE)) or (
        # two death tolls ("412 confirmed heat deaths" and "about 2,870 excess deaths": 2,460 more)
        a.dimension == b.dimension == "count" and bool(a.nouns & _DEATH_FORMS) and bool(b.nouns & _DEATH_FORMS))


def _per_figure(m: NumberMention, b: _CaseNum) -> bool:
    """Whether the mention is a rate per what the case number ``b`` measures or counts ("per family" for 310
    families, "a day" for 5 days, "per hectare" for 340 hectares); not a scaled rate ("per 100,000 people")."""
    per = m.measure.per if m.measure is not None else None
    if per is None or per.size != 1 or not b.num.value or b.dimension != per.dimension:
        return False
    return per.dimension != "count" or _stem(per.key) in b.nouns | {b.key}


_SLOW = "\0slow"
"""What :meth:`_DerivedTable.explain` returns when it cannot answer (a figure that is no finite number)."""
_MULTIPLE, _PER = 1, 2  # a row's condition on the mention: x >= DERIVED_MULTIPLE_MIN, or _per_figure(m, b)


class _DerivedTable:
    """:func:`_derived`'s arithmetic on one case's numbers, done once per case: for each case number ``a``, every
    result its loop compares a figure with (100 - a, a x k, a / k, a + b, a - b, a / b, b of a), each with the
    explanation and its place in the loop, sorted by value. A figure then looks up the results near it (binary
    search over a window that holds every result :func:`_derived`'s ``near`` accepts) and takes the earliest in loop
    order that ``near`` accepts, which is what the loop returns. The results the loop compares depend on the case
    alone, but for two conditions on the mention, kept with the row and checked at lookup."""

    def __init__(self, nums: tuple[_CaseNum, ...]):
        self.rows: list[tuple[list[float], list[tuple[float, int, str, int, _CaseNum | None]]]] = []
        finite = True
        for a in nums:
            rows: list[tuple[float, int, str, int, _CaseNum | None]] = []

            def add(d: float, how: str, cond: int = 0, b: _CaseNum | None = None,
                    rows: list[tuple[float, int, str, int, _CaseNum | None]] = rows) -> None:
                rows.append((d, len(rows), how, cond, b))

            if a.dimension == "percent":
                add(100 - a.base, f"100 - {a.num.id}")
            for k in (2, 3, 4) if a.dimension not in {"percent", "pp"} else ():
                add(a.base * k, f"{a.num.id} x {k}", _MULTIPLE)
                add(a.base / k, f"{a.num.id} / {k}", _MULTIPLE)
            for b in nums:
                if b is a or b.dimension == "year":
                    continue
                together = _together(a, b)
                if b.dimension == a.dimension and together:
                    add(a.base + b.base, f"{a.num.id} + {b.num.id}")
                    add(a.base - b.base, f"{a.num.id} - {b.num.id}")
                if b.base and b.dimension == a.dimension and together:
                    add(a.base / b.base, f"{a.num.id} / {b.num.id}")
                if b.num.value:  # _per_figure is False for a zero figure
                    add(a.base / b.num.value, f"{a.num.id} / {b.num.id}", _PER, b)
                of_it = _share_of(a, b)
                if b.dimension == "percent" and a.dimension != "percent" and of_it:
                    add(a.base * b.base / 100, f"{b.num.id} of {a.num.id}")
            finite = finite and all(math.isfinite(r[0]) for r in rows)
            rows.sort(key=lambda r: r[0])
            self.rows.append(([r[0] for r in rows], rows))
        self.pairs = [(a.base / b.base, 100 * a.base / b.base, f"{a.num.id} / {b.num.id}") for a in nums for b in nums
                      if a is not b and _share_pair(a, b) and b.base]
        self.years = [c for c in nums if c.dimension == "year"]
        self.days = [c for c in nums if c.dimension == "date"]
        self.usable = finite

    def explain(self, m: NumberMention, nums: tuple[_CaseNum, ...],
                multiple_ok: Callable[[_CaseNum], bool] | None = None) -> str | None:
        """:func:`_derived`'s answer for ``m`` (``nums``: the tuple the table was built from), or :data:`_SLOW`."""
        rel, rounding, eps = tolerance.DERIVED_RELATIVE, tolerance.DERIVED_ROUNDING, tolerance.EPS
        if not (0 <= rel < 1 and rounding >= 0 and eps >= 0):
            return _SLOW

        def near(x: float, d: float) -> bool:  # _derived's own test
            return d != 0 and abs(x - d) <= _derived_slack(m, x, d) + eps

        if m.kind != "ratio":
            for c, k, (ds, rows) in zip(nums, _compats(m, nums), self.rows, strict=True):
                if k not in {"same", "bare"} or c.dimension == "year":
                    continue
                x = _m_base(m, c)
                if not math.isfinite(x):
                    return _SLOW
                # |x - d| <= rel |d| + rounding + eps, and |d| <= |x| + |x - d|: a bound on |x - d|, with slack
                w = (rel * abs(x) + rounding + eps) / (1 - rel) * (1 + 1e-6) + 1e-6
                best: tuple[float, int, str, int, _CaseNum | None] | None = None
                for row in rows[bisect_left(ds, x - w):bisect_right(ds, x + w)]:
                    if best is not None and row[1] > best[1]:
                        continue
                    if row[3] == _MULTIPLE and not (x >= DERIVED_MULTIPLE_MIN
                                                    and (multiple_ok is None or multiple_ok(c))):
                        continue
                    if row[3] == _PER and not _per_figure(m, row[4]):  # type: ignore[arg-type]
                        continue
                    if near(x, row[0]):
                        best = row
                if best is not None:
                    return best[2]
        for r, pct, how in self.pairs if m.kind == "ratio" or m.dimension == "percent" else ():
            if m.kind == "ratio" and _ratio_fits(m, r):
                return how
            if m.dimension == "percent" and near(m.value, pct):
                return f"{how} as percent"
        product = _rate_product(m, nums, near)  # as in _derived: after the pairs, before years and days
        if product:
            return product
        if m.dimension == "duration" and m.unit == "year":
            for a in self.years:
                for b in self.years:
                    if a is not b and m.value == a.num.value - b.num.value:
                        return f"{a.num.id} - {b.num.id}"
        if m.dimension == "duration" and m.unit == "day":
            for a in self.days:
                for b in self.days:
                    if a is not b and a.key == b.key and m.value == a.num.value - b.num.value:
                        return f"{a.num.id} - {b.num.id}"
        return None


_DERIVED_TABLES: PerCase[_DerivedTable] = PerCase(_DerivedTable)
_ARITHMETIC_NUMS: PerCase[tuple[_CaseNum, ...]] = PerCase(
    lambda nums: nums if not any(c.clock for c in nums) else tuple(c for c in nums if not c.clock))
"""The derived table of each case's numbers (keyed by the tuple :func:`_case_numbers` keeps for the case)."""


_RANK = {"same": 0, "bare": 1, "unknown": 2}

DERIVED_MULTIPLE_MIN = 20.0
"""A figure below this is not read as 2, 3 or 4 times a case figure: "four hilltops" is no double of two."""

PEOPLE_SAME_FIGURE_MIN = 1000
"""An exact count of people at least this large, written with another word for people, is the same count
("312,400 candidates" for 312,400 students); below it, a different group may share the figure by chance."""

VALUE_BAND = (0.5, 2.0)
"""A figure for the right thing within this ratio of the case's figure is a wrong value; further off,
the summary invented it (unsupported): "7,600 troops" for 6,700 is a value error, "3,000" is not."""


# Rule ids (scorers/rules/numbers.yaml), resolved at import: an unlisted id fails here.
R_CLAUSE_REFERENT = rulebook.rule("number.clause-referent")
R_CLAUSE_VALUE = rulebook.rule("number.clause-value")
R_SWAPPED = rulebook.rule("number.swapped-digits")
R_POINTS = rulebook.rule("number.points-for-percent")
R_SAME = rulebook.rule("number.same-figure")
R_QUALIFIER = rulebook.rule("number.qualifier")
R_PERIOD = rulebook.rule("number.period")
R_RATE = rulebook.rule("number.rate")
R_REFERENT_UNIT = rulebook.rule("number.referent-unit")
R_UNIT = rulebook.rule("number.unit")
R_BARE = rulebook.rule("number.bare-figure")
R_REFERENT_NOUN = rulebook.rule("number.referent-noun")
R_OTHER_WORD = rulebook.rule("number.other-word")
R_MISLABELLED = rulebook.rule("number.unit-mislabelled")
R_DIGIT_SLIP = rulebook.rule("number.digit-slip")
R_DERIVED = rulebook.rule("number.derived")
R_PLAUSIBLE = rulebook.rule("number.plausible-value")
R_UNSUPPORTED = rulebook.rule("number.unsupported")
R_ARTICLE = rulebook.rule("number.article-figure")
R_DATE = rulebook.rule("number.date")
R_DATE_WRONG = rulebook.rule("number.date-wrong-day")
R_DATE_UNKNOWN = rulebook.rule("number.date-unknown")
R_EVENT_SWAP = rulebook.rule("number.event-swap")
R_UNIT_WORD_SWAP = rulebook.rule("number.unit-word-swap")


@dataclass
class _Judging:
    """What the match stage found for one mention: the case numbers its unit allows (``compat``) and
    those whose value it rounds (``close``, best first). The checks of the judge stage read it."""

    m: NumberMention
    nums: Sequence[_CaseNum]
    context: frozenset[str]
    stated: frozenset[str]
    compat: list[tuple[_CaseNum, str]]
    close: list[tuple[_CaseNum, str]]
    wide_of: Callable[[], frozenset[str]] | None = None  # reads :attr:`wide` (only the checks that need it)
    givers_of: Callable[[], frozenset[str]] | None = None  # reads :attr:`givers`
    whole_of: Callable[[], frozenset[str]] | None = None  # reads :attr:`whole`

    @functools.cached_property
    def givers(self) -> frozenset[str]:
        """Stems of the source names the figure's sentence (or list item) uses: who may be giving it."""
        return self.givers_of() if self.givers_of is not None else frozenset()

    @functools.cached_property
    def whole(self) -> frozenset[str]:
        """The words of the figure's clause on both sides, past the neighbouring figures too ("will cull 2,400
        elephants over 18 months": the verb governs both)."""
        return self.whole_of() if self.whole_of is not None else self.wide

    @functools.cached_property
    def changed_by(self) -> str | None:
        """:func:`_changed_by` of this mention, read once for the checks that ask."""
        return _changed_by(self)

    @functools.cached_property
    def wide(self) -> frozenset[str]:
        """The words of the figure's clause beyond the context's window, its sources' names left out."""
        return self.wide_of() if self.wide_of is not None else frozenset()

    def qualifier_wrong(self, c: _CaseNum) -> NumberVerdict:
        """The figure's qualifier contradicts the case number's ("nearly 17" for at least 17)."""
        return self.verdict(c, "wrong", "qualifier", f"'{self.m.qualifier}' contradicts '{c.num.qualifier}'",
                            R_QUALIFIER)

    def verdict(self, c: _CaseNum | None, kind: str, reason: str | None, why: str, rule_id: str) -> NumberVerdict:
        m = self.m
        return NumberVerdict(m.text, m.span, m.value, m.unit, c.num.id if c else None, kind,  # type: ignore[arg-type]
                             reason, why, rule_id)


def _match(m: NumberMention, nums: Sequence[_CaseNum], context: frozenset[str],
           stated: frozenset[str]) -> _Judging:
    """Match stage: the case numbers compatible with the mention's unit, and those it rounds."""
    compat, close, exact = _rounded(m, nums)
    compat, close = list(compat), list(close)
    named_close = [ck for ck in (exact or close) if context & ck[0].ref_words]
    if len(close) > 1 and named_close:
        # several case figures share this value: take the one whose referent the clause names
        best_overlap = max(len(context & ck[0].ref_words) for ck in named_close)
        close = [ck for ck in named_close if len(context & ck[0].ref_words) == best_overlap] + \
            [ck for ck in close if ck not in named_close or len(context & ck[0].ref_words) != best_overlap]
    elif len(close) > 1 and m.unit is None:
        # a bare figure whose clause says what it counts by a verb or noun of that count's stem: "14 survived" is the
        # 14 survivors, not the border's 14 km
        stems = {w[:5] for w in context if len(w) >= 5}
        by_noun = [ck for ck in (exact or close) if any(n[:5] in stems for n in ck[0].nouns if len(n) >= 5)]
        # else a count before a measure: a bare "40" is the 40 reports, not the 40 minutes, whose unit would be written
        by_noun = by_noun or [ck for ck in (exact or close) if ck[0].dimension == "count"]
        if by_noun:
            close = by_noun + [ck for ck in close if ck not in by_noun]
    elif len(close) > 1 and m.unit is not None:
        # of case figures the mention states exactly, the one written in its unit: "two days" is the team's two
        # days, not the 48 hours of warning (both 172,800 seconds); a nearer figure still beats a farther one
        written = [ck for ck in exact if ck[0].key == m.unit]
        if written and len(written) < len(exact):
            close = written + [ck for ck in close if ck not in written]
    return _Judging(m, nums, context, stated, compat, close)


def _rounded_uncached(m: NumberMention, nums: Sequence[_CaseNum]) -> tuple[tuple[tuple[_CaseNum, str], ...], ...]:
    """The context-free part of :func:`_match`: the compatible case numbers (by rank), those the mention rounds
    (nearest first) and those of the latter it states exactly."""
    compat = [(c, k) for c, k in zip(nums, _compats(m, nums), strict=True) if k is not None]
    compat.sort(key=lambda ck: _RANK[ck[1]])
    close = [(c, k) for c, k in compat if _close(m, c)]
    # the nearest figure first: "nearly 500" is the 500, not the 471 within tolerance
    close.sort(key=lambda ck: (_RANK[ck[1]], abs(math.log(max(_m_base(m, ck[0]), 1e-9) / ck[0].base))
                               if ck[0].base > 0 else 0.0))
    # the clause's words choose among the figures the mention states exactly, when there are any: "2,975 people
    # died" is the 2,975 deaths, not the "3,000 people" of another account that it would round
    exact = [ck for ck in close if same_figure(_m_base(m, ck[0]), ck[0].base, 0.0)]
    return tuple(compat), tuple(close), tuple(exact)


_ROUNDED: PerCase[dict[tuple[object, ...], tuple[tuple[tuple[_CaseNum, str], ...], ...]]] = PerCase(lambda nums: {})
"""Per tuple of case numbers: :func:`_rounded_uncached` by every field of the mention it reads."""


def _rounded(m: NumberMention, nums: Sequence[_CaseNum]) -> tuple[tuple[tuple[_CaseNum, str], ...], ...]:
    """:func:`_rounded_uncached`, remembered per tuple of case numbers: a case's summaries state its figures again
    and again ("64 people", "58%"), and the answer depends on the figure as read, not on where it stands."""
    if type(nums) is not tuple:
        return _rounded_uncached(m, nums)
    memo = _ROUNDED.get(nums)
    key = (_unit_reading(m), m.value, m.step, m.qualifier)
    out = memo.get(key)
    if out is None:
        out = _rounded_uncached(m, nums)
        if len(memo) >= _COMPAT_BY_UNIT_MOST:
            memo.clear()
        memo[key] = out
    return out


def _bare(words: frozenset[str]) -> frozenset[str]:
    """Referent words without a possessive's apostrophe."""
    return frozenset(w.rstrip("'’") for w in words)


@functools.lru_cache(maxsize=4096)
def _reach(context: frozenset[str]) -> frozenset[str]:
    """Every word the clause names as :func:`_names_any` reads a name: its words, and each word without its last
    one or two letters when at least four are left ("vote" of "voters")."""
    return context | {w[:n] for w in context for n in range(max(len(w) - 2, 4), len(w))}


def _named_count(context: frozenset[str], words: frozenset[str]) -> int:
    """How many of ``words`` the clause names, as :func:`_names_any` reads a name."""
    return len(words & _reach(frozenset(context)))


def _names_any(context: frozenset[str], words: frozenset[str]) -> bool:
    """Whether the clause names one of ``words``, a word with a short suffix included ("voters" names the
    "vote" of "share of the vote")."""
    return not _reach(frozenset(context)).isdisjoint(words)


def _rival_estimates(a: _CaseNum, b: _CaseNum) -> bool:
    """Two sources' figures for one thing ("the coast guard's estimate of oil spilled", "Kestrel's estimate of oil
    leaked"): the same unit, referents that name different givers and share a word of what they measure. Where the
    figure's sentence names its own giver ("The coast guard says ... about 700 tonnes leaked"), a figure of one is no
    referent error for the other."""
    return bool(a.whose and b.whose and a.whose != b.whose and a.key == b.key
                and (_bare(a.ref_plain) - a.whose) & (_bare(b.ref_plain) - b.whose))


def _check_clause_names_rival(j: _Judging) -> NumberVerdict | None:
    """One close figure, but the clause names what another number of the same measure counts
    ("turnout was 72%" when 72% is a share of the vote): judge against the named one."""
    m, context = j.m, j.context
    if len(j.close) != 1 or not context or m.dimension in {"count", "year"} or m.kind == "year":
        return None
    a = j.close[0][0]
    # a rival stated by its own figure nearby owns its words ("the 5% threshold ... took 38%"); a rival measures in
    # the stated figure's unit: 2.1 percentage points is no rival's percentage
    # (a person's age is no rival of a figure no person lives to: "houses up to 400 years old")
    rivals = [c for c, k in j.compat if k == "same" and c.dimension == a.dimension and c is not a
              and (c.key == a.key or a.dimension != "percent")
              and c.num.id not in j.stated and not (_rival_estimates(a, c) and a.whose & j.givers)
              and not (c.ref_plain and c.ref_plain <= _AGE_WORDS and m.unit == "year" and m.value > MAX_PERSON_AGE)]
    # a source's name opening a referent ("Harlund net profit") says whose figure it is, not what it counts
    # (of rivals the narrow clause names alike, the one whose referent the whole clause names most: "80% of the vote
    # on its tally sheets" is the tally sheets' share of the vote, not the official count's)
    best = max(rivals, key=lambda c: (len(context & c.ref_plain), _named_count(j.wide, _bare(c.ref_plain))),
               default=None)
    # the figure's own referent named, proper words included ("Yes won 61.4%" names the "official Yes share")
    # words the case's own statements set beside the figure, not beside the rival's nor in both referents, are its
    # own ("customers withdrew €1.6 billion" in the claim that states it is no rival's "customer deposits")
    mine = a.beside - best.beside - (a.ref_plain & best.ref_plain) if best is not None else frozenset()
    if best is None or not context & (best.ref_plain - mine) or _names_any(context, a.ref_names):
        return None
    # the whole clause names at least as much of what only the figure's own referent has as of what only the
    # rival's has ("Fire crews reached the burning factory 14 minutes after the call": crews and reaching, against
    # the factory of its inspection; "Fares in Velmont rise by 21%": the fare, against a rise of ridership)
    # ("opposition'" of "the opposition's tally" is theirs too)
    own, other = _bare(a.ref_plain) | mine, _bare(best.ref_plain) - mine
    # (its own words may stand before a neighbouring figure of the clause: "will cull 2,400 elephants ... over 18
    # months" is the cull's duration)
    own_named = _named_count(j.wide, own - other) or _named_count(j.whole, own - other)
    if own_named and own_named >= _named_count(j.wide, other - own):
        return None
    named = [c for c in rivals if len(context & c.ref_plain) == len(context & best.ref_plain)]
    b = min(named, key=lambda c: abs(_m_base(m, c) - c.base))
    if _close(m, b):
        j.close = [(b, "same")]
        return None
    if same_figure(m.value, a.num.value, a.tol):
        return j.verdict(a, "wrong", "referent", f"figure of {a.num.id}, clause names {b.num.id}", R_CLAUSE_REFERENT)
    return j.verdict(b, "wrong", "value", f"clause names {b.num.id}; figure differs", R_CLAUSE_VALUE)


_BOUND_SIDES = {"less": {"less than", "up to", "at most"}, "more": {"more than", "at least"}}


def _check_bound_in_another_period(j: _Judging) -> NumberVerdict | None:
    """A bound on a duration that only holds another figure ("up to five years" holds 3 years) while the case bounds
    the same figure the same way in another time unit ("up to five months"): that bound, in the wrong period."""
    m = j.m
    if m.dimension != "duration" or m.qualifier not in _BOUND_SIDES or not j.close or \
            any(same_figure(_m_base(m, c), c.base, 0.0) for c, _k in j.close):
        return None
    for c in j.nums:
        if c.dimension == "duration" and c.key != m.unit and same_figure(m.value, c.num.value, c.tol) and \
                c.num.qualifier in _BOUND_SIDES[m.qualifier]:
            return j.verdict(c, "wrong", "period", f"{m.unit} for {c.key} of {c.num.id}", R_PERIOD)
    return None


def _check_close(j: _Judging) -> NumberVerdict | None:
    """A case number the figure rounds: correct unless digits are swapped, points stand for a
    percentage, or the qualifiers contradict."""
    m = j.m
    if j.close and not m.qualifier and all(m.unit != c.key for c, _k in j.close) and \
            m.dimension in lex.UNIT_GROUPS and m.dimension != "duration" and "-" not in m.text:
        # "a depth of 14 miles" where the case's depth is 14 km and 23 km happens to be 14.3 miles: the case's very
        # figure in another unit of its measure is a unit slip; an unhedged conversion landing on it a coincidence
        # (not for durations, whose other units are period errors, nor a compound's kind: "6-inch (152 mm) shells")
        own = next((c for c in j.nums if c.dimension == m.dimension and c.key != m.unit and c.num.value == m.value
                    and not any(c is cc for cc, _k in j.close)), None)
        if own is not None:
            return j.verdict(own, "wrong", "unit", f"{own.num.id}'s figure in {m.unit}, not {own.key}", R_UNIT)
    converted_only = bool(j.close) and all(_rate_conversion(m, cc) not in {None, 1.0} for cc, _ in j.close)
    for c, k in j.compat if converted_only else ():
        # "€2,870 a month" for the case's €2,780 a month, not a rounding of €33,400 a year
        if k == "same" and c not in (ck[0] for ck in j.close) and _rate_conversion(m, c) in {None, 1.0} \
                and _m_factor(m) == c.factor and _swapped_digits(m.value, c.num.value):
            return j.verdict(c, "wrong", "value", f"digits of {c.num.id} swapped", R_SWAPPED)
    if j.close and m.qualifier and same_figure(_m_base(m, j.close[0][0]), j.close[0][0].base, 0.0) and \
            not _qualifier_ok(_m_base(m, j.close[0][0]), m, j.close[0][0]) and \
            not any(_qualifier_ok(_m_base(m, c), m, c) for c, _k in j.close[1:]
                    if same_figure(_m_base(m, c), c.base, 0.0)):
        # the case number's own figure with a contradicting qualifier ("nearly 17" for at least 17) is
        # that number's qualifier error, not a loose bound on another number (12)
        c = j.close[0][0]
        return j.qualifier_wrong(c)
    for c, k in j.close:
        if _swapped_digits(m.value, c.num.value):
            return j.verdict(c, "wrong", "value", f"digits of {c.num.id} swapped", R_SWAPPED)
        if m.unit == "pp" and c.key == "percent":
            how = _points_difference(m, j.nums)
            if how:  # "20 points below": a difference of two percentages is in points (a sum is not)
                return j.verdict(None, "derived", None, f"derived: {how}", R_DERIVED)
            return j.verdict(c, "wrong", "unit", f"percentage points for the percentage {c.num.id}", R_POINTS)
        if m.unit == "percent" and c.key == "pp" and not any(cc.key == "percent" for cc, _ in j.close):
            # "cut admissions by 2.1 percent" for 2.1 percentage points: an absolute change given as a relative one
            return j.verdict(c, "wrong", "unit", f"a percentage for the percentage points {c.num.id}", R_POINTS)
        if _qualifier_ok(_m_base(m, c), m, c):
            return j.verdict(c, "correct", None, f"matches {c.num.id} ({k} unit)", R_SAME)
    if j.close:
        c = j.close[0][0]
        return j.qualifier_wrong(c)
    return None



def _check_same_figure_elsewhere(j: _Judging) -> NumberVerdict | None:
    """The case's figure with the wrong time unit, rate, measure unit or counted noun."""
    m, nums = j.m, j.nums
    if m.kind in {"year", "ratio"}:
        return None
    # the case's figures of the mention's own dimension first: "6 kilometres per hour" is the 6 m/s in the wrong unit
    # before it is the six days with a speed's unit
    same_fig = sorted((c for c in nums if same_figure(m.value, c.num.value, c.tol)),
                      key=lambda c: c.dimension != m.dimension)
    for c in same_fig:
        if m.dimension == "duration" == c.dimension and m.unit != c.key:
            return j.verdict(c, "wrong", "period", f"{m.unit} for {c.key} of {c.num.id}", R_PERIOD)
    for c in same_fig:
        if c.dimension in {"year", "date"}:
            continue  # a year or a day of a month is no count or measure that a figure could mislabel
        if _rate_differs(m, c):
            how = f"{_rate_text(m.measure)} for {_rate_text(c.unit)} of {c.num.id}"
            if m.measure is not None and units.calendar_periods_differ(m.measure.per, c.unit.per):
                return j.verdict(c, "wrong", "period", how, R_PERIOD)  # "40 calls an hour" for 40 a day
            return j.verdict(c, "wrong", "unit", how, R_RATE)
        k = _compat(m, c, nums)
        if (k == "same" and (m.dimension not in units.MEASURE_DIMENSIONS or m.unit == c.key)) or \
                (k == "bare" and c.factor == 1.0):
            continue  # the case's own unit, yet not a rounding: a wrong value (later checks)
        if m.unit == "pp" and c.dimension != "percent" and _derived(m, nums):
            return None  # "a gap of 27 percentage points" (45 - 18) is arithmetic, not the 27 deaths (later check)
        if m.dimension == "percent" != c.dimension and j.changed_by:
            return None  # "48 to 72 night flights, a 50% increase", not the 50-decibel limit in percent (later check)
        others = [o for o in nums if o is not c and _compat(m, o, nums) == "same" and o.dimension != c.dimension]
        how = (_derived(m, nums) or "").split() if others else []
        used = {w for w in how if w in {o.num.id for o in nums}}
        if len(used) == 2 and used <= {o.num.id for o in others} and ("+" in how or "-" in how):
            return None  # "a difference of 14 tonnes" (23 - 9 tonnes), not the 14 crew in tonnes (later check)
        if others:
            return j.verdict(c, "wrong", "referent", f"figure of {c.num.id} with the unit of {others[0].num.id}",
                             R_REFERENT_UNIT)
        if m.dimension in lex.UNIT_GROUPS:
            return j.verdict(c, "wrong", "unit", f"{m.unit} for {c.key} of {c.num.id}", R_UNIT)
        if m.unit is None:  # "who was 47" for 47 years
            return j.verdict(c, "correct", None, f"bare figure of {c.num.id}", R_BARE)
        if c.dimension == "count" and c.num.value >= PEOPLE_SAME_FIGURE_MIN and c.nouns & _PERSON_GROUPS and \
                " " not in m.unit and _noun_forms(m.unit) & _PERSON_GROUPS:
            # "312,400 candidates" for 312,400 students: a large exact count of one group of people, named by
            # another one-word group noun, is the same people ("38,000 production workers" for 38,000 people narrows)
            return j.verdict(c, "correct", None, f"figure of {c.num.id}, the same people in other words", R_SAME)
        if _same_people(j, c):
            if not _qualifier_ok(_m_base(m, c), m, c):
                return j.qualifier_wrong(c)
            return j.verdict(c, "correct", None, f"figure of {c.num.id}, the same people and event in other words",
                             R_SAME)
        return j.verdict(c, "wrong", "referent", f"figure of {c.num.id} for '{m.unit}'", R_REFERENT_NOUN)
    return None


def _same_people(j: _Judging, c: _CaseNum) -> bool:
    """Whether the case's figure, told with another word for people, counts the same people: "214 migrants died"
    for 214 deaths, "600 people were detained" for 600 supporters detained, "281 prisoners" for 281 people
    exchanged. Not when a modifier narrows the group ("38,000 production workers" for 38,000 employees), when
    the case counts that group as a part of the claim ("57 people were injured, 12 of them guards"), when the
    case counts another named group ("23 residents injured" for 23 officers injured), when the case figure is a
    capacity, or when the two name different events ("61 people died" for 61 injured)."""
    words = (j.m.unit or "").lower().split()
    # a modifier narrows the group unless it names an event or the case's own referent uses it ("migrant workers"
    # for "migrant worker deaths")
    if not words or c.dimension != "count" or any(_stem(w) not in _EVENT_OF_STEM and _stem(w) not in c.ref_words
                                                  for w in words[:-1]):
        return False
    forms = _noun_forms(words[-1])
    generic = bool(forms & _TOLL_SUBJECTS)
    if not forms & (_PEOPLE | _TOLL_SUBJECTS) or (c.nouns | c.ref_words) & _CAPACITY:
        return False
    said = _events(forms | j.context | j.wide)
    # (a group the claim counts as a part of the same event; not a head count with no event, "a workforce of 36,000
    # workers", when the figure's clause names one: "nine workers had died")
    if any(forms & o.nouns and o.claims & c.claims and (not said or _events(o.nouns | o.ref_words) & said)
           for o in j.nums if o is not c):
        return False
    counted = _events(c.nouns | c.ref_words)
    if c.nouns & (_PEOPLE | _TOLL_SUBJECTS):
        return bool(said & counted) or not (said or counted)
    # the case counts an event ("deaths") or a named group at an event ("officers injured"): a group noun may
    # only stand for the former
    event_only = all(_stem(w) in _EVENT_OF_STEM for w in re.findall(r"[a-z]+", c.num.unit.lower()))
    return bool(said & counted) and (generic or event_only)


def _events(words: frozenset[str]) -> frozenset[str]:
    """The events (``lex.EVENT_CUES``'s keys) that these word stems name: "died" and "bodies" killed, "detainees"
    arrested."""
    return frozenset(e for w in words for e in _EVENT_OF_STEM.get(w, ()))


# one-word cues and nouns of each event, by stem ("died" and "bodies": killed)
_EVENT_WORDS = {e: {_stem(w) for w in (*cues, *nouns) if " " not in w} for e, (cues, nouns) in lex.EVENT_CUES.items()}
_EVENT_OF_STEM = {stem: {e for e, stems in _EVENT_WORDS.items() if stem in stems}
                  for stems in _EVENT_WORDS.values() for stem in stems}


def _check_converted_mislabelled(j: _Judging) -> NumberVerdict | None:
    """The case's figure converted to another unit of its dimension but labelled with a third."""
    m = j.m
    if m.kind in {"year", "ratio"} or m.dimension not in lex.UNIT_GROUPS or \
            m.unit == "year" and j.context & _AGE_WORDS:
        return None  # (an age, "aged 72", is no six-year term written in months)
    for c in j.nums:
        if c.dimension != m.dimension or c.dimension == "currency":
            continue  # a currency converts to no other ("$2.7bn" is no 2.7bn cents)
        for key, f in units.keys_of(c.dimension):
            if f == c.factor:
                continue  # not a conversion (percent and points)
            if key != m.unit and key != c.key and same_figure(m.value, c.base / f, c.tol, converted=True):
                return j.verdict(c, "wrong", "unit", f"{c.num.id} in {key}, labelled {m.unit}", R_MISLABELLED)
    return None


def _check_clause_names_value(j: _Judging) -> NumberVerdict | None:
    """No close figure, but the clause names a number of the same measure: a wrong value for it."""
    m = j.m
    named = [c for c, k in j.compat if k == "same" and m.dimension != "count" and j.context & c.ref_words]
    named = [c for c in named if c.base and VALUE_BAND[0] <= _m_base(m, c) / c.base <= VALUE_BAND[1]]
    if j.close or not named or (m.kind == "ratio" and _derived(m, j.nums)):
        return None
    if m.unit == "pp" and (how := _points_difference(m, j.nums)):
        return j.verdict(None, "derived", None, f"derived: {how}", R_DERIVED)  # "cut its forecast by 2.1 points"
    b = min(named, key=lambda c: abs(math.log(_m_base(m, c) / c.base)))
    return j.verdict(b, "wrong", "value", f"clause names {b.num.id}; figure differs", R_CLAUSE_VALUE)


def _strong(j: _Judging) -> list[tuple[_CaseNum, str]]:
    """Candidates a wrong value may belong to: same unit, or a bare figure against a count."""
    if j.m.kind == "year":
        return [(c, k) for c, k in j.compat if c.dimension == "year"]
    return [(c, k) for c, k in j.compat if k in {"same", "bare"} and (k == "same" or c.dimension in {"count"})]


def _check_digit_slip(j: _Judging) -> NumberVerdict | None:
    """A digit swap or a power-of-ten slip of a compatible case number (not of a ratio: "a tenth"
    against "ten times" is the same comparison read the other way, not a slip)."""
    if j.m.kind == "ratio":
        return None
    # a candidate whose referent the clause names first ("72 people were admitted": the admissions)
    for c, _k in sorted(_strong(j), key=lambda ck: -len(j.context & ck[0].ref_words)):
        if _digit_slip(_m_base(j.m, c), c.base):
            return j.verdict(c, "wrong", "value", f"digit slip of {c.num.id}", R_DIGIT_SLIP)
    return None


def _check_derived(j: _Judging) -> NumberVerdict | None:
    """Simple arithmetic on case numbers gives the figure."""

    def multiple_ok(a: _CaseNum) -> bool:
        # "repairs will take four years" is no half of an eight-year prison term: a measure's small multiple is a
        # derivation only where the clause names what that measure measures, or says "half", "twice", "times"
        return a.dimension == "count" or _names_any(j.wide, a.ref_plain) or bool(j.wide & _MULTIPLE_WORDS)

    how = _derived(j.m, j.nums, multiple_ok)
    if how and _THIRD_OR_FOURTH.search(how) and not j.wide & _MULTIPLE_WORDS:
        # nor is "around 120 farms" three times the 41 culled farms: a count's triple or quarter needs its word
        # (a double or a half may go unsaid); what else explains the figure still may
        how = _derived(j.m, j.nums, lambda a: False)
    how = how or j.changed_by
    return j.verdict(None, "derived", None, f"derived: {how}", R_DERIVED) if how else None


def _changed_by(j: _Judging) -> str | None:
    """A percentage whose clause says something rose or fell by it, as the change between two figures of one claim
    in one unit ("raise night flights by 50%" for 48 to 72), or None."""
    if j.m.dimension != "percent" or j.m.kind == "ratio" or not j.wide & _CHANGE_WORDS:
        return None
    return _percent_change(j.m, j.nums)


_CHANGE_WORDS = frozenset(_stem(w) for w in (
    "rise", "rises", "rose", "risen", "raise", "raises", "raised", "raising", "increase", "increases", "increased",
    "increasing", "jump", "jumped", "grow", "grew", "grown", "growth", "climb", "climbed", "up", "higher", "boost",
    "boosted", "expand", "expanded", "expansion", "cut", "cuts", "fall", "fell", "fallen", "drop", "dropped", "decline",
    "declined", "down", "lower", "lowered", "reduce", "reduced", "reduction", "decrease", "decreased"))


_THIRD_OR_FOURTH = re.compile(r" [x/] [34]$")
_MULTIPLE_WORDS = frozenset(_stem(w) for w in ("half", "halved", "double", "doubled", "doubles", "doubling", "twice",
                                                "triple", "tripled", "triples", "thrice", "third", "quarter"))
"""Words that say a figure is a multiple or fraction of another, as the clause's words are stemmed ("times" and
"fold" are read with the figure as a ratio)."""


def _check_plausible_value(j: _Judging) -> NumberVerdict | None:
    """A figure for a compatible case number within :data:`VALUE_BAND` of it: a wrong value."""
    m = j.m
    band = [(c, k) for c, k in _strong(j) if c.base and VALUE_BAND[0] <= _m_base(m, c) / c.base <= VALUE_BAND[1]]
    if not band:
        return None
    c = min(band, key=lambda ck: (-len(j.context & ck[0].ref_words), _RANK[ck[1]],
                                  abs(math.log(_m_base(m, ck[0]) / ck[0].base))))[0]
    return j.verdict(c, "wrong", "value", f"plausible figure for {c.num.id}", R_PLAUSIBLE)


def _check_statement_words_value(j: _Judging) -> NumberVerdict | None:
    """No close figure, but the figure's clause holds two of the words its claim's statement puts beside a case count
    of the same measure ("employment has risen by 15,000" for "Employment has risen by 12,500 since the rise"): a
    wrong value for that count, not arithmetic on unrelated figures (15,000 as a quarter of another side's 60,000)."""
    m = j.m
    if j.close or m.kind == "ratio" or m.dimension not in {"count", ""} and m.unit is not None:
        return None
    words = j.context | j.wide
    named = [c for c, k in j.compat if k in {"same", "bare"} and c.dimension == "count" and c.base
             and VALUE_BAND[0] <= _m_base(m, c) / c.base <= VALUE_BAND[1]
             and len((c.beside - _BESIDE_STOP) & words) >= STATEMENT_WORDS_MIN]
    if not named:
        return None
    b = min(named, key=lambda c: abs(math.log(_m_base(m, c) / c.base)))
    how = _derived(m, j.nums, lambda a: a.dimension == "count" or bool(j.wide & _MULTIPLE_WORDS))
    if how and (not _MULTIPLE_HOW.fullmatch(how) or how.split()[0] in {b.num.id} | {
            c.num.id for c in j.nums if c.claims & b.claims}):
        # a sum, difference or share of two figures is a derivation ("8,900 short of the 150,000"; "eight more than
        # last year's nine"), and so is a multiple of the claim's own figures; only a small multiple of another
        # claim's figure (15,000 as a quarter of the employers' 60,000) is the coincidence a claim's words outweigh
        return None
    return j.verdict(b, "wrong", "value", f"the clause states {b.num.id}'s claim; figure differs", R_CLAUSE_VALUE)


_MULTIPLE_HOW = re.compile(r"\S+ [x/] \d")  # "n-predicted60k / 4": how :func:`_derived` tells a small multiple
STATEMENT_WORDS_MIN = 2
"""Words of a claim's statement beside its figure that a summary's clause must hold to state that claim's figure."""
_BESIDE_STOP = frozenset(_stem(w) for w in ("the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "from",
                                             "with", "and", "or", "has", "have", "had", "is", "are", "was", "were",
                                             "be", "been", "its", "their", "his", "her", "that", "this", "than",
                                             "since", "about", "more", "least", "some", "nearly", "over", "up"))


def _check_calendar_difference(j: _Judging) -> NumberVerdict | None:
    """Days between two of the case's dates of one month, or years between two of its years ("samples taken two
    days earlier" than the March 24 closure, of March 22), where no case figure of that value and unit is closer:
    arithmetic on the calendar, before another figure of that value is read as mislabelled."""
    m = j.m
    if m.dimension != "duration" or m.unit not in {"day", "year"} or m.qualifier is not None:
        return None
    kind = "date" if m.unit == "day" else "year"
    marks = [c for c in j.nums if c.dimension == kind]
    for a in marks:
        for b in marks:
            if a is not b and (kind == "year" or a.key == b.key) and m.value == a.num.value - b.num.value:
                return j.verdict(None, "derived", None, f"derived: {a.num.id} - {b.num.id}", R_DERIVED)
    return None


def _check_fahrenheit(j: _Judging) -> NumberVerdict | None:
    """A temperature in Fahrenheit where the case measures in Celsius: its conversion ("64°F" for 18 °C, within
    :data:`FAHRENHEIT_SLACK`, as such conversions are rounded) is correct; the Celsius figure itself
    labelled Fahrenheit ("62 degrees Fahrenheit" for 62 °C) is a unit error."""
    m = j.m
    if m.unit != "f" or any(c.key == "f" for c in j.nums):
        return None
    celsius = [c for c in j.nums if c.dimension == "temperature" and c.key == "c"]
    for c in celsius:
        if abs((m.value - 32) * 5 / 9 - c.num.value) <= FAHRENHEIT_SLACK * 5 / 9 + tolerance.EPS and \
                _qualifier_ok(c.num.value, m, c):
            return j.verdict(c, "correct", None, f"{c.num.id} in Fahrenheit", R_SAME)
    for c in celsius:
        if same_figure(m.value, c.num.value, 0.0):
            return j.verdict(c, "wrong", "unit", f"f for c of {c.num.id}", R_UNIT)
    return None


FAHRENHEIT_SLACK = 1.0
"""How far, in degrees Fahrenheit, a converted Celsius figure may stand from its exact conversion (a writer rounds
18 °C, 64.4 °F, to 64 or 65)."""


_CHECKS = (
    _check_fahrenheit,
    _check_clause_names_rival,
    _check_bound_in_another_period,
    _check_close,
    _check_calendar_difference,
    _check_same_figure_elsewhere,
    _check_converted_mislabelled,
    _check_clause_names_value,
    _check_digit_slip,
    _check_statement_words_value,
    _check_derived,
    _check_plausible_value,
)
"""The judge stage, in order: the first check that decides gives the verdict."""


def _judge(
    m: NumberMention, nums: Sequence[_CaseNum], context: frozenset[str] = frozenset(),
    stated: frozenset[str] = frozenset(), wide: Callable[[], frozenset[str]] | None = None,
    givers: Callable[[], frozenset[str]] | None = None, whole: Callable[[], frozenset[str]] | None = None,
) -> NumberVerdict:
    j = _match(m, nums, context, stated)
    j.wide_of, j.givers_of, j.whole_of = wide, givers, whole
    for check in _CHECKS:
        v = check(j)
        if v is not None:
            return v
    return j.verdict(None, "unsupported", None, "matches no case number", R_UNSUPPORTED)


def _article_bound(article: str, text: str, m: NumberMention) -> bool:
    """Whether the article compares with the same figure in the same direction as the summary does ("noise above 55
    decibels" where it writes "noise above 55 decibels"; "wells exceed 10 micrograms per litre" where it writes "61%
    exceeded 10 micrograms per litre"; "cancel above 35 C" where it writes "if the forecast exceeded 35 degrees
    Celsius"): a threshold in the article's own words, followed by the same word or unit."""
    before = text[max(0, m.span[0] - 40):m.span[0]]
    cue = _QUAL_BEFORE_RE.search(before, _qualifier_start(before)) if _qualifier_may_end(before) else None
    if cue is None or not article or not _COMPARATOR.fullmatch(cue.group().strip()):
        return False
    after = _NEXT_WORD.match(text, m.span[1])
    digits = re.match(r"\d[\d.,]*(?<![.,])", m.text)  # "35" of "35 C", read with the article's own unit after it
    figure = digits.group() if digits else m.text
    direction = "more" if cue.group("more") else "less"
    for hit in re.finditer(rf"(?<![\w-])(?:{_COMPARATORS[direction]})\s+{re.escape(figure)}(?![\w.,]\d)",
                           article, re.I):
        if after is None and m.measure is None:
            return True  # "23 exceed 50." where the article writes "23 above 50 micrograms per litre"
        if after is not None and re.match(rf"\s+{re.escape(after.group(1))}\b", article[hit.end():], re.I):
            return True
        read = units.read_unit(article, hit.end())
        if m.measure is not None and read is not None and read[0].key == m.measure.key:
            return True
    return False


# verbs and prepositions that compare with a bar (not "more than", "at least": a count's own bounds)
_COMPARATORS = {"more": r"above|over|beyond|in\s+excess\s+of|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|"
                        r"surpass(?:es|ed|ing)?|pass(?:es|ed|ing)?",
                "less": r"below|under|short\s+of"}
_COMPARATOR = re.compile("|".join(_COMPARATORS.values()), re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")


def score_numbers(case: Case, text: str) -> list[NumberVerdict]:
    """Judge every figure of a summary against the case's numbers, in text order.

    Days of the month are part of a date and are not judged on their own.

    Args:
        case: the case whose ``numbers`` the summary is read against.
        text: the summary.

    Returns:
        One verdict per judged figure: ``correct``, ``wrong`` (with a reason: value, unit,
        referent, qualifier, period), ``derived`` or ``unsupported``.
    """
    nums = _case_numbers(case)
    mentions = extract_numbers(text)
    # a case that weighs in pounds ("550 pounds" is that weight, not sterling), or that weighs things and counts no
    # money in sterling ("lost about 24 pounds" where the case has 11 kg)
    if any(c.key == "lb" for c in nums) or (any(c.dimension == "mass" for c in nums)
                                            and not any(c.key == "gbp" for c in nums)):
        mentions = [_as_weight(m) if m.unit == "gbp" and "pound" in m.text.lower() else m for m in mentions]
    if any(c.key == "nmi" for c in nums) and not any(c.key == "mile" for c in nums):
        # a case that measures at sea in nautical miles: "the 12-mile limit" names its 12 nautical miles (a limit's
        # name, hyphenated; "12 miles" may still be the statute mile, which labels call a unit error)
        nmi = units.parse_unit("nmi")
        mentions = [replace(m, unit=nmi.key, measure=nmi) if m.unit == "mile" and re.search(r"\d-mile$", m.text)
                    and any(c.key == "nmi" and same_figure(m.value, c.num.value, c.tol) for c in nums) else m
                    for m in mentions]
    if any(c.dimension == "count" and "point" in c.nouns and not _RATE_POINTS.search(c.num.unit) for c in nums) and \
            not any(c.key == "pp" for c in nums):
        # a case that counts points ("12 sampling points") and no percentage points: "12 points" is that count
        mentions = [_as_points(m) if m.unit == "pp" and "percent" not in text[m.span[0]:m.span[1] + 20].lower()
                    else m for m in mentions]
    contexts, wides = [], []
    names = _SOURCE_WORDS.get(case) if mentions else frozenset()
    clauses = _clauses(text) if mentions else []
    for i, m in enumerate(mentions):
        lo = mentions[i - 1].span[1] if i > 0 else 0
        if i > 0 and (tail := _OF_TAIL.match(text, lo, m.span[0])):
            lo = tail.end()  # "9.7 percent of placebo patients to 6.7 percent": "of placebo patients" is the 9.7's
        hi = mentions[i + 1].span[0] if i + 1 < len(mentions) else None
        standard = _STANDARD_BEFORE.search(text, max(lo, m.span[0] - 40), m.span[0])
        if standard:  # "releases above the required 450 m³/s": the words before "above" are the compared thing's
            lo = standard.start()
        words = _clause_words(text, m.span, lo=lo, hi=hi, clauses=clauses)
        if m.unit == "year" and (_YEARS_OLD_AFTER.match(text, m.span[1]) or m.measure is _YEARS):
            words |= _AGE_WORDS  # "17-year-old", "aged 17 years old": an age, whatever else its clause names
        contexts.append(words)
        # the whole clause's words, its sources' names left out ("The opposition said ..." names no referent),
        # read only by a check that needs them
        wides.append(functools.partial(_wide_words, text, m.span, lo, hi, clauses, names))
    # each mention's case figures stated next to their own words ("the 5% threshold"): computed once
    by_word = _NUMS_BY_REF_WORD.get(nums)
    own = [frozenset(c.num.id for c in _named_by(by_word, contexts[j])
                     if same_figure(mentions[j].value, c.num.value, c.tol)) for j in range(len(mentions))]
    out: list[NumberVerdict] = []
    judged_mentions: list[NumberMention] = []  # the mention of each verdict in ``out``
    for i, m in enumerate(mentions):
        if m.kind == "day":
            day = _judge_day(m, case)
            if day is not None:
                out.append(day)
                judged_mentions.append(m)
            continue
        # case figures stated nearby next to their own words: those words are theirs, not this figure's
        stated = frozenset().union(*(own[j] for j in range(max(0, i - 2), min(len(mentions), i + 3)) if j != i))
        if i and _PARTITIVE_GAP.fullmatch(text, mentions[i - 1].span[1], m.span[0]):
            # the whole of a partitive ("9.5 of the camp's 14 hectares burned", "37 ships out of 412"): the clause's
            # words say what happened to the part, whose figures own them
            part = mentions[i - 1].value
            stated |= {c.num.id for c in nums if same_figure(part, c.num.value, c.tol)}
        if _PER_BEFORE.search(text, max(0, m.span[0] - 12), m.span[0]):
            continue  # "61 per 100,000 people": the rate's denominator, part of the figure before it
        judged = _split_duration(m, nums) or _judge(m, nums, contexts[i], stated, wides[i],
                                                    functools.partial(_sentence_names, text, m.span, names),
                                                    functools.partial(_wide_words, text, m.span, 0, None, clauses,
                                                                      names))
        if (judged.verdict == "unsupported" or _discourse_count(m) or _refers_back(text, m)) and \
                _ordinary_word(text, m):
            continue  # "the two sides", "in one street", "two sharply different tolls": words, not figures
        if judged.reason == "qualifier" and _article_bound(case.article, text, m):
            # "noise above 55 decibels" where the article writes "noise above 55 decibels" and the case counts 55
            # exactly: the bound is the article's own wording of a threshold, not a loose figure
            judged = replace(judged, verdict="correct", reason=None,
                             rule=f"{judged.number_id}: the article bounds it in the same words", rule_id=R_SAME)
        if judged.number_id is not None and m.dimension in {"count", None} and (
                judged.verdict == "correct" or judged.rule_id == R_REFERENT_NOUN):
            judged = _event_swap(text, m, nums, judged)
        if judged.rule_id == R_SAME and m.dimension in {"count", None}:
            judged = _unit_word_swap(text, m, nums, judged, mentions[i - 1].span[1] if i else 0,
                                     mentions[i + 1].span[0] if i + 1 < len(mentions) else len(text))
        if judged.rule_id in {R_SAME, R_DIGIT_SLIP} and judged.number_id is not None and \
                _told_as_difference(text, m) and (how := _derived(m, nums)) and \
                (" - " in how or (" + " in how and judged.rule_id == R_SAME)) and not any(
                    c.num.id == judged.number_id and same_figure(_m_base(m, c), c.base, 0.0) for c in nums):
            # "about 1,260 fewer than the lawyers' figure" (3,400 - 2,140): a difference the clause tells, not a
            # rounding of the 1,200 places it happens to be near, nor a slip of a figure whose digits it shares ("34
            # fewer than the commission's count", 38 - 4, is no 43 misread)
            judged = replace(judged, verdict="derived", number_id=None, rule=f"derived: {how}", rule_id=R_DERIVED)
        if judged.rule_id == R_REFERENT_NOUN and _article_counts(case, text, m):
            # "three farm workers have died" for 3 deaths: the article counts the case's figure with this noun, in
            # these words; the summary's noun is the article's own, no other thing's
            judged = replace(judged, verdict="correct", reason=None,
                             rule="the article counts this figure with this noun", rule_id=R_ARTICLE)
        elif judged.rule_id == R_REFERENT_NOUN and not _counts_other_thing(case, m, nums, judged.number_id):
            # "11 dead" for 11 civilians killed, "nine dead" for nine miners: a noun that only loosely matches another
            # group of the case, and that the case and its article count nowhere else, is another word for what this
            # figure counts, no other thing's (labels: people told for "amputations" or dead voters' "names" are too)
            judged = replace(judged, verdict="correct", reason=None,
                             rule=f"figure of {judged.number_id}, a noun that counts nothing else of the case",
                             rule_id=R_OTHER_WORD)
        elif judged.verdict == "unsupported" and _in_article(case, m):
            judged = replace(judged, verdict="correct", rule="the article states this figure", rule_id=R_ARTICLE)
        elif judged.reason == "value" and judged.rule_id in {R_CLAUSE_VALUE, R_PLAUSIBLE} and m.kind != "year" \
                and _in_article(case, m, contexts[i]):
            # "terms from five to seven years": the article states this figure in these words, for a thing the
            # case's numbers omit; it is no misremembered case figure (a year is: years recur for other events)
            judged = replace(judged, verdict="correct", reason=None, number_id=None,
                             rule="the article states this figure in these words", rule_id=R_ARTICLE)
        out.append(judged)
        judged_mentions.append(m)
    out = _fractions_of_shares(text, judged_mentions, out, nums)
    out = _set_against(text, judged_mentions, out, nums)
    out = _summary_arithmetic(text, judged_mentions, out) if len(out) > 2 else out
    return _with_clocks(case, text, out)


def _with_clocks(case: Case, text: str, out: list[NumberVerdict]) -> list[NumberVerdict]:
    """The verdicts with the summary's clock times ("at 3:15 a.m.") judged against the case's times of day, in text
    order (:mod:`scorers.clock`; none in a case that gives no time of day)."""
    if not clock.case_clocks(case):
        return out
    found = [v for c in clock.read_clocks(text) if (v := clock.judge_clock(case, c)) is not None]
    return sorted(out + found, key=lambda v: v.span) if found else out


# What the words next to a count of people say happened to them: the verb right before it ("killed 11 people",
# "injuring at least 40") or the words right after it ("11 people died", "19 still missing", "27 were arrested")
_TOLD_BEFORE = re.compile(r"\b(?P<w>killed|killing|kills|injured|injuring|wounded|wounding|arrested|arresting|detained|"
                          r"detaining|displaced|displacing|evacuated)\s+(?:(?:at\s+least|more\s+than|"
                          r"over|some|about|around|nearly|almost|up\s+to)\s+)?$", re.I)
# (a relative pronoun may open the words: "40 residents who died in hospital", "12 people that were killed")
_TOLD_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|been|still|remain|"
                         r"remained|reported|confirmed|now|and|or|feared|presumed)\s+){0,4}(?P<w>killed|dead|died|missing|injured|wounded|"
                         r"hurt|arrested|detained|displaced|evacuated|unaccounted)\b"
                         r"(?P<more>(?:\s+(?:and|or)\s+(?:(?:feared|presumed)\s+)?(?:dead|killed|missing|injured|wounded|hurt))?)",
                         re.I)
_MISSING_WORDS = frozenset({"missing", "unaccounted", "disappeared"})


def _told_events(text: str, m: NumberMention) -> frozenset[str]:
    """The events (``lex.EVENT_CUES``'s keys, and "missing") that the words right beside a figure say its people
    met; empty when they say none."""
    words: list[str] = []
    before = _TOLD_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0])
    if before:
        words.append(before.group("w"))
    after = _TOLD_AFTER.match(text, m.span[1])
    if after and after.start("w") - m.span[1] <= 45:
        words += [after.group("w"), *re.findall(r"[a-z]+", after.group("more").lower())]
    return _fates(frozenset(_stem(w) for w in words))


def _fate_of_its_own(text: str, m: NumberMention) -> bool:
    """Whether the fate told after a figure is its people's, not the next clause's: no "and"/"or" before the fate word
    ("40 residents who died" is; "freed 11 hostages and killed 16 militants" is not)."""
    after = _TOLD_AFTER.match(text, m.span[1])
    return after is not None and not re.search(r"\b(?:and|or)\b", text[m.span[1]:after.start("w")], re.I)


def _fates(stems: frozenset[str]) -> frozenset[str]:
    """The events these stems name, a toll's "missing" among them ("toll" itself says no event: a count of the
    missing is a toll too)."""
    out = set(_events(stems - {"toll"})) - {"infected"}  # "patients" and "cases" count the sick and the hurt alike
    if stems & _MISSING_WORDS:
        out.add("missing")
    return frozenset(out)


def _counted_fates(c: _CaseNum) -> frozenset[str]:
    """The fates a case figure counts, by its unit and referent; an event its referent names only as the setting of
    another (:data:`lex.SETTING_EVENTS`: "guards killed in the assault") only when its unit counts it."""
    fates = _fates(c.nouns | c.ref_words)
    return fates - (lex.SETTING_EVENTS - _fates(c.nouns))


def _event_swap(text: str, m: NumberMention, nums: Sequence[_CaseNum], judged: NumberVerdict) -> NumberVerdict:
    """A case's count of people told as the toll of another fate ("killed 11 people" for 11 missing, "19 still
    missing" for 19 deaths): a referent error, unless a case number of that figure counts that fate. The other way
    round, a count of people judged the wrong noun ("47 people" for 47 "missing") is right when its words tell the fate
    the case number counts ("47 people remain missing")."""
    told = _told_events(text, m)
    if not told:
        return judged
    c = next((c for c in nums if c.num.id == judged.number_id), None)
    if c is None or c.dimension != "count":
        return judged
    counted = _counted_fates(c)
    if judged.verdict == "wrong":
        # "47 people remain missing" for the case's 47 "missing": people told by the fate the case counts them by
        # (or a group of people, "186 civilians" killed, where the case counts people, not a named group)
        group = judged.rule_id == R_REFERENT_NOUN and c.nouns & _TOLL_SUBJECTS and \
            not c.nouns & _PERSON_GROUPS and _noun_forms(m.unit or "") & _PERSON_GROUPS
        if counted & told and (_noun_forms(m.unit or "") & _TOLL_SUBJECTS or group) and \
                _qualifier_ok(_m_base(m, c), m, c):
            return replace(judged, verdict="correct", reason=None,
                           rule=f"figure of {c.num.id}, people told by the fate it counts", rule_id=R_SAME)
        return judged
    if not counted & told and _fate_of_its_own(text, m):
        # "about 40 residents who died in hospital": of the case numbers of this figure, the one that counts the fate
        # told (40 deaths), not the one that only shares its noun (up to 40 residents per nurse)
        fate = next((o for o in nums if o is not c and o.dimension == "count"
                     and same_figure(m.value, o.num.value, o.tol)
                     and _counted_fates(o) & told and _qualifier_ok(_m_base(m, o), m, o)), None)
        if fate is not None:
            return replace(judged, number_id=fate.num.id, verdict="correct", reason=None,
                           rule=f"figure of {fate.num.id}, people told by the fate it counts", rule_id=R_SAME)
    if not counted or counted & told or any(
            same_figure(m.value, o.num.value, o.tol) and _counted_fates(o) & told for o in nums):
        return judged
    return replace(judged, verdict="wrong", reason="referent",
                   rule=f"figure of {c.num.id} told as {'/'.join(sorted(told))}; it counts {'/'.join(sorted(counted))}",
                   rule_id=R_EVENT_SWAP)


# where the words that tell a figure's thing end: the next conjunct, clause or sentence ("163 schools collapsed and 47
# ...")
_TELLING_BREAK = re.compile(r"[,;:()\n]|[.!?](?=\s|$)|\s[-–—]\s|\b(?:and|or|but|while|whereas|against|versus|than|"
                            r"with|from|to)\b", re.I)
# a partitive around the figure ("39 of the 46 drones ... were shot down"): the words tell the part, not the whole
_PARTITIVE_AROUND = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?\d")
_PARTITIVE_BEFORE = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?$")
TELLING_WORDS = 5
"""Words after (before) a figure, within its conjunct, that :func:`_unit_word_swap` reads for what it tells."""
_IRREGULAR_PARTICIPLES = frozenset({"shot", "built", "held", "lost", "sunk", "struck", "stolen", "taken", "seen"})


def _telling_stems(words: Iterable[str]) -> frozenset[str]:
    """Five-letter stems of the participles among ``words`` ("collapsed": "colla"): what sets one count of a thing
    apart from another of the same thing ("schools collapsed", "schools damaged"), as its nouns do not."""
    return frozenset(w.lower()[:5] for w in words if len(w) > 3 and (
        w.lower().endswith("ed") or w.lower() in _IRREGULAR_PARTICIPLES))


def _unit_telling(c: _CaseNum) -> frozenset[str]:
    """The telling stems of a case count's unit ("Kestrian soldiers killed": kille)."""
    return _telling_stems(_WORD_RE.findall(c.num.unit))


def _unit_word_swap(text: str, m: NumberMention, nums: Sequence[_CaseNum], judged: NumberVerdict, lo: int,
                    hi: int) -> NumberVerdict:
    """A case count told with the participle that sets a rival count of the same things apart ("163 of the schools
    collapsed" where the case's 163 are "schools damaged" and its 47 "schools collapsed"): a referent error. The words
    after the figure, within its conjunct and before the next figure (``hi``), are read first ("47 more were
    damaged"), then those before it, after the last figure (``lo``). A partitive's figures ("39 of 46 drones were shot
    down") are left alone: its words tell the part."""
    c = next((c for c in nums if c.num.id == judged.number_id), None)
    if c is None or c.dimension != "count" or _PARTITIVE_AROUND.match(text, m.span[1]) or \
            _PARTITIVE_BEFORE.search(text, max(0, m.span[0] - 24), m.span[0]):
        return judged
    own = _unit_telling(c)
    # rivals: counts of the same thing, whose units differ by a participle ("schools collapsed", "schools damaged")
    nouns = c.nouns - {_stem(w) for w in _WORD_RE.findall(c.num.unit.lower()) if w.endswith("ed")}
    rivals = [(own - theirs, theirs - own) for o in nums if o is not c and o.dimension == "count"
              and not same_figure(m.value, o.num.value, o.tol) and nouns & o.nouns
              for theirs in (_unit_telling(o),)]
    rivals = [(mine, theirs) for mine, theirs in rivals if mine and theirs]
    if not rivals:
        return judged
    brk = _TELLING_BREAK.search(text, m.span[1], hi)
    after = _telling_stems(_WORD_RE.findall(text, m.span[1], brk.start() if brk else hi)[:TELLING_WORDS])
    starts = [b.end() for b in _TELLING_BREAK.finditer(text, lo, m.span[0])]
    before = _telling_stems(_WORD_RE.findall(text, starts[-1] if starts else lo, m.span[0])[-TELLING_WORDS:])
    for words in (after, before):
        if any(mine & words for mine, _ in rivals):
            return judged
        told = next((theirs & words for _, theirs in rivals if theirs & words), None)
        if told:
            return replace(judged, verdict="wrong", reason="referent",
                           rule=f"figure of {c.num.id} told as another count's '{'/'.join(sorted(told))}'",
                           rule_id=R_UNIT_WORD_SWAP)
    return judged


_YEARS_OLD_AFTER = re.compile(r"(?:-|\s+)old\b", re.I)
_AGE_WORDS = frozenset({"age", "aged", "old"})
MAX_PERSON_AGE = 125
"""Years no person's age reaches: an age above it is a thing's ("houses up to 400 years old")."""


_AGAINST_GAP = re.compile(r"\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:[\w'’-]+\s+){0,4}?$", re.I)


def _set_against(text: str, mentions: list[NumberMention], out: list[NumberVerdict],
                 nums: Sequence[_CaseNum]) -> list[NumberVerdict]:
    """A bare figure set against a measure ("17 knots against the navy's figure of 9") is in that measure's unit: where
    a case number of that unit states it exactly, it is that number, not a count of the same value (9 rescued)."""
    result = list(out)
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if b.unit is not None or a.unit is None or a.dimension in {None, "count"} or \
                not _AGAINST_GAP.search(text, a.span[1], b.span[0]):
            continue
        c = next((c for c in nums if c.key == a.unit and same_figure(b.value, c.num.value, 0.0)), None)
        if c is not None and out[i].number_id != c.num.id:
            result[i] = replace(out[i], number_id=c.num.id, verdict="correct", reason=None,
                                rule=f"bare figure of {c.num.id}, in the unit of the figure it is set against",
                                rule_id=R_BARE)
    return result


def _fractions_of_shares(text: str, mentions: list[NumberMention], out: list[NumberVerdict],
                         nums: Sequence[_CaseNum]) -> list[NumberVerdict]:
    """A share written as a count out of a count ("in seven out of ten samples" for 70 percent of samples): both
    figures are derived from the case's percentage, when neither is a case figure of its own."""
    result = list(out)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not (_FRACTION_GAP.fullmatch(text, a.span[1], b.span[0]) and b.value and a.value < b.value <= 1000):
            continue
        if not all(v.verdict == "unsupported" or v.verdict == "wrong" and v.reason == "value"
                   for v in (out[i], out[i + 1])):
            continue
        share = 100 * a.value / b.value
        c = next((c for c in nums if c.dimension == "percent" and abs(c.num.value - share) <= max(1.0, 0.05 * share)),
                 None)
        if c is not None:
            for k in (i, i + 1):
                result[k] = replace(out[k], number_id=None, verdict="derived", reason=None,
                                    rule=f"derived: {a.text} out of {b.text} is {c.num.id}", rule_id=R_DERIVED)
    return result


_FRACTION_GAP = re.compile(r"\s+(?:out\s+of|in)\s+(?:every\s+)?", re.I)  # "seven out of ten", "one in five"


_PER_AFTER = re.compile(r"\s*(?:a|an|per|each|for\s+each|every)\s+[a-z]", re.I)
_EACH_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:each|apiece|a\s+head|per\s+(?:person|head|family|household))\b",
                         re.I)


def _summary_arithmetic(text: str, mentions: list[NumberMention], out: list[NumberVerdict]) -> list[NumberVerdict]:
    """A figure no case number explains that is simple arithmetic on two right figures of its own sentence is
    derived: "from 41 to 9, 32 fewer animals", "38 percent of 412 homes, roughly 157", "143 bodies; 61 identified,
    leaving 82", "410,000 posts over 14 months, about 29,000 a month". The summary shows its working; the nouns
    it gives the result ("animals", "households") need not be the case's."""
    ends = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
    sentence = [bisect_right(ends, m.span[0]) for m in mentions]
    result = list(out)
    for i, (m, v) in enumerate(zip(mentions, out, strict=True)):
        # a figure no case number explains, or one read as a wrong value of a case number ("roughly a quarter" of
        # "126 wounded, 31 of them children" is no wrong 40%): the working beside it explains it
        if not (v.verdict == "unsupported" or v.verdict == "wrong" and v.reason == "value") or m.kind == "year" \
                or not m.value:
            continue
        ops = [(mentions[j], out[j]) for j in range(len(out)) if j != i and sentence[j] == sentence[i]
               and out[j].verdict in {"correct", "derived"} and mentions[j].kind not in {"year", "day"}
               and mentions[j].dimension not in {"year", "date"}]
        how = _arithmetic_of(text, m, [o for o, _ in ops])
        if how:
            result[i] = replace(v, number_id=None, verdict="derived", reason=None,
                                rule=f"derived from the figures beside it: {how}", rule_id=R_DERIVED)
    return result


def _arithmetic_of(text: str, m: NumberMention, ops: list[NumberMention]) -> str | None:
    """How ``m`` is a sum, difference, percentage, share or quotient of two of ``ops``, or the sum of three or four of
    their counts (None if it is not)."""
    x = m.value

    def near(d: float) -> bool:
        if d != 0 and abs(x - d) <= _derived_slack(m, x, d) + tolerance.EPS:
            return True
        # a bound holds and is not far off: "almost 30 points" between 87% and 58% (29)
        if m.qualifier == "less":
            return 0 < x * (1 - tolerance.BOUND_RELATIVE) <= d <= x
        return m.qualifier == "more" and 0 < x <= d <= x * (1 + tolerance.BOUND_RELATIVE)

    per = bool(_PER_AFTER.match(text, m.span[1])) or (m.measure is not None and m.measure.per is not None)
    for a in ops:
        for b in ops:
            if a is b:
                continue
            pa, pb = a.dimension == "percent", b.dimension == "percent"
            if m.kind == "ratio":
                if b.value and not pa and not pb and _ratio_fits(m, a.value / b.value):
                    return f"{a.text} / {b.text}"
                continue
            if pa and not pb and m.dimension != "percent" and near(a.value * b.value / 100):
                return f"{a.text} of {b.text}"
            if pa or pb:
                if pa and pb and m.dimension in {"percent", "pp", None} and near(abs(a.value - b.value)):
                    return f"{a.text} - {b.text}"
                continue
            if m.dimension == "percent" and b.value and near(100 * a.value / b.value):
                return f"{a.text} / {b.text} as percent"
            if m.dimension == "percent" and b.value and a.dimension == b.dimension and a.value > b.value and \
                    near(100 * (a.value - b.value) / b.value):
                return f"({a.text} - {b.text}) / {b.text} as percent"  # "112 km/h, 60 percent above the 70 limit"
            if m.dimension == "percent" and a.dimension == b.dimension and a.value > b.value and \
                    near(100 * (a.value - b.value) / a.value):
                return f"({a.text} - {b.text}) / {a.text} as percent"  # "fell by about 30%, from 412 to 287"
            dims = {d for d in (m.dimension, a.dimension, b.dimension) if d is not None}
            if m.dimension == "percent" or len(dims) > 1:
                continue  # one measure (or figures without units): "17 people in a 14-hour raid" make no "three weeks"
            if a.value > b.value and near(a.value - b.value):
                return f"{a.text} - {b.text}"
            if near(a.value + b.value):
                return f"{a.text} + {b.text}"
            if per and b.value > 1 and near(a.value / b.value):
                return f"{a.text} / {b.text}"
            if _EACH_AFTER.match(text, b.span[1]) and near(a.value * b.value):
                return f"{a.text} x {b.text}"  # "160 detainees fined 12,000 dorins each, nearly 2 million"
    # a total of three or four counts the sentence lists: "Estoria (341), Bandalia (228) and Corvenia (167) together
    # report 736 dead"
    counts = [o for o in ops if o.dimension in {None, "count"} and o.kind == "cardinal" and o.value > 1] \
        if m.dimension in {None, "count"} and m.kind == "cardinal" else []
    for k in (3, 4):
        for combo in itertools.combinations(counts, k) if len(counts) >= k else ():
            if near(sum(o.value for o in combo)):
                return " + ".join(o.text for o in combo)
    return None


def _nums_by_ref_word(nums: tuple[_CaseNum, ...]) -> dict[str, list[_CaseNum]]:
    """The case numbers by each word of their referents (``ref_words``), built once per case."""
    out: dict[str, list[_CaseNum]] = {}
    for c in nums:
        for w in c.ref_words:
            out.setdefault(w, []).append(c)
    return out


_NUMS_BY_REF_WORD: PerCase[dict[str, list[_CaseNum]]] = PerCase(_nums_by_ref_word)


def _named_by(by_word: dict[str, list[_CaseNum]], context: frozenset[str]) -> Iterable[_CaseNum]:
    """The case numbers one of whose referent words the context holds (``context & c.ref_words``), each once."""
    return {id(c): c for w in context for c in by_word.get(w, ())}.values()


_DAY_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|until|through)\s*")
_DAY_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+")  # "November 3 and 7"
_DAY_END_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:in|at|on|when|after|before|last|this|that)\b)")  # no noun after it
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+")
_ONE_PRONOUN = re.compile(r"\s+(?:believes|says|thinks|can|could|must|should|would|might|may|will|sees|finds|"
                          r"has|needs|wonders|asks)\b", re.I)
_PARTITIVE_GAP = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+out\s+of\s+|"
                            r"\s+of\s+(?:(?:the|its|their|his|her|[\w-]+['’]s)\s+){0,3}", re.I)
_PER_BEFORE = re.compile(r"\b(?:per|every|each)[ \u00a0]+$", re.I)


def _read_article_figures(case: Case) -> tuple[tuple[NumberMention, frozenset[str]], ...]:
    """The article's figures with the words around each (as a summary's are read)."""
    found = tuple(extract_numbers(case.text)) if case.text else ()
    clauses = _clauses(case.text) if case.text else []
    return tuple((a, _clause_words(case.text, a.span, lo=found[i - 1].span[1] if i else 0,
                                   hi=found[i + 1].span[0] if i + 1 < len(found) else None, clauses=clauses))
                 for i, a in enumerate(found))


_ARTICLE_FIGURES: PerCase[tuple[tuple[NumberMention, frozenset[str]], ...]] = PerCase(_read_article_figures)


def _article_figures(case: Case) -> tuple[tuple[NumberMention, frozenset[str]], ...]:
    """The article's figures with the words around each, built once per case."""
    return _ARTICLE_FIGURES.get(case)


def _same_article_figure(a: NumberMention, m: NumberMention) -> bool:
    if a.kind != m.kind and "year" in {a.kind, m.kind}:
        # "76% of 2019 levels", "the 1997 Karra Waters Agreement": the article's year, read here as a count
        return m.value == a.value and 1900 <= m.value <= 2100 and m.value == int(m.value)
    if m.unit and a.unit and m.dimension == a.dimension == "count" and not _noun_forms(m.unit) & _noun_forms(a.unit):
        return False
    if m.dimension and a.dimension and m.dimension != a.dimension:
        return False
    return same_figure(m.value * _m_factor(m), a.value * _m_factor(a), tolerance.ROUNDING_MAX_RELATIVE)


def _in_article(case: Case, m: NumberMention, context: frozenset[str] | None = None) -> bool:
    """True when the case's article states the figure (same value, within rounding; a compatible unit or none):
    docs/contract.md: a figure the article states is never unsupported, even when ``numbers`` omits it. With
    ``context``, only where the article's words around it share two words with the summary's."""
    return any(_same_article_figure(a, m) and (context is None or len(words & context) >= 2)
               for a, words in _article_figures(case))


_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:fewer|more|less|higher|lower|greater|larger|smaller|"
                               r"bigger|short)\s+(?:than|of)\b", re.I)
_DIFFERENCE_BEFORE = re.compile(r"\b(?:gap|difference|shortfall|discrepancy)\s+of\s+(?:about|some|roughly|nearly)?\s*$",
                                re.I)


def _told_as_difference(text: str, m: NumberMention) -> bool:
    """Whether the words beside a figure tell it as a difference of two others ("1,260 fewer than", "a gap of")."""
    return bool(_DIFFERENCE_AFTER.match(text, m.span[1]) or _DIFFERENCE_BEFORE.search(text, max(0, m.span[0] - 30),
                                                                                        m.span[0]))


def _article_counts(case: Case, text: str, m: NumberMention) -> bool:
    """True when the article counts the figure (the same value) with the summary's noun and tells no other fate of
    it ("Three farm workers have died"; not "47 people died" where the article's 47 people remain missing): a count
    the summary words as its article does."""
    if m.dimension != "count" or not m.unit:
        return False
    told = _told_events(text, m)
    return any(a.dimension == "count" and a.unit and a.value == m.value and _noun_forms(a.unit) & _noun_forms(m.unit)
               and (not told or not (other := _told_events(case.text, a)) or told & other)
               for a, _words in _article_figures(case))


def _counts_other_thing(case: Case, m: NumberMention, nums: Sequence[_CaseNum], number_id: str | None) -> bool:
    """Whether the summary's counted noun is what another figure of the case counts (another case number's noun, or
    the noun of an article figure of another value), or either figure is no count: then "310 soldiers" for 310
    violations tells the figure as another thing's. A noun the case counts nowhere else names the same thing."""
    own = next((c for c in nums if c.num.id == number_id), None)
    if own is None or own.dimension != "count" or m.dimension not in {"count", None} or not m.unit:
        return True
    forms = _noun_forms(m.unit)
    return any(forms & c.nouns for c in nums if c is not own) or any(
        a.unit and a.value != own.num.value and forms & _noun_forms(a.unit) for a, _w in _article_figures(case))


def _discourse_count(m: NumberMention) -> bool:
    """A small count of accounts ("two different tolls", "three estimates"): what the summary weighs, whatever
    case figure its value happens to equal."""
    return m.value <= 3 and bool(m.unit) and m.unit.split()[-1].lower() in lex.DISCOURSE_NOUNS


def _refers_back(text: str, m: NumberMention) -> bool:
    """A small number word after "the" with no noun of its own ("before the two collided", "the three were
    freed"): it points back to things already named, whatever case figure its value equals."""
    return m.unit is None and m.measure is None and m.value <= 10 and \
        bool(_THE_AT_END.search(text, max(0, m.span[0] - 12), m.span[0])) and text[m.span[0]:m.span[1]].isalpha() \
        and bool(_VERB_AFTER_PRONOUN.match(text, m.span[1]))


_THE_AT_END = re.compile(r"\b(?:the|these|those)[ \u00a0]$", re.I)
# a verb right after "the two" that makes it a pronoun's subject: "before the two collided", "the three were freed"
_VERB_AFTER_PRONOUN = re.compile(r"\s+(?:[a-z]+ed|were|was|are|is|have|had|will|would|could|did|met|spoke)\b")


def _ordinary_word(text: str, m: NumberMention) -> bool:
    """A small number word that refers back to named things ("the two sides", "two competing accounts") or means
    "a" ("in one street")."""
    word = text[m.span[0]:m.span[1]].split()[0].lower() if m.span[1] > m.span[0] else ""
    if not word.isalpha() or m.value > 10 or len(m.text.split()) > 2:  # "one in 40" is a figure
        return False
    if _DETERMINER_AT_END.search(text[max(0, m.span[0] - 8):m.span[0]]):
        return True
    if _discourse_count(m):
        return True  # "two irreconcilable accounts", "three estimates": what the summary weighs
    if word == "one" and _ONE_PRONOUN.match(text, m.span[1]):
        return True  # "whether one believes": the pronoun
    return word == "one" and not _PLURAL_RE.search(m.unit or "x")


def _judge_day(m: NumberMention, case: Case) -> NumberVerdict | None:
    """A date's day of the month, against case numbers whose unit is that month ("unit: October").

    A date the case knows is correct; another day of a month the case dates is a wrong value; a date
    in a month the case never dates is unsupported (the article gives no such date). A case that
    records no dates at all (the usual form: only years) leaves days of the month unjudged.
    """
    months = {n.unit.lower() for n in case.numbers if n.unit.lower() in lex.MONTHS}
    if not m.unit or not months:
        return None
    month = lex.MONTHS.get(m.unit)  # "Jan." and "January" are one month
    dated = [n for n in case.numbers if month is not None and lex.MONTHS.get(n.unit.lower()) == month]
    if any(n.value == m.value for n in dated):
        n = next(n for n in dated if n.value == m.value)
        return NumberVerdict(m.text, m.span, m.value, m.unit, n.id, "correct", None, f"date {n.id}", R_DATE)
    if dated:
        return NumberVerdict(m.text, m.span, m.value, m.unit, dated[0].id, "wrong", "value",
                             f"no {m.unit} {m.value:g} in the case", R_DATE_WRONG)
    return NumberVerdict(m.text, m.span, m.value, m.unit, None, "unsupported", None,
                         f"the case gives no date in {m.unit}", R_DATE_UNKNOWN)


def numeric_errors(verdicts: Iterable[NumberVerdict]) -> int:
    """Count the numeric errors (``wrong`` and ``unsupported`` verdicts).

    Args:
        verdicts: verdicts from :func:`score_numbers`.

    Returns:
        The number of wrong or unsupported figures.
    """
    from scorers.metrics import is_numeric_error  # the one definition of a numeric error

    return sum(map(is_numeric_error, verdicts))


# Patterns of the functions above, compiled once at import (not looked up in re's cache, which per-case
# patterns would churn).
_DIGIT_SEPARATOR = re.compile(r"[,\s\u00a0\u202f]")
_THE_AT_END = re.compile(r"\bthe[ \u00a0]$", re.I)
_ACRONYM_AFTER = re.compile(r"[ \u00a0][A-Z]{2,}\b")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_ACRONYM_AT_END = re.compile(r"\b[A-Z]{2,}[ \u00a0]$")
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")
_MONTH_DAY_AT_END = re.compile(r"([A-Za-z]+)\.?,?[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DETERMINER_AT_END = re.compile(r"(?:\b(?:the|these|those|both|all)|['’]s)[ \u00a0]$", re.I)
