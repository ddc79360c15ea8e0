"""The admin area's route table: sign-in (:mod:`.sign_in`), the pages (:mod:`.pages`) and the JSON
API (:mod:`.api`), over one shared :class:`~feedback_widget.admin.area.AdminArea`."""

from __future__ import annotations

from starlette.routing import BaseRoute

from feedback_widget.admin.api import AdminApi
from feedback_widget.admin.area import AdminArea
from feedback_widget.admin.pages import ReportPages
from feedback_widget.admin.sign_in import SignIn
from feedback_widget.service import FeedbackService


def routes(service: FeedbackService, prefix: str = "/admin", api_prefix: str = "/api") -> list[BaseRoute]:
    """The admin area's routes under `prefix`; the admin JSON API and OpenAPI document under `api_prefix`."""
    area = AdminArea(service, prefix, api_prefix)
    return [*SignIn(area).routes(), *ReportPages(area).routes(), *AdminApi(area).routes()]
