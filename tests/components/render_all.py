"""Render every example of every component, in English and Arabic, and print them as JSON.

Run in a fresh process (``python -m tests.components.render_all``) so that the code generation it
renders with is the one ``FRONTDOOR_STOCK_JINJA`` (or ``--install-stock``) chooses there. With
``--forbid-fast``, any use of the fast code generator or renderer fails the run.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, NoReturn

from jinja2 import DictLoader, Environment

import components
from components import codegen, environment
from components.page import Page
from components.registry import registry
from i18n import use_locale

AGENCY_PAGE = (
    '{% extends "frontdoor/page/page.html" %}{% block content %}{{ fd.button(text="Go") }}{% endblock %}'
)


def render_examples() -> dict[str, str]:
    """Every example's HTML by ``locale/component/example``, and an agency page that extends ours."""
    rendered: dict[str, str] = {}
    agency = components.install(Environment(loader=DictLoader({"start.html": AGENCY_PAGE}), autoescape=True))
    for locale in ("en", "ar"):
        with use_locale(locale):
            for name, info in registry().items():
                for example in info.examples:
                    html = info.model(**example.resolved_params()).render()
                    rendered[f"{locale}/{name}/{example.slug}"] = str(html)
            page = Page(title="Start", service_name="Benefits", agency_name="USDA")
            rendered[f"{locale}/agency-page"] = agency.get_template("start.html").render(page=page)
    return rendered


def _forbidden(*args: Any, **kwargs: Any) -> NoReturn:
    raise AssertionError("the fast code generator or renderer was used")


def main() -> None:
    """Print ``{"generator": ..., "rendered": {...}}``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--forbid-fast", action="store_true", help="fail on any use of the fast path")
    parser.add_argument("--install-stock", action="store_true", help="components.install(stock_jinja=True)")
    args = parser.parse_args()
    if args.forbid_fast:
        codegen.ComponentCodeGenerator.visit_Template = _forbidden  # type: ignore[method-assign]
        environment.FastRenderer.__init__ = _forbidden  # type: ignore[method-assign]
    if args.install_stock:
        components.install(Environment(), stock_jinja=True)
    rendered = render_examples()
    generator = components.component_environment().code_generator_class
    print(json.dumps({"generator": f"{generator.__module__}.{generator.__name__}", "rendered": rendered}))


if __name__ == "__main__":
    main()
