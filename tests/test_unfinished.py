"""`cnh lint` refuses what only a draft may contain: TODO values and a case without probes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT

from harness.cli import main
from harness.draft import draft_case

ARTICLE = """\
The Water Agency of Lowland (LWA) said more than 4,200 hectares of farmland had dried up this summer.
Agriculture Minister Tomas Ferrel said the drought was caused by the new dam upstream.
"""


def test_an_unedited_draft_fails_lint_naming_each_placeholder(tmp_path: Path) -> None:
    path = tmp_path / "water.yaml"
    path.write_text(draft_case(ARTICLE, case_id="water"), encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(path)])
    assert result.exit_code == 1, result.output
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [ln for ln in result.output.splitlines() if "placeholder" in ln]
    assert any(": topic: placeholder 'TODO'" in ln for ln in found)
    assert any(".side: placeholder 'TODO'" in ln for ln in found)
    for ln in found:  # every finding points at the line that holds the placeholder
        lineno = int(ln.split(":")[1])
        assert "TODO" in lines[lineno - 1] or "todo" in lines[lineno - 1], ln
    assert any(": probes: no probes" in ln for ln in result.output.splitlines())


def test_a_case_without_probes_fails_lint(tmp_path: Path) -> None:
    text = (ROOT / "cases" / "river-dam-dispute.yaml").read_text(encoding="utf-8")
    head = text[: text.index("\nprobes:")]
    path = tmp_path / "river-dam-dispute.yaml"
    path.write_text(head + "\nprobes: []\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{head.count(chr(10)) + 2}: probes: no probes" in result.output


def test_a_todo_inside_a_value_fails_and_the_shipped_suite_passes(tmp_path: Path) -> None:
    text = (ROOT / "cases" / "river-dam-dispute.yaml").read_text(encoding="utf-8")
    path = tmp_path / "river-dam-dispute.yaml"
    path.write_text(text.replace("\ntitle: ", "\ntitle: TODO check ", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(path)])
    assert result.exit_code == 1 and ": title: placeholder 'TODO check" in result.output
    assert CliRunner().invoke(main, ["lint", str(ROOT / "cases")]).exit_code == 0


def test_check_case_fails_a_case_without_probes(tmp_path: Path) -> None:
    path = tmp_path / "water.yaml"
    path.write_text(draft_case(ARTICLE, case_id="water"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check-case", str(path)])
    assert result.exit_code == 1 and "water: no probes" in result.output
