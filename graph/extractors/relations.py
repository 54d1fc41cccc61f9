"""The relation extractor: every relation of the fact contract, decided by the trained models.

    names, sums, years  ->  context (topics, references)  ->  candidates  ->  features
        ->  relation model (one probability per relation)  ->  status model  ->  facts

A candidate becomes a fact when its probability reaches the relation's threshold (chosen on
cross-validation folds for the best F1) and its calibrated confidence is at least ``min_confidence``
(0.5: more likely right than wrong). Each sum of money and each year goes to its most likely
owner and relation only. A fact's confidence is the calibrated probability of the most confident
statement of it in the article (isotonic regression fitted on out-of-fold predictions), so that
among facts of confidence 0.8 or more, about 8 in 10 are right. Its status comes from the status
model; facts the text does not assert (questioned, negated, planned, hypothetical) are kept as
flagged statements only.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..analysis.amounts import find_years
from ..analysis.document import Document
from ..analysis.kbase import fold
from ..analysis.types import ORG_TYPES, PRODUCT_TYPES
from ..model import ARTICLE_KEY, ASSERTING, Amount, Fact, Relation
from .base import Extracted
from .candidates import RELATIONS, Candidate, candidates
from .context import Name, frames, unquoted
from .features import Arg, Sentence, features
from .frames import (
    FRAME_SCORE,
    PAST_WORDS,
    adjust,
    cofounder_opening,
    competition_re,
    funding_source,
    goes_on_speaking,
    helm_taker,
    mostly_debt,
    portfolio,
    pronoun_chief,
    pronoun_founder,
    round_investor,
    round_word_re,
    takes_helm,
)
from .groups import resolve
from .model import Models, load
from .status import REPORT_DENIED, UNSURE_DEALS, fact_status, status_features

_ROUND = re.compile(
    r"\b(?:(?:Series|Série|série|serie)\s+([A-H])\b|(pre-seed|pré-amorçage|seed|amorçage|bridge))", re.I)
_BASIS = re.compile(r"\b(pre|post)[- ]money\b", re.I)
_NAME_TYPES = ORG_TYPES | PRODUCT_TYPES | {"Person", "Country", "City", "Region", "Place"}
_WORD = re.compile(r"[\w’'-]+")
#: An elided article or preposition that opens a word: "l'américain", "d'Orvane".
_ELIDED = re.compile(r"(?:[dlDL]|qu|Qu)[’']")


#: A deal's figures, which the next sentence may leave unconfirmed.
_DEAL_FIGURES = frozenset({"valuation", "fundsRaised", "investedIn"})
#: A sentence saying the newsroom could not confirm what the previous one reported: "Kerlomag could not
#: independently confirm those details", "Nous n'avons pas pu vérifier ces chiffres".
_NOT_CONFIRMED = re.compile(r"(?i)\W*(?:[\w’'.-]+\s+){0,4}?(?:could\s+not|couldn[’']t|was\s+unable\s+to|"
                            r"were\s+unable\s+to|n[’']a\s+pas\s+pu|n[’']ont\s+pas\s+pu|n[’']avons\s+pas\s+pu)\s+(?:independently\s+)?"
                            r"(?:confirm|verify|vérifier|confirmer)")
#: ... or declining to comment on a valuation the previous sentence credits to others ("Investors put its worth at
#: $60 million. Zentri would not confirm the valuation."): that valuation stays a rumour.
_UNCONFIRMED_VALUE = (r"(?:(?:declined|refused|would\s+not|wouldn[’']t|(?<=neither\s)(?:[\w’'-]+\s+){0,2}?would)\s+"
                      r"(?:to\s+)?(?:comment\s+on|confirm)\s+(?:its|the|that|this|their)\s+(?:valuation|figure|"
                      r"number)|n[’']a\s+pas\s+(?:souhaité|voulu)\s+(?:commenter|confirmer)\s+(?:sa\s+valorisation|"
                      r"ce\s+chiffre|ce\s+montant))")
_VALUE_NOT_CONFIRMED = re.compile(r"(?i)\W*(?:[\w’'.-]+\s+){0,4}?" + _UNCONFIRMED_VALUE)
#: ... or in the same sentence, after a semicolon: "… valued Zentri at $60 million; neither firm would confirm
#: the number".
_VALUE_NOT_CONFIRMED_HERE = re.compile(r"(?i);\s*(?:[\w’'.-]+\s+){0,4}?" + _UNCONFIRMED_VALUE)

#: A sentence denying the figure the previous one reported ("… claimed the deal put its worth at $95 million.
#: The company called that number wrong", "La société a démenti ce chiffre"), and the words that make
#: that previous sentence someone's claim.
_FIGURE_DENIED = re.compile(
    r"(?i)\b(?:figures?|numbers?|valuations?|reports?|amounts?|chiffres?|montants?|valorisations?|informations?)\b"
    r"[^.;!?]{0,40}?\b(?:not\s+(?:accurate|correct|true)|inaccurate|incorrect|untrue|wrong|false|inexacte?s?|"
    r"erronée?s?|faux|fausses?|exagérée?s?|exaggerated|overstated|inflated)\b"
    r"|\b(?:jug\w+|qualifi\w+|estim\w+|called?|calls|described?|deemed)\b[^.;!?]{0,30}?\b(?:exagérée?s?|surévaluée?s?|"
    r"fantaisistes?|inexacte?s?|erronée?s?|exaggerated|overstated|inflated|inaccurate|wrong)\b"
    r"|\b(?:denied|disputed|rejected|dismissed|démenti|dément|démentent|conteste|contesté|réfute)\b[^.;!?]{0,30}?"
    r"\b(?:figures?|numbers?|valuations?|reports?|amounts?|chiffres?|montants?|valorisations?|informations?)\b"
    r"|^\W*(?:[\w’'.-]+\s+){0,3}?(?:dément|démentent|a\s+démenti|denies|denied\s+(?:it|this|that))\s*(?:[:.,]|$)")
#   ("La dirigeante dément : …", "The company denies it.")
_CLAIMED = re.compile(r"(?i)\b(?:claim(?:ed|s)?|report(?:ed|s)?|reportedly|according\s+to|rumou?rs?|selon|d['’]après|"
                      r"affirm\w*|rapport\w*|évoquée?s?|circulé|presse|press)\b")

#: A person said not to be a founder, right after their name: ", n'est pas un fondateur", " is not a
#: co-founder", "…; she is not one of the founders".
_NOT_A_FOUNDER = re.compile(r"(?i)[^.;]{0,80}?(?:n[’']est\s+pas|n[’']a\s+jamais\s+été|is\s+not|isn[’']t|was\s+not|"
                            r"wasn[’']t)\s+(?:un|une|l[’']un\s+des|l[’']une\s+des|le|la|a|one\s+of\s+the|the|among\s+the)?"
                            r"\s*(?:co-?)?(?:fondat(?:eur|rice)s?|founders?|cofondat(?:eur|rice)s?|cofounders?)\b")


def _beside_quotation(text: str, person: Arg) -> bool:
    """Is the person named right after a quotation's closing mark or right before its opening one ("« … »,
    reconnaît A", "A said: \"…\""), where a speaker is named?"""
    if not person.explicit:
        return True
    marks = [m.start() for m in re.finditer(r"[«»“”\"]", text)]
    return any(0 <= person.start - i <= 40 for i in marks) or any(0 <= i - person.end <= 40 for i in marks)


def _unquoted(sent: Sentence) -> Sentence:
    """The sentence with its quoted words blanked (offsets kept): a speaker's own negation or question does
    not deny that the article quotes them."""
    text = unquoted(sent.text)
    return sent if text == sent.text else replace(sent, text=text, _tokens=None)


_FIRST_PERSON = frozenset({"we", "our", "us", "nous", "notre", "nos"})


def _outside_quotes(sent: Sentence, c: Candidate) -> Sentence:
    """The sentence whose status cues count for the candidate: without its quoted words when neither end is
    inside a quotation, or the one inside is the speaker's "we" (a speaker's negation says nothing of the words
    that introduce them)."""
    bare = _unquoted(sent)
    if bare is sent or any(a.explicit and sent.text[a.start:a.end].lower() not in _FIRST_PERSON
                           and bare.text[a.start:a.end] != sent.text[a.start:a.end] for a in (c.subj, c.obj)):
        return sent
    return bare


#: A relative clause between commas right after a name: ", qui a acquis en 2021 B,", ", which bought B,".
_RELATIVE_CLAUSE = re.compile(r"\s*,\s*(?:qui|which|who)\s[^,;:()«»“”\"]{3,160}?,")


def _relative_only(sent: Sentence, c: Candidate) -> Sentence:
    """When the candidate's ends are a name and a name inside the relative clause right after it ("A, qui
    avait racheté B, n'a pas souhaité commenter"), the sentence with everything after the clause blanked
    (offsets kept): the main clause's negation or question says nothing of the clause's fact."""
    if not (c.subj.explicit and c.obj.explicit):
        return sent
    first, second = sorted((c.subj, c.obj), key=lambda a: a.start)
    m = _RELATIVE_CLAUSE.match(sent.text, first.end)
    if m is None or not (m.start() < second.start and second.end < m.end()) \
            or not re.search(r"\w", sent.text[m.end():]):
        return sent
    text = sent.text[:m.end()] + re.sub(r"\S", " ", sent.text[m.end():])
    return replace(sent, text=text, _tokens=None)


def _round_passages(sents: list[Sentence]) -> frozenset[int]:
    """The sentences of a passage about a funding round: one that names a round ("tour", "seed",
    "funding"…) and the two after it."""
    hits: set[int] = set()
    for i, s in enumerate(sents):
        if round_word_re(s.lang).search(s.text):
            hits.update((i, i + 1, i + 2))
    return frozenset(hits)


def _rival_passages(sents: list[Sentence]) -> frozenset[int]:
    """The sentences right after a short one that announces rivals ("Zentri is not alone here.", "La
    concurrence est rude.", a heading "A crowded field") and names at most one organisation."""
    hits: set[int] = set()
    for i, s in enumerate(sents[:-1]):
        if len(s.text.split()) <= 14 and competition_re(s.lang).search(s.text) \
                and len({a.key for a in s.args if a.group == "Org"}) <= 1:
            hits.add(i + 1)
    return frozenset(hits)


#: From a name to its amount through a relative clause, maybe after a short description: ", which
#: raised", ", a Boston company that took in", ", une start-up lyonnaise qui a levé".
_RELATIVE_TO_AMOUNT = re.compile(r",?\s*(?:(?:a|an|the|un|une|la|le|l[’'])\s*[^,;()]{0,60}?,?\s)?"
                                 r"(?:which|who|that|qui)\s[^,;()]*$")


#: From a name to the amount it raised, as its own verb: " raised ", " a levé près de ", " has secured a ".
_RAISED_BY = re.compile(r"(?i)\s+(?:(?:has|have|had|a|avait|vient\s+de|just|also|aussi)\s+)*(?:raised|raises|secured|"
                        r"closed|landed|took\s+in|lève|levé|lever|boucle|bouclé|obtient|obtenu)\s+"
                        r"(?:(?:a|an|its|une?|près\s+de|plus\s+de|about|nearly|some|over|more\s+than)\s+)*")


def _named_before(sent: Sentence, key: str, amount) -> bool:
    """Is the entity ``key`` named in the sentence, after its opening, as the subject of a relative clause
    that holds the amount ("The startup competes with X, which raised $220 million led by Y")?"""
    return amount is not None and any(
        a.explicit and a.key == key and 3 < a.start and a.end <= amount.start
        and _RELATIVE_TO_AMOUNT.match(sent.text[a.end:amount.start])
        for a in sent.args)


class RelationExtractor:
    name = "relations"
    relations = tuple(Relation(r) for r in RELATIONS)

    def __init__(self, models: Models | None = None):
        self._models = models

    @property
    def models(self) -> Models:
        if self._models is None:
            self._models = load()
        return self._models

    def extract(self, doc: Document) -> Extracted:
        names = [(m.start, m.end, m.key, doc.type_of(m.key)) for m in doc.mentions
                 if m.source not in ("anaphor", "speaker", "reference") and doc.type_of(m.key) in _NAME_TYPES]
        speakers = [(m.start, m.end, m.key, doc.type_of(m.key)) for m in doc.mentions
                    if m.source == "speaker" and doc.type_of(m.key) in _NAME_TYPES]     # « Nous… », dit A, PDG de X
        # references to a name before: "Le fonds, qui…" (an investor), "Il dépasse X" (a model just launched)
        references = [(m.start, m.end, m.key, doc.type_of(m.key)) for m in doc.mentions
                      if m.source == "reference" and doc.type_of(m.key) in _NAME_TYPES]
        demonyms, places = _demonyms(doc, names)
        money = [m for v in doc.views for m in v.money]
        text_sents = [v.sentence for v in doc.views]
        sents, topics = frames(text_sents, names, money, find_years(doc.article.text), doc.lang, demonyms,
                               doc.products_as_companies, speakers, references)
        types = {k: e.type for k, e in doc.entities.items()} | {key: t for _, _, key, t in demonyms}
        scored = self._score(sents, topics, types)
        extra = resolve(sents, self._founders(scored, sents))
        if extra:       # founders named as a group ("two former X engineers"): score again with them
            for i, found in extra.items():
                sents[i].args = sorted(sents[i].args + [a for a, _ in found], key=lambda x: (x.start, -x.end))
            of = {(i, a.start, a.key, org) for i, found in extra.items() for a, org in found}
            scored = self._score(sents, topics, types, of)
        # a product that is its maker here ("is acquiring Bun") makes that product, no other one by the model
        # (nor is a total the text calls mostly debt anyone's raise, wherever it is repeated)
        debt = {k for s in sents for k in mostly_debt(s)}
        facts = [f for f in self._facts(scored, sents, text_sents, money)
                 if not (f.relation == "developer" and f.object in doc.products_as_companies)
                 and not (f.relation == "fundsRaised" and isinstance(f.object, Amount) and f.object.key in debt)]
        used = {f.object for f in facts if isinstance(f.object, str)} | {f.subject for f in facts}
        return Extracted(facts=tuple(facts), kb_entities=tuple(sorted(k for k in places if k in used)))

    # ------------------------------------------------------------------------------------------
    def _founders(self, scored, sents) -> list[str]:
        """The people the text says founded its main organisation, in the order it names them."""
        models = self.models
        out: dict[str, int] = {}
        for c, rel, p, status, _ in scored:
            if rel == "founder" and c.subj.key == sents[c.sentence].main and c.obj.kind == "entity" \
                    and p >= models.threshold(rel) and status in ("asserted", "reported", "presupposed"):
                out.setdefault(c.obj.key, c.sentence * 10_000 + c.obj.start)
        return sorted(out, key=lambda k: out[k])

    def _score(self, sents, topics, types, group_of: set | None = None,
               ) -> list[tuple[Candidate, str, float, str, float]]:
        """(candidate, relation, probability, status, probability of an asserting status); ``group_of``
        holds (sentence, start, person, organisation) for the members of groups of founders."""
        models = self.models
        out = []
        rounds = _round_passages(sents)
        rivals = _rival_passages(sents)
        anchored: set[tuple[int, str, int]] = set()
        for c in candidates(sents, topics, types, takes_helm):
            sent = sents[c.sentence]
            feats = features(_alone(sent, c), c.subj, c.obj)
            sfeats: list[str] | None = None
            scores = dict(zip(c.relations, models.scores(list(c.relations), feats), strict=True))
            if ("employer" in scores or "ceo" in scores) and _former(sent.text, c):
                scores = _as_former(scores)
            if group_of and "formerEmployer" in scores and c.subj.source == "group":
                if (c.sentence, c.subj.start, c.subj.key, c.obj.key) in group_of:
                    scores = _as_former(scores)  # "deux anciennes ingénieures de X", founders of another company
                    scores["formerEmployer"] = max(scores["formerEmployer"], FRAME_SCORE)
                else:                            # "two former X engineers started Y": Y is not a past job
                    del scores["formerEmployer"]
            framed = adjust(scores, sent, c, c.sentence in rounds, c.sentence in rivals)
            if "founder" in scores and pronoun_founder(sent, c):
                scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "elle cofonde Zentri avec B"
                anchored.add((c.sentence, "founder", c.subj.start))
            if "ceo" in scores and helm_taker(sent, c):
                scores["ceo"] = max(scores["ceo"], FRAME_SCORE)             # "Elle assume la direction générale"
            elif "ceo" in scores and pronoun_chief(sent, c):
                scores["ceo"] = max(scores["ceo"], FRAME_SCORE)             # "la start-up qu'il pilote, Zentri"
                anchored.add((c.sentence, "ceo", c.subj.start))
            if "quotes" in scores and goes_on_speaking(sent, sents[c.sentence - 1] if c.sentence else None, c):
                scores["quotes"] = max(scores["quotes"], FRAME_SCORE)   # "A défend le choix. « … »"
            if c.obj.kind == "topic" and "investedIn" in scores and c.sentence in rounds \
                    and round_investor(sent, c):
                anchored.add((c.sentence, "investedIn", c.subj.start))  # "A, which backed B, also joined"
            for rel, p in scores.items():
                if p < models.min_score:
                    continue
                if rel == "quotes" and c.obj.group == "Org":
                    continue                # a company "did not wish to comment": the article quotes people
                if rel == "quotes":         # the article quotes X whatever X's words deny or ask
                    bare = _unquoted(sent)
                    status, p_assert = fact_status(models.status, status_features(bare, c.subj, c.obj), rel, bare,
                                                   c.subj, c.obj)
                    if bare is not sent and status not in ASSERTING and _beside_quotation(sent.text, c.obj):
                        status, p_assert = "asserted", 1.0  # a quotation is in the sentence: "« … », admet A,
                        #                                     qui quitte la société" still quotes A
                    out.append((c, rel, p, status, p_assert))
                    continue
                if sfeats is None:
                    said = _outside_quotes(sent, c)     # "« We shouldn't wait », CEO A said": A is still the CEO
                    said = _relative_only(said, c)      # "A, qui a racheté B, n'a pas commenté": A bought B
                    sfeats = status_features(said, c.subj, c.obj)
                status, p_assert = fact_status(models.status, sfeats, rel, said, c.subj, c.obj, rel in framed)
                if rel == "founder" and status not in ASSERTING and cofounder_opening(sent, c):
                    status, p_assert = "asserted", 1.0      # "Son cofondateur, A, ne vend aucun titre"
                elif rel == "founder" and status in ASSERTING and c.obj.explicit \
                        and _NOT_A_FOUNDER.match(sent.text, c.obj.end):
                    status, p_assert = "negated", 0.0       # "Le directeur général, A, n'est pas un fondateur"
                elif rel in UNSURE_DEALS and status in ASSERTING and REPORT_DENIED.search(sent.text):
                    status, p_assert = "negated", 0.0       # "Reports of a round at a €90 million valuation
                    #                                         are \"unfounded\", A said"
                elif rel in _DEAL_FIGURES and status in ASSERTING and (
                        c.sentence + 1 < len(sents) and (
                            _NOT_CONFIRMED.match(sents[c.sentence + 1].text)
                            or rel == "valuation" and _VALUE_NOT_CONFIRMED.match(sents[c.sentence + 1].text))
                        or rel == "valuation"
                        and _VALUE_NOT_CONFIRMED_HERE.search(sent.text, c.obj.end if c.obj.explicit else 0)):
                    status, p_assert = "hypothetical", 0.0  # "… put its worth at $300 million. Kerlomag could
                    #                                         not independently confirm the figure."
                elif rel in _DEAL_FIGURES and status in ASSERTING and c.sentence + 1 < len(sents) \
                        and _CLAIMED.search(sent.text) and _FIGURE_DENIED.search(sents[c.sentence + 1].text):
                    status, p_assert = "negated", 0.0       # "A blog claimed … $70 million. X called that number
                    #                                         inaccurate"
                out.append((c, rel, p, status, p_assert))
        out = _with_conversions(out, sents)
        items = [(x, x[0].subj, x[0].obj, x[1], x[2], x[0].sentence) for x in out]
        shared = share_lists(items, {i: s.text for i, s in enumerate(sents)})
        out = [(c, rel, q, status, pa) for (c, rel, _, status, pa), q in zip(out, shared, strict=True)]
        out = self._funding_sources(out, sents)
        kept = decode([(x, x[0].subj, x[0].obj, x[1], x[2], x[0].sentence) for x in out], anchored)
        return [x[0] for x in kept]

    def _funding_sources(self, out: list[tuple], sents: list) -> list[tuple]:
        """The names listed after a round's amount as who gave it ("a levé 5 M€ auprès de A, de B et du
        réseau C") invested in the amount's owner (the likeliest one, when it is likely enough) and in
        no one else the sentence names, except perhaps the name it opens with."""
        best: dict[tuple[int, int], tuple[float, str, str]] = {}
        for c, rel, q, _, _ in out:
            if c.obj.kind == "amount":
                k = (c.sentence, c.obj.start)
                if k not in best or q > best[k][0]:
                    best[k] = (q, rel, c.subj.key)
        owners = {k: subj for k, (q, rel, subj) in best.items()
                  if rel == "fundsRaised" and q >= self.models.threshold(rel)}
        funded = {i for i, _ in owners}
        raisers = {(i, subj) for (i, at), subj in owners.items()
                   if any(a.key == subj and a.explicit and _RAISED_BY.fullmatch(sents[i].text, a.end, at)
                          for a in sents[i].args)}
        kept = []
        for c, rel, q, status, pa in out:
            if rel == "investedIn" and (c.sentence, c.subj.key) in raisers and c.subj.explicit:
                continue        # "A's round was led by X; B raised $80 million from Y": B took money, gave none
            if rel == "investedIn" and c.sentence in funded:
                amount = funding_source(sents[c.sentence], c.subj)
                owner = owners.get((c.sentence, amount.start)) if amount is not None else None
                sent = sents[c.sentence]
                if owner is not None and amount is not None and owner != c.obj.key \
                        and not (c.obj.explicit and c.subj.start in portfolio(sent).get(c.obj.start, ())) \
                        and not (c.obj.explicit and c.obj.start <= 3 and not _named_before(sent, owner, amount)
                                 and ";" not in sent.text[c.obj.end:amount.start]):
                    continue        # (the name the sentence opens with may be the owner the model missed,
                                    # unless the owner is named before the amount, "…, which raised", or in
                                    # another clause, "A's round was led by X; B raised $80 million from Y")
                if owner is not None:
                    q = max(q, FRAME_SCORE)
            kept.append((c, rel, q, status, pa))
        return kept

    def _facts(self, scored, sents, text_sents, money) -> Iterable[Fact]:
        models = self.models
        kept = _one_maker([x for x in scored if x[2] >= models.threshold(x[1])])
        # one confidence per fact: the calibrated probability of its most confident statement
        top: dict[tuple, float] = {}
        for c, rel, p, _, _ in kept:
            k = _fact_key(c, rel)
            top[k] = max(top.get(k, 0.0), p)
        seen = set()
        for c, rel, _p, status, _ in kept:
            s = text_sents[c.sentence]
            subject = ARTICLE_KEY if c.subj.kind == "article" else c.subj.key
            obj: str | Amount
            round_type = basis = None
            if c.obj.kind == "amount":
                m = next((m for m in money if m.start == s.start + c.obj.start), None)
                if m is None:
                    continue
                obj = m.amount
                if rel == "fundsRaised":
                    rnd = _ROUND.search(s.text)
                    if rnd:
                        round_type = f"Series {rnd.group(1).upper()}" if rnd.group(1) else rnd.group(2).lower()
                        round_type = {"amorçage": "seed", "pré-amorçage": "pre-seed"}.get(round_type, round_type)
                elif rel == "valuation":
                    b = _BASIS.search(s.text)
                    basis = f"{b.group(1).lower()}-money" if b else None
            else:
                obj = c.obj.key
            if rel in ("competitor", "partner") and isinstance(obj, str) and obj < subject:
                subject, obj = obj, subject       # one statement per pair, whichever way the text puts it
            key = (subject, rel, obj.key if isinstance(obj, Amount) else obj, s.start, status)
            if key in seen:
                continue
            seen.add(key)
            conf = round(min(0.99, max(0.01, models.calibration(top[_fact_key(c, rel)]))), 2)
            if conf < models.min_confidence:
                continue        # more likely wrong than right: not stated
            yield Fact(subject=subject, relation=rel, object=obj, start=s.start, end=s.end, status=status,
                       confidence=conf, extractor=f"relations/{rel}", round_type=round_type, valuation_basis=basis)


#: How sure the likeliest maker of a product must be to rule out the makers other sentences give it.
_SURE_MAKER = 0.8


def _one_maker(kept: list[tuple]) -> list[tuple]:
    """A product has one maker across the article: when a sentence names it surely (at least
    :data:`_SURE_MAKER`), the less likely makers later sentences give it go ("Zentri released Lumo" …
    "Kerlo will offer Lumo to its customers"). Makers of one sentence (a list, "built by A and B") stay, and
    so do those named before the sure one (the surer sentence may be the one that errs)."""
    best: dict[str, tuple[float, int]] = {}
    for c, rel, p, status, _ in kept:
        if rel == "developer" and status in ASSERTING and p > best.get(c.subj.key, (0.0, -1))[0]:
            best[c.subj.key] = (p, c.sentence)
    return [x for x in kept if not (
        x[1] == "developer" and (top := best.get(x[0].subj.key)) is not None and top[0] >= _SURE_MAKER
        and x[2] < top[0] and x[0].sentence > top[1])]


#: What may stand between two items of a coordinated list of names ("A, B and C", "A et B", "A ou B", "de A,
#: de B et de C").
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|et|or|ou|&|as well as|ainsi que|along with|plus|puis|then|and then|"
                       r"et puis)\s+)?"
                       r"(?:(?:de|du|des|from|with|avec|by|par)\s+|d[’']\s*)?\s*|\s*[,;/]\s*")
#: Relations whose list items share their role ("investors include A, B and C").
_LIST_RELATIONS = frozenset({"investedIn", "founder", "competitor", "partner", "formerEmployer", "employer",
                             "acquired", "developer", "workedOn", "hiredFrom", "quotes"})


def share_lists(items: list[tuple], texts: dict) -> list[float]:
    """The probability of each of ``items`` (as in :func:`decode`) after coordinated names share their
    role: a name of a list of names of one kind ("led by A, B and C") moves halfway towards the most
    likely item of its list for the same relation and the same other end. ``texts`` maps a sentence
    key to its text (offsets of the items' ends are in it)."""
    lists: dict[tuple, int] = {}
    by_sent: dict = {}
    for it in items:
        for a in (it[1], it[2]):
            if a.kind == "entity" and a.start >= 0:
                by_sent.setdefault(it[5], {})[(a.start, a.end)] = a.group
    for sent, spans in by_sent.items():
        text = texts.get(sent, "")
        order = sorted(spans)
        head = 0
        for i, (a, b) in enumerate(order):
            if i and order[i - 1][1] <= a and spans[order[i - 1]] == spans[(a, b)] \
                    and _LIST_GAP.fullmatch(text, order[i - 1][1], a):
                lists[(sent, a)] = head
            else:
                head = a
                lists[(sent, a)] = a
    members = Counter((sent, head) for (sent, _), head in lists.items())   # names in each list
    best: dict[tuple, float] = {}
    keys: list[tuple | None] = []
    for it in items:
        _, subj, obj, rel, p, sent = it[:6]
        key = None
        if rel in _LIST_RELATIONS:
            for end, other, side in ((subj, obj, "s"), (obj, subj, "o")):
                if end.kind == "entity" and end.start >= 0:
                    lid = lists.get((sent, end.start))
                    if lid is not None and members.get((sent, lid), 0) > 1:
                        key = (sent, rel, side, lid, other.kind, other.key, other.start)
                        break
        keys.append(key)
        if key is not None:
            best[key] = max(best.get(key, 0.0), p)
    return [it[4] if k is None else max(it[4], (it[4] + best[k]) / 2) for it, k in zip(items, keys, strict=True)]


#: For these relations an end takes at most one partner per sentence: "s" one object per subject,
#: "o" one subject per object.
_ONE_TO_ONE = {"ceo": ("s", "o"), "developer": ("s",), "headquarters": ("s",), "country": ("s",),
               "employer": ("s",), "founder": ("o",), "acquired": ("o",)}
#: Relations that hold one way only: a sentence gives a pair one direction, its likelier one.
_ONE_WAY = frozenset({"acquired", "investedIn"})


#: Relations a sentence cannot give the same pair together: each maps to the other.
_EXCLUSIVE = {"employer": "formerEmployer", "formerEmployer": "employer"}

#: "until now", "jusqu'ici": the role that follows is the one the person leaves.
_UNTIL_NOW = r"(?:jusqu[’']ici|jusqu[’']alors|jusque-là|jusqu[’']à\s+présent|until\s+now|until\s+recently|until\s+then)"
#: A role marked as past right before the organisation that names it: "the former CEO of Lumora",
#: "ex-ingénieure chez Veltis", "ancienne directrice de Zentra", "a former Orvane engineer", "l'ex-Orvane",
#: "earlier ran sales at Lumora", "previously led a group at Lumora", "used to work at Lumora", "who ran data
#: science at payments company Lumora", "met her while both were engineers at Lumora".
_FORMER_BEFORE_ORG = re.compile(
    rf"(?i)(?<![\w-]){PAST_WORDS}(?:-|\s+)(?:[\w’'-]+\s+){{0,3}}?(?:of|at|chez|de|du|des|with|for|d[’'])\s*"
    rf"(?:(?:la|le|l[’']|les|the)\s*(?-i:[a-zà-ÿ-]+)\s+)?$"
    rf"|(?<![\w-]){_UNTIL_NOW},?\s+(?:[\w’'-]+\s+){{0,6}}?(?:of|at|chez|de|du|des|with|for|d[’'])\s*"
    rf"(?:(?:la|le|l[’']|les|the)\s*(?:(?-i:[a-zà-ÿ-]+)\s+){{1,2}})?$"
    rf"|(?<![\w-])(?:former|ex)(?:-|\s+)$"
    rf"|(?<![\w-])(?:earlier|once|previously|formerly)\s+(?:headed|led|ran|managed|oversaw|worked|served|spent|taught)"
    rf"\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:at|with|for)\s+(?:the\s+)?$"
    rf"|(?<![\w-])used\s+to\s+(?:work|be)\s+(?:[\w’'-]+\s+){{0,3}}?(?:at|with|for)\s+(?:the\s+)?$"
    rf"|(?<![\w-])who\s+(?:ran|led|headed|managed|oversaw|worked|served|spent\s+(?:[\w-]+\s+){{1,2}}?years)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:at|with|for)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){{0,2}}$"
    rf"|(?<![\w-])(?:when|while|lorsque|quand|alors\s+qu[e’'])\s+(?:[\w’'-]+\s+){{0,3}}?(?:were|was|worked|"
    rf"étaient|était|travaillaient|travaillait)\s+(?:[\w’'-]+\s+){{0,3}}?(?:at|with|for|chez|à|au)\s+(?:the\s+)?$")


def _former(text: str, c: Candidate) -> bool:
    """Is the candidate's person named before its organisation with a past role in between?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or not (person.explicit and org.explicit) or person.end > org.start:
        return False
    return _FORMER_BEFORE_ORG.search(text, person.end, org.start) is not None


def _as_former(scores: dict[str, float]) -> dict[str, float]:
    """A past role is no current employment nor chief executive: ``employer`` becomes ``formerEmployer``
    (the likelier of the two), ``ceo`` goes."""
    out = {r: p for r, p in scores.items() if r not in ("employer", "ceo")}
    if "employer" in scores:
        out["formerEmployer"] = max(scores["employer"], scores.get("formerEmployer", 0.0))
    return out


#: From a sum to its conversion in brackets: "Rs 12 crore (about $1.4 million)", "5 millions de dirhams (soit".
_CONVERSION = re.compile(r"\s*\(\s*(?:about|around|roughly|approximately|approx\.|some|nearly|almost|or|environ|soit|"
                         r"près\s+de|quelque|~|≈)?\s*")


def _with_conversions(out: list[tuple], sents: list) -> list[tuple]:
    """A sum followed by its conversion in brackets ("Rs 12 crore (about $1.4 million) seed round") is the same
    sum: for a round or a valuation it takes the conversion's probability, for the same subject, when higher."""
    best: dict[tuple, float] = {}
    for c, rel, p, _, _ in out:
        if c.obj.kind == "amount" and c.obj.explicit:
            k = (c.sentence, c.obj.start, c.subj.key, rel)
            best[k] = max(best.get(k, 0.0), p)
    res = []
    for c, rel, p, status, pa in out:
        if rel in ("fundsRaised", "valuation") and c.obj.kind == "amount" and c.obj.explicit \
                and (m := _CONVERSION.match(sents[c.sentence].text, c.obj.end)) is not None:
            p = max(p, best.get((c.sentence, m.end(), c.subj.key, rel), 0.0))
        res.append((c, rel, p, status, pa))
    return res


def decode(items: list[tuple], anchored: set[tuple] | frozenset[tuple] = frozenset()) -> list[tuple]:
    """Joint decisions over a sentence's candidates. ``items`` are (payload, subject, object,
    relation, probability, sentence key); returns the items kept, in a stable order.

    - A sum of money or a year belongs to one owner, under one relation: its most likely one.
    - For the relations of :data:`_ONE_TO_ONE`, an end keeps only its most likely partner in a sentence
      ("A's CEO X, B's CEO Y": X is not B's CEO; "A a bouclé le rachat de C": C has one buyer).
    - A relation of :data:`_ONE_WAY` takes a pair one way only: "A a acquis B" is not also "B acquired A".
    - The passage's topic, when the sentence does not name it, is kept as an end of a relation only
      if it is more likely than every end the sentence names for the same other end and relation
      ("Zeno raised $25 million from A, B and C": A invested in Zeno, not in the story's topic), unless
      ``anchored`` holds (sentence key, relation, start of the named end): a frame ties that end to the
      topic ("A, which has also backed B and C, participated": A invested in the topic, and in B and C).
    """
    best_value: dict[tuple, tuple] = {}
    best_named: dict[tuple, float] = {}
    best_implicit: dict[tuple, tuple] = {}
    for it in items:
        _, subj, obj, rel, p, sent = it
        if subj.kind == "topic" or obj.kind == "topic":
            continue
        for anchor, other in ((subj, obj), (obj, subj)):
            if anchor.kind == "entity" and other.kind == "entity":
                k = (sent, rel, anchor.key, anchor is subj)
                best_named[k] = max(best_named.get(k, 0.0), p)
    # relations that pair one end with one other end per sentence: a person is chief executive of one
    # organisation, an organisation has one chief executive, a product one developer, an
    # organisation one head office and one country
    # (most likely first: "A's CEO X, B's founder and CEO Y" — when X takes A, Y is still B's to take)
    best_one: dict[tuple, float] = {}
    lost: set[int] = set()
    for n, it in sorted(enumerate(items), key=lambda x: -x[1][4]):
        _, subj, obj, rel, p, sent = it
        ends = [(sent, rel, side, e.kind, e.start, e.key)
                for side in _ONE_TO_ONE.get(rel, ()) for e in ((subj if side == "s" else obj),)]
        if any(p < best_one.get(one, 0.0) for one in ends):
            lost.add(n)
            continue
        for one in ends:
            best_one[one] = max(best_one.get(one, 0.0), p)
    # a sentence says a person works at an organisation now or did before, not both: the likelier wins
    tense: dict[tuple, float] = {}
    for it in items:
        _, subj, obj, rel, p, sent = it
        if rel in _EXCLUSIVE:
            pair = (sent, _EXCLUSIVE[rel], subj.kind, subj.start, subj.key, obj.kind, obj.start, obj.key)
            tense[pair] = max(tense.get(pair, 0.0), p)
    # "A a acquis B": A acquired B or B acquired A, not both
    way: dict[tuple, float] = {}
    for it in items:
        _, subj, obj, rel, p, sent = it
        if rel in _ONE_WAY:
            way[(sent, rel, subj.key, obj.key)] = max(way.get((sent, rel, subj.key, obj.key), 0.0), p)
    out = []
    for n, it in enumerate(items):
        _, subj, obj, rel, p, sent = it
        if rel in _ONE_WAY and p < way.get((sent, rel, obj.key, subj.key), 0.0):
            continue
        if rel in _EXCLUSIVE and p < tense.get((sent, rel, subj.kind, subj.start, subj.key, obj.kind, obj.start,
                                                  obj.key), 0.0):
            continue
        if n in lost:
            continue
        if obj.kind in ("amount", "year"):
            value = (sent, obj.kind, obj.start)
            if value not in best_value or p > best_value[value][4]:
                best_value[value] = it
            continue
        if subj.kind == "topic" and p <= best_named.get((sent, rel, obj.key, False), 0.0):
            continue
        if obj.kind == "topic" and p <= best_named.get((sent, rel, subj.key, True), 0.0) \
                and (sent, rel, subj.start) not in anchored:
            continue
        if subj.kind == "topic" or obj.kind == "topic":
            anchor = obj if subj.kind == "topic" else subj
            imp = (sent, rel, anchor.kind, anchor.start, anchor.key, subj.kind == "topic")
            if imp not in best_implicit or p > best_implicit[imp][4]:
                best_implicit[imp] = it
            continue
        out.append(it)
    implicit = sorted(best_implicit.values(), key=lambda it: (str(it[5]), it[3], it[1].key, str(it[2].key)))
    return out + implicit + sorted(best_value.values(), key=lambda it: (str(it[5]), it[2].start))


def _alone(sent: Sentence, c: Candidate) -> Sentence:
    """The sentence as a group's member sees it: without the group's other members (each member of
    "deux anciennes ingénieures de X" is read as if the words named only them)."""
    if "group" not in (c.subj.source, c.obj.source):
        return sent
    return replace(sent, args=[a for a in sent.args if a.source != "group" or a is c.subj or a is c.obj])


def _fact_key(c: Candidate, rel: str) -> tuple:
    s = ARTICLE_KEY if c.subj.kind == "article" else c.subj.key
    o = c.obj.key
    if rel in ("competitor", "partner") and o < s:
        s, o = o, s
    return (s, rel, o)


def _demonyms(doc: Document, names: list[Name]) -> tuple[list[Name], set[str]]:
    """Places named by their demonym ("the French startup", "la pépite lyonnaise"), from the
    knowledge base's demonyms; returns the mentions and the knowledge-base ids they name."""
    kb = doc.kb
    if kb is None or not kb.demonyms:
        return [], set()
    taken = [(a, b) for a, b, _, _ in names]
    # a currency's adjective is no place: "6 millions de dollars canadiens"
    taken += [(m.start, m.end) for v in doc.views for m in v.money if m.explicit]
    out: list[Name] = []
    for w in _WORD.finditer(doc.article.text):
        word, start = w.group(), w.start()
        if elided := _ELIDED.match(word):   # "l'américain Pindrop"
            word, start = word[elided.end():], start + elided.end()
        if len(word) <= 3 and not word.isupper() or doc.article.text[w.end():w.end() + 1] == "$":
            continue                        # "joining us again" is not the US, nor "US$42 million"
        kb_id = kb.demonyms.get(fold(word))
        if kb_id is None or any(a < w.end() and start < b for a, b in taken):
            continue
        entry = kb.get(kb_id)
        if entry is None:
            continue
        out.append((start, w.end(), kb_id, entry.type))
    return out, {key for _, _, key, _ in out}
