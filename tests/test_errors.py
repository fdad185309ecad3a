"""Every error response becomes a typed PostHogError, whatever its body."""

import json
from typing import Any

import httpx
import pytest
import respx

from posthog_api import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MissingScopeError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    RateLimitError,
)

from ._support import KEY

pytestmark = pytest.mark.anyio

ROUTE = "/api/projects/1/actions/7/"


def standard(type_: str, code: str, detail: str, attr: str | None = None) -> dict[str, Any]:
    return {"type": type_, "code": code, "detail": detail, "attr": attr}


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (400, standard("validation_error", "invalid_input", "Bad name", "name"), BadRequestError),
        (401, standard("authentication_error", "authentication_failed", "Invalid key"), AuthenticationError),
        (402, standard("invalid_request", "quota_limit_exceeded", "Quota exceeded"), APIStatusError),
        (403, standard("authentication_error", "permission_denied", "No access"), PermissionDeniedError),
        (404, standard("invalid_request", "not_found", "Not found."), NotFoundError),
        (
            405,
            standard("invalid_request", "method_not_allowed", 'Method "DELETE" not allowed.'),
            APIStatusError,
        ),
        (429, standard("throttled_error", "throttled", "Request was throttled."), RateLimitError),
        (500, standard("server_error", "error", "A server error occurred."), InternalServerError),
        (512, standard("server_error", "query_failed", "Query failed"), InternalServerError),
    ],
)
async def test_status_maps_to_its_exception_with_the_body_fields(
    make_client: Any, api: respx.MockRouter, status: int, body: dict[str, Any], expected: type[APIStatusError]
) -> None:
    api.get(ROUTE).respond(status, json=body)
    async with make_client(max_retries=0) as ph:
        with pytest.raises(expected) as caught:
            await ph.actions.retrieve(7)
    error = caught.value
    assert type(error) is expected
    assert (error.status_code, error.type, error.code, error.detail, error.attr) == (
        status,
        body["type"],
        body["code"],
        body["detail"],
        body["attr"],
    )
    assert error.operation_id == "actions_retrieve"
    assert error.response is not None
    assert error.response.status_code == status
    assert body["detail"] in str(error)


@pytest.mark.parametrize(
    ("content", "headers", "detail"),
    [
        (
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            {"content-type": "text/html"},
            "502 Bad Gateway",
        ),
        (b"", {}, "Bad Gateway"),
        (b'{"type": "server_error", "detail": "trunc', {"content-type": "application/json"}, "trunc"),
        (b"[1, 2]", {"content-type": "application/json"}, "[1, 2]"),
        (b"\xff\xfe\x00garbage", {}, "garbage"),
    ],
)
async def test_any_error_body_becomes_an_api_status_error(
    make_client: Any, api: respx.MockRouter, content: bytes, headers: dict[str, str], detail: str
) -> None:
    api.get(ROUTE).respond(502, content=content, headers=headers)
    async with make_client(max_retries=0) as ph:
        with pytest.raises(InternalServerError) as caught:
            await ph.actions.retrieve(7)
    assert caught.value.status_code == 502
    assert detail in caught.value.detail


async def test_legacy_analytics_body_is_read(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/api/projects/1/persons/trends/").respond(
        400, json={"message": "Invalid filter", "detail": {"field": "date_from"}}
    )
    async with make_client() as ph:
        with pytest.raises(BadRequestError) as caught:
            await ph.persons.trends()
    assert caught.value.detail == 'Invalid filter ({"field": "date_from"})'
    assert caught.value.code is None


async def test_a_huge_error_body_is_cut_short(make_client: Any, api: respx.MockRouter) -> None:
    api.get(ROUTE).respond(400, content=b"x" * 100_000)
    async with make_client() as ph:
        with pytest.raises(BadRequestError) as caught:
            await ph.actions.retrieve(7)
    assert len(str(caught.value)) < 1_000


async def test_server_403_naming_a_scope_is_a_missing_scope_error(
    make_client: Any, api: respx.MockRouter
) -> None:
    api.post("/api/projects/1/persons/bulk_delete/").respond(
        403,
        json=standard(
            "authentication_error", "permission_denied", "API key missing required scope 'person:write'"
        ),
    )
    async with make_client() as ph:
        with pytest.raises(MissingScopeError) as caught:
            await ph.persons.bulk_delete(distinct_ids=["a"])
    assert caught.value.missing_scopes == ("person:write",)
    assert caught.value.operation_id == "persons_bulk_delete_create"
    assert isinstance(caught.value, PermissionDeniedError)


async def test_rate_limit_error_carries_retry_after(make_client: Any, api: respx.MockRouter) -> None:
    api.get(ROUTE).respond(
        429,
        json=standard("throttled_error", "throttled", "Expected available in 30 seconds."),
        headers={"Retry-After": "30"},
    )
    async with make_client(max_retries=0) as ph:
        with pytest.raises(RateLimitError) as caught:
            await ph.actions.retrieve(7)
    assert caught.value.retry_after == 30
    assert "retry after 30 s" in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [b"<html>maintenance</html>", b'{"id": 7, "name": "trunc', b'"a string"', b"[]"],
)
async def test_an_unreadable_success_body_is_a_response_validation_error(
    make_client: Any, api: respx.MockRouter, content: bytes
) -> None:
    api.get(ROUTE).respond(200, content=content, headers={"content-type": "application/json"})
    async with make_client() as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.retrieve(7)
    assert caught.value.operation_id == "actions_retrieve"
    assert isinstance(caught.value, PostHogError)


async def test_errors_never_leak_json_decode_errors(make_client: Any, api: respx.MockRouter) -> None:
    api.get(ROUTE).respond(500, content=b"{not json")
    async with make_client(max_retries=0) as ph:
        with pytest.raises(PostHogError) as caught:
            await ph.actions.retrieve(7)
    assert not isinstance(caught.value, json.JSONDecodeError)
    assert caught.value.__cause__ is None or not isinstance(caught.value.__cause__, json.JSONDecodeError)


async def test_connection_failure_is_an_api_connection_error(make_client: Any, api: respx.MockRouter) -> None:
    from posthog_api import APIConnectionError, APITimeoutError

    api.get(ROUTE).mock(side_effect=httpx.ConnectError("connection refused"))
    api.get("/api/projects/1/actions/8/").mock(side_effect=httpx.ReadTimeout("slow"))
    async with make_client(max_retries=0) as ph:
        with pytest.raises(APIConnectionError, match="connection refused") as caught:
            await ph.actions.retrieve(7)
        assert not isinstance(caught.value, APITimeoutError)
        with pytest.raises(APITimeoutError, match="timed out"):
            await ph.actions.retrieve(8)


def test_error_message_never_contains_the_key() -> None:
    response = httpx.Response(
        401,
        json=standard("authentication_error", "authentication_failed", f"Invalid key {KEY}"),
        request=httpx.Request("GET", "https://us.posthog.com/x"),
    )
    from posthog_api._errors import error_from_response

    error = error_from_response(response, operation_id=None, redact=KEY)
    assert KEY not in str(error)
    assert KEY not in repr(error)
    assert "phx_***" in error.detail
