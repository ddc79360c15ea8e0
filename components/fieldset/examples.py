"""Examples of the fieldset component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from components.text_input import TextInput
from i18n import lazy_gettext as _l

TITLE = _l("Fieldset")
SUMMARY = _l("Groups fields that belong together, such as the parts of an address, under one title.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use a fieldset to group fields that answer one question, such as the parts of an address. Its "
    "legend asks the question."
)
WHEN_NOT_TO_USE = _l(
    "Radios, checkboxes and the date input have a fieldset already: do not wrap them in another. Do not "
    "use one around a single field: its label is enough."
)
ACCESSIBILITY_NOTES = _l(
    "Screen readers read the legend with the fields in the group, so keep it short. Check that the "
    "legend asks the question and fits the page's headings. If the legend is the page heading, check "
    "that the page has no other h1."
)


def _address(prefix: str) -> LazyHtml:
    """Address fields whose ids start with ``prefix``, built in the current locale."""

    def fields() -> Markup:
        return Markup("").join(
            [
                TextInput(
                    id=f"{prefix}-line-1",
                    label={"text": _l("Street address")},
                    autocomplete="address-line1",
                ).render(),
                TextInput(
                    id=f"{prefix}-line-2",
                    label={"text": _l("Apartment, suite or unit (optional)")},
                    autocomplete="address-line2",
                ).render(),
                TextInput(
                    id=f"{prefix}-city",
                    label={"text": _l("City or town")},
                    autocomplete="address-level2",
                    width="two-thirds",
                ).render(),
                TextInput(
                    id=f"{prefix}-zip",
                    label={"text": _l("ZIP code")},
                    autocomplete="postal-code",
                    inputmode="numeric",
                    width="10",
                ).render(),
            ]
        )

    return LazyHtml(fields)


EXAMPLES = [
    Example(
        _l("Default"),
        _l("Fields that belong together, named by a legend."),
        {"legend": {"text": _l("Home address"), "size": "m"}, "html": _address("home-address")},
    ),
    Example(
        _l("Legend as page heading"),
        _l("The legend is the page heading, for a page that asks one thing."),
        {
            "legend": {"text": _l("What is your mailing address?"), "is_page_heading": True, "size": "l"},
            "id": "mailing-address",
            "hint": {"text": _l("This is where we will send letters about your case.")},
            "html": _address("mailing-address"),
        },
    ),
    Example(
        _l("Error"),
        _l("A problem with the group as a whole. The error says what to do."),
        {
            "legend": {"text": _l("Your name"), "size": "m"},
            "id": "legal-name",
            "hint": {"text": _l("Use the name on your photo ID.")},
            "error_message": {"text": _l("Enter your first and last name")},
            "html": LazyHtml(
                lambda: Markup("").join(
                    [
                        TextInput(
                            id="legal-name-first",
                            label={"text": _l("First name")},
                            autocomplete="given-name",
                            spellcheck=False,
                        ).render(),
                        TextInput(
                            id="legal-name-last",
                            label={"text": _l("Last name")},
                            autocomplete="family-name",
                            spellcheck=False,
                        ).render(),
                    ]
                )
            ),
        },
    ),
]
