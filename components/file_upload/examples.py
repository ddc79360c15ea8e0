"""Examples of the file upload component."""

from components.base import Example
from i18n import lazy_gettext as _l

TITLE = _l("File upload")
SUMMARY = _l("Lets people send a file, such as a photo of a document.")
STATUS = "experimental"
WHEN_TO_USE = _l("Use it when people must send a document, such as a photo of an ID or a bill.")
WHEN_NOT_TO_USE = _l(
    "Do not ask for a file when a question or a check of your own records would do. Ask for as few files "
    "as you can."
)
ACCESSIBILITY_NOTES = _l(
    "It is the browser's own file field, with no drop zone that needs dragging. The button's words, such "
    'as "Choose file", come from the browser, in its language. Check that the hint says which file types '
    "and sizes work, and check both on the server. After an error, people must pick the file again."
)

DOCUMENTS = ["application/pdf", "image/jpeg", "image/png"]

EXAMPLES = [
    Example(
        _l("Default"),
        _l("A labelled file field with a hint that says which files work."),
        {
            "id": "lease",
            "label": {"text": _l("Upload your lease")},
            "hint": {"text": _l("A PDF, JPG or PNG file, up to 10 MB.")},
            "accept": DOCUMENTS,
        },
    ),
    Example(
        _l("Page heading"),
        _l("The label is the page heading, for a page that asks one thing."),
        {
            "id": "documents",
            "label": {"text": _l("Upload your documents"), "is_page_heading": True, "size": "l"},
            "hint": {"text": _l("Take a photo of each one, or upload a PDF file.")},
            "accept": DOCUMENTS,
        },
    ),
    Example(
        _l("Several files"),
        _l("The person can pick more than one file at once."),
        {
            "id": "pay-stubs",
            "label": {"text": _l("Upload your pay stubs")},
            "hint": {"text": _l("A PDF, JPG or PNG file, up to 10 MB.")},
            "accept": DOCUMENTS,
            "multiple": True,
        },
    ),
    Example(
        _l("Error"),
        _l("No file was picked. The error says what to do."),
        {
            "id": "lease-copy",
            "label": {"text": _l("Upload your lease")},
            "error_message": {"text": _l("Select a file.")},
            "accept": DOCUMENTS,
        },
    ),
]
