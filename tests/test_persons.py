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
    assert await emails(fake, search="BOB@EXAMPLE") == ["bob@example.com"]  # the email contains it
    assert await emails(fake, search="an") == []  # a distinct id must be equal, not contain it
    bob = fake.person("bob")
    assert bob is not None
    assert await emails(fake, search=bob.uuid) == ["bob@example.com"]
    pro = json.dumps([{"key": "plan", "value": "pro", "operator": "exact", "type": "person"}])
    assert await emails(fake, properties=pro) == ["cy@example.org", "ada@example.com"]


async def test_a_listed_person_is_shown_as_an_actor_whose_id_is_the_uuid() -> None:
    fake = people()
    async with fake.client() as ph:
        page = await ph.persons.list(distinct_id="ada")
        (ada,) = page.results
        retrieved = await ph.persons.retrieve(str(ada.uuid))
    assert page.count is UNSET  # PostHog counts persons only when asked (include_total)
    assert isinstance(ada, Person)
    assert ada.id == str(ada.uuid)  # the list serializes persons as actors
    assert ada.distinct_ids == ["anon-1", "ada"]
    assert ada.name == "ada@example.com"
    assert ada.is_identified is True
    assert ada.last_seen_at is None
    assert ada.additional_properties == {
        "type": "person",
        "matched_recordings": [],
        "value_at_data_point": None,
    }
    assert ada.validation_issues == ()
    assert isinstance(retrieved.id, int)  # retrieve answers the integer id
    assert retrieved.uuid == ada.uuid
    assert retrieved.is_identified is UNSET
    assert retrieved.validation_issues == ()


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
        by_uuid = await ph.persons.retrieve(str(bob.id))  # the listed id is the UUID
        assert by_uuid.uuid == bob.uuid
        assert isinstance(by_uuid.id, int)
        assert (await ph.persons.retrieve(str(by_uuid.id))).uuid == bob.uuid
        assert (await ph.persons.retrieve(str(bob.uuid).upper())).uuid == bob.uuid
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
        removed = await ph.persons.delete_property(str(ada.uuid), key="seats")
        assert removed.success is True
        await ph.persons.delete_property(str(ada.id), key="never-set")  # no such key: nothing to do
    person = fake.person("ada")
    assert person is not None
    assert person.properties == {"email": "ada@example.com", "plan": "enterprise", "country": "UK"}


async def test_deleting_a_person_sends_each_flag_only_when_true() -> None:
    fake = people()
    async with fake.client() as ph:
        ada = await ph.persons.find(distinct_id="ada")
        bob = await ph.persons.find(distinct_id="bob")
        cy = await ph.persons.find(distinct_id="cy")
        assert ada is not None
        assert bob is not None
        assert cy is not None
        await ph.persons.delete(str(ada.id), delete_events=False, delete_recordings=False)
        await ph.persons.delete(str(bob.uuid), delete_events=True)
        await ph.persons.delete(str(cy.uuid), delete_events=True, delete_recordings=True)
        with pytest.raises(NotFoundError):
            await ph.persons.retrieve(str(ada.id))
        with pytest.raises(NotFoundError):
            await ph.persons.delete(str(ada.id))  # already gone
    deletes = [r.query for r in fake.requests if r.operation_id == "persons_destroy"]
    assert deletes == ["", "delete_events=true", "delete_events=true&delete_recordings=true", ""]
    assert fake.person_count() == 0


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
        unknown = await ph.persons.values(key="no-such-property")
    assert [(v.name, v.count) for v in plans] == [("pro", 2), ("free", 1)]
    assert [(v.name, v.count) for v in matching] == [("cy@example.org", 1)]
    assert unknown == []


async def test_values_are_answered_as_text_as_posthog_writes_them() -> None:
    fake = FakePostHog()
    fake.add_person(distinct_ids=["a"], properties={"beta": True, "seats": 3, "tags": {"b": 1, "a": 2}})
    fake.add_person(distinct_ids=["b"], properties={"beta": False, "seats": 3, "$virt_x": "v"})
    async with fake.client() as ph:
        beta = await ph.persons.values(key="beta")
        seats = await ph.persons.values(key="seats")
        tags = await ph.persons.values(key="tags")
        virtual = await ph.persons.values(key="$virt_x")
    assert sorted((v.name, v.count) for v in beta) == [("false", 1), ("true", 1)]
    assert [(v.name, v.count) for v in seats] == [("3", 2)]
    assert [v.name for v in tags] == ['{"a": 2, "b": 1}']
    assert virtual == []  # PostHog answers nothing for a virtual property
    assert all(v.validation_issues == () for v in [*beta, *seats, *tags])


PERSON_UUID = "0190a3c5-5e1d-7000-8000-000000000007"


def without_times(person: dict[str, Any]) -> dict[str, Any]:
    """The JSON of a person but its date-times (written back as ``+00:00`` where PostHog says ``Z``)."""
    return {key: value for key, value in person.items() if not key.endswith("_at")}


async def test_a_real_shaped_listed_person_parses_and_keeps_what_the_spec_does_not_list(
    make_client: Any, api: respx.MockRouter
) -> None:
    # What PostHog's list sends (posthog/queries/actor_base_query.py, get_serialized_people).
    real = {
        "type": "person",
        "id": PERSON_UUID,
        "uuid": PERSON_UUID,
        "created_at": "2026-01-02T03:04:05.678000Z",
        "last_seen_at": "2026-02-03T04:05:06Z",
        "properties": {"email": "ada@example.com", "$initial_os": "Mac OS X"},
        "is_identified": True,
        "name": "ada@example.com",
        "distinct_ids": ["ada", "0190a3c5-5e1d-7000-8000-0000000000ff"],
        "matched_recordings": [],
        "value_at_data_point": None,
        "a_field_from_a_newer_server": {"x": 1},
    }
    api.get("/api/projects/1/persons/").respond(200, json={"next": None, "previous": None, "results": [real]})
    async with make_client() as ph:
        page = await ph.persons.list()
    (ada,) = page.results
    assert ada.validation_issues == ()
    assert ada.id == PERSON_UUID
    assert str(ada.uuid) == PERSON_UUID
    assert ada.last_seen_at is not None
    assert ada.last_seen_at.month == 2
    assert ada.properties["$initial_os"] == "Mac OS X"
    assert ada.additional_properties == {
        "type": "person",
        "matched_recordings": [],
        "value_at_data_point": None,
        "a_field_from_a_newer_server": {"x": 1},
    }
    assert without_times(ada.to_dict()) == without_times(real)  # written back as received


@pytest.mark.parametrize(
    ("changes", "issues"),
    [
        ({}, ()),
        ({"name": None, "created_at": None}, ()),  # PostHog's serializer for a person it does not hold
        ({"name": 42}, ("name",)),  # a display property holding a number is sent as it is
    ],
)
async def test_a_real_shaped_retrieved_person_parses_tolerantly(
    make_client: Any, api: respx.MockRouter, changes: dict[str, Any], issues: tuple[str, ...]
) -> None:
    real = {
        "id": 7,
        "name": "ada@example.com",
        "distinct_ids": ["ada"],
        "properties": {"email": "ada@example.com"},
        "created_at": "2026-01-02T03:04:05.678000Z",
        "uuid": PERSON_UUID,
        **changes,
    }
    api.get("/api/projects/1/persons/7/").respond(200, json=real)
    async with make_client() as ph:
        person = await ph.persons.retrieve("7")
    assert tuple(issue.path for issue in person.validation_issues) == issues
    assert person.id == 7
    assert person.name == real["name"]
    assert without_times(person.to_dict()) == without_times(real)


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
        activity = await ph.persons.person_activity(str(ada.id), limit=5, page=2)
        timeline = await ph.persons.properties_timeline(
            str(ada.uuid),
            date_from="-7d",
            events=json.dumps([{"id": "$pageview", "type": "events", "order": 0}]),
            aggregation_group_type_index=0,
        )
        with pytest.raises(NotFoundError):
            await ph.persons.person_activity("9999")
    assert activity["results"] == []
    assert timeline["points"][0]["properties"] == {"email": "ada@example.com", "plan": "pro"}
    sent = {r.operation_id: r.query for r in fake.requests if r.status == 200}
    assert sent["persons_activity_retrieve_2"] == "limit=5&page=2"
    assert sent["persons_properties_timeline_retrieve"] == (
        "date_from=-7d&events=%5B%7B%22id%22%3A+%22%24pageview%22%2C+%22type%22%3A+%22events%22%2C"
        "+%22order%22%3A+0%7D%5D&aggregation_group_type_index=0"
    )


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


async def test_property_changes_and_splits_send_what_posthogs_server_reads(
    make_client: Any, api: respx.MockRouter
) -> None:
    # posthog/api/person.py reads `$unset`, `key`/`value`, `properties` and `main_distinct_id`
    # from the JSON body (the published schema puts the first three in the query).
    base = f"/api/projects/1/persons/{PERSON_UUID}"
    routes = {
        "delete_property": api.post(f"{base}/delete_property/").respond(201, json={"success": True}),
        "update_property": api.post(f"{base}/update_property/").respond(202),
        "update": api.patch(f"{base}/").respond(202),
        "split": api.post(f"{base}/split/").respond(201, json={"success": True}),
    }
    async with make_client() as ph:
        await ph.persons.delete_property(PERSON_UUID, key="plan")
        await ph.persons.update_property(PERSON_UUID, key="seats", value=[1, 2])
        await ph.persons.update(PERSON_UUID, properties={"plan": "pro"})
        await ph.persons.split(PERSON_UUID, main_distinct_id="ada")
    sent = {name: route.calls.last.request for name, route in routes.items()}
    assert {name: json.loads(r.content) for name, r in sent.items()} == {
        "delete_property": {"$unset": "plan"},
        "update_property": {"key": "seats", "value": [1, 2]},
        "update": {"properties": {"plan": "pro"}},
        "split": {"main_distinct_id": "ada"},
    }
    assert all(r.url.query == b"" for r in sent.values())
