"""The worked service, "Get help after a disaster", in headless Chromium, as a person uses it.

- With JavaScript off, from the demo's home page to the confirmation and its reference, in English,
  Spanish and Arabic (right to left): every question answered through its fields, one question sent
  empty to see its error summary.
- With JavaScript on, the same journey in English: htmx swaps each next page in (no full reload), the
  address, title and focus follow (the new page's heading, or the error summary), and the browser's
  Back button returns to the previous question with its answer.
- Keyboard only, with JavaScript on and off: the first section answered with Tab, Space, arrows,
  digits and Enter, focus reaching each field and then "Continue".
- axe-core on every page type of the journey, in all twelve languages (JavaScript off, as each page is
  reached, without reloading the pages that answer a post).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from a11y_tests.axe import check_page
from a11y_tests.browser import start_browser
from i18n import gettext, use_locale
from i18n.locales import LOCALES
from tests.demo_site.test_disaster_help import GOOD

pytestmark = pytest.mark.browser

APPLY = "/disaster-help/apply"
FLOW_COOKIE = "fd-flow-disaster-help"
SERVICE = "Get help after a disaster"
REFERENCE = re.compile(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")
WAIT_SECONDS = 10
MAX_TABS = 40
POLL_SECONDS = 0.05
JOURNEY = (
    "/",
    "/disaster-type",
    "/disaster-date",
    "/declared-area",
    "/tasks",
    "/your-name",
    "/your-birth-date",
    "/your-ssn",
    "/tasks",
    "/home-address",
    "/own-or-rent",
    "/damage",
    "/has-insurance",
    "/tasks",
    "/household/add-another",
    "/household/0/member-name",
    "/household/0/member-birth-date",
    "/household/add-another",
    "/needs",  # not the task list: see test_finishing_the_list_of_people_returns_to_the_task_list
    "/needs-more",
    "/tasks",
    "/payment",
    "/bank",
    "/tasks",
    "/phone",
    "/email",
    "/tasks",
    "/check-answers",
    "/confirmation",
)
"""The pages of the journey with ``GOOD``'s answers and one person added, in order, under the flow's
mount: the task list between sections, the list of people before and after its one person."""


QUICK_FILL = """
const form = document.querySelector("main form[method=post]");
for (const [name, value] of Object.entries(arguments[0])) {
  const fields = form.querySelectorAll(`[name="${name}"]`);
  if (!fields.length) return name;
  for (const field of fields) {
    if (field.type === "radio" || field.type === "checkbox") field.checked = field.value === value;
    else field.value = value;
  }
}
return null;
"""
"""Sets the fields of the page's form by name (a radio or checkbox: the one of that value)."""


def translated(message: str, code: str, **variables: str) -> str:
    """``message`` in the language ``code``, as the pages show it."""
    with use_locale(code):
        return gettext(message, **variables)


@dataclass
class Walk:
    """One person's way through the flow in one browser and one language.

    ``arrive`` is called on each page of ``JOURNEY`` as it is reached, before it is answered; it may
    leave and come back (a detour), as long as it ends on the same page.
    """

    driver: Any
    base: str
    lang: str
    javascript: bool
    arrive: Callable[[Walk, str], None] | None = None
    quick: bool = False
    seen: list[str] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        """The URL prefix of the language, such as ``/zh-hans``."""
        return LOCALES[self.lang].url_prefix

    def path(self, page: str) -> str:
        """The path of a page of the flow, in this walk's language."""
        return f"{self.prefix}{APPLY}{page}"

    def script(self, source: str, *arguments: Any) -> Any:
        """Run ``source`` in the page (``arguments`` as ``arguments[0]``...) and return what it returns."""
        return self.driver.execute_script(source, *arguments)

    def pathname(self) -> str:
        return str(self.script("return location.pathname"))

    def state(self) -> str:
        """What the browser shows now, for a failure's message."""
        active = self.script(
            "return document.activeElement && document.activeElement.outerHTML.slice(0, 160)"
        )
        marker = self.script("return window.__fdMarker === undefined ? 'gone' : window.__fdMarker")
        log = ""
        if self.javascript:
            log = "\n".join(str(entry) for entry in self.driver.get_log("browser"))
        return f"at {self.pathname()} ({self.driver.title!r}), focus on {active}, marker {marker}" + (
            f"\nbrowser log:\n{log}" if log else ""
        )

    # --- finding and answering ------------------------------------------------------------------------

    def find(self, selector: str) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def continue_button(self) -> WebElement:
        """The form's main button ("Continue", "Send your answers"): the one that sends no action."""
        return self.find("main form[method=post] button:not([name])")

    def fill(self, answers: Mapping[str, str]) -> None:
        """Answer through the fields named in ``answers``. As a person does (the default): click the
        label of a radio or a checkbox, pick an option, type into an input (an empty value leaves it
        empty). Or, for a walk that only needs to get through (``quick``), set them all at once."""
        if self.quick:
            missing = self.script(QUICK_FILL, dict(answers))
            assert missing is None, f"no field named {missing!r} {self.state()}"
            return
        for name, value in answers.items():
            fields = self.driver.find_elements(By.CSS_SELECTOR, f'main form [name="{name}"]')
            assert fields, f"no field named {name!r} {self.state()}"
            kind = fields[0].get_attribute("type")
            if kind in ("radio", "checkbox"):
                choice = next(item for item in fields if item.get_attribute("value") == value)
                if not choice.is_selected():
                    self.find(f'label[for="{choice.get_attribute("id")}"]').click()
                assert choice.is_selected(), f"{name}={value} not chosen {self.state()}"
            elif fields[0].tag_name == "select":
                Select(fields[0]).select_by_value(value)
            else:
                fields[0].clear()
                if value:
                    fields[0].send_keys(value)

    # --- moving on ------------------------------------------------------------------------------------

    def go(self, action: Callable[[], None], page: str, *, errors: bool = False) -> None:
        """Do ``action`` (a click, a key) and wait for ``page`` of the flow to be shown in place of the
        current one; then check the page: its language, its title, and with JavaScript on, that it was
        swapped in (the marker set on the first page is still there) and where focus went."""
        self.go_to(action, self.path(page), errors=errors)

    def go_to(self, action: Callable[[], None], path: str, *, errors: bool = False) -> None:
        """As :meth:`go`, for any path of the site."""
        old = self.find("main")
        action()
        try:
            WebDriverWait(self.driver, WAIT_SECONDS, poll_frequency=POLL_SECONDS).until(
                lambda driver: (
                    _stale(old)
                    and self.pathname() == path
                    and driver.execute_script("return document.readyState") == "complete"
                )
            )
        except TimeoutException:
            raise AssertionError(f"{path} was not shown {self.state()}") from None
        if self.javascript:
            self.wait_for_focus(errors)
        self.check_page(errors)

    def wait_for_focus(self, errors: bool) -> None:
        """With JavaScript on, focus moves to the new page's heading, or its error summary."""
        target = "[data-fd-error-summary]" if errors else "main h1"
        try:
            WebDriverWait(self.driver, WAIT_SECONDS, poll_frequency=POLL_SECONDS).until(
                lambda driver: driver.execute_script(
                    "return document.activeElement === document.querySelector(arguments[0])", target
                )
            )
        except TimeoutException:
            raise AssertionError(f"focus did not move to {target} {self.state()}") from None

    def check_page(self, errors: bool) -> None:
        """The page shown now: in the walk's language and direction, titled by its heading (with
        "Error:" first when it shows errors), and, with JavaScript on, not loaded afresh."""
        info = LOCALES[self.lang]
        html = self.find("html")
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == (info.code, info.direction), (
            self.state()
        )
        heading = self.script("return document.querySelector('main h1').textContent.trim()")
        title = f"{heading} - {translated(SERVICE, self.lang)}"
        if errors:
            title = translated("Error: %(title)s", self.lang, title=title)
        assert self.driver.title == title, self.state()
        summary = self.driver.find_elements(By.CSS_SELECTOR, "[data-fd-error-summary]")
        assert bool(summary) == errors, self.state()
        if errors:
            assert summary[0].is_displayed() and summary[0].get_attribute("role") == "alert"
        if self.javascript:
            assert self.script("return window.__fdMarker") == 1, f"the page was loaded afresh {self.state()}"
        self.seen.append(self.pathname())

    # --- the journey ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the flow's first page (its task list) with a draft of its own."""
        self.driver.get(self.base + self.prefix + "/")
        self.driver.delete_cookie(FLOW_COOKIE)
        self.driver.get(self.base + self.path("/"))
        self.begin()

    def begin(self) -> None:
        """On the flow's first page, loaded in full: mark the window, so that a later full load shows."""
        assert self.pathname() == self.path("/")
        self.script("window.__fdMarker = 1")
        self.check_page(errors=False)

    def run(self, until: int = len(JOURNEY) - 1) -> None:
        """Answer each page of ``JOURNEY`` from the first, and stop on the page at index ``until`` (the
        confirmation, by default)."""
        for index in range(until):
            page, following = JOURNEY[index], JOURNEY[index + 1]
            assert self.pathname() == self.path(page), self.state()
            if self.arrive is not None:
                self.arrive(self, page)
            if page in ("/", "/tasks"):
                link = self.find(f'main a[href="{self.path(following)}"]')
                self.go(link.click, following)
                continue
            if page.endswith("/add-another"):  # one person: yes the first time, no the second
                self.fill({"household": "no" if page in JOURNEY[:index] else "yes"})
            elif page == "/check-answers":
                self.fill({"declaration": "yes"})
            else:
                self.fill(GOOD[page.rsplit("/", 1)[-1]])
            self.go(self.continue_button().click, following)
        if self.arrive is not None:
            self.arrive(self, JOURNEY[until])

    def reference(self) -> str:
        """On the confirmation: its panel's heading, and the reference number it holds."""
        assert self.pathname() == self.path("/confirmation"), self.state()
        panel = self.find("main .fd-panel")
        assert panel.find_element(By.CSS_SELECTOR, "h1").text == translated(
            "Your answers were sent", self.lang
        )
        reference = str(panel.find_element(By.CSS_SELECTOR, "strong").text)
        assert REFERENCE.fullmatch(reference), reference
        return reference

    def send_empty(self, page: str) -> None:
        """Send the question on ``page`` unanswered: the same page, with its errors."""
        self.go(self.continue_button().click, page, errors=True)


def _stale(element: WebElement) -> bool:
    """Whether ``element`` has left the document (a page loaded, or swapped in, in its place)."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:  # asked while the old document was going away
        return "does not belong to the document" in str(error)
    return False


@pytest.fixture(scope="module")
def browser_without_js() -> Iterator[Any]:
    """One headless Chromium with JavaScript off for this module. A missing browser is an error."""
    driver = start_browser(javascript=False)
    try:
        yield driver
    finally:
        driver.quit()


# --- 1. JavaScript off: the whole journey from the home page ------------------------------------------


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
    walk = Walk(browser_without_js, demo_url, lang, javascript=False)
    driver = walk.driver
    driver.get(demo_url + walk.prefix + "/")
    driver.delete_cookie(FLOW_COOKIE)
    assert walk.find("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    start = walk.prefix + "/disaster-help"
    walk.find(f'main a[href="{start}"]').click()
    assert walk.pathname() == start and walk.find("h1").text == translated(SERVICE, lang)
    walk.find("main a.fd-button--start").click()
    walk.begin()

    def empty_first(walk: Walk, page: str) -> None:
        if page == "/disaster-type":
            walk.send_empty(page)
            check_error_summary(walk, "disaster-type")

    walk.arrive = empty_first
    walk.run()
    walk.reference()


def test_finishing_the_list_of_people_returns_to_the_task_list(
    browser_without_js: Any, demo_url: str
) -> None:
    """As every other section does once its last question is answered."""
    walk = Walk(browser_without_js, demo_url, "en", javascript=False, quick=True)
    walk.start()
    last_of_list = JOURNEY.index("/household/add-another", JOURNEY.index("/household/add-another") + 1)
    walk.run(until=last_of_list)
    walk.fill({"household": "no"})
    walk.continue_button().click()
    WebDriverWait(walk.driver, WAIT_SECONDS).until(
        lambda driver: walk.pathname() != walk.path(JOURNEY[last_of_list])
    )
    assert walk.pathname() == walk.path("/tasks")


# --- 2. JavaScript on: htmx swaps each page in ----------------------------------------------------------


def test_the_journey_with_javascript_swaps_each_page_in(browser: Any, demo_url: str) -> None:
    """From the home page: the flow's first page is loaded in full and marked; from there, every page
    (a question, its errors, the task list, the list of people, check answers and its error, the
    confirmation) is swapped in by htmx: the marker stays, the address and title change, and focus
    goes to the new heading (or the error summary). The browser's Back button returns to the previous
    question with its answer."""
    walk = Walk(browser, demo_url, "en", javascript=True)
    browser.get(demo_url + "/en/")
    browser.delete_cookie(FLOW_COOKIE)
    browser.get_log("browser")  # only what happens from here on is reported
    browser.find_element(By.CSS_SELECTOR, 'main a[href="/en/disaster-help"]').click()
    browser.find_element(By.CSS_SELECTOR, "main a.fd-button--start").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: walk.pathname() == walk.path("/"))
    walk.begin()
    assert walk.find("main").get_attribute("hx-boost:inherited") == "true"

    def detours(walk: Walk, page: str) -> None:
        if page in ("/disaster-type", "/check-answers"):
            walk.send_empty(page)
        if page == "/disaster-type":
            check_error_summary(walk, "disaster-type")
        if page == "/disaster-date" and walk.seen.count(walk.path(page)) == 1:
            browser.back()
            try:
                WebDriverWait(browser, WAIT_SECONDS, poll_frequency=POLL_SECONDS).until(
                    lambda driver: walk.pathname() == walk.path("/disaster-type")
                )
            except TimeoutException:
                raise AssertionError(f"Back did not return to the question {walk.state()}") from None
            assert walk.script("return window.__fdMarker") == 1, walk.state()
            chosen = walk.find('main input[name="disaster-type"][value="flood"]')
            assert chosen.is_selected(), f"the answer was not kept {walk.state()}"
            walk.go(walk.continue_button().click, "/disaster-date")

    walk.arrive = detours
    walk.run()
    walk.reference()
    assert walk.script("return window.__fdMarker") == 1


# --- 3. Keyboard only ---------------------------------------------------------------------------------


def press(driver: Any, *keys: str) -> None:
    """Send ``keys`` to whatever has focus, as a keyboard does."""
    ActionChains(driver).send_keys(*keys).perform()


def focused(walk: Walk, selector: str) -> bool:
    return bool(walk.script("return document.activeElement.matches(arguments[0])", selector))


def tab_to(walk: Walk, selector: str) -> None:
    """Press Tab until the element matching ``selector`` has focus (it must, within ``MAX_TABS``)."""
    for _ in range(MAX_TABS):
        if focused(walk, selector):
            return
        press(walk.driver, Keys.TAB)
    raise AssertionError(f"Tab never reached {selector} {walk.state()}")


def tab_once_to(walk: Walk, selector: str) -> None:
    """One Tab moves focus to ``selector``: the next in the focus order."""
    press(walk.driver, Keys.TAB)
    assert focused(walk, selector), f"Tab did not move to {selector} {walk.state()}"


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript-on", "javascript-off"])
def test_the_first_section_by_keyboard_alone(
    request: pytest.FixtureRequest, demo_url: str, javascript: bool
) -> None:
    """Radios chosen with Space and an arrow, a date typed in three fields, a yes or no: each reached
    with Tab, then "Continue" reached and pressed with Enter; back on the task list, the section is
    completed."""
    driver = request.getfixturevalue("browser" if javascript else "browser_without_js")
    walk = Walk(driver, demo_url, "en", javascript=javascript)
    walk.start()
    continue_button = "main form[method=post] button:not([name])"

    tab_to(walk, f'main a[href="{walk.path("/disaster-type")}"]')
    walk.go(lambda: press(driver, Keys.ENTER), "/disaster-type")

    tab_to(walk, 'main input[name="disaster-type"]')
    assert focused(walk, '[value="hurricane"]'), walk.state()  # the group is entered at its first choice
    press(driver, Keys.SPACE)
    press(driver, Keys.ARROW_DOWN)
    assert (
        focused(walk, '[value="flood"]') and walk.find('[name="disaster-type"][value="flood"]').is_selected()
    )
    tab_once_to(walk, continue_button)
    walk.go(lambda: press(driver, Keys.ENTER), "/disaster-date")

    names = list(GOOD["disaster-date"])
    tab_to(walk, f'main input[name="{names[0]}"]')
    for position, name in enumerate(names):
        if position:
            tab_once_to(walk, f'main input[name="{name}"]')
        press(driver, GOOD["disaster-date"][name])
    tab_once_to(walk, continue_button)
    walk.go(lambda: press(driver, Keys.ENTER), "/declared-area")

    tab_to(walk, 'main input[name="declared-area"]')
    press(driver, Keys.SPACE)
    assert walk.find('[name="declared-area"][value="yes"]').is_selected(), walk.state()
    tab_once_to(walk, continue_button)
    walk.go(lambda: press(driver, Keys.ENTER), "/tasks")
    first_status = walk.find("main .fd-task-list__item .fd-task-list__status").text
    assert first_status == translated("Completed", "en")


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
        first_visit = walk.seen.count(walk.path(page)) == 1
        if page == "/":
            check("task list")
        elif page == "/disaster-type":
            check("question")
            walk.send_empty(page)
            check("question with errors")
        elif page == "/declared-area":
            walk.fill({"declared-area": "no"})
            walk.go(walk.continue_button().click, "/exit/not-declared")
            check("exit")
            walk.go(walk.find("main .fd-back-link").click, page)
        elif page == "/tasks" and first_visit:
            walk.go(lambda: driver.get(walk.base + walk.path("/no-such-page")), "/no-such-page")
            check("page not found")
            walk.go(lambda: driver.get(walk.base + walk.path("/resume/not-a-link")), "/resume/not-a-link")
            check("link expired")
            walk.go(lambda: driver.get(walk.base + walk.path(page)), page)
        elif page == "/your-name":
            walk.go(walk.find("main form button[name=action][value=save]").click, "/saved")
            check("saved")
            walk.go(walk.find(f'main a[href="{walk.path(page)}"]').click, page)
        elif page == "/household/add-another" and not first_visit:
            check("add another")
            walk.go(
                walk.find(f'main a[href="{walk.path("/household/0/remove")}"]').click, "/household/0/remove"
            )
            check("remove a person")
            walk.go(walk.find("main .fd-back-link").click, page)
        elif page == "/check-answers":
            check("check answers")
            walk.send_empty(page)
            check("check answers with errors")
        elif page == "/confirmation":
            check("confirmation")

    walk.arrive = sweep
    walk.start()
    walk.run()
    walk.reference()
    assert sorted(checked) == sorted(PAGE_TYPES)
    assert not found, f"{len(found)} elements break axe rules:\n" + "\n".join(found)
