"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from typing import Any

import anyio.lowlevel

HOST = "https://us.posthog.com"
KEY = "phx_test_key_1234567890abcdef"
ENV_VARIABLES = ("POSTHOG_PERSONAL_API_KEY", "POSTHOG_HOST", "POSTHOG_PROJECT_ID", "POSTHOG_ORGANIZATION_ID")


class FakeClock:
    """A clock whose sleeps return at once and are recorded; time moves only when they happen."""

    def __init__(self, start: float = 1_000.0, wall: float = 1_800_000_000.0) -> None:
        self.now = start
        self.wall = wall
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.wall + self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


ACTION_JSON: dict[str, Any] = {
    "id": 7,
    "name": "Signed up",
    "steps": [{"event": "$pageview", "url": "/signup", "url_matching": "contains"}],
    "created_at": "2026-11-01T10:00:00Z",
    "created_by": None,
    "is_calculating": False,
    "team_id": 1,
    "is_action": True,
}


def page(
    results: list[dict[str, Any]], *, count: int | None = None, next_url: str | None = None
) -> dict[str, Any]:
    return {
        "count": len(results) if count is None else count,
        "next": next_url,
        "previous": None,
        "results": results,
    }
