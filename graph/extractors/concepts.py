"""Concepts: what the article discusses, and what an organisation takes up.

The vocabulary is ``ontology/concepts.ttl`` (:mod:`graph.rdf.concepts`): a concept is found where
the text writes one of its labels (preferred, alternative or hidden, English or French). Matching
is on words, so it is blind to case, accents, hyphens, quotation marks and apostrophes
("open-source", "Open Source", "l'open source"), takes a plural for a singular ("poids ouverts",
"open models"), and skips articles, possessives, "de"/"of" and "pas"/"not" on both sides ("le poids de ses
modèles" matches the label "poids des modèles"). Short capitalised labels ("IA", "MoE", "GPU")
match only as written. A label inside another name ("AI" in "Acme AI") is no mention.

Policies (documented in the README):

* **Article** (``ARTICLE concept C``, asserted): the article discusses C when C is in its title or
  lead (the first paragraph after the title), or is mentioned at least twice, or is mentioned in
  a sentence about the article's main organisation: one naming it, having it as subject, or
  having it as topic and referring back to it ("comme elle le dit", "Son ambition").
  The generic concepts of ``lexicon.json`` (GPU, data centre, large language model...) are
  background to most articles: they count only when mentioned at least three times. The domain
  concepts (``domain_concepts``: artificial intelligence) are what every article is about, and
  are never linked. The evidence is the first sentence that qualifies.
* **Organisation** (``O concept C``): a sentence whose subject is the organisation O mentions C
  after O, in O's clause (no colon or dash between) and with no other organisation or product
  named in between ("O envisage de diffuser les poids
  de son modèle"). The status is the sentence's (:func:`graph.analysis.status.status_for`):
  planned, questioned, negated... as for any fact.

A concept becomes a node of the graph only through these facts (see
:func:`graph.extractors.merge.finish`): never an isolated node.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..analysis.document import Document, SentenceView
from ..analysis.lexicon import lexicon
from ..analysis.status import status_for
from ..analysis.types import ORG_TYPES, PRODUCT_TYPES
from ..model import ARTICLE_KEY, Entity, Fact, Relation, Status
from ..rdf.concepts import concepts
from .base import Extracted

#: Words skipped on both sides when matching: articles, possessives, "de", "of", "à", and the negation
#: inside a verb phrase ("ne publiera pas les poids": the status reads it from the sentence).
_SKIP = frozenset("le la les l de des du d un une ses son sa leur leurs a au aux the an its their his her of s "
                  "pas jamais not never".split())
#: A sentence that refers back to its topic: a subject pronoun not inverted ("comme elle le dit",
#: not "la mode passera-t-elle", whose pronoun repeats the sentence's own subject) or a possessive
#: ("Son ambition").
_BACK_REFERENCE = re.compile(r"(?<![-\w’'])(?:elle|il|it|son|sa|ses|its)\b", re.I)
#: Where the subject's clause ends before the concept: "X : une révolution dans l'open source" says
#: nothing X does.
_CLAUSE_END = re.compile(r"[:;–—]|\s-\s")
_WORD = re.compile(r"\w+(?:&\w+)*")      # "M&A" is one word, not "M" and the article "A"


def _plain(word: str) -> str:
    """Accents off: "modèles" -> "modeles"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _stem(word: str) -> str:
    """Case and a final plural off: "Modèles" -> "modele"."""
    w = _plain(word).casefold()
    return w[:-1] if len(w) > 3 and w[-1] in "sx" else w


def _cased(word: str) -> bool:
    """A word that must match as written: an acronym or a mixed-case short name ("IA", "MoE", "GPUs")."""
    return sum(c.isupper() for c in word) >= 2


@dataclass(frozen=True)
class _Label:
    key: str
    words: tuple[str, ...]                 # stems
    exact: tuple[str | None, ...]          # the accent-free word when it must match as written


@dataclass(frozen=True)
class Hit:
    """A concept mentioned in a sentence: document offsets of the words that name it."""

    key: str
    start: int
    end: int


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)
            if m.group().casefold() not in _SKIP]


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[_Label, ...]]:
    """Labels by their first stem, longest first."""
    index: dict[str, list[_Label]] = {}
    for key, concept in concepts().items():
        seen = set()
        for label in concept.labels:
            ws = [w for _, _, w in _words(label)]
            if not ws:
                continue
            lab = _Label(key, tuple(_stem(w) for w in ws),
                         tuple(_plain(w).rstrip("s") if _cased(w) else None for w in ws))
            if (lab.words, lab.exact) not in seen:
                seen.add((lab.words, lab.exact))
                index.setdefault(lab.words[0], []).append(lab)
    return {k: tuple(sorted(v, key=lambda lab: (-len(lab.words), lab.key, lab.words))) for k, v in index.items()}


def find_concepts(text: str, offset: int = 0) -> list[Hit]:
    """The concepts ``text`` names, longest label first, never overlapping, in text order."""
    ws = _words(text)
    stems = [_stem(w) for _, _, w in ws]
    index = _index()
    out: list[Hit] = []
    i = 0
    while i < len(ws):
        found = None
        for lab in index.get(stems[i], ()):
            n = len(lab.words)
            words = ws[i:i + n]
            if tuple(stems[i:i + n]) == lab.words and all(
                    e is None or _plain(w).rstrip("s") == e for e, (_, _, w) in zip(lab.exact, words, strict=True)):
                found = lab
                break
        if found is None:
            i += 1
            continue
        n = len(found.words)
        out.append(Hit(found.key, offset + ws[i][0], offset + ws[i + n - 1][1]))
        i += n
    return out


def _lead_blocks(doc: Document) -> set[int]:
    """The block (paragraph) of the title and the first paragraph of body text after it."""
    blocks = {v.sentence.block for v in doc.views if v.sentence.start < doc.title_end}
    body = next((v for v in doc.views if v.sentence.start >= doc.title_end and not v.sentence.heading
                 and len(v.text.split()) >= 8), None)
    if body is not None:
        blocks.add(body.sentence.block)
    return blocks


class ConceptExtractor:
    name = "concepts"
    relations = (Relation.concept,)

    def extract(self, doc: Document) -> Extracted:
        domain = frozenset(lexicon().get("domain_concepts", ()))
        hits = [(view, h) for view in doc.views for h in self._hits(view) if h.key not in domain]
        facts = list(self._article_facts(doc, hits)) + list(self._organisation_facts(doc, hits))
        vocabulary = concepts()
        new = tuple(Entity(key, vocabulary[key].name("en"), "Concept",
                           frozenset(vocabulary[key].alt) | {n for _, n in vocabulary[key].names},
                           key, vocabulary[key].wikidata, kb_name=vocabulary[key].name("en"))
                    for key in sorted({f.object for f in facts if isinstance(f.object, str)})
                    if key not in doc.entities)
        return Extracted(tuple(facts), entities=new)

    @staticmethod
    def _hits(view: SentenceView) -> Iterator[Hit]:
        names = [m for m in view.mentions if m.source != "anaphor"]
        for h in find_concepts(view.text, view.sentence.start):
            # a label inside a longer name is no mention of the concept ("AI" in "Acme AI")
            if not any(m.start < h.end and h.start < m.end and (m.start < h.start or m.end > h.end)
                       for m in names):
                yield h

    def _article_facts(self, doc: Document, hits: list[tuple[SentenceView, Hit]]) -> Iterable[Fact]:
        lead = _lead_blocks(doc)
        count: dict[str, int] = {}
        for _, h in hits:
            count[h.key] = count.get(h.key, 0) + 1
        done: set[str] = set()
        for view, h in hits:
            if h.key in done:
                continue
            s = view.sentence
            if h.key in doc.generic_concepts:
                reason = "repeated" if count[h.key] >= 3 else None
            elif s.start < doc.title_end:
                reason = "title"
            elif s.block in lead:
                reason = "lead"
            elif doc.main and (view.subject == doc.main or any(m.key == doc.main for m in view.mentions)
                               or (view.topic == doc.main and _BACK_REFERENCE.search(s.text))):
                reason = "main organisation"
            elif count[h.key] >= 2:
                reason = "repeated"
            else:
                reason = None
            if reason is None:
                continue
            done.add(h.key)
            conf = {"title": 0.85, "lead": 0.8, "main organisation": 0.75}.get(reason, 0.7)
            yield Fact(subject=ARTICLE_KEY, relation=Relation.concept, object=h.key, start=s.start, end=s.end,
                       confidence=conf, extractor=f"concepts/article ({reason})")

    def _organisation_facts(self, doc: Document, hits: list[tuple[SentenceView, Hit]]) -> Iterable[Fact]:
        for view, h in hits:
            org = view.subject
            if org is None and view.mentions and view.mentions[0].start - view.sentence.start <= 3:
                org = view.mentions[0].key      # a sentence opening with the organisation or a reference to it
            if org is None or doc.type_of(org) not in ORG_TYPES:
                continue
            first = next((m for m in view.mentions if m.key == org), None)
            if first is None or first.end > h.start:
                continue
            between = [m for m in view.mentions if first.end <= m.start and m.end <= h.start and m.key != org
                       and (doc.type_of(m.key) in ORG_TYPES or doc.type_of(m.key) in PRODUCT_TYPES)]
            if between or _CLAUSE_END.search(doc.article.text[first.end:h.start]):
                continue
            s = view.sentence
            status, _ = status_for(s.text, (first.start - s.start, h.end - s.start), headline=s.heading)
            yield Fact(subject=org, relation=Relation.concept, object=h.key, start=s.start, end=s.end,
                       confidence=0.7 if status is Status.asserted else 0.6, status=status,
                       extractor="concepts/organisation")
