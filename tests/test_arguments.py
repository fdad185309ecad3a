"""Bad arguments are the promised ``ValueError`` before anything is sent; a count is never ``True``."""

from typing import Any

import httpx
import pytest

from posthog_api import AsyncPostHog

from ._support import ACTION_JSON, KEY, page

pytestmark = pytest.mark.anyio


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=page([ACTION_JSON]))


def client_for(make_client: Any, recorder: Recorder, **kwargs: Any) -> AsyncPostHog:
    client: AsyncPostHog = make_client(transport=httpx.MockTransport(recorder), **kwargs)
    return client


SUBSCRIPTION = {
    "target_type": "email",
    "target_value": "a@example.com",
    "frequency": "daily",
    "start_date": "2026-01-01T00:00:00Z",
}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(lambda ph: ph.actions.retrieve(""), "'id' must not be ''", id="empty path id"),
        pytest.param(
            lambda ph: ph.actions.update("", name="x"), "'id' must not be ''", id="empty path id on update"
        ),
        pytest.param(lambda ph: ph.actions.delete(".."), "'id' must not be '..'", id="dot-dot path id"),
        pytest.param(lambda ph: ph.actions.retrieve(None), "'id' must be an id, not None", id="None path id"),
        pytest.param(
            lambda ph: ph.subscriptions.list(target_type=["email"]),
            r"target_type must be one of .*, not \['email'\]",
            id="enum query parameter given a list",
        ),
        pytest.param(
            lambda ph: ph.subscriptions.create(**{**SUBSCRIPTION, "byweekday": "monday"}),
            r"byweekday must be a list of ByweekdayEnum values, not 'monday'",
            id="enum list given a string",
        ),
        pytest.param(
            lambda ph: ph.subscriptions.create(**{**SUBSCRIPTION, "target_type": 5}),
            r"target_type must be one of 'email', .* \(or a TargetTypeEnum\), not 5",
            id="enum given an int",
        ),
        pytest.param(
            lambda ph: ph.subscriptions.create(**{**SUBSCRIPTION, "frequency": ["daily"]}),
            r"frequency must be one of .*, not \['daily'\]",
            id="enum given a list",
        ),
        pytest.param(
            lambda ph: ph.actions.retrieve(7, project_id="my-project"),
            "project_id must be a project number",
            id="project id not a number",
        ),
        pytest.param(
            lambda ph: ph.domains.list(organization_id="acme"),
            "organization_id must be an organization UUID",
            id="organization id not a UUID",
        ),
    ],
)
async def test_a_bad_argument_is_a_value_error_and_nothing_is_sent(
    make_client: Any, call: Any, message: str
) -> None:
    recorder = Recorder()
    async with client_for(make_client, recorder) as ph:
        with pytest.raises(ValueError, match=message):
            await call(ph)
    assert recorder.requests == []


# ------------------------------------------------------------------ True is not a count


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_retries": True}, "max_retries must be a whole number"),
        ({"timeout": True}, "timeout must be a number"),
        ({"max_retry_after": True}, "max_retry_after must be a number"),
        ({"rate_limits": {"crud": [(True, 60)]}}, "requests must be a whole number >= 1, not True"),
        ({"rate_limits": {"crud": [(480, True)]}}, "window must be > 0 seconds, not True"),
        ({"rate_limits": {"analytics": [(240, 60), (1200, True)]}}, r"rate_limits\['analytics'\]"),
    ],
)
def test_true_is_refused_where_the_client_expects_a_count(
    clean_env: None, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        AsyncPostHog(api_key=KEY, **kwargs)


@pytest.mark.parametrize("setting", ["max_retries", "timeout", "max_retry_after"])
def test_true_is_refused_by_with_options(clean_env: None, setting: str) -> None:
    ph = AsyncPostHog(api_key=KEY)
    with pytest.raises(ValueError, match=setting):
        ph.with_options(**{setting: True})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"batch_size": True}, "batch_size must be a whole number from 1 to 1000, not True"),
        ({"concurrency": True}, "concurrency must be a whole number, 1 or more, not True"),
        ({"dedupe_window": True}, "dedupe_window must be a whole number, 0 or more, not True"),
    ],
)
async def test_true_is_refused_where_the_bulk_job_expects_a_count(
    make_client: Any, kwargs: dict[str, Any], message: str
) -> None:
    recorder = Recorder()
    async with client_for(make_client, recorder) as ph:
        with pytest.raises(ValueError, match=message):
            await ph.persons.bulk_delete_batched(distinct_ids=["a", "b"], **kwargs)
    assert recorder.requests == []
