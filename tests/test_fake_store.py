"""The fake's state as a user sees it: the key's and a recording sharing's records field by field,
lists after changes and deletions, and the setup helpers' refusals."""

import datetime
from typing import Any

import httpx
import pytest

from posthog_api.testing import FakePostHog

pytestmark = pytest.mark.anyio

OTHER_ORG = "0190a3c5-5e1d-7000-8000-00000000beef"
DOMAINS = "/api/organizations/@current/domains/"
SHARING = "/api/environments/1/session_recordings/rec-1/sharing/"


async def raw(
    fake: FakePostHog, method: str, path: str, key: str = "phx_raw", **kwargs: Any
) -> httpx.Response:
    async with fake.http_client() as http:
        return await http.request(method, path, headers={"Authorization": f"Bearer {key}"}, **kwargs)


def assert_recent_utc(stamp: str) -> None:
    assert stamp.endswith("Z"), stamp
    moment = datetime.datetime.fromisoformat(stamp)
    assert abs(datetime.datetime.now(datetime.UTC) - moment) < datetime.timedelta(minutes=1)


async def test_the_current_key_is_shown_field_by_field_with_its_value_masked() -> None:
    fake = FakePostHog()
    key = fake.add_key(
        "phx_abcdefghij",
        scopes=["action:read"],
        scoped_teams=[1],
        scoped_organizations=[OTHER_ORG],
        label="ci",
    )
    shown = (await raw(fake, "GET", "/api/personal_api_keys/@current/", key="phx_abcdefghij")).json()
    last_used = shown.pop("last_used_at")
    assert_recent_utc(last_used)
    assert_recent_utc(shown["created_at"])
    assert shown == {
        "id": key.id,
        "label": "ci",
        "mask_value": "phx_...ghij",
        "created_at": key.created_at,
        "user_id": 1,
        "scopes": ["action:read"],
        "scoped_teams": [1],
        "scoped_organizations": [OTHER_ORG],
        "last_rolled_at": None,
    }


async def test_a_recordings_sharing_is_shown_field_by_field_with_its_passwords_comma_separated() -> None:
    fake = FakePostHog()
    (initial,) = (await raw(fake, "GET", SHARING)).json()
    assert_recent_utc(initial.pop("created_at"))
    assert isinstance(initial.pop("access_token"), str)
    assert initial == {"enabled": False, "settings": None, "password_required": False, "share_passwords": ""}
    await raw(fake, "POST", SHARING + "passwords/", json={})
    shown = (await raw(fake, "POST", SHARING + "passwords/", json={"settings": {"show": 1}})).json()
    first, second = shown["share_passwords"].split(",")
    assert len(first) == len(second) == 8
    assert shown["settings"] == {"show": 1}
    assert (await raw(fake, "DELETE", SHARING + f"passwords/{first}/")).status_code == 204
    (after,) = (await raw(fake, "GET", SHARING)).json()
    assert after["share_passwords"] == second


async def test_each_recording_has_its_own_sharing() -> None:
    fake = FakePostHog()
    other = SHARING.replace("rec-1", "rec-2")
    await raw(fake, "POST", SHARING + "passwords/", json={})
    (one,) = (await raw(fake, "GET", SHARING)).json()
    (two,) = (await raw(fake, "GET", other)).json()
    assert len(one["share_passwords"]) == 8
    assert two["share_passwords"] == ""
    assert one["access_token"] != two["access_token"]


async def test_a_list_shows_items_changed_and_leaves_out_items_deleted() -> None:
    fake = FakePostHog()
    one = (await raw(fake, "POST", DOMAINS, json={"domain": "one.example.com"})).json()
    two = (await raw(fake, "POST", DOMAINS, json={"domain": "two.example.com"})).json()
    assert [d["domain"] for d in (await raw(fake, "GET", DOMAINS)).json()["results"]] == [
        "one.example.com",
        "two.example.com",
    ]
    patched = await raw(fake, "PATCH", DOMAINS + f"{one['id']}/", json={"domain": "uno.example.com"})
    assert patched.status_code == 200
    assert [d["domain"] for d in (await raw(fake, "GET", DOMAINS)).json()["results"]] == [
        "uno.example.com",
        "two.example.com",
    ]
    assert (await raw(fake, "DELETE", DOMAINS + f"{two['id']}/")).status_code == 204
    assert [d["domain"] for d in (await raw(fake, "GET", DOMAINS)).json()["results"]] == ["uno.example.com"]
    assert (await raw(fake, "DELETE", DOMAINS + f"{two['id']}/")).status_code == 404


async def test_a_deleted_persons_distinct_ids_are_free_for_a_new_person() -> None:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["a", "b"])
    with pytest.raises(ValueError, match="distinct id 'b' already belongs to a person"):
        fake.add_person(distinct_ids=["c", "b"])
    deleted = await raw(fake, "POST", "/api/projects/1/persons/bulk_delete/", json={"distinct_ids": ["a"]})
    assert deleted.status_code == 202
    again = fake.add_person(distinct_ids=["b", "a"])
    assert fake.person("a") is not None
    assert fake.person("a").uuid == again  # type: ignore[union-attr]
    assert fake.person("a").properties == {}  # type: ignore[union-attr]


def test_a_project_belongs_to_an_existing_organization_whatever_its_case() -> None:
    fake = FakePostHog()
    with pytest.raises(ValueError, match=f"no organization '{OTHER_ORG}': add_organization\\(\\) it first"):
        fake.add_project(5, organization_id=OTHER_ORG)
    fake.add_organization(OTHER_ORG.upper())
    project = fake.add_project(5, organization_id=OTHER_ORG.upper())
    assert (project.id, project.organization_id) == (5, OTHER_ORG)
    assert fake.projects[5] is project
    assert OTHER_ORG in fake.organizations


async def test_deleting_a_conversation_view_twice_answers_404_the_second_time() -> None:
    fake = FakePostHog()
    views = "/api/projects/1/conversations/views/"
    view = (await raw(fake, "POST", views, json={"name": "mine"})).json()
    assert (await raw(fake, "DELETE", views + f"{view['short_id']}/")).status_code == 204
    again = await raw(fake, "DELETE", views + f"{view['short_id']}/")
    assert again.status_code == 404
    assert again.json()["code"] == "not_found"
    assert (await raw(fake, "GET", views)).json()["results"] == []
