"""Tolerance: when a summary's figure is the case's figure, in ONE place (CONTRACT §1 "Numbers").

A summary states a precision with the way it writes a figure: "58%" is rounded to the unit, "320,000"
to the ten thousand, "1.3 million" to the hundred thousand. A figure is a rounding of the case's figure
when the case's figure lies within half a step of the last digit the summary wrote ("58%" for 58.3%,
"320,000" for 324,000), or the other way round when the case is the coarser of the two. A rounding
never moves a figure by more than :data:`ROUNDING_MAX_RELATIVE` ("100" is not a rounding of 140).
So "67" for an exact 65 and "342,000" for 324,000 are wrong values, not roundings.

Qualifiers widen or bound the interval: "about" widens it to :data:`ABOUT_RELATIVE`; "more than",
"at least", "less than", "at most", "up to" bound it on one side (see :func:`case_interval`).
A case may set its own ``tolerance`` (a share of the value): then that is used instead.
"""

from __future__ import annotations

import functools
import math
import re

ROUNDING_MAX_RELATIVE = 0.05
"""A rounding moves a figure by at most this share of it: the trailing zeros of "100" do not make
it a rounding of 140. Also the tolerance of a figure whose written precision is unknown."""

ABOUT_RELATIVE = 0.10
"""An "about" (summary or case side) widens a figure to +-10% of it: "about 300,000" for 324,000."""

BOUND_RELATIVE = 0.10
"""A bound ("more than", "nearly") may sit this far from the case figure on the side it points to:
"nearly 1,200" for 1,140 is close."""

SAME_FIGURE_MAX_RELATIVE = 0.01
""""The same figure" (is this the case's own number, in another unit or for another thing?) allows at
most 1% whatever the case's tolerance: 6,700 troops and 6,700 km² are the same figure, 6,900 is not."""

CONVERSION_SLACK_RELATIVE = 0.02
"""A figure converted between units (km² to sq mi) is also the same figure within 2%: conversions
round ("130 km²" is 50.2 sq mi)."""

DERIVED_RELATIVE = 0.03
"""Arithmetic on case numbers explains a figure within 3% of the result ("21 points" for 58.3 - 36.9)."""

DERIVED_ROUNDING = 0.5
"""A whole summary figure between 2 and 100 may round an arithmetic result to the unit."""

EXACT_SMALL = 12
"""Exact case figures up to twelve take no tolerance: "four days" is not "five days"."""

EPS = 1e-9
"""Floating-point slack on every comparison."""


def written_half_step(digits: str, scale: float = 1.0) -> float:
    """Half the step of the last digit written: "58" -> 0.5, "58.3" -> 0.05, "320,000" -> 5000.

    Args:
        digits: the figure's digits as written (separators allowed), without its scale word.
        scale: the scale written after it ("million" -> 1e6), multiplied in.
    """
    half = _digits_half_step(digits)
    return 0.0 if half is None else half * scale


@functools.lru_cache(maxsize=65536)
def _digits_half_step(digits: str) -> float | None:
    """:func:`written_half_step` before the scale (None: no digit); cached, the same figures recur in every summary."""
    plain = re.sub(r"[^\d.]", "", digits)
    if not plain:
        return None
    if "." in plain:
        return 0.5 * 10 ** -len(plain.split(".", 1)[1])
    zeros = len(plain) - len(plain.rstrip("0")) if plain.strip("0") else 0
    return 0.5 * 10**zeros


@functools.lru_cache(maxsize=65536, typed=True)
def value_half_step(value: float) -> float:
    """Half the step of the last significant digit of a value (a case figure as its author wrote it); cached (a pure
    function, asked again for each case figure a summary figure is compared with)."""
    if value == int(value):
        return written_half_step(str(int(abs(value))))
    return written_half_step(repr(abs(value)))


def case_tolerance(explicit: float | None, qualifier: str, value: float, dimension: str) -> float | None:
    """The relative tolerance an author set, or None when the written precision decides.

    Years and dates are exact (0.0), and so are exact figures up to :data:`EXACT_SMALL` except measures that
    convert to other units or round (lengths, areas, masses, percentages, durations ...).
    """
    if explicit is not None:
        return explicit
    small = qualifier == "exact" and value <= EXACT_SMALL and dimension not in _CONVERTIBLE
    if dimension in {"year", "date"} or small:
        return 0.0  # "6 deaths" is not 7; "6.2 nautical miles" is 11.5 km, to its written precision
    return None


_CONVERTIBLE = frozenset({"length", "area", "volume", "mass", "temperature", "power", "speed", "percent", "duration",
                          "data"})
"""Measures a summary may give in another unit or rounded ("about 2 percentage points" for 2.1): their small exact
figures round like any written figure, unlike small counts."""


def half_width(value: float, step: float | None, qualifier: str | None) -> float:
    """The interval half-width a figure stands for: its written rounding (capped at
    :data:`ROUNDING_MAX_RELATIVE`, which is also the default), widened by "about"."""
    cap = ROUNDING_MAX_RELATIVE * abs(value)
    h = cap if step is None else min(step, cap)
    if qualifier == "about":
        h = max(h, ABOUT_RELATIVE * abs(value))
    return h


def rounds(x: float, x_step: float | None, v: float, tol: float | None, qualifier: str | None = None,
           case_about: bool = False) -> bool:
    """Whether the summary figure ``x`` (stated to ``x_step``, with its qualifier) rounds case figure ``v``.

    Args:
        x: the summary's figure, in the case's unit.
        x_step: half the step of the summary's last written digit (in the case's unit), None if unknown.
        v: the case's figure.
        tol: the case's own relative tolerance (:func:`case_tolerance`), or None.
        qualifier: the summary's qualifier: "more", "less", "about" or None.
        case_about: the case's figure is itself approximate.
    """
    if tol is not None:
        close = abs(x - v) <= tol * abs(v) + EPS
    else:
        hx = half_width(x, x_step, qualifier)
        hv = half_width(v, value_half_step(v), "about" if case_about else None)
        close = abs(x - v) <= hx + EPS or abs(x - v) <= hv + EPS
    if close:
        return True
    if qualifier == "more" and _sig1_floor(v) <= x <= v:
        return True  # "over a thousand" for more than 1,300
    if qualifier == "less" and v <= x <= _sig1_ceil(v):
        return True
    # a bound may understate the case's figure ("more than 600" for 640), never overstate it: "at least 650" for
    # at least 610 raises the floor the case gives
    if qualifier == "more":
        return x <= v + EPS and v - x <= max(tol or 0.0, BOUND_RELATIVE) * abs(v)
    if qualifier == "less":
        return x >= v - EPS and x - v <= max(tol or 0.0, BOUND_RELATIVE) * abs(v)
    return False


def same_figure(x: float, v: float, tol: float | None, converted: bool = False) -> bool:
    """Whether ``x`` is the case figure ``v`` itself (used to tell a unit or referent error from a
    wrong value): within the case's tolerance capped at :data:`SAME_FIGURE_MAX_RELATIVE`; a
    converted figure also within :data:`CONVERSION_SLACK_RELATIVE`."""
    rel = min(ROUNDING_MAX_RELATIVE if tol is None else tol, SAME_FIGURE_MAX_RELATIVE)
    if converted:
        rel = max(rel, CONVERSION_SLACK_RELATIVE)
    return abs(x - v) <= rel * abs(v) + EPS


def _sig1_floor(v: float) -> float:
    """``v`` rounded down to one significant digit (1,340 -> 1,000)."""
    if v <= 0:
        return v
    p = 10 ** math.floor(math.log10(v))
    return math.floor(v / p) * p


def _sig1_ceil(v: float) -> float:
    """``v`` rounded up to one significant digit (1,340 -> 2,000)."""
    if v <= 0:
        return v
    p = 10 ** math.floor(math.log10(v))
    return math.ceil(v / p) * p
