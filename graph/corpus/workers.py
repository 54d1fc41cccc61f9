"""Where extraction runs: this process, a pool of worker processes, or a Dask cluster.

Every executor maps :func:`extract_batch` over batches of ``(display, Article)`` and yields the
batches' :class:`Result` lists as they complete; a failure stays with its article.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..errors import BuildError, KgError, UsageError
from ..model import Article

#: A pool worker is replaced after this many batches (about 4,000 articles, ~2 s to start a new one):
#: spaCy's vocabulary only grows with the words it meets, so a long build must not keep one forever.
WORKER_BATCHES = 500


@dataclass(frozen=True)
class Settings:
    """What a worker needs to extract articles; pickled once per task."""

    lang: str = "auto"
    kb_files: tuple = ()
    model: str | None = None
    #: A replacement for :func:`graph.pipeline.extract` (tests, custom extractors); None runs the pipeline.
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
    #: The class of the :class:`~graph.errors.KgError` the extraction raised, by name (None for other failures).
    error_kind: str | None = None


def extract_batch(batch: list[tuple[str, Article]], settings: Settings) -> list[Result]:
    """Extract a batch of ``(display, article)``: runs in a worker process, a Dask worker or here.

    Each article fails alone: its Result carries the error and the others are extracted.
    """
    from ..analysis import nlp

    if settings.extract is None:
        _prefetch_ner(batch, settings)
    try:
        return [_extract_one(display, article, settings) for display, article in batch]
    finally:
        nlp.forget_prefetched()


def _prefetch_ner(batch, settings: Settings) -> None:
    """NER for the batch's French texts in one ``nlp.pipe`` call (the pipeline then reads the results)."""
    from ..analysis import nlp

    try:
        for lang, texts in _texts_by_language(batch, settings).items():
            if lang == "fr" or settings.model:
                nlp.prefetch_ner(texts, lang, settings.model)
    except KgError:
        raise
    except Exception:  # an article that breaks the batch fails alone in _extract_one
        nlp.forget_prefetched()


def _texts_by_language(batch, settings: Settings) -> dict[str, list[str]]:
    """The batch's texts by language; sets ``article.lang`` as Pipeline.analyse does (kept when set,
    else detected) so that it is detected once."""
    from ..analysis import nlp

    groups: dict[str, list[str]] = {}
    for _display, article in batch:
        lang = settings.lang
        if lang == "auto":
            lang = article.lang = article.lang or nlp.detect_language(article.text)
        groups.setdefault(lang, []).append(article.text)
    return groups


def _extract_one(display: str, article: Article, settings: Settings) -> Result:
    from ..rdf.write import add_extraction, article_iri, new_dataset

    try:
        if settings.extract is not None:
            run = settings.extract
        else:
            from ..pipeline import extract as run
        ex = run(article, lang=settings.lang, kb_files=settings.kb_files, model=settings.model)
        graph = add_extraction(new_dataset(), ex)
    except KgError as exc:
        return Result(display, error=str(exc), error_kind=type(exc).__name__)
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
        for i, batch in enumerate(batches):
            if i == 0 and self.settings.extract is None:
                _ner_beside(batch, self.settings)
            yield extract_batch(batch, self.settings)

    def close(self, abort: bool = False) -> None:
        pass


def _ner_beside(batch, settings: Settings) -> None:
    """The first batch of this process: NER in a forked child while this process loads the rest of the
    pipeline (:func:`graph.analysis.nlp.prefetch_ner_beside`); a one-article build then takes the longer
    of the two, not their sum."""
    from ..analysis import nlp

    groups = _texts_by_language(batch, settings)
    collect = nlp.prefetch_ner_beside(groups, settings.model)
    if collect is None:
        return
    try:
        from ..pipeline import warm_up

        warm_up(sorted(groups), settings.kb_files, settings.model)
    except KgError:
        pass            # the article's own extraction raises it again, with its context
    finally:
        collect()


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
                    following = next(batches, None)
                    if following is None:
                        exhausted = True
                        break
                    batch, isolated = following, False
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

    def close(self, abort: bool = False) -> None:
        """Stop the pool: after the work in flight, or at once (``abort``: interrupted, so the workers are
        terminated instead of finishing their batches)."""
        if abort:
            stop = getattr(self._pool, "terminate_workers", None)     # Python 3.14
            if stop is not None:
                stop()
            else:
                for proc in list((getattr(self._pool, "_processes", None) or {}).values()):
                    proc.terminate()
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

    def close(self, abort: bool = False) -> None:
        self.client.close()
