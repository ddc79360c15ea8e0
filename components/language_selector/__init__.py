"""Language selector: lets people pick their language, each named in that language (its endonym)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from pydantic import Field, model_validator

from components.base import Component, Href, Params, Text
from i18n.locales import LOCALES


class LanguageLink(Params):
    """One language the page is offered in."""

    code: str = Field(
        pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
        description='The BCP 47 language code, such as "es" or "zh-Hant"; set as the lang and hreflang '
        "of the link.",
    )
    name: Text = Field(description='The language\'s own name (its endonym), such as "Español" or "한국어".')
    href: Href = Field(description="The address of this page (or the service's start) in that language.")
    current: bool = Field(False, description='The language of this page (marked aria-current="true").')


class LanguageSelector(Component):
    """Links to the same page in other languages, each named in its own language.

    ``list`` (for many languages) is a native ``<details>`` disclosure: it opens without JavaScript.
    ``toggle`` (for two languages) is one link to the other language. Build one for the languages
    Front Door ships with :meth:`for_locales`.
    """

    languages: list[LanguageLink] = Field(
        min_length=2,
        description="The languages, in the order to show them: each has code, name (endonym), href and "
        "current. Mark the page's language current.",
    )
    variant: Literal["list", "toggle"] = Field(
        "list",
        description="list: a button that opens a list of links, for many languages. toggle: one link "
        "to the other language, for exactly two.",
    )
    label: Text | None = Field(
        None,
        description='The name of the navigation landmark; "Language" if not given. When a page has '
        "two language selectors, give each its own label.",
    )

    @model_validator(mode="after")
    def _check_languages(self) -> LanguageSelector:
        codes = [language.code.lower() for language in self.languages]
        repeated = sorted({code for code in codes if codes.count(code) > 1})
        if repeated:
            raise ValueError(f"'languages': each code must appear once; repeated: {', '.join(repeated)}")
        current = [language for language in self.languages if language.current]
        if len(current) > 1:
            raise ValueError("'languages': mark at most one language current")
        if self.variant == "toggle" and (len(self.languages) != 2 or len(current) != 1):
            raise ValueError(
                "'variant' toggle needs exactly 2 'languages', one of them current "
                f"(got {len(self.languages)}, {len(current)} current); use the list variant for more"
            )
        return self

    @property
    def current_language(self) -> LanguageLink | None:
        """The language of the page, if one is marked current."""
        return next((language for language in self.languages if language.current), None)

    @property
    def other_language(self) -> LanguageLink:
        """For the toggle variant: the language that is not current."""
        return next(language for language in self.languages if not language.current)

    @classmethod
    def for_locales(
        cls,
        current: str,
        href_for: Callable[[str], str],
        variant: Literal["list", "toggle"] = "list",
        *,
        codes: Iterable[str] | None = None,
        **params: Any,
    ) -> LanguageSelector:
        """A selector for the languages Front Door ships (``i18n.locales.LOCALES``), in their order.

        ``current`` is the page's locale code (any case, ``-`` or ``_``); ``href_for(code)`` gives the
        address of the page in the language ``code``. ``codes`` keeps only some languages (a toggle
        needs two); other ``params`` (``label``, ``classes``, ``attributes``) are passed on.
        """

        def normal(code: str) -> str:
            return code.replace("_", "-").lower()

        wanted = {normal(code) for code in codes} if codes is not None else None
        infos = [info for info in LOCALES.values() if wanted is None or normal(info.code) in wanted]
        if wanted is not None and len(infos) != len(wanted):
            unknown = sorted(wanted - {normal(info.code) for info in infos})
            raise ValueError(
                f"LanguageSelector.for_locales: no such locale {unknown}; known: {list(LOCALES)}"
            )
        if normal(current) not in {normal(info.code) for info in infos}:
            raise ValueError(
                f"LanguageSelector.for_locales: current {current!r} is not one of "
                f"{[info.code for info in infos]}"
            )
        languages = [
            {
                "code": info.code,
                "name": info.endonym,
                "href": href_for(info.code),
                "current": normal(info.code) == normal(current),
            }
            for info in infos
        ]
        return cls(languages=languages, variant=variant, **params)
