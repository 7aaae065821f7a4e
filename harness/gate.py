"""``cnh gate``: compare a candidate run with a baseline and fail on regressions beyond a budget.

A policy (YAML) sets, per metric, how far the candidate may fall behind the baseline (absolute and
relative), absolute bounds, hard rules ("no contested claim ever stated bare"), and whether a budget
breach must also be statistically significant (paired permutation test over shared items).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pydantic import BaseModel, ConfigDict, Field, field_validator

from harness.reporting.stats import estimate, paired
from scorers.metrics import (
    AGGREGATES,
    METRICS,
    contested_claims,
    is_bare_contested,
    is_narrator_loaded,
    is_numeric_error,
)


class Budget(BaseModel):
    """Limits for one metric. Regressions are measured in the metric's bad direction."""

    model_config = ConfigDict(extra="forbid")

    max_regression: float | None = Field(default=None, ge=0)
    max_regression_relative: float | None = Field(default=None, ge=0)
    min: float | None = None
    max: float | None = None


class Policy(BaseModel):
    """A gate policy."""

    model_config = ConfigDict(extra="forbid")

    metrics: dict[str, Budget] = Field(default_factory=dict)
    no_bare_contested: bool = False  # hard rule: no contested claim is ever stated as fact
    no_misattribution: bool = False  # hard rule: no claim is ever credited to a source it does not accept
    significance: bool = False  # budgets fail only when the paired difference is significant
    alpha: float = Field(default=0.05, gt=0, lt=1)
    max_truncated_share: float | None = Field(default=None, ge=0, le=1)  # of candidate summaries cut at the limit
    worst: int = Field(default=5, ge=0)

    @field_validator("metrics")
    @classmethod
    def _known(cls, value: dict[str, Budget]) -> dict[str, Budget]:
        unknown = sorted(set(value) - set(AGGREGATES))
        if unknown:
            raise ValueError(f"unknown metric(s) {', '.join(unknown)}; known: {', '.join(AGGREGATES)}")
        return value


HARD_RULES = {"no_bare_contested": "unattributed_contested", "no_misattribution": "misattributed"}
"""Hard rules of a policy → the per-summary metric (``scorers.metrics``) that must be 0 in every summary."""

DEFAULT_POLICY = Policy(metrics={
    "headline": Budget(max_regression=2.0),
    "unattributed_contested_rate": Budget(max_regression=0.02),
    "misattribution_rate": Budget(max_regression=0.02),
    "numeric_error_rate": Budget(max_regression=0.02),
})
"""Used when no policy file is given: small absolute budgets on the main metrics."""


@dataclass
class Check:
    """One gate check and its outcome."""

    name: str
    passed: bool
    message: str
    baseline: float | None = None
    candidate: float | None = None
    p_value: float | None = None


@dataclass
class GateResult:
    """All checks, and the candidate's worst summaries as evidence."""

    checks: list[Check]
    offenders: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every check passed."""
        return all(c.passed for c in self.checks)


def _single_model(df: Any, name: str, which: str) -> Any:
    models = sorted(df.model.unique())
    if name:
        if name not in models:
            raise ValueError(f"{which} has no model {name!r} (models: {', '.join(models)})")
        return df[df.model == name]
    if len(models) != 1:
        raise ValueError(f"{which} has several models ({', '.join(models)}); choose one with --{which}-model")
    return df


def evaluate_gate(baseline_df: Any, candidate_df: Any, policy: Policy, candidate_records: list[dict[str, Any]],
                  cases: dict[str, Any], *, baseline_model: str = "", candidate_model: str = "") -> GateResult:
    """Apply a policy to per-summary frames of a baseline and a candidate (see ``harness.reporting.frame``)."""
    base = _single_model(baseline_df, baseline_model, "baseline")
    cand = _single_model(candidate_df, candidate_model, "candidate")
    both = None
    if policy.significance:
        import pandas as pd

        both = pd.concat([base.assign(model="baseline"), cand.assign(model="candidate")])
    checks: list[Check] = []
    for metric, budget in policy.metrics.items():
        higher = AGGREGATES[metric].higher_is_better
        b = estimate(base, metric, resamples=200).value
        c = estimate(cand, metric, resamples=200).value
        regression = (b - c) if higher else (c - b)
        problems = []
        if budget.max_regression is not None and regression > budget.max_regression + 1e-12:
            problems.append(f"worse by {regression:.4g} (budget {budget.max_regression:g})")
        rel = budget.max_regression_relative
        if rel is not None and b and regression / abs(b) > rel:
            problems.append(f"worse by {100 * regression / abs(b):.1f}% (budget {100 * rel:g}%)")
        if budget.min is not None and c < budget.min:
            problems.append(f"{c:.4g} < min {budget.min:g}")
        if budget.max is not None and c > budget.max:
            problems.append(f"{c:.4g} > max {budget.max:g}")
        p = None
        relative_problems = [x for x in problems if x.startswith("worse")]
        if relative_problems and both is not None:
            p = paired(both, "baseline", "candidate", metric).p_value
            if p >= policy.alpha:
                problems = [x for x in problems if not x.startswith("worse")]
                relative_problems = []
        msg = "; ".join(problems) if problems else "ok"
        if p is not None:
            msg += f" (paired p={p:.3f})"
        checks.append(Check(metric, not problems, f"{metric}: baseline {b:.4g}, candidate {c:.4g}: {msg}", b, c, p))
    for rule, metric in HARD_RULES.items():
        if getattr(policy, rule):
            n = int(cand[metric].sum())
            checks.append(Check(rule, n == 0, f"{METRICS[metric].description}: {n}", None, n))
    if policy.max_truncated_share is not None:
        ids = set(cand.summary_id)
        cut = sum(1 for r in candidate_records if r.get("summary_id") in ids and r.get("truncated"))
        share = cut / len(ids) if ids else 0.0
        checks.append(Check("max_truncated_share", share <= policy.max_truncated_share,
                            f"truncated summaries (stopped at the token limit): {cut} of {len(ids)} = {share:.3g} "
                            f"(max {policy.max_truncated_share:g})", None, share))
    return GateResult(checks, worst_offenders(candidate_records, cases, set(cand.summary_id), policy.worst))


def worst_offenders(records: list[dict[str, Any]], cases: dict[str, Any], ids: set[str],
                    limit: int) -> list[dict[str, Any]]:
    """The candidate summaries with the most findings, each with its evidence."""
    scored = []
    for rec in records:
        if "error" in rec or rec["summary_id"] not in ids:
            continue
        contested = contested_claims(cases[rec["case_id"]])
        findings = [f"{c['claim_id']}: {c['verdict']} — {c['evidence']!r}" for c in rec["claims"]
                    if is_bare_contested(c, contested) or c["verdict"] == "misattributed"]
        findings += [f"number {n['text']!r}: {n['reason'] or n['verdict']}" for n in rec["numbers"]
                     if is_numeric_error(n)]
        findings += [f"loaded term {t['term']!r} in the narrator's voice" for t in rec["loaded"]
                     if is_narrator_loaded(t)]
        if findings:
            scored.append({"summary_id": rec["summary_id"], "case_id": rec["case_id"], "findings": findings})
    scored.sort(key=lambda r: -len(r["findings"]))
    return scored[:limit]


def human(result: GateResult) -> str:
    """A short terminal summary: each failing check, then the worst summaries with evidence."""
    lines = [("PASS" if result.passed else "FAIL") + f": {sum(c.passed for c in result.checks)}/"
             f"{len(result.checks)} checks passed"]
    for c in result.checks:
        lines.append(f"  {'ok  ' if c.passed else 'FAIL'} {c.message}")
    if not result.passed and result.offenders:
        lines.append("worst candidate summaries:")
        for o in result.offenders:
            lines.append(f"  {o['summary_id']} ({o['case_id']}):")
            lines += [f"    - {f}" for f in o["findings"][:5]]
    return "\n".join(lines)


def markdown(result: GateResult, signature: str) -> str:
    """A pull-request comment."""
    head = "### cnh gate: " + ("✅ pass" if result.passed else "❌ regression")
    lines = [head, "", "| check | baseline | candidate | result |", "|---|---:|---:|---|"]
    def fmt(v: float | None) -> str:
        return "" if v is None else f"{v:.4g}"

    for c in result.checks:
        outcome = "ok" if c.passed else "**" + c.message.split(": ", 1)[-1] + "**"
        name = f"{AGGREGATES[c.name].header} (`{c.name}`)" if c.name in AGGREGATES else f"`{c.name}`"
        lines.append(f"| {name} | {fmt(c.baseline)} | {fmt(c.candidate)} | {outcome} |")
    if not result.passed and result.offenders:
        lines += ["", "<details><summary>Worst summaries</summary>", ""]
        for o in result.offenders:
            lines.append(f"- `{o['summary_id']}`: " + "; ".join(o["findings"][:3]).replace("|", "\\|"))
        lines += ["", "</details>"]
    lines += ["", f"`{signature}`"]
    return "\n".join(lines)


def junit(result: GateResult) -> str:
    """JUnit XML: one test case per check."""
    failures = sum(not c.passed for c in result.checks)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuite name="cnh-gate" tests="{len(result.checks)}" failures="{failures}">']
    for c in result.checks:
        out.append(f'  <testcase classname="cnh.gate" name={quoteattr(c.name)}>')
        if not c.passed:
            out.append(f"    <failure message={quoteattr(c.message)}>{escape(c.message)}</failure>")
        out.append("  </testcase>")
    out.append("</testsuite>")
    return "\n".join(out) + "\n"


def as_json(result: GateResult, signature: str) -> str:
    """Machine-readable result."""
    return json.dumps({"passed": result.passed, "signature": signature,
                       "checks": [c.__dict__ for c in result.checks], "offenders": result.offenders}, indent=2)


def load_policy(path: Path | None) -> Policy:
    """Read a policy file (errors name file, line and field), or return the default policy."""
    if path is None:
        return DEFAULT_POLICY
    from harness.caseload import load_yaml_model

    policy, _ = load_yaml_model(path, Policy, what="a gate policy (a YAML mapping)")
    return policy
