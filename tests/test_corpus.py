"""graph.corpus: streamed inputs (folders, globs, JSONL, stdin), parallel builds, failures, progress.

Most builds use the fake extractor of ``tests/test_store.py`` (no spaCy), extended here by
:func:`boom_extract` so that an article can fail or kill its worker. It is a module-level function,
so worker processes (and Dask workers) receive it by reference.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from test_store import ARTICLE_A, ARTICLE_B, TESTS, fake_extract, kg_fake, quads

ROOT = TESTS.parent


def boom_extract(article, **kw):
    """fake_extract, except that ``BOOM`` in the text raises, ``DIE`` kills the process and
    ``SLOW`` takes a minute."""
    if "DIE" in article.text:
        os._exit(3)
    if "SLOW" in article.text:
        import time

        time.sleep(60)
    if "BOOM" in article.text:
        raise RuntimeError("boom")
    return fake_extract(article, **kw)


def fake_text(i: int) -> str:
    return f"Story {i}\nOrg {i}|founder|P:Person {i}|asserted\nF:Fund {i % 3}|investedIn|Org {i}|reported\n"


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        (p.write_bytes if isinstance(content, bytes) else p.write_text)(content)
    return folder


@pytest.fixture
def boom(monkeypatch):
    import graph.pipeline

    monkeypatch.setattr(graph.pipeline, "extract", boom_extract)


def items(inputs, **kw):
    from graph.corpus import iter_items

    return list(iter_items([str(i) for i in inputs], **kw))


# ------------------------------------------------------------------ inputs


def test_corpus_folder_walked_recursively_by_extension(tmp_path):
    write(tmp_path, {"a.txt": "A", "sub/b.md": "B", "sub/deep/c.html": "<html><body><p>C</p></body></html>",
                     ".hidden/x.txt": "X", "sub/.y.txt": "Y", "notes.pdf": "P", "image.png": b"\x89PNG",
                     "z.jsonl": '{"text": "Z1"}\n\n{"text": "Z2"}\n'})
    got = items([tmp_path])
    assert [i.display for i in got] == [str(tmp_path / "a.txt"), str(tmp_path / "sub/b.md"),
                                        str(tmp_path / "sub/deep/c.html"), f"{tmp_path / 'z.jsonl'}:1",
                                        f"{tmp_path / 'z.jsonl'}:3"]
    assert [i.article.name for i in got[:2]] == ["a.txt", "sub/b.md"]   # relative to the folder
    assert [i.article.text for i in got[3:]] == ["Z1", "Z2"]


def test_corpus_glob_patterns(tmp_path):
    write(tmp_path, {"2024/a.txt": "A", "2025/b.txt": "B", "2025/c.md": "C"})
    got = items([f"{tmp_path}/**/*.txt"])
    assert [i.article.text for i in got] == ["A", "B"]
    (none,) = items([f"{tmp_path}/**/*.xml"])
    assert none.error == f"{tmp_path}/**/*.xml: no file matches this pattern"


def test_corpus_empty_folder_is_an_error_item(tmp_path):
    (empty,) = items([tmp_path])
    assert "no .txt, .md, .html or .jsonl files in this folder" in empty.error


def test_corpus_jsonl_records(tmp_path):
    lines = [
        {"text": "Body of one.", "title": "One", "url": "https://ex.org/1", "date": "2025-03-04T10:00:00Z", "lang": "FR"},
        {"text": "Two\n\nBody of two.", "title": "Two", "lang": "de", "date": "last week"},
        {"html": "<html><head><title>Three</title></head><body><article><p>Third story, long enough to be "
                 "an article body for trafilatura to keep it as the main text of this page.</p></article></body></html>",
         "url": "https://ex.org/3"},
        {"url": "https://ex.org/4"},
        {"text": "   "},
        [1, 2],
    ]
    raw = "\n".join(json.dumps(x) for x in lines).encode() + b"\n\n{not json\n" + "caf\xe9".encode("latin-1") + b"\n"
    (tmp_path / "d.jsonl").write_bytes(raw)
    got = items([tmp_path / "d.jsonl"])
    one, two, three, four, five, six, seven, eight = got
    assert one.article.text == "One\n\nBody of one." and one.article.title == "One"       # title put first
    assert (one.article.url, one.article.published, one.article.lang, one.article.name) == \
        ("https://ex.org/1", "2025-03-04", "fr", "")
    assert two.article.text == "Two\n\nBody of two." and two.article.lang is None and two.article.published is None
    assert "Third story" in three.article.text and three.article.url == "https://ex.org/3"
    assert four.error == f'{tmp_path / "d.jsonl"}:4: no "text" or "html" field; each line needs one (see `kg build --help`)'
    assert "the article is empty" in five.error and five.display.endswith("d.jsonl:5")
    assert "not a JSON object" in six.error
    assert seven.display.endswith(":8") and "not valid JSON" in seven.error
    assert eight.display.endswith(":9") and "not valid UTF-8" in eight.error and "LATIN1" in eight.error


def test_corpus_jsonl_gz(tmp_path):
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Gz one"}) + "\n" + json.dumps({"text": "Gz two"}) + "\n")
    assert [i.article.text for i in items([tmp_path / "d.jsonl.gz"])] == ["Gz one", "Gz two"]


def test_corpus_count_items_matches_iter_items(tmp_path):
    from graph.corpus import count_items

    write(tmp_path, {"a.txt": "A", "sub/b.md": "B", "z.jsonl": '{"text": "1"}\n\n{"text": "2"}\n{"x": 1}\n'})
    inputs = [str(tmp_path), str(tmp_path / "a.txt"), f"{tmp_path}/**/*.md", str(tmp_path / "missing.txt")]
    assert count_items(inputs) == len(items(inputs)) == 8
    assert count_items(["-"]) is None


@pytest.mark.parametrize("data,texts", [
    (b"A plain article\nread from stdin.\n", ["A plain article\nread from stdin.\n"]),
    (b'{"text": "one"}\n{"text": "two", "url": "https://ex.org/2"}\n', ["one", "two"]),
    (b'{"not": "an article"}\n', ['{"not": "an article"}\n']),
])
def test_corpus_stdin_is_one_article_or_jsonl(data, texts):
    got = items(["-"], stdin=io.BytesIO(data))
    assert [i.article.text for i in got] == texts


# ------------------------------------------------------------------ builds (fake extractor)


def _build(inputs, spec, **kw):
    from graph.corpus import StoreSink, build
    from graph.store import open_store

    with open_store(spec, create=True, write=True) as st:
        return build([str(i) for i in inputs], StoreSink(st), **kw)


@pytest.fixture
def many(tmp_path):
    return write(tmp_path / "in", {f"{i:02d}.txt": fake_text(i) for i in range(10)})


def test_corpus_pool_and_serial_build_the_same_store(tmp_path, many, boom):
    pool = _build([many], tmp_path / "p.kg", jobs=2)
    serial = _build([many], tmp_path / "s.kg", jobs=1)
    assert (pool.executor, serial.executor) == ("processes", "serial")
    assert (pool.added, pool.facts, len(pool.entities)) == (serial.added, serial.facts, len(serial.entities)) == (10, 20, 23)
    assert quads(tmp_path / "p.kg") == quads(tmp_path / "s.kg")


def test_corpus_rebuild_skips_unchanged_articles_without_extracting(tmp_path, many, monkeypatch):
    import graph.pipeline

    calls = []
    monkeypatch.setattr(graph.pipeline, "extract", lambda a, **kw: calls.append(a.name) or fake_extract(a, **kw))
    first = _build([many], tmp_path / "s.kg")
    assert (first.added, len(calls), first.executor) == (10, 10, "serial")   # a lambda cannot leave the process
    (many / "03.txt").write_text(fake_text(3) + "Org 3|competitor|Beta|asserted\n")
    second = _build([many], tmp_path / "s.kg")
    assert (second.added, second.replaced, second.unchanged) == (0, 1, 9)
    assert calls[10:] == ["03.txt"]


def test_corpus_an_article_twice_is_built_once(tmp_path, boom):
    folder = write(tmp_path / "in", {"a.txt": ARTICLE_A, "copy/a2.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    s = _build([folder], tmp_path / "s.kg", jobs=1)
    assert (s.added, s.unchanged) == (2, 1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_corpus_a_failing_article_does_not_stop_the_others(tmp_path, many, boom, jobs):
    (many / "05.txt").write_text("BOOM\n" + fake_text(5))
    seen = []
    s = _build([many], tmp_path / "s.kg", jobs=jobs, on_error=lambda d, m: seen.append((d, m)))
    assert (s.added, s.failed) == (9, 1)
    assert seen == s.failures == [(str(many / "05.txt"), f"{many / '05.txt'}: extraction failed (RuntimeError: boom); "
                                                          f"please report it with this article")]


def test_corpus_an_article_that_kills_its_worker_is_reported(tmp_path, many, boom):
    (many / "04.txt").write_text("DIE\n" + fake_text(4))
    s = _build([many], tmp_path / "s.kg", jobs=2)
    assert (s.added, s.failed, s.executor) == (9, 1, "processes")
    assert s.failures[0][0] == str(many / "04.txt") and "worker process died" in s.failures[0][1]
    with __import__("graph.store", fromlist=["open_store"]).open_store(tmp_path / "s.kg") as st:
        assert len(st.articles()) == 9


def _descendants(pid: int) -> set[int]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    kids.setdefault(int(fh.read().rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = set(), [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            out.add(k)
            todo.append(k)
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_corpus_workers_exit_when_kg_is_killed(tmp_path, many):
    """kill -9 of kg mid-build leaves no worker (nor forkserver) behind, waiting forever."""
    import signal
    import time

    for p in many.iterdir():
        p.write_text("SLOW\n" + p.read_text())
    code = DRIVER.format(tests=str(TESTS))
    proc = subprocess.Popen([sys.executable, "-c", code, "build", str(many), "--store", str(tmp_path / "s.kg"), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(children := _descendants(proc.pid)) < 4 and time.monotonic() < deadline:   # tracker, forkserver, 2 workers
        time.sleep(0.2)
    assert len(children) >= 4, children
    time.sleep(1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    while (alive := {p for p in children if Path(f"/proc/{p}").exists()}) and time.monotonic() < deadline:
        time.sleep(0.2)
    for p in alive:         # do not leave them behind even when the test fails
        os.kill(p, signal.SIGKILL)
    assert not alive


def test_corpus_only_input_unreadable_raises_input_error(tmp_path, boom):
    from graph.errors import BuildError, InputError

    (tmp_path / "e.txt").write_text("")
    with pytest.raises(InputError, match="the article is empty"):
        _build([tmp_path / "e.txt"], tmp_path / "s.kg")
    (tmp_path / "f.txt").write_text("BOOM")
    with pytest.raises(BuildError, match="extraction failed"):
        _build([tmp_path / "f.txt"], tmp_path / "s.kg")
    with pytest.raises(BuildError, match="none of the 2 inputs could be built"):
        _build([tmp_path / "e.txt", tmp_path / "f.txt"], tmp_path / "s.kg")


def test_corpus_jsonl_metadata_reaches_the_store(tmp_path, boom):
    from graph.store import open_store

    rec = [{"text": ARTICLE_A, "url": "https://ex.org/a", "title": "Acme AI news", "date": "2025-01-02"},
           {"text": ARTICLE_B, "url": "https://ex.org/b"}]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rec))
    assert _build([tmp_path / "d.jsonl"], tmp_path / "s.kg").added == 2
    with open_store(tmp_path / "s.kg") as st:
        assert sorted((a.url, a.title, a.name) for a in st.articles()) == [
            ("https://ex.org/a", "Acme AI news", None), ("https://ex.org/b", None, None)]
    rec[1]["text"] = ARTICLE_B + "Beta Corp|competitor|Acme AI|asserted\n"   # a new version of the same URL
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rec))
    s = _build([tmp_path / "d.jsonl"], tmp_path / "s.kg")
    assert (s.added, s.replaced, s.unchanged) == (0, 1, 1)


def test_corpus_dataset_sink_equals_store(tmp_path, many, boom):
    from graph.corpus import DatasetSink, build

    sink = DatasetSink()
    build([str(many)], sink, jobs=2)
    _build([many], tmp_path / "s.kg", jobs=1)
    import pyoxigraph as ox

    from graph.store import to_ox
    mine = {ox.Quad(*(to_ox(t) for t in (s, p, o)), ox.NamedNode(str(g.identifier) if hasattr(g, "identifier") else str(g)))
            for s, p, o, g in sink.dataset.quads((None, None, None, None))}
    assert mine == quads(tmp_path / "s.kg")


def test_corpus_store_sink_flushes_the_store_every_n_articles():
    """An embedded store holds its writes in memory until flushed: the sink flushes it regularly."""
    from graph.corpus import Result, StoreSink

    class Store:
        def __init__(self):
            self.puts, self.flushes = 0, 0

        def articles(self):
            return []

        def put_article(self, iri, content_hash, data, replaces=()):
            self.puts += 1

        def flush(self):
            self.flushes += 1

    store = Store()
    sink = StoreSink(store, flush_every=100)
    for i in range(250):
        assert sink.write(Result(f"a{i}", iri=f"https://ex.org/a{i}", hash=f"{i:064x}")) == "added"
    assert (store.puts, store.flushes) == (250, 2)


def test_corpus_summary_line():
    from graph.corpus import BuildSummary

    s = BuildSummary(added=10, replaced=1, unchanged=2, failures=[("x", "bad")], facts=85, entities={"a", "b"}, seconds=2.0)
    assert s.line() == "14 articles in 2.0 s (7.0/s): 10 added, 1 replaced, 2 unchanged, 1 failed; 85 facts, 2 entities"


# ------------------------------------------------------------------ CLI

DRIVER = """
import sys
sys.path.insert(0, {tests!r})
import graph.pipeline, test_corpus
graph.pipeline.extract = test_corpus.boom_extract
from graph.cli import main
sys.argv = ["kg"] + sys.argv[1:]
main()
"""


def kg_boom(*args, **kw) -> subprocess.CompletedProcess:
    code = DRIVER.format(tests=str(TESTS))
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, **kw)


def test_corpus_cli_folder_with_bad_files_keeps_the_good_ones(tmp_path):
    """The acceptance case: binary, empty and Latin-1 files among good articles."""
    folder = write(tmp_path / "in", {f"good{i}.txt": fake_text(i) for i in range(6)})
    write(folder, {"binary.txt": bytes(range(256)) * 8, "empty.md": "",
                   "sub/latin1.txt": "Société à Paris, levée de fonds.".encode("latin-1")})
    r = kg_boom("build", folder, "--store", tmp_path / "s.kg", "-j", "2")
    err = r.stderr.decode()
    assert r.returncode == 1, err
    for bad, why in (("binary.txt", "binary data"), ("empty.md", "empty"), ("latin1.txt", "not valid UTF-8")):
        assert any(bad in line and why in line and line.startswith("kg: skipped ") for line in err.splitlines()), (bad, err)
    assert "6 added, 0 replaced, 0 unchanged, 3 failed" in err
    assert err.splitlines()[-1] == f"kg: error: 3 of the inputs could not be built (listed above); the others are in {tmp_path / 's.kg'}"
    assert "articles/s" not in err and "\x1b[" not in err       # no progress bar: stderr is not a terminal
    from graph.store import open_store

    with open_store(tmp_path / "s.kg") as st:
        assert sorted(a.name for a in st.articles()) == [f"good{i}.txt" for i in range(6)]


def test_corpus_cli_file_output_and_quiet(tmp_path, many):
    r = kg_boom("build", many, "-o", tmp_path / "g.nq")
    assert r.returncode == 0 and r.stderr.decode().startswith(f"kg: wrote {tmp_path / 'g.nq'}: 10 articles in ")
    r = kg_boom("build", many, "-o", tmp_path / "g2.nq", "--quiet")
    assert r.returncode == 0 and r.stderr == b""
    assert (tmp_path / "g.nq").read_bytes() == (tmp_path / "g2.nq").read_bytes()


def test_corpus_cli_jsonl_on_stdin(tmp_path):
    data = "".join(json.dumps({"text": fake_text(i), "url": f"https://ex.org/{i}"}) + "\n" for i in range(3))
    r = kg_boom("build", "-", "--store", tmp_path / "s.kg", input=data.encode())
    assert r.returncode == 0, r.stderr.decode()
    assert "3 added" in r.stderr.decode()


@pytest.mark.parametrize("args,needle", [
    (["--jobs", "0"], "--jobs 0: give 1 or more worker processes"),
    (["--executor", "ray://x"], "--executor 'ray://x' is unknown"),
])
def test_corpus_cli_bad_options(tmp_path, args, needle):
    r = kg_fake("build", ROOT / "examples" / "reflection-ai.fr.txt", "-o", tmp_path / "x.ttl", *args)
    assert r.returncode == 2 and needle in r.stderr.decode()


def test_corpus_cli_progress_bar_on_a_terminal(tmp_path, many):
    """stderr on a pseudo-terminal: a rich progress bar there, nothing of it on stdout."""
    import pty

    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain():
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    code = DRIVER.format(tests=str(TESTS))
    p = subprocess.run([sys.executable, "-c", code, "build", str(many), "-o", "-", "-f", "nq"],
                       stdout=subprocess.PIPE, stderr=slave, timeout=120)
    os.close(slave)
    reader.join(5)
    os.close(master)
    tty = b"".join(chunks).decode(errors="replace")
    assert p.returncode == 0
    assert "articles/s" in tty and "10/10" in tty, tty
    assert b"articles/s" not in p.stdout and p.stdout.count(b"\n") > 20


def test_corpus_progress_wanted():
    from graph.corpus import Progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert Progress.wanted(False, Tty()) and not Progress.wanted(True, Tty())
    assert not Progress.wanted(False, io.StringIO())


# ------------------------------------------------------------------ Dask


def test_corpus_dask_executor_on_a_local_cluster(tmp_path, many, boom):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    (many / "07.txt").write_text("BOOM\n" + fake_text(7))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                      dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        s = _build([many], tmp_path / "d.kg", executor=address)
        assert (s.executor, s.added, s.failed) == ("dask", 9, 1)
        r = kg_boom("build", many, "--store", tmp_path / "cli.kg", "--executor", address)
        assert r.returncode == 1 and "9 added, 0 replaced, 0 unchanged, 1 failed" in r.stderr.decode()
    (many / "07.txt").unlink()
    _build([many], tmp_path / "s.kg", jobs=1)
    assert quads(tmp_path / "d.kg") == quads(tmp_path / "s.kg") == quads(tmp_path / "cli.kg")


def test_corpus_dask_missing_is_a_usage_error(tmp_path, many, boom, monkeypatch):
    from graph.errors import UsageError

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(UsageError, match=r"pip install 'kg-news\[dask\]'"):
        _build([many], tmp_path / "s.kg", executor="dask://127.0.0.1:8786")


# ------------------------------------------------------------------ the real pipeline


def test_corpus_real_pipeline_pool_equals_serial(tmp_path):
    """Worker processes with NER batched over nlp.pipe give exactly the triples of one process."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen_articles import article

    from graph.corpus import DatasetSink, build

    folder = write(tmp_path / "in", {f"{i}.txt": article(i, seed=7, words=250)["text"] for i in range(6)})
    serial, pool = DatasetSink(), DatasetSink()
    assert build([str(folder)], serial, jobs=1).executor == "serial"
    assert build([str(folder)], pool, jobs=2).executor == "processes"
    assert set(serial.dataset.quads()) == set(pool.dataset.quads())
    assert len(set(serial.dataset.quads())) > 500


def test_corpus_prefetched_ner_equals_direct():
    from graph.analysis import nlp

    texts = ["Mistral AI, fondée par Arthur Mensch, lève 600 millions d'euros à Paris.",
             "La start-up Kyutai, basée à Paris, a recruté Patrick Pérez."]
    direct = [nlp.ner_spans(t, "fr") for t in texts]
    nlp.prefetch_ner(texts, "fr")
    assert len(nlp._PREFETCHED) == 2
    assert [nlp.ner_spans(t, "fr") for t in texts] == direct and direct[0]
    assert nlp._PREFETCHED == {}
    nlp.prefetch_ner(texts, "fr")
    nlp.forget_prefetched()
    assert nlp._PREFETCHED == {}


# ------------------------------------------------------------------ hostile inputs


def test_corpus_folder_symlink_loop_is_skipped_and_the_rest_built(tmp_path):
    folder = write(tmp_path / "in", {"good.txt": fake_text(1), "sub/other.txt": fake_text(2)})
    (folder / "sub" / "loop").symlink_to("..")                  # in/sub/loop -> in
    (folder / "self.txt").symlink_to("self.txt")                # a link to itself
    r = kg_boom("build", folder, "-o", tmp_path / "g.nq")
    err = r.stderr.decode().splitlines()
    assert r.returncode == 0, err                                # a loop is no failure: its files are read once
    assert err[:2] == [
        f"kg: skipped {folder / 'self.txt'}: a symlink loop (it points back to itself); remove or fix the link",
        f"kg: skipped {folder / 'sub' / 'loop'}: a symlink loop back to {folder}, whose files are read once"]
    assert err[-1].startswith(f"kg: wrote {tmp_path / 'g.nq'}: 2 articles in ")
    assert len(err) == 3 and "OSError" not in r.stderr.decode()
    assert "Person 1" in (tmp_path / "g.nq").read_text() and "Person 2" in (tmp_path / "g.nq").read_text()


def test_corpus_folder_unreadable_entry_is_reported_and_the_rest_built(tmp_path):
    folder = write(tmp_path / "in", {"good.txt": fake_text(1)})
    (folder / "broken.txt").symlink_to("nowhere.txt")
    r = kg_boom("build", folder, "-o", tmp_path / "g.nq")
    err = r.stderr.decode().splitlines()
    assert r.returncode == 1, err                                # an input that cannot be read: exit 1, the rest built
    assert err[0] == f"kg: skipped {folder / 'broken.txt'}: a broken symlink (to nowhere.txt); fix or remove it"
    assert "Person 1" in (tmp_path / "g.nq").read_text()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_corpus_folder_without_permission_is_reported(tmp_path):
    folder = write(tmp_path / "in", {"good.txt": fake_text(1), "locked/x.txt": fake_text(2)})
    (folder / "locked").chmod(0)
    try:
        r = kg_boom("build", folder, "-o", tmp_path / "g.nq")
    finally:
        (folder / "locked").chmod(0o755)
    assert r.returncode == 1
    assert f"kg: skipped {folder / 'locked'}: permission denied; make the folder readable (chmod +rx)" in r.stderr.decode()


def test_corpus_jsonl_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "x " * 20_000}) + "\n" + json.dumps({"text": fake_text(1)}) + "\n")
    got = items([path], max_chars=1000)
    assert got[0].article is None and got[0].error.startswith(f"{path}:1: a line of more than 10,000 bytes")
    assert "--max-chars" in got[0].error and got[1].article is not None


def test_corpus_stdin_over_the_limit_is_refused(tmp_path):
    got = items(["-"], stdin=io.BytesIO(b"word " * 3000), max_chars=1000)
    assert got[0].article is None and "more than 10,000 bytes and not at its end" in got[0].error


@pytest.mark.parametrize("sig,code,message", [
    ("SIGTERM", 143, "kg: error: terminated; nothing was left half-written"),
    ("SIGINT", 130, "kg: error: interrupted; nothing was left half-written"),
])
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_corpus_signal_stops_the_build_cleanly(tmp_path, many, sig, code, message):
    """SIGTERM or Ctrl-C mid-build: one line, no traceback, no resource_tracker warning, no worker left, the store
    readable with whole articles only."""
    import signal
    import time

    for p in sorted(many.iterdir())[5:]:
        p.write_text("SLOW\n" + p.read_text())
    code_ = DRIVER.format(tests=str(TESTS))
    # a shell starts background jobs with SIGINT ignored, and Python then keeps ignoring it: restore the default
    proc = subprocess.Popen([sys.executable, "-c", code_, "build", str(many), "--store", str(tmp_path / "s.kg"),
                             "-j", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(children := _descendants(proc.pid)) < 4 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)
    proc.send_signal(getattr(signal, sig))
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:           # do not leave kg and its workers behind when the test fails
            for p in _descendants(proc.pid):
                os.kill(p, signal.SIGKILL)
            proc.kill()
            proc.wait()
    lines = err.decode().splitlines()
    assert proc.returncode == code, lines
    assert lines == [message], lines
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{p}").exists() for p in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(Path(f"/proc/{p}").exists() for p in children)
    from graph.store import open_store

    with open_store(tmp_path / "s.kg") as st:
        assert all(a.name < "05.txt" for a in st.articles())
