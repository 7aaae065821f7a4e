"""Clock times in summaries ("3:15 a.m.", "14:30", "6 p.m.") against the times of day a case gives, in the many ways
case authors write them; and a time of day as a mention of the claim it belongs to."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.case import Case, Claim, Number, Source
from harness.caseload import load_case
from scorers import clock, score_summary
from scorers.numbers import score_numbers


def _case(numbers: list[Number], article: str = "(invented)") -> Case:
    return Case(id="clock-test", title="t", topic="x", article=article,
                sources=[Source(id="army", name="the army", side="gov", aliases=["army"]),
                         Source(id="rebels", name="the rebels", side="rebels", aliases=["rebels"])],
                claims=[Claim(id="raid", statement="Commandos stormed the camp before dawn", source="army",
                              accept=["army"], contested=True, numbers=[numbers[0].id])],
                numbers=numbers)


@pytest.mark.parametrize(
    ("number", "minutes"),
    [
        (Number(id="n-t", value=3.25, unit="hours (time of day, 3:15 a.m.)"), {195}),
        (Number(id="n-t", value=1815, unit="local time"), {1095}),
        (Number(id="n-t", value=5.50, unit="a.m."), {350, 330}),  # 5:50 (hours.minutes), or 5.5 hours
        (Number(id="n-t", value=10.47, unit="pm"), {1367, 1348}),
        (Number(id="n-t", value=412, unit="minutes past midnight GMT"), {412}),
        (Number(id="n-t", value=8, unit="o'clock in the evening"), {1200}),
        (Number(id="n-t", value=640, unit="hours local time", referent="time of the collision (0640)"), {400}),
        (Number(id="n-t", value=14.2, unit="hours", referent="time of the capsizing (2:20 p.m.)"), {860}),
        (Number(id="n-t", value=7, unit="time of day"), {420, 1140}),  # no half of the day written: either
    ],
)
def test_case_figures_are_read_as_the_minutes_of_the_day_they_write(number: Number, minutes: set[int]) -> None:
    assert clock.case_clocks(_case([number])) == {"n-t": frozenset(minutes)}


@pytest.mark.parametrize(
    "number",
    [
        Number(id="n-t", value=14, unit="hours", referent="time the crew spent at sea"),  # a duration
        Number(id="n-t", value=6, unit="days"),
        Number(id="n-t", value=2024, unit="year"),
    ],
)
def test_durations_and_years_are_no_times_of_day(number: Number) -> None:
    assert clock.case_clocks(_case([number])) == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The raid began at 3:15 a.m. on Sunday.", ["3:15 a.m."]),
        ("Shelling resumed at 14:30 and stopped at 6pm.", ["14:30", "6pm"]),
        ("It ended at 5.40 p.m.", ["5.40 p.m."]),
        ("Prices rose 3.15 percent in 12 months.", []),  # a decimal is no clock without a.m./p.m.
        ("A 1:50,000 map and a 2:1 vote.", []),
        ("He said he was 6 and I am 7.", []),
    ],
)
def test_clock_times_are_read_in_summaries(text: str, found: list[str]) -> None:
    assert [c.text for c in clock.read_clocks(text)] == found


def _verdicts(case: Case, text: str) -> list[tuple[str, str, str | None]]:
    return [(v.text, v.verdict, v.reason) for v in score_numbers(case, text) if clock.is_clock(v)]


RAID = Number(id="n-raid", value=3.25, unit="hours (time of day, 3:15 a.m.)")
EMPTY = Number(id="n-empty", value=5.6667, unit="hours (time of day, 5:40 a.m.)")
ABOUT = Number(id="n-seized", value=4.5, unit="hours (time of day, 4:30 a.m.)", qualifier="about")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commandos went in at 3:15 a.m.", [("3:15 a.m.", "correct", None)]),
        ("Commandos went in at 03:15.", [("03:15", "correct", None)]),
        ("Commandos went in shortly after 3 a.m.", [("3 a.m.", "correct", None)]),
        ("Commandos went in at about 3:05 a.m.", [("3:05 a.m.", "correct", None)]),
        ("Troops found the camp empty at 4:40 a.m.", [("4:40 a.m.", "wrong", "value")]),  # the case's 5:40
        ("Commandos went in at 3:15 p.m.", [("3:15 p.m.", "wrong", "unit")]),  # the other half of the day
        ("Commandos went in at 2:15 a.m.", [("2:15 a.m.", "wrong", "value")]),
        # the case's own "about 4:30" widens nothing: 4:40 is no reading of it
        ("Gunmen seized the mine at 4:40 a.m.", [("4:40 a.m.", "wrong", "value")]),
        # the article's own time, which the case's numbers omit, is known
        ("The first shots came at 2:50 a.m.", [("2:50 a.m.", "correct", None)]),
    ],
)
def test_a_clock_time_is_judged_against_the_case_times_of_day(text: str, expected: list[tuple]) -> None:
    case = _case([RAID, EMPTY, ABOUT], article="The first shots were heard at 2:50 a.m., officials said.")
    assert _verdicts(case, text) == expected


def test_a_case_with_no_time_of_day_leaves_clock_times_unjudged() -> None:
    case = _case([Number(id="n-dead", value=14, unit="captors killed")])
    assert _verdicts(case, "Commandos went in at 3:15 a.m. and killed 14 captors.") == []
    assert [v.text for v in score_numbers(case, "Commandos went in at 3:15 a.m. and killed 14 captors.")] == ["14"]


def test_until_prefers_the_very_time_to_one_it_widens_to() -> None:
    halted = Number(id="n-halted", value=10.45, unit="o'clock in the morning")
    running = Number(id="n-running", value=11.30, unit="o'clock in the morning")
    case = _case([running, halted])
    [v] = [v for v in score_numbers(case, "The lifts kept running until 11:30 a.m.") if clock.is_clock(v)]
    assert (v.number_id, v.verdict) == ("n-running", "correct")


def test_a_time_of_day_mentions_the_claim_it_belongs_to() -> None:
    case = _case([RAID, EMPTY])
    rec = score_summary(case, "The army says the assault began at 3:15 a.m.")
    assert [(c.claim_id, c.verdict) for c in rec.claims] == [("raid", "attributed")]


def test_a_time_of_day_is_no_operand_of_arithmetic() -> None:
    """ "44 drones" where the case has 41 drones and an attack "shortly after 3 a.m." is a wrong value, not the sum 41
    + 3 (round 125's hydro-plant case, whose time of day is a count of "o'clock a.m.")."""
    case = load_case(Path(__file__).parent / "data/rounds/round125/blind125-hydro-strike.yaml")
    got = {v.text: (v.verdict, v.reason) for v in score_numbers(case, "Valdoria's air force said Kresnia fired 22 "
                                                                      "missiles and 44 drones at the south overnight.")}
    assert got["44"] == ("wrong", "value")
