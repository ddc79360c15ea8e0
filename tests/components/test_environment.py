"""The component environment's faster compiled code keeps Jinja's meaning: escaping, tests, lookups."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from components.environment import component_environment
from components.registry import registry
from components.tag import Tag
from i18n import lazy_gettext
from tests.html import attr, one


class WithHtml:
    def __html__(self) -> str:
        return "<b>trusted</b>"


def render(source: str, **context: object) -> str:
    return component_environment().from_string(source).render(**context)


def test_output_is_escaped_unless_it_is_markup() -> None:
    html = render(
        "{{ text }}|{{ safe }}|{{ obj }}|{{ number }}|{{ lazy }}",
        text="<script>&'\"",
        safe=Markup("<i>ok</i>"),
        obj=WithHtml(),
        number=5,
        lazy=lazy_gettext("Back"),
    )
    assert html == "&lt;script&gt;&amp;&#39;&#34;|<i>ok</i>|<b>trusted</b>|5|Back"


def test_inline_tests_keep_their_meaning() -> None:
    source = "{{ x is none }} {{ x is defined }} {{ y is defined }}"
    assert render(source, x=None) == "True True False"
    assert render(source, x=0) == "False True False"


def test_params_are_read_as_attributes_and_dict_params_by_key() -> None:
    tag = Tag(text="Paid", attributes={"data-state": "<paid>"})
    assert attr(one(tag.render(), "strong"), "data-state") == "<paid>"
    assert render('{{ params.attributes["data-state"] }}', params=tag) == "&lt;paid&gt;"


@pytest.mark.parametrize("name", list(registry()))
def test_component_templates_compile_their_includes_in_place(name: str) -> None:
    """The includes our templates use are inlined, not rendered at run time (a render each)."""
    env = component_environment(stock_jinja=False)
    source, _, _ = env.loader.get_source(env, f"{name}/{name}.html")  # type: ignore[union-attr]
    code = env.compile(source, f"{name}/{name}.html", raw=True)
    assert "get_template" not in code
