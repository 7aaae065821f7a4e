"""Reports carry untrusted names (a model name is whatever the summaries file says): CSV cells never run as
spreadsheet formulas, Markdown cells never carry raw HTML or split a row, LaTeX escapes every special
character, and the HTML report's plots never parse a name as mathtext."""

from __future__ import annotations

import csv
import io
import re

import pytest

from harness.case import Case
from harness.reporting import build_tables, tables
from harness.reporting.html import render_html
from scorers import score_summary

TEXTS = ["Rivas said the flow fell by 5 percent.", "The flow fell 40 percent in three weeks. It was water theft.",
         "The flow fell by 7 percent, reportedly."]
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+cmd|' /C calc'!A0", "@SUM(1,1)", "\tx",
            "\r=1"]
SIGNATURE = "cnh:0.1.0|cases:1@abcdef012345|scorers:0.1.0|prompt:0123456789ab|samples:1|seed:0"


def _records(dam_case: Case, models: list[str]) -> list[dict]:
    return [{**score_summary(dam_case, text, summary_id=f"{j}-{i}", model=model).to_json(), "sample": i}
            for j, model in enumerate(models) for i, text in enumerate(TEXTS)]


def test_csv_cells_never_start_a_formula_and_numbers_stay_numbers(dam_case: Case) -> None:
    table, _ = build_tables(_records(dam_case, FORMULAS), {dam_case.id: dam_case})
    rows = list(csv.DictReader(io.StringIO(tables.csv(table, SIGNATURE))))  # the signature is a column
    assert rows and {r["model"] for r in rows} == {"'" + m.replace("\r", " ") for m in FORMULAS}
    for row in rows:
        for cell in row.values():
            if cell and cell[0] in "=+-@\t\r":
                float(cell)  # only a plain number may start with a sign
    values = [float(r["value"]) for r in rows if r["metric"] == "headline"]
    assert min(values) < 0  # a negative headline is written as a number, not neutralised text
    assert not any(r["value"].startswith("'") for r in rows)


def test_csv_safe_keeps_numbers_and_neutralises_text() -> None:
    assert tables.csv_safe(-4.5) == -4.5 and tables.csv_safe("-4.5") == "-4.5"
    assert tables.csv_safe("lead-3") == "lead-3"
    assert tables.csv_safe("-1+A1") == "'-1+A1" and tables.csv_safe("@x") == "'@x"
    assert tables.csv_safe("\t=1") == "'\t=1"


def test_markdown_escapes_html_and_pipes(dam_case: Case) -> None:
    hostile = ["<img src=x onerror=alert(1)>", "a|b|c", "[link](http://evil.example) `code` *x*"]
    table, comparisons = build_tables(_records(dam_case, hostile), {dam_case.id: dam_case})
    md = tables.markdown(table, SIGNATURE, comparisons)
    assert "<img" not in md and "&lt;img src=x onerror=alert(1)&gt;" in md
    assert "[link](" not in md and "\\[link\\](http://evil.example) \\`code\\` \\*x\\*" in md
    header = md.splitlines()[0]
    columns = len(re.findall(r"(?<!\\)\|", header))
    for line in md.splitlines():
        if line.startswith("|"):
            assert len(re.findall(r"(?<!\\)\|", line)) in (columns, 7), line  # 7: the comparison table's rows
    assert "a\\|b\\|c" in md


@pytest.mark.parametrize("name", ["a^b~c", "x\\y{z}", "$\\frac$ & 50% #1 _u_ <>|"])
def test_latex_escapes_every_special(dam_case: Case, name: str) -> None:
    table, comparisons = build_tables(_records(dam_case, [name, "plain"]), {dam_case.id: dam_case})
    tex = tables.latex(table, SIGNATURE, comparisons=comparisons)
    row = next(line for line in tex.splitlines() if line.startswith(tables.tex_escape(name)))
    cell = row.split(" & ")[0]
    # removing the escapes leaves no special character: each was replaced by a command or a backslash pair
    bare = re.sub(r"\\text\w+\{\}|\\[&%$#_{}]|\$\\\w+\$", "", cell)
    assert not set(bare) & set("\\&%$#_{}~^<>|"), (name, cell)
    assert tables.tex_escape("a^b~c") == r"a\textasciicircum{}b\textasciitilde{}c"
    assert tables.tex_escape("\\{") == r"\textbackslash{}\{"


def test_html_report_survives_mathtext_in_a_model_name(dam_case: Case) -> None:
    names = ["$\\frac$", "$x^2$ $", "plain"]
    page = render_html([(SIGNATURE, _records(dam_case, names), {})], {dam_case.id: dam_case})
    assert "$\\frac$" in page and "<img" in page
