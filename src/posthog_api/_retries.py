"""The retry policy: whether to retry, and how long to wait. Pure functions, no I/O."""

from __future__ import annotations

import email.utils
import math

import httpx

__all__ = ["backoff_delay", "parse_retry_after", "retryable_error", "retryable_status"]

#: Statuses worth repeating: the server may answer differently next time.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
JITTER = 0.25


def retryable_status(status_code: int, *, retry_safe: bool) -> bool:
    """Whether a response with ``status_code`` may be retried.

    A 429 always may: the server did not process the request. The others (408, 500, 502, 503,
    504) only for operations that are safe to repeat, since the server may have acted.
    """
    if status_code == 429:
        return True
    return retry_safe and status_code in RETRYABLE_STATUSES


def request_was_not_sent(error: httpx.TransportError) -> bool:
    """Whether ``error`` happened before any byte of the request reached the server."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def retryable_error(error: httpx.TransportError, *, retry_safe: bool) -> bool:
    """Whether a request that failed with ``error`` may be retried.

    If the request was never sent, any operation may be; otherwise (a timeout or a broken
    connection after sending) only operations that are safe to repeat.
    """
    if request_was_not_sent(error):
        return True
    return retry_safe and isinstance(
        error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
    )


def backoff_delay(retry_number: int, random_value: float) -> float:
    """Seconds to wait before retry ``retry_number`` (1 for the first retry).

    0.5 s doubling each retry, capped at 8 s, minus up to 25% jitter (``random_value`` in [0, 1)).
    """
    delay: float = min(INITIAL_DELAY * 2 ** (retry_number - 1), MAX_DELAY)
    return delay * (1 - JITTER * random_value)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds a ``Retry-After`` header asks for (whole seconds or an HTTP date), or None.

    ``now`` is the current wall-clock time (``time.time()``), for the date form.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(seconds, 0.0)
