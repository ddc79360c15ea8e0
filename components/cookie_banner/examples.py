"""Examples of the cookie banner component.

The banner is a region, and the component page shows every example together: after the first, each
banner has a name no other region on that page has. The lazy strings in the HTML are made text
(``str``) before ``Markup.format`` escapes them, so that an apostrophe is escaped once.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Cookie banner")
SUMMARY = _l("Asks people if they accept cookies the service does not need, and says what they chose.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it when your service sets cookies it does not need, such as for counting visits. Ask once, then "
    "show what people chose."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it for other news: use the notification banner or the site alert. Do not block the page "
    "until people choose."
)
ACCESSIBILITY_NOTES = _l(
    "Put it first on the page, before the skip link, so screen readers reach it first. It needs no "
    "script: each button sends a form, and the next page says what people chose. Check that its words "
    "say what the cookies are for, in plain words. A script that shows the answer without a new page "
    "must add the role it needs."
)

ACCEPT = {"text": _l("Accept extra cookies"), "name": "cookies", "value": "accept"}
REJECT = {"text": _l("Reject extra cookies"), "name": "cookies", "value": "reject"}
VIEW = {"text": _l("View cookies"), "href": "#cookies", "variant": "secondary"}
HIDE = {"text": _l("Hide cookie message"), "name": "cookies", "value": "hide"}


def _question() -> Markup:
    return Markup('<p class="fd-body">{}</p><p class="fd-body">{} {}</p>').format(
        str(_l("We use some essential cookies to make this service work.")),
        str(_l("We would also like to use cookies that show us how you use the service.")),
        str(_l("They help us make it better.")),
    )


def _answer(sentence: str) -> Markup:
    return Markup('<p class="fd-body">{}</p>').format(
        Markup.escape(sentence)
        % {
            "link": Markup('<a class="fd-link" href="#cookies">{}</a>').format(
                str(_l("change your cookie settings"))
            )
        }
    )


def _accepted() -> Markup:
    # Translators: %(link)s is a link with the words "change your cookie settings".
    return _answer(str(_l("You accepted extra cookies. You can %(link)s at any time.")))


def _rejected() -> Markup:
    # Translators: %(link)s is a link with the words "change your cookie settings".
    return _answer(str(_l("You rejected extra cookies. You can %(link)s at any time.")))


QUESTION = {"html": LazyHtml(_question), "actions": [ACCEPT, REJECT, VIEW]}
ACCEPTED = {"html": LazyHtml(_accepted), "actions": [HIDE]}
REJECTED = {"html": LazyHtml(_rejected), "actions": [HIDE]}

EXAMPLES = [
    Example(
        _l("Question"),
        _l(
            "Asks if people accept cookies the service does not need. Each button sends a form, so it "
            "works without JavaScript."
        ),
        {"messages": [QUESTION]},
    ),
    Example(
        _l("Accepted"),
        _l("Shown on the next page after people accept. It has a link to change their choice."),
        {"label": _l("Cookies you accepted"), "messages": [ACCEPTED]},
    ),
    Example(
        _l("Rejected"),
        _l("Shown on the next page after people reject. It has a link to change their choice."),
        {"label": _l("Cookies you rejected"), "messages": [REJECTED]},
    ),
    Example(
        _l("Essential cookies only"),
        _l("For a service that uses only the cookies it needs. There is no choice to make."),
        {
            "label": _l("Essential cookies"),
            "messages": [
                {
                    "text": _l("We use only the cookies this service needs to work."),
                    "actions": [
                        {"text": _l("OK, hide this message"), "name": "cookies", "value": "hide"},
                        VIEW,
                    ],
                }
            ],
        },
    ),
    Example(
        _l("With a service name"),
        _l(
            'The name and heading say "Cookies on" and the service\'s name. The form goes to a page of '
            "its own, with a hidden token against forged requests."
        ),
        {
            "service_name": _l("Apply for food assistance"),
            "form_action": "/cookies",
            "extra_fields_html": Markup('<input type="hidden" name="csrf_token" value="example-token">'),
            "messages": [QUESTION],
        },
    ),
    Example(
        _l("Question with hidden answers"),
        _l(
            "The question, and the two answers hidden, for a page that shows one of them later. "
            "Its heading is a level 2 heading."
        ),
        {
            "label": _l("Cookies with hidden answers"),
            "heading_level": 2,
            "messages": [QUESTION, {**ACCEPTED, "hidden": True}, {**REJECTED, "hidden": True}],
        },
    ),
]
