"""Page URLs as they are stored: http or https (or a path), with no personal data left in them.

:func:`redact_url` keeps the scheme, host, port and path of a URL; drops its query string,
fragment, user name and password; drops every matrix parameter (``;jsessionid=...``, kept out like
the query string, for the same reason); and redacts personal data in the path, each segment read
percent-decoded: ``/users/jane.doe%40example.com/profile`` is stored as
``/users/[email removed]/profile``. The words of one segment tell about the next, as in
``/ssn/536221847``; and what :mod:`feedback_widget.redaction_links` finds in the paths of links
goes too: user names after a person's page (``/users/jsmith44``), sessions (``/session/<id>``), a
segment that is a person's name (``/confirm/Darius-Washington``) or a user's directory (``/~tnguyen/``).

:func:`is_web_url` says whether a page URL may be stored at all: http, https, or no scheme (a path).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from feedback_widget.redaction import Finding, find
from feedback_widget.redaction_links import path_findings

WEB_SCHEMES = ("http", "https")
"""The schemes a stored page URL may have (or none, for a path)."""

_IGNORED = re.compile(r"[\t\n\r]")
"""Characters that URL parsers drop wherever they are, so ``java\\nscript:`` is ``javascript:``."""
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_AUTHORITY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?(?://[^/?#]*)?")
"""The scheme and host of a URL, up to its path."""
_SEPARATOR = " / "
"""Between decoded segments while they are read, so that a segment's words tell about the next."""
_PATH_SAFE = "!$&'()*+,=:@-._~"
"""Characters kept as they are when a redacted segment is written back (the rest is percent-encoded)."""


def _plain(url: str) -> str:
    """``url`` as URL parsers read it: no tab or line break, no leading or trailing space or control."""
    return _IGNORED.sub("", url).strip(
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
        "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
    )


def scheme_of(url: str) -> str | None:
    """The scheme of ``url``, in lower case, or ``None`` for a relative URL such as a path."""
    match = _SCHEME.match(_plain(url))
    return match.group(1).lower() if match else None


def is_web_url(url: str) -> bool:
    """Whether ``url`` is an http or https URL, or a relative one (a path): never ``javascript:``."""
    scheme = scheme_of(url)
    return scheme is None or scheme in WEB_SCHEMES


CLEAN_PATHS_KEPT = 10_000
"""How many clean paths :func:`redact_path` remembers; it starts again when full."""
_clean_paths: set[str] = set()


def _told(segments: list[str], findings: list[Finding]) -> list[Finding]:
    """What the segments tell of themselves or of the next (:func:`path_findings`: "/users/jsmith44",
    "/~tnguyen", "/confirm/Darius-Washington") where nothing else was found, as findings in the
    segments joined by :data:`_SEPARATOR`."""
    offsets = [0]
    for segment in segments:
        offsets.append(offsets[-1] + len(segment) + len(_SEPARATOR))
    told: list[Finding] = []
    for index, start, marker in path_findings(segments):
        begin, end = offsets[index] + start, offsets[index] + len(segments[index])
        if not any(found.start < end and begin < found.end for found in [*findings, *told]):
            told.append(Finding(begin, end, marker))
    return told


def redact_path(path: str) -> str:
    """``path`` without matrix parameters, with the personal data in its segments replaced.

    Paths found clean are remembered (at most :data:`CLEAN_PATHS_KEPT`), as most feedback comes from
    a few pages; a path with personal data is never kept.
    """
    if path in _clean_paths:
        return path
    segments = [segment.split(";", 1)[0] for segment in path.split("/")]
    decoded = [unquote(segment, errors="replace") for segment in segments]
    joined = _SEPARATOR.join(decoded)
    seen = find(joined)
    findings = sorted([*seen, *_told(decoded, seen)], key=lambda finding: finding.start)
    if not findings:
        kept = "/".join(segments)
        if kept == path:
            if len(_clean_paths) >= CLEAN_PATHS_KEPT:
                _clean_paths.clear()
            _clean_paths.add(path)
        return kept
    written: list[str] = []
    offset = 0
    for segment, text in zip(segments, decoded, strict=True):
        start, end = offset, offset + len(text)
        offset = end + len(_SEPARATOR)
        inside = [found for found in findings if found.start < end and start < found.end]
        if not inside:
            written.append(segment)
            continue
        pieces: list[str] = []
        position = start
        for found in inside:
            pieces.append(quote(joined[position : max(position, found.start)], safe=_PATH_SAFE))
            if found.start >= start:  # a finding over two segments is marked once, in the first
                pieces.append(found.marker)
            position = max(position, min(found.end, end))
        pieces.append(quote(joined[position:end], safe=_PATH_SAFE))
        written.append("".join(pieces))
    return "/".join(written)


def redact_url(url: str) -> str:
    """``url`` without query, fragment, credentials and matrix parameters, its path redacted."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        if parts.port is not None:
            netloc += f":{parts.port}"
    except ValueError:  # an unreadable address: cut at the first ? or # all the same
        start = _AUTHORITY.match(url)
        head = start.group() if start else ""
        return head + redact_path(re.split(r"[?#]", url[len(head) :], maxsplit=1)[0])
    return urlunsplit((parts.scheme, netloc if parts.netloc else "", redact_path(parts.path), "", ""))


def clean_page_url(url: str | None) -> str | None:
    """The page URL to store: redacted, or ``None`` when there is none or it is not a web URL."""
    if not url or not is_web_url(url):
        return None
    return redact_url(url)
