# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Request-body checks: for every operation with a JSON object body, what the spec says of each field.

Read from each operation's ``requestBody`` schema in ``openapi/posthog.yaml`` by
``codegen/generate.py``. ``FakePostHog`` refuses a body that breaks them, as PostHog's serializers
do. Read-only properties are left out (a server ignores them in a request). Per field: the JSON
``kind`` (``any`` when the schema gives no type, or is a union other than "X or null"), its
``format``, whether it is ``required`` or ``nullable``, string lengths, ``enum`` values, number
bounds, array lengths, the ``items`` of an array (None: any item) and the ``fields`` of an object
with declared properties (None: any keys). Keywords not listed here (``pattern``, exclusive bounds,
``uniqueItems``) are not checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from attrs import frozen

Kind = Literal["string", "integer", "number", "boolean", "object", "array", "any"]
Scalar = str | int | float | bool


@frozen
class FieldCheck:
    """What the spec says one request-body field (or array item) must be."""

    kind: Kind
    format: str | None = None
    required: bool = False
    nullable: bool = False
    min_length: int | None = None
    max_length: int | None = None
    enum: tuple[Scalar, ...] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: FieldCheck | None = None
    fields: Mapping[str, FieldCheck] | None = None


REQUEST_BODIES: Final[Mapping[str, Mapping[str, FieldCheck]]] = MappingProxyType(
    {
        "actions_create": MappingProxyType(
            {
                "name": FieldCheck(kind="string", nullable=True, max_length=400),
                "description": FieldCheck(kind="string"),
                "tags": FieldCheck(kind="array"),
                "post_to_slack": FieldCheck(kind="boolean"),
                "slack_message_format": FieldCheck(kind="string", max_length=1200),
                "steps": FieldCheck(
                    kind="array",
                    items=FieldCheck(
                        kind="object",
                        fields=MappingProxyType(
                            {
                                "id": FieldCheck(kind="string"),
                                "event": FieldCheck(kind="string", nullable=True),
                                "properties": FieldCheck(
                                    kind="array",
                                    nullable=True,
                                    items=FieldCheck(
                                        kind="object",
                                        fields=MappingProxyType(
                                            {
                                                "key": FieldCheck(kind="string"),
                                                "value": FieldCheck(kind="any"),
                                                "operator": FieldCheck(
                                                    kind="string", nullable=True
                                                ),
                                                "type": FieldCheck(kind="string"),
                                            }
                                        ),
                                    ),
                                ),
                                "selector": FieldCheck(kind="string", nullable=True),
                                "tag_name": FieldCheck(kind="string", nullable=True),
                                "text": FieldCheck(kind="string", nullable=True),
                                "text_matching": FieldCheck(
                                    kind="string",
                                    nullable=True,
                                    enum=("contains", "regex", "exact"),
                                ),
                                "href": FieldCheck(kind="string", nullable=True),
                                "href_matching": FieldCheck(
                                    kind="string",
                                    nullable=True,
                                    enum=("contains", "regex", "exact"),
                                ),
                                "url": FieldCheck(kind="string", nullable=True),
                                "url_matching": FieldCheck(
                                    kind="string",
                                    nullable=True,
                                    enum=("contains", "regex", "exact"),
                                ),
                                "name": FieldCheck(kind="string", nullable=True),
                            }
                        ),
                    ),
                ),
                "deleted": FieldCheck(kind="boolean"),
                "last_calculated_at": FieldCheck(kind="string", format="date-time"),
                "pinned_at": FieldCheck(kind="string", format="date-time", nullable=True),
                "_create_in_folder": FieldCheck(kind="string"),
            }
        ),
        "actions_partial_update": MappingProxyType(
            {
                "name": FieldCheck(kind="string", nullable=True, max_length=400),
                "description": FieldCheck(kind="string"),
                "tags": FieldCheck(kind="array"),
                "post_to_slack": FieldCheck(kind="boolean"),
                "slack_message_format": FieldCheck(kind="string", max_length=1200),
                "steps": FieldCheck(
                    kind="array",
                    items=FieldCheck(
                        kind="object",
                        fields=MappingProxyType(
                            {
                                "id": FieldCheck(kind="string"),
                                "event": FieldCheck(kind="string", nullable=True),
                                "properties": FieldCheck(
                                    kind="array",
                                    nullable=True,
                                    items=FieldCheck(
                                        kind="object",
                                        fields=MappingProxyType(
                                            {
                                                "key": FieldCheck(kind="string"),
                                                "value": FieldCheck(kind="any"),
                                                "operator": FieldCheck(
                                                    kind="string", nullable=True
                                                ),
                                                "type": FieldCheck(kind="string"),
                                            }
                                        ),
                                    ),
                                ),
                                "selector": FieldCheck(kind="string", nullable=True),
                                "tag_name": FieldCheck(kind="string", nullable=True),
                                "text": FieldCheck(kind="string", nullable=True),
                                "text_matching": FieldCheck(
                                    kind="string",
                                    nullable=True,
                                    enum=("contains", "regex", "exact"),
                                ),
                                "href": FieldCheck(kind="string", nullable=True),
                                "href_matching": FieldCheck(
                                    kind="string",
                                    nullable=True,
                                    enum=("contains", "regex", "exact"),
                                ),
                                "url": FieldCheck(kind="string", nullable=True),
                                "url_matching": FieldCheck(
                                    kind="string",
                                    nullable=True,
                                    enum=("contains", "regex", "exact"),
                                ),
                                "name": FieldCheck(kind="string", nullable=True),
                            }
                        ),
                    ),
                ),
                "deleted": FieldCheck(kind="boolean"),
                "last_calculated_at": FieldCheck(kind="string", format="date-time"),
                "pinned_at": FieldCheck(kind="string", format="date-time", nullable=True),
                "_create_in_folder": FieldCheck(kind="string"),
            }
        ),
        "conversations_views_create": MappingProxyType(
            {
                "name": FieldCheck(kind="string", required=True, min_length=1, max_length=400),
                "filters": FieldCheck(kind="object"),
            }
        ),
        "session_recordings_sharing_passwords_create": MappingProxyType(
            {
                "enabled": FieldCheck(kind="boolean"),
                "settings": FieldCheck(kind="any"),
                "password_required": FieldCheck(kind="boolean"),
            }
        ),
        "session_recordings_sharing_refresh_create": MappingProxyType(
            {
                "enabled": FieldCheck(kind="boolean"),
                "settings": FieldCheck(kind="any"),
                "password_required": FieldCheck(kind="boolean"),
            }
        ),
        "subscriptions_create": MappingProxyType(
            {
                "dashboard": FieldCheck(kind="integer", nullable=True),
                "insight": FieldCheck(kind="integer", nullable=True),
                "target_type": FieldCheck(
                    kind="string", required=True, enum=("email", "slack", "webhook")
                ),
                "target_value": FieldCheck(kind="string", required=True, min_length=1),
                "frequency": FieldCheck(
                    kind="string", required=True, enum=("daily", "weekly", "monthly", "yearly")
                ),
                "interval": FieldCheck(kind="integer", minimum=-2147483648, maximum=2147483647),
                "byweekday": FieldCheck(
                    kind="array",
                    nullable=True,
                    items=FieldCheck(
                        kind="string",
                        enum=(
                            "monday",
                            "tuesday",
                            "wednesday",
                            "thursday",
                            "friday",
                            "saturday",
                            "sunday",
                        ),
                    ),
                ),
                "bysetpos": FieldCheck(
                    kind="integer", nullable=True, minimum=-2147483648, maximum=2147483647
                ),
                "count": FieldCheck(
                    kind="integer", nullable=True, minimum=-2147483648, maximum=2147483647
                ),
                "start_date": FieldCheck(kind="string", format="date-time", required=True),
                "until_date": FieldCheck(kind="string", format="date-time", nullable=True),
                "deleted": FieldCheck(kind="boolean"),
                "title": FieldCheck(kind="string", nullable=True, max_length=100),
                "invite_message": FieldCheck(kind="string", nullable=True),
                "dashboard_export_insights": FieldCheck(
                    kind="array", items=FieldCheck(kind="integer")
                ),
                "integration_id": FieldCheck(kind="integer", nullable=True),
                "summary_enabled": FieldCheck(kind="boolean"),
                "summary_prompt_guide": FieldCheck(kind="string", max_length=500),
            }
        ),
        "subscriptions_partial_update": MappingProxyType(
            {
                "dashboard": FieldCheck(kind="integer", nullable=True),
                "insight": FieldCheck(kind="integer", nullable=True),
                "target_type": FieldCheck(kind="string", enum=("email", "slack", "webhook")),
                "target_value": FieldCheck(kind="string", min_length=1),
                "frequency": FieldCheck(
                    kind="string", enum=("daily", "weekly", "monthly", "yearly")
                ),
                "interval": FieldCheck(kind="integer", minimum=-2147483648, maximum=2147483647),
                "byweekday": FieldCheck(
                    kind="array",
                    nullable=True,
                    items=FieldCheck(
                        kind="string",
                        enum=(
                            "monday",
                            "tuesday",
                            "wednesday",
                            "thursday",
                            "friday",
                            "saturday",
                            "sunday",
                        ),
                    ),
                ),
                "bysetpos": FieldCheck(
                    kind="integer", nullable=True, minimum=-2147483648, maximum=2147483647
                ),
                "count": FieldCheck(
                    kind="integer", nullable=True, minimum=-2147483648, maximum=2147483647
                ),
                "start_date": FieldCheck(kind="string", format="date-time"),
                "until_date": FieldCheck(kind="string", format="date-time", nullable=True),
                "deleted": FieldCheck(kind="boolean"),
                "title": FieldCheck(kind="string", nullable=True, max_length=100),
                "invite_message": FieldCheck(kind="string", nullable=True),
                "dashboard_export_insights": FieldCheck(
                    kind="array", items=FieldCheck(kind="integer")
                ),
                "integration_id": FieldCheck(kind="integer", nullable=True),
                "summary_enabled": FieldCheck(kind="boolean"),
                "summary_prompt_guide": FieldCheck(kind="string", max_length=500),
            }
        ),
        "domains_create": MappingProxyType(
            {
                "domain": FieldCheck(kind="string", required=True, min_length=1, max_length=128),
                "jit_provisioning_enabled": FieldCheck(kind="boolean"),
                "sso_enforcement": FieldCheck(kind="string", max_length=28),
                "saml_entity_id": FieldCheck(kind="string", nullable=True, max_length=512),
                "saml_acs_url": FieldCheck(kind="string", nullable=True, max_length=512),
                "saml_x509_cert": FieldCheck(kind="string", nullable=True),
                "scim_enabled": FieldCheck(kind="boolean"),
            }
        ),
        "domains_partial_update": MappingProxyType(
            {
                "domain": FieldCheck(kind="string", min_length=1, max_length=128),
                "jit_provisioning_enabled": FieldCheck(kind="boolean"),
                "sso_enforcement": FieldCheck(kind="string", max_length=28),
                "saml_entity_id": FieldCheck(kind="string", nullable=True, max_length=512),
                "saml_acs_url": FieldCheck(kind="string", nullable=True, max_length=512),
                "saml_x509_cert": FieldCheck(kind="string", nullable=True),
                "scim_enabled": FieldCheck(kind="boolean"),
            }
        ),
        "customer_journeys_create": MappingProxyType(
            {
                "insight": FieldCheck(kind="integer", required=True),
                "name": FieldCheck(kind="string", required=True, min_length=1, max_length=400),
                "description": FieldCheck(kind="string", nullable=True),
            }
        ),
        "customer_journeys_partial_update": MappingProxyType(
            {
                "insight": FieldCheck(kind="integer"),
                "name": FieldCheck(kind="string", min_length=1, max_length=400),
                "description": FieldCheck(kind="string", nullable=True),
            }
        ),
        "persons_partial_update": MappingProxyType(
            {
                "properties": FieldCheck(kind="object", required=True),
            }
        ),
        "persons_delete_property_create": MappingProxyType(
            {
                "$unset": FieldCheck(kind="string", required=True, min_length=1),
            }
        ),
        "persons_update_property_create": MappingProxyType(
            {
                "key": FieldCheck(kind="string", required=True, min_length=1),
                "value": FieldCheck(kind="any", required=True),
            }
        ),
        "persons_split_create": MappingProxyType(
            {
                "main_distinct_id": FieldCheck(kind="string"),
            }
        ),
        "persons_bulk_delete_create": MappingProxyType(
            {
                "ids": FieldCheck(
                    kind="array", max_items=1000, items=FieldCheck(kind="string", format="uuid")
                ),
                "distinct_ids": FieldCheck(
                    kind="array", max_items=1000, items=FieldCheck(kind="string")
                ),
                "delete_events": FieldCheck(kind="boolean"),
                "delete_recordings": FieldCheck(kind="boolean"),
                "keep_person": FieldCheck(kind="boolean"),
            }
        ),
        "persons_funnel_create": MappingProxyType(
            {
                "properties": FieldCheck(kind="any"),
            }
        ),
        "persons_funnel_correlation_create": MappingProxyType(
            {
                "properties": FieldCheck(kind="any"),
            }
        ),
        "persons_reset_person_distinct_id_create": MappingProxyType(
            {
                "distinct_id": FieldCheck(kind="string", required=True, min_length=1),
            }
        ),
    }
)

__all__ = ["REQUEST_BODIES", "FieldCheck", "Kind", "Scalar"]
