"""Collection: heading links with dates in <time>, descriptions, tag components; an empty state."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.collection import Collection
from components.tag import Tag
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "collection" / "collection.css").read_text()
RULES = css_rules(CSS)


def item(heading: str = "Rent rules", **params: Any) -> dict[str, Any]:
    return {"heading_text": heading, "href": "/news/rent", **params}


def error(**params: Any) -> str:
    with pytest.raises(ComponentParamsError) as raised:
        Collection(**params)
    message = str(raised.value)
    assert message.startswith("Collection: invalid params")
    return message


def test_a_list_of_items_each_a_heading_link_then_date_description_and_tags() -> None:
    html = Collection(
        items=[
            item("Rent rules", date="2025-06-02", description_text="New rules.", tags=[{"text": "Housing"}]),
            item("Food", href="/news/food"),
        ]
    ).render()
    page = parse(html)
    collection = one(page, "ul.fd-collection")
    assert collection.parent is page and classes(collection) == ["fd-collection"]
    first, second = select(collection, ":scope > li.fd-collection__item")
    assert [(child.name, classes(child)) for child in first.find_all(recursive=False)] == [
        ("h2", ["fd-collection__heading"]),
        ("p", ["fd-collection__date"]),
        ("p", ["fd-collection__description"]),
        ("ul", ["fd-collection__tags"]),
    ]
    link = one(first, "h2 > a.fd-link.fd-collection__link")
    assert (attr(link, "href"), text(link)) == ("/news/rent", "Rent rules")
    assert text(one(first, ".fd-collection__description")) == "New rules."
    assert [child.name for child in second.find_all(recursive=False)] == ["h2"]
    assert attr(one(second, "a"), "href") == "/news/food"
    assert not select(page, "article, section, [role]")


def test_the_date_is_a_time_element_in_words_and_for_machines() -> None:
    time = one(Collection(items=[item(date="2025-06-02")]).render(), "p.fd-collection__date > time")
    assert (attr(time, "datetime"), text(time)) == ("2025-06-02", "June 2, 2025")


def test_the_date_is_written_in_the_current_language() -> None:
    with i18n.locale.use_locale("es"):
        time = one(Collection(items=[item(date="2025-06-02")]).render(), "time")
    assert attr(time, "datetime") == "2025-06-02" and text(time) == "2 de junio de 2025"


def test_a_date_that_is_not_a_date_names_the_field() -> None:
    assert "'items.0.date'" in error(items=[item(date="June 2")])


def test_tags_are_the_tag_component_in_a_list() -> None:
    params = [{"text": "Storm"}, {"text": "Help centers", "color": "green", "id": "t"}]
    tags = one(Collection(items=[item(tags=params)]).render(), "ul.fd-collection__tags")
    rendered = [one(li, ":scope > strong") for li in select(tags, ":scope > li.fd-collection__tag")]
    assert [str(tag) for tag in rendered] == [str(one(Tag(**p).render(), "strong")) for p in params]
    assert "'items.0.tags.0.color'" in error(items=[item(tags=[{"text": "x", "color": "gold"}])])


@pytest.mark.parametrize("level", [2, 4, 6])
def test_heading_level(level: int) -> None:
    html = Collection(items=[item(), item()], heading_level=level).render()
    assert [h.name for h in select(html, "h1, h2, h3, h4, h5, h6")] == [f"h{level}"] * 2


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    assert "'heading_level'" in error(items=[item()], heading_level=level)


def test_each_item_needs_a_heading_and_a_link() -> None:
    assert "'heading_text' or 'heading_html'" in error(items=[item(), {"href": "/x"}])
    assert "'items.0.href' is required" in error(items=[{"heading_text": "x"}])


def test_a_heading_holds_no_link_of_its_own() -> None:
    assert "'heading_html'" in error(items=[{"heading_html": '<a href="/y">y</a>', "href": "/x"}])


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    page = parse(Collection(items=[item("<b>x</b>", description_text="<i>y</i>")]).render())
    assert [text(e) for e in select(page, "a, .fd-collection__description")] == ["<b>x</b>", "<i>y</i>"]
    assert not select(page, "b, i")
    html = Collection(
        items=[{"heading_html": "<em>x</em>", "href": "/x", "description_html": "<p>y</p>"}]
    ).render()
    assert text(one(html, "h2 > a > em")) == "x"
    assert text(one(html, "div.fd-collection__description > p")) == "y"


def test_condensed_is_a_modifier_and_refuses_descriptions() -> None:
    collection = one(Collection(items=[item(date="2025-06-02")], condensed=True).render(), "ul")
    assert classes(collection) == ["fd-collection", "fd-collection--condensed"]
    message = error(items=[item(), item(description_html="<p>y</p>")], condensed=True)
    assert "'items.1.description_html'" in message and "'condensed'" in message


def test_no_items_shows_a_message_not_an_empty_list() -> None:
    page = parse(Collection(items=[], id="results").render())
    message = one(page, "p")
    assert message.parent is page and not select(page, "ul, li")
    assert classes(message) == ["fd-collection", "fd-collection--empty"] and attr(message, "id") == "results"
    assert text(message) == "There is nothing to show."


def test_the_default_empty_message_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"There is nothing to show.": "No hay nada que mostrar."}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        assert text(one(Collection().render(), "p")) == "No hay nada que mostrar."


def test_an_empty_message_of_your_own() -> None:
    message = one(Collection(empty_text="No <results>").render(), "p.fd-collection--empty")
    assert text(message) == "No <results>" and not select(message, "results")
    box = one(Collection(empty_html='<p>None.</p><p><a href="/all">All</a></p>').render(), "div")
    assert classes(box) == ["fd-collection", "fd-collection--empty"]
    assert [child.name for child in box.find_all(recursive=False)] == ["p", "p"]


def test_classes_and_attributes_go_on_the_outer_element() -> None:
    collection = one(
        Collection(items=[item()], classes="mine", attributes={"aria-label": "News"}, id="n").render(), "ul"
    )
    assert (classes(collection), attr(collection, "aria-label"), attr(collection, "id")) == (
        ["fd-collection", "mine"],
        "News",
        "n",
    )
    empty = one(Collection(classes="mine", attributes={"data-x": "1"}).render(), "p")
    assert (classes(empty), attr(empty, "data-x")) == (["fd-collection", "fd-collection--empty", "mine"], "1")


def test_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string("{{ fd.collection(items=[{'heading_text': 'A', 'href': '/a', 'date': '2025-01-31'}]) }}")
        .render()
    )
    assert attr(one(html, "ul.fd-collection time"), "datetime") == "2025-01-31"


def test_css_separates_items_keeps_its_lines_in_forced_colors_and_is_logical() -> None:
    assert RULES[".fd-collection"]["list-style"] == "none"
    assert "border-block-start" in RULES[".fd-collection__item"]
    assert RULES["@media (forced-colors:active) .fd-collection__item"]["border-color"] == "CanvasText"
    assert RULES["@media (forced-colors:active) .fd-collection--empty"]["border-color"] == "CanvasText"
    assert RULES[".fd-collection__tags"]["display"] == "flex"
    assert not PHYSICAL.search(CSS)
