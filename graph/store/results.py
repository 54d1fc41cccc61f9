"""Query results written while they are read, so that memory does not grow with the result.

SELECT and ASK: SPARQL 1.1 JSON, XML, CSV and TSV results, or an aligned table. CONSTRUCT and
DESCRIBE: N-Triples, Turtle (written in batches), CSV and TSV (subject, predicate, object); JSON-LD
and RDF/XML cannot be written in pieces, so their triples are gathered first. At every row the
deadline is checked and the row counted, and output goes out in chunks of about 64 KB, so a
query that returns rows forever is cut by its limits, not by the machine's memory.

>>> import io, pyoxigraph as ox
>>> out = io.BytesIO()
>>> write_solutions(["n"], [(ox.Literal("1"),)], out, "csv").rows
1
>>> out.getvalue()
b'n\\r\\n1\\r\\n'
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from ..errors import LimitError
from .limits import Deadline

CHUNK = 64 * 1024

SOLUTION_FORMATS = ("json", "xml", "csv", "tsv", "table")
TRIPLE_FORMATS = ("turtle", "nt", "jsonld", "xml", "csv", "tsv")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_SHORT = {_XSD + "integer": r"[+-]?\d+", _XSD + "decimal": r"[+-]?\d*\.\d+", _XSD + "boolean": r"true|false"}
_SPARQL_RESULTS = "http://www.w3.org/2005/sparql-results#"


@dataclass
class Written:
    """What a writer wrote: ``rows`` rows (or triples); ``truncated`` when it stopped at ``max_rows`` with more left."""

    rows: int = 0
    truncated: bool = False
    bytes: int = 0


def size_message(max_bytes: int) -> str:
    return (f"the response is larger than {max_bytes / 2**20:g} MB and was stopped; narrow the query "
            f"(a LIMIT, fewer columns) or page through it with LIMIT and OFFSET")


# ------------------------------------------------------------------ terms


def term_value(term) -> str | None:
    """A term's plain value: an IRI, a literal's lexical form, ``_:id`` for a blank node."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def short_iri(iri: str) -> str:
    """``prefix:local`` for an IRI in one of kg's namespaces (for reading), else the IRI."""
    from ..rdf.write import PREFIXES

    best, name = "", ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    if best:
        local = iri[len(best):]
        if local and all(c.isalnum() or c in "-_." for c in local):
            return f"{name}:{local}"
    return iri


def json_term(term) -> dict:
    """A term in SPARQL 1.1 JSON results."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": json_term(term.subject),
                                            "predicate": json_term(term.predicate),
                                            "object": json_term(term.object)}}
    raise TypeError(term)


def tsv_term(term) -> str:
    """A term in SPARQL 1.1 TSV results: Turtle syntax, numbers and booleans short, tabs escaped."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language:
        pattern = _SHORT.get(term.datatype.value)
        if pattern and re.fullmatch(pattern, term.value):
            return term.value
    return str(term).replace("\t", "\\t")


def _xml_term(term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attr = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != _XSD_STRING:
            attr = f" datatype={quoteattr(term.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
                f"</predicate><object>{_xml_term(term.object)}</object></triple>")
    raise TypeError(term)


def display(term) -> str:
    """A term as the table shows it: IRIs shortened, literals as their text."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return short_iri(term.value)
    return term_value(term) or ""


# ------------------------------------------------------------------ output


class _Sink:
    """Pieces of output gathered and written to ``out`` in chunks, counting bytes against a cap."""

    def __init__(self, out: IO[bytes], max_bytes: int | None):
        self.out, self.max_bytes = out, max_bytes
        self.parts: list[bytes] = []
        self.size = self.total = 0

    def add(self, piece: str | bytes) -> None:
        data = piece.encode("utf-8") if isinstance(piece, str) else piece
        self.parts.append(data)
        self.size += len(data)
        self.total += len(data)
        if self.max_bytes and self.total > self.max_bytes:
            raise LimitError(size_message(self.max_bytes))
        if self.size >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.out.write(b"".join(self.parts))
            self.parts, self.size = [], 0


def limited(items: Iterable, written: Written, deadline: Deadline | None = None,
            max_rows: int | None = None) -> Iterator:
    """``items`` with the deadline checked at each one, stopping after ``max_rows``."""
    for item in items:
        if max_rows is not None and written.rows >= max_rows:
            written.truncated = True
            return
        if deadline is not None:
            deadline.check()
        written.rows += 1
        yield item


def _write(pieces: Iterable[str | bytes], out: IO[bytes], written: Written, max_bytes: int | None) -> Written:
    sink = _Sink(out, max_bytes)
    for piece in pieces:
        sink.add(piece)
    sink.flush()
    written.bytes = sink.total
    return written


def write_solutions(variables: list[str], solutions: Iterable, out: IO[bytes], fmt: str, *,
                    deadline: Deadline | None = None, max_rows: int | None = None,
                    max_bytes: int | None = None) -> Written:
    """Write SELECT solutions (sequences of terms in ``variables`` order) as ``fmt``: json, xml, csv, tsv or table.

    Raises:
        LimitError: the deadline passed or the output went over ``max_bytes`` (what was written stays written).
    """
    written = Written()
    rows = (tuple(s) for s in limited(solutions, written, deadline, max_rows))
    return _write(_solution_pieces(variables, rows, fmt), out, written, max_bytes)


def _solution_pieces(variables: list[str], rows: Iterator[tuple], fmt: str) -> Iterator[str]:
    if fmt == "json":
        yield json.dumps({"head": {"vars": variables}}, ensure_ascii=False)[:-1] + ', "results": {"bindings": ['
        sep = "\n"
        for row in rows:
            binding = {v: json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
            yield sep + json.dumps(binding, ensure_ascii=False)
            sep = ",\n"
        yield "\n]}}\n"
    elif fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        yield f'<?xml version="1.0"?>\n<sparql xmlns="{_SPARQL_RESULTS}"><head>{head}</head><results>\n'
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                            for v, t in zip(variables, row, strict=True) if t is not None)
            yield f"<result>{cells}</result>\n"
        yield "</results></sparql>\n"
    elif fmt == "csv":  # W3C SPARQL 1.1 CSV results: plain values, CRLF
        yield from _csv_lines([variables], ",")
        yield from _csv_lines((["" if t is None else term_value(t) for t in row] for row in rows), ",")
    elif fmt == "tsv":  # W3C SPARQL 1.1 TSV results: ?vars, terms in Turtle syntax
        yield "\t".join(f"?{v}" for v in variables) + "\n"
        for row in rows:
            yield "\t".join(tsv_term(t) for t in row) + "\n"
    elif fmt == "table":
        from ..formats import table_lines

        yield from table_lines(({v: display(t) for v, t in zip(variables, row, strict=True)} for row in rows),
                               variables)
    else:
        raise ValueError(f"unknown results format {fmt!r}")


def _csv_lines(rows: Iterable[list], delimiter: str) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def write_boolean(value: bool, out: IO[bytes], fmt: str) -> Written:
    """Write an ASK result as ``fmt``: json, xml, csv, tsv or table."""
    word = "true" if value else "false"
    text = {
        "json": json.dumps({"head": {}, "boolean": value}) + "\n",
        "xml": f'<?xml version="1.0"?>\n<sparql xmlns="{_SPARQL_RESULTS}"><head/><boolean>{word}</boolean></sparql>\n',
        "csv": f"_askResult\r\n{word}\r\n",
        "tsv": f"?_askResult\n{word}\n",
        "table": f"{word}\n",
    }[fmt]
    return _write([text], out, Written(rows=1), None)


def write_triples(triples: Iterable, out: IO[bytes], fmt: str, *, prefixes: dict[str, str] | None = None,
                  deadline: Deadline | None = None, max_rows: int | None = None,
                  max_bytes: int | None = None) -> Written:
    """Write CONSTRUCT or DESCRIBE triples as ``fmt``: turtle, nt, jsonld, xml (RDF/XML), csv or tsv."""
    written = Written()
    counted = limited(triples, written, deadline, max_rows)
    return _write(_triple_pieces(counted, fmt, prefixes), out, written, max_bytes)


def _triple_pieces(triples: Iterator, fmt: str, prefixes: dict[str, str] | None) -> Iterator[str | bytes]:
    import itertools

    import pyoxigraph as ox

    if fmt == "nt":
        for t in triples:
            yield f"{t.subject} {t.predicate} {t.object} .\n"
    elif fmt == "csv":
        yield from _csv_lines([["subject", "predicate", "object"]], ",")
        yield from _csv_lines(([term_value(t.subject), term_value(t.predicate), term_value(t.object)]
                               for t in triples), ",")
    elif fmt == "tsv":
        yield "?subject\t?predicate\t?object\n"
        for t in triples:
            yield f"{tsv_term(t.subject)}\t{tsv_term(t.predicate)}\t{tsv_term(t.object)}\n"
    elif fmt == "turtle":  # batches of Turtle, the prefixes written once
        first = True
        while batch := list(itertools.islice(triples, 2000)):
            data = ox.serialize(batch, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
            yield data if first else _without_prefixes(data)
            first = False
        if first and prefixes:
            yield ox.serialize([], format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    elif fmt in ("jsonld", "xml"):
        rdf = ox.RdfFormat.JSON_LD if fmt == "jsonld" else ox.RdfFormat.RDF_XML
        yield ox.serialize(list(triples), format=rdf, prefixes=prefixes if fmt == "xml" else None) or b""
    else:
        raise ValueError(f"unknown RDF format {fmt!r}")


def _without_prefixes(data: bytes) -> bytes:
    pos = 0
    while data.startswith(b"@prefix ", pos):
        pos = data.index(b"\n", pos) + 1
    return data[pos:]
