"""The rules that find personal data in readable text (:mod:`feedback_widget.redaction_normal`).

Each rule is a :class:`Rule`: it scans the text and yields :class:`Hit` spans with the marker that
replaces them. :data:`EMAIL_RULES` and :data:`DIGIT_RULES` are listed in priority order (where two
hits overlap, the earlier rule's wins); :mod:`feedback_widget.redaction` runs them, then the address
and name rules. A rule finds its kind on one of three kinds of evidence:

- the shape alone, when the shape is telling: an email address, an IP address, ``###-##-####``,
  a card number that passes the Luhn check, ``(202) 555-0143``, a Medicare number, a street
  address with a number, a name and a street word;
- a shape and a telling word just before it (a few words at most, with no digit and no reference
  noun such as "case" or "order" between) or just after it: "SSN 219099999", "call me on
  2025550143", "born on March 3, 1985", "passport X1234567";
- a telling phrase and the words after it: "my name is Jane Doe", "I live at 4500 Elm".

Street addresses are found by :mod:`feedback_widget.redaction_addresses`, names (with emails, the
only kinds found in text with no digit) by :mod:`feedback_widget.redaction_names`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from feedback_widget.redaction_words import ID_NOUNS

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


def _words(keywords: str) -> str:
    return rf"(?<![^\W\d_])(?:{keywords})(?![^\W\d_])"


def lead(keywords: str, gap: int = 3) -> re.Pattern[str]:
    """Telling words just before a candidate: ``keywords``, then up to ``gap`` words with no digit.

    Searched in the text before the candidate; the words between are the ``gap`` group.
    """
    return re.compile(
        _words(keywords) + rf"(?P<gap>(?:[^\w\n!?]+[^\W\d]+(?:'[^\W\d]+)?){{0,{gap}}})[^\w\n!?]*\Z",
        re.IGNORECASE,
    )


def trail(keywords: str, gap: int = 2) -> re.Pattern[str]:
    """Telling words just after a candidate, after up to ``gap`` words with no digit."""
    return re.compile(
        rf"[^\w\n!?]*(?:[^\W\d]+(?:'[^\W\d]+)?[^\w\n!?]+){{0,{gap}}}" + _words(keywords),
        re.IGNORECASE,
    )


_ID_NOUN = re.compile(r"(?<![^\W\d_])(?:" + "|".join(ID_NOUNS) + r")(?![^\W\d_])", re.IGNORECASE)
_ID_NOUN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(ID_NOUNS) + r")(?:\s*(?:number|num|no\.?|#|id))?"
    r"(?:\s+(?:is|was))?[\s:#.,\-]*\Z",
    re.IGNORECASE,
)
"""A reference noun right before a number: "case 2025550143", "order no. 987654321"."""
_GAP_BREAK = re.compile(
    _ID_NOUN.pattern + r"|(?<![^\W\d_])(?:and|but|or|so|then|because|since|until|after|before|when|while|if|"
    r"balance|amount|total|paid|owe|owed|fee|fees|charged|dollars)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words between the telling word and a number that part them: a reference noun, a conjunction
("born here and on 05/06/2024 I applied") or a word about money ("account balance went from")."""
_MONEY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:balance|amount|total|paid|pay|owe|owed|payment|fee|fees|charge|charged|dollars?|usd)"
    r"[\s:$]*\Z|\$\s*\Z",
    re.IGNORECASE,
)
"""Words right before an amount of money: "account balance 1500 2000" is no account number."""


@dataclass(frozen=True)
class PatternRule:
    """A regular expression, with telling words around it and a check of what it matched.

    When ``before`` or ``after`` is given, a match needs one of them (with no reference noun,
    conjunction or word about money in the words between); ``veto`` right before a match refuses
    it; ``check`` sees the match.
    """

    pattern: re.Pattern[str]
    marker: str
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    check: Callable[[re.Match[str]], bool] | None = None
    veto: re.Pattern[str] | None = None
    referable: bool = False
    """True when a reference noun right before ("case 202-555-0143") means it is not this kind."""
    hints: tuple[str, ...] = ()
    """Lower-case strings of which the text must hold one for a match to be accepted (or none):
    the telling words' cores, so that the rule is not run over text that cannot pass."""

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
        if self.veto is not None and self.veto.search(before):
            return False
        if self.referable and _ID_NOUN_BEFORE.search(before):
            return False
        if self.before is None and self.after is None:
            return True
        if self.before is not None:
            told = self.before.search(before)
            if told is not None and not _GAP_BREAK.search(told.group("gap")):
                return True
        if self.after is not None and self.after.match(text, end, min(len(text), end + LOOK_AROUND)):
            return not _ID_NOUN_BEFORE.search(before)
        return False


# --- checks ----------------------------------------------------------------------------------------


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


def _not_a_date(match: re.Match[str]) -> bool:
    return not _DATE_SHAPE.fullmatch(match.group())


def _is_license(match: re.Match[str]) -> bool:
    return sum(char.isdigit() for char in match.group()) >= 4 and _not_a_date(match)


def _account_digits(match: re.Match[str]) -> bool:
    return 6 <= len(digits_of(match.group())) <= 17 and _not_a_date(match)


def _is_iban(match: re.Match[str]) -> bool:
    value = re.sub(r"\s", "", match.group()).upper()
    if not 15 <= len(value) <= 34:
        return False
    moved = value[4:] + value[:4]
    return int("".join(str(int(char, 36)) for char in moved)) % 97 == 1


# --- shapes ----------------------------------------------------------------------------------------

_START = r"(?<![\w+\-./$])"
"""A number starts here: no digit, letter, sign or joining mark right before it."""
_END = r"(?![\w\-]|[./]\d)"
"""A number ends here: no digit, letter or dash right after it, nor a dot or slash and a digit."""
_GAP = r"(?: ?[.\-/] ?| )"
"""Between groups of digits: a space, or a dot, dash or slash with a space either side or not."""

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:\d{4}|'\d{2})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

# --- telling words ---------------------------------------------------------------------------------

_NUMBER_WORDS = r"(?:\s*(?:number|num|no\.?|#|id))?"
SSN_WORDS = r"ssn|ss#|ss\s*(?:no|number)|social(?:\s+security)?" + _NUMBER_WORDS + r"|soc\.?\s*sec\.?"
PHONE_WORDS = (
    r"phones?|telephone|tel|cell(?:phone)?|mobile|call(?:ed|ing)?|text(?:ed|ing)?|fax|reach(?:ed|able)?|"
    r"contact(?:ed)?|"
    r"whatsapp|landline|voicemail|(?:my|best|home|work|contact|callback|call\s+back)\s+(?:number|num|no|#)"
)
TAX_WORDS = r"itin|tin|f?ein|tax\s*(?:id|identification)|taxpayer\s+(?:id|identification)|employer\s+id\w*"
DOB_WORDS = r"d\.?o\.?b\.?|born|birth\s*(?:day|date)|date\s+of\s+birth|b-?day|fecha\s+de\s+nacimiento"
A_NUMBER_WORDS = (
    r"(?-i:A)[\- ]?(?:number|num|no\.?|#)|alien(?:\s+registration)?|uscis(?:\s+file)?|a-?file|"
    r"registration\s+number|green\s+card|immigration\s+(?:number|file)"
)
LICENSE_WORDS = (
    r"driver'?s?|driving|licen[cs]e|dl|d\.l\.|state\s+id|id\s+card|learner'?s?\s+permit|"
    r"permit\s+(?:number|no|#)"
)
PASSPORT_WORDS = r"passports?"
BANK_WORDS = r"account|acct\.?|a/c|routing|aba|bank|checking|savings|iban|swift"
MEDICARE_WORDS = r"medicare|hicn|mbi|beneficiary"

SSN_HINTS = ("ss", "soc")
PHONE_HINTS = (
    *("phone", "tel", "cell", "mobile", "call", "text", "fax", "reach", "contact", "whatsapp"),
    *("landline", "voicemail", "my", "best", "home", "work", "number", "line"),
)
TAX_HINTS = ("tin", "ein", "tax", "employer")
DOB_HINTS = ("dob", "d.o.b", "do.b", "d.ob", "born", "birth", "bday", "b-day", "nacimiento")
A_NUMBER_HINTS = ("num", "no", "#", "alien", "uscis", "file", "registration", "green", "immigration")
LICENSE_HINTS = ("driv", "licen", "dl", "d.l.", "id", "permit")
BANK_HINTS = ("account", "acct", "a/c", "routing", "aba", "bank", "checking", "savings", "iban", "swift")
MEDICARE_HINTS = ("medicare", "hicn", "mbi", "beneficiary")
LAST_FOUR_HINTS = ("end", "last")


def _last_four(kind: str) -> str:
    """The words before the last four digits of a number of ``kind``: "SSN ending in", "last 4 of my card"."""
    return (
        rf"(?:{kind})(?:\s+(?:number|no|num|#))?\s+(?:ending|ends|that\s+ends)(?:\s+(?:in|with))?"
        rf"|last\s+(?:4|four)\s+(?:digits\s+)?(?:of\s+)?(?:my\s+|the\s+|your\s+)?(?:{kind})"
    )


_VERSION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:version|ver|v|build|release|update|firmware|ios|android|windows|chrome|firefox|"
    r"safari|edge|browser|app|os|macos|section|sec|chapter|part|step|item|rule|clause|paragraph|para|"
    r"figure|fig|table|appendix|§)[\s.:]*\Z",
    re.IGNORECASE,
)


def _email_rules() -> tuple[PatternRule, PatternRule]:
    written = re.compile(
        r"(?<![\w.%+\-])[\w.%+\-]+(?:@|\s*[\[(]\s*at\s*[\])]\s*)"
        r"(?:[\w\-]+(?:\.|\s*[\[(]\s*dot\s*[\])]\s*))+[A-Za-z]{2,}(?![\w\-])",
        re.IGNORECASE,
    )
    spelled = re.compile(
        r"(?<![\w.+\-])[\w+\-]+(?:\.[\w+\-]+){0,3}(?:\s+dot\s+[\w+\-]+){0,3}\s+at\s+[\w\-]+"
        r"(?:\s+dot\s+[\w\-]+){0,2}\s+dot\s+(?:com|org|net|gov|edu|mil|us|io|co|info|biz|me|uk|ca|mx)"
        r"(?![\w])",
        re.IGNORECASE,
    )
    return (
        PatternRule(written, EMAIL, hints=("@", "[", "(")),
        PatternRule(spelled, EMAIL, hints=("dot",)),
    )


EMAIL_RULES = _email_rules()

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"

DIGIT_RULES: tuple[PatternRule, ...] = (
    PatternRule(  # IPv4, with a port or not; not a version number
        re.compile(rf"(?<![\w.\-]){_OCTET}(?:\.{_OCTET}){{3}}(?::\d{{1,5}})?(?![\w\-]|\.\w)"),
        IP_ADDRESS,
        veto=_VERSION_BEFORE,
        hints=(".",),
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
            r"(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[\- ]?[AC-HJKMNP-RT-Y]"
            r"[AC-HJKMNP-RT-Y0-9]\d[\- ]?[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])",
            re.IGNORECASE,
        ),
        MEDICARE,
        referable=True,
    ),
    PatternRule(  # the older Medicare number: an SSN and a letter
        re.compile(r"(?<![\w\-])\d{3}[ \-]?\d{2}[ \-]?\d{4}[ \-]?[A-Z]\d?(?![\w\-])", re.IGNORECASE),
        MEDICARE,
        before=lead(MEDICARE_WORDS),
        hints=MEDICARE_HINTS,
    ),
    PatternRule(  # cards: groups of digits with one kind of separator, or 13 to 19 digits in a row
        re.compile(
            _START + r"(?:\d{4,8}(?P<sep> ?[.\-/] ?| )\d{3,8}(?:(?P=sep)\d{1,8}){0,3}|\d{13,19})" + _END
        ),
        CARD,
        check=_is_card,
        referable=True,
    ),
    PatternRule(
        re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])"),
        BANK_ACCOUNT,
        check=_is_iban,
    ),
    PatternRule(
        re.compile(_START + rf"9\d{{2}}{_GAP}\d{{2}}{_GAP}\d{{4}}" + _END),
        ITIN,
        check=_is_itin,
        referable=True,
    ),
    PatternRule(
        re.compile(_START + r"\d{3} {0,2}[.\-] {0,2}\d{2} {0,2}[.\-] {0,2}\d{4}" + _END), SSN, referable=True
    ),
    PatternRule(re.compile(_START + r"\d{3} {1,2}\d{2} {1,2}\d{4}" + _END), SSN, referable=True),
    PatternRule(  # A-numbers written as such
        re.compile(
            r"(?<![\w\-])(?:A ?- ?\d{3}-\d{3}-\d{3}|A ?# ?(?:\d{3}[\- ]?\d{3}[\- ]?\d{3}|\d{8}))(?![\w\-])"
        ),
        A_NUMBER,
    ),
    PatternRule(
        re.compile(r"(?<![\w\-])A-?\d{8,9}(?![\w\-])"),
        A_NUMBER,
        referable=True,
        veto=lead(PASSPORT_WORDS + "|" + LICENSE_WORDS),
    ),
    PatternRule(  # any 9 digits near the words for an ITIN or SSN
        re.compile(_START + r"9\d{2}(?:[ .\-/]?\d){6}" + _END),
        ITIN,
        before=lead(TAX_WORDS),
        check=_is_itin,
        hints=TAX_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d(?:(?: {0,2}[.\-/] {0,2}| {1,2})?\d){8}" + _END),
        SSN,
        before=lead(SSN_WORDS),
        after=trail(r"(?:my\s+)?(?:" + SSN_WORDS + ")"),
        hints=SSN_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d{2} ?- ?\d{7}" + _END), TAX_ID, before=lead(TAX_WORDS), hints=TAX_HINTS
    ),
    PatternRule(re.compile(_START + r"\d{9}" + _END), TAX_ID, before=lead(TAX_WORDS), hints=TAX_HINTS),
    PatternRule(  # +1 and the US shape, or any international number written with + and a country code
        re.compile(
            r"(?<![\w+])(?:\+1" + _GAP + r"?\(?\d{3}\)?" + _GAP + r"?\d{3}" + _GAP + r"?\d{4}"
            r"|\+(?:[02-9]\d{0,2})(?:[ .\-]?\(?\d{1,4}\)?){2,5})"
            r"(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?" + _END,
            re.IGNORECASE,
        ),
        PHONE,
        check=_digit_count(8, 22),
        hints=("+",),
    ),
    PatternRule(  # (202) 555-0143, 202-555-0143, 202.555.0143, 202/555-0143, 1-800-555-0199
        re.compile(
            r"(?<![\w+\-./$])(?:1" + _GAP + r")?(?:\(\d{3}\) ?|\d{3}" + _GAP + ")"
            r"\d{3} ?[.\-/] ?\d{4}(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?" + _END,
            re.IGNORECASE,
        ),
        PHONE,
        referable=True,
    ),
    PatternRule(  # 202 555 0143
        re.compile(r"(?<![\w+\-./$])(?:1 )?[2-9]\d{2} \d{3} \d{4}" + _END),
        PHONE,
        referable=True,
    ),
    PatternRule(  # any 10 digits (or 1 and 10) near the words for a phone
        re.compile(r"(?<![\w+\-./$])\(?\d(?:[ .\-/()]{0,2}\d){9,10}" + _END),
        PHONE,
        before=lead(PHONE_WORDS),
        after=trail(
            r"(?:my\s+|our\s+|the\s+)?(?:best\s+|home\s+|work\s+|cell\s+|mobile\s+|direct\s+)?"
            r"(?:phone|cell|mobile|number|landline|telephone|line)"
        ),
        check=_is_us_phone,
        hints=PHONE_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d{3}[ .\-]?\d{4}" + _END), PHONE, before=lead(PHONE_WORDS), hints=PHONE_HINTS
    ),
    PatternRule(
        re.compile(r"(?<![\w\-])[A-Z]{0,2}\d(?:[ \-]?\d){5,8}(?![\w\-])", re.IGNORECASE),
        PASSPORT,
        before=lead(PASSPORT_WORDS),
        hints=("passport",),
        check=_not_a_date,
    ),
    PatternRule(
        re.compile(
            r"(?<![\w\-])(?:(?-i:A)\s?[\-#]?\s?)?\d(?:[\- ]?\d){7,8}(?![\w\-])",
            re.IGNORECASE,
        ),
        A_NUMBER,
        before=lead(A_NUMBER_WORDS),
        hints=A_NUMBER_HINTS,
        check=_not_a_date,
    ),
    PatternRule(
        re.compile(
            r"(?<![\w\-])(?=[A-Z0-9\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])| (?=\d{3})){4,18}(?![\w\-])",
            re.IGNORECASE,
        ),
        DRIVERS_LICENSE,
        before=lead(LICENSE_WORDS, gap=4),
        hints=LICENSE_HINTS,
        check=_is_license,
    ),
    PatternRule(
        re.compile(_START + r"\d[\d \-]{4,20}\d" + _END),
        BANK_ACCOUNT,
        before=lead(BANK_WORDS),
        veto=_MONEY_BEFORE,
        hints=BANK_HINTS,
        check=_account_digits,
    ),
    PatternRule(  # the last four digits
        re.compile(_START + r"\d{4}" + _END),
        SSN,
        before=lead(_last_four(SSN_WORDS), gap=2),
        hints=LAST_FOUR_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d{4}" + _END),
        CARD,
        before=lead(_last_four(r"(?:credit\s+|debit\s+)?card|visa|mastercard|amex|discover"), gap=2),
        hints=LAST_FOUR_HINTS,
    ),
    PatternRule(
        re.compile(_START + r"\d{4}" + _END),
        BANK_ACCOUNT,
        before=lead(_last_four(r"(?:bank\s+|checking\s+|savings\s+)?(?:account|acct)"), gap=2),
        hints=LAST_FOUR_HINTS,
    ),
    PatternRule(  # dates, near the words for a birth date
        re.compile(
            r"(?<![\w/\-.])(?:\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?(?:\d{4}|\d{2})"  # 03/04/1985, 3-4-85
            r"|\d{4} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{1,2}|\d{1,2} \d{1,2} \d{4}"  # 1985-03-04, 03 04 1985
            rf"|{_MONTH}[ \-/.]?{_DAY}(?:,? ?{_YEAR})?"  # March 3, 1985; Mar 3
            rf"|{_DAY}[ \-/.](?:of )?{_MONTH}(?:[ \-/.,]{{1,2}}{_YEAR})?"  # 3 March 1985, 3-Mar-85
            rf"|{_MONTH},? (?:of )?\d{{4}}|\d{{1,2}}/\d{{1,2}}"  # March 1985, 3/4
            r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2}"  # 03041985
            r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w/\-]|\.\d)",  # 19850304
            re.IGNORECASE,
        ),
        DATE_OF_BIRTH,
        before=lead(DOB_WORDS),
        after=trail(r"(?:my\s+)?(?:dob|birthday|birth\s*date|date\s+of\s+birth)"),
        hints=DOB_HINTS,
    ),
)
"""The rules that need a digit, in priority order."""
