"""AsyncPostHog's settings: environment fallbacks, hosts, and clear errors before sending."""

from typing import Any

import pytest
import respx

from posthog_api import AsyncPostHog

from ._support import HOST, KEY

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
        ({"max_retry_after": -5}, "max_retry_after"),
        ({"http_client": object()}, "http_client must be an httpx.AsyncClient"),
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
