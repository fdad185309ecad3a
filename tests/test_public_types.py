"""The public typed surface: ``posthog_api.types`` and ``posthog_api.pagination``, and ``UNSET``.

Users import models, enums, page types and ``UNSET`` from ``posthog_api.types`` (lazily: importing
``posthog_api`` must stay cheap) and ``AsyncPaginator`` from ``posthog_api.pagination``; never from
``_generated`` or ``_pagination``. ``if x.steps is UNSET`` narrows for type checkers: mypy --strict
runs on ``tests/typing/user_code.py``, written as a user would write it.
"""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import posthog_api
from posthog_api import pagination, types
from posthog_api._generated import models
from posthog_api._generated import types as generated_types
from posthog_api._pagination import AsyncPaginator

USER_CODE = Path(__file__).resolve().parent / "typing" / "user_code.py"


def test_every_model_and_enum_is_reachable_from_posthog_api_types() -> None:
    assert len(models.__all__) > 40
    for name in models.__all__:
        assert getattr(types, name) is getattr(models, name), name
        assert name in types.__all__
        assert name in dir(types)
    assert {"PaginatedActionList", "Subscription", "ActionStepMatchingEnum"} <= set(types.__all__)


def test_unset_and_validation_issue_are_the_ones_models_use() -> None:
    assert types.UNSET is generated_types.UNSET is posthog_api.UNSET
    assert types.Unset is generated_types.Unset is posthog_api.Unset
    assert types.ValidationIssue is generated_types.ValidationIssue is posthog_api.ValidationIssue
    assert types.Action.from_dict({}).steps is types.UNSET


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Actoin'"):
        _ = types.Actoin  # type: ignore[attr-defined]
    with pytest.raises(ImportError):
        from posthog_api.types import Actoin  # type: ignore[attr-defined]  # noqa: F401


def test_the_paginator_has_a_public_home() -> None:
    assert pagination.AsyncPaginator is AsyncPaginator
    assert pagination.__all__ == ["AsyncPaginator"]


LAZY_PROBE = """
import sys

def loaded():
    return {m for m in sys.modules if m.startswith("posthog_api._generated.models.")}

import posthog_api
by_the_client = loaded()
import posthog_api.pagination
import posthog_api.types
assert loaded() == by_the_client, sorted(loaded() - by_the_client)
assert by_the_client == set(), sorted(by_the_client)  # resources and models load on first use
assert "posthog_api._generated.models.action" not in by_the_client
from posthog_api.types import Action
assert "posthog_api._generated.models.action" in loaded()
print(len(by_the_client))
"""


def test_the_models_are_imported_on_first_use_not_with_the_package() -> None:
    result = subprocess.run([sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_unset_is_one_false_value_that_survives_copies_and_pickles() -> None:
    unset = types.UNSET
    assert not unset
    assert bool(unset) is False
    assert repr(unset) == str(unset) == f"{unset}" == "UNSET"
    assert isinstance(unset, types.Unset)
    assert list(types.Unset) == [unset]  # the only one
    assert copy.copy(unset) is unset
    assert copy.deepcopy(unset) is unset
    assert copy.deepcopy({"steps": unset})["steps"] is unset
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(unset, protocol)) is unset
    # Pickled by an earlier version, where UNSET was pickled by its name:
    assert pickle.loads(b"cposthog_api._generated.types\nUNSET\n.") is unset


def test_mypy_strict_sees_every_public_type_and_narrows_on_unset(tmp_path: Path) -> None:
    """mypy --strict on user_code.py, from a directory without the project's mypy settings (as a
    user's project is). It fails if ``is UNSET``, ``isinstance(x, Unset)`` or truthiness stops
    narrowing, if a public name loses its type, or if an unknown name stops being an error."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--no-error-summary",
            str(USER_CODE),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
