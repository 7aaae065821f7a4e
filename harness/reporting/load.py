"""Load run directories for reports and gates: records, summaries, signature, and the cases behind them."""

from __future__ import annotations

import json
from dataclasses import dataclass
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

    @property
    def suite(self) -> str:
        """The ``cases:N@hash`` part of the signature: which case suite was scored."""
        return next((p for p in self.signature.split("|") if p.startswith("cases:")), "")


def load_run(path: str | Path) -> Run:
    """Read a run directory (or a bare ``scores.jsonl``)."""
    path = Path(path)
    scores = path / "scores.jsonl" if path.is_dir() else path
    if not scores.is_file():
        raise RunError(f"{path}: no scores.jsonl (is this a run directory written by `cnh run` or `cnh score`?)")
    records = [rec for _, rec in _jsonl_objects(scores, _check_record)]
    if not records:
        raise RunError(f"{scores}: no score records (empty file)")
    run_dir = scores.parent
    signature = ""
    for manifest in (run_dir / "run.json", run_dir / SCORE_MANIFEST):  # a run's manifest wins over cnh score's
        if manifest.is_file():
            signature = _manifest_signature(manifest)
            break
    summaries: dict[str, dict[str, Any]] = {}
    if (run_dir / "summaries.jsonl").is_file():
        for _, item in _jsonl_objects(run_dir / "summaries.jsonl", lambda _: None):
            summaries[str(item.get("summary_id", ""))] = item
    from harness.rundir import incomplete_reason

    reason = incomplete_reason(run_dir)  # a run stopped while committing, or files of two runs mixed
    if reason is not None:
        raise RunError(reason)
    return Run(run_dir, signature, records, summaries)


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
    """Why a score record cannot be used, or None (error records only need their ids)."""
    for key in ("case_id", "summary_id"):
        if not isinstance(rec.get(key), str) and "error" not in rec:
            return f"field {key!r} must be a string"
    if "error" in rec:
        return None
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
        listing = "; ".join(f"{run.path}: " + (f"{key}:{value}" if value else
                                               "(no signature)" if not run.signature else f"(no {key} part)")
                            for run, value in zip(runs, values, strict=True))
        verb = "were scored on different" if all(values) else "are not known to be scored on the same"
        problems.append(f"runs {verb} {what}: {listing} (pass {flag} to compare anyway)")
    if problems:
        raise NotComparableError("\n".join(problems))


def cases_for(runs: list[Run], cases: list[Case]) -> dict[str, Case]:
    """The cases by id; every case a run scored must be among them."""
    by_id = {c.id: c for c in cases}
    wanted = {r["case_id"] for run in runs for r in run.records if "error" not in r}
    missing = sorted(wanted - set(by_id))
    if missing:
        raise RunError(f"cases not found (pass --cases): {', '.join(missing)}")
    return by_id
