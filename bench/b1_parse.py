"""B1: ``await ph.actions.list(limit=100)`` (a fully parsed 100-action page) vs raw httpx.

Both sides send through the same kind of in-process transport, which answers every request
with one pre-encoded JSON page, so the figure is the client's own cost per page: request
building, the transport stack, JSON decoding and model parsing, against httpx's
``AsyncClient.get(...)`` + ``.json()``.
"""

from __future__ import annotations

import datetime
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import httpx

from posthog_api._generated.models import Action, ActionStep, PaginatedActionList, UserBasic

from ._common import (
    HOST,
    MS,
    BenchmarkError,
    Figure,
    Target,
    check,
    client_mode,
    client_settings,
    interleave_async,
    listing,
    median,
    posthog_client,
)

PATH = "/api/projects/1/actions/"
PAGE_SIZE = 100
CREATED_BY_UUID = "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"
EXAMPLE_TIME = "2019-08-24T14:15:22Z"


@dataclass(frozen=True)
class Sizes:
    rounds: int
    warmup: int
    calls: int  # calls per sample: a sample is their mean


FULL = Sizes(rounds=31, warmup=3, calls=20)
QUICK = Sizes(rounds=3, warmup=1, calls=2)


def example_action(action_id: int) -> dict[str, Any]:
    """An action with every field of PostHog's published schema set (and a step property filter)."""
    return {
        "id": action_id,
        "name": "string",
        "description": "string",
        "tags": [None],
        "post_to_slack": True,
        "slack_message_format": "string",
        "steps": [
            {
                "event": "string",
                "properties": [{"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"}],
                "selector": "string",
                "tag_name": "string",
                "text": "string",
                "text_matching": "exact",
                "href": "string",
                "href_matching": "contains",
                "url": "string",
                "url_matching": "contains",
            }
        ],
        "created_at": EXAMPLE_TIME,
        "created_by": {
            "id": 0,
            "uuid": CREATED_BY_UUID,
            "distinct_id": "string",
            "first_name": "string",
            "email": "user@example.com",
            "is_email_verified": True,
            "hedgehog_config": None,
            "role_at_organization": "engineering",
        },
        "deleted": True,
        "is_calculating": True,
        "last_calculated_at": EXAMPLE_TIME,
        "team_id": 0,
        "is_action": True,
        "bytecode_error": None,
        "pinned_at": None,
        "creation_context": "string",
        "user_access_level": "editor",
    }


def page_body() -> bytes:
    page = {
        "count": 100_000,
        "next": f"{HOST}{PATH}?limit={PAGE_SIZE}&offset={PAGE_SIZE}",
        "previous": None,
        "results": [example_action(i) for i in range(PAGE_SIZE)],
    }
    return json.dumps(page).encode()


class FixedBody(httpx.AsyncBaseTransport):
    """Answers every request with 200 and the same pre-encoded JSON body, as a stream."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self._headers = [("content-type", "application/json"), ("content-length", str(len(body)))]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers=self._headers, stream=httpx.ByteStream(self._body), request=request
        )


async def _per_call(call: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - start) / calls


ModelT = TypeVar("ModelT")


def _instance(value: object, kind: type[ModelT], what: str) -> ModelT:
    if not isinstance(value, kind):
        raise BenchmarkError(f"{what} is a {type(value).__name__}, not a parsed {kind.__name__}")
    return value


def check_parsed(page: object) -> None:
    """The page is fully parsed: models all the way down (not dicts), dates and UUIDs converted."""
    page = _instance(page, PaginatedActionList, "the page")
    check(len(page.results) == PAGE_SIZE, f"expected {PAGE_SIZE} actions, got {len(page.results)}")
    action = _instance(page.results[0], Action, "results[0]")
    steps = action.steps if isinstance(action.steps, list) else []
    check(len(steps) == 1, f"expected one step, got {action.steps!r}")
    step = _instance(steps[0], ActionStep, "results[0].steps[0]")
    created_by = _instance(action.created_by, UserBasic, "results[0].created_by")
    check(getattr(step.url_matching, "value", None) == "contains", "steps[0].url_matching is not an enum")
    check(created_by.uuid == uuid.UUID(CREATED_BY_UUID), "created_by.uuid is not a parsed UUID")
    check(
        action.created_at == datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.UTC),
        "created_at is not a parsed datetime",
    )


async def _measure(sizes: Sizes) -> tuple[list[float], list[float], int]:
    body = page_body()
    async with (
        posthog_client(FixedBody(body), **client_settings()) as ph,
        httpx.AsyncClient(transport=FixedBody(body), base_url=HOST) as http,
    ):

        async def project() -> object:
            return await ph.actions.list(limit=PAGE_SIZE)

        async def reference() -> object:
            response = await http.get(PATH, params={"limit": PAGE_SIZE})
            response.raise_for_status()
            return response.json()

        check_parsed(await project())
        reference_page: Any = await reference()
        check(len(reference_page["results"]) == PAGE_SIZE, "the reference read a short page")
        samples = await interleave_async(
            [lambda: _per_call(project, sizes.calls), lambda: _per_call(reference, sizes.calls)],
            rounds=sizes.rounds,
            warmup=sizes.warmup,
        )
    return samples[0], samples[1], len(body)


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    project, reference, body_size = anyio.run(_measure, sizes)
    return [
        Figure(
            id="B1",
            name=f"actions.list(limit={PAGE_SIZE}): parsed page",
            project=median(project) / MS,
            reference=median(reference) / MS,
            unit="ms",
            target=Target("<=", 1.3),
            notes=(
                "reference: httpx AsyncClient.get + .json() on the same in-process transport; "
                "aim: ratio <= 1.0",
                f"median of {sizes.rounds} interleaved rounds x {sizes.calls} calls, {sizes.warmup} warm-up; "
                f"{body_size / 1000:.0f} kB body; client: {client_mode()}",
                f"per-call min, max: project {listing((min(project), max(project)), scale=MS, digits=3)} ms; "
                f"reference {listing((min(reference), max(reference)), scale=MS, digits=3)} ms",
            ),
        )
    ]
