"""The generated layer: every module imports and every operation can be awaited."""

import importlib
import inspect
import json
import pkgutil
import types
import uuid
from types import ModuleType
from typing import Any

import httpx
import pytest

import posthog_api._generated as generated
from posthog_api._generated.endpoint import Endpoint, UnexpectedStatus
from posthog_api._generated.operations import OPERATIONS
from posthog_api._generated.types import UNSET, Unset, path_segment

MODULES = sorted(name for _, name, _ in pkgutil.walk_packages(generated.__path__, generated.__name__ + "."))


@pytest.mark.parametrize("module_name", MODULES)
def test_every_generated_module_imports(module_name: str) -> None:
    assert importlib.import_module(module_name)


def test_every_generated_file_says_it_is_generated() -> None:
    for module_name in MODULES:
        source = inspect.getsource(importlib.import_module(module_name))
        assert source.startswith("# Generated from openapi/posthog.yaml"), module_name


def endpoint_module(operation_id: str) -> ModuleType:
    tag = OPERATIONS[operation_id].tag
    return importlib.import_module(f"posthog_api._generated.api.{tag}.{operation_id}")


def test_generated_layer_is_async_only() -> None:
    for operation_id in OPERATIONS:
        module = endpoint_module(operation_id)
        assert inspect.iscoroutinefunction(module.asyncio_detailed)
        assert not hasattr(module, "sync")
        assert not hasattr(module, "sync_detailed")


def test_every_operation_module_exports_its_endpoint_descriptor() -> None:
    for operation_id in OPERATIONS:
        module = endpoint_module(operation_id)
        endpoint = module.ENDPOINT
        assert isinstance(endpoint, Endpoint)
        assert endpoint.operation_id == operation_id
        assert endpoint.build_request is module.build_request
        assert endpoint.parse_response is module.parse_response
        assert repr(endpoint) == f"Endpoint({operation_id!r})"


def test_no_dead_error_branches_or_client_classes_are_generated() -> None:
    # The transport maps every error status, so a generated error parser would never run.
    for name in ("client", "errors"):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(f"posthog_api._generated.{name}")
    for operation_id in OPERATIONS:
        source = inspect.getsource(endpoint_module(operation_id))
        assert "models.error import" not in source, operation_id


def argument_for(parameter: inspect.Parameter) -> Any:
    """A valid value for a required generated-function argument."""
    annotation = parameter.annotation
    if isinstance(annotation, types.UnionType):
        annotation = annotation.__args__[0]
    if hasattr(annotation, "from_dict"):  # a request body model
        required = {
            "ResetPersonDistinctIdRequest": {"distinct_id": "user-1"},
            "PersonBulkDeleteRequest": {"distinct_ids": ["user-1"]},
            "ConversationViewRequest": {"name": "Inbox"},
            "CustomerJourneyRequest": {"insight": 1, "name": "Journey"},
            "OrganizationDomainRequest": {"domain": "example.com"},
            "SubscriptionRequest": {
                "target_type": "email",
                "target_value": "a@example.com",
                "frequency": "daily",
                "start_date": "2026-11-01T00:00:00Z",
            },
        }
        return annotation.from_dict(required.get(annotation.__name__, {}))
    if annotation is uuid.UUID:
        return uuid.UUID(int=7)
    if annotation is int:
        return 7
    return "abc"


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_every_operation_is_awaited_through_an_async_httpx_client(operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = httpx.AsyncClient(base_url="https://us.posthog.com", transport=httpx.MockTransport(handler))
    module = endpoint_module(operation_id)
    function = module.asyncio_detailed
    kwargs = {
        name: argument_for(p)
        for name, p in inspect.signature(function).parameters.items()
        if name != "client" and p.default is inspect.Parameter.empty
    }
    async with client:
        if 204 in module.ENDPOINT.success_statuses:
            response = await function(client=client, **kwargs)
        else:
            # The raw path refuses a status the spec does not give as the operation's success.
            with pytest.raises(UnexpectedStatus, match=f"{operation_id}: unexpected 204 response"):
                await function(client=client, **kwargs)
            response = httpx.Response(204)

    assert response.status_code == 204
    (request,) = sent
    assert request.method == operation.method
    values = {
        "project_id": "abc",
        "organization_id": "abc",
        "recording_id": "abc",
        "password_id": "abc",
        "short_id": "abc",
    }
    expected_path = operation.path.format(
        **{name: values.get(name, str(kwargs.get(name, ""))) for name in operation.path_params}
    )
    assert request.url.path == expected_path
    assert request.extensions["posthog_operation_id"] == operation_id


def test_path_parameters_cannot_leave_their_segment() -> None:
    assert path_segment("id", "a/b?c#d") == "a%2Fb%3Fc%23d"
    assert path_segment("id", "../../x") == "..%2F..%2Fx"
    for dot_segment in ("..", ".", ""):
        with pytest.raises(ValueError, match="path parameter 'id'"):
            path_segment("id", dot_segment)


@pytest.mark.anyio
async def test_the_raw_path_answers_status_headers_and_the_parsed_model() -> None:
    from posthog_api._generated.api.actions import actions_retrieve

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": 9, "name": "Signed up"}, headers={"X-Request-Id": "r1"})

    async with httpx.AsyncClient(base_url="https://h.test", transport=httpx.MockTransport(handler)) as client:
        response = await actions_retrieve.asyncio_detailed("1", 9, client=client)
    assert response.status_code == 200
    assert response.headers["X-Request-Id"] == "r1"
    assert response.parsed is not None
    assert (response.parsed.id, response.parsed.name) == (9, "Signed up")
    assert b'"Signed up"' in response.content


def test_unset_is_falsy_and_distinct_from_none() -> None:
    assert not UNSET
    assert isinstance(UNSET, Unset)
    assert UNSET is not None
    assert json.dumps({"repr": repr(UNSET)}) == '{"repr": "UNSET"}'
