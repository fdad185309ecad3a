"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType
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
    "bytecode_error": None,
    "pinned_at": None,
    "creation_context": "",
    "user_access_level": "editor",
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


# ------------------------------------------------------------------ calling every facade method

#: A UUID for the resources whose ids are UUIDs.
SAMPLE_UUID_ID = "0b6c1b4e-1111-4000-8000-000000000001"
UUID_ID_RESOURCES = frozenset({"customer_journeys", "domains"})
#: A valid value for every argument some facade method cannot do without.
SAMPLE_ARGUMENTS: dict[str, Any] = {
    "short_id": "inbox",
    "recording_id": "rec-1",
    "password_id": "pw-1",
    "person_id": "0b6c1b4e-2222-4000-8000-000000000002",
    "target_date": "2026-11-01",
    "lifecycle_type": "new",
    "name": "n",
    "insight": 1,
    "target_type": "email",
    "target_value": "a@example.com",
    "frequency": "daily",
    "start_date": "2026-11-01T00:00:00+00:00",
    "domain": "example.com",
    "distinct_id": "user-1",
    "unset": "plan",
    "properties": {"plan": "pro"},
    "key": "plan",
    "value": "pro",
}


def required_arguments(operation_id: str, method: Any) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments for ``method``: only those it cannot do without."""
    from posthog_api._generated.operations import OPERATIONS

    resource = OPERATIONS[operation_id].resource
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            uuid_id = name == "id" and resource in UUID_ID_RESOURCES
            args.append(SAMPLE_UUID_ID if uuid_id else SAMPLE_ARGUMENTS.get(name, 7))
        elif parameter.default is inspect.Parameter.empty:
            kwargs[name] = SAMPLE_ARGUMENTS[name]
    if operation_id == "persons_bulk_delete_create":
        kwargs["distinct_ids"] = ["user-1"]  # optional to the signature, required by the call
    return args, kwargs


def load_codegen() -> ModuleType:
    """``codegen/generate.py`` as a module (it is a script, not part of the package)."""
    path = Path(__file__).resolve().parent.parent / "codegen" / "generate.py"
    spec = importlib.util.spec_from_file_location("codegen_generate", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["codegen_generate"] = module
    spec.loader.exec_module(module)
    return module


def run_cli(fake: Any, *argv: str, **client_kwargs: Any) -> int:
    """``posthog-api *argv`` in process, its clients made by ``fake`` (``client_kwargs`` added)."""
    import os

    from posthog_api.cli import main

    def make_client(**settings: Any) -> Any:
        if "POSTHOG_PERSONAL_API_KEY" in os.environ:  # AsyncPostHog would read it; fake.client() would not
            settings.setdefault("api_key", os.environ["POSTHOG_PERSONAL_API_KEY"])
        return fake.client(**{**settings, **client_kwargs})

    return main(list(argv), make_client=make_client)


def ids_file(tmp_path: Path, lines: list[str], name: str = "ids.txt") -> str:
    """A file of ids, one per line, in ``tmp_path``; returns its path."""
    path = tmp_path / name
    path.write_text("".join(f"{line}\n" for line in lines))
    return str(path)
