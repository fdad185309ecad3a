"""examples/fastapi_app.py: one client per app, handed to routes, against the fake."""

import sys
from pathlib import Path

import httpx
import pytest

from posthog_api import AsyncPostHog
from posthog_api.testing import FakePostHog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

import fastapi_app

pytestmark = pytest.mark.anyio


async def test_the_route_lists_actions_through_one_shared_client() -> None:
    fake = FakePostHog()
    fake.seed_actions(3)
    made: list[AsyncPostHog] = []

    def make_client() -> AsyncPostHog:
        made.append(fake.client())
        return made[-1]

    app = fastapi_app.create_app(make_client)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            first = await http.get("/actions", params={"limit": 2})
            second = await http.get("/actions")
    assert first.status_code == 200
    assert first.json() == {
        "count": 3,
        "actions": [{"id": 1, "name": "Action 0"}, {"id": 2, "name": "Action 1"}],
    }
    assert second.json()["count"] == 3
    assert len(made) == 1  # one client for the app's whole life
    assert made[0].http.is_closed  # closed on shutdown
    assert [r.operation_id for r in fake.requests] == ["actions_list", "actions_list"]


async def test_a_posthog_failure_becomes_a_502() -> None:
    fake = FakePostHog()
    fake.fail("actions_list", 500, 500, 500)
    app = fastapi_app.create_app(lambda: fake.client(_random=lambda: 0, max_retries=2))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http,
    ):
        response = await http.get("/actions")
    assert response.status_code == 502
    assert "PostHog: 500" in response.json()["detail"]


async def test_a_route_returns_the_model_itself_as_posthogs_json() -> None:
    fake = FakePostHog()
    fake.seed_actions(2)
    async with fake.client() as ph:
        expected = (await ph.actions.retrieve(2)).to_dict()
    app = fastapi_app.create_app(fake.client)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http,
    ):
        found = await http.get("/actions/2")
        missing = await http.get("/actions/99")
    assert found.status_code == 200, found.text
    assert found.json() == expected
    assert found.json()["steps"][0]["url"] == "/page/1"
    assert found.json()["created_at"] == expected["created_at"]  # a date-time, sent as its ISO string
    assert missing.status_code == 404
