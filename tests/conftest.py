"""Shared fixtures: every async test runs on both asyncio and trio (anyio's pytest plugin)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import respx

from posthog_api import AsyncPostHog

from ._support import ENV_VARIABLES, HOST, KEY, FakeClock


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """A respx router for the US cloud host; a request to any unmocked route fails the test."""
    with respx.mock(base_url=HOST, assert_all_called=False, assert_all_mocked=True) as router:
        yield router


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No POSTHOG_* variable of the machine running the tests leaks in."""
    for variable in ENV_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def make_client(clock: FakeClock, clean_env: None) -> Any:
    """Build an AsyncPostHog with the fake clock, no jitter and a clean environment."""

    def make(**kwargs: Any) -> AsyncPostHog:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("project_id", 1)
        kwargs.setdefault("_clock", clock)
        kwargs.setdefault("_random", lambda: 0.0)
        return AsyncPostHog(**kwargs)

    return make
