"""B3: the paginator's memory: peak RSS of a client walking many actions vs a few.

Each count is served by its own ``python -m posthog_api.testing`` process (``serve_fake``); each
measurement is a fresh client interpreter (``bench._b3_client``, forked by ``sh``) that walks
every action with ``async for action in ph.actions.list(limit=page_size)`` and reports its own
``ru_maxrss``. If iteration holds one page at a time, walking 100 times more actions costs no more
memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from posthog_api.testing import serve_fake

from ._common import API_KEY, MB, Figure, Target, check, interleave, listing, median

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 600.0  # seconds for a fake to seed and start serving
CLIENT_TIMEOUT = 600.0


@dataclass(frozen=True)
class Sizes:
    small: int
    large: int
    page_size: int
    rounds: int


FULL = Sizes(small=2_000, large=200_000, page_size=1000, rounds=3)
QUICK = Sizes(small=200, large=2_000, page_size=100, rounds=1)


@dataclass(frozen=True)
class Server:
    url: str
    actions: int
    ready_after: float  # seconds from launch (seeding included) to the first answer


@contextmanager
def fake_server(actions: int) -> Iterator[Server]:
    """A fake PostHog seeded with ``actions``, served on a free loopback port (``serve_fake``)."""
    started = time.perf_counter()
    with serve_fake(seed_actions=actions, startup_timeout=START_TIMEOUT) as served:
        ready_after = time.perf_counter() - started
        response = httpx.get(
            f"{served.url}/api/projects/1/actions/?limit=1", headers={"Authorization": f"Bearer {API_KEY}"}
        )
        check(response.status_code == 200, f"the fake at {served.url} answered {response.status_code}")
        check(
            response.json()["count"] == actions, f"the fake at {served.url} does not hold {actions} actions"
        )
        yield Server(url=served.url, actions=actions, ready_after=ready_after)


def peak_rss(server: Server, page_size: int) -> float:
    """Bytes: the peak RSS (``ru_maxrss``) of a fresh client process walking every action of ``server``.

    The client is forked by ``sh``, not spawned from this (large) process: Linux would carry this
    process's peak RSS over into the client's ``ru_maxrss`` (see ``bench._b3_client``).
    """
    client = [sys.executable, "-m", "bench._b3_client", server.url, str(page_size)]
    result = subprocess.run(
        ["/bin/sh", "-c", '"$@"; exit $?', "sh", *client],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CLIENT_TIMEOUT,
        check=False,
    )
    check(result.returncode == 0, f"the client process failed:\n{result.stdout}{result.stderr}")
    answer = json.loads(result.stdout)
    check(answer["count"] == server.actions, f"walked {answer['count']} actions, not {server.actions}")
    maxrss, own = answer["maxrss_kib"] * 1024, answer["hwm_kib"] * 1024
    check(
        own < 0 or maxrss <= own + 2 * MB,
        f"ru_maxrss {maxrss / MB:.1f} MB exceeds the client's own peak {own / MB:.1f} MB: it counts the "
        "process that launched it",
    )
    return float(maxrss)


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    with ExitStack() as stack:
        large = stack.enter_context(fake_server(sizes.large))
        small = stack.enter_context(fake_server(sizes.small))
        started = time.perf_counter()
        larges, smalls = interleave(
            [lambda: peak_rss(large, sizes.page_size), lambda: peak_rss(small, sizes.page_size)],
            rounds=sizes.rounds,
            warmup=0,
        )
        walking = time.perf_counter() - started
    project, reference = median(larges) / MB, median(smalls) / MB
    return [
        Figure(
            id="B3",
            name=f"peak RSS walking {sizes.large:,} actions",
            project=project,
            reference=reference,
            unit="MB",
            target=Target("<=", 10, on="difference", unit="MB"),
            notes=(
                f"reference: the same walk of {sizes.small:,} actions; page size {sizes.page_size}; "
                f"growth {project - reference:+.1f} MB (1 MB = 10^6 bytes); clients forked by sh, "
                "ru_maxrss checked against VmHWM",
                f"median of {sizes.rounds} fresh client processes each: "
                f"{listing(larges, scale=MB)} vs {listing(smalls, scale=MB)} MB",
                f"fakes seeded and serving after {large.ready_after:.1f} s ({sizes.large:,}) and "
                f"{small.ready_after:.1f} s ({sizes.small:,}); walks took {walking:.1f} s",
            ),
        )
    ]
