"""What the fake answers before any handler runs: routing, the key, its scopes and restrictions, the
query checks, injected faults and rate limits, each with PostHog's status, error body and headers."""

from typing import Any

import httpx
import pytest

from posthog_api.testing import FakePostHog
from posthog_api.testing._dispatch import DropConnection

from ._support import FakeClock

pytestmark = pytest.mark.anyio

ACTIONS = "/api/projects/1/actions/"
SUBSCRIPTIONS = "/api/environments/1/subscriptions/"
DEFAULT_ORG = FakePostHog.DEFAULT_ORGANIZATION_ID
OTHER_ORG = "0190a3c5-5e1d-7000-8000-00000000beef"


async def raw(
    fake: FakePostHog, method: str, path: str, key: str | None = "phx_raw", **kwargs: Any
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
    headers.update(kwargs.pop("headers", {}))
    async with fake.http_client() as http:
        return await http.request(method, path, headers=headers, **kwargs)


def error(type: str, code: str, detail: str, attr: str | None = None) -> dict[str, Any]:
    return {"type": type, "code": code, "detail": detail, "attr": attr}


async def test_a_method_the_path_does_not_take_is_405_with_the_allowed_methods() -> None:
    answer = await raw(FakePostHog(), "PUT", ACTIONS)
    assert answer.status_code == 405
    assert answer.json() == error("invalid_request", "method_not_allowed", 'Method "PUT" not allowed.')
    assert answer.headers["Allow"] == "GET, POST"


async def test_an_unknown_path_is_404_and_recorded_without_an_operation() -> None:
    fake = FakePostHog()
    answer = await raw(fake, "GET", "/api/nothing/here/", params={"a": "1", "b": "x y"})
    assert answer.status_code == 404
    assert answer.json() == error("invalid_request", "not_found", "Not found.")
    (recorded,) = fake.requests
    assert (recorded.method, recorded.path, recorded.query, recorded.operation_id, recorded.status) == (
        "GET",
        "/api/nothing/here/",
        "a=1&b=x+y",
        None,
        404,
    )


async def test_an_injected_status_is_answered_with_its_error_body() -> None:
    fake = FakePostHog()
    fake.fail("actions_list", 599, 400)
    first = await raw(fake, "GET", ACTIONS)
    second = await raw(fake, "GET", ACTIONS)
    third = await raw(fake, "GET", ACTIONS)
    assert (first.status_code, second.status_code, third.status_code) == (599, 400, 200)
    assert first.json() == error("server_error", "injected", "Injected fault 599.")
    assert fake.requests[0].operation_id == "actions_list"


@pytest.mark.parametrize("fault", [399, 600, "timeout", 500.0])
def test_a_fault_that_is_not_an_error_status_or_connect_is_refused(fault: Any) -> None:
    fake = FakePostHog()
    with pytest.raises(
        ValueError, match=f"a fault is an error status \\(400-599\\) or 'connect', not {fault!r}"
    ):
        fake.fail("actions_list", fault)


async def test_a_queued_connect_fault_is_taken_only_by_its_operation() -> None:
    fake = FakePostHog()
    fake.fail("actions_create", "connect")
    assert (await raw(fake, "GET", ACTIONS)).status_code == 200  # another operation of the same path
    assert (await raw(fake, "GET", "/api/nothing/")).status_code == 404
    with pytest.raises(httpx.ConnectError):
        await raw(fake, "POST", ACTIONS, json={"name": "x"})
    assert (await raw(fake, "POST", ACTIONS, json={"name": "x"})).status_code == 201


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer    ", "Basic phx_raw", "phx_raw"])
async def test_a_request_without_a_bearer_key_is_401_not_authenticated(header: str) -> None:
    answer = await raw(FakePostHog(), "GET", ACTIONS, key=None, headers={"Authorization": header})
    assert answer.status_code == 401
    assert answer.json() == error(
        "authentication_error", "not_authenticated", "Authentication credentials were not provided."
    )


async def test_the_bearer_scheme_is_case_blind_and_the_key_is_trimmed() -> None:
    fake = FakePostHog()
    fake.accept_any_key = False
    fake.add_key("phx_known", scopes=["action:read"])
    answer = await raw(fake, "GET", ACTIONS, key=None, headers={"Authorization": "bearer   phx_known  "})
    assert answer.status_code == 200
    refused = await raw(fake, "GET", ACTIONS, key="phx_other")
    assert refused.status_code == 401
    assert refused.json() == error(
        "authentication_error", "authentication_failed", "Personal API key is invalid."
    )
    fake.accept_any_key = True
    assert (await raw(fake, "GET", ACTIONS, key="phx_other")).status_code == 200
    assert (await raw(fake, "GET", ACTIONS, key="xphx_other")).status_code == 401


async def test_a_missing_scope_and_a_keyless_operation_are_403_in_posthogs_words() -> None:
    fake = FakePostHog()
    fake.add_key("phx_read", scopes=["action:read"])
    refused = await raw(fake, "POST", ACTIONS, key="phx_read", json={"name": "x"})
    assert refused.status_code == 403
    assert refused.json() == error(
        "authentication_error", "permission_denied", "API key missing required scope 'action:write'"
    )
    fake.enforce_key_access = True
    keyless = await raw(fake, "GET", "/api/projects/1/persons/trends/")
    assert keyless.status_code == 403
    assert keyless.json() == error(
        "authentication_error", "permission_denied", "This action does not support Personal API Key access"
    )


async def test_a_project_is_found_by_its_number_or_current_and_a_restricted_key_sees_only_its_own() -> None:
    fake = FakePostHog()
    fake.add_project(2)
    fake.add_action(project_id=2, name="in two")
    fake.add_key("phx_two", scoped_teams=[2])
    current = await raw(fake, "GET", "/api/projects/@current/actions/", key="phx_two")
    assert [a["name"] for a in current.json()["results"]] == ["in two"]
    default = await raw(fake, "GET", "/api/projects/@current/actions/")
    assert default.json()["results"] == []  # an unrestricted key's current project is the default one
    refused = await raw(fake, "GET", ACTIONS, key="phx_two")
    assert refused.status_code == 403
    assert refused.json() == error(
        "authentication_error",
        "permission_denied",
        "API key does not have access to the requested project: ID 1.",
    )
    for project in ("x1", "\u0661", "3"):  # not a number, an Arabic-Indic one, a missing project
        assert (await raw(fake, "GET", f"/api/projects/{project}/actions/")).status_code == 404


async def test_an_organization_is_found_in_any_case_or_current_and_a_restricted_key_sees_only_its_own() -> (
    None
):
    fake = FakePostHog()
    fake.add_organization(OTHER_ORG)
    fake.add_key("phx_other_org", scoped_organizations=[OTHER_ORG.upper()])
    upper = await raw(fake, "GET", f"/api/organizations/{OTHER_ORG.upper()}/domains/", key="phx_other_org")
    assert upper.status_code == 200
    assert (
        await raw(fake, "GET", "/api/organizations/@current/domains/", key="phx_other_org")
    ).status_code == 200
    default = await raw(
        fake, "GET", f"/api/organizations/{FakePostHog.DEFAULT_ORGANIZATION_ID}/domains/", key="phx_other_org"
    )
    assert default.status_code == 403
    assert default.json() == error(
        "authentication_error",
        "permission_denied",
        f"API key does not have access to the requested organization: ID {DEFAULT_ORG}.",
    )
    assert (await raw(fake, "GET", "/api/organizations/@current/domains/")).status_code == 200
    missing = "0190a3c5-5e1d-7000-8000-000000000000"
    assert (await raw(fake, "GET", f"/api/organizations/{missing}/domains/")).status_code == 404


async def test_query_values_outside_their_choices_are_refused_as_posthog_does() -> None:
    fake = FakePostHog()
    assert (await raw(fake, "GET", ACTIONS, params={"format": "csv"})).status_code == 200
    assert (await raw(fake, "GET", ACTIONS, params={"format": "xml"})).status_code == 404
    assert (await raw(fake, "GET", ACTIONS, params={"format": ""})).status_code == 200
    assert (await raw(fake, "GET", SUBSCRIPTIONS, params={"target_type": "slack"})).status_code == 200
    bad_target = await raw(fake, "GET", SUBSCRIPTIONS, params={"target_type": "fax"})
    assert bad_target.status_code == 400
    assert bad_target.json() == error(
        "validation_error",
        "invalid",
        'Select a valid choice. "fax" is not one of the available choices.',
        "target_type",
    )
    uuid = "0b6c1b4e-1111-4000-8000-000000000001"
    assert (await raw(fake, "GET", SUBSCRIPTIONS, params={"created_by": uuid})).status_code == 200
    assert (await raw(fake, "GET", SUBSCRIPTIONS, params={"created_by": ""})).status_code == 200
    bad_creator = await raw(fake, "GET", SUBSCRIPTIONS, params={"created_by": "me"})
    assert bad_creator.status_code == 400
    assert bad_creator.json() == error(
        "validation_error", "invalid", '"me" is not a valid UUID.', "created_by"
    )


async def test_a_throttled_request_says_when_to_come_back_in_whole_seconds(clock: FakeClock) -> None:
    fake = FakePostHog(clock=clock)
    fake.set_rate_limit(1, 2.5, retry_after=True, rate_class="crud")
    assert (await raw(fake, "GET", ACTIONS)).status_code == 200
    await clock.sleep(2)
    throttled = await raw(fake, "GET", ACTIONS)  # 0.5 s left: rounded up to 1
    assert throttled.status_code == 429
    assert throttled.json() == error(
        "throttled_error", "throttled", "Request was throttled. Expected available in 1 seconds."
    )
    assert throttled.headers["Retry-After"] == "1"
    fake.set_rate_limit(1, 10, retry_after=False, rate_class=None)
    await clock.sleep(1)
    assert (await raw(fake, "GET", ACTIONS)).status_code == 200
    again = await raw(fake, "GET", ACTIONS)
    assert again.json()["detail"] == "Request was throttled. Expected available in 10 seconds."
    assert "Retry-After" not in again.headers
    fake.clear_rate_limits()
    assert (await raw(fake, "GET", ACTIONS)).status_code == 200
    with pytest.raises(ValueError, match="unknown rate class 'cheap'"):
        fake.set_rate_limit(1, 1, retry_after=True, rate_class="cheap")


def test_every_handler_for_an_operation_the_spec_lacks_is_named() -> None:
    def answer(context: Any) -> tuple[int, Any]:
        return 200, {}

    with pytest.raises(ValueError, match=r"spec does not have: actions_lsit, actions_tsil$"):
        FakePostHog(handlers={"actions_tsil": answer, "actions_lsit": answer})


async def test_an_answer_without_a_body_is_sent_empty_and_untyped() -> None:
    fake = FakePostHog()
    answer = await raw(
        fake, "POST", "/api/projects/1/persons/reset_person_distinct_id/", json={"distinct_id": "new"}
    )
    assert answer.status_code == 202
    assert answer.content == b""
    assert "content-type" not in answer.headers


async def test_an_unregistered_phx_key_is_shown_as_any_phx_key() -> None:
    current = await raw(FakePostHog(), "GET", "/api/personal_api_keys/@current/", key="phx_whoever")
    assert current.json()["label"] == "any phx_ key"


async def test_a_connect_fault_through_the_bare_asgi_app_drops_the_request_naming_its_operation() -> None:
    fake = FakePostHog()
    fake.fail("actions_list", "connect")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://fake") as http:
        with pytest.raises(DropConnection, match=r"^actions_list$"):
            await http.get(ACTIONS, headers={"Authorization": "Bearer phx_raw"})
        assert (await http.get(ACTIONS, headers={"Authorization": "Bearer phx_raw"})).status_code == 200
