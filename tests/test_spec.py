"""openapi/posthog.yaml follows the doc pages, corrected by API-FACTS.md."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "posthog.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def operations() -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    for path, item in SPEC["paths"].items():
        for method in ("get", "post", "patch", "put", "delete"):
            if method in item:
                op = item[method]
                params = [resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]
                yield path, method, op, params


def op_by_id(operation_id: str) -> tuple[str, str, dict[str, Any], list[dict[str, Any]]]:
    return next(o for o in operations() if o[2]["operationId"] == operation_id)


def param(operation_id: str, name: str) -> dict[str, Any]:
    return next(p for p in op_by_id(operation_id)[3] if p["name"] == name)


def json_schema(response: dict[str, Any]) -> Any:
    return resolve(resolve(response)["content"]["application/json"]["schema"])


def test_spec_is_a_valid_openapi_document() -> None:
    validate(SPEC)


def test_every_path_keeps_its_trailing_slash() -> None:
    assert all(path.endswith("/") for path in SPEC["paths"])


def test_personal_api_key_is_a_bearer_scheme_and_every_operation_lists_scopes() -> None:
    scheme = SPEC["components"]["securitySchemes"]["PersonalAPIKeyAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    for _, _, op, _ in operations():
        assert list(op["security"][0]) == ["PersonalAPIKeyAuth"], op["operationId"]


@pytest.mark.parametrize(
    ("operation_id", "name", "schema"),
    [
        ("actions_retrieve", "id", {"type": "integer"}),
        ("subscriptions_retrieve", "id", {"type": "integer"}),
        ("integrations_twilio_phone_numbers_retrieve", "id", {"type": "integer"}),
        ("customer_journeys_retrieve", "id", {"type": "string", "format": "uuid"}),
        ("domains_retrieve", "id", {"type": "string", "format": "uuid"}),
        ("conversations_views_retrieve", "short_id", {"type": "string"}),
    ],
)
def test_id_types_follow_api_facts(operation_id: str, name: str, schema: dict[str, str]) -> None:
    assert param(operation_id, name)["schema"] == schema


def test_bulk_delete_takes_its_fields_in_the_json_body_and_answers_202() -> None:
    _, _, op, params = op_by_id("persons_bulk_delete_create")
    body_fields = {"ids", "distinct_ids", "delete_events", "delete_recordings", "keep_person"}
    assert not body_fields & {p["name"] for p in params}
    body = resolve(op["requestBody"]["content"]["application/json"]["schema"])
    assert set(body["properties"]) == body_fields
    assert body["properties"]["ids"]["items"]["format"] == "uuid"
    assert body["properties"]["ids"]["maxItems"] == body["properties"]["distinct_ids"]["maxItems"] == 1000
    assert "200" not in op["responses"]
    summary = json_schema(op["responses"]["202"])
    assert set(summary["required"]) == {
        "persons_found",
        "persons_deleted",
        "events_queued_for_deletion",
        "recordings_queued_for_deletion",
    }
    # Optional: newer servers add persons_queued_for_deletion; deletion_errors may be missing.
    assert {"deletion_errors", "persons_queued_for_deletion"} <= set(summary["properties"])
    assert op["x-posthog-retry-safe"] is True


def test_reset_person_distinct_id_takes_a_distinct_id_and_answers_202_without_body() -> None:
    _, _, op, _ = op_by_id("persons_reset_person_distinct_id_create")
    body = resolve(op["requestBody"]["content"]["application/json"]["schema"])
    assert body["required"] == ["distinct_id"]
    assert "content" not in resolve(op["responses"]["202"])


def test_persons_cohorts_and_lifecycle_require_their_query_parameters() -> None:
    assert param("persons_cohorts_retrieve", "person_id")["required"] is True
    assert param("persons_lifecycle_retrieve", "target_date")["required"] is True
    assert param("persons_lifecycle_retrieve", "lifecycle_type")["required"] is True


def test_every_persons_and_actions_operation_accepts_format() -> None:
    for _, _, op, params in operations():
        if op["tags"][0] in {"persons", "actions"}:
            fmt = next(p for p in params if p["name"] == "format")
            assert resolve(fmt["schema"])["enum"] == ["csv", "json"], op["operationId"]


@pytest.mark.parametrize("operation_id", ["actions_destroy", "subscriptions_destroy"])
def test_hard_delete_answers_405(operation_id: str) -> None:
    responses = op_by_id(operation_id)[2]["responses"]
    assert "405" in responses
    assert not [code for code in responses if code.startswith("2")]


@pytest.mark.parametrize(
    "operation_id",
    [
        "conversations_views_destroy",
        "domains_destroy",
        "customer_journeys_destroy",
        "session_recordings_sharing_passwords_destroy",
    ],
)
def test_other_deletes_answer_204(operation_id: str) -> None:
    assert "204" in op_by_id(operation_id)[2]["responses"]


def test_sharing_list_is_a_bare_array_and_password_create_answers_200() -> None:
    listed = json_schema(op_by_id("session_recordings_sharing_list")[2]["responses"]["200"])
    assert listed["type"] == "array"
    responses = op_by_id("session_recordings_sharing_passwords_create")[2]["responses"]
    assert "200" in responses
    assert "201" not in responses


def test_subscriptions_list_has_the_extra_filters() -> None:
    names = {p["name"] for p in op_by_id("subscriptions_list")[3]}
    assert {
        "created_by",
        "dashboard",
        "insight",
        "ordering",
        "resource_type",
        "search",
        "target_type",
    } <= names


def test_every_error_response_uses_the_shared_error_schema() -> None:
    error = SPEC["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"type", "code", "detail", "attr"}
    assert error["properties"]["attr"]["nullable"] is True
    for _, _, op, _ in operations():
        for code, response in op["responses"].items():
            if code[0] in "45":
                schema = resolve(response)["content"]["application/json"]["schema"]
                refs = [s["$ref"] for s in schema.get("oneOf", [schema])]
                assert "#/components/schemas/Error" in refs, (op["operationId"], code)


def test_throttled_response_documents_retry_after() -> None:
    assert "Retry-After" in SPEC["components"]["responses"]["Throttled"]["headers"]


@pytest.mark.parametrize(
    "operation_id",
    [
        "persons_bulk_delete_create",
        "persons_reset_person_distinct_id_create",
        "persons_cohorts_retrieve",
        "persons_lifecycle_retrieve",
        "session_recordings_sharing_list",
        "session_recordings_sharing_passwords_create",
        "subscriptions_list",
        "actions_list",
        "actions_create",
        "actions_destroy",
    ],
)
def test_operations_that_differ_from_their_page_say_what_was_corrected(operation_id: str) -> None:
    assert "Corrected:" in op_by_id(operation_id)[2]["description"]


def test_writable_and_read_only_fields_are_split_between_request_and_response_models() -> None:
    schemas = SPEC["components"]["schemas"]
    for name in ("Action", "Subscription", "OrganizationDomain", "CustomerJourney", "ConversationView"):
        response = schemas[name]["properties"]
        read_only = {field for field, spec in response.items() if resolve(spec).get("readOnly")}
        assert "id" in read_only, name
        request_name = {"ConversationView": "ConversationViewRequest"}.get(name, f"{name}Request")
        assert not read_only & set(schemas[request_name]["properties"]), name


def test_nullable_is_only_used_beside_a_type() -> None:
    # OpenAPI 3.0.3: `nullable` has no effect without `type` in the same schema, so `allOf: [X]`
    # plus `nullable: true` would refuse null. "X or null" is spelled `oneOf: [X, NullEnum]`.
    def walk(node: Any, where: str) -> Iterator[str]:
        if isinstance(node, dict):
            if node.get("nullable") is True and "type" not in node:
                yield where
            for key, value in node.items():
                yield from walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}/{index}")

    assert list(walk(SPEC, "#")) == []
