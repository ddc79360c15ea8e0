"""The gallery's frames: each framed example is the example alone on a page, where a real page would hold
it, and no landmark in a component page or its frames repeats another's role and accessible name.

axe-core's ``landmark-unique`` rule (best practice) compares landmarks across a page and all its frames:
a screen reader's list of landmarks holds them all, so two "banner" or two "Main menu navigation"
entries cannot be told apart. ``landmarks`` works out each landmark's role and name from the HTML as
HTML-AAM and axe-core do, so these tests prove the structure without a browser.

What keeps them apart: the demo's own header, menu and footer have names of their own, not the
components' defaults, and it shows no government banner; a component page frames only the first example
that needs a page of its own (each such page has a main, and a header, footer or whole page has a banner
or content info too), and links to the others' own pages.
"""

from __future__ import annotations

from collections import Counter

import pytest
from starlette.testclient import TestClient

from components.registry import registry
from demo_site import create_app
from demo_site.gallery import PAGE_SLOTS, stands_alone, whole_document
from i18n.locales import LOCALES
from tests.html import Tag, attr, classes, one, parse, select, text

SCOPING = "article, aside, main, nav, section"
"""Elements that keep a ``header`` or ``footer`` inside them from being the page's banner or contentinfo."""
SCOPING_ROLES = {"article", "complementary", "main", "navigation", "region"}
LANDMARK_ROLES = {"banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"}
ALWAYS = {"main": "main", "nav": "navigation", "search": "search"}

DEMO_CHROME = [
    ("banner", "front door demo site"),
    ("navigation", "language"),
    ("navigation", "demo site menu"),
    ("contentinfo", "front door demo site"),
    ("navigation", "about the demo agency"),
]
"""The landmarks of the demo's own header and footer on its English pages, around their main."""


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def _scoped(element: Tag) -> bool:
    for parent in element.parents:
        if not isinstance(parent, Tag):
            continue
        role = attr(parent, "role")
        if role in SCOPING_ROLES or (role is None and parent.name in SCOPING.split(", ")):
            return True
    return False


def _hidden(element: Tag) -> bool:
    return any(
        isinstance(node, Tag) and (attr(node, "aria-hidden") == "true" or node.has_attr("hidden"))
        for node in [element, *element.parents]
    )


def accessible_name(element: Tag, document: Tag) -> str:
    """The name a landmark gets from ``aria-labelledby``, ``aria-label`` or ``title``, lower-cased."""
    if labelledby := attr(element, "aria-labelledby"):
        name = " ".join(text(one(document, f"[id='{ref}']")) for ref in labelledby.split())
    else:
        name = attr(element, "aria-label") or attr(element, "title") or ""
    return " ".join(name.split()).lower()


def landmark_role(element: Tag, document: Tag) -> str | None:
    """The element's landmark role, or None: its own role, else the one HTML gives its tag in place."""
    if (role := attr(element, "role")) is not None:
        first = role.split()[0] if role.split() else ""
        return first if first in LANDMARK_ROLES else None
    named = bool(accessible_name(element, document))
    if element.name in ALWAYS:
        return ALWAYS[element.name]
    if element.name in ("header", "footer"):
        return None if _scoped(element) else {"header": "banner", "footer": "contentinfo"}[element.name]
    if element.name == "aside":
        return "complementary" if named or not _scoped(element) else None
    if element.name in ("section", "form"):
        return {"section": "region", "form": "form"}[element.name] if named else None
    return None


def landmarks(html: str) -> list[tuple[str, str]]:
    """Every landmark a screen reader lists in the document: (role, accessible name)."""
    document = parse(html)
    found = []
    for element in select(document, "body *"):
        if (role := landmark_role(element, document)) and not _hidden(element):
            found.append((role, accessible_name(element, document)))
    return found


def page_and_frames(client: TestClient, path: str) -> dict[str, list[tuple[str, str]]]:
    """The landmarks of the page at ``path`` and of each document it frames, by address."""
    html = client.get(path).text
    documents = {path: landmarks(html)}
    for frame in select(parse(html), "iframe[src]"):
        src = attr(frame, "src") or ""
        response = client.get(src)
        assert response.status_code == 200, src
        documents[src] = landmarks(response.text)
    return documents


def component_pages() -> list[object]:
    """Each component page in every language (the names to compare are translations)."""
    return [
        pytest.param(prefix, name, id=f"{prefix}/{name}")
        for prefix in [info.url_prefix for info in LOCALES.values()]
        for name in registry()
    ]


def standalone_examples() -> list[tuple[str, str]]:
    """Each example that needs a page of its own: (component, example slug). The gallery frames the
    first of a component's; the others open on their own pages."""
    return [
        (name, example.slug)
        for name, info in registry().items()
        for example in info.examples
        if stands_alone(name, str(info.model(**example.resolved_params()).render()))
    ]


def repeats(documents: dict[str, list[tuple[str, str]]]) -> dict[tuple[str, str], int]:
    """Each landmark (role, name) found more than once across the documents, with its count."""
    counts = Counter(landmark for found in documents.values() for landmark in found)
    return {landmark: count for landmark, count in counts.items() if count > 1}


@pytest.mark.parametrize(("prefix", "name"), component_pages())
def test_no_landmark_repeats_across_a_component_page_and_its_frames(
    client: TestClient, prefix: str, name: str
) -> None:
    documents = page_and_frames(client, f"{prefix}/components/{name}")
    assert not repeats(documents), f"repeated landmarks (role, name) in {list(documents)}"


def test_a_frame_holding_the_demo_page_around_its_example_would_repeat_landmarks(client: TestClient) -> None:
    """What the frames held before: the example inside a page with the demo's own banner, menu, main
    and footer. The comparison above reads frames and finds each of those twice."""
    documents = page_and_frames(client, "/en/components/checkboxes")
    assert len(documents) == 2, "the checkboxes page frames its page-heading example"
    documents["/en/about"] = landmarks(client.get("/en/about").text)  # a demo page, with its chrome
    assert set(repeats(documents)) >= {*DEMO_CHROME, ("main", "")}


def test_landmark_roles_follow_html_scoping() -> None:
    html = (
        "<body><header></header><main><header></header><footer></footer></main>"
        '<section aria-label="A"><footer></footer></section><section></section>'
        '<div role="navigation" aria-labelledby="h"><h2 id="h">Pages</h2></div>'
        '<nav aria-hidden="true"></nav><form></form><form aria-label="Search"></form></body>'
    )
    assert landmarks(html) == [
        ("banner", ""),
        ("main", ""),
        ("region", "a"),
        ("navigation", "pages"),
        ("form", "search"),
    ]


@pytest.mark.parametrize(("name", "slug"), standalone_examples())
def test_an_example_on_its_own_page_is_alone_where_a_real_page_holds_it(
    client: TestClient, name: str, slug: str
) -> None:
    info = registry()[name]
    example = str(info.model(**info.example(slug).resolved_params()).render())
    html = client.get(f"/en/components/{name}/{slug}/preview").text
    if whole_document(example):
        assert html == example
        assert not repeats({"": landmarks(html)})
        return
    body = one(parse(html), "body")
    children = body.find_all(recursive=False)
    main = one(body, ":scope > main")
    # The example's own landmarks, as the component renders them at the top of a page (a header is
    # the banner, a footer the contentinfo), and a main: none of the demo's banner, menu or footer.
    own = landmarks(f"<body>{example}</body>")
    slot = PAGE_SLOTS.get(name, "content")
    if slot == "header":  # after a skip link, as on a real page
        skip_link, top, after = children
        assert attr(skip_link, "href") == "#main-content" and classes(skip_link) == ["fd-skip-link"]
        assert html_of(top) == html_of(example) and after is main
        assert landmarks(html) == [*own, ("main", "")]
    elif slot == "footer":
        before, bottom = children
        assert before is main and html_of(bottom) == html_of(example)
        assert landmarks(html) == [("main", ""), *own]
    else:
        assert children == [main] and html_of(example) in html_of(main)
        assert landmarks(html)[0] == ("main", "")
    assert not select(body, ".fd-page-header, .fd-language-selector")


def html_of(source: object) -> str:
    """Markup with its whitespace between tags dropped, to compare a rendering with a parsed tree."""
    return "".join(str(parse(str(source))).split())


def test_the_component_page_main_is_named_after_its_heading(client: TestClient) -> None:
    page = parse(client.get("/en/components/header").text)
    main = one(page, "main")
    heading = one(main, "h1")
    assert attr(main, "aria-labelledby") == attr(heading, "id")
    assert text(heading) == "Header"
    assert ("main", "header") in landmarks(str(page))


def test_the_demo_names_its_own_landmarks_and_shows_no_government_banner(client: TestClient) -> None:
    """The demo is not an official government website, and its header and footer are named apart from
    the components' defaults, which the framed examples use."""
    for path in ("/en/", "/en/about", "/en/components", "/en/components/banner"):
        page = parse(client.get(path).text)
        assert not select(page, ".fd-banner"), path
        one(page, "main").decompose()  # what the page holds varies; its header and footer do not
        assert landmarks(str(page)) == DEMO_CHROME, path


def test_the_banner_page_still_shows_the_banner_in_its_example(client: TestClient) -> None:
    page = parse(client.get("/en/components/banner").text)
    frame = one(page, "section.demo-example iframe")
    preview = parse(client.get(attr(frame, "src") or "").text)
    banner = one(preview, "body > section.fd-banner")
    assert attr(banner, "aria-label") == "Official government website"


@pytest.mark.parametrize("name", list(registry()))
def test_only_the_first_example_needing_a_page_of_its_own_is_framed(client: TestClient, name: str) -> None:
    """The others are linked to their own page, with a note saying why, and keep their description and
    code on the component page."""
    info = registry()[name]
    page = parse(client.get(f"/en/components/{name}").text)
    sections = select(page, "main section.demo-example")
    assert len(sections) == len(info.examples)
    alone = [slug for component, slug in standalone_examples() if component == name]
    for example, section in zip(info.examples, sections, strict=True):
        own_page = f"/en/components/{name}/{example.slug}/preview"
        links = [attr(link, "href") or "" for link in select(section, ":scope > p > a.fd-link")]
        assert [link.removeprefix("http://testserver") for link in links] == [own_page]
        assert text(one(section, ":scope > h2")) == example.name
        assert text(one(section, ":scope > h2 + p")) == example.description
        assert [text(summary) for summary in select(section, ":scope > details > summary")] == [
            "Preview options",
            "Jinja",
            "Python",
            "HTML",
        ]
        frames = select(section, ":scope > iframe")
        notes = select(section, ":scope > .fd-inset-text.demo-example__own-page")
        if alone and example.slug == alone[0]:
            assert [attr(frame, "src") for frame in frames] == [links[0]] and not notes
        elif example.slug in alone:
            assert not frames and len(notes) == 1
            assert not select(section, ":scope > .demo-example__live"), "the example is not shown here"
            assert client.get(own_page).status_code == 200
        else:
            assert not frames and not notes
            one(section, ":scope > .demo-example__live")
