"""Pagination: a named navigation with previous and next links, numbered pages read as "Page 2" with the
current one marked, ellipses that are not links, the block variant with labels, and clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.pagination import Pagination
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "pagination"
CSS = (FOLDER / "pagination.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "pagination.html").read_text()
FORCED = "@media (forced-colors:active)"
CURRENT_LINK = ".fd-pagination__item--current .fd-pagination__link"


def pages(*numbers: int | None, current: int) -> list[dict[str, Any]]:
    return [
        {"ellipsis": True}
        if number is None
        else {"number": number, "href": f"?page={number}", "current": number == current}
        for number in numbers
    ]


def test_previous_numbers_and_next_in_a_named_navigation() -> None:
    page = parse(
        Pagination(
            previous={"href": "?page=1"}, next={"href": "?page=3"}, items=pages(1, 2, 3, current=2)
        ).render()
    )
    nav = one(page, "nav")
    assert nav.parent is page and classes(nav) == ["fd-pagination"]
    assert attr(nav, "aria-label") == "Pagination"
    assert [(child.name, classes(child)) for child in nav.find_all(recursive=False)] == [
        ("div", ["fd-pagination__prev"]),
        ("ul", ["fd-pagination__list"]),
        ("div", ["fd-pagination__next"]),
    ]
    previous = one(nav, ".fd-pagination__prev > a")
    assert (attr(previous, "href"), attr(previous, "rel"), text(previous)) == ("?page=1", "prev", "Previous")
    following = one(nav, ".fd-pagination__next > a")
    assert (attr(following, "href"), attr(following, "rel"), text(following)) == ("?page=3", "next", "Next")
    links = select(nav, "ul > li.fd-pagination__item > a.fd-pagination__link")
    shown = [text(a.find(string=True, recursive=False) or "") for a in links]
    assert shown == ["1", "2", "3"]  # the number alone on screen; the words around it are hidden
    assert [(attr(a, "href"), attr(a, "aria-label"), text(a)) for a in links] == [
        ("?page=1", None, "Page 1"),
        ("?page=2", None, "Page 2"),
        ("?page=3", None, "Page 3"),
    ]


def test_current_page_is_a_link_marked_aria_current() -> None:
    html = Pagination(items=pages(1, 2, 3, current=3)).render()
    assert [attr(a, "href") for a in select(html, "li > a[aria-current=page]")] == ["?page=3"]
    assert len(select(html, "[aria-current]")) == 1
    current = one(html, "a[aria-current]").parent
    assert current is not None and classes(current) == ["fd-pagination__item", "fd-pagination__item--current"]
    assert not select(Pagination(items=pages(1, 2, current=0)).render(), "[aria-current]")


def test_ellipses_are_not_links() -> None:
    html = Pagination(items=pages(1, None, 6, 7, 8, None, 42, current=7)).render()
    items = select(html, "ul > li")
    assert [text(item) for item in items] == ["Page 1", "…", "Page 6", "Page 7", "Page 8", "…", "Page 42"]
    ellipses = select(html, "li.fd-pagination__item--ellipsis")
    assert len(ellipses) == 2 and all(item.find("a") is None for item in ellipses)


def test_first_and_last_pages_leave_out_a_link() -> None:
    first = Pagination(next={"href": "?page=2"}, items=pages(1, 2, current=1)).render()
    assert not select(first, ".fd-pagination__prev, [rel=prev]") and select(first, "[rel=next]")
    last = Pagination(previous={"href": "?page=1"}, items=pages(1, 2, current=2)).render()
    assert not select(last, ".fd-pagination__next, [rel=next]") and select(last, "[rel=prev]")


def test_block_variant_has_labels_under_the_links() -> None:
    html = Pagination(
        previous={"href": "/guide/who", "label_text": "Who can apply"},
        next={"href": "/guide/what", "label_text": "What you need"},
    ).render()
    nav = one(html, "nav")
    assert classes(nav) == ["fd-pagination", "fd-pagination--block"]
    assert not select(nav, "ul")
    following = one(nav, ".fd-pagination__next > a[rel=next]")
    assert [classes(child)[0] for child in following.find_all(recursive=False)] == [
        "fd-pagination__link-title",
        "fd-pagination__icon",
        "fd-visually-hidden",
        "fd-pagination__link-label",
    ]
    assert text(following) == "Next : What you need"  # read as "Next: What you need"
    assert text(one(nav, ".fd-pagination__prev .fd-pagination__link-label")) == "Who can apply"
    only_next = Pagination(next={"href": "/guide/2"}).render()
    assert classes(one(only_next, "nav")) == ["fd-pagination", "fd-pagination--block"]
    assert text(one(only_next, "a")) == "Next" and not select(only_next, ".fd-pagination__link-label")


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = Pagination(
        previous={"href": "/a", "text": "<b>Back</b>", "label_text": "<i>Start</i>"},
        next={"href": "/b", "html": "Next <em>part</em>", "label_html": '<span lang="es">Parte 2</span>'},
        label="<u>Guide</u>",
    ).render()
    page = parse(html)
    assert not select(page, "b, i, u")
    assert text(one(page, ".fd-pagination__prev .fd-pagination__link-title")) == "<b>Back</b>"
    assert text(one(page, ".fd-pagination__prev .fd-pagination__link-label")) == "<i>Start</i>"
    assert text(one(page, ".fd-pagination__next .fd-pagination__link-title > em")) == "part"
    assert text(one(page, ".fd-pagination__next .fd-pagination__link-label > span[lang=es]")) == "Parte 2"
    assert attr(one(page, "nav"), "aria-label") == "<u>Guide</u>"


def test_default_words_go_through_gettext(monkeypatch: Any) -> None:
    words = {
        "Pagination": "Paginación",
        "Previous": "Anterior",
        "Next": "Siguiente",
        "Page %(number)s": "Página %(number)s",
    }

    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return words.get(message, message)

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    pagination = Pagination(previous={"href": "?p=1"}, next={"href": "?p=3"}, items=pages(1, 2, 3, current=2))
    with i18n.locale.use_locale("es"):
        html = pagination.render()
    assert attr(one(html, "nav"), "aria-label") == "Paginación"
    assert [text(a) for a in select(html, "[rel]")] == ["Anterior", "Siguiente"]
    assert text(select(html, "li > a")[1]) == "Página 2"
    assert attr(one(pagination.render(), "nav"), "aria-label") == "Pagination"


def test_label_names_the_landmark_and_must_have_words() -> None:
    html = Pagination(items=pages(1, 2, current=1), label="Pages of search results").render()
    assert attr(one(html, "nav"), "aria-label") == "Pages of search results"
    with pytest.raises(ComponentParamsError, match=r"'label': .*must have words"):
        Pagination(items=pages(1, current=1), label=" ")


def test_something_to_show_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Pagination()
    message = str(raised.value)
    assert (
        message.startswith("Pagination: invalid params") and "give 'items', 'previous' or 'next'" in message
    )


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"number": 2}, "items.0"),
        ({"href": "?page=2"}, "items.0"),
        ({"ellipsis": True, "number": 3}, "items.0"),
        ({"ellipsis": True, "current": True}, "items.0"),
        ({"number": 0, "href": "?page=0"}, "items.0.number"),
        ({"number": 1, "url": "?page=1"}, "items.0.url"),
    ],
)
def test_each_item_is_a_page_or_an_ellipsis(item: dict[str, Any], field: str) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Pagination(items=[item])
    assert "Pagination" in str(raised.value) and f"'{field}'" in str(raised.value)


def test_at_most_one_current_page() -> None:
    items = [{"number": n, "href": f"?page={n}", "current": True} for n in (1, 2)]
    with pytest.raises(ComponentParamsError, match="'items': mark at most one page current"):
        Pagination(items=items)


@pytest.mark.parametrize("label", ["label_text", "label_html"])
def test_labels_only_in_the_block_variant(label: str) -> None:
    with pytest.raises(ComponentParamsError, match=rf"'next\.{label}' is shown only in the block variant"):
        Pagination(next={"href": "?page=2", label: "Part 2"}, items=pages(1, 2, current=1))


def test_previous_and_next_need_an_href() -> None:
    with pytest.raises(ComponentParamsError, match=r"'previous\.href' is required"):
        Pagination(previous={"text": "Back"})
    with pytest.raises(ComponentParamsError, match=r"'next\.text'"):
        Pagination(next={"href": "?page=2", "text": ""})


def test_classes_attributes_and_call_from_a_template() -> None:
    pagination = Pagination(next={"href": "?page=2"}, classes="extra", attributes={"data-track": "pages"})
    nav = one(pagination.render(), "nav")
    assert classes(nav) == ["fd-pagination", "fd-pagination--block", "extra"]
    assert attr(nav, "data-track") == "pages"
    html = agency_environment().from_string("{{ fd.pagination(previous={'href': '?page=1'}) }}").render()
    assert (attr(one(html, "a[rel=prev]"), "href"), text(one(html, "a"))) == ("?page=1", "Previous")


def test_arrows_are_decorative_and_mirror_in_right_to_left() -> None:
    html = Pagination(previous={"href": "/a"}, next={"href": "/b"}).render()
    icons = select(html, "a > svg.fd-pagination__icon")
    assert len(icons) == 2 and all(
        (attr(icon, "aria-hidden"), attr(icon, "focusable")) == ("true", "false") for icon in icons
    )
    assert RULES[".fd-pagination__icon:dir(rtl)"]["transform"] == "scaleX(-1)"


def test_targets_are_44px_and_focus_is_visible() -> None:
    assert RULES[".fd-pagination__link"]["min-block-size"] == "var(--fd-target-size)"
    assert RULES[".fd-pagination__link"]["min-inline-size"] == "var(--fd-target-size)"
    assert focus_style(".fd-pagination__link", RULES)["outline"] == FOCUS_RING


def test_current_page_differs_by_more_than_colour() -> None:
    current = RULES[CURRENT_LINK]
    assert current["font-weight"] == "var(--fd-font-weight-bold)" and current["text-decoration"] == "none"
    assert RULES[".fd-pagination__link"]["text-decoration"] == "underline"


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[f"{FORCED} .fd-pagination__link"]["border-color"] == "Canvas"
    assert RULES[f"{FORCED} {CURRENT_LINK}"]["border-color"] == "CanvasText"
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
