"""``kg serve``'s workers: processes that run queries on their own read-only copy of the store, so
that a query over its time or memory can be stopped at once (its process is killed and replaced),
whatever the engine is doing.

Each worker opens the store itself (a store folder read-only, or the graph file), gives up the
network where the system lets it (a network namespace of its own, so that even a SERVICE clause
that got past the text check could not connect anywhere), then runs one job at a time from a pipe:
the output comes back in chunks of about 64 KB, then one last message (the row count, or an error).

The pool hands a job to an idle worker, relays its chunks, and kills the worker when the deadline
passes, when the client goes away, or (a watchdog thread, every 0.1 s) when it uses more memory
than allowed. At most ``size`` queries run at once; the others wait for a worker within their timeout.
"""
from __future__ import annotations

import json
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import KgError, LimitError, StoreError
from .limits import Limits, memory_message, rss_bytes, timeout_message

GRACE = 1.0
"""Seconds a worker gets after the deadline to stop by itself (it checks the deadline at every row)."""

RECYCLE_MB = 256
"""A worker still holding more memory than this after a job is replaced, so that idle workers stay small."""

_DATA, _TYPE, _END, _ERROR, _READY, _FAILED = b"D", b"T", b"E", b"X", b"R", b"F"


class ClientGone(Exception):
    """The client closed its connection; its query was stopped."""


@dataclass
class Outcome:
    """How a job ended: ``status`` 200 with the rows written, or an HTTP status and a one-line message."""

    status: int = 200
    message: str = ""
    rows: int = 0
    truncated: bool = False


# ------------------------------------------------------------------ the worker process


def store_recipe(store) -> tuple:
    """What a worker needs to open ``store`` again: a folder, a graph file, or the data itself."""
    from .local import FileStore, OxigraphStore

    if isinstance(store, OxigraphStore):
        return ("folder", str(store.path))
    if isinstance(store, FileStore) and store.path is not None:
        return ("file", str(store.path), store.fmt.value)
    import pyoxigraph as ox

    return ("nquads", store._ox.dump(format=ox.RdfFormat.N_QUADS) or b"")


def _open(recipe: tuple):
    from ..formats import RdfFormat
    from .local import FileStore, OxigraphStore

    if recipe[0] == "folder":
        return OxigraphStore(recipe[1])
    if recipe[0] == "file":
        return FileStore(recipe[1], RdfFormat(recipe[2]))
    return FileStore("-", RdfFormat.nq, data=recipe[1])


def _leave_network() -> bool:
    """Move this (single-threaded) process into a network namespace of its own: no route anywhere."""
    import ctypes

    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(clone_newnet) == 0 or libc.unshare(clone_newuser | clone_newnet) == 0
    except (OSError, AttributeError):
        return False


class _PipeOut:
    """The binary file a worker writes its output to: each write is one chunk on the pipe."""

    def __init__(self, conn):
        self.conn = conn

    def write(self, data: bytes) -> int:
        self.conn.send_bytes(_DATA + bytes(data))
        return len(data)

    def content_type(self, media: str) -> None:
        """Say what the output is (before writing it)."""
        self.conn.send_bytes(_TYPE + media.encode())


Runner = Callable[[Any, dict, Any], Outcome]
"""What runs a job in a worker: ``runner(store, job, out) -> Outcome``, writing the output to ``out``; a
module-level function (it is sent to the worker by name)."""


def worker_main(conn, recipe: tuple, runner: Runner, isolate: bool) -> None:
    """A worker process: open the store, then run jobs with ``runner`` until the pipe closes."""
    if isolate:
        _leave_network()
    try:
        store = _open(recipe)
    except KgError as exc:
        conn.send_bytes(_FAILED + str(exc).encode())
        return
    conn.send_bytes(_READY)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            outcome = runner(store, job, _PipeOut(conn))
        except LimitError as exc:
            outcome = Outcome(503, str(exc))
        except KgError as exc:
            outcome = Outcome(400 if exc.exit_code == 2 else 500, str(exc))
        except Exception as exc:  # an engine error: one line back, the worker goes on
            outcome = Outcome(500, f"the query failed: {' '.join(str(exc).split()) or type(exc).__name__}")
        if outcome.status == 200:
            conn.send_bytes(_END + json.dumps({"rows": outcome.rows, "truncated": outcome.truncated}).encode())
        else:
            conn.send_bytes(_ERROR + json.dumps({"status": outcome.status, "message": outcome.message}).encode())


# ------------------------------------------------------------------ the pool, in the server process


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any
    busy_since: float | None = None
    over_memory: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


class Pool:
    """``size`` worker processes over one store, each running jobs with ``runner``.

    >>> pool = Pool(open_store("corpus.kg"), run_job, size=2)                      # doctest: +SKIP
    >>> for kind, value in pool.run({"op": "query", ...}, Limits(timeout=30)): ...   # doctest: +SKIP
    """

    def __init__(self, store, runner: Runner, size: int = 2, *, max_memory: int | None = None,
                 isolate: bool = True, log: Callable[[str], None] | None = None):
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")
        self._recipe = store_recipe(store)
        self._runner = runner
        self._isolate = isolate
        self.size = size
        self.max_memory = max_memory
        self._log = log or (lambda line: None)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        started = [self._spawn() for _ in range(size)]
        for w in started:
            self._wait_ready(w)
            self._idle.put(w)
        threading.Thread(target=self._watch, name="kg-serve-watchdog", daemon=True).start()

    # -- workers
    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_main, args=(child, self._recipe, self._runner, self._isolate),
                                 daemon=True, name="kg-serve-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _wait_ready(self, w: _Worker, timeout: float = 300.0) -> None:
        if not w.conn.poll(timeout):
            self._kill(w)
            raise StoreError("a kg serve worker did not open the store in time")
        try:
            frame = w.conn.recv_bytes()
        except (EOFError, OSError):
            frame = _FAILED + b"a kg serve worker could not start"
        if frame[:1] != _READY:
            self._kill(w)
            raise StoreError(frame[1:].decode("utf-8", "replace"))

    def _replace(self, w: _Worker) -> None:
        """Kill ``w`` and start another in its place (in the background)."""
        self._kill(w)
        if self._closed.is_set():
            return

        def start() -> None:
            try:
                fresh = self._spawn()
                self._wait_ready(fresh)
            except (StoreError, OSError) as exc:
                self._log(f"could not restart a worker ({exc}); {self.size} fewer")
                return
            self._idle.put(fresh)

        threading.Thread(target=start, daemon=True).start()

    @staticmethod
    def _kill(w: _Worker) -> None:
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        w.conn.close()

    def _watch(self) -> None:
        """Kill a busy worker whose memory goes over the limit."""
        while not self._closed.wait(0.1):
            if not self.max_memory:
                continue
            with self._lock:
                busy = list(self._busy)
            for w in busy:
                rss = rss_bytes(w.process.pid)
                if rss is not None and rss > self.max_memory:
                    w.over_memory = True
                    if w.process.is_alive():
                        w.process.kill()

    # -- jobs
    def run(self, job: dict, limits: Limits, gone: Callable[[], bool] = lambda: False) -> Iterator[tuple[str, Any]]:
        """Run ``job`` on a worker; yields ``("type", media type)``, ``("data", bytes)`` chunks, then
        ``("end", Outcome)``.

        Raises:
            LimitError: no worker was free, or the job went over its time or memory (the worker is replaced).
            ClientGone: ``gone()`` said the client left (the worker is replaced).
        """
        started = time.monotonic()
        timeout = limits.timeout or None
        job = {**job, "timeout": timeout, "max_rows": limits.max_rows, "max_bytes": limits.max_bytes}
        try:
            w = self._idle.get(timeout=timeout if timeout else None)
        except queue.Empty:
            raise LimitError(f"all {self.size} query workers stayed busy for {timeout:g} s; try again later, or "
                             f"start kg serve with more --workers") from None
        hard = started + timeout + GRACE if timeout else None
        w.busy_since, w.over_memory = time.monotonic(), False
        with self._lock:
            self._busy.add(w)
        clean = False
        try:
            w.conn.send(job)
            while True:
                wait = 0.25 if hard is None else max(0.0, min(0.25, hard - time.monotonic()))
                if w.conn.poll(wait):
                    try:
                        frame = w.conn.recv_bytes()
                    except (EOFError, OSError):
                        raise self._died(w, timeout) from None
                    kind, body = frame[:1], frame[1:]
                    if kind == _DATA:
                        yield "data", body
                        continue
                    if kind == _TYPE:
                        yield "type", body.decode()
                        continue
                    info = json.loads(body)
                    clean = True
                    if kind == _END:
                        yield "end", Outcome(rows=info["rows"], truncated=info["truncated"])
                    else:
                        yield "end", Outcome(info["status"], info["message"])
                    return
                if not w.process.is_alive():
                    raise self._died(w, timeout)
                if gone():
                    raise ClientGone()
                if hard is not None and time.monotonic() >= hard:
                    raise LimitError(timeout_message(timeout or 0))
        finally:
            with self._lock:
                self._busy.discard(w)
            w.busy_since = None
            if clean and (rss_bytes(w.process.pid) or 0) <= RECYCLE_MB * 2**20:
                self._idle.put(w)
            else:
                self._replace(w)

    def _died(self, w: _Worker, timeout: float | None) -> KgError:
        if w.over_memory:
            return LimitError(memory_message((self.max_memory or 0) / 2**20))
        return StoreError("the query worker stopped unexpectedly; the query was not answered")

    def close(self) -> None:
        self._closed.set()
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            self._kill(w)
        with self._lock:
            busy = list(self._busy)
        for w in busy:
            self._kill(w)


def default_workers() -> int:
    """Worker processes by default: one per core, at least two."""
    return max(2, os.cpu_count() or 1)

