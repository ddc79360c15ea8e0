"""Examples of the notification banner component.

An "important" banner is a region named by its title, and the component page shows every example
together: each of them has a title no other region on that page has.
"""

from markupsafe import Markup

from components.base import Example
from components.choices import LazyHtml
from i18n import lazy_gettext as _l

TITLE = _l("Notification banner")
SUMMARY = _l("Tells people news they must see, such as a change to the service or that their form was sent.")
STATUS = "experimental"
WHEN_TO_USE = _l(
    "Use the important kind for news everyone using the service must see, such as planned downtime. Use "
    "the success kind to tell people what their last action did, such as sending a form."
)
WHEN_NOT_TO_USE = _l(
    "Do not use it for errors: use the error summary. For news on every page of a site, use a site "
    "alert. Show one banner on a page at most."
)
ACCESSIBILITY_NOTES = _l(
    "The success kind is read out and takes focus when the page loads. Turn off its focus when focus "
    "must go elsewhere, such as to an error summary. Check that the title's heading level fits the page. "
    "Your own title must say what kind of news it is: color alone does not."
)

EXAMPLES = [
    Example(
        _l("Default"),
        _l('News about the service that everyone who uses it must see, under the title "Important".'),
        {
            "id": "notification-banner-default",
            "heading_text": _l("We will not process applications on Monday"),
            "text": _l("Our offices are closed for the holiday. You can still apply online."),
        },
    ),
    Example(
        _l("With a link"),
        _l("News about the person's own case, with a link to what they need to do."),
        {
            "id": "notification-banner-link",
            "title_text": _l("Your application"),
            "heading_html": LazyHtml(
                lambda: Markup('{} <a class="fd-link" href="#upload-documents">{}</a>').format(
                    _l("You have 7 days left to send your documents."), _l("Upload your documents")
                )
            ),
        },
    ),
    Example(
        _l("Own title at level 3"),
        _l("Your own title, at a heading level that fits the page. Here it is under a level 2 heading."),
        {
            "id": "notification-banner-own-title",
            "title_text": _l("Service update"),
            "title_heading_level": 3,
            "heading_text": _l("Offices closed because of a storm"),
            "text": _l("All offices in Florida are closed today."),
        },
    ),
    Example(
        _l("Success"),
        _l(
            "Tells the person what their last action did. It is read out and takes focus when the page loads."
        ),
        {
            "id": "notification-banner-success",
            "variant": "success",
            "heading_text": _l("We got your application"),
            "text": _l("We sent a copy to your email. We will reply within 10 business days."),
        },
    ),
    Example(
        _l("Success with a list"),
        _l("What the person just did, and what happens next, as HTML."),
        {
            "id": "notification-banner-success-list",
            "variant": "success",
            # One autofocus per page: the "Success" example above has it on the component page.
            "disable_auto_focus": True,
            "heading_text": _l("Your documents are uploaded"),
            "html": LazyHtml(
                lambda: Markup("<p>{}</p><ul><li>{}</li><li>{}</li></ul>").format(
                    _l("What happens next:"),
                    _l("We check your documents within 5 business days."),
                    _l("We send you a letter with our decision."),
                )
            ),
        },
    ),
    Example(
        _l("Success without focus"),
        _l(
            "Read out, but it does not take focus when the page loads. Use it when focus must go "
            "somewhere else, such as to an error summary. This one has text and no heading line."
        ),
        {
            "id": "notification-banner-success-no-focus",
            "variant": "success",
            "disable_auto_focus": True,
            "text": _l("Your changes are saved."),
        },
    ),
]
