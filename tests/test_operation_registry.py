"""The operation registry read from the YAML: method, path and scopes of every operation."""

import pytest

from posthog_api._generated.operations import OPERATIONS

P = "/api/projects/{project_id}"
E = "/api/environments/{project_id}"
O = "/api/organizations/{organization_id}"  # noqa: E741

# Written from the doc pages and API-FACTS.md, independently of openapi/posthog.yaml.
EXPECTED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # customer journeys
    "customer_journeys_list": ("GET", f"{E}/customer_journeys/", ("customer_journey:read",)),
    "customer_journeys_create": ("POST", f"{E}/customer_journeys/", ("customer_journey:write",)),
    "customer_journeys_retrieve": ("GET", f"{E}/customer_journeys/{{id}}/", ("customer_journey:read",)),
    "customer_journeys_partial_update": (
        "PATCH",
        f"{E}/customer_journeys/{{id}}/",
        ("customer_journey:write",),
    ),
    "customer_journeys_destroy": ("DELETE", f"{E}/customer_journeys/{{id}}/", ("customer_journey:write",)),
    # conversations views
    "conversations_views_list": ("GET", f"{P}/conversations/views/", ("conversation:read",)),
    "conversations_views_create": ("POST", f"{P}/conversations/views/", ("conversation:write",)),
    "conversations_views_retrieve": ("GET", f"{P}/conversations/views/{{short_id}}/", ("conversation:read",)),
    "conversations_views_destroy": (
        "DELETE",
        f"{P}/conversations/views/{{short_id}}/",
        ("conversation:write",),
    ),
    # integrations: refused to personal API keys, so no scope
    "integrations_linkedin_ads_accounts_retrieve": (
        "GET",
        f"{E}/integrations/{{id}}/linkedin_ads_accounts/",
        (),
    ),
    "integrations_linkedin_ads_conversion_rules_retrieve": (
        "GET",
        f"{E}/integrations/{{id}}/linkedin_ads_conversion_rules/",
        (),
    ),
    "integrations_twilio_phone_numbers_retrieve": (
        "GET",
        f"{E}/integrations/{{id}}/twilio_phone_numbers/",
        (),
    ),
    "integrations_authorize_retrieve": ("GET", f"{E}/integrations/authorize/", ()),
    # session recording sharing
    "session_recordings_sharing_list": (
        "GET",
        f"{E}/session_recordings/{{recording_id}}/sharing/",
        ("sharing_configuration:read",),
    ),
    "session_recordings_sharing_passwords_create": (
        "POST",
        f"{E}/session_recordings/{{recording_id}}/sharing/passwords/",
        ("sharing_configuration:write",),
    ),
    "session_recordings_sharing_passwords_destroy": (
        "DELETE",
        f"{E}/session_recordings/{{recording_id}}/sharing/passwords/{{password_id}}/",
        ("sharing_configuration:write",),
    ),
    "session_recordings_sharing_refresh_create": (
        "POST",
        f"{E}/session_recordings/{{recording_id}}/sharing/refresh/",
        ("sharing_configuration:write",),
    ),
    # subscriptions
    "subscriptions_list": ("GET", f"{E}/subscriptions/", ("subscription:read",)),
    "subscriptions_create": ("POST", f"{E}/subscriptions/", ("subscription:write",)),
    "subscriptions_retrieve": ("GET", f"{E}/subscriptions/{{id}}/", ("subscription:read",)),
    "subscriptions_partial_update": ("PATCH", f"{E}/subscriptions/{{id}}/", ("subscription:write",)),
    "subscriptions_destroy": ("DELETE", f"{E}/subscriptions/{{id}}/", ("subscription:write",)),
    # organization domains
    "domains_list": ("GET", f"{O}/domains/", ("organization:read",)),
    "domains_create": ("POST", f"{O}/domains/", ("organization:write",)),
    "domains_retrieve": ("GET", f"{O}/domains/{{id}}/", ("organization:read",)),
    "domains_partial_update": ("PATCH", f"{O}/domains/{{id}}/", ("organization:write",)),
    "domains_destroy": ("DELETE", f"{O}/domains/{{id}}/", ("organization:write",)),
    # persons
    "persons_list": ("GET", f"{P}/persons/", ("person:read",)),
    "persons_retrieve": ("GET", f"{P}/persons/{{id}}/", ("person:read",)),
    "persons_partial_update": ("PATCH", f"{P}/persons/{{id}}/", ("person:write",)),
    "persons_destroy": ("DELETE", f"{P}/persons/{{id}}/", ("person:write",)),
    "persons_delete_property_create": ("POST", f"{P}/persons/{{id}}/delete_property/", ("person:write",)),
    "persons_update_property_create": ("POST", f"{P}/persons/{{id}}/update_property/", ("person:write",)),
    "persons_split_create": ("POST", f"{P}/persons/{{id}}/split/", ("person:write",)),
    "persons_values_retrieve": ("GET", f"{P}/persons/values/", ("person:read",)),
    "persons_activity_retrieve_2": ("GET", f"{P}/persons/{{id}}/activity/", ("activity_log:read",)),
    "persons_properties_timeline_retrieve": ("GET", f"{P}/persons/{{id}}/properties_timeline/", ()),
    "persons_delete_events_create": ("POST", f"{P}/persons/{{id}}/delete_events/", ("person:write",)),
    "persons_delete_recordings_create": ("POST", f"{P}/persons/{{id}}/delete_recordings/", ("person:write",)),
    "persons_activity_retrieve": ("GET", f"{P}/persons/activity/", ("activity_log:read",)),
    "persons_bulk_delete_create": ("POST", f"{P}/persons/bulk_delete/", ("person:write",)),
    "persons_cohorts_retrieve": ("GET", f"{P}/persons/cohorts/", ("person:read", "cohort:read")),
    "persons_funnel_retrieve": ("GET", f"{P}/persons/funnel/", ()),
    "persons_funnel_create": ("POST", f"{P}/persons/funnel/", ()),
    "persons_funnel_correlation_retrieve": ("GET", f"{P}/persons/funnel/correlation/", ()),
    "persons_funnel_correlation_create": ("POST", f"{P}/persons/funnel/correlation/", ()),
    "persons_lifecycle_retrieve": ("GET", f"{P}/persons/lifecycle/", ()),
    "persons_reset_person_distinct_id_create": (
        "POST",
        f"{P}/persons/reset_person_distinct_id/",
        ("person:write",),
    ),
    "persons_stickiness_retrieve": ("GET", f"{P}/persons/stickiness/", ()),
    "persons_trends_retrieve": ("GET", f"{P}/persons/trends/", ()),
    # actions: the page lists no scopes; API-FACTS gives action:read / action:write
    "actions_list": ("GET", f"{P}/actions/", ("action:read",)),
    "actions_create": ("POST", f"{P}/actions/", ("action:write",)),
    "actions_retrieve": ("GET", f"{P}/actions/{{id}}/", ("action:read",)),
    "actions_partial_update": ("PATCH", f"{P}/actions/{{id}}/", ("action:write",)),
    "actions_destroy": ("DELETE", f"{P}/actions/{{id}}/", ("action:write",)),
    "actions_count_retrieve": ("GET", f"{P}/actions/{{id}}/count/", ("action:read",)),
    "actions_people_retrieve": ("GET", f"{P}/actions/people/", ("action:read",)),
}


# Not on the seed pages: API-FACTS.md describes it, and scopes="auto" reads it. No scope is needed.
BEYOND_THE_PAGES = {
    "personal_api_keys_current_retrieve": ("GET", "/api/personal_api_keys/@current/", ()),
}


def test_the_table_covers_the_45_operations_of_the_doc_pages_and_12_of_the_published_schema() -> None:
    assert len(EXPECTED) == 45 + 12


def test_registry_holds_the_documented_operations_and_the_current_key_endpoint() -> None:
    assert set(OPERATIONS) == set(EXPECTED) | set(BEYOND_THE_PAGES)
    method, path, scopes = BEYOND_THE_PAGES["personal_api_keys_current_retrieve"]
    current = OPERATIONS["personal_api_keys_current_retrieve"]
    assert (current.method, current.path, current.scopes) == (method, path, scopes)


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_operation_method_path_and_scopes(operation_id: str) -> None:
    method, path, scopes = EXPECTED[operation_id]
    operation = OPERATIONS[operation_id]
    assert operation.operation_id == operation_id
    assert operation.method == method
    assert operation.path == path
    assert set(operation.scopes) == set(scopes)
    assert len(operation.scopes) == len(scopes)


ANALYTICS = {
    # The persons viewset's throttles apply to all of its actions (posthog/api/person.py).
    "persons_list",
    "persons_retrieve",
    "persons_partial_update",
    "persons_destroy",
    "persons_delete_property_create",
    "persons_update_property_create",
    "persons_split_create",
    "persons_values_retrieve",
    "persons_activity_retrieve_2",
    "persons_properties_timeline_retrieve",
    "persons_delete_events_create",
    "persons_delete_recordings_create",
    "persons_activity_retrieve",
    "persons_cohorts_retrieve",
    "persons_funnel_retrieve",
    "persons_funnel_create",
    "persons_funnel_correlation_retrieve",
    "persons_funnel_correlation_create",
    "persons_lifecycle_retrieve",
    "persons_reset_person_distinct_id_create",
    "persons_stickiness_retrieve",
    "persons_trends_retrieve",
}


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_rate_class_follows_api_facts(operation_id: str) -> None:
    # Persons endpoints count as analytics, except bulk_delete, which is a CRUD call.
    expected = "analytics" if operation_id in ANALYTICS else "crud"
    assert OPERATIONS[operation_id].rate_class == expected


@pytest.mark.parametrize("operation_id", sorted(EXPECTED))
def test_retry_safe_for_get_patch_delete_and_idempotent_posts_only(operation_id: str) -> None:
    # POSTs that do the same thing when sent twice: deleting persons, setting or unsetting a property.
    idempotent_posts = {
        "persons_bulk_delete_create",
        "persons_update_property_create",
        "persons_delete_property_create",
        "persons_delete_events_create",
    }
    method = EXPECTED[operation_id][0]
    expected = method in {"GET", "PATCH", "DELETE"} or operation_id in idempotent_posts
    assert OPERATIONS[operation_id].retry_safe is expected


def test_offset_paginated_lists_are_exactly_the_six_list_endpoints() -> None:
    paginated = {op.operation_id for op in OPERATIONS.values() if op.is_offset_paginated}
    assert paginated == {
        "persons_list",
        "actions_list",
        "customer_journeys_list",
        "conversations_views_list",
        "subscriptions_list",
        "domains_list",
    }


def test_the_sharing_list_and_person_property_values_are_bare_arrays() -> None:
    arrays = {op.operation_id for op in OPERATIONS.values() if op.pagination == "array"}
    assert arrays == {"session_recordings_sharing_list", "persons_values_retrieve"}


def test_operations_only_on_older_pages_are_deprecated() -> None:
    deprecated = {op.operation_id for op in OPERATIONS.values() if op.deprecated}
    assert deprecated == {"actions_count_retrieve", "actions_people_retrieve", "persons_stickiness_retrieve"}


# Where each operation appears on AsyncPostHog (issue: the facade's public surface).
RESOURCE_METHODS = {
    "actions": {"list", "create", "retrieve", "update", "delete", "count", "people"},
    "customer_journeys": {"list", "create", "retrieve", "update", "delete"},
    "conversation_views": {"list", "create", "retrieve", "delete"},
    "integrations": {
        "linkedin_ads_accounts",
        "linkedin_ads_conversion_rules",
        "twilio_phone_numbers",
        "authorize",
    },
    "session_recording_sharing": {"list", "create_password", "delete_password", "refresh"},
    "subscriptions": {"list", "create", "retrieve", "update", "delete"},
    "domains": {"list", "create", "retrieve", "update", "delete"},
    "persons": {
        "list",
        "retrieve",
        "update",
        "delete",
        "delete_property",
        "update_property",
        "split",
        "values",
        "person_activity",
        "properties_timeline",
        "delete_events",
        "delete_recordings",
        "activity",
        "bulk_delete",
        "cohorts",
        "funnel",
        "create_funnel",
        "funnel_correlation",
        "create_funnel_correlation",
        "lifecycle",
        "reset_person_distinct_id",
        "stickiness",
        "trends",
    },
    "personal_api_keys": {"current"},
}


def test_every_operation_has_its_documented_place_on_the_client() -> None:
    placed: dict[str, set[str]] = {}
    for op in OPERATIONS.values():
        placed.setdefault(op.resource, set()).add(op.resource_method)
    assert placed == RESOURCE_METHODS
