"""Corpus inputs, streamed: files, folders, glob patterns, JSONL files and stdin, one :class:`Item` each.

Nothing is read before it is needed: folders are listed one at a time, JSONL files line by line,
and no article (a file, stdin, one JSONL line) is read past :func:`graph.ingest.byte_limit` of its
``max_chars``. A folder walk reads each folder once: a symlink back to a folder already walked (a
loop) is skipped with a warning, and an entry that cannot be read is reported; the rest is built.
"""
from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest import MAX_CHARS
from ..model import Article

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass
class Item:
    """One input article, or why it could not be read, or (``warning``) an entry skipped on purpose, such
    as a symlink loop in a folder, which is reported but is no failure. ``display`` names it in messages."""

    display: str
    article: Article | None = None
    error: str | None = None
    warning: str | None = None


def _suffixes() -> set[str]:
    from ..ingest import SUFFIXES

    return SUFFIXES


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _has_magic(arg: str) -> bool:
    return any(c in arg for c in "*?[")


@dataclass
class _Skip:
    """An entry of a folder that is not walked: a failure (unreadable), or a warning (a symlink loop)."""

    path: Path
    message: str
    failed: bool


def _problem(path: Path, exc: OSError, what: str) -> str:
    if exc.errno == errno.ELOOP:
        return f"{path}: a symlink loop (it points back to itself); remove or fix the link"
    if exc.errno == errno.ENOENT:
        return f"{path}: a broken symlink (to {os.readlink(path) if path.is_symlink() else '?'}); fix or remove it"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{path}: permission denied; make the {what} readable (chmod {'+rx' if what == 'folder' else '+r'})"
    return f"{path}: cannot read this {what} ({exc.strerror}); check it"


def _walk(folder: Path, suffixes: set[str] | None = None,
          seen: dict[tuple[int, int], Path] | None = None) -> Iterator[Path | _Skip]:
    """Article files under ``folder`` in path order, hidden files and folders skipped; one folder
    is listed at a time, so a huge tree is never held in memory. Each folder is walked once (``seen``:
    the folders walked so far): a second way into one, such as a symlink loop, is a :class:`_Skip`
    warning; an entry that cannot be read is a :class:`_Skip` failure."""
    suffixes = suffixes or _suffixes()
    seen = {} if seen is None else seen
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            first = seen[key]
            how = "a symlink loop back to" if folder.as_posix().startswith(first.as_posix() + "/") else "the same as"
            yield _Skip(folder, f"{folder}: {how} {first}, whose files are read once", False)
            return
        seen[key] = folder
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield _Skip(folder, _problem(folder, exc, "folder"), exc.errno != errno.ELOOP)
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        article = Path(e.name).suffix.lower() in suffixes or _is_jsonl(e.name)
        try:
            if e.is_dir():
                yield from _walk(path, suffixes, seen)
            elif e.is_file():
                if article:
                    yield path
            elif e.is_symlink() and article:
                path.stat()                 # a broken link or a loop: raises and says which
        except OSError as exc:       # a link that loops holds no article: a warning; anything else fails
            yield _Skip(path, _problem(path, exc, "file"), exc.errno != errno.ELOOP)


def _glob(pattern: str) -> list[Path]:
    import glob

    return sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())


def iter_items(inputs: Iterable[str], *, stdin=None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Every article of ``inputs`` (files, folders, glob patterns, JSONL files, ``-``), lazily.

    Articles found in a folder are named by their path relative to it (``2024/05/a.txt``), so two
    ``index.html`` in different sub-folders stay two articles. An article longer than ``max_chars``
    characters is an error item (see :mod:`graph.ingest`).
    """
    for arg in inputs:
        arg = str(arg)
        if arg == "-":
            yield from _stdin_items(stdin if stdin is not None else sys.stdin.buffer, max_chars)
            continue
        path = Path(arg)
        if path.is_dir():
            found = False
            for p in _walk(path):
                found = True
                if isinstance(p, _Skip):
                    yield Item(str(p.path), error=p.message) if p.failed else Item(str(p.path), warning=p.message)
                    continue
                yield from _file_items(p, str(p), p.relative_to(path).as_posix(), max_chars)
            if not found:
                yield Item(arg, error=f"{arg}: no .txt, .md, .html or .jsonl files in this folder")
        elif _has_magic(arg) and not path.exists():
            matches = _glob(arg)
            if not matches:
                yield Item(arg, error=f"{arg}: no file matches this pattern")
            for p in matches:
                yield from _file_items(p, str(p), p.name, max_chars)
        else:
            yield from _file_items(path, arg, path.name, max_chars)


def count_items(inputs: Iterable[str]) -> int | None:
    """How many items :func:`iter_items` will yield (None with stdin): for a progress bar's total."""
    n = 0
    for arg in inputs:
        arg = str(arg)
        if arg == "-":
            return None
        path = Path(arg)
        files: list[Path | None]
        if path.is_dir():
            files = [p if isinstance(p, Path) else None for p in _walk(path)
                     if isinstance(p, Path) or p.failed] or [None]
        elif _has_magic(arg) and not path.exists():
            files = list(_glob(arg)) or [None]
        else:
            files = [path]
        for p in files:
            n += _count_jsonl(p) if p is not None and _is_jsonl(p.name) else 1
    return n


def _count_jsonl(path: Path) -> int:
    try:
        with _open_jsonl(path) as fh:
            return sum(1 for line in _lines(fh, 1 << 20) if line is None or line.strip()) or 1
    except (OSError, EOFError):
        return 1


def _open_jsonl(path: Path):
    if path.name.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def _lines(stream, cap: int) -> Iterator[bytes | None]:
    """The lines of a binary stream, each at most ``cap`` bytes: a longer line is skipped to its end and
    given as None, so one endless line never fills the memory."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        while True:                       # the rest of the long line, read in pieces and dropped
            rest = stream.readline(1 << 20)
            if not rest or rest.endswith(b"\n"):
                break
        yield None


def _file_items(path: Path, display: str, name: str, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    from ..ingest import read_path

    if _is_jsonl(path.name):
        try:
            fh = _open_jsonl(path)
        except FileNotFoundError:
            yield Item(display, error=f"{display}: no such file; check the path")
            return
        except OSError as exc:
            yield Item(display, error=f"{display}: cannot read it ({exc.strerror}); check the file")
            return
        with fh:
            try:
                yield from _jsonl_items(fh, display, max_chars)
            except (OSError, EOFError) as exc:       # a truncated .gz
                yield Item(display, error=f"{display}: cannot read it to the end ({exc}); the lines before were built")
        return
    try:
        article = read_path(path, max_chars=max_chars)
    except InputError as exc:
        yield Item(display, error=str(exc))
        return
    article.name = name
    yield Item(display, article)


def _stdin_items(stream, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    from ..ingest import article_from_text, byte_limit, check_stream, decode, read_stream

    try:
        check_stream(stream, "<stdin>")
    except InputError as exc:
        yield Item("-", error=str(exc))
        return
    first = stream.readline(byte_limit(max_chars) + 1)
    if _record_line(first):
        import itertools

        yield from _jsonl_items(itertools.chain([first], _lines(stream, byte_limit(max_chars))), "<stdin>", max_chars)
        return
    try:
        text = decode(read_stream(stream, "<stdin>", max_chars, head=first), "<stdin>")
        yield Item("-", article_from_text(text, "stdin", max_chars=max_chars))
    except InputError as exc:
        yield Item("-", error=str(exc))


def _record_line(line: bytes) -> bool:
    """Whether a first line of stdin is a JSONL article record (so stdin is JSONL)."""
    if not line.lstrip().startswith(b"{"):
        return False
    import json

    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return isinstance(rec, dict) and ("text" in rec or "html" in rec)


def _jsonl_items(lines, label: str, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    from ..ingest import byte_limit

    cap = byte_limit(max_chars)
    source = _lines(lines, cap) if hasattr(lines, "readline") else lines
    for no, raw in enumerate(source, 1):
        display = f"{label}:{no}"
        if raw is None:
            yield Item(display, error=f"{display}: a line of more than {cap:,} bytes, longer than an "
                                      f"article of at most {max_chars:,} characters can be; split the article or raise "
                                      f"the limit with --max-chars")
            continue
        if not raw.strip():
            continue
        try:
            yield Item(display, article_from_record(raw, display, max_chars=max_chars))
        except InputError as exc:
            yield Item(display, error=str(exc))


def article_from_record(raw: bytes | str | dict, display: str = "<record>", *, max_chars: int = MAX_CHARS) -> Article:
    """An Article from one JSONL record: ``text`` or ``html``, and optional ``url``, ``title``,
    ``date``, ``lang``. A title the text does not start with is put before it, as for HTML pages."""
    import json

    from ..ingest import _check_not_empty, _guess_encoding, article_from_html, check_length

    if isinstance(raw, bytes):
        data = raw
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            guess = _guess_encoding(data) or "LATIN1"
            raise InputError(f"{display}: not valid UTF-8 at byte {exc.start} (it looks like {guess}); "
                             f"convert the file first, e.g. iconv -f {guess} -t UTF-8") from None
    if isinstance(raw, str):
        try:
            rec = json.loads(raw)
        except ValueError as exc:
            raise InputError(f"{display}: not valid JSON ({exc}); "
                             f"a JSONL file holds one JSON object per line") from None
    else:
        rec = raw
    if not isinstance(rec, dict):
        raise InputError(f"{display}: a {type(rec).__name__}, not a JSON object; write one "
                         f'{{"text": ..., "url": ...}} object per line')
    text, html = rec.get("text"), rec.get("html")
    title, url = _str(rec.get("title")), _str(rec.get("url"))
    if isinstance(text, str) and text.strip():
        body = text
        if title and not body.lstrip().startswith(title):
            body = f"{title}\n\n{body}"
        check_length(body, display, max_chars)
        article = Article(text=body, title=title, url=url)
    elif isinstance(html, str) and html.strip():
        article = article_from_html(html, display, max_chars=max_chars)
        article.title = title or article.title
        article.url = url or article.url
    elif text is not None or html is not None:
        _check_not_empty("", display)
        raise AssertionError  # pragma: no cover - _check_not_empty raised
    else:
        raise InputError(f'{display}: no "text" or "html" field; each line needs one (see `kg build --help`)')
    article.name = ""
    article.published = _date(rec.get("date")) or article.published
    lang = (_str(rec.get("lang")) or "").lower()[:2]
    article.lang = lang if lang in ("fr", "en") else None
    return article


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 date or date-time; anything else is left out."""
    import re

    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value) if isinstance(value, str) else None
    return m.group(1) if m else None
