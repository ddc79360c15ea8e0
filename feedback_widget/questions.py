"""Question sets as data, and the check of a submission against its set.

Built in: the federal post-transaction questions (a trust question, then what went well or what
could have gone better, then a comment), the earlier seven statements on a 1 to 5 agree scale, and
"Was this page helpful?". An agency declares its own set as a :class:`QuestionSet` or in a TOML or
JSON file (:meth:`QuestionSet.from_file`), with its text per language or as plain text.

:func:`validate_answers` turns a raw submission into clean answers, or raises
:class:`FeedbackInvalid` with a translated, plain-language message per question. Its rules:

- a question key the set does not have is an error (``ignore_unknown=True`` skips such keys, for a
  caller that passes a whole form with fields of its own);
- an answer to a question that is hidden (its ``show_if`` does not hold) is dropped, not an error:
  without JavaScript both follow-up lists are on the page, and a person who changes their trust
  answer may leave boxes ticked in the list that no longer applies. Only the list that fits the
  trust answer is stored;
- a value that is not one of the question's options, more than one value for a one-answer
  question, and text longer than the question's ``max_length`` are errors.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import core_schema

from i18n import DEFAULT_LOCALE, LazyString, current_locale, ngettext
from i18n import lazy_gettext as _l
from i18n.formatting import format_number

Kind = Literal["thumbs", "scale", "yes_no", "choices", "text"]
"""How a question is answered: thumbs up or down, a 1 to 5 scale, yes or no, a checkbox list, or text."""

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
OPTION_KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")
DEFAULT_TEXT_LENGTH = 1000
DRIVERS = ("effectiveness", "ease", "efficiency", "transparency", "humanity", "employee", "other")
"""The federal drivers of a post-transaction experience, in their reporting order."""


class LocalizedText:
    """Text shown to people, in the language of the current request.

    It holds one of: a message from our catalogs (``lazy_gettext``), an agency's own text per
    language (a mapping of locale code to text), or plain text (taken to be in English). ``str()``
    gives the text for the current locale; :attr:`lang` says which language that text is in, so
    that a template can mark text that fell back to another language with a ``lang`` attribute.
    """

    __slots__ = ("_by_language", "_value")

    def __init__(self, value: LazyString | str | Mapping[str, str]) -> None:
        self._value: LazyString | str | dict[str, str] = dict(value) if isinstance(value, Mapping) else value
        self._by_language: dict[str, tuple[str, str]] = {}
        if isinstance(value, Mapping):
            for code, text in value.items():
                self._by_language[_normal_code(code)] = (code.replace("_", "-"), text)

    def _pick(self) -> tuple[str, str]:
        """The (language, text) for the current locale: exact, then the same language, then English."""
        if isinstance(self._value, LazyString):
            return current_locale(), str(self._value)
        if isinstance(self._value, str):
            return DEFAULT_LOCALE, self._value
        wanted = _normal_code(current_locale())
        language = wanted.split("-")[0]
        for code in (wanted, language):
            if code in self._by_language:
                return self._by_language[code]
        for code, entry in self._by_language.items():
            if code.split("-")[0] == language:
                return entry
        if DEFAULT_LOCALE in self._by_language:
            return self._by_language[DEFAULT_LOCALE]
        return next(iter(self._by_language.values()))

    @property
    def lang(self) -> str:
        """The locale code of the text :func:`str` gives now."""
        return self._pick()[0]

    @property
    def source(self) -> str | dict[str, str]:
        """The text as declared: the English message, the mapping of languages, or the plain text."""
        if isinstance(self._value, LazyString):
            return self._value.message
        return self._value

    def __str__(self) -> str:
        return self._pick()[1]

    def __html__(self) -> str:
        from markupsafe import escape

        return str(escape(str(self)))

    def __repr__(self) -> str:
        return f"LocalizedText({self._value!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LocalizedText):
            return self.source == other.source
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(json.dumps(self.source, sort_keys=True))

    @classmethod
    def _validate(cls, value: Any) -> LocalizedText:
        if isinstance(value, LocalizedText):
            return value
        if isinstance(value, LazyString):
            return cls(value)
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("the text is empty")
            return cls(value)
        if isinstance(value, Mapping) and value:
            for code, text in value.items():
                if not isinstance(code, str) or not re.fullmatch(
                    r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", code
                ):
                    raise ValueError(f"{code!r} is not a locale code such as 'en', 'es' or 'zh-Hant'")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError(f"the text for {code!r} is empty or not text")
            return cls(value)
        raise ValueError(
            "give the text as a string, or as a table of locale code to text, "
            'such as {en = "Your visit", es = "Su visita"}'
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda value: value.source),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string"},
                {"type": "object", "additionalProperties": {"type": "string"}},
            ]
        }


def _normal_code(code: str) -> str:
    return code.replace("_", "-").lower()


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


def _options(*pairs: tuple[str, LazyString]) -> tuple[Option, ...]:
    return tuple(Option(key=key, label=label) for key, label in pairs)


THUMBS_OPTIONS = _options(("up", _l("Thumbs up")), ("down", _l("Thumbs down")))
YES_NO_OPTIONS = _options(("yes", _l("Yes")), ("no", _l("No")))
AGREE_SCALE = _options(
    ("1", _l("Strongly disagree")),
    ("2", _l("Disagree")),
    ("3", _l("Neither agree nor disagree")),
    ("4", _l("Agree")),
    ("5", _l("Strongly agree")),
)
_DEFAULT_OPTIONS = {"thumbs": THUMBS_OPTIONS, "yes_no": YES_NO_OPTIONS, "scale": AGREE_SCALE}
_FIXED_KEYS = {"thumbs": ("up", "down"), "yes_no": ("yes", "no"), "scale": ("1", "2", "3", "4", "5")}

# Error messages, one per kind of question: for a missing answer and for an answer not offered.
_MISSING = {
    "thumbs": _l("Choose thumbs up or thumbs down"),
    "yes_no": _l("Choose yes or no"),
    "scale": _l("Choose an answer from 1 to 5"),
    "choices": _l("Choose at least one answer"),
    "text": _l("Enter your answer"),
}
_NOT_OFFERED = {
    "thumbs": _MISSING["thumbs"],
    "yes_no": _MISSING["yes_no"],
    "scale": _MISSING["scale"],
    "choices": _l("Choose only from the answers shown"),
    "text": _l("Enter your answer as text"),
}
_ONLY_ONE = _l("Choose only one answer")
_UNKNOWN = _l("This question is not part of this form")


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


class FeedbackInvalid(ValueError):
    """A submission that does not fit its question set.

    ``errors`` maps each question key to a plain-language message in the current locale, ready to
    show beside the question and in the error summary.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{key}: {message}" for key, message in self.errors.items()))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _raw_values(value: Any) -> list[str] | None:
    """The submitted values as text; ``None`` when they are of a kind a form never sends."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    items = list(value) if isinstance(value, list | tuple) else [value]
    values = []
    for item in items:
        if isinstance(item, int) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str):
            return None
        values.append(item)
    return values


def _clean_text(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _check_question(question: Question, value: Any) -> list[str]:
    """The clean answer to one shown question; ``ValueError`` with the message when it is wrong."""
    values = _raw_values(value)
    if values is None:
        raise ValueError(str(_NOT_OFFERED[question.kind]))
    if question.kind == "text":
        values = [text for text in map(_clean_text, values) if text]
    else:
        values = [item for item in map(str.strip, values) if item]
    if not values:
        if question.required:
            raise ValueError(str(_MISSING[question.kind]))
        return []
    if question.kind == "text":
        if len(values) > 1:
            raise ValueError(str(_NOT_OFFERED["text"]))
        limit = question.max_length or DEFAULT_TEXT_LENGTH
        if len(values[0]) > limit:
            raise ValueError(
                # Translators: %(num)s is the most characters an answer may have, such as 200.
                ngettext(
                    "Your answer must be %(num)s character or fewer",
                    "Your answer must be %(num)s characters or fewer",
                    limit,
                    num=format_number(limit),
                )
            )
        return values
    chosen = set(values)
    if not chosen.issubset(question.option_keys):
        raise ValueError(str(_NOT_OFFERED[question.kind]))
    if not question.multiple:
        if len(chosen) > 1:
            raise ValueError(str(_ONLY_ONE))
        return values[:1]
    return [key for key in question.option_keys if key in chosen]


def validate_answers(
    question_set: QuestionSet, raw: Mapping[str, Any], *, ignore_unknown: bool = False
) -> dict[str, list[str]]:
    """Check a submission against its set and return the answers to store.

    ``raw`` maps question keys to a value or a list of values, as a form or JSON sends them. The
    result maps each answered, shown question to its values (option keys, or the one text), in
    the set's order. Raises :class:`FeedbackInvalid` with a message per question; see the module
    docstring for unknown and hidden questions.
    """
    errors: dict[str, str] = {}
    answers: dict[str, list[str]] = {}
    for question in question_set.questions:
        if not question.is_shown(answers):
            continue  # dropped, on purpose: see the module docstring
        try:
            values = _check_question(question, raw.get(question.key))
        except ValueError as error:
            errors[question.key] = str(error)
            continue
        if values:
            answers[question.key] = values
    if not ignore_unknown:
        known = question_set.questions_by_key
        errors.update({str(key): str(_UNKNOWN) for key in raw if key not in known})
    if errors:
        raise FeedbackInvalid(errors)
    return answers


# --- configuration files (shared with touchpoints) -------------------------------------------------


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the field."""


def read_config_file(path: Path) -> dict[str, Any]:
    """The contents of a ``.toml`` or ``.json`` file as a dict, or :class:`ConfigError`."""
    if path.suffix.lower() not in (".toml", ".json"):
        raise ConfigError(f"{path}: use a .toml or .json file")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the file ({error.strerror or error})") from None
    try:
        data = tomllib.loads(raw.decode()) if path.suffix.lower() == ".toml" else json.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid {path.suffix[1:].upper()}: {error}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a table (object) at the top level")
    return data


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """A readable path such as ``questions[2] (key 'rating').kind`` for an error location."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step}]")
            node = node[step] if isinstance(node, list | tuple) and step < len(node) else None
            if isinstance(node, Mapping):
                name = node.get("key", node.get("id"))
                if isinstance(name, str):
                    parts.append(f" ({'key' if 'key' in node else 'id'} {name!r})")
        else:
            parts.append(f".{step}" if parts else str(step))
            node = node.get(step) if isinstance(node, Mapping) else None
    return "".join(parts) or "(top level)"


def describe_validation_error(error: ValidationError, data: Any, source: str) -> str:
    """A pydantic error as lines naming the file and each wrong field, for a developer to act on."""
    items = error.errors(include_url=False)
    inner = {tuple(item["loc"][:-1]) for item in items if item["loc"]}
    lines = []
    for item in items:
        loc = tuple(item["loc"])
        if item["type"] == "too_short":
            if any(found[: len(loc)] == loc for found in inner):
                continue  # pydantic counts only the good items: the bad ones are reported already
            message = f"give at least {item['ctx']['min_length']}"
        else:
            message = item["msg"].removeprefix("Value error, ")
        lines.append(f"  {_where(data, loc)}: {message}")
    count = len(lines)
    return f"{source}: {count} problem{'s' if count != 1 else ''}:\n" + "\n".join(lines)


# --- built-in sets ---------------------------------------------------------------------------------

_PRIVACY_HINT = _l(
    "Do not include personal information, such as your name, address, phone number or Social Security number."
)

POST_TRANSACTION = QuestionSet(
    key="post_transaction",
    title=_l("Tell us how it went"),
    questions=(
        Question(
            key="trust",
            kind="thumbs",
            required=True,
            text=_l("I trust this agency to do what it says it will do."),
            hint=_l("Choose thumbs up if you agree, or thumbs down if you do not."),
        ),
        Question(
            key="positive_drivers",
            kind="choices",
            show_if={"trust": ("up",)},
            text=_l("What went well?"),
            hint=_l("Choose all that apply."),
            options=_options(
                ("effectiveness", _l("I got what I needed")),
                ("ease", _l("It was easy to do")),
                ("efficiency", _l("It did not take long")),
                ("transparency", _l("I knew what would happen and when")),
                ("humanity", _l("I was treated with respect")),
                ("employee", _l("The staff were helpful")),
                ("other", _l("Something else")),
            ),
        ),
        Question(
            key="negative_drivers",
            kind="choices",
            show_if={"trust": ("down",)},
            text=_l("What could have gone better?"),
            hint=_l("Choose all that apply."),
            options=_options(
                ("effectiveness", _l("I did not get what I needed")),
                ("ease", _l("It was hard to do")),
                ("efficiency", _l("It took too long")),
                ("transparency", _l("I did not know what would happen or when")),
                ("humanity", _l("I was not treated with respect")),
                ("employee", _l("The staff were not helpful")),
                ("other", _l("Something else")),
            ),
        ),
        Question(
            key="comment",
            kind="text",
            max_length=DEFAULT_TEXT_LENGTH,
            text=_l("Is there anything else you want to tell us?"),
            hint=_PRIVACY_HINT,
        ),
    ),
)

SEVEN_STATEMENTS = QuestionSet(
    key="seven_statements",
    title=_l("Tell us about your experience"),
    questions=(
        Question(
            key="satisfaction", kind="scale", required=True, text=_l("I am happy with the service I got.")
        ),
        Question(
            key="trust", kind="scale", required=True, text=_l("I trust this agency more after this visit.")
        ),
        Question(key="effectiveness", kind="scale", required=True, text=_l("I got what I came for.")),
        Question(key="ease", kind="scale", required=True, text=_l("It was easy to do what I needed to do.")),
        Question(
            key="efficiency",
            kind="scale",
            required=True,
            text=_l("It did not take longer than it should have."),
        ),
        Question(
            key="equity_transparency",
            kind="scale",
            required=True,
            text=_l("I was treated fairly, and the steps were clear to me."),
        ),
        Question(
            key="employee_helpfulness",
            kind="scale",
            text=_l("The staff I dealt with were helpful."),
            hint=_l("Skip this if you did not deal with any staff."),
        ),
        Question(
            key="comment",
            kind="text",
            max_length=DEFAULT_TEXT_LENGTH,
            text=_l("Is there anything else you want to tell us?"),
            hint=_PRIVACY_HINT,
        ),
    ),
)

PAGE_HELPFUL = QuestionSet(
    key="page_helpful",
    title=_l("Help us improve this page"),
    questions=(
        Question(key="helpful", kind="yes_no", required=True, text=_l("Was this page helpful?")),
        Question(
            key="looking_for",
            kind="text",
            max_length=200,
            text=_l("What were you looking for?"),
            hint=_PRIVACY_HINT,
        ),
    ),
)

BUILT_IN_SETS: dict[str, QuestionSet] = {
    question_set.key: question_set for question_set in (POST_TRANSACTION, SEVEN_STATEMENTS, PAGE_HELPFUL)
}
"""The sets every install has, by key."""
