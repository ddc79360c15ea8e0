"""Examples of the service navigation component.

The menu is a navigation landmark, and the component page shows every example together: after the
first, each menu has a name no other navigation on that page has.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from components.tag import Tag
from i18n import lazy_gettext as _l

TITLE = _l("Service navigation")
SUMMARY = _l("Shows the name of the service under the header, with links to its main sections.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use it to show your service's name and links to its main sections, in a band under the header. It "
    "suits a service with a few sections people move between, such as an account."
)
WHEN_NOT_TO_USE = _l(
    "For the pages of one section, use side navigation. For the steps of a form, use the task list or "
    "the step indicator. If the header already shows the menu you need, do not add this too."
)
ACCESSIBILITY_NOTES = _l(
    "Put it in the page's header landmark, right after the header, so the service's name is in a "
    "landmark. When the page has another menu, give each its own name. There is no menu button, so every "
    "link stays in view on a phone: keep them few and short. Check that the section is marked on every "
    "page inside it, not only on its first page."
)

SERVICE = {"service_name": _l("Apply for food assistance"), "service_href": "#start"}
APPLICATION = {"text": _l("Your application"), "href": "#your-application"}
MESSAGES = {"text": _l("Messages"), "href": "#messages"}
DOCUMENTS = {"text": _l("Documents"), "href": "#documents"}
HELP = {"text": _l("Get help"), "href": "#get-help"}

EXAMPLES = [
    Example(
        _l("Service name"),
        _l("The name of the service, linking to its start page, with no menu."),
        SERVICE,
    ),
    Example(
        _l("With links"),
        _l('The name and links to the main sections. Screen readers call the links "Menu".'),
        {**SERVICE, "navigation": [APPLICATION, MESSAGES, DOCUMENTS, HELP]},
    ),
    Example(
        _l("Current page"),
        _l("You are on the first page of a section. It is bold with a line under it."),
        {
            "label": _l("Menu example with the current page"),
            "navigation": [APPLICATION, {**MESSAGES, "current": True}, DOCUMENTS, HELP],
        },
    ),
    Example(
        _l("Page in a section"),
        _l("You are on a page inside a section, not its first page. The section is marked the same way."),
        {
            "label": _l("Menu example with a section marked"),
            "navigation": [APPLICATION, MESSAGES, {**DOCUMENTS, "active": True}, HELP],
        },
    ),
    Example(
        _l("Long list"),
        _l("Many links. On a phone they wrap onto more lines, and none is hidden."),
        {
            **SERVICE,
            "label": _l("Menu example with many links"),
            "navigation": [
                {"text": _l("Home"), "href": "#home", "current": True},
                {"text": _l("Who can apply"), "href": "#who-can-apply"},
                {"text": _l("How to apply"), "href": "#how-to-apply"},
                APPLICATION,
                MESSAGES,
                DOCUMENTS,
                HELP,
                {"text": _l("Contact us"), "href": "#contact-us"},
            ],
        },
    ),
    Example(
        _l("Content at each end"),
        _l("A tag before the name and a sign-out link after the menu."),
        {
            **SERVICE,
            "label": _l("Menu example with content at each end"),
            "start_html": LazyHtml(lambda: Tag(text=str(_l("Beta")))),
            "end_html": LazyHtml(
                lambda: Markup(
                    '<a class="fd-service-navigation__link fd-link" href="#sign-out">{}</a>'
                ).format(str(_l("Sign out")))
            ),
            "navigation": [APPLICATION, MESSAGES, DOCUMENTS],
        },
    ),
]
