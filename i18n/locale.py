"""The locale of the current request, held in a context variable, and gettext functions that read it.

One set of translations is loaded per locale, once; every lookup reads the context variable, so a
single Jinja environment serves every language.
"""

from __future__ import annotations

import gettext as _gettext
from contextvars import ContextVar, Token
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.support import Translations
from markupsafe import Markup, escape

DEFAULT_LOCALE = "en"
DOMAIN = "messages"
LOCALES_DIR = Path(__file__).parent / "locales"

_current: ContextVar[str] = ContextVar("frontdoor_locale", default=DEFAULT_LOCALE)


def current_locale() -> str:
    """Return the locale code of the current request or task (``"en"`` when none was set)."""
    return _current.get()


def activate(code: str) -> Token[str]:
    """Make ``code`` the current locale (for a framework's before-request hook); keep the token."""
    return _current.set(code)


def deactivate(token: Token[str]) -> None:
    """Restore the locale that was current before :func:`activate` gave ``token``."""
    _current.reset(token)


class use_locale:
    """Run the enclosed block in the locale ``code``; the previous locale comes back afterwards.

    A class rather than a generator-based context manager: it runs on every request of a busy
    server, and this costs a third as much.
    """

    __slots__ = ("_token", "code")

    def __init__(self, code: str) -> None:
        self.code = code

    def __enter__(self) -> None:
        self._token = _current.set(self.code)

    def __exit__(self, *_exc: object) -> None:
        _current.reset(self._token)


_AGENCY_CATALOGS: list[tuple[Path, str]] = []


def add_catalogs(folder: str | Path, domain: str = DOMAIN) -> None:
    """Add a site's own compiled catalogs, such as a flow's questions: ``folder/<catalog>/LC_MESSAGES/
    <domain>.mo``, with the catalog names ours use (``es``, ``zh_Hans``...). The same gettext then finds
    their translations as well as ours; where both translate a text, theirs win. Call at start-up."""
    _AGENCY_CATALOGS.append((Path(folder), domain))
    translations_for.cache_clear()


@cache
def translations_for(code: str) -> _gettext.NullTranslations:
    """Load the compiled catalogs of ``code`` once (ours, then those added with :func:`add_catalogs`);
    a locale without one falls back to the source text."""
    from i18n.locales import LOCALES

    info = LOCALES.get(code)
    if info is None or code == DEFAULT_LOCALE:
        return _gettext.NullTranslations()
    translations = Translations.load(str(LOCALES_DIR), [info.catalog], DOMAIN)
    for folder, domain in _AGENCY_CATALOGS:
        added = Translations.load(str(folder), [info.catalog], domain)
        if isinstance(translations, Translations) and isinstance(added, Translations):
            translations.merge(added)
    return translations


def load_translations() -> None:
    """Load every shipped catalog now (at start-up), not on a request's first use of a language."""
    from i18n.locales import LOCALES

    for code in LOCALES:
        translations_for(code)


def gettext(message: str, **variables: Any) -> str:
    """Translate ``message`` into the current locale, then fill ``%(name)s`` placeholders."""
    text = translations_for(_current.get()).gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables: Any) -> str:
    """Translate the form of a message that fits the count ``n``; ``%(num)s`` is ``n``."""
    text = translations_for(_current.get()).ngettext(singular, plural, n)
    return text % {"num": n, **variables}


class LazyString:
    """A message translated only when it is turned into text, in whatever locale is current then.

    Module-level text (component defaults, examples) is declared with :func:`lazy_gettext` so that
    it follows the locale of each request.
    """

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __str__(self) -> str:
        return gettext(self.message)

    def __html__(self) -> Markup:
        return escape(str(self))  # Markup: Markup.format would escape a plain str a second time

    def __repr__(self) -> str:
        return f"lazy_gettext({self.message!r})"

    def __eq__(self, other: object) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(self.message)


def N_(message: str) -> str:  # the name gettext tools know for "mark, do not translate yet"
    """``message`` itself, marked for the catalogs: text kept as data (a flow's questions) and
    translated where it is shown, with :func:`gettext`."""
    return message


def lazy_gettext(message: str) -> LazyString:
    """Mark ``message`` for translation, to be translated later in the locale current at that time."""
    return LazyString(message)


def resolve_lazy(value: Any) -> Any:
    """Turn every :class:`LazyString` inside nested dicts and lists into text in the current locale."""
    if isinstance(value, LazyString):
        return str(value)
    if isinstance(value, dict):
        return {key: resolve_lazy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve_lazy(item) for item in value]
    return value


@cache
def text_direction(code: str) -> str:
    """Return ``"rtl"`` or ``"ltr"`` for the locale ``code``."""
    try:
        return Locale.parse(code.replace("-", "_")).text_direction
    except (ValueError, LookupError):
        return "ltr"


def plural_messages(singular: str, plural: str) -> dict[str, str]:
    """The translated forms of a count message for each CLDR plural category of the current locale.

    For scripts that show a changing count: they pick the form with ``Intl.PluralRules`` and put the
    number in place of ``%(num)s`` themselves. Extracted for translation like ``ngettext``.
    """
    from i18n.locales import plural_samples

    translations = translations_for(_current.get())
    return {
        category: translations.ngettext(singular, plural, sample)
        for category, sample in plural_samples(_current.get()).items()
    }
