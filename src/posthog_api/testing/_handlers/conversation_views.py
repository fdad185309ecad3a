"""Conversations views, by short id: a paginated list, create, retrieve and (hard) delete."""

from __future__ import annotations

from .. import _validation as v
from .._http import NO_BODY, Answer, Context, not_found
from .._store import DEFAULT_USER, new_uuid, now, token
from ._common import HandlerTable, page

handles = HandlerTable()


@handles("conversations_views_list")
def list_views(context: Context) -> Answer:
    return 200, page(context, context.project_.conversation_views.live())


@handles("conversations_views_create")
def create(context: Context) -> Answer:
    fields = v.checked_body(context)
    short_id = token()[:10]
    view = {
        "id": new_uuid(),
        "short_id": short_id,
        "name": fields["name"],
        "filters": fields.get("filters", {}),
        "created_at": now(),
        "created_by": dict(DEFAULT_USER),
    }
    return 201, context.project_.conversation_views.add(short_id, view)


@handles("conversations_views_retrieve")
def retrieve(context: Context) -> Answer:
    view = context.project_.conversation_views.get(context.params["short_id"])
    if view is None:
        raise not_found()
    return 200, view


@handles("conversations_views_destroy")
def destroy(context: Context) -> Answer:
    if context.project_.conversation_views.remove(context.params["short_id"]) is None:
        raise not_found()
    return 204, NO_BODY
