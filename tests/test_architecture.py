"""The request core's seams: typed descriptors, lazy resources, precise errors, deprecations."""

import importlib
import subprocess
import sys
import warnings
from typing import Any

import httpx
import pytest
import respx

from posthog_api import AsyncPostHog
from posthog_api._generated.operations import OPERATIONS
from posthog_api.endpoints import actions_list, domains_retrieve

from ._support import ACTION_JSON, page

pytestmark = pytest.mark.anyio


def method_of(ph: AsyncPostHog, operation_id: str) -> Any:
    operation = OPERATIONS[operation_id]
    return getattr(getattr(ph, operation.resource), operation.resource_method)


def test_deprecated_operations_are_marked_for_type_checkers_and_warn(make_client: Any) -> None:
    ph = make_client()
    deprecated = {op_id for op_id, op in OPERATIONS.items() if op.deprecated}
    assert deprecated == {"actions_count_retrieve", "actions_people_retrieve", "persons_stickiness_retrieve"}
    for operation_id in OPERATIONS:
        method = method_of(ph, operation_id)
        marked = getattr(method, "__deprecated__", None)
        if operation_id in deprecated:
            assert marked is not None, operation_id
            assert operation_id in marked
        else:
            assert marked is None, operation_id


async def test_calling_a_deprecated_operation_warns(make_client: Any, api: respx.MockRouter) -> None:
    api.get("/api/projects/1/actions/7/count/").respond(200, json=ACTION_JSON)
    async with make_client() as ph:
        with pytest.warns(DeprecationWarning, match=r"actions\.count is deprecated"):
            await ph.actions.count(7)


def test_resources_are_built_on_first_use_and_kept() -> None:
    code = (
        "import sys\n"
        "from posthog_api import AsyncPostHog\n"
        "ph = AsyncPostHog(api_key='phx_' + 'a' * 40, project_id=1)\n"
        "mods = [m for m in sys.modules if m.startswith('posthog_api._generated.resources.')]\n"
        "assert mods == [], mods\n"
        "assert 'posthog_api._generated.api.actions.actions_list' not in sys.modules\n"
        "first = ph.actions\n"
        "assert ph.actions is first\n"
        "assert 'posthog_api._generated.resources.actions' in sys.modules\n"
        "assert 'posthog_api._generated.resources.domains' not in sys.modules\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


async def test_with_options_keeps_the_subclass(make_client: Any) -> None:
    class MyPostHog(AsyncPostHog):
        def __init__(self, *, team: str, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.team = team

        def shout(self) -> str:
            return f"hi {self.team}"

    async with MyPostHog(team="growth", api_key="phx_" + "a" * 40, project_id=1) as ph:
        persons = ph.persons
        copy = ph.with_options(project_id=2)
        assert type(copy) is MyPostHog
        assert copy.shout() == "hi growth"
        assert copy.persons is not persons  # each copy has its own resources, on its settings
        assert copy.persons._requester.resolve_project_id(None) == "2"
        assert persons._requester.resolve_project_id(None) == "1"


async def test_a_bad_argument_is_a_value_error_naming_it_and_nothing_is_sent(
    make_client: Any, api: respx.MockRouter
) -> None:
    route = api.get(url__regex=r".*").respond(200, json={})
    async with make_client() as ph:
        with pytest.raises(ValueError, match=r"id must be a UUID, not 'not-a-uuid'"):
            await ph.domains.retrieve("not-a-uuid", organization_id="org-1")
        with pytest.raises(ValueError, match=r"path parameter 'id'"):
            await ph.subscriptions.retrieve("..")
    assert not route.called


async def test_a_bug_while_building_a_request_surfaces_as_itself(
    make_client: Any, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    route = api.get("/api/projects/1/actions/").respond(200, json=page([ACTION_JSON]))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("a bug of ours")

    monkeypatch.setattr(actions_list.ENDPOINT, "build_request", broken)
    async with make_client() as ph:
        with pytest.raises(TypeError, match="a bug of ours"):
            await ph.actions.list()
    assert not route.called


async def test_the_raw_path_through_ph_http_gets_auth_and_typed_errors(
    make_client: Any, api: respx.MockRouter
) -> None:
    from posthog_api import NotFoundError

    uuid = "01234567-89ab-cdef-0123-456789abcdef"
    route = api.get(f"/api/organizations/org-1/domains/{uuid}/").respond(404, json={"detail": "Not found."})
    async with make_client() as ph:
        with pytest.raises(NotFoundError):
            await domains_retrieve.asyncio_detailed("org-1", httpx_uuid(uuid), client=ph.http)
    assert route.calls[0].request.headers["Authorization"].startswith("Bearer phx_")


def httpx_uuid(value: str) -> Any:
    import uuid

    return uuid.UUID(value)


def test_endpoints_module_is_lazy_and_lists_every_operation() -> None:
    endpoints = importlib.import_module("posthog_api.endpoints")
    assert set(OPERATIONS) <= set(dir(endpoints))
    assert set(OPERATIONS) <= set(endpoints.__all__)
    with pytest.raises(AttributeError):
        endpoints.no_such_operation  # noqa: B018
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert endpoints.actions_list.ENDPOINT.operation_id == "actions_list"


def test_the_requester_is_built_without_a_client() -> None:
    from posthog_api._requester import HTTPRequester

    requester = HTTPRequester(
        httpx.AsyncClient(base_url="https://h.test"),
        project_id="5",
        organization_id=None,
        max_retry_after=1.0,
        strict_response_validation=False,
        warned=set(),
    )
    assert requester.resolve_project_id(None) == "5"
    assert requester.resolve_project_id(7) == "7"
    with pytest.raises(ValueError, match="organization_id is not set"):
        requester.resolve_organization_id(None)


def test_limits_rate_classes_and_listables_are_read_from_the_registry() -> None:
    from posthog_api import bulk, cli
    from posthog_api._generated.operations import CLOUD_RATE_LIMITS
    from posthog_api._ratelimit import CLOUD_RATE_LIMITS as client_limits
    from posthog_api._resources import MAX_IDS_PER_CALL

    bulk_delete = OPERATIONS["persons_bulk_delete_create"]
    assert bulk.MAX_BATCH_SIZE == MAX_IDS_PER_CALL == bulk_delete.max_items("ids") == 1000
    assert bulk_delete.max_items("distinct_ids") == 1000
    assert client_limits is CLOUD_RATE_LIMITS
    listable = {
        op.resource for op in OPERATIONS.values() if op.is_offset_paginated and op.resource_method == "list"
    }
    assert set(cli.LISTABLE.values()) == listable
    assert cli.LISTABLE["customer-journeys"] == "customer_journeys"


def test_dir_of_endpoints_is_what_it_exports() -> None:
    endpoints = importlib.import_module("posthog_api.endpoints")
    assert dir(endpoints) == sorted(endpoints.__all__)
    assert {"Endpoint", "RequestArgs", "Response", "UnexpectedStatus"} <= set(dir(endpoints))


def test_an_endpoint_module_is_imported_on_first_use_and_then_kept() -> None:
    endpoints = importlib.import_module("posthog_api.endpoints")
    vars(endpoints).pop("actions_retrieve", None)  # as in a fresh process: not looked up yet
    first = endpoints.actions_retrieve
    assert first.ENDPOINT.operation_id == "actions_retrieve"
    assert endpoints.actions_retrieve is first
    assert vars(endpoints)["actions_retrieve"] is first
