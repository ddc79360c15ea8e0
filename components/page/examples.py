"""Examples of the page layout: each is a whole HTML document (the gallery shows it in a frame)."""

from __future__ import annotations

import json
from collections.abc import Callable

from markupsafe import Markup

from components.base import Example
from components.button import Button
from i18n import lazy_gettext as _l

TITLE = _l("Page layout")
SUMMARY = _l("Puts the skip link, government banner, header, main content and footer in place on a page.")
STATUS = "beta"
WHEN_TO_USE = _l(
    "Use it as the base of every page in your service. It puts the skip link, government banner, header, "
    "main content and footer in place, in the right order."
)
WHEN_NOT_TO_USE = _l(
    "Turn off the government banner on any site that is not an official US government website. If your "
    "site has its own layout, use the header, footer and skip link on their own."
)
ACCESSIBILITY_NOTES = _l(
    "Give each page a title that says what the page is about, then the name of the service. Check that "
    "the page's language is right, and that the main content starts with the page's one h1. If you fill "
    "the blocks yourself, check that the skip link still comes first and still works."
)


class _Content:
    """Example content built when the page renders, so its text is in the language of that request."""

    def __init__(self, build: Callable[[], Markup]) -> None:
        self.build = build

    def __html__(self) -> str:
        return str(self.build())

    def __repr__(self) -> str:
        # The gallery writes params out as code: show the markup, as a string literal.
        return json.dumps(self.__html__(), ensure_ascii=False)


def _start_page() -> Markup:
    return Markup(
        '<h1 class="fd-heading-xl">{heading}</h1>'
        '<p class="fd-body">{intro}</p>'
        '<p class="fd-body">{time}</p>'
        "{button}"
    ).format(
        heading=_l("Apply for food assistance"),
        intro=_l("Use this service to apply for help buying food for you and your family."),
        time=_l("It takes about 20 minutes. You can save your answers and come back later."),
        button=Button(text=str(_l("Start now")), variant="start", href="#start"),
    )


def _messages_page() -> Markup:
    return Markup('<h1 class="fd-heading-l">{heading}</h1><p class="fd-body">{body}</p>').format(
        heading=_l("Your messages"),
        body=_l("You have no new messages. We will email you when we send you one."),
    )


EXAMPLES = [
    Example(
        _l("Start page"),
        _l("A whole page: skip link, government banner, header, main content and footer."),
        {
            "title": _l("Apply for food assistance"),
            "service_name": _l("Apply for food assistance"),
            "service_href": "/",
            "agency_name": _l("US Department of Agriculture"),
            "agency_href": "#agency",
            "content_html": _Content(_start_page),
        },
    ),
    Example(
        _l("With a menu"),
        _l("A page in a signed-in service, with a menu that shows where you are."),
        {
            "title": _l("Your messages - Apply for food assistance"),
            "service_name": _l("Apply for food assistance"),
            "service_href": "/",
            "agency_name": _l("US Department of Agriculture"),
            "agency_href": "#agency",
            "navigation": [
                {"text": _l("Your application"), "href": "#your-application"},
                {"text": _l("Messages"), "href": "#messages", "current": True},
                {"text": _l("Get help"), "href": "#get-help"},
            ],
            "content_html": _Content(_messages_page),
        },
    ),
]
