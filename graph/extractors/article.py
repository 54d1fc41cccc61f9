"""Facts about the article itself: its source outlet, the concepts it is about, the people it quotes.

Policy (documented in the README): a concept is the article's ``concept`` when its title names it
(generic ones such as "artificial intelligence" excepted); every concept mentioned is still linked
with ``kg:mentions``. ``quotes`` is for people the article cites as sources, not for an
organisation's spokespeople quoted in its own announcement (their role facts say who they are).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..document import Document
from ..model import ARTICLE_KEY, Fact

_SOURCE = re.compile(r"^\W*(?:source|sources|via|crédit|credit|d[’']après|selon|according\s+to|first\s+reported\s+by|"
                     r"as\s+reported\s+by|reported\s+by|rapporte)\s*[:\-–]?\s*(?:le\s+|la\s+|les\s+|the\s+)?⟦[a-z](\d+)⟧", re.I)
_REPORTED_BY = re.compile(r"\b(?:selon|d[’']après|according\s+to|reported\s+by|rapporte|révèle|reports?)\s+(?:le\s+|la\s+|the\s+)?⟦[a-z](\d+)⟧", re.I)
_QUOTE_VERB = (r"(?:said|says|told|explained|explains|added|adds|noted|wrote|declared|stated|argued|"
               r"a\s+(?:déclaré|expliqué|affirmé|ajouté|indiqué|estimé|souligné|confié|précisé)|déclare|explique|"
               r"affirme|ajoute|indique|estime|souligne|confie|précise|assure|martèle|résume|commente|observe)")
_QUOTE_AFTER = re.compile(r"[”\"»]\s*,?\s*" + _QUOTE_VERB + r"\s+(?:[\w’'-]+\s+){0,5}?⟦[a-z](\d+)⟧", re.I)
_QUOTE_BEFORE = re.compile(r"⟦[a-z](\d+)⟧\s*(?:,[^,]{0,60},\s*)?" + _QUOTE_VERB + r"\b", re.I)
_SPOKESPERSON = None


def _speaks_for_organisation(masked: str, a: int, b: int) -> bool:
    """"said Anthropic CEO X", "X, Chief Financial Officer of Y": a spokesperson, not a cited source."""
    global _SPOKESPERSON
    if _SPOKESPERSON is None:
        from .patterns import _role_pattern

        role = _role_pattern()
        _SPOKESPERSON = (re.compile(role + r"\s*,?\s*$"), re.compile(r"^\s*,?\s*(?:{W}\s+){0,2}?".replace("{W}", r"[\w’'-]+") + role))
    before, after = _SPOKESPERSON
    return bool(before.search(masked[max(0, a - 60):a]) or after.match(masked[b:b + 80]))


_SELON = re.compile(r"\b(?:selon|d[’']après|according\s+to|pour)\s+⟦[a-z](\d+)⟧\s*(?:,[^,]{0,60},)?\s*[,:]?\s*[«“\"]", re.I)


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
            if view.sentence.start < doc.title_end:
                for m in view.concepts:
                    if m.key not in doc.generic_concepts:
                        yield from fact("concept", m.key, view, 0.7)
            has_quote = re.search(r"[«“\"”]", view.text) is not None
            if has_quote:
                for rx in (_QUOTE_AFTER, _QUOTE_BEFORE, _SELON):
                    for m in rx.finditer(view.masked):
                        key = view.mentions[int(m.group(1))].key
                        a, b = m.start(1) - 2, m.end(1) + 1     # the ⟦tN⟧ token
                        if doc.type_of(key) == "Person" and not _speaks_for_organisation(view.masked, a, b):
                            yield from fact("quotes", key, view, 0.8)
