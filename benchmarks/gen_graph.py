"""Synthetic kg graphs of a given size, for the viewer benchmark and the browser tests.

``generate(nodes, edges)`` returns an rdflib Dataset in kg's layout (one named graph per
article of ~30 facts) with exactly ``nodes`` entities and ``edges`` distinct facts between
them, so the viewer shows exactly that many nodes and edges. Hubs come from preferential
attachment, as in real news graphs; ~4 % of the facts are not asserted (negated,
questioned, planned). Everything depends on ``seed`` only.

    python benchmarks/gen_graph.py 5000 15000 -o /tmp/g5000.trig
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.model import Article, Entity, Extraction, Fact  # noqa: E402

TYPES = ["Person", "Person", "Person", "Company", "Company", "Organization", "VentureCapitalFirm",
         "ResearchLab", "AIModel", "Software", "Country", "City", "University", "MediaOutlet"]
RELATIONS = ["founder", "ceo", "employer", "formerEmployer", "investedIn", "competitor", "partner",
             "developer", "released", "acquired", "headquarters", "country", "hiredFrom", "workedOn"]
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vos", "quin", "del", "sar", "tu", "bel", "nor", "fi",
             "gra", "pol", "zen", "mar", "ix", "or", "an"]
STATUSES = ["negated", "questioned", "planned"]


def _name(rng: random.Random, i: int) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word} {i}"


def extractions(nodes: int, edges: int, *, seed: int = 0, facts_per_article: int = 30) -> list[Extraction]:
    """The articles of a synthetic graph, as the pipeline would extract them."""
    if nodes < 2 and edges:
        raise ValueError("a graph with edges needs at least two nodes")
    if edges > nodes * (nodes - 1) * len(RELATIONS):
        raise ValueError("too many edges for that many nodes")
    rng = random.Random(seed)
    ents = [Entity(key=f"e{i}", label=_name(rng, i), type=rng.choice(TYPES)) for i in range(nodes)]
    ents = [replace(e, aliases={e.label.split()[0].upper()}, wikidata=f"Q{100000 + i}" if i < nodes // 20 else None)
            if i < nodes // 10 else e for i, e in enumerate(ents)]
    ends: list[int] = []   # one entry per edge end: degree-proportional sampling
    seen: set[tuple[int, str, int]] = set()
    triples: list[tuple[int, str, int, str]] = []
    while len(triples) < edges:
        s = rng.choice(ends) if ends and rng.random() < 0.6 else rng.randrange(nodes)
        o = rng.choice(ends) if ends and rng.random() < 0.6 else rng.randrange(nodes)
        rel = rng.choice(RELATIONS)
        if s == o or (s, rel, o) in seen:
            continue
        seen.add((s, rel, o))
        ends += [s, o]
        status = rng.choice(STATUSES) if rng.random() < 0.04 else "asserted"
        triples.append((s, rel, o, status))
    out: list[Extraction] = []
    mentioned = set()
    for a in range(0, max(len(triples), 1), facts_per_article):
        chunk = triples[a:a + facts_per_article]
        text, facts, used = "", [], set()
        for s, rel, o, status in chunk:
            sentence = f"{ents[s].label} {rel} {ents[o].label}, says the report. "
            start = len(text)
            text += sentence
            facts.append(Fact(subject=ents[s].key, relation=rel, object=ents[o].key, start=start,
                              end=start + len(sentence) - 1, status=status,
                              confidence=round(rng.uniform(0.5, 0.98), 2), extractor="synthetic"))
            used |= {s, o}
        n = len(out)
        if a + facts_per_article >= len(triples):  # the last article mentions every entity left over
            used |= set(range(nodes)) - mentioned
        mentioned |= used
        art = Article(text=text or "Empty.", name=f"synthetic-{n:05d}.txt", title=f"Synthetic article {n}",
                      url=f"https://example.org/news/{n}", site="example.org", lang="en")
        out.append(Extraction(article=art, entities={ents[i].key: ents[i] for i in sorted(used)},
                              facts=facts, mentions={ents[i].key for i in used}))
    return out


def generate(nodes: int, edges: int, *, seed: int = 0):
    """An rdflib Dataset with ``nodes`` entities and ``edges`` facts."""
    from graph.rdf import to_dataset

    return to_dataset(extractions(nodes, edges, seed=seed))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("nodes", type=int)
    ap.add_argument("edges", type=int)
    ap.add_argument("-o", "--output", required=True, help="a .trig, .nq or .ttl file")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    from graph.api import save_graph

    save_graph(generate(args.nodes, args.edges, seed=args.seed), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
