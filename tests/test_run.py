"""`cnh run`: baselines end to end, cache and resume (including after kill -9), configs, prompts."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DAM_CASE, ROOT

from harness.backends import BackendError, create
from harness.backends.baseline import strip_attribution
from harness.cli import main
from harness.prompt import PromptError, load_prompt


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with the shipped cases copied in (runs write results/ and .cnh-cache/ here)."""
    (tmp_path / "cases").mkdir()
    for case in (ROOT / "cases").glob("*.yaml"):
        (tmp_path / "cases" / case.name).write_text(case.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_baselines_end_to_end_and_strip_attribution_ranks_last(workdir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["run", "--model", "baseline:lead-5", "--model", "baseline:strip-attribution",
                                  "--run-id", "b", "-q"])
    assert result.exit_code == 0, result.output
    run_dir = workdir / "results" / "b"
    summaries = read_jsonl(run_dir / "summaries.jsonl")
    scores = read_jsonl(run_dir / "scores.jsonl")
    n_cases = len(list((workdir / "cases").glob("*.yaml")))
    assert len(summaries) == len(scores) == 2 * n_cases
    assert [s["summary_id"] for s in summaries] == [r["summary_id"] for r in scores]
    assert summaries[0]["prompt_hash"] == load_prompt("default").hash
    manifest = {**json.loads((run_dir / "run.json").read_text()), **json.loads((run_dir / "run-log.json").read_text())}
    assert manifest["signature"].startswith(f"cnh:0.1.0|cases:{n_cases}@")
    assert manifest["generated"] == 2 * n_cases and manifest["cached"] == 0
    assert "| baseline:lead-5 |" in result.output and "| baseline:strip-attribution |" in result.output

    def attributed(model: str) -> int:
        return sum(c["verdict"] == "attributed" for r in scores if r["model"] == model for c in r["claims"])

    def bare(model: str) -> int:
        return sum(r["metrics"]["unattributed_contested"] for r in scores if r["model"] == model)

    assert attributed("baseline:strip-attribution") < attributed("baseline:lead-5")
    assert bare("baseline:strip-attribution") >= bare("baseline:lead-5")

    again = runner.invoke(main, ["run", "--model", "baseline:lead-5", "--model", "baseline:strip-attribution",
                                 "--run-id", "b", "-q"])
    assert again.exit_code == 0
    manifest = {**json.loads((run_dir / "run.json").read_text()), **json.loads((run_dir / "run-log.json").read_text())}
    assert manifest["generated"] == 0 and manifest["cached"] == 2 * n_cases
    assert read_jsonl(run_dir / "scores.jsonl") == scores


def test_strip_attribution_removes_frames() -> None:
    assert strip_attribution("According to the ministry, the flow fell by 5 percent.") == \
        "The flow fell by 5 percent."
    assert strip_attribution("The flow fell by 5 percent, Rivas said.") == "The flow fell by 5 percent."
    assert strip_attribution("Rivas said that the flow fell, adding that crops died.") == \
        "The flow fell, crops died."


def test_bad_run_config_names_file_line_field(workdir: Path) -> None:
    (workdir / "run.yaml").write_text("models:\n  - backend: baseline\n    modle: lead-3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "run.yaml"])
    assert result.exit_code == 2
    assert "run.yaml:3: models[0].modle: unknown field (did you mean 'model'?)" in result.output
    assert "run.yaml:2: models[0].model: required field missing" in result.output
    (workdir / "run.yaml").write_text("models:\n  - {backend: nope, model: x}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "run.yaml"])
    assert result.exit_code == 2
    assert "run.yaml:2: models[0].backend: value error, unknown backend 'nope'" in result.output
    result = CliRunner().invoke(main, ["run", "--model", "baseline:lead-zero"])
    assert result.exit_code == 2
    assert "unknown baseline 'lead-zero'" in result.output


def test_prompt_templates(tmp_path: Path) -> None:
    p = load_prompt("neutral")
    assert "{article}" in p.template and len(p.hash) == 12
    bad = tmp_path / "bad.txt"
    bad.write_text("Summarise {text}", encoding="utf-8")
    with pytest.raises(PromptError, match=r"unknown field\(s\) \['text'\]"):
        load_prompt(str(bad))
    with pytest.raises(PromptError, match="neither a built-in"):
        load_prompt("no-such-prompt")


def test_file_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    (tmp_path / "s.jsonl").write_text(json.dumps({"case_id": "dam-dispute", "summary_id": "x", "model": "ext",
                                                  "text": "Rivas said the flow fell 5 percent."}) + "\n")
    result = CliRunner().invoke(main, ["run", "--model", "file:ext=s.jsonl", "--run-id", "f", "-q"])
    assert result.exit_code == 0, result.output
    (rec,) = read_jsonl(tmp_path / "results" / "f" / "scores.jsonl")
    assert rec["claims"][0]["verdict"] == "attributed"
    with pytest.raises(BackendError, match="needs a 'path'"):
        create("file", "ext", {})


CONFIG = """
run_id: slow
models:
  - {name: slow, backend: baseline, model: lead-3, params: {delay: 0.05}}
cases: [cases/]
samples: 10
"""


def test_kill_9_loses_nothing_and_resume_completes(workdir: Path) -> None:
    """A real `cnh run` process is killed mid-generation; the cache stays sound and a rerun finishes."""
    (workdir / "slow.yaml").write_text(CONFIG, encoding="utf-8")
    n_cases = len(list((workdir / "cases").glob("*.yaml")))
    total = 10 * n_cases
    cmd = [sys.executable, "-m", "harness.cli", "run", "slow.yaml", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db = workdir / ".cnh-cache" / "generations.sqlite"
    deadline = time.time() + 60
    done = 0
    while time.time() < deadline:  # wait until some, but not all, generations are stored
        if db.exists():
            try:
                with sqlite3.connect(db) as con:
                    done = con.execute("SELECT COUNT(*) FROM generations").fetchone()[0]
            except sqlite3.OperationalError:
                done = 0
            if done >= 3:
                break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = con.execute("SELECT COUNT(*), COUNT(DISTINCT key) FROM generations").fetchone()
    assert 3 <= stored[0] < total and stored[0] == stored[1]
    assert not (workdir / "results" / "slow" / "scores.jsonl").exists()

    rerun = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    manifest = json.loads((workdir / "results" / "slow" / "run-log.json").read_text())
    assert manifest["cached"] >= stored[0]
    assert manifest["generated"] + manifest["cached"] == total
    summaries = read_jsonl(workdir / "results" / "slow" / "summaries.jsonl")
    assert len(summaries) == total
    assert len({s["summary_id"] for s in summaries}) == total
