"""Actions: a paginated list, create, retrieve, soft delete through PATCH, and the deprecated count/people."""

from __future__ import annotations

from typing import Any

from ..._generated.request_checks import REQUEST_BODIES, FieldCheck
from .. import _validation as v
from .._http import Answer, Context, not_found
from .._store import DEFAULT_USER, Project, Store, now
from ._common import HandlerTable, int_id, page, refuse_hard_delete

handles = HandlerTable()


def _step_fields() -> dict[str, FieldCheck]:
    """A step's fields as the spec gives them, less the doc page's step ``id`` and ``name``.

    The spec keeps those two (optional) from the doc page, but PostHog's ActionStepJSON serializer
    drops them from a request, which the spec cannot say: the fake takes and drops them unchecked.
    Every other step field is stored and answered, null when not given.
    """
    step = REQUEST_BODIES["actions_create"]["steps"].items
    if step is None or step.fields is None:
        raise RuntimeError("the spec's action steps must be objects with declared fields")
    return {name: check for name, check in step.fields.items() if name not in ("id", "name")}


STEP_FIELDS = _step_fields()


def new_action(store: Store, project: Project, fields: dict[str, Any]) -> dict[str, Any]:
    """Add an action with these (checked) fields to ``project``; returns it as the API shows it."""
    action_id = store.next_id()
    action: dict[str, Any] = {
        "id": action_id,
        "name": None,
        "description": "",
        "tags": [],
        "post_to_slack": False,
        "slack_message_format": "",
        "steps": [],
        "created_at": now(),
        "created_by": dict(DEFAULT_USER),
        "deleted": False,
        "is_calculating": False,
        "last_calculated_at": now(),
        "team_id": project.id,
        "is_action": True,
        "bytecode_error": None,
        "pinned_at": None,
        "creation_context": "",
        "user_access_level": "editor",
    }
    _apply_fields(action, fields)
    return project.actions.add(action_id, action)


def _apply_fields(action: dict[str, Any], fields: dict[str, Any]) -> None:
    fields.pop("_create_in_folder", None)  # write-only: files the action in PostHog's project tree
    if "steps" in fields:
        fields["steps"] = [
            dict.fromkeys(STEP_FIELDS, None) | v.check_body(step, STEP_FIELDS) for step in fields["steps"]
        ]
    action.update(fields)


def _action(context: Context) -> dict[str, Any]:
    action = context.project_.actions.get(int_id(context.params["id"]))
    if action is None:
        raise not_found()
    return action


@handles("actions_list")
def list_actions(context: Context) -> Answer:
    return 200, page(context, context.project_.actions.live())


@handles("actions_create")
def create(context: Context) -> Answer:
    fields = v.checked_body(context)
    return 201, new_action(context.store, context.project_, fields)


@handles("actions_retrieve", "actions_count_retrieve")
def retrieve(context: Context) -> Answer:
    return 200, _action(context)


@handles("actions_partial_update")
def update(context: Context) -> Answer:
    action = _action(context)
    _apply_fields(action, v.checked_body(context))
    context.project_.actions.changed()
    return 200, action


@handles("actions_people_retrieve")
def people(context: Context) -> Answer:
    live = context.project_.actions.live()
    if not live:
        raise not_found()
    return 200, live[0]


handles("actions_destroy")(refuse_hard_delete)
