"""Conditions read any answer, combine, never raise, and round-trip as data."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from components.form_steps.conditions import (
    AllOf,
    Answered,
    Compare,
    Condition,
    DateWithin,
    Equals,
    Includes,
    Not,
    OneOf,
    When,
    holds,
    questions_read,
)

TODAY = date(2026, 12, 3)
CONDITION = TypeAdapter(Condition)


@pytest.mark.parametrize(
    ("condition", "answers", "expected"),
    [
        (Equals(question="a", value="yes"), {"a": "yes"}, True),
        (Equals(question="a", value="yes"), {"a": "no"}, False),
        (Equals(question="a", value="yes"), {}, False),
        (Equals(question="a", value="x"), {"a": ["x"]}, True),  # a list with that one choice
        (Equals(question="n", value=3), {"n": "3"}, False),  # text is not the number 3
        (Equals(question="n", value=3), {"n": 3}, True),
        (OneOf(question="a", values=["x", "y"]), {"a": "y"}, True),
        (Includes(question="a", value="food"), {"a": ["water", "food"]}, True),
        (Includes(question="a", value="food"), {"a": "food"}, False),
        (Compare(question="n", op=">=", value=5), {"n": "5"}, True),
        (Compare(question="n", op="<", value=5), {"n": "5.5"}, False),
        (Compare(question="n", op="<", value=5), {"n": "lots"}, False),
        (Answered(question="a"), {"a": None}, False),
        (Answered(question="a"), {"a": ""}, False),
        (Answered(question="a"), {"a": "x"}, True),
        (DateWithin(question="d", since_days=60, until_days=0), {"d": "2026-10-04"}, True),
        (DateWithin(question="d", since_days=60, until_days=0), {"d": "2026-10-03"}, False),
        (DateWithin(question="d", since_days=60, until_days=0), {"d": "2026-12-04"}, False),
        (DateWithin(question="d", since_days=60), {"d": "not a date"}, False),
        (Not(condition=Equals(question="a", value="x")), {}, True),
        (
            AllOf(conditions=[Answered(question="a"), Equals(question="b", value="z")]),
            {"a": "1", "b": "z"},
            True,
        ),
    ],
)
def test_conditions_read_answers(condition: Condition, answers: dict[str, Any], expected: bool) -> None:
    assert holds(condition, answers, TODAY) is expected


def test_python_shorthand_builds_the_same_data_as_json() -> None:
    built = When.answer("damage").is_("destroyed") | (
        When.answer("people").at_least(5) & ~When.answer("x").is_given()
    )
    data = {
        "kind": "any",
        "conditions": [
            {"kind": "equals", "question": "damage", "value": "destroyed"},
            {
                "kind": "all",
                "conditions": [
                    {"kind": "compare", "question": "people", "op": ">=", "value": 5},
                    {"kind": "not", "condition": {"kind": "answered", "question": "x"}},
                ],
            },
        ],
    }
    assert CONDITION.validate_python(data) == built
    assert CONDITION.validate_python(CONDITION.dump_python(built, mode="json")) == built
    assert sorted(questions_read(built)) == ["damage", "people", "x"]


def test_an_unknown_kind_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError, match="maybe"):
        CONDITION.validate_python({"kind": "maybe", "question": "a"})


answers_strategy = st.dictionaries(
    st.sampled_from(["a", "b", "n", "d"]),
    st.one_of(
        st.none(),
        st.text(max_size=5),
        st.integers(),
        st.floats(allow_nan=True),
        st.lists(st.text(max_size=3)),
    ),
)


@given(answers_strategy)
def test_a_condition_never_raises(answers: dict[str, Any]) -> None:
    for condition in (
        Equals(question="a", value=1.5),
        Compare(question="n", op=">", value=2),
        DateWithin(question="d", since_days=1),
        Includes(question="b", value="x"),
        Not(condition=Answered(question="a")),
    ):
        holds(condition, answers, TODAY)
