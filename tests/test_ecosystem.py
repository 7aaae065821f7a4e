"""Python API, the `evaluate` metric loaded by local path, and `datasets` I/O (Parquet, save_to_disk)."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

import harness
from harness.cli import main

SUMMARIES = [
    {"case_id": "dam-dispute", "summary_id": "a", "model": "m1", "text": "Rivas said the flow fell by 5 percent."},
    {"case_id": "dam-dispute", "summary_id": "b", "model": "m1", "text": "The flow fell by 5 percent."},
]


def test_api_docstring_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import harness.api

    monkeypatch.chdir(ROOT)
    failures, tried = doctest.testmod(harness.api, raise_on_error=False)
    assert tried >= 5 and failures == 0


def test_api_score_and_report(case_dir: Path) -> None:
    cases = harness.load_cases(case_dir)
    records = harness.score(cases, SUMMARIES)
    assert [r.claims[0].verdict for r in records] == ["attributed", "unattributed"]
    table = harness.report(records, cases, resamples=100)
    row = table[(table.model == "m1") & (table.metric == "unattributed_contested_rate")].iloc[0]
    assert row.value == 0.5 and row.n == 2
    with pytest.raises(KeyError, match="unknown case"):
        harness.score(cases, [{"case_id": "zzz", "summary_id": "x", "text": "t"}])


def test_import_harness_does_not_import_heavy_libraries() -> None:
    code = ("import sys, harness, harness.cli; heavy = [m for m in ('torch', 'transformers', 'datasets', 'pandas') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_evaluate_metric_loads_by_local_path(case_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import evaluate

    import harness.metrics

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    metric = evaluate.load(harness.metrics.path("contested_news"))
    result = metric.compute(predictions=[s["text"] for s in SUMMARIES], references=["dam-dispute"] * 2,
                            cases=str(case_dir))
    assert result["unattributed_contested_rate"] == 0.5 and result["n"] == 2
    case_json = harness.load_cases(case_dir)[0].model_dump_json()
    again = metric.compute(predictions=[SUMMARIES[0]["text"]], references=[case_json])
    assert again["unattributed_contested_rate"] == 0.0
    with pytest.raises(FileNotFoundError, match="no shipped metric"):
        harness.metrics.path("nope")


def test_score_from_parquet_and_dataset_dir_and_write_parquet(tmp_path: Path, case_dir: Path) -> None:
    import datasets

    ds = datasets.Dataset.from_list(SUMMARIES)
    ds.to_parquet(str(tmp_path / "s.parquet"))
    ds.save_to_disk(str(tmp_path / "s-ds"))
    runner = CliRunner()
    for src in ("s.parquet", "s-ds"):
        out = tmp_path / f"out-{src}"
        result = runner.invoke(main, ["score", "--cases", str(case_dir), "--summaries", str(tmp_path / src),
                                      "--out", str(out), "--parquet", "-q"])
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in (out / "scores.jsonl").read_text().splitlines()]
        assert [r["summary_id"] for r in records] == ["a", "b"]
        scores = datasets.Dataset.from_parquet(str(out / "scores.parquet"))
        assert scores.features["claims"].feature["verdict"].dtype == "string"
        assert scores[1]["claims"][0]["verdict"] == "unattributed"
        assert scores[0]["metrics"]["coverage"] == 0.5
    assert [r.summary_id for r in harness.score(harness.load_cases(case_dir), ds)] == ["a", "b"]


def test_score_accepts_paths_lists_and_frames_and_returns_a_frame(case_dir: Path) -> None:
    import pandas as pd

    from scorers.metrics import METRICS

    frame = pd.DataFrame(SUMMARIES)
    by_path = harness.score(str(case_dir), frame)  # a case directory as str, summaries as a DataFrame
    by_list = harness.score(harness.load_cases(case_dir), SUMMARIES)
    assert [r.to_json() for r in by_path.records] == [r.to_json() for r in by_list.records]
    df = by_path.to_pandas()
    assert len(df) == 2 and {"model", "case_id", "summary_id", "topic", *METRICS} <= set(df.columns)
    assert list(df.summary_id) == ["a", "b"] and list(df.unattributed_contested) == [0, 1]
    exported = harness.score(pd.DataFrame([{"case_json": c.model_dump_json()} for c in harness.load_cases(case_dir)]),
                             SUMMARIES)  # cases as a frame (cnh export's case_json column)
    assert [r.to_json() for r in exported] == [r.to_json() for r in by_list]
    # report() takes the result itself or its frame, with the same numbers as from records and cases
    from_records = harness.report(by_list.records, harness.load_cases(case_dir), resamples=50)
    for given in (by_path, df):
        pd.testing.assert_frame_equal(harness.report(given, resamples=50), from_records)


def test_score_and_report_reject_wrong_inputs_with_clear_type_errors(case_dir: Path) -> None:
    import pandas as pd

    cases = harness.load_cases(case_dir)
    with pytest.raises(TypeError, match="cases must be a case file or directory"):
        harness.score(42, SUMMARIES)
    with pytest.raises(TypeError, match=r"cases\[0\] is a dict"):
        harness.score([{"id": "x"}], SUMMARIES)
    with pytest.raises(TypeError, match="'case_json' column"):
        harness.score(pd.DataFrame({"id": ["x"]}), SUMMARIES)
    with pytest.raises(TypeError, match="summaries must be a path"):
        harness.score(cases, 3.5)
    with pytest.raises(TypeError, match=r"summaries\[1\] is a str"):
        harness.score(cases, [SUMMARIES[0], "text"])
    with pytest.raises(TypeError, match="needs its cases"):
        harness.report(harness.score(cases, SUMMARIES).records)
    with pytest.raises(ValueError, match="missing columns"):
        harness.report(pd.DataFrame({"model": ["m"]}))


def _baseline_rows(n: int) -> list[dict]:
    rows = [json.loads(line) for line in (ROOT / "results" / "baselines" / "summaries.jsonl").read_text().splitlines()]
    return rows[:: max(1, len(rows) // n)][:n]


def test_batch_scorer_under_datasets_map_with_two_processes_equals_cnh_score(tmp_path: Path) -> None:
    """issue 20: the batch scorer run by ``datasets.Dataset.map(batched=True, num_proc=2)`` on a Dataset built
    from a local pandas frame gives exactly the records ``cnh score`` writes for the same summaries."""
    import datasets
    import pandas as pd

    rows = _baseline_rows(24)
    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "score", "--cases", str(ROOT / "cases"), "--summaries", str(path),
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    expected = [json.loads(line) for line in (tmp_path / "out" / "scores.jsonl").read_text().splitlines()]

    ds = datasets.Dataset.from_pandas(pd.DataFrame(rows), preserve_index=False)
    scored = ds.map(harness.score_batch, batched=True, batch_size=5, num_proc=2,
                    fn_kwargs={"cases": str(ROOT / "cases")})
    assert [json.loads(r) for r in scored["record"]] == expected
    assert scored["error"] == [None] * len(rows)
    assert scored["coverage"] == [r["metrics"]["coverage"] for r in expected]
    # pandas in, pandas out (Ray Data's batch_format="pandas", Spark's mapInPandas)
    frame = harness.BatchScorer(ROOT / "cases")(pd.DataFrame(rows))
    assert list(frame.columns) == harness.BatchScorer.output_columns(rows[0].keys())
    assert [json.loads(r) for r in frame.record] == expected
    spark_like = pd.concat(harness.BatchScorer(ROOT / "cases").map_in_pandas(iter([pd.DataFrame(rows[:3]),
                                                                                  pd.DataFrame(rows[3:])])))
    assert [json.loads(r) for r in spark_like.record] == expected


def test_batch_scorer_keeps_bad_rows_as_error_records() -> None:
    import pandas as pd

    out = harness.score_batch(pd.DataFrame([{"case_id": "nope", "summary_id": "x", "model": "m", "text": "t"}]),
                              ROOT / "cases")
    assert "unknown case_id 'nope'" in out.error.iloc[0] and out.coverage.isna().all()
    with pytest.raises(TypeError, match="batch must be"):
        harness.score_batch(["not", "a", "batch"], ROOT / "cases")
