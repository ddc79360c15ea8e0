"""Conditions on answers, which decide where a flow goes next.

A condition is data, so a flow written in YAML or JSON holds the same conditions as one written in
Python: each is a small pydantic model told apart by its ``kind``. They read **any** answer given
so far, not only choices: whether it was answered, equality, one of several values, a choice among
several chosen, numeric comparison, and dates compared with today ("the disaster was within the
last 60 days"); ``all``, ``any`` and ``not`` combine them.

    When.answer("damage").is_("destroyed") | When.answer("people").at_least(5)

builds the same model as ``{"kind": "any", "conditions": [...]}``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Scalar = str | int | float | bool
"""A value a condition compares an answer with: an option's value, a number, yes or no."""


class _Condition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def __or__(self, other: Condition) -> AnyOf:
        return AnyOf(conditions=[self, other])

    def __and__(self, other: Condition) -> AllOf:
        return AllOf(conditions=[self, other])

    def __invert__(self) -> Not:
        return Not(condition=self)


class Answered(_Condition):
    """True when the question has an answer (a skipped optional question has none)."""

    kind: Literal["answered"] = "answered"
    question: str = Field(description="The id of the step whose answer is read.")


class Equals(_Condition):
    """True when the answer is ``value``; for a question with several choices, when it is the only one."""

    kind: Literal["equals"] = "equals"
    question: str = Field(description="The id of the step whose answer is read.")
    value: Scalar = Field(
        description="The value the answer must be: an option's value, a number, true or false."
    )


class OneOf(_Condition):
    """True when the answer is any of ``values``."""

    kind: Literal["one_of"] = "one_of"
    question: str = Field(description="The id of the step whose answer is read.")
    values: list[Scalar] = Field(min_length=1, description="The values, one of which the answer must be.")


class Includes(_Condition):
    """True when a question with several choices has ``value`` among those chosen."""

    kind: Literal["includes"] = "includes"
    question: str = Field(description="The id of the step whose answer is read.")
    value: Scalar = Field(description="The option's value that must be among the choices.")


class Compare(_Condition):
    """True when a number answer compares with ``value`` as ``op`` says ("at least 5 people")."""

    kind: Literal["compare"] = "compare"
    question: str = Field(description="The id of the step whose answer is read.")
    op: Literal["<", "<=", ">", ">="] = Field(description="How the answer compares with the value.")
    value: float = Field(description="The number the answer is compared with.")


class DateWithin(_Condition):
    """True when a date answer falls in a window counted in days from today.

    ``since_days=60`` means on or after 60 days ago; ``until_days=0`` means on or before today;
    either may be left out. "The disaster was in the last 60 days" is ``since_days=60, until_days=0``.
    """

    kind: Literal["date_within"] = "date_within"
    question: str = Field(description="The id of the step whose answer (a date) is read.")
    since_days: int | None = Field(None, description="The earliest day, counted back from today.")
    until_days: int | None = Field(None, description="The latest day, counted back from today (0 is today).")


class AllOf(_Condition):
    """True when every condition is."""

    kind: Literal["all"] = "all"
    conditions: list[Condition] = Field(min_length=1, description="The conditions that must all hold.")


class AnyOf(_Condition):
    """True when at least one condition is."""

    kind: Literal["any"] = "any"
    conditions: list[Condition] = Field(min_length=1, description="The conditions, one of which must hold.")


class Not(_Condition):
    """True when the condition is not."""

    kind: Literal["not"] = "not"
    condition: Condition = Field(description="The condition that must not hold.")


Condition = Annotated[
    Answered | Equals | OneOf | Includes | Compare | DateWithin | AllOf | AnyOf | Not,
    Field(discriminator="kind"),
]
"""Any condition, told apart by its ``kind``."""

for _model in (AllOf, AnyOf, Not):
    _model.model_rebuild()


class When:
    """Shorthand for conditions in Python: ``When.answer("damage").is_("destroyed")``."""

    def __init__(self, question: str) -> None:
        self.question = question

    @classmethod
    def answer(cls, question: str) -> When:
        """Conditions on the answer to the step ``question``."""
        return cls(question)

    def is_(self, value: Scalar) -> Equals:
        """The answer is ``value``."""
        return Equals(question=self.question, value=value)

    def is_one_of(self, *values: Scalar) -> OneOf:
        """The answer is one of ``values``."""
        return OneOf(question=self.question, values=list(values))

    def includes(self, value: Scalar) -> Includes:
        """``value`` is among the choices."""
        return Includes(question=self.question, value=value)

    def is_given(self) -> Answered:
        """The question was answered."""
        return Answered(question=self.question)

    def at_least(self, value: float) -> Compare:
        """The number is ``value`` or more."""
        return Compare(question=self.question, op=">=", value=value)

    def less_than(self, value: float) -> Compare:
        """The number is below ``value``."""
        return Compare(question=self.question, op="<", value=value)

    def within_days(self, days: int) -> DateWithin:
        """The date is between ``days`` days ago and today."""
        return DateWithin(question=self.question, since_days=days, until_days=0)


def questions_read(condition: Condition) -> Iterator[str]:
    """The ids of the steps whose answers ``condition`` reads."""
    if isinstance(condition, AllOf | AnyOf):
        for part in condition.conditions:
            yield from questions_read(part)
    elif isinstance(condition, Not):
        yield from questions_read(condition.condition)
    else:
        yield condition.question


def holds(condition: Condition, answers: Mapping[str, Any], today: date) -> bool:
    """Whether ``condition`` holds for ``answers`` (by step id) on ``today``.

    An answer that is missing, or of a kind the condition cannot read, makes it false (and
    ``not`` of it true): a condition never raises.
    """
    if isinstance(condition, AllOf):
        return all(holds(part, answers, today) for part in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(holds(part, answers, today) for part in condition.conditions)
    if isinstance(condition, Not):
        return not holds(condition.condition, answers, today)
    answer = answers.get(condition.question)
    if isinstance(condition, Answered):
        return answer is not None and answer != [] and answer != ""
    if isinstance(condition, Equals):
        return _same(answer, condition.value) or (isinstance(answer, list) and answer == [condition.value])
    if isinstance(condition, OneOf):
        return any(_same(answer, value) for value in condition.values)
    if isinstance(condition, Includes):
        return isinstance(answer, list) and any(_same(item, condition.value) for item in answer)
    if isinstance(condition, Compare):
        return _compare(answer, condition.op, condition.value)
    return _within(answer, condition, today)


def _same(answer: Any, value: Scalar) -> bool:
    if isinstance(value, bool) or isinstance(answer, bool):
        return answer is value
    if isinstance(value, int | float) and not isinstance(answer, str):
        return _number(answer) == Decimal(str(value))
    return answer == value


def _number(answer: Any) -> Decimal | None:
    if isinstance(answer, bool) or not isinstance(answer, int | float | Decimal | str):
        return None
    try:
        number = Decimal(str(answer))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _compare(answer: Any, op: str, value: float) -> bool:
    number = _number(answer)
    if number is None:
        return False
    other = Decimal(str(value))
    return {"<": number < other, "<=": number <= other, ">": number > other, ">=": number >= other}[op]


def _within(answer: Any, condition: DateWithin, today: date) -> bool:
    if isinstance(answer, str):
        try:
            answer = date.fromisoformat(answer)
        except ValueError:
            return False
    if not isinstance(answer, date):
        return False
    if condition.since_days is not None and answer < today - timedelta(days=condition.since_days):
        return False
    return condition.until_days is None or answer <= today - timedelta(days=condition.until_days)
