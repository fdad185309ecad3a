"""The key stays secret and on its host; ids cannot change the request path."""

import logging
import pickle
from collections import deque
from types import FunctionType, ModuleType
from typing import Any

import httpx
import pytest
import respx

from posthog_api import APIConnectionError, PostHogError

from ._support import ACTION_JSON, KEY, page

pytestmark = pytest.mark.anyio


async def test_key_is_absent_from_reprs(make_client: Any) -> None:
    async with make_client() as ph:
        for text in (repr(ph), str(ph), repr(ph.http), repr(ph.http._transport)):
            assert KEY not in text


async def test_key_is_absent_from_log_records_urls_and_errors(
    make_client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.get("/api/projects/1/actions/").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=page([ACTION_JSON]))]
    )
    api.get("/api/projects/1/actions/7/").respond(
        401, json={"type": "authentication_error", "code": "authentication_failed", "detail": f"bad {KEY}"}
    )
    api.get("/api/projects/1/actions/8/").mock(side_effect=httpx.ConnectError(f"refused {KEY}"))
    errors: list[BaseException] = []
    async with make_client(max_retries=1) as ph:
        await ph.actions.list()
        for action_id in (7, 8):
            try:
                await ph.actions.retrieve(action_id)
            except PostHogError as exc:
                errors.append(exc)
    assert len(errors) == 2
    assert isinstance(errors[1], APIConnectionError)
    for error in errors:
        assert KEY not in str(error)
        assert KEY not in repr(error)
    assert any("retry 1 of 1" in record.getMessage() for record in caplog.records)
    for record in caplog.records:
        assert KEY not in record.getMessage()
    for call in api.calls:
        assert KEY not in str(call.request.url)
        assert call.request.headers["Authorization"] == f"Bearer {KEY}"


async def test_a_url_on_another_host_is_refused_before_sending(
    make_client: Any, api: respx.MockRouter
) -> None:
    elsewhere = api.route(host="evil.example.com").respond(200)
    other_port = api.route(host="us.posthog.com", port=8443).respond(200)
    plain = api.route(scheme="http", host="us.posthog.com").respond(200)
    async with make_client() as ph:
        http = ph.http
        for url in (
            "https://evil.example.com/api/projects/1/actions/",
            "https://us.posthog.com:8443/api/projects/1/actions/",
            "http://us.posthog.com/api/projects/1/actions/",
        ):
            with pytest.raises(PostHogError, match="refusing to send a request"):
                await http.get(url)
    assert not elsewhere.called
    assert not other_port.called
    assert not plain.called


@pytest.mark.parametrize("value", ["..", ".", ""])
async def test_dot_segments_are_refused(make_client: Any, api: respx.MockRouter, value: str) -> None:
    route = api.route().respond(200)
    async with make_client() as ph:
        with pytest.raises(ValueError, match="path parameter 'short_id'"):
            await ph.conversation_views.retrieve(value)
    assert not route.called


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("../../x", "..%2F..%2Fx"),
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        ("%2e%2e", "%252e%252e"),
        ("..;/admin", "..%3B%2Fadmin"),
    ],
)
async def test_injection_attempts_stay_inside_their_segment(
    make_client: Any, api: respx.MockRouter, value: str, encoded: str
) -> None:
    view = {
        "id": "0b6c1b4e-0000-4000-8000-000000000000",
        "short_id": value,
        "name": "v",
        "created_at": "2026-01-01T00:00:00Z",
        "created_by": None,
    }
    route = api.route().respond(200, json=view)
    async with make_client() as ph:
        await ph.conversation_views.retrieve(value)
    raw_path = route.calls[0].request.url.raw_path.decode()
    assert raw_path == f"/api/projects/1/conversations/views/{encoded}/"


def reachable(root: object, limit: int = 20_000) -> list[object]:
    """Every object reachable from ``root`` through instance attributes, slots and containers."""
    seen: set[int] = set()
    found: list[object] = []
    queue = [root]
    while queue and len(found) < limit:
        obj = queue.pop()
        if id(obj) in seen or isinstance(obj, (type, ModuleType, FunctionType, str, bytes, int, float)):
            continue
        seen.add(id(obj))
        found.append(obj)
        if isinstance(obj, dict):
            queue.extend(obj.keys())
            queue.extend(obj.values())
            continue
        if isinstance(obj, (list, tuple, set, frozenset, deque)):
            queue.extend(obj)
            continue
        queue.extend(getattr(obj, "__dict__", {}).values())
        for cls in type(obj).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                    queue.append(getattr(obj, name))
    return found


async def test_no_object_reachable_from_a_client_shows_the_key_in_repr_or_vars(
    make_client: Any, api: respx.MockRouter, tmp_path: Any
) -> None:
    from posthog_api.bulk import BulkDeleteReport

    api.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))
    api.post("/api/projects/1/persons/bulk_delete/").respond(
        202, json={"persons_found": 1, "persons_deleted": 1, "deletion_errors": []}
    )
    async with make_client(scopes=["*"]) as ph:
        copy = ph.with_options(max_retries=0)
        paginator = ph.actions.list(limit=1)
        await paginator
        report = BulkDeleteReport()
        await ph.persons.bulk_delete_batched(
            distinct_ids=["u1"], report=report, journal=tmp_path / "job.jsonl"
        )
        roots = [ph, copy, paginator, report, ph.persons, ph.actions]
        objects = [obj for root in roots for obj in reachable(root)]
        kinds = {type(obj).__name__ for obj in objects}
        # The walk reaches the places a key could hide.
        assert {"_Settings", "_Shared", "PostHogTransport", "HTTPRequester", "AsyncPaginator"} <= kinds
        assert "SecretKey" in kinds
        for obj in objects:
            assert KEY not in repr(obj), type(obj)
            if hasattr(obj, "__dict__"):
                assert KEY not in repr(vars(obj)), type(obj)
        with pytest.raises(TypeError, match="not pickled"):
            pickle.dumps(ph._settings.api_key)
