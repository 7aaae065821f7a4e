"""Does the parser stage (scorers/parsed.py, on by default) raise agreement with hand labels, and what does it cost?

Usage:
    python -m benchmarks.parser_agreement [--modes off,1,both] [--n 2000] [--write] [FILES...]

For every labelled set (tests/data/dev_*.jsonl, tests/data/heldout/*.jsonl, tests/data/rounds/round*/*.jsonl,
each with its own cases) it runs ``benchmarks.agreement.evaluate`` once per parser mode, in one process
(``off``: the rules alone; ``1``, the default: bare or hedged mentions the parse puts inside a source's
reporting clause are re-judged; ``both``: also attributed mentions the parse puts outside every clause of
their source), and prints mention F1, verdict balanced accuracy, numeric-error balanced accuracy and
fully-clean balanced accuracy per set and mode, then per round (mean over its cases). Then it times
``score_summary`` on --n paragraph summaries (``benchmarks.score_speed.load_items``) in each mode, alternating
modes twice and keeping each mode's faster pass. With --write the output goes to results/parser-agreement.md
with the command and the load average.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.agreement import _set_name, evaluate  # noqa: E402
from harness.caseload import load_cases  # noqa: E402
from scorers import parsed, score_summary  # noqa: E402

DIMENSIONS = (("mention_f1", "mention F1"), ("verdict_balanced", "verdict BA"),
              ("numeric_any_balanced", "numeric BA"), ("clean_balanced", "clean BA"))
NOTE = ("Every labelled set here was read while the stage was written: the rules were tuned on them, and the stage's "
        "clause-binding rules (scorers/parsed.py `_binds`) were written after reading its errors on them, so these are "
        "not first measurements. The stage's first measurement, before that, is results/parser-agreement-first.md; a "
        "new blind round measured with this script before any change is the figure that decides.")
MODE_NAMES = {"off": "rules", "1": "+parser", "both": "+parser both ways"}


_ONLY: list[Path] = []  # labelled files named on the command line (default: every labelled set)


def _files() -> list[Path]:
    if _ONLY:
        return _ONLY
    data = ROOT / "tests" / "data"
    rounds = sorted((data / "rounds").glob("round*"), key=lambda p: int(p.name[5:]))
    return (sorted(data.glob("dev_*.jsonl")) + sorted((data / "heldout").glob("*.jsonl"))
            + [f for r in rounds for f in sorted(r.glob("*.jsonl"))])


def _set_mode(mode: str) -> None:
    parsed.MODE = "" if mode == "off" else mode


def _fmt(x: float) -> str:
    return "—" if x != x else f"{x:.3f}"  # NaN: no label of that kind


def agreement(modes: list[str]) -> tuple[str, dict[str, dict[str, dict[str, float]]]]:
    """Per-set agreement in each mode, as a Markdown table, and the raw figures by mode and set."""
    rounds = sorted((ROOT / "tests" / "data" / "rounds").glob("round*"))
    cases = {c.id: c for c in load_cases([ROOT / "cases", ROOT / "tests" / "data" / "heldout", *rounds])}
    res: dict[str, dict[str, dict[str, float]]] = {}
    for mode in modes:
        _set_mode(mode)
        res[mode] = {_set_name(f): evaluate(f, cases) for f in _files()}  # type: ignore[misc]
    _set_mode("off")
    head = "| set | n | " + " | ".join(f"{label} {MODE_NAMES.get(m, m)}" for _, label in DIMENSIONS for m in modes)
    lines = [head + " |", "|---|---|" + "---|" * (len(DIMENSIONS) * len(modes))]
    for name in res[modes[0]]:
        cells = [_fmt(float(res[m][name][key])) for key, _ in DIMENSIONS for m in modes]
        lines.append(f"| {name} | {res[modes[0]][name]['summaries']} | " + " | ".join(cells) + " |")
    return "\n".join(lines), res


def per_round(modes: list[str], res: dict[str, dict[str, dict[str, float]]]) -> str:
    """Mean over each round's cases (dev and held-out sets each their own group), with the change per mode."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in res[modes[0]]:
        groups[name.split("/")[0] if "/" in name else "dev+heldout"].append(name)
    lines = ["| round | " + " | ".join(f"{label} {MODE_NAMES.get(m, m)}" for _, label in DIMENSIONS for m in modes)
             + " |", "|---|" + "---|" * (len(DIMENSIONS) * len(modes))]
    totals: dict[tuple[str, str], list[float]] = defaultdict(list)
    for group, names in groups.items():
        cells = []
        for key, _ in DIMENSIONS:
            base = None
            for m in modes:
                vals = [float(res[m][n][key]) for n in names if float(res[m][n][key]) == float(res[m][n][key])]
                mean = sum(vals) / len(vals) if vals else float("nan")
                totals[(key, m)].append(mean)
                if base is None:
                    base = mean
                    cells.append(_fmt(mean))
                else:
                    cells.append(f"{_fmt(mean)} ({mean - base:+.3f})")
        lines.append(f"| {group} | " + " | ".join(cells) + " |")
    cells = []
    for key, _ in DIMENSIONS:
        base = None
        for m in modes:
            mean = sum(totals[(key, m)]) / len(totals[(key, m)])
            cells.append(_fmt(mean) if base is None else f"{_fmt(mean)} ({mean - base:+.3f})")
            base = mean if base is None else base
    lines.append("| **mean of groups** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def changed_verdicts(modes: list[str]) -> str:
    """How many claim verdicts each mode changes against the rules on the labelled sets, and how many of the
    changes agree with the label afterwards (and did before)."""
    import json

    from harness.scoring import found_expect

    rounds = sorted((ROOT / "tests" / "data" / "rounds").glob("round*"))
    cases = {c.id: c for c in load_cases([ROOT / "cases", ROOT / "tests" / "data" / "heldout", *rounds])}
    items = [json.loads(line) for f in _files() for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    got: dict[str, list[dict[str, str]]] = {}
    for mode in modes:
        _set_mode(mode)
        got[mode] = [found_expect(score_summary(cases[it["case_id"]], it["text"]).to_json()).claims for it in items]
    _set_mode("off")
    lines = ["| mode | verdicts changed | right before | right after |", "|---|---|---|---|"]
    for mode in modes[1:]:
        changed = before = after = 0
        for it, a, b in zip(items, got[modes[0]], got[mode], strict=True):
            labels = it["expect"].get("claims", {})
            for cid in set(a) & set(b):
                if a[cid] != b[cid]:
                    changed += 1
                    before += labels.get(cid) == a[cid]
                    after += labels.get(cid) == b[cid]
        lines.append(f"| {MODE_NAMES.get(mode, mode)} | {changed} | {before} | {after} |")
    return "\n".join(lines)


def speed(modes: list[str], n: int, style: str = "paragraph") -> str:
    """summaries/s of ``score_summary`` on n summaries of ``style`` in each mode (best of two alternating passes)."""
    from benchmarks.performance import all_cases
    from benchmarks.score_speed import load_items

    items = load_items(n, style)
    cases = {c.id: c for c in all_cases()}
    for mode in modes:  # warm: imports, case indexes, the spaCy model
        _set_mode(mode)
        for cid, text in items[:100]:
            score_summary(cases[cid], f"{text} warm")
    best: dict[str, float] = {}
    for _ in range(2):
        for mode in modes:
            _set_mode(mode)
            parsed.parse.cache_clear()
            parsed.parse_sentence.cache_clear()
            t0 = time.perf_counter()
            for cid, text in items:
                score_summary(cases[cid], text)
            best[mode] = max(best.get(mode, 0.0), n / (time.perf_counter() - t0))
    _set_mode("off")
    lines = ["| mode | summaries/s | relative to rules |", "|---|---|---|"]
    for mode in modes:
        lines.append(f"| {MODE_NAMES.get(mode, mode)} | {best[mode]:.0f} | {best[mode] / best[modes[0]]:.2f} |")
    return "\n".join(lines)


def main() -> None:
    """Command line: agreement per set and round in each mode, changed verdicts, and speed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modes", default="off,1,both", help="comma-separated parser modes; the first is the base")
    ap.add_argument("--n", type=int, default=2000, help="paragraph summaries timed per mode (0: no timing)")
    ap.add_argument("--style", default="paragraph", choices=("paragraph", "multi-paragraph", "one-sentence"),
                    help="summaries timed (benchmarks.performance.base_summaries)")
    ap.add_argument("--write", action="store_true", help="write results/parser-agreement.md")
    ap.add_argument("files", nargs="*", type=Path,
                    help="labelled JSONL files (default: every labelled set); e.g. a new blind round's, measured first")
    args = ap.parse_args()
    _ONLY[:] = [f.resolve() for f in args.files]
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if not modes or any(m not in MODE_NAMES for m in modes):
        ap.error(f"--modes: each of {', '.join(MODE_NAMES)}")
    try:
        parsed._nlp()
    except RuntimeError as exc:
        sys.exit(str(exc))
    import spacy

    load0 = os.getloadavg()[0]
    table, res = agreement(modes)
    meta = parsed._nlp().meta
    out = [NOTE, "", f"spaCy {spacy.__version__}, model {meta.get('name')} {meta.get('version')} "
           f"(tok2vec, tagger, parser); {platform.machine()}, Python {platform.python_version()}",
           "", "## Per round (mean over the round's cases; change against the rules)", "", per_round(modes, res),
           "", "## Claim verdicts changed on the labelled sets", "", changed_verdicts(modes),
           "", "## Per labelled set", "", table]
    if args.n:
        out += ["", f"## Speed: `score_summary`, {args.n} {args.style} summaries, one process", "",
                speed(modes, args.n, args.style)]
    out += ["", f"load average {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"]
    text = "\n".join(out)
    print(text)
    if args.write:
        cmd = "python -m benchmarks.parser_agreement " + " ".join(sys.argv[1:])
        path = ROOT / "results" / "parser-agreement.md"
        path.write_text(f"# The parser stage: agreement and speed\n\nMade by `{cmd.strip()}`.\n\n{text}\n",
                        encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
