"""Load run directories for reports and gates: records, summaries, signature, and the cases behind them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.case import Case
from harness.reporting.frame import read_records


class RunError(Exception):
    """A run directory is missing, malformed, or not comparable with another."""


@dataclass
class Run:
    """A finished run as read back from disk."""

    path: Path
    signature: str
    records: list[dict[str, Any]]
    summaries: dict[str, dict[str, Any]]

    @property
    def suite(self) -> str:
        """The ``cases:N@hash`` part of the signature: which case suite was scored."""
        return next((p for p in self.signature.split("|") if p.startswith("cases:")), "")


def load_run(path: str | Path) -> Run:
    """Read a run directory (or a bare ``scores.jsonl``)."""
    path = Path(path)
    scores = path / "scores.jsonl" if path.is_dir() else path
    if not scores.is_file():
        raise RunError(f"{path}: no scores.jsonl (is this a run directory written by `cnh run` or `cnh score`?)")
    try:
        records = read_records(scores)
    except json.JSONDecodeError as exc:
        raise RunError(f"{scores}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    run_dir = scores.parent
    signature = ""
    manifest = run_dir / "run.json"
    if manifest.is_file():
        signature = json.loads(manifest.read_text(encoding="utf-8")).get("signature", "")
    summaries: dict[str, dict[str, Any]] = {}
    if (run_dir / "summaries.jsonl").is_file():
        for line in (run_dir / "summaries.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                summaries[item.get("summary_id", "")] = item
    return Run(run_dir, signature, records, summaries)


def check_comparable(runs: list[Run]) -> None:
    """Refuse runs scored on different case suites (their numbers are not comparable)."""
    suites = {r.suite for r in runs}
    if len(suites) > 1:
        listing = "; ".join(f"{r.path}: {r.suite or '(no signature)'}" for r in runs)
        raise RunError(f"runs were scored on different case suites: {listing}")


def cases_for(runs: list[Run], cases: list[Case]) -> dict[str, Case]:
    """The cases by id; every case a run scored must be among them."""
    by_id = {c.id: c for c in cases}
    wanted = {r["case_id"] for run in runs for r in run.records if "error" not in r}
    missing = sorted(wanted - set(by_id))
    if missing:
        raise RunError(f"cases not found (pass --cases): {', '.join(missing)}")
    return by_id
