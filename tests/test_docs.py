"""The user guide's code blocks run, in order, in a copy of the repository: the docs cannot rot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BLOCK = re.compile(r"^```(bash|python)\n(.*?)^```", re.S | re.M)


def test_guide_blocks_run(tmp_path: Path) -> None:
    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    blocks = BLOCK.findall(guide)
    assert len(blocks) >= 6
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("cases", "docs", "runs"):
        shutil.copytree(ROOT / name, work / name)
    cnh = Path(sys.executable).with_name("cnh")
    env = {**os.environ, "PATH": f"{cnh.parent}{os.pathsep}{os.environ.get('PATH', '')}", "PYTHONPATH": str(ROOT)}
    for lang, code in blocks:
        cmd = ["bash", "-euo", "pipefail", "-c", code] if lang == "bash" else [sys.executable, "-c", code]
        done = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=300)
        report = f"{lang} block failed:\n{code}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        assert done.returncode == 0, report
        if "cnh explain out/scores.jsonl s2" in code:
            assert "losses67k: unattributed" in done.stdout and "'liberated'" in done.stdout


def _repo_text_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    files = [ROOT / p for p in out] + [ROOT / "docs" / "contract.md"]
    return [p for p in dict.fromkeys(files) if p.is_file() and p.suffix in {".md", ".py", ".yaml", ".yml", ".txt"}]


def test_every_cited_contract_exists_in_the_repository() -> None:
    """No file cites a CONTRACT.md the repository does not have (the shared one lives outside it)."""
    assert (ROOT / "docs" / "contract.md").is_file()
    dangling = []
    for path in _repo_text_files():
        if path.name == "test_docs.py":  # this test names the file it looks for
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"[\w./-]*contract\.md", text, re.I):
            cited = m.group()
            if not ((ROOT / cited).is_file() or (path.parent / cited).is_file()):
                line = text.count("\n", 0, m.start()) + 1
                dangling.append(f"{path.relative_to(ROOT)}:{line}: {cited}")
    assert not dangling, "cites a contract file that is not in the repository:\n" + "\n".join(dangling)


def test_contract_agrees_with_the_code() -> None:
    """docs/contract.md names every verdict, number verdict, voice, record metric and exit code the code uses."""
    from scorers.metrics import RECORD_METRICS

    text = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    for word in ("attributed", "misattributed", "hedged", "unattributed", "correct", "wrong", "derived",
                 "unsupported", "narrator", "quoted", *RECORD_METRICS, "rule_id", "constructed"):
        assert f"`{word}`" in text or f'"{word}"' in text, word
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |"):
        assert code in text
    assert "figures or events invented or adjusted" in text.replace("\n", " ") or \
        "are invented or adjusted" in text.replace("\n", " ")


def test_help_and_case_format_point_at_the_project_contract() -> None:
    from click.testing import CliRunner

    from harness.cli import main

    out = CliRunner().invoke(main, ["--help"]).output
    assert "docs/contract.md" in out and "CONTRACT.md" not in out
    assert "(contract.md)" in (ROOT / "docs" / "case-format.md").read_text(encoding="utf-8")
