"""A person's way through the worked service, "Get help after a disaster", in a browser: the pages in
the order ``GOOD``'s answers take them, and :class:`Walk`, which answers each page and checks each new
one as it is shown (its language, its title, and with JavaScript on, that htmx swapped it in and
where focus went). Used by ``test_disaster_help_browser.py``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from i18n import gettext, use_locale
from i18n.locales import LOCALES
from tests.demo_site.test_disaster_help import GOOD

APPLY = "/disaster-help/apply"
FLOW_COOKIE = "fd-flow-disaster-help"
SERVICE = "Get help after a disaster"
REFERENCE = re.compile(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")
WAIT_SECONDS = 10
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
    "/tasks",
    "/needs",
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

CONTINUE = "main form[method=post] button:not([name])"
"""The form's main button ("Continue", "Send your answers"): the one that sends no action."""


def answers_on(index: int) -> dict[str, str]:
    """The answers given on the page at ``index`` of ``JOURNEY``, by field name: ``GOOD``'s for a
    question; on the list of people, "yes" the first time and "no" the second; the declaration agreed to
    on check answers; none on a task list."""
    page = JOURNEY[index]
    if page in ("/", "/tasks", "/confirmation"):
        return {}
    if page.endswith("/add-another"):
        return {"household": "no" if page in JOURNEY[:index] else "yes"}
    if page == "/check-answers":
        return {"declaration": "yes"}
    return GOOD[page.rsplit("/", 1)[-1]]


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


ARRIVED = """
const main = document.querySelector("main");
return Boolean(main) && !main.fdLeft && location.pathname === arguments[0]
  && document.readyState === "complete";
"""
"""Whether the page at the path ``arguments[0]`` has replaced the one ``go_to`` left (loaded in full, or
swapped in by htmx: either way a new ``<main>``)."""

PAGE_FACTS = """
const root = document.documentElement;
const heading = document.querySelector("main h1");
const summary = document.querySelector("[data-fd-error-summary]");
return {
  path: location.pathname,
  lang: root.getAttribute("lang"),
  dir: root.getAttribute("dir"),
  title: document.title,
  heading: heading && heading.textContent.trim(),
  summary: summary && {role: summary.getAttribute("role"), shown: summary.getClientRects().length > 0},
  marker: window.__fdMarker === undefined ? null : window.__fdMarker,
};
"""
"""What ``Walk.check_page`` looks at, read in one call."""


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
    marked: bool = False
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
        """The form's main button (:data:`CONTINUE`)."""
        return self.find(CONTINUE)

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
        self.script("document.querySelector('main').fdLeft = true")  # gone once another page is shown
        action()
        try:
            WebDriverWait(
                self.driver, WAIT_SECONDS, POLL_SECONDS, ignored_exceptions=(WebDriverException,)
            ).until(lambda driver: self.script(ARRIVED, path))
        except TimeoutException:
            raise AssertionError(f"{path} was not shown {self.state()}") from None
        if self.javascript:
            self.wait_for_focus(errors)
        self.check_page(errors)

    def wait_for_focus(self, errors: bool) -> None:
        """With JavaScript on, focus moves to the new page's heading, or its error summary."""
        target = "[data-fd-error-summary]" if errors else "main h1"
        try:
            WebDriverWait(self.driver, WAIT_SECONDS, POLL_SECONDS).until(
                lambda driver: self.script(
                    "return document.activeElement === document.querySelector(arguments[0])", target
                )
            )
        except TimeoutException:
            raise AssertionError(f"focus did not move to {target} {self.state()}") from None

    def check_page(self, errors: bool) -> None:
        """The page shown now: in the walk's language and direction, titled by its heading (with
        "Error:" first when it shows errors, and then an error summary shown as an alert), and, with
        JavaScript on, not loaded afresh (the marker is still there)."""
        facts = self.script(PAGE_FACTS)
        info = LOCALES[self.lang]
        service = translated(SERVICE, self.lang)
        title = facts["heading"] if facts["heading"] == service else f"{facts['heading']} - {service}"
        if errors:
            title = translated("Error: %(title)s", self.lang, title=title)
        expected = {
            "lang": info.code,
            "dir": info.direction,
            "title": title,
            "summary": {"role": "alert", "shown": True} if errors else None,
            "marker": 1 if self.javascript and self.marked else None,
        }
        assert {key: facts[key] for key in expected} == expected, self.state()
        self.seen.append(facts["path"])

    # --- the journey ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the flow's first page (its task list) with a draft of its own."""
        self.driver.get(self.base + self.prefix + "/")
        self.driver.delete_cookie(FLOW_COOKIE)
        self.driver.get(self.base + self.path("/"))
        self.begin()

    def begin(self) -> None:
        """On the flow's first page, loaded in full: check it, then mark the window, so that a later full
        load shows (the marker is gone)."""
        assert self.pathname() == self.path("/"), self.state()
        self.check_page(errors=False)
        self.script("window.__fdMarker = 1")
        self.marked = True

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
            self.fill(answers_on(index))
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
