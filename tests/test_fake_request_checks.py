"""FakePostHog refuses a request body the way the spec's constraints say, field by field, and keeps
the server's own rules the spec cannot state."""

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from posthog_api._generated.operations import OPERATIONS
from posthog_api._generated.request_checks import REQUEST_BODIES, FieldCheck
from posthog_api.testing import FakePostHog

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent
PATH_VALUES = {
    "project_id": "1",
    "organization_id": FakePostHog.DEFAULT_ORGANIZATION_ID,
    "recording_id": "rec-1",
}


def valid(check: FieldCheck) -> Any:
    """A value ``check`` accepts."""
    if check.enum:
        return check.enum[0]
    if check.kind == "string":
        return {"date-time": "2026-01-01T00:00:00Z", "uuid": "0b6c1b4e-1111-4000-8000-000000000001"}.get(
            check.format or "", "x"
        )
    return {"integer": 1, "number": 1.5, "boolean": True, "object": {}, "array": []}.get(check.kind)


def creating_operations() -> list[str]:
    """Operations with a checked body whose path needs no existing object."""
    return [
        operation_id
        for operation_id in REQUEST_BODIES
        if set(OPERATIONS[operation_id].path_params) <= set(PATH_VALUES)
    ]


def cases(broken: str) -> list[tuple[str, str]]:
    found = []
    for operation_id in creating_operations():
        for name, check in REQUEST_BODIES[operation_id].items():
            if (broken == "max_length" and check.max_length is not None) or (broken == "enum" and check.enum):
                found.append((operation_id, name))
    return found


async def send(fake: FakePostHog, operation_id: str, body: dict[str, Any]) -> httpx.Response:
    operation = OPERATIONS[operation_id]
    path = operation.path.format(**{name: PATH_VALUES[name] for name in operation.path_params})
    async with fake.http_client() as http:
        return await http.request(
            operation.method, path, json=body, headers={"Authorization": "Bearer phx_checks"}
        )


def minimal_body(operation_id: str) -> dict[str, Any]:
    return {name: valid(check) for name, check in REQUEST_BODIES[operation_id].items() if check.required}


@pytest.mark.parametrize(("operation_id", "field"), cases("max_length"))
async def test_a_string_longer_than_the_specs_max_length_is_refused(operation_id: str, field: str) -> None:
    limit = REQUEST_BODIES[operation_id][field].max_length
    assert limit is not None
    fake = FakePostHog()
    accepted = await send(fake, operation_id, {**minimal_body(operation_id), field: "x" * limit})
    refused = await send(fake, operation_id, {**minimal_body(operation_id), field: "x" * (limit + 1)})
    assert accepted.status_code < 300, accepted.text
    assert refused.status_code == 400
    assert refused.json()["attr"] == field
    assert refused.json()["detail"] == f"Ensure this field has no more than {limit} characters."


@pytest.mark.parametrize(("operation_id", "field"), cases("enum"))
async def test_a_value_outside_the_specs_enum_is_refused(operation_id: str, field: str) -> None:
    refused = await send(FakePostHog(), operation_id, {**minimal_body(operation_id), field: "pigeon"})
    assert refused.status_code == 400
    assert (refused.json()["attr"], refused.json()["code"]) == (field, "invalid_choice")


@pytest.mark.parametrize("operation_id", [o for o in creating_operations() if minimal_body(o)])
async def test_a_field_the_spec_requires_is_required(operation_id: str) -> None:
    body = minimal_body(operation_id)
    missing = next(iter(body))
    del body[missing]
    refused = await send(FakePostHog(), operation_id, body)
    assert refused.status_code == 400
    assert (refused.json()["attr"], refused.json()["code"]) == (missing, "required")


async def test_bulk_delete_takes_as_many_ids_as_the_spec_says_and_not_one_more() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "posthog.yaml").read_text())
    limit = spec["components"]["schemas"]["PersonBulkDeleteRequest"]["properties"]["distinct_ids"]["maxItems"]
    fake = FakePostHog()
    fake.seed_persons(limit + 1)
    ids = [f"user-{i}" for i in range(limit + 1)]
    refused = await send(fake, "persons_bulk_delete_create", {"distinct_ids": ids})
    accepted = await send(fake, "persons_bulk_delete_create", {"distinct_ids": ids[:limit]})
    # PostHog's own words for this limit, with no field named (the spec gives only the number).
    assert refused.status_code == 400
    assert refused.json()["detail"] == f"You can only pass {limit} ids in one call"
    assert refused.json()["attr"] is None
    assert accepted.status_code == 202
    assert accepted.json()["persons_deleted"] == limit


async def test_an_action_steps_id_and_name_are_taken_and_dropped_and_other_step_fields_answered() -> None:
    fake = FakePostHog()
    created = await send(
        fake, "actions_create", {"name": "a", "steps": [{"id": 5, "name": "page", "event": "$pageview"}]}
    )
    assert created.status_code == 201
    (step,) = created.json()["steps"]
    assert "id" not in step
    assert "name" not in step
    assert step["event"] == "$pageview"
    assert step["url_matching"] is None  # every known step field is answered, null when not given
    refused = await send(fake, "actions_create", {"name": "a", "steps": [{"url_matching": "fuzzy"}]})
    assert (refused.status_code, refused.json()["attr"]) == (400, "url_matching")
