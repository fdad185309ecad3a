"""The progress display: a redrawn bar on a terminal, periodic plain lines elsewhere."""

import io

from posthog_api.progress import ProgressBar


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_shows_rate_and_eta() -> None:
    clock = Clock()
    bar = ProgressBar(1000, label="ids", stream=io.StringIO(), interactive=True, clock=clock)
    clock.now = 2.0
    bar.update(250, failed=10)
    assert bar.render() == "[#######.......................]  25.0%  250/1000 ids  125/s  ETA 0:06  10 failed"


def test_on_a_terminal_the_line_is_redrawn_in_place() -> None:
    clock, stream = Clock(), io.StringIO()
    bar = ProgressBar(10, stream=stream, interactive=True, clock=clock)
    for step in range(1, 11):
        clock.now = step * 0.2
        bar.update(step)
    bar.close()
    output = stream.getvalue()
    assert output.count("\r") == 11
    assert output.count("\n") == 1
    assert "100.0%" in output.rsplit("\r", 1)[-1]


def test_elsewhere_plain_lines_come_every_interval() -> None:
    clock, stream = Clock(), io.StringIO()
    bar = ProgressBar(None, label="ids", stream=stream, interactive=False, interval=5.0, clock=clock)
    for second in range(12):
        clock.now = float(second)
        bar.update(second * 100)
    bar.close()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert len(lines) == 4  # at 0, 5 and 10 seconds, and the final line
    assert lines[-1].startswith("1100 ids")


def test_a_wait_is_shown_at_once_and_cleared_with_the_next_update() -> None:
    clock, stream = Clock(), io.StringIO()
    bar = ProgressBar(1000, label="ids", stream=stream, interactive=False, interval=60.0, clock=clock)
    bar.update(100)  # the first line
    clock.now = 1.0
    bar.update(100, note="waiting 41 s for the crud rate limit")  # within the interval, yet drawn
    assert stream.getvalue().splitlines()[-1].endswith("  waiting 41 s for the crud rate limit")
    clock.now = 42.0
    bar.update(200)
    assert "waiting" not in bar.render()
    assert len(stream.getvalue().splitlines()) == 2  # the update without news waits for the interval
