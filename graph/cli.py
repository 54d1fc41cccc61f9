"""The ``kg`` command line: thin commands over the library.

Contract (README, "CLI contract"): ``-`` is stdin/stdout, formats are guessed from file
extensions, data goes to stdout and messages to stderr, exit codes are 0 ok, 1 failure,
2 usage or input error. Heavy libraries are imported inside the commands.
"""
from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import KgError
from .formats import ExportFormat, RdfFormat, ResultFormat, TableFormat
from .ingest import MAX_CHARS


def _plain_arguments() -> None:
    """Arguments shown as click shows them, by their metavar in capitals (``INPUT...``, ``[GRAPH]``).

    typer 0.2x adds the Python type to an argument's help (``inputs... <list[str]>``) and braces
    in the usage line (``{inputs}...``); kg's arguments all have a metavar that says what they take.
    """
    from typer.core import TyperArgument

    if getattr(TyperArgument, "_kg_plain", False) or not hasattr(TyperArgument, "display_type_rich"):
        return
    shown, usage = TyperArgument.display_type_rich, getattr(TyperArgument, "_usage_display_name", None)

    def display_type_rich(self, ctx):
        return None if self.metavar else shown(self, ctx)

    def usage_display_name(self):
        if self.metavar is None and usage is not None:
            return usage(self)
        return self.metavar if self.required else f"[{self.metavar}]"

    TyperArgument.display_type_rich = display_type_rich          # type: ignore[method-assign]
    TyperArgument._usage_display_name = usage_display_name       # type: ignore[method-assign]
    TyperArgument._kg_plain = True                               # type: ignore[attr-defined]


_plain_arguments()

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from news articles: build RDF with provenance, query it, view it.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(StrEnum):
    """The language of the articles of a build."""

    auto = "auto"
    fr = "fr"
    en = "en"


class PageLang(StrEnum):
    """The language of the viewer's labels."""

    en = "en"
    fr = "fr"


# Shared options, defined once.
GraphArg = Annotated[str, typer.Argument(
    metavar="GRAPH",
    help="A graph file written by `kg build` (.ttl, .nt, .trig, ...), or - for stdin.")]
TableFmt = Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")]
RdfFmtOpt = Annotated[RdfFormat | None, typer.Option(
    "--format", "-f", show_default=False,
    help="RDF format; guessed from the file extension when omitted.")]
OptGraphArg = Annotated[str | None, typer.Argument(
    metavar="GRAPH", show_default=False,
    help="A graph file written by `kg build` (.ttl, .nt, .trig, ...), or - for stdin; omit it with --store.")]
StoreOpt = Annotated[str | None, typer.Option(
    "--store", metavar="STORE", show_default=False,
    help="A store instead of a graph file: a folder (embedded Oxigraph store), a .trig/.nq file, or the http(s):// "
         "URL of a SPARQL server.")]
MinConfidence = Annotated[float, typer.Option(
    "--min-confidence", metavar="X",
    help="Only facts at or above this confidence (0 to 1).")]


def _version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"kg {__version__}\n")
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def _kg(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option(
        "--version", is_eager=True, callback=_version,
        help="Print kg's version and exit.")] = False,
) -> None:
    """Knowledge graphs from news articles: build RDF with provenance, query it, view it."""
    if ctx.invoked_subcommand is None:      # bare `kg`: the help, which is no error
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit(0)


def _err(message: str) -> None:
    sys.stderr.write(f"kg: error: {message}\n")


def _stdout():
    return sys.stdout


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT...",
        help="Articles: .txt, .md or .html files, folders (recursive), quoted glob patterns ('news/**/*.html'), "
             ".jsonl files (one JSON article per line: text or html, url, title, date, lang), or - for stdin.")],
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="The graph file to write (- for stdout, the default without --store).")] = None,
    store: Annotated[str | None, typer.Option(
        "--store", metavar="STORE", show_default=False,
        help="Add the articles to a store instead: a folder (embedded Oxigraph, created if missing), a "
             ".trig/.nq file, or a SPARQL server URL. Unchanged articles are skipped, changed ones replaced.")] = None,
    fmt: RdfFmtOpt = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Article language (auto: detected).")] = Lang.auto,
    kb: Annotated[list[Path] | None, typer.Option(
        "--kb", metavar="FILE", show_default=False,
        help="Extra knowledge-base file(s) (JSONL, see README).")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", metavar="NAME", show_default=False,
        help="A spaCy pipeline to use instead of the default for the language.")] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", metavar="FILE", show_default=False,
        help="Also write the interactive HTML viewer here.")] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", metavar="N", show_default=False,
        help="Worker processes for extraction (default: the number of cores; 1 extracts in the kg process).")] = None,
    executor: Annotated[str, typer.Option(
        "--executor", metavar="WHERE",
        help="Where extraction runs: local (worker processes on this machine) or dask://HOST:PORT (an "
             "existing Dask cluster's scheduler).")] = "local",
    max_chars: Annotated[int, typer.Option(
        "--max-chars", metavar="N",
        help="The most characters an article may have; a longer one is refused as it is read, before any "
             "work (folders and JSONL: skipped and reported).")] = MAX_CHARS,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q",
        help="No progress bar and no summary; failed articles are still reported.")] = False,
) -> None:
    """Extract facts from articles into an RDF graph with provenance (a progress bar on a terminal)."""
    from .corpus import DatasetSink, Progress
    from .corpus import build as build_corpus
    from .formats import guess_rdf_format

    if jobs is not None and jobs < 1:
        raise _usage(f"--jobs {jobs}: give 1 or more worker processes")
    progress = Progress(Progress.wanted(quiet))
    options: dict[str, Any] = dict(lang=lang.value, kb_files=kb or (), model=model, jobs=jobs, executor=executor,
                                   progress=progress, max_chars=max_chars,
                                   on_error=lambda name, msg: progress.message(f"kg: skipped {msg}"))
    if store is not None:
        if output is not None:
            raise _usage("give either -o FILE or --store STORE; "
                         "`kg export --store STORE -o FILE` writes a store to a file")
        _build_store(inputs, store, html=html, quiet=quiet, **options)
        return
    output = output or "-"
    out_fmt = guess_rdf_format(output, fmt)
    sink = DatasetSink()
    summary = build_corpus(inputs, sink, **options)
    from .api import save_graph  # after the build: a one-article build forks its NER before heavy imports

    save_graph(sink.dataset, output, out_fmt)
    if html is not None:
        from .render import write_html

        write_html(sink.dataset, html, lang="fr" if lang is Lang.fr else "en")
    if not quiet:
        where = "the graph to stdout" if output == "-" else output
        where += f" and {html}" if html is not None else ""
        sys.stderr.write(f"kg: wrote {where}: {_counts(summary)}\n")
    if summary.failures:
        from .errors import BuildError

        raise BuildError(f"{summary.failed} of the inputs could not be built (listed above); "
                         f"the others were written to {output}")


def _counts(summary) -> str:
    """``1 article, 31 facts, 28 entities``; for several articles, with the time and the failures."""
    n = summary.articles
    if n == 1:
        return f"1 article, {summary.facts} facts, {len(summary.entities)} entities"
    rate = f" ({n / summary.seconds:.1f}/s)" if summary.seconds > 0 else ""
    return (f"{n} articles in {summary.seconds:.1f} s{rate}, {summary.failed} failed; {summary.facts} facts, "
            f"{len(summary.entities)} entities")


def _build_store(inputs: list[str], spec: str, *, html, quiet: bool, **options) -> None:
    from .corpus import StoreSink
    from .corpus import build as build_corpus
    from .errors import BuildError
    from .store import open_store

    with open_store(spec, create=True, write=True) as st:
        summary = build_corpus(inputs, StoreSink(st), **options)
        if not quiet:
            sys.stderr.write(f"kg: {spec}: {summary.line()}; {len(st.articles())} articles in the store\n")
        if html is not None:
            from .render import write_html

            write_html(st.dataset(), html)
    if summary.failures:
        raise BuildError(f"{summary.failed} of the inputs could not be built (listed above); "
                         f"the others are in {spec}")


def _usage(message: str) -> KgError:
    from .errors import UsageError

    return UsageError(message)


def _source(graph: str | None, store: str | None) -> str:
    """The store spec to read: GRAPH or --store, exactly one of them."""
    if graph is not None and store is not None:
        raise _usage("give either a GRAPH file or --store, not both")
    if graph is None and store is None:
        raise _usage("give a GRAPH file (or - for stdin) or --store STORE")
    return graph if graph is not None else store  # type: ignore[return-value]


def _dataset(graph: str | None, store: str | None):
    """The rdflib Dataset of a graph file (as before) or of a store."""
    spec = _source(graph, store)
    if store is None:
        from .api import load_graph

        return load_graph(spec)
    from .store import open_store

    with open_store(spec) as st:
        return st.dataset()


def _store(graph: str | None, store: str | None):
    """The store to read: a graph file (loaded into Oxigraph; its errors as before) or --store."""
    spec = _source(graph, store)
    if store is None:
        from .store import FileStore

        return FileStore(spec)
    from .store import open_store

    return open_store(spec)


FACT_COLUMNS = ["subject", "subject_type", "relation", "object", "object_type", "unit", "status",
                "confidence", "evidence", "start", "end", "article"]
ENTITY_COLUMNS = ["label", "types", "aliases", "same_as"]


@app.command()
def facts(
    graph: OptGraphArg = None,
    store: StoreOpt = None,
    fmt: TableFmt = TableFormat.table,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """List every extracted fact with its status, confidence and evidence."""
    from .formats import write_rows
    from .store.tables import fact_rows_from_store

    with _store(graph, store) as st:
        rows = [r for r in fact_rows_from_store(st) if (r["confidence"] or 0) >= min_confidence]
    write_rows(rows, fmt, _stdout(), FACT_COLUMNS)


@app.command()
def entities(graph: OptGraphArg = None, store: StoreOpt = None, fmt: TableFmt = TableFormat.table) -> None:
    """List the entities of a graph with their types and aliases."""
    from .formats import write_rows
    from .store.tables import entity_rows_from_store

    with _store(graph, store) as st:
        rows = list(entity_rows_from_store(st))
    write_rows(rows, fmt, _stdout(), ENTITY_COLUMNS)


@app.command()
def view(
    graph: OptGraphArg = None,
    store: StoreOpt = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="The HTML file to write (default: the graph file's name with .html, when no such file exists).")] = None,
    open_page: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
    lang: Annotated[PageLang, typer.Option("--lang", help="Language of the labels and the page.")] = PageLang.en,
    focus: Annotated[list[str] | None, typer.Option(
        "--focus", metavar="NAME", show_default=False,
        help="Only the neighbourhood of this node (name, alias or IRI); repeatable.")] = None,
    depth: Annotated[int, typer.Option("--depth", metavar="N", help="Hops around --focus.")] = 2,
    types: Annotated[list[str] | None, typer.Option(
        "--types", metavar="CLASSES", show_default=False,
        help="Only these classes and their subclasses (comma-separated or repeated), e.g. Person,Company.")] = None,
    relations: Annotated[list[str] | None, typer.Option(
        "--relations", metavar="RELATIONS", show_default=False,
        help="Only these relations (comma-separated or repeated), e.g. founder,investedIn.")] = None,
    min_confidence: MinConfidence = 0.0,
    show_unasserted: Annotated[bool, typer.Option(
        "--show-unasserted",
        help="Start with questioned, negated, planned and hypothetical facts shown (dashed).")] = False,
    show_isolated: Annotated[bool | None, typer.Option(
        "--show-isolated/--hide-isolated",
        help="Start with the nodes that have no visible fact shown or hidden "
             "(default: shown for one article, hidden for more; the page has a toggle).")] = None,
) -> None:
    """Write the graph as one self-contained, offline HTML page to explore (search, filters, evidence)."""
    from .render import write_html

    spec = _source(graph, store)
    if output is None:
        if spec == "-" or spec.startswith(("http://", "https://")):
            raise _usage("name the page with -o FILE.html")
        output = Path(spec.rstrip("/")).with_suffix(".html")
        if output.exists():      # never overwrite a file that was not named
            raise _usage(f"{output} exists; name the page with -o: `-o {output}` to replace it, or another file")
    if str(output) == "-":
        raise _usage("the viewer is written to a file: use -o FILE.html")
    counts = write_html(_dataset(graph, store), output, lang=lang.value, focus=focus, depth=depth, types=types,
                        relations=relations, min_confidence=min_confidence, show_unasserted=show_unasserted,
                        show_isolated=show_isolated)
    sys.stderr.write(f"kg: wrote {output} ({counts['nodes']} nodes, {counts['edges']} edges)\n")
    if open_page:
        import webbrowser

        webbrowser.open(output.resolve().as_uri())


@app.command()
def validate(graph: OptGraphArg = None, store: StoreOpt = None) -> None:
    """Check a graph against the SHACL shapes, article by article (exit 0 conforms, 1 does not, 2 error)."""
    from .rdf.validate import validate as run

    try:
        ds = _dataset(graph, store)
    except KgError as exc:
        exc.exit_code = 2  # validate's contract: 2 for anything that is not a verdict
        raise
    conforms, report = run(ds)
    if conforms:
        sys.stderr.write("kg: the graph conforms to ontology/shapes.ttl\n")
        return
    sys.stdout.write(report)
    raise typer.Exit(1)


@app.command()
def query(
    graph: OptGraphArg = None,
    sparql: Annotated[str | None, typer.Argument(
        metavar="QUERY", show_default=False,
        help="The SPARQL query (or use --file or --name).")] = None,
    file: Annotated[str | None, typer.Option(
        "--file", metavar="FILE", show_default=False,
        help="Read the query from this .rq file (- for stdin).")] = None,
    name: Annotated[str | None, typer.Option(
        "--name", "-n", metavar="NAME", show_default=False,
        help="Run a named query from ontology/queries (see --list).")] = None,
    store: StoreOpt = None,
    fmt: Annotated[ResultFormat, typer.Option(
        "--format", "-f",
        help="SELECT and ASK: table, csv, tsv or json (SPARQL JSON results); CONSTRUCT and DESCRIBE: turtle "
             "(also for table), nt, jsonld (also for json) or xml.")] = ResultFormat.table,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write the results here (- for stdout).")] = "-",
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="VAR=VALUE", show_default=False,
        help="Only rows where ?VAR is VALUE (a string, <iri>, prefix:name or number); a name matches the entity "
             "by any of its labels and aliases, in every article; repeatable.")] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", metavar="N", show_default=False,
        help="At most this many rows of a SELECT (named queries: 100 unless given); "
             "0: every row, fully sorted.")] = None,
    offset: Annotated[int, typer.Option(
        "--offset", metavar="N",
        help="Skip this many rows first: --offset 100 gives the second page of 100.")] = 0,
    allow_update: Annotated[bool, typer.Option(
        "--allow-update",
        help="Let a SPARQL Update through (it changes the graph file or store).")] = False,
    allow_service: Annotated[bool, typer.Option(
        "--allow-service",
        help="Let SERVICE clauses (and LOAD) make kg connect to the servers they name; refused by default.")] = False,
    timeout: Annotated[float | None, typer.Option(
        "--timeout", metavar="SECONDS", show_default=False,
        help="Stop the query after this many seconds (default 30; 0: no limit).")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
) -> None:
    """Run SPARQL on a graph file or a store (queries run on Oxigraph; the default graph is every article)."""
    from .store.query import PAGE_SIZE, bind_params, named_queries, page, query_text
    from .store.sparql import query_form

    if list_queries:
        queries = named_queries().values()
        width = max(len(q.name) for q in queries)
        for q in queries:
            sys.stdout.write(f"{q.name.ljust(width)}  {q.description}\n")
        return
    if store is not None and graph is not None and sparql is None:
        graph, sparql = None, graph  # `kg query --store S 'SELECT ...'`: the one argument is the query
    out_fmt = fmt
    text = query_text(sparql, file, name)
    pairs = {}
    for item in param or ():
        if "=" not in item:
            raise _usage(f"--param {item!r}: write VAR=VALUE, e.g. --param organisation='Reflection AI'")
        key, value = item.split("=", 1)
        pairs[key.strip().lstrip("?$")] = value
    if pairs:
        # names are looked up in the store first, so two spellings of one entity give the same rows
        with _store(graph, store) as source:
            text = bind_params(text, pairs, store=source)
    rows = limit
    if rows is None:
        rows = PAGE_SIZE if name is not None and query_form(text) == "select" else 0
    if rows or offset:
        text = page(text, rows, offset)
    if timeout is not None and timeout < 0:
        raise _usage(f"--timeout {timeout:g}: give a number of seconds, 0 for no limit")
    spec = _source(graph, store)
    form, written = _run_query(spec, text, output, out_fmt, allow_update=allow_update, allow_service=allow_service,
                               timeout=timeout)
    if rows and form == "select" and written.rows == rows:
        sys.stderr.write(f"kg: showing {rows} row{'s' if rows > 1 else ''} from row {offset + 1}; there may be more: "
                         f"--offset {offset + rows} for the next page, --limit 0 for every row\n")
    if form == "update":
        sys.stderr.write(f"kg: update applied to {spec}\n")


def _run_query(spec: str, text: str, output: str, fmt, *, timeout: float | None, **allow):
    """Run the query, writing its result while reading it; a query stuck inside the engine past its timeout
    ends the process (the output file is not written)."""
    from .formats import atomic_write, discard_pending_writes
    from .store.limits import DEFAULT_TIMEOUT, hard_stop, timeout_message
    from .store.query import write_query

    timeout = DEFAULT_TIMEOUT if timeout is None else timeout

    def stuck() -> None:
        discard_pending_writes()
        _err(timeout_message(timeout or 0))
        sys.stderr.flush()
        os._exit(1)

    with hard_stop(timeout, stuck):
        if output == "-":
            try:
                return write_query(spec, text, sys.stdout.buffer, fmt, timeout=timeout, **allow)
            finally:
                sys.stdout.flush()
        with atomic_write(output) as fh:
            return write_query(spec, text, fh, fmt, timeout=timeout, **allow)


@app.command()
def export(
    graph: OptGraphArg = None,
    store: StoreOpt = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE",
        help="The file to write: .ttl, .nt, .trig, .nq, .jsonld, .xml, .graphml or .gexf (- for stdout).")] = "-",
    fmt: Annotated[ExportFormat | None, typer.Option(
        "--format", "-f", show_default=False,
        help="RDF, GraphML or GEXF; guessed from the file extension when omitted.")] = None,
) -> None:
    """Write a whole graph file or store to one file: RDF (union of all articles, or one graph per article in
    TriG/N-Quads), GraphML or GEXF."""
    from .store import open_store

    spec = _source(graph, store)
    suffix = Path(output).suffix.lower().lstrip(".")
    network = fmt in ("graphml", "gexf") or (fmt is None and suffix in ("graphml", "gexf"))
    if network:
        from .render import export_graph

        export_graph(_dataset(graph, store), output, fmt.value if fmt else None)
    else:
        rdf_fmt = RdfFormat(fmt.value) if fmt else None
        with open_store(spec) as st:
            st.dump(output, rdf_fmt)
    if output != "-":
        sys.stderr.write(f"kg: wrote {output}\n")


@app.command()
def remove(
    articles: Annotated[list[str], typer.Argument(
        metavar="ARTICLE...",
        help="Articles to remove: IRI, key, content-hash prefix, file name, URL, or the article file itself.")],
    store: Annotated[str, typer.Option(
        "--store", metavar="STORE",
        help="The store to remove them from (a folder, a .trig/.nq file or a SPARQL server URL).")],
) -> None:
    """Remove articles (their whole named graphs) from a store; entities other articles name stay."""
    from .store import find_article, open_store

    with open_store(store, write=True) as st:
        found = [find_article(st, ref) for ref in articles]
        for art in found:
            st.remove(art.iri)
            sys.stderr.write(f"kg: removed {art.iri} ({art.name or art.url or art.content_hash[:16]}) from {store}\n")


@app.command()
def serve(
    store: Annotated[str, typer.Option(
        "--store", metavar="STORE",
        help="The store to serve: a folder (embedded Oxigraph), a graph file, or the http(s):// URL of a SPARQL "
             "server (then only the explorer is served).")],
    port: Annotated[int, typer.Option("--port", metavar="PORT", help="TCP port (0 picks a free one).")] = 7878,
    host: Annotated[str, typer.Option(
        "--host", metavar="HOST",
        help="Address to listen on; keep 127.0.0.1 unless you mean to share the data (it has no authentication).")]
        = "127.0.0.1",
    cors: Annotated[list[str] | None, typer.Option(
        "--cors", metavar="ORIGIN", show_default=False,
        help="Let web pages of this origin (e.g. https://yasgui.example) read the endpoint; repeatable. "
             "Default: none, only the endpoint's own page.")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", metavar="HOST", show_default=False,
        help="Also answer requests for this host name (the Host header); repeatable. Default: 127.0.0.1, "
             "localhost, [::1] and the --host address.")] = None,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS", help="Stop a query after this many seconds (0: no limit).")] = 30.0,
    max_rows: Annotated[int, typer.Option(
        "--max-rows", metavar="N", help="Cut a result after this many rows or triples (0: no limit).")] = 10_000,
    max_response_mb: Annotated[float, typer.Option(
        "--max-response-mb", metavar="MB", help="Stop an answer larger than this many megabytes (0: no limit).")] = 64,
    max_memory_mb: Annotated[float, typer.Option(
        "--max-memory-mb", metavar="MB",
        help="Stop a query whose worker process uses more memory than this (0: no limit).")]
        = 1024,
    workers: Annotated[int, typer.Option(
        "--workers", metavar="N",
        help="Queries that run at once, each in its own process (0: one per core, at least 2).")] = 0,
    cache_seconds: Annotated[float, typer.Option(
        "--cache-seconds", metavar="SECONDS",
        help="Reuse a successful SPARQL answer for identical requests for this many seconds, and let identical "
             "requests that arrive while one runs wait for its answer (0: off). Answers may be this stale.")]
        = 2.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per request on stderr.")] = False,
    lang: Annotated[PageLang, typer.Option("--lang", help="The explorer's language.")] = PageLang.en,
) -> None:
    """Serve a store read-only until Ctrl-C: the explorer at /, SPARQL 1.1 Protocol at /query, graphs at /store,
    a query page at /query.html.

    See "Serving safely" in the README for what is exposed and the limits."""
    from .render.explorer import serve as run
    from .store.serve import Options, exposure_warning, shown_spec

    options = Options(timeout=timeout, max_rows=max_rows, max_response_mb=max_response_mb,
                      max_memory_mb=max_memory_mb, workers=workers, cors=tuple(cors or ()),
                      allow_hosts=tuple(allow_host or ()), quiet=quiet, cache_seconds=cache_seconds)
    if workers < 0:
        raise _usage(f"--workers {workers}: give 1 or more (0: one per core)")

    def ready(url: str) -> None:
        warning = exposure_warning(host)
        if warning:
            sys.stderr.write(f"kg: warning: {warning}\n")
        if store.startswith(("http://", "https://")):
            sys.stderr.write(f"kg: exploring {shown_spec(store)} read-only at {url}/ (explorer); Ctrl-C stops\n")
        else:
            sys.stderr.write(f"kg: serving {store} read-only at {url}/query (SPARQL), {url}/store (graphs), "
                             f"{url}/ (explorer), {url}/query.html (query page); Ctrl-C stops\n")
        sys.stderr.flush()

    run(store, host, port, lang=lang.value, on_ready=ready, options=options)


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that what a command holds is released on the way out
    (worker processes stopped, temporary files removed); no library code catches it."""


def _on_sigterm(signum, frame) -> None:
    raise _Terminated


def main() -> None:
    """Entry point: run the app, turning kg's errors into one line on stderr."""
    import signal

    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = app(standalone_mode=False)
        if code == 128 + signal.SIGINT:     # typer turns Ctrl-C (KeyboardInterrupt) into this exit code
            raise KeyboardInterrupt
        if isinstance(code, int) and code:  # click returns typer.Exit's code when not standalone
            sys.exit(code)
    except KgError as exc:
        _err(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except _Terminated:
        _err("terminated; nothing was left half-written")
        sys.exit(128 + signal.SIGTERM)
    except (KeyboardInterrupt, typer.Abort) as exc:  # click turns Ctrl-C into Abort
        if isinstance(exc, typer.Abort) and not isinstance(exc.__context__, KeyboardInterrupt):
            _err("aborted")
            sys.exit(1)
        _err("interrupted; nothing was left half-written")
        sys.exit(128 + signal.SIGINT)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # click's usage errors (typer vendors click) and the unexpected
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            ctx = getattr(exc, "ctx", None)
            where = f"kg {ctx.info_name} --help" if ctx is not None and ctx.info_name != "kg" else "kg --help"
            _err(f"{exc.format_message()} (see `{where}`)")
            sys.exit(exc.exit_code)
        _err(f"unexpected {type(exc).__name__}: {exc}; please report it with the command you ran")
        sys.exit(1)
