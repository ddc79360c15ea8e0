"""Side navigation: a named navigation landmark around a list of links up to three levels deep, the
current page marked for screen readers and by more than color, only the current branch open, and clear
errors."""

from __future__ import annotations

import gettext
from pathlib import Path
from typing import Any

import pytest

import i18n
import i18n.locale
from components import ComponentParamsError
from components.side_navigation import SideNavigation
from tests.components.css import PHYSICAL, css_rules
from tests.components.jinja import agency_environment
from tests.html import Tag, attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "side_navigation"
CSS = (FOLDER / "side_navigation.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "side_navigation.html").read_text()
LIST = "fd-side-navigation__list"
CURRENT = ".fd-side-navigation__link[aria-current]"


def page(text: str, href: str, current: bool = False, items: list[Any] | None = None) -> dict[str, Any]:
    return {"text": text, "href": href, "current": current, "items": items or []}


def tree(ul: Tag) -> list[Any]:
    """A list as (link text, href, aria-current, [the list below it]) for each item, to compare whole."""
    found = []
    for li in select(ul, ":scope > li"):
        assert classes(li) == ["fd-side-navigation__item"]
        children = li.find_all(recursive=False)
        link = children[0]
        assert link.name == "a" and classes(link) == ["fd-link", "fd-side-navigation__link"]
        below = children[1:]
        assert [(child.name, classes(child)) for child in below] in ([], [("ul", [LIST])])
        found.append(
            (text(link), attr(link, "href"), attr(link, "aria-current"), tree(below[0]) if below else [])
        )
    return found


def nav_tree(html: str) -> list[Any]:
    return tree(one(html, "nav > ul"))


SECTION = [
    page("Food", "/food", items=[page("Who", "/food/who"), page("How", "/food/how")]),
    page("Rent", "/rent", items=[page("Who", "/rent/who")]),
    page("Power", "/power"),
]


def test_a_named_navigation_around_a_list_of_links() -> None:
    html = SideNavigation(items=[page("Food", "/food", current=True), page("Rent", "/rent")]).render()
    root = parse(html)
    nav = one(root, "nav")
    assert nav.parent is root and classes(nav) == ["fd-side-navigation"]
    assert attr(nav, "aria-label") == "Pages in this section"
    assert classes(one(nav, ":scope > ul")) == [LIST]
    assert nav_tree(html) == [("Food", "/food", "page", []), ("Rent", "/rent", None, [])]


def test_no_current_page_shows_the_top_level_only() -> None:
    html = SideNavigation(items=SECTION).render()
    assert not select(html, "[aria-current]")
    assert nav_tree(html) == [
        ("Food", "/food", None, []),
        ("Rent", "/rent", None, []),
        ("Power", "/power", None, []),
    ]


def test_current_page_at_level_1_shows_the_pages_below_it() -> None:
    items = [{**SECTION[0], "current": True}, *SECTION[1:]]
    assert nav_tree(SideNavigation(items=items).render()) == [
        ("Food", "/food", "page", [("Who", "/food/who", None, []), ("How", "/food/how", None, [])]),
        ("Rent", "/rent", None, []),  # another branch: its pages stay hidden
        ("Power", "/power", None, []),
    ]


def test_current_page_at_level_2_opens_its_branch_only() -> None:
    food = page("Food", "/food", items=[page("Who", "/food/who", current=True), page("How", "/food/how")])
    html = SideNavigation(items=[food, *SECTION[1:]]).render()
    assert nav_tree(html) == [
        ("Food", "/food", None, [("Who", "/food/who", "page", []), ("How", "/food/how", None, [])]),
        ("Rent", "/rent", None, []),
        ("Power", "/power", None, []),
    ]
    assert len(select(html, "[aria-current]")) == 1  # the page above it is open, not marked current


def test_current_page_at_level_3() -> None:
    school = page("School", "/food/kids/school", current=True)
    kids = page("Kids", "/food/kids", items=[page("Meals", "/food/kids/meals"), school])
    other = page("How", "/food/how", items=[page("Forms", "/food/how/forms")])
    html = SideNavigation(items=[page("Food", "/food", items=[kids, other]), SECTION[2]]).render()
    assert nav_tree(html) == [
        (
            "Food",
            "/food",
            None,
            [
                (
                    "Kids",
                    "/food/kids",
                    None,
                    [("Meals", "/food/kids/meals", None, []), ("School", "/food/kids/school", "page", [])],
                ),
                ("How", "/food/how", None, []),
            ],
        ),
        ("Power", "/power", None, []),
    ]
    assert [classes(ul) for ul in select(html, "ul ul ul")] == [[LIST]]


def test_more_than_three_levels_is_an_error_naming_the_item() -> None:
    deep = page("3", "/3", items=[page("4", "/4")])
    SideNavigation(items=[page("1", "/1", items=[deep])])  # three levels are fine
    with pytest.raises(ComponentParamsError) as raised:
        SideNavigation(items=[page("1", "/1"), page("2", "/2", items=[page("2.1", "/2/1", items=[deep])])])
    message = str(raised.value)
    assert message.startswith("SideNavigation: invalid params")
    assert "'items.1.items.0.items.0.items': side navigation goes 3 levels deep at most" in message


def test_only_one_page_can_be_current() -> None:
    with pytest.raises(
        ComponentParamsError, match=r"only one item can be current; these are: items\.0, items\.1\.items\.0"
    ):
        SideNavigation(
            items=[page("1", "/1", current=True), page("2", "/2", items=[page("3", "/3", current=True)])]
        )


def test_items_are_required_and_checked() -> None:
    with pytest.raises(ComponentParamsError, match="'items' is required"):
        SideNavigation()  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError, match="'items'"):
        SideNavigation(items=[])
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.items\.0\.href' is required"):
        SideNavigation(items=[page("1", "/1", items=[{"text": "2"}])])
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.url' is not a param of SideNavigation"):
        SideNavigation(items=[{"text": "1", "url": "/1"}])
    with pytest.raises(ComponentParamsError, match="give 'text' or 'html'"):
        SideNavigation(items=[{"href": "/1"}])
    with pytest.raises(ComponentParamsError, match=r"'items\.0\.current'"):
        SideNavigation(items=[{"text": "1", "href": "/1", "current": "maybe"}])


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    html = SideNavigation(
        items=[
            {"text": "<b>Food</b>", "href": '/food?a=1&b="2"', "current": True},
            {"html": '<span lang="es">Vivienda</span>', "href": "/rent"},
        ],
        label='<i>"Benefits"</i>',
    ).render()
    root = parse(html)
    assert not select(root, "b, i")
    links = select(root, "a")
    assert (text(links[0]), attr(links[0], "href")) == ("<b>Food</b>", '/food?a=1&b="2"')
    assert text(one(links[1], ":scope > span[lang=es]")) == "Vivienda"
    assert attr(one(root, "nav"), "aria-label") == '<i>"Benefits"</i>'


def test_label_names_the_landmark_and_must_have_words() -> None:
    nav = one(SideNavigation(items=SECTION, label="Benefits").render(), "nav")
    assert attr(nav, "aria-label") == "Benefits"
    with pytest.raises(ComponentParamsError, match=r"'label': .*must have words"):
        SideNavigation(items=SECTION, label=" ")


def test_default_name_goes_through_gettext(monkeypatch: Any) -> None:
    class Spanish(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"Pages in this section": "Páginas de esta sección"}.get(message, message)

    def translations(code: str) -> gettext.NullTranslations:
        return Spanish() if code == "es" else gettext.NullTranslations()

    monkeypatch.setattr(i18n.locale, "translations_for", translations)
    monkeypatch.setattr(i18n, "translations_for", translations)
    navigation = SideNavigation(items=SECTION)
    with i18n.locale.use_locale("es"):
        assert attr(one(navigation.render(), "nav"), "aria-label") == "Páginas de esta sección"
    assert attr(one(navigation.render(), "nav"), "aria-label") == "Pages in this section"


def test_classes_attributes_and_call_from_a_template() -> None:
    navigation = SideNavigation(items=SECTION, classes="extra", attributes={"data-track": "side"})
    nav = one(navigation.render(), "nav")
    assert classes(nav) == ["fd-side-navigation", "extra"] and attr(nav, "data-track") == "side"
    template = agency_environment().from_string(
        "{{ fd.side_navigation(label='Food', items=[{'text': 'Food', 'href': '/food', 'current': true}]) }}"
    )
    assert nav_tree(template.render()) == [("Food", "/food", "page", [])]


def test_current_page_is_marked_by_more_than_color() -> None:
    current = RULES[CURRENT]
    assert current["border-inline-start"] == "var(--fd-space-1) solid"
    assert current["font-weight"] == "var(--fd-font-weight-bold)"
    # The line takes the place of part of the padding, so the words stay in line with the others.
    assert current["padding-inline-start"] == "var(--fd-space-3)"
    assert RULES[".fd-side-navigation__link"]["padding"] == "var(--fd-space-2) var(--fd-space-4)"
    assert "border" not in " ".join(RULES[".fd-side-navigation__link"])  # no transparent border to show up


def test_links_are_44px_targets_and_lists_indent_by_level() -> None:
    link = RULES[".fd-side-navigation__link"]
    assert (link["display"], link["min-block-size"]) == ("block", "var(--fd-target-size)")
    assert RULES[f".{LIST}"] == {"margin": "0", "padding": "0", "list-style": "none"}
    assert RULES[f".{LIST} .{LIST}"]["padding-inline-start"] == "var(--fd-space-4)"


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[f"@media (forced-colors:active) {CURRENT}"]["border-color"] == "CanvasText"
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
