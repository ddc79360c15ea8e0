"""Find a site's pages: fetch HTML over plain HTTP and follow same-origin links, breadth-first.

Plain HTTP (``urllib``), not the browser: it is faster, it sees the status and content type of each
response, and a page whose links only JavaScript can draw fails the no-JavaScript check anyway.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from bs4 import BeautifulSoup, SoupStrainer, Tag

USER_AGENT = "frontdoor-a11y (accessibility checker)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
IGNORED_SCHEMES = ("mailto", "tel", "javascript", "data", "sms", "ftp", "blob")


class PageUnavailable(RuntimeError):
    """A page to check could not be fetched, answered with an error status, or is not HTML."""

    def __init__(self, url: str, reason: str) -> None:
        """Keep the URL and the plain-language reason."""
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class Fetched:
    """One HTTP response: where it ended up (after redirects), its status, type and body."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    header_charset: str | None = None

    @property
    def is_html(self) -> bool:
        """True for a successful HTML (or XHTML) response."""
        return 200 <= self.status < 300 and self.content_type in HTML_TYPES

    @property
    def text(self) -> str:
        """The body decoded: by the charset of the Content-Type header, else the meta charset, else UTF-8."""
        for name in (self.header_charset, _meta_charset(self.body)):
            if name:
                try:
                    return self.body.decode(name, errors="replace")
                except LookupError:
                    continue
        return self.body.decode("utf-8", errors="replace")


def fetch(url: str, *, timeout: float = 30, read_non_html: bool = False) -> Fetched:
    """GET ``url``; an error status is returned, not raised. ``PageUnavailable`` if nothing answers.

    The body is read only for HTML responses (unless ``read_non_html``), so a link to a large
    download costs one response header, not the file.
    """
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise PageUnavailable(url, "only http:// and https:// addresses can be checked")
    request = Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
    try:
        response = urlopen(request, timeout=timeout)
    except HTTPError as error:  # an error page is a page too (a 404 page must be accessible)
        with error:
            content_type = (error.headers.get_content_type() if error.headers else "") or ""
            body = error.read() if content_type in HTML_TYPES else b""
            charset = error.headers.get_content_charset() if error.headers else None
            return Fetched(url, error.geturl() or url, error.code, content_type, body, charset)
    except (URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise PageUnavailable(url, f"could not connect ({reason})") from error
    with response:
        content_type = response.headers.get_content_type()
        body = response.read() if content_type in HTML_TYPES or read_non_html else b""
        charset = response.headers.get_content_charset()
        return Fetched(url, response.geturl(), response.status, content_type, body, charset)


def fetch_page(url: str, *, timeout: float = 30) -> Fetched:
    """GET an HTML page that must be there: ``PageUnavailable`` on an error status or another type."""
    found = fetch(url, timeout=timeout)
    if not 200 <= found.status < 300:
        raise PageUnavailable(url, f"the server answered HTTP {found.status}")
    if found.content_type not in HTML_TYPES:
        raise PageUnavailable(url, f"not an HTML page (content type {found.content_type or 'unknown'})")
    return found


def normalize(url: str) -> str:
    """``url`` without its fragment, with a lower-case scheme and host and no default port."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def origin(url: str) -> tuple[str, str]:
    """The scheme and host:port of ``url``, normalized: two URLs share an origin when these match."""
    parts = urlsplit(normalize(url))
    return parts.scheme, parts.netloc


def links_in(html: str, page_url: str) -> list[str]:
    """The absolute http(s) URLs of the page's links, fragments dropped, in document order.

    Links are the ``href`` of each ``<a>`` and ``<area>`` without ``download``, resolved against the
    document's first ``<base href>``.
    """
    tree = BeautifulSoup(html, "html.parser", parse_only=SoupStrainer(["a", "area", "base"]))
    base_tag = tree.find("base", href=True)
    base_href = base_tag.get("href") if isinstance(base_tag, Tag) else None
    base = urljoin(page_url, base_href.strip()) if isinstance(base_href, str) else page_url
    found: list[str] = []
    for link in tree.select("a[href]:not([download]), area[href]:not([download])"):
        href = str(link.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        if href.split(":", 1)[0].strip().lower() in IGNORED_SCHEMES:
            continue
        absolute = urljoin(base, href)
        if urlsplit(absolute).scheme in ("http", "https"):
            found.append(normalize(absolute))
    return found


def crawl(
    start_urls: Iterable[str], limit: int = 50, *, query_variants: int = 3, timeout: float = 30
) -> list[str]:
    """Up to ``limit`` HTML pages reachable from ``start_urls`` by links, breadth-first.

    Follows ``<a href>`` (and ``<area href>``) links that stay on the origin of a start URL; drops
    fragments; skips mailto:, tel: and other non-web links, links with ``download``, responses that
    are not HTML and error responses (a broken link is skipped, not fatal). Of the URLs that differ
    only in their query string, at most ``query_variants`` are followed per path. The start URLs
    come first; each must answer with HTML, else ``PageUnavailable``.
    """
    starts = [normalize(url) for url in start_urls]
    allowed = {origin(url) for url in starts}
    queue: deque[str] = deque()
    seen: set[str] = set()
    variants: dict[tuple[str, str, str], set[str]] = {}
    pages: list[str] = []

    def enqueue(url: str) -> None:
        if url in seen or origin(url) not in allowed:
            return
        parts = urlsplit(url)
        if parts.query:
            queries = variants.setdefault((parts.scheme, parts.netloc, parts.path), set())
            if len(queries) >= query_variants:
                return
            queries.add(parts.query)
        seen.add(url)
        queue.append(url)

    for url in starts:
        if url not in seen:
            seen.add(url)
            queue.append(url)
    while queue and len(pages) < limit:
        url = queue.popleft()
        is_start = url in starts
        try:
            found = fetch_page(url, timeout=timeout) if is_start else fetch(url, timeout=timeout)
        except PageUnavailable:
            if is_start:
                raise
            continue
        final = normalize(found.final_url)
        if not found.is_html or origin(final) not in allowed:
            continue
        if final != url and final in pages:
            continue
        seen.add(final)
        pages.append(final if final != url else url)
        for link in links_in(found.text, final):
            enqueue(link)
    return pages


def _meta_charset(body: bytes) -> str | None:
    """The encoding a ``<meta charset>`` (or http-equiv) near the top of ``body`` declares, if any."""
    head = body[:4096].lower()
    marker = head.find(b"charset=")
    if marker < 0:
        return None
    name = head[marker + len(b"charset=") :].lstrip(b"\"' ")
    end = 0
    while end < len(name) and (name[end : end + 1].isalnum() or name[end : end + 1] in b"-_:."):
        end += 1
    return name[:end].decode("ascii") or None
