"""Number failure classes from the blind rounds, each as a rule for a class of English (issue 15)."""

from __future__ import annotations

import pytest

from harness.case import Case
from scorers import score_summary
from scorers.numbers import extract_numbers


def one_claim_case(case_id: str, source: dict[str, object], claimed: list[str],
                   numbers: list[dict[str, object]]) -> Case:
    """A case with one source, one claim stating the numbers ``claimed``, and these numbers: the shape most tests
    of this file need."""
    return Case.model_validate({
        "id": case_id, "title": "t", "topic": "x", "article": "a", "sources": [source],
        "claims": [{"id": "c", "statement": "s", "source": source["id"], "accept": [source["id"]],
                    "numbers": claimed}],
        "numbers": numbers,
    })


def id_verdicts(case: Case, text: str) -> list[tuple[str | None, str]]:
    """Each figure's case number and verdict, in text order: what most tests of this file compare."""
    return [(n.number_id, n.verdict) for n in score_summary(case, text).numbers]


CASE = Case.model_validate({
    "id": "outbreak", "title": "t", "topic": "health", "article": "a",
    "sources": [{"id": "ministry", "name": "Health Ministry", "side": "gov"}],
    "claims": [{"id": "c1", "statement": "4,212 cases", "source": "ministry", "accept": ["ministry"],
                "numbers": ["n-cases", "n-arrests", "n-migrants", "n-hills"]}],
    "numbers": [
        {"id": "n-cases", "value": 4212, "unit": "cases"},
        {"id": "n-arrests", "value": 63, "unit": "arrests"},
        {"id": "n-migrants", "value": 3100, "unit": "migrants per month"},
        {"id": "n-hills", "value": 3, "unit": "hilltop positions"},
        {"id": "n-total", "value": 298, "unit": "people"},
    ],
})


def _verdicts(text: str) -> list[tuple[str, str | None, str]]:
    return [(n.text, n.number_id, n.verdict) for n in score_summary(CASE, text).numbers]


def test_a_count_of_people_beside_an_event_counts_that_event() -> None:
    assert _verdicts("The outbreak has infected 4,212 people.") == [("4,212", "n-cases", "correct")]
    assert _verdicts("Police said 63 people were arrested.") == [("63", "n-arrests", "correct")]


def test_the_event_verb_nearest_before_the_figure_governs_it() -> None:
    # a later verb in the same sentence counts another figure ("... and killed 38")
    assert _verdicts("The outbreak has infected 4,212 people and killed 38.")[0] == ("4,212", "n-cases", "correct")
    # with no verb before it, the one after it ("63 people were arrested and 12 hurt")
    assert _verdicts("Police said 63 people were arrested and two hurt.")[0] == ("63", "n-arrests", "correct")


def test_the_head_noun_of_the_authors_referent_is_the_figures_noun() -> None:
    case = CASE.model_copy(update={"numbers": [
        *CASE.numbers,
        CASE.numbers[0].model_copy(update={"id": "n-riders", "value": 9, "unit": "cyclists",
                                           "referent": "riders who tested positive"}),
        CASE.numbers[0].model_copy(update={"id": "n-riders5", "value": 5, "unit": "riders"}),
        CASE.numbers[0].model_copy(update={"id": "n-crossed", "value": 29437, "unit": "people",
                                           "referent": "people crossing in small boats"}),
        CASE.numbers[0].model_copy(update={"id": "n-boats", "value": 602, "unit": "boats"}),
    ]})
    got = {n.text: (n.number_id, n.verdict) for n in score_summary(case, "Nine riders tested positive.").numbers}
    assert got == {"Nine": ("n-riders", "correct")}
    # a word of the referent that is not its head does not make the figure count it
    got = {n.text: n.verdict for n in score_summary(case, "In all, 29,437 boats crossed.").numbers}
    assert got == {"29,437": "wrong"}


def test_arithmetic_only_on_figures_that_belong_together() -> None:
    case = Case.model_validate({
        "id": "siege", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "s", "name": "Ana Vale", "side": "x"}, {"id": "t", "name": "Bo Lund", "side": "y"}],
        "claims": [{"id": "dead", "statement": "11 inmates died", "source": "s", "accept": ["s"],
                    "numbers": ["n-dead"]},
                   {"id": "hurt", "statement": "36 inmates were taken to hospital", "source": "t", "accept": ["t"],
                    "numbers": ["n-hosp"]},
                   {"id": "paid", "statement": "$4.2 million went to 310 families", "source": "t", "accept": ["t"],
                    "numbers": ["n-paid", "n-families"]}],
        "numbers": [{"id": "n-dead", "value": 11, "unit": "inmate deaths"},
                    {"id": "n-hosp", "value": 36, "unit": "inmates"}, {"id": "n-cover", "value": 3, "unit": "percent"},
                    {"id": "n-paid", "value": 4200000, "unit": "USD"}, {"id": "n-families", "value": 310,
                                                                        "unit": "families"}],
    })
    def verdict(text: str, figure: str) -> str:
        return next(n.verdict for n in score_summary(case, text).numbers if n.text == figure)

    # 11 deaths (one claim) + 36 patients (another) is no total
    assert verdict("Ana Vale says 47 inmates were taken to hospital.", "47") != "derived"
    # 36 / 3% divides a count by a share: no rate of anything
    assert verdict("That is about 12 cases per 100,000.", "12") != "derived"
    # the total over the figure the rate is per
    assert verdict("That is roughly $13,500 per family.", "$13,500") == "derived"


def test_people_may_stand_for_a_group_of_people_but_not_the_reverse() -> None:
    assert _verdicts("About 3,100 people a month arrived.") == [("3,100", "n-migrants", "correct")]
    # the reverse is not a same-unit match (mh17-jit-2016's probe p-num-referent checks the verdict in context)
    assert "same unit" not in score_summary(CASE, "The victims included 298 Dutch citizens.").numbers[0].rule


def test_a_word_of_a_compound_unit_counts_it() -> None:
    assert _verdicts("The army took three hilltops.") == [("three", "n-hills", "correct")]


def test_list_markers_are_not_figures() -> None:
    text = "Key points:\n1. The outbreak has infected 4,212 people.\n2. Police arrested 63 people."
    assert [v[0] for v in _verdicts(text)] == ["4,212", "63"]


def test_a_difference_of_percentages_in_points_is_derived_not_a_rival_count() -> None:
    case = one_claim_case(
        "gap", {"id": "s", "name": "Ana Vale", "side": "x"}, ["a"],
        [{"id": "a", "value": 45, "unit": "percent"}, {"id": "b", "value": 18, "unit": "percent"},
         {"id": "d", "value": 27, "unit": "people", "referent": "deaths at sea"}])
    [n] = [n for n in score_summary(case, "The two estimates differ by 27 percentage points.").numbers]
    assert (n.verdict, n.rule_id) == ("derived", "number.derived")


PAY = Case.model_validate({
    "id": "pay", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "s", "name": "Ana Vale", "side": "x"}],
    "claims": [{"id": "c", "statement": "s", "source": "s", "accept": ["s"], "numbers": ["wage"]},
               {"id": "strike", "statement": "s", "source": "s", "accept": ["s"], "numbers": ["turnout", "workers"]}],
    "numbers": [{"id": "wage", "value": 2780, "unit": "euros per month"},
                {"id": "annual", "value": 33400, "unit": "euros per year", "qualifier": "about"},
                {"id": "dead", "value": 610, "unit": "people", "qualifier": "at least"},
                {"id": "turnout", "value": 91, "unit": "percent"},
                {"id": "workers", "value": 14500, "unit": "workers"},
                {"id": "hills", "value": 2, "unit": "flags"}],
})


def _pay(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(n.text, n.number_id, n.verdict, n.reason) for n in score_summary(PAY, text).numbers]


def test_a_bound_may_understate_the_case_never_overstate_it() -> None:
    assert _pay("At least 600 people died.") == [("600", "dead", "correct", None)]
    assert _pay("At least 650 people died.")[0][2:] == ("wrong", "value")


def test_swapped_digits_in_the_case_unit_beat_a_rounding_of_a_converted_figure() -> None:
    assert _pay("Average pay is €2,870 per month.") == [("€2,870", "wage", "wrong", "value")]


def test_a_share_of_a_count_is_derived_and_a_small_multiple_is_not() -> None:
    assert _pay("13,200 workers walked out.")[0][2] == "derived"  # 91% of 14,500, figures of one claim
    assert _pay("They planted four flags.")[0][2] != "derived"


def test_a_scale_word_in_a_case_unit_scales_the_figure() -> None:
    case = one_claim_case(
        "census", {"id": "s", "name": "Ana Vale", "side": "x"}, ["pop"],
        [{"id": "pop", "value": 23.4, "unit": "million people"},
         {"id": "cost", "value": 5, "unit": "billion euros per year"}])
    found = id_verdicts(case, "The census counted 23.4 million people.")
    assert found == [("pop", "correct")]
    found = id_verdicts(case, "Repairs cost €5bn a year.")
    assert found == [("cost", "correct")]


def test_generic_measure_words_name_no_rival_and_dead_counts_deaths() -> None:
    case = one_claim_case(
        "infl", {"id": "s", "name": "Ana Vale", "side": "x"}, ["infl"],
        [{"id": "infl", "value": 14, "unit": "percent", "referent": "inflation estimate"},
         {"id": "jobless", "value": 11.5, "unit": "percent", "referent": "unemployment rate"},
         {"id": "toll", "value": 11, "unit": "deaths", "qualifier": "at least"}])
    found = id_verdicts(case, "She puts the real rate at about 14%.")
    assert found == [("infl", "correct")]
    found = id_verdicts(case, "At least 11 dead, the commission says.")
    assert found == [("toll", "correct")]


def test_a_capitalised_common_word_of_a_referent_names_its_figure() -> None:
    # "official Yes share" is named by "Yes" as much as "Yes share in the parallel count" is
    case = Case.model_validate({
        "id": "vote", "title": "t", "topic": "election", "article": "a",
        "sources": [{"id": "board", "name": "Election Board", "side": "gov"},
                    {"id": "count", "name": "Clear Count", "side": "monitors"}],
        "claims": [{"id": "c1", "statement": "Yes won 61.4%", "source": "board", "accept": ["board"],
                    "numbers": ["n-yes"]}],
        "numbers": [{"id": "n-yes", "value": 61.4, "unit": "percent of the vote", "referent": "official Yes share"},
                    {"id": "n-pvt", "value": 52.1, "unit": "percent of the vote",
                     "referent": "Yes share in Clear Count's parallel count"}],
    })
    assert [(n.text, n.verdict) for n in score_summary(case, "Yes won 61.4%, the board said.").numbers] == \
        [("61.4%", "correct")]


def test_a_qualified_figure_belongs_to_the_case_figure_its_qualifier_fits() -> None:
    # two case figures share the value 14: a date and an "at least" toll; "at least 14 killed" is the toll,
    # not a qualifier error against the date
    case = CASE.model_copy(update={"numbers": [
        *CASE.numbers,
        CASE.numbers[0].model_copy(update={"id": "n-date", "value": 14, "unit": "March", "qualifier": "exact"}),
        CASE.numbers[0].model_copy(update={"id": "n-dead", "value": 14, "unit": "deaths", "qualifier": "at least"}),
    ]})
    got = id_verdicts(case, "- **Mayor:** at least 14 killed.")
    assert got == [("n-dead", "correct")]
    # a qualifier that fits neither is still an error
    got = [(n.verdict, n.reason) for n in score_summary(case, "- **Mayor:** fewer than 14 killed.").numbers]
    assert got == [("wrong", "qualifier")]


RATES = one_claim_case(
    "rates", {"id": "s", "name": "Health Office", "side": "x"}, ["n-rate"],
    [
        {"id": "n-rate", "value": 38, "unit": "admissions per 10,000 residents"},
        {"id": "n-pop", "value": 31000, "unit": "residents", "qualifier": "about"},
        {"id": "n-households", "value": 9000, "unit": "households"},
        {"id": "n-oil", "value": 140000, "unit": "barrels a day"},
        {"id": "n-price", "value": 78, "unit": "dollars a barrel"},
        {"id": "n-defects", "value": 2.3, "unit": "defects per 1,000 vehicles"},
    ])


def _rates(text: str) -> dict[str, str]:
    return {n.text: n.verdict for n in score_summary(RATES, text).numbers}


def test_a_rate_applied_to_a_figure_of_what_it_is_per_is_derived() -> None:
    assert _rates("That works out to roughly 120 admissions in the district.")["120"] == "derived"
    assert _rates("The oil is worth about 11 million dollars a day.")["11 million dollars"] == "derived"
    # a rate per resident does not apply to households: 38 per 10,000 of 9,000 households is no figure here
    assert _rates("That works out to roughly 34 admissions.")["34"] != "derived"


def test_one_in_n_is_a_share() -> None:
    assert _rates("The defect hits roughly one in 435 cars.") == {"one in 435": "derived"}
    got = _rates("The defect hits one in 40 cars.")
    assert got == {"one in 40": "unsupported"}


def test_an_irregular_past_tense_after_a_figure_is_no_counted_noun() -> None:
    case = RATES.model_copy(update={"numbers": [
        RATES.numbers[0].model_copy(update={"id": "n-fired", "value": 11, "unit": "drones"}),
        RATES.numbers[0].model_copy(update={"id": "n-downed", "value": 7, "unit": "drones"}),
    ], "claims": [RATES.claims[0].model_copy(update={"numbers": ["n-fired", "n-downed"]})]})
    text = "Seven of the 11 drones were downed, so four got through."
    assert {n.text: n.verdict for n in score_summary(case, text).numbers}["four"] == "derived"


def test_a_source_named_in_a_referent_does_not_make_the_clause_name_that_figure() -> None:
    # "costing Harlund" names the company, not its "Harlund net profit": the €18 million a day is the strike's cost
    case = Case.model_validate({
        "id": "strike", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "h", "name": "Harlund Motorworks", "side": "company", "aliases": ["the company"]}],
        "claims": [{"id": "c", "statement": "s", "source": "h", "accept": ["h"], "numbers": ["n-cost"]}],
        "numbers": [
            {"id": "n-cost", "value": 18000000, "unit": "euros per day", "qualifier": "about",
             "referent": "cost of the strike in lost output"},
            {"id": "n-profit", "value": 1200000000, "unit": "euros", "referent": "Harlund net profit last year"},
        ],
    })
    got = id_verdicts(case, "The union said the strike was costing Harlund about €18 million a day.")
    assert got == [("n-cost", "correct")]


def test_a_figure_after_a_month_and_a_semicolon_is_no_day_of_it() -> None:
    case = CASE.model_copy(update={"numbers": [
        *CASE.numbers,
        CASE.numbers[0].model_copy(update={"id": "n-nov", "value": 2, "unit": "November"}),
        CASE.numbers[0].model_copy(update={"id": "n-systems", "value": 27, "unit": "systems"}),
    ]})
    got = [(n.text, n.number_id, n.verdict) for n in
           score_summary(case, "- Intruders were in from 2 November; 27 systems compromised.").numbers]
    assert got == [("2", "n-nov", "correct"), ("27", "n-systems", "correct")]
    # an abbreviated month keeps its day: "Jan. 12"
    assert [n.kind for n in extract_numbers("The hearing is on Jan. 12.")] == ["day"]


def test_the_noun_after_in_says_what_a_sum_is() -> None:
    # "€860,000 in grants": the grants, although "the money" also names the prosecution's sum
    case = one_claim_case(
        "grants", {"id": "s", "name": "Yelena Marcu", "side": "x"}, ["n-grants"],
        [
            {"id": "n-money", "value": 1400000, "unit": "euros", "referent": "money received from abroad"},
            {"id": "n-grants", "value": 860000, "unit": "euros", "referent": "grants from the foundation"},
        ])
    got = id_verdicts(case, "Marcu said the money was 860,000 euros in grants.")
    assert got == [("n-grants", "correct")]


def test_a_figure_with_a_thousands_comma_or_a_decimal_point_keeps_the_words_after_it() -> None:
    from scorers.numbers import _clauses

    text = "Marcu said the money was 860,000 euros in grants, not 4.1 million."
    assert [text[a:b] for a, b in _clauses(text)] == \
        ["Marcu said the money was 860,000 euros in grants", " not 4.1 million"]


def test_an_exact_figure_is_not_displaced_by_one_it_only_rounds() -> None:
    # "2,975 people died" is the 2,975 deaths, not another account's "3,000 people" that it rounds
    case = one_claim_case(
        "toll", {"id": "s", "name": "Ana Vale", "side": "x"}, ["n-gwu"],
        [
            {"id": "n-denied", "value": 3000, "unit": "people", "referent": "people the president says did not die"},
            {"id": "n-gwu", "value": 2975, "unit": "deaths", "unit_aliases": ["people"],
             "referent": "excess deaths in six months"},
        ])
    got = id_verdicts(case, "Researchers said 2975 people died.")
    assert got == [("n-gwu", "correct")]


SEA = one_claim_case(
    "sea", {"id": "s", "name": "Ilse Varga", "side": "x"}, ["n-inside"],
    [
        {"id": "n-date", "value": 14, "unit": "March"},
        {"id": "n-inside", "value": 6.2, "unit": "nautical miles"},
        {"id": "n-crew", "value": 14, "unit": "crew"},
        {"id": "n-cod", "value": 23, "unit": "tonnes"},
        {"id": "n-union", "value": 9, "unit": "tonnes"},
    ])


def test_a_small_exact_measure_converts_to_its_written_precision() -> None:
    got = id_verdicts(SEA, "The boat was roughly 11.5 km inside.")
    assert got == [("n-inside", "correct")]


def test_a_difference_in_the_figures_own_unit_beats_a_count_of_something_else() -> None:
    got = {n.text: n.verdict for n in score_summary(SEA, "It held 9 tonnes, a difference of 14 tonnes.").numbers}
    assert got["14 tonnes"] == "derived"
    # a day of a month is never read as a count
    got = id_verdicts(SEA, "At least 14 were hurt.")
    assert got != [("n-date", "correct")]


def test_hours_and_minutes_are_one_duration() -> None:
    case = SEA.model_copy(update={"numbers": [
        *SEA.numbers, SEA.numbers[0].model_copy(update={"id": "n-off", "value": 135, "unit": "minutes"})]})
    got = [(n.text, n.number_id, n.verdict) for n in
           score_summary(case, "Its transponder was off for 2 hours and 15 minutes.").numbers]
    assert got == [("2 hours and 15 minutes", "n-off", "correct")]
    # two hyphenated durations are two figures
    assert [m.text for m in extract_numbers("It seeks four-year and 18-month bans.")] == ["four-year", "18-month"]


def test_an_inclusive_bound_holds_for_the_figure_itself() -> None:
    case = SEA.model_copy(update={"numbers": [
        *SEA.numbers, SEA.numbers[0].model_copy(update={"id": "n-term", "value": 9, "unit": "years"})]})
    assert [n.verdict for n in score_summary(case, "They were jailed for up to nine years.").numbers] == ["correct"]
    assert [n.reason for n in score_summary(case, "They were jailed for less than nine years.").numbers] == \
        ["qualifier"]


def test_a_bare_figure_keeps_its_rate() -> None:
    """ "38 per 1,000 residents" and "3,100 a year" are rates: the case's 38 per 10,000 with the wrong base is a unit
    error, its 3,100 a month per another calendar period a period error, and a rate is never a plain amount."""
    got = {n.text: (n.verdict, n.reason) for n in
           score_summary(RATES, "Admissions hit 38 per 1,000 residents.").numbers}
    assert got == {"38": ("wrong", "unit")}
    case = RATES.model_copy(update={"numbers": [
        *RATES.numbers, RATES.numbers[0].model_copy(update={"id": "n-monthly", "value": 3100,
                                                             "unit": "migrants per month"})]})
    assert [(n.verdict, n.reason) for n in score_summary(case, "Arrivals averaged 3,100 a year.").numbers] == \
        [("wrong", "period")]
    assert [n.verdict for n in score_summary(case, "Arrivals averaged 3,100 a month.").numbers] == ["correct"]


def test_speeds_abbreviated_durations_counts_of_people_and_adverbs() -> None:
    case = one_claim_case(
        "jet", {"id": "b", "name": "Air Safety Board", "side": "board"}, ["n-speed"],
        [
            {"id": "n-speed", "value": 151, "unit": "knots"},
            {"id": "n-duty", "value": 15.6667, "unit": "hours"},
            {"id": "n-passengers", "value": 168, "unit": "passengers"},
            {"id": "n-crew", "value": 6, "unit": "crew"},
            {"id": "n-injured", "value": 23, "unit": "people injured"},
            {"id": "n-serious", "value": 3, "unit": "people seriously injured"},
        ])

    def got(text: str) -> dict[str, str]:
        return {n.text: n.verdict for n in score_summary(case, text).numbers}

    assert got("It landed at 151 kt, roughly 280 km/h.") == {"151 kt": "correct", "280 km/h": "correct"}
    assert got("It landed at 151 mph.") == {"151 mph": "wrong"}
    assert got("The crew had been on duty 15 h 40 min.") == {"15 h 40 min": "correct"}
    assert got("The jet had 174 people aboard.") == {"174": "derived"}
    assert got("Of 23 hurt, 3 seriously, the other 20 less seriously.")["20"] == "derived"


def test_percent_and_percentage_points_are_not_interchangeable() -> None:
    case = one_claim_case(
        "drug", {"id": "q", "name": "Quellin Pharma", "side": "company"}, ["n-rel", "n-placebo", "n-drug"],
        [
            {"id": "n-rel", "value": 31, "unit": "percent", "referent": "relative reduction"},
            {"id": "n-placebo", "value": 9.7, "unit": "percent"},
            {"id": "n-drug", "value": 22, "unit": "percent"},
            {"id": "n-abs", "value": 2.1, "unit": "percentage points", "referent": "absolute reduction"},
        ])

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(n.verdict, n.reason) for n in score_summary(case, text).numbers]

    assert got("It cut admissions by 31 percentage points.") == [("wrong", "unit")]  # 9.7 + 22 is no margin
    assert got("It cut admissions by 2.1 percent in absolute terms.") == [("wrong", "unit")]
    assert got("It cut admissions by 2.1 percentage points.") == [("correct", None)]


def test_a_figure_in_points_has_no_rival_among_percentages() -> None:
    case = one_claim_case(
        "drug2", {"id": "q", "name": "Quellin Pharma", "side": "company"}, ["n-abs"],
        [
            {"id": "n-placebo", "value": 9.7, "unit": "percent", "referent": "admissions on placebo"},
            {"id": "n-abs", "value": 2.1, "unit": "percentage points", "referent": "absolute reduction"},
        ])
    got = id_verdicts(case, "It puts the drop in admissions at 2.1 percentage points.")
    assert got == [("n-abs", "correct")]


def test_a_small_exact_percentage_rounds_like_a_written_figure() -> None:
    case = one_claim_case(
        "drug3", {"id": "q", "name": "Quellin Pharma", "side": "company"}, ["n-abs"],
        [{"id": "n-abs", "value": 2.1, "unit": "percentage points", "referent": "absolute reduction"}])
    assert [n.verdict for n in score_summary(case, "The reduction is about 2 percentage points.").numbers] == \
        ["correct"]
    assert [n.verdict for n in score_summary(case, "The reduction is 3 percentage points.").numbers] == ["wrong"]


def test_the_of_phrase_after_a_figure_is_that_figures_own() -> None:
    # "from 9.7 percent of placebo patients to 6.7 percent": "placebo patients" names the 9.7, not the 6.7
    case = one_claim_case(
        "drug4", {"id": "q", "name": "Quellin Pharma", "side": "company"}, ["n-drug", "n-plac"],
        [
            {"id": "n-plac", "value": 9.7, "unit": "percent", "referent": "admissions on placebo"},
            {"id": "n-drug", "value": 6.7, "unit": "percent", "referent": "admissions on the drug"},
            {"id": "n-plac2", "value": 9.5, "unit": "percent", "referent": "admissions on placebo, re-analysis"},
        ])
    got = id_verdicts(case, "Admissions fell from 9.7 percent of placebo patients to 6.7 percent.")
    assert got == [("n-plac", "correct"), ("n-drug", "correct")]


def test_a_price_per_person_per_year_is_a_yearly_price() -> None:
    case = RATES.model_copy(update={"numbers": [
        *RATES.numbers, RATES.numbers[0].model_copy(update={"id": "n-price", "value": 14200,
                                                             "unit": "ducats a year"})]})
    got = id_verdicts(case, "The price is 14,200 ducats per patient per year.")
    assert got == [("n-price", "correct")]


def test_a_ratio_stated_as_a_bound() -> None:
    case = one_claim_case(
        "march", {"id": "o", "name": "Organisers", "side": "x"}, ["n-org", "n-pol"],
        [{"id": "n-org", "value": 120000, "unit": "people"},
         {"id": "n-pol", "value": 18000, "unit": "people"}])

    def got(text: str) -> str:
        return [n.verdict for n in score_summary(case, text).numbers if "times" in n.text][0]

    assert got("About 120,000 marched, more than six times the police's 18,000.") == "derived"  # 6.7
    assert got("About 120,000 marched, more than seven times the police's 18,000.") == "unsupported"


def test_the_second_day_of_a_date_range_is_a_day() -> None:
    assert [m.kind for m in extract_numbers("The retake runs January 19–30.")] == ["day", "day"]
    assert [m.kind for m in extract_numbers("From January 19 to 30,000 people came.")] == ["day", "cardinal"]


def test_a_large_exact_count_of_one_group_named_by_another_group_noun() -> None:
    case = one_claim_case(
        "exam", {"id": "n", "name": "Exam Council", "side": "x"}, ["n-students"],
        [{"id": "n-students", "value": 312400, "unit": "students"},
         {"id": "n-saw", "value": 4000, "unit": "candidates"},
         {"id": "n-staff", "value": 38000, "unit": "people"},
         {"id": "n-out", "value": 3000, "unit": "workers"}])

    def got(text: str) -> list[str]:
        return [n.verdict for n in score_summary(case, text).numbers]

    assert got("All 312,400 candidates must resit.") == ["correct"]
    assert got("Some 38,000 production workers walked out.") == ["wrong"]  # a narrower group than "people"


def test_points_are_the_difference_of_two_percentages() -> None:
    case = one_claim_case(
        "infl", {"id": "w", "name": "Economic Watch", "side": "x"}, ["n-a", "n-b", "n-real", "n-off"],
        # 1.5 + 2.8 is also 4.3, and comes first: a sum of percentages is no margin in points
        [{"id": "n-a", "value": 1.5, "unit": "percent"}, {"id": "n-b", "value": 2.8, "unit": "percent"},
         {"id": "n-real", "value": 13, "unit": "percent"}, {"id": "n-off", "value": 8.7, "unit": "percent"},
         {"id": "n-tgt", "value": 4.3, "unit": "percent", "referent": "inflation target"}])
    got = {n.text: n.verdict for n in
           score_summary(case, "Real inflation is 13 percent, some 4.3 points above the official 8.7 percent.").numbers}
    assert got["4.3 points"] == "derived"
    assert [n.rule for n in score_summary(case, "Real inflation is 13 percent, some 4.3 points above the official "
                                                "8.7 percent.").numbers if n.text == "4.3 points"] == \
        ["derived: n-real - n-off"]


def test_durations_round_and_points_cut_from_a_forecast() -> None:
    case = one_claim_case(
        "fx2", {"id": "g", "name": "Ilona Marest", "side": "bank"}, ["n-cover"],
        [{"id": "n-cover", "value": 5.2, "unit": "months", "referent": "import cover"},
         {"id": "n-prev", "value": 2.9, "unit": "percent", "referent": "previous growth forecast"},
         {"id": "n-now", "value": 0.8, "unit": "percent", "referent": "growth forecast"},
         {"id": "n-bank", "value": 2.4, "unit": "percent", "referent": "bank's previous growth forecast"}])
    got = {n.text: n.verdict for n in score_summary(
        case, "Reserves cover about five months of imports. The Fund cut its growth forecast by 2.1 points.").numbers}
    assert got == {"five months": "correct", "2.1 points": "derived"}


def test_a_year_the_article_states_is_never_unsupported_when_read_as_a_count() -> None:
    case = CASE.model_copy(update={"article": "Ridership was 2.5 million a day in 2019, before the pandemic."})
    got = [(n.text, n.verdict) for n in score_summary(case, "Ridership is at 76% of 2019 levels.").numbers]
    assert ("2019", "correct") in got


def test_the_words_after_a_rate_abbreviation_name_the_figure() -> None:
    # "450 m³/s treaty minimum": "treaty minimum" names the 450, not the "s" of "/s"
    case = one_claim_case(
        "river", {"id": "v", "name": "Veloria", "side": "v"}, ["n-min"],
        [{"id": "n-min", "value": 450, "unit": "cubic metres per second", "referent": "treaty minimum"},
         {"id": "n-rel", "value": 520, "unit": "cubic metres per second",
          "referent": "releases since filling"}])
    got = id_verdicts(case, "Veloria says its releases stay above the 450 m³/s treaty minimum.")
    assert got == [("n-min", "correct")]


def test_a_year_takes_no_qualifier() -> None:
    # "well below 2019's 2.5 million": "below" compares ridership, it bounds no year
    assert [m.qualifier for m in extract_numbers("Ridership is well below 2019's 2.5 million.") if m.kind == "year"] \
        == [None]


RIVALS = one_claim_case(
    "fire", {"id": "fs", "name": "Fire Service", "side": "g"}, ["n-arrival"],
    [{"id": "n-arrival", "value": 14, "unit": "minutes", "referent": "time for the first crews to reach the site"},
     {"id": "n-months", "value": 5, "unit": "months", "referent": "time since the factory passed inspection"},
     {"id": "n-min", "value": 450, "unit": "cubic metres per second", "referent": "treaty minimum flow"},
     {"id": "n-rel", "value": 520, "unit": "cubic metres per second", "referent": "average releases"},
     {"id": "n-dark", "value": 135, "unit": "minutes", "referent": "time the transponder was off"},
     {"id": "n-ignore", "value": 40, "unit": "minutes", "referent": "time the trawler ignored orders to stop"}])


@pytest.mark.parametrize(("text", "expected"), [
    # the clause names the figure's own referent beyond the words next to it: no rival's figure
    ("Fire crews reached the burning Orlin Garments factory 14 minutes after the first call.",
     ("n-arrival", "correct")),
    # a comparison's standard: the words before "above the" are the compared thing's (releases), not the 450's
    ("Veloria says it kept releases above the required 450 m³/s.", ("n-min", "correct")),
    # the clause names the rival's referent more than the figure's own: a figure given for the wrong thing
    ("The trawler's transponder was switched off for 40 minutes.", ("n-ignore", "wrong")),
])
def test_a_clause_names_a_rival_referent_only_when_it_names_it_more(text: str, expected: tuple[str, str]) -> None:
    got = id_verdicts(RIVALS, text)
    assert got == [expected]


def test_a_group_noun_the_case_uses_for_its_people_count_is_the_same_figure() -> None:
    """ "71 civilians" where the claim says "71 people were killed, all civilians"; "the 23 dead" where it says
    "killed 23 fighters"."""
    case = Case.model_validate({
        "id": "strike", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "council", "name": "Town Council", "side": "rebels"},
                    {"id": "mod", "name": "Defence Ministry", "side": "gov"}],
        "claims": [{"id": "c71", "statement": "71 people were killed, all civilians", "source": "council",
                    "accept": ["council"], "numbers": ["n-71"]},
                   {"id": "c23", "statement": "The strike killed 23 fighters and no civilians", "source": "mod",
                    "accept": ["mod"], "numbers": ["n-23"]}],
        "numbers": [{"id": "n-71", "value": 71, "unit": "people killed"},
                    {"id": "n-23", "value": 23, "unit": "fighters"}],
    })

    def got(text: str) -> list[tuple[str, str]]:
        return [(n.text, n.verdict) for n in score_summary(case, text).numbers]

    assert got("The council says 71 civilians died.") == [("71", "correct")]
    assert got("The ministry says the 23 dead were fighters.") == [("23", "correct")]
    mine = one_claim_case(
        "mine", {"id": "rescue", "name": "Rescue Service", "side": "r"}, ["n-dead"],
        [{"id": "n-dead", "value": 9, "unit": "miners", "referent": "miners confirmed dead"},
         {"id": "n-saved", "value": 19, "unit": "miners", "referent": "miners brought out alive"},
         {"id": "n-ratio", "value": 2, "unit": "times", "referent": "ratio of deaths to last year"}])
    got_mine = {n.text: n.verdict for n in score_summary(mine, "Rescuers report 19 miners rescued, nine dead.").numbers}
    assert got_mine["nine"] == "correct"


def test_statute_miles_prepositions_and_counted_accounts() -> None:
    """ "4.8 statute miles" converts 4.2 nautical miles; "seven beyond the 12-mile limit" counts no "beyond";
    "two irreconcilable accounts" counts the summary's own accounts, not a figure of the story."""
    case = one_claim_case(
        "drone", {"id": "navy", "name": "Navy", "side": "m"}, ["n-in"],
        [{"id": "n-in", "value": 4.2, "unit": "nautical miles"},
         {"id": "n-out", "value": 19, "unit": "nautical miles"},
         {"id": "n-limit", "value": 12, "unit": "nautical miles"}])

    def got(text: str) -> list[tuple[str, str]]:
        return [(n.text, n.verdict) for n in score_summary(case, text).numbers]

    assert got("The navy put it 4.2 nautical miles (about 4.8 statute miles) inside.") == \
        [("4.2 nautical miles", "correct"), ("4.8 statute miles", "correct")]
    seven = [m for m in extract_numbers("It flew 19 nautical miles out, seven beyond the 12-nautical-mile limit.")
             if m.text == "seven"]
    assert [m.unit for m in seven] == [None]
    assert got("The downing has produced two irreconcilable accounts.") == []
    # "sets" of numbers too (round 84's spill case: "three irreconcilable sets of numbers")
    assert got("The downing has produced three irreconcilable sets of numbers.") == []


def test_calibres_and_capacities() -> None:
    """ "46 122 mm rockets" is 46 rockets of 122 mm, not 46,122 mm; people over a capacity ("some 4,600 more than
    its 38,000 seats") are derived from figures that belong together."""
    assert [(m.value, m.unit) for m in extract_numbers("They fired 46 122 mm rockets.")] == [(46.0, None),
                                                                                             (122.0, "mm")]
    case = one_claim_case(
        "crush", {"id": "panel", "name": "Panel", "side": "p"}, ["n-in"],
        [{"id": "n-in", "value": 42600, "unit": "people"},
         {"id": "n-seats", "value": 38000, "unit": "seats"}])
    got = {n.text: n.verdict for n in score_summary(
        case, "The panel counted 42,600 people in a 38,000-seat stadium, 4,600 more than it was built for.").numbers}
    assert got["4,600"] == "derived"


BLOCKADE = Case.model_validate({
    "id": "blockade", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "navy", "name": "the navy", "side": "navy", "kind": "body"}],
    "claims": [{"id": "c", "statement": "s", "source": "navy", "accept": ["navy"],
                "numbers": ["n-inspected", "n-turned", "n-need", "n-sent", "n-burned", "n-area"]}],
    "numbers": [{"id": "n-inspected", "value": 412, "unit": "vessels", "referent": "vessels inspected by the navy"},
                {"id": "n-turned", "value": 37, "unit": "vessels", "referent": "vessels turned away"},
                {"id": "n-need", "value": 240000, "unit": "tonnes", "referent": "grain needed"},
                {"id": "n-sent", "value": 61000, "unit": "tonnes", "referent": "grain delivered"},
                {"id": "n-burned", "value": 9.5, "unit": "hectares", "referent": "area burned"},
                {"id": "n-area", "value": 14, "unit": "hectares", "referent": "total camp area"}],
})


@pytest.mark.parametrize(("text", "expected"), [
    # a synonym of the case's counted noun counts the same thing
    ("The navy inspected 412 ships.", [("n-inspected", "correct")]),
    # the whole of a partitive: the clause's verb is the part's ("burned" is what 9.5 hectares did)
    ("Police: 9.5 of 14 hectares burned.", [("n-burned", "correct"), ("n-area", "correct")]),
    # a possessive after a figure is no counted noun ("9.5 of the camp's 14 hectares")
    ("The fire burned 9.5 of the camp's 14 hectares.", [("n-burned", "correct"), ("n-area", "correct")]),
    # a participle after a figure leaves its noun out ("240,000 needed")
    ("61,000 tonnes were delivered against 240,000 needed.", [("n-sent", "correct"), ("n-need", "correct")]),
])
def test_synonyms_partitives_and_participles_after_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(n.number_id, n.reason or n.verdict) for n in score_summary(BLOCKADE, text).numbers]
    assert got == expected



def test_a_fraction_of_a_scale_word_and_a_hyphenated_temperature() -> None:
    """ "a quarter of a million" is 250,000, not a quarter and a million; "a 39-degree heat wave" is 39 degrees."""
    case = one_claim_case("rally", {"id": "crp", "name": "CRP", "side": "opp"}, ["n-crowd", "n-temp"],
                          [{"id": "n-crowd", "value": 250000, "unit": "people"},
                           {"id": "n-temp", "value": 39, "unit": "degrees Celsius"}])
    assert id_verdicts(case, "A quarter of a million people turned out in a 39-degree heat wave.") == \
        [("n-crowd", "correct"), ("n-temp", "correct")]


@pytest.mark.parametrize(("text", "value"), [
    ("An eighth of a million people turned out.", 125000),
    ("Six tenths of a million people turned out.", 600000),
    ("Four fifths of a billion euros were pledged.", 800_000_000),
])
def test_every_spelled_out_fraction_of_a_scale_word(text: str, value: float) -> None:
    """One table of numerators serves "two-thirds" and "an eighth of a million": any numerator below its
    denominator times the scale word is one figure, not a fraction and a million."""
    case = one_claim_case("rally", {"id": "crp", "name": "CRP", "side": "opp"}, ["n-crowd"],
                          [{"id": "n-crowd", "value": value, "unit": "people"}])
    assert [n.value for n in score_summary(case, text).numbers] == [value]


def test_a_percentage_of_what_its_of_phrase_names_by_referent() -> None:
    """ "4% of the company's 312 million euro turnover, roughly 12.5 million euros": the percentage's "of annual
    turnover" names the figure whose referent is the turnover, so their product is derived, not invented."""
    case = one_claim_case("fine", {"id": "mp", "name": "Rafael Ostrom", "side": "opp"}, ["n-pct"],
                          [{"id": "n-pct", "value": 4, "unit": "percent of annual turnover"},
                           {"id": "n-turnover", "value": 312, "unit": "million euros",
                            "referent": "the company's annual turnover"}])
    got = score_summary(case, "Ostrom wants a fine of 4% of the 312 million euro turnover, roughly 12.5 million euros.")
    assert [(n.text, n.verdict) for n in got.numbers][-1] == ("12.5 million euros", "derived")


def test_death_tolls_in_other_words() -> None:
    """ "four people were killed" counts the hospital's 4 bodies (not the army's 4 trucks); "nine dead" counts 9
    people whose referent says they were killed; "three men died" counts 3 deaths (not 3 cities)."""
    case = one_claim_case("toll", {"id": "h", "name": "the hospital", "side": "n", "kind": "body"},
                          ["n-bodies", "n-killed", "n-deaths"],
                          [{"id": "n-trucks", "value": 4, "unit": "trucks"},
                           {"id": "n-bodies", "value": 4, "unit": "bodies"},
                           {"id": "n-killed", "value": 9, "unit": "people", "referent": "people killed by the strike"},
                           {"id": "n-cities", "value": 3, "unit": "cities"},
                           {"id": "n-deaths", "value": 3, "unit": "deaths", "referent": "deaths in custody"}])
    assert id_verdicts(case, "Four people were killed. The rebels count nine dead. Three men have died in custody.") \
        == [("n-bodies", "correct"), ("n-killed", "correct"), ("n-deaths", "correct")]


def test_a_comparative_after_a_figure_leaves_its_noun_out() -> None:
    """ "about 2,200 higher than the ministry's 1,214": "higher" is no counted noun, so the difference of two counts
    of the same thing is derived."""
    case = one_claim_case("ill", {"id": "c", "name": "the committee", "side": "p", "kind": "body"}, ["n-com"],
                          [{"id": "n-com", "value": 3400, "unit": "students"},
                           {"id": "n-min", "value": 1214, "unit": "students"}])
    got = score_summary(case, "The committee's 3,400 is about 2,200 higher than the ministry's 1,214.")
    assert [(n.text, n.verdict) for n in got.numbers][1] == ("2,200", "derived")


def test_the_difference_of_two_death_tolls_is_derived() -> None:
    """ "412 confirmed heat deaths ... about 2,870 excess deaths, roughly 2,460 higher": two tolls of one event
    belong together, so their difference is arithmetic, not a wrong value of either."""
    case = one_claim_case("heat", {"id": "nso", "name": "NSO", "side": "n", "kind": "body"}, ["n-excess"],
                          [{"id": "n-excess", "value": 2870, "unit": "excess deaths"},
                           {"id": "n-confirmed", "value": 412, "unit": "confirmed deaths"}])
    got = score_summary(case, "Confirmed deaths stand at 412; excess deaths are about 2,870, roughly 2,460 higher.")
    assert [(n.text, n.verdict) for n in got.numbers][-1] == ("2,460", "derived")


def test_a_negated_comparative_is_no_lower_bound() -> None:
    """ "never went above 94 percent" is at most 94 percent, which an exact 94 percent meets: no qualifier error."""
    case = one_claim_case("beds", {"id": "m", "name": "Health Ministry", "side": "gov", "kind": "body"}, ["n-94"],
                          [{"id": "n-94", "value": 94, "unit": "percent", "qualifier": "exact"}])
    assert id_verdicts(case, "Bed occupancy never went above 94 percent.") == [("n-94", "correct")]
    assert id_verdicts(case, "Bed occupancy went above 94 percent.") == [("n-94", "wrong")]
    # "none of ... went above", "no ward above", "nothing above": the same bound, a few words after the negation
    assert id_verdicts(case, "None of its wards went above 94 percent.") == [("n-94", "correct")]
    assert id_verdicts(case, "Ministry figures: no ward above 94 percent.") == [("n-94", "correct")]
    assert id_verdicts(case, "Its own audit saw nothing above 94 percent.") == [("n-94", "correct")]
    # but not a negation of something else ("no beds for more than ...", "no one doubts that more than ...")
    assert id_verdicts(case, "Patients had no beds for more than 94 percent of nights.") == [("n-94", "wrong")]
    assert id_verdicts(case, "No one doubts that more than 94 percent were full.") == [("n-94", "wrong")]
    # any verb or two after "never"/"not" (round 82's exchange case: "never held more than 40 bitcoin"), but not
    # "not only" or "not just", which add rather than bound
    assert id_verdicts(case, "Occupancy has never held more than 94 percent.") == [("n-94", "correct")]
    assert id_verdicts(case, "Occupancy did not exceed more than 94 percent.") == [("n-94", "correct")]
    assert id_verdicts(case, "It was not only more than 94 percent.") == [("n-94", "wrong")]


@pytest.mark.parametrize("text", [
    "Output climbed to 9,200 t/day from 7,800 last year.",
    "Output climbed to 9,200 tons a day, from 7,800 last year.",
])
def test_tonne_abbreviations_and_a_time_phrase_after_a_figure(text: str) -> None:
    """ "9,200 t/day" and "9,200 tons a day" are tonnes a day; in "7,800 last year" the words after the figure
    date it and name no counted noun (a "last" counted in place of tonnes is no referent error)."""
    case = one_claim_case("mine", {"id": "co", "name": "Borvik Mining", "side": "co"}, ["n-now", "n-last"],
                          [{"id": "n-now", "value": 9200, "unit": "tonnes per day", "referent": "output this year"},
                           {"id": "n-last", "value": 7800, "unit": "tonnes per day", "referent": "output last year"},
                           {"id": "n-staff", "value": 40, "unit": "ventilation staff"}])
    assert id_verdicts(case, text) == [("n-now", "correct"), ("n-last", "correct")]


def test_the_words_after_a_figure_can_name_its_own_referent() -> None:
    """ "was 14 km inside Valdorian airspace": "inside" also opens a rival's referent ("distance of Hollin inside
    Valdoria"), but the clause goes on to name the figure's own ("airspace"), so it is no referent error."""
    case = one_claim_case("drone", {"id": "mod", "name": "Defence Ministry", "side": "a"}, ["n-in"],
                          [{"id": "n-date", "value": 13, "unit": "March"},
                           {"id": "n-in", "value": 14, "unit": "kilometres",
                            "referent": "distance the drone flew into Valdorian airspace"},
                           {"id": "n-town", "value": 4, "unit": "kilometres",
                            "referent": "distance of Hollin inside Valdoria"}])
    text = "The ministry says the drone it shot down on March 13 was 14 km inside Valdorian airspace."
    assert [(n.text, n.verdict) for n in score_summary(case, text).numbers] == [("13", "correct"), ("14 km", "correct")]


@pytest.mark.parametrize(("text", "rule"), [
    # a small multiple of an unrelated measure is a coincidence, not a derivation (here: a wrong value)
    ("Repairs to the bridge will take four years.", "number.plausible-value"),
    # a count's multiple is still arithmetic on the count
    ("The toll has since doubled to 62 people.", "number.derived"),
])
def test_a_small_multiple_of_a_measure_needs_its_referent_or_a_multiple_word(text: str, rule: str) -> None:
    """ "four years" is no half of an eight-year maximum sentence when the clause is about repairs."""
    case = one_claim_case("bridge", {"id": "min", "name": "Transport Ministry", "side": "gov"}, ["n-prison"],
                          [{"id": "n-prison", "value": 8, "unit": "years in prison",
                            "referent": "maximum sentence for negligent homicide"},
                           {"id": "n-dead", "value": 31, "unit": "people"}])
    assert [n.rule_id for n in score_summary(case, text).numbers] == [rule]


SPILL = Case.model_validate({
    "id": "spill", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "cg", "name": "coast guard", "side": "gov", "kind": "body"},
                {"id": "kestrel", "name": "Kestrel Lines", "side": "firm", "aliases": ["Kestrel"]}],
    "claims": [{"id": "c", "statement": "s", "source": "cg", "accept": ["cg"], "numbers": ["n-cg"]}],
    "numbers": [{"id": "n-cg", "value": 700, "unit": "tonnes", "referent": "coast guard's estimate of oil spilled"},
                {"id": "n-owner", "value": 450, "unit": "tonnes", "referent": "Kestrel's estimate of oil leaked"},
                {"id": "n-wreck", "value": 2350, "unit": "metres", "referent": "altitude of the wreck (Kestrel)"},
                {"id": "n-warn", "value": 2900, "unit": "metres", "referent": "altitude of the warning (coast guard)"}],
})


@pytest.mark.parametrize(("text", "verdict"), [
    # two sources' estimates of one thing: the coast guard's own figure, in a sentence naming the coast guard, is
    # no referent error because another source's referent uses the clause's verb ("leaked")
    ("- **Coast guard:** The spill is contained; about 700 tonnes leaked.", "correct"),
    # ... but a figure for another thing stays one ("altitude of the warning" given as the wreck's)
    ("The wreck lies at 2,900 metres, Kestrel says.", "wrong"),
])
def test_rival_estimates_of_one_thing_by_two_sources(text: str, verdict: str) -> None:
    assert [n.verdict for n in score_summary(SPILL, text).numbers] == [verdict]


@pytest.mark.parametrize(("text", "verdict"), [
    # "above 15 ppb" compares readings with the action level; it is no bound on the level itself
    ("A memo flagged readings above 15 ppb in 23 homes.", "correct"),
    ("Depositors with more than €100,000 could lose up to €900 million.", "correct"),
    # a bound on a figure whose referent only mentions a limit is still a bound ("at least" for "up to")
    ("Savers above the limit could lose at least €900 million.", "wrong"),
])
def test_a_comparison_with_a_limit_states_no_bound_on_it(text: str, verdict: str) -> None:
    case = one_claim_case("lead", {"id": "lab", "name": "Halden lab", "side": "res"}, ["n-level"],
                          [{"id": "n-level", "value": 15, "unit": "ppb", "referent": "national lead action level"},
                           {"id": "n-homes", "value": 23, "unit": "homes"},
                           {"id": "n-limit", "value": 100000, "unit": "euros",
                            "referent": "deposit guarantee limit per depositor"},
                           {"id": "n-loss", "value": 900, "unit": "million euros", "qualifier": "up to",
                            "referent": "potential losses of savers above the limit"}])
    got = [n.verdict for n in score_summary(case, text).numbers]
    assert any(v != "correct" for v in got) == (verdict == "wrong"), got


@pytest.mark.parametrize("text", [
    "Rations fell to 1,260 kilocalories a day.",
    "Rations fell to 1,260 kilocalories per person.",
    "Rations fell to 1,260 kilocalories per person per day.",
])
def test_a_per_person_per_day_rate_given_by_either_part(text: str) -> None:
    """ "kilocalories per person per day": a summary's "a day" or "per person" gives the same ration."""
    case = one_claim_case("rations", {"id": "wfra", "name": "WFRA", "side": "un"}, ["n-kcal"],
                          [{"id": "n-kcal", "value": 1260, "unit": "kilocalories per person per day"}])
    assert id_verdicts(case, text) == [("n-kcal", "correct")]


def test_an_age_class_before_a_noun_counts_no_noun() -> None:
    """ "under-five acute malnutrition": the five is the age class (under 5 years), not five of "acute"."""
    case = one_claim_case("rations", {"id": "med", "name": "MedAid", "side": "ngo"}, ["n-rate"],
                          [{"id": "n-five", "value": 5, "unit": "years of age", "qualifier": "less than"},
                           {"id": "n-rate", "value": 16.2, "unit": "percent"}])
    assert id_verdicts(case, "MedAid says under-five acute malnutrition rose to 16.2%.") == \
        [("n-five", "correct"), ("n-rate", "correct")]


def test_people_for_a_count_of_bodies() -> None:
    """ "the remains of 143 people" counts the case's 143 bodies: a body is a person, as "people" counts a group."""
    case = one_claim_case("grave", {"id": "fi", "name": "Forensic Institute", "side": "state"}, ["n-bodies"],
                          [{"id": "n-bodies", "value": 143, "unit": "bodies", "referent": "remains recovered"},
                           {"id": "n-trenches", "value": 4, "unit": "trenches"},
                           {"id": "n-missing", "value": 320, "unit": "people", "referent": "people still missing"}])
    assert id_verdicts(case, "The institute recovered the remains of 143 people.") == [("n-bodies", "correct")]


def test_people_for_a_count_of_suspects() -> None:
    """ "Police arrested 38 people" counts the case's 38 suspects: "people" stands for any group of people the case
    counts (suspects, strikers, hostages ...), not the reverse."""
    case = one_claim_case("clash", {"id": "pol", "name": "police", "side": "state", "kind": "body"}, ["n-arrests"],
                          [{"id": "n-arrests", "value": 38, "unit": "suspects", "referent": "suspects arrested"},
                           {"id": "n-dead", "value": 43, "unit": "people", "referent": "people killed"}])
    assert id_verdicts(case, "Police arrested 38 people.") == [("n-arrests", "correct")]


def test_an_irregular_past_tense_names_its_referents_change() -> None:
    """ "Deforestation in the reserve fell 21%": "fell" names the "fall" of the figure's referent, so "reserve" of a
    rival's "share of the reserve" does not make it a referent error."""
    case = one_claim_case("forest", {"id": "min", "name": "environment ministry", "side": "gov", "kind": "body"},
                          ["n-fall"],
                          [{"id": "n-fall", "value": 21, "unit": "percent",
                            "referent": "year-on-year fall in clearing"},
                           {"id": "n-share", "value": 1.3, "unit": "percent", "qualifier": "about",
                            "referent": "loss as a share of the reserve"}])
    assert id_verdicts(case, "The ministry says deforestation in the reserve fell 21%.") == [("n-fall", "correct")]


def test_the_counted_noun_is_the_plural_head_after_its_modifiers() -> None:
    # "three exam board employees" counts employees, "63 serious adverse events" events: the modifiers before
    # the plural head are not the counted noun (was: "exam", "serious")
    case = one_claim_case("staff", {"id": "police", "name": "Police", "side": "gov"}, ["n-staff", "n-events"], [
        {"id": "n-staff", "value": 3, "unit": "board employees"},
        {"id": "n-events", "value": 63, "unit": "adverse events"},
        {"id": "n-floors", "value": 5, "unit": "storeys"},
    ])
    assert id_verdicts(case, "Police arrested three exam board employees.") == [("n-staff", "correct")]
    assert id_verdicts(case, "The agency logged 63 serious adverse events.") == [("n-events", "correct")]
    # not past a name, an adverb or a verb form: "the five-storey Orlin Garments factory" counts storeys
    assert id_verdicts(case, "Fire swept through the five-storey Orlin Garments factory.") == [("n-floors", "correct")]
    assert [n.unit for n in extract_numbers("Police arrested three exam board employees.")] == [
        "exam board employees"]


def test_a_small_count_of_accounts_is_no_figure() -> None:
    # "two sharply different tolls" weighs accounts; it is no case figure of 2 (hours) with another unit
    case = one_claim_case("tolls", {"id": "army", "name": "Army", "side": "gov"}, ["n-hours"], [
        {"id": "n-hours", "value": 2, "unit": "hours"},
        {"id": "n-dead", "value": 62, "unit": "toll"},
    ])
    assert id_verdicts(case, "Two sharply different tolls have emerged.") == []
    assert id_verdicts(case, "The army arrived within two hours.") == [("n-hours", "correct")]


def test_arithmetic_on_the_figures_of_its_own_sentence_is_derived() -> None:
    case = one_claim_case("poaching", {"id": "kws", "name": "Wildlife Service", "side": "gov"}, ["n-2022", "n-2025"], [
        {"id": "n-2022", "value": 41, "unit": "rhinos", "referent": "rhinos poached in 2022"},
        {"id": "n-2025", "value": 9, "unit": "rhinos", "referent": "rhinos poached in 2025"},
        {"id": "n-homes", "value": 412, "unit": "homes"}, {"id": "n-share", "value": 38, "unit": "percent"},
        {"id": "n-dead", "value": 17, "unit": "people"}, {"id": "n-raid", "value": 14, "unit": "hours"},
    ])
    # the summary shows its working: the result's own noun ("animals", "households") need not be the case's
    assert id_verdicts(case, "Poaching fell from 41 in 2022 to 9 in 2025, 32 fewer animals.")[-1] == (None, "derived")
    assert id_verdicts(case, "Lead topped the limit in 38 percent of 412 homes, roughly 157 households.")[-1] == (
        None, "derived")
    # not across measures ("17 people in a 14-hour raid" make no "three weeks"), nor across sentences
    assert id_verdicts(case, "Police killed 17 people in a 14-hour raid, three weeks after the last.")[-1] == (
        None, "unsupported")
    assert id_verdicts(case, "Poaching fell from 41 to 9. Rangers counted 32 carcasses.")[-1] == (None, "unsupported")


TOLLS = Case.model_validate({
    "id": "tolls", "title": "t", "topic": "x", "article": "a",
    "sources": [{"id": "agency", "name": "Border Agency", "side": "gov"}],
    "claims": [
        {"id": "c1", "statement": "The agency recorded 214 deaths", "source": "agency", "accept": ["agency"],
         "numbers": ["n-deaths"]},
        {"id": "c2", "statement": "More than 600 supporters were detained", "source": "agency",
         "accept": ["agency"], "numbers": ["n-detained"]},
        {"id": "c3", "statement": "57 people were injured, 12 of them guards", "source": "agency",
         "accept": ["agency"], "numbers": ["n-injured", "n-guards"]},
        {"id": "c4", "statement": "Smugglers caused the deaths of 14 migrants; 92,000 people marched",
         "source": "agency", "accept": ["agency"], "numbers": ["n-trail", "n-crowd"]},
    ],
    "numbers": [
        {"id": "n-deaths", "value": 214, "unit": "deaths", "referent": "deaths recorded by the agency"},
        {"id": "n-detained", "value": 600, "unit": "supporters", "qualifier": "more than",
         "referent": "supporters detained"},
        {"id": "n-injured", "value": 57, "unit": "injured", "referent": "injured in the riot"},
        {"id": "n-guards", "value": 12, "unit": "guards", "referent": "guards among the injured"},
        {"id": "n-trail", "value": 14, "unit": "migrants", "referent": "deaths blamed on smugglers"},
        {"id": "n-crowd", "value": 92000, "unit": "people", "referent": "marchers"},
    ],
})


def test_another_word_for_the_same_people_at_the_same_event_is_the_same_figure() -> None:
    # a group noun or "people" for the case's count of an event, when the clause names that event
    assert id_verdicts(TOLLS, "The agency says 214 migrants died crossing the desert.") == [("n-deaths", "correct")]
    assert id_verdicts(TOLLS, "It said more than 600 people had been detained.") == [("n-detained", "correct")]
    # ... its qualifier still counts ("nearly 600" for more than 600)
    assert [n.reason for n in score_summary(TOLLS, "It said nearly 600 people were detained.").numbers] == \
        ["qualifier"]
    assert id_verdicts(TOLLS, "It said 57 people were hurt.") == [("n-injured", "correct")]
    # another event ("died" for the injured) or a part the claim counts apart ("guards" among the injured) is
    # another referent
    assert [n.reason for n in score_summary(TOLLS, "It said 57 people died in the riot.").numbers] == ["referent"]
    assert [n.reason for n in score_summary(TOLLS, "It said 57 guards were injured.").numbers] == ["referent"]


def test_a_group_the_case_names_in_its_referent_or_a_head_count_without_an_event_is_no_other_referent() -> None:
    """ "4,120 migrant workers have died" for the Herald's "migrant worker deaths" (the modifier is the referent's);
    "nine workers had died" for the committee's nine work-related deaths, though its claim also counts a workforce of
    workers (a head count with no event)."""
    case = Case.model_validate({
        "id": "cup", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "herald", "name": "Meridian Herald", "side": "h"},
                    {"id": "sc", "name": "organising committee", "side": "q"}],
        "claims": [{"id": "toll", "statement": "At least 4,120 migrant workers died", "source": "herald",
                    "accept": ["herald"], "numbers": ["n-total"]},
                   {"id": "work", "statement": "Nine of its 36,000 workers died in work-related incidents",
                    "source": "sc", "accept": ["sc"], "numbers": ["n-work", "n-force"]}],
        "numbers": [{"id": "n-total", "value": 4120, "unit": "deaths", "qualifier": "at least",
                     "referent": "migrant worker deaths counted by the Herald"},
                    {"id": "n-work", "value": 9, "unit": "deaths", "referent": "work-related deaths"},
                    {"id": "n-force", "value": 36000, "unit": "workers", "referent": "committee workforce"}],
    })
    assert id_verdicts(case, "At least 4,120 migrant workers have died.") == [("n-total", "correct")]
    assert id_verdicts(case, "It said nine workers had died in work-related incidents.") == [("n-work", "correct")]


def test_words_the_claim_sets_beside_its_figure_name_no_rival() -> None:
    # "customers" is in the claim that states the €1.6 billion: naming it names no rival "customer deposits"
    case = Case.model_validate({
        "id": "run", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "ratings", "name": "Meridian Ratings", "side": "n"}],
        "claims": [{"id": "c", "statement": "Customers withdrew €1.6 billion in a single day", "source": "ratings",
                    "accept": ["ratings"], "numbers": ["n-outflow"]}],
        "numbers": [{"id": "n-outflow", "value": 1.6, "unit": "billion euros", "referent": "withdrawals in one day"},
                    {"id": "n-deposits", "value": 8.4, "unit": "billion euros",
                     "referent": "customer deposits at the end of the year"}],
    })
    assert id_verdicts(case, "Meridian Ratings says customers withdrew €1.6 billion on March 14.") == \
        [("n-outflow", "correct")]
    # a clause naming only the rival's own words still gives the figure to the wrong thing
    assert id_verdicts(case, "Deposits at the end of the year stood at €1.6 billion.") == [("n-outflow", "wrong")]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The official system misses clearings under 25 hectares.", None),  # a class of things the figure bounds
    ("Police handed over 19 hostages.", None),  # a phrasal verb's particle
    ("A strike over 2,100 planned job cuts began.", None),  # a noun's preposition: what the strike is about
    ("Inflation remains above 30 percent.", "more"),  # a verb in -s: the figure itself is bounded
    ("Over 300 people died.", "more"),
    ("Rescuers found just under 40 survivors.", "less"),
])
def test_a_preposition_governed_by_the_word_before_it_bounds_no_figure(text: str, qualifier: str | None) -> None:
    assert [m.qualifier for m in extract_numbers(text)] == [qualifier]


def test_the_working_beside_a_figure_explains_what_looks_like_a_wrong_value() -> None:
    case = one_claim_case("speed", {"id": "op", "name": "Operator", "side": "co"}, ["n-speed", "n-limit"], [
        {"id": "n-speed", "value": 112, "unit": "km/h", "referent": "speed on the curve"},
        {"id": "n-limit", "value": 70, "unit": "km/h", "referent": "speed limit on the curve"},
        {"id": "n-cut", "value": 55, "unit": "percent", "referent": "maintenance budget cut"},
        {"id": "n-fined", "value": 160, "unit": "detainees", "referent": "detainees fined"},
        {"id": "n-fine", "value": 12000, "unit": "dorins", "referent": "fine per detainee"},
        {"id": "n-total", "value": 2.6, "unit": "million dorins", "referent": "fines collected in March"},
    ])
    # a percentage change of two figures beside it is no wrong value of the 55% cut
    assert id_verdicts(case, "The train took the curve at 112 km/h, 60 percent above the 70 km/h limit.")[1] == \
        (None, "derived")
    # a product with "each" is no wrong value of the 2.6 million collected
    assert id_verdicts(case, "160 detainees were fined 12,000 dorins each, about 1.9 million dorins.")[-1] == \
        (None, "derived")
    # a figure the working beside it does not give stays a wrong value
    assert id_verdicts(case, "The train took the curve at 112 km/h, 48 percent above the 70 km/h limit.")[1] == \
        ("n-cut", "wrong")


@pytest.mark.parametrize(("text", "figures"), [
    ("Linesight flagged 29 matches in the 2023-24 season.", ["29", "2023"]),  # a season: the 24 is its end year
    ("The 2019–20 budget", ["2019"]),
    ("The vote was 3-24 against.", ["3", "24"]),  # no year before the dash
])
def test_the_second_year_of_a_season_is_no_figure(text: str, figures: list[str]) -> None:
    assert [m.text for m in extract_numbers(text)] == figures


def test_reporters_correspondents_and_journalists_are_one_counted_noun() -> None:
    case = one_claim_case("press", {"id": "gov", "name": "Kestria", "side": "gov"}, ["n-expelled"], [
        {"id": "n-expelled", "value": 9, "unit": "correspondents", "referent": "journalists ordered to leave"},
        {"id": "n-arrested", "value": 14, "unit": "local reporters", "referent": "local reporters arrested"},
        {"id": "n-revoked", "value": 23, "unit": "accreditations"},
    ])
    assert id_verdicts(case, "Kestria expels nine foreign reporters.") == [("n-expelled", "correct")]
    assert id_verdicts(case, "Kestria expels nine foreign journalists.") == [("n-expelled", "correct")]


def test_a_referent_that_names_a_bar_takes_a_bound_of_its_direction() -> None:
    case = one_claim_case("snow", {"id": "kaws", "name": "KAWS", "side": "service"}, ["n-close"], [
        {"id": "n-close", "value": 2000, "unit": "metres", "referent": "altitude above which slopes were to close"},
        {"id": "n-snow", "value": 140, "unit": "cm"},
    ])
    assert id_verdicts(case, "KAWS advised closing everything above 2,000 metres.") == [("n-close", "correct")]
    # a bound the other way still contradicts it
    assert id_verdicts(case, "KAWS advised closing everything below 2,000 metres.") == [("n-close", "wrong")]


def test_cases_of_a_thing_are_counted_by_that_thing() -> None:
    # a referent whose head only holds what its modifier names ("seizure cases") counts that thing too
    case = one_claim_case("memo", {"id": "mp", "name": "Viktor Raskin", "side": "opposition"}, ["n-memo"], [
        {"id": "n-memo", "value": 19, "unit": "cases", "referent": "afebrile seizure cases flagged in the memo"},
        {"id": "n-reports", "value": 87, "unit": "seizures", "referent": "seizures reported to the agency"},
    ])
    assert id_verdicts(case, "An internal memo flagged 19 seizures without fever.") == [("n-memo", "correct")]


@pytest.mark.parametrize("referent", ["blood lead level calling for medical follow-up",
                                      "the level that triggers an alert", "cut-off for treatment"])
def test_a_level_that_sets_off_an_action_is_a_bar(referent: str) -> None:
    case = one_claim_case("lead", {"id": "pg", "name": "parents' group", "side": "parents"}, ["n-share"], [
        {"id": "n-share", "value": 38, "unit": "percent", "referent": "children tested above the level"},
        {"id": "n-bar", "value": 5, "unit": "micrograms per decilitre", "referent": referent},
    ])
    # "above 5 µg/dL" compares the children's levels with the bar; it is no bound on the bar itself
    assert id_verdicts(case, "Tests found 38% of children above 5 µg/dL.") == [("n-share", "correct"),
                                                                             ("n-bar", "correct")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mission's drones were jammed 14 times.", [("n-jam", "correct")]),
    ("Drones were jammed 14 times in a week, the mission said.", [("n-jam", "correct")]),
])
def test_times_after_a_verb_counts_occasions(text: str, expected: list[tuple[str | None, str]]) -> None:
    case = one_claim_case("jam", {"id": "mm", "name": "monitoring mission", "side": "monitors"}, ["n-jam"], [
        {"id": "n-jam", "value": 14, "unit": "occasions", "referent": "times the drones were jammed"},
        {"id": "n-limit", "value": 3, "unit": "times", "referent": "reading relative to the limit"},
    ])
    assert id_verdicts(case, text) == expected


def test_times_before_what_it_multiplies_stays_a_ratio() -> None:
    figures = extract_numbers("The reading was three times the limit and drones were jammed 14 times.")
    assert [(f.text, f.kind) for f in figures][0] == ("three times", "ratio")
    assert figures[1].kind != "ratio"


def test_a_bare_figure_is_read_in_the_case_numbers_own_time_unit() -> None:
    # "children under five": an age bound (no counted noun after it) in the case's years of age, not the phase 5
    case = one_claim_case("aid", {"id": "un", "name": "UN agency", "side": "un"}, ["n-malnut"], [
        {"id": "n-malnut", "value": 31, "unit": "percent", "referent": "children acutely malnourished"},
        {"id": "n-under5", "value": 5, "unit": "years of age", "qualifier": "less than",
         "referent": "age group of screened children"},
        {"id": "n-phase5", "value": 5, "unit": "phase", "referent": "highest phase of the famine scale"},
    ])
    assert id_verdicts(case, "Some 31 percent of children under five screened last month were malnourished.") == \
        [("n-malnut", "correct"), ("n-under5", "correct")]


def test_the_first_figure_of_a_range_takes_the_scale_of_the_second() -> None:
    case = one_claim_case("gas", {"id": "ogt", "name": "OGT", "side": "transit"}, ["n-before", "n-after"], [
        {"id": "n-before", "value": 62.5, "unit": "million cubic metres per day"},
        {"id": "n-after", "value": 14.1, "unit": "million cubic metres per day"},
    ])
    assert id_verdicts(case, "Flows fell from 62.5 to 14.1 million cubic metres per day.") == \
        [("n-before", "correct"), ("n-after", "correct")]


@pytest.mark.parametrize(("text", "second"), [
    ("Fighters shelled the crossing on November 3 and 7, shutting it.", ("n-nov7", "correct")),
    ("On November 3 and 12 people died.", (None, "unsupported")),  # a noun after it: a count, not a day
])
def test_a_day_listed_after_a_date_is_a_day_of_the_same_month(text: str, second: tuple[str | None, str]) -> None:
    case = one_claim_case("days", {"id": "o", "name": "OCMC", "side": "gov"}, ["n-nov3"], [
        {"id": "n-nov3", "value": 3, "unit": "November"}, {"id": "n-nov7", "value": 7, "unit": "November"},
        {"id": "n-seven", "value": 7, "unit": "districts"},
    ])
    assert id_verdicts(case, text) == [("n-nov3", "correct"), second]


@pytest.mark.parametrize("text", ["The group says it stole some 2,700 gigabytes of data.",
                                  "The group says it stole 2.7 TB of data."])
def test_amounts_of_data_convert_between_their_units(text: str) -> None:
    case = one_claim_case("cyber", {"id": "gl", "name": "Grey Lamprey", "side": "hackers"}, ["n-tb"], [
        {"id": "n-tb", "value": 2.7, "unit": "terabytes", "referent": "data the group says it stole"},
    ])
    assert id_verdicts(case, text) == [("n-tb", "correct")]


def test_a_share_written_as_a_count_out_of_a_count_is_derived() -> None:
    case = one_claim_case("mine", {"id": "eg", "name": "Clearwater", "side": "ngo"}, ["n-share"], [
        {"id": "n-share", "value": 70, "unit": "percent", "referent": "share of samples exceeding the limit"},
    ])
    got = score_summary(case, "Copper was above the permitted level in seven out of ten samples.").numbers
    assert [(n.text, n.verdict) for n in got] == [("seven", "derived"), ("ten", "derived")]
    # no case share it matches: still unsupported
    got = score_summary(case, "Copper was above the permitted level in three out of ten samples.").numbers
    assert [n.verdict for n in got] == ["unsupported", "unsupported"]


def test_jobs_posts_and_positions_are_one_counted_noun() -> None:
    case = one_claim_case("budget", {"id": "u", "name": "PSWU", "side": "union"}, ["n-posts"], [
        {"id": "n-posts", "value": 40000, "unit": "posts", "qualifier": "up to",
         "referent": "public-sector posts lost according to the union"},
        {"id": "n-staff", "value": 210000, "unit": "state workers"},
    ])
    assert id_verdicts(case, "The union said up to 40,000 jobs could go.") == [("n-posts", "correct")]


def test_parts_and_components_are_one_counted_noun() -> None:
    """ "7,200 drone components" is the case's 7,200 drone parts, though "components" also counts the whole."""
    case = one_claim_case("chips", {"id": "c", "name": "customs", "side": "customs"}, ["n-parts"], [
        {"id": "n-parts", "value": 7200, "unit": "drone parts"},
        {"id": "n-all", "value": 18400, "unit": "components"},
    ])
    assert id_verdicts(case, "Customs found 7,200 drone components in the crates.") == [("n-parts", "correct")]


def test_a_count_in_times_is_counted_by_its_referents_noun() -> None:
    """A case figure in "times" whose referent is "Valdorian scrambles": "19 scrambles" is that figure, not a count
    of something else."""
    case = one_claim_case("air", {"id": "m", "name": "ministry", "side": "v"}, ["n-19"], [
        {"id": "n-19", "value": 19, "unit": "times", "referent": "Valdorian scrambles"},
        {"id": "n-47", "value": 47, "unit": "violations"},
    ])
    assert id_verdicts(case, "The ministry reported 47 violations and 19 scrambles.") == \
        [("n-47", "correct"), ("n-19", "correct")]


def test_a_figures_own_words_before_a_neighbouring_figure_of_its_clause_still_name_it() -> None:
    """ "will cull 2,400 elephants in Sereko National Park over 18 months": the cull's duration, though "park" beside
    it is a word of another duration's referent ("how long Rutebuka has studied the park") and "cull" stands before
    the 2,400 (round 55's elephant case)."""
    from pathlib import Path

    from harness.caseload import load_case

    case = load_case(Path(__file__).parent / "data" / "rounds" / "round55" / "blind55-elephant-cull.yaml")
    text = "The wildlife ministry will cull 2,400 elephants in Sereko National Park over 18 months."
    assert id_verdicts(case, text) == [("n-cull", "correct"), ("n-cull-duration", "correct")]


def test_a_patient_noun_of_the_referents_verb_and_an_adverb_after_a_figure() -> None:
    """ "180 new appointees" counts the new judges "appointed" (a noun in -ee of the referent's verb); "at 65 instead
    of 70" counts no "instead"."""
    case = one_claim_case("courts", {"id": "j", "name": "judges' association", "side": "judges"}, ["n-180"], [
        {"id": "n-180", "value": 180, "unit": "judges", "referent": "new judges appointed since March 1"},
        {"id": "n-97", "value": 97, "unit": "members", "referent": "appointees who are party members"},
        {"id": "n-65", "value": 65, "unit": "years of age", "referent": "new retirement age"},
        {"id": "n-70", "value": 70, "unit": "years of age", "referent": "previous retirement age"},
    ])
    assert id_verdicts(case, "It says 180 new appointees were sworn in.") == [("n-180", "correct")]
    assert id_verdicts(case, "Judges must now step down at 65 instead of 70.") == [("n-65", "correct"),
                                                                                    ("n-70", "correct")]


def test_a_toll_told_as_another_fate_is_a_referent_error() -> None:
    """ "Floods killed 11 people" where 11 is the count of the missing, "19 still missing" where 19 is the dead (round
    58's glacier case): the words beside the figure name the fate, and a case figure counting another fate is the
    wrong referent; the right fate, words naming both ("missing and feared dead") or no fate at all pass."""
    case = one_claim_case("flood", {"id": "a", "name": "disaster agency", "side": "gov"}, ["n-dead", "n-missing"], [
        {"id": "n-dead", "value": 19, "unit": "deaths", "referent": "deaths in Sarvania, official toll"},
        {"id": "n-missing", "value": 11, "unit": "people missing", "referent": "missing in Sarvania, official toll"},
        {"id": "n-held", "value": 14, "unit": "officials", "referent": "union officials arrested"},
    ])
    assert [(n.number_id, n.verdict, n.reason) for n in score_summary(case, "Floods killed 11 people.").numbers] == \
        [("n-missing", "wrong", "referent")]
    assert id_verdicts(case, "It lost 11 people, with 19 still missing.") == [("n-missing", "correct"),
                                                                              ("n-dead", "wrong")]
    assert id_verdicts(case, "Police injured 14 officials.") == [("n-held", "wrong")]
    assert id_verdicts(case, "Nineteen people died and 11 are still missing.") == [("n-dead", "correct"),
                                                                                   ("n-missing", "correct")]
    assert id_verdicts(case, "Some 11 people are missing and feared dead; police detained 14 officials.") == \
        [("n-missing", "correct"), ("n-held", "correct")]


def test_a_noun_for_the_act_counts_the_people_or_things_it_was_done_to() -> None:
    """ "1,940 rescues" for 1,940 people "rescued" (round 30's border case; "412,600 removals" for names "removed" in
    round 36's purge case): the noun of the referent's verb counts what the verb was done to."""
    from pathlib import Path

    from harness.caseload import load_case
    from scorers.numbers import _past_roots, _verbal_root

    case = load_case(Path(__file__).parent / "data" / "rounds" / "round30" / "blind30-border-deaths.yaml")
    assert id_verdicts(case, "The agency credits its desert units with 1,940 rescues.") == [("n-rescues", "correct")]
    assert _verbal_root("removal") in _past_roots(frozenset({"names", "removed"}))
    assert _verbal_root("deportation") in _past_roots(frozenset({"deported"}))
    assert _verbal_root("correction") not in _past_roots(frozenset({"removed"}))
    assert _verbal_root("call") is None  # too short to tell a verb


def test_people_told_by_the_fate_the_case_counts_them_by() -> None:
    """ "47 people remain missing" for the case's 47 "missing" (round 61's ferry case): a count of people whose words
    tell the fate the case number counts is that number; told as another fate it stays a referent error."""
    from pathlib import Path

    from harness.caseload import load_case

    case = load_case(Path(__file__).parent / "data" / "rounds" / "round61" / "blind61-ferry-fire.yaml")
    assert id_verdicts(case, "The coast guard said 47 people remain missing.") == [("n-missing", "correct")]
    assert id_verdicts(case, "It said 47 people were still unaccounted for.") == [("n-missing", "correct")]
    assert id_verdicts(case, "The coast guard said 47 people died.") == [("n-missing", "wrong")]


def test_a_total_of_the_counts_a_sentence_lists_is_derived() -> None:
    """ "Estoria (341), Bandalia (228) and Corvenia (167) together report 736 dead" (round 64's pilgrim case): the sum
    of three counts the sentence gives is derived, not a wrong value of another toll; a figure no arithmetic on them
    gives stays unsupported."""
    from pathlib import Path

    from harness.caseload import load_case

    case = load_case(Path(__file__).parent / "data" / "rounds" / "round64" / "blind64-pilgrim-heat.yaml")
    text = "Estoria (341), Bandalia (228) and Corvenia (167) together report {} dead."
    assert [v for _, v in id_verdicts(case, text.format(736))] == ["correct", "correct", "correct", "derived"]
    assert [v for _, v in id_verdicts(case, text.format(736))][-1] == "derived"
    assert [v for _, v in id_verdicts(case, text.format(1500))][-1] == "unsupported"


def test_bullets_are_shots_and_n_year_old_is_an_age() -> None:
    """ "two of the three bullets hit him" counts the case's 3 shots; "shot 17-year-old Milan Ostrec" gives his age,
    though "shot" names the shots' referent (round 67's police case)."""
    from pathlib import Path

    from harness.caseload import load_case

    case = load_case(Path(__file__).parent / "data" / "rounds" / "round67" / "blind67-police-shooting.yaml")
    assert id_verdicts(case, "A Korvel police officer shot 17-year-old Milan Ostrec through his car window.") == \
        [("n-age", "correct")]
    assert id_verdicts(case, "The prosecutor said two of the three bullets hit Ostrec.") == \
        [("n-hits", "correct"), ("n-shots", "correct")]


def test_a_bare_figure_set_against_a_measure_is_the_measure_of_its_own_value() -> None:
    """ "70 grams per litre against about 38 in the bay": the bare 38 is the bay's 38 grams per litre (its unit
    left to the figure it is set against), not a rounding of the 40 percent of demand (round 68's desalination
    case); a bare figure whose qualifier contradicts the measure's is not read so ("more than three to one" is no
    three nautical miles)."""
    case = one_claim_case("brine", {"id": "fish", "name": "fishermen", "side": "fish"}, ["n-brine"], [
        {"id": "n-brine", "value": 70, "unit": "grams per litre"},
        {"id": "n-sea", "value": 38, "unit": "grams per litre", "qualifier": "about"},
        {"id": "n-zone", "value": 3, "unit": "nautical miles"},
        {"id": "n-demand", "value": 40, "unit": "percent of demand"},
    ])
    got = {n.text: (n.number_id, n.verdict) for n in
           score_summary(case, "The brine holds 70 grams per litre against about 38 in the bay.").numbers}
    assert got["38"] == ("n-sea", "correct")
    got = {n.text: n.verdict for n in score_summary(case, "Their ships outnumber ours by more than three.").numbers}
    assert got["three"] != "wrong"


def test_a_bare_figure_is_the_count_its_verb_names() -> None:
    """ "158 people died and 14 survived": the bare 14 is the 14 survivors (the verb after it shares the count's
    stem), not the 14 km to the border that it equals as well (round 71's airliner case)."""
    case = one_claim_case("jet", {"id": "min", "name": "interior ministry", "side": "v"}, ["n-surv"], [
        {"id": "n-border", "value": 14, "unit": "km", "qualifier": "about"},
        {"id": "n-dead", "value": 158, "unit": "people killed", "qualifier": "at least"},
        {"id": "n-surv", "value": 14, "unit": "survivors"},
    ])
    got = {n.text: n.number_id for n in score_summary(case, "At least 158 people died and 14 survived.").numbers}
    assert got["14"] == "n-surv"


@pytest.mark.parametrize("text", [
    "The agency verified 1,146 cases between January and June.",
    "The agency verified 1,146 cases of children recruited from the camps.",
])
def test_the_noun_a_claims_statement_puts_beside_its_figure_counts_it(text: str) -> None:
    """ "1,146 cases" for the 1,146 children the case counts, where the claim's statement says "verified 1,146 cases
    of children recruited" (round 72's camp case); "cases of children recruited" counts the children anyway."""
    case = Case.model_validate({
        "id": "camps", "title": "t", "topic": "x", "article": "a",
        "sources": [{"id": "un", "name": "UN agency", "side": "un"}],
        "claims": [{"id": "c", "statement": "The agency verified 1,146 cases of children recruited from 14 camps",
                    "source": "un", "accept": ["un"], "numbers": ["n-1146"]}],
        "numbers": [{"id": "n-1146", "value": 1146, "unit": "children"},
                    {"id": "n-871", "value": 871, "unit": "cases", "referent": "cases attributed to the rebels"}],
    })
    got = {n.text: (n.number_id, n.verdict) for n in score_summary(case, text).numbers}
    assert got["1,146"] == ("n-1146", "correct")


def test_of_figures_a_mention_states_exactly_the_one_written_in_its_unit_wins() -> None:
    """ "refused entry for two days" is the team's two days, not the 48 hours of warning, which it states exactly
    too (round 73's cyclone case); a nearer figure in another unit still beats a farther one in the mention's unit."""
    case = one_claim_case("cyclone", {"id": "team", "name": "rescue team", "side": "team"}, ["n-refused"], [
        {"id": "n-warn48", "value": 48, "unit": "hours"},
        {"id": "n-refused", "value": 2, "unit": "days"},
        {"id": "n-alt", "value": 9000, "unit": "metres"},
        {"id": "n-alt2", "value": 31000, "unit": "feet"},
    ])
    got = {n.text: n.number_id for n in score_summary(case, "The team was refused entry for two days.").numbers}
    assert got["two days"] == "n-refused"
    got = {n.text: n.number_id for n in score_summary(case, "The jet flew at 29,500 feet.").numbers}
    assert got["29,500 feet"] == "n-alt"


def test_a_group_of_people_told_by_the_fate_a_count_of_people_counts_is_that_count() -> None:
    """ "shells killed at least 186 civilians" for the case's 186 "people killed" (round 74's arms case): a group
    noun told by the fate the case counts is that count (not where the case counts a named group: "146 protesters
    injured" for 146 officers injured stays a referent error, round 30's election case)."""
    case = one_claim_case("arms", {"id": "ati", "name": "watchdog", "side": "ngo"}, ["n-dead"], [
        {"id": "n-dead", "value": 186, "unit": "people killed", "qualifier": "at least"},
        {"id": "n-officers", "value": 146, "unit": "officers", "referent": "police officers injured"},
        {"id": "n-civ", "value": 226, "unit": "civilians", "referent": "civilians killed per the UN"},
    ])
    got = {n.text: (n.verdict, n.reason) for n in score_summary(case, "Shells killed at least 186 civilians.").numbers}
    assert got["186"] == ("correct", None)


def test_the_two_governments_name_the_parties_not_a_figure() -> None:
    """ "The two governments are at odds": a small count of the parties a summary names refers back to them, whatever
    case figure it equals (round 74's landmine case: "two" was judged a referent error against two years)."""
    case = one_claim_case("mines", {"id": "army", "name": "army", "side": "v"}, ["n-2y"], [
        {"id": "n-2y", "value": 2, "unit": "years"},
    ])
    assert [n.text for n in score_summary(case, "The two governments are at odds over the mines.").numbers] == []
    assert [n.text for n in score_summary(case, "The mines were laid two years ago.").numbers] == ["two years"]


def test_a_bare_figure_set_against_a_measure_takes_its_unit_over_an_equal_count() -> None:
    """ "17 knots against the navy's figure of 9": the 9 is the navy's 9 knots, not the 9 people rescued that it
    equals as well (round 76's naval case)."""
    case = one_claim_case("naval", {"id": "bw", "name": "tracking firm", "side": "bw"}, ["n-17"], [
        {"id": "n-rescued", "value": 9, "unit": "people rescued"},
        {"id": "n-17", "value": 17, "unit": "knots"},
        {"id": "n-navy", "value": 9, "unit": "knots"},
    ])
    got = {n.text: n.number_id for n in
           score_summary(case, "Tracking data show the corvette at 17 knots against the navy's figure of 9.").numbers}
    assert got["9"] == "n-navy"


def _article_case(article: str, numbers: list[dict[str, object]]) -> Case:
    return Case.model_validate({
        "id": "pest", "title": "t", "topic": "x", "article": article,
        "sources": [{"id": "hosp", "name": "district hospital", "side": "hosp"}],
        "claims": [{"id": "c", "statement": "The hospital treated 68 patients; three have died",
                    "source": "hosp", "accept": ["hosp"], "numbers": [str(n["id"]) for n in numbers]}],
        "numbers": numbers,
    })


def test_a_count_the_article_words_with_the_summarys_noun_is_no_referent_error() -> None:
    """ "Three farm workers have died" for the case's 3 "deaths" (round 78's pesticide case): the article counts
    that figure with that noun, so the noun is no other thing's; a count the article words otherwise stays a referent
    error, and a measure never takes this way (round 34: "11 km away" for the convoy's 11 km off route)."""
    nums = [{"id": "n-dead", "value": 3, "unit": "deaths"}, {"id": "n-crew", "value": 40, "unit": "farm workers"},
            {"id": "n-farms", "value": 12, "unit": "farms"}]
    case = _article_case("ONDAVA - Three farm workers have died after 12 farms were sprayed while 40 farm workers "
                         "were in the fields.", nums)
    got = {n.text: (n.verdict, n.reason) for n in
           score_summary(case, "Three farm workers have died, the hospital says.").numbers}
    assert got["Three"] == ("correct", None)
    got = {n.text: (n.verdict, n.reason) for n in score_summary(case, "Three farms were sprayed.").numbers}
    assert got["Three"] == ("wrong", "referent")


def test_one_thing_for_every_n_people_is_a_rate() -> None:
    """ "one working toilet for every 71 people" is 71 people per toilet (round 71's reception-centre case, where
    the case's rate is 65): the denominator is judged, and the "one" is no count of toilets."""
    case = one_claim_case("camp", {"id": "un", "name": "UN agency", "side": "un"}, ["n-toilet"], [
        {"id": "n-toilet", "value": 65, "unit": "people per toilet"},
        {"id": "n-month", "value": 1, "unit": "month"},
    ])
    got = [(n.number_id, n.verdict) for n in
           score_summary(case, "The agency counted one working toilet for every 65 people.").numbers]
    assert got == [("n-toilet", "correct")]
    got = [(n.verdict, n.reason) for n in
           score_summary(case, "The agency counted one working toilet for every 71 people.").numbers]
    assert got == [("wrong", "value")]
    assert [m.value for m in extract_numbers("one guard for every 40 inmates")] == [40.0]


def test_a_figure_told_as_a_difference_is_derived_before_a_rounding() -> None:
    """ "The service's count of 2,140 inmates is about 1,260 fewer than the lawyers' figure" (round 83's prison case):
    1,260 is 3,400 - 2,140, which the words tell, not a rounding of the 1,200 places it is near; without such words
    the rounding stands."""
    case = one_claim_case("prison", {"id": "bar", "name": "Bar Association", "side": "bar"}, ["n-bar"], [
        {"id": "n-bar", "value": 3400, "unit": "inmates"},
        {"id": "n-nps", "value": 2140, "unit": "inmates"},
        {"id": "n-cap", "value": 1200, "unit": "inmates"},
    ])
    text = "The service counts 2,140 inmates, about 1,260 fewer than the lawyers' figure."
    assert {n.text: n.verdict for n in score_summary(case, text).numbers}["1,260"] == "derived"
    got = score_summary(case, "It was built for about 1,260 inmates.").numbers
    assert {n.text: (n.number_id, n.verdict) for n in got} == {"1,260": ("n-cap", "correct")}


def test_points_are_a_count_where_the_case_counts_points_and_no_percentage_points() -> None:
    """ "11 of 12 points over the limit" (round 84's spill case, which counts 12 "sampling points"): a count of those
    points, not percentage points; a case counting "basis points" still reads "points" as a rate's points."""
    case = one_claim_case("spill", {"id": "lab", "name": "university lab", "side": "lab"}, ["n-12"], [
        {"id": "n-12", "value": 12, "unit": "sampling points"},
        {"id": "n-11", "value": 11, "unit": "sampling points"},
        {"id": "n-80", "value": 80, "unit": "percent"},
    ])
    got = {n.text: (n.number_id, n.verdict) for n in
           score_summary(case, "Samples showed oil at 11 of 12 points along the creek.").numbers}
    assert got == {"11": ("n-11", "correct"), "12 points": ("n-12", "correct")}
    rates = one_claim_case("bank", {"id": "cb", "name": "central bank", "side": "cb"}, ["n-hike"], [
        {"id": "n-hike", "value": 450, "unit": "basis points"},
        {"id": "n-infl", "value": 4.5, "unit": "percent"},
    ])
    got = {n.text: n.unit for n in score_summary(rates, "It raised rates by 4.5 points.").numbers}
    assert got == {"4.5 points": "pp"}


def test_a_factor_of_n_is_a_ratio() -> None:
    """ "The accounts differ by a factor of more than 50" (round 84's spill case: 2,300 barrels against 40): the figure
    is a ratio of two case figures, not a count near a case count of 41."""
    case = one_claim_case("spill", {"id": "ngo", "name": "Delta Rivers Watch", "side": "ngo"}, ["n-2300"], [
        {"id": "n-2300", "value": 2300, "unit": "barrels"},
        {"id": "n-40", "value": 40, "unit": "barrels"},
        {"id": "n-41", "value": 41, "unit": "spills"},
    ])
    got = score_summary(case, "The two accounts differ by a factor of more than 50.").numbers
    assert {n.text: n.verdict for n in got} == {"50": "derived"}
    assert [m.kind for m in extract_numbers("a factor of 10")] == ["ratio"]


def test_a_difference_noun_after_a_figure_is_no_unit() -> None:
    """ "the union puts it at 410 million, a 230 million difference" (round 84's nurses case): "difference" is no unit
    of the figure, which is 640 - 410 million."""
    case = one_claim_case("nurses", {"id": "min", "name": "health ministry", "side": "gov"}, ["n-640"], [
        {"id": "n-640", "value": 640, "unit": "million euros"},
        {"id": "n-410", "value": 410, "unit": "million euros"},
    ])
    got = score_summary(case, "The ministry says 640 million euros; the union, 410 million, a 230 million difference.")
    assert {n.text: n.verdict for n in got.numbers}["230 million"] == "derived"


def test_no_ratio_of_dates_or_of_a_rate_and_a_count() -> None:
    """Round 88's leukaemia case: "about 3.6 times the national average" was derived as March 14 / March 4, and then
    as 14 cases / a rate of 4.1 per 100,000: days of a month and a count against a rate are no ratio of anything.
    A ratio of two rates of the same base still is ("2.4 times" for 9.8 against 4.1 per 100,000)."""
    case = one_claim_case("cluster", {"id": "study", "name": "study", "side": "a"}, ["n-rate", "n-national"], [
        {"id": "n-rate", "value": 9.8, "unit": "cases per 100,000 children per year"},
        {"id": "n-national", "value": 4.1, "unit": "cases per 100,000 children per year"},
        {"id": "n-parents", "value": 14, "unit": "cases"},
        {"id": "n-published", "value": 14, "unit": "March"}, {"id": "n-statement", "value": 4, "unit": "March"},
    ])
    assert id_verdicts(case, "The local rate is about 3.5 times the national average.") == [(None, "unsupported")]
    assert id_verdicts(case, "The local rate is about 3.4 times the national average.") == [(None, "unsupported")]
    assert id_verdicts(case, "The local rate is about 2.4 times the national average.") == [(None, "derived")]


def test_a_fall_in_percent_and_a_bound_on_the_working_beside_it_are_derived() -> None:
    """Round 68's measles case: "fallen by about 30%, from 412 to 287" is the fall over the earlier figure, and
    "almost 30 percentage points" between 87% and 58% (29) is a bound that holds; before, both were explained only by
    a coincidence of two dates (3 / 10 as percent)."""
    case = one_claim_case("measles", {"id": "agency", "name": "agency", "side": "a"}, ["n-prev", "n-now"], [
        {"id": "n-prev", "value": 412, "unit": "cases"}, {"id": "n-now", "value": 287, "unit": "cases"},
        {"id": "n-gov", "value": 87, "unit": "percent"}, {"id": "n-ngo", "value": 58, "unit": "percent"},
        {"id": "n-share", "value": 45, "unit": "percent"},
    ])
    assert id_verdicts(case, "Weekly cases fell by about 30%, from 412 to 287.")[0] == (None, "derived")
    assert id_verdicts(case, "The estimates differ by almost 30 percentage points: 87% against 58%.")[0] == \
        (None, "derived")
    # a bound the working does not meet is no derivation ("more than 30 points" for 29)
    assert id_verdicts(case, "The estimates differ by more than 30 percentage points: 87% against 58%.")[0][1] != \
        "derived"


def test_a_reported_bare_figure_takes_the_unit_of_the_figure_it_answers() -> None:
    """Round 89's tunnel case: in "OTA says the fans stopped after six minutes, VARCO says 19, and inspectors say 11"
    the 11 is the inspectors' 11 minutes, not the union's 11 deaths; a bare figure that is not all of a report keeps
    its own reading."""
    case = one_claim_case("tunnel", {"id": "insp", "name": "inspectorate", "side": "n"}, ["n-insp"], [
        {"id": "n-deaths", "value": 11, "unit": "deaths"}, {"id": "n-ota", "value": 6, "unit": "minutes"},
        {"id": "n-varco", "value": 19, "unit": "minutes"}, {"id": "n-insp", "value": 11, "unit": "minutes"},
    ])
    got = id_verdicts(case, "OTA says the fans stopped after six minutes, VARCO says 19, and inspectors say 11.")
    assert got == [("n-ota", "correct"), ("n-varco", "correct"), ("n-insp", "correct")]
    assert [(m.text, m.unit) for m in extract_numbers("The fans stopped after six minutes. The union says 11.")] == \
        [("six minutes", "minute"), ("11", None)]
    # the figure it answers is the first after the report before its own (round 92's "the ministry says response
    # times hit 41 minutes during the 72-hour strike; the union says 19"), a qualifier may come between
    assert [(m.text, m.unit) for m in extract_numbers(
        "The ministry says times hit 41 minutes during the 72-hour strike; the union says 19.")][-1] == ("19", "minute")
    assert [(m.text, m.unit) for m in extract_numbers(
        "Kashvaria says 18,000 hectares were destroyed; the UN counts about 6,000.")][-1] == ("6,000", "ha")
    # only a figure that answers another report, and only a measure's unit (round 7's "the fourth boat detained in
    # two years, though the coast guard counts three"; round 18's "more than 600 supporters; the ministry says 214")
    assert [(m.text, m.unit) for m in extract_numbers(
        "It is the fourth boat seized in two years, the union says, though the coast guard counts three.")][-1] == \
        ("three", None)
    assert [(m.text, m.unit) for m in extract_numbers("The CRP says 600 supporters were held; the ministry says 214.")
            ][-1] == ("214", None)


def test_currencies_by_name_and_audiences_as_people() -> None:
    """Round 89's broadcaster case: "48 million euros" for a fine of 48 million dinars is the fine in the wrong
    currency (a unit error), and "2.3 million people a day" are its 2.3 million viewers a day."""
    case = one_claim_case("channel", {"id": "reg", "name": "regulator", "side": "gov"}, ["n-fine"], [
        {"id": "n-fine", "value": 48, "unit": "million dinars"}, {"id": "n-fine-eur", "value": 410000, "unit": "euros"},
        {"id": "n-viewers", "value": 2.3, "unit": "million viewers per day"},
    ])
    assert [(n.verdict, n.reason) for n in score_summary(case, "It was fined 48 million euros.").numbers] == \
        [("wrong", "unit")]
    assert [(n.verdict, n.reason) for n in score_summary(case, "It was fined 48 million dinars.").numbers] == \
        [("correct", None)]
    assert [(n.verdict, n.reason) for n in score_summary(case, "It drew 2.3 million people a day.").numbers] == \
        [("correct", None)]
    # a country's currency by its adjective is that currency (round 24's "Kessarian dinars", round 66's "Taldoran lira")
    rice = one_claim_case("rice", {"id": "camp", "name": "camp leaders", "side": "r"}, ["n-rice"], [
        {"id": "n-rice", "value": 61000, "unit": "Kessarian dinars"}])
    assert [(n.verdict, n.reason) for n in score_summary(rice, "A sack costs 61,000 dinars.").numbers] == \
        [("correct", None)]


def test_the_figure_in_its_own_dimension_with_a_wrong_unit_is_a_unit_error() -> None:
    """Round 90's cable car case: "6 kilometres per hour" for the cabin's 6 metres per second is that speed in the
    wrong unit, not the case's "six days" given a speed's unit (a referent error), because a figure of the mention's
    own dimension is looked at first."""
    case = one_claim_case("cable", {"id": "co", "name": "operator", "side": "co"}, ["n-speed"], [
        {"id": "n-days", "value": 6, "unit": "days"}, {"id": "n-speed", "value": 6, "unit": "metres per second"},
    ])
    got = [(n.number_id, n.verdict, n.reason) for n in
           score_summary(case, "The cabin moved at 6 kilometres per hour.").numbers]
    assert got == [("n-speed", "wrong", "unit")]
