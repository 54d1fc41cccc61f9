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
