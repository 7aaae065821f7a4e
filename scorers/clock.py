"""Clock times ("3:15 a.m.", "14:30", "6 p.m."): read in a summary and judged against the case figures that give a
time of day.

Cases write a time of day in many ways: ``value: 3.25, unit: "hours (time of day, 3:15 a.m.)"``, ``value: 1815,
unit: local time``, ``value: 5.50, unit: a.m.``, ``value: 412, unit: minutes past midnight GMT``, or a clock in the
referent ("time of the capsizing (2:20 p.m.)"). :func:`case_clocks` reads each such figure as the minutes of the day
it may stand for (a set: "7.52 time of day" is 7:52 or 7.52 hours, 7:31; a time written without a.m. or p.m. is
either). A summary's clock time is ``correct`` when it is one of them (within the slack an "about" or "shortly after"
gives), a wrong ``value`` when the case gives times of day and this is none of them, and unjudged in a case that gives
no time of day (as before this module: no case figure to read it against).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.case import Case, Number
from scorers import rulebook
from scorers.tokens import PerCase
from scorers.types import NumberVerdict

DAY = 24 * 60

# "3:15 a.m.", "3.15pm", "14:30", "6 p.m.", "6am": an hour, minutes after a colon (or a point, with a.m./p.m.) and
# the half of the day; a bare "14:30" needs its minutes, a bare "6" is no clock
_CLOCK_RE = re.compile(
    r"(?<![\w.:/,$£€-])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<m>[0-5]\d))?"
    r"(?:[\s\u00a0]?(?P<half>[ap])(?:\.[\s\u00a0]?m\b\.?|[\s\u00a0]?m\b))?(?![\w:/]|[.,]\d)", re.I)
# in a case's unit or referent: a clock written out ("(04:40)", "3:15 a.m.", "7 a.m.", "(0640)")
_WRITTEN_RE = re.compile(
    r"(?<![\w.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?(?:[\s\u00a0]?(?P<half>[ap])\.[\s\u00a0]?m\b\.?)?"
    r"(?![\w:])|\((?P<hh>0\d)(?P<mm>[0-5]\d)\)")
# words that make a case figure a time of day
_CLOCK_WORDS = re.compile(r"\btime\s+of\s+day\b|\bclock\b|o'clock|\b[ap]\.m\.|\b[ap]m\b|\blocal\s+time\b|"
                          r"\b(?:after|past)\s+midnight\b|\bGMT\b|\bUTC\b|\bhours?\s+\(?\d{1,2}:\d\d", re.I)
_EVENING = re.compile(r"\bp\.?m\b|\bevening\b|\bafternoon\b|\bnight\b", re.I)
_MORNING = re.compile(r"\ba\.?m\b|\bmorning\b", re.I)
_TWENTY_FOUR = re.compile(r"after\s+midnight|past\s+midnight|24-hour|\b[012]\d:\d\d\b|\(\d{4}\)", re.I)
_MINUTES = re.compile(r"\bminutes\s+(?:after|past)\s+midnight\b", re.I)

# the words before a summary's clock time that widen it: "about 3 a.m.", "shortly after 3", "before 6 a.m."
_ABOUT_BEFORE = re.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost)\s+$", re.I)
_AFTER_BEFORE = re.compile(r"\b(?:after|past)\s+$", re.I)
_BEFORE_BEFORE = re.compile(r"\b(?:before|by|until|till)\s+$", re.I)
_ZERO_PADDED = re.compile(r"0\d")

ABOUT_MINUTES = 15
"""How far from a case's time a summary's "about 3 a.m." still reaches (a case's own "about" widens nothing: "4:40"
is no reading of "about 4:30")."""
SIDE_MINUTES = 60
"""How far after (before) a summary's "after 3 a.m." ("before 6 a.m.") a case's time may fall."""

R_CLOCK = rulebook.rule("number.clock")
R_CLOCK_WRONG = rulebook.rule("number.clock-wrong")
R_CLOCK_HALF = rulebook.rule("number.clock-half-day")
_CLOCK_RULES = frozenset({R_CLOCK, R_CLOCK_WRONG, R_CLOCK_HALF})


@dataclass(frozen=True)
class ClockMention:
    """A clock time in a summary: its text, span, and the minutes of the day it may be (two when it gives no half of
    the day: "at 6:30" is 6:30 or 18:30)."""

    text: str
    span: tuple[int, int]
    minutes: frozenset[int]
    side: str | None  # "about", "after" or "before": the words before it that widen it


def _minutes(h: int, m: int, half: str | None, twenty_four: bool) -> frozenset[int]:
    """The minutes of the day of ``h:m``, with its half of the day ("a"/"p") when written."""
    if half:
        if h > 12 or h == 0:
            return frozenset()
        return frozenset({(h % 12 + (12 if half.lower() == "p" else 0)) * 60 + m})
    if twenty_four or h == 0 or h > 12:
        return frozenset({h * 60 + m})
    return frozenset({h * 60 + m, ((h + 12) % 24) * 60 + m})


def read_clocks(text: str) -> list[ClockMention]:
    """Every clock time in ``text``: an hour with minutes after a colon ("14:30", "3:15") or with a.m./p.m. ("6 p.m.",
    "3.15pm"); a point needs a.m./p.m. ("3.15" alone is a decimal)."""
    if ":" not in text and not re.search(r"\d[\s\u00a0]?[ap]\.?[\s\u00a0]?m\b", text, re.I):
        return []
    out = []
    for mt in _CLOCK_RE.finditer(text):
        half = mt.group("half")
        if mt.group("sep") == "." and not half:
            continue
        if not mt.group("m") and not half:
            continue
        h, m = int(mt.group("h")), int(mt.group("m") or 0)
        minutes = _minutes(h, m, half, bool(_ZERO_PADDED.fullmatch(mt.group("h"))))
        if not minutes:
            continue
        before = text[max(0, mt.start() - 16):mt.start()]
        side = ("about" if _ABOUT_BEFORE.search(before) else "after" if _AFTER_BEFORE.search(before)
                else "before" if _BEFORE_BEFORE.search(before) else None)
        out.append(ClockMention(mt.group(), mt.span(), minutes, side))
    return out


def _written(n: Number) -> frozenset[int]:
    """The times of day a case figure's unit or referent writes out ("(04:40)", "3:15 a.m.", "2 p.m.")."""
    out: set[int] = set()
    for where in (n.unit, n.referent or ""):
        for mt in _WRITTEN_RE.finditer(where):
            if mt.group("hh"):
                out.add(int(mt.group("hh")) * 60 + int(mt.group("mm")))
                continue
            if not mt.group("m") and not mt.group("half"):
                continue
            h, m = int(mt.group("h")), int(mt.group("m") or 0)
            out |= _minutes(h, m, mt.group("half"), bool(_ZERO_PADDED.fullmatch(mt.group("h"))))
    return frozenset(out)


def _from_value(n: Number) -> frozenset[int]:
    """The times of day a case figure's value may stand for, read by its unit's convention."""
    v, words = n.value, f"{n.unit} {n.referent or ''}"
    if _MINUTES.search(words):
        return frozenset({round(v) % DAY}) if 0 <= v < DAY else frozenset()
    if v >= 100:  # "1815 local time", "640 hours local time": HHMM
        h, m = divmod(round(v), 100)
        return frozenset({h * 60 + m}) if v == round(v) and h < 24 and m < 60 else frozenset()
    if v < 0 or v >= 24:
        return frozenset()
    h = int(v)
    readings = {h * 60 + round((v - h) * 60)}  # decimal hours: 3.25 is 3:15
    if round((v - h) * 100) < 60:
        readings.add(h * 60 + round((v - h) * 100))  # hours.minutes: 5.50 a.m. is 5:50
    if _EVENING.search(n.unit) and h < 12:
        return frozenset(r + 12 * 60 for r in readings)
    if _MORNING.search(n.unit) or _TWENTY_FOUR.search(words) or h == 0 or h > 12:
        return frozenset(readings)
    return frozenset(readings | {(r + 12 * 60) % DAY for r in readings})


def _case_clocks(case: Case) -> dict[str, frozenset[int]]:
    out = {}
    for n in case.numbers:
        if not _CLOCK_WORDS.search(n.unit) and not (_CLOCK_WORDS.search(n.referent or "") and _written(n)):
            continue  # a referent's clock words count where it writes the clock out ("time of the capsizing (2:20
            # p.m.)"); "hours" alone is a duration
        readings = _written(n) or _from_value(n)
        if readings:
            out[n.id] = readings
    return out


_CASE_CLOCKS: PerCase[dict[str, frozenset[int]]] = PerCase(_case_clocks)


def case_clocks(case: Case) -> dict[str, frozenset[int]]:
    """Each case figure that gives a time of day, by id: the minutes of the day it may stand for."""
    return _CASE_CLOCKS.get(case)


_ARTICLE_CLOCKS: PerCase[list[ClockMention]] = PerCase(lambda case: read_clocks(case.article))


def is_clock(v: NumberVerdict) -> bool:
    """Whether a verdict is a clock time's (:func:`judge_clock`)."""
    return v.rule_id in _CLOCK_RULES


def _gap(a: int, b: int) -> int:
    """Minutes from ``a`` to ``b`` forward round the clock."""
    return (b - a) % DAY


def _fits(c: ClockMention, reading: int) -> bool:
    """Whether a case time ``reading`` is what the summary's clock time says, given its side words."""
    if c.side == "after":
        return any(0 <= _gap(x, reading) <= SIDE_MINUTES for x in c.minutes)
    if c.side == "before":
        return any(0 <= _gap(reading, x) <= SIDE_MINUTES for x in c.minutes)
    slack = ABOUT_MINUTES if c.side == "about" else 0
    return any(min(_gap(x, reading), _gap(reading, x)) <= slack for x in c.minutes)


def judge_clock(case: Case, c: ClockMention) -> NumberVerdict | None:
    """A summary's clock time against the case's times of day: ``correct`` when it is one of them or a time the
    article states; a wrong ``unit`` when it is one of them in the other half of the day ("9 a.m." for 9 p.m.); else a
    wrong ``value`` (against the nearest). None when the case gives no time of day."""
    clocks = case_clocks(case)
    if not clocks:
        return None
    value = min(c.minutes) / 60
    exact = ClockMention(c.text, c.span, c.minutes, None)
    # the very time first ("until 11:30 a.m." is the case's 11:30 before it is its 10:45), then what the words widen
    for mention in (exact, c):
        for nid, readings in clocks.items():
            if any(_fits(mention, r) for r in readings):
                return NumberVerdict(c.text, c.span, value, "time of day", nid, "correct", None,
                                     f"the time of day of {nid}", R_CLOCK)
    if any(_fits(c, r) for a in _ARTICLE_CLOCKS.get(case) for r in a.minutes if len(a.minutes) == 1):
        return NumberVerdict(c.text, c.span, value, "time of day", None, "correct", None,
                             "the article states this time of day", R_CLOCK)
    other = ClockMention(c.text, c.span, frozenset((x + DAY // 2) % DAY for x in c.minutes), c.side)
    swapped = next((nid for nid, readings in clocks.items() if any(_fits(other, r) for r in readings)), None)
    if swapped is not None and len(c.minutes) == 1:
        # "9 a.m." for the case's 9 p.m.: the half of the day is the clock's unit (labels call the swap one)
        return NumberVerdict(c.text, c.span, value, "time of day", swapped, "wrong", "unit",
                             f"the other half of the day from {swapped}", R_CLOCK_HALF)
    nearest = min(clocks, key=lambda nid: min(min(_gap(x, r), _gap(r, x)) for x in c.minutes for r in clocks[nid]))
    return NumberVerdict(c.text, c.span, value, "time of day", nearest, "wrong", "value",
                         f"no time of day of the case is {c.text}; nearest: {nearest}", R_CLOCK_WRONG)
