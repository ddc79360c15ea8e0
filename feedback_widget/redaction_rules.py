"""The rules that find personal data in readable text (:mod:`feedback_widget.redaction_normal`).

Each rule is a :class:`Rule`: it scans the text and yields :class:`Hit` spans with the marker that
replaces them. :data:`EMAIL_RULES` and :data:`DIGIT_RULES` are listed in priority order (where two
hits overlap, the earlier rule's wins); :mod:`feedback_widget.redaction` runs them, then the address
and name rules. A rule finds its kind on one of three kinds of evidence:

- the shape alone, when the shape is telling: an email address, an IP address, ``###-##-####``,
  a card number that passes the Luhn check, ``(202) 555-0143``, a Medicare number, a street
  address with a number, a name and a street word;
- a shape and a telling word just before it (a few words at most, more before a colon or a verb that
  gives the number such as "is" or "got", with no digit but in a form's name or a count of digits,
  and no reference noun such as "case" or "order" between) or just after it: "SSN 219099999", "call me on
  2025550143", "born on March 3, 1985", "passport X1234567", in any of the widget's languages
  ("número de cuenta", "护照", :mod:`feedback_widget.redaction_languages`);
- a telling phrase and the words after it: "my name is Jane Doe", "I live at 4500 Elm".

Digits spelled as words ("nine one seven...", "nine six one, seventy eight, ...") are read after the
words for their kind; a number typed in two parts ("SSN starts 243-55 and the rest is 0917") is read
whole (:class:`SplitNumbers`).
Street addresses are found by :mod:`feedback_widget.redaction_addresses`, names (with emails and
spelled numbers, the only kinds found in text with no digit) by :mod:`feedback_widget.redaction_names`.
"""

# Words and characters of other scripts are written here on purpose.
# ruff: noqa: RUF001

from __future__ import annotations

import ipaddress
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from feedback_widget import redaction_languages as languages
from feedback_widget.redaction_words import ID_NOUNS, STATE_CODES, STATE_NAMES

EMAIL = "[email removed]"
PHONE = "[phone number removed]"
SSN = "[SSN removed]"
ITIN = "[ITIN removed]"
CARD = "[card number removed]"
PASSPORT = "[passport number removed]"
DRIVERS_LICENSE = "[driver's license number removed]"
A_NUMBER = "[A-number removed]"
MEDICARE = "[Medicare number removed]"
TAX_ID = "[tax ID removed]"
BANK_ACCOUNT = "[account number removed]"
DATE_OF_BIRTH = "[date of birth removed]"
IP_ADDRESS = "[IP address removed]"
ADDRESS = "[address removed]"
NAME = "[name removed]"

LOOK_AROUND = 80
"""How many characters before or after a candidate are read for the words that tell what it is."""

JOINED_SCRIPTS = "\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
"""Scripts written with no space between a word and a number (Chinese, Japanese kana, Korean)."""
WORD_CHAR = rf"[^\W{JOINED_SCRIPTS}]"
"""A letter, digit or underscore of a script that puts spaces between words: a number that touches
one is part of a longer word ("A12345"), while "电话13812345678" and "010-1234-5678로" hold numbers."""


@dataclass(frozen=True)
class Hit:
    """A span of readable text to replace, and its marker."""

    start: int
    end: int
    marker: str


class Rule(Protocol):
    """Finds one kind of personal data."""

    @property
    def hints(self) -> tuple[str, ...]:
        """Lower-case strings of which the text must hold one for the rule to find anything (or none)."""
        ...

    def scan(self, text: str) -> Iterator[Hit]:
        """Every hit in ``text``, in order."""
        ...


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``parts``: the quick look that lets a rule skip text it cannot match."""
    for part in parts:  # noqa: SIM110 (a loop: twice as fast as any() over a generator here)
        if part in text:
            return True
    return False


_JOINED_ESCAPED = r"\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
""":data:`JOINED_SCRIPTS` as escapes, so that a rule's telling words hold no letter of another script
unless it has words in one (:mod:`feedback_widget.redaction` reads those rules in such text)."""
_LATIN_LETTER = rf"[^\W\d_{_JOINED_ESCAPED}]"
"""A letter of a script that puts spaces between words: a Latin word that touches Chinese or Korean
("公司的EIN是") is still a word of its own."""


def _words(keywords: str) -> str:
    return rf"(?<!{_LATIN_LETTER})(?:{keywords})(?!{_LATIN_LETTER})"


SHOWN_GAP = 6
"""How many words may part a telling word from a candidate shown after a colon or a verb that gives it."""
_GIVING = r"(?:is|are|was|were|got|put|typed|entered|wrote|reads|says|shows|es|era|est|é|ay)(?![^\W\d_])"
"""A verb that gives the number after it: "the number itself is", "they put", "and got"; "es", "est",
"é" and "ay" in Spanish, French, Portuguese and Tagalog ("El EIN de mi negocio de limpieza es")."""


def lead(keywords: str, gap: int = 3, joined: str = "") -> re.Pattern[str]:
    """Telling words just before a candidate: ``keywords``, then up to ``gap`` words with no digit;
    or ``joined`` words (Chinese, Korean), then up to eight characters with no digit.

    Up to :data:`SHOWN_GAP` words may come between when a colon shows the candidate ("my social, since
    the chat asked: 7 2 9 4 5 1 3 8 6") or a verb that gives it does ("our EIN wrong on the W-2: they
    put"). Searched in the text before the candidate; the words between are the ``gap`` group (or
    ``near``). The words may end a line, with the candidate alone at the start of a later one
    ("passport number\n\n  587 204 913").
    """
    word = r"[^\w\n!?]+[^\W\d]+(?:'[^\W\d]+)?"
    near = rf"(?:{word}){{0,{gap}}}"
    if gap < SHOWN_GAP:
        near = (
            rf"(?:{word}){{{gap + 1},{SHOWN_GAP}}}(?=[^\w\n!?]*:[ \t]*\Z)|"
            rf"(?:{word}){{{gap},{SHOWN_GAP - 1}}}[^\w\n!?]+{_GIVING}|" + near
        )
    # a Latin word may be followed by Chinese or Korean particles: "EIN是 27-5503816", "SSN은"
    spaced = _words(keywords) + rf"(?:[{_JOINED_ESCAPED}]{{1,6}})?(?P<gap>{near})"
    if joined:
        spaced += rf"|(?:{joined})(?P<near>[^\d\n!?。！？]{{0,8}}?)"
    return re.compile(rf"(?:{spaced})(?:[^\w\n!?]*|[ \t:#.\-]*\n\s*)\Z", re.IGNORECASE)


def gap_of(told: re.Match[str]) -> str:
    """The words between a :func:`lead`'s telling words and the candidate."""
    gap = told.group("gap")
    return gap if gap is not None else told.group("near") or ""


def trail(keywords: str, gap: int = 2, joined: str = "") -> re.Pattern[str]:
    """Telling words just after a candidate, after up to ``gap`` words with no digit; or ``joined``
    words (Chinese, Korean) right after it."""
    spaced = rf"[^\w\n!?]*(?:[^\W\d]+(?:'[^\W\d]+)?[^\w\n!?]+){{0,{gap}}}" + _words(keywords)
    if joined:
        spaced += rf"|\s*(?:{joined})"
    return re.compile(spaced, re.IGNORECASE)


def _bounded(words: tuple[str, ...] | list[str]) -> str:
    return r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])"


_NOT_A_REFERENCE = {"case": r"case(?![\s\-]*(?:in)?sensitive)"}
"""Reference nouns that are part of an ordinary phrase: "the license field is case sensitive"."""
_ALL_ID_NOUNS = tuple(_NOT_A_REFERENCE.get(noun, noun) for noun in (*ID_NOUNS, *languages.ID_NOUNS))
_REFERENCE_KIND = r"(?:\s+(?:verification|confirmation|reference|tracking|control|receipt))?"
"""A word for what a reference number is between its noun and "number": "case verification number"."""
_ID_NOUN_BEFORE = re.compile(
    r"(?:" + _bounded(_ALL_ID_NOUNS) + _REFERENCE_KIND + r"(?:\s*(?:number|num|no\.?|#|id|n[º°]))?"
    r"(?:\s+(?:is|was|es|era|est|é|se|ay|là|:))?|" + languages.ID_NOUNS_JOINED + r"\S{0,3})[\s:#.,\-]*\Z",
    re.IGNORECASE,
)
"""A reference noun right before a number: "case 2025550143", "order no. 987654321", "caso 2025550143"."""
_WRITTEN_ON = re.compile(
    r"(?<![^\W\d_])(?:on|in|from)\s+(?:the|my|your|this|that|a|an|his|her|our|their)\s+(?:[^\W\d_]+\s+)?\Z",
    re.IGNORECASE,
)
"""Where a number is written, right before a reference noun: "printed on the letter, 6PN7-GA3-CE86";
the noun names the paper, not the number."""


def names_a_reference(before: str) -> bool:
    """Whether ``before`` ends with a reference noun that names the number after it ("case 2025550143"),
    not the paper it is written on ("on the letter, 2025550143")."""
    noun = _ID_NOUN_BEFORE.search(before)
    return noun is not None and not _WRITTEN_ON.search(before, 0, noun.start())


_CONJUNCTIONS = (
    *(
        "and",
        "but",
        "or(?<!(?-i:OR))",
        "so",
        "then",
        "because",
        "since",
        "until",
        "after",
        "before",
        "when",
        "while",
    ),
    *("if",),
    *languages.CONJUNCTIONS,
)
"""Words that join clauses; "OR" in capitals is Oregon ("License #: OR 4418203")."""
_MONEY_WORDS = (
    *("balance", "amount", "total", "paid", "pay", "owe", "owed", "payment", "fee", "fees", "charge"),
    *("charged", "dollars?", "usd"),
    *languages.MONEY_WORDS,
)
_GAP_BREAK = re.compile(
    _bounded((*_ALL_ID_NOUNS, *_CONJUNCTIONS, *_MONEY_WORDS)) + "|" + languages.ID_NOUNS_JOINED, re.IGNORECASE
)
"""Words between the telling word and a number that part them: a reference noun, a conjunction
("born here and on 05/06/2024 I applied") or a word about money ("account balance went from")."""
CONJUNCTIONS = re.compile(_bounded(_CONJUNCTIONS), re.IGNORECASE)
"""Words that join clauses, in any of the languages."""
PARTING_NOUNS = re.compile(
    _bounded((*_ALL_ID_NOUNS, *_MONEY_WORDS)) + "|" + languages.ID_NOUNS_JOINED, re.IGNORECASE
)
"""Reference nouns and words about money, which part two numbers; all that parts a telling word from
a number shown after a colon ("DOB so here: 1988-03-09" is a date of birth, "DOB and case: 2024-03-09"
is not)."""
_MONEY_PARTS = re.compile(_bounded(_MONEY_WORDS), re.IGNORECASE)
"""All that parts a telling word from a number its checksum tells: a word about money."""
_SHOWN = re.compile(r":[ \t]*\Z")
_ENTERED = re.compile(
    r"(?<![^\W\d_])(?:and|but|so|then|because|y)\s+(?:(?:i|we|they|yo)\s+)?"
    r"(?:typed|entered|put|wrote|gave|used|input|tried|got|received|puse|escrib[íi]|recib[íi])(?:\s+in)?\W*\Z",
    re.IGNORECASE,
)
"""A clause that ends the words before a number with the person entering or getting it: "my licence
number and I typed", "an employer ID number last month and got", "the wrong account because I typed";
its conjunction does not part the telling word from the number."""
_WHERE_WRITTEN = re.compile(
    r"(?<![^\W\d_])(?:on|in)\s+(?:the|my|your|this)\s+(?:[^\W\d_]+\s+){0,2}(?:form|receipt|letter|page|notice|app)"
    r"(?![^\W\d_])(?=\W*(?:\(|is\b|was\b|says\b|shows\b|reads\b|it\b|i\b))",
    re.IGNORECASE,
)
"""Where a number is written, between its telling word and a clause that gives it: "my account number on
the form (I typed", "the number on the receipt is"; such a reference noun names no number."""
_WHAT_FOR_SHOWN = re.compile(
    r"(?<![^\W\d_])(?:on|in|for|from)\s+(?:the|my|your|this|a|an)\s+(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*\Z",
    re.IGNORECASE,
)
"""What a number is for or written on, last before a colon that shows it: "my passport number for the
visa application:", "Passport number on the DS-11 receipt:"; such a reference noun names no number."""
_MONEY_BEFORE = re.compile(_bounded(_MONEY_WORDS) + r"[\s:$]*\Z|\$\s*\Z", re.IGNORECASE)
"""Words right before an amount of money: "account balance 1500 2000" is no account number."""


@dataclass(frozen=True)
class PatternRule:
    """A regular expression, with telling words around it and a check of what it matched.

    When ``before`` or ``after`` is given, a match needs one of them (with no reference noun,
    conjunction or word about money in the words between, nor a word of ``rivals``); ``veto`` right
    before a match refuses it; ``check`` sees the match.
    """

    pattern: re.Pattern[str]
    marker: str
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    check: Callable[[re.Match[str]], bool] | None = None
    veto: re.Pattern[str] | None = None
    referable: bool = False
    """True when a reference noun right before ("case 202-555-0143") means it is not this kind."""
    rivals: re.Pattern[str] | None = None
    """Words of other kinds that part the telling word from the number: "mi número de cuenta es"."""
    hints: tuple[str, ...] = ()
    """Lower-case strings of which the text must hold one for a match to be accepted (or none):
    the telling words' cores, so that the rule is not run over text that cannot pass."""
    digits_before: bool = False
    """True when the telling words before a match may hold a single digit ("the last 4 of my SSN")."""
    checksum: bool = False
    """True when ``check`` is a checksum, which is evidence enough that conjunctions and reference nouns
    between the telling word and the number do not part them (only words about money do)."""

    def scan(self, text: str) -> Iterator[Hit]:
        """Every accepted match of the pattern."""
        for match in self.pattern.finditer(text):
            if self.accepts(text, match):
                yield Hit(match.start(), match.end(), self.marker)

    def accepts(self, text: str, match: re.Match[str]) -> bool:
        """Whether ``match`` is this kind, on its own shape and the words around it."""
        if self.check is not None and not self.check(match):
            return False
        start, end = match.span()
        before = text[max(0, start - LOOK_AROUND) : start]
        if "-" in before:  # "my A number on the old I-94:": the name of a form is a word, no number
            before = _FORM_NAME.sub(_as_word, before)
        if not self.digits_before and "dig" in before:  # "it is 9 digits:": a count is a word too
            before = _DIGIT_COUNT.sub("n", before)
        if self.marker == DATE_OF_BIRTH and ("ly" in before or "to be" in before):
            before = _YEAR_RESTATED.sub("year", before)  # "born in '67, specifically 10/10/1967"
        if (
            self.marker == DATE_OF_BIRTH
            and (year := _YEAR_JUST_BEFORE.search(before))
            and year[1] in match[0]
        ):
            before = before[: year.start()] + "year" + before[year.end(1) :]  # "born in 1952 — March 3 1952"
        last = (_LAST_DIGITS if self.digits_before else _LAST_DIGIT).search(before)
        if last is not None:  # the words that tell hold no number: read only after the last one
            before = before[last.start() + 1 :]
        if self.veto is not None and self.veto.search(before):
            return False
        if ("!" in before or "?" in before) and self.before is not None:
            before = _IT_IS.sub(" ", before)  # "the DOB is wrong!! It is 10/03/51": "it" is the DOB
        if ("ful" in before or "whole" in before or "complet" in before) and self.before is not None:
            whole = _WHOLE_NUMBER.search(before)  # "acct ending... no wait the full one is": the same number
            if whole is not None:
                before = before[: whole.start()] + " "
        if self.referable and names_a_reference(before):
            return False
        if self.before is None and self.after is None:
            return True
        if self.before is not None:
            if self._told(before):
                return True
            if "(" in before:  # "A-number (copied from my parole document): A 20311 4478"
                aside = _ASIDE.sub(" ", before)
                if aside != before and self._told(aside):
                    return True
        if self.after is not None and self.after.match(text, end, min(len(text), end + LOOK_AROUND)):
            return not _ID_NOUN_BEFORE.search(before)
        return False

    def _told(self, before: str) -> bool:
        """Whether the telling words before a match (in ``before``, read after its last number) tell it,
        with no word between that parts them."""
        assert self.before is not None
        told = self.before.search(before)
        shown = _SHOWN.search(before) is not None
        parting = _MONEY_PARTS if self.checksum else _GAP_BREAK
        while told is not None:  # the nearest telling word may be a later one: "DOB but my birth ..."
            gap = gap_of(told)
            entered = _ENTERED.search(gap)
            if entered is not None:  # "my licence number and I typed ...": the number asked for
                gap = gap[: entered.start()]
            gap = _WHERE_WRITTEN.sub(" ", gap)
            if " and " in gap:
                gap = _WORD_AND_AGAIN.sub(" ", gap)
            if shown:  # "my passport number for the visa application: 519 447 286"
                gap = _WHAT_FOR_SHOWN.sub(" ", gap)
            breaks = parting
            if shown and parting is _GAP_BREAK and len(gap.split()) <= SHOWN_GAP:
                breaks = PARTING_NOUNS  # a colon shows the number: only a reference noun parts them
            if not breaks.search(gap) and not (self.rivals is not None and self.rivals.search(gap)):
                return True
            told = self.before.search(before, told.start() + 1)
        return False


# --- checks ----------------------------------------------------------------------------------------


_FORM_NAME = re.compile(r"(?<![\w\-])[A-Z]{1,3}-\d{1,4}[A-Z]?(?![\w\-])")
"""The name of a form, a few capitals, a dash and a number: "I-94", "W-2", "DS-11", "N-400"."""
_DIGIT_COUNT = re.compile(r"(?<![\w\-])\d{1,2}(?=\s+d[ií]gito?s(?![^\W\d_]))", re.IGNORECASE)
"""How many digits a number has, said before it: "it is 9 digits: 567901348"."""
_NO_DIGITS = str.maketrans("0123456789-", "x" * 10 + "_")


def _as_word(form: re.Match[str]) -> str:
    """A form's name read as one word of letters ("I_xx"), so that it is one more word before a number."""
    return form.group().translate(_NO_DIGITS)


_ASIDE = re.compile(r"\([^()\d\n]{1,60}\)")
"""Words in brackets with no digit, an aside between the telling words and a number: "EIN for my lawn
care business (just me): 46-2918374"; read as a space when the words do not tell the number as typed."""
_YEAR_RESTATED = re.compile(
    r"(?<![\w'])(?:'\d{2}|(?:19|20)\d{2})(?=,?\s+(?:specifically|exactly|precisely|namely|to\s+be\s+(?:exact|precise))"
    r"\W*\Z)",
    re.IGNORECASE,
)
"""A year said before the full date that makes it exact: "born in '67, specifically 10/10/1967"; read as
a word, so that the date is still after the words for a birth."""
_YEAR_JUST_BEFORE = re.compile(r"(?<![\w'])((?:19|20)\d{2})[\s,;:(\-]*\Z")
"""A year right before a date, only punctuation between: when the date holds the same year, the year was
said first and the date makes it exact ("born in 1952 — March 3 1952"), so the year is read as a word."""
_IT_IS = re.compile(
    r"[!?]+\s*(?=(?:it|that)(?:'s|\s+(?:is|was|should\s+be|must\s+be))[\s:]*\Z)", re.IGNORECASE
)
"""An exclamation or question mark before "it is" that gives the number: the sentence goes on about
the number named before it ("the DOB is wrong!! It is 10/03/51", "my SSN? it's 219-09-9999")."""
_WORD_AND_AGAIN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+and\s+\1(?![^\W\d_])", re.IGNORECASE)
"""A word said twice around "and", which joins no clauses: "again and again", "over and over"."""
_WHOLE_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:(?:the|my|its|el|o|le)\s+)?(?:(?:full|whole|complete)\s+(?:one|number|thing)"
    r"|n[úu]mero\s+complet[oa]|num[ée]ro\s+complet)(?:\s+(?:is|was|es|era|é|est))?[\s:]*\Z",
    re.IGNORECASE,
)
"""Words that give a number again in full, read as nothing so that the words before tell it: "checking
acct ending... no wait the full one is 7730019284", "cuenta ... el número completo es"."""
_LAST_DIGIT = re.compile(r"\d\D*\Z")
"""The last digit before a position (searched with that position as the end)."""
_LAST_DIGITS = re.compile(r"\d\d(?:\D|\d(?!\d))*\Z")
"""The last two digits in a row before a position: a lone digit ("the last 4 of") may be a telling word."""


def digits_of(text: str) -> str:
    """The digits of ``text``, in order."""
    return "".join(char for char in text if char.isdigit())


def luhn(digits: str) -> bool:
    """Whether ``digits`` (13 to 19 of them, not all alike) pass the Luhn check of card numbers."""
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_card(match: re.Match[str]) -> bool:
    return luhn(digits_of(match.group()))


def _is_itin(match: re.Match[str]) -> bool:
    digits = digits_of(match.group())
    group = int(digits[3:5])
    return digits[0] == "9" and (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or group >= 94)


def _digit_count(low: int, high: int) -> Callable[[re.Match[str]], bool]:
    def check(match: re.Match[str]) -> bool:
        return low <= len(digits_of(match.group())) <= high

    return check


def _is_us_phone(match: re.Match[str]) -> bool:
    digits = digits_of(match.group())
    return len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")


def _is_ipv6(match: re.Match[str]) -> bool:
    try:
        ipaddress.IPv6Address(match.group())
    except ValueError:
        return False
    return True


_DATE_SHAPE = re.compile(r"\d{1,4} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{1,4}")
_DAY_AND_YEAR = re.compile(r"\d{1,2},? (?:19|20)\d{2}")
"""A day and a year, which make a date after the name of a month: "May 7 2025"."""


def _not_a_date(match: re.Match[str]) -> bool:
    text = match.group()
    if _DATE_SHAPE.fullmatch(text):
        return False
    start = match.start()
    return not (
        _DAY_AND_YEAR.fullmatch(text) and _MONTH_BEFORE.search(match.string, max(0, start - 12), start)
    )


_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}-")
"""A reference that starts with a year ("2025-YOSE-00412"): a case or permit number, not a licence."""


_ZIP_CODE = re.compile(r"\d{5}(?:-\d{4})?")
_STATE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?-i:{'|'.join(STATE_CODES)})|{'|'.join(STATE_NAMES)})[,.]?[ \t]*\Z", re.IGNORECASE
)
"""A state's name or its two capitals right before a number: a ZIP code after it is no licence ("the DMV
in VA 22101", "Austin TX 78701")."""


def _is_license(match: re.Match[str]) -> bool:
    text = match.group()
    if _YEAR_FIRST.match(text):
        return False
    start = match.start()
    if _ZIP_CODE.fullmatch(text) and _STATE_BEFORE.search(match.string, max(0, start - 30), start):
        return False
    digits = sum(char.isdigit() for char in text)
    return (digits >= 4 or (digits >= 3 and len(text) >= 10)) and _not_a_date(match)


def _letters_and_digits(match: re.Match[str]) -> bool:
    text = match.group()
    return sum(char.isalpha() for char in text) >= 3 and sum(char.isdigit() for char in text) >= 3


_MIXED_PASSPORT = re.compile(r"[A-Z](?=(?:[A-Z]*\d){4})[A-Z0-9]{8}")
"""Nine capitals and digits with a letter first and four digits at least, as German and other passports
are: "C4F7K2L91"."""


def _is_passport(match: re.Match[str]) -> bool:
    text = match.group()
    digits = sum(char.isdigit() for char in text)
    return (
        (digits >= 6 and sum(char.isalpha() for char in text) <= 3) or bool(_MIXED_PASSPORT.fullmatch(text))
    ) and (_not_a_date(match) and not _YEAR_FIRST.match(text))


def _is_foreign_phone(match: re.Match[str]) -> bool:
    return 8 <= len(digits_of(match.group())) <= 13 and _not_a_date(match)


def _account_digits(match: re.Match[str]) -> bool:
    return 6 <= len(digits_of(match.group())) <= 30 and _not_a_date(match)


def _is_routing_number(match: re.Match[str]) -> bool:
    digits = digits_of(match.group())
    return sum(int(digit) * weight for digit, weight in zip(digits, (3, 7, 1) * 3, strict=True)) % 10 == 0


def _is_iban(match: re.Match[str]) -> bool:
    value = re.sub(r"\s", "", match.group()).upper()
    if not 15 <= len(value) <= 34:
        return False
    moved = value[4:] + value[:4]
    return int("".join(str(int(char, 36)) for char in moved)) % 97 == 1


# --- shapes ----------------------------------------------------------------------------------------

_W = WORD_CHAR
_START = rf"(?=\d)(?<![+/$]|{_W})(?<![\d\-.]-)(?<!\d\.)(?<!^\.)(?<!\s\.)"
r"""A number starts here: no digit, letter, sign or joining mark right before it; a dash only after a
word ("SSN-078-05-1120"), not inside a longer number ("2024-078-05-1120"); a dot only after a word
("Acct.8273645501"), not after a number or on its own (".5", "3.14").

Patterns look at their first character (``(?=\d)`` here) before the look-behind, so that the
look-behind is tried only where a match can start."""
_END = rf"(?!{_W}|-|[./]\d)"
"""A number ends here: no digit, letter or dash right after it, nor a dot or slash and a digit."""


def _alone(first: str) -> str:
    """A candidate starts here with ``first``, with no letter, digit or dash right before it."""
    return rf"(?={first})(?<!-|{_W})"


def _alone_or_after_word(first: str) -> str:
    """As :func:`_alone`, or after a word and a dash: "passport-A40018362", "DOB-09-23-1967", "No.—N0344"."""
    return rf"(?={first})(?<!{_W})(?:(?<!-)|(?<=[^\W\d_]-)|(?<=[^\W\d_][.:#]-))"


_APART = rf"(?!{_W}|-)"
"""Nothing joined after: no letter, digit or dash right after it."""
_LOWER_A = rf"a(?<!-a)(?<!{_W}a)"
"""A lower-case "a" on its own (written first, so that the search skips quickly to each "a")."""
_GAP = r"(?: ?[.\-/] ?| )"
"""Between groups of digits: a space, or a dot, dash or slash with a space either side or not."""

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"janvye|fevriye|jiy[èe]|septanm|okt[òo]b|novanm|desanm|"
    r"pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|"
    r"январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|"
    r"ноябр[ья]|декабр[ья]|"
    r"يناير|فبراير|مارس|[أاإ]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر)\.?"
)
"""Month names, in English and the widget's other languages with months written as words."""
_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_]){_MONTH}[ \t]*\Z", re.IGNORECASE)
"""The name of a month right before a position."""
_MONTH_DMY = (
    r"(?:" + _MONTH + r"|ene|abr|ago|dic|janv|f[ée]vr?|avr|juil|d[ée]c|fev|out|dez|set|mas|me|jen)\.?"
)
"""Month names and short forms that are also ordinary words ("me", "out"): read only between a day
and a year ("5 me 1978")."""
_YEAR = r"(?:\d{4}|'?\d{2}(?!\d))"
_CN_DIGITS = "[〇零一二三四五六七八九十]"
"""A digit written as a Chinese numeral: dates are written so too ("民國七十年三月五日", "一九八五年")."""
_CN_DATE = rf"(?:民[國国])?{_CN_DIGITS}{{2,4}}年{_CN_DIGITS}{{1,3}}月(?:{_CN_DIGITS}{{1,3}}[日号號])?"
"""A date in Chinese numerals, the year of the Republic of China's calendar or not: "民國七十年三月五日"."""
_DAY_WORD = (
    r"(?:(?:twenty|thirty)[ \-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth"
)
"""A day of the month written as a word: "the third of March"."""
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|[º°]|ro|do|to)?"
_ES_UNIT = r"(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)"
_ES_TEEN = rf"(?:diez|once|doce|trece|catorce|quince|dieci{_ES_UNIT}|veinte|veinti{_ES_UNIT})"
_ES_DAY = rf"primero|{_ES_UNIT}|{_ES_TEEN}|treinta(?: y uno)?"
"""A day of the month written as a Spanish word: "el veintiuno de junio"."""
_ES_YEAR = (
    rf"(?:mil novecientos|dos mil)(?: (?:(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)"
    rf"(?: y {_ES_UNIT})?|{_ES_TEEN}|{_ES_UNIT}))?"
)
"""A year written in Spanish words: "mil novecientos ochenta y cinco", "dos mil tres"."""

# --- telling words ---------------------------------------------------------------------------------

_NUMBER_WORDS = r"(?:\s*(?:number|num|nbr|no\.?|#|id))?"
_SOCIAL_MISSPELT = r"soc(?:ail|ila|iel|ual)|sosc?ial|socal(?=\s+se[a-z]{3,8}\b)"
""""Social" as people misspell it: "socail", "socila", "sosial"; "socal" only before a word like
"security" ("socal security"), as "SoCal" is also Southern California."""
SSN_WORDS = (
    r"ssn|ss#|ss\s*(?:no|number)|s\.\s?s\.(?:\s?n\.?)?|social(?:\s+security)?"
    + _NUMBER_WORDS
    + r"|"
    + _SOCIAL_MISSPELT
    + r"|soc(?:\.?\s*sec)?\.?|"
    + languages.SSN_SPACED
)
PHONE_WORDS = (
    r"phones?|telephone|tel|cell(?:phone)?|mobile|call(?:ed|ing)?|text(?:ed|ing)?|fax|reach(?:ed|able)?|"
    r"contact(?:ed)?|ph[.#:]|(?:call|text)\s+me\s*\?|"
    r"whatsapp|landline|voicemail|(?:my|his|her|their|our|best|home|work|contact|callback|call\s+back)\s+(?:own\s+|personal\s+)?(?:number|num|no|#)|"
    + languages.PHONE_SPACED
)
TAX_WORDS = (
    r"itins?|tins?|f?eins?|e\.i\.n\.?|i\.t\.i\.n\.?|tax\s*(?:id|identification|number|no\.?|#)|taxpayer\s+(?:id|identification)|"
    r"employer\s+id\w*|" + languages.TAX_SPACED
)
_EVENT_OF_A_BIRTHDAY = (
    r"(?![\s\-]+(?:party|parties|celebration|lunch|dinner|brunch|breakfast|cake|bash|picnic|trip|event|"
    r"gathering|get-together|dance|concert|sale|discount|reward|coupon|gift|present|card|weekend|week)"
    r"(?![^\W\d_]))"
)
"""What follows "birthday" when it names an event, whose date is no date of birth: "the birthday party
on 2024-06-01 was cancelled", "my bday lunch 6/1"."""
DOB_WORDS = (
    r"d\.?o\.?b\.?|b\.|born|b(?:irth|rith|irht|rth|irt|ith|irh|erth|ir|rit)\s*(?:day|date|certificate)"
    + _EVENT_OF_A_BIRTHDAY
    + r"|birth(?=\s*:)|date[\s\-_]*of[\s\-_]*b(?:irth|rith|irht|rth)|"
    r"b-?day" + _EVENT_OF_A_BIRTHDAY + "|" + languages.DOB_SPACED
)
A_NUMBER_WORDS = (
    r"(?-i:A)[\- ]?(?:num+b?e?r|nmbr|num|no\.?|#)|a-(?:num+b?e?r|num|no\.?|#)|a\s?#|"
    r"my\s+a\s+(?:number|num|no\.?)|"
    r"a\s+number\s*[:#]|anumber|alien(?:\s+registration)?|"
    r"uscis(?:\s+file)?|a-?file|(?<!fema\s)(?<!vehicle\s)(?<!voter\s)(?<!business\s)registration\s+(?:number|nbr|no\.?|#)|green\s+card|immigration\s+(?:number|file)|"
    + languages.A_NUMBER_SPACED
)
LICENSE_WORDS = (
    r"driver'?s?|driving|licen[cs]e|lic\.?|dl|dln|cdl|d\.l\.|real\s+id|dmv|mva|bmv|rmv|mvd|"
    r"(?:state\s+)?id(?:ent\.?|entification)?\s+card|state\s+id(?:ent\.?|entification)?|"
    r"(?:" + "|".join(STATE_NAMES) + r")\s+(?:id|dl)|learner'?s?\s+permit|"
    r"(?:driving|driver'?s?)\s+permit|" + languages.LICENSE_SPACED
)
PASSPORT_WORDS = (
    r"pas{1,2}\s?ports?|passprt|psprt|pass\.?\s*#|pp\s*(?:#|no\.?|number)|ppt\s*(?:#|no\.?|number)|"
    r"travel\s+doc(?:ument|\.)?|" + languages.PASSPORT_SPACED
)
BANK_WORDS = (
    r"account|acc(?:t|ount)?\.?|accnt|ac(?:ount|count|out|unt|cout|cont|oount)|a/c|dda|routing|routng|rtn|rtng|transit|aba|bank|deposit(?:ed|s)?|"
    r"direct\s+dep\.?|checking|savings|iban|swift|" + languages.BANK_SPACED
)
CARD_WORDS = (
    r"(?:credit\s+|debit\s+)?card|visa|mastercard|amex|discover|tarjeta(?:\s+de\s+(?:cr[ée]dito|d[ée]bito))?"
)
MEDICARE_WORDS = (
    r"medicare(?:\s+claim)?|hicn|mbi|health\s+insurance\s+claim(?:\s+(?:number|num|no\.?|#))?|beneficiary|red,?\s+white,?\s+(?:and|&)\s+blue(?:\s+card)?|"
    + languages.MEDICARE_SPACED
)

SSN_HINTS = ("ss", "s.s", "soc", *languages.HINTS["ssn"], "sos")
PHONE_HINTS = (
    *(
        "phone",
        "tel",
        "cell",
        "mobile",
        "call",
        "text",
        "fax",
        "reach",
        "contact",
        "whatsapp",
        "ph",
        "area code",
    ),
    *("landline", "voicemail", "my", "best", "home", "work", "number", "line"),
    *languages.HINTS["phone"],
)
TAX_HINTS = ("tin", "ein", "tax", "employer", *languages.HINTS["tax"], "e.i.n", "i.t.i")
DOB_HINTS = (
    *("dob", "d.o.b", "do.b", "d.ob", " b.", "born", "bir", "brit", "brth", "bday", "b-day", "bith", "berth"),
    *languages.HINTS["dob"],
)
A_NUMBER_HINTS = (
    *("num", "no", "#", "alien", "uscis", "file", "registration", "green", "immigration", "a-"),
    *languages.HINTS["a_number"],
)
LICENSE_HINTS = (
    "driv",
    "licen",
    "lic",
    "dl",
    "d.l.",
    "id",
    "permit",
    "dmv",
    "mva",
    "bmv",
    "rmv",
    "mvd",
    *languages.HINTS["license"],
)
PASSPORT_HINTS = (
    "passport",
    "pasport",
    "passprt",
    "psprt",
    "pass port",
    "pass.",
    "pass #",
    "pp",
    "travel doc",
    *languages.HINTS["passport"],
)
BANK_HINTS = (
    *(
        "acc",
        "a/c",
        "routing",
        "routng",
        "rtn",
        "dda",
        "transit",
        "aba",
        "bank",
        "deposit",
        "direct dep",
        "checking",
        "savings",
        "iban",
        "swift",
    ),
    *languages.HINTS["bank"],
    *("acou", "acun"),
)
MEDICARE_HINTS = (
    "medicare",
    "hicn",
    "mbi",
    "beneficiary",
    "blue",
    "insurance cl",
    *languages.HINTS["medicare"],
)
LAST_FOUR_HINTS = ("end", "last", "termin", "ltimos")

_PHONE_RIVALS = re.compile(
    _bounded(
        (
            *("account", "acct", "routing", "social", "ssn", "passport", "licen[cs]e", "medicare", "itin"),
            *("ein", "cuenta", "ruta", "seguro", "pasaporte", "licencia", "extranjero", "compte"),
            *("passeport", "conta", "passaporte", "sosyal", "kont", "счета?", "паспорт\\w*"),
        )
    ),
    re.IGNORECASE,
)
"""Words of other kinds after "mi número": "mi número de cuenta es 0045881233" is no phone number."""


def _last_four(kind: str) -> str:
    """The words before the last four digits of a number of ``kind``: "SSN ending in", "last 4 of my card",
    "la cuenta que termina en", "los últimos 4 de mi seguro social"."""
    return (
        rf"(?:{kind})(?:\s+(?:number|no|num|#))?\s+(?:ending|ends|that\s+ends|(?:que\s+)?termina|terminada)"
        r"(?:\s+(?:in|with|en))?"
        rf"|(?:{kind})(?:\s+(?:number|no|num|#))?\s*[(\-,]?\s*last\s+(?:4|four)(?:\s+digits)?\s*\)?"
        r"|(?:last|(?:los\s+)?[úu]ltimos)\s+(?:4|four|cuatro)\s+(?:digits\s+|d[íi]gitos\s+)?(?:of\s+|de\s+)?"
        rf"(?:my\s+|the\s+|your\s+|mi\s+|la\s+|el\s+|su\s+)?(?:{kind})"
    )


_PHONE_AFTER = trail(
    r"(?:my\s+|our\s+|the\s+|his\s+|her\s+)?(?:(?:husband|wife|son|daughter|mom|mother|dad|father|"
    r"brother|sister|partner|spouse)'?s\s+)?(?:best\s+|home\s+|work\s+|cell\s+|mobile\s+|direct\s+)?"
    r"(?:phone|cell|mobile|number|landline|telephone|line)|(?:my\s+|the\s+)?emergency\s+contact|\(?area\s+code"
    r"|(?:mi|mon|meu|minha)\s+(?:n[úu]mero|num[ée]ro|tel[ée]fono|telefone|celular|cel|portable)"
    r"|leave\s+(?:a\s+|me\s+a\s+)?(?:message|voicemail|msg)"
)
"""Words after a phone number: "555-0100 is my home phone", "503 555 01 94, leave a message"."""
_FOREIGN_PHONE_AFTER = trail(
    r"(?:(?:is|as)\s+)?(?:(?:my|our|his|her|their)\s+(?:emergency\s+)?(?:contact|phone|cell|mobile|landline|"
    r"telephone|whatsapp)|(?:the\s+)?emergency\s+contact)",
    gap=0,
)
"""Words for a phone right after a number of another country's shape (where "the number" alone tells
nothing): "07700 900461 is my emergency contact", "0917 555 0136 is my mobile"."""

_IN_THE_BOX = (
    r"in(?:to)?\s+(?:the\s+)?(?:account|acct|routing)(?:\s+(?:number|no\.?|#))?\s+(?:box|field|space|blank|slot)"
    r"|in(?:to)?\s+(?:the\s+)?routing(?![^\W\d_])"
)
"""The box of a bank form a number was typed in, right after it: "I put 111000025 in the account box",
"and 20045718893 in routing" (a balance is "in the account", never "in the account box")."""

_VERSION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:version|versi[óo]n|vers[ãa]o|ver|v|build|release|update|firmware|ios|android|windows|"
    r"chrome|firefox|safari|edge|browser|app|os|macos|section|sec|chapter|part|step|item|rule|clause|paragraph|para(?=\.)|"
    r"figure|fig|table|appendix|§)[\s.:]*\Z",
    re.IGNORECASE,
)


def _written_emails() -> PatternRule:
    at = r"(?:\s?@@?\s?|\s*[\[(]\s*(?:at|arroba|arobase)\s*[\])]\s*)"
    dot = r"(?:\s?\.|\s*[\[(]\s*(?:dot|punto|ponto|point)\s*[\])]\s*)"
    written = re.compile(
        rf"(?<![.%+\-]|{_W})(?:{_W}|[.%+\-])+{at}"
        rf"(?:(?:[\w\-]+{dot})+[A-Za-z]{{2,}}|(?:[\w\-]+{dot})*[\w\-]+,(?:com|org|net|gov|edu))(?!\w|-\w+\.\w)",
        re.IGNORECASE,
    )
    return PatternRule(written, EMAIL, hints=("@", "at)", "at]", "at )", "at ]", "arroba", "arobase"))


def _spaced_emails() -> PatternRule:
    """Addresses typed with spaces around the dots and the @ so that robots miss them:
    "r . delacroix @ example . com"; the domain must end in a known top-level domain."""
    part = r"[\w%+\-]+"
    spaced = re.compile(
        rf"(?<![.%+\-]|{_W}){part}(?: ?\. ?{part})* {{0,2}}@ {{0,2}}(?:[\w\-]+ ?\. ?)+{_TOP_LEVEL}(?![\w\-])",
        re.IGNORECASE,
    )
    return PatternRule(spaced, EMAIL, hints=("@",))


_DOT_WORD = r"\s+(?:dot|punto|ponto|point)\s+"
_TOP_LEVEL = r"(?:com|org|net|gov|edu|mil|us|io|co|info|biz|me|uk|ca|mx|es|fr|br|pt|ph|vn|ht|ru|cn|kr)"


class SpelledEmails:
    """Email addresses with "at" (or "arroba") written as a word: "bobby dot lee at example dot com",
    "jane.doe at example.com".

    Read only where the word is: the domain after it must end in a known top-level domain, and the
    name before it must hold a dot (written or spelled), a digit, an underscore or a plus when the
    domain's dots are written as dots, so that "look at healthcare.gov" stays.
    """

    hints: tuple[str, ...] = (" at ", " arroba ", " arobase ")
    _at = re.compile(r"(?<!\s)\s+(?:at|arroba|arobase)\s+", re.IGNORECASE)
    _domain = re.compile(
        rf"[\w\-]+(?:(?:{_DOT_WORD}|\.)[\w\-]+){{0,2}}(?P<last>{_DOT_WORD}|\.){_TOP_LEVEL}(?![\w\-])",
        re.IGNORECASE,
    )
    _name = re.compile(
        rf"(?<![\w.+\-])[\w+\-]+(?:\.[\w+\-]+){{0,3}}(?:{_DOT_WORD}[\w+\-]+){{0,3}}\Z", re.IGNORECASE
    )
    _marked = re.compile(rf"[._+\d]|{_DOT_WORD}", re.IGNORECASE)

    def scan(self, text: str) -> Iterator[Hit]:
        """Every spelled email address, in order."""
        for at in self._at.finditer(text):
            domain = self._domain.match(text, at.end())
            if domain is None:
                continue
            window = max(0, at.start() - LOOK_AROUND)
            name = self._name.search(text, window, at.start())
            if name is None:
                continue
            if domain.group("last") == "." and not self._marked.search(name.group()):
                continue
            yield Hit(name.start(), domain.end(), EMAIL)


EMAIL_RULES: tuple[Rule, ...] = (_written_emails(), _spaced_emails(), SpelledEmails())

_DIGIT_WORDS = {
    **dict.fromkeys(("zero", "oh", "cero"), 0),
    **dict.fromkeys(("one", "uno", "un"), 1),
    **dict.fromkeys(("two", "dos", "deux"), 2),
    **dict.fromkeys(("three", "tres", "trois"), 3),
    **dict.fromkeys(("four", "cuatro", "quatre"), 4),
    **dict.fromkeys(("five", "cinco", "cinq"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "siete", "sept"), 7),
    **dict.fromkeys(("eight", "ocho", "huit"), 8),
    **dict.fromkeys(("nine", "nueve", "neuf"), 9),
}
"""Digits written as words, in English, Spanish and French."""
_TENS_WORDS = {
    "twenty": 2,
    "thirty": 3,
    "forty": 4,
    "fifty": 5,
    "sixty": 6,
    "seventy": 7,
    "eighty": 8,
    "ninety": 9,
}
"""Tens written as words: "seventy eight" is two digits of a number read in pairs."""
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_DIGIT_TOKEN = (
    r"(?:(?:"
    + "|".join(_TENS_WORDS)
    + rf")(?:[ \-]{_UNIT})?|"
    + "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
    + r"|\d{1,4})"
)
_SPELLED_SEPARATOR = r"(?:\s+(?:dash|hyphen|gui[oó]n)\s+|[ ,.\-]{1,3})"
"""Between the digits of a spelled number: spaces, commas, dashes, or "dash" said as a word."""
_SPELLED_DIGITS = re.compile(
    rf"(?=[zotfsenchduq\d])(?<![^\W\d_]){_DIGIT_TOKEN}(?:{_SPELLED_SEPARATOR}{_DIGIT_TOKEN}){{2,15}}(?![^\W\d_])"
)
"""Three or more digit words or groups of digits in a row, in lower-case text."""
_DIGIT_TOKENS = re.compile(_DIGIT_TOKEN)
_SPELLED_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_DIGIT_TOKEN}(?:{_SPELLED_SEPARATOR}{_DIGIT_TOKEN}){{2,}}\s\Z", re.IGNORECASE
)
"""Three digit words right before a number: "eight one eight 555 0161" is one number."""


def _spelled_digits(token: str) -> str:
    """The digits a token of a spelled number stands for: "four" 4, "seventy eight" 78, "2290" 2290."""
    if token[0].isdigit():
        return token
    if token in _DIGIT_WORDS:
        return str(_DIGIT_WORDS[token])
    tens, _, unit = token.replace("-", " ").partition(" ")
    return f"{_TENS_WORDS[tens]}{_DIGIT_WORDS.get(unit, 0)}"


def _spelled_kind(
    words: str, counts: range, marker: str, veto: re.Pattern[str] | None = None
) -> tuple[PatternRule, range]:
    """A kind of spelled number: the words before it, and how many digits it has."""
    return PatternRule(_SPELLED_DIGITS, marker, before=lead(words), veto=veto), counts


class SpelledNumbers:
    """Numbers with their digits spelled as words, after the words for their kind: "call me at nine one
    seven 555 0133", "mi número es tres cero cinco...", "passport number is four eight five, two two
    one, nine zero six", "ITIN nine six one, seventy eight, four four zero two". Read in text with no
    digit too.

    A run needs three words at least. It is the first kind whose words come before it and whose length
    it has: nine digits for an SSN or a tax ID, six to nine for a passport, eight or nine for an
    A-number, six to seventeen for a bank account, a card number that passes the Luhn check, seven to
    eleven digits for a phone number.
    """

    hints: tuple[str, ...] = (
        *(word for word in _DIGIT_WORDS if word not in ("one", "uno", "un", "oh")),
        *_TENS_WORDS,
    )
    _kinds = (
        (
            PatternRule(_SPELLED_DIGITS, SSN, before=lead(SSN_WORDS, joined=languages.SSN_JOINED)),
            range(9, 10),
        ),
        _spelled_kind(TAX_WORDS, range(9, 10), TAX_ID),
        _spelled_kind(PASSPORT_WORDS, range(6, 10), PASSPORT),
        _spelled_kind(A_NUMBER_WORDS, range(8, 10), A_NUMBER),
        _spelled_kind(BANK_WORDS, range(6, 18), BANK_ACCOUNT, veto=_MONEY_BEFORE),
        _spelled_kind(CARD_WORDS, range(13, 20), CARD),
        (
            PatternRule(
                _SPELLED_DIGITS,
                PHONE,
                before=lead(PHONE_WORDS, joined=languages.PHONE_JOINED),
                rivals=_PHONE_RIVALS,
            ),
            range(7, 12),
        ),
    )

    def scan(self, text: str) -> Iterator[Hit]:
        """Every spelled number with a telling word before it."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return
        for match in _SPELLED_DIGITS.finditer(lowered):
            tokens = _DIGIT_TOKENS.findall(match.group())
            if sum(not token.isdigit() for token in tokens) < 3:
                continue
            digits = "".join(_spelled_digits(token) for token in tokens)
            for rule, counts in self._kinds:
                if len(digits) not in counts or (rule.marker == CARD and not luhn(digits)):
                    continue
                if rule.accepts(text, match):
                    marker = ITIN if rule.marker == TAX_ID and digits[0] == "9" else rule.marker
                    yield Hit(match.start(), match.end(), marker)
                    break


SPELLED_RULES: tuple[Rule, ...] = (SpelledNumbers(),)

_OCTET = r"(?:25[0-5]|2[0-4]\d|[01]\d\d|0?[1-9]?\d)"
"""A part of an IP address, zero-padded or not: "51", "051"."""

_EVENT_WORDS = re.compile(
    _bounded(
        (
            *("arrived", "came", "mailed", "received", "issued", "expired?", "expires", "applied"),
            *("scheduled", "renewed", "ordered", "requested", "delivered", "shipped", "processed"),
            *("approved", "denied"),
            *("lleg[óo]", "recib[íi]", "solicit[ée]", "enviaron", "expir[óa]", "vence"),
        )
    ),
    re.IGNORECASE,
)
"""Words between the words for a birth and a date that make it the date of something else: "my birth
certificate arrived 2024-03-05"."""

DATE_OF_BIRTH_RULE = PatternRule(
    re.compile(
        r"(?:(?<![/.]|" + _W + r")(?:(?<!-)|(?<=[^\W\d_]-))|(?<=dob))"  # not in a number; "DOB-09-23-1967"
        rf"(?:(?:19|20)\d{{2}},? (?:on (?:the )?|el )"  # 1962, on May 5; 1957, el 30 de abril
        rf"(?:{_MONTH} ?{_DAY}|(?:{_DAY_WORD}|{_DAY}) (?:of |de )?{_MONTH})"
        r"|\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?(?:\d{4}|\d{2})"  # 03/04/1985
        r"|\d{4} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{1,2}|\d{1,2} \d{1,2} (?:\d{4}|\d{2})"  # 1985-03-04, 03 04 1985
        rf"|(?:19|20)\d{{2}},? {_MONTH} {_DAY}"  # 1975 oct 30
        r"|\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\d{4}|\d{2})"  # 04JUL1976
        rf"|{_DAY}\s+(?:de\s+)?{_MONTH_DMY},?\s+(?:de\s+|del\s+)?\d{{4}}"  # 5 de mayo de 1978
        rf"|{_MONTH}[ \-/.]?(?:the )?{_DAY}(?:,? ?(?:\d{{4}}|'\d{{2}})|, ?\d{{2}}(?!\d))?"  # May 3, '85
        rf"|(?:{_ES_DAY}) de {_MONTH}(?: (?:de|del) (?:\d{{4}}|{_ES_YEAR}))?"  # veintiuno de junio de mil...
        rf"|(?:ika-?)?{_DAY}[ \-/.](?:of |de |del |ng )?{_MONTH_DMY}(?:[ \-/.,]{{1,2}}(?:de |del )?{_YEAR})?"
        rf"|{_MONTH},? (?:of |de |del )?\d{{4}}|\d{{1,2}}/\d{{1,2}}"  # March 1985, marzo de 1985, 3/4
        rf"|(?:{_DAY_WORD}) (?:of )?{_MONTH}(?:,? {_YEAR})?|{_MONTH} (?:the )?(?:{_DAY_WORD})(?:,? {_YEAR})?"
        r"|\d{2,4} ?[年년] ?\d{1,2} ?[月월](?: ?\d{1,2} ?[日号號일]?)?"  # 1985年3月4日, 1985년 3월 4일
        rf"|{_CN_DATE}"  # 民國七十年三月五日
        r"|(?:ng[àa]y )?\d{1,2} th[áa]ng \d{1,2}(?:,? n[ăa]m \d{4})?"  # ngày 4 tháng 3 năm 1985
        r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:19|20)\d{2}|\d{2})"  # 03041985, 030485
        r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"  # 19850304
        r"(?!" + _W + r"|[/\-]|\.\d)",
        re.IGNORECASE,
    ),
    DATE_OF_BIRTH,
    before=lead(DOB_WORDS, gap=8, joined=languages.DOB_JOINED),
    after=trail(
        r"(?:my\s+|mi\s+|ma\s+|mon\s+|minha\s+)?(?:dob|birthday"
        + _EVENT_OF_A_BIRTHDAY
        + r"|birth\s*date|date\s+of\s+birth|"
        r"fecha\s+de\s+nacimiento|cumplea[ñn]os|date\s+de\s+naissance|anniversaire|data\s+de\s+nascimento|"
        r"anivers[áa]rio)",
        joined=r"出生|出世|에\s*태어|생(?![\uac00-\ud7a3])",
    ),
    hints=DOB_HINTS,
    rivals=_EVENT_WORDS,
)
"""Dates near the words for a birth date: "born on March 3, 1985", "DOB 03/04/1985", "the third of March"."""

_ROUTING_PREFIX = re.compile(r"0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80")
"""The first two digits of an ABA routing number (Federal Reserve districts, thrifts, electronic)."""


class RoutingPairs:
    """A routing number and an account number side by side, in text about a bank or a refund:
        "routing/account 021000021/1234567890", "I gave 322271627 and 1283400918 but the deposit bounced",
        "acc 4430 2218 0091, rtng 011151074", "full number is 000123894471 (routing 121000248)". The
        routing number is nine digits that pass its checksum; the other is six to seventeen digits, no date;
        only a separator or a word for either number parts them. The numbers at the bottom of a check are
        such a pair, a space apart, and the check's own number may follow: "011000015 2214090876 1043"; after
    the words for the bottom of a check they need no word about banks."""

    hints: tuple[str, ...] = (
        *BANK_HINTS,
        "rtng",
        "rtg",
        "dep",
        "refund",
        "of the che",
        "of my che",
        "of a che",
    )
    _number = re.compile(r"(?=\d)(?<![\w.\-$])\d+(?:(?: ?- ?| )\d+)*(?![\w\-]|\.\d)")
    _between = re.compile(
        r"\s*(?:[/,&+\-(]|and|y|et|e)?\s*(?:(?:the\s+|la\s+|el\s+)?(?:routing|rtng|rtg|rtn|aba|acct|acc|account|"
        r"cuenta|ruta|compte|conta)\.?(?:\s*(?:number|num|no\.?|#|n[úu]mero))?\s*[:#]?\s*)?",
        re.IGNORECASE,
    )
    _about_banks = re.compile(
        rf"(?<![^\W\d_])(?:{BANK_WORDS}|acc|rtng|rtg|direct\s+dep|refunds?)(?![^\W\d_])", re.IGNORECASE
    )
    _other_kinds = lead(
        rf"{SSN_WORDS}|{TAX_WORDS}|{PASSPORT_WORDS}|{LICENSE_WORDS}|{PHONE_WORDS}|{A_NUMBER_WORDS}", gap=2
    )

    def scan(self, text: str) -> Iterator[Hit]:
        """Every routing number and the account number beside it."""
        numbers = list(self._number.finditer(text))
        about_banks = self._about_banks.search(text) is not None
        if not numbers or not (about_banks or self._on_a_check.search(text)):
            return
        pairs: list[tuple[re.Match[str], re.Match[str], bool]] = []  # the two, and whether on a check
        for number in numbers:
            line = self._check_line.fullmatch(number.group())
            if line is not None and self._is_pair(self._part(number, line, 1), self._part(number, line, 2)):
                pairs.append((self._part(number, line, 1), self._part(number, line, 2), True))
        for first, second in itertools.pairwise(numbers) if about_banks else ():
            if self._between.fullmatch(text, first.end(), second.start()) and any(
                self._is_pair(routing, other) for routing, other in ((first, second), (second, first))
            ):
                pairs.append((first, second, False))
        for first, second, on_check in pairs:
            before = text[max(0, first.start() - LOOK_AROUND) : first.start()]
            noun = _ID_NOUN_BEFORE.search(before)
            if (
                (not about_banks and not self._on_a_check.search(before))
                or (noun is not None and not (on_check and self._check.match(noun.group())))
                or _MONEY_BEFORE.search(before)
                or self._other_kinds.search(before)
            ):
                continue
            yield Hit(first.start(), first.end(), BANK_ACCOUNT)
            yield Hit(second.start(), second.end(), BANK_ACCOUNT)

    _check_line = re.compile(r"(\d{9}) (\d{6,17})(?: \d{3,5})?")
    """The numbers at the bottom of a check: the routing number, the account number, the check's."""
    _check = re.compile(r"che(?:ck|que)\W*\Z", re.IGNORECASE)
    """The word for the paper the numbers are printed on, which names none of them: "my check:"."""
    _on_a_check = re.compile(r"(?:bottom|foot)\s+of\s+(?:the\s+|my\s+|a\s+)?che(?:ck|que)s?", re.IGNORECASE)
    """Words for the line at the bottom of a check, which tell a check line without a word about banks."""

    @staticmethod
    def _part(number: re.Match[str], line: re.Match[str], group: int) -> re.Match[str]:
        """The match of one of a check line's numbers, in the text the line was found in."""
        start = number.start() + line.start(group)
        part = re.compile(r"\d+").match(number.string, start)
        assert part is not None
        return part

    @staticmethod
    def _is_pair(routing: re.Match[str], other: re.Match[str]) -> bool:
        return (
            len(routing.group()) == 9
            and routing.group().isdigit()
            and _ROUTING_PREFIX.match(routing.group()) is not None
            and _is_routing_number(routing)
            and 6 <= len(digits_of(other.group())) <= 17
            and _not_a_date(other)
        )


class CheckSymbols:
    """The numbers at the bottom of a check typed with the check's own symbols (MICR), which mark
    nothing else: the routing number between transit symbols, the account number before the on-us
    symbol after it: "⑆071000013⑆ 4459201837⑈ 1043"."""

    hints: tuple[str, ...] = ("⑆",)
    _routing = re.compile(r"⑆ ?(\d[\d\-⑉]{3,12}\d) ?⑆")
    _account = re.compile(r" {0,2}⑈? ?(\d[\d \-⑉]{2,24}\d) ?⑈")

    def scan(self, text: str) -> Iterator[Hit]:
        """Every routing number between transit symbols, and the account number after it."""
        for routing in self._routing.finditer(text):
            yield Hit(routing.start(1), routing.end(1), BANK_ACCOUNT)
            account = self._account.match(text, routing.end())
            if account is not None:
                yield Hit(account.start(1), account.end(1), BANK_ACCOUNT)


_MBI = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}"
)
"""A Medicare Beneficiary Identifier with nothing between its characters."""
_PART = r"(?=[A-Z]{0,6}\d)[A-Z0-9]{2,8}(?:[ \-](?=[A-Z]{0,6}\d)[A-Z0-9]{2,8})?"
"""One part of a number typed in two: "243-55", "4000 0025", "4NF0"."""


class SplitNumbers:
    """A number typed in two parts across a sentence, the second after words for the rest of it:
    "SSN starts 243-55 and the rest is 0917", "the first five of my social are 219-54 ... the last four,
    which are 3381", "I typed 4000 0025 and then put 0000 3155", "my medicare id is 4NF0 and the rest
    is QC5RA21"; or an area code and the number: "the area code is 646 ... the number itself is 555-0109".

    The two parts together must be a number of the kind: a card number that passes the Luhn check, or,
    with the words for it nearby, nine digits of an SSN or a tax ID, or a Medicare number.
    """

    hints: tuple[str, ...] = ("rest", "remain", "last", "then", "half", "part", "area code")
    _rest = re.compile(
        r"(?<![^\W\d_])(?:rest|remainder|remaining|last\s+(?:four|five|six|seven|eight|4|5|6|7|8)|"
        r"(?:second|other)\s+(?:half|part)|then\s+(?:i\s+)?(?:put|typed|entered|wrote))(?![^\W\d_])",
        re.IGNORECASE,
    )
    _first = re.compile(rf"(?<![\w\-]){_PART}(?![\w\-])(?=[^\d.!?\n]*\Z)", re.IGNORECASE)
    _second = re.compile(rf"[^\d.!?\n]{{0,40}}?(?<![\w\-])(?P<part>{_PART})(?![\w\-])", re.IGNORECASE)
    _area_code = re.compile(
        r"(?<![^\W\d_])area\s+code\s*(?:is\s+|:\s*)?\(?(?P<area>\d{3})\)?(?![\w\-])[^\d.!?\n]{0,80}?"
        r"(?<![\w\-])(?P<number>\d{3}[ .\-]?\d{4})(?![\w\-])",
        re.IGNORECASE,
    )
    _kinds = (
        (re.compile(_words(SSN_WORDS), re.IGNORECASE), range(9, 10), SSN),
        (re.compile(_words(TAX_WORDS), re.IGNORECASE), range(9, 10), TAX_ID),
        (re.compile(_words(MEDICARE_WORDS), re.IGNORECASE), range(11, 12), MEDICARE),
    )

    def scan(self, text: str) -> Iterator[Hit]:
        """Both parts of every number typed in two, and every area code with its number."""
        for rest in self._rest.finditer(text):
            window = max(0, rest.start() - LOOK_AROUND)
            first = self._first.search(text, window, rest.start())
            second = self._second.match(text, rest.end())
            if first is None or second is None or names_a_reference(text[window : first.start()]):
                continue
            marker = self._kind(text, window, first.group() + second.group("part"))
            if marker is not None:
                yield Hit(first.start(), first.end(), marker)
                yield Hit(second.start("part"), second.end("part"), marker)
        for area in self._area_code.finditer(text):
            yield Hit(area.start("area"), area.end("area"), PHONE)
            yield Hit(area.start("number"), area.end("number"), PHONE)

    def _kind(self, text: str, window: int, joined: str) -> str | None:
        value = "".join(char for char in joined.upper() if char.isalnum())
        if value.isdigit() and luhn(value):
            return CARD
        for words, lengths, marker in self._kinds:
            if len(value) not in lengths or not words.search(text, window):
                continue
            if marker == MEDICARE and not _MBI.fullmatch(value):
                continue
            if marker != MEDICARE and not value.isdigit():
                continue
            return ITIN if marker == TAX_ID and value[0] == "9" else marker
        return None


DIGIT_RULES: tuple[Rule, ...] = (
    PatternRule(  # IPv4, with a port or not; not a version number
        re.compile(rf"(?=\d)(?<![.\-]|{_W}){_OCTET}(?:\.{_OCTET}){{3}}(?::\d{{1,5}})?(?!{_W}|-|\.\w)"),
        IP_ADDRESS,
        veto=_VERSION_BEFORE,
        hints=(".",),
    ),
    PatternRule(  # IPv4 typed with spaces or commas, near the word
        re.compile(rf"(?=\d)(?<![.,\-]|{_W}){_OCTET}(?: ?[.,] ?{_OCTET}){{3}}(?!{_W}|[.,]\d)"),
        IP_ADDRESS,
        before=lead(r"ip(?:\s+address)?|ip\s*addr|direcci[óo]n\s+ip|adresse\s+ip|endere[çc]o\s+ip"),
        hints=("ip",),
    ),
    PatternRule(  # IPv6, full or shortened
        re.compile(
            r"(?<![\w:.])(?=[0-9a-f:.]*\d)(?:[0-9a-f]{1,4}:|:)(?:[0-9a-f]{0,4}:){1,7}"
            r"(?:[0-9a-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])",
            re.IGNORECASE,
        ),
        IP_ADDRESS,
        check=_is_ipv6,
        hints=(":",),
    ),
    PatternRule(  # Medicare Beneficiary Identifier: 11 characters with letters and digits in set places
        re.compile(
            _alone("[1-9]") + r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d(?: ?[\-./] ?| )?[AC-HJKMNP-RT-Y]"
            r"[AC-HJKMNP-RT-Y0-9]\d(?: ?[\-./] ?| )?[AC-HJKMNP-RT-Y]{2}\d{2}" + _APART,
            re.IGNORECASE,
        ),
        MEDICARE,
        referable=True,
    ),
    PatternRule(  # the older Medicare number, an SSN and a letter, written as such: 412-67-3391A
        re.compile(
            _alone(r"\d") + r"\d{3}(?P<sep> ?- ?| )\d{2}(?P=sep)\d{4} ?-? ?[A-Z]\d?" + _APART, re.IGNORECASE
        ),
        MEDICARE,
        referable=True,
    ),
    PatternRule(  # the same, near the word Medicare
        re.compile(_alone(r"\d") + r"\d{3}[ \-]?\d{2}[ \-]?\d{4}[ \-]?[A-Z]\d?" + _APART, re.IGNORECASE),
        MEDICARE,
        before=lead(MEDICARE_WORDS, joined=languages.MEDICARE_JOINED),
        hints=MEDICARE_HINTS,
    ),
    PatternRule(  # the same after "claim #", its letter joined as on the card (the HICN was the claim
        # number), or a space apart when it is a beneficiary code ("A" a worker, "B" a spouse, "D" a widow):
        # "old claim # 318-44-9021D", "claim number 409-88-1276 D6"; "claim 987-65-4321-X" may be any
        # claim's number
        re.compile(_alone(r"\d") + r"\d{3}-?\d{2}-?\d{4}(?:[A-Z]| [ABCDEFJKMTW])\d?" + _APART),
        MEDICARE,
        before=lead(r"claim\s*(?:#|number|num|no\.?)", gap=0),
        hints=("claim",),
    ),
    PatternRule(  # eleven letters and digits grouped as a Medicare number, near the word, though mistyped
        re.compile(
            _alone(r"\d") + r"\d[A-Z0-9]{3}(?: ?- ?| )?[A-Z0-9]{3}(?: ?- ?| )?[A-Z0-9]{4}" + _APART,
            re.IGNORECASE,
        ),
        MEDICARE,
        before=lead(MEDICARE_WORDS, joined=languages.MEDICARE_JOINED),
        check=_letters_and_digits,
        hints=MEDICARE_HINTS,
    ),
    PatternRule(  # Medicaid and other member numbers near the words for them
        re.compile(_alone("[A-Z0-9]") + r"[A-Z]{0,3}\d{8,12}[A-Z]?" + _APART, re.IGNORECASE),
        MEDICARE,
        before=lead(r"medicaid|medi-cal|masshealth|chip"),
        hints=("medicaid", "medi-cal", "masshealth", "chip"),
    ),
    PatternRule(  # 16 digits in four groups of four, as printed on a card: a card, whatever word is before
        re.compile(_START + r"\d{4}(?P<sep>[ \-])\d{4}(?P=sep)\d{4}(?P=sep)\d{4}" + _END),
        CARD,
        check=_is_card,
    ),
    PatternRule(  # cards: groups of digits with one kind of separator, 13 to 19 digits in a row, or two
        re.compile(  # halves of two groups each, split by a slash: 5555 5555 / 5555 4444
            _START + r"(?:\d{4}(?P<half>[ \-]?)\d{4} ?/ ?\d{4}(?P=half)\d{4}"
            r"|\d{4,8}(?P<sep> ?[.\-/] ?| )\d{3,8}(?:(?P=sep)\d{1,8}){0,3}|\d{13,19})" + _END
        ),
        CARD,
        check=_is_card,
        referable=True,
    ),
    PatternRule(
        re.compile(
            rf"(?=[A-Z])(?<!{_W})[A-Z]{{2}}\d{{2}}(?: ?[A-Z0-9]{{4}}){{2,7}}(?: ?[A-Z0-9]{{1,3}})?(?!{_W})"
        ),
        BANK_ACCOUNT,
        check=_is_iban,
    ),
    RoutingPairs(),
    CheckSymbols(),
    SplitNumbers(),
    PatternRule(
        re.compile(_START + rf"9\d{{2}}{_GAP}\d{{2}}{_GAP}\d{{4}}" + _END),
        ITIN,
        check=_is_itin,
        referable=True,
    ),
    PatternRule(
        re.compile(_START + r"\d{3} {0,2}(?P<sep>[.\-/_]) {0,2}\d{2} {0,2}(?P=sep) {0,2}\d{4}" + _END),
        SSN,
        referable=True,
    ),
    PatternRule(  # 517 03 8821; a dash and a word after it are punctuation: "517 03 8821—no wait"
        re.compile(_START + r"\d{3} {1,2}\d{2} {1,2}\d{4}" + rf"(?!{_W}|-[\d\-]|[./]\d)"),
        SSN,
        referable=True,
    ),
    PatternRule(  # an SSN with its first five digits masked: XXX-XX-1234, ***-**-1234
        re.compile(
            r"(?=[X*•#])(?<![\w*•])(?:[X*•#]{3}[ \-]?[X*•#]{2}[ \-]?)(?P<last>\d{4})" + _END, re.IGNORECASE
        ),
        SSN,
    ),
    PatternRule(  # the eight digits of an older A-number, grouped as such: A89 123 456 (not "case A12-...")
        re.compile(_alone("A") + r"A ?[\-.]? ?\d{2}(?P<sep>[\- ./])\d{3}(?P=sep)\d{3}" + _APART),
        A_NUMBER,
        referable=True,
    ),
    PatternRule(  # an A-number with a space between all its digits: "A 2 0 4 5 5 1 8 7 3"
        re.compile(_alone("A") + r"A(?: \d){8,9}" + _APART),
        A_NUMBER,
    ),
    PatternRule(  # A-numbers written as such: A-201-774-390, A/201-774-390
        re.compile(
            _alone("[Aa]")
            + r"(?:A ?[\-./]? ?\d{3}(?P<sep>[\- ./])\d{3}(?P=sep)\d{3}|A \d{9}"
            + r"|(?i:a) ?(?:#|\.? ?(?i:no)\.) ?(?:\d{3}[\- .]?\d{3}[\- .]?\d{3}|\d{8}))"
            + _APART
        ),
        A_NUMBER,
    ),
    PatternRule(
        re.compile(_alone("A") + r"A-?\d{8,9}" + _APART),
        A_NUMBER,
        referable=True,
        veto=lead(PASSPORT_WORDS + "|" + LICENSE_WORDS),
    ),
    PatternRule(  # the same with a lower-case a, with all nine digits: a209337184, a-213-009-874; or a
        # space after it and the digits in threes as printed, which no article is put before: a 222 019 384
        # (not a round amount: "a 100 000 000 budget")
        re.compile(
            _LOWER_A
            + r"(?:-?\d{9}|-\d{3}-\d{3}-\d{3}"
            + r"| (?!000)[0-2]\d{2}(?P<sep>[ \-.])(?!000)\d{3}(?P=sep)(?!000)\d{3})"
            + _APART
        ),
        A_NUMBER,
        referable=True,
        veto=re.compile(
            lead(PASSPORT_WORDS + "|" + LICENSE_WORDS).pattern + "|" + _MONEY_BEFORE.pattern, re.I
        ),
        hints=tuple(f"a{dash}{digit}" for dash in ("", "-", " ") for digit in "0123456789"),
    ),
    PatternRule(  # "a number a 212 448 901": the letter a before the digits, after the words "a number"
        re.compile(_LOWER_A + r"[\- ]?\d{3}(?P<sep>[\- ./]?)\d{3}(?P=sep)\d{3}" + _APART),
        A_NUMBER,
        before=lead(r"a[\- ](?:number|num|no\.?|#)|anumber|a#"),
        hints=("a num", "a-num", "a no", "a-no", "a #", "a-#", "anumber", "a#"),
    ),
    PatternRule(  # any 9 digits near the words for an ITIN or SSN
        re.compile(_START + r"9\d{2}(?:[ .\-/]?\d){6}" + _END),
        ITIN,
        before=lead(TAX_WORDS, joined=languages.TAX_JOINED),
        check=_is_itin,
        hints=TAX_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d(?:(?: {0,2}[.\-/] {0,2}| {1,2})?\d){8}" + _END),
        SSN,
        before=lead(SSN_WORDS, joined=languages.SSN_JOINED),
        after=trail(r"(?:my\s+|mi\s+|mon\s+|meu\s+)?(?:" + SSN_WORDS + ")"),
        hints=SSN_HINTS,
    ),
    PatternRule(  # employer ID numbers: 12-3456789, 12 3456789, 123456789, mistyped groupings (12/3456789)
        re.compile(_START + r"\d(?:(?: ?[\-./] ?| )?\d){8}" + _END),
        TAX_ID,
        before=lead(TAX_WORDS, gap=4, joined=languages.TAX_JOINED),
        hints=TAX_HINTS,
    ),
    PatternRule(  # an EIN typed against its label, with no space: "EIN83-4427719"
        re.compile(r"(?<=\b[Ee][Ii][Nn])\d{2}-?\d{7}" + _END),
        TAX_ID,
        hints=("ein",),
    ),
    PatternRule(  # an ITIN or SSN typed against its label: "ITIN912-70-4455", "ssn219099999"
        re.compile(r"(?<=\b[Ii][Tt][Ii][Nn])\d{3}(?P<sep>[.\-]?)\d{2}(?P=sep)\d{4}" + _END),
        ITIN,
        hints=("itin",),
    ),
    PatternRule(
        re.compile(r"(?<=\b[Ss][Ss][Nn])\d{3}(?P<sep>[.\-]?)\d{2}(?P=sep)\d{4}" + _END),
        SSN,
        hints=("ssn",),
    ),
    PatternRule(  # an SSN with the letter O typed for a zero, after the words for it: "SSN 2O9-44-8812"
        re.compile(
            rf"(?=[\dO])(?<!{_W})(?=[\d.\- ]{{0,10}}O)[\dO]{{3}}(?P<sep>[.\- ]?)[\dO]{{2}}(?P=sep)[\dO]{{4}}"
            + _APART,
            re.IGNORECASE,
        ),
        SSN,
        before=lead(SSN_WORDS, joined=languages.SSN_JOINED),
        check=_digit_count(7, 8),
        hints=SSN_HINTS,
    ),
    PatternRule(  # +1 and the US shape, or any international number written with + and a country code
        re.compile(
            r"(?=\+)(?<![\w+])(?:\+1" + _GAP + r"?\(?\d{3}\)?" + _GAP + r"?\d{3}" + _GAP + r"?\d{4}"
            r"|\+(?:[02-9]\d{0,2})(?:[ .\-]?\(?\d{1,4}\)?){2,5})"
            r"(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?" + _END,
            re.IGNORECASE,
        ),
        PHONE,
        check=_digit_count(8, 22),
        hints=("+",),
    ),
    PatternRule(  # (202) 555-0143, (202)-555-0143, 202-555-0143, 202.555.0143, 202/555-0143, 1-800-555-0199
        re.compile(
            rf"(?=[\d(])(?<![+\-./$]|{_W})(?:1" + _GAP + r")?"
            r"(?:\(\d{3}\)(?: ?[.\-] ?| )?\d{3}(?: ?[.\-/] ?| )?|\d{3} ?[.\-/] ?\d{3}"
            + _GAP
            + r"|\d{3} \d{3} ?[.\-/] ?)"
            r"\d{4}(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?" + _END,
            re.IGNORECASE,
        ),
        PHONE,
        referable=True,
    ),
    PatternRule(  # 202 555 0143
        re.compile(rf"(?=\d)(?<![+\-./$]|{_W})(?:1 )?[2-9]\d{{2}} \d{{3}} \d{{4}}" + _END),
        PHONE,
        referable=True,
    ),
    PatternRule(  # any 10 digits (or 1 and 10) near the words for a phone
        re.compile(rf"(?=[\d(])(?<![+\-./$]|{_W})\(?\d(?:[ .\-/()]{{0,2}}\d){{9,10}}" + _END),
        PHONE,
        before=lead(PHONE_WORDS, joined=languages.PHONE_JOINED),
        after=_PHONE_AFTER,
        check=_is_us_phone,
        rivals=_PHONE_RIVALS,
        hints=PHONE_HINTS,
    ),
    PatternRule(  # numbers of other countries near the words for a phone: 010-1234-5678, 55 1234 5678
        re.compile(rf"(?=[\d(])(?<![+\-./$]|{_W})\(?\d{{1,4}}\)?(?:[ .\-]?\(?\d{{2,4}}\)?){{1,5}}" + _END),
        PHONE,
        before=lead(PHONE_WORDS, joined=languages.PHONE_JOINED),
        after=_FOREIGN_PHONE_AFTER,
        check=_is_foreign_phone,
        rivals=_PHONE_RIVALS,
        hints=PHONE_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d{3}[ .\-]?\d{4}" + _END),
        PHONE,
        before=lead(PHONE_WORDS, joined=languages.PHONE_JOINED),
        after=_PHONE_AFTER,
        rivals=_PHONE_RIVALS,
        hints=PHONE_HINTS,
        veto=_SPELLED_BEFORE,  # the end of a number spelled as words: SpelledNumbers takes it whole
    ),
    PatternRule(  # passports: digits, with a letter or two before, inside or after (G12345678, P4417782B)
        re.compile(
            _alone_or_after_word("[A-Z0-9]")
            + r"(?:[A-Z]{1,2}-?|[A-Z] )?\d(?:[A-Z0-9]|[ \-.](?=\d)){5,11}"
            + _APART,
            re.IGNORECASE,
        ),
        PASSPORT,
        before=lead(PASSPORT_WORDS, gap=8, joined=languages.PASSPORT_JOINED),
        after=trail(r"\(?" + PASSPORT_WORDS),
        hints=PASSPORT_HINTS,
        check=_is_passport,
    ),
    PatternRule(  # near the words: A-12345678, A 20311 4478; a letter O typed for a zero: A2O7334512
        re.compile(
            _alone(r"[Aa\d]") + r"(?:(?i:a)[\- ]?)?\d(?:[\- .]?\d|(?<=\d)O(?=\d)){7,8}" + _APART,
            re.IGNORECASE,
        ),
        A_NUMBER,
        before=lead(A_NUMBER_WORDS, joined=languages.A_NUMBER_JOINED),
        hints=A_NUMBER_HINTS,
        check=_not_a_date,
    ),
    PatternRule(
        re.compile(
            _alone("[A-Z0-9]")
            + r"(?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])| (?=\d{2})){4,18}"
            + _APART,
            re.IGNORECASE,
        ),
        DRIVERS_LICENSE,
        before=lead(LICENSE_WORDS, gap=6, joined=languages.LICENSE_JOINED),
        after=trail(r"(?:my\s+|mi\s+)?(?:[a-z]+\s+)?(?:driver'?s?\s+)?licen[cs]e|licencia"),
        hints=LICENSE_HINTS,
        check=_is_license,
    ),
    PatternRule(  # a routing number, which its checksum tells, a few more words from the telling word,
        # or the word after it ("091000019 as routing"); it may touch the next label ("063100277Account#:")
        re.compile(_START + r"\d{9}" + rf"(?:{_END}|(?=(?i:acc(?:oun)?t)\b|(?i:acct)))"),
        BANK_ACCOUNT,
        before=lead(
            r"routing|routng|rtng|rtn|rt|r/t|aba|transit|ruta|enrutamiento|roteamento|routage", gap=8
        ),
        after=trail(r"(?:as|for)\s+(?:the\s+|my\s+)?(?:routing|aba)|" + _IN_THE_BOX, gap=0),
        check=_is_routing_number,
        checksum=True,
        hints=(
            "routing",
            "routng",
            "rtn",
            "rt",
            "r/t",
            "aba",
            "transit",
            "ruta",
            "enrutamiento",
            "roteamento",
            "routage",
        ),
    ),
    PatternRule(  # account numbers, with a credit union's share suffix or not (458812-S01); it may touch
        # the next label when the spaces were stripped ("9184470022rtn.011000015")
        re.compile(
            _START + r"\d[\d \-]{4,36}\d(?:-[A-Za-z]\d{1,3})?" + rf"(?:{_END}|(?=(?i:rtn|routing|aba)\b))"
        ),
        BANK_ACCOUNT,
        before=lead(BANK_WORDS, gap=5, joined=languages.BANK_JOINED),
        after=trail(r"as\s+(?:the\s+|my\s+)?(?:account|acct)|" + _IN_THE_BOX, gap=0),
        veto=_MONEY_BEFORE,
        hints=BANK_HINTS,
        check=_account_digits,
    ),
    PatternRule(  # the last four digits
        re.compile(_START + r"\d{4}" + _END),
        SSN,
        before=lead(_last_four(SSN_WORDS), gap=2),
        hints=LAST_FOUR_HINTS,
        digits_before=True,
    ),
    PatternRule(
        re.compile(_START + r"\d{4}" + _END),
        PASSPORT,
        before=lead(_last_four(r"pass\s?port|pasaporte"), gap=2),
        hints=LAST_FOUR_HINTS,
        digits_before=True,
    ),
    PatternRule(
        re.compile(_START + r"\d{4}" + _END),
        CARD,
        before=lead(
            _last_four(CARD_WORDS),
            gap=2,
        ),
        hints=LAST_FOUR_HINTS,
        digits_before=True,
    ),
    PatternRule(
        re.compile(_START + r"\d{4}" + _END),
        BANK_ACCOUNT,
        before=lead(
            _last_four(
                r"(?:bank\s+|checking\s+|savings\s+)?(?:account|acct)|cuenta(?:\s+de\s+(?:ahorros?|cheques))?"
                r"|cuenta\s+corriente|conta(?:\s+corrente|\s+poupan[çc]a)?"
            ),
            gap=2,
        ),
        hints=LAST_FOUR_HINTS,
        digits_before=True,
    ),
    PatternRule(  # an account number shown masked but for its last four digits: "acct as ****6621", so that
        # the whole number is found with them (:mod:`feedback_widget.redaction_company`)
        re.compile(r"(?=[X*•#])(?<![\w*•#])[X*•#]{2,12}[ \-]?\d{4}" + _END, re.IGNORECASE),
        BANK_ACCOUNT,
        before=lead(BANK_WORDS, joined=languages.BANK_JOINED),
        hints=BANK_HINTS,
    ),
    DATE_OF_BIRTH_RULE,
)
"""The rules that need a digit, in priority order."""
WORD_RULES: tuple[Rule, ...] = (*EMAIL_RULES, *SPELLED_RULES, DATE_OF_BIRTH_RULE)
"""The rules that can find something in text with no digit (with the name rule): emails, numbers
spelled as words, dates written as words ("the third of March")."""
