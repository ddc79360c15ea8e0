"""Checkboxes: many checked values, a single checkbox without fieldset, CSS-only reveal, the tick mark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.assets import css_bundle
from components.checkboxes import Checkboxes
from components.registry import get
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.components.structure import described_ids
from tests.html import attr, classes, one, parse, select, text

COMPONENTS = Path(__file__).parents[2] / "components"
CSS = "\n".join(
    path.read_text()
    for path in (COMPONENTS / "choice_list.css", COMPONENTS / "checkboxes" / "checkboxes.css")
)
RULES = css_rules(css_bundle())
TEMPLATE = (COMPONENTS / "choice_list.html").read_text()
LEGEND = {"legend": {"text": "Which of these do you get?"}}
ITEMS = [
    {"value": "snap", "text": "SNAP"},
    {"value": "wic", "text": "WIC"},
    {"value": "ssi", "text": "SSI"},
]


def checkboxes(**params: Any) -> Checkboxes:
    return Checkboxes(**{"name": "benefits", "fieldset": LEGEND, "items": ITEMS, **params})


def checked_values(html: str) -> list[str]:
    return [attr(i, "value") or "" for i in select(html, "input[checked]")]


def test_inputs_are_checkboxes_sharing_the_name() -> None:
    inputs = select(checkboxes().render(), "input")
    assert [attr(i, "id") for i in inputs] == ["benefits", "benefits-2", "benefits-3"]
    assert {(attr(i, "type"), attr(i, "name")) for i in inputs} == {("checkbox", "benefits")}


def test_values_check_every_matching_item() -> None:
    assert checked_values(checkboxes(values=["snap", "ssi"]).render()) == ["snap", "ssi"]
    assert checked_values(checkboxes(items=[ITEMS[0], {**ITEMS[1], "checked": True}, ITEMS[2]]).render()) == [
        "wic"
    ]
    assert checked_values(checkboxes().render()) == []


def test_values_must_be_a_list() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        checkboxes(values="snap")
    assert "'values'" in str(raised.value)


def test_group_ids_describe_the_fieldset_and_inputs_are_not_marked_invalid() -> None:
    page = parse(
        checkboxes(hint={"text": "Select all that apply."}, error_message={"text": "Select one"}).render()
    )
    assert described_ids(page, one(page, ".fd-form-group--error > fieldset")) == [
        "benefits-hint",
        "benefits-error",
    ]
    assert not select(page, "input[aria-invalid], input[aria-describedby]")


def test_item_hint_is_linked_to_its_input() -> None:
    page = parse(
        checkboxes(items=[ITEMS[0], {**ITEMS[1], "hint": "For families with young children."}]).render()
    )
    assert described_ids(page, one(page, "#benefits-2")) == ["benefits-2-item-hint"]
    assert text(one(page, "#benefits-2 ~ .fd-checkboxes__hint")) == "For families with young children."
    assert attr(one(page, "#benefits"), "aria-describedby") is None


def test_single_checkbox_needs_no_fieldset_and_links_the_error_to_its_input() -> None:
    html = Checkboxes(
        name="declaration",
        items=[{"value": "agree", "text": "What I told you is true"}],
        error_message={"text": "Confirm that what you told us is true"},
    ).render()
    page = parse(html)
    assert not select(page, "fieldset")
    assert described_ids(page, one(page, "input#declaration")) == ["declaration-error"]
    with pytest.raises(ComponentParamsError) as raised:
        Checkboxes(name="benefits", items=ITEMS)
    assert "'fieldset'" in str(raised.value)


def test_conditional_content_follows_its_item_without_aria_state_or_script() -> None:
    html = checkboxes(
        items=[ITEMS[0], {**ITEMS[1], "conditional_html": '<p id="wic-more">Which office?</p>'}, ITEMS[2]],
        values=["wic"],
    ).render()
    page = parse(html)
    item = one(page, "#benefits-2").parent
    assert item is not None
    revealed = item.find_next_sibling()
    assert revealed is not None and classes(revealed) == ["fd-checkboxes__conditional"]
    assert one(revealed, "#wic-more").name == "p"
    following = revealed.find_next_sibling()
    assert following is not None and one(following, "input").get("id") == "benefits-3"
    assert not select(page, "[aria-expanded], [aria-controls], [hidden], [style], script")
    hidden = RULES[
        ".fd-checkboxes__item:has(.fd-checkboxes__input:not(:checked))+.fd-checkboxes__conditional"
    ]
    assert hidden == {"display": "none"}


def test_divider_between_items() -> None:
    page = parse(
        checkboxes(items=[*ITEMS, {"divider": True}, {"value": "none", "text": "None of these"}]).render()
    )
    divider = one(page, "div.fd-checkboxes__divider")
    assert text(divider) == "or"
    assert attr(one(page, ".fd-checkboxes__divider + .fd-checkboxes__item > input"), "id") == "benefits-4"
    assert attr(one(page, "#benefits-4"), "value") == "none"


def test_legend_as_page_heading() -> None:
    legend = one(
        checkboxes(fieldset={"legend": {"text": "What do you get?", "is_page_heading": True}}).render(),
        "fieldset > legend",
    )
    assert [child.name for child in legend.find_all(recursive=False)] == ["h1"]
    assert text(one(legend, "h1")) == "What do you get?"


def test_item_without_text_is_refused_naming_the_item() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        checkboxes(items=[ITEMS[0], {"value": "wic"}])
    assert "Checkboxes" in str(raised.value) and "'items.1'" in str(raised.value)


def test_works_from_jinja() -> None:
    template = agency_environment().from_string(
        '{{ fd.checkboxes(name="b", fieldset=fieldset, items=items, values=["wic"]) }}'
    )
    assert checked_values(template.render(fieldset={"legend": {"text": "Which?"}}, items=ITEMS)) == ["wic"]


def test_examples_ids_are_unique_across_the_gallery_page() -> None:
    info = get("checkboxes")
    ids: list[str] = []
    for example in info.examples:
        html = info.model(**example.resolved_params()).render()
        ids += [attr(e, "id") or "" for e in select(html, "[id]")]
    assert len(ids) == len(set(ids))


def test_css_is_logical_with_focus_targets_forced_colours_and_an_rtl_tick() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert focus_style(".fd-checkboxes__input", RULES)["outline"] == FOCUS_RING
    for selector in (".fd-checkboxes__input", ".fd-checkboxes__item>.fd-checkboxes__label::after"):
        assert RULES[f"@media (forced-colors:active) {selector}"]["border-color"] == "CanvasText"
    assert RULES[".fd-checkboxes__item>.fd-checkboxes__label"]["min-height"] == "var(--fd-target-size)"
    tick = ".fd-checkboxes__item>.fd-checkboxes__label:dir(rtl)::after"
    assert RULES[tick] == {"transform": "rotate(-45deg) scaleX(-1)"}
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
