"""The pages of a flow, as whole HTML documents: no web framework needed.

Each function takes what the page shows and the URLs it links to, and returns the page built with
the kit's :class:`~components.page.Page` and its other components:

- :func:`question_page`: a back link, the error summary (linked to each field) when there are
  errors, and a form (``novalidate``: the server checks) with the question as the ``h1``, its
  fields and "Continue". The title starts with "Error:" when there are errors.
- :func:`add_another_page`: the items of a list so far, each with change and remove links, and
  whether to add another.
- :func:`check_answers_page`: every answer on the way, by section, each with a "Change" link
  whose hidden text names the question; "Not provided" for an optional step skipped.
- :func:`confirmation_page`: the reference number and what happens next.
- :func:`exit_page`: why the service is not for this person, and what to do instead.

A flow's own text (questions, hints, titles) goes through gettext like ours, so a flow's catalogs
translate it; its answers stay the same in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from components.back_link import BackLink
from components.button import Button
from components.checkboxes import Checkboxes
from components.error_summary import ErrorSummary
from components.form_steps.answer_types import File
from components.form_steps.fields import question_fields, question_text
from components.form_steps.flow import Exit, Flow, Repeat, Step
from components.form_steps.journey import Journey
from components.form_steps.resume_codes import ResumeCode
from components.page import Page
from components.panel import Panel
from components.radios import Radios
from components.summary_list import SummaryList
from components.task_list import TaskList
from components.text_input import TextInput
from i18n import gettext, ngettext
from i18n.formatting import format_date


@dataclass(frozen=True)
class Chrome:
    """What every page of a flow shares: the :class:`~components.page.Page` params (service name,
    header and footer links, the government banner) and the hidden fields every form sends (a
    CSRF token)."""

    page: Mapping[str, Any]
    hidden: Mapping[str, str]
    after: Markup = field(default_factory=Markup)
    """Trusted markup after each page's content, such as a timeout warning."""


BOOST = 'data-hx-boost="true"'
"""The attribute on each form and link of a flow's page by which htmx, when it runs, sends the form or
follows the link in the background and swaps the next page in (title and history too); the server
sends the same pages. (An attribute on ``<main>`` that the others inherit would need a name with a
colon, which is not valid HTML.)"""


def _boosted(content: Markup) -> Markup:
    """``content`` (our own markup) with :data:`BOOST` on each form and link: htmx leaves alone the links
    to other sites, to a part of the page, and to downloads."""
    return Markup(str(content).replace("<form ", f"<form {BOOST} ").replace("<a ", f"<a {BOOST} "))


def flow_text(text: str) -> str:
    """A flow's own text in the current language, when the flow's catalogs have it."""
    return gettext(text) if text else text


def _page(chrome: Chrome, title: str, content: Markup, *, errors: bool = False) -> Markup:
    service = flow_text(chrome.page.get("service_name") or "")
    full_title = f"{title} - {service}" if service and service != title else title
    if errors:
        full_title = gettext("Error: %(title)s", title=full_title)
    params = {**chrome.page, "title": full_title, "content_html": _boosted(content) + chrome.after}
    return Page(**params).render()


def _form(action: str, chrome: Chrome, inner: Markup, *, files: bool = False) -> Markup:
    hidden = Markup("").join(
        Markup('<input type="hidden" name="{}" value="{}">').format(name, value)
        for name, value in chrome.hidden.items()
    )
    encoding = Markup(' enctype="multipart/form-data"') if files else Markup("")
    return Markup('<form method="post" action="{}"{} novalidate>{}{}</form>').format(
        action, encoding, hidden, inner
    )


def _error_summary(errors: Mapping[str, str]) -> Markup:
    return ErrorSummary(
        errors=[{"text": message, "href": f"#{field}"} for field, message in errors.items()]
    ).render()


def question_page(
    step: Step,
    *,
    chrome: Chrome,
    action: str,
    back_href: str | None,
    entered: Mapping[str, Any],
    errors: Mapping[str, str],
    can_save: bool = False,
) -> Markup:
    """One question's page: back link, error summary, the question and its fields, "Continue"."""
    question = step.question.model_copy(
        update={"label": flow_text(step.question.label), "hint": flow_text(step.question.hint or "") or None}
    )
    ordered = {field: errors[field] for field in question.fields(step.id) if field in errors}
    buttons = [Button(text=gettext("Continue")).render()]
    if can_save:
        buttons.append(
            Button(
                text=gettext("Save and come back later"), variant="secondary", name="action", value="save"
            ).render()
        )
    inner = question_fields(question, step.id, entered, ordered) + Markup(
        '<div class="fd-button-group">{}</div>'
    ).format(Markup("").join(buttons))
    content = Markup("").join(
        [
            BackLink(href=back_href).render() if back_href else Markup(""),
            _error_summary(ordered) if ordered else Markup(""),
            _form(action, chrome, inner, files=isinstance(question, File)),
        ]
    )
    return _page(chrome, question_text(question), content, errors=bool(ordered))


def add_another_page(
    repeat: Repeat,
    *,
    chrome: Chrome,
    action: str,
    back_href: str | None,
    items: Sequence[Mapping[str, Any]],
    describe: Callable[[Mapping[str, Any]], str],
    change_href: Callable[[int], str],
    remove_href: Callable[[int], str],
    error: str | None,
) -> Markup:
    """A list's page: its items so far (each with change and remove), and whether to add another."""
    heading = flow_text(repeat.title)
    rows = [
        {
            "key": {"text": describe(item)},
            "actions": [
                {"href": change_href(number), "text": gettext("Change")},
                {"href": remove_href(number), "text": gettext("Remove")},
            ],
        }
        for number, item in enumerate(items)
    ]
    question = flow_text(repeat.add_question)
    full = len(items) >= repeat.max_items
    errors = {repeat.id: error} if error else {}
    radios = (
        Radios(
            name=repeat.id,
            fieldset={"legend": {"text": question, "size": "m"}},
            error_message={"text": error} if error else None,
            inline=True,
            items=[{"value": "yes", "text": gettext("Yes")}, {"value": "no", "text": gettext("No")}],
        ).render()
        if not full
        else Markup('<p class="fd-body">{}</p>').format(gettext("You cannot add any more."))
    )
    inner = radios + Button(text=gettext("Continue")).render()
    content = Markup("").join(
        [
            BackLink(href=back_href).render() if back_href else Markup(""),
            _error_summary(errors) if errors else Markup(""),
            Markup('<h1 class="fd-heading-l">{}</h1>').format(heading),
            SummaryList(rows=rows).render() if rows else Markup(""),
            _form(action, chrome, inner),
        ]
    )
    return _page(chrome, heading, content, errors=bool(errors))


@dataclass(frozen=True)
class AnswerRow:
    """One row of check answers: the question, the answer as shown, and where to change it."""

    question: str
    answer: str
    change_href: str


def answer_rows(
    flow: Flow, journey: Journey, change_href: Callable[[Step, int | None], str]
) -> dict[str, list[AnswerRow]]:
    """The rows of check answers by section id: every answer on the way, in order."""
    answers = journey.relevant()
    rows: dict[str, list[AnswerRow]] = {}
    for placed in flow.nodes():
        node = placed.node
        if node.id not in answers:
            continue
        section_rows = rows.setdefault(placed.section.id, [])
        if isinstance(node, Repeat):
            for number, item in enumerate(answers[node.id]["items"]):
                for step in node.steps:
                    section_rows.append(_row(step, item.get(step.id), change_href(step, number)))
        else:
            section_rows.append(_row(node, answers[node.id], change_href(node, None)))
    return rows


def _row(step: Step, value: Any, href: str) -> AnswerRow:
    shown = gettext("Not provided") if value is None else step.question.display(value)
    return AnswerRow(flow_text(step.question.label), shown, href)


def _summary(flow: Flow, rows: Mapping[str, list[AnswerRow]], *, changes: bool) -> Markup:
    """The answers by section, each section a summary list; with ``changes``, a "Change" link a row."""
    sections = []
    for section in flow.sections:
        if not rows.get(section.id):
            continue
        lines = [
            {
                "key": {"text": row.question},
                "value": {"html": _lines(row.answer)},
                "actions": [{"href": row.change_href, "text": gettext("Change")}] if changes else [],
            }
            for row in rows[section.id]
        ]
        sections.append(
            Markup('<h2 class="fd-heading-m">{}</h2>').format(flow_text(section.title))
            + SummaryList(rows=lines).render()
        )
    return Markup("").join(sections)


def check_answers_page(
    flow: Flow,
    rows: Mapping[str, list[AnswerRow]],
    *,
    chrome: Chrome,
    action: str,
    back_href: str | None,
    declaration_error: str | None = None,
) -> Markup:
    """Every answer, by section, each with a "Change" link; the flow's declaration, if it has one, to
    agree to; then "Send your answers"."""
    title = gettext("Check your answers")
    inner = Markup("")
    if flow.declaration:
        inner += Checkboxes(
            name="declaration",
            fieldset={"legend": {"text": gettext("Declaration"), "size": "m"}},
            error_message={"text": declaration_error} if declaration_error else None,
            items=[{"value": "yes", "text": flow_text(flow.declaration)}],
        ).render()
    inner += Button(text=gettext("Send your answers")).render()
    errors = {"declaration": declaration_error} if declaration_error else {}
    content = Markup("").join(
        [
            BackLink(href=back_href).render() if back_href else Markup(""),
            _error_summary(errors) if errors else Markup(""),
            Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
            _summary(flow, rows, changes=True),
            _form(action, chrome, inner),
        ]
    )
    return _page(chrome, title, content, errors=bool(errors))


def _lines(text: str) -> Markup:
    return Markup("<br>").join(text.split("\n"))


def confirmation_page(
    flow: Flow,
    reference: str,
    *,
    chrome: Chrome,
    next_steps: str | None = None,
    rows: Mapping[str, list[AnswerRow]] | None = None,
    extra: Markup | None = None,
) -> Markup:
    """The answers were sent: the reference number, what happens next, ``extra`` content (such as a
    feedback form), and a record of the answers to print or keep."""
    title = gettext("Your answers were sent")
    panel = Panel(
        heading_text=title,
        html=Markup("{}<br><strong>{}</strong>").format(gettext("Your reference number"), reference),
    ).render()
    content = panel + Markup('<h2 class="fd-heading-m">{}</h2><p class="fd-body">{}</p>').format(
        gettext("What happens next"),
        flow_text(next_steps) if next_steps else gettext("We will contact you about your answers."),
    )
    if extra:
        content += extra
    if rows:
        content += Markup(
            '<section class="fd-record" aria-labelledby="record"><h2 class="fd-heading-m" id="record">{}</h2>'
            '<p class="fd-body">{}</p>{}</section>'
        ).format(
            gettext("A record of your answers"),
            gettext("To keep a copy, print this page or save it as a PDF."),
            _summary(flow, rows, changes=False),
        )
    return _page(chrome, title, content)


def exit_page(exit_page: Exit, *, chrome: Chrome, back_href: str | None) -> Markup:
    """A page for someone the service is not for: why, and what to do instead."""
    content = Markup("").join(
        [
            BackLink(href=back_href).render() if back_href else Markup(""),
            Markup('<h1 class="fd-heading-l">{}</h1><p class="fd-body">{}</p>').format(
                flow_text(exit_page.title), flow_text(exit_page.body)
            ),
        ]
    )
    return _page(chrome, flow_text(exit_page.title), content)


def remove_page(title: str, *, chrome: Chrome, action: str, back_href: str | None) -> Markup:
    """A page that asks before an item is removed from a list: the question and a "Remove" button."""
    content = Markup("").join(
        [
            BackLink(href=back_href).render() if back_href else Markup(""),
            Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
            _form(action, chrome, Button(text=gettext("Remove"), variant="warning").render()),
        ]
    )
    return _page(chrome, title, content)


def _summary_rows(rows: Sequence[tuple[str, str]]) -> Markup:
    return SummaryList(
        rows=[
            {"key": {"text": key}, "value": {"html": Markup("<strong>{}</strong>").format(value)}}
            for key, value in rows
        ]
    ).render()


def come_back_page(
    *, chrome: Chrome, action: str, entered: Mapping[str, str], errors: Mapping[str, str]
) -> Markup:
    """The form that brings saved answers back from the reference and code written down."""
    title = gettext("Go back to your saved answers")
    fields = Markup("").join(
        TextInput(
            id=name,
            label={"text": label, "size": "s"},
            hint={"text": hint},
            value=entered.get(name, ""),
            autocomplete="off",
            spellcheck=False,
            inputmode="numeric" if name == "code" else None,
            width="10",
            error_message={"text": errors[name]} if name in errors else None,
        ).render()
        for name, label, hint in (
            # Translators: an example reference; keep it as it is.
            ("reference", gettext("Reference"), gettext("For example, K7QM-2XPD")),
            ("code", gettext("Code"), gettext("6 numbers")),
        )
    )
    content = Markup("").join(
        [
            _error_summary(errors) if errors else Markup(""),
            Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
            Markup('<p class="fd-body">{}</p>').format(
                gettext("Enter the reference and code you wrote down when you saved your answers.")
            ),
            _form(action, chrome, fields + Button(text=gettext("Continue")).render()),
        ]
    )
    return _page(chrome, title, content, errors=bool(errors))


def session_ended_page(*, chrome: Chrome, minutes: int, come_back_href: str, start_href: str) -> Markup:
    """The session has ended: why, that the answers are kept, and the ways on."""
    title = gettext("Your session has ended")
    content = Markup("").join(
        [
            Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
            Markup('<p class="fd-body">{}</p>').format(
                # Translators: %(num)s is a number of minutes.
                ngettext(
                    "We ended your session because nothing happened for %(num)s minute.",
                    "We ended your session because nothing happened for %(num)s minutes.",
                    minutes,
                )
            ),
            Markup('<p class="fd-body">{}</p>').format(gettext("This keeps your information safe.")),
            Markup('<p class="fd-body">{}</p>').format(
                gettext("We kept your answers. To go on, enter the reference and code you wrote down.")
            ),
            Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(
                come_back_href, gettext("Go back to your saved answers")
            ),
            Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(
                start_href, gettext("Start again")
            ),
        ]
    )
    return _page(chrome, title, content)


def message_page(title: str, body: str, *, chrome: Chrome, link: tuple[str, str] | None = None) -> Markup:
    """A plain page that says what happened: a page not found, a form that expired."""
    content = Markup('<h1 class="fd-heading-l">{}</h1><p class="fd-body">{}</p>').format(title, body)
    if link is not None:
        content += Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(
            link[1], link[0]
        )
    return _page(chrome, title, content)


def saved_page(
    *,
    resume_link: str,
    written: ResumeCode,
    come_back_href: str,
    expires: datetime,
    chrome: Chrome,
    delete_action: str,
    continue_href: str,
    mail_action: str | None = None,
    entered_email: str = "",
    email_error: str | None = None,
    sent_to: str | None = None,
    account: Markup | None = None,
) -> Markup:
    """Your answers are saved: the link to come back with (on any device), the reference and code to
    write down instead (and where to enter them), the date they are deleted, a way to go on now, and a
    button that deletes them; with ``mail_action``, a form that emails the link (its error, or where it
    was sent). ``account``: what :func:`account_note` says, when the service signs people in."""
    title = gettext("Your answers are saved")
    mail = Markup("")
    if sent_to:
        # Translators: %(email)s is the email address the link was sent to.
        mail = Markup('<p class="fd-body" role="status">{}</p>').format(
            gettext("We sent the link to %(email)s.", email=sent_to)
        )
    elif mail_action:
        field = TextInput(
            id="email",
            label={"text": gettext("Email address"), "size": "m"},
            hint={"text": gettext("We will send the link there. We do not keep your address.")},
            type="email",
            autocomplete="email",
            spellcheck=False,
            value=entered_email,
            error_message={"text": email_error} if email_error else None,
        ).render()
        mail = _form(
            mail_action,
            chrome,
            field + Button(text=gettext("Email me the link"), variant="secondary").render(),
        )
    content = Markup("").join(
        [
            _error_summary({"email": email_error}) if email_error else Markup(""),
            Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
            Markup('<p class="fd-body">{}</p>').format(
                gettext("To come back to your answers, use this link:")
            ),
            Markup('<p class="fd-body fd-resume-link"><a class="fd-link" href="{0}">{0}</a></p>').format(
                resume_link
            ),
            Markup('<p class="fd-body">{}</p>').format(
                gettext("Keep the link safe: anyone with it can see your answers.")
            ),
            Markup('<p class="fd-body">{}</p>').format(
                gettext("You can also come back with this reference and code. Write them down.")
            ),
            _summary_rows([(gettext("Reference"), written.reference), (gettext("Code"), written.code)]),
            Markup('<p class="fd-body">{}</p>').format(
                # Translators: %(address)s is a web address, shown as a link.
                Markup(escape(gettext("Enter them at %(address)s.")))
                % {"address": Markup('<a class="fd-link" href="{0}">{0}</a>').format(come_back_href)}
            ),
            Markup('<p class="fd-body">{}</p>').format(
                # Translators: %(date)s is a date, such as "January 2, 2027".
                gettext("We will delete your answers on %(date)s.", date=format_date(expires.date()))
            ),
            account or Markup(""),
            mail,
            Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(
                continue_href, gettext("Go on with your answers now")
            ),
            _form(
                delete_action, chrome, Button(text=gettext("Delete my answers"), variant="warning").render()
            ),
        ]
    )
    return _page(chrome, title, content, errors=bool(email_error))


def account_note(provider: str, *, signed_in: bool, sign_in_href: str) -> Markup:
    """For a service that signs people in: that a signed-in person's answers follow them to any device,
    or a link to sign in for that."""
    if signed_in:
        # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
        text = gettext(
            "You are signed in with %(provider)s. Sign in on any device to see your answers.",
            provider=provider,
        )
        return Markup('<p class="fd-body">{}</p>').format(text)
    # Translators: %(provider)s is the name of a sign-in service, such as "Login.gov".
    text = gettext(
        "Sign in with %(provider)s to save your progress and see your application later.", provider=provider
    )
    return Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(sign_in_href, text)


@dataclass(frozen=True)
class Task:
    """One section on the task list: its title, its status, and where it starts (when it can)."""

    title: str
    status: str
    href: str | None


def status_label(status: str) -> str:
    """A task's status, as the task list shows it."""
    return {
        "completed": gettext("Completed"),
        "in_progress": gettext("In progress"),
        "not_started": gettext("Not yet started"),
        "cannot_start_yet": gettext("Cannot start yet"),
        "not_needed": gettext("Not needed"),
    }[status]


_STATUS_TAG_COLORS = {"not_started": "blue", "in_progress": "turquoise"}
"""The statuses that ask the person to act, shown as a tag (of this color); the others are plain words."""


def _task_status(status: str) -> dict[str, Any]:
    """A task's status as the task list component takes it: a tag when it asks the person to act."""
    color = _STATUS_TAG_COLORS.get(status)
    if color is None:
        return {"text": status_label(status)}
    return {"tag": {"text": status_label(status), "color": color}}


def task_list_page(flow: Flow, tasks: Sequence[Task], *, chrome: Chrome, check_href: str | None) -> Markup:
    """The flow's sections, each with its status and a link where it can be started or reviewed; a link
    to check answers once every needed section is done."""
    title = flow_text(flow.title)
    done = sum(task.status == "completed" for task in tasks)
    needed = sum(task.status != "not_needed" for task in tasks)
    task_list = TaskList(
        id_prefix="task",
        items=[
            {"title": {"text": task.title}, "href": task.href, "status": _task_status(task.status)}
            for task in tasks
        ],
    )
    content = Markup("").join(
        [
            Markup('<h1 class="fd-heading-l">{}</h1>').format(title),
            # Translators: %(done)s and %(total)s are numbers of sections of a form, such as 2 and 7.
            Markup('<p class="fd-body">{}</p>').format(
                ngettext(
                    "You have completed %(done)s of %(total)s section.",
                    "You have completed %(done)s of %(total)s sections.",
                    needed,
                    done=done,
                    total=needed,
                )
            ),
            task_list.render(),
            Markup('<p class="fd-body"><a class="fd-link" href="{}">{}</a></p>').format(
                check_href, gettext("Check your answers")
            )
            if check_href
            else Markup(""),
        ]
    )
    return _page(chrome, title, content)
