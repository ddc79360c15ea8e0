"""The identifier: a named region with the agency, its official-website line, the federally required
links (from the footer's list of paths) in a named navigation, USA.gov, and clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import i18n.locale
from components import ComponentParamsError
from components.footer import REQUIRED_LINK_PATHS, Footer
from components.identifier import Identifier
from components.identifier.examples import EXAMPLES
from tests.components.css import PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "identifier"
CSS = (FOLDER / "identifier.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "identifier.html").read_text()
FORCED = "@media (forced-colors:active)"
FOCUS = "var(--fd-focus-width) solid var(--fd-color-focus)"
LINK_CLASSES = (".fd-identifier__link", ".fd-identifier__agency-link", ".fd-identifier__usa-gov-link")
SSA = {"agency_name": "Social Security Administration", "agency_href": "https://www.ssa.gov/"}
REQUIRED = [
    ("About Social Security Administration", "/about"),
    ("Accessibility statement", "/accessibility"),
    ("FOIA requests", "/foia"),
    ("No FEAR Act data", "/no-fear-act"),
    ("Office of the Inspector General", "/oig"),
    ("Performance reports", "/performance"),
    ("Privacy policy", "/privacy"),
]


class _Shouting:
    """A stand-in catalog: every message comes back in capitals, so a missed gettext shows."""

    def gettext(self, message: str) -> str:
        parts = re.split(r"(%\(\w+\)s)", message)
        return "".join(part if part.startswith("%(") else part.upper() for part in parts)


def _links(html: str) -> list[tuple[str, str]]:
    links = select(
        html,
        "section > div > nav.fd-identifier__nav > ul.fd-identifier__list > li.fd-identifier__item"
        " > a.fd-identifier__link",
    )
    return [(text(link), attr(link, "href") or "") for link in links]


def test_a_named_region_with_the_agency_its_links_and_usa_gov() -> None:
    page = parse(Identifier(**SSA).render())
    section = one(page, "section")
    assert section.parent is page and len(page.find_all(recursive=False)) == 1
    assert (classes(section), attr(section, "aria-label")) == (["fd-identifier"], "Agency identifier")
    container = one(section, ":scope > div.fd-identifier__container.fd-width-container")
    assert [classes(child)[0] for child in container.find_all(recursive=False)] == [
        "fd-identifier__masthead",
        "fd-identifier__nav",
        "fd-identifier__usa-gov",
    ]
    statement = one(
        container, ".fd-identifier__masthead > .fd-identifier__identity > p.fd-identifier__statement"
    )
    assert text(statement) == "An official website of the Social Security Administration"
    agency = one(statement, ":scope > a.fd-identifier__agency-link")
    assert (attr(agency, "href"), text(agency)) == ("https://www.ssa.gov/", "Social Security Administration")
    assert attr(one(container, "nav"), "aria-label") == "Agency links"
    assert not select(page, "img, .fd-identifier__domain, h1, h2, h3, h4, h5, h6, footer, header")


def test_default_links_are_the_footers_required_paths_under_the_agency() -> None:
    assert _links(Identifier(**SSA).render()) == [
        (words, "https://www.ssa.gov" + path) for words, path in REQUIRED
    ]
    # The paths are the footer's own constant, in its order: a path added there shows here too.
    assert [path for _, path in REQUIRED] == [f"/{path}" for path in REQUIRED_LINK_PATHS.values()]


def test_default_links_on_the_same_site_and_the_short_name() -> None:
    html = Identifier(agency_name="Social Security Administration", agency_short_name="SSA").render()
    assert _links(html) == [("About SSA", "/about"), *REQUIRED[1:]]
    assert text(one(html, ".fd-identifier__agency-link")) == "Social Security Administration"


def test_same_words_as_the_footer_for_the_same_links() -> None:
    """The identifier and the footer name the required links alike (and share their translations),
    but for the "About" link, which names the agency."""
    footer = select(Footer(agency_name="SSA").render(), ".fd-footer__link")
    footer_words = [text(link) for link in footer if attr(link, "href") != "https://www.usa.gov/"]
    assert footer_words[1:] == [words for words, _ in REQUIRED[1:]]


def test_own_links_replace_the_defaults_and_none_means_no_navigation() -> None:
    html = Identifier(**SSA, links=[{"text": "Contact us", "href": "#contact"}]).render()
    assert _links(html) == [("Contact us", "#contact")]
    empty = Identifier(**SSA, links=[]).render()
    assert not select(empty, "nav, ul, li")
    assert select(empty, ".fd-identifier__statement") and select(empty, ".fd-identifier__usa-gov")


def test_logo_and_domain() -> None:
    html = Identifier(**SSA, domain="ssa.gov", logo={"src": "/seal.svg", "alt": "SSA logo"}).render()
    masthead = one(html, ".fd-identifier__masthead")
    assert [(child.name, classes(child)) for child in masthead.find_all(recursive=False)] == [
        ("img", ["fd-identifier__logo"]),
        ("div", ["fd-identifier__identity"]),
    ]
    logo = one(masthead, "img")
    assert (attr(logo, "src"), attr(logo, "alt")) == ("/seal.svg", "SSA logo")
    # The domain is isolated, so that its dots stay put in a right-to-left sentence.
    assert (
        text(one(masthead, ".fd-identifier__identity > p.fd-identifier__domain:first-child > bdi"))
        == "ssa.gov"
    )


@pytest.mark.parametrize("alt", ["", " ", "\n"])
def test_logo_needs_alt_text(alt: str) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Identifier(**SSA, logo={"src": "/seal.svg", "alt": alt})
    message = str(raised.value)
    assert message.startswith("Identifier: invalid params") and "'logo.alt'" in message
    assert "alt text must say what it shows" in message
    with pytest.raises(ComponentParamsError, match=r"'logo\.alt' is required"):
        Identifier(**SSA, logo={"src": "/seal.svg"})


def test_usa_gov_line_and_its_address() -> None:
    line = one(Identifier(**SSA).render(), "p.fd-identifier__usa-gov")
    assert text(line) == "Looking for U.S. government information and services? Visit USA.gov"
    link = one(line, ":scope > a.fd-identifier__usa-gov-link")
    assert (attr(link, "href"), text(link)) == ("https://www.usa.gov/", "Visit USA.gov")
    spanish = one(
        Identifier(**SSA, usa_gov_href="https://www.usa.gov/es/").render(), ".fd-identifier__usa-gov a"
    )
    assert attr(spanish, "href") == "https://www.usa.gov/es/"
    assert not select(Identifier(**SSA, usa_gov=False).render(), ".fd-identifier__usa-gov, [href*=usa]")


def test_landmark_names_are_params_and_must_have_words() -> None:
    html = Identifier(**SSA, label="SSA identifier", navigation_label="SSA links").render()
    assert (attr(one(html, "section"), "aria-label"), attr(one(html, "nav"), "aria-label")) == (
        "SSA identifier",
        "SSA links",
    )
    for field in ("label", "navigation_label"):
        with pytest.raises(ComponentParamsError, match=rf"'{field}': .*must have words"):
            Identifier(**SSA, **{field: " "})


def test_default_names_are_not_the_footers() -> None:
    footer = attr(one(Footer(agency_name="SSA").render(), "nav"), "aria-label")
    html = Identifier(**SSA).render()
    names = {attr(one(html, "section"), "aria-label"), attr(one(html, "nav"), "aria-label")}
    assert footer not in names and len(names) == 2


def test_errors_name_the_component_and_field() -> None:
    with pytest.raises(ComponentParamsError, match="'agency_name' is required"):
        Identifier()  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError, match=r"'links\.0\.url' is not a param of Identifier"):
        Identifier(**SSA, links=[{"text": "About", "url": "/about"}])
    with pytest.raises(ComponentParamsError, match="'agency_short_name'"):
        Identifier(**SSA, agency_short_name="")
    with pytest.raises(ComponentParamsError, match=r"'logo\.source' is not a param of Identifier"):
        Identifier(**SSA, logo={"source": "/seal.svg", "alt": "Seal"})


def test_text_is_escaped() -> None:
    html = Identifier(
        agency_name="<script>x</script>",
        agency_short_name="<b>",
        domain="<i>d</i>",
        logo={"src": "/a.svg?x=1&y=2", "alt": '"><b>'},
        label="<i>",
    ).render()
    page = parse(html)
    assert not select(page, "script, b, i")
    assert text(one(page, ".fd-identifier__agency-link")) == "<script>x</script>"
    assert _links(html)[0][0] == "About <b>"
    assert (attr(one(page, "img"), "alt"), attr(one(page, "img"), "src")) == ('"><b>', "/a.svg?x=1&y=2")
    assert text(one(page, ".fd-identifier__domain")) == "<i>d</i>"
    assert attr(one(page, "section"), "aria-label") == "<i>"


def test_words_go_through_gettext(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    html = Identifier(**SSA).render()
    assert attr(one(html, "section"), "aria-label") == "AGENCY IDENTIFIER"
    assert attr(one(html, "nav"), "aria-label") == "AGENCY LINKS"
    assert [words for words, _ in _links(html)] == [
        "ABOUT Social Security Administration",
        *(words.upper() for words, _ in REQUIRED[1:]),
    ]
    statement = one(html, ".fd-identifier__statement")
    assert one(statement, "a").previous_sibling == "AN OFFICIAL WEBSITE OF THE "
    assert (
        text(one(statement, "a")) == "Social Security Administration"
    )  # the agency's name is not translated
    assert text(one(html, ".fd-identifier__usa-gov")) == (
        "LOOKING FOR U.S. GOVERNMENT INFORMATION AND SERVICES? VISIT USA.GOV"
    )


def test_placeholders_have_translator_notes() -> None:
    source = (FOLDER / "__init__.py").read_text()
    assert "# Translators: a link to the page about the agency" in source
    assert re.search(
        r"\{# Translators: [^#]*%\(agency\)s[^#]*#\}\n<p class=\"fd-identifier__statement\">", TEMPLATE
    )


def test_classes_attributes_and_call_from_a_template() -> None:
    section = one(Identifier(**SSA, classes="extra", attributes={"data-track": "id"}).render(), "section")
    assert classes(section) == ["fd-identifier", "extra"] and attr(section, "data-track") == "id"
    html = agency_environment().from_string("{{ fd.identifier(agency_name='SSA', links=[]) }}").render()
    assert text(one(html, ".fd-identifier__statement")) == "An official website of the SSA"


def test_the_examples_name_each_landmark_once() -> None:
    names = [
        attr(element, "aria-label")
        for example in EXAMPLES
        for element in select(Identifier(**example.resolved_params()).render(), "section, nav")
    ]
    assert len(names) == len(set(names)) and "About this agency" not in names


def test_list_links_are_44px_and_every_link_has_a_visible_focus() -> None:
    assert RULES[".fd-identifier__link"]["min-block-size"] == "var(--fd-target-size)"
    for selector in LINK_CLASSES:
        assert focus_style(selector, RULES)["outline"] == FOCUS
        assert focus_style(selector, RULES, FORCED)["outline-color"] == "Highlight"
        assert RULES[selector]["text-decoration"] == "underline"


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[f"{FORCED} .fd-identifier__masthead"]["border-block-end-color"] == "CanvasText"
    assert RULES[f"{FORCED} .fd-identifier__usa-gov"]["border-block-start-color"] == "CanvasText"
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
