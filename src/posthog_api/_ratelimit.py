"""Client-side rate limiting: sliding windows per rate class, and pauses after a 429.

``SlidingWindow`` is the pure state machine (it is given the time; it never reads a clock);
``RateLimiter`` makes tasks wait on an injected clock. All tasks of one client share one
``RateLimiter``, so together they stay inside PostHog's per-team limits.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping, Sequence
from types import EllipsisType
from typing import TypeAlias

import anyio

from ._clock import Clock
from ._errors import RateLimitError
from ._generated.operations import CLOUD_RATE_LIMITS as _registry_limits
from ._waiting import announce

RateLimits: TypeAlias = Mapping[str, Sequence[tuple[int, float]]]

#: PostHog cloud's limits for personal API keys, per team: (requests, window seconds), from the
#: spec's ``x-posthog-rate-classes``.
CLOUD_RATE_LIMITS: RateLimits = _registry_limits
RATE_CLASSES = frozenset(CLOUD_RATE_LIMITS)


def validate_rate_limits(value: RateLimits | EllipsisType | None, *, cloud: bool) -> RateLimits | None:
    """The limits to apply: ``...`` means PostHog cloud's on cloud hosts and none elsewhere.

    Raises:
        ValueError: an unknown rate class, or a window that is not (positive int, positive seconds).
    """
    if value is ...:
        return CLOUD_RATE_LIMITS if cloud else None
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError("rate_limits must be a mapping like {'crud': [(480, 60)]}, or None")
    checked: dict[str, list[tuple[int, float]]] = {}
    for rate_class, windows in value.items():
        if rate_class not in RATE_CLASSES:
            raise ValueError(
                f"rate_limits: unknown rate class {rate_class!r} (expected one of {sorted(RATE_CLASSES)})"
            )
        checked[rate_class] = []
        for window in windows:
            try:
                requests, seconds = window
            except (TypeError, ValueError):
                raise ValueError(
                    f"rate_limits[{rate_class!r}]: {window!r} is not (requests, window seconds)"
                ) from None
            if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
                raise ValueError(
                    f"rate_limits[{rate_class!r}]: requests must be a whole number >= 1, not {requests!r}"
                )
            if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds > 0:
                raise ValueError(f"rate_limits[{rate_class!r}]: window must be > 0 seconds, not {seconds!r}")
            checked[rate_class].append((requests, float(seconds)))
    return checked


#: How much longer than its window the client waits before reusing a slot, at most: the server
#: counts requests when they arrive, a little after they were sent, and by different amounts.
SAFETY_MARGIN = 0.1


class SlidingWindow:
    """At most ``requests`` admissions in any ``seconds``-long window, for every window given.

    ``margin``: extra seconds (at most 5% of the window) before a slot is reused, so that the
    server, which sees requests later than they were sent, never counts one too many. Keeps the
    admission times of the longest window (at most its request count).
    """

    def __init__(self, windows: Sequence[tuple[int, float]], *, margin: float = 0.0) -> None:
        self._windows = tuple(
            (requests, seconds + min(margin, 0.05 * seconds)) for requests, seconds in windows
        )
        self._keep = max((requests for requests, _ in self._windows), default=0)
        self._horizon = max((seconds for _, seconds in self._windows), default=0.0)
        self._admitted: deque[float] = deque()
        self._paused_until = -math.inf

    def wait_time(self, now: float) -> float:
        """Seconds until one more request may be admitted (0 if it may go now)."""
        wait = max(self._paused_until - now, 0.0)
        while self._admitted and self._admitted[0] <= now - self._horizon:
            self._admitted.popleft()
        admitted = len(self._admitted)
        for requests, seconds in self._windows:
            if admitted >= requests:
                # The request `requests` admissions back must leave the window first.
                oldest = self._admitted[admitted - requests]
                wait = max(wait, oldest + seconds - now)
        return wait

    def try_admit(self, now: float) -> float:
        """Admit a request now and return 0, or return the seconds to wait (admitting nothing)."""
        wait = self.wait_time(now)
        if wait > 0:
            return wait
        self._admitted.append(now)
        if len(self._admitted) > self._keep:
            self._admitted.popleft()
        return 0.0

    def pause_until(self, when: float) -> None:
        """Admit nothing before ``when`` (after a 429 with ``Retry-After``)."""
        self._paused_until = max(self._paused_until, when)

    def paused_for(self, now: float) -> float:
        """Seconds left of a pause (0 when not paused)."""
        return max(self._paused_until - now, 0.0)


class RateLimiter:
    """Makes tasks wait for their rate class's windows; raises instead of waiting too long."""

    def __init__(self, limits: RateLimits, clock: Clock) -> None:
        self._clock = clock
        self._windows = {
            rate_class: SlidingWindow(windows, margin=SAFETY_MARGIN) for rate_class, windows in limits.items()
        }
        self._locks: dict[str, anyio.Lock] = {}

    def pause(self, rate_class: str, seconds: float) -> None:
        """Pause ``rate_class`` for every task for ``seconds``."""
        window = self._windows.setdefault(rate_class, SlidingWindow(()))
        window.pause_until(self._clock.monotonic() + seconds)

    async def acquire(self, rate_class: str, *, max_pause: float) -> None:
        """Wait until a request of ``rate_class`` may be sent, then count it.

        Raises:
            RateLimitError: the class is paused for longer than ``max_pause`` seconds; nothing
                is sent, and ``retry_after`` says how long is left.
        """
        window = self._windows.get(rate_class)
        if window is None:
            return
        self._check_pause(rate_class, window, max_pause)
        lock = self._locks.get(rate_class)
        if lock is None:
            lock = self._locks[rate_class] = anyio.Lock()
        # One waiter at a time per class: tasks are admitted in the order they asked.
        async with lock:
            while True:
                self._check_pause(rate_class, window, max_pause)
                now = self._clock.monotonic()
                wait = window.try_admit(now)
                if wait == 0:
                    return
                paused = " (paused after a 429 from the server)" if window.paused_for(now) > 0 else ""
                await announce(wait, f"for the {rate_class} rate limit{paused}")
                await self._clock.sleep(wait)

    def _check_pause(self, rate_class: str, window: SlidingWindow, max_pause: float) -> None:
        paused = window.paused_for(self._clock.monotonic())
        if paused > max_pause:
            raise RateLimitError(
                status_code=429,
                type="throttled_error",
                code="throttled",
                detail=f"the {rate_class} rate class is paused after a 429 from the server",
                retry_after=math.ceil(paused),
            )
