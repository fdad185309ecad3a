"""codegen/generate.py derives FakePostHog's request-body checks from each operation's requestBody schema."""

from pathlib import Path
from typing import Any

from ._support import load_codegen

ROOT = Path(__file__).resolve().parent.parent


generate = load_codegen()

SCHEMAS: dict[str, Any] = {
    "ColourEnum": {"type": "string", "enum": ["red", "green"]},
    "NullEnum": {"enum": [None]},
    "Step": {"type": "object", "properties": {"url": {"type": "string", "nullable": True}}},
    "ThingRequest": {
        "type": "object",
        "required": ["name", "ids"],
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "name": {"type": "string", "minLength": 1, "maxLength": 40},
            "colour": {
                "oneOf": [
                    {"$ref": "#/components/schemas/ColourEnum"},
                    {"$ref": "#/components/schemas/NullEnum"},
                ]
            },
            "ids": {"type": "array", "maxItems": 1000, "items": {"type": "string", "format": "uuid"}},
            "tags": {"type": "array", "items": {}},
            "size": {"type": "integer", "minimum": 0, "maximum": 10},
            "steps": {"type": "array", "items": {"$ref": "#/components/schemas/Step"}},
            "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "settings": {"description": "anything"},
        },
    },
}


def document(**bodies: Any) -> dict[str, Any]:
    paths = {}
    for operation_id, schema in bodies.items():
        operation = {"operationId": operation_id, "responses": {"200": {"description": "ok"}}}
        if schema is not None:
            operation["requestBody"] = {"content": {"application/json": {"schema": schema}}}
        paths[f"/api/{operation_id}/"] = {"post": operation}
    return {"paths": paths, "components": {"schemas": SCHEMAS}}


THING = {"$ref": "#/components/schemas/ThingRequest"}


def test_each_field_carries_what_its_schema_says_and_read_only_fields_are_left_out() -> None:
    checks = generate.request_body_checks(document(things_create=THING))
    assert checks["things_create"] == {
        "name": {"kind": "string", "required": True, "min_length": 1, "max_length": 40},
        "colour": {"kind": "string", "nullable": True, "enum": ("red", "green")},
        "ids": {
            "kind": "array",
            "required": True,
            "max_items": 1000,
            "items": {"kind": "string", "format": "uuid"},
        },
        "tags": {"kind": "array"},
        "size": {"kind": "integer", "minimum": 0, "maximum": 10},
        "steps": {
            "kind": "array",
            "items": {"kind": "object", "fields": {"url": {"kind": "string", "nullable": True}}},
        },
        "either": {"kind": "any"},
        "settings": {"kind": "any"},
    }


def test_only_operations_with_an_object_body_get_checks() -> None:
    checks = generate.request_body_checks(
        document(things_create=THING, things_list=None, things_bulk={"type": "array", "items": {}})
    )
    assert list(checks) == ["things_create"]


def test_the_rendered_module_holds_the_checks_as_field_check_objects() -> None:
    namespace: dict[str, Any] = {}
    exec(
        compile(generate.render_request_checks(document(things_create=THING)), "request_checks", "exec"),
        namespace,
    )
    field_check = namespace["FieldCheck"]
    fields = namespace["REQUEST_BODIES"]["things_create"]
    assert fields["ids"] == field_check(
        kind="array", required=True, max_items=1000, items=field_check(kind="string", format="uuid")
    )
    assert fields["colour"].enum == ("red", "green")
    assert fields["steps"].items.fields["url"] == field_check(kind="string", nullable=True)
    assert "id" not in fields
