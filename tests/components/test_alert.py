"""The alert: a non-color cue for every variant, headings at any level, roles by choice, block content."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.alert import Alert
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "alert" / "alert.css").read_text()
PREFIXES = {
    "info": "Information:",
    "success": "Success:",
    "warning": "Warning:",
    "error": "Error:",
    "emergency": "Emergency:",
}


def icon_path(html: str) -> str:
    icon = one(html, ".fd-alert > svg.fd-alert__icon[aria-hidden=true][focusable=false]")
    return attr(one(icon, "path"), "d") or ""


@pytest.mark.parametrize(("variant", "prefix"), PREFIXES.items())
def test_every_variant_has_an_icon_and_a_hidden_prefix(variant: str, prefix: str) -> None:
    html = Alert(variant=variant, text="Read this").render()
    assert classes(one(html, "div.fd-alert")) == ["fd-alert", f"fd-alert--{variant}"]
    assert icon_path(html)
    message = one(html, ".fd-alert__body > p.fd-alert__text")
    assert text(message) == f"{prefix} Read this"
    assert text(one(message, ":scope > span.fd-visually-hidden:first-child")) == prefix


def test_each_variant_has_its_own_icon_shape() -> None:
    paths = {icon_path(Alert(variant=variant, text="x").render()) for variant in PREFIXES}
    assert len(paths) == len(PREFIXES)


@pytest.mark.parametrize("variant", PREFIXES)
def test_every_variant_has_its_own_colors(variant: str) -> None:
    assert "border-inline-start-color" in css_rules(CSS).get(f".fd-alert--{variant}", {}) or variant == "info"


def test_prefix_goes_in_the_heading_when_there_is_one() -> None:
    page = parse(Alert(variant="warning", heading_text="Session ending", text="Save now").render())
    heading = one(page, ".fd-alert__body > h2.fd-alert__heading")
    assert text(heading) == "Warning: Session ending"
    assert one(page, ".fd-visually-hidden").parent is heading
    assert text(one(page, "p.fd-alert__text")) == "Save now"


def test_prefix_is_translated(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Warning:": "Advertencia:"}.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        html = Alert(variant="warning", text="x").render()
    assert text(one(html, ".fd-visually-hidden")) == "Advertencia:"


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    html = Alert(heading_text="Heads up", heading_level=level, text="x").render()
    headings = select(html, "h1, h2, h3, h4, h5, h6")
    assert [(h.name, classes(h)) for h in headings] == [(f"h{level}", ["fd-alert__heading"])]


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Alert(heading_text="Heads up", heading_level=level, text="x")
    assert "'heading_level'" in str(raised.value)


def test_slim_has_no_heading() -> None:
    html = Alert(slim=True, text="Saved").render()
    assert classes(one(html, "div.fd-alert")) == ["fd-alert", "fd-alert--info", "fd-alert--slim"]
    assert not select(html, "h1, h2, h3, h4, h5, h6")
    with pytest.raises(ComponentParamsError) as raised:
        Alert(slim=True, heading_text="Saved", text="x")
    assert "slim" in str(raised.value)
    assert "heading_text" in str(raised.value)


def test_no_role_by_default_because_page_load_content_is_not_an_alert() -> None:
    assert not select(Alert(variant="error", text="x").render(), "[role]")


@pytest.mark.parametrize("role", ["status", "alert"])
def test_caller_chooses_the_role(role: str) -> None:
    assert [attr(e, "role") for e in select(Alert(text="x", role=role).render(), "[role]")] == [role]
    assert attr(one(Alert(text="x", role=role).render(), "[role]"), "class") == "fd-alert fd-alert--info"


def test_other_roles_are_rejected() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Alert(text="x", role="banner")
    assert "'role'" in str(raised.value)


def test_unknown_variant_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Alert(text="x", variant="danger")
    assert "Alert" in str(raised.value)
    assert "'variant'" in str(raised.value)


def test_content_is_required() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Alert(variant="info")
    assert "'text' or 'html'" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    message = one(Alert(text="a <b>").render(), "p.fd-alert__text")
    assert text(message) == "Information: a <b>" and not select(message, "b")
    message = one(Alert(html="<p>a</p>").render(), "div.fd-alert__text")
    assert [child.name for child in message.find_all(recursive=False)] == ["span", "p"]
    assert text(one(message, ":scope > p")) == "a"


def test_block_content_through_call() -> None:
    html = (
        agency_environment().from_string("{% call fd.alert(variant='info') %}<p>Hi</p>{% endcall %}").render()
    )
    assert text(one(html, "div.fd-alert--info > .fd-alert__body > div.fd-alert__text > p")) == "Hi"


def test_css_uses_logical_properties_and_has_forced_colors_rules() -> None:
    assert not PHYSICAL.search(CSS)
    assert any(key.startswith("@media (forced-colors:active) .fd-alert") for key in css_rules(CSS))
