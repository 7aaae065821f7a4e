"""The HTML report: untrusted summary text is escaped, highlights cover exactly the evidence, the document is
self-contained (signature shown, plots inline, no external references)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from harness.case import Case
from harness.reporting.html import highlight, render_html
from scorers import score_summary

SIGNATURE = "cnh:0.1.0|cases:1@abcdef012345|scorers:0.1.0|prompt:0123456789ab|samples:1|seed:0"

HOSTILE = ('The water minister said the dam cut the flow by only 5 percent. <script>alert(1)</script> '
           'Downstream officials said the flow fell by 40 percent in three weeks. '
           'The flow fell by 60 percent, a case of water theft <img src=x onerror=alert(1)> '
           '(see https://evil.example/x?a=1&b="2"). More than 2,000 hectares were irrigated.')
PLAIN = "Downstream officials said the flow fell by 40 percent in three weeks."


class _Doc(HTMLParser):
    """Collects the highlight elements (their raw text), attribute values, and text outside summary text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.open_spans: list[dict[str, Any]] = []
        self.spans: list[dict[str, Any]] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.outside_text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        amap = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        self.attrs.extend((tag, k, v) for k, v in amap.items())
        self.stack.append((tag, amap))
        if tag == "span" and "data-span" in amap:
            item = {"classes": amap.get("class", "").split(), "span": amap["data-span"], "title": amap.get("title"),
                    "text": []}
            self.open_spans.append(item)
            self.spans.append(item)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, amap = self.stack.pop()
            if open_tag == "span" and "data-span" in amap:
                self.open_spans.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for item in self.open_spans:
            item["text"].append(data)
        classes = {c for _, amap in self.stack for c in amap.get("class", "").split()}
        if not classes & {"summary-text", "evidence", "findings"}:
            self.outside_text.append(data)


@pytest.fixture()
def runs(dam_case: Case) -> list[tuple[str, list[dict], dict[str, dict]]]:
    texts = {"m1/dam/0": ("model<b>one</b>", HOSTILE), "m2/dam/0": ("model-two", PLAIN)}
    records = [score_summary(dam_case, text, summary_id=sid, model=model).to_json()
               for sid, (model, text) in texts.items()]
    summaries = {sid: {"summary_id": sid, "text": text} for sid, (_, text) in texts.items()}
    return [(SIGNATURE, records, summaries)]


@pytest.fixture()
def page(runs: list, dam_case: Case) -> str:
    return render_html(runs, {dam_case.id: dam_case}, title="report <i>test</i>")


def test_hostile_text_is_escaped(page: str) -> None:
    assert "<script" not in page.lower()
    assert "<img src=x" not in page
    # escaped, possibly with the "1" highlighted as a number in between
    assert "&lt;script&gt;alert(" in page and ")&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&quot;2&quot;" in page
    assert "model&lt;b&gt;one&lt;/b&gt;" in page and "model<b>" not in page
    assert "report &lt;i&gt;test&lt;/i&gt;" in page
    doc = _Doc()
    doc.feed(page)
    assert not any(tag == "img" and value == "x" for tag, _, value in doc.attrs)
    assert not any(name.startswith("on") for _, name, _ in doc.attrs)


def test_highlights_cover_exactly_the_evidence(runs: list, page: str) -> None:
    record = runs[0][1][0]
    doc = _Doc()
    doc.feed(page)
    shown = [s for s in doc.spans if s["span"] and not {"claim", "num", "loaded"}.isdisjoint(s["classes"])]
    in_text = {(s["span"], "".join(s["text"])) for s in shown}
    expected = [(c["span"], "claim", c["verdict"], c["evidence"]) for c in record["claims"]]
    expected += [(n["span"], "num", n["verdict"], n["text"]) for n in record["numbers"]]
    expected += [(t["span"], "loaded", t["voice"], t["term"]) for t in record["loaded"]]
    assert record["claims"] and record["numbers"] and record["loaded"]
    for (start, end), kind, verdict, evidence in expected:
        assert HOSTILE[start:end] == evidence or kind == "loaded"
        key = f"{start}-{end}"
        assert (key, HOSTILE[start:end]) in in_text, (kind, key)
        match = [s for s in shown if s["span"] == key and kind in s["classes"]]
        assert match and verdict in match[0]["classes"]
        assert match[0]["title"]
    claim = record["claims"][0]
    title = next(s["title"] for s in shown if s["span"] == f"{claim['span'][0]}-{claim['span'][1]}" and "claim"
                 in s["classes"])
    assert claim["claim_id"] in title and claim["verdict"] in title and (claim["rule"] or "") in title


def test_highlight_nests_and_drops_crossing_spans() -> None:
    text = 'a <b>"x"</b> 12 c'
    rec = {"claims": [{"claim_id": "k", "verdict": "hedged", "span": [0, 17], "rule": "r<s>"},
                      {"claim_id": "cross", "verdict": "attributed", "span": [14, 17]}],
           "numbers": [{"text": "12", "span": [13, 15], "verdict": "wrong", "reason": "value"},
                       {"text": "bad", "span": [5, 99], "verdict": "correct"}],
           "loaded": [{"term": "<b>", "span": [2, 5], "voice": "narrator"}]}
    out = highlight(text, rec)
    assert "<b>" not in out and "&lt;b&gt;" in out and "&quot;x&quot;" in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert out.startswith('<span class="hl claim hedged"') and "r&lt;s&gt;" in out
    assert 'data-span="13-15"' in out and 'data-span="2-5"' in out
    assert 'data-span="14-17"' not in out and 'data-span="5-99"' not in out


def test_self_contained_with_signature_and_plots(page: str) -> None:
    assert SIGNATURE in page
    assert page.count("data:image/png;base64,") >= 2
    doc = _Doc()
    doc.feed(page)
    assert "script" not in doc.tags and "link" not in doc.tags and "iframe" not in doc.tags
    for tag, name, value in doc.attrs:
        assert "http:" not in value.lower() and "https:" not in value.lower() or name == "title", (tag, name)
        if name in {"src", "href"}:
            assert value.startswith("data:image/png;base64,"), (tag, name)
    outside = "".join(doc.outside_text).lower()
    assert "http://" not in outside and "https://" not in outside
    assert "https://evil.example" in html.unescape(page)  # shown, escaped, inside the summary text only
    assert "url(" not in page.split("<style>")[1].split("</style>")[0]


def test_several_runs_keep_models_apart(runs: list, dam_case: Case) -> None:
    other = ("cnh:0.1.0|other-signature", runs[0][1], runs[0][2])
    page = render_html([runs[0], other], {dam_case.id: dam_case})
    assert "other-signature" in page and SIGNATURE in page
    assert "model-two [run 1]" in page and "model-two [run 2]" in page


def test_error_records_and_missing_text(dam_case: Case) -> None:
    rec = score_summary(dam_case, PLAIN, summary_id="s", model="m").to_json()
    error = {"case_id": None, "summary_id": None, "model": None, "error": "x.jsonl:3: bad <json>", "line": 3}
    page = render_html([("sig", [rec, error], {})], {dam_case.id: dam_case})
    assert "bad &lt;json&gt;" in page and "summary text not available" in page


def test_breakdowns_keep_one_column_group_per_model_and_show_empty_cells(dam_case: Case) -> None:
    other = dam_case.model_copy(update={"id": "dam-copy", "topic": "power"})
    records = [score_summary(dam_case, PLAIN, summary_id=f"{m}-1", model=m).to_json() for m in ("m1", "m2")]
    records.append(score_summary(other, PLAIN, summary_id="m1-2", model="m1").to_json())
    page = render_html([("sig", records, {})], {dam_case.id: dam_case, other.id: other})
    text = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
    topic = text[text.index("<h2>By topic</h2>"):text.index("<h2>By case</h2>")]
    assert topic.count("<th>n</th>") == 2  # one n per model, never one pooled n
    assert "– (n=0)" in topic  # m2 has no summary under "power"
    assert "nan" not in text.lower()
