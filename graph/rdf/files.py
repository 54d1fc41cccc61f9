"""Graph files: serialise a graph deterministically, write it atomically, parse one back.

>>> from graph.rdf import load_graph, save_graph               # doctest: +SKIP
>>> save_graph(load_graph("out/r.ttl"), "out/r.nt")           # doctest: +SKIP
"""
from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Dataset, Graph

from ..errors import GraphFileError, KgError
from ..formats import RdfFormat, atomic_write, guess_rdf_format
from .write import as_graph, new_dataset


def union_graph(ds: Dataset | Graph) -> Graph:
    """All triples of all named graphs, in one graph (for formats without named graphs)."""
    return as_graph(ds)


def serialize(ds: Dataset | Graph, fmt: RdfFormat) -> bytes:
    """Serialise deterministically: the same graph gives the same bytes."""
    if fmt in (RdfFormat.nt, RdfFormat.nq):
        target = ds if fmt is RdfFormat.nq else union_graph(ds)
        text = target.serialize(format=fmt.rdflib_name)
        lines = sorted({line for line in text.splitlines() if line.strip()})
        return ("\n".join(lines) + "\n").encode("utf-8")
    target = ds if fmt.is_dataset else union_graph(ds)
    out = target.serialize(format=fmt.rdflib_name)
    return out.encode("utf-8") if isinstance(out, str) else out


def save_graph(ds: Dataset | Graph, path: str | Path, fmt: RdfFormat | None = None) -> None:
    """Write ``ds`` to ``path`` (``-`` for stdout) atomically, the format guessed from the extension."""
    fmt = guess_rdf_format(path, fmt)
    data = serialize(ds, fmt)
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    with atomic_write(path) as fh:
        fh.write(data)


def load_graph(path: str | Path, fmt: RdfFormat | None = None, *, data: bytes | None = None) -> Dataset:
    """Parse a graph file (any format kg writes) into a Dataset.

    ``data``, when given, is the file's content already read (``path`` then only names it).
    """
    ds = new_dataset()
    name = str(path)
    try:
        if data is not None:
            fmt = guess_rdf_format(path, fmt)
        elif name == "-":
            data = sys.stdin.buffer.read()
            fmt = fmt or RdfFormat.turtle
        else:
            p = Path(path)
            if not p.exists():
                raise GraphFileError(f"{path}: no such graph file; build one with `kg build ARTICLE -o {path}`")
            if p.is_dir():
                raise GraphFileError(f"{path}: is a folder; for a store use --store {path}")
            fmt = guess_rdf_format(path, fmt)
            data = p.read_bytes()
        if not data.strip():
            raise GraphFileError(f"{name}: the graph file is empty; rebuild it with `kg build`")
        if fmt.is_dataset:
            ds.parse(data=data, format=fmt.rdflib_name)
        else:
            ds.default_graph.parse(data=data, format=fmt.rdflib_name)
    except KgError:
        raise
    except Exception as exc:  # rdflib raises many kinds of parse errors
        msg = " ".join(str(exc).split())[:300]
        raise GraphFileError(f"{name}: not a valid {fmt.value if fmt else 'RDF'} graph ({msg}); "
                             f"check the file or give --format") from None
    return ds
