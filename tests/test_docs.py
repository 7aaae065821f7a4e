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
