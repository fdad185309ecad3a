"""Subscriptions: a filtered, ordered, paginated list, create, retrieve, and soft delete through PATCH."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._http import Answer, Context, not_found
from .._store import DEFAULT_USER, now
from ._common import HandlerTable, int_id, page, query_int, refuse_hard_delete

handles = HandlerTable()


def _describe(subscription: dict[str, Any]) -> None:
    """The read-only fields the server derives: the schedule summary and the resource's names."""
    subscription["summary"] = f"sent {subscription['frequency']}"
    insight = subscription["insight"]
    dashboard = subscription["dashboard"]
    subscription["insight_short_id"] = None if insight is None else f"Ins{insight}"
    subscription["resource_name"] = (
        f"Insight {insight}"
        if insight is not None
        else f"Dashboard {dashboard}"
        if dashboard is not None
        else None
    )


def _subscription(context: Context) -> dict[str, Any]:
    subscription = context.project_.subscriptions.get(int_id(context.params["id"]))
    if subscription is None:
        raise not_found()
    return subscription


@handles("subscriptions_list")
def list_subscriptions(context: Context) -> Answer:
    items = context.project_.subscriptions.live()
    query = context.request.query
    for name in ("dashboard", "insight"):
        if query.get(name):
            wanted = query_int(query, name, 0, minimum=-(2**63))
            items = [s for s in items if s[name] == wanted]
    if query.get("target_type"):
        items = [s for s in items if s["target_type"] == query["target_type"]]
    if query.get("resource_type") in ("dashboard", "insight"):
        items = [s for s in items if s[query["resource_type"]] is not None]
    if query.get("created_by"):
        items = [s for s in items if s["created_by"] and s["created_by"]["uuid"] == query["created_by"]]
    if query.get("search"):
        needle = query["search"].lower()
        items = [s for s in items if needle in f"{s['title'] or ''} {s['target_value']}".lower()]
    ordering = query.get("ordering", "")
    field_name = ordering.lstrip("-")
    if field_name in ("id", "created_at", "title", "target_value"):
        items = sorted(items, key=lambda s: str(s[field_name] or ""), reverse=ordering.startswith("-"))
    return 200, page(context, items)


@handles("subscriptions_create")
def create(context: Context) -> Answer:
    fields = v.checked_body(context)
    subscription_id = context.store.next_id()
    subscription = {
        "id": subscription_id,
        "dashboard": None,
        "insight": None,
        "interval": 1,
        "byweekday": None,
        "bysetpos": None,
        "count": None,
        "until_date": None,
        "created_at": now(),
        "created_by": dict(DEFAULT_USER),
        "deleted": False,
        "title": None,
        "invite_message": None,
        "next_delivery_date": fields["start_date"],
        "dashboard_export_insights": [],
        "integration_id": None,
        "summary_enabled": False,
        "summary_prompt_guide": "",
    }
    subscription.update(fields)
    _describe(subscription)
    return 201, context.project_.subscriptions.add(subscription_id, subscription)


@handles("subscriptions_retrieve")
def retrieve(context: Context) -> Answer:
    return 200, _subscription(context)


@handles("subscriptions_partial_update")
def update(context: Context) -> Answer:
    subscription = _subscription(context)
    subscription.update(v.checked_body(context))
    _describe(subscription)
    context.project_.subscriptions.changed()
    return 200, subscription


handles("subscriptions_destroy")(refuse_hard_delete)
