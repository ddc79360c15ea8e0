"""Button group: a list of the button component's own markup, a segmented bar whose chosen segment is
marked for screen readers and not by color alone, and clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.button import Button
from components.button_group import ButtonGroup
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "button_group"
CSS = (FOLDER / "button_group.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "button_group.html").read_text()
NARROW = "@media (max-width:40rem)"
FORCED = "@media (forced-colors:active)"
SEGMENT = ".fd-button-group--segmented>.fd-button-group__item>.fd-button"
CONTINUE = {"text": "Continue"}
SAVE = {"text": "Save and come back later", "variant": "secondary", "name": "save", "value": "yes"}
VIEWS: list[dict[str, Any]] = [
    {"text": "List", "href": "?view=list"},
    {"text": "Map", "href": "?view=map", "variant": "secondary"},
]


def test_a_list_of_buttons() -> None:
    page = parse(ButtonGroup(buttons=[CONTINUE, SAVE]).render())
    group = one(page, "ul")
    assert group.parent is page
    assert classes(group) == ["fd-button-group", "fd-button-group--default"]
    assert attr(group, "aria-label") is None
    items = select(group, ":scope > li")
    assert [classes(item) for item in items] == [["fd-button-group__item"]] * 2
    assert [[child.name for child in item.find_all(recursive=False)] for item in items] == [["button"]] * 2
    assert [text(button) for button in select(group, "li > button.fd-button")] == [
        "Continue",
        "Save and come back later",
    ]
    assert not select(page, "[aria-pressed], [aria-current]")


def test_each_item_is_the_button_component_as_it_renders_alone() -> None:
    buttons: list[dict[str, Any]] = [
        {**CONTINUE, "id": "go", "classes": "app-x", "attributes": {"data-y": "1"}},
        {"text": "Pay", "prevent_double_click": True},
        {"text": "Change your answers", "variant": "secondary", "href": "/check"},
        {"text": "Start now", "variant": "start", "href": "/start"},
        {"text": "Send", "disabled": True},
    ]
    items = select(ButtonGroup(buttons=buttons).render(), "li")
    for item, params in zip(items, buttons, strict=True):
        alone = parse(Button(**params).render()).find(True)
        assert str(item.find(True)) == str(alone)
    assert 'include "button/button.html"' in TEMPLATE and "<button" not in TEMPLATE and "<a" not in TEMPLATE


def test_button_instances_are_accepted() -> None:
    back = Button(text="Back", href="/", variant="secondary")
    html = ButtonGroup(buttons=[Button(text="Go"), back]).render()
    assert [(e.name, classes(e)) for e in select(html, "li > *")] == [
        ("button", ["fd-button", "fd-button--primary"]),
        ("a", ["fd-button", "fd-button--secondary"]),
    ]


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    page = parse(ButtonGroup(buttons=[{"text": "Go <b>now</b>"}], label="<i>Act</i>").render())
    assert text(one(page, "button")) == "Go <b>now</b>" and not select(page, "b, i")
    assert attr(one(page, "ul"), "aria-label") == "<i>Act</i>"
    button = one(ButtonGroup(buttons=[{"html": "Go <em>now</em>"}]).render(), "button")
    assert text(one(button, ":scope > em")) == "now"


def test_segmented_group_with_a_label() -> None:
    html = ButtonGroup(buttons=VIEWS, variant="segmented", label="Show offices as").render()
    group = one(html, "ul")
    assert classes(group) == ["fd-button-group", "fd-button-group--segmented"]
    assert attr(group, "aria-label") == "Show offices as"
    assert not select(html, ".fd-button-group__item--current, [aria-current], [aria-pressed]")


def test_the_current_link_is_marked_current_and_the_others_are_not() -> None:
    html = ButtonGroup(buttons=VIEWS, variant="segmented", label="Show", current=1).render()
    items = select(html, "ul > li")
    assert [classes(item) for item in items] == [
        ["fd-button-group__item"],
        ["fd-button-group__item", "fd-button-group__item--current"],
    ]
    assert [attr(a, "aria-current") for a in select(html, "li > a")] == [None, "true"]
    assert not select(html, "[aria-pressed]")


def test_every_button_says_whether_it_is_pressed() -> None:
    buttons = [{"text": "Miles", "name": "units", "value": "mi"}, {"text": "Kilometers", "name": "units"}]
    html = ButtonGroup(buttons=buttons, variant="segmented", label="Units", current=0).render()
    assert [attr(b, "aria-pressed") for b in select(html, "li > button")] == ["true", "false"]
    assert not select(html, "[aria-current]")
    assert classes(select(html, "li")[0])[-1] == "fd-button-group__item--current"


def test_marking_the_current_keeps_the_buttons_own_attributes_and_leaves_the_params_alone() -> None:
    buttons = [{"text": "A", "attributes": {"data-x": "1"}}, {"text": "B", "href": "/b"}]
    group = ButtonGroup(buttons=buttons, variant="segmented", label="Pick", current=0)
    first = one(group.render(), "li:first-child > button")
    assert (attr(first, "data-x"), attr(first, "aria-pressed")) == ("1", "true")
    assert group.buttons[0].attributes == {"data-x": "1"}  # the params themselves are not changed


def test_current_is_for_a_segmented_group_only() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ButtonGroup(buttons=VIEWS, label="Show", current=0)
    message = str(raised.value)
    assert message.startswith("ButtonGroup: invalid params")
    assert "'current'" in message and "segmented" in message


def test_current_must_be_one_of_the_buttons() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ButtonGroup(buttons=VIEWS, variant="segmented", label="Show", current=2)
    assert "'current' is 2" in str(raised.value) and "from 0 to 1" in str(raised.value)
    with pytest.raises(ComponentParamsError, match="'current'"):
        ButtonGroup(buttons=VIEWS, variant="segmented", label="Show", current=-1)


def test_current_needs_a_label() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ButtonGroup(buttons=VIEWS, variant="segmented", current=0)
    assert "ButtonGroup" in str(raised.value) and "'label'" in str(raised.value)


def test_buttons_are_required_and_checked_as_buttons() -> None:
    with pytest.raises(ComponentParamsError, match="'buttons' is required"):
        ButtonGroup()  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError) as raised:
        ButtonGroup(buttons=[])
    assert "'buttons'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        ButtonGroup(buttons=[CONTINUE, {"txt": "Back"}])
    assert "'buttons.1.txt' is not a param of ButtonGroup; did you mean 'text'?" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        ButtonGroup(buttons=[{"text": "Go", "variant": "big"}])
    assert "'buttons.0.variant'" in str(raised.value)


def test_wrong_variant_and_empty_label_name_the_field() -> None:
    with pytest.raises(ComponentParamsError, match="'variant'"):
        ButtonGroup(buttons=[CONTINUE], variant="joined")
    with pytest.raises(ComponentParamsError, match="'label'"):
        ButtonGroup(buttons=[CONTINUE], label="")


def test_classes_and_attributes_go_on_the_list() -> None:
    group = one(ButtonGroup(buttons=[CONTINUE], classes="app-x", attributes={"id": "actions"}).render(), "ul")
    assert classes(group) == ["fd-button-group", "fd-button-group--default", "app-x"]
    assert attr(group, "id") == "actions"


def test_from_jinja_with_the_buttons_as_dicts() -> None:
    html = (
        agency_environment()
        .from_string(
            "{{ fd.button_group(buttons=[{'text': 'Continue'}, {'text': 'Back', 'href': '/'}], "
            "variant='segmented', label='Go', current=1) }}"
        )
        .render()
    )
    assert [(e.name, attr(e, "aria-pressed"), attr(e, "aria-current")) for e in select(html, "li > *")] == [
        ("button", "false", None),
        ("a", None, "true"),
    ]


def test_css_spaces_the_buttons_and_stacks_them_on_narrow_screens() -> None:
    assert not PHYSICAL.search(CSS)
    assert RULES[".fd-button-group"]["display"] == "flex"
    assert RULES[".fd-button-group"]["list-style"] == "none"
    assert RULES[".fd-button-group__item>.fd-button"]["margin"] == "0"
    assert RULES[f"{NARROW} .fd-button-group"]["flex-direction"] == "column"
    assert RULES[f"{NARROW} .fd-button-group__item>.fd-button"]["inline-size"] == "100%"


def test_css_segments_share_borders_and_keep_focus_on_top() -> None:
    joined = ".fd-button-group--segmented>.fd-button-group__item+.fd-button-group__item"
    assert RULES[joined]["margin-inline-start"] == "calc(-1 * var(--fd-border-width))"
    assert RULES[f"{NARROW} {joined}"]["margin-block-start"] == "calc(-1 * var(--fd-border-width))"
    assert RULES[f"{SEGMENT}:focus-visible"]["z-index"] == "1"
    assert RULES[SEGMENT]["border-color"] == "var(--fd-color-primary-darker)"


def test_css_marks_the_current_segment_with_a_line_that_shows_in_forced_colors() -> None:
    line = ".fd-button-group__item--current>.fd-button::after"
    assert RULES[line]["border-block-end"] == "0.25rem solid currentColor"
    assert RULES[f"{FORCED} {line}"]["border-block-end-color"] == "CanvasText"
    assert RULES[f"{FORCED} {SEGMENT}"]["border-color"] == "ButtonText"
