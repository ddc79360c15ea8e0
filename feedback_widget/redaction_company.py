"""Personal data told by the personal data beside it.

- **The same number again.** Once a number of seven digits or more is found, every other number in
  the text with the same digits is taken too, whatever its separators: "my ssn with and without
  dashes (349848991 and 349-84-8991)".
- **The next in a list.** A number of the shape a rule looks for, a few words after one that rule's
  kind already found, is that kind too: "EINs 55-0556660 and 04-1156598", "should be 10/02/1983 not
  02/10/1983", "account ending 0351, full number 44829360390351". Nothing may part them but a few
  words: no sentence end (but for a correction: "X? no sorry Y"), no other number, no reference
  noun ("case"), no word about money; a date with a month written as a word only after "not":
  "March 3, 1949, not March 8, 1949". The other one of a pair may come further on: "the old
  passport was X, the new one should be Y" (an aside in brackets after the first is about it:
  "X (new one with letter in front) — old one was Y").
- **The whole number.** The number whose last four digits were found, or a longer one that holds an
  account number found a little before: "conta 03391-7, agência 0412 (número completo 0412033917)".
- **The same number mistyped.** A number of the length of one found, differing in two characters at
  most (a letter O for a zero: "8FT0G33QJ82 and then 8FTOG33QJ82"), or with one digit left out ("I typed
  81000210 instead of 081000210"), or a date with the digits of a date of birth in another order: "not
  mine: 9038471126. Mine is 9038471162", "DOB 7-4-58 but the system shows 7-4-85", "12 de agosto de
  1971 pero el sistema la cambia a 08/12/1971", "Sept 30th, 1966 ... saved as 09/30/1996", "3 avril
  1956 ... changée en 4 mars 1956". A date of birth restated in words in brackets is taken
  too: "05/06/2019 (May 6)".
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
    BANK_ACCOUNT,
    CONJUNCTIONS,
    DATE_OF_BIRTH,
    DATE_OF_BIRTH_RULE,
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
_CORRECTED_DATE_DIGITS = 5
_CORRECTION = re.compile(r"[\s,;(]*(?:not|instead\s+of|rather\s+than|y\s+no|no|pas)[\s:]*", re.IGNORECASE)
"""All between a date of birth and one of fewer digits that is a date of birth too: "March 3, 1949, not
March 8, 1949" (a date with a day and a year has five digits at least)."""
_LIST_REACH = 40
"""How many characters at most part two numbers of one list."""
_OTHER_REACH = 100
"""How many characters at most part a number from the other one of its kind ("the new one is")."""
_THE_OTHER = re.compile(
    r"(?<![^\W\d_])(?:(?:one|mine|hers|his|theirs)(?:\s+(?:is|was|should\s+be|would\s+be|will\s+be))?"
    r"|(?:old|new|previous|current|correct|right|wrong|other)\s*[:=])[\s:]*\Z",
    re.IGNORECASE,
)
"""Words right before the other number of a pair: "the old passport was X, the new one should be Y",
"New passport: X? Old: Y", "not mine: X. Mine is Y"."""
_ASIDE = re.compile(r"\([^()\d\n]{1,60}\)")
"""Words in brackets with no digit: an aside about the number before them."""
_SELF_CORRECTION = re.compile(
    r"[\s.,;:!?\-]*"
    r"(?:(?:no|nope|oops|sorry|wait|i\s+mean|actually|my\s+bad|correction|typo)[\s.,;:!?\-]*){1,3}",
    re.IGNORECASE,
)
"""All between a number and the same number given again, corrected, even past a sentence's end:
"A123-4567-8901? no sorry A128-5530-2917", "X1234567. oops, X1234576"."""
_SENTENCE_END = re.compile(r"[\n!?;\d]|\.\s")
_NEW_CLAUSE = re.compile(
    r"(?:" + CONJUNCTIONS.pattern + r")\s+(?:i|we|they|he|she|you|it|yo|[ée]l|ella|nosotros|ellos)\s+\w",
    re.IGNORECASE,
)
"""A conjunction and a pronoun with a verb: a new clause ("and I applied on"), not "and the baby"."""
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NOT_BESIDE_NAMES = frozenset({NAME, DATE_OF_BIRTH, IP_ADDRESS})


def company(text: str, rules: Iterable[Rule], hits: list[Hit]) -> list[Hit]:
    """The hits that ``hits`` (found by ``rules`` in readable ``text``) tell of; they may overlap those."""
    hits = _winners(hits)
    found: list[Hit] = []
    if _DIGIT.search(text):
        found += _repeated(text, hits)
        found += _mistyped(text, hits)
        found += _restated(text, hits)
        found += _completed(text, hits)
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


def _alike(found: str, other: str, date: bool) -> bool:
    """Whether ``other`` is ``found`` mistyped or written another way: two dates with the same digits
    (reformatted, or day and month swapped), two numbers of one length that differ in two places at most,
    or two of seven digits or more, one the other with a digit left out, with a digit moved, or cut
    short; a letter for a digit that looks like it, a letter before or zeros in front make no difference:
    "A083310276" and "83310276", "D08841275" and "D0884127S"."""
    if date:
        return len(found) == len(other) and sorted(found) == sorted(other)
    found, other = _plain(found), _plain(other)
    if found == other:
        return len(found) >= _DROPPED_DIGIT_LENGTH
    longer, shorter = (found, other) if len(found) > len(other) else (other, found)
    if len(shorter) >= _DROPPED_DIGIT_LENGTH and longer.startswith(shorter):
        return True  # cut short: "the screen only shows 7 digits: 4470219"
    if len(found) == len(other) >= _MOVED_DIGIT_LENGTH and _one_moved(found, other):
        return True
    if len(longer) - len(shorter) == 1 and len(shorter) >= _DROPPED_DIGIT_LENGTH:
        return any(longer[:index] + longer[index + 1 :] == shorter for index in range(len(longer)))
    if len(found) != len(other):
        return False
    return sum(a != b for a, b in zip(found, other, strict=True)) <= 2


def _plain(value: str) -> str:
    """An ID number's letters and digits as compared: look-alike letters read as the digits or Latin
    letters they stand for, without the letters and zeros in front."""
    return _LEADING.sub("", value.translate(_LOOK_ALIKES))


def _one_moved(found: str, other: str) -> bool:
    """Whether two strings of one length are one with a character taken out and another put in elsewhere:
    "461209383" and "461209838"."""
    shorter = {found[:index] + found[index + 1 :] for index in range(len(found))}
    return any(other[:index] + other[index + 1 :] in shorter for index in range(len(other)))


def _date_parts(date: str) -> list[str]:
    """The numbers of a date, with its month's number when the month is written as a word: "12 de agosto
    de 1971" is 12, 8, 1971."""
    parts = _PART.findall(date)
    month = _MONTH_WORD.search(date) if len(parts) == 2 else None
    if month is not None:
        word = month.group().lower()
        number = _MONTH_NUMBERS.get(word[:4]) or _MONTH_NUMBERS.get(word[:3])
        if number is not None:
            parts.insert(1, str(number))
    return parts


def _same_year_and_part(found: str, other: str) -> bool:
    """Whether two dates of three numbers have the same year and one more number alike, the other not:
    "4/17/1971" and "4/7/1971", "12 de agosto de 1971" and "08/12/1971"; or the same day and month
    and a year of four digits with one mistyped: "Sept 30th, 1966" and "09/30/1996"."""
    first, second = _date_parts(found), _date_parts(other)
    if len(first) != 3 or len(second) != 3 or first == second:
        return False
    year, other_year = (0 if len(parts[0]) == 4 else 2 for parts in (first, second))
    rest = [int(part) for index, part in enumerate(first) if index != year]
    other_rest = [int(part) for index, part in enumerate(second) if index != other_year]
    if first[year] != second[other_year]:
        # the year's digits in another order, or one of them mistyped, the day and month the same:
        # "January 9, 1958" and "01/09/1985", "Sept 30th, 1966" and "09/30/1996"
        one, two = first[year], second[other_year]
        mistyped = len(one) == len(two) == 4 and sum(a != b for a, b in zip(one, two, strict=True)) == 1
        return (sorted(one) == sorted(two) or mistyped) and sorted(rest) == sorted(other_rest)
    return any(part in rest for part in other_rest)


def _mistyped(text: str, hits: list[Hit]) -> list[Hit]:
    """Another number of the same kind, mistyped: "mine is 9038471126, not 9038471162", "DOB 7-4-58 but
    the system shows 7-4-85"."""
    known: list[tuple[int, str, str, str]] = []  # where, the value, its marker, the value as typed
    for hit in sorted(hits, key=lambda hit: hit.start):
        value = _alnum(text[hit.start : hit.end])
        date = hit.marker == DATE_OF_BIRTH
        digits = sum(char.isdigit() for char in value)
        if (len(value) >= 7 or (date and len(value) >= 4)) and (
            digits >= max(4, len(value) - 3) or (digits >= 4 and (date or len(value) >= _LONG_ID))
        ):
            known.append((hit.start, value, hit.marker, text[hit.start : hit.end]))
    if not known:
        return []
    found: list[Hit] = []
    if any(marker == DATE_OF_BIRTH for _, _, marker, _ in known) and len(_YEARS.findall(text)) > 1:
        found += _worded_dates(
            text, [(start, typed) for start, _, marker, typed in known if marker == DATE_OF_BIRTH]
        )
    starts = [start for start, *_ in known]
    for match in _MISTYPABLE.finditer(text):
        value = _alnum(match.group())
        if sum(char.isdigit() for char in value) < _MISTYPED_DIGITS:
            continue
        # Only the numbers found nearby: a correction sits beside what it corrects, and a text of
        # thousands of numbers must not compare each with all the others.
        nearby = {(seen, marker): typed for _, seen, marker, typed in known[_near(starts, *match.span())]}
        for (seen, marker), typed in nearby.items():
            date = marker == DATE_OF_BIRTH
            if date and not _DATE.fullmatch(match.group()):
                continue
            if (
                _alike(seen, value, date) or (date and _same_year_and_part(typed, match.group()))
            ) and not _ID_NOUN_JUST_BEFORE.search(text, max(0, match.start() - _NOUN_REACH), match.start()):
                found.append(Hit(*match.span(), marker))
                break
    return found


_MISTYPED_REACH = 300
"""How far from a number found a mistyped copy of it is looked for (in the corpora: at most 80)."""


def _near(starts: list[int], start: int, end: int) -> slice:
    """Which of the values found (where each starts, in order) lie within reach of the text from start
    to end."""
    return slice(
        bisect.bisect_left(starts, start - _MISTYPED_REACH),
        bisect.bisect_right(starts, end + _MISTYPED_REACH),
    )


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year: a date of birth and a date of the same year mistyped hold two."""


def _worded_dates(text: str, births: list[tuple[int, str]]) -> list[Hit]:
    """Dates with the month written as a word that are a date of birth found (where, as typed; in
    order) with its day and month swapped or its year mistyped: "le 3 avril 1956, le formulaire l'a
    changée en 4 mars 1956"."""
    found: list[Hit] = []
    starts = [start for start, _ in births]
    for date in DATE_OF_BIRTH_RULE.pattern.finditer(text):
        if not _WORDED_DATE.search(date.group()) or len(_PART.findall(date.group())) != 2:
            continue
        nearby = {typed for _, typed in births[_near(starts, *date.span())]}
        if any(
            _same_year_and_part(typed, date.group()) for typed in nearby
        ) and not _ID_NOUN_JUST_BEFORE.search(text, max(0, date.start() - _NOUN_REACH), date.start()):
            found.append(Hit(*date.span(), DATE_OF_BIRTH))
    return found


def _restated(text: str, hits: list[Hit]) -> list[Hit]:
    """A date of birth written again in words in brackets right after it: "05/06/2019 (May 6)"."""
    found: list[Hit] = []
    for hit in hits:
        if hit.marker != DATE_OF_BIRTH:
            continue
        bracket = _BRACKET.match(text, hit.end)
        if bracket is None:
            continue
        for date in DATE_OF_BIRTH_RULE.pattern.finditer(text, bracket.start(1), bracket.end(1)):
            if _WORDED_DATE.search(date.group()):
                found.append(Hit(*date.span(), DATE_OF_BIRTH))
    return found


def _completed(text: str, hits: list[Hit]) -> list[Hit]:
    """The whole number whose last four digits were found: "account ending in 4471 ... full number is
    8800 1964 4471"; or a longer number a little further on that holds an account number found whole,
    the branch's number put before the account's: "Conta corrente 03391-7, agência 0412 ... (número
    completo 0412033917)"."""
    ends: dict[str, str] = {}
    parts: list[tuple[int, str, str]] = []  # where a found number ends, its digits, its marker; in order
    for hit in hits:
        digits = digits_of(text[hit.start : hit.end])
        if hit.marker == DATE_OF_BIRTH:
            continue
        if len(digits) == _LAST_FOUR:
            ends.setdefault(digits, hit.marker)
        elif len(digits) >= _PART_DIGITS and hit.marker == BANK_ACCOUNT:
            parts.append((hit.end, digits, hit.marker))
    if not ends and not parts:
        return []
    parts.sort()
    found: list[Hit] = []
    for match in _NUMBER.finditer(text):
        digits = digits_of(match.group())
        if len(digits) < _WHOLE_DIGITS:
            continue
        marker = ends.get(digits[-_LAST_FOUR:])
        if marker is None:
            start = match.start()
            first = bisect.bisect_left(parts, (start - _OTHER_REACH,))
            last = bisect.bisect_right(parts, (start,))
            marker = next(
                (kind for _, part, kind in parts[first:last] if part in digits and len(part) < len(digits)),
                None,
            )
        if marker is not None and not _ID_NOUN_JUST_BEFORE.search(
            text, max(0, match.start() - _NOUN_REACH), match.start()
        ):
            found.append(Hit(*match.span(), marker))
    return found


_PART_DIGITS = 6
"""A number of this many digits at least, found inside a longer one after it, is part of it."""


_LAST_FOUR = 4
_WHOLE_DIGITS = 8
"""A number of this many digits at least, ending in the last four found, is the whole of it."""


def _alnum(text: str) -> str:
    return "".join(char for char in text.upper() if char.isalnum())


_MISTYPABLE = re.compile(
    r"(?<![\w\-])(?:[A-Za-z]{0,3}\d(?:[ .\-/]?\d)*"
    r"|(?=[A-Z]{0,3}\d)(?=(?:[A-Z]*\d){4})[A-Z\d]{10,12}"
    r"|(?=[^\W\d_]{0,3}\d)[^\W_]{1,12}(?:[.\-][^\W_]{1,12}){0,4})(?![\w\-]|\.[^\W_])"
)
"""A number, with a few letters before it or not: "G290-117-83-421-0", "7-4-85", "9038471162"; ten
to twelve capitals and digits, four digits at least, as a Medicare number is: "8FTOG33QJ82"; or letters
and digits in a few parts, a number with a letter typed for a digit: "192.0.2.1O", "D0884127S"."""
_LOOK_ALIKES = str.maketrans(
    "OIL\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425", "011ABEKMH0PCTX"
)
"""Letters typed for the digits they look like (O for 0, I and l for 1) and Cyrillic capitals for the Latin
ones they look like (an A-number typed with a Russian capital A)."""
_MISTYPED_DIGITS = 4
"""A number mistyped keeps this many digits at least: "7-4-85", "D0884127S"."""
_LEADING = re.compile(r"^[^\W\d_]{0,3}0*")
_MOVED_DIGIT_LENGTH = 9
"""An ID number of this many characters at least, typed with one digit moved, is the same number."""
_LONG_ID = 10
"""Letters and digits of this length, with four digits at least, are an ID number that may be mistyped."""
_DROPPED_DIGIT_LENGTH = 7
"""A number of this many digits at least, typed with a digit left out, is the same number mistyped."""
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
_MONTH_NUMBERS = {
    **dict.fromkeys(("jan", "ene", "janv"), 1),
    **dict.fromkeys(("feb", "fev", "fév", "févr", "fevr"), 2),
    **dict.fromkeys(("mar", "mars", "marz", "març", "marc"), 3),
    **dict.fromkeys(("apr", "abr", "avr"), 4),
    **dict.fromkeys(("may", "mayo", "mai", "maio"), 5),
    **dict.fromkeys(("jun", "juin"), 6),
    **dict.fromkeys(("jul", "juil"), 7),
    **dict.fromkeys(("aug", "ago", "aoû", "aou"), 8),
    **dict.fromkeys(("sep", "set"), 9),
    **dict.fromkeys(("oct", "out"), 10),
    **dict.fromkeys(("nov",), 11),
    **dict.fromkeys(("dec", "dic", "déc", "dez"), 12),
}
"""The number of a month from the first four or three letters of its name, in English, Spanish, French
and Portuguese."""
_DATE = re.compile(r"\d{1,4}[ .\-/]{1,3}\d{1,2}[ .\-/]{1,3}\d{1,4}|\d{6}|\d{8}")
_ID_NOUN_JUST_BEFORE = re.compile(
    r"(?:" + PARTING_NOUNS.pattern + r")(?:\s*(?:number|num|no\.?|#|id))?[\s:#.,\-]*\Z", re.IGNORECASE
)
_NOUN_REACH = 60
"""How far before a number :data:`_ID_NOUN_JUST_BEFORE` looks: a window, so long text costs no more per
number."""
_PART = re.compile(r"\d+")
_BRACKET = re.compile(r"\s*\(([^()\n]{1,40})\)")
_WORDED_DATE = re.compile(r"[^\W\d_]{3}")
"""A date with a month written as a word."""


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
            if not place or ends[place - 1] < start - _OTHER_REACH:
                continue
            gap = text[ends[place - 1] : start]
            digits = len(digits_of(match.group()))
            if digits < _LISTED_DIGITS and not (
                rule.marker == DATE_OF_BIRTH
                and digits >= _CORRECTED_DATE_DIGITS
                and _CORRECTION.fullmatch(gap)
            ):
                continue
            if rule.check is not None and not rule.check(match):
                continue
            if _DIGIT.search(gap):
                continue
            other = _THE_OTHER.search(gap)
            if PARTING_NOUNS.search(_ASIDE.sub(" ", gap) if other is not None else gap):
                continue  # an aside in brackets is about the number before it: "(new one, letter in front)"
            if rule.marker == DATE_OF_BIRTH and _NEW_CLAUSE.search(gap):
                continue  # "born 3/4/1985, and I applied on 4/3/2024": another date, of something else
            if (
                (not _SENTENCE_END.search(gap) and len(_WORD.findall(gap)) <= 4 and len(gap) <= _LIST_REACH)
                or other is not None
                or _SELF_CORRECTION.fullmatch(gap)
            ):
                found.append(Hit(start, match.end(), rule.marker))
                bisect.insort(ends, match.end())
    return found
