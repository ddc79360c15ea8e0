"""Does the page work with JavaScript off? Progressive enhancement, checked in the same browser.

Page scripts are switched off with the DevTools protocol (``Emulation.setScriptExecutionDisabled``):
the page's own scripts do not run, while Selenium's ``execute_script`` still works, so we can look at
the page as a reader without JavaScript gets it. All rules are tagged ``best-practice``; WCAG itself
does not require pages to work without scripts, but people behind strict networks, old devices and
failed downloads get exactly this page.

- ``no-js-content``: the main content is empty or hidden without JavaScript.
- ``no-js-control``: controls that can only work with JavaScript: a ``<button>`` outside any form or
  of ``type="button"`` (unless it opens a popover or dialog declaratively), ``href="#"`` and
  ``javascript:`` links, and elements given a widget role such as ``role="button"``.
- ``no-js-form-submit``: a form with no submit button.
- ``no-js-form-error`` (only with ``submit_forms=True``): sending a form empty, with scripts off and
  browser validation off, gives a server error (5xx), a browser error page, or nothing at all. Only
  forms that post to the page's own origin are sent. A good service answers an empty form with a
  page that says what to fix. Sending forms has effects on the server: use it on test sites.
"""

from __future__ import annotations

import time
from typing import Any

from selenium.common.exceptions import WebDriverException

from a11y_tests.checks._common import run_js, violation
from a11y_tests.results import Violation

SUBMIT_TIMEOUT = 5.0
TAGS = ("best-practice",)

_FACTS_JS = r"""
const main = document.querySelector('main, [role="main"]') || document.body;
const facts = {content: null, controls: [], forms: []};
if (!main) return facts;
const hiddenMain = !fdShown(main);
let text = 0;
const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const parent = walker.currentNode.parentElement;
  if (!parent || parent.closest('noscript, script, style, template') || !fdShown(parent)) continue;
  text += walker.currentNode.data.trim().length;
}
const MEDIA = 'img, svg, video, canvas, iframe, object, input, select, textarea';
const media = Array.from(main.querySelectorAll(MEDIA)).some(fdShown);
if (hiddenMain) {
  facts.content = fdNode(main, 'The main content is hidden when JavaScript is off');
} else if (!text && !media) {
  facts.content = fdNode(main, 'The main content is empty when JavaScript is off');
}

const NATIVE = 'a[href], button, input, select, textarea, summary, details, label, option';
const WIDGET_ROLES = ['button', 'link', 'tab', 'menuitem', 'switch', 'checkbox', 'radio', 'option',
  'combobox', 'slider', 'treeitem', 'menuitemcheckbox', 'menuitemradio', 'spinbutton'];
const declarative = (el) => el.hasAttribute('popovertarget') || el.hasAttribute('commandfor');
for (const el of document.querySelectorAll('button, input[type="button"], a[href], [role]')) {
  if (!fdShown(el) || el.matches(':disabled')) continue;
  let why = '';
  if (el.localName === 'button' || el.localName === 'input') {
    if (declarative(el)) continue;
    if (el.type === 'button') {
      why = `This ${el.localName} has type="button": it does nothing without JavaScript`;
    } else if (!el.form && (el.type === 'submit' || el.type === 'reset')) {
      why = 'This button is not in a form, so it does nothing without JavaScript';
    }
  } else if (el.localName === 'a' && el.hasAttribute('href')) {
    const href = el.getAttribute('href').trim();
    if (href === '#' || href === '') {
      why = `This link's address is "${href}": without JavaScript it only reloads or jumps to the top`;
    } else if (href.toLowerCase().startsWith('javascript:')) {
      why = 'This link runs JavaScript (a javascript: address)';
    }
  }
  if (!why && WIDGET_ROLES.includes((el.getAttribute('role') || '').trim()) && !el.matches(NATIVE)) {
    why = `This ${el.localName} has role="${el.getAttribute('role')}" but no behaviour without JavaScript`;
  }
  if (why) facts.controls.push(fdNode(el, why));
}

const BLOCKS_ENTER = ['text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week', 'time',
  'datetime-local', 'number'];
Array.from(document.forms).forEach((form, index) => {
  if (!fdShown(form) || (form.getAttribute('method') || '').toLowerCase() === 'dialog') return;
  const elements = Array.from(form.elements);
  const submits = elements.filter((el) => (el.type === 'submit' || el.type === 'image') && !el.disabled
    && ['button', 'input'].includes(el.localName));
  let sameOrigin = false;
  try {
    sameOrigin = new URL(form.action, location.href).origin === location.origin;
  } catch (e) {
    sameOrigin = false;
  }
  facts.forms.push({index: index, sameOrigin: sameOrigin, node: fdNode(form, '')});
  if (submits.some(fdShown)) return;
  const fields = elements.filter((el) => el.localName === 'input' && BLOCKS_ENTER.includes(el.type));
  facts.forms[facts.forms.length - 1].noSubmit = submits.length
    ? 'The submit button of this form is hidden without JavaScript'
    : fields.length === 1
      ? 'This form has no submit button: it can be sent only by pressing Enter in its one field'
      : 'This form has no submit button, so it cannot be sent without JavaScript';
});
return facts;
"""

_SUBMIT_JS = r"""
const form = document.forms[arguments[0]];
if (!form) return false;
window.__fdBeforeSubmit = true;
form.noValidate = true;
form.removeAttribute('target');
const submitter = Array.from(form.elements).find((el) => (el.type === 'submit' || el.type === 'image')
  && !el.disabled && ['button', 'input'].includes(el.localName));
if (submitter) {
  submitter.removeAttribute('formtarget');
  form.requestSubmit(submitter);
} else {
  form.requestSubmit();
}
return true;
"""

_AFTER_SUBMIT_JS = r"""
if (window.__fdBeforeSubmit === true || document.readyState !== 'complete') return null;
const entry = performance.getEntriesByType('navigation')[0];
return {url: location.href, status: entry ? entry.responseStatus : 0};
"""


def _set_scripts(driver: Any, *, enabled: bool) -> None:
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})


def _send_empty(driver: Any, url: str, index: int) -> str:
    """Load ``url``, send form ``index`` empty; what went wrong, or "" if the answer was a usable page."""
    driver.get(url)
    if not driver.execute_script(_SUBMIT_JS, index):
        return ""
    deadline = time.monotonic() + SUBMIT_TIMEOUT
    while time.monotonic() < deadline:
        try:
            after = driver.execute_script(_AFTER_SUBMIT_JS)
        except WebDriverException:  # the old page is going away under us; ask again
            after = None
        if after is not None:
            status = int(after.get("status") or 0)
            if str(after["url"]).startswith("chrome-error:"):
                return "Sending this form empty gives a browser error page (the server did not answer)"
            if status >= 500:
                return f"Sending this form empty gives HTTP {status}, not a page saying what to fix"
            return ""
        time.sleep(0.05)
    return f"Nothing happens within {SUBMIT_TIMEOUT:g} s when this form is sent without JavaScript"


def check_without_javascript(driver: Any, url: str, *, submit_forms: bool = False) -> list[Violation]:
    """Load ``url`` with page scripts off and report what does not work; scripts are on again afterwards.

    The driver is left on ``url`` as loaded without scripts (or on a form's answer page).
    """
    _set_scripts(driver, enabled=False)
    try:
        driver.get(url)
        facts = run_js(driver, _FACTS_JS)
        failed_sends = []
        if submit_forms:
            for form in facts["forms"]:
                if form["sameOrigin"] and (problem := _send_empty(driver, url, form["index"])):
                    failed_sends.append({**form["node"], "summary": problem})
    finally:
        _set_scripts(driver, enabled=True)
    found: list[Violation] = []
    if facts["content"]:
        found.append(
            violation(
                "no-js-content",
                "serious",
                "Without JavaScript the page shows no main content.",
                "conformance",
                TAGS,
                [facts["content"]],
            )
        )
    if facts["controls"]:
        found.append(
            violation(
                "no-js-control",
                "serious",
                "These controls do nothing without JavaScript.",
                "conformance",
                TAGS,
                facts["controls"],
            )
        )
    no_submit = [
        {**form["node"], "summary": form["noSubmit"]} for form in facts["forms"] if form.get("noSubmit")
    ]
    if no_submit:
        found.append(
            violation(
                "no-js-form-submit",
                "serious",
                "These forms have no visible submit button, so people without JavaScript cannot send them.",
                "on-input",
                TAGS,
                no_submit,
            )
        )
    if failed_sends:
        found.append(
            violation(
                "no-js-form-error",
                "serious",
                "Sending these forms without JavaScript fails, instead of giving a page saying what to fix.",
                "error-identification",
                TAGS,
                failed_sends,
            )
        )
    return found
