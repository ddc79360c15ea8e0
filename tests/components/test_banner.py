"""The US government banner: a named region, a disclosure that needs no JavaScript, .gov and .mil."""

import re
from pathlib import Path

import pytest

import i18n.locale
from components import ComponentParamsError
from components.banner import Banner
from components.paths import STATIC_DIR
from tests.components.css import FOCUS_RING, css_rules, focus_style
from tests.html import Tag, attr, classes, one, parse, select, text


class _Shouting:
    """A stand-in catalog: every message comes back in capitals, so a missed gettext shows."""

    def gettext(self, message: str) -> str:
        parts = re.split(r"(%\(\w+\)s)", message)
        return "".join(part if part.startswith("%(") else part.upper() for part in parts)


CSS = (Path(__file__).parents[2] / "components" / "banner" / "banner.css").read_text()


def words(element: Tag) -> str:
    """The element's text as it reads, inline elements (``<bdi>``) joined to their neighbours."""
    return " ".join(element.get_text().split())


def test_is_a_named_region() -> None:
    region = one(Banner().render(), "section.fd-banner")
    assert attr(region, "aria-label") == "Official government website"
    assert text(one(region, ".fd-banner__statement")) == "An official website of the United States government"


def test_disclosure_works_without_javascript() -> None:
    page = parse(Banner().render())
    # A native <details>/<summary>: the browser opens and closes it, no script and no button needed.
    details = one(page, "section > details.fd-banner__details")
    summary, content = details.find_all(recursive=False)
    assert summary.name == "summary" and text(one(summary, ".fd-banner__toggle")) == "Here's how you know"
    assert classes(content) == ["fd-banner__content", "fd-width-container"]
    assert "Only official US government organizations" in text(content)
    assert attr(details, "open") is None  # closed by default
    assert not select(page, "button, script, [aria-expanded]")  # the browser reports the state itself


def test_explains_gov_and_https() -> None:
    page = parse(Banner().render())
    headings = [text(p) for p in select(page, ".fd-banner__guidance-heading")]
    assert headings == ["Check for .gov at the end of the web address", "Look for a lock or https://"]
    guidance = [words(p) for p in select(page, ".fd-banner__guidance-text")]
    assert guidance[0].endswith("can have a web address that ends in .gov.")
    assert guidance[1].endswith("Only share private information on official, secure websites.")


def test_mil_domain() -> None:
    page = parse(Banner(domain=".mil").render())
    heading = one(page, ".fd-banner__guidance:first-child .fd-banner__guidance-heading")
    assert text(heading) == "Check for .mil at the end of the web address"
    guidance = words(select(page, ".fd-banner__guidance-text")[0])
    assert guidance == "Only official US military organizations can have a web address that ends in .mil."
    assert ".gov" not in text(page)


def test_addresses_keep_their_direction_in_right_to_left_text() -> None:
    # In Arabic, "https://" or ".gov" would otherwise be reordered to "//:https" or "gov.".
    page = parse(Banner().render())
    addresses = [text(bdi) for bdi in select(page, "bdi")]
    assert sorted(set(addresses)) == [".gov", "https://"]
    for address in (".gov", "https://"):
        assert text(page).count(address) == addresses.count(address)  # each one inside a <bdi>


def test_text_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    page = parse(Banner().render())
    assert text(one(page, ".fd-banner__statement")) == "AN OFFICIAL WEBSITE OF THE UNITED STATES GOVERNMENT"
    assert text(one(page, ".fd-banner__toggle")) == "HERE'S HOW YOU KNOW"
    assert attr(one(page, "section"), "aria-label") == "OFFICIAL GOVERNMENT WEBSITE"


def test_rejects_other_domains() -> None:
    with pytest.raises(ComponentParamsError, match="domain"):
        Banner(domain=".com")


def test_icons_are_hidden_from_assistive_technology() -> None:
    svgs = select(Banner().render(), "svg")
    assert len(svgs) == 5  # flag, chevron, two guidance icons, lock
    assert all((attr(svg, "aria-hidden"), attr(svg, "focusable")) == ("true", "false") for svg in svgs)


def test_toggle_is_big_enough_and_focus_is_visible() -> None:
    rules = css_rules(CSS)
    assert rules[".fd-banner__header"]["min-block-size"] == "var(--fd-target-size)"
    assert focus_style(".fd-banner__summary", rules)["outline"] == FOCUS_RING


def test_chevron_only_animates_when_motion_is_welcome() -> None:
    # The one transition is the chevron's turn, which base.css makes instant with reduced motion.
    moving = {key for key, rule in css_rules(CSS).items() if {"transition", "animation"} & set(rule)}
    assert moving == {".fd-banner__chevron"}
    base = css_rules((STATIC_DIR / "base.css").read_text(encoding="utf-8"))
    assert base["@media (prefers-reduced-motion:reduce) *"]["transition-duration"] == "0.01ms!important"
