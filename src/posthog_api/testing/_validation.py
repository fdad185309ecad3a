"""Request checks of the fake: what PostHog's serializers refuse, answered as a 400 in DRF's words.

What each body field must be comes from the spec (``_generated/request_checks.py``, emitted by
``make generate``); this module only applies it and words the refusal as PostHog does. What the
server does that the spec cannot say stays with the handler concerned (and says so).
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from typing import Any

from .._generated.models import FormatEnum, TargetTypeEnum
from .._generated.request_checks import REQUEST_BODIES, FieldCheck
from ._http import ApiError, Context

#: The ``format`` query values (DRF's content negotiation answers any other with 404).
FORMATS = frozenset(member.value for member in FormatEnum)
#: The subscriptions list's ``target_type`` filter values.
TARGET_TYPES = frozenset(member.value for member in TargetTypeEnum)

PLAIN_STRING = FieldCheck(kind="string")
UUID_STRING = FieldCheck(kind="string", format="uuid")


def validation_error(detail: str, attr: str | None, code: str = "invalid") -> ApiError:
    """PostHog's 400 for a request that breaks a check, naming the field (``attr``) when there is one."""
    return ApiError(400, detail, type="validation_error", code=code, attr=attr)


def _check_string(name: str, check: FieldCheck, value: Any) -> str:
    if not isinstance(value, str):
        raise validation_error("Not a valid string.", name)
    if check.min_length is not None and len(value) < check.min_length:
        if value == "":
            raise validation_error("This field may not be blank.", name, "blank")
        raise validation_error(f"Ensure this field has at least {check.min_length} characters.", name)
    if check.max_length is not None and len(value) > check.max_length:
        raise validation_error(f"Ensure this field has no more than {check.max_length} characters.", name)
    if check.format == "date-time":
        try:
            datetime.datetime.fromisoformat(value)
        except ValueError:
            raise validation_error("Datetime has wrong format.", name) from None
    elif check.format == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise validation_error("Date has wrong format.", name) from None
    elif check.format == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            raise validation_error(f'"{value}" is not a valid UUID.', name) from None
    return value


def _check_number(name: str, check: FieldCheck, value: Any) -> int | float:
    classes = (int,) if check.kind == "integer" else (int, float)
    if isinstance(value, bool) or not isinstance(value, classes):
        raise validation_error(
            "A valid integer is required." if check.kind == "integer" else "A valid number is required.", name
        )
    if (check.minimum is not None and value < check.minimum) or (
        check.maximum is not None and value > check.maximum
    ):
        raise validation_error("Ensure this value is within range.", name)
    return value


def _check_array(name: str, check: FieldCheck, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise validation_error("Expected a list of items.", name, "not_a_list")
    if check.min_items is not None and len(value) < check.min_items:
        raise validation_error(f"Ensure this field has at least {check.min_items} elements.", name)
    if check.max_items is not None and len(value) > check.max_items:
        raise validation_error(f"Ensure this field has no more than {check.max_items} elements.", name)
    if check.items is None:
        return value
    if check.items == PLAIN_STRING and all(type(item) is str for item in value):
        return value  # the common case (bulk-delete ids), checked in one pass
    return [check_value(f"{name}[{i}]", check.items, item) for i, item in enumerate(value)]


def check_value(name: str, check: FieldCheck, value: Any) -> Any:
    """``value`` if it is what ``check`` says, else the 400 PostHog answers, naming ``name``.

    An object's own fields are not checked here: PostHog keeps most nested objects as JSON (a
    step's property filters), and the handler of one it does check says how (an action's steps).
    """
    if value is None:
        if check.nullable or check.kind == "any":
            return None
        raise validation_error("This field may not be null.", name, "null")
    if check.kind == "any":
        return value
    if check.kind == "string":
        value = _check_string(name, check, value)
    elif check.kind in ("integer", "number"):
        value = _check_number(name, check, value)
    elif check.kind == "boolean":
        if not isinstance(value, bool):
            raise validation_error("Must be a valid boolean.", name)
    elif check.kind == "object":
        if not isinstance(value, dict):
            raise validation_error("Expected a dictionary of items.", name)
    elif check.kind == "array":
        value = _check_array(name, check, value)
    else:
        raise AssertionError(f"unknown field kind {check.kind}")
    if check.enum is not None and value not in check.enum:
        raise validation_error(f'"{value}" is not a valid choice.', name, "invalid_choice")
    return value


def check_body(body: Any, fields: Mapping[str, FieldCheck]) -> dict[str, Any]:
    """The known fields of ``body``, checked; unknown fields are ignored, like DRF does."""
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise validation_error("Invalid data. Expected a dictionary.", None)
    checked: dict[str, Any] = {}
    for name, check in fields.items():
        if name in body:
            checked[name] = check_value(name, check, body[name])
        elif check.required:
            raise validation_error("This field is required.", name, "required")
    return checked


def checked_body(context: Context) -> dict[str, Any]:
    """The request's JSON body, checked against what the spec says of its operation's body."""
    return check_body(context.request.json(), REQUEST_BODIES[context.operation.operation_id])
