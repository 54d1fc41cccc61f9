"""An organisation's funding rounds and valuations over time, for the small chart of its panel.

The chart is drawn in the page (an SVG built by ``assets/common.js``, no library, no request);
this module only chooses its points. Each point is a fact the text asserts (asserted, reported
or presupposed) dated by the article that states it (``kg:published``); a round or a valuation
several articles report is one point, at the earliest date. Facts from undated articles are
listed under the chart instead.

A point, as the page reads it::

    {"k": "f" (funding round) or "v" (valuation), "d": "2024-05-01" or None, "v": 500000000.0,
     "cur": "USD", "r": "Series B", "b": "post-money", "t": "500 million USD", "s": "500M USD",
     "a": "the article's title"}
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

#: The relations the chart shows, and their kind in a point.
KINDS = {"fundsRaised": "f", "valuation": "v"}


@dataclass(frozen=True)
class Row:
    """One statement of a funding round or valuation, as read from a graph or a store."""

    relation: str              # fundsRaised or valuation
    value: str | None          # the amount's decimal value, as written in the graph
    currency: str | None
    round_type: str | None = None
    basis: str | None = None   # pre-money, post-money
    published: str | None = None
    article: str | None = None  # the article's title


def short_amount(value: float, currency: str | None, lang: str = "en") -> str:
    """``500M USD``, ``2B USD`` (``2 Md USD`` in French), ``750K EUR``."""
    for scale, en, fr in ((1e9, "B", " Md"), (1e6, "M", " M"), (1e3, "K", " k")):
        if abs(value) >= scale:
            number = f"{value / scale:.3g}"
            if lang == "fr":
                number = number.replace(".", ",")
            return f"{number}{fr if lang == 'fr' else en} {currency or ''}".strip()
    return f"{value:g} {currency or ''}".strip()


def _day(text: str | None) -> str | None:
    """The ``YYYY-MM-DD`` day of a date or date-time, or None."""
    if not text or len(text) < 10 or text[4] != "-" or text[7] != "-":
        return None
    day = text[:10]
    return day if day.replace("-", "").isdigit() else None


def timeline_points(rows: Iterable[Row], lang: str = "en") -> list[dict]:
    """The chart's points: one per distinct round or valuation, dated by its earliest article,
    sorted by date (undated ones last)."""
    from .nxgraph import format_amount

    best: dict[tuple, dict] = {}
    for row in rows:
        kind = KINDS.get(row.relation)
        if kind is None or row.value is None:
            continue
        try:
            value = float(Decimal(row.value))
        except (InvalidOperation, ValueError):
            continue
        key = (kind, value, row.currency, row.round_type if kind == "f" else None)
        point = {"k": kind, "d": _day(row.published), "v": value, "cur": row.currency,
                 "t": format_amount(row.value, row.currency, lang), "s": short_amount(value, row.currency, lang)}
        if row.round_type and kind == "f":
            point["r"] = row.round_type
        if row.basis:
            point["b"] = row.basis
        if row.article:
            point["a"] = row.article
        old = best.get(key)
        if old is None or (point["d"] is not None and (old["d"] is None or point["d"] < old["d"])):
            best[key] = point
    return sorted(best.values(), key=lambda p: (p["d"] is None, p["d"] or "", p["k"], p["v"]))


def graph_timeline(G, node: str, lang: str = "en") -> list[dict]:
    """The points of ``node`` in a graph made by :func:`graph.render.nxgraph.to_networkx`."""
    articles = G.graph.get("articles", {})
    rows = []
    for _u, v, d in G.out_edges(node, data=True):
        if d["relation"] not in KINDS or not d["asserted"] or G.nodes[v]["type"] != "MonetaryAmount":
            continue
        amount = G.nodes[v]
        for s in d["statements"]:
            meta = articles.get(s.get("article") or "", {})
            rows.append(Row(d["relation"], amount.get("value"), amount.get("currency"), s.get("round_type"),
                            s.get("valuation_basis"), meta.get("published"), meta.get("title")))
    return timeline_points(rows, lang)
