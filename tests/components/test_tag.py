"""Tag: a <strong> status label in one of nine colors, each with text contrast well above WCAG AA."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.tag import Tag

CSS = (Path(__file__).parents[2] / "components" / "tag" / "tag.css").read_text()
COLORS = typing.get_args(Tag.model_fields["color"].annotation)


def luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_nine_colors() -> None:
    assert set(COLORS) == {"grey", "green", "turquoise", "blue", "purple", "pink", "red", "orange", "yellow"}


def test_is_a_strong_element_blue_by_default() -> None:
    assert Tag(text="Received").render() == '<strong class="fd-tag fd-tag--blue">Received</strong>'


@pytest.mark.parametrize("color", COLORS)
def test_color_modifier(color: str) -> None:
    assert f'class="fd-tag fd-tag--{color}"' in Tag(text="x", color=color).render()


@pytest.mark.parametrize("color", COLORS)
def test_every_color_meets_aa_text_contrast(color: str) -> None:
    rule = re.search(rf"\.fd-tag--{color}\s*\{{([^}}]*)\}}", CSS)
    assert rule, f"no CSS for {color}"
    text = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", rule.group(1))
    background = re.search(r"background:\s*(#[0-9a-f]{6})", rule.group(1))
    assert text and background
    assert contrast(text.group(1), background.group(1)) >= 4.5


def test_unknown_color_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Tag(text="x", color="gold")
    assert "Tag" in str(raised.value)
    assert "'color'" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    assert ">&lt;b&gt;</strong>" in Tag(text="<b>").render()
    assert (
        '><span class="fd-visually-hidden">Status: </span>Paid</strong>'
        in Tag(html='<span class="fd-visually-hidden">Status: </span>Paid').render()
    )


def test_shape_stays_in_forced_colors() -> None:
    forced = CSS[CSS.index("@media (forced-colors: active)") :]
    assert "border-color" in forced
