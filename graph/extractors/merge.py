"""Every extractor's facts to the article's facts: short names merged, developers of product
families, a person's own company kept apart from her past employers, a founder's dated jobs made past
ones, duplicates merged, and the entities the facts need."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..analysis.amounts import find_years
from ..analysis.mentions import Mention
from ..analysis.types import PRODUCT_TYPES
from ..model import ARTICLE_KEY, Amount, Article, Entity, Extraction, Fact, Relation, Status


def merge_short_names(facts: list[Fact], entities: Mapping[str, Entity]) -> tuple[list[Fact], dict[str, Entity]]:
    """"Holt" is "Mara Holt" once the facts have made Mara Holt a person (names typed only by their role).

    Returns the facts and the entities, the full names having the short ones as aliases."""
    entities = dict(entities)
    parts: dict[str, str] = {}
    for key, ent in entities.items():
        if ent.type == "Person" and len(ent.label.split()) >= 2:
            for part in (ent.label.split()[0], ent.label.split()[-1]):
                parts[part] = key if parts.get(part, key) == key else ""
    remap = {}
    for key, ent in list(entities.items()):
        target = parts.get(ent.label)
        if " " not in ent.label and target and target != key and ent.type in ("Person", "Unknown"):
            remap[key] = target
            entities[target] = replace(entities[target], aliases=entities[target].aliases | {ent.label})
    if not remap:
        return facts, entities
    out = []
    for f in facts:
        s = remap.get(f.subject, f.subject)
        o = remap.get(f.object, f.object) if isinstance(f.object, str) else f.object
        out.append(replace(f, subject=s, object=o))
    return out, entities


def inherit_developers(facts: list[Fact], entities: Mapping[str, Entity]) -> list[Fact]:
    """"Claude Sonnet 4.5" is developed by whoever develops "Claude"."""
    dev: dict[str, Fact] = {}
    for f in facts:
        if f.relation is Relation.developer and f.status.asserting:
            dev.setdefault(f.subject, f)
    out = list(facts)
    for key, ent in entities.items():
        if ent.type not in PRODUCT_TYPES or key in dev:
            continue
        for other, f in dev.items():
            base = entities.get(other)
            if base and ent.label.startswith(base.label + " "):
                out.append(Fact(subject=key, relation=Relation.developer, object=f.object, start=f.start, end=f.end,
                                status=f.status, confidence=0.6, extractor="naming/family"))
                break
    return out



#: A founder's or chief executive's departure, in the sentence of a former-employer fact: "left Zentri",
#: "a quitté Zentri", "ancienne cofondatrice de Zentri", "former co-founder".
_DEPARTED = re.compile(r"(?i)(?<![\w’'-])(?:left|leaves|quit|quits|departed|quitte|quittera|stepped\s+down|resigned|"
                       r"a\s+quitté|avait\s+quitté|"
                       r"a\s+démissionné|ancien(?:ne)?\s+(?:co-?)?fond(?:ateur|atrice)|former\s+co-?founder|"
                       r"ex-co-?fond(?:ateur|atrice)|(?:who|qui)\s+(?:was|had\s+been|était|avait\s+été|a\s+été)\s+"
                       r"(?:(?:the|its|le|la|l[’'])\s*)?(?:chief\s+executive|ceo|pdg|directeur\s+général|"
                       r"directrice\s+générale))(?![\w’'-])")     # ("A, who was the CEO of Zentri,")


def named_makers(facts: list[Fact]) -> list[Fact]:
    """A product whose name begins with its maker's ("DeepSeek-V3") has no other maker in that sentence: in
    "Meta's Llama and DeepSeek-V3", Meta's possessive reaches Llama only."""
    named = {(f.subject, f.start) for f in facts
             if f.relation is Relation.developer and f.extractor == "naming/written" and isinstance(f.object, str)
             and f.subject.startswith(f.object + "-")}
    return [f for f in facts if not (f.relation is Relation.developer and f.extractor != "naming/written"
                                     and (f.subject, f.start) in named)]


def _first_word(name: str) -> str:
    m = re.match(r"[^\W\d_]+", name)
    return m.group().casefold() if m else ""


def name_sharing_makers(facts: list[Fact]) -> list[Fact]:
    """A product whose name opens with the first word of one of its makers' names ("Mistral Medium 3", Mistral
    AI) is that maker's only: another organisation the article ties to it ("X aurait évalué Mistral Medium 3")
    is no maker of it."""
    sharing: dict[object, set[object]] = {}
    for f in facts:
        if f.relation is Relation.developer and isinstance(f.object, str) and isinstance(f.subject, str) \
                and f.status.asserting and len(w := _first_word(f.object)) >= 3 and w == _first_word(f.subject):
            sharing.setdefault(f.subject, set()).add(f.object)
    return [f for f in facts if not (f.relation is Relation.developer and f.subject in sharing
                                     and f.object not in sharing[f.subject])]


def masthead_echoes(facts: list[Fact], entities: Mapping[str, Entity]) -> list[Fact]:
    """A source named like a shortening of another source of the article is that outlet again, not a second
    one: "the Post" of an article from the "Boise Post", the "BDC Business" newsletter of "The Boise Daily
    Courier" (its initials and a word; "AFR" alone is the outlet's short name, an alias). The
    shortened source fact goes."""
    sources = {f.object for f in facts if f.relation is Relation.source and f.subject == ARTICLE_KEY
               and isinstance(f.object, str) and f.object in entities}
    words = {k: re.findall(r"[^\W_]+", entities[k].label) for k in sources}
    echoes = {k for k in sources if any(_shortens(words[k], words[other]) for other in sources - {k})}
    return [f for f in facts if not (f.relation is Relation.source and f.subject == ARTICLE_KEY
                                     and f.object in echoes)]


def _shortens(mine: list[str], full: list[str]) -> bool:
    """Are the words ``mine`` a shortening of the name ``full``: its last words ("Post" of "Boise Post"), or its
    initials and more ("BDC Business" of "The Boise Daily Courier")?"""
    if mine and len(mine) < len(full) and [w.lower() for w in full[-len(mine):]] == [w.lower() for w in mine]:
        return True
    initials = "".join(w[0] for w in full if w.lower() not in ("the", "le", "la", "les", "l")).upper()
    return len(initials) >= 2 and len(mine) > 1 and mine[0] == initials


def own_company(facts: list[Fact], text: str = "") -> list[Fact]:
    """A company the article says a person founded or runs is not that person's former employer: in
    "Zentri, which Ana Lopez founded after leaving Orvane", Orvane is, Zentri is not (a founder who
    left her company is news the article states apart, as a departure: such a sentence, "left Zentri",
    keeps the fact). Keeping the more confident of the two facts instead was measured: it loses more
    right founders than it saves past employers."""
    own = {(f.object, f.subject) for f in facts
           if f.relation in (Relation.founder, Relation.ceo) and f.status.asserting and isinstance(f.object, str)}
    return [f for f in facts if not (f.relation is Relation.formerEmployer and (f.subject, f.object) in own
                                     and not _departed_from(text[f.start:f.end], f.object))]


def _departed_from(sentence: str, company: object) -> bool:
    """Does the sentence say its person left ``company`` (named right after the departure word: "left Zentri",
    "ancienne cofondatrice de Zentri", or referred to: "a quitté l'entreprise"), not another one ("left
    Orvane and started Zentri")?"""
    if not isinstance(company, str):
        return False
    named = re.compile(rf"(?i)\s+(?:(?:of|at|de|du|d[’']|the|la|le|l[’'])\s*)?(?:[\w’'-]+\s+)??{re.escape(company)}\b"
                       r"|\s+(?:the\s+(?:company|startup|start-up|firm)|l[’']entreprise|la\s+(?:société|start-?up|"
                       r"jeune\s+pousse))(?![\w’'-])")
    return any(named.match(sentence, m.end()) for m in _DEPARTED.finditer(sentence))


#: A step of a career told as a story: "Elle rejoint ensuite X", "puis", "pendant cinq ans".
_NARRATIVE = re.compile(r"(?i)(?<![\w’'-])(?:ensuite|puis|d[’']abord|auparavant|then|later|earlier|previously|"
                        r"pendant\s+(?:[\w-]+\s+)?(?:ans|années)|for\s+(?:[\w-]+\s+)?years)(?![\w’'-])")


#: A career that ends with a move: "a quitté Zentri en 2025 pour rejoindre X", "left in 2024 to join X", "left
#: last year to become X's CTO" (the move is the present job, however old its year).
_JOINED_LAST = re.compile(r"(?i)(?<![\w’'-])(?:pour\s+rejoindre|to\s+join|avant\s+de\s+rejoindre|before\s+joining|"
                          r"(?:left|quit|quitté|quitte)\b[^.;]{0,60}?\b(?:pour\s+devenir|to\s+become))(?![\w’'-])")


#: A figure credited to an unnamed source: "a person close to Kerlo says…", "people familiar with it said", "une
#: source proche de Kerlo".
_UNNAMED_SOURCE = re.compile(r"(?i)(?<![\w’'-])(?:an?\s+(?:person|source)|sources?|people|persons)\s+(?:close|familiar|"
                             r"briefed|with\s+knowledge)\b|(?<![\w’'-])(?:une?\s+)?sources?\s+proches?\b")
#: The company's refusal to confirm, right after: "Zentri declined to comment.", "Zentri n'a pas souhaité commenter".
_DECLINED = re.compile(r"(?i)[.!?]?\s*(?:[^.!?]{0,60}?)\b(?:declined|refused|would\s+not|did\s+not|"
                       r"n[’']a\s+pas\s+souhaité|s[’']est\s+refusée?|n[’']a\s+pas\s+voulu|se\s+refuse)\s+(?:to\s+)?(?:comment|confirm|"
                       r"commenter|confirmer|faire\s+de\s+commentaire)")


def unconfirmed_figures(facts: list[Fact], text: str) -> list[Fact]:
    """A valuation an unnamed source gives, which the next sentence says the company would not confirm or
    comment on ("A person close to Kerlo said the round values Zentri near $90 million. Zentri declined to
    comment."),
    is hypothetical: the text does not assert it."""
    out = []
    for f in facts:
        if f.relation is Relation.valuation and f.status.asserting and _UNNAMED_SOURCE.search(text, f.start, f.end) \
                and _DECLINED.match(text, f.end):
            f = replace(f, status=Status.hypothetical, extractor=f.extractor + "/unconfirmed")
        out.append(f)
    return out


#: A job the sentence says goes on, shortly before its employer: "who still teaches as a professor at", "qui
#: enseigne toujours à", "currently a partner at".
_STILL_AT = re.compile(r"(?i)(?<![\w’'-])(?:still|toujours|currently|actuellement|encore)\s+(?:[\w’'-]+\s+){0,6}?"
                       r"(?:at|à|au|chez|for|pour)\s")


#: A founding verb before a year: "was founded in ", "co-founded the company in ", "fondée en " (the year dates the
#: company, not a job).
_FOUNDED_IN = re.compile(r"(?i)(?<![\w’'-])(?:(?:co-?)?founded|started|created|launched|set\s+up|incorporated|"
                         r"(?:co-?)?fondée?s?|créée?s?|lancée?s?|née)(?:\s+[\w’'-]+){0,3}?\s+(?:in|en)\s+$")


def past_jobs(facts: list[Fact], text: str) -> list[Fact]:
    """A job told in a dated sentence, or as a step of a story, by a founder or chief executive of
    another company is a past one: in a portrait, "En 2016, elle rejoint Orvane" and "Elle rejoint
    ensuite Orvane" are former employers when she runs Zentri (and, for the year, the article names a
    later one; a founding year, "founded in 2025 by A, a professor at X", dates no job). The employer fact
    becomes a former-employer fact."""
    founders = {f.object for f in facts if f.relation in (Relation.founder, Relation.ceo) and f.status.asserting
                and isinstance(f.object, str)}
    own = {(f.object, f.subject) for f in facts if f.relation in (Relation.founder, Relation.ceo)}
    latest = max((y for _, _, y in find_years(text)), default=0)
    out = []
    for f in facts:
        if f.relation is Relation.employer and f.subject in founders and (f.subject, f.object) not in own:
            years = [y for a, _, y in find_years(text[f.start:f.end])
                     if not _FOUNDED_IN.search(text, max(f.start, f.start + a - 40), f.start + a)]
            if (years and max(years) < latest - 1 or _NARRATIVE.search(text, f.start, f.end)) \
                    and not _JOINED_LAST.search(text, f.start, f.end) and not _STILL_AT.search(text, f.start, f.end):
                f = replace(f, relation=Relation.formerEmployer, extractor=f.extractor + "/past")
        out.append(f)
    return out


#: A chief executive taking over from another: "took over as chief executive", "prend la direction générale".
_TAKES_OVER = re.compile(r"(?i)(?<![\w’'-])(?:ha(?:s|ve)\s+taken\s+over|takes?\s+over|took\s+over|succeed(?:s|ed)|"
                         r"replac(?:es|ed)|(?:was|has\s+been|is)\s+named|new\s+(?:ceo|chief\s+executive)|"
                         r"prend\s+(?:la\s+direction|les\s+rênes)|a\s+pris\s+(?:la\s+direction|les\s+rênes)|"
                         r"succède|remplace|(?:a\s+été\s+)?nommée?|nouvelle?\s+(?:directeur|directrice|pdg|patron)|"
                         r"became\s+(?:its\s+|the\s+)?(?:ceo|chief\s+executive)|(?:est\s+)?devenue?\s+(?:sa\s+|son\s+|la\s+|le\s+)?"
                         r"(?:directeur|directrice|pdg|patronne?))"
                         r"(?![\w’'-])")


def successors(facts: list[Fact], text: str) -> list[Fact]:
    """Where the article names two chief executives of one company and one of them takes over ("Anna
    Weber took over as chief executive"), the other is its former chief: the ceo fact becomes a former
    employer fact."""
    ceos: dict[str, list[Fact]] = {}
    for f in facts:
        if f.relation is Relation.ceo and f.status.asserting and isinstance(f.object, str):
            ceos.setdefault(f.subject, []).append(f)
    replaced: set[tuple[str, str]] = set()
    for org, fs in ceos.items():
        new = {f.object for f in fs if _TAKES_OVER.search(text, f.start, f.end)}
        if len(new) == 1 and len({f.object for f in fs}) > 1:
            replaced |= {(org, str(f.object)) for f in fs if f.object not in new}
    out = []
    for f in facts:
        if f.relation is Relation.ceo and (f.subject, f.object) in replaced and isinstance(f.object, str):
            f = replace(f, subject=f.object, relation=Relation.formerEmployer, object=f.subject,
                        extractor=f.extractor + "/succeeded")
        out.append(f)
    return out


def unique(facts: list[Fact]) -> list[Fact]:
    """One statement per (subject, relation, object, sentence, status), the most confident, in text order."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        obj = f.object.key if isinstance(f.object, Amount) else f.object
        k = (f.subject, f.relation, obj, f.start, f.status)
        if k not in best or f.confidence > best[k].confidence:
            best[k] = f
    return sorted(best.values(), key=lambda f: (f.start, f.relation, f.subject, str(f.object)))


def finish(article: Article, entities: Mapping[str, Entity], facts: list[Fact],
           mentions: Iterable[Mention]) -> Extraction:
    """The article's extraction: the entities the facts use, or that the knowledge base or the
    statistical NER vouch for (names of unknown type become organisations), and the facts
    whose ends are kept."""
    mentions = list(mentions)
    used = set()
    for f in facts:
        used.add(f.subject)
        if isinstance(f.object, str):
            used.add(f.object)
    keep: dict[str, Entity] = {}
    for key, ent in entities.items():
        if ent.type == "Concept" and key not in used:
            continue        # a concept is a node only through a fact that links it: never an isolated node
        if key in used or (ent.kb_id and any(m.key == key and m.source == "kb" for m in mentions)) \
                or (ent.type == "Person" and len(ent.label.split()) >= 2
                    and any(m.key == key and m.source == "ner" for m in mentions)):
            if ent.type in ("Unknown", "GROUP"):
                ent = replace(ent, type="Organization")
            keep[key] = ent
    facts = [f for f in facts if f.subject in keep or f.subject == ARTICLE_KEY]
    facts = [f for f in facts if not isinstance(f.object, str) or f.object in keep
             or f.relation is Relation.foundingYear]
    mentioned = {m.key for m in mentions if m.key in keep}
    return Extraction(article, keep, facts, mentioned)
