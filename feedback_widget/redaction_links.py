"""Personal data in links pasted into free text, told by the link's own words.

- **Query parameters** say what their values are: ``?email=...``, ``&ssn=...``, ``?token=...``. The
  value of a parameter whose name tells of personal data or of a secret is replaced, whatever it
  looks like: ``https://example.gov/status?uid=jsmith44&case=123`` keeps ``case=123`` and loses
  ``jsmith44``. Names are read in lower case, with ``-`` or ``_`` between words or none
  (``first_name``, ``firstName``, ``first-name``). Whatever its name, a parameter whose value is a
  person's name goes (``?ref=john.r.smyth``), and so does an id made of letters and digits on a
  person's page (``/mypage?id=parkjisoo92``). A user name taken from a parameter goes wherever it
  is again in the same link (``?file=taxreturn_2023_ebrooks.pdf&user=ebrooks``). A given name joined
  to a family name among the words of a file's name goes (``?doc=w2_JanaNovak.pdf``); and in a query
  that holds a person's name, so do its long numbers (``?surname=Okafor&ref=72290461``).
- **Path segments** after a segment that names a person's page or account (``/users/``, ``/u/``,
  ``/profile/``, ``/usuario/``, ``/compte/``, ``/kont/``, ``/cabinet/``) are a user name when they look like
  one (also ``/ho-so/``, Vietnamese, and ``/mypage/``): words joined by dots or underscores, or letters and
  digits (``/users/john.smith/``, ``/u/dwayne.m.harris``). After ``/ssn/``, ``/dob/``, ``/email/`` or
  ``/phone/``, the next segment goes whatever it is; after ``/residence/``, ``/address/`` or ``/property/``, a
  segment that starts with a house number (``/residence/1427-maplewood-dr``). After a person's page, an
  initial joined to a family name (``/members/tkowalczyk``) and a long number (``/profile/id/884120937``,
  ``/member?id=55019283``) are a user's too; after ``/session/``, ``/token/`` or ``/reset/``, an id with
  digits, and a token right after it, are secrets (``/session/e7c4d2a9-3b1f-...``, ``/reset/<user>/5f1c9a``),
  and so is a key further on (``/reset/pw/u/<user>/k/9b07e2c4``).
- **Any path segment** that is a given name joined to a family name by dots, dashes or underscores,
  perhaps with a middle initial between (``/confirm/Darius-Washington``,
  ``/cal/robert.fitzgerald/events``, ``/c/ingrid.k.halvorsen``) goes, unless the words after
  make it a thing's (``/martin-luther-king-day``) or the given name is also an everyday word in a
  slug (``/grace-period``) or the words are a Vietnamese slug's (``/huong-dan``, a guide); so do a
  user's directory or handle (``/~tnguyen/``, ``/@dvolkov/``, ``/tnakamura_31``) and a short link's id
  that mixes capitals, small letters and digits (``/v/3Fq9TzL1wK``).

Percent escapes are read decoded (:func:`~feedback_widget.redaction_normal.readable_unescaped`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from feedback_widget.redaction_rules import (
    ADDRESS,
    BANK_ACCOUNT,
    DATE_OF_BIRTH,
    EMAIL,
    NAME,
    PASSPORT,
    PHONE,
    SSN,
    TAX_ID,
    Hit,
)
from feedback_widget.redaction_words import (
    FAMOUS_NAMES,
    FIRST_NAMES,
    FUNCTION_WORDS,
    NOT_AFTER_NAMES,
    NOT_NAMES,
    WORDLIKE_NAMES,
)
from feedback_widget.redaction_words_world import VIETNAMESE_FAMILY_NAMES, VIETNAMESE_SLUG_WORDS

SECRET = "[secret removed]"
"""The marker of a sign-in token, session id, password or one-time code taken from a link."""

_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), marker)
    for pattern, marker in (
        (r"e|e_?mail\w*|mail|correo\w*|courriel|email\w*", EMAIL),
        (r"(?:tele)?phone\w*|ph|tel|mobile|cell\w*|tel[eé]fono|telefone|celular|whatsapp", PHONE),
        (r"ssn?|social\w*|ss_?no|itin|tin|ein|tax_?id|seguro\w*|nss", SSN),
        (
            r"dob|birth\w*|date_?of_?birth|fecha_?nac\w*|nacimiento|nasc\w*|naissance|ngay_?sinh",
            DATE_OF_BIRTH,
        ),
        (
            r"(?:first|last|full|given|family|middle|sur|user|display|nick)?_?name|[flm]_?n(?:ame)?|first|last|given|"
            r"family|middle|nombre|apellidos?|nome|sobrenome|nom|prenom|pr[eé]nom|ten|ho_?ten|pangalan|apelyido|"
            r"imya|familiya|xingming|"
            r"user(?:_?id)?|uid|login|member_?id|applicant|claimant|beneficiary|patient|recipient|member|"
            r"mom|dad|mother|father|parent|child|baby|spouse|guardian|payer|payee|(?:account_?|card_?)?holder|"
            r"signer|owner",
            NAME,
        ),
        (r"address\w*|street|addr\d?|direcci[oó]n|endereco|adresse", ADDRESS),
        (r"account\w*|acct|routing|iban|card_?(?:number|no|num)?|cc|cuenta|conta|compte", BANK_ACCOUNT),
        (r"pp|passport\w*|pasaporte", PASSPORT),
        (
            r"(?:access_?|id_?|refresh_?)?token|auth\w*|session\w*|sess|sid|jsessionid|phpsessid|api_?key|"
            r"secret|password|passwd|pwd|pass|code|otp|pin|ticket|nonce|sig(?:nature)?",
            SECRET,
        ),
    )
)
_PARAMETER = re.compile(r"[?&;](?P<key>[A-Za-z][\w.\-\[\]]{0,40})=(?P<value>[^&#;\s\"'<>)\]]+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _marker(key: str) -> str | None:
    """The marker for the value of parameter ``key``, or ``None`` when its name tells of nothing personal."""
    folded = _CAMEL.sub("_", key).lower().replace("-", "_").strip("[]")
    for pattern, marker in _KINDS:
        if pattern.fullmatch(folded):
            return marker
    return None


class QueryParameters:
    """Values of link parameters whose names tell of personal data or secrets."""

    hints: tuple[str, ...] = ("=",)

    def scan(self, text: str) -> Iterator[Hit]:
        """Every such value in ``text``, in order; and a user name among them again in the same link."""
        user_names: dict[str, int] = {}
        query: list[re.Match[str]] = []
        for match in _PARAMETER.finditer(text):
            if query and match.start() != query[-1].end():
                yield from _query_hits(text, query, user_names)
                query = []
            query.append(match)
        yield from _query_hits(text, query, user_names)
        for value, start in user_names.items():
            yield from _in_same_link(text, value, start)


def _query_hits(text: str, query: list[re.Match[str]], user_names: dict[str, int]) -> Iterator[Hit]:
    """The personal values among the parameters of one query, in order; its user names are added to
    ``user_names``. When the query holds a person's name, its long numbers are that person's too:
    "?lastname=Okafor&ref=72290461", "?file=w2_JanaNovak_601223344.pdf"."""
    hits: list[Hit] = []
    numbers: list[tuple[int, int]] = []  # the query's long numbers not taken otherwise
    has_person = False
    for match in query:
        value = match["value"]
        marker = _marker(match["key"])
        if marker is None and (
            _is_person_id(text, match) or _is_name_segment(value) or _NUMBERED_HANDLE.fullmatch(value)
        ):
            marker = NAME
        if marker is not None:
            hits.append(Hit(*match.span("value"), marker))
            has_person = has_person or (marker == NAME and _PERSON_NAME.fullmatch(value) is not None)
            if marker == NAME and _USER_NAME_AGAIN.fullmatch(value):
                user_names.setdefault(value, match.start("value"))
            continue
        if _LONG_NUMBER.fullmatch(value):
            numbers.append(match.span("value"))
        elif _FILE_NAME.search(value):
            named = _named_in_file(value)
            if named is not None:
                hits.append(Hit(match.start("value") + named[0], match.start("value") + named[1], NAME))
                has_person = True
            numbers += _numbers_in(text, *match.span("value"))
    if has_person:
        hits += [Hit(start, end, _number_marker(text[start:end])) for start, end in numbers]
    yield from sorted(hits, key=lambda hit: hit.start)


_PERSON_NAME = re.compile(r"[^\W\d_]{2,}(?:[+. '\-][^\W\d_]+)*")
"""A parameter's value that is a name, not a number or a code: "Okafor", "Jana+Novak"."""
_LONG_NUMBER = re.compile(r"(?=(?:\D*\d){6})\d+(?:-\d+)*")
"""A number of six digits or more, perhaps grouped by dashes: a person's number beside their name."""
_NUMBER_WORD = re.compile(r"(?<![^\W_])\d{6,}(?![^\W_])")
"""A number of six digits or more that is a word of a file's name: "w2_601223344.pdf"."""
_FILE_NAME = re.compile(r"\.(?i:pdf|docx?|xlsx?|csv|txt|rtf|odt|jpe?g|png|gif|heic|tiff?|zip)\Z")
"""A file's name, ended by the extension of a document or a picture: "scan_2023.pdf"."""
_NAME_WORD = re.compile(r"(?<![^\W_])([A-Z][a-z]+)[_\-]?([A-Z][a-z]+)(?![^\W_])")
"""A given and a family name joined in a file's name: "JanaNovak", "Jana_Novak"."""


def _named_in_file(name: str) -> tuple[int, int] | None:
    """Where a person's name is among the words of a file's name, or ``None``: "w2_JanaNovak_2023.pdf",
    not "MarkUp_guide.pdf" or "GeorgeWashington_bio.pdf"."""
    for match in _NAME_WORD.finditer(name):
        given, family = match[1].lower(), match[2].lower()
        if (
            given in FIRST_NAMES
            and given not in WORDLIKE_NAMES
            and family not in NOT_NAMES
            and family not in NOT_AFTER_NAMES
            and f"{given} {family}" not in FAMOUS_NAMES
        ):
            return match.span()
    return None


def _numbers_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the long numbers among the words of ``text[start:end]`` are."""
    return [match.span() for match in _NUMBER_WORD.finditer(text, start, end)]


def _number_marker(number: str) -> str:
    """The marker of a person's number in a link: an SSN's if it has nine digits, else a user's."""
    return SSN if sum(character.isdigit() for character in number) == 9 else NAME


def _in_same_link(text: str, value: str, start: int) -> Iterator[Hit]:
    """``value``, a user name in a link's parameter at ``start``, again in the same link, a word of a
    segment or of a file's name: "download?file=taxreturn_2023_ebrooks.pdf&user=ebrooks"."""
    again = re.compile(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])")
    for match in again.finditer(text, max(0, start - _LINK_REACH), start + len(value) + _LINK_REACH):
        low, high = min(match.start(), start), max(match.end(), start + len(value))
        if match.start() != start and not _SPACE.search(text, low, high):
            yield Hit(*match.span(), NAME)


_USER_NAME_AGAIN = re.compile(r"[A-Za-z][A-Za-z0-9._\-]{3,}")
"""A user name worth looking for again in its link: four characters or more, starting with a letter."""
_LINK_REACH = 300
"""How far, at most, a user name is looked for again on either side of the parameter that holds it."""
_SPACE = re.compile(r"\s")


def _is_person_id(text: str, match: re.Match[str]) -> bool:
    """Whether a parameter is the number or user name of a person's page: "/member?id=55019283",
    "/mypage?id=parkjisoo92"."""
    value = match["value"]
    return (
        match["key"].lower() in ("id", "no", "num", "number")
        and (
            (value.isdigit() and len(value) >= 5)
            or _LETTERS_AND_DIGITS.fullmatch(value) is not None
            or (_DOTTED_USER.fullmatch(value) is not None and _PAGE_FILE.search(value) is None)
        )
        and _PERSON_PAGE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
    )


_LETTERS_AND_DIGITS = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z][a-z0-9]{3,}", re.IGNORECASE)
"""A user name of letters then digits mixed: "parkjisoo92", "jsmith44"."""
_DOTTED_USER = re.compile(r"[^\W\d_]+(?:[._][^\W\d_]+){1,2}\d*")
"""A user name of words joined by dots or underscores, perhaps numbered: "choi.minseo88"."""


_PERSON_PAGES = (
    r"users?|u|people|person|profiles?|members?|accounts?|usuarios?|perfil|clientes?|clients?|customers?|"
    r"solicitantes?|beneficiarios?|beneficiar(?:y|ies)|pacientes?|patients?|applicants?|claimants?|students?|"
    r"estudiantes?|residents?|tenants?|veterans?|employees?|dependents?|contacts?|"
    r"cuentas?|contas?|comptes?|kont|profils?|utilisateurs?|membres?|miembros?|usu[aá]rios?|"
    r"cabinet|kabinet|lk|tai-?khoan|ho-?so|my-?page"
)
"""A person's page or account, also in the widget's other languages: "/cuenta/", "/compte/", "/kont/"
(Haitian Creole), "/cabinet/" and "/lk/" (Russian "личный кабинет"), "/tai-khoan/" and "/ho-so/"
(Vietnamese "tài khoản", "hồ sơ"), "/mypage/" (as Korean and Japanese sites call a user's page)."""
_PERSON_PAGE_BEFORE = re.compile(rf"/(?i:{_PERSON_PAGES})(?:\.[a-z]{{2,4}})?/?\Z")
"""A person's page right before a link's parameters: "/member?", "/profile.php?"."""
_PATH = re.compile(
    rf"(?<=/)(?:(?P<person>(?i:{_PERSON_PAGES}))(?:/(?i:ids?|view|show))?"
    r"|(?P<told>(?i:ssn|social|dob|birthdate|email|phone|tel|ein|itin|tin))"
    r"|(?P<secret>(?i:sessions?|tokens?|reset|verify|magic|invite|invitations?|activate))"
    r"|(?P<place>(?i:residences?|address(?:es)?|homes?|propert(?:y|ies)|locations?|direcci[oó]n)))"
    r"(?=/(?P<value>[^/\s?#;\"'<>)\]]+))"  # a look-ahead: the value may name the next page
)
_USER_NAME = re.compile(
    r"(?=[^/]*[._])[^\W\d_]+(?:[._\-][^\W_]+)+|(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{3,}"
    r"|[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)+|[^\W\d_]+(?:-[^\W\d_]+)+-\d+"
)
"""A segment that looks like a user name: "john.smith", "robert_t_lee", "jsmith44", "Rocio-Alvarado",
"jo-ann-ruiz-1962"."""
_STREET_SEGMENT = re.compile(r"\d{1,6}[-_+ ][^\W\d_]+(?:[-_+ ][\w]+)*")
"""A segment that reads as a street address: "1427-maplewood-dr-dayton-oh"."""
_TOKEN = re.compile(r"(?=\D*\d)(?=[\W\d_]*[^\W\d_])[\w\-]{6,}")
"""A session id or one-time token after a word that tells of one: six or more letters, digits and
dashes, with a digit and a letter."""
_MIXED_TOKEN = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9]{8,}")
"""A short link's or a session's id in any link: eight or more letters and digits mixing capitals, small
letters and digits ("/v/3Fq9TzL1wK"). Case and receipt numbers have no small letters."""
_PAGE_FILE = re.compile(r"\.(?i:php|html?|aspx?|jsp|cfm|do|pdf|json|xml)\Z")
"""A page's file name, which names no user: "/members/profile.php"."""
_NEXT_SEGMENT = re.compile(r"/([^/\s?#;\"'<>)\]]+)")
_USER_NUMBER = re.compile(r"(?=(?:\D*\d){6})\d+(?:-\d+)*")
"""A person's page numbered by a long number (a phone number, an account): "/users/5125550161"."""
_TOLD_MARKERS = {
    **{"ssn": SSN, "social": SSN, "dob": DATE_OF_BIRTH, "birthdate": DATE_OF_BIRTH},
    **{"ein": TAX_ID, "itin": TAX_ID, "tin": TAX_ID},
}


_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){1,3}")


def _is_hyphened_name(segment: str) -> bool:
    """Whether a path segment is a person's name in lower case: "raymond-castellano", "ana-belen-quiroga"."""
    words = segment.lower().split("-")
    return (
        bool(_HYPHENED.fullmatch(segment))
        and words[0] in FIRST_NAMES
        and not any(word in NOT_AFTER_NAMES for word in words[1:])  # "/people/frances-perkins-building"
        and not _is_vietnamese_slug(segment, words)
    )


def _is_vietnamese_slug(segment: str, words: list[str]) -> bool:
    """Whether a lower-case segment is words of a Vietnamese slug ("huong-dan-nop-don", "thanh-toan"), not
    a given name and a family name ("thanh-nguyen") nor a name in Vietnamese order ("nguyen-van-an")."""
    return (
        segment.islower()
        and "-" in segment
        and words[1] not in VIETNAMESE_FAMILY_NAMES
        and all(word in VIETNAMESE_SLUG_WORDS for word in words)
    )


_LINK_PATH = re.compile(
    r"(?<![\w@.\-])(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?::\d+)?(?P<path>/[^\s?#\"'<>)\]]*)"
)
"""A link's path, after its host: "example.org/dashboard/ezekiel.brandt/claims"."""
_SEGMENT = re.compile(r"[^/;]+")
_NAME_PARTS = re.compile(r"[.\-_]")
_HANDLE_PATTERN = (
    r"(?i:(?![aeiouy])[a-z]"
    r"(?![aeiouyhr]|(?<=[bcfgklpvz])l|(?<=[sw])[a-z]|(?<=t)[sw]|(?<=k)[nw]|(?<=g)n|(?<=d)w|(?<=p)[sn])"
    r"[a-z]{4,})"
)
_HANDLE = re.compile(_HANDLE_PATTERN)
"""A user name made of an initial and a family name: "jdelosreyes", "dkowalczyk", "mlindqvist". No English
word starts with two such consonants (words start "bl", "ch", "dr", "kn", "ps", "sk", "tw"...)."""
_NUMBERED_HANDLE = re.compile(_HANDLE_PATTERN + r"_\d{1,4}")
"""An initial and a family name numbered after an underscore, a user name in any link: "tnakamura_31"."""


def _is_name_segment(segment: str) -> bool:
    """Whether a path segment is a person's name: "ezekiel.brandt", "Darius-Washington",
    "nguyen-thi-lan", "jean-pierre.lafleur-2", not "grace-period" or "martin-luther-king-day"."""
    words = _NAME_PARTS.split(segment.lower())
    if len(words) >= 3 and len(words[1]) == 1 and words[1].isalpha():
        words.pop(1)  # a middle initial: "john.r.smyth"
    if not 2 <= len(words) <= 6 or words[0] not in FIRST_NAMES:
        return False
    if words[0] in WORDLIKE_NAMES and "-" in segment:  # "grace-period", "mark-your-calendar"
        return False
    if _is_vietnamese_slug(segment, words):
        return False
    family = words[1]
    if len(family) < 3 or not family.isalpha() or family in FUNCTION_WORDS or family in NOT_AFTER_NAMES:
        return False
    if family in NOT_NAMES and "-" in segment and segment.islower():  # "austin-texas"; "Darius-Washington"
        return False
    if f"{words[0]} {family}" in FAMOUS_NAMES:
        return False
    return not any(word in NOT_AFTER_NAMES for word in words[2:])  # "john-lewis-fellowship"


def _secrets_after(text: str, match: re.Match[str]) -> Iterator[Hit]:
    """The secrets in a link after a word that tells of one: an id right after it and perhaps a token
    after that ("/reset/<user>/<token>"), and a key further on ("/reset/password/u/<user>/k/<key>")."""
    position = match.start("value") - 1
    for index in range(_SECRET_REACH):
        after = _NEXT_SEGMENT.match(text, position)
        if after is None:
            return
        start, end = after.span(1)
        if _TOKEN.fullmatch(text, start, end) if index < 2 else _KEY.fullmatch(text, start, end):
            yield Hit(start, end, SECRET)
        position = end


_SECRET_REACH = 6
"""How many segments after a word that tells of a secret are read for one."""
_KEY = re.compile(r"(?i:(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{6,})|" + _MIXED_TOKEN.pattern)
"""A key further on in a secret's link: hexadecimal digits mixing letters and digits ("9b07e2c4"), or a
token mixing capitals, small letters and digits. A word or a form's number is neither."""


def path_findings(segments: list[str]) -> Iterator[tuple[int, int, str]]:
    """What the segments of a path (decoded, matrix parameters dropped) hold, told by the page before
    or by their own look: (index of the segment, where in it the finding starts, marker); each finding
    runs to the segment's end."""
    joined = "/".join(segments)
    starts = [0]
    for segment in segments:
        starts.append(starts[-1] + len(segment) + 1)
    for hit in LinkPaths().told(joined):
        index = bisect.bisect_right(starts, hit.start) - 1
        yield index, hit.start - starts[index], hit.marker
    for index, segment in enumerate(segments):
        finding = segment_finding(segment)
        if finding is not None:
            yield index, *finding


def segment_finding(segment: str) -> tuple[int, str] | None:
    """What a path segment is by its own look, and where that starts in it (it runs to the segment's
    end): a user's directory or handle ("~tnguyen", "@dvolkov", "tnakamura_31"), a person's name
    ("ezekiel.brandt"), also in a file's name ("w2_JanaNovak.pdf"), a short link's id ("3Fq9TzL1wK");
    or ``None``."""
    if segment[:1] in ("~", "@") and len(segment) > 1:
        return 1, NAME
    if _is_name_segment(segment) or _NUMBERED_HANDLE.fullmatch(segment):
        return 0, NAME
    if _FILE_NAME.search(segment):
        named = _named_in_file(segment)
        if named is not None:  # the rest of the file's name goes too, and a number in it
            return named[0], NAME
    if _MIXED_TOKEN.fullmatch(segment):
        return 0, SECRET
    return None


class LinkPaths:
    """User names and told values in the path segments of links."""

    hints: tuple[str, ...] = ("/",)

    def scan(self, text: str) -> Iterator[Hit]:
        """Every such segment in ``text``, in order."""
        yield from self.told(text)
        for link in _LINK_PATH.finditer(text):
            for segment in _SEGMENT.finditer(text, link.start("path"), link.end("path")):
                finding = segment_finding(segment.group())
                if finding is not None:
                    yield Hit(segment.start() + finding[0], segment.end(), finding[1])

    def told(self, text: str) -> Iterator[Hit]:
        """The segments that the page before tells of ("/users/jsmith44", "/ssn/536221847")."""
        for match in _PATH.finditer(text):
            value = match["value"]
            if match["person"]:
                if _PAGE_FILE.search(value):  # "/members/profile.php": a page, no user
                    continue
                if (
                    _USER_NAME.fullmatch(value)
                    or _USER_NUMBER.fullmatch(value)
                    or _is_hyphened_name(value)
                    or _HANDLE.fullmatch(value)
                ):
                    yield Hit(*match.span("value"), NAME)
                continue
            if match["secret"]:
                yield from _secrets_after(text, match)
                continue
            if match["place"]:
                if _STREET_SEGMENT.fullmatch(value):
                    yield Hit(*match.span("value"), ADDRESS)
                continue
            told = match["told"].lower()
            marker = _TOLD_MARKERS.get(told, EMAIL if told == "email" else PHONE)
            yield Hit(*match.span("value"), marker)
