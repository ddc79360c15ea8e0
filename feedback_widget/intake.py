"""The intake pipeline that the form post and the JSON API share: raw answers in, a submission ready
to store out, in two steps.

:func:`check_submission`, in the request, refuses text no database can store (NUL, lone
surrogates) and checks the answers against the touchpoint's question set (messages in the
submission's language). :func:`made_private`, where the writer stores the submission (its store
process), redacts personal data from free text and keeps the page URL (http, https or a path)
without its query, matrix parameters or the personal data in its path: the redaction's regular
expressions, whose cost grows with the text, never hold up the server's event loop, and nothing is
stored before it. Counting the post against its client's rate limit and storing it, committed
before the response, is :meth:`feedback_widget.service.FeedbackService.take_in`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from feedback_widget.questions import FeedbackInvalid, QuestionSet, validate_answers
from feedback_widget.redaction import redact
from feedback_widget.redaction_urls import clean_page_url
from feedback_widget.store import Answer, Submission
from feedback_widget.store.models import Intake
from feedback_widget.touchpoints import Touchpoint
from i18n import gettext, use_locale

MAX_PAGE_URL = 2000
"""The longest page URL kept (longer ones are cut)."""

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone surrogates: no database stores them and no response can echo them."""


def check_submission(
    touchpoint: Touchpoint,
    question_set: QuestionSet,
    raw: Mapping[str, Any],
    *,
    locale: str,
    page_url: str | None,
    idempotency_key: str | None = None,
    ignore_unknown: bool = True,
) -> Intake:
    """Validate one submission to `touchpoint`'s `question_set`: an intake for the writer, which makes
    it private (:func:`made_private`) before it stores it.

    Raises :class:`FeedbackInvalid` (messages in ``locale``) when the answers do not fit.
    """
    with use_locale(locale):
        _refuse_unstorable_text(raw, page_url)
        answers = validate_answers(question_set, raw, ignore_unknown=ignore_unknown)
    to_store = tuple(
        Answer(key, value, position)
        for key, values in answers.items()
        for position, value in enumerate(values)
    )
    # Every field is checked above (or is ours: the touchpoint, set and locale keys), so the model
    # is built without validating it again: this is the hot path of a busy server.
    submission = Submission.model_construct(
        touchpoint=touchpoint.id,
        question_set=question_set.key,
        locale=locale,
        page_url=page_url,
        answers=to_store,
        idempotency_key=idempotency_key,
    )
    free_text = frozenset(key for key in answers if question_set.question(key).kind == "text")
    return Intake(submission, to_redact=free_text)


def made_private(intake: Intake) -> Intake:
    """`intake` as it may be stored: the answers it names redacted, its page URL cleaned and cut."""
    submission = intake.submission
    if submission is None or intake.to_redact is None:
        return intake
    answers = tuple(
        Answer(answer.question, redact(answer.value), answer.position)
        if answer.question in intake.to_redact
        else answer
        for answer in submission.answers
    )
    private = submission.model_copy(
        update={"answers": answers, "page_url": _stored_page_url(submission.page_url)}
    )
    return Intake(private, intake.rate_limit)


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
