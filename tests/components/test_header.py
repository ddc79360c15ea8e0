"""The header: service name, agency, menu with the current page marked, extra slot, landmark choice."""

import pytest
from markupsafe import Markup

from components import ComponentParamsError
from components.header import Header
from i18n import gettext, use_locale
from tests.html import attr, classes, one, parse, select, text

NAVIGATION = [
    {"text": "Your application", "href": "#your-application"},
    {"text": "Messages", "href": "#messages", "current": True},
]


def test_service_name_links_to_start() -> None:
    page = parse(Header(service_name="Apply for food assistance", service_href="/apply").render())
    header = one(page, "header.fd-header")
    assert header.parent is page
    service = one(header, ".fd-header__brand > a.fd-header__service")
    assert (attr(service, "href"), text(service)) == ("/apply", "Apply for food assistance")
    assert not select(page, "nav")  # no menu without navigation


def test_service_name_is_required() -> None:
    with pytest.raises(ComponentParamsError, match="service_name"):
        Header()  # type: ignore[call-arg]  # the missing param is the test


def test_agency_name_is_shown() -> None:
    html = Header(service_name="Apply", agency_name="US Department of Agriculture").render()
    agency = one(html, ".fd-header__brand > span.fd-header__agency")
    assert text(agency) == "US Department of Agriculture"


def test_current_page_is_marked_with_aria_current() -> None:
    nav = one(Header(service_name="Apply", navigation=NAVIGATION).render(), "header > nav.fd-header__nav")
    assert attr(nav, "aria-label") == "Main menu"
    assert [attr(a, "href") for a in select(nav, "li > a[aria-current=page]")] == ["#messages"]
    assert len(select(nav, "[aria-current]")) == 1
    item = one(nav, "a[aria-current]").parent
    assert item is not None and "fd-header__nav-item--current" in classes(item)


def test_no_current_page_means_no_aria_current() -> None:
    html = Header(service_name="Apply", navigation=NAVIGATION[:1]).render()
    assert not select(html, "[aria-current]")


def test_extra_html_is_trusted_and_text_is_escaped() -> None:
    html = Header(
        service_name="<i>Apply</i>",
        navigation=[{"text": "<b>Help</b>", "href": "#help"}],
        extra_html=Markup('<a href="#es" lang="es">Español</a>'),
    ).render()
    page = parse(html)
    extra = one(page, "div.fd-header__extra > a[lang=es]")
    assert (attr(extra, "href"), text(extra)) == ("#es", "Español")
    assert text(one(page, ".fd-header__service")) == "<i>Apply</i>"
    assert text(one(page, ".fd-header__nav-link")) == "<b>Help</b>"
    assert not select(page, "i, b")


def test_without_landmark_it_is_a_div() -> None:
    page = parse(Header(service_name="Apply", landmark=False).render())
    assert not select(page, "header")
    assert one(page, "div.fd-header").parent is page


def test_navigation_item_rejects_unknown_keys() -> None:
    with pytest.raises(ComponentParamsError, match=r"navigation\.0\.url"):
        Header(service_name="Apply", navigation=[{"text": "Help", "url": "#help"}])


def test_menu_can_be_given_its_own_name() -> None:
    html = Header(service_name="Apply", navigation=NAVIGATION, navigation_label="Your account").render()
    assert attr(one(html, "header > nav.fd-header__nav"), "aria-label") == "Your account"


def test_menu_name_is_text() -> None:
    html = Header(service_name="Apply", navigation=NAVIGATION, navigation_label='<b>"Menu"</b>').render()
    assert attr(one(html, "nav"), "aria-label") == '<b>"Menu"</b>'
    assert not select(html, "b")


@pytest.mark.parametrize("label", ["", "   ", "\n"])
def test_menu_name_must_have_words(label: str) -> None:
    with pytest.raises(ComponentParamsError, match=r"'navigation_label': .*must have words"):
        Header(service_name="Apply", navigation=NAVIGATION, navigation_label=label)


def test_menu_name_is_in_the_page_language_when_not_given() -> None:
    header = Header(service_name="Apply", navigation=NAVIGATION)
    with use_locale("es"):
        spanish = attr(one(header.render(), "nav"), "aria-label")
        assert spanish == gettext("Main menu") != "Main menu"
    assert attr(one(header.render(), "nav"), "aria-label") == "Main menu"
