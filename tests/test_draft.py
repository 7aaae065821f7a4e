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


STRIKE = """\
Interior Minister Petra Lenz said the police had acted lawfully during Tuesday's dock strike. More than 300
people were detained, according to the ministry.

The dockworkers' union is led by Dana Holt, a former crane operator. She called the operation "a brutal
crackdown" and said at least 40 strikers had been injured. The minister gave a different account of what happened.

The Coastal Workers' Rights Network said it had documented 52 injuries. A spokesman for the Coastal Workers'
Rights Network said the group would publish its findings. The Rights Network said police had used batons.
"""


def _claims_of(data: dict, words: str) -> list[dict]:
    return [c for c in data["claims"] if words in c["statement"]]


def test_a_quote_goes_to_the_person_who_said_it_not_the_minister() -> None:
    data = yaml.safe_load(draft_case(STRIKE, case_id="strike"))
    holt = _source(data, "Dana Holt")
    for words in ("a brutal", "40 strikers"):
        (claim,) = _claims_of(data, words)
        assert claim["source"] == holt["id"], claim


def test_a_pronoun_after_another_persons_name_is_marked_as_a_guess() -> None:
    article = ("Interior Minister Petra Lenz said the police had acted lawfully. The union's best-known voice is "
               "Dana Holt. She called the operation \"a brutal crackdown\".\n")
    text = draft_case(article, case_id="strike")
    data = yaml.safe_load(text)
    (claim,) = _claims_of(data, "a brutal")
    assert claim["source"] != _source(data, "Petra Lenz")["id"]
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("source:") and "Dana Holt" in ln)
    assert "# TODO: 'She' follows Dana Holt" in line


def test_no_junk_claims_and_one_source_per_organisation() -> None:
    text = draft_case(STRIKE, case_id="strike")
    data = yaml.safe_load(text)
    assert not [c for c in data["claims"] if "what happened" in c["statement"]]
    network = [s for s in data["sources"] if "Network" in s["name"] or "Workers" in s["name"]]
    assert [s["name"] for s in network] == ["Coastal Workers' Rights Network"]
    assert network[0]["id"] == "coastal-workers-rights-network"
    assert {"Rights Network", "the Rights Network"} <= set(network[0]["aliases"])
    minister = [s for s in data["sources"] if s["name"].lower() in {"minister", "the minister"}]
    assert not minister and "the minister" in _source(data, "Petra Lenz")["aliases"]


def test_every_source_carries_its_confidence_and_guesses_a_todo() -> None:
    text = draft_case(STRIKE, case_id="strike")
    lines = [ln for ln in text.splitlines() if ln.startswith("  - id: ") and not ln.startswith("  - id: todo")]
    source_lines = lines[: len(yaml.safe_load(text)["sources"]) - 1]
    assert source_lines and all("# confidence: " in ln for ln in source_lines)
    for ln in source_lines:
        assert ("confidence: high" in ln) or "TODO: a guess" in ln, ln
    assert any("confidence: high" in ln for ln in source_lines) and any("TODO: a guess" in ln for ln in source_lines)


def test_ids_keep_whole_words_and_drop_accents() -> None:
    from harness.draft import _slug

    assert _slug("Vučić") == "vucic"
    assert _slug("Médecins Sans Frontières") == "medecins-sans-frontieres"
    assert _slug("Federal Aviation Administration", 30) == "federal-aviation"


def test_source_accuracy_on_the_suite_is_raised() -> None:
    """benchmarks/draft_recall.py: the drafted source of a recovered claim was right 73% of the time (182/250)."""
    from benchmarks.draft_recall import measure
    from harness.caseload import load_cases

    rows = [measure(c) for c in load_cases(Path(__file__).resolve().parent.parent / "cases")]
    found = sum(r.claims_found for r in rows)
    assert sum(r.sources_right for r in rows) / found >= 0.75  # 0.73 before issue 19; 0.76 measured
    assert found / sum(r.claims for r in rows) >= 0.90  # recall kept


def test_two_people_with_one_family_name_stay_two_sources() -> None:
    article = ("His mother, Lyudmila Varga, later said officials had told her that he died of a sudden illness. "
               "His widow, Yulia Varga, said in a video address that the minister had lied.\n")
    data = yaml.safe_load(draft_case(article, case_id="family"))
    mother, widow = _source(data, "Lyudmila Varga"), _source(data, "Yulia Varga")
    assert "Varga" not in mother["aliases"] + widow["aliases"]  # the shared surname names neither for sure
    assert "the mother" in mother["aliases"] and "the widow" in widow["aliases"]
    assert mother["id"] in {c["source"] for c in _claims_of(data, "sudden illness")}
    (lied,) = _claims_of(data, "the minister had lied")  # found by two frames, drafted once
    assert lied["source"] == widow["id"]
