"""Which operation a request is: by its ``posthog_operation_id`` extension, else by method and path."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import unquote

import httpx

from ._generated.operations import OPERATIONS, Operation

EXTENSION = "posthog_operation_id"


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
    return re.compile(regex + r"\Z")


class OperationIndex:
    """Finds the operation of a request and the values of its path parameters."""

    def __init__(self, operations: Mapping[str, Operation] = OPERATIONS) -> None:
        self._operations = operations
        self._patterns = {op.operation_id: _pattern(op.path) for op in operations.values()}
        # Literal segments win over parameters (``actions/people/`` is not ``actions/{id}/``).
        self._order = sorted(operations.values(), key=lambda op: (len(op.path_params), op.operation_id))

    def identify(self, request: httpx.Request, base_path: str) -> tuple[Operation, dict[str, str]] | None:
        path = request.url.path
        prefix = base_path.rstrip("/")
        if prefix and path.startswith(prefix + "/"):
            path = path[len(prefix) :]
        operation_id = request.extensions.get(EXTENSION)
        if isinstance(operation_id, str) and operation_id in self._operations:
            match = self._patterns[operation_id].match(path)
            return self._operations[operation_id], self._values(match)
        return self.match(request.method, path)

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation whose method and path template fit, and its path parameters' values."""
        for operation in self._order:
            if operation.method == method:
                match = self._patterns[operation.operation_id].match(path)
                if match:
                    return operation, self._values(match)
        return None

    def methods_for(self, path: str) -> set[str]:
        """The methods some operation answers on ``path`` (empty: no such path)."""
        matching = [op for op in self._order if self._patterns[op.operation_id].match(path)]
        if not matching:
            return set()
        # Literal segments win: ``actions/people/`` is not ``actions/{id}/``.
        fewest = min(len(op.path_params) for op in matching)
        return {op.method for op in matching if len(op.path_params) == fewest}

    @staticmethod
    def _values(match: re.Match[str] | None) -> dict[str, str]:
        if match is None:
            return {}
        return {name: unquote(value) for name, value in match.groupdict().items()}
