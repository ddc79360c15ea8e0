"""What every check returns: a broken rule (`Violation`) and the elements that break it (`FailingNode`).

Kept apart from the browser code, so reports can be read and written without Selenium installed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FailingNode:
    """One element that breaks a rule: its CSS selector, its HTML and what is wrong."""

    target: str
    html: str
    summary: str


@dataclass(frozen=True)
class Violation:
    """One axe rule broken on a page."""

    rule: str
    impact: str
    description: str
    help_url: str
    tags: tuple[str, ...]
    nodes: tuple[FailingNode, ...]
    source: str = "axe"

    @property
    def wcag_criteria(self) -> tuple[str, ...]:
        """The WCAG success criteria of the rule, such as ``1.4.3``, from its ``wcag143`` tags."""
        found = []
        for tag in self.tags:
            digits = tag[4:]
            if tag.startswith("wcag") and digits.isdigit() and len(digits) >= 3:
                found.append(f"{digits[0]}.{digits[1]}.{digits[2:]}")
        return tuple(found)

    def __str__(self) -> str:
        where = "\n".join(f"    {node.target}: {node.summary}" for node in self.nodes)
        criteria = ", ".join(self.wcag_criteria) or "best practice"
        return f"{self.rule} ({self.impact}; {criteria}): {self.description}\n{where}"
