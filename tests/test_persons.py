"""Persons, one at a time: listing with PostHog's filters, finding, reading by id or UUID, changing
properties, splitting, deleting; against FakePostHog, which keeps real persons, and against
real-shaped answers."""

import json
from typing import Any

import pytest
import respx

from posthog_api import UNSET, BadRequestError, NotFoundError
from posthog_api.testing import FakePostHog
from posthog_api.types import Person

pytestmark = pytest.mark.anyio


def people() -> FakePostHog:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["anon-1", "ada"], properties={"email": "ada@example.com", "plan": "pro"})
    fake.add_person(distinct_ids=["bob"], properties={"email": "bob@example.com", "plan": "free"})
    fake.add_person(distinct_ids=["cy"], properties={"email": "cy@example.org", "plan": "pro"})
    return fake


async def emails(fake: FakePostHog, **filters: Any) -> list[str]:
    async with fake.client() as ph:
        return [p.properties["email"] async for p in ph.persons.list(**filters)]


async def test_the_list_is_newest_first_and_filters_as_posthog_does() -> None:
    fake = people()
    assert await emails(fake) == ["cy@example.org", "bob@example.com", "ada@example.com"]
    assert await emails(fake, distinct_id="anon-1") == ["ada@example.com"]
    assert await emails(fake, email="bob@example.com") == ["bob@example.com"]
    assert await emails(fake, email="BOB@example.com") == []
    assert await emails(fake, search="example.com") == ["bob@example.com", "ada@example.com"]
    assert await emails(fake, search="cy") == ["cy@example.org"]
    pro = json.dumps([{"key": "plan", "value": "pro", "operator": "exact", "type": "person"}])
    assert await emails(fake, properties=pro) == ["cy@example.org", "ada@example.com"]


async def test_a_person_is_shown_as_posthog_shows_it() -> None:
    fake = people()
    async with fake.client() as ph:
        page = await ph.persons.list(distinct_id="ada")
    assert page.count is UNSET  # PostHog counts persons only when asked (include_total)
    (ada,) = page.results
    assert isinstance(ada, Person)
    assert ada.distinct_ids == ["anon-1", "ada"]
    assert ada.name == "ada@example.com"
    assert ada.uuid == page.results[0].uuid
    assert ada.validation_issues == ()


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_every_person_is_listed_once_across_pages_without_a_total(concurrency: int) -> None:
    fake = FakePostHog()
    fake.seed_persons(250)
    async with fake.client() as ph:
        first = await ph.persons.list(limit=100)
        ids = [p.distinct_ids[0] async for p in ph.persons.list(limit=100, concurrency=concurrency)]
    assert first.next_ is not None
    assert sorted(ids) == sorted(f"user-{i}" for i in range(250))
    assert len(ids) == 250


async def test_find_answers_the_person_or_none() -> None:
    fake = people()
    async with fake.client() as ph:
        by_distinct_id = await ph.persons.find(distinct_id="anon-1")
        by_email = await ph.persons.find(email="cy@example.org")
        nobody = await ph.persons.find(distinct_id="nobody")
    assert by_distinct_id is not None
    assert by_distinct_id.properties["email"] == "ada@example.com"
    assert by_email is not None
    assert by_email.distinct_ids == ["cy"]
    assert nobody is None


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({}, r"^persons.find needs exactly one of distinct_id= and email=, and got neither$"),
        (
            {"distinct_id": "a", "email": "a@b.c"},
            r"^persons.find needs exactly one of distinct_id= and email=, not both$",
        ),
        ({"distinct_id": ""}, r"^distinct_id must be a non-empty string, not ''$"),
        ({"email": 42}, r"^email must be a non-empty string, not 42$"),
    ],
)
async def test_find_refuses_bad_arguments_before_sending(arguments: dict[str, Any], message: str) -> None:
    fake = people()
    async with fake.client() as ph:
        with pytest.raises(ValueError, match=message):
            await ph.persons.find(**arguments)
    assert fake.requests == []


async def test_a_person_is_read_by_integer_id_or_uuid_and_not_by_distinct_id() -> None:
    fake = people()
    async with fake.client() as ph:
        bob = await ph.persons.find(distinct_id="bob")
        assert bob is not None
        assert (await ph.persons.retrieve(str(bob.id))).uuid == bob.uuid
        assert (await ph.persons.retrieve(str(bob.uuid))).id == bob.id
        with pytest.raises(BadRequestError, match="does not look like a personID"):
            await ph.persons.retrieve("bob")
        with pytest.raises(NotFoundError):
            await ph.persons.retrieve("9999")


async def test_properties_are_set_merged_and_removed() -> None:
    fake = people()
    async with fake.client() as ph:
        ada = await ph.persons.find(distinct_id="ada")
        assert ada is not None
        await ph.persons.update(str(ada.id), properties={"plan": "enterprise", "seats": 12})
        await ph.persons.update_property(str(ada.id), key="country", value="UK")
        removed = await ph.persons.delete_property(str(ada.uuid), unset="seats")
        assert removed.success is True
    person = fake.person("ada")
    assert person is not None
    assert person.properties == {"email": "ada@example.com", "plan": "enterprise", "country": "UK"}


async def test_deleting_a_person_sends_delete_events_only_when_true() -> None:
    fake = people()
    async with fake.client() as ph:
        ada = await ph.persons.find(distinct_id="ada")
        bob = await ph.persons.find(distinct_id="bob")
        assert ada is not None
        assert bob is not None
        await ph.persons.delete(str(ada.id), delete_events=False)
        await ph.persons.delete(str(bob.uuid), delete_events=True)
        with pytest.raises(NotFoundError):
            await ph.persons.retrieve(str(ada.id))
    deletes = [r.query for r in fake.requests if r.operation_id == "persons_destroy"]
    assert deletes == ["", "delete_events=true"]
    assert fake.person("ada") is None
    assert fake.person("bob") is None


async def test_a_split_gives_each_distinct_id_its_own_person() -> None:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["main", "alias-1", "alias-2"])
    async with fake.client() as ph:
        person = await ph.persons.find(distinct_id="main")
        assert person is not None
        assert (await ph.persons.split(str(person.id), main_distinct_id="alias-1")).success is True
    owners = {d: fake.person(d) for d in ("main", "alias-1", "alias-2")}
    assert all(owner is not None for owner in owners.values())
    assert len({owner.uuid for owner in owners.values() if owner is not None}) == 3
    kept = fake.person("alias-1")
    assert kept is not None
    assert kept.distinct_ids == ["alias-1"]


async def test_values_count_the_persons_having_each_value() -> None:
    fake = people()
    async with fake.client() as ph:
        plans = await ph.persons.values(key="plan")
        matching = await ph.persons.values(key="email", value=".org")
    assert [(v.name, v.count) for v in plans] == [("pro", 2), ("free", 1)]
    assert [(v.name, v.count) for v in matching] == [("cy@example.org", 1)]


async def test_a_real_shaped_person_keeps_what_the_spec_does_not_list(
    make_client: Any, api: respx.MockRouter
) -> None:
    real = {
        "id": 7,
        "name": "ada@example.com",
        "distinct_ids": ["ada"],
        "properties": {"email": "ada@example.com", "$initial_os": "Mac OS X"},
        "created_at": "2026-01-02T03:04:05.678000Z",
        "uuid": "0190a3c5-5e1d-7000-8000-000000000007",
        "is_identified": True,
        "last_seen_at": None,
    }
    api.get("/api/projects/1/persons/").respond(200, json={"next": None, "previous": None, "results": [real]})
    async with make_client() as ph:
        page = await ph.persons.list()
    (ada,) = page.results
    assert ada.additional_properties == {"is_identified": True, "last_seen_at": None}
    assert ada.properties["$initial_os"] == "Mac OS X"
    assert ada.validation_issues == ()


async def test_find_asks_for_one_person_of_the_given_project_and_email() -> None:
    fake = people()
    fake.add_project(2)
    fake.project(2).add_person(["ada"], {"email": "ada@example.com"})
    async with fake.client() as ph:
        oldest = await ph.persons.find(email="ada@example.com")
        assert oldest is not None
        assert oldest.distinct_ids == ["anon-1", "ada"]
        elsewhere = await ph.persons.find(distinct_id="ada", project_id=2)
        assert elsewhere is not None
        assert elsewhere.distinct_ids == ["ada"]
        assert await ph.persons.find(email="ada@example.com", project_id=2) is not None
    sent = [(r.path, r.query) for r in fake.requests if r.operation_id == "persons_list"]
    assert sent == [
        ("/api/projects/1/persons/", "limit=1&email=ada%40example.com"),
        ("/api/projects/2/persons/", "limit=1&distinct_id=ada"),
        ("/api/projects/2/persons/", "limit=1&email=ada%40example.com"),
    ]


async def test_delete_goes_to_the_given_project_with_its_format_and_refuses_a_non_boolean() -> None:
    fake = FakePostHog()
    fake.add_project(2)
    person = fake.project(2).add_person(["gone"])
    async with fake.client() as ph:
        with pytest.raises(ValueError, match=r"^delete_events must be True or False, not 'yes'$"):
            await ph.persons.delete(str(person.id), project_id=2, delete_events="yes")  # type: ignore[arg-type]
        await ph.persons.delete(str(person.id), project_id=2, format_="json")
    (sent,) = [(r.path, r.query) for r in fake.requests if r.operation_id == "persons_destroy"]
    assert sent == (f"/api/projects/2/persons/{person.id}/", "format=json")
    assert fake.person("gone", project_id=2) is None


async def test_a_persons_events_and_recordings_are_deleted_and_the_person_kept() -> None:
    fake = people()
    async with fake.client() as ph:
        ada = await ph.persons.find(distinct_id="ada")
        assert ada is not None
        await ph.persons.delete_events(str(ada.id))
        await ph.persons.delete_recordings(str(ada.uuid))
        with pytest.raises(NotFoundError):
            await ph.persons.delete_events("9999")
    assert fake.person("ada") is not None
    sent = [(r.operation_id, r.status) for r in fake.requests if "delete_" in (r.operation_id or "")]
    assert sent == [
        ("persons_delete_events_create", 202),
        ("persons_delete_recordings_create", 202),
        ("persons_delete_events_create", 404),
    ]


async def test_a_persons_activity_and_properties_timeline_are_read_by_id() -> None:
    fake = people()
    async with fake.client() as ph:
        ada = await ph.persons.find(distinct_id="ada")
        assert ada is not None
        activity = await ph.persons.person_activity(str(ada.id))
        timeline = await ph.persons.properties_timeline(str(ada.uuid))
        with pytest.raises(NotFoundError):
            await ph.persons.person_activity("9999")
    assert activity["results"] == []
    assert timeline["points"][0]["properties"] == {"email": "ada@example.com", "plan": "pro"}


async def test_a_personal_key_is_refused_the_properties_timeline_as_posthog_refuses_it() -> None:
    from posthog_api import PermissionDeniedError

    fake = people()
    fake.enforce_key_access = True
    async with fake.client() as ph:
        ada = await ph.persons.find(distinct_id="ada")
        assert ada is not None
        with pytest.raises(PermissionDeniedError, match="does not support Personal API Key access"):
            await ph.persons.properties_timeline(str(ada.id))


async def test_a_split_with_a_main_distinct_id_the_person_lacks_keeps_its_first() -> None:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["first", "second"])
    async with fake.client() as ph:
        person = await ph.persons.find(distinct_id="first")
        assert person is not None
        await ph.persons.split(str(person.id), main_distinct_id="someone-else")
    kept = fake.person("first")
    assert kept is not None
    assert kept.distinct_ids == ["first"]
