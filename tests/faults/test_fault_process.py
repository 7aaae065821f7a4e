"""Process faults: ``kill -9`` of real ``cnh run`` / ``cnh score`` processes during generation and scoring, a full
disk (a write hook raising ENOSPC, SQLite reporting a full disk) and an unwritable results folder. Each ends with a
clear error (or none possible, for a kill), no corrupt record in any scores/summaries file, and a rerun completes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from faultkit import PROCESS_SCENARIOS, Outcome


@pytest.mark.parametrize("name,scenario", PROCESS_SCENARIOS, ids=[n for n, _ in PROCESS_SCENARIOS])
def test_process_fault_then_rerun(name: str, scenario: Callable[[Path], Outcome], tmp_path: Path) -> None:
    """Nothing lost or duplicated, every written line parses, the rerun completes, errors are one clear line."""
    out = scenario(tmp_path)
    assert out.lost == 0, out.notes
    assert out.duplicated == 0 and out.corrupt_lines == 0
    assert out.rerun_exit == 0, out.output
    assert "Traceback" not in out.output
    if out.first_exit != -9:  # a killed process cannot say anything; everything else must
        assert out.first_exit == 2, out.output
        assert out.report.startswith("error: "), out.output


def test_kill_9_during_scoring_lands_mid_scoring(tmp_path: Path) -> None:
    """The scoring kill really interrupts scoring (a partial file was being written) and the old scores survive."""
    out = dict(PROCESS_SCENARIOS)["kill -9 during scoring (cnh score)"](tmp_path)
    assert out.injections == 1, out.notes
    assert "previous scores.jsonl unchanged: True" in out.notes[0]


def test_disk_full_names_the_file_and_leaves_no_partial(tmp_path: Path) -> None:
    """ENOSPC while writing scores: the error names the file, the torn partial is removed, old scores survive."""
    out = dict(PROCESS_SCENARIOS)["disk full (ENOSPC) writing scores"](tmp_path)
    assert "scores.jsonl.partial" in out.report and "No space left on device" in out.report, out.report
    assert out.notes == ["previous scores.jsonl unchanged: True; partial left: False"]


def test_kill_9_during_run_scoring_lands_mid_scoring(tmp_path: Path) -> None:
    """The same for `cnh run`, whose scores are written in a private staging directory until committed."""
    out = dict(PROCESS_SCENARIOS)["kill -9 during scoring (cnh run)"](tmp_path)
    assert out.injections == 1, out.notes
    assert "previous scores.jsonl unchanged: True" in out.notes[0]
