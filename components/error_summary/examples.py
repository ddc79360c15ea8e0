"""Examples of the error summary component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Error summary")
SUMMARY = _l("Lists the problems on a form at the top of the page, with a link to each one.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use an error summary at the top of a page when the person sends a form with errors. List every "
    "error, in the order of the fields."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it for a problem that is not about the form: use an alert. Do not use it alone: each "
    "field with an error needs its own error message too."
)
ACCESSIBILITY_NOTES = _l(
    "It takes focus when the page loads and is read out, with no JavaScript needed. Check that each link "
    "goes to its field and uses the same words as the field's error message. Start the page title with "
    '"Error:" too, as our form steps do. Test with a screen reader that the summary is read first.'
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l("The errors on a form, each a link to its field. It takes focus when the page loads."),
        {
            "id": "error-summary-default",
            "errors": [
                {"text": _l("Enter your full name"), "href": "#full-name"},
                {"text": _l("Enter a ZIP code, like 20500"), "href": "#zip-code"},
            ],
        },
    ),
    Example(
        _l("One error"),
        _l("A form with one error."),
        {
            "id": "error-summary-one",
            "errors": [{"text": _l("Enter a date of birth in the past"), "href": "#date-of-birth-month"}],
            "disable_auto_focus": True,
        },
    ),
    Example(
        _l("With a description"),
        _l("A title and a short line that says what to do."),
        {
            "id": "error-summary-description",
            "title_text": _l("Check your answers"),
            "description_text": _l("Fix the items below, then send the form again."),
            "errors": [
                {"text": _l("Select how you want us to contact you"), "href": "#contact-method"},
                {"text": _l("Enter a phone number, like 202 555 0123"), "href": "#phone"},
            ],
            "disable_auto_focus": True,
        },
    ),
    Example(
        _l("HTML content"),
        _l("A title and an error given as HTML."),
        {
            "id": "error-summary-html",
            "title_html": LazyHtml(
                lambda: (
                    # Translators: %(section)s is the name of a part of a form, such as "Your income".
                    Markup.escape(_l("There is a problem with %(section)s"))
                    % {"section": Markup("<em>{}</em>").format(_l("Your income"))}
                )
            ),
            "errors": [
                {
                    "html": LazyHtml(
                        lambda: (
                            # Translators: %(ssn)s is the abbreviation "SSN" (with its full name).
                            Markup.escape(_l("Enter your %(ssn)s"))
                            % {
                                "ssn": Markup('<abbr title="{}">{}</abbr>').format(
                                    _l("Social Security number"), _l("SSN")
                                )
                            }
                        )
                    ),
                    "href": "#ssn",
                }
            ],
            "disable_auto_focus": True,
        },
    ),
    Example(
        _l("Description only"),
        _l("A problem with the whole form, not one field."),
        {
            "id": "error-summary-no-list",
            "description_text": _l("Your session ended. Start again to send your form."),
            "disable_auto_focus": True,
        },
    ),
]
