"""The escaping helpers and the ``fd_attributes`` filter every component's outer element uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from components.markup import escape_output, outer_attributes
from components.registry import registry
from tests.html import attr, classes, one

COMPONENTS = Path(__file__).parents[2] / "components"


@dataclass
class Params:
    classes: str = ""
    attributes: dict[str, Any] | None = field(default_factory=dict)


def test_escape_output_matches_markupsafe() -> None:
    for value in ["<a href='x'>&</a>", Markup("<b>"), 3.5, None]:
        assert str(escape_output(value)) == str(Markup.escape(value))


def test_class_list_is_the_classes_given_then_params_classes() -> None:
    html = outer_attributes(Params(classes="mine other"), "fd-tag", "red")
    assert html == ' class="fd-tag fd-tag--red mine other"'
    assert isinstance(html, Markup)


def test_false_or_empty_modifiers_are_left_out() -> None:
    assert outer_attributes(Params(), "fd-x", False, None, "", "on", 0) == ' class="fd-x fd-x--on"'
    assert outer_attributes(Params(attributes=None), "fd-x") == ' class="fd-x"'


def test_classes_are_escaped_as_text_and_values_as_jinja_would() -> None:
    params = Params(classes='a" onclick="x', attributes={"data-x": '"><script>', "title": Markup("&amp;")})
    element = one(f"<p{outer_attributes(params, '<b>', '&')}></p>", "p")
    assert classes(element) == ["<b>", "<b>--&", 'a"', 'onclick="x']
    assert attr(element, "onclick") is None
    assert attr(element, "data-x") == '"><script>'
    assert attr(element, "title") == "&"


def test_attributes_come_after_the_class_in_order_and_none_is_left_out() -> None:
    params = Params(attributes={"data-b": "2", "data-a": "1", "hidden": None, "aria-label": ""})
    assert outer_attributes(params, "c") == ' class="c" data-b="2" data-a="1" aria-label=""'


@pytest.mark.parametrize("name", ["on click", 'x"', "a>b", "", "1a", "a=b", "a/b"])
def test_invalid_attribute_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="is not a valid HTML attribute name"):
        outer_attributes(Params(attributes={name: "x"}), "fd-x")


def _templates() -> list[Path]:
    return sorted(COMPONENTS.glob("*.html")) + [COMPONENTS / n / f"{n}.html" for n in registry()]


@pytest.mark.parametrize("path", _templates(), ids=lambda path: path.name)
def test_templates_put_classes_and_attributes_on_through_the_filter(path: Path) -> None:
    """No template spells out the classes/attributes idiom by hand."""
    source = path.read_text(encoding="utf-8")
    assert not re.search(r"\b(params|page)\.(classes|attributes)\b", source), path.name
    delegated = {"character_count.html", "checkboxes.html", "radios.html"}  # to textarea, choice_list
    delegated |= {"date_input.html", "memorable_date.html"}  # to date_fields
    assert "|fd_attributes(" in source or path.name in delegated
