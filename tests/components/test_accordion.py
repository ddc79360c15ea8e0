"""Accordion: without script, a heading and the content of each section, all shown; the data the script
needs (ids, which sections start open, its translated words); the CSS of the buttons the script adds
(44 px, focus, a chevron drawn by borders that turns the other way in right to left); clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.accordion import Accordion
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.html import attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "accordion"
CSS = (FOLDER / "accordion.css").read_text()
RULES = css_rules(CSS)
SCRIPT = (FOLDER / "accordion.js").read_text()
BUTTON = ".fd-accordion__button"
CHEVRON = ".fd-accordion__button::before"
SECTIONS = [
    {"heading_text": "Who can apply", "text": "People who live here"},
    {"heading_text": "What you need", "summary_text": "Papers to bring", "html": "<ul><li>An ID</li></ul>"},
    {"heading_text": "How long it takes", "text": "30 days", "expanded": True},
]


def test_without_script_each_section_is_a_heading_and_its_content_all_shown() -> None:
    page = parse(Accordion(id="help", items=SECTIONS).render())
    root = one(page, "div.fd-accordion")
    assert root.parent is page and attr(root, "id") == "help"
    sections = select(root, ":scope > div")
    assert [classes(section) for section in sections] == [["fd-accordion__section"]] * 3
    assert [
        [(child.name, classes(child)) for child in section.find_all(recursive=False)] for section in sections
    ] == [
        [("h2", ["fd-accordion__heading", "fd-heading-m"]), ("div", ["fd-accordion__content"])],
        [
            ("h2", ["fd-accordion__heading", "fd-heading-m"]),
            ("p", ["fd-accordion__summary", "fd-body"]),
            ("div", ["fd-accordion__content"]),
        ],
        [("h2", ["fd-accordion__heading", "fd-heading-m"]), ("div", ["fd-accordion__content"])],
    ]
    assert [text(h) for h in select(root, "h2")] == ["Who can apply", "What you need", "How long it takes"]
    assert text(one(root, ".fd-accordion__summary")) == "Papers to bring"
    assert text(one(sections[0], ".fd-accordion__content > p.fd-body")) == "People who live here"
    assert text(one(sections[1], ".fd-accordion__content > ul > li")) == "An ID"
    # Nothing is hidden, and there is no button, details or ARIA until the script runs.
    assert not select(root, "[hidden], button, details, summary, [aria-expanded], [aria-controls], [role]")


def test_no_details_element_so_headings_keep_their_role() -> None:
    assert "<details" not in (FOLDER / "accordion.html").read_text()
    assert "<summary>" in (Accordion.__doc__ or "") and "heading" in (Accordion.__doc__ or "")


def test_script_data_content_ids_and_sections_open_on_load() -> None:
    root = one(Accordion(id="help", items=SECTIONS).render(), "div.fd-accordion")
    assert attr(root, "data-fd-accordion") == ""
    assert attr(root, "data-fd-show-all") == "Show all sections"
    assert attr(root, "data-fd-hide-all") == "Hide all sections"
    contents = select(root, ".fd-accordion__content")
    assert [attr(content, "id") for content in contents] == ["help-1", "help-2", "help-3"]
    assert [attr(content, "data-fd-expanded") for content in contents] == [None, None, ""]


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level(level: int) -> None:
    html = Accordion(id="a", items=SECTIONS, heading_level=level).render()
    assert [h.name for h in select(html, ".fd-accordion__heading")] == [f"h{level}"] * 3


@pytest.mark.parametrize("level", [1, 7])
def test_heading_level_out_of_range_names_the_field(level: int) -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Accordion(id="a", items=SECTIONS, heading_level=level)
    assert "Accordion" in str(raised.value) and "'heading_level'" in str(raised.value)


def test_text_is_escaped_and_html_is_not() -> None:
    item = {"heading_text": "<b>Go</b>", "summary_text": "<i>now</i>", "text": "<u>then</u>"}
    page = parse(Accordion(id="a", items=[item]).render())
    assert text(one(page, "h2")) == "<b>Go</b>"
    assert text(one(page, ".fd-accordion__summary")) == "<i>now</i>"
    assert text(one(page, ".fd-accordion__content p")) == "<u>then</u>"
    assert not select(page, "b, i, u")
    item = {
        "heading_html": "Go <em>now</em>",
        "summary_html": "<strong>Soon</strong>",
        "html": "<ol><li>a</li></ol>",
    }
    page = parse(Accordion(id="a", items=[item]).render())
    assert text(one(page, "h2 > em")) == "now"
    assert text(one(page, ".fd-accordion__summary > strong")) == "Soon"
    assert text(one(page, ".fd-accordion__content > ol > li")) == "a"


def test_classes_and_attributes_go_on_the_outer_element() -> None:
    root = one(
        Accordion(id="a", items=SECTIONS, classes="extra", attributes={"data-x": "1"}).render(),
        "div.fd-accordion",
    )
    assert (classes(root), attr(root, "data-x"), attr(root, "id")) == (["fd-accordion", "extra"], "1", "a")


def test_id_and_sections_are_required() -> None:
    with pytest.raises(ComponentParamsError, match="'id' is required"):
        Accordion(items=SECTIONS)  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError) as raised:
        Accordion(id="a", items=[])
    assert "Accordion" in str(raised.value) and "'items'" in str(raised.value)


def test_each_section_needs_a_heading_and_content_and_the_error_says_which() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        Accordion(id="a", items=[SECTIONS[0], {"text": "No heading"}])
    assert "'items.1'" in str(raised.value) and "heading_text" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        Accordion(id="a", items=[{"heading_text": "Empty"}])
    assert "'items.0'" in str(raised.value) and "'text' or 'html'" in str(raised.value)
    with pytest.raises(ComponentParamsError) as raised:
        Accordion(id="a", items=[{"heading_text": "Go", "text": "x", "expand": True}])
    assert "'items.0.expand' is not a param of Accordion; did you mean 'expanded'?" in str(raised.value)


def test_the_script_words_go_through_gettext(monkeypatch: Any) -> None:
    words = {
        "Show all sections": "Mostrar todas las secciones",
        "Hide all sections": "Ocultar todas las secciones",
    }

    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return words.get(message, message)

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    with i18n.locale.use_locale("es"):
        root = one(Accordion(id="a", items=SECTIONS).render(), "div.fd-accordion")
    assert attr(root, "data-fd-show-all") == "Mostrar todas las secciones"
    assert attr(root, "data-fd-hide-all") == "Ocultar todas las secciones"


def test_from_jinja() -> None:
    html = (
        agency_environment()
        .from_string("{{ fd.accordion(id='j', items=items, heading_level=3) }}")
        .render(items=SECTIONS)
    )
    assert [text(h) for h in select(html, "div.fd-accordion h3")] == [
        "Who can apply",
        "What you need",
        "How long it takes",
    ]


def test_script_uses_buttons_in_headings_hidden_until_found_and_words_from_the_page() -> None:
    assert 'createElement("button")' in SCRIPT and 'type = "button"' in SCRIPT
    assert '"until-found"' in SCRIPT and '"beforematch"' in SCRIPT
    assert '"aria-expanded"' in SCRIPT and '"aria-controls"' in SCRIPT
    assert '"data-fd-show-all"' in SCRIPT and '"data-fd-hide-all"' in SCRIPT
    assert "innerHTML" not in SCRIPT and ".style" not in SCRIPT


def test_buttons_are_44px_with_visible_focus() -> None:
    assert RULES[BUTTON]["min-block-size"] == "var(--fd-target-size)"
    assert RULES[BUTTON]["inline-size"] == "100%"
    assert focus_style(BUTTON, RULES)["outline"] == FOCUS_RING


def test_chevron_is_borders_that_turn_with_the_state_and_the_direction() -> None:
    chevron = RULES[CHEVRON]
    assert chevron["content"] == '""' and "border-inline-end" in chevron and "border-block-start" in chevron
    assert chevron["transform"] == "rotate(var(--fd-accordion-turn,45deg))"
    assert RULES[".fd-accordion:dir(rtl)"]["--fd-accordion-turn"] == "-45deg"
    open_chevron = RULES['.fd-accordion__button[aria-expanded="true"]::before']
    assert open_chevron["transform"] == "rotate(calc(3 * var(--fd-accordion-turn,45deg)))"


def test_the_turn_is_a_transition_that_reduced_motion_stops() -> None:
    assert RULES[CHEVRON]["transition"].startswith("transform ")
    base = css_rules((Path(__file__).parents[2] / "components" / "static" / "base.css").read_text())
    assert base["@media (prefers-reduced-motion:reduce) *::before"]["transition-duration"].startswith(
        "0.01ms"
    )


def test_css_is_logical_and_the_chevron_shows_in_forced_colours() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[f"@media (forced-colors:active) {CHEVRON}"]["border-color"] == "ButtonText"
    assert RULES[f"@media (forced-colors:active) {BUTTON}"]["border"] == "1px solid"  # the button's edge
