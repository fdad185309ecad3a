"""openapi/posthog.yaml against PostHog's own published schema (2025-11), field by field.

Our spec was written from the doc pages, and so were the fake and the tests: they agreed with one
another and not with PostHog. This audit holds the spec against the published schema's facts
(``tests/data/posthog-published-schema-2025-11.json``: the seed-area subset of the api-facts'
``facts.json``, i.e. the operations both documents have and every schema they reference) and
lists every difference in:

- an operation's method, path, scopes, query and path parameters (presence, ``required``, type,
  format, enum), request body (which schema, ``required``) and success responses (status, schema);
- each schema's fields, recursively through references: presence, type, format, item type,
  ``nullable``, enum values, ``required``, and where read-only and write-only fields are.

Each difference is either fixed in the spec or declared in ``DEVIATIONS`` with the server fact
(API-FACTS.md, PostHog's server code) that justifies it, and then the description of the schema or
operation in our spec has a "Corrected:" note naming it. A difference not declared fails; a
declaration whose difference is gone fails (the table cannot rot); a declaration without its note
fails.

How the two documents are matched:

- Names: ours splits each of their models into a response schema (their fields minus write-only)
  and a request schema (their fields minus read-only): their ``Action`` is our ``Action`` in
  responses and ``ActionRequest`` in requests, ``PatchedAction`` is ``PatchedActionRequest``,
  ``ActionStepJSON`` is ``ActionStep`` (``RESPONSE_SCHEMAS``, ``REQUEST_SCHEMAS``). Read-only
  flags are compared in responses only (in a request schema a read-only field must be absent, a
  write-only one present), write-only flags not at all (our request schemas are requests only).
- "X or null": ``nullable: true``, ``null`` in an enum and our ``oneOf: [X, NullEnum]`` (the
  OpenAPI 3.0.3 spelling for a reference) are all the same "nullable". ``allOf: [X]`` with one
  member is X. A referenced enum schema is compared by its values, whatever its name.
- Stricter or looser: no general allowance either way. Any difference in ``nullable``,
  ``required``, type or enum values is reported, whether ours accepts more (e.g. a field the
  server may send as null) or less. The one refinement that is not a difference: where theirs is a
  free-form object (``type: object`` without properties, any keys), ours may name optional typed
  keys as long as it stays open (``additionalProperties`` true, nothing ``required``) — our
  ``PropertyFilter`` (``key``, ``value``, ``operator``, ``type``) for their
  ``{"type": "object", "additionalProperties": {}}`` step filters. A field only one side has is a
  difference either way (our steps' ``id`` and ``name``, the newer Subscription fields).
- Not compared: descriptions, examples, defaults and length/range constraints (``maxLength``,
  ``minimum``...), and error responses (the published schema lists none).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "posthog.yaml"
PUBLISHED_PATH = Path(__file__).resolve().parent / "data" / "posthog-published-schema-2025-11.json"

OURS: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
PUBLISHED: dict[str, Any] = json.loads(PUBLISHED_PATH.read_text(encoding="utf-8"))

# Their operation id -> ours (the same ids today; the map makes a rename a visible decision).
OPERATION_IDS: dict[str, str] = {
    "actions_list": "actions_list",
    "actions_create": "actions_create",
    "actions_retrieve": "actions_retrieve",
    "actions_partial_update": "actions_partial_update",
    "persons_bulk_delete_create": "persons_bulk_delete_create",
    "subscriptions_list": "subscriptions_list",
}
# Their schema -> ours, where it is a response (or part of one) and where it is a request body.
RESPONSE_SCHEMAS: dict[str, str] = {
    "Action": "Action",
    "ActionStepJSON": "ActionStep",
    "UserBasic": "UserBasic",
    "Subscription": "Subscription",
    "PaginatedActionList": "PaginatedActionList",
    "PaginatedSubscriptionList": "PaginatedSubscriptionList",
}
REQUEST_SCHEMAS: dict[str, str] = {
    "Action": "ActionRequest",
    "PatchedAction": "PatchedActionRequest",
    "ActionStepJSON": "ActionStep",
}
ROLES = {"response": RESPONSE_SCHEMAS, "request": REQUEST_SCHEMAS}


@dataclass(frozen=True)
class Difference:
    """``where`` (``Schema.field`` or ``operation id``) differs in ``aspect``: ours vs theirs."""

    where: str
    aspect: str
    ours: str
    theirs: str

    def __str__(self) -> str:
        return f"{self.where} [{self.aspect}]: ours {self.ours}, published {self.theirs}"


@dataclass(frozen=True)
class Deviation:
    """A difference we keep on purpose: the server fact beats the published schema."""

    where: str
    aspect: str
    note_on: str  # "schema X" or "operation X": whose description says "Corrected:"
    mentions: str  # what that "Corrected:" note must name
    fact: str


BULK_DELETE_FACT = (
    "API-FACTS, persons bulk_delete: ids, distinct_ids, delete_events, delete_recordings and "
    "keep_person go in the JSON body (both lists or neither gives 400); success is 202 with "
    "{persons_found, persons_deleted, events_queued_for_deletion, recordings_queued_for_deletion, ...}"
)
SUBSCRIPTION_FILTERS_FACT = (
    "API-FACTS: subscriptions list also filters by created_by, dashboard, insight, ordering, "
    "resource_type, search, target_type"
)
NEWER_SUBSCRIPTION_FIELDS_FACT = (
    "API-FACTS: subscriptions also carry dashboard_export_insights, insight_short_id, "
    "integration_id, resource_name, summary_enabled, summary_prompt_guide (newer servers)"
)
BULK_DELETE = "operation persons_bulk_delete_create"
SUBSCRIPTIONS_LIST = "operation subscriptions_list"

DEVIATIONS: list[Deviation] = [
    *(
        Deviation(f"persons_bulk_delete_create query {name}", "presence", BULK_DELETE, name, BULK_DELETE_FACT)
        for name in ("ids", "distinct_ids", "delete_events")
    ),
    Deviation("persons_bulk_delete_create body", "schema", BULK_DELETE, "`Person` body", BULK_DELETE_FACT),
    Deviation("persons_bulk_delete_create", "body required", BULK_DELETE, "required", BULK_DELETE_FACT),
    Deviation("persons_bulk_delete_create", "success status", BULK_DELETE, "202", BULK_DELETE_FACT),
    Deviation(
        "subscriptions_list",
        "path",
        SUBSCRIPTIONS_LIST,
        "/api/environments/{project_id}/subscriptions/",
        "API-FACTS: servers expose /api/environments/{project_id}/... and /api/projects/{project_id}/... "
        "alike; the seed page's path is the one to implement",
    ),
    *(
        Deviation(
            f"subscriptions_list query {name}",
            "presence",
            SUBSCRIPTIONS_LIST,
            name,
            SUBSCRIPTION_FILTERS_FACT,
        )
        for name in (
            "created_by",
            "dashboard",
            "insight",
            "ordering",
            "resource_type",
            "search",
            "target_type",
        )
    ),
    Deviation(
        "Action.created_by",
        "nullable",
        "schema Action",
        "created_by",
        "PostHog's server code: Action.created_by is ForeignKey(User, null=True); API-FACTS: the "
        "published schema marks non-nullable fields that servers send as null",
    ),
    Deviation(
        "Subscription.created_by",
        "nullable",
        "schema Subscription",
        "created_by",
        "PostHog's server code: Subscription.created_by is ForeignKey(User, on_delete=SET_NULL, null=True)",
    ),
    *(
        Deviation(
            f"ActionStep.{name}",
            "presence",
            "schema ActionStep",
            f"`{name}`",
            "API-FACTS: the doc page's id and name on a step are not in the real schema (keep them optional)",
        )
        for name in ("id", "name")
    ),
    *(
        Deviation(
            f"Subscription.{name}", "presence", "schema Subscription", name, NEWER_SUBSCRIPTION_FIELDS_FACT
        )
        for name in (
            "dashboard_export_insights",
            "insight_short_id",
            "integration_id",
            "resource_name",
            "summary_enabled",
            "summary_prompt_guide",
        )
    ),
]


# ------------------------------------------------------------------ normalization


def schemas_of(document: dict[str, Any]) -> dict[str, Any]:
    """The named schemas: ``components.schemas`` of our spec, ``schemas`` of the facts."""
    if "components" in document:
        named: dict[str, Any] = document["components"]["schemas"]
        return named
    facts: dict[str, Any] = document["schemas"]
    return facts


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


def is_free_form(schema: dict[str, Any]) -> bool:
    """An object with any keys: no properties, or named ones only as optional hints."""
    if schema.get("type") != "object" or schema.get("required"):
        return False
    additional = schema.get("additionalProperties")
    return not schema.get("properties") or additional is True or additional == {}


def shape(node: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """A field's schema reduced to what is compared (see the module docstring)."""
    schemas = schemas_of(document)
    result: dict[str, Any] = {"nullable": bool(node.get("nullable")), "readOnly": bool(node.get("readOnly"))}
    if "$ref" in node:
        members = [node]
    else:
        members = list(node.get("oneOf") or node.get("allOf") or node.get("anyOf") or [])
    if members:
        kept = []
        for member in members:
            target = schemas[ref_name(member)] if "$ref" in member else member
            if target.get("enum") == [None]:
                result["nullable"] = True
            else:
                kept.append(member)
        if len(kept) != 1:
            return {**result, "type": f"union of {len(kept)}"}
        (member,) = kept
        if "$ref" in member and "enum" not in schemas[ref_name(member)]:
            name = ref_name(member)
            target = schemas[name]
            return {
                **result,
                "type": target.get("type", "any"),
                "schema": name,
                "free_form": is_free_form(target),
            }
        inner = shape(schemas[ref_name(member)] if "$ref" in member else member, document)
        return {**inner, "nullable": result["nullable"] or inner["nullable"], "readOnly": result["readOnly"]}
    kind = node.get("type")
    result["type"] = kind or "any"
    if "format" in node:
        result["format"] = node["format"]
    if "enum" in node:
        values = node["enum"]
        result["nullable"] = result["nullable"] or None in values
        result["enum"] = sorted(str(value) for value in values if value is not None)
    if kind == "array":
        result["items"] = shape(node.get("items", {}), document)
    if kind == "object":
        result["free_form"] = is_free_form(node)
    return result


def value(shape_: dict[str, Any], key: str) -> str:
    return json.dumps(shape_.get(key))


class Audit:
    """Every difference between ``ours`` (an OpenAPI document) and ``published`` (the facts)."""

    def __init__(self, ours: dict[str, Any], published: dict[str, Any]) -> None:
        self.ours = ours
        self.published = published
        self.differences: list[Difference] = []
        self.compared: set[tuple[str, str, str]] = set()  # (ours, theirs, role)
        self._queue: list[tuple[str, str, str]] = []

    def differ(self, where: str, aspect: str, ours: object, theirs: object) -> None:
        difference = Difference(where, aspect, str(ours), str(theirs))
        if difference not in self.differences:  # a schema met in two roles differs once
            self.differences.append(difference)

    def run(self) -> list[Difference]:
        for theirs_id, ours_id in OPERATION_IDS.items():
            self.operation(ours_id, theirs_id)
        while self._queue:
            pair = self._queue.pop(0)
            if pair not in self.compared:
                self.compared.add(pair)
                self.schema(*pair)
        return self.differences

    # -- shapes

    def same_schema(self, where: str, ours_name: str, theirs_name: str, role: str) -> None:
        expected = ROLES[role].get(theirs_name)
        if ours_name != expected:
            self.differ(
                where,
                "schema",
                ours_name,
                f"{theirs_name} (ours should be {expected or 'none: no counterpart'})",
            )
        else:
            self._queue.append((ours_name, theirs_name, role))

    def compare(self, where: str, ours: dict[str, Any], theirs: dict[str, Any], role: str) -> None:
        """Compare two shapes (``shape()``); ``readOnly`` is compared by the caller."""
        if ours.get("free_form") and theirs.get("free_form"):
            for aspect in ("nullable",):
                if ours[aspect] != theirs[aspect]:
                    self.differ(where, aspect, value(ours, aspect), value(theirs, aspect))
            return
        for aspect in ("type", "format", "nullable", "enum"):
            if ours.get(aspect) != theirs.get(aspect):
                self.differ(where, aspect, value(ours, aspect), value(theirs, aspect))
        if ours.get("type") != theirs.get("type"):
            return
        if "schema" in theirs and "schema" in ours:
            self.same_schema(where, ours["schema"], theirs["schema"], role)
        elif ("schema" in theirs) != ("schema" in ours) or ours.get("free_form") != theirs.get("free_form"):
            self.differ(where, "object", json.dumps(ours), json.dumps(theirs))
        if "items" in ours and "items" in theirs:
            self.compare(f"{where}[]", ours["items"], theirs["items"], role)

    def schema(self, ours_name: str, theirs_name: str, role: str) -> None:
        """Compare the fields of two object schemas, as a response or as a request."""
        ours = schemas_of(self.ours)[ours_name]
        theirs = schemas_of(self.published)[theirs_name]
        hidden = "writeOnly" if role == "response" else "readOnly"
        theirs_fields = {
            name: spec for name, spec in theirs.get("properties", {}).items() if not spec.get(hidden)
        }
        ours_fields: dict[str, Any] = ours.get("properties", {})
        for name in sorted(theirs_fields.keys() - ours_fields.keys()):
            self.differ(f"{ours_name}.{name}", "presence", "absent", "present")
        for name in sorted(ours_fields.keys() - theirs_fields.keys()):
            self.differ(f"{ours_name}.{name}", "presence", "present", "absent")
        ours_required = set(ours.get("required", []))
        theirs_required = set(theirs.get("required", []))
        for name in sorted(ours_fields.keys() & theirs_fields.keys()):
            where = f"{ours_name}.{name}"
            ours_shape = shape(ours_fields[name], self.ours)
            theirs_shape = shape(theirs_fields[name], self.published)
            self.compare(where, ours_shape, theirs_shape, role)
            if (name in ours_required) != (name in theirs_required):
                self.differ(where, "required", name in ours_required, name in theirs_required)
            if role == "response" and ours_shape["readOnly"] != theirs_shape["readOnly"]:
                self.differ(where, "readOnly", ours_shape["readOnly"], theirs_shape["readOnly"])
            if role == "request" and ours_shape["readOnly"]:
                self.differ(where, "readOnly", "read-only in a request", theirs_shape["readOnly"])

    # -- operations

    def find_operation(self, operation_id: str) -> tuple[str, str, dict[str, Any], list[dict[str, Any]]]:
        for path, item in self.ours["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    parameters = [
                        self.resolve(p) for p in item.get("parameters", []) + operation.get("parameters", [])
                    ]
                    return path, method.upper(), operation, parameters
        raise LookupError(operation_id)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.ours
            for part in str(node["$ref"])[2:].split("/"):
                target = target[part]
            node = target
        return node

    def operation(self, ours_id: str, theirs_id: str) -> None:
        theirs = self.published["operations"][theirs_id]
        path, method, ours, parameters = self.find_operation(ours_id)
        if method != theirs["method"]:
            self.differ(ours_id, "method", method, theirs["method"])
        if path != theirs["path"]:
            self.differ(ours_id, "path", path, theirs["path"])
        scopes = sorted(
            {scope for requirement in ours.get("security", []) for s in requirement.values() for scope in s}
        )
        if scopes != sorted(theirs["scopes"]):
            self.differ(ours_id, "scopes", scopes, sorted(theirs["scopes"]))
        self.parameters(ours_id, parameters, theirs["parameters"])
        self.body(ours_id, ours.get("requestBody"), theirs["body"])
        self.responses(ours_id, ours["responses"], theirs["responses"])

    def parameters(self, where: str, ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> None:
        ours_by_key = {(p["in"], p["name"]): p for p in ours}
        theirs_by_key = {(p["in"], p["name"]): p for p in theirs}
        for place, name in sorted(theirs_by_key.keys() - ours_by_key.keys()):
            self.differ(f"{where} {place} {name}", "presence", "absent", "present")
        for place, name in sorted(ours_by_key.keys() - theirs_by_key.keys()):
            self.differ(f"{where} {place} {name}", "presence", "present", "absent")
        for key in sorted(ours_by_key.keys() & theirs_by_key.keys()):
            mine, other = ours_by_key[key], theirs_by_key[key]
            label = f"{where} {key[0]} {key[1]}"
            if bool(mine.get("required")) != bool(other.get("required")):
                self.differ(label, "required", bool(mine.get("required")), bool(other.get("required")))
            self.compare(
                label, shape(mine["schema"], self.ours), shape(other["schema"], self.published), "request"
            )

    def body(self, where: str, ours: dict[str, Any] | None, theirs: dict[str, Any] | None) -> None:
        if ours is None or theirs is None:
            if (ours is None) != (theirs is None):
                self.differ(where, "body", ours is not None, theirs is not None)
            return
        if bool(ours.get("required")) != bool(theirs.get("required")):
            self.differ(where, "body required", bool(ours.get("required")), bool(theirs.get("required")))
        ours_name = ref_name(ours["content"]["application/json"]["schema"])
        self.same_schema(f"{where} body", ours_name, ref_name(theirs["schema"]), "request")

    def responses(self, where: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        ours_success = {status: spec for status, spec in ours.items() if str(status).startswith("2")}
        if sorted(ours_success) != sorted(theirs):
            self.differ(where, "success status", sorted(ours_success), sorted(theirs))
        for status in sorted(ours_success.keys() & theirs.keys()):
            mine = self.resolve(ours_success[status]).get("content", {}).get("application/json", {})
            other = theirs[status]
            if "schema" not in mine or other is None:
                if ("schema" in mine) != (other is not None):
                    self.differ(f"{where} {status}", "body", "schema" in mine, other is not None)
                continue
            self.same_schema(f"{where} {status}", ref_name(mine["schema"]), ref_name(other), "response")


def differences(ours: dict[str, Any] = OURS) -> list[Difference]:
    return Audit(ours, PUBLISHED).run()


def declared(difference: Difference) -> bool:
    return any((d.where, d.aspect) == (difference.where, difference.aspect) for d in DEVIATIONS)


def description_of(note_on: str) -> str:
    kind, name = note_on.split(" ", 1)
    if kind == "schema":
        return str(OURS["components"]["schemas"][name].get("description", ""))
    _, _, operation, _ = Audit(OURS, PUBLISHED).find_operation(name)
    return str(operation.get("description", ""))


# ------------------------------------------------------------------ the audit


def test_every_difference_from_the_published_schema_is_fixed_or_declared() -> None:
    undeclared = [str(difference) for difference in differences() if not declared(difference)]
    assert undeclared == [], "fix the spec, or declare a server fact in DEVIATIONS:\n" + "\n".join(undeclared)


def test_every_declared_deviation_still_differs() -> None:
    found = {(difference.where, difference.aspect) for difference in differences()}
    stale = [f"{d.where} [{d.aspect}]" for d in DEVIATIONS if (d.where, d.aspect) not in found]
    assert stale == [], "no longer differs; remove from DEVIATIONS (and its Corrected: note):\n" + "\n".join(
        stale
    )


def test_deviations_are_declared_once() -> None:
    keys = [(d.where, d.aspect) for d in DEVIATIONS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("deviation", DEVIATIONS, ids=lambda d: f"{d.where} [{d.aspect}]")
def test_every_declared_deviation_has_a_corrected_note_in_the_spec(deviation: Deviation) -> None:
    description = description_of(deviation.note_on)
    assert "Corrected:" in description, f"{deviation.note_on} has no Corrected: note"
    corrected = description[description.index("Corrected:") :]
    assert deviation.mentions in corrected, (
        f"{deviation.note_on}'s Corrected: note must name {deviation.mentions}"
    )
    assert deviation.fact


def test_the_audit_covers_every_published_operation_and_schema() -> None:
    audit = Audit(OURS, PUBLISHED)
    audit.run()
    assert set(OPERATION_IDS) == set(PUBLISHED["operations"])
    compared = {theirs for _, theirs, _ in audit.compared}
    inlined_enums = {name for name, schema in PUBLISHED["schemas"].items() if "enum" in schema}
    # Person is only their bulk_delete body, which is a declared deviation as a whole.
    assert compared | inlined_enums | {"Person"} == set(PUBLISHED["schemas"])
    assert {"Action", "PatchedAction", "ActionStepJSON", "UserBasic", "Subscription"} <= compared


# ------------------------------------------------------------------ negative controls
# Each drift back to the doc page's shapes (or another plausible slip) is reported as a difference,
# so a pass above means something.


def drifted(edit: Any) -> list[str]:
    ours = copy.deepcopy(OURS)
    edit(ours["components"]["schemas"], ours["paths"])
    return [str(d) for d in differences(ours) if not declared(d)]


def set_step_properties_to_an_object(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    schemas["ActionStep"]["properties"]["properties"] = {"type": "object", "additionalProperties": True}


def require_a_step_filter_key(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    schemas["PropertyFilter"]["required"] = ["key"]


def drop_nullable_from_bytecode_error(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    del schemas["Action"]["properties"]["bytecode_error"]["nullable"]


def lose_href_matching(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    del schemas["ActionStep"]["properties"]["href_matching"]


def make_created_at_writable(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    schemas["ActionRequest"]["properties"]["created_at"] = {"type": "string", "format": "date-time"}


def drop_an_enum_value(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    schemas["ActionStepMatchingEnum"]["enum"] = ["contains", "regex"]


def make_user_email_optional(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    schemas["UserBasic"]["required"].remove("email")


def change_the_actions_scope(schemas: dict[str, Any], paths: dict[str, Any]) -> None:
    paths["/api/projects/{project_id}/actions/"]["get"]["security"] = [
        {"PersonalAPIKeyAuth": ["action:write"]}
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (set_step_properties_to_an_object, "ActionStep.properties [type]"),
        (require_a_step_filter_key, "ActionStep.properties[] [object]"),
        (drop_nullable_from_bytecode_error, "Action.bytecode_error [nullable]"),
        (lose_href_matching, "ActionStep.href_matching [presence]: ours absent"),
        (make_created_at_writable, "ActionRequest.created_at [presence]: ours present"),
        (drop_an_enum_value, "ActionStep.text_matching [enum]"),
        (make_user_email_optional, "UserBasic.email [required]"),
        (change_the_actions_scope, "actions_list [scopes]"),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_the_audit_reports_a_drift(edit: Any, expected: str) -> None:
    assert any(expected in line for line in drifted(edit)), drifted(edit)


if __name__ == "__main__":
    for difference in differences():
        print(("declared  " if declared(difference) else "UNDECLARED ") + str(difference))
