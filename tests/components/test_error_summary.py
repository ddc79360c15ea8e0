"""The error summary: takes focus on load, is named by its title, and links each error to its field."""

from __future__ import annotations

import gettext
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.error_summary import ErrorSummary
from tests.components.jinja import agency_environment
from tests.html import attr, one, parse, select, text

ERRORS = [
    {"text": "Enter your full name", "href": "#full-name"},
    {"text": "Enter a ZIP code", "href": "#zip-code"},
]


def test_outer_element_takes_focus_on_load_without_javascript() -> None:
    outer = one(ErrorSummary(errors=ERRORS).render(), "div.fd-error-summary")
    assert attr(outer, "tabindex") == "-1"
    assert attr(outer, "autofocus") == ""
    assert attr(outer, "role") == "alert"
    assert attr(outer, "data-fd-error-summary") == ""


def test_disable_auto_focus_drops_autofocus_but_stays_focusable_by_script() -> None:
    outer = one(ErrorSummary(errors=ERRORS, disable_auto_focus=True).render(), "div.fd-error-summary")
    assert attr(outer, "autofocus") is None
    assert attr(outer, "tabindex") == "-1"
    assert attr(outer, "data-fd-error-summary") == ""


def test_summary_is_labelled_by_its_title() -> None:
    outer = one(ErrorSummary(errors=ERRORS, id="problems").render(), "div.fd-error-summary")
    title = one(outer, "h2.fd-error-summary__title")
    assert attr(outer, "id") == "problems"
    assert attr(outer, "aria-labelledby") == attr(title, "id") == "problems-title"


def test_default_title_is_there_is_a_problem() -> None:
    assert text(one(ErrorSummary(errors=ERRORS).render(), "h2")) == "There is a problem"


def test_title_text_is_escaped_and_title_html_is_not() -> None:
    title = one(ErrorSummary(errors=ERRORS, title_text="Fix <em>2</em> things").render(), "h2")
    assert text(title) == "Fix <em>2</em> things" and not select(title, "em")
    title = one(ErrorSummary(errors=ERRORS, title_html="Fix <em>2</em> things").render(), "h2")
    assert text(title) == "Fix 2 things" and text(one(title, "em")) == "2"


def test_each_error_links_to_its_field_in_order() -> None:
    items = select(
        ErrorSummary(errors=ERRORS).render(), "ul.fd-error-summary__list > li.fd-error-summary__item"
    )
    links = [one(item, "a.fd-error-summary__link") for item in items]
    assert [(attr(link, "href"), text(link)) for link in links] == [
        ("#full-name", "Enter your full name"),
        ("#zip-code", "Enter a ZIP code"),
    ]


def test_error_text_is_escaped_and_error_html_is_not() -> None:
    html = ErrorSummary(
        errors=[{"text": "Use <b>", "href": "#a"}, {"html": "Use <abbr>SSN</abbr>", "href": "#b"}]
    ).render()
    first, second = select(html, "a.fd-error-summary__link")
    assert text(first) == "Use <b>" and not select(first, "b")
    assert text(second) == "Use SSN" and text(one(second, "abbr")) == "SSN"


def test_description_text_and_html() -> None:
    html = ErrorSummary(errors=ERRORS, description_text="Fix these & send").render()
    description = one(html, ".fd-error-summary__body > .fd-error-summary__description")
    assert (description.name, text(description)) == ("p", "Fix these & send")
    page = parse(ErrorSummary(errors=ERRORS, description_html="<p>Fix <em>these</em></p>").render())
    description = one(page, ".fd-error-summary__body > .fd-error-summary__description")
    assert description.name == "div" and text(one(description, "p > em")) == "these"
    assert description.find_next_sibling() is one(page, "ul.fd-error-summary__list")


def test_no_list_without_errors() -> None:
    html = ErrorSummary(description_text="Your session ended.").render()
    assert not select(html, "ul")
    assert text(one(html, ".fd-error-summary__description")) == "Your session ended."


def test_error_without_href_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ErrorSummary(errors=[{"text": "Enter your name"}])
    assert "ErrorSummary" in str(raised.value)
    assert "'errors.0.href' is required" in str(raised.value)


def test_error_without_text_or_html_is_rejected() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ErrorSummary(errors=[{"href": "#name"}])
    assert "errors.0" in str(raised.value)


def test_empty_summary_is_rejected() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        ErrorSummary()
    assert "errors" in str(raised.value)


def test_call_from_a_template() -> None:
    html = (
        agency_environment()
        .from_string(
            "{{ fd.error_summary(errors=[{'text': 'Enter a date', 'href': '#date'}],"
            " disable_auto_focus=True) }}"
        )
        .render()
    )
    summary = one(html, "div.fd-error-summary")
    assert [attr(a, "href") for a in select(summary, "li > a")] == ["#date"]
    assert attr(summary, "autofocus") is None


def test_default_title_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"There is a problem": "Hay un problema"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        html = ErrorSummary(errors=ERRORS).render()
    assert text(one(html, "h2.fd-error-summary__title")) == "Hay un problema"
