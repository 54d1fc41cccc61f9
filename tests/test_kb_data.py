"""Validate the knowledge-base data file graph/kb/entities.jsonl.

The KB holds names only: id, name, type, aliases, country, wikidata, ambiguous
and demonym. It never holds relations between entities.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, URIRef

ROOT = Path(__file__).resolve().parents[1]
KB_PATH = ROOT / "graph" / "kb" / "entities.jsonl"
ONTOLOGY_PATH = ROOT / "ontology" / "kg.ttl"
KG_NS = "https://w3id.org/kgnews/ontology#"

ALLOWED_KEYS = {"id", "name", "type", "aliases", "country", "wikidata", "ambiguous", "demonym", "names"}
REQUIRED_KEYS = {"id", "name", "type", "aliases"}
# Entity types the KB may use (the ontology also has Agent, Place, Article, Statement...).
ENTITY_TYPES = {
    "Person", "Company", "InvestmentFirm", "VentureCapitalFirm", "SovereignFund", "Bank",
    "ResearchLab", "MediaOutlet", "University", "GovernmentBody", "Organization",
    "AIModel", "Software", "Hardware", "CloudService", "Product",
    "Country", "City", "Region", "Concept",
}
PLACE_TYPES = {"Country", "City", "Region"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA_RE = re.compile(r"^Q[0-9]+$")


def _key(text: str) -> str:
    """Comparison key: Unicode NFC, case-folded, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@pytest.fixture(scope="module")
def lines() -> list[str]:
    assert KB_PATH.is_file(), f"missing {KB_PATH}"
    text = KB_PATH.read_text(encoding="utf-8")
    assert text.endswith("\n"), "file must end with a newline"
    return text.split("\n")[:-1]


@pytest.fixture(scope="module")
def entities(lines: list[str]) -> list[dict]:
    out = []
    for number, line in enumerate(lines, 1):
        assert line.strip(), f"line {number} is blank"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"line {number} is not a JSON object"
        out.append(obj)
    return out


@pytest.fixture(scope="module")
def ontology_classes() -> set[str]:
    graph = Graph()
    graph.parse(ONTOLOGY_PATH, format="turtle")
    return {
        str(s)[len(KG_NS):]
        for s in graph.subjects(RDF.type, OWL.Class)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


@pytest.fixture(scope="module")
def by_id(entities: list[dict]) -> dict[str, dict]:
    return {e["id"]: e for e in entities}


def test_enough_entities(entities):
    assert len(entities) >= 450


def test_keys(entities):
    for e in entities:
        keys = set(e)
        assert REQUIRED_KEYS <= keys, f"{e.get('id')}: missing {REQUIRED_KEYS - keys}"
        assert keys <= ALLOWED_KEYS, f"{e['id']}: unexpected keys {keys - ALLOWED_KEYS} (no relations allowed)"


def test_ids_are_slugs_unique_and_sorted(entities):
    ids = [e["id"] for e in entities]
    for i in ids:
        assert isinstance(i, str) and ID_RE.match(i) and i.isascii(), f"bad id {i!r}"
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == sorted(ids), "entities must be sorted by id"


def test_types_are_ontology_classes(entities, ontology_classes):
    assert ENTITY_TYPES <= ontology_classes, f"ontology lacks {ENTITY_TYPES - ontology_classes}"
    for e in entities:
        assert e["type"] in ontology_classes, f"{e['id']}: type {e['type']!r} not in ontology"
        assert e["type"] in ENTITY_TYPES, f"{e['id']}: type {e['type']!r} not an entity type"


def test_names_and_aliases_are_clean_strings(entities):
    for e in entities:
        names = [e["name"], *e["aliases"]]
        assert isinstance(e["aliases"], list), e["id"]
        for n in names:
            assert isinstance(n, str) and n, f"{e['id']}: empty name/alias"
            assert n == n.strip() and "  " not in n, f"{e['id']}: whitespace in {n!r}"
            assert n == unicodedata.normalize("NFC", n), f"{e['id']}: {n!r} not NFC"
            assert "\n" not in n and "\t" not in n
        assert len(names) == len(set(names)), f"{e['id']}: repeated alias"
        assert e["name"] not in e["aliases"], f"{e['id']}: alias equals name"


def test_names_and_aliases_unique_across_entities(entities):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for n in [e["name"], *e["aliases"]]:
            owners[_key(n)].add(e["id"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, f"names/aliases shared by several entities: {clashes}"


def test_countries_reference_country_entities(entities):
    country_names = {e["name"] for e in entities if e["type"] == "Country"}
    for required in ("United States", "China", "France", "United Kingdom", "Germany",
                     "European Union"):
        assert required in country_names
    for e in entities:
        if "country" in e:
            assert e["country"] in country_names, f"{e['id']}: unknown country {e['country']!r}"
            assert e["type"] != "Country", f"{e['id']}: a Country has no country"
    for e in entities:
        if e["type"] == "City":
            assert "country" in e, f"city {e['id']} lacks a country"


def test_wikidata_ids(entities):
    seen: dict[str, str] = {}
    for e in entities:
        if "wikidata" in e:
            q = e["wikidata"]
            assert isinstance(q, str) and WIKIDATA_RE.match(q), f"{e['id']}: bad wikidata {q!r}"
            assert q not in seen, f"{q} used by {seen[q]} and {e['id']}"
            seen[q] = e["id"]


def test_ambiguous_flag(entities):
    for e in entities:
        if "ambiguous" in e:
            assert e["ambiguous"] is True, f"{e['id']}: ambiguous is only written when true"


def test_demonyms(entities):
    name_owner = {}
    for e in entities:
        for n in [e["name"], *e["aliases"]]:
            name_owner[_key(n)] = e["id"]
    dem_owner: dict[str, str] = {}
    for e in entities:
        if "demonym" not in e:
            continue
        assert e["type"] in PLACE_TYPES, f"{e['id']}: demonym on a non-place"
        dems = e["demonym"]
        assert isinstance(dems, list) and dems, e["id"]
        assert len(dems) == len(set(dems)), f"{e['id']}: repeated demonym"
        for d in dems:
            assert isinstance(d, str) and d == d.strip() and d, f"{e['id']}: bad demonym {d!r}"
            k = _key(d)
            assert dem_owner.get(k, e["id"]) == e["id"], f"demonym {d!r} on {dem_owner[k]} and {e['id']}"
            dem_owner[k] = e["id"]
            assert name_owner.get(k, e["id"]) == e["id"], f"demonym {d!r} of {e['id']} names {name_owner[k]}"


def test_canonical_examples(by_id):
    nvidia = by_id["nvidia"]
    assert nvidia["name"] == "Nvidia" and nvidia["type"] == "Company"
    assert nvidia["wikidata"] == "Q182477" and nvidia["country"] == "United States"
    assert "NVIDIA" in nvidia["aliases"]
    gdm = by_id["google-deepmind"]
    assert gdm["name"] == "Google DeepMind" and "DeepMind" in gdm["aliases"]
    assert by_id["meta"]["name"] == "Meta" and by_id["meta"].get("ambiguous") is True
    assert "Facebook" not in by_id["meta"]["aliases"]
    assert by_id["meta-ai"]["type"] == "ResearchLab"
    azure = by_id["microsoft-azure"]
    assert azure["type"] == "CloudService" and "Azure" in azure["aliases"]
    aws = by_id["aws"]
    assert aws["type"] == "CloudService" and "Amazon Web Services" in aws["aliases"]
    assert by_id["google-cloud"]["type"] == "CloudService"
    us = by_id["united-states"]
    assert {"USA", "US", "U.S.", "États-Unis", "Etats-Unis"} <= set(us["aliases"])
    assert us["wikidata"] == "Q30"
    assert "Chine" in by_id["china"]["aliases"]
    assert "Allemagne" in by_id["germany"]["aliases"]
    assert {"EU", "UE", "Union européenne"} <= set(by_id["european-union"]["aliases"])
    assert "Londres" in by_id["london"]["aliases"]
    assert "française" in by_id["france"]["demonym"]
    assert "Paris-based" in by_id["paris"]["demonym"]
    assert by_id["paris"]["country"] == "France"
    assert by_id["sequoia-capital"]["type"] == "VentureCapitalFirm"
    assert "Sequoia" in by_id["sequoia-capital"]["aliases"]
    assert by_id["chatgpt"]["type"] == "Software"
    assert by_id["gpt-4"]["type"] == "AIModel" and "GPT4" in by_id["gpt-4"]["aliases"]
    assert by_id["bun"]["type"] == "Software" and by_id["bun"].get("ambiguous") is True
    assert by_id["sam-altman"]["type"] == "Person"
    moe = by_id["mixture-of-experts"]
    assert moe["type"] == "Concept" and "MoE" in moe["aliases"]
    assert "IA souveraine" in by_id["sovereign-ai"]["aliases"]
    for flagged in ("orange", "apple", "amazon", "mistral-ai", "claude", "gemini", "llama",
                    "phi", "sora", "kimi", "scale-ai", "character-ai", "figure-ai", "together-ai"):
        assert by_id[flagged].get("ambiguous") is True, flagged


def test_people_have_no_bare_single_word_aliases(entities):
    for e in entities:
        if e["type"] != "Person":
            continue
        for a in e["aliases"]:
            if a.isascii() and " " not in a and "-" not in a and "." not in a:
                # Only acronyms such as "MBS" or "SBF" may stand alone.
                assert a.isupper(), f"{e['id']}: bare single-word alias {a!r}"


def test_names_in_other_languages_are_aliases(entities):
    """``names`` gives the preferred name in another language (the viewer's ``--lang fr``): a name
    the entity is already known by, so one entity keeps one label per language."""
    for e in entities:
        for lang, name in (e.get("names") or {}).items():
            assert lang in ("fr",), f"{e['id']}: unknown language {lang!r}"
            assert name in e["aliases"], f"{e['id']}: {name!r} is not an alias"


def test_countries_have_their_french_name(by_id):
    assert by_id["china"]["names"] == {"fr": "Chine"}
    assert by_id["united-states"]["names"] == {"fr": "États-Unis"}


def test_kb_name_index_finds_what_the_name_regex_finds():
    """KB.finditer (a look-up by first word) gives the matches of the one-alternation regex."""
    from graph.analysis.kbase import load_kb

    kb = load_kb(())
    texts = ["L'ex-OpenAI Jane Doe rejoint Mistral AI, une start-up Paris-based, après OpenAI-backed Anthropic.",
             "Visit openai.com or @OpenAI; #Nvidia and Google/DeepMind; X-Google staff; EX-Meta; Mistral AI's model.",
             "Nvidia's GPUs, NVIDIA-based servers, Microsoft Azure et Google Cloud face à AWS (Amazon Web Services).",
             "İstanbul: Meta et Google.", "", "OpenAI"]
    for text in texts:
        assert list(kb.finditer(text)) == [(m.start(), m.end()) for m in kb.regex.finditer(text)], text
