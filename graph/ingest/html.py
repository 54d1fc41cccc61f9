"""The text of an HTML page: trafilatura, with what it leaves out put back.

trafilatura (recall-oriented settings) finds the article's main text and its metadata. News pages
also carry sentences it drops: an author's bio ("X is the co-founder and CTO of Y"), a company's
statement in an aside, a figure caption. A second reader, a streaming parser with no tree and so no
depth limit, lists the page's text blocks; the blocks of the article (inside ``<article>`` or
``<main>`` when the page has them, and, anywhere on the page, inside an element whose class or id
says it is about the author: ``author``, ``bio``, ``byline``, ``contributor``) that hold a sentence
and are missing from trafilatura's text are added after it, in page order. When trafilatura finds
nothing (a page nested deeper than its parser goes, a page it does not recognise as an article), the
article's blocks are the text. A page with no text, or with only menus and page furniture, gets a
message that says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..errors import InputError
from ..model import Article

# Elements whose text is never the article's: scripts, styles, navigation, forms, and the page's own header
# and footer (an <article>'s header holds its title and byline, so it is kept).
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "nav", "form", "button", "select", "textarea",
         "iframe", "object", "head", "title", "footer"}
# Of those, the elements whose content is code or data, not words a reader sees.
_CODE = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "title"}
# Classes and ids of page furniture.
_FURNITURE = re.compile(r"comment|related|share|sharing|social|newsletter|subscri|cookie|consent|promo|advert|"
                        r"sponsor|sidebar|menu|breadcrumb|popup|modal|banner|paywall|signup|login|recommend|"
                        r"trending|most-read|footer|navigation|\bnav\b|widget", re.I)
# Elements that end a block of text.
_BLOCK = {"p", "div", "section", "article", "main", "aside", "header", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
          "pre", "address", "details", "summary", "br", "hr", "caption"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr",
         "param"}
#: Blocks with fewer words are not worth adding (and cannot be matched against trafilatura's text).
_SHINGLE = 5
# Classes and ids of the author's byline and bio, kept even outside the page's <article>.
_AUTHOR = re.compile(r"author|\bbio|byline|contributor|writer", re.I)
#: How far up the stack an end tag looks for its start tag (unclosed tags are common; a bound keeps parsing linear).
_MATCH_DEPTH = 64
#: When the page has no text outside menus and furniture, trafilatura's text shorter than this is furniture too.
_FURNITURE_WORDS = 30


@dataclass
class Block:
    """A run of text between block-level tags, and whether it lies inside the page's article."""

    text: str
    in_article: bool


@dataclass
class _Open:
    tag: str
    skip: bool          # this element starts a region whose text is furniture
    article: bool       # this element is an <article> or <main>, or the author's byline or bio
    code: bool          # this element holds code or data (a script, a style)


class _Reader(HTMLParser):
    """Text blocks of a page, streamed: no tree, so no limit on how deeply the page nests."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.has_article = False
        self.title = ""
        self.furniture_words = 0        # words of the regions skipped as furniture
        self._stack: list[_Open] = []
        self._skipping = 0
        self._articles = 0
        self._code = 0
        self._parts: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        names = " ".join(v for k, v in attrs if k in ("class", "id", "role") and v)
        skip = tag in _SKIP or (tag == "header" and not self._articles) or bool(names and _FURNITURE.search(names))
        main = tag in ("article", "main") or ("role", "main") in attrs
        article = main or bool(names and not skip and _AUTHOR.search(names))
        code = tag in _CODE
        self._stack.append(_Open(tag, skip, article, code))
        self._skipping += skip
        self._code += code
        self._articles += article
        self.has_article = self.has_article or main

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self._flush()
        for depth in range(1, min(len(self._stack), _MATCH_DEPTH) + 1):
            if self._stack[-depth].tag == tag:
                for _ in range(depth):
                    top = self._stack.pop()
                    self._skipping -= top.skip
                    self._articles -= top.article
                    self._code -= top.code
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self._parts.append(data)
        elif not self._code:
            self.furniture_words += len(data.split())

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        self._parts.clear()
        if text:
            self.blocks.append(Block(text, self._articles > 0))

    def close(self) -> None:
        super().close()
        self._flush()


def page_blocks(html: str) -> tuple[list[Block], bool, str, int]:
    """The text blocks of a page, whether it has an ``<article>`` or ``<main>``, its ``<title>``, and the
    number of words in page furniture (menus, forms, scripts)."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.blocks, reader.has_article, " ".join(reader.title.split()), reader.furniture_words


def _shingles(text: str) -> list[int]:
    """Hashes of the runs of :data:`_SHINGLE` words of ``text``, case and quotes ignored."""
    words = re.sub(r"[“”«»\"'’]", "", text).casefold().split()
    return [hash(tuple(words[i:i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)]


def _missing(blocks: list[str], body: str) -> list[str]:
    """The blocks that hold a sentence and are not in ``body``: fewer than half their word runs are there
    (linear in the text, unlike a substring search per block)."""
    have = set(_shingles(body))
    out = []
    for b in blocks:
        runs = _shingles(b)
        if runs and any(c in ".!?…" for c in b) and sum(r in have for r in runs) * 2 < len(runs):
            out.append(b)
    return out


def _trafilatura(html: str) -> dict:
    import json

    import trafilatura

    raw = trafilatura.extract(html, with_metadata=True, output_format="json", include_comments=False,
                              include_tables=False, favor_recall=True)
    if raw:
        return json.loads(raw)
    meta = trafilatura.extract_metadata(html)       # no main text: the metadata may still be there
    return {k: getattr(meta, k, None) for k in ("title", "url", "sitename", "hostname", "date")} if meta else {}


def article_from_html(html: str, name: str) -> Article:
    """The article of an HTML page: trafilatura's text, the sentences it left out, and its metadata."""
    data = _trafilatura(html)
    body = data.get("text") or ""
    blocks, has_article, page_title, furniture = page_blocks(html)
    mine = [b.text for b in blocks if b.in_article or not has_article]
    if not mine and len(body.split()) < _FURNITURE_WORDS:      # trafilatura's recall took a menu for text
        body = ""
    if body:
        extra = _missing(mine, body)
        body = "\n\n".join([body, *extra]) if extra else body
    else:
        body = "\n".join(mine)
    if not body.strip():
        words = sum(len(b.text.split()) for b in blocks) + furniture
        if words:
            raise InputError(f"{name}: no article text in this HTML page, only {words} words of menus, forms "
                             f"and page furniture; give the article's text as .txt")
        raise InputError(f"{name}: this HTML page has no text (only markup, scripts, styles or images); "
                         f"give the article's text as .txt")
    title = data.get("title") or page_title or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Article(text=text, name=name, title=title, url=data.get("url") or data.get("source") or None,
                   site=data.get("sitename") or data.get("hostname") or None, published=(data.get("date") or None))
