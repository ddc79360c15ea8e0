"""Task list: the tasks a person must do to finish a service, each with its status."""

from __future__ import annotations

import re

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Component, HasContent, Href, Params, Text, TrustedHtml
from components.hint import Hint
from components.tag import Tag
from i18n import gettext

_INTERACTIVE = re.compile(r"<\s*(a|button|input|select|textarea|details|label)\b", re.IGNORECASE)
"""Markup a person can use: not allowed in a task's name, which goes inside its link."""


class TaskListStatus(Params):
    """A task's status: words, or a tag for a status that needs the person to act."""

    text: Text | None = Field(None, description='The status as plain text, such as "Completed".')
    html: TrustedHtml | None = Field(None, description="The status as trusted HTML.")
    tag: Tag | None = Field(
        None,
        description='The status as a tag, for one that needs the person to act, such as "Not yet '
        'started" or "Incomplete": the tag component\'s params.',
    )

    @model_validator(mode="after")
    def _one_kind(self) -> TaskListStatus:
        given = [name for name in ("text", "html", "tag") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give the status one of 'text', 'html' or 'tag'")
        return self

    @property
    def content(self) -> Markup:
        """The status's words, ready to insert, when it is not a tag."""
        return self.html if self.html is not None else Markup.escape(self.text or "")


class TaskListItem(Params):
    """One task: its name (a link when it can be started), an optional hint, and its status."""

    title: HasContent = Field(
        description='The name of the task, such as "Your address": text or html. With href it is the '
        "link's words, so its html cannot hold links or buttons."
    )
    href: Href | None = Field(
        None,
        description="Where the task starts. Leave it out for a task that cannot be started yet: its "
        "name is then plain text, and its status is gray.",
    )
    hint: Hint | None = Field(
        None, description="A short note under the name, such as what the task needs: text or html."
    )
    status: TaskListStatus = Field(
        description="The task's status: text or html, or a tag for a status that needs the person to act."
    )

    @model_validator(mode="after")
    def _title_fits_in_a_link(self) -> TaskListItem:
        html = self.title.html
        if self.href is not None and html is not None and _INTERACTIVE.search(html):
            raise ValueError("'title.html' goes inside the task's link: it cannot hold links or buttons")
        return self


class TaskList(Component):
    """A list of tasks, each with its status, for a service done in several parts.

    A task that can be started is a link, and a click anywhere on its row follows it (the link's
    ``::after`` covers the row: no script). Screen readers hear the link, then its hint and status,
    which the link points to with ``aria-describedby``. A task that cannot be started yet is plain
    text. Show statuses that need the person to act (such as "Incomplete") as a tag, and others
    (such as "Completed") as text. With no tasks, a message says there is nothing to show.
    """

    items: list[TaskListItem] = Field(
        default_factory=list,
        description="The tasks, in the order to do them. With none, the empty message is shown instead.",
    )
    id_prefix: str = Field(
        "task-list",
        min_length=1,
        description="The start of the ids of each task's hint and status, such as task-list-1-status. "
        "Give each task list on a page its own.",
    )
    empty_text: Text | None = Field(
        None,
        description='The message shown when there are no tasks; "There is nothing to show." in the '
        "current language when not given.",
    )
    empty_html: TrustedHtml | None = Field(
        None, description="The message shown when there are no tasks, as trusted HTML."
    )

    @property
    def empty_message(self) -> Markup:
        """The message for no tasks, ready to insert: the html, the text escaped, or our default."""
        if self.empty_html is not None:
            return self.empty_html
        return Markup.escape(
            self.empty_text if self.empty_text is not None else gettext("There is nothing to show.")
        )
