"""Every link on the demo site leads to a page: a crawl from the home page and each language's home.

The crawl follows each same-site ``a[href]`` once (fragments dropped, ``#`` anchors and other sites
not followed), checks what it answers, and reads the links of each HTML page it reaches. The
files a page loads (styles, scripts, static files) are fetched once each and not read.

The cap that keeps it to a few seconds: under a language prefix (``/es/...``), component pages and
example previews are not followed. Their links are the unprefixed site's links under the prefix,
which the crawl checks in full, and the accessibility sweep loads every one of them in every
language.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from starlette.testclient import TestClient

from components.footer import REQUIRED_LINK_PATHS
from demo_site import create_app
from i18n.locales import LOCALES
from tests.html import Tag, attr, parse, select

ORIGIN = "http://testserver"
PREFIXES = [info.url_prefix for info in LOCALES.values()]
STARTS = ["/", *(prefix + "/" for prefix in PREFIXES)]
NOT_FOLLOWED_UNDER_A_PREFIX = "/components/"
"""Paths below this (component pages, previews) are followed on the unprefixed site only."""
ADMIN_AREA = "/admin/"
"""The feedback admin area: closed (503) while no admin password is set."""


@dataclass
class Visit:
    """What one URL answered, and the first page that linked to it."""

    status: int
    location: str | None
    linked_from: str


def _local(url: str) -> str | None:
    """The path and query of a same-site http(s) URL, or None for any other URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(ORIGIN).netloc:
        return None
    return urlunsplit(("", "", parts.path or "/", parts.query, ""))


def _language_free(path: str) -> tuple[str | None, str]:
    """The language prefix of ``path`` (or None) and the path without it."""
    for prefix in PREFIXES:
        if path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "?"):
            return prefix, path[len(prefix) :] or "/"
    return None, path


def _followed(path: str) -> bool:
    prefix, rest = _language_free(path)
    return prefix is None or not rest.startswith(NOT_FOLLOWED_UNDER_A_PREFIX)


def _targets(url: str, page: Tag, selector: str, attribute: str) -> Iterator[str]:
    """The same-site targets of the elements' ``attribute``, resolved against the page's URL."""
    for element in select(page, selector):
        value = attr(element, attribute) or ""
        if value.startswith("#"):
            continue
        target = _local(urljoin(ORIGIN + url, value))
        if target is not None:
            yield target


def crawl(client: TestClient) -> tuple[dict[str, Visit], set[str]]:
    """Every URL reached from ``STARTS`` by links, redirects and the files pages load (styles,
    scripts, images: fetched, never read), and the URLs the cap left out."""
    visits: dict[str, Visit] = {}
    left_out: set[str] = set()
    read: dict[str, bool] = dict.fromkeys(STARTS, True)  # every URL queued: whether to read its links
    queue = deque((start, "(start)") for start in STARTS)

    def add(target: str, linked_from: str, *, page: bool) -> None:
        if target in read:
            read[target] = read[target] or page
        elif not _followed(target):
            left_out.add(target)
        else:
            read[target] = page
            queue.append((target, linked_from))

    while queue:
        url, linked_from = queue.popleft()
        response = client.get(url)
        location = response.headers.get("location")
        visits[url] = Visit(response.status_code, location, linked_from)
        if location is not None:
            target = _local(urljoin(ORIGIN + url, location))
            if target is not None:
                add(target, url, page=read[url])
            continue
        is_html = response.headers.get("content-type", "").startswith("text/html")
        if not read[url] or url.startswith("/static/") or not is_html:
            continue
        page = parse(response.text)
        for target in _targets(url, page, "a[href]", "href"):
            add(target, url, page=True)
        for target in _targets(url, page, "link[href]", "href"):
            add(target, url, page=False)
        for target in _targets(url, page, "script[src], img[src]", "src"):
            add(target, url, page=False)
    return visits, left_out


@pytest.fixture(scope="module")
def crawled() -> Iterator[tuple[dict[str, Visit], set[str]]]:
    """The crawl of the demo as it runs out of the box (no admin password set)."""
    with TestClient(create_app(), follow_redirects=False) as client:
        yield crawl(client)


def documented(path: str, visit: Visit) -> bool:
    """Whether a URL answered as documented: 200; a 303 to a page that is crawled and checked in turn
    (a form-steps flow's start, which redirects to the flow's next page); or for the admin area with
    no admin password set, 503 and a page saying it is closed (``feedback_widget.admin``)."""
    in_admin_area = _language_free(path)[1].startswith(ADMIN_AREA)
    redirected = visit.status == 303 and visit.location is not None
    return visit.status == 200 or redirected or (in_admin_area and visit.status == 503)


def test_every_link_answers_as_documented(crawled: tuple[dict[str, Visit], set[str]]) -> None:
    visits, _ = crawled
    broken = [
        f"{url} -> {visit.status} {visit.location or ''} (linked from {visit.linked_from})"
        for url, visit in visits.items()
        if not documented(url, visit)
    ]
    assert not broken, "\n".join(broken)


def test_the_crawl_reaches_every_page_kind_in_every_language(
    crawled: tuple[dict[str, Visit], set[str]],
) -> None:
    visits, _ = crawled
    for prefix in ["", *PREFIXES]:
        for path in REQUIRED_LINK_PATHS.values():
            assert f"{prefix}/{path}" in visits, f"no link to {prefix}/{path}"
        for path in ("/components", "/patterns/feedback", "/accessibility", "/admin/"):
            assert prefix + path in visits, f"no link to {prefix}{path}"
    assert "/components/footer/your-own-links/preview" in visits
    assert {"/static/frontdoor/frontdoor.css", "/static/demo/demo.css"} <= set(visits)


def test_what_the_cap_leaves_out_is_crawled_without_a_prefix(
    crawled: tuple[dict[str, Visit], set[str]],
) -> None:
    visits, left_out = crawled
    assert left_out, "the cap left nothing out: drop it"
    missing = sorted(url for url in left_out if _language_free(url)[1] not in visits)
    assert not missing, missing
