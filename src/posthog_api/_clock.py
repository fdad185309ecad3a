"""Time, behind a small interface so that tests drive it instead of sleeping for real."""

from __future__ import annotations

import time
from typing import Protocol

import anyio


class Clock(Protocol):
    """What the transport stack needs of time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for intervals."""
        ...

    def time(self) -> float:
        """Wall-clock seconds since the epoch, for HTTP dates."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (cancellable)."""
        ...


class SystemClock:
    """The real clock: anyio's clock (trio's MockClock when a test installs one) and sleep."""

    def monotonic(self) -> float:
        return anyio.current_time()

    def time(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)
