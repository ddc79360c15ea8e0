"""Examples of the card component."""

from urllib.parse import quote

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

# Translators: a box on a web page about one thing, with a heading, a short text and often a picture.
TITLE = _l("Card")
SUMMARY = _l("Shows a heading, a short text and an action about one thing, alone or in a group.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use a card for a short summary of one thing that links to more, such as a program. Use a group of "
    "cards for several things of the same kind."
)
WHEN_NOT_TO_USE = _l(
    "Do not use cards for long text. For news or search results, use the collection. For steps in order, "
    "use the process list."
)
ACCESSIBILITY_NOTES = _l(
    "Check that each heading fits the page's heading levels and makes sense as a link. Give a picture "
    "alt text that says what it shows, or empty alt text when it only decorates. A card that is one link "
    "has one thing to focus, its heading. Screen readers do not read the whole card as a link."
)


def _picture(shapes: str, sky: str) -> str:
    """A 16:9 drawing as a data URL, so the examples need no image files."""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 225">'
        f'<rect width="400" height="225" fill="{sky}"/>{shapes}</svg>'
    )
    return "data:image/svg+xml," + quote(svg, safe="")


HOUSE = _picture(
    '<rect y="170" width="400" height="55" fill="#6b8f4e"/>'
    '<rect x="140" y="100" width="120" height="90" fill="#f3e3c3"/>'
    '<path d="M125 105 200 50l75 55z" fill="#a0412d"/>'
    '<rect x="185" y="140" width="30" height="50" fill="#5c3d2e"/>'
    '<rect x="152" y="118" width="24" height="22" fill="#8fc1e3"/>'
    '<rect x="224" y="118" width="24" height="22" fill="#8fc1e3"/>',
    "#cfe8f7",
)
FARM = _picture(
    '<circle cx="320" cy="55" r="28" fill="#f6c945"/>'
    '<path d="M0 150q100-40 200 0t200 0v75H0z" fill="#7aa35a"/>'
    '<path d="M0 185q100-30 200 0t200 0v40H0z" fill="#4f7d3a"/>'
    '<rect x="80" y="95" width="14" height="60" fill="#6b4a2f"/>'
    '<circle cx="87" cy="85" r="32" fill="#3f6f35"/>',
    "#dff1fb",
)
CLINIC = _picture(
    '<rect y="180" width="400" height="45" fill="#9aa5ad"/>'
    '<rect x="110" y="70" width="180" height="120" fill="#ffffff"/>'
    '<rect x="185" y="88" width="30" height="70" fill="#c0392b"/>'
    '<rect x="165" y="108" width="70" height="30" fill="#c0392b"/>'
    '<rect x="180" y="160" width="40" height="30" fill="#5b6770"/>',
    "#e3eef5",
)
SIZE = {"width": 400, "height": 225}

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A heading, a short text and a button that goes to the service."),
        {
            "heading_text": _l("Help paying rent"),
            "text": _l("You may get up to 3 months of rent if you lost income this year."),
            "footer_button": {"text": _l("Check if you can get help"), "href": "#rent-help"},
        },
    ),
    Example(
        _l("Picture"),
        _l("A picture above the heading, and a plain link in the footer."),
        {
            "heading_text": _l("Grants for small farms"),
            "media": {"src": FARM, "alt": _l("A tree in a green field on a sunny day"), **SIZE},
            "text": _l("Get up to $20,000 to buy tools or fix your land after a flood."),
            "footer_link": {"href": "#farm-grants", "text": _l("Read about farm grants")},
        },
    ),
    Example(
        _l("Heading first"),
        _l("The heading above the picture."),
        {
            "heading_text": _l("Home repair loans"),
            "header_first": True,
            "media": {"src": HOUSE, "alt": _l("A small house with a red roof"), **SIZE},
            "text": _l("Borrow money at a low rate to fix damage to your home."),
            "footer_button": {"text": _l("Apply for a loan"), "href": "#repair-loan", "variant": "secondary"},
        },
    ),
    Example(
        # Translators: the name of a layout with a picture beside the text, like a flag beside its pole.
        _l("Flag"),
        _l("The picture beside the text when the card is wide enough. On a phone it goes on top."),
        {
            "heading_text": _l("Free health checks"),
            "flag": True,
            "media": {"src": CLINIC, "alt": _l("A clinic with a red cross on its wall"), **SIZE},
            "text": _l("Clinics near you check your blood pressure and sugar for free."),
            "footer_link": {"href": "#clinics", "text": _l("Find a clinic")},
        },
    ),
    Example(
        _l("Flag with the picture at the end"),
        _l("The picture at the end of the line: on the right in English, on the left in Arabic."),
        {
            "heading_text": _l("Home repair loans"),
            "flag": True,
            "media_end": True,
            "media": {"src": HOUSE, "alt": _l("A small house with a red roof"), **SIZE},
            "text": _l("Borrow money at a low rate to fix damage to your home."),
            "footer_link": {"href": "#home-loans", "text": _l("Read about home loans")},
        },
    ),
    Example(
        _l("Heading link"),
        _l("The heading is a link. It says where it goes, so no other link is needed."),
        {
            "heading_text": _l("Replace a lost Social Security card"),
            "href": "#replace-card",
            "text": _l("You can ask for a new card online. It is free."),
        },
    ),
    Example(
        _l("Whole card link"),
        _l(
            "A click on the picture or around the text follows the heading's link. Keyboard and "
            "screen reader users meet one link. The text can still be selected."
        ),
        {
            "heading_text": _l("Grants for small farms"),
            "href": "#farm-grants-card",
            "whole_card_link": True,
            "media": {"src": FARM, "alt": "", **SIZE},
            "text": _l("Get up to $20,000 to buy tools or fix your land after a flood."),
        },
    ),
    Example(
        _l("HTML content"),
        _l("The card's text as HTML: here, a short list."),
        {
            "heading_text": _l("What to bring"),
            "html": LazyHtml(
                lambda: Markup("<ul><li>{}</li><li>{}</li><li>{}</li></ul>").format(
                    _l("A photo ID"), _l("Proof of address"), _l("Your last pay stub")
                )
            ),
        },
    ),
    Example(
        _l("Card group"),
        _l("Cards in a list, side by side when there is room. Here the headings are level 3."),
        {
            "group": [
                {
                    "heading_text": _l("Help paying rent"),
                    "heading_level": 3,
                    "text": _l("You may get up to 3 months of rent if you lost income this year."),
                    "footer_button": {
                        "text": _l("Apply for help with rent"),
                        "href": "#group-rent",
                        "variant": "secondary",
                    },
                },
                {
                    "heading_text": _l("Help with power bills"),
                    "heading_level": 3,
                    "text": _l("Get help paying for heat and power in winter."),
                    "footer_button": {
                        "text": _l("Apply for help with power bills"),
                        "href": "#group-power",
                        "variant": "secondary",
                    },
                },
                {
                    "heading_text": _l("Food benefits"),
                    "heading_level": 3,
                    "text": _l("Get money each month to buy food for your family."),
                    "footer_button": {
                        "text": _l("Apply for food benefits"),
                        "href": "#group-food",
                        "variant": "secondary",
                    },
                },
            ]
        },
    ),
    Example(
        _l("Group of links"),
        _l("A group of cards that are each one link, with pictures, as on a page of services."),
        {
            "group": [
                {
                    "heading_text": heading,
                    "href": href,
                    "whole_card_link": True,
                    "media": {"src": picture, "alt": "", **SIZE},
                    "text": body,
                }
                for heading, href, picture, body in (
                    (
                        _l("Home repair loans"),
                        "#links-home",
                        HOUSE,
                        _l("Borrow money at a low rate to fix damage to your home."),
                    ),
                    (
                        _l("Grants for small farms"),
                        "#links-farms",
                        FARM,
                        _l("Get up to $20,000 to buy tools or fix your land after a flood."),
                    ),
                    (
                        _l("Free health checks"),
                        "#links-health",
                        CLINIC,
                        _l("Clinics near you check your blood pressure and sugar for free."),
                    ),
                )
            ]
        },
    ),
]
