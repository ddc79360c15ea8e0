"""People's names in readable text, found after the words that introduce them.

- After "my name is", "name:", "me llamo", "his name is", "changed my name to", "correct spouse name
  to", or a label such as "Applicant:", "Contact person:", "Name (as on passport):" or "ATTN Mr.": the
  next one to four words that are not ordinary words, in any case ("my name is jane doe" too), and
  given names after a comma when the family name comes first ("Applicant: YAZZIE, LORETTA J."); one or
  two capitalized words
  ending a clause after "first name" or "surname" in a list of a name's parts, with no "is" nor colon
  ("surname De la Cruz, first name Marisol"). After "Submitted by:" or
  "signed by the caretaker:", two such words that are no everyday words, or a given name on the list.
- After "I am", "I'm", "this is", "it's me", "call me", "my husband", "my mother" and the
  like: capitalized words, and either two of them ("I am Jane Doe"), or a given
  name on :data:`~feedback_widget.redaction_words.FIRST_NAMES` ("this is Maria"), or one that ends
  the clause ("I'm Priya."); in lower case, a given name that is no everyday word ("i am juan
  perez", but not "i am frank"). "I am happy", "I am 65 years old", "this is Medicare's fault"
  and "I am Deaf" stay as written. After "my wife", "my late husband" and the like, a name in capitals
  of two to four words starting with a given name on the list (three when the given name is also an
  everyday word): "my late husband WALTER J. OYELARAN", not "my daughter GRACE PERIOD".
- After a title (Mr, Mrs, Ms, Dr, Sra., Mme...): the capitalized words that follow; the title stays.
- At the end of a comment, after a sign-off ("Thanks, Jane", "Sincerely, Jane Doe", "- Jane",
  "Atentamente, Rosa Vargas"), also two joined by "&", with a nickname in quotes inside, and with a
  note in parentheses after ("signed wei zhang (student)") or after a dash when the name has two words
  ("signed, Tobias Wendt -- 3rd Infantry"); in a comment all in lower case, two or three words after a
  sign-off word that are no everyday words ("cheers, teddy vanterpool", not "thanks, take care").
- "from Fatima al-Zahrani:" opening a comment or a line, with a given name on the list or a particle
  ("bin", "al-"); a name before "here" opening a sentence, particles inside ("Ahmad bin Abdullah
  here."); after "my name ...:", two to four capitalized words ending the clause, with a given name, a
  particle, an apostrophe or an accent among them ("my name has invalid characters: Zoë Müller").
- "Surname, Given" after "under" ("the account is under Fitzgerald, Cormac"); a name set off by commas
  after "on behalf of my mom", or after "my father's service records" with a given name on the list
  or letters English lacks; the name before "that's me" in its sentence ("Corwin Ashby called back
  (that's me)"). In a comment about names, a capitalized word before a family name of two capitalized
  parts joined by a hyphen ("the hyphen breaks: Wren Ashdown-Kirby").
- After "thanks to", "assisted by", "worked with", "my lawyer", "my caseworker" and the like: a given
  name on the list, with its family name ("big thanks to Destiny Washington", not "thanks to Google Maps").
- Anywhere: a given name on the list (also with accents the list lacks, "Zoë", "Siobhán", and in
  quotes, "'Jose Hernandez'") or a name such as "D'Angelo", and a capitalized family name (or one after
  an Arabic particle: "al-Zahrani"), unless an article, an office or a place word comes before ("the
  Dawn Redwood tree", "San Marcos Outlets") or they are a public figure's ("Eleanor Roosevelt", "Walter
  Reed's visitor page"), with a nickname in quotes ('Theodore "Teddy" Marsh') or particles, the first
  capitalized ("Marco Di Stefano", "Lucas Van der Meer"), between; in capitals inside a comment in lower
  case ("the card says JOHNATHAN PEREZ-GILBERT"); two spellings of one name, one corrected to the other
  ("it's Siobhan McAllister, not Siobhan McAlister", or only in accents: "it's Siobhán Ní Bhriain, not
  Siobhan Ni Bhriain"); a family name that is a small word only in another language is still one
  ("Kevin Ng"); and once a name is found, its given name again with the word after it, and its family
  name again or cut short ("only 'Papadopoulos-Fe' shows"), alone when it has particles ("Di Stefano"),
  the same name written another way in parentheses right after it ("王美玲（Meiling Wang）", "Zhou
  Meilan（周美兰）"), and a copy of it in any case, whole or cut short after its second word ("MOHAMMED
  ABDULRAHMAN AL").

In the widget's other languages: after "me llamo", "mi nombre es", "mi apellido es", "je m'appelle",
"meu nome é", "mwen rele", "ako si", "tôi tên là", "меня зовут", "اسمي" and the like, capitalized words,
or in lower case (or in a script with no capitals) words that start with a given name ("me llamo jose luis");
after "soy", "je suis", "eu sou", "mwen se", "tôi là", "я" and "mi esposo", a given name or two
capitalized words that are not ordinary words ("soy Ana", but not "soy veterano" nor "soy de
Texas"). In Chinese, after "我叫", "名字：", a form's label ("申请人：") or "我是", two or three characters
starting with a common family name; in Korean, after "제 이름은" or "성함:", a name starting with a family
name, without the "입니다" after it. In both, a name right before the same name in Latin letters in
parentheses, their family names alike ("黄嘉欣（Huang Jiaxin）", "김도윤 (Kim Do-yoon)"); and once a
name is found, the same name romanized anywhere, its family name beside a word that is no ordinary
word ("我叫王建华 ... 印的是 Jianhua Wong"). A Russian or Ukrainian name found is found again in Latin
letters as a passport spells it, in either order ("Меня зовут Дмитрий Соколов ... Sokolov Dmitrii").
"""

# Words and characters of other scripts are written here on purpose.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher

from feedback_widget.redaction_rules import NAME, Hit, holds_any
from feedback_widget.redaction_words import (
    CLOSING_WORDS,
    ENGLISH_WORDLIKE_NAMES,
    FAMOUS_NAMES,
    FIRST_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTION_WORDS,
    NAME_PARTICLES,
    NOT_AFTER_NAMES,
    NOT_NAMES,
    NUMBER_WORDS,
    PUBLIC_OFFICES,
    STREET_SUFFIXES,
    THING_NOUNS,
    WORDLIKE_NAMES,
)
from feedback_widget.redaction_words_world import CHINESE_SURNAMES, KOREAN_SURNAMES, ROMANIZED_SURNAMES
from feedback_widget.redaction_words_world import FUNCTION_WORDS as WORLD_FUNCTION_WORDS

_RELATIVE = (
    r"(?:spouse|wife|husband|son|daughter|child|mother|father|mom|dad|mum|parent|brother|sister|partner"
    r"|grand(?:mother|father|son|daughter)|grandma|grandpa)"
)
_TOLD = (
    r"(?:changed?|correct(?:ed)?|updated?|fix(?:ed)?)\s+"  # "please correct spouse name to", "change my ..."
    rf"(?:(?:my|his|her|our|their)\s+(?:{_RELATIVE}(?:'s)?\s+)?|{_RELATIVE}(?:'s)?\s+)"
    r"(?:(?:full|legal|first|last|family|maiden|middle)\s+)?name\s+to|"
    r"(?:the|my|his|her|our)\s+(?:(?:full|legal|first|last)\s+)?name\s+(?:was\s+|has\s+been\s+|got\s+)?changed\s+to|"
    r"(?:the|my|his|her|our)\s+(?:(?:full|legal|first|last)\s+)?name(?!\s+(?:is|was|on)(?![^\W\d_])|'s|\s*[:=])|"
    r"on\s+behalf\s+of|under\s+the\s+name(?:\s+of)?|c/o|"  # en: "the name Jane Doe is misspelled"
    r"me\s+llamo|mi\s+nombre(?:\s+completo|\s+legal)?(?:\s+es|\s*:)|nombre(?:\s+completo)?\s*:|"
    r"(?:solicitante|firma|firmado)\s*:|de\s+parte\s+de|a\s+nombre\s+de|"  # es
    r"(?:mi\s+)?apellidos?(?:\s+es|\s*:)|"
    r"je\s+m'appelle|moi\s+c'est|mon\s+nom(?:\s+complet)?(?:\s+est|\s*:)|(?:nom|pr[ée]nom)\s*:|"  # fr
    r"(?:eu\s+)?me\s+chamo|chamo-me|meu\s+nome(?:\s+completo)?(?:\s+[ée]|\s*:)|"  # pt
    r"nome(?:\s+completo)?\s*:|"
    r"(?:mwen|m)\s+rele|non\s+(?:mwen|m)(?:\s+se|\s*:)|"  # ht
    r"ako\s+(?:po\s+)?(?:ay\s+)?si|(?:ang\s+)?pangalan\s+ko(?:\s+ay|\s*:)?|pangalan\s*:|"  # tl
    r"t[ôo]i\s+t[êe]n(?:\s+l[àa])?|t[êe]n\s+(?:c[ủu]a\s+)?t[ôo]i(?:\s+l[àa])?|(?:h[ọo]\s+(?:v[àa]\s+)?)?t[êe]n\s*:|"
    r"меня\s+зовут|мо[её]\s+имя|моя\s+фамилия|(?:имя|фамилия|ф\.?\s?и\.?\s?о\.?)\s*:|"  # ru
    r"اسمي(?:\s+هو)?|الاسم\s*:"  # ar
)
"""Words before a name that need it capitalized, or starting with a given name: "the name", and "my
name is" and name labels in the widget's other languages."""
_SAID = (
    r"(?:yo\s+)?soy|mi\s+(?:esposo|esposa|marido|mujer|hijo|hija|madre|mam[áa]|padre|pap[áa]|hermano|hermana|"
    r"abuel[oa]|t[íi][oa]|suegr[oa]|niet[oa]|prim[oa]|novi[oa]|pareja|vecin[oa]|amig[oa])(?:\s+(?:se\s+llama|es))?|"
    r"je\s+suis|c'est|(?:mon|ma)\s+(?:mari|femme|[ée]poux|[ée]pouse|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s[œo]eur|"
    r"oncle|tante|voisin|voisine|ami|amie)(?:\s+(?:s'appelle|est))?|"
    r"(?:eu\s+)?sou|(?:meu|minha)\s+(?:marido|esposa|esposo|mulher|filh[oa]|m[ãa]e|pai|irm[ãa]o|irm[ãa]|av[óô]|"
    r"ti[oa]|vizinh[oa]|amig[oa])(?:\s+(?:se\s+chama|chama|[ée]))?|"
    r"(?:mwen|m)\s+se|(?:mari|madanm|pitit|manman|papa|fr[èe]|s[èe]|grann|tonton|matant|zanmi)\s+(?:mwen|m)"
    r"(?:\s+(?:rele|se))?|"
    r"(?:asawa|anak|nanay|tatay|kapatid|lola|lolo|tito|tita|kaibigan)\s+ko(?:\s+(?:ay\s+si|ay|si))?|"
    r"t[ôo]i\s+l[àa]|[đd][âa]y\s+l[àa]|(?:ch[ồo]ng|v[ợo]|con|m[ẹe]|b[ốo]|cha)\s+(?:c[ủu]a\s+)?t[ôo]i"
    r"(?:\s+(?:l[àa]|t[êe]n\s+l[àa]))?|"
    r"я|это|мо(?:й|я)\s+(?:муж|жена|сын|дочь|мать|мама|отец|папа|брат|сестра|бабушка|дедушка)|"
    r"(?:за|для)\s+(?:сво|мо)(?:ю|его)\s+(?:мужа|жену|сына|дочь|мать|маму|отца|папу|брата|сестру|бабушку"
    r"|дедушку|свекровь|свёкра|свекра|тёщу|тещу|тестя)|"  # ru: "Пишу за свою бабушку, Валентину ..."
    r"نيابة\s+عن\s+(?:والدي|والدتي|أبي|ابي|أمي|امي|زوجي|زوجتي|جدي|جدتي|ابني|ابنتي|أخي|اخي|أختي|اختي)|"  # ar
    r"(?m:^)[ \t]*from\s*:|(?:submitted|sent|written|reported|filled\s+out|completed|prepared|signed)\s+by"
    r"|(?:spoke|talked|spoken|talk|speak)\s+(?:to|with)|helped\s+by|caregiver\s+for|owner|(?:addressed|made\s+out|issued|mailed|sent)\s+to|named|called"
    r"|(?:client|customer|member|resident|tenant|veteran|employee|spouse|guardian|student|caregiver|"
    r"representative|household\s+member|account\s+holder|policy\s*holder|insured)\s*:"
)
"""The words for "I am" and "my husband" in the widget's other languages: a name after them needs
more evidence than after "my name is"."""
_TRIGGER_WORDS = (
    r"(?P<strong>(?:(?:full|first|last|legal|real|maiden|given|family|middle|sur|user)\s*)?"
    r"name(?:\s+is|\s+was|'s|\s*[:=]|(?:\s+as(?:\s+(?:it\s+)?(?:appears|is\s+written|written|shown|printed))?)?"
    r"\s+on\s+(?:(?:the|my)\s+)?[a-z]+(?:\s+is|\s*:)|\s*\([^()\n]{1,40}\)\s*:)|i\s+am\s+called|my\s+names"
    r"|(?:contact(?:\s+person)?|applicant|claimant|beneficiary|patient|recipient|caller|sender|signature|"
    r"attn|attention)\s*:|attn\.?(?=\s+(?:mr|mrs|ms|mx|miss|dr)\.?\s))"
    r"|(?P<weak>i\s+am|i'm|im|this\s+is|it'?s\s+me|call\s+me|i\s+go\s+by|i(?=,)"
    r"|(?:hi|hello|hey)[ \t]*,?[ \t]+(?:it'?s|its)"
    r"|my\s+(?:(?:late|deceased|ex|former)[ \t-]+)?"
    r"(?:husband|wife|son|daughter|father|mother|dad|mom|brother|sister|grand(?:mother|father|son|daughter)"
    r"|child|partner|spouse|case\s*worker|caregiver|friend|neighbou?r|uncle|aunt|nephew|niece|cousin"
    r"|client|patient|tenant|landlord|roommate|girlfriend|boyfriend|fianc[ée]e?|grandma|grandpa|sibling"
    r"|step[ \t-]?(?:son|daughter|mother|father|mom|dad))"
    r"(?:\s+(?:is|was))?)"
    r"|(?P<label>(?:submitted|sent|written|reported|filled\s+out|completed|prepared|signed|filed)\s+by"
    r"(?:\s+(?:the|my|a|an|his|her|their|our)\s+[a-z]+)?\s*:)"
    rf"|(?P<told>{_TOLD})|(?P<said>{_SAID})"
    r"|(?P<credited>(?:thanks|thank\s+you|shout[\s-]*out|kudos|grateful)\s+to|(?:assisted|served)\s+by"
    r"|(?:worked|met)\s+with|my\s+(?:social\s+)?(?:case\s*)?(?:worker|manager)|my\s+(?:counselou?r|advisor|adviser"
    r"|attorney|lawyer|doctor|nurse|therapist|aide|interpreter|translator|boss|supervisor|co-?worker|teacher"
    r"|pastor|agent|officer|navigator))"
)
_AFTER_TRIGGER = r")(?![^\W\d_])[ \t]*[:\-,—]?[ \t]*"
_TRIGGER = re.compile(
    r"(?=[a-pr-vyzđ\u0400-\u04ff\u0600-\u06ff])(?<![^\W\d_])(?:" + _TRIGGER_WORDS + _AFTER_TRIGGER
)
"""The words before a name, matched in lower-case text (the first letters let the search skip ahead)."""
_TRIGGER_ANY_CASE = re.compile(r"(?<![^\W\d_])(?:" + _TRIGGER_WORDS + _AFTER_TRIGGER, re.IGNORECASE)
"""The same, for the rare text whose lower-case form is not as long as it."""
_TITLE_TRIGGER = re.compile(
    r"(?=[ACDGJLMOPRSTгГ])(?<![^\W\d_])(?:(?:(?P<title>Mr|Mrs|Ms|Mx|Dr|Miss|Rev|Prof|Sr|Sra|Srta|Don|Doña|Dona|Mme|"
    r"Mlle|Madame|Monsieur|Señora?|Senhora?|г-н|г-жа|Господин|Госпожа)"
    r"|(?P<role>Officer|Agent|Detective|Sgt|Sergeant|Judge|Pastor|Capt|Captain|Trooper|Col|Lt|Maj|Gen|Cpl))"
    r"(?:\.|(?=\s))" + _AFTER_TRIGGER
)
_SIGN_OFF = re.compile(
    r"(?:^|[\n.!?,;:])\s{0,3}(?:sincerely|(?:(?:best|kind|warm)[ \t]{1,3})?regards|many[ \t]{1,3}thanks|"
    r"thanks|thank[ \t]{1,3}(?:you|u)|thx|respectfully(?:[ \t]+submitted)?|cheers|best|god[ \t]{1,3}bless|"
    r"love|signed|"
    r"atentamente|att?e\.|saludos(?:[ \t]+cordiales)?|un[ \t]+saludo|cordialmente|bendiciones|"
    r"(?:muchas[ \t]+)?gracias(?:[ \t]+de[ \t]+antemano)?|"
    r"(?:bien[ \t]+)?cordialement|merci(?:[ \t]+beaucoup|[ \t]+d'avance)?|bien[ \t]+(?:à|a)[ \t]+vous|"
    r"sinc[èe]rement|(?:meilleures[ \t]+)?salutations|atenciosamente|att(?:\.|(?=,))|obrigad[oa]|abra[çc]os|"
    r"m[èe]si(?:[ \t]+anpil)?|resp[èe]|(?:maraming[ \t]+)?salamat|"
    r"tr[âa]n[ \t]+tr[ọo]ng|(?:xin[ \t]+)?c[ảa]m[ \t]+[ơo]n|с[ \t]+уважением|спасибо)"
    r"(?:[ \t]{1,3}(?:again|so[ \t]{1,3}much|a[ \t]{1,3}lot))?"
    r"(?:[ \t]{0,3}(?:[,\n]|-{1,2})[ \t\n]{0,3}|[ \t\n]{1,3})"
    r"(?=[^\n]{1,60}(?:\n[ \t]*\([^()\n]{1,40}\)[ \t]*)?\Z)"
    r"|(?:^|(?<=\s))-{1,2}[ \t]{0,3}(?=[^\n]{1,60}\Z)",
    re.IGNORECASE,
)
_TITLE_HINTS = (
    *("Mr", "Ms", "Mx", "Dr", "Miss", "Rev", "Prof", "Sr", "Don", "Dona", "Doña", "Mme", "Mlle", "Madame"),
    *("Monsieur", "Señ", "Senh", "Officer", "Agent", "Detective", "Sgt", "Serg", "Judge", "Pastor", "Capt"),
    *("Trooper", "Col", "Lt", "Maj", "Gen", "Cpl"),
)
"""Of which every title in the Latin script holds one (text in other scripts is always read)."""
_SIGN_OFF_REACH = 120
"""A sign-off and the name after it fit in the last this many characters."""
_SIGN_OFF_HINTS = (
    *("sincerely", "regards", "thank", "respectfully", "cheers", "best", "bless", "love", "signed", " -"),
    *("\n-", "--", "atentamente", "att.", "att,", "ate.", "atte.", "saludo", "cordial", "gracias", "merci"),
    *("vous", "sinc", "atenciosamente", "bendicion", "salutations", "obrigad", "abraço", "abraco", "mèsi"),
    *("mesi", "respè", "respe", "salamat", "trân", "tran trong", "cảm", "cam on", "уважен", "спасибо"),
)
_TITLE = re.compile(
    r"(?:(?i:" + "|".join(sorted(HONORIFICS)) + r")\.?[ \t]+(?:\((?i:ret)\.?\)[ \t]+)?){1,3}(?=[A-Z])"
)
"""Titles and ranks before a name, which stay: "Rev. Samuel Ortiz", "Col. (Ret.) James Walker"."""
_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_BLANK = re.compile(r"[ \t]+")
_CLAUSE_ENDS = re.compile(
    r"[ \t]*(?:[,!;:)]|\.(?!\w)|\n|\Z|[ \t]+(?:from|here|and|calling|writing|again|at)(?![^\W\d_]))"
)
_ENDS_TEXT = re.compile(r"\s*[.!]*\s*\Z")
_NOTE_ENDS_TEXT = re.compile(r"[ \t]*\n?[ \t]*\([^()\n]{1,40}\)[ \t.!]*\Z")
"""After a signed name, a note in parentheses that ends the comment: "signed wei zhang (student)"."""
_DASH_NOTE_ENDS_TEXT = re.compile(r"[ \t]+-{1,2}[ \t]+[^\n]{1,40}\Z")
"""After a signed name of two words or more, a note after a dash that ends the comment: "signed, Tobias
Wendt -- 3rd Infantry '71"."""
_NICKNAME = re.compile(
    r"[ \t]+(?:\"(?P<quoted>[A-Z][^\W\d_]+)\"|'(?P<single>[A-Z][^\W\d_]+)'|\((?P<bracketed>[A-Z][^\W\d_]+)\))"
    r"(?=[ \t]+[A-Z])"
)


def _nickname(text: str, end: int) -> int | None:
    """Where a nickname in quotes or parentheses after a given name ending at ``end`` ends, when a
    capitalized word follows and it is no ordinary word: 'Theodore "Teddy" Marsh', not 'Rose "Garden"
    Tour'."""
    match = _NICKNAME.match(text, end)
    if match is None or match[match.lastgroup or "quoted"].lower() in NOT_NAMES:
        return None
    return match.end()


_AND = re.compile(r"[ \t]*(?:&|and)[ \t]+")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_NOT_A_GIVEN_NAME = re.compile(r"(?:ing|ed|ly|ous|ful|ive|able|ible|less|ness|ment|ish|(?<!v)ic|ist)\Z")
"""Endings of everyday words, not of names ("I am diabetic"), though "-vic" ends a family name ("Vukovic")."""


def _is_initial(word: str, text: str, end: int) -> bool:
    return len(word) == 1 and word.isupper() and text.startswith(".", end)


def _fits(word: str, *, mode: str, first: bool, capitalized: bool) -> bool:
    """Whether ``word`` can be part of a name after a trigger of ``mode``.

    After "my name is" (``strong``, or ``told`` in another language) or a title, and after a name's
    first word, a capitalized word is a name unless it is a function word ("Mrs. Washington", "I am
    Michael Brown"); a lower-case word, or the first after "I am" (``weak``, or ``said`` in another
    language), must not be an ordinary word ("I am Deaf"). After ``told`` and ``said`` triggers, a
    name in lower case, or in a script with no capitals (Arabic), starts with a given name.
    """
    if _JOINED.match(word):
        return False  # Chinese and Korean names are read by their own rules
    lower = word.lower()
    upper_first = word[0].isupper()
    sure = upper_first and (mode in ("strong", "told", "title") or not first)
    if lower in (FUNCTION_WORDS if sure else NOT_NAMES):
        return False
    if first and lower not in FIRST_NAMES and _NOT_A_GIVEN_NAME.search(lower) and len(lower) > 4:
        return False
    if mode == "strong" or (mode == "told" and upper_first):
        return upper_first or not capitalized
    if upper_first:
        return not (word.isupper() and len(word) > 1)
    if mode == "signed":  # "cheers, teddy vanterpool": no everyday word, in a comment all in lower case
        return lower not in CLOSING_WORDS and not (len(lower) > 4 and _NOT_A_GIVEN_NAME.search(lower))
    if mode not in ("weak", "told", "said", "end") or capitalized:
        return False
    # "i am juan perez": in lower case, a given name that is no everyday word, then more words
    wordlike = ENGLISH_WORDLIKE_NAMES if mode == "weak" else WORDLIKE_NAMES  # "my mother esperanza ..."
    return not first or (lower in FIRST_NAMES and lower not in wordlike)


def _wordlike_name_first(text: str, end: int, word: str) -> bool:
    """Whether ``word``, after "my name is", is a given name that is also an everyday word, with a
    family name after it: "my name is Will Harrington", "my name is will grant"."""
    if word.lower() not in WORDLIKE_NAMES:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or after["initial"] or after["word"].lower() in NOT_NAMES:
        return False
    return _fits(after["word"], mode="strong", first=False, capitalized=word[0].isupper())


def _words_after(text: str, position: int, mode: str) -> list[tuple[int, int, str]]:
    """The name's words from ``position``: (start, end, lower-case word), at most four besides particles."""
    words: list[tuple[int, int, str]] = []
    capitalized = False
    title = _TITLE.match(text, position)
    if title is not None:  # "my name is Rev. Samuel Ortiz": the title stays, the name goes
        position = title.end()
    while sum(word[2] not in NAME_PARTICLES for word in words) < 4:  # "María de los Ángeles Quintero"
        match = _WORD.match(text, position)
        if match is None:
            break
        word, (start, end) = match.group(), match.span()
        bare = word[:-2] if word.lower().endswith("'s") else word
        if _is_initial(bare, text, end):
            end += 1
        elif (
            not (words and bare.lower() in NAME_PARTICLES)
            and not _fits(bare, mode=mode, first=not words, capitalized=capitalized)
            and (words or mode != "strong" or not _wordlike_name_first(text, end, bare))
        ):
            break  # "my name is Will Harrington": an everyday word for a given name, with a family name
        if not words:
            capitalized = bare[0].isupper()
        if bare == "St" and text.startswith(".", end):
            end += 1  # "my name is Ramona St. Clair"
        words.append((start, end, bare.lower()))
        nickname = _nickname(text, end) if len(words) == 1 and capitalized else None
        if nickname is not None:  # 'signed, Theodore "Teddy" Marsh': the nickname goes with the name
            end = nickname
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
    if mode in ("strong", "told", "title", "role") or len(words) >= 2:
        return True
    if words[0][2] in FIRST_NAMES:
        return True
    return mode != "said" and bool(_CLAUSE_ENDS.match(text, words[0][1]))


def _given_after_comma(text: str, end: int) -> int:
    """Where a name labeled "name:" ends, when its family name (ending at ``end``) is followed by a comma
    and given names: "name: vukovic, stefan", "Applicant: YAZZIE, LORETTA J.", "Name (as on passport):
    AL-HASHIMI, Reem Faisal". In lower case, the given name must be on the list."""
    comma = _COMMA.match(text, end)
    if comma is None:
        return end
    given = _words_after(text, comma.end(), "strong")
    if not given or not (text[given[0][0]].isupper() or given[0][2] in FIRST_NAMES):
        return end
    if not _CLAUSE_ENDS.match(text, given[-1][1]) and not text[given[0][0]].isupper():
        return end
    return given[-1][1]


class Names:
    """Finds people's names after the words that introduce them."""

    hints: tuple[str, ...] = ()

    def scan(self, text: str) -> Iterator[Hit]:
        """Every name in ``text``: after a trigger or a title, after a sign-off, a given name with its
        family name anywhere, and a family name already found, again."""
        found = [*self._introduced(text), *_full_names(text), *_shouted_names(text), *_corrections(text)]
        yield from found
        if found:
            yield from _again(text, found)
            yield from _aliases(text, found)
            yield from _copies(text, found)
            yield from _respellings(text, found)
            if not text.isascii():
                yield from _romanized(text, found)

    def _introduced(self, text: str) -> Iterator[Hit]:
        lowered = text.lower()
        for match in _triggers(text, lowered):
            mode = match.lastgroup or "weak"
            words = _words_after(text, match.end(), "strong" if mode == "label" else mode)
            if mode == "credited" and not (words and words[0][2] in FIRST_NAMES):
                continue  # "thanks to Destiny Washington", but not "thanks to Google Maps"
            if mode == "label" and (
                not (len(words) >= 2 or (words and words[0][2] in FIRST_NAMES))
                or any(word[2] in NOT_NAMES for word in words)
            ):
                continue  # "Submitted by: FLORENCIO DIMAANO", not "Submitted by: online" nor "Online Portal"
            if mode in ("title", "role") and words and _names_a_thing(text, words[0][1]):
                continue  # "the Dr. Martin Luther King Jr. Library"
            if mode not in ("strong", "label") and any(word[2] in INSTITUTION_WORDS for word in words[1:]):
                continue  # "we called Mercy Hospital", "a clinic called Hope Medical Center"
            if mode == "weak" and not words and lowered.startswith("my", match.start()):
                shouted = _shouted_after_kin(text, match.end())
                if shouted is not None:  # "my late husband WALTER J. OYELARAN"
                    yield shouted
                continue
            if _is_name(text, words, mode):
                end = words[-1][1]
                if mode == "strong" and len(words) == 1:  # "name: vukovic, stefan"
                    end = _given_after_comma(text, end)
                yield Hit(words[0][0], end, NAME)
        if "under" in lowered:
            yield from _filed_under(text)
        if "behalf" in lowered:
            yield from _written_for(text)
        if "'s" in lowered:
            yield from _kin_records(text)
        if "me" in lowered:
            yield from _that_is_me(text)
        wide = not text.isascii() and bool(_WIDE.search(text))
        if wide:
            yield from _joined_names(text)
        if _HERE_SEEN.search(lowered):
            yield from _names_here(text)
        if ":" in text:
            if _FROM_SEEN.match(lowered) or "\nfrom" in lowered or "\n from" in lowered:
                yield from _from_headers(text)
            if "name" in lowered:
                yield from _after_my_name_colon(text)
        if "last" in lowered or "family" in lowered or "surname" in lowered:
            yield from _first_and_last(text)
        if " name " in lowered or "surname " in lowered:
            yield from _name_parts(text)
        if "famil" in lowered or "household" in lowered:
            yield from _family_names(text)
        if "-" in text and ("name" in lowered or "hyphen" in lowered):
            yield from _double_barrelled(text)
        tail = max(0, len(text) - _SIGN_OFF_REACH)
        yield from _signature_line(text)
        if not (wide or holds_any(lowered[tail:], _SIGN_OFF_HINTS) or lowered.startswith("-")):
            return
        for sign_off in _SIGN_OFF.finditer(text, tail):
            words = _words_after(text, sign_off.end(), "end")
            if not words and text == lowered and _WORD_CHAR.search(sign_off.group()):
                words = _words_after(text, sign_off.end(), "signed")  # "thx - mo abdi-warsame"
                words = words if len(words) >= 2 else []
            joined = _AND.match(text, words[-1][1]) if words else None
            if joined is not None:  # "Thanks, Rosalind & Peter Ellingsworth"
                words += _words_after(text, joined.end(), "end")
            if words and (
                _ENDS_TEXT.match(text, words[-1][1])
                or _PLACE_ENDS_TEXT.match(text, words[-1][1])
                or _NOTE_ENDS_TEXT.match(text, words[-1][1])
                or (len(words) >= 2 and _DASH_NOTE_ENDS_TEXT.match(text, words[-1][1]))
            ):
                yield Hit(words[0][0], words[-1][1], NAME)
                return


def _triggers(text: str, lowered: str) -> list[re.Match[str]]:
    """The words before a name, and the titles, in order (looked for only where they can be)."""
    found: list[re.Match[str]] = []
    found += _TRIGGER.finditer(lowered) if len(lowered) == len(text) else _TRIGGER_ANY_CASE.finditer(text)
    wide = not text.isascii() and bool(_WIDE.search(text))
    if wide or holds_any(text, _TITLE_HINTS):
        found += _TITLE_TRIGGER.finditer(text)
    if len(found) > 1:
        found.sort(key=lambda match: match.start())
    return found


_HERE_SEEN = re.compile(r"(?:here|aqu[íi]|ici)[ \t]*[,.!:;\-\n]")
_HERE = re.compile(
    r"(?:^|(?<=[\n.!?])[ \t]*)(?:(?:hi|hello|hey|hola|bonjour|ol[áa])[,!]?[ \t]+)?"
    r"(?P<name>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+(?:['\-][^\W\d_]+)*){0,2})[ \t]+(?:here|aqu[íi]|ici|aqui)"
    r"[ \t]*(?=[,.!:;\-\n])",
    re.IGNORECASE,
)
"""A name before "here" at the start of a sentence: "Maria Lopez here, I applied last week", "Ahmad bin
Abdullah here.", "Fatima al-Zahrani here"."""
_FAMILY = re.compile(
    r"(?<![^\W\d_])(?:(?i:the)[ \t]+(?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)[ \t]+(?:family|household)"
    r"(?![ \t]+of(?![^\W\d_]))"
    r"|(?:la[ \t]+)?famil(?:ia|le|ya)[ \t]+(?P<other>[A-Z][^\W\d_]+(?:[ \t-][A-Z][^\W\d_]+)?))(?![^\W\d_])"
)
"""A family named by its family name: "the Okafor family", "la familia Pérez", "la famille Dupont"."""
_WIDE = re.compile(r"[\u0370-\u1fff\u3000-\ud7ff\uf900-\ufaff]")
"""A letter of a script other than Latin (or of Vietnamese): the quick look by hints is not made."""
_JOINED = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7ff\uf900-\ufaff]")
_CHINESE_PARTICLES = "的在是和我了住今年从從来來需要想已有因但也就请請您你他她，。"
_CHINESE_NAME = re.compile(
    r"(?:(?P<sure>我叫|我的名字[是叫]|名字[是叫:]|姓名[是:]|(?:申[请請]人|[联聯][系繫络絡]人|收件人|[签簽]名)\s*[:：])"
    r"|(?P<weak>我是))\s*:?\s*"
    rf"(?P<name>[{CHINESE_SURNAMES}][\u4e00-\u9fff](?:(?![{_CHINESE_PARTICLES}])[\u4e00-\u9fff])?)"
    r"(?P<more>[\u4e00-\u9fff]?)"
)
"""A Chinese name after "我叫", "名字：" or a form's label such as "申请人：" (applicant) or "联系人："
(contact), or "我是" with nothing after it: a family name and one or two characters, not a particle."""
_KOREAN_NAME = re.compile(
    r"(?:(?:제|내|저의|나의)\s*)?(?:이름|성함|성명)\s*(?:은|는|:|이|-)?\s*:?\s*(?P<name>[\uac00-\ud7a3]{2,8})"
)
_KOREAN_ENDINGS = (
    *("입니다만", "입니다", "이에요", "이예요", "예요", "이고요", "이고", "이며", "이라고", "라고", "인데요"),
    *("인데", "이요", "씨", "님", "요"),
)
"""What follows a Korean name in the same word: "김민수입니다" is the name "김민수"."""


_LAST_SENTENCE = re.compile(r"(?:\n[ \t]*|[.!?][ \t]+)(?P<line>[^\n.!?]*)\Z")
_SHOUTED_NAME = re.compile(r"(?P<given>[A-Z][A-Z'\-]+)[ \t]+(?:[A-Z]\.?[ \t]+)?(?P<family>[A-Z][A-Z'\-]+)")
"""A name in capitals, as the last line of a comment written in capitals."""
_PLACE_ENDS_TEXT = re.compile(
    r",[ \t]*[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?(?:,?[ \t]+[A-Z]{2})?[ \t.!]*\Z"
)
"""After a signed name, the place it was written from: "-- Jo-Anne Thibodeaux, Lafayette"."""


def _signature_line(text: str) -> Iterator[Hit]:
    """A name alone on the last line, as a signature, or as the last sentence: a given name, or two to
    four capitalized words ("... waiting 7 months. Oksana Petrenko")."""
    end = len(text.rstrip(" \t\n."))
    last = _LAST_SENTENCE.search(text, max(0, end - 48), end)
    if last is None or not 2 <= end - last.start("line") <= 40:
        return
    start = last.start("line")
    shouted = _SHOUTED_NAME.fullmatch(text, start, end)
    if (
        shouted is not None
        and shouted["given"].lower() in FIRST_NAMES
        and shouted["family"].lower() not in NOT_NAMES
    ):
        yield Hit(start, end, NAME)  # "... SUBMIT THIS. GERALD WHITCOMB"
        return
    words = _words_after(text, start, "end")
    if not words or not (words[-1][1] == end or _PLACE_ENDS_TEXT.match(text, words[-1][1])):
        return
    capitalized = all(text[first].isupper() for first, _, _ in words)
    if (len(words) >= 2 and capitalized) or words[0][2] in FIRST_NAMES:
        yield Hit(words[0][0], words[-1][1], NAME)


_CAPITALIZED = re.compile(r"(?<![^\W\d_]|-)(?<![^\W\d_]')[^\W\d_a-z][^\W\d_]*(?:['\-][^\W\d_]+)*")
"""A word that starts with a capital (or a letter of a script with none), with its hyphens and apostrophes,
also in quotes ("'Jose Hernandez'"), but not the end of a word ("O'Brien", "Smith-Jones")."""
_SUFFIX = re.compile(r"(?:,?[ \t]+(?:Jr|Sr|II|III|IV)\b\.?)?")
"""A suffix after a family name, skipped when looking past the name: "Martin Luther King Jr. Day"."""
_TWO_CAPITALIZED = re.compile(  # from a word's start only: from each capital, it would take quadratic time
    r"(?<![^\W\d_])[^\W\d_a-z][^\W\d_]*[ \t]+(?:[A-Z]\.[ \t]+)?[\"'(]?(?:[^\W\d_a-z]|[a-z]{2,4}-[A-Z])"
)
"""The quick look for a given name and a family name."""
_NEXT_WORD = re.compile(r"[ \t]+(?:(?P<initial>[A-Z])\.[ \t]+)?(?P<word>[^\W\d_]+(?:['\-][^\W\d_]+)*)")
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]+(?:[ \t]+[A-Z]\.)?[ \t]+\Z")
_WORD_CHAR = re.compile(r"[^\W\d_]")
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)\.?[ \t]+\Z")


_JOINED_PARTICLE = re.compile(r"(?:al|el|ul|as|ash|ad|ar|at|az|an|ibn|bin|bint|abu|ben)-[A-Z]")
"""A lower-case Arabic particle joined to a capitalized family name: "al-Zahrani", "el-Sayed", "bin-Talal"."""


def _folded(word: str) -> str:
    """``word`` in lower case without its accents: "Zoë" is "zoe", "Siobhán" is "siobhan"."""
    lower = word.lower()
    if lower.isascii():
        return lower
    return "".join(char for char in unicodedata.normalize("NFD", lower) if not unicodedata.combining(char))


_SMALL_FOREIGN_SURNAMES = frozenset(
    spelling
    for spellings in ROMANIZED_SURNAMES.values()
    for spelling in spellings
    if spelling in WORLD_FUNCTION_WORDS and not any(vowel in spelling for vowel in "aeiouy")
)
"""Chinese family names written in Latin letters that are small words of another language of the widget
with no vowel, which never start its sentences and so are never capitalized there: "Ng" (Tagalog
"ng"), as in "Kevin Ng". Not "Lo" nor "Sin", which start Spanish sentences."""


def _is_family_name(word: str) -> bool:
    lower = word.lower()
    return (
        (word[0].isupper() or _JOINED_PARTICLE.match(word) is not None)
        and not (word.isupper() and len(word) > 1)
        and (lower not in NOT_NAMES or lower in _SMALL_FOREIGN_SURNAMES)
        and lower not in NOT_AFTER_NAMES
    )


def _is_given_name(word: str) -> bool:
    """A given name on the list, also written with accents the list lacks ("Zoë", "Siobhán")."""
    if word.isupper():
        return False
    lower = word.lower()
    if lower in FIRST_NAMES or lower.split("-")[0] in FIRST_NAMES:
        return True
    return not lower.isascii() and _folded(lower).split("-")[0] in FIRST_NAMES


_HOLIDAY_BEFORE = re.compile(r"(?i:d[íi]a|jour|dia|day)[ \t]+(?:(?i:de|del|of)[ \t]+)?\Z")
"""Words before a name that make it a holiday's: "el Día de Martin Luther King"."""


_APOSTROPHE_NAME = re.compile(r"[A-Z]'[A-Z][a-z]{2,}")
"""A name with an apostrophe after its first letter, which no ordinary word has: "D'Angelo", "O'Keefe"."""
_PARTICLE_WORDS = r"de|del|della|dela|delos|delas|der|di|da|dos|das|du|la|las|los|le|van|von|St\."
_PARTICLES = re.compile(rf"(?:[ \t]+(?i:{_PARTICLE_WORDS})(?![^\W\d_])){{1,2}}(?=[ \t]+[A-Z])")
"""One or two particles before a family name: "Ramona Pérez de la Cruz", "Pieter Janssen van der Berg"."""
_CAPITALIZED_PARTICLES = re.compile(
    r"[ \t]+(?:De|Del|Della|Dela|Di|Da|Dos|Das|Du|La|Le|Van|Von|St\.)"
    rf"(?:[ \t]+(?i:{_PARTICLE_WORDS})(?![^\W\d_]))?(?=[ \t]+[A-Z])"
)
"""The particles right after a given name, the first capitalized: "Tomas De La Rosa", "Anke Van der Meer",
"Ramon St. Clair". In lower case they follow a place's name as often ("Santiago de Chile")."""
_ONE_MORE_AT_MOST = re.compile(r"[ \t]+[A-Z][^\W\d_]*(?:['\-][^\W\d_]+)*(?![^\W\d_'\-]|[ \t]+[A-Z])")
"""One capitalized word after a name, and no capitalized word after that."""


def _full_names(text: str) -> Iterator[Hit]:
    """A known given name, or a name such as "D'Angelo", and one or two capitalized family names,
    anywhere: "write to Henry Abernathy", "D'Angelo Marchetti"; a nickname in quotes may come between
    ('Theodore "Teddy" Marsh'), and particles, the first capitalized ("Marco Di Stefano").

    Not a public figure's or a saint's ("President John Adams", "Saint John Paul") nor the name of a
    place or a thing ("Martin Luther King Day", "George Washington University").
    """
    if _TWO_CAPITALIZED.search(text) is None:
        return
    position = 0
    while (match := _CAPITALIZED.search(text, position)) is not None:
        position = match.end()
        given = _is_given_name(match.group())
        if not (given or _APOSTROPHE_NAME.fullmatch(match.group())):
            continue
        end = match.end()
        nickname = _nickname(text, end) if given else None
        if nickname is not None:  # 'Theodore "Teddy" Marsh'
            end = nickname
        family = 0
        while family < 2:
            particles = (_PARTICLES if family else _CAPITALIZED_PARTICLES).match(text, end)
            following = _NEXT_WORD.match(text, particles.end() if particles else end)
            if following is None or not _is_family_name(following["word"]):
                break
            end = following.end()
            family += 1
        if not family or not (given or _ONE_MORE_AT_MOST.match(text, match.end())):
            continue  # not "O'Reilly Auto Parts": with no given name on the list, two words, no more
        position = end  # a name that is a thing's or a public figure's is passed over whole
        if _names_a_thing(text, match.end()) or _is_famous(text[match.start() : end]):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and before["word"].lower() in (PUBLIC_OFFICES | THING_NOUNS | _ARTICLES):
            continue  # "President John Adams", "the Dawn Redwood tree"
        if _HOLIDAY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _AGE_OF_A_THING_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue
        yield Hit(match.start(), end, NAME)
        position = end


_AGE_OF_A_THING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:the|a|an)[ \t]+(?i:old|new|former|original|main|same|closed)[ \t]+\Z"
)
"""Words before a given name and a family name that make them a place's: "the old Beth Israel one",
"the new Grace Hopper building"."""
_ARTICLES = frozenset(("the", "a", "an"))
"""Words right before a given name and a family name that make them a thing's: "the Dawn Redwood"."""


def _is_famous(name: str) -> bool:
    """Whether a given name and family name are a public figure's ("Eleanor Roosevelt")."""
    words = name.lower().replace(",", " ").removesuffix("'s").split()
    return len(words) >= 2 and (
        f"{words[0]} {words[1]}" in FAMOUS_NAMES or f"{words[0]} {words[-1]}" in FAMOUS_NAMES
    )


_SHOUTED_ANYWHERE = re.compile(
    r"(?<![^\W\d_])(?P<given>[A-Z]{2,})[ \t]+(?:[A-Z]\.?[ \t]+)?(?P<family>[A-Z][A-Z'\-]*[A-Z])(?![^\W\d_])"
)
"""A name in capitals inside a comment mostly in lower case: "the card says JOHNATHAN PEREZ-GILBERT"."""
_SHOUTED_LOOK = re.compile(r"[A-Z][A-Z][ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][A-Z'\-]")
"""The quick look for it."""


def _shouted_names(text: str) -> Iterator[Hit]:
    """A given name in capitals (not one that is also an everyday word) and a family name in capitals,
    in a comment with more lower-case letters than capitals."""
    if _SHOUTED_LOOK.search(text) is None:
        return
    matches = list(_SHOUTED_ANYWHERE.finditer(text))
    if not matches or sum(letter.isupper() for letter in text) * 2 > sum(letter.isalpha() for letter in text):
        return
    for match in matches:
        given, family = match["given"].lower(), match["family"].lower()
        if (
            given in FIRST_NAMES
            and given not in WORDLIKE_NAMES
            and family not in NOT_NAMES
            and family not in NOT_AFTER_NAMES
            and family not in STREET_SUFFIXES
        ):
            yield Hit(*match.span(), NAME)


_SHOUTED_WORD = re.compile(r"(?P<word>[A-Z][A-Z'\-]*[A-Z]|[A-Z]\.?)(?![^\W\d_])[ \t]*")
"""A word in capitals, or an initial."""


def _shouted_after_kin(text: str, position: int) -> Hit | None:
    """A relative's name in capitals after "my wife", "my late husband": two to four words in capitals
    (or initials) that are no ordinary words, the first a given name on the list; three when it is also an
    everyday word ("my late husband WALTER J. OYELARAN"). Not "my son NEVER GOT IT", "my daughter GRACE
    PERIOD"."""
    words: list[tuple[int, int, str]] = []
    while len(words) < 4 and (match := _SHOUTED_WORD.match(text, position)) is not None:
        word = match["word"].rstrip(".").lower()
        if word in NOT_NAMES or word in NOT_AFTER_NAMES or word in FUNCTION_WORDS or word in STREET_SUFFIXES:
            break
        words.append((match.start(), match.end("word"), word))
        position = match.end()
    while words and len(words[-1][2]) == 1:
        words.pop()  # a name ends with a name, not an initial
    if len(words) < 2 or words[0][2] not in FIRST_NAMES:
        return None
    if words[0][2] in WORDLIKE_NAMES and len(words) < 3:
        return None  # "my daughter GRACE PERIOD": an everyday word for a given name needs a whole name
    return Hit(words[0][0], words[-1][1], NAME)


_NAME_WORDS = r"[A-Z][^\W\d_]*(?:['\-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]*(?:['\-][^\W\d_]+)*){1,2}"
_CORRECTION = re.compile(
    r"[ \t,](?:not|to|instead[ \t]+of|rather[ \t]+than|should[ \t]+be|but[ \t]+it'?s|it'?s)[ \t]+(?=[A-Z])"
)
"""The words between two spellings of a name, before the second."""
_OLD_NAME = re.compile(rf"(?<![^\W\d_])(?P<name>{_NAME_WORDS})[ \t]*,?[ \t]*\Z")
_NEW_NAME = re.compile(rf"(?P<name>{_NAME_WORDS})(?![^\W\d_])")
"""Two spellings of a name, one corrected to the other: "it's Siobhan McAllister, not Siobhan McAlister",
"changed from Courtney Ashby to Courtney Ashby-Nakamura"."""


def _corrections(text: str) -> Iterator[Hit]:
    """Two names of two or three capitalized words, one corrected to the other: they share a word, and
    the words that differ are spelled alike (or one begins the other); or they differ only in accents,
    and start with a given name."""
    for between in _CORRECTION.finditer(text):
        before = _OLD_NAME.search(text, max(0, between.start() - 60), between.start() + 1)
        after = _NEW_NAME.match(text, between.end())
        if before is None or after is None:
            continue
        old, new = before["name"].split(), after["name"].split()
        if old != new and [_folded(word) for word in old] == [_folded(word) for word in new]:
            if _is_given_name(old[0]) and _is_family_name(old[-1]) and _is_family_name(new[-1]):
                yield Hit(*before.span("name"), NAME)  # "it's Siobhán Ní Bhriain, not Siobhan Ni Bhriain"
                yield Hit(*after.span("name"), NAME)
            continue
        if not all(_is_family_name(word) for word in (*old, *new)):
            continue
        old_only = [word for word in old if word not in new]
        new_only = [word for word in new if word not in old]
        if len(old_only) != 1 or len(new_only) != 1 or len(old_only) == len(old):
            continue
        one, other = sorted((old_only[0].lower(), new_only[0].lower()), key=len)
        if other.startswith(one) or SequenceMatcher(None, one, other).ratio() >= 0.75:
            yield Hit(*before.span("name"), NAME)
            yield Hit(*after.span("name"), NAME)


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the words after a given name ending at ``end`` make it a place's or a thing's: one of the
    next four, up to the first in lower case, is such a word ("Martin Luther King Jr. Day", "Ronald
    Reagan Washington National Airport", "Austin Street", "the Carolina Panthers stadium")."""
    position = end
    for _ in range(4):
        suffix = _SUFFIX.match(text, position)
        after = _NEXT_WORD.match(text, suffix.end() if suffix else position)
        if after is None:
            return False
        word = after["word"].lower()
        if word in NOT_AFTER_NAMES or word in STREET_SUFFIXES:
            return True
        if not after["word"][0].isupper():
            return False
        position = after.end()
    return False


def _again(text: str, found: list[Hit]) -> Iterator[Hit]:
    """A family name already found, again, with a capitalized word before it: "it says Kathrine Bolduc,
    should be Katherine Bolduc"; or cut short ("only 'Papadopoulos-Fe' shows"); and a given name
    already found, again, with a word after it that may be a name ("im kevin o'donnell and the site
    spelled me kevin odonnell")."""
    family_names = set()
    given_names = set()
    for hit in found:
        words = text[hit.start : hit.end].split()
        if len(words) >= 2 and _is_family_name(words[-1]):
            family_names.add(words[-1].removesuffix("'s"))  # "Horace Quimby's benefits ... Edwina Quimby"
            first = len(words) - 1
            while first > 1 and words[first - 1].lower().rstrip(".") in NAME_PARTICLES:
                first -= 1
            if first < len(words) - 1:  # "the form splits De La Rosa ... Tomas De La Rosa"
                family_names.add(" ".join(words[first:]).removesuffix("'s"))
        if len(words) >= 2 and (words[0].lower() in FIRST_NAMES or _is_family_name(words[0])):
            given_names.add(words[0].lower())  # "issued to 'Anneliese Brunt' ... to Anneliese Vukovich"
    if given_names:
        yield from _given_again(text, given_names)
    for name in family_names:
        if len(name) < 10 or " " in name:
            continue
        position = text.find(name[: len(name) // 2])
        while position >= 0:
            word = None if position and _WORD_CHAR.match(text, position - 1) else _WORD.match(text, position)
            if word is not None and word.end() - position < len(name) and name.startswith(word.group()):
                yield Hit(*word.span(), NAME)
            position = text.find(name[: len(name) // 2], position + 1)
    for family_name in family_names:
        position = text.find(family_name)
        while position >= 0:
            end = position + len(family_name)
            before = _NAME_BEFORE.search(text, max(0, position - 30), position)
            if _WORD_CHAR.match(text, end) or (position and _WORD_CHAR.match(text, position - 1)):
                pass
            elif before is not None:
                yield Hit(before.start(), end, NAME)
            elif " " in family_name:  # with its particles, a family name alone is still a name
                yield Hit(position, end, NAME)
            position = text.find(family_name, end)


_TWO_WORDS = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*[ \t]+[^\W\d_]+")
"""A name's first two words, the second perhaps cut short."""


def _copies(text: str, found: list[Hit]) -> Iterator[Hit]:
    """A name found, copied elsewhere in the comment in any case, whole or cut short after its second
    word: "Applicant: MOHAMMED ABDULRAHMAN AL-FARSI -- the PDF shows 'MOHAMMED ABDULRAHMAN AL'"."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    names = {lowered[hit.start : hit.end] for hit in found}  # each name once: a name repeated costs no more
    starts = {hit.start for hit in found}
    for name in names:
        head = _TWO_WORDS.match(name)
        if head is None:
            continue
        position = lowered.find(head.group())
        while position >= 0:
            end = position + head.end()
            while end < len(text) and end - position < len(name) and lowered[end] == name[end - position]:
                end += 1
            if not (
                position in starts  # a name found already
                or (position and _WORD_CHAR.match(text, position - 1))
                or _WORD_CHAR.match(text, end)
            ):
                yield Hit(position, end, NAME)
            position = lowered.find(head.group(), position + 1)


_ANY_WORD = r"[^\W\d_]+(?:['\-][^\W\d_]+)*"
_ALIAS = re.compile(rf"[ \t]*[(（][ \t]*(?P<name>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{0,2}})[ \t]*[)）]")
"""One to three words in parentheses, in Latin or full-width ones."""
_ROMANIZED_LABEL = re.compile(
    r"(?:(?:영문|영어)\s*(?:이름|성함|성명|명)\s*(?:은|는|이|:)?|拼音|英文名字?)\s*[:：是为為]?\s*"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})(?![^\W\d_])"
)
"""A name in Latin letters after the Korean or Chinese words for "name in English" and "pinyin": "영문
이름은 Park Jung-ho", "拼音 Li Wenjie"."""
_KIN_IN_CHINESE = (
    "外婆|外公|奶奶|爷爷|爺爺|姥姥|姥爷|祖母|祖父|妈妈|媽媽|母亲|母親|爸爸|父亲|父親|丈夫|老公|妻子|老婆|太太|"
    "儿子|兒子|女儿|女兒|婆婆|公公|岳母|岳父|哥哥|姐姐|弟弟|妹妹|阿姨|舅舅|叔叔"
)
_ON_BEHALF_IN_CHINESE = re.compile(
    rf"(?:替|代|帮|幫|为|為)我(?:的)?(?:{_KIN_IN_CHINESE})\s*"
    rf"(?P<name>[{CHINESE_SURNAMES}][\u4e00-\u9fff](?:(?![{_CHINESE_PARTICLES}填写寫申])[\u4e00-\u9fff])?)"
)
"""A relative's name after the Chinese for "for my grandmother": "我替我外婆王秀英填写"."""


def _aliases(text: str, found: list[Hit]) -> Iterator[Hit]:
    """The same person's name written another way in parentheses right after a name found: a name in
    Latin letters after one in Chinese ("王美玲（Meiling Wang）"), in Chinese or Korean after one in Latin
    letters ("Zhou Meilan（周美兰）"), a nickname ("Roberto (Bobby) Ruiz")."""
    for hit in found:
        alias = _ALIAS.match(text, hit.end)
        if alias is None:
            continue
        words = alias["name"].split()
        if (
            all(_is_family_name(word) for word in words)
            or (
                _JOINED.match(text, hit.start)  # "박지훈 (Park Jihoon)": any capitalized words, as romanized
                and len(words) >= 2
                and all(word.isascii() and word[0].isupper() for word in words)
            )
            or _written_in_han(alias["name"], text[hit.start : hit.end])
        ):
            yield Hit(*alias.span("name"), NAME)


def _written_in_han(alias: str, name: str) -> bool:
    """Whether ``alias`` is ``name`` (in Latin letters) written in Chinese characters or Korean syllables:
    two to four, the first a family name romanized as a word of ``name`` ("周美兰" for "Zhou Meilan")."""
    if not (2 <= len(alias) <= 4 and _HAN_OR_HANGUL.fullmatch(alias)):
        return False
    spellings = ROMANIZED_SURNAMES.get(alias[0], frozenset())
    return any(word.lower() in spellings for word in name.split())


_LOOSE_WORD = r"(?:[^\W\d_]|(?<=[ÃÂÄÅ])[^\w\s])+(?:['\-](?:[^\W\d_]|(?<=[ÃÂÄÅ])[^\w\s])+)*"
"""A word, also one garbled by reading UTF-8 as Latin-1 ("IÃ±aki" for "Iñaki")."""
_RESPELLED = re.compile(
    rf"(?<![^\W\d_])(?=[A-ZÀ-ÖØ-Þ])(?P<first>{_LOOSE_WORD})(?:[ \t]*,[ \t]*|[ \t]+)(?=[A-ZÀ-ÖØ-Þ])"
    rf"(?P<second>{_LOOSE_WORD})(?![^\W\d_])"
)
"""Two capitalized words side by side, perhaps family name first with a comma: "OCONNOR, SEAN"."""
_GARBLED = re.compile(r"[ÃÂÄÅ][^\w\s]")
_MOST_RESPELLED = 8
"""Names compared with each pair of capitalized words, at most."""


_CYRILLIC_IN_LATIN = str.maketrans(
    {
        **dict(zip("абвгдеёзийклмнопрстуфыэіїґ", "abvgdeeziiklmnoprstufyeiig", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu", "я": "ia"},
        **{"є": "ie", "ъ": "", "ь": ""},
    }
)
"""Russian and Ukrainian letters as passports write them in Latin ones: "Дмитрий" is "Dmitrii"."""
_CYRILLIC = re.compile(r"[Ѐ-ӿ]")


def _name_key(word: str) -> str:
    """``word`` ungarbled, in lower case, in Latin letters, without accents, apostrophes or hyphens:
    "O'Connor" and "OCONNOR" are "oconnor", "IÃ±aki" is "inaki", "Соколов" is "sokolov"."""
    if _GARBLED.search(word):
        with contextlib.suppress(UnicodeError):  # not garbled after all
            word = word.encode("cp1252").decode("utf-8")
    folded = _folded(word)
    if _CYRILLIC.search(folded):
        folded = folded.translate(_CYRILLIC_IN_LATIN)
    return "".join(char for char in folded if char.isalpha())


def _alike(one: str, other: str) -> bool:
    """Two name words written alike: the same, or spelled close ("Volkov", "Volkoff")."""
    return one == other or (
        min(len(one), len(other)) >= 4 and SequenceMatcher(None, one, other).ratio() >= 0.75
    )


def _respellings(text: str, found: list[Hit]) -> Iterator[Hit]:
    """A name of two words found, written again another way: with accents, apostrophes or hyphens
    dropped, in capitals, family name first, garbled, or misspelled ("Seán O'Connor" and "OCONNOR,
    SEAN", "Dmitri Volkov" and "Dimitri Volkoff", "Iñaki Peña" and "IÃ±aki PeÃ±a", a Russian name in
    Latin letters: "Дмитрий Соколов" and "Sokolov Dmitrii"); or one of its words
    again beside a capitalized word that may be a name, the order turned ("Li Wenjie", "Wenjie Lee")."""
    names: set[tuple[str, str]] = set()
    for hit in found:
        words = text[hit.start : hit.end].split()
        if len(words) == 2 and (text[hit.start].isascii() or _CYRILLIC.match(text, hit.start)):
            names.add((_name_key(words[0]), _name_key(words[1])))
    names = set(sorted(names)[:_MOST_RESPELLED])
    if not names:
        return
    starts = {hit.start for hit in found}
    for match in _RESPELLED.finditer(text):
        if match.start() in starts:
            continue
        first, second = _name_key(match["first"]), _name_key(match["second"])
        for given, family in names:
            both = (_alike(first, given) and _alike(second, family)) or (
                _alike(first, family) and _alike(second, given)
            )
            turned = first == family and second != given and _is_family_name(match["second"].title())
            if (both and (first, second) != (given, family)) or turned or (first, second) == (given, family):
                yield Hit(*match.span(), NAME)
                break


_FIRST_AND_LAST = re.compile(
    rf"(?<![^\W\d_])(?i:first|given)[ \t]*:[ \t]*(?P<given>{_ANY_WORD})[ \t]*[,;/|]?[ \t]*"
    rf"(?i:last|family|surname)[ \t]*:[ \t]*(?P<family>{_ANY_WORD})"
)
"""A name in two fields of a form, labeled "first:" and "last:": "first: Oluwaseun last: Adeyemi-Johnson"."""


def _first_and_last(text: str) -> Iterator[Hit]:
    """The given name and family name after "first:" and "last:", when neither is an ordinary word."""
    for match in _FIRST_AND_LAST.finditer(text):
        if not any(match[group].lower() in NOT_NAMES for group in ("given", "family")):
            yield Hit(*match.span("given"), NAME)
            yield Hit(*match.span("family"), NAME)


_NAME_PART = re.compile(
    r"(?:(?m:^)|(?<=[,;:])|(?<![^\W\d_])(?i:and|with)(?![^\W\d_]))[ \t]*"
    r"(?i:first|given|last|family|middle|maiden|sur)[ \t]*name[ \t]+"
    r"(?P<name>[A-Z][^\W\d_]+(?:['\-][^\W\d_]+)*"
    r"(?:(?:[ \t]+[a-z]{1,3}){0,2}[ \t]+[A-Z][^\W\d_]+(?:['\-][^\W\d_]+)*)?)"
    r"(?=[ \t]*(?:[,;.!?)\n]|\Z)|[ \t]+and(?![^\W\d_]))"
)
"""A part of a name after its field's name, with no "is" nor colon, in a list of the parts: "surname De la
Cruz, first name Marisol", "first name Olufemi and last name Adeyemi." The word "name" in lower case:
not a form's title-cased label ("the First Name Box.")."""


def _name_parts(text: str) -> Iterator[Hit]:
    """One or two capitalized words (with particles between: "De la Cruz") after "first name", "last
    name" or "surname" that start a clause and end it, when they are no ordinary words and name no thing
    ("first name Field." stays)."""
    for match in _NAME_PART.finditer(text):
        words = match["name"].split()
        if any(word[0].islower() and word not in NAME_PARTICLES for word in words):
            continue
        names = [word.lower() for word in words if word.lower() not in NAME_PARTICLES]
        if names and not any(
            word in NOT_NAMES or word in NOT_AFTER_NAMES or word in THING_NOUNS or word in STREET_SUFFIXES
            for word in names
        ):
            yield Hit(*match.span("name"), NAME)


def _given_again(text: str, given_names: set[str]) -> Iterator[Hit]:
    """A given name already found, again, and the word after it if it can be a family name."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for given in given_names:
        position = lowered.find(given)
        while position >= 0:
            end = position + len(given)
            after = _NEXT_WORD.match(text, end)
            if (
                after is not None
                and not _WORD_CHAR.match(text, end)
                and not (position and _WORD_CHAR.match(text, position - 1))
                and not (given in WORDLIKE_NAMES and text[position].islower())  # not "the grace period"
                and not after["word"].isupper()
                and after["word"].lower() not in NOT_NAMES
                and after["word"].lower() not in NOT_AFTER_NAMES
            ):
                yield Hit(position, after.end(), NAME)
            position = lowered.find(given, end)


_UNDER = re.compile(
    rf"(?<![^\W\d_])(?i:under)[ \t]+(?P<family>{_ANY_WORD})[ \t]*,[ \t]*(?P<given>{_ANY_WORD})"
    r"(?:[ \t]+[A-Z]\.?)?(?=[ \t]*(?:[,;.!?)\n]|\Z))"
)
"""A record filed under a name written family name first: "the account is under Fitzgerald, Cormac"."""
_RECORD_BEFORE = re.compile(
    r"(?i:account|file|case|claim|application|record|reservation|booking|appointment|policy|registered|filed)"
    r"[^\n.!?]{0,20}\Z"
)
"""A record named before "under": with it, the given name need not be on the list."""


def _filed_under(text: str) -> Iterator[Hit]:
    """A name written family name first after "under" ("the account is under Fitzgerald, Cormac"): two
    words written alike, with a given name on the list, or a record named before ("my file is under
    Okonkwo, Chidi"); in lower case, a given name on the list that is no everyday word. Not "the switch
    is under Settings, Privacy"."""
    for match in _UNDER.finditer(text):
        family, given = match["family"], match["given"]
        lower = given.lower()
        if any(word in NOT_NAMES or word in NOT_AFTER_NAMES for word in (family.lower(), lower)):
            continue
        listed = lower in FIRST_NAMES
        alike = family[0].isupper() and given[0].isupper() and family.isupper() == given.isupper()
        record = _RECORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        if (
            (listed and lower not in WORDLIKE_NAMES)
            or (alike and listed)
            or (alike and record and not _NOT_A_GIVEN_NAME.search(lower))
        ):
            yield Hit(match.start("family"), match.end(), NAME)


_CAPITAL_WORD = r"[A-Z][^\W\d_]*(?:['\-][^\W\d_]+)*"
_KIN = (
    r"(?:husband|wife|son|daughter|father|mother|dad|mom|mum|brother|sister|uncle|aunt|nephew|niece|cousin"
    r"|grand(?:mother|father|son|daughter)|grandma|grandpa|spouse|partner|neighbou?r|friend|client)"
)
_KIN_APPOSITIVE = re.compile(
    r"(?<![^\W\d_])(?i:on[ \t]+behalf[ \t]+of)"
    rf"[ \t]+(?i:my)[ \t]+(?:(?i:late|elderly|disabled)[ \t]+)?(?i:{_KIN})[ \t]*,[ \t]*"
    rf"(?P<name>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{1,2}})(?=[ \t]*(?:[,;.!?)\n]|\Z))"
)
"""The person a comment is written for, named between commas: "on behalf of my mom, rosa quintanilla,"."""
_KIN_RECORDS = re.compile(
    rf"(?<![^\W\d_])(?i:my)[ \t]+(?:(?i:late|deceased)[ \t]+)?(?i:{_KIN})'s[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
    r"(?:records?|files?|claim|case|benefits|pension|application|paperwork|papers|documents|certificate"
    r"|headstone|grave|marker|burial|estate|medals|discharge)[ \t]*,[ \t]*"
    rf"(?P<name>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{1,2}})(?=[ \t]*(?:[,;.!?)\n]|\Z))"
)
"""A relative's name set off by commas after their records: "my grandmother's service records, Ilse
Brandt,"."""


def _kin_records(text: str) -> Iterator[Hit]:
    """Two or three capitalized words that can be a family name, set off by commas after "my father's
    records", the first a given name on the list or the name written with letters English lacks: "my
    grandmother's service records, Ilse Brandt,", "my father's file, Bolesław Wąsik,". Not "my son's
    application, Head Start," nor "my dad's claim, Form Nine,": with no dictionary of English, an
    unlisted given name in plain letters is left."""
    for match in _KIN_RECORDS.finditer(text):
        words = match["name"].split()
        if not all(_is_family_name(word) and word.lower() not in THING_NOUNS for word in words):
            continue
        if not (_is_given_name(words[0]) or not match["name"].isascii()):
            continue
        if not (_names_a_thing(text, match.start("name") + len(words[0])) or _is_famous(match["name"])):
            yield Hit(*match.span("name"), NAME)


def _written_for(text: str) -> Iterator[Hit]:
    """Two or three words that are no ordinary words, set off by commas after "on behalf of my mother":
    the relative's name, in any case; not "on behalf of my son, a minor," nor "my dad, legally blind,"."""
    for match in _KIN_APPOSITIVE.finditer(text):
        words = match["name"].lower().split()
        if any(word in NOT_NAMES or word in NUMBER_WORDS for word in words):
            continue
        if any(len(word) > 4 and _NOT_A_GIVEN_NAME.search(word) for word in words):
            continue
        yield Hit(*match.span("name"), NAME)


_THAT_IS_ME = re.compile(r"(?i:that'?s|that[ \t]+is|thats)[ \t]+(?i:me|myself)(?![^\W\d_])")
_SENTENCE_BEFORE = re.compile(r"[^.!?\n]{0,80}\Z")
_CAPITAL_WORDS = re.compile(rf"(?<![^\W\d_]){_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD})*")
"""A run of capitalized words."""


def _that_is_me(text: str) -> Iterator[Hit]:
    """The name a writer points to as theirs with "that's me": the last run of capitalized words in the
    sentence before it, without ordinary words in front ("Please"), when it is two or three words that
    are no ordinary words, or a given name on the list ("Corwin Ashby called back (that's me)", "ask for
    Marcus, that's me")."""
    for match in _THAT_IS_ME.finditer(text):
        sentence = _SENTENCE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if sentence is None:
            continue
        for run in reversed(list(_CAPITAL_WORDS.finditer(text, sentence.start(), match.start()))):
            words = list(_WORD.finditer(text, *run.span()))
            while words and words[0].group().lower() in NOT_NAMES:
                words.pop(0)  # "Please tell", "Ask"
            if not words:
                continue
            name = [word.group() for word in words]
            full = 2 <= len(name) <= 3 and all(_is_family_name(word) for word in name)
            given = len(name) == 1 and _is_given_name(name[0])
            if (
                (full or given)
                and not _names_a_thing(text, words[0].end())
                and not _is_famous(" ".join(name))
            ):
                yield Hit(words[0].start(), words[-1].end(), NAME)
            break


def _names_here(text: str) -> Iterator[Hit]:
    """A name before "here": a given name, or two or three capitalized words that are not ordinary."""
    for match in _HERE.finditer(text):
        words = match.group("name").split()
        if not (words[0][0].isupper() and (words[-1][0].isupper() or _JOINED_PARTICLE.match(words[-1]))):
            continue
        if not all(word[0].isupper() or word in NAME_PARTICLES for word in words[1:-1]):
            continue  # "Ahmad bin Abdullah", "Fatima al-Zahrani"
        lowered = [word.lower() for word in words if word not in NAME_PARTICLES]
        if lowered[0] in FIRST_NAMES or (len(words) >= 2 and not any(word in NOT_NAMES for word in lowered)):
            yield Hit(*match.span("name"), NAME)


_FROM_HEADER = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?i:from)[ \t]+(?P<name>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{1,3}})[ \t]*:(?!//)"
)
"""A comment or line opening like a letter's header: "from Fatima al-Zahrani: your system splits..."."""
_FROM_SEEN = re.compile(r"\s*from\s")
"""The quick look for it at the start of a comment (after a line break, "\nfrom" is looked for)."""


def _from_headers(text: str) -> Iterator[Hit]:
    """The name in a "from ...:" header: two to four words that start with a given name on the list (in
    lower case, one that is no everyday word), or that hold a particle ("Ahmad bin Abdullah"); after the
    first, capitalized words or particles, or in lower case, words that are no ordinary words. Not
    "From Settings: Privacy" nor "from my phone: ..."."""
    for match in _FROM_HEADER.finditer(text):
        words = match["name"].split()
        first, last = words[0], words[-1]
        if last in NAME_PARTICLES or first.lower() in NOT_NAMES:
            continue
        lower = first[0].islower()
        if lower and (first not in FIRST_NAMES or first in WORDLIKE_NAMES):
            continue
        others = words[1:]
        if lower:
            fit = all(
                word in NAME_PARTICLES or (word not in NOT_NAMES and word not in NOT_AFTER_NAMES)
                for word in others
            )
        else:
            fit = all(word in NAME_PARTICLES or _is_family_name(word) for word in others)
        particle = any(word in NAME_PARTICLES or _JOINED_PARTICLE.match(word) for word in others)
        if (
            fit
            and (lower or _is_given_name(first) or particle)
            and not _is_famous(match["name"])
            and not _names_a_thing(text, match.start("name") + len(first))
        ):
            yield Hit(*match.span("name"), NAME)


_MY_NAME_COLON = re.compile(
    r"(?<![^\W\d_])(?i:my|his|her|our|the)[ \t]+(?:(?i:full|legal|first|last|family|maiden)[ \t]+)?(?i:name)"
    r"(?![^\W\d_])[^\n:.!?]{0,40}:[ \t]*['\"]?"
    rf"(?P<name>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{1,3}})(?=['\"]?[ \t]*(?:[.,;!?)\n→—]|\Z))"
)
"""A name after a colon in a sentence about "my name": "my name has invalid characters: Zoë Müller"."""


def _after_my_name_colon(text: str) -> Iterator[Hit]:
    """Two to four capitalized words (or particles inside) that end the clause, after "my name ...:",
    with a given name on the list, a particle, an apostrophe ("D'Angelo") or an accent among them:
    not "my name field shows an error: Invalid Format."."""
    for match in _MY_NAME_COLON.finditer(text):
        words = match["name"].split()
        if words[-1] in NAME_PARTICLES or not all(
            word in NAME_PARTICLES or _is_family_name(word) for word in words
        ):
            continue
        if (
            _is_given_name(words[0])
            or any(word in NAME_PARTICLES or _APOSTROPHE_NAME.fullmatch(word) for word in words)
            or not match["name"].isascii()
        ):
            yield Hit(*match.span("name"), NAME)


_DOUBLE_BARRELLED = re.compile(
    r"(?:(?P<start>^|[.!?\n][ \t]*)|(?<=[ \t(\"']))(?P<given>[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)[ \t]+"
    r"(?P<family>[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+-[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+)(?![^\W\d_'\-])"
)
"""A capitalized word and a family name of two capitalized parts joined by a hyphen: "Ilse Brandt-Öztürk"."""
_NEXT_CAPITALIZED = re.compile(r"[ \t]+[A-Z]")


def _double_barrelled(text: str) -> Iterator[Hit]:
    """In a comment about names, a given name and a family name of two capitalized parts joined by a
    hyphen, when no word is an ordinary word and the two name no thing: "the hyphen breaks: Wren
    Ashdown-Kirby". Opening a sentence ("Enter Smith-Jones ..."), or among other capitalized words
    ("Please Visit Wilkes-Barre Office"), the given name must be on the list; not "the Multi-Factor
    Sign-In" nor "Winston-Salem"."""
    for match in _DOUBLE_BARRELLED.finditer(text):
        given, parts = match["given"], match["family"].lower().split("-")
        before = _WORD_BEFORE.search(text, max(0, match.start("given") - 30), match.start("given"))
        title_cased = (before is not None and before["word"][0].isupper()) or _NEXT_CAPITALIZED.match(
            text, match.end()
        )
        if (match["start"] is not None or title_cased) and not _is_given_name(given):
            continue
        lower = given.lower()
        if lower in NOT_NAMES or lower in NOT_AFTER_NAMES or lower in THING_NOUNS or lower in PUBLIC_OFFICES:
            continue
        if lower not in FIRST_NAMES and len(lower) > 4 and _NOT_A_GIVEN_NAME.search(lower):
            continue
        if any(
            part in NOT_NAMES or part in NOT_AFTER_NAMES or part in STREET_SUFFIXES or part in NUMBER_WORDS
            for part in parts
        ):
            continue
        if not (_names_a_thing(text, match.end("given")) or _is_famous(f"{given} {parts[-1]}")):
            yield Hit(match.start("given"), match.end("family"), NAME)


def _family_names(text: str) -> Iterator[Hit]:
    """The family name in "the Okafor family", "la familia Pérez"."""
    for match in _FAMILY.finditer(text):
        group = "name" if match.group("name") else "other"
        if not any(word.lower() in NOT_NAMES for word in re.split(r"[ \t-]", match.group(group))):
            yield Hit(*match.span(group), NAME)


_LATIN_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_ROMANIZED_IN_PARENTHESES = re.compile(
    rf"[ \t]*[(（][ \t]*(?P<latin>{_LATIN_NAME_WORD}(?:[ \t]+{_LATIN_NAME_WORD}){{1,2}})[ \t]*[)）]"
)
"""Two or three capitalized words in Latin letters in parentheses: "（Huang Jiaxin）", "(Kim Do-yoon)"."""
_ROMANIZED_PAIR = re.compile(
    rf"(?<![^\W\d_])(?=(?P<first>{_LATIN_NAME_WORD})[ \t]+(?P<second>{_LATIN_NAME_WORD})(?![^\W\d_]))"
)
"""Two capitalized words in Latin letters, overlapping: "Dear Jianhua Wong" holds "Jianhua Wong"."""
_HAN_OR_HANGUL = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]+")
"""Chinese characters or Korean syllables, of which names are written."""


def _romanized_beside(text: str) -> Iterator[Hit]:
    """A Chinese or Korean name right before the same name in Latin letters in parentheses, told by its
    family name written both ways: "联系人：黄嘉欣（Huang Jiaxin）", "제 남편은 김도윤 (Kim Do-yoon) 이고"."""
    for match in _ROMANIZED_IN_PARENTHESES.finditer(text):
        latin = match["latin"].split()
        spelled = {latin[0].lower(), latin[-1].lower()}  # the family name first, or last
        end = match.start()
        for length in (3, 2, 4):  # most such names are three characters long
            start = end - length
            if (
                start >= 0
                and _HAN_OR_HANGUL.fullmatch(text, start, end)
                and spelled & ROMANIZED_SURNAMES.get(text[start], frozenset())
            ):
                yield Hit(start, end, NAME)
                break


def _romanized(text: str, found: list[Hit]) -> Iterator[Hit]:
    """A Chinese or Korean name found, written again anywhere in Latin letters: its family name
    romanized beside a capitalized word that is no ordinary word, in either order ("我叫王建华 ...
    印的是 Jianhua Wong", "김민수 ... Kim Minsu")."""
    spellings: set[str] = set()
    for hit in found:
        spellings |= ROMANIZED_SURNAMES.get(text[hit.start], frozenset())
    if not spellings:
        return
    starts = {hit.start for hit in found}
    for match in _ROMANIZED_PAIR.finditer(text):
        first, second = match["first"], match["second"]
        if first.lower() in spellings:
            other = second
        elif second.lower() in spellings:
            other = first
        else:
            continue
        lower = other.lower()
        if match.start("first") in starts or any(
            lower in words for words in (NOT_NAMES, NOT_AFTER_NAMES, STREET_SUFFIXES, THING_NOUNS)
        ):
            continue  # not "Park Avenue", "Han River"
        yield Hit(match.start("first"), match.end("second"), NAME)


def _joined_names(text: str) -> Iterator[Hit]:
    """Names in Chinese and Korean, after the words that introduce them or before the same name in Latin
    letters."""
    for pattern in (_ROMANIZED_LABEL, _ON_BEHALF_IN_CHINESE):
        for match in pattern.finditer(text):
            yield Hit(*match.span("name"), NAME)
    if "(" in text or "（" in text:
        yield from _romanized_beside(text)
    for match in _CHINESE_NAME.finditer(text):
        if match.group("weak") and match.group("more"):
            continue  # "我是高中生": not a name with nothing after it
        yield Hit(*match.span("name"), NAME)
    for match in _KOREAN_NAME.finditer(text):
        name = match.group("name")
        for ending in _KOREAN_ENDINGS:
            if name.endswith(ending) and len(name) > len(ending):
                name = name[: -len(ending)]
                break
        if 2 <= len(name) <= 4 and name[0] in KOREAN_SURNAMES:
            start = match.start("name")
            yield Hit(start, start + len(name), NAME)


_WORDS_BEFORE = re.compile(
    r"(?:[^\W\d_]+(?:['\-][^\W\d_]+)*[ \t]+){1,2}[^\W\d_]+(?:['\-][^\W\d_]+)*(?P<end>)[ \t]*[,:(\-]?[ \t]*\Z"
)
_BESIDE_REACH = 60
_LAST_WORD = re.compile(r"[^\W\d_]+[ \t]*[,:(\-]?[ \t]*\Z")
"""The word right before a position: the quick look before the slower one."""


def name_before(text: str, start: int) -> Hit | None:
    """Two or three capitalized words that are no ordinary words, right before ``start`` (where an
    email, address, phone or ID number begins): "write to Henry Abernathy, h_abernathy@example.com"."""
    last = _LAST_WORD.search(text, max(0, start - 30), start)
    if last is None or not last.group()[0].isupper():
        return None
    match = _WORDS_BEFORE.search(text, max(0, start - _BESIDE_REACH), start)
    if match is None:
        return None
    words = list(re.finditer(r"\S+", text[match.start() : match.end("end")]))
    while words and not _is_family_name(words[0].group()):
        words.pop(0)
    if len(words) < 2 or not all(_is_family_name(word.group()) for word in words):
        return None
    return Hit(match.start() + words[0].start(), match.end("end"), NAME)
