"""Personal data taken out of free text before it is stored, and query strings out of page URLs.

:func:`redact` replaces each piece of personal data with a fixed English marker such as
``[email removed]``. The markers are data, not interface text: they are stored, searched and
exported as they are, so they are not translated.

What is caught, and on what evidence:

- by its shape alone: email addresses; US phone numbers written with separators or a +1 (and
  international numbers written with +); Social Security numbers and ITINs written ``###-##-####``
  or ``### ## ####``; payment card numbers of 13 to 19 digits that pass the Luhn check; Medicare
  numbers (MBI); alien registration numbers written ``A#`` and the digits;
- by its shape and a nearby word (within a few words before or after): phone numbers written as
  10 or 7 bare digits ("call", "phone", "cell"...), 9 bare digits ("SSN", "social security",
  "ITIN", "tax ID"), passport numbers ("passport"), driver's license numbers ("license"), alien
  registration numbers ("A-number", "USCIS"...), employer ID numbers ("EIN"), bank account and
  routing numbers ("account", "routing") and dates of birth ("born", "DOB", "date of birth").

Ordinary text stays as it is: years, amounts of money, ZIP codes, times, dates, short numbers,
and longer numbers with no telling word nearby (a case or order number). Digits of any script
(such as Arabic-Indic digits) are read like 0 to 9.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

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

CONTEXT_WINDOW = 40
"""How many characters before or after a number are searched for a word that tells what it is."""


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: where it is in the text and the marker that replaces it."""

    start: int
    end: int
    marker: str


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    marker: str
    context: re.Pattern[str] | None = None
    check: Callable[[str, str], bool] | None = None  # given the digits only and the matched text

    def accepts(self, text: str, match: re.Match[str]) -> bool:
        if self.check is not None and not self.check(re.sub(r"\D", "", match.group()), match.group()):
            return False
        if self.context is None:
            return True
        before = text[max(0, match.start() - CONTEXT_WINDOW) : match.start()]
        after = text[match.end() : match.end() + CONTEXT_WINDOW]
        return bool(self.context.search(before) or self.context.search(after))


def _luhn(digits: str, _raw: str) -> bool:
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_itin(digits: str, _raw: str) -> bool:
    group = int(digits[3:5])
    return digits[0] == "9" and (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or group >= 94)


def _phone_length(digits: str, _raw: str) -> bool:
    return 8 <= len(digits) <= 22


def _routing_or_account(digits: str, _raw: str) -> bool:
    return 6 <= len(digits) <= 17


def _has_four_digits(_digits: str, raw: str) -> bool:
    return sum(char.isdigit() for char in raw) >= 4


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(words) + r")(?![A-Za-z])", re.IGNORECASE)


# A number stands alone: no digit, letter or joining mark right before or after it.
_START = r"(?<![\w+\-./])"
_END = r"(?![\w\-]|[./]\d)"
_SEP = r"[ .\-]?"

_PHONE_WORDS = _words(
    r"phone",
    r"cell(?:phone)?",
    r"mobile",
    r"call(?:ed|ing)?",
    r"text(?:ed)?",
    r"tel",
    r"telephone",
    r"fax",
    r"reach",
    r"contact",
)
_SSN_WORDS = _words(r"ssn", r"ss#", r"ss\s*no\.?", r"social\s+security", r"soc\.?\s*sec\.?")
_TAX_WORDS = _words(r"itin", r"tin", r"ein", r"tax\s*id", r"taxpayer", r"employer\s+identification")
_DOB_WORDS = _words(r"dob", r"d\.o\.b\.?", r"born", r"birth\s*date", r"date\s+of\s+birth", r"birthday")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

_EMAIL_RULE = _Rule(
    re.compile(
        r"(?<![\w.%+\-])[\w.%+\-]+(?:@|\s*[\[(]\s*at\s*[\])]\s*)"
        r"(?:[\w\-]+(?:\.|\s*[\[(]\s*dot\s*[\])]\s*))+[A-Za-z]{2,}(?![\w\-])",
        re.IGNORECASE,
    ),
    EMAIL,
)

# Each rule after the email one needs a digit to match: _rules_for relies on it.
_RULES: tuple[_Rule, ...] = (
    _EMAIL_RULE,
    _Rule(  # Medicare Beneficiary Identifier: 11 characters with letters and digits in set places.
        re.compile(
            r"(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]"
            r"[AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])",
            re.IGNORECASE,
        ),
        MEDICARE,
    ),
    _Rule(
        re.compile(
            _START
            + r"(?:\d{4}([ \-])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{4}([ \-])\d{6}\2\d{4,5}|\d{13,19})"
            + _END
        ),
        CARD,
        check=_luhn,
    ),
    _Rule(re.compile(_START + r"9\d{2}([ \-])\d{2}\1\d{4}" + _END), ITIN, check=_is_itin),
    _Rule(re.compile(_START + r"\d{3}([ \-])\d{2}\1\d{4}" + _END), SSN),
    _Rule(re.compile(_START + r"9\d{8}" + _END), ITIN, context=_TAX_WORDS, check=_is_itin),
    _Rule(re.compile(_START + r"\d{9}" + _END), SSN, context=_SSN_WORDS),
    _Rule(re.compile(_START + r"\d{2}-?\d{7}" + _END), TAX_ID, context=_TAX_WORDS),
    _Rule(  # +1 and the US shape, or any international number written with + and a country code.
        re.compile(
            r"(?<![\w+])(?:\+1" + _SEP + r"\(?[2-9]\d{2}\)?" + _SEP + r"[2-9]\d{2}" + _SEP + r"\d{4}"
            r"|\+(?:[02-9]\d{0,2})(?:[ .\-]?\(?\d{1,4}\)?){2,5})"
            r"(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?" + _END,
            re.IGNORECASE,
        ),
        PHONE,
        check=_phone_length,
    ),
    _Rule(  # (202) 555-0123, 202-555-0123, 202.555.0123, 202 555 0123, 1-800-555-0199
        re.compile(
            r"(?<![\w+\-./])(?:1" + _SEP + r")?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}([ .\-]))"
            r"[2-9]\d{2}[ .\-]\d{4}(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?" + _END,
            re.IGNORECASE,
        ),
        PHONE,
    ),
    _Rule(re.compile(_START + r"1?[2-9]\d{2}[2-9]\d{6}" + _END), PHONE, context=_PHONE_WORDS),
    _Rule(re.compile(_START + r"[2-9]\d{2}[ .\-]\d{4}" + _END), PHONE, context=_PHONE_WORDS),
    _Rule(
        re.compile(r"(?<![\w\-])[A-Z]?\d{8,9}(?![\w\-])", re.IGNORECASE),
        PASSPORT,
        context=_words(r"passports?"),
    ),
    _Rule(re.compile(r"(?<![\w\-])A#\s?(?:\d{3}-?\d{3}-?\d{3}|\d{8})(?![\w\-])", re.IGNORECASE), A_NUMBER),
    _Rule(
        re.compile(r"(?<![\w\-])A-?(?:\d{3}-?\d{3}-?\d{3}|\d{8})(?![\w\-])", re.IGNORECASE),
        A_NUMBER,
        context=_words(
            r"a-?\s?(?:number|no\.?)", r"alien", r"uscis", r"immigration", r"green\s+card", r"registration"
        ),
    ),
    _Rule(
        re.compile(r"(?<![\w\-])(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{4,15}(?![\w\-])", re.IGNORECASE),
        DRIVERS_LICENSE,
        context=_words(r"driver'?s?\s+licen[sc]e", r"licen[sc]e\s+(?:number|no\.?|#)", r"dl\s*#?"),
        check=_has_four_digits,
    ),
    _Rule(
        re.compile(_START + r"\d[\d \-]{4,20}\d" + _END),
        BANK_ACCOUNT,
        context=_words(r"account", r"acct\.?", r"routing", r"aba", r"iban", r"bank"),
        check=_routing_or_account,
    ),
    _Rule(
        re.compile(
            r"(?<![\w/\-.])(?:\d{1,2}[/\-.]\d{1,2}[/\-.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
            r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
            r"|\d{1,2}\s+" + _MONTH + r",?\s+\d{4})(?![\w/\-])",
            re.IGNORECASE,
        ),
        DATE_OF_BIRTH,
        context=_DOB_WORDS,
    ),
)


class _AsciiDigits(dict[int, str]):
    """For ``str.translate``: every decimal digit of any script read as 0 to 9 (same length)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = unicodedata.decimal(char, None)
        result = str(value) if value is not None else char
        self[code] = result
        return result


_DIGITS = _AsciiDigits()


_DIGIT = re.compile(r"\d")
"""A decimal digit of any script: exactly the characters that ``_DIGITS`` reads as 0 to 9."""

_EMAIL_SIGN = re.compile(r"[@\[(]")
"""What an email address needs: ``@``, or the bracket of ``[at]`` or ``(at)``."""


def _rules_for(text: str) -> tuple[_Rule, ...]:
    """The rules that can match somewhere in ``text``, so that most comments are read only once.

    Every rule but the email one needs at least one digit, and the email rule needs ``@`` or a
    bracket, so text with neither cannot hold anything to remove.
    """
    if _DIGIT.search(text):
        return _RULES
    if _EMAIL_SIGN.search(text):
        return (_EMAIL_RULE,)
    return ()


def find(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, in order; earlier rules win where two overlap."""
    rules = _rules_for(text)
    if not rules:
        return []
    readable = text if text.isascii() else text.translate(_DIGITS)
    taken: list[Finding] = []
    for rule in rules:
        for match in rule.pattern.finditer(readable):
            start, end = match.span()
            if any(start < found.end and found.start < end for found in taken):
                continue
            if rule.accepts(readable, match):
                taken.append(Finding(start, end, rule.marker))
    return sorted(taken, key=lambda found: found.start)


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


def strip_query(url: str) -> str:
    """``url`` without its query string, fragment, and any user name or password."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        if parts.port is not None:
            netloc += f":{parts.port}"
    except ValueError:  # an unreadable address: cut at the first ? or # all the same
        return re.split(r"[?#]", url.strip(), maxsplit=1)[0]
    return urlunsplit((parts.scheme, netloc if parts.netloc else "", parts.path, "", ""))
