"""Inputs to :class:`~graph.model.Article`: text, Markdown and HTML files, folders, stdin.

Every problem with an input raises :class:`~graph.errors.InputError` with a message that
names the file and says what to do. Offsets of extracted facts refer to ``Article.text``:
the file exactly as read for text and Markdown, the text trafilatura extracted for HTML.
"""
from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


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


def article_from_html(html: str, name: str) -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import json

    import trafilatura

    raw = trafilatura.extract(html, with_metadata=True, output_format="json",
                              include_comments=False, include_tables=False, favor_precision=True)
    if not raw:
        raise InputError(f"{name}: no article text found in this HTML page; give the article's text as .txt")
    data = json.loads(raw)
    body = data.get("text") or ""
    title = data.get("title") or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    _check_not_empty(text, name)
    return Article(text=text, name=name, title=title, url=data.get("url") or data.get("source") or None,
                   site=data.get("sitename") or data.get("hostname") or None,
                   published=(data.get("date") or None))


def article_from_text(text: str, name: str, *, html: bool | None = None) -> Article:
    """An Article from already decoded text; HTML is detected when ``html`` is None."""
    _check_not_empty(text, name)
    if html or (html is None and looks_like_html(text)):
        return article_from_html(text, name)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(text=text, name=name, title=None if len(first) > 200 else None)


def read_path(path: Path) -> Article:
    """Read one file into an Article."""
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; kg reads folders recursively only when given as an input") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; make the file readable (chmod +r)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror}); check the file") from None
    text = decode(data, str(path))
    html = path.suffix.lower() in HTML_SUFFIXES or None
    return article_from_text(text, name, html=html)
