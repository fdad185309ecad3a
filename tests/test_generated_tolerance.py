"""Servers add fields and enum values: parsing keeps the fields and accepts the values."""

import datetime

import httpx
import pytest

from posthog_api._generated.api.actions import actions_list
from posthog_api._generated.api.subscriptions import subscriptions_retrieve
from posthog_api._generated.models import (
    Action,
    ActionStepMatchingEnum,
    FrequencyEnum,
    PaginatedActionList,
    Subscription,
    TargetTypeEnum,
)

ACTION = {
    "id": 7,
    "name": "Signed up",
    "steps": [{"event": "$pageview", "url": "/signup", "url_matching": "contains"}],
    "created_at": "2026-11-01T10:00:00Z",
    "created_by": {
        "id": 1,
        "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
        "email": "a@example.com",
        "hedgehog_config": None,
    },
    "is_calculating": False,
    "team_id": 1,
    "is_action": True,
    "bytecode_error": None,
    "creation_context": "",
    "user_access_level": "editor",
}

SUBSCRIPTION = {
    "id": 3,
    "target_type": "email",
    "target_value": "a@example.com",
    "frequency": "weekly",
    "start_date": "2026-11-01T10:00:00Z",
    "created_at": "2026-11-01T10:00:00Z",
    "created_by": None,
    "summary": "sent every week",
    "next_delivery_date": None,
}


def mock_client(payload: object) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload)

    return httpx.AsyncClient(base_url="https://us.posthog.com", transport=httpx.MockTransport(handler))


@pytest.mark.anyio
async def test_unknown_fields_are_kept_at_every_level() -> None:
    action = {
        **ACTION,
        "folder": None,
        "last_viewed_at": "2026-11-02T00:00:00Z",
        "steps": [{**ACTION["steps"][0], "element_index": 2}],  # type: ignore[dict-item]
        "created_by": {**ACTION["created_by"], "role": "admin"},  # type: ignore[dict-item]
    }
    page_payload = {"count": 1, "next": None, "previous": None, "results": [action], "cursor": "x"}
    async with mock_client(page_payload) as client:
        page = (await actions_list.asyncio_detailed("1", client=client)).parsed

    assert isinstance(page, PaginatedActionList)
    assert page.additional_properties == {"cursor": "x"}
    parsed = page.results[0]
    assert parsed.additional_properties == {"folder": None, "last_viewed_at": "2026-11-02T00:00:00Z"}
    assert parsed["last_viewed_at"] == "2026-11-02T00:00:00Z"
    assert parsed.steps[0].additional_properties == {"element_index": 2}
    assert not isinstance(parsed.created_by, (type(None), str))
    assert parsed.created_by.additional_properties == {"role": "admin"}  # type: ignore[union-attr]
    assert parsed.created_at == datetime.datetime(2026, 11, 1, 10, tzinfo=datetime.UTC)
    # Kept fields go back out unchanged.
    assert parsed.to_dict()["last_viewed_at"] == "2026-11-02T00:00:00Z"
    assert parsed.steps[0].to_dict()["element_index"] == 2


@pytest.mark.anyio
async def test_unknown_enum_values_do_not_raise_and_round_trip() -> None:
    payload = {
        **SUBSCRIPTION,
        "target_type": "microsoft_teams",
        "frequency": "hourly",
        "byweekday": ["monday", "someday"],
    }
    async with mock_client(payload) as client:
        subscription = (await subscriptions_retrieve.asyncio_detailed("1", 3, client=client)).parsed

    assert isinstance(subscription, Subscription)
    assert subscription.target_type == "microsoft_teams"
    assert isinstance(subscription.target_type, TargetTypeEnum)
    assert subscription.frequency.value == "hourly"
    assert subscription.byweekday == ["monday", "someday"]
    out = subscription.to_dict()
    assert (out["target_type"], out["frequency"], out["byweekday"]) == (
        "microsoft_teams",
        "hourly",
        ["monday", "someday"],
    )


def test_known_enum_values_are_still_the_declared_members() -> None:
    assert TargetTypeEnum("email") is TargetTypeEnum.EMAIL
    assert FrequencyEnum("hourly") is FrequencyEnum("hourly")  # one member per unknown value
    matching = ActionStepMatchingEnum
    assert list(matching) == [matching.CONTAINS, matching.EXACT, matching.REGEX]


def test_unknown_value_in_a_nullable_enum_is_kept() -> None:
    step = Action.from_dict({**ACTION, "steps": [{"url_matching": "glob"}]}).steps[0]  # type: ignore[index]
    assert step.url_matching == "glob"
    assert step.to_dict()["url_matching"] == "glob"


def test_non_string_is_still_rejected_by_an_enum() -> None:
    with pytest.raises(ValueError, match="3"):
        TargetTypeEnum(3)


PERSON = {
    "id": 7,
    "uuid": "0190a3c5-5e1d-7000-8000-000000000007",
    "distinct_ids": ["ada"],
    "properties": {},
    "created_at": "2026-11-01T10:00:00Z",
}


@pytest.mark.parametrize("value", [7, "0190a3c5-5e1d-7000-8000-000000000007"])
def test_a_field_servers_send_as_integer_or_string_takes_either_on_the_fast_path(value: object) -> None:
    # Person.id: retrieve sends the integer id, the list the UUID (a scalar union in the spec).
    from posthog_api._generated.models import Person

    person = Person._parse_fast({**PERSON, "id": value})
    assert person.id == value
    assert person.validation_issues == ()


@pytest.mark.parametrize(("value", "got"), [(True, "boolean"), (7.5, "number"), ([7], "array")])
def test_a_value_outside_a_scalar_union_is_kept_and_named(value: object, got: str) -> None:
    from posthog_api._generated.models import Person

    person = Person.from_dict({**PERSON, "id": value})
    assert person.id == value
    [issue] = person.validation_issues
    assert (issue.path, issue.expected, issue.got) == ("id", "integer or string", got)
    assert person.to_dict()["id"] == value
