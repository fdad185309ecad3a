"""Every resource method sends its operation's method and path; bodies come from keyword arguments."""

import json
import uuid
from typing import Any

import httpx
import pytest
import respx

from posthog_api import AsyncPostHog
from posthog_api._generated.operations import OPERATIONS

from ._support import ACTION_JSON, KEY, SAMPLE_UUID_ID, page, required_arguments

pytestmark = pytest.mark.anyio

ORG = "01234567-89ab-cdef-0123-456789abcdef"
JOURNEY = SAMPLE_UUID_ID

# A body with every field any response model of the spec requires.
ANY_OBJECT: dict[str, Any] = {
    "id": JOURNEY,
    "created_at": "2026-01-01T00:00:00Z",
    "updated_at": "2026-01-01T00:00:00Z",
    "created_by": None,
    "is_calculating": False,
    "team_id": 1,
    "is_action": True,
    "target_type": "email",
    "target_value": "a@example.com",
    "frequency": "daily",
    "start_date": "2026-01-01T00:00:00Z",
    "summary": "daily",
    "next_delivery_date": None,
    "short_id": "inbox",
    "name": "n",
    "insight": 1,
    "domain": "example.com",
    "is_verified": False,
    "verified_at": None,
    "verification_challenge": "c",
    "has_saml": False,
    "has_scim": False,
    "scim_base_url": None,
    "scim_bearer_token": None,
    "access_token": "t",
    "share_passwords": "",
    "label": "k",
    "mask_value": "phx_...",
    "scopes": ["*"],
    "scoped_teams": [],
    "scoped_organizations": [],
    "persons_found": 0,
    "persons_deleted": 0,
    "events_queued_for_deletion": False,
    "recordings_queued_for_deletion": False,
    "deletion_errors": [],
    "count": 0,
    "results": [],
}

# The success answer of each operation: status, and whether it has a body (the spec's responses).
NO_BODY = {
    "integrations_authorize_retrieve": 200,
    "persons_reset_person_distinct_id_create": 202,
    "persons_partial_update": 202,
    "persons_update_property_create": 202,
    "persons_destroy": 202,
    "persons_delete_events_create": 202,
    "persons_delete_recordings_create": 202,
}
STATUS = {
    "persons_bulk_delete_create": 202,
    "session_recordings_sharing_passwords_create": 200,
    "session_recordings_sharing_refresh_create": 200,
    "persons_funnel_create": 200,
    "persons_funnel_correlation_create": 200,
}


def success(request: httpx.Request, operation_id: str) -> httpx.Response:
    operation = OPERATIONS[operation_id]
    if operation_id in NO_BODY:
        return httpx.Response(NO_BODY[operation_id])
    if operation.method == "DELETE":
        return httpx.Response(204)
    if operation.pagination == "array":
        return httpx.Response(200, json=[ANY_OBJECT])
    status = STATUS.get(operation_id, 201 if operation.method == "POST" else 200)
    return httpx.Response(status, json=ANY_OBJECT)


# Every operation, the deprecated ones too (tests/test_architecture.py pins their warning).
@pytest.mark.filterwarnings("ignore:.* is deprecated in PostHog's API:DeprecationWarning")
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_every_resource_method_sends_its_operation(
    make_client: Any, api: respx.MockRouter, operation_id: str
) -> None:
    operation = OPERATIONS[operation_id]
    soft_delete = operation_id in {"actions_destroy", "subscriptions_destroy"}
    sent_as = OPERATIONS[operation_id.replace("_destroy", "_partial_update")] if soft_delete else operation
    route = api.route().mock(side_effect=lambda request: success(request, sent_as.operation_id))
    async with make_client(organization_id=ORG) as ph:
        method = getattr(getattr(ph, operation.resource), operation.resource_method)
        args, kwargs = required_arguments(operation_id, method)
        await method(*args, **kwargs)

    (call,) = route.calls
    request = call.request
    values = {"project_id": "1", "organization_id": ORG}
    positional = [p for p in operation.path_params if p not in values]
    values.update({name: str(value) for name, value in zip(positional, args, strict=True)})
    assert request.method == sent_as.method
    assert request.url.path == sent_as.path.format(**values)
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    if soft_delete:
        assert json.loads(request.content) == {"deleted": True}


async def test_create_takes_body_fields_as_keywords_and_converts_plain_values(
    make_client: Any, api: respx.MockRouter
) -> None:
    route = api.post("/api/projects/1/actions/").respond(201, json=ACTION_JSON)
    async with make_client() as ph:
        action = await ph.actions.create(
            name="Signed up", steps=[{"event": "$pageview", "url": "/signup", "url_matching": "exact"}]
        )
    assert action.name == "Signed up"
    assert json.loads(route.calls[0].request.content) == {
        "name": "Signed up",
        "steps": [{"event": "$pageview", "url": "/signup", "url_matching": "exact"}],
        "post_to_slack": False,
        "deleted": False,
    }


async def test_subscription_create_accepts_strings_for_enums_and_dates(
    make_client: Any, api: respx.MockRouter
) -> None:
    route = api.post("/api/environments/1/subscriptions/").respond(201, json=ANY_OBJECT)
    async with make_client() as ph:
        await ph.subscriptions.create(
            target_type="slack",
            target_value="#alerts",
            frequency="weekly",
            start_date="2026-11-23T09:00:00Z",
            byweekday=["monday", "friday"],
        )
    body = json.loads(route.calls[0].request.content)
    assert body["target_type"] == "slack"
    assert body["frequency"] == "weekly"
    assert body["start_date"] == "2026-11-23T09:00:00+00:00"
    assert body["byweekday"] == ["monday", "friday"]


async def test_a_bad_date_string_is_refused_before_sending(make_client: Any, api: respx.MockRouter) -> None:
    route = api.route().respond(201)
    async with make_client() as ph:
        with pytest.raises(ValueError, match="start_date must be a datetime or an ISO 8601 string"):
            await ph.subscriptions.create(
                target_type="email",
                target_value="a@example.com",
                frequency="daily",
                start_date="next tuesday",
            )
    assert not route.called


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        (
            [{"event": "$pageview"}, {"event": "$signup", "properties": {"$browser": "Chrome"}}],
            r"steps\[1\] does not fit ActionStep: steps\[1\]\.properties: expected array of object "
            r"\(PropertyFilter\) or null, got object",
        ),
        ([{"event": 5}], r"steps\[0\]\.event: expected string or null, got integer"),
        (
            [{"properties": [{"key": "plan", "type": None}]}],
            r"steps\[0\]\.properties\[0\]\.type: expected string",
        ),
    ],
    ids=["doc-page-properties-object", "number-for-event", "null-filter-type"],
)
async def test_a_nested_body_value_that_does_not_fit_is_refused_before_sending(
    make_client: Any, api: respx.MockRouter, steps: list[dict[str, Any]], message: str
) -> None:
    route = api.route().respond(201, json=ACTION_JSON)
    async with make_client() as ph:
        with pytest.raises(ValueError, match=message):
            await ph.actions.create(name="Signed up", steps=steps)
    assert not route.called


async def test_update_is_a_patch_of_only_the_given_fields(make_client: Any, api: respx.MockRouter) -> None:
    route = api.patch("/api/projects/1/actions/7/").respond(200, json=ACTION_JSON)
    async with make_client() as ph:
        await ph.actions.update(7, name="Renamed")
    assert json.loads(route.calls[0].request.content) == {"name": "Renamed"}


async def test_soft_delete_sends_a_patch_and_never_a_delete(make_client: Any, api: respx.MockRouter) -> None:
    delete = api.delete("/api/environments/1/subscriptions/3/").respond(405)
    patch = api.patch("/api/environments/1/subscriptions/3/").respond(200, json=ANY_OBJECT)
    async with make_client() as ph:
        assert await ph.subscriptions.delete(3) is None
    assert not delete.called
    assert json.loads(patch.calls[0].request.content) == {"deleted": True}
    docstring = ph.subscriptions.delete.__doc__ or ""
    assert 'Deletes by sending ``PATCH`` with ``{"deleted": true}``' in docstring


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"distinct_ids": [f"u{i}" for i in range(1001)]}, "at most 1000"),
        ({"ids": (str(uuid.UUID(int=i)) for i in range(10**9))}, "at most 1000"),
        ({"ids": [str(uuid.uuid4())], "distinct_ids": ["a"]}, "not both"),
        ({}, "got neither"),
        ({"distinct_ids": []}, "is empty"),
        ({"ids": ["not-a-uuid"]}, r"ids\[0\] 'not-a-uuid' is refused: not a person UUID"),
        ({"distinct_ids": ["ok", ""]}, r"distinct_ids\[1\] '' is refused: blank"),
        ({"distinct_ids": "user-1"}, "not a single string"),
    ],
)
async def test_bulk_delete_refuses_bad_ids_before_sending(
    make_client: Any, api: respx.MockRouter, kwargs: dict[str, Any], message: str
) -> None:
    route = api.route().respond(202)
    async with make_client() as ph:
        with pytest.raises(ValueError, match=message):
            await ph.persons.bulk_delete(**kwargs)
    assert not route.called


async def test_bulk_delete_sends_ids_in_the_json_body(make_client: Any, api: respx.MockRouter) -> None:
    route = api.post("/api/projects/1/persons/bulk_delete/").respond(202, json=ANY_OBJECT)
    person = uuid.uuid4()
    async with make_client() as ph:
        await ph.persons.bulk_delete(ids=[person, str(person)], delete_events=True)
    request = route.calls[0].request
    assert request.url.query == b""
    assert json.loads(request.content) == {
        "ids": [str(person), str(person)],
        "delete_events": True,
        "delete_recordings": False,
        "keep_person": False,
    }


async def test_domains_use_the_organization_id(make_client: Any, api: respx.MockRouter) -> None:
    route = api.get(f"/api/organizations/{ORG}/domains/").respond(200, json=page([]))
    async with make_client(organization_id=ORG) as ph:
        await ph.domains.list(limit=10)
    assert route.calls[0].request.url.params["limit"] == "10"


async def test_sharing_list_returns_a_list(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/api/environments/1/session_recordings/rec-1/sharing/").respond(
        200, json=[ANY_OBJECT, ANY_OBJECT]
    )
    async with make_client() as ph:
        configurations = await ph.session_recording_sharing.list("rec-1")
    assert isinstance(configurations, list)
    assert len(configurations) == 2


async def test_a_caller_supplied_http_client_is_used_and_still_protected(clock: Any, clean_env: None) -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=page([ACTION_JSON]))])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    user_client = httpx.AsyncClient(transport=httpx.MockTransport(handler), headers={"X-Trace": "abc"})
    ph = AsyncPostHog(
        api_key=KEY,
        project_id=1,
        http_client=user_client,
        scopes=["action:read"],
        _clock=clock,
        _random=lambda: 0,
    )
    async with ph:
        result = await ph.actions.list()
        with pytest.raises(Exception, match="action:write"):
            await ph.actions.create(name="x")
    assert result.count == 1
    assert len(seen) == 2  # retried through the caller's client
    assert all(r.headers["Authorization"] == f"Bearer {KEY}" for r in seen)
    assert not user_client.is_closed  # the caller owns it
    await user_client.aclose()
