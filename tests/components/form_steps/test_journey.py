"""The journey is a pure function of the flow and the answers, recomputed from the first step."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from components.form_steps import CHECK_ANSWERS, Destination, journey
from tests.components.form_steps.flows import help_flow

TODAY = date(2026, 12, 3)
FLOW = help_flow()
ADDRESS = {"line1": "1 Main St", "line2": "", "city": "Springfield", "state": "IL", "zip": "62701"}
PERSON = {"person-name": {"first": "Ana", "middle": "", "last": "Ruiz"}, "person-age": "34"}


def _answers(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"in-us": "yes", "when": "2026-11-20", "address": ADDRESS, "damage": "some"}
    base.update(extra)
    return base


def test_a_new_journey_starts_at_the_first_step() -> None:
    now = journey(FLOW, {}, TODAY)
    assert now.next == Destination("step", "in-us")
    assert now.visited == ()
    assert not now.may_visit(Destination("step", "when"))


def test_the_next_step_is_the_first_without_an_answer() -> None:
    now = journey(FLOW, _answers(), TODAY)
    assert now.next == Destination("step", "damage-cost")
    assert now.visited == ("in-us", "when", "address", "damage")
    assert now.may_visit(Destination("step", "when"))
    assert not now.may_visit(Destination("step", "pay-by"))


def test_an_exit_ends_the_journey() -> None:
    assert journey(FLOW, {"in-us": "no"}, TODAY).next == Destination("exit", "not-eligible")
    late = journey(FLOW, {"in-us": "yes", "when": "2026-01-01"}, TODAY)
    assert late.exited and late.next.id == "too-late"


def test_a_route_skips_steps_and_their_old_answers_drop_out() -> None:
    answers = _answers(**{"damage-cost": "5000"})
    assert journey(FLOW, answers, TODAY).relevant()["damage-cost"] == "5000"
    answers["damage"] = "none"  # changed: the repair cost question is off the way now
    now = journey(FLOW, answers, TODAY)
    assert "damage-cost" not in now.visited
    assert "damage-cost" not in now.relevant()
    assert now.next == Destination("add_another", "household")


def test_a_skipped_optional_answer_counts_as_answered() -> None:
    now = journey(FLOW, _answers(**{"damage-cost": None}), TODAY)
    assert now.next == Destination("add_another", "household")
    assert now.relevant()["damage-cost"] is None


def test_a_list_asks_each_item_then_add_another() -> None:
    base = _answers(**{"damage-cost": None})
    one_started = journey(
        FLOW, {**base, "household": {"items": [{"person-name": PERSON["person-name"]}]}}, TODAY
    )
    assert one_started.next == Destination("step", "person-age", 0)
    one = journey(FLOW, {**base, "household": {"items": [PERSON]}}, TODAY)
    assert one.next == Destination("add_another", "household")
    assert one.may_visit(Destination("step", "person-name", 0))
    assert not one.may_visit(Destination("step", "person-name", 1))
    done = journey(FLOW, {**base, "household": {"items": [PERSON], "complete": True}}, TODAY)
    assert done.next == Destination("step", "pay-by")
    assert done.relevant()["household"] == {"items": [PERSON], "complete": True}


def test_an_empty_list_may_be_complete_and_a_full_one_needs_no_answer() -> None:
    base = _answers(**{"damage-cost": None})
    assert journey(FLOW, {**base, "household": {"items": [], "complete": True}}, TODAY).next.id == "pay-by"
    full = {"items": [PERSON] * 5}
    assert journey(FLOW, {**base, "household": full}, TODAY).next.id == "pay-by"
    too_many = {"items": [PERSON] * 9, "complete": True}
    assert len(journey(FLOW, {**base, "household": too_many}, TODAY).relevant()["household"]["items"]) == 5


def test_the_payment_branch_and_check_answers() -> None:
    base = _answers(**{"damage-cost": None, "household": {"items": [], "complete": True}})
    by_bank = journey(
        FLOW, {**base, "pay-by": "bank", "bank": {"routing": "021000021", "account": "1234"}}, TODAY
    )
    assert by_bank.complete and by_bank.next == Destination("check_answers", CHECK_ANSWERS)
    assert by_bank.may_visit(Destination("check_answers", CHECK_ANSWERS))
    by_check = {**base, "pay-by": "check", "bank": {"routing": "021000021", "account": "1234"}}
    now = journey(FLOW, by_check, TODAY)
    assert now.next == Destination("step", "mail-to")
    assert "bank" not in now.relevant()  # the old bank details are on a branch no longer taken


def test_section_statuses_for_the_task_list() -> None:
    sections = {section.id: section for section in FLOW.sections}
    start = journey(FLOW, {}, TODAY)
    assert [start.section_status(section) for section in FLOW.sections] == [
        "not_started",
        "cannot_start_yet",
        "cannot_start_yet",
    ]
    middle = journey(FLOW, _answers(**{"damage-cost": None}), TODAY)
    assert middle.section_status(sections["about"]) == "completed"
    assert middle.section_status(sections["people"]) == "not_started"
    assert middle.section_status(sections["payment"]) == "cannot_start_yet"


values = st.one_of(
    st.none(), st.sampled_from(["yes", "no", "some", "none", "destroyed", "bank", "check", "3"])
)
answer_sets = st.fixed_dictionaries(
    {},
    optional={
        "in-us": values,
        "when": st.sampled_from(["2026-11-20", "2025-01-01", "junk"]),
        "address": st.just(ADDRESS),
        "damage": values,
        "damage-cost": values,
        "household": st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {"items": st.lists(st.just(PERSON), max_size=7), "complete": st.booleans()}
            ),
        ),
        "pay-by": values,
        "bank": st.just({"routing": "021000021", "account": "1234"}),
        "mail-to": st.text(max_size=3),
    },
)


@settings(max_examples=300, deadline=None)
@given(answer_sets)
def test_journey_invariants(answers: dict[str, Any]) -> None:
    now = journey(FLOW, answers, TODAY)
    order = [placed.node.id for placed in FLOW.nodes()]
    positions = [order.index(node_id) for node_id in now.visited]
    assert positions == sorted(positions)  # forward only
    assert set(now.relevant()) == set(now.visited) | (
        {"household"} if "household" in now.relevant() else set()
    )
    assert now.may_visit(now.next)
    assert journey(FLOW, now.relevant(), TODAY).visited == now.visited  # purging changes nothing on the way
    if now.next.kind == "step" and now.next.item is None:
        assert now.next.id not in answers
