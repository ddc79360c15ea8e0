"""The gallery's controls without a browser: the filter, the preview options, the copy buttons."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient

from components.registry import registry
from demo_site import create_app
from demo_site.gallery import NO_SCRIPT_POLICY
from demo_site.security import CONTENT_SECURITY_POLICY
from i18n.locales import LOCALES
from tests.html import attr, one, parse, select, text


@pytest.fixture()
def client() -> TestClient:
    return TestClient(create_app())


def _shown(html: str) -> list[str]:
    return [text(one(item, ":scope > a")) for item in select(parse(html), "[data-demo-words]:not([hidden])")]


def test_the_filter_works_without_a_script(client: TestClient) -> None:
    everything = _shown(client.get("/components").text)
    assert len(everything) == len(registry())
    page = parse(client.get("/components", params={"q": "  DATE  "}).text)
    shown = _shown(str(page))
    assert 0 < len(shown) < len(everything)
    assert attr(one(page, ".demo-filter input[name=q]"), "value") == "DATE"
    for item in select(page, "[data-demo-words]"):
        matches = "date" in attr(item, "data-demo-words")
        assert (attr(item, "hidden") is None) == matches
    status = one(page, "[role=status][data-demo-filter=count]")
    assert text(status) == f"{len(shown)} components shown" if len(shown) > 1 else "1 component shown"
    assert attr(status, "data-fd-shown-one") == "%(num)s component shown"


def test_every_word_must_match_and_no_words_match_nothing(client: TestClient) -> None:
    assert _shown(client.get("/components", params={"q": "error summary"}).text) == ["Error summary"]
    assert _shown(client.get("/components", params={"q": "zzzz " * 100}).text) == []
    page = parse(client.get("/components", params={"q": "zzzz"}).text)
    assert text(one(page, "[data-demo-filter=count]")) == "0 components shown"


def test_the_filter_matches_in_the_pages_language(client: TestClient) -> None:
    spanish = client.get("/es/components").text
    words = attr(select(parse(spanish), "[data-demo-words]")[0], "data-demo-words")
    first_word = words.split()[0]
    assert first_word in client.get("/es/components", params={"q": first_word}).text


FRAMED = [
    ("banner", "default"),
    ("footer", "required-links"),
    ("header", "service-name"),
    ("page", "start-page"),
]


def test_thumbnails_are_pictures_no_one_reaches_with_ids_of_their_own(client: TestClient) -> None:
    page = parse(client.get("/components").text)
    thumbnails = select(page, ".demo-thumbnail")
    assert len(thumbnails) == len(registry()), "a component has no picture"
    framed = []
    for thumbnail in thumbnails:
        assert attr(thumbnail, "inert") is not None and attr(thumbnail, "aria-hidden") == "true"
        assert not select(thumbnail, "h1, form form, dialog:not([open]), [autofocus]")
        assert not [
            name
            for element in select(thumbnail, "*")
            for name in element.attrs
            if name.startswith("data-fd-")
        ]
        for frame in select(thumbnail, "iframe"):
            assert (
                attr(frame, "title") and attr(frame, "tabindex") == "-1" and attr(frame, "loading") == "lazy"
            )
            framed.append(urlsplit(attr(frame, "src") or "").path)
    # Those that need a page of their own are shown in a frame of their preview page.
    assert framed == [f"/components/{name}/{slug}/preview" for name, slug in FRAMED]
    assert all(client.get(src).status_code == 200 for src in framed)
    ids = [attr(element, "id") for element in select(page, "[id]")]
    assert len(ids) == len(set(ids)), "an id repeats"
    for thumbnail in thumbnails:
        name = attr(thumbnail.find_parent("li").find("a"), "href").rsplit("/", 1)[-1]
        for element in select(thumbnail, "[id], label[for]"):
            assert (attr(element, "id") or attr(element, "for")).startswith(f"thumb-{name}-")


def _location(response) -> tuple[str, dict[str, list[str]]]:  # type: ignore[no-untyped-def]
    assert response.status_code == 303
    parts = urlsplit(response.headers["location"])
    return parts.path, parse_qs(parts.query)


def test_preview_options_lead_to_the_preview_in_that_language_and_view(client: TestClient) -> None:
    options = "/components/button/primary/open"
    response = client.get(
        options, params=[("language", "ar"), ("view", "rtl"), ("view", "no-script")], follow_redirects=False
    )
    assert _location(response) == (
        "/ar/components/button/primary/preview",
        {"dir": ["rtl"], "scripts": ["off"]},
    )
    response = client.get(options, params={"language": "zh-Hant"}, follow_redirects=False)
    assert _location(response) == ("/zh-hant/components/button/primary/preview", {})
    # Unknown values are left out: no error, no 5xx.
    response = client.get(
        options, params={"language": "xx", "view": ["bogus", "narrow"]}, follow_redirects=False
    )
    assert _location(response) == ("/components/button/primary/narrow", {})
    assert client.get("/components/button/no-such-example/open").status_code == 404


def test_the_preview_without_javascript_forbids_every_script(client: TestClient) -> None:
    response = client.get("/components/button/primary/preview", params={"scripts": "off", "dir": "rtl"})
    assert response.headers["content-security-policy"] == NO_SCRIPT_POLICY
    assert CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'none'") == NO_SCRIPT_POLICY
    html = one(parse(response.text), "html")
    assert (attr(html, "lang"), attr(html, "dir")) == ("en", "rtl")
    plain = client.get("/components/button/primary/preview", params={"dir": "sideways"})
    assert plain.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert attr(one(parse(plain.text), "html"), "dir") == "ltr"


def test_the_narrow_view_frames_the_preview_with_the_same_options(client: TestClient) -> None:
    page = parse(
        client.get(
            "/es/components/radios/{}/narrow?dir=rtl".format(registry()["radios"].examples[0].slug)
        ).text
    )
    frame = one(page, "iframe.demo-narrow-frame")
    assert attr(frame, "src").startswith("/es/components/radios/") and attr(frame, "src").endswith(
        "/preview?dir=rtl"
    )
    assert attr(frame, "title")


def test_component_pages_offer_options_and_copy_buttons(client: TestClient) -> None:
    page = parse(client.get("/components/text_input").text)
    examples = select(page, "section.demo-example")
    assert examples
    for example in examples:
        form = one(example, "form[action$='/open']")
        languages = [attr(option, "value") for option in select(form, "select[name=language] option")]
        assert languages == list(LOCALES)
        assert attr(one(form, "option[selected]"), "value") == "en"
        assert [attr(box, "value") for box in select(form, "input[name=view]")] == [
            "rtl",
            "no-script",
            "narrow",
        ]
        blocks = select(example, "pre.demo-code")
        assert len(blocks) == 3
        for block in blocks:
            button = block.find_next_sibling()
            assert button.name == "button" and attr(button, "type") == "button"
            assert attr(button, "hidden") is not None and attr(button, "data-demo-copy") == "Code copied"
    assert len(select(page, "[role=status][data-demo-copy-status]")) == 1


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_component_page_says_when_to_use_it_and_what_to_check(client: TestClient, name: str) -> None:
    info = registry()[name]
    assert info.when_to_use and info.when_not_to_use and info.accessibility_notes
    page = parse(client.get(f"/components/{name}").text)
    headings = [text(heading) for heading in select(page, "main h2, main h3")]
    assert {"When to use it", "When not to use it", "Accessibility", "What a person must still check"} <= set(
        headings
    )
    assert text(one(page, "main .demo-status .fd-tag")) in {"Experimental", "Beta", "Stable"}
    navigation = one(page, "nav.demo-component__navigation")
    assert len(select(navigation, "a")) == len(registry())
    assert attr(one(navigation, "[aria-current=page]"), "href") == f"/components/{name}"
