"""AsyncPostHog's settings: environment fallbacks, hosts, and clear errors before sending."""

from typing import Any

import httpx
import pytest
import respx

from posthog_api import AsyncPostHog, RateLimitError
from posthog_api._version import __version__

from ._support import ACTION_JSON, HOST, KEY, FakeClock, page

ORG = "01234567-89ab-cdef-0123-456789abcdef"
OTHER_ORG = "fedcba98-7654-3210-fedc-ba9876543210"

pytestmark = pytest.mark.usefixtures("clean_env")


def test_missing_key_names_the_argument_and_the_environment_variable() -> None:
    with pytest.raises(ValueError, match=r"api_key is not set.*POSTHOG_PERSONAL_API_KEY"):
        AsyncPostHog()


def test_settings_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", KEY)
    monkeypatch.setenv("POSTHOG_HOST", "eu")
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "42")
    monkeypatch.setenv("POSTHOG_ORGANIZATION_ID", "01234567-89ab-cdef-0123-456789abcdef")
    ph = AsyncPostHog()
    assert ph.host == "https://eu.posthog.com"
    assert ph.project_id == "42"
    assert ph.organization_id == "01234567-89ab-cdef-0123-456789abcdef"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTHOG_HOST", "eu")
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "42")
    ph = AsyncPostHog(api_key=KEY, host="us", project_id=7)
    assert (ph.host, ph.project_id) == ("https://us.posthog.com", "7")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        (None, "https://us.posthog.com"),
        ("us", "https://us.posthog.com"),
        ("EU", "https://eu.posthog.com"),
        ("eu.posthog.com", "https://eu.posthog.com"),
        ("https://posthog.example.com/", "https://posthog.example.com"),
        ("https://example.com/posthog/", "https://example.com/posthog"),
        ("http://localhost:8010", "http://localhost:8010"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_host_forms(host: str | None, expected: str) -> None:
    assert AsyncPostHog(api_key=KEY, host=host).host == expected


def test_plain_http_off_loopback_is_refused_unless_allowed() -> None:
    with pytest.raises(
        ValueError, match=r"host 'http://posthog.internal' uses plain http://.*allow_insecure_http"
    ):
        AsyncPostHog(api_key=KEY, host="http://posthog.internal")
    ph = AsyncPostHog(api_key=KEY, host="http://posthog.internal", allow_insecure_http=True)
    assert ph.host == "http://posthog.internal"


@pytest.mark.parametrize(
    ("host", "message"),
    [
        ("ftp://us.posthog.com", "must use https://"),
        ("https://", "no host name"),
        ("https://user:secret@us.posthog.com", "must not contain a user name"),
        ("https://us.posthog.com/?x=1", "must not contain a query"),
        ("https://us.posthog.com:99999", "not a valid URL"),
    ],
)
def test_bad_hosts_raise_a_value_error_naming_the_host(host: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AsyncPostHog(api_key=KEY, host=host)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("phc_project_token", "project API key"),
        (" phx_abc", "whitespace"),
        ("phx_a\nb", "whitespace"),
        ("", "api_key"),
    ],
)
def test_unusable_keys_are_refused(key: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AsyncPostHog(api_key=key)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"project_id": "abc"}, "project_id must be a project number"),
        ({"project_id": 0}, "project_id must be a project number"),
        ({"project_id": True}, "project_id must be a project number"),
        ({"organization_id": "my-org"}, "organization_id must be an organization UUID"),
        ({"scopes": ["person:delete"]}, "'person:delete' is not a scope"),
        ({"scopes": "person:read"}, "not the string"),
        ({"timeout": 0}, "timeout must be more than zero"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retry_after": -5}, "max_retry_after must be zero or more, not -5"),
        ({"http_client": object()}, "http_client must be an httpx.AsyncClient, not object"),
        ({"transport": object()}, "transport must be an httpx.AsyncBaseTransport, not object"),
        (
            {
                "http_client": httpx.AsyncClient(),
                "transport": httpx.MockTransport(lambda r: httpx.Response(200)),
            },
            "^give http_client or transport, not both$",
        ),
    ],
)
def test_bad_settings_raise_value_errors_naming_the_setting(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AsyncPostHog(api_key=KEY, **kwargs)


def test_project_id_accepts_current() -> None:
    assert AsyncPostHog(api_key=KEY, project_id="@current").project_id == "@current"


@pytest.mark.anyio
async def test_a_project_call_without_any_project_id_raises_before_sending(api: respx.MockRouter) -> None:
    route = api.get(url__regex=r".*").respond(200)
    async with AsyncPostHog(api_key=KEY) as ph:
        with pytest.raises(ValueError, match=r"project_id is not set.*POSTHOG_PROJECT_ID"):
            await ph.actions.list()
        with pytest.raises(ValueError, match=r"organization_id is not set.*POSTHOG_ORGANIZATION_ID"):
            await ph.domains.list()
    assert not route.called


@pytest.mark.anyio
async def test_every_project_method_takes_a_project_id_override(api: respx.MockRouter) -> None:
    route = api.get("/api/projects/99/actions/").respond(200, json={"count": 0, "results": []})
    async with AsyncPostHog(api_key=KEY, host=HOST, project_id=1) as ph:
        page = await ph.actions.list(project_id=99)
    assert route.call_count == 1
    assert page.count == 0


# ------------------------------------------------------------------ what every request carries


class Recorder(httpx.AsyncBaseTransport):
    """Gives ``answers`` in turn, then a 200 with an action; records requests and whether it was closed."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if self.answers else httpx.Response(200, json=ACTION_JSON)

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.anyio
async def test_every_request_names_the_library_asks_for_json_and_has_a_30_second_timeout(
    make_client: Any,
) -> None:
    recorder = Recorder()
    async with make_client(transport=recorder) as ph:
        await ph.actions.retrieve(7)
    request = recorder.requests[0]
    assert request.headers["User-Agent"] == f"posthog-api-python/{__version__}"
    assert request.headers["Accept"] == "application/json"
    assert request.extensions["timeout"] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@pytest.mark.anyio
@pytest.mark.parametrize(("retry_after", "waited"), [("60", [60.0]), ("61", [])])
async def test_a_retry_after_of_up_to_60_seconds_is_waited_for_by_default(
    make_client: Any, clock: FakeClock, retry_after: str, waited: list[float]
) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": retry_after}))
    async with make_client(transport=recorder, rate_limits=None) as ph:
        if waited:
            await ph.actions.retrieve(7)
        else:
            with pytest.raises(RateLimitError):
                await ph.actions.retrieve(7)
    assert clock.sleeps == waited


@pytest.mark.anyio
async def test_max_retry_after_zero_raises_on_any_retry_after_without_waiting(
    make_client: Any, clock: FakeClock
) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "1"}))
    async with make_client(transport=recorder, rate_limits=None, max_retry_after=0) as ph:
        with pytest.raises(RateLimitError):
            await ph.actions.retrieve(7)
    assert clock.sleeps == []
    assert len(recorder.requests) == 1


@pytest.mark.anyio
async def test_a_given_transport_is_closed_with_the_client_but_not_with_a_copy(make_client: Any) -> None:
    recorder = Recorder()
    async with make_client(transport=recorder) as ph:
        async with ph.with_options(max_retries=0) as copy:
            await copy.actions.retrieve(7)
        assert not recorder.closed
        await ph.actions.retrieve(7)
    assert recorder.closed


# ------------------------------------------------------------------ with_options


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout must be more than zero, not 0"),
        ({"max_retry_after": -1}, "max_retry_after must be zero or more, not -1"),
        ({"strict_response_validation": "yes"}, "strict_response_validation must be True or False"),
        ({"organization_id": "my-org"}, "organization_id must be an organization UUID"),
    ],
)
async def test_with_options_refuses_a_bad_setting_naming_it(
    make_client: Any, kwargs: dict[str, Any], message: str
) -> None:
    async with make_client() as ph:
        with pytest.raises(ValueError, match=message):
            ph.with_options(**kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize(("max_retry_after", "waited"), [(0, []), (5, [5.0])])
async def test_with_options_max_retry_after_bounds_the_copys_waits(
    make_client: Any, clock: FakeClock, max_retry_after: float, waited: list[float]
) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "5"})
    # the copy: 429 (then 200 if it waits); the original: 429 then 200
    answers = [limited, httpx.Response(200, json=ACTION_JSON)] if waited else [limited]
    recorder = Recorder(*answers, httpx.Response(429, headers={"Retry-After": "5"}))
    async with make_client(transport=recorder, rate_limits=None) as ph:
        copy = ph.with_options(max_retry_after=max_retry_after)
        if waited:
            await copy.actions.retrieve(7)
        else:
            with pytest.raises(RateLimitError):
                await copy.actions.retrieve(7)
        assert clock.sleeps == waited
        await ph.actions.retrieve(7)  # the original still waits up to 60 s
    assert clock.sleeps == [*waited, 5.0]


@pytest.mark.anyio
async def test_with_options_organization_id_moves_only_the_copy(
    make_client: Any, api: respx.MockRouter
) -> None:
    mine = api.get(f"/api/organizations/{ORG}/domains/").respond(200, json=page([]))
    other = api.get(f"/api/organizations/{OTHER_ORG}/domains/").respond(200, json=page([]))
    async with make_client(organization_id=ORG) as ph:
        copy = ph.with_options(organization_id=OTHER_ORG)
        await copy.domains.list()
        await ph.domains.list()
    assert (copy.organization_id, ph.organization_id) == (OTHER_ORG, ORG)
    assert (mine.call_count, other.call_count) == (1, 1)
