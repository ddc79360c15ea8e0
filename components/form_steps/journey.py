"""The journey: where a person is in a flow, worked out from the flow and their answers alone.

:func:`journey` walks the flow from its first step on every request, as GOV.UK Forms does: each
answered step on the way is *visited*, routes are followed by the answers visited so far, and the
first step with no answer is where the person goes *next* (or the add another page of a list, an
exit page, or check answers at the end). Nothing else is kept, so back links, deep links and
changed answers are always right: an answer on a branch no longer taken is simply not on the way,
and :meth:`Journey.relevant` leaves it out of check answers and of the submission.

Answers are by step id: a value, or ``None`` for an optional step skipped. A list's answers are
``{"items": [{step id: value, ...}, ...], "complete": bool}``: ``complete`` once the person said
they have no more to add.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from components.form_steps.conditions import holds
from components.form_steps.flow import CHECK_ANSWERS, Flow, Repeat, Section, Step

Status = Literal["completed", "in_progress", "not_started", "cannot_start_yet", "not_needed"]


@dataclass(frozen=True)
class Destination:
    """A page of the flow: a step (of a list's item, when ``item`` is given), a list's add another
    page, an exit page, or check answers."""

    kind: Literal["step", "add_another", "exit", "check_answers", "tasks"]
    id: str
    item: int | None = None


@dataclass(frozen=True)
class Journey:
    """Where a person is in a flow: what they have visited, and where they go next."""

    flow: Flow
    visited: tuple[str, ...]
    """The ids of the steps and lists on the way, answered, in order."""
    next: Destination
    relevant_answers: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Whether every question on the way is answered: check answers comes next."""
        return self.next.kind == "check_answers"

    @property
    def exited(self) -> bool:
        """Whether the answers lead to an exit page: the service is not for this person."""
        return self.next.kind == "exit"

    def may_visit(self, page: Destination) -> bool:
        """Whether ``page`` may be shown now: a page on the way, or the next one.

        A step of a list's item may be shown for items that exist (or the next new one), when the list
        is on the way; the add another page likewise. A step off the way (a branch not taken, or one
        past the next) may not.
        """
        if page == self.next:
            return True
        if page.kind == "check_answers":
            return self.complete
        if page.kind == "exit":
            return False
        if page.kind == "step" and page.item is None:
            return page.id in self.visited
        repeat = self._repeat_of(page)
        if repeat is None or not (repeat.id in self.visited or self._next_repeat() == repeat.id):
            return False
        if page.kind == "add_another":
            return page.id == repeat.id
        items = (self.relevant_answers.get(repeat.id) or {}).get("items", [])
        return page.item is not None and 0 <= page.item < len(items)

    def relevant(self) -> dict[str, Any]:
        """The answers on the way: what check answers shows and what is submitted."""
        return dict(self.relevant_answers)

    def section_status(self, section: Section) -> Status:
        """A task list's status for ``section``."""
        ids = {node.id for node in section.steps}
        seen = [node_id for node_id in self.visited if node_id in ids]
        next_section = self._section_of_next()
        if next_section is not None and next_section.id == section.id:
            return "in_progress" if seen or self._started_list(section) else "not_started"
        if seen:
            return "completed"
        order = [candidate.id for candidate in self.flow.sections]
        if next_section is None or order.index(section.id) < order.index(next_section.id):
            return "not_needed"
        return "cannot_start_yet"

    def _started_list(self, section: Section) -> bool:
        """Whether a list of ``section`` has an item already (started, though not on the way yet)."""
        return any(
            self.relevant_answers.get(node.id, {}).get("items")
            for node in section.steps
            if isinstance(node, Repeat)
        )

    def _section_of_next(self) -> Section | None:
        if self.next.kind in ("check_answers", "exit"):
            return None
        node_id = self.next.id if self.next.item is None else self._next_repeat()
        for placed in self.flow.nodes():
            if placed.node.id == node_id:
                return placed.section
        return None

    def _next_repeat(self) -> str | None:
        if self.next.kind == "add_another":
            return self.next.id
        if self.next.item is not None:
            repeat = self._repeat_of(self.next)
            return repeat.id if repeat else None
        return None

    def _repeat_of(self, page: Destination) -> Repeat | None:
        for placed in self.flow.nodes():
            node = placed.node
            if isinstance(node, Repeat) and (
                node.id == page.id or any(step.id == page.id for step in node.steps)
            ):
                return node
        return None


def journey(flow: Flow, answers: Mapping[str, Any], today: date | None = None) -> Journey:
    """Where a person with ``answers`` is in ``flow``, on ``today`` (for conditions on dates)."""
    today = today or date.today()
    nodes = [placed.node for placed in flow.nodes()]
    index = {node.id: position for position, node in enumerate(nodes)}
    exits = {exit_page.id for exit_page in flow.exits}
    visited: list[str] = []
    relevant: dict[str, Any] = {}
    position = 0
    while position < len(nodes):
        node = nodes[position]
        if isinstance(node, Repeat):
            stop = _walk_list(node, answers.get(node.id))
            if isinstance(stop, Destination):
                items = _items(answers.get(node.id), node)
                if items:
                    relevant[node.id] = {"items": items, "complete": False}
                return Journey(flow, tuple(visited), stop, relevant)
            visited.append(node.id)
            relevant[node.id] = stop
            position += 1
            continue
        if node.id not in answers:
            return Journey(flow, tuple(visited), Destination("step", node.id), relevant)
        visited.append(node.id)
        relevant[node.id] = answers[node.id]
        target = _route(node, relevant, today)
        if target is None:
            position += 1
        elif target == CHECK_ANSWERS:
            break
        elif target in exits:
            return Journey(flow, tuple(visited), Destination("exit", target), relevant)
        else:
            position = index[target]
    return Journey(flow, tuple(visited), Destination("check_answers", CHECK_ANSWERS), relevant)


def _route(step: Step, answers: Mapping[str, Any], today: date) -> str | None:
    for route in step.routes:
        if route.when is None or holds(route.when, answers, today):
            return route.to
    return None


def _items(data: Any, repeat: Repeat) -> list[dict[str, Any]]:
    items = data.get("items") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        return []
    return [dict(item) if isinstance(item, Mapping) else {} for item in items[: repeat.max_items]]


def _walk_list(repeat: Repeat, data: Any) -> Destination | dict[str, Any]:
    """The list's next page (a step of an item not finished, or add another), or its answers when done."""
    items = _items(data, repeat)
    for number, item in enumerate(items):
        for step in repeat.steps:
            if step.id not in item:
                return Destination("step", step.id, number)
    complete = isinstance(data, Mapping) and data.get("complete") is True
    if len(items) < repeat.min_items or not (complete or len(items) >= repeat.max_items):
        return Destination("add_another", repeat.id)
    return {"items": [{step.id: item[step.id] for step in repeat.steps} for item in items], "complete": True}
