"""Rows (dicts) to JSONL, CSV, TSV or an aligned text table, written to a stream."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from ..formats import TableFormat


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
            parts = [(v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths)]
            return "  ".join(parts).rstrip()

        out.write(line(columns) + "\n")
        out.write(line(["-" * w for w in widths]) + "\n")
        for r in cells:
            out.write(line(r) + "\n")
    return len(rows)
