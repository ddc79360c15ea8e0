"""Icon list: a list whose items each start with a small icon, such as a check or a cross."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from components.base import Component, HasContent, Text

IconName = Literal["check", "close", "info", "warning", "arrow"]
"""The icons an item can have. Only ``arrow`` points a way: it is mirrored in right-to-left text."""

_CIRCLE = "M12 2a10 10 0 1 1 0 20 10 10 0 1 1 0-20z"

ICON_PATHS: dict[str, str] = {
    "check": _CIRCLE + "M6.7 12.3l3.9 3.9 6.7-6.7-1.4-1.4-5.3 5.3-2.5-2.5z",
    "close": _CIRCLE + "M7.4 9l3 3-3 3 1.6 1.6 3-3 3 3 1.6-1.6-3-3 3-3L15 7.4l-3 3-3-3z",
    "info": _CIRCLE + "M11 10v7.5h2V10zm0-3.5v2h2v-2z",
    "warning": "M12 1.5 23 21H1zM11 8.5v7h2v-7zm0 8.5v2h2v-2z",
    "arrow": _CIRCLE + "M12.3 7l-1.4 1.4 2.6 2.6H7v2h6.5l-2.6 2.6 1.4 1.4 5-5z",
}
"""Each icon's shape, on a 24 by 24 grid: a mark cut out of a circle (a triangle for the warning)."""


class IconListItem(HasContent):
    """One item: its words (text or html), after an icon that screen readers skip."""

    icon: IconName | None = Field(None, description="The icon for this item; the list's icon when not given.")
    prefix_text: Text | None = Field(
        None,
        min_length=1,
        description="Words only screen readers say before the item, for what its icon shows and its "
        'words do not, such as "Not allowed:". Leave it out when the words say it.',
    )


class IconList(Component):
    """A list whose items each start with an icon, such as what to bring (checks) and what not to
    bring (crosses).

    The icons are decorative: screen readers skip them, and color only helps people scan. So the
    words carry the meaning. When an icon means something the words do not say, such as a cross for
    "not allowed", give the item a ``prefix_text`` that screen readers say first. In forced colors the
    icons take the text color. Only the arrow, which points a way, is mirrored in right-to-left text.
    """

    items: list[IconListItem] = Field(
        min_length=1, description="The items, in order: each has text or html, and an icon if not the list's."
    )
    icon: IconName = Field(
        "check",
        description="The icon for items that do not give their own: check, close (a cross), info, "
        "warning or arrow.",
    )

    @staticmethod
    def icon_path(name: str) -> str:
        """The SVG path of the icon called ``name``."""
        return ICON_PATHS[name]
