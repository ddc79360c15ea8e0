"""The page layout: a whole document with landmarks, a working skip link, blocks agencies can fill, rtl."""

import re
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from markupsafe import Markup

import components
from components.page import Page
from i18n import use_locale
from tests.html import attr, classes, one, parse, select, text

PAGE_TEMPLATE = Path(__file__).parents[2] / "components" / "page" / "page.html"
LANDMARKS = {"header", "main", "footer", "nav", "section", "aside", "form"}


def text_outside_landmarks(html: str) -> list[str]:
    """The text in the body that no landmark element holds."""
    body = one(html, "body")
    return [
        string.strip()
        for string in body.find_all(string=True)
        if string.strip() and not any(parent.name in LANDMARKS for parent in string.parents)
    ]


def full_page(**params: object) -> str:
    defaults = {
        "title": "Apply for food assistance",
        "service_name": "Apply for food assistance",
        "agency_name": "US Department of Agriculture",
        "content_html": Markup("<h1>Apply for food assistance</h1>"),
    }
    return str(Page(**{**defaults, **params}).render())


def test_is_a_whole_document() -> None:
    html = full_page()
    assert html.startswith("<!DOCTYPE html>\n<html ")
    assert html.rstrip().endswith("</html>")
    page = parse(html)
    assert [child.name for child in one(page, "html").find_all(recursive=False)] == ["head", "body"]
    assert attr(one(page, "head > meta[charset]"), "charset") == "utf-8"
    viewport = one(page, "head > meta[name=viewport]")
    assert attr(viewport, "content") == "width=device-width, initial-scale=1"
    assert text(one(page, "head > title")) == "Apply for food assistance"
    assert classes(one(page, "html")) == ["fd-template"]
    assert classes(one(page, "html > body")) == ["fd-template__body"]


def test_landmarks_and_all_content_inside_them() -> None:
    html = full_page()
    page = parse(html)
    assert [len(select(page, tag)) for tag in ("main", "header", "footer")] == [1, 1, 1]
    banner = one(page, "body > header > section.fd-banner")
    assert attr(banner, "aria-label")
    one(page, "body > header > div.fd-header")
    # Only the skip link may sit outside a landmark (axe's "region" rule exempts it).
    assert text_outside_landmarks(html) == ["Skip to main content"]


def test_skip_link_is_first_and_its_target_exists() -> None:
    page = parse(full_page())
    first = one(page, "body").find(True)
    assert first is not None and first.name == "a" and classes(first) == ["fd-skip-link"]
    target = attr(first, "href")
    assert target is not None and target.startswith("#")
    main = one(page, f"body > main{target}")
    assert attr(main, "tabindex") == "-1"
    assert classes(main) == ["fd-main-wrapper", "fd-width-container"]


def test_main_takes_extra_attributes_such_as_a_name() -> None:
    html = full_page(
        content_html=Markup('<h1 id="page-heading">Apply</h1>'),
        main_attributes={"aria-labelledby": "page-heading", "data-note": 'say "hi" & go'},
    )
    main = one(html, "body > main")
    assert attr(main, "aria-labelledby") == attr(one(main, "h1"), "id")
    assert attr(main, "data-note") == 'say "hi" & go'  # escaped in the markup, whole when parsed
    assert (attr(main, "id"), attr(main, "tabindex")) == ("main-content", "-1")
    assert list(one(full_page(), "body > main").attrs) == ["id", "class", "tabindex"]


@pytest.mark.parametrize("name", ["id", "class", "TabIndex"])
def test_main_keeps_the_attributes_the_skip_link_and_layout_rely_on(name: str) -> None:
    with pytest.raises(components.ComponentParamsError, match=f"main_attributes.*{name}"):
        Page(title="Hello", main_attributes={name: "x"})


@pytest.mark.parametrize("name", ['x" onload="y', "1a"])
def test_main_attribute_names_are_checked(name: str) -> None:
    with pytest.raises(components.ComponentParamsError, match="main_attributes"):
        Page(title="Hello", main_attributes={name: "x"})


def test_assets_scripts_deferred_and_no_inline_script_or_style() -> None:
    page = parse(full_page(asset_url="/assets"))
    assert [attr(link, "href") for link in select(page, "head > link[rel=stylesheet]")] == [
        "/assets/frontdoor.css"
    ]
    scripts = select(page, "script")
    assert [(attr(s, "src"), attr(s, "defer")) for s in scripts] == [
        ("/assets/vendor/htmx.min.js", ""),
        ("/assets/frontdoor.js", ""),
    ]
    assert all(script.parent is not None and script.parent.name == "head" for script in scripts)
    assert not select(page, "style, [style]")
    assert not [name for element in select(page, "*") for name in element.attrs if name.startswith("on")]


def test_htmx_is_configured_for_same_origin_requests_only() -> None:
    config = one(full_page(), "head > meta[name=htmx-config]")
    assert attr(config, "content") == '{"mode": "same-origin"}'


def test_htmx_can_be_left_out() -> None:
    scripts = select(full_page(include_htmx=False), "script")
    assert [attr(script, "src") for script in scripts] == ["/static/frontdoor/frontdoor.js"]


def test_header_and_footer_follow_the_params() -> None:
    html = full_page(
        service_href="/apply",
        agency_href="https://www.usda.gov",
        navigation=[{"text": "Messages", "href": "#messages", "current": True}],
        header_extra_html=Markup('<a href="#es" lang="es">Español</a>'),
        footer_links=[{"text": "Contact us", "href": "#contact"}],
    )
    page = parse(html)
    service = one(page, "header a.fd-header__service")
    assert (attr(service, "href"), text(service)) == ("/apply", "Apply for food assistance")
    current = one(page, "nav.fd-header__nav a[aria-current]")
    assert (attr(current, "aria-current"), text(current)) == ("page", "Messages")
    assert attr(one(page, ".fd-header__extra > a[lang]"), "lang") == "es"
    footer_links = select(page, "footer nav.fd-footer__nav a")
    assert [(attr(a, "href"), text(a)) for a in footer_links] == [("#contact", "Contact us")]
    assert attr(one(page, "footer a.fd-footer__agency-link"), "href") == "https://www.usda.gov"


def test_header_and_footer_menus_can_be_named() -> None:
    page = parse(
        full_page(
            navigation=[{"text": "Messages", "href": "#messages"}],
            navigation_label="Your account",
            footer_navigation_label="About the Department of Agriculture",
        )
    )
    assert attr(one(page, "body > header nav.fd-header__nav"), "aria-label") == "Your account"
    assert attr(one(page, "body > footer nav.fd-footer__nav"), "aria-label") == (
        "About the Department of Agriculture"
    )


def test_menus_have_the_components_names_when_not_given() -> None:
    page = parse(full_page(navigation=[{"text": "Messages", "href": "#messages"}]))
    assert attr(one(page, "nav.fd-header__nav"), "aria-label") == "Main menu"
    assert attr(one(page, "nav.fd-footer__nav"), "aria-label") == "About this agency"


@pytest.mark.parametrize("name", ["navigation_label", "footer_navigation_label"])
def test_menu_names_must_have_words(name: str) -> None:
    with pytest.raises(components.ComponentParamsError, match=f"'{name}': .*must have words"):
        Page(title="Hello", **{name: "  "})


def test_header_and_footer_landmarks_take_extra_attributes_such_as_a_name() -> None:
    page = parse(
        full_page(header_attributes={"aria-label": "Demo & co"}, footer_attributes={"aria-label": "Demo"})
    )
    header = one(page, "body > header")
    assert (classes(header), attr(header, "aria-label")) == (["fd-page-header"], "Demo & co")
    footer = one(page, "body > footer")
    assert (classes(footer), attr(footer, "aria-label")) == (["fd-footer"], "Demo")
    assert list(one(full_page(), "body > header").attrs) == ["class"]
    assert list(one(full_page(), "body > footer").attrs) == ["class"]


@pytest.mark.parametrize("name", ["class", "CLASS"])
def test_header_keeps_the_class_the_layout_relies_on(name: str) -> None:
    with pytest.raises(components.ComponentParamsError, match=f"header_attributes.*<header>.*{name}"):
        Page(title="Hello", header_attributes={name: "x"})


def test_government_banner_can_be_turned_off() -> None:
    html = full_page(government_banner=False)
    page = parse(html)
    header = one(page, "body > header.fd-page-header")
    assert [classes(child)[0] for child in header.find_all(recursive=False)] == ["fd-header"]
    assert not select(page, ".fd-banner")
    assert text_outside_landmarks(html) == ["Skip to main content"]


def test_without_banner_or_service_there_is_no_header() -> None:
    page = parse(
        str(Page(title="Hello", government_banner=False, header_attributes={"aria-label": "x"}).render())
    )
    assert not select(page, "header, .fd-banner")
    assert one(page, "body").find(True) == one(page, "body > a.fd-skip-link")


def test_without_service_or_agency_there_is_no_header_or_footer_but_still_a_banner() -> None:
    page = parse(str(Page(title="Hello").render()))
    one(page, "body > header > section.fd-banner")
    assert not select(page, ".fd-header, footer")


def lang_and_dir(html: str) -> tuple[str | None, str | None]:
    root = one(html, "html")
    return attr(root, "lang"), attr(root, "dir")


def test_lang_and_dir_follow_the_locale() -> None:
    assert lang_and_dir(full_page()) == ("en", "ltr")
    with use_locale("ar"):
        assert lang_and_dir(full_page()) == ("ar", "rtl")
    with use_locale("es"):
        assert lang_and_dir(full_page()) == ("es", "ltr")


def test_lang_and_dir_are_worked_out_when_rendering_not_when_built() -> None:
    page = Page(title="Hello")
    with use_locale("ar"):
        assert lang_and_dir(page.render()) == ("ar", "rtl")
    assert lang_and_dir(page.render()) == ("en", "ltr")


def test_lang_and_dir_can_be_given() -> None:
    assert lang_and_dir(full_page(lang="fa")) == ("fa", "rtl")
    assert lang_and_dir(full_page(lang="zh_Hant")) == ("zh-Hant", "ltr")
    assert lang_and_dir(full_page(dir="rtl")) == ("en", "rtl")


def test_lang_is_checked() -> None:
    with pytest.raises(components.ComponentParamsError, match="lang"):
        Page(title="Hello", lang='en" onload="x')


def test_title_is_escaped() -> None:
    html = full_page(title="<b>Hi</b>")
    assert "<title>&lt;b&gt;Hi&lt;/b&gt;</title>" in html  # the title element holds text only
    assert text(one(html, "title")) == "<b>Hi</b>"


def test_content_through_call_block() -> None:
    env = _agency_environment()
    template = env.from_string('{% call fd.page(title="Hi") %}<p class="fd-body">Inside</p>{% endcall %}')
    main = one(template.render(), "main#main-content")
    assert [(child.name, classes(child), text(child)) for child in main.find_all(recursive=False)] == [
        ("p", ["fd-body"], "Inside")
    ]


def test_template_uses_other_components_only_through_fd() -> None:
    source = PAGE_TEMPLATE.read_text(encoding="utf-8")
    assert not re.search(r"{%-?\s*(include|import|from|extends)\b", source)
    assert "_(" not in source and "gettext" not in source
    assert "params." not in source  # an agency's template has only ``page`` in its context
    for name in ("skip_link", "banner", "header", "footer"):
        assert f"fd.{name}(" in source


def _agency_environment(**templates: str) -> Environment:
    env = Environment(loader=DictLoader(templates), autoescape=True)
    return components.install(env)


def test_agency_template_extends_the_page() -> None:
    env = _agency_environment(
        **{
            "start.html": '{% extends "frontdoor/page/page.html" %}'
            "{% block content %}<h1>Hi</h1>{% endblock %}"
        }
    )
    html = env.get_template("start.html").render(
        page=Page(title="Apply for food assistance", service_name="Apply for food assistance")
    )
    assert html.startswith("<!DOCTYPE html>")
    page = parse(html)
    main = one(page, "body > main#main-content")
    assert [(child.name, text(child)) for child in main.find_all(recursive=False)] == [("h1", "Hi")]
    skip = one(page, "body > a.fd-skip-link")
    assert (attr(skip, "href"), text(skip)) == ("#main-content", "Skip to main content")
    statement = one(page, "header .fd-banner__statement")
    assert text(statement) == "An official website of the United States government"
    service = one(page, "header a.fd-header__service")
    assert (attr(service, "href"), text(service)) == ("/", "Apply for food assistance")
    assert text(one(page, "head > title")) == "Apply for food assistance"


def test_agency_can_override_every_block() -> None:
    blocks = ["head", "skip_link", "header", "before_content", "content", "footer", "body_end"]
    body = "".join(f"{{% block {name} %}}[{name}]{{% endblock %}}" for name in blocks)
    env = _agency_environment(**{"all.html": '{% extends "frontdoor/page/page.html" %}' + body})
    html = env.get_template("all.html").render(
        page=Page(title="Hi", service_name="Apply", agency_name="USDA")
    )
    positions = [html.index(f"[{name}]") for name in blocks]
    assert positions == sorted(positions)
    assert html.index("[head]") < html.index("</head>")
    assert (
        html.index("<main") < html.index("[before_content]") < html.index("[content]") < html.index("</main>")
    )
    assert html.index("[body_end]") < html.index("</body>")
    assert not select(html, ".fd-skip-link, .fd-banner, footer")


def test_agency_can_extend_a_block_with_super() -> None:
    env = _agency_environment(
        **{
            "back.html": '{% extends "frontdoor/page/page.html" %}'
            '{% block before_content %}<a href="/" class="fd-back-link">Back</a>{% endblock %}'
            '{% block head %}{{ super() }}<link rel="icon" href="/favicon.ico">{% endblock %}'
        }
    )
    page = parse(env.get_template("back.html").render(page=Page(title="Hi")))
    head = one(page, "head")
    assert head.find_all(recursive=False)[-1] == one(page, "head > link[rel=icon]")
    assert attr(one(head, "link[rel=stylesheet]"), "href") == "/static/frontdoor/frontdoor.css"  # super()
    first = one(page, "main#main-content").find(True)
    assert first is not None and (first.name, classes(first), text(first)) == ("a", ["fd-back-link"], "Back")


def test_agency_template_in_arabic_is_right_to_left() -> None:
    env = _agency_environment(**{"ar.html": '{% extends "frontdoor/page/page.html" %}'})
    with use_locale("ar"):
        html = env.get_template("ar.html").render(page=Page(title="Hi"))
    assert lang_and_dir(html) == ("ar", "rtl")


@pytest.mark.parametrize("name", ["skip_link", "banner", "header", "footer", "page"])
def test_layout_css_uses_logical_properties_and_our_classes(name: str) -> None:
    css = (PAGE_TEMPLATE.parents[1] / name / f"{name}.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    physical = re.findall(
        r"(?<![\w-])(?:(?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom"
        r"|width|height|min-width|max-width|min-height|max-height)\s*:",
        css,
    )
    assert not physical, f"{name}.css uses physical properties: {physical}"
    for selector in re.findall(r"([^{}]+)\{", css):
        if selector.strip().startswith("@"):
            continue
        classes = re.findall(r"\.([\w-]+)", selector)
        assert classes and all(c.startswith("fd-") for c in classes), selector
