"""The back link: "Back" by default in the current language, an arrow that flips, a 44px target."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.back_link import BackLink
from tests.components.css import css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, select, text

RULES = css_rules((Path(__file__).parents[2] / "components" / "back_link" / "back_link.css").read_text())


def test_default_text_is_back() -> None:
    link = one(BackLink(href="#before").render(), "a")
    assert (attr(link, "href"), classes(link), text(link)) == ("#before", ["fd-back-link"], "Back")


def test_default_text_goes_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Back": "Atrás"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        assert text(one(BackLink(href="#before").render(), "a.fd-back-link")) == "Atrás"
    assert text(one(BackLink(href="#before").render(), "a.fd-back-link")) == "Back"


def test_text_is_escaped_and_html_is_not() -> None:
    link = one(BackLink(text="Back to <list>", href="#l").render(), "a")
    assert text(link) == "Back to <list>" and not select(link, "list")
    link = one(BackLink(html="Back to <em>list</em>", href="#l").render(), "a")
    assert text(link) == "Back to list" and text(one(link, "em")) == "list"


def test_href_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        BackLink(text="Back")  # type: ignore[call-arg]  # the missing param is the test
    assert "BackLink" in str(raised.value)
    assert "'href' is required" in str(raised.value)


def test_empty_text_is_rejected() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        BackLink(text="", href="#before")
    assert "'text'" in str(raised.value)


def test_classes_and_attributes() -> None:
    link = one(BackLink(href="#b", classes="extra", attributes={"data-track": "back"}).render(), "a")
    assert classes(link) == ["fd-back-link", "extra"]
    assert attr(link, "data-track") == "back"


def test_call_from_a_template() -> None:
    link = one(agency_environment().from_string("{{ fd.back_link(href='#start') }}").render(), "a")
    assert (attr(link, "href"), classes(link), text(link)) == ("#start", ["fd-back-link"], "Back")


def test_arrow_points_to_the_start_and_flips_in_right_to_left() -> None:
    assert "border-inline-start" in RULES[".fd-back-link::before"]
    assert RULES[".fd-back-link:dir(rtl)::before"]["transform"] == "rotate(45deg)"


def test_target_is_at_least_44px_tall() -> None:
    assert RULES[".fd-back-link"]["min-block-size"] == "var(--fd-target-size)"
