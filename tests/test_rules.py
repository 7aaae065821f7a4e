"""The rule tables: validated data, every rule's examples decide the verdict they name, every verdict names a rule."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from harness.caseload import load_case
from scorers import rulebook, score_summary

ALL = [(r.id, i, ex) for r in rulebook.rules().values() for i, ex in enumerate(r.examples)]


def _case(name: str):
    return load_case(rulebook.EXAMPLES_DIR / f"{name}.yaml")


@pytest.mark.parametrize(("rule_id", "i", "example"), ALL, ids=[f"{r}#{i}" for r, i, _ in ALL])
def test_rule_example_decides_its_verdict(rule_id: str, i: int, example: rulebook.Example) -> None:
    record = score_summary(_case(example.case), example.text)
    if example.claim is not None:
        found = [c for c in record.claims if c.claim_id == example.claim]
        assert found, f"claim {example.claim} not mentioned in {example.text!r}"
        got = (found[0].verdict, found[0].rule_id)
    elif example.term is not None:
        found = [t for t in record.loaded if t.term == example.term]
        assert found, f"term {example.term!r} not found in {example.text!r}"
        got = (found[0].voice, found[0].rule_id)
    else:
        found = [n for n in record.numbers if n.text == example.number]
        assert found, f"number {example.number!r} not found in {example.text!r}: {[n.text for n in record.numbers]}"
        got = (found[0].verdict, found[0].rule_id)
    assert got == (example.verdict, rule_id)


def test_tables_cover_every_stage_family() -> None:
    stages = {r.stage for r in rulebook.rules().values()}
    assert {"frame", "hedge", "verdict", "loaded"} <= stages


def test_malformed_rule_is_rejected_with_its_id(tmp_path: Path) -> None:
    bad = [{"id": "frame.x", "stage": "frame", "priority": 1, "description": "no examples here at all", "examples": []}]
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(bad))
    with pytest.raises(rulebook.RuleTableError, match="frame.x: examples"):
        rulebook._load_table(path)
    bad[0].update(id="Frame X", examples=[{"text": "a", "claim": "c", "verdict": "hedged"}])
    path.write_text(yaml.safe_dump(bad))
    with pytest.raises(rulebook.RuleTableError, match="id"):
        rulebook._load_table(path)


def test_unknown_rule_id_fails() -> None:
    with pytest.raises(KeyError, match="not listed"):
        rulebook.rule("frame.no-such-rule")


def test_every_verdict_on_the_suite_names_a_listed_rule() -> None:
    from harness.caseload import load_cases

    case_dir = Path(__file__).resolve().parents[1] / "cases"
    listed = set(rulebook.rules())
    seen: set[str] = set()
    for case in load_cases(case_dir):
        for probe in case.probes:
            record = score_summary(case, probe.text)
            for v in [*record.claims, *record.loaded]:
                assert v.rule_id in listed, (case.id, probe.id, v)
                seen.add(v.rule_id)
    assert len(seen) >= 10  # the suite exercises most rules
