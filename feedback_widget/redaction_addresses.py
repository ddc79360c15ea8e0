"""Street addresses in readable text: "123 Main St", "4500 N. Elm Avenue Apt 5", "PO Box 1234".

A US street address is a house number, a street name of one to four words and a street word
(Street, Ave, Road...), then perhaps a unit, a city, a state and a ZIP code. A street word that is
also an ordinary noun (Court, Way, Place...) needs more: a capitalized street name that is not an
ordinary word, a direction, a unit or a state after it. After "my address is" or "I live at",
whatever follows a house number, up to the end of the clause, is taken for the address.

A ZIP code alone, a highway ("Highway 101") and a room number stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_widget.redaction_rules import ADDRESS, Hit
from feedback_widget.redaction_words import (
    NOT_NAMES,
    STATE_CODES,
    STATE_NAMES,
    STREET_SUFFIXES,
    WEAK_STREET_SUFFIXES,
)

_DIRECTION = r"(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\.?"
_SUFFIX = "|".join(sorted(STREET_SUFFIXES | WEAK_STREET_SUFFIXES, key=len, reverse=True))
_UNIT = (
    r"(?:,?\s*(?:#\s?|(?i:apt|apartment|unit|suite|ste|fl|floor|rm|room|bldg|building|lot|trlr|"
    r"trailer|dept|space|spc|no)\.?\s*#?\s*)"
    r"[A-Za-z0-9]{0,2}\d[A-Za-z0-9]{0,4}(?:-[A-Za-z0-9]{1,4})?(?!\w))"
)
_STATE = "|".join([*STATE_CODES, *STATE_NAMES])
_ZIP = r"\d{5}(?:-\d{4})?(?!\d)"
_PLACE = (
    rf"(?:,?\s+(?:[A-Z][a-z]+\.?\s){{0,2}}[A-Z][a-z]+,?\s+(?:{_STATE})(?![\w])(?:,?\s+{_ZIP})?"
    rf"|,?\s+(?:{_STATE})(?![\w])(?:,?\s+{_ZIP})?|,\s*{_ZIP})"
)

_STREET_WORD = r"(?:[A-Za-z][A-Za-z'\-]*\.?|\d{1,3}(?:st|nd|rd|th))"
"""A word of a street's name: "Elm", "O'Hara", "St.", "42nd"."""
_STREET = re.compile(
    r"(?=\d)(?<![\w\-.,/$#])(?P<number>\d{1,6}(?:-\d{1,5})?[A-Za-z]?(?: 1/2)?)\s+"
    rf"(?P<direction>{_DIRECTION}\s+)?"
    rf"(?P<name>{_STREET_WORD}(?:\s+{_STREET_WORD}){{0,3}}?)"
    rf"\s+(?P<suffix>(?i:{_SUFFIX}))(?![\w'])\.?"
    rf"(?P<after>(?:\s+{_DIRECTION}(?![\w]))?(?P<unit>{_UNIT})?(?P<place>{_PLACE})?)"
)
_HIGHWAY = re.compile(
    r"(?<![\w\-.,/$#])\d{1,6}[A-Za-z]?\s+(?:(?:State|County|US|U\.S\.|Farm\s+to\s+Market)\s+)?"
    rf"(?i:highway|hwy|route|rte|road|rd)\s+\d{{1,4}}[A-Za-z]?(?![\w])(?:{_UNIT})?(?:{_PLACE})?"
)
_BOX = re.compile(
    r"(?<![\w])(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|pob|(?:rr|r\.r\.|rural\s+route|hc|star\s+route)"
    r"\s*#?\s*\d{1,4},?\s+box)\s*#?\s*\d{1,7}(?![\w])"
    rf"(?:{_PLACE})?"
)
_AFTER_LEAD = re.compile(
    r"(?<![^\W\d_])(?i:my\s+(?:home\s+|mailing\s+|street\s+|physical\s+|current\s+|new\s+|old\s+)?"
    r"address(?:\s+is|\s+was|\s*:)|(?:i|we)\s+(?:live|lived|reside|resided|stay|am\s+staying)\s+at|"
    r"(?:home|mailing|street|residential)\s+address\s*:?)\s*"
    r"(?P<hit>\d{1,6}[A-Za-z]?\s+[A-Za-z0-9][^\n;!?]{2,80})"
)
_CLAUSE_END = re.compile(
    r"(?<!\b[NSEW])(?<!\bSt)(?<!\bAve)(?<!\bRd)(?<!\bDr)(?<!\bLn)(?<!\bApt)(?<!\bSte)(?<!\bBlvd)\.(?:\s|$)"
    r"|\s+(?:and|but|so|because|since|for|which|where|when|if|then|or)\s|,\s+(?:and|but|so|which|i|we)\s",
    re.IGNORECASE,
)


_YEAR_BEFORE = re.compile(r"(?<![^\W\d_])(?:in|since|by|from|until|during|of|year)\s+\Z", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:office|offices|location|locations|branch|branches|building|buildings|store|stores|station|"
    r"stations|clinic|clinics|site|sites|campus|entrance)(?![^\W\d_])",
    re.IGNORECASE,
)
_HIGHWAY_HINTS = ("highway", "hwy", "route", "rte", "road", "rd")
_BOX_HINTS = ("box", "pob")
_AFTER_LEAD_HINTS = ("address", "live", "resid", "stay")


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


def _is_street_word(word: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", word)) or word[0].isupper()


def _street_is_likely(match: re.Match[str]) -> bool:
    """Whether the words between the number and the street word read as a street's name."""
    words = match.group("name").split()
    lowered = [word.lower().rstrip(".") for word in words]
    if all(_is_street_word(word) for word in words):
        if match.group("suffix").lower() not in WEAK_STREET_SUFFIXES:
            return True
        if match.group("direction") or match.group("unit") or match.group("place"):
            return True
        return lowered[0] not in NOT_NAMES
    if any(word[0].isupper() for word in words):
        return False  # "2 hours on Main St": mixed case, not one name
    strong = match.group("suffix").lower() in STREET_SUFFIXES
    return strong and len(words) <= 2 and not any(word in NOT_NAMES for word in lowered)


def _reads_otherwise(text: str, match: re.Match[str]) -> bool:
    """Whether the number is a year ("in 2020 Main Street was closed") or the street names a place
    ("our 3 Park Avenue offices"), with no unit, city or state to say it is an address."""
    if match.group("unit") or match.group("place"):
        return False
    number = match.group("number")
    before = text[max(0, match.start() - 12) : match.start()]
    if number.isdigit() and 1900 <= int(number) <= 2099 and _YEAR_BEFORE.search(before):
        return True
    return bool(_PLACE_NOUN_AFTER.match(text, match.end()))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without trailing spaces, commas or a sentence's full stop."""
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return start, end


class StreetAddresses:
    """Finds street addresses, post office boxes and the address after "my address is"."""

    hints: tuple[str, ...] = ()

    def scan(self, text: str) -> Iterator[Hit]:
        """Every address in ``text``."""
        found: list[tuple[int, int]] = []
        lowered = text.lower()
        for match in _STREET.finditer(text):
            if _street_is_likely(match) and not _reads_otherwise(text, match):
                found.append(_trim(text, *match.span()))
        for pattern, hints in ((_HIGHWAY, _HIGHWAY_HINTS), (_BOX, _BOX_HINTS)):
            if any(hint in lowered for hint in hints):
                found += [_trim(text, *match.span()) for match in pattern.finditer(text)]
        if any(hint in lowered for hint in _AFTER_LEAD_HINTS):
            for match in _AFTER_LEAD.finditer(text):
                start, end = match.span("hit")
                stop = _CLAUSE_END.search(text, start, end)
                found.append(_trim(text, start, stop.start() if stop else end))
        for start, end in sorted(found, key=_longest_first):
            yield Hit(start, end, ADDRESS)
