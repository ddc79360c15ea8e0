"""Select: the chosen option, ids that link up, the error state, and a nudge towards radios."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.select import Select
from tests.components.css import PHYSICAL, css_rules
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "select" / "select.css").read_text()
ITEMS = [
    {"value": "", "text": "Select a state"},
    {"value": "OH", "text": "Ohio"},
    {"value": "OR", "text": "Oregon"},
]


def state_select(**params: object) -> Select:
    return Select(**{"id": "state", "label": {"text": "State"}, "items": ITEMS, **params})


def selected(html: str) -> list[str]:
    return [attr(o, "value") or "" for o in select(html, "option[selected]")]


def test_label_names_the_select_and_name_defaults_to_id() -> None:
    page = parse(state_select().render())
    element = one(page, "#state")
    assert element.name == "select" and attr(element, "name") == "state"
    assert classes(element) == ["fd-select"]
    assert attr(one(page, "label.fd-label"), "for") == "state"
    assert [text(o) for o in select(element, ":scope > option")] == ["Select a state", "Ohio", "Oregon"]


def test_value_or_item_selected_chooses_one_option() -> None:
    assert selected(state_select(value="OR").render()) == ["OR"]
    assert selected(state_select(items=[ITEMS[0], {**ITEMS[1], "selected": True}]).render()) == ["OH"]
    assert selected(state_select().render()) == []


def test_two_selected_options_are_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        state_select(items=[ITEMS[0], {**ITEMS[1], "selected": True}, ITEMS[2]], value="OR")
    assert "Select" in str(raised.value) and "only one option" in str(raised.value)


def test_hint_and_error_are_linked_and_the_error_marks_it_invalid() -> None:
    page = parse(
        state_select(hint={"text": "Where you live"}, error_message={"text": "Select a state"}).render()
    )
    element = one(page, ".fd-form-group--error > select#state")
    assert described_ids(page, element) == ["state-hint", "state-error"]
    assert attr(element, "aria-invalid") == "true"
    assert classes(element) == ["fd-select", "fd-select--error"]
    assert attr(one(state_select().render(), "#state"), "aria-invalid") is None


def test_disabled_option_autocomplete_and_escaping() -> None:
    html = state_select(
        items=[{"value": "x", "text": "<b>", "disabled": True}], autocomplete="address-level1"
    ).render()
    option = one(html, "select > option")
    assert (attr(option, "value"), attr(option, "disabled"), text(option)) == ("x", "", "<b>")
    assert not select(option, "b")
    assert attr(one(html, "select"), "autocomplete") == "address-level1"


def test_needs_at_least_one_item_and_names_a_bad_item() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        state_select(items=[])
    assert "'items'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        state_select(items=[{"value": "OH"}])
    assert "'items.0.text' is required" in str(raised.value)


def test_docstring_points_to_radios_for_short_lists() -> None:
    assert "radios" in (Select.__doc__ or "").lower()


def test_css_is_logical_with_focus_and_target_size() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    rules = css_rules(CSS)
    assert rules[".fd-select"]["min-height"] == "var(--fd-target-size)"
    assert rules[".fd-select:focus"]["outline"].endswith("var(--fd-color-focus)")
    assert any(key.startswith("@media (forced-colors:active) .fd-select") for key in rules)
