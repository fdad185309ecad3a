"""serve_fake serves a FakePostHog over HTTP in a subprocess, hands over what a client needs, and stops
it; ``python -m posthog_api.testing`` prints the lines a user pastes to point the CLI at it."""

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import anyio
import httpx
import pytest

from posthog_api import AsyncPostHog
from posthog_api.testing import FakePostHog, serve_fake

POSTHOG_API = str(Path(sys.executable).parent / "posthog-api")


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_served_fake_answers_with_its_seeds_and_its_env_points_a_client_at_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def use_it() -> None:
        async with AsyncPostHog() as ph:  # everything from the environment
            assert (await ph.actions.list()).count == 2
            deleted = await ph.persons.bulk_delete(distinct_ids=[f"user-{i}" for i in range(5)])
            assert deleted.persons_deleted == 5
            assert (await ph.domains.list()).count == 0  # the organization too

    with serve_fake(seed_persons=5, seed_actions=2) as server:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)
        assert dict(server.env) == {
            "POSTHOG_PERSONAL_API_KEY": "phx_fake_posthog_key",
            "POSTHOG_HOST": server.url,
            "POSTHOG_PROJECT_ID": "1",
            "POSTHOG_ORGANIZATION_ID": FakePostHog.DEFAULT_ORGANIZATION_ID,
        }
        for name, value in server.env.items():
            monkeypatch.setenv(name, value)
        anyio.run(use_it)
    assert _gone(server.pid)  # stopped when the block ended
    with pytest.raises(httpx.TransportError):
        httpx.get(server.url)


def test_a_fake_that_cannot_start_is_reported_with_its_output() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        expected = r"(?s)exited with status \d+ before answering:.*in use"
        with pytest.raises(RuntimeError, match=expected), serve_fake(port=port):
            pass


@pytest.mark.parametrize(
    "arguments",
    [{"seed_persons": -1}, {"seed_actions": 1.5}, {"port": 70000}, {"latency": -0.1}],
)
def test_serve_fake_refuses_bad_numbers_before_starting_anything(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=next(iter(arguments))), serve_fake(**arguments):
        pass


def test_the_banner_prints_the_export_line_that_points_the_cli_at_the_fake() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "posthog_api.testing", "--port", "0", "--seed-persons", "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        (export,) = [line.strip() for line in lines if line.strip().startswith("export ")]
        assert re.search(r"POSTHOG_HOST=http://127\.0\.0\.1:\d+ ", export)
        environment = {k: v for k, v in os.environ.items() if not k.startswith("POSTHOG_")}
        # Pasted into a shell as printed, the line is all the CLI needs.
        whoami = subprocess.run(
            ["bash", "-c", f'{export}\n"{POSTHOG_API}" whoami'],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert whoami.returncode == 0, whoami.stdout + whoami.stderr
    finally:
        process.terminate()
        process.wait(timeout=10)


def _child(code: str, output: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", code], stdout=output, stderr=subprocess.STDOUT)


def test_a_fake_that_never_answers_is_reported_after_the_timeout_with_its_output() -> None:
    from posthog_api.testing._serve import _wait_until_answering

    hanging = (
        "import sys, time; sys.stdout.buffer.write(b'\\xffstarting\\n'); sys.stdout.flush(); time.sleep(30)"
    )
    with tempfile.TemporaryFile() as output:
        process = _child(hanging, output)
        try:
            with pytest.raises(RuntimeError) as caught:
                _wait_until_answering(process, output, 0.5)
        finally:
            process.kill()
            process.wait()
    assert str(caught.value) == "the fake PostHog did not answer within 0.5 s:\n\ufffdstarting\n"


def test_a_fake_that_ignores_sigterm_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    from posthog_api.testing import _serve

    stubborn = (
        "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(30)"
    )
    monkeypatch.setattr(_serve, "_STOP_TIMEOUT", 0.3)
    with tempfile.TemporaryFile() as output:
        process = _child(stubborn, output)
        while b"ready" not in (output.seek(0) or output.read()):
            time.sleep(0.01)
        _serve._stop(process)
    assert process.returncode == -signal.SIGKILL


def test_the_servers_output_is_read_from_its_start_and_bad_bytes_are_replaced() -> None:
    from posthog_api.testing._serve import _read

    with tempfile.TemporaryFile() as output:
        output.write(b"\xffFakePostHog on http://127.0.0.1:1 ")
        assert _read(output) == "\ufffdFakePostHog on http://127.0.0.1:1 "
        assert _read(output) == "\ufffdFakePostHog on http://127.0.0.1:1 ", "read again, from the start"
