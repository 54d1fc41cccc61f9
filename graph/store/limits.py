"""How long a query may run, how much it may return, and how kg stops one that goes over.

Oxigraph evaluates lazily, so kg checks the deadline at every row it reads and a query that keeps
producing rows stops on time. A query busy inside one step (sorting or grouping a huge result, a
join that finds nothing for minutes) does not come back to Python until it is done; it is stopped
from outside: ``kg query`` ends its own process (:func:`hard_stop`), ``kg serve`` kills the worker
process that runs it (:mod:`graph.store.pool`).
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..errors import LimitError

DEFAULT_TIMEOUT = 30.0
"""Seconds a query may run (``--timeout``), on the command line and in ``kg serve``."""

DEFAULT_MAX_ROWS = 10_000
"""Rows (or triples) ``kg serve`` returns for one query (``--max-rows``); the result is cut there."""

DEFAULT_MAX_RESPONSE_MB = 64
"""Megabytes ``kg serve`` sends for one query (``--max-response-mb``); a larger response is aborted."""

DEFAULT_MAX_MEMORY_MB = 1024
"""Megabytes of memory a ``kg serve`` worker process may use for one query (``--max-memory-mb``)."""


@dataclass(frozen=True)
class Limits:
    """What one query may use. ``None`` (or 0) means no limit."""

    timeout: float | None = DEFAULT_TIMEOUT
    max_rows: int | None = None
    max_bytes: int | None = None
    max_memory: int | None = None


def timeout_message(seconds: float) -> str:
    return (f"the query ran for more than {seconds:g} s and was stopped; narrow it (a LIMIT, a more specific "
            f"pattern) or give a longer --timeout")


def memory_message(megabytes: float) -> str:
    return (f"the query needed more than {megabytes:g} MB of memory and was stopped; narrow it (a LIMIT, a more "
            f"specific pattern, no ORDER BY over everything)")


class Deadline:
    """A point in time a query must finish by; ``seconds`` None or 0: never."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds or None
        self.at = time.monotonic() + self.seconds if self.seconds else None

    def remaining(self) -> float | None:
        """Seconds left (0 when passed), None without a deadline."""
        return None if self.at is None else max(0.0, self.at - time.monotonic())

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def check(self) -> None:
        """Raise :class:`LimitError` once the deadline has passed."""
        if self.expired():
            raise LimitError(timeout_message(self.seconds or 0))


@contextmanager
def hard_stop(seconds: float | None, on_expire: Callable[[], None], grace: float = 2.0) -> Iterator[None]:
    """Call ``on_expire`` (from another thread) if the block is still running ``grace`` seconds after
    ``seconds``: the backstop for a query stuck inside the engine, which the row-by-row deadline cannot reach.
    ``on_expire`` is expected to end the process."""
    if not seconds:
        yield
        return
    timer = threading.Timer(seconds + grace, on_expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def rss_bytes(pid: int) -> int | None:
    """The resident memory of process ``pid`` in bytes (Linux ``/proc``), None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
