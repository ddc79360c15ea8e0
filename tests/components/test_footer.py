"""The footer: a landmark with the agency, the federally required links by default, and USA.gov."""

import re

import pytest

import i18n.locale
from components.footer import Footer


class _Shouting:
    """A stand-in catalog: every message comes back in capitals, so a missed gettext shows."""

    def gettext(self, message: str) -> str:
        parts = re.split(r"(%\(\w+\)s)", message)
        return "".join(part if part.startswith("%(") else part.upper() for part in parts)


REQUIRED = [
    ("About us", "/about"),
    ("Accessibility statement", "/accessibility"),
    ("FOIA requests", "/foia"),
    ("No FEAR Act data", "/no-fear-act"),
    ("Office of the Inspector General", "/oig"),
    ("Performance reports", "/performance"),
    ("Privacy policy", "/privacy"),
]


def _links(html: str) -> list[tuple[str, str]]:
    return [
        (text, href)
        for href, text in re.findall(r'<li class="fd-footer__item"><a href="([^"]*)"[^>]*>([^<]*)</a>', html)
    ]


def test_is_a_footer_landmark_with_the_agency() -> None:
    html = Footer(agency_name="Social Security Administration", agency_href="https://www.ssa.gov").render()
    assert html.lstrip().startswith('<footer class="fd-footer"')
    assert html.rstrip().endswith("</footer>")
    assert (
        '<a href="https://www.ssa.gov" class="fd-footer__agency-link">Social Security Administration</a>'
        in html
    )


def test_default_links_are_the_federally_required_ones() -> None:
    html = Footer(agency_name="Social Security Administration", agency_href="https://www.ssa.gov/").render()
    assert _links(html) == [(text, "https://www.ssa.gov" + path) for text, path in REQUIRED]
    assert re.search(r'<nav class="fd-footer__nav" aria-label="[^"]+">', html)


def test_default_links_on_the_same_site() -> None:
    html = Footer(agency_name="US Department of Labor").render()
    assert _links(html) == REQUIRED


def test_own_links_replace_the_defaults() -> None:
    html = Footer(
        agency_name="US Department of Labor", links=[{"text": "Contact us", "href": "#contact"}]
    ).render()
    assert _links(html) == [("Contact us", "#contact")]


def test_no_links_means_no_menu() -> None:
    html = Footer(agency_name="US Department of Labor", links=[]).render()
    assert "<nav" not in html


def test_points_to_usa_gov() -> None:
    html = Footer(agency_name="US Department of Labor").render()
    assert '<a href="https://www.usa.gov/" class="fd-footer__link">USA.gov</a>' in html


def test_text_is_escaped() -> None:
    html = Footer(agency_name="<script>x</script>", links=[{"text": "<b>", "href": "#a"}]).render()
    assert "<script>" not in html
    assert "&lt;b&gt;" in html


def test_labels_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    html = Footer(agency_name="US Department of Labor").render()
    assert [text for text, _ in _links(html)] == [text.upper() for text, _ in REQUIRED]
    assert "FIND OTHER GOVERNMENT SERVICES AND INFORMATION AT <a" in html
    assert 'aria-label="ABOUT THIS AGENCY"' in html
