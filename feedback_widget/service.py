"""What the feedback web layer and admin area share: settings, the store, the touchpoints."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback_widget.ratelimit import RateLimiter, rate_limiter_for
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store
from feedback_widget.touchpoints import TouchpointRegistry


@dataclass
class FeedbackService:
    """The running feedback widget: create one at start-up and give it to the route factories."""

    settings: FeedbackSettings
    store: Store
    touchpoints: TouchpointRegistry
    rate_limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.rate_limiter = rate_limiter_for(self.store, self.settings.rate_limit_storage)

    @classmethod
    def from_environment(cls) -> FeedbackService:
        """Build from ``FRONTDOOR_*`` variables; migrates the database to the latest schema."""
        settings = FeedbackSettings.from_env()
        store = Store.from_settings(settings.store)
        store.migrate()
        return cls(settings=settings, store=store, touchpoints=TouchpointRegistry.from_environment())
