"""The feedback widget's markup: a plain form that works without JavaScript, and swaps in place with htmx.

:class:`FeedbackWidget` holds what one rendering needs (the touchpoint, its questions, the form
token, the answers and errors to show again) and renders ``feedback/widget.html`` with our
components: thumbs and yes/no questions as inline radios, scales as radios, choices as
checkboxes, text as a textarea. Follow-up questions (``show_if``) are shown by CSS alone
(``:has()``, see ``feedback.css``) once the answer they follow matches; without that CSS support
they all show, and validation drops the answers to the ones that do not apply.

Templates call it through :func:`feedback_widget.jinja_global.install`; the routes in
:mod:`feedback_widget.web` render it for the hosted page and the embed script.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field

import components
from components.button import Button
from components.checkboxes import Checkboxes
from components.error_summary import ErrorSummary
from components.radios import Radios
from components.textarea import Textarea
from feedback_widget.questions import DEFAULT_TEXT_LENGTH, Question, QuestionSet
from feedback_widget.touchpoints import Touchpoint
from i18n import gettext, ngettext
from i18n.formatting import format_number

TEMPLATES_DIR = Path(__file__).parent / "templates"
CSS_PATH = Path(__file__).parent / "feedback.css"

# Form fields of our own: question keys are snake_case and never start with "fd_".
TOKEN_FIELD = "fd_token"
RETURN_FIELD = "fd_return_to"
LOCALE_FIELD = "fd_locale"
HONEYPOT_FIELD = "fd_website"


@cache
def environment() -> Environment:
    """The Jinja environment of the widget's templates: autoescaped, with our components and ``_()``."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    components.install(env)
    return env


def render_template(name: str, **context: Any) -> Markup:
    """Render one of the widget's templates (``feedback/...``) in the current locale."""
    return Markup(environment().get_template(name).render(**context))


class FeedbackWidget(BaseModel):
    """One rendering of a touchpoint's feedback form."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, extra="forbid")

    touchpoint: Touchpoint = Field(description="The survey this form is for.")
    question_set: QuestionSet = Field(description="The touchpoint's questions.")
    action: str = Field(description="Where the form posts: the prefix and the touchpoint id.")
    token: str = Field(description="The signed form token (touchpoint and time shown).")
    locale: str = Field(description="The language the form is shown in; stored with the answers.")
    return_to: str | None = Field(None, description="The path of the page the widget is on.")
    values: dict[str, list[str]] = Field(default_factory=dict, description="Answers to show again.")
    errors: dict[str, str] = Field(default_factory=dict, description="A message per question key.")
    form_error: str | None = Field(None, description="A message about the whole form (too fast...).")
    heading_level: int = Field(2, ge=1, le=6, description="1 on the hosted page; 2 inside a page.")
    htmx: bool = Field(True, description="Add the htmx attributes (data-hx-*) that swap the form in place.")
    embed: bool = Field(False, description="Add the data-fd-* messages the embed script reads.")

    @property
    def wrapper_id(self) -> str:
        """The id of the widget's outer element, which htmx replaces."""
        return f"fd-feedback-{self.touchpoint.id}"

    def field_id(self, key: str) -> str:
        """The id of a question's (first) input, which the error summary links to."""
        return f"{self.wrapper_id}-{key.replace('_', '-')}"

    def _question_html(self, question: Question, controllers: set[str]) -> Markup:
        field_id = self.field_id(question.key)
        values = self.values.get(question.key, [])
        error = {"text": self.errors[question.key]} if question.key in self.errors else None
        hint = str(question.hint) if question.hint is not None else None
        if question.kind == "text":
            limit = question.max_length or DEFAULT_TEXT_LENGTH
            # Translators: %(num)s is the most characters an answer may have, such as 1,000.
            limit_text = ngettext(
                "You can write up to %(num)s character.",
                "You can write up to %(num)s characters.",
                limit,
                num=format_number(limit),
            )
            return Textarea(
                id=field_id,
                name=question.key,
                label={"text": str(question.text)},
                hint={"text": f"{hint} {limit_text}" if hint else limit_text},
                value=values[0] if values else None,
                error_message=error,
                rows=4,
            ).render()
        items = [{"value": option.key, "text": str(option.label)} for option in question.options]
        common: dict[str, Any] = {
            "name": question.key,
            "id_prefix": field_id,
            "fieldset": {"legend": {"text": str(question.text)}},
            "hint": {"text": hint} if hint else None,
            "items": items,
            "error_message": error,
        }
        if question.key in controllers:
            common["attributes"] = {"data-fd-controls": "true"}
        if question.kind == "choices":
            return Checkboxes(**common, values=values).render()
        return Radios(
            **common, inline=question.kind in ("thumbs", "yes_no"), value=values[0] if values else None
        ).render()

    def blocks(self) -> list[tuple[str | None, Markup]]:
        """Each question's markup, with the answers it follows (space-separated) when it is a follow-up."""
        controllers = {key for q in self.question_set.questions for key in (q.show_if or {})}
        found = []
        for question in self.question_set.questions:
            when = None
            if question.show_if and len(question.show_if) == 1:
                when = " ".join(next(iter(question.show_if.values())))
            found.append((when, self._question_html(question, controllers)))
        return found

    def error_summary(self) -> Markup | None:
        """The error summary, each error linked to its field; None when there is nothing to say."""
        errors = [
            {"text": self.errors[question.key], "href": f"#{self.field_id(question.key)}"}
            for question in self.question_set.questions
            if question.key in self.errors
        ]
        if not errors and not self.form_error:
            return None
        return ErrorSummary(
            id=f"{self.wrapper_id}-error-summary", errors=errors, description_text=self.form_error
        ).render()

    def embed_messages(self) -> dict[str, str]:
        """The translated messages the embed script reads from the form's ``data-fd-*`` attributes."""
        if not self.embed:
            return {}
        return {
            "data-fd-thanks": gettext("Thank you for your feedback"),
            "data-fd-offline": gettext(
                "You are offline. We will send your feedback when you are back online."
            ),
            "data-fd-failed": gettext("Sorry, we could not send your feedback. Please try again later."),
            "data-fd-error-title": gettext("There is a problem"),
            "data-fd-error-prefix": gettext("Error:"),
            "data-fd-open": gettext("Feedback"),
            "data-fd-close": gettext("Close"),
            "data-fd-title": str(self.question_set.title),
        }

    def render(self) -> Markup:
        """The widget's HTML."""
        footer = self.touchpoint.footer_text()
        button = Button(text=gettext("Send feedback"), prevent_double_click=True)
        return render_template(
            "feedback/widget.html",
            widget=self,
            title=str(self.question_set.title),
            footer=footer,
            button=button.render(),
            fields={
                "token": TOKEN_FIELD,
                "return_to": RETURN_FIELD,
                "locale": LOCALE_FIELD,
                "honeypot": HONEYPOT_FIELD,
            },
        )

    def __html__(self) -> str:
        return self.render()


def render_thanks(touchpoint: Touchpoint, *, return_to: str | None = None, heading_level: int = 2) -> Markup:
    """The thank-you message: takes focus (``autofocus``) and is announced (``role="status"``)."""
    return render_template(
        "feedback/thanks.html",
        wrapper_id=f"fd-feedback-{touchpoint.id}",
        return_to=return_to,
        heading_level=heading_level,
    )
