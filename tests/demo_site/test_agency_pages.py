"""The pages behind the footer's required links: one per link, in every language, saying what a real
agency's page holds and that the demo agency has none."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from components.footer import REQUIRED_LINK_PATHS
from demo_site import agency_pages, create_app
from i18n.locales import LOCALES
from tests.html import attr, one, parse, select, text

HEADINGS = {
    "about": "About us",
    "foia": "FOIA requests",
    "no_fear_act": "No FEAR Act data",
    "inspector_general": "Office of the Inspector General",
    "performance": "Performance reports",
    "privacy": "Privacy policy",
}
"""Each page's heading: the text of the footer link that leads to it."""


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_a_page_for_every_required_link_the_demo_has_no_other_page_for() -> None:
    assert set(agency_pages.PAGE_KEYS) == set(REQUIRED_LINK_PATHS) - {"accessibility"} == set(HEADINGS)


@pytest.mark.parametrize("key", agency_pages.PAGE_KEYS)
def test_page_has_its_heading_title_and_the_demo_note(client: TestClient, key: str) -> None:
    response = client.get(f"/{REQUIRED_LINK_PATHS[key]}")
    assert response.status_code == 200
    page = parse(response.text)
    assert text(one(page, "main h1")) == HEADINGS[key]
    assert text(one(page, "title")) == f"{HEADINGS[key]} - Front Door"
    paragraphs = [text(p) for p in select(page, "main p")]
    assert len(paragraphs) >= 3, paragraphs
    assert any("Front Door demo agency is not" in p for p in paragraphs), paragraphs


@pytest.mark.parametrize("key", agency_pages.PAGE_KEYS)
def test_every_footer_link_leads_to_its_page_in_every_language(client: TestClient, key: str) -> None:
    for info in LOCALES.values():
        home = parse(client.get(info.url_prefix + "/").text)
        href = f"{info.url_prefix}/{REQUIRED_LINK_PATHS[key]}"
        assert select(home, f"footer a[href='{href}']"), f"no footer link to {href}"
        page = parse(client.get(href).text)
        assert one(page, "main h1")
        assert attr(one(page, "html"), "lang") == info.code


def test_spanish_page_is_in_spanish(client: TestClient) -> None:
    page = parse(client.get("/es/foia").text)
    html = one(page, "html")
    assert attr(html, "lang") == "es" and attr(html, "dir") == "ltr"
    assert text(one(page, "main h1")) != HEADINGS["foia"]


def test_arabic_page_reads_right_to_left(client: TestClient) -> None:
    html = one(parse(client.get("/ar/privacy").text), "html")
    assert attr(html, "lang") == "ar" and attr(html, "dir") == "rtl"


def test_external_links_say_they_lead_to_english_pages(client: TestClient) -> None:
    for key in ("foia", "inspector_general", "performance"):
        links = select(parse(client.get(f"/{REQUIRED_LINK_PATHS[key]}").text), "main a[href^='https://']")
        assert len(links) == 1 and attr(links[0], "hreflang") == "en", key


def test_privacy_page_says_what_the_feedback_widget_keeps_and_for_how_long(client: TestClient) -> None:
    page = parse(client.get("/privacy", params={"lang": "en"}).text)  # whatever an earlier test chose
    items = [text(li) for li in select(page, "main h2 + ul > li")]
    assert any("Social Security numbers" in item for item in items), items
    days = agency_pages.DEFAULT_RETENTION_DAYS
    assert any(f"keep answers for {days:,} days" in item for item in items), items


def test_privacy_page_shows_the_retention_it_is_given() -> None:
    app = create_app()
    demo = Starlette(routes=agency_pages.routes(retention_days=1))
    demo.state.templates = app.state.templates
    page = parse(TestClient(demo).get("/privacy").text)
    assert "It is set to keep answers for 1 day." in text(one(page, "main ul"))
