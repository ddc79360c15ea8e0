"""What every check shares: our page scripts (``js/*.js``), and building violations of our rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from typing import Any

from a11y_tests import wcag
from a11y_tests.results import FailingNode, Violation

SOURCE = "frontdoor"
MAX_NODES = 25
HELPERS = "helpers"
"""The script every page script may use (``js/helpers.js``): selectors, visibility, failing nodes."""


@cache
def _source(name: str) -> str:
    return files("a11y_tests.checks").joinpath("js", f"{name}.js").read_text(encoding="utf-8")


@cache
def page_script(function: str, *sources: str) -> str:
    """A script for ``execute_script``: ``helpers.js`` and each of ``sources`` (names in ``js/``
    without ``.js``), then a call of ``function`` with the script's arguments, returning its value.

    Selenium runs a script as the body of a function, so the scripts' functions are local to that
    one call. For ``execute_async_script`` the last argument, Selenium's callback, reaches
    ``function`` as its last parameter.
    """
    parts = [_source(name) for name in dict.fromkeys((HELPERS, *sources))]
    return "\n".join([*parts, f"return {function}.apply(null, arguments);"])


def failing_node(raw: Mapping[str, Any]) -> FailingNode:
    """A ``FailingNode`` from the ``{target, html, summary}`` object our page scripts return."""
    return FailingNode(
        target=str(raw.get("target", "")), html=str(raw.get("html", "")), summary=str(raw.get("summary", ""))
    )


def violation(
    rule: str, impact: str, description: str, nodes: Iterable[FailingNode | Mapping[str, Any]]
) -> Violation:
    """A ``Violation`` of our ``rule`` (``source="frontdoor"``), with at most ``MAX_NODES`` nodes.

    Its tags and help link come from the rule's entry in ``a11y_tests.wcag.RULES``.
    """
    known = wcag.rule(rule)
    built = tuple(node if isinstance(node, FailingNode) else failing_node(node) for node in nodes)
    return Violation(
        rule=rule,
        impact=impact,
        description=description,
        help_url=known.help,
        tags=known.tags,
        nodes=built[:MAX_NODES],
        source=SOURCE,
    )
