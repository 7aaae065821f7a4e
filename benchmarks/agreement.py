"""Agreement of the scorers with hand labels on the development sets.

Usage: python -m benchmarks.agreement [--write] [--show-errors]

For every labelled summary in tests/data/dev_*.jsonl it scores the text against its case and compares
with the labels, per dimension:

- claim mention: precision, recall and F1 of (summary, claim) mention pairs;
- verdict: accuracy per expected class on claims both sides mention, and balanced accuracy
  (the mean of the per-class recalls);
- numeric error: balanced accuracy of "this summary has a numeric error of kind K" over the six kinds
  and of "has any numeric error"; and exact match of the error multiset;
- loaded term: balanced accuracy of "term T is used in the narrator's voice" over (summary, term) pairs.

Development sets: tests/data/dev_*.jsonl (rules were tuned on them). Held-out sets:
tests/data/heldout/*.jsonl with their cases, written by annotators who never saw the scorers; their
first measurement is kept in results/agreement-heldout-before.md.

With --write the table goes to results/agreement.md together with the command that made it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.case import Expect  # noqa: E402
from harness.caseload import load_cases  # noqa: E402
from harness.scoring import ProbeResult, found_expect  # noqa: E402
from scorers import score_summary  # noqa: E402

VERDICTS = ("attributed", "misattributed", "hedged", "unattributed")
KINDS = ("value", "unit", "referent", "qualifier", "period", "unsupported")


def balanced(pairs: list[tuple[bool, bool]]) -> float:
    """Balanced accuracy of boolean (expected, found) pairs; classes absent from the labels are skipped."""
    recalls = []
    for cls in (True, False):
        rows = [f for e, f in pairs if e is cls]
        if rows:
            recalls.append(sum(1 for f in rows if f is cls) / len(rows))
    return sum(recalls) / len(recalls) if recalls else float("nan")


def evaluate(path: Path, cases: dict, show: bool = False) -> dict[str, float | int | str]:
    """Score one labelled file and return its agreement figures."""
    tp = fp = fn = 0
    per_class: dict[str, list[bool]] = defaultdict(list)
    num_pairs: list[tuple[bool, bool]] = []
    any_pairs: list[tuple[bool, bool]] = []
    exact_num = 0
    loaded_pairs: list[tuple[bool, bool]] = []
    clean_pairs: list[tuple[bool, bool]] = []
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        case = cases[item["case_id"]]
        exp = item["expect"]
        got = found_expect(score_summary(case, item["text"], summary_id=item["summary_id"]).to_json())
        n += 1
        e_claims, g_claims = exp.get("claims", {}), got.claims
        tp += len(set(e_claims) & set(g_claims))
        fp += len(set(g_claims) - set(e_claims))
        fn += len(set(e_claims) - set(g_claims))
        for cid in set(e_claims) & set(g_claims):
            per_class[e_claims[cid]].append(e_claims[cid] == g_claims[cid])
        e_num, g_num = Counter(exp.get("numeric_errors", [])), Counter(got.numeric_errors)
        exact_num += e_num == g_num
        for kind in KINDS:
            num_pairs.append((kind in e_num, kind in g_num))
        any_pairs.append((bool(e_num), bool(g_num)))
        terms = {t.term for t in case.loaded_terms}
        for term in terms:
            loaded_pairs.append((term in exp.get("loaded", []), term in got.loaded))
        clean_pairs.append((_clean(case, e_claims, e_num, exp.get("loaded", [])),
                            _clean(case, g_claims, g_num, got.loaded)))
        if show:
            diffs = []
            for cid in sorted(set(e_claims) | set(g_claims)):
                if e_claims.get(cid) != g_claims.get(cid):
                    diffs.append(f"{cid}: {e_claims.get(cid, '-')} -> {g_claims.get(cid, '-')}")
            if e_num != g_num:
                diffs.append(f"numbers: {sorted(e_num.elements())} -> {sorted(g_num.elements())}")
            if sorted(exp.get("loaded", [])) != sorted(got.loaded):
                diffs.append(f"loaded: {sorted(exp.get('loaded', []))} -> {sorted(got.loaded)}")
            if diffs:
                print(f"[{item['summary_id']}] {item['text']}\n    " + "\n    ".join(diffs))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    out: dict[str, float | int | str] = {"summaries": n, "mention_precision": prec, "mention_recall": rec,
                                        "mention_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
    recalls = []
    for v in VERDICTS:
        rows = per_class.get(v, [])
        out[f"verdict_{v}"] = sum(rows) / len(rows) if rows else float("nan")
        out[f"n_{v}"] = len(rows)
        if rows:
            recalls.append(sum(rows) / len(rows))
    out["verdict_balanced"] = sum(recalls) / len(recalls) if recalls else float("nan")
    out["numeric_error_balanced"] = balanced(num_pairs)
    out["numeric_any_balanced"] = balanced(any_pairs)
    out["numeric_exact"] = exact_num / n if n else float("nan")
    out["loaded_balanced"] = balanced(loaded_pairs)
    out["clean_balanced"] = balanced(clean_pairs)
    return out


def _clean(case, claims: dict[str, str], numeric_errors: Counter, loaded: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """A summary is fully clean when no contested claim is bare, none is misattributed, no number is wrong or
    unsupported and no loaded term is in the narrator's voice."""
    from scorers.metrics import contested_claims, is_bare_contested

    contested = contested_claims(case)
    return not (any(v == "misattributed" or is_bare_contested({"verdict": v, "claim_id": cid}, contested)
                    for cid, v in claims.items()) or numeric_errors or loaded)


ROWS = ["summaries", "mention_precision", "mention_recall", "mention_f1", "verdict_attributed",
        "verdict_misattributed", "verdict_hedged", "verdict_unattributed", "verdict_balanced",
        "numeric_error_balanced", "numeric_any_balanced", "numeric_exact", "loaded_balanced", "clean_balanced"]


def table(results: dict[str, dict[str, float | int | str]]) -> str:
    """A Markdown table, one column per development set."""
    names = list(results)
    lines = ["| dimension | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for row in ROWS:
        cells = []
        for name in names:
            v = results[name][row]
            if row.startswith("verdict_") and row != "verdict_balanced":
                cells.append(f"{v:.3f} (n={results[name]['n_' + row[8:]]})")
            else:
                cells.append(f"{v:.3f}" if isinstance(v, float) else str(v))
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def known_failures_fixed(cases: dict) -> tuple[int, int]:
    """How many of the recorded known failures the scorers now judge exactly as labelled."""
    fixed = total = 0
    for path in sorted((ROOT / "tests" / "data" / "known_failures").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            rec = score_summary(cases[item["case_id"]], item["text"]).to_json()
            result = ProbeResult(item["case_id"], item["summary_id"], item["text"],
                                 Expect.model_validate(item["expect"]), found_expect(rec), rec)
            total += 1
            fixed += result.ok
    return fixed, total


def _set_name(path: Path) -> str:
    """dev_kursk, heldout_gaza, round1/blind-x: how a labelled file is named in the table."""
    if path.parent.name == "heldout":
        return "heldout_" + path.stem
    if path.parent.name.startswith("round"):
        return path.parent.name + "/" + re.sub(r"^blind\d*-", "", path.stem)
    return path.stem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write results/agreement.md")
    parser.add_argument("--show-errors", action="store_true", help="print every disagreement")
    parser.add_argument("--no-cues", action="store_true",
                        help="drop every claim's cues first (cases in docs/contract.md's minimum format)")
    parser.add_argument("files", nargs="*", type=Path, help="labelled JSONL files (default tests/data/dev_*.jsonl)")
    args = parser.parse_args()
    rounds = sorted((ROOT / "tests" / "data" / "rounds").glob("round*"))
    cases = {c.id: c for c in load_cases([ROOT / "cases", ROOT / "tests" / "data" / "heldout", *rounds])}
    if args.no_cues:
        cases = {k: c.model_copy(update={"claims": [cl.model_copy(update={"cues": []}) for cl in c.claims]})
                 for k, c in cases.items()}
    data = ROOT / "tests" / "data"
    files = args.files or (sorted(data.glob("dev_*.jsonl")) + sorted((data / "heldout").glob("*.jsonl"))
                           + [f for r in rounds for f in sorted(r.glob("*.jsonl"))])
    results = {_set_name(f): evaluate(f, cases, args.show_errors) for f in files}
    text = table(results)
    fixed, total = known_failures_fixed(cases)
    text += (f"\n\nKnown failures (tests/data/known_failures/: probes the case authors labelled that the scorers "
             f"got wrong when they were written): {fixed} of {total} now judged as labelled.")
    print(text)
    if args.write:
        out = ROOT / "results" / "agreement.md"
        out.write_text("# Scorer agreement with hand labels\n\nMade by `python -m benchmarks.agreement --write`.\n\n"
                       + text + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
