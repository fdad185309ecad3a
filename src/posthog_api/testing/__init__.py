"""An in-memory PostHog for tests: ``FakePostHog``, its ASGI app, the ``posthog_fake`` fixture, and
``serve_fake`` to serve it over HTTP in a subprocess.

from posthog_api.testing import FakePostHog

fake = FakePostHog()
fake.seed_persons(100)
async with fake.client() as ph:
    report = await ph.persons.bulk_delete_batched(distinct_ids=[f"user-{i}" for i in range(100)])
assert fake.person_count() == 0
"""

from ._fake import FakePostHog, Fault, RecordedRequest
from ._handlers import HANDLERS
from ._serve import FakeServer, serve_fake
from ._store import ApiKey, Person, Project

__all__ = [
    "HANDLERS",
    "ApiKey",
    "FakePostHog",
    "FakeServer",
    "Fault",
    "Person",
    "Project",
    "RecordedRequest",
    "serve_fake",
]
