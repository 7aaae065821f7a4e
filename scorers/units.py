"""The unit model, ONE for both sides: a case number's free-text unit and a summary's figure.

A quantity is a value times a :class:`Unit`. A unit has a dimension (a count of a noun, a currency,
percent, percentage points, length, area, volume, mass, power, temperature, a duration, a calendar
year, a date, a ratio), a key within it ("km2", "usd", the counted noun "servicemen"), a factor to
the dimension's base unit (km² for area, day for durations), an optional rate denominator
(:class:`Rate`: "per year", "a day", "per 100,000 people", "/s") and an optional referent: the words
of an "of X" tail, which name what is measured, not the unit ("percent of the vote" is percent of
"vote"; "years of age" is years of "age"; "times the airtime" is a ratio of "airtime").

:func:`parse_unit` reads a case author's unit string; :func:`read_unit` and :func:`read_rate` read the
same forms after a figure in a summary. Word lists live in :mod:`scorers.lexicon_numbers`.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

from scorers import lexicon_numbers as lex
from scorers.text import by_first_letter

# Surface form -> (key, dimension, factor to the dimension's base unit), for summaries and cases.
UNIT_INDEX: dict[str, tuple[str, str, float]] = {
    form: (key, dim, factor) for dim, group in lex.UNIT_GROUPS.items() for form, (key, factor) in group.items()
}
_CASE_INDEX: dict[str, tuple[str, str, float]] = {**UNIT_INDEX, **lex.CASE_ONLY_UNITS}
_KEYS: dict[str, list[tuple[str, float]]] = {}
for _key, _dim, _f in UNIT_INDEX.values():
    if (_key, _f) not in _KEYS.setdefault(_dim, []):
        _KEYS[_dim].append((_key, _f))

MEASURE_DIMENSIONS = frozenset(lex.UNIT_GROUPS)
"""Dimensions with unit words (as opposed to counts of a noun, years, dates and ratios)."""


@dataclass(frozen=True)
class Rate:
    """The denominator of a rate: ``size`` of ``key`` ("per 100,000 people": 100000 of "person").

    ``factor`` converts ``key`` to its dimension's base (hour -> 1/24 day), so that a rate per hour
    and a rate per second compare: a value per ``base`` units.
    """

    dimension: str  # duration | count | currency | ...
    key: str
    size: float = 1.0
    factor: float = 1.0
    per_head: bool = False  # also per person: "per person per day" (a summary may give either part)
    within: Rate | None = None  # the count part of "per 100,000 children per year" (this rate is then the year)

    @property
    def base(self) -> float:
        """The denominator in base units (per 100,000 people -> 100000; per hour -> 1/24 day)."""
        return self.size * self.factor

    def __str__(self) -> str:
        own = f"per {self.size:,g} {self.key}" if self.size != 1 else f"per {self.key}"
        return f"{self.within} {own}" if self.within is not None else own


@dataclass(frozen=True)
class Unit:
    """What a figure counts or measures (see the module docstring)."""

    dimension: str  # count | currency | percent | length | area | volume | ... | year | date | ratio
    key: str  # "km2", "usd", "percent", "pp", "day", or the counted noun, lower case
    factor: float = 1.0  # to the dimension's base unit
    per: Rate | None = None
    referent: tuple[str, ...] = ()  # words of an "of X" tail: what is measured
    parsed: bool = True  # False: the string is not a unit word or a plain noun phrase (lint warns)

    def describe(self) -> str:
        """One line for people: "currency usd per year", "count servicemen", "percent of 'vote'"."""
        out = f"{self.dimension} {self.key}"
        if self.per:
            out += f" {self.per}"
        if self.referent:
            out += f" of '{' '.join(self.referent)}'"
        return out


def keys_of(dimension: str) -> list[tuple[str, float]]:
    """Every unit key of a measure dimension with its factor: ``keys_of("area")`` -> km2, sq mi, ha, acre."""
    return _KEYS.get(dimension, [])


def _norm(s: str) -> str:
    return re.sub(r"[\s\u00a0-]+", " ", s.lower()).strip()


_REFERENT_RE = re.compile(r"^(?P<head>.+?)\s+(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?|the\s+)(?P<ref>.+)$")
_RATE_SPLIT_RE = re.compile(r"^(?P<head>.*?)\s*(?:\s(?:per|an?|each|every)\s|/)\s*(?P<den>.+)$")
_SIZE_RE = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million)?\s*(?P<rest>.*)$")
_WORDS_RE = re.compile(r"^[a-z][a-z' ]*$")


@functools.lru_cache(maxsize=4096)
def _noun_key(noun: str) -> str:
    return noun.strip()


_PER_HEAD_THEN = re.compile(r"(?:person|people|head|capita|individual|resident|inhabitant)\s+(?:per|a|an|each)\s+"
                            r"(?P<rest>\S.*)$")


_COUNT_THEN = re.compile(r"(?P<count>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:thousand|million))?(?:\s+[a-z'-]+){0,2}?"
                         r"|[a-z'-]+(?:\s+[a-z'-]+)?)\s+(?:per|a|an|each)\s+(?P<rest>\S.*)$")


@functools.lru_cache(maxsize=4096)
def parse_rate(text: str) -> Rate | None:
    """A rate denominator as written after "per"/"a"/"/": "year", "100,000 people", "s", "capita".

    Returns None when it is not one (an empty string).
    """
    t = _norm(text)
    if not t:
        return None
    per_head = _PER_HEAD_THEN.match(t)
    if per_head:  # "person per day": a ration's day, and per head; a summary may give either part
        rate = parse_rate(per_head.group("rest"))
        return replace(rate, per_head=True) if rate is not None else None
    compound = _COUNT_THEN.match(t)
    if compound:  # "100,000 children per year": an incidence, per children and per year
        count, rate = parse_rate(compound.group("count")), parse_rate(compound.group("rest"))
        if count is not None and rate is not None and count.dimension == "count" and rate.dimension == "duration":
            return replace(rate, within=count)
    size = 1.0
    m = _SIZE_RE.match(t)
    if m:
        size = float(m.group("num").replace(",", ""))
        if m.group("scale"):
            size *= lex.SCALE_WORDS[m.group("scale")]
        t = m.group("rest").strip() or "person"
    t = lex.RATE_ABBREVIATIONS.get(t, t)
    info = UNIT_INDEX.get(t)
    if info:
        key, dim, factor = info
        return Rate(dim, key, size, factor)
    return Rate("count", _singular(t), size, 1.0)


def _singular(noun: str) -> str:
    w = noun.strip()
    for suffix, repl in (("people", "person"), ("ies", "y"), ("men", "man"), ("sses", "ss")):
        if w.endswith(suffix) and len(w) >= len(suffix):
            return w[: -len(suffix)] + repl
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


@functools.lru_cache(maxsize=4096)
def parse_unit(text: str, value: float | None = None) -> Unit:
    """Parse a case author's free-text unit into the unit model.

    Examples: "servicemen" -> count of servicemen; "percent of the vote" -> percent, referent vote;
    "euros per year" -> currency eur per year; "cases per 100,000 people" -> count of cases per
    100,000 person; "km2" -> area km2; "years of age" -> duration year, referent age; "times the
    airtime" -> ratio, referent airtime; "year" with a value of 1000 or more -> a calendar year;
    a month name ("October") -> a date in that month.

    Args:
        text: the unit string as written in the case.
        value: the case figure, to tell a calendar year from a duration in years.

    Returns:
        The unit; ``parsed`` is False when the string is neither unit words nor a plain noun phrase
        (digits, symbols, an unknown abbreviation such as "COP"): it is then kept as a counted noun.
    """
    raw = text.strip()
    t = _norm(raw)
    if t in lex.MONTHS:
        return Unit("date", t)
    if t == "year" and value is not None and value >= 1000:
        return Unit("year", "year")
    whole = _lookup(t)
    if whole is not None:
        return whole
    per: Rate | None = None
    head = t
    m = _RATE_SPLIT_RE.match(t)
    if m and m.group("head"):
        per = parse_rate(m.group("den"))
        head = m.group("head").strip()
    referent: tuple[str, ...] = ()
    r = _REFERENT_RE.match(head)
    if r and _lookup(r.group("head")) is not None:
        head, referent = r.group("head"), tuple(r.group("ref").split())
    base = _lookup(head)
    if base is not None:
        return as_speed(Unit(base.dimension, base.key, base.factor, per, referent))
    if r and not per:  # a counted noun with an "of" tail: "members of parliament" stays one noun
        head, referent = t, ()
    words = head.split()
    money = _lookup(words[-1]) if len(words) > 1 else None
    if money is not None and money.dimension == "currency" and raw[:1].isupper():
        # a country's currency by its adjective: "Kessarian dinars", "Taldoran lira" are dinars and lira
        return Unit(money.dimension, money.key, money.factor, per, referent)
    for i in range(len(words) - 1, 0, -1):
        # a measure unit before a noun names what is measured: "percent turnout", "km coastline"
        lead = _lookup(" ".join(words[:i]))
        if lead is not None and lead.dimension not in {"count", "ratio"}:
            return Unit(lead.dimension, lead.key, lead.factor, per, (*words[i:], *referent))
    status = next((i for i, w in enumerate(words) if i > 0 and (w in lex.COUNT_STATUS_WORDS or w.endswith("ed"))),
                  None)
    if status is not None and not {"and", "or"} & set(words[:status]):
        # "people killed": people, killed; "people admitted to hospital": people, admitted to hospital
        head, referent = " ".join(words[:status]), (*words[status:], *referent)
    plain = bool(_WORDS_RE.match(head)) and not (raw.isupper() and len(raw) <= 4 and raw.isalpha())
    return Unit("count", _noun_key(head), 1.0, per, referent, parsed=plain)


_SPEED_KEYS = {1.0: "kmh", 1.609344: "mph", 3.6: "ms", 1.852: "kt"}


def as_speed(unit: Unit) -> Unit:
    """A length per hour, minute or second as the speed it is ("8 km per hour", "12 metres a second" -> km/h 8, m/s
    12), so it compares with "8 km/h"; any other unit unchanged. A length per day, month or year is a rate of progress
    over a calendar period ("the water table falls 2.7 metres a year"), judged as rates are, period and all."""
    per = unit.per
    if unit.dimension != "length" or per is None or per.dimension != "duration" or per.size != 1.0 or \
            per.factor >= 1.0:
        return unit
    factor = float(f"{unit.factor / (per.factor * 24):.9g}")  # to km/h (lengths in km, durations in days)
    return Unit("speed", _SPEED_KEYS.get(factor, f"{unit.key}/{per.key}"), factor, None, unit.referent)


def _lookup(t: str) -> Unit | None:
    if t in lex.RATIO_TIMES:
        return Unit("ratio", "times")
    if t in lex.FUSED_RATE_UNITS:
        return _fused(t)
    info = _CASE_INDEX.get(t)
    if info is None:
        return None
    key, dim, factor = info
    return Unit(dim, key, factor)


# ---------------------------------------------------------------------------------------------
# The same forms after a summary's figure.


def _form_re(form: str) -> str:
    body = r"[\s\u00a0-]+".join(re.escape(p) for p in form.split(" "))
    return body + (r"(?![A-Za-z0-9])" if form[-1].isalnum() else "")


# forms that open with a non-ASCII letter that has case ("µg": micro sign, Greek mu) cannot be grouped by first
# letter (their case variants differ); they are matched by a pattern of their own, before the grouped one
_CASED_FORMS = sorted((f for f in UNIT_INDEX if not f[0].isascii() and f[0].lower() != f[0].upper()), key=len,
                      reverse=True)
GROUPED_FORMS = sorted((f for f in UNIT_INDEX if f not in _CASED_FORMS), key=len, reverse=True)
"""The unit forms of :data:`UNIT_RE` (every form but those of :data:`_CASED_UNIT_RE`)."""
UNIT_RE = re.compile(
    r"[\s\u00a0]*-?[\s\u00a0]*(?P<unit>"
    + by_first_letter([_form_re(f) for f in GROUPED_FORMS])
    + ")",
    re.IGNORECASE,
)
"""A unit word right after a figure ("180 km²", "72-percent", "5 billion euros")."""
_CASED_UNIT_RE = re.compile(r"[\s\u00a0]*-?[\s\u00a0]*(?P<unit>" + "|".join(map(_form_re, _CASED_FORMS)) + ")",
                            re.IGNORECASE)

_DURATION_WORDS = "|".join(sorted({f for f, (_k, d, _x) in UNIT_INDEX.items() if d == "duration"}
                                  | set(lex.RATE_ABBREVIATIONS), key=len, reverse=True))
# the units a concentration or density is per, longest first
_PER_MEASURE_FORMS = sorted((f for f, (_k, d, _x) in UNIT_INDEX.items() if d in {"volume", "mass", "area"}), key=len,
                            reverse=True)
# ... as abbreviations after "/" ("µg/m³", "mg/kg", "µg/dL") and as words after "per" ("per cubic metre")
_MEASURE_ABBREVIATIONS = "|".join(re.escape(f) for f in _PER_MEASURE_FORMS if " " not in f and len(f) <= 3)
_MEASURE_WORDS = "|".join(r"[\s\u00a0]+".join(map(re.escape, f.split())) for f in _PER_MEASURE_FORMS if len(f) > 3)
_RATE_RE = re.compile(
    r"[\s\u00a0]*(?:"
    rf"(?:per|an?|each|every)[\s\u00a0]+(?P<dur>{_DURATION_WORDS})(?![A-Za-z0-9])"
    rf"|/[\s\u00a0]?(?P<abbr>{_DURATION_WORDS})(?![A-Za-z0-9])"
    rf"|(?:/[\s\u00a0]?|per[\s\u00a0]+)(?P<mabbr>{_MEASURE_ABBREVIATIONS})(?![A-Za-z0-9])"  # "/km²", "per km²"
    r"|per[\s\u00a0]+(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:[\s\u00a0]+(?P<scale>thousand|million))?"
    r"(?:[\s\u00a0]+(?P<noun>[a-z]+))?"
    rf"|per[\s\u00a0]+(?P<mword>{_MEASURE_WORDS})(?![A-Za-z0-9])"
    r"|per[\s\u00a0]+(?P<noun1>[a-z]+)"
    rf"|(?P<adv>{'|'.join(re.escape(a) for a in sorted(lex.RATE_ADVERBS, key=len, reverse=True))})"
    r"(?![A-Za-z]))",
    re.IGNORECASE,
)


def _fused(form: str) -> Unit:
    """The unit and rate a fused abbreviation stands for ("bpd": barrels per day)."""
    word, per = lex.FUSED_RATE_UNITS[form]
    key, dim, factor = UNIT_INDEX[word]
    return Unit(dim, key, factor, parse_rate(per))


_FUSED_FORMS = "|".join(re.escape(f) for f in sorted(lex.FUSED_RATE_UNITS, key=len, reverse=True))
_FUSED_RE = re.compile(rf"[\s\u00a0]*(?P<unit>{_FUSED_FORMS})(?![A-Za-z0-9/])", re.IGNORECASE)


def read_unit(text: str, pos: int) -> tuple[Unit, int] | None:
    """A unit word right after a figure that ends at ``pos``: the unit and where it ends, or None."""
    fused = _FUSED_RE.match(text, pos)
    if fused:  # "410,000 bpd"
        return _fused(fused.group("unit").lower()), fused.end()
    m = UNIT_RE.match(text, pos) or _CASED_UNIT_RE.match(text, pos)
    if not m or (m.group("unit") == "G" and m.start("unit") == pos):
        return None  # (a network's generation, "5G", is no five grams)
    key, dim, factor = UNIT_INDEX[_norm(m.group("unit"))]
    return Unit(dim, key, factor), m.end()


def read_rate(text: str, pos: int) -> tuple[Rate, int] | None:
    """A rate denominator at ``pos`` (after a unit or counted noun): "per year", "a day", "/s",
    "per 100,000 people", "annually". Returns the rate and where it ends, or None."""
    m = _RATE_RE.match(text, pos)
    if not m:
        return None
    noun1 = (m.group("noun1") or "").lower()
    if noun1 and noun1 not in lex.RATE_ABBREVIATIONS and (noun1 in lex.NOUN_STOP or noun1 == "cent"):
        return None
    if m.group("dur") or m.group("abbr"):
        rate = parse_rate(m.group("dur") or m.group("abbr"))
    elif m.group("mabbr") or m.group("mword"):
        rate = parse_rate(_norm(m.group("mabbr") or m.group("mword")))
    elif m.group("num"):
        size = m.group("num") + (" " + m.group("scale") if m.group("scale") else "")
        rate = parse_rate(size + " " + (m.group("noun") or "person"))
    elif m.group("noun1"):
        rate = parse_rate(m.group("noun1"))
    else:
        rate = parse_rate(lex.RATE_ADVERBS[_norm(m.group("adv"))])
    return (rate, m.end()) if rate else None


def same_rate(a: Rate | None, b: Rate | None) -> bool:
    """Whether a summary's rate denominator ``a`` is the case's ``b`` (both absent, or the same dimension and base);
    a count denominator's noun is not compared ("per 100,000 people" = "per 100,000 residents")."""
    if a is None or b is None:
        return a is b
    if _head_part(a, b) or _head_part(b, a):
        return True
    if a.within is not None or b.within is not None:
        pair = _compound_pair(a, b)
        return pair is not None and all(same_rate(x, y) for x, y in pair)
    return a.dimension == b.dimension and abs(a.base - b.base) <= 1e-9 * max(a.base, b.base) and \
        (a.dimension in {"count", "duration"} or a.key == b.key)


def _head_part(a: Rate, b: Rate) -> bool:
    """``a`` is the per-head part of ``b``'s "per person per day": "1,460 crowns per resident" for "crowns per resident
    per year"."""
    return b.per_head and a.dimension == "count" and a.size == 1 and not a.per_head


def _compound_pair(a: Rate, b: Rate) -> list[tuple[Rate, Rate]] | None:
    """The parts to compare when a summary's rate ``a`` or a case's rate ``b`` is compound ("per 100,000 children per
    year"): both parts when both are; the part a summary's simple rate states ("per 100,000 children" or "a year": it
    may drop either), None when it is neither part; a summary's compound rate against a case's simple one compares
    its time part ("per 1,000 patients each year" adds a year that "per 1,000 patients" has not)."""
    if a.within is not None and b.within is not None:
        return [(replace(a, within=None), replace(b, within=None)), (a.within, b.within)]
    if a.within is not None:
        return [(replace(a, within=None), b)]
    part = _part_like(a, b)
    return None if part is None else [(a, part)]


CALENDAR_PERIODS = frozenset({"hour", "day", "week", "fortnight", "month", "quarter", "year"})
"""Time units a count or a sum is reckoned over: a rate per another of them ("a week" for "a day") is a wrong period;
a flow per second against per hour is a wrong unit."""


def calendar_periods_differ(a: Rate | None, b: Rate | None) -> bool:
    """Whether two rates differ only in their calendar period ("per week" for "per day", "per detainee per week" for
    "per detainee per day"): a wrong period, not a wrong unit."""
    if a is None or b is None:
        return False
    ta, tb = replace(a, within=None, per_head=False), replace(b, within=None, per_head=False)
    return ta.dimension == tb.dimension == "duration" and ta.key in CALENDAR_PERIODS and tb.key in CALENDAR_PERIODS \
        and not same_rate(ta, tb) and (a.within is None or b.within is None or same_rate(a.within, b.within))


def _part_like(simple: Rate, compound: Rate) -> Rate | None:
    """The part of a compound rate that a simple rate states: its time part or its count part."""
    if simple.dimension == "duration":
        return replace(compound, within=None)
    return compound.within if simple.dimension == "count" else None


def rate_conversion(m: Rate | None, c: Rate | None) -> float | None:
    """The factor that takes a value per ``m`` to a value per ``c``; 1.0 when either side states no
    rate (a summary may drop "per year"); None when the two cannot convert (per hour vs per person)."""
    if m is None or c is None or _head_part(m, c):
        return 1.0
    if m.within is not None or c.within is not None:
        pair = _compound_pair(m, c)
        if pair is None:
            return None
        factors = [rate_conversion(x, y) for x, y in pair]
        return None if None in factors else math.prod(f for f in factors if f is not None)
    if m.dimension != c.dimension or (m.dimension not in {"count", "duration"} and m.key != c.key):
        return None
    return c.base / m.base


_OF_TAIL_RE = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|all)[\s\u00a0]+)?(?P<word>[A-Za-z][A-Za-z-]+)")


def with_referent(unit: Unit, text: str, pos: int) -> Unit:
    """The unit with the referent an "of X" tail at ``pos`` names ("58% of the vote" -> vote), as a
    case's "percent of the vote" has it; the unit unchanged when no such tail follows."""
    m = _OF_TAIL_RE.match(text, pos)
    if not m or m.group("word").lower() in lex.NOUN_STOP:
        return unit
    return Unit(unit.dimension, unit.key, unit.factor, unit.per, (m.group("word").lower(),))
