"""Offsets in logarithmic time, so that analysing a text costs time and memory linear in its length.

A long article has thousands of sentences and mentions; asking "which sentence holds this
offset?" or "does this span overlap a name?" by scanning every one of them makes the analysis
quadratic (a 1 MB text took minutes). These helpers answer with a binary search instead, and
:func:`blocks` cuts a long text into pieces a statistical model can take one at a time.

>>> blocks("one.\\n\\ntwo.\\n\\nthree.", 8)
[(0, 'one.\\n\\n'), (6, 'two.\\n\\n'), (12, 'three.')]
>>> SpanIndex([(0, 4), (10, 12)]).overlaps(3, 5), SpanIndex([(0, 4), (10, 12)]).overlaps(4, 10)
(True, False)
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

# Where a block may end, best first: after a blank line (a paragraph), a line break, a sentence end, a space.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?…][\"'”»)\]]*\s+"), re.compile(r"\s+"))


def blocks(text: str, size: int) -> list[tuple[int, str]]:
    """``text`` as consecutive pieces of at most ``size`` characters, each with its offset.

    A piece ends after the last paragraph break (a blank line) that fits, else the last line
    break, else the last sentence end, else the last space, and only when there is none of these
    in its second half exactly at ``size``. The pieces put together are ``text``; a text of at most
    ``size`` characters is one piece. Each character is looked at a bounded number of times.
    """
    if size < 1:
        raise ValueError("size must be 1 or more")
    out: list[tuple[int, str]] = []
    pos, n = 0, len(text)
    while n - pos > size:
        window = text[pos:pos + size]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, size // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        out.append((pos, text[pos:pos + cut]))
        pos += cut
    if pos < n or not out:
        out.append((pos, text[pos:]))
    return out


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class SpanIndex:
    """Spans ``(start, end)``, possibly overlapping, asked whether any of them overlaps ``[a, b)``.

    Built once in O(n log n); each question costs O(log n).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []          # the furthest end among the spans up to here
        reach = -1
        for _, b in ordered:
            reach = max(reach, b)
            self._reach.append(reach)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span ``(x, y)`` has ``x < b`` and ``a < y``."""
        i = bisect_left(self._starts, b)
        return i > 0 and self._reach[i - 1] > a

    def contains(self, pos: int) -> bool:
        """Whether a span ``(x, y)`` has ``x <= pos < y``."""
        return self.overlaps(pos, pos + 1)


class Locator:
    """Which of sorted, disjoint spans (sentences) holds an offset, in O(log n)."""

    def __init__(self, spans: Sequence[_Span]):
        self.spans = spans
        self._starts = [s.start for s in spans]

    def index(self, pos: int) -> int | None:
        """The index of the span with ``start <= pos < end``, or None."""
        i = bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.spans[i].end else None


def within(items: Sequence[S], starts: Sequence[int], a: int, b: int) -> list[S]:
    """The items with ``a <= start`` and ``end <= b``, in their order; ``items`` are sorted by start
    and ``starts`` are their starts."""
    lo, hi = bisect_left(starts, a), bisect_right(starts, b)
    return [x for x in items[lo:hi] if x.end <= b]


Labelled = list[tuple[int, int, str]]


def in_blocks(texts: Sequence[str], size: int, budget: int,
              run: Callable[[list[str]], Iterable[Labelled]]) -> list[Labelled]:
    """Labelled spans of each text, found by ``run`` over :func:`blocks` of at most ``size`` characters.

    ``run`` takes a list of strings and returns the ``(start, end, label)`` spans of each; it is
    given at most ``budget`` characters at a time (or one block), so what it costs in memory does
    not grow with the texts. Spans come back as offsets into their whole text, in order.
    """
    pieces = [(i, offset, piece) for i, text in enumerate(texts) for offset, piece in blocks(text, size)]
    out: list[Labelled] = [[] for _ in texts]
    group: list[tuple[int, int, str]] = []
    chars = 0

    def flush() -> None:
        for (i, offset, _piece), found in zip(group, run([p for _, _, p in group]), strict=True):
            out[i].extend((a + offset, b + offset, label) for a, b, label in found)
        group.clear()

    for piece in pieces:
        if group and chars + len(piece[2]) > budget:
            flush()
            chars = 0
        group.append(piece)
        chars += len(piece[2])
    if group:
        flush()
    return out
