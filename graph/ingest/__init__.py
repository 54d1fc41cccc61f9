"""Inputs to :class:`~graph.model.Article`: text, Markdown and HTML files, folders, stdin.

Every problem with an input raises :class:`~graph.errors.InputError` with a message that
names the file and says what to do. Offsets of extracted facts refer to ``Article.text``:
the file exactly as read for text, the text without its markup for Markdown
(:mod:`.markdown`), the text extracted from the page for HTML (:mod:`.html`).

An article has at most ``max_chars`` characters (:data:`MAX_CHARS` unless told otherwise, the
``--max-chars`` of ``kg build``): the length is checked as the input is read, before any work,
and no more than :func:`byte_limit` bytes are ever read for one article, so a huge file, an
endless stream or a device such as ``/dev/zero`` is refused at once.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import InputError

if TYPE_CHECKING:         # graph.model is imported when an article is made: `kg --help` imports this module
    from ..model import Article

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

#: The most characters an article may have unless told otherwise (``--max-chars``): about 2 MB of
#: text, some 300,000 words, far more than any news article. kg's cost grows linearly with the text
#: (README, "Long texts"), so the limit bounds what one article can cost.
MAX_CHARS = 2_000_000

#: Bytes read at most for an article, per character of the limit: room for UTF-8 and UTF-16 text,
#: JSON escapes, and the markup of an HTML page around its text.
BYTES_PER_CHAR = 10


def byte_limit(max_chars: int) -> int:
    """The most bytes read for one article (a file, stdin, a JSONL line) under ``max_chars``."""
    return max_chars * BYTES_PER_CHAR


def _suggest(n: int) -> str:
    return f"{-(-n // 100_000) * 100_000}"


def check_length(text: str, name: str, max_chars: int) -> None:
    """Refuse a text longer than ``max_chars`` characters with a message that says what to do."""
    if len(text) > max_chars:
        raise InputError(f"{name}: {len(text):,} characters, more than the {max_chars:,} an article may have; "
                         f"split it into articles (one file each, or a .jsonl file with one per line) "
                         f"or raise the limit with --max-chars {_suggest(len(text))}")


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"


def _too_big(name: str, size: int, max_chars: int) -> InputError:
    return InputError(f"{name}: {_size(size)}, more than an article of at most {max_chars:,} characters "
                      f"can take; split it into articles (one file each, or a .jsonl file with one per line) "
                      f"or raise the limit with --max-chars {_suggest(size)}")


def check_stream(stream: BinaryIO, name: str) -> None:
    """Refuse a stream that is a device other than a terminal (``kg build - < /dev/zero``)."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, OSError, ValueError):     # not a file descriptor (a test's BytesIO)
        return
    kind = _kind(mode)
    if kind and not (stat.S_ISCHR(mode) and stream.isatty()):
        raise InputError(f"{name}: {kind}, not a file or a pipe; give an article file, or pipe text into kg")


def read_stream(stream: BinaryIO, name: str, max_chars: int, head: bytes = b"") -> bytes:
    """Everything ``stream`` holds after ``head``, or InputError as soon as it passes :func:`byte_limit`
    (an endless stream is refused instead of filling the memory)."""
    cap = byte_limit(max_chars)
    parts, size = [head], len(head)
    while size <= cap:
        chunk = stream.read(min(1 << 20, cap + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
    raise InputError(f"{name}: more than {_size(cap)} and not at its end; an article has at most "
                     f"{max_chars:,} characters (--max-chars): give articles one by one or as JSONL, one per line")


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file, a folder or a pipe is."""
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def read_bytes(path: Path, max_chars: int = MAX_CHARS) -> bytes:
    """The bytes of an article file: devices are refused, and a file larger than :func:`byte_limit`
    is refused before it is read."""
    try:
        st = path.stat()
        kind = _kind(st.st_mode)
        if kind:
            raise InputError(f"{path}: {kind}, not a file; give an article file, a folder, or - to read stdin")
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if stat.S_ISREG(st.st_mode) and st.st_size > byte_limit(max_chars):
            raise _too_big(str(path), st.st_size, max_chars)
        with open(path, "rb") as fh:          # a regular file, or a pipe (`kg build <(command)`)
            return read_stream(fh, str(path), max_chars)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; kg reads folders recursively only when given as an input") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable (chmod +r)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror}); check the file") from None


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), or UTF-16 with a BOM; anything else is refused.

    Binary data (NUL bytes, many control characters) and other encodings raise InputError.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data, not text; give a .txt, .md or .html article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(data)
        hint = f" (it looks like {guess})" if guess else ""
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start}{hint}; convert it first, "
            f"e.g. iconv -f {guess or 'LATIN1'} -t UTF-8 {name} > {Path(name).stem}.utf8{Path(name).suffix}"
        ) from None
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:4096]) // 50):
        raise InputError(f"{name}: binary data, not text; give a .txt, .md or .html article")
    return text


def _guess_encoding(data: bytes) -> str | None:
    try:
        data.decode("cp1252")
        return "CP1252" if any(0x80 <= b <= 0x9F for b in data) else "LATIN1"
    except UnicodeDecodeError:
        return None


def _check_not_empty(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name}: the article is empty; give a file with text in it")


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def article_from_html(html: str, name: str, *, max_chars: int = MAX_CHARS) -> Article:
    """The main text and metadata of an HTML page (see :mod:`graph.ingest.html`)."""
    from .html import article_from_html as extract

    article = extract(html, name)
    _check_not_empty(article.text, name)
    check_length(article.text, name, max_chars)
    return article


def article_from_text(text: str, name: str, *, html: bool | None = None, markdown: bool = False,
                      max_chars: int = MAX_CHARS) -> Article:
    """An Article from already decoded text: HTML (detected when ``html`` is None), Markdown when
    ``markdown`` (front matter and markup, see :mod:`graph.ingest.markdown`), else plain text."""
    from ..model import Article

    _check_not_empty(text, name)
    if html or (html is None and not markdown and looks_like_html(text)):
        return article_from_html(text, name, max_chars=max_chars)
    if markdown:
        from .markdown import article_from_markdown

        article = article_from_markdown(text, name)
        _check_not_empty(article.text, name)
    else:
        article = Article(text=text, name=name)
    check_length(article.text, name, max_chars)
    return article


def read_path(path: Path, *, max_chars: int = MAX_CHARS) -> Article:
    """Read one file into an Article (at most ``max_chars`` characters of text)."""
    text = decode(read_bytes(path, max_chars), str(path))
    suffix = path.suffix.lower()
    html = suffix in HTML_SUFFIXES or None
    article = article_from_text(text, str(path), html=html, markdown=suffix in MARKDOWN_SUFFIXES,
                                max_chars=max_chars)
    article.name = path.name
    return article
