"""Corpus builds: many articles in, one graph or store out, in parallel, with progress.

Inputs (:func:`iter_items`) are streamed, never read all at once:

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

import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import BuildError, InputError, KgError, UsageError
from .model import Article

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
#: Below this many articles to extract, a build runs in this process: starting workers costs more.
POOL_MIN_ARTICLES = 4
BATCH_SIZE = 8
#: A pool worker is replaced after this many batches (about 4,000 articles, ~2 s to start a new one):
#: spaCy's vocabulary only grows with the words it meets, so a long build must not keep one forever.
WORKER_BATCHES = 500


# ====================================================================== inputs


@dataclass
class Item:
    """One input article, or why it could not be read. ``display`` names it in messages."""

    display: str
    article: Article | None = None
    error: str | None = None


def _suffixes() -> set[str]:
    from .ingest import SUFFIXES

    return SUFFIXES


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _has_magic(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _walk(folder: Path, suffixes: set[str] | None = None) -> Iterator[Path]:
    """Article files under ``folder`` in path order, hidden files and folders skipped; one folder
    is listed at a time, so a huge tree is never held in memory."""
    suffixes = suffixes or _suffixes()
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir():
            yield from _walk(Path(e.path), suffixes)
        elif e.is_file() and (Path(e.name).suffix.lower() in suffixes or _is_jsonl(e.name)):
            yield Path(e.path)


def _glob(pattern: str) -> list[Path]:
    import glob

    return sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())


def iter_items(inputs: Iterable[str], *, stdin=None) -> Iterator[Item]:
    """Every article of ``inputs`` (files, folders, glob patterns, JSONL files, ``-``), lazily.

    Articles found in a folder are named by their path relative to it (``2024/05/a.txt``), so two
    ``index.html`` in different sub-folders stay two articles.
    """
    for arg in inputs:
        arg = str(arg)
        if arg == "-":
            yield from _stdin_items(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for p in _walk(path):
                found = True
                yield from _file_items(p, str(p), p.relative_to(path).as_posix())
            if not found:
                yield Item(arg, error=f"{arg}: no .txt, .md, .html or .jsonl files in this folder")
        elif _has_magic(arg) and not path.exists():
            matches = _glob(arg)
            if not matches:
                yield Item(arg, error=f"{arg}: no file matches this pattern")
            for p in matches:
                yield from _file_items(p, str(p), p.name)
        else:
            yield from _file_items(path, arg, path.name)


def count_items(inputs: Iterable[str]) -> int | None:
    """How many items :func:`iter_items` will yield (None with stdin): for a progress bar's total."""
    n = 0
    for arg in inputs:
        arg = str(arg)
        if arg == "-":
            return None
        path = Path(arg)
        if path.is_dir():
            files = list(_walk(path)) or [None]
        elif _has_magic(arg) and not path.exists():
            files = _glob(arg) or [None]
        else:
            files = [path]
        for p in files:
            n += _count_jsonl(p) if p is not None and _is_jsonl(p.name) else 1
    return n


def _count_jsonl(path: Path) -> int:
    try:
        with _open_jsonl(path) as fh:
            return sum(1 for line in fh if line.strip()) or 1
    except OSError:
        return 1


def _open_jsonl(path: Path):
    if path.name.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def _file_items(path: Path, display: str, name: str) -> Iterator[Item]:
    from .ingest import read_path

    if _is_jsonl(path.name):
        try:
            fh = _open_jsonl(path)
        except FileNotFoundError:
            yield Item(display, error=f"{display}: no such file; check the path")
            return
        except OSError as exc:
            yield Item(display, error=f"{display}: cannot read it ({exc.strerror}); check the file")
            return
        with fh:
            try:
                yield from _jsonl_items(fh, display)
            except (OSError, EOFError) as exc:       # a truncated .gz
                yield Item(display, error=f"{display}: cannot read it to the end ({exc}); the lines before were built")
        return
    try:
        article = read_path(path)
    except InputError as exc:
        yield Item(display, error=str(exc))
        return
    article.name = name
    yield Item(display, article)


def _stdin_items(stream) -> Iterator[Item]:
    from .ingest import article_from_text, decode

    first = stream.readline()
    if _record_line(first):
        import itertools

        yield from _jsonl_items(itertools.chain([first], stream), "<stdin>")
        return
    try:
        text = decode(first + stream.read(), "<stdin>")
        yield Item("-", article_from_text(text, "stdin"))
    except InputError as exc:
        yield Item("-", error=str(exc))


def _record_line(line: bytes) -> bool:
    """Whether a first line of stdin is a JSONL article record (so stdin is JSONL)."""
    if not line.lstrip().startswith(b"{"):
        return False
    import json

    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return isinstance(rec, dict) and ("text" in rec or "html" in rec)


def _jsonl_items(lines: Iterable[bytes], label: str) -> Iterator[Item]:
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        display = f"{label}:{no}"
        try:
            yield Item(display, article_from_record(raw, display))
        except InputError as exc:
            yield Item(display, error=str(exc))


def article_from_record(raw: bytes | str | dict, display: str = "<record>") -> Article:
    """An Article from one JSONL record: ``text`` or ``html``, and optional ``url``, ``title``,
    ``date``, ``lang``. A title the text does not start with is put before it, as for HTML pages."""
    import json

    from .ingest import _check_not_empty, _guess_encoding, article_from_html

    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            guess = _guess_encoding(raw) or "LATIN1"
            raise InputError(f"{display}: not valid UTF-8 at byte {exc.start} (it looks like {guess}); "
                             f"convert the file first, e.g. iconv -f {guess} -t UTF-8") from None
    if isinstance(raw, str):
        try:
            rec = json.loads(raw)
        except ValueError as exc:
            raise InputError(f"{display}: not valid JSON ({exc}); a JSONL file holds one JSON object per line") from None
    else:
        rec = raw
    if not isinstance(rec, dict):
        raise InputError(f"{display}: a {type(rec).__name__}, not a JSON object; write one "
                         f'{{"text": ..., "url": ...}} object per line')
    text, html = rec.get("text"), rec.get("html")
    title, url = _str(rec.get("title")), _str(rec.get("url"))
    if isinstance(text, str) and text.strip():
        body = text
        if title and not body.lstrip().startswith(title):
            body = f"{title}\n\n{body}"
        article = Article(text=body, title=title, url=url)
    elif isinstance(html, str) and html.strip():
        article = article_from_html(html, display)
        article.title = title or article.title
        article.url = url or article.url
    elif text is not None or html is not None:
        _check_not_empty("", display)
        raise AssertionError  # pragma: no cover - _check_not_empty raised
    else:
        raise InputError(f'{display}: no "text" or "html" field; each line needs one (see `kg build --help`)')
    article.name = ""
    article.published = _date(rec.get("date")) or article.published
    lang = (_str(rec.get("lang")) or "").lower()[:2]
    article.lang = lang if lang in ("fr", "en") else None
    return article


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 date or date-time; anything else is left out."""
    import re

    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value) if isinstance(value, str) else None
    return m.group(1) if m else None


# ====================================================================== extraction (workers)


@dataclass(frozen=True)
class Settings:
    """What a worker needs to extract articles; pickled once per task."""

    lang: str = "auto"
    kb_files: tuple = ()
    model: str | None = None
    #: A replacement for :func:`graph.api.extract` (tests); None runs the pipeline.
    extract: Callable | None = None


@dataclass
class Result:
    """One article's extraction as a worker returns it: its triples, or an error."""

    display: str
    iri: str = ""
    hash: str = ""
    name: str | None = None
    url: str | None = None
    title: str | None = None
    triples: list = field(default_factory=list)
    facts: int = 0
    entities: tuple[str, ...] = ()
    error: str | None = None


def extract_batch(batch: list[tuple[str, Article]], settings: Settings) -> list[Result]:
    """Extract a batch of ``(display, article)``: runs in a worker process, a Dask worker or here.

    Each article fails alone: its Result carries the error and the others are extracted.
    """
    from . import nlp

    if settings.extract is None:
        if settings.lang == "auto" and any(a.lang is None for _d, a in batch):
            nlp.preload_language_detector()
        from .pipeline import get_pipeline

        get_pipeline(kb_files=tuple(settings.kb_files), model=settings.model)  # once per process, meanwhile
        _prefetch_ner(batch, settings)
    try:
        return [_extract_one(display, article, settings) for display, article in batch]
    finally:
        nlp.forget_prefetched()


def _prefetch_ner(batch, settings: Settings) -> None:
    """NER for the batch's French texts in one ``nlp.pipe`` call (the pipeline then reads the results)."""
    from . import nlp

    try:
        groups: dict[str, list[str]] = {}
        for _display, article in batch:
            lang = settings.lang
            if lang == "auto":
                # what Pipeline.analyse does too: it keeps article.lang when set
                lang = article.lang = article.lang or nlp.detect_language(article.text)
            if lang == "fr" or settings.model:
                groups.setdefault(lang, []).append(article.text)
        for lang, texts in groups.items():
            nlp.prefetch_ner(texts, lang, settings.model)
    except KgError:
        raise
    except Exception:  # an article that breaks the batch fails alone in _extract_one
        nlp.forget_prefetched()


def _extract_one(display: str, article: Article, settings: Settings) -> Result:
    from .rdf import add_extraction, article_iri, new_dataset

    try:
        if settings.extract is not None:
            ex = settings.extract(article, lang=settings.lang, kb_files=settings.kb_files, model=settings.model)
        else:
            from .pipeline import get_pipeline

            ex = get_pipeline(kb_files=tuple(settings.kb_files), model=settings.model).extract(article, lang=settings.lang)
        graph = add_extraction(new_dataset(), ex)
    except KgError as exc:
        return Result(display, error=str(exc))
    except Exception as exc:  # a bug in one article must not stop the corpus
        msg = " ".join(str(exc).split())[:200]
        return Result(display, error=f"{display}: extraction failed ({type(exc).__name__}: {msg}); "
                                     f"please report it with this article")
    return Result(display, iri=str(article_iri(article.key)), hash=article.hash, name=article.name or None,
                  url=article.url, title=article.title, triples=list(graph), facts=len(ex.facts),
                  entities=tuple(ex.entities))


def _worker_init() -> None:
    """Set up a pool worker.

    * Ctrl-C is left to the main process, which stops the pool.
    * The worker exits when the main process is gone, even killed with SIGKILL: a pool worker
      would otherwise wait for work forever (and keep the forkserver alive).
    * One BLAS thread: the pool is the parallelism; more threads per worker fight over the cores.
    """
    import multiprocessing
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    parent = multiprocessing.parent_process()
    if parent is not None:
        def watch() -> None:
            parent.join()
            os._exit(1)

        threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


class SerialExecutor:
    """Extracts in this process (one article, ``--jobs 1``, or an extract function that cannot be pickled)."""

    name = "serial"

    def __init__(self, settings: Settings):
        self.settings = settings

    def run(self, batches: Iterator[list]) -> Iterator[list[Result]]:
        for batch in batches:
            yield extract_batch(batch, self.settings)

    def close(self) -> None:
        pass


class PoolExecutor:
    """A pool of worker processes; at most ``2 * jobs`` batches in flight.

    A worker that dies (killed, out of memory) takes the batches in flight with it: their articles
    are rerun one at a time, alone in a new pool, and an article that kills its worker alone is
    reported failed.
    """

    name = "processes"

    def __init__(self, settings: Settings, jobs: int):
        self.settings, self.jobs = settings, jobs
        self._pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(self.jobs, mp_context=mp.get_context(method), initializer=_worker_init,
                                   max_tasks_per_child=WORKER_BATCHES)

    def run(self, batches: Iterator[list]) -> Iterator[list[Result]]:
        from collections import deque
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        window = 2 * self.jobs
        pending: dict = {}          # future -> (batch, isolated)
        suspects: deque = deque()   # articles of batches a dying worker took down: rerun alone
        exhausted = False
        while True:
            while not (suspects and pending):
                if suspects:
                    batch, isolated = [suspects.popleft()], True
                elif exhausted or len(pending) >= window:
                    break
                else:
                    batch, isolated = next(batches, None), False
                    if batch is None:
                        exhausted = True
                        break
                try:
                    pending[self._pool.submit(extract_batch, batch, self.settings)] = (batch, isolated)
                except BrokenProcessPool:
                    suspects.extend(batch)
                    self._restart(pending, suspects)
                if isolated:
                    break
            if not pending:
                if suspects:
                    continue
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                batch, isolated = pending.pop(fut)
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if isolated:     # alone in the pool: this article is what kills the worker
                        yield [_died(batch[0][0])]
                    else:
                        suspects.extend(batch)
                    continue
                yield results
            if broken:
                self._restart(pending, suspects)

    def _restart(self, pending: dict, suspects) -> None:
        """The pool is broken: the batches still in it are rerun article by article in a new one."""
        for batch, _isolated in pending.values():
            suspects.extend(batch)
        pending.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _died(display: str) -> Result:
    return Result(display, error=f"{display}: the worker process died while extracting it "
                                 f"(out of memory, or a crash); try it alone with --jobs 1")


def _dask_task(batch, settings):
    """What a Dask worker runs (module-level so that Dask pickles it by reference)."""
    return extract_batch(batch, settings)


class DaskExecutor:
    """Batches sent to a Dask cluster (``dask://host:port`` is the scheduler's ``tcp://host:port``).

    Workers need kg installed (same version) and its spaCy model; run them with one thread each
    (``dask worker tcp://host:8786 --nworkers 4 --nthreads 1``): the pipeline is per process.
    """

    name = "dask"

    def __init__(self, settings: Settings, address: str, window: int | None = None):
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--executor dask://... needs Dask's distributed scheduler; "
                             "install it with pip install 'kg-news[dask]'") from None
        self.settings = settings
        self.address = "tcp://" + address[len("dask://"):] if address.startswith("dask://") else address
        try:
            self.client = Client(self.address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise BuildError(f"cannot reach the Dask scheduler at {self.address} ({exc}); "
                             f"start one with `dask scheduler` or check the address") from None
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = window or 2 * workers

    def run(self, batches: Iterator[list]) -> Iterator[list[Result]]:
        from distributed import as_completed

        pending: dict = {}
        ac = as_completed(loop=self.client.loop)

        def submit() -> bool:
            batch = next(batches, None)
            if batch is None:
                return False
            fut = self.client.submit(_dask_task, batch, self.settings, pure=False)
            pending[fut] = batch
            ac.add(fut)
            return True

        while len(pending) < self.window and submit():
            pass
        for fut in ac:
            batch = pending.pop(fut)
            try:
                yield fut.result()
            except Exception as exc:  # the task failed on the worker (kg missing there, a crash...)
                msg = " ".join(str(exc).split())[:200]
                yield [Result(d, error=f"{d}: the Dask task failed ({type(exc).__name__}: {msg})") for d, _a in batch]
            finally:
                fut.release()
            submit()

    def close(self) -> None:
        self.client.close()


# ====================================================================== sinks


class DatasetSink:
    """Collects articles into one in-memory rdflib Dataset (for ``kg build -o FILE``)."""

    def __init__(self):
        from .rdf import new_dataset

        self.dataset = new_dataset()
        self._hashes: set[str] = set()

    def plan(self, article: Article) -> str | None:
        """None when the article must be extracted; else what happened to it without extraction."""
        if article.hash in self._hashes:
            return "unchanged"
        self._hashes.add(article.hash)
        return None

    def write(self, r: Result) -> str:
        from rdflib import URIRef

        graph = self.dataset.graph(URIRef(r.iri))
        self.dataset.addN((s, p, o, graph) for s, p, o in r.triples)
        return "added"


class StoreSink:
    """Writes articles into a store opened for writing, one transaction per article.

    As :func:`graph.api.build_store`: an article whose content hash is in the store is skipped
    (not extracted); a new version of an article (same URL, else same name) replaces the old one
    in the same write; an article seen twice in one build is built once.
    """

    def __init__(self, store):
        from collections import defaultdict

        self.store = store
        self._infos = {a.iri: a for a in store.articles()}
        self._by_hash: dict[str, set[str]] = defaultdict(set)
        self._by_source: dict[str, set[str]] = defaultdict(set)
        for a in self._infos.values():
            self._index(a)
        self._pending: set[str] = set()

    def _index(self, a) -> None:
        self._by_hash[a.content_hash].add(a.iri)
        if a.source:
            self._by_source[a.source].add(a.iri)

    def _forget(self, iri: str) -> None:
        a = self._infos.pop(iri, None)
        if a is not None:
            self._by_hash[a.content_hash].discard(iri)
            if a.source:
                self._by_source[a.source].discard(iri)

    def _stale(self, source: str | None, content_hash: str) -> list[str]:
        if not source:
            return []
        return sorted(i for i in self._by_source.get(source, ()) if self._infos[i].content_hash != content_hash)

    @staticmethod
    def _source(url: str | None, name: str | None) -> str | None:
        return url or (name if name not in (None, "", "stdin") else None)

    def plan(self, article: Article) -> str | None:
        h = article.hash
        if h in self._pending:
            return "unchanged"
        if self._by_hash.get(h):
            stale = self._stale(self._source(article.url, article.name), h)
            for old in stale:  # left over by an interrupted replacement on a server
                self.store.remove(old)
                self._forget(old)
            return "replaced" if stale else "unchanged"
        self._pending.add(h)
        return None

    def write(self, r: Result) -> str:
        from .store import ArticleInfo

        stale = self._stale(self._source(r.url, r.name), r.hash)
        self.store.put_article(r.iri, r.hash, r.triples, replaces=stale)
        for old in stale:
            self._forget(old)
        self._forget(r.iri)
        info = ArticleInfo(r.iri, r.hash, r.name, r.url, r.title)
        self._infos[r.iri] = info
        self._index(info)
        self._pending.discard(r.hash)
        return "replaced" if stale else "added"


# ====================================================================== progress and summary


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
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
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
        self._bar = None
        self._task = None
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
        self._bar = _progress_bar(console)
        self._task = self._bar.add_task("building", total=total, failed="")
        self._bar.start()

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


# ====================================================================== the build


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _settings(lang: str, kb_files, model) -> tuple[Settings, bool]:
    """Settings for the workers, and whether they can leave this process.

    :func:`graph.api.extract` is looked up now, so that a replacement (tests, custom extractors)
    is used; one that cannot be pickled keeps the build in this process.
    """
    import pickle

    from . import api

    fn = api.extract
    original = getattr(fn, "__module__", None) == "graph.api" and getattr(fn, "__name__", None) == "extract"
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
          stdin=None) -> BuildSummary:
    """Read, extract and write every article of ``inputs`` into ``sink``; returns what happened.

    Args:
        inputs: files, folders, glob patterns, JSONL files or ``-`` (see :func:`iter_items`).
        sink: a :class:`StoreSink` or :class:`DatasetSink`.
        jobs: worker processes (default: the number of cores); 1 extracts in this process.
        executor: ``None``/``"local"`` (processes on this machine) or ``"dask://host:port"``.
        progress: where to show progress (default: nowhere).
        on_error: called with ``(display, message)`` for each article that failed, as it fails.

    Raises:
        InputError: the only input could not be read.
        BuildError: no article could be built (each failure was passed to ``on_error`` first).
    """
    progress = progress or Progress(False)
    summary = BuildSummary()
    started = time.monotonic()
    settings, portable = _settings(lang, kb_files, model)
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    inputs = [str(i) for i in inputs]
    single = len(inputs) == 1 and inputs[0] != "-" and Path(inputs[0]).is_file() and not _is_jsonl(inputs[0])

    read_errors: list[str] = []
    held: list[tuple[str, str]] = []     # failures not reported yet: the only input's error is raised instead
    seen = 0

    def report(display: str, message: str) -> None:
        if seen < 2:
            held.append((display, message))
        elif on_error:
            on_error(display, message)

    def fail(display: str, message: str, reading: bool = False) -> None:
        summary.failures.append((display, message))
        if reading:
            read_errors.append(message)
        progress.advance(failed=True)
        report(display, message)

    def to_extract() -> Iterator[tuple[str, Article]]:
        nonlocal seen
        for item in iter_items(inputs, stdin=stdin):
            seen += 1
            if seen == 2 and held:
                for display, message in held:
                    report(display, message)
                held.clear()
            if item.error is not None:
                fail(item.display, item.error, reading=True)
                continue
            verdict = sink.plan(item.article)
            if verdict is None:
                yield item.display, item.article
                continue
            setattr(summary, verdict, getattr(summary, verdict) + 1)
            progress.advance()

    progress.start(1 if single else None)
    if progress.enabled and not single and "-" not in inputs:
        threading.Thread(target=lambda: progress.set_total(count_items(inputs)), daemon=True).start()
    pairs = to_extract()
    ahead: list = []
    if executor and executor not in ("local", "processes") and not executor.startswith(("dask://", "tcp://", "tls://", "inproc://")):
        raise UsageError(f"--executor {executor!r} is unknown; use local (processes on this machine) or dask://HOST:PORT")
    remote = bool(executor) and executor not in ("local", "processes")
    if remote and not portable:
        raise UsageError("this extract function cannot be sent to Dask workers (it cannot be pickled)")
    if not remote and portable and jobs > 1:
        for pair in pairs:                 # look ahead: a handful of articles is faster in this process
            ahead.append(pair)
            if len(ahead) >= POOL_MIN_ARTICLES:
                break
    import itertools

    pairs = itertools.chain(ahead, pairs)
    if remote:
        runner: Any = DaskExecutor(settings, executor)
    elif portable and jobs > 1 and len(ahead) >= POOL_MIN_ARTICLES:
        runner = PoolExecutor(settings, jobs)
    else:
        runner = SerialExecutor(settings)
    summary.executor = runner.name
    try:
        for results in runner.run(_batches(pairs, batch_size if runner.name != "serial" else 1)):
            for r in results:
                if r.error is not None:
                    fail(r.display, r.error)
                    continue
                verdict = sink.write(r)
                setattr(summary, verdict, getattr(summary, verdict) + 1)
                summary.facts += r.facts
                summary.triples += len(r.triples)
                summary.entities.update(r.entities)
                progress.advance()
    finally:
        runner.close()
        progress.stop()
    summary.seconds = time.monotonic() - started
    if seen == 1 and summary.failures:           # the only article: its error is the build's
        message = summary.failures[0][1]
        raise InputError(message) if read_errors else BuildError(message, summary.failures)
    if summary.failures and summary.failed == summary.articles:
        raise BuildError(f"none of the {summary.articles} inputs could be built", summary.failures)
    return summary
