"""Fieldset: groups related fields under a legend that names the group, such as an address."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from components.base import Component, HasContent, TrustedHtml
from components.fields import FieldParams


class Legend(HasContent):
    """The caption of a fieldset: the question the group of fields answers."""

    is_page_heading: bool = Field(
        False, description="Wrap the legend in the page's h1 (one question per page)."
    )
    size: Literal["s", "m", "l", "xl"] | None = Field(
        None, description="Text size, for a legend that is also the page heading."
    )


class Fieldset(Component, FieldParams):
    """A group of related fields with a legend, such as the parts of an address or a date.

    Give the fields as ``html``, or wrap them: ``{% call fd.fieldset(legend={...}) %}...{% endcall %}``.
    """

    block_param = "html"

    legend: Legend = Field(
        description="The legend that names the group (text or html, size, is_page_heading)."
    )
    html: TrustedHtml | None = Field(
        None, description="The fields inside, as trusted HTML; or use {% call %}."
    )
    id: str | None = Field(
        None, description="The fieldset's id; the hint and error ids derive from it, so give it with either."
    )
    role: str | None = Field(
        None, description="An ARIA role for the fieldset. Rarely needed: a fieldset is already a group."
    )

    @model_validator(mode="after")
    def _id_for_hint_and_error(self) -> Fieldset:
        if self.id is None and (self.hint is not None or self.error_message is not None):
            raise ValueError("'id' is required when the fieldset has a hint or error_message")
        return self

    def aria_describedby(self) -> str:
        """The fieldset's ``aria-describedby``: extra ids, then its hint's and error's."""
        return self.describedby(self.id or "")
