"""The worked service, "Get help after a disaster", in headless Chromium, as a person uses it.

- With JavaScript off, from the demo's home page to the confirmation and its reference, in English,
  Spanish and Arabic (right to left): every question answered through its fields, one question sent
  empty to see its error summary.
- With JavaScript on, the same journey in the same three languages: htmx swaps each next page in (no
  full reload), the address, title and focus follow (the new page's heading, or the error summary),
  and the browser's Back button returns to the previous question with its answer.
- Keyboard only, with JavaScript on and off, in the same three languages: the whole journey, from the
  flow's first page to the confirmation, answered with Tab, Shift+Tab, Space, arrows, typing and
  Enter; on every page, Tab reaches its own links, fields and buttons in order, each with a visible
  focus indicator, and passes over the closed timeout warning (``disaster_help_keyboard.py``).
- axe-core on every page type of the journey, in all twelve languages (JavaScript off, as each page is
  reached, without reloading the pages that answer a post).
- Back links: each goes to the page before it on the way, in the list of people too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.axe import check_page
from a11y_tests.browser import start_browser
from a11y_tests.tests.disaster_help_keyboard import Keyboard
from a11y_tests.tests.disaster_help_walk import (
    FLOW_COOKIE,
    JOURNEY,
    POLL_SECONDS,
    SERVICE,
    WAIT_SECONDS,
    Walk,
    translated,
)
from demo_site.disaster_help import FLOW
from i18n.locales import LOCALES
from tests.demo_site.test_disaster_help import GOOD

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser_without_js() -> Iterator[Any]:
    """One headless Chromium with JavaScript off for this module. A missing browser is an error."""
    driver = start_browser(javascript=False)
    try:
        yield driver
    finally:
        driver.quit()


# --- 1. JavaScript off: the whole journey from the home page ------------------------------------------

EMPTY_FIRST = {"/disaster-type": "disaster-type", "/check-answers": "declaration"}
"""Pages first sent empty, and the field their error summary links to."""


def check_error_summary(walk: Walk, field_id: str) -> None:
    """The error summary (shown after an empty post) links to the field by its id, and the link takes
    focus to it."""
    links = walk.driver.find_elements(By.CSS_SELECTOR, "[data-fd-error-summary] a")
    assert [link.get_attribute("href").split("#", 1)[1] for link in links] == [field_id]
    target = walk.find(f"#{field_id}")
    assert target.tag_name == "input" and target.get_attribute("name") == field_id
    links[0].click()
    assert walk.script("return document.activeElement.id") == field_id, walk.state()


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_the_journey_from_the_home_page_without_javascript(
    browser_without_js: Any, demo_url: str, lang: str
) -> None:
    """Home page, its link to the service, the start page's button, then every page of ``JOURNEY``
    answered through its fields, the first question and the declaration first sent empty; each page in
    the language (and its direction) and titled by its heading."""
    walk = Walk(browser_without_js, demo_url, lang, javascript=False)
    driver = walk.driver
    driver.get(demo_url + walk.prefix + "/")
    driver.delete_cookie(FLOW_COOKIE)
    html = walk.find("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == (
        LOCALES[lang].code,
        "rtl" if lang == "ar" else "ltr",
    )
    start = walk.prefix + "/disaster-help"
    walk.find(f'main a[href="{start}"]').click()
    assert walk.pathname() == start and walk.find("main h1").text == translated(SERVICE, lang)
    button = walk.find("main a.fd-button--start")
    assert button.get_attribute("href") == demo_url + walk.path("/")
    button.click()
    walk.begin()

    def send_empty_first(walk: Walk, page: str) -> None:
        if page in EMPTY_FIRST:
            walk.send_empty(page)
            check_error_summary(walk, EMPTY_FIRST[page])

    walk.arrive = send_empty_first
    walk.run()
    walk.reference()


# --- 2. JavaScript on: htmx swaps each page in ----------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_the_journey_with_javascript_swaps_each_page_in(browser: Any, demo_url: str, lang: str) -> None:
    """From the home page: the flow's first page is loaded in full and marked; from there, every page
    (a question, its errors, the task list, the list of people, "Save and come back later", check
    answers and its error, the confirmation) is swapped in by htmx: the marker stays, the address and
    title change, and focus goes to the new heading (or the error summary). The browser's Back button
    returns to the previous question with its answer."""
    walk = Walk(browser, demo_url, lang, javascript=True)
    browser.get(demo_url + walk.prefix + "/")
    browser.delete_cookie(FLOW_COOKIE)
    browser.get_log("browser")  # only what happens from here on is reported
    browser.find_element(By.CSS_SELECTOR, f'main a[href="{walk.prefix}/disaster-help"]').click()
    browser.find_element(By.CSS_SELECTOR, "main a.fd-button--start").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: walk.pathname() == walk.path("/"))
    walk.begin()
    assert walk.find("main a[href]").get_attribute("data-hx-boost") == "true"

    def detours(walk: Walk, page: str) -> None:
        if page in EMPTY_FIRST:
            walk.send_empty(page)
            check_error_summary(walk, EMPTY_FIRST[page])
        if page == "/disaster-date" and walk.seen.count(walk.path(page)) == 1:
            browser.back()
            try:
                WebDriverWait(browser, WAIT_SECONDS, poll_frequency=POLL_SECONDS).until(
                    lambda driver: walk.pathname() == walk.path("/disaster-type")
                )
            except TimeoutException:
                raise AssertionError(f"Back did not return to the question {walk.state()}") from None
            walk.check_page(errors=False)  # the question as it was, with its title, not loaded in full
            chosen = walk.find('main input[name="disaster-type"][value="flood"]')
            assert chosen.is_selected(), f"the answer was not kept {walk.state()}"
            walk.go(walk.continue_button().click, "/disaster-date")
        if page == "/your-name":  # the button's own name and value are sent with the form
            walk.go(walk.find("main form button[name=action][value=save]").click, "/saved")
            walk.go(walk.find(f'main a[href="{walk.path(page)}"]').click, page)

    walk.arrive = detours
    walk.run()
    walk.reference()
    assert walk.script("return window.__fdMarker") == 1


# --- 3. Keyboard only ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_the_whole_journey_by_keyboard_alone(
    request: pytest.FixtureRequest, demo_url: str, javascript: bool, lang: str
) -> None:
    """From the flow's first page to the confirmation and its reference with keys alone (see
    :mod:`disaster_help_keyboard`): on every page, Tab reaches its links, fields and buttons in order,
    each with a visible focus indicator, and not the closed timeout warning's; each field answered by
    typing, Space and arrows; "Continue" and links pressed with Enter or Space."""
    driver = request.getfixturevalue("browser" if javascript else "browser_without_js")
    walk = Walk(driver, demo_url, lang, javascript=javascript)
    walk.start()
    Keyboard(walk).run()
    walk.reference()
    assert walk.seen == [walk.path(page) for page in JOURNEY]


# --- 4. axe-core on every page type, in every language --------------------------------------------------

PAGE_TYPES = (
    "task list",
    "question",
    "question with errors",
    "exit",
    "saved",
    "page not found",
    "link expired",
    "add another",
    "remove a person",
    "check answers",
    "check answers with errors",
    "confirmation",
)


EVERY_QUESTION_LANGUAGES = ("en", "ar")
"""Languages (left to right, right to left) in which every question is checked (each kind of answer
has fields of its own), besides the page types; in the first, each is also sent empty."""
OPTIONAL = {step.id for step in FLOW.steps() if step.question.optional}
"""Questions that may be left empty: sent empty, they go on."""


def _page_scripts(driver: Any, *, enabled: bool) -> None:
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})


@pytest.fixture
def scripts_off(browser: Any) -> Iterator[Any]:
    """The shared browser with the pages' own scripts off (through DevTools, so that axe-core can still
    be let in for a moment on a page as it was loaded); on again afterwards."""
    _page_scripts(browser, enabled=False)
    try:
        yield browser
    finally:
        _page_scripts(browser, enabled=True)


@pytest.mark.parametrize("lang", list(LOCALES))
def test_every_page_type_passes_axe(scripts_off: Any, demo_url: str, lang: str) -> None:
    """The journey with JavaScript off, axe-core run on each type of page as it is reached (the pages
    that answer a post as they are, not loaded again); every violation listed with its page type,
    language and element."""
    walk = Walk(scripts_off, demo_url, lang, javascript=False, quick=True)
    driver = walk.driver
    checked: list[str] = []
    questions: set[str] = set()
    found: list[str] = []

    def check(page_type: str) -> None:
        checked.append(page_type)
        assert driver.execute_script("return typeof window.htmx") == "undefined"  # no page script ran
        _page_scripts(driver, enabled=True)  # for axe-core alone: the page's scripts have had their turn
        try:
            violations = check_page(driver)
        finally:
            _page_scripts(driver, enabled=False)
        for violation in violations:
            for node in violation.nodes:
                found.append(
                    f"{page_type} [{lang}] {violation.rule} ({violation.impact}) {node.location}: {node.html}"
                )

    def sweep(walk: Walk, page: str) -> None:
        step = page.rsplit("/", 1)[-1]
        first_visit = walk.seen.count(walk.path(page)) == 1
        every_question = lang in EVERY_QUESTION_LANGUAGES
        if page == "/":
            check("task list")
        if step in GOOD and (page == "/disaster-type" or every_question):
            name = "question" if page == "/disaster-type" else f"question {step}"
            check(name)
            questions.add(step)
            if step not in OPTIONAL and (page == "/disaster-type" or lang == EVERY_QUESTION_LANGUAGES[0]):
                walk.send_empty(page)
                check(f"{name} with errors")
        if page == "/declared-area":
            walk.fill({"declared-area": "no"})
            walk.go(walk.continue_button().click, "/exit/not-declared")
            check("exit")
            walk.go(walk.find("main .fd-back-link").click, page)
        if page == "/tasks" and first_visit:
            walk.go(lambda: driver.get(walk.base + walk.path("/no-such-page")), "/no-such-page")
            check("page not found")
            walk.go(lambda: driver.get(walk.base + walk.path("/resume/not-a-link")), "/resume/not-a-link")
            check("link expired")
            walk.go(lambda: driver.get(walk.base + walk.path(page)), page)
        if page == "/your-name":
            walk.go(walk.find("main form button[name=action][value=save]").click, "/saved")
            check("saved")
            walk.go(walk.find(f'main a[href="{walk.path(page)}"]').click, page)
        if step == "add-another" and first_visit and every_question:
            check("add another, no one yet")
            walk.send_empty(page)
            check("add another with errors")
        if step == "add-another" and not first_visit:
            check("add another")
            remove = walk.path("/household/0/remove")
            walk.go(walk.find(f'main a[href="{remove}"]').click, "/household/0/remove")
            check("remove a person")
            walk.go(walk.find("main .fd-back-link").click, page)
        if page == "/check-answers":
            check("check answers")
            walk.send_empty(page)
            check("check answers with errors")
        if page == "/confirmation":
            check("confirmation")

    walk.arrive = sweep
    walk.start()
    walk.run()
    walk.reference()
    assert set(PAGE_TYPES) <= set(checked), set(PAGE_TYPES) - set(checked)
    assert questions == (set(GOOD) if lang in EVERY_QUESTION_LANGUAGES else {"disaster-type"})
    assert not found, f"{len(found)} elements break axe rules:\n" + "\n".join(found)


# --- 5. Back links ------------------------------------------------------------------------------------


def test_each_back_link_goes_to_the_page_before(browser_without_js: Any, demo_url: str) -> None:
    """On every page of the journey but the task lists and the confirmation, the back link goes to the
    page before it on the way: the last page of ``JOURNEY`` before it that is not a task list (the
    first question has none). Inside the list of people too: from a person's date of birth back to
    their name, from their name back to the question that added them."""
    walk = Walk(browser_without_js, demo_url, "en", javascript=False, quick=True)
    found: list[str | None] = []

    def read_back_link(walk: Walk, page: str) -> None:
        links = walk.driver.find_elements(By.CSS_SELECTOR, "main .fd-back-link")
        found.append(links[0].get_dom_attribute("href") if links else None)

    walk.arrive = read_back_link
    walk.start()
    walk.run()
    wrong = []
    for index, page in enumerate(JOURNEY):
        if page in ("/", "/tasks", "/confirmation"):
            continue
        before = [earlier for earlier in JOURNEY[:index] if earlier not in ("/", "/tasks")]
        expected = walk.path(before[-1]) if before else None
        if found[index] != expected:
            wrong.append(f"{page}: back to {found[index]}, not {expected}")
    assert not wrong, "\n".join(wrong)
