"""FakePostHog's setup helpers leave exactly the state their docstrings promise, and its defaults
are what a test expects without asking: no latency, a 429 with Retry-After, the fake's own host."""

from typing import Any

import httpx
import pytest

from posthog_api import RateLimitError
from posthog_api.testing import FakePostHog

pytestmark = pytest.mark.anyio

AUTH = {"Authorization": "Bearer phx_setup"}


async def test_a_fresh_fake_adds_no_latency_and_uses_the_system_clock() -> None:
    fake = FakePostHog()
    assert fake.latency == 0
    fake.set_rate_limit(1, 60)
    async with fake.client(max_retries=0) as ph:
        await ph.actions.list()
        with pytest.raises(RateLimitError) as throttled:
            await ph.actions.list()
    assert throttled.value.retry_after is not None, "Retry-After is sent unless asked not to"


async def test_a_key_added_without_a_label_is_labelled_test_key() -> None:
    fake = FakePostHog()
    fake.add_key("phx_unlabelled", scopes=["*"])
    async with fake.http_client() as http:
        current = await http.get(
            "/api/personal_api_keys/@current/", headers={"Authorization": "Bearer phx_unlabelled"}
        )
    assert current.json()["label"] == "test key"


def test_a_person_is_added_with_its_properties() -> None:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["p-1", "p-2"], properties={"email": "p@example.com"})
    person = fake.person("p-2")
    assert person is not None
    assert person.distinct_ids == ["p-1", "p-2"]
    assert person.properties == {"email": "p@example.com"}
    assert fake.person("p-3") is None


def test_seeding_persons_again_continues_the_numbering() -> None:
    fake = FakePostHog()
    fake.seed_persons(2)
    fake.seed_persons(3)
    assert fake.person_count() == 5
    assert all(fake.person(f"user-{i}") is not None for i in range(5))
    fake.seed_persons(1, prefix="visitor-")
    assert fake.person("visitor-5") is not None


async def test_seeded_actions_have_one_pageview_step_filtered_on_the_browser() -> None:
    fake = FakePostHog()
    fake.add_project(2)
    fake.seed_actions(2, project_id=2)
    assert len(fake.project(1).actions) == 0
    async with fake.client(project_id=2) as ph:
        actions = [action async for action in ph.actions.list()]
    assert [action.name for action in actions] == ["Action 0", "Action 1"]
    step = actions[1].to_dict()["steps"][0]
    assert {k: step[k] for k in ("event", "url", "url_matching", "properties")} == {
        "event": "$pageview",
        "url": "/page/1",
        "url_matching": "contains",
        "properties": [{"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"}],
    }


def test_an_integration_is_kept_with_its_kind() -> None:
    fake = FakePostHog()
    first = fake.add_integration()
    second = fake.add_integration("twilio")
    assert fake.project().integrations == {first: "linkedin-ads", second: "twilio"}


async def test_a_client_of_the_fake_uses_the_fakes_host_whatever_the_environment_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("POSTHOG_HOST", "https://eu.posthog.com")
    async with FakePostHog().client() as ph:
        assert ph.host == "https://us.posthog.com"


async def test_a_client_of_the_fake_can_bring_its_own_http_client() -> None:
    fake = FakePostHog()
    fake.seed_actions(1)
    seen: list[Any] = []

    async def log(request: httpx.Request) -> None:
        seen.append(request.url.path)

    http = httpx.AsyncClient(transport=fake.transport(), event_hooks={"request": [log]})
    async with http, fake.client(http_client=http) as ph:
        assert (await ph.actions.list()).count == 1
    assert seen == ["/api/projects/1/actions/"]
