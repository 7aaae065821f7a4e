"""Screenshots of ``cnh view`` on the reference run, for ``docs/guide.md``.

Usage: python -m benchmarks.screenshot_view [--run results/baselines] [--out docs/view.png]

Builds the viewer page for the run (as ``cnh view`` does, into a temporary file), opens it in headless
Chromium (driven over the DevTools pipe, ``harness/view/cdp.py``), selects the summary whose verdicts
show the most kinds of evidence, and saves two screenshots: the list with that summary's detail
(``--out``, 1280×860) and the side-by-side comparison of every model on its case (``<out>-compare.png``,
1280×1180).
Needs a Chromium binary (``apt-get install chromium``); PNGs are re-quantised with Pillow when installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.screenshot_report import shrink  # noqa: E402
from harness.caseload import load_cases  # noqa: E402
from harness.reporting.load import load_run  # noqa: E402
from harness.view import view_runs  # noqa: E402
from harness.view.cdp import Chromium, find_chromium  # noqa: E402


def showcase(records: list[dict]) -> int:
    """Index of the record with the most kinds of evidence (claim verdicts, number verdicts, loaded voices;
    a kind that is a finding counts twice), ties broken by the most findings, then by file order: a
    deterministic, telling example."""
    bad = {"misattributed", "unattributed", "hedged", "wrong", "unsupported", "narrator"}

    def weight(rec: dict) -> tuple[int, int]:
        kinds = {c["verdict"] for c in rec.get("claims", [])}
        kinds |= {"n-" + n["verdict"] for n in rec.get("numbers", [])}
        kinds |= {t["voice"] for t in rec.get("loaded", [])}
        found = len(rec.get("claims", [])) + len(rec.get("loaded", []))
        return len(kinds) + len(kinds & bad), found
    return max(range(len(records)), key=lambda i: (*weight(records[i]), -i))


def main(argv: list[str] | None = None) -> int:
    """Render the viewer, take both screenshots, print their paths and sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, default=ROOT / "results" / "baselines")
    parser.add_argument("--cases", type=Path, default=ROOT / "cases")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "view.png")
    args = parser.parse_args(argv)

    browser = find_chromium()
    if browser is None:
        print("no Chromium found (apt-get install chromium): screenshots skipped", file=sys.stderr)
        return 1
    cases = {c.id: c for c in load_cases(args.cases.resolve())}
    run = args.run.resolve()
    os.chdir(ROOT)  # the page shows the run's path as a user at the repository's root types it
    shown = run.relative_to(ROOT) if run.is_relative_to(ROOT) else run
    page = view_runs([shown], cases, title=f"cnh view — {run.name}")
    chosen = showcase(load_run(args.run).records)
    compare_out = args.out.with_name(args.out.stem + "-compare" + args.out.suffix)
    with tempfile.TemporaryDirectory(prefix="cnh-view-") as tmp, Chromium(browser, width=1280, height=860) as b:
        html = Path(tmp) / "view.html"
        html.write_text(page, encoding="utf-8")
        b.open(f"{html.as_uri()}#sel={chosen}")
        b.eval(f"document.querySelector('#list tr[data-i=\"{chosen}\"]').scrollIntoView({{block: 'center'}})")
        b.eval("window.scrollTo(0, 0)")
        b.screenshot(args.out)
        b.click("#compare-btn")
        b.resize(1280, 1180)  # tall enough for the claim-by-model table under the texts
        b.eval("window.scrollTo(0, 0)")
        b.screenshot(compare_out)
        if b.console:
            print("console: " + "; ".join(b.console), file=sys.stderr)
            return 1
    for out in (args.out, compare_out):
        shrink(out)
        print(f"{out}: {out.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
