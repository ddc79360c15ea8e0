"""The page layout: a whole document with landmarks, a working skip link, blocks agencies can fill, rtl."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from markupsafe import Markup

import components
from components.page import Page
from i18n import use_locale

PAGE_TEMPLATE = Path(__file__).parents[2] / "components" / "page" / "page.html"
LANDMARKS = {"header", "main", "footer", "nav", "section", "aside", "form"}


class Outline(HTMLParser):
    """Records, for each element, its tag, attributes and the elements it sits inside."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.text_outside_landmarks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs), tuple(self.stack)))
        if tag not in {"meta", "link", "br", "img", "input", "hr"}:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if data.strip() and "body" in self.stack and not LANDMARKS & set(self.stack):
            self.text_outside_landmarks.append(data.strip())

    def find(self, tag: str) -> list[tuple[dict[str, str | None], tuple[str, ...]]]:
        return [(attrs, parents) for name, attrs, parents in self.elements if name == tag]


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    return parser


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
    assert '<meta charset="utf-8">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<title>Apply for food assistance</title>" in html
    assert 'class="fd-template"' in html
    assert '<body class="fd-template__body">' in html


def test_landmarks_and_all_content_inside_them() -> None:
    page = outline(full_page())
    assert len(page.find("main")) == 1
    assert len(page.find("header")) == 1
    assert len(page.find("footer")) == 1
    ((banner, parents),) = page.find("section")
    assert "header" in parents and banner["aria-label"]
    (header_nav_parent,) = {
        parents[-1] for attrs, parents in page.find("div") if attrs.get("class") == "fd-header"
    }
    assert header_nav_parent == "header"
    # Only the skip link may sit outside a landmark (axe's "region" rule exempts it).
    assert page.text_outside_landmarks == ["Skip to main content"]


def test_skip_link_is_first_and_its_target_exists() -> None:
    html = full_page()
    page = outline(html)
    body_children = [(tag, attrs) for tag, attrs, parents in page.elements if parents[-1:] == ("body",)]
    first_tag, first = body_children[0]
    assert first_tag == "a" and first["class"] == "fd-skip-link"
    target = first["href"]
    assert target is not None and target.startswith("#")
    ((main, _),) = page.find("main")
    assert main["id"] == target[1:]
    assert main["tabindex"] == "-1"
    assert main["class"] == "fd-main-wrapper fd-width-container"


def test_assets_scripts_deferred_and_no_inline_script_or_style() -> None:
    html = full_page(asset_url="/assets")
    assert '<link rel="stylesheet" href="/assets/frontdoor.css">' in html
    assert '<script defer src="/assets/vendor/htmx.min.js"></script>' in html
    assert '<script defer src="/assets/frontdoor.js"></script>' in html
    assert len(re.findall(r"<script\b", html)) == 2
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_htmx_is_configured_for_same_origin_requests_only() -> None:
    html = full_page()
    assert '<meta name="htmx-config" content=\'{"mode": "same-origin"}\'>' in html


def test_htmx_can_be_left_out() -> None:
    html = full_page(include_htmx=False)
    assert "htmx.min.js" not in html
    assert "frontdoor.js" in html


def test_header_and_footer_follow_the_params() -> None:
    html = full_page(
        service_href="/apply",
        agency_href="https://www.usda.gov",
        navigation=[{"text": "Messages", "href": "#messages", "current": True}],
        header_extra_html=Markup('<a href="#es" lang="es">Español</a>'),
        footer_links=[{"text": "Contact us", "href": "#contact"}],
    )
    assert '<a href="/apply" class="fd-header__service">Apply for food assistance</a>' in html
    assert 'aria-current="page">Messages</a>' in html
    assert '<a href="#es" lang="es">Español</a>' in html
    assert 'href="#contact"' in html and "Privacy policy" not in html


def test_without_service_or_agency_there_is_no_header_or_footer_but_still_a_banner() -> None:
    html = str(Page(title="Hello").render())
    assert "fd-banner" in html
    assert "fd-header" not in html
    assert "<footer" not in html


def test_lang_and_dir_follow_the_locale() -> None:
    assert '<html lang="en" dir="ltr"' in full_page()
    with use_locale("ar"):
        assert '<html lang="ar" dir="rtl"' in full_page()
    with use_locale("es"):
        assert '<html lang="es" dir="ltr"' in full_page()


def test_lang_and_dir_are_worked_out_when_rendering_not_when_built() -> None:
    page = Page(title="Hello")
    with use_locale("ar"):
        assert '<html lang="ar" dir="rtl"' in page.render()
    assert '<html lang="en" dir="ltr"' in page.render()


def test_lang_and_dir_can_be_given() -> None:
    assert '<html lang="fa" dir="rtl"' in full_page(lang="fa")
    assert '<html lang="zh-Hant" dir="ltr"' in full_page(lang="zh_Hant")
    assert '<html lang="en" dir="rtl"' in full_page(dir="rtl")


def test_lang_is_checked() -> None:
    with pytest.raises(components.ComponentParamsError, match="lang"):
        Page(title="Hello", lang='en" onload="x')


def test_title_is_escaped() -> None:
    assert "<title>&lt;b&gt;Hi&lt;/b&gt;</title>" in full_page(title="<b>Hi</b>")


def test_content_through_call_block() -> None:
    env = _agency_environment()
    template = env.from_string('{% call fd.page(title="Hi") %}<p class="fd-body">Inside</p>{% endcall %}')
    html = template.render()
    assert re.search(r'<main id="main-content"[^>]*>\s*<p class="fd-body">Inside</p>\s*</main>', html)


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
    assert re.search(r'<main id="main-content"[^>]*>\s*<h1>Hi</h1>\s*</main>', html)
    assert '<a href="#main-content" class="fd-skip-link">Skip to main content</a>' in html
    assert "An official website of the United States government" in html
    assert '<a href="/" class="fd-header__service">Apply for food assistance</a>' in html
    assert "<title>Apply for food assistance</title>" in html


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
    assert "fd-skip-link" not in html and "fd-banner" not in html and "<footer" not in html


def test_agency_can_extend_a_block_with_super() -> None:
    env = _agency_environment(
        **{
            "back.html": '{% extends "frontdoor/page/page.html" %}'
            '{% block before_content %}<a href="/" class="fd-back-link">Back</a>{% endblock %}'
            '{% block head %}{{ super() }}<link rel="icon" href="/favicon.ico">{% endblock %}'
        }
    )
    html = env.get_template("back.html").render(page=Page(title="Hi"))
    assert '<link rel="icon" href="/favicon.ico">\n</head>' in html
    assert re.search(r'<main id="main-content"[^>]*>\s*<a href="/" class="fd-back-link">Back</a>', html)


def test_agency_template_in_arabic_is_right_to_left() -> None:
    env = _agency_environment(**{"ar.html": '{% extends "frontdoor/page/page.html" %}'})
    with use_locale("ar"):
        html = env.get_template("ar.html").render(page=Page(title="Hi"))
    assert '<html lang="ar" dir="rtl"' in html


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
