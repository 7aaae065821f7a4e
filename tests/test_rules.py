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


def test_cnh_rules_lists_every_rule_as_json() -> None:
    import json

    from click.testing import CliRunner

    from harness.cli import main

    result = CliRunner().invoke(main, ["rules", "--json"])
    assert result.exit_code == 0, result.output
    listed = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in listed] == list(rulebook.rules())
    assert all(r["description"] and r["examples"] for r in listed)
    assert CliRunner().invoke(main, ["rules", "--stage", "nope"]).exit_code == 2


def test_explain_shows_the_rule_id_and_its_description(tmp_path: Path) -> None:
    from harness.scoring import explain

    record = score_summary(_case("basic"), "Vale said Sudria lost 4,200 soldiers.").to_json()
    text = explain(record)
    assert "frame.source-verb — " + rulebook.describe("frame.source-verb") in text
