"""What radios and checkboxes share: the item model, the group params, and how ids and checks work out.

Each of the two components keeps its own folder, template and CSS; only the params and the logic
that turns them into ids, checked states and ``aria-describedby`` values live here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from markupsafe import Markup
from pydantic import Field, model_validator

from components.base import Params, Text, TrustedHtml
from components.fields import FieldParams
from components.fieldset import Fieldset
from components.hint import Hint
from components.label import Label
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

    def __html__(self) -> str:
        return str(self)

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


@dataclass(frozen=True)
class Choice:
    """One item as the template needs it: its ids, whether it is checked, its label and hint.

    A divider has ``divider`` set (empty for the default "or") and no id, label or hint.
    """

    item: ChoiceItem
    id: str = ""
    checked: bool = False
    label: Label | None = None
    hint: Hint | None = None

    @property
    def divider(self) -> str | None:
        """The divider's own text, ``""`` for the default "or", ``None`` when this is a choice."""
        if not self.item.is_divider:
            return None
        return "" if self.item.divider is True else str(self.item.divider)

    @property
    def hint_id(self) -> str:
        """The id of the item's hint."""
        return f"{self.id}-item-hint"

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

    @model_validator(mode="after")
    def _group_rules(self) -> ChoiceGroup:
        kind = type(self).__name__
        choices = [item for item in self.items if not item.is_divider]
        if not choices:
            raise ValueError(f"'items': {kind} needs at least one item that is not a divider")
        if self.fieldset is None and len(choices) > 1:
            raise ValueError(
                f"'fieldset': {kind} with more than one item needs a fieldset whose legend asks the question"
            )
        if self.fieldset is not None:
            misplaced = [
                name
                for name in ("hint", "error_message", "html", "form_group_classes")
                if getattr(self.fieldset, name)
            ]
            if misplaced:
                raise ValueError(
                    f"'fieldset': give {', '.join(misplaced)} to {kind} itself, not to its fieldset"
                )
        if self.inline and any(item.conditional_html is not None for item in choices):
            raise ValueError(f"'items': conditional_html needs stacked items; {kind} cannot be inline")
        ids = [
            *self._item_ids().values(),
            f"{self.base_id}-hint",
            f"{self.base_id}-error",
        ]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(
                f"'items': two elements would have the id {duplicates[0]!r}; give each item its own id"
            )
        return self

    @property
    def base_id(self) -> str:
        """The id every other id in the group starts with."""
        return self.id_prefix or self.name

    def is_checked(self, item: ChoiceItem) -> bool:
        """Whether ``item`` is chosen; each component adds its own ``value``/``values`` rule."""
        return item.checked

    def _item_ids(self) -> dict[int, str]:
        """The input id of each item that is not a divider, by its position in ``items``."""
        ids: dict[int, str] = {}
        for position, item in enumerate(self.items):
            if not item.is_divider:
                number = len(ids) + 1
                ids[position] = item.id or (self.base_id if number == 1 else f"{self.base_id}-{number}")
        return ids

    def choices(self, block: str = "fd-choice") -> list[Choice]:
        """Every item ready to render, dividers included; ``block`` is the CSS block name."""
        ids = self._item_ids()
        found: list[Choice] = []
        for position, item in enumerate(self.items):
            if item.is_divider:
                found.append(Choice(item))
                continue
            label = Label(text=item.text, html=item.html, classes=f"{block}__label")
            hint = Hint(text=item.hint, classes=f"{block}__hint") if item.hint is not None else None
            found.append(Choice(item, ids[position], self.is_checked(item), label, hint))
        return found

    def fieldset_describedby(self) -> str:
        """``aria-describedby`` for the fieldset: its own ids, then the group's hint and error."""
        own = self.fieldset.described_by if self.fieldset is not None and self.fieldset.described_by else ""
        return " ".join(part for part in (own, self.describedby(self.base_id)) if part)

    def input_describedby(self, choice: Choice) -> str:
        """``aria-describedby`` for one input: the group's ids when there is no fieldset, then its hint."""
        ids = [] if self.fieldset is not None else [self.describedby(self.base_id)]
        if choice.hint is not None:
            ids.append(choice.hint_id)
        return " ".join(part for part in ids if part)
