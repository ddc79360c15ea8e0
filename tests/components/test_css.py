"""The CSS bundle is right-to-left safe and respects people's settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from components.assets import css_bundle, css_sources, minify_css
from components.registry import registry
from tests.components.css import PHYSICAL
from tests.html import classes, select


@pytest.mark.parametrize("path", css_sources(), ids=lambda path: path.parent.name + "/" + path.name)
def test_only_logical_properties(path: Path) -> None:
    css = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
    found = [match.group(0) for match in PHYSICAL.finditer(css)]
    assert not found, f"physical properties break right-to-left: {found}"


def test_classes_are_prefixed() -> None:
    classes = set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", re.sub(r"url\([^)]*\)", "", css_bundle())))
    assert {name for name in classes if not name.startswith("fd-")} == set()


def test_bundle_respects_reduced_motion_and_forced_colours() -> None:
    bundle = css_bundle()
    assert "@media (prefers-reduced-motion:reduce)" in bundle
    assert bundle.count("@media (forced-colors:active)") >= 5


STRINGS = [
    '"a , b > c"',
    "'{ ; } /* not a comment */ : + ~'",
    '"  two  spaces  "',
    '"a\\" , b"',
    '"\\201C"',
]


@pytest.mark.parametrize("string", STRINGS)
def test_minifier_keeps_strings_as_they_are(string: str) -> None:
    css = f"/* a comment */\n.fd-x::before {{\n  content : {string} ;\n}}\n"
    assert minify_css(css) == f".fd-x::before{{content:{string}}}"


def test_minifier_keeps_font_names_quoted_data_urls_and_strips_comments_and_spaces() -> None:
    css = """
    /* tokens */
    :root { --fd-font: "Noto  Sans" , sans-serif ; }
    .fd-a > .fd-b , .fd-c  +  .fd-d { margin : 0  auto ; }
    .fd-icon { background : url( "data:image/svg+xml;utf8,<svg viewBox='0 0 1 1'/>" ) no-repeat ; }
    .fd-logo { background : url( logo.png ) ; }
    @media (forced-colors: active) { .fd-a { color : CanvasText ; } }
    """
    assert minify_css(css) == (
        ':root{--fd-font:"Noto  Sans",sans-serif}'
        ".fd-a>.fd-b,.fd-c + .fd-d{margin:0 auto}"
        """.fd-icon{background:url("data:image/svg+xml;utf8,<svg viewBox='0 0 1 1'/>") no-repeat}"""
        ".fd-logo{background:url(logo.png)}"
        "@media (forced-colors:active){.fd-a{color:CanvasText}}"
    )


def test_bundle_keeps_every_string_of_the_sources() -> None:
    bundle = css_bundle()
    for path in css_sources():
        css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
        for string in re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', css):
            assert string in bundle, f"{path.name}: {string} changed in the bundle"


@pytest.mark.parametrize("name", ["radios", "checkboxes"])
def test_every_class_the_choice_lists_use_is_styled(name: str) -> None:
    """The shared stylesheet lost nothing: each class radios and checkboxes put on a page has rules."""
    info = registry()[name]
    used = {
        cls
        for example in info.examples
        for element in select(info.model(**example.resolved_params()).render(), f"[class*=fd-{name}]")
        for cls in classes(element)
        if cls.startswith(f"fd-{name}")
    }
    styled = set(re.findall(r"\.(fd-[\w-]+)", css_bundle()))
    assert used and used <= styled, used - styled
