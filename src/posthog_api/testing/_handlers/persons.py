"""Persons: bulk delete with PostHog's limits and 202 summary, distinct id reset, and the analytics reads
(small valid answers: the fake keeps no events)."""

from __future__ import annotations

import attrs

from ..._generated.operations import OPERATIONS
from ..._generated.request_checks import REQUEST_BODIES
from .. import _validation as v
from .._http import NO_BODY, Answer, Context
from ._common import HandlerTable, required_query

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
