"""Developers from the way the text names a product with its maker: "OpenAI's o3", "OpenAI o3",
"Mistral Large 3", "o3 d'OpenAI", "le modèle o3 d'OpenAI".

Only what a sentence writes counts: the product named together with its maker's name, in that
sentence, which is the evidence. That the knowledge base knows "OpenAI o3" as a name of o3 says
nothing about an article that writes "o3" in one place and "OpenAI" in another: background
knowledge is not attributed to an article. The shapes:

* the product's name as written begins with the organisation's name ("Mistral Large 3" where
  Mistral AI is also called Mistral, "OpenAI o3"), an organisation of the article or of the
  knowledge base (the text writes it, even if nowhere else);
* the organisation right before the product ("OpenAI o3"), or possessive, with at most two
  describing words between, "new" or a product noun of ``lexicon.json`` ("OpenAI's o3",
  "OpenAI’s new model o3"; not "OpenAI's investment in X");
* French "de"/"d'" right after the product, or with an organisation noun of ``lexicon.json``
  ("o3 d'OpenAI", "le modèle o3 d'OpenAI", "o3 de la start-up X"; "o3, d'après X" is not one).

A product whose name extends another product's ("Claude Sonnet 4.5" after "Claude") gets its
developer when the facts are merged (:func:`graph.extractors.merge.inherit_developers`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..analysis.document import Document, SentenceView
from ..analysis.kbase import fold
from ..analysis.lexicon import lexicon
from ..analysis.types import ORG_TYPES, PRODUCT_TYPES
from ..model import Fact, Relation
from .base import Extracted

_DESCRIBING = ("new", "latest", "flagship", "own", "upcoming", "next", "open", "open-source", "open-weight",
               "reasoning", "frontier")
_PRODUCT_GROUPS = ("AIModel", "Software", "Hardware")
_ORG_GROUPS = ("Company", "ResearchLab")
_PATTERNS: tuple[re.Pattern, re.Pattern] | None = None


def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """Organisation then product, and product then French "de" organisation (see the module)."""
    global _PATTERNS
    if _PATTERNS is None:
        nouns = lexicon()["type_nouns"]

        def words(groups) -> str:
            ws = sorted({w for g in groups for w in nouns[g] if " " not in w}, key=lambda w: (-len(w), w))
            return "|".join(re.escape(w) for w in ws)

        describing = words(_PRODUCT_GROUPS) + "|" + "|".join(re.escape(w) for w in _DESCRIBING)
        org_product = re.compile(r"⟦o(\d+)⟧(?:\s+|[’']s\s+(?:(?:" + describing + r")s?\s+){0,2}?)⟦r(\d+)⟧", re.I)
        product_org = re.compile(r"⟦r(\d+)⟧\s+(?:de\s+|d[’']\s*)(?:(?:la|le|l[’'])\s*(?:" + words(_ORG_GROUPS)
                                 + r")\s+)?⟦o(\d+)⟧", re.I)
        _PATTERNS = (org_product, product_org)
    return _PATTERNS


@lru_cache(maxsize=1)
def _division_words() -> frozenset[str]:
    """Words that name an organisation's division after its name (lexicon ``division_words`` and
    ``org_suffix``)."""
    lex = lexicon()
    return frozenset(lex["division_words"]["words"]) | {w for ws in lex["org_suffix"].values() for w in ws}


def _names_product(text: str, maker: str) -> bool:
    """Does what follows the maker's name (``maker``, folded) in a product's name name a product ("Forecast"),
    not a version of a product family ("Halden 2") nor a division ("Zentri Space", lexicon ``division_words``
    and ``org_suffix``), in at most three words (not a headline's "X Wraps Up Y Purchase")?"""
    rest = text.split()[len(maker.split()):]
    return 0 < len(rest) <= 3 and any(re.search(r"[^\W\d]", w) for w in rest) \
        and not any(w in _division_words() for w in rest)


#: A model's name that is its maker's name, a hyphen and a version: "DeepSeek-R1", "DeepSeek-V3".
_MAKER_VERSION = re.compile(r"(.+?)-(?=[\w.]*\d)[\w.]+")


def _versioned_maker(doc: Document, name: str) -> str | None:
    """The organisation of the knowledge base (not an outlet) whose name a model's name is, with a hyphen and
    a version after it ("DeepSeek-R1": DeepSeek)."""
    m = _MAKER_VERSION.fullmatch(name)
    entry = doc.kb.lookup(m.group(1)) if m is not None and doc.kb is not None else None
    if entry is None or entry.type not in ORG_TYPES or entry.type == "MediaOutlet" or entry.ambiguous:
        return None
    return entry.id


class NamingExtractor:
    name = "naming"
    relations = (Relation.developer,)
    #: Only the first shape, with the article's own organisations: a product whose name, as written,
    #: begins with the name of an organisation the article names ("Zentri Forecast" beside Zentri).
    prefix_only = False

    def extract(self, doc: Document) -> Extracted:
        facts = tuple(self._facts(doc))
        # "OpenAI o3" written as one name: its maker may be named nowhere else in the article
        makers = tuple(sorted({str(f.object) for f in facts if str(f.object) not in doc.entities}))
        return Extracted(facts, kb_entities=makers)

    def _facts(self, doc: Document) -> Iterable[Fact]:
        orgs: list[tuple[str, str]] = []
        for key, ent in doc.entities.items():
            if ent.type in ORG_TYPES:
                for name in sorted({ent.label, *ent.aliases}):
                    if len(name) >= 3:
                        orgs.append((fold(name), key))
        orgs.sort(key=lambda x: (-len(x[0]), x))
        seen: set[tuple[str, str]] = set()
        for view in doc.views:
            for product, org in self._pairs(doc, view, orgs):
                if (product, org) not in seen and product != org:
                    seen.add((product, org))
                    yield Fact(subject=product, relation=Relation.developer, object=org, start=view.sentence.start,
                               end=view.sentence.end, confidence=0.7, extractor="naming/written")

    def _pairs(self, doc: Document, view: SentenceView, orgs: list[tuple[str, str]]) -> Iterable[tuple[str, str]]:
        prefix_only = self.prefix_only
        ms = view.mentions
        for m in ms:
            if doc.type_of(m.key) in PRODUCT_TYPES:
                written = fold(m.text)
                maker = next(((name, k) for name, k in orgs if written.startswith(name + " ")), None)
                org = maker[1] if maker is not None else None
                if maker is not None and prefix_only and not _names_product(m.text, maker[0]):
                    org = None
                if org is None and doc.kb is not None and not prefix_only:
                    words = m.text.split()
                    for n in range(len(words) - 1, 0, -1):
                        entry = doc.kb.lookup(" ".join(words[:n]))
                        if entry is not None and entry.type in ORG_TYPES:
                            org = entry.id
                            break
                if org is None and doc.kb is not None and doc.type_of(m.key) == "AIModel":
                    org = _versioned_maker(doc, m.text)
                if org is not None:
                    yield m.key, org
        if prefix_only:
            return
        org_product, product_org = _patterns()
        for hit in org_product.finditer(view.masked):
            o, p = ms[int(hit.group(1))], ms[int(hit.group(2))]
            if doc.type_of(o.key) in ORG_TYPES and doc.type_of(p.key) in PRODUCT_TYPES:
                yield p.key, o.key
        for hit in product_org.finditer(view.masked):
            p, o = ms[int(hit.group(1))], ms[int(hit.group(2))]
            if doc.type_of(o.key) in ORG_TYPES and doc.type_of(p.key) in PRODUCT_TYPES:
                yield p.key, o.key


class MakerPrefixExtractor(NamingExtractor):
    """Developers from a product's name that begins with the name of an organisation of the article
    ("Zentri Forecast", "Orvane Cloud"), or a model's that is a known organisation's name and a version
    ("DeepSeek-R1"): the first shape of :class:`NamingExtractor` alone."""
    name = "maker-prefix"
    prefix_only = True
