"""The check of a submission against its question set.

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

import re
from collections.abc import Mapping
from typing import Any

from feedback_widget.questions.models import DEFAULT_TEXT_LENGTH, Question, QuestionSet
from i18n import lazy_gettext as _l
from i18n import ngettext
from i18n.formatting import format_number

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
