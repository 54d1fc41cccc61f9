"""RDF and table formats: names, guessing from file extensions, and atomic writing."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from .errors import UsageError


class RdfFormat(str, Enum):
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


class TableFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    table = "table"


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
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
