"""Every error kg raises on purpose, each with a message that names the problem and the fix.

::

    KgError                      base; ``exit_code`` is what the CLI exits with
    ├── InputError (2)           a missing, unreadable, empty, binary or mis-encoded input
    ├── UsageError (2)           options that do not fit together, an unknown format or name
    ├── GraphFileError (2)       a graph file that cannot be parsed
    ├── QueryError (2)           an invalid SPARQL query, an unknown named query
    ├── StoreError (1)           a store that cannot be opened, written or reached
    ├── LimitError (1)           a query stopped by a limit: its timeout, row or size cap, or memory
    └── BuildError (1)           some inputs of a multi-input build failed (the rest were built)

The CLI prints ``kg: error: <message>`` on one line and exits with ``exit_code``;
library users catch :class:`KgError`.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of kg's errors."""

    exit_code = 1


class InputError(KgError):
    """An input file or text kg cannot read."""

    exit_code = 2


class UsageError(KgError):
    """Arguments that do not make sense together, or an unknown choice."""

    exit_code = 2


class GraphFileError(KgError):
    """A graph file that cannot be read or parsed."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query that is invalid or unknown."""

    exit_code = 2


class StoreError(KgError):
    """A store that cannot be opened, written or reached."""

    exit_code = 1


class LimitError(KgError):
    """A query stopped by one of its limits (timeout, rows, response size, memory)."""

    exit_code = 1


class BuildError(KgError):
    """Some inputs of a build failed; the others were built."""

    exit_code = 1

    def __init__(self, message: str, failures: list[tuple[str, str]] | None = None):
        super().__init__(message)
        self.failures = failures or []


def error_class(name: str) -> type[KgError]:
    """The error class called ``name`` (an error crossing a process boundary travels by name)."""
    found = {cls.__name__: cls for cls in (KgError, InputError, UsageError, GraphFileError, QueryError, StoreError,
                                           LimitError, BuildError)}
    return found.get(name, KgError)
