"""The embed script (`feedback_widget/static/embed.js`) on a plain static page under a strict CSP.

The page (`embed-demo.html`) holds the widget twice: inline, and as a Feedback button with a dialog. It
is served by a small Starlette app beside the feedback routes, with a temporary SQLite store, so the
page and the API share one origin (the touchpoints allow it).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from a11y_tests.axe import check_page
from components.assets import css_bundle
from feedback_widget.markup import CSS_PATH
from feedback_widget.service import FeedbackService
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store
from feedback_widget.store.settings import StoreSettings
from feedback_widget.touchpoints import Touchpoint, TouchpointRegistry
from feedback_widget.web import routes
from i18n.middleware import LocaleMiddleware
from tests.servers import free_port, serve

STATIC = Path(__file__).resolve().parents[2] / "feedback_widget" / "static"
QUEUE_KEY = "frontdoor-feedback-queue-v1"
LOUD_RED = "rgb(204, 0, 0)"

# Find the nth embed's shadow root on the page (0: inline, 1: button), then something inside it.
SHADOW = "var host = document.querySelectorAll('.fd-embed')[arguments[0]], root = host && host.shadowRoot;"


BIND_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Bind mode</title></head>
<body><main><h1>Bind mode</h1><button type="button" id="their-button">Opine</button></main>
<script src="/feedback/embed.js" data-touchpoint="demo-page" data-mode="bind" data-target="#their-button"
 defer></script></body></html>"""
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"


def bind_page(_request: Any) -> Response:
    """A host page whose own button opens the dialog, with its CSP as a header this time."""
    return Response(BIND_PAGE, media_type="text/html", headers={"Content-Security-Policy": CSP})


def embed_css(_request: Any) -> Response:
    """Our component CSS and the widget's, with the tokens on the shadow host too (``:root`` matches
    nothing inside a shadow root): what the lead serves at /feedback/embed.css."""
    css = css_bundle() + "\n" + CSS_PATH.read_text(encoding="utf-8")
    return Response(css.replace(":root", ":root,:host"), media_type="text/css")


FLAKY_CALLS: list[float] = []


async def flaky_api(_request: Any) -> Response:
    """Busy at first (503 with Retry-After: 1), then accepting: what a queued item meets on a bad day."""
    FLAKY_CALLS.append(time.monotonic())
    if len(FLAKY_CALLS) == 1:
        return Response(status_code=503, headers={"Retry-After": "1"})
    return Response('{"id": "x"}', status_code=201, media_type="application/json")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FeedbackService]:
    url = f"sqlite:///{tmp_path_factory.mktemp('embed') / 'feedback.db'}"
    settings = FeedbackSettings(
        secret_key="embed-test-secret",
        store=StoreSettings(database_url=url),
        min_fill_seconds=0,
        rate_limit_per_minute=1000,
    )
    store = Store(url)
    store.migrate()
    yield FeedbackService(settings=settings, store=store, touchpoints=TouchpointRegistry([]))
    store.close()


@pytest.fixture(scope="module")
def site(service: FeedbackService) -> Iterator[str]:
    """The static files at /feedback/ and the feedback routes, on one loopback origin."""
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    service.touchpoints = TouchpointRegistry(
        [
            Touchpoint(
                id="demo-benefits",
                service_name="Apply for a benefit (test)",
                question_set="post_transaction",
                allowed_origins=(origin,),
            ),
            Touchpoint(
                id="demo-page",
                service_name="Front Door test page",
                question_set="page_helpful",
                allowed_origins=(origin,),
            ),
        ]
    )
    app = Starlette(
        routes=[
            Route("/feedback/embed.css", embed_css),
            Route("/bind.html", bind_page),
            Route("/flaky", flaky_api, methods=["POST"]),
            Route("/favicon.ico", lambda _request: Response(status_code=204)),
            Mount("/feedback", StaticFiles(directory=STATIC)),
            *routes(service),
        ],
        middleware=[Middleware(LocaleMiddleware)],
    )
    with serve(app, port) as url:
        yield url


def wait_for(condition: Callable[[], Any], what: str, timeout: float = 10) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def in_shadow(browser: Any, index: int, expression: str) -> Any:
    return browser.execute_script(SHADOW + "if (!root) return null; return " + expression + ";", index)


def open_demo(browser: Any, site: str) -> None:
    browser.get(site + "/feedback/embed-demo.html")
    wait_for(lambda: in_shadow(browser, 0, "!!root.querySelector('form')"), "the inline widget")
    wait_for(lambda: in_shadow(browser, 1, "!!root.querySelector('.fd-embed-launch')"), "the Feedback button")


def severe_errors(browser: Any, expected: list[str]) -> list[str]:
    """Console errors, apart from the failed requests a test causes on purpose (``expected`` substrings)."""
    messages = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    return [message for message in messages if not any(part in message for part in expected)]


def submit_inline(browser: Any) -> None:
    """Answer the trust question and the comment in the inline widget, then send it."""
    label = in_shadow(
        browser, 0, "root.querySelector('label[for=\"' + root.querySelector('[name=trust]').id + '\"]')"
    )
    label.click()  # the styled radio is drawn by its label
    textarea = in_shadow(browser, 0, "root.querySelector('form textarea')")
    if textarea is not None:
        textarea.send_keys("Quick and clear.")
    in_shadow(browser, 0, "root.querySelector('form [type=submit]')").click()


def status_text(browser: Any) -> str | None:
    return in_shadow(browser, 0, "(root.querySelector('[role=status]') || {}).textContent")


@pytest.fixture
def clean(browser: Any, site: str) -> Iterator[list[str]]:
    """Online, an empty offline queue and an empty log before each test; no console errors after it
    (no CSP violation above all), except the failed requests a test lists as expected."""
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    browser.get(site + "/feedback/embed-demo.html")
    browser.execute_script("localStorage.clear()")
    browser.get_log("browser")
    expected: list[str] = []
    yield expected
    assert not severe_errors(browser, expected)


def test_inline_widget_is_isolated_from_the_host_page_css(browser: Any, site: str, clean: list[str]) -> None:
    open_demo(browser, site)
    # The host's loud rule does reach a label of its own...
    host_color = browser.execute_script(
        "var l = document.createElement('label'); document.querySelector('main').append(l);"
        "var c = getComputedStyle(l).color; l.remove(); return c;"
    )
    assert host_color == LOUD_RED
    # ...but not the labels inside the widget's shadow root, which our own stylesheet styles.
    style = in_shadow(
        browser,
        0,
        "(function () { var s = getComputedStyle(root.querySelector('label'));"
        " return [s.color, s.textTransform, s.display, s.fontSize]; })()",
    )
    assert style[0] != LOUD_RED
    assert style[1] != "uppercase"
    assert style[2] != "none"
    assert style[3] != "30px"
    # Our stylesheet arrived inside the shadow root (a <link>, allowed by style-src 'self').
    wait_for(
        lambda: in_shadow(browser, 0, "root.querySelector('link[rel=stylesheet]').sheet !== null"),
        "embed.css to load",
    )
    # The widget's submit button is shown (the host hides every .fd-button of its own).
    assert in_shadow(browser, 0, "getComputedStyle(root.querySelector('[type=submit]')).display") != "none"


def test_button_opens_an_accessible_dialog(browser: Any, site: str, clean: list[str]) -> None:
    open_demo(browser, site)
    launcher = in_shadow(browser, 1, "root.querySelector('.fd-embed-launch')")
    assert launcher.text
    assert (
        in_shadow(browser, 1, "getComputedStyle(root.querySelector('.fd-embed-launch')).position") == "fixed"
    )
    launcher.click()
    assert in_shadow(browser, 1, "root.querySelector('dialog').open")
    assert in_shadow(browser, 1, "root.querySelector('dialog').matches(':modal')")
    # Focus moved into the dialog, and there is a visible close button.
    assert in_shadow(browser, 1, "root.querySelector('dialog').contains(root.activeElement)")
    close = in_shadow(browser, 1, "root.querySelector('dialog .fd-embed-close')")
    assert close.is_displayed()
    assert in_shadow(browser, 1, "root.querySelector('dialog').getAttribute('aria-label')")
    # Escape closes it, and focus returns to the button.
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    wait_for(lambda: not in_shadow(browser, 1, "root.querySelector('dialog').open"), "the dialog to close")
    assert in_shadow(browser, 1, "root.activeElement === root.querySelector('.fd-embed-launch')")
    # The close button closes it too.
    launcher.click()
    in_shadow(browser, 1, "root.querySelector('dialog .fd-embed-close')").click()
    wait_for(lambda: not in_shadow(browser, 1, "root.querySelector('dialog').open"), "the dialog to close")
    assert in_shadow(browser, 1, "root.activeElement === root.querySelector('.fd-embed-launch')")


def test_missing_answer_shows_errors_with_a_summary(browser: Any, site: str, clean: list[str]) -> None:
    clean.append("status of 422")  # the answer that carries the errors
    open_demo(browser, site)
    in_shadow(browser, 0, "root.querySelector('form [type=submit]')").click()
    wait_for(lambda: in_shadow(browser, 0, "!!root.querySelector('.fd-error-summary')"), "the error summary")
    assert in_shadow(browser, 0, "root.activeElement === root.querySelector('.fd-error-summary')")
    link = in_shadow(browser, 0, "root.querySelector('.fd-error-summary a')")
    assert link is not None
    assert in_shadow(browser, 0, "root.querySelectorAll('.fd-error-message').length") >= 1
    link.click()
    assert in_shadow(browser, 0, "root.activeElement && root.activeElement.name") == "trust"


def test_submission_shows_thanks_and_is_stored_once(
    browser: Any, site: str, service: FeedbackService, clean: list[str]
) -> None:
    before = service.store.count("demo-benefits")
    open_demo(browser, site)
    submit_inline(browser)
    text = wait_for(lambda: status_text(browser), "the thank-you message")
    assert "Thank you" in text
    assert in_shadow(browser, 0, "root.activeElement === root.querySelector('[role=status]')")
    assert in_shadow(browser, 0, "root.querySelector('form')") is None
    assert service.store.count("demo-benefits") == before + 1
    stored = service.store.list_submissions("demo-benefits")[0]
    assert stored.locale == "en"
    assert stored.idempotency_key
    assert stored.answers_by_question()["trust"]


def test_offline_submission_is_queued_and_sent_once_when_back_online(
    browser: Any, site: str, service: FeedbackService, clean: list[str]
) -> None:
    before = service.store.count("demo-benefits")
    open_demo(browser, site)
    browser.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    wait_for(lambda: browser.execute_script("return navigator.onLine === false"), "the browser to be offline")
    clean.append("net::ERR_INTERNET_DISCONNECTED")
    submit_inline(browser)
    text = wait_for(lambda: status_text(browser), "the offline message")
    assert "offline" in text.lower()
    queue = browser.execute_script(f"return JSON.parse(localStorage.getItem('{QUEUE_KEY}'))")
    assert len(queue) == 1 and queue[0]["key"]
    assert service.store.count("demo-benefits") == before
    browser.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    wait_for(lambda: service.store.count("demo-benefits") == before + 1, "the queued submission to arrive")
    wait_for(
        lambda: browser.execute_script(f"return localStorage.getItem('{QUEUE_KEY}') === null"),
        "the queue to empty",
    )
    wait_for(lambda: "Thank you" in (status_text(browser) or ""), "the thank-you message")
    stored = service.store.list_submissions("demo-benefits")[0]
    assert stored.idempotency_key == queue[0]["key"]
    # A second send of the same queued submission (a retry) is stored once.
    browser.execute_script(f"localStorage.setItem('{QUEUE_KEY}', JSON.stringify(arguments[0]))", queue)
    open_demo(browser, site)
    wait_for(
        lambda: browser.execute_script(f"return localStorage.getItem('{QUEUE_KEY}') === null"),
        "the retried queue to empty",
    )
    assert service.store.count("demo-benefits") == before + 1


def test_a_queued_submission_the_server_refuses_for_now_is_retried_after_retry_after(
    browser: Any, site: str, clean: list[str]
) -> None:
    clean.append("status of 503")
    FLAKY_CALLS.clear()
    item = {"url": site + "/flaky", "key": "retry-test-key", "body": '{"answers": {}}'}
    browser.execute_script(f"localStorage.setItem('{QUEUE_KEY}', JSON.stringify([arguments[0]]))", item)
    browser.get(site + "/feedback/embed-demo.html")  # the script sends the queue when it starts
    wait_for(lambda: len(FLAKY_CALLS) >= 2, "the retry", timeout=5)
    assert FLAKY_CALLS[1] - FLAKY_CALLS[0] >= 0.9  # it waited as Retry-After asked
    wait_for(
        lambda: browser.execute_script(f"return localStorage.getItem('{QUEUE_KEY}') === null"),
        "the queue to empty",
    )


def test_page_with_both_widgets_passes_axe(browser: Any, site: str, clean: list[str]) -> None:
    open_demo(browser, site)
    in_shadow(browser, 1, "root.querySelector('.fd-embed-launch')").click()
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not severe_errors(browser, [])  # our part is clean before axe runs...
    violations = check_page(browser)
    assert not violations, "\n".join(str(violation) for violation in violations)
    in_shadow(browser, 1, "root.querySelector('.fd-embed-launch')").click()
    assert in_shadow(browser, 1, "root.querySelector('dialog').open")
    violations = check_page(browser)
    assert not violations, "\n".join(str(violation) for violation in violations)
    browser.get_log("browser")  # ...axe itself applies inline styles, which this page's CSP refuses


def test_bind_mode_opens_the_dialog_from_the_site_button(browser: Any, site: str, clean: list[str]) -> None:
    browser.get(site + "/bind.html")
    wait_for(lambda: in_shadow(browser, 0, "!!root.querySelector('dialog form')"), "the bound widget")
    # The fragment came in the page's language, and says so.
    assert browser.execute_script("return document.querySelector('.fd-embed').lang") == "es"
    their_button = browser.find_element("id", "their-button")
    assert their_button.get_attribute("aria-haspopup") == "dialog"
    their_button.click()
    assert in_shadow(browser, 0, "root.querySelector('dialog').open")
    assert in_shadow(browser, 0, "root.querySelector('dialog').contains(root.activeElement)")
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    wait_for(lambda: not in_shadow(browser, 0, "root.querySelector('dialog').open"), "the dialog to close")
    assert browser.execute_script("return document.activeElement.id") == "their-button"
