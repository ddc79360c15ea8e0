"""Card: a heading first, then a picture, text and footer; a group as a list; a whole card as one link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from components import ComponentParamsError
from components.button import Button
from components.card import Card
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "card" / "card.css").read_text()
RULES = css_rules(CSS)
PICTURE = {"src": "/static/farm.png", "alt": "A tree in a field"}
FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]"


def parts(card: Any) -> list[tuple[str, list[str]]]:
    return [
        (child.name, classes(child))
        for child in one(card, ":scope > .fd-card__container").children
        if child.name
    ]


def error(**params: Any) -> str:
    with pytest.raises(ComponentParamsError) as raised:
        Card(**params)
    return str(raised.value)


def test_heading_then_picture_then_text_then_footer_in_a_div() -> None:
    html = Card(
        heading_text="Grants",
        media=PICTURE,
        text="Get up to $20,000.",
        footer_link={"href": "/grants", "text": "Read about grants"},
    ).render()
    page = parse(html)
    card = one(page, "div.fd-card")
    assert card.parent is page and classes(card) == ["fd-card"]
    assert parts(card) == [
        ("h2", ["fd-card__heading"]),
        ("img", ["fd-card__media"]),
        ("p", ["fd-card__body"]),
        ("div", ["fd-card__footer"]),
    ]
    assert text(one(card, "h2")) == "Grants" and not select(card, "h2 a")
    assert text(one(card, "p.fd-card__body")) == "Get up to $20,000."
    link = one(card, ".fd-card__footer > a.fd-link.fd-card__footer-link")
    assert (attr(link, "href"), text(link)) == ("/grants", "Read about grants")
    assert not select(card, "article, section, [role]")


def test_a_heading_alone_is_a_card() -> None:
    card = one(Card(heading_text="Grants").render(), "div.fd-card")
    assert parts(card) == [("h2", ["fd-card__heading"])]


def test_the_picture_has_its_alt_text_and_size() -> None:
    image = one(Card(heading_text="x", media={**PICTURE, "width": 400, "height": 225}).render(), "img")
    assert (attr(image, "src"), attr(image, "alt")) == ("/static/farm.png", "A tree in a field")
    assert (attr(image, "width"), attr(image, "height")) == ("400", "225")
    assert attr(one(Card(heading_text="x", media=PICTURE).render(), "img"), "width") is None


def test_a_decorative_picture_has_an_empty_alt_but_alt_is_required() -> None:
    image = one(Card(heading_text="x", media={"src": "/a.png", "alt": ""}).render(), "img")
    assert attr(image, "alt") == ""
    assert "'media.alt' is required" in error(heading_text="x", media={"src": "/a.png"})


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    headings = select(Card(heading_text="x", heading_level=level).render(), "h1, h2, h3, h4, h5, h6")
    assert [heading.name for heading in headings] == [f"h{level}"]


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    message = error(heading_text="x", heading_level=level)
    assert message.startswith("Card: invalid params") and "'heading_level'" in message


def test_a_heading_is_required() -> None:
    assert "'heading_text' or 'heading_html'" in error(text="Body")


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    card = one(Card(heading_text="<b>Grants</b>", text="a <i>b</i>").render(), "div.fd-card")
    assert text(one(card, "h2")) == "<b>Grants</b>" and text(one(card, "p")) == "a <i>b</i>"
    assert not select(card, "b, i")
    card = one(Card(heading_html="<span>Grants</span>", html="<ul><li>ID</li></ul>").render(), "div.fd-card")
    assert text(one(card, "h2 > span")) == "Grants"
    assert text(one(card, "div.fd-card__body > ul > li")) == "ID"


def test_the_heading_can_be_a_link() -> None:
    heading = one(Card(heading_text="Replace a card", href="/replace").render(), "h2.fd-card__heading")
    link = one(heading, ":scope > a.fd-link.fd-card__link")
    assert (attr(link, "href"), text(link)) == ("/replace", "Replace a card")


def test_footer_button_is_the_button_component() -> None:
    params = {"text": "Apply", "href": "/apply", "variant": "secondary"}
    html = Card(heading_text="Rent help", footer_button=params).render()
    assert str(one(html, ".fd-card__footer > a")) == str(one(Button(**params).render(), "a"))
    assert "'footer_button.variant'" in error(
        heading_text="x", footer_button={"text": "Go", "variant": "big"}
    )


def test_footer_html_is_inserted_as_given() -> None:
    footer = one(
        Card(heading_text="x", footer_html='<a href="/a">A</a> or <a href="/b">B</a>').render(),
        "div.fd-card__footer",
    )
    assert [attr(a, "href") for a in select(footer, ":scope > a")] == ["/a", "/b"]


def test_one_footer_at_a_time() -> None:
    message = error(heading_text="x", footer_link={"href": "/a", "text": "A"}, footer_html="<p>B</p>")
    assert "'footer_link'" in message and "'footer_html'" in message


def test_footer_link_needs_words() -> None:
    message = error(heading_text="x", footer_link={"href": "/a", "text": " "})
    assert "'footer_link'" in message and "'text'" in message


def test_whole_card_link_has_one_focus_target_the_heading_link() -> None:
    card = one(
        Card(
            heading_text="Grants", href="/grants", whole_card_link=True, media=PICTURE, text="Get money."
        ).render(),
        "div.fd-card",
    )
    assert classes(card) == ["fd-card", "fd-card--link"]
    assert [(e.name, attr(e, "href")) for e in select(card, FOCUSABLE)] == [("a", "/grants")]
    assert one(card, "a").parent.name == "h2"


def test_whole_card_link_needs_href() -> None:
    message = error(heading_text="x", whole_card_link=True)
    assert "'whole_card_link'" in message and "'href'" in message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("footer_link", {"href": "/a", "text": "A"}),
        ("footer_button", {"text": "Go"}),
        ("footer_html", "<p>Fine print</p>"),
        ("html", '<p>See <a href="/b">B</a></p>'),
        ("html", "<p><button>Go</button></p>"),
        ("heading_html", '<span tabindex="0">x</span>'),
    ],
)
def test_whole_card_link_refuses_other_things_to_focus(field: str, value: Any) -> None:
    params: dict[str, Any] = {"heading_text": "x", "href": "/x", "whole_card_link": True, field: value}
    if field == "heading_html":
        del params["heading_text"]
    message = error(**params)
    assert f"{field!r}" in message and "no other links or buttons" in message


def test_a_linked_heading_holds_no_link() -> None:
    assert "'heading_html'" in error(heading_html='<a href="/y">y</a>', href="/x")
    assert one(Card(heading_html="<em>y</em>", href="/x").render(), "h2 > a > em")


@pytest.mark.parametrize(
    ("params", "modifiers"),
    [
        ({"header_first": True}, ["header-first"]),
        ({"flag": True}, ["flag"]),
        ({"flag": True, "media_end": True}, ["flag", "media-end"]),
    ],
)
def test_layout_modifiers(params: dict[str, Any], modifiers: list[str]) -> None:
    card = one(Card(heading_text="x", media=PICTURE, **params).render(), "div.fd-card")
    assert classes(card) == ["fd-card", *(f"fd-card--{m}" for m in modifiers)]
    assert [name for name, _ in parts(card)] == ["h2", "img"]  # the heading first, whatever the layout


@pytest.mark.parametrize(
    ("params", "fields"),
    [
        ({"flag": True}, ["'flag'", "'media'"]),
        ({"media_end": True, "media": PICTURE}, ["'media_end'", "'flag'"]),
        ({"flag": True, "header_first": True, "media": PICTURE}, ["'header_first'", "'flag'"]),
    ],
)
def test_layouts_that_do_not_go_together_name_the_fields(params: dict[str, Any], fields: list[str]) -> None:
    message = error(heading_text="x", **params)
    assert all(field in message for field in fields)


def test_group_is_a_list_of_cards() -> None:
    html = Card(
        group=[
            {"heading_text": "Rent", "heading_level": 3, "text": "Rent help."},
            {
                "heading_text": "Food",
                "heading_level": 3,
                "href": "/food",
                "whole_card_link": True,
                "id": "food",
            },
            {"heading_text": "Farms", "heading_level": 3, "flag": True, "media": PICTURE},
        ],
        id="help",
    ).render()
    page = parse(html)
    group = one(page, "ul")
    assert group.parent is page and classes(group) == ["fd-card-group"] and attr(group, "id") == "help"
    items = select(group, ":scope > li")
    assert [classes(item) for item in items] == [
        ["fd-card"],
        ["fd-card", "fd-card--link"],
        ["fd-card", "fd-card--flag"],
    ]
    assert [attr(item, "id") for item in items] == [None, "food", None]
    assert [text(one(item, ":scope > .fd-card__container > h3")) for item in items] == [
        "Rent",
        "Food",
        "Farms",
    ]
    assert not select(page, "div.fd-card")


def test_group_and_one_card_params_do_not_mix() -> None:
    message = error(group=[{"heading_text": "A"}], heading_text="B", text="C")
    assert "'group'" in message and "'heading_text'" in message and "'text'" in message


def test_each_card_in_a_group_is_checked() -> None:
    message = error(group=[{"heading_text": "A"}, {"text": "no heading"}])
    assert "'group.1'" in message and "'heading_text' or 'heading_html'" in message
    assert "'group.0.colour' is not a param of Card" in error(group=[{"heading_text": "A", "colour": "red"}])
    assert "'group'" in error(group=[])


def test_group_text_is_escaped() -> None:
    item = one(Card(group=[{"heading_text": "<b>A</b>", "text": "<i>B</i>"}]).render(), "li")
    assert [text(e) for e in select(item, "h2, p")] == ["<b>A</b>", "<i>B</i>"] and not select(item, "b, i")


def test_classes_and_attributes_go_on_the_outer_element() -> None:
    card = one(
        Card(heading_text="x", classes="mine", attributes={"data-x": "1"}, id="c").render(), "div.fd-card"
    )
    assert (classes(card), attr(card, "data-x"), attr(card, "id")) == (["fd-card", "mine"], "1", "c")
    group = one(Card(group=[{"heading_text": "x"}], classes="mine", attributes={"lang": "en"}).render(), "ul")
    assert (classes(group), attr(group, "lang")) == (["fd-card-group", "mine"], "en")


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string("{% call fd.card(heading_text='Bring') %}<ul><li>ID</li></ul>{% endcall %}")
        .render()
    )
    assert text(one(html, "div.fd-card div.fd-card__body > ul > li")) == "ID"


def test_css_lets_a_click_anywhere_but_the_text_follow_the_link() -> None:
    cover = RULES[".fd-card--link .fd-card__link::after"]
    assert (cover["content"], cover["position"], cover["inset"]) == ('""', "absolute", "0")
    assert RULES[".fd-card"]["position"] == "relative"
    assert RULES[".fd-card--link .fd-card__body"] == {"position": "relative", "z-index": "1"}
    ring = RULES[".fd-card--link .fd-card__link:focus-visible::after"]
    assert ring["outline"] == "var(--fd-focus-width) solid var(--fd-color-focus)"


def test_css_lays_out_groups_and_flags_by_the_space_they_have() -> None:
    assert RULES[".fd-card-group"]["display"] == "grid"
    assert "auto-fill" in RULES[".fd-card-group"]["grid-template-columns"]
    assert RULES[".fd-card--flag"]["container-type"] == "inline-size"
    assert RULES["@container (min-width:30rem) .fd-card--flag .fd-card__container"]["display"] == "grid"
    assert RULES[".fd-card__media"]["order"] == "-1"  # the picture is shown first, after the heading in code


def test_css_uses_logical_properties_and_keeps_the_edge_in_forced_colors() -> None:
    assert not PHYSICAL.search(CSS)
    assert RULES["@media (forced-colors:active) .fd-card"]["border-color"] == "CanvasText"
