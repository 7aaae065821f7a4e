"""`cnh run`: baselines end to end, cache and resume (including after kill -9), configs, prompts."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import DAM_CASE, ROOT
from test_openai_backend import MockServer, Reply

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


def _file_backend_workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work in ``tmp_path`` with the dam case and ``s.jsonl``: one summary (x) for the file backend."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    (tmp_path / "s.jsonl").write_text(json.dumps({"case_id": "dam-dispute", "summary_id": "x", "model": "ext",
                                                  "text": "Rivas said the flow fell 5 percent."}) + "\n")


def test_file_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _file_backend_workdir(tmp_path, monkeypatch)
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


# ----------------------------------------------------------------------------------------------- issue 18: real servers


@pytest.fixture()
def chat_server() -> Iterator[MockServer]:
    """The chat-completions test server of tests/test_openai_backend.py."""
    srv = MockServer().start()
    yield srv
    srv.stop()


def server_config(workdir: Path, base_url: str, *, run_id: str = "s", samples: int = 3, **params: object) -> Path:
    """A run config for one openai model on the dam case, with fast retries."""
    (workdir / "dam").mkdir(exist_ok=True)
    (workdir / "dam" / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    cfg = {"run_id": run_id, "models": [{"name": "srv", "backend": "openai", "model": "m",
                                         "params": {"base_url": base_url, "backoff_base": 0.01, "max_retries": 2,
                                                    "concurrency": 1, **params}}],
           "cases": ["dam/"], "samples": samples}
    path = workdir / f"{run_id}.yaml"
    path.write_text(json.dumps(cfg), encoding="utf-8")
    return path


def invoke(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def test_truncated_summaries_are_recorded_shown_and_gated(workdir: Path, chat_server: MockServer) -> None:
    """18.1: finish_reason and usage per summary; `length` flagged in records, table, report and gate."""
    full = invoke("run", str(server_config(workdir, chat_server.base_url, run_id="full")), "-q")
    assert full.exit_code == 0, full.output
    cut = invoke("run", str(server_config(workdir, chat_server.base_url, run_id="cut", max_tokens=4)), "-q")
    assert cut.exit_code == 0, cut.output
    run_dir = workdir / "results" / "cut"
    for rec in read_jsonl(run_dir / "summaries.jsonl") + read_jsonl(run_dir / "scores.jsonl"):
        assert rec["finish_reason"] == "length" and rec["truncated"] is True and rec["completion_tokens"] == 4
    assert not any(r["truncated"] for r in read_jsonl(workdir / "results" / "full" / "summaries.jsonl"))
    manifest = json.loads((run_dir / "run.json").read_text())
    assert manifest["truncated"]["count"] == 3
    assert "| srv | 3 | 3/3 |" in (run_dir / "table.md").read_text() and "truncated" in cut.output
    assert "truncated" not in (workdir / "results" / "full" / "table.md").read_text()
    report = invoke("report", str(run_dir), "--cases", "dam")
    assert report.exit_code == 0 and "| model | n | truncated ↓ |" in report.output
    (workdir / "gate.yaml").write_text("max_truncated_share: 0.5\n", encoding="utf-8")
    gate = invoke("gate", "--baseline", str(workdir / "results" / "full"), "--candidate", str(run_dir),
                  "--cases", "dam", "--policy", str(workdir / "gate.yaml"))
    assert gate.exit_code == 1 and "truncated summaries (stopped at the token limit): 3 of 3" in gate.output
    # a rerun takes them from the cache and still knows they were cut
    again = invoke("run", str(server_config(workdir, chat_server.base_url, run_id="cut", max_tokens=4)), "-q")
    assert again.exit_code == 0
    assert all(r["truncated"] for r in read_jsonl(run_dir / "summaries.jsonl"))


def test_retries_are_counted_logged_and_summarised(workdir: Path, chat_server: MockServer,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    """18.2: attempts and retries per item in the records and run.json; --verbose logs each; a one-line summary."""
    chat_server.script = [Reply(503, {"error": {"message": "loading"}}), Reply(503, "busy")]
    with caplog.at_level("INFO", logger="cnh.openai"):  # what --verbose shows (pytest owns the root handler here)
        res = invoke("--verbose", "run", str(server_config(workdir, chat_server.base_url, samples=1)), "-q")
    assert res.exit_code == 0, res.output
    [summary] = read_jsonl(workdir / "results" / "s" / "summaries.jsonl")
    assert (summary["attempts"], summary["retries"], summary["retry_causes"]) == (3, 2, ["HTTP 503", "HTTP 503"])
    [record] = read_jsonl(workdir / "results" / "s" / "scores.jsonl")
    assert (record["attempts"], record["retries"]) == (3, 2)
    manifest = json.loads((workdir / "results" / "s" / "run.json").read_text())
    assert manifest["retries"] == {"attempts": 3, "retries": 2, "items_retried": 1, "causes": {"HTTP 503": 2}}
    this_run = json.loads((workdir / "results" / "s" / "run-log.json").read_text())
    assert this_run["retries"] == manifest["retries"]
    assert "retries: 2 over 1 item(s) (HTTP 503 ×2)" in res.output
    assert "attempt 1 of 3 failed: HTTP 503 from " in caplog.text and "loading" in caplog.text


def test_partial_run_is_marked_and_the_gate_refuses_it(workdir: Path, chat_server: MockServer) -> None:
    """18.3 and 18.4: failed items mark the run partial (table header, report, exit 1); permanent failures say a
    rerun cannot help; the gate refuses a partial candidate (exit 3) unless --allow-partial."""
    full = invoke("run", str(server_config(workdir, chat_server.base_url, run_id="full")), "-q")
    assert full.exit_code == 0, full.output
    seeds = sorted({r["body"]["seed"] for r in chat_server.requests})
    chat_server.refuse = lambda body: Reply(400, {"error": {"message": "context too long"}}) \
        if body["seed"] == seeds[0] else None
    res = invoke("run", str(server_config(workdir, chat_server.base_url, run_id="part", temperature=0.5)), "-q")
    assert res.exit_code == 1
    table = (workdir / "results" / "part" / "table.md").read_text()
    assert table.startswith("**Partial run: 1 failed of 3 items**")
    assert "1 failed of 3 (partial run)" in res.output
    assert "HTTP 400 from " in res.output and "permanent" in res.output
    assert "rerun the same command to retry" not in res.output
    manifest = json.loads((workdir / "results" / "part" / "run.json").read_text())
    assert manifest["partial"] is True and manifest["items"] == 3 and manifest["failures"][0]["permanent"] is True
    report = invoke("report", str(workdir / "results" / "part"), "--cases", "dam")
    assert report.exit_code == 0 and "**Partial run: 1 failed of 3 items**" in report.output
    as_json = json.loads(invoke("report", str(workdir / "results" / "part"), "--cases", "dam", "--format",
                                "json").output)
    assert as_json["partial"] == [{"run": str(workdir / "results" / "part"), "failed": 1, "items": 3}]
    for fmt, mark in (("csv", "# Partial run: 1 failed of 3 items"), ("latex", "% Partial run: 1 failed of 3")):
        out = invoke("report", str(workdir / "results" / "part"), "--cases", "dam", "--format", fmt).output
        assert out.startswith(mark), fmt
    args = ["gate", "--baseline", str(workdir / "results" / "full"), "--candidate", str(workdir / "results" / "part"),
            "--cases", "dam"]
    gate = invoke(*args)
    assert gate.exit_code == 3 and "partial run: 1 failed of 3 items" in gate.output
    assert "--allow-partial" in gate.output
    assert invoke(*args, "--allow-partial").exit_code in (0, 1)


def test_failed_lines_stop_at_20(workdir: Path, chat_server: MockServer) -> None:
    chat_server.refuse = lambda body: Reply(400, {"error": {"message": f"bad request {body['seed']}"}})
    res = invoke("run", str(server_config(workdir, chat_server.base_url, samples=25)), "-q")
    assert res.exit_code == 1
    lines = [line for line in res.output.splitlines() if line.startswith("failed:")]
    assert len(lines) == 21 and lines[-1].startswith("failed: ... and 5 more")


def test_unreachable_server_fails_the_rest_at_once_with_one_message(workdir: Path) -> None:
    """18.4: a refused connection names the URL; after a few in a row the rest are not tried, one message."""
    srv = MockServer()
    url = srv.base_url
    srv.httpd.server_close()
    res = invoke("run", str(server_config(workdir, url, samples=40, max_retries=5, backoff_base=0.2)), "-q")
    assert res.exit_code == 1
    lines = [line for line in res.output.splitlines() if line.startswith("failed:")]
    assert len(lines) <= 3 and "unreachable" in res.output and url in res.output
    counted = sum(1 + int(m) for m in re.findall(r"and (\d+) more item", res.output))
    assert counted + sum("more item" not in line for line in lines) == 40
    this_run = json.loads((workdir / "results" / "s" / "run-log.json").read_text())
    assert this_run["retries"]["attempts"] <= 5 + 1  # five failures in a row, then nothing more is sent
    assert "Traceback" not in res.output and "ExceptionGroup" not in res.output


@pytest.mark.parametrize("url, message", [
    ("http://127.0.0.1:99999/v1", "port '99999' is not a number from 1 to 65535"),
    ("htp://127.0.0.1:8000/v1", "must start with http:// or https://"),
])
def test_bad_base_url_is_a_config_error_and_leaves_no_run_folder(workdir: Path, url: str, message: str) -> None:
    """18.4: base_url is checked when the config loads (file, line, field), before any run folder exists."""
    res = invoke("run", str(server_config(workdir, url)))
    assert res.exit_code == 2 and message in res.output and "s.yaml:1: models[0].params" in res.output
    assert not (workdir / "results").exists()
    shortcut = invoke("run", "--model", "openai:m@" + url.replace("://", "://u:pw-0123456789@"), "--cases", "dam")
    assert shortcut.exit_code == 2 and message in shortcut.output and "pw-0123456789" not in shortcut.output
    bad = invoke("run", str(server_config(workdir, "http://127.0.0.1:8000/v1", temprature=1)))
    assert bad.exit_code == 2 and "unknown parameter(s) temprature" in bad.output
    assert not (workdir / "results").exists()


def test_credentials_in_base_url_reach_no_output(workdir: Path, chat_server: MockServer,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    """17.2: user:password in base_url is used, but not written to run.json nor logged under --verbose."""
    password = "hunter2-but-longer"
    url = chat_server.base_url.replace("http://", f"http://bob:{password}@")
    chat_server.script = [Reply(503, {"error": {"message": f"echo {password}"}})]
    with caplog.at_level("INFO"):
        res = invoke("--verbose", "run", str(server_config(workdir, url, samples=1)), "-q")
    assert res.exit_code == 0, res.output
    assert chat_server.requests[0]["headers"]["Authorization"].startswith("Basic ")
    assert "attempt 1 of 3 failed: HTTP 503 from http://127.0.0.1:" in caplog.text
    assert password not in res.output + caplog.text and "bob:" not in res.output + caplog.text
    written = "".join(p.read_text() for p in (workdir / "results" / "s").iterdir())
    assert password not in written and "bob:" not in written


def test_key_echoed_in_a_completion_is_not_cached_or_written(workdir: Path, chat_server: MockServer,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    key = "sk-proj-9f8e7d6c5b4a39281706"
    monkeypatch.setenv("CNH_TEST_RUN_KEY", key)
    chat_server.reply_text = lambda body: f"Summary. (debug: key={key})"
    res = invoke("run", str(server_config(workdir, chat_server.base_url, samples=1, api_key_env="CNH_TEST_RUN_KEY")),
                 "-q")
    assert res.exit_code == 0, res.output
    written = "".join(p.read_text() for p in (workdir / "results" / "s").iterdir())
    assert key[:8] not in written and "[REDACTED]" in written
    assert key.encode() not in (workdir / ".cnh-cache" / "generations.sqlite").read_bytes()


def test_backends_command_lists_parameters_and_run_help_points_to_it() -> None:
    """18.6."""
    res = invoke("backends")
    assert res.exit_code == 0
    for needle in ("openai:", "transformers:", "baseline:", "file:", "max_tokens", "batch_size", "read_timeout",
                   "connect_timeout", "60 + 0.25 × max_tokens", "max_new_tokens    128"):
        assert needle in res.output, needle
    rows = [json.loads(line) for line in invoke("backends", "openai", "--json").output.splitlines()]
    params = {p["name"]: p for p in rows[0]["params"]}
    assert params["concurrency"]["default"] == 16 and params["temperature"]["cache_key"] is True
    assert "cnh backends" in invoke("run", "--help").output
    assert invoke("backends", "nope").exit_code == 2


SIGTERM_CONFIG = CONFIG.replace("run_id: slow", "run_id: term")


def test_sigterm_ends_like_ctrl_c_with_a_message(workdir: Path) -> None:
    """18.4: SIGTERM (a CI runner's cancel, `kill`) ends the run with a message; what finished is kept."""
    (workdir / "term.yaml").write_text(SIGTERM_CONFIG, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "harness.cli", "run", "term.yaml", "-q"]
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    db = workdir / ".cnh-cache" / "generations.sqlite"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with sqlite3.connect(db) as con:
                if con.execute("SELECT COUNT(*) FROM generations").fetchone()[0] >= 3:
                    break
        except sqlite3.Error:
            pass
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "terminated (SIGTERM)" in err and "rerun the same command to resume" in err and "Traceback" not in err
    rerun = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads((workdir / "results" / "term" / "run-log.json").read_text())["cached"] >= 3


def test_missing_file_summary_is_a_permanent_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """18.4: a rerun cannot find a summary the file does not have: no "rerun to retry" advice."""
    _file_backend_workdir(tmp_path, monkeypatch)
    res = invoke("run", "--model", "file:ext=s.jsonl", "--samples", "2", "--run-id", "f", "-q")
    assert res.exit_code == 1 and "1 failed of 2 (partial run)" in res.output
    assert "1 failure(s) are permanent" in res.output and "may pass on a rerun" not in res.output


def test_cache_from_before_finish_reasons_is_upgraded(tmp_path: Path) -> None:
    """A cache file written before finish_reason/attempts existed opens, keeps its rows and stores the new fields."""
    from harness.backends import Generation, GenerationRequest
    from harness.cache import SCHEMA, Cache

    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as con:
        con.execute(SCHEMA)
        con.execute("INSERT INTO generations VALUES ('old','baseline','m','{}','p','h','c',0,'t',0.1,1,2,0)")
    cache = Cache(db)
    req = GenerationRequest("new", "c", "", "", "p", "h", 1, 1)
    cache.put(req, Generation("new", "cut text", 0.2, 5, 4, finish_reason="length", attempts=2,
                              retry_causes=("HTTP 503",)), "openai", "m", {})
    rows = cache.get(["old", "new"])
    cache.close()
    assert rows["old"]["text"] == "t" and rows["old"]["finish_reason"] is None
    assert (rows["new"]["finish_reason"], rows["new"]["attempts"], rows["new"]["retry_causes"]) == \
        ("length", 2, '["HTTP 503"]')
