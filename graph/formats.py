"""Output formats: RDF and table formats by name and file extension, atomic writing, and rows
written as JSONL, CSV, TSV or an aligned text table."""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
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


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return str(value)


def write_rows(rows: Iterable[dict], fmt: TableFormat, out: IO[str], columns: list[str] | None = None) -> int:
    """Write ``rows`` in ``fmt``; returns how many were written."""
    rows = list(rows)
    if columns is None:
        columns = list(rows[0].keys()) if rows else []
    if fmt is TableFormat.jsonl:
        for row in rows:
            out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
    elif fmt in (TableFormat.csv, TableFormat.tsv):
        writer = csv.writer(out, delimiter="," if fmt is TableFormat.csv else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        cells = [[_cell(row.get(c)).replace("\n", " ") for c in columns] for row in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]

        def line(values: list[str]) -> str:
            parts = [(v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)]
            return "  ".join(parts).rstrip()

        out.write(line(columns) + "\n")
        out.write(line(["-" * w for w in widths]) + "\n")
        for r in cells:
            out.write(line(r) + "\n")
    return len(rows)
