"""A component template that breaks a rule is refused when it loads, naming template, line and rule."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, pass_context
from jinja2.runtime import Context
from pydantic import BaseModel

from components import Component
from components.environment import ComponentEnvironment, build_environment, component_environment
from components.registry import registry
from components.template_rules import (
    DICT_WITH_BRACKETS,
    KNOWN_ATTRIBUTES,
    METHODS_WITHOUT_CONTEXT,
    NO_AUTOESCAPE,
    TemplateRuleError,
    check_template,
)


class Hint(BaseModel):
    text: str = "hint"


class Item(BaseModel):
    label: str = "item"
    data: dict[str, str] = {}


class Model(BaseModel):
    text: str = "text"
    attributes: dict[str, str] = {"id": "x"}
    hint: Hint | None = None
    items: list[Item] = []

    @property
    def first(self) -> Item | None:
        return self.items[0] if self.items else None

    def describe(self) -> str:
        return self.text

    @pass_context
    def from_context(self, context: Context) -> str:
        return str(context.name)


def environment(stock_jinja: bool, **templates: str) -> ComponentEnvironment:
    return build_environment(DictLoader(templates), stock_jinja=stock_jinja)


BOTH = pytest.mark.parametrize("stock_jinja", [False, True], ids=["fast", "stock"])


@BOTH
@pytest.mark.parametrize(
    ("templates", "where", "rule", "detail"),
    [
        ({"t.html": "<p>\n{{ params.attributes.id }}</p>"}, "t.html, line 2", DICT_WITH_BRACKETS, "'.id'"),
        (
            {"t.html": "{% set a = params.attributes %}\n\n{{ a.id }}"},
            "t.html, line 3",
            DICT_WITH_BRACKETS,
            "'.id' reads a dict",
        ),
        (
            {"t.html": "{% for item in params.items %}{{ item.data.key }}{% endfor %}"},
            "t.html, line 1",
            DICT_WITH_BRACKETS,
            "'.key'",
        ),
        (
            {
                "t.html": "{% with params=params.hint %}{% include 'part.html' %}{% endwith %}",
                "part.html": "ok\n{{ params.text }}\n{{ params.txt }}",
            },
            "part.html, line 3",
            KNOWN_ATTRIBUTES,
            "Hint has no attribute 'txt'",
        ),
        ({"t.html": "{{ params.txt }}"}, "t.html, line 1", KNOWN_ATTRIBUTES, "Model has no attribute 'txt'"),
        (
            {"t.html": "{% if params.first %}\n{{ params.first.lable }}{% endif %}"},
            "t.html, line 2",
            KNOWN_ATTRIBUTES,
            "Item has no attribute 'lable'",
        ),
        (
            {"t.html": "a\n{% autoescape false %}{{ params.text }}{% endautoescape %}"},
            "t.html, line 2",
            NO_AUTOESCAPE,
            "{% autoescape %}",
        ),
        (
            {"t.html": "{{ params.from_context() }}"},
            "t.html, line 1",
            METHODS_WITHOUT_CONTEXT,
            "from_context",
        ),
    ],
)
def test_a_template_that_breaks_a_rule_is_refused(
    stock_jinja: bool, templates: dict[str, str], where: str, rule: str, detail: str
) -> None:
    env = environment(stock_jinja, **templates)
    with pytest.raises(TemplateRuleError) as raised:
        env.renderer("t.html", params_type=Model)
    message = raised.value.message or ""
    assert message.startswith(where + ": "), message
    assert detail in message
    assert message.endswith("rule: " + rule)
    assert raised.value.rule == rule


@BOTH
def test_a_template_that_keeps_the_rules_renders(stock_jinja: bool) -> None:
    source = (
        '{{ params.attributes["id"] }}|{{ params.attributes|xmlattr }}|{{ params.text.upper() }}'
        "|{% if params.hint %}{{ params.hint.text }}{% endif %}|{{ params.describe() }}"
        "|{% for item in params.items %}{{ item.label }}{{ item.data['k'] }}{% endfor %}"
        "|{% set mixed = params.hint if params.hint else {'text': 'dict'} %}{{ mixed.text }}"
        "|{% with params={'text': 'a dict'} %}{{ params.text }}{% endwith %}|{{ context_value.anything }}"
    )
    render = environment(stock_jinja, **{"t.html": source}).renderer("t.html", params_type=Model)
    model = Model(items=[Item(data={"k": "v"})], hint=Hint())
    html = render({"params": model, "context_value": {"anything": "ctx"}})
    assert html == 'x| id="x"|TEXT|hint|text|itemv|hint|a dict|ctx'


def test_the_fast_generator_refuses_autoescape_in_any_template() -> None:
    env = environment(False)
    with pytest.raises(TemplateRuleError, match=r"rule: no \{% autoescape %\}"):
        env.from_string("{% autoescape false %}x{% endautoescape %}")


@pytest.mark.parametrize("name", list(registry()))
def test_every_component_template_keeps_the_rules(name: str) -> None:
    check_template(component_environment(), f"{name}/{name}.html", registry()[name].model)


def test_a_component_checks_its_template_when_it_first_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(Component):
        """A component whose template reads its attributes with a dot."""

    Broken.component_name = "broken"
    env = environment(False, **{"broken/broken.html": "<p{{ params.attributes.id }}>"})
    monkeypatch.setattr("components.base.component_environment", lambda: env)
    with pytest.raises(TemplateRuleError, match=r"^broken/broken.html, line 1: '.id' reads a dict"):
        Broken().render()


def test_without_a_params_type_only_the_rules_that_need_no_types_are_checked() -> None:
    environment(False, **{"t.html": "{{ params.attributes.id }}"}).renderer("t.html")  # loads
    env = environment(False, **{"t.html": "{% autoescape true %}{% endautoescape %}"})
    with pytest.raises(TemplateRuleError, match=r"t\.html, line 1"):
        env.renderer("t.html")
