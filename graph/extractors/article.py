"""Facts about the article itself: its source outlet and the people it quotes, as rules.

Not in the default pipeline: there the relation model decides ``quotes`` and ``source``
(:mod:`graph.extractors.relations`) and the concept extractor the concepts
(:mod:`graph.extractors.concepts`). ``quotes`` is for people the article cites as sources, not for an
organisation's spokespeople quoted in its own announcement (their role facts say who they are).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..analysis.document import Document, SentenceView
from ..model import ARTICLE_KEY, Fact, Relation
from .base import Extracted

_SOURCE = re.compile(r"^\W*(?:source|sources|via|crédit|credit|d[’']après|selon|according\s+to|first\s+reported\s+by|"
                     r"as\s+reported\s+by|reported\s+by|rapporte)\s*[:\-–]?\s*(?:le\s+|la\s+|les\s+|"
                     r"the\s+)?⟦[a-z](\d+)⟧", re.I)
_REPORTED_BY = re.compile(r"\b(?:selon|d[’']après|according\s+to|reported\s+by|rapporte|révèle|reports?)\s+(?:le\s+|"
                          r"la\s+|the\s+)?⟦[a-z](\d+)⟧", re.I)
# the outlet as the story's own reporter: a wire dateline "(Reuters) -", "told TechCrunch", "consulté par Le Monde",
# "révélée par X", "after X contacted it"
_REPORTER = re.compile(
    r"\(⟦o(\d+)⟧\)\s*(?:-|--|–|—|:)|"
    r"\b(?:told\s+|a\s+(?:confié|déclaré|indiqué|expliqué|précisé|assuré|affirmé)\s+(?:à\s+(?:l[’']\s*)?|"
    r"au\s+))(?:the\s+)?⟦o(\d+)⟧|"
    r"\b(?:révélée?s?|consultée?s?|obtenue?s?|dévoilée?s?|contactée?s?|interrogée?s?|jointe?s?|sollicitée?s?|"
    r"revealed|reviewed|obtained|seen|contacted|first\s+reported)\s+(?:\w+\s+)?(?:par|by)\s+(?:l[’']\s*|le\s+|la\s+|"
    r"the\s+)?⟦o(\d+)⟧|"
    r"\b(?:after|when|après\s+que|lorsque|quand)\s+⟦o(\d+)⟧\s+(?:contacted|reached|asked|questioned|"
    r"l[’']a\s+(?:contacté|interrogé|sollicité))", re.I)
_QUOTE_VERB = (r"(?:said|says|told|explained|explains|added|adds|noted|notes|wrote|declared|stated|argued|argues|"
               r"warned|warns|cautioned|insisted|insists|acknowledged|recalled|recalls|observed|quipped|"
               r"a\s+(?:déclaré|expliqué|affirmé|ajouté|indiqué|estimé|souligné|confié|précisé|reconnu|résumé|assuré|"
               r"prévenu|tranché|observé|commenté|insisté|rappelé|raconté|relevé|nuancé|martelé)|déclare|explique|"
               r"affirme|ajoute|indique|estime|souligne|confie|précise|assure|martèle|résume|commente|observe|"
               r"ironise|sourit|tranche|analyse|reconnaît|poursuit|insiste|nuance|prévient|tempère|rappelle|relève|"
               r"raconte|glisse|lâche|juge|avance|s[’']amuse|s[’']enthousiasme|se\s+félicite|se\s+réjouit)")
_QUOTE_AFTER = re.compile(r"[”\"»]\s*,?\s*" + _QUOTE_VERB + r"\s+(?:[\w’'-]+\s+){0,5}?⟦[a-z](\d+)⟧", re.I)
_QUOTE_BEFORE = re.compile(r"⟦[a-z](\d+)⟧\s*(?:,[^,]{0,120},\s*)?" + _QUOTE_VERB + r"\b", re.I)
# "X, le directeur technique, l'écarte d'un revers de main : « … »": a person introducing a quote after a colon
_QUOTE_COLON = re.compile(r"(?:^\W*|[,;]\s*)⟦p(\d+)⟧\s*(?:,[^,«»“”\"]{0,80},\s*)?[^«»“”\"⟦:;]{0,60}:\s*[«“\"]", re.I)
# indirect speech in a news story: "The deal is not final, X said." / "X told Reuters that…"
_INDIRECT = re.compile(r"(?:,\s*⟦p(\d+)⟧\s+(?:said|says|added|told\s+⟦[a-z]\d+⟧|a\s+(?:déclaré|indiqué|précisé|assuré|"
                       r"affirmé)|"
                       r"(?:a-t-(?:il|elle)\s+)?(?:indique|précise|assure|affirme))\s*(?:[.;]|$)|"
                       r"⟦p(\d+)⟧(?:\s*,[^,]{0,120},)?\s+(?:told\s+⟦[a-z]\d+⟧|(?:said|says)\s+(?:in\s+an\s+interview|"
                       r"on\s+\w+day|that|the|it|its|his|her|their)\b|"
                       r"a\s+(?:confié|déclaré|indiqué|expliqué)\s+(?:à|au)\s+⟦[a-z]\d+⟧|"
                       r"(?:a\s+(?:déclaré|indiqué|expliqué|assuré|affirmé|précisé|estimé|reconnu)|estime|explique|"
                       r"assure|affirme|précise|indique|reconnaît)\s+qu))", re.I)
# Signs of a journalist's story rather than an organisation's own announcement: a wire dateline, a person
# telling an outlet, an interview, an unnamed source, a declined comment, an analyst. In such a story the
# people quoted are sources, whoever employs them.
_NEWS = re.compile(
    r"\((?:Reuters|AFP|Bloomberg|AP|Agence\s+France-Presse)\)|"
    r"\b(?:in\s+an\s+interview|lors\s+d[’']un\s+entretien|dans\s+un\s+entretien|interrogée?\s+par|"
    r"jointe?\s+par\s+téléphone|"
    r"contacted\s+by|declined\s+to\s+comment|did\s+not\s+respond|n[’']a\s+pas\s+(?:souhaité|donné\s+suite|répondu)|"
    r"(?:people|person|sources?)\s+familiar|selon\s+nos\s+informations|analyst|analyste|"
    r"sourit|ironise|tranche|s[’']amuse|glisse|quipped)\b", re.I)
_SPOKESPERSON = None


def _speaks_for_organisation(masked: str, a: int, b: int) -> bool:
    """"said Anthropic CEO X", "X, Chief Financial Officer of Y": a spokesperson, not a cited source."""
    global _SPOKESPERSON
    if _SPOKESPERSON is None:
        from .patterns import role_pattern

        role = role_pattern()
        _SPOKESPERSON = (re.compile(role + r"\s*,?\s*$"), re.compile(r"^\s*,?\s*(?:{W}\s+){0,"
                                                                     r"2}?".replace("{W}", r"[\w’'-]+") + role))
    before, after = _SPOKESPERSON
    return bool(before.search(masked[max(0, a - 60):a]) or after.match(masked[b:b + 80]))


_SELON = re.compile(r"\b(?:selon|d[’']après|according\s+to|pour)\s+⟦[a-z](\d+)⟧\s*(?:,[^,]{0,60},)?\s*[,"
                    r":]?\s*[«“\"]", re.I)


class ArticleExtractor:
    name = "article"
    relations = (Relation.source, Relation.quotes)

    def extract(self, doc: Document) -> Extracted:
        return Extracted(tuple(self._facts(doc)))

    def _facts(self, doc: Document) -> Iterable[Fact]:
        seen: set[tuple[str, str]] = set()

        def fact(rel: Relation, key: str, view: SentenceView, conf: float) -> Iterable[Fact]:
            if (rel, key) not in seen:
                seen.add((rel, key))
                yield Fact(subject=ARTICLE_KEY, relation=rel, object=key, start=view.sentence.start,
                           end=view.sentence.end, confidence=conf, extractor=f"article/{rel}")

        news = bool(_NEWS.search(doc.article.text)) or any(
            re.search(r"\btold\s+⟦[a-z](\d+)⟧", v.masked) for v in doc.views)
        for view in doc.views:
            for rx, conf in ((_SOURCE, 0.9), (_REPORTED_BY, 0.7)):
                for m in rx.finditer(view.masked):
                    key = view.mentions[int(m.group(1))].key
                    if doc.type_of(key) == "MediaOutlet" \
                            or (rx is _SOURCE and view.sentence.heading and doc.type_of(key) != "Person"):
                        yield from fact(Relation.source, key, view, conf)
            for m in _REPORTER.finditer(view.masked):
                g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i) is not None)
                key = view.mentions[int(m.group(g))].key
                if doc.type_of(key) == "MediaOutlet":
                    yield from fact(Relation.source, key, view, 0.8)
            has_quote = re.search(r"[«»“\"”]", view.text) is not None
            rxs = ((_QUOTE_AFTER, _QUOTE_BEFORE, _SELON, _QUOTE_COLON) if has_quote else ()) \
                + ((_INDIRECT,) if news else ())
            for rx in rxs:
                for m in rx.finditer(view.masked):
                    g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i) is not None)
                    key = view.mentions[int(m.group(g))].key
                    a, b = m.start(g) - 2, m.end(g) + 1     # the ⟦tN⟧ token
                    # a narrated gesture before a colon ("X l'écarte : « … »") is a journalist's writing, not a
                    # release's "said X, CFO"
                    if doc.type_of(key) == "Person" and (news or rx is _QUOTE_COLON
                                                         or not _speaks_for_organisation(view.masked, a, b)):
                        yield from fact(Relation.quotes, key, view, 0.8 if rx is not _INDIRECT else 0.7)
