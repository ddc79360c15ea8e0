"""Examples of the alert component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Alert")
SUMMARY = _l("Tells people something important, such as a success, a warning or a problem.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use an alert to tell people something they need to know before they go on. Pick the kind that fits: "
    "information, success, warning, error or emergency."
)
WHEN_NOT_TO_USE = _l(
    "For problems with a form, use the error summary and error messages instead. For urgent news about "
    "the whole site, use the site alert. For a short note in the text, use inset text."
)
ACCESSIBILITY_NOTES = _l(
    'Screen readers hear a hidden word such as "Warning:" first, so color is not the only cue. Check '
    "that the heading level fits the page. An alert you add after the page loads needs the role status "
    "or alert to be heard. Test that with a screen reader such as NVDA or VoiceOver."
)

EXAMPLES = [
    Example(
        _l("Information"),
        _l("Something useful to know before you start."),
        {
            "variant": "info",
            "heading_text": _l("You will need your tax return"),
            "text": _l("Have last year's tax return with you. It takes about 20 minutes."),
        },
    ),
    Example(
        _l("Success"),
        _l("Tells the person that something worked."),
        {
            "variant": "success",
            "heading_text": _l("We got your application"),
            "text": _l("We sent a copy to your email. We will reply within 10 business days."),
        },
    ),
    Example(
        _l("Warning"),
        _l("A risk the person should know about."),
        {
            "variant": "warning",
            "heading_text": _l("Your session will end soon"),
            "text": _l("Save your answers to keep them."),
        },
    ),
    Example(
        _l("Error"),
        _l("Something went wrong that is not about one field."),
        {
            "variant": "error",
            "heading_text": _l("We could not check your address"),
            "text": _l("Our address service is down. Try again in 1 hour."),
        },
    ),
    Example(
        _l("Emergency"),
        _l("An urgent threat to safety or to the service."),
        {
            "variant": "emergency",
            "heading_text": _l("Offices closed because of a storm"),
            "html": LazyHtml(
                lambda: Markup('<p>{} <a class="fd-link" href="#storm-help">{}</a></p>').format(
                    _l("All offices in Florida are closed today."), _l("Get help online")
                )
            ),
        },
    ),
    Example(
        _l("Slim"),
        _l("A short message with no heading."),
        {"variant": "info", "slim": True, "text": _l("This form is also in Spanish and Chinese.")},
    ),
    Example(
        _l("Slim success"),
        _l("A short message that something worked."),
        {"variant": "success", "slim": True, "text": _l("Your changes are saved.")},
    ),
    Example(
        _l("Slim warning"),
        _l("A short warning."),
        {
            "variant": "warning",
            "slim": True,
            "text": _l("You cannot change your answers after you send them."),
        },
    ),
    Example(
        _l("Slim error"),
        _l("A short error."),
        {"variant": "error", "slim": True, "text": _l("We could not save your changes. Try again.")},
    ),
    Example(
        _l("Slim emergency"),
        _l("A short urgent message."),
        {"variant": "emergency", "slim": True, "text": _l("Call 911 if you are in danger now.")},
    ),
    Example(
        _l("No heading"),
        _l("A message with no heading and more than one paragraph."),
        {
            "variant": "info",
            "id": "alert-more-than-one-paragraph",
            "html": LazyHtml(
                lambda: Markup("<p>{}</p><p>{}</p>").format(
                    _l("You can apply by mail or online."),
                    _l("Online is faster: most people hear back in 2 weeks."),
                )
            ),
        },
    ),
    Example(
        _l("Level 3 heading"),
        _l("The heading level fits the page: here it is under a level 2 heading."),
        {
            "variant": "warning",
            "heading_text": _l("Check your bank details"),
            "heading_level": 3,
            "text": _l("We pay into this account. A wrong number can delay your payment."),
        },
    ),
    Example(
        _l("Added after load"),
        _l("A message added to the page after it loads, read out politely by screen readers."),
        {"variant": "success", "slim": True, "role": "status", "text": _l("Your file is uploaded.")},
    ),
]
