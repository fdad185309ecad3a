"""B3's client process: walk every action of a served fake, then print the count and peak RSS.

``python -m bench._b3_client URL PAGE_SIZE`` prints ``{"count": ..., "maxrss_kib": ...,
"hwm_kib": ...}``: ``ru_maxrss``, and the kernel's high-water mark of this image's own memory
(``VmHWM``) to check it against. Linux carries the ``ru_maxrss`` of the process image that called
``exec`` over to the new one, so a client spawned straight from a big process would report that
process's size; ``bench.b3_memory`` therefore starts this module through ``sh``, which forks it.
"""

from __future__ import annotations

import json
import re
import resource
import sys
from pathlib import Path

import anyio

from posthog_api import AsyncPostHog

from ._common import client_settings


async def count_actions(url: str, page_size: int) -> int:
    count = 0
    async with AsyncPostHog(**client_settings(host=url)) as ph:
        async for _action in ph.actions.list(limit=page_size):
            count += 1
    return count


def high_water_kib() -> int:
    """``VmHWM``: the peak resident set of this process image alone, in KiB."""
    found = re.search(r"^VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    return int(found.group(1)) if found else -1


def main(argv: list[str]) -> int:
    url, page_size = argv[0], int(argv[1])
    count = anyio.run(count_actions, url, page_size)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"count": count, "maxrss_kib": peak_kib, "hwm_kib": high_water_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
