"""FakePostHog's ASGI app as an ASGI server (uvicorn, hypercorn) drives it: lifespan, bodies in
chunks, the scope's path, host and query, and the answer's headers."""

from collections.abc import MutableMapping
from typing import Any

import httpx
import orjson
import pytest

from posthog_api.testing import FakePostHog

pytestmark = pytest.mark.anyio

AUTH = (b"authorization", b"Bearer phx_asgi")


class Server:
    """Plays the ASGI server: feeds ``messages`` to the app and keeps what it sends."""

    def __init__(self, *messages: MutableMapping[str, Any]) -> None:
        self.incoming = list(messages)
        self.sent: list[MutableMapping[str, Any]] = []

    async def receive(self) -> MutableMapping[str, Any]:
        return self.incoming.pop(0)

    async def send(self, message: MutableMapping[str, Any]) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int:
        return int(self.sent[0]["status"])

    @property
    def headers(self) -> list[tuple[bytes, bytes]]:
        return list(self.sent[0]["headers"])

    @property
    def json(self) -> Any:
        return orjson.loads(self.sent[1]["body"])


def http_scope(
    method: str, path: str, *, query: bytes = b"", headers: list[tuple[bytes, bytes]], **extra: Any
) -> dict[str, Any]:
    return {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "headers": headers,
        "scheme": "http",
        "server": ("127.0.0.1", 8010),
        **extra,
    }


async def post_action(fake: FakePostHog, server: Server) -> None:
    """POST the body ``server`` feeds in its messages to the actions list, as JSON."""
    headers = [AUTH, (b"host", b"fake.test"), (b"content-type", b"application/json")]
    scope = http_scope("POST", "/api/projects/1/actions/", headers=headers)
    await fake.app(scope, server.receive, server.send)


async def test_lifespan_startup_and_shutdown_are_acknowledged() -> None:
    server = Server({"type": "lifespan.startup"}, {"type": "lifespan.shutdown"})
    await FakePostHog().app({"type": "lifespan"}, server.receive, server.send)
    assert server.sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]


async def test_a_scope_that_is_not_http_gets_no_answer() -> None:
    server = Server()
    await FakePostHog().app({"type": "websocket"}, server.receive, server.send)
    assert server.sent == []


async def test_a_body_sent_in_chunks_is_read_whole() -> None:
    fake = FakePostHog()
    body = orjson.dumps({"name": "chunked signup", "steps": [{"event": "$pageview"}]})
    server = Server(
        {"type": "http.request", "body": body[:7], "more_body": True},
        {"type": "http.request", "body": body[7:20], "more_body": True},
        {"type": "http.request", "body": body[20:]},
    )
    await post_action(fake, server)
    assert server.status == 201
    assert server.json["name"] == "chunked signup"


async def test_the_answer_has_its_length_type_and_extra_headers_in_lower_case() -> None:
    fake = FakePostHog()
    server = Server({"type": "http.request", "body": b""})
    headers = [AUTH, (b"host", b"fake.test")]
    await fake.app(
        http_scope("PUT", "/api/projects/1/actions/", headers=headers), server.receive, server.send
    )
    assert server.status == 405
    body = server.sent[1]["body"]
    assert (b"content-length", str(len(body)).encode()) in server.headers
    assert (b"content-type", b"application/json") in server.headers
    assert (b"allow", b"GET, POST") in server.headers
    assert server.sent[0]["type"] == "http.response.start"
    assert server.sent[1]["type"] == "http.response.body"


async def test_an_answer_without_a_body_has_no_content_type() -> None:
    fake = FakePostHog()
    server = Server({"type": "http.request", "body": orjson.dumps({"distinct_id": "asgi-1"})})
    headers = [AUTH, (b"host", b"fake.test"), (b"content-type", b"application/json")]
    path = "/api/projects/1/persons/reset_person_distinct_id/"
    await fake.app(http_scope("POST", path, headers=headers), server.receive, server.send)
    assert server.status == 202
    assert server.sent[1]["body"] == b""
    assert server.headers == [(b"content-length", b"0")]


async def test_next_links_use_the_host_header_then_the_server_address_and_the_scheme() -> None:
    fake = FakePostHog()
    fake.seed_actions(3)
    for extra_headers, scope_extra, base in (
        ([(b"host", b"fake.test:9000")], {"scheme": "https"}, "https://fake.test:9000"),
        ([], {}, "http://127.0.0.1:8010"),
        ([], {"server": None, "scheme": None}, "http://localhost:80"),
    ):
        scope = http_scope(
            "GET", "/api/projects/1/actions/", query=b"limit=1&offset=0", headers=[AUTH, *extra_headers]
        )
        for name, value in scope_extra.items():
            if value is None:
                del scope[name]
            else:
                scope[name] = value
        server = Server({"type": "http.request", "body": b""})
        await fake.app(scope, server.receive, server.send)
        assert server.status == 200
        assert server.json["next"] == f"{base}/api/projects/1/actions/?limit=1&offset=1"


async def test_the_query_keeps_blank_values_and_the_path_without_raw_path_is_quoted() -> None:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["a b"])
    scope = http_scope(
        "GET", "/api/projects/1/persons/cohorts/", query=b"person_id=", headers=[AUTH, (b"host", b"h")]
    )
    server = Server({"type": "http.request", "body": b""})
    await fake.app(scope, server.receive, server.send)
    assert server.status == 400
    assert server.json["attr"] == "person_id"
    del scope["raw_path"]
    scope["method"] = "get"
    server = Server({"type": "http.request", "body": b""})
    await fake.app(scope, server.receive, server.send)
    assert server.status == 400, "a lower-case method is taken as upper case"
    assert server.json["attr"] == "person_id"


async def test_a_message_without_a_body_counts_as_an_empty_chunk() -> None:
    fake = FakePostHog()
    body = orjson.dumps({"name": "late body"})
    server = Server(
        {"type": "http.request", "more_body": True},
        {"type": "http.request", "body": body},
    )
    await post_action(fake, server)
    assert server.status == 201
    assert server.json["name"] == "late body"


async def test_a_scope_without_a_query_string_and_a_raw_path_holding_the_query_are_understood() -> None:
    fake = FakePostHog()
    fake.seed_actions(3)
    scope = http_scope("GET", "/api/projects/1/actions/", headers=[AUTH, (b"host", b"h")])
    del scope["query_string"]
    server = Server({"type": "http.request", "body": b""})
    await fake.app(scope, server.receive, server.send)
    assert (server.status, server.json["count"]) == (200, 3)
    # Some servers put the query in raw_path too; a "?" may also appear inside the query.
    scope["raw_path"] = b"/api/projects/1/actions/?limit=1&note=a?b"
    scope["query_string"] = b"limit=1&note=a?b"
    server = Server({"type": "http.request", "body": b""})
    await fake.app(scope, server.receive, server.send)
    assert (server.status, len(server.json["results"])) == (200, 1)


async def test_an_injected_connection_failure_is_a_connect_error_for_that_request() -> None:
    fake = FakePostHog()
    fake.fail("actions_list", "connect")
    async with fake.http_client() as http:
        with pytest.raises(httpx.ConnectError) as caught:
            await http.get(
                "/api/projects/1/actions/?limit=1&note=a?b", headers={"Authorization": "Bearer phx_a"}
            )
        assert str(caught.value) == "connection refused (injected by FakePostHog)"
        assert caught.value.request.url.path == "/api/projects/1/actions/"
        answered = await http.get("/api/projects/1/actions/", headers={"Authorization": "Bearer phx_a"})
    assert answered.status_code == 200
