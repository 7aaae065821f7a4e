"""CLI conveniences: --version, completion, --json on read commands, --quiet, pipe-safe colour, --help examples."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT

from harness import __version__
from harness.cli import main

KURSK = str(ROOT / "cases" / "kursk-command-post.yaml")


def test_version_and_help_examples() -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["--version"]).output.strip() == f"cnh, version {__version__}"
    for command in main.commands:
        out = runner.invoke(main, [command, "--help"]).output
        assert "Example" in out or command == "cases", command


def test_completion_scripts() -> None:
    runner = CliRunner()
    assert "_cnh_completion" in runner.invoke(main, ["completion", "bash"]).output
    assert "compdef" in runner.invoke(main, ["completion", "zsh"]).output
    assert "complete" in runner.invoke(main, ["completion", "fish"]).output


def test_json_output_of_read_commands(tmp_path: Path) -> None:
    runner = CliRunner()
    rows = [json.loads(x) for x in runner.invoke(main, ["check-case", "--json", KURSK]).output.splitlines()]
    assert rows and all(r["ok"] for r in rows) and rows[0]["case_id"] == "kursk-command-post"
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    result = runner.invoke(main, ["lint", "--json", str(bad)])
    problems = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert result.exit_code == 1 and {"file", "line", "field", "message"} <= set(problems[0])
    s = tmp_path / "s.jsonl"
    s.write_text(json.dumps({"case_id": "kursk-command-post", "summary_id": "a", "model": "m",
                             "text": "Ukraine lost 67,000 troops."}) + "\n", encoding="utf-8")
    runner.invoke(main, ["score", "--cases", KURSK, "--summaries", str(s), "--out", str(tmp_path / "o"), "-q"])
    rec = json.loads(runner.invoke(main, ["explain", "--json", str(tmp_path / "o"), "a"]).output)
    assert rec["claims"][0]["verdict"] == "unattributed"


def test_quiet_and_pipe_safe_colour(tmp_path: Path) -> None:
    runner = CliRunner()
    loud = runner.invoke(main, ["lint", KURSK])
    quiet = runner.invoke(main, ["--quiet", "lint", KURSK])
    assert "1 case file(s)" in loud.output and "1 case file(s)" not in quiet.output
    case = tmp_path / "c.yaml"
    case.write_text(Path(KURSK).read_text(encoding="utf-8").replace("expect: {claims: {losses67k: attributed}",
                                                                    "expect: {claims: {losses67k: hedged}", 1))
    out = runner.invoke(main, ["check-case", str(case)]).output  # not a terminal: no escape codes
    assert "FAIL kursk-command-post/" in out and "\x1b[" not in out
