"""The skip link: first on the page, points at the main content, hidden only until focused."""

from pathlib import Path

from components.skip_link import SkipLink
from i18n import lazy_gettext as _l

CSS = (Path(__file__).parents[2] / "components" / "skip_link" / "skip_link.css").read_text()


def test_default_points_at_main_content() -> None:
    html = SkipLink().render()
    assert 'href="#main-content"' in html
    assert ">Skip to main content</a>" in html
    assert 'class="fd-skip-link"' in html


def test_custom_text_and_target() -> None:
    html = SkipLink(text=_l("Skip to the form"), href="#benefits-form").render()
    assert 'href="#benefits-form"' in html
    assert ">Skip to the form</a>" in html
    assert "Skip to main content" not in html


def test_text_is_escaped() -> None:
    html = SkipLink(text="<b>Skip</b>").render()
    assert "<b>" not in html
    assert "&lt;b&gt;Skip&lt;/b&gt;" in html


def test_hidden_until_focused_then_visible() -> None:
    # Hidden only while it is not focused: a focused skip link must be on screen.
    assert ".fd-skip-link:not(:focus):not(:active)" in CSS
    assert "clip-path: inset(50%)" in CSS
    assert "display: none" not in CSS
    assert "var(--fd-color-focus)" in CSS
