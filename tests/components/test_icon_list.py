"""Icon list: a list whose decorative icons screen readers skip, with hidden words where an icon means
more than the words say, icons in the text color in forced colors, and only the arrow mirrored."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import pytest

from components import ComponentParamsError
from components.icon_list import ICON_PATHS, IconList, IconName
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "icon_list"
CSS = (FOLDER / "icon_list.css").read_text()
RULES = css_rules(CSS)
ITEMS: list[dict[str, Any]] = [{"text": "Your ID"}, {"text": "Knives", "icon": "close"}]


def test_a_list_of_items_each_an_icon_then_the_words() -> None:
    page = parse(IconList(items=ITEMS).render())
    group = one(page, "ul")
    assert group.parent is page and classes(group) == ["fd-icon-list"]
    items = select(group, ":scope > li")
    assert [classes(item) for item in items] == [["fd-icon-list__item"]] * 2
    assert [[(e.name, classes(e)[0]) for e in item.find_all(recursive=False)] for item in items] == [
        [("svg", "fd-icon-list__icon"), ("div", "fd-icon-list__content")]
    ] * 2
    assert [text(e) for e in select(group, ".fd-icon-list__content")] == ["Your ID", "Knives"]


def test_each_item_has_its_own_icon_or_the_lists() -> None:
    html = IconList(items=ITEMS).render()
    assert [classes(svg)[1] for svg in select(html, "svg")] == [
        "fd-icon-list__icon--check",
        "fd-icon-list__icon--close",
    ]
    paths = [attr(path, "d") for path in select(html, "svg > path")]
    assert paths == [ICON_PATHS["check"], ICON_PATHS["close"]]
    html = IconList(items=ITEMS, icon="info").render()
    assert [classes(svg)[1] for svg in select(html, "svg")] == [
        "fd-icon-list__icon--info",
        "fd-icon-list__icon--close",
    ]


def test_every_icon_has_a_shape() -> None:
    assert sorted(ICON_PATHS) == sorted(get_args(IconName))


@pytest.mark.parametrize("icon", get_args(IconName))
def test_every_icon_is_decorative_drawn_in_the_text_color_and_styled(icon: str) -> None:
    svg = one(IconList(items=[{"text": "x"}], icon=icon).render(), "svg")
    assert (attr(svg, "aria-hidden"), attr(svg, "focusable"), attr(svg, "role")) == ("true", "false", None)
    assert not select(svg, "title, desc, text")
    path = one(svg, "path")
    assert (attr(path, "fill"), attr(path, "d")) == ("currentColor", ICON_PATHS[icon])
    assert ".fd-icon-list__icon" in RULES and (icon == "warning" or f".fd-icon-list__icon--{icon}" in RULES)


def test_hidden_words_come_first_for_screen_readers() -> None:
    item = {"text": "Knives", "icon": "close", "prefix_text": "Not allowed:"}
    content = one(IconList(items=[item]).render(), ".fd-icon-list__content")
    hidden = one(content, ":scope > span.fd-visually-hidden:first-child")
    assert text(hidden) == "Not allowed:"
    assert text(content) == "Not allowed: Knives"
    assert not select(IconList(items=ITEMS).render(), ".fd-visually-hidden")


def test_text_and_hidden_words_are_escaped_and_html_is_inserted_as_given() -> None:
    page = parse(IconList(items=[{"text": "a <b>", "prefix_text": "<i>"}]).render())
    assert not select(page, "b, i")
    assert text(one(page, ".fd-icon-list__content")) == "<i> a <b>"
    content = one(
        IconList(items=[{"html": '<strong>Online</strong><br><a href="#f">Write</a>'}]).render(),
        ".fd-icon-list__content",
    )
    assert [e.name for e in content.find_all(recursive=False)] == ["strong", "br", "a"]
    assert attr(one(content, "a"), "href") == "#f"


def test_only_the_arrow_is_mirrored_in_right_to_left() -> None:
    mirrored = [selector for selector, rules in RULES.items() if "scaleX(-1)" in rules.get("transform", "")]
    assert mirrored == [".fd-icon-list__icon--arrow:dir(rtl)"]


def test_items_are_required_and_checked() -> None:
    with pytest.raises(ComponentParamsError, match="'items' is required"):
        IconList()  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError) as raised:
        IconList(items=[])
    assert str(raised.value).startswith("IconList: invalid params") and "'items'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        IconList(items=[{"icon": "check"}])
    assert "'text' or 'html'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        IconList(items=[{"text": "x", "icon": "tick"}])
    assert "'items.0.icon'" in str(raised.value) and "'check'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        IconList(items=[{"text": "x", "prefix": "No:"}])
    assert "'items.0.prefix' is not a param of IconList; did you mean 'prefix_text'?" in str(raised.value)


def test_wrong_list_icon_and_empty_hidden_words_name_the_field() -> None:
    with pytest.raises(ComponentParamsError, match="'icon'"):
        IconList(items=ITEMS, icon="star")
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.prefix_text'"):
        IconList(items=[{"text": "x", "prefix_text": ""}])


def test_classes_and_attributes_go_on_the_list() -> None:
    group = one(IconList(items=ITEMS, classes="app-x", attributes={"id": "bring"}).render(), "ul")
    assert classes(group) == ["fd-icon-list", "app-x"] and attr(group, "id") == "bring"


def test_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string("{{ fd.icon_list(icon='arrow', items=[{'text': 'We call you'}]) }}")
        .render()
    )
    assert classes(one(html, "ul > li > svg")) == ["fd-icon-list__icon", "fd-icon-list__icon--arrow"]


def test_css_icons_take_the_text_color_in_forced_colors_and_use_logical_properties() -> None:
    assert not PHYSICAL.search(CSS)
    assert RULES["@media (forced-colors:active) .fd-icon-list__icon"]["color"] == "CanvasText"
    assert RULES[".fd-icon-list"]["list-style"] == "none"
    assert RULES[".fd-icon-list__item"]["display"] == "flex"
    icon = RULES[".fd-icon-list__icon"]
    assert (icon["flex-shrink"], icon["inline-size"], icon["block-size"]) == ("0", "1.25em", "1.25em")
