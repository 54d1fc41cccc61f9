"""Funding rounds and valuations: each money expression is given to the nearest cue.

A cue is a word that says what an amount is: raised ("levée", "raised", "Series B", "seed"),
a valuation ("valorisation", "valued at", "post-money"), or something else (revenue, a
purchase, a partnership, a capital expenditure), which makes kg leave the amount alone. The
organisation is the one the cue names ("la valorisation de X", "values X at"), else the
sentence's opening subject, else the article's main organisation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..analysis.document import Document, SentenceView, indices
from ..analysis.status import status_for
from ..analysis.types import INVESTOR_TYPES, ORG_TYPES
from ..model import Fact, Relation, Status
from .base import Extracted

_FUND = (r"lev(?:é|ée|ées|és|er|e|ent|ait|aient|era|eront)|levée|lève|lèvent|tour\s+de\s+(?:table|financement)|"
         r"financement|série\s+[A-H]\b|seed|amorçage|pré-amorçage|pre-seed|round|raised?|raises|raising|"
         r"fundrais(?:e|ing)|funding|financing|series\s+[A-H]\b|miser|injecté|injecter|apport|"
         r"investment\s+of|investissement\s+de|capital\s+de|secured|closes?|closed|bouclé|boucle|obtenu|réuni|récolté|"
         r"collecté|empoché|bags|bagged")
_VAL = (r"valoris\w*|valued|valuation|values|valuing|post-money|pre-money|"
        r"worth|vaut|valait|capitalisation")
_OTHER = (r"revenue|revenus?|chiffre\s+d[’']affaires|run-rate|sales|ventes|bénéfices?|profits?|pertes?|losses|"
          r"purchase|acheter|achat|contrat|contract|compute|capacity|capacité|partenariat|partnership|deal|"
          r"investissement\s+prévu|prévu|budget|dépenses?|spending|capex|cost|coût|prix|price|salaire|salary|"
          r"milestone|market|marché|subvention|grant|amende|fine|dette|debt|prêt|loan|rachat|acquisition|acquire|"
          r"acquiring|bought|commit(?:ted|ment|s)?|engagement|dons?|donation|paramètres|parameters|tokens")
_CUES = re.compile(rf"(?P<fund>\b(?:{_FUND}))|(?P<val>\b(?:{_VAL}))|(?P<other>\b(?:{_OTHER}))", re.I)
# Words joining two amounts of the same kind ("de 545 millions à 8 milliards", "contre 500 millions").
_COMPARED = re.compile(r"\s*,?\s*(?:contre|versus|vs\.?|compared\s+(?:with|to)|up\s+from|down\s+from|from|à|to|puis|"
                       r"then|"
                       r"après|after|avant|before|et|and|ou|or)?\s*(?:près\s+de|environ|about|around|some|plus\s+de|"
                       r"more\s+than)?\s*", re.I)
_ROUND = re.compile(r"\b(?:(?:Series|Série|serie)\s+([A-H])\b|(pre-seed|pré-amorçage|seed|amorçage|bridge))", re.I)
_BASIS = re.compile(r"\b(pre|post)-money\b", re.I)


class FundingExtractor:
    name = "amounts"
    relations = (Relation.fundsRaised, Relation.valuation)

    def extract(self, doc: Document) -> Extracted:
        return Extracted(tuple(self._facts(doc)))

    def _facts(self, doc: Document) -> Iterable[Fact]:
        for view in doc.views:
            if not view.money:
                continue
            cues = [(m.start(), m.end(), m.lastgroup) for m in _CUES.finditer(view.masked)]
            previous: tuple | None = None          # (kind, cue, end) of the amount before
            last_status, last_end = None, 0
            for j, money in enumerate(view.money):
                token = f"⟨${j}⟩"
                pos = view.masked.find(token)
                if pos < 0:
                    continue
                kind, cue = _nearest(cues, pos, pos + len(token))
                if previous and _COMPARED.fullmatch(view.masked[previous[2]:pos]):
                    kind, cue = previous[0], previous[1]   # "à 1,5 milliard, contre 500 millions": same kind
                previous = (kind, cue, pos + len(token))
                if kind not in ("fund", "val") or cue is None:
                    continue
                org = self._organisation(doc, view, pos, cue, kind)
                if org is None:
                    continue
                rel = Relation.fundsRaised if kind == "fund" else Relation.valuation
                lo, hi = min(pos, cue[0]), max(pos + len(token), cue[1])
                a, b = view.span(lo, hi)
                status, _ = status_for(view.text, (a, b), "predicate", headline=view.sentence.heading)
                if status is Status.asserted and re.fullmatch(r"(?i)lever|raise", view.masked[cue[0]:cue[1]]) \
                        and not re.search(r"(?i)\b(?:a|ont|has|have|had|vient\s+de|"
                                          r"viennent\s+de)\s+$", view.masked[:cue[0]]):
                    # "deux options : lever 100 millions ou…": an infinitive is not an event
                    status = Status.hypothetical
                if status is Status.asserted and last_status and pos - last_end < 60 \
                        and ";" not in view.masked[last_end:pos]:
                    status = last_status[0]    # "in talks to raise $100M at a valuation near $1B": one clause
                last_status, last_end = (status,) if status is not Status.asserted else None, pos + len(token)
                rnd = _ROUND.search(view.masked)
                round_type = None
                if rnd and rel is Relation.fundsRaised:
                    round_type = f"Series {rnd.group(1).upper()}" if rnd.group(1) else rnd.group(2).lower()
                    round_type = {"amorçage": "seed", "pré-amorçage": "pre-seed"}.get(round_type, round_type)
                basis = _BASIS.search(view.masked[pos:pos + 80]) if rel is Relation.valuation else None
                yield Fact(subject=org, relation=rel, object=money.amount, start=view.sentence.start,
                           end=view.sentence.end, status=status, confidence=0.8 if money.currency else 0.65,
                           extractor=f"amounts/{rel}", round_type=round_type,
                           valuation_basis=(basis.group(1).lower() + "-money") if basis else None)

    def _organisation(self, doc: Document, view: SentenceView, pos: int, cue: Cue, kind: str) -> str | None:
        # "la valorisation de X", "values X at", "X's valuation"
        after = view.masked[cue[1]:cue[1] + 12]
        m = re.match(r"\s*(?:de\s+|d[’']|du\s+|of\s+)?⟦[a-z](\d+)⟧", after)
        if m and doc.type_of(view.mentions[int(m.group(1))].key) in ORG_TYPES:
            return view.mentions[int(m.group(1))].key
        # the verb's own subject in a later clause: "…, lorsque X avait récolté 18 millions",
        # "Harvey, qui a levé 300 millions"
        verb = re.fullmatch(r"(?i)lev\w*|lève|lèvent|raised?|raises|raising|secured|récolté|collecté|empoché|bags|"
                            r"bagged|obtenu|réuni|bouclé",
                            view.masked[cue[0]:cue[1]])
        near = re.search(r"⟦[a-z](\d+)⟧(?:\s*,\s*(?:qui|which|that)\b)?\s+(?:[\w’'-]+\s+){0,"
                         r"2}$", view.masked[:cue[0]]) if verb else None
        if near and int(near.group(1)) < len(view.mentions) and near.start() > 0:
            key = view.mentions[int(near.group(1))].key
            if doc.type_of(key) in ORG_TYPES | {"Unknown"} and doc.type_of(key) not in _INVESTORS:
                return key
        if view.subject and doc.type_of(view.subject) in ORG_TYPES | {"Unknown"}:
            return view.subject
        before = view.masked[:min(pos, cue[0])]
        orgs = [view.mentions[i].key for i in indices(before, skip_parentheses=False)
                if doc.type_of(view.mentions[i].key) in ORG_TYPES | {"Unknown"}]
        governed = [view.mentions[i].key for i in indices(before, skip_parentheses=False)
                    if re.search(r"\b(?:de|du|des|d[’']|par|avec|with|by|of|from|chez|issue?s?|like|comme|à|au|aux|to|"
                                 r"for|pour|than|que)\b[^⟦,]{0,30}$",
                                 before[:_pos_of(before, i)])]
        if len(set(orgs)) == 1 and orgs[0] not in governed and doc.type_of(orgs[0]) not in _INVESTORS:
            return orgs[0]        # "The $1.2B price values Tallyfin at three times the $400 million valuation…"
        opening = re.match(r"^\W*(?:\w+\s+){0,2}?⟦[a-z](\d+)⟧", view.masked)
        if opening and orgs and view.mentions[int(opening.group(1))].key == orgs[0]:
            return orgs[0]
        if view.topic or doc.main:
            return view.topic or doc.main
        return orgs[0] if orgs else None


def _pos_of(masked: str, i: int) -> int:
    m = re.search(rf"⟦[a-z]{i}⟧", masked)
    return m.start() if m else 0


_INVESTORS = INVESTOR_TYPES | {"MediaOutlet"}


Cue = tuple[int, int, str | None]      # start, end and kind (fund, val, other) of a cue in the masked sentence


def _nearest(cues: list[Cue], a: int, b: int) -> tuple[str | None, Cue | None]:
    best: Cue | None = None
    best_d: float = 10**9
    for c in cues:
        d: float
        if c[1] <= a:
            d = a - c[1]
        elif c[0] >= b:
            d = (c[0] - b) * 1.5 + 2      # a cue after the amount counts a little less
        else:
            continue
        if d < best_d and d <= 90:
            best, best_d = c, d
    return (best[2], best) if best else (None, None)
