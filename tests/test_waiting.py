"""Long waits are visible: logged, and told to a bulk job's progress; short ones stay quiet."""

import logging
from typing import Any

import httpx
import pytest

from ._support import ACTION_JSON, page

pytestmark = pytest.mark.anyio


def throttled_once(retry_after: str) -> Any:
    """Answers the first request to each path 429 with ``Retry-After``, then succeeds."""
    seen: set[str] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path not in seen:
            seen.add(request.url.path)
            return httpx.Response(429, headers={"Retry-After": retry_after}, json={"detail": "slow down"})
        if request.url.path.endswith("/bulk_delete/"):
            return httpx.Response(202, json={"persons_found": 2, "persons_deleted": 2})
        return httpx.Response(200, json=page([ACTION_JSON]))

    return handler


def waits_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "posthog_api" and record.getMessage().startswith("waiting")
    ]


@pytest.mark.parametrize(
    ("retry_after", "logged"),
    [
        ("0.5", []),
        ("1", []),
        ("1.6", ["waiting 2 s to retry after 429"]),
        ("41", ["waiting 41 s to retry after 429"]),
    ],
)
async def test_a_wait_longer_than_a_second_is_logged_and_a_shorter_one_is_not(
    make_client: Any, caplog: pytest.LogCaptureFixture, retry_after: str, logged: list[str]
) -> None:
    caplog.set_level(logging.INFO, logger="posthog_api")
    handler = httpx.MockTransport(throttled_once(retry_after))
    async with make_client(transport=handler, rate_limits=None) as ph:  # the retry loop waits
        await ph.actions.list()
    assert waits_logged(caplog) == logged
    assert all(record.levelno == logging.INFO for record in caplog.records if record.getMessage() in logged)


async def test_a_bulk_jobs_progress_hears_the_retry_waits_of_its_own_requests(make_client: Any) -> None:
    notes: list[str | None] = []
    async with make_client(transport=httpx.MockTransport(throttled_once("30"))) as ph:
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=["a", "b"], on_progress=lambda snapshot: notes.append(snapshot.waiting)
        )
        assert report.ids_accepted == 2
        # With the client-side limiter on (the default for cloud hosts), it waits for every task.
        assert notes == ["waiting 30 s for the crud rate limit (paused after a 429 from the server)", None]
        # Once the job is over, a wait of another call is not told to its progress any more.
        notes.clear()
        await ph.actions.list()
    assert notes == []
