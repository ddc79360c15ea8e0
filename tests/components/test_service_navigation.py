"""Service navigation: the service's name (a link or text) and a named navigation of its sections, the
section the person is in marked for screen readers and on screen, no menu button, and clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.header import Header
from components.service_navigation import ServiceNavigation
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "service_navigation"
CSS = (FOLDER / "service_navigation.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "service_navigation.html").read_text()
SECTIONS = [
    {"text": "Your application", "href": "/application"},
    {"text": "Messages", "href": "/messages"},
    {"text": "Documents", "href": "/documents"},
]
CURRENT = ".fd-service-navigation__item--current"


def links(html: str) -> list[tuple[str | None, str, str | None]]:
    return [(attr(a, "href"), text(a), attr(a, "aria-current")) for a in select(html, "nav > ul > li > a")]


def test_a_band_with_the_service_name_and_a_named_navigation_of_links() -> None:
    page = parse(
        ServiceNavigation(service_name="Apply for food", service_href="/start", navigation=SECTIONS).render()
    )
    band = one(page, "div.fd-service-navigation")
    assert band.parent is page and classes(band) == ["fd-service-navigation"]
    container = one(band, ":scope > div")
    assert classes(container) == ["fd-service-navigation__container", "fd-width-container"]
    assert [(child.name, classes(child)) for child in container.find_all(recursive=False)] == [
        ("span", ["fd-service-navigation__service"]),
        ("nav", []),
    ]
    name = one(container, ".fd-service-navigation__service > a")
    assert (attr(name, "href"), text(name)) == ("/start", "Apply for food")
    assert classes(name) == ["fd-service-navigation__link", "fd-link"]
    nav = one(container, "nav")
    assert attr(nav, "aria-label") == "Menu"
    items = select(nav, ":scope > ul.fd-service-navigation__list > li")
    assert [classes(item) for item in items] == [["fd-service-navigation__item"]] * 3
    assert links(str(page)) == [(item["href"], item["text"], None) for item in SECTIONS]
    assert all(classes(a) == ["fd-service-navigation__link", "fd-link"] for a in select(nav, "a"))
    # No menu button, no script: every link is in the page as it loads.
    assert not select(page, "button, [hidden], script")


def test_the_service_name_alone_or_as_text() -> None:
    alone = parse(ServiceNavigation(service_name="Apply for food", service_href="/").render())
    assert (
        not select(alone, "nav") and text(one(alone, ".fd-service-navigation__service")) == "Apply for food"
    )
    plain = one(ServiceNavigation(service_name="Apply for food").render(), ".fd-service-navigation__service")
    assert plain.find("a") is None and text(plain) == "Apply for food"


def test_navigation_alone_under_a_header_that_names_the_service() -> None:
    html = ServiceNavigation(navigation=SECTIONS).render()
    assert not select(html, ".fd-service-navigation__service")
    assert len(links(html)) == 3
    # With the header above it, the two menus have different names.
    header = Header(service_name="Apply", navigation=[{"text": "Home", "href": "/"}]).render()
    names = [attr(nav, "aria-label") for nav in select(f"{header}{html}", "nav")]
    assert names == ["Main menu", "Menu"]


def test_current_page_is_aria_current_page() -> None:
    sections = [SECTIONS[0], {**SECTIONS[1], "current": True}, SECTIONS[2]]
    html = ServiceNavigation(navigation=sections).render()
    assert [current for _, _, current in links(html)] == [None, "page", None]
    marked = one(html, CURRENT)
    assert classes(marked) == ["fd-service-navigation__item", "fd-service-navigation__item--current"]
    assert text(marked) == "Messages"


def test_active_section_is_aria_current_true() -> None:
    sections = [SECTIONS[0], SECTIONS[1], {**SECTIONS[2], "active": True}]
    html = ServiceNavigation(navigation=sections).render()
    assert [current for _, _, current in links(html)] == [None, None, "true"]
    assert text(one(html, CURRENT)) == "Documents"
    # Current wins when both are given: the person is on the section's own page.
    both = ServiceNavigation(navigation=[{**SECTIONS[0], "current": True, "active": True}]).render()
    assert [current for _, _, current in links(both)] == ["page"]


def test_only_one_section_can_be_marked() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ServiceNavigation(
            navigation=[{**SECTIONS[0], "current": True}, SECTIONS[1], {**SECTIONS[2], "active": True}]
        )
    message = str(raised.value)
    assert message.startswith("ServiceNavigation: invalid params") and "items 0, 2 of 'navigation'" in message


def test_the_mark_is_not_color_alone() -> None:
    mark = RULES[CURRENT]
    assert mark["border-block-end"] == "var(--fd-space-1) solid var(--fd-color-link)"
    assert mark["font-weight"] == "var(--fd-font-weight-bold)"
    # Only the marked item has a line: forced colors would paint a transparent one on every item.
    assert not any("border" in rule for rule in RULES[".fd-service-navigation__link"])
    assert RULES[f"@media (forced-colors:active) {CURRENT}"]["border-block-end-color"] == "LinkText"


def test_links_wrap_onto_more_lines_and_are_44px_targets() -> None:
    for selector in (".fd-service-navigation__container", ".fd-service-navigation__list"):
        assert RULES[selector]["display"] == "flex" and RULES[selector]["flex-wrap"] == "wrap"
    # The items stretch to the tallest, the marked one with its line, so the words line up.
    assert RULES[".fd-service-navigation__list"]["align-items"] == "stretch"
    link = RULES[".fd-service-navigation__link"]
    assert link["min-block-size"] == link["min-inline-size"] == "var(--fd-target-size)"
    # The focus ring is the one every link has (.fd-link in base.css).
    assert "focus" not in CSS


def test_slots_at_each_end_are_inserted_as_given() -> None:
    html = ServiceNavigation(
        service_name="Apply",
        navigation=SECTIONS,
        start_html='<strong class="fd-tag">Beta</strong>',
        end_html='<a class="fd-link" href="/sign-out">Sign out</a>',
    ).render()
    children = one(html, ".fd-service-navigation__container").find_all(recursive=False)
    assert [child.name for child in children] == ["strong", "span", "nav", "a"]
    assert (text(children[0]), attr(children[-1], "href")) == ("Beta", "/sign-out")


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = ServiceNavigation(
        service_name="<b>Apply</b>",
        navigation=[
            {"text": "<i>Home</i>", "href": "/"},
            {"html": '<span lang="es">Ayuda</span>', "href": "/ayuda"},
        ],
        label='<u>"Sections"</u>',
    ).render()
    page = parse(html)
    assert not select(page, "b, i, u")
    assert text(one(page, ".fd-service-navigation__service")) == "<b>Apply</b>"
    assert [text(a) for a in select(page, "nav a")] == ["<i>Home</i>", "Ayuda"]
    assert one(page, "nav a > span[lang=es]")
    assert attr(one(page, "nav"), "aria-label") == '<u>"Sections"</u>'


def test_label_names_the_navigation_and_must_have_words() -> None:
    assert attr(
        one(ServiceNavigation(navigation=SECTIONS, label="Account").render(), "nav"), "aria-label"
    ) == ("Account")
    with pytest.raises(ComponentParamsError, match=r"'label': .*must have words"):
        ServiceNavigation(navigation=SECTIONS, label=" ")


def test_default_name_goes_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Menu": "Menú"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    band = ServiceNavigation(navigation=SECTIONS)
    with i18n.locale.use_locale("es"):
        assert attr(one(band.render(), "nav"), "aria-label") == "Menú"
    assert attr(one(band.render(), "nav"), "aria-label") == "Menu"


def test_wrong_params_name_the_component_and_field() -> None:
    with pytest.raises(ComponentParamsError, match="give 'service_name', 'navigation' or both"):
        ServiceNavigation()
    with pytest.raises(ComponentParamsError, match="'service_href' needs 'service_name'"):
        ServiceNavigation(service_href="/", navigation=SECTIONS)
    with pytest.raises(ComponentParamsError, match=r"'navigation\.0\.href' is required"):
        ServiceNavigation(navigation=[{"text": "Home"}])
    with pytest.raises(ComponentParamsError, match="give 'text' or 'html'"):
        ServiceNavigation(navigation=[{"href": "/"}])
    with pytest.raises(
        ComponentParamsError, match=r"'navigation\.0\.selected' is not a param of ServiceNavigation"
    ):
        ServiceNavigation(navigation=[{**SECTIONS[0], "selected": True}])
    with pytest.raises(ComponentParamsError, match="'service_name'"):
        ServiceNavigation(service_name="")


def test_classes_attributes_and_call_from_a_template() -> None:
    band = one(
        ServiceNavigation(navigation=SECTIONS, classes="extra", attributes={"data-x": "1"}).render(),
        ".fd-service-navigation",
    )
    assert (classes(band), attr(band, "data-x")) == (["fd-service-navigation", "extra"], "1")
    html = agency_environment().from_string(
        "{{ fd.service_navigation(service_name='Apply', "
        "navigation=[{'text': 'Home', 'href': '/', 'current': true}]) }}"
    )
    assert links(html.render()) == [("/", "Home", "page")]


def test_css_is_logical_and_has_no_script_or_inline_style() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[".fd-service-navigation"]["border-block-end"] == "1px solid var(--fd-color-border-light)"
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
