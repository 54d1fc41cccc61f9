"""What a build shows: a rich progress bar on a terminal's stderr, and a summary."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any


@dataclass
class BuildSummary:
    """What a build did. ``added``/``replaced``/``unchanged`` count articles; failures are listed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    facts: int = 0
    triples: int = 0
    entities: set[str] = field(default_factory=set)
    seconds: float = 0.0
    executor: str = "serial"

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged + len(self.failures)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        """``12 articles in 3.1 s (3.9/s): 10 added, 0 replaced, 1 unchanged, 1 failed; 85 facts, 40 entities``."""
        rate = f" ({self.articles / self.seconds:.1f}/s)" if self.seconds > 0 and self.articles > 1 else ""
        return (f"{self.articles} article{'s' * (self.articles != 1)} in {self.seconds:.1f} s{rate}: "
                f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, {self.failed} failed; "
                f"{self.facts} facts, {len(self.entities)} entities")


def _progress_bar(console):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        """Articles per second (rich has no items-per-second column)."""

        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:5.1f} articles/s" if speed else "    – articles/s", style="progress.data.speed")

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    Rate(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    TextColumn("{task.fields[failed]}"), console=console, transient=False,
                    refresh_per_second=4, speed_estimate_period=20)


class Progress:
    """A rich progress bar on stderr, or nothing. Messages go through it so the bar stays whole."""

    def __init__(self, enabled: bool, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self._bar: Any = None        # a rich Progress while a build runs
        self._task: Any = None
        self._failed = 0

    @staticmethod
    def wanted(quiet: bool, stream=None) -> bool:
        """On when not quiet and ``stream`` (stderr) is a terminal."""
        stream = stream or sys.stderr
        try:
            return not quiet and stream.isatty()
        except (AttributeError, ValueError):
            return False

    def start(self, total: int | None = None) -> None:
        if not self.enabled:
            return
        from rich.console import Console

        console = Console(file=self.stream, stderr=self.stream is sys.stderr)
        self._bar = bar = _progress_bar(console)
        self._task = bar.add_task("building", total=total, failed="")
        bar.start()

    def set_total(self, total: int | None) -> None:
        if self._bar is not None and total is not None:
            self._bar.update(self._task, total=total)

    def advance(self, failed: bool = False) -> None:
        if self._bar is None:
            return
        self._failed += failed
        self._bar.update(self._task, advance=1, failed=f"{self._failed} failed" if self._failed else "")

    def message(self, text: str) -> None:
        if self._bar is not None:
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
