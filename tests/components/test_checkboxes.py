"""Checkboxes: many checked values, a single checkbox without fieldset, CSS-only reveal, the tick mark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.assets import css_bundle
from components.checkboxes import Checkboxes
from components.registry import get
from tests.components.css import css_rules
from tests.components.jinja import agency_environment
from tests.components.test_radios import PHYSICAL, described_ids, tree

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
    return [i.attrs["value"] for i in tree(html).find_all("input") if "checked" in i.attrs]


def test_inputs_are_checkboxes_sharing_the_name() -> None:
    inputs = tree(checkboxes().render()).find_all("input")
    assert [i.attrs["id"] for i in inputs] == ["benefits", "benefits-2", "benefits-3"]
    assert {(i.attrs["type"], i.attrs["name"]) for i in inputs} == {("checkbox", "benefits")}


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
    root = tree(
        checkboxes(hint={"text": "Select all that apply."}, error_message={"text": "Select one"}).render()
    )
    assert described_ids(root, root.find_all("fieldset")[0]) == ["benefits-hint", "benefits-error"]
    assert all("aria-invalid" not in i.attrs for i in root.find_all("input"))
    assert "fd-form-group--error" in root.children[0].classes


def test_item_hint_is_linked_to_its_input() -> None:
    root = tree(
        checkboxes(items=[ITEMS[0], {**ITEMS[1], "hint": "For families with young children."}]).render()
    )
    assert described_ids(root, root.by_id("benefits-2")) == ["benefits-2-item-hint"]
    assert "aria-describedby" not in root.by_id("benefits").attrs


def test_single_checkbox_needs_no_fieldset_and_links_the_error_to_its_input() -> None:
    html = Checkboxes(
        name="declaration",
        items=[{"value": "agree", "text": "What I told you is true"}],
        error_message={"text": "Confirm that what you told us is true"},
    ).render()
    root = tree(html)
    assert not root.find_all("fieldset")
    assert described_ids(root, root.by_id("declaration")) == ["declaration-error"]
    with pytest.raises(ComponentParamsError) as raised:
        Checkboxes(name="benefits", items=ITEMS)
    assert "'fieldset'" in str(raised.value)


def test_conditional_content_follows_its_item_without_aria_state_or_script() -> None:
    html = checkboxes(
        items=[ITEMS[0], {**ITEMS[1], "conditional_html": '<p id="wic-more">Which office?</p>'}, ITEMS[2]],
        values=["wic"],
    ).render()
    root = tree(html)
    revealed = root.by_id("benefits-2").parent.next_sibling()  # type: ignore[union-attr]
    assert revealed is not None and revealed.classes == ["fd-checkboxes__conditional"]
    assert revealed.by_id("wic-more").tag == "p"
    assert revealed.next_sibling().by_id("benefits-3").tag == "input"  # type: ignore[union-attr]
    for attribute in ("aria-expanded", "aria-controls", "hidden", "style", "<script"):
        assert attribute not in html
    hidden = RULES[
        ".fd-checkboxes__item:has(.fd-checkboxes__input:not(:checked))+.fd-checkboxes__conditional"
    ]
    assert hidden == {"display": "none"}


def test_divider_between_items() -> None:
    root = tree(
        checkboxes(items=[*ITEMS, {"divider": True}, {"value": "none", "text": "None of these"}]).render()
    )
    assert [d.all_text() for d in root.find_all("div", "fd-checkboxes__divider")] == ["or"]
    assert root.by_id("benefits-4").attrs["value"] == "none"


def test_legend_as_page_heading() -> None:
    root = tree(
        checkboxes(fieldset={"legend": {"text": "What do you get?", "is_page_heading": True}}).render()
    )
    legend = root.find_all("legend")[0]
    assert [child.tag for child in legend.children] == ["h1"]


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
        ids += [e.attrs["id"] for e in tree(html).walk() if "id" in e.attrs]
    assert len(ids) == len(set(ids))


def test_css_is_logical_with_focus_targets_forced_colours_and_an_rtl_tick() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[".fd-checkboxes__input:focus-visible"]["outline"].endswith("var(--fd-color-focus)")
    for selector in (".fd-checkboxes__input", ".fd-checkboxes__item>.fd-checkboxes__label::after"):
        assert RULES[f"@media (forced-colors:active) {selector}"]["border-color"] == "CanvasText"
    assert RULES[".fd-checkboxes__item>.fd-checkboxes__label"]["min-height"] == "var(--fd-target-size)"
    tick = ".fd-checkboxes__item>.fd-checkboxes__label:dir(rtl)::after"
    assert RULES[tick] == {"transform": "rotate(-45deg) scaleX(-1)"}
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
