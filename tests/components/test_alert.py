"""The alert: a non-color cue for every variant, headings at any level, roles by choice, block content."""

from __future__ import annotations

import gettext
import re
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.alert import Alert
from tests.components.jinja import agency_environment

CSS = (Path(__file__).parents[2] / "components" / "alert" / "alert.css").read_text()
PREFIXES = {
    "info": "Information:",
    "success": "Success:",
    "warning": "Warning:",
    "error": "Error:",
    "emergency": "Emergency:",
}
PHYSICAL = re.compile(
    r"(margin|padding|border)-(left|right|top|bottom)\b|(?<![-\w])(left|right|top|bottom)\s*:"
    r"|(text-align|float|clear)\s*:\s*(left|right)"
)


def icon_path(html: str) -> str:
    match = re.search(r'<svg class="fd-alert__icon"[^>]*aria-hidden="true"[^>]*><path [^>]*d="([^"]+)"', html)
    assert match, "no aria-hidden icon"
    return match.group(1)


@pytest.mark.parametrize(("variant", "prefix"), PREFIXES.items())
def test_every_variant_has_an_icon_and_a_hidden_prefix(variant: str, prefix: str) -> None:
    html = Alert(variant=variant, text="Read this").render()
    assert f"fd-alert--{variant}" in html
    assert icon_path(html)
    assert f'<span class="fd-visually-hidden">{prefix} </span>Read this</p>' in html


def test_each_variant_has_its_own_icon_shape() -> None:
    paths = {icon_path(Alert(variant=variant, text="x").render()) for variant in PREFIXES}
    assert len(paths) == len(PREFIXES)


@pytest.mark.parametrize("variant", PREFIXES)
def test_every_variant_has_its_own_colors(variant: str) -> None:
    assert re.search(rf"\.fd-alert--{variant}\s*\{{[^}}]*border-inline-start-color", CSS) or variant == "info"


def test_prefix_goes_in_the_heading_when_there_is_one() -> None:
    html = Alert(variant="warning", heading_text="Session ending", text="Save now").render()
    assert (
        '<h2 class="fd-alert__heading"><span class="fd-visually-hidden">Warning: </span>Session ending</h2>'
        in html
    )
    assert html.count("fd-visually-hidden") == 1


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
        assert "Advertencia: </span>" in Alert(variant="warning", text="x").render()


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    html = Alert(heading_text="Heads up", heading_level=level, text="x").render()
    assert f'<h{level} class="fd-alert__heading">' in html
    assert html.count(f"</h{level}>") == 1


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Alert(heading_text="Heads up", heading_level=level, text="x")
    assert "'heading_level'" in str(raised.value)


def test_slim_has_no_heading() -> None:
    html = Alert(slim=True, text="Saved").render()
    assert "fd-alert--slim" in html
    assert "<h" not in html.replace("<html", "")
    with pytest.raises(ComponentParamsError) as raised:
        Alert(slim=True, heading_text="Saved", text="x")
    assert "slim" in str(raised.value)
    assert "heading_text" in str(raised.value)


def test_no_role_by_default_because_page_load_content_is_not_an_alert() -> None:
    assert "role=" not in Alert(variant="error", text="x").render()


@pytest.mark.parametrize("role", ["status", "alert"])
def test_caller_chooses_the_role(role: str) -> None:
    assert f'role="{role}"' in Alert(text="x", role=role).render()


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
    assert "a &lt;b&gt;</p>" in Alert(text="a <b>").render()
    assert (
        '<div class="fd-alert__text"><span class="fd-visually-hidden">Information: </span><p>a</p></div>'
        in (Alert(html="<p>a</p>").render())
    )


def test_block_content_through_call() -> None:
    html = (
        agency_environment().from_string("{% call fd.alert(variant='info') %}<p>Hi</p>{% endcall %}").render()
    )
    assert "<p>Hi</p>" in html
    assert "fd-alert--info" in html


def test_css_uses_logical_properties_and_has_forced_colors_rules() -> None:
    assert not PHYSICAL.search(CSS)
    assert "@media (forced-colors: active)" in CSS
