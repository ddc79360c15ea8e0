"""What radios and checkboxes share: the item model, the group params, and how ids and checks work out.

Their markup is ``choice_list.html`` and their common styles ``choice_list.css``, beside this module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, Literal, Self

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Params, Text, TrustedHtml
from components.fields import FieldParams
from components.fieldset import Fieldset
from i18n import LazyString


class LazyHtml(LazyString):
    """Trusted HTML built only when it is turned into text, so its wording follows the current locale.

    For examples whose ``*html`` params hold other components:
    ``LazyHtml(lambda: TextInput(id="email", label={"text": _l("Email")}))``.
    """

    __slots__ = ("factory",)

    def __init__(self, factory: Callable[[], Any]) -> None:
        super().__init__("")
        self.factory = factory

    def __str__(self) -> str:
        made = self.factory()
        return str(made.__html__() if hasattr(made, "__html__") else Markup(made))

    def __html__(self) -> Markup:
        return Markup(str(self))  # trusted HTML; a plain str would be escaped by Markup.format

    def __repr__(self) -> str:
        return f"LazyHtml({self.factory!r})"


class ChoiceItem(Params):
    """One radio or checkbox, or a divider between them (give ``divider`` and nothing else)."""

    value: str | None = Field(None, description="The value sent with the form when this item is chosen.")
    text: Text | None = Field(None, description="The item's label as plain text; it is escaped.")
    html: TrustedHtml | None = Field(None, description="The item's label as trusted HTML.")
    id: str | None = Field(
        None, description="The input's id; by default the group's id_prefix, then id_prefix-2, -3..."
    )
    hint: Text | None = Field(None, description="Help text for this item, read out with its input.")
    checked: bool = Field(False, description="Whether this item is chosen.")
    disabled: bool = Field(False, description="Disable this item. Avoid it: say why it cannot be chosen.")
    conditional_html: TrustedHtml | None = Field(
        None,
        description="Trusted HTML shown under the item only while it is chosen (CSS only, no script). "
        "Keep it short: one or two questions.",
    )
    divider: Literal[True] | Text | None = Field(
        None, description='Makes this item a divider between items; true shows "or", or give the text.'
    )

    @model_validator(mode="after")
    def _item_or_divider(self) -> ChoiceItem:
        if self.divider is not None:
            extra = [name for name in self.model_fields_set if name != "divider"]
            if extra:
                raise ValueError(f"a divider takes no other params (got {', '.join(sorted(extra))})")
            return self
        if self.value is None:
            raise ValueError("give 'value' (or make the item a 'divider')")
        if self.text is None and self.html is None:
            raise ValueError("give 'text' or 'html'")
        return self

    @property
    def is_divider(self) -> bool:
        """Whether this item is a divider rather than a choice."""
        return self.divider is not None


@dataclass(slots=True)
class ItemLabel:
    """An item's label, as the label template reads a :class:`Label`: checked with its item already."""

    text: str | None
    html: Markup | None
    classes: str
    size: None = None
    attributes: None = None
    is_page_heading: bool = False


@dataclass(slots=True)
class ItemHint:
    """An item's hint, as the hint template reads a :class:`Hint`: checked with its item already."""

    text: str
    id: str
    classes: str
    html: None = None
    attributes: None = None


@dataclass(slots=True)
class Choice:
    """One item as the template needs it: its ids, whether it is checked, its label and hint.

    A divider has ``divider`` set (empty for the default "or") and no id, label or hint.
    """

    item: ChoiceItem
    id: str = ""
    checked: bool = False
    label: ItemLabel | None = None
    hint: ItemHint | None = None
    describedby: str = ""

    @property
    def divider(self) -> str | None:
        """The divider's own text, ``""`` for the default "or", ``None`` when this is a choice."""
        if not self.item.is_divider:
            return None
        return "" if self.item.divider is True else str(self.item.divider)

    @property
    def conditional_id(self) -> str:
        """The id of the content revealed when the item is chosen."""
        return f"{self.id}-conditional"


class ChoiceGroup(FieldParams):
    """The params radios and checkboxes share: the name, the fieldset, the items and their layout."""

    name: str = Field(description="The name sent with the form, shared by every item.")
    id_prefix: str | None = Field(
        None, description="The start of every id in the group (items, hint, error); defaults to name."
    )
    fieldset: Fieldset | None = Field(
        None,
        description="The fieldset and its legend (the question). Needed when there is more than one "
        "item; give the hint and error to the group, not to the fieldset.",
    )
    items: list[ChoiceItem] = Field(description="The choices, in order, and any dividers between them.")
    inline: bool = Field(
        False, description="Lay the items out side by side; only for two short items, such as yes and no."
    )
    small: bool = Field(False, description="Smaller marks, for filters and dense pages (targets stay 44px).")

    choice_block: ClassVar[str] = "fd-choice"
    """The CSS block of the component (``fd-radios``): its items' labels and hints take its classes."""

    @model_validator(mode="after")
    def _group_rules(self) -> ChoiceGroup:
        # Worked out here, where the checks need them, and kept for the template: the value the
        # cached property would give, without its lock (Python 3.11 takes one on a first access).
        choices = self.__dict__["choices"] = self._work_out_choices()
        problem = self._group_problem([choice for choice in choices if choice.label is not None])
        if problem:
            raise ValueError(problem)
        return self

    def _group_problem(self, choices: list[Choice]) -> str | None:
        """What is wrong with the group as a whole, if anything; ``choices`` leaves out dividers."""
        kind = type(self).__name__
        if not choices:
            return f"'items': {kind} needs at least one item that is not a divider"
        fieldset = self.fieldset
        if fieldset is None and len(choices) > 1:
            return (
                f"'fieldset': {kind} with more than one item needs a fieldset whose legend asks the question"
            )
        if fieldset is not None and (
            fieldset.hint or fieldset.error_message or fieldset.html or fieldset.form_group_classes
        ):
            misplaced = [
                name
                for name in ("hint", "error_message", "html", "form_group_classes")
                if getattr(fieldset, name)
            ]
            return f"'fieldset': give {', '.join(misplaced)} to {kind} itself, not to its fieldset"
        if self.inline and any(choice.item.conditional_html is not None for choice in choices):
            return f"'items': conditional_html needs stacked items; {kind} cannot be inline"
        ids = [choice.id for choice in choices]
        ids += (self.hint_id, self.error_id)
        if len(set(ids)) < len(ids):
            duplicate = sorted({i for i in ids if ids.count(i) > 1})[0]
            return f"'items': two elements would have the id {duplicate!r}; give each item its own id"
        return None

    @property
    def base_id(self) -> str:
        """The id every other id in the group starts with."""
        return self.id_prefix or self.name

    def is_checked(self, item: ChoiceItem) -> bool:
        """Whether ``item`` is chosen; each component adds its own ``value``/``values`` rule."""
        return item.checked

    @cached_property
    def choices(self) -> list[Choice]:
        """Every item ready to render, dividers included; worked out once, when the params are checked."""
        return self._work_out_choices()

    def _work_out_choices(self) -> list[Choice]:
        """Each item's ids, checked state, label and hint, and its input's ``aria-describedby``."""
        base_id = self.base_id
        label_classes, hint_classes = f"{self.choice_block}__label", f"{self.choice_block}__hint"
        group_ids = "" if self.fieldset is not None else self.describedby(base_id)
        found: list[Choice] = []
        number = 0
        for item in self.items:
            if item.divider is not None:
                found.append(Choice(item))
                continue
            number += 1
            input_id = item.id or (base_id if number == 1 else f"{base_id}-{number}")
            label = ItemLabel(item.text, item.html, label_classes)
            if item.hint is None:
                found.append(Choice(item, input_id, self.is_checked(item), label, None, group_ids))
                continue
            hint = ItemHint(item.hint, f"{input_id}-item-hint", hint_classes)
            describedby = f"{group_ids} {hint.id}" if group_ids else hint.id
            found.append(Choice(item, input_id, self.is_checked(item), label, hint, describedby))
        return found

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (see pydantic's ``model_copy``) whose choices are worked out again from its own params."""
        copied = super().model_copy(update=update, deep=deep)
        copied.__dict__.pop("choices", None)
        return copied

    def fieldset_describedby(self) -> str:
        """``aria-describedby`` for the fieldset: its own ids, then the group's hint and error."""
        own = self.fieldset.described_by if self.fieldset is not None and self.fieldset.described_by else ""
        return " ".join(part for part in (own, self.describedby(self.base_id)) if part)
