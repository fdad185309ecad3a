"""``python -m bench [--quick] [--only B1,B3]``: run the benchmarks, print every figure, check targets.

Exit status: 0 when every target is met (or ``--quick``, where sizes are tiny and targets are
reported but not asserted), 1 when a target is missed or a benchmark's result is wrong (in any
mode), 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence

from . import b1_parse, b2_bulk, b3_memory, b4_paced, b5_import, b6_bulk_memory
from ._common import Figure, client_mode, format_figure, header

Benchmark = Callable[[bool], list[Figure]]

BENCHMARKS: dict[str, Benchmark] = {
    "B1": b1_parse.run,
    "B2": b2_bulk.run,
    "B3": b3_memory.run,
    "B4": b4_paced.run,
    "B5": b5_import.run,
    "B6": b6_bulk_memory.run,
}


def selected(only: str | None) -> list[str]:
    """The benchmark ids ``--only`` names (all when None); raises ``ValueError`` on an unknown one."""
    if only is None:
        return list(BENCHMARKS)
    wanted = [name.strip().upper() for name in only.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in BENCHMARKS]
    if unknown or not wanted:
        raise ValueError(f"--only takes ids from {', '.join(BENCHMARKS)}, not {only!r}")
    return [name for name in BENCHMARKS if name in wanted]


def run_one(name: str, *, quick: bool) -> tuple[list[Figure], bool]:
    """The benchmark's figures, printed as they come, and whether it ran without error."""
    started = time.perf_counter()
    try:
        figures = BENCHMARKS[name](quick)
    except Exception:
        print(f"{name}  ERROR after {time.perf_counter() - started:.1f} s:", flush=True)
        traceback.print_exc(file=sys.stdout)
        return [], False
    for figure in figures:
        print(format_figure(figure, asserted=not quick))
    print(f"{name}  took {time.perf_counter() - started:.1f} s", flush=True)
    return figures, True


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes; targets reported, not asserted")
    parser.add_argument("--only", metavar="B1,B3", help="run only these benchmarks")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        names = selected(args.only)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    mode = "quick (targets not asserted)" if args.quick else "full"
    print(
        f"bench {datetime.datetime.now().isoformat(timespec='seconds')}: {mode}; "
        f"Python {platform.python_version()} on {platform.machine()}; client: {client_mode()}"
    )
    print(header(), flush=True)
    started = time.perf_counter()
    results = [run_one(name, quick=args.quick) for name in names]
    errors = [name for name, (_, ok) in zip(names, results, strict=True) if not ok]
    missed = [f"{f.id} {f.name}" for figures, _ in results for f in figures if f.met() is False]
    print(f"all done in {time.perf_counter() - started:.1f} s", end="; ")
    print(f"errors: {', '.join(errors) or 'none'}; targets missed: {'; '.join(missed) or 'none'}")
    return 1 if errors or (missed and not args.quick) else 0


if __name__ == "__main__":
    sys.exit(main())
