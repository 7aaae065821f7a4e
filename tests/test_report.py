"""Reports: tidy frame, bootstrap intervals, paired tests, table formats, compare refusing other suites."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import ROOT

from harness.case import Case
from harness.cli import main
from harness.reporting import build_tables, tables
from harness.reporting.frame import COUNT_COLUMNS, headline
from harness.reporting.stats import estimate, paired, summary_table
from scorers import score_summary
from scorers.metrics import AGGREGATES, MAIN_AGGREGATES


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
                       unattributed=claims - attributed, unattributed_contested=claims - attributed, coverage=1.0,
                       case_claims=claims)
            row["headline"] = headline(row)
            rows.append(row)
    return pd.DataFrame(rows)


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


def _two_topic_records(dam_case: Case) -> tuple[list[dict], dict[str, Case]]:
    """m1 and m2 summarise the dam case (topic "water"); only m1 summarises a copy of it under topic "power"."""
    other = dam_case.model_copy(update={"id": "dam-copy", "topic": "power"})
    texts = {"m1": ["Rivas said the flow fell by 5 percent.", "Downstream officials said the flow fell by 40 percent."],
             "m2": ["The flow fell 40 percent. It was water theft.", "The flow fell by 5 percent."]}
    records = [{**score_summary(dam_case, t, summary_id=f"{m}-{i}", model=m).to_json(), "sample": i}
               for m, ts in texts.items() for i, t in enumerate(ts)]
    records += [{**score_summary(other, "It was water theft, reportedly.", summary_id="m1-x", model="m1").to_json(),
                 "sample": 0}]
    return records, {dam_case.id: dam_case, other.id: other}


@pytest.mark.parametrize("by", ["topic", "case_id"])
def test_grouped_tables_keep_one_column_group_per_model(dam_case: Case, by: str) -> None:
    records, cases = _two_topic_records(dam_case)
    table, _ = build_tables(records, cases, by=by)
    md = tables.markdown(table, "SIG", by=by)
    head = md.splitlines()[0]
    for model in ("m1", "m2"):
        assert f"| {model}: n |" in head and f"{model}: {AGGREGATES['headline'].header}" in head
    water = next(line for line in md.splitlines() if line.startswith(("| water |", "| dam-dispute |")))
    cells = [c.strip() for c in water.strip("|").split("|")]
    width = len(MAIN_AGGREGATES) + 1
    m1, m2 = cells[1:1 + width], cells[1 + width:1 + 2 * width]
    assert m1[0] == m2[0] == "2" and m1[1] != m2[1]  # each model's own n and headline, not a pooled one
    power = next(line for line in md.splitlines() if line.startswith(("| power |", "| dam-copy |")))
    assert "– (n=0)" in power  # m2 has no summary there
    for text in (md, tables.latex(table, "SIG", by=by), tables.csv(table, "SIG", by=by),
                 tables.as_json(table, "SIG", by=by)):
        assert "nan" not in text.lower() and "NaN" not in text
    rows = json.loads(tables.as_json(table, "SIG", by=by))["results"]
    assert {r["model"] for r in rows} == {"m1", "m2"}
    assert any(r["value"] is None and r["n"] == 0 for r in rows)


def test_empty_share_shows_a_dash_with_n(dam_case: Case) -> None:
    records = [{**score_summary(dam_case, "Nothing was said about the river.", summary_id=f"a{i}", model="a").to_json(),
                "sample": i} for i in range(2)]
    table, _ = build_tables(records, {dam_case.id: dam_case})
    md = tables.markdown(table, "SIG")
    assert "nan" not in md and "– (n=0)" in md


def test_latex_report_includes_the_paired_tests() -> None:
    result = CliRunner().invoke(main, ["report", str(ROOT / "results" / "baselines"), "--cases", str(ROOT / "cases"),
                                       "--format", "latex"])
    assert result.exit_code == 0, result.output
    assert "strip-attribution vs lead-2" in result.output and "significant" in result.output
    assert r"$p$" in result.output and "paired permutation test" in result.output
