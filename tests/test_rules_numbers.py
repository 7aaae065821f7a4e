"""Every number rule's examples (scorers/rules/numbers.yaml), run through the scorers against their
example case: the number written in the example gets the expected verdict, decided by that rule."""

from __future__ import annotations

import pytest

from harness.caseload import load_case
from scorers import rulebook, score_summary

NUMBER_RULES = [r for r in rulebook.rules().values() if r.stage == "number"]
EXAMPLES = [(r.id, ex) for r in NUMBER_RULES for ex in r.examples]


def test_number_rules_are_listed() -> None:
    assert len(NUMBER_RULES) >= 15


@pytest.mark.parametrize(("rule_id", "ex"), EXAMPLES, ids=[f"{rid}:{ex.text}" for rid, ex in EXAMPLES])
def test_number_rule_example(rule_id: str, ex: rulebook.Example) -> None:
    case = load_case(rulebook.EXAMPLES_DIR / f"{ex.case}.yaml")
    numbers = score_summary(case, ex.text).numbers
    found = [v for v in numbers if v.text == ex.number] or [v for v in numbers if v.text.startswith(str(ex.number))]
    assert found, f"{ex.number!r} not found in {[v.text for v in numbers]}"
    v = found[0]
    assert (v.verdict, v.rule_id) == (ex.verdict, rule_id), v


def test_every_number_verdict_names_a_listed_rule() -> None:
    case = load_case(rulebook.EXAMPLES_DIR / "units.yaml")
    text = ("On October 12 the dam released 640 cubic metres per hour, 90 tanks came, 58% voted, "
            "the flood lasted five weeks and 342,000 people left.")
    for v in score_summary(case, text).numbers:
        assert v.rule_id in rulebook.rules(), v


def test_every_number_verdict_on_the_suite_names_a_listed_rule() -> None:
    from pathlib import Path

    from harness.caseload import load_cases

    listed = set(rulebook.rules())
    seen: set[str] = set()
    for case in load_cases(Path(__file__).resolve().parents[1] / "cases"):
        for probe in case.probes:
            for v in score_summary(case, probe.text).numbers:
                assert v.rule_id in listed, (case.id, probe.id, v)
                seen.add(v.rule_id)
    assert len(seen) >= 8  # the suite exercises most number rules
