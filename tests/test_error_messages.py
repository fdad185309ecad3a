"""What a user reads: ``str()`` of a response validation error, and the error a task group yields."""

import json
from typing import Any

import httpx
import pytest
import respx

from posthog_api import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    MissingScopeError,
    NotFoundError,
    ValidationIssue,
)
from posthog_api._errors import first_error

from ._support import ACTION_JSON, KEY, page

pytestmark = pytest.mark.anyio

ACTION_ROUTE = "/api/projects/1/actions/7/"
LIST_ROUTE = "/api/projects/1/actions/"


# ------------------------------------------------------------------ str(APIResponseValidationError)


async def test_str_of_a_strict_validation_error_names_the_operation_the_field_and_the_rest(
    make_client: Any, api: respx.MockRouter
) -> None:
    drifted = {**ACTION_JSON, "team_id": "one", "is_action": "yes", "name": 5}
    api.get(ACTION_ROUTE).respond(200, json=drifted)
    async with make_client(strict_response_validation=True) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.retrieve(7)
    error = caught.value
    assert str(error) == (
        "actions_retrieve: the 200 response does not match the spec at "
        f"{error.issues[0].path}: expected {error.issues[0].expected}, got {error.issues[0].got} (and 2 more)"
    )
    assert sorted(issue.path for issue in error.issues) == ["is_action", "name", "team_id"]
    assert error.operation_id == "actions_retrieve"
    assert error.response.status_code == 200
    assert "\n" not in str(error)


async def test_str_of_a_strict_validation_error_with_one_issue_says_no_more(
    make_client: Any, api: respx.MockRouter
) -> None:
    api.get(LIST_ROUTE).respond(200, json=page([ACTION_JSON, {**ACTION_JSON, "team_id": "one"}]))
    async with make_client(strict_response_validation=True) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    assert str(caught.value).endswith("at results[1].team_id: expected integer, got string")
    assert "more" not in str(caught.value)


@pytest.mark.parametrize("strict", [False, True])
async def test_str_of_a_refused_body_names_the_operation_and_what_came(
    make_client: Any, api: respx.MockRouter, strict: bool
) -> None:
    api.get(ACTION_ROUTE).respond(200, json="a bare string")
    async with make_client(strict_response_validation=strict) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.retrieve(7)
    message = str(caught.value)
    assert message.startswith("actions_retrieve: ")
    assert "200 response" in message
    assert caught.value.issues == ()


def test_str_of_a_validation_error_built_by_hand_is_its_message() -> None:
    response = httpx.Response(200, json={"id": 7})
    issue = ValidationIssue("team_id", "integer", "string")
    error = APIResponseValidationError(
        "actions_retrieve: team_id is wrong",
        response=response,
        operation_id="actions_retrieve",
        issues=[issue],
    )
    assert str(error) == "actions_retrieve: team_id is wrong"
    assert error.issues == (issue,)
    assert str(issue) == "team_id: expected integer, got string"
    assert error.response is response


# ------------------------------------------------------------------ first_error


def test_first_error_finds_the_failure_inside_nested_groups() -> None:
    failure = NotFoundError(status_code=404, detail="Not found.")
    group = BaseExceptionGroup(
        "outer",
        [
            BaseExceptionGroup("only interrupts", [KeyboardInterrupt()]),
            BaseExceptionGroup("middle", [BaseExceptionGroup("inner", [failure, ValueError("later")])]),
            RuntimeError("a later sibling"),
        ],
    )
    assert first_error(group) is failure


def test_first_error_prefers_the_first_ordinary_exception_in_order() -> None:
    first, second = ValueError("first"), ValueError("second")
    assert first_error(ExceptionGroup("g", [first, ExceptionGroup("inner", [second])])) is first
    assert first_error(ExceptionGroup("g", [ExceptionGroup("inner", [second]), first])) is second


def test_first_error_returns_the_group_when_nothing_in_it_is_ordinary() -> None:
    group = BaseExceptionGroup(
        "interrupts", [KeyboardInterrupt(), BaseExceptionGroup("inner", [SystemExit(1)])]
    )
    assert first_error(group) is group


# ------------------------------------------------------------------ str() of status errors


def standard(type_: str | None, code: str | None, detail: Any, attr: str | None = None) -> dict[str, Any]:
    return {"type": type_, "code": code, "detail": detail, "attr": attr}


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (
            400,
            standard("validation_error", "invalid_input", "Bad name", "name"),
            "400 invalid_input: Bad name [attr: name] (actions_retrieve)",
        ),
        (404, {"detail": "Not found."}, "404: Not found. (actions_retrieve)"),
        (
            400,
            {"type": "validation_error", "message": "ignored", "detail": "Kept"},
            "400: Kept (actions_retrieve)",
        ),
        (
            400,
            {"message": "Query failed", "detail": "timeout"},
            "400: Query failed (timeout) (actions_retrieve)",
        ),
        (
            400,
            standard("validation_error", "invalid_input", {"steps": ["bad"], "name": "x"}),
            '400 invalid_input: {"name": "x", "steps": ["bad"]} (actions_retrieve)',
        ),
        (404, b"", "404: Not Found (actions_retrieve)"),
        (599, b"", "599: error (actions_retrieve)"),
        (
            502,
            b"<html>\n  <b>Bad</b>   gateway\n</html>",
            "502: <html> <b>Bad</b> gateway </html> (actions_retrieve)",
        ),
        (400, standard(None, None, "d" * 500), f"400: {'d' * 500} (actions_retrieve)"),
        (400, standard(None, None, "d" * 501), f"400: {'d' * 500}... (actions_retrieve)"),
        (
            429,
            standard("throttled_error", "throttled", "Request was throttled."),
            "429 throttled: Request was throttled. (actions_retrieve); retry after 30 s",
        ),
    ],
)
async def test_str_of_a_status_error_reads_status_code_detail_attr_and_operation(
    make_client: Any, api: respx.MockRouter, status: int, body: Any, message: str
) -> None:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    api.get(ACTION_ROUTE).respond(status, content=content, headers={"Retry-After": "30"})
    async with make_client(max_retries=0, max_retry_after=10) as ph:
        with pytest.raises(APIStatusError) as caught:
            await ph.actions.retrieve(7)
    assert str(caught.value) == message
    assert caught.value.response is not None
    assert caught.value.response.status_code == status


async def test_an_error_body_repeating_the_key_is_masked(make_client: Any, api: respx.MockRouter) -> None:
    api.get(ACTION_ROUTE).respond(401, json=standard("authentication_error", "bad_key", f"Key {KEY} revoked"))
    async with make_client() as ph:
        with pytest.raises(AuthenticationError) as caught:
            await ph.actions.retrieve(7)
    assert caught.value.detail == "Key phx_*** revoked"


@pytest.mark.parametrize(
    ("scopes", "call", "message"),
    [
        (
            ["action:read"],
            lambda ph: ph.actions.update(7, name="x"),
            "403 permission_denied: API key missing required scope 'action:write' (actions_partial_update)",
        ),
        (
            ["action:read"],
            lambda ph: ph.persons.cohorts(person_id="p1"),
            "403 permission_denied: API key missing required scopes 'person:read', 'cohort:read' "
            "(persons_cohorts_retrieve)",
        ),
    ],
)
async def test_a_client_side_missing_scope_error_reads_like_the_servers(
    make_client: Any, api: respx.MockRouter, scopes: list[str], call: Any, message: str
) -> None:
    async with make_client(scopes=scopes) as ph:
        with pytest.raises(MissingScopeError) as caught:
            await call(ph)
    error = caught.value
    assert str(error) == message
    assert (error.status_code, error.type, error.code, error.attr) == (
        403,
        "authentication_error",
        "permission_denied",
        None,
    )
    assert error.response is None  # nothing was sent


async def test_a_server_403_naming_scopes_keeps_the_servers_words(
    make_client: Any, api: respx.MockRouter
) -> None:
    detail = "API key missing required scope 'action:write'"
    api.get(ACTION_ROUTE).respond(403, json=standard("auth_error", "no_scope", detail, "scopes"))
    async with make_client() as ph:
        with pytest.raises(MissingScopeError) as caught:
            await ph.actions.retrieve(7)
    error = caught.value
    assert error.missing_scopes == ("action:write",)
    assert (error.status_code, error.type, error.code, error.attr, error.detail) == (
        403,
        "auth_error",
        "no_scope",
        "scopes",
        detail,
    )
    assert error.response is not None
    assert error.response.status_code == 403
    assert error.operation_id == "actions_retrieve"


async def test_a_connection_error_carries_the_request_that_failed(make_client: Any) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async with make_client(transport=httpx.MockTransport(refuse), max_retries=0) as ph:
        with pytest.raises(APIConnectionError) as caught:
            await ph.actions.retrieve(7)
    assert caught.value.request is not None
    assert caught.value.request.method == "GET"
    assert caught.value.request.url.path == ACTION_ROUTE
