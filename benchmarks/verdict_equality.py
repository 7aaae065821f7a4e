"""Verdict equality: every record the scorers produce on the project's own texts, dumped so that two versions of
the scorers can be compared (a performance change must leave every verdict unchanged).

Usage: python -m benchmarks.verdict_equality dump OUT.jsonl
       python -m benchmarks.verdict_equality compare BEFORE.jsonl AFTER.jsonl

Texts: the default job's summaries (results/baselines/summaries.jsonl), the labelled development, held-out,
known-failure and blind-round summaries (tests/data/**.jsonl, with the round's own case files) and every
probe of every case. Each line is one record (claims, numbers, loaded terms, metrics), keyed by where it came from.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _items() -> list[tuple[str, Any, str]]:
    """(key, case, text) for every text the dump covers."""
    from harness.caseload import load_cases

    cases = {c.id: c for c in load_cases([ROOT / "cases"])}
    extra_dirs = [ROOT / "tests" / "data" / "heldout", *sorted((ROOT / "tests" / "data" / "rounds").glob("*"))]
    for d in extra_dirs:
        for c in load_cases([p for p in sorted(d.glob("*.yaml"))]):
            cases.setdefault(c.id, c)
    out: list[tuple[str, Any, str]] = []
    files = [ROOT / "results" / "baselines" / "summaries.jsonl", *sorted((ROOT / "tests" / "data").rglob("*.jsonl"))]
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            case = cases.get(item.get("case_id", ""))
            if case is not None and isinstance(item.get("text"), str):
                out.append((f"{path.relative_to(ROOT)}:{n}", case, item["text"]))
    for case in cases.values():
        for probe in case.probes:
            out.append((f"probe:{case.id}/{probe.id}", case, probe.text))
    return out


def dump(target: Path) -> int:
    """Score every text and write one JSON line per record; returns how many."""
    from scorers import score_summary

    items = _items()
    with open(target, "w", encoding="utf-8") as fh:
        for key, case, text in items:
            rec = score_summary(case, text).to_json()
            fh.write(json.dumps({"key": key, **rec}, ensure_ascii=False, sort_keys=True) + "\n")
    return len(items)


def compare(before: Path, after: Path) -> int:
    """Print the keys whose records differ; returns how many differ (0: identical)."""
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        print(f"different counts: {len(a)} against {len(b)}")
        return max(1, abs(len(a) - len(b)))
    bad = 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            bad += 1
            if bad <= 10:
                print("DIFF", json.loads(x)["key"])
                print("  before:", x[:600])
                print("  after: ", y[:600])
    print(f"{len(a)} records, {bad} different")
    return bad


def main(argv: list[str]) -> int:
    """Command line: dump or compare."""
    if len(argv) == 2 and argv[0] == "dump":
        print(f"{dump(Path(argv[1]))} records written to {argv[1]}")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return 1 if compare(Path(argv[1]), Path(argv[2])) else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
