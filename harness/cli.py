"""The ``cnh`` command line. Commands import what they need inside their bodies so that
``cnh --help`` stays fast (no pandas, torch, transformers or datasets at start-up)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from harness import __version__

EPILOG = ("Docs: docs/case-format.md (cases), docs/contract.md (verdicts and record format). Attribution uses a "
          "parser stage (spaCy's en_core_web_sm, installed with cnh) where its rules find no frame; CNH_PARSER=0 "
          "scores with the rules alone (the scores' signature says which).")


class _Cli(click.Group):
    """Turns unexpected exceptions into one clear line (exit 2); ``--debug`` shows the traceback.

    ``--debug`` is accepted anywhere before a ``--``: ``cnh score ... --debug`` as well as ``cnh --debug score``.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Take ``--debug`` out of the subcommand's arguments (it is a global option)."""
        cut = args.index("--") if "--" in args else len(args)
        if "--debug" in args[1:cut]:
            ctx.meta["cnh.debug"] = True
            args = [a for i, a in enumerate(args) if not (a == "--debug" and 0 < i < cut)]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # "cnh rules | head": the reader left; say nothing more
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted; what was finished is kept (rerun to resume)", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - the last line of defence of a command-line tool
            if ctx.meta.get("cnh.debug"):
                raise
            if isinstance(exc, OSError) and exc.filename:
                msg = f"cannot access {exc.filename}: {exc.strerror or exc}"
            else:
                msg = f"{type(exc).__name__}: {exc}"
            click.echo(f"error: {msg} (run with --debug for the traceback)", err=True)
            sys.exit(2)


def _flag(name: str):  # type: ignore[no-untyped-def]
    def callback(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        ctx.meta[f"cnh.{name}"] = value or ctx.meta.get(f"cnh.{name}", False)
        if name == "quiet" and value:
            _quiet_libraries()
        if name == "verbose" and value:
            import logging

            logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    return callback


def _quiet_libraries() -> None:
    """No progress bars from the Hugging Face libraries either (``datasets`` loading Parquet, hub downloads)."""
    for var in ("HF_DATASETS_DISABLE_PROGRESS_BARS", "HF_HUB_DISABLE_PROGRESS_BARS"):
        os.environ[var] = "1"
    if "datasets" in sys.modules:  # already imported: its switch, not the environment, decides
        sys.modules["datasets"].disable_progress_bars()


def _limit_option(what: str):  # type: ignore[no-untyped-def]
    """``--limit N``: a quick smoke run over the first N items only."""
    return click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
                        help=f"Only the first N {what} (a quick smoke run).")


def _info(message: str) -> None:
    """An informational line on stderr, unless ``cnh --quiet``."""
    if not click.get_current_context().meta.get("cnh.quiet"):
        click.echo(message, err=True)


def _progress() -> bool:
    """Progress bars only on a terminal and never with ``cnh --quiet``."""
    return sys.stderr.isatty() and not click.get_current_context().meta.get("cnh.quiet")


@click.group(cls=_Cli, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cnh")
@click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_flag("debug"),
              help="Show full tracebacks on errors.")
@click.option("--quiet", "-q", is_flag=True, expose_value=False, is_eager=True, callback=_flag("quiet"),
              help="No progress bars or informational lines (results and errors still print).")
@click.option("--verbose", "-v", is_flag=True, expose_value=False, is_eager=True, callback=_flag("verbose"),
              help="Log what backends and the cache do.")
def main() -> None:
    """Evaluate LLM summaries of contested news: attribution, hedging, numbers, loaded terms.

    \b
    Typical use:
      cnh lint cases/                      validate case files
      cnh check-case cases/                run every case's labelled probes through the scorers
      cnh run runs/baselines.yaml          generate, score and tabulate (results/baselines/)
      cnh score --cases cases/ --summaries s.jsonl --out out/
      cnh explain out/scores.jsonl SUMMARY_ID
      cnh report results/baselines --format latex
      cnh view results/baselines           browse summaries and evidence (offline page)
      cnh gate --baseline results/base --candidate results/new --policy docs/ci/gate.yaml
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per problem: file, line, field, message.")
@click.option("--explain-units", is_flag=True,
              help="Also print how every case number's unit was read: value, dimension, rate, referent.")
def lint(paths: tuple[Path, ...], as_json: bool, explain_units: bool = False) -> None:
    """Validate case files: schema, cross-references, article hashes.

    PATHS are case files or directories (default: cases/). Each problem is printed as
    FILE:LINE: FIELD: MESSAGE. Exit status: 0 clean, 1 problems found, 2 usage error.

    \b
    Example:
      cnh lint cases/
      cnh lint cases/river-dam-dispute.yaml
    """
    from harness.caseload import case_files
    from harness.caseload import lint as run_lint

    targets = list(paths) or [Path("cases")]
    if not paths and not Path("cases").is_dir():
        raise click.UsageError("no PATHS given and no cases/ directory here")
    files = list(case_files(targets))
    if not files:
        raise click.UsageError(f"no case files (*.yaml) under {', '.join(map(str, targets))}")
    cases, errors = run_lint(targets)
    from harness.unfinished import unfinished_report  # placeholders and missing probes: a draft is not finished

    errors = sorted([*errors, *unfinished_report(files)], key=lambda e: (files.index(Path(e.file))
                                                                         if Path(e.file) in files else 0, e.line))
    from harness.caseload import unit_report

    for item in unit_report(files, explain=explain_units):  # warnings: the exit status stays as it was
        click.echo(__import__("json").dumps(item.__dict__) if as_json else str(item))
    for err in errors:
        if as_json:
            import json

            click.echo(json.dumps(err.__dict__))
        else:
            click.echo(click.style(f"{err.file}:{err.line}:", bold=True) + str(err)[len(f"{err.file}:{err.line}:"):])
    bad_files = len({e.file for e in errors})
    _info(f"{len(files)} case file(s): {len(files) - bad_files} ok, {bad_files} with problems "
          f"({len(errors)} finding(s))")
    sys.exit(1 if errors else 0)


def _load_cases_or_exit(paths: list[Path]):  # -> list[Case]
    from harness.caseload import CaseError, load_cases

    try:
        return load_cases(paths)
    except CaseError as exc:
        for err in exc.errors:
            click.echo(str(err), err=True)
        sys.exit(2)


@main.command()
@click.option("--cases", "cases_dir", required=True, type=click.Path(exists=True, path_type=Path),
              help="Case file or directory of case files.")
@click.option("--summaries", required=True, type=click.Path(exists=True, path_type=Path),
              help="Summaries: JSONL (one {case_id, summary_id, model, text} object a line), Parquet, or a "
                   "datasets.save_to_disk directory.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output directory; scores go to OUT/scores.jsonl.")
@click.option("--quiet", "-q", is_flag=True, help="Print no table.")
@click.option("--parquet", is_flag=True, help="Also write OUT/scores.parquet (a datasets.Dataset with declared "
                                                  "features).")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Score in this many processes (same output, input order kept).")
@_limit_option("summaries of the file")
def score(cases_dir: Path, summaries: Path, out_dir: Path, quiet: bool, parquet: bool, workers: int,
          limit: int | None = None) -> None:
    """Score a file of summaries against the cases (docs/contract.md §3).

    Writes OUT/scores.jsonl, one record a summary in input order, each as soon as it is scored (memory
    stays flat however long the file; --parquet keeps the records to write them). A line that cannot be
    scored becomes an error record naming its line, and the rest are scored: malformed JSON, a missing
    or non-string case_id, summary_id or text, a null or non-string model or prompt, a non-integer sample,
    a NaN or infinite number, an unknown case, or a (model, summary_id) pair already seen on an earlier
    line. Prints a per-model table of mean metrics. Also writes OUT/score.json with the scores' signature
    (cnh:V|cases:N@hash|scorers:VERSION+HASH), which cnh compare and cnh gate check before comparing two
    outputs; every record carries it too (field "signature").

    Exit status: 0 every line scored, 1 some line became an error record (all others are still
    written), 2 usage error (bad arguments, unreadable cases or summaries).

    \b
    Example:
      cnh score --cases cases/ --summaries summaries.jsonl --out out/
      cnh score --cases cases/ --summaries big.jsonl --out out/ --workers 4
      cnh score --cases cases/ --summaries data.parquet --out out/ --parquet
      cnh score --cases cases/ --summaries big.jsonl --out smoke/ --limit 20
      cnh explain out/scores.jsonl k001
    """
    from harness.runner import score_signature
    from harness.scoring import score_file, write_score_manifest

    cases = _load_cases_or_exit([cases_dir])
    if quiet:
        click.get_current_context().meta["cnh.quiet"] = True
        _quiet_libraries()
    result = score_file(cases, summaries, out_dir, progress=not quiet and _progress(), keep_records=parquet,
                        workers=workers, signature=score_signature(cases), limit=limit)
    write_score_manifest(out_dir, cases, result.totals.records)
    if (out_dir / "run.json").is_file():
        click.echo(f"warning: {out_dir / 'run.json'} (written by cnh run) is what cnh compare and cnh gate read as "
                   "this directory's signature, not score.json: remove it if these scores replace that run's",
                   err=True)
    if parquet:
        from harness.io import write_scores

        _info(f"wrote {write_scores(result.records, out_dir / 'scores.parquet')}")
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    if not quiet:
        click.echo(result.totals.table())
    _info(f"wrote {result.totals.records} record(s) to {result.path}")
    if result.errors:
        click.echo(f"{len(result.errors)} of {result.totals.records} line(s) became error records", err=True)
        sys.exit(1)


@main.command("check-case")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="Show the evidence of failing probes.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per probe: case, probe, ok, diff.")
def check_case_cmd(paths: tuple[Path, ...], verbose: bool, as_json: bool) -> None:
    """Run every case's labelled probes through the scorers.

    Fails (exit 1) with a diff of expected vs got wherever a verdict differs; exit 2 if a case
    file is invalid. PATHS default to cases/.

    \b
    Example:
      cnh check-case cases/
      cnh check-case -v cases/river-dam-dispute.yaml
    """
    from harness.scoring import check_case, explain

    cases = _load_cases_or_exit(list(paths) or [Path("cases")])
    failed = 0
    rows = ["| case | probes | passed | failed |", "|---|---|---|---|"]
    for case in cases:
        results = check_case(case)
        bad = [r for r in results if not r.ok]
        failed += len(bad)
        if not results:  # nothing checks how the scorers judge this case: a draft, not a finished case
            failed += 1
            click.echo(__import__("json").dumps({"case_id": case.id, "probe_id": None, "ok": False,
                                                 "diff": ["no probes"]}) if as_json else
                       click.style("FAIL", fg="red", bold=True) + f" {case.id}: no probes (add labelled summaries)")
        rows.append(f"| {case.id} | {len(results)} | {len(results) - len(bad)} | {len(bad)} |")
        if as_json:
            import json

            for r in results:
                click.echo(json.dumps({"case_id": case.id, "probe_id": r.probe_id, "ok": r.ok, "diff": r.diff()}))
            continue
        for r in bad:
            click.echo(click.style("FAIL", fg="red", bold=True) + f" {case.id}/{r.probe_id}: {r.text}")
            for line in r.diff():
                click.echo(f"    {line}")
            if verbose:
                click.echo(explain(r.record, r.text))
    if not as_json:
        click.echo("\n".join(rows))
    sys.exit(1 if failed else 0)


@main.command("explain")
@click.argument("scores", type=click.Path(exists=True, dir_okay=True, path_type=Path))
@click.argument("summary_ids", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the matching records as JSON lines.")
def explain_cmd(scores: Path, summary_ids: tuple[str, ...], as_json: bool) -> None:
    """Show why a summary got its verdicts: spans, sources found and rules that fired.

    SCORES is a scores.jsonl file (or the directory holding it).

    \b
    Example:
      cnh explain out/scores.jsonl k001 k002
    """
    import json

    from harness.scoring import explain

    path = scores / "scores.jsonl" if scores.is_dir() else scores
    wanted = set(summary_ids)
    found = set()
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; bytes, so a bad byte is reported with its line
    except OSError as exc:
        click.echo(f"error: cannot read {path}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                why = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
                click.echo(f"error: {path}:{lineno}: not a score record (invalid JSON: {why})", err=True)
                sys.exit(2)
            if not isinstance(rec, dict):
                click.echo(f"error: {path}:{lineno}: not a score record (expected a JSON object)", err=True)
                sys.exit(2)
            if rec.get("summary_id") in wanted:
                found.add(rec["summary_id"])
                # Summary text is untrusted: never let it drive the terminal (colours, titles, cursor moves).
                click.echo(json.dumps(rec, ensure_ascii=False) if as_json else _printable(explain(rec)))
    missing = wanted - found
    if missing:
        click.echo(f"not found in {path}: {', '.join(sorted(missing))}", err=True)
        sys.exit(1)


_TERMINAL_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"              # CSI: colours, cursor moves, clears
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"    # OSC: window titles, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"         # DCS, SOS, PM, APC strings
    r"|\x1b[@-Z\\-_]?"                      # other escapes, or a lone ESC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # other controls, bidi overrides
"""Terminal control in untrusted text; newlines and tabs are kept."""


def _printable(text: str) -> str:
    """``text`` without terminal escape sequences, control characters (but newlines and tabs) or bidi overrides."""
    return _TERMINAL_CONTROL.sub("", text)


@main.command("rules")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per rule: id, stage, priority, description, "
              "examples.")
@click.option("--stage", default=None, help="Only rules of this stage (frame, hedge, verdict, number, loaded).")
def rules_cmd(as_json: bool, stage: str | None) -> None:
    """List every rule that can decide a verdict: id, stage, priority, description and examples.

    Every claim, number and loaded-term verdict in scores.jsonl names the id of the rule that decided
    it (`rule_id`); `cnh explain` shows that rule's description. The rule tables are the YAML files in
    scorers/rules/; each example is a summary run as a test against scorers/examples/.

    \b
    Examples:
      cnh rules
      cnh rules --stage frame
      cnh rules --json | jq -r .id
    """
    import json

    from scorers.rulebook import rules

    listed = [r for r in rules().values() if stage is None or r.stage == stage]
    if stage is not None and not listed:
        known = sorted({r.stage for r in rules().values()})
        raise click.BadParameter(f"no rules of stage {stage!r}; stages: {', '.join(known)}", param_hint="--stage")
    for r in listed:
        if as_json:
            click.echo(json.dumps(r.model_dump(exclude_none=True), ensure_ascii=False))
            continue
        click.echo(f"{r.id}  [{r.stage}, priority {r.priority}]\n  {r.description}")
        for ex in r.examples:
            target = ex.claim or ex.number or ex.term
            click.echo(f"    e.g. {ex.text!r} -> {target}: {ex.verdict}")


@main.command("run")
@click.argument("config", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", "models", multiple=True,
              help="BACKEND:MODEL instead of a config, repeatable: baseline:lead-3, baseline:strip-attribution, "
                   "openai:MODEL@URL, transformers:PATH, file:MODEL=summaries.jsonl.")
@click.option("--cases", "case_paths", multiple=True, help="Case files, directories or globs (default cases/).")
@click.option("--prompt", "prompts", multiple=True, help="Prompt name (built-in: default, neutral) or file.")
@click.option("--samples", type=int, default=None, help="Samples per (model, case, prompt).")
@click.option("--seed", type=int, default=None, help="Run seed.")
@click.option("--run-id", default=None, help="Directory name under the output folder.")
@click.option("--out", default=None, help="Output folder (default results/).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Only the first N cases (a quick smoke run); the run id gets a -firstN suffix unless --run-id "
                   "is given, so a smoke run never replaces the full run's results.")
def run_cmd(config: Path | None, models: tuple[str, ...], case_paths: tuple[str, ...], prompts: tuple[str, ...],
            samples: int | None, seed: int | None, run_id: str | None, out: str | None, quiet: bool,
            limit: int | None = None) -> None:
    """Generate every (model × case × prompt × sample) summary, score it, write results/<run-id>/.

    CONFIG is a run config (YAML: models, cases, prompts, samples, seed; see runs/baselines.yaml).
    Options given on the command line override the config. Finished generations are cached
    (.cnh-cache/), so a rerun, or a run after a crash, generates only what is missing.
    Each backend's parameters (params: in the config), their defaults and meaning: `cnh backends`.

    Summaries that stopped at the token limit are marked truncated (a column of the table);
    retries are counted in run.json and logged with their cause under --verbose; a run with
    failed items is marked partial, and exits 1. Ctrl-C or SIGTERM keep what was finished.

    \b
    Examples:
      cnh run runs/baselines.yaml
      cnh run --model baseline:lead-3 --model baseline:strip-attribution --cases cases/
      cnh run runs/baselines.yaml --limit 3          # smoke run: results/baselines-first3/
      cnh run --model openai:meta-llama/Llama-3.1-8B-Instruct@http://127.0.0.1:8000/v1 --samples 3
    """
    import hashlib
    import signal

    from harness.backends import BackendError
    from harness.caseload import CaseError
    from harness.prompt import PromptError
    from harness.runner import RunConfig, expand_cases, load_config, parse_model_shortcut, run

    try:
        if config is not None:
            cfg = load_config(config)
            default_id = config.stem
        elif models:
            cfg = RunConfig(models=[parse_model_shortcut(m) for m in models])
            default_id = None
        else:
            raise click.UsageError("give a CONFIG file or at least one --model")
        updates: dict = {}
        if models and config is not None:
            updates["models"] = [parse_model_shortcut(m) for m in models]
        for key, value in (("cases", list(case_paths)), ("prompts", list(prompts)), ("samples", samples),
                           ("seed", seed), ("out", out), ("run_id", run_id)):
            if value not in (None, []):
                updates[key] = value
        cfg = cfg.model_validate({**cfg.model_dump(), **{k: (v if k != "models" else [m.model_dump() for m in v])
                                                         for k, v in updates.items()}})
        rid = cfg.run_id or default_id or "run-" + hashlib.sha256(cfg.model_dump_json().encode()).hexdigest()[:8]
        cases = _load_cases_or_exit([Path(p) for p in expand_cases(cfg.cases)])
        if limit is not None:
            cases = cases[:limit]
            rid = rid if run_id else f"{rid}-first{limit}"
        if quiet:
            click.get_current_context().meta["cnh.quiet"] = True
            _quiet_libraries()
        terminated: list[int] = []

        def on_sigterm(signum: int, _frame: object) -> None:  # end like Ctrl-C: finished items are kept
            terminated.append(signum)
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, on_sigterm)
        try:
            result = run(cfg, cases, run_id=rid, progress=not quiet and _progress(),
                         echo=lambda s: click.echo(s, err=True))
        except KeyboardInterrupt:
            what = "terminated (SIGTERM)" if terminated else "interrupted"
            click.echo(f"{what}; every finished generation is kept in the cache: rerun the same command to "
                       "resume", err=True)
            sys.exit(143 if terminated else 130)
        finally:
            signal.signal(signal.SIGTERM, previous)
    except CaseError as exc:
        for err in exc.errors:
            click.echo(str(err), err=True)
        sys.exit(2)
    except (BackendError, PromptError, FileNotFoundError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(result.table)
    _run_report(result)


def _run_report(result) -> None:  # type: ignore[no-untyped-def]  # RunResult: imported lazily
    """The lines after a run's table: counts, truncation, retries, failures (at most 20), and the exit status."""
    failures = result.failures
    click.echo(f"run {result.run_dir}: {result.generated} generated, {result.cached} from cache, "
               f"{len(result.failed)} failed" + (f" of {result.items} (partial run)" if result.failed else ""),
               err=True)
    if result.truncated:
        click.echo(f"truncated: {result.truncated} summar{'y' if result.truncated == 1 else 'ies'} stopped at the "
                   "token limit (raise max_tokens / max_new_tokens; listed in run.json)", err=True)
    tries = result.retries
    if tries.get("retries"):
        causes = ", ".join(f"{cause} ×{n}" for cause, n in tries["causes"].items())
        click.echo(f"retries: {tries['retries']} over {tries['items_retried']} item(s) ({causes}); "
                   "--verbose logs each", err=True)
    by_error: dict[str, list[str]] = {}  # one line per distinct error, so 1,000 items that failed alike are 1 line
    for f in failures:
        by_error.setdefault(f["error"], []).append(f["item"])
    limit = 20
    for error, items in list(by_error.items())[:limit]:
        more = f" and {len(items) - 1} more item(s)" if len(items) > 1 else ""
        click.echo(f"failed: {items[0]}{more}: {error}", err=True)
    if len(by_error) > limit:
        hidden = sum(len(items) for items in list(by_error.values())[limit:])
        click.echo(f"failed: ... and {hidden} more (all listed in {result.run_dir / 'run.json'})", err=True)
    if result.failed:
        permanent = sum(1 for f in failures if f.get("permanent"))
        if permanent:
            click.echo(f"{permanent} failure(s) are permanent (refused by the server with HTTP 4xx, or missing from "
                       "a summaries file): a rerun fails the same way; fix the config, the key or the input first",
                       err=True)
        if permanent < len(result.failed):
            click.echo(f"{len(result.failed) - permanent} failure(s) may pass on a rerun: rerun the same command "
                       "to retry them (finished items come from the cache)", err=True)
        sys.exit(1)



@main.command("backends")
@click.argument("names", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per backend: name, summary, model, params.")
def backends_cmd(names: tuple[str, ...], as_json: bool) -> None:
    """List each backend of `cnh run` with its parameters, their defaults and what they do.

    NAMES are backends to show (default: all). Parameters go under `params:` of a model in a run
    config. Those marked "cache key" change the output, so changing them makes new generations;
    the others (transport, batching, speed) reuse the cache.

    \b
    Examples:
      cnh backends
      cnh backends openai
      cnh backends --json | jq '.params[].name'
    """
    import json

    from harness.backends import BACKENDS, BackendError, describe

    for name in names or BACKENDS:
        try:
            summary, model, params = describe(name)
        except BackendError as exc:
            raise click.BadParameter(str(exc), param_hint="NAMES") from None
        if as_json:
            click.echo(json.dumps({"name": name, "summary": summary, "model": model, "params": [
                {"name": p.name, "default": p.default, "meaning": p.meaning, "cache_key": p.in_cache_key}
                for p in params]}, ensure_ascii=False, default=str))
            continue
        click.echo(click.style(name, bold=True) + f": {summary}")
        click.echo(f"  model: {model}")
        width = max((len(p.name) for p in params), default=0)
        for p in params:
            default = p.default if isinstance(p.default, str) else json.dumps(p.default)
            key = "" if p.in_cache_key else " [not in cache key]"
            click.echo(f"  {p.name:<{width}}  {default}: {p.meaning}{key}")
        click.echo("")


FORMATS = ("md", "latex", "csv", "json", "html")


def _render(runs: list, case_dir: Path, fmt: str, by: str, baseline: str | None) -> str:
    """Shared body of `report` and `compare`."""
    from harness.reporting import build_tables, tables
    from harness.reporting.load import cases_for

    cases = cases_for(runs, _load_cases_or_exit([case_dir]))
    records = [r for run in runs for r in run.records]
    signature = " ; ".join(sorted({run.signature for run in runs if run.signature})) or "(no signature)"
    if fmt == "html":
        from harness.reporting.html import render_html

        return render_html([(run.signature, run.records, run.summaries) for run in runs], cases)
    try:
        table, comparisons = build_tables(records, cases, by=by, baseline=baseline)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    from harness.reporting import marks

    partial = [run for run in runs if run.partial]  # marked in every format (issue 18.3)
    heads = [marks.partial_line(run.failed, run.items, str(run.path) if len(runs) > 1 else "") for run in partial]
    notes = [h.strip().replace("**", "") for h in heads]
    if fmt == "md":
        return "".join(heads) + marks.add_truncated_column(tables.markdown(table, signature, comparisons, by=by),
                                                           marks.truncated_counts(records, by))
    if fmt == "latex":
        return "".join(f"% {n}\n" for n in notes) + tables.latex(table, signature, by=by, comparisons=comparisons)
    if fmt == "csv":
        return "".join(f"# {n}\n" for n in notes) + tables.csv(table, signature, by=by)
    import json

    text = tables.as_json(table, signature, comparisons, by=by)
    counts = marks.truncated_counts(records, by)
    if not partial and not any(cut for cut, _ in counts.values()):
        return text
    data = json.loads(text)
    data["partial"] = [{"run": str(run.path), "failed": run.failed, "items": run.items} for run in partial]
    data["truncated"] = {k: {"truncated": cut, "summaries": n} for k, (cut, n) in counts.items()}
    return json.dumps(data, indent=2)


def _report_options(f):  # type: ignore[no-untyped-def]
    f = click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)(f)
    f = click.option("--by", type=click.Choice(["model", "topic", "case_id"]), default="model",
                     show_default=True, help="Group rows by model, topic or case.")(f)
    f = click.option("--cases", "case_dir", type=click.Path(exists=True, path_type=Path), default=Path("cases"),
                     show_default=True, help="Where the run's cases are.")(f)
    f = click.option("--baseline", default=None, help="Model that the others are compared with (paired test).")(f)
    f = click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Write to this file instead of standard output.")(f)
    return f


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text)
    else:
        output.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
        _info(f"wrote {output}")


@main.command("report")
@click.argument("run_dir", type=click.Path(exists=True, path_type=Path))
@_report_options
def report_cmd(run_dir: Path, fmt: str, by: str, case_dir: Path, baseline: str | None, output: Path | None) -> None:
    """Tables of one run: each metric per model with a 95% case-bootstrap interval.

    Models are compared pairwise with the baseline (paired permutation test; significant
    differences are marked). Every table ends with the run's signature.

    \b
    Examples:
      cnh report results/baselines
      cnh report results/baselines --format latex -o table.tex
      cnh report results/baselines --by topic
      cnh report results/baselines --format html -o report.html
    """
    from harness.reporting.load import RunError, load_run

    try:
        _emit(_render([load_run(run_dir)], case_dir, fmt, by, baseline), output)
    except RunError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


def _allow_options(f):  # type: ignore[no-untyped-def]
    f = click.option("--allow-different-prompts", is_flag=True,
                     help="Compare runs whose prompt templates differ (signature part prompt:).")(f)
    f = click.option("--allow-different-scorers", is_flag=True,
                     help="Compare runs scored by different scorers (signature part scorers:, a hash of every "
                          "file of the judgement rules).")(f)
    f = click.option("--allow-different-suites", is_flag=True,
                     help="Compare runs scored on different case suites (signature part cases:).")(f)
    return f


@main.command("compare")
@click.argument("run_dirs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_report_options
@_allow_options
def compare_cmd(run_dirs: tuple[Path, ...], fmt: str, by: str, case_dir: Path, baseline: str | None,
                output: Path | None, allow_different_suites: bool, allow_different_scorers: bool,
                allow_different_prompts: bool) -> None:
    """Several runs side by side (their models in one table, paired tests against the baseline).

    The runs' signatures must agree on the case suite (cases:), the scorers (scorers:, a hash of every
    file of the judgement rules) and the prompts (prompt:); otherwise the runs are refused (exit 3,
    naming both values) unless --allow-different-suites, --allow-different-scorers or
    --allow-different-prompts is given. A scores file without a signature (none in run.json, score.json
    or its records) is refused unless all three are given.

    Models of different runs are never pooled: a model name found in several runs is shown as RUN/MODEL
    for each (RUN is the run directory's name), unless its summaries and verdicts are the same in each
    (the same baseline included in both runs), when it is shown once. Every such decision is printed on
    standard error.

    \b
    Example:
      cnh compare results/baselines results/my-model --baseline lead-3
      cnh compare results/v1 results/v2 --baseline v1/mine    # both runs have a model called "mine"
      cnh compare results/old results/new --allow-different-scorers   # before/after a rule change
    """
    from harness.reporting.load import NotComparableError, RunError, check_comparable, load_run, separate_models

    try:
        runs = [load_run(p) for p in run_dirs]
        check_comparable(runs, allow_suites=allow_different_suites, allow_scorers=allow_different_scorers,
                         allow_prompts=allow_different_prompts)
        runs, notes = separate_models(runs)
        for note in notes:
            click.echo(f"note: {note}", err=True)
        models = {str(r.get("model") or "-") for run in runs for r in run.records}
        if baseline is not None and baseline not in models:
            split = sorted(m for m in models if m.endswith("/" + baseline))
            if split:
                raise click.UsageError(f"--baseline {baseline!r} is a model of several runs, kept apart: use one of "
                                       + ", ".join(split))
        _emit(_render(runs, case_dir, fmt, by, baseline), output)
    except NotComparableError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except RunError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)



def _refuse_partial(base, cand, allow_partial: bool) -> None:  # type: ignore[no-untyped-def]
    """Exit 3 on a partial candidate (items that failed to generate) unless allowed; warn on a partial baseline."""
    for which, partial_run in (("candidate", cand), ("baseline", base)):
        if partial_run.partial:
            note = (f"{which} {partial_run.path} is a partial run: {partial_run.failed} failed of "
                    f"{partial_run.items} items (listed in its run.json)")
            if which == "candidate" and not allow_partial:
                click.echo(f"error: {note}; its numbers cover only part of the suite: rerun it to finish, or pass "
                           "--allow-partial", err=True)
                sys.exit(3)
            click.echo(f"warning: {note}", err=True)


@main.command("gate")
@click.option("--baseline", "baseline_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="Baseline run directory (or its scores.jsonl).")
@click.option("--candidate", "candidate_path", required=True, type=click.Path(exists=True, path_type=Path),
              help="Candidate run directory (or its scores.jsonl).")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Gate policy YAML (default: small budgets on the main metrics; see docs/ci/gate.yaml).")
@click.option("--cases", "case_dir", type=click.Path(exists=True, path_type=Path), default=Path("cases"),
              show_default=True)
@click.option("--baseline-model", default="", help="Model of the baseline run to use, if it has several.")
@click.option("--candidate-model", default="", help="Model of the candidate run to use, if it has several.")
@click.option("--fail-on-warn", is_flag=True,
              help="Fail (exit 1) on a warning too: a budget breach that is not significant (policy significance).")
@click.option("--junit", "junit_path", type=click.Path(dir_okay=False, path_type=Path), help="Write JUnit XML.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON.")
@click.option("--markdown", "md_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a Markdown snippet for a pull-request comment (text from the runs is escaped).")
@_allow_options
@click.option("--allow-partial", is_flag=True, help="Gate a candidate run in which some items failed to generate "
              "(compared on the items it has).")
def gate_cmd(baseline_path: Path, candidate_path: Path, policy: Path | None, case_dir: Path, baseline_model: str,
             candidate_model: str, fail_on_warn: bool, junit_path: Path | None, json_path: Path | None,
             md_path: Path | None, allow_different_suites: bool, allow_different_scorers: bool,
             allow_different_prompts: bool, allow_partial: bool = False) -> None:
    """Fail when a candidate run regresses against a baseline beyond the policy's budgets.

    \b
    Exit status:
      0  pass (possibly with warnings: a budget breach that is not significant prints WARN with its
         p-value; --fail-on-warn turns warnings into failures)
      1  regression: a budget, bound or hard rule failed, or the candidate has error records (each is a
         failed item; the policy's max_errors allows some, default 0)
      2  usage or input error: bad arguments, unreadable runs or cases, a policy that checks nothing or
         has NaN or crossed bounds (named by file:line:field), a summary id that appears twice
         in one run, more candidate summaries of an item (case/prompt/sample) than the baseline
         has, an unknown or ambiguous model
      3  not comparable: the candidate is a partial run (items that failed to generate, listed in its
         run.json; --allow-partial gates it anyway), the candidate lacks some of the baseline's items
         (the message counts them), or the signatures differ in the case suite (cases:), the scorers
         (scorers:, a hash of every file of the judgement rules) or the prompts (prompt:), or a run
         has no signature (none in run.json, score.json or its records); the message names both values

    The --allow-different-* flags waive each signature check (a regression gate across a rule change
    is rarely what you want: rescore the baseline instead).

    \b
    Example:
      cnh gate --baseline results/baselines --candidate results/candidate --policy docs/ci/gate.yaml \\
               --junit gate.xml --markdown gate.md
    """
    from harness import gate
    from harness.caseload import CaseError
    from harness.reporting.load import NotComparableError, RunError, cases_for, check_comparable, load_run

    try:
        pol = gate.load_policy(policy)
        base, cand = load_run(baseline_path), load_run(candidate_path)
        _refuse_partial(base, cand, allow_partial)
        check_comparable([base, cand], allow_suites=allow_different_suites, allow_scorers=allow_different_scorers,
                         allow_prompts=allow_different_prompts)
        cases = cases_for([base, cand], _load_cases_or_exit([case_dir]))
        result = gate.gate_runs(base.records, cand.records, cases, pol, baseline_model=baseline_model,
                                candidate_model=candidate_model, fail_on_warn=fail_on_warn,
                                allow_missing=allow_partial)
    except CaseError as exc:
        for err in exc.errors:
            click.echo(str(err), err=True)
        sys.exit(2)
    except NotComparableError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(3)
    except (RunError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    signature = cand.signature or "(no signature)"
    click.echo(gate.human(result))
    for path, text in ((junit_path, gate.junit(result)), (json_path, gate.as_json(result, signature)),
                       (md_path, gate.markdown(result, signature))):
        if path is not None:
            path.write_text(text, encoding="utf-8")
    sys.exit(0 if result.passed else 1)



@main.group("cases")
def cases_group() -> None:
    """Inspect the case suite."""


@cases_group.command("list")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per case instead of a table.")
def cases_list(paths: tuple[Path, ...], as_json: bool) -> None:
    """Suite metadata: topic, sides, claims (contested), numbers, loaded terms by side, probes.

    Also reports side-balance problems (a case whose contested claims or loaded terms all come from
    one side lets a model score well by always distrusting that side).

    \b
    Example:
      cnh cases list
      cnh cases list --json | jq .topic
    """
    import json as json_mod

    from harness.suite import balance_problems, case_row, markdown_list

    cases = _load_cases_or_exit(list(paths) or [Path("cases")])
    if as_json:
        for case in cases:
            click.echo(json_mod.dumps(case_row(case)))
        return
    click.echo(markdown_list(cases))
    for problem in balance_problems(cases):
        click.echo(f"balance: {problem}", err=True)


@main.command("export")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["hf"]), default="hf", show_default=True)
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path),
              help="Directory to save the dataset to (datasets.load_from_disk reads it back).")
def export_cmd(paths: tuple[Path, ...], fmt: str, output: Path) -> None:
    """Export the case suite as a Hugging Face dataset saved to disk.

    \b
    Example:
      cnh export cases/ -o suite-hf
      python -c "import datasets; print(datasets.load_from_disk('suite-hf'))"
    """
    from harness.suite import export_hf

    cases = _load_cases_or_exit(list(paths) or [Path("cases")])
    click.echo(f"wrote {len(cases)} cases to {export_hf(cases, output)}")


@main.command("draft-case")
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Case file to write, e.g. cases/new.yaml.")
@click.option("--id", "case_id", default=None, help="Case id (default: the article file's stem in kebab-case).")
@click.option("--title", default=None, help="Case title (default: the article's first sentence).")
@click.option("--topic", default="TODO", show_default=True, help="Topic tag.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def draft_case_cmd(article: Path, output: Path, case_id: str | None, title: str | None, topic: str,
                   force: bool) -> None:
    """Draft a case skeleton from an article: sources, claims, numbers and loaded terms, with TODO marks.

    \b
    Example:
      cnh draft-case article.txt -o cases/new-case.yaml --topic election
    """
    import re

    from harness.draft import draft_case

    if output.exists() and not force:
        raise click.ClickException(f"{output} exists; use --force to overwrite it")
    cid = case_id or re.sub(r"[^a-z0-9]+", "-", article.stem.lower()).strip("-") or "draft"
    text = draft_case(article.read_text(encoding="utf-8"), case_id=cid, title=title, topic=topic)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote {output}: fill in the '# TODO' marks, then run `cnh lint {output}`")



@main.command("view")
@click.argument("runs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--cases", "case_dir", type=click.Path(path_type=Path), default=Path("cases"), show_default=True,
              help="Where the runs' cases are (topics, claim statements, headline); missing cases still show.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the page here (default: view.html in the first RUN's directory; with --serve, nothing "
                   "is written unless -o is given).")
@click.option("--summaries", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A summaries JSONL to take texts from when the records have none (cnh score's input).")
@click.option("--serve", is_flag=True, help="Serve the page on http://127.0.0.1:PORT/ (standard library "
              "http.server, localhost only) until Ctrl-C.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port for --serve (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default web browser.")
def view_cmd(runs: tuple[Path, ...], case_dir: Path, output: Path | None, summaries: Path | None, serve: bool,
             port: int, open_browser: bool) -> None:
    """Browse the summaries of one or more runs in a web page: filter, sort, compare, see the evidence.

    Writes one self-contained HTML file (inline script and style, the data embedded; it loads nothing
    from the network, so it works offline and can be attached to a ticket). The page lists every
    summary with filters (run, model, case, topic, prompt, claim verdict, numeric-error kind, loaded
    term, text), sortable columns, the summary text with every evidence span highlighted and the rule
    (id and description, as in `cnh rules`) behind each verdict, and a side-by-side comparison of the
    models and runs that summarised the same case with the same prompt. Filters and selection are kept
    in the page's URL (#...), so a link shows the same view.

    RUNS are run directories (written by `cnh run` or `cnh score`) or their scores.jsonl files.
    Exit status: 0 written (or served), 2 a run or the cases cannot be read.

    \b
    Examples:
      cnh view results/baselines                       # writes results/baselines/view.html
      cnh view results/baselines results/my-model -o compare.html --open
      cnh view results/baselines --serve --port 8000   # http://127.0.0.1:8000/
    """
    from harness.reporting.load import RunError
    from harness.view import serve_page, view_runs

    cases = {c.id: c for c in _load_cases_or_exit([case_dir])} if case_dir.exists() else {}
    if not case_dir.exists():
        _info(f"no cases at {case_dir}: topics, claim statements and headline scores are not shown (pass --cases)")
    try:
        page = view_runs(list(runs), cases, summaries=summaries)
    except RunError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if output is None and not serve:
        first = runs[0] if runs[0].is_dir() else runs[0].parent
        output = first / "view.html"
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, encoding="utf-8")
        click.echo(f"wrote {output} ({len(page.encode('utf-8')) // 1024} KB): open it in a browser, offline")
    if not serve:
        if open_browser and output is not None:
            import webbrowser

            webbrowser.open(output.resolve().as_uri())
        return

    def ready(url: str) -> None:
        click.echo(f"serving {url} (Ctrl-C to stop)")
        sys.stdout.flush()
        if open_browser:
            import webbrowser

            webbrowser.open(url)

    try:
        serve_page(page, port=port, on_ready=ready)
    except OSError as exc:
        click.echo(f"error: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc} (try --port 0)", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_cmd(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    Examples:
      eval "$(cnh completion bash)"            # in ~/.bashrc
      cnh completion zsh > ~/.zfunc/_cnh
      cnh completion fish > ~/.config/fish/completions/cnh.fish
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - click ships all three
        raise click.UsageError(f"no completion for {shell}")
    click.echo(cls(main, {}, "cnh", "_CNH_COMPLETE").source())


if __name__ == "__main__":
    main()
