"""Examples of the collection component."""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

# Translators: a list of things such as news stories or search results, each with a link to it.
TITLE = _l("Collection")
SUMMARY = _l("Lists news, events or search results, each with a link, a date and a short text.")
STATUS = "experimental"
WHEN_TO_USE = _l("Use a collection to list news, events or search results, each linking to more.")
WHEN_NOT_TO_USE = _l(
    "For a few things with pictures or actions, use cards. For the steps of a process, use the process list."
)
ACCESSIBILITY_NOTES = _l(
    "Each item's heading is a link, so people who move by headings or by links find every item. Check "
    "that the heading level fits the page. Each heading should make sense as a link on its own. Check "
    "that the message for no items tells people what they can do next."
)

NEWS = [
    {
        "heading_text": _l("Help centers open after the storm"),
        "href": "#help-centers",
        "date": "2025-06-02",
        "description_text": _l("Five help centers are open 7 days a week. Bring a photo ID."),
        "tags": [{"text": _l("Storm")}, {"text": _l("Help centers"), "color": "green"}],
    },
    {
        "heading_text": _l("New rules for rent help"),
        "href": "#rent-rules",
        "date": "2025-05-20",
        "description_text": _l("From July 1, you can get up to 3 months of rent if you lost income."),
        "tags": [{"text": _l("Housing"), "color": "purple"}],
    },
    {
        "heading_text": _l("Apply for food benefits online"),
        "href": "#food-online",
        "date": "2025-04-11",
        "description_text": _l("You no longer need to come to an office. It takes about 20 minutes."),
    },
]

EXAMPLES = [
    Example(
        _l("News"),
        _l("News stories, newest first, each with a date, a short text and tags."),
        {"items": NEWS},
    ),
    Example(
        _l("Search results"),
        _l("Results of a search, each with a short text. Their headings are level 3."),
        {
            "heading_level": 3,
            "items": [
                {
                    "heading_text": _l("Apply for disaster help"),
                    "href": "#apply-disaster-help",
                    "description_text": _l("Get money to repair your home or pay rent after a disaster."),
                },
                {
                    "heading_text": _l("Check the status of your application"),
                    "href": "#check-status",
                    "description_html": LazyHtml(
                        lambda: Markup("<p>{}</p>").format(
                            _l("Sign in to see where your application is and what we need from you.")
                        )
                    ),
                    "tags": [{"text": _l("Sign in needed"), "color": "grey"}],
                },
            ],
        },
    ),
    Example(
        _l("Condensed"),
        _l("A short list of headings and dates, such as the latest news at the side of a page."),
        {
            "condensed": True,
            "items": [
                {key: value for key, value in item.items() if key != "description_text"} for item in NEWS
            ],
        },
    ),
    Example(
        _l("No items"),
        _l("When there is nothing to list, a message says so in place of an empty list."),
        {"items": []},
    ),
    Example(
        _l("No search results"),
        _l("A message of your own when a search finds nothing, with a way to go on."),
        {
            "items": [],
            "empty_html": LazyHtml(
                lambda: Markup('<p>{}</p><p><a class="fd-link" href="#all-services">{}</a></p>').format(
                    _l("We found no results. Check the spelling or use fewer words."),
                    _l("See all services"),
                )
            ),
        },
    ),
]
