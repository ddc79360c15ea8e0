"""The running feedback widget: what its routes and admin area share (settings, the store, the
touchpoints, the clock, the rate limiter and the writer), made once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from starlette.concurrency import run_in_threadpool

from feedback_widget.clock import SYSTEM_CLOCK, Clock
from feedback_widget.ratelimit import DatabaseRateLimiter, RateLimiter, rate_limiter_for
from feedback_widget.settings import FeedbackSettings
from feedback_widget.store import Store
from feedback_widget.store.models import Intake, Outcome, RateLimit
from feedback_widget.store.writer import SubmissionWriter
from feedback_widget.touchpoints import TouchpointRegistry

RATE_WINDOW_SECONDS = 60


@dataclass
class FeedbackService:
    """The running feedback widget: create one at start-up and give it to the route factories."""

    settings: FeedbackSettings
    store: Store
    touchpoints: TouchpointRegistry
    clock: Clock = SYSTEM_CLOCK
    # Where batches are stored: a child process (None: wherever the database allows it) or a thread.
    separate_process: bool | None = None
    rate_limiter: RateLimiter = field(init=False)
    writer: SubmissionWriter = field(init=False)

    def __post_init__(self) -> None:
        self.rate_limiter = rate_limiter_for(self.store, self.settings.rate_limit_storage, self.clock)
        self.writer = SubmissionWriter(self.store, clock=self.clock, separate_process=self.separate_process)

    @classmethod
    def from_environment(cls, clock: Clock = SYSTEM_CLOCK) -> FeedbackService:
        """Build from ``FRONTDOOR_*`` variables; migrates the database to the latest schema."""
        settings = FeedbackSettings()
        store = Store.from_settings(settings.store)
        store.migrate()
        touchpoints = TouchpointRegistry.from_environment()
        return cls(settings=settings, store=store, touchpoints=touchpoints, clock=clock)

    async def take_in(self, client_key: str, intake: Intake | None) -> Outcome:
        """Count one post for `client_key` and store `intake`'s submission (if any) when within the limit.

        With the database limiter (the default) the hit and the submission share one group-commit
        transaction; with another storage (Redis) the hit is counted there first.
        """
        limit = self.settings.rate_limit_per_minute
        if isinstance(self.rate_limiter, DatabaseRateLimiter):
            rate_limit = RateLimit(client_key, limit, RATE_WINDOW_SECONDS)
            counted = Intake(None, rate_limit) if intake is None else replace(intake, rate_limit=rate_limit)
            return await self.writer.accept(counted)
        if await run_in_threadpool(self.rate_limiter.hit, client_key, limit, RATE_WINDOW_SECONDS):
            return Outcome(limited=True)
        return Outcome() if intake is None else await self.writer.accept(intake)
