"""The Jinja environment that renders the component templates, and the switch back to stock Jinja.

One environment serves the process: each template is compiled on first use and kept. It compiles
with our code generator (:mod:`components.codegen`) and renders through :class:`FastRenderer`.
``FRONTDOOR_STOCK_JINJA=1`` in the process environment, or ``stock_jinja=True`` given to
:func:`use_stock_jinja` (or ``components.install``) before the first render, makes it Jinja's own
code generator and ``Template.render`` instead: the way out for a Jinja release our generator does
not follow yet. Both render the same bytes; a test holds them to it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from jinja2 import BaseLoader, Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from markupsafe import Markup, escape

import i18n
from components.codegen import ComponentCodeGenerator
from components.markup import markup, outer_attributes
from components.paths import COMPONENTS_DIR
from components.template_rules import check_template

STOCK_JINJA_VARIABLE = "FRONTDOOR_STOCK_JINJA"
"""The process environment variable that asks for Jinja's own code generation."""

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"", "0", "false", "no", "off"})

Renderer = Callable[[dict[str, Any]], Markup]
"""Renders one template with the variables given (the template's ``{% set %}`` may write to them)."""


def stock_jinja_requested(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether ``FRONTDOOR_STOCK_JINJA`` asks for stock Jinja: ``1``/``true``/``yes``/``on``, or
    ``0``/``false``/``no``/``off``/empty/unset for ours. Any other value is a ``ValueError``."""
    value = environ.get(STOCK_JINJA_VARIABLE, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(
        f"{STOCK_JINJA_VARIABLE}={environ[STOCK_JINJA_VARIABLE]!r}: give 1 (Jinja's own code generator) "
        "or 0 (Front Door's, the default)"
    )


class _ProcessChoice:
    """Which code generation renders components in this process: chosen once, then kept."""

    stock: bool | None = None

    @classmethod
    def get(cls) -> bool:
        if cls.stock is None:
            cls.stock = stock_jinja_requested()
        return cls.stock

    @classmethod
    def set(cls, stock: bool) -> None:
        if cls.stock is not None and cls.stock != stock:
            raise RuntimeError(
                f"components already render with {'stock Jinja' if cls.stock else 'the fast code generator'};"
                " choose stock_jinja before the first component renders"
            )
        cls.stock = stock


def use_stock_jinja(stock: bool) -> None:
    """Choose, for this process, Jinja's own code generation (``True``) or ours (``False``).

    Call it before the first component renders; it overrides ``FRONTDOOR_STOCK_JINJA``. Choosing
    otherwise after a render (or after an earlier choice) is a ``RuntimeError``.
    """
    _ProcessChoice.set(stock)


def uses_stock_jinja() -> bool:
    """Whether components render with stock Jinja in this process (fixed from here on)."""
    return _ProcessChoice.get()


def template_gettext(message: str, **variables: Any) -> str | Markup:
    """Translate for a template. The translation is text (escaped); placeholders are filled with
    escaped text or, where a value is ``Markup`` (an icon, a link), with that markup."""
    text = i18n.gettext(message)
    return escape(text) % variables if variables else text


def template_ngettext(singular: str, plural: str, n: int, **variables: Any) -> Markup:
    """The plural form of a message that fits ``n``, for a template; ``%(num)s`` is ``n``."""
    return escape(i18n.translations_for(i18n.current_locale()).ngettext(singular, plural, n)) % {
        "num": n,
        **variables,
    }


def add_template_helpers(env: Environment) -> None:
    """Give ``env`` what our templates call: gettext bound to the per-request locale (``_``,
    ``gettext``, ``ngettext``) and the ``fd_attributes`` filter (:func:`outer_attributes`).

    Plain functions rather than Jinja's i18n extension: a call costs a fraction of the extension's.
    An environment that already has ``_`` (its own gettext) keeps it.
    """
    if "_" not in env.globals:
        env.globals.update(_=template_gettext, gettext=template_gettext, ngettext=template_ngettext)
    env.filters["fd_attributes"] = outer_attributes


class ComponentEnvironment(Environment):
    """An environment for our templates, with Jinja's own code generation and rendering."""

    def renderer(self, name: str, params_type: type | None = None) -> Renderer:
        """A function that renders the template ``name`` with the variables it is given, once the
        template is checked against the rules for component templates (:mod:`components.template_rules`);
        ``params_type`` is the class of the ``params`` it will be given."""
        check_template(self, name, params_type)
        return self._renderer(self.get_template(name))

    def _renderer(self, template: Template) -> Renderer:
        return lambda variables: markup(template.render(variables))


class FastComponentEnvironment(ComponentEnvironment):
    """An environment for our templates, compiled by :class:`ComponentCodeGenerator` and rendered
    by :class:`FastRenderer`."""

    code_generator_class = ComponentCodeGenerator

    def _renderer(self, template: Template) -> Renderer:
        return FastRenderer(template)


class FastRenderer:
    """Renders one template of the component environment, as often as asked, at the least cost.

    Jinja's own ``render()`` merges the chained globals into a new dict and builds a fresh eval
    context on every call, which costs more than most of our templates do. Here the globals are
    one plain dict kept for every render (Jinja never writes to a context's parent), the variables
    given are the context's own, and one eval context is shared (our templates cannot change it).
    """

    __slots__ = ("_blocks", "_root", "_shared")

    def __init__(self, template: Template) -> None:
        self._root = template.root_render_func
        self._blocks = template.blocks
        self._shared = {
            "parent": dict(template.globals),
            "environment": template.environment,
            "eval_ctx": EvalContext(template.environment, template.name),
            "name": template.name,
            "globals_keys": frozenset(),
            "blocks": {},
        }

    def __call__(self, variables: dict[str, Any]) -> Markup:
        """The template rendered with ``variables`` (written to by its top-level ``{% set %}``)."""
        context = _Context.__new__(_Context)
        context.__dict__ = {**self._shared, "vars": variables, "exported_vars": set()}
        if self._blocks:
            context.blocks = {name: [block] for name, block in self._blocks.items()}
        return markup("".join(self._root(context)))


class _Context(Context):
    """A Jinja context built by :class:`FastRenderer` rather than by ``Context.__init__``."""


def build_environment(loader: BaseLoader, *, stock_jinja: bool) -> ComponentEnvironment:
    """A new environment for templates from ``loader``, with our options and template globals."""
    kind = ComponentEnvironment if stock_jinja else FastComponentEnvironment
    env = kind(
        loader=loader,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        auto_reload=False,
        cache_size=-1,
    )
    add_template_helpers(env)
    return env


def component_environment(*, stock_jinja: bool | None = None) -> ComponentEnvironment:
    """The shared environment of the component templates (under ``components/``).

    ``stock_jinja``: the one compiled by Jinja's own code generator (``True``) or by ours
    (``False``); by default, the one this process renders components with (:func:`uses_stock_jinja`).
    """
    return _shared_environment(uses_stock_jinja() if stock_jinja is None else stock_jinja)


@cache
def _shared_environment(stock_jinja: bool) -> ComponentEnvironment:
    return build_environment(FileSystemLoader(COMPONENTS_DIR), stock_jinja=stock_jinja)
