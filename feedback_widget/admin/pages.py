"""The signed-in admin's pages: the dashboard (counts, shares, SVG charts with their tables), the
searchable comments with their spam flag, and the CSV downloads (raw responses, the quarterly file)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from feedback_widget.admin import charts
from feedback_widget.admin.area import HERE, AdminArea
from feedback_widget.admin.auth import AdminSession
from feedback_widget.admin.comments import search_comments
from feedback_widget.admin.exports import all_submissions, quarterly_rows, responses_rows, to_csv
from feedback_widget.admin.periods import Period, PeriodError, resolve_period
from feedback_widget.admin.reports import Report, build_report
from i18n import gettext as _

COMMENTS_PER_PAGE = 20
MAX_PAGE = 100_000  # beyond any real list; keeps the offset in range for the database


class ReportPages:
    """The dashboard, the comments, the spam flag, the exports and the area's styles."""

    def __init__(self, area: AdminArea) -> None:
        self.area = area

    def routes(self) -> list[BaseRoute]:
        """The pages under the area's prefix (all but the styles need a signed-in admin)."""
        prefix, signed_in = self.area.prefix, self.area.signed_in
        return [
            *([Route(prefix, self.root)] if prefix else []),
            Route(f"{prefix}/", signed_in(self.dashboard), name="feedback_admin_dashboard"),
            Route(f"{prefix}/comments", signed_in(self.comments), name="feedback_admin_comments"),
            Route(f"{prefix}/comments/{{submission_id}}/spam", signed_in(self.mark_spam), methods=["POST"]),
            Route(f"{prefix}/export/responses.csv", signed_in(self.export_responses)),
            Route(f"{prefix}/export/quarterly.csv", signed_in(self.export_quarterly)),
            Route(f"{prefix}/admin.css", self.css),
        ]

    async def root(self, request: Request) -> Response:
        """The prefix without its slash: on to the dashboard."""
        return RedirectResponse(f"{self.area.prefix}/", status_code=307)

    async def css(self, request: Request) -> Response:
        """The admin area's own styles."""
        return Response((HERE / "admin.css").read_text(encoding="utf-8"), media_type="text/css")

    # Dashboard

    def _touchpoint(self, request: Request) -> str | None:
        ids = [touchpoint.id for touchpoint in self.area.service.touchpoints]
        chosen = request.query_params.get("touchpoint")
        return chosen if chosen in ids else (ids[0] if ids else None)

    def _period(self, request: Request, default: str) -> Period:
        query = request.query_params
        today = self.area.service.clock.now().date()
        return resolve_period(
            query.get("period"), query.get("from"), query.get("to"), today=today, default=default
        )

    async def dashboard(self, request: Request, session: AdminSession) -> Response:
        """Responses, the trust share, counts per answer and a trend for one touchpoint and period."""
        service = self.area.service
        touchpoint = self._touchpoint(request)
        errors: list[dict[str, str]] = []
        field_errors: dict[str, str] = {}
        try:
            period = self._period(request, "this_quarter")
        except PeriodError as error:
            errors.append({"text": error.message, "href": f"#{error.field}"})
            field_errors[error.field] = error.message
            period = resolve_period("this_quarter", today=self.area.service.clock.now().date())
        report: Report | None = None
        if touchpoint is not None:
            question_set = service.touchpoints.question_set(touchpoint)
            report = await run_in_threadpool(build_report, service.store, touchpoint, question_set, period)
        query = {"touchpoint": touchpoint or "", "period": period.kind}
        if period.kind == "custom":
            query.update({"from": str(period.first_day), "to": str(period.last_day)})
        context = {
            "title": _("Dashboard"),
            "touchpoints": list(service.touchpoints),
            "touchpoint": touchpoint,
            "period": period,
            "values": request.query_params,
            "errors": errors,
            "field_errors": field_errors,
            "report": report,
            "charts": _charts(report) if report else {},
            "export_query": urlencode(query),
            "current": "dashboard",
        }
        return self.area.render(request, "dashboard.html", context, session=session)

    # Comments

    def _text_questions(self) -> list[str]:
        keys: list[str] = []
        for question_set in self.area.service.touchpoints.question_sets.values():
            keys += [q.key for q in question_set.questions if q.kind == "text"]
        return keys

    async def comments(self, request: Request, session: AdminSession) -> Response:
        """The free-text answers, newest first, searched and a page at a time."""
        service, prefix = self.area.service, self.area.prefix
        query = request.query_params
        search = (query.get("q") or "").strip()[:200]
        touchpoint = query.get("touchpoint") or None
        if touchpoint not in {t.id for t in service.touchpoints}:
            touchpoint = None
        try:
            page = min(max(1, int(query.get("page") or 1)), MAX_PAGE)
        except ValueError:
            page = 1
        total, found = await run_in_threadpool(
            search_comments,
            service.store,
            self._text_questions(),
            touchpoint=touchpoint,
            query=search,
            limit=COMMENTS_PER_PAGE,
            offset=(page - 1) * COMMENTS_PER_PAGE,
        )
        pages = max(1, -(-total // COMMENTS_PER_PAGE))

        def page_link(number: int) -> str:
            params = {"q": search, "touchpoint": touchpoint or "", "page": number}
            return f"{prefix}/comments?" + urlencode({k: v for k, v in params.items() if v})

        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        context = {
            "title": _("Comments"),
            "comments": found,
            "total": total,
            "q": search,
            "touchpoint": touchpoint,
            "touchpoints": list(service.touchpoints),
            "page_number": page,
            "pages": pages,
            "previous_link": page_link(page - 1) if page > 1 else None,
            "next_link": page_link(page + 1) if page < pages else None,
            "here": here,
            "current": "comments",
        }
        return self.area.render(request, "comments.html", context, session=session)

    async def mark_spam(self, request: Request, session: AdminSession) -> Response:
        """Flag a response as spam (or not), with the session's CSRF token; back to ``next``."""
        area = self.area
        form = await request.form()
        if not area.signer().check_csrf(str(form.get("csrf_token") or ""), session.nonce):
            return area.expired(request, session)
        spam = form.get("spam") == "1"
        found = await run_in_threadpool(
            area.service.store.mark_spam, request.path_params["submission_id"], spam
        )
        if not found:
            return area.render(
                request, "not_found.html", {"title": _("Page not found")}, status=404, session=session
            )
        target = area.safe_next(str(form.get("next") or ""), f"{area.prefix}/comments")
        return RedirectResponse(target, status_code=303)

    # Exports

    async def export_responses(self, request: Request, session: AdminSession) -> Response:
        """Every response of a touchpoint (or all) in a period, one row each, as CSV."""
        service = self.area.service
        touchpoint = request.query_params.get("touchpoint") or None
        try:
            period = self._period(request, "all")
        except PeriodError as error:
            return Response(error.message, status_code=400, media_type="text/plain; charset=utf-8")
        sets = dict(service.touchpoints.question_sets)

        def build() -> str:
            return to_csv(responses_rows(list(all_submissions(service.store, touchpoint, period)), sets))

        text = await run_in_threadpool(build)
        return _csv(text, f"responses-{touchpoint or 'all'}-{period.kind}.csv")

    async def export_quarterly(self, request: Request, session: AdminSession) -> Response:
        """The quarterly federal file of one touchpoint, as CSV."""
        service = self.area.service
        touchpoint = self._touchpoint(request)
        if touchpoint is None:
            return Response(_("There are no touchpoints."), status_code=400, media_type="text/plain")
        try:
            period = self._period(request, "last_quarter")
        except PeriodError as error:
            return Response(error.message, status_code=400, media_type="text/plain; charset=utf-8")
        question_set = service.touchpoints.question_set(touchpoint)

        def build() -> str:
            submissions = list(all_submissions(service.store, touchpoint, period))
            return to_csv(quarterly_rows(submissions, question_set))

        text = await run_in_threadpool(build)
        label = (
            period.label.replace(" ", "-") if period.kind in ("this_quarter", "last_quarter") else period.kind
        )
        return _csv(text, f"quarterly-{touchpoint}-{label}.csv")


def _charts(report: Report) -> dict[str, Any]:
    made: dict[str, Any] = {}
    for question in report.questions:
        bars = [
            charts.Bar(row.label, row.count, f"{row.count_text} ({row.share_text})") for row in question.rows
        ]
        made[question.key] = charts.bar_chart(
            f"chart-{question.key}", question.title, f"table-{question.key}", bars
        )
    if report.trend:
        made["trend-responses"] = charts.bar_chart(
            "chart-trend-responses",
            _("Responses over time"),
            "table-trend",
            [charts.Bar(row.label, row.responses, str(row.responses)) for row in report.trend],
        )
        if report.trust is not None:
            made["trend-trust"] = charts.bar_chart(
                "chart-trend-trust",
                _("Trust share over time"),
                "table-trend",
                [charts.Bar(row.label, row.share or 0, row.share_text) for row in report.trend],
                maximum=100,
            )
    return made


def _csv(text: str, filename: str) -> Response:
    return Response(
        "\ufeff" + text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )
