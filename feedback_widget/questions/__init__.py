"""Question sets as data, and the check of a submission against its set.

Built in (:mod:`.built_in`): the federal post-transaction questions, the earlier seven statements
and "Was this page helpful?". An agency declares its own set as a :class:`QuestionSet` or in a TOML
or JSON file (:meth:`QuestionSet.from_file`), with its text per language or as plain text
(:class:`LocalizedText`). :func:`validate_answers` checks a submission against its set.
"""

from feedback_widget.questions.built_in import (
    BUILT_IN_SETS,
    DRIVERS,
    PAGE_HELPFUL,
    POST_TRANSACTION,
    SEVEN_STATEMENTS,
)
from feedback_widget.questions.models import (
    AGREE_SCALE,
    DEFAULT_TEXT_LENGTH,
    THUMBS_OPTIONS,
    YES_NO_OPTIONS,
    Kind,
    Option,
    Question,
    QuestionSet,
    options,
)
from feedback_widget.questions.text import LocalizedText
from feedback_widget.questions.validation import FeedbackInvalid, validate_answers

__all__ = [
    "AGREE_SCALE",
    "BUILT_IN_SETS",
    "DEFAULT_TEXT_LENGTH",
    "DRIVERS",
    "PAGE_HELPFUL",
    "POST_TRANSACTION",
    "SEVEN_STATEMENTS",
    "THUMBS_OPTIONS",
    "YES_NO_OPTIONS",
    "FeedbackInvalid",
    "Kind",
    "LocalizedText",
    "Option",
    "Question",
    "QuestionSet",
    "options",
    "validate_answers",
]
