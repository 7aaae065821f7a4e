"""Score records → one self-contained HTML report (inline CSS and PNG plots, no external URLs, no JavaScript).

The report holds: the runs' signature lines; a per-model table of the main metrics with 95% bootstrap
intervals; two plots (headline score with error bars, verdict shares); per-topic and per-case breakdowns;
and a drill-down with one ``<details>`` per summary, its text with every evidence span highlighted.

Model output is untrusted: every piece of summary text and every record field goes through
:func:`html.escape`. Highlights are computed on the raw text and each piece between span boundaries is
escaped on its own, so no raw summary character ever reaches the document.
"""

from __future__ import annotations

import base64
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from harness.reporting.frame import records_frame
from harness.reporting.stats import MAIN_METRICS, Estimate, summary_table
from scorers.metrics import AGGREGATES, METRICS, is_narrator_loaded, is_numeric_error

if TYPE_CHECKING:
    import pandas as pd

VERDICTS = ("attributed", "hedged", "misattributed", "unattributed")
VERDICT_COLOURS = {"attributed": "#2e8b57", "hedged": "#d4a017", "misattributed": "#8e44ad", "unattributed": "#d9534f"}
NUMBER_VERDICTS = ("correct", "derived", "wrong", "unsupported")

CSS = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2330;
 margin:0;background:#f6f7f9}
main{max-width:1200px;margin:0 auto;padding:18px 28px 40px}
h1{font-size:24px;margin:0 0 6px}
h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid #dde1e7}
h3{font-size:15px;margin:18px 0 6px}
h4{font-size:14px;margin:12px 0 4px;color:#444}
.sig{font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#fff;border:1px solid #dde1e7;
 border-radius:4px;padding:6px 10px;margin:4px 0;overflow-wrap:anywhere}
.muted{color:#667085}
table{border-collapse:collapse;background:#fff;margin:6px 0 10px;font-size:13px}
th,td{border:1px solid #dde1e7;padding:4px 9px;text-align:right;white-space:nowrap}
th{background:#eef1f5;font-weight:600}
td:first-child,th:first-child{text-align:left}
td.label{white-space:normal;min-width:180px;max-width:380px}
td.ci{font-variant-numeric:tabular-nums}
td.ci small{color:#667085}
.scroll{overflow-x:auto}
.plots{display:flex;flex-wrap:wrap;gap:12px}
.plots figure{margin:0;background:#fff;border:1px solid #dde1e7;border-radius:4px;padding:6px}
.plots img{display:block;max-width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;font-size:12.5px;background:#fff;
 border:1px solid #dde1e7;border-radius:4px;padding:6px 10px;margin:6px 0}
details{background:#fff;border:1px solid #dde1e7;border-radius:4px;margin:5px 0;padding:0 10px}
details[open]{padding-bottom:8px}
summary{cursor:pointer;padding:6px 0;font-size:13px}
summary code{font-size:12px}
.badge{display:inline-block;border-radius:9px;padding:0 7px;margin-left:4px;font-size:11.5px;color:#fff}
.summary-text{white-space:pre-wrap;line-height:1.9;font-size:14px;background:#fcfcfd;border:1px solid #eceff3;
 border-radius:3px;padding:8px 10px;margin:6px 0}
.hl{border-radius:2px;padding:1px 0}
.claim{border-bottom:2px solid}
.claim.attributed{background:#d3eedc;border-color:#2e8b57}.claim.hedged{background:#fbefc0;border-color:#d4a017}
.claim.misattributed{background:#ead9f5;border-color:#8e44ad}.claim.unattributed{background:#f8d0d0;border-color:#d9534f}
.num{font-weight:600;padding:0 2px;border-radius:3px}
.num.correct{border:1.5px solid #2e8b57;color:#1f6b40}
.num.derived{border:1.5px dotted #2f6fb5;color:#23578f}
.num.wrong{border:2px solid #c0392b;color:#a5281b;background:#fff}
.num.unsupported{border:2px dashed #c0392b;color:#a5281b;background:#fff}
.loaded.narrator{text-decoration:underline wavy #c0392b;text-decoration-thickness:1.5px;text-underline-offset:3px}
.loaded.quoted,.loaded.attributed{text-decoration:underline dotted #667085;text-underline-offset:3px}
.findings{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:4px 18px;font-size:12.5px}
.findings h5{margin:6px 0 2px;font-size:12.5px}
.findings ul{margin:0;padding-left:18px}
.findings li{margin:1px 0}
.v{font-weight:600}
.v.attributed,.v.correct{color:#1f6b40}.v.hedged{color:#9a7400}.v.misattributed{color:#7a3296}
.v.unattributed,.v.wrong,.v.unsupported,.v.narrator{color:#b02a1c}.v.derived{color:#23578f}
.evidence{color:#475467}
.errors li{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
"""


@dataclass
class _Span:
    """One highlight: a half-open character range with its CSS classes and tooltip."""

    start: int
    end: int
    classes: str
    title: str
    rank: int  # ties on identical ranges: lower rank is the outer element
    children: list[_Span] = field(default_factory=list)


def _e(value: Any) -> str:
    """Escape any value for HTML text or a double-quoted attribute (None → empty)."""
    return escape("" if value is None else str(value), quote=True)


def _cls(value: Any) -> str:
    """A record field usable as a CSS class: known safe tokens only, anything else becomes ``other``."""
    text = str(value)
    return text if text in {*VERDICTS, *NUMBER_VERDICTS, "narrator", "quoted", "attributed"} else "other"


def _items(rec: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """The dict entries of a record's list field (anything malformed is skipped)."""
    value = rec.get(key)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _valid_span(span: Any, length: int) -> tuple[int, int] | None:
    """A record's ``[start, end]`` as a pair of ints inside the text, or None when it is unusable."""
    if not isinstance(span, list | tuple) or len(span) != 2:
        return None
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return None
    if not 0 <= start < end <= length:
        return None
    return start, end


def _record_spans(rec: dict[str, Any], length: int) -> list[_Span]:
    """Every evidence span of a score record (claims, numbers, narrator loaded terms) as highlights."""
    spans: list[_Span] = []
    for claim in _items(rec, "claims"):
        rng = _valid_span(claim.get("span"), length)
        if rng:
            title = (f"claim {claim.get('claim_id')}: {claim.get('verdict')}; source: {claim.get('source') or '—'}; "
                     f"rule: {claim.get('rule') or '—'}")
            spans.append(_Span(*rng, f"hl claim {_cls(claim.get('verdict'))}", title, 0))
    for num in _items(rec, "numbers"):
        rng = _valid_span(num.get("span"), length)
        if rng:
            target = f" → {num.get('number_id')}" if num.get("number_id") else ""
            reason = f"; reason: {num.get('reason')}" if num.get("reason") else ""
            title = f"number {num.get('text')}: {num.get('verdict')}{target}{reason}; rule: {num.get('rule') or '—'}"
            spans.append(_Span(*rng, f"hl num {_cls(num.get('verdict'))}", title, 2))
    for term in _items(rec, "loaded"):
        rng = _valid_span(term.get("span"), length)
        if rng:
            title = f"loaded term '{term.get('term')}' ({term.get('voice')}); rule: {term.get('rule') or '—'}"
            spans.append(_Span(*rng, f"hl loaded {_cls(term.get('voice'))}", title, 1))
    return spans


def _nest(spans: list[_Span]) -> tuple[list[_Span], list[_Span]]:
    """Arrange spans into a forest: a span inside another becomes its child.

    A span that crosses the boundary of an earlier one (partial overlap) cannot nest; the outer, earlier
    span is kept and the crossing one is returned as dropped (it is still listed below the text).

    Returns:
        (top-level spans with their children, dropped spans)
    """
    roots: list[_Span] = []
    dropped: list[_Span] = []
    stack: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.rank)):
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            dropped.append(span)
            continue
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return roots, dropped


def highlight(text: str, rec: dict[str, Any]) -> str:
    """The summary text as escaped HTML with each evidence span of ``rec`` wrapped in a titled ``<span>``.

    Args:
        text: the raw (untrusted) summary text.
        rec: its score record; spans are character offsets into ``text``.

    Returns:
        HTML in which every text piece is escaped separately; each highlight carries ``data-span="start-end"``.
    """
    roots, _ = _nest(_record_spans(rec, len(text)))

    def render(start: int, end: int, children: list[_Span]) -> str:
        out: list[str] = []
        pos = start
        for child in children:
            out.append(escape(text[pos:child.start], quote=True))
            out.append(f'<span class="{child.classes}" title="{_e(child.title)}" data-span="{child.start}-{child.end}">'
                       f"{render(child.start, child.end, child.children)}</span>")
            pos = child.end
        out.append(escape(text[pos:end], quote=True))
        return "".join(out)

    return render(0, len(text), roots)


def _format(metric: str) -> tuple[float, str, int]:
    """(scale, unit, decimals) of a metric's cells: shares as percentages, scores and counts as they are."""
    agg = AGGREGATES[metric]
    if agg.share:
        return 100.0, "%", 1
    return 1.0, "", 1 if agg.of.unit == "score" else 2


def _fmt(metric: str, est: Any) -> str:
    """A table cell: ``value ± half-width`` (shares as percentages), the interval in the tooltip."""
    if not isinstance(est, Estimate) or est.empty:
        n = int(est.n or 0) if isinstance(est, Estimate) else 0
        return f'<td class="ci muted" title="nothing to measure">– (n={n})</td>'
    scale, unit, digits = _format(metric)
    value, hw, lo, hi = (scale * x for x in (est.value, est.half_width, est.low, est.high))
    title = f"95% CI [{lo:.{digits}f}, {hi:.{digits}f}]{unit}"
    return f'<td class="ci" title="{_e(title)}">{value:.{digits}f}{unit} <small>± {hw:.{digits}f}</small></td>'


def _metric_header(metric: str) -> str:
    """A column header from the metric registry: label and arrow, the name and description in the tooltip."""
    agg = AGGREGATES[metric]
    title = f"{metric}: {agg.description} ({agg.direction} is better)"
    return f'<th title="{_e(title)}">{_e(agg.header)}</th>'


def _model_table(table: pd.DataFrame) -> str:
    head = "".join(_metric_header(m) for m in MAIN_METRICS)
    rows = []
    for model, row in table.iterrows():
        cells = "".join(_fmt(m, row[m]) for m in MAIN_METRICS)
        rows.append(f"<tr><td>{_e(model)}</td><td>{int(row['n'])}</td>{cells}</tr>")
    return f"<table><thead><tr><th>Model</th><th>n</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _breakdown_table(df: pd.DataFrame, by: str, models: list[str], labels: dict[str, str] | None = None) -> str:
    """Rows = groups (topics or cases), one column group per model: its n, headline and coverage."""
    metrics = ("headline", "coverage")
    table = summary_table(df, by, metrics, resamples=500)
    head1 = "".join(f'<th colspan="{len(metrics) + 1}">{_e(m)}</th>' for m in models)
    head2 = "".join("<th>n</th>" + "".join(_metric_header(m) for m in metrics) for _ in models)
    rows = []
    for key, row in table.iterrows():
        label = _e(key)
        if labels and key in labels:
            label = f"{_e(labels[key])} <small class=muted>{label}</small>"
        cells = []
        for model in models:
            n = int(row[(model, "n")]) if (model, "n") in row.index else 0
            cells.append(f"<td>{n}</td>")
            cells += [_fmt(m, row[(model, m)] if n else None) for m in metrics]
        rows.append(f'<tr><td class="label">{label}</td>{"".join(cells)}</tr>')
    name = {"topic": "Topic", "case_id": "Case"}.get(by, by)
    return (f'<table><thead><tr><th rowspan="2">{_e(name)}</th>{head1}</tr>'
            f"<tr>{head2}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _scroll(table: str) -> str:
    """Wrap a wide table so that it scrolls instead of overflowing the page."""
    return f'<div class="scroll">{table}</div>'


def _png(fig: Any) -> str:
    """A matplotlib figure as an ``<img>`` with a base64 PNG data URI."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img alt="plot" src="data:image/png;base64,{data}">'


def _plots(table: pd.DataFrame, df: pd.DataFrame) -> str:
    """Headline per model with 95% CI error bars, and stacked verdict shares per model."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    models = list(table.index)
    height = 0.6 + 0.42 * max(len(models), 2)
    ypos = list(range(len(models)))[::-1]

    fig = Figure(figsize=(5.4, height + 0.7), layout="constrained")
    ax = fig.add_subplot()
    values, err_lo, err_hi = [], [], []
    for model in models:
        est = table.loc[model, "headline"]
        values.append(0.0 if math.isnan(est.value) else est.value)
        err_lo.append(max(est.value - est.low, 0.0) if not math.isnan(est.value) else 0.0)
        err_hi.append(max(est.high - est.value, 0.0) if not math.isnan(est.value) else 0.0)
    ax.barh(ypos, values, xerr=[err_lo, err_hi], color="#4c72b0", height=0.6, capsize=4,
            error_kw={"elinewidth": 1.2, "ecolor": "#1d2330"})
    for y, v, hi in zip(ypos, values, err_hi, strict=True):
        ax.text(min(v + hi + 1.5, 96), y, f"{v:.1f}", va="center", fontsize=9)
    ax.set_yticks(ypos, [str(m) for m in models], fontsize=9, parse_math=False)  # a name is text, never mathtext
    lowest = min([0.0] + [v - lo for v, lo in zip(values, err_lo, strict=True)])
    ax.set_xlim(max(-100.0, 10 * math.floor(lowest / 10)), 100)  # the score is negative when misleading outweighs
    if lowest < 0:
        ax.axvline(0, color="#1d2330", linewidth=0.8)
    headline = AGGREGATES["headline"]
    ax.set_xlabel(f"{headline.label} (−100 to 100, {headline.direction} is better), 95% CI", fontsize=9)
    ax.set_title(f"{headline.label} per model", fontsize=10.5)
    ax.tick_params(axis="x", labelsize=8.5)
    ax.spines[["top", "right"]].set_visible(False)
    first = _png(fig)

    fig = Figure(figsize=(5.4, height + 0.7), layout="constrained")
    ax = fig.add_subplot()
    sums = df.groupby("model")[list(VERDICTS)].sum()
    left = [0.0] * len(models)
    for verdict in VERDICTS:
        shares = []
        for model in models:
            total = float(sums.loc[model].sum()) if model in sums.index else 0.0
            shares.append(float(sums.loc[model, verdict]) / total if total else 0.0)
        ax.barh(ypos, shares, left=left, color=VERDICT_COLOURS[verdict], height=0.6, label=verdict)
        left = [a + b for a, b in zip(left, shares, strict=True)]
    for y, total in zip(ypos, left, strict=True):
        if total == 0:
            ax.text(0.02, y, "no claims mentioned", va="center", fontsize=8.5, color="#667085")
    ax.set_yticks(ypos, [str(m) for m in models], fontsize=9, parse_math=False)  # a name is text, never mathtext
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("share of claim verdicts", fontsize=9)
    ax.set_title("Claim verdicts per model", fontsize=10.5)
    ax.tick_params(axis="x", labelsize=8.5)
    ax.spines[["top", "right"]].set_visible(False)
    fig.legend(ncols=4, fontsize=8, loc="outside lower center", frameon=False)
    second = _png(fig)
    return f'<div class="plots"><figure>{first}</figure><figure>{second}</figure></div>'


def _legend() -> str:
    claims = " ".join(f'<span class="hl claim {v}">{v}</span>' for v in VERDICTS)
    numbers = " ".join(f'<span class="hl num {v}">{v}</span>' for v in NUMBER_VERDICTS)
    return (f'<div class="legend"><b>Claims:</b> {claims} <b>Numbers:</b> {numbers} '
            f'<b>{_e(METRICS["loaded_terms"].label)}:</b> <span class="hl loaded narrator">narrator’s voice</span> '
            '<span class="muted">(hover a highlight for claim id, verdict, source and rule)</span></div>')


def _findings(rec: dict[str, Any], text: str | None) -> str:
    """Lists of the claim verdicts, numbers and loaded terms of one record."""
    parts = []
    claims = _items(rec, "claims")
    items = []
    for c in claims:
        source = f" — source <code>{_e(c.get('source'))}</code>" if c.get("source") else ""
        said = f" (“{_e(c.get('source_text'))}”)" if c.get("source_text") else ""
        items.append(f'<li><code>{_e(c.get("claim_id"))}</code>: <span class="v {_cls(c.get("verdict"))}">'
                     f'{_e(c.get("verdict"))}</span>{source}{said}; <span class="muted">{_e(c.get("rule"))}</span>'
                     f'<br><span class="evidence">“{_e(c.get("evidence"))}”</span></li>')
    parts.append(f"<div><h5>Claims ({len(claims)})</h5><ul>{''.join(items) or '<li class=muted>none</li>'}</ul></div>")
    numbers = _items(rec, "numbers")
    items = []
    for n in numbers:
        target = f" → <code>{_e(n.get('number_id'))}</code>" if n.get("number_id") else ""
        reason = f" ({_e(n.get('reason'))})" if n.get("reason") else ""
        verdict = f'<span class="v {_cls(n.get("verdict"))}">{_e(n.get("verdict"))}</span>'
        items.append(f'<li>“<span class="evidence">{_e(n.get("text"))}</span>”: {verdict}{reason}{target}; '
                     f'<span class="muted">{_e(n.get("rule"))}</span></li>')
    parts.append(f"<div><h5>Numbers ({len(numbers)})</h5><ul>{''.join(items) or '<li class=muted>none</li>'}</ul>"
                 + _loaded_list(rec) + "</div>")
    if text is not None:
        _, dropped = _nest(_record_spans(rec, len(text)))
        bad = [x for key in ("claims", "numbers", "loaded") for x in _items(rec, key)
               if _valid_span(x.get("span"), len(text)) is None]
        if dropped or bad:
            parts.append(f'<div class="muted">{len(dropped)} overlapping span(s) not highlighted; '
                         f"{len(bad)} span(s) outside the text.</div>")
    return f'<div class="findings">{"".join(parts)}</div>'


def _loaded_list(rec: dict[str, Any]) -> str:
    loaded = _items(rec, "loaded")
    items = [f'<li>“<span class="evidence">{_e(t.get("term"))}</span>”: <span class="v {_cls(t.get("voice"))}">'
             f'{_e(t.get("voice"))}</span>; <span class="muted">{_e(t.get("rule"))}</span></li>' for t in loaded]
    narrator = sum(is_narrator_loaded(t) for t in loaded)
    head = f"{_e(METRICS['loaded_terms'].label)} found ({len(loaded)}; {narrator} in the narrator’s voice)"
    return f"<h5>{head}</h5><ul>{''.join(items) or '<li class=muted>none</li>'}</ul>"


def _badges(rec: dict[str, Any], headline: float | None) -> str:
    counts: dict[str, int] = defaultdict(int)
    for c in _items(rec, "claims"):
        counts[str(c.get("verdict"))] += 1
    out = [f'<span class="badge" style="background:{VERDICT_COLOURS[v]}" title="{v}">{counts[v]} {v[:5]}.</span>'
           for v in VERDICTS if counts[v]]
    errors = sum(is_numeric_error(n) for n in _items(rec, "numbers"))
    if errors:
        out.append(f'<span class="badge" style="background:#a5281b">{errors} {_e(METRICS["numeric_errors"].label)}'
                   "</span>")
    loaded = sum(is_narrator_loaded(t) for t in _items(rec, "loaded"))
    if loaded:
        out.append(f'<span class="badge" style="background:#555">{loaded} {_e(METRICS["loaded_terms"].label)}</span>')
    score = "" if headline is None else f" · {_e(AGGREGATES['headline'].label)} <b>{headline:.1f}</b>"
    return score + " " + "".join(out)


def _variety(rec: dict[str, Any]) -> int:
    """How many kinds of finding a record shows (claim verdicts, number verdicts, loaded-term voices)."""
    return len({("c", c.get("verdict")) for c in _items(rec, "claims")}
               | {("n", n.get("verdict")) for n in _items(rec, "numbers")}
               | {("l", t.get("voice")) for t in _items(rec, "loaded")})


def _drilldown(items: list[tuple[str, dict[str, Any], dict[str, Any] | None, float | None]],
               cases: dict[str, Any]) -> str:
    """One ``<details>`` per summary, grouped by model then case."""
    by_model: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for model, rec, summary, score in items:
        by_model[model][str(rec.get("case_id"))].append((rec, summary, score))
    out = []
    example = max((rec for _, rec, _, _ in items), key=_variety, default=None)  # starts open, to show the highlights
    for model in sorted(by_model):
        out.append(f"<h3>{_e(model)}</h3>")
        for case_id in sorted(by_model[model]):
            case = cases.get(case_id)
            title = f" — {_e(case.title)}" if case is not None and getattr(case, "title", None) else ""
            out.append(f"<h4><code>{_e(case_id)}</code>{title}</h4>")
            for rec, summary, score in by_model[model][case_id]:
                text = summary.get("text") if isinstance(summary, dict) else rec.get("text")
                if isinstance(text, str):
                    body = f'<div class="summary-text">{highlight(text, rec)}</div>'
                else:
                    body = '<p class="muted">summary text not available</p>'
                    text = None
                opened = " open" if rec is example else ""
                head = f"<code>{_e(rec.get('summary_id'))}</code>{_badges(rec, score)}"
                out.append(f"<details{opened}><summary>{head}</summary>{body}{_findings(rec, text)}</details>")
    return "".join(out)


def render_html(runs: list[tuple[str, list[dict[str, Any]], dict[str, dict[str, Any]]]], cases: dict[str, Any], *,
                title: str = "cnh report") -> str:
    """Render runs into one self-contained HTML document.

    Args:
        runs: one ``(signature, score records, summaries by summary_id)`` triple per run; a summary is a
            dict with at least ``"text"``. When one model name occurs in several runs, its rows are labelled
            ``model [run N]`` so the runs stay apart.
        cases: case id → :class:`~harness.case.Case` (topics, titles, which claims are contested).
        title: the document title.

    Returns:
        The HTML document: inline CSS, plots as base64 PNG ``data:`` URIs, no external references and no
        script. All record fields and summary text are escaped.
    """
    models_per_run = [{str(r.get("model") or "-") for r in recs if "error" not in r} for _, recs, _ in runs]
    seen: dict[str, int] = defaultdict(int)
    for names in models_per_run:
        for name in names:
            seen[name] += 1

    def label(name: str, index: int) -> str:
        return f"{name} [run {index + 1}]" if seen[name] > 1 else name

    all_records: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    items: list[tuple[str, dict[str, Any], dict[str, Any] | None, float | None]] = []
    for index, (_, records, summaries) in enumerate(runs):
        for rec in records:
            if "error" in rec:
                errors.append(rec)
                continue
            model = label(str(rec.get("model") or "-"), index)
            rec = {**rec, "model": model}
            all_records.append(rec)
            items.append((model, rec, summaries.get(str(rec.get("summary_id"))), None))
    df = records_frame(all_records, cases)
    scores = {(row.model, row.summary_id): float(row.headline) for row in df.itertuples()}
    items = [(m, r, s, scores.get((m, r.get("summary_id")))) for m, r, s, _ in items]

    sigs = "".join(f'<div class="sig">{_e(sig)}</div>' for sig, _, _ in runs)
    parts = [f"<h1>{_e(title)}</h1>", sigs,
             f'<p class="muted">{len(df)} scored summaries · {df.model.nunique() if len(df) else 0} model(s) · '
             f"{df.case_id.nunique() if len(df) else 0} case(s) · 95% intervals from a case bootstrap "
             "(value ± half-width; hover a cell for the interval).</p>"]
    if len(df):
        table = summary_table(df, "model")
        models = [str(m) for m in table.index]
        titles = {cid: c.title for cid, c in cases.items() if getattr(c, "title", None)}
        parts += ["<h2>Models</h2>", _scroll(_model_table(table)), _plots(table, df),
                  "<h2>By topic</h2>", _scroll(_breakdown_table(df, "topic", models)),
                  "<h2>By case</h2>", _scroll(_breakdown_table(df, "case_id", models, titles))]
    else:
        parts.append('<p class="muted">No scored summaries.</p>')
    if errors:
        lines = "".join(f"<li>{_e(r.get('summary_id') or '?')}: {_e(r.get('error'))}</li>" for r in errors)
        parts.append(f'<h2>Errors ({len(errors)})</h2><ul class="errors">{lines}</ul>')
    parts += ["<h2>Summaries</h2>", _legend(), _drilldown(items, cases)]
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body><main>\n{body}\n</main></body></html>\n")


__all__ = ["highlight", "render_html"]
