"""Score records → a tidy ``pandas`` DataFrame: one row per summary, one column per statistic.

Columns hold per-summary *sufficient statistics* (counts), so that every corpus rate is a ratio of
sums and a bootstrap resample only re-sums rows (sacrebleu's design), never rescoring text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

ERROR_KINDS = ("value", "unit", "referent", "qualifier", "period", "unsupported")

COUNT_COLUMNS = (
    "claims", "contested", "attributed", "misattributed", "hedged", "unattributed", "unattributed_contested",
    "numbers", "numeric_errors", *(f"err_{k}" for k in ERROR_KINDS), "loaded_narrator",
)
"""Per-summary counts: claims mentioned (and how many are contested), verdict counts, numbers found,
numeric errors in all and by kind, loaded terms in the narrator's voice."""


def headline(row: dict[str, float]) -> float:
    """The headline score of one summary, 0–100 (defined in the README).

    ``100 × coverage × attribution quality × number quality × loaded-term quality`` where attribution
    quality is ``(attributed + ½·hedged) / claims mentioned``, number quality is ``1 − errors / numbers``
    (each 1 when there is nothing to judge) and loaded-term quality is ``1 / (1 + narrator loaded terms)``.
    """
    attribution = (row["attributed"] + 0.5 * row["hedged"]) / row["claims"] if row["claims"] else 1.0
    numbers = 1.0 - row["numeric_errors"] / row["numbers"] if row["numbers"] else 1.0
    loaded = 1.0 / (1.0 + row["loaded_narrator"])
    return 100.0 * row["coverage"] * attribution * numbers * loaded


def record_row(rec: dict[str, Any], contested: set[str], topic: str) -> dict[str, Any]:
    """One summary's row from its score record."""
    verdicts = [c["verdict"] for c in rec["claims"]]
    errors = [n["reason"] if n["verdict"] == "wrong" else "unsupported" for n in rec["numbers"]
              if n["verdict"] in {"wrong", "unsupported"}]
    row: dict[str, Any] = {
        "model": rec.get("model") or "-", "case_id": rec["case_id"], "topic": topic,
        "prompt": rec.get("prompt", "-"), "sample": int(rec.get("sample", 0)), "summary_id": rec["summary_id"],
        "claims": len(verdicts), "contested": sum(c["claim_id"] in contested for c in rec["claims"]),
        "attributed": verdicts.count("attributed"), "misattributed": verdicts.count("misattributed"),
        "hedged": verdicts.count("hedged"), "unattributed": verdicts.count("unattributed"),
        "unattributed_contested": sum(c["verdict"] == "unattributed" and c["claim_id"] in contested
                                      for c in rec["claims"]),
        "numbers": len(rec["numbers"]), "numeric_errors": len(errors),
        "loaded_narrator": sum(t["voice"] == "narrator" for t in rec["loaded"]),
        "coverage": float(rec["metrics"]["coverage"]),
    }
    for kind in ERROR_KINDS:
        row[f"err_{kind}"] = errors.count(kind)
    row["headline"] = headline(row)
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
        case = cases[rec["case_id"]]
        rows.append(record_row(rec, {c.id for c in case.claims if c.contested}, case.topic))
    columns = ["model", "case_id", "topic", "prompt", "sample", "summary_id", *COUNT_COLUMNS, "coverage",
               "headline"]
    return pd.DataFrame(rows, columns=columns)


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Read a ``scores.jsonl`` file (or a run directory holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "scores.jsonl"
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
