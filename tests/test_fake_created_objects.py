"""An object the fake creates is shown as PostHog shows it: every field, its defaults and what the
server derives (a subscription's summary and resource names)."""

from typing import Any

import httpx
import pytest

from posthog_api.testing import FakePostHog

pytestmark = pytest.mark.anyio

USER = {
    "id": 1,
    "uuid": "0190a3c5-5e1d-7000-8000-0000000000a1",
    "distinct_id": "fake-user",
    "first_name": "Fake",
    "last_name": "User",
    "email": "fake.user@example.com",
    "is_email_verified": True,
    "hedgehog_config": None,
    "role_at_organization": "engineering",
}


async def post(fake: FakePostHog, path: str, body: dict[str, Any], method: str = "POST") -> httpx.Response:
    async with fake.http_client() as http:
        return await http.request(method, path, json=body, headers={"Authorization": "Bearer phx_made"})


async def test_a_created_action_has_every_field_with_posthogs_defaults() -> None:
    fake = FakePostHog()
    answer = await post(fake, "/api/projects/1/actions/", {"name": "Signed up", "_create_in_folder": "x"})
    assert answer.status_code == 201
    action = answer.json()
    assert action.pop("created_at").endswith("Z")
    assert action.pop("last_calculated_at").endswith("Z")
    assert action == {
        "id": 1,
        "name": "Signed up",
        "description": "",
        "tags": [],
        "post_to_slack": False,
        "slack_message_format": "",
        "steps": [],
        "created_by": USER,
        "deleted": False,
        "is_calculating": False,
        "team_id": 1,
        "is_action": True,
        "bytecode_error": None,
        "pinned_at": None,
        "creation_context": "",
        "user_access_level": "editor",
    }
    assert fake.project().actions.get(1) == answer.json()


async def test_a_subscription_describes_its_schedule_and_resource() -> None:
    fake = FakePostHog()
    base = {
        "target_type": "email",
        "target_value": "me@example.com",
        "frequency": "weekly",
        "start_date": "2026-01-01T00:00:00Z",
    }
    on_insight = (await post(fake, "/api/environments/1/subscriptions/", {**base, "insight": 7})).json()
    assert (on_insight["summary"], on_insight["insight_short_id"], on_insight["resource_name"]) == (
        "sent weekly",
        "Ins7",
        "Insight 7",
    )
    on_dashboard = (await post(fake, "/api/environments/1/subscriptions/", {**base, "dashboard": 3})).json()
    assert (on_dashboard["insight_short_id"], on_dashboard["resource_name"]) == (None, "Dashboard 3")
    on_nothing = (await post(fake, "/api/environments/1/subscriptions/", base)).json()
    assert (on_nothing["insight_short_id"], on_nothing["resource_name"]) == (None, None)
    changed = await post(
        fake,
        f"/api/environments/1/subscriptions/{on_nothing['id']}/",
        {"frequency": "daily", "insight": 2},
        "PATCH",
    )
    assert (changed.json()["summary"], changed.json()["resource_name"]) == ("sent daily", "Insight 2")
