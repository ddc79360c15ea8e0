"""What can be wrong with a flow, found when it loads, each problem named with its step.

:func:`check_flow` returns every problem; :func:`checked` raises :class:`FlowError` listing them.
A flow is wrong when: two of its steps, lists, sections or exits share an id, or one takes the name
of a page the flow serves (``saved``, ``tasks``...); a route goes to
nothing, or back (routes only go forward, so there are no cycles); a condition reads a question
that does not exist, comes later, or sits inside a list; a condition compares a choice with a value
that is not one of its options; a step or exit cannot be reached; a route follows one that always
holds (so it is never read); a list's ``min_items`` is above its ``max_items``; or a migration
starts at the flow's own version or later, or renames a step to one that does not exist.
"""

from __future__ import annotations

from collections import Counter

from components.form_steps.answer_types import NONE_OF_THESE, OneOf, SeveralOf, YesNo
from components.form_steps.conditions import AllOf, AnyOf, Condition, Equals, Includes, Not, questions_read
from components.form_steps.conditions import OneOf as OneOfCondition
from components.form_steps.flow import CHECK_ANSWERS, PAGE_NAMES, Flow, Repeat, Step


class FlowError(ValueError):
    """A flow that cannot be used; ``problems`` lists why, each naming its step."""

    def __init__(self, flow_id: str, problems: list[str]) -> None:
        self.problems = problems
        listed = "\n".join(f"- {problem}" for problem in problems)
        super().__init__(f"flow {flow_id!r} has {len(problems)} problem(s):\n{listed}")


def checked(flow: Flow) -> Flow:
    """``flow`` itself, once :func:`check_flow` finds nothing wrong; else :class:`FlowError`."""
    problems = check_flow(flow)
    if problems:
        raise FlowError(flow.id, problems)
    return flow


def check_flow(flow: Flow) -> list[str]:
    """Every problem with ``flow``, in order; empty when it can be used."""
    problems = _duplicate_ids(flow)
    placed = list(flow.nodes())
    position = {item.node.id: item.position for item in placed}
    exits = {exit_page.id for exit_page in flow.exits}
    questions = {step.id: step for step in flow.steps()}
    inside_lists = {step.id for item in placed if isinstance(item.node, Repeat) for step in item.node.steps}
    for item in placed:
        node = item.node
        if isinstance(node, Repeat):
            if node.min_items > node.max_items:
                problems.append(
                    f"list {node.id!r}: min_items {node.min_items} is above max_items {node.max_items}"
                )
            for step in node.steps:
                if step.routes:
                    problems.append(
                        f"step {step.id!r} in list {node.id!r}: steps inside a list cannot have routes"
                    )
            continue
        always = False
        for index, route in enumerate(node.routes):
            where = f"step {node.id!r}, route {index + 1}"
            if always:
                problems.append(f"{where}: never read, as a route before it always holds")
            if route.to in position:
                if position[route.to] <= item.position:
                    problems.append(f"{where}: goes back to {route.to!r} (routes only go forward)")
            elif route.to not in exits and route.to != CHECK_ANSWERS:
                problems.append(f"{where}: goes to {route.to!r}, which is no step, list or exit")
            if route.when is None:
                always = True
                continue
            for question in questions_read(route.when):
                if question not in questions:
                    problems.append(f"{where}: reads {question!r}, which is no step")
                elif question in inside_lists:
                    problems.append(f"{where}: reads {question!r}, which is inside a list")
                elif position[question] > item.position:
                    problems.append(f"{where}: reads {question!r}, which comes later")
            problems += [f"{where}: {problem}" for problem in _option_problems(route.when, questions)]
    problems += _unreachable(flow, position, exits)
    for migration in flow.migrations:
        where = f"migration from version {migration.from_version}"
        if migration.from_version >= flow.version:
            problems.append(f"{where}: the flow is at version {flow.version}")
        problems += [
            f"{where}: renames to {new!r}, which is no step"
            for new in migration.rename.values()
            if new not in questions and new not in position
        ]
    return problems


def _duplicate_ids(flow: Flow) -> list[str]:
    ids = [section.id for section in flow.sections]
    ids += [item.node.id for item in flow.nodes()]
    ids += [step.id for item in flow.nodes() if isinstance(item.node, Repeat) for step in item.node.steps]
    ids += [exit_page.id for exit_page in flow.exits]
    taken = [f"id {name!r} is the name of one of the flow's own pages" for name in ids if name in PAGE_NAMES]
    ids += [CHECK_ANSWERS]
    return taken + [f"id {name!r} is used {count} times" for name, count in Counter(ids).items() if count > 1]


def _option_problems(condition: Condition, questions: dict[str, Step]) -> list[str]:
    problems = []
    for part in _leaves(condition):
        if not isinstance(part, Equals | Includes | OneOfCondition) or part.question not in questions:
            continue
        question = questions[part.question].question
        if isinstance(question, YesNo):
            allowed = {"yes", "no"}
        elif isinstance(question, OneOf | SeveralOf):
            allowed = {option.value for option in question.options}
            if isinstance(question, SeveralOf) and question.none_of_these:
                allowed.add(NONE_OF_THESE)
        else:
            continue
        values = part.values if isinstance(part, OneOfCondition) else [part.value]
        problems += [
            f"{value!r} is not an option of {part.question!r}" for value in values if value not in allowed
        ]
    return problems


def _leaves(condition: Condition) -> list[Condition]:
    if isinstance(condition, AllOf | AnyOf):
        return [leaf for part in condition.conditions for leaf in _leaves(part)]
    if isinstance(condition, Not):
        return _leaves(condition.condition)
    return [condition]


def _unreachable(flow: Flow, position: dict[str, int], exits: set[str]) -> list[str]:
    """Steps, lists and exits no way through the flow reaches (conditions are taken as possible)."""
    nodes = [item.node for item in flow.nodes()]
    reached = {nodes[0].id}
    for index, node in enumerate(nodes):  # in order: every way in comes from an earlier node
        if node.id not in reached:
            continue
        routes = node.routes if isinstance(node, Step) else []
        for route in routes:
            reached.add(route.to)
        if all(route.when is not None for route in routes) and index + 1 < len(nodes):
            reached.add(nodes[index + 1].id)
    problems = [
        f"{'list' if isinstance(node, Repeat) else 'step'} {node.id!r}: no way through the flow reaches it"
        for node in nodes
        if node.id not in reached
    ]
    problems += [f"exit {name!r}: no route goes to it" for name in sorted(exits - reached)]
    return problems
