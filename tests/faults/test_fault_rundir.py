"""Run directories (issue 17, items 3 and 6): two runs into one directory, and ``kill -9`` while a run scores.

A run holds a lock on its directory (a second run exits 2 naming the holder; the lock of a dead process is taken
over), writes its files into a private staging directory and commits them together, ``run.json`` (with the files'
sizes, lines and hashes) last. ``cnh report``, ``compare`` and ``gate`` refuse a directory that is not one run's
complete output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from faultkit import (
    FaultServer,
    _cnh,
    _env,
    _wait_for,
    _write_file_summaries,
    cli,
    openai_config,
    read_jsonl,
    write_workdir,
)
from hostile import _scoring

from harness.rundir import LOCK_NAME, MARKER_NAME, check_complete, incomplete_reason


def _baseline_run(workdir: Path, run_id: str = "r") -> Path:
    res = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", run_id, "-q"], cwd=workdir)
    assert res.exit_code == 0, res.output
    return workdir / "results" / run_id


def _consistent(run_dir: Path) -> None:
    """run.json, summaries.jsonl and scores.jsonl describe the same items, and every line parses."""
    manifest = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    summaries = read_jsonl(run_dir / "summaries.jsonl")
    scores = read_jsonl(run_dir / "scores.jsonl")
    assert manifest["summaries"] == len(scores) == len(summaries)
    texts = {s["summary_id"]: s["text"] for s in summaries}
    assert {r["summary_id"]: r.get("text") for r in scores} == texts
    check_complete(run_dir)


# ------------------------------------------------------------------------------------------------ item 3: the lock


HOLDER = textwrap.dedent("""
    import sys
    from harness.rundir import RunDir
    with RunDir(sys.argv[1]):
        print("locked", flush=True)
        sys.stdin.read()
""")


def test_second_run_names_the_process_holding_the_directory(tmp_path: Path) -> None:
    """While another live process holds the run directory, `cnh run` into it exits 2 naming that process."""
    write_workdir(tmp_path)
    run_dir = tmp_path / "results" / "r"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(run_dir)], env=_env(), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        res = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", "r", "-q"], cwd=tmp_path)
        assert res.exit_code == 2, res.output
        assert f"error: {Path('results') / 'r'} is in use by process {holder.pid}" in res.output, res.output
        assert not (run_dir / "scores.jsonl").exists()
    finally:
        holder.communicate("", timeout=30)
    _baseline_run(tmp_path)  # released when the holder ends


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    """A lock file left by a process that died (here: one that never existed) does not block the next run."""
    write_workdir(tmp_path)
    run_dir = tmp_path / "results" / "r"
    run_dir.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (run_dir / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": "h", "started": 0}), encoding="utf-8")
    (run_dir / ".staging-1-dead").mkdir()  # a killed run's private files
    _consistent(_baseline_run(tmp_path))
    assert not list(run_dir.glob(".staging-*"))
    assert json.loads((run_dir / LOCK_NAME).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_two_concurrent_runs_into_one_directory(tmp_path: Path) -> None:
    """Two real `cnh run` processes into one run directory: one runs, the other exits 2 naming it; the directory
    is one run's consistent output (on main both exit 0 and the files disagree)."""
    write_workdir(tmp_path)
    with FaultServer(default_delay=0.3) as srv:
        procs = []
        for samples in (12, 5):
            wd = tmp_path / f"w{samples}"
            wd.mkdir()
            cfg = openai_config(tmp_path, srv.base_url, samples=samples)
            (wd / "run.yaml").write_bytes(cfg.read_bytes())  # same out dir and run id, different items
            procs.append(subprocess.Popen(_cnh("run", str(wd / "run.yaml"), "-q"), cwd=tmp_path, env=_env(),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        outs = [p.communicate(timeout=300) for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes == [0, 2], outs
    loser = outs[[p.returncode for p in procs].index(2)][1]
    assert "is in use by process" in loser, loser
    _consistent(tmp_path / "results" / "f")


# ------------------------------------------------------------------------------------------------ item 6: complete


def test_kill_9_while_a_second_run_scores_leaves_a_consistent_directory(tmp_path: Path) -> None:
    """Run 1 completes; run 2 (other summaries) is killed while scoring: the directory still holds run 1 whole
    (not run 2's summaries beside run 1's scores), `cnh report` reads it, and a rerun completes."""
    write_workdir(tmp_path)
    n = 120
    _write_file_summaries(tmp_path / "a.jsonl", n)
    args = ["--cases", "cases", "--samples", str(n), "--run-id", "f", "-q"]
    first = subprocess.run(_cnh("run", "--model", "file:ext=a.jsonl", *args), cwd=tmp_path, env=_env(),
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    run_dir = tmp_path / "results" / "f"
    before = {name: (run_dir / name).read_bytes() for name in ("summaries.jsonl", "scores.jsonl", "run.json")}
    b_lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").replace("Item ", "Other item ")
    (tmp_path / "b.jsonl").write_text(b_lines, encoding="utf-8")
    proc = subprocess.Popen(_cnh("run", "--model", "file:ext=b.jsonl", *args), cwd=tmp_path, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    caught = _wait_for(lambda: _scoring(run_dir), proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert caught, "the kill did not land while scores were being written"
    report = cli(["report", str(run_dir)], cwd=tmp_path)
    if report.exit_code == 0:  # what a report reads must be one run's files
        _consistent(run_dir)
        assert {name: (run_dir / name).read_bytes() for name in before} == before
    else:
        assert report.exit_code == 2 and "incomplete" in report.output, report.output
    rerun = subprocess.run(_cnh("run", "--model", "file:ext=b.jsonl", *args), cwd=tmp_path, env=_env(),
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    _consistent(run_dir)
    assert "Other item" in (run_dir / "summaries.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["report", "compare", "gate"])
def test_interrupted_commit_is_refused(tmp_path: Path, command: str) -> None:
    """A run directory still marked incomplete (a run died while moving its files in) is refused, exit 2."""
    write_workdir(tmp_path)
    run_dir = _baseline_run(tmp_path)
    good = _baseline_run(tmp_path, "good")
    (run_dir / MARKER_NAME).write_text("{}", encoding="utf-8")
    args = {"report": ["report", str(run_dir)], "compare": ["compare", str(good), str(run_dir)],
            "gate": ["gate", "--baseline", str(good), "--candidate", str(run_dir)]}[command]
    res = cli(args, cwd=tmp_path)
    assert res.exit_code == 2, res.output
    assert f"error: {run_dir}: incomplete run directory" in res.output, res.output
    assert "Traceback" not in res.output


def test_files_mixed_from_another_run_are_refused(tmp_path: Path) -> None:
    """A scores.jsonl that is not the one run.json lists (fewer lines: another run's, or cut) is refused by name."""
    write_workdir(tmp_path)
    _write_file_summaries(tmp_path / "a.jsonl", 4)
    res = cli(["run", "--model", "file:ext=a.jsonl", "--cases", "cases", "--samples", "4", "--run-id", "r", "-q"],
              cwd=tmp_path)
    assert res.exit_code == 0, res.output
    run_dir = tmp_path / "results" / "r"
    assert incomplete_reason(run_dir) is None
    manifest = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"summaries.jsonl", "scores.jsonl", "table.md"}
    assert manifest["files"]["scores.jsonl"]["lines"] == 4
    lines = (run_dir / "scores.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (run_dir / "scores.jsonl").write_text("".join(lines[:2]), encoding="utf-8")
    rep = cli(["report", str(run_dir)], cwd=tmp_path)
    assert rep.exit_code == 2, rep.output
    assert f"error: {run_dir / 'scores.jsonl'} is not the file run.json lists" in rep.output, rep.output


def test_no_staging_or_marker_left_after_a_run(tmp_path: Path) -> None:
    """A finished run leaves exactly its files (plus the lock file and its git-ignored log) in the run directory."""
    write_workdir(tmp_path)
    run_dir = _baseline_run(tmp_path)
    assert sorted(p.name for p in run_dir.iterdir()) == sorted(
        [LOCK_NAME, "run.json", "run-log.json", "scores.jsonl", "summaries.jsonl", "table.md"])


def test_a_busy_directory_names_a_holder_that_writes_its_details_just_after_taking_the_lock(tmp_path: Path) -> None:
    """The holder takes the lock, then writes who it is: a run that arrives in between waits briefly for that, so its
    error names the process (the concurrent-runs test above once found the file still empty)."""
    import threading

    from harness.rundir import _holder

    lock = tmp_path / "lock"
    lock.write_text("", encoding="utf-8")
    info = {"pid": 4242, "host": "h", "started": 0, "command": "cnh run"}
    timer = threading.Timer(0.1, lambda: lock.write_text(json.dumps(info), encoding="utf-8"))
    timer.start()
    try:
        assert _holder(lock).startswith("process 4242 on h")
    finally:
        timer.join()
