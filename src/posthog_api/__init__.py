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
from ._version import __version__

__all__ = [
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
    "__version__",
]
