"""Warning text: bold words after a hidden, translated prefix, beside an icon screen readers skip."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.warning_text import WarningText
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "warning_text" / "warning_text.css").read_text()


def test_icon_then_strong_text_with_a_hidden_prefix() -> None:
    warning = one(WarningText(text="You can be fined").render(), "div")
    assert (classes(warning), attr(warning, "id")) == (["fd-warning-text"], None)
    assert [(e.name, classes(e)) for e in warning.find_all(recursive=False)] == [
        ("svg", ["fd-warning-text__icon"]),
        ("strong", ["fd-warning-text__text"]),
    ]
    words = one(warning, "strong")
    assert text(words) == "Warning: You can be fined"
    assert text(one(words, ":scope > span.fd-visually-hidden:first-child")) == "Warning:"


def test_icon_is_decorative_and_not_focusable() -> None:
    icon = one(WarningText(text="x").render(), "svg.fd-warning-text__icon")
    assert (attr(icon, "aria-hidden"), attr(icon, "focusable")) == ("true", "false")
    assert not select(icon, "title, desc, text")
    assert attr(one(icon, "path"), "fill") == "currentColor"


def test_prefix_is_in_the_current_language(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Warning:": "Advertencia:"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        html = WarningText(text="x").render()
    assert text(one(html, "strong > .fd-visually-hidden")) == "Advertencia:"


def test_own_prefix_replaces_the_default() -> None:
    html = WarningText(text="Bring your ID", prefix_text="Important:").render()
    assert [text(e) for e in select(html, ".fd-visually-hidden")] == ["Important:"]
    assert text(one(html, "strong")) == "Important: Bring your ID"


def test_empty_prefix_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        WarningText(text="x", prefix_text="")
    assert str(raised.value).startswith("WarningText: invalid params")
    assert "'prefix_text'" in str(raised.value)


def test_content_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        WarningText(id="fine")
    assert "WarningText" in str(raised.value)
    assert "'text' or 'html'" in str(raised.value)


def test_text_and_prefix_are_escaped_and_html_is_not() -> None:
    page = parse(WarningText(text="a <b>", prefix_text="<i>").render())
    assert not select(page, "b, i")
    assert text(one(page, "strong")) == "<i> a <b>"
    strong = one(WarningText(html='Pay now. <a href="#pay">How to pay</a>').render(), "strong")
    assert [e.name for e in strong.find_all(recursive=False)] == ["span", "a"]
    assert (attr(one(strong, "a"), "href"), text(one(strong, "a"))) == ("#pay", "How to pay")


def test_id_classes_and_attributes_go_on_the_outer_element() -> None:
    html = WarningText(text="x", id="fine", classes="app-x", attributes={"data-y": "1"}).render()
    warning = one(html, "div#fine")
    assert (classes(warning), attr(warning, "data-y")) == (["fd-warning-text", "app-x"], "1")


def test_block_content_through_call() -> None:
    html = (
        agency_environment().from_string("{% call fd.warning_text() %}Pay <em>now</em>{% endcall %}").render()
    )
    assert text(one(html, "div.fd-warning-text > strong.fd-warning-text__text > em")) == "now"


def test_css_icon_shows_in_forced_colors_and_uses_logical_properties() -> None:
    rules = css_rules(CSS)
    assert not PHYSICAL.search(CSS)
    assert rules["@media (forced-colors:active) .fd-warning-text__icon"]["color"] == "CanvasText"
    assert rules[".fd-warning-text__text"]["font-weight"] == "var(--fd-font-weight-bold)"
    assert rules[".fd-warning-text__icon"]["flex-shrink"] == "0"
