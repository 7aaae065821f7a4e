"""``cnh view``: an interactive, offline, single-file page for browsing the summaries of one or more runs.

The page lists every summary with filters (run, model, case, topic, prompt, claim verdict, numeric-error
kind, loaded term, free text), sortable columns, a detail pane with every evidence span highlighted in the
summary text and the rule (id and description) behind each verdict, and a side-by-side comparison of the
models and runs that summarised the same case with the same prompt.

Everything is in one HTML file: inline CSS and JavaScript, the data as JSON in a
``<script type="application/json">`` element (with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc., so no
summary can close the element), and a Content-Security-Policy that allows only that inline script and
style (no network at all). The script inserts every piece of untrusted text (summaries, model names, ids)
with ``textContent``, never as HTML.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.view.assets import CSS, JS

if TYPE_CHECKING:
    from harness.case import Case
    from harness.reporting.load import Run

__all__ = ["build_data", "render_page", "serve_page", "view_runs"]

_HEADLINE_INPUTS = ("coverage", "claims_mentioned", "attributed", "hedged", "numbers_found", "numeric_errors",
                    "loaded_terms")


@dataclass
class ViewRun:
    """One run as the page shows it: a short label, where it came from, its signature and its records."""

    label: str
    path: str
    signature: str
    records: list[dict[str, Any]]
    summaries: dict[str, dict[str, Any]]


def _run_label(run: Run, seen: set[str]) -> str:
    """The run id from ``run.json`` (else the directory name), made unique among the runs shown."""
    label = run.path.name or str(run.path)
    manifest = run.path / "run.json"
    if manifest.is_file():
        with contextlib.suppress(OSError, ValueError):
            label = str(json.loads(manifest.read_text(encoding="utf-8")).get("run_id") or label)
    base, n = label, 2
    while label in seen:
        label, n = f"{base} ({n})", n + 1
    seen.add(label)
    return label


def _case_json(case: Case) -> dict[str, Any]:
    """What the page needs of a case: title, topic, claim statements, numbers, loaded terms (no article)."""
    return {
        "title": case.title, "topic": case.topic, "constructed": case.constructed,
        "sources": {s.id: s.name for s in case.sources},
        "claims": {c.id: {"statement": c.statement, "source": c.source, "contested": c.contested,
                          "required": c.required} for c in case.claims},
        "numbers": {n.id: {"value": n.value, "unit": n.unit, "qualifier": n.qualifier, "referent": n.referent}
                    for n in case.numbers},
        "loaded": {t.term: {"side": t.side, "neutral": t.neutral} for t in case.loaded_terms},
    }


def _metrics(rec: dict[str, Any], case: Case | None) -> dict[str, float]:
    """The summary's per-summary metrics (the registry's, headline included) or, without its case, the
    record's own ``metrics`` (no headline: it needs the case)."""
    if case is not None:
        from harness.reporting.frame import record_row
        from scorers.metrics import METRICS

        row = record_row(rec, case)
        return {name: float(row[name]) for name in METRICS if name in row}
    return {k: float(v) for k, v in (rec.get("metrics") or {}).items() if isinstance(v, int | float)}


def _item(index: int, run_index: int, rec: dict[str, Any], run: ViewRun, cases: dict[str, Case]) -> dict[str, Any]:
    """One summary for the page: ids, text, verdicts (as recorded) and metrics."""
    sid = rec.get("summary_id")
    summary = run.summaries.get(str(sid), {}) if sid is not None else {}
    text = rec.get("text", summary.get("text"))
    case = cases.get(str(rec.get("case_id")))
    item: dict[str, Any] = {
        "i": index, "run": run_index,
        "model": str(rec.get("model") or summary.get("model") or "-"),
        "case_id": str(rec.get("case_id") or "-"), "summary_id": str(sid if sid is not None else "-"),
        "prompt": str(rec.get("prompt", summary.get("prompt", "-"))),
        "sample": rec.get("sample", summary.get("sample", 0)),
        "text": text if isinstance(text, str) else None,
        "topic": case.topic if case else None,
        # a generation that stopped at max_tokens (issue 18): flagged in the list's filter and the detail pane
        "truncated": bool(rec.get("truncated", summary.get("truncated", False))),
        "finish_reason": rec.get("finish_reason", summary.get("finish_reason")),
    }
    if "error" in rec:
        item.update(error=str(rec["error"]), claims=[], numbers=[], loaded=[], metrics={})
        return item
    item.update(claims=rec.get("claims") or [], numbers=rec.get("numbers") or [], loaded=rec.get("loaded") or [],
                metrics=_metrics(rec, case))
    return item


def build_data(runs: list[ViewRun], cases: dict[str, Case], *, title: str) -> dict[str, Any]:
    """The JSON the page is built from: runs, cases, the rulebook and one item per score record.

    Args:
        runs: the runs to show, in order (their labels tell them apart).
        cases: case id → case; cases not given still show, without topic, claim statements or headline.
        title: the page title.
    """
    from scorers.metrics import METRICS
    from scorers.rulebook import rules

    items = []
    for r, run in enumerate(runs):
        for rec in run.records:
            items.append(_item(len(items), r, rec, run, cases))
    used = {str(rec.get("case_id")) for run in runs for rec in run.records}
    return {
        "title": title,
        "runs": [{"label": run.label, "path": run.path, "signature": run.signature} for run in runs],
        "cases": {cid: _case_json(case) for cid, case in sorted(cases.items()) if cid in used},
        "rules": {rid: {"stage": rule.stage, "description": rule.description} for rid, rule in rules().items()},
        "metrics": {name: {"label": m.label, "direction": m.direction} for name, m in METRICS.items()},
        "summaries": items,
    }


def _json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the two JS line separators escaped
    (they can only occur inside JSON strings, where ``\\uXXXX`` means the same character)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def render_page(data: dict[str, Any]) -> str:
    """The self-contained HTML page for :func:`build_data`'s output.

    The Content-Security-Policy allows exactly the page's own inline script and style (by hash), images
    only as ``data:`` URLs, and no connection anywhere: an injected element could neither run nor load.
    """
    from html import escape

    csp = (f"default-src 'none'; script-src {_csp_hash(JS)}; style-src {_csp_hash(CSS)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<link rel=\"icon\" href=\"data:,\">\n"
        f"<title>{escape(str(data.get('title', 'cnh view')))}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        "<noscript>This page needs JavaScript (it runs only the script inside this file; "
        "it loads nothing from the network).</noscript>\n"
        f"<script type=\"application/json\" id=\"cnh-data\">{_json_for_script(data)}</script>\n"
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )


def view_runs(run_paths: list[Path], cases: dict[str, Case] | None = None, *,
              summaries: Path | None = None, title: str | None = None) -> str:
    """Read run directories (or ``scores.jsonl`` files) and return the page.

    Args:
        run_paths: run directories written by ``cnh run`` or ``cnh score`` (or their ``scores.jsonl``).
        cases: case id → case, for topics, claim statements and the headline score.
        summaries: a summaries JSONL to take texts from when a record and its run directory have none
            (``cnh score`` writes no texts beside its records).
        title: the page title (default: ``cnh view — `` and the run labels).

    Raises:
        harness.reporting.load.RunError: a run is missing or malformed (the message names file and line).
    """
    from harness.reporting.load import load_run

    extra: dict[str, dict[str, Any]] = {}
    if summaries is not None:
        from harness.reporting.load import _jsonl_objects

        extra = {str(item.get("summary_id", "")): item for _, item in _jsonl_objects(summaries, lambda _: None)}
    runs: list[ViewRun] = []
    loaded: list[Run] = []
    seen: set[str] = set()
    for path in run_paths:
        run = load_run(path)
        loaded.append(run)
        runs.append(ViewRun(_run_label(run, seen), str(path), run.signature, run.records,
                            {**extra, **run.summaries}))
    title = title or "cnh view — " + ", ".join(r.label for r in runs)
    data = build_data(runs, cases or {}, title=title)
    if len(loaded) > 1:  # browsing is allowed; the page says when verdicts are not comparable
        from harness.reporting.load import NotComparableError, check_comparable

        try:
            check_comparable(loaded)
        except NotComparableError as exc:
            data["warning"] = f"these runs are not comparable (as cnh compare would refuse them): {exc}"
    return render_page(data)


def serve_page(page: str, *, host: str = "127.0.0.1", port: int = 8765, on_ready: Any = None) -> None:
    """Serve the page at ``http://HOST:PORT/`` with the standard library's ``http.server`` until interrupted.

    Only ``/`` and ``/index.html`` exist (every other path is a 404): nothing on disk is served. A request
    naming another host (``Host:`` header) is refused (403), so a web page that rebinds its own name to
    this address cannot read the runs. ``on_ready(url)`` is called once the socket listens (``port=0``
    picks a free port).
    """
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = page.encode("utf-8")
    hosts: set[str] = set()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if self.headers.get("Host", "") not in hosts:
                self.send_error(403, "unexpected Host header")
                return
            if self.path.split("?")[0].split("#")[0] not in ("/", "/index.html"):
                self.send_error(404, "only / is served")
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
            pass  # quiet: the command prints the URL once

    with ThreadingHTTPServer((host, port), Handler) as server:
        bound = server.server_address[1]
        hosts.update({f"{host}:{bound}", f"localhost:{bound}"})
        url = f"http://{host}:{bound}/"
        if on_ready is not None:
            on_ready(url)
        server.serve_forever()
