"""A flow is checked when it loads: each problem is named with its step."""

from __future__ import annotations

import pytest

from components.form_steps import (
    Exit,
    Flow,
    FlowError,
    OneOf,
    Option,
    Repeat,
    Route,
    Section,
    Step,
    Text,
    When,
    YesNo,
    check_flow,
    checked,
)
from tests.components.form_steps.flows import help_flow


def _flow(*steps: Step | Repeat, exits: list[Exit] | None = None) -> Flow:
    return Flow(
        id="f", title="F", sections=[Section(id="s", title="Do it", steps=list(steps))], exits=exits or []
    )


def _step(step_id: str, *routes: Route) -> Step:
    return Step(id=step_id, question=Text(label=f"Question {step_id}?"), routes=list(routes))


def test_the_shared_flow_is_sound() -> None:
    assert check_flow(help_flow()) == []
    assert checked(help_flow()) == help_flow()


@pytest.mark.parametrize(
    ("flow", "problem"),
    [
        (_flow(_step("a", Route(to="b")), _step("b", Route(to="a"))), "step 'b', route 1: goes back to 'a'"),
        (_flow(_step("a", Route(to="a"))), "step 'a', route 1: goes back to 'a'"),
        (_flow(_step("a", Route(to="nowhere"))), "step 'a', route 1: goes to 'nowhere', which is no step"),
        (_flow(_step("a"), _step("a")), "id 'a' is used 2 times"),
        (_flow(_step("saved")), "id 'saved' is the name of one of the flow's own pages"),
        (
            _flow(_step("a", Route(to="c", when=When.answer("b").is_given())), _step("b"), _step("c")),
            "step 'a', route 1: reads 'b', which comes later",
        ),
        (
            _flow(_step("a", Route(to="b", when=When.answer("zzz").is_given())), _step("b")),
            "step 'a', route 1: reads 'zzz', which is no step",
        ),
        (
            _flow(_step("a", Route(to="c")), _step("b"), _step("c")),
            "step 'b': no way through the flow reaches it",
        ),
        (
            _flow(_step("a"), exits=[Exit(id="out", title="Out", body="Go.")]),
            "exit 'out': no route goes to it",
        ),
        (
            _flow(
                _step("a", Route(to="c"), Route(to="b", when=When.answer("a").is_given())),
                _step("b"),
                _step("c"),
            ),
            "step 'a', route 2: never read, as a route before it always holds",
        ),
        (
            _flow(
                Step(
                    id="a",
                    question=YesNo(label="A?"),
                    routes=[Route(to="c", when=When.answer("a").is_("maybe"))],
                ),
                _step("b"),
                _step("c"),
            ),
            "step 'a', route 1: 'maybe' is not an option of 'a'",
        ),
        (
            _flow(
                Repeat(
                    id="r", title="Things", add_question="More?", steps=[_step("x")], min_items=3, max_items=2
                )
            ),
            "list 'r': min_items 3 is above max_items 2",
        ),
        (
            _flow(
                Repeat(id="r", title="Things", add_question="More?", steps=[_step("x", Route(to="y"))]),
                _step("y"),
            ),
            "step 'x' in list 'r': steps inside a list cannot have routes",
        ),
        (
            _flow(
                Repeat(id="r", title="Things", add_question="More?", steps=[_step("x")]),
                _step("y", Route(to="z", when=When.answer("x").is_given())),
                _step("z"),
            ),
            "step 'y', route 1: reads 'x', which is inside a list",
        ),
    ],
)
def test_each_problem_is_named(flow: Flow, problem: str) -> None:
    problems = check_flow(flow)
    assert any(found.startswith(problem) for found in problems), problems


def test_a_flow_with_problems_raises_listing_them_all() -> None:
    flow = _flow(
        Step(
            id="a",
            question=OneOf(label="A?", options=[Option(value="x", label="X"), Option(value="y", label="Y")]),
            routes=[Route(to="nowhere"), Route(to="a")],
        )
    )
    with pytest.raises(FlowError) as raised:
        checked(flow)
    assert len(raised.value.problems) == 3
    assert "flow 'f' has 3 problem(s)" in str(raised.value)
