"""Speed-ups of the sentence splitter and the number stage give the answers of the searches they replace (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

from harness.caseload import load_cases
from scorers import numbers, text
from scorers.text import ABBREVIATIONS

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    lines = (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()
    out = [json.loads(line)["text"] for line in lines]
    out += [c.text for c in load_cases([ROOT / "cases"])]
    out += [f"x {a}. y {a.upper()}. z.{a}. {a}.. é{a}. _{a}." for a in sorted(ABBREVIATIONS)]
    return out


def test_the_abbreviation_read_backwards_is_the_search() -> None:
    found = 0
    for t in _texts():
        for stop in [i for i, ch in enumerate(t) if ch == "."]:
            for lo in {0, max(0, stop - 64), max(0, stop - 3), stop}:
                m = text._ABBREVIATION_END.search(t, lo, stop + 1)
                plain = bool(m and m.group(1).lower() in ABBREVIATIONS)
                assert text._abbreviation(t, lo, stop) == plain, (t[lo:stop + 1])
                found += plain
    assert found


def test_fractions_are_found_only_in_text_with_a_denominator() -> None:
    for t in _texts() + ["two-thirds of", "A QUARTER of them", "one fifth", "a third term", "half of the"]:
        plain = list(numbers._FRACTION_RE.finditer(t))
        if t.isascii() and not any(d in t.lower() for d in numbers.lex.FRACTION_DENOMINATORS):
            assert not plain


def test_the_figures_named_by_their_context_are_those_sharing_a_referent_word() -> None:
    for case in load_cases([ROOT / "cases"]):
        nums = numbers._case_numbers(case)
        by_word = numbers._NUMS_BY_REF_WORD.get(nums)
        words = {w for c in nums for w in c.ref_words} | {"x", "people"}
        for w in words:
            for context in (frozenset({w}), frozenset({w, "x"}), frozenset(words)):
                assert sorted(id(c) for c in numbers._named_by(by_word, context)) == \
                    sorted(id(c) for c in nums if context & c.ref_words)
