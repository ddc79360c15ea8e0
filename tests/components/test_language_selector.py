"""Language selector: every shipped language by its endonym, lang and hreflang, the current one marked,
a disclosure that works without JavaScript, the toggle, and clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.language_selector import LanguageSelector
from i18n.locales import LOCALES
from tests.components.jinja import agency_environment
from tests.components.test_radios import PHYSICAL, tree

FOLDER = Path(__file__).parents[2] / "components" / "language_selector"
CSS = (FOLDER / "language_selector.css").read_text()
TEMPLATE = (FOLDER / "language_selector.html").read_text()


def href_for(code: str) -> str:
    return f"/{code.lower()}/apply"


def links(selector: LanguageSelector) -> list:
    return tree(selector.render()).find_all("a")


@pytest.mark.parametrize("current", list(LOCALES))
def test_for_locales_offers_every_language_by_its_own_name(current: str) -> None:
    found = links(LanguageSelector.for_locales(current, href_for))
    assert [link.attrs["lang"] for link in found] == list(LOCALES)
    for link in found:
        code = link.attrs["lang"]
        assert link.attrs["hreflang"] == code
        assert link.attrs["href"] == href_for(code)
        assert link.all_text().strip() == LOCALES[code].endonym
    marked = [link.attrs["lang"] for link in found if link.attrs.get("aria-current") == "true"]
    assert marked == [current]


@pytest.mark.parametrize("current", list(LOCALES))
def test_summary_names_the_current_language_in_its_own_language(current: str) -> None:
    root = tree(LanguageSelector.for_locales(current, href_for).render())
    (summary,) = root.find_all("summary")
    (name,) = summary.find_all("span", "fd-language-selector__name")
    assert name.attrs["lang"] == current
    assert name.all_text() == LOCALES[current].endonym
    assert summary.all_text().startswith("Language: ")


def test_current_code_may_be_written_in_any_case_or_with_underscore() -> None:
    found = links(LanguageSelector.for_locales("zh_hant", href_for))
    assert [link.attrs["lang"] for link in found if "aria-current" in link.attrs] == ["zh-Hant"]


def test_list_is_a_native_disclosure_inside_a_labelled_nav() -> None:
    root = tree(LanguageSelector.for_locales("en", href_for).render())
    (nav,) = root.find_all("nav")
    assert nav.attrs["aria-label"] == "Language"
    (details,) = nav.find_all("details")
    assert details.children[0].tag == "summary"
    assert "open" not in details.attrs
    assert len(details.find_all("li")) == len(LOCALES)
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE


def test_label_can_be_changed_so_two_selectors_on_a_page_differ() -> None:
    html = LanguageSelector.for_locales("en", href_for, label="Language, footer").render()
    assert 'aria-label="Language, footer"' in html


def test_toggle_is_one_link_to_the_other_language() -> None:
    selector = LanguageSelector.for_locales("es", href_for, "toggle", codes=["en", "es"])
    root = tree(selector.render())
    assert not root.find_all("details")
    (link,) = root.find_all("a")
    assert link.attrs["lang"] == link.attrs["hreflang"] == "en"
    assert link.attrs["href"] == "/en/apply"
    assert link.all_text() == "English"
    assert "aria-current" not in link.attrs
    assert root.find_all("nav")[0].attrs["aria-label"] == "Language"


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
    assert "<b>" not in html and "&lt;b&gt;English&lt;/b&gt;" in html
    assert 'href="/en?a=1&amp;b=2"' in html


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
    assert 'lang="ar" hreflang="ar">' in html


def test_css_is_logical_with_targets_focus_and_forced_colours() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert re.search(r"\.fd-language-selector__link:focus-visible\s*\{[^}]*var\(--fd-color-focus\)", CSS)
    assert CSS.count("min-block-size: var(--fd-target-size)") >= 2
    assert "@media (forced-colors: active)" in CSS
