"""Fault injection across the harness: every fault class of ``tests/faults/`` run once, counted and reported.

Usage: python -m benchmarks.reliability [--out results/reliability.md]

For each fault class (HTTP faults against a local server driving a full ``cnh run`` with the ``openai`` backend,
``kill -9`` during generation and scoring, a full disk, an unwritable results folder) it records the faults injected,
the items lost and duplicated (both must be 0) and how the user was told (the first error line, or "retried,
completed"), and writes the table with the machine and the command to ``results/reliability.md``. A second table
tries what a hostile user would (``tests/faults/hostile.py``: alias bombs, control characters, deep nesting, a FIFO,
lone surrogates, two runs into one directory, ...) and counts what was lost.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "tests", ROOT / "tests" / "faults"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from faultkit import HTTP_SCENARIOS, PROCESS_SCENARIOS, Outcome, run_http_scenario  # noqa: E402
from hostile import HOSTILE_SCENARIOS  # noqa: E402


def _cell(text: str, limit: int = 150) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run_all(jobs: list[tuple[str, Any]] | None = None) -> list[Outcome]:
    """Run every scenario (or ``jobs``) once, each in a fresh temporary working directory."""
    outcomes: list[Outcome] = []
    if jobs is None:
        jobs = [(sc.name, lambda p, sc=sc: run_http_scenario(sc, p)) for sc in HTTP_SCENARIOS]
        jobs += list(PROCESS_SCENARIOS)
    for name, job in jobs:
        with tempfile.TemporaryDirectory(prefix="cnh-fault-") as tmp:
            t0 = time.perf_counter()
            out = job(Path(tmp))
            out.report = out.report.replace(str(Path(tmp)) + os.sep, "")  # paths as the user typed them
            print(f"{name}: lost {out.lost}, duplicated {out.duplicated}, {time.perf_counter() - t0:.1f}s — "
                  f"{out.report[:100]}", file=sys.stderr)
            outcomes.append(out)
    return outcomes


def table(outcomes: list[Outcome]) -> str:
    """The Markdown table of outcomes."""
    rows = ["| fault class | injections | items | lost | duplicated | corrupt lines | rerun | reported to the user |",
            "|---|---:|---:|---:|---:|---:|---|---|"]
    for o in outcomes:
        rerun = f"ok: {o.rerun_generated} generated, {o.rerun_cached} cached" if o.rerun_generated >= 0 and (
            o.rerun_generated or o.rerun_cached) else ("ok" if o.rerun_exit == 0 else f"exit {o.rerun_exit}")
        rows.append(f"| {_cell(o.name)} | {o.injections} | {o.items} | {o.lost} | {o.duplicated} | {o.corrupt_lines} "
                    f"| {rerun} | {_cell(o.report)} |")
    return "\n".join(rows)


def hostile_table(outcomes: list[Outcome]) -> str:
    """The Markdown table of hostile-input outcomes: what was tried, what was lost, what the user was told."""
    rows = ["| what was tried | items | lost | duplicated | corrupt lines | exit | reported to the user |",
            "|---|---:|---:|---:|---:|---:|---|"]
    for o in outcomes:
        exit_code = "killed" if o.first_exit == -9 else str(o.first_exit)
        rows.append(f"| {_cell(o.name)} | {o.items} | {o.lost} | {o.duplicated} | {o.corrupt_lines} | {exit_code} "
                    f"| {_cell(o.report, 200)} |")
    return "\n".join(rows)


def main() -> int:
    """Run the fault injections, write the report, exit 1 if anything was lost, duplicated or corrupted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "reliability.md")
    args = parser.parse_args()
    t0 = time.perf_counter()
    outcomes = run_all()
    hostile = run_all(list(HOSTILE_SCENARIOS))
    seconds = time.perf_counter() - t0
    bad = [o.name for o in outcomes + hostile if o.lost or o.duplicated or o.corrupt_lines or o.rerun_exit]
    machine = (f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
               f"Python {platform.python_version()}")
    text = "\n".join([
        "# Reliability under injected faults", "",
        "Command: `python -m benchmarks.reliability`  ",
        f"Machine: {machine}  ",
        f"Wall time: {seconds:.0f} s", "",
        "Each HTTP fault is served by a local chat-completions server on 127.0.0.1 to a full `cnh run` with the",
        "`openai` backend (6 items, concurrency 1, `max_retries: 2`, backoff 0.01 s), then the same config is rerun",
        "against a healthy server. *Lost* counts items finished before or during the fault that were missing",
        "afterwards or had to be generated again; *duplicated* counts summary ids written twice in `summaries.jsonl`",
        "or `scores.jsonl`; *corrupt lines* counts lines of any written `scores.jsonl`/`summaries.jsonl` that do not",
        "parse. The same scenarios run as tests in `tests/faults/`.", "",
        table(outcomes), "",
        "## Hostile inputs and accidents (issue 17)", "",
        "Each row tries one thing a hostile user (or an unlucky one) would, through the CLI. *Lost* counts good items",
        "that were not scored or not reported clean, records dropped or left half-written (`.partial`), runs whose",
        "files were mixed, or verdicts changed; *exit* is the exit status of the command that met the fault",
        "(1: lint findings, or `cnh score` wrote an error record; 2: an input error). Tests:",
        "`tests/faults/test_fault_yaml.py`, `test_fault_items.py`, `test_fault_rundir.py`, `test_fault_properties.py`.",
        "",
        hostile_table(hostile), "",
        "All clean: nothing lost, duplicated or corrupted." if not bad else f"PROBLEMS: {', '.join(bad)}", "",
    ])
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
