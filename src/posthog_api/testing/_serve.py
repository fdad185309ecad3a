"""``serve_fake``: a FakePostHog served over HTTP by ``python -m posthog_api.testing`` in a subprocess."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from typing import IO

import httpx
from attrs import frozen

from ._store import DEFAULT_ORGANIZATION_ID, DEFAULT_PROJECT_ID

#: The key ``fake.client()``, the served fake's banner and ``FakeServer.env`` use (any ``phx_`` key works).
FAKE_API_KEY = "phx_fake_posthog_key"
_BANNER = re.compile(r"^FakePostHog on (?P<url>\S+) ", re.MULTILINE)
_STOP_TIMEOUT = 10.0


def environment(url: str) -> dict[str, str]:
    """The ``POSTHOG_*`` variables that point the client and the CLI at a fake served on ``url``."""
    return {
        "POSTHOG_PERSONAL_API_KEY": FAKE_API_KEY,
        "POSTHOG_HOST": url,
        "POSTHOG_PROJECT_ID": str(DEFAULT_PROJECT_ID),
        "POSTHOG_ORGANIZATION_ID": DEFAULT_ORGANIZATION_ID,
    }


@frozen
class FakeServer:
    """A FakePostHog answering over HTTP in a subprocess (see ``serve_fake``).

    ``url``: its base URL (``http://127.0.0.1:<port>``); ``env``: the ``POSTHOG_*`` variables a
    client, the CLI or another process needs to talk to it (key, host, project, organization);
    ``pid``: the subprocess's id.
    """

    url: str
    env: Mapping[str, str]
    pid: int


@contextlib.contextmanager
def serve_fake(
    *,
    port: int = 0,
    host: str = "127.0.0.1",
    latency: float = 0.0,
    seed_persons: int = 0,
    seed_actions: int = 0,
    startup_timeout: float = 60.0,
) -> Iterator[FakeServer]:
    """Serve a fresh FakePostHog over HTTP in a subprocess while the ``with`` block runs.

    Starts ``python -m posthog_api.testing`` (which needs uvicorn: the ``testing`` extra) on
    ``host`` and ``port`` (0, the default: a free port the system picks), seeded with
    ``seed_persons`` persons (distinct ids ``user-0`` ...) and ``seed_actions`` actions, adding
    ``latency`` seconds to every answer. Waits until it answers, yields a ``FakeServer``, and
    stops it when the block ends::

        with serve_fake(seed_persons=100) as server:
            subprocess.run(["posthog-api", "whoami"], env={**os.environ, **server.env}, check=True)

    Raises:
        ValueError: a negative number, or a port outside 0-65535.
        RuntimeError: the server did not answer within ``startup_timeout`` seconds or exited; the
            message holds its output.
    """
    for name, value in (("seed_persons", seed_persons), ("seed_actions", seed_actions)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a whole number, zero or more, not {value!r}")
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ValueError(f"port must be a whole number from 0 to 65535, not {port!r}")
    if not latency >= 0:
        raise ValueError(f"latency must be zero or more seconds, not {latency!r}")
    command = [sys.executable, "-m", "posthog_api.testing", "--host", host, "--port", str(port)]
    command += ["--seed-persons", str(seed_persons), "--seed-actions", str(seed_actions)]
    command += ["--latency-ms", str(latency * 1000)]
    # The output goes to a file, not a pipe: nobody reads it while the server runs, and a full
    # pipe would block the server; it is read for the banner and reported if the start fails.
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
        try:
            url = _wait_until_answering(process, output, startup_timeout)
            yield FakeServer(url=url, env=environment(url), pid=process.pid)
        finally:
            _stop(process)


def _read(output: IO[bytes]) -> str:
    output.seek(0)
    return output.read().decode(errors="replace")


def _wait_until_answering(process: subprocess.Popen[bytes], output: IO[bytes], timeout: float) -> str:
    """The served fake's URL once it answers (its banner is printed after seeding and binding)."""
    deadline = time.monotonic() + timeout
    url = None
    while True:
        if url is None:
            banner = _BANNER.search(_read(output))
            url = banner["url"] if banner else None
        if url is not None:
            try:
                httpx.get(f"{url}/api/personal_api_keys/@current/", timeout=5.0)
                return url  # any answer (a 401 here) means it is serving
            except httpx.TransportError:
                pass  # bound, not accepting yet
        if process.poll() is not None:
            raise RuntimeError(
                f"the fake PostHog exited with status {process.returncode} before answering:\n{_read(output)}"
            )
        if time.monotonic() > deadline:
            raise RuntimeError(f"the fake PostHog did not answer within {timeout:g} s:\n{_read(output)}")
        time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (uvicorn shuts down gracefully), then SIGKILL if it does not end in time."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
