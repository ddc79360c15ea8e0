"""The intake pipeline that the form post and the JSON API share: raw answers in, a submission ready
to store out.

:func:`build_submission` refuses text no database can store (NUL, lone surrogates), checks the
answers against the touchpoint's question set (messages in the submission's language), redacts
personal data from free text, and keeps the page URL (http, https or a path) without its query,
matrix parameters or the personal data in its path. Counting the post against
its client's rate limit and storing it, committed before the response, is
:meth:`feedback_widget.service.FeedbackService.take_in`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from feedback_widget.questions import FeedbackInvalid, QuestionSet, validate_answers
from feedback_widget.redaction import redact
from feedback_widget.redaction_urls import clean_page_url
from feedback_widget.store import Answer, Submission
from feedback_widget.touchpoints import Touchpoint
from i18n import gettext, use_locale

MAX_PAGE_URL = 2000
"""The longest page URL kept (longer ones are cut)."""

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone surrogates: no database stores them and no response can echo them."""


def build_submission(
    touchpoint: Touchpoint,
    question_set: QuestionSet,
    raw: Mapping[str, Any],
    *,
    locale: str,
    page_url: str | None,
    idempotency_key: str | None = None,
    ignore_unknown: bool = True,
) -> Submission:
    """Validate and redact one submission to `touchpoint`'s `question_set`, ready to store.

    Raises :class:`FeedbackInvalid` (messages in ``locale``) when the answers do not fit.
    """
    with use_locale(locale):
        _refuse_unstorable_text(raw, page_url)
        answers = validate_answers(question_set, raw, ignore_unknown=ignore_unknown)
    to_store: list[Answer] = []
    for key, values in answers.items():
        is_text = question_set.question(key).kind == "text"
        for position, value in enumerate(values):
            to_store.append(Answer(key, redact(value) if is_text else value, position))
    # Every field is checked above (or is ours: the touchpoint, set and locale keys), so the model
    # is built without validating it again: this is the hot path of a busy server.
    return Submission.model_construct(
        touchpoint=touchpoint.id,
        question_set=question_set.key,
        locale=locale,
        page_url=_stored_page_url(page_url),
        answers=tuple(to_store),
        idempotency_key=idempotency_key,
    )


def _stored_page_url(page_url: str | None) -> str | None:
    """The page URL as stored: http, https or a path, redacted, cut to :data:`MAX_PAGE_URL`."""
    cleaned = clean_page_url(page_url)
    return cleaned[:MAX_PAGE_URL] if cleaned else None


def printable_key(key: str) -> str:
    """A field name safe to echo in a response: lone surrogates and NUL written as escapes."""
    return key.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def _field_texts(key: Any, value: Any) -> list[str]:
    """A field's key and its text: one value, or each text in a list."""
    if isinstance(value, str):
        return [str(key), value]
    if isinstance(value, list):
        return [str(key), *(item for item in value if isinstance(item, str))]
    return [str(key)]


def _refuse_unstorable_text(raw: Mapping[str, Any], page_url: str | None) -> None:
    """Raise :class:`FeedbackInvalid` for text that cannot be stored, naming each field."""
    texts = [page_url or ""]
    for key, value in raw.items():
        texts += _field_texts(key, value)
    if not _UNSTORABLE.search("".join(texts)):
        return  # the common case, found with one search over all the text
    message = gettext("Check this value and send it again.")
    errors = {
        printable_key(str(key)): message
        for key, value in raw.items()
        if _UNSTORABLE.search("".join(_field_texts(key, value)))
    }
    if page_url and _UNSTORABLE.search(page_url):
        errors["page_url"] = message
    raise FeedbackInvalid(errors)
