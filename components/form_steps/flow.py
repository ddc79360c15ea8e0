"""A flow: the declared form, in sections of steps, with the routes between them.

A flow is data. It is built in Python or loaded from YAML or JSON (:mod:`.loading`), and the two
round-trip. Its parts:

- :class:`Section`: a titled group of steps; a long flow shows its sections as a task list.
- :class:`Step`: one question page. Its ``question`` says what is asked and how the answer is
  checked (an answer type, :mod:`.answer_types`); ``optional`` steps may be skipped.
- :class:`Repeat`: steps asked once for each item of a list ("add another person"), with at
  least ``min_items`` and at most ``max_items`` items.
- :class:`Route`: where to go after a step when its condition holds: a later step, an
  :class:`Exit` ("you cannot use this service"), or :data:`CHECK_ANSWERS`. Routes are read in
  order; the first that holds wins; with none, the flow goes on to the next step in order.

Routes only go forward, so a flow has no cycles. :func:`~.checks.check_flow` finds the rest of
what can be wrong with a flow when it loads, each problem named with its step.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from components.form_steps.answer_types import Question
from components.form_steps.conditions import Condition

CHECK_ANSWERS = "check-answers"
"""The route target that ends the questions: the check answers page."""

PAGE_NAMES = frozenset(
    {CHECK_ANSWERS, "confirmation", "saved", "tasks", "resume", "delete", "exit", "session", "session-ended"}
)
"""The names of the pages a flow's web layer serves beside its questions: no step may take one."""

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,62}$")]
"""A step, section, repeat or exit id: lower case, digits, ``-`` and ``_``; used in URLs and storage."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Route(_Model):
    """Where the flow goes after a step when ``when`` holds (always, when it is left out)."""

    to: str = Field(description="A later step's id, an exit's id, or 'check-answers'.")
    when: Condition | None = Field(None, description="The condition on answers given so far.")


class Step(_Model):
    """One question page."""

    kind: Literal["step"] = "step"
    id: Identifier = Field(description="The step's id: the key of its answer, and its URL.")
    question: Question = Field(description="What is asked, and how the answer is checked.")
    routes: list[Route] = Field(default_factory=list, description="Where to go next, read in order.")


class Repeat(_Model):
    """Steps asked for each item of a list, with an "add another" page after each item."""

    kind: Literal["repeat"] = "repeat"
    id: Identifier = Field(description="The list's id: the key of its items.")
    title: str = Field(min_length=1, description="The list page's heading: 'People who live with you'.")
    add_question: str = Field(
        min_length=1, description="The yes-or-no question on the list page: 'Does anyone else live with you?'"
    )
    steps: list[Step] = Field(min_length=1, description="The steps asked for each item, in order.")
    min_items: int = Field(0, ge=0, description="The fewest items the list may have.")
    max_items: int = Field(20, ge=1, le=500, description="The most items the list may have.")


def _node_kind(value: Any) -> str:
    """A node's kind: its ``kind``, or, in written data that leaves it out, a list if it has steps."""
    if isinstance(value, dict):
        return str(value.get("kind") or ("repeat" if "steps" in value else "step"))
    return str(getattr(value, "kind", "step"))


Node = Annotated[Annotated[Step, Tag("step")] | Annotated[Repeat, Tag("repeat")], Discriminator(_node_kind)]
"""A step or a list; in YAML or JSON, ``kind`` may be left out (a list is what has ``steps``)."""


class Section(_Model):
    """A titled group of steps: a task on the task list."""

    id: Identifier = Field(description="The section's id.")
    title: str = Field(min_length=1, description="The section's title, a task named with a verb.")
    steps: list[Node] = Field(min_length=1, description="The steps and lists, in order.")


class Exit(_Model):
    """A page that ends the flow for someone it is not for, saying what to do instead."""

    id: Identifier = Field(description="The exit page's id, used as a route target.")
    title: str = Field(min_length=1, description="The page's heading.")
    body: str = Field(min_length=1, description="What the person can do instead, in plain words.")


class Migration(_Model):
    """How the answers of a draft started on an older version of the flow carry over to the next one:
    steps renamed, steps whose answers no longer mean the same (asked again). Steps added need
    nothing: the journey asks them; steps removed need nothing: their answers are off the way."""

    from_version: int = Field(ge=1, description="The version whose drafts this carries over (to the next).")
    rename: dict[str, str] = Field(default_factory=dict, description="Old step id to new step id.")
    ask_again: list[str] = Field(default_factory=list, description="Steps whose old answers are dropped.")

    def apply(self, answers: dict[str, Any]) -> dict[str, Any]:
        """``answers`` as the next version reads them."""
        moved = {self.rename.get(key, key): value for key, value in answers.items()}
        return {key: value for key, value in moved.items() if key not in self.ask_again}


class Flow(_Model):
    """A whole form: its sections, exit pages, and the version its saved drafts are pinned to."""

    id: Identifier = Field(description="The flow's id, used in URLs and storage.")
    version: int = Field(1, ge=1, description="Raised when the questions change; drafts keep theirs.")
    title: str = Field(min_length=1, description="The service's name.")
    sections: list[Section] = Field(min_length=1, description="The sections, in order.")
    exits: list[Exit] = Field(default_factory=list, description="Pages for people the service is not for.")
    draft_days: int = Field(28, ge=1, le=366, description="How many days a saved draft is kept.")
    task_list: bool = Field(
        False, description="Show a task list at the start and after each section (for long flows)."
    )
    declaration: str | None = Field(
        None, description="What the person agrees to before sending: 'I confirm that my answers are true.'"
    )
    migrations: list[Migration] = Field(
        default_factory=list, description="How drafts of each older version carry over to the next."
    )

    def upgrade(self, answers: dict[str, Any], version: int) -> dict[str, Any]:
        """The answers of a draft started on ``version``, carried over to this version step by step."""
        for migration in sorted(self.migrations, key=lambda step: step.from_version):
            if version <= migration.from_version < self.version:
                answers = migration.apply(answers)
        return answers

    def nodes(self) -> Iterator[Placed]:
        """Every step and list, in order, with its section and position."""
        position = 0
        for section in self.sections:
            for node in section.steps:
                yield Placed(node, section, position)
                position += 1

    def texts(self) -> list[str]:
        """Every text of the flow a person reads: titles, questions, hints, options, exit pages."""
        texts = [self.title]
        for section in self.sections:
            texts.append(section.title)
            texts += [
                text
                for node in section.steps
                if isinstance(node, Repeat)
                for text in (node.title, node.add_question)
            ]
        for step in self.steps():
            question = step.question
            texts += [question.label, question.hint or ""]
            for option in getattr(question, "options", []):
                texts += [option.label, option.hint or ""]
        for exit_page in self.exits:
            texts += [exit_page.title, exit_page.body]
        texts.append(self.declaration or "")
        return [text for text in texts if text]

    def steps(self) -> Iterator[Step]:
        """Every step, those inside lists too, in order."""
        for placed in self.nodes():
            if isinstance(placed.node, Repeat):
                yield from placed.node.steps
            else:
                yield placed.node


@dataclass(frozen=True)
class Placed:
    """A step or list in its flow: its section and its position among all of them."""

    node: Step | Repeat
    section: Section
    position: int
