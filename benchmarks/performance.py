"""Performance, measured side by side in one run: scoring throughput and its scaling, peak memory, start-up,
HTTP backend efficiency, batching speed-up and an end-to-end run with its profile.

Usage: python -m benchmarks.performance [--sizes 1000,10000,100000] [--rouge-max 10000] [--memory-n 100000]
                                        [--skip-batching] [--out results/performance.md]
       python -m benchmarks all        (every benchmark; this one writes results/performance.md)

Figures (each goal from the issue "Performance: measured, side by side, and scaling with the work"):

- scoring throughput (summaries/s) through the ``cnh score`` code path (``harness.scoring.score_file``, streaming)
  with 1 and 2 worker processes at each size, beside ``rouge-score`` (rouge1/2/L, stemmer, against the case
  article) on the same pairs; summaries are the development summaries cycled with a numbered suffix. Goals:
  >= 300 summaries/s on 2 cores, >= 1x rouge-score, per-summary cost flat from 1k to 100k;
- before/after of the scorer optimisations: the same summaries scored by the scorers of BEFORE_COMMIT (extracted
  with ``git archive`` into a temporary directory) and by the working tree, in this run;
- peak RSS of a ``cnh score`` subprocess (1 process) at 10k and --memory-n summaries (goal < 500 MB, flat);
- ``cnh --help`` and ``import harness`` cold start (median of 10 runs; goal < 0.3 s) and whether torch,
  transformers, datasets or pandas get imported (they must not);
- ``benchmarks.http_throughput`` and ``benchmarks.batching``, re-run;
- ``cnh run runs/baselines.yaml`` over the full suite with a fresh cache: wall time, and a cProfile top 10.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.metadata
import io
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BEFORE_COMMIT = "8777c378f12e1ee8145f4162920a5e0d8cfb2486"
"""The last commit before the scorer optimisations (pattern look-behind factored out of alternations, per-case
number analysis cached, stems cached)."""

HEAVY = ("torch", "transformers", "datasets", "pandas")
PACKAGES = ("click", "pydantic", "PyYAML", "tqdm", "httpx", "rouge-score", "nltk", "pandas", "datasets", "torch",
            "transformers")


# ---------------------------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    """Cores, CPU model (from /proc/cpuinfo), Python and the versions of the packages that matter here."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {"cores": os.cpu_count(), "usable_cores": usable, "cpu": model, "arch": platform.machine(),
            "python": platform.python_version(), "os": platform.platform(), "packages": versions}


# ---------------------------------------------------------------------------------------------- data


def base_summaries() -> list[dict[str, str]]:
    """The development summaries (tests/data/dev_*.jsonl) as {case_id, summary_id, model, text}."""
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("dev_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append({k: item[k] for k in ("case_id", "summary_id", "model", "text")})
    return out


def write_summaries(path: Path, n: int) -> list[tuple[str, str]]:
    """Write n summaries cycled from the development sets, each text with a numbered suffix (no two alike).

    Returns:
        The (case_id, text) pairs written, for rouge-score.
    """
    base = base_summaries()
    pairs = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            b = base[i % len(base)]
            text = f"{b['text']} ({i})"
            fh.write(json.dumps({"case_id": b["case_id"], "summary_id": f"{b['summary_id']}-{i}",
                                 "model": b["model"], "text": text}, ensure_ascii=False) + "\n")
            pairs.append((b["case_id"], text))
    return pairs


# ---------------------------------------------------------------------------------------------- scoring


def cnh_rate(cases: list[Any], summaries: Path, n: int, workers: int, tmp: Path) -> float:
    """Summaries/s of ``score_file`` (what ``cnh score`` runs), streaming, with ``workers`` processes."""
    from harness.scoring import score_file

    t0 = time.perf_counter()
    result = score_file(cases, summaries, tmp / f"out-{n}-{workers}", keep_records=False, workers=workers)
    seconds = time.perf_counter() - t0
    if result.totals.records != n or result.errors:
        raise RuntimeError(f"scored {result.totals.records} of {n}, errors: {result.errors[:3]}")
    return n / seconds


def rouge_rate(pairs: list[tuple[str, str]], articles: dict[str, str]) -> float:
    """Summaries/s of rouge-score (rouge1/rouge2/rougeL with the Porter stemmer) against the case article."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    t0 = time.perf_counter()
    for case_id, text in pairs:
        scorer.score(articles[case_id], text)
    return len(pairs) / (time.perf_counter() - t0)


def throughput(sizes: list[int], rouge_max: int, tmp: Path) -> list[dict[str, Any]]:
    """Rows (n, cnh 1 process, cnh 2 processes, rouge-score) of summaries/s, all measured in this run."""
    from harness.caseload import load_cases
    from harness.scoring import score_file

    cases = load_cases([ROOT / "cases"])
    articles = {c.id: c.text for c in cases}
    warm = tmp / "warm.jsonl"
    write_summaries(warm, 300)
    score_file(cases, warm, tmp / "warm", keep_records=False)  # imports, regex compilation, per-case caches
    rows = []
    for n in sizes:
        path = tmp / f"s{n}.jsonl"
        pairs = write_summaries(path, n)
        row: dict[str, Any] = {"n": n}
        for workers in (1, 2):
            row[f"cnh_{workers}"] = cnh_rate(cases, path, n, workers, tmp)
            shutil.rmtree(tmp / f"out-{n}-{workers}", ignore_errors=True)
            print(f"  {n} summaries, {workers} process(es): {row[f'cnh_{workers}']:.0f} summaries/s", flush=True)
        row["rouge"] = rouge_rate(pairs, articles) if n <= rouge_max else None
        if row["rouge"]:
            print(f"  {n} summaries, rouge-score: {row['rouge']:.0f} summaries/s", flush=True)
        path.unlink()
        rows.append(row)
    return rows


_BEFORE_AFTER = """
import json, sys, time
from harness.caseload import load_cases
from scorers import score_summary
cases = {c.id: c for c in load_cases(["cases"])}
items = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for it in items[:200]:
    score_summary(cases[it["case_id"]], it["text"])
t0 = time.perf_counter()
for it in items:
    score_summary(cases[it["case_id"]], it["text"])
print(len(items) / (time.perf_counter() - t0))
"""


def before_after(n: int, tmp: Path) -> dict[str, Any]:
    """Scorer-only summaries/s (one process) of BEFORE_COMMIT's scorers and of the working tree, same summaries."""
    path = tmp / "before-after.jsonl"
    write_summaries(path, n)
    out: dict[str, Any] = {"n": n, "commit": BEFORE_COMMIT}
    before = tmp / "before"
    before.mkdir()
    archive = subprocess.run(["git", "archive", BEFORE_COMMIT, "harness", "scorers", "cases"], cwd=ROOT,
                             capture_output=True)
    if archive.returncode != 0:
        out["before"] = None
        out["note"] = f"git archive {BEFORE_COMMIT[:8]} failed: {archive.stderr.decode(errors='replace').strip()}"
    else:
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive.stdout, check=True)
        out["before"] = _run_rate(before, path)
    out["after"] = _run_rate(ROOT, path)
    return out


def _run_rate(tree: Path, summaries: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    res = subprocess.run([sys.executable, "-c", _BEFORE_AFTER, str(summaries)], cwd=tree, env=env,
                         capture_output=True, text=True, check=True)
    return float(res.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------------- memory


_MAXRSS = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(rc, time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_memory(n: int, tmp: Path, workers: int = 1) -> dict[str, Any]:
    """Peak RSS (MB) and wall time of one ``cnh score -q`` subprocess over n summaries (RUSAGE_CHILDREN of a
    wrapper process whose only child is that command; with workers > 1 it is the largest single process)."""
    path = tmp / f"mem{n}.jsonl"
    write_summaries(path, n)
    cmd = [sys.executable, "-m", "harness.cli", "score", "--cases", str(ROOT / "cases"), "--summaries", str(path),
           "--out", str(tmp / f"mem{n}"), "-q", "--workers", str(workers)]
    res = subprocess.run([sys.executable, "-c", _MAXRSS, *cmd], capture_output=True, text=True, check=True, cwd=ROOT)
    rc, seconds, kb = res.stdout.split()
    path.unlink()
    shutil.rmtree(tmp / f"mem{n}", ignore_errors=True)
    return {"n": n, "workers": workers, "rc": int(rc), "seconds": float(seconds), "rss_mb": int(kb) / 1024}


# ---------------------------------------------------------------------------------------------- start-up


_IMPORTED = """
import sys
sys.argv = ["cnh", "--help"]
from harness.cli import main
try:
    main()
except SystemExit:
    pass
print(",".join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def cold_start(runs: int = 10) -> dict[str, Any]:
    """Median wall time of ``cnh --help`` and ``python -c 'import harness'`` in fresh processes, and the heavy
    modules that ``cnh --help`` imports."""
    cnh = Path(sys.executable).parent / "cnh"
    help_cmd = [str(cnh), "--help"] if cnh.exists() else [sys.executable, "-m", "harness.cli", "--help"]
    commands = {"cnh --help": help_cmd, "import harness": [sys.executable, "-c", "import harness"],
                "python (bare)": [sys.executable, "-c", "pass"]}
    out: dict[str, Any] = {"runs": runs, "command": " ".join(help_cmd)}
    for name, cmd in commands.items():
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
            times.append(time.perf_counter() - t0)
        out[name] = statistics.median(times)
    res = subprocess.run([sys.executable, "-c", _IMPORTED.format(heavy=HEAVY)], capture_output=True, text=True,
                         cwd=ROOT)
    last = (res.stderr.strip().splitlines() or [""])[-1]
    out["heavy_imported"] = [m for m in last.split(",") if m in HEAVY]
    res = subprocess.run([sys.executable, "-c", "import sys, harness; print(','.join(m for m in "
                          f"{HEAVY!r} if m in sys.modules))"], capture_output=True, text=True, cwd=ROOT)
    out["heavy_imported_by_import_harness"] = [m for m in res.stdout.strip().split(",") if m]
    return out


# ---------------------------------------------------------------------------------------------- other benchmarks


def http() -> dict[str, Any]:
    """``benchmarks.http_throughput`` with its defaults (2,000 requests, concurrency 64, 50 ms latency)."""
    from benchmarks.http_throughput import GOAL, run

    r = run(2000, 64, 0.05)
    return {**r, "goal": GOAL}


def batching() -> dict[str, Any]:
    """``python -m benchmarks.batching`` in a subprocess (it needs torch), its output kept verbatim."""
    res = subprocess.run([sys.executable, "-m", "benchmarks.batching"], capture_output=True, text=True, cwd=ROOT)
    lines = res.stdout.strip().splitlines()
    out: dict[str, Any] = {"rc": res.returncode, "output": lines or res.stderr.strip().splitlines()[-3:]}
    for line in lines:
        if line.startswith("speed-up:"):
            out["speedup"] = float(line.split()[1].rstrip("x"))
        if line.startswith("same texts:"):
            out["same"] = line.split(":", 1)[1].strip() == "True"
    return out


# ---------------------------------------------------------------------------------------------- end to end


def end_to_end(tmp: Path) -> dict[str, Any]:
    """``cnh run runs/baselines.yaml`` over the full suite with a fresh cache and output folder: the wall time of
    a subprocess, then the same run in this process under cProfile (another fresh cache) for the top 10."""
    import yaml

    config = yaml.safe_load((ROOT / "runs" / "baselines.yaml").read_text(encoding="utf-8"))

    def fresh(tag: str) -> Path:
        cfg = dict(config, cache=str(tmp / f"cache-{tag}.sqlite"), out=str(tmp / f"results-{tag}"))
        path = tmp / f"baselines-{tag}.yaml"
        path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
        return path

    cmd = [sys.executable, "-m", "harness.cli", "run", str(fresh("wall")), "-q"]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    scores = tmp / "results-wall" / config["run_id"] / "scores.jsonl"
    scored = len(scores.read_text(encoding="utf-8").splitlines()) if res.returncode == 0 else 0
    from harness.cli import main

    prof = cProfile.Profile()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        t0 = time.perf_counter()
        prof.enable()
        try:
            main(["run", str(fresh("prof")), "-q"], standalone_mode=False)
        finally:
            prof.disable()
        profiled = time.perf_counter() - t0
    finally:
        os.chdir(cwd)
    return {"command": "cnh run runs/baselines.yaml (cache: and out: pointed to a temporary directory)",
            "rc": res.returncode, "wall": wall, "records": scored, "profiled_wall": profiled,
            "profile": _top(prof, "cumulative", r"harness[/\\]|scorers[/\\]"), "profile_self": _top(prof, "tottime"),
            "stderr": res.stderr.strip().splitlines()[-3:]}


def _top(prof: cProfile.Profile, key: str, restrict: str | None = None) -> list[str]:
    """The profile's 10 top lines by ``key`` (optionally only functions whose location matches ``restrict``)."""
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats(key)
    if restrict:
        stats.print_stats(restrict, 10)
    else:
        stats.print_stats(10)
    lines = [line.replace(str(ROOT) + os.sep, "") for line in buf.getvalue().splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return lines[start:start + 11]


# ---------------------------------------------------------------------------------------------- report


def _f(v: float | None, fmt: str = ".0f") -> str:
    return "—" if v is None else format(v, fmt)


def render(fig: dict[str, Any], command: str) -> str:
    """The Markdown report."""
    m = fig["machine"]
    pk = ", ".join(f"{k} {v}" for k, v in m["packages"].items())
    lines = [
        "# Performance", "",
        f"Written by `{command}` on {fig['date']} ({fig['seconds']:.0f} s). Machines here are shared: expect noise; "
        "the ratios compare figures measured in the same run.", "",
        f"Machine: {m['cores']} cores ({m['usable_cores']} usable), {m['cpu']}, {m['arch']}; Python {m['python']}; "
        f"{m['os']}.", "", f"Packages: {pk}.", "",
    ]
    rows = fig["throughput"]
    lines += ["## Scoring throughput", "",
              "Summaries/s through `score_file` (the `cnh score` code path: JSONL in, scores.jsonl written, "
              "streaming), the development summaries cycled with a numbered suffix; rouge-score (rouge1/2/L with "
              "the stemmer, against the case article) on the same pairs, one process. Imports, regex compilation "
              "and per-case caches are warmed on 300 other summaries first.", "",
              "| summaries | cnh, 1 process | cnh, 2 processes | rouge-score, 1 process | cnh(1) / rouge | "
              "cnh(2) / cnh(1) |", "|---|---|---|---|---|---|"]
    for r in rows:
        ratio = _f(r["cnh_1"] / r["rouge"], ".2f") if r["rouge"] else "—"
        lines.append(f"| {r['n']:,} | {r['cnh_1']:.0f} | {r['cnh_2']:.0f} | {_f(r['rouge'])} | {ratio} | "
                     f"{r['cnh_2'] / r['cnh_1']:.2f} |")
    skipped = [r["n"] for r in rows if r["rouge"] is None]
    if skipped:
        lines += ["", f"rouge-score not run at {', '.join(f'{n:,}' for n in skipped)} summaries (over --rouge-max: it "
                  "would take minutes; its cost per summary does not depend on how many there are)."]
    first, last = rows[0], rows[-1]
    lines += ["", f"Cost per summary, {last['n']:,} / {first['n']:,} summaries: "
              f"{first['cnh_1'] / last['cnh_1']:.2f} (1 process), {first['cnh_2'] / last['cnh_2']:.2f} (2 processes) "
              "(1.00 = flat).", ""]
    ba = fig.get("before_after")
    if ba:
        lines += ["### Before and after the scorer optimisations", "",
                  f"Scorers only (`score_summary` in a loop, one process, {ba['n']:,} summaries, after 200 warm-up), "
                  f"the scorers of commit `{ba['commit'][:10]}` (before) and of the working tree (after), same "
                  "summaries, same run. The two differ also by the verdict fixes committed in between.", "",
                  "| scorers | summaries/s |", "|---|---|",
                  f"| before (`{ba['commit'][:10]}`) | {_f(ba['before'])} |", f"| after (working tree) | "
                  f"{ba['after']:.0f} |"]
        if ba.get("before"):
            lines += ["", f"Speed-up: {ba['after'] / ba['before']:.2f}×."]
        if ba.get("note"):
            lines += ["", ba["note"]]
        lines.append("")
    lines += ["## Peak memory", "", "Peak RSS of one `cnh score -q --workers 1` subprocess (`ru_maxrss` of "
              "RUSAGE_CHILDREN in a wrapper whose only child is that command); records are streamed to "
              "scores.jsonl and the table comes from running sums.", "",
              "| summaries | peak RSS | wall time | summaries/s (incl. start-up) |", "|---|---|---|---|"]
    for r in fig["memory"]:
        lines.append(f"| {r['n']:,} | {r['rss_mb']:.0f} MB | {r['seconds']:.1f} s | {r['n'] / r['seconds']:.0f} |")
    cs = fig["cold_start"]
    lines += ["", "## Start-up", "", f"Median of {cs['runs']} fresh processes each.", "",
              "| command | median |", "|---|---|",
              f"| `{cs['command']}` | {cs['cnh --help']:.3f} s |",
              f"| `python -c 'import harness'` | {cs['import harness']:.3f} s |",
              f"| `python -c pass` (the interpreter alone) | {cs['python (bare)']:.3f} s |", "",
              f"Heavy modules ({', '.join(HEAVY)}) imported by `cnh --help`: "
              f"{', '.join(cs['heavy_imported']) or 'none'}; by `import harness`: "
              f"{', '.join(cs['heavy_imported_by_import_harness']) or 'none'}.", ""]
    h = fig.get("http")
    if h:
        lines += ["## HTTP backend (`benchmarks.http_throughput`)", "",
                  f"2,000 requests, concurrency 64, a local server with a fixed 50 ms latency (ideal "
                  f"{h['ideal']:.0f} requests/s): {h['rate']:.0f} requests/s, **{h['ratio']:.2f} of ideal** "
                  f"(goal {h['goal']}), client CPU {h['cpu_ms_per_request']:.2f} ms a request, "
                  f"{h['errors']:.0f} errors.", ""]
    b = fig.get("batching")
    if b:
        lines += ["## Batched generation (`benchmarks.batching`)", "", "```", *b["output"], "```", ""]
    e = fig.get("end_to_end")
    if e:
        lines += ["## End to end: `cnh run runs/baselines.yaml`", "",
                  f"{e['command']}, fresh cache: exit {e['rc']}, **{e['wall']:.2f} s** wall (a subprocess, start-up "
                  f"included), {e['records']} records. Profiled in-process run (another fresh cache): "
                  f"{e['profiled_wall']:.2f} s under cProfile. Where it goes: the project's top 10 functions by "
                  "cumulative time, then the top 10 of all by own time:", "", "```", *e["profile"], "```", "",
                  "```", *e["profile_self"], "```", ""]
    return "\n".join(lines)


def _step(name: str, fn: Callable[[], Any], fig: dict[str, Any]) -> None:
    print(f"{name} ...", flush=True)
    t0 = time.perf_counter()
    fig[name] = fn()
    print(f"{name}: done in {time.perf_counter() - t0:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run every measurement, print the report and write it (``--out``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="summary counts for throughput")
    ap.add_argument("--rouge-max", type=int, default=10000, help="run rouge-score only up to this many summaries")
    ap.add_argument("--memory-n", type=int, default=100000, help="summaries for the peak-memory run")
    ap.add_argument("--before-n", type=int, default=2000, help="summaries for the before/after comparison")
    ap.add_argument("--skip-batching", action="store_true", help="skip benchmarks.batching (needs torch)")
    ap.add_argument("--out", type=Path, default=ROOT / "results" / "performance.md")
    args = ap.parse_args(argv)
    command = "python -m benchmarks.performance " + " ".join(argv if argv is not None else sys.argv[1:])
    fig: dict[str, Any] = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M %Z")}
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cnh-perf-") as tmp_name:
        tmp = Path(tmp_name)
        sizes = [int(s) for s in args.sizes.split(",")]
        _step("throughput", lambda: throughput(sizes, args.rouge_max, tmp), fig)
        _step("before_after", lambda: before_after(args.before_n, tmp), fig)
        _step("memory", lambda: [peak_memory(n, tmp) for n in sorted({min(10000, args.memory_n), args.memory_n})],
              fig)
        _step("cold_start", cold_start, fig)
        _step("http", http, fig)
        if not args.skip_batching:
            _step("batching", batching, fig)
        _step("end_to_end", lambda: end_to_end(tmp), fig)
    fig["seconds"] = time.perf_counter() - t_all
    report = render(fig, command.strip())
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
