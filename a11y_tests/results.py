"""What every check returns: a broken rule (`Violation`) and the elements that break it (`FailingNode`).

Kept apart from the browser code, so reports can be read and written without Selenium installed.
"""

from __future__ import annotations

from dataclasses import dataclass

SHADOW_SEPARATOR = " >>> "
"""Between the selectors of a path into open shadow roots: ``fd-search >>> input`` is the ``input`` in
the shadow root of the ``fd-search`` element (the shadow-piercing combinator CSS once had)."""
FRAME_SEPARATOR = " -> "
"""Between the frames of a frame path, and before the element, where a path is shown on one line."""

FramePath = tuple[str, ...]
"""The frames an element is in, outermost first: each the selector of a ``<frame>`` or ``<iframe>`` in
the document of the one before it (the first in the page itself). Empty for the page itself."""


@dataclass(frozen=True)
class FailingNode:
    """One element that breaks a rule: where it is, its HTML and what is wrong.

    ``target`` is a CSS selector of the element in its own document, the document of the innermost
    frame of ``frame``; inside open shadow roots, the hosts' selectors come first, joined by
    ``SHADOW_SEPARATOR``.
    """

    target: str
    html: str
    summary: str
    frame: FramePath = ()

    @property
    def location(self) -> str:
        """The frame path and the element on one line: ``iframe#pay -> input#card``."""
        return FRAME_SEPARATOR.join((*self.frame, self.target))


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
        where = "\n".join(f"    {node.location}: {node.summary}" for node in self.nodes)
        criteria = ", ".join(self.wcag_criteria) or "best practice"
        return f"{self.rule} ({self.impact}; {criteria}): {self.description}\n{where}"


FRAME_WORK: dict[str, str] = {
    "keyboard": "Tab is followed into every frame and out again: unreachable controls, traps, "
    "order and focus styles inside frames are found",
    "page-basics": "each frame's title attribute and each framed document's lang are checked",
    "reflow": "at 320 CSS px, content that scrolls sideways inside a frame is found",
    "text-spacing": "text cut off under text spacing is found inside frames too",
    "no-javascript": "frames load with scripts off; their content and controls are checked too",
}
"""What each of our checks does inside frames, in words for reports."""
