"""The transport stack at its edges: closing copies, broken bodies, the ``@current`` key fetch."""

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from posthog_api import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPostHog,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

from ._support import ACTION_JSON, HOST, KEY, page

pytestmark = pytest.mark.anyio

CURRENT_KEY_PATH = "/api/personal_api_keys/@current/"
CURRENT_KEY = {"scopes": ["*"], "scoped_teams": [], "scoped_organizations": []}


class Pool(httpx.AsyncBaseTransport):
    """Answers every request with an empty action list; refuses to send once closed, like a pool."""

    def __init__(self) -> None:
        self.closed = False
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.closed:
            raise RuntimeError("the connection pool is closed")
        self.requests.append(request)
        if request.url.path == CURRENT_KEY_PATH:
            return httpx.Response(200, json=CURRENT_KEY)
        return httpx.Response(200, json=page([ACTION_JSON]))

    async def aclose(self) -> None:
        self.closed = True


def client(transport: httpx.AsyncBaseTransport, clock: Any, **kwargs: Any) -> AsyncPostHog:
    kwargs.setdefault("max_retries", 0)
    return AsyncPostHog(
        api_key=KEY, project_id=1, transport=transport, _clock=clock, _random=lambda: 0.0, **kwargs
    )


# ------------------------------------------------------------------ with_options copies and the pool


async def test_closing_a_with_options_copy_leaves_the_parents_pool_usable(
    clean_env: None, clock: Any
) -> None:
    pool = Pool()
    async with client(pool, clock) as parent:
        async with parent.with_options(timeout=5.0, max_retries=1) as copy:
            await copy.actions.list()
        assert not pool.closed
        page_after = await parent.actions.list()
        assert page_after.results[0].id == ACTION_JSON["id"]
        # Another copy made after the first was closed works too.
        await parent.with_options(strict_response_validation=True).actions.list()
    assert pool.closed  # closing the parent closes the pool it owns
    assert len(pool.requests) == 3


# ------------------------------------------------------------------ bodies that break


class BreakingStream(httpx.AsyncByteStream):
    """Gives one chunk of a body, then the connection breaks; records whether it was closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"count": 1, "next": null, "previous": null, "results": ['
        raise httpx.ReadError("connection reset while reading the body")

    async def aclose(self) -> None:
        self.closed = True


class BreakingBodies(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.streams: list[BreakingStream] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        stream = BreakingStream()
        self.streams.append(stream)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=stream)


async def test_a_body_read_that_fails_part_way_closes_the_response(clean_env: None, clock: Any) -> None:
    transport = BreakingBodies()
    async with client(transport, clock, max_retries=2) as ph:
        with pytest.raises(APIConnectionError, match="ReadError"):
            await ph.actions.list()
    # The read was retried like a failed send (a list is safe to repeat), and every attempt's
    # response was closed, so no connection is left checked out of the pool.
    assert len(transport.streams) == 3
    assert [stream.closed for stream in transport.streams] == [True, True, True]
    assert clock.sleeps == [0.5, 1.0]


class RawBody(httpx.AsyncByteStream):
    """A body handed over as it came off the wire (httpx decodes it only when it is read)."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.raw


@pytest.mark.parametrize(
    ("status", "error"), [(400, BadRequestError), (404, NotFoundError), (500, InternalServerError)]
)
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_an_error_body_with_a_broken_content_encoding_still_gives_the_typed_error(
    clean_env: None, clock: Any, status: int, error: type[Exception], encoding: str
) -> None:
    body = b'{"type": "invalid_request", "code": "not_quite", "detail": "Plain JSON, not compressed."}'

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
        return httpx.Response(status, headers=headers, stream=RawBody(body))

    async with client(httpx.MockTransport(answer), clock) as ph:
        with pytest.raises(error) as caught:
            await ph.actions.retrieve(7)
    assert type(caught.value) is error
    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert caught.value.code == "not_quite"  # type: ignore[attr-defined]
    assert caught.value.detail == "Plain JSON, not compressed."  # type: ignore[attr-defined]


# ------------------------------------------------------------------ scopes="auto" and @current


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param(b"<html>Sign in</html>", id="html"),
        pytest.param(b"[]", id="a list"),
        pytest.param(b'{"scopes": "*"}', id="scopes a string"),
        pytest.param(b'{"label": "no scopes"}', id="no scopes"),
        pytest.param(b'{"scopes": ["*"], "scoped_teams": ["team one"]}', id="team not a number"),
        pytest.param(b'{"scopes": ["*"], "scoped_teams": [null]}', id="team null"),
        pytest.param(b'{"scopes": ["*"], "scoped_teams": 5}', id="teams a number"),
        pytest.param(b'{"scopes": ["*"], "scoped_teams": "12"}', id="teams a string"),
        pytest.param(b'{"scopes": ["*"], "scoped_organizations": "org"}', id="organizations a string"),
    ],
)
async def test_a_malformed_current_key_answer_under_scopes_auto_is_a_clear_validation_error(
    clean_env: None, clock: Any, answer: bytes
) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if request.url.path == CURRENT_KEY_PATH:
            return httpx.Response(200, content=answer, headers={"Content-Type": "application/json"})
        return httpx.Response(200, json=page([ACTION_JSON]))

    async with client(httpx.MockTransport(handler), clock, scopes="auto") as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    message = str(caught.value)
    assert "could not read the key's scopes" in message
    assert CURRENT_KEY_PATH in message
    assert caught.value.operation_id == "personal_api_keys_current_retrieve"
    assert caught.value.response.status_code == 200
    assert sent == [CURRENT_KEY_PATH]  # the call itself was not sent unchecked


async def test_the_current_key_fetch_uses_the_callers_timeout_and_nothing_else(
    clean_env: None, clock: Any
) -> None:
    pool = Pool()
    async with client(pool, clock, scopes="auto", timeout=30.0) as ph:
        await ph.with_options(timeout=7.0).actions.list()
    key_request, list_request = pool.requests
    assert key_request.url == f"{HOST}{CURRENT_KEY_PATH}"
    timeout = {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert key_request.extensions == {"timeout": timeout}
    assert list_request.extensions["timeout"] == timeout
    assert key_request.headers["Authorization"] == f"Bearer {KEY}"


async def test_a_current_key_answer_without_scopes_says_so(clean_env: None, clock: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == CURRENT_KEY_PATH:
            return httpx.Response(200, json={"scopes": None})
        return httpx.Response(200, json=page([ACTION_JSON]))

    async with client(httpx.MockTransport(handler), clock, scopes="auto") as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    assert str(caught.value) == f"could not read the key's scopes from {CURRENT_KEY_PATH}: no 'scopes' list"


async def test_a_current_key_answer_with_teams_as_a_string_says_so(clean_env: None, clock: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"scopes": ["*"], "scoped_teams": "12"})

    async with client(httpx.MockTransport(handler), clock, scopes="auto") as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    assert str(caught.value) == (
        f"could not read the key's scopes from {CURRENT_KEY_PATH}: "
        "'scoped_teams' and 'scoped_organizations' must be lists"
    )


async def test_the_current_key_request_asks_for_json_and_its_errors_name_it(
    clean_env: None, clock: Any
) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(401, json={"type": "authentication_error", "detail": "Invalid key"})

    async with client(httpx.MockTransport(handler), clock, scopes="auto") as ph:
        with pytest.raises(AuthenticationError) as caught:
            await ph.actions.list()
    assert caught.value.operation_id == "personal_api_keys_current_retrieve"
    (request,) = sent
    assert request.method == "GET"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Authorization"] == f"Bearer {KEY}"


async def test_a_callers_http_client_carries_every_request_and_stays_open(
    clean_env: None, clock: Any
) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page([ACTION_JSON]))

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), event_hooks={"request": [hook]})
    async with AsyncPostHog(api_key=KEY, project_id=1, http_client=http, _clock=clock) as ph:
        listed = await ph.actions.list()
    assert listed.results[0].id == ACTION_JSON["id"]
    assert seen == ["/api/projects/1/actions/"]
    assert not http.is_closed
    await http.aclose()


@pytest.mark.parametrize("encoding", [None, "gzip"])
async def test_an_error_keeps_the_servers_headers_and_the_request(
    clean_env: None, clock: Any, encoding: str | None
) -> None:
    body = b'{"detail": "Not found."}'

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "X-Request-Id": "req-42"}
        if encoding:
            headers["Content-Encoding"] = encoding  # and a body that is not compressed
        return httpx.Response(404, headers=headers, stream=RawBody(body))

    async with client(httpx.MockTransport(answer), clock) as ph:
        with pytest.raises(NotFoundError) as caught:
            await ph.actions.retrieve(7)
    response = caught.value.response
    assert response is not None
    assert response.headers["X-Request-Id"] == "req-42"
    assert response.request.url == f"{HOST}/api/projects/1/actions/7/"
    assert response.json() == {"detail": "Not found."}


async def test_retry_after_is_read_from_an_answer_built_in_memory(clean_env: None, clock: Any) -> None:
    answers = iter([httpx.Response(503, headers={"Retry-After": "7"}), httpx.Response(200, json=ACTION_JSON)])
    transport = httpx.MockTransport(lambda request: next(answers))
    async with client(transport, clock, max_retries=1, rate_limits=None) as ph:
        await ph.actions.retrieve(7)
    assert clock.sleeps == [7.0]


async def test_a_retry_is_logged_with_the_request_the_reason_and_the_delay(
    clean_env: None, clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="posthog_api")
    answers = iter([httpx.Response(503), httpx.Response(200, json=ACTION_JSON)])
    async with client(httpx.MockTransport(lambda request: next(answers)), clock, max_retries=2) as ph:
        await ph.actions.retrieve(7)
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.INFO] == [
        "GET /api/projects/1/actions/7/: 503; retry 1 of 2 in 0.50 s"
    ]


@pytest.mark.parametrize(
    ("error", "message", "kind"),
    [
        (
            httpx.ConnectError(f"refused for {KEY}"),
            "GET https://us.posthog.com/api/projects/1/actions/7/ failed: ConnectError: refused for phx_***",
            APIConnectionError,
        ),
        (
            httpx.ConnectError(""),
            "GET https://us.posthog.com/api/projects/1/actions/7/ failed: ConnectError: ConnectError",
            APIConnectionError,
        ),
        (
            httpx.ReadTimeout("read timed out"),
            "GET https://us.posthog.com/api/projects/1/actions/7/ timed out: read timed out",
            APITimeoutError,
        ),
    ],
)
async def test_a_failed_send_says_where_and_why_without_the_key(
    clean_env: None, clock: Any, error: Exception, message: str, kind: type[Exception]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error

    async with client(httpx.MockTransport(fail), clock) as ph:
        with pytest.raises(kind) as caught:
            await ph.actions.retrieve(7)
    assert str(caught.value) == message
    assert type(caught.value) is kind
    assert caught.value.request is not None  # type: ignore[attr-defined]
    assert caught.value.request.url.path == "/api/projects/1/actions/7/"  # type: ignore[attr-defined]


class ChunkedBody(httpx.AsyncByteStream):
    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


async def test_a_body_in_many_chunks_is_read_whole(clean_env: None, clock: Any) -> None:
    body = json.dumps(ACTION_JSON).encode()
    chunks = [body[i : i + 16] for i in range(0, len(body), 16)]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=ChunkedBody(*chunks))

    async with client(httpx.MockTransport(answer), clock) as ph:
        action = await ph.actions.retrieve(7)
    assert (action.id, action.name, action.steps[0].url) == (7, "Signed up", "/signup")


@pytest.mark.parametrize("status", [400, 401])
async def test_an_error_built_in_memory_is_still_a_typed_error(
    clean_env: None, clock: Any, status: int
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"type": "validation_error", "detail": "Nope"})

    async with client(httpx.MockTransport(answer), clock) as ph:
        with pytest.raises(APIStatusError) as caught:
            await ph.actions.retrieve(7)
    assert caught.value.status_code == status
    assert caught.value.detail == "Nope"


async def test_each_answer_is_logged_at_debug_level(
    clean_env: None, clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="posthog_api")
    answers = iter([httpx.Response(503), httpx.Response(200, json=ACTION_JSON)])
    async with client(httpx.MockTransport(lambda request: next(answers)), clock, max_retries=1) as ph:
        await ph.actions.retrieve(7)
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and "->" in r.getMessage()]
    assert debug == ["GET /api/projects/1/actions/7/ -> 503", "GET /api/projects/1/actions/7/ -> 200"]


async def test_a_request_to_a_path_no_operation_has_is_retried_by_its_method_and_rate_limited_as_crud(
    clean_env: None, clock: Any
) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        if len(sent) in (1, 3):
            return httpx.Response(503)
        return httpx.Response(200, json={})

    limits = {"crud": [(10, 60.0)]}
    async with client(httpx.MockTransport(answer), clock, max_retries=1, rate_limits=limits) as ph:
        http = ph.http
        assert (await http.get("/api/unknown/")).status_code == 200  # a GET is safe to repeat
        with pytest.raises(InternalServerError) as caught:
            await http.post("/api/unknown/", json={})  # a POST is not
        for _ in range(8):
            await http.get("/api/unknown/")  # the 11th request of the crud class waits
    assert sent[:3] == ["GET", "GET", "POST"]
    assert caught.value.operation_id is None
    # The 11th crud request waits for the first slot: 60 s and the margin, less the 0.5 s retry.
    assert clock.sleeps == [0.5, pytest.approx(59.6)]


# ------------------------------------------------------------------ found by mutation testing


ORG = "01234567-89ab-cdef-0123-456789abcdef"


def keyed(key: dict[str, Any]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == CURRENT_KEY_PATH:
            return httpx.Response(200, json=key)
        return httpx.Response(200, json=page([]))

    return handler


async def test_a_key_scoped_to_a_team_may_still_call_organization_operations(
    clean_env: None, clock: Any
) -> None:
    key = {"scopes": ["*"], "scoped_teams": [1], "scoped_organizations": []}
    async with client(httpx.MockTransport(keyed(key)), clock, scopes="auto", organization_id=ORG) as ph:
        await ph.domains.list()
        with pytest.raises(PermissionDeniedError) as caught:
            await ph.actions.list(project_id=2)
    error = caught.value
    assert (error.status_code, error.type, error.code, error.operation_id) == (
        403,
        "authentication_error",
        "permission_denied",
        "actions_list",
    )
    assert str(error) == (
        "403 permission_denied: API key does not have access to the requested project: ID 2. (actions_list)"
    )


async def test_a_key_scoped_to_an_organization_may_still_call_project_operations(
    clean_env: None, clock: Any
) -> None:
    key = {"scopes": ["*"], "scoped_teams": [], "scoped_organizations": [ORG]}
    other = "fedcba98-7654-3210-fedc-ba9876543210"
    async with client(httpx.MockTransport(keyed(key)), clock, scopes="auto") as ph:
        await ph.actions.list()
        with pytest.raises(PermissionDeniedError) as caught:
            await ph.domains.list(organization_id=other)
    error = caught.value
    assert (error.status_code, error.type, error.code, error.operation_id) == (
        403,
        "authentication_error",
        "permission_denied",
        "domains_list",
    )


@pytest.mark.parametrize(("retry_after", "waited"), [("10", [10.0]), ("11", [])])
async def test_a_retry_after_up_to_max_retry_after_is_waited_and_a_longer_one_raises(
    clean_env: None, clock: Any, retry_after: str, waited: list[float]
) -> None:
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": retry_after}), httpx.Response(200, json=ACTION_JSON)]
    )
    transport = httpx.MockTransport(lambda request: next(answers))
    async with client(transport, clock, max_retries=1, max_retry_after=10, rate_limits=None) as ph:
        if waited:
            await ph.actions.retrieve(7)
        else:
            with pytest.raises(RateLimitError) as caught:
                await ph.actions.retrieve(7)
            assert caught.value.retry_after == 11
    assert clock.sleeps == waited


@pytest.mark.parametrize(
    ("first", "limits", "logged"),
    [
        (
            httpx.Response(429, headers={"Retry-After": "30"}),
            {"crud": [(100, 60.0)]},
            "GET /api/projects/1/actions/7/: 429; retry 1 of 2 in 30.00 s",
        ),
        (
            httpx.ConnectError("refused"),
            None,
            "GET /api/projects/1/actions/7/: ConnectError; retry 1 of 2 in 0.50 s",
        ),
    ],
)
async def test_a_retry_after_a_429_or_a_connection_error_is_logged(
    clean_env: None, clock: Any, caplog: pytest.LogCaptureFixture, first: Any, limits: Any, logged: str
) -> None:
    caplog.set_level(logging.INFO, logger="posthog_api")
    answers = iter([first, httpx.Response(200, json=ACTION_JSON)])

    def answer(request: httpx.Request) -> httpx.Response:
        result = next(answers)
        if isinstance(result, Exception):
            raise result
        return result

    async with client(httpx.MockTransport(answer), clock, max_retries=2, rate_limits=limits) as ph:
        await ph.actions.retrieve(7)
    assert logged in [r.getMessage() for r in caplog.records]


async def test_a_streamed_success_keeps_its_headers_and_request(clean_env: None, clock: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "X-Request-Id": "req-7"}
        return httpx.Response(200, headers=headers, stream=RawBody(b'{"ok": true}'))

    async with client(httpx.MockTransport(answer), clock) as ph:
        response = await ph.http.get("/api/unknown/")
    assert response.headers["X-Request-Id"] == "req-7"
    assert response.request.url == f"{HOST}/api/unknown/"
    assert response.json() == {"ok": True}


async def test_a_key_scoped_to_an_organization_may_use_current_for_it(clean_env: None, clock: Any) -> None:
    key = {"scopes": ["*"], "scoped_teams": [], "scoped_organizations": [ORG]}
    async with client(httpx.MockTransport(keyed(key)), clock, scopes="auto") as ph:
        page_of_domains = await ph.domains.list(organization_id="@current")
    assert page_of_domains.results == []
