"""From an article to an :class:`~graph.model.Extraction`: sentences, mentions, entities,
the main organisation, references to it, then every registered extractor.

>>> from graph.model import Article
>>> from graph.pipeline import get_pipeline
>>> ex = get_pipeline().extract(Article("Acme AI, fondée en 2021 par Jane Doe, a levé 5 millions d'euros.", "t.txt"), lang="fr")  # doctest: +SKIP
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .analysis import nlp
from .analysis.amounts import carry_currency, find_money
from .analysis.document import Document, SentenceView
from .extractors import DEFAULT, get
from .extractors.patterns import GROUP_KEY
from .analysis.kbase import load_kb
from .analysis.mentions import CHUNK, Mention, MentionFinder, lexicon
from .model import Amount, Entity, Extraction, Fact, name_key
from .analysis.text import sentences
from .analysis.types import INVESTOR_TYPES, ORG_TYPES, PRODUCT_TYPES

# "la start-up", "l'entreprise", "Elle a levé": the article's main organisation; not when the noun
# introduces a name ("la start-up française Mistral AI", "le laboratoire de recherche Kyutai").
_INTRODUCES_NAME = r"(?!\s+(?:(?:de\s+recherche|[a-zà-ÿ-]+(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ique|al|ale|el|elle|in|ine)s?)\s+)?[A-ZÀ-Ý])"
_MAIN_ANAPHOR = {
    "fr": re.compile(r"\b(?:[Ll]a|[Cc]ette|[Nn]otre|[Ll]e|[Cc]e)\s+(?:jeune\s+)?(?:start-?up|pépite|jeune\s+pousse|licorne|société|firme|"
                     r"entreprise|scale-?up|laboratoire|groupe|éditeur)\b" + _INTRODUCES_NAME +
                     r"|\b[Ll][’']entreprise\b" + _INTRODUCES_NAME +
                     r"|(?:^\W*Elle|(?<=,\s)elle)\b(?=\s+(?:a|avait|est|était|va|compte|prévoit|vient|lève|annonce|emploie|revendique|affirme|ambitionne))"),
    "en": re.compile(r"\b[Tt]he (?:[A-Z]?[\w-]+ ){0,2}?(?P<head>company|startup|start-up|firm|lab)\b(?!\s+[A-Z])|\b[Oo]ur\s+(?:company|startup|firm|lab)\b|(?<![\w’'])(?:[Ww]e|[Oo]ur|[Uu]s)\b(?!\s*[’']\s*(?:s\b))"
                     r"|^\W*It\b(?=\s+(?:has|had|is|was|will|plans|raised|said|also|now|acquired|announced|launched|employs|says))"),
}
# a fronted description of a person: "Ancienne chercheuse chez X, elle…", "Passée par Y, elle…"
_PERSON_FRONTED = re.compile(r"^\W*(?:Ancienne|Ex-|Passée|Diplômée|Née|Formée|Arrivée|Issue)\b[^,]*,\s*$")
_GROUP = re.compile(r"\b(?:les|ses|leurs|deux|trois|quatre|the|its|two|three|four|both)\s+(?:co-?)?(?:fondateurs|cofondateurs|founders|"
                    r"co-founders|cofounders|esprits|anciens|duo|tandem|trio)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(?:[Cc]e|[Cc]ette|[Cc]et|[Tt]his)\s+(?:nouveau\s+|nouvelle\s+|new\s+)?(data\s+center|datacenter|"
                            r"centre\s+de\s+données|infrastructure|modèle|model|service|plateforme|platform|outil|tool|logiciel|"
                            r"produit|product|système|system|chatbot|assistant|application|puce|chip|supercalculateur|supercomputer)\b")
# What a demonstrative noun can refer to ("ce data center" is not a chip).
_SERVICE = {"CloudService", "Software", "Product"}
_NOUN_TYPES = {
    "data": _SERVICE, "datacenter": _SERVICE, "centre": _SERVICE, "infrastructure": _SERVICE, "service": _SERVICE,
    "plateforme": _SERVICE, "platform": _SERVICE, "outil": {"Software", "Product"}, "tool": {"Software", "Product"},
    "logiciel": {"Software"}, "application": {"Software"}, "modèle": {"AIModel"}, "model": {"AIModel"},
    "chatbot": {"AIModel", "Software"}, "assistant": {"AIModel", "Software"}, "puce": {"Hardware"}, "chip": {"Hardware"},
    "supercalculateur": {"Hardware", "CloudService"}, "supercomputer": {"Hardware", "CloudService"},
}
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
_TAIL_WORD = re.compile(r"\s([A-Z][\w-]+|\d{2,4}\b|&(?=\s[A-Z]))")
_LEGAL_TAIL = re.compile(r",\s(?:Inc|Ltd|LLC|Corp|PLC)\.?")
_VERSION = re.compile(r"(?:\s(?:\d[\w.]*|Pro|Max|Ultra|Mini|mini|Turbo|Flash|Nano|Instruct|Vision|Coder|[IVX]{1,3}\b))+")


class Pipeline:
    """Runs mention finding and the extractors on articles. Build once, reuse for many articles."""

    def __init__(self, kb_files: tuple[Path, ...] = (), model: str | None = None, extractors=DEFAULT):
        self.kb = load_kb(tuple(kb_files))
        self.model = model
        self.finder = MentionFinder(self.kb)
        self.extractors = [get(name) for name in extractors]

    # ------------------------------------------------------------------------------------------
    def extract(self, article, lang: str = "auto") -> Extraction:
        doc, mentions = self.analyse(article, lang)
        facts: list[Fact] = []
        for ex in self.extractors:
            facts.extend(ex.extract(doc))
        facts = _merge_short_names(facts, doc.entities)
        facts = _resolve_groups(facts, doc.main)
        facts = _inherit_developers(facts, doc.entities)
        facts = _dedupe(facts, doc.entities)
        return self._finish(article, doc.entities, facts, mentions)

    def analyse(self, article, lang: str = "auto") -> tuple[Document, list[Mention]]:
        """Sentences, mentions, amounts and the main organisation of an article."""
        text = article.text
        if lang == "auto":
            lang = article.lang or nlp.detect_language(text)
        article.lang = lang
        sents = sentences(text)
        kb_mentions = self._extend(text, self.finder.kb_mentions(text, sents))
        kb_mentions = _drop_place_in_names(text, kb_mentions)
        ner = nlp.ner_spans(text, lang, self.model) if (lang == "fr" or self.model) else []
        self.finder.common_word = lambda w, threshold=3.3: nlp.is_common_word(w, lang, threshold)
        chunks = self.finder.chunk_mentions(text, sents, kb_mentions, ner)
        mentions = sorted(kb_mentions + chunks, key=lambda m: (m.start, -m.end))
        entities = self._entities(mentions)
        self._short_names(mentions, entities, text)
        main = self._main(mentions, entities, sents)
        anaphors, topics, subjects = self._anaphors(text, sents, mentions, entities, main, lang)
        mentions += anaphors
        mentions.sort(key=lambda m: (m.start, -m.end))
        money = carry_currency([m for m in find_money(text, lang)])
        views = []
        for s in sents:
            ms = [m for m in mentions if s.start <= m.start and m.end <= s.end]
            concepts = [m for m in ms if m.type == "Concept"]
            ms = _drop_overlaps([m for m in ms if m.type != "Concept"])
            mo = [m for m in money if s.start <= m.start and m.end <= s.end]
            v = SentenceView(s, ms, mo, concepts=concepts, topic=topics[len(views)], subject=subjects[len(views)])
            v.mask()
            views.append(v)
        title = next((s for s in sents if len(s.text.split()) > 3), None)
        if title is not None and not title.heading:
            line_end = text.find("\n", title.start)
            title = title if (line_end < 0 and title.end == len(text.rstrip())) or title.end == line_end else None
        title_end = title.end if title is not None else 0
        doc = Document(article, lang, views, entities, main=main, kb=self.kb,
                       first_names=set(lexicon()["first_names"]),
                       title_end=title_end,
                       generic_concepts=set(lexicon()["generic_concepts"]))
        return doc, mentions

    # ------------------------------------------------------------------------------------------
    def _extend(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Longer names built on a known one: "Mistral Large" + " 3", "Microsoft" + " Foundry",
        "Fidelity" + " Management & Research Company", "T. Rowe Price" + " Associates, Inc."."""
        starts = {m.start for m in mentions}
        non_product_starts = {m.start for m in mentions if m.type not in PRODUCT_TYPES}
        body_names = set()
        for m in mentions:
            if not _in_heading(text, m.start) and m.type in ORG_TYPES and m.type != "MediaOutlet":
                end = self._name_tail(text, m.end, starts)
                if end > m.end:
                    body_names.add(text[m.start:end])
        out = []
        for m in mentions:
            end = m.end
            heading = _in_heading(text, m.start)      # a title: "Anthropic Raises Series B"
            if m.type in PRODUCT_TYPES:
                while True:
                    v = _VERSION.match(text, end)
                    new = v.end() if v else end
                    while new > end and text[new - 1] in ".,":
                        new -= 1
                    if not heading:
                        # a product name may run into another one: "Microsoft 365" + " Copilot"
                        new = self._name_tail(text, new, non_product_starts)
                    if new == end:
                        break
                    end = new
            elif m.type in ORG_TYPES and m.type != "MediaOutlet":
                end = self._name_tail(text, m.end, starts)
                if heading and text[m.start:end] not in body_names and not self._rare_tail(text[m.end:end]):
                    end = m.end
            if end == m.end:
                out.append(m)
                continue
            label = text[m.start:end]
            typ, _ = self.finder._shape_type(label.split(), "")
            if m.type in PRODUCT_TYPES:
                typ = m.type
            elif typ is None:
                # "Microsoft Foundry" is a product of Microsoft; a fund's division stays a fund
                typ = "Software" if m.type in ("Company", "ResearchLab", "Organization") else m.type
            out.append(Mention(m.start, end, label, name_key(label), typ, "kb+", 0.8))
        return out

    def _rare_tail(self, tail: str) -> bool:
        """A heading's capitalised words after a name are part of it only if they are not dictionary
        words ("CMA" + " CGM" yes, "Anthropic" + " Raises" no)."""
        return all(not nlp.is_common_word(w, "en") and not nlp.is_common_word(w, "fr") for w in re.findall(r"[A-Za-zÀ-ÿ]+", tail))

    def _name_tail(self, text: str, pos: int, starts: set[int]) -> int:
        not_names = set(lexicon()["not_names"])
        end = pos
        for w in _TAIL_WORD.finditer(text, pos, pos + 80):
            if w.start() != end:
                break
            word = w.group(1)
            if word == "&":
                end = w.end()
                continue
            if word in not_names or word.casefold() in self.finder.role_words or (w.start(1)) in starts:
                break
            end = w.end()
        if text[end - 1:end] == "&" or text[end - 2:end] == " &":
            end = text.rstrip()[:end].rstrip(" &").__len__()
        legal = _LEGAL_TAIL.match(text, end)
        if legal and end > pos:
            end = legal.end()
        return end

    def _entities(self, mentions: list[Mention]) -> dict[str, Entity]:
        """One entity per key. Its label is the name the article uses most (ties: the longest);
        a knowledge-base entity keeps its canonical name as ``kb_name`` and among its aliases."""
        entities: dict[str, Entity] = {}
        surfaces: dict[str, Counter] = {}
        for m in mentions:
            if m.source == "kb":
                e = self.kb.get(m.key)
                entities.setdefault(m.key, Entity(m.key, e.name, e.type, set(e.aliases) | {e.name}, e.id, e.wikidata,
                                                  kb_name=e.name))
            else:
                ent = entities.get(m.key)
                if ent is None:
                    entities[m.key] = Entity(m.key, m.text, m.type)
                elif ent.type == "Unknown" and m.type != "Unknown":
                    ent.type = m.type
            surfaces.setdefault(m.key, Counter())[m.text] += 1
        for key, ent in entities.items():
            forms = surfaces.get(key, Counter())
            ent._repeated = sum(forms.values()) > 1      # named more than once: a real name, not a stray capital
            # names as the article writes them, but not "la Silicon Valley" or "the Verge"
            named = Counter({f: n for f, n in forms.items() if not re.match(r"(?:la|le|les|l[’']|the)\s", f)}) or forms
            if ent.type == "Person":
                best = max(named, key=lambda f: (len(f.split()), len(f), f))
            else:
                best = max(named, key=lambda f: (named[f], len(f), f))
            ent.aliases |= set(forms) | {ent.label}
            ent.label = best
            ent.aliases.discard(best)
        return entities

    def _short_names(self, mentions: list[Mention], entities: dict[str, Entity], text: str = "") -> None:
        """"Jarred" or "Adler" after "Jarred Sumner" / "Ruth Adler": the same person, also where the
        chunker left the lone word out (a sentence-initial surname)."""
        people: dict[str, str] = {}
        for key, ent in entities.items():
            if ent.type == "Unknown" and _looks_like_person(ent.label):
                ent.type = "Person"
            if ent.type == "Person" and len(ent.label.split()) >= 2:
                for part in (ent.label.split()[0], ent.label.split()[-1]):
                    people.setdefault(part, key)
                    if people[part] != key:
                        people[part] = ""
        for m in mentions:
            if m.source != "kb" and " " not in m.text and people.get(m.text):
                old = m.key
                m.key, m.type = people[m.text], "Person"
                if old in entities and old != m.key and not any(x.key == old for x in mentions):
                    del entities[old]
                entities[m.key].aliases.add(m.text)
        taken = [(m.start, m.end) for m in mentions]
        for part, key in people.items():
            if not key or len(part) < 3:
                continue
            for w in re.finditer(rf"(?<![\w’'-]){re.escape(part)}(?![\w-])", text):
                if not any(a < w.end() and w.start() < b for a, b in taken):
                    mentions.append(Mention(w.start(), w.end(), part, key, "Person", "alias", 0.7))
                    entities[key].aliases.add(part)

    def _main(self, mentions: list[Mention], entities: dict[str, Entity], sents) -> str | None:
        """The organisation the article is about: named most, in the title and as sentence subjects;
        investors and media count for less (they are rarely the subject of a news story)."""
        score: Counter = Counter()
        first_block = sents[0].block if sents else 0
        heading_blocks = {s.block for s in sents[:3] if s.heading}
        title = next((s for s in sents if len(s.text.split()) > 3), None)
        by_sentence = {}
        for m in mentions:
            s = next((s for s in sents if s.start <= m.start < s.end), None)
            by_sentence.setdefault(s, []).append(m)
        for s, ms in by_sentence.items():
            for i, m in enumerate(ms):
                ent = entities.get(m.key)
                if ent is None or ent.type not in ORG_TYPES | {"Unknown"}:
                    continue
                if ent.type == "Unknown" and _looks_like_person(ent.label):
                    continue          # "Mara Holt" is somebody, not the article's company
                w = 0.8 if ent.type == "Unknown" else 1.0
                if s is not None:
                    if s.block == first_block or s.block in heading_blocks:
                        w += 2
                    if i == 0 and re.match(r"^\W*(?:\w+\s+){0,2}$", s.text[:m.start - s.start]):
                        w += 1        # the sentence's subject
                        if s is title:
                            w += 3    # the headline's subject
                if ent.type in INVESTOR_TYPES | {"MediaOutlet"}:
                    w *= 0.4
                score[m.key] += w
        if not score:
            return None
        first_pos = {}
        for m in mentions:
            first_pos.setdefault(m.key, m.start)
        best = max(score.items(), key=lambda kv: (kv[1], -first_pos[kv[0]]))
        ent = entities[best[0]]
        if ent.type == "Unknown":
            ent.type = "Company"
        return best[0]

    def _anaphors(self, text, sents, mentions, entities, main, lang) -> tuple[list[Mention], list[str | None]]:
        """References to organisations and products without their name, and each sentence's topic.

        "la société", "l'entreprise", "Elle a levé", "the company", "It has", "we" refer to the
        *topic*: the most salient organisation so far. Salience counts mentions (+1) and sentence
        subjects (+2), halves at every sentence, and gives the article's main organisation a small
        constant bonus; investors and media outlets never become the topic. "la start-up", "la jeune
        pousse" prefer a name the knowledge base does not know (start-ups rarely are in it). Returns
        the new mentions, the topic in force at each sentence (rules use it when a sentence does not
        name its subject) and each sentence's own subject.
        """
        out = []
        topics: list[str | None] = []
        subjects: list[str | None] = []
        taken = [(m.start, m.end) for m in mentions if m.type != "Concept"]

        def free(a, b):
            return not any(x < b and a < y for x, y in taken)

        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        salience: Counter = Counter()
        # "Duarte" after "Rafael Duarte": a surname, even when the first name is not in the lexicon
        people = {e.label.split()[-1] for e in entities.values()
                  if e.type in ("Person", "Unknown") and 2 <= len(e.label.split()) <= 3
                  and all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+", w) for w in e.label.split())
                  and not any(w in _org_suffixes() for w in e.label.split())}
        surnames = {k for k, e in entities.items() if e.type == "Unknown" and not e.kb_id and e.label in people and k != main}

        last_subject: list[str | None] = [None]

        def best(prefer_unknown: bool = False) -> str | None:
            scores = Counter(salience)
            if main:
                scores[main] += 0.75
            if last_subject[0]:
                scores[last_subject[0]] += 1.0     # the previous sentence's subject is the likeliest referent
            if not scores:
                return main
            top = max(scores.items(), key=lambda kv: (kv[1], kv[0] == main))
            if prefer_unknown:
                fresh = [kv for kv in scores.items() if entities.get(kv[0]) is not None and not entities[kv[0]].kb_id]
                if fresh:
                    cand = max(fresh, key=lambda kv: kv[1])
                    if cand[1] >= 0.5 * top[1]:
                        return cand[0]
            return top[0]

        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            for i, s in enumerate(sents):
                if s.start <= m.start < s.end:
                    by_sentence.setdefault(i, []).append(m)
                    break
        for i, s in enumerate(sents):
            topic = best()
            topics.append(topic)
            here: list[Mention] = list(by_sentence.get(i, []))
            if topic:
                for m in _MAIN_ANAPHOR.get(lang, _MAIN_ANAPHOR["en"]).finditer(s.text):
                    # "The Swiss company": the mention is the head noun, its modifiers stay readable
                    g = "head" if m.groupdict().get("head") else 0
                    a, b = s.start + m.start(g), s.start + m.end(g)
                    if m.group().strip().lower() in ("we", "our", "us") and any(x <= a < y for x, y in quoted):
                        continue
                    if not m.group().strip():
                        continue
                    if m.group().strip().lower() == "elle" and _PERSON_FRONTED.match(s.text[:m.start()]):
                        continue          # "Ancienne chercheuse chez X, elle a créé…": a woman, not the company
                    if m.group().strip().lower() in ("we", "our", "us"):
                        ref = main or topic         # "we" is the publisher, the article's main organisation
                    elif re.search(r"start-?up|pousse|pépite|licorne|scale-?up", m.group(), re.I):
                        ref = best(prefer_unknown=True)
                    else:
                        ref = topic
                    comma = re.search(r"[)\]]?\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", s.text[:m.start(g)])
                    if comma and g == "head" and any(x.end == s.start + comma.start() and entities.get(x.key) is not None
                                                     and entities[x.key].type != "Person" for x in here):
                        continue          # "Seraphine, the Palo Alto startup": an apposition, not a reference
                    if re.search(r"[A-Za-zÀ-ÿ0-9)]\s*,\s*$", s.text[:m.start()]) and re.match(
                            r"\s+(?:(?:co-?)?fondée|cofondée|créée|lancée|basée|installée|founded|co-founded|started|based|"
                            r"qui|which|that|dont|spécialisée|specialising|specializing)\b", s.text[m.end():]) and any(
                            x.end == s.start + len(s.text[:m.start()].rstrip().rstrip(",").rstrip()) for x in here):
                        continue          # "Veltis, la start-up cofondée en 2020 par…": an apposition to the name before
                    if ref and free(a, b):
                        ana = Mention(a, b, m.group(g), ref, entities[ref].type, "anaphor", 0.7)
                        out.append(ana)
                        here.append(ana)
            subject = _sentence_subject(s, sorted(here, key=lambda m: m.start), entities, main)
            if subject in surnames:
                subject = None        # "Duarte, who had been chief executive…": a person named by surname
            subjects.append(subject)
            if not s.heading:
                last_subject[0] = subject
            for key in list(salience):
                salience[key] *= 0.5
            negative = re.search(r"\bn[’']|\bne\s|\bnot\b|\bnever\b|n[’']t\b", s.text) is not None
            for m in here:
                if s.heading and i > 2:
                    break             # list items and section headings do not make a topic
                ent = entities.get(m.key)
                if ent is None or ent.type not in ORG_TYPES | {"Unknown"} or ent.type in _NOT_TOPIC:
                    continue
                if ent.type == "Unknown" and m.key != main and not getattr(ent, "_repeated", False):
                    continue
                if m.key in surnames or (negative and m.key == subject and m.key != main):
                    continue          # "Sanofi ne figure finalement pas au tour de table": not what the story is about
                salience[m.key] += 1
            if subject and not s.heading:
                first = next((m for m in here if m.key == subject), None)
                if negative and subject != main:
                    last_subject[0] = None
                else:
                    salience[subject] += 0.5 if first is not None and _coordinated(s, first) else (1 if negative else 3)
            elif topic and not s.heading and lang == "en" and re.match(r"^\W*Its\s", s.text):
                salience[topic] += 3  # "Its main product, Sift, …": the passage goes on about its topic
                last_subject[0] = topic
            for m in _GROUP.finditer(s.text):
                a, b = s.start + m.start(), s.start + m.end()
                if re.search(r"\b(?:par|by)\s+$", s.text[:m.start()]):
                    continue          # "fondée par deux anciens chercheurs de X, A et B": the rules read it
                if free(a, b):
                    out.append(Mention(a, b, m.group(), GROUP_KEY, "GROUP", "anaphor", 0.6))
            for m in _DEMONSTRATIVE.finditer(s.text):
                a, b = s.start + m.start(), s.start + m.end()
                noun = m.group(1).lower()
                want = _NOUN_TYPES.get(noun.split()[0], PRODUCT_TYPES)
                # the nearest earlier product of a fitting kind that is not counted ("18 000 processeurs X")
                prev = [x for x in mentions if x.end <= a and a - x.end < 400
                        and entities.get(x.key) is not None and entities[x.key].type in want
                        and not re.search(r"\d[\d\s\u202f\u00a0]*\s+\w+\s*$", text[max(0, x.start - 30):x.start])]
                if prev and free(a, b):
                    out.append(Mention(a, b, m.group(), prev[-1].key, entities[prev[-1].key].type, "anaphor", 0.6))
        return out, topics, subjects

    def _finish(self, article, entities: dict[str, Entity], facts: list[Fact], mentions) -> Extraction:
        used = set()
        for f in facts:
            used.add(f.subject)
            if isinstance(f.object, str):
                used.add(f.object)
        keep: dict[str, Entity] = {}
        for key, ent in entities.items():
            if key in used or (ent.kb_id and any(m.key == key and m.source == "kb" for m in mentions)) \
                    or (ent.type == "Person" and len(ent.label.split()) >= 2 and any(m.key == key and m.source == "ner" for m in mentions)):
                if ent.type in ("Unknown", "GROUP"):
                    ent.type = "Organization"
                keep[key] = ent
        facts = [f for f in facts if f.subject in keep or f.subject == "__article__"]
        facts = [f for f in facts if not isinstance(f.object, str) or f.object in keep
                 or f.relation == "foundingYear"]
        mentioned = {m.key for m in mentions if m.key in keep}
        return Extraction(article, keep, facts, mentioned)


_NOT_TOPIC = INVESTOR_TYPES | {"MediaOutlet", "GovernmentBody", "University"}


_FRONTED = re.compile(r"^\W*(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|és)|Founded|Based|Backed|Launched|Headquartered|Created|Started|Built|"
                      r"Après|Depuis|Since|After|With|Avec|Pour|For|Selon|According|Like|Comme|En|In|Dans|À|At|Sur|On)\b")


def _sentence_subject(s, mentions: list[Mention], entities: dict[str, Entity], main: str | None = None) -> str | None:
    """The organisation a sentence is about: its opening organisation ("Néolune emploie…",
    "Basée à Bordeaux, Néolune emploie…", "Fondée en 2020 par A et B, Lignée a développé…"), not
    one governed by a preposition, in parentheses, or listed as an example ("like Midjourney").
    Unknown names count only when they are the article's main organisation or named more than once."""
    if _FRONTED.match(s.text):
        # a fronted clause ("Fondée en 2020 par A et B, deux anciens d'Airbus, Lignée a…"): the subject
        # is the first name right after one of its commas
        for comma in re.finditer(r",\s*", s.text):
            after = [m for m in mentions if m.start - s.start >= comma.end()]
            if after and re.fullmatch(r"(?:(?:la|le|les|l[’']|the)\s*)?", s.text[comma.end():after[0].start - s.start]):
                found = _sentence_subject_from(s, after, entities, main, comma.end())
                if found:
                    return found
        return None
    return _sentence_subject_from(s, mentions, entities, main, 0)


def _sentence_subject_from(s, mentions, entities, main, start) -> str | None:
    for m in mentions:
        if m.start - s.start < start:
            continue          # inside the fronted clause
        ent = entities.get(m.key)
        before = s.text[start:m.start - s.start]
        opening = len(re.findall(r"\w+", before)) <= 3 or re.fullmatch(r"[^,]*,\s*(?:(?:la|le|les|l[’']|the)\s*)?", before)
        if not opening:
            return None
        if ent is None or ent.type not in ORG_TYPES | {"Unknown"}:
            continue
        if ent.type == "Unknown" and m.key != main and len(ent.aliases) < 1 and not getattr(ent, "_repeated", False):
            continue          # a capitalised word named once ("Drugmakers") is no subject
        if re.match(r"[’']s\b", s.text[m.end - s.start:]):
            continue          # "Axiom's Vega model outperforms…": the possessor is not the subject
        if before.count("(") > before.count(")") or re.search(
                r"(?:\b(?:à|a|de|d|du|des|avec|par|pour|chez|auprès|of|with|by|for|from|at|to|in|on|into|than|que|and|et|ou|or|"
                r"like|comme|dont|including|incluant|notamment|ex|former|ancien|ancienne)[’'-]?\s*|[’'-])$", before, re.I):
            continue
        if ent.type in _NOT_TOPIC:
            return None
        if _coordinated(s, m):
            return None       # "Airbus et Safran comptent…", "Nvidia, Fidelity … all put money in": no single subject
        return m.key
    return None


def _coordinated(s, m: Mention) -> bool:
    """"Airbus et Safran comptent…": a subject shared with another name counts for less; an apposition
    through a possessive ("Mistral AI, Europe's best-funded lab, …") is no second subject."""
    if re.match(r"\s*,\s*[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)?[’']s\s+[a-z]", s.text[m.end - s.start:m.end - s.start + 60]):
        return False
    return re.match(r"\s*(?:,|et\b|and\b|&)\s*⟦?[A-ZÀ-Ý]", s.text[m.end - s.start:m.end - s.start + 20]) is not None \
        or re.match(r"\s*(?:,|et\b|and\b|&)\s*[A-ZÀ-Ý]", s.text[m.end - s.start:]) is not None


def _looks_like_person(label: str) -> bool:
    """A known first name and one or two capitalised words, no organisation suffix: "Mara Holt"."""
    words = label.split()
    suffixes = {w for ws in lexicon()["org_suffix"].values() for w in ws}
    return 2 <= len(words) <= 3 and words[0] in _first_names() \
        and all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+", w) for w in words) and not any(w in suffixes for w in words)


@lru_cache(maxsize=1)
def _org_suffixes() -> frozenset:
    return frozenset(w for ws in lexicon()["org_suffix"].values() for w in ws)


@lru_cache(maxsize=1)
def _first_names() -> frozenset:
    return frozenset(lexicon()["first_names"])


def _in_heading(text: str, pos: int) -> bool:
    """Is ``pos`` on a line with no final punctuation (a title, heading or list item)?"""
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]
    return not re.search(r"[.!?…:]['\"”»)\]]*\s*$", line)


def _drop_place_in_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Jaan Tallinn" is a person, not the city; "Hanshan AI" a company, not the concept: a place
    or concept name right after a capitalised word that is neither a dictionary word nor covered
    by another knowledge-base name is left to the name chunker."""
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        if m.type in ("City", "Region", "Country", "Concept"):
            prev = re.search(r"([A-ZÀ-Ý][\w-]+)[ ]$", text[max(0, m.start - 40):m.start])
            if prev:
                p0 = m.start - len(prev.group())
                word = prev.group(1)
                opening = re.search(r"(?:^|[.!?:;\n]\s*)$", text[max(0, p0 - 3):p0]) is not None
                capital_concept = m.type == "Concept" and m.text[:1].isupper() and not opening
                if not any(a <= p0 < b for a, b in covered) and (capital_concept or (
                        not nlp.is_common_word(word, "fr") and not nlp.is_common_word(word, "en"))):
                    continue
        out.append(m)
    return out


def _drop_overlaps(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _merge_short_names(facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """"Holt" is "Mara Holt" once the facts have made Mara Holt a person (names typed only by their role)."""
    parts: dict[str, str] = {}
    for key, ent in entities.items():
        if ent.type == "Person" and len(ent.label.split()) >= 2:
            for part in (ent.label.split()[0], ent.label.split()[-1]):
                parts[part] = key if parts.get(part, key) == key else ""
    remap = {}
    for key, ent in entities.items():
        target = parts.get(ent.label)
        if " " not in ent.label and target and target != key and ent.type in ("Person", "Unknown"):
            remap[key] = target
            entities[target].aliases.add(ent.label)
    if not remap:
        return facts
    out = []
    for f in facts:
        s = remap.get(f.subject, f.subject)
        o = remap.get(f.object, f.object) if isinstance(f.object, str) else f.object
        out.append(Fact(s, f.relation, o, f.start, f.end, f.status, f.confidence, f.extractor, f.round_type, f.valuation_basis))
    return out


def _resolve_groups(facts: list[Fact], main: str | None) -> list[Fact]:
    founders = sorted({f.object for f in facts if f.relation == "founder" and f.subject == main and isinstance(f.object, str)})
    out = []
    for f in facts:
        if f.subject == GROUP_KEY:
            for p in founders:
                out.append(Fact(p, f.relation, f.object, f.start, f.end, f.status, f.confidence, f.extractor))
        elif f.object != GROUP_KEY:
            out.append(f)
    return out


def _inherit_developers(facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """"Claude Sonnet 4.5" is developed by whoever develops "Claude"."""
    dev = {}
    for f in facts:
        if f.relation == "developer" and f.status in ("asserted", "reported", "presupposed"):
            dev.setdefault(f.subject, f)
    out = list(facts)
    for key, ent in entities.items():
        if ent.type not in PRODUCT_TYPES or key in dev:
            continue
        for other, f in dev.items():
            base = entities.get(other)
            if base and ent.label.startswith(base.label + " "):
                out.append(Fact(key, "developer", f.object, f.start, f.end, f.status, 0.6, "naming/family"))
                break
    return out


def _dedupe(facts: list[Fact], entities: dict[str, Entity]) -> list[Fact]:
    """One statement per (subject, relation, object, sentence, status), with its confidence.

    Confidence is a documented function of the evidence (README, "Confidence"):
    the rule's base confidence (its specificity), +0.05 for each end the knowledge base knows,
    -0.10 for each end that is a name typed only from its context, and +0.05 for each other
    sentence or rule that finds the same fact (agreement), clipped to [0.05, 0.99].
    """
    best: dict[tuple, Fact] = {}
    support: dict[tuple, set] = {}
    for f in facts:
        obj = f.object.key if isinstance(f.object, Amount) else f.object
        k = (f.subject, f.relation, obj, f.start, f.status)
        support.setdefault((f.subject, f.relation, obj), set()).add((f.start, f.extractor))
        if k not in best or f.confidence > best[k].confidence:
            best[k] = f
    out = []
    for k, f in best.items():
        conf = f.confidence
        for end in (f.subject, f.object):
            ent = entities.get(end) if isinstance(end, str) else None
            if ent is not None:
                conf += 0.05 if ent.kb_id else (-0.10 if ent.type in ("Unknown", "Organization") else 0.0)
        conf += 0.05 * (len(support[(k[0], k[1], k[2])]) - 1)
        conf = round(min(0.99, max(0.05, conf)), 2)
        out.append(Fact(f.subject, f.relation, f.object, f.start, f.end, f.status, conf,
                        f.extractor, f.round_type, f.valuation_basis))
    out.sort(key=lambda f: (f.start, f.relation, f.subject, str(f.object)))
    return out


@lru_cache(maxsize=4)
def get_pipeline(kb_files: tuple[Path, ...] = (), model: str | None = None) -> Pipeline:
    return Pipeline(kb_files, model)


def extract(article, *, lang: str = "auto", kb_files: Iterable[Path] = (), model: str | None = None) -> Extraction:
    """Run the extraction pipeline on one article.

    Every build calls this function (:func:`graph.corpus.build` looks it up when it starts), so
    replacing it plugs another extractor into ``kg build`` and the library; the tests do.
    """
    return get_pipeline(kb_files=tuple(kb_files), model=model).extract(article, lang=lang)
