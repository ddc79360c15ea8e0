"""Our checker never finds less than the reference checker, ``@axe-core/cli``, on the same pages.

Both run axe-core 4.14.1 with the same tags in headless Chromium. On every page of the broken site and
on thirty demo pages across the twelve languages (``reference_checker.demo_sample``: every component
page with framed examples among them), each rule the reference reports as violated must be among the
rules ``frontdoor a11y check --checks axe`` reports on that page. Ours may find more (it also runs
axe's experimental ``css-orientation-lock``), never less. The reference checks each batch of pages in
one run of its own Chromium, then ours checks them in one browser: one browser at a time. A missing
or stale reference fails the tests, naming the command that installs it (``make setup-test`` does).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from a11y_tests.axe import axe_script_version
from a11y_tests.crawl import fetch
from a11y_tests.runner import AXE, PageResult, check_pages
from a11y_tests.tests import reference_checker
from a11y_tests.tests.broken_site import SITE_DIR, broken_site_app
from a11y_tests.tests.reference_checker import (
    ReferenceFailed,
    ReferencePage,
    ReferenceUnavailable,
    demo_sample,
    locked_integrity,
    run_reference,
)
from components.registry import registry
from i18n.locales import LOCALES
from scripts.fetch_vendor import PINNED
from tests.html import attr, parse, select
from tests.servers import serve


def broken_site_pages() -> list[str]:
    """Every page of the broken site: its HTML files and the pages its index links (some are made per
    request, such as the one whose frame comes from another origin)."""
    index = parse((SITE_DIR / "index.html").read_text(encoding="utf-8"))
    linked = {str(attr(link, "href")) for link in select(index, "a[href$='.html']")}
    files = {path.name for path in SITE_DIR.glob("*.html")}
    return sorted(files | {href for href in linked if "/" not in href})


BROKEN_PAGES = broken_site_pages()
DEMO_PAGES = demo_sample()


@dataclass(frozen=True)
class Comparison:
    """Both checkers' results on the same pages, by URL."""

    reference: dict[str, ReferencePage]
    ours: dict[str, PageResult]

    def assert_ours_finds_at_least_as_much(self, url: str) -> None:
        """Fail naming each rule the reference reports on ``url`` and ours does not."""
        ours, reference = self.ours[url], self.reference[url]
        assert not ours.errors, f"our checker could not check {url}: {ours.errors}"
        missed = sorted(reference.rules - set(ours.rules))
        width, height = reference.window
        assert not missed, (
            f"the reference checker finds {', '.join(missed)} on {url} (in a {width}x{height} window) "
            f"and ours does not; ours found: {', '.join(ours.rules) or 'nothing'}"
        )


def compare(urls: list[str]) -> Comparison:
    """Check ``urls`` with the reference checker, then with ours (axe only, one browser)."""
    try:
        reference = run_reference(urls)
    except (ReferenceUnavailable, ReferenceFailed) as error:
        pytest.fail(str(error), pytrace=False)
    run = check_pages(
        urls, checks=(AXE,), javascript_off_pass=False, validate=False, site_checks=False, browsers=1
    )
    return Comparison(reference, {page.url: page for page in run.pages})


def selected(request: pytest.FixtureRequest, param: str, every: list[str]) -> list[str]:
    """The values of ``param`` among the tests selected in this run (``-k``, a node id), in order."""
    chosen = {
        item.callspec.params[param]
        for item in request.session.items
        if hasattr(item, "callspec") and param in item.callspec.params
    }
    return [value for value in every if value in chosen]


@pytest.fixture(scope="module")
def broken_site() -> Iterator[str]:
    """The deliberately broken site on loopback."""
    with serve(broken_site_app()) as url:
        yield url


@pytest.fixture(scope="module")
def broken_site_compared(broken_site: str, request: pytest.FixtureRequest) -> Comparison:
    """Both checkers on each selected page of the broken site (always ``axe.html``, which the
    reference's own tests below need)."""
    pages = dict.fromkeys(["axe.html", *selected(request, "page", BROKEN_PAGES)])
    return compare([f"{broken_site}/{page}" for page in pages])


@pytest.fixture(scope="module")
def demo_compared(demo_url: str, request: pytest.FixtureRequest) -> Comparison:
    """Both checkers on each selected page of the demo sample."""
    return compare([demo_url + path for path in selected(request, "path", DEMO_PAGES)])


@pytest.mark.browser
@pytest.mark.slow  # the reference is a process of its own
@pytest.mark.parametrize("page", BROKEN_PAGES)
def test_ours_finds_what_the_reference_finds_on_the_broken_site(
    broken_site_compared: Comparison, broken_site: str, page: str
) -> None:
    broken_site_compared.assert_ours_finds_at_least_as_much(f"{broken_site}/{page}")


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("path", DEMO_PAGES)
def test_ours_finds_what_the_reference_finds_on_the_demo(
    demo_compared: Comparison, demo_url: str, path: str
) -> None:
    demo_compared.assert_ours_finds_at_least_as_much(demo_url + path)


@pytest.mark.browser
@pytest.mark.slow
def test_the_reference_catches_the_broken_axe_page(
    broken_site_compared: Comparison, broken_site: str
) -> None:
    # A reference that found nothing would let every comparison pass.
    assert {"image-alt", "label"} <= broken_site_compared.reference[f"{broken_site}/axe.html"].rules


@pytest.mark.browser
@pytest.mark.slow
def test_the_reference_runs_the_axe_core_we_inject(broken_site_compared: Comparison) -> None:
    [vendored] = [item for item in PINNED if item.package == "axe-core"]
    assert locked_integrity("axe-core") == vendored.integrity  # the very same npm tarball
    versions = {page.axe_version for page in broken_site_compared.reference.values()}
    assert versions == {vendored.version} == {axe_script_version()}


def test_the_demo_sample_spans_the_languages_and_answers_200(demo_url: str) -> None:
    assert len(DEMO_PAGES) == len(set(DEMO_PAGES)) >= 30
    assert [path for path in DEMO_PAGES if fetch(demo_url + path).status != 200] == []
    assert {path.split("/")[1] for path in DEMO_PAGES} == {info.url_prefix[1:] for info in LOCALES.values()}
    assert sum(path.startswith("/ar/") for path in DEMO_PAGES) >= 5


def test_the_demo_sample_has_every_component_page_with_framed_examples(demo_url: str) -> None:
    framed = {
        name
        for name in registry()
        if select(parse(fetch(f"{demo_url}/en/components/{name}").body.decode()), "main iframe")
    }
    sampled = {path.split("/")[3] for path in DEMO_PAGES if re.fullmatch(r"/[^/]+/components/[^/]+", path)}
    assert framed, "no component page shows its examples in frames: the sample needs no framed pages"
    assert framed <= sampled, f"add these component pages to demo_sample(): {sorted(framed - sampled)}"


def test_a_missing_or_stale_reference_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = {"packages": {"": {}, "node_modules/axe-core": {"version": "4.14.1", "integrity": "sha512-A"}}}
    folder = tmp_path / "node_modules"
    for name, path in (("LOCK", tmp_path / "package-lock.json"), ("INSTALLED_LOCK", folder / "lock.json")):
        monkeypatch.setattr(reference_checker, name, path)
    for name in ("CLI", "AXE_SOURCE"):
        monkeypatch.setattr(reference_checker, name, folder / f"{name}.js")
    reference_checker.LOCK.write_text(json.dumps(lock))
    with pytest.raises(ReferenceUnavailable, match=r"not installed.*npm ci --ignore-scripts"):
        reference_checker.ensure_installed()
    folder.mkdir()
    for name in ("CLI", "AXE_SOURCE"):
        (folder / f"{name}.js").touch()
    lock["packages"]["node_modules/axe-core"]["version"] = "4.13.0"
    reference_checker.INSTALLED_LOCK.write_text(json.dumps(lock))
    with pytest.raises(ReferenceUnavailable, match=r"are not the ones package-lock\.json pins"):
        reference_checker.ensure_installed()
    reference_checker.INSTALLED_LOCK.write_text(reference_checker.LOCK.read_text())
    reference_checker.ensure_installed()
