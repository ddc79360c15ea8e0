"""Tabs: without script, a "Contents" heading and list of links to headed sections, all shown; what the
script sets on wide screens (roles, ARIA, hidden title and headings) written in the markup; CSS that
styles only the enhanced state; clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.tabs import Tabs
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import Tag, attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "tabs"
CSS = (FOLDER / "tabs.css").read_text()
RULES = css_rules(CSS)
SCRIPT = (FOLDER / "tabs.js").read_text()
PANELS = [
    {"id": "day", "label": "Past day", "text": "3 cases"},
    {
        "id": "week",
        "label": "Past week",
        "heading_text": "Cases in the past week",
        "html": "<ul><li>9</li></ul>",
    },
]


def will_set(element: Tag) -> dict[str, str]:
    """The attributes the script gives ``element`` from its ``data-fd-set``."""
    value = attr(element, "data-fd-set")
    return dict(pair.split("=", 1) for pair in value.split(";")) if value else {}


def test_without_script_a_contents_list_of_links_to_headed_sections() -> None:
    page = parse(Tabs(items=PANELS).render())
    root = one(page, "div.fd-tabs")
    assert root.parent is page and attr(root, "data-fd-tabs") == ""
    assert [(child.name, classes(child)) for child in root.find_all(recursive=False)] == [
        ("h2", ["fd-tabs__title", "fd-heading-m"]),
        ("ul", ["fd-tabs__list"]),
        ("section", ["fd-tabs__panel"]),
        ("section", ["fd-tabs__panel"]),
    ]
    assert text(one(root, "h2.fd-tabs__title")) == "Contents"
    links = select(root, "ul > li.fd-tabs__item > a")
    assert [(attr(a, "href"), attr(a, "id"), text(a), classes(a)) for a in links] == [
        ("#day", "day-tab", "Past day", ["fd-tabs__tab", "fd-link"]),
        ("#week", "week-tab", "Past week", ["fd-tabs__tab", "fd-link"]),
    ]
    sections = select(root, "section")
    assert [attr(section, "id") for section in sections] == ["day", "week"]
    assert [text(one(section, ":scope > h2.fd-tabs__heading")) for section in sections] == [
        "Past day",
        "Cases in the past week",
    ]
    assert text(one(sections[0], ":scope > p.fd-body")) == "3 cases"
    assert text(one(sections[1], ":scope > ul > li")) == "9"
    # All shown, with no roles or ARIA: the sections are not landmarks (they have no name).
    assert not select(
        root, "[hidden], [role], [aria-controls], [aria-labelledby], [aria-selected], [tabindex]"
    )


def test_what_the_script_sets_is_written_in_the_markup() -> None:
    root = one(Tabs(items=PANELS).render(), "div.fd-tabs")
    assert will_set(one(root, ".fd-tabs__title")) == {"hidden": ""}
    assert will_set(one(root, "ul.fd-tabs__list")) == {"role": "tablist"}
    assert [will_set(li) for li in select(root, ".fd-tabs__item")] == [{"role": "presentation"}] * 2
    assert [will_set(a) for a in select(root, ".fd-tabs__tab")] == [
        {"role": "tab", "aria-controls": "day"},
        {"role": "tab", "aria-controls": "week"},
    ]
    assert [will_set(section) for section in select(root, "section")] == [
        {"role": "tabpanel", "aria-labelledby": "day-tab"},
        {"role": "tabpanel", "aria-labelledby": "week-tab"},
    ]
    assert [will_set(h) for h in select(root, ".fd-tabs__heading")] == [{}, {}]


def test_headings_can_be_hidden_from_view_once_they_are_tabs() -> None:
    root = one(Tabs(items=PANELS, hide_headings=True).render(), "div.fd-tabs")
    for heading in select(root, "section > .fd-tabs__heading"):
        assert classes(heading) == ["fd-tabs__heading", "fd-heading-m"]  # shown without the script
        assert will_set(heading) == {"class": "fd-tabs__heading fd-heading-m fd-visually-hidden"}


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level_applies_to_the_title_and_the_panels(level: int) -> None:
    html = Tabs(items=PANELS, heading_level=level).render()
    assert [h.name for h in select(html, ".fd-tabs__title, .fd-tabs__heading")] == [f"h{level}"] * 3


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Tabs(items=PANELS, heading_level=level)
    assert "Tabs" in str(raised.value) and "'heading_level'" in str(raised.value)


def test_title_text_replaces_contents() -> None:
    assert text(one(Tabs(items=PANELS, title_text="Figures").render(), ".fd-tabs__title")) == "Figures"


def test_text_is_escaped_and_html_is_not() -> None:
    item = {"id": "x", "label": "<b>L</b>", "heading_text": "<i>H</i>", "text": "<u>T</u>"}
    page = parse(Tabs(items=[item, PANELS[0]], title_text="<s>C</s>").render())
    assert text(one(page, "a[href='#x']")) == "<b>L</b>"
    assert text(one(page, "#x > h2")) == "<i>H</i>"
    assert text(one(page, "#x > p")) == "<u>T</u>"
    assert text(one(page, ".fd-tabs__title")) == "<s>C</s>"
    assert not select(page, "b, i, u, s")


def test_classes_attributes_and_id_go_on_the_outer_element() -> None:
    root = one(
        Tabs(items=PANELS, id="t", classes="extra", attributes={"data-x": "1"}).render(), "div.fd-tabs"
    )
    assert (attr(root, "id"), classes(root), attr(root, "data-x")) == ("t", ["fd-tabs", "extra"], "1")


def test_at_least_two_panels_each_with_content() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Tabs(items=PANELS[:1])
    assert "Tabs" in str(raised.value) and "'items'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        Tabs(items=[PANELS[0], {"id": "empty", "label": "Empty"}])
    assert "'items.1'" in str(raised.value) and "'text' or 'html'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        Tabs(items=[PANELS[0], {"id": "w", "lable": "W", "text": "x"}])
    assert "'items.1.lable' is not a param of Tabs; did you mean 'label'?" in str(raised.value)


@pytest.mark.parametrize("bad", ["", "1st", "a b", "a;b", "a=b", "é", "a#b"])
def test_panel_ids_are_plain(bad: str) -> None:
    """A plain id is a URL fragment, a CSS selector and a value in data-fd-set as it is."""
    with pytest.raises(ComponentParamsError) as raised:
        Tabs(items=[{**PANELS[0], "id": bad}, PANELS[1]])
    assert "'items.0.id'" in str(raised.value)


def test_panel_ids_differ() -> None:
    with pytest.raises(ComponentParamsError, match="repeated: day"):
        Tabs(items=[PANELS[0], {**PANELS[1], "id": "day"}])


def test_the_contents_title_goes_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return "Contenido" if message == "Contents" else message

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    with i18n.locale.use_locale("es"):
        html = Tabs(items=PANELS).render()
    assert text(one(html, ".fd-tabs__title")) == "Contenido"


def test_from_jinja() -> None:
    html = (
        agency_environment().from_string("{{ fd.tabs(items=items, heading_level=3) }}").render(items=PANELS)
    )
    assert [text(h) for h in select(html, "section > h3")] == ["Past day", "Cases in the past week"]


def test_script_only_on_wide_screens_with_keys_mirrored_in_right_to_left() -> None:
    assert 'matchMedia("(min-width: 40em)")' in SCRIPT and '"change"' in SCRIPT
    assert ":dir(rtl)" in SCRIPT
    for key in ("ArrowRight", "ArrowLeft", "Home", "End"):
        assert key in SCRIPT
    assert '"aria-selected"' in SCRIPT and '"hashchange"' in SCRIPT
    assert "innerHTML" not in SCRIPT and ".style" not in SCRIPT


def test_only_the_enhanced_state_is_styled() -> None:
    styled = [selector for selector in RULES if ".fd-tabs" in selector]
    assert styled and all("[role=" in selector or "[aria-selected=" in selector for selector in styled)


def test_tabs_are_44px_and_the_chosen_one_joins_its_panel() -> None:
    tab = RULES['.fd-tabs__tab[role="tab"]']
    assert tab["min-block-size"] == "var(--fd-target-size)" and tab["display"] == "block"
    chosen = RULES['.fd-tabs__tab[aria-selected="true"]']
    assert chosen["margin-block-end"] == "-1px" and chosen["text-decoration"] == "none"
    assert chosen["pointer-events"] == "none"  # a click would only scroll to the panel shown
    assert RULES['.fd-tabs__list[role="tablist"]']["flex-wrap"] == "wrap"  # no scrolling sideways when zoomed


def test_css_is_logical_and_forced_colours_mark_the_chosen_tab() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert (
        RULES['@media (forced-colors:active) .fd-tabs__tab[aria-selected="false"]']["border-color"]
        == "Canvas"
    )
