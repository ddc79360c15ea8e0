"""In-page navigation: a navigation landmark named by its heading around a list of links to the page's
sections, subsections nested under theirs, sticky on wide screens only, built from a page's headings
by ``from_html``, and clear errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

import i18n
import i18n.locale
from components import ComponentParamsError
from components.in_page_navigation import InPageNavigation
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import Tag, attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "in_page_navigation"
CSS = (FOLDER / "in_page_navigation.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "in_page_navigation.html").read_text()
LIST = "fd-in-page-navigation__list"
WIDE = "@media (min-width:64em)"
SECTIONS = [
    {"text": "Who can apply", "href": "#who"},
    {"text": "How to apply", "href": "#how"},
    {"text": "Online", "href": "#online", "level": 3},
    {"text": "By phone", "href": "#phone", "level": 3},
    {"text": "What happens next", "href": "#next"},
]


def tree(ul: Tag) -> list[Any]:
    """A list as (link text, href, [the list below it]) for each item, to compare whole."""
    found = []
    for li in select(ul, ":scope > li"):
        assert classes(li) == ["fd-in-page-navigation__item"]
        link, *below = li.find_all(recursive=False)
        assert link.name == "a" and classes(link) == ["fd-link", "fd-in-page-navigation__link"]
        assert [(child.name, classes(child)) for child in below] in ([], [("ul", [LIST])])
        found.append((text(link), attr(link, "href"), tree(below[0]) if below else []))
    return found


def nav_tree(html: str) -> list[Any]:
    return tree(one(html, "nav > ul"))


def test_a_navigation_named_by_its_heading_around_a_list_of_links() -> None:
    html = InPageNavigation(items=SECTIONS[:2]).render()
    root = parse(html)
    nav = one(root, "nav")
    assert nav.parent is root
    assert classes(nav) == ["fd-in-page-navigation", "fd-in-page-navigation--sticky"]
    assert attr(nav, "id") == "in-page-navigation" and attr(nav, "aria-label") is None
    heading, ul = nav.find_all(recursive=False)
    assert (heading.name, classes(heading), attr(heading, "id")) == (
        "h2",
        ["fd-heading-s"],
        "in-page-navigation-heading",
    )
    assert attr(nav, "aria-labelledby") == attr(heading, "id")
    assert text(heading) == "On this page"
    assert classes(ul) == [LIST]
    assert nav_tree(html) == [("Who can apply", "#who", []), ("How to apply", "#how", [])]


def test_subsections_are_listed_under_the_section_before_them() -> None:
    assert nav_tree(InPageNavigation(items=SECTIONS).render()) == [
        ("Who can apply", "#who", []),
        ("How to apply", "#how", [("Online", "#online", []), ("By phone", "#phone", [])]),
        ("What happens next", "#next", []),
    ]


def test_a_subsection_with_no_section_before_it_is_listed_as_a_section() -> None:
    items = [{"text": "Intro", "href": "#intro", "level": 3}, *SECTIONS[:1]]
    assert nav_tree(InPageNavigation(items=items).render()) == [
        ("Intro", "#intro", []),
        ("Who can apply", "#who", []),
    ]


def test_no_items_renders_nothing() -> None:
    assert InPageNavigation().render().strip() == ""
    assert InPageNavigation(items=[]).render().strip() == ""


@pytest.mark.parametrize("level", [2, 3, 6])
def test_heading_level_text_and_id(level: int) -> None:
    html = InPageNavigation(items=SECTIONS, heading_level=level, heading_text="Contents", id="guide").render()
    nav = one(html, "nav#guide")
    heading = one(nav, f":scope > h{level}#guide-heading")
    assert (text(heading), attr(nav, "aria-labelledby")) == ("Contents", "guide-heading")


def test_not_sticky_when_asked() -> None:
    assert classes(one(InPageNavigation(items=SECTIONS, sticky=False).render(), "nav")) == [
        "fd-in-page-navigation"
    ]


def test_params_are_checked() -> None:
    with pytest.raises(ComponentParamsError) as raised:
        InPageNavigation(items=[{"text": "Fees", "href": "/fees"}])
    message = str(raised.value)
    assert message.startswith("InPageNavigation: invalid params")
    assert "'items.0.href'" in message and "such as '#how-to-apply'" in message
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.href'"):
        InPageNavigation(items=[{"text": "Top", "href": "#"}])
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.level'"):
        InPageNavigation(items=[{"text": "Fees", "href": "#fees", "level": 4}])
    with pytest.raises(ComponentParamsError, match="'heading_level'"):
        InPageNavigation(items=SECTIONS, heading_level=1)
    with pytest.raises(ComponentParamsError, match=r"'heading_text': .*must have words"):
        InPageNavigation(items=SECTIONS, heading_text=" ")
    with pytest.raises(ComponentParamsError, match="'id'"):
        InPageNavigation(items=SECTIONS, id="")
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.link' is not a param of InPageNavigation"):
        InPageNavigation(items=[{"text": "Fees", "link": "#fees"}])
    with pytest.raises(ComponentParamsError, match="give 'text' or 'html'"):
        InPageNavigation(items=[{"href": "#fees"}])


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = InPageNavigation(
        items=[
            {"text": "<b>Fees</b>", "href": '#a"b'},
            {"html": '<span lang="es">Costos</span>', "href": "#es"},
        ],
        heading_text="<i>Contents</i>",
        id='x"y',
    ).render()
    root = parse(html)
    assert not select(root, "b, i")
    first, second = select(root, "a")
    assert (text(first), attr(first, "href")) == ("<b>Fees</b>", '#a"b')
    assert text(one(second, ":scope > span[lang=es]")) == "Costos"
    nav = one(root, "nav")
    assert (attr(nav, "id"), attr(nav, "aria-labelledby")) == ('x"y', 'x"y-heading')
    assert text(one(nav, "h2")) == "<i>Contents</i>"


def test_default_heading_goes_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"On this page": "En esta página"}.get(message, message)

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    navigation = InPageNavigation(items=SECTIONS)
    with i18n.locale.use_locale("es"):
        assert text(one(navigation.render(), "h2")) == "En esta página"
    assert text(one(navigation.render(), "h2")) == "On this page"


def test_classes_attributes_and_call_from_a_template() -> None:
    navigation = InPageNavigation(items=SECTIONS, classes="extra", attributes={"data-track": "toc"})
    nav = one(navigation.render(), "nav")
    assert classes(nav)[-1] == "extra" and attr(nav, "data-track") == "toc"
    template = agency_environment().from_string(
        "{{ fd.in_page_navigation(items=[{'text': 'Fees', 'href': '#fees'}]) }}"
    )
    assert nav_tree(template.render()) == [("Fees", "#fees", [])]


PAGE = """
<h1 id="title">Apply for help</h1>
<p>Intro.</p>
<h2 id="who">Who can <em>apply</em></h2>
<p>Text.</p>
<h2>A heading with no id</h2>
<h3 id="age">Your age</h3>
<section id="costs"><h2>Costs in a section with an id</h2></section>
<h2 id="fees">Fees &amp; <a href="#fees" aria-hidden="true">#</a>costs</h2>
<h3 id="waivers">Fee <span hidden>secret</span>waivers<br>for <abbr title="Supplemental">SSI</abbr></h3>
<h2 id="escape&quot;me">&lt;script&gt;alert(1)&lt;/script&gt; <img src="x.png" alt="and more"></h2>
<h2 id="empty"><img src="x.png" alt=""></h2>
<h4 id="deep">Too deep</h4>
"""


def test_from_html_links_to_the_h2_headings_with_ids() -> None:
    navigation = InPageNavigation.from_html(PAGE)
    assert [(item.text, item.href, item.level) for item in navigation.items] == [
        ("Who can apply", "#who", 2),
        ("Fees & costs", "#fees", 2),
        ("<script>alert(1)</script> and more", '#escape"me', 2),
    ]
    html = navigation.render()
    assert not select(html, "script")  # the heading's words are text: escaped again when shown
    assert nav_tree(html)[2] == ("<script>alert(1)</script> and more", '#escape"me', [])


def test_from_html_with_subsections_and_other_params() -> None:
    navigation = InPageNavigation.from_html(
        Markup(PAGE), levels=(2, 3), heading_text="In this guide", id="guide"
    )
    html = navigation.render()
    assert nav_tree(html) == [
        ("Who can apply", "#who", [("Your age", "#age", [])]),
        ("Fees & costs", "#fees", [("Fee waivers for SSI", "#waivers", [])]),
        ("<script>alert(1)</script> and more", '#escape"me', []),
    ]
    assert text(one(html, "nav#guide > h2#guide-heading")) == "In this guide"


def test_from_html_ends_an_unclosed_heading_at_the_next() -> None:
    navigation = InPageNavigation.from_html('<h2 id="a">First<h2 id="b">Second</h2><h2 id="c">Last')
    assert [(item.text, item.href) for item in navigation.items] == [
        ("First", "#a"),
        ("Second", "#b"),
        ("Last", "#c"),
    ]


def test_from_html_with_no_headings_renders_nothing() -> None:
    assert InPageNavigation.from_html("<p>No sections here.</p><h2>No id</h2>").render().strip() == ""


@pytest.mark.parametrize("levels", [(), (1,), (2, 4)])
def test_from_html_levels_are_2_and_3(levels: tuple[int, ...]) -> None:
    with pytest.raises(ValueError, match=r"InPageNavigation\.from_html: 'levels' can hold 2 and 3 only"):
        InPageNavigation.from_html(PAGE, levels=levels)


def test_links_are_44px_targets_and_subsections_indent() -> None:
    link = RULES[".fd-in-page-navigation__link"]
    assert (link["display"], link["min-block-size"]) == ("block", "var(--fd-target-size)")
    assert RULES[f".{LIST}"] == {"margin": "0", "padding": "0", "list-style": "none"}
    assert RULES[f".{LIST} .{LIST}"]["padding-inline-start"] == "var(--fd-space-4)"


def test_sticky_on_wide_screens_only_so_it_never_covers_text_when_narrow_or_zoomed() -> None:
    sticky = [selector for selector, rule in RULES.items() if rule.get("position") == "sticky"]
    assert sticky == [f"{WIDE} .fd-in-page-navigation--sticky"]
    rule = RULES[sticky[0]]
    assert (rule["inset-block-start"], rule["align-self"]) == ("0", "start")
    # Taller than the window, it scrolls on its own; the padding keeps the focus ring inside it.
    assert (rule["max-block-size"], rule["overflow-y"], rule["padding"]) == (
        "100vh",
        "auto",
        "var(--fd-space-2)",
    )


def test_css_is_logical_and_has_no_script() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
    assert not (FOLDER / "in_page_navigation.js").exists()
