"""End to end in a real browser, on SQLite and on PostgreSQL: feedback sent from the demo site
reaches the admin dashboard, the comments list and the CSV export, sent three ways: the inline
widget with JavaScript on (swapped in place by htmx), the hosted page with JavaScript off (in
Spanish, a plain form post and a thank-you page), and the embed script's button and dialog on the
plain static page (JSON API).

The demo app runs over real HTTP with a configured admin, and the minimum fill time is real (half a
second), so each form waits before it is sent, as a person would. The embed script's other modes
and its offline queue are covered by test_embed_script.py.
"""

from __future__ import annotations

import csv
import io
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx2
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.browser import start_browser
from demo_site import create_app
from feedback_widget.admin import hash_password
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store, StoreSettings
from feedback_widget.touchpoints import demo_registry
from tests.servers import serve

PASSWORD = "a long admin password for the end-to-end test"
MIN_FILL_SECONDS = 0.5
WRAPPER = "#fd-feedback-demo-benefits"


@dataclass
class Site:
    url: str
    store: Store


def marker(label: str) -> str:
    """A unique word no redaction rule touches (letters only: a run of digits could look like a number)."""
    return f"fdmarker{label}" + uuid.uuid4().hex.translate(str.maketrans("0123456789", "ghijklmnop"))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    if request.param == "sqlite":
        url = f"sqlite:///{tempfile.mkdtemp(prefix='frontdoor-e2e-')}/feedback.db"
    else:
        url = request.getfixturevalue("postgres_server").create_database()
    store = Store(url)
    store.migrate()
    settings = FeedbackSettings(
        secret_key="end-to-end-test-secret",
        admin_username="admin",
        admin_password_hash=hash_password(PASSWORD),
        min_fill_seconds=MIN_FILL_SECONDS,
        store=StoreSettings(database_url=url),
    )
    service = FeedbackService(settings=settings, store=store, touchpoints=demo_registry())
    with serve(create_app(feedback=service)) as base:
        yield Site(base, store)
    store.close()


def click_label(driver: Any, scope: str, input_name: str, value: str) -> None:
    """Choose an answer the way a person does: by its label (the input itself may be styled away)."""
    found = driver.find_element(By.CSS_SELECTOR, f'{scope} input[name="{input_name}"][value="{value}"]')
    driver.find_element(By.CSS_SELECTOR, f'{scope} label[for="{found.get_attribute("id")}"]').click()
    assert found.is_selected(), f"{input_name}={value} was not chosen"


def wait_for_fill_time(shown_at: float) -> None:
    """Let at least the minimum fill time pass since the form was shown (plus a margin)."""
    remaining = shown_at + MIN_FILL_SECONDS + 0.2 - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)


def send_inline_with_javascript(driver: Any, base: str, comment: str) -> None:
    """(a) JavaScript on: the inline widget on /en/patterns/feedback, swapped in place by htmx."""
    driver.get(base + "/en/patterns/feedback")
    shown_at = time.monotonic()
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return !!window.htmx"))
    path_before = urlsplit(driver.current_url).path
    driver.execute_script("window.fdNoReload = true")  # gone if the page were loaded again

    click_label(driver, WRAPPER, "trust", "down")
    click_label(driver, WRAPPER, "negative_drivers", "efficiency")
    driver.find_element(By.CSS_SELECTOR, f'{WRAPPER} textarea[name="comment"]').send_keys(comment)
    wait_for_fill_time(shown_at)
    driver.find_element(By.CSS_SELECTOR, f"{WRAPPER} form [type=submit]").click()

    WebDriverWait(driver, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"{WRAPPER} .fd-feedback__thanks"),
        "the thank-you message did not replace the form",
    )
    assert driver.execute_script("return window.fdNoReload === true"), "the page was reloaded, not swapped"
    assert urlsplit(driver.current_url).path == path_before
    assert not driver.find_elements(By.CSS_SELECTOR, f"{WRAPPER} form")
    thanks = driver.find_element(By.CSS_SELECTOR, f"{WRAPPER} .fd-feedback__thanks")
    assert thanks.get_attribute("role") == "status"
    assert "Thank you for your feedback" in thanks.text
    WebDriverWait(driver, 5).until(
        lambda d: d.execute_script(
            "var a = document.activeElement; return !!(a && a.closest('.fd-feedback__thanks'));"
        ),
        "focus did not move to the thank-you message",
    )


def send_hosted_without_javascript(base: str, comment: str) -> None:
    """(b) JavaScript off: the hosted page in Spanish, a plain post, the thank-you page, a link back."""
    driver = start_browser(javascript=False)
    try:
        driver.get(base + "/es/feedback/demo-benefits?return_to=/es/patterns/feedback")
        shown_at = time.monotonic()
        # Scripts on the page never ran: htmx (loaded with defer on every page) is not there.
        assert driver.execute_script("return typeof window.htmx") == "undefined"
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
        scope = "main"
        click_label(driver, scope, "trust", "down")
        click_label(driver, scope, "negative_drivers", "transparency")
        driver.find_element(By.CSS_SELECTOR, f'{scope} textarea[name="comment"]').send_keys(comment)
        wait_for_fill_time(shown_at)
        driver.find_element(By.CSS_SELECTOR, f"{scope} form [type=submit]").click()

        WebDriverWait(driver, 10).until(
            lambda d: urlsplit(d.current_url).path == "/es/feedback/demo-benefits/thanks",
            "the form post did not land on the thank-you page",
        )
        main = driver.find_element(By.TAG_NAME, "main")
        assert "Gracias" in main.text, main.text
        links = [link.get_attribute("href") for link in main.find_elements(By.TAG_NAME, "a")]
        assert base + "/es/patterns/feedback" in links, links
    finally:
        driver.quit()


SHADOW = "var host = document.querySelectorAll('.fd-embed')[arguments[0]], root = host && host.shadowRoot;"
DIALOG_WIDGET = 1  # on embed-demo.html: the first script tag is inline, the second the button


def in_shadow(driver: Any, expression: str) -> Any:
    return driver.execute_script(SHADOW + "if (!root) return null; return " + expression + ";", DIALOG_WIDGET)


def send_through_embed_dialog(driver: Any, base: str, comment: str) -> None:
    """(c) The embed script on a plain static page: the Feedback button opens a dialog; JSON API."""
    driver.get(base + "/feedback/embed-demo.html")
    WebDriverWait(driver, 10).until(
        lambda d: in_shadow(d, "!!root.querySelector('.fd-embed-launch')"), "the Feedback button"
    )
    in_shadow(driver, "root.querySelector('.fd-embed-launch')").click()
    assert in_shadow(driver, "root.querySelector('dialog').open")
    WebDriverWait(driver, 10).until(lambda d: in_shadow(d, "!!root.querySelector('dialog form')"), "the form")
    in_shadow(
        driver,
        "root.querySelector('label[for=\"' + root.querySelector('[name=helpful][value=no]').id + '\"]')",
    ).click()
    in_shadow(driver, "root.querySelector('dialog form [name=looking_for]')").send_keys(comment)
    in_shadow(driver, "root.querySelector('dialog form [type=submit]')").click()
    WebDriverWait(driver, 10).until(
        lambda d: in_shadow(d, "(root.querySelector('[role=status]') || {}).textContent"),
        "the thank-you message in the dialog",
    )


def sign_in(driver: Any, base: str) -> None:
    driver.delete_all_cookies()
    driver.get(base + "/en/admin/sign-in")
    driver.find_element(By.NAME, "username").send_keys("admin")
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "main form [type=submit]").click()
    WebDriverWait(driver, 10).until(
        lambda d: urlsplit(d.current_url).path != "/en/admin/sign-in", "signing in failed"
    )


def export_rows(driver: Any, base: str) -> list[dict[str, str]]:
    """The raw-responses CSV, fetched with the browser's admin session (the browser would download it)."""
    cookies = {cookie["name"]: cookie["value"] for cookie in driver.get_cookies()}
    response = httpx2.get(base + "/en/admin/export/responses.csv", cookies=cookies, timeout=10)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))


def test_feedback_sent_every_way_reaches_the_admin(browser: Any, site: Site) -> None:
    english, spanish, embedded = marker("en"), marker("es"), marker("embed")

    send_inline_with_javascript(browser, site.url, f"The inline form with JavaScript {english}")
    send_hosted_without_javascript(site.url, f"El formulario sin JavaScript {spanish}")
    send_through_embed_dialog(browser, site.url, f"The dialog on a static page {embedded}")

    # All three are committed, each with its language.
    stored = site.store.list_submissions()
    assert len(stored) == 3
    assert sorted(s.touchpoint for s in stored) == ["demo-benefits", "demo-benefits", "demo-page"]

    # (d) The admin sees them: comments, dashboard, raw export.
    sign_in(browser, site.url)
    browser.get(site.url + "/en/admin/comments")
    comments = browser.find_element(By.TAG_NAME, "main").text
    assert english in comments and spanish in comments and embedded in comments, comments

    browser.get(site.url + "/en/admin/?touchpoint=demo-benefits")
    assert browser.find_element(By.ID, "total-responses").text.strip() == "2"
    browser.get(site.url + "/en/admin/?touchpoint=demo-page")
    assert browser.find_element(By.ID, "total-responses").text.strip() == "1"

    rows = export_rows(browser, site.url)
    assert len(rows) == 3, rows
    by_marker = {
        label: [row for row in rows if word in row.get("comment", "") + row.get("looking_for", "")]
        for label, word in (("en", english), ("es", spanish), ("embed", embedded))
    }
    for label, found in by_marker.items():
        assert len(found) == 1, (label, rows)
    for locale in ("en", "es"):
        [row] = by_marker[locale]
        assert row["locale"] == locale
        assert row["touchpoint"] == "demo-benefits"
        assert row["trust"] == "down"
    assert by_marker["en"][0]["negative_drivers"] == "efficiency"
    assert by_marker["es"][0]["negative_drivers"] == "transparency"
    assert by_marker["en"][0]["page_url"].endswith("/en/patterns/feedback")
    assert by_marker["es"][0]["page_url"].endswith("/es/patterns/feedback")
    [embed_row] = by_marker["embed"]
    assert embed_row["touchpoint"] == "demo-page"
    assert embed_row["helpful"] == "no"
    assert embed_row["locale"] == "en"
