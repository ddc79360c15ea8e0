"""Phase banner: a slim bar under the header that says a service is new, with a way to give feedback."""

from __future__ import annotations

from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Text
from components.tag import Tag


class PhaseBanner(Component, HasContent):
    """A slim bar under the header: a tag with the service's phase, such as "Beta", and a short text.

    The tag is the tag component (``components.tag``), given as its params. With ``feedback_href``,
    a "Give feedback" link (in the current language) follows the text. ``html`` goes inside a
    paragraph: text and inline elements only, such as a link. Put the banner right under the header,
    such as in the page layout's ``before_content`` block.
    """

    tag: Tag = Field(description='The phase, as the tag component\'s params: {"text": "Beta"}.')
    feedback_href: Href | None = Field(
        None, description="Where people give feedback on the service; adds a link after the text."
    )
    feedback_text: Text | None = Field(
        None,
        min_length=1,
        description='The feedback link\'s text; "Give feedback" in the current language when not given.',
    )

    @model_validator(mode="after")
    def _feedback_text_needs_a_link(self) -> PhaseBanner:
        if self.feedback_text is not None and self.feedback_href is None:
            raise ValueError("'feedback_text' needs 'feedback_href', the page the link goes to")
        return self
