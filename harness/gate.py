"""``cnh gate``: compare a candidate run with a baseline and fail on regressions beyond a budget.

A policy (YAML) sets, per metric, how far the candidate may fall behind the baseline (absolute and
relative), absolute bounds, hard rules ("no contested claim ever stated bare"), how many error records
the candidate may have, and whether a budget breach must also be statistically significant (paired
permutation test over shared items; a breach that is not significant is a warning).

Before any metric is compared, the gate checks that the comparison means something: the candidate has
a record for every item (case, prompt, sample) of the baseline (else the runs are not comparable), no
summary id or item appears twice, and each candidate error record counts as a failed item.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
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


class GateInputError(ValueError):
    """The gate's input cannot be used as given (duplicate ids or items, no such model): exit 2."""


class Budget(BaseModel):
    """Limits for one metric. Regressions are measured in the metric's bad direction."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    max_regression: float | None = Field(default=None, ge=0)
    max_regression_relative: float | None = Field(default=None, ge=0)
    min: float | None = None
    max: float | None = None

    def problems(self) -> list[tuple[str | None, str]]:
        """(field or None for the whole budget, message) for a budget that checks nothing or cannot be met."""
        if all(v is None for v in (self.max_regression, self.max_regression_relative, self.min, self.max)):
            return [(None, "checks nothing: set max_regression, max_regression_relative, min or max")]
        if self.min is not None and self.max is not None and self.min > self.max:
            return [("min", f"crossed bounds: min {self.min:g} > max {self.max:g} (no value can pass)")]
        return []


class Policy(BaseModel):
    """A gate policy."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    metrics: dict[str, Budget] = Field(default_factory=dict)
    no_bare_contested: bool = False  # hard rule: no contested claim is ever stated as fact
    no_misattribution: bool = False  # hard rule: no claim is ever credited to a source it does not accept
    significance: bool = False  # a budget breach that is not significant is a warning, not a failure
    alpha: float = Field(default=0.05, gt=0, lt=1)
    worst: int = Field(default=5, ge=0)
    max_errors: int = Field(default=0, ge=0)  # candidate error records (items not scored) allowed

    @field_validator("metrics")
    @classmethod
    def _known(cls, value: dict[str, Budget]) -> dict[str, Budget]:
        unknown = sorted(set(value) - set(AGGREGATES))
        if unknown:
            raise ValueError(f"unknown metric(s) {', '.join(unknown)}; known: {', '.join(AGGREGATES)}")
        return value

    def problems(self) -> list[tuple[tuple[str, ...], str]]:
        """(field path, message) for every part of the policy that checks nothing or cannot be met."""
        out: list[tuple[tuple[str, ...], str]] = []
        if not self.metrics and not any(getattr(self, rule) for rule in HARD_RULES):
            out.append((("metrics",), "the policy checks nothing: give a budget for at least one metric "
                                      "(e.g. headline: {max_regression: 2}) or turn on a hard rule "
                                      f"({', '.join(HARD_RULES)})"))
        for name, budget in self.metrics.items():
            out += [(("metrics", name) + ((key,) if key else ()), msg) for key, msg in budget.problems()]
        return out


HARD_RULES = {"no_bare_contested": "unattributed_contested", "no_misattribution": "misattributed"}
"""Hard rules of a policy → the per-summary metric (``scorers.metrics``) that must be 0 in every summary."""

DEFAULT_POLICY = Policy(metrics={
    "headline": Budget(max_regression=2.0),
    "unattributed_contested_rate": Budget(max_regression=0.02),
    "misattribution_rate": Budget(max_regression=0.02),
    "numeric_error_rate": Budget(max_regression=0.02),
})
"""Used when no policy file is given: small absolute budgets on the main metrics, no error record allowed."""


@dataclass
class Check:
    """One gate check and its outcome: failed, passed, or passed with a warning (``warning``)."""

    name: str
    passed: bool
    message: str
    baseline: float | None = None
    candidate: float | None = None
    p_value: float | None = None
    warning: bool = False

    @property
    def status(self) -> str:
        """``FAIL``, ``WARN`` or ``ok``."""
        return "FAIL" if not self.passed else "WARN" if self.warning else "ok"


@dataclass
class GateResult:
    """All checks, the candidate's worst summaries as evidence, and notes on what was compared."""

    checks: list[Check]
    offenders: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when no check failed (a warning passes unless ``--fail-on-warn`` made it a failure)."""
        return all(c.passed for c in self.checks)

    @property
    def warnings(self) -> int:
        """How many checks passed with a warning."""
        return sum(c.passed and c.warning for c in self.checks)

    @property
    def verdict(self) -> str:
        """``PASS``, ``WARN`` (passed with warnings) or ``FAIL``."""
        return "FAIL" if not self.passed else "WARN" if self.warnings else "PASS"


Item = tuple[str, str, int]
"""What a summary is a summary of: (case, prompt, sample), as ``harness.reporting.stats.paired`` pairs them."""


def item_of(rec: dict[str, Any]) -> Item | None:
    """A record's item, or None when it names no case (the error record of an unreadable line)."""
    case, prompt, sample = rec.get("case_id"), rec.get("prompt", "-"), rec.get("sample", 0)
    if not isinstance(case, str):
        return None
    prompt = prompt if isinstance(prompt, str) else "-"
    sample = sample if isinstance(sample, int) and not isinstance(sample, bool) else 0
    return case, prompt, sample


def _show(item: Item) -> str:
    return "/".join(map(str, item))


@dataclass
class Side:
    """One model's records from one run: its scored records and its error records."""

    which: str  # "baseline" or "candidate"
    model: str
    records: list[dict[str, Any]]
    errors: list[dict[str, Any]]

    def item_counts(self) -> Counter[Item]:
        """How many records (scored or not) the side has of each item. Summaries without ``prompt`` and
        ``sample`` fields share the item (case, "-", 0): such a group is compared as a whole."""
        return Counter(it for r in self.records + self.errors if (it := item_of(r)) is not None)

    def check_unique(self) -> None:
        """Refuse a side where a summary id has more than one record.

        Raises:
            GateInputError: naming the repeated ids and how often they appear.
        """
        ids = Counter(r["summary_id"] for r in self.records + self.errors if isinstance(r.get("summary_id"), str))
        dup_ids = sorted(((n, sid) for sid, n in ids.items() if n > 1), reverse=True)
        if dup_ids:
            shown = ", ".join(f"{sid!r} ×{n}" for n, sid in dup_ids[:3])
            raise GateInputError(f"{self.which} ({self.model}): {len(dup_ids)} summary id(s) appear more than once "
                                 f"({shown}); each summary must be scored once")


def select_side(records: list[dict[str, Any]], name: str, which: str) -> Side:
    """The records of one model of a run (its only model, or ``name``).

    An error record goes with the model it names; one that names none (an unreadable line) goes with the
    chosen model, since it may be any of them.

    Raises:
        GateInputError: no model ``name``, or several models and none chosen.
    """
    def model_of(rec: dict[str, Any]) -> str | None:
        model = rec.get("model")
        if isinstance(model, str) and model:
            return model
        return None if "error" in rec else "-"  # "-" as in harness.reporting.frame

    models = sorted({m for r in records if (m := model_of(r)) is not None})
    if name and name not in models:
        raise GateInputError(f"{which} has no model {name!r} (models: {', '.join(models) or 'none'})")
    if not name and len(models) > 1:
        raise GateInputError(f"{which} has several models ({', '.join(models)}); choose one with --{which}-model")
    model = name or (models[0] if models else "-")
    mine = [r for r in records if model_of(r) in (model, None)]
    return Side(which, model, [r for r in mine if "error" not in r], [r for r in mine if "error" in r])


def gate_runs(baseline_records: list[dict[str, Any]], candidate_records: list[dict[str, Any]],
              cases: dict[str, Any], policy: Policy, *, baseline_model: str = "", candidate_model: str = "",
              fail_on_warn: bool = False, allow_missing: bool = False) -> GateResult:
    """Check that a candidate's records can stand in for the baseline's, then apply the policy.

    The candidate must have a record for every item (case, prompt, sample) of the baseline, and no more
    records of an item than the baseline (summaries without ``sample`` numbers share an item per case);
    no summary id may appear twice on either side; each candidate error record is a failed item (the
    ``errors`` check allows ``policy.max_errors``). Metrics are compared on the items both sides scored;
    candidate items that the baseline lacks are left out, and ``notes`` says so. ``allow_missing`` turns
    missing baseline items from "not comparable" into a note (for a deliberately partial candidate).

    Raises:
        GateInputError: duplicate ids, surplus records of an item, an unknown or ambiguous model (exit 2).
        NotComparableError: the candidate misses baseline items (exit 3); the message counts them.
    """
    from harness.reporting.frame import records_frame
    from harness.reporting.load import NotComparableError

    base = select_side(baseline_records, baseline_model, "baseline")
    cand = select_side(candidate_records, candidate_model, "candidate")
    base.check_unique()
    cand.check_unique()
    base_n, cand_n = base.item_counts(), cand.item_counts()
    surplus = sorted(it for it in base_n if cand_n[it] > base_n[it])
    if surplus:
        first = surplus[0]
        raise GateInputError(
            f"candidate ({cand.model}): more summaries than the baseline ({base.model}) for {len(surplus)} item(s) "
            f"(case/prompt/sample), e.g. {_show(first)}: {cand_n[first]} against {base_n[first]}; a repeated "
            "summary must not outweigh the others: give each summary of a case its own 'sample' number")
    missing = {it: base_n[it] - cand_n[it] for it in sorted(base_n) if cand_n[it] < base_n[it]}
    if missing and not allow_missing:
        unplaced = sum(item_of(r) is None for r in cand.errors)
        raise NotComparableError(
            f"not comparable: the candidate ({cand.model}) does not cover the baseline ({base.model}): "
            f"{sum(missing.values())} of {sum(base_n.values())} baseline items (case/prompt/sample) have no "
            f"candidate record, e.g. {', '.join(map(_show, list(missing)[:3]))}; score the same cases, prompts "
            "and samples" + (f" (the candidate has {unplaced} error record(s) that name no item)" if unplaced else ""))
    base_items, cand_items = set(base_n), set(cand_n)
    failed = [r for r in cand.errors if item_of(r) is None or item_of(r) in base_items]
    # items both sides scored in full (a group of unnumbered samples with an error is left out, so that
    # paired per-case means divide like by like)
    good_b, good_c = Counter(map(item_of, base.records)), Counter(map(item_of, cand.records))
    both = {it for it in good_b if it in base_items and good_c[it] == good_b[it] == base_n[it]}
    notes = [f"compared on {len(both)} of {len(base_items)} baseline item(s) (case/prompt/sample) that both "
             f"sides scored; {len(failed)} candidate error record(s)"]
    if missing:
        notes.append(f"{sum(missing.values())} baseline item(s) have no candidate record (allowed): not compared")
    if cand_items - base_items:
        notes.append(f"{len(cand_items - base_items)} candidate item(s) that the baseline lacks were left out")
    cand_records = [r for r in cand.records if item_of(r) in both]
    if not both:
        result = GateResult([Check("items", False, "no item scored by both the baseline and the candidate: "
                                                   "nothing to compare")])
    else:
        result = evaluate_gate(records_frame([r for r in base.records if item_of(r) in both], cases),
                               records_frame(cand_records, cases), policy, cand_records, cases,
                               fail_on_warn=fail_on_warn)
    shown = "; ".join(str(r["error"]) for r in failed[:3]) + (" ..." if len(failed) > 3 else "")
    result.checks.insert(0, Check("errors", len(failed) <= policy.max_errors,
                                  f"error records: {len(failed)} (allowed {policy.max_errors})"
                                  + (f": {shown}" if failed else ""), None, len(failed)))
    result.notes = notes
    return result


def _single_model(df: Any, name: str, which: str) -> Any:
    models = sorted(df.model.unique())
    if name:
        if name not in models:
            raise GateInputError(f"{which} has no model {name!r} (models: {', '.join(models)})")
        return df[df.model == name]
    if len(models) != 1:
        raise GateInputError(f"{which} has several models ({', '.join(models)}); choose one with --{which}-model")
    return df


def evaluate_gate(baseline_df: Any, candidate_df: Any, policy: Policy, candidate_records: list[dict[str, Any]],
                  cases: dict[str, Any], *, baseline_model: str = "", candidate_model: str = "",
                  fail_on_warn: bool = False) -> GateResult:
    """Apply a policy's budgets and hard rules to per-summary frames of a baseline and a candidate (see
    ``harness.reporting.frame``); :func:`gate_runs` checks the records first and then calls this.

    With ``significance: true`` a budget breach that the paired test does not find significant is a
    warning (``WARN`` with its p-value); ``fail_on_warn`` makes it a failure. Bounds (``min``, ``max``)
    are absolute and never tested.
    """
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
        worse = []  # breaches of a budget relative to the baseline: subject to the significance test
        if budget.max_regression is not None and regression > budget.max_regression + 1e-12:
            worse.append(f"worse by {regression:.4g} (budget {budget.max_regression:g})")
        rel = budget.max_regression_relative
        if rel is not None and b and regression / abs(b) > rel:
            worse.append(f"worse by {100 * regression / abs(b):.1f}% (budget {100 * rel:g}%)")
        bounds = []  # absolute bounds
        if budget.min is not None and c < budget.min:
            bounds.append(f"{c:.4g} < min {budget.min:g}")
        if budget.max is not None and c > budget.max:
            bounds.append(f"{c:.4g} > max {budget.max:g}")
        p = None
        warn = False
        if worse and both is not None:
            p = paired(both, "baseline", "candidate", metric).p_value
            warn = p >= policy.alpha
        failures = bounds + ([] if warn else worse)
        parts = failures + ([f"{'; '.join(worse)}, not significant"] if warn else [])
        undefined = [who for who, v in (("baseline", b), ("candidate", c)) if math.isnan(v)]
        if undefined:  # 0/0: e.g. no contested claim mentioned, so no share of them can be bare
            warn = True
            bounds = failures = []
            parts = [f"undefined for the {' and the '.join(undefined)} (nothing to measure it on): not checked"]
        msg = "; ".join(parts) or "ok"
        if p is not None:
            msg += f" (paired p={p:.3f}" + (f" ≥ alpha {policy.alpha:g})" if warn else ")")
        passed = not failures and not (warn and fail_on_warn)
        checks.append(Check(metric, passed, f"{metric}: baseline {b:.4g}, candidate {c:.4g}: {msg}", b, c, p,
                            warning=warn))
    for rule, metric in HARD_RULES.items():
        if getattr(policy, rule):
            n = int(cand[metric].sum())
            checks.append(Check(rule, n == 0, f"{METRICS[metric].description}: {n}", None, n))
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
    """A short terminal summary: each check, what was compared, then the worst summaries with evidence."""
    passed = sum(c.passed for c in result.checks)
    head = f"{result.verdict}: {passed}/{len(result.checks)} checks passed"
    if result.warnings:
        head += f", {result.warnings} with a warning"
    lines = [head]
    for c in result.checks:
        lines.append(f"  {c.status:<4} {c.message}")
    lines += [f"  note: {n}" for n in result.notes]
    if not result.passed and result.offenders:
        lines.append("worst candidate summaries:")
        for o in result.offenders:
            lines.append(f"  {o['summary_id']} ({o['case_id']}):")
            lines += [f"    - {f}" for f in o["findings"][:5]]
    return "\n".join(lines)


_MD_SPECIAL = re.compile(r"([\\*_\[\]~])")  # emphasis, links, strikethrough (the text never starts a line)
_LINE_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029]+")


def md_text(text: str) -> str:
    """Untrusted text as inert Markdown on one line: Markdown characters backslash-escaped, HTML escaped
    (no ``</details>`` or ``<img>`` can form), backticks and ``|`` as entities (no code span, no table cell)."""
    text = _MD_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", str(text)))
    return html.escape(text, quote=True).replace("`", "&#96;").replace("|", "&#124;")


def md_code(text: str) -> str:
    """Untrusted text as a Markdown code span on one line, fenced by more backticks than any run in it."""
    text = _LINE_BREAKS.sub(" ", str(text))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def markdown(result: GateResult, signature: str) -> str:
    """A pull-request comment. Everything that comes from the runs (ids, evidence, signature) is escaped:
    no summary can close the ``<details>`` block, add HTML or break out of a code span."""
    icon = {"PASS": "✅ pass", "WARN": "⚠️ pass with warnings", "FAIL": "❌ regression"}[result.verdict]
    lines = [f"### cnh gate: {icon}", "", "| check | baseline | candidate | result |", "|---|---:|---:|---|"]

    def fmt(v: float | None) -> str:
        return "" if v is None else f"{v:.4g}"

    for c in result.checks:
        detail = md_text(c.message.split(": ", 1)[-1])
        outcome = {"ok": "ok", "WARN": f"⚠️ {detail}", "FAIL": f"**{detail}**"}[c.status]
        name = f"{AGGREGATES[c.name].header} ({md_code(c.name)})" if c.name in AGGREGATES else md_code(c.name)
        lines.append(f"| {name} | {fmt(c.baseline)} | {fmt(c.candidate)} | {outcome} |")
    if result.notes:
        lines += [""] + [f"- {md_text(n)}" for n in result.notes]
    if not result.passed and result.offenders:
        lines += ["", "<details><summary>Worst summaries</summary>", ""]
        for o in result.offenders:
            lines.append(f"- {md_code(o['summary_id'])}: " + "; ".join(md_text(f) for f in o["findings"][:3]))
        lines += ["", "</details>"]
    lines += ["", md_code(signature)]
    return "\n".join(lines)


def junit(result: GateResult) -> str:
    """JUnit XML: one test case per check (a warning is a passing test case with its message as output)."""
    failures = sum(not c.passed for c in result.checks)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuite name="cnh-gate" tests="{len(result.checks)}" failures="{failures}">']
    for c in result.checks:
        out.append(f'  <testcase classname="cnh.gate" name={quoteattr(c.name)}>')
        if not c.passed:
            out.append(f"    <failure message={quoteattr(c.message)}>{escape(c.message)}</failure>")
        elif c.warning:
            out.append(f"    <system-out>WARN {escape(c.message)}</system-out>")
        out.append("  </testcase>")
    out.append("</testsuite>")
    return "\n".join(out) + "\n"


def as_json(result: GateResult, signature: str) -> str:
    """Machine-readable result (``verdict`` is PASS, WARN or FAIL; each check has its ``status``)."""
    def finite(v: Any) -> Any:
        return None if isinstance(v, float) and not math.isfinite(v) else v

    checks = [{**{k: finite(v) for k, v in c.__dict__.items()}, "status": c.status} for c in result.checks]
    return json.dumps({"passed": result.passed, "verdict": result.verdict, "signature": signature,
                       "checks": checks, "notes": result.notes, "offenders": result.offenders},
                      indent=2, allow_nan=False)


def load_policy(path: Path | None) -> Policy:
    """Read a policy file, or return the default policy.

    Raises:
        CaseError: naming file, line and field for every problem: schema errors, NaN or infinite numbers,
            a budget that checks nothing or whose bounds cross (min > max), a policy that checks nothing.
    """
    if path is None:
        return DEFAULT_POLICY
    from harness.caseload import CaseError, LintError, format_field, load_yaml_model

    policy, lines = load_yaml_model(path, Policy, what="a gate policy (a YAML mapping)")
    errors = [LintError(str(path), lines.line_of(loc), format_field(loc), msg) for loc, msg in policy.problems()]
    if errors:
        raise CaseError(errors)
    return policy
