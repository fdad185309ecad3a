"""posthog-api: an async-first client for PostHog's management REST API."""

from ._client import AsyncPostHog
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MissingScopeError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    RateLimitError,
)
from ._generated.types import UNSET, Unset, ValidationIssue
from ._version import __version__

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPostHog",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "MissingScopeError",
    "NotFoundError",
    "PermissionDeniedError",
    "PostHogError",
    "RateLimitError",
    "Unset",
    "ValidationIssue",
    "__version__",
]
