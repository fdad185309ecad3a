"""The exception hierarchy, and the mapping from an HTTP error response to one exception.

Every failure a caller can meet is a ``PostHogError``: a response with an error status becomes an
``APIStatusError`` subclass whatever its body (PostHog's ``{type, code, detail, attr}``, the
legacy ``{message, detail}``, HTML from a proxy, an empty or truncated body).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import httpx

from ._generated.types import ValidationIssue

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "MissingScopeError",
    "NotFoundError",
    "PermissionDeniedError",
    "PostHogError",
    "RateLimitError",
    "error_from_response",
    "first_error",
]

_MISSING_SCOPE = re.compile(r"missing required scope '([^']+)'")
_DETAIL_LIMIT = 500


class PostHogError(Exception):
    """Base class of every error this library raises on purpose."""


class APIConnectionError(PostHogError):
    """The request did not get a response: the host could not be reached, or the connection broke."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading, or waiting for a pooled connection)."""


class APIResponseValidationError(PostHogError):
    """A success response whose body is not what the spec describes.

    Always raised when the body is not what the operation returns at all (not JSON, HTML, a bare
    string for a page); raised for a field that does not fit only with
    ``strict_response_validation=True`` (by default such a value is kept as received and listed
    in the model's ``validation_issues``).

    Attributes:
        response: the ``httpx.Response``.
        operation_id: the operation, when known.
        issues: every field that did not fit (``ValidationIssue``: path, expected, got); empty
            when the body as a whole was refused.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation_id: str | None,
        issues: Sequence[ValidationIssue] = (),
    ) -> None:
        super().__init__(message)
        self.response = response
        self.operation_id = operation_id
        self.issues = tuple(issues)


class APIStatusError(PostHogError):
    """The server answered with an error status.

    Attributes:
        status_code: the HTTP status.
        type: PostHog's error type (``validation_error``, ``authentication_error``, ...), or None.
        code: PostHog's error code (``permission_denied``, ``throttled``, ...), or None.
        detail: the server's explanation (for a non-JSON body, the start of the body's text).
        attr: the request field the error is about, or None.
        response: the ``httpx.Response``, or None when the error was raised before sending.
        operation_id: the operation that failed, when known.
    """

    def __init__(
        self,
        *,
        status_code: int,
        detail: str,
        type: str | None = None,
        code: str | None = None,
        attr: str | None = None,
        response: httpx.Response | None = None,
        operation_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.type = type
        self.code = code
        self.detail = detail
        self.attr = attr
        self.response = response
        self.operation_id = operation_id
        super().__init__(self._message())

    def _message(self) -> str:
        label = f"{self.status_code} {self.code}" if self.code else str(self.status_code)
        where = f" ({self.operation_id})" if self.operation_id else ""
        attr = f" [attr: {self.attr}]" if self.attr else ""
        return f"{label}: {self.detail}{attr}{where}"


class BadRequestError(APIStatusError):
    """400: the request was invalid."""


class AuthenticationError(APIStatusError):
    """401: the personal API key is missing, malformed or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this (a scope, project or organization restriction)."""


class MissingScopeError(PermissionDeniedError):
    """The key lacks scopes the operation needs.

    Raised before sending when the key's scopes are known (``scopes=`` or ``scopes="auto"``),
    and for a server 403 that names the missing scope.

    Attributes:
        missing_scopes: the scopes the key would need in addition.
    """

    def __init__(
        self,
        *,
        operation_id: str | None,
        missing_scopes: Sequence[str],
        detail: str | None = None,
        response: httpx.Response | None = None,
        type: str | None = "authentication_error",
        code: str | None = "permission_denied",
        attr: str | None = None,
    ) -> None:
        self.missing_scopes = tuple(missing_scopes)
        if detail is None:
            detail = f"API key missing required scope{'s' if len(missing_scopes) > 1 else ''} " + ", ".join(
                f"'{scope}'" for scope in missing_scopes
            )
        super().__init__(
            status_code=403,
            detail=detail,
            type=type,
            code=code,
            attr=attr,
            response=response,
            operation_id=operation_id,
        )


class NotFoundError(APIStatusError):
    """404: no such object (or the endpoint does not exist on this server)."""


class RateLimitError(APIStatusError):
    """429: rate limited.

    Attributes:
        retry_after: seconds to wait before trying again, when the server (or the client-side
            limiter) said; None otherwise.
    """

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)

    def _message(self) -> str:
        message = super()._message()
        if self.retry_after is not None:
            message += f"; retry after {self.retry_after:g} s"
        return message


class InternalServerError(APIStatusError):
    """5xx: the server failed (PostHog's query engine also answers 503, 504 and 512)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


def parse_error_body(content: bytes) -> dict[str, str | None]:
    """``type``, ``code``, ``detail`` and ``attr`` of an error body, whatever the body is."""
    fields: dict[str, str | None] = {"type": None, "code": None, "detail": None, "attr": None}
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict):
        for name in fields:
            fields[name] = _text(body.get(name))
        if body.get("message") is not None and body.get("type") is None:
            # The legacy {"message", "detail"} body of some analytics endpoints.
            fields["detail"] = _text(body["message"])
            if body.get("detail") is not None:
                fields["detail"] = f"{fields['detail']} ({_text(body['detail'])})"
    elif body is not None:
        fields["detail"] = _text(body)
    else:
        text = " ".join(content.decode("utf-8", errors="replace").split())
        fields["detail"] = text or None
    detail = fields["detail"]
    if detail is not None and len(detail) > _DETAIL_LIMIT:
        fields["detail"] = detail[:_DETAIL_LIMIT] + "..."
    return fields


def error_from_response(
    response: httpx.Response,
    *,
    operation_id: str | None,
    retry_after: float | None = None,
    redact: str | None = None,
) -> APIStatusError:
    """The exception for an error ``response`` whose body has been read.

    ``redact``: a secret (the API key) to mask wherever the body repeats it.
    """
    fields = parse_error_body(response.content)
    detail = fields["detail"] or response.reason_phrase or "error"
    if redact:
        detail = detail.replace(redact, "phx_***")
    common: dict[str, Any] = {
        "status_code": response.status_code,
        "type": fields["type"],
        "code": fields["code"],
        "detail": detail,
        "attr": fields["attr"],
        "response": response,
        "operation_id": operation_id,
    }
    status = response.status_code
    if status == 403:
        missing = _MISSING_SCOPE.findall(detail)
        if missing:
            del common["status_code"]
            return MissingScopeError(missing_scopes=missing, **common)
    if status == 429:
        return RateLimitError(retry_after=retry_after, **common)
    if status >= 500:
        return InternalServerError(**common)
    return _BY_STATUS.get(status, APIStatusError)(**common)


def first_error(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first ordinary exception in ``group`` (a failed request), else the group itself."""
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            inner = first_error(error)
            if inner is not error:
                return inner
        elif isinstance(error, Exception):
            return error
    return group
