"""Numbers: find every figure in a summary and judge it against the case's numbers (CONTRACT §1).

Extraction (:func:`extract_numbers`) reads digits ("42,000", "1.3 million", "42k"), number words
("forty-two thousand", "two dozen", "a thousand"), percentages, units written after the figure,
years and dates, and ratios ("four times", "twice"). Each mention keeps the summary's own qualifier
("more than", "nearly", "about"), read backwards from the figure, and its unit or counted noun.

Judgement (:func:`score_numbers`) tries, in order: a case number with a compatible unit or noun and a
close value (``correct``, or ``wrong``/``qualifier`` when the intervals are disjoint); the same
figure with the wrong time unit (``period``), the wrong unit (``unit``) or a noun of another case
number (``referent``); a digit swap or power-of-ten slip (``value``); simple arithmetic on case
numbers (``derived``); a plausible figure for a compatible number (``value``); else ``unsupported``.
Figures with a measure but no counted noun (percentages, areas) are also read against the words
around them: when those name another number's ``referent`` ("turnout was 72%" where 72% is a
share of the vote), the figure is judged against that number (``referent`` or ``value``).
Word lists live in :mod:`scorers.lexicon_numbers`.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from harness.case import Case, Number
from scorers import lexicon_numbers as lex
from scorers.types import NumberVerdict

# ---------------------------------------------------------------------------------------------
# Compiled patterns and derived lookup tables (built once, at import).

_UNIT_INDEX: dict[str, tuple[str, str, float]] = {
    form: (key, dim, factor)
    for dim, group in lex.UNIT_GROUPS.items()
    for form, (key, factor) in group.items()
}
"""Surface form (lower case) -> (unit key, dimension, factor to the dimension's base unit)."""

_KEY_INFO: dict[str, tuple[str, float]] = {key: (dim, f) for key, dim, f in _UNIT_INDEX.values()}
"""Unit key -> (dimension, factor)."""

_DIM_KEYS: dict[str, list[str]] = {}
for _key, (_dim, _f) in _KEY_INFO.items():
    _DIM_KEYS.setdefault(_dim, []).append(_key)


def _unit_form_re(form: str) -> str:
    parts = [re.escape(p) for p in form.split(" ")]
    body = r"[\s\u00a0-]+".join(parts)
    return body + (r"(?![A-Za-z0-9])" if form[-1].isalnum() else "")


_UNIT_RE = re.compile(
    r"[\s\u00a0]*-?[\s\u00a0]*(?P<unit>"
    + "|".join(_unit_form_re(f) for f in sorted(_UNIT_INDEX, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)
_CURRENCY_RE = "|".join(re.escape(c) for c in sorted(lex.CURRENCY_PREFIXES, key=len, reverse=True))
_SCALE_RE = "|".join(lex.SCALE_WORDS)
_DIGITS_RE = re.compile(
    rf"(?P<cur>{_CURRENCY_RE})?[\s\u00a0]?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
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
    out = []
    for cue in sorted(cues, key=len, reverse=True):
        body = r"\s+".join(re.escape(p) for p in cue.split())
        out.append((r"(?<![A-Za-z])" if cue[0].isalpha() else "") + body)
    return "|".join(out)


_QUAL_BEFORE_RE = re.compile(
    rf"(?:(?P<more>{_cue_re(lex.QUALIFIERS_MORE)})|(?P<less>{_cue_re(lex.QUALIFIERS_LESS)})"
    rf"|(?P<about>{_cue_re(lex.QUALIFIERS_ABOUT)}))[\s\u00a0\"'“‘]*$",
    re.IGNORECASE,
)
_QUAL_AFTER_RE = re.compile(
    "|".join(re.escape(s) for s in sorted(lex.QUALIFIER_SUFFIX_MORE, key=len, reverse=True)), re.IGNORECASE
)
_ABOUT_AFTER_RE = re.compile(r"[\s\u00a0]+or[\s\u00a0]+so(?![A-Za-z])", re.IGNORECASE)
_TEMPORAL_PREPOSITIONS = frozenset({"over", "under", "within", "in", "beyond"})
"""Before a duration these are prepositions, not qualifiers ("over five days" = during them)."""

_WORD_VALUES: dict[str, int] = {**lex.UNITS_WORDS, **lex.TENS_WORDS}
_NUMBER_WORDS = frozenset(_WORD_VALUES) | frozenset(lex.SCALE_WORDS)
_BIG_SCALES = frozenset({"thousand", "million", "billion", "trillion"})

_PLURAL_RE = re.compile(r"[a-z]{2,}(?<!s)s$|men$|people$|ren$")


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
    """

    text: str
    span: tuple[int, int]
    value: float
    unit: str | None
    dimension: str | None
    qualifier: str | None
    kind: str


@dataclass
class _Raw:
    start: int
    end: int  # end of the figure itself (before any unit)
    value: float
    kind: str = "cardinal"
    words: tuple[str, ...] = ()
    currency: str | None = None


def _parse_digits(num: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", num))


def _words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


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


def _prev_word(words: list[tuple[str, int, int]], i: int) -> str:
    return words[i - 1][0] if i > 0 else ""


def _raw_numbers(text: str) -> list[_Raw]:
    """Find figures (digits, number words, ratios) before units and nouns are read."""
    urls = [m.span() for m in _URL_RE.finditer(text)]
    found: list[_Raw] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in [*urls, *taken])

    for m in _DIGITS_RE.finditer(text):
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
        if not m.group("suf") and not m.group("scale"):
            if _ORDINAL_SUFFIX_RE.match(text, m.end("num")):
                continue  # "1st", "24th"
            if _TIME_OF_DAY_RE.match(text, m.end("num")):
                continue  # "10:30", "5pm"
            if after[:1].isalpha() and not _UNIT_RE.match(text, b) and not after.lower().startswith("k"):
                continue  # "5G", "A320"-like tokens
        value = _parse_digits(m.group("num"))
        if m.group("suf"):
            value *= lex.SCALE_SUFFIXES[m.group("suf").lower()]
        if m.group("scale"):
            value *= lex.SCALE_WORDS[m.group("scale").lower()]
        cur = lex.CURRENCY_PREFIXES[m.group("cur").lower()] if m.group("cur") else None
        found.append(_Raw(a if cur else num_start, b, value, currency=cur))
        taken.append((a, b))

    words = _words_with_offsets(text)
    i = 0
    while i < len(words):
        w, s, e = words[i]
        if not free(s, e):
            i += 1
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if w in lex.RATIO_WORDS and w in {"twice", "thrice"}:
            found.append(_Raw(s, e, float(lex.RATIO_WORDS[w]), kind="ratio", words=(w,)))
            i += 1
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
                taken.append((s, words[i + 2][2]))
                i += 3
                continue
        phrase = next((p for p in lex.PHRASE_NUMBERS if text[s:].lower().startswith(p + " ")), None)
        if phrase:
            end = s + len(phrase)
            found.append(_Raw(s, end, float(lex.PHRASE_NUMBERS[phrase]), kind="phrase", words=(phrase,)))
            taken.append((s, end))
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
        found.append(_Raw(s, end, value, words=run))
        taken.append((s, end))
        i = i_next
    found.sort(key=lambda r: r.start)
    return found


_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


def _counted_noun(text: str, pos: int) -> str | None:
    """The counted noun after a figure: skips possessives and proper adjectives ("Northern")."""
    words: list[tuple[str, str, int, int]] = []
    for m in _WORD_RE.finditer(text, pos, min(len(text), pos + 80)):
        gap = text[words[-1][3] if words else pos : m.start()]
        if gap.strip(" \u00a0-+") or "\n" in gap:
            break
        words.append((m.group(0), m.group(0).lower(), m.start(), m.end()))
        if len(words) >= 6:
            break
    if words and words[0][1] in _DETERMINERS:
        return None  # "45,774 the year before": a determiner right after the figure starts another phrase
    k = 0
    while k < len(words) and (words[k][1] in lex.NOUN_SKIP or words[k][0][:1].isupper()):
        k += 1
    if k >= len(words) or words[k][1] in lex.NOUN_STOP or words[k][1] in _NUMBER_WORDS:
        return None
    head = [words[k][1]]
    if (
        k + 1 < len(words)
        and words[k + 1][1] not in lex.NOUN_STOP
        and not _PLURAL_RE.search(head[0])
        and _PLURAL_RE.search(words[k + 1][1])
    ):
        head.append(words[k + 1][1])  # "service members", "armoured vehicles"
        k += 1
    if (
        k + 2 < len(words)
        and words[k + 1][1] in {"and", "or"}
        and words[k + 2][1] not in lex.NOUN_STOP
        and _PLURAL_RE.search(words[k + 2][1])
    ):
        head += [words[k + 1][1], words[k + 2][1]]  # "towns and villages"
    return " ".join(head)


def _qualifier(text: str, raw: _Raw, dimension: str | None) -> str | None:
    m = _QUAL_BEFORE_RE.search(text[max(0, raw.start - 40) : raw.start])
    if m:
        cue = (m.group("more") or m.group("less") or m.group("about") or "").lower().split()
        if dimension == "duration" and cue and cue[0] in _TEMPORAL_PREPOSITIONS and len(cue) == 1:
            return None
        return "more" if m.group("more") else "less" if m.group("less") else "about"
    if _QUAL_AFTER_RE.match(text, raw.end):
        return "more"
    if _ABOUT_AFTER_RE.match(text, raw.end):
        return "about"
    if raw.kind == "phrase":
        return "about"
    return None


def _is_day_of_month(text: str, words: list[tuple[str, int, int]], raw: _Raw) -> bool:
    if raw.words or raw.value != int(raw.value) or not 1 <= raw.value <= 31:
        return False
    before = [w for w in words if w[2] <= raw.start][-1:]
    after = [w for w in words if w[1] >= raw.end][:1]
    if before and before[0][0] in lex.MONTHS and raw.start - before[0][2] <= 2:
        return True
    return bool(after and after[0][0] in lex.MONTHS and after[0][1] - raw.end <= 4)


def _month_of(words: list[tuple[str, int, int]], raw: _Raw) -> str | None:
    """The month name next to a day of the month ("October 26", "26 October")."""
    before = [w for w in words if w[2] <= raw.start][-1:]
    after = [w for w in words if w[1] >= raw.end][:1]
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
        return bool(re.search(r"\b[A-Z]{2,}[ \u00a0]$", before)) and text[start:start + 1].isupper()
    digits = text[start:end]
    if not digits.isdigit() or len(digits) > 5:
        return False
    if re.search(r"\bthe[ \u00a0]$", text[max(0, start - 5):start], re.I) and re.match(r"[ \u00a0][A-Z]{2,}\b",
                                                                                    text[end:end + 12]):
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
    raws = _raw_numbers(text)
    out: list[NumberMention] = []
    for idx, raw in enumerate(raws):
        if _in_name(text, raw.start, raw.end, raw.words) or (raw.words and _in_idiom(text, raw.start, raw.end)):
            continue

        end = raw.end
        unit: str | None = None
        dimension: str | None = None
        kind = raw.kind if raw.kind in {"ratio"} else "cardinal"
        if raw.currency:
            unit, dimension = raw.currency, "currency"
        um = _UNIT_RE.match(text, raw.end)
        if kind == "ratio":
            dimension = "ratio"
        elif um and not raw.currency:
            key, dimension, _f = _UNIT_INDEX[re.sub(r"[\s\u00a0-]+", " ", um.group("unit").lower())]
            unit, end = key, um.end()
        elif _is_day_of_month(text, words, raw):
            kind, dimension = "day", "date"
            unit = _month_of(words, raw)
        elif not raw.currency:
            nxt = re.match(r"[\s\u00a0]*(?:times|fold)(?![A-Za-z])|-fold(?![A-Za-z])", text[raw.end :])
            if nxt:
                kind, dimension = "ratio", "ratio"
                end = raw.end + nxt.end()
            else:
                unit = _counted_noun(text, raw.end)
                range_next = raws[idx + 1] if idx + 1 < len(raws) else None
                gap = text[raw.end : range_next.start] if range_next else ""
                if unit is None and range_next and gap.strip().lower() in {"-", "–", "to", "—"}:
                    um2 = _UNIT_RE.match(text, range_next.end)
                    if um2:
                        key, dimension, _f = _UNIT_INDEX[
                            re.sub(r"[\s\u00a0-]+", " ", um2.group("unit").lower())
                        ]
                        unit = key
                    else:
                        unit = _counted_noun(text, range_next.end)
                is_plain4 = not raw.words and re.fullmatch(r"\d{4}", text[raw.start : raw.end])
                after_month = re.search(r"([A-Za-z]+)\.?,?[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?$",
                                        text[max(0, raw.start - 20):raw.start])
                after_month = bool(after_month and after_month.group(1).lower() in lex.MONTHS)
                if is_plain4 and 1000 <= raw.value <= 2100 and (
                        unit is None or not _PLURAL_RE.search(unit) or after_month):
                    if after_month:
                        end = raw.end  # "February 2019 attackers": the noun is not counted by the year
                    kind, unit, dimension = "year", "year", "year"
                elif unit is not None and dimension is None:
                    dimension = "count"
        qualifier = _qualifier(text, raw, dimension) if kind != "day" else None
        out.append(
            NumberMention(
                text[raw.start : end], (raw.start, end), raw.value, unit, dimension, qualifier, kind
            )
        )
    return _with_fractions(text, out)


_FRACTION_RE = re.compile(
    r"\b(?P<num>a|an|one|two|three|four|five|seven|nine)[\s-]+(?P<den>"
    + "|".join(sorted(lex.FRACTION_DENOMINATORS, key=len, reverse=True)) + r")\b", re.I)
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}


def _with_fractions(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Add spelled-out fractions ("two-thirds", "less than a third") as ratios, replacing the bare
    numerator a plain reading found ("two" counting "thirds")."""
    out = list(mentions)
    for m in _FRACTION_RE.finditer(text):
        num, den = _NUMERATORS[m.group("num").lower()], lex.FRACTION_DENOMINATORS[m.group("den").lower()]
        if num >= den:
            continue
        plural_or_hyphen = m.group("den").lower().endswith("s") or "-" in m.group()
        if not plural_or_hyphen and re.match(r"[ \u00a0]+[a-z]", text[m.end():m.end() + 3]) and \
                not re.match(r"[ \u00a0]+of\b", text[m.end():m.end() + 4]):
            continue  # "a third term", "a sixth straight win": an ordinal, not a fraction
        out = [x for x in out if not (m.start() <= x.span[0] < m.end())]
        raw = _Raw(m.start(), m.end(), num / den, "phrase", (m.group(),))
        out.append(NumberMention(m.group(), (m.start(), m.end()), num / den, None, "ratio",
                                 _qualifier(text, raw, "ratio"), "ratio"))
    return sorted(out, key=lambda x: x.span[0])


# ---------------------------------------------------------------------------------------------
# Judgement


@dataclass(frozen=True)
class _CaseNum:
    num: Number
    key: str  # unit key or stemmed noun
    dimension: str
    factor: float
    nouns: frozenset[str]
    tol: float
    ref_words: frozenset[str] = frozenset()

    @property
    def base(self) -> float:
        return self.num.value * self.factor


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
    return frozenset(forms)


_CASE_NUMBERS: dict[int, tuple[Case, tuple[_CaseNum, ...]]] = {}


def _case_numbers(case: Case) -> tuple[_CaseNum, ...]:
    """The case's numbers with their units, dimensions and noun forms, built once per case object
    (cases are immutable; this analysis used to be repeated for every summary and was a fifth of the
    scoring time)."""
    hit = _CASE_NUMBERS.get(id(case))
    if hit is not None and hit[0] is case:
        return hit[1]
    if len(_CASE_NUMBERS) > 512:
        _CASE_NUMBERS.clear()
    nums = tuple(_build_case_numbers(case))
    _CASE_NUMBERS[id(case)] = (case, nums)
    return nums


def _build_case_numbers(case: Case) -> list[_CaseNum]:
    out = []
    for n in case.numbers:
        unit = n.unit.lower().strip()
        info = _UNIT_INDEX.get(unit) or _UNIT_INDEX.get(re.sub(r"[\s-]+", " ", unit))
        if unit == "year" and n.value >= 1000:
            key, dim, factor = "year", "year", 1.0
        elif info:
            key, dim, factor = info
        elif unit in _KEY_INFO:
            key, (dim, factor) = unit, _KEY_INFO[unit]
        else:
            key, dim, factor = _stem(unit), "count", 1.0
        nouns: set[str] = set()
        for alias in [n.unit, *n.unit_aliases]:
            nouns |= _noun_forms(alias.lower())
        if n.tolerance is not None:
            tol = n.tolerance
        elif dim in {"year", "date"} or (n.qualifier == "exact" and n.value <= 12):
            tol = 0.0
        else:
            tol = 0.05
        out.append(_CaseNum(n, key, dim, factor, frozenset(nouns), tol, _referent_words(n.referent or "")))
    return out


_CLAUSE_RE = re.compile(r"(?:[^,;:.!?()\[\]—–\n]|\n(?!\s*\n))+")  # a single newline only wraps prose


def _content_words(text: str, keep_proper: bool) -> frozenset[str]:
    out = set()
    for i, m in enumerate(_WORD_RE.finditer(text)):
        w = m.group(0)
        low = w.lower()
        if len(low) < 3 or low in lex.NOUN_STOP or low in _NUMBER_WORDS:
            continue
        if not keep_proper and i > 0 and any(ch.isupper() for ch in w):
            continue
        out.add(_stem(low))
    return frozenset(out)


def _referent_words(referent: str) -> frozenset[str]:
    """Content words of a case number's referent, without proper nouns (they name sources)."""
    return _content_words(referent, keep_proper=False)


def _clause_words(text: str, span: tuple[int, int], window: int = 4, lo: int = 0,
                  hi: int | None = None) -> frozenset[str]:
    """Words that may name what a figure measures: up to ``window`` words before it in its clause,
    and the word or "of the ..." phrase right after it ("turnout was 61%", "61% of the vote").
    ``lo``/``hi`` stop the look-around at the neighbouring figures, whose words are theirs."""
    hi = len(text) if hi is None else hi
    for m in _CLAUSE_RE.finditer(text):
        if m.start() <= span[0] < m.end():
            before = _WORD_RE.findall(text, max(m.start(), lo), span[0])[-window:]
            after = _WORD_RE.findall(text, span[1], min(m.end(), hi))[:window]
            after = after[1:3] if after[:1] == ["of"] else after[:1]
            return _content_words(" ".join(["x", *before, *after]), keep_proper=True)
    return frozenset()


def _m_factor(m: NumberMention) -> float:
    if m.unit and m.unit in _KEY_INFO and m.dimension in lex.UNIT_GROUPS:
        return _KEY_INFO[m.unit][1]
    return 1.0


def _noun_matches(m: NumberMention, c: _CaseNum) -> bool:
    if m.unit is None or m.dimension not in {"count", None}:
        return False
    return bool(_noun_forms(m.unit) & c.nouns)


def _compat(m: NumberMention, c: _CaseNum, nums: Sequence[_CaseNum]) -> str | None:
    """How the mention's unit relates to a case number: same | bare | unknown | None."""
    if m.kind == "year" or c.dimension == "year":
        return "same" if m.kind == "year" and c.dimension == "year" else None
    if m.kind == "ratio":
        return "same" if c.dimension == "ratio" or (c.dimension == "percent" and m.value < 1) else None
    if m.unit is None:
        return "bare"
    if m.dimension in lex.UNIT_GROUPS or m.dimension == "currency":
        if c.dimension == m.dimension and (m.dimension != "currency" or c.key == m.unit):
            return "same"
        return None
    if _noun_matches(m, c):
        return "same"
    if c.dimension == "count" and not any(_noun_matches(m, o) for o in nums):
        return "unknown"
    return None


def _m_base(m: NumberMention, c: _CaseNum) -> float:
    if m.kind == "ratio" and c.dimension == "percent":
        return m.value * 100
    if m.dimension in lex.UNIT_GROUPS and c.dimension == m.dimension:
        return m.value * _m_factor(m)
    return m.value


def _sig1_floor(v: float) -> float:
    if v <= 0:
        return v
    p = 10 ** math.floor(math.log10(v))
    return math.floor(v / p) * p


def _sig1_ceil(v: float) -> float:
    if v <= 0:
        return v
    p = 10 ** math.floor(math.log10(v))
    return math.ceil(v / p) * p


def _close(x: float, v: float, tol: float, q: str | None) -> bool:
    """Whether a summary figure (with its qualifier) rounds the case figure."""
    if abs(x - v) <= tol * abs(v) + 1e-9:
        return True
    if q == "more" and _sig1_floor(v) <= x <= v:
        return True  # "over a thousand" for more than 1,300
    if q == "less" and v <= x <= _sig1_ceil(v):
        return True
    return q in {"more", "less"} and abs(x - v) <= max(tol, 0.1) * abs(v)


Interval = tuple[float, bool, float, bool]  # lo, lo_open, hi, hi_open


def _summary_interval(x: float, q: str | None, tol: float) -> Interval | None:
    if q == "more":
        return (x, True, math.inf, True)
    if q == "less":
        return (-math.inf, True, x, True)
    if q == "about":
        a = max(tol, 0.1)
        return (x * (1 - a), False, x * (1 + a), False)
    return None


def _case_interval(c: _CaseNum) -> Interval:
    v, q = c.base, c.num.qualifier
    if q == "more than":
        return (v, True, math.inf, True)
    if q == "less than":
        return (-math.inf, True, v, True)
    if q == "up to":
        return (-math.inf, True, v, False)
    if q == "about":
        a = max(c.tol, 0.1)
        return (v * (1 - a), False, v * (1 + a), False)
    return (v, False, v, False)


def _overlap(a: Interval, b: Interval) -> bool:
    lo, lo_open = max((a[0], a[1]), (b[0], b[1]), key=lambda t: (t[0], t[1]))
    hi, hi_open = min((a[2], a[3]), (b[2], b[3]), key=lambda t: (t[0], not t[1]))
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def _qualifier_ok(x: float, m: NumberMention, c: _CaseNum) -> bool:
    """A plain summary figure never contradicts; a qualified one must overlap the case's interval."""
    if m.qualifier in {"more", "less"} and c.num.qualifier in {"exact", "about"}:
        # against a point figure, a bound must hold for the figure itself: "fewer than 300,000" does not
        # describe about 330,000, "over 170" does describe 180
        if c.num.qualifier == "about":  # "almost two years" for about two years is fine
            return c.base >= x if m.qualifier == "more" else c.base <= x
        return c.base > x if m.qualifier == "more" else c.base < x
    s = _summary_interval(x, m.qualifier, c.tol)
    return True if s is None else _overlap(s, _case_interval(c))


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


def _derived(m: NumberMention, nums: Sequence[_CaseNum]) -> str | None:
    """Explain the mention as simple arithmetic on case numbers, or return None."""
    # arithmetic only on figures of the same kind: "12,000 households" is not 4 × 2,975 deaths
    ops = [c for c in nums if _compat(m, c, nums) in {"same", "bare"} and c.dimension != "year"]

    def near(x: float, d: float) -> bool:
        rounding = 0.5 if 2 <= abs(d) < 100 and x == round(x) else 0.0  # "21 points" for 21.4
        return d != 0 and abs(x - d) <= max(0.03 * abs(d), rounding) + 1e-9

    for a in ops:
        x = _m_base(m, a)
        if m.kind == "ratio":
            continue
        if a.dimension == "percent" and near(x, 100 - a.base):
            return f"100 - {a.num.id}"
        for k in (2, 3, 4) if a.dimension not in {"percent", "pp"} else ():  # "70% / 4" explains nothing
            if near(x, a.base * k):
                return f"{a.num.id} x {k}"
            if near(x, a.base / k):
                return f"{a.num.id} / {k}"
        for b in nums:
            if b is a or b.dimension == "year":
                continue
            if b.dimension == a.dimension and (a.dimension != "count" or b.key == a.key or b.nouns & a.nouns):
                if near(x, a.base + b.base):
                    return f"{a.num.id} + {b.num.id}"
                if near(x, a.base - b.base):
                    return f"{a.num.id} - {b.num.id}"
            if b.base and near(x, a.base / (b.base if b.dimension == a.dimension else b.num.value)):
                return f"{a.num.id} / {b.num.id}"
    pairs = [(a, b) for a in nums for b in nums if a is not b and a.dimension == b.dimension != "year"]
    for a, b in pairs:
        if not b.base:
            continue
        if m.kind == "ratio" and abs(m.value - a.base / b.base) <= 0.1 * m.value:
            return f"{a.num.id} / {b.num.id}"
        if m.dimension == "percent" and near(m.value, 100 * a.base / b.base):
            return f"{a.num.id} / {b.num.id} as percent"
    years = [c for c in nums if c.dimension == "year"]
    if m.dimension == "duration" and m.unit == "year":
        for a in years:
            for b in years:
                if a is not b and m.value == a.num.value - b.num.value:
                    return f"{a.num.id} - {b.num.id}"
    return None


_RANK = {"same": 0, "bare": 1, "unknown": 2}

VALUE_BAND = (0.5, 2.0)
"""A figure for the right thing within this ratio of the case's figure is a wrong value; further off,
the summary invented it (unsupported): "7,600 troops" for 6,700 is a value error, "3,000" is not."""


def _judge(
    m: NumberMention, nums: Sequence[_CaseNum], context: frozenset[str] = frozenset(),
    stated: frozenset[str] = frozenset(),
) -> NumberVerdict:
    def verdict(number_id: str | None, kind: str, reason: str | None, rule: str) -> NumberVerdict:
        return NumberVerdict(m.text, m.span, m.value, m.unit, number_id, kind, reason, rule)  # type: ignore[arg-type]

    compat = [(c, k) for c in nums if (k := _compat(m, c, nums)) is not None]
    compat.sort(key=lambda ck: _RANK[ck[1]])
    close = [(c, k) for c, k in compat if _close(_m_base(m, c), c.base, c.tol, m.qualifier)]
    # the nearest figure first: "nearly 500" is the 500, not the 471 within tolerance
    close.sort(key=lambda ck: (_RANK[ck[1]], abs(math.log(max(_m_base(m, ck[0]), 1e-9) / ck[0].base))
                               if ck[0].base > 0 else 0.0))
    named_close = [ck for ck in close if context & ck[0].ref_words]
    if len(close) > 1 and named_close:
        # several case figures share this value: take the one whose referent the clause names
        best_overlap = max(len(context & ck[0].ref_words) for ck in named_close)
        close = [ck for ck in named_close if len(context & ck[0].ref_words) == best_overlap] + \
            [ck for ck in close if ck not in named_close or len(context & ck[0].ref_words) != best_overlap]
    elif len(close) == 1 and context and m.dimension not in {"count", "year"} and m.kind != "year":
        # The clause may name what the figure measures: "turnout was 72%" when 72% is another share.
        a = close[0][0]
        # a rival stated by its own figure nearby owns its words ("the 5% threshold ... took 38%")
        rivals = [c for c, k in compat if k == "same" and c.dimension == a.dimension and c is not a
                  and c.num.id not in stated]
        best = max(rivals, key=lambda c: len(context & c.ref_words), default=None)
        if best is not None and context & best.ref_words and not context & a.ref_words:
            named = [c for c in rivals if len(context & c.ref_words) == len(context & best.ref_words)]
            b = min(named, key=lambda c: abs(_m_base(m, c) - c.base))
            if _close(_m_base(m, b), b.base, b.tol, m.qualifier):
                close = [(b, "same")]
            elif abs(m.value - a.num.value) <= min(a.tol, 0.01) * abs(a.num.value) + 1e-9:
                return verdict(
                    a.num.id, "wrong", "referent", f"figure of {a.num.id}, clause names {b.num.id}"
                )
            else:
                return verdict(b.num.id, "wrong", "value", f"clause names {b.num.id}; figure differs")
    for c, k in close:
        if _swapped_digits(m.value, c.num.value):
            return verdict(c.num.id, "wrong", "value", f"digits of {c.num.id} swapped")
        if m.unit == "pp" and c.key == "percent":
            how = _derived(m, nums)
            if how:  # "20 points below": a difference of two percentages is in points
                return verdict(None, "derived", None, f"derived: {how}")
            return verdict(c.num.id, "wrong", "unit", f"percentage points for the percentage {c.num.id}")
        if _qualifier_ok(_m_base(m, c), m, c):
            return verdict(c.num.id, "correct", None, f"matches {c.num.id} ({k} unit)")
    if close:
        c = close[0][0]
        return verdict(c.num.id, "wrong", "qualifier", f"'{m.qualifier}' contradicts '{c.num.qualifier}'")

    same_fig = [c for c in nums if abs(m.value - c.num.value) <= min(c.tol, 0.01) * abs(c.num.value) + 1e-9]
    if m.kind not in {"year", "ratio"}:
        for c in same_fig:
            if m.dimension == "duration" == c.dimension and m.unit != c.key:
                return verdict(c.num.id, "wrong", "period", f"{m.unit} for {c.key} of {c.num.id}")
        for c in same_fig:
            if c.dimension == "year":
                continue
            others = [
                o for o in nums if o is not c and _compat(m, o, nums) == "same" and o.dimension != c.dimension
            ]
            if others:
                return verdict(
                    c.num.id, "wrong", "referent", f"figure of {c.num.id} with the unit of {others[0].num.id}"
                )
            if m.dimension in lex.UNIT_GROUPS:
                return verdict(c.num.id, "wrong", "unit", f"{m.unit} for {c.key} of {c.num.id}")
            if m.unit is None:
                return verdict(c.num.id, "correct", None, f"bare figure of {c.num.id}")
            return verdict(c.num.id, "wrong", "referent", f"figure of {c.num.id} for '{m.unit}'")
        if m.dimension in lex.UNIT_GROUPS:
            for c in nums:
                if c.dimension != m.dimension:
                    continue
                for key in _DIM_KEYS.get(c.dimension, []):
                    f = _KEY_INFO[key][1]
                    if (
                        key != m.unit
                        and key != c.key
                        and abs(m.value - c.base / f) <= max(c.tol, 0.02) * c.base / f
                    ):
                        return verdict(c.num.id, "wrong", "unit", f"{c.num.id} in {key}, labelled {m.unit}")

    named = [c for c, k in compat if k == "same" and m.dimension != "count" and context & c.ref_words]
    named = [c for c in named if c.base and VALUE_BAND[0] <= _m_base(m, c) / c.base <= VALUE_BAND[1]]
    if not close and named and not (m.kind == "ratio" and _derived(m, nums)):
        b = min(named, key=lambda c: abs(math.log(_m_base(m, c) / c.base)))
        return verdict(b.num.id, "wrong", "value", f"clause names {b.num.id}; figure differs")

    strong = [
        (c, k) for c, k in compat if k in {"same", "bare"} and (k == "same" or c.dimension in {"count"})
    ]
    if m.kind == "year":
        strong = [(c, k) for c, k in compat if c.dimension == "year"]
    for c, _k in strong:
        if _digit_slip(_m_base(m, c), c.base):
            return verdict(c.num.id, "wrong", "value", f"digit slip of {c.num.id}")

    how = _derived(m, nums)
    if how:
        return verdict(None, "derived", None, f"derived: {how}")

    band = [(c, k) for c, k in strong if c.base and VALUE_BAND[0] <= _m_base(m, c) / c.base <= VALUE_BAND[1]]
    if band:
        c = min(band, key=lambda ck: (_RANK[ck[1]], abs(math.log(_m_base(m, ck[0]) / ck[0].base))))[0]
        return verdict(c.num.id, "wrong", "value", f"plausible figure for {c.num.id}")
    return verdict(None, "unsupported", None, "matches no case number")


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
    contexts = []
    for i, m in enumerate(mentions):
        lo = mentions[i - 1].span[1] if i > 0 else 0
        hi = mentions[i + 1].span[0] if i + 1 < len(mentions) else None
        contexts.append(_clause_words(text, m.span, lo=lo, hi=hi))
    out = []
    for i, m in enumerate(mentions):
        if m.kind == "day":
            day = _judge_day(m, case)
            if day is not None:
                out.append(day)
            continue
        # case figures stated nearby next to their own words ("the 5% threshold"): those words are theirs
        stated = frozenset(c.num.id for j in range(max(0, i - 2), min(len(mentions), i + 3)) if j != i
                           for c in nums
                           if abs(mentions[j].value - c.num.value) <= max(c.tol, 0.01) * abs(c.num.value) + 1e-9
                           and contexts[j] & c.ref_words)
        judged = _judge(m, nums, contexts[i], stated)
        if judged.verdict == "unsupported" and _ordinary_word(text, m):
            continue  # "the two sides", "in one street": words, not figures the summary invented
        out.append(judged)
    return out


def _ordinary_word(text: str, m: NumberMention) -> bool:
    """A small number word that refers back to named things ("the two sides") or means "a" ("in one street")."""
    word = text[m.span[0]:m.span[1]].split()[0].lower() if m.span[1] > m.span[0] else ""
    if not word.isalpha() or m.value > 10:
        return False
    if re.search(r"(?:\b(?:the|these|those|both|all)|['’]s)[ \u00a0]$", text[max(0, m.span[0] - 8):m.span[0]], re.I):
        return True
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
    dated = [n for n in case.numbers if n.unit.lower() == m.unit]
    if any(n.value == m.value for n in dated):
        n = next(n for n in dated if n.value == m.value)
        return NumberVerdict(m.text, m.span, m.value, m.unit, n.id, "correct", None, f"date {n.id}")
    if dated:
        return NumberVerdict(m.text, m.span, m.value, m.unit, dated[0].id, "wrong", "value",
                             f"no {m.unit} {m.value:g} in the case")
    return NumberVerdict(m.text, m.span, m.value, m.unit, None, "unsupported", None,
                         f"the case gives no date in {m.unit}")


def numeric_errors(verdicts: Iterable[NumberVerdict]) -> int:
    """Count the numeric errors (``wrong`` and ``unsupported`` verdicts).

    Args:
        verdicts: verdicts from :func:`score_numbers`.

    Returns:
        The number of wrong or unsupported figures.
    """
    from scorers.metrics import is_numeric_error  # the one definition of a numeric error

    return sum(map(is_numeric_error, verdicts))
