"""Client-side scope checks: a call the key may not make is refused before a byte is sent."""

from typing import Any

import anyio
import httpx
import pytest
import respx

from posthog_api import MissingScopeError, PermissionDeniedError
from posthog_api._scopes import grants, missing_scopes

from ._support import ACTION_JSON, page

ORG = "01234567-89ab-cdef-0123-456789abcdef"
OTHER_ORG = "fedcba98-7654-3210-fedc-ba9876543210"


def current_key(
    scopes: list[str], teams: list[int] | None = None, orgs: list[str] | None = None
) -> dict[str, Any]:
    return {
        "id": "key-1",
        "label": "ci",
        "mask_value": "phx_...cdef",
        "created_at": "2026-01-01T00:00:00Z",
        "last_used_at": None,
        "user_id": 1,
        "scopes": scopes,
        "scoped_teams": teams or [],
        "scoped_organizations": orgs or [],
        "last_rolled_at": None,
    }


def test_star_grants_everything() -> None:
    assert grants(frozenset({"*"}), "person:write")


def test_write_grants_read_but_not_the_reverse() -> None:
    assert grants(frozenset({"person:write"}), "person:read")
    assert not grants(frozenset({"person:read"}), "person:write")
    assert not grants(frozenset({"cohort:write"}), "person:read")


def test_missing_scopes_lists_every_uncovered_scope_in_order() -> None:
    granted = frozenset({"person:read"})
    assert missing_scopes(granted, ("person:read", "cohort:read", "action:write")) == (
        "cohort:read",
        "action:write",
    )


@pytest.mark.anyio
async def test_missing_scope_raises_before_anything_is_sent(make_client: Any, api: respx.MockRouter) -> None:
    route = api.route().respond(200)
    async with make_client(scopes=["person:read"]) as ph:
        with pytest.raises(MissingScopeError) as caught:
            await ph.persons.cohorts(person_id="p1")
        with pytest.raises(MissingScopeError, match="action:write"):
            await ph.actions.create(name="x")
    assert caught.value.missing_scopes == ("cohort:read",)
    assert caught.value.operation_id == "persons_cohorts_retrieve"
    assert caught.value.response is None
    assert not route.called


@pytest.mark.anyio
async def test_granted_scopes_pass(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))
    async with make_client(scopes=["action:write"]) as ph:
        assert (await ph.actions.list()).count == 1
    async with make_client(scopes=["*"]) as ph:
        assert (await ph.actions.list()).count == 1


@pytest.mark.anyio
async def test_auto_reads_the_key_once_even_under_concurrency(
    make_client: Any, api: respx.MockRouter
) -> None:
    current = api.get("/api/personal_api_keys/@current/").respond(200, json=current_key(["action:read"]))
    listed = api.get("/api/projects/1/actions/").respond(200, json=page([]))
    async with make_client(scopes="auto") as ph:

        async def first_page() -> None:
            await ph.actions.list()

        async with anyio.create_task_group() as tg:
            for _ in range(5):
                tg.start_soon(first_page)
        with pytest.raises(MissingScopeError, match="action:write"):
            await ph.actions.create(name="x")
        copy = ph.with_options(max_retries=0)
        await copy.actions.list()
    assert current.call_count == 1
    assert listed.call_count == 6
    assert current.calls[0].request.headers["Authorization"].startswith("Bearer phx_")


@pytest.mark.anyio
async def test_auto_refuses_a_project_outside_the_keys_teams(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/api/personal_api_keys/@current/").respond(200, json=current_key(["*"], teams=[1, 2]))
    allowed = api.get("/api/projects/2/actions/").respond(200, json=page([]))
    foreign = api.get("/api/projects/3/actions/").respond(200, json=page([]))
    async with make_client(scopes="auto") as ph:
        await ph.actions.list(project_id=2)
        with pytest.raises(
            PermissionDeniedError, match="does not have access to the requested project: ID 3"
        ):
            await ph.actions.list(project_id=3)
    assert allowed.called
    assert not foreign.called


@pytest.mark.anyio
async def test_auto_refuses_an_organization_outside_the_keys_organizations(
    make_client: Any, api: respx.MockRouter
) -> None:
    api.get("/api/personal_api_keys/@current/").respond(200, json=current_key(["*"], orgs=[ORG]))
    mine = api.get(f"/api/organizations/{ORG}/domains/").respond(200, json=page([]))
    other = api.get(f"/api/organizations/{OTHER_ORG}/domains/").respond(200, json=page([]))
    async with make_client(scopes="auto", organization_id=ORG) as ph:
        await ph.domains.list()
        with pytest.raises(PermissionDeniedError, match="organization"):
            await ph.domains.list(organization_id=OTHER_ORG)
    assert mine.called
    assert not other.called


@pytest.mark.anyio
async def test_auto_with_an_unrestricted_key_allows_any_project(
    make_client: Any, api: respx.MockRouter
) -> None:
    api.get("/api/personal_api_keys/@current/").respond(200, json=current_key(["*"]))
    route = api.get("/api/projects/77/actions/").respond(200, json=page([]))
    async with make_client(scopes="auto") as ph:
        await ph.actions.list(project_id=77)
    assert route.called


@pytest.mark.anyio
async def test_auto_with_a_revoked_key_raises_authentication_error(
    make_client: Any, api: respx.MockRouter
) -> None:
    from posthog_api import AuthenticationError

    api.get("/api/personal_api_keys/@current/").respond(
        401,
        json={"type": "authentication_error", "code": "authentication_failed", "detail": "bad", "attr": None},
    )
    route = api.get("/api/projects/1/actions/").respond(200, json=page([]))
    async with make_client(scopes="auto") as ph:
        with pytest.raises(AuthenticationError):
            await ph.actions.list()
    assert not route.called


@pytest.mark.anyio
async def test_generated_functions_called_with_ph_http_get_the_same_checks(
    make_client: Any, api: respx.MockRouter, clock: Any
) -> None:
    from posthog_api._generated.api.actions import actions_create, actions_list

    route = api.get("/api/projects/1/actions/").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json=page([ACTION_JSON]))]
    )
    create = api.post("/api/projects/1/actions/").respond(201, json=ACTION_JSON)
    async with make_client(scopes=["action:read"]) as ph:
        result = (await actions_list.asyncio_detailed("1", client=ph.http)).parsed
        with pytest.raises(MissingScopeError):
            await actions_create.asyncio_detailed(
                "1", client=ph.http, body=actions_create.ActionRequest(name="x")
            )
    assert result is not None
    assert route.call_count == 2  # retried
    assert route.calls[1].request.headers["Authorization"] == "Bearer phx_test_key_1234567890abcdef"
    assert not create.called
