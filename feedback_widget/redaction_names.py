"""People's names in readable text, found after the words that introduce them.

- After "my name is", "name:", "me llamo", "his name is", or a label such as "Applicant:" or
  "Contact person:": the next one to four words that are not ordinary words, in any case ("my
  name is jane doe" too).
- After "I am", "I'm", "this is", "it's me", "call me", "my husband", "my mother" and the
  like: capitalized words, and either two of them ("I am Jane Doe"), or a given
  name on :data:`~feedback_widget.redaction_words.FIRST_NAMES` ("this is Maria"), or one that ends
  the clause ("I'm Priya."); in lower case, a given name that is no everyday word ("i am juan
  perez", but not "i am frank"). "I am happy", "I am 65 years old", "this is Medicare's fault"
  and "I am Deaf" stay as written.
- After a title (Mr, Mrs, Ms, Dr, Officer...): the capitalized words that follow; the title stays.
- At the end of a comment, after a sign-off ("Thanks, Jane", "Sincerely, Jane Doe", "- Jane").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_widget.redaction_rules import NAME, Hit
from feedback_widget.redaction_words import (
    FIRST_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAMES,
    WORDLIKE_NAMES,
)

_TRIGGER_WORDS = (
    r"(?P<strong>(?:(?:full|first|last|legal|real|maiden|given|family|middle|sur|user)\s*)?"
    r"name(?:\s+is|\s+was|'s|\s*[:=])|i\s+am\s+called|me\s+llamo|mi\s+nombre\s+es"
    r"|(?:contact(?:\s+person)?|applicant|claimant|beneficiary|patient|recipient|caller|sender|signature|"
    r"attn|attention)\s*:)"
    r"|(?P<weak>i\s+am|i'm|im|this\s+is|it'?s\s+me|call\s+me"
    r"|my\s+(?:husband|wife|son|daughter|father|mother|dad|mom|brother|sister|grand(?:mother|father|son|daughter)"
    r"|child|partner|spouse|case\s*worker|caregiver|friend|neighbou?r|uncle|aunt|nephew|niece|cousin))"
)
_AFTER_TRIGGER = r")(?![^\W\d_])[ \t]*[:\-,]?[ \t]*"
_TRIGGER = re.compile(r"(?=[abcfgilmnprstu])(?<![^\W\d_])(?:" + _TRIGGER_WORDS + _AFTER_TRIGGER)
"""The words before a name, matched in lower-case text (the first letters let the search skip ahead)."""
_TRIGGER_ANY_CASE = re.compile(r"(?<![^\W\d_])(?:" + _TRIGGER_WORDS + _AFTER_TRIGGER, re.IGNORECASE)
"""The same, for the rare text whose lower-case form is not as long as it."""
_TITLE_TRIGGER = re.compile(
    r"(?=[DMPRS])(?<![^\W\d_])(?:(?P<title>Mr|Mrs|Ms|Mx|Dr|Miss|Rev|Prof|Sr|Sra|Srta)(?:\.|(?=\s))"
    + _AFTER_TRIGGER
)
_SIGN_OFF = re.compile(
    r"(?:^|[\n.!?,;:])\s{0,3}(?:sincerely|(?:(?:best|kind|warm)[ \t]{1,3})?regards|many[ \t]{1,3}thanks|"
    r"thanks|thank[ \t]{1,3}you|respectfully|cheers|best|god[ \t]{1,3}bless|love|signed)"
    r"(?:[ \t]{1,3}(?:again|so[ \t]{1,3}much|a[ \t]{1,3}lot))?"
    r"(?:[ \t]{0,3}[,\-\n][ \t\n]{0,3}|[ \t\n]{1,3})"
    r"(?=[^\n]{1,60}\Z)"
    r"|(?:^|\s)-{1,2}[ \t]{0,3}(?=[^\n]{1,60}\Z)",
    re.IGNORECASE,
)
_TRIGGER_HINTS = ("name", "am", "i'm", "im", "this", "it", "call", "llamo", "nombre", ":", "my")
"""Of which every trigger holds one, in lower case."""
_TITLE_HINTS = ("Mr", "Ms", "Mx", "Dr", "Miss", "Rev", "Prof", "Sr")
"""Of which every title holds one."""
_SIGN_OFF_REACH = 120
"""A sign-off and the name after it fit in the last this many characters."""
_SIGN_OFF_HINTS = (
    "sincerely",
    "regards",
    "thank",
    "respectfully",
    "cheers",
    "best",
    "bless",
    "love",
    "signed",
    "-",
)
_TITLE = re.compile(r"(?i:" + "|".join(sorted(HONORIFICS)) + r")\.?[ \t]+(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_BLANK = re.compile(r"[ \t]+")
_CLAUSE_ENDS = re.compile(
    r"[ \t]*(?:[,!;:)]|\.(?!\w)|\n|\Z|[ \t]+(?:from|here|and|calling|writing|again|at)(?![^\W\d_]))"
)
_ENDS_TEXT = re.compile(r"\s*[.!]*\s*\Z")
_NOT_A_GIVEN_NAME = re.compile(r"(?:ing|ed|ly|ous|ful|ive|able|ible|less|ness|ment|ish|ic|ist)\Z")


def _is_initial(word: str, text: str, end: int) -> bool:
    return len(word) == 1 and word.isupper() and text.startswith(".", end)


def _fits(word: str, *, mode: str, first: bool, capitalized: bool) -> bool:
    """Whether ``word`` can be part of a name after a trigger of ``mode``.

    After "my name is" or a title, and after a name's first word, a capitalized word is a name
    unless it is a function word ("Mrs. Washington", "I am Michael Brown"); a lower-case word, or
    the first after "I am", must not be an ordinary word ("I am Deaf").
    """
    lower = word.lower()
    upper_first = word[0].isupper()
    sure = upper_first and (mode in ("strong", "title") or not first)
    if lower in (FUNCTION_WORDS if sure else NOT_NAMES):
        return False
    if first and lower not in FIRST_NAMES and _NOT_A_GIVEN_NAME.search(lower) and len(lower) > 4:
        return False
    if mode == "strong":
        return upper_first or not capitalized
    if upper_first:
        return not (word.isupper() and len(word) > 1)
    if mode != "weak" or capitalized:
        return False
    # "i am juan perez": in lower case, a given name that is no everyday word, then more words
    return not first or (lower in FIRST_NAMES and lower not in WORDLIKE_NAMES)


def _words_after(text: str, position: int, mode: str) -> list[tuple[int, int, str]]:
    """The name's words from ``position``: (start, end, lower-case word), at most four."""
    words: list[tuple[int, int, str]] = []
    capitalized = False
    title = _TITLE.match(text, position)
    if title is not None:  # "my name is Rev. Samuel Ortiz": the title stays, the name goes
        position = title.end()
    while len(words) < 4:
        match = _WORD.match(text, position)
        if match is None:
            break
        word, (start, end) = match.group(), match.span()
        bare = word[:-2] if word.lower().endswith("'s") else word
        if _is_initial(bare, text, end):
            end += 1
        elif not (words and bare.lower() in NAME_PARTICLES) and not _fits(
            bare, mode=mode, first=not words, capitalized=capitalized
        ):
            break
        if not words:
            capitalized = bare[0].isupper()
        words.append((start, end, bare.lower()))
        blank = _BLANK.match(text, end)
        if blank is None:
            break
        position = blank.end()
    while words and (words[-1][2] in NAME_PARTICLES or words[-1][1] - words[-1][0] == 1):
        words.pop()  # a name ends with a name: not "de", nor a lone letter ("Form W-2")
    return words


def _is_name(text: str, words: list[tuple[int, int, str]], mode: str) -> bool:
    if not words:
        return False
    if mode in ("strong", "title") or len(words) >= 2:
        return True
    return words[0][2] in FIRST_NAMES or bool(_CLAUSE_ENDS.match(text, words[0][1]))


class Names:
    """Finds people's names after the words that introduce them."""

    hints: tuple[str, ...] = ()

    def scan(self, text: str) -> Iterator[Hit]:
        """Every name in ``text``: after a trigger or a title, in order, then after a sign-off."""
        lowered = text.lower()
        for match in _triggers(text, lowered):
            mode = match.lastgroup or "weak"
            words = _words_after(text, match.end(), mode)
            if _is_name(text, words, mode):
                yield Hit(words[0][0], words[-1][1], NAME)
        if not _holds_any(lowered, _SIGN_OFF_HINTS):
            return
        sign_off = _SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_REACH))
        if sign_off is not None:
            words = _words_after(text, sign_off.end(), "end")
            if words and _ENDS_TEXT.match(text, words[-1][1]):
                yield Hit(words[0][0], words[-1][1], NAME)


def _triggers(text: str, lowered: str) -> list[re.Match[str]]:
    """The words before a name, and the titles, in order (looked for only where they can be)."""
    found: list[re.Match[str]] = []
    if _holds_any(lowered, _TRIGGER_HINTS):
        if len(lowered) == len(text):
            found += _TRIGGER.finditer(lowered)
        else:
            found += _TRIGGER_ANY_CASE.finditer(text)
    if _holds_any(text, _TITLE_HINTS):
        found += _TITLE_TRIGGER.finditer(text)
        found.sort(key=lambda match: match.start())
    return found


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    for part in parts:  # noqa: SIM110 (a loop: twice as fast as any() over a generator here)
        if part in text:
            return True
    return False
