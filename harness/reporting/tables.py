"""Render per-model results as Markdown, LaTeX (booktabs), CSV or JSON, each with its signature line."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from harness.reporting.stats import Comparison, Estimate
from scorers.metrics import AGGREGATES, Aggregate

if TYPE_CHECKING:
    import pandas as pd


def _agg(metric: str) -> Aggregate:
    return AGGREGATES[metric]


def header(metric: str) -> str:
    """A column header: the registry's label and direction arrow (``scorers.metrics``)."""
    return _agg(metric).header if metric in AGGREGATES else metric


def _fmt(e: Estimate, metric: str) -> str:
    digits = _agg(metric).digits
    return f"{e.value:.{digits}f} ± {e.half_width:.{digits}f}"


def _best(table: pd.DataFrame, metric: str) -> set[Any]:
    """The groups with the best value of a metric (ties all count; none when all are equal)."""
    higher = _agg(metric).higher_is_better
    values = {k: round(v.value, 9) for k, v in table[metric].items() if v.value == v.value}
    if len(set(values.values())) < 2:
        return set()
    top = (max if higher else min)(values.values())
    return {k for k, v in values.items() if v == top}


def markdown(table: pd.DataFrame, signature: str, comparisons: list[Comparison] | None = None,
             by: str = "model") -> str:
    """A GitHub-ready table: value ± 95% CI half-width, best value in bold, then the signature."""
    metrics = [m for m in table.columns if m != "n"]
    head = f"| {by} | n | " + " | ".join(header(m) for m in metrics) + " |"
    lines = [head, "|---|---:|" + "---:|" * len(metrics)]
    best = {m: _best(table, m) for m in metrics}
    for key, row in table.iterrows():
        cells = []
        for m in metrics:
            cell = _fmt(row[m], m)
            cells.append(f"**{cell}**" if key in best[m] else cell)
        lines.append(f"| {key} | {row['n']} | " + " | ".join(cells) + " |")
    lines += _comparison_lines(comparisons)
    lines += ["", f"`{signature}`"]
    return "\n".join(lines)


def _comparison_lines(comparisons: list[Comparison] | None) -> list[str]:
    if not comparisons:
        return []
    out = ["", "| comparison | metric | difference (B − A) | 95% CI | p | |", "|---|---|---:|---|---:|---|"]
    for c in comparisons:
        mark = "significant" if c.significant else ""
        p = "<0.001" if c.p_value < 0.001 else f"{c.p_value:.3f}"
        out.append(f"| {c.b} vs {c.a} | {header(c.metric)} | {c.diff.value:+.3f} "
                   f"| [{c.diff.low:+.3f}, {c.diff.high:+.3f}] | {p} | {mark} |")
    return out


def _tex(text: str) -> str:
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("_", r"\_"), ("#", r"\#"),
                 ("$", r"\$"), ("{", r"\{"), ("}", r"\}"), ("↑", r"$\uparrow$"), ("↓", r"$\downarrow$")):
        text = text.replace(a, b)
    return text


def latex(table: pd.DataFrame, signature: str, by: str = "model") -> str:
    """A booktabs table: value ± CI half-width, best value bold, signature in the caption."""
    metrics = [m for m in table.columns if m != "n"]
    best = {m: _best(table, m) for m in metrics}
    lines = [r"\begin{table}[t]", r"\centering", r"\small",
             r"\begin{tabular}{l" + "r" * (len(metrics) + 1) + "}", r"\toprule",
             _tex(by.capitalize()) + " & $n$ & " + " & ".join(_tex(header(m)) for m in metrics) + r" \\",
             r"\midrule"]
    for key, row in table.iterrows():
        cells = []
        for m in metrics:
            e: Estimate = row[m]
            digits = _agg(m).digits
            cell = f"{e.value:.{digits}f} $\\pm$ {e.half_width:.{digits}f}"
            cells.append(r"\textbf{" + cell + "}" if key in best[m] else cell)
        lines.append(f"{_tex(str(key))} & {row['n']} & " + " & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}",
              r"\caption{Mean with 95\% case-bootstrap interval. Signature: \texttt{" + _tex(signature) + "}}",
              r"\end{table}"]
    return "\n".join(lines)


def tidy(table: pd.DataFrame, by: str = "model") -> list[dict[str, Any]]:
    """Long form: one row per (group, metric) with value, low and high, then the metric's registry label and
    direction (``scorers.metrics``)."""
    rows = []
    for key, row in table.iterrows():
        for m in table.columns:
            if m == "n":
                continue
            e: Estimate = row[m]
            agg = AGGREGATES.get(m)
            rows.append({by: key, "n": int(row["n"]), "metric": m, "value": e.value, "low": e.low, "high": e.high,
                         "label": agg.label if agg else m, "direction": agg.direction if agg else None})
    return rows


def csv(table: pd.DataFrame, signature: str, by: str = "model") -> str:
    """CSV in long form, the signature in a last column (so a plain ``pandas.read_csv`` reads it)."""
    import pandas as pd

    return pd.DataFrame(tidy(table, by)).assign(signature=signature).to_csv(index=False)


def as_json(table: pd.DataFrame, signature: str, comparisons: list[Comparison] | None = None,
            by: str = "model") -> str:
    """JSON: signature, per-group metrics with intervals, the metrics' labels and directions, and comparisons."""
    out: dict[str, Any] = {"signature": signature, "by": by, "results": tidy(table, by)}
    out["metrics"] = {m: {"label": AGGREGATES[m].label, "direction": AGGREGATES[m].direction,
                          "description": AGGREGATES[m].description}
                      for m in table.columns if m in AGGREGATES}
    if comparisons:
        out["comparisons"] = [{"a": c.a, "b": c.b, "metric": c.metric, "label": _agg(c.metric).label,
                               "diff": c.diff.value, "low": c.diff.low, "high": c.diff.high, "p_value": c.p_value,
                               "significant": c.significant,
                               "items": c.items} for c in comparisons]
    return json.dumps(out, indent=2)
