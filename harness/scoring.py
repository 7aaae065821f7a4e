"""Summaries in, score records out (docs/contract.md §3), plus the case self-test and explanations."""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.case import Case, Expect
from harness.io import MAX_JSON_DEPTH, json_line_problem, record_ids
from harness.reporting.tables import md_escape

REQUIRED_FIELDS = ("case_id", "summary_id", "text")

_JSON_NAMES = {type(None): "null", bool: "a boolean", int: "an integer", float: "a number", str: "a string",
               list: "a list", dict: "an object"}


def _json_type(value: Any) -> str:
    """How JSON calls a value's type ("null", "a string"...), for error messages."""
    return _JSON_NAMES.get(type(value), type(value).__name__)


def _non_finite(value: Any, path: str) -> str | None:
    """The field path of the first NaN or infinite number inside ``value``, or None (iterative, no recursion)."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return where
        if isinstance(item, dict):
            stack.extend((v, f"{where}.{k}") for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
    return None


def line_problem(data: dict[str, Any]) -> str | None:
    """Why a summaries line (a JSON object) cannot be scored, or None.

    The required fields must be strings; ``model`` and ``prompt``, when given, strings; ``sample``, when
    given, an integer (``cnh report`` and ``cnh gate`` pair summaries by case, prompt and sample); and no
    field may hold NaN or an infinite number (JSON has neither, and ``scores.jsonl`` never carries them).
    """
    missing = [f for f in REQUIRED_FIELDS if f not in data]
    if missing:
        return f"missing field {missing[0]!r}"
    for key in (*REQUIRED_FIELDS, "model", "prompt"):
        if key in data and not isinstance(data[key], str):
            return f"field {key!r} must be a string, got {_json_type(data[key])}"
    if "sample" in data and (isinstance(data["sample"], bool) or not isinstance(data["sample"], int)):
        return f"field 'sample' must be an integer, got {_json_type(data['sample'])} {json.dumps(data['sample'])[:40]}"
    for key, value in data.items():
        where = _non_finite(value, str(key))
        if where is not None:
            return f"field {where!r} is NaN or infinite (not a JSON number)"
    return None


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
            except RecursionError:
                yield SummaryLine(lineno, None, f"nested deeper than {MAX_JSON_DEPTH} levels of arrays and objects")
                continue
            if not isinstance(data, dict):
                yield SummaryLine(lineno, None, "expected a JSON object")
                continue
            problem = json_line_problem(raw, data)  # a lone surrogate or deep nesting: one error record
            if problem:
                yield SummaryLine(lineno, record_ids(data), problem)
                continue
            yield SummaryLine(lineno, data, line_problem(data))


def summary_lines(path: str | Path) -> Iterator[SummaryLine]:
    """Summaries from JSONL (line by line), Parquet or a ``datasets`` directory (row number as line)."""
    from harness.io import _load_dataset, is_dataset_dir

    p = Path(path)
    if p.suffix != ".parquet" and not is_dataset_dir(p):
        yield from read_summaries(p)
        return
    for i, row in enumerate(_load_dataset(p), 1):
        data = {k: v for k, v in row.items() if v is not None or k not in {"model", "prompt", "sample"}}
        missing = [f for f in REQUIRED_FIELDS if data.get(f) is None]
        problem = f"missing field {missing[0]!r}" if missing else line_problem(data)
        yield SummaryLine(i, data, None if problem is None else f"row {i}: {problem}")


def mark_duplicates(lines: Iterable[SummaryLine], known_cases: Collection[str]) -> Iterator[SummaryLine]:
    """The lines, with every repeat of a (model, summary_id) pair after its first turned into an error.

    A line that is an error anyway (unreadable, or of an unknown case) claims no pair. Only an 8-byte
    digest of each pair and its line number are kept, so memory grows slowly with the file.
    """
    first: dict[int, int] = {}
    for item in lines:
        data = item.data
        if item.error is None and data is not None and data["case_id"] in known_cases:
            model = data.get("model", "")
            digest = hashlib.blake2b(json.dumps([model, data["summary_id"]]).encode(), digest_size=8).digest()
            key = int.from_bytes(digest, "little")
            seen = first.setdefault(key, item.line)
            if seen != item.line:
                item = SummaryLine(item.line, data, f"duplicate summary_id {data['summary_id']!r} for model "
                                                    f"{model!r} (first on line {seen})")
        yield item


def score_line(item: SummaryLine, cases: dict[str, Case], source: str) -> dict[str, Any]:
    """Score one summaries-file line into a record (an error record if it cannot be scored)."""
    from scorers import score_summary

    data = item.data or {}
    if item.error is None and data["case_id"] not in cases:
        item = SummaryLine(item.line, data, f"unknown case_id {data['case_id']!r}")
    if item.error is not None:
        rec: dict[str, Any] = {key: data.get(key) if isinstance(data.get(key), str) else None
                               for key in ("case_id", "summary_id", "model")}
        rec.update({"error": f"{source}:{item.line}: {item.error}", "line": item.line})
        # the item an error stands for, when known: cnh gate counts it as a failure of that item
        if isinstance(data.get("prompt"), str):
            rec["prompt"] = data["prompt"]
        if isinstance(data.get("sample"), int) and not isinstance(data.get("sample"), bool):
            rec["sample"] = data["sample"]
        return rec
    record = score_summary(cases[data["case_id"]], data["text"], summary_id=data["summary_id"],
                           model=str(data.get("model", "")))
    record.extra = {k: v for k, v in data.items() if k not in {"case_id", "summary_id", "model"}}
    return record.to_json()


class ModelTotals:
    """Per-model running sums of the record metrics: the model table without keeping the records.

    Sums are added in input order, so the means equal those of :func:`model_table` over the same
    records to the last bit.
    """

    def __init__(self) -> None:
        from scorers import METRICS

        self.metrics: tuple[str, ...] = METRICS
        self.sums: dict[str, list[float]] = {}
        self.counts: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    def add(self, record: dict[str, Any]) -> None:
        """Count one record (an error record counts as an error of its model)."""
        if "error" in record:
            self.errors[str(record.get("model"))] += 1
            return
        model = str(record.get("model") or "-")
        sums = self.sums.get(model)
        if sums is None:
            sums = self.sums[model] = [0] * len(self.metrics)  # type: ignore[list-item]
        values = record["metrics"]
        for i, m in enumerate(self.metrics):
            sums[i] += values[m]
        self.counts[model] += 1

    @property
    def records(self) -> int:
        """How many records were added, error records included."""
        return sum(self.counts.values()) + sum(self.errors.values())

    def table(self) -> str:
        """A Markdown table of per-model means of the record metrics, headed by the registry's labels
        (``scorers.metrics``): a count's mean reads "Bare contested / summary", unlike the share
        "Bare contested / contested claim" of ``cnh report``."""
        from scorers.metrics import mean_of

        head = "| model | n | " + " | ".join(mean_of(m).header for m in self.metrics) + " |"
        rows = [head, "|" + "---|" * (len(self.metrics) + 2)]
        for model in sorted(self.sums):
            n = self.counts[model]
            rows.append(f"| {md_escape(model)} | {n} | " + " | ".join(f"{v / n:.3f}" for v in self.sums[model]) + " |")
        if self.errors:
            rows.append("")
            rows.append(f"{sum(self.errors.values())} line(s) could not be scored (error records written).")
        return "\n".join(rows)


@dataclass
class ScoreResult:
    """What :func:`score_file` wrote: the file, per-model totals, error messages and (optionally) the records.

    Unpacks as ``(path, records)``, the older return value of :func:`score_file`.
    """

    path: Path
    totals: ModelTotals
    errors: list[str]
    records: list[dict[str, Any]]

    def __iter__(self) -> Iterator[Any]:
        return iter((self.path, self.records))


_Scored = tuple[str, dict[str, Any]]
"""One scored line: its JSON line and its record (or, when records are not kept, only model/error/metrics)."""

_WORKER: dict[str, Any] = {}


def _init_worker(cases: list[Case], source: str, keep: bool, signature: str | None = None) -> None:
    """Pool initializer: each worker process gets the cases once, not once per chunk."""
    _WORKER.update(cases={c.id: c for c in cases}, source=source, keep=keep, signature=signature)


def record_line(rec: dict[str, Any]) -> str:
    """A record as one JSON line; NaN and infinities are refused (``allow_nan=False``), never written."""
    return json.dumps(rec, ensure_ascii=False, allow_nan=False) + "\n"


def _score_chunk(chunk: list[SummaryLine]) -> list[_Scored]:
    """Score a chunk of lines in this process (a pool worker, or the parent when scoring in one process)."""
    cases, source, keep, signature = _WORKER["cases"], _WORKER["source"], _WORKER["keep"], _WORKER.get("signature")
    out: list[_Scored] = []
    for item in chunk:
        rec = score_line(item, cases, source)
        if signature is not None:
            rec["signature"] = signature
        try:
            line = record_line(rec)
        except ValueError as exc:  # a non-finite number the checks above missed: an error record, never NaN
            rec = score_line(SummaryLine(item.line, item.data, f"cannot be written as JSON: {exc}"), cases, source)
            if signature is not None:
                rec["signature"] = signature
            line = record_line(rec)
        if not keep:
            rec = {k: rec[k] for k in ("model", "error", "metrics") if k in rec}
        out.append((line, rec))
    return out


def _chunks(lines: Iterable[SummaryLine], size: int) -> Iterator[list[SummaryLine]]:
    chunk: list[SummaryLine] = []
    for item in lines:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _scored_chunks(by_id: dict[str, Case], lines: Iterable[SummaryLine], source: str, keep: bool,
                   workers: int, chunk_size: int, signature: str | None = None) -> Iterator[list[_Scored]]:
    """Scored chunks in input order; with ``workers > 1`` from a process pool, at most a few chunks in flight."""
    if workers <= 1:
        _init_worker(list(by_id.values()), source, keep, signature)
        try:
            for chunk in _chunks(lines, chunk_size):
                yield _score_chunk(chunk)
        finally:
            _WORKER.clear()
        return
    import multiprocessing as mp
    import threading

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    in_flight = threading.BoundedSemaphore(4 * workers)  # Pool.imap would otherwise read the whole input ahead

    def throttled() -> Iterator[list[SummaryLine]]:
        for chunk in _chunks(lines, chunk_size):
            in_flight.acquire()
            yield chunk

    with mp.get_context(method).Pool(workers, _init_worker, (list(by_id.values()), source, keep, signature)) as pool:
        for scored in pool.imap(_score_chunk, throttled()):
            in_flight.release()
            yield scored


def score_file(cases: Iterable[Case], summaries: str | Path, out_dir: str | Path,
               progress: bool = False, *, keep_records: bool = True, workers: int = 1,
               chunk_size: int = 64, signature: str | None = None, limit: int | None = None) -> ScoreResult:
    """Score a summaries file into ``out_dir/scores.jsonl`` (input order kept), streaming.

    Each record is written as soon as it is scored; with ``keep_records=False`` none is kept in memory
    (the per-model table comes from running sums, :class:`ModelTotals`), so memory stays flat however
    long the file. The file appears under its name only when complete (written as ``.partial``, then renamed).
    A repeated (model, summary_id) pair becomes an error record after its first line; no record ever holds
    NaN or an infinite number.

    Args:
        cases: the cases the summaries were written from.
        summaries: JSONL, Parquet or a ``datasets`` directory of summaries.
        out_dir: where ``scores.jsonl`` goes (created if needed).
        progress: show a progress bar.
        keep_records: also return every record (what ``cnh run`` needs for its tables).
        workers: score in this many processes (each loads the cases once); the output is byte-identical.
        chunk_size: lines sent to a worker at a time.
        signature: stored in every record as ``signature`` (``cnh score`` stores the scores' signature, so
            that a scores file read without its manifest can still be checked for comparability).
        limit: score only the first ``limit`` lines (``--limit``, a smoke run).

    Returns:
        The path written, per-model totals, the error messages and, with ``keep_records``, the records
        (error records included). Unpacks as ``(path, records)``.
    """
    by_id = {c.id: c for c in cases}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "scores.jsonl"
    tmp = out / "scores.jsonl.partial"
    result = ScoreResult(target, ModelTotals(), [], [])
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(desc="scoring", unit="summary")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            lines = summary_lines(summaries)
            if limit is not None:
                lines = itertools.islice(lines, limit)
            for scored in _scored_chunks(by_id, mark_duplicates(lines, by_id), str(summaries),
                                         keep_records, max(1, workers), chunk_size, signature):
                for line, rec in scored:
                    fh.write(line)
                    result.totals.add(rec)
                    if "error" in rec:
                        result.errors.append(rec["error"])
                    if keep_records:
                        result.records.append(rec)
                if bar is not None:
                    bar.update(len(scored))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:  # e.g. a full disk: drop the torn partial file and name it (write errors carry no path)
        tmp.unlink(missing_ok=True)
        if exc.filename is None:
            raise OSError(exc.errno, exc.strerror or str(exc), str(tmp)) from exc
        raise
    finally:
        if bar is not None:
            bar.close()
    os.replace(tmp, target)
    return result


def write_score_manifest(out_dir: Path, cases: list[Case], records: int) -> Path:
    """Write ``OUT/score.json`` beside ``scores.jsonl``: the scores' signature (cases and scorers), so that
    ``cnh compare`` and ``cnh gate`` can tell whether two ``cnh score`` outputs are comparable."""
    from harness.reporting.load import SCORE_MANIFEST
    from harness.runner import score_signature

    path = Path(out_dir) / SCORE_MANIFEST
    data = {"signature": score_signature(cases), "cases": sorted(c.id for c in cases), "records": records}
    tmp = path.with_suffix(".json.partial")
    tmp.write_text(json.dumps(data, indent=2, allow_nan=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def model_table(records: Iterable[dict[str, Any]]) -> str:
    """A Markdown table of per-model means of the record metrics."""
    totals = ModelTotals()
    for r in records:
        totals.add(r)
    return totals.table()


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
    from scorers.metrics import is_narrator_loaded, is_numeric_error, numeric_error_kind

    errs = [numeric_error_kind(n) for n in record["numbers"] if is_numeric_error(n)]
    return Expect(claims={c["claim_id"]: c["verdict"] for c in record["claims"]}, numeric_errors=errs,
                  loaded=[t["term"] for t in record["loaded"] if is_narrator_loaded(t)])


def check_case(case: Case) -> list[ProbeResult]:
    """Run a case's probes through the scorers."""
    from scorers import score_summary

    out = []
    for probe in case.probes:
        rec = score_summary(case, probe.text, summary_id=probe.id, model="probe").to_json()
        out.append(ProbeResult(case.id, probe.id, probe.text, probe.expect, found_expect(rec), rec))
    return out


def _rule_line(verdict: dict[str, Any]) -> str:
    """``rule-id — description (the rule in the words of this match)`` for a verdict of a score record."""
    from scorers.rulebook import describe

    rule_id, words = verdict.get("rule_id", ""), verdict.get("rule", "")
    if not rule_id:
        return words
    return f"{rule_id} — {describe(rule_id) or '(a rule of other scorers: not in this version)'} [{words}]"


def explain(record: dict[str, Any], text: str | None = None) -> str:
    """Render one score record as readable evidence: each verdict, its span, source and the rule (id and
    description) that decided it."""
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
        lines.append(f"      rule: {_rule_line(c)}")
    lines.append("  numbers:")
    for n in record["numbers"]:
        why = f" ({n['reason']})" if n.get("reason") else ""
        judged = f"{n['number_id']}: {n['verdict']}{why}"
        lines.append(f"    {n['text']!r} span={n['span']} -> {judged}")
        lines.append(f"      rule: {_rule_line(n)}")
    lines.append("  loaded terms:")
    for t in record["loaded"]:
        lines.append(f"    {t['term']!r} span={t['span']}: {t['voice']}")
        lines.append(f"      rule: {_rule_line(t)}")
    lines.append("  metrics: " + ", ".join(f"{k}={v}" for k, v in record["metrics"].items()))
    return "\n".join(lines)
