"""Site alert: a named region at the top of the page, info or emergency, told apart by an icon's shape
and a hidden word as well as by color; a heading or none, slim, text, html or block content."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n.locale
from components import ComponentParamsError
from components.site_alert import SiteAlert
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

CSS = (Path(__file__).parents[2] / "components" / "site_alert" / "site_alert.css").read_text()
RULES = css_rules(CSS)
FORCED = "@media (forced-colors:active) "
KINDS = {"info": ("Site alert", "Information:"), "emergency": ("Emergency alert", "Emergency:")}


def icon_path(html: str) -> str:
    icon = one(html, "section > .fd-site-alert__inner > svg.fd-site-alert__icon[aria-hidden=true]")
    assert attr(icon, "focusable") == "false"
    return attr(one(icon, "path"), "d") or ""


@pytest.mark.parametrize(("variant", "kind"), KINDS.items())
def test_a_named_region_with_an_icon_and_a_hidden_word_for_its_kind(
    variant: str, kind: tuple[str, str]
) -> None:
    name, word = kind
    page = parse(SiteAlert(variant=variant, heading_text="Closed", text="Apply online").render())
    section = one(page, "section")
    assert section.parent is page
    assert classes(section) == ["fd-site-alert", f"fd-site-alert--{variant}"]
    assert attr(section, "aria-label") == name
    # On the page when it loads: not a live region, so it does not interrupt.
    assert attr(section, "role") is None and attr(section, "aria-live") is None
    inner = one(section, ":scope > div")
    assert classes(inner) == ["fd-site-alert__inner", "fd-width-container"]
    assert icon_path(str(page))
    body = one(inner, ":scope > div.fd-site-alert__body")
    assert [(child.name, classes(child)) for child in body.find_all(recursive=False)] == [
        ("p", ["fd-site-alert__heading"]),
        ("p", ["fd-site-alert__text"]),
    ]
    heading = one(body, ".fd-site-alert__heading")
    assert text(heading) == f"{word} Closed"
    assert text(one(heading, ":scope > span.fd-visually-hidden:first-child")) == word
    assert text(one(body, ".fd-site-alert__text")) == "Apply online"


def test_each_kind_has_its_own_icon_shape() -> None:
    assert icon_path(SiteAlert(text="x").render()) != icon_path(
        SiteAlert(variant="emergency", text="x").render()
    )


def test_without_a_heading_the_hidden_word_starts_the_text() -> None:
    message = one(SiteAlert(variant="emergency", text="Leave now").render(), ".fd-site-alert__body > p")
    assert text(message) == "Emergency: Leave now"
    assert text(one(message, ":scope > span.fd-visually-hidden:first-child")) == "Emergency:"
    assert not select(SiteAlert(text="x").render(), "h1, h2, h3, h4, h5, h6")


def test_html_content_is_inserted_as_it_is_after_the_hidden_word() -> None:
    body = one(SiteAlert(html="<p>One</p><ul><li>Two</li></ul>").render(), ".fd-site-alert__body")
    children = body.find_all(recursive=False)
    assert [(child.name, classes(child)) for child in children] == [
        ("span", ["fd-visually-hidden"]),
        ("div", ["fd-site-alert__text"]),
    ]
    assert text(children[0]) == "Information:"
    assert [child.name for child in children[1].find_all(recursive=False)] == ["p", "ul"]


def test_text_is_escaped_and_html_is_not() -> None:
    page = parse(SiteAlert(heading_text="<b>h</b>", text="<i>t</i>").render())
    assert not select(page, "b, i")
    assert text(one(page, "p.fd-site-alert__text")) == "<i>t</i>"
    page = parse(
        SiteAlert(heading_html="Storm <em>now</em>", html="<p><a href='#help'>Help</a></p>").render()
    )
    assert text(one(page, "p.fd-site-alert__heading > em")) == "now"
    assert attr(one(page, "div.fd-site-alert__text > p > a"), "href") == "#help"


def test_slim_has_no_heading() -> None:
    html = SiteAlert(slim=True, text="Closed Monday").render()
    assert classes(one(html, "section")) == ["fd-site-alert", "fd-site-alert--info", "fd-site-alert--slim"]
    assert not select(html, "h1, h2, h3, h4, h5, h6")
    with pytest.raises(ComponentParamsError) as raised:
        SiteAlert(slim=True, heading_text="Closed", text="x")
    message = str(raised.value)
    assert "SiteAlert" in message and "slim" in message and "heading_text" in message


def test_the_heading_is_bold_text_by_default_so_the_page_h1_stays_its_first_heading() -> None:
    html = SiteAlert(heading_text="Closed", text="t").render()
    assert not select(html, "h1, h2, h3, h4, h5, h6")
    heading = one(html, ".fd-site-alert__body > :first-child")
    assert (heading.name, classes(heading)) == ("p", ["fd-site-alert__heading"])


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    headings = select(
        SiteAlert(heading_text="h", heading_level=level, text="t").render(), "h1, h2, h3, h4, h5, h6"
    )
    assert [(h.name, classes(h)) for h in headings] == [(f"h{level}", ["fd-site-alert__heading"])]


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SiteAlert(heading_text="h", heading_level=level, text="t")
    assert "'heading_level'" in str(raised.value)


def test_own_name_for_the_region() -> None:
    section = one(SiteAlert(variant="emergency", label="Storm updates", text="x").render(), "section")
    assert attr(section, "aria-label") == "Storm updates"
    with pytest.raises(ComponentParamsError) as raised:
        SiteAlert(label="  ", text="x")
    assert "'label'" in str(raised.value)


def test_names_and_words_are_translated(monkeypatch: Any) -> None:
    spanish = {
        "Site alert": "Alerta del sitio",
        "Emergency alert": "Alerta de emergencia",
        "Information:": "Información:",
        "Emergency:": "Emergencia:",
    }

    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return spanish.get(message, message)

    monkeypatch.setattr(
        i18n.locale,
        "translations_for",
        lambda code: Spanish() if code == "es" else gettext.NullTranslations(),
    )
    with i18n.locale.use_locale("es"):
        info, emergency = SiteAlert(text="x").render(), SiteAlert(variant="emergency", text="x").render()
    assert (attr(one(info, "section"), "aria-label"), text(one(info, ".fd-visually-hidden"))) == (
        "Alerta del sitio",
        "Información:",
    )
    assert (attr(one(emergency, "section"), "aria-label"), text(one(emergency, ".fd-visually-hidden"))) == (
        "Alerta de emergencia",
        "Emergencia:",
    )


def test_wrong_params_name_the_component_and_field() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        SiteAlert(variant="warning", text="x")
    assert "SiteAlert" in str(raised.value) and "'variant'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        SiteAlert(variant="info")
    assert "'text' or 'html'" in str(raised.value)


def test_id_classes_and_attributes_go_on_the_region() -> None:
    section = one(
        SiteAlert(text="x", id="alert", classes="extra", attributes={"data-x": "1"}).render(), "section"
    )
    assert (attr(section, "id"), classes(section), attr(section, "data-x")) == (
        "alert",
        ["fd-site-alert", "fd-site-alert--info", "extra"],
        "1",
    )


def test_block_content_through_call() -> None:
    html = (
        agency_environment()
        .from_string("{% call fd.site_alert(variant='emergency') %}<p>Leave now</p>{% endcall %}")
        .render()
    )
    assert text(one(html, "section.fd-site-alert--emergency .fd-site-alert__text > p")) == "Leave now"


def test_css_bands_by_kind_with_borders_in_forced_colors_and_no_physical_properties() -> None:
    assert RULES[".fd-site-alert--emergency"]["background"] == "var(--fd-color-emergency)"
    assert RULES[".fd-site-alert--emergency"]["color"] == "var(--fd-color-text-inverse)"
    assert RULES[FORCED + ".fd-site-alert"]["border-block"] == "1px solid CanvasText"
    assert RULES[FORCED + ".fd-site-alert__icon"]["color"] == "CanvasText"
    focus = RULES[".fd-site-alert--emergency .fd-site-alert__body a:focus-visible"]
    assert focus["outline"] == "var(--fd-focus-width) solid var(--fd-color-text-inverse)"
    assert not PHYSICAL.search(CSS)
