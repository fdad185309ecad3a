"""B5: start-up cost: ``python -c "import posthog_api"`` vs ``python -c "import httpx"``.

Fresh interpreters, interleaved, median wall time of each; nothing (such as the bare
interpreter's own start-up) is subtracted, so the ratio is what a CLI user feels.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from ._common import MS, Figure, Target, check, interleave, median


@dataclass(frozen=True)
class Sizes:
    rounds: int
    warmup: int


FULL = Sizes(rounds=15, warmup=2)
QUICK = Sizes(rounds=3, warmup=1)


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False)
    check(result.returncode == 0, f"python {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return result


def import_timer(module: str) -> Callable[[], float]:
    """A sampler: seconds for a fresh interpreter to import ``module`` and exit."""

    def sample() -> float:
        start = time.perf_counter()
        _python("-c", f"import {module}")
        return time.perf_counter() - start

    return sample


def heaviest_imports(module: str, count: int = 5) -> str:
    """The modules with the largest own import time (``-X importtime``, one run), for the notes."""
    lines = _python("-X", "importtime", "-c", f"import {module}").stderr.splitlines()
    rows = []
    for line in lines:
        fields = line.removeprefix("import time:").split("|")
        if len(fields) == 3 and fields[0].strip().isdigit():
            rows.append((int(fields[0]), fields[2].strip()))
    rows.sort(reverse=True)
    return ", ".join(f"{name} {micros / 1000:.1f} ms" for micros, name in rows[:count])


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    project, reference = interleave(
        [import_timer("posthog_api"), import_timer("httpx")], rounds=sizes.rounds, warmup=sizes.warmup
    )
    return [
        Figure(
            id="B5",
            name="python -c 'import posthog_api'",
            project=median(project) / MS,
            reference=median(reference) / MS,
            unit="ms",
            target=Target("<=", 2),
            notes=(
                f"reference: python -c 'import httpx'; median of {sizes.rounds} interleaved fresh "
                f"interpreters each, {sizes.warmup} warm-up; nothing subtracted",
                f"largest own import times (one -X importtime run): {heaviest_imports('posthog_api')}",
            ),
        )
    ]
