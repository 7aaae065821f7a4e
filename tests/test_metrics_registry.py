"""The metric registry (``scorers.metrics``): one definition of each metric, and every surface shows its labels."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DAM_CASE, ROOT

from harness.case import Case
from harness.cli import main
from harness.reporting import build_tables, tables
from harness.reporting.html import render_html
from harness.scoring import model_table
from scorers import score_summary
from scorers.metrics import (
    AGGREGATES,
    MAIN_AGGREGATES,
    METRICS,
    RECORD_METRICS,
    contested_claims,
    is_bare_contested,
    is_numeric_error,
    mean_of,
)
from scorers.types import NumberVerdict

TEXTS = ["Rivas said the flow fell by 5 percent.", "The flow fell 40 percent in three weeks. It was water theft.",
         "The flow fell by 7 percent, reportedly."]

OLD_LABELS = ("Hedge only", "Number errors", "Loaded / summary")
"""Spellings that surfaces used before the registry: none may come back."""


def _records(dam_case: Case) -> list[dict]:
    return [{**score_summary(dam_case, text, summary_id=f"{model}-{i}", model=model).to_json(), "sample": i}
            for model in ("m1", "m2") for i, text in enumerate(TEXTS if model == "m1" else TEXTS[::-1])]


def test_record_metrics_come_from_the_registry(dam_case: Case) -> None:
    # the record's keys stay as they were (docs/contract.md §3 fixes the first five of them)
    assert RECORD_METRICS == ("coverage", "unattributed_contested", "misattributed", "hedged", "numeric_errors",
                              "loaded_terms", "claims_mentioned")
    rec = score_summary(dam_case, TEXTS[1])
    assert tuple(rec.metrics) == RECORD_METRICS
    bare = sum(is_bare_contested(c, contested_claims(dam_case)) for c in rec.claims)
    assert rec.metrics["unattributed_contested"] == bare > 0
    assert rec.metrics["numeric_errors"] == sum(map(is_numeric_error, rec.numbers))
    for m in METRICS.values():
        assert m.direction in ("higher", "lower", None) and m.label and m.description
        assert m.arrow == {"higher": "↑", "lower": "↓", None: ""}[m.direction]


def test_predicates_accept_verdicts_and_their_json() -> None:
    wrong = NumberVerdict("7", (0, 1), 7.0, None, "n", "wrong", "value")
    assert is_numeric_error(wrong) and is_numeric_error({"verdict": "unsupported"})
    assert not is_numeric_error({"verdict": "derived"}) and not is_numeric_error({"verdict": "correct"})
    assert is_bare_contested({"verdict": "unattributed", "claim_id": "a"}, {"a"})
    assert not is_bare_contested({"verdict": "unattributed", "claim_id": "b"}, {"a"})
    assert not is_bare_contested({"verdict": "hedged", "claim_id": "a"}, {"a"})


def test_labels_are_unique_and_say_how_counts_are_aggregated() -> None:
    labels = [a.label for a in AGGREGATES.values()]
    assert len(labels) == len(set(labels))
    assert AGGREGATES["unattributed_contested_rate"].label == "Bare contested / contested claim"
    assert mean_of("unattributed_contested").label == "Bare contested / summary"
    assert mean_of("loaded_terms") is AGGREGATES["loaded_terms_per_summary"]
    assert mean_of("coverage").label == "Coverage"  # a share averaged stays a share
    for agg in AGGREGATES.values():
        assert agg.direction in ("higher", "lower") and agg.header.endswith(agg.arrow)


def test_every_report_format_and_the_score_table_use_registry_labels(dam_case: Case) -> None:
    records = _records(dam_case)
    table, comparisons = build_tables(records, {dam_case.id: dam_case})
    headers = [AGGREGATES[m].header for m in MAIN_AGGREGATES]
    md = tables.markdown(table, "SIG", comparisons)
    assert md.splitlines()[0] == "| model | n | " + " | ".join(headers) + " |"
    assert f"| m2 vs m1 | {AGGREGATES['headline'].header} |" in md
    tex = tables.latex(table, "SIG")
    for m in MAIN_AGGREGATES:
        label = AGGREGATES[m].label
        assert tables._tex(label) in tex
    csv = tables.csv(table, "SIG").splitlines()
    assert csv[0] == "model,n,metric,value,low,high,label,direction,signature"
    for line in csv[1:]:
        metric = line.split(",")[2]
        assert line.endswith(f",{AGGREGATES[metric].label},{AGGREGATES[metric].direction},SIG")
    data = json.loads(tables.as_json(table, "SIG", comparisons))
    assert {r["label"] for r in data["results"]} == {AGGREGATES[m].label for m in MAIN_AGGREGATES}
    assert data["metrics"]["hedge_only_rate"] == {"label": "Hedged only / claim", "direction": "lower",
                                                  "description": AGGREGATES["hedge_only_rate"].description}
    page = render_html([("SIG", records, {})], {dam_case.id: dam_case})
    for m in MAIN_AGGREGATES:
        assert f">{AGGREGATES[m].header}</th>" in page
    score = model_table(records)
    assert score.splitlines()[0] == "| model | n | " + " | ".join(mean_of(m).header for m in RECORD_METRICS) + " |"
    for text in (md, tex, "\n".join(csv), json.dumps(data, ensure_ascii=False), page, score):
        for old in OLD_LABELS:
            assert old not in text


def test_cli_surfaces_show_registry_labels(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    src = tmp_path / "s.jsonl"
    src.write_text("".join(json.dumps({"case_id": "dam-dispute", "summary_id": f"s{i}", "model": "m", "text": t})
                           + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["score", "--cases", str(cases), "--summaries", str(src), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    assert "| Coverage ↑ | Bare contested / summary ↓ |" in res.output
    res = runner.invoke(main, ["report", str(tmp_path / "o"), "--cases", str(cases)])
    assert res.exit_code == 0, res.output
    assert "| Headline ↑ | Coverage ↑ | Bare contested / contested claim ↓ |" in res.output
    md = tmp_path / "gate.md"
    res = runner.invoke(main, ["gate", "--baseline", str(tmp_path / "o"), "--candidate", str(tmp_path / "o"),
                               "--cases", str(cases), "--markdown", str(md)])
    assert res.exit_code == 0, res.output
    assert f"| {AGGREGATES['numeric_error_rate'].header} (`numeric_error_rate`) |" in md.read_text()


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """String constants of a module, docstrings left out (they may name a metric in prose)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


@pytest.mark.parametrize("folder", ["harness", "benchmarks"])
def test_no_metric_label_is_spelled_outside_the_registry(folder: str) -> None:
    labels = {m.label for m in METRICS.values()} | {a.label for a in AGGREGATES.values()} | set(OLD_LABELS)
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for lineno, value in _string_literals(path):
            found += [f"{path.relative_to(ROOT)}:{lineno}: {label!r}" for label in labels
                      if re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", value)]
    assert found == [], "metric labels must come from scorers.metrics:\n" + "\n".join(found)


@pytest.mark.parametrize("folder", ["harness", "benchmarks"])
def test_numeric_error_and_bare_contested_are_defined_once(folder: str) -> None:
    pattern = re.compile(r"""\{\s*["']wrong["'],\s*["']unsupported["']\s*\}|==\s*["']unattributed["']\s+and""")
    hits = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / folder).rglob("*.py"))
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert hits == [], "use scorers.metrics.is_numeric_error / is_bare_contested:\n" + "\n".join(hits)


def test_readme_uses_the_registry_headers() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for m in MAIN_AGGREGATES:
        assert AGGREGATES[m].header in readme and f"`{m}`" in readme


def test_display_names_each_metric_with_label_arrow_and_name() -> None:
    from scorers.metrics import display

    for name, agg in AGGREGATES.items():
        assert display(name) == f"{agg.label} {agg.arrow} ({name})"
    assert display("unattributed_contested") == "Bare contested, total ↓ (unattributed_contested)"
    assert display("claims_mentioned") == "Claims mentioned, total (claims_mentioned)"


def test_counts_shares_and_totals_never_share_a_label() -> None:
    """The mean per summary, the share and the total of one count each have their own label (and no two metrics
    share one)."""
    from scorers.metrics import display

    shown: dict[str, tuple[str, str]] = {}
    for name in (n for n, m in METRICS.items() if m.unit == "count"):
        kinds = {"mean": mean_of(name).label, "total": display(name).rsplit(" (", 1)[0].rstrip(" ↑↓")}
        kinds.update({f"share/{a.per}": a.label for a in AGGREGATES.values() if a.metric == name and a.per})
        for kind, text in kinds.items():
            assert shown.setdefault(text, (name, kind)) == (name, kind), (text, shown[text], (name, kind))
