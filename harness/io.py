"""Summaries in and scores out through ``datasets``: JSONL, Parquet, or a ``save_to_disk`` directory.

Scores become a ``datasets.Dataset`` with declared features (docs/contract.md §3 fields, nested), written
as Parquet or saved to disk.
"""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any

MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays and objects kept in a summaries line (a summary needs two or three levels)."""

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads joins valid pairs, so any left is lone


class SummariesError(ValueError):
    """A summaries input that cannot be read as a whole (bad format, missing columns)."""


def lone_surrogates_replaced(text: str) -> str:
    """``text`` with each lone surrogate (not valid Unicode, cannot be written as UTF-8) replaced by U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def json_line_problem(raw: bytes, data: Any) -> str | None:
    """Why a parsed JSONL line cannot become a record, or None: nesting deeper than :data:`MAX_JSON_DEPTH`, or a
    lone surrogate escape (``"\\ud800"``: valid JSON, but no UTF-8 file can hold it).

    Cheap for ordinary lines: the walk runs only when the raw bytes hold a surrogate escape or many brackets.
    """
    deep = raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH
    if not deep and not _SURROGATE_ESCAPE.search(raw):
        return None
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        obj, where, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return f"nested deeper than {MAX_JSON_DEPTH} levels of arrays and objects"
        if isinstance(obj, str):
            m = _LONE_SURROGATE.search(obj)
            if m:
                field = f"field {where!r}" if where else "a key"
                return (f"{field} holds a lone surrogate \\u{ord(m.group()):04x} at character {m.start() + 1} "
                        "(not valid Unicode)")
        elif isinstance(obj, dict):
            for key, value in reversed(list(obj.items())):
                stack.append((value, f"{where}.{key}" if where else str(key), depth + 1))
                stack.append((key, "", depth + 1))
        elif isinstance(obj, list):
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in reversed(list(enumerate(obj))))
    return None


def record_ids(data: Any) -> dict[str, Any]:
    """The ids of a summaries line that can go into its error record (strings without lone surrogates)."""
    if not isinstance(data, dict):
        return {}
    return {k: data[k] for k in ("case_id", "summary_id", "model")
            if isinstance(data.get(k), str) and not _LONE_SURROGATE.search(data[k])}


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
    """A Parquet file or ``save_to_disk`` directory as a ``datasets.Dataset``.

    Raises:
        OSError: naming ``path`` (the input, not the output being written) when it cannot be read as one.
    """
    import datasets

    kind = "Parquet file" if path.suffix == ".parquet" else "datasets directory (Dataset.save_to_disk)"
    try:
        if path.suffix == ".parquet":
            return datasets.Dataset.from_parquet(str(path))
        return datasets.load_from_disk(str(path))
    except Exception as exc:  # noqa: BLE001 - datasets and pyarrow raise many types for one cause: a bad input
        cause = " ".join(str(exc).split())[:300]
        raise OSError(errno.EINVAL, f"not a readable {kind} ({type(exc).__name__}: {cause})", str(path)) from exc


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
