"""The US government banner: a named region, a disclosure that needs no JavaScript, .gov and .mil."""

import re
from pathlib import Path

import pytest

import i18n.locale
from components import ComponentParamsError
from components.banner import Banner
from tests.html import attr, one, text


class _Shouting:
    """A stand-in catalog: every message comes back in capitals, so a missed gettext shows."""

    def gettext(self, message: str) -> str:
        parts = re.split(r"(%\(\w+\)s)", message)
        return "".join(part if part.startswith("%(") else part.upper() for part in parts)


CSS = (Path(__file__).parents[2] / "components" / "banner" / "banner.css").read_text()


def test_is_a_named_region() -> None:
    region = one(Banner().render(), "section.fd-banner")
    assert attr(region, "aria-label") == "Official government website"
    assert text(one(region, ".fd-banner__statement")) == "An official website of the United States government"


def test_disclosure_works_without_javascript() -> None:
    html = Banner().render()
    # A native <details>/<summary>: the browser opens and closes it, no script and no button needed.
    assert "<details" in html and "</details>" in html
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", html, re.S)
    assert summary is not None
    assert "Here&#39;s how you know" in summary.group(1)
    assert "<button" not in html
    assert "<script" not in html
    assert "aria-expanded" not in html  # the browser reports the state of <details> itself
    # Closed by default: the explanation is inside <details>, after the summary.
    assert '<details class="fd-banner__details">' in html
    assert html.index("</summary>") < html.index("Only official US government organizations")


def test_explains_gov_and_https() -> None:
    html = Banner().render()
    assert "ends in <bdi>.gov</bdi>." in html
    assert "Look for a lock or <bdi>https://</bdi>" in html
    assert "Only share private information on official, secure websites." in html


def test_mil_domain() -> None:
    html = Banner(domain=".mil").render()
    assert "Check for <bdi>.mil</bdi> at the end of the web address" in html
    assert "military organizations can have a web address that ends in <bdi>.mil</bdi>." in html
    assert ".gov" not in html


def test_addresses_keep_their_direction_in_right_to_left_text() -> None:
    # In Arabic, "https://" or ".gov" would otherwise be reordered to "//:https" or "gov.".
    html = Banner().render()
    assert "https://" not in html.replace("<bdi>https://</bdi>", "")
    assert ".gov" not in html.replace("<bdi>.gov</bdi>", "")


def test_text_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    html = Banner().render()
    assert "AN OFFICIAL WEBSITE OF THE UNITED STATES GOVERNMENT" in html
    assert "HERE&#39;S HOW YOU KNOW" in html
    assert 'aria-label="OFFICIAL GOVERNMENT WEBSITE"' in html


def test_rejects_other_domains() -> None:
    with pytest.raises(ComponentParamsError, match="domain"):
        Banner(domain=".com")


def test_icons_are_hidden_from_assistive_technology() -> None:
    html = Banner().render()
    svgs = re.findall(r"<svg[^>]*>", html)
    assert len(svgs) == 5  # flag, chevron, two guidance icons, lock
    assert all('aria-hidden="true"' in svg and 'focusable="false"' in svg for svg in svgs)


def test_toggle_is_big_enough_and_focus_is_visible() -> None:
    assert "min-block-size: var(--fd-target-size)" in CSS
    focus = r"\.fd-banner__summary:focus-visible \{\s*outline: var\(--fd-focus-width\) solid "
    assert re.search(focus + r"var\(--fd-color-focus\)", CSS)


def test_chevron_only_animates_when_motion_is_welcome() -> None:
    # The one transition sits inside a no-preference query: with reduced motion nothing moves.
    assert CSS.count("transition") == 1
    assert CSS.index("transition") > CSS.index("@media (prefers-reduced-motion: no-preference)")
    assert "animation" not in CSS
