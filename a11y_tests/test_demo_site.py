"""Every page of the demo site in every language, opened in headless Chromium and checked with
axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, plus best practice)."""

from __future__ import annotations

from typing import Any

import pytest

from a11y_tests.axe import check_page
from components.registry import registry
from i18n.locales import LOCALES


def demo_paths() -> list[str]:
    """Every page of the demo site: home, gallery, each component page and each example preview."""
    paths = ["/", "/components", "/no-such-page", "/patterns/feedback", "/accessibility", "/admin/"]
    paths += [
        f"/feedback/{touchpoint}" for touchpoint in ("demo-benefits", "demo-service-center", "demo-page")
    ]
    paths.append("/feedback/demo-benefits/thanks")
    for name, info in registry().items():
        paths.append(f"/components/{name}")
        paths += [f"/components/{name}/{example.slug}/preview" for example in info.examples]
    return paths


PAGES = [
    pytest.param(info.url_prefix + path, id=f"{code}:{path}")
    for code, info in LOCALES.items()
    for path in demo_paths()
]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_axe_violations(browser: Any, demo_url: str, path: str) -> None:
    violations = check_page(browser, demo_url + path)
    assert not violations, "\n".join(str(violation) for violation in violations)


def test_axe_catches_a_broken_page(browser: Any, demo_url: str) -> None:
    """The check can fail: an image without alt text and an unlabelled field are reported."""
    browser.get(demo_url + "/en/")
    browser.execute_script(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
        ' \'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">\')'
    )
    rules = {violation.rule for violation in check_page(browser)}
    assert {"image-alt", "label"} <= rules
