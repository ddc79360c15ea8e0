"""In a real browser, an admin reads comments holding script payloads: nothing runs, the text shows,
and the signed-in admin pages pass the accessibility check."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.axe import check_page
from demo_site import create_app
from feedback_widget.admin import hash_password
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings, Submission
from feedback_widget.touchpoints import demo_registry
from tests.servers import serve

PASSWORD = "a long admin password for tests"
PAYLOADS = [
    "<script>window.fdPwned = 1</script>",
    '<img src=x onerror="window.fdPwned = 2">',
    '"><svg onload="window.fdPwned = 3">',
]


@pytest.fixture(scope="module")
def admin_site() -> Iterator[str]:
    url = f"sqlite:///{tempfile.mkdtemp(prefix='frontdoor-admin-')}/admin.db"
    settings = FeedbackSettings(
        secret_key="browser-test-secret",
        admin_username="admin",
        admin_password_hash=hash_password(PASSWORD),
        store=StoreSettings(database_url=url),
    )
    store = Store(url)
    store.migrate()
    for payload in PAYLOADS:
        store.add_submission(
            Submission(
                touchpoint="demo-benefits",
                question_set="post_transaction",
                locale="en",
                page_url="/apply",
                answers={"trust": "down", "negative_drivers": ["ease"], "comment": payload},
            )
        )
    service = FeedbackService(settings=settings, store=store, touchpoints=demo_registry())
    with serve(create_app(feedback=service)) as base:
        yield base
    store.close()


def test_comment_payloads_never_run(browser: Any, admin_site: str) -> None:
    browser.get(admin_site + "/en/admin/sign-in")
    browser.find_element(By.NAME, "username").send_keys("admin")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "main form [type=submit]").click()
    # Let the sign-in post and its redirect finish before opening another page.
    WebDriverWait(browser, 10).until(lambda driver: "sign-in" not in driver.current_url)
    browser.get(admin_site + "/en/admin/comments")
    WebDriverWait(browser, 10).until(lambda driver: "/admin/comments" in driver.current_url)
    page_text = browser.find_element(By.TAG_NAME, "main").text
    for payload in PAYLOADS:
        assert payload in page_text
    assert browser.execute_script("return window.fdPwned === undefined")
    assert not check_page(browser), "the comments page has accessibility violations"
    browser.get(admin_site + "/en/admin/")
    violations = check_page(browser)
    assert not violations, "\n".join(str(v) for v in violations)
