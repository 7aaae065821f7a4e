"""How much of each hand-written case `cnh draft-case` recovers from the case's article alone.

For every case in ``cases/``: draft a case from its article, load the draft, and measure

- numbers: the share of hand-written numbers that a drafted number matches (same value within the
  hand-written number's tolerance, and a compatible unit: same measure, or a counted noun that is the
  number's unit or one of its aliases, or no unit at all);
- claims: the share of hand-written claims that a drafted claim recovers (its governed text holds one
  of the claim's numbers, or matches one of the claim's cues, compiled by
  :func:`scorers.attribution.compile_cue`);
- sources: of the recovered claims, the share whose drafted source is the hand-written source or a
  name of it (the drafted source's name or one of its aliases is a name of the hand-written source).

Run: ``python -m benchmarks.draft_recall [CASE_DIR]``. Goals: >=80% of numbers, >=70% of claims.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from harness.case import Case, Claim
from harness.caseload import load_cases
from harness.draft import draft_case
from scorers.attribution import compile_cue, cue_matches
from scorers.numbers import _case_numbers, _CaseNum, _noun_forms

ROOT = Path(__file__).resolve().parent.parent
GOAL_NUMBERS = 0.80
GOAL_CLAIMS = 0.70


@dataclass(frozen=True)
class CaseRecall:
    """Recall of one case's draft."""

    case_id: str
    numbers: int
    numbers_found: int
    claims: int
    claims_found: int
    sources_right: int
    missed_numbers: tuple[str, ...]
    missed_claims: tuple[str, ...]


def _unit_ok(drafted: _CaseNum, hand: _CaseNum) -> bool:
    if drafted.num.unit == "TODO":
        return True
    if drafted.dimension != hand.dimension:
        return False
    if hand.dimension != "count":
        return True
    return bool(_noun_forms(drafted.num.unit.lower()) & hand.nouns)


def _number_matches(drafted: list[_CaseNum], hand: _CaseNum) -> list[str]:
    """Ids of the drafted numbers that match a hand-written number."""
    out = []
    for d in drafted:
        tol = max(hand.tol, 1e-9)
        x, v = (d.num.value, hand.num.value) if d.num.unit == "TODO" else (d.base, hand.base)
        if abs(x - v) <= tol * abs(v) + 1e-9 and _unit_ok(d, hand):
            out.append(d.num.id)
    return out


def _names(case: Case, source_id: str) -> set[str]:
    src = case.source(source_id)
    names = {src.name, *src.aliases}
    if src.kind == "person" and len(src.name.split()) > 1:
        names.add(src.name.split()[-1])
    return {n.lower().removeprefix("the ").strip() for n in names}


def _source_ok(hand_case: Case, claim: Claim, draft: Case, drafted_source: str) -> bool:
    if drafted_source == "todo":
        return False
    drafted_names = _names(draft, drafted_source)
    return bool(drafted_names & _names(hand_case, claim.source))


def measure(case: Case) -> CaseRecall:
    """Draft ``case`` from its article and measure what the draft recovers."""
    text = draft_case(case.text, case_id=case.id, title=case.title, topic=case.topic)
    draft = Case.model_validate(yaml.safe_load(text))
    drafted_nums = _case_numbers(draft)
    found_ids: dict[str, list[str]] = {}
    missed_numbers = []
    for hand in _case_numbers(case):
        ids = _number_matches(drafted_nums, hand)
        found_ids[hand.num.id] = ids
        if not ids:
            missed_numbers.append(f"{hand.num.id}={hand.num.value:g} {hand.num.unit}")
    claims_found = sources_right = 0
    missed_claims = []
    for claim in case.claims:
        wanted = {i for n in claim.numbers for i in found_ids.get(n, [])}
        cues = [compile_cue(q) for q in claim.cues]
        hits = [d for d in draft.claims if wanted & set(d.numbers)
                or any(cue_matches(cue, d.statement) for cue in cues)]
        if not hits:
            missed_claims.append(claim.id)
            continue
        claims_found += 1
        if any(_source_ok(case, claim, draft, d.source) for d in hits):
            sources_right += 1
    return CaseRecall(case.id, len(case.numbers), len(case.numbers) - len(missed_numbers), len(case.claims),
                      claims_found, sources_right, tuple(missed_numbers), tuple(missed_claims))


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def main(argv: list[str] | None = None) -> int:
    """Print a per-case table and totals; exit 1 when a goal is missed."""
    args = sys.argv[1:] if argv is None else argv
    cases = load_cases(args[0] if args else ROOT / "cases")
    rows = [measure(c) for c in cases]
    print(f"{'case':32} {'numbers':>14} {'claims':>14} {'sources':>14}")
    for r in rows:
        print(f"{r.case_id:32} {_pct(r.numbers_found, r.numbers):>14} {_pct(r.claims_found, r.claims):>14} "
              f"{_pct(r.sources_right, r.claims_found):>14}")
    n = sum(r.numbers for r in rows)
    nf = sum(r.numbers_found for r in rows)
    c = sum(r.claims for r in rows)
    cf = sum(r.claims_found for r in rows)
    sr = sum(r.sources_right for r in rows)
    print(f"{'TOTAL':32} {_pct(nf, n):>14} {_pct(cf, c):>14} {_pct(sr, cf):>14}")
    print("\nmissed:")
    for r in rows:
        if r.missed_numbers or r.missed_claims:
            nums, claims = ", ".join(r.missed_numbers) or "-", ", ".join(r.missed_claims) or "-"
            print(f"  {r.case_id}: numbers {nums}; claims {claims}")
    ok = (nf / n if n else 1) >= GOAL_NUMBERS and (cf / c if c else 1) >= GOAL_CLAIMS
    print(f"\ngoals: numbers >= {GOAL_NUMBERS:.0%}, claims >= {GOAL_CLAIMS:.0%}: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
