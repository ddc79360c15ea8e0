"""The translation catalogs: extract messages from our code, update, compile and check catalogs.

One gettext domain, ``messages``. Sources: the Python files and Jinja templates of our packages.
``i18n/locales/messages.pot`` is the template; ``i18n/locales/<catalog>/LC_MESSAGES/messages.po``
each language's catalog, compiled to ``messages.mo`` beside it (committed; checked to hold what the
catalog says).
"""

from __future__ import annotations

import io
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from i18n.locale import DOMAIN, LOCALES_DIR
from i18n.locales import LOCALES, LocaleInfo

ROOT = LOCALES_DIR.parent.parent
SOURCE_PACKAGES = ("components", "feedback_widget", "demo_site")
TEMPLATE = LOCALES_DIR / f"{DOMAIN}.pot"
KEYWORDS = {
    "_": None,
    "gettext": None,
    "_l": None,
    "lazy_gettext": None,
    "N_": None,
    "ngettext": (1, 2),
    "plural_messages": (1, 2),
}
METHOD_MAP = [("**/tests/**", "ignore"), ("**.py", "python"), ("**.html", "jinja2.ext:babel_extract")]
COMMENT_TAGS = ("Translators:",)
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
PROJECT = "Front Door"
# The .mo headers that change what gettext shows: the language, the charset and the plural rule.
MO_HEADERS = ("Language", "Content-Type", "Plural-Forms")


def is_source_checkout(root: Path | None = None) -> bool:
    """True when ``root`` (default: where our packages are) is a source checkout of Front Door, with
    its ``pyproject.toml`` beside the packages, not an installed copy whose files must not be written."""
    pyproject = (ROOT if root is None else root) / "pyproject.toml"
    if not pyproject.is_file():
        return False
    project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    return bool(project.get("name") == "frontdoor")


def source_catalog() -> Catalog:
    """Extract every message from the source, with its locations and translator comments."""
    catalog = Catalog(project=PROJECT, fuzzy=False)
    for package in SOURCE_PACKAGES:
        folder = ROOT / package
        if not folder.is_dir():
            continue
        for filename, lineno, message, comments, context in extract_from_dir(
            str(folder),
            METHOD_MAP,
            keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        ):
            flags = ("python-format",) if PLACEHOLDER.search(str(message)) else ()
            catalog.add(
                message,
                None,
                [(f"{package}/{filename}", lineno)],
                auto_comments=comments,
                flags=flags,
                context=context,
            )
    return catalog


def catalog_path(info: LocaleInfo) -> Path:
    """The ``.po`` file of a language."""
    return LOCALES_DIR / info.catalog / "LC_MESSAGES" / f"{DOMAIN}.po"


def translated_locales() -> list[LocaleInfo]:
    """Every language but English, the source language."""
    return [info for info in LOCALES.values() if info.code != "en"]


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, include_previous=False)
    path.write_bytes(buffer.getvalue())


def _new_catalog(info: LocaleInfo) -> Catalog:
    return Catalog(
        locale=info.babel,
        project=PROJECT,
        version="0.1",
        copyright_holder="The Front Door contributors",
        msgid_bugs_address="the Front Door issue tracker",
        last_translator="Front Door contributors",
        header_comment=f"# {info.endonym} ({info.code}) translations for Front Door.\n"
        "# Reviewed by a native speaker: see i18n/locales.py.",
        fuzzy=False,
    )


def _set_plural_forms(catalog: Catalog, info: LocaleInfo) -> None:
    # Babel's own table differs from CLDR for some languages; ours agree with CLDR (tested).
    catalog.mime_headers = [("Plural-Forms", info.plural_forms)]


def extract() -> Catalog:
    """Write the template (``messages.pot``) from the source and return it."""
    catalog = source_catalog()
    _write_po(catalog, TEMPLATE)
    return catalog


def update(locales: Iterable[LocaleInfo] | None = None) -> list[Path]:
    """Bring each catalog in line with the source: add new messages, drop removed ones."""
    template = extract()
    written = []
    for info in locales or translated_locales():
        path = catalog_path(info)
        catalog = _read(path) if path.exists() else _new_catalog(info)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.language_team = f"{info.endonym} <{info.code}>"
        _set_plural_forms(catalog, info)
        _write_po(catalog, path)
        written.append(path)
    return written


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _texts(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """A message's id or string as a tuple: one text, or one per plural form."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


MoContent = tuple[dict[str, str | None], dict[tuple[str | None, tuple[str, ...]], tuple[str, ...]]]


def _mo_content(data: bytes) -> MoContent:
    """What a compiled catalog holds, whatever Babel wrote its bytes: the headers that matter and
    each message's translations, keyed by context and id."""
    catalog = read_mo(io.BytesIO(data))
    headers = dict(catalog.mime_headers)
    messages = {
        (message.context, _texts(message.id)): _texts(message.string) for message in catalog if message.id
    }
    return {name: headers.get(name) for name in MO_HEADERS}, messages


def mo_is_current(catalog: Catalog, data: bytes) -> bool:
    """True when the compiled ``data`` holds what ``catalog`` says, byte layout and Babel version aside."""
    return _mo_content(data) == _mo_content(_mo_bytes(catalog))


def compile_catalogs() -> list[Path]:
    """Compile every ``.po`` into the ``.mo`` the running code loads."""
    written = []
    for info in translated_locales():
        path = catalog_path(info)
        if path.exists():
            mo = path.with_suffix(".mo")
            mo.write_bytes(_mo_bytes(_read(path)))
            written.append(mo)
    return written


def _message_problems(message: Message, info: LocaleInfo) -> list[str]:
    where = f"{info.code}: {message.id!r}"
    if message.fuzzy:
        return [f"{where} is fuzzy"]
    ids, strings = _texts(message.id), _texts(message.string)
    if not strings or not all(strings):
        return [f"{where} is not translated"]
    problems = []
    expected = set(PLACEHOLDER.findall(" ".join(ids)))
    for string in strings:
        found = set(PLACEHOLDER.findall(string))
        # A plural form may leave the number out ("one item" as a word), nothing else.
        if found != expected and not (len(ids) > 1 and found == expected - {"num"}):
            problems.append(f"{where}: placeholders {sorted(found)} differ from {sorted(expected)}")
    return problems


def check() -> list[str]:
    """Every problem that would show English or break a page: an empty list when all is well."""
    source = source_catalog()
    source_ids = {message.id for message in source if message.id}
    problems = [
        f"source: {message.id!r} has a placeholder but no '# Translators:' comment"
        for message in source
        if message.id and PLACEHOLDER.search(str(message.id)) and not message.auto_comments
    ]
    if not TEMPLATE.exists() or {m.id for m in _read(TEMPLATE) if m.id} != source_ids:
        problems.append("messages.pot is out of date with the source: run `frontdoor i18n update`")
    for info in translated_locales():
        path = catalog_path(info)
        if not path.exists():
            problems.append(f"{info.code}: no catalog at {path.relative_to(ROOT)}")
            continue
        catalog = _read(path)
        ids = {message.id for message in catalog if message.id}
        if ids != source_ids:
            missing, extra = len(source_ids - ids), len(ids - source_ids)
            problems.append(
                f"{info.code}: out of date with the source ({missing} new, {extra} removed): "
                "run `frontdoor i18n update`"
            )
        if catalog.obsolete:
            problems.append(f"{info.code}: {len(catalog.obsolete)} obsolete entries")
        if catalog.num_plurals != int(info.plural_forms.split("nplurals=")[1].split(";")[0]):
            problems.append(f"{info.code}: wrong Plural-Forms header")
        for message in catalog:
            if message.id:
                problems += _message_problems(message, info)
        mo = path.with_suffix(".mo")
        if not mo.exists() or not mo_is_current(catalog, mo.read_bytes()):
            problems.append(f"{info.code}: messages.mo is stale: run `frontdoor i18n compile`")
    return problems
