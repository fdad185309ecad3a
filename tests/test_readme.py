"""Every code block of README.md runs, against a fake PostHog served on loopback.

How each kind of block runs:

- ``python``: as a script in a fresh interpreter, in a scratch directory, with POSTHOG_* set to
  the fake (a block holding pytest tests runs under pytest);
- ``sh``: with bash (``set -e``), in the scratch directory (``examples/`` linked in, ``ids.txt``
  there), with three substitutions that keep a test from changing the machine it runs on:
  ``export POSTHOG_...=`` lines are dropped (the fake's settings stand), ``make X`` runs as
  ``make -n X`` (``make test`` inside ``make test`` would never end), and ``pip install`` runs
  with ``--dry-run``;
- ``yaml`` (the add-an-endpoint example): merged into a copy of the spec, which must validate;
- a block with no language (the folder tree): every path it names must exist.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from posthog_api.testing import FakeServer, serve_fake

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
BLOCK = re.compile(r"^(?P<indent>[ ]*)```(?P<lang>[a-z]*)\n(?P<body>.*?)^(?P=indent)```$", re.M | re.S)


def blocks() -> list[tuple[str, str, int]]:
    found = []
    for match in BLOCK.finditer(README):
        body = textwrap.dedent("\n".join(line[len(match["indent"]) :] for line in match["body"].splitlines()))
        found.append((match["lang"], body, README.count("\n", 0, match.start()) + 1))
    return found


BLOCKS = blocks()
ID_RANGES = itertools.count()


def test_the_readme_has_the_blocks_this_harness_knows() -> None:
    assert {lang for lang, _, _ in BLOCKS} <= {"python", "sh", "yaml", ""}
    assert len([b for b in BLOCKS if b[0] == "python"]) >= 8


def test_python_blocks_cover_every_resource() -> None:
    from posthog_api._generated.operations import OPERATIONS

    text = "\n".join(body for lang, body, _ in BLOCKS if lang == "python")
    for resource in {op.resource for op in OPERATIONS.values()}:
        assert f"ph.{resource}." in text, f"no README example uses ph.{resource}"


@pytest.fixture(scope="module")
def fake_server() -> Iterator[FakeServer]:
    with serve_fake(seed_persons=10_000, seed_actions=120) as server:
        yield server


@pytest.fixture
def scratch(tmp_path: Path, fake_server: FakeServer) -> tuple[Path, dict[str, str]]:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    # Fresh persons for every block: a block deleting ids another block deleted would find nobody.
    start = 2500 + 100 * next(ID_RANGES)
    (tmp_path / "ids.txt").write_text("".join(f"user-{i}\n" for i in range(start, start + 100)))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("POSTHOG_")}
    environment.update(fake_server.env)
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return tmp_path, environment


def run(command: list[str], cwd: Path, env: dict[str, str], where: int) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"README block at line {where} failed:\n{result.stdout}\n{result.stderr}"


@pytest.mark.parametrize(
    ("body", "where"), [(b, w) for lang, b, w in BLOCKS if lang == "python"], ids=lambda v: str(v)[:0] or None
)
def test_python_blocks_run(body: str, where: int, scratch: tuple[Path, dict[str, str]]) -> None:
    cwd, env = scratch
    script = cwd / "block.py"
    script.write_text(body)
    if "def test_" in body:
        run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(script)], cwd, env, where)
    else:
        run([sys.executable, str(script)], cwd, env, where)


def shell(body: str) -> str:
    lines = ["set -euo pipefail"]
    for line in body.splitlines():
        if line.startswith("export ") and all(a.startswith("POSTHOG_") for a in line.split()[1:]):
            continue  # the fake's settings stand in for these
        line = re.sub(r"^make (.*)$", rf"make -C {ROOT} -n \1", line)
        line = re.sub(
            r"pip install (.*)$", rf"pip install --dry-run --no-deps --no-build-isolation {ROOT}", line
        )
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize(("body", "where"), [(b, w) for lang, b, w in BLOCKS if lang == "sh"])
def test_shell_blocks_run(body: str, where: int, scratch: tuple[Path, dict[str, str]]) -> None:
    cwd, env = scratch
    run(["bash", "-c", shell(body)], cwd, env, where)


@pytest.mark.parametrize(("body", "where"), [(b, w) for lang, b, w in BLOCKS if lang == "yaml"])
def test_yaml_blocks_extend_the_spec_validly(body: str, where: int) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "posthog.yaml").read_text())
    addition = yaml.safe_load(body)
    assert not set(addition) & set(spec["paths"]), f"block at line {where} repeats a path"
    spec["paths"].update(addition)
    validate(spec)


@pytest.mark.parametrize(("body", "where"), [(b, w) for lang, b, w in BLOCKS if lang == ""])
def test_folder_trees_name_real_paths(body: str, where: int) -> None:
    # Each line: entries (comma-separated, or folders separated by spaces), then a description
    # after two spaces. An indented entry lives in the nearest less indented folder above it;
    # a placeholder such as ``<tag>`` stands for every name, so only what precedes it is checked.
    parents: list[tuple[int, str]] = []
    for line in body.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        while parents and parents[-1][0] >= indent:
            parents.pop()
        base = parents[-1][1] if parents else ""
        chunks = re.split(r"\s{2,}", line.strip())
        folders_only = all(chunk.endswith("/") for chunk in chunks)
        entries = chunks if folders_only else [e.strip() for e in chunks[0].split(",")]
        for name in entries:
            path = (base + name).split("<")[0]
            assert (ROOT / path).exists(), (
                f"README block at line {where} names {base + name}, which does not exist"
            )
        if len(entries) == 1 and entries[0].endswith("/"):
            parents.append((indent, base + entries[0]))
