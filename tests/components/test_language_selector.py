"""Language selector: every shipped language by its endonym, lang and hreflang, the current one marked,
a disclosure that works without JavaScript, the toggle, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import ComponentParamsError
from components.language_selector import LanguageSelector
from i18n.locales import LOCALES
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.html import attr, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "language_selector"
CSS = (FOLDER / "language_selector.css").read_text()
TEMPLATE = (FOLDER / "language_selector.html").read_text()


def href_for(code: str) -> str:
    return f"/{code.lower()}/apply"


def links(selector: LanguageSelector) -> list:
    return select(selector.render(), "a")


@pytest.mark.parametrize("current", list(LOCALES))
def test_for_locales_offers_every_language_by_its_own_name(current: str) -> None:
    found = links(LanguageSelector.for_locales(current, href_for))
    assert [attr(link, "lang") for link in found] == list(LOCALES)
    for link in found:
        code = attr(link, "lang") or ""
        assert (attr(link, "hreflang"), attr(link, "href")) == (code, href_for(code))
        assert text(one(link, ".fd-language-selector__name")) == LOCALES[code].endonym
    marked = [attr(link, "lang") for link in found if attr(link, "aria-current") == "true"]
    assert marked == [current]


@pytest.mark.parametrize("current", list(LOCALES))
def test_summary_names_the_current_language_in_its_own_language(current: str) -> None:
    summary = one(LanguageSelector.for_locales(current, href_for).render(), "details > summary")
    name = one(summary, "span.fd-language-selector__name")
    assert attr(name, "lang") == current
    assert text(name) == LOCALES[current].endonym
    assert text(summary) == f"Language: {LOCALES[current].endonym}"


def test_current_code_may_be_written_in_any_case_or_with_underscore() -> None:
    found = links(LanguageSelector.for_locales("zh_hant", href_for))
    assert [attr(link, "lang") for link in found if attr(link, "aria-current")] == ["zh-Hant"]


def test_list_is_a_native_disclosure_inside_a_labelled_nav() -> None:
    nav = one(LanguageSelector.for_locales("en", href_for).render(), "nav.fd-language-selector")
    assert attr(nav, "aria-label") == "Language"
    details = one(nav, ":scope > details")
    assert [child.name for child in details.find_all(recursive=False)] == ["summary", "ul"]
    assert attr(details, "open") is None
    assert len(select(details, "ul > li > a")) == len(LOCALES)
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE


def test_label_can_be_changed_so_two_selectors_on_a_page_differ() -> None:
    html = LanguageSelector.for_locales("en", href_for, label="Language, footer").render()
    assert attr(one(html, "nav"), "aria-label") == "Language, footer"


def test_toggle_is_one_link_to_the_other_language() -> None:
    selector = LanguageSelector.for_locales("es", href_for, "toggle", codes=["en", "es"])
    page = parse(selector.render())
    assert not select(page, "details")
    link = one(page, "nav > a.fd-language-selector__toggle")
    assert attr(link, "lang") == attr(link, "hreflang") == "en"
    assert attr(link, "href") == "/en/apply"
    assert text(link) == "English"
    assert attr(link, "aria-current") is None
    assert attr(one(page, "nav"), "aria-label") == "Language"


def test_toggle_needs_two_languages_one_current() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        LanguageSelector.for_locales("en", href_for, "toggle")
    assert "LanguageSelector" in str(raised.value) and "toggle" in str(raised.value)
    two = [
        {"code": "en", "name": "English", "href": "/en"},
        {"code": "es", "name": "Español", "href": "/es"},
    ]
    with pytest.raises(ComponentParamsError, match="current"):
        LanguageSelector(variant="toggle", languages=two)


def test_two_current_languages_and_repeated_codes_are_refused() -> None:
    english = {"code": "en", "name": "English", "href": "/en", "current": True}
    spanish = {"code": "es", "name": "Español", "href": "/es", "current": True}
    with pytest.raises(ComponentParamsError, match="at most one"):
        LanguageSelector(languages=[english, spanish])
    with pytest.raises(ComponentParamsError, match="repeated: en"):
        LanguageSelector(languages=[english, {**english, "code": "EN", "current": False}])


def test_code_must_be_a_bcp47_tag() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        LanguageSelector(
            languages=[
                {"code": "zh_Hant", "name": "繁體中文", "href": "/zh-hant"},
                {"code": "en", "name": "English", "href": "/en"},
            ]
        )
    assert "'languages.0.code'" in str(raised.value)


def test_unknown_locale_is_named() -> None:
    with pytest.raises(ValueError, match="'xx'"):
        LanguageSelector.for_locales("xx", href_for)
    with pytest.raises(ValueError, match="xx"):
        LanguageSelector.for_locales("en", href_for, codes=["en", "xx"])


def test_names_are_escaped() -> None:
    html = LanguageSelector(
        languages=[
            {"code": "en", "name": "<b>English</b>", "href": "/en?a=1&b=2", "current": True},
            {"code": "es", "name": "Español", "href": "/es"},
        ]
    ).render()
    page = parse(html)
    assert not select(page, "b")
    assert text(one(page, "summary .fd-language-selector__name")) == "<b>English</b>"
    assert attr(one(page, "a[lang=en]"), "href") == "/en?a=1&b=2"
    assert 'href="/en?a=1&amp;b=2"' in html  # the ampersand escaped in the attribute


def test_works_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string("{{ fd.language_selector(languages=languages) }}")
        .render(
            languages=[
                {"code": "en", "name": "English", "href": "/en", "current": True},
                {"code": "ar", "name": "العربية", "href": "/ar"},
            ]
        )
    )
    arabic = one(html, "nav details li > a[lang=ar]")
    assert (attr(arabic, "hreflang"), attr(arabic, "href"), text(arabic)) == ("ar", "/ar", "العربية")


def test_css_is_logical_with_targets_focus_and_forced_colours() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    rules = css_rules(CSS)
    assert focus_style(".fd-language-selector__link", rules)["outline"] == FOCUS_RING
    targets = [key for key, rule in rules.items() if rule.get("min-block-size") == "var(--fd-target-size)"]
    assert {".fd-language-selector__summary", ".fd-language-selector__link"} <= set(targets)
    assert any(key.startswith("@media (forced-colors:active) ") for key in rules)
