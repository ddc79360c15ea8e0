"""The plain-language checker: what we ship reads at grade 8 or below, in short sentences.

Each text is checked by the rules of its language:

- **English:** sentences of more than 20 words; a passage (three sentences or more) above grade 8
  by the Flesch-Kincaid formula (a label or a single sentence is judged by its words instead);
  words and phrases with a plainer one to use (``utilize``: "use"), from plainlanguage.gov's list;
  "click here", "please note", "login" as a verb, shouting in capitals ("NOT", "READ THIS"; not
  abbreviations such as ZIP or FOIA), and Latin abbreviations (``e.g.``, ``i.e.``, ``etc.``).
- **Spanish:** sentences of more than 25 words, and a passage below 70 on the Fernández-Huerta scale
  (below "fairly easy"; 206.84 less 60 times the syllables a word, less 1.02 times the words a sentence).
- **Other languages:** sentences of more than 25 words (Vietnamese: 40; Chinese: 60 characters).

Syllables come from hyphenation data (``pyphen``, the ``plain`` extra): nothing is fetched at run
time. Text we must not change (the federal banner's wording) is listed, with the reason, in an
allow-list (``plain_language_allow.toml`` beside this module).

    frontdoor plain-language check [PATHS...]    # catalogs and flows; default: every catalog we ship
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

HERE = Path(__file__).resolve().parent
ALLOW_LIST = HERE / "plain_language_allow.toml"
MAX_WORDS = {"en": 20, "vi": 40}
"""The longest sentence, in words, per language: 25 for the others, whose words run longer, and 40 for
Vietnamese, whose words are single syllables written apart."""
OTHER_MAX_WORDS = 25
CHINESE_MAX_CHARACTERS = 60
MAX_GRADE = 8.0
MIN_FERNANDEZ_HUERTA = 70.0
PASSAGE_SENTENCES = 3

SIMPLER: dict[str, str] = {
    "accompany": "go with",
    "accomplish": "do",
    "accorded": "given",
    "accordingly": "so",
    "accrue": "add",
    "additional": "more, extra",
    "adjacent to": "next to",
    "advantageous": "helpful",
    "aggregate": "total",
    "anticipate": "expect",
    "apparent": "clear",
    "approximately": "about",
    "ascertain": "find out",
    "assist": "help",
    "assistance": "help",
    "at this time": "now",
    "attain": "meet",
    "commence": "start",
    "comply with": "follow",
    "component": "part",
    "comprise": "make up, include",
    "concerning": "about",
    "consequently": "so",
    "constitutes": "is, makes up",
    "demonstrate": "show",
    "disseminate": "send, give",
    "due to the fact that": "because",
    "effect modifications": "make changes",
    "elect": "choose",
    "eliminate": "cut, drop, end",
    "employ": "use",
    "encounter": "meet",
    "endeavor": "try",
    "ensure": "make sure",
    "equivalent": "equal",
    "evidenced": "showed",
    "expedite": "hurry, speed up",
    "facilitate": "ease, help",
    "failed to": "did not",
    "forfeit": "give up, lose",
    "forward": "send",
    "furnish": "give",
    "henceforth": "from now on",
    "herein": "here",
    "however": "but",
    "identical": "same",
    "impacted": "affected, changed",
    "in accordance with": "by, under",
    "in an effort to": "to",
    "in order to": "to",
    "in the event of": "if",
    "inception": "start",
    "indicate": "show, say",
    "initial": "first",
    "initiate": "start",
    "in lieu of": "instead",
    "locate": "find",
    "methodology": "method",
    "modify": "change",
    "monitor": "check, watch",
    "necessitate": "cause, need",
    "notify": "let know, tell",
    "numerous": "many",
    "objective": "aim, goal",
    "obligate": "bind, compel",
    "obtain": "get",
    "optimum": "best, most",
    "parameters": "limits",
    "participate": "take part",
    "pertaining to": "about, of, on",
    "portion": "part",
    "possess": "have, own",
    "preclude": "prevent",
    "previously": "before",
    "prior to": "before",
    "prioritize": "rank, focus on",
    "proficiency": "skill",
    "promulgate": "issue, publish",
    "purchase": "buy",
    "reflect": "say, show",
    "regarding": "about, of, on",
    "relocate": "move",
    "remainder": "rest",
    "remuneration": "pay, payment",
    "render": "give, make",
    "represents": "is",
    "requirement": "need, rule",
    "reside": "live",
    "retain": "keep",
    "solicit": "ask for, request",
    "state-of-the-art": "latest",
    "subsequent": "later, next",
    "subsequently": "after, later, then",
    "substantial": "large, much",
    "sufficient": "enough",
    "terminate": "end, stop",
    "transmit": "send",
    "utilization": "use",
    "utilize": "use",
    "viable": "practical, workable",
    "with reference to": "about",
    "with the exception of": "except for",
}
"""Words and phrases with a plainer one to use, from plainlanguage.gov's "Use simple words and phrases"."""

LATIN = ("e.g.", "i.e.", "etc.", "et al.", "viz.", "vs.", "n.b.", "per se", "ad hoc", "via")
ABBREVIATIONS = frozenset(
    (
        *("ZIP", "FOIA", "SSN", "ITIN", "EIN", "OIG", "USA", "US", "URL", "PDF", "JPG", "PNG", "HEIC", "MB"),
        *("KB", "OK", "ID", "IRS", "FEMA", "VA", "HUD", "SSA", "WCAG", "ARIA", "HTML", "CSS", "JSON", "API"),
        *("CSRF", "CSP", "HTTP", "HTTPS", "PIN", "FAQ", "DC", "WIC", "SNAP", "TANF", "PO", "AM", "PM", "RTL"),
        *("UTC", "USPS", "USCIS", "DMV", "NFKC", "FEAR", "NVDA", "JAWS", "CSV", "GSA", "OMB", "CX", "SVG"),
    )
)
"""Abbreviations that may come together ("VA HUD") without shouting."""

_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])|\n+")
"""Where a sentence ends: at a full stop, ! or ? and a space, a Chinese full stop, ! or ?, or a line break."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
_CAPITAL_RUN = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b")
SHOUTED = frozenset(
    (
        *("NOT", "NO", "NEVER", "ALWAYS", "MUST", "DO", "DON'T", "ONLY", "ALL", "NOW", "IMPORTANT"),
        *("WARNING", "NOTE", "PLEASE", "STOP", "ATTENTION", "URGENT"),
    )
)
"""Words written in capitals to shout. Other words in capitals are read as abbreviations (SSI, ISO),
unless two or more come together ("READ THIS")."""
_CLICK_HERE = re.compile(r"\bclick here\b", re.IGNORECASE)
_PLEASE_NOTE = re.compile(r"\bplease note\b", re.IGNORECASE)
_LOGIN_VERB = re.compile(
    r"\b(?:to|please|can|cannot|can't|must|then|and)\s+login\b|\blogin\s+(?:to|with|using)\b", re.I
)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Problem:
    """One rule broken by one text: where it is, the text, the rule and what to do."""

    where: str
    text: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}: {self.message}: {self.text!r}"


def _plain(text: str) -> str:
    """The text as read: markup and placeholders out (a placeholder reads as one word)."""
    return _PLACEHOLDER.sub("X", _TAG.sub(" ", text)).strip()


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (a line break ends one too)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if _WORD.search(part)]


def words(text: str) -> list[str]:
    """The words of ``text`` (a number counts as one)."""
    return _WORD.findall(text)


@cache
def _hyphenator(language: str) -> Any:
    try:
        import pyphen  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - the plain extra is installed with the tests
        raise ImportError("the plain-language checker needs pyphen: pip install 'frontdoor[plain]'") from None
    return pyphen.Pyphen(lang="en_US" if language == "en" else language)


def syllables(word: str, language: str = "en") -> int:
    """How many syllables ``word`` has, from hyphenation data (a number counts as one)."""
    if not word[0].isalpha():
        return 1
    return len(_hyphenator(language).positions(word.lower())) + 1


def flesch_kincaid_grade(text: str) -> float:
    """The US school grade needed to read English ``text`` (Flesch-Kincaid)."""
    found, listed = sentences(text), words(text)
    if not found or not listed:
        return 0.0
    total = sum(syllables(word) for word in listed)
    return 0.39 * len(listed) / len(found) + 11.8 * total / len(listed) - 15.59


def fernandez_huerta(text: str) -> float:
    """How easy Spanish ``text`` is, from 0 (very hard) to 100 (very easy): Fernández-Huerta."""
    found, listed = sentences(text), words(text)
    if not found or not listed:
        return 100.0
    per_word = sum(syllables(word, "es") for word in listed) / len(listed)
    return 206.84 - 60 * per_word - 1.02 * len(listed) / len(found)


def check_text(text: str, language: str, where: str = "") -> list[Problem]:
    """Every rule ``text`` (in ``language``) breaks."""
    plain = _plain(text)
    found: list[Problem] = []
    limit = MAX_WORDS.get(language, OTHER_MAX_WORDS)
    for sentence in sentences(plain):
        if language.startswith("zh"):
            if len(_CHINESE.findall(sentence)) > CHINESE_MAX_CHARACTERS:
                found.append(
                    Problem(where, text, "long-sentence", f"more than {CHINESE_MAX_CHARACTERS} characters")
                )
        elif len(words(sentence)) > limit:
            found.append(
                Problem(where, text, "long-sentence", f"{len(words(sentence))} words, more than {limit}")
            )
    passage = len(sentences(plain)) >= PASSAGE_SENTENCES
    if language == "en":
        if passage and (grade := flesch_kincaid_grade(plain)) > MAX_GRADE:
            found.append(Problem(where, text, "grade", f"grade {grade:.1f}, above {MAX_GRADE:.0f}"))
        found += _english_words(plain, text, where)
    elif language == "es" and passage and (ease := fernandez_huerta(plain)) < MIN_FERNANDEZ_HUERTA:
        found.append(
            Problem(where, text, "grade", f"Fernández-Huerta {ease:.0f}, below {MIN_FERNANDEZ_HUERTA:.0f}")
        )
    return found


def _english_words(plain: str, text: str, where: str) -> Iterator[Problem]:
    lowered = f" {plain.lower()} "
    for phrase, simpler in SIMPLER.items():
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", lowered):
            yield Problem(where, text, "simpler-word", f'"{phrase}": use "{simpler}"')
    if _CLICK_HERE.search(plain):
        yield Problem(where, text, "click-here", "name where the link goes instead")
    if _PLEASE_NOTE.search(plain):
        yield Problem(where, text, "please-note", "say the thing itself")
    if _LOGIN_VERB.search(plain):
        yield Problem(where, text, "login-verb", 'use "sign in" as the verb')
    shouted = [word for word in _CAPITALS.findall(plain) if word in SHOUTED]
    shouted += [
        run.group() for run in _CAPITAL_RUN.finditer(plain) if not set(run.group().split()) <= ABBREVIATIONS
    ]
    if shouted:
        yield Problem(where, text, "capitals", f"words in capitals: {', '.join(shouted)}")
    for latin in LATIN:
        if re.search(rf"(?<![\w.]){re.escape(latin)}(?!\w)", lowered):
            yield Problem(
                where, text, "latin", f'"{latin}": use plain words ("for example", "that is", "and so on")'
            )


@cache
def allowed() -> dict[tuple[str, str], str]:
    """The allow-list: (text, rule) to the reason the text may break the rule."""
    data = tomllib.loads(ALLOW_LIST.read_text(encoding="utf-8")) if ALLOW_LIST.exists() else {}
    return {(entry["text"], entry["rule"]): entry["reason"] for entry in data.get("allow", [])}


def check_catalog(path: Path, language: str | None = None) -> list[Problem]:
    """Every problem in a catalog: the English ``messages.pot`` (its msgids), or a language's ``.po``
    (its translations, by that language's rules)."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    language = language or (str(catalog.locale) if catalog.locale else "en")
    language = language.replace("-", "_")
    found: list[Problem] = []
    for message in catalog:
        if not message.id:
            continue
        texts: Iterable[str]
        if language == "en":
            texts = [message.id] if isinstance(message.id, str) else list(message.id)
        else:
            texts = [message.string] if isinstance(message.string, str) else list(message.string or ())
        where = f"{message.locations[0][0]}:{message.locations[0][1]}" if message.locations else str(path)
        for text in texts:
            if text:
                found += check_text(
                    text, "zh" if language.startswith("zh") else language.split("_")[0], where
                )
    return [problem for problem in found if (problem.text, problem.rule) not in allowed()]


def check_paths(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in the catalogs at ``paths``: ``.pot`` (English) and ``.po`` (their language)."""
    found: list[Problem] = []
    for path in paths:
        language = "en" if path.suffix == ".pot" else path.parent.parent.name
        found += check_catalog(path, language)
    return found


def shipped_catalogs() -> list[Path]:
    """Every catalog we ship: the English template and each language's ``messages.po``."""
    locales = HERE / "locales"
    return [locales / "messages.pot", *sorted(locales.glob("*/LC_MESSAGES/messages.po"))]


def check_texts(texts: Iterable[str], where: str, language: str = "en") -> list[Problem]:
    """Every problem in ``texts`` (in ``language``), less what the allow-list allows."""
    found = [problem for text in texts for problem in check_text(text, language, where)]
    return [problem for problem in found if (problem.text, problem.rule) not in allowed()]
