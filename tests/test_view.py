"""``cnh view``: the page is one self-contained file whose embedded data cannot break out of its element, the
command writes and serves it, and in a real headless Chromium (when one is installed) the list filters, sorts,
shows every verdict's evidence and rule, compares models side by side, and never runs untrusted text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import DAM_CASE, ROOT

from harness.case import Case
from harness.view import render_page, view_runs
from harness.view.cdp import CdpError, Chromium, find_chromium
from scorers import score_summary
from scorers.rulebook import rules

REFERENCE = ROOT / "results" / "baselines"


def _reference_records() -> list[dict[str, Any]]:
    """The shipped reference run's score records (its models and size change with runs/baselines.yaml)."""
    return [json.loads(line) for line in (REFERENCE / "scores.jsonl").read_text().splitlines() if line.strip()]
SIGNATURE = "cnh:0.1.0|cases:1@abcdef012345|scorers:0.1.0|prompt:0123456789ab|samples:1|seed:0"
HOSTILE = ('The water minister said the dam cut the flow by only 5 percent. '
           '<img src=x onerror="window.__pwned=1;alert(1)"> Downstream officials said the flow fell by 40 '
           'percent in three weeks. </script><script>window.__pwned2=1;alert(2)</script> The flow fell by 60 '
           'percent, a case of water theft (see https://evil.example/x?a=1&b="2").')
EMOJI = "\U0001f30a\U0001f30a Downstream officials said the flow fell by 40 percent, a case of water theft."
HOSTILE_MODEL = "<img src=x onerror=alert(3)>"


class _Scripts(HTMLParser):
    """The page's elements and the raw content of each ``<script>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        amap = {k: v or "" for k, v in attrs}
        self.tags.append((tag, amap))
        if tag == "script":
            self._open = amap
            self.scripts.append((amap, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _run_dir(tmp: Path, name: str, items: list[tuple[str, str, str]], case: Case,
             extra: list[dict[str, Any]] = ()) -> Path:  # type: ignore[assignment]
    """A run directory as ``cnh run`` writes it, for (summary_id, model, text) scored against ``case``, then
    the ``extra`` records as they are."""
    run = tmp / name
    run.mkdir(parents=True)
    with open(run / "scores.jsonl", "w", encoding="utf-8") as fh:
        for sid, model, text in items:
            rec = score_summary(case, text, summary_id=sid, model=model).to_json()
            rec.update(text=text, prompt="default", sample=0)
            fh.write(json.dumps(rec) + "\n")
        for rec in extra:
            fh.write(json.dumps(rec) + "\n")
    (run / "run.json").write_text(json.dumps({"run_id": name, "signature": SIGNATURE}), encoding="utf-8")
    return run


@pytest.fixture()
def hostile_run(tmp_path: Path, dam_case: Case) -> Path:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "dam-dispute.yaml").write_text(DAM_CASE, encoding="utf-8")
    return _run_dir(tmp_path, "hostile", [("h/0", HOSTILE_MODEL, HOSTILE), ("e/0", "emoji-model", EMOJI),
                                          ("p/0", "plain", "Downstream officials said the flow fell by 40 percent.")],
                    dam_case)


def _page_data(page: str) -> tuple[_Scripts, dict[str, Any]]:
    doc = _Scripts()
    doc.feed(page)
    data = next(text for attrs, text in doc.scripts if attrs.get("type") == "application/json")
    return doc, json.loads(data)


# ---------------------------------------------------------------------------------------------- the file


def test_page_is_self_contained_and_data_cannot_close_its_element(hostile_run: Path, dam_case: Case) -> None:
    page = view_runs([hostile_run], {dam_case.id: dam_case})
    doc, data = _page_data(page)
    # exactly two scripts: the JSON data and the inline program; the summary's </script> did not end the data
    assert [a.get("type") for a, _ in doc.scripts] == ["application/json", None]
    assert page.count("</script>") == 2 and page.lower().count("<script") == 2
    assert not any(tag == "img" for tag, _ in doc.tags)
    texts = {s["summary_id"]: s["text"] for s in data["summaries"]}
    assert texts["h/0"] == HOSTILE and texts["e/0"] == EMOJI  # the JSON round-trips to the exact text
    assert data["summaries"][0]["model"] == HOSTILE_MODEL
    # nothing is fetched: no src/href except the empty data: icon, no URL outside the embedded data
    for tag, attrs in doc.tags:
        for name in ("src", "href"):
            assert name not in attrs or attrs[name].startswith("data:"), (tag, attrs)
    outside = page.replace(doc.scripts[0][1], "")
    assert "http://" not in outside and "https://" not in outside and "evil.example" not in outside
    # a CSP that allows only the page's own script and style, by hash
    csp = next(a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp and csp.count("'sha256-") == 2


def test_data_carries_rules_cases_and_metrics(hostile_run: Path, dam_case: Case) -> None:
    _, data = _page_data(view_runs([hostile_run], {dam_case.id: dam_case}))
    book = rules()
    used = {f["rule_id"] for s in data["summaries"] for kind in ("claims", "numbers", "loaded") for f in s[kind]}
    assert used and all(data["rules"][rid]["description"] == book[rid].description for rid in used)
    assert data["cases"]["dam-dispute"]["claims"]["flow40"]["statement"] == "The flow fell by 40 percent in three weeks"
    assert data["cases"]["dam-dispute"]["topic"] == "water"
    plain = next(s for s in data["summaries"] if s["summary_id"] == "p/0")
    assert plain["metrics"]["coverage"] == 0.5 and "headline" in plain["metrics"]
    assert data["runs"] == [{"label": "hostile", "path": str(hostile_run), "signature": SIGNATURE}]


def test_script_escaping_of_every_dangerous_character() -> None:
    page = render_page({"title": "t", "runs": [], "cases": {}, "rules": {}, "metrics": {},
                        "summaries": [{"text": "</script><!-- & \u2028 \u2029 >"}]})
    _, data = _page_data(page)
    assert data["summaries"][0]["text"] == "</script><!-- & \u2028 \u2029 >"
    blob = page.split('id="cnh-data">')[1].split("</script>")[0]
    assert not set(blob) & set("<>&\u2028\u2029")


# ------------------------------------------------------------------------------------------- the command


def _cnh(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harness.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_cli_writes_the_reference_run_offline(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    done = _cnh("view", str(REFERENCE), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    _, data = _page_data(out.read_text(encoding="utf-8"))
    records = [json.loads(line) for line in (REFERENCE / "scores.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["summary_id"] for s in data["summaries"]] == [r["summary_id"] for r in records]
    assert all(isinstance(s["text"], str) and s["topic"] for s in data["summaries"])
    assert {s["model"] for s in data["summaries"]} == {r["model"] for r in _reference_records()}


def test_cli_default_output_missing_cases_and_bad_runs(tmp_path: Path, hostile_run: Path) -> None:
    done = _cnh("view", str(hostile_run), "--cases", str(tmp_path / "nowhere"))
    assert done.returncode == 0, done.stderr
    assert (hostile_run / "view.html").is_file() and "no cases at" in done.stderr
    _, data = _page_data((hostile_run / "view.html").read_text(encoding="utf-8"))
    assert data["cases"] == {} and data["summaries"][0]["topic"] is None
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "scores.jsonl").write_text('{"case_id": "x", "summary_id": "a"}\nnot json\n')
    bad = _cnh("view", str(tmp_path / "broken"), "--cases", str(tmp_path / "cases"))
    assert bad.returncode == 2 and "scores.jsonl:1:" in bad.stderr


def _serve(run: Path, tmp_path: Path) -> tuple[subprocess.Popen[str], re.Match[str]]:
    """``cnh view RUN --serve --port 0`` in a child process, and the URL it says it serves."""
    proc = subprocess.Popen([sys.executable, "-m", "harness.cli", "view", str(run), "--cases",
                             str(tmp_path / "cases"), "--serve", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    url = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
    if not url:
        proc.kill()
    assert url, line
    return proc, url


def test_cli_serves_only_the_page_on_localhost(hostile_run: Path, tmp_path: Path) -> None:
    proc, url = _serve(hostile_run, tmp_path)
    try:
        with urllib.request.urlopen(url.group(1), timeout=10) as resp:
            body = resp.read().decode("utf-8")
            assert resp.headers["Content-Type"] == "text/html; charset=utf-8"
        _, data = _page_data(body)
        assert {s["summary_id"] for s in data["summaries"]} == {"h/0", "e/0", "p/0"}
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url.group(1) + "scores.jsonl", timeout=10)
        assert err.value.code == 404
        with pytest.raises(urllib.error.HTTPError) as err:  # DNS rebinding: another site's name, this address
            urllib.request.urlopen(urllib.request.Request(url.group(1), headers={"Host": "evil.example"}),
                                   timeout=10)
        assert err.value.code == 403
        assert not (hostile_run / "view.html").exists()  # --serve without -o writes nothing
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ------------------------------------------------------------------------------------ in a real browser

CHROMIUM = find_chromium()
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (apt-get install chromium, or set "
                                   "CNH_CHROMIUM): the viewer's browser tests need a real headless browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    assert CHROMIUM is not None
    try:
        b = Chromium(CHROMIUM, width=1280, height=900)
    except (CdpError, OSError) as exc:  # installed but cannot run here (missing libraries, no /dev/shm, ...)
        pytest.skip(f"Chromium at {CHROMIUM} did not start: {exc}")
    with b:
        yield b


@pytest.fixture()
def clean(browser: Chromium) -> Iterator[Chromium]:
    """The browser, with its logs emptied before the test and checked after it: no console error, no dialog,
    no request beyond the page itself."""
    browser.console.clear()
    browser.dialogs.clear()
    browser.requests.clear()
    yield browser
    assert browser.console == [] and browser.dialogs == []
    assert all(url.split("#")[0].endswith(("/view.html", "/")) or url.startswith("data:")
               for url in browser.requests), browser.requests


@pytest.fixture(scope="module")
def suite() -> dict[str, Case]:
    from harness.caseload import load_cases

    return {c.id: c for c in load_cases(ROOT / "cases")}


@pytest.fixture(scope="module")
def reference_page(tmp_path_factory: pytest.TempPathFactory, suite: dict[str, Case]) -> Path:
    out = tmp_path_factory.mktemp("view") / "view.html"
    out.write_text(view_runs([REFERENCE], suite), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (REFERENCE / "scores.jsonl").read_text(encoding="utf-8").splitlines()]


def _rows(b: Chromium) -> list[dict[str, Any]]:
    return b.eval("""Array.from(document.querySelectorAll('#list tbody tr[data-i]')).map(tr => ({i: +tr.dataset.i,
        cells: Array.from(tr.children).map(td => td.textContent)}))""")


def _choose(b: Chromium, name: str, value: str) -> None:
    b.eval(f"""(() => {{ const s = document.getElementById('f-{name}'); s.value = {json.dumps(value)};
        s.dispatchEvent(new Event('change')); }})()""")


@needs_browser
def test_browser_filters_and_sorts(clean: Chromium, reference_page: Path, records: list[dict[str, Any]],
                                   suite: dict[str, Case]) -> None:
    b = clean
    b.open(reference_page.as_uri())
    assert b.eval("document.body.dataset.ready") == "1"
    assert len(_rows(b)) == len(records) == len(_reference_records())
    _choose(b, "model", "lead-3")
    rows = _rows(b)
    assert len(rows) == 25 and all(records[r["i"]]["model"] == "lead-3" for r in rows)
    _choose(b, "model", "")
    _choose(b, "verdict", "misattributed")
    want = {i for i, r in enumerate(records) if any(c["verdict"] == "misattributed" for c in r["claims"])}
    assert want and {r["i"] for r in _rows(b)} == want
    _choose(b, "verdict", "")
    narrator = {t["term"] for r in records for t in r["loaded"] if t["voice"] == "narrator"}
    term = sorted(narrator)[0]
    _choose(b, "loaded", term)
    want = {i for i, r in enumerate(records) if any(t["term"] == term and t["voice"] == "narrator"
                                                    for t in r["loaded"])}
    assert {r["i"] for r in _rows(b)} == want
    _choose(b, "loaded", "")
    _choose(b, "numerr", "any")  # the reference run has no numeric error: the list is empty and says so
    assert _rows(b) == [] and b.eval("!document.getElementById('empty').hidden")
    _choose(b, "numerr", "")
    _choose(b, "topic", "war")
    war = {c.id for c in suite.values() if c.topic == "war"}
    assert war and {r["cells"][1] for r in _rows(b)} == war
    b.click("#reset")
    assert len(_rows(b)) == len(_reference_records())
    # sorting: a real click on the Headline header sorts ascending, a second click descending
    b.click('#list th[data-key="headline"]')
    values = [float(r["cells"][2]) for r in _rows(b)]
    assert values == sorted(values) and values[0] < values[-1]
    b.click('#list th[data-key="headline"]')
    assert [float(r["cells"][2]) for r in _rows(b)] == sorted(values, reverse=True)
    # the filters live in the URL: a reload shows the same view
    _choose(b, "model", "lead-5")
    assert "model=lead-5" in b.eval("location.hash")
    b.reload()
    assert len(_rows(b)) == 25 and b.eval("document.getElementById('f-model').value") == "lead-5"


@needs_browser
def test_browser_detail_highlights_evidence_with_rules(clean: Chromium, reference_page: Path,
                                                       records: list[dict[str, Any]], suite: dict[str, Case]) -> None:
    b = clean
    b.open(reference_page.as_uri())
    # the record with the most findings, chosen in Python
    index = max(range(len(records)), key=lambda i: len(records[i]["claims"]) + len(records[i]["loaded"]))
    rec = records[index]
    b.click(f'#list tr[data-i="{index}"]')
    assert b.eval("document.querySelector('#list tr.sel').dataset.i") == str(index)
    assert b.eval("document.querySelector('#detail .text').textContent") == rec["text"]
    spans = b.eval("""Array.from(document.querySelectorAll('#detail .text .hl')).map(e => ({
        cls: e.className, text: e.textContent, key: e.dataset.key}))""")
    for kind, letter, field in (("claims", "c", "evidence"), ("numbers", "n", "text"), ("loaded", "l", None)):
        for n, f in enumerate(rec[kind]):
            shown = [s for s in spans if s["key"] == f"d{letter}{n}"]
            start, end = f["span"]
            assert shown and shown[0]["text"] == rec["text"][start:end], (kind, n)
            assert field is None or shown[0]["text"] == f[field]
            assert (f.get("verdict") or f.get("voice")) in shown[0]["cls"].split()
    findings = b.eval("""Array.from(document.querySelectorAll('#detail .findings tr[data-key]')).map(tr => ({
        key: tr.dataset.key, rule: tr.querySelector('.rule code').textContent,
        text: tr.querySelector('.rule').textContent}))""")
    book = rules()
    assert len(findings) == len(rec["claims"]) + len(rec["numbers"]) + len(rec["loaded"])
    for f in findings:
        letter, n = f["key"][1], int(f["key"][2:])
        verdict = rec[{"c": "claims", "n": "numbers", "l": "loaded"}[letter]][n]
        assert f["rule"] == verdict["rule_id"] and book[verdict["rule_id"]].description in f["text"]
    case = suite[rec["case_id"]]
    missing = [c.id for c in case.claims if c.required and c.id not in {f["claim_id"] for f in rec["claims"]}]
    shown_missing = b.eval("Array.from(document.querySelectorAll('#d-missing .chip')).map(e => e.textContent)")
    assert shown_missing == missing and missing
    # clicking a highlight lights up its finding
    b.click('#detail .text .hl.num')
    key = b.eval("document.querySelector('#detail .text .hl.num').dataset.key")
    assert b.eval("document.querySelector('#detail .findings tr.flash').dataset.key") == key
    # arrow keys move through the list
    b.call("Input.dispatchKeyEvent", {"type": "keyDown", "key": "ArrowDown", "code": "ArrowDown",
                                      "windowsVirtualKeyCode": 40})
    assert b.eval("document.querySelector('#list tr.sel').dataset.i") != str(index)


@needs_browser
def test_browser_compares_models_on_one_case(clean: Chromium, reference_page: Path,
                                             records: list[dict[str, Any]], suite: dict[str, Case]) -> None:
    b = clean
    b.open(reference_page.as_uri())
    b.click('#list tr[data-i="0"]')
    case_id = records[0]["case_id"]
    b.click("#compare-btn")
    assert b.eval("document.getElementById('layout').hidden") is True
    cols = b.eval("Array.from(document.querySelectorAll('#compare-cols .col')).map(c => +c.dataset.i)")
    assert sorted(records[i]["model"] for i in cols) == sorted({r["model"] for r in _reference_records()})
    assert all(records[i]["case_id"] == case_id for i in cols)
    texts = b.eval("Array.from(document.querySelectorAll('#compare-cols .col .text')).map(t => t.textContent)")
    assert texts == [records[i]["text"] for i in cols]
    case = suite[case_id]
    matrix = b.eval("Array.from(document.querySelectorAll('#compare-matrix tbody tr')).map(tr => "
                    "Array.from(tr.children).map(td => td.textContent))")
    assert [row[0] for row in matrix[:len(case.claims)]] == [c.id + c.statement + ("" if c.contested else
                                                              " (not contested)") for c in case.claims]
    for row, claim in zip(matrix, case.claims, strict=False):
        for cell, i in zip(row[1:], cols, strict=True):
            verdict = next((c["verdict"] for c in records[i]["claims"] if c["claim_id"] == claim.id), "—")
            assert cell.startswith(verdict)
    b.click("#compare .toggles input")  # hide the first column
    assert b.eval("document.querySelectorAll('#compare-cols .col').length") == len(cols) - 1
    b.reload()  # the comparison and its hidden column are in the URL
    assert b.eval("document.getElementById('layout').hidden") is True
    assert b.eval("document.querySelectorAll('#compare-cols .col').length") == len(cols) - 1
    _choose_compare_case = """(() => { const s = document.getElementById('compare-case'); s.value = %s;
        s.dispatchEvent(new Event('change')); })()"""
    other = records[3]["case_id"]
    b.eval(_choose_compare_case % json.dumps(other))
    assert b.eval("document.querySelector('#compare h2').textContent") == suite[other].title
    b.click("#back")
    assert b.eval("document.getElementById('compare').hidden") is True and len(_rows(b)) == len(_reference_records())


@needs_browser
def test_browser_never_runs_untrusted_text(clean: Chromium, hostile_run: Path, dam_case: Case,
                                           tmp_path: Path) -> None:
    b = clean
    error = {"case_id": None, "summary_id": None, "model": None, "line": 3,
             "error": "s.jsonl:3: invalid JSON <img src=x onerror=alert(4)>"}
    second = _run_dir(tmp_path, "second", [("h/0", "other <b>model</b>", HOSTILE)], dam_case, [error])
    page = tmp_path / "view.html"
    page.write_text(view_runs([hostile_run, second], {dam_case.id: dam_case}), encoding="utf-8")
    b.open(page.as_uri())
    rows = _rows(b)
    assert len(rows) == 5 and b.eval("!document.getElementById('f-run').closest('label').hidden")
    _choose(b, "verdict", "error")
    assert [r["cells"][1] for r in _rows(b)] == ["- (error)"]
    b.click('#list tbody tr')
    assert b.eval("document.querySelector('#detail .error').textContent") == "error record: " + error["error"]
    b.click("#reset")
    for r in rows:
        b.click(f'#list tr[data-i="{r["i"]}"]')
    b.click('#list tr[data-i="0"]')
    assert b.eval("document.querySelector('#detail .text').textContent") == HOSTILE
    assert b.eval("document.getElementById('detail-title').firstChild.textContent") == HOSTILE_MODEL
    assert b.eval("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert b.eval("document.querySelectorAll('script').length") == 2
    assert b.eval("typeof window.__pwned + typeof window.__pwned2") == "undefinedundefined"
    b.click("#compare-btn")  # both runs' columns, the hostile model name shown as text
    heads = b.eval("Array.from(document.querySelectorAll('#compare-cols h4')).map(e => e.textContent)")
    assert len(heads) == 4 and {HOSTILE_MODEL + " [hostile]", "other <b>model</b> [second]"} <= set(heads)
    assert b.eval("document.querySelectorAll('img').length") == 0
    assert not b.eval("Array.from(document.querySelectorAll('b')).some(e => e.textContent === 'model')")
    # spans are code-point offsets: after two astral characters the highlight still covers the evidence
    b.click("#back")
    emoji = next(r["i"] for r in rows if r["cells"][1] == "emoji-model")
    b.click(f'#list tr[data-i="{emoji}"]')
    shown = b.eval("Array.from(document.querySelectorAll('#detail .text .hl.num')).map(e => e.textContent)")
    assert shown == ["40 percent"]
    assert b.eval("document.querySelector('#detail .text .hl.loaded').textContent") == "water theft"
    assert b.dialogs == [] and b.console == []


@needs_browser
def test_browser_served_page_has_no_console_errors(clean: Chromium, hostile_run: Path, tmp_path: Path) -> None:
    proc, url = _serve(hostile_run, tmp_path)
    try:
        clean.open(url.group(1))
        assert len(_rows(clean)) == 3
        clean.click('#list tr[data-i="2"]')
        assert clean.eval("document.querySelectorAll('#detail .findings tr[data-key]').length") >= 2
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@needs_browser
def test_browser_draws_long_lists_in_pages(clean: Chromium, hostile_run: Path, dam_case: Case,
                                           tmp_path: Path) -> None:
    rec = json.loads((hostile_run / "scores.jsonl").read_text(encoding="utf-8").splitlines()[2])
    many = [{**rec, "summary_id": f"s{i}", "model": f"m{i % 3}"} for i in range(620)]
    run = _run_dir(tmp_path, "many", [], dam_case, many)
    page = tmp_path / "view.html"
    page.write_text(view_runs([run], {dam_case.id: dam_case}), encoding="utf-8")
    clean.open(page.as_uri())
    assert len(_rows(clean)) == 500 and "620 of 620" in clean.eval("document.getElementById('count').textContent")
    clean.click("#more")
    assert len(_rows(clean)) == 620 and clean.eval("document.getElementById('more')") is None
    _choose(clean, "model", "m1")
    assert len(_rows(clean)) == 207


def test_texts_from_a_summaries_file_and_a_warning_for_runs_not_comparable(tmp_path: Path, dam_case: Case) -> None:
    run = _run_dir(tmp_path, "bare", [("a/0", "m", "Downstream officials said the flow fell by 40 percent.")],
                   dam_case)
    rec = json.loads((run / "scores.jsonl").read_text(encoding="utf-8"))
    del rec["text"]  # as a record written without its text
    (run / "scores.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    _, data = _page_data(view_runs([run], {dam_case.id: dam_case}))
    assert data["summaries"][0]["text"] is None and "warning" not in data
    summaries = tmp_path / "s.jsonl"
    summaries.write_text(json.dumps({"summary_id": "a/0", "text": "from the file"}) + "\n", encoding="utf-8")
    _, data = _page_data(view_runs([run], {dam_case.id: dam_case}, summaries=summaries))
    assert data["summaries"][0]["text"] == "from the file"
    other = _run_dir(tmp_path, "other", [("a/0", "m", "The flow fell.")], dam_case)
    (other / "run.json").write_text(json.dumps({"run_id": "bare", "signature": SIGNATURE.replace(
        "scorers:0.1.0", "scorers:0.2.0")}), encoding="utf-8")
    _, data = _page_data(view_runs([run, other], {dam_case.id: dam_case}))
    assert [r["label"] for r in data["runs"]] == ["bare", "bare (2)"]  # same run id: told apart
    assert "scorers:0.1.0" in data["warning"] and "scorers:0.2.0" in data["warning"]


@needs_browser
def test_browser_flags_and_filters_truncated_generations(clean: Chromium, tmp_path: Path, dam_case: Case) -> None:
    """issue 18: a summary that stopped at max_tokens is flagged in its detail pane and found by a filter."""
    run = _run_dir(tmp_path, "cut", [("a/0", "m", "Rivas said the flow fell by 5 percent."),
                                     ("b/0", "m", "Rivas said the flow fell by 5")], dam_case)
    lines = (run / "scores.jsonl").read_text(encoding="utf-8").splitlines()
    cut = {**json.loads(lines[1]), "truncated": True, "finish_reason": "length"}
    (run / "scores.jsonl").write_text(lines[0] + "\n" + json.dumps(cut) + "\n", encoding="utf-8")
    page = tmp_path / "view.html"
    page.write_text(view_runs([run], {dam_case.id: dam_case}), encoding="utf-8")
    _, data = _page_data(page.read_text(encoding="utf-8"))
    assert [s["truncated"] for s in data["summaries"]] == [False, True]
    clean.open(page.resolve().as_uri())
    _choose(clean, "gen", "truncated")
    assert [r["i"] for r in _rows(clean)] == [1]
    clean.click('#list tr[data-i="1"]')
    assert "stopped at max_tokens (finish_reason length)" in clean.eval("document.getElementById('detail').textContent")
    _choose(clean, "gen", "complete")
    assert [r["i"] for r in _rows(clean)] == [0]
