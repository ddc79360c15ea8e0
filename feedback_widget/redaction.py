"""Personal data taken out of free text before it is stored.

:func:`redact` replaces each piece of personal data with a fixed English marker such as
``[email removed]``. The markers are data, not interface text: they are stored, searched and
exported as they are, so they are not translated.

What is caught: email addresses, phone numbers, Social Security numbers, ITINs and employer ID
numbers, payment card numbers (Luhn-checked), Medicare numbers, passport, driver's license and
alien registration numbers, bank account and routing numbers, dates of birth, IP addresses, street
addresses and post office boxes, people's names (after the words that introduce them, or a known
given name with a family name), and in links, the values of parameters such as ``?email=`` or
``?token=`` and user names in paths (:mod:`feedback_widget.redaction_links`). A number found once is
found again wherever it is repeated, and the next number of a list of one kind goes with the first
(:mod:`feedback_widget.redaction_company`). The telling
words are read in the widget's twelve languages (:mod:`feedback_widget.redaction_languages`). The
rules and the evidence each needs are in :mod:`feedback_widget.redaction_rules`,
:mod:`feedback_widget.redaction_addresses` and :mod:`feedback_widget.redaction_names`.

The text is read in a normal form first (:mod:`feedback_widget.redaction_normal`): full-width and
other scripts' digits, zero-width and no-break spaces, odd dashes and the percent escapes of links
do not hide a number. Only the
characters that make up personal data are replaced; every other character is stored as typed.

Most comments are read by few rules: a rule is skipped when the text holds none of its telling
words' cores (its hints), except in text with letters of other scripts, which the rules with words
in those scripts always read.

Ordinary text stays as it is: years, amounts of money, ZIP codes, times, dates, short numbers,
and longer numbers with no telling word nearby (a case or order number).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from feedback_widget.redaction_addresses import SpelledStreetAddresses, StreetAddresses
from feedback_widget.redaction_company import company
from feedback_widget.redaction_links import LinkPaths, QueryParameters
from feedback_widget.redaction_names import Names
from feedback_widget.redaction_normal import (
    readable,
    readable_spaced_out,
    readable_unescaped,
    readable_without_odd_spaces,
)
from feedback_widget.redaction_rules import (
    A_NUMBER,
    ADDRESS,
    BANK_ACCOUNT,
    CARD,
    DATE_OF_BIRTH,
    DIGIT_RULES,
    DRIVERS_LICENSE,
    EMAIL,
    EMAIL_RULES,
    IP_ADDRESS,
    ITIN,
    MEDICARE,
    NAME,
    PASSPORT,
    PHONE,
    SPELLED_RULES,
    SSN,
    TAX_ID,
    WORD_RULES,
    PatternRule,
    Rule,
    holds_any,
)

__all__ = [
    "ADDRESS",
    "A_NUMBER",
    "BANK_ACCOUNT",
    "CARD",
    "DATE_OF_BIRTH",
    "DRIVERS_LICENSE",
    "EMAIL",
    "IP_ADDRESS",
    "ITIN",
    "MEDICARE",
    "NAME",
    "PASSPORT",
    "PHONE",
    "SSN",
    "TAX_ID",
    "Finding",
    "find",
    "redact",
]


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: where it is in the text as typed, and the marker that replaces it."""

    start: int
    end: int
    marker: str


_NAMES = Names()
_LINKS: tuple[Rule, ...] = (QueryParameters(), LinkPaths())
_RULES: tuple[Rule, ...] = (*_LINKS, *EMAIL_RULES, *DIGIT_RULES, *SPELLED_RULES, StreetAddresses(), _NAMES)
"""Every rule, in priority order: where two hits overlap, the earlier rule's wins."""
_NO_DIGIT_RULES: tuple[Rule, ...] = (*_LINKS, *WORD_RULES, SpelledStreetAddresses(), _NAMES)
"""The rules that can find something in text with no digit: every other rule needs one."""

_DIGIT = re.compile(r"\d")
_WIDE = re.compile(r"[\u0370-\u1fff\u3000-\ud7ff\uf900-\ufaff]")
"""A letter of a script other than Latin, or of Vietnamese."""


def _has_words_in_other_scripts(rule: Rule) -> bool:
    """Whether ``rule`` has telling words in scripts its Latin hints cannot stand for ("电话", "телефон")."""
    if not isinstance(rule, PatternRule):
        return False
    return any(pattern is not None and _WIDE.search(pattern.pattern) for pattern in (rule.before, rule.after))


_WIDE_RULES = frozenset(id(rule) for rule in _RULES if _has_words_in_other_scripts(rule))
"""The rules read in text with letters of other scripts whatever their hints say."""


def _rules_for(text: str) -> tuple[Rule, ...]:
    """The rules that can match somewhere in readable ``text``, so that most comments are read once.

    Every rule but the email and name ones needs a digit; a rule with hints needs one of them, unless
    the text holds letters of another script and the rule has telling words in such scripts.
    """
    wide = not text.isascii() and bool(_WIDE.search(text))
    lowered = " " + text.lower()  # so that a hint may start with a space and still match at the start
    held: dict[tuple[str, ...], bool] = {}
    chosen: list[Rule] = []
    for rule in _RULES if _DIGIT.search(text) else _NO_DIGIT_RULES:
        hints = rule.hints
        if hints and not (wide and id(rule) in _WIDE_RULES):
            found = held.get(hints)
            if found is None:
                found = held[hints] = holds_any(lowered, hints)
            if not found:
                continue
        chosen.append(rule)
    return tuple(chosen)


def find(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, in order; earlier rules win where two overlap.

    The text is read twice when it holds no-break or other odd spaces: with them read as spaces,
    then left out (:func:`~feedback_widget.redaction_normal.readable_without_odd_spaces`); what the
    second reading finds is added where it overlaps nothing already found.
    """
    taken: list[tuple[int, int, str]] = []  # in order, none overlapping, as typed
    base = readable(text)
    views = (base, readable_without_odd_spaces(text), readable_unescaped(text), readable_spaced_out(base))
    for view in views:
        if view is None:
            continue
        rules = _rules_for(view.text)
        hits = [hit for rule in rules for hit in rule.scan(view.text)]
        if hits:
            hits += company(view.text, _RULES, hits)  # every rule: a list's next number may lack the hints
        for hit in hits:
            if hit.start < hit.end:
                _take(taken, *view.original_span(hit.start, hit.end), hit.marker)
    return [Finding(*found) for found in taken]


def _take(taken: list[tuple[int, int, str]], start: int, end: int, marker: str) -> None:
    """Add ``start:end`` to ``taken`` (kept in order) unless it overlaps a hit already there."""
    place = bisect.bisect_left(taken, (start,))
    if place > 0 and taken[place - 1][1] > start:
        return
    if place < len(taken) and taken[place][0] < end:
        return
    taken.insert(place, (start, end, marker))


def redact(text: str) -> str:
    """``text`` with each piece of personal data replaced by its marker, such as ``[email removed]``."""
    findings = find(text)
    if not findings:
        return text
    pieces = []
    position = 0
    for found in findings:
        pieces += [text[position : found.start], found.marker]
        position = found.end
    pieces.append(text[position:])
    return "".join(pieces)
