"""A progress display for bulk jobs: a bar with rate and ETA on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["ProgressBar"]


class ProgressBar:
    """Shows ``done`` of ``total`` items.

    On a terminal the bar is redrawn in place (at most ten times a second); elsewhere (a log, a
    pipe, CI) a plain line is printed every ``interval`` seconds, so logs stay readable.

    Args:
        total: the number of items, or None when unknown (no bar and no ETA then).
        label: what is counted, e.g. ``"ids"``.
        stream: where to write; default standard error.
        interactive: force the terminal (True) or plain (False) style; default: ``stream.isatty()``.
        interval: seconds between plain lines.
        clock: a monotonic clock, for tests.
    """

    WIDTH = 30

    def __init__(
        self,
        total: int | None,
        *,
        label: str = "items",
        stream: TextIO | None = None,
        interactive: bool | None = None,
        interval: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.interval = interval
        self._clock = clock
        self._start = clock()
        self._last_draw = -float("inf")
        self._done = 0
        self._failed = 0
        self._note: str | None = None
        self._closed = False

    def update(self, done: int, *, failed: int = 0, note: str | None = None) -> None:
        """Record progress: ``done`` items handled so far, ``failed`` of them failed, and a note
        such as "waiting 41 s for the crud rate limit" (shown at once when it changes)."""
        changed = note != self._note
        self._done, self._failed, self._note = done, failed, note
        now = self._clock()
        pause = 0.1 if self.interactive else self.interval
        if now - self._last_draw >= pause or (changed and note is not None):
            self._last_draw = now
            self._draw(now)

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self._closed:
            return
        self._closed = True
        self._draw(self._clock(), final=True)

    def render(self, now: float | None = None) -> str:
        """The text of the display at ``now``."""
        now = self._clock() if now is None else now
        elapsed = max(now - self._start, 1e-9)
        rate = self._done / elapsed
        parts = []
        if self.total:
            fraction = min(self._done / self.total, 1.0)
            filled = int(fraction * self.WIDTH)
            parts.append(f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {fraction:6.1%}")
            parts.append(f"{self._done}/{self.total} {self.label}")
        else:
            parts.append(f"{self._done} {self.label}")
        parts.append(f"{rate:,.0f}/s")
        if self.total and rate > 0 and self._done < self.total:
            parts.append(f"ETA {_duration((self.total - self._done) / rate)}")
        else:
            parts.append(f"in {_duration(elapsed)}")
        if self._failed:
            parts.append(f"{self._failed} failed")
        if self._note:
            parts.append(self._note)
        return "  ".join(parts)

    def _draw(self, now: float, *, final: bool = False) -> None:
        text = self.render(now)
        if self.interactive:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
