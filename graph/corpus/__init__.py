"""Corpus builds: many articles in, one graph or store out, in parallel, with progress.

Inputs (:func:`iter_items`, :mod:`.inputs`) are streamed, never read all at once:

* files (``.txt``, ``.md``, ``.html``... read as :mod:`graph.ingest` reads them);
* folders, walked recursively for those extensions and ``.jsonl`` files (hidden entries skipped);
* glob patterns (``'news/**/*.html'``, quoted so that kg expands them, ``**`` crossing folders);
* JSONL files (``.jsonl``, ``.ndjson``, optionally ``.gz``): one article per line, a JSON object with
  ``text`` or ``html`` and optional ``url``, ``title``, ``date`` (ISO 8601) and ``lang`` (``fr``/``en``);
* ``-``: stdin, one article, or JSONL when its first line is such a JSON object.

A bad input (missing, binary, empty, not UTF-8, a JSONL line that is not an article) becomes an
:class:`Item` with an error; the build reports it and goes on.

Extraction (:func:`build`) runs where ``executor`` says: in this process (one article, or
``jobs=1``), in a pool of ``jobs`` worker processes (forkserver, else spawn; each worker builds
the pipeline once and keeps it), or on a Dask cluster (``dask://host:port``). Work goes out in
batches (NER runs over a batch with ``nlp.pipe``); a worker returns each article's triples, and
this process writes them to the *sink* (:class:`StoreSink`: one transaction per article, articles
already in the store skipped by content hash; :class:`DatasetSink`: an in-memory graph). Only a
bounded number of batches is in flight, so memory does not grow with the corpus.

>>> from graph.corpus import StoreSink, build                        # doctest: +SKIP
>>> from graph.store import open_store                                # doctest: +SKIP
>>> with open_store("corpus.kg", create=True) as st:                  # doctest: +SKIP
...     summary = build(["news/", "crawl.jsonl"], StoreSink(st), jobs=4)
>>> print(summary.line())                                            # doctest: +SKIP
"""
from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import BuildError, UsageError, error_class
from ..ingest import MAX_CHARS
from ..model import Article
from .inputs import Item, _is_jsonl, article_from_record, count_items, iter_items
from .progress import BuildSummary, Progress
from .sinks import DatasetSink, StoreSink
from .workers import DaskExecutor, PoolExecutor, Result, SerialExecutor, Settings, extract_batch

__all__ = ["build", "iter_items", "count_items", "article_from_record", "Item", "DatasetSink", "StoreSink",
           "BuildSummary", "Progress", "Settings", "Result", "extract_batch", "default_jobs"]

#: Below this many articles to extract, a build runs in this process: starting workers costs more.
POOL_MIN_ARTICLES = 4
BATCH_SIZE = 8


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _settings(lang: str, kb_files, model, extract: Callable | None) -> tuple[Settings, bool]:
    """Settings for the workers, and whether they can leave this process.

    ``extract`` defaults to :func:`graph.pipeline.extract`, looked up now so that a replacement
    (tests, custom extractors) is used; one that cannot be pickled keeps the build in this process.
    """
    import pickle
    import sys

    fn = extract
    if fn is None:
        # not imported yet, so not replaced: the workers import it (a one-article build forks its NER first)
        pipeline = sys.modules.get(__name__.rpartition(".")[0] + ".pipeline")
        if pipeline is None:
            return Settings(lang, tuple(kb_files or ()), model, None), True
        fn = pipeline.extract
    original = getattr(fn, "__module__", None) == "graph.pipeline" and getattr(fn, "__name__", None) == "extract"
    settings = Settings(lang, tuple(kb_files or ()), model, None if original else fn)
    try:
        pickle.dumps(settings)
        return settings, True
    except Exception:
        return settings, False


def _batches(pairs: Iterator[tuple[str, Article]], size: int) -> Iterator[list]:
    batch: list = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(inputs: list[str], sink, *, lang: str = "auto", kb_files: Iterable[Path] = (), model: str | None = None,
          jobs: int | None = None, executor: str | None = None, progress: Progress | None = None,
          on_error: Callable[[str, str], None] | None = None, batch_size: int = BATCH_SIZE,
          stdin=None, extract: Callable | None = None,
          on_article: Callable[[str, str], None] | None = None, max_chars: int = MAX_CHARS) -> BuildSummary:
    """Read, extract and write every article of ``inputs`` into ``sink``; returns what happened.

    Args:
        inputs: files, folders, glob patterns, JSONL files or ``-`` (see :func:`iter_items`).
        sink: a :class:`StoreSink` or :class:`DatasetSink`.
        jobs: worker processes (default: the number of cores); 1 extracts in this process.
        executor: ``None``/``"local"`` (processes on this machine) or ``"dask://host:port"``.
        progress: where to show progress (default: nowhere).
        on_error: called with ``(display, message)`` for each article that failed, as it fails, and for
            each folder entry skipped without failing (a symlink loop: its files are read once).
        extract: what extracts one article (default: :func:`graph.pipeline.extract`).
        on_article: called with ``(display, verdict)`` for each article written or skipped, the
            verdict being ``added``, ``replaced`` or ``unchanged``.
        max_chars: the most characters an article may have (:data:`graph.ingest.MAX_CHARS`); a longer
            one fails as it is read, before any work.

    Raises:
        InputError: the only input could not be read.
        BuildError: no article could be built (each failure was passed to ``on_error`` first).
    """
    progress = progress or Progress(False)
    summary = BuildSummary()
    started = time.monotonic()
    settings, portable = _settings(lang, kb_files, model, extract)
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    inputs = [str(i) for i in inputs]
    single = len(inputs) == 1 and inputs[0] != "-" and Path(inputs[0]).is_file() and not _is_jsonl(inputs[0])

    error_kinds: dict[str, str] = {}     # display -> the KgError class an extraction raised
    held: list[tuple[str, str]] = []     # failures not reported yet: the only input's error is raised instead
    seen = 0

    def report(display: str, message: str) -> None:
        if seen < 2:
            held.append((display, message))
        elif on_error:
            on_error(display, message)

    def fail(display: str, message: str, kind: str | None) -> None:
        summary.failures.append((display, message))
        if kind:
            error_kinds[display] = kind
        progress.advance(failed=True)
        report(display, message)

    def done(display: str, verdict: str) -> None:
        setattr(summary, verdict, getattr(summary, verdict) + 1)
        if on_article:
            on_article(display, verdict)

    def to_extract() -> Iterator[tuple[str, Article]]:
        nonlocal seen
        for item in iter_items(inputs, stdin=stdin, max_chars=max_chars):
            if item.warning is not None:
                if on_error:
                    on_error(item.display, item.warning)
                continue
            seen += 1
            if seen == 2 and held:
                for display, message in held:
                    report(display, message)
                held.clear()
            if item.error is not None or item.article is None:
                fail(item.display, item.error or f"{item.display}: nothing to read", "InputError")
                continue
            verdict = sink.plan(item.article)
            if verdict is None:
                yield item.display, item.article
                continue
            done(item.display, verdict)
            progress.advance()

    if max_chars < 1:
        raise UsageError(f"--max-chars {max_chars}: give the most characters an article may have, 1 or more")
    known = ("local", "processes")
    if executor and executor not in known and not executor.startswith(("dask://", "tcp://", "tls://", "inproc://")):
        raise UsageError(f"--executor {executor!r} is unknown; use local (processes on this machine) or dask://HOST:PORT")
    remote = executor if executor and executor not in known else None
    if remote and not portable:
        raise UsageError("this extract function cannot be sent to Dask workers (it cannot be pickled)")
    runner: Any = DaskExecutor(settings, remote) if remote else None   # reach the cluster before anything else
    progress.start(1 if single else None)
    try:
        if progress.enabled and not single and "-" not in inputs:
            threading.Thread(target=lambda: progress.set_total(count_items(inputs)), daemon=True).start()
        pairs = to_extract()
        ahead: list = []
        if runner is None and portable and jobs > 1:
            for pair in pairs:                 # look ahead: a handful of articles is faster in this process
                ahead.append(pair)
                if len(ahead) >= POOL_MIN_ARTICLES:
                    break
        if runner is None:
            pool = portable and jobs > 1 and len(ahead) >= POOL_MIN_ARTICLES
            runner = PoolExecutor(settings, jobs) if pool else SerialExecutor(settings)
        summary.executor = runner.name
        batches = _batches(itertools.chain(ahead, pairs), batch_size if runner.name != "serial" else 1)
        for results in runner.run(batches):
            for r in results:
                if r.error is not None:
                    fail(r.display, r.error, r.error_kind)
                    continue
                done(r.display, sink.write(r))
                summary.facts += r.facts
                summary.triples += len(r.triples)
                summary.entities.update(r.entities)
                progress.advance()
    except BaseException:                        # interrupted, or failing: the workers stop now
        if runner is not None:
            runner.close(abort=True)
            runner = None
        raise
    finally:
        if runner is not None:
            runner.close()
        progress.stop()
    summary.seconds = time.monotonic() - started
    if seen == 1 and summary.failures:           # the only article: its error is the build's
        display, message = summary.failures[0]
        kind = error_kinds.get(display)
        raise error_class(kind)(message) if kind not in (None, "BuildError") else BuildError(message, summary.failures)
    if summary.failures and summary.failed == summary.articles:
        raise BuildError(f"none of the {summary.articles} inputs could be built", summary.failures)
    return summary
