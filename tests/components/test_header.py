"""The header: service name, agency, menu with the current page marked, extra slot, landmark choice."""

import re

import pytest
from markupsafe import Markup

from components import ComponentParamsError
from components.header import Header

NAVIGATION = [
    {"text": "Your application", "href": "#your-application"},
    {"text": "Messages", "href": "#messages", "current": True},
]


def test_service_name_links_to_start() -> None:
    html = Header(service_name="Apply for food assistance", service_href="/apply").render()
    assert '<a href="/apply" class="fd-header__service">Apply for food assistance</a>' in html
    assert html.lstrip().startswith('<header class="fd-header"')
    assert "<nav" not in html  # no menu without navigation


def test_service_name_is_required() -> None:
    with pytest.raises(ComponentParamsError, match="service_name"):
        Header()


def test_agency_name_is_shown() -> None:
    html = Header(service_name="Apply", agency_name="US Department of Agriculture").render()
    assert '<span class="fd-header__agency">US Department of Agriculture</span>' in html


def test_current_page_is_marked_with_aria_current() -> None:
    html = Header(service_name="Apply", navigation=NAVIGATION).render()
    assert re.search(r'<nav class="fd-header__nav" aria-label="[^"]+">', html)
    current = re.findall(r'<a href="([^"]+)"[^>]*aria-current="page"', html)
    assert current == ["#messages"]
    assert html.count('aria-current="page"') == 1


def test_no_current_page_means_no_aria_current() -> None:
    html = Header(service_name="Apply", navigation=NAVIGATION[:1]).render()
    assert "aria-current" not in html


def test_extra_html_is_trusted_and_text_is_escaped() -> None:
    html = Header(
        service_name="<i>Apply</i>",
        navigation=[{"text": "<b>Help</b>", "href": "#help"}],
        extra_html=Markup('<a href="#es" lang="es">Español</a>'),
    ).render()
    assert '<div class="fd-header__extra"><a href="#es" lang="es">Español</a></div>' in html
    assert "&lt;i&gt;Apply&lt;/i&gt;" in html
    assert "&lt;b&gt;Help&lt;/b&gt;" in html


def test_without_landmark_it_is_a_div() -> None:
    html = Header(service_name="Apply", landmark=False).render()
    assert "<header" not in html
    assert html.lstrip().startswith('<div class="fd-header"')


def test_navigation_item_rejects_unknown_keys() -> None:
    with pytest.raises(ComponentParamsError, match=r"navigation\.0\.url"):
        Header(service_name="Apply", navigation=[{"text": "Help", "url": "#help"}])
