"""An article to the :class:`~graph.analysis.document.Document` extractors read.

The steps, in order: sentences; names from the knowledge base, extended ("Mistral Large" + " 3");
statistical NER and capitalised chunks; entities; short names of people; the main organisation;
references without a name; amounts; then one masked view per sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Article, name_key
from . import nlp
from .amounts import carry_currency, find_money
from .anaphora import references
from .document import Document, SentenceView
from .entities import build_entities, resolve_short_names
from .focus import main_organisation
from .kbase import KB
from .lexicon import alternation, first_names, lexicon, org_suffixes, type_noun_classes
from .mentions import (
    Mention,
    MentionFinder,
    every_occurrence,
    ex_employers,
    firm_names,
    list_mates,
    longest_names,
    masthead_mention,
    publisher_mentions,
    without_caps_person_parts,
    without_families,
)
from .names import drop_place_in_names, extend_names, join_particles, looks_like_person
from .spans import SpanIndex, within
from .text import Sentence, sentences
from .types import ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES


class Analyser:
    """Analyses articles with one knowledge base and spaCy model. Build once, reuse for many articles."""

    def __init__(self, kb: KB, model: str | None = None):
        self.kb = kb
        self.model = model
        self.finder = MentionFinder(kb)

    def analyse(self, article: Article, lang: str = "auto") -> Document:
        """Sentences, mentions, entities, amounts and the main organisation of an article.

        ``lang`` is ``fr``, ``en`` or ``auto`` (the article's own ``lang``, else detected); the
        article's ``lang`` is set to the language used.
        """
        text = article.text
        if lang == "auto":
            lang = article.lang or nlp.detect_language(text)
        article.lang = lang
        sents = sentences(text)
        kb_mentions = extend_names(text, self.finder.kb_mentions(text, sents), self.finder)
        kb_mentions = drop_place_in_names(text, kb_mentions)
        ner = _without_possessor_places(text, kb_mentions, nlp.ner_spans(text, lang, self.model))
        if lang == "fr":
            ner = _without_demonym_heads(text, self.kb, ner)
        kb_mentions = _places_in_org_names(text, kb_mentions, ner)
        people = {(a, b) for a, b, label in ner if label == "PER"}
        kb_mentions = [m for m in kb_mentions if not (
            m.source == "kb+" and m.type in PRODUCT_TYPES and (m.start, m.end) in people
            and m.text.split()[0] in first_names())]    # "Devin Okafor": a person the recogniser found, not
        #                                                 the product "Devin" run into a surname
        if (outlet := masthead_mention(text, kb_mentions, lambda w: nlp.is_common_word(w, lang))) is not None:
            # "Zentri Social" over a rubric "Accueil › Numérique"; a country inside it is part of the name
            kb_mentions = [m for m in kb_mentions if not m.overlaps(outlet)] + [outlet]
        if outlets := publisher_mentions(text, kb_mentions, lambda w: nlp.is_common_word(w, lang)):
            # "Inscrivez-vous à l'infolettre de Zentri", "© Zentri Hebdo": the publisher, wherever it is named
            kb_mentions = [m for m in kb_mentions if not any(m.overlaps(o) for o in outlets)] + outlets
        self.finder.common_word = lambda w, threshold=3.3: nlp.is_common_word(w, lang, threshold)
        if self.model is None and nlp.trained_recogniser():
            chunks = self.finder.name_mentions(text, sents, kb_mentions, ner, lang)
            # names the recogniser missed that the capitalised-chunk finder types from their context
            # ("Nexaria, une jeune pousse fondée…", "acquires Botwise, a startup")
            found = kb_mentions + chunks
            extra = [m for m in self.finder.chunk_mentions(text, sents, kb_mentions, ner)
                     if m.source == "chunk" and not any(m.overlaps(o) for o in found)]
            typed = [m for m in extra if m.type != "Unknown"]
            chunks += typed
            chunks += every_occurrence(text, typed, found + chunks)
            # a word written with a capital inside sentences, more than once, is a name ("Près de
            # Rennes, Zentri assemble des drones…") even where it is also a dictionary word
            chunks += self.finder.recurring_names(text, sents, [m for m in extra if m.type == "Unknown"],
                                                  found + chunks, lang)
        else:
            chunks = self.finder.chunk_mentions(text, sents, kb_mentions, ner)
        chunks += ex_employers(text, kb_mentions + chunks, self.finder.common_word)   # "(ex-Brisca)"
        mates = list_mates(text, kb_mentions + chunks, self.finder.common_word)
        chunks += mates + every_occurrence(text, mates, kb_mentions + chunks + mates)
        # a long name written whole once stands whole wherever it is written ("Kerlo Ventures North Africa & Iberia")
        mentions = without_families(text, kb_mentions + join_particles(text, chunks))
        mentions = without_caps_person_parts(firm_names(text, longest_names(text, mentions)))
        # "R$900" of "priced at R$900m": a sum of money the recogniser took for a name
        money = carry_currency(find_money(text, lang))
        sums = SpanIndex((m.start, m.end) for m in money if m.explicit)
        mentions = [m for m in mentions if m.source == "kb" or not re.search(r"\d", m.text)
                    or not sums.overlaps(m.start, m.end)]
        mentions = _with_sizes(text, _without_state_abbreviations(text, _without_fronted_titles(text, sents, mentions)))
        mentions = _without_job_titles(_without_dateline_heads(mentions))
        mentions = _named_products(text, mentions)
        entities = build_entities(mentions, self.kb)
        mentions, entities = resolve_short_names(mentions, entities, text)
        # known products that this article makes companies (MentionFinder.kb_company)
        products = frozenset(m.key for m in kb_mentions if (e := self.kb.get(m.key)) is not None and m.type != e.type)
        main, entities = main_organisation(mentions, entities, sents, products)
        anaphors, topics, subjects = references(text, sents, mentions, entities, main, lang)
        mentions += anaphors
        mentions.sort(key=lambda m: (m.start, -m.end))
        views = []
        starts, money_starts = [m.start for m in mentions], [m.start for m in money]
        for s, topic, subject in zip(sents, topics, subjects, strict=True):
            ms = within(mentions, starts, s.start, s.end)
            mo = within(money, money_starts, s.start, s.end)
            views.append(SentenceView.build(s, _drop_overlaps([m for m in ms if m.type != "Concept"]), mo,
                                            concepts=[m for m in ms if m.type == "Concept"], topic=topic,
                                            subject=subject))
        return Document(article, lang, tuple(views), entities, mentions=tuple(mentions), main=main, kb=self.kb,
                        title_end=_title_end(text, sents),
                        generic_concepts=frozenset(lexicon()["generic_concepts"]), products_as_companies=products)


@lru_cache(maxsize=1)
def _product_naming() -> tuple[re.Pattern, re.Pattern]:
    """A possessive product noun in apposition before a name, or a naming verb ("Its main product, ", "Son
    système d'IA, ", "which the company calls "), and a product noun in apposition after it (", le logiciel
    maison,", ", its booking app;"): the lexicon's product nouns."""
    nouns = alternation(n for n, cls in type_noun_classes().items() if cls in PRODUCT_TYPES)
    naming = r"(?:called|dubbed|named|baptisée?|nommée?|appelée?)"
    before = re.compile(rf"(?i)(?:(?<![\w-])(?:its|their|our|son|sa|leur|notre|un|une|an?)\s+(?:[\w’'-]+\s+){{0,2}}?"
                        rf"(?P<noun>{nouns})"
                        rf"(?:\s+(?:phare|maison|flagship|principale?))?\s*,\s*(?:{naming}\s+)?"
                        rf"|(?<![\w-])(?P<noun2>{nouns})(?:\s+[\w’'-]+){{0,2}}?\s*,?\s*(?:{naming}|(?:which|that|qu[’']|que)\s*"
                        rf"(?:it|the\s+(?:company|startup|start-up|firm)|elle|la\s+(?:société|start-up|jeune\s+pousse))\s+"
                        rf"(?:calls|appelle|a\s+baptisée?))\s+)$")
    after = re.compile(rf"(?i)\s*,\s*(?:its|their|our|son|sa|leur|notre|le|la|l[’']|the)\s*(?:[\w’'-]+\s+){{0,2}}?"
                       rf"(?P<noun>{nouns})(?:\s+(?:phare|maison|flagship|principale?|in-house))?\s*[,;.]")
    return before, after


#: The second word of a product named after its maker ("Zentri Scan", "Zentri N1").
_PRODUCT_TAIL = re.compile(r" ([A-ZÀ-Ý0-9][\w-]*)(?![\w-]| [A-ZÀ-Ý0-9])")


def _named_products(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name that a product noun introduces or describes is a product, with the word the recogniser left
    after its maker's name: "Its flagship app, Zentri Pilot, …", "Zentri Quai, le logiciel maison, …",
    "Son système d'IA, Zentri Vigie, …", "a tool which the company calls Zentri Path"."""
    before, after = _product_naming()
    taken = SpanIndex((m.start, m.end) for m in mentions)
    out = []
    for m in mentions:
        if m.source == "kb" or m.type in PRODUCT_TYPES or not (m.type in ORG_TYPES or m.type == "Unknown"
                                                                or m.type == "Person" and re.search(r"\d", m.text)):
            out.append(m)
            continue
        end = m.end
        tail = _PRODUCT_TAIL.match(text, m.end) if " " not in m.text else None
        if tail is not None and tail.group(1) not in org_suffixes() and not taken.overlaps(tail.start(1), tail.end(1)):
            end = tail.end()
        cue = after.match(text, end) or before.search(text, max(0, m.start - 80), m.start)
        if cue is None or len(text[m.start:end].split()) < 2:
            out.append(m)
            continue
        surface = text[m.start:end]
        noun = re.sub(r"\s+", " ", cue.groupdict().get("noun") or cue.groupdict().get("noun2") or "").casefold()
        cls = type_noun_classes().get(noun, "Software")
        out.append(replace(m, end=end, text=surface, key=name_key(surface), type=cls))
    products = {m.text: m for m in out if m.source != "kb" and m.type in PRODUCT_TYPES and " " in m.text}
    for i, m in enumerate(out):     # the product's other mentions: "Kerlo uses Zentri Pilot"
        whole = next((p for surface, p in products.items() if m.type not in PRODUCT_TYPES
                      and text.startswith(surface, m.start) and m.end < m.start + len(surface)
                      and not re.match(r"[\w-]", text[m.start + len(surface):m.start + len(surface) + 1])), None)
        if whole is not None:
            out[i] = replace(m, end=m.start + len(whole.text), text=whole.text, key=whole.key, type=whole.type)
    return out


#: A person's title after a fronted word: ", la présidente de…", ", the founder…" (the word is her trade).
_TITLE_AFTER = re.compile(r"\s*,\s*(?:la|le|l[’']|the|sa|son|its|her|his)\s*(?:nouvelle?\s+|new\s+|jeune\s+)?"
                          r"(?:présidente?|(?:co-?)?fondat(?:eur|rice)|directe?(?:ur|rice)|dirigeante?|patronne?|"
                          r"PDG|CEO|(?:co-?)?founder|chief|chair(?:wo)?man|head)\b")


def _without_fronted_titles(text: str, sents: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Without a lone capitalised word that opens a sentence before a person's title and is written nowhere
    else ("Géologue, la présidente de la société a passé…"): a trade, no name."""
    opens = {s.start + len(s.text) - len(s.text.lstrip()) for s in sents}
    return [m for m in mentions if not (
        m.source != "kb" and m.type in ("Person", "Unknown") and m.start in opens and " " not in m.text
        and _TITLE_AFTER.match(text, m.end) and text.count(m.text) == 1)]


#: A job title written with capitals before a person's name, inside the name the recogniser found: "Partner Ana
#: Roux", "Principal Associate Tom Weld" (law-firm and bank press style).
_JOB_TITLE = re.compile(r"(?:(?:Managing|Senior|Equity|Associate|Founding|General)\s+)?"
                        r"(?:Partner|Principal\s+Associate|Associate|Counsel|Of\s+Counsel)\s+(?=\S+\s+\S)")


#: Where a recognised name runs on from a dateline's bracket or dashes: "Kerlo Press)--" + "Zentri Inc".
_DATELINE_HEAD = re.compile(r"^[^()]*\)\s*(?:--|[–—-])?\s*|^.*?--\s*")


def _without_dateline_heads(mentions: list[Mention]) -> list[Mention]:
    """A recognised name without the end of a dateline glued before it ("Lyon, 3 mai (Kerlo Press)--Zentri Inc.,
    a Tokyo startup": Zentri Inc): a name has no closing bracket without its opening one, nor a double dash."""
    out = []
    for m in mentions:
        head = _DATELINE_HEAD.match(m.text) if m.source != "kb" and (")" in m.text or "--" in m.text) else None
        if head is not None and head.end():
            name = m.text[head.end():]
            if len(name) < 2:
                continue
            m = replace(m, start=m.start + head.end(), text=name, key=name_key(name))
        out.append(m)
    return out


def _without_job_titles(mentions: list[Mention]) -> list[Mention]:
    """A person's mention without the capitalised job title the recogniser took in ("Partner Ana Roux" is Ana Roux),
    when two words or more of name are left."""
    out = []
    for m in mentions:
        t = _JOB_TITLE.match(m.text) if m.source != "kb" else None
        if t is not None and (m.type in ("Person", "Unknown") or looks_like_person(m.text[t.end():])):
            name = m.text[t.end():]
            m = replace(m, start=m.start + t.end(), text=name, key=name_key(name), type="Person")
        out.append(m)
    return out


#: A model's size right after its name: " 14B", " 1.5B", " 405B".
_SIZE_AFTER = re.compile(r"\s\d+(?:\.\d+)?[BMK](?![\w-])")


def _with_sizes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A recognised product's name with the size written right after it ("Qwen2.5" + " 14B"): one model."""
    taken = SpanIndex((m.start, m.end) for m in mentions)
    out = []
    for m in mentions:
        size = _SIZE_AFTER.match(text, m.end) if m.source != "kb" and m.type in PRODUCT_TYPES else None
        if size is not None and not taken.overlaps(m.end, size.end()):
            name = text[m.start:size.end()]
            m = replace(m, end=size.end(), text=name, key=name_key(name))
        out.append(m)
    return out


#: A US state's abbreviation after its city, in the press's style: "Raleigh, N.C.", "Austin, Tex.".
_STATE_AFTER_CITY = re.compile(r"(?<=[a-z]),\s+$")


def _without_state_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without a US state's abbreviation (the lexicon's ``state_abbreviations``) right after a city ("a lender in
    Raleigh, N.C., agreed to"): a place's part, no organisation."""
    states = frozenset(lexicon()["state_abbreviations"]["en"])
    return [m for m in mentions if not (
        m.source != "kb" and m.text.rstrip(".") in states
        and _STATE_AFTER_CITY.search(text, max(0, m.start - 3), m.start))]


def _title_end(text: str, sents: list[Sentence]) -> int:
    """Where the article's title ends: its first sentence of more than three words, when that
    sentence is a whole line (0 when there is none)."""
    title = next((s for s in sents if len(s.text.split()) > 3), None)
    if title is not None and not title.heading:
        line_end = text.find("\n", title.start)
        title = title if (line_end < 0 and title.end == len(text.rstrip())) or title.end == line_end else None
    return title.end if title is not None else 0


def _drop_overlaps(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _without_demonym_heads(text: str, kb: KB, ner: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A French recognised name that opens with a demonym written with a capital after an article ("La Rochelaise
    Zentri", "le Lyonnais Kerlo") starts after it: the demonym says where the named one is from (English writes its
    adjectives so inside names: "Irish Examiner"). One word left is a company's name (a person is named in full)."""
    out = []
    for a, b, label in ner:
        head = re.match(r"(?:(?:La|Le|Les)\s+|L[’'])?([A-ZÀ-Ý][a-zà-ÿ-]+)\s+(?=[A-ZÀ-Ý])", text[a:b])
        article = head is not None and (head.start(1) > 0 or re.search(r"(?:^|\s)(?:[Ll]a|[Ll]e|[Ll]es|[Ll][’'])\s*$",
                                                                       text[max(0, a - 4):a]) is not None)
        if head is not None and article and head.group(1).casefold() in kb.demonyms \
                and re.search(r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|éen|éenne|in|ine)s?$", head.group(1)):
            rest = text[a + head.end():b]
            out.append((a + head.end(), b, label if len(rest.split()) > 1 else "ORG"))
        else:
            out.append((a, b, label))
    return out


def _without_possessor_places(text: str, kb_mentions: list[Mention],
                              ner: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A recognised name that opens with a known place in the possessive ("Latvia's Kerlo", "Germany's
    DeepL") starts after it: the place is where the named firm is from, no part of its name."""
    places = {m.start: m.end for m in kb_mentions if m.type in PLACE_TYPES}
    out = []
    for a, b, label in ner:
        end = places.get(a, a)
        poss = re.match(r"[’']s\s+", text[end:b]) if end > a else None
        out.append((end + poss.end(), b, label) if poss is not None and end + poss.end() < b else (a, b, label))
    return out


def _places_in_org_names(text: str, kb_mentions: list[Mention], ner: list[tuple[int, int, str]]) -> list[Mention]:
    """A place the knowledge base knows inside an organisation's name the recogniser found, with other
    capitalised words ("Alpes France Innovation", "France Digitale"; not "France d'Orvane", a unit), is part of
    that name: the place's mention goes, and the recogniser's name stands (no other knowledge-base name
    inside it). So is a city or region inside a person's name the recogniser found ("Léa Tours")."""
    orgs = [(a, b) for a, b, label in ner if label == "ORG"]
    people = [(a, b) for a, b, label in ner if label == "PER"]
    drop = set()
    for m in kb_mentions:
        if m.type not in PLACE_TYPES:
            continue
        if m.type != "Country" and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in people):
            drop.add(id(m))     # "Léa Tours", "Nancy Dumoulin" as the recogniser found them: a person named like a city
            continue
        for a, b in orgs:
            inside = [o for o in kb_mentions if o is not m and a <= o.start and o.end <= b]
            if a <= m.start and m.end <= b and (a, b) != (m.start, m.end) \
                    and re.search(r"[A-ZÀ-Ý]", text[a:m.start] + text[m.end:b]) \
                    and not re.match(r"\s*(?:d[’']|de\s|du\s|des\s|of\s)", text[m.end:b]) \
                    and all(o.type in PLACE_TYPES or o.type == "Concept" and re.search(r"[A-ZÀ-Ý]", text[o.end:b])
                            for o in inside):
                drop.add(id(m))     # ("Shenzhen Artificial Intelligence Guidance Fund": a field's name inside too;
                #                     "University of Illinois Chicago": two places)
                drop.update(id(o) for o in inside)
    return [m for m in kb_mentions if id(m) not in drop]
