"""FakePostHog answers every operation of the spec, and says so plainly when it has no handler for one."""

from typing import Any

import httpx
import pytest

from posthog_api import InternalServerError
from posthog_api._generated.operations import OPERATIONS
from posthog_api.testing import HANDLERS, FakePostHog

pytestmark = pytest.mark.anyio


async def get(fake: FakePostHog, path: str) -> httpx.Response:
    async with fake.http_client() as http:
        return await http.get(path, headers={"Authorization": "Bearer phx_handlers"})


def test_every_operation_of_the_spec_has_a_fake_handler() -> None:
    assert sorted(set(OPERATIONS) - set(HANDLERS)) == []
    assert sorted(set(HANDLERS) - set(OPERATIONS)) == []


async def test_an_operation_without_a_handler_answers_501_naming_it() -> None:
    fake = FakePostHog(handlers={k: v for k, v in HANDLERS.items() if k != "actions_list"})
    fake.add_action(name="still here")

    response = await get(fake, "/api/projects/1/actions/")

    assert response.status_code == 501
    assert response.json() == {
        "type": "server_error",
        "code": "not_implemented",
        "detail": "actions_list (GET /api/projects/{project_id}/actions/) is not implemented in FakePostHog",
        "attr": None,
    }
    assert fake.requests[-1].operation_id == "actions_list"
    async with fake.client() as ph:
        with pytest.raises(
            InternalServerError, match=r"actions_list \(GET .*\) is not implemented in FakePostHog"
        ):
            await ph.actions.list()
        action = await ph.actions.retrieve(1)  # the other operations still answer
    assert action.name == "still here"


async def test_a_missing_handler_answers_after_the_key_is_checked() -> None:
    fake = FakePostHog(handlers={k: v for k, v in HANDLERS.items() if k != "actions_list"})
    async with fake.http_client() as http:
        response = await http.get("/api/projects/1/actions/")
    assert response.status_code == 401


def test_handlers_for_operations_the_spec_lacks_are_refused() -> None:
    def answer(context: Any) -> tuple[int, Any]:
        return 200, {}

    with pytest.raises(ValueError, match="actions_lsit"):
        FakePostHog(handlers={**HANDLERS, "actions_lsit": answer})
