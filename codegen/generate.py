"""Regenerate ``src/posthog_api/_generated`` from ``openapi/posthog.yaml``.

    python codegen/generate.py            write the generated package
    python codegen/generate.py --check    exit 1 when the committed package differs from a fresh run

Steps, always the same and always from scratch in a temporary directory:

1. check that the installed openapi-python-client and ruff are the versions pinned in
   ``pyproject.toml`` (another version would generate or format differently);
2. run openapi-python-client with ``codegen/config.yaml`` and the template overrides in
   ``codegen/templates`` (async-only endpoint functions, tolerant enums, safe path segments);
3. write ``operations.py``, the operation registry, read from the YAML: openapi-python-client
   ignores scopes and vendor extensions, so this script reads them itself; and
   ``request_checks.py``, every request body's field constraints, for FakePostHog;
4. put a do-not-edit header on every file and format everything with ruff (``codegen/ruff-generated.toml``);
5. replace the package, or with ``--check`` compare it with the committed one.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import filecmp
import importlib.metadata
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from keyword import iskeyword
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "posthog.yaml"
CODEGEN = ROOT / "codegen"
TARGET = ROOT / "src" / "posthog_api" / "_generated"

HEADER = "# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.\n"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Methods whose repetition the HTTP spec calls idempotent; others need x-posthog-retry-safe.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})


class SpecError(Exception):
    """The spec lacks something the registry needs."""


# --------------------------------------------------------------------------- pins


def pinned_versions() -> dict[str, str]:
    """The ``name==version`` pins of the dev extra in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins: dict[str, str] = {}
    for requirement in project["optional-dependencies"]["dev"]:
        match = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;]+)\s*", requirement)
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def check_pins() -> None:
    pins = pinned_versions()
    for tool in ("openapi-python-client", "ruff"):
        if tool not in pins:
            raise SystemExit(f"pyproject.toml's dev extra must pin {tool} with '=='")
        installed = importlib.metadata.version(tool)
        if installed != pins[tool]:
            raise SystemExit(
                f"{tool} {installed} is installed but pyproject.toml pins {pins[tool]}: "
                "run `make setup` so that generation is reproducible"
            )


# ----------------------------------------------------------------------- registry


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a non-reference node."""
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SpecError(f"only local references are supported, not {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _pagination(document: Mapping[str, Any], operation: Mapping[str, Any]) -> str | None:
    """``offset`` for a limit/offset page, ``array`` for a bare JSON array, else None."""
    responses = operation.get("responses", {})
    success = next((responses[code] for code in ("200", "201") if code in responses), None)
    if success is None:
        return None
    content = _resolve(document, success).get("content", {})
    schema = _resolve(document, content.get("application/json", {}).get("schema"))
    if not isinstance(schema, Mapping):
        return None
    if schema.get("type") == "array":
        return "array"
    names = {p["name"] for p in (_resolve(document, p) for p in operation.get("parameters", []))}
    page_fields = {"count", "next", "previous", "results"}
    if {"limit", "offset"} <= names and page_fields <= set(schema.get("properties", {})):
        return "offset"
    return None


def rate_classes(document: Mapping[str, Any]) -> dict[str, tuple[tuple[int, float], ...]]:
    """``x-posthog-rate-classes``: every rate class and PostHog Cloud's limits for it."""
    declared = document.get("x-posthog-rate-classes")
    if not isinstance(declared, Mapping) or not declared:
        raise SpecError("x-posthog-rate-classes must map every rate class to its cloud-limits")
    classes: dict[str, tuple[tuple[int, float], ...]] = {}
    for name, body in declared.items():
        limits = body.get("cloud-limits") if isinstance(body, Mapping) else None
        if not isinstance(limits, list) or not all(
            isinstance(pair, list)
            and len(pair) == 2
            and isinstance(pair[0], int)
            and pair[0] > 0
            and isinstance(pair[1], int | float)
            and pair[1] > 0
            for pair in limits
        ):
            raise SpecError(f"x-posthog-rate-classes.{name}.cloud-limits must be [[requests, seconds], ...]")
        classes[name] = tuple((requests, float(seconds)) for requests, seconds in limits)
    return classes


def _body_max_items(document: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[tuple[str, int], ...]:
    """``maxItems`` of every array field of the JSON request body, by field name."""
    body = _resolve(document, operation.get("requestBody", {}))
    schema = _resolve(document, body.get("content", {}).get("application/json", {}).get("schema"))
    if not isinstance(schema, Mapping):
        return ()
    limits = []
    for name, prop in schema.get("properties", {}).items():
        prop = _resolve(document, prop)
        if prop.get("type") == "array" and "maxItems" in prop:
            limits.append((name, int(prop["maxItems"])))
    return tuple(sorted(limits))


def iter_operations(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Every operation of the spec as the registry's fields, in the order of the file."""
    default_security = document.get("security", [])
    classes = tuple(rate_classes(document))
    seen: set[str] = set()
    for path, path_item in document["paths"].items():
        path_parameters = path_item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            operation = path_item[method]
            operation_id = operation.get("operationId")
            where = f"{method.upper()} {path}"
            if not operation_id:
                raise SpecError(f"{where} has no operationId")
            if operation_id in seen:
                raise SpecError(f"operationId {operation_id!r} is used twice")
            seen.add(operation_id)

            security = operation.get("security", default_security)
            scopes: list[str] = []
            for requirement in security:
                for scheme, scheme_scopes in requirement.items():
                    if scheme != "PersonalAPIKeyAuth":
                        raise SpecError(f"{operation_id}: unknown security scheme {scheme!r}")
                    scopes.extend(s for s in scheme_scopes if s not in scopes)

            rate_class = operation.get("x-posthog-rate-class")
            if rate_class not in classes:
                raise SpecError(
                    f"{operation_id}: x-posthog-rate-class must be one of {classes}, not {rate_class!r}"
                )

            http_method = method.upper()
            retry_safe = operation.get("x-posthog-retry-safe", http_method in IDEMPOTENT_METHODS)
            if not isinstance(retry_safe, bool):
                raise SpecError(f"{operation_id}: x-posthog-retry-safe must be a boolean")

            sdk = operation.get("x-posthog-sdk")
            if not isinstance(sdk, Mapping) or not {"resource", "method"} <= set(sdk):
                raise SpecError(f"{operation_id}: x-posthog-sdk must give the resource and the method")

            merged = dict(operation)
            merged["parameters"] = list(path_parameters) + list(operation.get("parameters", []))
            tags = operation.get("tags") or ["default"]
            yield {
                "operation_id": operation_id,
                "method": http_method,
                "path": path,
                "path_params": tuple(re.findall(r"\{([^}]+)\}", path)),
                "scopes": tuple(scopes),
                "rate_class": rate_class,
                "retry_safe": retry_safe,
                "pagination": _pagination(document, merged),
                "deprecated": bool(operation.get("deprecated", False)),
                "tag": tags[0],
                "summary": operation.get("summary", ""),
                "resource": sdk["resource"],
                "resource_method": sdk["method"],
                "body_max_items": _body_max_items(document, operation),
            }


REGISTRY_PROLOGUE = '''\
"""Operation registry: what the transport stack needs to know about every operation.

Read from ``openapi/posthog.yaml`` by ``codegen/generate.py``: the method, the path template, the
API-key scopes (``security: [{PersonalAPIKeyAuth: [...]}]``; all are needed, an empty tuple means
personal API keys are refused), the rate class (``x-posthog-rate-class``), whether repeating the
request is safe (idempotent methods, or ``x-posthog-retry-safe``), the pagination kind
(``offset`` for a ``{count, next, previous, results}`` page with ``limit``/``offset``, ``array``
for a bare JSON array) and the ``maxItems`` of the request body's arrays. ``resource`` and
``resource_method`` say where the operation appears on ``AsyncPostHog`` (``x-posthog-sdk``).
``CLOUD_RATE_LIMITS`` is every rate class with PostHog Cloud's limits (``x-posthog-rate-classes``).
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from attrs import frozen

Pagination = Literal["offset", "array"]


@frozen
class Operation:
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    scopes: tuple[str, ...]
    rate_class: RateClass
    retry_safe: bool
    pagination: Pagination | None
    deprecated: bool
    tag: str
    summary: str
    resource: str
    resource_method: str
    body_max_items: tuple[tuple[str, int], ...]

    @property
    def is_offset_paginated(self) -> bool:
        """Whether the operation answers one limit/offset page of a longer list."""
        return self.pagination == "offset"

    def max_items(self, field: str) -> int | None:
        """The ``maxItems`` of the request body's array ``field``, or None (no limit, no such field)."""
        return dict(self.body_max_items).get(field)


'''


def render_registry(document: Mapping[str, Any]) -> str:
    classes = rate_classes(document)
    literal = ", ".join(repr(name) for name in classes)
    prologue = REGISTRY_PROLOGUE.replace(
        "Pagination = Literal", f"RateClass = Literal[{literal}]\nPagination = Literal", 1
    )
    lines = [
        prologue,
        "CLOUD_RATE_LIMITS: Final[Mapping[str, tuple[tuple[int, float], ...]]] = MappingProxyType({",
    ]
    lines += [f"    {name!r}: {limits!r}," for name, limits in classes.items()]
    lines += ["})", "", "OPERATIONS: Final[Mapping[str, Operation]] = MappingProxyType({"]
    for op in iter_operations(document):
        fields = ", ".join(f"{name}={value!r}" for name, value in op.items())
        lines.append(f"    {op['operation_id']!r}: Operation({fields}),")
    lines.append("})")
    lines.append("")
    lines.append('__all__ = ["CLOUD_RATE_LIMITS", "OPERATIONS", "Operation", "Pagination", "RateClass"]')
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------- resources


def _code(value: Any) -> str:
    """Text of an openapi-python-client ``PythonCode`` (or anything else)."""
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


def _text(value: Any) -> str:
    """Plain text of an openapi-python-client ``UntrustedString`` (or None), whitespace folded."""
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    return " ".join(str(raw).split())


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


BOUND_PARAMETERS = ("project_id", "organization_id")


def _inner(prop: Any) -> Any:
    """The non-None member of a nullable property (``X | None``), else the property."""
    members = [m for m in getattr(prop, "inner_properties", []) if type(m).__name__ != "NoneProperty"]
    return members[0] if len(members) == 1 else prop


def _argument(prop: Any, python_name: str) -> dict[str, str]:
    """A keyword argument for ``prop``: its declaration, the expression passed on, its docs.

    Models also accept a mapping, enums one of their values and date-times an ISO 8601 string; the
    ``as_*`` helpers of ``types.py`` convert them before the request is built.
    """
    declaration = _code(prop.to_string())
    target = _inner(prop)
    kind = type(target).__name__
    element = _inner(target.inner_property) if kind == "ListProperty" else target
    element_kind = type(element).__name__
    expression = python_name
    widen: tuple[str, str] | None = None
    imports = set(prop.get_imports(prefix="."))
    if element_kind in ("ModelProperty", "EnumProperty"):
        imports.add(f"from .models.{element.class_info.module_name} import {element.class_info.name}")
    if element_kind == "ModelProperty":
        widen = (element.class_info.name, "Mapping[str, Any]")
        expression = f"as_model({python_name!r}, _models.{element.class_info.name}, {python_name})"
    elif element_kind == "EnumProperty":
        # Type checkers see the spec's values; at run time any string is accepted (a value newer
        # than the spec becomes a member of its own), which ``Enum("new")`` spells type-safely.
        values = ", ".join(f'"{value}"' for value in element.values.values())
        widen = (element.class_info.name, f"Literal[{values}]")
        many = ", many=True" if kind == "ListProperty" else ""
        expression = f"as_enum({python_name!r}, _models.{element.class_info.name}, {python_name}{many})"
    elif element_kind == "DateTimeProperty":
        widen = ("datetime.datetime", "str")
        expression = f"as_datetime({python_name!r}, {python_name})"
    if widen is not None:
        name, declared_type = declaration.split(":", 1)
        pattern = re.escape(widen[0]) + r"(?![\w.])"
        declaration = name + ":" + re.sub(pattern, f"{widen[0]} | {widen[1]}", declared_type, count=1)
    annotation = declaration.split(":", 1)[1].split("=", 1)[0].strip()
    doc = f"{python_name} ({annotation}): {_text(prop.description)}".rstrip(": ").rstrip()
    if prop.default is not None:
        doc += f" Default: {_code(prop.default.python_code)}."
    return {
        "name": python_name,
        "declaration": _builtin_list(declaration),
        "expression": expression,
        "doc": doc,
        "imports": imports,
    }


def _argument_names(document: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, str]:
    """``{JSON name: argument name}`` for the request body's properties that say
    ``x-posthog-argument`` (a wire name such as ``$unset`` whose Python spelling says nothing)."""
    content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema = _resolve(document, content.get("schema", {}))
    names: dict[str, str] = {}
    for name, node in (schema.get("properties") or {}).items():
        argument = _resolve(document, node).get("x-posthog-argument")
        if argument is not None:
            if not (isinstance(argument, str) and argument.isidentifier() and not iskeyword(argument)):
                raise SpecError(f"{operation['operationId']}: x-posthog-argument {argument!r} is not a name")
            names[name] = argument
    return names


def _body_argument(prop: Any, argument: str | None) -> dict[str, Any]:
    """A keyword argument for a request body property: ``name`` the argument (``x-posthog-argument``
    if given), ``attribute`` the body model's attribute it sets."""
    view: dict[str, Any] = {**_argument(prop, argument or prop.python_name), "attribute": prop.python_name}
    if argument is not None:
        view["declaration"] = argument + view["declaration"][len(prop.python_name) :]
    return view


def _builtin_list(annotation: str) -> str:
    """``list[...]`` spelled ``builtins.list[...]``: resource classes have a method named ``list``."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _method_view(
    document: Mapping[str, Any],
    name: str,
    declared: dict[str, Any],
    called: Any,
    soft_delete: bool,
    paginated: bool,
) -> dict[str, Any]:
    """What resources.py.jinja needs to write one resource method.

    ``declared`` is the YAML of the operation the method stands for (its docs); ``called`` the
    parsed endpoint it sends (the same operation, except for a soft delete: the PATCH one).
    """
    bound = next((p.python_name for p in called.path_parameters if p.python_name in BOUND_PARAMETERS), None)
    positional = []
    for p in called.path_parameters:
        if p.python_name == bound:
            continue
        type_string = _code(p.get_type_string())
        annotation = type_string if type_string in ("str", "int") else f"{type_string} | str"
        expression = p.python_name
        if type_string == "UUID":
            expression = f"as_uuid({p.python_name!r}, {p.python_name})"
        elif type_string not in ("str", "int"):
            raise SpecError(f"{declared['operationId']}: a {type_string} path parameter is not supported")
        positional.append(
            {
                "name": p.python_name,
                "expression": expression,
                "annotation": annotation,
                "doc": f"{p.python_name} ({annotation}): {_text(p.description)}".rstrip(": "),
            }
        )
    keyword = [] if soft_delete else [_argument(p, p.python_name) for p in called.query_parameters]
    imports: set[str] = {i.replace("from ...", "from .") for i in called.relative_imports}
    for argument in keyword:
        imports.update(argument["imports"])
    imports.add(f"from .api.{called.tags[0]} import {called.name}")
    body = None
    if called.bodies:
        model = called.bodies[0].prop
        fields = model.required_properties + model.optional_properties
        renamed = _argument_names(document, declared)
        body = {
            "class_name": model.class_info.name,
            "fields": [] if soft_delete else [_body_argument(f, renamed.get(f.name)) for f in fields],
        }
        for argument in body["fields"]:
            imports.update(argument["imports"])
    names = [a["name"] for a in positional] + [k["name"] for k in keyword]
    names += [f["name"] for f in (body["fields"] if body else [])] + ([bound] if bound else [])
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SpecError(
            f"{declared['operationId']}: parameter and body field names collide: {sorted(duplicates)}"
        )

    returns = _builtin_list(success_of(called)["type"])
    if soft_delete:
        returns = "None"  # the PATCH answers the deleted object; delete() answers nothing, like the others
    item = None
    if paginated:
        page = _success_patterns(called)[0].prop
        page_fields = page.required_properties + page.optional_properties
        results = next(f for f in page_fields if f.name == "results")
        item = results.inner_property.class_info.name

    docs = [p["doc"] for p in positional] + [k["doc"] for k in keyword]
    docs += [f["doc"] for f in (body["fields"] if body else [])]
    return {
        "name": name,
        "operation_id": declared["operationId"],
        "module": called.name,
        "tag": str(called.tags[0]),
        "summary": declared.get("summary", name).strip(),
        "description": declared.get("description", "").strip(),
        "bound": bound,
        "positional": positional,
        "keyword": keyword,
        "body": body,
        "soft_delete": soft_delete,
        "returns": returns,
        "item": item,
        "deprecated": bool(declared.get("deprecated", False)),
        "arg_docs": docs,
        "imports": imports,
    }


def resources_view(document: Mapping[str, Any], collections: Mapping[Any, Any]) -> list[dict[str, Any]]:
    """The resource classes to emit, from ``x-posthog-sdk`` and the parsed endpoints."""
    endpoints = {str(e.name): e for c in collections.values() for e in c.endpoints}
    registry = {op["operation_id"]: op for op in iter_operations(document)}
    raw = {}
    for item in document["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                raw[item[method]["operationId"]] = item[method]
    resources: dict[str, dict[str, Any]] = {}
    for operation_id, operation in raw.items():
        sdk = operation["x-posthog-sdk"]
        soft_target = sdk.get("soft-delete-with")
        if soft_target is not None and soft_target not in endpoints:
            raise SpecError(f"{operation_id}: soft-delete-with names an unknown operation {soft_target!r}")
        called = endpoints[soft_target] if soft_target else endpoints[operation_id]
        paginated = registry[operation_id]["pagination"] == "offset"
        view = _method_view(document, sdk["method"], operation, called, soft_target is not None, paginated)
        resource = resources.setdefault(
            sdk["resource"],
            {"name": sdk["resource"], "class_name": _pascal(sdk["resource"]) + "Resource", "methods": []},
        )
        if any(m["name"] == view["name"] for m in resource["methods"]):
            raise SpecError(f"{operation_id}: {sdk['resource']}.{sdk['method']} is declared twice")
        resource["methods"].append(view)
    return sorted(resources.values(), key=lambda r: r["name"])


# ------------------------------------------------------------------------ endpoints
# ``endpoint_module.py.jinja`` emits, per operation, ``build_request``, ``parse_response`` (success
# statuses only: the transport maps every error status to an exception before parsing) and an
# ``ENDPOINT`` descriptor of the class below, the one seam between resources and the requester.

ENDPOINT_MODULE = '''\
"""``Endpoint``: the typed descriptor every generated operation module exports as ``ENDPOINT``.

A resource method hands one to the requester with the operation's arguments; the requester
calls ``build_request(*args, **kwargs)``, sends the result, and parses the answer with ``parse``.
"""

import gc
from collections.abc import Callable
from typing import Any, Generic, ParamSpec, TypedDict, TypeVar, final

import httpx

P = ParamSpec("P")
T = TypeVar("T", covariant=True)


class RequestArgs(TypedDict, total=False):
    """Keyword arguments of ``httpx.AsyncClient.request`` for one operation."""

    method: str
    url: str
    extensions: dict[str, Any]
    headers: dict[str, Any]
    json: Any
    data: Any
    content: Any
    files: Any


class UnexpectedStatus(ValueError):
    """A response status the spec does not give as a success of the operation."""

    def __init__(self, operation_id: str, status_code: int, content: bytes) -> None:
        self.operation_id = operation_id
        self.status_code = status_code
        self.content = content
        super().__init__(f"{operation_id}: unexpected {status_code} response")


def untie(response: httpx.Response) -> None:
    """Let reference counting free a closed ``response`` as soon as nobody holds it.

    An ``httpx.AsyncClient`` binds every response it returns to its stream (the stream keeps the
    response, to set ``elapsed`` when it closes): a reference cycle, so the response, its body and
    its request stay in memory until Python's cyclic collector runs. Once the stream is closed it
    is not needed: a read body is kept by the response itself, and a consumed stream cannot be
    read again.
    """
    if response.is_closed:
        response.stream = _CLOSED


_CLOSED = httpx.ByteStream(b"")


@final
class Endpoint(Generic[P, T]):
    """One operation: its id, its request builder, its success parser and success type.

    Attributes:
        operation_id: the spec's ``operationId`` (also the registry key).
        build_request: the operation's arguments -> ``httpx.AsyncClient.request`` keyword arguments.
        parse_response: a success response -> its parsed body (``ValueError`` on anything else).
        success_type: the runtime class of the parsed body (a model, ``list``, ``object`` or
            ``NoneType``).
        success_statuses: the statuses ``parse_response`` accepts (none: every answer is an error,
            as for a hard ``DELETE`` PostHog refuses with 405).
    """

    __slots__ = ("build_request", "operation_id", "parse_response", "success_statuses", "success_type")

    def __init__(
        self,
        operation_id: str,
        build_request: Callable[P, RequestArgs],
        parse_response: Callable[[httpx.Response], T],
        success_type: type[Any],
        success_statuses: tuple[int, ...],
    ) -> None:
        self.operation_id = operation_id
        self.build_request = build_request
        self.parse_response = parse_response
        self.success_type = success_type
        self.success_statuses = success_statuses

    def parse(self, response: httpx.Response) -> T:
        """``parse_response(response)`` with Python's cyclic garbage collector paused.

        A page builds thousands of small, acyclic objects (decoded JSON, then models); left on,
        the collector runs several times per page over objects that cannot be garbage yet, which
        costs about a third of the parse. Reference counting still frees everything at once;
        the collector is switched back on (only if it was on) as soon as the parse returns or
        raises, and the parse never awaits, so no other task runs meanwhile. The response is
        untied first (``untie``): with the collector run less often, a cycle would keep it longer.
        """
        untie(response)
        if not gc.isenabled():
            return self.parse_response(response)
        gc.disable()
        try:
            return self.parse_response(response)
        finally:
            gc.enable()

    def __repr__(self) -> str:
        return f"Endpoint({self.operation_id!r})"


__all__ = ["Endpoint", "RequestArgs", "UnexpectedStatus", "untie"]
'''


def render_api_index(document: Mapping[str, Any]) -> str:
    """``api/__init__.py``: every operation's module by operation id, imported on first use."""
    operations = sorted(iter_operations(document), key=lambda op: op["operation_id"])
    lines = [
        '"""Every operation\'s module by operation id (``build_request``, ``parse_response``, ``ENDPOINT``,',
        "``asyncio_detailed``), each imported on first use.",
        '"""',
        "",
        "from importlib import import_module",
        "from types import ModuleType",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [
        f"    from .{op['tag']} import {op['operation_id']} as {op['operation_id']}" for op in operations
    ]
    lines += ["", "_TAGS = {"]
    lines += [f"    {op['operation_id']!r}: {op['tag']!r}," for op in operations]
    lines += [
        "}",
        "",
        "",
        "def __getattr__(name: str) -> ModuleType:",
        "    tag = _TAGS.get(name)",
        "    if tag is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    module = import_module(f".{tag}.{name}", __name__)',
        "    globals()[name] = module",
        "    return module",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(_TAGS)",
        "",
        "",
        "__all__ = [",
    ]
    lines += [f"    {op['operation_id']!r}," for op in operations]
    lines += ["]"]
    return "\n".join(lines) + "\n"


def _success_patterns(endpoint: Any) -> list[Any]:
    return [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]


def success_of(endpoint: Any) -> dict[str, Any]:
    """The success responses of ``endpoint``, their Python type and runtime class (jinja global)."""
    patterns = _success_patterns(endpoint)
    types: list[str] = []
    runtimes: list[str] = []
    for response in patterns:
        if response.status_code.range[0] != response.status_code.range[1]:
            raise SpecError(f"{endpoint.name}: a success status range is not supported")
        if response.source["attribute"] == "None":
            type_string, runtime = "None", "type(None)"
        else:
            type_string = _code(response.prop.get_type_string(no_optional=True))
            runtime = {"ListProperty": "list", "AnyProperty": "object"}.get(
                type(response.prop).__name__, type_string
            )
        if type_string not in types:
            types.append(type_string)
            runtimes.append(runtime)
    if not types:
        types, runtimes = ["None"], ["type(None)"]
    if len(set(runtimes)) > 1:
        raise SpecError(f"{endpoint.name}: success responses of different types are not supported")
    statuses = [str(r.status_code.range[0]) for r in patterns]
    return {
        "patterns": patterns,
        "type": " | ".join(types),
        "runtime": runtimes[0],
        "statuses_text": ", ".join(statuses) if statuses else "none: every answer is an error",
        "statuses_tuple": "(" + "".join(f"{s}, " for s in statuses) + ")",
    }


# ------------------------------------------------------------------ tolerant models
# Helpers of model.py.jinja (jinja globals): the kind of every field for tolerant parsing
# (``types.parse_tolerant``) and the class checks of the fast path.

_SCALAR_KINDS = {
    "StringProperty": "STRING",
    "IntProperty": "INTEGER",
    "FloatProperty": "NUMBER",
    "BooleanProperty": "BOOLEAN",
    "AnyProperty": "ANY",
    "NoneProperty": "NULL",
    "DateTimeProperty": "DATE_TIME",
    "DateProperty": "DATE",
    "UuidProperty": "UUID_STRING",
}
# Values the fast path stores as they are (no conversion that would fail by itself on a wrong
# value): the classes JSON gives them.
_CHECKED = {
    "StringProperty": ("str",),
    "IntProperty": ("int",),
    "FloatProperty": ("int", "float"),
    "BooleanProperty": ("bool",),
    "ListProperty": ("list",),
}
RESERVED_ATTRIBUTES = frozenset({"additional_properties", "validation_issues"})


def _non_null(prop: Any) -> tuple[Any, bool]:
    """The property without its ``None`` member, and whether it had one (``X | None``).

    A union of several scalars (``integer | string``: a value servers send as either) stays a
    union; a union of anything else is refused.
    """
    if type(prop).__name__ != "UnionProperty":
        return prop, False
    members = [m for m in prop.inner_properties if type(m).__name__ != "NoneProperty"]
    nullable = len(members) < len(prop.inner_properties)
    if len(members) == 1:
        return members[0], nullable
    if _scalar_members(prop) is None:
        raise SpecError(f"{prop.name}: a union of several types is not supported by tolerant parsing")
    return prop, nullable


def _scalar_members(prop: Any) -> list[Any] | None:
    """The non-null members of a union that holds scalars only (string, integer, number, boolean)."""
    members = [m for m in prop.inner_properties if type(m).__name__ != "NoneProperty"]
    scalar = all(type(m).__name__ in _CHECKED and type(m).__name__ != "ListProperty" for m in members)
    return members if scalar and len(members) > 1 else None


def _union_classes(target: Any) -> tuple[str, ...] | None:
    """The classes JSON gives the values of a scalar union (``("int", "str")``), else None."""
    members = _scalar_members(target) if type(target).__name__ == "UnionProperty" else None
    if members is None:
        return None
    return tuple(dict.fromkeys(c for m in members for c in _CHECKED[type(m).__name__]))


def field_kind(prop: Any) -> str:
    """The ``types`` expression describing ``prop`` for ``parse_tolerant``, e.g. ``Nullable(STRING)``."""
    if prop.python_name in RESERVED_ATTRIBUTES:
        raise SpecError(f"{prop.name}: the attribute name {prop.python_name!r} is taken by every model")
    target, nullable = _non_null(prop)
    name = type(target).__name__
    if name == "ListProperty":
        kind = f"ListOf({field_kind(target.inner_property)})"
    elif name == "ModelProperty":
        kind = f"ModelOf({target.class_info.name})"
    elif name == "EnumProperty":
        kind = f"EnumOf({target.class_info.name})"
    elif name in _SCALAR_KINDS:
        kind = _SCALAR_KINDS[name]
    elif name == "UnionProperty":
        members = _scalar_members(target) or []
        kind = f"Either({', '.join(_SCALAR_KINDS[type(m).__name__] for m in members)})"
    else:
        raise SpecError(f"{prop.name}: {name} is not supported by tolerant parsing")
    return f"Nullable({kind})" if nullable else kind


def _conversion(prop: Any, value: str) -> str:
    """The expression converting JSON ``value`` for ``prop`` (not null), or ``""`` if kept as it is."""
    target, _ = _non_null(prop)
    name = type(target).__name__
    if name == "ModelProperty":
        return f"{target.class_info.name}._parse_fast({value})"
    if name == "EnumProperty":
        # The member map read inline (a function call costs as much as the lookup); a value it
        # does not hold, or a falsy member, falls back to enum_member, which answers the same.
        enum = target.class_info.name
        return f"({enum}._value2member_map_.get({value}) or enum_member({enum}, {value}))"
    if name == "DateTimeProperty":
        return f"datetime.datetime.fromisoformat({value})"
    if name == "DateProperty":
        return f"datetime.date.fromisoformat({value})"
    if name == "UuidProperty":
        return f"cached_uuid({value})"
    if name == "ListProperty":
        item = _conversion(target.inner_property, "_item")
        if not item:
            return ""
        if _non_null(target.inner_property)[1]:
            item = f"(None if _item is None else {item})"
        return f"[{item} for _item in {value}]"
    return ""


def fast_field(prop: Any) -> dict[str, Any]:
    """How the fast path reads ``prop`` (model.py.jinja): ``check``, the condition under which a value
    kept as it is does not fit (identity tests, cheapest first: this is the hot path); ``convert``, the
    conversion, which fails by itself on a value that does not fit, under ``guard`` (not null, not
    absent); ``is_list``, whether the converted value must be a list first (a dict would iterate);
    ``each``, the ``types.IS_*`` set the items of a list kept as it is must be in."""
    target, nullable = _non_null(prop)
    convert = _conversion(prop, "_v")
    guard = (["_v is not None"] if nullable else []) + ([] if prop.required else ["_v is not UNSET"])
    check = ""
    classes = _CHECKED.get(type(target).__name__) or _union_classes(target)
    if classes is not None and not convert:
        check = " and ".join([f"_v.__class__ is not {name}" for name in classes] + guard)
    return {
        "check": check,
        "convert": convert,
        "guard": " and ".join(guard),
        "is_list": bool(convert) and type(target).__name__ == "ListProperty",
        "each": "" if convert else item_check(prop),
    }


def item_check(prop: Any) -> str:
    """For a list of scalars stored as they are, the ``types.IS_*`` set its items must be in, else ``""``."""
    target, _ = _non_null(prop)
    if type(target).__name__ != "ListProperty":
        return ""
    item, nullable = _non_null(target.inner_property)
    classes = _CHECKED.get(type(item).__name__)
    if classes is None or classes == ("list",):
        return ""
    name = {"str": "STR", "int": "INT", "bool": "BOOL"}.get(classes[0], "NUM")
    return f"IS_{name}_N" if nullable else f"IS_{name}"


# ------------------------------------------------------------------- request checks
# FakePostHog's request-body checks (``testing/_validation.py``), read from each operation's
# ``requestBody`` schema so that the fake refuses what the spec says is invalid and nothing is
# typed twice. Emitted as ``request_checks.py``.

REQUEST_CHECKS_PROLOGUE = '''\
"""Request-body checks: for every operation with a JSON object body, what the spec says of each field.

Read from each operation's ``requestBody`` schema in ``openapi/posthog.yaml`` by
``codegen/generate.py``. ``FakePostHog`` refuses a body that breaks them, as PostHog's serializers
do. Read-only properties are left out (a server ignores them in a request). Per field: the JSON
``kind`` (``any`` when the schema gives no type, or is a union other than "X or null"), its
``format``, whether it is ``required`` or ``nullable``, string lengths, ``enum`` values, number
bounds, array lengths, the ``items`` of an array (None: any item) and the ``fields`` of an object
with declared properties (None: any keys). Keywords not listed here (``pattern``, exclusive bounds,
``uniqueItems``) are not checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from attrs import frozen

Kind = Literal["string", "integer", "number", "boolean", "object", "array", "any"]
Scalar = str | int | float | bool


@frozen
class FieldCheck:
    """What the spec says one request-body field (or array item) must be."""

    kind: Kind
    format: str | None = None
    required: bool = False
    nullable: bool = False
    min_length: int | None = None
    max_length: int | None = None
    enum: tuple[Scalar, ...] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: FieldCheck | None = None
    fields: Mapping[str, FieldCheck] | None = None


'''
JSON_KINDS = ("string", "integer", "number", "boolean", "object", "array")
# FieldCheck's attributes in the order they are written, with the spec keyword each comes from.
_CHECK_KEYWORDS = (
    ("format", "format"),
    ("min_length", "minLength"),
    ("max_length", "maxLength"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("min_items", "minItems"),
    ("max_items", "maxItems"),
)


def _is_null_only(schema: Mapping[str, Any]) -> bool:
    """Whether a schema admits only null (``NullEnum``: ``enum: [null]``, or ``type: "null"``)."""
    return schema.get("type") == "null" or ("enum" in schema and list(schema["enum"]) == [None])


def field_check(document: Mapping[str, Any], node: Any, where: str) -> dict[str, Any]:
    """What the spec says a value must be, as ``FieldCheck``'s arguments (defaults left out)."""
    schema = _resolve(document, node)
    if not isinstance(schema, Mapping):
        raise SpecError(f"{where}: a schema must be an object, not {schema!r}")
    nullable = bool(schema.get("nullable", False))
    union = schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf")
    if union is not None:
        members = [_resolve(document, member) for member in union]
        if any(_is_null_only(member) for member in members):
            nullable = True
            members = [member for member in members if not _is_null_only(member)]
        if len(members) != 1:
            return {"kind": "any"}  # a union of several types: not checked
        check = field_check(document, members[0], where)
        return {**check, "nullable": True} if nullable else check
    kind = schema.get("type")
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else "any"
    if kind not in (*JSON_KINDS, "any"):
        raise SpecError(f"{where}: unknown type {kind!r}")
    check: dict[str, Any] = {"kind": kind}
    if nullable:
        check["nullable"] = True
    for attribute, keyword in _CHECK_KEYWORDS:
        if keyword in schema:
            check[attribute] = schema[keyword]
    if "enum" in schema:
        values = list(schema["enum"])
        if None in values:
            check["nullable"] = True
        check["enum"] = tuple(value for value in values if value is not None)
    if kind == "array" and "items" in schema:
        items = field_check(document, schema["items"], f"{where}[]")
        if items != {"kind": "any"}:
            check["items"] = items
    if kind == "object" and "properties" in schema:
        check["fields"] = object_fields(document, schema, where)
    return check


def object_fields(document: Mapping[str, Any], schema: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The writable (not ``readOnly``) properties of an object schema, each as ``field_check`` gives it."""
    required = set(schema.get("required", ()))
    fields: dict[str, Any] = {}
    for name, node in schema.get("properties", {}).items():
        prop = _resolve(document, node)
        if prop.get("readOnly", False):
            continue
        check = field_check(document, prop, f"{where}.{name}")
        if name in required:
            check["required"] = True
        fields[name] = check
    return fields


def request_body_checks(document: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Operation id -> field name -> check, for each operation whose JSON body is an object with fields."""
    checks: dict[str, dict[str, Any]] = {}
    for path, path_item in document["paths"].items():
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            operation = path_item[method]
            body = _resolve(document, operation.get("requestBody"))
            if not isinstance(body, Mapping):
                continue
            schema = _resolve(document, body.get("content", {}).get("application/json", {}).get("schema"))
            if not isinstance(schema, Mapping) or "properties" not in schema:
                continue  # no body, or one that is not an object with declared fields: not checked
            where = f"{operation['operationId']} ({method.upper()} {path}) request body"
            checks[operation["operationId"]] = object_fields(document, schema, where)
    return checks


# FieldCheck's attributes, in the order its constructor calls are written.
_CHECK_ORDER = ("kind", "format", "required", "nullable", "min_length", "max_length", "enum")
_CHECK_ORDER += ("minimum", "maximum", "min_items", "max_items", "items", "fields")


def _render_check(check: Mapping[str, Any]) -> str:
    arguments = []
    for name, value in sorted(check.items(), key=lambda item: _CHECK_ORDER.index(item[0])):
        if name == "items":
            value = _render_check(value)
        elif name == "fields":
            value = _render_fields(value)
        else:
            value = repr(value)
        arguments.append(f"{name}={value}")
    return f"FieldCheck({', '.join(arguments)})"


def _render_fields(fields: Mapping[str, Mapping[str, Any]]) -> str:
    rows = "".join(f"{name!r}: {_render_check(check)}, " for name, check in fields.items())
    return f"MappingProxyType({{{rows}}})"


def render_request_checks(document: Mapping[str, Any]) -> str:
    lines = [
        REQUEST_CHECKS_PROLOGUE,
        "REQUEST_BODIES: Final[Mapping[str, Mapping[str, FieldCheck]]] = MappingProxyType({",
    ]
    for operation_id, fields in request_body_checks(document).items():
        lines.append(f"    {operation_id!r}: {_render_fields(fields)},")
    lines.append("})")
    lines.append("")
    lines.append('__all__ = ["REQUEST_BODIES", "FieldCheck", "Kind", "Scalar"]')
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------- generation


def run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(command)}\n{output}")
    return output


def generate_into(workdir: Path) -> Path:
    """A freshly generated, formatted package under ``workdir``; returns its path."""
    # Imported here so that `--help` and the registry functions work without the generator.
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    package = workdir / "_generated"
    config = Config.from_sources(
        ConfigFile.load_from_path(CODEGEN / "config.yaml"),
        MetaType.NONE,
        SPEC,
        "utf-8",
        True,
        output_path=package,
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=CODEGEN / "templates")
    if isinstance(project, GeneratorError):
        raise SystemExit(f"openapi-python-client could not read the spec: {project.header}\n{project.detail}")
    project.env.globals.update(field_kind=field_kind, fast_field=fast_field, success_of=success_of)
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    # openapi-python-client skips what it cannot parse and reports it here; nothing may be skipped.
    if errors:
        details = "\n".join(f"{e.level}: {e.header}\n  {e.detail}" for e in errors)
        raise SystemExit(f"openapi-python-client could not generate every part of the spec:\n{details}")

    document = yaml.safe_load(SPEC.read_text())
    (package / "operations.py").write_text(render_registry(document))
    (package / "endpoint.py").write_text(ENDPOINT_MODULE)
    (package / "api" / "__init__.py").write_text(render_api_index(document))
    (package / "request_checks.py").write_text(render_request_checks(document))
    resources = resources_view(document, project.openapi.endpoint_collections_by_tag)
    (package / "resources").mkdir()
    template = project.env.get_template("resource_module.py.jinja")
    for resource in resources:
        (package / "resources" / f"{resource['name']}.py").write_text(template.render(resource=resource))
    init = project.env.get_template("resources_init.py.jinja")
    (package / "resources" / "__init__.py").write_text(init.render(resources=resources))
    # The transport maps error statuses and the requester sends: openapi-python-client's own
    # client classes and ``UnexpectedStatus`` would be dead code.
    for unused in ("py.typed", "client.py", "errors.py"):
        (package / unused).unlink(missing_ok=True)

    for source in sorted(package.rglob("*.py")):
        source.write_text(HEADER + source.read_text())
    ruff_config = str(CODEGEN / "ruff-generated.toml")
    run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--config",
            ruff_config,
            "--fix-only",
            "--quiet",
            str(package),
        ],
        cwd=ROOT,
    )
    run([sys.executable, "-m", "ruff", "format", "--config", ruff_config, "--quiet", str(package)], cwd=ROOT)
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    return package


def tree_differences(fresh: Path, committed: Path) -> list[str]:
    """Human-readable differences between two package trees (empty when equal)."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        }

    fresh_files, committed_files = files(fresh), files(committed)
    problems = [f"missing (not generated yet): {name}" for name in sorted(fresh_files - committed_files)]
    problems += [f"not produced by the generator: {name}" for name in sorted(committed_files - fresh_files)]
    for name in sorted(fresh_files & committed_files):
        if not filecmp.cmp(fresh / name, committed / name, shallow=False):
            diff = difflib.unified_diff(
                (committed / name).read_text().splitlines(keepends=True),
                (fresh / name).read_text().splitlines(keepends=True),
                fromfile=f"committed/{name}",
                tofile=f"generated/{name}",
                n=1,
            )
            problems.append(f"differs: {name}\n" + "".join(list(diff)[:40]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with the committed package instead of writing"
    )
    args = parser.parse_args(argv)

    check_pins()
    with tempfile.TemporaryDirectory(prefix="posthog-api-codegen-") as tmp:
        fresh = generate_into(Path(tmp))
        if args.check:
            problems = tree_differences(fresh, TARGET)
            if problems:
                print(
                    "src/posthog_api/_generated differs from a fresh `make generate`:",
                    file=sys.stderr,
                )
                for problem in problems:
                    print("  " + problem, file=sys.stderr)
                print(
                    "Change openapi/ or codegen/, run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("src/posthog_api/_generated matches a fresh generation.")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET)
    print(f"generated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
