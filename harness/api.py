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


def summary_rows(summaries: SummariesLike) -> list[dict[str, Any]]:
    """Normalise any supported summaries input into a list of dicts."""
    from harness.io import read_summary_rows

    if isinstance(summaries, (str, Path)):
        return read_summary_rows(summaries)
    if hasattr(summaries, "to_dict") and hasattr(summaries, "columns"):  # pandas
        return summaries.to_dict(orient="records")
    if hasattr(summaries, "to_list") and hasattr(summaries, "features"):  # datasets.Dataset
        return list(summaries.to_list())
    return [dict(s) for s in summaries]


def score(cases: Iterable[Case], summaries: SummariesLike) -> list[ScoreRecord]:
    """Score summaries against their cases (by ``case_id``).

    Raises:
        KeyError: a summary names a case that is not given.
    """
    from scorers import score_summary

    by_id = {c.id: c for c in cases}
    out = []
    for row in summary_rows(summaries):
        if row["case_id"] not in by_id:
            raise KeyError(f"summary {row.get('summary_id')!r} names unknown case {row['case_id']!r}")
        rec = score_summary(by_id[row["case_id"]], row["text"], summary_id=str(row.get("summary_id", "")),
                            model=str(row.get("model", "")))
        rec.extra = {k: v for k, v in row.items() if k not in {"case_id", "summary_id", "model"}}
        out.append(rec)
    return out


def report(records: Iterable[ScoreRecord | Mapping[str, Any]], cases: Iterable[Case], *, by: str = "model",
           resamples: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Per-group metrics with 95% case-bootstrap intervals as a long DataFrame.

    Returns:
        Columns ``[by, n, metric, value, low, high, label, direction]``: metric names, labels and
        directions ("higher"/"lower" is better) come from the registry ``scorers.metrics``.
    """
    import pandas as pd

    from harness.reporting.frame import records_frame
    from harness.reporting.stats import summary_table
    from harness.reporting.tables import tidy

    recs = [r.to_json() if hasattr(r, "to_json") else dict(r) for r in records]
    df = records_frame(recs, {c.id: c for c in cases})
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
