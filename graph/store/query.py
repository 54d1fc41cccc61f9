"""SPARQL over any store, named queries, and result formatting.

Queries always run on Oxigraph (a graph file is loaded into an in-memory Oxigraph store; a
remote server runs them itself), with the default graph being the union of all article
graphs. Named queries live in ``ontology/queries/NAME.rq``, their first line a
``# description``.

>>> import graph
>>> res = graph.run_query("out/reflection-ai.ttl", graph.named_query("investors").text)  # doctest: +SKIP
>>> res.rows()[0]["investor"]                                                          # doctest: +SKIP
'Nvidia'
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import QueryError, UsageError
from ..formats import ResultFormat

SOLUTION_FORMATS = (ResultFormat.table, ResultFormat.csv, ResultFormat.tsv, ResultFormat.json)

# ------------------------------------------------------------------ named queries


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in ``ontology/queries``: its name (the file stem), description and text."""

    name: str
    description: str
    text: str
    path: Path


def queries_dir() -> Path:
    from ..rdf.ontology import ontology_dir

    return ontology_dir() / "queries"


def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name, sorted."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        desc = first[1:].strip() if first.startswith("#") else ""
        out[path.stem] = NamedQuery(path.stem, desc, text, path)
    return out


def named_query(name: str) -> NamedQuery:
    """The named query ``name``; an unknown name raises :class:`QueryError` listing the available ones."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; available: {', '.join(queries)} (see `kg query --list`)")
    return queries[name]


# ------------------------------------------------------------------ results


def _short(iri: str) -> str:
    from ..rdf.write import PREFIXES

    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    if best:
        local = iri[len(best):]
        if local and all(c.isalnum() or c in "-_." for c in local):
            return f"{name}:{local}"
    return iri


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


def _json_term(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    raise TypeError(term)


def _tsv_term(term) -> str:
    if term is None:
        return ""
    return str(term).replace("\t", "\\t")


@dataclass
class QueryResult:
    """What a query returned: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    ``rows()`` gives SELECT solutions as dicts of plain strings; ``write()`` prints any result.
    """

    form: str
    variables: list[str] = field(default_factory=list)
    solutions: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)

    def rows(self) -> list[dict[str, str | None]]:
        if self.form == "ask":
            return [{"boolean": "true" if self.boolean else "false"}]
        if self.form in ("construct", "describe"):
            return [{"subject": term_value(t.subject), "predicate": term_value(t.predicate),
                     "object": term_value(t.object)} for t in self.triples]
        return [{v: term_value(t) for v, t in zip(self.variables, sol, strict=True)} for sol in self.solutions]

    def __len__(self) -> int:
        if self.form == "ask":
            return 1
        return len(self.triples) if self.form in ("construct", "describe") else len(self.solutions)

    def to_json(self) -> dict:
        """SPARQL 1.1 Query Results JSON (SELECT, ASK)."""
        if self.form == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        bindings = [{v: _json_term(t) for v, t in zip(self.variables, sol, strict=True) if t is not None}
                    for sol in self.solutions]
        return {"head": {"vars": self.variables}, "results": {"bindings": bindings}}

    def write(self, out: IO[bytes], fmt: ResultFormat | str = ResultFormat.table) -> None:
        """Write the result in ``fmt`` to a binary stream."""
        fmt = ResultFormat(fmt)
        if self.form in ("construct", "describe"):
            self._write_graph(out, fmt)
            return
        if fmt not in SOLUTION_FORMATS:
            raise UsageError(f"--format {fmt.value} is for CONSTRUCT and DESCRIBE results; "
                             f"a {self.form.upper()} gives table, csv, tsv or json")
        if fmt is ResultFormat.json:
            out.write(json.dumps(self.to_json(), ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
            return
        text = io.StringIO()
        if self.form == "ask":
            if fmt is ResultFormat.table:
                text.write(("true" if self.boolean else "false") + "\n")
            else:
                text.write(("?_askResult\n" if fmt is ResultFormat.tsv else "_askResult\r\n")
                           + ("true" if self.boolean else "false") + ("\n" if fmt is ResultFormat.tsv else "\r\n"))
        elif fmt is ResultFormat.csv:  # W3C SPARQL 1.1 CSV results: plain values, CRLF
            w = csv.writer(text, lineterminator="\r\n")
            w.writerow(self.variables)
            for sol in self.solutions:
                w.writerow(["" if t is None else term_value(t) for t in sol])
        elif fmt is ResultFormat.tsv:  # W3C SPARQL 1.1 TSV results: ?vars, terms in Turtle syntax
            text.write("\t".join(f"?{v}" for v in self.variables) + "\n")
            for sol in self.solutions:
                text.write("\t".join(_tsv_term(t) for t in sol) + "\n")
        else:
            from ..formats import TableFormat, write_rows

            rows = [{v: self._display(t) for v, t in zip(self.variables, sol, strict=True)} for sol in self.solutions]
            write_rows(rows, TableFormat.table, text, self.variables)
        out.write(text.getvalue().encode("utf-8"))

    @staticmethod
    def _display(term) -> str:
        import pyoxigraph as ox

        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return _short(term.value)
        return term_value(term) or ""

    def _write_graph(self, out: IO[bytes], fmt: ResultFormat) -> None:
        import pyoxigraph as ox

        from ..rdf.write import PREFIXES

        if fmt in (ResultFormat.csv, ResultFormat.tsv):
            text = io.StringIO()
            if fmt is ResultFormat.csv:
                w = csv.writer(text, lineterminator="\r\n")
                w.writerow(["subject", "predicate", "object"])
                for t in self.triples:
                    w.writerow([term_value(t.subject), term_value(t.predicate), term_value(t.object)])
            else:
                text.write("?subject\t?predicate\t?object\n")
                for t in self.triples:
                    text.write(f"{_tsv_term(t.subject)}\t{_tsv_term(t.predicate)}\t{_tsv_term(t.object)}\n")
            out.write(text.getvalue().encode("utf-8"))
            return
        rdf = {ResultFormat.table: ox.RdfFormat.TURTLE, ResultFormat.turtle: ox.RdfFormat.TURTLE,
               ResultFormat.nt: ox.RdfFormat.N_TRIPLES, ResultFormat.json: ox.RdfFormat.JSON_LD,
               ResultFormat.jsonld: ox.RdfFormat.JSON_LD, ResultFormat.xml: ox.RdfFormat.RDF_XML}[fmt]
        prefixes = {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
        if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
            data = ox.serialize(self.triples, format=rdf, prefixes=prefixes)
        else:
            data = ox.serialize(self.triples, format=rdf)
        data = data or b""
        out.write(data)


# ------------------------------------------------------------------ running


def _classify(sparql: str) -> str:
    """The query form; a text that parses only as a SPARQL Update is ``update``."""
    import pyoxigraph as ox

    from .base import query_form

    form = query_form(sparql)
    if form == "update":
        return form
    try:
        ox.Store().query(sparql)
        return form
    except SyntaxError as exc:
        try:
            ox.Store().update(sparql)  # an empty throw-away store: parses, changes nothing of the user's
        except (SyntaxError, OSError):
            raise QueryError(f"invalid SPARQL query: {' '.join(str(exc).split())}") from None
        return "update"


def run_query(source, sparql: str, *, allow_update: bool = False) -> QueryResult:
    """Run SPARQL on ``source`` and return the result, fully read.

    Args:
        source: a store (:mod:`graph.store`), a store spec (graph file, store folder, URL) or an
            rdflib Graph/Dataset.
        sparql: a SPARQL 1.1 query; a SPARQL Update only with ``allow_update=True``.
        allow_update: let updates through (they change the store or file).

    Raises:
        QueryError: the query is invalid, or is an update without ``allow_update``.
        StoreError: the store cannot be opened or reached.
    """
    import pyoxigraph as ox

    from .base import BaseStore
    from .open import as_store

    if not sparql or not sparql.strip():
        raise QueryError("the SPARQL query is empty; give a query, --file Q.rq or --name NAME")
    form = _classify(sparql)
    if form == "update" and not allow_update:
        raise QueryError("this is a SPARQL Update, which changes the store; kg query refuses updates "
                         "unless --allow-update is given")
    owned = not isinstance(source, BaseStore)
    store = as_store(source, write=(form == "update"))
    try:
        if form == "update":
            store.update(sparql)
            return QueryResult(form="update")
        res = store.query(sparql)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(form="ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            solutions = [tuple(sol[v] for v in variables) for sol in res]
            return QueryResult(form="select", variables=variables, solutions=solutions)
        return QueryResult(form=form if form in ("construct", "describe") else "construct", triples=list(res))
    finally:
        if owned:
            store.close()


def _param_term(value: str) -> str:
    """A parameter value as a SPARQL term: ``<iri>``, ``prefix:local`` (kg's prefixes), a number, else a string."""
    import re

    import pyoxigraph as ox

    from ..rdf.write import PREFIXES

    if value.startswith("<") and value.endswith(">"):
        return value
    m = re.fullmatch(r"([A-Za-z][\w-]*):([\w.-]+)", value)
    if m and m.group(1) in PREFIXES:
        return f"<{PREFIXES[m.group(1)]}{m.group(2)}>"
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
        return value
    return str(ox.Literal(value))


_LEXEMES = None


def _mask(sparql: str) -> str:
    """``sparql`` with strings, IRIs and comments blanked out (same length), to find its structure."""
    import re

    global _LEXEMES
    if _LEXEMES is None:
        _LEXEMES = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                              r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
    return _LEXEMES.sub(lambda m: " " * len(m.group()), sparql)


def _block_end(masked: str, open_brace: int) -> int:
    depth = 0
    for i in range(open_brace, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(masked)


def bind_params(sparql: str, params: dict[str, str], *, store=None) -> str:
    """Constrain variables of a query: ``{"organisation": "Reflection AI"}`` adds
    ``VALUES ?organisation { "Reflection AI" }`` at the start of every ``GRAPH ?g { ... }``
    block that uses the variable (else at the start of the WHERE clause), so the store
    looks the value up first (fast on large stores: Oxigraph joins a VALUES placed
    elsewhere only afterwards).

    Values are string literals, unless written ``<iri>``, ``prefix:local`` (kg's prefixes) or as a number.
    A variable computed by ``BIND`` or ``AS`` cannot be constrained this way.

    A variable that is an entity's label (``?subject rdfs:label ?organisation``) constrains the entity
    instead: ``{"organisation": "Mistral"}`` keeps the rows of every entity that any article names
    "Mistral" (its ``rdfs:label`` there, ``skos:prefLabel`` or ``kg:alias``), whatever label the row
    shows, so two spellings of one merged entity give the same rows; ``<iri>`` or ``id:...`` names the
    entity itself. Give the ``store`` the query will run on: the entities are then looked up first, which
    keeps the query fast on a large store.
    """
    import re

    if not params:
        return sparql
    masked = _mask(sparql)
    for name in params:
        if not re.fullmatch(r"\w+", name) or not re.search(rf"[?$]{name}\b", masked):
            found = sorted(set(re.findall(r"[?$](\w+)", masked)))
            raise QueryError(f"the query has no variable ?{name}; its variables: {', '.join(found)}")
        if re.search(rf"(?i)\bAS\s+[?$]{name}\b", masked):
            raise QueryError(f"?{name} is computed in the query (BIND or AS), so it cannot be given a value; "
                             f"filter on another column")

    # a name (?organisation in `?subject rdfs:label ?organisation`) constrains the entity it names (?subject)
    nodes = {n: node for n in params if (node := _labelled(sparql, masked, n))}

    entity_clauses = {n: _entity_clause(node, params[n], store) for n, node in nodes.items()}

    def clause(names: list[str]) -> str:
        plain = [n for n in names if n not in nodes]
        out = "".join(entity_clauses[n] for n in names if n in nodes)
        if plain:
            values = " ".join(_param_term(params[n]) for n in plain)
            out += f"\n    VALUES ({' '.join('?' + n for n in plain)}) {{ ({values}) }}\n"
        return out

    def uses(block: str, name: str) -> bool:
        return re.search(rf"[?$]{nodes.get(name, name)}\b", block) is not None

    inserts: list[tuple[int, str]] = []
    placed: set[str] = set()
    for m in re.finditer(r"(?i)\bGRAPH\s+[?$]\w+\s*\{", masked):
        block = masked[m.end():_block_end(masked, m.end() - 1)]
        names = [n for n in params if uses(block, n)]
        if names:
            inserts.append((m.end(), clause(names)))
            placed.update(names)
    rest = [n for n in params if n not in placed]
    if rest:
        where = re.search(r"(?i)\bWHERE\s*\{", masked) or re.search(r"\{", masked)
        if not where:
            raise QueryError("cannot find the query's WHERE clause to add the parameters to")
        inserts.append((where.end(), clause(rest)))
    for pos, text in sorted(inserts, reverse=True):
        sparql = sparql[:pos] + text + sparql[pos:]
    return sparql


_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
#: What names an entity, in any article: its label there, the knowledge base's name, the other spellings.
_NAMES = (_LABEL, "http://www.w3.org/2004/02/skos/core#prefLabel", "https://w3id.org/kgnews/ontology#alias")


def _labelled(sparql: str, masked: str, name: str) -> str | None:
    """The variable ``?name`` is the label of, as in ``?subject rdfs:label ?name`` (None when it is not a label)."""
    import re

    m = re.search(rf"(?:\brdfs:label|<{re.escape(_LABEL)}>)\s+[?$]{name}\b", sparql)
    if m is None or not masked[m.end() - len(name) - 1:m.end()].strip():
        return None
    # the statement's subject: the first term after the end of the previous statement or group
    begin = max(masked.rfind(c, 0, m.start()) for c in ".{}") + 1
    subject = re.match(r"\s*[?$](\w+)\b", masked[begin:m.start()])
    return subject.group(1) if subject else None


def _entity_clause(node: str, value: str, store=None) -> str:
    """A pattern that keeps the entities ``?node`` named ``value`` by any of their labels and aliases in any
    article (``Mistral`` and ``Mistral AI`` find the same merged entity), or the entity ``<iri>`` itself.

    With the store at hand the entities are looked up first and given as ``VALUES`` (a few milliseconds on a
    million triples); without it, a sub-query finds them as the query runs (correct, but on a large store
    Oxigraph joins it late: tens to hundreds of milliseconds)."""
    term = _param_term(value)
    if term.startswith("<"):
        return f"\n    VALUES ?{node} {{ {term} }}\n"
    import pyoxigraph as ox

    literal = str(ox.Literal(value))

    def lookup(var: str) -> str:
        names = " UNION ".join(f"{{ ?{var} <{p}> {literal} }}" for p in _NAMES)
        return f"SELECT DISTINCT ?{var} WHERE {{ GRAPH ?_kg_{var} {{ {names} }} }}"

    if store is not None:
        found = sorted(f"<{r['e']}>" for r in run_query(store, lookup("e")).rows()
                       if r["e"] and not r["e"].startswith("_:"))
        return f"\n    VALUES ?{node} {{ {' '.join(found)} }}\n"
    return f"\n    {{ {lookup(node)} }}\n"


PAGE_SIZE = 100
"""Rows a named query returns unless ``--limit`` says otherwise (``0``: all rows)."""

PAGE_MARK = "kg:page"
"""A comment ``# kg:page`` inside a sub-select marks where a page's LIMIT and OFFSET go."""


def page(sparql: str, limit: int, offset: int = 0) -> str:
    """The SELECT query ``sparql`` restricted to ``limit`` rows after skipping ``offset`` (``limit=0``: no
    limit), written so that a large store stops early instead of sorting every row first.

    * A query with a ``# kg:page`` comment in a sub-select (the aggregating named queries) gets its
      ``LIMIT``/``OFFSET`` there, so only one page of keys is aggregated and sorted.
    * Otherwise the rows are taken in the store's order (stable for a given store) and only the page
      is sorted by the query's ``ORDER BY``: ``SELECT vars { { query LIMIT n OFFSET k } } ORDER BY keys``.
      When an ``ORDER BY`` key is not a projected variable, the whole result is sorted first (slow but exact).

    ``limit=0, offset=0`` returns the query unchanged: every row, fully sorted.

    Raises:
        UsageError: a negative number, a query that is not a SELECT, or one with its own LIMIT/OFFSET.
    """
    import re

    from .base import query_form

    if limit < 0 or offset < 0:
        raise UsageError("--limit and --offset take a number of rows, 0 or more (--limit 0: every row)")
    if not limit and not offset:
        return sparql
    if query_form(sparql) != "select":
        raise UsageError("--limit and --offset are for SELECT queries; write LIMIT in the query itself")
    clause = (f"LIMIT {limit}" if limit else "") + (f" OFFSET {offset}" if offset else "")
    whole = sparql.rstrip() + "\n" + clause + "\n"   # the whole result sorted, then cut: exact, slower
    masked = _mask(sparql)
    for m in re.finditer(r"#[ \t]*" + re.escape(PAGE_MARK) + r"\b[^\n]*", sparql):
        if not masked[m.start():m.end()].strip():  # a real comment, not text inside a string or IRI
            return sparql[:m.start()] + clause + sparql[m.end():]
    select = re.search(r"(?i)\bSELECT\b", masked)
    brace = masked.find("{", select.end()) if select else -1
    if select is None or brace < 0:
        raise QueryError("cannot find the query's WHERE clause to page it")
    end = _block_end(masked, brace)
    tail = masked[end + 1:]
    if re.search(r"(?i)\b(LIMIT|OFFSET)\b", tail):
        raise UsageError("the query has its own LIMIT or OFFSET; drop them or --limit/--offset")
    if "{" in tail:  # a trailing VALUES block: keep it simple, page the whole result
        return whole
    order = re.search(r"(?i)\bORDER\s+BY\b", tail)
    if not order:
        return whole
    cut = end + 1 + order.start()
    prologue, inner, order_by = sparql[:select.start()], sparql[select.start():cut].rstrip(), sparql[cut:].strip()
    variables = _projection(prologue + inner)
    keys = set(re.findall(r"[?$](\w+)", _mask(order_by)))
    if variables is None or not keys <= set(variables):
        return whole
    return (f"{prologue}SELECT {' '.join('?' + v for v in variables)} WHERE {{\n  {{\n{inner}\n{clause}\n  }}\n}}\n"
            f"{order_by}\n")


def _projection(sparql: str) -> list[str] | None:
    """The variables a SELECT query returns, in order (from Oxigraph, on an empty store)."""
    import pyoxigraph as ox

    try:
        results = ox.Store().query(sparql)
    except (SyntaxError, OSError):
        return None
    return [v.value for v in results.variables] if isinstance(results, ox.QuerySolutions) else None


def query_text(sparql: str | None = None, file: str | Path | None = None, name: str | None = None) -> str:
    """The query to run, from exactly one of: its text, a ``.rq`` file (``-``: stdin), a named query."""
    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        raise UsageError("give exactly one of: a SPARQL query, --file Q.rq, --name NAME (see `kg query --list`)")
    if name is not None:
        return named_query(name).text
    if file is not None:
        import sys

        if str(file) == "-":
            return sys.stdin.read()
        try:
            return Path(file).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise UsageError(f"{file}: no such query file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{file}: cannot read the query ({exc})") from None
    return sparql  # type: ignore[return-value]
