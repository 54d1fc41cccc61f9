"""The ``kg`` command line: thin commands over the library.

Contract (README, "CLI contract"): ``-`` is stdin/stdout, formats are guessed from file
extensions, data goes to stdout and messages to stderr, exit codes are 0 ok, 1 failure,
2 usage or input error. Heavy libraries are imported inside the commands.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KgError
from .formats import RdfFormat, TableFormat

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from news articles: build RDF with provenance, query it, view it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# Shared options, defined once.
GraphArg = Annotated[str, typer.Argument(help="A graph file written by `kg build` (.ttl, .nt, .trig, ...), or - for stdin.")]
TableFmt = Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")]
RdfFmtOpt = Annotated[Optional[RdfFormat], typer.Option("--format", "-f", help="RDF format; guessed from the file extension when omitted.")]
LangOpt = Annotated[str, typer.Option("--lang", help="Article language: auto, fr or en.")]


def _err(message: str) -> None:
    sys.stderr.write(f"kg: error: {message}\n")


def _stdout():
    return sys.stdout


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Articles: .txt, .md or .html files, folders (recursive), or - for stdin.")],
    output: Annotated[str, typer.Option("--output", "-o", help="The graph file to write (- for stdout).")] = "-",
    fmt: RdfFmtOpt = None,
    lang: LangOpt = "auto",
    kb: Annotated[Optional[list[Path]], typer.Option("--kb", help="Extra knowledge-base file(s) (JSONL, see README).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="A spaCy pipeline to use instead of the default for the language.")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write the interactive HTML viewer here.")] = None,
) -> None:
    """Extract facts from articles into an RDF graph with provenance."""
    from .api import build_graph, save_graph
    from .formats import guess_rdf_format

    if lang not in ("auto", "fr", "en"):
        raise _usage(f"--lang {lang!r} is not supported; use auto, fr or en")
    out_fmt = guess_rdf_format(output, fmt)
    ds = build_graph(inputs, lang=lang, kb_files=kb or (), model=model,
                     on_error=lambda name, msg: None)
    save_graph(ds, output, out_fmt)
    if html is not None:
        from .render import write_html

        write_html(ds, html)
    failures = getattr(ds, "failures", [])
    if failures:
        from .errors import BuildError

        for _name, msg in failures:
            sys.stderr.write(f"kg: skipped {msg}\n")
        raise BuildError(f"{len(failures)} of the inputs could not be built (listed above); the others were written to {output}")


def _usage(message: str) -> KgError:
    from .errors import UsageError

    return UsageError(message)


FACT_COLUMNS = ["subject", "subject_type", "relation", "object", "object_type", "unit", "status",
                "confidence", "evidence", "start", "end", "article"]
ENTITY_COLUMNS = ["label", "types", "aliases", "same_as"]


@app.command()
def facts(
    graph: GraphArg,
    fmt: TableFmt = TableFormat.table,
    min_confidence: Annotated[float, typer.Option("--min-confidence", help="Only facts at or above this confidence.")] = 0.0,
) -> None:
    """List every extracted fact with its status, confidence and evidence."""
    from .api import load_graph
    from .rdf import fact_rows
    from .tables import write_rows

    rows = [r for r in fact_rows(load_graph(graph)) if (r["confidence"] or 0) >= min_confidence]
    write_rows(rows, fmt, _stdout(), FACT_COLUMNS)


@app.command()
def entities(graph: GraphArg, fmt: TableFmt = TableFormat.table) -> None:
    """List the entities of a graph with their types and aliases."""
    from .api import load_graph
    from .rdf import entity_rows
    from .tables import write_rows

    write_rows(entity_rows(load_graph(graph)), fmt, _stdout(), ENTITY_COLUMNS)


@app.command()
def view(
    graph: GraphArg,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The HTML file to write (default: the graph's name with .html).")] = None,
    open_page: Annotated[bool, typer.Option("--open", help="Open the page in the default browser.")] = False,
    lang: Annotated[str, typer.Option("--lang", help="Language of the labels and the page: en or fr.")] = "en",
    focus: Annotated[Optional[list[str]], typer.Option("--focus", help="Only the neighbourhood of this node (name, alias or IRI); repeatable.")] = None,
    depth: Annotated[int, typer.Option("--depth", help="Hops around --focus.")] = 2,
    types: Annotated[Optional[list[str]], typer.Option("--types", help="Only these classes and their subclasses (comma-separated or repeated), e.g. Person,Company.")] = None,
    relations: Annotated[Optional[list[str]], typer.Option("--relations", help="Only these relations (comma-separated or repeated), e.g. founder,investedIn.")] = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", help="Only facts at or above this confidence.")] = 0.0,
    show_unasserted: Annotated[bool, typer.Option("--show-unasserted", help="Start with questioned, negated, planned and hypothetical facts shown (dashed).")] = False,
) -> None:
    """Write the graph as one self-contained, offline HTML page to explore (search, filters, evidence)."""
    from .api import load_graph
    from .render import write_html

    if output is None:
        if graph == "-":
            raise _usage("reading the graph from stdin: name the page with -o FILE.html")
        output = Path(graph).with_suffix(".html")
    if str(output) == "-":
        raise _usage("the viewer is written to a file: use -o FILE.html")
    counts = write_html(load_graph(graph), output, lang=lang, focus=focus, depth=depth, types=types,
                        relations=relations, min_confidence=min_confidence, show_unasserted=show_unasserted)
    sys.stderr.write(f"kg: wrote {output} ({counts['nodes']} nodes, {counts['edges']} edges)\n")
    if open_page:
        import webbrowser

        webbrowser.open(output.resolve().as_uri())


@app.command()
def validate(graph: GraphArg) -> None:
    """Check a graph against the SHACL shapes (exit 0 conforms, 1 does not, 2 error)."""
    from .api import load_graph
    from .validate import validate as run

    conforms, report = run(load_graph(graph))
    if conforms:
        sys.stderr.write("kg: the graph conforms to ontology/shapes.ttl\n")
        return
    sys.stdout.write(report)
    raise typer.Exit(1)


def main() -> None:
    """Entry point: run the app, turning kg's errors into one line on stderr."""
    try:
        app(standalone_mode=False)
    except KgError as exc:
        _err(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        _err("aborted")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
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
