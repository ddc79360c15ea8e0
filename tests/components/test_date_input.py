"""Date input: month, day and year fields in a fieldset, their names and ids, the date of birth tokens,
which fields are in error, and the layout it shares with the memorable date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.date_input import DateInput
from i18n import use_locale
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

COMPONENTS = Path(__file__).parents[2] / "components"
SHARED_CSS = (COMPONENTS / "date_fields.css").read_text()
OWN_CSS = (COMPONENTS / "date_input" / "date_input.css").read_text()
FIELDSET = {"legend": {"text": "When did the storm hit?"}}


def date_input(**params: Any) -> DateInput:
    return DateInput(**{"id": "storm", "fieldset": FIELDSET, **params})


def fields(html: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """Each field's id, name, value and label text."""
    page = parse(html)
    return [
        (
            attr(field, "id"),
            attr(field, "name"),
            attr(field, "value"),
            text(one(page, f"label[for={attr(field, 'id')}]")),
        )
        for field in select(page, "input, select")
    ]


def test_three_numeric_fields_in_us_order_inside_a_fieldset() -> None:
    page = parse(date_input().render())
    fieldset = one(page, "div.fd-form-group > fieldset.fd-fieldset")
    legend, group = fieldset.find_all(recursive=False)
    assert (legend.name, text(legend)) == ("legend", "When did the storm hit?")
    assert (group.name, attr(group, "id"), classes(group)) == ("div", "storm", ["fd-date-input"])
    items = group.find_all(recursive=False)
    assert [classes(item) for item in items] == [["fd-date-input__item"]] * 3
    assert [[child.name for child in item.find_all(recursive=False)] for item in items] == [
        ["label", "input"]
    ] * 3
    assert fields(str(page)) == [
        ("storm-month", "storm-month", None, "Month"),
        ("storm-day", "storm-day", None, "Day"),
        ("storm-year", "storm-year", None, "Year"),
    ]
    inputs = select(page, "input")
    assert {(attr(i, "type"), attr(i, "inputmode")) for i in inputs} == {("text", "numeric")}
    assert [classes(i) for i in inputs] == [
        ["fd-input", "fd-input--width-2"],
        ["fd-input", "fd-input--width-2"],
        ["fd-input", "fd-input--width-4"],
    ]
    assert not select(page, "[autocomplete], [aria-invalid], [aria-describedby], .fd-form-group--error")


def test_labels_are_in_the_page_language() -> None:
    with use_locale("es"):
        html = date_input().render()
    assert [label for *_, label in fields(html)] == ["Mes", "Día", "Año"]


def test_a_date_of_birth_gets_the_birthday_autocomplete_tokens() -> None:
    page = parse(date_input(date_of_birth=True).render())
    assert [attr(i, "autocomplete") for i in select(page, "input")] == ["bday-month", "bday-day", "bday-year"]
    own = date_input(date_of_birth=True, items=[{"name": "month", "autocomplete": "off"}, {"name": "year"}])
    assert [attr(i, "autocomplete") for i in select(own.render(), "input")] == ["off", "bday-year"]


def test_items_set_names_ids_values_labels_and_widths() -> None:
    html = date_input(
        name_prefix="start",
        items=[
            {"name": "month", "value": "4", "id": "start-mm"},
            {"name": "year", "value": "2026", "label": "Year started", "width": "3"},
            {"name": "week", "label": "Week"},
        ],
    ).render()
    assert fields(html) == [
        ("start-mm", "start-month", "4", "Month"),
        ("storm-year", "start-year", "2026", "Year started"),
        ("storm-week", "start-week", None, "Week"),
    ]
    assert [classes(i)[1] for i in select(html, "input")] == [
        "fd-input--width-2",
        "fd-input--width-3",
        "fd-input--width-2",
    ]
    plain = date_input(name_prefix="", items=[{"name": "day"}]).render()
    assert fields(plain) == [("storm-day", "day", None, "Day")]


def test_hint_and_error_describe_the_fieldset_and_every_field_is_in_error() -> None:
    html = date_input(
        hint={"text": "For example, 9 27 2026"},
        error_message={"text": "Enter the month, day and year."},
        fieldset={**FIELDSET, "described_by": "intro"},
    ).render()
    page = parse('<p id="intro">Intro</p>' + str(html))
    fieldset = one(page, ".fd-form-group.fd-form-group--error > fieldset")
    assert described_ids(page, fieldset) == ["intro", "storm-hint", "storm-error"]
    hint, error, group = fieldset.find_all(recursive=False)[1:]
    assert (attr(hint, "id"), attr(error, "id"), attr(group, "id")) == ("storm-hint", "storm-error", "storm")
    assert text(error) == "Error: Enter the month, day and year."
    inputs = select(page, "input")
    assert all("fd-input--error" in classes(i) and attr(i, "aria-invalid") == "true" for i in inputs)
    assert not select(page, "input[aria-describedby]")


def test_only_the_fields_marked_are_in_error() -> None:
    html = date_input(
        error_message={"text": "Enter a real date."},
        items=[
            {"name": "month", "value": "2"},
            {"name": "day", "value": "30", "error": True},
            {"name": "year"},
        ],
    ).render()
    marked = [attr(i, "id") for i in select(html, "input.fd-input--error")]
    invalid = [attr(i, "id") for i in select(html, "input[aria-invalid=true]")]
    assert marked == invalid == ["storm-day"]


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = date_input(
        fieldset={"legend": {"html": "<em>When</em> did it happen?"}},
        hint={"html": '<span lang="es">Por ejemplo</span>'},
        items=[{"name": "year", "value": '"><b>', "label": "<i>Year</i>"}],
    ).render()
    page = parse(html)
    assert not select(page, "b, i")
    assert text(one(page, "legend > em")) == "When"
    assert text(one(page, ".fd-hint > span[lang=es]")) == "Por ejemplo"
    assert fields(html) == [("storm-year", "storm-year", '"><b>', "<i>Year</i>")]


def test_wrong_params_name_the_component_and_field() -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"items": [{"name": "week"}]}, "give a label to the field named 'week'"),
        ({"items": [{"name": "day"}, {"name": "day"}]}, "two fields are named 'day'"),
        ({"items": [{"name": "day"}, {"name": "year", "id": "storm-day"}]}, "would have the id 'storm-day'"),
        (
            {"items": [{"name": "hint", "label": "Hint"}], "hint": {"text": "x"}},
            "would have the id 'storm-hint'",
        ),
        ({"items": [{"name": "day", "error": True}]}, "'error_message': give it"),
        ({"fieldset": {**FIELDSET, "id": "f", "hint": {"text": "x"}}}, "give hint to DateInput itself"),
        ({"items": []}, "'items'"),
        ({"items": [{"name": "day", "width": "10"}]}, "'items.0.width'"),
    ]
    for params, message in cases:
        with pytest.raises(ComponentParamsError) as raised:
            date_input(**params)
        assert str(raised.value).startswith("DateInput: invalid params"), params
        assert message in str(raised.value), (params, str(raised.value))
    with pytest.raises(ComponentParamsError, match="'fieldset' is required"):
        DateInput(id="storm")  # type: ignore[call-arg]  # the missing param is the test


def test_classes_and_attributes_go_on_the_group_and_templates_can_call_it() -> None:
    group = one(date_input(classes="extra", attributes={"data-step": "2"}).render(), "#storm")
    assert (classes(group), attr(group, "data-step")) == (["fd-date-input", "extra"], "2")
    html = agency_environment().from_string(
        '{{ fd.date_input(id="d", fieldset={"legend": {"text": "Date"}}, date_of_birth=true) }}'
    )
    assert attr(one(html.render(), "#d-year"), "autocomplete") == "bday-year"


def test_fields_sit_side_by_side_and_wrap_with_logical_css_only() -> None:
    rules = css_rules(SHARED_CSS)
    assert rules[".fd-date-input"] == rules[".fd-memorable-date"]
    assert (rules[".fd-date-input"]["display"], rules[".fd-date-input"]["flex-wrap"]) == ("flex", "wrap")
    assert rules[".fd-date-input"]["gap"].startswith("var(--fd-space-")
    # The text input's widths make room for their digits (test_field_widths_browser.py types them).
    assert ".fd-date-input .fd-input" not in rules
    assert not PHYSICAL.search(SHARED_CSS + OWN_CSS)
    assert css_rules(OWN_CSS) == {}  # the fields keep the text input's styles: its focus and 44px height
