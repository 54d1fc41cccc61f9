"""Developers from the way a sentence names a product with its maker (graph.extractors.naming), with
sentences written for the test in French and English: only where the text writes the maker's name
with the product, with that sentence as evidence; never from the knowledge base's aliases alone."""
from __future__ import annotations

import pytest


def developer_facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(product label, developer label, evidence sentence) of the naming extractor on ``text``."""
    from graph.extractors.naming import NamingExtractor
    from graph.model import Article
    from graph.pipeline import get_pipeline

    article = Article(text, "test.txt")
    doc = get_pipeline().analyser.analyse(article, lang)
    found = NamingExtractor().extract(doc)
    doc = doc.with_types(found.types, found.kb_entities)
    return {(doc.entities[f.subject].label, doc.entities[str(f.object)].label, text[f.start:f.end])
            for f in found.facts}


@pytest.mark.parametrize("text, lang", [
    ("Les chercheurs ont comparé o3 d'OpenAI à plusieurs modèles chinois.", "fr"),
    ("Le cabinet a testé le modèle o3 d'OpenAI sur des contrats de bail.", "fr"),
    ("Le cabinet a testé OpenAI o3 sur des contrats de bail.", "fr"),
    ("The team benchmarked OpenAI's o3 against two smaller models.", "en"),
    ("The team benchmarked OpenAI o3 against two smaller models.", "en"),
])
def test_developer_when_the_sentence_writes_the_maker_with_the_product(text, lang):
    got = developer_facts(text, lang)
    assert ("o3", "OpenAI", text) in got


@pytest.mark.parametrize("text, lang", [
    ("OpenAI a ouvert un bureau à Paris. Plus loin, le cabinet dit avoir testé o3 sur des contrats de bail.", "fr"),
    ("OpenAI opened an office in Dublin. Elsewhere, the firm said it had tried o3 on lease contracts.", "en"),
])
def test_no_developer_from_two_names_in_separate_places(text, lang):
    """The knowledge base knows "OpenAI o3" as a name of o3; the article never writes them together."""
    assert not any(p == "o3" for p, _, _ in developer_facts(text, lang))


def test_no_developer_from_an_unrelated_possessive():
    text = "Microsoft's investment in o3 research was small, the filing shows."
    assert not developer_facts(text, "en")


def test_evidence_is_the_sentence_that_names_them_together():
    text = ("Le cabinet a d'abord testé o3 sur des baux commerciaux. "
            "Il a ensuite retenu o3 d'OpenAI pour les contrats de travail.")
    got = developer_facts(text, "fr")
    assert got == {("o3", "OpenAI", "Il a ensuite retenu o3 d'OpenAI pour les contrats de travail.")}


def test_naming_is_not_in_the_default_pipeline():
    """The relation model decides ``developer`` in kg build; the naming rule is opt-in (--extractors)."""
    from graph.extractors import DEFAULT, REGISTRY

    assert "naming" in REGISTRY and "naming" not in DEFAULT
    assert "concepts" in DEFAULT
