"""Contract test: every facade method sends requests that Prism validates against the spec.

Stoplight Prism (``prism mock openapi/posthog.yaml --errors``, see ``prism.py``) checks each
request (path, method, path and query parameters, security, body) against the spec. A request
that breaks it is answered with an error status: the body is then the spec's own example of that
error response (e.g. 400's ``Error`` example), and what was wrong is only in the ``sl-violations``
header, so that header is what a failure shows.

Each call is one request: list methods are awaited for their first page only. A mock answer that
the SDK's strict parser cannot read (``APIResponseValidationError``) is not a failure here: the
request was accepted, which the recorded 2xx status confirms.

Set ``POSTHOG_API_SKIP_PRISM=1`` to skip these tests (nothing else skips them).
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx
import pytest
import yaml

from posthog_api import APIResponseValidationError, APIStatusError, AsyncPostHog, PostHogError
from posthog_api._generated.operations import OPERATIONS, Operation

from .._support import SAMPLE_UUID_ID, required_arguments
from .prism import SPEC, PrismServer, run_prism

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(
        os.environ.get("POSTHOG_API_SKIP_PRISM") == "1",
        reason="POSTHOG_API_SKIP_PRISM=1: the Prism contract tests are skipped",
    ),
]

ORG = "01234567-89ab-cdef-0123-456789abcdef"
UUID_ID = SAMPLE_UUID_ID
PERSON = "5f1c2d3e-4a5b-4c6d-8e7f-901234567890"


@dataclass(frozen=True)
class Call:
    """One facade call: ``ph.<operation's resource>.<method>(*args, **kwargs)``."""

    operation_id: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Exchange:
    """A request the SDK sent and how Prism answered it."""

    method: str
    url: str
    status: int
    violations: list[dict[str, Any]]

    @classmethod
    def of(cls, response: httpx.Response) -> Exchange:
        return cls(
            response.request.method, str(response.request.url), response.status_code, violations(response)
        )

    def describe(self) -> str:
        lines = [f"{self.method} {self.url} -> {self.status}"]
        for violation in self.violations:
            location = ".".join(str(part) for part in violation.get("location", []))
            lines.append(
                f"  [{violation.get('severity')}] {location}: {violation.get('message')}"
                f" (code {violation.get('code')})"
            )
        return "\n".join(lines)


# Calls with many optional fields, ids as UUID objects, nulls for nullable fields and the query
# parameters the list methods take, so that bodies and queries are really validated.
RICH_CALLS: dict[str, Call] = {
    "actions_list": Call("actions_list", kwargs={"format_": "json", "limit": 10, "offset": 20}),
    "actions_list_current_project": Call("actions_list", kwargs={"project_id": "@current", "limit": 1}),
    "actions_create": Call(
        "actions_create",
        kwargs={
            "format_": "json",
            "name": "Signed up",
            "description": "Every sign-up",
            "tags": ["growth", "signup"],
            "post_to_slack": True,
            "slack_message_format": "[user.name] signed up",
            "steps": [
                {"event": "$pageview", "url": "/signup", "url_matching": "exact"},
                {
                    "event": "$autocapture",
                    "tag_name": "button",
                    "text": "Sign up",
                    "href": "/signup",
                    "selector": "button.signup",
                    "url": "signup",
                    "text_matching": "exact",
                    "href_matching": "regex",
                    "url_matching": "contains",
                    "properties": [
                        {"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"},
                        {"key": "plan", "value": ["pro", "team"], "operator": "exact", "type": "person"},
                        {"key": "$screen_width", "value": 1024, "operator": "gt", "type": "event"},
                    ],
                },
                {"event": None, "name": "custom", "url": "^/a/.*$", "url_matching": "regex"},
            ],
            "deleted": False,
            "last_calculated_at": "2026-11-01T00:00:00Z",
            "pinned_at": "2026-11-02T00:00:00Z",
            "create_in_folder": "Unfiled/Actions",
        },
    ),
    "actions_partial_update": Call(
        "actions_partial_update",
        (7,),
        {
            "name": None,
            "description": "Renamed",
            "tags": [],
            "post_to_slack": False,
            "steps": [{"event": "$signup", "properties": None}],
            "deleted": False,
            "last_calculated_at": "2026-11-03T00:00:00Z",
        },
    ),
    "conversations_views_create": Call(
        "conversations_views_create", kwargs={"name": "Open tickets", "filters": {"status": "open"}}
    ),
    "conversations_views_list": Call("conversations_views_list", kwargs={"limit": 5, "offset": 0}),
    "customer_journeys_create": Call(
        "customer_journeys_create", kwargs={"insight": 3, "name": "Onboarding", "description": "First week"}
    ),
    "customer_journeys_partial_update": Call(
        "customer_journeys_partial_update",
        (uuid.UUID(UUID_ID),),
        {"insight": 4, "name": "Onboarding v2", "description": None},
    ),
    "customer_journeys_retrieve": Call("customer_journeys_retrieve", (uuid.UUID(UUID_ID),)),
    "domains_create": Call(
        "domains_create",
        kwargs={
            "domain": "example.com",
            "jit_provisioning_enabled": True,
            "sso_enforcement": "google-oauth2",
            "saml_entity_id": "https://idp.example.com/entity",
            "saml_acs_url": "https://idp.example.com/acs",
            "saml_x509_cert": None,
            "scim_enabled": False,
        },
    ),
    "domains_partial_update": Call(
        "domains_partial_update",
        (uuid.UUID(UUID_ID),),
        {
            "domain": "example.org",
            "jit_provisioning_enabled": False,
            "sso_enforcement": "",
            "saml_entity_id": None,
            "saml_acs_url": None,
            "saml_x509_cert": "-----BEGIN CERTIFICATE-----",
            "scim_enabled": True,
        },
    ),
    "domains_list": Call("domains_list", kwargs={"limit": 100, "offset": 100, "organization_id": ORG}),
    "session_recordings_sharing_passwords_create": Call(
        "session_recordings_sharing_passwords_create",
        ("rec-1",),
        {"enabled": True, "settings": {"showInspector": False}, "password_required": True},
    ),
    "session_recordings_sharing_refresh_create": Call(
        "session_recordings_sharing_refresh_create",
        ("rec-1",),
        {"enabled": False, "settings": None, "password_required": False},
    ),
    "subscriptions_list": Call(
        "subscriptions_list",
        kwargs={
            "limit": 20,
            "offset": 40,
            "created_by": uuid.UUID(PERSON),
            "dashboard": 1,
            "insight": 2,
            "ordering": "-created_at",
            "resource_type": "insight",
            "search": "weekly",
            "target_type": "slack",
        },
    ),
    "subscriptions_create": Call(
        "subscriptions_create",
        kwargs={
            "target_type": "slack",
            "target_value": "#alerts",
            "frequency": "weekly",
            "start_date": "2026-11-23T09:00:00Z",
            "dashboard": None,
            "insight": 12,
            "interval": 2,
            "byweekday": ["monday", "friday"],
            "bysetpos": 1,
            "count": 10,
            "until_date": "2027-11-23T09:00:00+01:00",
            "deleted": False,
            "title": "Weekly alerts",
            "invite_message": None,
        },
    ),
    "subscriptions_partial_update": Call(
        "subscriptions_partial_update",
        (3,),
        {
            "target_type": "webhook",
            "target_value": "https://hooks.example.com/x",
            "frequency": "monthly",
            "interval": 1,
            "byweekday": None,
            "bysetpos": None,
            "count": None,
            "start_date": "2026-12-01T00:00:00Z",
            "until_date": None,
            "title": None,
            "invite_message": "Hello",
            "dashboard": 5,
            "insight": None,
        },
    ),
    "persons_bulk_delete_by_ids": Call(
        "persons_bulk_delete_create",
        kwargs={
            "format_": "json",
            "ids": [uuid.UUID(PERSON), UUID_ID],
            "delete_events": True,
            "delete_recordings": True,
            "keep_person": False,
        },
    ),
    "persons_bulk_delete_by_distinct_ids": Call(
        "persons_bulk_delete_create",
        kwargs={"distinct_ids": ["user-1", "user-2"], "keep_person": True, "delete_events": True},
    ),
    "persons_cohorts_retrieve": Call(
        "persons_cohorts_retrieve", kwargs={"person_id": PERSON, "format_": "json"}
    ),
    "persons_funnel_create": Call("persons_funnel_create", kwargs={"properties": {"email": "a@example.com"}}),
    "persons_funnel_correlation_create": Call(
        "persons_funnel_correlation_create", kwargs={"format_": "json", "properties": [{"key": "plan"}]}
    ),
    "persons_lifecycle_retrieve": Call(
        "persons_lifecycle_retrieve",
        kwargs={"target_date": "2026-11-01", "lifecycle_type": "resurrecting", "format_": "csv"},
    ),
    "persons_list": Call(
        "persons_list",
        kwargs={
            "format_": "json",
            "limit": 50,
            "offset": 100,
            "distinct_id": "user-1",
            "email": "ada@example.com",
            "search": "@example.com",
            "properties": json.dumps([{"key": "plan", "value": "pro", "type": "person"}]),
        },
    ),
    "persons_find_by_email": Call("persons_list", kwargs={"email": "ada@example.com", "limit": 1}),
    "persons_retrieve_by_integer_id": Call("persons_retrieve", ("42",), {"format_": "json"}),
    "persons_retrieve_by_uuid": Call("persons_retrieve", (PERSON,)),
    "persons_partial_update": Call(
        "persons_partial_update", (PERSON,), {"properties": {"plan": "pro", "seats": 3, "tags": ["a"]}}
    ),
    "persons_destroy_with_data": Call(
        "persons_destroy", ("42",), {"delete_events": True, "delete_recordings": True, "format_": "json"}
    ),
    "persons_delete_property_create": Call("persons_delete_property_create", (PERSON,), {"key": "plan"}),
    "persons_update_property_create": Call(
        "persons_update_property_create", ("42",), {"key": "address", "value": {"city": "Leeds"}}
    ),
    "persons_split_create": Call("persons_split_create", (PERSON,), {"main_distinct_id": "user-1"}),
    "persons_values_retrieve": Call("persons_values_retrieve", kwargs={"key": "plan", "value": "pr"}),
    "persons_activity_retrieve_2": Call("persons_activity_retrieve_2", ("42",), {"limit": 5, "page": 2}),
    "persons_activity_retrieve": Call("persons_activity_retrieve", kwargs={"limit": 20, "page": 1}),
    "persons_properties_timeline_retrieve": Call(
        "persons_properties_timeline_retrieve",
        (PERSON,),
        {
            "date_from": "-7d",
            "date_to": "2026-11-23",
            "interval": "day",
            "events": json.dumps([{"id": "$pageview", "type": "events", "order": 0}]),
            "actions": "[]",
            "properties": "[]",
            "aggregation_group_type_index": 0,
            "display": "ActionsLineGraph",
            "breakdown": "$browser",
            "breakdown_type": "event",
        },
    ),
}


@cache
def soft_delete_targets() -> dict[str, str]:
    """``{operationId: the operationId it is sent as}`` for soft deletes (``x-posthog-sdk``)."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    targets: dict[str, str] = {}
    for path_item in document["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                target = operation.get("x-posthog-sdk", {}).get("soft-delete-with")
                if target:
                    targets[operation["operationId"]] = target
    return targets


def path_pattern(operation: Operation) -> re.Pattern[str]:
    """A regex matching the operation's path with any value in each parameter."""
    parts = re.split(r"(\{[^}]+\})", operation.path)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    header = response.headers.get("sl-violations")
    if not header:
        return []
    try:
        parsed = json.loads(header)
    except ValueError:
        return [{"severity": "?", "message": header}]
    return parsed if isinstance(parsed, list) else [parsed]


def required_call(operation_id: str, method: Callable[..., Any]) -> Call:
    """The call with only the arguments ``method`` cannot do without."""
    args, kwargs = required_arguments(operation_id, method)
    return Call(operation_id, tuple(args), kwargs)


@dataclass
class Outcome:
    """What one facade call sent and got."""

    call: Call
    exchanges: list[Exchange]
    error: PostHogError | None = None

    def describe(self) -> str:
        lines = [f"ph call {self.call.operation_id}(*{self.call.args!r}, **{self.call.kwargs!r})"]
        lines += [exchange.describe() for exchange in self.exchanges] or ["(nothing was sent)"]
        if isinstance(self.error, APIStatusError):
            lines.append(
                f"raised {type(self.error).__name__} {self.error.status_code}; its body is the spec's "
                f"example of that response, not Prism's finding: detail={self.error.detail!r}"
            )
        elif self.error is not None:
            lines.append(f"raised {type(self.error).__name__}: {self.error}")
        return "\n".join(lines)


def make_client(server: PrismServer) -> AsyncPostHog:
    return AsyncPostHog(
        api_key="phx_contract_test",
        host=server.base_url,
        project_id=1,
        organization_id=ORG,
        max_retries=0,
        rate_limits=None,
    )


def record_responses(ph: AsyncPostHog) -> list[httpx.Response]:
    """Record every success response the client receives (error statuses are raised before this)."""
    responses: list[httpx.Response] = []

    async def record(response: httpx.Response) -> None:
        responses.append(response)

    http = ph.http
    hooks = http.event_hooks
    http.event_hooks = {"request": hooks["request"], "response": [*hooks["response"], record]}
    return responses


async def perform(
    server: PrismServer, operation_id: str, build: Callable[[Callable[..., Any]], Call]
) -> Outcome:
    """Call the operation's facade method (arguments from ``build(method)``) once against Prism."""
    operation = OPERATIONS[operation_id]
    error: APIStatusError | APIResponseValidationError | None = None
    async with make_client(server) as ph:
        responses = record_responses(ph)
        method = getattr(getattr(ph, operation.resource), operation.resource_method)
        call = build(method)
        try:
            result: Awaitable[Any] = method(*call.args, **call.kwargs)  # a list method's paginator too
            await result  # the first page only
        except (APIStatusError, APIResponseValidationError) as exc:
            error = exc
            # An error status is raised inside the transport stack, before the response hook.
            if exc.response is not None and not any(response is exc.response for response in responses):
                responses.append(exc.response)
    return Outcome(call, [Exchange.of(response) for response in responses], error)


def assert_accepted(outcome: Outcome) -> None:
    """Prism accepted the one request the call sent, and it went to the operation's method and path."""
    report = outcome.describe()
    if isinstance(outcome.error, APIStatusError):
        pytest.fail(f"Prism rejected the request:\n{report}", pytrace=False)
    assert len(outcome.exchanges) == 1, f"expected exactly one request:\n{report}"
    (exchange,) = outcome.exchanges
    if exchange.violations:
        pytest.fail(f"Prism reported violations:\n{report}", pytrace=False)
    assert 200 <= exchange.status < 300, f"not a success status:\n{report}"
    if isinstance(outcome.error, APIResponseValidationError):
        # Prism's mock body did not parse; the request itself was accepted.
        assert 200 <= outcome.error.response.status_code < 300, report
    sent_as = OPERATIONS[soft_delete_targets().get(outcome.call.operation_id, outcome.call.operation_id)]
    assert exchange.method == sent_as.method, report
    assert path_pattern(sent_as).fullmatch(httpx.URL(exchange.url).path), report


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """One Prism mock server for the whole session."""
    with run_prism(SPEC) as server:
        yield server


def test_the_optional_field_calls_name_real_operations() -> None:
    assert {call.operation_id for call in RICH_CALLS.values()} <= set(OPERATIONS)


# Every operation, the deprecated ones too (tests/test_architecture.py pins their warning).
@pytest.mark.filterwarnings("ignore:.* is deprecated in PostHog's API:DeprecationWarning")
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_facade_method_with_required_arguments_passes_prism(
    prism: PrismServer, operation_id: str
) -> None:
    outcome = await perform(prism, operation_id, lambda method: required_call(operation_id, method))
    assert_accepted(outcome)


@pytest.mark.parametrize("case", sorted(RICH_CALLS))
async def test_facade_method_with_optional_fields_passes_prism(prism: PrismServer, case: str) -> None:
    call = RICH_CALLS[case]
    outcome = await perform(prism, call.operation_id, lambda method: call)
    assert_accepted(outcome)


# Negative controls: requests that break the spec are caught, so a pass above means something.


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            Call(
                "subscriptions_create",
                kwargs={
                    "target_type": "email",
                    "target_value": "",
                    "frequency": "daily",
                    "start_date": "2026-11-01",
                },
            ),
            "target_value must NOT have fewer than 1 characters",
        ),
        (Call("conversations_views_create", kwargs={"name": "x" * 401}), "name must NOT have more than 400"),
        (Call("actions_retrieve", ("not-a-number",)), "path parameter id must be integer"),
        (Call("actions_list", kwargs={"format_": "xml"}), "query parameter format must be equal to one of"),
        (Call("persons_values_retrieve", kwargs={"key": ""}), "must have required property 'key'"),
    ],
    ids=["min-length", "max-length", "path-type", "query-enum", "query-required"],
)
async def test_prism_catches_a_request_that_breaks_the_spec(
    prism: PrismServer, call: Call, message: str
) -> None:
    outcome = await perform(prism, call.operation_id, lambda method: call)
    assert isinstance(outcome.error, APIStatusError), outcome.describe()
    (exchange,) = outcome.exchanges
    assert exchange.status == 400, outcome.describe()
    assert any(message in str(v.get("message")) for v in exchange.violations), outcome.describe()
    with pytest.raises(pytest.fail.Exception, match="Prism rejected the request"):
        assert_accepted(outcome)


async def test_prism_requires_the_bearer_key_even_where_the_spec_lists_no_scope(prism: PrismServer) -> None:
    # `security: [{PersonalAPIKeyAuth: []}]` still requires the scheme: an empty scope list is no
    # exemption (`security: []` would be).
    async with httpx.AsyncClient(base_url=prism.base_url) as http:
        response = await http.get("/api/projects/1/persons/trends/")
    assert response.status_code == 401
    assert [v["message"] for v in violations(response)] == ["Invalid security scheme used"]


async def test_null_is_accepted_for_a_nullable_enum(prism: PrismServer) -> None:
    # The spec once said `allOf: [UrlMatchingEnum], nullable: true`, which admits no null in
    # OpenAPI 3.0.3 (nullable needs a type beside it); it now says `oneOf: [UrlMatchingEnum, NullEnum]`.
    call = Call("actions_create", kwargs={"steps": [{"event": "$pageview", "url_matching": None}]})
    outcome = await perform(prism, call.operation_id, lambda method: call)
    assert_accepted(outcome)
