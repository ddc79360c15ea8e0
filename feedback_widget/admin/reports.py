"""The numbers on the dashboard, read from the store: per touchpoint and period, counts and shares.

Percentages follow the federal CX reporting: the trust share is thumbs up over everyone who answered
the trust question; a driver's share is over the people who were asked it (those who gave the answer
its ``show_if`` names, such as thumbs up for the positive drivers); a statement's "% agree" is the
answers 4 and 5 over everyone who answered it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from babel import numbers

from feedback_widget.admin.exports import all_submissions
from feedback_widget.admin.periods import Period, buckets
from feedback_widget.questions import Question, QuestionSet
from feedback_widget.store import Store
from i18n import gettext as _
from i18n.formatting import _babel, format_number

AGREE = ("4", "5")


def percent(part: int, whole: int) -> float | None:
    """``part`` as a percentage of ``whole`` (None when ``whole`` is 0)."""
    return None if whole <= 0 else 100.0 * part / whole


def format_percent(value: float | None) -> str:
    """A percentage in the current locale, rounded to a whole number, such as "75%"; "none" if no answers."""
    if value is None:
        # Translators: shown instead of a percentage when nobody answered.
        return _("none")
    return numbers.format_percent(value / 100.0, locale=_babel())


@dataclass
class Row:
    """One answer: its label, how many chose it, and its share."""

    key: str
    label: str
    count: int
    share: float | None

    @property
    def count_text(self) -> str:
        return format_number(self.count)

    @property
    def share_text(self) -> str:
        return format_percent(self.share)


@dataclass
class QuestionReport:
    """The counts for one question."""

    key: str
    kind: str
    title: str
    rows: list[Row]
    base: int
    base_text: str
    headline: float | None = None
    headline_text: str = ""


@dataclass
class TrendRow:
    """One week or month of the trend."""

    label: str
    start: dt.datetime
    responses: int
    up: int
    answered: int

    @property
    def share(self) -> float | None:
        return percent(self.up, self.answered)

    @property
    def share_text(self) -> str:
        return format_percent(self.share)


@dataclass
class Report:
    """The dashboard for one touchpoint and period."""

    touchpoint: str
    question_set: QuestionSet
    period: Period
    total: int
    questions: list[QuestionReport] = field(default_factory=list)
    trust: QuestionReport | None = None
    trend: list[TrendRow] = field(default_factory=list)


def _asked(question: Question, counts: dict[str, dict[str, int]], total: int) -> int:
    """How many responses were asked `question`: those meeting its ``show_if``, else every response."""
    if not question.show_if:
        return total
    # One condition is the usual case (drivers after trust); with several, the smallest is a bound.
    return min(
        sum(counts.get(key, {}).get(value, 0) for value in values) for key, values in question.show_if.items()
    )


def trust_question(question_set: QuestionSet) -> Question | None:
    """The set's first thumbs or yes/no question: the one whose first answer is the trust share."""
    return next((q for q in question_set.questions if q.kind in ("thumbs", "yes_no")), None)


def build_report(store: Store, touchpoint: str, question_set: QuestionSet, period: Period) -> Report:
    """Read the counts for `touchpoint` over `period` (spam left out)."""
    since, until = period.since, period.until
    total = store.count(touchpoint, since, until)
    keys = [q.key for q in question_set.questions if q.kind != "text"]
    counts = store.answer_counts(touchpoint, since, until, questions=keys)
    report = Report(touchpoint=touchpoint, question_set=question_set, period=period, total=total)
    trust = trust_question(question_set)
    for question in question_set.questions:
        if question.kind == "text":
            continue
        values = counts.get(question.key, {})
        answered = sum(values.get(option, 0) for option in question.option_keys)
        base = _asked(question, counts, total) if question.kind == "choices" else answered
        rows = [
            Row(
                option.key,
                str(option.label),
                values.get(option.key, 0),
                percent(values.get(option.key, 0), base),
            )
            for option in question.options
        ]
        if question.kind == "choices":
            # Translators: %(num)s is how many people were asked a question with tick boxes.
            base_text = _("Share of the %(num)s people asked this question", num=format_number(base))
        else:
            # Translators: %(num)s is how many people answered a question.
            base_text = _("Share of the %(num)s people who answered", num=format_number(base))
        item = QuestionReport(question.key, question.kind, str(question.text), rows, base, base_text)
        if question.kind == "scale":
            item.headline = percent(sum(values.get(v, 0) for v in AGREE), answered)
            # Translators: %(share)s is a percentage, such as 80%; "agree" counts answers 4 and 5.
            item.headline_text = _("%(share)s agree (4 or 5)", share=format_percent(item.headline))
        elif question.kind in ("thumbs", "yes_no"):
            item.headline = rows[0].share
            # Translators: %(share)s is a percentage, such as 75%, of people who answered thumbs up
            # or yes; %(up)s and %(answered)s are counts, such as "3 of 4".
            item.headline_text = _(
                "%(share)s (%(up)s of %(answered)s)",
                share=format_percent(item.headline),
                up=format_number(rows[0].count),
                answered=format_number(answered),
            )
        report.questions.append(item)
        if trust is not None and question.key == trust.key:
            report.trust = item
    report.trend = build_trend(store, touchpoint, period, trust)
    return report


def build_trend(store: Store, touchpoint: str, period: Period, trust: Question | None) -> list[TrendRow]:
    """Responses and the trust share per week or month of `period`."""
    rows = [TrendRow(label, start, 0, 0, 0) for start, _end, label in buckets(period)]
    if not rows:
        return rows
    ends = [end for _start, end, _label in buckets(period)]
    for submission in all_submissions(store, touchpoint, period):
        created = submission.created_at
        if created.tzinfo is None:
            created = created.replace(tzinfo=dt.UTC)
        index = next((i for i, end in enumerate(ends) if created < end), len(rows) - 1)
        row = rows[index]
        row.responses += 1
        if trust is not None:
            values = submission.answers_by_question().get(trust.key, [])
            if values:
                row.answered += 1
                row.up += values[0] == trust.option_keys[0]
    return rows
