"""`harness.draft.draft_case` and `cnh draft-case` on a small invented article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.case import Case
from harness.caseload import load_case
from harness.cli import main
from harness.draft import draft_case

ARTICLE = """\
The Water Agency of Lowland (LWA) said more than 4,200 hectares of farmland had dried up this summer.
Agriculture Minister Tomas Ferrel said the drought was caused by the new dam upstream.

Highland officials rejected the charge. Dam operators released about 35% of the normal flow, according to
the Highland Energy Board. Ferrel also said the "water theft" had cost farmers up to $50 million.

Nearly 600 farmers protested in the capital on Tuesday. The regime in Highland, he told reporters, would be
taken to court.
"""


@pytest.fixture(scope="module")
def draft() -> dict:
    data = yaml.safe_load(draft_case(ARTICLE, case_id="water-test", topic="water"))
    assert isinstance(data, dict)
    return data


def _source(data: dict, name: str) -> dict:
    return next(s for s in data["sources"] if s["name"] == name)


def test_sources_with_aliases(draft: dict) -> None:
    ferrel = _source(draft, "Tomas Ferrel")
    assert ferrel["kind"] == "person"
    assert {"Ferrel", "Agriculture Minister Ferrel", "the agriculture minister"} <= set(ferrel["aliases"])
    agency = _source(draft, "Water Agency of Lowland")
    assert agency["kind"] == "body"
    assert {"LWA", "the agency"} <= set(agency["aliases"])
    assert _source(draft, "Highland Energy Board")["kind"] == "body"
    assert _source(draft, "Highland officials")["kind"] == "generic"
    assert all(s["side"] == "TODO" for s in draft["sources"])
    # the surname after the full name and "he" make no sources of their own
    assert not any(s["name"] in {"Ferrel", "He", "he"} for s in draft["sources"])


def test_numbers_with_units_and_qualifiers(draft: dict) -> None:
    nums = {n["value"]: n for n in draft["numbers"]}
    assert (nums[4200]["unit"], nums[4200]["qualifier"]) == ("ha", "more than")
    assert (nums[35]["unit"], nums[35]["qualifier"]) == ("percent", "about")
    assert (nums[50_000_000]["unit"], nums[50_000_000]["qualifier"]) == ("usd", "up to")
    assert (nums[600]["unit"], nums[600]["qualifier"]) == ("farmers", "less than")
    assert "hectares" in nums[4200]["referent"]
    assert all(n["unit_aliases"] == [] for n in draft["numbers"])


def test_one_claim_per_frame_with_its_source(draft: dict) -> None:
    ids = {s["name"]: s["id"] for s in draft["sources"]}
    by_text = {c["statement"]: c for c in draft["claims"]}
    assert by_text["more than 4,200 hectares of farmland had dried up this summer"]["source"] == \
        ids["Water Agency of Lowland"]
    assert by_text["the drought was caused by the new dam upstream"]["source"] == ids["Tomas Ferrel"]
    assert by_text["Dam operators released about 35% of the normal flow"]["source"] == ids["Highland Energy Board"]
    assert by_text['the "water theft" had cost farmers up to $50 million']["source"] == ids["Tomas Ferrel"]
    # "A, he told reporters, B": the pronoun carries the last person; the claim runs on after the frame
    assert by_text["The regime in Highland would be taken to court"]["source"] == ids["Tomas Ferrel"]
    # a figure stated in the narrator's voice is a claim of the placeholder source
    narrator = by_text["Nearly 600 farmers protested in the capital on Tuesday"]
    assert narrator["source"] == "todo"
    assert narrator["numbers"] == [n["id"] for n in draft["numbers"] if n["value"] == 600]
    for claim in draft["claims"]:
        assert claim["accept"] == [claim["source"]]
        assert 1 <= len(claim["cues"]) <= 2
        assert not any("ferrel" in q.lower() or "agency" in q.lower() for q in claim["cues"])


def test_loaded_terms_and_todo_marks(draft: dict) -> None:
    terms = [t["term"] for t in draft["loaded_terms"]]
    assert "water theft" in terms  # scare quotes
    assert "regime" in terms  # general loaded vocabulary
    assert all(t["side"] == "TODO" and t["neutral"] == "TODO" for t in draft["loaded_terms"])
    text = draft_case(ARTICLE, case_id="water-test")
    assert "side: TODO  # TODO" in text
    assert "contested: true  # TODO" in text and "required: false  # TODO" in text
    assert "probes: []  # TODO: add at least 8 labelled probes" in text
    assert draft["article"] == ARTICLE


def test_filled_draft_validates(draft: dict) -> None:
    data = dict(draft)
    data["sources"] = [dict(s, side="lowland" if "Lowland" in s["name"] or s["id"] == "tomas-ferrel" else "highland")
                       for s in draft["sources"] if s["id"] != "todo"]
    data["claims"] = [dict(c, source="water-agency-of-lowland" if c["source"] == "todo" else c["source"],
                           accept=["side:lowland"] if c["source"] == "todo" else [c["source"], "side:lowland"])
                      for c in draft["claims"]]
    data["loaded_terms"] = [dict(t, side="lowland", neutral="diversion") for t in draft["loaded_terms"]]
    case = Case.model_validate(data)
    assert case.id == "water-test" and len(case.claims) >= 6


def test_draft_loads_as_is(tmp_path: Path) -> None:
    path = tmp_path / "water-test.yaml"
    path.write_text(draft_case(ARTICLE, case_id="water-test"), encoding="utf-8")
    assert load_case(path).id == "water-test"


def test_cli_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    article = tmp_path / "Water Dispute_2025.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "cases" / "new.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["draft-case", str(article), "-o", str(out), "--topic", "water"])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["id"] == "water-dispute-2025" and data["topic"] == "water"
    result = runner.invoke(main, ["draft-case", str(article), "-o", str(out), "--id", "other"])
    assert result.exit_code != 0 and "exists" in result.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["id"] == "water-dispute-2025"
    result = runner.invoke(main, ["draft-case", str(article), "-o", str(out), "--id", "other", "--force",
                                  "--title", "A water dispute"])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert (data["id"], data["title"]) == ("other", "A water dispute")
