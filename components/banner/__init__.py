"""Banner: the line at the very top that tells people this is an official US government website."""

from typing import Literal

from pydantic import Field

from components.base import Component


class Banner(Component):
    """The US government banner, with a "Here's how you know" disclosure that works without JavaScript."""

    domain: Literal[".gov", ".mil"] = Field(
        ".gov", description="The site's top-level domain: .gov for civilian agencies, .mil for the military."
    )
