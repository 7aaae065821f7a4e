"""Hostile-user scenarios of issue 17 as :class:`faultkit.Outcome` rows for ``benchmarks/reliability.py``.

Each scenario tries one attack or accident (an alias bomb, a control character, deep nesting, a FIFO, a huge article,
a lone surrogate, two runs into one directory, ``kill -9`` during a second run's scoring, a corrupt cache, a bogus
dataset, a torn scores line, invisible characters) and counts what was lost: good items not scored or not reported,
records dropped, verdicts changed. The tests in ``test_fault_yaml.py``, ``test_fault_items.py``,
``test_fault_rundir.py`` and ``test_fault_properties.py`` assert the same behaviour in more detail.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from faultkit import (
    DAM_CASE,
    FaultServer,
    Outcome,
    Reply,
    _cnh,
    _dupes,
    _env,
    _wait_for,
    _write_file_summaries,
    cli,
    openai_config,
    write_workdir,
)
from test_openai_backend import completion

GOOD = {"case_id": "dam-dispute", "summary_id": "s1", "model": "m", "text": "Rivas said the flow fell 5 percent."}


def alias_bomb(levels: int = 10, fanout: int = 9) -> str:
    """A "billion laughs" YAML mapping (under 1 KB by default): each level lists ``fanout`` aliases of the last."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * fanout) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * fanout) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\nid: x\n"


def _error_line(output: str) -> str:
    """The first line that reports a problem (an ``error:`` line or a ``FILE:LINE:`` finding)."""
    for line in output.splitlines():
        if line.startswith("error:") or ".yaml:" in line or ".jsonl:" in line:
            return line.strip()
    return output.strip().splitlines()[0] if output.strip() else "(nothing printed)"


def _lint_scenario(name: str, write: Callable[[Path], None]) -> Callable[[Path], Outcome]:
    """`cnh lint cases/` over the good dam case and one hostile file: lost = the good case not reported clean."""
    def scenario(workdir: Path) -> Outcome:
        cases = write_workdir(workdir) / "cases"
        write(cases)
        res = cli(["lint", str(cases)])
        ok = "1 ok, 1 with problems" in res.output
        return Outcome(name, 1, 2, 0 if ok else 1, 0, _error_line(res.output), res.exit_code,
                       output=res.output)
    return scenario


def _fifo(cases: Path) -> None:
    os.mkfifo(cases / "article.txt")
    head, rest = DAM_CASE.split("article: |")[0], DAM_CASE.split("sources:", 1)[1]
    (cases / "fifo.yaml").write_text(head.replace("dam-dispute", "fifo") + "article_file: article.txt\n"
                                     f"article_sha256: {'ab' * 32}\nsources:{rest}", encoding="utf-8")


def _huge_article(cases: Path) -> None:
    import hashlib

    big = b"The minister said the flow fell. " * 100_000
    (cases / "article.txt").write_bytes(big)
    head, rest = DAM_CASE.split("article: |")[0], DAM_CASE.split("sources:", 1)[1]
    (cases / "big.yaml").write_text(head.replace("dam-dispute", "big") + "article_file: article.txt\n"
                                    f"article_sha256: {hashlib.sha256(big).hexdigest()}\nsources:{rest}",
                                    encoding="utf-8")


def _yaml_input_scenario(name: str, kind: str) -> Callable[[Path], Outcome]:
    """The alias bomb as a run config or a gate policy: an error naming file and line; lost = none possible."""
    def scenario(workdir: Path) -> Outcome:
        write_workdir(workdir)
        path = workdir / f"{kind}.yaml"
        path.write_text(alias_bomb(), encoding="utf-8")
        if kind == "run":
            res = cli(["run", str(path), "-q"], cwd=workdir)
        else:
            base = cli(["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", "b", "-q"], cwd=workdir)
            assert base.exit_code == 0, base.output
            res = cli(["gate", "--baseline", "results/b", "--candidate", "results/b", "--policy", str(path)],
                      cwd=workdir)
        return Outcome(name, 1, 1, 0, 0, _error_line(res.output), res.exit_code, output=res.output)
    return scenario


def _summaries_scenario(name: str, bad: bytes) -> Callable[[Path], Outcome]:
    """`cnh score` over good, hostile, good lines: lost = good lines not scored (or a partial file left)."""
    def scenario(workdir: Path) -> Outcome:
        write_workdir(workdir)
        good = json.dumps(GOOD).encode() + b"\n"
        (workdir / "s.jsonl").write_bytes(good + bad + b"\n" + good.replace(b"s1", b"s3"))
        res = cli(["score", "--cases", "cases", "--summaries", "s.jsonl", "--out", "o", "-q"], cwd=workdir)
        dup, corrupt, ids = _dupes(workdir / "o" / "scores.jsonl")
        lost = len({"s1", "s3"} - ids) + (workdir / "o" / "scores.jsonl.partial").exists()
        return Outcome(name, 1, 3, lost, dup, _error_line(res.output), res.exit_code, corrupt_lines=corrupt,
                       output=res.output)
    return scenario


def surrogate_completion(workdir: Path) -> Outcome:
    """A server answers one item with a lone surrogate; the run must finish and the rerun come from the cache."""
    write_workdir(workdir)
    body = json.dumps(completion("The minister said the flow fell \ud800 by 5 percent.")).encode()
    with FaultServer([Reply(body=body)], one_item=True) as srv:
        cfg = openai_config(workdir, srv.base_url, samples=3)
        first = cli(["run", str(cfg), "-q"], cwd=workdir)
    with FaultServer([Reply(body=body)] * 3) as again:
        cfg = openai_config(workdir, again.base_url, samples=3)
        rerun = cli(["run", str(cfg), "-q"], cwd=workdir)
    dup, corrupt, ids = _dupes(workdir / "results" / "f" / "scores.jsonl")
    m = json.loads((workdir / "results" / "f" / "run.json").read_text(encoding="utf-8"))
    report = "completed; the surrogate stored as U+FFFD" if first.exit_code == 0 else _error_line(first.output)
    return Outcome("lone surrogate in a completion (cnh run)", 1, 3, max(0, 3 - len(ids)) + len(again.requests),
                   dup, report, first.exit_code, 0, rerun.exit_code, m.get("generated", -1), m.get("cached", -1),
                   0, corrupt, first.output + rerun.output)


def two_runs_one_directory(workdir: Path) -> Outcome:
    """Two real `cnh run` processes (12 and 5 items) into one run directory at once."""
    write_workdir(workdir)
    with FaultServer(default_delay=0.3) as srv:
        procs = []
        for samples in (12, 5):
            cfg = openai_config(workdir, srv.base_url, samples=samples)
            moved = workdir / f"run{samples}.yaml"
            cfg.rename(moved)
            procs.append(subprocess.Popen(_cnh("run", str(moved), "-q"), cwd=workdir, env=_env(),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        outs = [p.communicate(timeout=300) for p in procs]
    codes = [p.returncode for p in procs]
    run_dir = workdir / "results" / "f"
    dup, corrupt, ids = _dupes(run_dir / "scores.jsonl")
    m = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    _, _, summary_ids = _dupes(run_dir / "summaries.jsonl")
    mixed = int(ids != summary_ids or m.get("summaries") != len(ids))
    loser = next((o[1] for o, c in zip(outs, codes, strict=True) if c == 2), "")
    out = Outcome("two runs into one run directory at once", 1, 2, mixed + (sorted(codes) != [0, 2]), dup,
                  _error_line(loser) if loser else f"exit codes {codes}", max(codes),
                  output="".join(o[1] for o in outs))
    out.notes.append(f"exit codes {codes}; directory mixed: {bool(mixed)}")
    return out


def _scoring(run_dir: Path) -> bool:
    """True while some process writes a scores file of more than 10 KB under ``run_dir``."""
    try:
        return any(p.stat().st_size > 10_000 for p in run_dir.rglob("scores.jsonl.partial"))
    except OSError:  # renamed or removed while we looked
        return False


def kill9_second_run_then_report(workdir: Path) -> Outcome:
    """Run 1 completes; run 2 (other summaries) is killed mid-scoring; then `cnh report` on the directory."""
    write_workdir(workdir)
    n = 120
    _write_file_summaries(workdir / "a.jsonl", n)
    (workdir / "b.jsonl").write_text((workdir / "a.jsonl").read_text(encoding="utf-8").replace("Item", "Other"),
                                     encoding="utf-8")
    args = ["--cases", "cases", "--samples", str(n), "--run-id", "f", "-q"]
    subprocess.run(_cnh("run", "--model", "file:ext=a.jsonl", *args), cwd=workdir, env=_env(), capture_output=True,
                   timeout=300, check=True)
    run_dir = workdir / "results" / "f"
    proc = subprocess.Popen(_cnh("run", "--model", "file:ext=b.jsonl", *args), cwd=workdir, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    caught = _wait_for(lambda: _scoring(run_dir), proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    report = cli(["report", str(run_dir)], cwd=workdir)
    texts = {json.loads(x)["summary_id"]: json.loads(x)["text"]
             for x in (run_dir / "summaries.jsonl").read_text(encoding="utf-8").splitlines()}
    scored = {json.loads(x)["summary_id"]: json.loads(x).get("text")
              for x in (run_dir / "scores.jsonl").read_text(encoding="utf-8").splitlines()}
    mixed = report.exit_code == 0 and texts != scored  # the report read a mixture without a word
    rerun = subprocess.run(_cnh("run", "--model", "file:ext=b.jsonl", *args), cwd=workdir, env=_env(),
                           capture_output=True, text=True, timeout=300)
    dup, corrupt, ids = _dupes(run_dir / "scores.jsonl")
    said = "report read run 1 whole" if report.exit_code == 0 and not mixed else _error_line(report.output)
    out = Outcome("kill -9 during a second run's scoring, then cnh report", int(caught), n,
                  int(mixed) + max(0, n - len(ids)), dup, said, -9, 0, rerun.returncode, 0, 0, 0, corrupt,
                  report.output + rerun.stderr)
    out.notes.append(f"kill landed mid-scoring: {caught}")
    return out


def corrupt_cache(workdir: Path) -> Outcome:
    """The cache file is not a database; then the user moves it aside and reruns."""
    write_workdir(workdir)
    cache = workdir / ".cnh-cache" / "generations.sqlite"
    cache.parent.mkdir()
    cache.write_bytes(b"not a database " * 20)
    args = ["run", "--model", "baseline:lead-3", "--cases", "cases", "--run-id", "r", "-q"]
    res = cli(args, cwd=workdir)
    cache.rename(cache.with_suffix(".bad"))
    rerun = cli(args, cwd=workdir)
    return Outcome("corrupt generation cache", 1, 1, 0, 0, _error_line(res.output), res.exit_code, 0,
                   rerun.exit_code, output=res.output + rerun.output)


def bogus_dataset(workdir: Path) -> Outcome:
    """A directory that looks like a saved dataset but is not, given as --summaries."""
    write_workdir(workdir)
    (workdir / "ds").mkdir()
    (workdir / "ds" / "dataset_info.json").write_text("{}", encoding="utf-8")
    res = cli(["score", "--cases", "cases", "--summaries", "ds", "--out", "o", "-q"], cwd=workdir)
    lost = int((workdir / "o" / "scores.jsonl.partial").exists())
    return Outcome("bogus datasets directory as --summaries", 1, 1, lost, 0, _error_line(res.output),
                   res.exit_code, output=res.output)


def torn_scores_explain(workdir: Path) -> Outcome:
    """`cnh explain` on a scores.jsonl whose last line is torn."""
    write_workdir(workdir)
    (workdir / "s.jsonl").write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    cli(["score", "--cases", "cases", "--summaries", "s.jsonl", "--out", "o", "-q"], cwd=workdir)
    scores = workdir / "o" / "scores.jsonl"
    good = scores.read_text(encoding="utf-8")
    scores.write_text(good + good[:40], encoding="utf-8")
    res = cli(["explain", "o/scores.jsonl", "s1"], cwd=workdir)
    return Outcome("torn line in scores.jsonl (cnh explain)", 1, 1, 0, 0, _error_line(res.output), res.exit_code,
                   output=res.output)


def invisible_characters(workdir: Path) -> Outcome:
    """Zero-width space / soft hyphen / bidi marks inside "Gerasimov", a zero-width joiner inside "67,000": every
    probe of the Kursk case with each inserted; lost = verdicts that changed."""
    from faultkit import ROOT

    from harness.caseload import load_case
    from scorers import score_summary

    case = load_case(ROOT / "cases" / "kursk-command-post.yaml")

    def verdicts(text: str) -> tuple[object, ...]:
        rec = score_summary(case, text, summary_id="x", model="m").to_json()
        return ({c["claim_id"]: c["verdict"] for c in rec["claims"]},
                sorted((str(n.get("number_id")), n["verdict"]) for n in rec["numbers"]),
                sorted((t["term"], t["voice"]) for t in rec["loaded"]))

    texts = [p.text for p in case.probes] + ["Gerasimov claimed Ukraine had lost over 67,000 servicemen in Kursk."]
    marks = ["\u200b", "\u00ad", "\u200d", "\u200e", "\u2060", "\u2062"]
    tried = changed = 0
    for text in texts:
        base = verdicts(text)
        for mark in marks:
            noisy = text.replace("Gerasimov", f"Gera{mark}simov").replace("67,000", f"67,{mark}000")
            noisy = noisy.replace(" said", f" sa{mark}id").replace("Ukraine", f"Ukr{mark}aine")
            tried += 1
            changed += verdicts(noisy) != base
    return Outcome("invisible format characters inside names, figures and cue words", tried, tried, changed, 0,
                   "verdicts unchanged" if not changed else f"{changed} verdict set(s) changed", 0)


HOSTILE_SCENARIOS: tuple[tuple[str, Callable[[Path], Outcome]], ...] = (
    ("YAML alias bomb as a case file (lint)", _lint_scenario(
        "YAML alias bomb (10 levels x 9 aliases, < 1 KB) as a case file",
        lambda c: (c / "bomb.yaml").write_text(alias_bomb(), encoding="utf-8"))),
    ("YAML alias bomb as a run config", _yaml_input_scenario("YAML alias bomb as a run config", "run")),
    ("YAML alias bomb as a gate policy", _yaml_input_scenario("YAML alias bomb as a gate policy", "policy")),
    ("NUL byte in a case file", _lint_scenario("NUL byte in a case file (lint)",
                                               lambda c: (c / "nul.yaml").write_bytes(b"id: x\ntitle: a\x00b\n"))),
    ("100,000-deep nesting in a case file", _lint_scenario(
        "100,000-deep nesting in a case file (lint)",
        lambda c: (c / "deep.yaml").write_text("id: x\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n",
                                               encoding="utf-8"))),
    ("FIFO as article_file", _lint_scenario("FIFO as article_file (lint)", _fifo)),
    ("3 MB article_file", _lint_scenario("3 MB article_file (lint; the limit is 1 MiB)", _huge_article)),
    ("lone surrogate in a summaries line", _summaries_scenario(
        "lone surrogate in one summaries line (cnh score)",
        b'{"case_id": "dam-dispute", "summary_id": "s2", "model": "m", "text": "lost \\ud800 troops"}')),
    ("100,000-deep array in a summaries line", _summaries_scenario(
        "100,000-deep array in one summaries line (cnh score)",
        b'{"case_id": "dam-dispute", "summary_id": "s2", "text": "x", "m": ' + b"[" * 100_000 + b"]" * 100_000
        + b"}")),
    ("lone surrogate in a completion", surrogate_completion),
    ("two runs into one run directory", two_runs_one_directory),
    ("kill -9 during a second run's scoring, then report", kill9_second_run_then_report),
    ("corrupt generation cache", corrupt_cache),
    ("bogus datasets directory", bogus_dataset),
    ("torn scores line in cnh explain", torn_scores_explain),
    ("invisible format characters", invisible_characters),
)
