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

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import QueryError, UsageError
from ..formats import ResultFormat
from .limits import Deadline
from .results import Written, json_term, limited, term_value, write_boolean, write_solutions, write_triples
from .sparql import iri_term, outbound_clause, outbound_message, projection, query_form
from .sparql import mask as _mask

__all__ = ["ResultFormat", "NamedQuery", "QueryResult", "named_queries", "named_query", "run_query", "write_query",
           "bind_params", "page", "query_text", "term_value", "PAGE_SIZE", "PAGE_MARK"]



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
        bindings = [{v: json_term(t) for v, t in zip(self.variables, sol, strict=True) if t is not None}
                    for sol in self.solutions]
        return {"head": {"vars": self.variables}, "results": {"bindings": bindings}}

    def write(self, out: IO[bytes], fmt: ResultFormat | str = ResultFormat.table) -> None:
        """Write the result in ``fmt`` to a binary stream."""
        fmt = ResultFormat(fmt)
        if self.form in ("construct", "describe"):
            write_triples(self.triples, out, _triple_format(fmt), prefixes=_prefixes())
        elif self.form == "ask":
            write_boolean(bool(self.boolean), out, _solution_format(fmt, self.form))
        else:
            write_solutions(self.variables, self.solutions, out, _solution_format(fmt, self.form))


def _solution_format(fmt: ResultFormat, form: str) -> str:
    if fmt not in SOLUTION_FORMATS:
        raise UsageError(f"--format {fmt.value} is for CONSTRUCT and DESCRIBE results; "
                         f"a {form.upper()} gives table, csv, tsv or json")
    return fmt.value


def _triple_format(fmt: ResultFormat) -> str:
    """The RDF format of ``kg query -f FMT`` for CONSTRUCT and DESCRIBE: table is Turtle, json is JSON-LD."""
    return {ResultFormat.table: "turtle", ResultFormat.json: "jsonld"}.get(fmt, fmt.value)


def _prefixes() -> dict[str, str]:
    from ..rdf.write import PREFIXES

    return {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


# ------------------------------------------------------------------ running


SERVICE_FIX = "federation is off: give --allow-service if you trust that server (kg serve never federates)"


def _prepare(sparql: str, allow_update: bool, allow_service: bool) -> str:
    """The query form of ``sparql``, read from its text, once it is known to be allowed to run."""
    if not sparql or not sparql.strip():
        raise QueryError("the SPARQL query is empty; give a query, --file Q.rq or --name NAME")
    form = query_form(sparql)
    if form == "update" and not allow_update:
        raise QueryError("this is a SPARQL Update, which changes the store; kg query refuses updates "
                         "unless --allow-update is given")
    if not allow_service:
        found = outbound_clause(sparql, form == "update")
        if found:
            raise QueryError(outbound_message(found, SERVICE_FIX))
    return form


@contextmanager
def _opened(source, form: str) -> Iterator:
    from .base import BaseStore
    from .open import as_store

    store = as_store(source, write=(form == "update"))
    try:
        yield store
    finally:
        if not isinstance(source, BaseStore):
            store.close()


def run_query(source, sparql: str, *, allow_update: bool = False, allow_service: bool = False,
              timeout: float | None = None) -> QueryResult:
    """Run SPARQL on ``source`` and return the result, fully read.

    Args:
        source: a store (:mod:`graph.store`), a store spec (graph file, store folder, URL) or an
            rdflib Graph/Dataset.
        sparql: a SPARQL 1.1 query; a SPARQL Update only with ``allow_update=True``.
        allow_update: let updates through (they change the store or file).
        allow_service: let ``SERVICE`` clauses (and ``LOAD``) reach other servers; refused by default.
        timeout: seconds the result may take to read (checked at every row; None: no limit).

    Raises:
        QueryError: the query is invalid, is an update without ``allow_update``, or would contact
            another server without ``allow_service``.
        LimitError: reading the result took longer than ``timeout``.
        StoreError: the store cannot be opened or reached.
    """
    import pyoxigraph as ox

    form = _prepare(sparql, allow_update, allow_service)
    deadline = Deadline(timeout)
    with _opened(source, form) as store:
        if form == "update":
            store.update(sparql)
            return QueryResult(form="update")
        res = store.query(sparql)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(form="ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            solutions = [tuple(sol) for sol in limited(res, Written(), deadline)]
            return QueryResult(form="select", variables=variables, solutions=solutions)
        triples = list(limited(res, Written(), deadline))
        return QueryResult(form=form if form in ("construct", "describe") else "construct", triples=triples)


def write_query(source, sparql: str, out: IO[bytes], fmt: ResultFormat | str = ResultFormat.table, *,
                allow_update: bool = False, allow_service: bool = False,
                timeout: float | None = None) -> tuple[str, Written]:
    """Run SPARQL on ``source`` and write the result to ``out`` in ``fmt`` while reading it, in constant
    memory (except JSON-LD and RDF/XML, written whole); returns the query form and what was written.

    Same arguments and errors as :func:`run_query`. On :class:`LimitError` what was written stays
    written: write to a temporary file (:func:`graph.formats.atomic_write`) to keep all or nothing.
    """
    import pyoxigraph as ox

    fmt = ResultFormat(fmt)
    form = _prepare(sparql, allow_update, allow_service)
    deadline = Deadline(timeout)
    with _opened(source, form) as store:
        if form == "update":
            store.update(sparql)
            return form, Written()
        res = store.query(sparql)
        if isinstance(res, ox.QueryBoolean):
            return "ask", write_boolean(bool(res), out, _solution_format(fmt, "ask"))
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            return "select", write_solutions(variables, res, out, _solution_format(fmt, "select"), deadline=deadline)
        form = form if form in ("construct", "describe") else "construct"
        return form, write_triples(res, out, _triple_format(fmt), prefixes=_prefixes(), deadline=deadline)


def _param_term(value: str) -> str:
    """A parameter value as a SPARQL term: ``<iri>`` (an absolute IRI, checked), ``prefix:local`` (kg's
    prefixes), a number, else a string literal (so ``<not an iri>`` is the string it looks like)."""
    import re

    import pyoxigraph as ox

    from ..rdf.write import PREFIXES

    if value.startswith("<") and value.endswith(">") and (iri := iri_term(value[1:-1])):
        return iri
    m = re.fullmatch(r"([A-Za-z][\w-]*):([\w.-]+)", value)
    if m and m.group(1) in PREFIXES:
        return f"<{PREFIXES[m.group(1)]}{m.group(2)}>"
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
        return value
    return str(ox.Literal(value))


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
    variables = projection(prologue + inner)
    keys = set(re.findall(r"[?$](\w+)", _mask(order_by)))
    if variables is None or not keys <= set(variables):
        return whole
    return (f"{prologue}SELECT {' '.join('?' + v for v in variables)} WHERE {{\n  {{\n{inner}\n{clause}\n  }}\n}}\n"
            f"{order_by}\n")


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
