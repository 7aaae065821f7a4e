"""Assertions for teams that test their own summariser with pytest (see ``harness.pytest_plugin``).

Example::

    from harness.testing import assert_summary

    def test_summariser(cnh_case):
        assert_summary(my_model(cnh_case.article), cnh_case)

Defaults a summariser must earn (chosen on the shipped baselines, ``results/baselines/``): no contested
claim stated as fact, no misattribution, no numeric error, no loaded term in its own voice, and at least
half of the case's required claims mentioned (:data:`DEFAULT_MIN_COVERAGE`). With these defaults the
first three sentences of the article (``lead-3``) pass 1 of the 25 shipped cases, the first five
(``lead-5``) 5, and ``strip-attribution`` 2; with the old ``min_coverage=0``, ``lead-3`` passed 22.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from harness.case import Case

DEFAULT_MIN_COVERAGE = 0.5
"""Share of required claims a summary must mention by default. Measured on the shipped baselines
(``cnh run runs/baselines.yaml``): lead-3 reaches it in 1 of 25 cases, lead-5 in 7. Of the blind rounds'
labelled summaries (``tests/data/rounds/``), all bullet lists (31) and long summaries (15) reach it, 10 of 11
key-point lists, and 31% of one-paragraph summaries."""


class SummaryRequirementError(AssertionError):
    """A summary broke one or more requirements; the message lists each with its evidence."""


@dataclass
class Checked:
    """One :func:`assert_summary` call as the plugin's terminal summary shows it."""

    case_id: str
    metrics: dict[str, float]
    broken: list[str]
    thresholds: dict[str, float] = field(default_factory=dict)


RECORDER: list[Checked] | None = None
"""When a list (the pytest plugin sets one per session), every :func:`assert_summary` call is appended."""


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """``1 claim``, ``2 claims`` (``plural`` for irregular nouns)."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _flat(text: str, limit: int = 200) -> str:
    """Evidence on one line: newlines and runs of spaces become one space; long text is cut with "..."."""
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 3] + "...")


def assert_summary(summary: str, case: Case, *, max_bare_contested: int = 0, max_misattributed: int = 0,
                   max_numeric_errors: int = 0, max_loaded_terms: int = 0,
                   min_coverage: float = DEFAULT_MIN_COVERAGE) -> None:
    """Fail (AssertionError) when a summary of ``case`` breaks a requirement; pass silently otherwise.

    Args:
        summary: the summary text.
        case: the case it summarises.
        max_bare_contested: contested claims allowed to be stated as fact (default none).
        max_misattributed: claims allowed to be credited to a source they do not accept (default none).
        max_numeric_errors: wrong or unsupported numbers allowed (default none).
        max_loaded_terms: loaded terms allowed in the summary's own voice (default none).
        min_coverage: share of required claims the summary must mention (default
            :data:`DEFAULT_MIN_COVERAGE`, 0.5; pass 0 to check only how claims are stated).

    Each requirement is a metric of the registry (``scorers.metrics``): ``unattributed_contested``,
    ``misattributed``, ``numeric_errors``, ``loaded_terms``, ``coverage``; messages use its label and
    name each claim by its id and statement.

    Raises:
        SummaryRequirementError: listing each violated requirement with the evidence (span text,
            source found, rule) that breaks it.
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this function's
    from scorers import score_summary
    from scorers.metrics import METRICS, contested_claims, is_bare_contested, is_narrator_loaded, is_numeric_error

    rec = score_summary(case, summary, summary_id="assert_summary")
    contested = contested_claims(case)
    statement = {c.id: c.statement for c in case.claims}
    problems: list[str] = []
    broken: list[str] = []  # the metrics whose requirement is broken

    def named(claim_id: str) -> str:
        return f"{claim_id} ({statement.get(claim_id, '?')!r})"

    def over(metric: str, found: int, allowed: int, what: str, plural: str) -> bool:
        if found <= allowed:
            return False
        broken.append(metric)
        problems.append(f"{METRICS[metric].label}: {_plural(found, what, plural)} (allowed {allowed}):")
        return True

    bare = [c for c in rec.claims if is_bare_contested(c, contested)]
    if over("unattributed_contested", len(bare), max_bare_contested, "contested claim stated as fact",
            "contested claims stated as fact"):
        problems += [f"  - {named(c.claim_id)}: stated as fact in {_flat(c.evidence)} ({c.rule})" for c in bare]
    mis = [c for c in rec.claims if c.verdict == "misattributed"]
    if over("misattributed", len(mis), max_misattributed, "misattributed claim", "misattributed claims"):
        problems += [f"  - {named(c.claim_id)}: credited to {c.source or c.source_text!r} in {_flat(c.evidence)}"
                     for c in mis]
    errs = [n for n in rec.numbers if is_numeric_error(n)]
    if over("numeric_errors", len(errs), max_numeric_errors, "numeric error", "numeric errors"):
        problems += [f"  - {_flat(n.text)} at {list(n.span)}: {n.reason or n.verdict} ({n.rule})" for n in errs]
    loaded = [t for t in rec.loaded if is_narrator_loaded(t)]
    if over("loaded_terms", len(loaded), max_loaded_terms, "loaded term in the summary's own voice",
            "loaded terms in the summary's own voice"):
        problems += [f"  - {t.term!r} at {list(t.span)}: {_flat(summary[t.span[0]:t.span[1]])}" for t in loaded]
    if rec.metrics["coverage"] < min_coverage:
        broken.append("coverage")
        mentioned = {c.claim_id for c in rec.claims}
        missing = [c.id for c in case.claims if c.required and c.id not in mentioned]
        problems.append(f"{METRICS['coverage'].label}: {rec.metrics['coverage']:.2f} < {min_coverage:.2f}; "
                        f"required {'claim' if len(missing) == 1 else 'claims'} not mentioned:")
        problems += [f"  - {named(cid)}" for cid in missing]
    if RECORDER is not None:
        RECORDER.append(Checked(case.id, dict(rec.metrics), list(broken), {
            "unattributed_contested": max_bare_contested, "misattributed": max_misattributed,
            "numeric_errors": max_numeric_errors, "loaded_terms": max_loaded_terms, "coverage": min_coverage}))
    if problems:
        raise SummaryRequirementError(f"summary of case {case.id!r} breaks {_plural(len(broken), 'requirement')}:\n"
                                      + "\n".join(problems))


def summary_table(checked: list[Checked]) -> list[str]:
    """The plugin's end-of-run table: per requirement, the mean over summaries, the threshold and how many
    summaries broke it, and a last line with the totals."""
    from scorers.metrics import METRICS

    if not checked:
        return []
    n = len(checked)
    rows = [("metric", "mean", "requirement", "failed")]
    for name, op in (("coverage", ">="), ("unattributed_contested", "<="), ("misattributed", "<="),
                     ("numeric_errors", "<="), ("loaded_terms", "<=")):
        mean = sum(c.metrics.get(name, 0.0) for c in checked) / n
        limits = sorted({c.thresholds.get(name) for c in checked if name in c.thresholds})
        limit = ", ".join(f"{op} {v:g}" for v in limits) or "-"
        rows.append((f"{METRICS[name].label} [{name}]", f"{mean:.3f}", limit,
                     f"{sum(name in c.broken for c in checked)}/{n}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths,
                                                                                                   strict=True)))
             for r in rows]
    passed = sum(not c.broken for c in checked)
    cases = len({c.case_id for c in checked})
    lines.append(f"{_plural(n, 'summary', 'summaries')} of {_plural(cases, 'case')} checked: {passed} passed, "
                 f"{n - passed} failed")
    return lines
