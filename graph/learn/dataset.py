"""Training examples from the annotated corpus: candidates with their features and labels.

The relation model is trained on the annotated names (the entity recogniser is trained and measured
apart), so that a candidate's label says only whether the sentence states the relation. A candidate
is positive for a relation when the annotation holds that fact with evidence in its sentence; it is
left out (neither positive nor negative) when the fact is annotated only as optional or only with
evidence in another sentence; otherwise it is negative.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis.amounts import carry_currency, find_money, find_years
from ..analysis.text import sentences as split_sentences
from ..extractors.candidates import SYMMETRIC, Candidate, candidates
from ..extractors.context import frames
from ..extractors.features import Arg, Sentence, features
from ..extractors.status import status_features
from .annotations import ARTICLE, AnnotatedText, FactAnn


@dataclass
class Example:
    doc: str  # annotation file name
    lang: str
    sentence: int
    candidate: Candidate
    features: list[str]
    labels: dict[str, int | None]  # relation -> 1, 0 or None (unknown)
    status: dict[str, str]  # relation -> annotated status, for the positives
    sentence_text: str = ""
    status_features: list[str] = field(default_factory=list)


def gold_frames(doc: AnnotatedText) -> tuple[list[Sentence], list, list[tuple[int, int]]]:
    """The article's feature sentences built from the annotated names (places named by a demonym
    included), its topics and the sentences' offsets."""
    text_sents = split_sentences(doc.text)
    names = [(a, b, name, t) for a, b, name, t in doc.mentions()]
    taken = {(a, b) for a, b, _, _ in names}
    demonyms = [(a, b, name, t) for a, b, name, t in doc.mentions(demonyms=True) if (a, b) not in taken]
    money = carry_currency(find_money(doc.text, doc.lang))
    sents, topics = frames(text_sents, names, money, find_years(doc.text), doc.lang, demonyms)
    return sents, topics, [(s.start, s.end) for s in text_sents]


def _amount_matches(fact: FactAnn, key: str) -> bool:
    want = fact.amount()
    if want is None:
        return False
    value, _, cur = key.rpartition("-")
    try:
        got = float(value)
    except ValueError:
        return False
    return abs(got - want[0]) <= 0.01 * want[0] and (cur in ("XXX", want[1]))


def _fact_matches(f: FactAnn, rel: str, subj: Arg, obj: Arg) -> bool:
    if f.relation != rel:
        return False
    s_key = ARTICLE if subj.kind == "article" else subj.key
    pairs = [(s_key, obj)]
    if rel in SYMMETRIC:
        pairs.append((obj.key, subj))
    for sk, o in pairs:
        if f.subject != sk:
            continue
        if o.kind == "amount":
            if _amount_matches(f, o.key):
                return True
        elif o.kind == "year":
            if f.object[:4] == o.key:
                return True
        elif f.object == o.key:
            return True
    return False


def examples(doc: AnnotatedText) -> list[Example]:
    """Every candidate of an annotated text with its features and labels (gold names)."""
    sents, topics, spans = gold_frames(doc)
    types = {e.name: e.type for e in doc.entities.values()}
    out = []
    for c in candidates(sents, topics, types):
        s0, s1 = spans[c.sentence]
        labels: dict[str, int | None] = {}
        status: dict[str, str] = {}
        for rel in c.relations:
            hits = [f for f in doc.facts if _fact_matches(f, rel, c.subj, c.obj)]
            here = [f for f in hits if not f.optional and any(e.start < s1 and s0 < e.end for e in f.evidence)]
            if here:
                labels[rel] = 1
                status[rel] = here[0].status
            elif hits:
                labels[rel] = None
            else:
                labels[rel] = 0
        sent = sents[c.sentence]
        out.append(
            Example(
                doc.file,
                doc.lang,
                c.sentence,
                c,
                features(sent, c.subj, c.obj),
                labels,
                status,
                sent.text,
                status_features(sent, c.subj, c.obj),
            )
        )
    return out


def coverage(doc: AnnotatedText, exs: list[Example]) -> tuple[int, int, list[tuple[str, str, str, str]]]:
    """How many (fact, evidence sentence) pairs of the annotation some candidate labels positive:
    the recall ceiling of candidate generation. Returns (covered, total, misses)."""
    sents = split_sentences(doc.text)
    covered = total = 0
    misses = []
    for f in doc.facts:
        if f.optional:
            continue
        for e in f.evidence:
            idx = [i for i, s in enumerate(sents) if s.start < e.end and e.start < s.end]
            total += 1
            if any(
                x.labels.get(f.relation) == 1
                and x.sentence in idx
                and _fact_matches(f, f.relation, x.candidate.subj, x.candidate.obj)
                for x in exs
            ):
                covered += 1
            else:
                misses.append((f.subject, f.relation, f.object, doc.text[e.start : e.end][:150]))
    return covered, total, misses
