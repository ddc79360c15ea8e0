"""Accessible Jinja2 components for public services: a validated params model and a template each.

Use them from Python (``Button(text="Continue").render()``) or from any Jinja2 environment after
``components.install(env)`` (``{{ fd.button(text="Continue") }}``).
"""

from jinja2 import ChoiceLoader, Environment, PrefixLoader

from components.base import Component, ComponentParamsError, Example
from components.environment import environment
from components.namespace import fd

__all__ = [
    "Component",
    "ComponentParamsError",
    "Example",
    "environment",
    "fd",
    "install",
    "make_environment",
]


def install(env: Environment) -> Environment:
    """Make Front Door available in ``env``: the ``fd`` namespace and our templates under ``frontdoor/``.

    Works with Starlette's ``Jinja2Templates(...).env``, Flask's ``app.jinja_env`` and Django's
    Jinja2 backend. The page layout is then ``{% extends "frontdoor/page/page.html" %}``.
    """
    from components.environment import configure

    ours = PrefixLoader({"frontdoor": environment().loader}, delimiter="/")  # type: ignore[dict-item]
    env.loader = ChoiceLoader([env.loader, ours]) if env.loader else ours
    configure(env)
    return env


def make_environment(**options: object) -> Environment:
    """Create a Jinja2 environment with Front Door installed.

    For Django's Jinja2 backend: ``"OPTIONS": {"environment": "components.make_environment"}``.
    """
    return install(Environment(**options))  # type: ignore[arg-type]
