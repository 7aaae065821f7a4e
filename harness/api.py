"""The Python API: the same pipeline as the CLI, with typed values in and out.

>>> from harness import load_cases, score, report
>>> cases = load_cases("cases/river-dam-dispute.yaml")
>>> records = score(cases, [{"case_id": "river-dam-dispute", "summary_id": "a", "model": "m",
...                          "text": "Lessaria says the dam has cut the river's flow by 30%."}])
>>> [(c.claim_id, c.verdict, c.source) for c in records[0].claims]
[('flow30', 'attributed', 'lessaria')]
>>> records[0].metrics["unattributed_contested"]
0
>>> table = report(records, cases)
>>> float(table.query("metric == 'misattribution_rate'").value.iloc[0])
0.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.case import Case
from harness.caseload import load_cases

if TYPE_CHECKING:
    import pandas as pd

    from harness.runner import RunResult
    from scorers.types import ScoreRecord

SummariesLike = str | Path | Iterable[Mapping[str, Any]] | Any
"""A summaries JSONL or Parquet file, a ``datasets`` directory (``save_to_disk``), a ``datasets.Dataset``,
a pandas DataFrame, or any iterable of mappings with case_id, summary_id, model and text."""

CasesLike = str | Path | Iterable[Case] | Any
"""A case file or directory, a list of cases, or a DataFrame / ``datasets.Dataset`` with a ``case_json``
column (``cnh export --format hf``, :func:`harness.suite.to_dataset`)."""


def _is_frame(obj: Any) -> bool:
    return hasattr(obj, "to_dict") and hasattr(obj, "columns") and hasattr(obj, "iloc")


def _is_dataset(obj: Any) -> bool:
    return hasattr(obj, "to_list") and hasattr(obj, "features")


def as_cases(cases: CasesLike) -> list[Case]:
    """Normalise any supported cases input into a list of cases.

    Raises:
        TypeError: ``cases`` is none of a path, a list of cases or a frame with a ``case_json`` column.
    """
    if isinstance(cases, (str, Path)):
        return load_cases(cases)
    if _is_frame(cases) or _is_dataset(cases):
        columns = list(cases.columns) if _is_frame(cases) else list(cases.features)
        if "case_json" not in columns:
            raise TypeError(f"cases as a table need a 'case_json' column (as `cnh export` writes); got columns "
                            f"{columns}")
        rows = cases["case_json"] if _is_dataset(cases) else cases["case_json"].tolist()
        return [Case.model_validate(json.loads(r)) for r in rows]
    if isinstance(cases, Case):
        return [cases]
    if isinstance(cases, (bytes, Mapping)) or not isinstance(cases, Iterable):
        raise TypeError(f"cases must be a case file or directory (str or Path), a list of Case, or a DataFrame "
                        f"with a 'case_json' column; got {type(cases).__name__}")
    out = list(cases)
    for i, c in enumerate(out):
        if not isinstance(c, Case):
            raise TypeError(f"cases[{i}] is a {type(c).__name__}, not a harness.case.Case (load cases with "
                            f"harness.load_cases, or pass their directory)")
    return out


def summary_rows(summaries: SummariesLike) -> list[dict[str, Any]]:
    """Normalise any supported summaries input into a list of dicts.

    Raises:
        TypeError: ``summaries`` is none of the supported kinds, or an item is not a mapping.
    """
    from harness.io import read_summary_rows

    if isinstance(summaries, (str, Path)):
        return read_summary_rows(summaries)
    if _is_frame(summaries):
        return summaries.to_dict(orient="records")
    if _is_dataset(summaries):
        return list(summaries.to_list())
    if isinstance(summaries, (bytes, Mapping)) or not isinstance(summaries, Iterable):
        raise TypeError(f"summaries must be a path (JSONL, Parquet or a datasets directory), a list of dicts, a "
                        f"pandas DataFrame or a datasets.Dataset; got {type(summaries).__name__}")
    rows = []
    for i, s in enumerate(summaries):
        if not isinstance(s, Mapping):
            raise TypeError(f"summaries[{i}] is a {type(s).__name__}, not a mapping with case_id, summary_id, "
                            f"model and text")
        rows.append(dict(s))
    return rows


class Scores(list):  # type: ignore[type-arg]
    """What :func:`score` returns: the score records (a list, in input order) with their cases.

    ``.records`` is the list of :class:`scorers.types.ScoreRecord`; ``.to_pandas()`` one row per summary.
    """

    def __init__(self, records: Iterable[ScoreRecord], cases: Mapping[str, Case]) -> None:
        super().__init__(records)
        self.cases = dict(cases)

    @property
    def records(self) -> list[ScoreRecord]:
        """The score records, in input order."""
        return list(self)

    def to_json(self) -> list[dict[str, Any]]:
        """The records as written to ``scores.jsonl`` (docs/contract.md §3)."""
        return [r.to_json() for r in self]

    def to_pandas(self) -> pd.DataFrame:
        """One row per summary: model, case_id, topic, prompt, sample, summary_id and every per-summary
        metric of the registry (``scorers.metrics.METRICS``: the record's metrics and the counts and
        headline score derived from its verdicts)."""
        from harness.reporting.frame import records_frame

        return records_frame(self.to_json(), self.cases)


def score(cases: CasesLike, summaries: SummariesLike) -> Scores:
    """Score summaries against their cases (by ``case_id``).

    Args:
        cases: a case file or directory, a list of cases, or a frame with a ``case_json`` column.
        summaries: a JSONL/Parquet file or ``datasets`` directory, a list of dicts, a DataFrame or a
            ``datasets.Dataset`` (fields case_id, summary_id, model, text; others are kept).

    Returns:
        A :class:`Scores` list of records with ``.records`` and ``.to_pandas()``.

    Raises:
        TypeError: an input of an unsupported kind.
        KeyError: a summary names a case that is not given.
    """
    from scorers import score_summary

    by_id = {c.id: c for c in as_cases(cases)}
    out = []
    for i, row in enumerate(summary_rows(summaries)):
        if "case_id" not in row or "text" not in row:
            missing = "case_id" if "case_id" not in row else "text"
            raise TypeError(f"summary {i} has no {missing!r} field (fields: {sorted(row)})")
        if row["case_id"] not in by_id:
            raise KeyError(f"summary {row.get('summary_id')!r} names unknown case {row['case_id']!r}")
        rec = score_summary(by_id[row["case_id"]], row["text"], summary_id=str(row.get("summary_id", "")),
                            model=str(row.get("model", "")))
        rec.extra = {k: v for k, v in row.items() if k not in {"case_id", "summary_id", "model"}}
        out.append(rec)
    return Scores(out, by_id)


def report(records: Scores | pd.DataFrame | Iterable[ScoreRecord | Mapping[str, Any]],
           cases: CasesLike | None = None, *, by: str = "model", resamples: int = 2000,
           seed: int = 0) -> pd.DataFrame:
    """Per-group metrics with 95% case-bootstrap intervals as a long DataFrame.

    Args:
        records: what :func:`score` returned, its ``.to_pandas()`` frame, or score records (objects or
            ``scores.jsonl`` dicts).
        cases: the cases (needed only for records; a :class:`Scores` result carries its own).
        by: group rows by ``model``, ``topic`` or ``case_id``.
        resamples: bootstrap resamples (0 for point values only).
        seed: the bootstrap's seed.

    Returns:
        Columns ``[by, n, metric, value, low, high, label, direction]``: metric names, labels and
        directions ("higher"/"lower" is better) come from the registry ``scorers.metrics``.

    Raises:
        TypeError: an input of an unsupported kind, or records without their cases.
        ValueError: a DataFrame that lacks the per-summary metric columns.
    """
    import pandas as pd

    from harness.reporting.frame import records_frame
    from harness.reporting.stats import summary_table
    from harness.reporting.tables import tidy
    from scorers.metrics import METRICS

    if isinstance(records, pd.DataFrame):
        missing = [c for c in ("model", "case_id", "topic", *METRICS) if c not in records.columns]
        if missing:
            raise ValueError(f"report() needs a frame with one row per summary (Scores.to_pandas()); "
                             f"missing columns: {', '.join(missing)}")
        df = records
    elif isinstance(records, Scores):
        df = records.to_pandas()
    else:
        if isinstance(records, (str, Path, bytes, Mapping)) or not isinstance(records, Iterable):
            raise TypeError(f"records must be what score() returned, its to_pandas() frame or a list of score "
                            f"records; got {type(records).__name__}")
        if cases is None:
            raise TypeError("report(records, cases): a list of records needs its cases")
        recs = [r.to_json() if hasattr(r, "to_json") else dict(r) for r in records]
        df = records_frame(recs, {c.id: c for c in as_cases(cases)})
    if by not in df.columns:
        raise ValueError(f"cannot group by {by!r}: no such column")
    return pd.DataFrame(tidy(summary_table(df, by=by, resamples=resamples, seed=seed), by))


def run(config: str | Path | Mapping[str, Any], *, run_id: str | None = None, progress: bool = False) -> RunResult:
    """Generate, score and write a run from a config file or mapping (see ``cnh run``)."""
    from harness.runner import RunConfig, expand_cases, load_config
    from harness.runner import run as run_

    if isinstance(config, (str, Path)):
        cfg, default = load_config(config), Path(config).stem
    else:
        cfg, default = RunConfig.model_validate(dict(config)), "run"
    cases = load_cases([Path(p) for p in expand_cases(cfg.cases)])
    return run_(cfg, cases, run_id=run_id or cfg.run_id or default, progress=progress, echo=lambda _s: None)


def resolve_cases(references: Iterable[str], cases: str | Path = "cases") -> dict[str, Case]:
    """Map each reference (a case id, or a case as JSON) to its case."""
    out: dict[str, Case] = {}
    loaded: dict[str, Case] | None = None
    for ref in references:
        if ref in out:
            continue
        if ref.lstrip().startswith("{"):
            out[ref] = Case.model_validate(json.loads(ref))
            continue
        if loaded is None:
            loaded = {c.id: c for c in load_cases(cases)}
        if ref not in loaded:
            raise KeyError(f"unknown case id {ref!r} (cases from {cases})")
        out[ref] = loaded[ref]
    return out


def metrics_of(rows: list[dict[str, Any]], cases: list[Case]) -> dict[str, float]:
    """The report's metrics (point values; names from ``scorers.metrics.MAIN_AGGREGATES``) of scored rows,
    as the ``evaluate`` metric returns them."""
    from harness.reporting.frame import records_frame
    from harness.reporting.stats import estimate
    from scorers.metrics import MAIN_AGGREGATES

    df = records_frame([r.to_json() for r in score(cases, rows)], {c.id: c for c in cases})
    out = {m: estimate(df, m, resamples=0).value for m in MAIN_AGGREGATES}
    out["n"] = len(df)
    return out


# ---------------------------------------------------------------------------------------------
# Batch scoring for engines that parallelise (datasets.map, Ray Data, Spark)

_PROCESS_CASES: dict[str, dict[str, Case]] = {}
"""Cases loaded in this process, by resolved path: each worker process reads its cases once."""

BATCH_COLUMNS: tuple[str, ...] = ("record", "error")
"""Columns :func:`score_batch` adds besides the record metrics: the record as JSON (``scores.jsonl``'s
line) and the error message of a row that could not be scored (else None)."""


def _process_cases(cases: str | Path) -> dict[str, Case]:
    key = str(Path(cases).resolve())
    if key not in _PROCESS_CASES:
        _PROCESS_CASES[key] = {c.id: c for c in load_cases(key)}
    return _PROCESS_CASES[key]


def _process_signature(cases: str | Path) -> str:
    """The scores' signature of the cases under ``cases``, as ``cnh score`` stores it in every record (computed once
    a process)."""
    key = str(Path(cases).resolve())
    if key not in _PROCESS_SIGNATURES:
        from harness.runner import score_signature

        _PROCESS_SIGNATURES[key] = score_signature(list(_process_cases(cases).values()))
    return _PROCESS_SIGNATURES[key]


_PROCESS_SIGNATURES: dict[str, str] = {}


def _native(value: Any) -> Any:
    """A plain Python value (numpy scalars from pandas or Arrow become int/float/str/bool)."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


def score_batch(batch: Any, cases: str | Path = "cases") -> Any:
    """Score a batch of summaries: pandas in, pandas out (or a dict of columns in, a dict of columns out).

    The function the distributed engines call; the cases under ``cases`` are loaded once per worker
    process and kept. Each output row is the input row plus ``record`` (the score record as JSON, the
    line ``cnh score`` writes for it, signature included), ``error`` (why a row could not be scored, else
    None) and one column per record metric (``scorers.metrics.RECORD_METRICS``; NaN for an error row)::

        ds.map(score_batch, batched=True, num_proc=4, fn_kwargs={"cases": "cases/"})        # datasets
        ds.map_batches(score_batch, batch_format="pandas", fn_kwargs={"cases": "cases/"})   # Ray Data
        df.mapInPandas(BatchScorer("cases/").map_in_pandas,                                # Spark
                       schema=BatchScorer.spark_schema("case_id string, summary_id string, model string, text string"))

    Args:
        batch: a pandas DataFrame, or a mapping of column name to list (``datasets`` batches), with
            case_id, summary_id, model and text; other columns are kept in the record as in ``cnh score``.
        cases: the case file or directory (a path every worker can read).

    Returns:
        The same kind as ``batch``, with the columns above added.

    Raises:
        TypeError: ``batch`` is neither a DataFrame nor a mapping of columns.
    """
    from harness.scoring import SummaryLine, score_line
    from scorers.metrics import RECORD_METRICS

    by_id = _process_cases(cases)
    if _is_frame(batch):
        columns = {k: batch[k].tolist() for k in batch.columns}
    elif isinstance(batch, Mapping):
        columns = {k: list(v) for k, v in batch.items()}
    else:
        raise TypeError(f"batch must be a pandas DataFrame or a mapping of columns; got {type(batch).__name__}")
    n = len(next(iter(columns.values()), []))
    out: dict[str, list[Any]] = {**columns, "record": [], "error": [], **{m: [] for m in RECORD_METRICS}}
    for i in range(n):
        row = {k: _native(v[i]) for k, v in columns.items()}
        row = {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}  # NaN: a null
        missing = next((f for f in ("case_id", "summary_id", "text") if not isinstance(row.get(f), str)), None)
        item = SummaryLine(i + 1, row, f"missing or non-string field {missing!r}" if missing else None)
        rec = score_line(item, by_id, "batch")
        rec["signature"] = _process_signature(cases)  # as cnh score stores it: comparable without a manifest
        out["record"].append(json.dumps(rec, ensure_ascii=False))
        out["error"].append(rec.get("error"))
        for m in RECORD_METRICS:
            out[m].append(float(rec["metrics"][m]) if "metrics" in rec else float("nan"))
    if _is_frame(batch):
        import pandas as pd

        return pd.DataFrame(out, index=batch.index)
    return out


class BatchScorer:
    """:func:`score_batch` bound to a case directory, as a picklable callable (Ray's callable-class form,
    Spark's ``mapInPandas``).

    Args:
        cases: the case file or directory every worker reads (once per process).
    """

    def __init__(self, cases: str | Path = "cases") -> None:
        self.cases = str(cases)

    def __call__(self, batch: Any) -> Any:
        """Score one batch (see :func:`score_batch`)."""
        return score_batch(batch, self.cases)

    def map_in_pandas(self, batches: Iterable[Any]) -> Iterable[Any]:
        """Spark's ``mapInPandas`` form: an iterator of DataFrames in, scored DataFrames out."""
        for batch in batches:
            yield score_batch(batch, self.cases)

    @staticmethod
    def output_columns(input_columns: Iterable[str]) -> list[str]:
        """The columns of a scored batch, in order: the input's, then ``record``, ``error`` and the metrics."""
        from scorers.metrics import RECORD_METRICS

        return [*input_columns, *BATCH_COLUMNS, *RECORD_METRICS]

    @staticmethod
    def spark_schema(input_ddl: str) -> str:
        """The Spark DDL schema of scored batches, given the input's (``"case_id string, ..., text string"``)."""
        from scorers.metrics import RECORD_METRICS

        return ", ".join([input_ddl.strip(" ,"), "record string", "error string",
                          *(f"{m} double" for m in RECORD_METRICS)])
