"""Text shown to people in the request's language: a catalog message, an agency's own text per
language, or plain text."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from markupsafe import escape
from pydantic_core import core_schema

from i18n import DEFAULT_LOCALE, LazyString, current_locale


class LocalizedText:
    """Text shown to people, in the language of the current request.

    It holds one of: a message from our catalogs (``lazy_gettext``), an agency's own text per
    language (a mapping of locale code to text), or plain text (taken to be in English). ``str()``
    gives the text for the current locale; :attr:`lang` says which language that text is in, so
    that a template can mark text that fell back to another language with a ``lang`` attribute.
    """

    __slots__ = ("_by_language", "_value")

    def __init__(self, value: LazyString | str | Mapping[str, str]) -> None:
        self._value: LazyString | str | dict[str, str] = dict(value) if isinstance(value, Mapping) else value
        self._by_language: dict[str, tuple[str, str]] = {}
        if isinstance(value, Mapping):
            for code, text in value.items():
                self._by_language[_normal_code(code)] = (code.replace("_", "-"), text)

    def _pick(self) -> tuple[str, str]:
        """The (language, text) for the current locale: exact, then the same language, then English."""
        if isinstance(self._value, LazyString):
            return current_locale(), str(self._value)
        if isinstance(self._value, str):
            return DEFAULT_LOCALE, self._value
        wanted = _normal_code(current_locale())
        language = wanted.split("-")[0]
        for code in (wanted, language):
            if code in self._by_language:
                return self._by_language[code]
        for code, entry in self._by_language.items():
            if code.split("-")[0] == language:
                return entry
        if DEFAULT_LOCALE in self._by_language:
            return self._by_language[DEFAULT_LOCALE]
        return next(iter(self._by_language.values()))

    @property
    def lang(self) -> str:
        """The locale code of the text :func:`str` gives now."""
        return self._pick()[0]

    @property
    def source(self) -> str | dict[str, str]:
        """The text as declared: the English message, the mapping of languages, or the plain text."""
        if isinstance(self._value, LazyString):
            return self._value.message
        return self._value

    def __str__(self) -> str:
        return self._pick()[1]

    def __html__(self) -> str:
        return str(escape(str(self)))

    def __repr__(self) -> str:
        return f"LocalizedText({self._value!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LocalizedText):
            return self.source == other.source
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(json.dumps(self.source, sort_keys=True))

    @classmethod
    def _validate(cls, value: Any) -> LocalizedText:
        if isinstance(value, LocalizedText):
            return value
        if isinstance(value, LazyString):
            return cls(value)
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("the text is empty")
            return cls(value)
        if isinstance(value, Mapping) and value:
            for code, text in value.items():
                if not isinstance(code, str) or not re.fullmatch(
                    r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", code
                ):
                    raise ValueError(f"{code!r} is not a locale code such as 'en', 'es' or 'zh-Hant'")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError(f"the text for {code!r} is empty or not text")
            return cls(value)
        raise ValueError(
            "give the text as a string, or as a table of locale code to text, "
            'such as {en = "Your visit", es = "Su visita"}'
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda value: value.source),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string"},
                {"type": "object", "additionalProperties": {"type": "string"}},
            ]
        }


def _normal_code(code: str) -> str:
    return code.replace("_", "-").lower()
