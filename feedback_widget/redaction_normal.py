"""Text as the redaction rules read it, with a way back to the text as it was typed.

:func:`readable` folds the ways one character can be written into one: NFKC (full-width digits
and letters, ligatures), decimal digits of any script read as 0 to 9, format characters such as
zero-width spaces and soft hyphens dropped, every kind of space read as a plain space, every dash
and minus sign as ``-``, curly quotes as straight ones. A number typed ``219\u200b09\u00a09999``
reads ``21909 9999``, so the same rules catch it as when it is typed plainly.

A second reading, :func:`readable_without_odd_spaces`, leaves the odd spaces out altogether, for
the number with a no-break space put inside one of its groups.

The rules match on the readable text; :meth:`Readable.original_span` turns a match's span back
into the span of the characters the person typed, so that redaction replaces only those and
leaves every other character as it was.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2212": "-",  # minus sign (a math symbol, not a dash)
    "\u00b7": ".",
}


def _fold(char: str, *, odd_spaces: str) -> str:
    """The readable form of one character: empty, one character, or a few (``ﬃ`` reads ``ffi``)."""
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category in ("Zs", "Zl", "Zp"):
        return " " if char == " " else odd_spaces
    if category == "Pd":
        return "-"
    if char in _QUOTES:
        return _QUOTES[char]
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    folded = unicodedata.normalize("NFKC", char)
    if any(unicodedata.category(part) == "Cf" for part in folded):
        return "".join(part for part in folded if unicodedata.category(part) != "Cf")
    return folded


class _Folding(dict[int, str]):
    """For ``str.translate``: each character's readable form, worked out once and kept."""

    def __init__(self, odd_spaces: str) -> None:
        super().__init__()
        self.odd_spaces = odd_spaces
        """What a space other than U+0020 (no-break, thin, ideographic...) reads as."""
        self.resizing: set[str] = set()
        """Characters whose readable form is not exactly one character long."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        result = _fold(char, odd_spaces=self.odd_spaces)
        if len(result) != 1:
            self.resizing.add(char)
        self[code] = result
        return result


_FOLDING = _Folding(" ")
_FOLDING_WITHOUT_ODD_SPACES = _Folding("")
_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


@dataclass(frozen=True)
class Readable:
    """Typed text and its readable form; ``starts[i]`` is where readable character ``i`` was typed.

    ``starts`` is ``None`` when each typed character reads as exactly one character (the common case,
    always so for ASCII): then positions are the same in both.
    """

    typed: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    """Where each readable character's typed form ends, when that can be more than one character after
    its start (``%40`` reads ``@``); else one after its start."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``typed`` that readable ``text[start:end]`` came from (``start < end``)."""
        if self.starts is None:
            return start, end
        if self.ends is not None:
            return self.starts[start], self.ends[end - 1]
        return self.starts[start], self.starts[end - 1] + 1


def readable(typed: str) -> Readable:
    """``typed`` as the rules read it, with the map back to the typed characters."""
    if typed.isascii():
        return Readable(typed, typed)
    return _folded(typed, _FOLDING)


def readable_without_odd_spaces(typed: str) -> Readable | None:
    """``typed`` read with its no-break, thin and other odd spaces left out, or ``None`` if it has none.

    A number can hide behind a no-break space put inside it (``4\u00a0111 1111 1111 1111``): read
    this way, it is whole again. Such spaces between groups of digits read as spaces in
    :func:`readable`; the two readings together catch both.
    """
    if typed.isascii() or not _ODD_SPACE.search(typed):
        return None
    return _folded(typed, _FOLDING_WITHOUT_ODD_SPACES)


def _folded(typed: str, folding: _Folding) -> Readable:
    text = typed.translate(folding)
    if folding.resizing.isdisjoint(typed):
        return Readable(typed, text)
    starts: list[int] = []
    for position, char in enumerate(typed):
        starts += [position] * len(folding[ord(char)])
    return Readable(typed, text, tuple(starts))


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_LINK_UNDERSCORE = re.compile(r"(?:https?://|www\.|/)[^\s]*_[^\s]*")
"""A link with underscores between its words ("Tax_Return_Harold_Benning.pdf"): read as spaces."""
_QUERY_PLUS = re.compile(r"(?<=[^\W_])\+(?=[^\W\d_])")
"""A ``+`` before a letter, right after a word: a space in a link ("?name=Maria+Lopez")."""


def readable_unescaped(typed: str) -> Readable | None:
    """``typed`` with the percent escapes of links decoded (``jane.doe%40example.com`` reads
    ``jane.doe@example.com``, ``%20`` and a ``+`` between words a space, and the underscores of a link
    spaces too: ``Tax_Return_Jane_Doe.pdf``), or ``None`` if it has none of them. Read as well as
    :func:`readable`: what this reading finds is added where it overlaps nothing.
    """
    links = "_" in typed and _LINK_UNDERSCORE.search(typed)
    if not (
        ("%" in typed and _ESCAPES.search(typed)) or ("+" in typed and _QUERY_PLUS.search(typed)) or links
    ):
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in _ESCAPES.finditer(typed):
        _copy(typed, position, match.start(), pieces, starts, ends)
        decoded = unquote(match.group(), errors="replace")
        pieces.append(decoded)
        starts += [match.start()] * len(decoded)
        ends += [match.end()] * len(decoded)
        position = match.end()
    _copy(typed, position, len(typed), pieces, starts, ends)
    text = _QUERY_PLUS.sub(" ", "".join(pieces))
    text = _LINK_UNDERSCORE.sub(lambda link: link.group().replace("_", " "), text)
    folded = text.translate(_FOLDING)  # kept only when it keeps the positions
    return Readable(typed, folded if len(folded) == len(text) else text, tuple(starts), tuple(ends))


_SPACED_OUT = re.compile(r"(?<![^\s(:#])[A-Za-z0-9](?: (?:[/.\-] )?[A-Za-z0-9]){5,}(?![^\s).,;!?])")
"""Letters and digits typed one at a time with spaces between, and around the separators between their
groups: "dl 0 8 4 4 1 9 2 7 3", "0 9 / 1 2 / 1 9 8 0"."""


def readable_spaced_out(base: Readable) -> Readable | None:
    """The :func:`readable` text ``base`` with the spaces taken out of runs of single letters and digits
    that hold at least four digits (``mbi 8 J 7 4 E 7 5 G D 8 4`` reads ``mbi 8J74E75GD84``,
    ``1 9 6 8 - 0 2 - 2 9`` reads ``1968-02-29``), or ``None``
    if it has none. Read as well as ``base``: what this reading finds is added where it overlaps nothing."""
    typed = base.typed
    runs = [
        run for run in _SPACED_OUT.finditer(base.text) if sum(char.isdigit() for char in run.group()) >= 4
    ]
    if not runs:
        return None
    pieces: list[str] = []
    kept: list[int] = []  # the readable positions kept, in order
    position = 0
    for run in runs:
        pieces.append(base.text[position : run.start()])
        kept += range(position, run.start())
        for offset, char in enumerate(run.group()):
            if char != " ":
                pieces.append(char)
                kept.append(run.start() + offset)
        position = run.end()
    pieces.append(base.text[position:])
    kept += range(position, len(base.text))
    starts = tuple(base.original_span(index, index + 1)[0] for index in kept)
    ends = tuple(base.original_span(index, index + 1)[1] for index in kept)
    return Readable(typed, "".join(pieces), starts, ends)


def _copy(typed: str, start: int, end: int, pieces: list[str], starts: list[int], ends: list[int]) -> None:
    pieces.append(typed[start:end])
    starts += range(start, end)
    ends += range(start + 1, end + 1)
