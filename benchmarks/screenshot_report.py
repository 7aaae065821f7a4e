"""Render the HTML report of ``results/baselines`` and take a headless Chromium screenshot of it.

Usage: python -m benchmarks.screenshot_report [--run results/baselines] [--out results/report.png]

Writes ``<run>/report.html`` and a screenshot PNG (1280×1800 viewport). Uses ``/usr/bin/chromium``
(or ``chromium`` / ``chromium-browser`` / ``google-chrome`` on PATH); when none is found it tries
``apt-get install -y chromium`` once. The PNG is re-quantised with Pillow when that is available,
to keep it small.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.caseload import load_cases  # noqa: E402
from harness.reporting.frame import read_records  # noqa: E402
from harness.reporting.html import render_html  # noqa: E402


def read_run(run_dir: Path) -> tuple[str, list[dict], dict[str, dict]]:
    """A run directory → ``(signature, score records, summaries by summary_id)``."""
    manifest = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    summaries: dict[str, dict] = {}
    with open(run_dir / "summaries.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                summaries[str(item.get("summary_id"))] = item
    return str(manifest.get("signature", "")), read_records(run_dir), summaries


def find_browser(install: bool = True) -> str | None:
    """The path of a Chromium binary (``harness.view.cdp.find_chromium``); installs the ``chromium`` package once
    (apt-get) if none is found."""
    from harness.view.cdp import find_chromium

    found = find_chromium()
    if found is None and install and shutil.which("apt-get"):
        print("no Chromium found; trying apt-get install -y chromium", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "chromium"], check=False)
        return find_browser(install=False)
    return found


def screenshot(browser: str, page: Path, out: Path) -> None:
    """Screenshot a local HTML file with headless Chromium (fresh profile, no network services)."""
    with tempfile.TemporaryDirectory(prefix="cnh-chromium-") as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--hide-scrollbars", "--window-size=1280,1800",
               f"--screenshot={out}", page.resolve().as_uri()]
        subprocess.run(cmd, check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shrink(png: Path) -> None:
    """Re-save a screenshot with a 256-colour palette (Pillow, when installed) to keep the repository small."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as img:
        small = img.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    small.save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    """Render the report, screenshot it, print both paths and sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, default=ROOT / "results" / "baselines")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "report.png")
    parser.add_argument("--cases", type=Path, default=ROOT / "cases")
    args = parser.parse_args(argv)

    cases = {c.id: c for c in load_cases(args.cases)}
    report = args.run / "report.html"
    report.write_text(render_html([read_run(args.run)], cases, title=f"cnh report — {args.run.name}"),
                      encoding="utf-8")
    print(f"{report}: {report.stat().st_size / 1024:.0f} KB")
    browser = find_browser()
    if browser is None:
        print("no Chromium available: screenshot skipped", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    screenshot(browser, report, args.out)
    shrink(args.out)
    print(f"{args.out}: {args.out.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
