"""Temporal expressions resolved against the publication date, with their precision."""

from __future__ import annotations

import datetime as dt

import pytest

import wirewatch
from wirewatch.stages.dates import resolve

TUESDAY = dt.date(2019, 2, 26)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("on Monday", "2019-02-25", "day"),
        ("Sunday night", "2019-02-24", "day"),
        ("on Tuesday", "2019-02-26", "day"),
        ("last Tuesday", "2019-02-19", "day"),
        ("yesterday", "2019-02-25", "day"),
        ("in December", "2018-12", "month"),
        ("last week", "2019-02-18/2019-02-24", "week"),
        ("12 May 2018", "2018-05-12", "day"),
        ("in 2017", "2017", "year"),
        ("in recent weeks", "../2019-02-26", "period"),
        ("since the war began", "../2019-02-26", "period"),
        ("since Sunday", "2019-02-24/..", "period"),
        ("since mid-January", "2019-01/..", "period"),
        ("between February 10 and February 12", "2019-02-10/2019-02-12", "period"),
        ("since the start of the year", "2019-01/..", "period"),
        ("at the start of the year", "2019-01", "month"),
        ("the last three months of 2018", "2018-10/2018-12", "period"),
        ("over the weekend", "2019-02-23/2019-02-24", "period"),
        ("until the end of March", "../2019-03", "period"),
        ("through last week", "../2019-02-24", "period"),
        ("on Sunday, March 3", "2019-03-03", "day"),
        ("Friday, 1 March", "2019-03-01", "day"),
    ],
)
def test_resolved_against_publication(text: str, iso: str, precision: str) -> None:
    when = resolve(text, TUESDAY)
    assert when is not None and (when.iso, when.precision) == (iso, precision)


@pytest.mark.parametrize("text", ["48 hours", "three days", "a fourth consecutive day", "the next few days"])
def test_durations_and_the_future_are_not_dates(text: str) -> None:
    assert resolve(text, TUESDAY) is None


def test_without_publication_only_dates_with_a_year_resolve() -> None:
    assert resolve("on Monday", None) is None
    assert resolve("in recent weeks", None) is None
    assert resolve("12 May 2018", None).iso == "2018-05-12"


def test_a_weekend_looking_ahead_is_the_next_one() -> None:
    assert resolve("over the weekend", TUESDAY, future=True).iso == "2019-03-02/2019-03-03"


def test_a_year_after_a_named_year_counts_from_it_not_from_publication() -> None:
    import wirewatch

    text = "Rebels seized the port in September 2014, and the navy retook it the following year."
    dates = {d.text: d.value for d in wirewatch.extract(text, published="2019-02-26").dates}
    assert dates["the following year"] == "2015"


def test_would_looks_ahead_in_reported_speech() -> None:
    import wirewatch

    text = "The minister said on Tuesday that registration would begin in March."
    dates = {d.text: d.value for d in wirewatch.extract(text, published="2019-02-26").dates}
    assert dates["in March"] == "2019-03"


def test_a_written_year_beats_the_weekday_and_a_past_verb_after_would_keeps_the_past() -> None:
    import wirewatch

    assert resolve("on Monday, March 3, 2014", TUESDAY).iso == "2014-03-03"
    text = "The army said it would investigate the strike, which killed 12 people on Sunday."
    dates = {d.text: d.value for d in wirewatch.extract(text, published="2019-02-26").dates}
    assert dates["on Sunday"] == "2019-02-24"


def test_until_looking_ahead_is_the_next_one() -> None:
    assert resolve("until Monday", TUESDAY, future=True).iso == "../2019-03-04"


def test_a_count_the_tagger_runs_into_a_date_is_not_part_of_it() -> None:
    article = wirewatch.extract("On Monday 40 people were killed. On 12 May 30 people died.", published="2024-06-12")
    assert [(d.text, d.value) for d in article.dates] == [("On Monday", "2024-06-10"), ("On 12 May", "2024-05-12")]


def test_a_months_day_before_a_noun_stays_the_day() -> None:
    article = wirewatch.extract(
        "On March 28 protesters gathered. On June 5 soldiers entered Beni.", published="2025-06-12"
    )
    assert [d.value for d in article.dates] == ["2025-03-28", "2025-06-05"]


def test_a_count_after_a_month_is_no_day_when_no_day_is_that_large() -> None:
    article = wirewatch.extract("Since January 45 soldiers have been killed.", published="2025-03-01")
    assert [(d.text, d.value) for d in article.dates] == [("Since January", "2025-01/..")]


def test_day_ranges_and_stretches_of_work() -> None:
    article = wirewatch.extract(
        "Rain fell between 20 and 23 August. The report covers 22 to 28 August 2025. Deaths rose since the start "
        "of the monsoon in July.",
        published="2025-08-29",
    )
    values = {d.text: d.value for d in article.dates}
    assert values["between 20 and 23 August"] == "2025-08-20/2025-08-23"
    assert "2025-08-22/2025-08-28" in values.values()
    assert "../2025-08-29" not in [v for t, v in values.items() if "monsoon" in t]


def test_a_day_the_tagger_cut_off_a_header_date_is_kept() -> None:
    article = wirewatch.extract(
        "SUDAN: Fighting near Kadugli\nSituation Report No. 7 | 9 March 2026\n\nShelling hit the market on Sunday.",
        published="2026-03-09",
    )
    assert ("9 March 2026", "2026-03-09") in [(d.text, d.value) for d in article.dates]
