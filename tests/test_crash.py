"""Kill -9 during `kg build --store` at random moments: the store always opens, holds whole
articles only (old or new version of a changed article, never both, never half), and a
rerun ends with exactly the quads of a clean build.

The CLI runs in a subprocess with the fake extractor of ``tests/test_store.py`` and long
articles (about 2,000 triples each), so that most kills land in the middle of a write.
"""
from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from test_store import DRIVER, TESTS, big_article, kg_fake, write_articles

N_ARTICLES = 12
CHANGED = range(6)          # these articles exist in the old store in version 1 and are rebuilt in version 2
KILLS = 10


def _graphs(spec: Path) -> dict[str, frozenset]:
    """Quads of every named graph of a store, by graph IRI."""
    from graph.store import open_store

    out = defaultdict(set)
    with open_store(spec) as st:
        for q in st._ox.quads_for_pattern(None, None, None, None):
            out[q.graph_name.value if hasattr(q.graph_name, "value") else ""].add(q)
    return {g: frozenset(qs) for g, qs in out.items()}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    old_inputs = write_articles(tmp / "old", {f"art{i:02d}.txt": big_article(i, 1) for i in CHANGED})
    inputs = write_articles(tmp / "in", {f"art{i:02d}.txt": big_article(i, 2 if i in CHANGED else 1)
                                         for i in range(N_ARTICLES)})
    kg_fake("build", *old_inputs, "--store", tmp / "base.kg", check=True)
    started = time.monotonic()
    kg_fake("build", *inputs, "--store", tmp / "clean.kg", check=True)
    duration = time.monotonic() - started
    started = time.monotonic()
    kg_fake("build", *inputs, "--store", tmp / "clean.kg", check=True)   # nothing to do: start-up cost only
    startup = time.monotonic() - started
    return {"tmp": tmp, "inputs": inputs, "duration": duration, "startup": startup,
            "base": _graphs(tmp / "base.kg"), "clean": _graphs(tmp / "clean.kg")}


def test_crash_kill_during_build_leaves_whole_articles(setup):
    from graph.store import open_store

    tmp, rng = setup["tmp"], random.Random(20261126)
    code = DRIVER.format(tests=str(TESTS))
    base, clean = setup["base"], setup["clean"]
    assert not set(base) & set(clean)       # version 1 and version 2 graphs have different IRIs
    killed = 0
    for i in range(KILLS):
        work = tmp / f"work{i}.kg"
        from_old = i % 2 == 0
        if from_old:
            shutil.copytree(tmp / "base.kg", work)
        proc = subprocess.Popen([sys.executable, "-c", code, "build", *map(str, setup["inputs"]), "--store", str(work)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # a random moment while articles are being written (after start-up, before the end)
        time.sleep(rng.uniform(setup["startup"], max(setup["startup"], setup["duration"])))
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait() == -signal.SIGKILL

        # the store opens (read-write, then read-only) and every graph is one whole version of an article
        if work.exists():
            with open_store(work, write=True) as st:
                names = [a.name for a in st.articles()]
            assert len(names) == len(set(names)), f"kill {i}: an article is in the store twice"
            graphs = _graphs(work)
            for g, qs in graphs.items():
                assert qs == clean.get(g) or qs == base.get(g), f"kill {i}: graph {g} is not a whole article"
            if from_old:
                assert len(names) >= len(CHANGED), f"kill {i}: a replaced article vanished"

        # a rerun completes the work: exactly the quads of a clean build
        kg_fake("build", *setup["inputs"], "--store", work, check=True)
        assert _graphs(work) == clean, f"kill {i}: the rerun differs from a clean build"
        shutil.rmtree(work)
    print(f"{killed} of {KILLS} builds were killed before they finished")


def test_crash_readers_see_whole_articles_while_a_build_writes(setup):
    """A reader may open the store while `kg build --store` writes: it sees a consistent snapshot of whole articles."""
    from graph.errors import StoreError

    tmp, clean = setup["tmp"], setup["clean"]
    work = tmp / "concurrent.kg"
    code = DRIVER.format(tests=str(TESTS))
    proc = subprocess.Popen([sys.executable, "-c", code, "build", *map(str, setup["inputs"]), "--store", str(work)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    snapshots = []
    try:
        while proc.poll() is None:
            try:
                graphs = _graphs(work)
            except StoreError:          # not created yet
                time.sleep(0.05)
                continue
            for g, qs in graphs.items():
                assert qs == clean[g], f"a reader saw part of {g}"
            snapshots.append(len(graphs))
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == 0
    assert _graphs(work) == clean
    assert snapshots == sorted(snapshots)          # articles only ever appear, whole
    shutil.rmtree(work)
