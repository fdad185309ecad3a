"""Request checks of the fake: what PostHog's serializers refuse, answered as a 400."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from ._http import ApiError


def validation_error(detail: str, attr: str | None, code: str = "invalid") -> ApiError:
    return ApiError(400, detail, type="validation_error", code=code, attr=attr)


@frozen
class Field:
    """One body field: its kind (str, int, bool, datetime, uuid, dict, list, any), and limits."""

    kind: str
    required: bool = False
    nullable: bool = False
    max_length: int | None = None
    min_length: int | None = None
    choices: tuple[str, ...] | None = None
    items: Field | None = None
    minimum: int | None = None
    maximum: int | None = None
    max_items: int | None = None


def _check(name: str, field: Field, value: Any) -> Any:
    if value is None:
        if field.nullable or field.kind == "any":
            return None
        raise validation_error("This field may not be null.", name, "null")
    kind = field.kind
    if kind == "any":
        return value
    if kind in ("str", "datetime", "uuid"):
        if not isinstance(value, str):
            raise validation_error("Not a valid string.", name)
        if field.min_length is not None and len(value) < field.min_length:
            raise validation_error("This field may not be blank.", name, "blank")
        if field.max_length is not None and len(value) > field.max_length:
            raise validation_error(f"Ensure this field has no more than {field.max_length} characters.", name)
        if field.choices is not None and value not in field.choices:
            raise validation_error(f'"{value}" is not a valid choice.', name, "invalid_choice")
        if kind == "datetime":
            try:
                datetime.datetime.fromisoformat(value)
            except ValueError:
                raise validation_error("Datetime has wrong format.", name) from None
        if kind == "uuid":
            try:
                uuid.UUID(value)
            except ValueError:
                raise validation_error(f'"{value}" is not a valid UUID.', name) from None
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise validation_error("A valid integer is required.", name)
        if (field.minimum is not None and value < field.minimum) or (
            field.maximum is not None and value > field.maximum
        ):
            raise validation_error("Ensure this value is within range.", name)
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise validation_error("Must be a valid boolean.", name)
        return value
    if kind == "dict":
        if not isinstance(value, dict):
            raise validation_error("Expected a dictionary of items.", name)
        return value
    if kind == "list":
        if not isinstance(value, list):
            raise validation_error("Expected a list of items.", name, "not_a_list")
        if field.max_items is not None and len(value) > field.max_items:
            raise validation_error(f"Ensure this field has no more than {field.max_items} elements.", name)
        if field.items is None:
            return value
        if field.items == PLAIN_STRING and all(type(item) is str for item in value):
            return value  # the common case (bulk-delete ids), checked in one pass
        return [_check(f"{name}[{i}]", field.items, item) for i, item in enumerate(value)]
    raise AssertionError(f"unknown field kind {kind}")


PLAIN_STRING = Field("str")


def check_body(body: Any, fields: Mapping[str, Field], *, partial: bool = False) -> dict[str, Any]:
    """The known fields of ``body``, checked; unknown fields are ignored, like DRF does."""
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise validation_error("Invalid data. Expected a dictionary.", None)
    checked: dict[str, Any] = {}
    for name, field in fields.items():
        if name in body:
            checked[name] = _check(name, field, body[name])
        elif field.required and not partial:
            raise validation_error("This field is required.", name, "required")
    return checked


MATCHING = ("contains", "regex", "exact")
FORMATS = ("csv", "json")
TARGET_TYPES = ("email", "slack", "webhook")
FREQUENCIES = ("daily", "weekly", "monthly", "yearly")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
INT_MIN, INT_MAX = -(2**31), 2**31 - 1

# PostHog's ActionStepJSON: every field is stored and answered (null when not given); other
# keys (the doc page's step `id` and `name`) are dropped, as the server's serializer does.
STEP_FIELDS: dict[str, Field] = {
    "event": Field("str", nullable=True),
    "properties": Field("list", nullable=True, items=Field("dict")),
    "selector": Field("str", nullable=True),
    "tag_name": Field("str", nullable=True),
    "text": Field("str", nullable=True),
    "text_matching": Field("str", nullable=True, choices=MATCHING),
    "href": Field("str", nullable=True),
    "href_matching": Field("str", nullable=True, choices=MATCHING),
    "url": Field("str", nullable=True),
    "url_matching": Field("str", nullable=True, choices=MATCHING),
}

ACTION_FIELDS: dict[str, Field] = {
    "name": Field("str", nullable=True, max_length=400),
    "description": Field("str"),
    "tags": Field("list"),
    "post_to_slack": Field("bool"),
    "slack_message_format": Field("str", max_length=1200),
    "steps": Field("list", items=Field("dict")),
    "deleted": Field("bool"),
    "last_calculated_at": Field("datetime"),
    "pinned_at": Field("datetime", nullable=True),
    "_create_in_folder": Field("str"),  # write-only: accepted, never answered
}

CONVERSATION_VIEW_FIELDS: dict[str, Field] = {
    "name": Field("str", required=True, min_length=1, max_length=400),
    "filters": Field("dict"),
}

SHARING_FIELDS: dict[str, Field] = {
    "enabled": Field("bool"),
    "settings": Field("any", nullable=True),
    "password_required": Field("bool"),
}

SUBSCRIPTION_FIELDS: dict[str, Field] = {
    "dashboard": Field("int", nullable=True),
    "insight": Field("int", nullable=True),
    "target_type": Field("str", required=True, choices=TARGET_TYPES),
    "target_value": Field("str", required=True, min_length=1),
    "frequency": Field("str", required=True, choices=FREQUENCIES),
    "interval": Field("int", minimum=INT_MIN, maximum=INT_MAX),
    "byweekday": Field("list", nullable=True, items=Field("str", choices=WEEKDAYS)),
    "bysetpos": Field("int", nullable=True, minimum=INT_MIN, maximum=INT_MAX),
    "count": Field("int", nullable=True, minimum=INT_MIN, maximum=INT_MAX),
    "start_date": Field("datetime", required=True),
    "until_date": Field("datetime", nullable=True),
    "deleted": Field("bool"),
    "title": Field("str", nullable=True, max_length=100),
    "invite_message": Field("str", nullable=True),
    "dashboard_export_insights": Field("list", items=Field("int")),
    "integration_id": Field("int", nullable=True),
    "summary_enabled": Field("bool"),
    "summary_prompt_guide": Field("str", max_length=500),
}

DOMAIN_FIELDS: dict[str, Field] = {
    "domain": Field("str", required=True, min_length=1, max_length=128),
    "jit_provisioning_enabled": Field("bool"),
    "sso_enforcement": Field("str", max_length=28),
    "saml_entity_id": Field("str", nullable=True, max_length=512),
    "saml_acs_url": Field("str", nullable=True, max_length=512),
    "saml_x509_cert": Field("str", nullable=True),
    "scim_enabled": Field("bool"),
}

JOURNEY_FIELDS: dict[str, Field] = {
    "insight": Field("int", required=True),
    "name": Field("str", required=True, min_length=1, max_length=400),
    "description": Field("str", nullable=True),
}

BULK_DELETE_FIELDS: dict[str, Field] = {
    "ids": Field("list", items=Field("uuid")),
    "distinct_ids": Field("list", items=Field("str")),
    "delete_events": Field("bool"),
    "delete_recordings": Field("bool"),
    "keep_person": Field("bool"),
}

RESET_FIELDS: dict[str, Field] = {"distinct_id": Field("str", required=True, min_length=1)}
PERSON_PROPERTIES_FIELDS: dict[str, Field] = {"properties": Field("any")}
