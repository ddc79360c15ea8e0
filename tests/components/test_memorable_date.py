"""Memorable date: a select of the 12 months in the page's language, then day and year fields, with the
params, ids and error marks it shares with the date input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.memorable_date import MemorableDate
from i18n import use_locale
from tests.components.css import PHYSICAL
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "memorable_date" / "memorable_date.css").read_text()
FIELDSET = {"legend": {"text": "What is your date of birth?"}}
ENGLISH = [
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December"),
]


def memorable_date(**params: Any) -> MemorableDate:
    return MemorableDate(**{"id": "dob", "fieldset": FIELDSET, **params})


def months(html: str) -> list[tuple[str | None, str]]:
    return [(attr(option, "value"), text(option)) for option in select(html, "select > option")]


def test_a_month_select_then_day_and_year_fields() -> None:
    page = parse(memorable_date(date_of_birth=True).render())
    group = one(page, "fieldset.fd-fieldset > div#dob.fd-memorable-date")
    items = group.find_all(recursive=False)
    assert [classes(item) for item in items] == [["fd-memorable-date__item"]] * 3
    labelled = [(text(one(item, "label")), one(item, "select, input")) for item in items]
    assert [(label, field.name, attr(field, "id"), attr(field, "name")) for label, field in labelled] == [
        ("Month", "select", "dob-month", "dob-month"),
        ("Day", "input", "dob-day", "dob-day"),
        ("Year", "input", "dob-year", "dob-year"),
    ]
    assert [attr(label, "for") for label in select(group, "label")] == ["dob-month", "dob-day", "dob-year"]
    assert classes(one(page, "select")) == ["fd-select"]
    assert [classes(i) for i in select(page, "input")] == [
        ["fd-input", "fd-input--width-2"],
        ["fd-input", "fd-input--width-4"],
    ]
    assert {attr(i, "inputmode") for i in select(page, "input")} == {"numeric"}
    assert [attr(f, "autocomplete") for f in select(page, "select, input")] == [
        "bday-month",
        "bday-day",
        "bday-year",
    ]


def test_the_months_follow_an_empty_choice_and_their_value_is_their_number() -> None:
    html = memorable_date().render()
    assert months(html) == [("", "Select a month")] + [(str(n), name) for n, name in enumerate(ENGLISH, 1)]
    assert not select(html, "option[selected]")


@pytest.mark.parametrize("value", ["4", "04"])
def test_the_month_value_chooses_its_option(value: str) -> None:
    html = memorable_date(
        items=[{"name": "month", "value": value}, {"name": "day"}, {"name": "year"}]
    ).render()
    assert [attr(option, "value") for option in select(html, "option[selected]")] == ["4"]


@pytest.mark.parametrize(
    ("locale", "first", "last"),
    [
        ("es", "Enero", "Diciembre"),
        ("ru", "Январь", "Декабрь"),
        ("ht", "Janvye", "Desanm"),
        ("ko", "1월", "12월"),
    ],
)
def test_month_names_are_in_the_page_language_as_a_menu_shows_them(
    locale: str, first: str, last: str
) -> None:
    with use_locale(locale):
        shown = months(memorable_date().render())
    assert len(shown) == 13 and shown[1] == ("1", first) and shown[12] == ("12", last)


def test_an_error_marks_the_fields_to_fix_and_describes_the_group() -> None:
    page = parse(
        memorable_date(
            hint={"text": "For example, April 9 1980"},
            error_message={"text": "Enter the year with 4 numbers, like 1990."},
            items=[
                {"name": "month", "value": "1"},
                {"name": "day", "value": "2"},
                {"name": "year", "error": True},
            ],
        ).render()
    )
    assert described_ids(page, one(page, ".fd-form-group--error > fieldset")) == ["dob-hint", "dob-error"]
    assert [attr(f, "id") for f in select(page, "[aria-invalid=true]")] == ["dob-year"]
    assert classes(one(page, "select")) == ["fd-select"]
    everything = parse(memorable_date(error_message={"text": "Enter your date of birth"}).render())
    assert classes(one(everything, "select")) == ["fd-select", "fd-select--error"]
    assert len(select(everything, "[aria-invalid=true]")) == 3


def test_it_needs_month_day_and_year_and_no_width_for_the_month() -> None:
    for items, message in [
        ([{"name": "month"}, {"name": "year"}], "needs the fields month, day and year (got month, year)"),
        ([{"name": "month", "width": "2"}, {"name": "day"}, {"name": "year"}], "the month is a select"),
    ]:
        with pytest.raises(ComponentParamsError) as raised:
            memorable_date(items=items)
        assert str(raised.value).startswith("MemorableDate: invalid params") and message in str(raised.value)


def test_text_is_escaped() -> None:
    html = memorable_date(
        fieldset={"legend": {"text": "<b>Date</b>"}},
        items=[{"name": "month", "label": "<i>Month</i>"}, {"name": "day", "value": "<b>"}, {"name": "year"}],
    ).render()
    assert not select(html, "b, i")
    assert (
        text(one(html, "legend")) == "<b>Date</b>"
        and text(one(html, "label[for=dob-month]")) == "<i>Month</i>"
    )


def test_its_layout_is_the_shared_one() -> None:
    assert "fd-memorable-date" in (Path(__file__).parents[2] / "components" / "date_fields.css").read_text()
    assert not PHYSICAL.search(CSS)
