"""What the fake's parts pass between them: a request, a handler's context, its answer, an error answer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

import orjson
from attrs import define

from .._generated.operations import Operation
from ._store import ApiKey, Organization, Project, Store

#: A handler's answer: the status and the JSON body (``NO_BODY`` for none).
Answer: TypeAlias = tuple[int, Any]
NO_BODY: Any = object()  # a handler's answer that has no body (204, 202, ...)


class ApiError(Exception):
    """An error answer: status and PostHog's ``{type, code, detail, attr}`` body."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        code: str,
        type: str = "invalid_request",
        attr: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.body = {"type": type, "code": code, "detail": detail, "attr": attr}
        self.headers = dict(headers or {})


def not_found() -> ApiError:
    """PostHog's 404 answer."""
    return ApiError(404, "Not found.", code="not_found")


@define
class Request:
    """One HTTP request as the fake sees it, whichever way it came in."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    base_url: str

    def json(self) -> Any:
        """The body parsed as JSON (None when empty); a 400 when it is not JSON."""
        if not self.body:
            return None
        try:
            return orjson.loads(self.body)
        except ValueError:
            raise ApiError(400, "JSON parse error", type="invalid_request", code="parse_error") from None


@define
class Context:
    """What a handler is given: the request, its operation and path values, the caller's key, the
    fake's state, and the project or organization of the path (checked against the key)."""

    request: Request
    operation: Operation
    params: dict[str, str]
    key: ApiKey
    store: Store
    project: Project | None = None
    organization: Organization | None = None

    @property
    def project_(self) -> Project:
        """The path's project (for operations whose path has ``{project_id}``)."""
        assert self.project is not None
        return self.project

    @property
    def organization_(self) -> Organization:
        """The path's organization (for operations whose path has ``{organization_id}``)."""
        assert self.organization is not None
        return self.organization


#: Answers one operation: given the request's context, returns the status and body, or raises ApiError.
Handler: TypeAlias = Callable[[Context], Answer]
