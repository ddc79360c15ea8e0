"""The question sets every install has: the federal post-transaction questions (a trust question,
then what went well or what could have gone better, then a comment), the earlier seven statements
on a 1 to 5 agree scale, and "Was this page helpful?"."""

from __future__ import annotations

from feedback_widget.questions.models import DEFAULT_TEXT_LENGTH, Question, QuestionSet, options
from i18n import lazy_gettext as _l

DRIVERS = ("effectiveness", "ease", "efficiency", "transparency", "humanity", "employee", "other")
"""The federal drivers of a post-transaction experience, in their reporting order."""

_PRIVACY_HINT = _l(
    "Do not include personal information, such as your name, address, phone number or Social Security number."
)

POST_TRANSACTION = QuestionSet(
    key="post_transaction",
    title=_l("Tell us how it went"),
    questions=(
        Question(
            key="trust",
            kind="thumbs",
            required=True,
            text=_l("I trust this agency to do what it says it will do."),
            hint=_l("Choose thumbs up if you agree, or thumbs down if you do not."),
        ),
        Question(
            key="positive_drivers",
            kind="choices",
            show_if={"trust": ("up",)},
            text=_l("What went well?"),
            hint=_l("Choose all that apply."),
            options=options(
                ("effectiveness", _l("I got what I needed")),
                ("ease", _l("It was easy to do")),
                ("efficiency", _l("It did not take long")),
                ("transparency", _l("I knew what would happen and when")),
                ("humanity", _l("I was treated with respect")),
                ("employee", _l("The staff were helpful")),
                ("other", _l("Something else")),
            ),
        ),
        Question(
            key="negative_drivers",
            kind="choices",
            show_if={"trust": ("down",)},
            text=_l("What could have gone better?"),
            hint=_l("Choose all that apply."),
            options=options(
                ("effectiveness", _l("I did not get what I needed")),
                ("ease", _l("It was hard to do")),
                ("efficiency", _l("It took too long")),
                ("transparency", _l("I did not know what would happen or when")),
                ("humanity", _l("I was not treated with respect")),
                ("employee", _l("The staff were not helpful")),
                ("other", _l("Something else")),
            ),
        ),
        Question(
            key="comment",
            kind="text",
            max_length=DEFAULT_TEXT_LENGTH,
            text=_l("Is there anything else you want to tell us?"),
            hint=_PRIVACY_HINT,
        ),
    ),
)

SEVEN_STATEMENTS = QuestionSet(
    key="seven_statements",
    title=_l("Tell us about your experience"),
    questions=(
        Question(
            key="satisfaction", kind="scale", required=True, text=_l("I am happy with the service I got.")
        ),
        Question(
            key="trust", kind="scale", required=True, text=_l("I trust this agency more after this visit.")
        ),
        Question(key="effectiveness", kind="scale", required=True, text=_l("I got what I came for.")),
        Question(key="ease", kind="scale", required=True, text=_l("It was easy to do what I needed to do.")),
        Question(
            key="efficiency",
            kind="scale",
            required=True,
            text=_l("It did not take longer than it should have."),
        ),
        Question(
            key="equity_transparency",
            kind="scale",
            required=True,
            text=_l("I was treated fairly, and the steps were clear to me."),
        ),
        Question(
            key="employee_helpfulness",
            kind="scale",
            text=_l("The staff I dealt with were helpful."),
            hint=_l("Skip this if you did not deal with any staff."),
        ),
        Question(
            key="comment",
            kind="text",
            max_length=DEFAULT_TEXT_LENGTH,
            text=_l("Is there anything else you want to tell us?"),
            hint=_PRIVACY_HINT,
        ),
    ),
)

PAGE_HELPFUL = QuestionSet(
    key="page_helpful",
    title=_l("Help us improve this page"),
    questions=(
        Question(key="helpful", kind="yes_no", required=True, text=_l("Was this page helpful?")),
        Question(
            key="looking_for",
            kind="text",
            max_length=200,
            text=_l("What were you looking for?"),
            hint=_PRIVACY_HINT,
        ),
    ),
)

BUILT_IN_SETS: dict[str, QuestionSet] = {
    question_set.key: question_set for question_set in (POST_TRANSACTION, SEVEN_STATEMENTS, PAGE_HELPFUL)
}
"""The sets every install has, by key."""
