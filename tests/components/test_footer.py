"""The footer: a landmark with the agency, the federally required links by default, and USA.gov."""

import re

import pytest

import i18n.locale
from components import ComponentParamsError
from components.footer import Footer
from components.registry import registry
from tests.html import attr, classes, one, parse, select, text


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
    links = select(html, "nav.fd-footer__nav > ul.fd-footer__list > li.fd-footer__item > a.fd-footer__link")
    return [(text(link), attr(link, "href") or "") for link in links]


def test_is_a_footer_landmark_with_the_agency() -> None:
    page = parse(
        Footer(agency_name="Social Security Administration", agency_href="https://www.ssa.gov").render()
    )
    footer = one(page, "footer.fd-footer")
    assert footer.parent is page and len(page.find_all(recursive=False)) == 1  # the whole component
    agency = one(footer, "p.fd-footer__agency > a.fd-footer__agency-link")
    assert (attr(agency, "href"), text(agency)) == ("https://www.ssa.gov", "Social Security Administration")


def test_default_links_are_the_federally_required_ones() -> None:
    html = Footer(agency_name="Social Security Administration", agency_href="https://www.ssa.gov/").render()
    assert _links(html) == [(text, "https://www.ssa.gov" + path) for text, path in REQUIRED]
    assert attr(one(html, "footer nav.fd-footer__nav"), "aria-label") == "About this agency"


def test_default_links_on_the_same_site() -> None:
    html = Footer(agency_name="US Department of Labor").render()
    assert _links(html) == REQUIRED


def test_own_links_replace_the_defaults() -> None:
    html = Footer(
        agency_name="US Department of Labor", links=[{"text": "Contact us", "href": "#contact"}]
    ).render()
    assert _links(html) == [("Contact us", "#contact")]


def test_links_can_be_given_their_own_name() -> None:
    html = Footer(
        agency_name="US Department of Labor", navigation_label="About the Department of Labor"
    ).render()
    assert attr(one(html, "footer nav.fd-footer__nav"), "aria-label") == "About the Department of Labor"
    assert _links(html) == REQUIRED  # the name changes nothing else


@pytest.mark.parametrize("label", ["", " ", "\t"])
def test_links_name_must_have_words(label: str) -> None:
    with pytest.raises(ComponentParamsError, match=r"'navigation_label': .*must have words"):
        Footer(agency_name="US Department of Labor", navigation_label=label)


def test_links_name_is_escaped() -> None:
    html = Footer(agency_name="US Department of Labor", navigation_label='"><b>x</b>').render()
    assert attr(one(html, "nav"), "aria-label") == '"><b>x</b>'
    assert not select(html, "b")


def test_no_links_means_no_menu() -> None:
    html = Footer(agency_name="US Department of Labor", links=[]).render()
    assert not select(html, "nav, ul")


def test_points_to_usa_gov() -> None:
    html = Footer(agency_name="US Department of Labor").render()
    link = one(html, "p.fd-footer__usa-gov > a")
    assert (attr(link, "href"), classes(link), text(link)) == (
        "https://www.usa.gov/",
        ["fd-footer__link"],
        "USA.gov",
    )


def test_text_is_escaped() -> None:
    html = Footer(agency_name="<script>x</script>", links=[{"text": "<b>", "href": "#a"}]).render()
    assert not select(html, "script, b")
    assert text(one(html, ".fd-footer__agency-link")) == "<script>x</script>"
    assert _links(html) == [("<b>", "#a")]


def test_labels_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    html = Footer(agency_name="US Department of Labor").render()
    assert [label for label, _ in _links(html)] == [label.upper() for label, _ in REQUIRED]
    usa_gov = one(html, "p.fd-footer__usa-gov")
    assert text(usa_gov) == "FIND OTHER GOVERNMENT SERVICES AND INFORMATION AT USA.gov ."
    assert one(usa_gov, "a").previous_sibling == "FIND OTHER GOVERNMENT SERVICES AND INFORMATION AT "
    assert attr(one(html, "nav"), "aria-label") == "ABOUT THIS AGENCY"


def test_the_examples_show_the_default_name_and_one_of_their_own() -> None:
    examples = registry()["footer"].examples
    labels = [attr(one(Footer(**e.resolved_params()).render(), "nav"), "aria-label") for e in examples]
    assert labels == ["About this agency", "About the Department of Labor"]
