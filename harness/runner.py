"""``cnh run``: generate every (model × case × prompt × sample) summary, score it, write the run.

A run directory (``results/<run-id>/``) holds ``summaries.jsonl``, ``scores.jsonl`` (docs/contract.md
§3), ``table.md``, ``run.json`` (config, signature, failures) and ``run-log.json`` (this invocation's counts and
time, not for version control). Generations go through
the cache (``harness.cache``) as they finish, so a rerun, or a run after ``kill -9``, generates
only what is missing.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import platform
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from harness import __version__
from harness.backends import BACKENDS, Backend, BackendError, Generation, GenerationRequest, create
from harness.backends.urls import check_base_url, display_url
from harness.case import Case
from harness.prompt import Prompt, load_prompt
from harness.rundir import RunDir

log = logging.getLogger("cnh.run")


class ModelSpec(BaseModel):
    """One model of a run: a backend kind, a model name or path, and backend parameters."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None  # how tables name it (default "backend:model")
    backend: str
    model: str
    params: dict[str, Any] = Field(default_factory=dict)

    @field_validator("backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if value not in BACKENDS:
            raise ValueError(f"unknown backend {value!r}; known: {', '.join(BACKENDS)}")
        return value

    @field_validator("params")
    @classmethod
    def _server_url(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        # A bad base_url (scheme, port 99999) is reported with the config's file and line, before anything runs.
        if info.data.get("backend") == "openai" and "base_url" in value:
            check_base_url(value["base_url"])
        return value

    @property
    def label(self) -> str:
        """The model's name in tables and records."""
        return self.name or f"{self.backend}:{self.model}"


class RunConfig(BaseModel):
    """A run config (YAML). Relative paths are relative to the working directory."""

    model_config = ConfigDict(extra="forbid")

    run_id: str | None = None
    models: list[ModelSpec] = Field(min_length=1)
    cases: list[str] = Field(default_factory=lambda: ["cases/"])
    prompts: list[str] = Field(default_factory=lambda: ["default"])
    samples: int = Field(default=1, ge=1)
    seed: int = 0
    out: str = "results"
    cache: str = ".cnh-cache/generations.sqlite"

    @field_validator("run_id")
    @classmethod
    def _run_id(cls, value: str | None) -> str | None:
        if value is not None and (not value or "/" in value or value.startswith(".")):
            raise ValueError(f"run_id {value!r} must be a plain directory name")
        return value


def load_config(path: str | Path) -> RunConfig:
    """Read and validate a run config file (errors name file, line and field: ``harness.caseload.CaseError``)."""
    from harness.caseload import load_yaml_model

    cfg, _ = load_yaml_model(path, RunConfig, what="a run config (a YAML mapping)")
    return cfg


def parse_model_shortcut(text: str) -> ModelSpec:
    """``baseline:lead-3`` / ``openai:MODEL@http://host:8000/v1`` / ``transformers:/path`` /
    ``file:MODEL=summaries.jsonl`` → a model spec."""
    backend, sep, rest = text.partition(":")
    if not sep or not rest:
        raise ValueError(f"--model {text!r}: expected BACKEND:MODEL, e.g. baseline:lead-3")
    params: dict[str, Any] = {}
    if backend == "openai" and "@" in rest:
        rest, base_url = rest.split("@", 1)
        params["base_url"] = base_url
    if backend == "file" and "=" in rest:
        rest, path = rest.split("=", 1)
        params["path"] = path
    try:
        return ModelSpec(backend=backend, model=rest, params=params)
    except ValueError as exc:  # pydantic's message would repeat the input, credentials in a URL included
        errors = exc.errors() if isinstance(exc, ValidationError) else [{"msg": str(exc)}]
        shown = f"{backend}:{rest}" + (f"@{display_url(params['base_url'])}" if "base_url" in params else "")
        raise ValueError(f"--model {shown}: " + "; ".join(str(e["msg"]).removeprefix("Value error, ")
                                                         for e in errors)) from None


def expand_cases(patterns: list[str]) -> list[str]:
    """Expand globs in a config's case list; plain paths are kept as they are."""
    out: list[str] = []
    for pat in patterns:
        matches = sorted(glob.glob(pat, recursive=True)) if any(c in pat for c in "*?[") else [pat]
        if not matches:
            raise FileNotFoundError(f"no case files match {pat!r}")
        out.extend(matches)
    return out


def suite_hash(cases: list[Case]) -> str:
    """A hash of everything in the case suite that can change a score."""
    h = hashlib.sha256()
    for case in sorted(cases, key=lambda c: c.id):
        h.update(case.model_dump_json().encode("utf-8"))
    return h.hexdigest()[:12]


def score_signature(cases: list[Case]) -> str:
    """The signature of scores alone (``cnh score``): ``cnh:V|cases:N@hash|scorers:VERSION+HASH``.

    The scorers part hashes every file of the ``scorers`` package (``scorers.signature``), so any change
    to a judgement rule or word list changes it, whether or not ``scorers.__version__`` was bumped.
    """
    from scorers.signature import scorers_signature

    return f"cnh:{__version__}|cases:{len(cases)}@{suite_hash(cases)}|scorers:{scorers_signature()}"


def signature(cases: list[Case], prompts: list[Prompt], samples: int, seed: int) -> str:
    """The sacrebleu-style line that pins everything that changes a run's numbers.

    ``cnh:V|cases:N@hash|scorers:VERSION+HASH|prompt:HASH[+HASH...]|samples:S|seed:K``.
    """
    prompt_part = "+".join(p.hash for p in prompts)
    return f"{score_signature(cases)}|prompt:{prompt_part}|samples:{samples}|seed:{seed}"


def request_key(backend: Backend, prompt: Prompt, case: Case, sample: int, seed: int) -> str:
    """The cache key of one generation."""
    article_hash = hashlib.sha256(case.text.encode("utf-8")).hexdigest()
    parts = [backend.kind, backend.model, backend.params(), prompt.hash, case.id, article_hash, sample, seed]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode("utf-8")).hexdigest()


@dataclass
class RunResult:
    """What a run wrote and what went wrong."""

    run_dir: Path
    records: list[dict[str, Any]]
    generated: int
    cached: int
    failed: list[str] = field(default_factory=list)
    signature: str = ""
    table: str = ""  # the comparison table (Markdown, with intervals and the signature), as in table.md
    items: int = 0  # every (model, case, prompt, sample) of the run
    failures: list[dict[str, Any]] = field(default_factory=list)  # item, summary_id, error, permanent, ...
    truncated: int = 0  # summaries that stopped at the token limit
    retries: dict[str, Any] = field(default_factory=dict)  # this run's attempts and retries (see _Tries.summary)

    @property
    def partial(self) -> bool:
        """True when some items failed: the tables cover only part of the run."""
        return bool(self.failed)


def run(config: RunConfig, cases: list[Case], *, run_id: str, progress: bool = True,
        echo: Callable[[str], None] = print) -> RunResult:
    """Generate, cache, score and write one run.

    Args:
        config: the run config.
        cases: the cases to summarise (already loaded and validated).
        run_id: the run directory's name under ``config.out``.
        progress: show progress bars (generation and scoring).
        echo: where to print progress messages.

    Returns:
        The run directory, the score records, counts of generated/cached items and failures.

    Raises:
        harness.rundir.RunDirBusy: another live process is writing the same run directory.
    """
    prompts = [load_prompt(p) for p in config.prompts]
    backends = [(spec, create(spec.backend, spec.model, spec.params)) for spec in config.models]
    run_dir = Path(config.out) / run_id  # created only now that the config is known to be good
    with RunDir(run_dir) as rundir:  # one run at a time; its files are committed together at the end
        return _run(config, cases, prompts, backends, rundir, run_id, progress)


def _run(config: RunConfig, cases: list[Case], prompts: list[Prompt], backends: list[tuple[ModelSpec, Backend]],
         rundir: RunDir, run_id: str, progress: bool) -> RunResult:
    """The body of :func:`run`, holding the run directory's lock; files go to ``rundir.staging`` first."""
    from tqdm import tqdm

    from harness.cache import Cache
    from harness.scoring import score_file

    run_dir, stage = rundir.path, rundir.staging
    cache = Cache(config.cache)
    rows: list[tuple[ModelSpec, Backend, GenerationRequest]] = []
    for spec, backend in backends:
        for case in cases:
            for prompt in prompts:
                rendered = prompt.render(case)
                for sample in range(config.samples):
                    seed = config.seed * 1_000_003 + sample
                    key = request_key(backend, prompt, case, sample, seed)
                    rows.append((spec, backend, GenerationRequest(key, case.id, case.text, rendered, prompt.id,
                                                                  prompt.hash, sample, seed)))
    missing = cache.missing(r.key for _, _, r in rows)
    failed: list[str] = []
    failures: list[dict[str, Any]] = []
    tries = _Tries()
    generated = 0
    t0 = time.time()
    for spec, backend in backends:
        todo = [r for s, _, r in rows if s is spec and r.key in missing]
        log.info("%s: %d to generate, %d from cache", spec.label, len(todo),
                 sum(1 for s, _, r in rows if s is spec) - len(todo))
        if not todo:
            continue
        by_key = {r.key: r for r in todo}
        bar = tqdm(total=len(todo), desc=f"generating {spec.label}", unit="summary", disable=not progress)

        def on_done(gen: Generation, spec: ModelSpec = spec, backend: Backend = backend,
                    by_key: dict[str, GenerationRequest] = by_key, bar: Any = bar) -> None:
            nonlocal generated
            req = by_key[gen.key]
            tries.add(gen)
            if gen.error is not None:
                item = f"{spec.label} / {req.case_id} / {req.prompt_id} / sample {req.sample}"
                failed.append(f"{item}: {gen.error}")
                failures.append({"item": item, "summary_id": _summary_id(spec, req), "error": gen.error,
                                 "permanent": gen.permanent, "attempts": gen.attempts})
            else:
                cache.put(req, gen, backend.kind, backend.model, backend.params())
                generated += 1
            bar.update(1)

        try:
            backend.generate(todo, on_done)
        finally:
            bar.close()
    stored = cache.get(r.key for _, _, r in rows)
    cache.close()
    summaries_path = stage / "summaries.jsonl"
    with open(summaries_path, "w", encoding="utf-8") as fh:
        for spec, _, req in rows:
            row = stored.get(req.key)
            if row is None:
                continue
            fh.write(json.dumps({
                "case_id": req.case_id, "summary_id": _summary_id(spec, req),
                "model": spec.label, "text": row["text"], "backend": row["backend"], "prompt": req.prompt_id,
                "prompt_hash": req.prompt_hash, "sample": req.sample, "seconds": round(row["seconds"], 4),
                "prompt_tokens": row["prompt_tokens"], "completion_tokens": row["completion_tokens"],
                **_generation_fields(row),
            }, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    committed = run_dir / "summaries.jsonl"
    if _same_but_timings(summaries_path, committed):  # a rerun: keep the file byte for byte (committed runs stay clean)
        shutil.copyfile(committed, summaries_path)
    _, records = score_file(cases, summaries_path, stage, progress=progress)
    sig = signature(cases, prompts, config.samples, config.seed)
    table = _comparison_table(records, cases, sig, failed=len(failed), items=len(rows))
    (stage / "table.md").write_text(table + "\n", encoding="utf-8")
    truncated = sorted(r["summary_id"] for r in records if r.get("truncated"))
    manifest = {
        "run_id": run_id, "signature": sig, "config": _shown_config(config), "cases": [c.id for c in cases],
        "prompts": {p.id: {"hash": p.hash, "text": p.template} for p in prompts},
        "failed": failed, "summaries": len(records), "versions": {"cnh": __version__},
        # what a reader of the tables must know: failed items (a partial run), cut summaries, retries of the
        # stored generations (stable across reruns; this invocation's own retries go to run-log.json)
        "items": len(rows), "partial": bool(failed), "failures": failures,
        "truncated": {"count": len(truncated), "summary_ids": truncated}, "retries": _stored_tries(stored).summary(),
    }
    rundir.commit(["summaries.jsonl", "scores.jsonl", "table.md"], manifest)  # run.json (with hashes) last
    log_entry = {"generated": generated, "cached": len(rows) - len(missing),
                 "seconds": round(time.time() - t0, 3), "python": platform.python_version(),
                 "retries": tries.summary()}
    (run_dir / RUN_LOG).write_text(json.dumps(log_entry, indent=2) + "\n", encoding="utf-8")
    return RunResult(run_dir, records, generated, len(rows) - len(missing), failed, sig, table, items=len(rows),
                     failures=failures, truncated=len(truncated), retries=tries.summary())


RUN_LOG = "run-log.json"
"""What differs between two runs of the same job (generated and cached counts, wall time, the Python version):
written beside ``run.json`` by every invocation and kept out of version control, so that ``run.json``,
``summaries.jsonl`` and ``scores.jsonl`` of a rerun are byte-identical and the default job does not rewrite
committed files."""

VOLATILE = frozenset({"seconds"})
"""Per-summary fields of ``summaries.jsonl`` that differ between a fresh and a cached run (generation time)."""


def _write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` unless the file already holds exactly it (its bytes and mtime stay as they were)."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    path.write_text(text, encoding="utf-8")


def _strip(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in VOLATILE}


def _same_but_timings(new: Path, old: Path) -> bool:
    """True when two summaries files hold the same rows but for :data:`VOLATILE` fields."""
    try:
        with open(new, encoding="utf-8") as a, open(old, encoding="utf-8") as b:
            rows_a, rows_b = a.read().splitlines(), b.read().splitlines()
        return len(rows_a) == len(rows_b) and all(
            _strip(json.loads(x)) == _strip(json.loads(y)) for x, y in zip(rows_a, rows_b, strict=True))
    except (OSError, ValueError, AttributeError):
        return False


def _comparison_table(records: list[dict[str, Any]], cases: list[Case], sig: str, *, failed: int = 0,
                      items: int = 0) -> str:
    """The run's Markdown table with intervals and paired tests (or a note when nothing was scored); a partial run
    is marked above it, and a truncated column is added when any summary was cut."""
    from harness.reporting import build_tables, marks, tables

    head = marks.partial_line(failed, items)
    try:
        table, comparisons = build_tables(records, {c.id: c for c in cases})
    except ValueError as exc:
        return head + f"{exc}\n\n`{sig}`"
    md = tables.markdown(table, sig, comparisons)
    return head + marks.add_truncated_column(md, marks.truncated_counts(records))


def _summary_id(spec: ModelSpec, req: GenerationRequest) -> str:
    return f"{spec.label}/{req.case_id}/{req.prompt_id}/{req.sample}"


def _generation_fields(row: dict[str, Any]) -> dict[str, Any]:
    """What a summaries line says about how its text was generated: finish reason, truncation, attempts, retries."""
    causes = json.loads(row.get("retry_causes") or "[]")
    attempts = row.get("attempts") or 1
    return {"finish_reason": row.get("finish_reason"), "truncated": row.get("finish_reason") == "length",
            "attempts": attempts, "retries": attempts - 1, "retry_causes": causes}


def _shown_config(config: RunConfig) -> dict[str, Any]:
    """The config as written to run.json: credentials removed from any server URL."""
    data = config.model_dump()
    for model in data["models"]:
        if isinstance(model["params"].get("base_url"), str):
            model["params"]["base_url"] = display_url(model["params"]["base_url"])
    return data


def _stored_tries(stored: dict[str, dict[str, Any]]) -> _Tries:
    """Attempts and retries of the stored generations of a run (from the cache, so the same on every rerun)."""
    tries = _Tries()
    for row in stored.values():
        fields = _generation_fields(row)
        tries.count(fields["attempts"], fields["retry_causes"])
    return tries


class _Tries:
    """Attempts and retries of one run's generations, and why they were retried."""

    def __init__(self) -> None:
        self.attempts = 0
        self.retries = 0
        self.items_retried = 0
        self.causes: dict[str, int] = {}

    def add(self, gen: Generation) -> None:
        """Count one finished generation."""
        self.count(gen.attempts, gen.retry_causes)

    def count(self, attempts: int, causes: Iterable[str]) -> None:
        """Count one item that took ``attempts`` requests, retried for ``causes``."""
        self.attempts += attempts
        retries = max(0, attempts - 1)
        self.retries += retries
        self.items_retried += retries > 0
        for cause in causes:
            self.causes[cause] = self.causes.get(cause, 0) + 1

    def summary(self) -> dict[str, Any]:
        """``{"attempts", "retries", "items_retried", "causes": {cause: count}}``."""
        return {"attempts": self.attempts, "retries": self.retries, "items_retried": self.items_retried,
                "causes": dict(sorted(self.causes.items(), key=lambda kv: -kv[1]))}


__all__ = ["BackendError", "ModelSpec", "RunConfig", "RunResult", "parse_model_shortcut", "run", "score_signature",
           "signature"]
