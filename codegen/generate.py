"""Regenerate ``src/posthog_api/_generated`` from ``openapi/posthog.yaml``.

    python codegen/generate.py            write the generated package
    python codegen/generate.py --check    exit 1 when the committed package differs from a fresh run

Steps, always the same and always from scratch in a temporary directory:

1. check that the installed openapi-python-client and ruff are the versions pinned in
   ``pyproject.toml`` (another version would generate or format differently);
2. run openapi-python-client with ``codegen/config.yaml`` and the template overrides in
   ``codegen/templates`` (async-only endpoint functions, tolerant enums, safe path segments);
3. write ``operations.py``, the operation registry, read from the YAML: openapi-python-client
   ignores scopes and vendor extensions, so this script reads them itself;
4. put a do-not-edit header on every file and format everything with ruff (``codegen/ruff.toml``);
5. replace the package, or with ``--check`` compare it with the committed one.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "posthog.yaml"
CODEGEN = ROOT / "codegen"
TARGET = ROOT / "src" / "posthog_api" / "_generated"

HEADER = (
    "# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.\n"
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Methods whose repetition the HTTP spec calls idempotent; others need x-posthog-retry-safe.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
RATE_CLASSES = ("analytics", "crud")


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


def iter_operations(document: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Every operation of the spec as the registry's fields, in the order of the file."""
    default_security = document.get("security", [])
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
            if rate_class not in RATE_CLASSES:
                raise SpecError(
                    f"{operation_id}: x-posthog-rate-class must be one of {RATE_CLASSES}, not {rate_class!r}"
                )

            http_method = method.upper()
            retry_safe = operation.get("x-posthog-retry-safe", http_method in IDEMPOTENT_METHODS)
            if not isinstance(retry_safe, bool):
                raise SpecError(f"{operation_id}: x-posthog-retry-safe must be a boolean")

            merged = {**{"parameters": path_parameters}, **operation}
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
            }


REGISTRY_PROLOGUE = '''\
"""Operation registry: what the transport stack needs to know about every operation.

Read from ``openapi/posthog.yaml`` by ``codegen/generate.py``: the method, the path template, the
API-key scopes (``security: [{PersonalAPIKeyAuth: [...]}]``; all are needed, an empty tuple means
personal API keys are refused), the rate class (``x-posthog-rate-class``), whether repeating the
request is safe (idempotent methods, or ``x-posthog-retry-safe``) and the pagination kind
(``offset`` for a ``{count, next, previous, results}`` page with ``limit``/``offset``, ``array``
for a bare JSON array).
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from attrs import frozen

RateClass = Literal["analytics", "crud"]
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

    @property
    def is_offset_paginated(self) -> bool:
        """Whether the operation answers one limit/offset page of a longer list."""
        return self.pagination == "offset"


'''


def render_registry(document: Mapping[str, Any]) -> str:
    lines = [REGISTRY_PROLOGUE, "OPERATIONS: Final[Mapping[str, Operation]] = MappingProxyType({"]
    for op in iter_operations(document):
        fields = ", ".join(f"{name}={value!r}" for name, value in op.items())
        lines.append(f"    {op['operation_id']!r}: Operation({fields}),")
    lines.append("})")
    lines.append("")
    lines.append('__all__ = ["OPERATIONS", "Operation", "Pagination", "RateClass"]')
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
    package = workdir / "_generated"
    output = run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CODEGEN / "config.yaml"),
            "--custom-template-path",
            str(CODEGEN / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--overwrite",
        ],
        cwd=workdir,
    )
    # openapi-python-client skips what it cannot parse with a warning and still exits 0.
    if "encountered" in output:
        raise SystemExit(
            f"openapi-python-client could not generate every part of the spec:\n{output}"
        )

    document = yaml.safe_load(SPEC.read_text())
    (package / "operations.py").write_text(render_registry(document))
    (package / "py.typed").unlink(missing_ok=True)

    for source in sorted(package.rglob("*.py")):
        source.write_text(HEADER + source.read_text())
    ruff_config = str(CODEGEN / "ruff.toml")
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
    run(
        [sys.executable, "-m", "ruff", "format", "--config", ruff_config, "--quiet", str(package)],
        cwd=ROOT,
    )
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache)
    return package


def tree_differences(fresh: Path, committed: Path) -> list[str]:
    """Human-readable differences between two package trees (empty when equal)."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    fresh_files, committed_files = files(fresh), files(committed)
    problems = [
        f"missing (not generated yet): {name}" for name in sorted(fresh_files - committed_files)
    ]
    problems += [
        f"not produced by the generator: {name}" for name in sorted(committed_files - fresh_files)
    ]
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
