"""The ``posthog_fake`` pytest fixture (registered when posthog-api is installed)."""

from __future__ import annotations

import pytest

from ._fake import FakePostHog


@pytest.fixture
def posthog_fake() -> FakePostHog:
    """A fresh ``FakePostHog`` per test: ``posthog_fake.client()`` is an ``AsyncPostHog`` on it."""
    return FakePostHog()
