"""Output formats: RDF and table formats by name and file extension, atomic writing, and rows
written as JSONL, CSV, TSV or an aligned text table."""
from __future__ import annotations

import csv
import itertools
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO

from .errors import UsageError


class RdfFormat(StrEnum):
    turtle = "turtle"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    xml = "xml"

    @property
    def rdflib_name(self) -> str:
        return {"turtle": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig",
                "jsonld": "json-ld", "xml": "xml"}[self.value]

    @property
    def is_dataset(self) -> bool:
        """True for formats that keep one named graph per article."""
        return self in (RdfFormat.nq, RdfFormat.trig, RdfFormat.jsonld)


class TableFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    table = "table"


class ResultFormat(StrEnum):
    """Output formats of ``kg query``. SELECT and ASK results: table, csv, tsv, json (SPARQL JSON
    results). CONSTRUCT and DESCRIBE results are RDF: turtle (also what ``table`` gives), nt,
    jsonld (also what ``json`` gives), xml (RDF/XML); csv and tsv give subject, predicate, object."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    turtle = "turtle"
    nt = "nt"
    jsonld = "jsonld"
    xml = "xml"


class ExportFormat(StrEnum):
    """Output formats of ``kg export``: the RDF formats, and GraphML and GEXF for Gephi, Cytoscape or yEd."""

    turtle = "turtle"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    xml = "xml"
    graphml = "graphml"
    gexf = "gexf"


EXTENSIONS = {
    ".ttl": RdfFormat.turtle, ".turtle": RdfFormat.turtle, ".nt": RdfFormat.nt, ".ntriples": RdfFormat.nt,
    ".nq": RdfFormat.nq, ".nquads": RdfFormat.nq, ".trig": RdfFormat.trig, ".jsonld": RdfFormat.jsonld,
    ".json": RdfFormat.jsonld, ".rdf": RdfFormat.xml, ".xml": RdfFormat.xml, ".owl": RdfFormat.xml,
}


def guess_rdf_format(path: str | Path | None, given: RdfFormat | None = None) -> RdfFormat:
    """The format given, else the one the file extension names, else Turtle for stdout."""
    if given is not None:
        return given
    if path is None or str(path) == "-":
        return RdfFormat.turtle
    suffix = Path(path).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    raise UsageError(f"cannot tell the RDF format of {path}: use --format "
                     f"({', '.join(f.value for f in RdfFormat)}) or an extension such as .ttl")


_PENDING: set[str] = set()
"""Temporary files of the atomic writes in progress (see :func:`discard_pending_writes`)."""


def discard_pending_writes() -> None:
    """Remove the temporary files of the writes in progress: for a process about to end abruptly."""
    for tmp in list(_PENDING):
        try:
            os.unlink(tmp)
        except OSError:
            pass


@contextmanager
def atomic_write(path: str | Path, mode: str = "wb"):
    """Write to a temporary file beside ``path`` and rename it into place on success.

    On error the temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)           # mkstemp makes 0600; give the file the usual mode
    _PENDING.add(tmp)
    try:
        fh = os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8", newline="")
        with fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    finally:
        _PENDING.discard(tmp)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return str(value)


def write_rows(rows: Iterable[dict], fmt: TableFormat, out: IO[str], columns: list[str] | None = None) -> int:
    """Write ``rows`` in ``fmt`` as they come (a table is aligned on its first 1,000 rows); returns how many."""
    it = iter(rows)
    if columns is None:
        first = next(it, None)
        columns = list(first.keys()) if first is not None else []
        it = itertools.chain([first] if first is not None else [], it)
    count = 0
    if fmt is TableFormat.jsonl:
        for row in it:
            out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
            count += 1
    elif fmt in (TableFormat.csv, TableFormat.tsv):
        writer = csv.writer(out, delimiter="," if fmt is TableFormat.csv else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in it:
            writer.writerow([_cell(row.get(c)) for c in columns])
            count += 1
    else:
        for i, line in enumerate(table_lines(it, columns)):
            out.write(line)
            count = max(0, i - 1)
    return count


TABLE_SAMPLE = 1000
"""Rows a text table's column widths are measured on; the rows after them are printed as they come."""


def table_lines(rows: Iterable[dict], columns: list[str]) -> Iterator[str]:
    """An aligned text table, one line at a time: the header, a rule, then the rows. Columns are at most
    60 characters wide (longer cells end with …), measured on the first :data:`TABLE_SAMPLE` rows."""
    it = iter(rows)

    def cells(row: dict) -> list[str]:
        return [_cell(row.get(c)).replace("\n", " ") for c in columns]

    sample = [cells(r) for r in itertools.islice(it, TABLE_SAMPLE)]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in sample])) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        parts = [(v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)]
        return "  ".join(parts).rstrip() + "\n"

    yield line(columns)
    yield line(["-" * w for w in widths])
    for r in sample:
        yield line(r)
    for row in it:
        yield line(cells(row))
