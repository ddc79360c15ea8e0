"""What every check shares: building violations of our rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from a11y_tests import wcag
from a11y_tests.results import FailingNode, Violation

SOURCE = "frontdoor"
MAX_NODES = 25


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
