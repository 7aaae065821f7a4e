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
