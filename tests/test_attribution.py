"""Attribution, hedging and loaded-term rules on an invented case: each rule of docs/contract.md §1."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.case import Case, Claim, Number, Source
from harness.caseload import load_case
from scorers import attribution, score_summary

ROUNDS = Path(__file__).parent / "data" / "rounds"


def case_of(case_id: str, **fields: object) -> Case:
    """A case with a placeholder title, topic and article and these sources, claims, numbers and loaded terms: the
    shape most tests of this file build."""
    return Case.model_validate({"id": case_id, "title": "t", "topic": "x", "article": "a", **fields})


def verdicts(case: Case, text: str) -> dict[str, str]:
    return {c.claim_id: c.verdict for c in score_summary(case, text).claims}


def assert_both_stages(case: Case, text: str, expected: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The verdicts are ``expected`` with the parser stage on (the default) and with the rules alone."""
    assert verdicts(case, text) == expected
    monkeypatch.setenv("CNH_PARSER", "0")
    assert verdicts(case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain reporting verbs, aliases and titles
        ("Rivas said the dam cut the flow by 5 percent.", {"flow5": "attributed"}),
        ("The water minister claimed the flow fell only 5 percent.", {"flow5": "attributed"}),
        ("According to the ministry, the flow fell by 5 percent.", {"flow5": "attributed"}),
        ("The flow fell by 5 percent, according to Rivas.", {"flow5": "attributed"}),
        ("Upland says the river's flow dropped 5 percent.", {"flow5": "attributed"}),
        ("Upstream officials told reporters the flow fell by just 5 percent.", {"flow5": "attributed"}),
        # post-posed frames and their reach
        ("The flow fell by 5 percent, Rivas said.", {"flow5": "attributed"}),
        ('"The flow fell by only 5 percent," the water minister said.', {"flow5": "attributed"}),
        ("The flow fell by 5 percent, Rivas said, and more than 2,000 hectares were irrigated.",
         {"flow5": "attributed", "irrigated": "unattributed"}),
        ("Rivas said the flow fell by 5 percent and that 2,000 hectares were irrigated.",
         {"flow5": "attributed", "irrigated": "attributed"}),
        # a new sentence starts without a source unless a pronoun carries it
        ("Rivas visited the dam. The flow fell by 5 percent.", {"flow5": "unattributed"}),
        ("Rivas spoke at the dam. She said the flow fell by 5 percent.", {"flow5": "attributed"}),
        ("Rivas said the flow fell by 5 percent. She added that 2,000 hectares were irrigated.",
         {"flow5": "attributed", "irrigated": "attributed"}),
        # misattribution: another person, the other side, a generic side the claim does not accept
        ("Berg said the flow fell by 5 percent.", {"flow5": "misattributed"}),
        ("Lowland says the flow fell by 5 percent.", {"flow5": "misattributed"}),
        ("Upland says more than 2,000 hectares were irrigated.", {"irrigated": "misattributed"}),
        # hedges without a source
        ("The flow has reportedly fallen by 5 percent.", {"flow5": "hedged"}),
        ("The flow allegedly fell by 5 percent.", {"flow5": "hedged"}),
        ("It was claimed that the flow fell by 5 percent.", {"flow5": "hedged"}),
        ("Rivas was told the flow fell by 5 percent.", {"flow5": "hedged"}),
        ("The 5 percent drop could not be independently verified.", {"flow5": "hedged"}),
        ("Lowland denies that the flow fell only 5 percent.", {"flow5": "hedged"}),
        # a hedge does not spoil a named source
        ("Rivas claimed, without evidence, that the flow had reportedly fallen 5 percent.", {"flow5": "attributed"}),
        # an actor is not a source
        ("Upstream officials cut the flow by 5 percent.", {"flow5": "unattributed"}),
        # bullets under a sourced lead-in, headlines with a colon
        ("Rivas's figures:\n- flow down 5 percent\n- more than 2,000 hectares irrigated",
         {"flow5": "attributed", "irrigated": "attributed"}),
        ("Key points:\n- flow down 5 percent", {"flow5": "unattributed"}),
        ("Rivas: dam cut river flow by only 5 percent", {"flow5": "attributed"}),
        # the other side's figure
        ("Downstream officials said the flow fell 40 percent in three weeks.", {"flow40": "attributed"}),
        ("The flow fell 40 percent in three weeks, Rivas said.", {"flow40": "misattributed"}),
        # a frame inside its clause covers the clause; a with-phrase after a post-posed frame continues the
        # framed clause (Rivas's), a new clause after ", and" does not
        ("The flow, Rivas insisted, has fallen by only 5 percent.", {"flow5": "attributed"}),
        ("The flow fell by 5 percent, Rivas said, with 40 percent lost in three weeks downstream.",
         {"flow5": "attributed", "flow40": "misattributed"}),
        ("The flow fell by 5 percent, Rivas said, and 40 percent was lost in three weeks downstream.",
         {"flow5": "attributed", "flow40": "unattributed"}),
        # a possessive that names what is compared frames nothing after it
        ("Rivas says the river still runs, unlike Lowland's figures, and that the flow fell by 5 percent.",
         {"flow5": "attributed"}),
        # "according to X" closing a relative clause covers that clause only
        ("The river, which fell by 5 percent according to Rivas, lost 40 percent in three weeks by other counts.",
         {"flow5": "attributed", "flow40": "unattributed"}),
        # a body's spokesperson speaks for it; "put ... at" reports a figure
        ("The ministry's spokesman said the flow fell by 5 percent.", {"flow5": "attributed"}),
        ("Rivas put the drop in the river's flow at 5 percent.", {"flow5": "attributed"}),
        # a report that is talked about is not quoted
        ("Rivas's figures are unreliable, and the flow fell by 5 percent.", {"flow5": "unattributed"}),
        # no claim mentioned
        ("The two governments met to discuss the dam.", {}),
    ],
)
def test_attribution_rules(dam_case: Case, text: str, expected: dict[str, str]) -> None:
    assert verdicts(dam_case, text) == expected


def test_verdict_carries_evidence(dam_case: Case) -> None:
    text = "Officials met. The flow fell by 5 percent, Rivas said."
    (claim,) = score_summary(dam_case, text).claims
    assert claim.claim_id == "flow5"
    assert text[claim.span[0]:claim.span[1]] == "The flow fell by 5 percent, Rivas said."
    assert claim.evidence == "The flow fell by 5 percent, Rivas said."
    assert claim.source == "rivas"
    assert claim.source_text == "Rivas said"
    assert "accepted source" in claim.rule
    assert claim.mention.startswith("number n-5")


def test_claims_without_cues_are_found_by_their_statement(dam_case: Case) -> None:
    """docs/contract.md's minimum case has no cues: a claim is still mentioned by its own distinctive words."""
    bare = dam_case.model_copy(update={"claims": [c.model_copy(update={"cues": []}) for c in dam_case.claims]})
    assert verdicts(bare, "Rivas said thousands of hectares had been irrigated this year.") == \
        {"irrigated": "attributed"}
    assert verdicts(bare, "The ministry opened a new office.") == {}


def test_a_long_statement_needs_two_of_its_distinctive_words() -> None:
    """One distinctive word beside a word other claims share ("jailed four journalists") does not state a claim
    whose statement is about how many journalists are jailed a year and on which charges."""
    case = Case.model_validate({
        "id": "trial", "title": "t", "topic": "x",
        "article": "A court jailed four reporters. The watchdog gave figures. The court heard the case.",
        "sources": [{"id": "rwc", "name": "Reporters' Watch", "side": "ngo"},
                    {"id": "pros", "name": "Ilan Brask", "side": "state"}],
        "claims": [
            {"id": "rate", "statement": "Authorities have jailed an average of seven journalists a year, most facing "
                                        "espionage charges", "source": "rwc", "accept": ["rwc"]},
            {"id": "money", "statement": "The journalists received money from foreign organisations",
             "source": "pros", "accept": ["pros"]},
        ],
    })
    assert verdicts(case, "A court jailed four journalists.") == {}
    assert verdicts(case, "Authorities jail an average of seven journalists a year, Reporters' Watch says.") == \
        {"rate": "attributed"}


@pytest.mark.parametrize(("name", "sid", "side", "kind"), [
    ("Ana Rivas", "rivas", "upstream", "person"), ("Upland", "upland", "upland", "generic"),
    ("Upland officials", "uo", "upland", "generic"), ("Upland water ministry", "uwm", "upland", "body"),
    ("Upland state media", "usm", "upland", "media"),
    # institutions whose every word is capitalised, like a person's name: their noun says they are bodies
    ("Health Care Inspectorate", "hci", "inspectorate", "body"),
    ("Data Protection Regulator", "dpr", "regulator", "body")])
def test_source_kind_is_inferred_when_absent(name: str, sid: str, side: str, kind: str) -> None:
    from harness.case import Source

    assert Source(id=sid, name=name, side=side).effective_kind == kind
    assert Source(id=sid, name=name, side=side, kind="body").effective_kind == "body"


def test_a_name_the_author_describes_as_an_institution_is_a_body() -> None:
    """ "Korvel Vance" looks like a person's name; aliases "the security firm" say it is a company, so "it"
    stands for it ("Korvel Vance says it found ...")."""
    from harness.case import Source

    assert Source(id="kv", name="Korvel Vance", side="x").effective_kind == "person"
    assert Source(id="kv", name="Korvel Vance", side="x", aliases=["the security firm"]).effective_kind == "body"
    assert Source(id="sa", name="Saltmere Air", side="x").effective_kind == "body"  # an airline, not a person
    # a body that is its own side is still a body; a country named after its side is generic
    assert Source(id="fund", name="International Stability Fund", side="fund").effective_kind == "body"
    assert Source(id="kor", name="Korvenia", side="kor").effective_kind == "generic"
    assert Source(id="sa", name="Saltmere Group", side="x", aliases=["the carrier"]).effective_kind == "body"
    # a person the author also lists by their ministry stays a person
    assert Source(id="ah", name="Anika Holm", side="x",
                  aliases=["the trade minister", "the trade ministry"]).effective_kind == "person"
    # a bare description names a body too ("observer group"), unless an alias is the name's last word (a surname)
    assert Source(id="cvt", name="Clean Vote Telmara", side="x",
                  aliases=["observer group", "monitors", "Mira Sandu"]).effective_kind == "body"
    assert Source(id="ds", name="Dragan Solvey", side="x", aliases=["Solvey", "union"]).effective_kind == "person"
    case = case_of("hack",
        sources=[{"id": "kv", "name": "Korvel Vance", "side": "firm", "aliases": ["Vance", "the security firm"]}],
        claims=[{"id": "nov", "statement": "The intruders had been in the network since November",
                    "source": "kv", "accept": ["kv"]}],
    )
    assert verdicts(case, "Korvel Vance says it found the intruders had been in the network since November.") == \
        {"nov": "attributed"}


def test_the_group_points_back_to_the_last_organisation_not_to_a_country() -> None:
    case = case_of("watch",
        sources=[{"id": "rwc", "name": "Reporters' Watch Committee", "side": "ngo", "aliases": ["the committee"]},
                    {"id": "osterra", "name": "Osterra", "side": "osterra"}],
        claims=[{"id": "jailed", "statement": "Osterra holds 38 journalists in prison", "source": "rwc",
                    "accept": ["rwc"]}],
    )
    text = "The Reporters' Watch Committee criticised Osterra's record. According to the group, Osterra holds " \
           "38 journalists in prison."
    assert verdicts(case, text) == {"jailed": "attributed"}


def test_a_place_owned_by_a_party_is_no_report_of_it() -> None:
    """ "inside Calvera's line" names Calvera's boundary, not Calvera's report; "Calvera's claimed boundary" is a
    boundary Calvera claims, no hedge on the summary's own statement."""
    case = case_of("sea",
        sources=[{"id": "calvera", "name": "Calvera", "side": "calvera"},
                    {"id": "ow", "name": "OpenWake", "side": "trackers", "aliases": ["the tracking group"]}],
        claims=[{"id": "pos", "statement": "The trawler was 1.4 nautical miles inside the line at dawn",
                    "source": "ow", "accept": ["ow"]}],
    )
    assert verdicts(case, "OpenWake said the trawler was 1.4 nautical miles inside Calvera's line at dawn.") == \
        {"pos": "attributed"}
    assert verdicts(case, "The trawler was 1.4 nautical miles inside Calvera's claimed line at dawn.") == \
        {"pos": "unattributed"}


def test_a_report_noun_naming_an_institution_or_a_facility_is_no_report() -> None:
    """ "Halvex's data centre draws 4.5 million litres" names the company's building, not its data (round 92's
    data-centre case: every such sentence gave the residents' figure to the company); "Halvex's data show" still
    reports."""
    case = case_of("water",
        sources=[{"id": "halvex", "name": "Halvex Systems", "side": "company", "aliases": ["Halvex"]},
                 {"id": "res", "name": "Residents' committee", "side": "residents"}],
        claims=[{"id": "draw", "statement": "The site draws up to 4.5 million litres of groundwater a day",
                 "source": "res", "accept": ["res"], "numbers": ["n-draw"]}],
        numbers=[{"id": "n-draw", "value": 4.5, "unit": "million litres per day", "qualifier": "up to"}],
    )
    assert verdicts(case, "Halvex Systems' 150-megawatt data centre draws up to 4.5 million litres of groundwater a "
                          "day.") == {"draw": "unattributed"}
    assert verdicts(case, "Halvex's data show the site draws up to 4.5 million litres of groundwater a day.") == \
        {"draw": "misattributed"}


def test_a_report_named_with_its_owner_as_a_modifier_is_the_report() -> None:
    """ "a leaked internal MerNav report" is the case's "leaked internal report", a source of MerNav's side, not MerNav
    speaking (round 93's outage case: the report's claim was misattributed to MerNav in every such summary);
    "MerNav says" is still MerNav."""
    case = case_of("atc",
        sources=[{"id": "mernav", "name": "MerNav", "side": "ansp"},
                 {"id": "report", "name": "leaked internal incident report", "side": "ansp",
                  "aliases": ["the leaked report", "a leaked internal report"]}],
        claims=[{"id": "backup", "statement": "The backup system failed within 90 seconds of the primary",
                 "source": "report", "accept": ["report"], "numbers": ["n-90"]}],
        numbers=[{"id": "n-90", "value": 90, "unit": "seconds"}],
    )
    assert verdicts(case, "A leaked internal MerNav report says the backup failed within 90 seconds.") == \
        {"backup": "attributed"}
    assert verdicts(case, "According to the leaked MerNav report, the backup failed within 90 seconds.") == \
        {"backup": "attributed"}
    assert verdicts(case, "MerNav says the backup failed within 90 seconds.") == {"backup": "misattributed"}


def test_a_cause_takes_the_words_the_article_names_it_by() -> None:
    """ "The company blames the weather" mentions "The fish kill was caused by a heatwave, not by the plant" when the
    article itself gives the weather as the cause to the sources that claim accepts (round 94's fish-kill case: 14
    summaries said "the weather", the statement says "a heatwave"); the sewage the article's fishermen blame is
    their claim's cause, not the weather claim's."""
    case = case_of("lake",
        article="The plant's owner and the provincial regulator say the weather is to blame. Fishermen blame "
                "sewage on the northern shore.",
        sources=[{"id": "castor", "name": "Castor", "side": "company", "aliases": ["the company", "the plant's owner"]},
                 {"id": "agency", "name": "the agency", "side": "regulator", "aliases": ["provincial regulator"]},
                 {"id": "fishermen", "name": "fishermen", "side": "critics"}],
        claims=[{"id": "weather", "statement": "The fish kill was caused by a heatwave, not by the plant",
                 "source": "agency", "accept": ["agency", "castor"]},
                {"id": "plant", "statement": "The fish kill was caused by the plant's discharges",
                 "source": "fishermen", "accept": ["fishermen"]}],
    )
    assert verdicts(case, "The company blames the weather.") == {"weather": "attributed"}
    assert verdicts(case, "Fishermen blame the weather.") == {"weather": "misattributed"}
    assert verdicts(case, "The company blames sewage.") == {"plant": "misattributed"}


def test_the_date_or_size_of_a_report_before_its_verb_names_the_report() -> None:
    """ "A safety inspection report commissioned in 2022 found ..." : the year describes the report, whose frame the
    figure is part of, not a bare statement of the claim's year (round 94's tower-fire case)."""
    case = case_of("fire",
        sources=[{"id": "report", "name": "safety inspection report", "side": "report",
                  "aliases": ["the inspection report"]}],
        claims=[{"id": "found", "statement": "A 2022 inspection report found combustible insulation behind the panels",
                 "source": "report", "accept": ["report"], "numbers": ["n-2022"]}],
        numbers=[{"id": "n-2022", "value": 2022, "unit": "year"}],
    )
    assert verdicts(case, "A safety inspection report commissioned in 2022 found combustible insulation behind "
                          "the panels.") == {"found": "attributed"}
    assert verdicts(case, "In 2022, combustible insulation was found behind the panels.") == {"found": "unattributed"}


def test_an_irregular_participle_after_a_source_keeps_its_verb() -> None:
    """ "An internal memo seen by reporters proposed cutting ..." : "seen by reporters" is a participle phrase of the
    memo, as "obtained by reporters" is (round 96's superbug case); a past tense ("Managers kept lists") is no such
    phrase."""
    case = case_of("ward",
        sources=[{"id": "memo", "name": "internal memo", "side": "trust"},
                 {"id": "union", "name": "the union", "side": "nurses"}],
        claims=[{"id": "cut", "statement": "The trust planned to cut contract cleaning from 310 to 240 hours a day",
                 "source": "memo", "accept": ["memo"], "numbers": ["n-310", "n-240"]}],
        numbers=[{"id": "n-310", "value": 310, "unit": "hours a day"},
                 {"id": "n-240", "value": 240, "unit": "hours a day"}],
    )
    assert verdicts(case, "An internal memo seen by reporters proposed cutting contract cleaning from 310 to 240 hours "
                          "a day.") == {"cut": "attributed"}


def test_a_written_document_speaks_through_what_it_stipulates() -> None:
    """ "The 12-page plan, dated 2 June, sets a target of 3.2 deliveries an hour": a document stipulates what it holds
    (round 97's delivery case: nine summaries; rounds 92 and 94-96 had "the permit allows", "the memo requires"); a
    company that sets a target acts, it reports nothing."""
    case = case_of("riders",
        sources=[{"id": "doc", "name": "Summer Peak Plan", "side": "company",
                  "aliases": ["the plan", "leaked document"]},
                 {"id": "vento", "name": "Vento", "side": "company"}],
        claims=[{"id": "target", "statement": "An internal document sets a peak target of 3.2 deliveries per hour",
                 "source": "doc", "accept": ["doc"], "numbers": ["n-32"]}],
        numbers=[{"id": "n-32", "value": 3.2, "unit": "deliveries per hour"}],
    )
    assert verdicts(case, "The 12-page plan, dated 2 June, sets a target of 3.2 deliveries per hour.") == \
        {"target": "attributed"}
    assert verdicts(case, "A leaked document requires 3.2 deliveries per hour.") == {"target": "attributed"}
    assert verdicts(case, "Vento sets a target of 3.2 deliveries per hour.") == {"target": "unattributed"}


def test_all_before_a_count_in_a_statement_is_no_claim_about_the_whole() -> None:
    """ "The ministry will close all 14 camp schools" counts schools; it does not make "Every camp pupil will get a
    place in local schools" share its "every/all" (round 98's camp-schools case: "says every pupil will get a local
    place" was missed in 14 summaries, the "all" of "all 14" read as a second claim about the whole)."""
    case = load_case(Path(__file__).parent / "data/rounds/round98/blind98-camp-schools.yaml")
    assert verdicts(case, "Education Minister Irena Voss says every pupil will get a local school place.") == \
        {"join_local": "attributed"}
    assert verdicts(case, "The ministry will close all 14 camp schools on September 1.") == {"closure": "unattributed"}


def test_the_words_of_one_proper_name_are_one_word_of_a_claim() -> None:
    """ "Thornby Edge quarry" names the place every summary of round 98's quarry case is about: its two words are no
    two words of "Cracks in 143 homes ... were caused by blasting at Thornby Edge quarry" (nine false mentions); the
    claim's own words still mention it."""
    case = load_case(Path(__file__).parent / "data/rounds/round98/blind98-quarry-blasting.yaml")
    said = verdicts(case, "Four of 38 blasts at Thornby Edge quarry exceeded the 6 mm/s vibration limit.")
    assert "cracks143" not in said
    said = verdicts(case, "The action group says blasting at Thornby Edge caused cracks in 143 homes.")
    assert said["cracks143"] == "attributed"


def test_a_cause_a_claim_rejects_is_no_word_the_article_gives_it() -> None:
    """ "Halvorsen denies that the shutdown caused the crisis" is the manufacturer rejecting a cause: "shutdown", which
    its own claim rejects ("..., not the plant shutdown, caused the shortage"), does not become one of that claim's
    cause words, so "the ministry blames the plant shutdown" stays the ministry's claim (round 99's insulin case)."""
    case = load_case(Path(__file__).parent / "data/rounds/round99/blind99-insulin-shortage.yaml")
    said = verdicts(case, "Marenthia's insulin shortage pits the health ministry, which blames Halvorsen's plant "
                          "shutdown, against the manufacturer, which blames price caps and unpaid bills.")
    assert (said["plant_cause"], said["price_cause"]) == ("attributed", "attributed")


def test_a_statement_whose_subject_sends_something_over_names_a_cause() -> None:
    """ "Altmoor Hydro's emergency release of up to 1,450 cubic metres per second ... sent the River Olm over the
    defences" names its cause as its subject, as "... caused the flood" does: "the mayor blames an upstream reservoir
    release" mentions it (round 99's reservoir case); the figure's comma does not end the subject."""
    case = load_case(Path(__file__).parent / "data/rounds/round99/blind99-reservoir-release.yaml")
    said = verdicts(case, "Dravitsa's mayor blames an upstream reservoir release for the deadly River Olm flood.")
    assert said["release"] == "attributed"


def test_two_objects_of_one_verb_are_no_gapped_report() -> None:
    """ "it warned the city and Altmoor at least four times" gives a verb two objects; it is no "police reported 63 and
    organisers 200", where each conjunct has its own figure (round 99's reservoir case: the residents' claim given to
    Altmoor)."""
    case = load_case(Path(__file__).parent / "data/rounds/round99/blind99-reservoir-release.yaml")
    said = verdicts(case, "The Riverside Residents' Association says it warned the city and Altmoor at least four "
                          "times since 2019 that the Mill Lane embankment was 40 cm too low.")
    assert said["warnings"] == "attributed"


def test_a_denial_claim_is_stated_by_its_source_denying_it() -> None:
    """ "Korvenia denies it", "a charge Kordal denies": the denial is the claim, whatever words its statement uses."""
    case = case_of("hack",
        sources=[{"id": "kor", "name": "Korvenia", "side": "korvenia", "aliases": ["Kordal"]},
                    {"id": "hal", "name": "Halden", "side": "halden"}],
        claims=[
            {"id": "behind", "statement": "Korvenian intelligence hackers carried out the attack", "source": "hal",
             "accept": ["hal"]},
            {"id": "denial", "statement": "Korvenia had nothing to do with the attack", "source": "kor",
             "accept": ["kor"]},
        ],
    )
    assert verdicts(case, "Korvenia denies it.")["denial"] == "attributed"
    assert verdicts(case, "Kordal rejects the accusation.")["denial"] == "attributed"
    assert "denial" not in verdicts(case, "Halden denies it.")  # not the denial's source: another denial
    assert "denial" not in verdicts(case, "Korvenia denies that it owes money.")


def test_a_denial_of_contact_or_funding_is_stated_by_its_source_denying_or_calling_the_charge_false() -> None:
    """ "had no contact ... and never funded them": a denial of a part, stated by "denied funding the plotters" or
    "calls the allegation a fabrication"."""
    case = case_of("coup",
        sources=[{"id": "orv", "name": "Orvenia", "side": "orvenia"},
                    {"id": "gov", "name": "Interior Ministry", "side": "gov"}],
        claims=[
            {"id": "paid", "statement": "Orvenian intelligence paid the plotters $3.2 million", "source": "gov",
             "accept": ["gov"]},
            {"id": "denial", "statement": "Orvenia had no contact with the officers and never funded them",
             "source": "orv", "accept": ["orv"]},
        ],
    )
    assert verdicts(case, "Orvenia denies any link to the officers.")["denial"] == "attributed"
    assert verdicts(case, "Orvenia has denied funding the plotters.")["denial"] == "attributed"
    assert verdicts(case, "Orvenia calls the allegation a fabrication.")["denial"] == "attributed"
    assert "denial" not in verdicts(case, "Orvenia calls the allegation serious.")
    assert "denial" not in verdicts(case, "Orvenia has denied visiting the capital.")


def test_role_words_of_generated_side_names_stay_content_words() -> None:
    """A generic source "Korvenian officials" also stands behind "Korvenian intelligence"; that does not make
    "intelligence" a name to leave out of a claim's statement words."""
    case = case_of("hack",
        sources=[{"id": "kor", "name": "Korvenia", "side": "korvenia", "aliases": ["Korvenian officials"]},
                    {"id": "hal", "name": "Halden", "side": "halden", "aliases": ["the government"]}],
        claims=[{"id": "behind", "statement": "Hackers working for Korvenia's intelligence service did it",
                    "source": "hal", "accept": ["hal"]}],
    )
    assert verdicts(case, "The government blames hackers from the intelligence service.") == {"behind": "attributed"}


def test_reports_named_by_their_source() -> None:
    """ "a Northport Institute re-analysis puts", "the board's preliminary report says", "researchers who
    re-examined the data say", "the team also says": each names who gives the figure."""
    case = case_of("trial",
        sources=[{"id": "np", "name": "Northport Institute", "side": "researchers",
                     "aliases": ["researchers", "the Northport team"]},
                    {"id": "board", "name": "Air Safety Board", "side": "board", "aliases": ["the board"]}],
        claims=[{"id": "gain", "statement": "The absolute gain is 2.1 percentage points", "source": "np",
                    "accept": ["np"], "numbers": ["n-gain"]},
                   {"id": "speed", "statement": "The jet touched down at 155 knots", "source": "board",
                    "accept": ["board"], "numbers": ["n-speed"]}],
        numbers=[{"id": "n-gain", "value": 2.1, "unit": "percentage points"},
                    {"id": "n-speed", "value": 155, "unit": "knots"}],
    )
    for text in ("A Northport Institute re-analysis puts the absolute gain at 2.1 percentage points.",
                 "The Northport Institute's re-analysis finds an absolute gain of 2.1 percentage points.",
                 "Researchers who re-examined the data say the absolute gain is 2.1 percentage points.",
                 "The Northport team spoke out. The team also says the absolute gain is 2.1 percentage points."):
        assert verdicts(case, text) == {"gain": "attributed"}, text
    assert verdicts(case, "The board's preliminary report says the jet touched down at 155 knots.") == \
        {"speed": "attributed"}


@pytest.mark.parametrize(("text", "expected"), [
    # a role word that is also a reporting verb, before a bare noun phrase: the verb
    ("The Air Safety Board reports touchdown speeds of 155 knots.", "attributed"),
    ("The Air Safety Board reports show the jet touched down at 155 knots.", "attributed"),
    # after a determiner alone it is a noun: reports that name no source (hedged)
    ("The reports put the jet's touchdown speed at 155 knots.", "hedged"),
    # a singular role word, or one a past tense follows, stays a noun ("exposed" is no reporting verb)
    ("The Air Safety Board report exposed a touchdown at 155 knots.", "unattributed"),
])
def test_reports_before_a_bare_noun_phrase_is_the_verb(text: str, expected: str) -> None:
    case = case_of("landing",
        sources=[{"id": "board", "name": "Air Safety Board", "side": "board",
                     "aliases": ["the board", "Air Safety Board reports"]}],
        claims=[{"id": "speed", "statement": "The jet touched down at 155 knots", "source": "board",
                    "accept": ["board"], "numbers": ["n-speed"]}],
        numbers=[{"id": "n-speed", "value": 155, "unit": "knots"}],
    )
    assert verdicts(case, text) == {"speed": expected}


def test_a_word_the_article_hardly_uses_states_its_claim_alone() -> None:
    case = Case.model_validate({
        "id": "jet", "title": "t", "topic": "x",
        "article": "The airline flies jets. The airline spoke. The airline hired crews. A jet overran the runway. "
                   "The union blamed the rostering.",
        "sources": [{"id": "u", "name": "Pilots' Union", "side": "union", "aliases": ["the union"]}],
        "claims": [
            {"id": "roster", "statement": "Airline rostering caused the accident rather than the weather",
             "source": "u", "accept": ["u"]},
            {"id": "other", "statement": "Ticket sales fell by a third", "source": "u", "accept": ["u"]},
        ],
    })
    assert verdicts(case, "The union blamed the airline's rostering.") == {"roster": "attributed"}
    assert verdicts(case, "The union spoke about the airline.") == {}


def test_a_claim_found_by_its_words_sits_where_its_distinctive_words_are() -> None:
    """Words two claims share ("caused the accident") may stand in another speaker's clause; the claim is where
    its own words are ("The airline blames a sudden tailwind; the union blames fatigue ...")."""
    case = case_of("jet2",
        sources=[{"id": "air", "name": "Saltmere Air", "side": "airline", "aliases": ["the airline"]},
                    {"id": "u", "name": "Pilots' Union", "side": "union", "aliases": ["the union"]}],
        claims=[
            {"id": "wind", "statement": "A sudden tailwind caused the accident", "source": "air", "accept": ["air"]},
            {"id": "fatigue", "statement": "Crew fatigue caused the accident", "source": "u", "accept": ["u"]},
        ],
    )
    got = verdicts(case, "The airline blames a sudden tailwind; the union blames fatigue that caused the accident.")
    assert got["wind"] == "attributed"


def test_a_word_another_claim_negates_states_its_claim() -> None:
    """ "armed" against "unarmed": the word that tells two opposed claims apart names each on its own."""
    case = case_of("shot",
        sources=[{"id": "p", "name": "Varno police", "side": "police", "aliases": ["police"]},
                    {"id": "f", "name": "Sel family", "side": "family", "aliases": ["his family", "the family"]}],
        claims=[
            {"id": "armed", "statement": "Sel was armed with a knife and moving towards officers", "source": "p",
             "accept": ["p"]},
            {"id": "unarmed", "statement": "Sel was unarmed and running away from the police line", "source": "f",
             "accept": ["f"]},
        ],
    )
    assert verdicts(case, "Police say he was armed; his family says he was unarmed.") == \
        {"armed": "attributed", "unarmed": "attributed"}


CAUSES = Case.model_validate({
    "id": "river", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "down", "name": "Maldessa", "side": "down"},
                {"id": "up", "name": "Veloria", "side": "up"},
                {"id": "kbc", "name": "Basin Commission", "side": "neutral", "aliases": ["the commission"]}],
    "claims": [
        {"id": "filling", "statement": "The fall in the river's flow is caused by the filling of the Tarsk "
                                       "reservoir, not by drought", "source": "down", "accept": ["down"]},
        {"id": "drought", "statement": "The lower flows are the result of a severe drought", "source": "up",
         "accept": ["up"]},
        {"id": "inflow", "statement": "Inflow from the tributaries was 29 percent below average", "source": "kbc",
         "accept": ["kbc"], "numbers": ["n-29"]},
    ],
    "numbers": [{"id": "n-29", "value": 29, "unit": "percent"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # the cause after a causal word: each claim by its own cause, the rejected alternative names nothing
    ("Maldessa blames the filling of the reservoir; Veloria blames drought.",
     {"filling": "attributed", "drought": "attributed"}),
    # the cause before its causal words, past an aside that rejects another cause
    ("Veloria says a drought, not the dam, is to blame.", {"drought": "attributed"}),
    ("Maldessa says the reservoir filling has cut the flow.", {"filling": "attributed"}),
    # in the narrator's voice
    ("The filling of the Tarsk reservoir has cut the river's flow.", {"filling": "unattributed"}),
    # another claim's figure beside it does not hide the cause this claim names
    ("Veloria blames drought, noting that inflow was 29% below average, the commission said.",
     {"drought": "attributed", "inflow": "attributed"}),
    # ", laying the blame on": the gerund of a reporting phrase continues the speaker's report
    ("The river is low, Maldessa said, laying the blame squarely on the reservoir filling.",
     {"filling": "attributed"}),
])
def test_a_causal_claim_is_mentioned_by_the_cause_it_names(text: str, expected: dict[str, str]) -> None:
    """Opposed causal claims share most words ("flow", "drought", "filling"): the cause a summary names after
    "blames", "due to" or before "is to blame", "explains", "has cut" tells which claim it states."""
    assert verdicts(CAUSES, text) == expected


CRASH = Case.model_validate({
    "id": "crash", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "op", "name": "State Railways", "side": "op", "aliases": ["the operator"]},
                {"id": "union", "name": "Drivers' Union", "side": "union", "aliases": ["the union"]},
                {"id": "min", "name": "Transport Ministry", "side": "gov", "aliases": ["the ministry"]}],
    "claims": [
        {"id": "driver", "statement": "The driver caused the derailment by entering the curve too fast",
         "source": "op", "accept": ["op"]},
        {"id": "upkeep", "statement": "Deferred track maintenance, not the driver, caused the crash",
         "source": "union", "accept": ["union"]},
    ],
})


@pytest.mark.parametrize(("text", "expected"), [
    # the cause as the statement's subject ("X caused Y"), its rejected alternative left out
    ("The operator blames the driver; the union blames deferred maintenance.",
     {"driver": "attributed", "upkeep": "attributed"}),
    # a passive names what was done to, not a cause; "cuts" after a noun is a noun
    ("The ministry said the maintenance budget was reduced by 12 percent.", {}),
    ("The ministry calls the maintenance cuts modest.", {}),
])
def test_a_causal_subject_names_its_claim(text: str, expected: dict[str, str]) -> None:
    assert verdicts(CRASH, text) == expected


COLLISION = case_of(
    "collision",
    sources=[{"id": "op", "name": "City Transit", "side": "op", "aliases": ["the operator"]},
             {"id": "sup", "name": "Orvel Signals", "side": "sup", "aliases": ["the supplier"]},
             {"id": "coop", "name": "Quarry Miners' Cooperative", "side": "coop", "aliases": ["the miners"]}],
    claims=[
        # a cause as the subject of a later clause, its rejected alternative left out; the earlier statement's
        # subject ("a signalling fault") is its cause, "the driver" only its object
        {"id": "fault", "statement": "A signalling fault gave the driver a proceed signal and caused the collision",
         "source": "op", "accept": ["op"]},
        {"id": "driver", "statement": "The train passed a red signal, and driver error rather than equipment "
                                      "caused the crash", "source": "sup", "accept": ["sup"]},
        # "are to blame for"
        {"id": "mine", "statement": "The mine and its spoil heaps are to blame for the dust",
         "source": "op", "accept": ["op"]},
    ],
)


@pytest.mark.parametrize(("text", "expected"), [
    ("The operator blames a signalling fault and the supplier blames the driver.",
     {"fault": "attributed", "driver": "attributed"}),
    ("The operator blames the mine.", {"mine": "attributed"}),
    # a word of a source's name that the statement lacks ("miners") names no cause, though it starts with one
    ("The supplier blames the miners.", {}),
])
def test_a_cause_in_a_later_clause_or_at_its_head_names_its_claim(text: str, expected: dict[str, str]) -> None:
    """ "..., and driver error rather than equipment caused the crash": the cause of a later clause; a word two causes
    share ("driver") belongs to the one whose first words it is; "are to blame for" names a cause as "is" does; a
    source's name is no cause."""
    assert verdicts(COLLISION, text) == expected


@pytest.mark.parametrize("verb", ["has verified", "documented", "identified"])
def test_verbs_of_establishing_a_fact_frame_it(verb: str) -> None:
    """ "The UN mission has verified 47 deaths": a body that verifies, documents or identifies a figure gives it."""
    case = case_of("un",
        sources=[{"id": "un", "name": "UN mission", "side": "un"}],
        claims=[{"id": "toll", "statement": "At least 47 civilians were killed", "source": "un", "accept": ["un"],
                    "numbers": ["n-47"]}],
        numbers=[{"id": "n-47", "value": 47, "unit": "civilians", "qualifier": "at least"}],
    )
    assert verdicts(case, f"The UN mission {verb} at least 47 civilian deaths.") == {"toll": "attributed"}


def test_the_head_noun_of_a_body_name_names_it() -> None:
    """ "The office says" for the Dravian Statistical Office, the only source whose name ends in "office"; a name
    whose last word is no institution noun ("Ministry of Defence") gives no such alias."""
    case = case_of("census",
        sources=[{"id": "dso", "name": "Dravian Statistical Office", "side": "gov", "kind": "body",
                     "aliases": ["statistics office"]},
                    {"id": "mod", "name": "Ministry of Defence", "side": "gov", "kind": "body"}],
        claims=[{"id": "pop", "statement": "The region has 1,127,000 residents", "source": "dso",
                    "accept": ["dso"], "numbers": ["n-pop"]}],
        numbers=[{"id": "n-pop", "value": 1127000, "unit": "residents"}],
    )
    assert verdicts(case, "The office says the region has 1,127,000 residents.") == {"pop": "attributed"}
    assert verdicts(case, "In its defence, the region has 1,127,000 residents.") == {"pop": "unattributed"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The board's preliminary estimate is between 96 and 104 km/h.", "attributed"),
    ("The board's preliminary estimate is somewhat lower, between 96 and 104 km/h.", "attributed"),
])
def test_a_possessive_report_with_a_comparative_predicate_quotes_its_figure(text: str, expected: str) -> None:
    """ "X's estimate is between ...", "... is somewhat lower, ...": the report's content, not talk about it."""
    case = case_of("rail",
        sources=[{"id": "board", "name": "Accident Investigation Board", "side": "board",
                     "aliases": ["the board"]}],
        claims=[{"id": "speed", "statement": "The train entered the curve at between 96 and 104 km/h",
                    "source": "board", "accept": ["board"], "numbers": ["n-lo", "n-hi"]}],
        numbers=[{"id": "n-lo", "value": 96, "unit": "km/h"}, {"id": "n-hi", "value": 104, "unit": "km/h"}],
    )
    assert verdicts(case, text) == {"speed": expected}


PRONOUN_CASE = Case.model_validate({
    "id": "rail2", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "op", "name": "State Railways", "side": "op", "kind": "body", "aliases": ["the operator"]},
                {"id": "union", "name": "Drivers' Union", "side": "union", "kind": "body", "aliases": ["the union"]},
                {"id": "pa", "name": "Passengers' Association", "side": "pa", "kind": "body",
                 "aliases": ["Anika Dorn", "Dorn"]}],
    "claims": [{"id": "gap", "statement": "The curve had gone six years without inspection", "source": "union",
                "accept": ["union"], "numbers": ["n-6"]},
               {"id": "aboard", "statement": "About 420 people were aboard", "source": "pa", "accept": ["pa"],
                "numbers": ["n-420"]}],
    "numbers": [{"id": "n-6", "value": 6, "unit": "years"}, {"id": "n-420", "value": 420, "unit": "people"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # "it": the previous sentence's only speaking body, not the one named later in it
    ("The union rejected the operator's claim. It says the curve had gone six years without inspection.",
     {"gap": "attributed"}),
    # with two speakers the latest body named still counts
    ("The operator said one thing; the union said another. It says the curve had gone six years without inspection.",
     {"gap": "attributed"}),
    # "she": a person's name the author lists for a body, with her surname
    ("Anika Dorn says the train was packed. She estimates that about 420 people were aboard.",
     {"aboard": "attributed"}),
])
def test_pronouns_point_to_the_speaker(text: str, expected: dict[str, str]) -> None:
    assert verdicts(PRONOUN_CASE, text) == expected


def test_a_claim_that_a_thing_does_not_exist_is_stated_by_its_source_denying_it() -> None:
    case = case_of("lists",
        sources=[{"id": "ceo", "name": "Margit Halloran", "side": "trust", "aliases": ["Halloran"]},
                    {"id": "nurse", "name": "Elin Vasko", "side": "critics", "aliases": ["Vasko"]}],
        claims=[{"id": "none", "statement": "No secret list exists; the files were routine records",
                    "source": "ceo", "accept": ["ceo"]},
                   {"id": "kept", "statement": "Managers kept secret lists to hide the real waits",
                    "source": "nurse", "accept": ["nurse"]}],
    )
    assert verdicts(case, "Halloran denies that any secret list existed.") == {"none": "attributed"}
    assert verdicts(case, "Halloran denies the nurse's account.") == {}


EVIDENCE = Case.model_validate({
    "id": "drone", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "smmc", "name": "Selvar Maritime Monitoring Centre", "side": "neutral", "kind": "body",
                 "aliases": ["SMMC", "the monitoring centre"]}],
    "claims": [{"id": "radar", "statement": "The drone's last return was 13.4 nautical miles from the coast",
                "source": "smmc", "accept": ["smmc"], "numbers": ["n-nm"]}],
    "numbers": [{"id": "n-nm", "value": 13.4, "unit": "nautical miles"}],
})


@pytest.mark.parametrize("text", [
    "The monitoring centre's radar shows the last contact 13.4 nautical miles from the coast.",
    "SMMC radar: last return 13.4 nautical miles out.",
    "The monitoring centre's own examination put the last return 13.4 nautical miles out.",
])
def test_evidence_a_body_cites_is_its_report(text: str) -> None:
    assert verdicts(EVIDENCE, text) == {"radar": "attributed"}


def test_opposed_claims_that_share_a_predicate_are_told_apart_by_their_subject() -> None:
    case = case_of("strait",
        sources=[{"id": "navy", "name": "Marantine Navy", "side": "m", "aliases": ["the navy"]},
                    {"id": "mod", "name": "Lena Sadowa", "side": "o", "aliases": ["Sadowa"]}],
        claims=[
            {"id": "m", "statement": "The Ostrevian frigate Kestrel fired first, at a patrol boat", "source": "navy",
             "accept": ["navy"]},
            {"id": "o", "statement": "The Alvar fired first, without any warning", "source": "mod",
             "accept": ["mod"]},
        ],
    )
    assert verdicts(case, "Sadowa says the Alvar fired first.") == {"o": "attributed"}
    assert verdicts(case, "The navy says the Kestrel had fired first.") == {"m": "attributed"}
    assert verdicts(case, "Each side says the other fired first.") == {}


QUAKE = Case.model_validate({
    "id": "quake", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "gov", "name": "Dalia Oskarsen", "side": "gov", "aliases": ["Oskarsen", "the government"]},
                {"id": "lund", "name": "Petra Lund", "side": "opp", "aliases": ["Lund"]},
                {"id": "office", "name": "Statistics Office", "side": "gov", "kind": "body",
                 "aliases": ["the statistics office"]},
                {"id": "fund", "name": "Stability Fund", "side": "fund", "kind": "body"}],
    "claims": [{"id": "politics", "statement": "The governor's accusations are disaster politics and scaremongering",
                "source": "gov", "accept": ["gov"]},
               {"id": "growth", "statement": "The economy grew 3.1 percent in 2025", "source": "office",
                "accept": ["office"], "numbers": ["n-31", "n-2025"]}],
    "numbers": [{"id": "n-31", "value": 3.1, "unit": "percent"}, {"id": "n-2025", "value": 2025, "unit": "year"}],
    "loaded_terms": [{"term": "scaremongering", "side": "gov", "neutral": "warnings"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # a report that is the object of another speaker's label frames neither the label nor what follows
    ("Oskarsen dismissed Lund's figures as \"scaremongering\".", {"politics": "attributed"}),
    ("Lund spoke out; the government dismissed her claims as scaremongering.", {"politics": "attributed"}),
    # "the N X reported for 2025": the adjunct belongs to the figure's own frame, not to the sentence's speaker
    ("According to the Stability Fund, growth will slow sharply, well short of the 3.1 percent the statistics "
     "office reported for 2025.", {"growth": "attributed"}),
])
def test_a_report_inside_another_speakers_clause_covers_only_itself(text: str, expected: dict[str, str]) -> None:
    assert verdicts(QUAKE, text) == expected


def test_a_figure_compared_with_does_not_hide_the_claim_compared() -> None:
    """ "Veloria says it has kept releases above the required 450 m³/s": the treaty's 450 is what the releases are
    compared with, so the release claim is still stated by its words."""
    case = case_of("river2",
        sources=[{"id": "up", "name": "Veloria", "side": "up"}, {"id": "kbc", "name": "Basin Commission",
                                                                     "side": "n", "kind": "body"}],
        claims=[{"id": "release", "statement": "Veloria has released an average of more than 520 cubic metres "
                                                 "per second, above the treaty minimum", "source": "up",
                    "accept": ["up"], "numbers": ["n-520"]},
                   {"id": "treaty", "statement": "The treaty requires at least 450 cubic metres per second",
                    "source": "kbc", "accept": ["kbc", "up"], "numbers": ["n-450"], "contested": False}],
        numbers=[{"id": "n-520", "value": 520, "unit": "cubic metres per second"},
                    {"id": "n-450", "value": 450, "unit": "cubic metres per second"}],
    )
    assert "release" in verdicts(case, "Veloria says it has kept releases above the required 450 m³/s treaty minimum.")


BORDER = Case.model_validate({
    "id": "border", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "veldra", "name": "Veldra", "side": "veldra", "aliases": ["Veldran officials"]},
                {"id": "karsovia", "name": "Karsovia", "side": "karsovia", "aliases": ["Karsovan officials"]}],
    "claims": [{"id": "k_first", "statement": "Karsovan forces broke the ceasefire first, opening fire at dawn",
                "source": "veldra", "accept": ["veldra"]},
               {"id": "v_first", "statement": "Veldran artillery shelled Karsovan positions first",
                "source": "karsovia", "accept": ["karsovia"]}],
})


@pytest.mark.parametrize(("text", "expected"), [
    ("Veldra says Karsovan forces broke the ceasefire first.", {"k_first": "attributed"}),
    ("Karsovia counters that Veldran artillery started the exchange.", {"v_first": "attributed"}),
    # the speaker is not the side it blames (its own claim's word "fire", in its report, states its own claim);
    # a mutual accusation names no one side
    ("Veldra says its enemy fired first.", {"k_first": "attributed"}),
    ("Veldra and Karsovia each accuse the other of breaking the ceasefire.", {}),
])
def test_who_started_it_claims_are_told_apart_by_the_side_blamed(text: str, expected: dict[str, str]) -> None:
    assert verdicts(BORDER, text) == expected


def test_a_source_the_author_describes_by_the_story_subjects_pronoun_keeps_it() -> None:
    """ "His lawyers say" for the family source listed as "his lawyer", "his family": the pronoun owns the story's
    subject, not another source."""
    case = case_of("custody",
        sources=[{"id": "family", "name": "Keshev family", "side": "family",
                     "aliases": ["his family", "lawyers", "his lawyer"]}],
        claims=[{"id": "strike", "statement": "He had been on hunger strike for 23 days", "source": "family",
                    "accept": ["family"], "numbers": ["n-23"]}],
        numbers=[{"id": "n-23", "value": 23, "unit": "days"}],
    )
    assert verdicts(case, "His lawyers say he had been on hunger strike for 23 days.") == {"strike": "attributed"}


@pytest.mark.parametrize("text", [
    "Every fire exit was open when the blaze started, owner Dravko Menesh said on Wednesday.",
    "Every fire exit was open when the blaze started, an angry Dravko Menesh said.",
])
def test_a_post_posed_source_after_a_descriptor(text: str) -> None:
    case = case_of("fire",
        sources=[{"id": "menesh", "name": "Dravko Menesh", "side": "owner", "aliases": ["Menesh"]}],
        claims=[{"id": "exits", "statement": "Every fire exit was open when the blaze started",
                    "source": "menesh", "accept": ["menesh"]}],
    )
    assert verdicts(case, text) == {"exits": "attributed"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency advising the government puts the toll at 52.", {"toll": "attributed"}),
    # an adjective in -ing, and "including X", leave X the subject
    ("The toll is 52, a whistleblowing agency official says.", {"toll": "attributed"}),
])
def test_a_source_inside_another_sources_participle_phrase_is_its_object(text: str, expected: dict[str, str]) -> None:
    case = case_of("measles",
        sources=[{"id": "agency", "name": "Child Health Agency", "side": "intl", "kind": "body",
                     "aliases": ["the agency", "agency official"]},
                    {"id": "gov", "name": "Ravenna government", "side": "gov", "aliases": ["the government"]}],
        claims=[{"id": "toll", "statement": "The measles toll is 52", "source": "agency", "accept": ["agency"],
                    "numbers": ["n-52"]}],
        numbers=[{"id": "n-52", "value": 52, "unit": "deaths"}],
    )
    assert verdicts(case, text) == expected


@pytest.mark.parametrize("text", [
    "Ferrand & Lowe estimate loan losses at €2.7 billion.",
    "Ferrand & Lowe pointed out that loan losses reached €2.7 billion.",
])
def test_a_role_verb_before_an_object_put_at_a_figure(text: str) -> None:
    """ "X estimate losses at N": the role word is the verb when a figure follows its object; "point out" reports."""
    case = case_of("bank",
        sources=[{"id": "aud", "name": "Ferrand & Lowe", "side": "aud", "kind": "body"}],
        claims=[{"id": "loss", "statement": "Loan losses are 2.7 billion euros", "source": "aud",
                    "accept": ["aud"], "numbers": ["n-loss"]}],
        numbers=[{"id": "n-loss", "value": 2.7, "unit": "billion euros"}],
    )
    assert verdicts(case, text) == {"loss": "attributed"}


def test_a_number_word_after_a_role_word_makes_it_the_verb() -> None:
    """ "police report one death": "report" takes the figure as its object (not "the police report")."""
    case = case_of("camp",
        sources=[{"id": "police", "name": "District police", "side": "police", "aliases": ["police"]},
                    {"id": "res", "name": "Residents' council", "side": "res", "aliases": ["residents"]}],
        claims=[{"id": "death", "statement": "One man died in the fire", "source": "police",
                    "accept": ["police"], "numbers": ["n-1"]}],
        numbers=[{"id": "n-1", "value": 1, "unit": "death"}],
    )
    assert verdicts(case, "Residents blame arson; police report one death.") == {"death": "attributed"}


def test_a_forecast_seen_by_a_body() -> None:
    case = case_of("fx",
        sources=[{"id": "fund", "name": "International Stability Fund", "side": "fund", "aliases": ["the Fund"]},
                    {"id": "ind", "name": "India", "side": "india"}],
        claims=[{"id": "growth", "statement": "The economy will grow 0.8 percent in 2027", "source": "fund",
                    "accept": ["fund"], "numbers": ["n-g"]}],
        numbers=[{"id": "n-g", "value": 0.8, "unit": "percent"}],
    )
    assert verdicts(case, "The Fund now sees growth of just 0.8 percent in 2027.") == {"growth": "attributed"}


def test_negative_cue_term(dam_case: Case) -> None:
    claim = dam_case.claims[2].model_copy(update={"cues": ["irrigat* & !canal"]})
    case = dam_case.model_copy(update={"claims": [dam_case.claims[0], dam_case.claims[1], claim]})
    assert verdicts(case, "Farmers irrigated more fields.") == {"irrigated": "unattributed"}
    assert verdicts(case, "Farmers irrigated from the canal.") == {}


def test_worst_presentation_counts(dam_case: Case) -> None:
    text = "Rivas said the flow fell by 5 percent. The flow fell by 5 percent."
    assert verdicts(dam_case, text) == {"flow5": "unattributed"}


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Lowland condemned the water theft.", "narrator"),
        ('Lowland condemned what it called "water theft".', "quoted"),
        ("Downstream officials said the dam amounted to water theft.", "attributed"),
        ("Lowland condemned the so-called water theft.", "quoted"),
        ("Critics accuse Upland of stealing water.", "narrator"),
    ],
)
def test_loaded_term_voice(dam_case: Case, text: str, voice: str) -> None:
    (found,) = score_summary(dam_case, text).loaded
    assert found.term == "water theft"
    assert found.voice == voice
    assert text[found.span[0]:found.span[1]].lower() in {"water theft", "stealing water"}


def test_loaded_term_without_forms_catches_inflections(dam_case: Case) -> None:
    from harness.case import LoadedTerm

    case = dam_case.model_copy(update={"loaded_terms": [LoadedTerm(term="liberated", side="upstream")]})
    found = score_summary(case, "The liberation of the valley began; troops liberate towns.").loaded
    assert [(t.term, t.voice) for t in found] == [("liberated", "narrator"), ("liberated", "narrator")]
    assert score_summary(case, "A liberal reform passed.").loaded == []


def test_a_short_stemmed_participle_term_catches_its_other_participle_only(dam_case: Case) -> None:
    """ "dumping" (stem "dump", too short for a wild ending) catches "dumped", not "the city dump" nor "dumpster"."""
    from harness.case import LoadedTerm

    case = dam_case.model_copy(update={"loaded_terms": [LoadedTerm(term="dumping", side="upstream")]})
    assert [t.voice for t in score_summary(case, "Upland dumped sewage in the river.").loaded] == ["narrator"]
    assert score_summary(case, "Waste went to the city dump and a dumpster.").loaded == []


def test_metrics(dam_case: Case) -> None:
    rec = score_summary(dam_case, "The flow fell by 5 percent. Lowland condemned the water theft.")
    assert rec.metrics["coverage"] == 0.5
    assert rec.metrics["unattributed_contested"] == 1
    assert rec.metrics["loaded_terms"] == 1
    assert rec.metrics["numeric_errors"] == 0
    rec = score_summary(dam_case, "Rivas said the flow fell 7 percent in three months.")
    assert rec.metrics["numeric_errors"] >= 1


def test_a_claim_stated_by_its_figure_is_not_mentioned_again_by_its_words() -> None:
    """Cue-less claims (docs/contract.md's minimum format): once the figure states the claim, the claim's words in
    another sentence are talk about it ("the sides dispute how many were lost"), not a bare restatement."""
    from harness.caseload import load_case
    from scorers import rulebook, score_summary

    case = load_case(rulebook.EXAMPLES_DIR / "basic.yaml")
    text = "Sudrian forces lost soldiers near Kessel, both sides agree. Vale said Sudria lost 4,200 soldiers."
    record = score_summary(case, text)
    assert [(c.claim_id, c.verdict) for c in record.claims] == [("losses", "attributed")]
    # without the figure, the words alone still mention the claim
    record = score_summary(case, "Sudrian forces lost many soldiers around Kessel.")
    assert [(c.claim_id, c.verdict) for c in record.claims] == [("losses", "unattributed")]


def test_a_claims_loaded_word_alone_mentions_it() -> None:
    # CONTRACT-minimum claim (no cues) whose statement carries a side's loaded word: that word states it
    from harness.case import Case
    from scorers import score_summary

    case = Case.model_validate({
        "id": "vote", "title": "t", "topic": "election", "article": "a",
        "sources": [{"id": "union", "name": "Civic Union", "side": "opposition", "aliases": ["the opposition"]},
                    {"id": "board", "name": "Election Board", "side": "government"}],
        "claims": [{"id": "rigged", "statement": "The referendum was rigged", "source": "union",
                    "accept": ["union"]},
                   {"id": "count", "statement": "The board counted every ballot twice", "source": "board",
                    "accept": ["board"]}],
        "loaded_terms": [{"term": "rigged", "side": "opposition", "neutral": "disputed"}],
    })
    got = {c.claim_id: c.verdict for c in score_summary(case, 'The opposition calls the vote "rigged".').claims}
    assert got == {"rigged": "attributed"}
    got = {c.claim_id: c.verdict for c in score_summary(case, "The vote was rigged.").claims}
    assert got == {"rigged": "unattributed"}


RANSOM = Case.model_validate({
    "id": "ransom", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "gov", "name": "Tamora's government", "side": "gov", "aliases": ["the government"]},
                {"id": "ulf", "name": "Ushar Liberation Front", "side": "ulf", "aliases": ["the ULF", "the group"]},
                {"id": "police", "name": "the police", "side": "gov", "kind": "body"}],
    "claims": [{"id": "no_ransom", "statement": "No ransom was paid and no concession was made",
                "source": "gov", "accept": ["gov"]},
               {"id": "paid", "statement": "The ULF freed the hostages after the government paid a ransom",
                "source": "ulf", "accept": ["ulf"]},
               {"id": "no_bullets", "statement": "Officers did not fire rubber bullets",
                "source": "police", "accept": ["police"]},
               {"id": "bullets", "statement": "Nine protesters had wounds from rubber bullets",
                "source": "ulf", "accept": ["ulf"]}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # the words both claims share, negated in the clause: the claim that denies them
    ("The government insists no ransom was paid.", {"no_ransom": "attributed"}),
    ("The government says it paid nothing.", {"no_ransom": "attributed"}),
    ("The government denies paying anything.", {"no_ransom": "attributed"}),
    ("The government says soldiers stormed the camp, and the group says it was paid a ransom.",
     {"paid": "attributed"}),
    # the same words asserted: the claim the denial opposes
    ("The group insists a ransom was paid.", {"paid": "attributed"}),
    ("No ransom was paid, the ULF says.", {"no_ransom": "misattributed"}),
    # a source with a prepositional phrase before a denial verb is the denier
    ("Police in Corvan denied firing rubber bullets.", {"no_bullets": "attributed"}),
])
def test_opposed_claims_are_told_apart_by_negation(text: str, expected: dict[str, str]) -> None:
    """Two claims that share their words ("No ransom was paid" against "the government paid a ransom") are told
    apart by whether the summary's clause negates those words."""
    assert verdicts(RANSOM, text) == expected


def test_a_hedge_after_a_contrast_preposition_does_not_reach_back() -> None:
    """ "X, contrary to the company's claims that Y": the hedge is on Y, not on X."""
    assert verdicts(RANSOM, "A ransom was paid, contrary to the government's claims that no ransom was paid.") == \
        {"paid": "unattributed", "no_ransom": "attributed"}


CONVOY = Case.model_validate({
    "id": "convoy", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "army", "name": "the army", "side": "gov", "kind": "body"},
                {"id": "slf", "name": "Southern Liberation Front", "side": "rebels", "aliases": ["the rebels"]},
                {"id": "monitor", "name": "Kestria Conflict Monitor", "side": "neutral", "kind": "body",
                 "aliases": ["the monitor"]}],
    "claims": [{"id": "rebels_fired", "statement": "Rebel mortar fire from positions south of the highway hit the "
                                                   "convoy", "source": "army", "accept": ["army"]},
               {"id": "army_fired", "statement": "A government drone and artillery struck the convoy",
                "source": "slf", "accept": ["slf"]},
               {"id": "craters", "statement": "Craters were consistent with artillery fired from the north-west",
                "source": "monitor", "accept": ["monitor"]}],
})


@pytest.mark.parametrize(("text", "expected"), [
    ("The army blames rebel mortars.", {"rebels_fired": "attributed"}),
    ("The rebels pin it on a government drone.", {"army_fired": "attributed"}),
    ("The army continues to blame mortar crews south of the highway.", {"rebels_fired": "attributed"}),
    # a word another claim uses ("artillery" of the craters finding) names no agent
    ("The monitor says the evidence points to artillery.", {}),
])
def test_claims_that_name_who_did_one_thing_are_told_apart_by_the_agent_blamed(text: str,
                                                                              expected: dict[str, str]) -> None:
    """ "X hit the convoy" against "Y struck the convoy": what a summary blames says which claim it states."""
    assert verdicts(CONVOY, text) == expected


DRAFT = Case.model_validate({
    "id": "draft", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "kestria", "name": "Kestrian authorities", "side": "gov",
                 "aliases": ["Kestria", "officials", "the government"]},
                {"id": "ministry", "name": "Interior Ministry", "side": "gov", "kind": "body"},
                {"id": "meridian", "name": "Meridian", "side": "critics", "kind": "media",
                 "aliases": ["exiled news outlet"]},
                {"id": "committee", "name": "Parents' Committee", "side": "critics", "kind": "body",
                 "aliases": ["the committee"]}],
    "claims": [{"id": "fled", "statement": "More than 60,000 men have fled abroad", "source": "meridian",
                "accept": ["meridian"], "numbers": ["n-fled"]},
               {"id": "toll", "statement": "1,214 students fell ill", "source": "ministry",
                "accept": ["ministry", "side:gov"], "numbers": ["n-toll"]},
               {"id": "sick", "statement": "More than 3,400 students fell ill", "source": "committee",
                "accept": ["committee"], "numbers": ["n-sick"]},
               {"id": "samples", "statement": "212 samples showed no toxic agent", "source": "ministry",
                "accept": ["ministry"], "numbers": ["n-samples"]}],
    "numbers": [{"id": "n-fled", "value": 60000, "unit": "men"}, {"id": "n-toll", "value": 1214, "unit": "students"},
                {"id": "n-sick", "value": 3400, "unit": "students"}, {"id": "n-samples", "value": 212,
                                                                         "unit": "samples"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # a source's report between commas is no appositive of the name before it
    ("More than 60,000 men have left Kestria, Meridian said, citing border data.", {"fled": "attributed"}),
    # an article and three descriptor words before a post-posed source
    ("More than 60,000 men have left, the exiled news outlet Meridian estimated.", {"fled": "attributed"}),
    # "official figures": the case's one generic source of officials
    ("Official figures put the toll at 1,214 students.", {"toll": "attributed"}),
    # a pronoun owning a source's name, after that source's owners are named: the source
    ("The Interior Ministry says 1,214 students fell ill. Parents dispute this: their committee counts more than "
     "3,400 sick students.", {"toll": "attributed", "sick": "attributed"}),
    # a possessive pronoun and a role word before the verb: the pronoun's source speaks
    ("The Interior Ministry says 1,214 students fell ill. Its spokesman said 212 samples had shown no toxic agent.",
     {"toll": "attributed", "samples": "attributed"}),
])
def test_post_posed_sources_official_figures_and_owned_roles(text: str, expected: dict[str, str]) -> None:
    assert verdicts(DRAFT, text) == expected


RALLY = Case.model_validate({
    "id": "rally", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "ministry", "name": "Interior Ministry", "side": "gov", "kind": "body",
                 "aliases": ["the ministry"]},
                {"id": "police", "name": "the police", "side": "gov", "kind": "body", "aliases": ["police"]},
                {"id": "crp", "name": "Civic Renewal Party", "side": "opp", "aliases": ["the opposition", "CRP"]},
                {"id": "leader", "name": "Lena Draskovic", "side": "opp", "kind": "person",
                 "aliases": ["Draskovic"]},
                {"id": "vell", "name": "Tomas Vell", "side": "neutral", "kind": "person", "aliases": ["Vell"]}],
    "claims": [{"id": "crowd_min", "statement": "About 18,000 people attended", "source": "ministry",
                "accept": ["ministry"], "numbers": ["n-18k"]},
               {"id": "crowd_opp", "statement": "More than 250,000 people attended", "source": "crp",
                "accept": ["crp", "leader"], "numbers": ["n-250k"]},
               {"id": "cannon", "statement": "Police fired water cannon into a peaceful crowd without warning",
                "source": "leader", "accept": ["leader", "crp"]},
               {"id": "fire", "statement": "A grass fire of 12 hectares spread into the depot", "source": "vell",
                "accept": ["vell"], "numbers": ["n-12"]}],
    "numbers": [{"id": "n-18k", "value": 18000, "unit": "people"}, {"id": "n-250k", "value": 250000, "unit": "people"},
                {"id": "n-12", "value": 12, "unit": "hectares"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # a range of accounts: each possessive figure is its possessor's
    ("Turnout estimates ranged from the ministry's 18,000 to the opposition's 250,000-plus.",
     {"crowd_min": "attributed", "crowd_opp": "attributed"}),
    # a preposition's gerund ("without warning") is no report of the noun before it
    ("Lena Draskovic said police fired water cannon into a peaceful crowd without warning.", {"cannon": "attributed"}),
    # evidence a speaker cites, as the object of the speaker's report, is the speaker's
    ("Vell said satellite images showed a grass fire of 12 hectares spreading into the depot.",
     {"fire": "attributed"}),
])
def test_ranges_of_accounts_prepositional_gerunds_and_cited_evidence(text: str, expected: dict[str, str]) -> None:
    assert verdicts(RALLY, text) == expected


def test_a_parenthetical_source_with_a_described_report_noun() -> None:
    """ "~92,000 (Skyline Count aerial estimate)": the bracket names its figure's source, and the next bracket's
    reach does not run back over it."""
    case = case_of("paren",
        sources=[{"id": "sky", "name": "Skyline Count", "side": "n", "kind": "body"},
                    {"id": "tv", "name": "NTV-1", "side": "gov", "kind": "media"}],
        claims=[{"id": "sky92", "statement": "About 92,000 attended", "source": "sky", "accept": ["sky"],
                    "numbers": ["n-92"]},
                   {"id": "tv10", "statement": "Fewer than 10,000 attended", "source": "tv", "accept": ["tv"],
                    "numbers": ["n-10"]}],
        numbers=[{"id": "n-92", "value": 92000, "unit": "people"}, {"id": "n-10", "value": 10000, "unit": "people"}],
    )
    assert verdicts(case, "Turnout: ~92,000 (Skyline Count aerial estimate), under 10,000 (NTV-1)") == \
        {"sky92": "attributed", "tv10": "attributed"}


ORDER = Case.model_validate({
    "id": "order", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "ministry", "name": "Interior Ministry", "side": "gov", "kind": "body"},
                {"id": "crp", "name": "Civic Renewal Party", "side": "opp", "aliases": ["the opposition"]},
                {"id": "embassy", "name": "Norland's embassy", "side": "n", "kind": "body",
                 "aliases": ["the embassy"]}],
    "claims": [{"id": "stones_first", "statement": "Police used water cannon only after protesters threw stones",
                "source": "ministry", "accept": ["ministry"]},
               {"id": "cannon_first", "statement": "Police turned water cannon on a peaceful crowd before any "
                                                   "stones were thrown", "source": "crp", "accept": ["crp"]},
               {"id": "sabotage", "statement": "The explosions were sabotage, set off by drones launched from "
                                               "abroad", "source": "ministry", "accept": ["ministry"]}],
})


@pytest.mark.parametrize(("text", "expected"), [
    ("The Interior Ministry says water cannon were used only after stones were thrown.",
     {"stones_first": "attributed"}),
    ("The opposition says water cannon were fired before any trouble.", {"cannon_first": "attributed"}),
    # the event both claims order named after the marker: the order reversed
    ("The embassy said demonstrators threw stones before the water cannon was deployed.",
     {"stones_first": "misattributed"}),
    ("The Interior Ministry blames drones launched from abroad.", {"sabotage": "attributed"}),
])
def test_claims_that_order_one_event_oppositely_are_told_apart_by_the_order(text: str,
                                                                            expected: dict[str, str]) -> None:
    """ "only after stones were thrown" against "before any stones were thrown": the clause's order marker and
    where the shared event stands about it; a cause named with 'set off by' is a causal claim's."""
    assert verdicts(ORDER, text) == expected


def test_an_ordered_event_after_the_marker_needs_the_other_event_before_it() -> None:
    """ "92,000 joined the rally before police broke it up with water cannon" orders the rally, not the stones."""
    assert verdicts(ORDER, "About 92,000 people joined the rally before police broke it up with water cannon.") == {}


BRIDGE = Case.model_validate({
    "id": "bridge", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "ministry", "name": "Transport Ministry", "side": "gov", "kind": "body",
                 "aliases": ["the ministry", "ministry"]},
                {"id": "varno", "name": "Emil Varno", "side": "gov", "kind": "person", "aliases": ["Varno"]},
                {"id": "ostrin", "name": "Lev Ostrin", "side": "n", "kind": "person", "aliases": ["Ostrin"]}],
    "claims": [{"id": "toll", "statement": "31 people died", "source": "ministry", "accept": ["ministry"],
                "numbers": ["n-31"]},
               {"id": "trucks", "statement": "Two overloaded trucks weighing 96 tonnes caused the collapse",
                "source": "varno", "accept": ["varno"], "numbers": ["n-96"]},
               {"id": "arrests", "statement": "Three people were arrested", "source": "ostrin",
                "accept": ["ostrin"], "numbers": ["n-3"]}],
    "numbers": [{"id": "n-31", "value": 31, "unit": "deaths"}, {"id": "n-96", "value": 96, "unit": "tonnes"},
                {"id": "n-3", "value": 3, "unit": "arrests"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministry toll: 31 dead.", {"toll": "attributed"}),
    ("Cause according to Varno: two trucks of about 96 tonnes combined.", {"trucks": "attributed"}),
    ("Arrests (prosecutor Ostrin): three.", {"arrests": "attributed"}),
    # a label whose source is followed by other words is no lead-in ("In Tel Aviv, Biden told Netanyahu: ...")
    ("Ostrin visit: 31 dead.", {"toll": "unattributed"}),
])
def test_short_labels_that_end_in_their_source_lead_in(text: str, expected: dict[str, str]) -> None:
    assert verdicts(BRIDGE, text) == expected


def test_a_confirmed_toll_of_a_body_is_its_report() -> None:
    """ "the health ministry's confirmed toll stands at 412": a body's toll with an adjective is its count."""
    assert verdicts(BRIDGE, "The ministry's confirmed toll stands at 31.") == {"toll": "attributed"}


def test_a_capitalised_word_inside_a_source_name_is_no_loaded_term() -> None:
    """ "the Southern Liberation Front blamed the army" does not use the loaded "liberated" (whose stem it shares)
    in the narrator's voice; "the town was liberated" does."""
    case = case_of("slf",
        sources=[{"id": "slf", "name": "Southern Liberation Front", "side": "rebels"}],
        claims=[{"id": "c", "statement": "s", "source": "slf", "accept": ["slf"]}],
        loaded_terms=[{"term": "liberated", "side": "rebels", "neutral": "captured"}],
    )
    voices = lambda text: [f.voice for f in score_summary(case, text).loaded]  # noqa: E731
    assert voices("The Southern Liberation Front blamed the army.") == []
    assert voices("The town was liberated on Monday.") == ["narrator"]



@pytest.mark.parametrize(("text", "expected"), [
    ("The collapse killed more people than the 31 deaths the ministry reports.", {"toll": "attributed"}),
    ("Families doubt the three arrests Ostrin announced.", {"arrests": "attributed"}),
])
def test_a_figure_noun_phrase_before_its_source_and_a_report_verb(text: str, expected: dict[str, str]) -> None:
    """ "the 37 deaths the health ministry reports.": a role word that is also a verb ends its clause after a
    figure's noun phrase, so it is the verb; figures in words open such a phrase too ("the four injuries Norvik
    acknowledged")."""
    assert verdicts(BRIDGE, text) == expected


def test_valuing_something_at_a_figure_reports_it() -> None:
    """ "Her newspaper values the contract at 2.3 billion euros": "value ... at" estimates, like "put ... at"."""
    case = case_of("contract",
        sources=[{"id": "paper", "name": "Istrava Courier", "side": "press", "aliases": ["the Courier"]}],
        claims=[{"id": "value", "statement": "The contract is worth 2.3 billion euros", "source": "paper",
                    "accept": ["paper"], "numbers": ["n-v"]}],
        numbers=[{"id": "n-v", "value": 2.3, "unit": "billion euros"}],
    )
    assert verdicts(case, "The Courier values the contract at 2.3 billion euros.") == {"value": "attributed"}


def test_a_described_group_points_back_like_the_group() -> None:
    """ "The Vienna-based group said ...": a definite description of a body with one modifier points back to the
    last organisation named, as "the group" does."""
    case = case_of("cfr",
        sources=[{"id": "cfr", "name": "Committee for Free Reporting", "side": "press", "kind": "body"},
                    {"id": "gov", "name": "Korvalia", "side": "gov"}],
        claims=[{"id": "count", "statement": "17 journalists were detained this year", "source": "cfr",
                    "accept": ["cfr"], "numbers": ["n-17"]}],
        numbers=[{"id": "n-17", "value": 17, "unit": "journalists"}],
    )
    text = ("The Committee for Free Reporting condemned the arrests. The Vienna-based group said 17 journalists had "
            "been detained this year.")
    assert verdicts(case, text) == {"count": "attributed"}



def test_a_frame_in_a_closed_relative_clause_does_not_end_the_outer_frame() -> None:
    """ "She says the payment, which she called 'crumbs', covers less than 30 percent": the inner frame governs
    its relative clause; what follows the clause is still the speaker's."""
    case = case_of("crumbs",
        sources=[{"id": "dane", "name": "Mira Dane", "side": "farmers", "kind": "person", "aliases": ["Dane"]}],
        claims=[{"id": "short", "statement": "The compensation covers less than 30 percent of losses",
                    "source": "dane", "accept": ["dane"], "numbers": ["n-30"]}],
        numbers=[{"id": "n-30", "value": 30, "unit": "percent", "qualifier": "less than"}],
    )
    text = ('Union leader Mira Dane spoke on Monday. She says the payment, which she called "crumbs", covers less '
            'than 30 percent of losses.')
    assert verdicts(case, text) == {"short": "attributed"}


def test_officials_in_a_place_that_names_a_side_speak_for_it() -> None:
    """ "Officials in Drevna put it at 18.4 million tonnes": the capital is an alias of the government's generic
    source, and its officials there are that source."""
    case = case_of("grain",
        sources=[{"id": "gov", "name": "Karsenian government", "side": "gov", "kind": "generic",
                     "aliases": ["Karsenia", "Drevna"]}],
        claims=[{"id": "harvest", "statement": "The harvest was 18.4 million tonnes", "source": "gov",
                    "accept": ["gov"], "numbers": ["n-h"]}],
        numbers=[{"id": "n-h", "value": 18.4, "unit": "million tonnes"}],
    )
    assert verdicts(case, "Officials in Drevna put it at 18.4 million tonnes.") == {"harvest": "attributed"}


def test_a_word_only_one_claim_uses_in_its_own_sources_report_states_it() -> None:
    """One distinctive word of a claim, inside a report by a source the claim accepts, states the claim; the same
    word in another source's report does not, nor does a short stem."""
    case = case_of("heli",
        sources=[{"id": "hlf", "name": "Highland Liberation Front", "side": "rebels", "aliases": ["the HLF"]},
                    {"id": "gov", "name": "Defence Ministry", "side": "gov", "kind": "body"}],
        claims=[{"id": "downed", "statement": "Fighters downed the helicopter with a shoulder-launched missile",
                    "source": "hlf", "accept": ["hlf"]},
                   {"id": "fault", "statement": "A gearbox fault in dense fog caused the crash", "source": "gov",
                    "accept": ["gov"]}],
    )
    assert verdicts(case, "The HLF says it used a shoulder-launched weapon.") == {"downed": "attributed"}
    assert verdicts(case, "The Defence Ministry says no shoulder-launched weapon was found.") == {}
    assert verdicts(case, "The Defence Ministry says it saw fog.") == {}  # a three-letter word says too little


def test_a_four_letter_stem_only_one_claim_uses_states_it_in_its_own_sources_report() -> None:
    """ "rammed" (the stem "ramm") in the coast guard's report states its claim that a boat rammed the cutter."""
    case = case_of("shoal",
        sources=[{"id": "cg", "name": "the coast guard", "side": "norvalia", "kind": "body"},
                    {"id": "fm", "name": "the foreign ministry", "side": "teremia", "kind": "body"}],
        claims=[{"id": "rammed", "statement": "A fishing boat deliberately rammed the cutter Skarn",
                    "source": "cg", "accept": ["cg"]},
                   {"id": "struck", "statement": "The cutter Skarn struck the fishing boat", "source": "fm",
                    "accept": ["fm"]}],
    )
    assert verdicts(case, "The coast guard says one of them rammed its cutter.") == {"rammed": "attributed"}
    assert verdicts(case, "The foreign ministry says nobody rammed anything.") == {}  # not its own source


REGULATOR_ORDER = Case.model_validate({
    "id": "regulator-order", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "nepa", "name": "National Environmental Protection Agency", "side": "reg", "kind": "body",
                 "aliases": ["NEPA", "the regulator"]},
                {"id": "kalve", "name": "Irena Kalve", "side": "city", "kind": "person", "aliases": ["Kalve"]},
                {"id": "res", "name": "Eastbank Residents' Association", "side": "res", "kind": "body",
                 "aliases": ["the residents"]}],
    "claims": [{"id": "tests", "statement": "The regulator ordered the utility to test 1,000 homes", "source": "nepa",
                "accept": ["nepa"], "numbers": ["n-homes"]},
               {"id": "safe", "statement": "The tap water is safe to drink", "source": "kalve", "accept": ["kalve"]},
               {"id": "poison", "statement": "The city is poisoning residents with toxic water", "source": "res",
                "accept": ["res"]}],
    "numbers": [{"id": "n-homes", "value": 1000, "unit": "homes"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # an order is an act, not a report: "the regulator ordered tests" states the order in the narrator's voice
    ("The regulator has ordered tests in 1,000 homes.", {"tests": "unattributed"}),
    ("NEPA said it had ordered tests in 1,000 homes.", {"tests": "attributed"}),
    # a finite verb after the noun of ", said X" makes it the subject of what was said, not an inverted speaker
    ("Kalve toured Eastbank, said the residents should not worry, and said the tap water is safe to drink.",
     {"safe": "attributed"}),
])
def test_an_order_is_an_act_and_said_before_a_clause_subject_is_no_inversion(text: str, expected: dict[str, str]) \
        -> None:
    assert verdicts(REGULATOR_ORDER, text) == expected


def test_a_word_of_the_title_or_lede_is_the_story_not_one_claim() -> None:
    """ "headquarters", which the article uses once, would name its claim alone; but the title and the first sentence
    use it: it is what every summary of the raid says, not the claim that officers sealed off its street."""
    case = Case.model_validate({
        "id": "raid", "title": "Police search opposition headquarters before election", "topic": "x",
        "article": "Police searched the party's headquarters for 14 hours. The party said officers sealed the street. "
                   "Officers detained eleven people. The party called it intimidation.",
        "sources": [{"id": "party", "name": "Renewal Party", "side": "opp", "aliases": ["Renewal"]}],
        "claims": [{"id": "sealed", "statement": "Nearly 200 officers sealed off the street around the headquarters",
                    "source": "party", "accept": ["party"]},
                   {"id": "detained", "statement": "Officers detained eleven people", "source": "party",
                    "accept": ["party"]}],
    })
    assert verdicts(case, "Officers searched the party's headquarters for 14 hours.") == {}
    assert verdicts(case, "Renewal says officers sealed off the street around its headquarters.") == \
        {"sealed": "attributed"}


def test_a_possessive_source_name_is_no_word_of_the_claim() -> None:
    """ "Renewal's headquarters": the possessive names the source, like "Renewal"; it is no statement word that,
    with one other, states the claim in a sentence that only names the party."""
    case = case_of("raid2",
        sources=[{"id": "party", "name": "Renewal Party", "side": "opp", "aliases": ["Renewal"]},
                    {"id": "police", "name": "police", "side": "gov", "kind": "body"}],
        claims=[{"id": "sealed", "statement": "Officers sealed off Renewal's offices", "source": "party",
                    "accept": ["party"]},
                   {"id": "lawful", "statement": "The search was lawful", "source": "police", "accept": ["police"]}],
    )
    assert verdicts(case, "Renewal's leader sealed a deal with the Greens.") == {}


def test_a_pronoun_that_goes_on_after_a_gerund_report_is_no_inverted_speaker() -> None:
    """ "X attacked Y, saying she hid ...": "she" starts what X says; "saying she" is no inverted "said Y" frame that
    would hand the next ", and said" to Y."""
    text = ("The residents attacked Kalve, saying she hid a memo, and said the city is poisoning residents with "
            "toxic water.")
    assert verdicts(REGULATOR_ORDER, text) == {"poison": "attributed"}


def test_a_claim_found_by_its_words_stands_in_the_clause_holding_most_of_them() -> None:
    """ "The government says it was a lawful, court-ordered search; Renewal says it was political intimidation": the
    claim's words are in the government's clause but one ("political"), which is in Renewal's: the claim is the
    government's."""
    case = case_of("raid3",
        sources=[{"id": "gov", "name": "Interior Ministry", "side": "gov", "kind": "body",
                     "aliases": ["the government"]},
                    {"id": "party", "name": "Renewal Party", "side": "opp", "aliases": ["Renewal"]}],
        claims=[{"id": "lawful", "statement": "The raid was a lawful, court-ordered search in a financial-crimes "
                    "investigation and had nothing to do with politics", "source": "gov", "accept": ["gov"]},
                   {"id": "intimidation", "statement": "The raid was intimidation", "source": "party",
                    "accept": ["party"]}],
    )
    text = "The government says it was a lawful, court-ordered search; Renewal says it was political."
    assert verdicts(case, text)["lawful"] == "attributed"


def test_the_ledes_setting_names_are_no_claim_words() -> None:
    """The ferry's name, given by the first sentence and not by the title, is the story's setting: every summary
    names it, so it tells no claim ("The Sena Mara capsized" does not state that the Sena Mara was within capacity);
    a name the title uses ("Korvenian intelligence") may still be what a claim is about."""
    case = Case.model_validate({
        "id": "ferry", "title": "Overcrowded ferry capsizes; operator and survivors dispute numbers", "topic": "x",
        "article": "The ferry Sena Mara capsized on Lake Venna on Saturday. The operator said it was within capacity. "
                   "Survivors said 250 people were aboard. The ministry blamed the captain.",
        "sources": [{"id": "op", "name": "Vennaline Ferries", "side": "op", "aliases": ["the operator"]},
                    {"id": "surv", "name": "survivors", "side": "surv", "kind": "generic"}],
        "claims": [{"id": "capacity", "statement": "The Sena Mara was within its licensed capacity", "source": "op",
                    "accept": ["op"]},
                   {"id": "aboard", "statement": "More than 250 people were aboard", "source": "surv",
                    "accept": ["surv"]}],
    })
    assert verdicts(case, "The Sena Mara capsized on Lake Venna on Saturday.") == {}
    assert verdicts(case, "The operator says the Sena Mara was within its licensed capacity.") == \
        {"capacity": "attributed"}


def test_a_sibilant_plural_is_matched_by_its_singular() -> None:
    """ "Ballot boxes were stuffed": "ballot-box stuffing" names both words ("boxes" is matched by "box", not by
    "boxe", which "ballot-box" lacks)."""
    case = case_of("recount",
        sources=[{"id": "ferenc", "name": "Dalia Ferenc", "side": "opp", "kind": "person", "aliases": ["Ferenc"]},
                    {"id": "board", "name": "election board", "side": "board", "kind": "body"}],
        claims=[{"id": "stuffing", "statement": "Ballot boxes were stuffed in two districts", "source": "ferenc",
                    "accept": ["ferenc"]},
                   {"id": "margin", "statement": "The recount of every ballot left the mayor ahead", "source": "board",
                    "accept": ["board"]}],
    )
    assert verdicts(case, "Ferenc alleges ballot-box stuffing.") == {"stuffing": "attributed"}


def test_a_loaded_word_in_another_sides_reported_speech_is_the_narrators() -> None:
    """ "Inspectors say samples from the Tal Hazir massacre point to sarin": the neutral inspectors' report, in the
    opposition's word for the attack: the narrator chose it. Inside its own side's report it is attributed."""
    case = case_of("chem",
        sources=[{"id": "insp", "name": "the inspectors", "side": "neutral", "kind": "body"},
                    {"id": "council", "name": "the town council", "side": "opposition", "kind": "body"}],
        claims=[{"id": "c", "statement": "s", "source": "insp", "accept": ["insp"]}],
        loaded_terms=[{"term": "massacre", "side": "opposition", "neutral": "attack"}],
    )
    text = "The inspectors say samples from the Tal Hazir massacre show sarin."
    voices = [f.voice for f in score_summary(case, text).loaded]
    assert voices == ["narrator"]
    own = score_summary(case, "The town council says the massacre killed 61.").loaded
    assert [f.voice for f in own] == ["attributed"]


def test_a_claims_own_loaded_word_credited_to_another_side_is_the_claims_misattribution() -> None:
    """ "The WHO said the response had become militarised": the word is the claim's; crediting it to the WHO is the
    claim's misattribution, not the narrator's word."""
    case = case_of("ebola",
        sources=[{"id": "who", "name": "WHO", "side": "who", "kind": "body"},
                    {"id": "msf", "name": "MSF", "side": "msf", "kind": "body"}],
        claims=[{"id": "mil", "statement": "The response's militarised approach alienated communities",
                    "source": "msf", "accept": ["msf"]}],
        loaded_terms=[{"term": "militarised", "side": "msf", "neutral": "security-led"}],
    )
    got = score_summary(case, "The WHO said the response had become militarised and alienated communities.")
    assert [f.voice for f in got.loaded] == ["attributed"]


def test_two_claims_that_order_events_share_an_event_not_only_names() -> None:
    """Two claims ordering events oppositely share the ships' names but no event word: "the Tessar rammed the Marlen
    after hosing it" is no mention of the claim that the Marlen struck the Tessar after accelerating."""
    case = case_of("reef",
        sources=[{"id": "ist", "name": "Istranan coast guard", "side": "ist", "kind": "body"},
                    {"id": "kar", "name": "Karavel foreign ministry", "side": "kar", "kind": "body"},
                    {"id": "navy", "name": "Dunmerian navy", "side": "neutral", "kind": "body"}],
        claims=[{"id": "rammed", "statement": "The Tessar rammed the Marlen", "source": "ist", "accept": ["ist"]},
                   {"id": "deliberate", "statement": "The Marlen deliberately struck the Tessar after accelerating to "
                    "18 knots", "source": "kar", "accept": ["kar"]},
                   {"id": "footage", "statement": "The footage shows the Tessar turning across the Marlen's bow "
                    "before the hulls met", "source": "navy", "accept": ["navy"]}],
    )
    text = "The Istranan coast guard said the Tessar rammed the Marlen after hosing it with water cannon."
    assert "deliberate" not in verdicts(case, text)


def test_blaming_a_side_mentions_the_claim_that_it_did_it() -> None:
    """ "The ministry has blamed neighbouring Orsenia for the explosion" states the ministry's claim that the blast was
    sabotage on behalf of Orsenia: the side a blame verb names is the one that claim says did it."""
    case = Case.model_validate({
        "id": "pipe", "title": "t", "topic": "x",
        "article": "An explosion hit the pipeline. The ministry said it was sabotage. Orsenia denied it.",
        "sources": [{"id": "min", "name": "Valdmark energy ministry", "side": "valdmark", "kind": "body",
                     "aliases": ["the ministry"]},
                    {"id": "ors", "name": "Orsenia's foreign ministry", "side": "orsenia", "kind": "body"}],
        "claims": [{"id": "sabotage", "statement": "The blast was deliberate sabotage carried out on behalf of Orsenia",
                    "source": "min", "accept": ["min"]},
                   {"id": "corrosion", "statement": "Corrosion caused the blast", "source": "ors",
                    "accept": ["ors"]}],
    })
    assert verdicts(case, "The ministry has blamed neighbouring Orsenia for Sunday's explosion.") == \
        {"sabotage": "attributed"}
    assert verdicts(case, "The two sides blame each other for the explosion.") == {}


def test_a_seven_letter_word_only_one_claim_uses_in_its_own_sources_report() -> None:
    """ "The governor called the operation a success": "success" (its matching prefix "succe", five letters) is the
    claim's own word, in its own source's report."""
    case = Case.model_validate({
        "id": "raid4", "title": "t", "topic": "x",
        "article": "Police raided the district. The governor said the raid took weapons off the streets.",
        "sources": [{"id": "gov", "name": "Governor Tavane", "side": "state", "kind": "person",
                     "aliases": ["the governor"]},
                    {"id": "res", "name": "residents' association", "side": "res", "kind": "body"}],
        "claims": [{"id": "success", "statement": "The raid was a success that took weapons of war off the streets",
                    "source": "gov", "accept": ["gov"]},
                   {"id": "toll", "statement": "The raid killed 23 people", "source": "res", "accept": ["res"]}],
    })
    assert verdicts(case, "The governor called the operation a success.") == {"success": "attributed"}


def test_a_candidates_campaign_speaks_for_the_candidate() -> None:
    """ "Her campaign says result sheets show her winning": the campaign speaks for the candidate the pronoun names."""
    case = case_of("unrest",
        sources=[{"id": "varga", "name": "Lidia Varga", "side": "opp", "kind": "person", "aliases": ["Varga"]},
                    {"id": "ec", "name": "electoral commission", "side": "ec", "kind": "body"}],
        claims=[{"id": "win", "statement": "Result sheets from polling stations show Varga winning with 53.8%",
                    "source": "varga", "accept": ["varga"], "numbers": ["n-share"]}],
        numbers=[{"id": "n-share", "value": 53.8, "unit": "percent"}],
    )
    text = "Varga rejects the count. Her campaign says result sheets show her winning with 53.8%."
    assert verdicts(case, text) == {"win": "attributed"}


def test_a_country_possessive_that_the_sources_own_name_carries_is_no_other_side() -> None:
    """ "Kestrania's pharmacists' association" is the "Kestrani Pharmacists' Association", not the Kestranian
    government's side speaking."""
    case = case_of("meds",
        sources=[{"id": "gov", "name": "Kestranian government", "side": "gov", "kind": "generic",
                     "aliases": ["Kestrania"]},
                    {"id": "pharm", "name": "Kestrani Pharmacists' Association", "side": "pharm", "kind": "body",
                     "aliases": ["pharmacists' association"]}],
        claims=[{"id": "stockout", "statement": "38 percent of essential medicines are out of stock",
                    "source": "pharm", "accept": ["pharm"], "numbers": ["n-out"]}],
        numbers=[{"id": "n-out", "value": 38, "unit": "percent"}],
    )
    text = "Kestrania's pharmacists' association says 38 percent of essential medicines are out of stock."
    assert verdicts(case, text) == {"stockout": "attributed"}


@pytest.mark.parametrize("text, expected", [
    # a national body of the country (its side names no country): the country's own office, which the claim accepts
    ("Almara's National Audit Office says no tender notice was published.", "attributed"),
    # a body of a side that a country names, qualified by the rival country: that country's namesake speaks
    ("Velmar's defence ministry says no tender notice was published.", "misattributed"),
])
def test_a_country_possessive_names_another_side_only_for_a_countrys_body(text: str, expected: str) -> None:
    """ "Almara's National Audit Office" is the case's audit office (round 68's desalination case: it was read as
    the Almaran government speaking); "Velmar's defence ministry", where the case's defence ministry is Almara's,
    is still Velmar's."""
    case = case_of("audit",
        sources=[{"id": "gov", "name": "Almaran government", "side": "almara", "kind": "generic",
                     "aliases": ["Almara"]},
                    {"id": "rival", "name": "Velmari government", "side": "velmar", "kind": "generic",
                     "aliases": ["Velmar"]},
                    {"id": "mod", "name": "defence ministry", "side": "almara", "kind": "body"},
                    {"id": "audit", "name": "National Audit Office", "side": "audit", "kind": "body",
                     "aliases": ["audit office"]}],
        claims=[{"id": "no_tender", "statement": "No tender notice was published for the contract",
                    "source": "audit", "accept": ["audit", "mod"]}],
    )
    assert verdicts(case, text) == {"no_tender": expected}


@pytest.mark.parametrize("accept, expected", [(["courier"], "attributed"), (["ministry"], "attributed"),
                                              (["union"], "misattributed")])
def test_a_speaker_citing_another_speaks_for_what_it_reports(accept: list[str], expected: str) -> None:
    """ "The Courier, citing ministry documents, reported that ...": the Courier reports it from the ministry's
    documents; either may be the claim's source (round 68's desalination case: the cited source alone was taken)."""
    case = case_of("cite",
        sources=[{"id": "courier", "name": "Veyra Courier", "side": "press", "kind": "media",
                     "aliases": ["the Courier"]},
                    {"id": "ministry", "name": "water ministry", "side": "gov", "kind": "body",
                     "aliases": ["ministry"]},
                    {"id": "union", "name": "water workers' union", "side": "union", "kind": "body"}],
        claims=[{"id": "stake", "statement": "The minister's brother owns 12 percent of the local partner",
                    "source": accept[0], "accept": accept, "numbers": ["n-stake"]}],
        numbers=[{"id": "n-stake", "value": 12, "unit": "percent"}],
    )
    text = "The Courier, citing ministry documents, reported that the minister's brother owns 12 percent of it."
    assert verdicts(case, text) == {"stake": expected}


@pytest.mark.parametrize("text", [
    "A leaked internal audit puts the disputed spending at 46,500 lorns.",
    "The rector says she misused 52,300 lorns, but the leaked internal audit puts the disputed spending at 46,500 "
    "lorns.",
])
def test_a_participle_after_a_determiner_is_an_adjective_of_the_source(text: str) -> None:
    """ "the leaked internal audit puts ...": "leaked" after "the" describes the audit, which speaks; it is no verb
    whose object the audit is, nor a noun that the audit's report modifies ("the video Israel cited"). Round 70's
    researcher case: the audit's figure fell to the rector's frame."""
    case = case_of("audit2",
        sources=[{"id": "rector", "name": "Anton Brezic", "side": "uni", "kind": "person",
                     "aliases": ["the rector"]},
                    {"id": "audit", "name": "internal audit", "side": "audit", "kind": "body"}],
        claims=[{"id": "audit_sum", "statement": "The disputed spending was 46,500 lorns", "source": "audit",
                    "accept": ["audit"], "numbers": ["n-audit"]}],
        numbers=[{"id": "n-audit", "value": 46500, "unit": "lorns"},
                    {"id": "n-mis", "value": 52300, "unit": "lorns"}],
    )
    assert verdicts(case, text) == {"audit_sum": "attributed"}


def _call_case() -> Case:
    return case_of("call",
        sources=[{"id": "rector", "name": "Anton Brezic", "side": "uni", "kind": "person",
                     "aliases": ["the rector"]},
                    {"id": "member", "name": "a board member", "side": "board", "kind": "person"},
                    {"id": "agency", "name": "health agency", "side": "agency", "kind": "body",
                     "aliases": ["the agency"]}],
        claims=[{"id": "phone_call", "statement": "The rector received a call from the ministry two days later",
                    "source": "member", "accept": ["member"], "numbers": ["n-days"]},
                   {"id": "cases", "statement": "More than 6,000 people were infected", "source": "agency",
                    "accept": ["agency"], "numbers": ["n-cases"]}],
        numbers=[{"id": "n-days", "value": 2, "unit": "days"},
                    {"id": "n-cases", "value": 6000, "unit": "cases", "qualifier": "more than"}],
    )


@pytest.mark.parametrize("text, expected", [
    # "received a telephone call": a finite verb with its object, no reduced relative before a report verb "call"
    ("According to a board member, the rector received a telephone call from the Ministry of Industry two days after "
     "the study was published.",
     {"phone_call": "attributed"}),
    # a source that gives out a report, and what the report says after the colon
    ("The agency released a higher estimate: more than 6,000 cases.", {"cases": "attributed"}),
    ("The agency has offered a new estimate of more than 6,000 cases.", {"cases": "attributed"}),
])
def test_a_verb_with_an_object_is_finite_and_a_report_given_out_is_a_frame(text: str,
                                                                          expected: dict[str, str]) -> None:
    """ "the rector received a telephone call" (round 70's researcher case) is the rector acting, not "the rector
    (received ...) call(s)"; "the agency released a higher estimate: ..." is the agency's report."""
    assert verdicts(_call_case(), text) == expected


def test_a_denial_verb_in_a_relative_clause_whose_object_opens_it_frames_nothing() -> None:
    """ "870 of 1,500 voters whose signatures the commission rejected confirmed they had signed": the commission
    rejected the signatures; what the voters confirmed is still the observers' report (round 71's candidate case)."""
    case = case_of("sig",
        sources=[{"id": "obs", "name": "election observers", "side": "obs", "kind": "body",
                     "aliases": ["observers"]},
                    {"id": "ec", "name": "electoral commission", "side": "gov", "kind": "body"}],
        claims=[{"id": "confirmed", "statement": "870 of 1,500 voters checked confirmed they had signed",
                    "source": "obs", "accept": ["obs"], "numbers": ["n-share"]}],
        numbers=[{"id": "n-share", "value": 58, "unit": "percent"}],
    )
    text = "Observers said most voters whose signatures the electoral commission rejected confirmed they had signed, " \
        "about 58%."
    assert verdicts(case, text) == {"confirmed": "attributed"}


def test_a_statement_that_names_the_main_cause_is_a_causal_claim() -> None:
    """ "Sanctions are the main cause of the medicine shortages": a cause claim, so "the ministry blames sanctions"
    states it."""
    case = case_of("meds2",
        sources=[{"id": "min", "name": "health ministry", "side": "gov", "kind": "body"},
                    {"id": "bloc", "name": "Northern Compact", "side": "bloc", "kind": "body"}],
        claims=[{"id": "sanctions", "statement": "Sanctions imposed by the Northern Compact are the main cause of "
                    "the medicine shortages", "source": "min", "accept": ["min"]},
                   {"id": "graft", "statement": "Mismanagement and corruption, not sanctions, explain the shortages",
                    "source": "bloc", "accept": ["bloc"]}],
    )
    assert verdicts(case, "The health ministry blames sanctions for the empty shelves.") == {"sanctions": "attributed"}


def test_a_scene_setting_figure_alone_is_no_statement_of_its_claim() -> None:
    # the union's warning claim carries a date and a span of time; "Seven months later, inmates walked out" states
    # neither its words nor its source: with the claim told with its source elsewhere, that figure is the setting
    case = Case.model_validate({
        "id": "warning", "title": "t", "topic": "prison", "article": "a",
        "sources": [{"id": "union", "name": "Prison Officers' Union", "side": "staff", "aliases": ["the union"]}],
        "claims": [{"id": "warned", "statement": "The union warned the ministry in writing that the prison was "
                    "understaffed, seven months before the escape", "source": "union", "accept": ["union"],
                    "numbers": ["n-months", "n-escaped"]}],
        "numbers": [{"id": "n-months", "value": 7, "unit": "months"}, {"id": "n-escaped", "value": 412,
                                                                       "unit": "inmates"}],
    })
    told = "The union says it warned the ministry seven months before the escape."
    verdicts = {c.claim_id: c.verdict for c in score_summary(case, told + " Seven months on, nobody has resigned.")
                .claims}
    assert verdicts == {"warned": "attributed"}
    # a counted figure alone is still the claim stated bare; so is the scene figure when the claim has no source
    counted = score_summary(case, told + " In all, 412 inmates walked out.").claims
    assert [c.verdict for c in counted] == ["unattributed"]
    alone = score_summary(case, "Seven months on, nobody has resigned.").claims
    assert [c.verdict for c in alone] == ["unattributed"]


@pytest.mark.parametrize("verb", ["disowned", "disavows", "repudiated"])
def test_disowning_is_a_denial(verb: str) -> None:
    # "The alliance disowned the violence": its own denial, a frame like "denied"
    from scorers.attribution import analyse
    case = case_of("disown",
        sources=[{"id": "alliance", "name": "Smallholders Alliance", "side": "farmers",
                     "aliases": ["the alliance"]}],
        claims=[{"id": "c", "statement": "s", "source": "alliance", "accept": ["alliance"]}],
    )
    frames = analyse(case, f"The alliance {verb} the violence.").frames[0]
    assert [(f.source_id, f.rule_id) for f in frames] == [("alliance", "frame.denial")]


def test_it_in_a_sentence_a_body_opens_is_that_body() -> None:
    # "The monitor is less upbeat than the government: it forecasts ..." - the government is named last, but
    # the body that opens the sentence is its subject
    case = case_of("forecast",
        sources=[{"id": "fund", "name": "Monetary Stability Fund", "side": "fund", "aliases": ["the fund"]},
                    {"id": "gov", "name": "Tarvonian government", "side": "gov", "aliases": ["the government"]}],
        claims=[{"id": "growth", "statement": "Growth will slow to 1.8% this year", "source": "fund",
                    "accept": ["fund"], "numbers": ["n-growth"]}],
        numbers=[{"id": "n-growth", "value": 1.8, "unit": "percent"}],
    )
    assert verdicts(case, "The fund is less upbeat than the government: it forecasts 1.8% growth.") == \
        {"growth": "attributed"}


def test_a_relative_report_ends_where_the_main_clause_resumes() -> None:
    # "Police, who say they were asked in, cleared the site and arrested 212": the arrests are the narrator's
    case = case_of("campus",
        sources=[{"id": "police", "name": "Korvel police", "side": "gov", "aliases": ["police"]}],
        claims=[{"id": "arrests", "statement": "Police arrested 212 people", "source": "police",
                    "accept": ["police"], "numbers": ["n-212"]}],
        numbers=[{"id": "n-212", "value": 212, "unit": "people"}],
    )
    assert verdicts(case, "Police, who say they were asked in, cleared the site and arrested 212 people.") == \
        {"arrests": "unattributed"}
    assert verdicts(case, "Police, who say they arrested 212 people, cleared the site.") == {"arrests": "attributed"}


def test_the_speakers_own_act_after_its_report_is_no_part_of_it() -> None:
    # "The directorate says A, and has charged 14 people": the charging is the directorate's act, told by the
    # narrator (the rules; the parser stage may still read the act into the report when its parse hangs it there)
    from scorers.attribution import analyse
    case = case_of("fraud",
        sources=[{"id": "pros", "name": "Anti-corruption directorate", "side": "pros",
                     "aliases": ["the directorate"]}],
        claims=[{"id": "c", "statement": "s", "source": "pros", "accept": ["pros"]}],
    )
    text = "The directorate says 42 billion dinars was embezzled, and has charged 14 people."
    frame = analyse(case, text).frames[0][0]
    assert text[frame.scope[0]:frame.scope[1]] == " 42 billion dinars was embezzled"
    said = "The directorate says 42 billion dinars was embezzled, and has warned of more losses."
    frames = analyse(case, said).frames[0]  # a report verb goes on reporting for the same speaker
    assert any(f.source_id == "pros" and f.covers(said.index("more losses")) for f in frames)


def test_a_word_another_statement_holds_in_a_longer_form_is_not_distinctive() -> None:
    """ "vaccinated" in one statement and "vaccination" in another: the shared stem tells neither claim apart."""
    case = case_of("jab",
        sources=[{"id": "par", "name": "Parents Association", "side": "parents"},
                    {"id": "co", "name": "Halvering", "side": "maker"}],
        claims=[
            {"id": "caused", "statement": "The Pediflex batches caused seizures in vaccinated children",
             "source": "par", "accept": ["par"]},
            {"id": "uptake", "statement": "Uptake of vaccination has fallen since March", "source": "co",
             "accept": ["co"]},
        ],
    )
    terms = {t.pattern.split(")")[-1].rstrip("\\w*"): d for t, d in attribution.index(case).statement_terms["caused"]}
    assert terms["vaccinat"] is False and terms["seizur"] is True
    assert verdicts(case, "The Parents Association says the batches caused seizures.")["caused"] == "attributed"


@pytest.mark.parametrize("text", [
    "The prosecution's indictment lists at least 38 fixed matches.",
    "The prosecution's answer is 38 fixed matches.",
    "By the prosecution's reckoning, at least 38 matches were fixed.",
])
def test_a_partys_filed_document_or_answer_reports_its_claim(text: str) -> None:
    case = case_of("fix",
        sources=[{"id": "pros", "name": "prosecution", "side": "state", "aliases": ["prosecutors"]}],
        claims=[{"id": "fixed", "statement": "At least 38 matches were fixed", "source": "pros",
                    "accept": ["pros"], "numbers": ["n-38"]}],
        numbers=[{"id": "n-38", "value": 38, "unit": "matches", "qualifier": "at least"}],
    )
    assert verdicts(case, text) == {"fixed": "attributed"}


def test_by_a_partys_count_opening_a_later_clause_covers_that_clause() -> None:
    case = case_of("oil",
        sources=[{"id": "cal", "name": "Calder", "side": "analysts"}],
        claims=[{"id": "loss", "statement": "The shutdown has cost more than $450 million", "source": "cal",
                    "accept": ["cal"], "numbers": ["n-450"]}],
        numbers=[{"id": "n-450", "value": 450, "unit": "million dollars", "qualifier": "more than"},
                    {"id": "n-17", "value": 17, "unit": "days"}],
    )
    assert verdicts(case, "The shutdown has lasted 17 days, and by Calder's count the bill already exceeds "
                          "$450 million.") == {"loss": "attributed"}


def test_a_states_ministry_named_by_its_pronoun_speaks_for_the_state() -> None:
    case = case_of("coup2",
        sources=[{"id": "orv", "name": "Orvenia", "side": "orvenia"},
                    {"id": "gov", "name": "Kestovian army", "side": "gov"}],
        claims=[{"id": "paid", "statement": "Orvenian intelligence paid the plotters $3.2 million",
                    "source": "gov", "accept": ["gov"], "numbers": ["n-pay"]}],
        numbers=[{"id": "n-pay", "value": 3.2, "unit": "million dollars"}],
    )
    assert verdicts(case, "Orvenia is a neighbour. Its foreign ministry said Orvenian intelligence paid the plotters "
                          "$3.2 million.") == {"paid": "misattributed"}


def test_giving_someone_a_deadline_is_an_act_not_a_report() -> None:
    case = case_of("press",
        sources=[{"id": "gov", "name": "Kestria", "side": "gov"}],
        claims=[{"id": "false", "statement": "The correspondents published 146 false articles", "source": "gov",
                    "accept": ["gov"], "numbers": ["n-146"]},
                   {"id": "expel", "statement": "Nine correspondents were expelled and given 72 hours to leave",
                    "source": "gov", "accept": ["gov"], "numbers": ["n-72"]}],
        numbers=[{"id": "n-146", "value": 146, "unit": "articles"}, {"id": "n-72", "value": 72, "unit": "hours"}],
    )
    assert verdicts(case, "Kestria gave nine correspondents 72 hours to leave.") == {"expel": "unattributed"}
    assert verdicts(case, "Kestria gave a count of 146 false articles.") == {"false": "attributed"}


_BUDGET_CASE = {
    "id": "dengue", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "min", "name": "health ministry", "side": "gov"},
                {"id": "gov", "name": "Governor Isabel Quintero", "aliases": ["Quintero"], "side": "opposition"}],
    "claims": [{"id": "cut", "statement": "The national mosquito-control budget was cut by 34 percent", "source": "gov",
                "accept": ["gov"], "numbers": ["n-34"]},
               {"id": "no_cut", "statement": "Mosquito control was not cut; the money was moved into an emergency fund",
                "source": "min", "accept": ["min"]}],
    "numbers": [{"id": "n-34", "value": 34, "unit": "percent"}],
}


def test_a_rivals_claim_told_in_the_words_of_the_speakers_own_claim_is_not_misattributed() -> None:
    case = Case.model_validate(_BUDGET_CASE)
    # the governor's own claim, in words the ministry's claim shares: not the ministry's claim credited to her
    assert verdicts(case, "Governor Isabel Quintero says the national mosquito control budget was slashed by "
                          "a third.") == {"cut": "attributed"}
    # the ministry's claim in words of its own, beside hers: still hers to be credited with wrongly
    assert verdicts(case, "Quintero says the mosquito control budget was slashed by 34 percent and that the "
                          "money was moved into an emergency fund.") == {"cut": "attributed", "no_cut": "misattributed"}


def test_a_hyphenated_compound_is_the_same_words_written_apart() -> None:
    idx = attribution.index(Case.model_validate(_BUDGET_CASE))
    cut = idx.statement_terms["cut"]
    # the compound of one statement matches the words written apart, and shares its parts with the other statement
    assert any(t.search("the mosquito control budget") and not d for t, d in cut)
    assert [d for t, d in idx.statement_terms["no_cut"] if t.search("mosquito")] == [False]
    # a short part ("air" of "air-dropped") is no word of its own: "air strike" keeps its distinctive "air"
    case = case_of("h",
        sources=[{"id": "reb", "name": "rebels", "side": "rebels"}, {"id": "cwi", "name": "CWI", "side": "ngo"}],
        claims=[{"id": "strike", "statement": "The blast was an air strike", "source": "reb", "accept": ["reb"]},
                   {"id": "bomb", "statement": "Fragments of an air-dropped bomb were found", "source": "cwi",
                    "accept": ["cwi"]}],
    )
    assert [d for t, d in attribution.index(case).statement_terms["strike"] if t.search("air")] == [True]


@pytest.mark.parametrize("who", ["the rebel-run Sadran Health Directorate", "the Kremlin-backed health directorate",
                                 "a state-owned Sadran Health Directorate"])
def test_a_hyphenated_affiliation_before_the_source_of_according_to_is_a_description(who: str) -> None:
    case = case_of("hosp",
        sources=[{"id": "hd", "name": "Sadran Health Directorate", "side": "rebels",
                     "aliases": ["health directorate"]}],
        claims=[{"id": "toll", "statement": "At least 34 people were killed in the blast", "source": "hd",
                    "accept": ["hd"], "numbers": ["n-34"]}],
        numbers=[{"id": "n-34", "value": 34, "unit": "people", "qualifier": "at least"}],
    )
    # the rules' own frame (not the parser stage's second reading): the preposition reaches the source
    frames = attribution.analyse(case, f"At least 34 people were killed in the blast, according to {who}.").frames[0]
    assert [(f.source_id, f.rule_id) for f in frames] == [("hd", "frame.according-to")]


def test_a_name_the_articles_opening_sentences_give_the_story_names_no_claim() -> None:
    case = Case.model_validate({
        "id": "tanker", "title": "Navy seizes tanker", "topic": "x",
        "article": "PORT ALMERE - The navy said on Thursday it had seized an oil tanker. The Marisol Dawn was "
                   "intercepted before dawn by two patrol vessels. Its owner said the cargo was legal. The navy "
                   "said it was part of a fleet moving sanctioned crude.",
        "sources": [{"id": "navy", "name": "navy", "side": "calvoria"},
                    {"id": "owner", "name": "Halvard Shipping", "side": "owner"}],
        "claims": [{"id": "fleet", "statement": "The Marisol Dawn belongs to a fleet of ageing tankers moving "
                                                "sanctioned crude", "source": "navy", "accept": ["navy"]},
                   {"id": "legal", "statement": "The cargo was entirely legal", "source": "owner",
                    "accept": ["owner"]}],
    })
    # the ship the second sentence names is what every summary is about, not the navy's claim about it
    assert verdicts(case, "The navy boarded the tanker Marisol Dawn on Tuesday.") == {}
    assert verdicts(case, "The navy says the Marisol Dawn belongs to a fleet of ageing tankers.") == \
        {"fleet": "attributed"}


@pytest.mark.parametrize("text", ["Governor Marek's figures are starkly different: 9,400 homes were lost.",
                                  "Figures from Governor Marek are grim: 9,400 homes were lost."])
def test_a_report_said_to_be_something_before_a_colon_frames_what_follows(text: str) -> None:
    case = case_of("flood",
        sources=[{"id": "marek", "name": "Governor Ilona Marek", "aliases": ["Marek"], "side": "province"}],
        claims=[{"id": "homes", "statement": "9,400 homes were lost", "source": "marek", "accept": ["marek"],
                    "numbers": ["n-homes"]}],
        numbers=[{"id": "n-homes", "value": 9400, "unit": "homes"}],
    )
    frames = attribution.analyse(case, text).frames[0]
    assert [(f.source_id, f.rule_id) for f in frames] == [("marek", "frame.colon")]


@pytest.mark.parametrize("opening", ["According to the rescue service,", "By the rescue service's count,"])
def test_a_source_fronted_before_the_first_clause_speaks_its_contrasting_clause_too(opening: str) -> None:
    case = case_of("aval",
        sources=[{"id": "res", "name": "Velden Mountain Rescue", "aliases": ["the rescue service"],
                     "side": "rescuers"}],
        claims=[{"id": "missing", "statement": "Six people are missing", "source": "res", "accept": ["res"],
                    "numbers": ["n-6"]}],
        numbers=[{"id": "n-6", "value": 6, "unit": "people"}, {"id": "n-9", "value": 9, "unit": "deaths"}],
    )
    assert verdicts(case, f"{opening} nine people died, while six people are still missing.") == \
        {"missing": "attributed"}
    # a verb's report still ends at the contrast ("X reports A, while B": B is not X's)
    assert verdicts(case, "The rescue service reports nine dead, while six people are still missing.") == \
        {"missing": "unattributed"}


@pytest.mark.parametrize("who", ["Its teams say", "Its investigators say", "Its government says"])
def test_a_bodys_people_named_by_its_pronoun_speak_for_it(who: str) -> None:
    case = case_of("aval2",
        sources=[{"id": "res", "name": "Velden Mountain Rescue", "side": "rescuers", "kind": "body"}],
        claims=[{"id": "alive", "statement": "23 people were brought out alive", "source": "res",
                    "accept": ["res"], "numbers": ["n-23"]}],
        numbers=[{"id": "n-23", "value": 23, "unit": "people"}],
    )
    assert verdicts(case, f"Velden Mountain Rescue led the search. {who} its crews brought 23 people out "
                          "alive.") == {"alive": "attributed"}


@pytest.mark.parametrize("text", [
    "Civic Vote Watch's parallel tabulation, based on 1,500 stations, gave Solvan 48.9% and Dravik 46.7%.",
    "Civic Vote Watch's sample gives Solvan 48.9% and Dravik 46.7%.",
])
def test_who_is_given_a_figure_is_not_who_gives_it(text: str) -> None:
    case = case_of("vote",
        sources=[{"id": "cvw", "name": "Civic Vote Watch", "side": "observers", "kind": "body"},
                    {"id": "solvan", "name": "Maria Solvan", "aliases": ["Solvan"], "side": "opposition"},
                    {"id": "dravik", "name": "Anton Dravik", "aliases": ["Dravik"], "side": "gov"}],
        claims=[{"id": "pvt", "statement": "The parallel tabulation gives Solvan 48.9 percent and Dravik 46.7",
                    "source": "cvw", "accept": ["cvw"], "numbers": ["n-s", "n-d"]}],
        numbers=[{"id": "n-s", "value": 48.9, "unit": "percent"}, {"id": "n-d", "value": 46.7, "unit": "percent"}],
    )
    assert verdicts(case, text) == {"pvt": "attributed"}


@pytest.mark.parametrize("text", ["Dravik was officially declared the winner with 54.8% of the vote.",
                                  "Dravik was declared the winner with 54.8% of the vote."])
def test_a_result_declared_without_its_declarer_is_hedged_not_the_subjects(text: str) -> None:
    case = case_of("vote2",
        sources=[{"id": "cec", "name": "Central Election Commission", "side": "gov", "kind": "body"},
                    {"id": "dravik", "name": "Anton Dravik", "aliases": ["Dravik"], "side": "gov"}],
        claims=[{"id": "won", "statement": "Dravik won 54.8 percent of the vote", "source": "cec",
                    "accept": ["cec", "side:gov"], "numbers": ["n-w"]}],
        numbers=[{"id": "n-w", "value": 54.8, "unit": "percent"}],
    )
    assert verdicts(case, text) == {"won": "hedged"}


@pytest.mark.parametrize("said", ["no one died", "nobody was killed", "there were no deaths",
                                  "no sailors were killed"])
def test_a_claim_that_nobody_died_is_mentioned_by_any_way_of_saying_so(said: str) -> None:
    case = case_of("ship",
        sources=[{"id": "mod", "name": "defence ministry", "side": "morvaland", "kind": "body"},
                    {"id": "navy", "name": "Tarsevian navy", "side": "tarsevia", "kind": "body"}],
        claims=[{"id": "none", "statement": "No one was killed in the attack and four sailors were lightly injured",
                    "source": "mod", "accept": ["mod"]},
                   {"id": "sixty", "statement": "At least 60 crew members were killed in the attack", "source": "navy",
                    "accept": ["navy"], "numbers": ["n-60"]}],
        numbers=[{"id": "n-60", "value": 60, "unit": "crew members", "qualifier": "at least"}],
    )
    assert verdicts(case, f"The defence ministry says the attack was repelled and {said}.") == {"none": "attributed"}


@pytest.mark.parametrize(("said", "found"), [
    ("the coast guard says no one was hurt", {"unhurt": "attributed"}),
    ("the coast guard insists nobody was injured", {"unhurt": "attributed"}),
    ("the coast guard denies anyone was hurt", {"unhurt": "attributed"}),
    ("the coast guard says there were no injuries", {"unhurt": "attributed"}),
    ("the coast guard says a fisherman was hurt", {}),  # someone hurt: not the claim
    ("the coast guard says nobody died", {}),  # a claim about injuries is not told by a death toll's words
])
def test_a_claim_that_nobody_was_hurt_is_mentioned_by_any_way_of_saying_so(said: str, found: dict[str, str]) -> None:
    case = case_of("shoal",
        sources=[{"id": "cg", "name": "the coast guard", "side": "norvalia", "kind": "body"}],
        claims=[{"id": "unhurt", "statement": "No one was hurt in the operation; the cannon were aimed at the decks",
                    "source": "cg", "accept": ["cg"]}],
    )
    assert verdicts(case, f"After the boarding, {said}.") == found


@pytest.mark.parametrize("denial", ["Koradia denies torture claims.", "Koradia's ministry denied any mistreatment.",
                                    "Velmara accused Koradia of torture; Koradia denied it."])
def test_a_claim_that_denies_its_predicate_is_stated_by_its_source_denying_the_charge(denial: str) -> None:
    case = case_of("pow",
        sources=[{"id": "kor", "name": "Koradia", "side": "koradia"},
                    {"id": "kmod", "name": "Koradian defence ministry", "aliases": ["Koradia's ministry"],
                     "side": "koradia", "kind": "body"},
                    {"id": "vel", "name": "Velmara", "side": "velmara"}],
        claims=[{"id": "deny", "statement": "No prisoner was mistreated; the torture allegations are a provocation",
                    "source": "kmod", "accept": ["kmod", "side:koradia"]}],
    )
    assert verdicts(case, denial) == {"deny": "attributed"}


def test_a_party_accused_of_something_is_the_accused_not_the_accuser() -> None:
    case = case_of("pow2",
        sources=[{"id": "vel", "name": "Velmara", "side": "velmara"},
                    {"id": "kor", "name": "Koradia", "side": "koradia"}],
        claims=[{"id": "torture", "statement": "Koradia systematically tortured prisoners", "source": "vel",
                    "accept": ["vel"]}],
    )
    # the bullet's lead-in speaks; "Koradia accused of" names who is accused
    assert verdicts(case, "- **Velmara:** 187 soldiers returned; Koradia accused of systematic torture.") == \
        {"torture": "attributed"}
    assert verdicts(case, "Velmara accused Koradia of systematic torture.") == {"torture": "attributed"}


def test_a_rivals_claim_in_the_words_of_a_claim_the_speaker_may_be_credited_with_is_not_misattributed() -> None:
    # the police speak ("police deny, saying ..."), a source the rubber-bullet claim accepts though it is not its own
    # source: the hospital's claim, whose words the sentence shares, is not credited to them
    case = load_case(ROUNDS / "round45" / "blind45-mine-protest.yaml")
    text = ("Villagers' leaders allege that officers used live ammunition and killed at least six people, which police "
            "deny, saying officers fired only rubber bullets after being pelted with stones and petrol bombs.")
    assert "gunshot" not in verdicts(case, text)


def test_a_bare_figure_several_counts_share_mentions_a_claim_only_beside_its_words() -> None:
    """A bare "two" when the case counts two missiles shot down and two boats destroyed says which by its words."""
    case = case_of("port",
        sources=[{"id": "gov", "name": "Governor Reyko", "side": "lenoria"},
                    {"id": "mod", "name": "the defence ministry", "side": "karvossia"}],
        claims=[
            {"id": "missiles", "statement": "Six missiles were fired and two were shot down over the bay",
             "source": "gov", "accept": ["gov"], "numbers": ["n-shot"]},
            {"id": "boats", "statement": "The strike destroyed two military boats moored nearby", "source": "mod",
             "accept": ["mod"], "numbers": ["n-boats"]},
        ],
        numbers=[{"id": "n-shot", "value": 2, "unit": "missiles"},
                    {"id": "n-boats", "value": 2, "unit": "military boats"},
                    {"id": "n-hours", "value": 3, "unit": "hours"}],
    )
    got = verdicts(case, "The defence ministry said it destroyed two that were moored nearby.")
    assert got == {"boats": "attributed"}  # not the governor's missiles, misattributed to the ministry
    got = verdicts(case, "The defence ministry said two were shot down over the bay.")
    assert got.get("missiles") == "misattributed"  # the missiles' own words beside it


def test_a_place_the_title_names_is_still_the_setting() -> None:
    """ "... fishermen at Halvard Shoal": a proper name the title gives with the lede is where the story happens, no
    word of the one claim whose statement names it; a side's name in the title ("Norvalian") is not the setting."""
    case = Case.model_validate({
        "id": "shoal", "title": "Norvalian coast guard detains Teremian fishermen at Halvard Shoal", "topic": "x",
        "article": "Norvalia's coast guard boarded nine Teremian boats near the disputed Halvard Shoal on Monday. "
                   "It said they fished illegally. Teremia called it piracy. The commission said stocks fell.",
        "sources": [{"id": "cg", "name": "Norvalian Coast Guard", "side": "norvalia", "aliases": ["the coast guard"]},
                    {"id": "nor", "name": "Norvalia", "side": "norvalia", "kind": "generic",
                     "aliases": ["Norvalian officials"]},
                    {"id": "com", "name": "the fisheries commission", "side": "neutral", "aliases": ["commission"]}],
        "claims": [{"id": "stocks", "statement": "Scad stocks around Halvard Shoal declined 41 percent",
                    "source": "com", "accept": ["com"]},
                   {"id": "illegal", "statement": "The boats were fishing illegally inside the zone", "source": "cg",
                    "accept": ["cg"]}],
    })
    assert verdicts(case, "Norvalian cutters boarded nine boats near Halvard Shoal and detained the crews.") == {}
    assert verdicts(case, "The commission says scad stocks around Halvard Shoal declined.") == \
        {"stocks": "attributed"}


def test_a_word_another_statement_holds_only_in_a_longer_form_is_its_own_claims() -> None:
    """ "authentic" beside another statement's "authenticity" tells the claims apart in its own form; a longer form
    that is the same word inflected ("subsidise" and "subsidised") still shares it."""
    case = case_of("clip",
        sources=[{"id": "party", "name": "the ruling party", "side": "gov", "kind": "body"},
                    {"id": "cec", "name": "the electoral commission", "side": "cec", "kind": "body"}],
        claims=[{"id": "authentic", "statement": "The audio clip is authentic", "source": "party",
                    "accept": ["party"]},
                   {"id": "no_ruling", "statement": "The commission has no power to rule on the audio clip's "
                                                    "authenticity", "source": "cec", "accept": ["cec"]}],
    )
    assert verdicts(case, "The ruling party insists the clip is authentic.") == {"authentic": "attributed"}
    assert "authentic" not in verdicts(case, "The commission says it cannot rule on the clip's authenticity.")
    steel = case_of("steel",
        sources=[{"id": "v", "name": "Varnia", "side": "v"}, {"id": "o", "name": "Oskeria", "side": "o"}],
        claims=[{"id": "dumps", "statement": "Oskeria dumps subsidised metal", "source": "v", "accept": ["v"]},
                   {"id": "denied", "statement": "Oskeria does not subsidise its steelmakers", "source": "o",
                    "accept": ["o"]}],
    )
    assert "denied" not in verdicts(steel, "Varnia says Oskeria sells subsidised metal.")  # the same verb, inflected


def test_a_word_inside_a_sources_name_is_no_word_of_a_claim() -> None:
    """ "through Orvan Trade Links": the company's name, not the "link" of Drovnia's claim that it has none."""
    case = case_of("chips",
        sources=[{"id": "customs", "name": "Valdorian customs", "side": "v", "kind": "body"},
                    {"id": "orvan", "name": "Orvan Trade Links", "side": "k", "kind": "body"},
                    {"id": "mfa", "name": "Drovnian foreign ministry", "side": "d", "kind": "body"}],
        claims=[{"id": "bound", "statement": "The shipment was bound for Drovnia's sanctioned military",
                    "source": "customs", "accept": ["customs"]},
                   {"id": "denial", "statement": "Drovnia's armed forces have no link to the seized cargo",
                    "source": "mfa", "accept": ["mfa"]}],
    )
    got = verdicts(case, "Valdorian customs say the cargo was bound for Drovnia's military through Orvan Trade Links.")
    assert "denial" not in got
    assert verdicts(case, "The Drovnian foreign ministry denies any link to the cargo.")["denial"] == "attributed"


NASRAT = Case.model_validate({
    "id": "tashkel", "title": "t", "topic": "x",
    "article": "An air strike killed 40 people in Tashkel. Villagers said those killed were wedding guests. The air "
               "force said it killed 22 insurgents and their commander. The HFF said its commander was alive.",
    "sources": [{"id": "af", "name": "the air force", "side": "military", "kind": "body"},
                {"id": "hff", "name": "Harun Freedom Front", "side": "hff", "kind": "body", "aliases": ["the HFF"]}],
    "claims": [{"id": "killed", "statement": "HFF commander Baqir Nasrat was killed in the strike, among 22 insurgents",
                "source": "af", "accept": ["af"]},
               {"id": "alive", "statement": "Baqir Nasrat is alive and was not in Tashkel that night", "source": "hff",
                "accept": ["hff"]}],
})


@pytest.mark.parametrize(("text", "expected"), [
    ("The air force says the strike killed HFF commander Baqir Nasrat.", {"killed": "attributed"}),
    ("The air force says commander Baqir Nasrat died.", {"killed": "attributed"}),
    ("The HFF says Nasrat is alive.", {"alive": "attributed"}),
    # a relative clause opened by "whom" holds its own report only
    ("The HFF says its commander Baqir Nasrat, whom the air force says it killed, is alive.",
     {"killed": "attributed", "alive": "attributed"}),
])
def test_a_named_persons_fate_is_told_by_the_name_and_the_fate(text: str, expected: dict[str, str]) -> None:
    """Two claims name one person and differ in what became of him: the name with the word of one fate near it
    mentions that claim, whatever the statement's other words."""
    assert verdicts(NASRAT, text) == expected


def test_an_agreed_fact_naming_a_side_does_not_take_the_blame_from_the_claim_that_blames_it() -> None:
    """ "Kestrania blames Morvany" states the claim that Morvany's saboteurs did it, though an uncontested claim
    also names Morvanians ("two of them Morvanian nationals")."""
    case = case_of("bridge",
        sources=[{"id": "kes", "name": "Kestrania", "side": "kestrania", "kind": "generic"},
                    {"id": "mor", "name": "Morvany", "side": "morvany", "kind": "generic",
                     "aliases": ["Morvanian officials"]},
                    {"id": "police", "name": "police", "side": "kestrania", "kind": "body"}],
        claims=[{"id": "sabotage", "statement": "Saboteurs working for Morvany blew up the span",
                    "source": "kes", "accept": ["kes"]},
                   {"id": "detained", "statement": "Police detained six suspects, two of them Morvanian nationals",
                    "source": "police", "accept": ["police"], "contested": False}],
    )
    assert verdicts(case, "Kestrania blames Morvany.") == {"sabotage": "attributed"}


@pytest.mark.parametrize("text", [
    "Kestrania blames saboteurs working for Morvany, which denies it.",
    "Kestrania blames Morvany, which denies any role.",
    "Kestrania's minister blames Morvany-paid saboteurs for the collapse, which Morvany denies.",
])
def test_a_denial_in_a_relative_clause_is_its_antecedents(text: str) -> None:
    """ "..., which denies it": the relative clause's antecedent denies; "..., which Morvany denies": the clause
    before is what it denies."""
    case = case_of("bridge",
        sources=[{"id": "kes", "name": "Kestrania", "side": "kestrania", "kind": "generic",
                     "aliases": ["Kestrania's minister"]},
                    {"id": "mor", "name": "Morvany", "side": "morvany", "kind": "generic"}],
        claims=[{"id": "sabotage", "statement": "Saboteurs working for Morvany blew up the span",
                    "source": "kes", "accept": ["kes"]},
                   {"id": "denial", "statement": "Morvany had nothing to do with the collapse", "source": "mor",
                    "accept": ["mor"]}],
    )
    assert verdicts(case, text).get("denial") == "attributed"


WALKOUT = Case.model_validate({
    "id": "talks", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "denski", "name": "Aurel Denski", "side": "gov", "kind": "person", "aliases": ["Denski"]},
                {"id": "gov", "name": "Varessa", "side": "gov", "aliases": ["the government", "government delegation"]},
                {"id": "ilmar", "name": "Sefa Ilmar", "side": "alm", "kind": "person", "aliases": ["Ilmar"]},
                {"id": "alm", "name": "ALM", "side": "alm", "kind": "body",
                 "aliases": ["the ALM", "the rebels", "ALM delegation"]}],
    "claims": [{"id": "alm_left", "statement": "The ALM delegation walked out of the talks first", "source": "denski",
                "accept": ["denski", "gov"]},
               {"id": "gov_left", "statement": "The government delegation walked out of the talks first",
                "source": "ilmar", "accept": ["ilmar", "alm"]}],
})


@pytest.mark.parametrize(("text", "expected"), [
    ("Denski says the ALM walked out first.", {"alm_left": "attributed"}),
    ("Ilmar says the government left first.", {"gov_left": "attributed"}),
    ("The government says the rebels walked out first.", {"alm_left": "attributed"}),
    ("Denski says Ilmar's delegation stayed.", {}),
])
def test_mirror_claims_of_who_did_it_first_are_told_apart_by_the_source_named(text: str,
                                                                                expected: dict[str, str]) -> None:
    """ "X walked out first" against "Y walked out first", X and Y named as sources rather than by a country's name:
    the name before "first" (not the speaker's) says which claim."""
    assert verdicts(WALKOUT, text) == expected


def test_a_stem_does_not_match_a_longer_word_of_the_sources_names() -> None:
    """ "built on municipal land": its stem "land" does not read "landfill", a word of "the landfill operator"."""
    case = case_of("dump",
        sources=[{"id": "mayor", "name": "Mayor Varoch", "side": "city", "kind": "person", "aliases": ["Varoch"]},
                    {"id": "orvell", "name": "Orvell", "side": "firm", "kind": "body",
                     "aliases": ["the landfill operator"]}],
        claims=[{"id": "illegal", "statement": "The settlement was illegal, built on municipal land",
                    "source": "mayor", "accept": ["mayor"]},
                   {"id": "rain", "statement": "Record rain caused the collapse", "source": "orvell",
                    "accept": ["orvell"]}],
    )
    assert verdicts(case, "The landfill collapsed onto the settlement.") == {}
    assert verdicts(case, "Varoch says the settlement was built on municipal land.") == {"illegal": "attributed"}


@pytest.mark.parametrize("text", ["The interior ministry denied buying or using spyware.",
                                  "The interior ministry denies it.",
                                  "The ministry denies any purchase of such software."])
def test_a_claim_that_its_subject_never_did_it_is_stated_by_its_source_denying_it(text: str) -> None:
    """ "The ministry never bought or used spyware": its source denying the act, or "it", states the claim."""
    case = case_of("spy",
        sources=[{"id": "moi", "name": "the interior ministry", "side": "gov", "kind": "body",
                     "aliases": ["the ministry"]},
                    {"id": "lab", "name": "Sentinel Lab", "side": "lab", "kind": "body"}],
        claims=[{"id": "denial", "statement": "The ministry and agencies under it never bought or used spyware",
                    "source": "moi", "accept": ["moi"]},
                   {"id": "found", "statement": "Nightjar spyware was found on 23 phones", "source": "lab",
                    "accept": ["lab"]}],
    )
    assert verdicts(case, text).get("denial") == "attributed"


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister says every machine was delivered.", {"all": "attributed"}),
    ("The minister says the machines were all delivered.", {"all": "attributed"}),
    ("Auditors say only 262 of 400 ventilators were delivered.", {"part": "attributed"}),
])
def test_a_claim_that_all_of_them_did_it_is_told_by_every_or_all(text: str, expected: dict[str, str]) -> None:
    """ "Every ventilator was delivered" against "only 262 of 400 were": every word shared, the quantifier tells."""
    case = case_of("vent",
        sources=[{"id": "min", "name": "the minister", "side": "gov", "kind": "person"},
                    {"id": "aud", "name": "auditors", "side": "aud", "kind": "generic"}],
        claims=[{"id": "all", "statement": "Every ventilator, all 400 machines, was delivered", "source": "min",
                    "accept": ["min"]},
                   {"id": "part", "statement": "Only 262 of the 400 ventilators were delivered", "source": "aud",
                    "accept": ["aud"], "numbers": ["n-262"]}],
        numbers=[{"id": "n-262", "value": 262, "unit": "ventilators"},
                    {"id": "n-400", "value": 400, "unit": "machines"}],
    )
    assert verdicts(case, text) == expected
    assert not attribution._UNIVERSAL.search("one officer for every 75 residents, every day")  # rates, not the whole


@pytest.mark.parametrize("text", ["IFAP says 27% of the food was diverted; the governor denies it, and donor Veldmark "
                                  "has frozen $48 million.",
                                  "Governor Tessou denies any diversion; Veldmark has frozen $48 million."])
def test_a_denial_of_it_ends_with_its_clause(text: str) -> None:
    """ "the governor denies it, and Veldmark has frozen $48 million": the freeze is not under the governor's denial."""
    case = case_of("aid",
        sources=[{"id": "ifap", "name": "IFAP", "side": "ifap", "kind": "body"},
                    {"id": "gov", "name": "Governor Tessou", "side": "gov", "kind": "person",
                     "aliases": ["the governor"]},
                    {"id": "veld", "name": "Veldmark", "side": "donor", "kind": "generic"}],
        claims=[{"id": "freeze", "statement": "Veldmark froze 48 million dollars", "source": "veld",
                    "accept": ["veld"], "numbers": ["n-48"]}],
        numbers=[{"id": "n-48", "value": 48, "unit": "million dollars"}],
    )
    assert verdicts(case, text)["freeze"] == "unattributed"


def test_a_report_verb_after_its_claim_reaches_back_past_the_speakers_own_act() -> None:
    """ "..., the ministry said on Tuesday as it imposed duties of up to 38.5%": the verb after the claim still
    speaks for what came before it, though the speaker's act (with its figures) follows."""
    case = case_of("tariff",
        sources=[{"id": "tm", "name": "Velorian Trade Ministry", "side": "v", "kind": "body",
                     "aliases": ["the ministry"]}],
        claims=[{"id": "margin", "statement": "Panels sold at 0.22 crowns per watt, below cost", "source": "tm",
                    "accept": ["tm"], "numbers": ["n-p"]}],
        numbers=[{"id": "n-p", "value": 0.22, "unit": "crowns per watt"},
                    {"id": "n-d", "value": 38.5, "unit": "percent"}],
    )
    text = "Panels sold at 0.22 crowns per watt, the ministry said on Tuesday as it imposed duties of up to 38.5%."
    assert verdicts(case, text) == {"margin": "attributed"}


ROUND59_CAMPS = Path(__file__).parent / "data" / "rounds" / "round59" / "blind59-detention-camps.yaml"


def test_a_report_noun_that_is_a_verbs_object_is_no_speaker() -> None:
    """ "The ministry called the figures fabricated and said ...": "the figures" is what the ministry labels, not a
    speaker whose unknown report would cut the ministry's short (round 59's camps case)."""
    case = load_case(ROUND59_CAMPS)
    text = "Kavestan's information ministry called the figures fabricated and said the centres had all closed."
    assert verdicts(case, text)["fabricated"] == "attributed"


def test_a_participle_after_a_new_clause_is_spoken_by_that_clauses_subject() -> None:
    """ "X puts the number at 700,000, while Vesnia has demanded access, saying ...": the clause opened by "while"
    has its own subject, who speaks the ", saying" after it (round 59's camps case)."""
    case = load_case(ROUND59_CAMPS)
    text = ("The congress puts the number at 700,000, while neighbouring Vesnia has demanded access, saying at least "
            "1,200 of its citizens are unaccounted for.")
    assert verdicts(case, text) == {"exiles700k": "attributed", "vesnia_missing": "attributed"}
    # no new clause: the frame's own subject still speaks it
    text = "Vesnia has demanded access, saying at least 1,200 of its citizens are unaccounted for."
    assert verdicts(case, text) == {"vesnia_missing": "attributed"}


def test_a_possessives_figure_that_its_claim_states_is_its_account() -> None:
    """ "Marquardt said nine of the institute's 38 sites look like prisons": 38 is the institute's own count (a claim
    the institute is credited with states it), so the institute gives it inside the analyst's report; a share or a
    sum of money after a possessive is still what the possessor does ("the agency's 40% cut")."""
    case = load_case(ROUND59_CAMPS)
    assert verdicts(case, "Marquardt said nine of the institute's 38 sites looked like prisons.") == \
        {"sites38": "attributed", "marquardt_dispute": "attributed"}
    assert verdicts(case, "The institute's 38 sites are ringed by fences.") == {"sites38": "attributed"}
    idx = attribution.index(case)
    assert attribution._own_figure(idx, "meridian", "'s 38 sites")
    assert not attribution._own_figure(idx, "meridian", "'s 38% share")
    assert not attribution._own_figure(idx, "marquardt", "'s 38 sites")  # not a figure of hers


def test_a_claim_that_someone_had_none_of_something_mirrors_the_claim_they_had_it() -> None:
    """ "Oskari had no debts" against "killed by a gang to which he owed debts" (round 60's journalist case): a
    statement that its subject has or had no X denies what the other asserts, so "saying he had no debts at all"
    states it and "over debts" still states the other."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round60" / "blind60-dissident-killing.yaml")
    text = "Tarvesh says Oskari owed about 40,000 euros to a gang, a figure his widow disputes, saying he had no debts."
    assert verdicts(case, text) == {"gang_debts": "attributed", "no_debts": "attributed"}
    assert "no_debts" not in verdicts(case, "Tarvesh says a gang killed him over debts.")


def test_a_short_statement_that_something_never_happened_mirrors_the_one_that_it_did() -> None:
    """ "The sirens never sounded" against "Early-warning sirens sounded 35 minutes before the surge" (round 58's
    glacier case): a whole statement "the N never V" denies the other, so "no siren ever went off" states it."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round58" / "blind58-glacier-flood.yaml")
    assert verdicts(case, "Villagers say no siren ever went off.") == {"no_sirens": "attributed"}
    assert verdicts(case, "Residents say there were no sirens at all.") == {"no_sirens": "attributed"}


def test_a_one_word_denial_that_several_claims_assert_mirrors_none_of_them() -> None:
    """ "The militia does not recruit children" has one content word ("recruit"; "children" names a source here) that
    four claims use (round 72's
    camp case: "Recruitment peaked in March", "recruited at least 300 boys"): the word is the story's, so "rebels have
    recruited children from the camps" mentions none of them by it."""
    case = case_of("camps",
        sources=[{"id": "un", "name": "UN Office for Children in Conflict", "side": "un", "kind": "body",
                     "aliases": ["UN agency"]},
                    {"id": "militia", "name": "Sentinel Brigades", "side": "militia", "kind": "body"}],
        claims=[{"id": "peak", "statement": "Recruitment peaked in March 2024 at about four children a day",
                    "source": "un", "accept": ["un"]},
                   {"id": "boys", "statement": "The militia recruited at least 300 boys from camps in Lowmere",
                    "source": "un", "accept": ["un"]},
                   {"id": "denial", "statement": "The Sentinel Brigades do not recruit children", "source": "militia",
                    "accept": ["militia"]}],
    )
    assert "peak" not in verdicts(case, "The UN agency says rebels have recruited children from displacement camps.")


@pytest.mark.parametrize("text", [
    "Norvalia's parliament voted 212 to 31 on February 27 to describe the programme as genocide.",
    "Norvalia's parliament voted 212-31 to call the programme \"genocide\".",
])
def test_a_body_that_votes_to_call_something_says_it(text: str) -> None:
    """ "the parliament voted 212 to 31 to describe the programme as genocide": the vote is the parliament's
    statement, its tally among its words (round 73's sterilisation case: the tally was read in the narrator's
    voice)."""
    case = case_of("vote",
        sources=[{"id": "norvalia", "name": "Norvalian parliament", "side": "norvalia", "kind": "body",
                     "aliases": ["Norvalia's parliament"]}],
        claims=[{"id": "genocide", "statement": "The programme amounts to genocide", "source": "norvalia",
                    "accept": ["norvalia"], "numbers": ["n-for"]}],
        numbers=[{"id": "n-for", "value": 212, "unit": "votes"}, {"id": "n-against", "value": 31, "unit": "votes"}],
    )
    assert verdicts(case, text) == {"genocide": "attributed"}


def test_a_group_named_in_the_singular_speaks_in_the_plural() -> None:
    """ "residents' groups put the toll at 15" where the case names "the residents' group" (round 73's toxic-waste
    case: the hospital's frame ran on over the residents' figure)."""
    case = case_of("waste",
        sources=[{"id": "hospital", "name": "city hospital", "side": "hospital", "kind": "body"},
                    {"id": "residents", "name": "Residents' Alliance", "side": "residents", "kind": "body",
                     "aliases": ["the residents' group"]}],
        claims=[{"id": "deaths15", "statement": "The death toll is 15", "source": "residents",
                    "accept": ["residents"], "numbers": ["n-15"]}],
        numbers=[{"id": "n-15", "value": 15, "unit": "deaths"}, {"id": "n-8", "value": 8, "unit": "deaths"}],
    )
    text = "The city hospital says eight people have died; residents' groups put the toll at 15."
    assert verdicts(case, text) == {"deaths15": "attributed"}


@pytest.mark.parametrize("text", [
    "Another port had quoted 620,000 euros, against the 18,500 euros Halvorsen says it paid a licensed contractor.",
    "Another port had quoted 620,000 euros, against the 18,500 euros Halvorsen Maritime says it paid a contractor.",
])
def test_a_figure_that_a_speaker_says_it_paid_is_the_speakers(text: str) -> None:
    """ "the 18,500 euros Halvorsen (Maritime) says it paid": the figure is the object of the verb the speaker
    reports, so it stands in the speaker's report; the rest of a proper name the case gives in part ("Maritime")
    keeps the speaker (round 73's toxic-waste case)."""
    case = case_of("fee",
        sources=[{"id": "halvorsen", "name": "Halvorsen", "side": "company", "kind": "body"},
                    {"id": "courier", "name": "Veldmark Courier", "side": "press", "kind": "media"}],
        claims=[{"id": "fee", "statement": "Halvorsen paid a licensed contractor 18,500 euros",
                    "source": "halvorsen", "accept": ["halvorsen"], "numbers": ["n-fee"]}],
        numbers=[{"id": "n-fee", "value": 18500, "unit": "euros"},
                    {"id": "n-quote", "value": 620000, "unit": "euros"}],
    )
    assert verdicts(case, text) == {"fee": "attributed"}


def test_a_verb_of_blaming_takes_its_object_after_it_not_an_inverted_speaker() -> None:
    """ "The minister blames oil-palm company TMA, saying satellites recorded 1,240 hotspots": TMA is the one
    blamed, no inverted speaker ("..., said X"), so ", saying" is still the minister's (round 72's haze case)."""
    case = case_of("haze",
        sources=[{"id": "minister", "name": "Dewi Kartasasmita", "side": "pelasia", "kind": "person",
                     "aliases": ["environment minister"]},
                    {"id": "tma", "name": "Tanjung Mas Agri", "side": "company", "kind": "body",
                     "aliases": ["TMA", "the oil-palm company"]}],
        claims=[{"id": "hotspots", "statement": "Satellites recorded 1,240 hotspots on TMA concessions",
                    "source": "minister", "accept": ["minister"], "numbers": ["n-hot"]}],
        numbers=[{"id": "n-hot", "value": 1240, "unit": "hotspots"}],
    )
    text = ("The environment minister, Dewi Kartasasmita, blames oil-palm company Tanjung Mas Agri, saying satellites "
            "recorded 1,240 hotspots on its concessions.")
    assert verdicts(case, text) == {"hotspots": "attributed"}


def test_a_source_named_as_what_something_is_said_to_be_is_no_speaker() -> None:
    """ "A document said to be a Mernistani army order lists 480 mines": the army names what the document is, it
    reports nothing (round 74's landmine case: the army's "order lists" made the army the source)."""
    case = case_of("order",
        sources=[{"id": "mernistan", "name": "Mernistani government", "side": "mernistan", "kind": "generic",
                     "aliases": ["Mernistan", "Mernistani officials"]},
                    {"id": "memo", "name": "leaked order", "side": "memo", "kind": "body", "aliases": ["a document"]}],
        claims=[{"id": "order", "statement": "An internal army order lists 480 mines for border posts",
                    "source": "memo", "accept": ["memo"], "numbers": ["n-480"]}],
        numbers=[{"id": "n-480", "value": 480, "unit": "mines"}],
    )
    text = "A document said to be a Mernistani army order lists 480 mines for the border."
    assert verdicts(case, text) == {"order": "attributed"}


def test_a_figure_a_denier_cites_back_states_nothing() -> None:
    """ "Varo denied the review was rushed, saying the 23 days covered only final drafting": the denier cites the
    figure already stated; it is no second statement of the claim in her voice (round 74's maize case)."""
    case = case_of("rush",
        sources=[{"id": "email", "name": "leaked email", "side": "leak", "kind": "body"},
                    {"id": "varo", "name": "Celeste Varo", "side": "nba", "kind": "person"}],
        claims=[{"id": "rushed", "statement": "The panel was given 23 days for a review that takes six months",
                    "source": "email", "accept": ["email"], "numbers": ["n-days"]}],
        numbers=[{"id": "n-days", "value": 23, "unit": "days"}],
    )
    text = ("A leaked email said the panel was given 23 days to finish the review. Celeste Varo denied the review "
            "was rushed, saying the 23 days covered only final drafting.")
    assert verdicts(case, text) == {"rushed": "attributed"}


@pytest.mark.parametrize("text", [
    "Pensioners marched, with police putting the crowd at about 4,000 and organisers claiming at least 15,000.",
    "Pensioners marched; police put the crowd at about 4,000 and organisers at no less than 15,000.",
])
def test_two_counts_joined_by_and_are_each_their_speakers(text: str) -> None:
    """ "police putting the crowd at about 4,000 and organisers claiming ...": the police figure is no noun phrase
    that the organisers' verb governs ("the N X says"); "and organisers at no less than 15,000" gaps the verb (round
    78's pension case)."""
    case = case_of("march",
        sources=[{"id": "police", "name": "police", "side": "police", "kind": "body"},
                 {"id": "org", "name": "organisers", "side": "union", "kind": "body"}],
        claims=[{"id": "police_count", "statement": "About 4,000 people marched", "source": "police",
                 "accept": ["police"], "numbers": ["n-police"]},
                {"id": "org_count", "statement": "At least 15,000 people marched", "source": "org",
                 "accept": ["org"], "numbers": ["n-org"]}],
        numbers=[{"id": "n-police", "value": 4000, "unit": "people", "qualifier": "about"},
                 {"id": "n-org", "value": 15000, "unit": "people", "qualifier": "at least"}],
    )
    assert verdicts(case, text) == {"police_count": "attributed", "org_count": "attributed"}


def test_a_possessive_name_before_a_report_noun_gives_that_report() -> None:
    """ "rejecting teachers' union warnings of cuts of up to 8%": the union's warnings, though the possessive is inside
    the name ("teachers' union") and no "'s" follows it (round 78's pension case: the minister's denial took it)."""
    case = case_of("pension",
        sources=[{"id": "union", "name": "teachers' union", "side": "union", "kind": "body"},
                 {"id": "varga", "name": "Helena Varga", "side": "gov", "kind": "person",
                  "aliases": ["finance minister"]}],
        claims=[{"id": "cuts", "statement": "Pensions face cuts of up to 8%", "source": "union", "accept": ["union"],
                 "numbers": ["n-cut"]}],
        numbers=[{"id": "n-cut", "value": 8, "unit": "percent", "qualifier": "up to"}],
    )
    text = "The finance minister says pensions are guaranteed, rejecting teachers' union warnings of cuts of up to 8%."
    assert verdicts(case, text) == {"cuts": "attributed"}


def test_a_statement_term_that_reaches_a_word_of_the_sources_names_mentions_nothing() -> None:
    """ "38 million velors" gives the term "velo", which reached "Velorian" in "Velorian guards opened fire on fuel
    porters": a word of the sources' names says who, not what (round 79's smuggling case)."""
    case = case_of("porters",
        sources=[{"id": "holm", "name": "Interior Minister Holm", "side": "veloria", "kind": "person",
                  "aliases": ["Holm"]},
                 {"id": "veloria", "name": "Velorian government", "side": "veloria", "kind": "generic",
                  "aliases": ["Velorian officials"]}],
        claims=[{"id": "gangs", "statement": "The porters are criminal gangs, and fuel smuggling costs the Velorian "
                 "treasury about 38 million velors a year", "source": "holm", "accept": ["holm"]},
                {"id": "shots", "statement": "Guards fired only warning shots at the porters", "source": "veloria",
                 "accept": ["veloria"]}],
    )
    assert "gangs" not in verdicts(case, "Velorian guards opened fire on fuel porters at the pass.")
    assert verdicts(case, "Holm calls the porters criminal gangs.")["gangs"] == "attributed"


def test_a_report_gerund_after_a_preposition_is_the_subjects_report() -> None:
    """ "The regulator paused the trial after reporting 14 deaths": the regulator reports the deaths, though "after"
    stands before the gerund (round 79's trial case); "without warning" is still no report."""
    case = case_of("trial",
        sources=[{"id": "reg", "name": "the regulator", "side": "reg", "kind": "body"}],
        claims=[{"id": "deaths", "statement": "Fourteen children in the trial died", "source": "reg",
                 "accept": ["reg"], "numbers": ["n-14"]}],
        numbers=[{"id": "n-14", "value": 14, "unit": "deaths"}, {"id": "n-6", "value": 6, "unit": "weeks"}],
    )
    assert verdicts(case, "The regulator paused the trial for six weeks after reporting 14 deaths.") == \
        {"deaths": "attributed"}


ROUND60_AID = Path(__file__).parent / "data" / "rounds" / "round60" / "blind60-aid-site-shooting.yaml"


def _voices(case: Case, text: str) -> dict[str, str]:
    return {f.term: f.voice for f in score_summary(case, text).loaded}


def test_warning_as_a_noun_reports_nothing() -> None:
    """ "Troops fired warning shots ..., after Tamrat terrorists mingled with the crowd": "warning" is a noun's
    modifier, no gerund whose speaker reports the rest of the sentence (round 60's aid case); nor is "got no
    warning" a report (round 58's glacier case)."""
    case = load_case(ROUND60_AID)
    text = "Velandian troops fired warning shots at suspects, after Tamrat terrorists mingled with the crowd."
    assert _voices(case, text) == {"terrorists": "narrator"}
    glacier = load_case(Path(__file__).parent / "data" / "rounds" / "round58" / "blind58-glacier-flood.yaml")
    assert verdicts(glacier, "Sarvania got no warning for more than five hours.") == {"no_warning": "unattributed"}


def test_a_term_that_is_what_a_speaker_describes_is_the_narrators() -> None:
    """ "described the massacre by telephone": the term names what was described, in the summary's words; "called it a
    massacre" and "described the government's account of the sirens as a cover-up" (eight words before "as") give
    the speaker's label."""
    case = load_case(ROUND60_AID)
    assert _voices(case, "Idris Kaleb, a teacher, described the massacre by telephone.") == {"massacre": "narrator"}
    assert _voices(case, "Idris Kaleb, a teacher, called it a massacre.") == {"massacre": "attributed"}
    glacier = load_case(Path(__file__).parent / "data" / "rounds" / "round58" / "blind58-glacier-flood.yaml")
    text = "Dawa Pelzom described the government's account of the warning sirens as a cover-up."
    assert _voices(glacier, text) == {"cover-up": "attributed"}


def test_failed_to_negates_the_verb_after_it() -> None:
    """ "after fire alarms failed to sound" states "No fire alarm sounded", not the operator's "The general alarm
    sounded at 2:14 a.m." (round 61's ferry case)."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round61" / "blind61-ferry-fire.yaml")
    assert verdicts(case, "The ferry burned after fire alarms failed to sound, survivors say.") == \
        {"no_alarm": "attributed"}


def test_unit_words_are_no_words_of_what_a_claim_says() -> None:
    """ "The reservoir holds 14.2 billion cubic metres of a planned 63 billion" (round 61's river case): "cubic
    metres" and "billion" say what its figures measure, which no other statement writes so (the others write m³/s);
    a release "of 455 cubic metres per second" is no mention of it."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round61" / "blind61-river-treaty.yaml")
    text = "Teluria's energy ministry says it is releasing 455 cubic metres per second."
    assert "stored14" not in verdicts(case, text)
    assert "stored14" in verdicts(case, "The ministry says the reservoir holds 14.2 billion cubic metres.")


def test_a_participle_clause_after_and_keeps_the_sentences_subject() -> None:
    """ "The ministry defended its raid, saying ..., and pointing to export records showing that purchases jumped 64%":
    ", and pointing to" opens no clause with a subject of its own, so "export records" (followed by no finite verb)
    does not speak "showing that" (round 63's gold-mine case): the ministry does."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round63" / "blind63-gold-mine-raid.yaml")
    text = ("Veranza's Ministry of Mines defended its raid, saying 1,240 miners were removed, and pointing to export "
            "records showing that gold purchases from the region jumped 64% to 1,870 kilograms in 2023.")
    assert verdicts(case, text)["exports"] == "misattributed"


def test_a_focus_word_between_a_source_and_its_verb() -> None:
    """ "but Estoria alone counts 341 of its own dead" (round 64's pilgrim case): "alone", like "itself", sits between
    the speaker and its verb, so Estoria speaks its figure (the host's frame does not reach it)."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round64" / "blind64-pilgrim-heat.yaml")
    text = "Marsadia puts the pilgrimage death toll at 612, but Estoria alone counts 341 of its own dead."
    assert verdicts(case, text) == {"host_toll": "attributed", "estoria_toll": "attributed"}


def test_linking_or_tracing_a_cause_is_a_report() -> None:
    """ "The Hospitals Association linked at least 14 deaths to the outage", "The operator traced the failure to a fault
    on the line" (round 66's blackout case): linking or tracing one thing to another is a claim its subject makes."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round66" / "blind66-power-blackout.yaml")
    assert verdicts(case, "The Velmarian Hospitals Association linked at least 14 deaths to the outage.") == \
        {"deaths": "attributed"}
    assert verdicts(case, "The operator traced the failure to a fault on the line between Dravec and Olm.") == \
        {"line_fault": "attributed"}


def test_a_partys_manifest_is_its_report_but_a_manifest_alone_names_no_speaker() -> None:
    """ "The railway operator's manifest lists 438 passengers", "the manifest from Korvenian State Railways lists 438"
    (round 66's train case): a list a party keeps, named with the party, is its report; "the official manifest listed"
    alone names nobody and opens no frame (round 26's ferry case lost two verdicts when it did)."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round66" / "blind66-train-attack.yaml")
    assert verdicts(case, "The railway operator's manifest lists 438 passengers and 12 crew.") == \
        {"manifest": "attributed"}
    assert verdicts(case, "The manifest from Korvenian State Railways lists 438 passengers plus 12 crew.") == \
        {"manifest": "attributed"}
    assert verdicts(case, "The official manifest lists 438 passengers plus 12 crew.") == {"manifest": "unattributed"}


def test_square_stays_a_word_of_what_a_claim_says() -> None:
    """ "Satellite images show the crater in the middle of the market square" (round 68's air-strike case): "square"
    is a unit word only in "square kilometres"; alone it is the market square, a word of the claim."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round68" / "blind68-air-strike-market.yaml")
    text = "Halvard Geospatial says the crater is in the town's market square."
    assert verdicts(case, text).get("crater_market") == "attributed"


def test_a_counting_clause_after_a_comma_and_a_new_subject_has_its_own_speaker() -> None:
    """ "the agency says it has rebuilt 4,850 homes, a leaked Audit Chamber report counted 3,120, and ..." (round 82's
    blogger case): clauses in a row after commas each name their speaker; the audit's count is no part of the
    agency's report, as a counting verb right inside a report is ("the agency says its inspectors counted 3,120")."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round82" / "blind82-blogger-sentenced.yaml")
    text = ("The agency says it has rebuilt 4,850 homes, a leaked Audit Chamber report counted 3,120, and Teskov put "
            "the number below 1,900.")
    assert verdicts(case, text)["audit"] == "attributed"
    assert verdicts(case, "The agency says its engineers counted 3,120 homes.")["audit"] == "misattributed"


def test_a_figure_counted_in_a_report_is_that_reports_and_only_it() -> None:
    """ "The agency's figure of 4,850 rebuilt homes is 1,730 higher than the 3,120 counted in the Audit Chamber's
    leaked report" (round 82's blogger case): the report after the participle gives the 3,120, not the agency's 4,850
    earlier in the clause."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round82" / "blind82-blogger-sentenced.yaml")
    text = ("The reconstruction agency's figure of 4,850 rebuilt homes is 1,730 higher than the 3,120 counted in the "
            "National Audit Chamber's leaked report.")
    got = verdicts(case, text)
    assert (got["homes_agency"], got["audit"]) == ("attributed", "attributed")


def test_a_source_after_a_participle_and_its_preposition_is_no_speaker() -> None:
    """ "A liquidator's report filed with the court says 71 percent ..." (round 82's exchange case): the court is the
    object of "filed with"; the liquidator's report speaks. "The court says" alone still does."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round82" / "blind82-exchange-collapse.yaml")
    text = "A liquidator's report filed with the court says 71 percent of deposits were moved to three affiliates."
    assert verdicts(case, text)["affiliates71"] == "attributed"
    assert verdicts(case, "The court says 71 percent of deposits were moved to three affiliates.")["affiliates71"] \
        == "misattributed"


def test_a_possessive_figure_with_a_participle_between_is_the_possessors_account() -> None:
    """ "420 more tanks than Varosia's declared 180" (round 83's exercise case): "X's declared/stated/reported N" is X's
    figure, as "X's official N" is, even inside another speaker's report."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round83" / "blind83-border-exercise.yaml")
    text = ("Kelmaria's foreign minister, Mirela Tasch, says more than 40,000 troops and some 600 tanks are involved, "
            "420 more tanks than Varosia's declared 180.")
    assert verdicts(case, text)["var_count"] == "attributed"


def test_a_counted_groups_report_inside_another_speakers_report_is_its_content() -> None:
    """ "The prisons service says 14 inmates have confirmed typhoid ... It says it has spent 4.5 million crowns"
    (round 83's prison case): the 14 inmates are what the service reports, no speaker of their own, so "it" is still the
    service; a figure before "and the opposition claims" counts no speaker."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round83" / "blind83-prison-typhoid.yaml")
    text = ("The prisons service says 14 inmates have confirmed typhoid, all isolated in the infirmary, and that no "
            "one has died. It says it has spent 4.5 million crowns on water and sanitation at the prison since 2022.")
    got = verdicts(case, text)
    assert (got["nodeaths"], got["nps-conditions"]) == ("attributed", "attributed")
    # a headline's closing figure counts no speaker of the body's first line (round 88's referendum case)
    vote = load_case(Path(__file__).parent / "data" / "rounds" / "round88" / "blind88-independence-vote.yaml")
    text = ("Ostrevia claims independence landslide; Valmora says turnout below 30%\nRegional President Aleix Morvan "
            "said 89.2% of voters backed independence on a 57.4% turnout.")
    assert verdicts(vote, text)["landslide"] == "attributed"


def test_a_pronoun_speaking_right_inside_a_report_is_what_the_reporter_says() -> None:
    """ "the museum's director says it proposed lending 30 objects" (round 83's artefacts case): "it proposed" right
    after "says" is the director's report of the museum, not an unknown "it" speaking."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round83" / "blind83-looted-artefacts.yaml")
    # (after a sentence whose speaker "it" could be taken for: Benaro)
    text = ("Benaro says troops looted at least 740 artefacts. The museum's director says it proposed lending 30 "
            "objects for three years.")
    assert verdicts(case, text)["loan30"] == "attributed"


def test_a_party_raising_or_standing_by_its_own_figure_reports_it() -> None:
    """ "The ministry raised its death toll to 40", "stands by its count of 40": a party revising or defending its own
    figure gives it (round 41's methanol case: "the ministry raised its toll to ..."); "raised prices" reports
    nothing."""
    case = case_of("p", sources=[{"id": "min", "name": "Health Ministry", "side": "gov", "aliases": ["the ministry"]}],
                   claims=[{"id": "deaths", "statement": "40 people died in the floods", "source": "min",
                            "accept": ["min"], "contested": True, "numbers": ["n40"]}],
                   numbers=[{"id": "n40", "value": 40, "unit": "deaths"}])
    assert verdicts(case, "The ministry raised its death toll to 40.") == {"deaths": "attributed"}
    assert verdicts(case, "The ministry stands by its count of 40 flood deaths.") == {"deaths": "attributed"}
    assert verdicts(case, "The ministry raised prices after 40 people died in the floods.") == \
        {"deaths": "unattributed"}


def test_a_documents_date_between_it_and_its_verb_is_part_of_naming_it() -> None:
    """ "A leaked inspection report dated October 14 described cracks up to 12 metres long" (round 86's dam case): the
    date names the report that speaks; a claim mentioned by that date is the report's, not the narrator's."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round86" / "blind86-tailings-dam.yaml")
    text = "A leaked inspection report dated October 14 described cracks up to 12 metres long on the crest."
    assert verdicts(case, text)["leaked_report"] == "attributed"


def test_a_word_in_more_than_a_seventh_of_the_article_is_a_topic_word() -> None:
    """A statement word that four of twenty article sentences use (the story's event: "visas" in a story about refused
    visas) tells no claim from another; one that two sentences use ("retaliation") still does."""
    from scorers import attribution

    sentences = ["Kestrava refused the visas of four correspondents."] * 4 + \
        ["Critics called it retaliation for the film."] * 2 + [f"Filler sentence number {i} about the valley." for i in
                                                               range(14)]
    case = case_of("v", article=" ".join(sentences),
                   sources=[{"id": "mws", "name": "Meridian", "side": "press"}],
                   claims=[{"id": "retaliation", "statement": "Refusing the correspondents visas was retaliation",
                            "source": "mws", "accept": ["mws"]},
                           {"id": "other", "statement": "The documentary incited separatism", "source": "mws",
                            "accept": ["mws"]}])
    terms = {p.pattern.removeprefix("(?<![\\w])").removesuffix("\\w*"): distinctive
             for p, distinctive in attribution._statement_terms(case, {})["retaliation"]}
    assert terms["visa"] is False and terms["retaliati"] is True


def test_a_demand_inside_another_speakers_report_is_that_speakers_report() -> None:
    """ "An anonymous security official says the group demanded $2.5 million in ransom" (round 87's hostage case): the
    demand is what the official reports of the group, not the group's own report; "the group says it asked for
    $800,000" still is the group's."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round87" / "blind87-hostage-raid.yaml")
    text = ("An anonymous security official says the group demanded $2.5 million in ransom; the group says it asked "
            "for $800,000.")
    got = verdicts(case, text)
    assert (got["ransom25"], got["group_statement"]) == ("attributed", "attributed")


def test_a_speaker_adjective_between_according_to_and_its_source() -> None:
    """ "..., according to the independent safety inspectorate" (round 89's tunnel case): an adjective that describes
    the speaker ("independent", "national", "regional") may stand between "according to the" and the source's
    name, as after "the" before a reporting verb."""
    case = load_case(ROUNDS / "round89" / "blind89-tunnel-fire.yaml")
    text = "Nine people died and 27 were hospitalised in the fire, according to the independent safety inspectorate."
    assert verdicts(case, text)["deaths9"] == "attributed"


UNION_AND_MINISTRY = [{"id": "union", "name": "Teachers' Union", "side": "union", "aliases": ["the union"]},
                      {"id": "min", "name": "Education Ministry", "side": "gov", "aliases": ["the ministry"]}]


@pytest.mark.parametrize(("text", "expected"), [
    ("The union says 900 jobs went; the ministry rejects the figure.", "attributed"),
    ("The ministry rejects that number as unsupported.", "attributed"),
    ("The ministry calls the union's figure exaggerated.", "attributed"),
    ("The union calls the figure exaggerated.", "misattributed"),
    # a rejection of something other than a figure
    ("The ministry disputes the union's account.", None),
])
def test_a_source_rejecting_a_figure_states_the_claim_that_the_figure_is_false(text: str, expected: str | None) -> None:
    """A claim that another's figure is false ("The union's figure is exaggerated") is stated by its source
    rejecting "the figure", "that number" or calling it exaggerated or unsupported, whatever words it uses."""
    case = _figure_denial_case("The union's figure is exaggerated and not supported by any payroll")
    assert verdicts(case, text).get("inflated") == expected


def _figure_denial_case(statement: str) -> Case:
    """The union's count of 900 lost jobs, and the ministry's claim (this statement) that the count is false."""
    return case_of(
        "jobs",
        sources=UNION_AND_MINISTRY,
        claims=[{"id": "jobs900", "statement": "900 jobs were lost", "source": "union", "accept": ["union"],
                 "numbers": ["n-900"]},
                {"id": "inflated", "statement": statement, "source": "min", "accept": ["min"]}],
        numbers=[{"id": "n-900", "value": 900, "unit": "jobs"}],
    )


def test_a_claim_word_in_a_coordinated_report_away_from_another_claims_figure_mentions_it() -> None:
    """ "... says its offer of 6.5% is the largest and says the union's numbers are misleading": the second report is a
    clause of its own, so the other claim's percentage in the first does not hide this claim's word in it."""
    case = case_of(
        "pay",
        sources=UNION_AND_MINISTRY,
        claims=[{"id": "offer", "statement": "The ministry offers a 6.5% rise", "source": "min", "accept": ["min"],
                 "numbers": ["n-offer"]},
                {"id": "misleading", "statement": "The union's numbers are misleading; real pay fell about 7%",
                 "source": "min", "accept": ["min"], "numbers": ["n-7"]}],
        numbers=[{"id": "n-offer", "value": 6.5, "unit": "percent"}, {"id": "n-7", "value": 7, "unit": "percent"}],
    )
    assert verdicts(case, "The ministry says its offer of 6.5% is generous and says the union's numbers are "
                          "misleading.").get("misleading") == "attributed"
    # in one clause with the other claim's figure, the word stays that claim's talk
    assert "misleading" not in verdicts(case, "The ministry calls its misleading 6.5% offer generous.")


def test_the_word_a_statement_is_about_states_it_in_its_sources_report_however_often_the_article_uses_it() -> None:
    """ "The fire was arson; ...": the word a copula ends the statement's first clause on says what the claim says, in
    its own source's report ("the operator blames arson"), though the article names arson in every paragraph."""
    case = case_of(
        "fire",
        sources=[{"id": "op", "name": "Castor Waste", "side": "op", "aliases": ["the operator"]},
                 {"id": "res", "name": "Residents' Group", "side": "res", "aliases": ["residents"]}],
        claims=[{"id": "arson", "statement": "The fire was arson; cameras showed two intruders", "source": "op",
                 "accept": ["op"]},
                {"id": "ill", "statement": "More than 400 people fell ill", "source": "res", "accept": ["res"],
                 "numbers": ["n-400"]}],
        numbers=[{"id": "n-400", "value": 400, "unit": "people", "qualifier": "more than"}],
        article="The operator says the fire was arson. Police are investigating arson. Residents doubt the arson "
                "story. An expert was called. The site holds waste. Smoke drifted east. Schools closed. "
                "Residents say 400 fell ill. The council met. Firefighters stayed on site. Rain is forecast. "
                "Roads were shut. A school moved its lessons. The mayor visited. Shops stayed open. Trains ran late. "
                "The river rose. Farmers kept cattle in. A hotline opened. Volunteers handed out masks.",
    )
    assert verdicts(case, "The operator blames arson.") == {"arson": "attributed"}
    assert verdicts(case, "Police questioned a man on suspicion of arson.") == {}


def test_a_statement_calling_a_figure_misleading_is_a_denial_without_a_negation() -> None:
    """ "The union's figures are misleading" denies another claim's figure with no "not": its source dismissing "the
    union's figures" states it."""
    case = _figure_denial_case("The union's figures are misleading; payrolls were left out")
    assert verdicts(case, "Strikes are planned, while the ministry has dismissed the union's numbers as "
                          "overblown.").get("inflated") == "attributed"


def test_a_cause_after_a_comma_takes_no_word_from_a_statements_main_cause() -> None:
    """ "Snowmaking accounted for 31 percent of the drop, the rest being due to drought" names drought in a later
    clause: "the resort blames the drought" still names the claim whose whole statement is that cause."""
    case = case_of(
        "snow",
        sources=[{"id": "resort", "name": "Peak Resorts", "side": "resort", "aliases": ["the resort"]},
                 {"id": "uni", "name": "University team", "side": "uni", "aliases": ["the researchers"]}],
        claims=[{"id": "drought", "statement": "The drought, not snowmaking, is to blame for the losses",
                 "source": "resort", "accept": ["resort"]},
                {"id": "share", "statement": "Snowmaking accounted for 31 percent of the drop, the rest being due to "
                                             "drought", "source": "uni", "accept": ["uni"], "numbers": ["n-31"]}],
        numbers=[{"id": "n-31", "value": 31, "unit": "percent"}],
    )
    assert verdicts(case, "The resort blames the drought.") == {"drought": "attributed"}


def test_a_source_named_inside_a_prepositional_phrase_places_the_speaker_it_follows() -> None:
    """ "Farmers near the resort say ..." is the farmers' report: the resort only places them; "a technician at the
    company, speaking anonymously, says" is the technician's."""
    case = case_of(
        "snow",
        sources=[{"id": "resort", "name": "Peak Resorts", "side": "resort", "aliases": ["the resort"]},
                 {"id": "farmers", "name": "farmers", "side": "farmers", "aliases": ["growers"]},
                 {"id": "tech", "name": "anonymous technician", "side": "insider",
                  "aliases": ["a snowmaking technician"]}],
        claims=[{"id": "took", "statement": "The resort took too much water from the river", "source": "farmers",
                 "accept": ["farmers"], "contested": True},
                {"id": "pumped", "statement": "Managers ordered staff to keep pumping overnight", "source": "tech",
                 "accept": ["tech"], "contested": True}],
    )
    assert verdicts(case, "Farmers near the resort say it took too much water from the river.") == {
        "took": "attributed"}
    assert verdicts(case, "Growers downstream of the resort say it took too much water from the river.") == {
        "took": "attributed"}
    assert verdicts(case, "A snowmaking technician at the resort, speaking anonymously, says managers ordered staff "
                          "to keep pumping overnight.") == {"pumped": "attributed"}
    # a clause between the two names is no modifying phrase: the resort is the subject of its own report
    assert verdicts(case, "Farmers are angry, and the resort says it took too much water from the river.") == {
        "took": "misattributed"}


def test_a_sides_generic_word_before_a_body_speaks_for_that_body() -> None:
    """ "Regional health officials at the agency calculate ..." is the agency's count, not the government's: a side's
    generic word joined to a body by "at", "of", "from" or "for" names that body's staff."""
    case = case_of(
        "cfr",
        sources=[{"id": "government", "name": "officials", "side": "government", "aliases": ["health officials"]},
                 {"id": "agency", "name": "Eastern Health Agency", "side": "neutral", "aliases": ["the agency"]}],
        claims=[{"id": "cfr", "statement": "One in thirty cholera patients is dying", "source": "agency",
                 "accept": ["agency"], "contested": True}],
    )
    assert verdicts(case, "Regional health officials at the agency calculate that one in thirty cholera patients is "
                          "dying.") == {"cfr": "attributed"}


def test_a_short_form_in_brackets_after_a_name_is_no_parenthetical_source() -> None:
    """ "... run by oil-palm firm Tanjung Mas Agri (TMA) ...; it says it has fined the firm" : the bracket repeats the
    company's name in short, it reports nothing, so the ministry's report goes on and "it" is still the ministry."""
    case = case_of(
        "haze",
        sources=[{"id": "ministry", "name": "environment ministry", "side": "pelasia", "aliases": ["the ministry"]},
                 {"id": "tma", "name": "Tanjung Mas Agri", "side": "company", "aliases": ["TMA", "the firm"]}],
        claims=[{"id": "hotspots", "statement": "Satellites picked up 1,240 hotspots on company concessions",
                 "source": "ministry", "accept": ["ministry"], "contested": True, "numbers": ["n-hot"]},
                {"id": "fine", "statement": "The ministry fined the firm 3.2 billion kerat", "source": "ministry",
                 "accept": ["ministry"], "contested": True, "numbers": ["n-fine"]}],
        numbers=[{"id": "n-hot", "value": 1240, "unit": "hotspots"},
                 {"id": "n-fine", "value": 3.2e9, "unit": "kerat"}],
    )
    text = ("The environment ministry says satellites picked up 1,240 hotspots on concessions run by Tanjung Mas Agri "
            "(TMA) in August; it says it has fined the firm 3.2 billion kerat.")
    assert verdicts(case, text) == {"hotspots": "attributed", "fine": "attributed"}



def test_a_participle_or_a_second_phrase_may_stand_between_a_speaker_and_the_source_that_places_it() -> None:
    """ "A draft assessment prepared for Koru estimated ..." is the draft's estimate, and "A leaked survey of 640 member
    firms of the federation found ..." the survey's finding; "accused Koru of a cover-up and said ..." is no such
    phrase (a clause goes on after it)."""
    case = case_of(
        "seabed",
        sources=[{"id": "koru", "name": "Koru Deep Minerals", "side": "company", "aliases": ["Koru", "the company"]},
                 {"id": "draft", "name": "leaked draft assessment", "side": "leak",
                  "aliases": ["draft impact assessment", "a leaked survey"]},
                 {"id": "minister", "name": "Losana Vaite", "side": "government", "aliases": ["Vaite"]}],
        claims=[{"id": "plume", "statement": "Sediment plumes could drift up to 40 km", "source": "draft",
                 "accept": ["draft"], "contested": True, "numbers": ["n-40"]},
                {"id": "cuts", "statement": "58 percent of member firms cut staff", "source": "draft",
                 "accept": ["draft"], "contested": True, "numbers": ["n-58"]},
                {"id": "pay", "statement": "The company should pay 48 million in compensation", "source": "minister",
                 "accept": ["minister"], "contested": True, "numbers": ["n-48"]}],
        numbers=[{"id": "n-40", "value": 40, "unit": "km"}, {"id": "n-58", "value": 58, "unit": "percent"},
                 {"id": "n-48", "value": 48, "unit": "million"}],
    )
    assert verdicts(case, "A draft impact assessment prepared for Koru estimated that sediment plumes could drift up "
                          "to 40 km.") == {"plume": "attributed"}
    assert verdicts(case, "A leaked survey of 640 member firms of Koru found that 58 percent of member firms had cut "
                          "staff.") == {"cuts": "attributed"}
    assert verdicts(case, "Vaite accused Koru of a cover-up and said Koru should pay 48 million in compensation.") == {
        "pay": "attributed"}


def test_a_rival_account_named_by_its_possessive_inside_another_report_is_its_own() -> None:
    """ "The inspectorate says 41% ..., against the ministry's claim that only 19% of appeals succeed" and "..., between
    the ministry's 19% appeal success rate and the charities' figure": the ministry's account, named as such inside the
    inspectorate's report, is the ministry's."""
    case = case_of(
        "ages",
        sources=[{"id": "ministry", "name": "Interior Ministry", "side": "government", "aliases": ["the ministry"]},
                 {"id": "inspectorate", "name": "Inspectorate of Borders", "side": "neutral",
                  "aliases": ["the inspectorate"]}],
        claims=[{"id": "appeals19", "statement": "Only 19 percent of age appeals succeed", "source": "ministry",
                 "accept": ["ministry"], "contested": True, "numbers": ["n-19"]},
                {"id": "insp41", "statement": "41 percent of appellants were accepted as children",
                 "source": "inspectorate", "accept": ["inspectorate"], "contested": True, "numbers": ["n-41"]}],
        numbers=[{"id": "n-19", "value": 19, "unit": "percent"}, {"id": "n-41", "value": 41, "unit": "percent"}],
    )
    got = verdicts(case, "The inspectorate says 41% of appellants were accepted as children, against the ministry's "
                         "claim that only 19% of appeals succeed.")
    assert got == {"insp41": "attributed", "appeals19": "attributed"}
    got = verdicts(case, "The inspectorate found 41% of appellants were accepted as children, between the ministry's "
                         "19% appeal success rate and the charities' figure.")
    assert got == {"insp41": "attributed", "appeals19": "attributed"}


def test_a_plural_generic_source_names_its_reports_in_the_singular() -> None:
    """ "employer estimates of 38,000 job losses" names the employers (a generic source named "employers") by the
    singular of their plural name before a report noun."""
    case = case_of(
        "wages",
        sources=[{"id": "employers", "name": "employers", "side": "employers", "aliases": ["business groups"]},
                 {"id": "ministry", "name": "labour ministry", "side": "government", "aliases": ["the ministry"]}],
        claims=[{"id": "lost", "statement": "The wage rise destroyed at least 38,000 jobs", "source": "employers",
                 "accept": ["employers"], "contested": True, "numbers": ["n-38k"]}],
        numbers=[{"id": "n-38k", "value": 38000, "unit": "jobs", "qualifier": "at least"}],
    )
    assert verdicts(case, "The ministry says employment rose, rejecting employer estimates of at least 38,000 lost "
                          "jobs.") == {"lost": "attributed"}
    assert verdicts(case, "Employer estimates put the losses at 38,000 jobs.") == {"lost": "attributed"}

def test_a_participle_that_tells_who_is_meant_is_no_report() -> None:
    """ "62% of those claiming to be minors were found to be adults, the minister told parliament": "claiming to be"
    describes the applicants; it continues no one's report, and the post-posed frame covers the whole sentence."""
    case = case_of(
        "ages",
        sources=[{"id": "minister", "name": "Carsten Vell", "side": "government",
                  "aliases": ["Interior Minister Carsten Vell"]},
                 {"id": "government", "name": "Norveland", "side": "government", "aliases": ["the government"]}],
        claims=[{"id": "count", "statement": "Norveland carried out 4,120 age assessments in 2024",
                 "source": "minister", "accept": ["minister"], "contested": True, "numbers": ["n-4120"]},
                {"id": "adults", "statement": "62% of applicants claiming to be minors were found to be adults",
                 "source": "minister", "accept": ["minister"], "contested": True, "numbers": ["n-62"]}],
        numbers=[{"id": "n-4120", "value": 4120, "unit": "assessments"},
                 {"id": "n-62", "value": 62, "unit": "percent"}],
    )
    text = ("Norveland carried out 4,120 age assessments in 2024, and 62% of those claiming to be minors were found to "
            "be adults, Interior Minister Carsten Vell told parliament.")
    assert verdicts(case, text) == {"count": "attributed", "adults": "attributed"}


def test_shared_words_in_a_combination_only_one_claim_has_mention_it() -> None:
    """ "the frigate fired water cannon and shots" holds three words each shared with another claim ("water cannon"
    with the log's, "shots" with the official's, "fired" with both), but only one statement holds all three: that
    claim is mentioned. Where another claim's words are not all among them ("fired water cannon and warning shots"),
    no one claim is told."""
    case = case_of(
        "shoal",
        sources=[{"id": "coastguard", "name": "Velmari Coast Guard", "side": "velmar", "aliases": ["the coast guard"]},
                 {"id": "log", "name": "deck log", "side": "ostria", "aliases": ["the deck log"]},
                 {"id": "official", "name": "anonymous official", "side": "ostria",
                  "aliases": ["an anonymous official"]}],
        claims=[{"id": "cannon", "statement": "The frigate bore down on the fleet, turned water cannon on it and fired "
                                              "shots", "source": "coastguard", "accept": ["coastguard"],
                 "contested": True},
                {"id": "logged", "statement": "The deck log records water cannon engaged and warning rounds fired",
                 "source": "log", "accept": ["log"], "contested": True},
                {"id": "anon", "statement": "The crew fired warning shots on orders to clear the shoal",
                 "source": "official", "accept": ["official"], "contested": True}],
    )
    assert verdicts(case, "The coast guard says the warship fired water cannon and shots at its boats.") == {
        "cannon": "attributed"}
    assert verdicts(case, "The coast guard says the warship fired water cannon and warning shots at its boats.") == {}
    # two shared words are not enough: "fired shots" is the official's account as much as the coast guard's
    assert verdicts(case, "The coast guard says the warship fired shots at its boats.") == {}


def test_a_source_s_account_of_itself_between_its_name_and_its_verb_is_its_report() -> None:
    """ "The Audit Chamber, which reviewed 1,260 contracts, puts the extra cost at 310 million crowns": the figure's
    grouping comma ends no appositive, and the 1,260 contracts, set off between the chamber's name and its verb, are
    part of the chamber's own claim, which its report goes on with. A description of the source that its report does
    not go on with stays the narrator's; so does one the claim does not credit to that source."""
    case = case_of(
        "cartel",
        sources=[{"id": "audit", "name": "National Audit Chamber", "side": "neutral", "aliases": ["the chamber"]},
                 {"id": "kca", "name": "Competition Authority", "side": "regulator", "aliases": ["the authority"]},
                 {"id": "minutes", "name": "meeting minutes", "side": "regulator",
                  "aliases": ["the minutes", "leaked minutes"]}],
        claims=[{"id": "audit", "statement": "Reviewing 1,260 public contracts, the chamber puts the extra cost to the "
                                             "state at 310 million crowns", "source": "audit", "accept": ["audit"],
                 "contested": True, "numbers": ["n-1260", "n-310m"]},
                {"id": "fines", "statement": "The authority fined five producers 312 million crowns", "source": "kca",
                 "accept": ["kca"], "contested": True, "numbers": ["n-312m"]},
                {"id": "minutes", "statement": "Minutes of a 14 September meeting record four producers agreeing a "
                                               "9 percent price rise", "source": "minutes", "accept": ["minutes"],
                 "contested": True, "numbers": ["n-14sep", "n-9pct"]}],
        numbers=[{"id": "n-1260", "value": 1260, "unit": "contracts"},
                 {"id": "n-310m", "value": 310000000, "unit": "crowns"},
                 {"id": "n-312m", "value": 312000000, "unit": "crowns"},
                 {"id": "n-14sep", "value": 14, "unit": "September"},
                 {"id": "n-9pct", "value": 9, "unit": "percent"}],
    )
    assert verdicts(case, "The chamber, which reviewed 1,260 public contracts, puts the extra cost to the state at 310 "
                          "million crowns.") == {"audit": "attributed"}
    assert verdicts(case, "The chamber, reviewing 1,260 public contracts, says the extra cost was 310 million "
                          "crowns.") == {"audit": "attributed"}
    # the description alone, the report about something else: the narrator's
    assert verdicts(case, "The chamber, which reviewed 1,260 public contracts, says the authority fined five producers "
                          "312 million crowns.")["audit"] == "unattributed"
    # a document named with the meeting it records ("of the meeting", "from a 14 September meeting")
    assert verdicts(case, "Leaked minutes from a 14 September meeting record four producers agreeing a 9 percent "
                          "price rise.") == {"minutes": "attributed"}


def test_a_document_from_a_body_speaks_for_itself() -> None:
    """ "Internal noise-monitor readings leaked from the airport show ..." and "Internal readings from the airport
    show ...": the readings, a source of their own, are the subject; the airport only says where they come from (as
    "officials at the agency" would speak for the agency, a document from it does not)."""
    case = case_of(
        "noise",
        sources=[{"id": "airport", "name": "Ostmark Airport Authority", "side": "operator",
                  "aliases": ["the airport"]},
                 {"id": "readings", "name": "leaked internal noise-monitor readings", "side": "leak",
                  "aliases": ["internal noise-monitor readings", "internal readings"]}],
        claims=[{"id": "leak", "statement": "The internal monitor recorded an average night level of 56 decibels",
                 "source": "readings", "accept": ["readings"], "contested": True, "numbers": ["n-56"]}],
        numbers=[{"id": "n-56", "value": 56, "unit": "decibels"}],
    )
    assert verdicts(case, "Internal noise-monitor readings leaked from the airport show a 56-decibel average.") == {
        "leak": "attributed"}
    assert verdicts(case, "Internal readings from the airport show an average of 56 decibels.") == {
        "leak": "attributed"}
    assert verdicts(case, "The airport says the average was 56 decibels.") == {"leak": "misattributed"}


def test_it_after_a_sentence_in_which_no_one_spoke_is_that_sentence_s_subject() -> None:
    """ "Karvenia's competition authority fined five cement producers. It says the cartel cost customers 1.9 billion":
    "it" is the previous sentence's subject (a place's possessive before it), not its object; after a sentence in
    which sources spoke, "It also says" stays with the last speaker; a plural subject ("Investors ...") is no "it"."""
    case = case_of(
        "cartel",
        sources=[{"id": "kca", "name": "Competition Authority", "side": "regulator",
                  "aliases": ["competition authority", "the authority"]},
                 {"id": "industry", "name": "cement producers", "side": "industry",
                  "aliases": ["cement producers", "the association"]}],
        claims=[{"id": "overcharge", "statement": "The cartel cost customers 1.9 billion crowns", "source": "kca",
                 "accept": ["kca"], "contested": True, "numbers": ["n-19bn"]}],
        numbers=[{"id": "n-19bn", "value": 1900000000, "unit": "crowns"}],
    )
    assert verdicts(case, "Karvenia's competition authority fined five cement producers. It says the cartel cost "
                          "customers 1.9 billion crowns.") == {"overcharge": "attributed"}
    assert verdicts(case, "The authority says prices rose; the association says costs rose. It also says the cartel "
                          "cost customers 1.9 billion crowns.") == {"overcharge": "misattributed"}


def test_a_denial_of_the_act_s_noun_states_a_claim_that_the_act_did_not_happen() -> None:
    """ "The producers deny collusion" states "The producers did not collude", as "deny colluding" does: the act's
    noun ("collusion" of "collude", "interference" of "interfere") after the claim's own source's denial; another
    noun ("deny the fines") does not."""
    case = case_of(
        "cartel",
        sources=[{"id": "industry", "name": "cement producers", "side": "industry", "aliases": ["the producers"]}],
        claims=[{"id": "denial", "statement": "The producers did not collude; the meetings were lawful business",
                 "source": "industry", "accept": ["industry"], "contested": True}],
    )
    assert verdicts(case, "The producers deny collusion and blame energy costs.") == {"denial": "attributed"}
    assert verdicts(case, "The producers deny colluding.") == {"denial": "attributed"}
    assert verdicts(case, "The producers deny the fines were fair.") == {}
    assert attribution._noun_of_verb("interference", "interfere") and attribution._noun_of_verb("obstruction",
                                                                                                "obstruct")
    assert not attribution._noun_of_verb("contribution", "contract")


def test_a_document_that_reportedly_shows_something_still_speaks() -> None:
    """ "The leaked minutes reportedly show four producers agreeing a 9 percent rise": the narrator's hearsay adverb
    before a document's verb leaves the document its report (an act, "the bank reportedly wrote off 51 billion",
    stays hearsay); "Leaked internal readings show ..." opens on the report's adjective, no verb with an object."""
    case = case_of(
        "leaks",
        sources=[{"id": "minutes", "name": "meeting minutes", "side": "regulator",
                  "aliases": ["the leaked minutes", "the minutes"]},
                 {"id": "readings", "name": "leaked noise readings", "side": "leak",
                  "aliases": ["internal readings"]}],
        claims=[{"id": "rise", "statement": "Four producers agreed a 9 percent price rise", "source": "minutes",
                 "accept": ["minutes"], "contested": True, "numbers": ["n-9"]},
                {"id": "peak", "statement": "Night peaks reached up to 84 decibels", "source": "readings",
                 "accept": ["readings"], "contested": True, "numbers": ["n-84"]}],
        numbers=[{"id": "n-9", "value": 9, "unit": "percent"},
                 {"id": "n-84", "value": 84, "unit": "decibels", "qualifier": "up to"}],
    )
    assert verdicts(case, "The leaked minutes reportedly show four producers agreeing a 9 percent price rise.") == {
        "rise": "attributed"}
    assert verdicts(case, "Leaked internal readings show night peaks of up to 84 decibels.") == {"peak": "attributed"}


def test_a_word_of_the_statement_s_subject_alone_does_not_state_it() -> None:
    """ "The seized ivory and pangolin scales are worth $18.5 million": "seized" is the statement's only word no other
    claim has, but it says what the claim is about; "Customs seized 3.2 tonnes of ivory and pangolin scales" states
    the seizure, not its worth. A word of what is claimed ("worth") with it does."""
    case = case_of(
        "ivory",
        sources=[{"id": "customs", "name": "customs service", "side": "state", "aliases": ["customs"]},
                 {"id": "ngo", "name": "Fauna Trade Watch", "side": "neutral", "aliases": ["the monitors"]}],
        claims=[{"id": "haul", "statement": "Customs found 3.2 tonnes of ivory and pangolin scales in three containers",
                 "source": "customs", "accept": ["customs"], "contested": False, "numbers": ["n-ivory"]},
                {"id": "value", "statement": "The seized ivory and pangolin scales are worth $18.5 million",
                 "source": "customs", "accept": ["customs"], "contested": True, "numbers": ["n-value"]},
                {"id": "ngo", "statement": "The ivory is worth less on the wholesale market", "source": "ngo",
                 "accept": ["ngo"], "contested": True}],
        numbers=[{"id": "n-ivory", "value": 3.2, "unit": "tonnes"},
                 {"id": "n-value", "value": 18500000, "unit": "USD"}],
    )
    assert "value" not in verdicts(case, "Customs seized ivory and pangolin scales at the port on Friday.")
    assert verdicts(case, "Customs says the seized ivory and scales are worth a fortune.").get("value") == "attributed"


def test_the_two_word_predicate_of_a_copula_statement_states_it_in_its_own_source_s_report() -> None:
    """ "The draws are certified random; the system passed 12 tests": the predicate after the copula ("certified
    random") says what is claimed however often the article uses the word; in its own source's report ("the lottery
    insists its draws are certified random") it states the claim, in another's it does not."""
    case = case_of(
        "lottery",
        sources=[{"id": "nlm", "name": "National Lottery", "side": "state", "aliases": ["the lottery"]},
                 {"id": "crp", "name": "Civic Renewal Party", "side": "opposition", "aliases": ["the opposition"]}],
        claims=[{"id": "certified", "statement": "The draws are certified random; the system passed 12 quarterly "
                                                 "tests", "source": "nlm", "accept": ["nlm"], "contested": True,
                 "numbers": ["n-12"]},
                {"id": "rigged", "statement": "The random-number system was tampered with before 14 draws",
                 "source": "crp", "accept": ["crp"], "contested": True, "numbers": ["n-14"]}],
        numbers=[{"id": "n-12", "value": 12, "unit": "tests"}, {"id": "n-14", "value": 14, "unit": "draws"}],
        article="The lottery says draws are certified. Every draw is certified by an outside laboratory. The "
                "opposition says the certified system was tampered with. " + "Sales fell in the spring. " * 24,
    )
    assert verdicts(case, "The lottery insists its draws are certified random.") == {"certified": "attributed"}


def _club_case() -> Case:
    """A regulator charging a club, its owner, valuers and a commission: the shape of the rules below."""
    return case_of(
        "club",
        sources=[{"id": "fcb", "name": "Financial Control Board", "side": "league",
                  "aliases": ["the regulator", "the league's regulator"]},
                 {"id": "owner", "name": "Anselm Varga", "side": "club", "aliases": ["Varga", "the owner"]},
                 {"id": "club", "name": "Valdora City", "side": "club", "aliases": ["Valdora", "the club"]},
                 {"id": "valuers", "name": "Pellham & Rowe", "side": "neutral", "aliases": ["the valuers"]},
                 {"id": "commission", "name": "Independent Disciplinary Commission", "side": "neutral",
                  "aliases": ["the commission", "Tobias Renn"]}],
        claims=[{"id": "charges", "statement": "The FCB charged the club with 54 breaches of the spending rules",
                 "source": "fcb", "accept": ["fcb"], "contested": False, "numbers": ["n-54"]},
                {"id": "inflated", "statement": "The club inflated its sponsorship income by more than 412 million "
                                                "euros", "source": "fcb", "accept": ["fcb"], "contested": True,
                 "numbers": ["n-412"]},
                {"id": "fair", "statement": "Every sponsorship deal the club signed was at fair market value",
                 "source": "owner", "accept": ["owner", "club"], "contested": True},
                {"id": "valuation", "statement": "The fair market value of the shirt deal is about 21 million euros "
                                                 "a year", "source": "valuers", "accept": ["valuers"],
                 "contested": True, "numbers": ["n-21"]}],
        numbers=[{"id": "n-54", "value": 54, "unit": "charges"},
                 {"id": "n-412", "value": 412, "unit": "million euros", "qualifier": "more than"},
                 {"id": "n-21", "value": 21, "unit": "million euros a year", "qualifier": "about"}],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word before a name is no verb: the commission acts, it reports nothing
        ("A commission chaired by retired judge Tobias Renn has closed a hearing into 54 charges.",
         {"charges": "unattributed"}),
        # "rule on" decides about its object; "ruled that" reports
        ("The commission will rule within six weeks on 54 charges against the club.", {"charges": "unattributed"}),
        ("The commission ruled on Tuesday that the club faced 54 charges.", {"charges": "misattributed"}),
        # a relative clause's object does not speak the verb after the clause's comma
        ("Varga, who bought the club in 2014, rejects every accusation, saying each deal was at fair market value.",
         {"fair": "attributed"}),
        # a noun's maker after "by" is no passive's agent: the regulator's report goes on
        ("The regulator says the deals were part of a plan by Varga to inflate income by more than 412 million euros.",
         {"inflated": "attributed"}),
        # the charge after "accused by X of" is X's, to the end of the appositive
        ("Valdora, accused by the regulator of inflating its income by more than 412 million euros, awaits a ruling.",
         {"inflated": "attributed"}),
        ("Valdora, accused by the regulator, inflated its income by more than 412 million euros.",
         {"inflated": "unattributed"}),
    ],
)
def test_acts_roles_relative_objects_and_charges(text: str, expected: dict[str, str]) -> None:
    assert verdicts(_club_case(), text) == expected


def test_shared_words_in_a_report_by_the_claim_s_own_source_tell_it_from_another_claim_s() -> None:
    """ "the deals were at fair market value" has the words of the owner's claim and of the valuers' alike: in the
    owner's report they state the owner's claim; in no one's report, or a third party's, neither."""
    case = _club_case()
    assert verdicts(case, "Varga, the owner, says the deals were at fair market value.") == {"fair": "attributed"}
    assert verdicts(case, "The deals were at fair market value.") == {}
    assert verdicts(case, "The regulator says the deals were at fair market value.") == {}


def test_a_report_noun_after_its_source_with_a_figure_gives_that_figure_only() -> None:
    """ "Observers say it lasted about 10 hours, against police claims of under eight and organisers' of more than
    11": each figure after "<source> claims of" or "<source>' of" is that source's, not the sentence's speaker's."""
    case = case_of(
        "kettle",
        sources=[{"id": "obs", "name": "legal observers", "side": "neutral", "aliases": ["the observers"]},
                 {"id": "police", "name": "police", "side": "authorities", "aliases": ["police"]},
                 {"id": "org", "name": "the organisers", "side": "protesters", "aliases": ["organisers"]}],
        claims=[{"id": "obs10", "statement": "The containment lasted about 10 hours", "source": "obs",
                 "accept": ["obs"], "contested": True, "numbers": ["n-10"]},
                {"id": "pol8", "statement": "The containment lasted less than eight hours", "source": "police",
                 "accept": ["police"], "contested": True, "numbers": ["n-8"]},
                {"id": "org11", "statement": "The containment lasted more than 11 hours", "source": "org",
                 "accept": ["org"], "contested": True, "numbers": ["n-11"]}],
        numbers=[{"id": "n-10", "value": 10, "unit": "hours", "qualifier": "about"},
                 {"id": "n-8", "value": 8, "unit": "hours", "qualifier": "less than"},
                 {"id": "n-11", "value": 11, "unit": "hours", "qualifier": "more than"}],
    )
    assert verdicts(case, "The observers say it lasted about 10 hours, against police claims of under eight and "
                          "organisers' of more than 11.") == {"obs10": "attributed", "pol8": "attributed",
                                                             "org11": "attributed"}
    assert verdicts(case, "The observers say it lasted about 10 hours, against under eight.")["pol8"] == \
        "misattributed"  # (no source before "of": the observers' report)


def test_a_second_that_clause_of_one_report_is_read_apart_from_the_first_s_figures() -> None:
    """ "Drach says the offer of 6.5% is the largest in years and that the union's figures are misleading": another
    claim's figure in the first complement does not hide the second complement's own words."""
    case = case_of(
        "pay",
        sources=[{"id": "drach", "name": "Anselm Drach", "side": "government", "aliases": ["Drach"]}],
        claims=[{"id": "offer", "statement": "The offer of 6.5% is the largest in years", "source": "drach",
                 "accept": ["drach"], "contested": True, "numbers": ["n-offer"]},
                {"id": "misleading", "statement": "The union's figures are misleading; real pay fell by about 7%",
                 "source": "drach", "accept": ["drach"], "contested": True, "numbers": ["n-7"]}],
        numbers=[{"id": "n-offer", "value": 6.5, "unit": "percent"},
                 {"id": "n-7", "value": 7, "unit": "percent", "qualifier": "about"}],
    )
    assert verdicts(case, "Drach says the offer of 6.5% is the largest in years and that the union's figures are "
                          "misleading.") == {"offer": "attributed", "misleading": "attributed"}
    assert "misleading" not in verdicts(case, "Drach says the offer of 6.5% is the largest in years and the most "
                                              "misleading.")


def test_a_demand_after_an_article_inside_another_s_report_is_that_report_s() -> None:
    """ "The company says a customs official wanted $250,000", "... and alleges a customs official had demanded a
    $250,000 fee": what one side reports the other demanded is the reporter's claim, whether the demander comes
    with "a" or "the" and whether the report is "X says" or "and alleges"."""
    case = case_of(
        "bribe",
        sources=[{"id": "firm", "name": "Okonda Timber", "side": "firm", "aliases": ["the company"]},
                 {"id": "customs", "name": "customs service", "side": "state", "aliases": ["customs official"]}],
        claims=[{"id": "bribe", "statement": "A customs official demanded a $250,000 fee", "source": "firm",
                 "accept": ["firm"], "contested": True, "numbers": ["n-fee"]}],
        numbers=[{"id": "n-fee", "value": 250000, "unit": "USD"}],
    )
    for text in ("The company says a customs official wanted $250,000.",
                 "The company denies smuggling and alleges a customs official had demanded a $250,000 fee.",
                 "The company says the customs official demanded $250,000."):
        assert verdicts(case, text) == {"bribe": "attributed"}, text
    # (outside another's report the demand is the demander's own: the claim does not accept customs)
    assert verdicts(case, "A customs official demanded $250,000.") == {"bribe": "misattributed"}


def test_an_instruction_reported_inside_another_s_report_is_that_report_s() -> None:
    """ "The analyst said an order dated March 3 had told units to remove all shelter": the order's instruction is
    what the analyst reports (misattributed for a claim only the order may state); alone, "A leaked order told units
    to remove all shelter" is the order's own."""
    case = case_of(
        "order",
        sources=[{"id": "order", "name": "leaked order", "side": "army", "aliases": ["order", "leaked order"]},
                 {"id": "analyst", "name": "Lena Sorhaug", "side": "neutral", "aliases": ["Sorhaug"]}],
        claims=[{"id": "shelter", "statement": "An order dated March 3 told units to remove all shelter within 5 km",
                 "source": "order", "accept": ["order"], "contested": True, "numbers": ["n-5"]}],
        numbers=[{"id": "n-5", "value": 5, "unit": "km"}],
    )
    assert verdicts(case, "Sorhaug said an order had told units to remove all shelter within 5 km.") == {
        "shelter": "misattributed"}
    assert verdicts(case, "A leaked order told units to remove all shelter within 5 km.") == {"shelter": "attributed"}


def test_a_word_the_statement_sets_itself_against_does_not_state_it_alone() -> None:
    """ "Northvale released sewage in dry weather, not only during heavy rain": "rain" alone ("the releases were
    permitted overflows in heavy rain") says what the claim denies; the claim's own words state it; a sentence that
    too sets the word aside ("the ministry, not the board, decided") still uses it."""
    case = case_of(
        "sewage",
        sources=[{"id": "firm", "name": "Northvale", "side": "firm", "aliases": ["the utility"]},
                 {"id": "camp", "name": "campaigners", "side": "campaign", "aliases": ["campaigners"]},
                 {"id": "min", "name": "the ministry", "side": "state", "aliases": ["the ministry"]}],
        claims=[{"id": "dry", "statement": "Northvale released sewage in dry weather, not only during heavy rain",
                 "source": "camp", "accept": ["camp"], "contested": True},
                {"id": "decided", "statement": "The closure was decided at the ministry, not by the board",
                 "source": "camp", "accept": ["camp"], "contested": True}],
    )
    assert "dry" not in verdicts(case, "The utility says the releases came in heavy rain.")
    assert verdicts(case, "Campaigners say Northvale released sewage in dry weather.") == {"dry": "attributed"}
    assert verdicts(case, "Campaigners say the ministry, not the board, decided the closure.") == {
        "decided": "attributed"}


def test_it_after_a_sentence_adverb_is_the_paper_that_opens_the_sentence() -> None:
    """ "... the ambulance service says .... Separately, the Arvenna Courier published what it says is a leaked
    order": "it" is the paper that opens its sentence after the adverb, not the service of the sentence before; a
    possessive's gerund ("over her reporting") is a noun, while "in his telling" still reports."""
    case = case_of(
        "order",
        sources=[{"id": "amb", "name": "Arvenna Ambulance Service", "side": "neutral",
                  "aliases": ["the ambulance service"]},
                 {"id": "courier", "name": "Arvenna Courier", "side": "media", "aliases": ["the newspaper"]},
                 {"id": "order", "name": "leaked order", "side": "police", "aliases": ["leaked police order"]}],
        claims=[{"id": "order12", "statement": "A leaked order prepared a containment of up to 12 hours",
                 "source": "order", "accept": ["order", "courier"], "contested": True, "numbers": ["n-12"]}],
        numbers=[{"id": "n-12", "value": 12, "unit": "hours", "qualifier": "up to"}],
    )
    text = ("The ambulance service says it treated people. Separately, the Arvenna Courier published what it says is "
            "a leaked police order preparing a containment of up to 12 hours.")
    assert verdicts(case, text) == {"order12": "attributed"}


def test_a_possessive_s_gerund_is_a_noun_but_in_his_telling_reports() -> None:
    """ "The Times says Farrow was targeted over her reporting on 340 million euros of corruption": "her reporting"
    is her journalism, no report of hers; "in his telling, ..." still names whose account follows."""
    case = case_of(
        "paper",
        sources=[{"id": "ledger", "name": "Northern Times", "side": "paper", "aliases": ["the Times"]},
                 {"id": "farrow", "name": "Lena Farrow", "side": "paper", "aliases": ["Farrow"]},
                 {"id": "expert", "name": "Tomas Berg", "side": "neutral", "aliases": ["Berg"]}],
        claims=[{"id": "graft", "statement": "Farrow was targeted for exposing 340 million euros of procurement graft",
                 "source": "ledger", "accept": ["ledger"], "contested": True, "numbers": ["n-340"]},
                {"id": "cards", "statement": "Hackers took 480,000 card numbers", "source": "expert",
                 "accept": ["expert"], "contested": True, "numbers": ["n-480"]}],
        numbers=[{"id": "n-340", "value": 340, "unit": "million euros"},
                 {"id": "n-480", "value": 480000, "unit": "card numbers"}],
    )
    assert verdicts(case, "The Times says Farrow was targeted over her reporting on 340 million euros of graft.") == {
        "graft": "attributed"}
    assert verdicts(case, "Berg differs: in his telling, 480,000 card numbers were taken.") == {"cards": "attributed"}


def test_a_universal_claim_is_stated_by_every_or_fully_with_its_predicate() -> None:
    """ "All of the party's campaign spending was declared": "every crown was declared", "everything was declared"
    and "its spending was fully declared" state it with the statement's own predicate; "some spending was declared"
    does not."""
    case = case_of(
        "cap",
        sources=[{"id": "party", "name": "National Renewal Party", "side": "party", "aliases": ["the party"]},
                 {"id": "audit", "name": "electoral commission", "side": "neutral", "aliases": ["the commission"]}],
        claims=[{"id": "all", "statement": "All of the party's campaign spending was declared and stayed in the cap",
                 "source": "party", "accept": ["party"], "contested": True},
                {"id": "declared", "statement": "The party declared 17.4 million crowns of spending", "source": "party",
                 "accept": ["party"], "contested": False, "numbers": ["n-17"]}],
        numbers=[{"id": "n-17", "value": 17.4, "unit": "million crowns"}],
    )
    for text in ("The party says every crown was declared.", "The party says everything was declared.",
                 "The party insists its spending was fully declared."):
        assert verdicts(case, text).get("all") == "attributed", text
    assert "all" not in verdicts(case, "The party says some of it was declared.")


def test_state_before_a_name_is_still_a_verb() -> None:
    """ "Western officials state Russia has lost 300,000 troops": "state" (a title word too) before a capitalised name
    reports; only a person's role word before a name ("retired judge Tobias Renn") is no verb."""
    case = case_of(
        "west",
        sources=[{"id": "w", "name": "Western officials", "side": "west", "aliases": ["officials"]}],
        claims=[{"id": "c", "statement": "Russia has lost 300,000 troops", "source": "w", "accept": ["w"],
                 "contested": True, "numbers": ["n"]}],
        numbers=[{"id": "n", "value": 300000, "unit": "troops"}],
    )
    assert verdicts(case, "Western officials state Russia has lost 300,000 troops.") == {"c": "attributed"}


def test_a_figure_a_source_gives_inside_a_relative_clause_is_that_source_s() -> None:
    """A rival's figure inside a relative clause is that rival's, not the sentence speaker's: "a figure the audit
    puts at 380,000" (reduced relative), "a loss that a leaked audit puts at 380,000" (a counting verb nested in
    another's report through "that"), "the roughly 35 that Halvern says worked" (the figure is the subject of what
    Halvern says); and a figure's grouping comma does not close ", which the audit puts at 380,000, ..."."""
    case = case_of(
        "ferry",
        sources=[{"id": "op", "name": "Brannock Link", "side": "operator", "aliases": ["Brannock Link"]},
                 {"id": "audit", "name": "the leaked audit", "side": "neutral", "aliases": ["audit"]}],
        claims=[{"id": "loss", "statement": "The winter service lost 1.2 million pounds", "source": "op",
                 "accept": ["op"], "contested": True, "numbers": ["n-12"]},
                {"id": "audit_loss", "statement": "The winter service lost only 380,000 pounds", "source": "audit",
                 "accept": ["audit"], "contested": True, "numbers": ["n-380"]}],
        numbers=[{"id": "n-12", "value": 1200000, "unit": "pounds"},
                 {"id": "n-380", "value": 380000, "unit": "pounds"}],
    )
    want = {"loss": "attributed", "audit_loss": "attributed"}
    assert verdicts(case, "Brannock Link cites a £1.2 million winter loss, a figure the leaked audit puts at just "
                          "£380,000.") == want
    assert verdicts(case, "Brannock Link is raising fares, citing a £1.2 million winter loss that a leaked audit puts "
                          "at just £380,000.") == want
    assert verdicts(case, "Brannock Link cites a £1.2 million winter loss and says the audit's figure is wrong, "
                          "putting it at £380,000.")["audit_loss"] == "misattributed"
    closed = attribution.analyse(case, "The winter loss, which the audit puts at £380,000, is far below the claim.")
    assert [closed.text[f.scope[0]:f.scope[1]] for f in closed.frames[0]] == [" at £380,000"]
    tunnel = case_of(
        "tunnel",
        sources=[{"id": "union", "name": "the union", "side": "workers", "aliases": ["the union"]},
                 {"id": "halvern", "name": "Halvern Construction", "side": "company", "aliases": ["Halvern"]}],
        claims=[{"id": "exposed", "statement": "At least 140 workers were exposed to silica dust", "source": "union",
                 "accept": ["union"], "contested": True, "numbers": ["n-140"]},
                {"id": "face", "statement": "About 35 people worked at the drilling face", "source": "halvern",
                 "accept": ["halvern"], "contested": True, "numbers": ["n-35"]}],
        numbers=[{"id": "n-140", "value": 140, "unit": "workers", "qualifier": "at least"},
                 {"id": "n-35", "value": 35, "unit": "workers", "qualifier": "about"}],
    )
    assert verdicts(tunnel, "The union says at least 140 workers were exposed to silica dust, four times the roughly "
                            "35 that Halvern Construction says worked at the drilling face.") == \
        {"exposed": "attributed", "face": "attributed"}
    assert verdicts(tunnel, "The union says at least 140 workers were exposed to silica dust, four times the roughly "
                            "35 that worked at the drilling face.")["face"] == "misattributed"


def test_a_short_statement_s_shared_word_in_its_own_source_s_report_states_it() -> None:
    """ "Families say the race should have been cancelled" states the families' "The race should have been cancelled",
    although a leaked assessment's longer claim also has "cancelled": no claim with that word accepts the families. A
    risk assessment is a written document: what it "recommended" or "advised" is its report."""
    case = case_of(
        "race",
        sources=[{"id": "families", "name": "bereaved families", "side": "critics", "aliases": ["families"]},
                 {"id": "ra", "name": "the leaked risk assessment", "side": "document",
                  "aliases": ["risk assessment"]},
                 {"id": "org", "name": "the organisers", "side": "organisers", "aliases": ["organisers"]}],
        claims=[{"id": "cancel", "statement": "The race should have been cancelled", "source": "families",
                 "accept": ["families"], "contested": True},
                {"id": "ra35", "statement": "The race should be shortened or cancelled if the forecast exceeded 35 "
                                            "degrees Celsius", "source": "ra", "accept": ["ra"], "contested": True,
                 "numbers": ["n-35"]}],
        numbers=[{"id": "n-35", "value": 35, "unit": "degrees Celsius"}],
    )
    assert verdicts(case, "Bereaved families say the race should have been cancelled.") == {"cancel": "attributed"}
    assert "cancel" not in verdicts(case, "The organisers say the race was never going to be cancelled.")
    assert verdicts(case, "A leaked risk assessment had recommended shortening or cancelling the race if the forecast "
                          "topped 35 C.") == {"ra35": "attributed"}
    assert verdicts(case, "A leaked risk assessment advised shortening or cancelling the race above a forecast of "
                          "35 C.") == {"ra35": "attributed"}


def test_a_word_of_its_statement_in_a_report_by_a_source_of_no_other_claim_states_it() -> None:
    """ "A coroner ruled that mould caused the death" states the coroner's "Idris Okonjo's death was caused by prolonged
    exposure to mould ..." (round 115's mould case), although the article uses "death" too often for the word alone
    to tell a claim: the coroner speaks for no other claim, and "death" is no other claim's word. The union, which
    speaks for several claims, saying "death" does not state it."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round115" / "blind115-tenant-mould.yaml")
    assert verdicts(case, "A coroner ruled that mould caused the death of two-year-old Idris Okonjo.") == \
        {"coroner-cause": "attributed"}
    assert "coroner-cause" not in verdicts(case, "The tenants' union says the death was preventable.")


def test_one_word_of_a_summary_counts_once_whichever_forms_of_it_the_statement_has() -> None:
    """A statement with "crossed" and "crossings" is not stated by "the crossing" alone plus a topic word: one word of
    the summary is one word of the claim (round 115's lorry case)."""
    case = case_of(
        "queue",
        sources=[{"id": "monitors", "name": "the trade monitors", "side": "neutral", "aliases": ["monitors"]},
                 {"id": "hauliers", "name": "the hauliers", "side": "exporters", "aliases": ["hauliers"]}],
        claims=[{"id": "flow", "statement": "About 1,800 lorries a day crossed before the checks, against 410 "
                                            "crossings on Monday", "source": "monitors", "accept": ["monitors"],
                 "numbers": ["n-1800", "n-410"]},
                {"id": "stuck", "statement": "More than 4,000 lorries are stranded in a 42 km queue", "source":
                 "hauliers", "accept": ["hauliers"], "contested": True, "numbers": ["n-4000"]}],
        numbers=[{"id": "n-1800", "value": 1800, "unit": "lorries a day", "qualifier": "about"},
                 {"id": "n-410", "value": 410, "unit": "crossings"},
                 {"id": "n-4000", "value": 4000, "unit": "lorries", "qualifier": "more than"}],
    )
    assert "flow" not in verdicts(case, "Lorries have been stranded for eight days at the Harnow crossing.")
    assert verdicts(case, "The monitors say far fewer lorries crossed on Monday than before the checks.") == \
        {"flow": "attributed"}


def test_a_possessive_pronoun_before_another_party_s_noun_is_that_party() -> None:
    """ "Estmark accuses a freighter of cutting two cables; its owner blames a storm" (round 115's cable case): "its
    owner" is the ship's owner, whom the case names "the owner", not Estmark that "its" might refer to; the storm it
    blames states its claim that the damage was an accident "caused when the anchor broke loose in a storm" (a cause
    after "caused when")."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round115" / "blind115-undersea-cable.yaml")
    found = verdicts(case, "Estmark accuses a Maravian-flagged freighter of cutting two Varn Strait cables on "
                           "purpose; its owner blames a storm.")
    assert found.get("storm") == "attributed"


def test_a_figure_with_plus_before_its_source_and_a_leaked_instruction_that_orders() -> None:
    """ "far fewer than the 400-plus the tenants' union claims": the union's figure, as "the 400 the union claims" is;
    "a leaked customs instruction orders inspection of 100% of lorries": an instruction is a written document, and
    what it orders is its own report."""
    case = case_of(
        "queue",
        sources=[{"id": "union", "name": "the tenants' union", "side": "tenants", "aliases": ["the tenants' union"]},
                 {"id": "landlord", "name": "Westmere Homes", "side": "landlord", "aliases": ["Westmere Homes"]},
                 {"id": "instr", "name": "the leaked customs instruction", "side": "document",
                  "aliases": ["customs instruction", "instruction"]}],
        claims=[{"id": "c400", "statement": "The landlord ignored more than 400 complaints", "source": "union",
                 "accept": ["union"], "contested": True, "numbers": ["n-400"]},
                {"id": "all", "statement": "Officers must inspect 100% of refrigerated lorries", "source": "instr",
                 "accept": ["instr"], "contested": True, "numbers": ["n-100"]}],
        numbers=[{"id": "n-400", "value": 400, "unit": "complaints", "qualifier": "more than"},
                 {"id": "n-100", "value": 100, "unit": "percent"}],
    )
    assert verdicts(case, "Westmere Homes disputes the 400-plus the tenants' union claims.") == {"c400": "attributed"}
    assert verdicts(case, "A leaked customs instruction orders inspection of 100% of refrigerated lorries.") == \
        {"all": "attributed"}


def test_a_report_noun_before_the_noun_it_modifies_is_no_report() -> None:
    """ "38% of Estmark's international data capacity was knocked out": "data" modifies "capacity", the subject of
    "was"; Estmark reports nothing, and "It estimates ..." next is still the consortium that spoke before."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round115" / "blind115-undersea-cable.yaml")
    text = ("According to the Varn Strait Cable Consortium, about 400,000 users lost service and 38% of Estmark's "
            "international data capacity was knocked out. It estimates repairs at about 60 million euros.")
    frames = [f for fs in attribution.analyse(case, text).frames for f in fs]
    assert [(f.source_id, f.rule_id) for f in frames] == [("consortium", "frame.according-to"),
                                                          ("consortium", "frame.source-verb")]


def test_a_document_the_case_counts_as_a_source_speaks_though_named_after_its_owner() -> None:
    """ "A leaked, unpublished Braskow transport department report found ..." (round 116's school case, whose
    leaked report is a source of its own, "department report"): the report speaks, not the department; "Lund, citing a
    leaked memo, calls ..." still has Lund speaking (an aside is no part of the name)."""
    case = load_case(Path(__file__).parent / "data" / "rounds" / "round116" / "blind116-school-air.yaml")
    text = "A leaked, unpublished Braskow transport department report found annual means of 47 micrograms."
    [frame] = [f for fs in attribution.analyse(case, text).frames for f in fs]
    assert frame.source_id == "leaked-report"
    arms = load_case(Path(__file__).parent / "data" / "rounds" / "round74" / "blind74-arms-exports.yaml")
    assert verdicts(arms, "Opposition leader Petra Lund, citing a leaked memo, calls for a 90-day suspension of all "
                          "licences.").get("suspend") == "attributed"


def test_topic_words_alone_assert_no_claim_against_another() -> None:
    """Round 119's bridge case pairs "No military vehicles were on the bridge at the moment of the strike" with the
    claims that share its words; "bridge" and "strike", in most of the article's sentences, are the story's topic:
    a clause with only those words ("The strike brought down a section of the bridge") states no claim, while the
    claim's own words still mention it."""
    case = load_case(ROUNDS / "round119" / "blind119-bridge-strike.yaml")
    record = score_summary(case, "The strike brought down a 120-metre section of the Kalvor Bridge.")
    assert [c.claim_id for c in record.claims] == []
    record = score_summary(case, "An intelligence official says an armoured column crossed the bridge nine hours "
                                 "before the strike.")
    assert [(c.claim_id, c.verdict) for c in record.claims] == [("intel", "attributed")]


def test_seeking_is_an_act_not_a_report() -> None:
    """ "The lawsuit seeks 850 million dollars": the suit (or whoever seeks) acts, as one who demands or asks does; it
    reports nothing (round 119's powerline case labels these unattributed), while "the suit says" reports."""
    case = Case(id="suit", title="t", topic="x", article="(invented)",
                sources=[Source(id="lawyers", name="Hessing Marsh", side="residents",
                                aliases=["the lawsuit", "the suit"])],
                claims=[Claim(id="damages", statement="The residents' class action asks for 850 million dollars",
                              source="lawyers", accept=["lawyers"], contested=False, numbers=["n-850"])],
                numbers=[Number(id="n-850", value=850e6, unit="dollars")])
    got = [(c.claim_id, c.verdict) for c in score_summary(case, "The lawsuit seeks 850 million dollars.").claims]
    assert got == [("damages", "unattributed")]
    got = [(c.claim_id, c.verdict) for c in
           score_summary(case, "The suit says the utility owes 850 million dollars.").claims]
    assert got == [("damages", "attributed")]


@pytest.mark.parametrize("text, expected", [
    # the insurer's own act, counted, stated as fact (round 121's hail case): no denial by the insurer
    ("Hearthstone rejected or underpaid more than 6,000 claims.", {"rejected": "unattributed"}),
    ("Hearthstone has rejected 6,000 claims, the alliance says.", {"rejected": "attributed"}),
    # a denial of the figure is still one
    ("Hearthstone rejected the figure of 6,000 claims.", {"rejected": "misattributed"}),
])
def test_a_denial_verb_with_a_counted_object_is_an_act(text: str, expected: dict[str, str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """ "X rejected 6,000 claims": a denial verb whose object is counted acts on things; it disputes no claim, with
    the rules alone as with the parser stage."""
    case = case_of("hail",
        sources=[{"id": "ins", "name": "Hearthstone Mutual", "side": "insurer", "kind": "body",
                  "aliases": ["Hearthstone"]},
                 {"id": "all", "name": "homeowners alliance", "side": "owners", "kind": "body",
                  "aliases": ["the alliance"]}],
        claims=[{"id": "rejected", "statement": "Hearthstone has rejected or underpaid more than 6,000 claims",
                 "source": "all", "accept": ["all"], "contested": True, "numbers": ["n-rej"]}],
        numbers=[{"id": "n-rej", "value": 6000, "unit": "claims", "qualifier": "more than"}],
    )
    assert_both_stages(case, text, expected, monkeypatch)


@pytest.mark.parametrize("text", [
    "The alliance obtained an internal memo dated July 2; according to the memo, adjusters were to close 40 claims "
    "a week.",
    "The alliance obtained the July 2 memo. According to the memo, adjusters were to close 40 claims a week.",
])
def test_a_day_that_dates_the_claims_document_names_its_source(text: str) -> None:
    """ "an internal memo dated July 2" (round 121's hail case): the memo's date, a figure of the memo's claim, names
    the document; the claim, stated with its source in the next clause, is attributed."""
    case = case_of("memo",
        sources=[{"id": "memo", "name": "internal memo", "side": "doc", "aliases": ["the memo"]},
                 {"id": "all", "name": "homeowners alliance", "side": "owners", "kind": "body",
                  "aliases": ["the alliance"]}],
        claims=[{"id": "targets", "statement": "A memo dated July 2 asked adjusters to close 40 claims a week",
                 "source": "memo", "accept": ["memo"], "contested": True, "numbers": ["n-target", "n-date"]}],
        numbers=[{"id": "n-target", "value": 40, "unit": "claims per week"},
                 {"id": "n-date", "value": 2, "unit": "July"}],
    )
    assert verdicts(case, text) == {"targets": "attributed"}


@pytest.mark.parametrize("memo_name", ["internal memo", 'Hearthstone internal memo "Storm Closure Targets"'])
@pytest.mark.parametrize("text", [
    "According to a leaked Hearthstone memo, adjusters were to close 40 claims a week.",
    "According to Hearthstone's internal memo, adjusters were to close 40 claims a week.",
])
def test_an_owners_name_before_its_document_names_the_document(memo_name: str, text: str) -> None:
    """ "a leaked Hearthstone memo" (round 121's hail case): the owner's name modifies the memo the case counts as a
    source of its own, so the memo speaks, not its owner; a document named by a title counts by its aliases."""
    case = case_of("owner",
        sources=[{"id": "memo", "name": memo_name, "side": "doc", "aliases": ["the memo", "leaked memo", "memo"]},
                 {"id": "ins", "name": "Hearthstone Mutual", "side": "insurer", "kind": "body",
                  "aliases": ["Hearthstone"]}],
        claims=[{"id": "targets", "statement": "A memo asked adjusters to close 40 claims a week",
                 "source": "memo", "accept": ["memo"], "contested": True, "numbers": ["n-target"]}],
        numbers=[{"id": "n-target", "value": 40, "unit": "claims per week"}],
    )
    assert verdicts(case, text) == {"targets": "attributed"}


@pytest.mark.parametrize("text", [
    "A survey of 1,150 households by the alliance found the average roof offer was $4,300.",
    "The average roof offer was $4,300, according to a survey of 1,150 households by the alliance.",
    # what a body examined to reach its finding (round 121's shell case: "examined receipts for 11 brigades")
    "The alliance examined offers for 1,150 households and found the average roof offer was $4,300.",
])
def test_a_studys_size_names_its_source(text: str) -> None:
    """ "a survey of 1,150 households by the alliance" (round 121's hail case): the survey's size, a figure of its
    claim, describes the source, as what a body examined to find it does; what it found is told with its
    source."""
    case = case_of("survey",
        sources=[{"id": "all", "name": "homeowners alliance", "side": "owners", "kind": "body",
                  "aliases": ["the alliance"]},
                 {"id": "ins", "name": "Hearthstone Mutual", "side": "insurer", "kind": "body"}],
        claims=[{"id": "offers", "statement": "A survey of 1,150 households found the average roof offer was $4,300",
                 "source": "all", "accept": ["all"], "contested": True, "numbers": ["n-offer", "n-survey"]}],
        numbers=[{"id": "n-offer", "value": 4300, "unit": "dollars"},
                 {"id": "n-survey", "value": 1150, "unit": "households"}],
    )
    assert verdicts(case, text) == {"offers": "attributed"}


@pytest.mark.parametrize("text", [
    "The regulator said the fund had written down its stake by 1.1 billion kronor.",
    "The regulator says the fund wrote off 1.1 billion kronor.",
])
def test_a_verb_of_writing_with_its_particle_is_an_act(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "the fund had written down its stake" (round 122's pension case) is the fund acting, reported by the regulator;
    "written down" is no "wrote that", with the rules alone as with the parser stage."""
    case = case_of("writedown",
        sources=[{"id": "reg", "name": "pensions regulator", "side": "reg", "kind": "body",
                  "aliases": ["the regulator"]},
                 {"id": "fund", "name": "Carrow pension fund", "side": "fund", "kind": "body",
                  "aliases": ["the fund"]}],
        claims=[{"id": "wd", "statement": "The fund has written down its stake by 1.1 billion kronor",
                 "source": "reg", "accept": ["reg"], "contested": True, "numbers": ["n-wd"]}],
        numbers=[{"id": "n-wd", "value": 1.1, "unit": "billion kronor"}],
    )
    assert_both_stages(case, text, {"wd": "attributed"}, monkeypatch)


@pytest.mark.parametrize("text", [
    "Verek won with 50.4%, the commission's preliminary count shows.",
    "Verek won with 50.4%, the commission's figures show.",
])
def test_a_possessive_report_closing_its_sentence_frames_what_comes_before(text: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """ "..., the commission's preliminary count shows." (round 122's vote case): a report closing its sentence with
    its verb tells what comes before it, as "..., the commission says." does."""
    case = case_of("count",
        sources=[{"id": "ec", "name": "election commission", "side": "ec", "kind": "body",
                  "aliases": ["the commission"]},
                 {"id": "opp", "name": "People's Alliance", "side": "opp", "kind": "body"}],
        claims=[{"id": "result", "statement": "Verek won with 50.4 percent of the vote", "source": "ec",
                 "accept": ["ec"], "contested": True, "numbers": ["n-pct"]}],
        numbers=[{"id": "n-pct", "value": 50.4, "unit": "percent"}],
    )
    assert_both_stages(case, text, {"result": "attributed"}, monkeypatch)


@pytest.mark.parametrize("text, expected", [
    # a report with its agent hedges nothing else in the sentence (round 107's shipbreaking case)
    ("More than 400 workers have been injured, on top of 47 deaths reported by a labour coalition.",
     {"injured": "unattributed"}),
    ("More than 400 workers have been injured, far more than the 40 it reported.", {"injured": "unattributed"}),
    # an agentless report still hedges
    ("More than 400 workers have reportedly been injured.", {"injured": "hedged"}),
])
def test_a_report_with_its_agent_is_no_narrator_hedge(text: str, expected: dict[str, str]) -> None:
    """ "47 deaths reported by a labour coalition", "the 40 it reported": the verb has its agent, so it is a report
    of that agent's, not the narrator's distance from the rest of the sentence."""
    case = case_of("hurt",
        sources=[{"id": "coal", "name": "labour coalition", "side": "labour", "kind": "body"},
                 {"id": "min", "name": "labour ministry", "side": "gov", "kind": "body"}],
        claims=[{"id": "injured", "statement": "More than 400 workers have been seriously injured",
                 "source": "coal", "accept": ["coal"], "contested": True, "numbers": ["n-hurt"]}],
        numbers=[{"id": "n-hurt", "value": 400, "unit": "workers", "qualifier": "more than"}],
    )
    assert verdicts(case, text) == expected


def _origin_case(second: str) -> Case:
    return case_of(
        "origin", sources=[{"id": "rail", "name": "Northline Rail", "side": "rail", "aliases": ["the railway"]},
                           {"id": "park", "name": "the park service", "side": "park", "aliases": ["rangers"]}],
        claims=[{"id": "train", "statement": "The wildfire was brought in by sparks from a freight locomotive",
                 "source": "park", "accept": ["park"], "contested": True},
                {"id": "camp", "statement": second, "source": "rail", "accept": ["rail"], "contested": True}])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rangers blame locomotive sparks for the fire.", {"train": "attributed"}),
        ("The railway says the blaze was caused by an abandoned campfire.", {"camp": "attributed"}),
        ("The park service says the fire came in with a freight locomotive's sparks; the railway blames a "
         "campfire.", {"train": "attributed", "camp": "attributed"}),
    ],
)
def test_where_a_thing_came_from_is_a_cause_against_a_rival_origin(text: str, expected: dict[str, str]) -> None:
    """A claim that tells where something came from ("brought in by sparks", "escaped from an abandoned campfire") is
    mentioned by the origin a summary blames, like a cause ("the railway blames a campfire")."""
    assert verdicts(_origin_case("The fire escaped from an abandoned campfire near the track"), text) == expected


def test_escaping_from_a_place_is_no_cause_without_a_rival_origin() -> None:
    """ "412 inmates escaped from Selk prison" tells where they were, no cause: with no rival origin in the case, a
    summary's "escaped from the prison" is no blame of the prison."""
    case = case_of(
        "escape", sources=[{"id": "gov", "name": "the government", "side": "gov", "aliases": ["officials"]}],
        claims=[{"id": "escaped", "statement": "Prisoners escaped from the old Selk garrison jail",
                 "source": "gov", "accept": ["gov"], "contested": True},
                {"id": "guards", "statement": "Three guards were wounded in the assault", "source": "gov",
                 "accept": ["gov"], "contested": True}])
    assert attribution.index(case).cause_terms == {}
    assert verdicts(_origin_case("The fire escaped from an abandoned campfire near the track"),
                    "Rangers blame the campfire.") == {"camp": "misattributed"}


def test_an_open_question_hedges_what_it_asks_only() -> None:
    """ "whether" hedges the claim it asks about, not one the sentence stated before it."""
    case = case_of(
        "exits", sources=[{"id": "union", "name": "the union", "side": "union", "aliases": ["workers"]},
                          {"id": "owner", "name": "the owner", "side": "owner", "aliases": ["the company"]}],
        claims=[{"id": "locked", "statement": "The fire exits were locked", "source": "union", "accept": ["union"],
                 "contested": True},
                {"id": "toll", "statement": "The night-shift fire killed 38 garment workers", "source": "owner",
                 "accept": ["owner"], "contested": True}])
    said = verdicts(case, "The night-shift fire killed 38 garment workers, as both sides argue over whether the fire "
                          "exits were locked.")
    assert said == {"toll": "unattributed", "locked": "hedged"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operator denies paying any ransom.", {"none_paid": "attributed"}),
        ("Police deny firing rubber bullets.", {"no_bullets": "attributed"}),
        # its own source only: a denial by another source names no one this claim accepts
        ("The rebels deny that any ransom was paid.", {"none_paid": "misattributed"}),
    ],
)
def test_a_claim_that_its_subject_paid_or_fired_none_is_stated_by_its_source_denying_it(
        text: str, expected: dict[str, str]) -> None:
    """ "The operator paid no ransom for the release" is stated by the operator denying a ransom, as "No secret list
    exists" is by its source denying the list."""
    case = case_of(
        "none-of", sources=[{"id": "op", "name": "the operator", "side": "op", "aliases": ["the company"]},
                            {"id": "police", "name": "police", "side": "gov"},
                            {"id": "rebels", "name": "the rebels", "side": "rebels"}],
        claims=[{"id": "none_paid", "statement": "The mine's operator paid no ransom for the release", "source": "op",
                 "accept": ["op"], "contested": True},
                {"id": "no_bullets", "statement": "Officers fired no rubber bullets during the march",
                 "source": "police", "accept": ["police"], "contested": True}])
    assert verdicts(case, text) == expected
