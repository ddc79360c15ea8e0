"""The feedback widget as real server processes on loopback, over real databases.

Each test starts ``uvicorn tests.feedback_widget.server_app:create_app --factory`` as a subprocess
(one worker, configured only through ``FRONTDOOR_*`` variables) and talks to it over HTTP:

- under concurrent load, with retried idempotency keys, every acknowledged submission is stored
  exactly once (SQLite and PostgreSQL);
- a server killed with SIGKILL mid-load and restarted on the same SQLite file has lost no
  acknowledged submission;
- two server processes sharing one PostgreSQL database share one rate limit per client.
"""

from __future__ import annotations

import os
import signal
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import httpx2
import pytest
from sqlalchemy import func, select

from feedback_widget.service import RATE_WINDOW_SECONDS
from feedback_widget.store import Store
from feedback_widget.store.schema import answers, submissions
from tests.feedback_widget.clock import START
from tests.feedback_widget.server_app import CLOCK_VARIABLE
from tests.postgres import PostgresServer
from tests.servers import ServerError, UvicornServer

# Each test starts store processes or servers of its own.
pytestmark = pytest.mark.slow

TOUCHPOINT = "demo-benefits"
API_PATH = f"/api/feedback/{TOUCHPOINT}"
SECRET = "process-test-secret"
APP = "tests.feedback_widget.server_app:create_app"


def _answers(number: int) -> dict[str, object]:
    return {
        "answers": {
            "trust": "up",
            "positive_drivers": ["ease", "efficiency"],
            "comment": f"Answer {number}.",
        },
        "locale": "en",
    }


def _environment(database_url: str, clock: datetime | None, settings: dict[str, str]) -> dict[str, str]:
    return {
        "FRONTDOOR_DATABASE_URL": database_url,
        "FRONTDOOR_SECRET_KEY": SECRET,
        "FRONTDOOR_RATE_LIMIT_PER_MINUTE": "1000000",
        **{f"FRONTDOOR_{name.upper()}": value for name, value in settings.items()},
        **({CLOCK_VARIABLE: clock.isoformat()} if clock else {}),
    }


def start(database_url: str, log: Path, *, clock: datetime | None = None, **settings: str) -> UvicornServer:
    """One uvicorn worker serving the feedback app on `database_url`, configured by `settings`."""
    try:
        return UvicornServer(APP, log, _environment(database_url, clock, settings))
    except ServerError as error:
        pytest.fail(str(error), pytrace=False)


@contextmanager
def server(
    database_url: str, log: Path, *, clock: datetime | None = None, **settings: str
) -> Iterator[UvicornServer]:
    running = start(database_url, log, clock=clock, **settings)
    try:
        yield running
    finally:
        running.stop()


# --- exactly once under concurrent load ------------------------------------------------------------


def test_concurrent_load_stores_every_acknowledged_submission_once(database_url: str, tmp_path: Path) -> None:
    """200 submissions from 20 concurrent clients, half sent twice (often at the same moment)."""
    run = uuid.uuid4().hex[:8]
    keys = [f"load-{run}-{number:03d}" for number in range(200)]
    jobs: list[tuple[int, str]] = []
    for number, key in enumerate(keys):
        jobs.append((number, key))
        if number % 2 == 0:
            jobs.append((number, key))  # the retry, next in line: another client sends it at once
    acknowledged: dict[str, list[tuple[int, str]]] = defaultdict(list)
    failures: list[str] = []
    lock = threading.Lock()
    local = threading.local()

    def send(job: tuple[int, str]) -> None:
        number, key = job
        if not hasattr(local, "client"):
            local.client = httpx2.Client(base_url=running.base_url, timeout=30)
        response = local.client.post(API_PATH, json=_answers(number), headers={"Idempotency-Key": key})
        with lock:
            if response.status_code in (200, 201):
                acknowledged[key].append((response.status_code, response.json()["id"]))
            else:
                failures.append(f"{key}: {response.status_code} {response.text[:200]}")

    with server(database_url, tmp_path / "server.log") as running:
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=20) as pool:
            list(pool.map(send, jobs))
        elapsed = time.monotonic() - started

    assert not failures, failures[:5]
    assert sorted(acknowledged) == keys
    for key, answers_seen in acknowledged.items():
        statuses = sorted(status for status, _ in answers_seen)
        assert statuses == ([200, 201] if int(key[-3:]) % 2 == 0 else [201]), (key, answers_seen)
        assert len({submission_id for _, submission_id in answers_seen}) == 1, (key, answers_seen)

    with Store(database_url) as store, store.engine.connect() as connection:
        rows = connection.execute(
            select(submissions.c.idempotency_key, submissions.c.id).where(
                submissions.c.touchpoint == TOUCHPOINT
            )
        ).all()
        answer_rows = connection.execute(
            select(answers.c.submission_id, func.count()).group_by(answers.c.submission_id)
        ).all()
    stored_ids_by_key: dict[str, list[str]] = defaultdict(list)
    for key, submission_id in rows:
        stored_ids_by_key[key].append(submission_id)
    assert len(rows) == 200, f"{len(rows)} rows for 200 distinct submissions"
    for key, answers_seen in acknowledged.items():
        assert stored_ids_by_key[key] == [answers_seen[0][1]], key
    # Each stored once with all four of its answers (trust, two drivers, comment): no half-written rows.
    assert {count for _, count in answer_rows} == {4}
    assert len(answer_rows) == 200
    print(f"{len(jobs)} posts from 20 clients in {elapsed:.1f} s")


# --- SIGKILL mid-load --------------------------------------------------------------------------------


def test_sigkill_mid_load_loses_no_acknowledged_submission(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    log = tmp_path / "server.log"
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    first = start(url, log)
    try:

        def client(worker: int) -> None:
            with httpx2.Client(base_url=first.base_url, timeout=10) as http:
                number = 0
                while not stop.is_set():
                    number += 1
                    try:
                        response = http.post(
                            API_PATH,
                            json=_answers(number),
                            headers={"Idempotency-Key": f"kill-{worker}-{number}"},
                        )
                    except httpx2.TransportError:
                        return  # the server is gone: whatever was in flight was never acknowledged
                    if response.status_code == 201:
                        with lock:
                            acknowledged.append(response.json()["id"])

        threads = [threading.Thread(target=client, args=(worker,), daemon=True) for worker in range(8)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 15
        while len(acknowledged) < 100 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(first.pid, signal.SIGKILL)
        first.process.wait(timeout=10)
        for thread in threads:
            thread.join(timeout=15)
        stop.set()
    finally:
        first.stop()
    assert first.process.returncode == -signal.SIGKILL
    assert len(acknowledged) >= 100, f"only {len(acknowledged)} acknowledged before the deadline"
    kept = list(acknowledged)

    with server(url, log) as second:
        # The restarted server opens (and migrates) the same file and keeps working.
        response = httpx2.post(second.base_url + API_PATH, json=_answers(0), timeout=10)
        assert response.status_code == 201
        with Store(url) as store:
            missing = [submission_id for submission_id in kept if store.get(submission_id) is None]
            stored_count = store.count(TOUCHPOINT, include_spam=True)
    assert not missing, f"{len(missing)} of {len(kept)} acknowledged submissions lost: {missing[:5]}"
    # Everything acknowledged, plus perhaps requests in flight at the kill, plus the one after restart.
    assert stored_count >= len(kept) + 1
    print(f"{len(kept)} acknowledged before SIGKILL; {stored_count} stored after restart")


# --- one rate limit across processes -------------------------------------------------------------


def test_two_processes_on_one_postgresql_share_the_rate_limit(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.create_database()
    settings = {"rate_limit_per_minute": "5"}
    # Both clocks stand still at the start of one window: no waiting for a fresh minute.
    with (
        server(url, tmp_path / "one.log", clock=START, **settings) as one,
        server(url, tmp_path / "two.log", clock=START, **settings) as two,
    ):
        assert one.pid != two.pid
        headers = {"User-Agent": "the same phone"}
        with httpx2.Client(timeout=10, headers=headers) as http:
            statuses = []
            for number in range(8):
                target = (one, two)[number % 2]
                statuses.append(http.post(target.base_url + API_PATH, json=_answers(number)).status_code)
            # Per-process counters would have let both processes take 5 (10 in all): the 6th is refused.
            assert statuses == [201] * 5 + [429] * 3, statuses
            refused = http.post(one.base_url + API_PATH, json=_answers(9))
            assert refused.status_code == 429
            assert refused.headers["retry-after"] == str(RATE_WINDOW_SECONDS)
            # What the client writes makes no new count: not its user agent, nor a forwarded address
            # (no proxy is trusted).
            for number, other in enumerate(
                [{"User-Agent": "another browser"}, {"X-Forwarded-For": "198.51.100.7"}], start=10
            ):
                assert (
                    http.post(two.base_url + API_PATH, json=_answers(number), headers=other).status_code
                    == 429
                )
        # Another address has its own count, on either process.
        elsewhere = httpx2.HTTPTransport(local_address="127.0.0.2")
        with httpx2.Client(timeout=10, transport=elsewhere) as http:
            assert http.post(two.base_url + API_PATH, json=_answers(12)).status_code == 201
    with Store(url) as store:
        assert store.count(TOUCHPOINT, include_spam=True) == 6
