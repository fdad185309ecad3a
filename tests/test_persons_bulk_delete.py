"""``persons.bulk_delete`` and ``bulk_delete_batched`` as a caller sees them: what each request
carries (project, format, flags and their defaults), the refusals' exact words, and the job's
settings (concurrency, journal, report, duplicate window) reaching the job."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from posthog_api.bulk import BulkDeleteReport

pytestmark = pytest.mark.anyio

DEFAULT_FLAGS = {"delete_events": False, "delete_recordings": False, "keep_person": False}


class BulkDeleteServer(httpx.AsyncBaseTransport):
    """Accepts every bulk delete (found = deleted = the ids sent), recording each request; lets
    concurrent requests meet, so that ``max_in_flight`` shows the job's concurrency."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.bodies: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        body = json.loads(request.content)
        self.bodies.append(body)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            for _ in range(20):
                await anyio.lowlevel.checkpoint()
        finally:
            self.in_flight -= 1
        sent = len(body.get("ids") or body.get("distinct_ids"))
        answer = {
            "persons_found": sent,
            "persons_deleted": sent,
            "events_queued_for_deletion": False,
            "recordings_queued_for_deletion": False,
        }
        return httpx.Response(202, json=answer)


def flags(body: dict[str, Any]) -> dict[str, Any]:
    return {key: body[key] for key in DEFAULT_FLAGS}


# ------------------------------------------------------------------ bulk_delete: one call


async def test_bulk_delete_sends_the_default_flags_to_the_clients_project(make_client: Any) -> None:
    server = BulkDeleteServer()
    async with make_client(transport=server) as ph:
        await ph.persons.bulk_delete(distinct_ids=["a"])
    assert server.requests[0].url.path == "/api/projects/1/persons/bulk_delete/"
    assert server.bodies == [{"distinct_ids": ["a"], **DEFAULT_FLAGS}]


async def test_bulk_delete_sends_each_argument_given(make_client: Any) -> None:
    server = BulkDeleteServer()
    async with make_client(transport=server) as ph:
        await ph.persons.bulk_delete(distinct_ids=["a"], delete_recordings=True, project_id=5, format_="json")
    request = server.requests[0]
    assert request.url.path == "/api/projects/5/persons/bulk_delete/"
    assert request.url.params["format"] == "json"
    assert flags(server.bodies[0]) == {**DEFAULT_FLAGS, "delete_recordings": True}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "bulk_delete needs exactly one of ids= (person UUIDs) and distinct_ids=, and got neither"),
        (
            {"ids": ["0b6c1b4e-2222-4000-8000-000000000002"], "distinct_ids": ["a"]},
            "bulk_delete needs exactly one of ids= (person UUIDs) and distinct_ids=, not both",
        ),
        ({"distinct_ids": ()}, "distinct_ids is empty: nothing to delete"),
    ],
)
async def test_bulk_delete_refusals_name_the_method_called(
    make_client: Any, kwargs: dict[str, Any], message: str
) -> None:
    server = BulkDeleteServer()
    async with make_client(transport=server) as ph:
        with pytest.raises(ValueError) as caught:  # noqa: PT011 (the whole message is compared)
            await ph.persons.bulk_delete(**kwargs)
    assert str(caught.value) == message
    assert server.requests == []


async def test_bulk_delete_points_an_async_iterable_to_bulk_delete_batched(make_client: Any) -> None:
    async def ids() -> Any:
        yield "a"

    async with make_client(transport=BulkDeleteServer()) as ph:
        with pytest.raises(ValueError) as caught:  # noqa: PT011
            await ph.persons.bulk_delete(distinct_ids=ids())
    assert (
        str(caught.value)
        == "distinct_ids must be a list of ids; use bulk_delete_batched for an async iterable"
    )


# ------------------------------------------------------------------ bulk_delete_batched: a job


async def test_a_job_sends_the_default_flags_four_batches_at_a_time_to_the_clients_project(
    make_client: Any,
) -> None:
    server = BulkDeleteServer()
    async with make_client(transport=server) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=[f"u{i}" for i in range(20)], batch_size=2)
    assert report.ids_accepted == 20
    assert {r.url.path for r in server.requests} == {"/api/projects/1/persons/bulk_delete/"}
    assert all(flags(body) == DEFAULT_FLAGS for body in server.bodies)
    assert server.max_in_flight == 4


async def test_a_job_sends_each_argument_given(make_client: Any) -> None:
    server = BulkDeleteServer()
    async with make_client(transport=server) as ph:
        await ph.persons.bulk_delete_batched(
            distinct_ids=["a", "b"],
            project_id=5,
            delete_events=True,
            delete_recordings=True,
            keep_person=True,
        )
    assert server.requests[0].url.path == "/api/projects/5/persons/bulk_delete/"
    assert server.bodies == [
        {"distinct_ids": ["a", "b"], "delete_events": True, "delete_recordings": True, "keep_person": True}
    ]


async def test_a_job_fills_the_callers_report_and_journal(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    report = BulkDeleteReport()
    async with make_client(transport=BulkDeleteServer()) as ph:
        returned = await ph.persons.bulk_delete_batched(
            distinct_ids=["a", "b"], report=report, journal=journal
        )
    assert returned is report
    assert report.ids_accepted == 2
    assert journal.exists()
    assert journal.read_text().count("\n") >= 2  # the header and at least the batch


@pytest.mark.parametrize(("dedupe_window", "sent"), [(0, ["a", "a"]), (10, ["a"])])
async def test_a_job_drops_repeats_only_within_the_duplicate_window_given(
    make_client: Any, dedupe_window: int, sent: list[str]
) -> None:
    server = BulkDeleteServer()
    async with make_client(transport=server) as ph:
        await ph.persons.bulk_delete_batched(distinct_ids=["a", "a"], dedupe_window=dedupe_window)
    assert [i for body in server.bodies for i in body["distinct_ids"]] == sent
