"""Accessible Jinja2 components for public services: a validated params model and a template each.

Use them from Python (``Button(text="Continue").render()``) or from any Jinja2 environment after
``components.install(env)`` (``{{ fd.button(text="Continue") }}``).
"""

from jinja2 import ChoiceLoader, Environment, PrefixLoader

from components.base import Component, ComponentParamsError, Example
from components.environment import add_template_helpers, component_environment, use_stock_jinja
from components.namespace import fd

__all__ = [
    "Component",
    "ComponentParamsError",
    "Example",
    "component_environment",
    "fd",
    "install",
    "make_environment",
]


def install(env: Environment, *, stock_jinja: bool | None = None) -> Environment:
    """Make Front Door available in ``env``: the ``fd`` namespace and our templates under ``frontdoor/``.

    Works with Starlette's ``Jinja2Templates(...).env``, Flask's ``app.jinja_env`` and Django's
    Jinja2 backend. The page layout is then ``{% extends "frontdoor/page/page.html" %}``.
    ``stock_jinja=True`` renders components with Jinja's own code generator in this process
    (as ``FRONTDOOR_STOCK_JINJA=1`` does); give it before the first component renders.
    """
    if stock_jinja is not None:
        use_stock_jinja(stock_jinja)
    ours = PrefixLoader({"frontdoor": component_environment().loader}, delimiter="/")  # type: ignore[dict-item]
    env.loader = ChoiceLoader([env.loader, ours]) if env.loader else ours
    add_template_helpers(env)
    env.globals["fd"] = fd
    return env


def make_environment(**options: object) -> Environment:
    """Create a Jinja2 environment with Front Door installed.

    For Django's Jinja2 backend: ``"OPTIONS": {"environment": "components.make_environment"}``.
    """
    return install(Environment(**options))  # type: ignore[arg-type]
