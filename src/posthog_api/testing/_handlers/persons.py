"""Persons: list with PostHog's filters and paging (persons shown as actors, as PostHog lists them),
retrieve by id or UUID, property changes, delete, split, property values as text; bulk delete with
PostHog's limits and 202 summary, distinct id reset, and the analytics reads (small valid answers:
the fake keeps no events)."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import attrs

from ..._generated.operations import OPERATIONS
from ..._generated.request_checks import REQUEST_BODIES
from .. import _validation as v
from .._http import NO_BODY, Answer, ApiError, Context, not_found
from .._store import Person, Project, now
from ._common import PAGE_SIZE, HandlerTable, query_int, required_query

handles = HandlerTable()


def _max_ids() -> int:
    operation = OPERATIONS["persons_bulk_delete_create"]
    ids, distinct_ids = operation.max_items("ids"), operation.max_items("distinct_ids")
    if ids is None or ids != distinct_ids:
        raise RuntimeError("the spec's bulk delete must give ids and distinct_ids the same maxItems")
    return ids


#: Ids per bulk delete: the spec's maxItems of ``ids`` and ``distinct_ids``, as the registry (and
#: so the client's bulk jobs) reads it.
MAX_BULK_IDS = _max_ids()
# PostHog counts the ids itself, after their kinds are checked, and refuses too many in its own
# words with no ``attr`` (the spec can give the number, not the words): so the generic maxItems
# check is left out here and the handler says it.
_BULK_DELETE_FIELDS = {
    name: attrs.evolve(check, max_items=None)
    for name, check in REQUEST_BODIES["persons_bulk_delete_create"].items()
}


@handles("persons_bulk_delete_create")
def bulk_delete(context: Context) -> Answer:
    fields = v.check_body(context.request.json(), _BULK_DELETE_FIELDS)
    ids, distinct_ids = fields.get("ids") or [], fields.get("distinct_ids") or []
    if bool(ids) == bool(distinct_ids):
        detail = "Provide either ids or distinct_ids, not both." if ids else "Provide ids or distinct_ids."
        raise v.validation_error(detail, None)
    if len(ids) > MAX_BULK_IDS or len(distinct_ids) > MAX_BULK_IDS:
        raise v.validation_error(f"You can only pass {MAX_BULK_IDS} ids in one call", None)
    project = context.project_
    if ids:
        found = {str(i).lower() for i in ids if str(i).lower() in project.persons}
    else:
        found = {project.person_by_distinct_id[d] for d in distinct_ids if d in project.person_by_distinct_id}
    keep = fields.get("keep_person", False)
    if not keep:
        for person_uuid in found:
            project.delete_person(person_uuid)
    return 202, {
        "persons_found": len(found),
        "persons_deleted": 0 if keep else len(found),
        "events_queued_for_deletion": bool(fields.get("delete_events", False)) and bool(found),
        "recordings_queued_for_deletion": bool(fields.get("delete_recordings", False)) and bool(found),
        "deletion_errors": [],
    }


@handles("persons_reset_person_distinct_id_create")
def reset_distinct_id(context: Context) -> Answer:
    fields = v.checked_body(context)
    if fields["distinct_id"] in context.project_.person_by_distinct_id:
        raise v.validation_error("This distinct_id belongs to an existing person.", "distinct_id")
    return 202, NO_BODY


@handles("persons_activity_retrieve")
def activity(context: Context) -> Answer:
    return 200, {"results": [], "next": None, "total_count": 0}


@handles("persons_cohorts_retrieve")
def cohorts(context: Context) -> Answer:
    required_query(context, "person_id")
    return 200, {"results": []}


@handles(
    "persons_funnel_retrieve",
    "persons_funnel_correlation_retrieve",
    "persons_stickiness_retrieve",
    "persons_trends_retrieve",
)
def analytics(context: Context) -> Answer:
    return 200, {"results": [{"people": [], "count": 0}], "next": None, "is_cached": False}


@handles("persons_funnel_create", "persons_funnel_correlation_create")
def analytics_with_body(context: Context) -> Answer:
    v.checked_body(context)
    return analytics(context)


@handles("persons_lifecycle_retrieve")
def lifecycle(context: Context) -> Answer:
    required_query(context, "target_date")
    required_query(context, "lifecycle_type")
    return analytics(context)


# ------------------------------------------------------------------ one person, and the list


def _person(context: Context) -> Person:
    """The path's person, by integer id or UUID, as PostHog's ``get_pk_or_uuid`` finds it."""
    project, given = context.project_, context.params["id"]
    if given.isdigit():
        found = next((p for p in project.persons.values() if p.id == int(given)), None)
    else:
        try:
            found = project.persons.get(str(uuid.UUID(given)))
        except ValueError:
            raise v.validation_error(
                "The ID provided does not look like a personID. If you are using a distinctId, please use "
                f"/persons?distinct_id={given} instead.",
                None,
            ) from None
    if found is None:
        raise not_found()
    return found


def _exact(have: Any, want: Any) -> bool:
    return bool(have == want or (isinstance(want, list) and have in want))


def _is_not(have: Any, want: Any) -> bool:
    return not _exact(have, want)


def _icontains(have: Any, want: Any) -> bool:
    return have is not None and str(want).lower() in str(have).lower()


def _is_set(have: Any, want: Any) -> bool:
    return have is not None


def _is_not_set(have: Any, want: Any) -> bool:
    return have is None


#: The person property operators the fake applies (PostHog has more; others answer 400 here).
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "exact": _exact,
    "is_not": _is_not,
    "icontains": _icontains,
    "is_set": _is_set,
    "is_not_set": _is_not_set,
}


def _property_filters(raw: str) -> list[dict[str, Any]]:
    """The ``properties`` query parameter: a JSON list of person property filters."""
    try:
        filters = json.loads(raw)
    except ValueError:
        raise v.validation_error("Properties are not valid JSON.", "properties") from None
    if not isinstance(filters, list) or not all(isinstance(f, dict) and "key" in f for f in filters):
        raise v.validation_error("Properties must be a list of filters, each with a key.", "properties")
    for item in filters:
        if item.get("operator", "exact") not in _OPERATORS:
            raise v.validation_error(
                f"The fake does not support the operator {item['operator']!r}.", "properties"
            )
    return filters


def _matches(person: Person, query: dict[str, str], filters: list[dict[str, Any]]) -> bool:
    if "distinct_id" in query and query["distinct_id"] not in person.distinct_ids:
        return False
    if "email" in query and person.properties.get("email") != query["email"]:
        return False
    search = query.get("search")
    if search:  # PostHog: the email contains it, or a distinct id or the UUID is it
        email = str(person.properties.get("email") or "")
        found = search.lower() in email.lower() or search in person.distinct_ids
        if not found and search.lower() != person.uuid:
            return False
    for item in filters:
        have = person.properties.get(item["key"])
        if not _OPERATORS[item.get("operator", "exact")](have, item.get("value")):
            return False
    return True


@handles("persons_list")
def list_persons(context: Context) -> Answer:
    """Newest first; ``next`` whenever the page is full, ``count`` only with ``include_total``."""
    query = context.request.query
    limit = query_int(query, "limit", PAGE_SIZE, minimum=1)
    offset = query_int(query, "offset", 0, minimum=0)
    filters = _property_filters(query["properties"]) if query.get("properties") else []
    persons = sorted(context.project_.persons.values(), key=lambda p: p.id, reverse=True)
    matching = [p for p in persons if _matches(p, query, filters)]
    results = matching[offset : offset + limit]
    base = context.request.base_url + context.request.path

    def link(at: int) -> str:
        return f"{base}?{urlencode({**query, 'limit': limit, 'offset': at})}"

    body: dict[str, Any] = {
        "results": [p.to_actor_json() for p in results],
        "next": link(offset + limit) if len(results) >= limit else None,
        "previous": link(offset - limit) if offset - limit >= 0 else None,
    }
    if "include_total" in query:
        body["count"] = len(matching)
    return 200, body


@handles("persons_retrieve")
def retrieve(context: Context) -> Answer:
    return 200, _person(context).to_json()


@handles("persons_partial_update")
def set_properties(context: Context) -> Answer:
    person = _person(context)
    properties = (context.request.json() or {}).get("properties")
    if properties is None:
        raise v.validation_error("This field is required.", "properties", "required")
    v.checked_body(context)
    person.properties.update(properties)
    return 202, NO_BODY


@handles("persons_destroy")
def delete(context: Context) -> Answer:
    """PostHog queues the deletion of the events (``delete_events``) or recordings
    (``delete_recordings``) when the flag is present, whatever its value; the fake keeps neither."""
    person = _person(context)
    context.project_.delete_person(person.uuid)
    return 202, NO_BODY


@handles("persons_delete_property_create")
def delete_property(context: Context) -> Answer:
    person = _person(context)
    key = (context.request.json() or {}).get("$unset")
    if key is None:
        raise ApiError(400, "Unable to delete property", code="invalid")  # the server's KeyError answer
    v.checked_body(context)
    person.properties.pop(key, None)
    return 201, {"success": True}


@handles("persons_update_property_create")
def update_property(context: Context) -> Answer:
    person = _person(context)
    body = context.request.json() or {}
    for name in ("value", "key"):  # the order PostHog checks them in
        if body.get(name) is None:
            raise v.validation_error("This field is required.", name, "required")
    v.checked_body(context)
    person.properties[body["key"]] = body["value"]
    return 202, NO_BODY


@handles("persons_split_create")
def split(context: Context) -> Answer:
    """Every distinct id but the main one (or the first) becomes a person of its own."""
    person = _person(context)
    fields = v.checked_body(context)
    main = fields.get("main_distinct_id")
    if main not in person.distinct_ids:  # absent, or not this person's: the first one stays
        main = person.distinct_ids[0]
    project: Project = context.project_
    for distinct_id in [d for d in person.distinct_ids if d != main]:
        person.distinct_ids.remove(distinct_id)
        del project.person_by_distinct_id[distinct_id]
        project.add_person([distinct_id])
    return 201, {"success": True}


def _as_text(value: Any) -> str:
    """A property value as PostHog's ``convert_property_value`` writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return str(value)


@handles("persons_values_retrieve")
def values(context: Context) -> Answer:
    """Each value of the property ``key``, as text, with how many persons have it, most common
    first; none without a key or for a virtual (``$virt``) one, as PostHog answers."""
    key, contains = context.request.query.get("key"), context.request.query.get("value")
    if not key or key.startswith("$virt"):
        return 200, []
    counted: Counter[str] = Counter()
    for person in context.project_.persons.values():
        if key in person.properties:
            text = _as_text(person.properties[key])
            if contains is None or contains.lower() in text.lower():
                counted[text] += 1
    return 200, [{"name": text, "count": count} for text, count in counted.most_common()]


@handles("persons_activity_retrieve_2")
def person_activity(context: Context) -> Answer:
    """The fake records no activity: an empty page, for a person that exists."""
    _person(context)
    return 200, {"results": [], "next": None, "previous": None, "total_count": 0}


@handles("persons_properties_timeline_retrieve")
def properties_timeline(context: Context) -> Answer:
    """One point: the person's properties now (the fake keeps no events to change them)."""
    person = _person(context)
    return 200, {
        "points": [
            {"timestamp": person.created_at, "properties": dict(person.properties), "relevant_event_count": 0}
        ],
        "crucial_property_keys": [],
        "effective_date_from": person.created_at,
        "effective_date_to": now(),
    }


@handles("persons_delete_events_create", "persons_delete_recordings_create")
def delete_data(context: Context) -> Answer:
    """Queued on PostHog; the fake keeps no events or recordings, and keeps the person."""
    _person(context)
    return 202, NO_BODY
