"""Render per-model results as Markdown, LaTeX (booktabs), CSV or JSON, each with its signature line."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from harness.reporting.stats import Comparison, Estimate, model_groups
from scorers.metrics import AGGREGATES, Aggregate

if TYPE_CHECKING:
    import pandas as pd


_MD_SPECIALS = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "\\": "\\\\", "`": "\\`", "*": "\\*",
                "[": "\\[", "]": "\\]", "\n": " ", "\r": " "}


def md_escape(text: Any) -> str:
    """Text safe inside a Markdown table cell: raw HTML becomes entities, ``|`` cannot end the cell, and
    Markdown marks (code, emphasis, links) are backslash-escaped; line breaks become spaces."""
    return "".join(_MD_SPECIALS.get(ch, ch) for ch in str(text))


_TEX_SPECIALS = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                 "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                 "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}", "↑": r"$\uparrow$",
                 "↓": r"$\downarrow$", "−": "--", "±": r"$\pm$", "\n": " ", "\r": " "}


def tex_escape(text: Any) -> str:
    """Text safe in LaTeX: every special character (``\\ & % $ # _ { } ~ ^``) replaced in one pass, so a
    replacement is never escaped again."""
    return "".join(_TEX_SPECIALS.get(ch, ch) for ch in str(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with ``= + - @``, a tab or a carriage
    return gets a leading apostrophe (numbers, and text that is a plain number such as ``-2.5``, are kept);
    line breaks inside text become spaces, so that a cell is always one line."""
    if not isinstance(value, str):
        return value
    flat = value.replace("\r", " ").replace("\n", " ")
    if not value.startswith(_FORMULA_START):
        return flat
    try:
        float(value)
    except ValueError:
        return "'" + flat
    return value


def _agg(metric: str) -> Aggregate:
    return AGGREGATES[metric]


def header(metric: str) -> str:
    """A column header: the registry's label and direction arrow (``scorers.metrics``)."""
    return _agg(metric).header if metric in AGGREGATES else metric


def _fmt(e: Estimate, metric: str, pm: str = "±") -> str:
    """``value ± half-width``, or ``– (n=0)`` when there was nothing to measure (never ``nan ± nan``)."""
    if e.empty:
        return f"– (n={int(e.n or 0)})"
    digits = _agg(metric).digits
    return f"{e.value:.{digits}f} {pm} {e.half_width:.{digits}f}"


def _best(table: pd.DataFrame, metric: str) -> set[Any]:
    """The groups with the best value of a metric (ties all count; none when all are equal)."""
    higher = _agg(metric).higher_is_better
    values = {k: round(v.value, 9) for k, v in table[metric].items() if not v.empty}
    if len(set(values.values())) < 2:
        return set()
    top = (max if higher else min)(values.values())
    return {k for k, v in values.items() if v == top}


def _metrics_of(table: pd.DataFrame) -> list[str]:
    """The metric columns of a :func:`~harness.reporting.stats.summary_table` (either shape)."""
    models = model_groups(table)
    names = table.columns.get_level_values(1) if models is not None else table.columns
    return [m for m in dict.fromkeys(names) if m != "n"]


def markdown(table: pd.DataFrame, signature: str, comparisons: list[Comparison] | None = None,
             by: str = "model") -> str:
    """A GitHub-ready table: value ± 95% CI half-width, best value in bold, then the paired tests and the
    signature. Grouped by topic or case, each model keeps its own column group (its n and its metrics)."""
    metrics = _metrics_of(table)
    models = model_groups(table)
    if models is not None:
        head = f"| {md_escape(by)} | " + " | ".join(
            f"{md_escape(model)}: {name}" for model in models for name in ("n", *map(header, metrics))) + " |"
        lines = [head, "|---|" + "---:|" * (len(models) * (len(metrics) + 1))]
        for key, row in table.iterrows():
            cells = [str(int(row[(model, "n")])) if name == "n" else _fmt(row[(model, name)], name)
                     for model in models for name in ("n", *metrics)]
            lines.append(f"| {md_escape(key)} | " + " | ".join(cells) + " |")
    else:
        head = f"| {md_escape(by)} | n | " + " | ".join(header(m) for m in metrics) + " |"
        lines = [head, "|---|---:|" + "---:|" * len(metrics)]
        best = {m: _best(table, m) for m in metrics}
        for key, row in table.iterrows():
            cells = []
            for m in metrics:
                cell = _fmt(row[m], m)
                cells.append(f"**{cell}**" if key in best[m] else cell)
            lines.append(f"| {md_escape(key)} | {row['n']} | " + " | ".join(cells) + " |")
    lines += _comparison_lines(comparisons)
    lines += ["", f"`{signature.replace('`', '')}`"]
    return "\n".join(lines)


def _comparison_lines(comparisons: list[Comparison] | None) -> list[str]:
    if not comparisons:
        return []
    out = ["", "| comparison | metric | difference (B − A) | 95% CI | p | |", "|---|---|---:|---|---:|---|"]
    for c in comparisons:
        mark = "significant" if c.significant else ""
        p = "<0.001" if c.p_value < 0.001 else f"{c.p_value:.3f}"
        out.append(f"| {md_escape(c.b)} vs {md_escape(c.a)} | {header(c.metric)} | {c.diff.value:+.3f} "
                   f"| [{c.diff.low:+.3f}, {c.diff.high:+.3f}] | {p} | {mark} |")
    return out


def _tex(text: str) -> str:
    return tex_escape(text)


def _tex_cell(e: Estimate, metric: str) -> str:
    return "--" if e.empty else _fmt(e, metric, r"$\pm$")


def latex(table: pd.DataFrame, signature: str, by: str = "model", comparisons: list[Comparison] | None = None) -> str:
    """A booktabs table: value ± CI half-width, best value bold, then the paired tests against the baseline
    (difference, 95% interval, p-value, significance) and the signature in the caption. Grouped by topic or
    case, each model keeps its own column group."""
    metrics = _metrics_of(table)
    models = model_groups(table)
    lines = [r"\begin{table}[t]", r"\centering", r"\small"]
    if models is not None:
        width = len(metrics) + 1
        lines += [r"\begin{tabular}{l" + "r" * (width * len(models)) + "}", r"\toprule",
                  " & " + " & ".join(rf"\multicolumn{{{width}}}{{c}}{{{_tex(model)}}}" for model in models) + r" \\",
                  " ".join(rf"\cmidrule(lr){{{2 + i * width}-{1 + (i + 1) * width}}}" for i in range(len(models))),
                  _tex(by.capitalize()) + " & " + " & ".join(
                      " & ".join(["$n$", *(_tex(header(m)) for m in metrics)]) for _ in models) + r" \\",
                  r"\midrule"]
        for key, row in table.iterrows():
            cells = [str(int(row[(model, "n")])) if name == "n" else _tex_cell(row[(model, name)], name)
                     for model in models for name in ("n", *metrics)]
            lines.append(f"{_tex(str(key))} & " + " & ".join(cells) + r" \\")
    else:
        best = {m: _best(table, m) for m in metrics}
        lines += [r"\begin{tabular}{l" + "r" * (len(metrics) + 1) + "}", r"\toprule",
                  _tex(by.capitalize()) + " & $n$ & " + " & ".join(_tex(header(m)) for m in metrics) + r" \\",
                  r"\midrule"]
        for key, row in table.iterrows():
            cells = []
            for m in metrics:
                cell = _tex_cell(row[m], m)
                cells.append(r"\textbf{" + cell + "}" if key in best[m] else cell)
            lines.append(f"{_tex(str(key))} & {row['n']} & " + " & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}"]
    if comparisons:
        lines += [r"\par\medskip", r"\begin{tabular}{llrlrl}", r"\toprule",
                  r"Comparison & Metric & Difference (B -- A) & 95\% CI & $p$ & \\", r"\midrule"]
        for c in comparisons:
            p = "$<$0.001" if c.p_value < 0.001 else f"{c.p_value:.3f}"
            lines.append(f"{_tex(c.b)} vs {_tex(c.a)} & {_tex(header(c.metric))} & ${c.diff.value:+.3f}$ & "
                         f"$[{c.diff.low:+.3f}, {c.diff.high:+.3f}]$ & {p} & "
                         f"{'significant' if c.significant else ''} \\\\")
        lines.append(r"\bottomrule")
        lines.append(r"\end{tabular}")
    tests = " Differences with the baseline: paired permutation test." if comparisons else ""
    lines += [r"\caption{Mean with 95\% case-bootstrap interval." + tests + r" Signature: \texttt{"
              + _tex(signature) + "}}", r"\end{table}"]
    return "\n".join(lines)


def _num(x: float) -> float | None:
    """A value for JSON and CSV: None (null, an empty cell) instead of NaN or infinity."""
    return x if x == x and x not in (float("inf"), float("-inf")) else None


def tidy(table: pd.DataFrame, by: str = "model") -> list[dict[str, Any]]:
    """Long form: one row per (group, metric), or per (group, model, metric) when grouped by topic or case,
    with n, value, low and high (None when there was nothing to measure), then the metric's registry label
    and direction (``scorers.metrics``)."""
    models = model_groups(table)
    metrics = _metrics_of(table)
    rows = []
    for key, row in table.iterrows():
        for model in models if models is not None else [None]:
            for m in metrics:
                e: Estimate = row[(model, m)] if model is not None else row[m]
                n = row[(model, "n")] if model is not None else row["n"]
                agg = AGGREGATES.get(m)
                head: dict[str, Any] = {by: key} if model is None else {by: key, "model": model}
                rows.append({**head, "n": int(n), "metric": m, "value": _num(e.value), "low": _num(e.low),
                             "high": _num(e.high), "label": agg.label if agg else m,
                             "direction": agg.direction if agg else None})
    return rows


def csv(table: pd.DataFrame, signature: str, by: str = "model") -> str:
    """CSV in long form, the signature in a last column (so a plain ``pandas.read_csv`` reads it)."""
    import pandas as pd

    rows = [{k: csv_safe(v) for k, v in row.items()} for row in tidy(table, by)]
    return pd.DataFrame(rows).assign(signature=signature).to_csv(index=False)


def as_json(table: pd.DataFrame, signature: str, comparisons: list[Comparison] | None = None,
            by: str = "model") -> str:
    """JSON: signature, per-group metrics with intervals, the metrics' labels and directions, and comparisons."""
    out: dict[str, Any] = {"signature": signature, "by": by, "results": tidy(table, by)}
    out["metrics"] = {m: {"label": AGGREGATES[m].label, "direction": AGGREGATES[m].direction,
                          "description": AGGREGATES[m].description}
                      for m in _metrics_of(table) if m in AGGREGATES}
    if comparisons:
        out["comparisons"] = [{"a": c.a, "b": c.b, "metric": c.metric, "label": _agg(c.metric).label,
                               "diff": c.diff.value, "low": c.diff.low, "high": c.diff.high, "p_value": c.p_value,
                               "significant": c.significant,
                               "items": c.items} for c in comparisons]
    return json.dumps(out, indent=2, allow_nan=False)
