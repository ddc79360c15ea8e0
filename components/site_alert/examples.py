"""Examples of the site alert component.

A site alert is a region, and the component page shows every example together: after the first of
each kind, each example gives its region a name no other region on that page has. The lazy strings
in the HTML are made text (``str``) before ``Markup.format`` escapes them: formatted as they are, an
apostrophe in them, in English or in a translation, would be escaped twice.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Site alert")
SUMMARY = _l("Tells people urgent news at the top of every page of a site, above the header.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it for news people should see on every page of a site, such as an office closing. Use the "
    "emergency kind for an urgent threat to safety or to the service."
)
WHEN_NOT_TO_USE = _l(
    "For news about one service, use a notification banner. For a message about one page or one answer, "
    "use an alert or an error message. Take it down as soon as the news is old."
)
ACCESSIBILITY_NOTES = _l(
    "It is on the page when it loads, so screen readers do not break off to read it. They list it with "
    "the page's landmarks, and when a page has two, give each its own name. Each kind has its own icon "
    "shape and a hidden word, so color is never the only cue. Keep it short, since people meet it at the "
    "top of every page."
)

EXAMPLES = [
    Example(
        _l("Information"),
        _l("News people should see on any page of the site."),
        {
            "id": "site-alert-info",
            "heading_text": _l("Offices close early on Friday"),
            "text": _l("All offices close at noon on Friday. You can still apply online."),
        },
    ),
    Example(
        _l("Emergency"),
        _l("An urgent threat to safety or to the service, with a link to help."),
        {
            "id": "site-alert-emergency",
            "variant": "emergency",
            "heading_text": _l("Offices closed because of a storm"),
            "html": LazyHtml(
                lambda: Markup('<p>{} <a class="fd-link" href="#shelters">{}</a></p>').format(
                    str(_l("All offices in Florida are closed today.")),
                    str(_l("Find a shelter near you")),
                )
            ),
        },
    ),
    Example(
        _l("Emergency with a list"),
        _l(
            "More than one urgent message, as a list. This alert has a name of its own. Its heading "
            "is at level 3, since here it is under a level 2 heading."
        ),
        {
            "id": "site-alert-list",
            "variant": "emergency",
            "label": _l("Storm updates"),
            "heading_level": 3,
            "heading_text": _l("A hurricane is near the coast"),
            "html": LazyHtml(
                lambda: Markup(
                    '<ul><li>{} <a class="fd-link" href="#leave">{}</a></li><li>{}</li><li>{}</li></ul>'
                ).format(
                    str(_l("People near the coast must leave now.")),
                    str(_l("See the roads to take")),
                    str(_l("All offices on the coast are closed.")),
                    str(_l("Payments will still arrive on time.")),
                )
            ),
        },
    ),
    Example(
        _l("No heading"),
        _l("A message with no heading and a link. This alert has a name of its own."),
        {
            "id": "site-alert-no-heading",
            "label": _l("Phone line"),
            "html": LazyHtml(
                lambda: Markup('<p>{} <a class="fd-link" href="#contact">{}</a></p>').format(
                    str(_l("Our phone line is down until 2 p.m.")),
                    str(_l("Send us a message online")),
                )
            ),
        },
    ),
    Example(
        _l("Slim"),
        _l("A short message in a smaller band. This alert has a name of its own."),
        {
            "id": "site-alert-slim",
            "slim": True,
            "label": _l("Holiday hours"),
            "text": _l("Our offices are closed on Monday for the holiday."),
        },
    ),
    Example(
        _l("Slim emergency"),
        _l("A short urgent message. This alert has a name of its own."),
        {
            "id": "site-alert-slim-emergency",
            "variant": "emergency",
            "slim": True,
            "label": _l("Weather alert"),
            "text": _l("Call 911 if you are in danger now."),
        },
    ),
]
