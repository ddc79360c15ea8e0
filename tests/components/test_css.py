"""The CSS bundle is right-to-left safe and respects people's settings."""

from __future__ import annotations

import re

import pytest

from components.assets import css_bundle, css_sources

PHYSICAL = re.compile(
    r"(?<![-\w])(margin|padding|border)-(left|right)\b|(?<![-\w])(left|right)\s*:"
    r"|text-align\s*:\s*(left|right)|float\s*:\s*(left|right)"
)


@pytest.mark.parametrize("path", css_sources(), ids=lambda path: path.parent.name + "/" + path.name)
def test_only_logical_properties(path) -> None:  # type: ignore[no-untyped-def]
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
