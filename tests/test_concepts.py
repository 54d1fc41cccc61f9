"""The concept vocabulary and the concept extractor, with sentences written for the test (French and
English): when a concept is the article's, when it is an organisation's, with which status; and
the vocabulary itself (ontology/concepts.ttl against the knowledge base)."""
from __future__ import annotations

import pytest
from conftest import extract_text, fact_set

# ------------------------------------------------------------------ the vocabulary

ISSUE_CONCEPTS = ["open-source", "open-weights", "proprietary-model", "mixture-of-experts", "large-language-model",
                  "reasoning-model", "agentic-ai", "agi", "sovereign-ai", "gpu", "inference", "training-data",
                  "fine-tuning", "rlhf", "computing-power", "data-center", "ai-regulation", "ai-act"]


def test_vocabulary_has_english_and_french_names_and_a_definition_each():
    from graph.rdf.concepts import concepts

    vocabulary = concepts()
    assert len(vocabulary) >= 80
    for key in ISSUE_CONCEPTS:
        assert key in vocabulary, key
    for key, c in vocabulary.items():
        names = dict(c.names)
        assert names.get("en") and names.get("fr"), key
        assert c.alt, key
        assert c.definition, key


def test_vocabulary_agrees_with_the_knowledge_base():
    """A concept of the knowledge base is the vocabulary's, with the same English name (one IRI, one label)."""
    from graph.analysis.kbase import load_kb
    from graph.rdf.concepts import concepts

    vocabulary = concepts()
    for e in load_kb().entries.values():
        if e.type == "Concept":
            assert e.id in vocabulary, e.id
            assert vocabulary[e.id].name("en") == e.name, e.id


@pytest.mark.parametrize("text, key", [
    ("une IA Open-Source", "open-source"),
    ("l'open source", "open-source"),
    ("des modèles à poids ouverts", "open-weights"),
    ("Open Weights", "open-weights"),
    ("its open-weight models", "open-weights"),
    ("une architecture Mixture of Experts", "mixture-of-experts"),
    ("un MoE", "mixture-of-experts"),
    ("les grands modèles de langage", "large-language-model"),
    ("des centres de donnees", "data-center"),           # accents optional
    ("l'IA souveraine", "sovereign-ai"),
    ("diffuser le « poids » de leurs modèles", "open-weights"),
    ("to release the model's weights", "open-weights"),
    ("the M&A market", "mergers-and-acquisitions"),
])
def test_labels_match_whatever_the_case_accents_hyphens_and_plural(text, key):
    from graph.extractors.concepts import find_concepts

    assert key in {h.key for h in find_concepts(text)}


@pytest.mark.parametrize("text", ["un moe", "Voilà", "the ia", "open", "un poids lourd du secteur",
                                  "the sovereign debt", "Zentri lève 2,3 M€ pour recruter."])
def test_labels_need_whole_words_and_acronyms_as_written(text):
    from graph.extractors.concepts import find_concepts

    assert not {h.key for h in find_concepts(text)} & {"mixture-of-experts", "artificial-intelligence",
                                                          "open-source", "open-weights", "sovereign-ai",
                                                          "mergers-and-acquisitions"}


def test_match_offsets_are_the_words_of_the_text():
    from graph.extractors.concepts import find_concepts

    text = "Elle mise sur les poids ouverts."
    (hit,) = [h for h in find_concepts(text, 100) if h.key == "open-weights"]
    assert text[hit.start - 100:hit.end - 100] == "poids ouverts"


# ------------------------------------------------------------------ article and organisation (French)

FR = ("Korvalis mise sur les agents IA\n\n"
      "La start-up Korvalis, fondée à Nantes en 2023, a levé 4 millions d'euros pour ses agents IA destinés aux "
      "notaires. Ses fondateurs viennent de l'édition juridique.\n\n"
      "Korvalis envisage de diffuser les poids de son modèle l'an prochain. Elle entraîne aussi ses modèles sur des "
      "données synthétiques, comme elle l'explique dans un billet.\n\n"
      "Ailleurs dans le secteur, les supercalculateurs restent rares en Europe.\n\n"
      "Le marché des deepfakes inquiète les juristes. Les deepfakes se multiplient dans les procédures.")


def test_fr_article_concepts_title_lead_main_organisation_and_repeated():
    got = {(s, o) for s, r, o, _ in fact_set(FR, "fr") if r == "concept"}
    assert ("ARTICLE", "agentic AI") in got             # title and lead
    assert ("ARTICLE", "open weights") in got           # a sentence naming the main organisation
    assert ("ARTICLE", "synthetic data") in got         # a sentence that refers back to it ("elle")
    assert ("ARTICLE", "deepfake") in got               # mentioned twice
    assert ("ARTICLE", "computing power") not in got    # once, in a sentence about something else


def test_fr_organisation_concept_planned():
    got = fact_set(FR, "fr")
    assert ("Korvalis", "concept", "open weights", "planned") in got
    assert not any(s == "Korvalis" and o == "deepfake" for s, r, o, _ in got if r == "concept")


def test_fr_organisation_concept_asserted_and_not_across_another_name():
    text = ("Orfeo Systems lance un assistant vocal\n\n"
            "Orfeo Systems développe des modèles de raisonnement pour les hôpitaux. "
            "Orfeo Systems concurrence Mistral AI, qui publie des modèles à poids ouverts.")
    got = fact_set(text, "fr")
    assert ("Orfeo Systems", "concept", "reasoning model", "asserted") in got
    assert not any(s == "Orfeo Systems" and o == "open weights" for s, r, o, _ in got if r == "concept")


# ------------------------------------------------------------------ article and organisation (English)

EN = ("Quillmark bets on small language models\n\n"
      "Quillmark, a Toronto startup founded in 2022, raised $6 million to build small language models for "
      "insurers. Its founders previously worked in actuarial software.\n\n"
      "Quillmark plans to release the weights of its models next year. It also trains them on synthetic data, "
      "its chief executive said.\n\n"
      "Elsewhere, supercomputers remain scarce in Canada.\n\n"
      "Insurers worry about deepfakes. Deepfakes now show up in claims.")


def test_en_article_concepts_title_lead_main_organisation_and_repeated():
    got = {(s, o) for s, r, o, _ in fact_set(EN, "en") if r == "concept"}
    assert ("ARTICLE", "small language model") in got
    assert ("ARTICLE", "open weights") in got
    assert ("ARTICLE", "deepfake") in got
    assert ("ARTICLE", "computing power") not in got


def test_en_organisation_concept_planned():
    assert ("Quillmark", "concept", "open weights", "planned") in fact_set(EN, "en")


def test_domain_concept_never_linked_and_no_isolated_concept():
    text = ("L'IA selon Korvalis\n\nKorvalis vend de l'IA. L'IA est partout. L'intelligence artificielle aussi. "
            "Un analyste évoque au passage la cybersécurité.")
    ex = extract_text(text, "fr")
    assert not any(f.relation == "concept" and f.object == "artificial-intelligence" for f in ex.facts)
    linked = {f.object for f in ex.facts if f.relation == "concept"}
    concepts = {k for k, e in ex.entities.items() if e.type == "Concept"}
    assert concepts <= linked            # every concept entity has a fact that links it


def test_concept_iris_are_the_vocabulary_keys():
    ex = extract_text(FR, "fr")
    assert "open-weights" in ex.entities and ex.entities["open-weights"].label == "open weights"
    assert ex.entities["synthetic-data"].kb_id == "synthetic-data"


@pytest.mark.parametrize("text, lang, org, status", [
    ("Korvalis s'ouvre\n\nKorvalis, une start-up de Rennes, vend des outils aux mairies. "
     "Elle ambitionne de partager les poids de son modèle en juin.", "fr", "Korvalis", "planned"),
    ("Korvalis s'ouvre\n\nKorvalis, une start-up de Rennes, vend des outils aux mairies. "
     "Korvalis ne diffusera pas les poids de son modèle.", "fr", "Korvalis", "negated"),
    ("Quillmark opens up\n\nQuillmark, a startup based in Leeds, sells tools to councils. "
     "Quillmark released the weights of its models in June.", "en", "Quillmark", "asserted"),
    ("Quillmark opens up\n\nQuillmark, a startup based in Leeds, sells tools to councils. "
     "Quillmark will not release the weights of its models.", "en", "Quillmark", "negated"),
])
def test_organisation_concept_status_follows_the_sentence(text, lang, org, status):
    assert (org, "concept", "open weights", status) in fact_set(text, lang)
