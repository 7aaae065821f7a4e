"""The numbers scorer's speed-ups give the answers of the plain code they stand for (issue 20).

``_derived`` answers from a per-case table (:class:`scorers.numbers._DerivedTable`) when given the tuple of case
numbers the scorer keeps; given a list it runs its own loop. Both must agree on every figure of the project's texts
and on figures placed at the edges of every result the table holds. These tests also catch a rule change made in
the loop but not in the table.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from harness.caseload import load_cases
from scorers import numbers
from scorers.numbers import _case_numbers, _derived, extract_numbers

ROOT = Path(__file__).resolve().parents[1]


def _cases() -> list:
    return list(load_cases([ROOT / "cases"]))


def _texts(case_ids: set[str]) -> dict[str, list[str]]:
    """Probe texts and the default job's summaries, by case id."""
    out: dict[str, list[str]] = {cid: [] for cid in case_ids}
    for line in (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("case_id") in out:
            out[item["case_id"]].append(item["text"])
    return out


# figures of every kind _derived reads: counts, bare figures, percentages, points, ratios, durations, rates
_SHAPES = ("killed 120 people", "about 58%", "a gap of 20 percentage points", "twice as many", "over 3 years",
           "5 days later", "$13,500 per family", "52 km2 a day", "some 4,000", "nearly 300,000 residents")


def test_the_table_is_built_for_the_scorers_tuple_and_lists_take_the_loop() -> None:
    case = _cases()[0]
    nums = _case_numbers(case)
    assert isinstance(nums, tuple)
    assert numbers._DERIVED_TABLES.get(nums).usable


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c.id)
def test_table_and_loop_agree(case) -> None:
    nums = _case_numbers(case)
    table = numbers._DERIVED_TABLES.get(nums)
    mentions = [m for text in [*(p.text for p in case.probes), *_texts({case.id})[case.id]]
                for m in extract_numbers(text)]
    shapes = [m for s in _SHAPES for m in extract_numbers(s)]
    # every result the table holds, and figures just inside and outside ``near``'s 3% and half-unit edges
    values = {d for ds, _rows in table.rows for d in ds}
    values |= {v for d in list(values) for v in (d * 0.97, d * 1.03, d * 0.9699, d * 1.0301, d + 0.5, d - 0.5,
                                                   d + 0.51, d - 0.51, float(round(d)))}
    values |= {100 * r for r, _pct, _how in table.pairs} | {r for r, _pct, _how in table.pairs}
    picked = sorted(values)[::max(1, len(values) // 150)]  # a spread of them: the loop costs a millisecond a call
    pairs = zip(shapes * len(picked), picked * len(shapes), strict=True)  # each value with another shape
    probes = mentions + [dataclasses.replace(m, value=v) for m, v in pairs]
    explained = 0
    for m in probes:
        how = _derived(m, nums)
        assert how == _derived(m, list(nums)), (m.text, m.value, m.unit, m.dimension)
        explained += how is not None
    assert explained, "no figure was derived: the comparison tested nothing"


def test_digit_matches_are_the_patterns_own() -> None:
    import random

    texts = [t for ts in _texts({c.id for c in _cases()}).values() for t in ts]
    rng = random.Random(3)
    parts = ["US$", "us$ ", "€", "£ 5", "12,345", "1 234 567", "5k", "3.5bn", "¥\u00a09", "x", " ", ",", "-", "million",
             "2", "4.", "$", "\u00a0", "Rs", "0.5"]
    texts += ["".join(rng.choice(parts) for _ in range(30)) for _ in range(3000)]
    for text in texts:
        plain = [(m.span(), m.groupdict()) for m in numbers._DIGITS_RE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in numbers._digit_matches(text)] == plain, text


def test_the_qualifier_search_finds_the_same_cue_from_its_shortcuts() -> None:
    import random

    rng = random.Random(5)
    cues = list(numbers._QUAL_CUES)
    parts = cues + [c.upper() for c in cues] + ["the", "X", "5", "_", "killed", " ", "  ", '"', "'", "“", "‘", "\u00a0",
                                                ",", ".", "-", "\n", "ſome", "K", "approx", "9about", "_over"]
    assert numbers._QUAL_TAIL_START
    found = 0
    for _ in range(20000):
        before = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(0, 8)))[-40:]
        plain = numbers._QUAL_BEFORE_RE.search(before)
        fast = numbers._QUAL_BEFORE_RE.search(before, numbers._qualifier_start(before)) \
            if numbers._qualifier_may_end(before) else None
        assert (plain and (plain.span(), plain.groupdict())) == (fast and (fast.span(), fast.groupdict())), before
        found += plain is not None
    assert found


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c.id)
def test_remembered_matches_are_the_plain_ones(case) -> None:
    """The match stage's per-case memory (by the figure as read) answers as matching each figure afresh: compat
    per case number, the figures rounded and those stated exactly, for every figure of the case's texts."""
    nums = _case_numbers(case)
    mentions = [m for text in [*(p.text for p in case.probes), *_texts({case.id})[case.id]]
                for m in extract_numbers(text)] + [m for s in _SHAPES for m in extract_numbers(s)]
    assert mentions
    for m in mentions:
        for _ in range(2):  # the first call fills the memory, the second reads it
            assert numbers._compats(m, nums) == tuple(numbers._compat(m, c, nums) for c in nums)
            assert numbers._rounded(m, nums) == numbers._rounded_uncached(m, list(nums))
        # a figure read alike elsewhere (another span, the same unit) gets the same answer
        moved = dataclasses.replace(m, span=(m.span[0] + 1, m.span[1] + 1), text=m.text + " ")
        assert numbers._rounded(moved, nums) == numbers._rounded_uncached(moved, list(nums))
