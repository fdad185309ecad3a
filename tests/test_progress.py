"""The progress display: a redrawn bar on a terminal, periodic plain lines elsewhere."""

import io

import pytest

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


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_defaults_count_items_every_two_seconds_on_standard_error(capsys: pytest.CaptureFixture[str]) -> None:
    clock = Clock()
    clock.now = 100.0  # the clock need not start at zero: rates and times count from the start
    bar = ProgressBar(None, clock=clock)
    for tenth in range(41):
        clock.now = 100.0 + tenth / 10
        bar.update(tenth * 10)
    bar.close()
    bar.close()  # closing twice draws the final line once
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "0 items  0/s  in 0:00",
        "200 items  100/s  in 0:02",
        "400 items  100/s  in 0:04",
        "400 items  100/s  in 0:04",
    ]


def test_a_terminal_is_detected_and_each_draw_clears_the_line() -> None:
    clock, stream = Clock(), Terminal()
    bar = ProgressBar(4, label="ids", stream=stream, clock=clock)
    clock.now = 1.0
    bar.update(1)
    clock.now = 2.0
    bar.close()
    assert stream.getvalue() == (
        "\r\x1b[2K[#######.......................]  25.0%  1/4 ids  1/s  ETA 0:03"
        "\r\x1b[2K[#######.......................]  25.0%  1/4 ids  0/s  ETA 0:06\n"
    )


def test_a_finished_or_overrun_job_shows_its_elapsed_time_and_no_eta() -> None:
    clock = Clock()
    bar = ProgressBar(10, stream=io.StringIO(), interactive=False, clock=clock)
    clock.now = 3723.0  # 1 h 2 min 3 s
    bar.update(10)
    assert bar.render() == f"[{'#' * 30}] 100.0%  10/10 items  0/s  in 1:02:03"
    bar.update(12)
    assert bar.render().startswith(f"[{'#' * 30}] 100.0%  12/10 items")
    assert bar.render().endswith("in 1:02:03")


def test_nothing_done_yet_gives_no_eta() -> None:
    clock = Clock()
    bar = ProgressBar(10, stream=io.StringIO(), interactive=False, clock=clock)
    clock.now = 59.6
    assert bar.render() == f"[{'.' * 30}]   0.0%  0/10 items  0/s  in 1:00"


def test_a_slow_job_still_gets_an_eta() -> None:
    clock = Clock()
    bar = ProgressBar(10, stream=io.StringIO(), interactive=False, clock=clock)
    clock.now = 4000.0
    bar.update(1)
    assert bar.render().endswith("0/s  ETA 10:00:00")


def test_an_explicit_false_overrides_a_terminal() -> None:
    stream = Terminal()
    bar = ProgressBar(None, stream=stream, interactive=False, clock=Clock())
    bar.update(1)
    assert stream.getvalue().startswith("1 items  ")
    assert stream.getvalue().endswith("  in 0:00\n")
    assert "\r" not in stream.getvalue()
