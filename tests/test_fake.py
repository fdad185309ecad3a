"""FakePostHog behaves like PostHog where it matters, and offers the knobs tests need."""

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from posthog_api import (
    APIConnectionError,
    AsyncPostHog,
    AuthenticationError,
    BadRequestError,
    MissingScopeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from posthog_api.testing import FakePostHog, serve_fake

pytestmark = pytest.mark.anyio

OTHER_ORG = "0190a3c5-5e1d-7000-8000-00000000beef"


async def raw(fake: FakePostHog, method: str, path: str, **kwargs: Any) -> httpx.Response:
    kwargs.setdefault("headers", {"Authorization": "Bearer phx_raw"})
    async with fake.http_client() as http:
        return await http.request(method, path, **kwargs)


async def test_pagination_uses_absolute_next_urls_on_the_callers_host() -> None:
    fake = FakePostHog()
    fake.seed_actions(250)
    async with fake.http_client(base_url="https://eu.posthog.com") as http:
        response = await http.get(
            "/api/projects/1/actions/?limit=100", headers={"Authorization": "Bearer phx_a"}
        )
    body = response.json()
    assert body["count"] == 250
    assert len(body["results"]) == 100
    assert body["next"] == "https://eu.posthog.com/api/projects/1/actions/?limit=100&offset=100"
    assert body["previous"] is None
    async with fake.client() as ph:
        assert len([a async for a in ph.actions.list(limit=100)]) == 250


async def test_bulk_delete_enforces_its_limits_and_deletes() -> None:
    fake = FakePostHog()
    fake.seed_persons(5)
    keeper = fake.add_person(distinct_ids=["keep-me", "keep-me-too"])
    async with fake.client() as ph:
        result = await ph.persons.bulk_delete(distinct_ids=["user-0", "user-1", "nobody"], delete_events=True)
        assert (result.persons_found, result.persons_deleted, result.events_queued_for_deletion) == (
            2,
            2,
            True,
        )
        assert fake.person("user-0") is None
        assert fake.person_count() == 4
        by_uuid = await ph.persons.bulk_delete(ids=[keeper], keep_person=True)
        assert (by_uuid.persons_found, by_uuid.persons_deleted) == (1, 0)
        assert fake.person("keep-me-too") is not None
    too_many = await raw(
        fake, "POST", "/api/projects/1/persons/bulk_delete/", json={"distinct_ids": ["x"] * 1001}
    )
    both = await raw(
        fake, "POST", "/api/projects/1/persons/bulk_delete/", json={"ids": [keeper], "distinct_ids": ["a"]}
    )
    neither = await raw(fake, "POST", "/api/projects/1/persons/bulk_delete/", json={})
    assert too_many.status_code == both.status_code == neither.status_code == 400
    assert too_many.json()["detail"] == "You can only pass 1000 ids in one call"
    assert set(both.json()) == {"type", "code", "detail", "attr"}


async def test_hard_delete_of_actions_and_subscriptions_answers_405() -> None:
    fake = FakePostHog()
    action = fake.add_action(name="a")
    response = await raw(fake, "DELETE", f"/api/projects/1/actions/{action['id']}/")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
    async with fake.client() as ph:
        await ph.actions.delete(action["id"])  # the soft delete works
        with pytest.raises(NotFoundError):
            await ph.actions.retrieve(action["id"])
        assert (await ph.actions.list()).count == 0


async def test_authentication_errors() -> None:
    fake = FakePostHog()
    missing = await raw(fake, "GET", "/api/projects/1/actions/", headers={})
    assert missing.status_code == 401
    assert missing.json()["code"] == "not_authenticated"
    async with fake.client(api_key="not_a_phx_key") as ph:
        with pytest.raises(AuthenticationError, match="authentication_failed"):
            await ph.actions.list()
    fake.accept_any_key = False
    async with fake.client(api_key="phx_unknown") as ph:
        with pytest.raises(AuthenticationError):
            await ph.actions.list()


async def test_keys_have_scopes_and_project_and_organization_restrictions() -> None:
    fake = FakePostHog()
    fake.add_project(2)
    fake.add_organization(OTHER_ORG)
    fake.add_key("phx_narrow", scopes=["action:read", "organization:read"], scoped_teams=[1])
    fake.add_key("phx_orgs", scopes=["*"], scoped_organizations=[FakePostHog.DEFAULT_ORGANIZATION_ID])
    async with fake.client(api_key="phx_narrow") as ph:
        await ph.actions.list()
        with pytest.raises(MissingScopeError) as caught:
            await ph.actions.create(name="x")
        assert caught.value.missing_scopes == ("action:write",)
        with pytest.raises(PermissionDeniedError, match="requested project: ID 2"):
            await ph.actions.list(project_id=2)
        current = await ph.personal_api_keys.current()
        assert current.scopes == ["action:read", "organization:read"]
        assert current.scoped_teams == [1]
    async with fake.client(api_key="phx_orgs") as ph:
        await ph.domains.list()
        with pytest.raises(PermissionDeniedError, match="requested organization"):
            await ph.domains.list(organization_id=OTHER_ORG)


async def test_any_phx_key_gets_every_scope_by_default() -> None:
    async with FakePostHog().client(api_key="phx_anything") as ph:
        assert (await ph.personal_api_keys.current()).scopes == ["*"]


async def test_a_missing_project_is_404() -> None:
    async with FakePostHog().client() as ph:
        with pytest.raises(NotFoundError):
            await ph.actions.list(project_id=99)


async def test_injected_status_faults_are_answered_in_order() -> None:
    fake = FakePostHog()
    fake.fail("actions_list", 503, 502)
    async with fake.client(max_retries=2, _random=lambda: 0) as ph:
        page = await ph.actions.list()
    assert page.count == 0
    assert [r.status for r in fake.requests] == [503, 502, 200]


async def test_injected_connection_failures_raise_connect_errors() -> None:
    fake = FakePostHog()
    fake.fail("actions_create", "connect", "connect")
    async with fake.client(max_retries=0) as ph:
        with pytest.raises(APIConnectionError, match="injected by FakePostHog"):
            await ph.actions.create(name="x")
    async with fake.client(max_retries=1, _random=lambda: 0) as ph:
        created = await ph.actions.create(name="x")  # the second failure, then success
    assert created.name == "x"


async def test_rate_limit_with_and_without_retry_after() -> None:
    fake = FakePostHog()
    fake.set_rate_limit(2, 60, retry_after=True, rate_class="crud")
    async with fake.client(max_retries=0) as ph:
        await ph.actions.list()
        await ph.actions.list()
        with pytest.raises(RateLimitError) as caught:
            await ph.actions.list()
        assert caught.value.retry_after is not None
        assert 1 <= caught.value.retry_after <= 60
        await ph.persons.trends()  # another rate class is not limited
    fake.set_rate_limit(1, 60, retry_after=False)
    async with fake.client(max_retries=0) as ph:
        await ph.persons.trends()
        with pytest.raises(RateLimitError) as without:
            await ph.persons.trends()
        assert without.value.retry_after is None


async def test_latency_is_added_to_every_answer() -> None:
    fake = FakePostHog(latency=0.05)
    async with fake.client() as ph:
        start = anyio.current_time()
        await ph.actions.list()
        assert anyio.current_time() - start >= 0.05


async def test_enforce_key_access_refuses_what_personal_keys_cannot_call() -> None:
    fake = FakePostHog(enforce_key_access=True)
    async with fake.client() as ph:
        with pytest.raises(PermissionDeniedError, match="does not support Personal API Key access"):
            await ph.persons.trends()
        assert (await ph.personal_api_keys.current()).scopes == ["*"]


async def test_validation_errors_name_the_field() -> None:
    async with FakePostHog().client() as ph:
        with pytest.raises(BadRequestError) as caught:
            await ph.persons.cohorts(person_id="")
        assert caught.value.attr == "person_id"
        with pytest.raises(BadRequestError) as bad_choice:
            await ph.subscriptions.create(
                target_type="pigeon", target_value="x", frequency="daily", start_date="2026-01-01T00:00:00Z"
            )
        assert bad_choice.value.attr == "target_type"


async def test_state_is_kept_per_project_and_resource() -> None:
    fake = FakePostHog()
    fake.add_project(2)
    async with fake.client() as ph:
        view = await ph.conversation_views.create(name="Inbox", filters={"status": "open"})
        assert (await ph.conversation_views.retrieve(view.short_id)).name == "Inbox"
        assert (await ph.conversation_views.list(project_id=2)).count == 0
        await ph.conversation_views.delete(view.short_id)
        journey = await ph.customer_journeys.create(insight=3, name="Onboarding")
        assert (await ph.customer_journeys.update(journey.id, name="Activation")).name == "Activation"
        domain = await ph.domains.create(domain="example.com")
        assert (await ph.domains.retrieve(domain.id)).domain == "example.com"
        subscription = await ph.subscriptions.create(
            target_type="slack", target_value="#alerts", frequency="weekly", start_date="2026-01-01T00:00:00Z"
        )
        assert (await ph.subscriptions.list(target_type="slack")).count == 1
        assert (await ph.subscriptions.list(target_type="email")).count == 0
        await ph.subscriptions.delete(subscription.id)
        assert (await ph.subscriptions.list()).count == 0
        sharing = await ph.session_recording_sharing.create_password("rec-1", password_required=True)
        assert sharing.password_required is True
        password_id = sharing.share_passwords.split(",")[0]
        await ph.session_recording_sharing.delete_password("rec-1", password_id)
        refreshed = await ph.session_recording_sharing.refresh("rec-1")
        assert refreshed.access_token != sharing.access_token


def test_the_pytest_fixture_is_registered(posthog_fake: FakePostHog) -> None:
    assert isinstance(posthog_fake, FakePostHog)
    assert posthog_fake.person_count() == 0


def test_the_pytest_fixture_gives_a_fresh_fake_each_time() -> None:
    from posthog_api.testing import pytest_plugin

    make = pytest_plugin.posthog_fake._get_wrapped_function()
    first, second = make(), make()
    assert isinstance(first, FakePostHog)
    assert first is not second


@pytest.fixture
def fake_url() -> Iterator[str]:
    with serve_fake(seed_persons=25, seed_actions=3) as server:
        yield server.url


async def test_the_fake_serves_over_http_on_loopback(fake_url: str, clean_env: None) -> None:
    async with AsyncPostHog(api_key="phx_served", host=fake_url, project_id=1) as ph:
        assert (await ph.actions.list()).count == 3
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=[f"user-{i}" for i in range(25)], batch_size=10
        )
    assert report.ids_accepted == 25
    assert report.persons_deleted == 25


def test_serve_refuses_negative_numbers() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "posthog_api.testing", "--seed-persons", "-1"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "--seed-persons must not be negative" in result.stderr


def test_recorded_requests_say_what_was_asked() -> None:
    fake = FakePostHog()

    async def run() -> None:
        async with fake.client() as ph:
            await ph.actions.list(limit=5)

    anyio.run(run)
    (recorded,) = fake.requests
    assert (recorded.method, recorded.path, recorded.operation_id, recorded.status) == (
        "GET",
        "/api/projects/1/actions/",
        "actions_list",
        200,
    )
    assert json.loads(json.dumps(recorded.query.split("&")))
