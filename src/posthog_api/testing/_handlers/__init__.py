"""The fake's answer to each operation of the spec, one module per resource (named as on ``AsyncPostHog``).

Each module registers its handlers with ``@handles("<operation id>", ...)``; ``HANDLERS`` is every
module's table. A handler takes the request's ``Context`` (authenticated, authorized, its project
or organization resolved) and returns ``(status, body)`` or raises ``ApiError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .._http import Handler
from . import (
    actions,
    conversation_views,
    customer_journeys,
    domains,
    integrations,
    personal_api_keys,
    persons,
    session_recording_sharing,
    subscriptions,
)


def _merge(*tables: Mapping[str, Handler]) -> dict[str, Handler]:
    merged: dict[str, Handler] = {}
    for table in tables:
        for operation_id, handler in table.items():
            if operation_id in merged:
                raise ValueError(f"{operation_id} is handled by two modules")
            merged[operation_id] = handler
    return merged


HANDLERS: Mapping[str, Handler] = MappingProxyType(
    _merge(
        actions.handles,
        conversation_views.handles,
        customer_journeys.handles,
        domains.handles,
        integrations.handles,
        personal_api_keys.handles,
        persons.handles,
        session_recording_sharing.handles,
        subscriptions.handles,
    )
)

__all__ = ["HANDLERS"]
