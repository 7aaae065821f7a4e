"""Performance, measured side by side in one run: scoring throughput and its scaling, peak memory, start-up,
HTTP backend efficiency, batching speed-up and an end-to-end run with its profile.

Usage: python -m benchmarks.performance [--plan paragraph:1000,paragraph:10000,...] [--suite-sizes 25,1000,10000]
                                        [--rouge-max 10000] [--memory-n 20000] [--skip-batching]
                                        [--out results/performance.md]
       python -m benchmarks all        (every benchmark; this one writes results/performance.md)

Figures (goals from issue 20, "Performance on real work"):

- scoring throughput (summaries/s) through the ``cnh score`` code path (``harness.scoring.score_file``, streaming)
  with 1 and 2 worker processes, beside ``rouge-score`` (rouge1/2/L, stemmer, against the case article) on the
  same pairs, for paragraph, multi-paragraph (Markdown) and one-sentence summaries over every case of the suite and
  of the blind rounds (``base_summaries``). Goals: >= 1,000 paragraph summaries/s in one process, >= 4x
  rouge-score, ``--workers 2`` >= 1.7x on 2 idle cores at 10k+ summaries;
- suite size: the scorers' per-summary cost with 25, 1,000 and 10,000 cases (goal: within 1.5x of 25 cases);
- before/after issue 20's scorer work: the same summaries scored by the scorers of BEFORE_COMMIT (extracted
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

BEFORE_COMMIT = "66de9c98dffaad5e86752a2e1dd669d1dab4bda6"
"""The last commit before issue 20's scorer work (alias index instead of one alternation per case, per-case LRU
caches, linear numbers and attribution stages, tail-anchored frame searches, precompiled patterns)."""

HEAVY = ("torch", "transformers", "datasets", "pandas")
PACKAGES = ("click", "pydantic", "PyYAML", "tqdm", "aiohttp", "rouge-score", "nltk", "pandas", "datasets", "torch",
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


STYLES = ("paragraph", "multi-paragraph", "one-sentence")
"""Summary styles measured: what the default job and real models write (paragraphs; Markdown with a headline,
paragraphs and bullets, long answers) and the short development summaries the older figures used."""

_LONG_STYLES = {"long", "bullets", "key-points", "keypoints", "numbered", "headline-body", "heading-long",
                "markdown-heading", "lead-ins"}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def all_cases() -> list[Any]:
    """The suite (cases/) and the blind rounds' cases (tests/data/rounds/*/), whose summaries are real model output."""
    from harness.caseload import load_cases

    return load_cases([ROOT / "cases", *sorted((ROOT / "tests" / "data" / "rounds").glob("*/*.yaml"))])


def _multi_paragraph(items: list[dict[str, Any]]) -> list[dict[str, str]]:
    """One Markdown answer per suite case in the shape models give when asked for a summary: a headline, two
    paragraphs and a bulleted list of figures, assembled from the default job's own outputs for that case."""
    from scorers.text import sentences

    by_case: dict[str, dict[str, str]] = {}
    for it in items:
        by_case.setdefault(it["case_id"], {})[it["model"]] = it["text"]
    out = []
    for case_id, texts in sorted(by_case.items()):
        lead = [s.text for s in sentences(texts.get("lead-5", ""))]
        other = [s.text for s in sentences(texts.get("strip-attribution", ""))]
        half = max(1, len(lead) // 2)
        bullets = [f"- {t}" for t in other if any(ch.isdigit() for ch in t)][:4] or [f"- {t}" for t in other[:2]]
        text = "\n\n".join([f"## {case_id.replace('-', ' ').title()}", " ".join(lead[:half]), " ".join(lead[half:]),
                             "**Key figures:**\n" + "\n".join(bullets)])
        out.append({"case_id": case_id, "summary_id": f"{case_id}-md", "model": "markdown", "text": text})
    return out


def base_summaries(style: str = "paragraph") -> list[dict[str, str]]:
    """Summaries of one style as {case_id, summary_id, model, text}.

    paragraph: the default job's summaries (results/baselines, every suite case) and the blind rounds' paragraphs;
    multi-paragraph: a Markdown answer per suite case (:func:`_multi_paragraph`) and the blind rounds' long,
    bulleted, numbered and headline-and-body summaries; one-sentence: the development summaries (tests/data/dev_*).
    """
    keys = ("case_id", "summary_id", "model", "text")
    rounds = [it for path in sorted((ROOT / "tests" / "data" / "rounds").glob("*/*.jsonl")) for it in _jsonl(path)]
    if style == "one-sentence":
        return [{k: it[k] for k in keys} for path in sorted((ROOT / "tests" / "data").glob("dev_*.jsonl"))
                for it in _jsonl(path)]
    job = _jsonl(ROOT / "results" / "baselines" / "summaries.jsonl")
    if style == "paragraph":
        return [{k: it[k] for k in keys} for it in job] + \
            [{k: it[k] for k in keys} for it in rounds if it.get("style") == "paragraph"]
    if style == "multi-paragraph":
        return _multi_paragraph(job) + [{k: it[k] for k in keys} for it in rounds if it.get("style") in _LONG_STYLES]
    raise ValueError(f"unknown style {style!r}; one of {', '.join(STYLES)}")


def write_summaries(path: Path, n: int, style: str = "paragraph", suite_only: bool = False) -> list[tuple[str, str]]:
    """Write n summaries of ``style`` cycled, each text with a numbered suffix (no two alike); ``suite_only``: only
    summaries of the suite's cases (cases/), not of the blind rounds'.

    Returns:
        The (case_id, text) pairs written, for rouge-score.
    """
    base = base_summaries(style)
    if suite_only:
        base = [b for b in base if (ROOT / "cases" / f"{b['case_id']}.yaml").exists()]
    pairs = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            b = base[i % len(base)]
            text = f"{b['text']} ({i})"
            fh.write(json.dumps({"case_id": b["case_id"], "summary_id": f"{b['summary_id']}-{i}",
                                 "model": b["model"], "text": text}, ensure_ascii=False) + "\n")
            pairs.append((b["case_id"], text))
    return pairs


def load() -> tuple[float, float, float]:
    """The machine's 1, 5 and 15 minute load averages (other jobs share the cores)."""
    try:
        return os.getloadavg()
    except OSError:
        return (float("nan"),) * 3


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


def throughput(plan: list[tuple[str, int]], rouge_max: int, tmp: Path) -> list[dict[str, Any]]:
    """Rows (style, n, cnh 1 process, cnh 2 processes, rouge-score, load) of summaries/s, all measured in this run."""
    from harness.scoring import score_file

    cases = all_cases()
    articles = {c.id: c.text for c in cases}
    warm = tmp / "warm.jsonl"
    for style in STYLES:  # imports, regex compilation, per-case analyses
        write_summaries(warm, 300, style)
        score_file(cases, warm, tmp / "warm", keep_records=False)
    rows = []
    for style, n in plan:
        path = tmp / f"s{n}.jsonl"
        pairs = write_summaries(path, n, style)
        chars = sum(len(t) for _, t in pairs) / n
        row: dict[str, Any] = {"style": style, "n": n, "chars": chars, "load_before": load()[0]}
        for workers in (1, 2):
            row[f"cnh_{workers}"] = cnh_rate(cases, path, n, workers, tmp)
            shutil.rmtree(tmp / f"out-{n}-{workers}", ignore_errors=True)
            print(f"  {style}, {n} summaries, {workers} process(es): {row[f'cnh_{workers}']:.0f} summaries/s",
                  flush=True)
        row["rouge"] = rouge_rate(pairs, articles) if n <= rouge_max else None
        if row["rouge"]:
            print(f"  {style}, {n} summaries, rouge-score: {row['rouge']:.0f} summaries/s", flush=True)
        row["load_after"] = load()[0]
        path.unlink()
        rows.append(row)
    return rows


def suite_size(sizes: list[int], per_size: int) -> list[dict[str, Any]]:
    """Per-summary cost of the scorers (``score_summary``, one process) with suites of ``sizes`` cases: copies of
    the suite's cases under new ids, each with its own per-case analysis, scored with max(per_size, size) paragraph
    summaries spread over every case of the suite. The first pass builds every case's analysis; the second is the
    steady state the goal is about (per-summary cost within 1.5x of the 25-case suite)."""
    from harness.caseload import load_cases
    from scorers import attribution, loaded, numbers, score_summary

    suite = load_cases([ROOT / "cases"])
    texts: dict[str, list[str]] = {}
    for it in base_summaries("paragraph"):
        texts.setdefault(it["case_id"], []).append(it["text"])
    rows = []
    for size in sizes:
        for cache in (attribution._INDEXES, numbers._CASE_NUMBERS, numbers._ARTICLE_FIGURES, loaded._PATTERNS):
            cache.clear()
        cases = [c if size <= len(suite) else c.model_copy(update={"id": f"{c.id}-{i}"})
                 for i in range(-(-size // len(suite))) for c in suite][:size]
        n = max(per_size, size)
        work = [(cases[i % size], texts[cases[i % size].id.rsplit("-", 1)[0] if size > len(suite) else
                                         cases[i % size].id][i % 3]) for i in range(n)]
        row: dict[str, Any] = {"cases": size, "n": n, "load_before": load()[0]}
        for name in ("first", "second"):
            t0 = time.process_time()
            w0 = time.perf_counter()
            for case, text in work:
                score_summary(case, text)
            row[f"{name}_cpu_ms"] = (time.process_time() - t0) / n * 1000
            row[f"{name}_wall_ms"] = (time.perf_counter() - w0) / n * 1000
        row["load_after"] = load()[0]
        print(f"  {size} cases: {row['second_cpu_ms']:.2f} ms CPU a summary (steady), first pass "
              f"{row['first_cpu_ms']:.2f} ms", flush=True)
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
    """Scorer-only summaries/s (one process) of BEFORE_COMMIT's scorers and of the working tree, same paragraph
    summaries (the default job's, suite cases only: the older tree may not read the rounds' cases)."""
    path = tmp / "before-after.jsonl"
    base = [b for b in base_summaries("paragraph") if (ROOT / "cases" / f"{b['case_id']}.yaml").exists()]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            b = base[i % len(base)]
            fh.write(json.dumps({"case_id": b["case_id"], "text": f"{b['text']} ({i})"}, ensure_ascii=False) + "\n")
    out: dict[str, Any] = {"n": n, "commit": BEFORE_COMMIT, "load_before": load()[0]}
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
    out["load_after"] = load()[0]
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
    write_summaries(path, n, "paragraph", suite_only=True)
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
        "Load average (1, 5, 15 min) at the start: " + ", ".join(f"{x:.1f}" for x in fig["load_start"]) +
        "; at the end: " + ", ".join(f"{x:.1f}" for x in fig["load_end"]) + " (2 cores: above 2, other jobs were "
        "competing for them and every wall-clock figure below is lower than on an idle machine).", "",
    ]
    rows = fig["throughput"]
    lines += ["## Scoring throughput", "",
              "Summaries/s through `score_file` (the `cnh score` code path: JSONL in, scores.jsonl written, "
              "streaming) over every case of the suite and the blind rounds' cases, each summary with a numbered "
              "suffix; rouge-score (rouge1/2/L with the stemmer, against the case article) on the same pairs, one "
              "process. Styles: *paragraph* (the default job's summaries and the blind rounds' paragraphs), "
              "*multi-paragraph* (a Markdown answer per suite case: headline, two paragraphs, bulleted figures; "
              "and the rounds' long, bulleted, numbered and headline-and-body summaries), *one-sentence* (the "
              "development summaries: the older figure, kept for comparison). Imports, regex compilation and "
              "per-case analyses are warmed on 300 summaries of each style first. Load: the 1-minute load average "
              "before and after each row (2 cores; other jobs were running).", "",
              "| style | chars | summaries | cnh, 1 process | cnh, 2 processes | rouge-score | cnh(1) / rouge | "
              "cnh(2) / cnh(1) | load |", "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ratio = _f(r["cnh_1"] / r["rouge"], ".2f") if r["rouge"] else "—"
        lines.append(f"| {r['style']} | {r['chars']:.0f} | {r['n']:,} | {r['cnh_1']:.0f} | {r['cnh_2']:.0f} | "
                     f"{_f(r['rouge'])} | {ratio} | {r['cnh_2'] / r['cnh_1']:.2f} | "
                     f"{r['load_before']:.1f} → {r['load_after']:.1f} |")
    same = [r for r in rows if r["style"] == "paragraph"]
    if len(same) > 1:
        first, last = same[0], same[-1]
        lines += ["", f"Cost per paragraph summary, {last['n']:,} / {first['n']:,} summaries: "
                  f"{first['cnh_1'] / last['cnh_1']:.2f} (1 process) (1.00 = flat)."]
    lines.append("")
    ss = fig.get("suite_size")
    if ss:
        base = ss[0]["second_cpu_ms"]
        lines += ["## Suite size", "",
                  "Scorers only (`score_summary` in a loop, one process), paragraph summaries spread over suites of "
                  "copies of the 25 cases under new ids (each copy gets its own per-case analysis). First pass: "
                  "builds each case's analysis; second pass: the steady state. CPU time per summary (wall time "
                  "on a shared machine says more about the other jobs).", "",
                  "| cases | summaries a pass | first pass, ms CPU / summary | second pass, ms CPU / summary | "
                  "second / 25-case suite | load |", "|---|---|---|---|---|---|"]
        for r in ss:
            lines.append(f"| {r['cases']:,} | {r['n']:,} | {r['first_cpu_ms']:.2f} | {r['second_cpu_ms']:.2f} | "
                         f"{r['second_cpu_ms'] / base:.2f} | {r['load_before']:.1f} → {r['load_after']:.1f} |")
        lines.append("")
    ba = fig.get("before_after")
    if ba:
        lines += ["### Before and after the scorer optimisations", "",
                  f"Scorers only (`score_summary` in a loop, one process, {ba['n']:,} paragraph summaries of the "
                  f"default job, after 200 warm-up), the scorers of commit `{ba['commit'][:10]}` (before issue 20) and "
                  "of the working tree (after), same summaries, same run. The optimisations changed no verdict "
                  "(`python -m benchmarks.verdict_equality`, at each optimisation); the working tree also holds the "
                  "rules written since for issue 15, which change verdicts and cost time of their own. Load "
                  f"{ba['load_before']:.1f} → {ba['load_after']:.1f}.", "",
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
    ap.add_argument("--plan", default="paragraph:1000,paragraph:10000,multi-paragraph:2000,one-sentence:2000",
                    help="STYLE:N,... rows of the throughput table (styles: " + ", ".join(STYLES) + ")")
    ap.add_argument("--suite-sizes", default="25,1000,10000", help="suite sizes (cases) for the scaling table")
    ap.add_argument("--suite-n", type=int, default=2000, help="summaries a pass in the suite-size table (at least)")
    ap.add_argument("--rouge-max", type=int, default=10000, help="run rouge-score only up to this many summaries")
    ap.add_argument("--memory-n", type=int, default=20000, help="summaries for the peak-memory run")
    ap.add_argument("--before-n", type=int, default=2000, help="summaries for the before/after comparison")
    ap.add_argument("--skip-batching", action="store_true", help="skip benchmarks.batching (needs torch)")
    ap.add_argument("--out", type=Path, default=ROOT / "results" / "performance.md")
    args = ap.parse_args(argv)
    command = "python -m benchmarks.performance " + " ".join(argv if argv is not None else sys.argv[1:])
    fig: dict[str, Any] = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M %Z")}
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cnh-perf-") as tmp_name:
        tmp = Path(tmp_name)
        plan = [(item.split(":")[0], int(item.split(":")[1])) for item in args.plan.split(",")]
        fig["load_start"] = load()
        _step("throughput", lambda: throughput(plan, args.rouge_max, tmp), fig)
        _step("suite_size", lambda: suite_size([int(x) for x in args.suite_sizes.split(",")], args.suite_n), fig)
        _step("before_after", lambda: before_after(args.before_n, tmp), fig)
        _step("memory", lambda: [peak_memory(n, tmp) for n in sorted({min(10000, args.memory_n), args.memory_n})],
              fig)
        _step("cold_start", cold_start, fig)
        _step("http", http, fig)
        if not args.skip_batching:
            _step("batching", batching, fig)
        _step("end_to_end", lambda: end_to_end(tmp), fig)
    fig["seconds"] = time.perf_counter() - t_all
    fig["load_end"] = load()
    report = render(fig, command.strip())
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
