"""Form steps: the round trip of one step on loopback, beside a bare endpoint, in the same run; and the
time to load and check a flow of 200 steps.

One uvicorn worker serves ``tests.components.form_steps.server_app:create_app`` over a fresh SQLite
file (durable: WAL, ``synchronous=FULL``). A round trip is what a person's browser does for one step:
post an answer (checked, saved in its own committed transaction, answered with a 303) and get the next
page (the journey worked out again, the page rendered). The bare round trip posts the same form to a
Starlette endpoint that parses it and renders one Jinja template, then gets that page again. Concurrent
people, each with a cookie of their own, are simulated with asyncio and httpx; the client shares the
cores with the server, so compare the ratio within one run. Target: at least half the bare rate.

Two ratios are printed. The first counts round trips made, so it also counts the client's own work,
which is larger for a real page (a cookie jar, a redirect, a page of 15 KB instead of 400 bytes). The
second is the server's alone: the CPU time the server process spent per round trip (from
``/proc/<pid>/stat``), so its rate is what one core of the server could serve. Figures are printed,
not asserted.

    python bench/form_steps.py [--seconds 8] [--people 16]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parent.parent
APP = "tests.components.form_steps.server_app:create_app"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


async def person(base: str, until: float, ours: bool) -> int:
    """One person stepping through, until ``until``: how many round trips they made."""
    async with httpx2.AsyncClient(base_url=base, follow_redirects=False, timeout=30) as client:
        token = ""
        if ours:
            page = await client.get("/help/")
            token = TOKEN.search(page.text).group(1)  # type: ignore[union-attr]
        trips = 0
        while time.perf_counter() < until:
            if ours:
                answered = await client.post("/help/in-us", data={"csrf_token": token, "in-us": "yes"})
                assert answered.status_code == 303, answered.status_code
                page = await client.get(answered.headers["location"])
            else:
                await client.post("/bare", data={"in-us": "yes"})
                page = await client.get("/bare")
            assert page.status_code == 200
            trips += 1
        return trips


def cpu_seconds(pid: int) -> float:
    """The CPU time (user and system) process ``pid`` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def load(base: str, seconds: float, people: int, ours: bool, pid: int) -> tuple[float, float]:
    """Round trips per second with ``people`` at once, and the server's CPU seconds per round trip."""
    start, used = time.perf_counter(), cpu_seconds(pid)
    counts = await asyncio.gather(*(person(base, start + seconds, ours) for _ in range(people)))
    return sum(counts) / (time.perf_counter() - start), (cpu_seconds(pid) - used) / sum(counts)


def flow_of(steps: int) -> dict[str, object]:
    """A flow of ``steps`` yes/no steps in sections of 10, a route ahead every 7th step, as data."""
    sections = []
    for section in range(steps // 10):
        items = []
        for index in range(section * 10, section * 10 + 10):
            step: dict[str, object] = {
                "id": f"s{index}",
                "question": {"type": "yes_no", "label": f"Question {index}?"},
            }
            if index % 7 == 0 and index + 3 < steps:
                step["routes"] = [
                    {
                        "to": f"s{index + 2}",
                        "when": {"kind": "equals", "question": f"s{index}", "value": "no"},
                    }
                ]
            items.append(step)
        sections.append({"id": f"section-{section}", "title": f"Part {section}", "steps": items})
    return {"id": "big", "title": "A long form", "sections": sections}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--people", type=int, default=16)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from components.form_steps import flow_from_data, journey
    from tests import servers

    data = flow_of(200)
    start = time.perf_counter()
    for _ in range(20):
        flow = flow_from_data(data)
    loaded = (time.perf_counter() - start) / 20
    answers = {step.id: "yes" for step in flow.steps()}
    start = time.perf_counter()
    for _ in range(200):
        journey(flow, answers)
    walked = (time.perf_counter() - start) / 200
    print(
        f"a flow of 200 steps: loaded and checked in {loaded * 1000:.1f} ms; journey {walked * 1000:.2f} ms"
    )

    print(f"load: {args.people} people at once, {args.seconds:.0f} s each side; cores: {os.cpu_count()}")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory(prefix="fd-bench-") as temp:
        environment = {"FRONTDOOR_DATABASE_URL": f"sqlite:///{Path(temp) / 'steps.db'}"}
        server = servers.UvicornServer(APP, Path(temp) / "server.log", environment, ready_path="/ready")
        try:
            asyncio.run(load(server.base_url, 1, args.people, ours=True, pid=server.pid))  # warm up
            bare, bare_cpu = asyncio.run(load(server.base_url, args.seconds, args.people, False, server.pid))
            ours, ours_cpu = asyncio.run(load(server.base_url, args.seconds, args.people, True, server.pid))
        finally:
            server.stop()
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"bare round trips/s (parse the form, render one template, twice): {bare:,.0f}")
    print(f"step round trips/s (post: check, save durably, 303; get: journey, render): {ours:,.0f}")
    verdict = "meets" if ours / bare >= 0.5 else "below"
    print(f"step/bare: {ours / bare:.2f} ({verdict} the target of 0.50)")
    print(f"server CPU per round trip: bare {bare_cpu * 1000:.2f} ms, step {ours_cpu * 1000:.2f} ms")
    verdict = "meets" if bare_cpu / ours_cpu >= 0.5 else "below"
    print(
        f"step/bare, the server alone (1 / CPU time): {bare_cpu / ours_cpu:.2f}"
        f" ({verdict} the target of 0.50)"
    )


if __name__ == "__main__":
    main()
