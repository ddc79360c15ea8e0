"""The JSON APIs' bodies as pydantic models: what the submission API takes and answers, and what the
admin API answers. The OpenAPI document (:mod:`feedback_widget.openapi`) is generated from them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from feedback_widget.intake import MAX_PAGE_URL


class ApiSubmission(BaseModel):
    """The JSON API's body."""

    model_config = ConfigDict(extra="forbid")

    answers: dict[str, Any] = Field(description="Question key to a value or a list of values.")
    locale: str | None = Field(None, max_length=35, description="The language the person answered in.")
    page_url: str | None = Field(None, max_length=MAX_PAGE_URL, description="The page the feedback is about.")
