"""How an example is called, written out as Jinja and as Python for the gallery."""

from __future__ import annotations

import json
from typing import Any


def literal(value: Any, *, python: bool) -> str:
    """Write ``value`` as a literal that both Jinja and Python read back as the same value."""
    if isinstance(value, bool):
        return ("True" if value else "False") if python else ("true" if value else "false")
    if value is None:
        return "None" if python else "none"
    if isinstance(value, str):
        return json.dumps(str(value), ensure_ascii=False)
    if isinstance(value, dict):
        items = ", ".join(f"{json.dumps(str(k))}: {literal(v, python=python)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(item, python=python) for item in value) + "]"
    return repr(value)


def _arguments(params: dict[str, Any], *, python: bool) -> str:
    return ", ".join(f"{key}={literal(value, python=python)}" for key, value in params.items())


def jinja_call(name: str, params: dict[str, Any]) -> str:
    """``{{ fd.name(...) }}`` for the example's params."""
    return "{{ fd." + name + "(" + _arguments(params, python=False) + ") }}"


def python_call(model: type, params: dict[str, Any]) -> str:
    """``from components.name import Model`` and ``Model(...).render()`` for the example's params."""
    module = model.__module__
    call = f"{model.__name__}({_arguments(params, python=True)})"
    return f"from {module} import {model.__name__}\n\nhtml = {call}.render()"
