"""Write ``graph/rdf/namespace.py`` from ``ontology/kg.ttl``: one typed attribute per term, its
comment the term's English ``rdfs:comment`` (or label), as rdflib does for its own vocabularies.

    python -m graph.rdf.gen_namespace            # rewrite namespace.py after editing kg.ttl
    python -m graph.rdf.gen_namespace --check    # exit 1 when namespace.py is out of date

``tests/test_ontology.py`` regenerates the module in memory and fails when the file drifts.
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "namespace.py"
ONTOLOGY_IRI = "https://w3id.org/kgnews/ontology#"

HEADER = '''"""The kg ontology namespace, one attribute per term of ``ontology/kg.ttl``.

Generated from the ontology by ``python -m graph.rdf.gen_namespace``: do not edit by hand;
``tests/test_ontology.py`` fails when the two drift. A misspelt term raises ``AttributeError``
instead of minting a wrong IRI.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "{iri}"
#: Base IRIs minted by kg (see ontology/README.md).
ENTITY = Namespace("https://w3id.org/kgnews/id/")
ARTICLE = Namespace("https://w3id.org/kgnews/article/")
STATEMENT = Namespace("https://w3id.org/kgnews/statement/")
AMOUNT = Namespace("https://w3id.org/kgnews/amount/")


class KG(DefinedNamespace):
    """Terms of the kg ontology."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True
'''


def render(ttl: Path | None = None) -> str:
    """The text of ``namespace.py`` for the ontology at ``ttl`` (default: kg's own)."""
    import rdflib
    from rdflib.namespace import RDFS

    if ttl is None:
        from .ontology import ontology_dir

        ttl = ontology_dir() / "kg.ttl"
    g = rdflib.Graph().parse(ttl, format="turtle")
    terms = sorted({str(s)[len(ONTOLOGY_IRI):] for s in g.subjects()
                    if str(s).startswith(ONTOLOGY_IRI) and len(str(s)) > len(ONTOLOGY_IRI)})
    out = [HEADER.replace("{iri}", ONTOLOGY_IRI).rstrip("\n"), ""]
    for term in terms:
        node = rdflib.URIRef(ONTOLOGY_IRI + term)
        doc = next((str(o) for p in (RDFS.comment, RDFS.label) for o in sorted(g.objects(node, p), key=str)
                    if isinstance(o, rdflib.Literal) and o.language in ("en", None)), "")
        for line in textwrap.wrap(" ".join(doc.split()), 112):
            out.append(f"    # {line}")
        out.append(f"    {term}: URIRef")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check that namespace.py is up to date")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            sys.stderr.write(f"{TARGET} is out of date; run python -m graph.rdf.gen_namespace\n")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
