"""Load run directories for reports and gates: records, summaries, signature, and the cases behind them."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from harness.case import Case


class RunError(Exception):
    """A run directory is missing, malformed, or not comparable with another."""


class NotComparableError(RunError):
    """Runs whose signatures differ in a part that changes the numbers (exit 3 in ``compare`` and ``gate``)."""


SCORE_MANIFEST = "score.json"
"""Written by ``cnh score`` beside ``scores.jsonl``: the signature of the scores (no prompt part)."""


def signature_parts(signature: str) -> dict[str, str]:
    """``cnh:0.1.0|cases:3@ab|scorers:0.1.0+cd`` → ``{"cnh": "0.1.0", "cases": "3@ab", "scorers": "0.1.0+cd"}``."""
    out: dict[str, str] = {}
    for part in signature.split("|"):
        key, sep, value = part.partition(":")
        if sep:
            out[key.strip()] = value.strip()
    return out


@dataclass
class Run:
    """A finished run as read back from disk."""

    path: Path
    signature: str
    records: list[dict[str, Any]]
    summaries: dict[str, dict[str, Any]]
    signature_from: str = ""  # where the signature was read: run.json, score.json, "records", or why there is none
    failed: int = 0  # items of the run that failed to generate (run.json): a partial run when > 0
    items: int = 0  # every item of the run (run.json), 0 when unknown

    @property
    def name(self) -> str:
        """A short name for the run: its directory's name."""
        return self.path.name or str(self.path)

    @property
    def partial(self) -> bool:
        """True when some of the run's items failed, so its records cover only part of it."""
        return self.failed > 0

    @property
    def suite(self) -> str:
        """The ``cases:N@hash`` part of the signature: which case suite was scored."""
        return next((p for p in self.signature.split("|") if p.startswith("cases:")), "")


def load_run(path: str | Path) -> Run:
    """Read a run directory (or a bare ``scores.jsonl``).

    The signature comes from ``run.json`` (``cnh run``), else ``score.json`` (``cnh score``), else from the
    records themselves: ``cnh score`` stores it in each one, so a scores file copied without its manifest
    still says how it was scored. Records that disagree (or some without one) give no signature.
    """
    path = Path(path)
    scores = path / "scores.jsonl" if path.is_dir() else path
    if not scores.is_file():
        raise RunError(f"{path}: no scores.jsonl (is this a run directory written by `cnh run` or `cnh score`?)")
    records = [rec for _, rec in _jsonl_objects(scores, _check_record)]
    if not records:
        raise RunError(f"{scores}: no score records (empty file)")
    run_dir = scores.parent
    signature, source = "", ""
    for manifest in (run_dir / "run.json", run_dir / SCORE_MANIFEST):  # a run's manifest wins over cnh score's
        if manifest.is_file():
            signature, source = _manifest_signature(manifest), manifest.name
            break
    if not source:
        signature, source = _records_signature(records)
    summaries: dict[str, dict[str, Any]] = {}
    if (run_dir / "summaries.jsonl").is_file():
        for _, item in _jsonl_objects(run_dir / "summaries.jsonl", lambda _: None):
            summaries[str(item.get("summary_id", ""))] = item
    from harness.rundir import incomplete_reason

    reason = incomplete_reason(run_dir)  # a run stopped while committing, or files of two runs mixed
    if reason is not None:
        raise RunError(reason)
    return Run(run_dir, signature, records, summaries, source, *_failed_of(run_dir / "run.json"))


def _failed_of(manifest: Path) -> tuple[int, int]:
    """(failed items, all items) from a ``run.json``; (0, 0) without one."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0, 0
    failed = data.get("failed") if isinstance(data, dict) else None
    n_failed = len(failed) if isinstance(failed, list) else 0
    items = data.get("items")
    return n_failed, items if isinstance(items, int) else n_failed + int(data.get("summaries", 0) or 0)


def _records_signature(records: list[dict[str, Any]]) -> tuple[str, str]:
    """(signature, where from) for a scores file without a manifest: the one signature all its records carry."""
    found = {rec.get("signature") for rec in records}
    if found == {None}:
        return "", "no run.json, score.json or signature in the records"
    if len(found) > 1 or not all(isinstance(s, str) and s for s in found):
        return "", f"its records carry {len(found)} different signatures (or none): mixed scores"
    return str(found.pop()), "records"


def _manifest_signature(manifest: Path) -> str:
    """The ``signature`` of a ``run.json`` or ``score.json`` ("" when it has none)."""
    try:
        data = json.loads(manifest.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RunError(f"{manifest}: not a valid run manifest ({type(exc).__name__}: {exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("signature", ""), str):
        raise RunError(f"{manifest}: expected a JSON object with a string 'signature'")
    return str(data.get("signature", ""))


def _check_record(rec: dict[str, Any]) -> str | None:
    """Why a score record cannot be used, or None (error records only need their ids).

    ``model`` and ``prompt`` must be strings and ``sample`` an integer when present: reports group by
    model and pair summaries by (case, prompt, sample).
    """
    for key in ("case_id", "summary_id"):
        if not isinstance(rec.get(key), str) and "error" not in rec:
            return f"field {key!r} must be a string"
    if "error" in rec:
        return None
    for key in ("model", "prompt"):
        if key in rec and not isinstance(rec[key], str):
            return f"field {key!r} must be a string, got {json.dumps(rec[key])[:40]}"
    if "sample" in rec and (isinstance(rec["sample"], bool) or not isinstance(rec["sample"], int)):
        return f"field 'sample' must be an integer, got {json.dumps(rec['sample'])[:40]}"
    for key, kind in (("claims", list), ("numbers", list), ("loaded", list), ("metrics", dict)):
        if not isinstance(rec.get(key), kind):
            return f"field {key!r} missing or not a {'list' if kind is list else 'mapping'}"
    return None


def _jsonl_objects(path: Path, check: Any) -> list[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSONL file with their line numbers; any bad line is a RunError naming it."""
    out: list[tuple[int, dict[str, Any]]] = []
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise RunError(f"{path}:{lineno}: not UTF-8 (invalid byte at column {exc.start + 1})") from None
            except json.JSONDecodeError as exc:
                raise RunError(f"{path}:{lineno}: invalid JSON: {exc.msg} at column {exc.colno}") from None
            problem = "expected a JSON object" if not isinstance(item, dict) else check(item)
            if problem:
                raise RunError(f"{path}:{lineno}: {problem}")
            out.append((lineno, item))
    return out


_PARTS = (
    ("cases", "case suites", "--allow-different-suites"),
    ("scorers", "scorers", "--allow-different-scorers"),
    ("prompt", "prompts", "--allow-different-prompts"),
)
"""The signature parts that must agree for numbers to be comparable: (part, what it pins, the flag that waives it)."""


def _part_shown(run: Run, key: str, value: str) -> str:
    """How one run's signature part reads in a not-comparable message."""
    if value:
        return f"{key}:{value}"
    if not run.signature:
        return "(no signature" + (f": {run.signature_from})" if run.signature_from else ")")
    return f"(no {key} part)"


def check_comparable(runs: list[Run], *, allow_suites: bool = False, allow_scorers: bool = False,
                     allow_prompts: bool = False) -> None:
    """Refuse runs whose numbers are not comparable: different case suites, scorers or prompts.

    Every part of the signature that changes the numbers is compared: ``cases:`` (the suite),
    ``scorers:`` (version and content hash of the judgement rules) and ``prompt:`` (template hashes).
    A run without a signature (no ``run.json`` or ``score.json``) pins nothing, so it is comparable
    only when every check is waived. A ``prompt:`` part that neither run records (both are ``cnh
    score`` outputs) is not a difference; one recorded by only one run is.

    Raises:
        NotComparableError: naming each differing part with every run's value and the flag that waives it.
    """
    allowed = {"cases": allow_suites, "scorers": allow_scorers, "prompt": allow_prompts}
    parts = [signature_parts(r.signature) for r in runs]
    unsigned = any(not r.signature for r in runs)
    problems = []
    for key, what, flag in _PARTS:
        values = [p.get(key, "") for p in parts]
        if allowed[key] or (key == "prompt" and not unsigned and not any(values)):
            continue
        if len(set(values)) == 1 and values[0]:
            continue
        listing = "; ".join(f"{run.path}: {_part_shown(run, key, value)}"
                            for run, value in zip(runs, values, strict=True))
        verb = "were scored on different" if all(values) else "are not known to be scored on the same"
        problems.append(f"runs {verb} {what}: {listing} (pass {flag} to compare anyway)")
    if problems:
        raise NotComparableError("\n".join(problems))


_VOLATILE = frozenset({"seconds", "prompt_tokens", "completion_tokens", "signature", "line"})
"""Record fields that do not change what a summary said or how it was judged (timings, line numbers)."""


def _fingerprint(records: list[dict[str, Any]]) -> str:
    """A hash of a model's records in one run: same hash, same summaries with the same verdicts."""
    digests = sorted(hashlib.sha256(json.dumps({k: v for k, v in r.items() if k not in _VOLATILE},
                                               sort_keys=True).encode()).hexdigest() for r in records)
    return hashlib.sha256("".join(digests).encode()).hexdigest()


def separate_models(runs: list[Run]) -> tuple[list[Run], list[str]]:
    """Keep the models of different runs apart for ``cnh compare``, and say what was merged and why.

    A model name found in one run keeps its name. One found in several runs is merged (shown once) only
    when its records are the same in each (same summaries, same verdicts: the same baseline included in
    two runs, or one run given twice); otherwise each run's copy is relabelled ``RUN/MODEL``, RUN being
    the run directory's name (its path when two runs share a name).

    Returns:
        The runs with relabelled (or dropped, when merged) records, and one note per shared model name.
    """
    by_model: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(dict)
    for i, run in enumerate(runs):
        for rec in run.records:
            by_model[str(rec.get("model") or "-")].setdefault(i, []).append(rec)
    names = [run.name for run in runs]
    labels = [name if names.count(name) == 1 else str(run.path) for name, run in zip(names, runs, strict=True)]
    relabel: dict[tuple[int, str], str | None] = {}  # (run, model) → new label, or None to drop (merged)
    notes = []
    for model, per_run in sorted(by_model.items()):
        if len(per_run) < 2:
            continue
        where = ", ".join(labels[i] for i in per_run)
        if len({_fingerprint(recs) for recs in per_run.values()}) == 1:
            for i in list(per_run)[1:]:
                relabel[(i, model)] = None
            n = len(next(iter(per_run.values())))
            notes.append(f"merged model {model!r} of runs {where}: the same {n} summaries with the same verdicts "
                         "in each, shown once")
            continue
        for i in per_run:
            relabel[(i, model)] = f"{labels[i]}/{model}"
        shown = ", ".join(f"{labels[i]}/{model}" for i in per_run)
        notes.append(f"model {model!r} is in runs {where} with different summaries or verdicts: kept apart as {shown}")
    if not relabel:
        return runs, notes
    out = []
    for i, run in enumerate(runs):
        records = []
        for rec in run.records:
            key = (i, str(rec.get("model") or "-"))
            if key not in relabel:
                records.append(rec)
            elif relabel[key] is not None:
                records.append({**rec, "model": relabel[key]})
        out.append(replace(run, records=records))
    return out, notes


def cases_for(runs: list[Run], cases: list[Case]) -> dict[str, Case]:
    """The cases by id; every case a run scored must be among them."""
    by_id = {c.id: c for c in cases}
    wanted = {r["case_id"] for run in runs for r in run.records if "error" not in r}
    missing = sorted(wanted - set(by_id))
    if missing:
        raise RunError(f"cases not found (pass --cases): {', '.join(missing)}")
    return by_id
