"""Long waits made visible: a log record, and a notice to whoever is watching the current task.

The rate limiter and the retry loop call ``announce`` before a sleep. A wait longer than
``NOTICE_AFTER`` seconds is logged (logger ``posthog_api``, INFO) and passed to the observer set
with ``observing`` in the waiting task's context (a bulk job sets one, so that its progress line
can say "waiting 41 s for the crud rate limit"). Contexts are copied into child tasks, so one
observer set around a task group hears every task of it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeAlias

logger = logging.getLogger("posthog_api")

#: Waits at least this long (seconds) are announced.
NOTICE_AFTER = 1.0

WaitObserver: TypeAlias = Callable[[float, str], Awaitable[None]]

_observer: ContextVar[WaitObserver | None] = ContextVar("posthog_api_wait_observer", default=None)


def describe_wait(seconds: float, why: str) -> str:
    """E.g. ``waiting 41 s for the crud rate limit``."""
    return f"waiting {seconds:.0f} s {why}"


async def announce(seconds: float, why: str) -> None:
    """Log a wait of ``seconds`` (``why``: e.g. "for the crud rate limit") and tell the observer."""
    if seconds <= NOTICE_AFTER:
        return
    logger.info("%s", describe_wait(seconds, why))
    observer = _observer.get()
    if observer is not None:
        await observer(seconds, why)


@contextmanager
def observing(observer: WaitObserver) -> Iterator[None]:
    """Tell ``observer`` of long waits in this task and in the tasks it starts inside the block."""
    token = _observer.set(observer)
    try:
        yield
    finally:
        _observer.reset(token)
