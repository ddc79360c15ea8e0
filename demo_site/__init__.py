"""The Front Door demo site: the component gallery, previews for the accessibility checks, and more."""

from demo_site.app import create_app

__all__ = ["create_app"]
