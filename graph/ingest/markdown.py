"""Markdown articles: front matter for the metadata, markup stripped from the text.

Front matter is YAML between ``---`` lines or TOML between ``+++`` lines at the top of the file;
it gives the title (``title``), the date (``date``, ``published``, ``pubDate``), the URL (``url``,
``link``, ``canonical``, ``permalink``) and the language (``lang``, ``language``, ``locale``).
Without a ``title``, a first-level heading that opens the text is the title.

The text is the Markdown as a reader sees it (CommonMark, read with markdown-it-py): links keep
their text, emphasis and heading marks go, images and code blocks are left out, each paragraph,
heading, list item and table row is a line, paragraphs are separated by a blank line. Offsets of
facts refer to that text, which the graph keeps with the article.

>>> article_from_markdown("---\\ntitle: Acme raises\\n---\\nAcme [raised](https://x.org) *5 M€*.\\n", "a.md").text
'Acme raises\\n\\nAcme raised 5 M€.'
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..errors import InputError
from ..model import Article

_FRONT = re.compile(r"\A(?:(?P<yaml>---)|(?P<toml>\+\+\+))[ \t]*\r?\n(?P<body>.*?)"
                    r"^(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# HTML in Markdown: inline tags join their text to the words around them, other tags and comments separate it.
_INLINE_TAG = re.compile(r"</?(?:a|b|i|em|strong|span|code|sup|sub|small|u|s|mark|abbr|cite|q)\b[^>]*>", re.I)
_TAG = re.compile(r"<!--.*?-->|<(?!(?:/?(?:a|b|i|em|strong|span|code|sup|sub|small|u|s|mark|abbr|cite|q)\b))[^>]*>",
                  re.S | re.I)
_TITLE = ("title", "headline")
_DATE = ("date", "published", "pubdate", "date_published", "datepublished", "publishdate")
_URL = ("url", "link", "canonical", "canonical_url", "permalink", "source_url")
_LANG = ("lang", "language", "locale")


def front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """The front matter of a Markdown text as a dict (keys lower-cased), and the text after it."""
    m = _FRONT.match(text)
    if not m or (m["yaml"] and m.group(0).rstrip().endswith("+++")) or (m["toml"] and not m.group(0).rstrip()
                                                                       .endswith("+++")):
        return {}, text
    lines = m.group(0).count("\n")
    try:
        if m["toml"]:
            import tomllib

            data = tomllib.loads(m["body"])
        else:
            import yaml

            data = yaml.safe_load(m["body"])
    except Exception as exc:  # yaml.YAMLError, tomllib.TOMLDecodeError
        kind = "TOML" if m["toml"] else "YAML"
        mark = getattr(exc, "problem_mark", None)
        detail = (f"{exc.problem} at line {mark.line + 2}" if getattr(exc, "problem", None) and mark is not None  # type: ignore[attr-defined]
                  else " ".join(str(exc).split())[:160])
        raise InputError(f"{name}: the front matter (lines 1-{lines}) is not valid {kind} ({detail}); "
                         f"fix it, or remove it to read the file as plain Markdown") from None
    if not isinstance(data, dict):
        return {}, text[m.end():]
    return {str(k).lower(): v for k, v in data.items()}, text[m.end():]


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((meta[k] for k in keys if meta.get(k) not in (None, "")), None)


def _date(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value) if isinstance(value, str) else None
    return m.group(1) if m else None


def _text(tokens) -> str:
    """The text of markdown-it-py's inline tokens: links keep their text, images and markup go."""
    out = []
    for t in tokens:
        if t.type in ("text", "code_inline"):
            out.append(t.content)
        elif t.type == "softbreak":
            out.append(" ")
        elif t.type == "hardbreak":
            out.append("\n")
    return "".join(out).strip()


def markdown_text(source: str) -> tuple[str, str | None]:
    """The text of a Markdown document (see the module) and the first-level heading it opens with, if any."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).parse(source)
    blocks: list[list[str]] = []         # each a list of lines: a list's items and a table's rows stay together
    group: list[str] | None = None       # the open list or table
    depth = 0
    cells: list[str] = []
    opening: str | None = None
    for i, tok in enumerate(tokens):
        parent = tokens[i - 1] if i else None
        if tok.type in ("bullet_list_open", "ordered_list_open", "table_open"):
            depth += 1
            group = [] if group is None else group
        elif tok.type in ("bullet_list_close", "ordered_list_close", "table_close"):
            depth -= 1
            if depth == 0 and group is not None:
                if group:
                    blocks.append(group)
                group = None
        elif tok.type == "tr_open":
            cells = []
        elif tok.type == "tr_close" and group is not None and cells:
            group.append(" | ".join(cells))
        elif tok.type in ("inline", "html_block"):
            if tok.type == "inline":
                text = _text(tok.children or [])
            else:
                text = " ".join(_INLINE_TAG.sub("", _TAG.sub(" ", tok.content)).split())
            if not text:
                continue
            if parent is not None and parent.type in ("th_open", "td_open"):
                cells.append(text)
            elif group is not None:
                group.append(text)
            else:
                if not blocks and parent is not None and parent.type == "heading_open" and parent.tag == "h1":
                    opening = text
                blocks.append([text])
    return "\n\n".join("\n".join(b) for b in blocks), opening


def article_from_markdown(source: str, name: str) -> Article:
    """An Article from a Markdown file's text: metadata from its front matter, the text without markup."""
    meta, body = front_matter(source, name)
    text, opening = markdown_text(body)
    title = _first(meta, _TITLE)
    title = " ".join(str(title).split()) if title is not None else opening
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    url = _first(meta, _URL)
    lang = str(_first(meta, _LANG) or "").lower()[:2]
    return Article(text=text, name=name, title=title or None,
                   url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
                   published=_date(_first(meta, _DATE)), lang=lang if lang in ("fr", "en") else None)
