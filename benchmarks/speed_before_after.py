"""Scoring speed of this checkout against an earlier revision, measured in one run on the same machine.

Usage: python -m benchmarks.speed_before_after [--rev 77af0dd] [--n 3000] [--rounds 3]

It checks the earlier revision out into a temporary git worktree and, alternating between the two
trees (so that load from other processes falls on both alike), scores the same summaries in one
process with each tree's own `score_summary`:
- the development summaries (~110 characters; what `benchmarks.score_speed` uses) and
- the default job's paragraph summaries (results/baselines/summaries.jsonl of THIS checkout, ~650
  characters, every case of the suite; what users run), and
- the same paragraphs with the parser stage's caches emptied before each summary: the set cycles 125 texts, whose
  sentences the stage would otherwise parse once and then find in its cache, while a user's summaries are new to it.
Cases come from this checkout's cases/ for both trees. The best of --rounds runs is reported per
tree and set, as summaries/s, with the ratio after/before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from harness.caseload import load_cases
from scorers import score_summary
items = json.load(open(sys.argv[2], encoding="utf-8"))
cases = {c.id: c for c in load_cases(sys.argv[3])}
fresh = sys.argv[4] == "fresh"
if fresh:
    from scorers import parsed
    caches = [f for f in (getattr(parsed, "parse", None), getattr(parsed, "parse_sentence", None))
              if hasattr(f, "cache_clear")]
for cid, text in items[:200]:
    score_summary(cases[cid], text)
t0 = time.perf_counter()
for cid, text in items:
    if fresh:
        for f in caches:
            f.cache_clear()
    score_summary(cases[cid], text)
print(len(items) / (time.perf_counter() - t0))
"""


def _items(n: int) -> dict[str, list[tuple[str, str]]]:
    def cycle(base: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(cid, f"{text} ({i})") for i, (cid, text) in enumerate(base[i % len(base)] for i in range(n))]

    dev = []
    for path in sorted((ROOT / "tests" / "data").glob("dev_*.jsonl")):
        dev += [(r["case_id"], r["text"]) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())]
    runs = ROOT / "results" / "baselines" / "summaries.jsonl"
    para = [(r["case_id"], r["text"]) for r in map(json.loads, runs.read_text(encoding="utf-8").splitlines())]
    return {"development (~110 chars)": cycle(dev), "default job paragraphs (~650 chars)": cycle(para),
            _FRESH: cycle(para)}


_FRESH = "default job paragraphs, each new to the parser stage"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", default="77af0dd", help="the earlier revision (default: before issue 14)")
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(before), args.rev], check=True)
        try:
            best: dict[tuple[str, str], float] = {}
            for name, items in _items(args.n).items():
                data = Path(tmp) / "items.json"
                data.write_text(json.dumps(items), encoding="utf-8")
                for _ in range(args.rounds):
                    for label, tree in (("before", before), ("after", ROOT)):
                        mode = "fresh" if name == _FRESH else "cached"
                        out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(data), str(ROOT / "cases"),
                                              mode],
                                             check=True, capture_output=True, text=True).stdout
                        rate = float(out.strip().splitlines()[-1])
                        best[(name, label)] = max(best.get((name, label), 0.0), rate)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
    print(f"summaries/s in one process, best of {args.rounds}, {args.n} summaries per set; before = {args.rev}")
    print("| set | before | after | after / before |\n|---|---:|---:|---:|")
    for name in _items(1):
        b, a = best[(name, "before")], best[(name, "after")]
        print(f"| {name} | {b:,.0f} | {a:,.0f} | {a / b:.2f} |")


if __name__ == "__main__":
    main()
