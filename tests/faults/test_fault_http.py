"""HTTP faults against a real local server, each driven through a full ``cnh run`` with the ``openai`` backend and
then a clean rerun: the run completes (or names what failed), retries are bounded, nothing finished is lost, and the
rerun generates only what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from faultkit import HTTP_SCENARIOS, MAX_RETRIES, SAMPLES, HttpScenario, run_http_scenario


@pytest.mark.parametrize("scenario", HTTP_SCENARIOS, ids=[s.name for s in HTTP_SCENARIOS])
def test_http_fault_then_rerun(scenario: HttpScenario, tmp_path: Path) -> None:
    """One fault class: counts in run.json, summaries without duplicates, bounded retries, resume."""
    out = run_http_scenario(scenario, tmp_path)
    assert "Traceback" not in out.output
    assert out.injections >= 1
    assert out.max_attempts <= MAX_RETRIES + 1  # retries are bounded
    assert out.lost == 0 and out.duplicated == 0 and out.corrupt_lines == 0
    if out.max_attempts > 1:  # issue 18.2: retries are never silent: a one-line summary names their causes
        assert "retries: " in out.output and " item(s) (" in out.output, out.output
    if scenario.expect_failed:
        assert out.first_exit == 1, out.output
        assert out.report.startswith("failed: srv / dam-dispute / default / sample ")
        # retries exhausted, or (a dead server) stopped early after connection failures in a row: issue 18.4
        assert f"gave up after {MAX_RETRIES + 1} attempts" in out.report or "is unreachable" in out.report
        assert out.first_generated == SAMPLES - scenario.expect_failed
    else:
        assert out.first_exit == 0, out.output
        assert out.report in ("retried, completed", "completed (no retry needed)")
        assert out.first_generated == SAMPLES
    # the rerun takes every finished item from the cache and generates only the missing ones
    assert out.rerun_exit == 0, out.output
    assert out.rerun_cached == out.first_generated
    assert out.rerun_generated == SAMPLES - out.first_generated
