"""Inputs: encodings, HTML through trafilatura, furniture."""
from __future__ import annotations

import pytest

from graph.analysis.text import is_furniture, sentences
from graph.errors import InputError
from graph.ingest import article_from_text, decode


@pytest.mark.parametrize("data", [b"\xef\xbb\xbfHello world", "Hello world".encode("utf-16")])
def test_ingest_decode_bom(data):
    assert decode(data, "x").strip().endswith("Hello world")


def test_ingest_decode_latin1_names_the_fix():
    with pytest.raises(InputError, match="iconv"):
        decode("déjà vu à Paris".encode("latin-1"), "a.txt")


def test_ingest_html_keeps_metadata():
    html = """<html><head><title>Acme lève 5 millions</title>
    <meta property="og:site_name" content="Le Journal"><link rel="canonical" href="https://example.org/acme"></head>
    <body><nav>Accueil | Tech</nav><article><h1>Acme lève 5 millions</h1>
    <p>La start-up française Acme, fondée en 2020 par Jeanne Roux, a levé 5 millions d'euros auprès de Partech.</p>
    <p>Elle compte recruter vingt ingénieurs d'ici la fin de l'année, selon sa fondatrice.</p></article>
    <footer>Tous droits réservés</footer></body></html>"""
    art = article_from_text(html, "acme.html", html=True)
    assert "fondée en 2020 par Jeanne Roux" in art.text
    assert art.title == "Acme lève 5 millions"
    assert "Tous droits réservés" not in art.text


@pytest.mark.parametrize("line", [
    "Credits image : / Unsplash", "Laisser un commentaire", "Leave a comment",
    "Votre adresse e-mail ne sera pas publiée.", "Ce site utilise Akismet pour réduire les indésirables.",
    "Tous droits réservés", "0", "Partager cet article", "Subscribe to our newsletter",
])
def test_ingest_furniture_lines(line):
    assert is_furniture(line)


def test_text_sentence_offsets_are_exact():
    text = "Titre\n\nAcme Inc. a levé 5 M€. Elle recrute ! Pourquoi ? Parce que.\nDernière ligne"
    for s in sentences(text):
        assert text[s.start:s.end] == s.text
    assert any(s.text == "Acme Inc. a levé 5 M€." for s in sentences(text))


# ------------------------------------------------------------------ Markdown

MARKDOWN_YAML = """---
title: "Acme AI lève 5 millions d'euros"
date: 2025-03-04
url: https://example.org/acme
lang: fr
tags: [ia, levée]
---
# Acme AI lève 5 millions d'euros

La start-up [Acme AI](https://acme.example) a levé **5 millions d'euros** auprès de *Bellrive Capital*.

![Le logo](logo.png)

- Fondée en 2021 par Jeanne Roux
- Basée à Lyon
"""


def test_ingest_markdown_yaml_front_matter_gives_the_metadata():
    art = article_from_text(MARKDOWN_YAML, "acme.md", markdown=True)
    assert (art.title, art.published, art.url, art.lang) == (
        "Acme AI lève 5 millions d'euros", "2025-03-04", "https://example.org/acme", "fr")
    assert art.text == ("Acme AI lève 5 millions d'euros\n\n"
                        "La start-up Acme AI a levé 5 millions d'euros auprès de Bellrive Capital.\n\n"
                        "Fondée en 2021 par Jeanne Roux\nBasée à Lyon")
    for junk in ("---", "tags", "lang:", "https://acme.example", "**", "logo.png", "#"):
        assert junk not in art.text


def test_ingest_markdown_toml_front_matter_and_heading_title():
    art = article_from_text('+++\ntitle = "Beta raises"\ndate = 2024-01-02\nlanguage = "en"\n+++\nBeta raised $3M.\n',
                            "b.md", markdown=True)
    assert (art.title, art.published, art.lang, art.text) == ("Beta raises", "2024-01-02", "en",
                                                              "Beta raises\n\nBeta raised $3M.")
    art = article_from_text("# Gamma is hiring\n\nGamma hired ten engineers.\n", "c.md", markdown=True)
    assert (art.title, art.text) == ("Gamma is hiring", "Gamma is hiring\n\nGamma hired ten engineers.")


def test_ingest_markdown_bad_front_matter_names_the_fix():
    with pytest.raises(InputError, match=r"d.md: the front matter \(lines 1-3\) is not valid YAML .*fix it"):
        article_from_text("---\ntitle: [unclosed\n---\nText.\n", "d.md", markdown=True)


def test_ingest_markdown_file_suffix_and_offsets(tmp_path):
    """A .md file is read as Markdown; facts' offsets point into the text without markup, which the
    evidence quotes."""
    from graph.ingest import read_path
    from graph.pipeline import get_pipeline

    md = tmp_path / "mistral.md"
    md.write_text("---\ntitle: Mistral AI hires\nlang: en\n---\n**Mistral AI** was co-founded by "
                  "[Arthur Mensch](https://example.org/am), its CEO, and Guillaume Lample.\n", encoding="utf-8")
    art = read_path(md)
    assert art.name == "mistral.md" and art.title == "Mistral AI hires" and "[" not in art.text
    ex = get_pipeline().extract(art, lang="en")
    assert ex.facts
    for f in ex.facts:
        assert "Arthur Mensch" in art.text[f.start:f.end] or "Mistral" in art.text[f.start:f.end]
        assert "*" not in art.text[f.start:f.end] and "](" not in art.text[f.start:f.end]


# ------------------------------------------------------------------ HTML

_STORY = "".join(f"<p>Paragraph {i} of the story says that the market for industrial robots keeps growing in "
                 f"Europe this year, analysts say.</p>" for i in range(6))
NEWS_PAGE = f"""<!doctype html><html><head><title>Acme AI raises $5M | Example News</title></head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<article><h1>Acme AI raises $5M</h1>
<div class="byline">By Jane Doe</div>
{_STORY}
<blockquote><p>"We are thrilled to welcome Bellrive Capital on board as we expand to Lyon," the company said
in a statement.</p></blockquote>
<figure><img src="a.jpg"><figcaption>Jane Roe, the co-founder and CEO of Acme AI, at the company's Paris
office.</figcaption></figure>
</article>
<aside class="author-bio"><p>John Smith is the co-founder and CTO of Parsimo, the analytics company.</p></aside>
<div class="related-articles"><p>Read also: another startup raised money in Berlin this week, sources say.</p></div>
<footer><p>Copyright 2025 Example News. All rights reserved.</p></footer></body></html>"""


def test_ingest_html_keeps_bios_quotes_and_captions():
    art = article_from_text(NEWS_PAGE, "acme.html", html=True)
    assert art.title == "Acme AI raises $5M"
    for kept in ("Paragraph 5 of the story", "the company said in a statement",
                 "Jane Roe, the co-founder and CEO of Acme AI", "John Smith is the co-founder and CTO of Parsimo"):
        assert kept in art.text, kept
    for dropped in ("Read also", "Copyright", "Home", "a.jpg", "!["):
        assert dropped not in art.text, dropped
    assert art.text.count("Paragraph 3 of the story") == 1          # nothing trafilatura kept is added twice


def test_ingest_html_deeply_nested_page_keeps_its_text():
    sentence = "Acme AI a levé 5 millions d'euros auprès de Bellrive Capital. La société est basée à Lyon."
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{sentence}</p>" + "</div>" * 10_000 + "</body></html>"
    assert sentence in article_from_text(html, "deep.html", html=True).text


@pytest.mark.parametrize("html,message", [
    ("<html><head><title>T</title><script>var x = 1;</script></head><body><img src='a.png'></body></html>",
     "e.html: this HTML page has no text (only markup, scripts, styles or images); give the article's text as .txt"),
    ("<html><body><nav>Home About Contact</nav><form>Search the site</form></body></html>",
     "e.html: no article text in this HTML page, only 6 words of menus, forms and page furniture; "
     "give the article's text as .txt"),
])
def test_ingest_html_without_text_says_what_happened(html, message):
    with pytest.raises(InputError) as info:
        article_from_text(html, "e.html", html=True)
    assert str(info.value) == message


# ------------------------------------------------------------------ the per-article limit, devices, streams


def test_ingest_text_over_the_limit_is_refused_with_the_fix():
    from graph.ingest import check_length

    check_length("x" * 1000, "a.txt", 1000)
    with pytest.raises(InputError, match=r"^a.txt: 1,001 characters, more than the 1,000 an article may have; "
                                         r"split it .* --max-chars 100000$"):
        check_length("x" * 1001, "a.txt", 1000)


def test_ingest_file_over_the_byte_limit_is_refused_before_reading(tmp_path, monkeypatch):
    from graph.ingest import read_bytes

    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 5_000)                # 25,000 bytes > 10 bytes a character * 1,000
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("the file was opened"))
    with pytest.raises(InputError, match=r"big.txt: 25,000 bytes, more than an article of at most 1,000 characters"):
        read_bytes(big, 1000)


def test_ingest_character_device_is_refused():
    from pathlib import Path

    from graph.ingest import read_bytes

    with pytest.raises(InputError, match="/dev/zero: a character device, not a file; give an article file"):
        read_bytes(Path("/dev/zero"))


def test_ingest_endless_stream_is_refused_within_the_limit():
    from graph.ingest import byte_limit, read_stream

    class Endless:
        read_bytes = 0

        def read(self, n: int) -> bytes:
            self.read_bytes += n
            return b"a" * n

    stream = Endless()
    with pytest.raises(InputError, match="<stdin>: more than 10,000 bytes and not at its end"):
        read_stream(stream, "<stdin>", 1000)     # type: ignore[arg-type]
    assert stream.read_bytes == byte_limit(1000) + 1
