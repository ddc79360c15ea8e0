"""Page basics: a meaningful title, the page's language, one h1, landmarks and headings in order.

- ``page-title``: a ``<title>`` that says what the page is: not empty, not the host name, not
  "Untitled", "Document", "Home" and the like alone.
- ``html-lang``: ``<html lang>`` present and a well-formed BCP 47 language tag.
- ``page-h1``: exactly one visible ``h1``.
- ``heading-levels``: the first heading is an h1, and no level is skipped going down (h2 then h4).
- ``main-landmark``: exactly one ``main`` landmark.
- ``page-landmarks``: a page header or footer is a ``banner`` or ``contentinfo`` landmark.

Inside frames (``a11y_tests.checks._frames``): each shown frame must have a ``title`` attribute
(``page-title``: it names the frame for screen reader users) and each framed document a well-formed
``lang`` (``html-lang``), each node named with its frame path; the other rules are about the page
itself. A frame that cannot be entered is recorded in the check's frame coverage.

Titles must also differ from page to page; ``page_title`` gives a runner what it needs to compare
them across a site. The page script is ``a11y_tests/js/basics.js``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from a11y_tests.checks._common import failing_node, violation
from a11y_tests.checks._frames import FrameCoverage, record, visit_frames
from a11y_tests.page_scripts import page_script
from a11y_tests.results import FailingNode, FramePath, Violation

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


def _lang_problem(lang: str | None) -> str:
    lang = (lang or "").strip()
    if not lang:
        return "The html element has no lang attribute"
    return "" if _LANGUAGE_TAG.match(lang) else f'lang="{lang}" is not a language tag'


def _framed(raw: dict[str, str], path: FramePath, summary: str) -> FailingNode:
    return replace(failing_node(raw), summary=summary, frame=path)


def _frame_faults(driver: Any) -> tuple[list[FailingNode], list[FailingNode]]:
    """Frames without a title attribute, and framed documents without a good lang, in every frame."""
    untitled: list[FailingNode] = []
    unlanguaged: list[FailingNode] = []

    def look(path: FramePath, chain: tuple[Any, ...], frame: dict[str, Any]) -> None:
        if frame["shown"] and not str(frame["title"] or "").strip():
            untitled.append(
                _framed(frame["node"], path[:-1], "This frame has no title attribute saying what it holds")
            )
        facts = driver.execute_script(page_script("fdFrameFacts", "basics"))
        if problem := _lang_problem(facts["lang"]):
            unlanguaged.append(_framed(facts["htmlNode"], path, f"In this frame: {problem}"))

    visit_frames(driver, record(driver, FrameCoverage("page-basics")), look)
    return untitled, unlanguaged


def check_page_basics(driver: Any) -> list[Violation]:
    """Report a missing or meaningless title, a missing or malformed lang, h1, landmark and heading faults;
    inside frames, frames without a title attribute and framed documents without a good lang."""
    facts = driver.execute_script(page_script("fdPageFacts", "basics"))
    untitled, unlanguaged = _frame_faults(driver)
    found: list[Violation] = []
    title_nodes: list[FailingNode | dict[str, str]] = list(untitled)
    if problem := _title_problem(facts):
        title_nodes.insert(0, _with(facts["titleNode"], problem))
    if title_nodes:
        found.append(
            violation(
                "page-title",
                "serious",
                "The page or frame title does not describe it, so people cannot tell pages, tabs and "
                "frames apart.",
                title_nodes,
            )
        )
    lang_nodes: list[FailingNode | dict[str, str]] = list(unlanguaged)
    if problem := _lang_problem(facts["lang"]):
        lang_nodes.insert(0, _with(facts["htmlNode"], problem))
    if lang_nodes:
        found.append(
            violation(
                "html-lang",
                "serious",
                "The page or a frame does not say which language it is in, so screen readers may read it "
                "wrongly.",
                lang_nodes,
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
