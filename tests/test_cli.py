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


# ------------------------------------------------------------------ help and conventions

COMMANDS = ["build", "facts", "entities", "view", "validate", "query", "export", "remove", "serve"]


def _help(*args) -> tuple[int, str]:
    """The exit code and help text of ``kg ARGS`` (run as ``python -m graph``, which click names so)."""
    r = run(*args)
    return r.returncode, r.stdout.decode().replace("python -m graph", "kg")


def test_cli_bare_kg_prints_the_help_and_succeeds():
    r = run()
    assert r.returncode == 0 and r.stderr == b""
    assert _help()[1].startswith("Usage: kg [OPTIONS] COMMAND") and "build" in r.stdout.decode()


def test_cli_version():
    from graph import __version__

    r = run("--version")
    assert (r.returncode, r.stdout.decode(), r.stderr) == (0, f"kg {__version__}\n", b"")


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_help_conventions(command):
    """-h and --help everywhere; metavars in capitals, no Python types; every --format lists its choices."""
    import re

    (code, text), (code2, text2) = _help(command, "-h"), _help(command, "--help")
    assert code == code2 == 0 and text == text2
    assert text.startswith(f"Usage: kg {command} ")
    for bad in re.findall(r"<[^>|]*>", text):          # <list[str]>, <str>, <integer>: a type, not a metavar
        assert bad in ("<iri>",), bad
    assert not re.search(r"\{\w+\}", text.splitlines()[0])
    usage = text.splitlines()[0].split(f"kg {command} ")[1]
    assert all(word.strip("[].") == word.strip("[].").upper() for word in usage.split()), usage
    for m in re.finditer(r"^  (?:-\w, )?--([\w-]+) (\S+)", text, re.M):
        name, metavar = m.groups()
        if metavar.startswith("<"):
            assert "|" in metavar, (name, metavar)        # an enum: its choices
        else:
            assert metavar == metavar.upper(), (name, metavar)
    formats = re.findall(r"--format (\S+)", text)
    if command in ("build", "facts", "entities", "query", "export"):
        assert formats and formats[0].startswith("<") and "|" in formats[0], text


def test_cli_help_metavars_name_what_they_take():
    build = _help("build", "-h")[1]
    for expected in ("INPUT...", "-o, --output FILE", "--store STORE", "--kb FILE", "--max-chars N", "-j, --jobs N"):
        assert expected in build, expected
    query = _help("query", "-h")[1]
    assert "Usage: kg query [OPTIONS] [GRAPH] [QUERY]" in query and "-p, --param VAR=VALUE" in query


# ------------------------------------------------------------------ what kg build says, and hostile inputs

ENGLISH = "Acme AI raises new funds\n\nAcme AI was co-founded in 2021 by Jane Roux, its CEO.\n"


def test_cli_build_one_article_says_what_it_wrote(tmp_path):
    src = tmp_path / "acme.txt"
    src.write_text(ENGLISH, encoding="utf-8")
    r = run("build", src, "-o", tmp_path / "acme.ttl", "--lang", "en")
    assert r.returncode == 0, r.stderr.decode()
    import re

    assert re.fullmatch(rf"kg: wrote {re.escape(str(tmp_path / 'acme.ttl'))}: 1 article, [1-9]\d* facts, [1-9]\d* "
                        rf"entities\n", r.stderr.decode()), r.stderr.decode()
    assert run("build", src, "-o", tmp_path / "q.ttl", "--lang", "en", "-q").stderr == b""


def test_cli_build_over_the_limit_exits_2_before_any_work(tmp_path):
    src = tmp_path / "long.txt"
    src.write_text(ENGLISH * 100, encoding="utf-8")                  # 8,000 characters
    r = run("build", src, "-o", tmp_path / "o.ttl", "--max-chars", "5000")
    err = _one_line_error(r, 2)
    assert f"{src}: 8,000 characters, more than the 5,000 an article may have" in err and "--max-chars 100000" in err
    assert list(tmp_path.iterdir()) == [src]
    assert "--max-chars 0: give" in _one_line_error(run("build", src, "--max-chars", "0"), 2)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_cli_build_character_device_exits_2(tmp_path):
    r = run("build", "/dev/zero", "-o", tmp_path / "o.ttl")
    assert "/dev/zero: a character device, not a file" in _one_line_error(r, 2)
    with open("/dev/zero", "rb") as zero:
        r = subprocess.run([*KG, "build", "-", "-o", str(tmp_path / "o.ttl")], stdin=zero, capture_output=True)
    assert "<stdin>: a character device, not a file or a pipe" in _one_line_error(r, 2)
    assert list(tmp_path.iterdir()) == []


def test_cli_build_endless_stream_exits_2(tmp_path):
    yes = subprocess.Popen(["yes", "Acme AI raised money."], stdout=subprocess.PIPE)
    try:
        r = subprocess.run([*KG, "build", "-", "-o", str(tmp_path / "o.ttl"), "--max-chars", "100000"],
                           stdin=yes.stdout, capture_output=True, timeout=120)
    finally:
        yes.kill()
        yes.wait()
    assert "<stdin>: more than 1.0 MB and not at its end" in _one_line_error(r, 2)
    assert list(tmp_path.iterdir()) == []


def test_cli_store_at_a_regular_file_exits_2_with_advice(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("not a store", encoding="utf-8")
    err = _one_line_error(run("query", "--store", f, "--name", "founders"), 2)
    assert "a file, not a store; --store takes a folder" in err and "kg build ARTICLES --store corpus.kg" in err
    assert f.read_text(encoding="utf-8") == "not a store"


def test_cli_view_never_overwrites_a_file_it_was_not_given(tmp_path, example_ttl):
    import shutil

    graph = tmp_path / "g.ttl"
    shutil.copy(example_ttl, graph)
    page = tmp_path / "g.html"
    page.write_text("mine", encoding="utf-8")
    err = _one_line_error(run("view", graph), 2)
    assert f"{page} exists; name the page with -o" in err and page.read_text(encoding="utf-8") == "mine"
    r = run("view", graph, "-o", page)
    assert r.returncode == 0 and page.read_text(encoding="utf-8") != "mine"
