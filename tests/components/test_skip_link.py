"""The skip link: first on the page, points at the main content, hidden only until focused."""

from pathlib import Path

from components.skip_link import SkipLink
from i18n import lazy_gettext as _l
from tests.components.css import css_rules
from tests.html import attr, classes, one, select, text

CSS = (Path(__file__).parents[2] / "components" / "skip_link" / "skip_link.css").read_text()


def test_default_points_at_main_content() -> None:
    link = one(SkipLink().render(), "a")
    assert (attr(link, "href"), classes(link), text(link)) == (
        "#main-content",
        ["fd-skip-link"],
        "Skip to main content",
    )


def test_custom_text_and_target() -> None:
    link = one(SkipLink(text=_l("Skip to the form"), href="#benefits-form").render(), "a")
    assert (attr(link, "href"), text(link)) == ("#benefits-form", "Skip to the form")


def test_text_is_escaped() -> None:
    link = one(SkipLink(text="<b>Skip</b>").render(), "a")
    assert text(link) == "<b>Skip</b>" and not select(link, "b")


def test_hidden_until_focused_then_visible() -> None:
    # Hidden only while it is not focused: a focused skip link must be on screen.
    rules = css_rules(CSS)
    assert rules[".fd-skip-link:not(:focus):not(:active)"]["clip-path"] == "inset(50%)"
    assert rules[".fd-skip-link:focus"]["outline"].endswith("var(--fd-color-focus)")
    assert not any(
        rule.get("display") == "none" or rule.get("visibility") == "hidden" for rule in rules.values()
    )
