"""A flow served by Starlette: the only module of form steps that imports a web framework.

    flow_app = FlowRoutes(flow, drafts=MemoryDrafts(), secret_key=KEY, page={"service_name": ...})
    app = Starlette(routes=[Mount("/apply", routes=flow_app.routes())])

``page`` gives the :class:`~components.page.Page` params every page shares (service name, header,
footer), or a function of the request that returns them (a site's navigation and language selector).
Every page works without JavaScript: a post is answered with a redirect (303) to the next page, or
with the same page and its errors (400). The person's draft is found by a cookie that holds only
its id, signed; the answers are in the draft store, saved before the redirect is sent. Each form
carries a token tied to the draft, so another site cannot post answers for the person.

Pages, under the mount:

- ``/``: the start (the first question, or the task list; nothing is stored before a first answer),
  or, for someone who has started, a redirect to where they are
- ``/{step}``, ``/{list}/{item}/{step}``: a question
- ``/{list}/add-another``, ``/{list}/{item}/remove``: a list, and removing an item
- ``/tasks``: the task list of a flow that has one
- ``/saved``, ``/resume/{token}``, ``/resume``, ``/delete``: save and come back later (by the link, or
  by the reference and code written down), and delete the answers
- ``/check-answers``, ``/confirmation``, ``/exit/{exit}``
- ``/session`` (POST), ``/session-ended``: with ``session_minutes``, each page carries a timeout
  warning whose "Continue" keeps the session going, and the page the browser goes to when it ends

With ``accounts`` (:class:`Accounts`), a person signed in (with an identity provider, say) owns their
draft: signing in on another device brings it back, and what the provider vouched for (an email) is
offered in the questions they have not answered yet, still theirs to change.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import smtplib
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from components.form_steps.answer_types import Email, File, Upload
from components.form_steps.drafts import Draft, DraftStore, GroupCommit, StoredFile, new_draft_id
from components.form_steps.flow import Flow, Repeat, Step
from components.form_steps.journey import Destination, Journey, journey
from components.form_steps.mail import Mailer, resume_message
from components.form_steps.pages import (
    Chrome,
    Task,
    account_note,
    add_another_page,
    answer_rows,
    check_answers_page,
    come_back_page,
    confirmation_page,
    exit_page,
    flow_text,
    message_page,
    question_page,
    remove_page,
    saved_page,
    session_ended_page,
    task_list_page,
)
from components.form_steps.resume_codes import (
    ALPHABET,
    ResumeCode,
    owner_key,
    owner_seal,
    owner_unseal,
    resume_code,
    resume_key,
    seal,
    unseal,
)
from components.starlette import BodyTooLarge, parse_form, read_body
from components.timeout_warning import TimeoutWarning
from i18n import gettext

CSRF_FIELD = "csrf_token"
"""The hidden field that carries the form token."""

Submit = Callable[[Flow, dict[str, Any]], str]
"""Sends the answers of a finished flow on (to a case system, a queue) and returns its reference. The
answer to a file question holds the file's bytes under ``"content"``."""

FORM_SPARE_BYTES = 256 * 1024
"""How much a posted form may hold beside its largest file: every other field together."""


def make_reference(flow: Flow, answers: dict[str, Any]) -> str:
    """A reference number the person can read out: 12 letters and digits in groups of four."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return "-".join(code[index : index + 4] for index in range(0, 12, 4))


@dataclass(frozen=True)
class SignedInPerson:
    """A person signed in: their stable id at the provider (``sub``, never an email), and answers to
    offer in the questions they have not answered, by step id (``{"email": "ada@example.com"}``)."""

    id: str
    prefill: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Accounts:
    """How a flow meets the service's sign-in: who is signed in on a request (a quick call: it runs on
    every page), where to sign in (given the path to come back to), the provider's name, and how to end
    the sign-in when the flow's session ends."""

    person: Callable[[Request], SignedInPerson | None]
    sign_in_href: Callable[[Request, str], str]
    provider: str
    end: Callable[[Request, Response], Awaitable[None]] | None = None


class FlowRoutes:
    """The routes that serve one flow, its answers kept in ``drafts``."""

    def __init__(
        self,
        flow: Flow,
        *,
        drafts: DraftStore,
        secret_key: str,
        page: Mapping[str, Any] | Callable[[Request], Mapping[str, Any]] | None = None,
        submit: Submit = make_reference,
        next_steps: str | None = None,
        today: Callable[[], date] = date.today,
        secure_cookie: bool | None = None,
        mailer: Mailer | None = None,
        confirmation_extra: Callable[[Request], Markup] | None = None,
        session_minutes: int | None = None,
        warning_minutes: int = 2,
        accounts: Accounts | None = None,
    ) -> None:
        self.flow = flow
        self.drafts = drafts
        self.secret = secret_key.encode()
        self.page = page if callable(page) else dict(page or {})
        self.submit = submit
        self.next_steps = next_steps
        self.today = today
        self.secure_cookie = secure_cookie
        self.mailer = mailer
        self.confirmation_extra = confirmation_extra
        self.session_minutes = session_minutes
        """End a person's session after this many minutes without a request (warned before, with a
        way to keep it going); ``None``: it lasts as long as the browser keeps the cookie."""
        self.warning_minutes = warning_minutes
        self.accounts = accounts
        self._saver = GroupCommit(drafts)
        self.cookie = f"fd-flow-{flow.id}"
        self._steps = {step.id: step for step in flow.steps()}
        self._repeats = {node.id: node for node in (p.node for p in flow.nodes()) if isinstance(node, Repeat)}
        self._lists = {step.id: repeat for repeat in self._repeats.values() for step in repeat.steps}
        """The list each step inside a list belongs to, worked out once."""
        self._exits = {exit_page.id: exit_page for exit_page in flow.exits}
        self._file_steps = [step for step in self._steps.values() if isinstance(step.question, File)]
        sizes = [step.question.max_bytes for step in self._file_steps if isinstance(step.question, File)]
        largest = max(sizes, default=0)
        self.max_body_bytes = largest + FORM_SPARE_BYTES
        """Posts larger than this are refused (413) before they are read to the end."""

    def routes(self) -> list[BaseRoute]:
        """The flow's routes, to mount where the service lives."""
        routes = [
            Route("/", self.start, methods=["GET"]),
            Route("/session", self.keep_session, methods=["POST"]),
            Route("/session-ended", self.session_ended, methods=["GET"]),
            Route("/check-answers", self.check_answers, methods=["GET", "POST"]),
            Route("/confirmation", self.confirmation, methods=["GET"]),
            Route("/saved", self.saved, methods=["GET", "POST"]),
            Route("/tasks", self.tasks, methods=["GET"]),
            Route("/resume", self.come_back, methods=["GET", "POST"]),
            Route("/resume/{token}", self.resume, methods=["GET"]),
            Route("/delete", self.delete, methods=["POST"]),
            Route("/exit/{exit_id}", self.exit, methods=["GET"]),
            Route("/{list_id}/add-another", self.add_another, methods=["GET", "POST"]),
            Route("/{list_id}/{item:int}/remove", self.remove, methods=["GET", "POST"]),
            Route("/{list_id}/{item:int}/{step_id}", self.question, methods=["GET", "POST"]),
            Route("/{step_id}", self.question, methods=["GET", "POST"]),
        ]
        return [Route(route.path, self._keeping(route.endpoint), methods=route.methods) for route in routes]

    def _keeping(
        self, endpoint: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        """``endpoint``, its answer carrying the cookie of the draft it opened, stamped afresh: each page
        a person loads keeps their session going."""

        async def keeping(request: Request) -> Response:
            response = await endpoint(request)
            draft = getattr(request.state, "fd_draft", None)
            prefix = f"{self.cookie}=".encode()
            setting = any(
                name == b"set-cookie" and value.startswith(prefix) for name, value in response.raw_headers
            )
            if draft is not None and not setting:
                self._set_cookie(response, request, draft)
            return response

        return keeping

    # --- drafts and cookies ------------------------------------------------------------------------

    def _sign(self, value: str) -> str:
        return hmac.new(self.secret, value.encode(), hashlib.sha256).hexdigest()[:32]

    async def _get(self, draft_id: str) -> Draft | None:
        """The draft with ``draft_id``: read here when the store reads quickly (memory, a local SQLite
        file), else in a worker thread, so that a slow database never holds up the event loop."""
        if getattr(self.drafts, "reads_quickly", False):
            return self.drafts.get(draft_id)
        return await run_in_threadpool(self.drafts.get, draft_id)

    async def _draft(self, request: Request) -> Draft | None:
        """The draft the cookie names, or ``None``: no cookie, a forged one, or a session that has ended
        (then ``request.state.fd_ended`` is true). For a person signed in, their own draft when this
        browser has none with answers, and the draft tied to them. The draft found is kept as
        ``request.state.fd_draft``."""
        draft = await self._cookie_draft(request)
        person = self.accounts.person(request) if self.accounts is not None else None
        request.state.fd_person = person
        if person is not None and not getattr(request.state, "fd_ended", False):
            draft = await self._owned(draft, person)
        if draft is not None:
            request.state.fd_draft = draft
        return draft

    async def _cookie_draft(self, request: Request) -> Draft | None:
        raw = request.cookies.get(self.cookie, "")
        draft_id, _, rest = raw.partition(".")
        stamp, _, signature = rest.partition(".")
        if not (draft_id and stamp.isdigit()) or not hmac.compare_digest(
            signature, self._sign(f"{draft_id}.{stamp}")
        ):
            return None
        if self.session_minutes is not None and time.time() - int(stamp) > self.session_minutes * 60:
            request.state.fd_ended = True
            return None
        return await self._found(draft_id)

    async def _owned(self, draft: Draft | None, person: SignedInPerson) -> Draft | None:
        """The draft a signed-in person goes on with: this browser's when it has answers (now theirs),
        else the one they last filled in, on any device."""
        key = owner_key(self.secret, self.flow.id, person.id)
        if draft is None or (not draft.answers and draft.owner_key != key):
            box = await run_in_threadpool(self.drafts.find_owned, key)
            draft_id = owner_unseal(self.secret, self.flow.id, person.id, box) if box else None
            theirs = await self._saved(draft_id) if draft_id else None
            if theirs is not None and theirs.reference is None:
                return theirs
        if draft is not None and draft.reference is None and draft.owner_key != key:
            draft = replace(
                draft, owner_key=key, owner_box=owner_seal(self.secret, self.flow.id, person.id, draft.id)
            )
            if draft.answers:  # a draft with nothing in it is kept with its first answer
                await self._saver.save(draft)
        return draft

    async def _found(self, draft_id: str) -> Draft | None:
        draft = await self._get(draft_id)
        if draft is None:  # signed by us but never saved (nothing answered yet), or deleted: start afresh
            return self._fresh(draft_id)
        if draft.flow_id != self.flow.id:
            return None
        if draft.is_expired(datetime.now(UTC)):
            await run_in_threadpool(self.drafts.delete, draft.id)
            return None
        if draft.flow_version != self.flow.version:  # started on an older version: carry the answers over
            answers = self.flow.upgrade(draft.answers, draft.flow_version)
            draft = replace(draft, answers=answers, flow_version=self.flow.version)
            await self._saver.save(draft)
        return draft

    def _set_cookie(self, response: Response, request: Request, draft: Draft) -> None:
        secure = request.url.scheme == "https" if self.secure_cookie is None else self.secure_cookie
        stamp = f"{draft.id}.{int(time.time())}"
        response.set_cookie(
            self.cookie,
            f"{stamp}.{self._sign(stamp)}",
            httponly=True,
            samesite="lax",
            secure=secure,
            path="/",  # every language's prefix: switching language mid-journey keeps the answers
        )

    def _token(self, draft: Draft) -> str:
        return self._sign(f"csrf:{draft.id}")

    def _page_params(self, request: Request) -> Mapping[str, Any]:
        return self.page(request) if callable(self.page) else self.page

    def _chrome(self, draft: Draft, request: Request) -> Chrome:
        hidden = {CSRF_FIELD: self._token(draft)}
        after = Markup("")
        if self.session_minutes is not None:
            base = self._base(request)
            after = TimeoutWarning(
                minutes=self.session_minutes,
                warning_minutes=self.warning_minutes,
                extend_url=f"{base}/session",
                ended_url=f"{base}/session-ended",
                save_url=f"{base}/saved" if draft.reference is None else None,
                hidden=hidden,
            ).render()
        return Chrome(page=self._page_params(request), hidden=hidden, after=after)

    def _not_found(self, draft: Draft, request: Request) -> Response:
        title = gettext("Page not found")
        body = gettext("If you typed the web address, check it is correct.")
        return HTMLResponse(message_page(title, body, chrome=self._chrome(draft, request)), status_code=404)

    def _too_large(self, draft: Draft, request: Request) -> Response:
        title = gettext("What you sent was too large")
        body = gettext("Go back and choose a smaller file.")
        return HTMLResponse(message_page(title, body, chrome=self._chrome(draft, request)), status_code=413)

    async def _keep_file(self, draft: Draft, value: Any, contents: Mapping[str, bytes]) -> None:
        """Keep the bytes of the file a parsed answer names, before the answer itself is saved."""
        if not (isinstance(value, dict) and value.get("key") in contents):
            return
        kept = StoredFile(str(value["filename"]), str(value["content_type"]), contents[value["key"]])
        await run_in_threadpool(self.drafts.save_file, draft.id, value["key"], kept, draft.expires)

    def _with_files(self, draft: Draft, answers: dict[str, Any]) -> dict[str, Any]:
        """``answers`` with the bytes of each uploaded file beside its answer, for :data:`Submit`."""
        sent = dict(answers)
        for step in self._file_steps:
            repeat = self._lists.get(step.id)
            if repeat is None:
                if isinstance(sent.get(step.id), dict):
                    sent[step.id] = self._file_answer(draft, sent[step.id])
                continue
            data = dict(sent.get(repeat.id) or {})
            items = [dict(item) for item in data.get("items", [])]
            for item in items:
                if isinstance(item.get(step.id), dict):
                    item[step.id] = self._file_answer(draft, item[step.id])
            if items:
                sent[repeat.id] = {**data, "items": items}
        return sent

    def _file_answer(self, draft: Draft, answer: dict[str, Any]) -> dict[str, Any]:
        kept = self.drafts.file(draft.id, str(answer.get("key", "")))
        return {**answer, "content": kept.content if kept is not None else None}

    def _refused(self, draft: Draft, request: Request) -> Response:
        title = gettext("This form has expired")
        body = gettext("Your answers are safe. Go back, reload the page and send it again.")
        return HTMLResponse(message_page(title, body, chrome=self._chrome(draft, request)), status_code=403)

    async def _form(self, request: Request, draft: Draft) -> FormData | Response:
        """The posted form; or the page that refuses it: over :attr:`max_body_bytes` (413), or without
        this draft's token (403)."""
        try:
            body = await read_body(request, self.max_body_bytes)
        except BodyTooLarge:
            return self._too_large(draft, request)
        form = await parse_form(request, body, max_files=len(self._file_steps) or 1)
        token = form.get(CSRF_FIELD)
        if not isinstance(token, str) or not hmac.compare_digest(token, self._token(draft)):
            return self._refused(draft, request)
        return form

    # --- URLs ----------------------------------------------------------------------------------------

    @staticmethod
    def _base(request: Request) -> str:
        return request.scope.get("root_path", "").rstrip("/")

    def href(self, request: Request, page: Destination) -> str:
        """The URL of ``page`` under this flow's mount."""
        base = self._base(request)
        if page.kind == "tasks":
            return f"{base}/tasks"
        if page.kind == "check_answers":
            return f"{base}/check-answers"
        if page.kind == "exit":
            return f"{base}/exit/{page.id}"
        if page.kind == "add_another":
            return f"{base}/{page.id}/add-another"
        if page.item is not None:
            return f"{base}/{self._list_of(page.id).id}/{page.item}/{page.id}"
        return f"{base}/{page.id}"

    def _list_of(self, step_id: str) -> Repeat:
        return self._lists[step_id]

    def _journey(self, draft: Draft) -> Journey:
        return journey(self.flow, draft.answers, self.today())

    def _redirect(self, request: Request, page: Destination) -> RedirectResponse:
        return RedirectResponse(self.href(request, page), status_code=303)

    def _back(self, request: Request, now: Journey, page: Destination) -> str | None:
        """The page before ``page`` on the way (the flow's start for the first). In a list, as the person
        went: an item's first step comes after the list's page (where they said yes), its other steps
        after the step before; the list's page after the last item's last step."""
        if page.item is not None:
            steps = [step.id for step in self._list_of(page.id).steps]
            position = steps.index(page.id)
            if position > 0:
                return self.href(request, Destination("step", steps[position - 1], page.item))
            return self.href(request, Destination("add_another", self._list_of(page.id).id))
        if page.kind == "add_another":
            repeat = self._repeats[page.id]
            items = (now.relevant().get(repeat.id) or {}).get("items", [])
            if items:
                return self.href(request, Destination("step", repeat.steps[-1].id, len(items) - 1))
        pages = self._pages_on_the_way(now)
        if page in pages:
            position = pages.index(page)
            return self.href(request, pages[position - 1]) if position > 0 else None
        return self.href(request, pages[-1]) if pages else None

    def _pages_on_the_way(self, now: Journey) -> list[Destination]:
        pages: list[Destination] = []
        answers = now.relevant()
        for node_id in now.visited:
            repeat = self._repeats.get(node_id)
            if repeat is None:
                pages.append(Destination("step", node_id))
                continue
            for number, _item in enumerate(answers[node_id]["items"]):
                pages += [Destination("step", step.id, number) for step in repeat.steps]
            pages.append(Destination("add_another", node_id))
        return pages

    # --- pages ---------------------------------------------------------------------------------------

    def _fresh(self, draft_id: str) -> Draft:
        """A new, empty draft: stored only once its first answer is, so a visit alone writes nothing."""
        expires = datetime.now(UTC) + timedelta(days=self.flow.draft_days)
        return Draft(draft_id, self.flow.id, self.flow.version, {}, expires)

    async def start(self, request: Request) -> Response:
        """Carry on where the person left off (a redirect), or start: the first question, here."""
        draft = await self._draft(request)
        if draft is not None and draft.reference is None:
            if self.flow.task_list:
                return RedirectResponse(f"{self._base(request)}/tasks", status_code=303)
            return self._redirect(request, self._journey(draft).next)
        draft = self._fresh(new_draft_id())
        now = self._journey(draft)
        if self.flow.task_list:
            response_tasks = HTMLResponse(self._tasks_html(request, draft))
            self._set_cookie(response_tasks, request, draft)
            return response_tasks
        first = self._steps.get(now.next.id) if now.next.kind == "step" and now.next.item is None else None
        if first is None:
            response: Response = self._redirect(request, now.next)
        else:
            response = HTMLResponse(self._question_html(request, draft, first, now.next, now, {}, {}))
        self._set_cookie(response, request, draft)
        return response

    def _question_html(
        self,
        request: Request,
        draft: Draft,
        step: Step,
        page: Destination,
        now: Journey,
        entered: Mapping[str, Any],
        errors: Mapping[str, str],
    ) -> Markup:
        query = request.url.query
        return question_page(
            step,
            chrome=self._chrome(draft, request),
            action=self.href(request, page) + (f"?{query}" if query else ""),
            back_href=self._back(request, now, page),
            entered=entered,
            errors=errors,
            can_save=True,
        )

    async def _open_draft(self, request: Request) -> Draft | Response:
        draft = await self._draft(request)
        if draft is None and getattr(request.state, "fd_ended", False):
            return RedirectResponse(f"{self._base(request)}/session-ended", status_code=303)
        if draft is None:
            return RedirectResponse(f"{self._base(request)}/", status_code=303)
        if draft.reference is not None:
            return RedirectResponse(f"{self._base(request)}/confirmation", status_code=303)
        return draft

    async def question(self, request: Request) -> Response:
        """A question page: shown, or its answer checked and saved."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        draft = opened
        step = self._steps.get(request.path_params["step_id"])
        item = request.path_params.get("item")
        if step is None or (item is not None) != (step.id in self._lists):
            return self._not_found(draft, request)
        page = Destination("step", step.id, item)
        now = self._journey(draft)
        if not (now.may_visit(page) or self._new_item(now, page)):
            return self._redirect(request, now.next)
        entered: Mapping[str, Any] = step.question.refill(step.id, self._answer_of(draft, page))
        person: SignedInPerson | None = request.state.fd_person
        if person is not None and page.item is None and self._answer_of(draft, page) is None:
            offered = person.prefill.get(step.id)
            entered = step.question.refill(step.id, offered) if offered is not None else entered
        errors: Mapping[str, str] = {}
        if request.method == "POST":
            form = await self._form(request, draft)
            if isinstance(form, Response):
                return form
            fields, contents = await _form_lists(form)
            parsed = step.question.parse(step.id, fields)
            saving = form.get("action") == "save"
            if parsed.ok:
                await self._keep_file(draft, parsed.value, contents)
                draft = draft.with_answers(self._answered(draft, page, parsed.value))
                await self._saver.save(draft)
            if saving:  # "Save and come back later": what was valid is kept, the rest is asked again then
                return RedirectResponse(f"{self._base(request)}/saved", status_code=303)
            if parsed.ok:
                changing = request.query_params.get("change") == "1"
                following = self._after(draft, page, changing)
                response = self._redirect(request, following)
                if changing and following.kind == "step":  # a new follow-up: then back to check answers
                    response.headers["location"] += "?change=1"
                return response
            entered, errors = parsed.entered, parsed.errors
        html = self._question_html(request, draft, step, page, now, entered, errors)
        return HTMLResponse(html, status_code=400 if errors else 200)

    def _new_item(self, now: Journey, page: Destination) -> bool:
        """Whether ``page`` is the first step of the next new item of a list the person may add to."""
        if page.item is None:
            return False
        repeat = self._list_of(page.id)
        items = (now.relevant().get(repeat.id) or {}).get("items", [])
        on_way = repeat.id in now.visited or now.next == Destination("add_another", repeat.id)
        return on_way and page.item == len(items) < repeat.max_items and page.id == repeat.steps[0].id

    def _answer_of(self, draft: Draft, page: Destination) -> Any:
        if page.item is None:
            return draft.answers.get(page.id)
        items = (draft.answers.get(self._list_of(page.id).id) or {}).get("items", [])
        return items[page.item].get(page.id) if page.item < len(items) else None

    def _answered(self, draft: Draft, page: Destination, value: Any) -> dict[str, Any]:
        answers = dict(draft.answers)
        if page.item is None:
            answers[page.id] = value
            return answers
        repeat = self._list_of(page.id)
        data = dict(answers.get(repeat.id) or {})
        items = [dict(item) for item in data.get("items", [])]
        while len(items) <= page.item:
            items.append({})
        items[page.item][page.id] = value
        data["items"] = items
        data["complete"] = False
        answers[repeat.id] = data
        return answers

    def _after(self, draft: Draft, page: Destination, changing: bool) -> Destination:
        """Where to go once ``page`` is answered: the next page on the way; after a change from check
        answers, the new follow-up questions, then check answers again."""
        now = self._journey(draft)
        if changing:
            return now.next
        pages = self._pages_on_the_way(now)
        following = (
            pages[pages.index(page) + 1] if page in pages and pages.index(page) + 1 < len(pages) else now.next
        )
        moved_on = following.kind == "check_answers" or self._section_of(following) != self._section_of(page)
        if self.flow.task_list and following.kind != "exit" and moved_on:
            return Destination("tasks", "tasks")  # a section done: back to the task list
        return following

    async def add_another(self, request: Request) -> Response:
        """A list's page: its items, and whether to add another."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        draft = opened
        repeat = self._repeats.get(request.path_params["list_id"])
        if repeat is None:
            return self._not_found(draft, request)
        page = Destination("add_another", repeat.id)
        now = self._journey(draft)
        if not now.may_visit(page):
            return self._redirect(request, now.next)
        items = (now.relevant().get(repeat.id) or {}).get("items", [])
        error = None
        if request.method == "POST":
            form = await self._form(request, draft)
            if isinstance(form, Response):
                return form
            choice = form.get(repeat.id)
            if choice == "yes" and len(items) < repeat.max_items:
                return self._redirect(request, Destination("step", repeat.steps[0].id, len(items)))
            if choice == "no" or len(items) >= repeat.max_items:
                if len(items) >= repeat.min_items:
                    answers = dict(draft.answers)
                    answers[repeat.id] = {"items": items, "complete": True}
                    draft = draft.with_answers(answers)
                    await self._saver.save(draft)
                    changing = request.query_params.get("change") == "1"
                    return self._redirect(request, self._after(draft, page, changing))
                # Translators: %(num)s is the fewest items the list must have, such as 1.
                error = gettext("Add at least %(num)s before you continue.", num=repeat.min_items)
            else:
                error = gettext("Select yes or no.")
        first = repeat.steps[0]

        def describe(item: Mapping[str, Any]) -> str:
            value = item.get(first.id)
            return first.question.display(value) if value is not None else ""

        base = self._base(request)
        html = add_another_page(
            repeat,
            chrome=self._chrome(draft, request),
            action=str(request.url.path),
            back_href=self._back(request, now, page),
            items=items,
            describe=describe,
            change_href=lambda number: f"{base}/{repeat.id}/{number}/{first.id}",
            remove_href=lambda number: f"{base}/{repeat.id}/{number}/remove",
            error=error,
        )
        return HTMLResponse(html, status_code=400 if error else 200)

    async def remove(self, request: Request) -> Response:
        """Remove one item of a list (a post; the page asks first)."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        draft = opened
        repeat = self._repeats.get(request.path_params["list_id"])
        number = request.path_params["item"]
        if repeat is None:
            return self._not_found(draft, request)
        items = list((draft.answers.get(repeat.id) or {}).get("items", []))
        if not 0 <= number < len(items):
            return self._redirect(request, Destination("add_another", repeat.id))
        if request.method == "POST":
            form = await self._form(request, draft)
            if isinstance(form, Response):
                return form
            del items[number]
            answers = dict(draft.answers)
            answers[repeat.id] = {"items": items, "complete": False}
            draft = draft.with_answers(answers)
            await self._saver.save(draft)
            return self._redirect(request, Destination("add_another", repeat.id))
        first = repeat.steps[0]
        value = items[number].get(first.id)
        name = first.question.display(value) if value is not None else ""
        html = remove_page(
            # Translators: %(name)s names the item, such as a person's name.
            gettext("Are you sure you want to remove %(name)s?", name=name),
            chrome=self._chrome(draft, request),
            action=str(request.url.path),
            back_href=self.href(request, Destination("add_another", repeat.id)),
        )
        return HTMLResponse(html)

    async def check_answers(self, request: Request) -> Response:
        """Check answers, and sending them."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        draft = opened
        now = self._journey(draft)
        if not now.complete:
            return self._redirect(request, now.next)
        declaration_error = None
        if request.method == "POST":
            form = await self._form(request, draft)
            if isinstance(form, Response):
                return form
            if self.flow.declaration and form.get("declaration") != "yes":
                declaration_error = gettext("Select the box to confirm your answers are true.")
        if request.method == "POST" and declaration_error is None:
            answers = now.relevant()  # answers on branches no longer taken are purged here
            sent = await run_in_threadpool(self._with_files, draft, answers)
            reference = await run_in_threadpool(self.submit, self.flow, sent)
            draft = Draft(draft.id, draft.flow_id, draft.flow_version, answers, draft.expires, reference)
            await self._saver.save(draft)
            await run_in_threadpool(self.drafts.delete_files, draft.id)  # sent on: no need to keep them
            return RedirectResponse(f"{self._base(request)}/confirmation", status_code=303)

        def change_href(step: Step, item: int | None) -> str:
            return self.href(request, Destination("step", step.id, item)) + "?change=1"

        pages = self._pages_on_the_way(now)
        html = check_answers_page(
            self.flow,
            answer_rows(self.flow, now, change_href),
            chrome=self._chrome(draft, request),
            action=str(request.url.path),
            back_href=self.href(request, pages[-1]) if pages else None,
            declaration_error=declaration_error,
        )
        return HTMLResponse(html, status_code=400 if declaration_error else 200)

    def resume_link(self, request: Request, draft: Draft) -> str:
        """The link that brings ``draft`` back, on any device: its id, signed, in the path."""
        return f"{request.url.scheme}://{request.url.netloc}{self._base(request)}/resume/{draft.id}.{self._sign(draft.id)}"

    async def saved(self, request: Request) -> Response:
        """Your answers are saved: the link to come back, until when, a way to delete them, and (with a
        mailer) a form that emails the link."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        written = resume_code(self.secret, opened.id)
        opened = replace(
            opened,
            resume_key=resume_key(self.secret, written),
            resume_box=seal(self.secret, written, opened.id),
        )
        await self._saver.save(opened)  # kept now, even with nothing answered yet
        link = self.resume_link(request, opened)
        entered, error, sent_to = "", None, None
        if request.method == "POST" and self.mailer is not None:
            form = await self._form(request, opened)
            if isinstance(form, Response):
                return form
            parsed = Email(label="-").parse("email", (await _form_lists(form))[0])
            entered = str(parsed.entered.get("email", ""))
            error = parsed.errors.get("email")
            if parsed.ok:
                message = resume_message(
                    parsed.value, service=flow_text(self.flow.title), link=link, expires=opened.expires
                )
                try:
                    await run_in_threadpool(self.mailer.send, message)
                    sent_to = parsed.value
                except (OSError, smtplib.SMTPException):
                    error = gettext("We could not send the email. Copy the link instead.")
        html = saved_page(
            resume_link=link,
            written=written,
            come_back_href=f"{request.url.scheme}://{request.url.netloc}{self._base(request)}/resume",
            expires=opened.expires,
            chrome=self._chrome(opened, request),
            delete_action=f"{self._base(request)}/delete",
            continue_href=self.href(request, self._journey(opened).next),
            mail_action=f"{self._base(request)}/saved" if self.mailer is not None else None,
            entered_email=entered,
            email_error=error,
            sent_to=sent_to,
            account=self._account_note(request),
        )
        return HTMLResponse(html, status_code=400 if error else 200)

    def _account_note(self, request: Request) -> Markup:
        if self.accounts is None:
            return Markup("")
        back = f"{self._base(request)}/saved"
        return account_note(
            self.accounts.provider,
            signed_in=request.state.fd_person is not None,
            sign_in_href=self.accounts.sign_in_href(request, back),
        )

    async def resume(self, request: Request) -> Response:
        """Come back to a saved draft from its link: the cookie is set again, and on to the next page."""
        draft_id, _, signature = request.path_params["token"].partition(".")
        signed = bool(draft_id) and hmac.compare_digest(signature, self._sign(draft_id))
        draft = await self._saved(draft_id) if signed else None
        if draft is None:
            title = gettext("This link has expired")
            body = gettext("Saved answers are deleted after a time. You can start again.")
            html = message_page(
                title,
                body,
                chrome=Chrome(self._page_params(request), {}),
                link=(gettext("Start again"), f"{self._base(request)}/"),
            )
            return HTMLResponse(html, status_code=404)
        response = self._redirect(request, self._journey(draft).next)
        self._set_cookie(response, request, draft)
        return response

    async def keep_session(self, request: Request) -> Response:
        """Keep the session going (the timeout warning's "Continue"): 204, with the cookie stamped afresh."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        form = await self._form(request, opened)
        if isinstance(form, Response):
            return form
        return Response(status_code=204)  # a browser that posted the form itself stays on its page

    async def session_ended(self, request: Request) -> Response:
        """The session has ended: a plain page with the ways on; the cookie is forgotten."""
        base = self._base(request)
        html = session_ended_page(
            chrome=Chrome(self._page_params(request), {}),
            minutes=self.session_minutes or 0,
            come_back_href=f"{base}/resume",
            start_href=f"{base}/",
        )
        response = HTMLResponse(html)
        response.delete_cookie(self.cookie, path="/")
        if self.accounts is not None and self.accounts.end is not None:
            await self.accounts.end(request, response)  # a shared computer keeps no way back in
        return response

    async def come_back(self, request: Request) -> Response:
        """Come back to saved answers with the reference and code written down: a form, then on to where
        the person left off."""
        draft = await self._draft(request) or self._fresh(new_draft_id())
        entered = {"reference": "", "code": ""}
        errors: dict[str, str] = {}
        if request.method == "POST":
            form = await self._form(request, draft)
            if isinstance(form, Response):
                return form
            entered = {name: str(form.get(name) or "")[:40] for name in entered}
            if not entered["reference"].strip():
                errors["reference"] = gettext("Enter your reference.")
            if not entered["code"].strip():
                errors["code"] = gettext("Enter your code.")
            if not errors:
                found = await self._written_draft(ResumeCode(entered["reference"], entered["code"]))
                if found is None:
                    errors["reference"] = gettext(
                        "We found no saved answers with this reference and code. Check them and try again."
                    )
                else:
                    onward = self._redirect(request, self._journey(found).next)
                    self._set_cookie(onward, request, found)
                    return onward
        html = come_back_page(
            chrome=self._chrome(draft, request), action=str(request.url.path), entered=entered, errors=errors
        )
        response = HTMLResponse(html, status_code=400 if errors else 200)
        self._set_cookie(response, request, draft)  # the form's token is tied to this draft
        return response

    async def _written_draft(self, given: ResumeCode) -> Draft | None:
        """The saved draft of this flow that ``given`` opens, or ``None``."""
        box = await run_in_threadpool(self.drafts.find, resume_key(self.secret, given))
        draft_id = unseal(self.secret, given, box) if box is not None else None
        return await self._saved(draft_id) if draft_id else None

    async def _saved(self, draft_id: str) -> Draft | None:
        """The saved, unexpired draft ``draft_id`` of this flow, or ``None``."""
        draft = await self._get(draft_id)
        if draft is None or draft.flow_id != self.flow.id or draft.is_expired(datetime.now(UTC)):
            return None
        return draft

    async def delete(self, request: Request) -> Response:
        """Delete the person's draft, at their request, and forget the cookie."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        form = await self._form(request, opened)
        if isinstance(form, Response):
            return form
        await run_in_threadpool(self.drafts.delete, opened.id)
        title = gettext("Your answers were deleted")
        body = gettext("We no longer have the answers you saved.")
        html = message_page(
            title,
            body,
            chrome=Chrome(self._page_params(request), {}),
            link=(gettext("Start again"), f"{self._base(request)}/"),
        )
        response = HTMLResponse(html)
        response.delete_cookie(self.cookie, path="/")
        if self.accounts is not None and self.accounts.end is not None:
            await self.accounts.end(request, response)  # a shared computer keeps no way back in
        return response

    def _section_of(self, page: Destination) -> str | None:
        """The id of the section ``page`` belongs to (``None`` for check answers, an exit...)."""
        node_id = page.id if page.item is None and page.kind in ("step", "add_another") else None
        if page.item is not None:
            node_id = self._list_of(page.id).id
        for placed in self.flow.nodes():
            if placed.node.id == node_id:
                return placed.section.id
        return None

    def _tasks_html(self, request: Request, draft: Draft) -> Markup:
        now = self._journey(draft)
        pages = self._pages_on_the_way(now)
        tasks = []
        for section in self.flow.sections:
            status = now.section_status(section)
            href = None
            if status in ("in_progress", "not_started"):
                href = self.href(request, now.next)
            elif status == "completed":
                first = next((page for page in pages if self._section_of(page) == section.id), None)
                href = self.href(request, first) if first else None
            tasks.append(Task(flow_text(section.title), status, href))
        check = self.href(request, now.next) if now.complete else None
        return task_list_page(self.flow, tasks, chrome=self._chrome(draft, request), check_href=check)

    async def tasks(self, request: Request) -> Response:
        """The task list: each section's status, and where to go on."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        return HTMLResponse(self._tasks_html(request, opened))

    async def confirmation(self, request: Request) -> Response:
        """The confirmation of a sent draft."""
        draft = await self._draft(request)
        if draft is None or draft.reference is None:
            return RedirectResponse(f"{self._base(request)}/", status_code=303)
        sent = journey(self.flow, draft.answers, self.today())
        rows = answer_rows(self.flow, sent, lambda step, item: "")
        extra = self.confirmation_extra(request) if self.confirmation_extra else None
        html = confirmation_page(
            self.flow,
            draft.reference,
            chrome=self._chrome(draft, request),
            next_steps=self.next_steps,
            rows=rows,
            extra=extra,
        )
        return HTMLResponse(html)

    async def exit(self, request: Request) -> Response:
        """An exit page, shown only when the answers lead to it."""
        opened = await self._open_draft(request)
        if isinstance(opened, Response):
            return opened
        draft = opened
        now = self._journey(draft)
        page = Destination("exit", request.path_params["exit_id"])
        if now.next != page:
            return self._redirect(request, now.next)
        pages = self._pages_on_the_way(now)
        back = self.href(request, pages[-1]) if pages else None
        return HTMLResponse(
            exit_page(self._exits[page.id], chrome=self._chrome(draft, request), back_href=back)
        )


async def _form_lists(form: FormData) -> tuple[dict[str, list[Any]], dict[str, bytes]]:
    """The form as lists of values by field, an uploaded file as an :class:`Upload`; and the bytes of
    each file by the key its :class:`Upload` was given."""
    fields: dict[str, list[Any]] = {}
    contents: dict[str, bytes] = {}
    for name, value in form.multi_items():
        kept: Any = value
        if isinstance(value, UploadFile):
            content = await value.read()
            key = secrets.token_urlsafe(16)
            contents[key] = content
            kept = Upload(value.filename or "", value.content_type or "", len(content), key, content[:16])
        fields.setdefault(name, []).append(kept)
    return fields, contents
