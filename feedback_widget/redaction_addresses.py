"""Street addresses in readable text: "123 Main St", "4500 N. Elm Avenue Apt 5", "PO Box 1234".

A US street address is a house number, a street name of one to four words and a street word (Street, Ave,
Road...), then perhaps a unit, a city, a state and a ZIP code; in any case ("4821 oak ridge dr", "119
WASHINGTON PL"), with a unit before it or not ("Apt 2, 119 Washington Pl"), and with a Wisconsin-style grid
number ("W204N11509 Goldendale Rd"). A street word that is also an ordinary noun (Court, Way, Place...) needs
more: a capitalized street name that is not an ordinary word, a direction, a unit or a state beside it, unless
it is written short ("309 oak hollow ct"); a number that belongs to the word before it ("Terminal 2", "Gate
5") is no house number. A street word may end a quote ("'5 Old Mill Rd'"), and a street found once is found
again with its number in words or in another case ("Five Old Mill Road", "5 OLD MILL RD"), and its house
number again before a street written another way ("7731 NW 112th Pl" then "7731 Northwest 112 Place"). A
street numbered with no "th" counts after a direction of more than one letter ("1200 NW 17 Ave"). After "my
address is" or "I live at", whatever follows a house number, up to the end of the clause, is taken for the
address; after a form's field label ("Street:", "Address line 1:"), a house number and a capitalized name with
no street word ("Street: 19 Via Del Mar"). A house number written in words ("twenty-two Orchard Lane") counts
after those words, or when it has two words or more, or before a capitalized street name of two words or more
("Fourteen Cedar Hollow Lane", not "Eight Mile Road"), or after "I am at" before a street's name; a house
number given on its own ("house number is 2719") is taken with the capitalized street named elsewhere in the
comment. Rural routes: "RR 2 Box 15", "HCR 62 Box 19", "771 county road 14".

Streets written the other way round are found too: a street word first and the name after it,
with the house number before ("2640 Calle Loíza", "12 rue de la Paix", "45 Đường Lê Lợi", "2901 Ave
Ponce de León") or after ("Calle Sol 123", "Rua das Flores, 45"), and Puerto Rico's numbered streets
("Calle 12 Bloque 5 #18", the urbanization's name before it staying, as a town's); and the words for
"my address is" and "I live at" in the widget's other languages, where the address must start with a
number and a name or street word. In Chinese, a street with its number ("建国路88号"); in Korean,
Chinese, Russian and Arabic, what follows "주소:", "地址：", "адрес:" or "عنواني" when it holds a street
word and a number.

A ZIP code alone, a highway ("Highway 101") and a room number stay as they are.
"""

# Words and characters of other scripts are written here on purpose.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_widget.redaction_rules import ADDRESS, Hit, holds_any
from feedback_widget.redaction_words import (
    NOT_NAMES,
    STATE_CODES,
    STATE_NAMES,
    STREET_SUFFIXES,
    WEAK_STREET_SUFFIXES,
)

_DIRECTION = (
    r"(?:(?i:[nsew])|NE|NW|SE|SW|(?i:north|south|east|west|northeast|northwest|southeast|southwest))\.?"
)
_SUFFIX = "|".join(sorted(STREET_SUFFIXES | WEAK_STREET_SUFFIXES, key=len, reverse=True))
_UNIT = (
    r"(?:,?\s*(?:#\s?|(?i:apt|apartment|unit|suite|ste|fl|floor|rm|room|bldg|building|lot|trlr|"
    r"trailer|dept|space|spc|no)\.?\s*#?\s*)"
    r"[A-Za-z0-9]{0,2}\d[A-Za-z0-9]{0,4}(?:-[A-Za-z0-9]{1,4})?(?!\w)"
    r"|,?\s*(?i:apt|apartment|unit|suite|ste)\.?\s*#?\s*[A-Z](?![\w'\-]))"
)
"""A unit after the street: "Apt 5", "# 12B", "Suite 200", or a letter after a unit word ("Apartment B")."""
_STATE = "|".join([*STATE_CODES, *STATE_NAMES])
_ZIP = r"\d{5}(?:-\d{4})?(?!\d)"
_PLACE = (
    rf"(?:,?\s+(?:[A-Z][a-z]+\.?\s){{0,2}}[A-Z][a-z]+,?\s+(?:{_STATE})(?![\w])(?:,?\s+{_ZIP})?"
    rf"|,?\s+(?:{_STATE})(?![\w])(?:,?\s+{_ZIP})?|,\s*{_ZIP})"
)

_STREET_WORD = r"(?:[A-Za-z][A-Za-z'\-]*\.?|\d{1,3}(?i:st|nd|rd|th))"
"""A word of a street's name: "Elm", "O'Hara", "St.", "42nd"."""
_HOUSE_NUMBER = r"(?P<number>[NSEW]\d{1,4}[NSEW]\d{1,6}|\d{1,6}(?:-\d{1,5})?(?:-?[A-Za-z])?(?: 1/2)?)"
"""A house number: "123", "88-12", "12B", "123-A", "12 1/2", or a grid number such as "W204N11509"."""
_STREET_AFTER_NAME = (
    rf"\s+(?P<suffix>(?i:{_SUFFIX}))(?!\w|'\w)\.?"
    rf"(?P<after>(?:\s+{_DIRECTION}(?![\w]))?(?P<unit>{_UNIT})?(?P<place>{_PLACE})?)"
)
_STREET = re.compile(
    r"(?=[NSEW]?\d)(?<![\w\-.,/$#])" + _HOUSE_NUMBER + r"\s+"
    rf"(?P<direction>{_DIRECTION}\s+)?"
    rf"(?P<name>{_STREET_WORD}(?:\s+{_STREET_WORD}){{0,3}}?)" + _STREET_AFTER_NAME
)
"""Shortest name first: "12 Oak Lane Court" is "12 Oak Lane"."""
_LONGEST_STREET = re.compile(
    _HOUSE_NUMBER + r"\s+"
    rf"(?P<direction>{_DIRECTION}\s+)?"
    rf"(?P<name>{_STREET_WORD}(?:\s+{_STREET_WORD}){{0,3}})" + _STREET_AFTER_NAME
)
"""Longest name first, tried where the shortest is not likely: "4821 oak ridge dr" (not "oak ridge")."""
_UNIT_BEFORE = re.compile(
    r"(?<![\w])(?i:apt|apartment|unit|suite|ste|#|no|lot|rm|room|trlr|space)\.?\s*#?\s*"
    r"[A-Za-z0-9]{0,2}\d[A-Za-z0-9]{0,4},?\s*\Z"
)
"""A unit written before the street: "Apt 2, 119 Washington Pl"."""

_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽƠƯА-ЯЁ"
"""Capital letters of the Latin and Cyrillic scripts that start a street's name."""
_JOINERS = r"(?:(?i:de|del|la|las|los|da|do|das|dos|des|du|le|les|y|e|l')\s*)"
"""Small words inside a street's name: "rue de la Paix", "Rua das Flores"."""
_NAME_WORD = rf"[{_CAPITAL}][^\W\d_]*\.?"
_FOREIGN_STREET_NAME = rf"{_JOINERS}{{0,2}}{_NAME_WORD}(?:\s+{_JOINERS}{{0,2}}{_NAME_WORD}){{0,3}}"
"""One to four capitalized words, with small words between: "Loíza", "de la Paix", "Lê Lợi"."""
_FIRST_WORDS = (
    r"calle|avenida|avda\.?|av\.|carretera|carr\.|camino|paseo|callej[óo]n|calzada|bulevar|"
    r"rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|"
    r"rua|travessa|alameda|estrada|rodovia|pra[çc]a|largo|"
    r"kalye|[đd][ưu][ờo]ng|ph[ốo]"
)
"""Street words written before the street's name, in the widget's other languages."""
_NOT_A_UNIT = (
    r"(?!\s*(?i:minutos?|min|horas?|hrs?|kil[óo]metros?|km|millas?|miles?|metros?|cuadras?|veces|personas|"
    r"d[óo]lares|minutes?|heures?|hours?|pessoas|vezes|reais|euros|fois|jours?|d[íi]as?|dias|a[ñn]os?|ans|anos)"
    r"(?![\w]))"
)
"""Not a count after the number: "la Avenida Central 20 minutos" is no address."""
_STREET_FIRST = re.compile(
    rf"(?=\d)(?<![\w\-.,/$#])(?P<number>\d{{1,6}}[A-Za-z]?),?\s+(?i:{_FIRST_WORDS}|ave\.?)\s+{_FOREIGN_STREET_NAME}"
)
"""House number, street word, name: "2640 Calle Loíza", "12 rue de la Paix", "2901 Ave Ponce de León"."""
_NUMBER_LAST = re.compile(
    rf"(?<![\w])(?i:{_FIRST_WORDS})\s+{_FOREIGN_STREET_NAME},?\s+"
    r"(?:#|(?i:n[º°o]\.?|n[úu]m\.?|n[úu]mero)\s*)?\s*(?P<number>\d{1,5}[A-Za-z]?)(?![\w\-/.:]|\.\d)"
    + _NOT_A_UNIT
)
"""Street word, name, house number: "Calle Sol 123", "Rua das Flores, 45", "Avenida Juárez #12"."""
_NUMBERED_STREET = re.compile(
    r"(?<![\w])(?i:calle|c/|avenida|ave?\.?|carretera|carr\.)\s+\d{1,3}[A-Za-z]?,?\s+"
    r"(?:(?i:bloque|blq\.?)\s*\d{1,3}[A-Za-z]?,?\s+)?(?:#\s?\d{1,5}[A-Za-z]?(?:-\d{1,4})?|[A-Z]{1,2}-?\d{1,4}|(?i:n[º°o]\.?|n[úu]m\.?)\s?\d{1,5})(?![\w\-])"
)
"""A numbered street and a house number, perhaps with a block between, as in Puerto Rico and Latin
America: "Calle 3 B-12", "Calle 12 Bloque 5 #18" (the urbanization's name before it stays, as a town's)."""
_HIGHWAY = re.compile(
    r"(?<![\w\-.,/$#])(?:[NSEW]\d{1,6}|\d{1,6}[A-Za-z]?)\s+(?:(?:(?i:state|county|co\.?)|US|U\.S\.|Farm\s+to\s+Market)\s+)?"
    rf"(?i:highway|hwy|route|rte|road|rd|fm|rm|cr|sr)\s*-?\s*(?:\d{{1,4}}[A-Za-z]?|[A-Z]{{1,3}})(?![\w])"
    rf"{_NOT_A_UNIT}(?:\s+(?i:rd|road))?(?:{_UNIT})?(?:{_PLACE})?"
)
_GRID = re.compile(
    r"(?<![\w\-.,/$#])\d{1,5} [NSEW]\.? \d{1,5} [NSEW]\.?(?![\w])" rf"(?:{_UNIT})?(?:{_PLACE})?"
)
"""A grid address, as in Utah: "1350 E 3300 S"."""
_CAPITAL_DIRECTION = r"(?:(?:North|South)(?:east|west)?|East|West|NORTH|SOUTH|EAST|WEST|NE|NW|SE|SW)"
"""A direction written with a capital, in more than one letter: not "n" nor "E"."""
_NUMBERED_GRID_STREET = re.compile(
    rf"(?<![\w\-.,/$#])\d{{2,6}}\s+{_CAPITAL_DIRECTION}\s+\d{{1,3}}\s+(?i:{_SUFFIX})(?!\w|'\w)\.?"
    rf"(?:{_UNIT})?(?:{_PLACE})?"
)
"""A house number, a direction and a street numbered with no "th", as in Miami: "2290 SW 47 Ter",
"1200 NW 17 Ave"."""
_BOX = re.compile(
    r"(?<![\w])(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|pob|(?:rr|r\.r\.|rural\s+route|hcr?|h\.c\.r\.|rfd|star\s+route)"
    r"\s*#?\s*\d{1,4},?\s+box|(?:psc|cmr|unit)\s*#?\s*\d{1,5},?\s+box|apartado(?:\s+(?:postal|de\s+correos?)|(?=\s*#?\s*\d{3}))|casilla\s+(?:postal|de\s+correos?)|caixa\s+postal|"
    r"bo[îi]te\s+postale)\s*#?\s*\d{1,7}[A-Za-z]?(?![\w])"
    rf"(?:{_PLACE})?"
)
_AFTER_LEAD = re.compile(
    r"(?<![^\W\d_])(?i:my\s+(?:home\s+|mailing\s+|street\s+|physical\s+|current\s+|new\s+|old\s+)?"
    r"address(?:\s+is|\s+was|\s*:)|(?:i|we)\s+(?:live|lived|reside|resided|stay|am\s+staying)\s+at|"
    r"(?:home|mailing|street|residential)\s+address\s*:?)\s*"
    r"(?P<hit>\d{1,6}(?:-?[A-Za-z])?\s+[A-Za-z0-9][^\n;!?]{2,80})"
)
_FIELD = re.compile(
    r"(?<![^\W\d_])(?i:street|address|addr\.?|address\s+line\s*1|address\s*1)[ \t]*:[ \t]*"
    rf"(?P<hit>\d{{1,6}}[A-Za-z]?[ \t]+{_NOT_A_UNIT}(?!(?i:days?|weeks?|months?|years?|times?)(?![^\W\d_]))"
    rf"(?P<first>{_JOINERS}{{0,2}})[{_CAPITAL}][^\W\d_]*"
    rf"(?:[ \t]+{_JOINERS}{{0,2}}{_NAME_WORD}){{0,3}})(?![^\W\d_])"
)
"""A form's street field copied with its label: "Street: 19 Via Del Mar", "Address line 1: 7 Camino Real":
a house number and a capitalized name, with no street word needed."""
_FIELD_HINTS = ("street", "addr")
_CAPITALIZED_WORD = re.compile(rf"[{_CAPITAL}][^\W\d_]*")
_FOREIGN_LEAD = re.compile(
    r"(?<![^\W\d_])(?i:mi\s+(?:direcci[óo]n|domicilio)(?:\s+(?:actual|nueva|postal|de\s+casa))?(?:\s+es)?|"
    r"direcci[óo]n|domicilio|(?:vivo|vivimos|resido|residimos)\s+en(?:\s+el|\s+la)?|"  # es
    r"(?:mon\s+|notre\s+)?adresse(?:\s+est)?|j'habite(?:\s+au|\s+à|\s+a)?|nous\s+habitons(?:\s+au|\s+à)?|"
    r"(?:meu\s+|nosso\s+)?endere[çc]o(?:\s+[ée])?|(?:eu\s+)?(?:moro|resido)\s+(?:na|no|em)|"  # pt
    r"adr[èe]s(?:\s+mwen)?(?:\s+se)?|(?:mwen|m)\s+rete(?:\s+nan|\s+lakay|\s+sou)?|"  # ht
    r"(?:ang\s+)?address\s+ko(?:\s+ay)?|nakatira\s+(?:ako|kami)\s+sa|tirahan(?:\s+ko)?(?:\s+ay)?|"  # tl
    r"[đd][ịi]a\s+ch[ỉi](?:\s+c[ủu]a\s+t[ôo]i)?(?:\s+l[àa])?|t[ôo]i\s+(?:s[ốo]ng|[ởo])(?:\s+(?:t[ạa]i|[ởo]))?)"
    r"(?![^\W\d_])\s*[:,]?\s*"
    rf"(?P<hit>\d{{1,6}}[A-Za-z]?(?:-\d{{1,5}})?,?\s+(?:(?i:de|du|da|do)\s+(?:(?i:la)\s+)?)?"
    rf"(?:(?i:{_FIRST_WORDS})\s+|[{_CAPITAL}])[^\n;!?]{{1,80}})"
)
"""The words for "my address is" and "I live at" in the widget's other spaced languages, then a house
number and a capitalized name or a street word: "vivo en 1520 SW 8th St", "j'habite au 12 rue Cler"."""
_LABELLED = re.compile(
    r"(?:(?:제|내|저의|나의)\s*)?(?:주소|住址|地址|адрес|عنواني|العنوان)"
    r"(?:\s*(?:는|은|:|是|为|為|-)|\s+(?=\d))\s*:?\s*(?P<hit>[^\n;!?。！？]{2,80})",
    re.IGNORECASE,
)
""""Address:" in Korean, Chinese, Russian and Arabic, then the rest of the clause."""
_LABELLED_STREET = re.compile(
    r"[路街道巷弄号號区區市县縣]|[시구군동로길읍면리](?![\uac00-\ud7a3])|번지|улиц|ул\.|просп|пер\.|шоссе|"
    r"스트리트|애비뉴|에비뉴|블러바드|블루바드|불러바드|로드|드라이브|레인|웨이|플레이스|"
    r"(?<![^\W\d_])(?:д|дом|кв)\.?\s*\d|شارع|حي|طريق|مبنى|شقة",
    re.IGNORECASE,
)
"""A street word of those languages: what follows "address:" must hold one, and a number."""
_LABELLED_END = re.compile(r"\d[\d\-]*(?:\s*(?:号|號|번지|호|층|室|楼|樓))?(?=[^\d]*\Z)")
"""The last number of a labelled address and its unit: the address ends there."""
_CHINESE_STREET = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:路|街|大道|巷|弄)\s*\d{1,5}\s*[号號](?:\s*\d{1,5}\s*[室楼樓])?"
)
"""A Chinese street and its number: "建国路88号"."""
_CLAUSE_END = re.compile(
    r"(?<!\b[NSEW])(?<!\bSt)(?<!\bAve)(?<!\bRd)(?<!\bDr)(?<!\bLn)(?<!\bApt)(?<!\bSte)(?<!\bBlvd)\.(?:\s|$)"
    r"|\s+(?:and|but|so|because|since|for|which|where|when|if|then|or|y|pero|porque|desde|hace|et|mais|parce|"
    r"depuis|e|mas|h[áa]|epi|men|paske|dahil|v[àa]|nh[ưu]ng|v[ìi]|t[ừu])\s|,\s+(?:and|but|so|which|i|we|y|pero)\s",
    re.IGNORECASE,
)


_HOUSE_NUMBER_TOLD = re.compile(
    r"(?<![^\W\d_])(?i:(?:house|home|building|street)\s+(?:number|no\.?|#)\s*(?:is|was|:)|"
    r"(?:my|our|the)\s+(?:house|home)\s+is\s+(?:number|no\.?|#))\s*(?P<number>\d{1,6}[A-Za-z]?)(?![\w/\-])"
    r"(?!\s+(?i:digits?|characters?|letters?|numbers?|times?)(?![\w]))"
)
"""A house number given on its own: "House number is 2719", "my house is number 402"."""
_NAMED_STREET = re.compile(r"(?<![\w\-])(?:[A-Z][a-z'\-]+\s+){1,3}(?P<suffix>[A-Z][a-z]*)\.?(?![\w'\-])")
"""Capitalized words ending with a capitalized word that may be a street word: "Willow Bend Drive"."""
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_SPELLED = (
    rf"(?:(?:{_UNITS})[\s\-]+hundred(?:[\s\-]+(?:and\s+)?(?:{_TENS}|{_UNITS}|ten)(?:[\s\-]+(?:{_UNITS}))?)?"
    rf"|(?:{_TENS})(?:[\s\-]+(?:{_UNITS}))?|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|{_UNITS})"
)
"""A house number written in words: "twenty-two", "one hundred twelve", "seven"."""
_SPELLED_STREET = re.compile(
    rf"(?=[otfsenOTFSEN])(?<![\w\-])(?P<number>(?i:{_SPELLED}))\s+(?P<direction>{_DIRECTION}\s+)?"
    rf"(?P<name>{_STREET_WORD}(?:\s+{_STREET_WORD}){{0,3}}?)" + _STREET_AFTER_NAME
)
_LONGEST_SPELLED_STREET = re.compile(
    rf"(?P<number>(?i:{_SPELLED}))\s+(?P<direction>{_DIRECTION}\s+)?"
    rf"(?P<name>{_STREET_WORD}(?:\s+{_STREET_WORD}){{0,3}})" + _STREET_AFTER_NAME
)
"""Longest name first: "Fourteen Oak Ridge Drive" (not "Fourteen Oak Ridge")."""
_ADDRESS_LEAD_BEFORE = re.compile(
    r"(?i:address(?:\s+is|\s+was)?|live\s+at|lived\s+at|reside\s+at|moved\s+to)\s*:?\s*\Z"
)
_AT_BEFORE = re.compile(r"(?i:(?:i\s+am|i'm|we\s+are|we're|located)\s+at)\s*\Z")
"""Words right before a house number written in words that make it one when a street's name follows:
"I am at seven Elm Street"."""
"""Words right before a house number written in words that make it one: "My address is twenty-two ..."."""


def _spelled_streets(text: str) -> Iterator[tuple[int, int]]:
    """Addresses with the house number in words: after "my address is" or "I live at" with any street
    word ("my home address: twenty two oak hollow circle"); and when the words read as a street's, after
    "I am at" ("I am at seven Elm St"), with a number of two words or more ("twenty-two Orchard Lane"),
    or with a number of one word (not "one") before a capitalized name of two words or more
    ("Fourteen Cedar Hollow Lane"; not "Eight Mile Road", a street's name with no house number)."""
    for match in _SPELLED_STREET.finditer(text):
        if not match.group("after") and _ANOTHER_SUFFIX.match(text, match.end()):
            longest = _LONGEST_SPELLED_STREET.match(text, match.start())
            if longest is not None and longest.end() > match.end() and _is_street(text, longest):
                match = longest  # "Fourteen Oak Ridge Drive": a street word ("Ridge") inside the name
        lead = _ADDRESS_LEAD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        compound = len(re.split(r"[\s\-]+", match.group("number"))) >= 2
        named = _AT_BEFORE.search(text, max(0, match.start() - 16), match.start()) is not None or (
            match.group("number").lower() != "one"
            and len(match.group("name").split()) >= 2
            and all(word[0].isupper() for word in match.group("name").split())
        )
        if lead is not None or ((compound or named) and _is_street(text, match)):
            yield match.span()


def _told_house_numbers(text: str) -> Iterator[tuple[int, int]]:
    """A house number given on its own, and the street named elsewhere in the comment without a number:
    "House number is 2719 ... the map pin for Willow Bend Drive"."""
    told = [match.span("number") for match in _HOUSE_NUMBER_TOLD.finditer(text)]
    if not told:
        return
    yield from told
    for street in _NAMED_STREET.finditer(text):
        if street["suffix"].lower() in STREET_SUFFIXES | WEAK_STREET_SUFFIXES:
            words = street.group().lower().split()
            if not any(word in NOT_NAMES for word in words[:-1]):
                yield street.span()


_YEAR_BEFORE = re.compile(r"(?<![^\W\d_])(?:in|since|by|from|until|during|of|year)\s+\Z", re.IGNORECASE)
_NUMBERED_THING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:terminal|gate|pier|platform|track|level|exit|bus|line|door|window|counter|booth)\s+\Z",
    re.IGNORECASE,
)
"""A word the number belongs to, so that it is no house number: "Terminal 2 Main Concourse"."""
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:office|offices|location|locations|branch|branches|building|buildings|store|stores|station|"
    r"stations|clinic|clinics|site|sites|campus|entrance)(?![^\W\d_])",
    re.IGNORECASE,
)
_HIGHWAY_HINTS = ("highway", "hwy", "route", "rte", "road", "rd", "fm ", "rm ", "cr ", "sr ")
_AFTER_LEAD_HINTS = ("address", "live", "resid", "stay")
_FOREIGN_LEAD_HINTS = (
    *("direcci", "domicilio", "vivo", "vivimos", "resido", "residimos", "adresse", "habite", "habitons"),
    *("endere", "moro", "adrès", "adres ", "rete ", "address ko", "nakatira", "tirahan", "địa", "dia ch"),
    *("sống", "toi song", "tôi ở", "toi o"),
)
_FIRST_WORD_HINTS = (
    *("calle", "aven", "avda", "av.", "carr", "camino", "paseo", "callej", "calzada", "bulevar", "rue "),
    *("boulevard", "bd", "chemin", "allée", "allee", "impasse", "quai", "rua ", "travessa", "alameda"),
    *("estrada", "rodovia", "praça", "praca", "largo", "kalye", "đường", "duong", "phố", "pho "),
    *(" ave ", " ave."),
)
"""Of which text holds one when a street word of :data:`_FIRST_WORDS` is in it, in lower case."""
_HOUSE_NUMBER_HINTS = ("house", "home", "building", "street")
_SPELLED_HINTS = (
    *("one", "two", "thr", "four", "five", "fif", "six", "seven", "eigh", "nine", "ten", "elev", "twel"),
    *("twen", "thir", "fort"),
)
"""Of which every house number in words holds one."""
_BOX_HINTS = ("box", "pob", "apartado", "casilla", "caixa", "boîte", "boite")


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.IGNORECASE)


def _is_street_word(word: str) -> bool:
    return bool(_ORDINAL.fullmatch(word)) or word[0].isupper()


_WEAK_ABBREVIATIONS = frozenset(("ct", "cir", "pl", "trl", "hts", "rdg", "cv", "xing", "plz", "aly", "cres"))
"""Short forms of street words that are also ordinary nouns: "Court" is one, but "ct" is only a street's,
so "309 oak hollow ct" is an address in lower case as "309 oak hollow rd" is."""


def _street_is_likely(match: re.Match[str], unit_before: bool) -> bool:
    """Whether the words between the number and the street word read as a street's name."""
    words = match.group("name").split()
    lowered = [word.lower().rstrip(".") for word in words]
    if all(_is_street_word(word) for word in words):
        if match.group("suffix").lower() not in WEAK_STREET_SUFFIXES:
            return True
        if match.group("direction") or match.group("unit") or match.group("place") or unit_before:
            return True
        return lowered[0] not in NOT_NAMES
    if any(word[0].isupper() for word in words):
        return False  # "2 hours on Main St": mixed case, not one name
    suffix = match.group("suffix").lower()
    strong = suffix in STREET_SUFFIXES or suffix in _WEAK_ABBREVIATIONS
    return strong and len(words) <= 3 and not any(word in NOT_NAMES for word in lowered)


def _is_street(text: str, match: re.Match[str]) -> bool:
    """Whether a number, words and a street word are a street address, on the words and what is beside."""
    unit_before = bool(_UNIT_BEFORE.search(text, max(0, match.start() - 24), match.start()))
    return _street_is_likely(match, unit_before) and not _reads_otherwise(text, match)


def _reads_otherwise(text: str, match: re.Match[str]) -> bool:
    """Whether the number is a year ("in 2020 Main Street was closed") or the street names a place
    ("our 3 Park Avenue offices"), with no unit, city or state to say it is an address."""
    if match.group("unit") or match.group("place"):
        return False
    number = match.group("number")
    before = text[max(0, match.start() - 12) : match.start()]
    if number.isdigit() and 1900 <= int(number) <= 2099 and _YEAR_BEFORE.search(before):
        return True
    if _NUMBERED_THING_BEFORE.search(before):
        return True
    return bool(_PLACE_NOUN_AFTER.match(text, match.end()))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without trailing spaces, commas or a sentence's full stop."""
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return start, end


_WithHints = tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
_SHAPES_WITH_HINTS: _WithHints = (
    (_HIGHWAY, _HIGHWAY_HINTS),
    (_BOX, _BOX_HINTS),
    (_GRID, (" n", " s", " e", " w")),
    (_NUMBERED_GRID_STREET, (" ne ", " nw ", " se ", " sw ", "north", "south", "east ", "west ")),
)
"""Shapes looked for only in text that holds one of their words."""
_LEADS_WITH_HINTS: _WithHints = ((_AFTER_LEAD, _AFTER_LEAD_HINTS), (_FOREIGN_LEAD, _FOREIGN_LEAD_HINTS))
"""The words for "my address is", looked for only in text that holds one of their cores."""


_ANOTHER_SUFFIX = re.compile(rf"\s+(?i:{_SUFFIX})(?!\w|'\w)")
"""A street word right after the one that ended a street's name: "1187 Sycamore Ridge Road"."""


def _streets(text: str) -> Iterator[re.Match[str]]:
    """US-style street addresses: the shortest reading of each, or else the longest; the longest too
    when the shortest ends with a street word that another follows ("Sycamore Ridge Road")."""
    for match in _STREET.finditer(text):
        if _is_street(text, match):
            if not match.group("after") and _ANOTHER_SUFFIX.match(text, match.end()):
                longest = _LONGEST_STREET.match(text, match.start())
                if longest is not None and longest.end() > match.end():
                    if _is_street(text, longest):  # not "5 Grand Concourse Plaza offices"
                        yield longest
                    continue
            yield match
            continue
        longest = _LONGEST_STREET.match(text, match.start())
        if longest is not None and _is_street(text, longest):
            yield longest


_NUMBER_BEFORE_NAME = re.compile(
    rf"(?<![\w\-])(?:\d{{1,6}}[A-Za-z]?|{_SPELLED})\s+(?:{_DIRECTION}\s+)?\Z", re.IGNORECASE
)
_SUFFIX_AFTER_NAME = re.compile(rf"\s+(?:{_SUFFIX})(?!\w|'\w)\.?", re.IGNORECASE)


def _repeated_streets(text: str, streets: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """A street already found, again with a house number in digits or words and any street word, in
    any case: "5 Old Mill Rd" then "Five Old Mill Road", "1720 Birchwood Ave" then "1720 BIRCHWOOD AVE"."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for name in {match["name"].lower() for match in streets}:
        position = lowered.find(name)
        while position >= 0:
            end = position + len(name)
            number = _NUMBER_BEFORE_NAME.search(text, max(0, position - 40), position)
            suffix = _SUFFIX_AFTER_NAME.match(text, end)
            if number is not None and suffix is not None:
                yield number.start(), suffix.end()
            position = lowered.find(name, end)


_RESTATED = re.compile(
    rf"[ \t]+(?:{_DIRECTION}[ \t]+)?(?:(?:[A-Z][A-Za-z'\-]*\.?|\d{{1,3}}(?i:st|nd|rd|th)?)[ \t]+){{1,3}}?"
    rf"(?i:{_SUFFIX})(?!\w|'\w)\.?"
)
"""After a house number, a street written another way: capitalized words, numbers and directions, then a
street word ("Southwest 88 Court")."""


def _restated_streets(text: str, streets: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """A street's house number found once, again before a street written another way, as a form rewrites
    it: "7731 NW 112th Pl" then "7731 Northwest 112 Place". Each house number is looked for once."""
    for number in {match["number"] for match in streets if len(match["number"]) >= 2}:
        position = text.find(number)
        while position >= 0:
            end = position + len(number)
            street = None
            if not (position and (text[position - 1].isalnum() or text[position - 1] in "-.,/$#")):
                street = _RESTATED.match(text, end)
            if street is not None:
                yield position, street.end()
            position = text.find(number, end)


_HOUSE_NUMBER_HEAD = re.compile(r"\d{1,6}[ \t]+[^\W\d_]{3}")
"""A street's house number and the first three letters of its name: where a copy of it, cut short,
must begin."""


def _cut_streets(text: str, streets: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """A street already found, copied elsewhere and cut short by a form, even inside a word: "10455
    Northwest Meadowbrook Parkway got cut to 10455 Northwest Meadowbrook P", "'3305 Ridge' in line 1".
    The copy starts with the house number and holds at least three letters of the name."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    starts = {start for start, _ in streets}
    for street in {lowered[start:end] for start, end in streets}:  # each street once
        head = _HOUSE_NUMBER_HEAD.match(street)
        if head is None:
            continue
        position = lowered.find(head.group())
        while position >= 0:
            end = position + head.end()
            while end < len(text) and end - position < len(street) and lowered[end] == street[end - position]:
                end += 1
            if not (
                position in starts
                or (position and lowered[position - 1].isalnum())
                or (end < len(text) and lowered[end].isalnum())
            ):
                yield position, position + len(text[position:end].rstrip())
            position = lowered.find(head.group(), position + 1)


class StreetAddresses:
    """Finds street addresses, post office boxes and the address after "my address is"."""

    hints: tuple[str, ...] = ()

    def scan(self, text: str) -> Iterator[Hit]:
        """Every address in ``text``."""
        lowered = text.lower()
        streets = list(_streets(text))
        found = [_trim(text, *match.span()) for match in streets]
        if streets:
            found += _repeated_streets(text, streets)
            found += _restated_streets(text, streets)
            found += _cut_streets(text, found[:])
        if holds_any(lowered, _FIRST_WORD_HINTS):
            for pattern in (_STREET_FIRST, _NUMBER_LAST, _NUMBERED_STREET):
                found += [_trim(text, *match.span()) for match in pattern.finditer(text)]
        for pattern, hints in _SHAPES_WITH_HINTS:
            if holds_any(lowered, hints):
                found += [_trim(text, *match.span()) for match in pattern.finditer(text)]
        if holds_any(lowered, _FIELD_HINTS):
            for match in _FIELD.finditer(text):
                words = _CAPITALIZED_WORD.findall(text, match.start("first"), match.end("hit"))
                if any(word.lower() not in NOT_NAMES for word in words):  # not "Address: 3 Days ago"
                    found.append(_trim(text, *match.span("hit")))
        for pattern, hints in _LEADS_WITH_HINTS:
            if holds_any(lowered, hints):
                for match in pattern.finditer(text):
                    start, end = match.span("hit")
                    stop = _CLAUSE_END.search(text, start, end)
                    found.append(_trim(text, start, stop.start() if stop else end))
        if holds_any(lowered, _HOUSE_NUMBER_HINTS):
            found += [_trim(text, *span) for span in _told_house_numbers(text)]
        if holds_any(lowered, _SPELLED_HINTS):
            found += [_trim(text, *span) for span in _spelled_streets(text)]
        if not text.isascii():
            found += _other_scripts(text)
        for start, end in sorted(found, key=_longest_first):
            yield Hit(start, end, ADDRESS)


class SpelledStreetAddresses:
    """Finds the addresses whose house number is in words, the only ones in text with no digit."""

    hints: tuple[str, ...] = _SPELLED_HINTS

    def scan(self, text: str) -> Iterator[Hit]:
        """Every such address in ``text``."""
        for span in _spelled_streets(text):
            yield Hit(*_trim(text, *span), ADDRESS)


def _other_scripts(text: str) -> list[tuple[int, int]]:
    """Addresses in Chinese, Korean, Russian and Arabic: a Chinese street, or what follows "address:"."""
    found = [match.span() for match in _CHINESE_STREET.finditer(text)]
    for match in _LABELLED.finditer(text):
        start, end = match.span("hit")
        hit = text[start:end]
        if not _LABELLED_STREET.search(hit):
            continue
        last = _LABELLED_END.search(hit)
        if last is None:
            continue
        if any("\u0600" <= char <= "\u06ff" for char in hit):  # Arabic: the street's name follows the number
            stop = re.search(r"[،.,]", hit[last.end() :])
            cut = last.end() + stop.start() if stop else len(hit)
        else:
            cut = last.end()
        found.append(_trim(text, start, start + cut))
    return found
