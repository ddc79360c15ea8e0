"""What goes into the store (`Submission`) and what comes out of it (`StoredSubmission`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer value: a multi-choice question gives one `Answer` per chosen value, in order."""

    question: str
    value: str
    position: int = 0


class Submission(BaseModel):
    """A feedback submission to store, already validated, protected and redacted by the caller.

    ``answers`` may be given as a mapping (``{"trust": "yes", "drivers": ["ease", "efficiency"]}``),
    as ``(question, value)`` pairs, or as `Answer` objects; it is normalised to a tuple of `Answer`,
    one per value, with the position of each value among the values of its question.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    touchpoint: str = Field(min_length=1, max_length=200, description="The touchpoint (survey) id.")
    question_set: str = Field(
        min_length=1, max_length=200, description="The key of the question set answered."
    )
    locale: str = Field(
        min_length=1, max_length=35, description="The language the person answered in (BCP 47)."
    )
    page_url: str | None = Field(
        default=None, description="The page the feedback is about, without its query string."
    )
    answers: tuple[Answer, ...] = Field(default=(), description="The answers, one per value.")
    idempotency_key: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="A client-chosen key: a retried submission with the same key is stored once.",
    )

    @field_validator("answers", mode="before")
    @classmethod
    def _normalise_answers(cls, raw: Any) -> tuple[Answer, ...]:
        if isinstance(raw, Mapping):
            pairs: list[Any] = []
            for question, values in raw.items():
                if isinstance(values, str):
                    pairs.append((question, values))
                elif isinstance(values, Sequence):
                    pairs.extend((question, value) for value in values)
                else:
                    raise ValueError(
                        f"Submission.answers: the answer to {question!r} must be a string or a list "
                        f"of strings, got {type(values).__name__}"
                    )
            raw = pairs
        if not isinstance(raw, Sequence) or isinstance(raw, str):
            raise ValueError(
                "Submission.answers: expected a mapping of question to value(s), "
                f"or a list of (question, value) pairs; got {type(raw).__name__}"
            )
        seen: dict[str, int] = {}
        answers = []
        for item in raw:
            if isinstance(item, Answer):
                answer = item
            elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 2:
                question, value = item
                answer = Answer(question=question, value=value, position=seen.get(question, 0))
            else:
                raise ValueError(f"Submission.answers: expected a (question, value) pair; got {item!r}")
            if not isinstance(answer.question, str) or not answer.question:
                raise ValueError(f"Submission.answers: a question key must be a non-empty string: {item!r}")
            if not isinstance(answer.value, str):
                raise ValueError(f"Submission.answers: the value for {answer.question!r} must be a string")
            if "\x00" in answer.value:
                raise ValueError(f"Submission.answers: the value for {answer.question!r} has a NUL character")
            seen[answer.question] = max(seen.get(answer.question, 0), answer.position + 1)
            answers.append(answer)
        return tuple(answers)


@dataclass(frozen=True, slots=True)
class StoredSubmission:
    """A submission as stored, with its id, time of arrival (UTC), spam flag and answers."""

    id: str
    touchpoint: str
    question_set: str
    locale: str
    page_url: str | None
    created_at: datetime
    idempotency_key: str | None
    is_spam: bool
    answers: tuple[Answer, ...]

    def answers_by_question(self) -> dict[str, list[str]]:
        """The answers grouped by question key, values in their stored order."""
        grouped: dict[str, list[str]] = {}
        for answer in self.answers:
            grouped.setdefault(answer.question, []).append(answer.value)
        return grouped


@dataclass(frozen=True, slots=True)
class RateLimit:
    """Count a hit for `key` in fixed windows of `window_seconds`; over `limit` hits are refused."""

    key: str
    limit: int
    window_seconds: int

    def __post_init__(self) -> None:
        if self.window_seconds <= 0:
            raise ValueError(f"feedback store: window_seconds must be positive, got {self.window_seconds}")

    def window(self, moment: datetime) -> tuple[str, datetime]:
        """``(key, start of the window holding moment)``: the counter this hit adds to."""
        epoch = int(moment.timestamp())
        return self.key, datetime.fromtimestamp(epoch - epoch % self.window_seconds, UTC)


@dataclass(frozen=True, slots=True)
class Intake:
    """One thing for the store to take in: a submission (or none: a hit only), counted against a limit."""

    submission: Submission | None
    rate_limit: RateLimit | None = None
    to_redact: frozenset[str] | None = None
    """None: the submission is stored as it is. A set: the submission is not private yet; the writer
    redacts the answers to these questions and the page URL before storing it, off the event loop
    (:func:`feedback_widget.intake.made_private`)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of an `Intake`: refused by its rate limit, stored, or found stored already (the
    same, or other content under the same idempotency key)."""

    submission_id: str | None = None
    created: bool = False
    limited: bool = False
    conflict: bool = False
    """Found stored under the same idempotency key, with other content: the new one is not stored."""
