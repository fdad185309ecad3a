"""What the benchmark modules share: figures and targets, interleaved timing, clients, reporting."""

from __future__ import annotations

import inspect
import statistics
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from posthog_api import AsyncPostHog

MS = 0.001  # seconds in a millisecond
MB = 1_000_000  # decimal megabytes: a 10 MB target means 10,000,000 bytes
HOST = "https://posthog.example.com"
API_KEY = "phx_bench"

Comparison = Literal["<=", ">="]


class BenchmarkError(Exception):
    """A benchmark's result is wrong (not merely slow): reported as an error in every mode."""


def check(condition: bool, message: str) -> None:
    """Raise ``BenchmarkError(message)`` unless ``condition`` (unlike ``assert``, never skipped)."""
    if not condition:
        raise BenchmarkError(message)


@dataclass(frozen=True)
class Target:
    """A bound on a figure's ratio (project / reference) or difference (project - reference)."""

    comparison: Comparison
    bound: float
    on: Literal["ratio", "difference"] = "ratio"
    unit: str = ""

    def met(self, value: float) -> bool:
        return value <= self.bound if self.comparison == "<=" else value >= self.bound

    def __str__(self) -> str:
        name = "ratio" if self.on == "ratio" else "project - reference"
        unit = f" {self.unit}" if self.unit else ""
        return f"{name} {self.comparison} {self.bound:g}{unit}"


@dataclass(frozen=True)
class Figure:
    """One reported number: the project's, the reference's (measured in the same run), a target."""

    id: str
    name: str
    project: float
    reference: float
    unit: str
    target: Target | None
    notes: tuple[str, ...] = field(default=())
    # The ratio as measured when it is not simply project / reference: for timings, the median
    # of the per-round ratios (``round_ratios``), which one slow round on either side cannot move.
    measured_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.measured_ratio is not None:
            return self.measured_ratio
        return self.project / self.reference if self.reference else None

    @property
    def difference(self) -> float:
        return self.project - self.reference

    def met(self) -> bool | None:
        """Whether the target is met; None when the figure has no target."""
        if self.target is None:
            return None
        value = self.ratio if self.target.on == "ratio" else self.difference
        return value is not None and self.target.met(value)


# ---------------------------------------------------------------------------- timing


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def round_ratios(project: Sequence[float], reference: Sequence[float]) -> list[float]:
    """project / reference of each interleaved round (the samples of one round sit side by side)."""
    return [p / r for p, r in zip(project, reference, strict=True)]


def _plan(samplers: int, rounds: int, warmup: int) -> Iterator[tuple[int, bool]]:
    """(sampler index, keep the sample) in interleaved order: A B, B A, A B, ... (warm-up discarded).

    Reversing the order every other round keeps "runs right after the other one" from favouring
    either side.
    """
    for round_index in range(warmup + rounds):
        order = range(samplers) if round_index % 2 == 0 else reversed(range(samplers))
        for index in order:
            yield index, round_index >= warmup


def interleave(samplers: Sequence[Callable[[], float]], *, rounds: int, warmup: int) -> list[list[float]]:
    """The samples (seconds, bytes, ...) of every sampler, taken in interleaved rounds; one list each."""
    samples: list[list[float]] = [[] for _ in samplers]
    for index, keep in _plan(len(samplers), rounds, warmup):
        seconds = samplers[index]()
        if keep:
            samples[index].append(seconds)
    return samples


async def interleave_async(
    samplers: Sequence[Callable[[], Awaitable[float]]], *, rounds: int, warmup: int
) -> list[list[float]]:
    """``interleave`` for samplers that are coroutines (run on the caller's event loop)."""
    samples: list[list[float]] = [[] for _ in samplers]
    for index, keep in _plan(len(samplers), rounds, warmup):
        seconds = await samplers[index]()
        if keep:
            samples[index].append(seconds)
    return samples


# ---------------------------------------------------------------------------- clients


def accepts_transport() -> bool:
    """Whether this version of ``AsyncPostHog`` takes ``transport=`` (else: ``http_client=``)."""
    return "transport" in inspect.signature(AsyncPostHog).parameters


def client_mode() -> str:
    return "AsyncPostHog(transport=...)" if accepts_transport() else "AsyncPostHog(http_client=...)"


def client_settings(**overrides: Any) -> dict[str, Any]:
    """The benchmarks' ``AsyncPostHog`` arguments: a bench key, project 1, no client-side limiter."""
    return {"api_key": API_KEY, "host": HOST, "project_id": 1, "rate_limits": None, **overrides}


@asynccontextmanager
async def posthog_client(transport: httpx.AsyncBaseTransport, **settings: Any) -> AsyncIterator[AsyncPostHog]:
    """An ``AsyncPostHog`` sending through ``transport`` in process, closed (with its httpx client) after."""
    async with AsyncExitStack() as stack:
        if accepts_transport():
            ph = AsyncPostHog(transport=transport, **settings)
        else:
            http = await stack.enter_async_context(httpx.AsyncClient(transport=transport))
            ph = AsyncPostHog(http_client=http, **settings)
        yield await stack.enter_async_context(ph)


# ---------------------------------------------------------------------------- reporting

COLUMNS = ("id", "figure", "project", "reference", "ratio", "target", "status")
WIDTHS = (3, 46, 13, 13, 7, 27, 0)


def listing(values: Iterable[float], *, scale: float = 1.0, digits: int = 1) -> str:
    """``1.2, 3.4, 5.6``: samples for a note, each divided by ``scale``."""
    return ", ".join(f"{value / scale:.{digits}f}" for value in values)


def _number(value: float, unit: str) -> str:
    return f"{value:.4g} {unit}".strip()


def status(figure: Figure, *, asserted: bool) -> str:
    met = figure.met()
    if met is None:
        return "no target"
    word = "met" if met else "MISSED"
    return word if asserted else f"{word} (not asserted)"


def _row(cells: Sequence[str]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS, strict=True)).rstrip()


def header() -> str:
    return _row(COLUMNS)


def format_figure(figure: Figure, *, asserted: bool) -> str:
    ratio = figure.ratio
    cells = (
        figure.id,
        figure.name,
        _number(figure.project, figure.unit),
        _number(figure.reference, figure.unit),
        "-" if ratio is None else f"{ratio:.3f}",
        "-" if figure.target is None else str(figure.target),
        status(figure, asserted=asserted),
    )
    notes = [f"{'':{WIDTHS[0]}}  - {note}" for note in figure.notes]
    return "\n".join([_row(cells), *notes])
