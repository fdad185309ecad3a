"""The fake's lists page as PostHog's do (limit and offset, absolute next and previous links), and
refuse a malformed paging parameter or path id as PostHog does."""

from typing import Any

import httpx
import pytest

from posthog_api.testing import FakePostHog

pytestmark = pytest.mark.anyio

ACTIONS = "/api/projects/1/actions/"


async def get(fake: FakePostHog, path: str, **params: Any) -> httpx.Response:
    async with fake.http_client() as http:
        return await http.get(path, params=params, headers={"Authorization": "Bearer phx_paging"})


async def test_a_middle_page_links_both_ways_and_keeps_the_other_query_values() -> None:
    fake = FakePostHog()
    fake.seed_actions(7)
    body = (await get(fake, ACTIONS, limit=2, offset=3, format="json")).json()
    assert body["count"] == 7
    assert [a["name"] for a in body["results"]] == ["Action 3", "Action 4"]
    assert body["next"] == f"https://us.posthog.com{ACTIONS}?limit=2&offset=5&format=json"
    assert body["previous"] == f"https://us.posthog.com{ACTIONS}?limit=2&offset=1&format=json"


async def test_the_first_page_after_a_short_offset_starts_at_zero_and_the_last_has_no_next() -> None:
    fake = FakePostHog()
    fake.seed_actions(3)
    body = (await get(fake, ACTIONS, limit=2, offset=1)).json()
    assert [a["name"] for a in body["results"]] == ["Action 1", "Action 2"]
    assert body["next"] is None
    assert body["previous"] == f"https://us.posthog.com{ACTIONS}?limit=2&offset=0"
    exact = (await get(fake, ACTIONS, limit=3)).json()
    assert (exact["next"], exact["previous"], len(exact["results"])) == (None, None, 3)


async def test_an_empty_limit_or_offset_is_the_default() -> None:
    fake = FakePostHog()
    fake.seed_actions(101)
    body = (await get(fake, ACTIONS, limit="", offset="")).json()
    assert len(body["results"]) == 100
    assert body["next"] == f"https://us.posthog.com{ACTIONS}?limit=100&offset=100"
    assert body["previous"] is None


@pytest.mark.parametrize(
    ("params", "detail", "attr"),
    [
        ({"limit": "ten"}, "A valid integer is required.", "limit"),
        ({"offset": "1.5"}, "A valid integer is required.", "offset"),
        ({"limit": "0"}, "Ensure this value is greater than or equal to 1.", "limit"),
        ({"offset": "-1"}, "Ensure this value is greater than or equal to 0.", "offset"),
    ],
)
async def test_a_malformed_or_too_small_paging_value_is_a_400_naming_it(
    params: dict[str, str], detail: str, attr: str
) -> None:
    refused = await get(FakePostHog(), ACTIONS, **params)
    assert refused.status_code == 400
    assert refused.json() == {"type": "validation_error", "code": "invalid", "detail": detail, "attr": attr}


async def test_the_smallest_paging_values_are_taken() -> None:
    fake = FakePostHog()
    fake.seed_actions(2)
    body = (await get(fake, ACTIONS, limit="1", offset="0")).json()
    assert [a["name"] for a in body["results"]] == ["Action 0"]


@pytest.mark.parametrize("action_id", ["abc", "\u0661", "1x"])
async def test_an_integer_id_that_is_not_ascii_digits_is_404(action_id: str) -> None:
    fake = FakePostHog()
    fake.seed_actions(2)
    answer = await get(fake, f"{ACTIONS}{action_id}/")
    assert answer.status_code == 404
    assert answer.json()["code"] == "not_found"
    assert (await get(fake, f"{ACTIONS}1/")).status_code == 200


@pytest.mark.parametrize(
    ("path", "params", "missing"),
    [
        ("/api/projects/1/persons/cohorts/", {}, "person_id"),
        ("/api/projects/1/persons/cohorts/", {"person_id": ""}, "person_id"),
        ("/api/projects/1/persons/lifecycle/", {"lifecycle_type": "new"}, "target_date"),
        ("/api/projects/1/persons/lifecycle/", {"target_date": "2026-01-01"}, "lifecycle_type"),
    ],
)
async def test_a_query_value_the_server_needs_is_a_400_naming_it_when_missing_or_empty(
    path: str, params: dict[str, str], missing: str
) -> None:
    refused = await get(FakePostHog(), path, **params)
    assert refused.status_code == 400
    assert refused.json() == {
        "type": "validation_error",
        "code": "required",
        "detail": "This field is required.",
        "attr": missing,
    }
    given = {"person_id": "p", "target_date": "2026-01-01", "lifecycle_type": "new"}
    assert (await get(FakePostHog(), path, **given)).status_code == 200


async def test_a_hard_delete_of_an_action_is_refused_in_posthogs_words() -> None:
    fake = FakePostHog()
    fake.seed_actions(1)
    async with fake.http_client() as http:
        refused = await http.delete(f"{ACTIONS}1/", headers={"Authorization": "Bearer phx_paging"})
    assert refused.status_code == 405
    assert refused.json() == {
        "type": "invalid_request",
        "code": "method_not_allowed",
        "detail": 'Method "DELETE" not allowed. Hard delete of this model is not allowed; '
        'PATCH "deleted": true.',
        "attr": None,
    }
