"""The error summary: takes focus on load, is named by its title, and links each error to its field."""

from __future__ import annotations

import gettext
from html.parser import HTMLParser
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.error_summary import ErrorSummary
from tests.components.jinja import agency_environment

ERRORS = [
    {"text": "Enter your full name", "href": "#full-name"},
    {"text": "Enter a ZIP code", "href": "#zip-code"},
]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str, tag: str) -> list[dict[str, str | None]]:
    parser = _Elements()
    parser.feed(str(html))
    return [attrs for name, attrs in parser.found if name == tag]


def test_outer_element_takes_focus_on_load_without_javascript() -> None:
    html = ErrorSummary(errors=ERRORS).render()
    outer = elements(html, "div")[0]
    assert outer["tabindex"] == "-1"
    assert "autofocus" in outer
    assert outer["role"] == "alert"
    assert "data-fd-error-summary" in outer


def test_disable_auto_focus_drops_autofocus_but_stays_focusable_by_script() -> None:
    outer = elements(ErrorSummary(errors=ERRORS, disable_auto_focus=True).render(), "div")[0]
    assert "autofocus" not in outer
    assert outer["tabindex"] == "-1"
    assert "data-fd-error-summary" in outer


def test_summary_is_labelled_by_its_title() -> None:
    html = ErrorSummary(errors=ERRORS, id="problems").render()
    outer = elements(html, "div")[0]
    (title,) = elements(html, "h2")
    assert outer["id"] == "problems"
    assert outer["aria-labelledby"] == title["id"] == "problems-title"


def test_default_title_is_there_is_a_problem() -> None:
    assert "There is a problem</h2>" in ErrorSummary(errors=ERRORS).render()


def test_title_text_is_escaped_and_title_html_is_not() -> None:
    assert "Fix &lt;2&gt; things</h2>" in ErrorSummary(errors=ERRORS, title_text="Fix <2> things").render()
    assert (
        "Fix <em>2</em> things</h2>"
        in ErrorSummary(errors=ERRORS, title_html="Fix <em>2</em> things").render()
    )


def test_each_error_links_to_its_field_in_order() -> None:
    html = ErrorSummary(errors=ERRORS).render()
    links = elements(html, "a")
    assert [link["href"] for link in links] == ["#full-name", "#zip-code"]
    assert '<a class="fd-error-summary__link" href="#full-name">Enter your full name</a>' in html


def test_error_text_is_escaped_and_error_html_is_not() -> None:
    html = ErrorSummary(
        errors=[{"text": "Use <b>", "href": "#a"}, {"html": "Use <abbr>SSN</abbr>", "href": "#b"}]
    ).render()
    assert "Use &lt;b&gt;" in html
    assert "Use <abbr>SSN</abbr>" in html


def test_description_text_and_html() -> None:
    assert (
        '<p class="fd-error-summary__description">Fix these &amp; send</p>'
        in ErrorSummary(errors=ERRORS, description_text="Fix these & send").render()
    )
    html = ErrorSummary(errors=ERRORS, description_html="<p>Fix <em>these</em></p>").render()
    assert '<div class="fd-error-summary__description"><p>Fix <em>these</em></p></div>' in html


def test_no_list_without_errors() -> None:
    html = ErrorSummary(description_text="Your session ended.").render()
    assert "<ul" not in html
    assert "Your session ended." in html


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
    assert 'href="#date"' in html
    assert "autofocus" not in html


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
    assert "Hay un problema</h2>" in html
