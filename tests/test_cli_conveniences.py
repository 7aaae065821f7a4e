"""CLI conveniences: --version, completion, --json on read commands, --quiet, pipe-safe colour, --help examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def _env() -> dict[str, str]:
    import os
    import sys

    cnh = Path(sys.executable).with_name("cnh")
    return {**os.environ, "PATH": f"{cnh.parent}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHONPATH": str(ROOT)}


def _summaries(tmp_path: Path, n: int = 6) -> Path:
    rows = (ROOT / "results" / "baselines" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_limit_on_score_and_run(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "o"
    result = runner.invoke(main, ["-q", "score", "--cases", str(ROOT / "cases"), "--summaries",
                                  str(_summaries(tmp_path)), "--out", str(out), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert len((out / "scores.jsonl").read_text().splitlines()) == 2
    result = runner.invoke(main, ["-q", "run", "--model", "baseline:lead-3", "--cases", str(ROOT / "cases"),
                                  "--out", str(tmp_path / "runs"), "--run-id", "smoke", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "runs" / "smoke" / "summaries.jsonl").read_text().splitlines()) == 3
    assert "--limit" in runner.invoke(main, ["run", "--help"]).output


def test_debug_after_the_subcommand(monkeypatch: pytest.MonkeyPatch) -> None:
    import scorers.rulebook

    def broken() -> dict:  # an unexpected failure inside a command
        raise RuntimeError("boom")

    monkeypatch.setattr(scorers.rulebook, "rules", broken)
    runner = CliRunner()
    plain = runner.invoke(main, ["rules", "--stage", "frame"])
    assert plain.exit_code == 2 and "run with --debug" in plain.output
    for args in (["--debug", "rules", "--stage", "frame"], ["rules", "--stage", "frame", "--debug"],
                 ["rules", "--debug", "--stage", "frame"]):
        result = runner.invoke(main, args)
        assert isinstance(result.exception, RuntimeError), (args, result.output)  # the traceback, raised


def test_quiet_silences_datasets_progress_bars(tmp_path: Path) -> None:
    import subprocess

    import datasets

    datasets.Dataset.from_list([json.loads(x) for x in _summaries(tmp_path).read_text().splitlines()]) \
        .to_parquet(str(tmp_path / "s.parquet"))
    env = {**_env(), "HF_DATASETS_CACHE": str(tmp_path / "hf-cache")}  # fresh: datasets would show its bars
    for quiet in (["-q", "score"], ["score", "-q"]):
        done = subprocess.run(["cnh", *quiet, "--cases", str(ROOT / "cases"), "--summaries",
                               str(tmp_path / "s.parquet"), "--out", str(tmp_path / f"o{len(quiet[0])}")],
                              capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        assert done.stderr == "", done.stderr


def test_csv_report_reads_with_plain_read_csv(tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "r.csv"
    result = CliRunner().invoke(main, ["report", str(ROOT / "results" / "baselines"), "--cases", str(ROOT / "cases"),
                                       "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out)
    assert {"model", "metric", "value", "low", "high", "signature"} <= set(df.columns)
    models = {json.loads(line)["model"] for line in (ROOT / "results" / "baselines" / "scores.jsonl").open()}
    assert set(df.model) == models
    assert df.signature.nunique() == 1 and df.signature.iloc[0].startswith("cnh:")


def test_default_job_does_not_rewrite_committed_files(tmp_path: Path) -> None:
    """The default job, run in a fresh checkout (no cache) and again (all cached), leaves the committed
    reference run byte for byte as it was."""
    import shutil
    import subprocess

    for name in ("cases", "runs"):
        shutil.copytree(ROOT / name, tmp_path / name)
    tracked = subprocess.run(["git", "ls-files", "results/baselines"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    (tmp_path / "results" / "baselines").mkdir(parents=True)
    for name in tracked:  # the committed files only (not a local run-log.json)
        shutil.copy(ROOT / name, tmp_path / name)
    before = {Path(name).name: (ROOT / name).read_bytes() for name in tracked}
    assert "run.json" in before and "summaries.jsonl" in before
    for _ in range(2):
        done = subprocess.run(["cnh", "-q", "run", "runs/baselines.yaml"], cwd=tmp_path, capture_output=True,
                              text=True, env=_env(), timeout=300)
        assert done.returncode == 0, done.stderr
        after = {name: (tmp_path / "results" / "baselines" / name).read_bytes() for name in before}
        assert after == before, [k for k in after if after[k] != before.get(k)]
        log = json.loads((tmp_path / "results" / "baselines" / "run-log.json").read_text(encoding="utf-8"))
        assert {"generated", "cached", "seconds"} <= set(log)  # this invocation's counts, beside the run
    ignored = subprocess.run(["git", "check-ignore", "results/baselines/run-log.json"], cwd=ROOT,
                             capture_output=True, text=True)
    assert ignored.returncode == 0  # never committed


def test_cases_list_counts_real_reports_and_constructed_is_documented() -> None:
    out = CliRunner().invoke(main, ["cases", "list", str(ROOT / "cases")]).output
    assert "of 25 cases are real reports" in out and "figures or events invented or adjusted" in out
    doc = " ".join((ROOT / "docs" / "case-format.md").read_text(encoding="utf-8").split())
    assert "figures or events are invented or adjusted" in doc
