"""Gallery pages: every component, each example live with its code, and bare previews."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from importlib import metadata
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from components.base import Example
from components.page import Page
from components.registry import ComponentInfo, registry
from demo_site import accessibility, conformance
from demo_site.code_samples import jinja_call, python_call
from demo_site.params_table import param_tables
from demo_site.security import content_security_policy
from i18n import gettext
from i18n import lazy_gettext as _l
from i18n.formatting import format_date, format_list, format_number
from i18n.locale import plural_messages
from i18n.locales import LOCALES

PAGE_SLOTS = {"banner": "header", "header": "header", "footer": "footer"}
"""Components that are part of every page: their preview puts the example in place of the site's own."""


def _render(request: Request, template: str, context: dict[str, Any]) -> Response:
    return request.app.state.templates.TemplateResponse(request, template, context)


def _component(name: str) -> ComponentInfo:
    info = registry().get(name)
    if info is None:
        raise HTTPException(404)
    return info


def _example(info: ComponentInfo, slug: str) -> Example:
    try:
        return info.example(slug)
    except KeyError:
        raise HTTPException(404) from None


def whole_document(html: str) -> bool:
    """Whether a rendering is a whole HTML document (a page layout), not a part of one."""
    return html.lstrip()[:15].lower() == "<!doctype html>"


def stands_alone(name: str, html: str) -> bool:
    """Whether an example needs a page of its own: a whole document, a part of a page that a page has
    one of (its banner, header or footer), or an example with its own h1 (a page has one)."""
    return whole_document(html) or name in PAGE_SLOTS or "<h1" in html


_SUBMIT_BUTTON = re.compile(r"<button(?![^>]*\btype=\"(?:button|reset)\")(?![^>]*\bdisabled\b)[^>]*>")


_DIALOG = re.compile(r"<dialog\b.*?</dialog>", re.DOTALL)


def _has_submit(html: str) -> bool:
    """Whether an example holds a button that can send a form (not a disabled one, nor ``type="button"``,
    nor one inside a dialog, which is not on show until someone opens it)."""
    return _SUBMIT_BUTTON.search(_DIALOG.sub("", html)) is not None


def _has_own_form(html: str) -> bool:
    """Whether an example brings its own form (a search, a cookie banner): the gallery adds none around it."""
    return "<form" in html


async def home(request: Request) -> Response:
    """What Front Door is, and where to start."""
    return _render(request, "home.html", {"count": len(registry())})


async def disaster_help_start(request: Request) -> Response:
    """The start page of the worked service: what it is for, what you need, and "Start now"."""
    return _render(request, "disaster_help.html", {})


_ID_REFERENCES = re.compile(
    r'\b(id|for|aria-describedby|aria-labelledby|aria-controls|commandfor|list|form)="([^"]*)"|href="#([^"]*)"'
)


def _prefixed_ids(html: str, prefix: str) -> str:
    """``html`` with every id, and every reference to one, given ``prefix``: the thumbnails share a page."""

    def prefixed(found: re.Match[str]) -> str:
        if found[3] is not None:
            return f'href="#{prefix}{found[3]}"'
        return f'{found[1]}="' + " ".join(prefix + name for name in found[2].split()) + '"'

    return _ID_REFERENCES.sub(prefixed, html)


@dataclass(frozen=True)
class Thumbnail:
    """A small picture of a component for the index: the markup of one of its examples, or, for a
    component that needs a page of its own (a header, a whole page), the example to show in a frame."""

    html: Markup | None = None
    framed: Example | None = None


_CLOSED_DIALOG = re.compile(r"<dialog\b(?![^>]*\bopen\b)")
_BEHAVIOUR = re.compile(r'\s(?:data-fd-[\w-]+|autofocus)(?:="[^"]*")?')
"""Attributes our script hooks into (a timer, a key listener) or the browser acts on: none in a picture."""


def thumbnail(info: ComponentInfo) -> Thumbnail:
    """The component's first example that can sit in the list, small: a picture of it that no one can
    reach or hear (the template marks it ``inert``), with its ids made unique on the page, any dialog
    shown open, and nothing our script would start (the exit key, a session timer). When every example
    needs a page of its own (its own h1, a page slot, a whole document), the first one in a frame of
    its preview page."""
    for example in info.examples:
        html = str(info.model(**example.resolved_params()).render())
        if not stands_alone(info.name, html) and "<iframe" not in html:
            still = _BEHAVIOUR.sub("", _CLOSED_DIALOG.sub("<dialog open", html))
            return Thumbnail(html=Markup(_prefixed_ids(still, f"thumb-{info.name}-")))
    return Thumbnail(framed=info.examples[0])


def filter_words(info: ComponentInfo) -> str:
    """What the filter box matches: the component's title, purpose and name, in lower case."""
    return " ".join([str(info.title), str(info.summary), info.name.replace("_", " ")]).casefold()


async def index(request: Request) -> Response:
    """Every component with its one-line purpose, and a filter box: the server filters (``?q=``),
    and the demo script filters as the person types."""
    query = request.query_params.get("q", "")[:100].strip()
    words = query.casefold().split()
    items = [
        {
            "info": info,
            "words": filter_words(info),
            "shown": all(w in filter_words(info) for w in words),
            "thumbnail": thumbnail(info),
        }
        for info in registry().values()
    ]
    shown = sum(1 for item in items if item["shown"])
    # Translators: how many components the filter shows; %(num)s is the number.
    counts = plural_messages("%(num)s component shown", "%(num)s components shown")
    return _render(
        request,
        "gallery.html",
        {
            "items": items,
            "query": query,
            "shown": shown,
            "count_attributes": {f"data-fd-shown-{category}": text for category, text in counts.items()},
        },
    )


STATUS_NAMES = {
    # Translators: a component's status: new, and its params may still change.
    "experimental": (_l("Experimental"), "orange", _l("New. Its params may still change.")),
    # Translators: a component's status: in use, changes are announced first.
    "beta": (_l("Beta"), "blue", _l("In use in services. We announce changes before we make them.")),
    # Translators: a component's status: settled, it changes only in a major release.
    "stable": (_l("Stable"), "green", _l("Settled. It changes only in a major release.")),
}
"""Each status's name, tag color and what it means for a team that uses the component."""


def component_navigation(request: Request, current: str) -> list[dict[str, Any]]:
    """The side navigation of the component pages: every component, the current one marked."""
    return [
        {
            "text": info.title,
            "href": str(request.url_for("component", name=name).path),
            "current": name == current,
        }
        for name, info in registry().items()
    ]


def placements(info: ComponentInfo) -> dict[str, str]:
    """Where the component page shows each example (by slug): ``inline``; ``framed``, the first that
    needs a page of its own, in a frame, so that the component page keeps one h1, banner and footer;
    or ``own_page``, the others that need one, which open on their own pages. Only one is framed: a
    screen reader lists the landmarks in frames with the page's, and each framed page has a main,
    so a second would repeat the first's landmarks."""
    found: dict[str, str] = {}
    for example in info.examples:
        if not stands_alone(info.name, info.model(**example.resolved_params()).render()):
            found[example.slug] = "inline"
        else:
            found[example.slug] = "own_page" if "framed" in found.values() else "framed"
    return found


async def component_page(request: Request) -> Response:
    """One component: each example live, its Jinja and Python calls, its HTML, and its params."""
    info = _component(request.path_params["name"])
    placed = placements(info)
    examples = []
    for example in info.examples:
        params = example.resolved_params()
        html = info.model(**params).render()
        examples.append(
            {
                "example": example,
                "html": html,
                "jinja": jinja_call(info.name, params),
                "python": python_call(info.model, params),
                "framed": placed[example.slug] == "framed",
                "own_page": placed[example.slug] == "own_page",
                # A button does nothing outside a form: give it one, so it works without JavaScript.
                "in_form": _has_submit(html) and not _has_own_form(html),
                "options": request.url_for("preview_options", name=info.name, slug=example.slug).path,
            }
        )
    return _render(
        request,
        "component.html",
        {
            "info": info,
            "summary": info.summary,
            "examples": examples,
            "tables": param_tables(info.model),
            "status": STATUS_NAMES[info.status],
            "navigation": component_navigation(request, info.name),
            "every_language_checks": _check_names(EVERY_LANGUAGE_CHECKS),
            "layout_checks": _check_names(LAYOUT_CHECKS),
            "languages": [{"value": code, "text": locale.endonym} for code, locale in LOCALES.items()],
            "views": PREVIEW_VIEWS,
        },
    )


def _example_title(info: ComponentInfo, example: Example) -> str:
    # Translators: a page title: %(component)s is a component's name, %(example)s the example's name.
    return gettext("%(component)s: %(example)s", component=info.title, example=example.name)


def _preview_page(request: Request, info: ComponentInfo, example: Example) -> Page:
    """The document around one example: its title and the kit's assets, and none of the demo's own
    banner, header or footer (the gallery page that frames the example has those). ``?dir=rtl``
    (or ``ltr``) sets the page's direction whatever its language."""
    direction = request.query_params.get("dir")
    return Page(
        # Translators: the title of every demo page: %(title)s is what the page is about.
        title=gettext("%(title)s - Front Door", title=_example_title(info, example)),
        dir=direction if direction in ("ltr", "rtl") else None,
        asset_url=request.app.url_path_for("frontdoor_static", path="").rstrip("/"),
    )


NO_SCRIPT_POLICY = content_security_policy().replace("script-src 'self'", "script-src 'none'")
"""The policy of a preview opened "without JavaScript": the browser runs no script at all, ours or htmx."""

PREVIEW_VIEWS = ("rtl", "no-script", "narrow")
"""The preview options besides the language: right to left, without JavaScript, 320 pixels wide."""


def preview_query(views: set[str]) -> str:
    """The preview page's query string for the chosen views (all but the width)."""
    query = {"dir": "rtl" if "rtl" in views else None, "scripts": "off" if "no-script" in views else None}
    return urlencode({key: value for key, value in query.items() if value})


async def preview_options(request: Request) -> Response:
    """The preview options form's target: sends the browser to the example's preview in the chosen
    language and views. Unknown values are left out, never an error."""
    info = _component(request.path_params["name"])
    example = _example(info, request.path_params["slug"])
    language = LOCALES.get(request.query_params.get("language", ""))
    views = set(request.query_params.getlist("view")) & set(PREVIEW_VIEWS)
    route = "narrow_preview" if "narrow" in views else "preview"
    path = request.app.url_path_for(route, name=info.name, slug=example.slug)
    prefix = language.url_prefix if language else request.scope.get("root_path", "")
    query = preview_query(views)
    return RedirectResponse(prefix + path + (f"?{query}" if query else ""), status_code=303)


async def narrow_preview(request: Request) -> Response:
    """One example in a frame 320 pixels wide, as a small phone shows it (the frame's own viewport
    is 320 pixels wide, so the page's media queries apply as they would there)."""
    info = _component(request.path_params["name"])
    example = _example(info, request.path_params["slug"])
    src = request.url_for("preview", name=info.name, slug=example.slug).path
    query = request.url.query
    return _render(
        request,
        "narrow_preview.html",
        {
            "info": info,
            "example": example,
            "title": _example_title(info, example),
            "src": src + (f"?{query}" if query else ""),
        },
    )


EVERY_LANGUAGE_CHECKS = ("axe", "page-basics", "reflow", "text-spacing", "html-validation")
"""The checks each example goes through in all 12 languages (``a11y_tests/tests/test_demo_site.py``)."""

LAYOUT_CHECKS = ("keyboard", "focus", "forced-colors", "reduced-motion", "no-javascript")
"""The checks each example goes through in English and Arabic, left to right and right to left."""


def _check_names(keys: tuple[str, ...]) -> str:
    return format_list([str(accessibility.CHECKS[key].name) for key in keys])


async def preview(request: Request) -> Response:
    """One example alone in a page, as a real page would hold it: what the gallery's frames show and the
    accessibility checks open."""
    info = _component(request.path_params["name"])
    example = _example(info, request.path_params["slug"])
    html = info.model(**example.resolved_params()).render()
    no_script = request.query_params.get("scripts") == "off"
    headers = {"Content-Security-Policy": NO_SCRIPT_POLICY} if no_script else {}
    if whole_document(html):
        return Response(html, media_type="text/html", headers=headers)
    response = _render(
        request,
        "preview.html",
        {
            "page": _preview_page(request, info, example),
            "info": info,
            "example": example,
            "html": html,
            "has_heading": "<h1" in html,
            "has_fields": not _has_own_form(html)
            and any(tag in html for tag in ("<input", "<select", "<textarea", "<button")),
            "has_submit": _has_submit(html),
            "slot": PAGE_SLOTS.get(info.name, "content"),
        },
    )
    response.headers.update(headers)
    return response


async def feedback_pattern(request: Request) -> Response:
    """The feedback widget embedded inline, with links to the other ways to embed it."""
    return _render(request, "feedback.html", {})


async def accessibility_page(request: Request) -> Response:
    """What machines check of WCAG 2.2 AA on every run, what people check, and the latest run's figures."""
    run = accessibility.latest_run()
    figures = {
        "date": format_date(datetime.date.fromisoformat(run["date"])),
        "pages": format_number(run["pages"]),
        "languages": format_number(run["languages"]),
        "checks": format_number(run["checks"]),
        "problems": format_number(run["problems"]),
        "minutes": format_number(run["minutes"]),
        "axe": run["axe_core"],
        "vnu": run["vnu"],
        "chromium": run["chromium"],
    }
    groups = [
        {
            "title": group.title,
            "summary": group.summary,
            "criteria": [
                {
                    "number": criterion.number,
                    "level": criterion.level,
                    "name": criterion.name,
                    "checks": format_list([str(accessibility.CHECKS[key].name) for key in criterion.checks]),
                    "person": criterion.person,
                }
                for criterion in group.criteria
            ],
        }
        for group in accessibility.groups()
    ]
    context = {"run": figures, "checks": list(accessibility.CHECKS.values()), "groups": groups}
    return _render(request, "accessibility.html", context)


def _conformance_context(evidence: conformance.Evidence | None) -> dict[str, Any]:
    """What every page of the conformance report shows at its top (the VPAT's product details)."""
    found = conformance.report_date(evidence)
    tools = format_list([f"{tool} {version}" for tool, version in evidence.tools.items()]) if evidence else ""
    return {
        "version": metadata.version("frontdoor"),
        "report_date": format_date(found) if found else None,
        "tools": tools,
        "levels": conformance.LEVELS,
    }


async def conformance_page(request: Request) -> Response:
    """The Accessibility Conformance Report: how each component meets each WCAG 2.2 A and AA criterion."""
    evidence = conformance.latest_evidence()
    rows = [
        (registry()[name], {level: format_number(count) for level, count in counts.items()})
        for name, counts in conformance.summary(evidence)
    ]
    return _render(request, "conformance.html", {**_conformance_context(evidence), "rows": rows})


async def conformance_component_page(request: Request) -> Response:
    """One component's conformance report: a row for each criterion, with its level and the evidence."""
    info = _component(request.path_params["name"])
    evidence = conformance.latest_evidence()
    rows = conformance.report(info.name, evidence)
    tables = [
        # Translators: a heading in the conformance report: %(level)s is a WCAG level, such as A or AA.
        (
            gettext("Level %(level)s criteria", level=level),
            f"level-{level.lower()}",
            [r for r in rows if r.criterion.level == level],
        )
        for level in ("A", "AA")
    ]
    context = {**_conformance_context(evidence), "info": info, "tables": tables}
    return _render(request, "conformance_component.html", context)
