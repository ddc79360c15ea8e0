"""Finding a page's links: which links the crawler follows and how it resolves them (no server)."""

from __future__ import annotations

from a11y_tests.crawl import Fetched, links_in, normalize, origin

PAGE = "http://site.test/guide/start"


def test_links_are_resolved_in_document_order_without_fragments() -> None:
    html = (
        '<p><a href="apply?x=1&amp;y=2#form">Apply</a> <a href="/help">Help</a></p>'
        '<map><area href="../map" alt="Map"></map>'
        '<a href="HTTP://Site.Test:80/Upper">Upper</a>'
        '<a href=" https://elsewhere.example/ ">Away</a>'
    )
    assert links_in(html, PAGE) == [
        "http://site.test/guide/apply?x=1&y=2",
        "http://site.test/help",
        "http://site.test/map",
        "http://site.test/Upper",
        "https://elsewhere.example/",
    ]


def test_links_that_are_not_pages_are_left_out() -> None:
    html = (
        '<a href="#top">Top</a><a href="">Here</a><a>No address</a>'
        '<a href="mailto:help@site.test">Mail</a><a href="tel:+15550100">Call</a>'
        '<a href="javascript:void(0)">Script</a><a href="data:text/html,x">Data</a>'
        '<a href="/report.pdf" download>Report</a><area href="/big.zip" download alt="Zip">'
        '<a href="ftp://site.test/file">FTP</a>'
        "<script>document.write('<a href=\"/written\">x</a>')</script>"
        '<a href="/kept">Kept</a>'
    )
    assert links_in(html, PAGE) == ["http://site.test/kept"]


def test_the_first_base_href_sets_where_links_resolve() -> None:
    html = '<base href="/docs/"><base href="/ignored/"><a href="intro">Intro</a><a href="/root">Root</a>'
    assert links_in(html, PAGE) == ["http://site.test/docs/intro", "http://site.test/root"]


def test_addresses_and_origins() -> None:
    assert normalize("HTTPS://Example.GOV:443/a?b=1#c") == "https://example.gov/a?b=1"
    assert normalize("http://example.gov") == "http://example.gov/"
    assert origin("http://example.gov:8080/x") == ("http", "example.gov:8080")
    assert origin("http://example.gov/x") != origin("https://example.gov/x")


def test_text_is_decoded_by_the_header_then_the_meta_charset() -> None:
    latin = "<meta charset=iso-8859-1><p>Caf\u00e9</p>".encode("latin-1")
    assert "Caf\u00e9" in Fetched("u", "u", 200, "text/html", latin).text
    assert "Caf\u00e9" in Fetched("u", "u", 200, "text/html", latin, "latin-1").text
    assert Fetched("u", "u", 200, "text/html", "\u00e9".encode()).text == "\u00e9"
    assert Fetched("u", "u", 404, "text/html", b"").is_html is False
