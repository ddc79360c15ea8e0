"""Breadcrumbs: a named navigation landmark around an ordered list of links, the current page marked
and not a link, the collapsed trail that keeps every link reachable, and clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.breadcrumbs import Breadcrumbs
from tests.components.css import PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "breadcrumbs"
CSS = (FOLDER / "breadcrumbs.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "breadcrumbs.html").read_text()
NARROW = "@media (max-width:40rem)"
SEPARATOR = ".fd-breadcrumbs__item+.fd-breadcrumbs__item::before"
FOCUS = "var(--fd-focus-width) solid var(--fd-color-focus)"
TRAIL = [
    {"text": "Home", "href": "/"},
    {"text": "Benefits", "href": "/benefits"},
    {"text": "Food", "href": "/benefits/food"},
    {"text": "Children", "href": "/benefits/food/children"},
    {"text": "School meals", "href": "/benefits/food/children/school"},
]


def links(html: str, selector: str = "nav > ol > li:not([hidden]) > a") -> list[tuple[str | None, str]]:
    return [(attr(a, "href"), text(a)) for a in select(html, selector)]


def test_a_named_navigation_around_an_ordered_list_of_links() -> None:
    page = parse(Breadcrumbs(items=TRAIL[:3]).render())
    nav = one(page, "nav")
    assert nav.parent is page and classes(nav) == ["fd-breadcrumbs"]
    assert attr(nav, "aria-label") == "Breadcrumb"
    items = select(nav, ":scope > ol.fd-breadcrumbs__list > li")
    assert [classes(item) for item in items] == [["fd-breadcrumbs__item"]] * 3
    assert [[classes(a) for a in item.find_all(recursive=False)] for item in items] == [
        [["fd-breadcrumbs__link"]]
    ] * 3
    assert links(str(page)) == [("/", "Home"), ("/benefits", "Benefits"), ("/benefits/food", "Food")]
    assert not select(page, "[aria-current]")  # with no current page, nothing claims to be it


def test_last_item_without_a_link_is_the_current_page() -> None:
    html = Breadcrumbs(items=[*TRAIL[:2], {"text": "How to apply"}]).render()
    last = select(html, "ol > li")[-1]
    assert (attr(last, "aria-current"), text(last), last.find("a")) == ("page", "How to apply", None)
    assert classes(last) == ["fd-breadcrumbs__item", "fd-breadcrumbs__item--current"]
    assert len(select(html, "[aria-current]")) == 1
    assert links(html) == [("/", "Home"), ("/benefits", "Benefits")]


def test_only_the_last_item_can_be_without_a_link() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Breadcrumbs(items=[TRAIL[0], {"text": "Benefits"}, TRAIL[2]])
    message = str(raised.value)
    assert message.startswith("Breadcrumbs: invalid params") and "'items.1.href' is required" in message


def test_items_are_required_and_checked() -> None:
    with pytest.raises(ComponentParamsError, match="'items' is required"):
        Breadcrumbs()  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError, match="'items'"):
        Breadcrumbs(items=[])
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.url' is not a param of Breadcrumbs"):
        Breadcrumbs(items=[{"text": "Home", "url": "/"}])
    with pytest.raises(ComponentParamsError, match="give 'text' or 'html'"):
        Breadcrumbs(items=[{"href": "/"}])


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = Breadcrumbs(
        items=[{"text": "<b>Home</b>", "href": "/"}, {"html": '<span lang="es">Beneficios</span>'}],
        label='<i>"Trail"</i>',
    ).render()
    page = parse(html)
    assert not select(page, "b, i")
    assert text(one(page, "a")) == "<b>Home</b>"
    assert text(one(page, "li[aria-current=page] > span[lang=es]")) == "Beneficios"
    assert attr(one(page, "nav"), "aria-label") == '<i>"Trail"</i>'


def test_label_names_the_landmark_and_must_have_words() -> None:
    nav = one(Breadcrumbs(items=TRAIL[:1], label="Your account").render(), "nav")
    assert attr(nav, "aria-label") == "Your account"
    with pytest.raises(ComponentParamsError, match=r"'label': .*must have words"):
        Breadcrumbs(items=TRAIL[:1], label="  ")


def test_default_words_go_through_gettext(monkeypatch: Any) -> None:
    words = {"Breadcrumb": "Ruta de navegación"}

    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return words.get(message, message)

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return "Mostrar %(num)s enlaces más" if singular.startswith("Show") else singular

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    trail = Breadcrumbs(items=TRAIL, collapse_on_small_screens=True)
    with i18n.locale.use_locale("es"):
        html = trail.render()
    assert attr(one(html, "nav"), "aria-label") == "Ruta de navegación"
    assert text(one(html, "summary .fd-visually-hidden")) == "Mostrar 3 enlaces más"
    assert attr(one(trail.render(), "nav"), "aria-label") == "Breadcrumb"


def test_collapsed_trail_keeps_every_link_reachable() -> None:
    html = Breadcrumbs(items=[*TRAIL, {"text": "Apply"}], collapse_on_small_screens=True).render()
    nav = one(html, "nav")
    assert classes(nav) == ["fd-breadcrumbs", "fd-breadcrumbs--collapse"]
    items = select(nav, ":scope > ol > li")
    assert [classes(item)[1:] for item in items] == [
        [],
        ["fd-breadcrumbs__item--more"],
        ["fd-breadcrumbs__item--collapsible"],
        ["fd-breadcrumbs__item--collapsible"],
        ["fd-breadcrumbs__item--collapsible"],
        [],
        ["fd-breadcrumbs__item--current"],
    ]
    # On wide screens: every link in the trail, and the button's item hidden.
    assert links(html) == [(item["href"], item["text"]) for item in TRAIL]
    more = items[1]
    assert more.has_attr("hidden")
    # On small screens: the first and the last link, and a native disclosure with the ones between.
    summary = one(more, ":scope > details.fd-breadcrumbs__more > summary.fd-breadcrumbs__toggle")
    assert attr(one(summary, "[aria-hidden=true]"), "class") == "fd-breadcrumbs__dots"
    assert text(one(summary, ".fd-visually-hidden")) == "Show 3 more links"
    hidden = links(str(more), "details > ol.fd-breadcrumbs__more-list > li.fd-breadcrumbs__more-item > a")
    assert hidden == [(item["href"], item["text"]) for item in TRAIL[1:4]]
    # The CSS swaps the middle links for the button on small screens only.
    assert RULES[".fd-breadcrumbs__item[hidden]"]["display"] == "none"
    narrow = f"{NARROW} .fd-breadcrumbs--collapse .fd-breadcrumbs__item"
    assert RULES[f"{narrow}--more[hidden]"]["display"] == "inline-flex"
    assert RULES[f"{narrow}--collapsible"]["display"] == "none"


def test_one_link_between_is_not_collapsed() -> None:
    html = Breadcrumbs(items=TRAIL[:3], collapse_on_small_screens=True).render()
    assert not select(html, "details, .fd-breadcrumbs__item--collapsible")
    assert links(html) == [(item["href"], item["text"]) for item in TRAIL[:3]]
    one_more = Breadcrumbs(items=TRAIL[:4], collapse_on_small_screens=True).render()
    assert text(one(one_more, "summary .fd-visually-hidden")) == "Show 2 more links"


def test_classes_attributes_and_call_from_a_template() -> None:
    trail = Breadcrumbs(items=TRAIL[:1], classes="extra", attributes={"data-track": "trail"})
    nav = one(trail.render(), "nav")
    assert classes(nav) == ["fd-breadcrumbs", "extra"] and attr(nav, "data-track") == "trail"
    html = agency_environment().from_string("{{ fd.breadcrumbs(items=[{'text': 'Home', 'href': '/'}]) }}")
    assert links(html.render()) == [("/", "Home")]


def test_separators_are_decorative_and_mirror_in_right_to_left() -> None:
    assert "…" not in text(parse(Breadcrumbs(items=TRAIL).render()))  # no separator text to read out
    separator = RULES[SEPARATOR]
    assert separator["content"] == '""' and "border-inline-end" in separator
    assert separator["transform"] == "rotate(45deg)"
    mirrored = SEPARATOR.replace("::before", ":dir(rtl)::before")
    assert RULES[mirrored]["transform"] == "rotate(-45deg)"


def test_targets_are_44px_and_focus_is_visible() -> None:
    for selector in (".fd-breadcrumbs__link", ".fd-breadcrumbs__toggle"):
        assert RULES[selector]["min-block-size"] == "var(--fd-target-size)"
        assert RULES[selector]["min-inline-size"] == "var(--fd-target-size)"
        assert focus_style(selector, RULES)["outline"] == FOCUS


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    forced = "@media (forced-colors:active)"
    assert RULES[f"{forced} .fd-breadcrumbs__toggle"]["border-color"] == "ButtonText"
    assert RULES[f"{forced} {SEPARATOR}"]["border-color"] == "CanvasText"
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
