"""Summaries in and scores out through ``datasets``: JSONL, Parquet, or a ``save_to_disk`` directory.

Scores become a ``datasets.Dataset`` with declared features (docs/contract.md §3 fields, nested), written
as Parquet or saved to disk.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class SummariesError(ValueError):
    """A summaries input that cannot be read as a whole (bad format, missing columns)."""


def is_dataset_dir(path: Path) -> bool:
    """True for a directory written by ``Dataset.save_to_disk``."""
    return path.is_dir() and (path / "dataset_info.json").is_file()


def read_summary_rows(path: str | Path) -> list[dict[str, Any]]:
    """Summaries from a JSONL file, a Parquet file or a ``save_to_disk`` directory, as dicts.

    Malformed JSONL lines raise here (the CLI's ``cnh score`` keeps them as error records instead).
    """
    from harness.scoring import summary_lines

    rows = []
    for item in summary_lines(path):
        if item.error is not None:
            raise SummariesError(f"{path}:{item.line}: {item.error}")
        rows.append(item.data or {})
    return rows


def _load_dataset(path: Path) -> Any:
    import datasets

    if path.suffix == ".parquet":
        return datasets.Dataset.from_parquet(str(path))
    return datasets.load_from_disk(str(path))


def scores_features() -> Any:
    """The declared features of a scores dataset."""
    from datasets import Features, List, Value

    from scorers.metrics import RECORD_METRICS

    span = List(Value("int64"))
    return Features({
        "case_id": Value("string"), "summary_id": Value("string"), "model": Value("string"),
        "claims": List({"claim_id": Value("string"), "verdict": Value("string"), "span": span,
                        "source": Value("string"), "evidence": Value("string"), "source_text": Value("string"),
                        "rule": Value("string"), "mention": Value("string")}),
        "numbers": List({"text": Value("string"), "span": span, "value": Value("float64"), "unit": Value("string"),
                         "number_id": Value("string"), "verdict": Value("string"), "reason": Value("string"),
                         "rule": Value("string")}),
        "loaded": List({"term": Value("string"), "span": span, "voice": Value("string"), "rule": Value("string")}),
        "metrics": {k: Value("float64") for k in RECORD_METRICS},
        "error": Value("string"),
        "extra": Value("string"),  # other fields of the summary, as JSON
    })


def scores_dataset(records: list[dict[str, Any]]) -> Any:
    """Score records (error records included) → ``datasets.Dataset`` with declared features."""
    from datasets import Dataset

    features = scores_features()
    core = set(features)
    rows = []
    for rec in records:
        row = {k: rec.get(k) for k in core if k != "extra"}
        row["claims"] = row["claims"] or []
        row["numbers"] = row["numbers"] or []
        row["loaded"] = row["loaded"] or []
        row["metrics"] = {k: float(v) for k, v in (rec.get("metrics") or {}).items() if k in features["metrics"]}
        row["extra"] = json.dumps({k: v for k, v in rec.items() if k not in core}, ensure_ascii=False)
        rows.append(row)
    return Dataset.from_list(rows, features=features)


def write_scores(records: list[dict[str, Any]], path: str | Path) -> Path:
    """Write scores as Parquet (``.parquet``) or as a ``save_to_disk`` directory (any other path)."""
    path = Path(path)
    ds = scores_dataset(records)
    if path.suffix == ".parquet":
        ds.to_parquet(str(path))
    else:
        ds.save_to_disk(str(path))
    return path
