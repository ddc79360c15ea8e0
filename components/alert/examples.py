"""Examples of the alert component."""

from components.base import Example
from i18n import lazy_gettext as _l

EXAMPLES = [
    Example(
        "Information",
        _l("Something useful to know before you start."),
        {
            "variant": "info",
            "heading_text": _l("You will need your tax return"),
            "text": _l("Have last year's tax return with you. It takes about 20 minutes."),
        },
    ),
    Example(
        "Success",
        _l("Tells the person that something worked."),
        {
            "variant": "success",
            "heading_text": _l("We got your application"),
            "text": _l("We sent a copy to your email. We will reply within 10 business days."),
        },
    ),
    Example(
        "Warning",
        _l("A risk the person should know about."),
        {
            "variant": "warning",
            "heading_text": _l("Your session will end soon"),
            "text": _l("Save your answers to keep them."),
        },
    ),
    Example(
        "Error",
        _l("Something went wrong that is not about one field."),
        {
            "variant": "error",
            "heading_text": _l("We could not check your address"),
            "text": _l("Our address service is down. Try again in 1 hour."),
        },
    ),
    Example(
        "Emergency",
        _l("An urgent threat to safety or to the service."),
        {
            "variant": "emergency",
            "heading_text": _l("Offices closed because of a storm"),
            "html": _l(
                "<p>All offices in Florida are closed today. "
                '<a class="fd-link" href="#storm-help">Get help online</a>.</p>'
            ),
        },
    ),
    Example(
        "Slim",
        _l("A short message with no heading."),
        {"variant": "info", "slim": True, "text": _l("This form is also in Spanish and Chinese.")},
    ),
    Example(
        "Slim success",
        _l("A short message that something worked."),
        {"variant": "success", "slim": True, "text": _l("Your changes are saved.")},
    ),
    Example(
        "Slim warning",
        _l("A short warning."),
        {
            "variant": "warning",
            "slim": True,
            "text": _l("You cannot change your answers after you send them."),
        },
    ),
    Example(
        "Slim error",
        _l("A short error."),
        {"variant": "error", "slim": True, "text": _l("We could not save your changes. Try again.")},
    ),
    Example(
        "Slim emergency",
        _l("A short urgent message."),
        {"variant": "emergency", "slim": True, "text": _l("Call 911 if you are in danger now.")},
    ),
    Example(
        "No heading",
        _l("A message with no heading and more than one paragraph."),
        {
            "variant": "info",
            "id": "alert-more-than-one-paragraph",
            "html": _l(
                "<p>You can apply by mail or online.</p>"
                "<p>Online is faster: most people hear back in 2 weeks.</p>"
            ),
        },
    ),
    Example(
        "Level 3 heading",
        _l("The heading level fits the page: here it is under a level 2 heading."),
        {
            "variant": "warning",
            "heading_text": _l("Check your bank details"),
            "heading_level": 3,
            "text": _l("We pay into this account. A wrong number can delay your payment."),
        },
    ),
    Example(
        "Added after load",
        _l("A message added to the page after it loads, read out politely by screen readers."),
        {"variant": "success", "slim": True, "role": "status", "text": _l("Your file is uploaded.")},
    ),
]
