"""Training examples from the annotated corpus: candidates with their features and labels.

The relation model is trained on the annotated names (the entity recogniser is trained and measured
apart), so that a candidate's label says only whether the sentence states the relation. A candidate
is positive for a relation when the annotation holds that fact with evidence in its sentence; it is
left out (neither positive nor negative) when the fact is annotated only as optional or only with
evidence in another sentence; otherwise it is negative.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..amounts import carry_currency, find_money, find_years
from ..text import sentences as split_sentences
from .annotations import ARTICLE, AnnotatedText, FactAnn
from .candidates import SYMMETRIC, Candidate, assign_topics, candidates, group_of
from .features import Arg, Sentence, features


@dataclass
class Example:
    doc: str                      # annotation file name
    lang: str
    sentence: int
    candidate: Candidate
    features: list[str]
    labels: dict[str, int | None]  # relation -> 1, 0 or None (unknown)
    status: dict[str, str]         # relation -> annotated status, for the positives
    sentence_text: str = ""


def analyse(text: str, lang: str, mentions: list[tuple[int, int, str, str, str]]):
    """Sentences as the feature functions see them, from names already found.

    ``mentions`` are (start, end, entity key, class, source) in article offsets. Returns the
    sentences (kg's splitter), the topics of each and the offsets of each sentence."""
    sents = split_sentences(text)
    money = carry_currency(find_money(text, lang))
    years = find_years(text)
    out: list[Sentence] = []
    spans: list[tuple[int, int]] = []
    blocks: list[int] = []
    for i, s in enumerate(sents):
        args: list[Arg] = []
        taken: list[tuple[int, int]] = []
        for a, b, key, cls, source in mentions:
            if s.start <= a and b <= s.end:
                args.append(Arg("entity", key, group_of(cls), cls, a - s.start, b - s.start, source))
                taken.append((a, b))
        for m in money:
            if s.start <= m.start and m.end <= s.end and not any(x < m.end and m.start < y for x, y in taken):
                args.append(Arg("amount", m.amount.key, "Amount", "Amount", m.start - s.start, m.end - s.start, "money"))
                taken.append((m.start, m.end))
        for a, b, year in years:
            if s.start <= a and b <= s.end and not any(x < b and a < y for x, y in taken):
                args.append(Arg("year", str(year), "Year", "Year", a - s.start, b - s.start, "year"))
        args.sort(key=lambda x: (x.start, -x.end))
        out.append(Sentence(s.text, args, lang=lang, index=i, heading=s.heading, title=(i == 0 and s.heading)))
        spans.append((s.start, s.end))
        blocks.append(s.block)
    topics = assign_topics(out, blocks)
    types = {a.key: a.type for x in out for a in x.args if a.kind == "entity"}
    add_anaphors(out, topics, types)
    return out, topics, spans


@lru_cache(maxsize=1)
def _anaphor_res() -> dict[tuple[str, str], re.Pattern]:
    data = json.loads(resources.files("graph.data").joinpath("anaphors.json").read_text(encoding="utf-8"))
    out = {}
    for group in ("org", "person"):
        for lang, phrases in data[group].items():
            mods = data["org_modifiers"].get(lang, []) if group == "org" else []
            alts = []
            for p in sorted(phrases, key=len, reverse=True):
                words = p.split()
                if group == "org" and len(words) >= 2 and mods:
                    # "the French startup", "la jeune pousse parisienne"
                    mod = "(?:" + "|".join(re.escape(m) for m in sorted(mods, key=len, reverse=True)) + r")\s+"
                    alts.append(re.escape(words[0]) + r"\s+(?:" + mod + r")?" + r"\s+".join(re.escape(w) for w in words[1:])
                                + r"(?:\s+(?:" + "|".join(re.escape(m) for m in mods) + r"))?")
                else:
                    alts.append(r"\s+".join(re.escape(w) for w in words))
            # not when a name follows: "la start-up Mistral AI", "the company OpenAI"
            out[(group, lang)] = re.compile(r"(?<![\w’'-])(?:" + "|".join(alts) + r")(?![\w’'-])(?!\s+(?-i:[A-ZÀ-Ý]))", re.I)
    return out


def add_anaphors(sents: list[Sentence], topics, types: dict[str, str]) -> None:
    """Mentions of the passage's topic by description or pronoun ("the company", "la start-up",
    "elle", "he"), where the sentence does not name the topic and the words are not part of a name."""
    for s, (org, person) in zip(sents, topics):
        named = {a.key for a in s.args}
        taken = [(a.start, a.end) for a in s.args]
        new = []
        for group, key in (("org", org), ("person", person)):
            if key is None or key in named:
                continue
            rx = _anaphor_res().get((group, s.lang))
            if rx is None:
                continue
            for m in rx.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                word = m.group().lower()
                if word in ("it", "its", "elle", "il", "he", "she", "his", "her", "we", "our", "nous") and \
                        m.group()[0].islower() and m.start() > 0 and not re.search(r"[,;:]\s*$", s.text[:m.start()]):
                    # a pronoun inside a clause: only where it opens the sentence or a clause
                    continue
                typ = types.get(key, "Company" if group == "org" else "Person")
                new.append(Arg("entity", key, "Org" if group == "org" else "Person", typ, m.start(), m.end(), "anaphor"))
                taken.append((m.start(), m.end()))
                break          # one reference per sentence and kind
        if new:
            s.args = sorted(s.args + new, key=lambda x: (x.start, -x.end))


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
    mentions = [(a, b, name, t, "name") for a, b, name, t in doc.mentions(demonyms=True)]
    sents, topics, spans = analyse(doc.text, doc.lang, mentions)
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
        out.append(Example(doc.file, doc.lang, c.sentence, c, features(sents[c.sentence], c.subj, c.obj),
                           labels, status, sents[c.sentence].text))
    return out


def coverage(doc: AnnotatedText, exs: list[Example]) -> tuple[int, int, list[str]]:
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
            if any(x.labels.get(f.relation) == 1 and x.sentence in idx and _fact_matches(f, f.relation, x.candidate.subj, x.candidate.obj)
                   for x in exs):
                covered += 1
            else:
                misses.append((f.subject, f.relation, f.object, doc.text[e.start:e.end][:150]))
    return covered, total, misses
