"""What every facade call does between its arguments and its answer (``_requester``).

The ids it fills in, the messages of the errors it raises itself, strict and tolerant parsing of
a list answer, the method of a page's ``next`` request, and the ``Retry-After`` limit it hands to
bulk jobs.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from posthog_api import APIConnectionError, APIResponseValidationError, RateLimitError

from ._support import ACTION_JSON, page

pytestmark = pytest.mark.anyio

ORG = "01234567-89ab-cdef-0123-456789abcdef"
OTHER_ORG = "fedcba98-7654-3210-fedc-ba9876543210"
SHARING_ROUTE = "/api/environments/1/session_recordings/rec-1/sharing/"


def sharing(**changes: Any) -> dict[str, Any]:
    return {"created_at": "2026-01-01T00:00:00+00:00", "access_token": "t", "share_passwords": "", **changes}


async def test_a_call_without_a_project_or_organization_says_every_way_to_give_one(
    make_client: Any, api: respx.MockRouter
) -> None:
    async with make_client(project_id=None) as ph:
        with pytest.raises(ValueError, match="project_id is not set") as project:
            await ph.actions.retrieve(7)
        with pytest.raises(ValueError, match="organization_id is not set") as organization:
            await ph.domains.list()
    assert str(project.value) == (
        "project_id is not set: pass project_id= to this call or to AsyncPostHog, "
        "or set the POSTHOG_PROJECT_ID environment variable"
    )
    assert str(organization.value) == (
        "organization_id is not set: pass organization_id= to this call or to AsyncPostHog, "
        "or set the POSTHOG_ORGANIZATION_ID environment variable"
    )


async def test_an_organization_given_to_a_call_wins_over_the_clients(
    make_client: Any, api: respx.MockRouter
) -> None:
    mine = api.get(f"/api/organizations/{ORG}/domains/").respond(200, json=page([]))
    other = api.get(f"/api/organizations/{OTHER_ORG}/domains/").respond(200, json=page([]))
    async with make_client(organization_id=ORG) as ph:
        await ph.domains.list(organization_id=OTHER_ORG)
    assert (mine.call_count, other.call_count) == (0, 1)


async def test_an_httpx_error_from_the_callers_client_names_the_operation_and_the_error(
    make_client: Any,
) -> None:
    async def raise_for_status(response: httpx.Response) -> None:
        response.raise_for_status()

    inner = httpx.AsyncClient(
        transport=httpx.MockTransport(lambda request: httpx.Response(418)),
        event_hooks={"response": [raise_for_status]},
    )
    async with make_client(http_client=inner) as ph:
        with pytest.raises(APIConnectionError) as caught:
            await ph.actions.retrieve(7)
    await inner.aclose()
    assert str(caught.value).startswith("actions_retrieve failed: HTTPStatusError: Client error '418")
    assert isinstance(caught.value.__cause__, httpx.HTTPStatusError)


async def test_an_unreadable_success_body_names_the_operation_the_status_and_what_went_wrong(
    make_client: Any, api: respx.MockRouter
) -> None:
    api.get("/api/projects/1/actions/7/").respond(
        200, content=b"<html>login</html>", headers={"content-type": "application/json"}
    )
    async with make_client() as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.retrieve(7)
    message = str(caught.value)
    assert message.startswith("actions_retrieve: the 200 response does not match the spec: JSONDecodeError: ")
    assert message.endswith("line 1 column 1 (char 0)")
    assert caught.value.response is not None
    assert caught.value.response.status_code == 200


@pytest.mark.parametrize(
    ("drifted", "more"),
    [(1, ""), (2, " (and 1 more)"), (3, " (and 2 more)")],
)
async def test_strict_mode_names_the_first_misfit_and_counts_the_others(
    make_client: Any, api: respx.MockRouter, drifted: int, more: str
) -> None:
    items = [
        {**ACTION_JSON, "id": i, "team_id": "x"} if i < drifted else {**ACTION_JSON, "id": i}
        for i in range(4)
    ]
    api.get("/api/projects/1/actions/").respond(200, json=page(items))
    async with make_client(strict_response_validation=True) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    assert str(caught.value) == (
        "actions_list: the 200 response does not match the spec at "
        f"results[0].team_id: expected integer, got string{more}"
    )
    assert caught.value.operation_id == "actions_list"
    assert caught.value.response is not None
    assert caught.value.response.status_code == 200
    assert len(caught.value.issues) == drifted


async def test_a_misfit_in_a_list_answer_is_kept_logged_once_and_raised_in_strict_mode(
    make_client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(SHARING_ROUTE).respond(
        200, json=[sharing(), sharing(share_passwords=5), sharing(share_passwords=6)]
    )
    caplog.set_level(logging.WARNING, logger="posthog_api")
    async with make_client() as ph:
        configurations = await ph.session_recording_sharing.list("rec-1")
        strict = ph.with_options(strict_response_validation=True)
        with pytest.raises(APIResponseValidationError) as caught:
            await strict.session_recording_sharing.list("rec-1")
    assert [c.share_passwords for c in configurations] == ["", 5, 6]
    assert [r.getMessage() for r in caplog.records] == [
        "session_recordings_sharing_list: the response field [].share_passwords does not fit the spec "
        "(expected string, got integer); kept as received (strict_response_validation=True raises instead)"
    ]
    assert str(caught.value).endswith("at [1].share_passwords: expected string, got integer (and 1 more)")
    assert [issue.path for issue in caught.value.issues] == ["[1].share_passwords", "[2].share_passwords"]


async def test_every_next_page_is_fetched_with_get(make_client: Any, api: respx.MockRouter) -> None:
    first = page(
        [{**ACTION_JSON, "id": 1}],
        count=2,
        next_url="https://us.posthog.com/api/projects/1/actions/?offset=1",
    )
    second = page([{**ACTION_JSON, "id": 2}], count=2)
    route = api.get("/api/projects/1/actions/").mock(
        side_effect=[httpx.Response(200, json=first), httpx.Response(200, json=second)]
    )
    async with make_client() as ph:
        ids = [action.id async for action in ph.actions.list()]
    assert ids == [1, 2]
    assert route.call_count == 2


async def test_a_bulk_job_stops_on_a_retry_after_longer_than_the_clients_limit(
    make_client: Any, api: respx.MockRouter
) -> None:
    route = api.post("/api/projects/1/persons/bulk_delete/").respond(429, headers={"Retry-After": "3600"})
    async with make_client(max_retry_after=60) as ph:
        with pytest.raises(RateLimitError) as caught:
            await ph.persons.bulk_delete_batched(
                distinct_ids=[f"u{i}" for i in range(10)], batch_size=2, concurrency=1
            )
    assert caught.value.retry_after == 3600
    assert route.call_count == 1
