"""The feedback widget's admin area: sign-in, dashboard with SVG charts and tables, comments, exports.

    from feedback_widget.admin import routes
    app = Starlette(routes=[*public_routes, *routes(service, prefix="/admin")])

Closed until ``FRONTDOOR_ADMIN_USERNAME`` and ``FRONTDOOR_ADMIN_PASSWORD_HASH`` are set (make the
hash with :func:`hash_password`, or ``frontdoor feedback hash-password``).
"""

from feedback_widget.admin.area import AdminArea
from feedback_widget.admin.auth import hash_password, verify_password
from feedback_widget.admin.routes import routes

__all__ = ["AdminArea", "hash_password", "routes", "verify_password"]
