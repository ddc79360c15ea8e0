"""The languages Front Door ships, described in one place.

Each has a BCP 47 code (used in ``lang`` attributes and URLs), its own name (endonym), its text
direction, the Babel locale used for dates and numbers, the folder of its catalog, and whether a
native speaker has reviewed its translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale


@dataclass(frozen=True)
class LocaleInfo:
    """One language we ship."""

    code: str
    endonym: str
    direction: str
    babel: str
    reviewed: bool
    plural_forms: str

    @property
    def catalog(self) -> str:
        """The catalog folder under ``i18n/locales/``: the code with ``_`` (``zh_Hant``)."""
        return self.code.replace("-", "_")

    @property
    def url_prefix(self) -> str:
        """The URL prefix that selects this language, such as ``/zh-hant``."""
        return "/" + self.code.lower()

    @property
    def babel_locale(self) -> Locale:
        """The Babel locale for formatting dates, numbers and currency."""
        return _babel_locale(self.babel)


@cache
def _babel_locale(identifier: str) -> Locale:
    return Locale.parse(identifier)


# gettext plural formulas, written to agree with CLDR's categories for whole numbers (a test checks
# 0..10000), forms in CLDR order: zero, one, two, few, many, other.
_OTHER = "nplurals=1; plural=0;"
_ONE_OTHER = "nplurals=2; plural=(n != 1);"
_ZERO_ONE_OTHER = "nplurals=2; plural=(n > 1);"
_FILIPINO = (
    "nplurals=2; plural=(n == 1 || n == 2 || n == 3 || (n % 10 != 4 && n % 10 != 6 && n % 10 != 9)) ? 0 : 1;"
)
_RUSSIAN = (
    "nplurals=3; plural=(n % 10 == 1 && n % 100 != 11) ? 0 : "
    "(n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? 1 : 2;"
)
_ARABIC = (
    "nplurals=6; plural=(n == 0) ? 0 : (n == 1) ? 1 : (n == 2) ? 2 : "
    "(n % 100 >= 3 && n % 100 <= 10) ? 3 : (n % 100 >= 11) ? 4 : 5;"
)

LOCALES: dict[str, LocaleInfo] = {
    info.code: info
    for info in [
        LocaleInfo("en", "English", "ltr", "en_US", True, _ONE_OTHER),
        LocaleInfo("es", "Español", "ltr", "es_US", False, _ONE_OTHER),
        LocaleInfo("zh-Hans", "简体中文", "ltr", "zh_Hans_CN", False, _OTHER),
        LocaleInfo("zh-Hant", "繁體中文", "ltr", "zh_Hant_TW", False, _OTHER),
        LocaleInfo("tl", "Tagalog", "ltr", "fil_PH", False, _FILIPINO),
        LocaleInfo("vi", "Tiếng Việt", "ltr", "vi_VN", False, _ZERO_ONE_OTHER),
        LocaleInfo("ar", "العربية", "rtl", "ar", False, _ARABIC),
        LocaleInfo("fr", "Français", "ltr", "fr_FR", False, _ZERO_ONE_OTHER),
        LocaleInfo("ko", "한국어", "ltr", "ko_KR", False, _OTHER),
        LocaleInfo("ru", "Русский", "ltr", "ru_RU", False, _RUSSIAN),
        LocaleInfo("ht", "Kreyòl ayisyen", "ltr", "ht_HT", False, _OTHER),
        LocaleInfo("pt", "Português", "ltr", "pt_BR", False, _ZERO_ONE_OTHER),
    ]
}
"""Every language we ship, English first (the default and the source language)."""


def locale_info(code: str) -> LocaleInfo:
    """The locale called ``code`` (any case, ``-`` or ``_``); English when we do not ship it."""
    wanted = code.replace("_", "-").lower()
    for info in LOCALES.values():
        if info.code.lower() == wanted:
            return info
    return LOCALES["en"]


def plural_samples(code: str) -> dict[str, int]:
    """One example count for each CLDR plural category of a language: ``{"one": 1, "other": 0}``.

    A script that shows a count (``Intl.PluralRules``) can then be given the right message for
    each category, translated on the server.
    """
    rules = locale_info(code).babel_locale.plural_form
    samples: dict[str, int] = {}
    for number in range(0, 200):
        samples.setdefault(rules(number), number)
    return samples
