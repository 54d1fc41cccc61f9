"""``kg serve``'s short-lived result cache, with request coalescing.

Two requests are the same when their key is (the endpoint builds it: the query text without leading
and trailing white space, the default and named graph IRIs, the Accept header and the limits). Then:

* **Coalescing**: a request whose twin is running waits for that one's answer (:meth:`ResultCache.join`
  says ``"wait"`` and gives the :class:`Flight` to wait on) instead of running the query again. When
  the running one cannot share its answer (its client left, or the answer was streamed past
  ``max_entry`` bytes), the waiters are told so and run the query themselves.
* **Caching**: a successful, complete answer (not cut at a row cap, not an error, not a timeout) of at
  most ``max_entry`` bytes is kept for ``seconds`` after it was finished, at most ``max_total`` bytes in
  all (the least recently used answers go first). A store written while served can therefore be up to
  ``seconds`` stale.

Nothing here knows HTTP: values are opaque, the caller gives their size. ``seconds = 0`` turns both
off (the endpoint then does not use this class at all).
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

DEFAULT_CACHE_SECONDS = 2.0
"""How long a finished answer is reused (``kg serve --cache-seconds``)."""

MAX_ENTRY = 1 << 20
"""Answers larger than this (bytes) are neither cached nor shared with waiting twins."""

MAX_TOTAL = 64 << 20
"""All cached answers together stay below this many bytes."""


class Flight:
    """A query being run for one request, that identical requests wait for."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self.value: Any = None
        self.shared = False

    def wait(self, timeout: float | None) -> bool:
        """Wait up to ``timeout`` seconds (None: forever) for the end; whether it ended."""
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        return self._done.is_set()


@dataclass
class _Entry:
    value: Any
    size: int
    expires: float


@dataclass
class CacheStats:
    """Counters since start: answers from the cache, requests that waited for a twin, queries run."""

    hits: int = 0
    coalesced: int = 0
    runs: int = 0
    stored: int = 0


class ResultCache:
    """Answers by key for ``seconds``, and the queries running now by key (thread-safe)."""

    def __init__(self, seconds: float = DEFAULT_CACHE_SECONDS, *, max_entry: int = MAX_ENTRY,
                 max_total: int = MAX_TOTAL, clock: Callable[[], float] = time.monotonic):
        self.seconds, self.max_entry, self.max_total, self._clock = seconds, max_entry, max_total, clock
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._flights: dict[Hashable, Flight] = {}
        self._total = 0
        self._lock = threading.Lock()
        self.stats = CacheStats()

    def join(self, key: Hashable) -> tuple[str, Any]:
        """What to do for a request with ``key``: ``("hit", value)`` (a cached answer), ``("wait", flight)``
        (a twin is running: wait for it, then :meth:`shared`), or ``("run", flight)`` (run the query, then
        call :meth:`finish` with this flight, whatever happens)."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                if entry.expires > self._clock():
                    self._entries.move_to_end(key)
                    self.stats.hits += 1
                    return "hit", entry.value
                self._drop(key)
            flight = self._flights.get(key)
            if flight is not None:
                self.stats.coalesced += 1
                return "wait", flight
            flight = self._flights[key] = Flight()
            self.stats.runs += 1
            return "run", flight

    def finish(self, key: Hashable, flight: Flight, value: Any = None, *, size: int = 0, share: bool = False,
               keep: bool = False) -> None:
        """End ``flight``: its waiters get ``value`` when ``share`` (else they run the query themselves);
        ``keep`` also caches it (when ``size`` fits). Calling it again for the same flight does nothing."""
        with self._lock:
            if flight.done:
                return
            if self._flights.get(key) is flight:
                del self._flights[key]
            fits = share and size <= self.max_entry
            if keep and fits and self.seconds > 0:
                self._drop(key)
                self._entries[key] = _Entry(value, size, self._clock() + self.seconds)
                self._total += size
                self.stats.stored += 1
                while self._total > self.max_total and self._entries:
                    self._drop(next(iter(self._entries)))
            flight.value, flight.shared = (value, True) if fits else (None, False)
            flight._done.set()

    def _drop(self, key: Hashable) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._total -= entry.size

    @property
    def size(self) -> int:
        """Bytes of answers held now."""
        return self._total

    def __len__(self) -> int:
        return len(self._entries)
