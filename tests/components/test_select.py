"""Select: the chosen option, ids that link up, the error state, and a nudge towards radios."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.select import Select
from tests.components.test_radios import PHYSICAL, described_ids, tree

CSS = (Path(__file__).parents[2] / "components" / "select" / "select.css").read_text()
ITEMS = [
    {"value": "", "text": "Select a state"},
    {"value": "OH", "text": "Ohio"},
    {"value": "OR", "text": "Oregon"},
]


def select(**params: object) -> Select:
    return Select(**{"id": "state", "label": {"text": "State"}, "items": ITEMS, **params})


def selected(html: str) -> list[str]:
    return [o.attrs["value"] for o in tree(html).find_all("option") if "selected" in o.attrs]


def test_label_names_the_select_and_name_defaults_to_id() -> None:
    root = tree(select().render())
    element = root.by_id("state")
    assert element.tag == "select" and element.attrs["name"] == "state"
    assert root.find_all("label")[0].attrs["for"] == "state"
    assert [o.all_text() for o in element.children] == ["Select a state", "Ohio", "Oregon"]


def test_value_or_item_selected_chooses_one_option() -> None:
    assert selected(select(value="OR").render()) == ["OR"]
    assert selected(select(items=[ITEMS[0], {**ITEMS[1], "selected": True}]).render()) == ["OH"]
    assert selected(select().render()) == []


def test_two_selected_options_are_refused() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        select(items=[ITEMS[0], {**ITEMS[1], "selected": True}, ITEMS[2]], value="OR")
    assert "Select" in str(raised.value) and "only one option" in str(raised.value)


def test_hint_and_error_are_linked_and_the_error_marks_it_invalid() -> None:
    root = tree(select(hint={"text": "Where you live"}, error_message={"text": "Select a state"}).render())
    element = root.by_id("state")
    assert described_ids(root, element) == ["state-hint", "state-error"]
    assert element.attrs["aria-invalid"] == "true"
    assert "fd-form-group--error" in root.children[0].classes
    assert "aria-invalid" not in tree(select().render()).by_id("state").attrs


def test_disabled_option_autocomplete_and_escaping() -> None:
    html = select(
        items=[{"value": "x", "text": "<b>", "disabled": True}], autocomplete="address-level1"
    ).render()
    assert '<option value="x" disabled>&lt;b&gt;</option>' in html
    assert 'autocomplete="address-level1"' in html


def test_needs_at_least_one_item_and_names_a_bad_item() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        select(items=[])
    assert "'items'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        select(items=[{"value": "OH"}])
    assert "'items.0.text' is required" in str(raised.value)


def test_docstring_points_to_radios_for_short_lists() -> None:
    assert "radios" in (Select.__doc__ or "").lower()


def test_css_is_logical_with_focus_and_target_size() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert re.search(r"min-height:\s*var\(--fd-target-size\)", CSS)
    assert "var(--fd-color-focus)" in CSS and "@media (forced-colors: active)" in CSS
