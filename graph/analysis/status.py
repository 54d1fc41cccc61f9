"""Assertion status: does the text assert a fact, report it, ask it, deny it or plan it?

The status is decided from cues in the sentence around the words that carry the fact
(the "span"): question form, negation, plans and futures, conditionals, and reporting
verbs. A rule marks its facts as ``predicate`` (what the clause says: questioned in a yes/no
question) or ``modifier`` (an apposition or attribute, presupposed even in a question).
"""
from __future__ import annotations

import re

from ..model import Status

_WH = re.compile(r"^\W*(?:mais\s+|and\s+|but\s+|alors\s+|et\s+)?(?:comment|pourquoi|how|why|what\s+made|quels?|"
                 r"quelles?|qu[’']est-ce\s+qui)\b", re.I)
_WH_ANY = re.compile(r"\b(?:comment|pourquoi|how|why)\b", re.I)
_NEG = re.compile(
    r"\b(?:n[’']|ne\s)[^.;:!?]{0,60}?\b(?:pas|jamais|plus|aucun|aucune|guère|point|nullement|ni|rien)\b|"
    r"\b(?:not|never|no\s+longer|neither|nor)\b|(?<=\w)n[’']t\b|\bsans\s+(?:avoir|être)\b|\bdenied\b|\bdément\b|\bdémenti\b|"
    r"\b(?:holds?|held|has|have|had|owns?|took|takes?)\s+no\b|\bno\s+(?:stake|equity|shares?|position)\b",
    re.I)
_PLAN = re.compile(
    r"\b(?:prévoit|prévoient|prévoyait|comptent|compte\s+(?:bien\s+|aussi\s+|désormais\s+)?\w{2,}(?:er|ir)|envisage|envisagent|projette|projettent|s[’']apprête|"
    r"souhaite|souhaitent|veut|veulent|entend|entendent|ambitionne|va\s+\w+(?:er|ir|re)|vont|devrait|devraient|"
    r"devait|devaient|était\s+censée?|étaient\s+censée?s|(?:was|were)\s+(?:supposed|due|scheduled|slated)\s+to|"
    r"plans?\s+to|planning\s+to|planned|intends?\s+to|aims?\s+to|is\s+set\s+to|are\s+set\s+to|will|"
    r"is\s+going\s+to|are\s+going\s+to|expects?\s+to|expected\s+to|committ(?:ed|ing)\s+to|"
    r"would\s+like\s+to|seeks?\s+to|in\s+talks\s+to|preparing\s+to|prepares\s+to|en\s+discussion|en\s+négociation|negotiating|"
    r"(?:is|are)\s+(?:now\s+|currently\s+)?raising|en\s+train\s+de\s+lever|cherchent?\s+à\s+lever|"
    r"considering|weighing|weighs|mulling|mulls|exploring|explores|envisagée?s?|envisageait|"
    r"étudie\s+(?:la\s+possibilité|l[’']idée)|"
    r"intention\s+de|objectif\s+(?:affiché\s+)?(?:est\s+)?de|"
    r"\w{2,}(?:era|eront|iront)|sera|seront|aura|auront|fera|feront|pourra|pourront|devra|devront|lèvera|lèveront)\b",
    re.I)
# a deal only thought about, said a little earlier in the clause: "X is weighing another round of $N"
_CONSIDER = re.compile(r"\b(?:considering|weighing|mulling|exploring|envisage|envisagent|envisageait|"
                       r"étudie\s+la\s+possibilité)\b", re.I)
# a deal still being weighed, said right after its words: "Une levée de 5 millions est à l'étude", "a Series
# B is under consideration", "une levée est en préparation"
STUDIED_AFTER = re.compile(r"(?i)[^,;:.]{0,25}?\s(?:est|sont|serait|seraient|is|are|was|were)\s+"
                            r"(?:(?:aussi|également|encore|déjà|now|also|still|already)\s+)?"
                            r"(?:à\s+l[’']étude|en\s+préparation|en\s+discussion|en\s+gestation|"
                            r"under\s+(?:consideration|discussion|study)|being\s+(?:considered|discussed|studied)|"
                            r"in\s+the\s+works)\b")
# a deal given up: "une levée…, a été abandonnée", "a renoncé à", "the round was called off"
_ABANDON = re.compile(r"\b(?:abandonnée?s?|abandonné|abandoned|a\s+renoncé|ont\s+renoncé|renonce|annulée?s?|"
                      r"called\s+off|"
                      r"scrapped|shelved|fell\s+through|collapsed|gave\s+up|given\s+up|dropped\s+(?:the|its|"
                      r"their)\s+plans?)\b", re.I)
# a report the sentence then calls wrong: "Reports that X would invest … were inaccurate", "l'information
# selon laquelle … est infondée"
_REPORT_NOUN = re.compile(r"\b(?:reports?|rumou?rs?|speculation|rumeurs?|informations?|bruits?)\b", re.I)
_DENIED_REPORT = re.compile(r"\b(?:was|were|is|are|est|était|sont|étaient)\s+(?:\W\s*)?(?:inaccurate|speculation|"
                            r"speculative|false|wrong|untrue|unfounded|baseless|incorrect|infondée?s?|fausses?|"
                            r"inexactes?|erronée?s?|not\s+(?:accurate|true|correct)|pas\s+(?:exactes?|fondée?s?|"
                            r"vraies?))\b", re.I)
_HYPO = re.compile(r"\b(?:pourrait|pourraient|serait|seraient|aurait|auraient|could|would|might|(?-i:may)|si|if|unless|"
                   r"éventuellement|potentially|possibly|rumou?red|rumeur)\b", re.I)
_REPORT = re.compile(r"\b(?:selon|d[’']après|according\s+to|affirme|affirment|déclare|déclarent|explique|"
                     r"estime|assure|indique|rapporte|reports?|reported|reportedly|said|says|told|claims?|"
                     r"a\s+(?:affirmé|déclaré|expliqué|indiqué|confirmé)|confirmed)\b", re.I)


_COND = re.compile(r"\b\w{2,}(?:rait|raient)\b", re.I)
_NOT_COND = {"portrait", "retrait", "extrait", "attrait", "abstrait", "distrait", "trait", "soustrait", "portraits"}


def _conditional(text: str):
    """A French conditional ("serait", "valoriserait"): a possibility, not a fact."""
    for m in _COND.finditer(text):
        if m.group().lower() not in _NOT_COND:
            return m
    return None


def status_for(sentence: str, span: tuple[int, int], kind: str = "predicate",
               headline: bool = False) -> tuple[Status, str]:
    """The status of a fact carried by ``sentence[span[0]:span[1]]``, and the cue that decided it.

    >>> status_for("Comment X a-t-elle levé 2 milliards ?", (8, 35))[0]
    <Status.presupposed: 'presupposed'>
    >>> status_for("X n'a pas levé 2 milliards.", (0, 26))[0]
    <Status.negated: 'negated'>
    """
    a, b = span
    region = sentence[a:b]
    # a relative clause closing the span describes its last name, not the fact: "a partnership with
    # Oracle, which will host…" is no plan
    region = re.sub(r",\s*(?:which|who|whose|qui|dont)\b[^,;]*$", "", region)
    before = sentence[max(0, a - 40):a]
    question = sentence.rstrip(" \"'”»)").endswith("?")
    if kind == "modifier":
        if _NEG.search(region) and kind != "modifier":
            return Status.negated, "negation"
        return (Status.presupposed, "modifier in a question") if question else (Status.asserted, "")
    clause_before = re.split(r"[,;:]", before[-30:])[-1]     # the same clause, just before the words
    neg = _NEG.search(region) or _NEG.search(clause_before + region[:40])
    if neg:
        return Status.negated, neg.group()
    after = re.split(r"[;:]|\.\s", sentence[b:b + 60])[0]
    aborted = _ABANDON.search(before[-40:] + " " + region + " " + after)
    if aborted:
        return Status.negated, aborted.group()
    if _REPORT_NOUN.search(sentence, 0, a) and (denied := _DENIED_REPORT.search(after)):
        return Status.negated, denied.group()   # "Reports that X would invest were inaccurate"
    if question:
        if _WH.search(sentence) or _WH_ANY.search(sentence[:max(0, a)] + region[:20]):
            return Status.presupposed, "how/why question"
        return Status.questioned, "yes/no question"
    plan = _PLAN.search(before[-25:] + " " + region) \
        or _CONSIDER.search(re.split(r"[;:]|,\s", sentence[max(0, a - 60):a])[-1])
    if plan:
        return Status.planned, plan.group()
    if (later := STUDIED_AFTER.match(sentence, b)) is not None:
        return Status.planned, later.group().strip()
    if headline and re.search(r"\bto\s+(?:invest|acquire|buy|raise|launch|partner|scale|adopt)\b", region, re.I):
        return Status.planned, "headline infinitive"
    hypo = _HYPO.search(before[-30:] + " " + region) or _conditional(before[-30:] + " " + region)
    if hypo:
        return Status.hypothetical, hypo.group()
    rep = _REPORT.search(sentence)
    if rep:
        return Status.reported, rep.group()
    return Status.asserted, ""
