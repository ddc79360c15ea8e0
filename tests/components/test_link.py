"""The link: plain, to another website, to a file; a new tab only when asked and then said; decorative
icons, one mirrored in right-to-left; the page basics' focus ring and underline; clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import i18n.locale
from components import ComponentParamsError
from components.assets import css_bundle
from components.link import Link
from components.link.examples import EXAMPLES
from tests.components.css import FOCUS_RING, PHYSICAL, css_rules, focus_style
from tests.components.jinja import agency_environment
from tests.html import Tag, attr, classes, one, parse, select, text

FOLDER = Path(__file__).parents[2] / "components" / "link"
CSS = (FOLDER / "link.css").read_text()
RULES = css_rules(CSS)
TEMPLATE = (FOLDER / "link.html").read_text()
FORCED = "@media (forced-colors:active)"
PDF = {"variant": "download", "file_type": "PDF"}


class _Shouting:
    """A stand-in catalog: every message comes back in capitals, so a missed gettext shows."""

    def gettext(self, message: str) -> str:
        parts = re.split(r"(%\(\w+\)s)", message)
        return "".join(part if part.startswith("%(") else part.upper() for part in parts)


def _link(**params: object) -> Tag:
    page = parse(Link(**params).render())
    link = one(page, "a")
    assert link.parent is page and len(page.find_all(recursive=False)) == 1  # the whole component
    return link


def _children(link: Tag) -> list[tuple[str, list[str]]]:
    return [(child.name, classes(child)) for child in link.find_all(recursive=False)]


def _hidden(link: Tag) -> list[str]:
    return [text(span) for span in select(link, ".fd-visually-hidden")]


def test_plain_link() -> None:
    link = _link(text="Find out if you can get help", href="/eligibility")
    assert (attr(link, "href"), classes(link), text(link)) == (
        "/eligibility",
        ["fd-link"],
        "Find out if you can get help",
    )
    assert _children(link) == []
    for name in ("target", "rel", "download"):
        assert not link.has_attr(name)


def test_external_link_opens_in_the_same_tab_and_says_where_it_goes() -> None:
    link = _link(text="USA.gov", href="https://www.usa.gov/", variant="external")
    assert classes(link) == ["fd-link", "fd-link--external"]
    assert not link.has_attr("target") and not link.has_attr("rel")
    assert _children(link) == [
        ("svg", ["fd-link__icon", "fd-link__icon--external"]),
        ("span", ["fd-visually-hidden"]),
    ]
    assert _hidden(link) == ["(opens another website)"]
    # What a screen reader says: the words, then the hidden words after a space.
    assert link.get_text() == "USA.gov (opens another website)"


def test_new_tab_only_when_asked_and_then_said() -> None:
    link = _link(text="Weather", href="https://www.weather.gov/", variant="external", new_tab=True)
    assert (attr(link, "target"), attr(link, "rel")) == ("_blank", "noopener")
    assert classes(link) == ["fd-link", "fd-link--external", "fd-link--new-tab"]
    assert _hidden(link) == ["(opens another website in a new tab)"]
    same_site = _link(text="Help", href="/help", new_tab=True)
    assert (attr(same_site, "target"), classes(same_site)) == ("_blank", ["fd-link", "fd-link--new-tab"])
    assert _hidden(same_site) == ["(opens in a new tab)"]
    assert select(same_site, "svg.fd-link__icon--external")  # the icon shows that it leaves the page


def test_download_link_shows_type_and_size_in_its_words() -> None:
    link = _link(text="Application", href="/form.pdf", file_size="2 MB", **PDF)
    assert classes(link) == ["fd-link", "fd-link--download"]
    assert _children(link) == [
        ("span", ["fd-link__file"]),
        ("svg", ["fd-link__icon", "fd-link__icon--download"]),
    ]
    assert text(link) == "Application (PDF, 2 MB)" and _hidden(link) == []
    assert not link.has_attr("download") and not link.has_attr("target")
    assert text(one(_link(text="Offices", href="/o.csv", **PDF), ".fd-link__file")) == "(PDF)"


def test_download_attribute_is_optional() -> None:
    assert attr(_link(text="Letter", href="/l.pdf", download_attribute=True, **PDF), "download") == ""
    named = _link(text="Letter", href="/l.pdf", download_attribute="letter.pdf", **PDF)
    assert attr(named, "download") == "letter.pdf"
    assert not _link(text="Letter", href="/l.pdf", download_attribute=False, **PDF).has_attr("download")


def test_download_in_a_new_tab_has_both_icons() -> None:
    link = _link(text="Letter", href="/l.pdf", new_tab=True, **PDF)
    assert [classes(icon)[1] for icon in select(link, "svg")] == [
        "fd-link__icon--download",
        "fd-link__icon--external",
    ]
    assert _hidden(link) == ["(opens in a new tab)"]


def test_icons_are_decorative() -> None:
    for link in (_link(text="A", href="/a", variant="external"), _link(text="B", href="/b", **PDF)):
        icon = one(link, "svg")
        assert (attr(icon, "aria-hidden"), attr(icon, "focusable")) == ("true", "false")
        assert not select(icon, "title, desc, text")
        assert attr(one(icon, "path"), "fill") == "currentColor"


@pytest.mark.parametrize("name", ["file_type", "file_size", "download_attribute"])
@pytest.mark.parametrize("variant", ["plain", "external"])
def test_download_params_only_on_a_download_link(name: str, variant: str) -> None:
    value: object = True if name == "download_attribute" else "PDF"
    with pytest.raises(ComponentParamsError) as raised:
        Link(text="A", href="/a", variant=variant, **{name: value})
    message = str(raised.value)
    assert message.startswith("Link: invalid params")
    assert f"'{name}' is for download links only" in message


def test_download_link_needs_a_file_type() -> None:
    with pytest.raises(ComponentParamsError, match="'file_type' is required for a download link"):
        Link(text="Form", href="/form.pdf", variant="download", file_size="2 MB")
    with pytest.raises(ComponentParamsError, match="'file_type'"):
        Link(text="Form", href="/form.pdf", variant="download", file_type="")
    with pytest.raises(ComponentParamsError, match="'download_attribute' needs a file name"):
        Link(text="Form", href="/form.pdf", download_attribute="", **PDF)


def test_other_errors_name_the_field() -> None:
    with pytest.raises(ComponentParamsError, match="'href' is required"):
        Link(text="A")  # type: ignore[call-arg]  # the missing param is the test
    with pytest.raises(ComponentParamsError, match="give 'text' or 'html'"):
        Link(href="/a")
    with pytest.raises(ComponentParamsError, match=r"'variant'.*'external'.*'outside'"):
        Link(text="A", href="/a", variant="outside")
    with pytest.raises(
        ComponentParamsError, match=r"'external' is not a param of Link; known params: .*new_tab"
    ):
        Link(text="A", href="/a", external=True)


def test_text_is_escaped_and_html_is_inserted_as_given() -> None:
    link = _link(text="<b>Form</b>", href="/f?a=1&b=2", file_size="<i>", **{**PDF, "file_type": "<s>"})
    assert not select(link, "b, i, s")
    assert text(link) == "<b>Form</b> (<s>, <i>)"
    assert attr(link, "href") == "/f?a=1&b=2"
    named = _link(text="Letter", href="/l", download_attribute='"><b>', **PDF)
    assert attr(named, "download") == '"><b>' and not select(named, "b")
    spanish = _link(html='<span lang="es">Español</span>', href="/es", variant="external")
    assert [child.name for child in spanish.find_all(recursive=False)] == ["span", "svg", "span"]
    assert text(one(spanish, ":scope > span[lang=es]")) == "Español"


def test_words_go_through_gettext(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: _Shouting())
    assert _hidden(_link(text="A", href="/a", variant="external")) == ["(OPENS ANOTHER WEBSITE)"]
    assert _hidden(_link(text="A", href="/a", variant="external", new_tab=True)) == [
        "(OPENS ANOTHER WEBSITE IN A NEW TAB)"
    ]
    assert _hidden(_link(text="A", href="/a", new_tab=True)) == ["(OPENS IN A NEW TAB)"]


def test_file_words_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    class Arabic:
        def gettext(self, message: str) -> str:
            return {"(%(type)s, %(size)s)": "(%(type)s، %(size)s)"}.get(message, message)

    monkeypatch.setattr(i18n.locale, "translations_for", lambda code: Arabic())
    file = one(_link(text="A", href="/a", file_size="2 MB", **PDF), ".fd-link__file")
    assert text(file) == "(PDF، 2 MB)"
    assert re.search(r"\{#- Translators: [^#]*%\(type\)s[^#]*%\(size\)s[^#]*-#\}", TEMPLATE)


def test_classes_attributes_and_call_from_a_template() -> None:
    link = _link(text="A", href="/a", classes="extra", attributes={"hreflang": "es", "lang": "es"})
    assert classes(link) == ["fd-link", "extra"]
    assert (attr(link, "hreflang"), attr(link, "lang")) == ("es", "es")
    html = agency_environment().from_string(
        "{% call fd.link(href='https://www.usa.gov/', variant='external') %}USA.gov{% endcall %}"
    )
    link = one(html.render(), "a")
    assert (classes(link), _hidden(link)) == (["fd-link", "fd-link--external"], ["(opens another website)"])


def test_every_variant_and_state_has_an_example() -> None:
    shown = {
        (params.get("variant", "plain"), bool(params.get("new_tab")), "file_size" in params)
        for params in (example.resolved_params() for example in EXAMPLES)
    }
    assert shown >= {
        ("plain", False, False),
        ("plain", True, False),
        ("external", False, False),
        ("external", True, False),
        ("download", False, True),
        ("download", False, False),
    }
    assert any("download_attribute" in example.params for example in EXAMPLES)
    assert any("html" in example.params for example in EXAMPLES)


def test_focus_ring_and_underline() -> None:
    bundle = css_rules(css_bundle())
    assert focus_style(".fd-link", bundle)["outline"] == FOCUS_RING
    assert RULES[".fd-link"]["text-decoration-line"] == "underline"
    assert not any(
        "none" in rule.get("text-decoration", "") + rule.get("text-decoration-line", "")
        for selector, rule in bundle.items()
        if selector.startswith(".fd-link")
    )


def test_only_the_directional_icon_is_mirrored() -> None:
    assert RULES[".fd-link__icon--external:dir(rtl)"]["transform"] == "scaleX(-1)"
    assert not [selector for selector in RULES if "download" in selector]
    assert "margin-inline-start" in RULES[".fd-link__icon"]


def test_css_is_logical_and_forced_colours_safe() -> None:
    assert not PHYSICAL.search(CSS), PHYSICAL.search(CSS)
    assert RULES[f"{FORCED} .fd-link__icon"]["fill"] == "currentColor"
    assert "<script" not in TEMPLATE and "style=" not in TEMPLATE
