"""Every public class, function and method says what it does."""

import importlib
import inspect
from collections.abc import Iterator
from functools import cached_property
from types import ModuleType

import pytest

import posthog_api
import posthog_api.bulk
import posthog_api.cli
import posthog_api.progress
import posthog_api.testing
from posthog_api._generated import resources
from posthog_api._pagination import AsyncPaginator

MODULES = [
    posthog_api,
    posthog_api.bulk,
    posthog_api.cli,
    posthog_api.progress,
    posthog_api.testing,
    resources,
    *(importlib.import_module(f"{resources.__name__}.{name}") for name in resources.RESOURCE_NAMES),
]


def public_objects() -> Iterator[tuple[str, object]]:
    seen: set[int] = set()
    roots: list[tuple[str, object]] = [(m.__name__, m) for m in MODULES] + [
        ("AsyncPaginator", AsyncPaginator)
    ]
    for module_name, module in roots:
        names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for name in names:
            value = getattr(module, name) if isinstance(module, ModuleType) else module
            if id(value) in seen or not (inspect.isclass(value) or inspect.isfunction(value)):
                continue
            seen.add(id(value))
            yield f"{module_name}.{name}", value
            if inspect.isclass(value):
                for attribute, member in vars(value).items():
                    if attribute.startswith("_") or not (
                        inspect.isfunction(member) or isinstance(member, (property, cached_property))
                    ):
                        continue
                    yield f"{module_name}.{name}.{attribute}", member


OBJECTS = sorted(public_objects(), key=lambda item: item[0])


def test_there_are_many_public_objects() -> None:
    assert len(OBJECTS) > 100


@pytest.mark.parametrize(("name", "value"), OBJECTS, ids=[name for name, _ in OBJECTS])
def test_public_object_has_a_docstring(name: str, value: object) -> None:
    doc = value.fget.__doc__ if isinstance(value, property) else getattr(value, "__doc__", None)
    if isinstance(value, cached_property):
        doc = value.func.__doc__
    assert doc is not None, f"{name} has no docstring"
    assert doc.strip(), f"{name} has an empty docstring"
