"""API-key scopes: which granted scopes cover which needed ones. Pure logic, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SCOPE = re.compile(r"[a-z][a-z0-9_]*:(read|write)")


def validate_scopes(scopes: Iterable[str]) -> frozenset[str]:
    """The scopes as a set, each checked to be ``*`` or ``<object>:read|write``.

    Raises:
        ValueError: a scope is malformed; the message names it.
    """
    if isinstance(scopes, str):
        raise ValueError(f"scopes must be a list of scopes or 'auto', not the string {scopes!r}")
    result = set()
    for scope in scopes:
        if not isinstance(scope, str) or not (scope == "*" or _SCOPE.fullmatch(scope)):
            raise ValueError(f"scopes: {scope!r} is not a scope (expected '*' or '<object>:read|write')")
        result.add(scope)
    return frozenset(result)


def grants(granted: frozenset[str], needed: str) -> bool:
    """Whether ``granted`` covers ``needed``: ``*`` covers all, ``X:write`` also covers ``X:read``."""
    if "*" in granted or needed in granted:
        return True
    obj, _, level = needed.partition(":")
    return level == "read" and f"{obj}:write" in granted


def missing_scopes(granted: frozenset[str], needed: Iterable[str]) -> tuple[str, ...]:
    """The scopes of ``needed`` that ``granted`` does not cover, in order."""
    return tuple(scope for scope in needed if not grants(granted, scope))
