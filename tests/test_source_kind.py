"""Source kind is inferred in one place (harness.case.infer_kind) and a title never drops a surname alias."""

from __future__ import annotations

import pytest

from harness.case import Case, infer_kind
from scorers import score_summary


@pytest.mark.parametrize(("name", "kind"), [
    ("Ana Rivas", "person"),
    ("Press secretary Ana Rivas", "person"),
    ("Opposition leader Maria Kolar", "person"),
    ("Border Agency chief Jan Owen", "person"),
    ("the defence minister", "person"),
    ("Ministry of Health", "body"),
    ("Central Election Commission", "body"),
    ("WHO", "body"),
    ("State news agency", "media"),
    ("The Daily Herald", "media"),
    ("Lowland officials", "generic"),
    ("Lowland", "generic"),
    ("Western analysts", "generic"),
])
def test_infer_kind(name: str, kind: str) -> None:
    assert infer_kind(name) == kind


def test_side_named_source_is_generic() -> None:
    assert infer_kind("Upland", source_id="upland", side="upland") == "generic"
    # a side's armed forces as a whole, named for the side, are the side ("side:tarsan" accepts them) ...
    assert infer_kind("Tarsani forces", source_id="tarsan", side="tarsan") == "generic"
    # ... not one of its commands, nor forces under another id
    assert infer_kind("Southern Command of the Tarsani army", source_id="tarsan-command", side="tarsan") == "body"
    assert infer_kind("Tarsani forces", source_id="tarsan-forces", side="tarsan") == "body"


def test_a_side_named_by_a_bare_plural_is_generic() -> None:
    """ "airlines" for side airlines is every airline, as "farmers" is every farmer (round 93's outage case: "Airlines
    say more than 2,600 flights were cancelled" was misattributed, "airlines" read as one company because "airlines"
    ends company names); "Arden Airlines" stays a company."""
    assert infer_kind("airlines", source_id="airlines", side="airlines") == "generic"
    assert infer_kind("Arden Airlines", source_id="arden", side="airlines") == "body"


def _case(name: str) -> Case:
    return Case.model_validate({
        "id": "kinds", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "rivas", "name": name, "side": "north"},
                    {"id": "south", "name": "Southland", "side": "south"}],
        "claims": [{"id": "c1", "statement": "the dam cut the flow by 30 percent", "source": "rivas",
                    "accept": ["rivas"], "numbers": ["n1"]}],
        "numbers": [{"id": "n1", "value": 30, "unit": "percent"}],
    })


@pytest.mark.parametrize("name", ["Ana Rivas", "Press secretary Ana Rivas", "Spokeswoman Ana Rivas"])
def test_a_title_keeps_the_surname_alias(name: str) -> None:
    case = _case(name)
    assert case.source("rivas").effective_kind == "person"
    record = score_summary(case, "Rivas said the dam cut the flow by 30 percent.")
    assert [(c.claim_id, c.verdict, c.source) for c in record.claims] == [("c1", "attributed", "rivas")]


def test_draft_uses_the_same_inference() -> None:
    from harness.draft import find_sources

    sources = find_sources("Press secretary Ana Rivas said on Monday that the flow fell. Rivas added that it "
                           "would fall further, the State news agency reported.")
    kinds = {s.name: s.kind for s in sources}
    assert any(k == "person" and "Rivas" in n for n, k in kinds.items()), kinds


def test_company_names_are_bodies() -> None:
    for name in ("Velmara Motors", "Halvard Minerals", "Arden Airlines", "Norfield Holdings"):
        assert infer_kind(name) == "body", name


@pytest.mark.parametrize(("name", "kind"), [
    ("Lower Sarn Growers' Cooperative", "body"),  # a cooperative is an institution, not "Sarn Growers" the person
    ("International Seabed Council scientific panel", "body"),
    ("anonymous snowmaking technician", "person"),  # one person named by occupation is "he" or "she"
    ("an anonymous ministry official", "person"),  # one official of the ministry, not the ministry
    ("anonymous customs officers", "generic"),  # many of them
])
def test_occupations_name_persons_and_cooperatives_bodies(name: str, kind: str) -> None:
    assert infer_kind(name) == kind


def test_a_role_word_names_its_person() -> None:
    """ "The same engineer said ..." names the case's "anonymous signalling engineer" by the last word of the name, as a
    surname would: the source is one person."""
    case = Case.model_validate({
        "id": "roles", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "eng", "name": "anonymous signalling engineer", "side": "insider"},
                    {"id": "op", "name": "Metro Transit Company", "side": "operator"}],
        "claims": [{"id": "c1", "statement": "the interlocking was reset twice on the morning of the crash",
                    "source": "eng", "accept": ["eng"], "contested": True}],
    })
    record = score_summary(case, "The same engineer said the interlocking was reset twice on the morning of the crash.")
    assert [(c.claim_id, c.verdict, c.source) for c in record.claims] == [("c1", "attributed", "eng")]


@pytest.mark.parametrize(
    ("name", "aliases"),
    [("Arvenna Courier", ()), ("Harbour Ledger", ()), ("Vesnik", ("the daily",)),
     ("Kalvenport Star", ("the newspaper",))],
)
def test_a_paper_named_like_a_person_is_media(name: str, aliases: tuple[str, ...]) -> None:
    """ "Arvenna Courier" (two capitalised words, like "Ilse Varga") is a newspaper by its last word, and so is any
    name whose alias calls it a paper: "it" then stands for it."""
    assert infer_kind(name, aliases=aliases) == "media"
    assert infer_kind("Ilse Varga") == "person"


@pytest.mark.parametrize(("name", "source_id", "side", "kind"), [
    # the side's own name, one common noun: any voice of that side (round 118's pilot case: "the airline says" is
    # the side its claims accept as "side:airline"; the police, union and army cases of this form moved no figure)
    ("Airline", "airline", "airline", "generic"),
    ("Police", "police", "police", "generic"),
    ("Arden Airline", "arden", "airline", "body"),  # a named company
    ("International Stability Fund", "fund", "fund", "body"),  # named for its side, yet an institution's name
])
def test_one_common_noun_naming_its_side_is_generic(name: str, source_id: str, side: str, kind: str) -> None:
    assert infer_kind(name, source_id=source_id, side=side) == kind
