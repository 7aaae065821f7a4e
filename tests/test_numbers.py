"""Tests for the numbers scorer: extraction of every written form, and every verdict and reason.

The case is invented (a flood in a fictional province) with neutral figures.
"""

from __future__ import annotations

import pytest

from harness.case import Case, Claim, Number, Source
from scorers import lexicon_numbers as lex
from scorers.numbers import NumberMention, extract_numbers, numeric_errors, score_numbers


def _case() -> Case:
    numbers = [
        Number(id="n-area", value=180, unit="km2", qualifier="exact", referent="land flooded this week"),
        Number(id="n-homes", value=36, unit="villages", unit_aliases=["towns", "hamlets"], tolerance=0),
        Number(id="n-days", value=3, unit="day", referent="duration of the flooding"),
        Number(id="n-evac", value=42000, unit="residents", unit_aliases=["people", "inhabitants"],
               qualifier="more than", referent="people evacuated"),
        Number(id="n-total", value=1300, unit="km2", qualifier="more than", tolerance=0.1,
               referent="land flooded since the rains began"),
        Number(id="n-share", value=72, unit="percent", referent="share of the farmland under water"),
        Number(id="n-turnout", value=61, unit="percent", qualifier="about",
               referent="turnout at the referendum"),
        Number(id="n-pumps", value=500, unit="pumps", qualifier="about"),
        Number(id="n-year", value=2021, unit="year"),
    ]  # fmt: skip
    return Case(
        id="test-flood",
        title="A flood",
        topic="weather",
        article="(invented)",
        sources=[Source(id="agency", name="Flood Agency", side="gov")],
        claims=[Claim(id="c1", statement="s", source="agency", accept=["agency"], numbers=["n-area"])],
        numbers=numbers,
    )


CASE = _case()


def one(text: str) -> NumberMention:
    found = extract_numbers(text)
    assert len(found) == 1, found
    return found[0]


def judged(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(v.verdict, v.reason, v.number_id) for v in score_numbers(CASE, text)]


# ------------------------------------------------------------------ extraction


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("They moved 42,000 of its residents.", 42000, "residents", "42,000"),
        ("They moved 42 000 people.", 42000, "people", "42 000"),
        ("They moved 42k people.", 42000, "people", "42k"),
        ("It cost 1.3 million dollars.", 1_300_000, "usd", "1.3 million dollars"),
        ("A 2.5 km levee.", 2.5, "km", "2.5 km"),
        ("They moved forty-two thousand people.", 42000, "people", "forty-two thousand"),
        ("They evacuated three dozen villages.", 36, "villages", "three dozen"),
        ("They evacuated a dozen villages.", 12, "villages", "a dozen"),
        ("A thousand people left.", 1000, "people", "A thousand"),
        ("Half a million people left.", 500_000, "people", "Half a million"),
        ("One hundred and twenty pumps arrived.", 120, "pumps", "One hundred and twenty"),
        ("It lasted a couple of days.", 2, "day", "a couple of days"),
        ("Water covers 72% of farmland.", 72, "percent", "72%"),
        ("Water covers 72 per cent of farmland.", 72, "percent", "72 per cent"),
        ("Water covers 72 percent of farmland.", 72, "percent", "72 percent"),
        ("A 72-percent share.", 72, "percent", "72-percent"),
        ("A gap of 11 percentage points.", 11, "pp", "11 percentage points"),
        ("It flooded 180 square kilometres.", 180, "km2", "180 square kilometres"),
        ("A 180-square-kilometre area.", 180, "km2", "180-square-kilometre"),
        ("It flooded 180 km².", 180, "km2", "180 km²"),
        ("It flooded 180 km2.", 180, "km2", "180 km2"),
        ("It flooded 180 sq km.", 180, "km2", "180 sq km"),
        ("About 70 square miles.", 70, "sq mi", "70 square miles"),
        ("About 700 hectares.", 700, "ha", "700 hectares"),
        ("It rained for three weeks.", 3, "week", "three weeks"),
        ("A 90-minute meeting.", 90, "minute", "90-minute"),
        ("It cost $4m.", 4_000_000, "usd", "$4m"),
        ("It cost €2bn.", 2e9, "eur", "€2bn"),
        ("They moved 36 towns and villages.", 36, "towns and villages", "36"),
        ("They moved 36 Northern villages.", 36, "villages", "36"),
    ],
)
def test_extract_forms(text: str, value: float, unit: str, written: str) -> None:
    m = one(text)
    assert m.value == pytest.approx(value)
    assert m.unit == unit
    assert m.text == written
    assert text[m.span[0] : m.span[1]] == written


def test_bracketed_conversion_gives_two_mentions() -> None:
    found = extract_numbers("180 square kilometres (70 square miles)")
    assert [(m.value, m.unit, m.span) for m in found] == [(180, "km2", (0, 21)), (70, "sq mi", (23, 38))]


def test_range_gives_two_numbers_sharing_the_unit() -> None:
    found = extract_numbers("20-25 km")
    assert [(m.value, m.unit, m.span) for m in found] == [(20, "km", (0, 2)), (25, "km", (3, 8))]


def test_years_and_dates() -> None:
    found = extract_numbers("It began on August 6, 2021 and again in 2021.")
    assert [(m.value, m.kind) for m in found] == [(6, "day"), (2021, "year"), (2021, "year")]
    assert one("the 2021 flood").kind == "year"
    assert one("2000 pumps").kind == "cardinal"


@pytest.mark.parametrize(
    ("text", "value"), [("four times as many", 4), ("twice as large", 2), ("half of the farmland", 0.5)]
)
def test_ratios(text: str, value: float) -> None:
    m = one(text)
    assert (m.value, m.kind, m.dimension) == (value, "ratio", "ratio")


@pytest.mark.parametrize(
    "text",
    [
        "one of the towns flooded",
        "no one was hurt",
        "the first flood",
        "the second-largest town",
        "she came 1st",
        "a town",
        "it rained once",
        "hundreds of people",
        "thousands of homes",
        "dozens of pumps",
        "see https://example.org/2021/06/report",
        "the A320 jet and COVID-19",
        "at 10:30 and at 5pm",
        "the twenty-first century",
    ],
)
def test_ordinary_words_are_not_numbers(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than 42,000 people", "more"),
        ("at least 42,000 people", "more"),
        ("42,000+ people", "more"),
        ("nearly 42,000 people", "less"),
        ("up to 42,000 people", "less"),
        ("about 42,000 people", "about"),
        ("some 42,000 people", "about"),
        ("42,000 people", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    assert one(text).qualifier == qualifier


def test_duration_preposition_is_not_a_qualifier() -> None:
    assert one("over three days").qualifier is None


# ------------------------------------------------------------------ word lists: each example is caught


def test_lexicon_examples_are_caught() -> None:
    assert one("seven villages").value == 7  # UNITS_WORDS
    assert one("sixty-seven thousand people").value == 67000  # TENS_WORDS
    assert one("two dozen towns").value == 24  # SCALE_WORDS
    assert one("40k people").value == 40000  # SCALE_SUFFIXES
    assert one("a couple of days").value == 2  # PHRASE_NUMBERS
    assert one("half a million people").value == 500_000  # FRACTION_WORDS
    assert extract_numbers("hundreds of soldiers") == []  # VAGUE_PLURALS
    assert one("twice as many").kind == "ratio"  # RATIO_WORDS
    assert one("four times larger").kind == "ratio"  # RATIO_TIMES
    assert one("half of the area").kind == "ratio"  # HALF_RATIO_NEXT
    assert one("more than 40,000 troops").qualifier == "more"  # QUALIFIERS_MORE
    assert one("nearly 40,000 troops").qualifier == "less"  # QUALIFIERS_LESS
    assert one("about 40 km").qualifier == "about"  # QUALIFIERS_ABOUT
    assert one("40,000+ troops").qualifier == "more"  # QUALIFIER_SUFFIX_MORE
    assert one("40 square kilometres").unit == "km2"  # AREA_UNITS
    assert one("8 miles").unit == "mile"  # LENGTH_UNITS
    assert one("40 per cent").unit == "percent"  # PERCENT_UNITS
    assert one("three weeks").unit == "week"  # DURATION_UNITS
    assert one("40 million dollars").unit == "usd"  # CURRENCY_UNITS
    assert one("$40m").unit == "usd"  # CURRENCY_PREFIXES
    assert [m.kind for m in extract_numbers("August 6, 2024")] == ["day", "year"]  # MONTHS
    assert one("40,000 of its troops").unit == "troops"  # NOUN_SKIP
    assert one("40 troops were killed").unit == "troops"  # NOUN_STOP
    assert extract_numbers("one of the towns") == []  # ONE_NOT_COUNT_NEXT
    assert extract_numbers("no one came") == []  # ONE_NOT_COUNT_PREV
    assert one("151 knots").unit == "kt"  # SPEED_UNITS
    assert one("2.7 terabytes").unit == "tb"  # DATA_UNITS
    assert one("46 parts per million").unit == "ppm"  # CONCENTRATION_UNITS
    assert one("1.6 mSv").unit == "msv"  # DOSE_UNITS
    assert one("400 kilovolts").unit == "kv"  # VOLTAGE_UNITS
    assert set(lex.UNIT_GROUPS) == {"area", "length", "percent", "duration", "currency", "volume", "mass", "power",
                                    "temperature", "speed", "data", "concentration", "dose", "voltage"}


# ------------------------------------------------------------------ verdicts


@pytest.mark.parametrize(
    ("text", "number_id"),
    [
        ("They flooded 180 km² in three days.", "n-area"),
        ("About 185 square kilometres flooded.", "n-area"),
        ("Roughly 70 square miles flooded.", "n-area"),
        ("Over 170 km² flooded.", "n-area"),
        ("Three dozen villages were hit.", "n-homes"),
        ("Officials moved 42,000 people.", "n-evac"),
        ("Officials moved forty-two thousand people.", "n-evac"),
        ("Officials moved upwards of 42,000 residents.", "n-evac"),
        ("Officials moved about 42,000 residents.", "n-evac"),
        ("Over a thousand square kilometres are under water.", "n-total"),
        ("Water covers 72 per cent of the farmland.", "n-share"),
        ("Some 500 pumps arrived.", "n-pumps"),
        ("It began in 2021.", "n-year"),
    ],
)
def test_correct(text: str, number_id: str) -> None:
    verdicts = judged(text)
    assert ("correct", None, number_id) in verdicts
    assert all(v[0] == "correct" for v in verdicts), verdicts


@pytest.mark.parametrize(
    ("text", "reason", "number_id"),
    [
        ("Officials moved more than 24,000 residents.", "value", "n-evac"),  # digit swap
        ("Officials moved 5,000 pumps.", "value", "n-pumps"),  # power-of-ten slip
        ("Some 300 pumps arrived.", "value", "n-pumps"),  # plausible figure
        ("Water covers 27% of the farmland.", "value", "n-share"),
        ("It began in 2020.", "value", "n-year"),
        ("They flooded 180 square miles.", "unit", "n-area"),
        ("They flooded 180 villages.", "referent", "n-area"),
        ("They flooded 36 square kilometres.", "referent", "n-homes"),
        ("Officials moved nearly 42,000 residents.", "qualifier", "n-evac"),
        ("Officials moved under 42,000 residents.", "qualifier", "n-evac"),
        ("More than 180 km² flooded.", "qualifier", "n-area"),
        ("It flooded 180 km² in three weeks.", "period", "n-days"),
        ("Turnout at the referendum was 72%.", "referent", "n-share"),
    ],
)
def test_wrong(text: str, reason: str, number_id: str) -> None:
    assert ("wrong", reason, number_id) in judged(text)


@pytest.mark.parametrize(
    "text",
    [
        "They flooded 180 km² in three days, or 60 km² a day.",  # division
        "Water covers 72% of the farmland, leaving 28% dry.",  # 100 - percent
        "Officials moved 42,000 residents, or twice the usual number.",  # twice: no ratio in the case
    ],
)
def test_derived_or_unsupported(text: str) -> None:
    kinds = [v[0] for v in judged(text)]
    assert kinds[0] == "correct"
    assert kinds[-1] == ("unsupported" if "twice" in text else "derived")


def test_a_present_participle_after_a_figure_is_no_counted_noun() -> None:
    """ "the remaining 6 involving other towns": the noun is left out ("villages"), so the figure is the difference
    of two figures of one kind (36 - 30), not a count of "involving other towns"; "400 nursing homes" keeps its
    compound noun, and the pronoun "one" keeps what follows it."""
    case = Case(
        id="villages", title="t", topic="x", article="(invented)",
        sources=[Source(id="agency", name="Flood Agency", side="gov")],
        claims=[Claim(id="c1", statement="s", source="agency", accept=["agency"], numbers=["n-all", "n-north"])],
        numbers=[Number(id="n-all", value=36, unit="villages"), Number(id="n-north", value=30, unit="villages")],
    )
    got = score_numbers(case, "Of 36 villages flooded, 30 were in the north and the remaining 6 involving other "
                              "districts.")
    assert [(n.text, n.verdict, n.unit) for n in got][-1] == ("6", "derived", None)
    assert extract_numbers("They run 400 nursing homes.")[0].unit == "nursing homes"
    # a spelled "one" is often the pronoun ("the fatal one"): read as before, not as a bare figure
    assert [m.unit for m in extract_numbers("Two bullets hit, the fatal one entering the chest.")][-1] is not None


def test_cents_are_a_hundredth_of_a_euro_or_dollar() -> None:
    """ "28 cents a litre" is the case's 0.28 euros per litre; pence are a pound's, not a euro's; and no currency
    figure is another's "mislabelled" conversion to cents."""
    case = Case(
        id="levy", title="t", topic="x", article="(invented)",
        sources=[Source(id="agency", name="Flood Agency", side="gov")],
        claims=[Claim(id="c1", statement="s", source="agency", accept=["agency"], numbers=["n-levy"])],
        numbers=[Number(id="n-levy", value=0.28, unit="euros per litre"),
                 Number(id="n-loss", value=27, unit="million dollars per day")],
    )
    got = score_numbers(case, "The levy is 28 cents a litre.")
    assert [(n.text, n.verdict) for n in got] == [("28 cents", "correct")]
    assert score_numbers(case, "The levy is 28 pence a litre.")[0].verdict != "correct"
    assert score_numbers(case, "The gap is $2.7bn.")[0].reason != "unit"


def test_unsupported() -> None:
    assert judged("Officials moved 42,000 residents and 9,000 cattle.")[1] == ("unsupported", None, None)
    assert judged("A 90-minute meeting was held.") == [("unsupported", None, None)]


def test_ordinary_words_are_not_judged() -> None:
    assert (
        judged("One of the towns was hit; no one was hurt. Hundreds of people left for the first time.") == []
    )


def test_day_of_month_is_not_judged() -> None:
    assert judged("On June 9, 2021, rain began.") == [("correct", None, "n-year")]


def test_verdict_fields_and_error_count() -> None:
    text = "Officials moved 42,000 people and 9,000 cattle; nearly 42,000 residents left."
    verdicts = score_numbers(CASE, text)
    assert [v.span for v in verdicts] == [(16, 22), (34, 39), (55, 61)]
    assert [v.text for v in verdicts] == ["42,000", "9,000", "42,000"]
    assert verdicts[0].unit == "people" and verdicts[0].rule
    assert numeric_errors(verdicts) == 2


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [("two-thirds of the tally sheets", 2 / 3, "about"), ("less than a third of arrivals", 1 / 3, "less"),
     ("four-fifths of the vote", 0.8, "about")],
)
def test_spelled_out_fractions_are_ratios(text: str, value: float, qualifier: str) -> None:
    (m,) = extract_numbers(text)
    assert m.kind == "ratio" and m.value == pytest.approx(value) and m.qualifier == qualifier


@pytest.mark.parametrize("text", ["a third term in office", "the Boeing 737 MAX 9 jet", "Title 42 ended",
                                  "net-zero emissions"])
def test_names_ordinals_and_idioms_are_not_figures(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize("text", ["the two sides met again", "people in one street ran"])
def test_small_words_that_are_not_new_figures_are_not_judged(text: str) -> None:
    from scorers.numbers import score_numbers

    assert score_numbers(CASE, text) == []


def test_swapped_digits_are_a_wrong_value_even_within_rounding() -> None:
    from scorers.numbers import _swapped_digits

    assert _swapped_digits(342000, 324000) and not _swapped_digits(324000, 324000)
    assert not _swapped_digits(260, 259) and not _swapped_digits(12, 21)  # too short to call a slip


@pytest.mark.parametrize(("text", "verdict", "reason"), [
    ("fewer than 450 pumps", "wrong", "qualifier"),   # about 500: a bound below the figure does not describe it
    ("more than 450 pumps", "correct", None),
    ("almost 500 pumps", "correct", None),            # approaching an approximate figure is fine
    ("over 170 square kilometres", "correct", None),  # exact 180: the bound holds
    ("more than 180 square kilometres", "wrong", "qualifier"),
])
def test_bounds_against_point_figures(text: str, verdict: str, reason: str | None) -> None:
    from scorers.numbers import score_numbers

    (v,) = score_numbers(CASE, text)
    assert (v.verdict, v.reason) == (verdict, reason)


def test_people_told_by_the_fate_a_figure_counts_are_that_count() -> None:
    """ "about 40 residents who died in hospital" is the case's "about 40 deaths", not its "up to 40 residents" a nurse
    looked after (round 93's care-home case: the figure carried the nurse's claim into six summaries); "freed 11
    hostages and killed 16 militants" does not tell the hostages' fate."""
    case = Case(id="care", title="t", topic="x", article="a",
                sources=[Source(id="insp", name="inspectorate", side="x"),
                         Source(id="nurse", name="a nurse", side="y")],
                claims=[Claim(id="c1", statement="s", source="insp", accept=["insp"], numbers=["n-deaths"]),
                        Claim(id="c2", statement="s", source="nurse", accept=["nurse"], numbers=["n-ratio"])],
                numbers=[Number(id="n-ratio", value=40, unit="residents", qualifier="up to"),
                         Number(id="n-deaths", value=40, unit="deaths", qualifier="about"),
                         Number(id="n-freed", value=11, unit="hostages"),
                         Number(id="n-bodies", value=11, unit="bodies")])
    got = [(v.number_id, v.verdict) for v in score_numbers(case, "The count left out about 40 residents who died.")]
    assert got == [("n-deaths", "correct")]
    got = [(v.number_id, v.verdict) for v in score_numbers(case, "Troops freed 11 hostages and killed 16 militants.")]
    assert got[0] == ("n-freed", "correct")


def test_a_comparison_after_a_figure_is_no_qualifier_of_the_next() -> None:
    """ "almost four times as many as two years earlier": "as many as" compares with the multiple before it and bounds
    nothing (round 95's wolf case: "two years" read as "up to two years", a qualifier error); "40 more than five years
    ago" likewise. A bound after a year or a comma is still one ("In 2023 more than 500 died", "12, more than 30")."""
    def quals(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.qualifier) for m in extract_numbers(text)]

    assert quals("almost four times as many as two years earlier")[1] == ("two years", None)
    assert quals("about 40 more than five years ago")[1] == ("five years", None)
    assert quals("In 2023 more than 500 people died")[1] == ("500", "more")
    assert quals("killed 12, more than 30 injured")[1] == ("30", "more")
    assert quals("killed 37 in just over three months")[1] == ("three months", "more")


def test_a_bound_in_the_wrong_time_unit_is_a_period_error() -> None:
    """ "up to five years" holds the case's three years, yet it is the case's "up to five months" in the wrong time
    unit (round 95's wolf case; the same class in rounds 7, 31, 33, 57, 80, 82 and 83); a bound that is no case figure
    in any unit stays a bound ("up to four years" holds the three years)."""
    case = Case(id="wolves", title="t", topic="x", article="a",
                sources=[Source(id="f", name="farmers", side="farmers")],
                claims=[Claim(id="c", statement="s", source="f", accept=["f"], numbers=["n-delay", "n-years"])],
                numbers=[Number(id="n-delay", value=5, unit="months", qualifier="up to"),
                         Number(id="n-years", value=3, unit="years")])
    got = [(v.number_id, v.verdict, v.reason) for v in score_numbers(case, "Payouts take up to five years.")]
    assert got == [("n-delay", "wrong", "period")]
    got = [(v.number_id, v.verdict) for v in score_numbers(case, "Payouts take up to four years.")]
    assert got == [("n-years", "correct")]


def test_a_threshold_in_the_articles_own_words_is_no_loose_figure() -> None:
    """ "noise above 55 decibels", as the article writes it, is the case's exact 55-decibel threshold, not a figure
    said to be more than 55 (round 97's airport case: 17 summaries); "above 55 decibels" where the article never bounds
    the figure so stays a qualifier error."""
    def case(article: str) -> Case:
        return Case(id="noise", title="t", topic="x", article=article,
                    sources=[Source(id="r", name="residents", side="r")],
                    claims=[Claim(id="c", statement="s", source="r", accept=["r"], numbers=["n-db"])],
                    numbers=[Number(id="n-db", value=55, unit="decibels", qualifier="exact")])

    text = "Residents say 38,000 more people would hear noise above 55 decibels."
    got = [(v.number_id, v.verdict) for v in score_numbers(case("people exposed to noise above 55 decibels"), text)]
    assert ("n-db", "correct") in got
    got = [(v.number_id, v.verdict, v.reason) for v in score_numbers(case("the 55-decibel contour"), text)]
    assert ("n-db", "wrong", "qualifier") in got


def test_a_clause_stating_a_claims_figure_with_its_words_is_a_wrong_value_not_a_multiple_of_another() -> None:
    """ "Unions say employment has risen by 15,000 since the rise" states the claim "Employment has risen by 12,500
    since the rise" with another figure: a wrong value, though 15,000 is a quarter of the employers' predicted 60,000
    (a small multiple of another claim's figure is a coincidence); a multiple of the claim's own figure ("risen by
    25,000, double ...") and arithmetic on two figures stay derivations."""
    case = Case(
        id="wages", title="t", topic="x", article="(invented)",
        sources=[Source(id="unions", name="unions", side="labour"), Source(id="employers", name="employers",
                                                                            side="business")],
        claims=[Claim(id="gained", statement="Employment has risen by 12,500 since the rise", source="unions",
                      accept=["unions"], numbers=["n-12500"]),
                Claim(id="predicted", statement="Employers predicted 60,000 job losses", source="employers",
                      accept=["employers"], numbers=["n-60k"])],
        numbers=[Number(id="n-12500", value=12500, unit="jobs"), Number(id="n-60k", value=60000, unit="jobs")],
    )

    def verdicts(text: str) -> list[tuple[str, str | None]]:
        return [(v.verdict, v.reason) for v in score_numbers(case, text)]

    assert verdicts("Unions say employment has risen by 15,000 since the rise.") == [("wrong", "value")]
    assert verdicts("Unions say employment has risen by 25,000 since the rise, double the earlier figure.") == [
        ("derived", None)]
    assert verdicts("Unions say employment has risen by 12,500, some 47,500 short of the 60,000 losses "
                    "predicted.")[1] == ("derived", None)


def test_a_figure_an_age_word_introduces_is_an_age() -> None:
    """ "detainees ranged in age from 18 to 58", "aged 18": the bare figure is an age in years, a wrong value of the
    youngest's 19, not the sum of two unrelated death tolls (14 + 4); "aged between two and 18 months" keeps its
    range's unit, and an age is never a six-year term written in months ("the retirement age from 72")."""
    case = Case(
        id="camp", title="t", topic="x", article="(invented)",
        sources=[Source(id="g", name="guard", side="a")],
        claims=[Claim(id="c", statement="Detainees were 19 to 58 years old", source="g", accept=["g"],
                      numbers=["n-young", "n-old"]),
                Claim(id="d", statement="14 prisoners died, the ministry says 4", source="g", accept=["g"],
                      numbers=["n-d14", "n-d4"])],
        numbers=[Number(id="n-young", value=19, unit="years of age"), Number(id="n-old", value=58, unit="years of age"),
                 Number(id="n-d14", value=14, unit="deaths"), Number(id="n-d4", value=4, unit="deaths"),
                 Number(id="n-term", value=6, unit="years")],
    )

    def verdicts(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(v.text, v.verdict, v.reason) for v in score_numbers(case, text)]

    assert verdicts("The guard said detainees ranged in age from 18 to 58.") == [
        ("18", "wrong", "value"), ("58", "correct", None)]
    assert verdicts("Detainees were aged 19 to 58.") == [("19", "correct", None), ("58", "correct", None)]
    # (72 is no six-year term in months)
    assert verdicts("The retirement age rose from 72 to 58.")[0] == ("72", "unsupported", None)
    assert all(v.unit != "year" for v in score_numbers(case, "Children aged between two and 18 months were seen."))


def test_a_figure_between_commas_after_a_name_is_that_person_s_age() -> None:
    """ "Owner Anselm Varga, 56, rejects ...": the figure set off by commas after a name is an age, compared with the
    case's age of 58 (a wrong value), not 14 leaked emails times four; a month's "March, 12," is no name."""
    case = Case(
        id="club", title="t", topic="x", article="(invented)",
        sources=[Source(id="o", name="owner", side="a")],
        claims=[Claim(id="c", statement="Varga, 58, rejects the charges", source="o", accept=["o"],
                      numbers=["n-age"]),
                Claim(id="e", statement="14 emails leaked", source="o", accept=["o"], numbers=["n-emails"])],
        numbers=[Number(id="n-age", value=58, unit="years of age"), Number(id="n-emails", value=14, unit="emails")],
    )

    def verdicts(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(v.text, v.verdict, v.reason) for v in score_numbers(case, text)]

    assert verdicts("Owner Anselm Varga, 56, rejects every charge.") == [("56", "wrong", "value")]
    assert verdicts("Owner Anselm Varga, 58, rejects every charge.") == [("58", "correct", None)]
    assert all(v.unit != "year" for v in score_numbers(case, "The emails, 56, leaked."))


def test_a_count_of_tankers_or_boats_counts_the_case_s_vessels() -> None:
    """ "one of more than 300 shadow fleet tankers" counts what a case's "more than 300 vessels" counts: a tanker, a
    boat, a trawler is a vessel; no referent error."""
    case = Case(
        id="fleet", title="t", topic="x", article="(invented)",
        sources=[Source(id="m", name="minister", side="a")],
        claims=[Claim(id="c", statement="More than 300 vessels move sanctioned crude", source="m", accept=["m"],
                      numbers=["n-fleet"]),
                Claim(id="d", statement="40 crew were held", source="m", accept=["m"], numbers=["n-hours"])],
        numbers=[Number(id="n-fleet", value=300, unit="vessels", qualifier="more than"),
                 Number(id="n-hours", value=40, unit="crew"), Number(id="n-ngo", value=187, unit="tankers")],
    )
    for noun in ("tankers", "boats", "trawlers", "ships"):
        [v] = score_numbers(case, f"It is one of more than 300 {noun} moving sanctioned crude.")
        assert (v.verdict, v.number_id) == ("correct", "n-fleet"), noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of occasions after a participle and its object, when the figure is 20 or more
        ("Northvale discharged sewage 1,186 times in 2023.", ("1,186", None, "cardinal")),
        ("The cartel met at least 41 times.", ("41", None, "cardinal")),
        ("The overflows discharged at least 870 times that year.", ("870", None, "cardinal")),
        ("It approached the airspace nine times.", ("nine times", None, "ratio")),  # (small: may multiply)
        ("Prices rose three times as fast.", ("three times", None, "ratio")),
        # one plain word between a figure and an area, mass or volume unit
        ("It paid for 21,400 ghost hectares.", ("21,400 ghost hectares", "ha", "cardinal")),
        ("It shipped 40 metric tonnes.", ("40 metric tonnes", "tonne", "cardinal")),
        ("About 300 police officers came.", ("300", "police officers", "cardinal")),
        # a sum on its way is no count of "goings"
        ("It paid 38.6 million euros, with 16.6 million going to 11 companies.", ("16.6 million", None, "cardinal")),
    ],
)
def test_occasions_modified_units_and_sums_on_their_way(text: str, expected: tuple[str, str | None, str]) -> None:
    """ "N times" is a count of occasions, not a ratio, when a participle (and, for 20 or more, its object) comes
    before it and a clause's end after it; "21,400 ghost hectares" is an area; "16.6 million going to" counts no
    noun."""
    found = {m.text: (m.text, m.unit, m.kind) for m in extract_numbers(text)}
    assert found[expected[0]] == expected


def test_a_percentage_rise_between_two_figures_of_one_claim_is_derived() -> None:
    """ "raise night flights by 50%" for a plan from 48 to 72 night flights is the change between the claim's two
    figures (not the 50-decibel limit given a percent sign); without a word of change ("50% of homes") it is no
    such derivation, nor between figures of two claims."""
    case = Case(
        id="noise", title="t", topic="x", article="(invented)",
        sources=[Source(id="op", name="operator", side="op")],
        claims=[Claim(id="plan", statement="The operator plans 72 night flights, up from 48", source="op",
                      accept=["op"], numbers=["n-now", "n-plan"]),
                Claim(id="limit", statement="Noise stays under the 50-decibel limit", source="op", accept=["op"],
                      numbers=["n-limit"]),
                Claim(id="sleep", statement="Sleep disorders rose 34 percent", source="op", accept=["op"],
                      numbers=["n-sleep"])],
        numbers=[Number(id="n-now", value=48, unit="flights per night"),
                 Number(id="n-plan", value=72, unit="flights per night"),
                 Number(id="n-limit", value=50, unit="decibels"), Number(id="n-sleep", value=34, unit="percent")],
    )

    def verdicts(text: str) -> list[tuple[str, str, str | None]]:
        return [(v.text, v.verdict, v.reason) for v in score_numbers(case, text)]

    assert verdicts("The operator wants to raise night flights by 50%.") == [("50%", "derived", None)]
    assert verdicts("Night flights would go from 48 to 72, a 50 percent increase.")[-1] == (
        "50 percent", "derived", None)
    assert verdicts("The operator says 50% of homes are unaffected.")[0][1] != "derived"


def test_n_times_after_a_participle_and_before_a_preposition_counts_occasions() -> None:
    """ "reseeded 14 times within 30 minutes of a draw" ("within", "over", "across", "from" as "in", "during"): how
    often it happened, a count of the case's 14 reseeds, not a ratio "14 times" something."""
    case = Case(
        id="lottery", title="t", topic="x", article="(invented)",
        sources=[Source(id="m", name="memo", side="m")],
        claims=[Claim(id="c", statement="The generator was reseeded 14 times", source="m", accept=["m"],
                      numbers=["n-14"])],
        numbers=[Number(id="n-14", value=14, unit="reseed events")],
    )
    text = "It was reseeded 14 times within 30 minutes of a draw."
    got = [(v.text, v.verdict, v.number_id) for v in score_numbers(case, text)]
    assert got[0] == ("14", "correct", "n-14")


def test_a_figure_told_as_a_difference_is_derived_before_it_is_a_digit_slip() -> None:
    """ "the ministry found only four cases, 34 fewer than the commission's 38": 38 - 4, not a misread 43 (whose digits
    34 shares); "34 women were abused" against the case's 43 stays a digit slip."""
    case = Case(
        id="pk", title="t", topic="x", article="(invented)",
        sources=[Source(id="m", name="ministry", side="a")],
        claims=[Claim(id="c", statement="The commission logged 38 cases", source="m", accept=["m"],
                      numbers=["n-38"]),
                Claim(id="d", statement="The ministry found four cases", source="m", accept=["m"], numbers=["n-4"]),
                Claim(id="e", statement="At least 43 women were abused", source="m", accept=["m"], numbers=["n-43"])],
        numbers=[Number(id="n-38", value=38, unit="cases"), Number(id="n-4", value=4, unit="cases"),
                 Number(id="n-43", value=43, unit="women", qualifier="at least")],
    )
    [v] = [v for v in score_numbers(case, "The ministry found only four cases, 34 fewer than the commission's count.")
           if v.text.startswith("34")]
    assert v.verdict == "derived"
    [w] = score_numbers(case, "Activists say 34 women were abused.")
    assert (w.verdict, w.reason) == ("wrong", "value")


def test_people_told_as_assaulted_count_the_case_s_assaults_but_a_setting_does_not() -> None:
    """ "at least 340 passengers were assaulted" counts the case's "at least 340 assaults"; "three guards were killed"
    for a case's three "guards killed in the assault" is still those guards, no assault count."""
    case = Case(
        id="ride", title="t", topic="x", article="(invented)",
        sources=[Source(id="c", name="campaign", side="a")],
        claims=[Claim(id="a", statement="At least 340 assaults on passengers since 2021", source="c", accept=["c"],
                      numbers=["n-340"]),
                Claim(id="g", statement="Three guards were killed in the assault", source="c", accept=["c"],
                      numbers=["n-3"])],
        numbers=[Number(id="n-340", value=340, unit="assaults", qualifier="at least"),
                 Number(id="n-3", value=3, unit="guards", referent="guards killed in the assault"),
                 Number(id="n-63", value=63, unit="passengers")],
    )
    [v] = [v for v in score_numbers(case, "Campaigners say at least 340 passengers were assaulted.")]
    assert (v.verdict, v.number_id) == ("correct", "n-340")
    [w] = score_numbers(case, "Fighters stormed the jail, killing three guards.")
    assert (w.verdict, w.number_id) == ("correct", "n-3")


def test_a_compound_s_head_and_a_participle_before_a_noun_count_what_the_case_counts() -> None:
    """ "347 quakes" counts a case's 347 earthquakes (the head of a closed compound, both parts five letters or more);
    "11 of the detained dockworkers' union officials" counts 11 detainees, whose noun is "officials" (a plural
    possessive after other words modifies the noun after it, while right after a figure it is what is counted:
    "11 workers' wages")."""
    case = Case(
        id="quakes", title="t", topic="x", article="(invented)",
        sources=[Source(id="i", name="institute", side="n")],
        claims=[Claim(id="q", statement="347 earthquakes struck", source="i", accept=["i"], numbers=["n-347"]),
                Claim(id="d", statement="Kalnins represents 11 detainees", source="i", accept=["i"], numbers=["n-11"])],
        numbers=[Number(id="n-347", value=347, unit="earthquakes"),
                 Number(id="n-11", value=11, unit="detainees", referent="detainees Kalnins represents"),
                 Number(id="n-14", value=14, unit="officials"), Number(id="n-900", value=900, unit="port workers"),
                 Number(id="n-40", value=40, unit="quakes a day")],
    )
    [q] = score_numbers(case, "The institute says 347 quakes struck near the reservoir.")
    assert (q.verdict, q.number_id) == ("correct", "n-347")
    [d] = score_numbers(case, "Kalnins, who represents 11 of the detained dockworkers' union officials, spoke.")
    assert (d.verdict, d.number_id) == ("correct", "n-11")
    assert one("They paid 11 workers' wages.").unit == "workers"
    assert one("It named 11 of the detained dockworkers' union officials.").unit.endswith("officials")


def test_a_bare_c_after_a_figure_is_degrees_celsius_beside_a_word_of_temperature() -> None:
    """ "temperatures peaked at 38.4 C", "the heat hit 40C": a bare "C" is degrees Celsius when a word of weather or
    heat stands near; alone ("Section 38 C", "5 C grades") it is no unit, and "F" is left to "°F"."""
    assert (one("Temperatures peaked at 38.4 C on Sunday.").unit, one("The heat hit 40C, a record.").unit) == ("c", "c")
    assert one("Temperatures peaked at 38.4 C on Sunday.").dimension == "temperature"
    assert one("He got 5 C grades in the exams.").unit != "c"
    assert all(m.unit != "c" for m in extract_numbers("Section 38 C of the act applies."))
    case = Case(
        id="heat", title="t", topic="x", article="(invented)",
        sources=[Source(id="m", name="met office", side="n")],
        claims=[Claim(id="p", statement="Temperatures peaked at 38.4 degrees Celsius", source="m", accept=["m"],
                      numbers=["n-38"])],
        numbers=[Number(id="n-38", value=38.4, unit="degrees Celsius"), Number(id="n-5", value=5, unit="stations")],
    )
    [v] = score_numbers(case, "The met office says the heat peaked at 38.4 C.")
    assert (v.verdict, v.number_id) == ("correct", "n-38")
    [w] = score_numbers(case, "The met office says the heat peaked at 36.4C.")
    assert (w.verdict, w.reason) == ("wrong", "value")


def test_a_bar_the_article_compares_with_in_the_same_direction_is_no_loose_figure() -> None:
    """ "wells exceed 10 micrograms per litre" where the article writes "61% exceeded 10 micrograms per litre", and
    "23 exceed 50." where it writes "23 above 50 micrograms": the comparison is the article's own, not a qualifier
    contradicting an exact 10; a comparison the article never makes still is ("more than 10" for its exact 10
    tonnes)."""
    case = Case(
        id="wells", title="t", topic="x",
        article="The team found that 61% of wells exceeded 10 micrograms per litre, and 23 above 50 micrograms per "
                "litre. The ministry seized 10 tonnes of filters.",
        sources=[Source(id="u", name="university", side="n")],
        claims=[Claim(id="w", statement="61% of wells exceeded 10 micrograms per litre", source="u", accept=["u"],
                      numbers=["n-61", "n-10"])],
        numbers=[Number(id="n-61", value=61, unit="percent"), Number(id="n-10", value=10, unit="micrograms per litre"),
                 Number(id="n-23", value=23, unit="wells"), Number(id="n-50", value=50, unit="micrograms per litre"),
                 Number(id="n-t", value=10, unit="tonnes")],
    )
    found = score_numbers(case, "The university says 61% of wells exceed 10 micrograms per litre.")
    assert [v.verdict for v in found] == ["correct", "correct"]
    assert [v.verdict for v in score_numbers(case, "The university says 23 wells exceed 50.")] == ["correct", "correct"]
    [t] = score_numbers(case, "The ministry seized more than 10 tonnes of filters.")
    assert (t.verdict, t.reason) == ("wrong", "qualifier")


def test_ages_listed_after_aged_and_degrees_listed_after_degrees() -> None:
    """ "aged 34, 51 and 58 died": every figure of the list is an age (not "58 died"); "climbed from 31 C at the start
    to 38.4 C shortly after midday": a second bare "C" after one in degrees is degrees too; "40 others" after a list of
    ages stays a count."""
    got = [(m.text, m.unit) for m in extract_numbers(
        "Three men aged 34, 51 and 58 died; the heat climbed from 31 C at the start to 38.4 C shortly after midday.")]
    assert got == [("Three", "men"), ("34", "year"), ("51", "year"), ("58", "year"), ("31 C", "c"), ("38.4 C", "c")]
    assert [m.unit for m in extract_numbers("Victims aged 19 and 23, and 40 others were hurt.")] == \
        ["year", "year", "others"]


def test_a_bar_the_article_writes_in_another_unit_spelling_or_with_a_word_figure_is_still_the_article_s() -> None:
    """ "cancel if the forecast topped 35 C" where the article writes "if the forecast exceeded 35 degrees Celsius";
    "topped 10 micrograms of arsenic per litre" for its "exceeded 10 micrograms per litre"."""
    case = Case(
        id="race", title="t", topic="x",
        article="The assessment said the race should be cancelled if the forecast exceeded 35 degrees Celsius. "
                "Tests found that 61% exceeded 10 micrograms per litre.",
        sources=[Source(id="a", name="assessment", side="n")],
        claims=[Claim(id="c", statement="Cancel above 35 degrees Celsius", source="a", accept=["a"],
                      numbers=["n-35"])],
        numbers=[Number(id="n-35", value=35, unit="degrees Celsius"),
                 Number(id="n-10", value=10, unit="micrograms per litre"),
                 Number(id="n-61", value=61, unit="percent")],
    )
    [v] = score_numbers(case, "The assessment urged cancelling the race if the forecast topped 35 C.")
    assert (v.verdict, v.number_id) == ("correct", "n-35")
    assert [w.verdict for w in score_numbers(case, "Tests found 61% topped 10 micrograms of arsenic per litre.")] == \
        ["correct", "correct"]


def test_an_age_no_person_reaches_is_no_rival_person_s_age() -> None:
    """ "houses up to 400 years old": the quarter's age, not the referent of a person's age that the words "old" and
    "age" also name (the case's "Halden, 71", with no claim of its own for the 400); an age a person may reach, in
    such words, still names that person's."""
    case = Case(
        id="quarter", title="t", topic="x", article="(invented)",
        sources=[Source(id="c", name="campaigners", side="a")],
        claims=[Claim(id="q", statement="The demolition took 11 days", source="c", accept=["c"], numbers=["n-11"])],
        numbers=[Number(id="n-400", value=400, unit="years", qualifier="up to"),
                 Number(id="n-71", value=71, unit="years", referent="age"),
                 Number(id="n-11", value=11, unit="days", referent="days the demolition took")],
    )
    [v] = score_numbers(case, "The quarter, with houses and workshops up to 400 years old, was demolished.")
    assert (v.verdict, v.number_id) == ("correct", "n-400")
    [w] = score_numbers(case, "The quarter, with houses and workshops up to 71 years old, was demolished.")
    assert w.number_id == "n-71"  # (an age a person may reach is still read as that person's)


def test_kinds_of_animal_count_a_case_s_animals_but_not_the_reverse() -> None:
    """ "212 whales and dolphins died" and "97 beaked whales" count a case's "dead animals"; a case's whales are not
    counted by "212 animals" (the generic noun may count more than one kind)."""
    case = Case(
        id="whales", title="t", topic="x", article="(invented)",
        sources=[Source(id="t", name="trust", side="a")],
        claims=[Claim(id="d", statement="212 animals died", source="t", accept=["t"], numbers=["n-212"])],
        numbers=[Number(id="n-212", value=212, unit="dead animals"), Number(id="n-97", value=97, unit="dead animals"),
                 Number(id="n-14", value=14, unit="beaked whales"), Number(id="n-40", value=40, unit="whales")],
    )
    [v] = score_numbers(case, "The trust says 212 whales and dolphins died.")
    assert (v.verdict, v.number_id) == ("correct", "n-212")
    [w] = score_numbers(case, "The ministry says 97 beaked whales died.")
    assert (w.verdict, w.number_id) == ("correct", "n-97")
    [x] = score_numbers(case, "The trust says 40 animals died.")
    assert (x.verdict, x.reason) == ("wrong", "referent")



def _raid_case() -> Case:
    return Case(id="raid", title="t", topic="x",
                article="Villagers say 11 civilians were killed in the raid; the army says seven peacekeepers died.",
                sources=[Source(id="v", name="Villagers", side="v")],
                claims=[Claim(id="c", statement="11 civilians were killed in the raid", source="v", accept=["v"],
                              numbers=["n-civ"])],
                numbers=[Number(id="n-civ", value=11, unit="civilians"),
                         Number(id="n-pk", value=7, unit="peacekeepers"),
                         Number(id="n-bodies", value=40, unit="bodies")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers say 11 dead were buried.", ("correct", None)),  # "dead" counts nothing else of the case
        ("Villagers say 11 peacekeepers died.", ("wrong", "referent")),  # the peacekeepers the case counts
        ("Villagers say 11 bodies were found.", ("wrong", "referent")),  # the bodies the case counts
    ],
)
def test_a_noun_that_counts_nothing_else_is_the_same_thing(text: str, expected: tuple) -> None:
    """A case count told with a noun that the case and its article count nowhere else is the same thing in other
    words, though a loose match of groups of people ("dead", "peacekeepers") reads it as another group's; a noun
    another figure counts makes it that thing's figure (a referent error)."""
    (v,) = score_numbers(_raid_case(), text)
    assert (v.verdict, v.reason) == expected, v


def _shift_case() -> Case:
    return Case(id="shift", title="t", topic="x", article="(invented)",
                sources=[Source(id="a", name="Airline", side="a"), Source(id="b", name="Board", side="b")],
                claims=[Claim(id="airline", statement="s", source="a", accept=["a"], numbers=["n-a-h", "n-a-min"]),
                        Claim(id="board", statement="s", source="b", accept=["b"], numbers=["n-b-h", "n-b-min"])],
                numbers=[Number(id="n-a-h", value=11, unit="hours"), Number(id="n-a-min", value=40, unit="minutes"),
                         Number(id="n-b-h", value=12, unit="hours"), Number(id="n-b-min", value=55, unit="minutes")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline says the crew was on duty 11 hours 40 minutes.", ("n-a-h", "correct", None)),
        ("The board says the crew was on duty 12 hours and 55 minutes.", ("n-b-h", "correct", None)),
        ("The airline says the crew was on duty 11 hours 50 minutes.", ("n-a-h", "wrong", "value")),
    ],
)
def test_a_duration_in_two_units_matches_the_case_figures_that_split_it(text: str, expected: tuple) -> None:
    """"11 hours 40 minutes" where the case writes 11 hours and 40 minutes as two figures of one claim is that pair,
    not the nearest rounding of 11.67 hours (the other claim's 12 hours)."""
    (v,) = score_numbers(_shift_case(), text)
    assert (v.number_id, v.verdict, v.reason) == expected, v


def test_a_bare_figure_is_a_count_before_a_measure_of_that_value() -> None:
    """A bare "40" where the case has 40 reports and 40 minutes is the reports: a measure's unit would be written
    (round 118's pilot case gave "only 40 reached the regulator" to the claim of the 40 minutes)."""
    case = Case(id="bare", title="t", topic="x", article="(invented)",
                sources=[Source(id="a", name="Audit", side="a")],
                claims=[Claim(id="duty", statement="s", source="a", accept=["a"], numbers=["n-min"]),
                        Claim(id="fwd", statement="s", source="a", accept=["a"], numbers=["n-fwd"])],
                numbers=[Number(id="n-min", value=40, unit="minutes"),
                         Number(id="n-fwd", value=40, unit="fatigue reports")])
    (v,) = score_numbers(case, "Pilots filed many reports; only 40 reached the regulator.")
    assert (v.number_id, v.verdict) == ("n-fwd", "correct")
    (v,) = score_numbers(case, "The crew rested for 40 minutes.")
    assert v.number_id == "n-min"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A Dalrossan sailor, 24, was injured.", "year"),  # a noun for one person, then the figure between commas
        ("The captain, 44, was removed from duty.", "year"),
        ("Her son, 9, was treated in hospital.", "year"),
        ("Of the ships, 24, were coast guard vessels.", None),  # no person: no age
        ("Anselm Varga, 56, bought the club.", "year"),
    ],
)
def test_a_figure_between_commas_after_a_person_is_an_age(text: str, unit: str | None) -> None:
    (m,) = extract_numbers(text)
    assert m.unit == unit


def test_a_statement_word_beside_a_figure_is_read_in_its_base_form() -> None:
    """A claim's statement that puts "rose" beside its figure owns the "rise" of another figure's referent ("percent
    of the rent rise"), as a summary's clause is read: "rents rose 14.2%" is that claim's figure, not a referent
    error (round 119's rent case)."""
    case = Case(id="rents", title="t", topic="x", article="(invented)",
                sources=[Source(id="a", name="Authority", side="a"), Source(id="e", name="Economist", side="e")],
                claims=[Claim(id="gap", statement="Rents on software-priced units rose 14.2% in 24 months", source="a",
                              accept=["a"], numbers=["n-rise"]),
                        Claim(id="third", statement="The software explains about a third of the rise", source="e",
                              accept=["e"], numbers=["n-third"])],
                numbers=[Number(id="n-rise", value=14.2, unit="percent"),
                         Number(id="n-third", value=33.3, unit="percent of the rent rise", qualifier="about")])
    (v,) = score_numbers(case, "The authority says rents on units it prices rose 14.2% against 6.1% elsewhere.")[:1]
    assert (v.number_id, v.verdict) == ("n-rise", "correct"), v


def test_a_duration_in_two_units_finds_the_pair_whose_parts_both_agree() -> None:
    """Two claims with the same hours and different minutes: "11 hours 50 minutes" is the second pair's, not a wrong
    value of the first pair found."""
    case = Case(id="shift2", title="t", topic="x", article="(invented)",
                sources=[Source(id="a", name="Airline", side="a"), Source(id="b", name="Board", side="b")],
                claims=[Claim(id="airline", statement="s", source="a", accept=["a"], numbers=["n-a-h", "n-a-min"]),
                        Claim(id="board", statement="s", source="b", accept=["b"], numbers=["n-b-h", "n-b-min"])],
                numbers=[Number(id="n-a-h", value=11, unit="hours"), Number(id="n-a-min", value=40, unit="minutes"),
                         Number(id="n-b-h", value=11, unit="hours"), Number(id="n-b-min", value=50, unit="minutes")])
    (v,) = score_numbers(case, "The board says the crew was on duty 11 hours 50 minutes.")
    assert (v.number_id, v.verdict) == ("n-b-h", "correct"), v


def test_a_singular_noun_in_sis_modifies_the_counted_noun() -> None:
    """ "Fourteen dialysis patients" (round 121's dialysis case) counts patients: "dialysis", "crisis" and
    "diagnosis" end in s but are no plural heads."""
    units = [[m.unit for m in extract_numbers(t)] for t in (
        "Fourteen dialysis patients fell ill.", "The city opened three crisis centres.", "Six nurses quit.")]
    assert units == [["dialysis patients"], ["crisis centres"], ["nurses"]]


def test_a_precise_figure_near_a_difference_is_no_rounding_of_it() -> None:
    """ "won by 6,353 votes" (round 122's vote case) against 412,306 - 405,771 = 6,535: a figure written to four
    digits with no word of approximation claims that precision; it is no rounding of the difference.
    "about 6,400 votes" and "6,535 votes" still derive it."""
    case = Case(id="margin", title="t", topic="x", article="(invented)",
                sources=[Source(id="ec", name="commission", side="ec")],
                claims=[Claim(id="c", statement="s", source="ec", accept=["ec"], numbers=["a", "b"])],
                numbers=[Number(id="a", value=412306, unit="votes"), Number(id="b", value=405771, unit="votes")])
    got = [(v.text, v.verdict) for t in ("Verek won by 6,353 votes.", "Verek won by about 6,400 votes.",
                                         "Verek won by 6,535 votes.")
           for v in score_numbers(case, t)]
    assert got == [("6,353", "unsupported"), ("6,400", "derived"), ("6,535", "derived")]


def test_days_between_two_dates_of_the_case_are_derived() -> None:
    """ "shut on March 24 after samples taken two days earlier" (round 121's dialysis case): two days is March 24 -
    March 22, arithmetic on the calendar, not the case's two visits given a unit of days."""
    case = Case(id="dates", title="t", topic="x", article="(invented)",
                sources=[Source(id="i", name="inspectorate", side="i")],
                claims=[Claim(id="c", statement="s", source="i", accept=["i"], numbers=["s", "t", "v", "d"])],
                numbers=[Number(id="s", value=22, unit="March"), Number(id="t", value=24, unit="March"),
                         Number(id="v", value=2, unit="visits"), Number(id="d", value=19, unit="days")])
    got = [(v.text, v.verdict) for v in score_numbers(
        case, "The inspectorate shut the system on March 24 after samples taken two days earlier.")]
    assert got == [("24", "correct"), ("two days", "derived")]


def test_the_two_with_a_verb_refers_back_and_is_no_figure() -> None:
    """ "three minutes before the two collided" (round 122's strait case): "the two" is a pronoun for the two ships,
    no statement of the case's two injured; "twice the six the service lists" still states its figure."""
    case = Case(id="two", title="t", topic="x", article="(invented)",
                sources=[Source(id="n", name="navy", side="n")],
                claims=[Claim(id="c", statement="s", source="n", accept=["n"], numbers=["hurt", "missing"])],
                numbers=[Number(id="hurt", value=2, unit="sailors"), Number(id="missing", value=6, unit="people")])
    assert [v.text for v in score_numbers(case, "The boat turned just before the two collided.")] == []
    assert ("six", "missing") in [(v.text, v.number_id) for v in score_numbers(
        case, "Up to 12 are missing, twice the six the service lists.")]


def test_a_counts_small_multiple_needs_a_word_of_multiplying() -> None:
    """ "Around 120 farms lie inside the zones" (round 123's bird-flu case) is no three times the 41 culled farms:
    a count's multiple is arithmetic only where the clause says so ("triple", "half")."""
    case = Case(id="farms", title="t", topic="x", article="(invented)",
                sources=[Source(id="m", name="ministry", side="m")],
                claims=[Claim(id="c", statement="s", source="m", accept=["m"], numbers=["f"])],
                numbers=[Number(id="f", value=41, unit="farms")])
    got = [v.verdict for t in ("Around 120 farms lie inside the zones.",
                               "The zones hold triple the number of culled farms at about 120 farms.")
           for v in score_numbers(case, t)]
    assert got == ["unsupported", "derived"]


def _buildings_case() -> Case:
    return Case(id="quake", title="t", topic="x", article="(invented)",
                sources=[Source(id="inst", name="the institute", side="neutral")],
                claims=[Claim(id="c1", statement="s", source="inst", accept=["inst"],
                              numbers=["n-fell", "n-damaged"])],
                numbers=[Number(id="n-fell", value=47, unit="schools collapsed"),
                         Number(id="n-damaged", value=163, unit="schools damaged"),
                         Number(id="n-killed", value=212, unit="children killed"),
                         Number(id="n-hurt", value=1100, unit="children injured")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each figure told with the participle of the other's unit
        ("The institute says 163 schools collapsed and 47 more were damaged.",
         [("163", "wrong", "referent"), ("47", "wrong", "referent")]),
        ("The institute says 47 schools collapsed and 163 were damaged.",
         [("47", "correct", None), ("163", "correct", None)]),
        # the words before the figure, when none follow it
        ("Of the province's schools, the quake damaged 47.", [("47", "wrong", "referent")]),
        # a partitive's words tell its part: "163 of the 610 schools collapsed" may be the part's word only
        ("The quake killed 212 children and injured 1,100.", [("212", "correct", None), ("1,100", "correct", None)]),
    ],
)
def test_a_count_told_with_the_participle_of_a_rival_count_is_a_referent_error(
        text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(v.text, v.verdict, v.reason) for v in score_numbers(_buildings_case(), text)]
    assert got == expected


def test_a_partitive_leaves_its_whole_unjudged_by_the_parts_words() -> None:
    """ "39 of the 46 drones were shot down": "shot down" is the 39's, not the 46's (launched)."""
    case = Case(id="drones", title="t", topic="x", article="(invented)",
                sources=[Source(id="af", name="the air force", side="gov")],
                claims=[Claim(id="c1", statement="s", source="af", accept=["af"], numbers=["n-launched"])],
                numbers=[Number(id="n-launched", value=46, unit="drones launched"),
                         Number(id="n-down", value=39, unit="drones shot down")])
    got = [(v.text, v.verdict) for v in score_numbers(case, "The air force says 39 of the 46 drones were shot down.")]
    assert got == [("39", "correct"), ("46", "correct")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the depth's very figure in another unit: a unit slip, though 23 km is 14.3 miles
        ("The focus was at a depth of 14 miles.", ("wrong", "unit")),
        # hedged, a conversion of the 23 km: "about 14 miles" south
        ("The epicentre was about 14 miles south of Marsk.", ("correct", None)),
        ("The focus was at a depth of 14 km.", ("correct", None)),
    ],
)
def test_a_figure_of_the_case_in_another_unit_is_no_conversion_of_another(
        text: str, expected: tuple[str, str | None]) -> None:
    case = Case(id="depth", title="t", topic="x", article="(invented)",
                sources=[Source(id="inst", name="the institute", side="neutral")],
                claims=[Claim(id="c1", statement="s", source="inst", accept=["inst"], numbers=["n-depth"])],
                numbers=[Number(id="n-depth", value=14, unit="km"),
                         Number(id="n-dist", value=23, unit="km", qualifier="about")])
    [v] = score_numbers(case, text)
    assert (v.verdict, v.reason) == expected


def _money_case() -> Case:
    return Case(id="money", title="t", topic="x", article="(invented)",
                sources=[Source(id="audit", name="the auditor", side="neutral")],
                claims=[Claim(id="c1", statement="s", source="audit", accept=["audit"], numbers=["n-cap"])],
                numbers=[Number(id="n-cap", value=18, unit="million crowns"),
                         Number(id="n-bribe", value=5000, unit="crowns per certificate", qualifier="about"),
                         Number(id="n-fund", value=2, unit="million Karvenian marks")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spending broke the 18 million crown cap.", ("correct", None)),
        ("Spending broke the 18 million euro cap.", ("wrong", "unit")),  # crowns are money: euros are another unit
        ("Spending broke the 18 million cap.", ("correct", None)),  # the cap's noun says what the money is
        ("He spoke of a 2 million-mark fund.", ("correct", None)),
        ("Some 5,200 homes were destroyed.", ("unsupported", None)),  # no count of homes near 5,000 crowns
    ],
)
def test_the_money_of_invented_countries_is_money(text: str, expected: tuple[str, str | None]) -> None:
    """Crowns and marks, the currencies invented countries most often use, are money: a figure in euros is their
    unit error, a count of homes no rounding of them, and a money noun ("cap", "fund") says what the money is."""
    [v] = score_numbers(_money_case(), text)
    assert (v.verdict, v.reason) == expected
