"""Assertions for teams that test their own summariser with pytest (see ``harness.pytest_plugin``).

Example::

    from harness.testing import assert_summary

    def test_summariser(cnh_case):
        assert_summary(my_model(cnh_case.article), cnh_case)
"""

from __future__ import annotations

from harness.case import Case


class SummaryRequirementError(AssertionError):
    """A summary broke one or more requirements; the message lists each with its evidence."""


def assert_summary(summary: str, case: Case, *, max_bare_contested: int = 0, max_misattributed: int = 0,
                   max_numeric_errors: int = 0, max_loaded_terms: int = 0, min_coverage: float = 0.0) -> None:
    """Fail (AssertionError) when a summary of ``case`` breaks a requirement; pass silently otherwise.

    Args:
        summary: the summary text.
        case: the case it summarises.
        max_bare_contested: contested claims allowed to be stated as fact (default none).
        max_misattributed: claims allowed to be credited to a source they do not accept.
        max_numeric_errors: wrong or unsupported numbers allowed.
        max_loaded_terms: loaded terms allowed in the summary's own voice.
        min_coverage: share of required claims the summary must mention.

    Each requirement is a metric of the registry (``scorers.metrics``): ``unattributed_contested``,
    ``misattributed``, ``numeric_errors``, ``loaded_terms``, ``coverage``; messages use its label.

    Raises:
        SummaryRequirementError: listing each violated requirement with the evidence (span text,
            source found, rule) that breaks it.
    """
    from scorers import score_summary
    from scorers.metrics import METRICS, contested_claims, is_bare_contested, is_narrator_loaded, is_numeric_error

    rec = score_summary(case, summary, summary_id="assert_summary")
    contested = contested_claims(case)
    problems: list[str] = []
    broken: list[str] = []  # the metrics whose requirement is broken

    def over(metric: str, found: int, allowed: int, what: str) -> bool:
        if found <= allowed:
            return False
        broken.append(metric)
        problems.append(f"{METRICS[metric].label}: {found} {what} (allowed {allowed}):")
        return True

    bare = [c for c in rec.claims if is_bare_contested(c, contested)]
    if over("unattributed_contested", len(bare), max_bare_contested, "contested claim(s) stated as fact"):
        problems += [f"  - {c.claim_id}: {c.evidence!r} ({c.rule})" for c in bare]
    mis = [c for c in rec.claims if c.verdict == "misattributed"]
    if over("misattributed", len(mis), max_misattributed, "misattributed claim(s)"):
        problems += [f"  - {c.claim_id}: credited to {c.source or c.source_text!r} in {c.evidence!r}" for c in mis]
    errs = [n for n in rec.numbers if is_numeric_error(n)]
    if over("numeric_errors", len(errs), max_numeric_errors, "numeric error(s)"):
        problems += [f"  - {n.text!r} at {list(n.span)}: {n.reason or n.verdict} ({n.rule})" for n in errs]
    loaded = [t for t in rec.loaded if is_narrator_loaded(t)]
    if over("loaded_terms", len(loaded), max_loaded_terms, "loaded term(s) in the summary's own voice"):
        problems += [f"  - {t.term!r} at {list(t.span)}: {summary[t.span[0]:t.span[1]]!r}" for t in loaded]
    if rec.metrics["coverage"] < min_coverage:
        broken.append("coverage")
        missing = sorted({c.id for c in case.claims if c.required} - {c.claim_id for c in rec.claims})
        problems.append(f"{METRICS['coverage'].label}: {rec.metrics['coverage']:.2f} < {min_coverage:.2f}; "
                        f"required claims not mentioned: {', '.join(missing)}")
    if problems:
        raise SummaryRequirementError(f"summary of case {case.id!r} breaks {len(broken)} requirement(s):\n"
                                      + "\n".join(problems))
