"""The derived signature: the scorers part hashes every file of ``scorers/``; compare and gate check every part."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DAM_CASE, ROOT

import scorers
from harness.cli import main
from harness.reporting.load import NotComparableError, Run, check_comparable, signature_parts
from harness.runner import score_signature
from scorers.signature import content_hash, package_files, scorers_part, scorers_signature

SCORERS = ROOT / "scorers"


def test_scorers_part_is_version_plus_content_hash() -> None:
    from scorers.parsed import signature_suffix

    part = scorers_signature()
    version, _, rest = part.partition("+")
    digest = rest.split("+")[0]
    assert version == scorers.__version__ and len(digest) == 12 and int(digest, 16) >= 0
    # the parser stage, when on, names itself and its model after the hash
    assert part == scorers_part(SCORERS, scorers.__version__) + signature_suffix() == scorers_signature()
    assert score_signature([]).endswith(f"|scorers:{part}")


def test_hash_ignores_bytecode_and_depends_on_version(tmp_path: Path) -> None:
    copy = tmp_path / "scorers"
    shutil.copytree(SCORERS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = content_hash(copy, "0.1.0")
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0junk")
    assert content_hash(copy, "0.1.0") == before
    assert content_hash(copy, "0.1.1") != before


def test_editing_any_file_of_the_package_changes_the_hash(tmp_path: Path) -> None:
    copy = tmp_path / "scorers"
    shutil.copytree(SCORERS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    files = package_files(copy)
    names = {p.relative_to(copy).as_posix() for p in files}
    assert {"__init__.py", "numbers.py", "attribution.py", "signature.py"} <= names
    assert len(files) == len([p for p in SCORERS.rglob("*") if p.is_file() and "__pycache__" not in p.parts])
    original = content_hash(copy, "0.1.0")
    seen = {original}
    for path in files:
        data = path.read_bytes()
        path.write_bytes(data + b"\n")  # the smallest edit: one more byte
        changed = content_hash(copy, "0.1.0")
        assert changed not in seen, f"editing {path.name} did not change the hash"
        seen.add(changed)
        path.write_bytes(data)
        assert content_hash(copy, "0.1.0") == original
    (copy / "new_words.yaml").write_text("- x\n", encoding="utf-8")  # a new data file counts too
    assert content_hash(copy, "0.1.0") not in seen
    (copy / "new_words.yaml").unlink()
    (copy / "numbers.py").rename(copy / "numbers2.py")  # and so does a rename
    assert content_hash(copy, "0.1.0") not in seen


def test_signature_parts() -> None:
    sig = "cnh:0.1.0|cases:2@ab|scorers:0.1.0+cd|prompt:ef|samples:1|seed:0"
    assert signature_parts(sig) == {"cnh": "0.1.0", "cases": "2@ab", "scorers": "0.1.0+cd", "prompt": "ef",
                                    "samples": "1", "seed": "0"}
    assert signature_parts("") == {}


def _run(name: str, sig: str) -> Run:
    return Run(Path(name), sig, [], {})


def test_check_comparable_parts() -> None:
    a = _run("a", "cnh:0.1.0|cases:1@x|scorers:0.1.0+aaa|prompt:p")
    check_comparable([a, _run("b", "cnh:0.2.0|cases:1@x|scorers:0.1.0+aaa|prompt:p|samples:3")])
    other = _run("b", "cnh:0.1.0|cases:1@x|scorers:0.1.0+bbb|prompt:p")
    with pytest.raises(NotComparableError, match=r"different scorers: a: scorers:0.1.0\+aaa; b: scorers:0.1.0\+bbb"):
        check_comparable([a, other])
    check_comparable([a, other], allow_scorers=True)
    with pytest.raises(NotComparableError, match="different prompts"):
        check_comparable([a, _run("b", "cnh:0.1.0|cases:1@x|scorers:0.1.0+aaa|prompt:q")])
    with pytest.raises(NotComparableError, match=r"prompts: a: prompt:p; b: \(no prompt part\)"):
        check_comparable([a, _run("b", "cnh:0.1.0|cases:1@x|scorers:0.1.0+aaa")])
    # two cnh score outputs record no prompt: not a difference
    check_comparable([_run("a", "cnh:0.1.0|cases:1@x|scorers:0.1.0+aaa"),
                      _run("b", "cnh:0.1.0|cases:1@x|scorers:0.1.0+aaa")])
    unsigned = [a, _run("b", "")]
    with pytest.raises(NotComparableError, match=r"b: \(no signature\)"):
        check_comparable(unsigned)
    with pytest.raises(NotComparableError):
        check_comparable(unsigned, allow_suites=True, allow_scorers=True)
    check_comparable(unsigned, allow_suites=True, allow_scorers=True, allow_prompts=True)


GOOD = "Rivas said the flow fell by 5 percent."


def _score(root: Path, name: str) -> Path:
    cases = root / "cases"
    if not cases.exists():
        cases.mkdir()
        (cases / "dam.yaml").write_text(DAM_CASE, encoding="utf-8")
    src = root / f"{name}.jsonl"
    src.write_text("".join(json.dumps({"case_id": "dam-dispute", "summary_id": f"{name}-{i}", "model": name,
                                       "text": GOOD, "sample": i}) + "\n" for i in range(3)), encoding="utf-8")
    out = root / name
    res = CliRunner().invoke(main, ["score", "--cases", str(cases), "--summaries", str(src), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out


def test_cnh_score_stores_its_signature_and_compare_checks_it(tmp_path: Path) -> None:
    a, b = _score(tmp_path, "a"), _score(tmp_path, "b")
    sig = json.loads((a / "score.json").read_text())["signature"]
    assert sig.endswith(f"|scorers:{scorers_signature()}") and "|cases:1@" in sig
    runner = CliRunner()
    cases = str(tmp_path / "cases")
    assert runner.invoke(main, ["compare", str(a), str(b), "--cases", cases]).exit_code == 0
    assert runner.invoke(main, ["gate", "--baseline", str(a), "--candidate", str(b), "--cases", cases]).exit_code == 0
    stale = sig.replace(f"scorers:{scorers_signature()}", "scorers:0.1.0+000000000000")
    (b / "score.json").write_text(json.dumps({"signature": stale}), encoding="utf-8")
    for args in (["compare", str(a), str(b)], ["gate", "--baseline", str(a), "--candidate", str(b)]):
        res = runner.invoke(main, [*args, "--cases", cases])
        assert res.exit_code == 3, res.output
        assert "different scorers" in res.output and scorers_signature() in res.output
        assert "0.1.0+000000000000" in res.output and "--allow-different-scorers" in res.output
        assert runner.invoke(main, [*args, "--cases", cases, "--allow-different-scorers"]).exit_code == 0
    (b / "score.json").unlink()  # a bare scores.jsonl whose records carry no signature either
    bare = [json.loads(line) for line in (b / "scores.jsonl").read_text(encoding="utf-8").splitlines()]
    (b / "scores.jsonl").write_text("".join(json.dumps({k: v for k, v in r.items() if k != "signature"}) + "\n"
                                            for r in bare), encoding="utf-8")
    for args in (["compare", str(a), str(b)], ["gate", "--baseline", str(a), "--candidate", str(b)]):
        res = runner.invoke(main, [*args, "--cases", cases])
        assert res.exit_code == 3 and "no signature" in res.output, res.output
        waived = [*args, "--cases", cases, "--allow-different-suites", "--allow-different-scorers",
                  "--allow-different-prompts"]
        assert runner.invoke(main, waived).exit_code == 0


def test_shipped_reference_run_matches_the_current_scorers_and_cases() -> None:
    """``results/baselines`` (what docs/ci gates candidates against) carries the signature a fresh run of the
    README's default job would have; otherwise every gate against it would be refused (exit 3)."""
    from harness.caseload import load_cases
    from harness.prompt import load_prompt
    from harness.runner import expand_cases, load_config, signature

    config = load_config(ROOT / "runs" / "baselines.yaml")
    cases = load_cases([ROOT / p for p in expand_cases([str(ROOT / c) for c in config.cases])])
    expected = signature(cases, [load_prompt(p) for p in config.prompts], config.samples, config.seed)
    shipped = json.loads((ROOT / "results" / "baselines" / "run.json").read_text(encoding="utf-8"))["signature"]
    assert shipped == expected, ("results/baselines is stale: regenerate it with `cnh run runs/baselines.yaml` "
                                 f"(shipped {shipped}, current {expected})")


def test_malformed_score_manifest_is_an_input_error(tmp_path: Path) -> None:
    a = _score(tmp_path, "a")
    (a / "score.json").write_bytes(b'{"signature": ')
    res = CliRunner().invoke(main, ["compare", str(a), str(a), "--cases", str(tmp_path / "cases")])
    assert res.exit_code == 2 and str(a / "score.json") in res.output, res.output


def test_cnh_score_warns_when_a_run_manifest_shadows_its_signature(tmp_path: Path) -> None:
    a = _score(tmp_path, "a")
    (a / "run.json").write_text(json.dumps({"signature": "cnh:0.1.0|cases:1@x|scorers:0.0.1+old"}), encoding="utf-8")
    res = CliRunner().invoke(main, ["score", "--cases", str(tmp_path / "cases"), "--summaries",
                                    str(tmp_path / "a.jsonl"), "--out", str(a), "-q"])
    assert res.exit_code == 0 and "run.json (written by cnh run)" in res.output, res.output
