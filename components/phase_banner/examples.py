"""Examples of the phase banner component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Phase banner")
SUMMARY = _l("Tells people a service is new and still changing, and asks for their feedback.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it while your service is in alpha or beta, to tell people it is new and still changing. Give it "
    "a link to a page where people can tell you what they think."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it for news or warnings: use a notification banner or a site alert. Take it off when "
    "your service is live."
)
ACCESSIBILITY_NOTES = _l(
    "Put it right under the header, so people meet it early. Check that the link text makes sense on its "
    'own, as "Give feedback" does. Check that the feedback page works with a screen reader and without '
    "JavaScript."
)

EXAMPLES = [
    Example(
        _l("Beta"),
        _l(
            'A service open to the public that is still being improved. With a link, it says "Give feedback".'
        ),
        {
            "tag": {"text": _l("Beta")},
            "text": _l("This is a new service. Your feedback will help us improve it."),
            "feedback_href": "#feedback",
        },
    ),
    Example(
        _l("Alpha"),
        _l("A test version that only some people use, with no feedback link."),
        {
            "tag": {"text": _l("Alpha"), "color": "grey"},
            "text": _l("This is a test version of the service. Do not use it to apply."),
        },
    ),
    Example(
        _l("Own link text"),
        _l("The feedback link says what it does in your own words."),
        {
            "tag": {"text": _l("Beta")},
            "text": _l("This is a new service."),
            "feedback_href": "#feedback-form",
            "feedback_text": _l("Tell us what you think of it"),
        },
    ),
    Example(
        _l("HTML content"),
        _l("A link in the middle of the text."),
        {
            "tag": {"text": _l("Beta")},
            "html": LazyHtml(
                lambda: (
                    Markup.escape(
                        # Translators: %(link)s is a link with the words "tell us what you think".
                        _l("This is a new service. Please %(link)s so we can improve it.")
                    )
                    % {
                        "link": Markup('<a class="fd-link" href="#survey">{}</a>').format(
                            _l("tell us what you think")
                        )
                    }
                )
            ),
        },
    ),
]
