"""Keyboard only through the worked service, "Get help after a disaster": every page of ``JOURNEY``
answered with keys sent to the element that has focus, as a person without a mouse does.

On each page, :class:`Keyboard` first finds its way in: on a page loaded in full, Tab to the skip
link and Enter, which puts focus on ``<main>``; on a page htmx swapped in (focus on its heading),
one Tab must reach the first control after the heading, and Shift+Tab the one before it (a back
link). Then Tab goes through the page's own links, fields and buttons, in the order they are in the
page, each with a visible focus indicator, each field answered as it is reached: text and digits
typed, a radio chosen with Space or the arrow keys (in a right-to-left language, left and right,
left moving on), a checkbox ticked with Space, the state chosen in its ``<select>`` by typing its
name. The Tab after the last of them must leave ``<main>`` without stopping in the closed timeout
warning. Then Shift+Tab goes back to the page's "Continue" (or the link on, on a task list), pressed
with Enter or Space. Used by ``test_disaster_help_browser.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from a11y_tests.tests.disaster_help_walk import CONTINUE, JOURNEY, Walk, answers_on
from i18n.locales import LOCALES

SKIP_LINK = "link #main-content"
"""The skip link, as :data:`STOP` names it."""

STOP = """
const stop = (element) => {
  if (!element || element === document.body || element === document.documentElement) return "nothing";
  const tag = element.localName;
  if (tag === "a") return `link ${element.getAttribute("href")}`;
  if (tag === "button") {
    return element.name ? `button ${element.name}=${element.value}` : `button ${element.textContent.trim()}`;
  }
  if (element.type === "radio") return `radios ${element.name}`;
  if (element.type === "checkbox") return `checkbox ${element.name}=${element.value}`;
  return `${tag} ${element.name || element.id}`;
};
"""
"""A function ``stop(element)`` that names a place focus can be: a link by its address, a button by
its name and value (or its text), a group of radios by its name (Tab stops once in a group), a
checkbox by its name and value, a field by its name."""

STOPS = (
    STOP
    + """
const main = document.querySelector("main");
const from = document.activeElement;
const inside = main.contains(from) && from !== main;
const before = [];
const after = [];
const candidates = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex^="-"])';
for (const element of main.querySelectorAll(candidates)) {
  if (element.closest("dialog") || element.matches("input[type=hidden], :disabled")) continue;
  const list = inside && (from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING)
    ? before : after;
  const name = stop(element);
  if (!(element.type === "radio" && list.includes(name))) list.push(name);
}
return {before, after};
"""
)
"""The Tab stops the page's own content should have, in the order of the page, named by ``stop``: the
links, fields and buttons of ``<main>`` (whatever their ``tabindex``) and anything else it puts in the
Tab order, outside its ``<dialog>`` (the timeout warning, closed); those before the element that has
focus, and those from it on (all of them when ``<main>`` itself has focus)."""

FOCUS = (
    STOP
    + """
const element = document.activeElement || document.body;
const main = document.querySelector("main");
const style = getComputedStyle(element);
const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
  && !["transparent", "rgba(0, 0, 0, 0)"].includes(style.outlineColor);
return {
  stop: stop(element),
  main: element === main,
  in_main: main.contains(element) && element !== main,
  in_dialog: element.closest("dialog") !== null,
  visible: element.matches(":focus-visible") && outline,
  kind: ["radio", "checkbox"].includes(element.type) ? element.type : element.localName,
  name: element.name || null,
  value: typeof element.value === "string" ? element.value : null,
  checked: Boolean(element.checked),
  html: element.outerHTML.slice(0, 160),
};
"""
)
"""Where focus is now, read in one call: its ``stop``; whether it is ``<main>`` itself, inside it, or
inside a dialog; whether it shows a focus indicator (the browser counts it as keyboard focus, and it
has an outline: the kit's indicator; a box shadow would not do, buttons have one anyway); its kind
(``radio``, ``checkbox``, or the tag), name and value."""

STOP_OF = STOP + "return stop(document.querySelector(arguments[0]));"
"""The ``stop`` of the element matching the selector ``arguments[0]``."""

RADIO_GROUP = """
const element = document.activeElement;
const group = element.form.querySelectorAll(`input[type=radio][name="${element.name}"]`);
return {
  values: [...group].map((radio) => radio.value),
  inline: element.closest(".fd-radios--inline") !== null,
};
"""
"""The values of the radios of the group that has focus, in order, and whether they sit side by side."""

OPTIONS = "return [...document.activeElement.options].map((option) => [option.value, option.text]);"
"""The options of the ``<select>`` that has focus: value and text."""

DIALOGS = """
const main = document.querySelector("main");
const controls = [...main.querySelectorAll("a[href], button, input, select, textarea")];
return [...main.querySelectorAll("dialog")].map((dialog) => ({
  open: dialog.open,
  controls: dialog.querySelectorAll("button, a[href]").length,
  last: controls.every((control) => dialog.contains(control)
    || (control.compareDocumentPosition(dialog) & Node.DOCUMENT_POSITION_FOLLOWING)),
}));
"""
"""Each dialog of the page's content: whether it is open, how many buttons and links it holds, and
whether it comes after every other control of the page's content (so that the Tab after the last of
them passes over it)."""


@dataclass(frozen=True)
class Focus:
    """Where focus is, as :data:`FOCUS` reads it."""

    stop: str
    main: bool
    in_main: bool
    in_dialog: bool
    visible: bool
    kind: str
    name: str | None
    value: str | None
    checked: bool
    html: str


@dataclass
class Keyboard:
    """A :class:`Walk` done with the keyboard alone: keys sent to whatever has focus, no clicks, no
    values set by script (scripts only read where focus is and what the page holds)."""

    walk: Walk

    @property
    def rtl(self) -> bool:
        return LOCALES[self.walk.lang].direction == "rtl"

    def press(self, *keys: str) -> None:
        """Send ``keys`` to whatever has focus, as a keyboard does."""
        ActionChains(self.walk.driver).send_keys(*keys).perform()

    def shift_tab(self) -> None:
        ActionChains(self.walk.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()

    def focus(self) -> Focus:
        return Focus(**self.walk.script(FOCUS))

    def shown(self, focus: Focus, what: str) -> Focus:
        """``focus``, after checking that it is on ``what`` (a stop) and that its indicator shows."""
        assert focus.stop == what, f"focus on {focus.stop}, not {what}: {self.walk.state()}"
        assert focus.visible, f"no visible focus indicator on {focus.html} {self.walk.state()}"
        return focus

    # --- one page ---------------------------------------------------------------------------------

    def enter(self, *, loaded: bool) -> None:
        """Find the way into the page's content. Loaded in full: Tab to the skip link (shown), Enter
        moves focus to ``<main>``. Swapped in by htmx (focus on the heading): Tab reaches the first
        control after the heading, and Shift+Tab the one before it, if there is one."""
        if loaded:
            self.press(Keys.TAB)
            self.shown(self.focus(), SKIP_LINK)
            self.press(Keys.ENTER)
            assert self.focus().main, f"the skip link did not move focus to <main> {self.walk.state()}"
            return
        stops = self.walk.script(STOPS)
        assert stops["after"], f"nothing to reach with Tab after {self.focus().html} {self.walk.state()}"
        self.press(Keys.TAB)
        self.shown(self.focus(), stops["after"][0])
        if stops["before"]:
            self.shift_tab()
            self.shown(self.focus(), stops["before"][-1])

    def tour(self, answers: Mapping[str, str]) -> list[str]:
        """From where focus is, Tab through the page's content to its end, answering each field of
        ``answers`` as it is reached; return the stops, in order. They must be the page's own
        (:data:`STOPS`), each with a visible indicator, and the next Tab must leave ``<main>``,
        passing over its closed dialog."""
        expected: list[str] = self.walk.script(STOPS)["after"]
        visited: list[str] = []
        reached: set[str | None] = set()
        focus = self.focus()
        while True:
            if focus.in_main:
                visited.append(self.shown(focus, focus.stop).stop)
                reached.add(focus.name)
                assert len(visited) <= len(expected), (
                    f"Tab went on to {focus.stop} after the page's controls {expected} {self.walk.state()}"
                )
                self.answer(focus, answers)
            self.press(Keys.TAB)
            focus = self.focus()
            assert not focus.in_dialog, f"Tab stopped in the timeout warning's dialog {self.walk.state()}"
            if not focus.in_main:
                break
        assert visited == expected, f"Tab order {visited}, not {expected} {self.walk.state()}"
        assert set(answers) <= reached, f"Tab never reached {set(answers) - reached} {self.walk.state()}"
        dialogs = self.walk.script(DIALOGS)
        assert dialogs and all(
            (dialog["open"], bool(dialog["controls"]), dialog["last"]) == (False, True, True)
            for dialog in dialogs
        ), f"the timeout warning is not a closed dialog after the page's controls: {dialogs}"
        return visited

    def answer(self, focus: Focus, answers: Mapping[str, str]) -> None:
        """Answer the field that has focus, when ``answers`` names it: type into a text field, Space on
        the checkbox of the wanted value, Space or arrows to choose a radio, type to choose an option."""
        wanted = answers.get(focus.name or "")
        if wanted is None:
            return
        if focus.kind == "radio":
            self.choose_radio(focus, wanted)
        elif focus.kind == "checkbox":
            if focus.value == wanted:
                self.press(Keys.SPACE)
                assert self.focus().checked, f"Space did not tick {focus.stop} {self.walk.state()}"
        elif focus.kind == "select":
            self.choose_option(wanted)
        elif wanted:
            self.press(wanted)
            typed = self.focus().value
            assert typed == wanted, f"{focus.name} holds {typed!r}, typed {wanted!r} {self.walk.state()}"

    def choose_radio(self, focus: Focus, wanted: str) -> None:
        """Space on the radio that has focus when it is the one wanted, else the arrow keys: down and
        up; left and right for radios side by side, and in a right-to-left page, where left moves on
        (with more than two radios, the wrong way round would choose another)."""
        group = self.walk.script(RADIO_GROUP)
        values: list[str] = group["values"]
        now, target = values.index(focus.value or ""), values.index(wanted)
        forward, backward = Keys.ARROW_DOWN, Keys.ARROW_UP
        if group["inline"] or self.rtl:
            forward, backward = Keys.ARROW_RIGHT, Keys.ARROW_LEFT
            if self.rtl:
                forward, backward = backward, forward
        keys = [Keys.SPACE] if now == target else [forward if target > now else backward] * abs(target - now)
        self.press(*keys)
        chosen = self.focus()
        assert (chosen.value, chosen.checked) == (wanted, True), (
            f"{keys!r} from {focus.value} did not choose {wanted} {self.walk.state()}"
        )
        self.shown(chosen, focus.stop)

    def choose_option(self, wanted: str) -> None:
        """Type the wanted option's name into the ``<select>``; an arrow down and up move off and back."""
        options: list[list[str]] = self.walk.script(OPTIONS)
        values = [value for value, _ in options]
        position = values.index(wanted)
        self.press(options[position][1])
        assert self.focus().value == wanted, f"typing did not choose {wanted} {self.walk.state()}"
        self.press(Keys.ARROW_DOWN)
        assert self.focus().value == values[position + 1], f"arrow down did not move {self.walk.state()}"
        self.press(Keys.ARROW_UP)
        assert self.focus().value == wanted, f"arrow up did not move back {self.walk.state()}"

    def back_to(self, visited: list[str], target: str) -> None:
        """From just after the page's content, Shift+Tab back to ``target``, one of ``visited``."""
        assert target in visited, f"{target} is not among the stops {visited} {self.walk.state()}"
        for _ in range(len(visited) - visited.index(target)):
            self.shift_tab()
        self.shown(self.focus(), target)

    # --- the journey ------------------------------------------------------------------------------

    def run(self) -> None:
        """Every page of ``JOURNEY``, from the flow's first page (open, in the walk's language) to the
        confirmation: the link on followed with Enter on a task list, "Continue" pressed with Enter or
        Space (in turn) on the others."""
        walk = self.walk
        for index, (page, following) in enumerate(pairwise(JOURNEY)):
            assert walk.pathname() == walk.path(page), walk.state()
            self.enter(loaded=not walk.javascript or index == 0)
            visited = self.tour(answers_on(index))
            if page in ("/", "/tasks"):
                target, key = f"link {walk.path(following)}", Keys.ENTER
            else:
                target, key = walk.script(STOP_OF, CONTINUE), (Keys.SPACE if index % 2 else Keys.ENTER)
            self.back_to(visited, target)
            walk.go(partial(self.press, key), following)
