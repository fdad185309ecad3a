"""A request is recognised as its operation: for scope checks behind a path prefix, for generated
functions called directly (no operation id attached), and by the fake, which answers 405 or 404."""

from typing import Any

import pytest
import respx

from posthog_api import AsyncPostHog, MissingScopeError, PermissionDeniedError
from posthog_api.testing import FakePostHog

from ._support import ACTION_JSON, KEY, page

pytestmark = pytest.mark.anyio

PROXY = "https://posthog.example.com/proxy"


async def test_scope_checks_apply_behind_a_host_with_a_path_prefix(clean_env: None, clock: Any) -> None:
    with respx.mock(base_url=PROXY, assert_all_mocked=True) as router:
        listed = router.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))
        fetched = router.get("/api/projects/1/actions/7/").respond(200, json=ACTION_JSON)
        key = {"scopes": ["action:read"], "scoped_teams": [1], "scoped_organizations": []}
        router.get("/api/personal_api_keys/@current/").respond(200, json=key)
        async with AsyncPostHog(api_key=KEY, host=PROXY, project_id=1, scopes="auto", _clock=clock) as ph:
            await ph.actions.list()
            await ph.actions.retrieve(7)
            with pytest.raises(MissingScopeError, match="action:write"):
                await ph.actions.update(7, name="renamed")
            with pytest.raises(PermissionDeniedError, match="project: ID 2"):
                await ph.actions.retrieve(7, project_id=2)
    assert listed.call_count == 1
    assert fetched.call_count == 1


async def test_a_generated_function_called_directly_is_checked_as_its_own_operation(
    make_client: Any, api: respx.MockRouter
) -> None:
    from posthog_api.endpoints import actions_partial_update, actions_retrieve

    fetched = api.get("/api/projects/1/actions/7/").respond(200, json=ACTION_JSON)
    patched = api.patch("/api/projects/1/actions/7/").respond(200, json=ACTION_JSON)
    async with make_client(scopes=["action:read"]) as ph:
        # GET and PATCH share the path: only the method tells a read from a write.
        action = (await actions_retrieve.asyncio_detailed("1", 7, client=ph.http)).parsed
        with pytest.raises(MissingScopeError) as caught:
            await actions_partial_update.asyncio_detailed(
                "1", 7, client=ph.http, body=actions_partial_update.PatchedActionRequest(name="x")
            )
    assert action is not None
    assert action.id == 7
    assert caught.value.operation_id == "actions_partial_update"
    assert fetched.call_count == 1
    assert not patched.called


@pytest.mark.parametrize(
    ("method", "path", "status", "allow"),
    [
        ("POST", "/api/projects/1/actions/7/", 405, "DELETE, GET, PATCH"),
        ("PUT", "/api/projects/1/actions/", 405, "GET, POST"),
        # A literal segment wins over a parameter: actions/people/ is not actions/{id}/.
        ("PUT", "/api/projects/1/actions/people/", 405, "GET"),
        ("GET", "/api/projects/1/no-such-thing/", 404, None),
    ],
)
async def test_the_fake_answers_a_wrong_method_with_405_and_the_allowed_methods(
    method: str, path: str, status: int, allow: str | None
) -> None:
    fake = FakePostHog()
    async with fake.http_client() as http:
        response = await http.request(method, path, headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == status
    assert response.headers.get("Allow") == allow


async def test_the_fake_routes_by_method_and_path(clean_env: None) -> None:
    fake = FakePostHog()
    fake.seed_actions(3)
    async with fake.http_client() as http:
        headers = {"Authorization": f"Bearer {KEY}"}
        listed = await http.get("/api/projects/1/actions/", headers=headers)
        first = listed.json()["results"][0]["id"]
        one = await http.get(f"/api/projects/1/actions/{first}/", headers=headers)
    assert listed.status_code == 200
    assert listed.json()["count"] == 3
    assert one.status_code == 200
    assert one.json()["id"] == first
    assert [request.operation_id for request in fake.requests] == ["actions_list", "actions_retrieve"]


async def test_a_raw_request_through_the_clients_httpx_client_is_checked_by_method_and_path(
    make_client: Any, api: respx.MockRouter
) -> None:
    listed = api.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))
    created = api.post("/api/projects/1/actions/").respond(201, json=ACTION_JSON)
    async with make_client(scopes=["action:read"]) as ph:
        http = ph.http
        response = await http.get("/api/projects/1/actions/")
        with pytest.raises(MissingScopeError) as caught:
            await http.post("/api/projects/1/actions/", json={"name": "x"})
    assert response.status_code == 200
    assert caught.value.operation_id == "actions_create"
    assert listed.call_count == 1
    assert not created.called
