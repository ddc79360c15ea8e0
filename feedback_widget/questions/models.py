"""The question models: an answer option, a question (how it is answered, when it is shown) and a
question set, each checked when it is made; a set also loads from a TOML or JSON file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from feedback_widget.config_files import ConfigError, describe_validation_error, read_config_file
from feedback_widget.questions.text import LocalizedText
from i18n import LazyString
from i18n import lazy_gettext as _l

Kind = Literal["thumbs", "scale", "yes_no", "choices", "text"]
"""How a question is answered: thumbs up or down, a 1 to 5 scale, yes or no, a checkbox list, or text."""

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
OPTION_KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")
DEFAULT_TEXT_LENGTH = 1000


def _snake_case_key(key: str, what: str) -> str:
    if not KEY_PATTERN.fullmatch(key) or len(key) > 40:
        raise ValueError(
            f"{key!r} is not a valid {what} key: start with a letter, then use lower case letters, "
            "digits and _ (at most 40)"
        )
    return key


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(_Model):
    """One answer a person can choose: a stable key (what is stored) and its label."""

    key: str = Field(description="What is stored: lower case letters, digits and underscores.")
    label: LocalizedText = Field(description="What the person sees.")

    @field_validator("key")
    @classmethod
    def _check_key(cls, key: str) -> str:
        if not OPTION_KEY_PATTERN.fullmatch(key) or len(key) > 40:
            raise ValueError(f"{key!r} is not a valid option key: use lower case letters, digits and _")
        return key


def options(*pairs: tuple[str, LazyString]) -> tuple[Option, ...]:
    """Options from ``(key, label)`` pairs, in order."""
    return tuple(Option(key=key, label=label) for key, label in pairs)


THUMBS_OPTIONS = options(("up", _l("Thumbs up")), ("down", _l("Thumbs down")))
YES_NO_OPTIONS = options(("yes", _l("Yes")), ("no", _l("No")))
AGREE_SCALE = options(
    ("1", _l("Strongly disagree")),
    ("2", _l("Disagree")),
    ("3", _l("Neither agree nor disagree")),
    ("4", _l("Agree")),
    ("5", _l("Strongly agree")),
)
_DEFAULT_OPTIONS = {"thumbs": THUMBS_OPTIONS, "yes_no": YES_NO_OPTIONS, "scale": AGREE_SCALE}
_FIXED_KEYS = {"thumbs": ("up", "down"), "yes_no": ("yes", "no"), "scale": ("1", "2", "3", "4", "5")}


class Question(_Model):
    """One question: its stable key, its text, how it is answered, and when it is shown."""

    key: str = Field(description="What is stored; never change it once answers exist. snake_case.")
    text: LocalizedText = Field(description="The question or statement, as the person sees it.")
    hint: LocalizedText | None = Field(None, description="Help shown under the question.")
    kind: Kind = Field(description="thumbs, scale (1 to 5), yes_no, choices (tick all that apply) or text.")
    required: bool = Field(False, description="Whether the question must be answered (when it is shown).")
    options: tuple[Option, ...] = Field(
        (),
        description="The answers to choose from. Needed for choices; thumbs, yes_no and scale have "
        "default labels (keys up/down, yes/no, 1 to 5) that may be replaced.",
    )
    max_length: int | None = Field(
        None, ge=1, le=10_000, description=f"Text only: the most characters (default {DEFAULT_TEXT_LENGTH})."
    )
    show_if: dict[str, tuple[str, ...]] | None = Field(
        None,
        description="Show only when each named earlier question has one of these answers, "
        'such as {"trust": "up"} or {"trust": ["4", "5"]}.',
    )

    @field_validator("key")
    @classmethod
    def _check_key(cls, key: str) -> str:
        return _snake_case_key(key, "question")

    @field_validator("show_if", mode="before")
    @classmethod
    def _one_value_as_list(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {key: (item,) if isinstance(item, str) else item for key, item in value.items()}
        return value

    @model_validator(mode="before")
    @classmethod
    def _defaults_for_kind(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            kind = data.get("kind")
            data = dict(data)
            if kind in _DEFAULT_OPTIONS and not data.get("options"):
                data["options"] = _DEFAULT_OPTIONS[kind]
            if kind == "text" and data.get("max_length") is None:
                data["max_length"] = DEFAULT_TEXT_LENGTH
        return data

    @model_validator(mode="after")
    def _check_options(self) -> Self:
        keys = [option.key for option in self.options]
        if len(set(keys)) != len(keys):
            raise ValueError(f"question {self.key!r}: each option key must be different")
        if self.kind in _FIXED_KEYS and tuple(keys) != _FIXED_KEYS[self.kind]:
            expected = ", ".join(_FIXED_KEYS[self.kind])
            raise ValueError(f"question {self.key!r}: a {self.kind} question's option keys are {expected}")
        if self.kind == "choices" and not keys:
            raise ValueError(f"question {self.key!r}: a choices question needs options")
        if self.kind == "text" and keys:
            raise ValueError(f"question {self.key!r}: a text question has no options")
        if self.kind != "text" and self.max_length is not None:
            raise ValueError(f"question {self.key!r}: max_length is for text questions only")
        return self

    @cached_property
    def option_keys(self) -> tuple[str, ...]:
        """The keys of the answers to choose from, in order."""
        return tuple(option.key for option in self.options)

    @property
    def multiple(self) -> bool:
        """Whether more than one answer may be chosen (a checkbox list)."""
        return self.kind == "choices"

    def is_shown(self, answers: Mapping[str, Iterable[str]]) -> bool:
        """Whether the question applies, given the answers to the questions before it."""
        if not self.show_if:
            return True
        return all(not set(answers.get(key, ())).isdisjoint(wanted) for key, wanted in self.show_if.items())


class QuestionSet(_Model):
    """A named list of questions: one survey's content."""

    key: str = Field(description="The set's stable key, used by touchpoints. snake_case.")
    title: LocalizedText = Field(description="The form's heading.")
    questions: tuple[Question, ...] = Field(min_length=1, description="The questions, in order.")

    @field_validator("key")
    @classmethod
    def _check_key(cls, key: str) -> str:
        return _snake_case_key(key, "question set")

    @model_validator(mode="after")
    def _check_questions(self) -> Self:
        seen: dict[str, Question] = {}
        for question in self.questions:
            if question.key in seen:
                raise ValueError(f"two questions have the key {question.key!r}")
            for key, values in (question.show_if or {}).items():
                earlier = seen.get(key)
                if earlier is None:
                    raise ValueError(
                        f"question {question.key!r}: show_if names {key!r}, which is not a question before it"
                    )
                unknown = [value for value in values if value not in earlier.option_keys]
                if unknown or not values:
                    raise ValueError(
                        f"question {question.key!r}: show_if gives {unknown or values!r} for {key!r}, "
                        f"whose answers are {', '.join(earlier.option_keys) or 'free text'}"
                    )
            seen[question.key] = question
        return self

    @cached_property
    def questions_by_key(self) -> dict[str, Question]:
        """The questions by key, in order (the set is frozen, so this is built once)."""
        return {question.key: question for question in self.questions}

    def question(self, key: str) -> Question:
        """The question with this key (``KeyError`` when there is none)."""
        return self.questions_by_key[key]

    @classmethod
    def from_file(cls, path: str | Path) -> QuestionSet:
        """Load a set from a TOML or JSON file; a :class:`ConfigError` names the file and each wrong field."""
        path = Path(path)
        data = read_config_file(path)
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            raise ConfigError(describe_validation_error(error, data, str(path))) from None
