"""Summaries in, score records out (CONTRACT.md §3), plus the case self-test and explanations."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.case import Case, Expect

REQUIRED_FIELDS = ("case_id", "summary_id", "text")


@dataclass(frozen=True)
class SummaryLine:
    """One line of a summaries file: a summary, or the reason it could not be read."""

    line: int
    data: dict[str, Any] | None
    error: str | None = None


MAX_LINE_BYTES = 1024 * 1024
"""A summaries line longer than this becomes an error record (read in bounded chunks, never whole)."""


def _lines(fh: Any) -> Iterator[tuple[int, bytes | None]]:
    """Lines of a binary file; a line over MAX_LINE_BYTES comes back as None, skipped without loading it."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(MAX_LINE_BYTES)
            yield lineno, None
            continue
        yield lineno, raw


def read_summaries(path: str | Path) -> Iterator[SummaryLine]:
    """Read a summaries JSONL file line by line; malformed lines come back with an error, not raised."""
    with open(path, "rb") as fh:
        for lineno, raw in _lines(fh):
            if raw is None:
                yield SummaryLine(lineno, None, f"line longer than {MAX_LINE_BYTES} bytes")
                continue
            if not raw.strip():
                continue
            try:
                data = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield SummaryLine(lineno, None, f"not UTF-8 (invalid byte at column {exc.start + 1})")
                continue
            except json.JSONDecodeError as exc:
                yield SummaryLine(lineno, None, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(data, dict):
                yield SummaryLine(lineno, None, "expected a JSON object")
                continue
            missing = [f for f in REQUIRED_FIELDS if f not in data]
            if missing:
                yield SummaryLine(lineno, data, f"missing field {missing[0]!r}")
                continue
            bad = next((f for f in REQUIRED_FIELDS if not isinstance(data[f], str)), None)
            if bad:
                yield SummaryLine(lineno, data, f"field {bad!r} must be a string, got {type(data[bad]).__name__}")
                continue
            yield SummaryLine(lineno, data)


def summary_lines(path: str | Path) -> Iterator[SummaryLine]:
    """Summaries from JSONL (line by line), Parquet or a ``datasets`` directory (row number as line)."""
    from harness.io import _load_dataset, is_dataset_dir

    p = Path(path)
    if p.suffix != ".parquet" and not is_dataset_dir(p):
        yield from read_summaries(p)
        return
    for i, row in enumerate(_load_dataset(p), 1):
        missing = [f for f in REQUIRED_FIELDS if row.get(f) is None]
        if missing:
            yield SummaryLine(i, row, f"row {i}: missing field {missing[0]!r}")
        elif any(not isinstance(row[f], str) for f in REQUIRED_FIELDS):
            yield SummaryLine(i, row, f"row {i}: case_id, summary_id and text must be strings")
        else:
            yield SummaryLine(i, dict(row))


def score_line(item: SummaryLine, cases: dict[str, Case], source: str) -> dict[str, Any]:
    """Score one summaries-file line into a record (an error record if it cannot be scored)."""
    from scorers import score_summary

    data = item.data or {}
    if item.error is None and data["case_id"] not in cases:
        item = SummaryLine(item.line, data, f"unknown case_id {data['case_id']!r}")
    if item.error is not None:
        return {"case_id": data.get("case_id") if isinstance(data.get("case_id"), str) else None,
                "summary_id": data.get("summary_id") if isinstance(data.get("summary_id"), str) else None,
                "model": data.get("model"), "error": f"{source}:{item.line}: {item.error}", "line": item.line}
    record = score_summary(cases[data["case_id"]], data["text"], summary_id=data["summary_id"],
                           model=str(data.get("model", "")))
    record.extra = {k: v for k, v in data.items() if k not in {"case_id", "summary_id", "model"}}
    return record.to_json()


def score_file(cases: Iterable[Case], summaries: str | Path, out_dir: str | Path,
               progress: bool = False) -> tuple[Path, list[dict[str, Any]]]:
    """Score a summaries file into ``out_dir/scores.jsonl`` (input order kept).

    Returns:
        The path written and the records (error records included).
    """
    by_id = {c.id: c for c in cases}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "scores.jsonl"
    tmp = out / "scores.jsonl.partial"
    records: list[dict[str, Any]] = []
    lines: Iterable[SummaryLine] = summary_lines(summaries)
    if progress:
        from tqdm import tqdm

        lines = tqdm(lines, desc="scoring", unit="summary")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            for item in lines:
                rec = score_line(item, by_id, str(summaries))
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                records.append(rec)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:  # e.g. a full disk: drop the torn partial file and name it (write errors carry no path)
        tmp.unlink(missing_ok=True)
        if exc.filename is None:
            raise OSError(exc.errno, exc.strerror or str(exc), str(tmp)) from exc
        raise
    os.replace(tmp, target)
    return target, records


def model_table(records: list[dict[str, Any]]) -> str:
    """A Markdown table of per-model means of the record metrics."""
    from scorers import METRICS

    groups: dict[str, list[dict[str, Any]]] = {}
    errors = Counter()
    for r in records:
        if "error" in r:
            errors[str(r.get("model"))] += 1
            continue
        groups.setdefault(str(r.get("model") or "-"), []).append(r)
    head = "| model | n | " + " | ".join(METRICS) + " |"
    rows = [head, "|" + "---|" * (len(METRICS) + 2)]
    for model, recs in sorted(groups.items()):
        means = [sum(r["metrics"][m] for r in recs) / len(recs) for m in METRICS]
        rows.append(f"| {model} | {len(recs)} | " + " | ".join(f"{v:.3f}" for v in means) + " |")
    if errors:
        rows.append("")
        rows.append(f"{sum(errors.values())} line(s) could not be scored (error records written).")
    return "\n".join(rows)


@dataclass(frozen=True)
class ProbeResult:
    """A probe's expected and found judgements."""

    case_id: str
    probe_id: str
    text: str
    expected: Expect
    found: Expect
    record: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.diff() == []

    def diff(self) -> list[str]:
        """Human-readable differences, empty when the probe passes."""
        out = []
        exp, got = self.expected, self.found
        for cid in sorted(set(exp.claims) | set(got.claims)):
            e, g = exp.claims.get(cid, "(not mentioned)"), got.claims.get(cid, "(not mentioned)")
            if e != g:
                out.append(f"claims.{cid}: expected {e}, got {g}")
        if sorted(exp.numeric_errors) != sorted(got.numeric_errors):
            out.append(f"numeric_errors: expected {sorted(exp.numeric_errors)}, got {sorted(got.numeric_errors)}")
        if sorted(exp.loaded) != sorted(got.loaded):
            out.append(f"loaded: expected {sorted(exp.loaded)}, got {sorted(got.loaded)}")
        return out


def found_expect(record: dict[str, Any]) -> Expect:
    """What a score record says, in the shape of a probe's ``expect``."""
    errs = [n["reason"] if n["verdict"] == "wrong" else "unsupported" for n in record["numbers"]
            if n["verdict"] in {"wrong", "unsupported"}]
    return Expect(claims={c["claim_id"]: c["verdict"] for c in record["claims"]}, numeric_errors=errs,
                  loaded=[t["term"] for t in record["loaded"] if t["voice"] == "narrator"])


def check_case(case: Case) -> list[ProbeResult]:
    """Run a case's probes through the scorers."""
    from scorers import score_summary

    out = []
    for probe in case.probes:
        rec = score_summary(case, probe.text, summary_id=probe.id, model="probe").to_json()
        out.append(ProbeResult(case.id, probe.id, probe.text, probe.expect, found_expect(rec), rec))
    return out


def explain(record: dict[str, Any], text: str | None = None) -> str:
    """Render one score record as readable evidence: each verdict, its span, source and rule."""
    lines = [f"{record.get('summary_id')} ({record.get('model')}, case {record.get('case_id')})"]
    if "error" in record:
        return lines[0] + f"\n  error: {record['error']}"
    text = text if text is not None else record.get("text")
    if text:
        lines.append(f"  text: {text}")
    lines.append("  claims:")
    for c in record["claims"]:
        src = f" source={c['source']}" if c["source"] else ""
        lines.append(f"    {c['claim_id']}: {c['verdict']}{src} span={c['span']} via {c.get('mention', '')}")
        lines.append(f"      evidence: {c['evidence']!r}")
        if c.get("source_text"):
            lines.append(f"      frame: {c['source_text']!r}")
        lines.append(f"      rule: {c.get('rule', '')}")
    lines.append("  numbers:")
    for n in record["numbers"]:
        why = f" ({n['reason']})" if n.get("reason") else ""
        judged = f"{n['number_id']}: {n['verdict']}{why}"
        lines.append(f"    {n['text']!r} span={n['span']} -> {judged}; {n.get('rule', '')}")
    lines.append("  loaded terms:")
    for t in record["loaded"]:
        lines.append(f"    {t['term']!r} span={t['span']}: {t['voice']} ({t.get('rule', '')})")
    lines.append("  metrics: " + ", ".join(f"{k}={v}" for k, v in record["metrics"].items()))
    return "\n".join(lines)
