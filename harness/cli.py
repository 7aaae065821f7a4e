"""The ``cnh`` command line. Commands import what they need inside their bodies so that
``cnh --help`` stays fast (no pandas, torch, transformers or datasets at start-up)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from harness import __version__

EPILOG = "Docs: docs/case-format.md (cases), CONTRACT.md (verdicts and record format)."


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cnh")
def main() -> None:
    """Evaluate LLM summaries of contested news: attribution, hedging, numbers, loaded terms.

    \b
    Typical use:
      cnh lint cases/                      validate case files
      cnh check-case cases/                run every case's labelled probes through the scorers
      cnh score --cases cases/ --summaries s.jsonl --out out/
      cnh explain out/scores.jsonl SUMMARY_ID
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def lint(paths: tuple[Path, ...]) -> None:
    """Validate case files: schema, cross-references, article hashes.

    PATHS are case files or directories (default: cases/). Each problem is printed as
    FILE:LINE: FIELD: MESSAGE. Exit status: 0 clean, 1 problems found, 2 usage error.

    \b
    Example:
      cnh lint cases/
      cnh lint cases/kursk-command-post.yaml
    """
    from harness.caseload import case_files, lint as run_lint

    targets = list(paths) or [Path("cases")]
    if not paths and not Path("cases").is_dir():
        raise click.UsageError("no PATHS given and no cases/ directory here")
    files = list(case_files(targets))
    if not files:
        raise click.UsageError(f"no case files (*.yaml) under {', '.join(map(str, targets))}")
    cases, errors = run_lint(targets)
    for err in errors:
        click.echo(str(err))
    bad_files = len({e.file for e in errors})
    click.echo(f"{len(files)} case file(s): {len(cases)} ok, {bad_files} with problems ({len(errors)} finding(s))",
               err=True)
    sys.exit(1 if errors else 0)
