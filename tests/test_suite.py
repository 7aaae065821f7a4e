"""The shipped suite: balance between sides, `cnh cases list`, and export as a Hugging Face dataset."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT

from harness.caseload import load_cases
from harness.cli import main
from harness.suite import balance_problems, case_from_row, case_row


def test_shipped_suite_is_balanced_between_sides() -> None:
    cases = load_cases(ROOT / "cases")
    assert balance_problems(cases) == []


def test_balance_check_catches_a_one_sided_case(dam_case) -> None:  # type: ignore[no-untyped-def]
    one_sided = dam_case.model_copy(update={"claims": [c for c in dam_case.claims if c.id != "flow40"]})
    problems = balance_problems([one_sided])
    assert any("contested claims from one side only" in p for p in problems)
    assert any("loaded terms from one side only" in p for p in problems)


def test_case_row(dam_case) -> None:  # type: ignore[no-untyped-def]
    row = case_row(dam_case)
    assert row["contested_by_side"] == {"downstream": 1, "upstream": 1}
    assert row["sides"] == ["downstream", "upstream"] and row["numbers"] == 4


def test_cases_list_cli() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["cases", "list", str(ROOT / "cases")])
    assert result.exit_code == 0
    assert "| kursk-command-post | war |" in result.output
    result = runner.invoke(main, ["cases", "list", "--json", str(ROOT / "cases" / "kursk-command-post.yaml")])
    assert json.loads(result.output)["contested_by_side"]["ukraine"] >= 1


def test_export_hf_round_trip(tmp_path: Path) -> None:
    import datasets

    out = tmp_path / "suite"
    result = CliRunner().invoke(main, ["export", str(ROOT / "cases"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    ds = datasets.load_from_disk(str(out))
    cases = {c.id: c for c in load_cases(ROOT / "cases")}
    assert sorted(ds["id"]) == sorted(cases)
    assert ds.features["n_claims"].dtype == "int32"
    row = ds[ds["id"].index("kursk-command-post")]
    assert case_from_row(row) == cases["kursk-command-post"]
