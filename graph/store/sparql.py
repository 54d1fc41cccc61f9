"""SPARQL read as text, never run: strings, IRIs and comments masked out, the query form, the
projection, and the clauses that would make the engine reach the network.

pyoxigraph executes ``SERVICE <url> { … }`` by connecting to ``url`` (and a SPARQL Update's
``LOAD <url>`` by fetching it), and has no switch to turn that off. So kg reads the text first and
refuses such a query before anything runs; it never runs a query only to learn what it is.

A hand-written lexer can be led astray (is ``<`` an IRI or "less than"?), so the check does not
rely on one: any text that mentions SERVICE (or LOAD, for updates) is parsed by rdflib's SPARQL
grammar and refused if the parse has such a clause; a text rdflib cannot parse is refused when it
mentions them at all.

>>> outbound_clause("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
'SERVICE'
>>> outbound_clause('SELECT * WHERE { ?s ?p "customer service" }') is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

#: Strings (long and short), IRIs, comments and escaped characters of prefixed names, as SPARQL 1.1 lexes them.
_LEXEMES = re.compile(
    r'"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""|\'\'\'(?:(?:\'|\'\')?(?:[^\'\\]|\\.))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*|\\.')

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def mask(sparql: str) -> str:
    """``sparql`` with strings, IRIs and comments blanked out (same length), to find its structure."""
    return _LEXEMES.sub(lambda m: " " * len(m.group()), sparql)


def _unescape(sparql: str) -> str:
    """SPARQL's ``\\uXXXX`` escapes decoded (the spec allows them anywhere; Oxigraph 0.5 only in strings)."""

    def one(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return m.group()

    return _CODEPOINT.sub(one, sparql)


_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``construct``, ``describe`` or ``update``, from the query text.

    Comments, PREFIX and BASE declarations are skipped; the first keyword decides (``select``
    when there is none: running the text then says what is wrong with it).
    """
    masked = mask(sparql)
    m = re.match(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*)*([A-Za-z]+)", masked, re.I)
    first = m.group(1).upper() if m else ""
    if first in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        return first.lower()
    if first in _UPDATE_WORDS:
        return "update"
    return "select"


def projection(sparql: str) -> list[str] | None:
    """The variables a SELECT query returns, in order, read from its text; None for ``SELECT *`` or no SELECT."""
    masked = mask(sparql)
    select = re.search(r"(?i)\bSELECT\b", masked)
    if select is None:
        return None
    found: list[str] = []
    depth, after_as = 0, False
    for tok in re.finditer(r"[(){*]|[?$]\w+|(?i:\b(?:AS|WHERE|FROM)\b)", masked[select.end():]):
        t = tok.group()
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif t == "*" and depth == 0:
            return None
        elif t == "{" or (depth == 0 and t.upper() in ("WHERE", "FROM")):
            break
        elif t.upper() == "AS":
            after_as = True
        elif t[0] in "?$" and (depth == 0 or after_as):
            found.append(t[1:])
            after_as = False
    return found or None


def iri_term(text: str) -> str | None:
    """``<text>`` when ``text`` is an absolute IRI (a scheme, no spaces, none of ``<>"{}|^`\\``), else None.

    >>> iri_term("https://example.org/x"), iri_term("urn:x>) (UNDEF) } #")
    ('<https://example.org/x>', None)
    """
    import pyoxigraph as ox

    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]*", text):
        return None
    try:
        return str(ox.NamedNode(text))
    except ValueError:
        return None


@lru_cache(maxsize=256)
def outbound_clause(sparql: str, update: bool = False) -> str | None:
    """``"SERVICE"`` or ``"LOAD"`` when running ``sparql`` could make the engine contact another server;
    ``"unchecked"`` when the text mentions one of them and cannot be parsed to tell; None when it is safe.

    Args:
        sparql: the query (or, with ``update``, the SPARQL Update) text.
        update: the text is run as an update, where ``LOAD`` fetches a URL.
    """
    words = ("SERVICE", "LOAD") if update else ("SERVICE",)
    texts = (sparql, _unescape(sparql))
    mentioned = [w for w in words if any(re.search(w, t, re.I) for t in texts)]
    if not mentioned:
        return None
    try:
        from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

        tree = parseUpdate(sparql) if update else parseQuery(sparql)
    except Exception:  # rdflib's grammar refused it: trust the lexer if it sees the keyword, else refuse
        masked = mask(sparql)
        for w in mentioned:
            if re.search(rf"(?i)\b{w}\b", masked):
                return w
        return "unchecked"
    names = {"SERVICE": "ServiceGraphPattern", "LOAD": "Load"}
    for w in mentioned:
        if _has_node(tree, names[w]):
            return w
    return None


def _has_node(tree, name: str) -> bool:
    """Whether rdflib's parse tree has a node called ``name``."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == name:
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return False


def outbound_message(found: str, fix: str) -> str:
    """The one-line refusal for what :func:`outbound_clause` found; ``fix`` says how to allow it, if at all."""
    what = {
        "SERVICE": "the query has a SERVICE clause, which would make kg connect to another server",
        "LOAD": "the update has a LOAD operation, which would make kg fetch a URL",
        "unchecked": "the query mentions SERVICE (or LOAD) and kg cannot parse it to check that it makes no "
                     "request to another server",
    }[found]
    return f"{what}; {fix}"
