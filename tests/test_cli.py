"""The CLI contract: exit codes, one-line errors, no partial output, determinism."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

KG = [sys.executable, "-m", "graph"]


def run(*args, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run([*KG, *map(str, args)], input=stdin, capture_output=True, cwd=cwd)


@pytest.fixture(scope="module")
def example_ttl(tmp_path_factory, example_path):
    out = tmp_path_factory.mktemp("g") / "reflection.ttl"
    r = run("build", example_path, "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    return out


def _one_line_error(r, code: int) -> str:
    err = r.stderr.decode()
    assert r.returncode == code, (r.returncode, err)
    assert err.count("\n") == 1 and err.startswith("kg: error: "), err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02binary\x00data" * 20, "binary"),
    ("Société française à Paris, été.".encode("latin-1"), "UTF-8"),
])
def test_cli_build_bad_input(tmp_path, content, needle):
    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    out = tmp_path / "out.ttl"
    r = run("build", src, "-o", out)
    err = _one_line_error(r, 2)
    assert needle in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]          # no temporary file left behind


def test_cli_build_missing_file(tmp_path):
    r = run("build", tmp_path / "nope.txt", "-o", tmp_path / "o.ttl")
    assert "no such file" in _one_line_error(r, 2)


def test_cli_build_multi_input_keeps_good_ones(tmp_path, example_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(example_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin.txt").write_bytes("Café à Paris, déjà.".encode("latin-1"))
    out = tmp_path / "all.ttl"
    r = run("build", folder, "-o", out)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "empty.txt" in err and "latin.txt" in err
    assert out.exists() and "Reflection" in out.read_text(encoding="utf-8")


def test_cli_build_is_deterministic(tmp_path, example_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert run("build", example_path, "-o", a).returncode == 0
    assert run("build", example_path, "-o", b).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_cli_build_stdin_to_stdout(example_path):
    r = run("build", "-", "--lang", "fr", stdin=example_path.read_bytes())
    assert r.returncode == 0, r.stderr.decode()
    assert b"@prefix kg:" in r.stdout


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nq", "trig", "jsonld", "xml"])
def test_cli_build_formats_parse(tmp_path, example_path, fmt):
    import rdflib

    out = tmp_path / f"g.{fmt}"
    r = run("build", example_path, "-o", out, "--format", fmt)
    assert r.returncode == 0, r.stderr.decode()
    ds = rdflib.Dataset()
    ds.parse(out, format={"turtle": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig",
                          "jsonld": "json-ld", "xml": "xml"}[fmt])
    assert len(ds) > 100 or sum(len(g) for g in ds.graphs()) > 100


def test_cli_unknown_extension(tmp_path, example_path):
    r = run("build", example_path, "-o", tmp_path / "g.weird")
    assert "--format" in _one_line_error(r, 2)


def test_cli_facts_jsonl_contract(example_ttl, example_path):
    r = run("facts", example_ttl, "--format", "jsonl")
    assert r.returncode == 0
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert rows
    text = example_path.read_text(encoding="utf-8")
    keys = {"subject", "subject_type", "relation", "object", "object_type", "unit", "status",
            "confidence", "evidence", "start", "end", "article"}
    for row in rows:
        assert keys <= set(row)
        assert text[row["start"]:row["end"]] == row["evidence"]
        assert 0 <= row["confidence"] <= 1


def test_cli_entities_jsonl(example_ttl):
    r = run("entities", example_ttl, "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    by_label = {row["label"]: row for row in rows}
    assert by_label["Misha Laskin"]["types"][:2] == ["Person", "Agent"]
    assert "Organization" in by_label["Nvidia"]["types"]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table"])
def test_cli_facts_tabular(example_ttl, fmt):
    r = run("facts", example_ttl, "--format", fmt)
    assert r.returncode == 0
    assert "founder" in r.stdout.decode()


def test_cli_unparsable_graph(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    r = run("facts", bad)
    assert "not a valid" in _one_line_error(r, 2)


def test_cli_usage_error_is_one_line():
    r = run("build")
    _one_line_error(r, 2)


def test_cli_help_lists_commands():
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("build", "facts", "entities", "query", "view", "validate"):
        assert cmd in r.stdout.decode()


def test_cli_build_bad_knowledge_base_is_an_input_error(tmp_path, example_path):
    """The library and the CLI build the same way: a bad --kb file is the one article's error, an input error."""
    kb = tmp_path / "bad.jsonl"
    kb.write_text('{"name": "X", "type": "Spaceship"}\n', encoding="utf-8")
    r = run("build", example_path, "--kb", kb, "-o", tmp_path / "x.ttl")
    assert "bad.jsonl:1: unknown type 'Spaceship'" in _one_line_error(r, 2)
    assert not (tmp_path / "x.ttl").exists()
