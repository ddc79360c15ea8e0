"""Personal data told by the personal data beside it.

- **The same number again.** Once a number of seven digits or more is found, every other number in
  the text with the same digits is taken too, whatever its separators: "my ssn with and without
  dashes (349848991 and 349-84-8991)".
- **The next in a list.** A number of the shape a rule looks for, a few words after one that rule's
  kind already found, is that kind too: "EINs 55-0556660 and 04-1156598", "should be 10/02/1983 not
  02/10/1983", "account ending 0351, full number 44829360390351". Nothing may part them but a few
  words: no sentence end, no other number, no reference noun ("case"), no word about money.
- **A name beside contact details.** Two or three capitalized words that are no ordinary words, just
  before an email, address, phone or ID number, are a name: "write to Henry Abernathy,
  h_abernathy@example.com" (:func:`~feedback_widget.redaction_names.name_before`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from feedback_widget.redaction_names import name_before
from feedback_widget.redaction_rules import (
    DATE_OF_BIRTH,
    IP_ADDRESS,
    NAME,
    PARTING_NOUNS,
    Hit,
    PatternRule,
    Rule,
    digits_of,
)

_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\w\-])\d(?:[ .\-/]?\d){6,}(?![\w\-])")
_LISTED_DIGITS = 6
"""A number in a list has at least this many digits: a year or a count after an ID number is no ID."""
_LIST_REACH = 40
"""How many characters at most part two numbers of one list."""
_SENTENCE_END = re.compile(r"[\n!?;\d]|\.\s")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NOT_BESIDE_NAMES = frozenset({NAME, DATE_OF_BIRTH, IP_ADDRESS})


def company(text: str, rules: Iterable[Rule], hits: list[Hit]) -> list[Hit]:
    """The hits that ``hits`` (found by ``rules`` in readable ``text``) tell of; they may overlap those."""
    hits = _winners(hits)
    found: list[Hit] = []
    if _DIGIT.search(text):
        found += _repeated(text, hits)
        found += _listed(text, rules, [*hits, *found])
    for hit in [*hits, *found]:
        if hit.marker not in _NOT_BESIDE_NAMES:
            name = name_before(text, hit.start)
            if name is not None:
                found.append(name)
    return found


def _winners(hits: list[Hit]) -> list[Hit]:
    """The hits that stay where two overlap: the earlier rule's, as in :func:`~.redaction.find`."""
    kept: list[Hit] = []
    spans: list[tuple[int, int]] = []  # in order, none overlapping
    for hit in hits:
        place = bisect.bisect_left(spans, (hit.start,))
        if place > 0 and spans[place - 1][1] > hit.start:
            continue
        if place < len(spans) and spans[place][0] < hit.end:
            continue
        spans.insert(place, (hit.start, hit.end))
        kept.append(hit)
    return kept


def _repeated(text: str, hits: list[Hit]) -> list[Hit]:
    known: dict[str, str] = {}
    for hit in hits:
        digits = digits_of(text[hit.start : hit.end])
        if len(digits) >= 7 and hit.marker != DATE_OF_BIRTH:
            known.setdefault(digits, hit.marker)
    if not known:
        return []
    return [
        Hit(*match.span(), known[digits])
        for match in _NUMBER.finditer(text)
        if (digits := digits_of(match.group())) in known
    ]


def _listed(text: str, rules: Iterable[Rule], hits: list[Hit]) -> list[Hit]:
    found: list[Hit] = []
    for rule in rules:
        if not isinstance(rule, PatternRule) or (rule.before is None and rule.after is None):
            continue
        ends = sorted(hit.end for hit in hits if hit.marker == rule.marker)
        if not ends:
            continue
        for match in rule.pattern.finditer(text, ends[0]):
            start = match.start()
            place = bisect.bisect_right(ends, start)
            if not place or ends[place - 1] < start - _LIST_REACH:
                continue
            if len(digits_of(match.group())) < _LISTED_DIGITS or (
                rule.check is not None and not rule.check(match)
            ):
                continue
            gap = text[ends[place - 1] : start]
            if (
                not _SENTENCE_END.search(gap)
                and len(_WORD.findall(gap)) <= 4
                and not PARTING_NOUNS.search(gap)
            ):
                found.append(Hit(start, match.end(), rule.marker))
                bisect.insort(ends, match.end())
    return found
