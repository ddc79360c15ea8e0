"""The JSON APIs' bodies and parameters as pydantic models: what the submission API takes and
answers, and what the admin API takes and answers. The OpenAPI document
(:mod:`feedback_widget.openapi`) is generated from them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator

from feedback_widget.intake import MAX_PAGE_URL
from feedback_widget.questions import DRIVERS
from feedback_widget.redaction_urls import is_web_url
from feedback_widget.store import StoredSubmission

MAX_IDEMPOTENCY_KEY = 200
"""The longest ``Idempotency-Key`` the submission API takes."""
MAX_PER_PAGE = 200
"""The most responses the admin API gives on one page."""

AnswerValue = Annotated[
    Any,
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
"""One answer as sent: a string, or a list of strings for a tick-box question. Any JSON value is let
through here so that each question gets its own message when it is checked against its set."""


class ApiSubmission(BaseModel):
    """One feedback response, as a JSON body."""

    model_config = ConfigDict(extra="forbid")

    answers: dict[str, AnswerValue] = Field(
        description="Question key to answer: a string, or a list for tick-box questions. "
        "post_transaction: trust (up or down), positive_drivers and negative_drivers "
        f"(of {', '.join(DRIVERS)}), comment.",
        examples=[{"trust": "up", "positive_drivers": ["ease"], "comment": "Quick."}],
    )
    locale: str | None = Field(
        None, max_length=35, description="The language the person answered in (BCP 47)."
    )
    page_url: str | None = Field(
        None,
        max_length=MAX_PAGE_URL,
        description="The page the feedback is about: an http or https URL, or a path. Its query, "
        "fragment and matrix parameters are not stored, and personal data in its path is redacted.",
    )

    @field_validator("page_url")
    @classmethod
    def _web_page(cls, value: str | None) -> str | None:
        """Refuse ``javascript:``, ``data:`` and every other scheme but http and https."""
        if value is not None and not is_web_url(value):
            raise ValueError("page_url must be an http or https URL, or a path")
        return value


class ApiCreated(BaseModel):
    """A stored response's id."""

    id: str = Field(json_schema_extra={"format": "uuid"}, description="The stored response's id.")


class Problem(BaseModel):
    """Why a request was refused: a problem document (RFC 9457), sent as application/problem+json."""

    type: str = Field("about:blank", description="The kind of problem: about:blank, the status says it.")
    title: str = Field(description="The name of the HTTP status, such as Unprocessable Entity.")
    status: int = Field(ge=400, le=599, description="The HTTP status.")
    detail: str | None = Field(None, description="What to do, in plain words, in the response's language.")
    errors: dict[str, str] | None = Field(
        None,
        description="Field name (or body, origin, rate, Idempotency-Key) to a plain-language message, "
        "in the response's language.",
    )


class ResponsesQuery(BaseModel):
    """The admin API's query parameters."""

    touchpoint: str | None = Field(None, description="Only this touchpoint's responses.")
    since: str | None = Field(
        None, description="From this date or time (included), ISO 8601; UTC when no offset."
    )
    until: str | None = Field(None, description="Before this date or time (not included), ISO 8601.")
    page: int = Field(1, ge=1, le=100_000, description="The page, from 1.")
    per_page: int = Field(50, ge=1, le=MAX_PER_PAGE, description="Responses per page.")


class StoredResponse(BaseModel):
    """A stored response, with its answers grouped by question."""

    id: str = Field(json_schema_extra={"format": "uuid"})
    created_at: str = Field(json_schema_extra={"format": "date-time"}, description="When it arrived, UTC.")
    touchpoint: str
    question_set: str
    locale: str
    page_url: str | None
    answers: dict[str, list[str]] = Field(description="Question key to the values given, in order.")

    @classmethod
    def of(cls, submission: StoredSubmission) -> Self:
        """The response form of a stored submission."""
        created_at = submission.created_at
        if created_at.tzinfo is None:
            created_at = created_at.replace(tzinfo=dt.UTC)
        return cls(
            id=submission.id,
            created_at=created_at.astimezone(dt.UTC).isoformat(),
            touchpoint=submission.touchpoint,
            question_set=submission.question_set,
            locale=submission.locale,
            page_url=submission.page_url,
            answers=submission.answers_by_question(),
        )


class ResponseLinks(BaseModel):
    """Links to this page and its neighbours (``None`` at either end)."""

    self: str
    next: str | None
    prev: str | None


class ResponsePage(BaseModel):
    """One page of stored responses, newest first."""

    total: int = Field(ge=0, description="How many responses match, on every page.")
    page: int = Field(ge=1)
    per_page: int = Field(ge=1)
    items: list[StoredResponse]
    links: ResponseLinks
