"""Customer journeys, by UUID: a paginated list, create, retrieve, update and (hard) delete."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._http import NO_BODY, Answer, Context, not_found
from .._store import DEFAULT_USER, new_uuid, now
from ._common import HandlerTable, page

handles = HandlerTable()


def _journey(context: Context) -> dict[str, Any]:
    journey = context.project_.customer_journeys.get(context.params["id"].lower())
    if journey is None:
        raise not_found()
    return journey


@handles("customer_journeys_list")
def list_journeys(context: Context) -> Answer:
    return 200, page(context, context.project_.customer_journeys.live())


@handles("customer_journeys_create")
def create(context: Context) -> Answer:
    fields = v.checked_body(context)
    journey = {
        "id": new_uuid(),
        "insight": fields["insight"],
        "name": fields["name"],
        "description": fields.get("description"),
        "created_at": now(),
        "created_by": DEFAULT_USER["id"],
        "updated_at": None,  # null until the journey is changed
    }
    return 201, context.project_.customer_journeys.add(journey["id"], journey)


@handles("customer_journeys_retrieve")
def retrieve(context: Context) -> Answer:
    return 200, _journey(context)


@handles("customer_journeys_partial_update")
def update(context: Context) -> Answer:
    journey = _journey(context)
    journey.update(v.checked_body(context), updated_at=now())
    context.project_.customer_journeys.changed()
    return 200, journey


@handles("customer_journeys_destroy")
def destroy(context: Context) -> Answer:
    _journey(context)
    context.project_.customer_journeys.remove(context.params["id"].lower())
    return 204, NO_BODY
