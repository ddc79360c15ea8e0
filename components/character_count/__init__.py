"""Character count: a textarea that tells people how many characters they can enter."""

from __future__ import annotations

from pydantic import Field

from components.textarea import Textarea
from i18n import plural_messages
from i18n.formatting import format_number


class CharacterCount(Textarea):
    """A textarea with a limit on how many characters it takes (all of the textarea's params too).

    A hint under the field gives the limit. With JavaScript, the hint counts down as the person types
    and says how many characters are too many; screen readers hear it when typing pauses. The field
    never stops people typing or pasting more: check the length on the server (see :meth:`count`).
    """

    maxlength: int = Field(ge=1, description="The most characters the answer may have.")
    threshold: int | None = Field(
        None,
        ge=0,
        le=100,
        description="Show the count only once the text reaches this percentage of the limit, such as "
        "75; until then the hint gives the limit. Always shown if not given.",
    )

    @staticmethod
    def count(text: str) -> int:
        """Count characters as the script does: a line break is 1 (browsers send ``\\r\\n``)."""
        return len(text.replace("\r\n", "\n"))

    def is_too_long(self, text: str) -> bool:
        """Whether ``text`` (as submitted) has more characters than the limit."""
        return self.count(text) > self.maxlength

    def textarea(self) -> Textarea:
        """The textarea inside, described by the count message as well as its own hint and error."""
        params = {name: getattr(self, name) for name in Textarea.model_fields}
        params["described_by"] = " ".join(filter(None, [self.described_by, f"{self.id}-info"]))
        params["form_group_classes"] = "fd-character-count__group"
        params["classes"] = " ".join(filter(None, ["fd-character-count__field", self.classes]))
        return Textarea(**params)

    def limit_text(self) -> str:
        """The limit written the way the current language writes numbers (1,000 or 1 000)."""
        return format_number(self.maxlength)

    def script_messages(self) -> dict[str, str]:
        """The messages the script shows, in the current language, one per plural category.

        As data attributes: ``data-fd-remaining-one``, ``data-fd-over-other`` and so on. The script
        picks one with ``Intl.PluralRules`` and puts the number in place of ``%(num)s``.
        """
        # Translators: under a text box, updated as the person types; %(num)s is how many more they can enter.
        remaining = plural_messages(
            "You have %(num)s character remaining", "You have %(num)s characters remaining"
        )
        # Translators: under a text box when the answer is too long; %(num)s is how many characters to remove.
        over = plural_messages("You have %(num)s character too many", "You have %(num)s characters too many")
        return {
            **{f"data-fd-remaining-{category}": text for category, text in remaining.items()},
            **{f"data-fd-over-{category}": text for category, text in over.items()},
        }
