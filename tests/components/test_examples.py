"""Every example of every component: renders, parses as HTML, escapes text, and validates params."""

from __future__ import annotations

from typing import Any

import pytest
from markupsafe import Markup

from components import ComponentParamsError
from components.registry import registry
from tests.components.structure import assert_well_nested
from tests.html import attr, parse, select

EXAMPLES = [
    pytest.param(info, example, id=f"{name}-{example.slug}")
    for name, info in registry().items()
    for example in info.examples
]
PAYLOAD = "<script>alert('xss')</script>"


@pytest.mark.parametrize(("info", "example"), EXAMPLES)
def test_example_renders_well_formed_html(info: Any, example: Any) -> None:
    html = info.model(**example.resolved_params()).render()
    assert isinstance(html, Markup)
    assert_well_nested(html)
    page = parse(html)
    assert select(page, "[class^=fd-]"), "no element of ours"
    ids = [attr(element, "id") for element in select(page, "[id]")]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"duplicate ids {duplicates}"


def test_every_component_has_examples_css_and_docs() -> None:
    for name, info in registry().items():
        assert info.examples, f"{name} has no examples"
        assert info.css_path.exists(), f"{name} has no {info.css_path.name}"
        assert info.model.__doc__, f"{name} has no docstring"
        for field_name, field in info.model.model_fields.items():
            assert field.description, f"{name}.{field_name} has no description"
        slugs = [example.slug for example in info.examples]
        assert len(slugs) == len(set(slugs)), f"{name} has two examples with one name"


def _text_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every plain-text string in a params tree (not trusted html, not attribute names)."""
    if isinstance(value, dict):
        return [
            found
            for key, item in value.items()
            if not str(key).endswith("html")
            for found in _text_paths(item, (*path, key))
        ]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _text_paths(item, (*path, index))]
    return [path] if isinstance(value, str) and not isinstance(value, Markup) else []


def _replace(tree: Any, path: tuple[Any, ...], new: str) -> Any:
    if not path:
        return new
    copy = dict(tree) if isinstance(tree, dict) else list(tree)
    copy[path[0]] = _replace(tree[path[0]], path[1:], new)
    return copy


@pytest.mark.parametrize(("info", "example"), EXAMPLES)
def test_every_text_param_is_escaped(info: Any, example: Any) -> None:
    params = example.resolved_params()
    for path in _text_paths(params):
        try:
            html = info.model(**_replace(params, path, PAYLOAD)).render()
        except ComponentParamsError:
            continue  # the field only takes certain values: the payload cannot get in at all
        assert not select(html, "script:not([src])"), f"{info.name}.{'.'.join(map(str, path))} is not escaped"


@pytest.mark.parametrize("info", list(registry().values()), ids=list(registry()))
def test_unknown_param_names_component_and_field(info: Any) -> None:
    params = {**info.examples[0].resolved_params(), "no_such_param": 1}
    with pytest.raises(ComponentParamsError) as raised:
        info.model(**params)
    message = str(raised.value)
    assert info.model.__name__ in message
    assert "no_such_param" in message
