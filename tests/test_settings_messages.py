"""Each setting is checked at its edges, and a refusal says exactly what is wrong and what to do."""

import re
from typing import Any

import httpx
import pytest

from posthog_api import AsyncPostHog

from ._support import ACTION_JSON, KEY, page

pytestmark = pytest.mark.usefixtures("clean_env")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"api_key": None},
            "api_key is not set: pass api_key= or set the POSTHOG_PERSONAL_API_KEY environment variable "
            "to a personal API key (it starts with phx_)",
        ),
        ({"api_key": "   "}, "api_key must be a non-empty string"),
        ({"api_key": "phx_abc\x01def"}, "api_key must not contain whitespace or control characters"),
        ({"api_key": "phx_abc def"}, "api_key must not contain whitespace or control characters"),
        (
            {"api_key": "phc_project_key"},
            "api_key looks like a project API key (phc_...), which only sends events; the "
            "management API needs a personal API key (phx_...)",
        ),
        ({"host": 5}, "host must be a string, not int"),
        (
            {"host": "https://example.com:0"},
            "host 'https://example.com:0' is not a valid URL: port 0 is out of range",
        ),
        (
            {"host": "https://example.com:65536"},
            "host 'https://example.com:65536' is not a valid URL: port 65536 is out of range",
        ),
        (
            {"host": "https://me:secret@example.com"},
            "host must not contain a user name or password; pass the key as api_key",
        ),
        (
            {"host": "http://example.com"},
            "host 'http://example.com' uses plain http://, which would send the API key unencrypted; "
            "use https://, or pass allow_insecure_http=True (http:// is allowed without it only for "
            "loopback hosts)",
        ),
        ({"project_id": 1.5}, "project_id must be a project number or '@current', not float"),
        ({"project_id": [1]}, "project_id must be a project number or '@current', not list"),
        ({"timeout": "30"}, "timeout must be a number, not '30'"),
        ({"timeout": float("nan")}, "timeout must be a number, not nan"),
        ({"timeout": -1}, "timeout must be more than zero, not -1"),
        ({"max_retry_after": -1}, "max_retry_after must be zero or more, not -1"),
        ({"max_retries": "2"}, "max_retries must be a whole number, zero or more, not '2'"),
        ({"max_retries": -1}, "max_retries must be a whole number, zero or more, not -1"),
        (
            {"strict_response_validation": "yes"},
            "strict_response_validation must be True or False, not 'yes'",
        ),
    ],
)
def test_a_bad_setting_is_refused_with_a_message_saying_what_to_do(
    kwargs: dict[str, Any], message: str
) -> None:
    kwargs.setdefault("api_key", KEY)
    with pytest.raises(ValueError, match="^" + re.escape(message) + "$"):
        AsyncPostHog(**kwargs)


def test_an_invalid_host_names_the_host_and_the_reason() -> None:
    with pytest.raises(ValueError, match=r"^host 'https://example\.com:abc' is not a valid URL: .*'abc'"):
        AsyncPostHog(api_key=KEY, host="https://example.com:abc")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("http://Dev.LOCALHOST:8000", "http://dev.localhost:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
        ("https://example.com:1", "https://example.com:1"),
        ("https://example.com:65535", "https://example.com:65535"),
        ("https://example.com/proxy//", "https://example.com/proxy"),
        ("example.com", "https://example.com"),
    ],
)
def test_hosts_at_the_edges_are_accepted(host: str, expected: str) -> None:
    assert AsyncPostHog(api_key=KEY, host=host).host == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": 0},
        {"max_retry_after": 0},
        {"timeout": 0.5},
        {"max_retry_after": 0.5},
        {"scopes": "auto"},
    ],
)
def test_settings_at_their_lower_edges_are_accepted(kwargs: dict[str, Any]) -> None:
    AsyncPostHog(api_key=KEY, **kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize("host", ["https://example.com/proxy/", "https://example.com/proxy"])
async def test_a_host_path_with_or_without_a_trailing_slash_prefixes_every_request(host: str) -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, json=page([ACTION_JSON]))

    async with AsyncPostHog(
        api_key=KEY, host=host, project_id=1, transport=httpx.MockTransport(handler)
    ) as ph:
        await ph.actions.list()
    assert paths == ["/proxy/api/projects/1/actions/"]
