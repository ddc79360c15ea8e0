"""Tag: a <strong> status label in one of nine colors, each with text contrast well above WCAG AA."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from components import ComponentParamsError
from components.tag import Tag
from tests.components.css import css_rules
from tests.html import classes, one, parse, select, text

RULES = css_rules((Path(__file__).parents[2] / "components" / "tag" / "tag.css").read_text())
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
    page = parse(Tag(text="Received").render())
    tag = one(page, "strong")
    assert tag.parent is page and (classes(tag), text(tag)) == (["fd-tag", "fd-tag--blue"], "Received")


@pytest.mark.parametrize("color", COLORS)
def test_color_modifier(color: str) -> None:
    assert classes(one(Tag(text="x", color=color).render(), "strong")) == ["fd-tag", f"fd-tag--{color}"]


@pytest.mark.parametrize("color", COLORS)
def test_every_color_meets_aa_text_contrast(color: str) -> None:
    rule = RULES[f".fd-tag--{color}"]
    assert re.fullmatch(r"#[0-9a-f]{6}", rule["color"]) and re.fullmatch(r"#[0-9a-f]{6}", rule["background"])
    assert contrast(rule["color"], rule["background"]) >= 4.5


def test_unknown_color_names_the_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Tag(text="x", color="gold")
    assert "Tag" in str(raised.value)
    assert "'color'" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    tag = one(Tag(text="<b>").render(), "strong")
    assert text(tag) == "<b>" and not select(tag, "b")
    tag = one(Tag(html='<span class="fd-visually-hidden">Status: </span>Paid').render(), "strong")
    assert text(tag) == "Status: Paid" and text(one(tag, "span.fd-visually-hidden")) == "Status:"


def test_shape_stays_in_forced_colors() -> None:
    assert RULES["@media (forced-colors:active) .fd-tag"]["border-color"] == "CanvasText"
