"""Per-request locale, translation lookup and text direction for every Front Door package."""

from i18n.locale import (
    DEFAULT_LOCALE,
    N_,
    LazyString,
    activate,
    add_catalogs,
    current_locale,
    deactivate,
    gettext,
    lazy_gettext,
    load_translations,
    ngettext,
    plural_messages,
    resolve_lazy,
    text_direction,
    translations_for,
    use_locale,
)

__all__ = [
    "DEFAULT_LOCALE",
    "N_",
    "LazyString",
    "activate",
    "add_catalogs",
    "current_locale",
    "deactivate",
    "gettext",
    "lazy_gettext",
    "load_translations",
    "ngettext",
    "plural_messages",
    "resolve_lazy",
    "text_direction",
    "translations_for",
    "use_locale",
]

from i18n.negotiation import negotiate

__all__ += ["negotiate"]
