"""Score records → a tidy ``pandas`` DataFrame: one row per summary, one column per statistic.

Columns hold per-summary *sufficient statistics* (counts), so that every corpus rate is a ratio of
sums and a bootstrap resample only re-sums rows (sacrebleu's design), never rescoring text. Columns are
the metric registry's per-summary metrics (``scorers.metrics.METRICS``), under its names.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import scorers.metrics as _metrics

if TYPE_CHECKING:
    import pandas as pd

ERROR_KINDS = _metrics.ERROR_KINDS

COUNT_COLUMNS: tuple[str, ...] = tuple(name for name, m in _metrics.METRICS.items() if m.unit == "count")
"""Per-summary counts, named as in the metric registry (``scorers.metrics``): claims mentioned (and how
many are contested), verdict counts, numbers found, numeric errors in all and by kind, loaded terms in
the narrator's voice."""


def headline(row: Mapping[str, float]) -> float:
    """The headline score of one summary, −100 to 100, from its row (``scorers.metrics.headline_score``)."""
    return _metrics.headline_score(attributed=row["attributed"], hedged=row["hedged"], unattributed=row["unattributed"],
                                   bare_contested=row["unattributed_contested"], misattributed=row["misattributed"],
                                   numeric_errors=row["numeric_errors"], loaded_terms=row["loaded_terms"],
                                   case_claims=row["case_claims"])


def record_row(rec: dict[str, Any], case: Any) -> dict[str, Any]:
    """One summary's row from its score record: every per-summary metric of the registry, computed from its
    verdicts and its case (``scorers.metrics.METRICS``)."""
    row: dict[str, Any] = {
        "model": rec.get("model") or "-", "case_id": rec["case_id"], "topic": case.topic,
        "prompt": rec.get("prompt", "-"), "sample": int(rec.get("sample", 0)), "summary_id": rec["summary_id"],
    }
    row.update(_metrics.compute(_metrics.Judged.from_record(rec, case), _metrics.METRICS))
    return row


def records_frame(records: list[dict[str, Any]], cases: dict[str, Any]) -> pd.DataFrame:
    """Score records (error records skipped) → DataFrame, one row per summary.

    Args:
        records: score records as written to ``scores.jsonl``.
        cases: case id → case (for topics and which claims are contested).
    """
    import pandas as pd

    rows = []
    for rec in records:
        if "error" in rec or rec.get("case_id") not in cases:
            continue
        rows.append(record_row(rec, cases[rec["case_id"]]))
    columns = ["model", "case_id", "topic", "prompt", "sample", "summary_id", *_metrics.METRICS]
    return pd.DataFrame(rows, columns=columns)


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Read a ``scores.jsonl`` file (or a run directory holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "scores.jsonl"
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
