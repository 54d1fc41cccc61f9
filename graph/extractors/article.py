"""Facts about the article itself: its source outlet, the concepts it discusses, the people it quotes."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document
from ..model import ARTICLE_KEY, Fact

_SOURCE = re.compile(r"^\W*(?:source|sources|via|crédit|credit|d[’']après|selon|according\s+to|first\s+reported\s+by|"
                     r"as\s+reported\s+by|reported\s+by|rapporte)\s*[:\-–]?\s*(?:le\s+|la\s+|les\s+|the\s+)?⟦(\d+)⟧", re.I)
_REPORTED_BY = re.compile(r"\b(?:selon|d[’']après|according\s+to|reported\s+by|rapporte|révèle|reports?)\s+(?:le\s+|la\s+|the\s+)?⟦(\d+)⟧", re.I)
_QUOTE_VERB = (r"(?:said|says|told|explained|explains|added|adds|noted|wrote|declared|stated|argued|"
               r"a\s+(?:déclaré|expliqué|affirmé|ajouté|indiqué|estimé|souligné|confié|précisé)|déclare|explique|"
               r"affirme|ajoute|indique|estime|souligne|confie|précise|assure|martèle|résume|commente|observe)")
_QUOTE_AFTER = re.compile(r"[”\"»]\s*,?\s*" + _QUOTE_VERB + r"\s+(?:[\w’'-]+\s+){0,5}?⟦(\d+)⟧", re.I)
_QUOTE_BEFORE = re.compile(r"⟦(\d+)⟧\s*(?:,[^,]{0,60},\s*)?" + _QUOTE_VERB + r"\b", re.I)
_SELON = re.compile(r"\b(?:selon|d[’']après|according\s+to|pour)\s+⟦(\d+)⟧\s*(?:,[^,]{0,60},)?\s*[,:]?\s*[«“\"]", re.I)


class ArticleExtractor:
    name = "article"
    relations = ("source", "concept", "quotes")

    def extract(self, doc: Document) -> Iterable[Fact]:
        seen: set[tuple[str, str]] = set()

        def fact(rel: str, key: str, view, conf: float) -> Iterable[Fact]:
            if (rel, key) not in seen:
                seen.add((rel, key))
                yield Fact(ARTICLE_KEY, rel, key, view.sentence.start, view.sentence.end, "asserted", conf, f"article/{rel}")

        for view in doc.views:
            for rx, conf in ((_SOURCE, 0.9), (_REPORTED_BY, 0.7)):
                for m in rx.finditer(view.masked):
                    key = view.mentions[int(m.group(1))].key
                    if doc.type_of(key) == "MediaOutlet" or (rx is _SOURCE and view.sentence.heading and doc.type_of(key) != "Person"):
                        yield from fact("source", key, view, conf)
            for m in view.mentions:
                if doc.type_of(m.key) == "Concept":
                    yield from fact("concept", m.key, view, 0.7)
            has_quote = re.search(r"[«“\"”]", view.text) is not None
            if has_quote:
                for rx in (_QUOTE_AFTER, _QUOTE_BEFORE, _SELON):
                    for m in rx.finditer(view.masked):
                        key = view.mentions[int(m.group(1))].key
                        if doc.type_of(key) == "Person":
                            yield from fact("quotes", key, view, 0.8)
