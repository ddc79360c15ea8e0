"""The back link: "Back" by default in the current language, an arrow that flips, a 44px target."""

from __future__ import annotations

import gettext
import re
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.back_link import BackLink
from tests.components.jinja import agency_environment

CSS = (Path(__file__).parents[2] / "components" / "back_link" / "back_link.css").read_text()


def test_default_text_is_back() -> None:
    assert BackLink(href="#before").render() == '<a href="#before" class="fd-back-link">Back</a>'


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
        assert ">Atrás</a>" in BackLink(href="#before").render()
    assert ">Back</a>" in BackLink(href="#before").render()


def test_text_is_escaped_and_html_is_not() -> None:
    assert ">Back to &lt;list&gt;</a>" in BackLink(text="Back to <list>", href="#l").render()
    assert ">Back to <em>list</em></a>" in BackLink(html="Back to <em>list</em>", href="#l").render()


def test_href_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        BackLink(text="Back")
    assert "BackLink" in str(raised.value)
    assert "'href' is required" in str(raised.value)


def test_empty_text_is_rejected() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        BackLink(text="", href="#before")
    assert "'text'" in str(raised.value)


def test_classes_and_attributes() -> None:
    html = BackLink(href="#b", classes="extra", attributes={"data-track": "back"}).render()
    assert 'class="fd-back-link extra"' in html
    assert 'data-track="back"' in html


def test_call_from_a_template() -> None:
    html = agency_environment().from_string("{{ fd.back_link(href='#start') }}").render()
    assert html == '<a href="#start" class="fd-back-link">Back</a>'


def test_arrow_points_to_the_start_and_flips_in_right_to_left() -> None:
    assert re.search(r"\.fd-back-link::before\s*\{[^}]*border-inline-start:", CSS)
    assert re.search(r"\.fd-back-link:dir\(rtl\)::before\s*\{[^}]*transform:\s*rotate\(45deg\)", CSS)


def test_target_is_at_least_44px_tall() -> None:
    assert re.search(r"\.fd-back-link\s*\{[^}]*min-block-size:\s*var\(--fd-target-size\)", CSS)
