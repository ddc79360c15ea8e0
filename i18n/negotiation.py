"""Choose the language of a request: an explicit choice, then a remembered one, then the browser's."""

from __future__ import annotations

from i18n.locale import DEFAULT_LOCALE
from i18n.locales import LOCALES

_BY_LOWER = {code.lower(): code for code in LOCALES}
_TRADITIONAL_CHINESE = {"hant", "tw", "hk", "mo"}
_ALIASES = {"fil": "tl", "iw": "he", "in": "id"}


def match_locale(tag: str | None) -> str | None:
    """The locale we ship that best fits a language tag (``es-MX`` gives ``es``), or ``None``.

    Chinese goes by script or region: ``zh-TW``, ``zh-HK`` and ``zh-Hant`` give Traditional,
    ``zh``, ``zh-CN`` and ``zh-Hans`` Simplified.
    """
    if not tag:
        return None
    wanted = tag.strip().replace("_", "-").lower()
    if wanted in _BY_LOWER:
        return _BY_LOWER[wanted]
    primary, *subtags = wanted.split("-")
    primary = _ALIASES.get(primary, primary)
    if primary == "zh":
        return "zh-Hant" if _TRADITIONAL_CHINESE & set(subtags) else "zh-Hans"
    return _BY_LOWER.get(primary)


def parse_accept_language(header: str | None) -> list[str]:
    """The language tags of an ``Accept-Language`` header, most wanted first (``q=0`` left out)."""
    weighted = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, position, tag))
    return [tag for _, _, tag in sorted(weighted)]


def negotiate(
    accept_language: str | None = None, remembered: str | None = None, chosen: str | None = None
) -> str:
    """The locale for a request: ``chosen`` (a URL or ``lang`` parameter), else ``remembered``
    (a cookie), else the first language of ``Accept-Language`` we ship, else English.

    Any framework can call this and then :func:`i18n.activate` the result for the request.
    """
    for candidate in (chosen, remembered, *parse_accept_language(accept_language)):
        found = match_locale(candidate)
        if found:
            return found
    return DEFAULT_LOCALE
