"""Page basics: a meaningful title, the page's language, one h1, landmarks and headings in order.

- ``page-title``: a ``<title>`` that says what the page is: not empty, not the host name, not
  "Untitled", "Document", "Home" and the like alone.
- ``html-lang``: ``<html lang>`` present and a well-formed BCP 47 language tag.
- ``page-h1``: exactly one visible ``h1``.
- ``heading-levels``: the first heading is an h1, and no level is skipped going down (h2 then h4).
- ``main-landmark``: exactly one ``main`` landmark.
- ``page-landmarks``: a page header or footer is a ``banner`` or ``contentinfo`` landmark.

Titles must also differ from page to page; ``page_title`` gives a runner what it needs to compare
them across a site. The page script is ``a11y_tests/js/basics.js``.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from a11y_tests.checks._common import violation
from a11y_tests.page_scripts import page_script
from a11y_tests.results import Violation

MEANINGLESS_TITLES = frozenset(
    {"untitled", "untitled document", "document", "home", "index", "page", "new page", "title", "welcome"}
)

# A well-formed BCP 47 tag (RFC 5646): language, extlang, script, region, variants, extensions, private use.
# The language itself must be a two- or three-letter ISO 639 code: the grammar allows five to eight
# letters too, but no such language is registered, and "english" is a mistake, not a tag.
_LANGUAGE_TAG = re.compile(
    r"^[a-z]{2,3}(?:-[a-z]{3}){0,3}"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
    r"(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?$"
    r"|^x(?:-[a-z0-9]{1,8})+$",
    re.IGNORECASE,
)


def page_title(driver: Any) -> str:
    """The title of the page open in ``driver``, with white space collapsed (to compare across pages)."""
    return " ".join(str(driver.execute_script("return document.title") or "").split())


def _with(node: dict[str, str], summary: str) -> dict[str, str]:
    return {**node, "summary": summary}


def _title_problem(facts: dict[str, Any]) -> str:
    title = " ".join(str(facts["title"]).split())
    lowered = title.lower().rstrip(".")
    if not title:
        return "The page has no title, or an empty one"
    hosts = {facts["host"].lower(), facts["hostname"].lower(), facts["hostname"].lower().removeprefix("www.")}
    if lowered in hosts or lowered == facts["url"].lower():
        return f'The title "{title}" is only the site address and says nothing about the page'
    if lowered in MEANINGLESS_TITLES:
        return f'The title "{title}" does not say what the page is about'
    return ""


def _heading_problems(headings: list[dict[str, Any]]) -> list[dict[str, str]]:
    nodes = []
    if headings and headings[0]["level"] != 1:
        first = headings[0]
        nodes.append(_with(first["node"], f"The first heading is an h{first['level']}, not an h1"))
    for previous, heading in itertools.pairwise(headings):
        if heading["level"] > previous["level"] + 1:
            nodes.append(
                _with(
                    heading["node"],
                    f"An h{heading['level']} follows an h{previous['level']}: "
                    f"level {previous['level'] + 1} is skipped",
                )
            )
    return nodes


def check_page_basics(driver: Any) -> list[Violation]:
    """Report a missing or meaningless title, a missing or malformed lang, h1, landmark and heading faults."""
    facts = driver.execute_script(page_script("fdPageFacts", "basics"))
    found: list[Violation] = []
    if problem := _title_problem(facts):
        found.append(
            violation(
                "page-title",
                "serious",
                "The page title does not describe the page, so people cannot tell pages and tabs apart.",
                [_with(facts["titleNode"], problem)],
            )
        )
    lang = (facts["lang"] or "").strip()
    if not lang or not _LANGUAGE_TAG.match(lang):
        summary = (
            "The html element has no lang attribute" if not lang else f'lang="{lang}" is not a language tag'
        )
        found.append(
            violation(
                "html-lang",
                "serious",
                "The page does not say which language it is in, so screen readers may read it wrongly.",
                [_with(facts["htmlNode"], summary)],
            )
        )
    h1s = facts["h1s"]
    if len(h1s) != 1:
        nodes = [_with(node, f"One of {len(h1s)} h1 headings on the page") for node in h1s] or [
            _with(facts["bodyNode"], "The page has no visible h1 heading")
        ]
        found.append(
            violation(
                "page-h1",
                "moderate",
                "A page should have exactly one main heading (h1) saying what it is about.",
                nodes,
            )
        )
    if heading_nodes := _heading_problems(facts["headings"]):
        found.append(
            violation(
                "heading-levels",
                "moderate",
                "Headings skip a level or do not start with an h1, so their outline is hard to follow.",
                heading_nodes,
            )
        )
    mains = facts["mains"]
    if len(mains) != 1:
        nodes = [_with(node, f"One of {len(mains)} main landmarks") for node in mains] or [
            _with(facts["bodyNode"], "The page has no main element or role=main")
        ]
        found.append(
            violation(
                "main-landmark",
                "moderate",
                "A page should have exactly one main landmark, so people can jump straight to its content.",
                nodes,
            )
        )
    landmark_nodes = []
    if not facts["banners"]:
        landmark_nodes += [
            _with(node, "This looks like the page header but is not a header element or role=banner")
            for node in facts["headerLike"]
        ]
    if not facts["contentinfos"]:
        landmark_nodes += [
            _with(node, "This looks like the page footer but is not a footer element or role=contentinfo")
            for node in facts["footerLike"]
        ]
    if landmark_nodes:
        found.append(
            violation(
                "page-landmarks",
                "moderate",
                "The page header or footer is not marked up as a landmark, so people cannot jump to it.",
                landmark_nodes,
            )
        )
    return found
