"""`make demo`: serve the bundled fake PostHog on loopback, seed it, and run the privacy job on it.

No key and no network are needed: the fake accepts any phx_ key. The job itself
(examples/privacy_job.py) is the same code that runs against real PostHog.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy_job

PERSONS = 20_000
ACTIONS = 300


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(f"{url}/api/personal_api_keys/@current/", headers={"Authorization": "Bearer phx_demo"})
            return
        except httpx.TransportError:
            if process.poll() is not None:
                raise SystemExit(f"the fake PostHog exited with status {process.returncode}") from None
            if time.monotonic() > deadline:
                raise SystemExit(f"the fake PostHog did not answer on {url} within {timeout:.0f} s") from None
            time.sleep(0.1)


def main() -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "posthog_api.testing",
        "--port",
        str(port),
        "--seed-persons",
        str(PERSONS),
        "--seed-actions",
        str(ACTIONS),
    ]
    started = time.monotonic()
    server = subprocess.Popen(command)
    try:
        wait_until_serving(url, server)
        os.environ.update(
            {
                "POSTHOG_PERSONAL_API_KEY": "phx_demo_key",
                "POSTHOG_HOST": url,
                "POSTHOG_PROJECT_ID": "1",
            }
        )
        status = privacy_job.main(["--distinct-id-range", "user-", str(PERSONS)])
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"demo finished in {time.monotonic() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
