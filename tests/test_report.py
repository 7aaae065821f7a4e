"""Reports: tidy frame, bootstrap intervals, paired tests, table formats, compare refusing other suites."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from harness.cli import main
from harness.reporting import tables
from harness.reporting.frame import COUNT_COLUMNS, headline
from harness.reporting.stats import estimate, paired, summary_table
from scorers.metrics import AGGREGATES


def synthetic(n_cases: int = 30, gap: float = 0.0, seed: int = 1) -> pd.DataFrame:
    """Two models on the same items; model B attributes `gap` more of its claims than model A."""
    rng = np.random.default_rng(seed)
    rows = []
    for case in range(n_cases):
        for model, p in (("a", 0.5), ("b", 0.5 + gap)):
            claims = 4
            attributed = int(rng.binomial(claims, min(p, 1.0)))
            row = dict.fromkeys(COUNT_COLUMNS, 0)
            row.update(model=model, case_id=f"c{case}", topic="t", prompt="p", sample=0, summary_id=f"{model}{case}",
                       claims_mentioned=claims, contested_mentioned=claims, attributed=attributed,
                       unattributed=claims - attributed, unattributed_contested=claims - attributed, coverage=1.0)
            row["headline"] = headline(row)
            rows.append(row)
    return pd.DataFrame(rows)


def test_headline_definition() -> None:
    row = dict.fromkeys(COUNT_COLUMNS, 0)
    row.update(coverage=0.5, claims_mentioned=4, attributed=2, hedged=2, numbers_found=4, numeric_errors=1,
               loaded_terms=1)
    assert headline(row) == pytest.approx(100 * 0.5 * (3 / 4) * (3 / 4) * 0.5)


def test_rate_and_interval() -> None:
    df = synthetic()
    e = estimate(df[df.model == "a"], "unattributed_contested_rate")
    expected = df[df.model == "a"].unattributed_contested.sum() / df[df.model == "a"].contested_mentioned.sum()
    assert e.value == pytest.approx(expected)
    assert e.low < e.value < e.high
    assert estimate(df[df.model == "a"], "unattributed_contested_rate") == e  # seeded: reproducible


def test_paired_test_finds_a_real_difference_and_not_a_null_one() -> None:
    strong = paired(synthetic(gap=0.4), "a", "b", "headline")
    assert strong.diff.value > 0 and strong.significant and strong.diff.low > 0
    null = paired(synthetic(gap=0.0, seed=3), "a", "b", "headline")
    assert not null.significant and null.diff.low < 0 < null.diff.high


def test_formats_mark_best_and_carry_signature() -> None:
    df = synthetic(gap=0.4)
    table = summary_table(df, metrics=("headline", "unattributed_contested_rate"), resamples=200)
    md = tables.markdown(table, "SIG", [paired(df, "a", "b")])
    b_line = next(line for line in md.splitlines() if line.startswith("| b |"))
    assert b_line.count("**") == 4  # best headline and lowest bare rate, both bold
    assert f"| b vs a | {AGGREGATES['headline'].header} |" in md and "significant" in md and md.endswith("`SIG`")
    tex = tables.latex(table, "SIG_1")
    assert r"\toprule" in tex and r"\textbf{" in tex and r"$\pm$" in tex and r"SIG\_1" in tex
    csv = tables.csv(table, "SIG")
    assert csv.startswith("model,n,metric,value,low,high,label,direction,signature\n")
    assert csv.splitlines()[1].endswith(",SIG")
    data = json.loads(tables.as_json(table, "SIG", [paired(df, "a", "b")]))
    assert data["signature"] == "SIG" and data["comparisons"][0]["significant"] is True


def fake_run(root: Path, name: str, suite: str) -> Path:
    d = root / name
    d.mkdir()
    rec = {"case_id": "dam-dispute", "summary_id": f"{name}-1", "model": name, "claims": [], "numbers": [],
           "loaded": [], "metrics": {"coverage": 0.0}}
    (d / "scores.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (d / "run.json").write_text(json.dumps({"signature": f"cnh:0.1.0|cases:1@{suite}|scorers:0.1.0"}))
    return d


def test_compare_refuses_different_suites(tmp_path: Path) -> None:
    from conftest import DAM_CASE

    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    a, b = fake_run(tmp_path, "a", "aaa"), fake_run(tmp_path, "b", "bbb")
    runner = CliRunner()
    result = runner.invoke(main, ["compare", str(a), str(b), "--cases", str(cases)])
    assert result.exit_code == 3
    assert "different case suites" in result.output
    result = runner.invoke(main, ["compare", str(a), str(b), "--cases", str(cases), "--allow-different-suites"])
    assert result.exit_code == 0, result.output
    assert "| a | 1 |" in result.output and "| b | 1 |" in result.output
