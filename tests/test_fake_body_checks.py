"""Each way a request body can break the spec gets PostHog's 400: the exact DRF words, code and field.

The cases go through the fake over HTTP, with the spec's own fields. The kinds of field no
operation of the spec has today (a ``number``, a ``date``, a minimum array length or a minimum
string length above one) are checked on ``check_value`` itself, which the fake applies to every
field the spec gives.
"""

from typing import Any

import httpx
import pytest

from posthog_api._generated.request_checks import FieldCheck
from posthog_api.testing import FakePostHog
from posthog_api.testing._http import ApiError
from posthog_api.testing._validation import check_value

pytestmark = pytest.mark.anyio

SUBSCRIPTIONS = "/api/environments/1/subscriptions/"
BULK_DELETE = "/api/projects/1/persons/bulk_delete/"
ACTIONS = "/api/projects/1/actions/"
VIEWS = "/api/projects/1/conversations/views/"
SUBSCRIPTION = {
    "target_type": "email",
    "target_value": "me@example.com",
    "frequency": "daily",
    "start_date": "2026-01-01T00:00:00Z",
}


async def post(path: str, *, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
    async with FakePostHog().http_client() as http:
        return await http.post(
            path, headers={"Authorization": "Bearer phx_checks", **(headers or {})}, **kwargs
        )


def refusal(detail: str, attr: str | None, code: str = "invalid") -> dict[str, Any]:
    return {"type": "validation_error", "code": code, "detail": detail, "attr": attr}


REFUSED = [
    (SUBSCRIPTIONS, {"interval": "1"}, refusal("A valid integer is required.", "interval")),
    (SUBSCRIPTIONS, {"interval": True}, refusal("A valid integer is required.", "interval")),
    (SUBSCRIPTIONS, {"interval": 1.5}, refusal("A valid integer is required.", "interval")),
    (SUBSCRIPTIONS, {"interval": 2**31}, refusal("Ensure this value is within range.", "interval")),
    (SUBSCRIPTIONS, {"interval": -(2**31) - 1}, refusal("Ensure this value is within range.", "interval")),
    (SUBSCRIPTIONS, {"interval": None}, refusal("This field may not be null.", "interval", "null")),
    (SUBSCRIPTIONS, {"start_date": "yesterday"}, refusal("Datetime has wrong format.", "start_date")),
    (SUBSCRIPTIONS, {"start_date": 5}, refusal("Not a valid string.", "start_date")),
    (SUBSCRIPTIONS, {"target_value": ""}, refusal("This field may not be blank.", "target_value", "blank")),
    (
        SUBSCRIPTIONS,
        {"frequency": "hourly"},
        refusal('"hourly" is not a valid choice.', "frequency", "invalid_choice"),
    ),
    (SUBSCRIPTIONS, {"byweekday": "monday"}, refusal("Expected a list of items.", "byweekday", "not_a_list")),
    (
        SUBSCRIPTIONS,
        {"byweekday": ["monday", "someday"]},
        refusal('"someday" is not a valid choice.', "byweekday[1]", "invalid_choice"),
    ),
    (
        SUBSCRIPTIONS,
        {"dashboard_export_insights": [1, "2"]},
        refusal("A valid integer is required.", "dashboard_export_insights[1]"),
    ),
    (SUBSCRIPTIONS, {"summary_enabled": "yes"}, refusal("Must be a valid boolean.", "summary_enabled")),
    (SUBSCRIPTIONS, {"deleted": 1}, refusal("Must be a valid boolean.", "deleted")),
    (BULK_DELETE, {"ids": ["not-a-uuid"]}, refusal('"not-a-uuid" is not a valid UUID.', "ids[0]")),
    (BULK_DELETE, {"distinct_ids": ["a", 7]}, refusal("Not a valid string.", "distinct_ids[1]")),
    (ACTIONS, {"post_to_slack": "no"}, refusal("Must be a valid boolean.", "post_to_slack")),
    (ACTIONS, {"pinned_at": "2026-13-01T00:00:00Z"}, refusal("Datetime has wrong format.", "pinned_at")),
    (VIEWS, {"name": "v", "filters": []}, refusal("Expected a dictionary of items.", "filters")),
]


@pytest.mark.parametrize(("path", "fields", "body"), REFUSED, ids=lambda case: str(case)[:60])
async def test_a_field_that_breaks_the_spec_is_refused_in_drfs_words(
    path: str, fields: dict[str, Any], body: dict[str, Any]
) -> None:
    base = SUBSCRIPTION if path == SUBSCRIPTIONS else {}
    refused = await post(path, json={**base, **fields})
    assert refused.status_code == 400
    assert refused.json() == body


ACCEPTED = [
    (SUBSCRIPTIONS, {"interval": 2**31 - 1, "count": -(2**31), "bysetpos": None, "byweekday": None}),
    (SUBSCRIPTIONS, {"byweekday": ["monday", "sunday"], "dashboard_export_insights": [1, 2]}),
    (SUBSCRIPTIONS, {"start_date": "2026-02-03T04:05:06+00:00", "until_date": None, "title": None}),
    (BULK_DELETE, {"ids": ["0b6c1b4e-1111-4000-8000-000000000001"]}),
    (BULK_DELETE, {"distinct_ids": ["a", "b"]}),
    (ACTIONS, {"name": None, "tags": [1, {"any": "thing"}, None], "post_to_slack": False}),
    (VIEWS, {"name": "v", "filters": {"status": ["open"]}}),
]


@pytest.mark.parametrize(("path", "fields"), ACCEPTED, ids=lambda case: str(case)[:60])
async def test_a_body_within_the_spec_is_taken(path: str, fields: dict[str, Any]) -> None:
    base = SUBSCRIPTION if path == SUBSCRIPTIONS else {}
    accepted = await post(path, json={**base, **fields})
    assert accepted.status_code < 300, accepted.text


async def test_a_body_that_is_not_an_object_is_refused_with_no_field_named() -> None:
    refused = await post(SUBSCRIPTIONS, json=[SUBSCRIPTION])
    assert refused.status_code == 400
    assert refused.json() == refusal("Invalid data. Expected a dictionary.", None)


async def test_a_missing_body_is_an_empty_one_and_its_required_fields_are_asked_for() -> None:
    refused = await post(SUBSCRIPTIONS)
    assert refused.status_code == 400
    assert refused.json() == refusal("This field is required.", "target_type", "required")


async def test_a_null_body_is_an_empty_one() -> None:
    refused = await post(SUBSCRIPTIONS, content=b"null", headers={"Content-Type": "application/json"})
    assert refused.json() == refusal("This field is required.", "target_type", "required")


def refused_by(check: FieldCheck, value: Any) -> dict[str, Any]:
    with pytest.raises(ApiError) as caught:
        check_value("f", check, value)
    assert caught.value.status == 400
    return caught.value.body


def test_kinds_the_spec_does_not_use_today_are_checked_too() -> None:
    number = FieldCheck(kind="number", minimum=0, maximum=1.5)
    assert check_value("f", number, 1.5) == 1.5
    assert check_value("f", number, 0) == 0
    assert refused_by(number, "1") == refusal("A valid number is required.", "f")
    assert refused_by(number, False) == refusal("A valid number is required.", "f")
    assert refused_by(number, 1.6) == refusal("Ensure this value is within range.", "f")
    assert refused_by(number, -0.1) == refusal("Ensure this value is within range.", "f")
    date = FieldCheck(kind="string", format="date")
    assert check_value("f", date, "2026-01-31") == "2026-01-31"
    assert refused_by(date, "2026-01-32") == refusal("Date has wrong format.", "f")
    short = FieldCheck(kind="string", min_length=3)
    assert check_value("f", short, "abc") == "abc"
    assert refused_by(short, "ab") == refusal("Ensure this field has at least 3 characters.", "f")
    assert refused_by(short, "") == refusal("This field may not be blank.", "f", "blank")
    listed = FieldCheck(kind="array", min_items=2, max_items=3)
    assert check_value("f", listed, [1, 2]) == [1, 2]
    assert check_value("f", listed, [1, 2, 3]) == [1, 2, 3]
    assert refused_by(listed, [1]) == refusal("Ensure this field has at least 2 elements.", "f")
    assert refused_by(listed, [1, 2, 3, 4]) == refusal("Ensure this field has no more than 3 elements.", "f")
    assert check_value("f", FieldCheck(kind="any"), None) is None
    assert check_value("f", FieldCheck(kind="any"), {"anything": [1]}) == {"anything": [1]}
    assert check_value("f", FieldCheck(kind="integer", enum=(1, 2)), 2) == 2
    assert refused_by(FieldCheck(kind="integer", enum=(1, 2)), 3) == refusal(
        '"3" is not a valid choice.', "f", "invalid_choice"
    )
    with pytest.raises(AssertionError, match="unknown field kind tuple"):
        check_value("f", FieldCheck(kind="tuple"), 1)  # type: ignore[arg-type]


async def test_a_body_that_is_not_json_gets_posthogs_parse_error() -> None:
    response = await post(ACTIONS, content=b'{"name": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {
        "type": "invalid_request",
        "code": "parse_error",
        "detail": "JSON parse error",
        "attr": None,
    }


def test_an_error_answer_reads_as_its_detail() -> None:
    error = ApiError(404, "Not found.", code="not_found")
    assert str(error) == "Not found."
    assert error.body == {
        "type": "invalid_request",
        "code": "not_found",
        "detail": "Not found.",
        "attr": None,
    }
