"""Frames the relation model meets too rarely in the annotations to learn, and that are sharp as rules,
and the sentence rules that settle a candidate the model reads wrong (:func:`adjust` applies them all).

- **A source line**: a line that is only "Source : Lumora", "Sources: Lumora, Orvane" or "Via Lumora"
  credits the outlets it names as the article's sources.
- **A country and its champions**: "la France et ses Zentra, Veltis ou Orvane", "China and its Lumora
  and Orvane", "les États-Unis avec leurs géants Zentra et Veltis" names the organisations or products
  as the country's own: ``country`` holds. When the sentence also sets something against them ("ne pas
  laisser le marché être dominé par…", "the race with…"), the organisation the sentence is about
  is their competitor: an alternative question ("Mise-t-elle sur X, ou sur la peur de voir la Chine et
  ses A, B ou C dominer… ?") asks which reason holds, not whether the rivalry it describes does.
- **A nationality in apposition**: "Zentra : une réussite française dans…", "Lumora, a British success
  story": a demonym inside the noun phrase that describes the name right before it gives its ``country``.
- **Sentence rules**: "X-based" belongs to the name right after it; a chief executive who leaves the
  job is not its ``ceo``; an apposition role ("X, the chief executive,") settles ``ceo``; a role's
  complement in an apposition ("A, cofondateur de B") and another name's backer ("Y, backed by X") are
  no investors.

Each frame lifts the candidate's score to :data:`FRAME_SCORE`; the model decides when it is surer, and
the status model still says whether the sentence asserts, asks or denies the fact.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from ..analysis.lexicon import alternation, lexicon, type_noun_classes
from ..analysis.mentions import NEWSROOM, PUBLISHER_LINES
from ..analysis.pronouns import person_pronoun
from ..analysis.text import COPYRIGHT_LINE
from ..analysis.types import INVESTOR_TYPES, PRODUCT_TYPES
from .candidates import Candidate
from .context import (
    BASED_WORD,
    COFOUNDER_WORD,
    HEADLINE_SOLD,
    HEADS,
    PLATFORM_BEFORE,
    PRONOUN_FOUNDS,
    RAISED_AFTER,
    REPORTED_BY,
    YEAR_OPENING,
    country_of,
    fronted_opener,
    pair_career_end,
    unquoted,
)
from .features import Arg, Sentence, held_possessive, name_end
from .rivalry import _OPPOSITION, FRAME_SCORE, in_rival_clause, opposed, rivalry

_SOURCE_LINE = re.compile(r"(?i)\s*(?:sources?|via|d['’]après|source originale|original source|read more at)"
                          r"\s*:?\s*")
_LIST_GAP = re.compile(r"\s*(?:,|;|/|\bet\b|\band\b|\bou\b|\bor\b|&)\s*(?:(?:et|and|ou|or)\s+)?")
_CHAMPION_LEAD = re.compile(
    r"\s+(?:et|and|avec|with)\s+(?:ses|leurs|its|their|her)\s+(?:propres\s+|own\s+)?(?:[\w’'-]+\s+){0,2}?", re.I)
_CHAMPION_GROUPS = {"Org", "Product"}
#: Besides the opposition words of :mod:`.rivalry`: what sets the country's champions against someone.
_CHAMPION_CUES = _OPPOSITION | {"urgence", "urgency", "menace", "menacer", "threat", "threaten", "domination",
                                "dominer", "dominance", "dominate", "contrer", "counter", "rattraper", "catch",
                                "alternative", "rival", "rivals", "rivaux", "concurrents", "competitors"}
_CHAMPION_PHRASES = ("ne pas laisser", "not let", "not to let", "ne pas céder", "keep up with")
_WORD = re.compile(r"[\w’'-]+")
_NOT_NOUN = {"with", "avec", "in", "en", "de", "du", "des", "d'", "of", "to", "à", "au", "aux", "pour", "for",
             "from", "la", "le", "les", "l'", "the", "et", "and", "vs", "contre", "against", "sur", "on", "by",
             "par", "into", "dans", "between", "entre"}
_APPOSITION = re.compile(r"\s*[:,–—]\s*(?:un|une|a|an)\s+(?:[\w’'-]+\s+){0,2}", re.I)


def apposition_country(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is ``obj`` (a country named by its demonym) inside the description in apposition to ``subj``?"""
    if not (subj.explicit and obj.explicit) or subj.group != "Org" or obj.type != "Country":
        return False
    m = _APPOSITION.fullmatch(sent.text, subj.end, obj.start)
    # an adjective of the noun, not the object of a preposition ("a deal with China")
    return m is not None and not any(w.group().lower() in _NOT_NOUN for w in _WORD.finditer(m.group()))


#: A masthead's separators: "Lumora Média · Économie · Publié le…", "Zentri News | Startups".
_MASTHEAD_SEP = re.compile(r"\s+[·|•›»>/]\s+")
#: What follows a masthead's outlet on the first line but a separator: a dash before a rubric of sections
#: ("Zentri Mag — Entreprises | Tech"), its publisher ("Zentri News by The Kerlo Shimbun").
_MASTHEAD_TAIL = re.compile(r"\s+(?:—\s+[^\n]*\S\s+[·|•›»>/]\s+\S"
                            r"|by\s+(?:The\s+)?[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}\s*$)")
#: A line that credits the outlet that published the article: "© Zentri Médias 2026", "Copyright Zentri
#: Médias – Tous droits réservés", "Article paru dans Zentri Hebdo n°12", "Originally published in …".
_CREDIT_LINE = re.compile(r"(?i)\s*(?:(?:copyright\s*(?:©|\(c\))|©|\(c\)|copyright)\s*(?:[0-9]{4}\s*[-–]?\s*)?"
                          r"(?:[0-9]{4}\s+)?|"
                          r"(?:(?:cet\s+)?article\s+)?(?:paru|publié|initialement\s+publié|originally\s+published|"
                          r"first\s+published|(?:this\s+)?(?:article|story)\s+(?:first\s+)?appeared)\s+(?:dans|in|on)\s+)")


def masthead(sent: Sentence, obj: Arg) -> bool:
    """Is the sentence one of the article's first lines, a masthead whose first segment is the media
    outlet ``obj`` ("Lumora Média · Économie · Analyse", "Zentri Hebdo › Tech"; on the very first line any
    organisation)?"""
    if sent.index > 3 or obj.group != "Org" or obj.start != 0:
        return False
    m = _MASTHEAD_SEP.search(sent.text)
    # the first segment of the first line's rubric: a known outlet, or any organisation that opens the
    # article's first line ("Zentri Hebdo › Innovation › Financements"); an outlet before a dash and its rubric
    # ("Zentri Mag — Entreprises | Tech") or its publisher ("Zentri News by The Kerlo Shimbun")
    if obj.type == "MediaOutlet" and sent.index == 0 and _MASTHEAD_TAIL.match(sent.text, obj.end):
        return True
    return m is not None and m.start() == obj.end and (obj.type == "MediaOutlet" or sent.index == 0)


@lru_cache(maxsize=4096)
def _publisher_spans(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of the names a sentence's page furniture gives as the publisher (a copyright line aside: it
    names the publisher if that is an outlet, :data:`_CREDIT_LINE`), and of those the newsroom speaks of itself
    by; computed once per sentence, since every candidate of the sentence asks."""
    lines = tuple((m.start("name"), m.end("name")) for rx in PUBLISHER_LINES if rx is not COPYRIGHT_LINE
                  for m in rx.finditer(text))
    newsroom = tuple((m.start(g), m.end(g)) for m in NEWSROOM.finditer(text) for g in ("name", "name2", "name3")
                     if m.group(g))
    return lines, newsroom


def _publisher_cue(text: str, obj: Arg) -> bool:
    """Does the page furniture name ``obj`` as the publisher ("Inscrivez-vous à la lettre de Zentri"), or the
    newsroom speak of itself by the outlet's name ("told Zentri News", "Zentri could not confirm")?"""
    lines, newsroom = _publisher_spans(text)
    return any(a == obj.start and obj.end <= b for a, b in lines) \
        or obj.type == "MediaOutlet" and any(a == obj.start and b >= obj.end for a, b in newsroom)


#: A byline naming the reporter's outlet before their role: "By Ana Roux, " + outlet + " technology reporter".
_BYLINE_HEAD = re.compile(r"(?i)\W*(?:by|par)\s+[^,;:.]{2,60},\s*(?:(?:the|le|la|l[’'])\s*)?")
_BYLINE_TAIL = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:reporter|writer|correspondent|editor|journalist|"
                          r"columnist|journaliste|correspondante?|rédact(?:eur|rice))\b")


def source_line(sent: Sentence, obj: Arg) -> bool:
    """Is the sentence a line that credits ``obj`` as the article's source ("Source : Lumora", "© Zentri
    Médias", "Article paru dans Zentri Hebdo", the outlet alone on a line) or the article's masthead
    (:func:`masthead`)?"""
    if obj.group != "Org" or not obj.explicit:
        return False
    if masthead(sent, obj) or _publisher_cue(sent.text, obj):
        return True
    if obj.type == "MediaOutlet":
        if _BYLINE_HEAD.fullmatch(sent.text, 0, obj.start) and _BYLINE_TAIL.match(sent.text, obj.end):
            return True     # "By Ana Roux, Zentri Times technology reporter"
        credit = _CREDIT_LINE.match(sent.text)
        if credit is not None and credit.group().strip() and credit.end() == obj.start:
            return True     # "© Zentri Médias – Tous droits réservés"
        if (sent.heading or sent.index == 0) and not sent.text[:obj.start].strip() \
                and (not sent.text[obj.end:].strip(" .:–—-")
                     or sent.index == 0 and re.fullmatch(r"\s+[—–|-]\s+[\w’'& -]{1,30}", sent.text[obj.end:])):
            return True     # the outlet alone on a line: "Le Monde", "FINANCIAL TIMES.", "Zentri Hebdo — Tech"
    text = sent.text.rstrip(" .")
    m = _SOURCE_LINE.match(text)
    if m is None or m.end() == 0 or not m.group().strip():
        return False
    pos = m.end()
    listed = sorted((a for a in sent.args if a.explicit and a.start >= pos), key=lambda a: a.start)
    for a in listed:
        if a.group != "Org" or not (a.start == pos or _LIST_GAP.fullmatch(text, pos, a.start)):
            return False
        pos = a.end
    # "Sources : Zentri, Lumora" lists where the facts come from: only outlets there are the article's source
    many = len(listed) > 1 or m.group().strip().lower().startswith("sources")
    return pos >= len(text) and obj.start >= m.end() and (not many or obj.type == "MediaOutlet")


#: What makes the name after it a reporter: "selon ", "according to the ", "told the ", "cité par ", "in an
#: interview with ", "révélée par ".
_PRESS_CUE_BEFORE = re.compile(
    r"(?i)(?<![\w’'-])(?:(?:selon|d[’']après|according\s+to)(?:\s+(?:le|la|l[’']|les|the|a|an|un|une))?"
    r"(?:\s+[\w’'-]+){0,3}?|told|tells|telling|cité(?:e|s|es)?\s+par|quoted\s+by|"
    r"interview\s+with|interview\s+to|entretien\s+(?:accordé\s+)?(?:à|au|avec)|interrogée?s?\s+par|au\s+micro\s+d[eu]|"
    r"(?:reported|revealed|published|seen|reviewed|obtained|compiled|gathered|collected)(?:\s+[\w’'-]+){0,3}?\s+by|"
    r"(?:révélée?s?|rapportée?s?|dévoilée?s?|consultée?s?|obtenue?s?|publiée?s?)(?:\s+[\w’'-]+){0,2}?\s+par|"
    r"confié\s+à|déclaré\s+à|"
    r"dit\s+à|indiqué\s+à|précisé\s+à|explained\s+to|vue?s?\s+par|(?:reported|published|wrote)\s+in|(?:publiée?s?|parue?s?)\s+dans|"
    r"dans\s+les\s+colonnes\s+d[eu’']|in\s+an?\s+(?:interview|article|report|story)\s+(?:with|in|for|by))\s*"
    r"(?:the\s+|le\s+|la\s+|l[’']|les\s+|du\s+|des\s+)?$")
#: A press verb right after the name (maybe after a bracket or an aside): "X reported", "X a révélé", "X
#: writes".
_PRESS_VERB_AFTER = re.compile(
    r"(?i)\s*\)\s*(?:-|–|—|--)"    # a dateline's outlet: "(Reuters) -", "(BUSINESS WIRE)--"
    r"|\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*[^,;]{1,60},\s*)?(?:has\s+|had\s+|first\s+|also\s+|a\s+)?(?:[a-z]+ly\s+)?"
    r"(?:reported|reports|report|wrote|writes|revealed|reveals|learned|learnt|révélé|révèle|révélait|rapporte|"
    r"rapporté|rapportait|écrit|écrivait|appris|published|publié|publie|cite|cited|évoque|évoquait|dévoile|dévoilé)"
    r"(?![\w’'-])")


def _reporter_cue(sent: Sentence, obj: Arg) -> bool:
    """Does the sentence make ``obj`` a reporter: a cue right before it ("selon X", "told the X") or a press verb
    right after it ("X reported", "X a révélé", a dateline's "(X) -")? A line of fewer than six words (page
    furniture, "L'actualité vue par X") is taken as one."""
    return len(sent.text.split()) < 6 \
        or _PRESS_CUE_BEFORE.search(sent.text, max(0, obj.start - 60), obj.start) is not None \
        or _PRESS_VERB_AFTER.match(sent.text, obj.end) is not None


@lru_cache(maxsize=4096)
def _champions(sent_key: tuple) -> dict[int, str]:
    text, spans = sent_key
    out: dict[int, str] = {}
    for _start, end, key, _group, typ in spans:
        if typ != "Country":
            continue
        m = _CHAMPION_LEAD.match(text, end)
        if m is None:
            continue
        pos = m.end()
        members = []
        for a in (x for x in spans if x[0] >= pos):
            if a[3] not in _CHAMPION_GROUPS or not (a[0] == pos or _LIST_GAP.fullmatch(text, pos, a[0])):
                break
            members.append(a)
            pos = a[1]
        if len(members) >= 2 or (members and members[0][0] == m.end() and m.end() - end < 12):
            for a in members:
                out[a[0]] = key
    return out


def champions(sent: Sentence) -> dict[int, str]:
    """The start of each name the sentence gives as a country's own ("la Chine et ses A, B ou C"),
    mapped to the country's key."""
    if not any(a.type == "Country" for a in sent.args):
        return {}
    spans = tuple((a.start, a.end, a.key, a.group, a.type) for a in sent.args if a.explicit and a.kind == "entity")
    return _champions((sent.text, spans))


def champion_country(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is ``subj`` named as ``obj``'s own (``obj`` a country)?"""
    return subj.explicit and obj.explicit and champions(sent).get(subj.start) == obj.key


def champion_rival(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is one end a country's champion and the other the organisation the sentence is about (its topic,
    or its subject when it opens the sentence), in a sentence that sets something against the champions?"""
    found = champions(sent)
    if not found:
        return False
    for mine, theirs in ((subj, obj), (obj, subj)):
        if not theirs.explicit or theirs.start not in found or mine.group != "Org":
            continue
        if mine.explicit and (mine.start in found or mine.start > theirs.start):
            continue
        if mine.key != sent.main and mine.kind != "topic":
            continue
        low = sent.text.lower().replace("’", "'")
        words = {w.group() for w in _WORD.finditer(low)}
        return bool(words & _CHAMPION_CUES) or any(p in low for p in _CHAMPION_PHRASES)
    return False


def frame_negation(sent: Sentence) -> bool:
    """Is the sentence's negation part of a champions frame ("ne pas laisser…", "not let…")?"""
    low = sent.text.lower().replace("’", "'")
    return any(p in low for p in _CHAMPION_PHRASES if p.startswith(("ne ", "not ")))


_BASED = re.compile(r"(?i)-based\s+(?:(?:company|startup|start-up|firm|rival|competitor)\s+)?")


#: From a name to the place of an "X-based" apposition on it: "Kerlo, the " (Turku-based grid operator).
_BASED_APPOSITION_OPEN = re.compile(r"(?i)\s*,\s*(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}?")


def _based_other(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's place an "X-based" modifier of another name than its subject?"""
    if not c.obj.explicit or c.obj.group != "Place":
        return False
    m = _BASED.match(sent.text, c.obj.end)
    if m is None:
        return False
    nxt = next((a for a in sent.args if a.explicit and a.start == m.end() and a.group == "Org"), None)
    owner = max((a for a in sent.args if a.explicit and a.group == "Org" and a.end <= c.obj.start), default=None,
                key=lambda a: a.end)
    if nxt is None and owner is not None and _BASED_APPOSITION_OPEN.fullmatch(sent.text, owner.end, c.obj.start) \
            and re.match(r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*[,)]", sent.text[m.end():]):
        return owner.key != c.subj.key      # "a deal with Kerlo, the Turku-based grid operator, to…": Kerlo's city
        #                                     (not "led by X, the Paris-based company said": its subject)
    if nxt is None:
        # a name the recogniser missed: "competes with San Francisco-based Zentri Labs"
        word = re.match(r"[A-ZÀ-Ý][\w&.-]*", sent.text[m.end():])
        return word is not None and not re.fullmatch(r"[A-Z]{1,3}", word.group()) \
            and not (c.subj.explicit and c.subj.start == m.end())
    return nxt.key != c.subj.key


#: An apposition on a name that ends with "of": "Lakeside, l'ancienne filiale européenne de", "Paul
#: Girard, cofondateur d'", "Lakeside, the former arm of". Its words hold a role or a part of a company.
_APPOSITION_OF = re.compile(r"\s*,\s*((?:[\w’'-]+\s+){0,5}?)(?:de|du|des|of|at|chez)\s+"
                            r"(?:(?:la|le|l[’']|les|the)\s*(?:(?-i:[a-zà-ÿ-]+)\s+)?)?$|"
                            r"\s*,\s*((?:[\w’'-]+\s+){0,5}?)d[’']$")
_PARTS = {"branche", "filiale", "arm", "subsidiary", "unit", "division", "spin-off", "spinoff", "fonds", "fund",
          "véhicule", "vehicle"}


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w for r, _ in _roles() for w in r.split()
                     if len(w) > 2 and w not in ("chief", "officer", "the", "de", "du", "of")) | _PARTS


def _apposition_complement(sent: Sentence, a: Arg) -> bool:
    """Is ``a`` named only as the complement of an apposition on the name before it ("parmi lesquels
    Léa Morel, cofondatrice de Zentra": Zentra is not an investor of the list)? Not a list item
    ("avec la participation de", "affiliated funds of"): the apposition names a role or a part."""
    if not a.explicit:
        return False
    people = [x for x in sent.args if x.explicit and x.start >= a.end and x.group == "Person"]
    if people:
        # a role between the name and a person: "angels, including Veltis co-founder Paul Girard"
        between = sent.text[a.end:min(people, key=lambda x: x.start).start].strip().lower()
        words = between.split()
        roles = _role_words() | {"founder", "fondateur", "fondatrice"}
        if between and len(words) <= 3 and re.fullmatch(r"[\w\s-]+", between) \
                and any(w in roles or w.removeprefix("co-") in roles or w[2:] in roles for w in words):
            return True
    before = [x for x in sent.args if x.explicit and x.end <= a.start and x.group in ("Person", "Org")]
    if not before:
        return False
    prev = max(before, key=lambda x: x.end)
    m = _APPOSITION_OF.fullmatch(sent.text, prev.end, a.start)
    if m is None:
        return False
    words = (m.group(1) or m.group(2) or "").lower().replace("’", "'").split()
    return any(w.split("'")[-1] in _role_words() for w in words)


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, str]]:
    """(role, kind) of the lexicon's roles, longest first ("chief technology officer" before "chief")."""
    roles = lexicon()["roles"]
    return sorted(((r.lower(), k) for k, v in roles.items() for r in v), key=lambda x: -len(x[0]))


_APPOSITION_HEAD = re.compile(r"\s*[,(]\s*(?:(?:who|qui)\s+(?:is|remains|serves\s+as|est|reste|demeure)\s+"
                             r"(?:(?:now|still|today|aujourd['’]hui|désormais|toujours)\s+)?)?"
                             r"(?:(?:the|its|our|their|an?|la|le|sa|son|notre|leur|une?)\s+|l[’']\s*)?")


def _role_after(sent: Sentence, c: Candidate) -> str | None:
    """What an apposition right after the candidate's person says of its role at the candidate's
    organisation: "ceo" ("X, the chief executive,", "X, cofondateur et PDG de Y"), another kind of
    role ("X, the chief technology officer,"), or None (no apposition, or one about another organisation:
    "X, the CEO of Lumora,"; "X, the chief executive, used to work for Lumora": not Lumora's)."""
    person, org = (c.obj, c.subj) if c.obj.group == "Person" else (c.subj, c.obj)
    if person.group != "Person" or not person.explicit:
        return None
    m = _APPOSITION_HEAD.match(sent.text, person.end)
    if m is None or m.end() == person.end:
        return None
    head = m.end()
    # "A, Zentri's board chair,": the role at the possessor
    owner = next((a for a in sent.args if a.explicit and a.group == "Org" and a.start == head), None)
    poss = re.match(r"[’']s?\s+", sent.text[owner.end:]) if owner is not None else None
    if owner is not None and poss is not None:
        head = owner.end + poss.end()
    rest = sent.text[head:head + 80]
    low = rest.lower()
    kinds, pos = [], 0
    while pos < len(low):
        hit = next(((r, k) for r, k in _roles() if low.startswith(r, pos)
                    and not low[pos + len(r):pos + len(r) + 1].isalnum()), None)
        if hit is None:
            break
        kinds.append(hit[1])
        pos += len(hit[0])
        joint = re.match(r"\s*(?:,|and|et|&)\s*", low[pos:])
        if joint is None or not joint.group().strip():
            break
        pos += joint.end()
    if not kinds:
        return None
    if owner is not None and poss is not None:
        return None if owner.key != org.key else "ceo" if "ceo" in kinds else kinds[0]
    of = re.match(r"\s*(?:of|at|de|du|chez|d[’'])\s*", low[pos:])
    if of is not None:
        at = head + pos + of.end()
        named = next((a for a in sent.args if a.explicit and a.start == at), None)
        if named is None and _THE_COMPANY.match(sent.text[at:]) and (not org.explicit or org.source == "anaphor"):
            return "ceo" if "ceo" in kinds else kinds[0]    # "A, directrice de la jeune pousse,": the passage's
        if named is None or named.key != org.key:
            return None
    elif org.explicit and org.start > person.end and not ((f := _fronted_founding(sent)) and f[0].key == org.key) \
            or any(a.explicit and a.group == "Org" and a.key != org.key and a.start < person.start for a in sent.args):
        return None         # "Y was started by X, its CEO,": Y's; "X, the CEO, once worked for Y": not Y's (but
                            # "Founded by X (CEO) and Z, Y…": Y's)
    return "ceo" if "ceo" in kinds else kinds[0]


@lru_cache(maxsize=1)
def _leaving_phrases() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in lexicon()["leaving_role"].items() if k != "_comment"}


@lru_cache(maxsize=2)
def _predecessor(lang: str) -> re.Pattern:
    """A predecessor phrase of the lexicon ("succède à", "replaces"), maybe with a time between its verb and its
    preposition ("a succédé l'an dernier à"), then at most three words and an apposition's comma, at the end."""
    phrases = lexicon()["predecessor_phrases"].get(lang, [])
    if not phrases:
        return re.compile(r"(?!)")
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in p.split()]
        if len(words) > 1 and words[-1] in ("à", "from", "de"):
            alts.append(r"\s+".join(words[:-1]) + r"(?:\s+[\w’'-]+){0,3}?\s+" + words[-1])
        else:
            alts.append(r"\s+".join(words))
    return re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(alts)})(?!\s+(?:by|par)\b)\s+(?:[\w’'-]+,?\s+){{0,3}}$")


def _leaving(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence say the candidate's person leaves the top job: a leaving phrase after the person,
    in the same clause, with no other person named in between ("X, sa présidente, a fait savoir qu'elle
    quitterait la direction de Y en juin"), or a predecessor phrase right before the person ("Y prend
    la suite du fondateur X")?"""
    person = c.obj if c.obj.group == "Person" else c.subj
    if person.group != "Person" or not person.explicit:
        return False
    if _predecessor(sent.lang).search(sent.text, max(0, person.start - 80), person.start):
        return True
    low = sent.text.lower().replace("’", "'")
    for phrase in _leaving_phrases().get(sent.lang, ()):
        at = low.find(phrase, person.end)
        if at < 0 or at - person.end > 160 or ";" in low[person.end:at]:
            continue
        if not any(a.group == "Person" and a.key != person.key and person.end <= a.start < at for a in sent.args):
            return True
    return False


_BACKED_BY = re.compile(r"(?i)(?:backed|funded|financed|soutenue?s?|financée?s?|adossée?s?)\s+(?:by|par)\s+$")


def _backed_other(sent: Sentence, c: Candidate) -> bool:
    """"A, a rival backed by X": X backs the name nearest before "backed by", not another one."""
    inv, org = c.subj, c.obj
    if not inv.explicit:
        return False
    m = _BACKED_BY.search(sent.text, 0, inv.start)
    if m is None or not sent.text[:inv.start].endswith(m.group()):
        return False
    before = [x for x in sent.args if x.explicit and x.end <= m.start() and x.group in ("Org", "Product")]
    if not before:
        return False
    near = max(before, key=lambda x: x.end)
    return near.key != org.key and (not org.explicit or org.end <= near.start)


#: A bare chief-executive title right before a person, after a clause boundary or a reporting verb
#: ("…, CEO Zoe Marsh said", "told chief executive Zoe Marsh"), not "Zentri CEO" or "Zentri's CEO".
#: From a person to the company they founded or run, in the clause the person opens: ", a physician,
#: co-founded ", " a fondé ".
_FOUNDED_BETWEEN = re.compile(r"(?i)(?:\s*,[^,;:.]{0,60},)?(?:\s*,\s*(?:who|qui))?\s+(?:(?:has|had|a|avait)\s+)?"
                              r"(?:co-?founded|cofounded|"
                              r"founded|started|launched|runs|(?:co-?)?fondé|cofondé|créé|dirige)\s+(?:the\s+)?")
_BARE_CEO = re.compile(r"(?:^|[,;:(—–]\s*[\"”»]?\s*|\b(?:said|says|told|added|[Aa]ccording\s+to|[Ss]elon|explique|"
                       r"ajoute|confie)\s+)(?:(?:co-?founder|cofounder)\s+and\s+)?(?:CEO|[Cc]hief\s+[Ee]xecutive)\s+"
                       r"(?:(?:Dr|Prof|Mr|Ms|Mrs|Pr)\.?\s+)?$")       # ("CEO Dr. A")


def _lexicon_alternation(group: str, lang: str, open_end: str = "") -> str | None:
    """The phrases of one group and language of ``lexicon.json`` as a regex alternation, longest first;
    a phrase ending with a space is followed by ``open_end`` (the words it may take before a name)."""
    phrases = lexicon()[group].get(lang)
    if phrases is None:
        return None
    return "|".join(re.escape(p.strip()) + (open_end if p.endswith(" ") else "")
                    for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=8)
def _phrase_re(group: str, lang: str) -> re.Pattern | None:
    """A lexicon group's phrases as whole words ("funding_sources", "customer_nouns")."""
    alts = _lexicon_alternation(group, lang)
    return None if alts is None else re.compile(rf"(?<![\w’'-])(?:{alts})(?![\w-])", re.I)


#: Words that end the clause of a list of names: a verb, a relative pronoun, a conjunction of clauses,
#: a role ("dont A, la fondatrice de Zentri": Zentri is A's company, not an investor), "via" (a vehicle).
_CLAUSE_END = {
    "fr": re.compile(r"[;:()\[\]—–]|(?<![\w’'-])(?:qui|que|qu[’']|a|ont|avait|avaient|est|sont|était|sera|mais|tandis|"
                     r"selon|alors|lève|levé|levée|rachète|racheté|via|(?:co-?)?fondat\w*|cofondat\w*|"
                     r"(?<!ancien\s)(?<!ancienne\s)(?:directeur|directrice|président\w*|patron\w*))(?![\w’'-])", re.I),
    "en": re.compile(r"[;:()\[\]—–]|(?<![\w’'-])(?:which|who|that|whose|has|have|had|is|was|were|are|will|would|said|"
                     r"says|but|while|according|raised|raises|bought|acquired|via|(?:co-?)?founders?|cofounders?|"
                     r"(?<!former\s)(?:ceo|chief|president|head))(?![\w’'-])", re.I),
}


def _listed_after(sent: Sentence, at: int, name: Arg) -> bool:
    """Is ``name`` in the list that starts at offset ``at``: only names, list words and noun phrases
    between, in one clause, no amount?"""
    if any(a.kind == "amount" and at <= a.start < name.start for a in sent.args):
        return False
    if not _one_clause(sent, at, name.start):
        return False
    # between two items, a few words ("et de trois anges bordelais, dont"), not a clause
    inside = sorted((a for a in sent.args if a.explicit and at <= a.start and a.end <= name.start),
                    key=lambda a: a.start)
    edges = [at] + [x for a in inside for x in (a.start, a.end)] + [name.start]
    gaps = [sent.text[edges[i]:edges[i + 1]] for i in range(0, len(edges), 2)]
    return all(len(re.findall(r"[^\W\d]+", g)) <= 8 for g in gaps)


def _one_clause(sent: Sentence, a: int, b: int) -> bool:
    """Is the text between offsets ``a`` and ``b``, names aside, part of one clause (at most 160 characters)?"""
    if b - a > 160:
        return False
    gap = sent.text[a:b]
    for x in sorted((x for x in sent.args if x.explicit and a <= x.start and x.end <= b), key=lambda x: -x.start):
        gap = gap[:x.start - a] + " " * (x.end - x.start) + gap[x.end - a:]
    return _CLAUSE_END.get(sent.lang, _CLAUSE_END["en"]).search(gap) is None


def funding_source(sent: Sentence, investor: Arg) -> Arg | None:
    """The amount whose givers the sentence lists ``investor`` among ("a levé 5 M€ auprès de A, de B et
    du réseau C", "raised $40 million in a round led by A, with participation from B"), if any."""
    if not investor.explicit or investor.group not in ("Org", "Person"):
        return None
    rx = _phrase_re("funding_sources", sent.lang)
    if rx is None:
        return None
    amounts = [a for a in sent.args if a.kind == "amount" and a.end <= investor.start]
    if not amounts:
        return None
    markers = [m for m in rx.finditer(sent.text, amounts[0].end, investor.start)]
    for m in reversed(markers):
        if _listed_after(sent, m.end(), investor):
            amount = [a for a in amounts if a.end <= m.start()]
            # the amount and the phrase in one clause: not "…, and has since hired engineers from X"
            if not amount:
                return None
            start = _cleft_end(sent, amount[-1]) or amount[-1].end     # "4 M€ : c'est le montant que…"
            return amount[-1] if _one_clause(sent, start, m.start()) else None
    return None


#: People named by where they work, before the list of their organisations: "angels from A and B", "des
#: cadres de A", "founders of B".
_PEOPLE_FROM = re.compile(r"(?i)(?<![\w’'-])(?:(?:business\s+)?angels?|founders?|co-?founders?|executives?|employees?|"
                          r"alumni|engineers?|anges|fondateurs|cofondateurs|cadres|dirigeants|salariés|anciens)\s+"
                          r"(?:from|of|at|de|du|des|d[’']|chez|issus\s+(?:de|du|des|d[’']))\s*")


def _people_of(sent: Sentence, org: Arg) -> bool:
    """Is ``org`` in a list of organisations that name people by where they work ("angels from A and B")?"""
    if not org.explicit or org.group != "Org":
        return False
    return any(_listed_after(sent, m.end(), org)
               for m in _PEOPLE_FROM.finditer(sent.text, max(0, org.start - 120), org.start))


#: A founders' noun before the organisation they founded: "les fondateurs de ", "its co-founders of"; then,
#: between that organisation and one of them, the list's earlier names: ", A et ", ", ".
_FOUNDERS_OF = re.compile(r"(?i)(?<![\w’'-])(?:co-?fondat(?:eur|rice)s?|cofondat(?:eur|rice)s?|fondat(?:eur|rice)s?|"
                          r"co-?founders?|cofounders?|founders?)\s+(?:de|du|d[’']|of)\s*(?:la\s+|le\s+|l[’']|the\s+)?$")
_FOUNDERS_LISTED = re.compile(r"\s*,\s*(?:(?-i:[A-ZÀ-Ý])[\w’'.-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w’'.-]*){0,3}"
                              r"(?:\s*,\s*|\s+(?:et|and)\s+))*")


def _founders_of(sent: Sentence, person: Arg) -> str | None:
    """The organisation a founders' noun names right before the list the person is in ("les fondateurs
    de la société rachetée, A et B", "the founders of Zentri, A and B"), even when a description names it."""
    if person.group != "Person" or not person.explicit:
        return None
    for a in sent.args:
        if a.group == "Org" and a.explicit and a.end <= person.start \
                and _FOUNDERS_OF.search(sent.text, max(0, a.start - 40), a.start) \
                and _FOUNDERS_LISTED.fullmatch(sent.text, a.end, person.start):
            return a.key
    return None


#: A purchase between its buyer and the company bought ("Kerlo rachète le lyonnais ", "Kerlo buys "), then a raise
#: the buyer makes in the same breath (" et lève ", " and raises ").
_BUYS_BETWEEN = re.compile(r"(?i)\s+(?:(?:a|has)\s+)?(?:rachète|racheté|avale|absorbe|reprend|acquiert|s[’']offre|"
                           r"buys|bought|acquires|acquired|swallows|snaps\s+up)\s+(?:(?:le|la|l[’']|the)\s*)?"
                           r"(?:[a-zà-ÿ-]+\s+){0,2}?")
_AND_RAISES = re.compile(r"(?i)\s+(?:et|and)\s+(?:(?:a|has)\s+)?(?:lève|levé|boucle|bouclé|raises|raised|secures|"
                         r"secured|closes|closed)\b")


def _buyer_raises(sent: Sentence, org: Arg) -> tuple[str, str] | None:
    """(buyer, bought) when the sentence says one company buys another and, in the same breath, raises money
    ("Kerlo rachète l'espagnol Zentri et lève 8 millions"): the round is the buyer's, whichever ``org`` is."""
    if org.group != "Org" or not org.explicit:
        return None
    orgs = [a for a in sent.args if a.group == "Org" and a.explicit and a.source != "anaphor"]
    for buyer in orgs:
        bought = next((b for b in orgs if b.start > buyer.end and _BUYS_BETWEEN.fullmatch(sent.text, buyer.end,
                                                                                            b.start)), None)
        if bought is not None and _AND_RAISES.match(sent.text, bought.end) and org.key in (buyer.key, bought.key):
            return buyer.key, bought.key
    return None


#: An apposition on the name that opens the sentence, up to its complement: "Halvane, un concurrent
#: direct de ", "Orvane, the parent company of ".
_OPENING_APPOSITION_OF = re.compile(r"^\W*(?:[A-ZÀ-Ý][\w’'.&-]*\s*){1,4},\s*(?:le|la|les|l[’']|un|une|the|a|an|son|sa|"
                                    r"its)\s*[^,;()]{0,60}?(?:\b(?:de|du|des|of)\s+(?:(?:the\s+)?(?:groupe|group|"
                                    r"géant|giant|conglomérat|conglomerate)\s+)?|\bd[’']\s*)$")
#: Relations of a sentence's main verb: the complement of an apposition on its subject takes no part in them.
_MAIN_VERB_RELATIONS = frozenset({"acquired", "fundsRaised", "valuation", "investedIn", "foundingYear",
                                  "headquarters"})


#: After a colon, the company a sentence named before it, referred to by a noun, buying what comes next: ": la
#: start-up nantaise rachète ", ": the firm buys ".
_COLON_REFERENCE_BUYS = re.compile(r"(?i):\s*(?:la|le|l[’']|the)\s*(?:start-up|startup|société|entreprise|"
                                   r"jeune\s+pousse|groupe|company|firm|group)(?:\s+(?-i:[a-zà-ÿ-]+))?\s+"
                                   r"(?:(?:a|has|is)\s+)?(?:rachète|racheté|acquiert|acquis|absorbe|absorbé|"
                                   r"s[’']offre|buys|bought|acquires|acquired|buying|acquiring)\s+$")


def _colon_reference_buys(sent: Sentence, c: Candidate) -> bool:
    """Does the clause after a colon make the one organisation named before it (:data:`_COLON_REFERENCE_BUYS`)
    the buyer of the candidate's object, named right after its verb?"""
    buyer, bought = c.subj, c.obj
    if buyer.group != "Org" or bought.group != "Org" or not (buyer.explicit and bought.explicit) \
            or buyer.end > bought.start:
        return False
    m = _COLON_REFERENCE_BUYS.search(sent.text, buyer.end, bought.start)
    if m is None or m.end() != bought.start:
        return False
    return {a.key for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()} == {buyer.key}


def _opening_complement(sent: Sentence, name: Arg) -> bool:
    """Is ``name`` only the complement of an apposition on the sentence's opening name ("Halvane, un
    concurrent direct de Zentri, a été rachetée par X": Zentri was not bought)?"""
    if not name.explicit or not re.match(r"\s*,", sent.text[name.end:]):
        return False
    return _OPENING_APPOSITION_OF.match(sent.text[:name.start]) is not None


#: A passive of buying between the company bought and its buyer, maybe after an apposition on the former:
#: "a été rachetée l'an dernier par", ", a Leeds startup, was acquired last year by", "est absorbée par", a
#: participle in apposition (", en liquidation, reprise par"), or after a noun in apposition (", the Lyon
#: startup later acquired by").
_BOUGHT_BY = re.compile(r"(?i)^(?:(?:\s*,[^,;:()]{1,80},)?\s*,?\s*(?:a\s+été|ont\s+été|avait\s+été|est|sont|was|were|"
                        r"has\s+been|had\s+been|is|being)\s+(?:[\w’'-]+\s+){0,2}?"
                        r"|(?:\s*,(?-i:[^,;:()A-ZÀ-Ý]){1,80})?\s*,\s*"
                        r"|\s*,\s*(?:la|le|l[’']|the|a|an)\s*[^,;:()]{1,60}?\s)"     # ", la société nantaise rachetée"
                        r"(?:(?:later|since|subsequently|eventually|depuis|ensuite|finalement)\s+)?"
                        r"(?:rachetée?s?|acquise?s?|absorbée?s?|reprise?s?|"
                        r"acquired|bought|purchased|taken\s+over)\s+(?:[^,;:()]{0,30}?\s)?(?:par|by)\s+"
                        r"(?:(?:le|la|les|l[’']|the|a|an)\s*(?:[a-zà-ÿ-]+\s+){1,3}?)?$")  # "par le groupe coopératif"


def _passive_acquisition(sent: Sentence, c: Candidate) -> bool | None:
    """Does a passive of buying join the candidate's ends ("X, …, a été rachetée l'an dernier par Y")? True when
    the candidate reads it the right way (Y acquired X), False when the other way or when the passive gives the
    candidate's object another buyer, None without one.
    The first end is the passive's subject: the verb follows it, maybe after an apposition."""
    buyer, bought = c.subj, c.obj
    if not bought.explicit or buyer.group != "Org" or bought.group not in ("Org", "Product"):
        return None
    if buyer.explicit:
        first, second = (bought, buyer) if bought.start < buyer.start else (buyer, bought)
        if _BOUGHT_BY.match(sent.text[first.end:second.start]) is not None:
            return first is bought
    if any(a.explicit and a.group == "Org" and a.key != buyer.key and a.start > bought.end
           and _BOUGHT_BY.match(sent.text[bought.end:a.start]) for a in sent.args):
        return False        # "Son rival X a été racheté par Y": Y bought X, not the passage's company
    return None


#: The label opening a newsletter's line: "Founders:", "Investors:", "Fondateurs :".
_LABEL = re.compile(r"(?i)^\W*(?:(?P<founders>co-?founders?|cofounders?|founders?|fondat(?:eur|rice)s?|"
                    r"cofondat(?:eur|rice)s?)|(?P<investors>investors?|backers?|investisseurs?))\s*:\s*")


#: A round-up's entry heading, from the name to the amount and after it: "Zentri — €6.5m seed", "Zentri –
#: Lyon – 12 M€", "Orvane — PLN 25m (€5.8m) Series A".
_ENTRY_GAP = re.compile(r"\s*[—–|-]\s*(?:[^—–|\n]{1,40}?\s*[—–|-]\s*)?")
_ENTRY_TAIL = re.compile(r"(?i)\s*(?:\([^()]{1,30}\))?\s*(?:(?:pre-?)?seed|series\s+[a-f]\+?|round|funding|"
                         r"(?:pré-?)?amorçage|série\s+[a-f]|levée|tour)?\s*$")


def _entry_heading(sent: Sentence, c: Candidate) -> bool:
    """Is the sentence a round-up's entry heading that gives the candidate's organisation its amount?"""
    if not sent.heading or not (c.subj.explicit and c.obj.explicit) or c.obj.kind != "amount" \
            or c.subj.end > c.obj.start or not re.fullmatch(r"\W*", sent.text[:c.subj.start]):
        return False
    first = min((a for a in sent.args if a.kind == "amount"), key=lambda a: a.start)
    return first is c.obj and _ENTRY_GAP.fullmatch(sent.text, c.subj.end, c.obj.start) is not None \
        and _ENTRY_TAIL.match(sent.text[c.obj.end:]) is not None


def _customer_listed(sent: Sentence, name: Arg) -> bool:
    """Is ``name`` in a list of customers ("compte parmi ses clients A, B et C", "customers include A")?"""
    rx = _phrase_re("customer_nouns", sent.lang)
    if rx is None or not name.explicit:
        return False
    nouns = list(rx.finditer(sent.text, max(0, name.start - 160), name.start))
    if not nouns:
        return False
    source = _phrase_re("funding_sources", sent.lang)
    end = nouns[-1].end()
    if source is not None and source.search(sent.text, end, name.start):
        return False
    return _listed_after(sent, end, name)


#: A fronted founding clause: "Fondée en 2019 par A et B, …, Zentri a…", "Founded in 2020 by A, Zentri…".
_FRONTED_FOUNDING = re.compile(r"^\W*(?:(?:Co-?|co-?)?[Ff]ondée?s?|Cofondée?s?|Créée?s?|Founded|Co-founded|Cofounded|"
                               r"Started|Launched|Lancée?s?)\b")
_AGENT = re.compile(r"\b(?:par|by)\s", re.I)


def _fronted_founding(sent: Sentence) -> tuple[Arg, int, int] | None:
    """(the founded organisation, where the founders' list starts, where the clause ends) of a sentence
    opening with a founding participle whose subject is a name after one of its commas."""
    if not _FRONTED_FOUNDING.match(sent.text):
        return None
    org = fronted_opener(sent)
    if org is None:
        return None
    end = sent.text.rfind(",", 0, org.start)
    agent = _AGENT.search(sent.text, 0, max(end, 0))
    return (org, agent.end() if agent else end, end) if end > 0 else None


#: A founding verb and its agent: "was founded in 2022 by", "a été lancée par", "créée en 2021 à Lyon par".
_FOUNDED_BY = re.compile(r"(?i)(?<![\w-])(?:co-?fondée?s?|cofondée?s?|fondée?s?|créée?s?|lancée?s?|founded|"
                         r"co-?founded|started|launched|set\s+up|established|created)\s+(?:[^,.;:()]{0,40}?\s)?"
                         r"(?:par|by)\s+(?:(?:former|ex-|ex|l[’']ancien(?:ne)?|l[’']ex-?|veteran|serial)"
                         r"(?:\s+|(?<=-))[^,.;:()]{0,50}?\s|(?:(?:le|la|l[’']|the)\s*)?(?-i:[a-zà-ÿ][a-zà-ÿ-]+)\s+"
                         r"|(?:(?:le|la|l[’']|the)\s*)?(?-i:Pr|Pre|Dr|Dre|Prof|Me|Mr|Mrs|Ms)\.?\s+)?$"
                         r"|(?i:(?:a|avait)\s+vu\s+le\s+jour|voit\s+le\s+jour|est\s+née?)\s+(?:[^.;:()]{0,40}?\s)?"
                         r"(?i:à\s+l[’']initiative|sous\s+l[’']impulsion)\s+(?:de\s+|d[’']\s*)$")
#                     ("by former Lumora research head A", "par l'ingénieure A", "by physician A", "par la Pr A",
#                      "a vu le jour à Lille, à l'initiative de A et de B")
#: Between two founders of a list: a comma or a conjunction; and after a founder, an apposition up to the
#: conjunction before the next one ("by A, a former X engineer, and B").
_FOUNDER_JOIN = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:et|and)\s+(?:par\s+|by\s+|de\s+|d[’']\s*)?)?")  # "par A et par B"
_FOUNDER_APPOSITION = re.compile(r"(?i)\s*,[^;:()]{1,140}?,\s*(?:et|and)\s+(?:par\s+|by\s+)?")


_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)")
#: An organisation in brackets right after a person's name: "A (ex-X)", "A (ancienne de X)", "A (X)".
_BRACKET_OPEN = re.compile(r"(?i)^\s*\(\s*(?:ex[\s-]*|ancien(?:ne)?\s+(?:de\s+|d[’']\s*|chez\s+)|former\s+|"
                           r"formerly\s+(?:at\s+)?)?$")


@lru_cache(maxsize=1)
def _bracketed_role() -> re.Pattern:
    """A job title other than chief executive alone in brackets right after a person's name: "A (CTO)", "B
    (President)" (a chief executive's title gives ``ceo``, which the gold files do not double as ``employer``)."""
    roles = alternation([w for w in lexicon()["roles"]["employer"] if w.casefold() not in _ceo_roles()])
    return re.compile(rf"(?i)^\s*\(\s*(?:{roles})\s*\)")


def _bracketed_for_other(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation in brackets right after another person's name ("A (ex-X)"), not one
    the candidate's person is joined to ("B et C (ex-Y)")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not org.explicit:
        return False
    owner = next((a for a in sent.args if a.explicit and a.group == "Person" and a.end <= org.start
                  and _BRACKET_OPEN.match(sent.text[a.end:org.start])), None)
    if owner is None or owner.key == person.key:
        return False
    # "B et C (ex-Y)": the brackets after a pair joined by "et" are both people's
    return not (person.explicit and person.end <= owner.start
                and re.fullmatch(r"\s*(?:et|and|&)\s*", sent.text[person.end:owner.start]))


def founders_listed(sent: Sentence, person: Arg) -> Arg | None:
    """The organisation a founding verb's agent list names ``person`` among the founders of ("Zentri a été
    fondée en 2023 par A, une ancienne de X, et B", "Zentri was founded by A and B"): the nearest
    organisation before the verb in its clause, or None."""
    if person.group != "Person" or not person.explicit:
        return None
    ordered = sorted((a for a in sent.args if a.explicit and a.kind == "entity"), key=lambda a: a.start)
    people = [a for a in ordered if a.group == "Person" and a.start <= person.start]
    for first in people:
        m = _FOUNDED_BY.search(sent.text, max(0, first.start - 80), first.start)
        if m is None:
            continue
        item, pos = first, first.end        # walk the list from its first founder to ``person``
        while item.start < person.start:
            bracket = _BRACKETED.match(sent.text, pos)
            if bracket is not None:         # "par A (ex-X), B et C (ex-Y)": a founder's past in brackets
                pos = bracket.end()
            nxt = next((a for a in ordered if a.start >= pos), None)
            if nxt is None or nxt.group != "Person":
                gap = _FOUNDER_APPOSITION.match(sent.text, pos)
                nxt = next((a for a in ordered if gap and a.start == gap.end()), None)
                if nxt is None or nxt.group != "Person":
                    break
            elif not _FOUNDER_JOIN.fullmatch(sent.text, pos, nxt.start):
                gap = _FOUNDER_APPOSITION.match(sent.text, pos)
                if gap is None or gap.end() != nxt.start:
                    break
            item, pos = nxt, nxt.end
        if item.key != person.key:
            continue
        orgs = [a for a in ordered if a.group == "Org" and a.end <= m.start()]
        if orgs and not re.search(r"[;:()]|\.\s", sent.text[orgs[-1].end:m.start()]) \
                and len(re.findall(r"[^\W\d]+", sent.text[orgs[-1].end:m.start()])) <= 6:
            return orgs[-1]
        return None
    return None


#: A founding verb, what it founded, and "with" a co-founder: "set up the company in 2019 with", "a fondé
#: Zentri avec", "founded Zentri with".
_FOUNDED_WITH = re.compile(r"(?i)(?<![\w-])(?:co-?founded|cofounded|founded|started|launched|set\s+up|created|"
                           r"starting|founding|co-?founding|launching|setting\s+up|creating|"
                           r"co-?fondé|cofondé|fondé|créé|lancé|cofonde|fonde|crée|fonder|cofonder|créer)\s+"
                           r"(?P<what>[^,.;:()]{1,60}?)\s*,?\s+(?:with|avec)\s+")
#: A founding the sentence's subject did after another step, right before what they founded: "… before co-founding
#: the Dundee startup", "… avant de cofonder la start-up", "after setting up ".
_THEN_FOUNDS = re.compile(r"(?i)(?<![\w’'-])(?:before|after|avant\s+de|après\s+avoir)\s+(?:co-?founding|cofounding|"
                          r"founding|starting|setting\s+up|launching|co-?founded|cofounded|founded|started|set\s+up|"
                          r"co-?fonder|cofonder|fonder|créer|lancer|co-?fondé|cofondé|fondé|créé|lancé)\s+"
                          r"(?:(?:the|la|le|l[’']|sa|son|its|his|her|their)\s*)?(?:[\w-]+\s+){0,2}?$")


_THEN_FOUNDS_IT = re.compile(_THEN_FOUNDS.pattern.removesuffix("$")
                             + r"(?:company|startup|start-up|firm|business|société|entreprise|jeune\s+pousse)\b")


#: Between a founding of the topic and a co-founder: " in 2024 with Professor ", " avec ".
_WITH_PARTNER = re.compile(r"(?i)[^,.;:()]{0,40}?\s(?:with|avec)\s+(?:(?:Professor|Prof\.?|Dr\.?|Pr\.?|Dre)\s+)?")


def _subject_then_founds(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the sentence's opening name and its organisation what they founded after
    another step ("A spent five years at X before co-founding the Dundee startup with B"), or the partner they
    founded it "with" (B)?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return False
    verb = None
    if org.explicit and person.end <= org.start:
        verb = _THEN_FOUNDS.search(sent.text, max(person.end, org.start - 80), org.start)
    if verb is None and (not org.explicit and org.kind == "topic" or org.key in (sent.topic, sent.main)):
        verb = _THEN_FOUNDS_IT.search(sent.text, person.end)   # the topic: "… before co-founding the Glasgow
        #                                                        company", maybe named later in the sentence
    if verb is None:
        partner = next((v for v in _THEN_FOUNDS_IT.finditer(sent.text, 0, person.start)
                        if _WITH_PARTNER.fullmatch(sent.text, v.end(), person.start)), None)
        return partner is not None and (not org.explicit and org.kind == "topic" or org.key in (sent.topic, sent.main))
    first = next((a for a in sent.args if a.explicit and a.kind == "entity"), None)
    return first is not None and first.key == person.key \
        and re.fullmatch(r"\W*(?:[A-Z][a-z]{0,3}\.?\s+)?", sent.text[:first.start]) is not None \
        and not any(a.explicit and a.group == "Person" and a.key != person.key and person.end <= a.start < verb.start()
                    for a in sent.args)


#: "the company", "la jeune pousse", "it": the organisation described by one of context's head nouns.
_THE_COMPANY = re.compile(r"(?i)^(?:the|its|their|la|sa|leur|l[’'])\s*(?:jeune\s+)?(?:"
                          + "|".join(re.escape(h) for h in sorted({h for hs in HEADS.values() for h in hs}))
                          + r")\b|^(?:it|elle)\b")


#: A preposition that makes the name after it a person's employer, not what a founding verb later describes:
#: "spent six years at X before starting the company", "six ans chez X".
_EMPLOYER_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:at|chez|for|from)\s+(?:the\s+)?$")


def _founded_with(sent: Sentence, org: Arg) -> Iterator[tuple[re.Match, str | None]]:
    """Each founding verb with a co-founder after it (:data:`_FOUNDED_WITH`) and the key of what it
    founded: the organisation named after the verb, or described there ("the company") as the sentence's
    nearest organisation before it or, when it names none, ``org`` when that is the passage's topic."""
    for m in _FOUNDED_WITH.finditer(sent.text):
        what_start, what_end = m.span("what")
        named = [a for a in sent.args if a.explicit and a.kind == "entity" and what_start <= a.start
                 and a.end <= what_end and a.group == "Org"]
        if named:
            yield m, named[0].key
        elif _THE_COMPANY.match(m.group("what")):
            before = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()
                      and not _EMPLOYER_BEFORE.search(sent.text, max(0, a.start - 12), a.start)]
            yield m, before[-1].key if before else (None if org.explicit else org.key)


def founded_with_other(sent: Sentence, c: Candidate) -> bool:
    """Does a founding verb name another organisation than the candidate's as what its person founded with
    someone ("Nous avons créé Zentri en 2022, avec B": B co-founded Zentri, not what "nous" stands for)?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit or org.source == "name":
        return False
    return any(person.start == m.end() and founded is not None and founded != org.key
               for m, founded in _founded_with(sent, org))


def _people_listed_from(sent: Sentence, start: int, person: Arg) -> bool:
    """Is ``person`` in the list of people that begins at ``start`` ("with B, who led X, and C", "with B and C"),
    walking from person to person through joins and appositions?"""
    ordered = sorted((a for a in sent.args if a.explicit and a.kind == "entity"), key=lambda a: a.start)
    item = next((a for a in ordered if a.start == start and a.group == "Person"), None)
    while item is not None and item.start < person.start:
        nxt = next((a for a in ordered if a.start >= item.end and a.group == "Person"), None)
        if nxt is None:
            return False
        joined = _FOUNDER_JOIN.fullmatch(sent.text, item.end, nxt.start) is not None \
            and sent.text[item.end:nxt.start].strip() != ""
        gap = _FOUNDER_APPOSITION.match(sent.text, item.end)
        if not (joined or gap is not None and gap.end() == nxt.start):
            return False
        item = nxt
    return item is not None and item.key == person.key


def cofounded_with(sent: Sentence, c: Candidate) -> bool:
    """Does a founding verb say the candidate's person founded its organisation with someone, or founded
    it with the person ("A, Zentri's chief executive, set up the company in 2019 with B", "founded Zentri with B")?
    The organisation is named after the verb, or described there ("the company") as the sentence's
    nearest organisation before it or, when it names none, the passage's topic."""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return False
    for m, founded in _founded_with(sent, org):
        if founded != org.key:
            continue
        if person.start == m.end():
            return True         # "… with B"
        if person.start > m.end() and _people_listed_from(sent, m.end(), person):
            return True         # "… with B, who led X's data team, and C"
        subject = [a for a in sent.args if a.explicit and a.end <= m.start()]
        if subject and subject[0].key == person.key and subject[0].start <= 3 \
                and re.fullmatch(r"(?:\s*,[^;:()]{1,80},)?\s*", sent.text[person.end:m.start()]) is not None:
            return True         # "A, Zentri's chief executive, set up the company with B"
        if person.end < m.start() and re.fullmatch(r"(?:\s*,[^;:()«»\"“”]{1,80})?\s*,\s*(?:who|qui)\s+",
                                                   sent.text[person.end:m.start()]) is not None:
            return True         # "says A, Zentri's CEO, who started it with B"
    return False


#: A maker right before the organisation: "Halden, le moteur conçu par X", "Halden-2, built by X".
_MAKER_BEFORE = re.compile(r"(?i)(?:(?:developed|made|trained|designed|built|created|released)\s+by|"
                           r"(?:développée?s?|conçue?s?|entraînée?s?|créée?s?|mise?s?\s+au\s+point|publiée?s?)\s+par)"
                           r"\s*(?:(?:[a-zà-ÿ][\w-]*|l[’']|d[’'])\s*){0,4}$")     # "par la coopérative bretonne"
#: Between a name and the maker phrase that describes it: a comma and a short description.
_TO_MAKER = re.compile(r"(?i)\s*,?\s*(?:(?:le|la|l[’']|les|un|une|the|a|an|its|son|sa)\s*)?(?:[\w-]+\s+){0,3}$")

#: A relative pronoun right before a maker whose making verb follows it: "…, le petit modèle que Kerlo a entraîné",
#: "…, the open model that Google trained".
_WHICH_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:que|qu[’']|which|that)\s*$")
_MAKER_VERB_AFTER = re.compile(r"(?i)\s+(?:(?:a|avait|has|had|also|aussi)\s+)?(?:conçue?s?|développée?s?|entraînée?s?|"
                               r"créée?s?|publiée?s?|mise?s?\s+au\s+point|designed|developed|trained|built|created|"
                               r"released|makes|made|builds|develops)(?![\w-])")


def _made_by(sent: Sentence, maker: Arg) -> Arg | None:
    """The name a maker phrase right before ``maker`` describes ("Halden, le moteur conçu par
    Lumora": Halden), if any: the developer goes to that name, not to another product of the sentence."""
    if not maker.explicit:
        return None
    m = _MAKER_BEFORE.search(sent.text, 0, maker.start)
    if m is None and _MAKER_VERB_AFTER.match(sent.text, maker.end):
        m = _WHICH_BEFORE.search(sent.text, 0, maker.start)       # "X, le modèle que Kerlo a entraîné"
    if m is None:
        return None
    named = [a for a in sent.args if a.kind == "entity" and a.explicit and a.end <= m.start()]
    if not named or not _TO_MAKER.fullmatch(sent.text, named[-1].end, m.start()):
        return None
    return named[-1]


#: A making verb right before a product: "Zentri a mis au point X", "the startup developed X", "a lancé
#: son assistant, X".
_MAKING = re.compile(r"(?i)(?<![\w-])(?:a\s+mis\s+au\s+point|met\s+au\s+point|a\s+développé|développe|"
                     r"a\s+conçu|conçoit|a\s+créé|a\s+lancé|lance|a\s+dévoilé|dévoile|a\s+présenté|commercialise|édite|"
                     r"publie|a\s+publié|met\s+en\s+ligne|a\s+mis\s+en\s+ligne|"
                     r"(?:has\s+|have\s+|had\s+)?(?:developed|built|launched|released|unveiled|created)|"
                     r"develops|builds|launches|releases|unveils|makes|sells)"
                     r"\s+(?:(?:son|sa|ses|leur|le|la|l[’']|un|une|its|their|the|a|an|ce|cette|this)\s*(?:[\w-]+\s+){0,2}?"
                     r"(?:[\w-]+\s*,\s*)?)?$")
#: A possessive naming phrase right before a product: "Its platform, called X", "whose software, called X",
#: "son logiciel phare, X", "our model, X", "son moteur de recherche, baptisé X".
_POSSESSIVE_NAMING = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Ww]hose|[Oo]ur|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Nn]otre)\s+"
                                r"(?:[a-zà-ÿ][\w-]*\s+){0,2}?(?P<noun>[a-zà-ÿ][\w-]*)(?:\s+(?:phare|maison|flagship))?"
                                r"(?:\s+(?:de|d[’']|du|des)\s*[a-zà-ÿ][\w-]*)?"
                                r"(?:\s*,\s*(?:(?:called|dubbed|named|baptisée?|nommée?|appelée?)\s*,?\s*|"
                                r"(?:sold|marketed|offered|commercialisée?s?|vendue?s?|proposée?s?)\s+(?:under|sous)\s+"
                                r"(?:the\s+(?:name|brand)|le\s+nom(?:\s+de)?|la\s+marque)\s+)?|"
                                r"\s+(?:called|dubbed|named|baptisée?|nommée?|appelée?)\s+)$")

#: A naming phrase that names its owner: "le logiciel de Zentri, baptisé X", "The company's software, X",
#: "Zentri's speech engine, X" (the owner is the name inside it, or the topic for "the company's").
_OWNER_NAMING = re.compile(r"(?<![\w-])(?:(?:[Ll]e|[Ll]a|[Ll][’']|[Tt]he)\s*(?P<noun>[a-zà-ÿ][\w-]*)"
                           r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|d[’']|of)\s*(?P<owner>[A-ZÀ-Ý][\w.&’'-]*(?:\s+[A-ZÀ-Ý][\w.&’'-]*){0,3})"
                           r"|(?:(?:[Tt]he|[Tt]his)\s+(?P<ref>company|startup|start-up|firm|lab)|"
                           r"(?P<possessor>[A-ZÀ-Ý][\w.&-]*(?:\s+[A-ZÀ-Ý][\w.&-]*){0,3}))[’']s\s+"
                           r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun2>[a-z][\w-]*))"
                           r"\s*,\s*(?:(?:called|dubbed|named|baptisée?|nommée?|appelée?)\s*,?\s*)?$")


def _owner_named(sent: Sentence, product: Arg) -> Arg | None:
    """The organisation a naming phrase with its owner gives as ``product``'s maker (:data:`_OWNER_NAMING`):
    the owner named inside it, or the topic for "the company's"; None without such a phrase."""
    m = _OWNER_NAMING.search(sent.text, max(0, product.start - 120), product.start)
    if m is None or type_noun_classes().get((m.group("noun") or m.group("noun2")).casefold()) not in PRODUCT_TYPES:
        return None
    if m.group("ref"):  # "the company's": its reference, else the topic
        return _reference_at(sent, m.start("ref")) or Arg("topic", "", "Org", "Org")
    start = m.start("owner") if m.group("owner") else m.start("possessor")
    return next((a for a in sent.args if a.group == "Org" and a.explicit and a.start == start), None)


def _reference_at(sent: Sentence, pos: int) -> Arg | None:
    """The reference to an organisation that covers ``pos`` ("Its", "The company"), if any."""
    return next((a for a in sent.args if a.group == "Org" and a.source == "anaphor" and a.start <= pos < a.end), None)


#: An apposition that describes a name, then its relative pronoun: ", une société strasbourgeoise qui ",
#: ", a Leeds startup that ".
_DESCRIBED_WHO = re.compile(r"\s*,\s*(?:une?|la|le|l[’']|a|an|the)\s*[^,;:()]{1,60}?\s(?:qui|which|that)\s+")


def _maker(sent: Sentence, product: Arg) -> Arg | None:
    """The organisation a making verb or a possessive naming phrase right before ``product`` gives as its
    maker: the last organisation before the phrase in its clause (the verb's subject, the possessor;
    its own mention or a reference), or None when the clause names none (then the passage's topic)."""
    if not product.explicit:
        return None
    if (owner := _owner_named(sent, product)) is not None:
        return owner        # "le logiciel de Zentri, baptisé X", "The company's software, X"
    before = sent.text[:product.start]
    m = _MAKING.search(before)
    if m is None:
        m = _POSSESSIVE_NAMING.search(before)
        noun = m.group("noun").casefold() if m is not None else ""
        if m is None or (type_noun_classes().get(noun) or type_noun_classes().get(noun.removesuffix("s"))) \
                not in PRODUCT_TYPES:
            return None     # "its platform, called X", not "ses rivaux américains, X"
    if (poss := _reference_at(sent, m.start())) is not None:
        return poss         # "Its chat assistants, marketed under the brand X": what "Its" stands for
    orgs = [a for a in sent.args if a.group == "Org" and a.explicit and a.end <= m.start()]
    near = [a for a in orgs if not re.search(r"[,;:]|(?<![\w-])(?:qui|que|which|that|who|et|and)\s",
                                             sent.text[a.end:m.start()])]
    if near:
        return near[-1]
    if orgs and _DESCRIBED_WHO.fullmatch(sent.text, orgs[-1].end, m.start()):
        return orgs[-1]     # "… de Zentri, une société nantaise qui édite X": the described name
    if orgs and orgs[0].start <= 3:
        return orgs[0]      # "Zentri, a startup founded by a former Orvane engineer, released X"
    return Arg("topic", "", "Org", "Org") if not orgs else None


@lru_cache(maxsize=4)
def _not_employment_re(lang: str) -> re.Pattern | None:
    """The lexicon's board and study phrases, each right before an organisation (up to three words
    between for a phrase ending with a space: "studied physics at")."""
    alts = _lexicon_alternation("not_employment", lang, r"\s+(?:[\w’'.-]+\s+){0,3}?")
    return None if alts is None else re.compile(rf"(?i)(?<![\w-])(?:{alts})\s*$")


_ALUMNI_AFTER = re.compile(r"(?i)^\s*(?:alumni|alumnus|alumna|graduates?|dropouts?)\b")
#: "A, who is joining Zentri's board", "A will take a seat on Zentri's board of directors".
_JOIN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:join|joins|joined|joining|sits?|sitting|seat|seats)\s+(?:on\s+)?$")
_BOARD_AFTER = re.compile(r"(?i)^['’]s\s+(?:(?:supervisory|advisory)\s+)?board\b")


def _not_employment(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation one its person sits on the board of or studied at ("siège au
    conseil d'administration de Zentri", "studied physics at Veltis University", "Veltis alumni X")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if org.group != "Org" or not org.explicit or person.group != "Person" or not person.explicit:
        return False
    if person.end <= org.start:     # the phrase between the person and the organisation
        if _BOARD_AFTER.match(sent.text[org.end:]) and _JOIN_BEFORE.search(sent.text, person.end, org.start):
            return True
        rx = _not_employment_re(sent.lang)
        return rx is not None and rx.search(sent.text[person.end:org.start].replace("’", "'")) is not None
    return person.start >= org.end and _ALUMNI_AFTER.match(sent.text[org.end:person.start]) is not None


#: What credits a figure or a claim to the organisation named right after it: "selon Orvane",
#: "according to data from Orvane", "d'après le cabinet Orvane".
_ATTRIBUTION = re.compile(r"(?i)(?:\bselon|\bd[’']après|\baccording\s+to|\bciting|\bdata\s+(?:from|compiled\s+by)|"
                          r"\bfigures\s+from|\bchiffres\s+(?:de|d[’'])|\bdonnées\s+(?:de|d[’']))\s*"
                          r"(?:(?:data\s+from|(?:les\s+)?(?:chiffres|données)\s+(?:de|d[’'])|le|la|les|l[’']|the)\s*)?"
                          r"(?:(?:cabinet|firm|société|plateforme|platform|data\s+provider|research\s+firm)\s+)?$")


#: A person the sentence's claim is credited to, maybe with a title: "according to chief executive ",
#: "selon sa directrice générale ", "d'après le PDG ".
_ATTRIBUTED_PERSON = re.compile(r"(?i)(?:\bselon|\bd[’']après|\baccording\s+to)\s+(?:(?:its|their|the|le|la|l[’']|son|"
                                r"sa|leur)\s*)?(?:[\w-]+\s+){0,3}$")


#: A thing's worth before an amount, not a company's: "cloud credits worth ", "un contrat d'une valeur de ".
_THING_WORTH = re.compile(r"(?i)(?<![\w’'-])(?:credits?|vouchers?|contracts?|deals?|grants?|subsid(?:y|ies)|shares|"
                          r"stake|orders?|equipment|chips|GPUs|options|loans?|prizes?|awards?|crédits|bons|contrats?|commandes?|"
                          r"subventions?|prix|prêts?|actions|marchés?)(?:\s+[\w’'-]+){0,2}?\s+(?:worth|valued\s+at|"
                          r"d[’']une\s+valeur\s+(?:totale\s+)?de|valant|évaluée?s?\s+à)\s+(?:(?:about|some|around|roughly|"
                          r"nearly|up\s+to|environ|près\s+de|quelque)\s+)?$")


#: Where a product is found or ranked, not who makes it: "Sur Kerlo Arena", "available on Hugging Face".
_ON_PLATFORM = re.compile(r"(?i)(?<![\w’'-])(?:sur|on)\s+(?:(?:le|la|the)\s+)?$")


def _attributed(sent: Sentence, arg: Arg) -> bool:
    """Is ``arg`` named right after an attribution ("selon Orvane", "according to Orvane"): the source of
    what the sentence says, not a party to it?"""
    return arg.explicit and (_ATTRIBUTION.search(sent.text, max(0, arg.start - 50), arg.start) is not None
                             or _REPORTER_AFTER.match(sent.text, arg.end) is not None
                             and re.search(r",\s*$", sent.text[:arg.start]) is not None)


#: An outlet's reporting verb closing a sentence after its name: ", Zentri Times understands.", ", X has learned".
_REPORTER_AFTER = re.compile(r"\s+(?:understands|has\s+learned|has\s+learnt|a\s+appris)\s*[.!]?\s*$")


@lru_cache(maxsize=1)
def _founder_title() -> re.Pattern:
    """A founder role word of the lexicon, with its article, right before a name ("la cofondatrice ",
    "co-founder ")."""
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(lexicon()['roles']['founder'])})\s+$")


def _titled_founder(sent: Sentence, other: str) -> bool:
    """Does the sentence give a person named by name, not ``other``, a founder's title ("la cofondatrice X",
    "co-founder X")?"""
    pattern = _founder_title()
    return any(a.explicit and a.group == "Person" and a.source != "anaphor" and a.key != other
               and pattern.search(sent.text, max(0, a.start - 40), a.start) for a in sent.args)


@lru_cache(maxsize=2)
def _hiring(lang: str) -> re.Pattern:
    alt = alternation(lexicon()["hiring_verbs"].get(lang, []))
    return re.compile(rf"(?i)(?<![\w-])(?:{alt})(?![\w-])" if alt else r"(?!)")


#: What stands between a hiring verb and the first organisation people came from: who was hired (a few
#: words, no clause break), then "from / de / d' / venus de / issus de / away from".
_HIRED_GAP = re.compile(r"(?i)^(?:[^,.;:!?]{0,80}?(?:\b(?:away\s+)?from|\b(?:venu|venue|venus|venues|issu|issue|issus|"
                        r"issues|passés?|passées?)\s+(?:de|d[’']|par)|\bde|\bd[’']|\bdu|\bdes|\bchez)|"
                        r"\s*(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,3})\s*,\s*(?:venue?s?|issue?s?|passée?s?|"
                        r"arrivée?s?)\s+(?:de|d[’']|du|des|par))\s*(?:(?:l[’']|la\s+|le\s+|les\s+)(?:(?-i:[a-zà-ÿ]+)\s+)?)?$")
#: Or who was hired with a past role in apposition: "hired A, previously sales director at ", "a
#: débauché A, jusqu'ici responsable des ventes chez ".
_HIRED_PAST_ROLE = re.compile(r"(?i)^[^,.;:!?]{0,60}?,\s*(?:previously|formerly|until\s+now|most\s+recently|"
                              r"jusqu['’]ici|jusque-là|auparavant|ex-|ancien(?:ne)?\s|former\s)[^,.;:!?]{0,80}?"
                              r"(?:\bat|\bof|\bwith|\bde|\bdu|\bdes|\bd[’']|\bchez)\s*(?:l[’']|la\s+|le\s+|les\s+|the\s+)?$")
#: Or who was hired with the role they held, in apposition: "poached A, a senior actuary at ", "a recruté A,
#: une ingénieure de ".
_HIRED_ROLE = re.compile(r"(?i)^\s*,\s*(?:an?|un|une)\s[^,.;:!?()]{0,60}?(?:\bat|\bwith|\bchez|\bde|\bdu|\bd[’'])\s*"
                         r"(?:l[’']|la\s+|le\s+|the\s+)?$")
#: Or who was hired with the organisation they served before a role noun: "brought in A, a longtime X
#: executive, as", "hired A, a veteran X engineer".
_HIRED_VETERAN = re.compile(r"(?i)^\s*,\s*(?:an?|the)\s+(?:(?:longtime|long-time|veteran|seasoned|senior|top|"
                            r"former|onetime|one-time)\s+)?$")
_VETERAN_ROLE = re.compile(r"(?i)^(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}?(?:executive|exec|engineer|researcher|veteran|"
                           r"manager|scientist|designer|banker|official|leader|director)s?(?![\w-])")
#: What opens a new clause with its own subject: "…, and Orvane hired…", "; Zentri a recruté…".
_CLAUSE_JOIN = re.compile(r"(?i),\s+(?:and|et|while|but|mais|tandis\s+que|alors\s+que)\s+|[;:]\s*")
#: What may join the organisations of one list: "from A and B", "d'A et de B", "venus de A, de B ou de C".
_HIRED_JOIN = re.compile(r"(?i)^\s*(?:,|et|and|or|ou|&)\s*(?:(?:de|d[’']|du|des|from|chez)\s*)?(?:l[’']|la\s+|le\s+)?$")


def _hired_person_role(sent: Sentence, verb_end: int, org: Arg) -> Arg | None:
    """The person a hiring verb takes as its object ("poached A"), when their apposition names the role
    they held at ``org`` (:data:`_HIRED_ROLE`): that is where they were hired from."""
    person = next((a for a in sent.args if a.explicit and a.group == "Person" and verb_end <= a.start < org.start),
                  None)
    if person is None or not re.fullmatch(r"\s+(?:[a-z]+\s+){0,1}", sent.text[verb_end:person.start]):
        return None
    if _HIRED_VETERAN.match(sent.text[person.end:org.start]) and _VETERAN_ROLE.match(sent.text[org.end:]):
        return person      # "brought in A, a longtime X executive, as COO"
    return person if _HIRED_ROLE.match(sent.text[person.end:org.start]) else None


def _hired_with_role(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation the one its person held a role at when a hiring verb took them
    ("Zentri poached A, a senior actuary at X"): X is a past employer, not a current one?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or org.start < person.end:
        return False
    hires = _hiring(sent.lang).finditer(sent.text, 0, person.start)
    return any(_hired_person_role(sent, h.end(), org) == person for h in hires)


def _hired_from(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence say the candidate's subject hired people from its object: a hiring verb of the
    lexicon after the subject (the first organisation the sentence names, or refers to, before the verb;
    the passage's topic when there is none), then who was hired and "from / venus de" the object or a list
    that holds it?"""
    subj, obj = c.subj, c.obj
    if subj.group != "Org" or obj.group != "Org" or not obj.explicit:
        return False
    for h in _hiring(sent.lang).finditer(sent.text, 0, obj.start):
        clause = max((m.end() for m in _CLAUSE_JOIN.finditer(sent.text, 0, h.start())), default=0)
        orgs = sorted((a for a in sent.args if a.group == "Org" and a.explicit and a.end <= h.start()),
                      key=lambda a: a.end)
        orgs = [a for a in orgs if a.start >= clause] or orgs
        if (orgs[0].key != subj.key) if orgs else subj.explicit:
            continue        # the clause's subject hires, not an investor listed before the verb
        listed = sorted((a for a in sent.args if a.group == "Org" and a.explicit and h.end() <= a.start < obj.start),
                        key=lambda a: a.start)
        if not listed:
            gap = sent.text[h.end():obj.start]
            return _HIRED_GAP.match(gap) is not None or _HIRED_PAST_ROLE.match(gap) is not None \
                or _hired_person_role(sent, h.end(), obj) is not None
        if _HIRED_GAP.match(sent.text[h.end():listed[0].start]) is None:
            continue
        ends = [listed[0]] + listed[1:] + [obj]
        if all(_HIRED_JOIN.match(sent.text[a.end:b.start]) for a, b in zip(ends, ends[1:], strict=False)):
            return True
    return False


#: Where a career began, up to the organisation: "trained at ", "started out with ", "a fait ses armes chez ".
_TRAINED_AT = (r"(?:had\s+|a\s+|avait\s+)?(?:trained|started\s+out|began\s+(?:his|her|their)\s+career|"
               r"cut\s+(?:his|her|their)\s+teeth|fait\s+ses\s+(?:armes|classes|débuts)|débuté)\s+"
               r"(?:[\w’'-]+\s+){0,3}?(?:at|with|chez|à|au)")
#: An apposition that gives the person before it a past employer, named at its end: "X, un ex-", "X,
#: une ancienne d'", "X, ancien responsable produit chez ", "X, a former ", "X, formerly of ".
_FORMER_APPOSITION = re.compile(
    r"(?i)^\s*,\s*(?:(?:un|une|a|an)\s+)?(?:ex-(?:[\w’'-]+\s+){0,3}?(?:chez|at|de|du|des|d[’']|of)?\s*|"
    r"former\s+(?:[\w’'-]+\s+){0,2}?|formerly\s+(?:of|at|with)\s+|"
    r"ancien(?:ne)?\s+(?:[\w’'-]+\s+){0,5}?(?:de|du|des|d[’']|chez)\s*|pass[ée]e?\s+par\s+|"
    r"(?:previously|formerly|auparavant|précédemment)\s+(?:[\w’'-]+\s+){0,5}?(?:at|chez|for|with|de|du|d[’'])\s*|"
    r"(?:who|qui)\s+(?:had\s+|has\s+|a\s+|avait\s+)?(?:previously\s+|auparavant\s+|précédemment\s+)?"
    r"(?:spent|passé)\s+(?:[\w’'-]+\s+){1,4}?(?:at|chez|à)\s*|"
    r"who\s+(?:ran|led|headed|managed|worked\s+(?:on|in|as))\s+(?:[\w’'-]+\s+){0,5}?(?:at|for)\s*|"
    r"(?:who|qui)\s+" + _TRAINED_AT + r"\s*|"       # "A, who trained at X before moving into software"
    r"(?:who|qui)\s+(?:previously|formerly|auparavant|précédemment)\s+(?:[\w’'-]+\s+){1,5}?"
    r"(?:at|chez|for|with|de|du|d[’'])\s*|"
    r"(?:then|alors|at\s+the\s+time|à\s+l[’']époque)\s+(?:[\w’'-]+\s+){1,4}?"    # "A, then a fellow at X,"
    r"(?:at|in|with|of|chez|à|au|de|du|d[’'])\s*(?:the\s+|l[’']\s*|la\s+|le\s+)?)$")
#: A fronted past role before the organisation, the person after it: "Ancienne auditrice chez X, A a
#: fondé…", "Former Orvane engineer A", "Passée par X, A…".
_FORMER_FRONTED = re.compile(r"(?i)^\W*(?:ancien(?:ne)?\s+(?:[\w’'-]+\s+){0,4}?(?:chez|de|du|d[’'])\s*|"
                             r"former\s+(?:[\w’'-]+\s+){0,4}?(?:at|of|with)\s+|pass[ée]e?\s+par\s+)$")


#: A past career told by a verb between the person and the organisation, the person opening the sentence or
#: a clause: "Elle a travaillé six ans chez X", "Lui arrive de Y", "Il était chercheur à Z", "elle quitte X".
_PAST_CAREER = re.compile(
    r"(?i)^\s*(?:,\s*)?(?:(?:(?:a|avait)\s+(?:[\w’'-]+\s+){0,2}?(?:passé|travaillé|officié|exercé|œuvré|"
    r"fait\s+(?:ses\s+armes|carrière|ses\s+débuts))|arrive|vient|venait|était\s+(?:[\w’'-]+\s+){0,3}?|"
    r"est\s+passée?)\s+(?:[\w’'-]+\s+){0,4}?(?:chez|à|au|de|du|d[’']|par)\s*|"
    r"(?:(?:a|avait)\s+quitté|quitte|quittait)\s+(?:(?:le|la|l[’'])\s*(?:groupe|société|laboratoire)?\s*)?|"
    r"(?:a|avait)\s+été\s+(?:pendant|durant)\s+[\w-]+\s+(?:ans|années|mois)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:chez|à|au|de|du|d[’'])\s*|"     # ("elle a été pendant sept ans juriste chez X")
    r"(?:came|had\s+come|arrived|had\s+arrived)\s+(?:over\s+)?from\s+(?:the\s+)?)$")


@lru_cache(maxsize=1)
def _its_chief() -> re.Pattern:
    """A relative clause on a person that makes them the chief executive of what the sentence founded or
    named before: ", qui en devient le PDG", ", who is now its chief executive"."""
    roles = alternation(lexicon()["roles"]["ceo"])
    return re.compile(rf"(?i)^\s*,\s*(?:qui\s+en\s+(?:est|sera|devient)|who\s+(?:is|serves\s+as|will\s+be|"
                      rf"becomes)\s+(?:now\s+)?its)\s+(?:aujourd[’']hui\s+|désormais\s+|now\s+)?"
                      rf"(?:(?:le|la|l[’']|the)\s*)?(?:{roles})(?![\w-])")


#: Years spent at an organisation, right before it: "après dix ans chez", "after six years at".
_YEARS_AT = re.compile(r"(?i)(?<![\w-])(?:après|after)\s+(?:[\w’'-]+\s+){0,3}?(?:ans|années|years|décennies?|decades?)"
                       r"\s+(?:passée?s?\s+)?(?:(?:as|comme|en\s+tant\s+que)\s+(?:[\w’'-]+\s+){1,4}?)?(?:chez|à|au|at|with)\s+$")
#                                                       ("after six years as a sales lead at X")


def _joined_after_years(sent: Sentence, c: Candidate) -> bool:
    """Does a person join the candidate's subject after years at its object ("who joined X last spring after
    eight years at Y"), no other organisation between them?"""
    hirer, source = c.subj, c.obj
    if not (hirer.explicit and source.explicit) or hirer.end > source.start:
        return False
    if re.search(r"(?i)(?<![\w-])(?:joined|joins|rejoint|arrivée?\s+chez|arrived\s+at)\s+$",
                 sent.text[max(0, hirer.start - 30):hirer.start]) is None:
        return False
    return _YEARS_AT.search(sent.text, max(0, source.start - 60), source.start) is not None and not any(
        a.explicit and a.group == "Org" and hirer.end <= a.start < source.start for a in sent.args)


#: What between a person and an organisation makes the organisation the person's past: "A, passée par
#: l'Onera", "A, docteure en physique passée par X", "B, après un passage chez X", "C, qui a travaillé douze
#: ans chez X" (or "… comme ingénieure réseau chez X"), "D, venue de l'américain X".
_PASSED_BY = re.compile(r"(?i)^\s*,?\s*(?:[^,;:.()«»\"“”]{0,70}?\s)?(?:passée?s?\s+par|"
                        r"après\s+un\s+passage\s+(?:chez|à|au|par)|a\s+travaillé\s+(?:[\w’'-]+\s+){0,3}?"
                        r"(?:(?:comme|en\s+tant\s+que)\s+(?:[\w’'-]+\s+){1,6}?)?(?:chez|à|au|pour)|"
                        r"travaillai(?:t|ent)\s+(?:alors\s+|à\s+l[’']époque\s+|encore\s+|jusque-là\s+)?(?:chez|à|au|pour)|"
                        r"(?:venue?s?|issue?s?|arrivée?s?|en\s+provenance)\s+(?:de|d[’']|du|des))\s*"
                        r"(?:(?:l[’']|le\s+|la\s+|les\s+)(?:(?-i:[a-zà-ÿ]+)\s+)?)?$")


#: A fronted "passé(e) par" that opens the sentence: "Passée par X puis par Y, elle…".
_PASSED_BY_FRONTED = re.compile(r"(?i)^\W*(?:passée?s?\s+par|après\s+un\s+passage\s+(?:chez|à|au|par))\s*"
                                r"(?:l[’']|le\s+|la\s+|les\s+)?$")
#: Between two organisations of one career: "passée par X puis par Y", "X, Y et Z", "chez X puis chez Y".
_CAREER_NEXT = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:et|puis|and|then|ainsi\s+que)\s+)?(?:(?:par|chez|at)\s+)?"
                          r"(?:l[’']|le\s+|la\s+|les\s+)?")


def _person_org(c: Candidate) -> tuple[Arg, Arg] | None:
    """The candidate's person and organisation, whichever way round, when it pairs a named person with a named
    organisation."""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit):
        return None
    return person, org


#: A person's move to the organisation named right after: "a rejoint", "vient de rejoindre", "has joined",
#: "joins" (not "avait rejoint", "had joined": an older step).
_JOINS_NOW = re.compile(r"(?i)(?<![\w’'-])(?:(?:a|has|have|vient\s+de|just|recently|récemment|désormais|now)\s+)*"
                        r"(?:rejoint|rejoindre|rejoignent|intégré|intègrent|joined|joins)\s+(?:(?:the|la|le|l[’'])\s*)?$")
#: What makes a move an older step: "avait rejoint", "had joined", "d'abord", a year before it.
_OLDER_MOVE = re.compile(r"(?i)(?<![\w’'-])(?:avait|had|d[’']abord|first|initially|en\s+(?:19|20)\d\d|"
                         r"in\s+(?:19|20)\d\d)(?![\w’'-])")


def _joins_now(sent: Sentence, c: Candidate) -> bool:
    """Does the candidate's person, the clause's subject, join its organisation now ("A, qui dirigeait la
    technique depuis son départ de X, a rejoint Y en tant que directrice", "B has joined Y")? An aside
    between the two may name other places; a board is no employer ("joined Y's board")."""
    pair = _person_org(c)
    if pair is None or pair[0].end >= pair[1].start:
        return False
    person, org = pair
    gap = sent.text[person.end:org.start]
    verb = _JOINS_NOW.search(gap)
    if verb is None or _OLDER_MOVE.search(gap[max(0, verb.start() - 12):]) \
            or re.match(r"(?i)(?:[’']s)?\s+(?:board|conseil)", sent.text[org.end:]):
        return False
    head = gap[:verb.start()]
    if head.startswith(","):        # an aside closed by a comma right before the verb
        head = "" if re.fullmatch(r",[^;:.]*,\s*", head) else head
    return not head.strip() and not re.search(r"(?i)(?:before|avant|then|puis|ensuite)",
                                              sent.text[org.end:org.end + 40])


def _career_chain(sent: Sentence, first: Arg, last: Arg) -> bool:
    """Do the organisations from ``first`` to ``last`` form one list of places of a career ("X puis Y")?"""
    orgs = sorted((a for a in sent.args if a.explicit and a.group == "Org" and first.start <= a.start <= last.start),
                  key=lambda a: a.start)
    if any(a.explicit and a.group == "Person" and first.start < a.start < last.start for a in sent.args):
        return False
    return bool(orgs) and orgs[0] is first and all(
        _CAREER_NEXT.fullmatch(sent.text, x.end, y.start) is not None for x, y in zip(orgs, orgs[1:], strict=False))


def _passed_by(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation where its person has been, by :data:`_PASSED_BY`, with no other
    person named between them and only the organisations of one list ("A, passée par X puis par Y")? Or
    by a fronted :data:`_PASSED_BY_FRONTED` whose list the person follows ("Passée par X et Y, elle…")?"""
    pair = _person_org(c)
    if pair is None:
        return False
    person, org = pair
    if re.search(r"(?i)\b(?:avec|with)\s+$", sent.text[:person.start]):
        return False    # "a fondé X en 2019 avec B après un passage chez Y": the founder's past, not B's
    orgs = sorted((a for a in sent.args if a.explicit and a.group == "Org"), key=lambda a: a.start)
    if person.end <= org.start:
        first = next((a for a in orgs if a.start >= person.end), None)
        return first is not None and _career_chain(sent, first, org) \
            and _PASSED_BY.match(sent.text[person.end:first.start]) is not None
    if not orgs or not _PASSED_BY_FRONTED.match(sent.text[:orgs[0].start]):
        return False
    end = max((a for a in orgs if _career_chain(sent, orgs[0], a)), key=lambda a: a.start)
    return _career_chain(sent, orgs[0], org) and re.fullmatch(r"\s*,\s*", sent.text[end.end:person.start]) is not None


@lru_cache(maxsize=4)
def _move_re(lang: str) -> re.Pattern | None:
    """A leaving verb, the organisation left, at most eight words, a joining phrase (``move_verbs``)."""
    moves = lexicon().get("move_verbs", {})
    leave, join = moves.get("leave", {}).get(lang), moves.get("join", {}).get(lang)
    if not leave or not join:
        return None
    return re.compile(rf"(?i)(?<![\w’'-])(?:{alternation(leave)})\s+(?P<from>\S.*?)\s+(?:(?:[\w’'-]+|,)\s+){{0,8}}?"
                      rf"(?:{alternation(join)})\s+(?:(?:the|la|le|l[’']|les)\s*)?(?=\S)")


def _moved(sent: Sentence, c: Candidate) -> str | None:
    """"from" when the candidate's organisation is the one its person left, "to" when it is the one they
    left it for ("A a quitté l'entreprise l'an passé pour rejoindre Y", "B left Zentri in May to join Y");
    the person is the clause's subject, the last person named before the verb, with nothing but an aside
    between."""
    rx, pair = _move_re(sent.lang), _person_org(c)
    if rx is None or pair is None:
        return None
    person, org = pair
    for m in rx.finditer(sent.text, person.end):
        gap = sent.text[person.end:m.start()]
        if len(re.findall(r"[^\W\d]+", gap)) > 6 or re.search(r"[.;:]", gap) \
                or any(a.explicit and a.group == "Person" and person.end <= a.start < m.start() for a in sent.args):
            return None
        left = next((a for a in sent.args if a.explicit and a.group == "Org" and a.start >= m.start("from")
                     and re.fullmatch(r"(?i)(?:(?:the|la|le|l[’']|les)\s*)?", sent.text[m.start("from"):a.start])),
                    None)
        joined = next((a for a in sent.args if a.explicit and a.group == "Org" and a.start == m.end()), None)
        if joined is None:
            return None
        # what was left may name no organisation ("a quitté l'aventure pour rejoindre Y"): Y employs A all the same
        return "from" if left is not None and org is left else "to" if org is joined else None
    return None


#: Where a clause begins, before a partnership phrase: a sentence's start, a semicolon, a colon, a dash or a
#: conjunction that opens another clause.
_CLAUSE_START = re.compile(r"(?i)[;:—–]|,\s*(?:and|but|while|et|mais|tandis\s+que|alors\s+que)\s|\s(?:but|mais)\s")


def _partnered(sent: Sentence, c: Candidate) -> bool:
    """Does a partnership phrase (``partnership_phrases``) make the candidate's ends partners: one is listed
    right after the phrase, the other is the clause's first organisation before it, or, when the clause
    names none there, the passage's ("The startup has now teamed up with A, …")?"""
    rx = _phrase_re("partnership_phrases", sent.lang)
    if rx is None or c.subj.group != "Org" or c.obj.group != "Org":
        return False
    orgs = sorted((a for a in sent.args if a.explicit and a.group == "Org"), key=lambda a: a.start)
    for m in rx.finditer(sent.text):
        listed, at = [], m.end()
        for a in orgs:
            if a.start < at:
                continue
            if not re.fullmatch(r"(?i)\s*(?:(?:the|la|le|l[’']|les)\s*)?", sent.text[at:a.start]):
                break
            listed.append(a)
            nxt = _PORTFOLIO_NEXT.match(sent.text, a.end)
            if nxt is None:
                break
            at = nxt.end()
        start = max((x.end() for x in _CLAUSE_START.finditer(sent.text, 0, m.start())), default=0)
        before = [a for a in orgs if start <= a.start and a.end <= m.start()]
        for partner, other in ((c.obj, c.subj), (c.subj, c.obj)):
            if not partner.explicit or not any(a.start == partner.start for a in listed):
                continue
            if before:
                if other.explicit and other.start == before[0].start:
                    return True
            elif other.kind == "topic" or other.source == "anaphor" or other.key == sent.main and other.start > m.end():
                return True
    return False


#: A product's maker right after it: ", le modèle maison de Kerlo", " de Mistral AI", ", developed by Meta",
#: ", Meta's model" is not (the maker comes first there).
_MAKER_AFTER = re.compile(r"(?i)\s*(?:,\s*(?:(?:le|la|l[’']|les|un|une|the|a|an|its|son|sa)\s+)?[^,;.()«»\"“”]{0,60}?)?"
                          r"(?:(?<![\w’'-])(?:de|du|d[’']|of|by|par|from)|développée?s?\s+par|conçue?s?\s+par|"
                          r"developed\s+by|made\s+by|built\s+by|released\s+by)\s*(?:(?-i:[A-Z][\w-]+)[’']s\s+)?$")
#: What hosts or rents out a product rather than makes it, right before the organisation.
_RENTED_FROM = re.compile(r"(?i)(?<![\w’'-])(?:louée?s?\s+(?:auprès\s+d[eu’']|à|chez)|hébergée?s?\s+(?:chez|par)|"
                          r"rented\s+from|leased\s+from|hosted\s+(?:by|at|on)|renting\s+from|"
                          r"(?:accessibles?|disponibles?|proposée?s?)\s+(?:(?:par|via)\s+(?:une\s+)?api\s+)?(?:chez|sur)|"
                          r"(?:available|offered|served)\s+(?:(?:through|via)\s+(?:an\s+)?api\s+)?(?:on|from|through|via))"
                          r"\s*$")
#: Between two products of a list: "A et B", "A, B ou C", "A and B".
_PRODUCT_LIST_GAP = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:et|and|ou|or|&)\s+)?(?:(?:le|la|l[’']|les|the)\s*)?")


def _compared_product(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's product one the sentence compares another with ("un modèle qui vise A et B",
    "Lumo dépasse A", lexicon ``comparison_phrases``), or is its would-be maker the complement of
    another product ("Lumo dépasse Orlan, le modèle maison de Kerlo")? Then the candidate's
    organisation made it only when named as its complement right after it."""
    product, org = c.subj, c.obj
    if product.group != "Product" or org.group != "Org" or not (product.explicit and org.explicit):
        return False
    products = sorted((a for a in sent.args if a.explicit and a.group == "Product"), key=lambda a: a.start)
    # the maker named as another product's complement
    owner = max((q for q in products if q.end <= org.start), default=None, key=lambda q: q.end)
    if owner is not None and owner.key != product.key and _MAKER_AFTER.fullmatch(sent.text, owner.end, org.start) \
            and not any(owner.end <= a.start < org.start for a in sent.args if a.explicit and a.kind == "entity"):
        return True
    if org.start >= product.end and _MAKER_AFTER.fullmatch(sent.text, product.end, org.start):
        return False            # its own complement
    rx = _phrase_re("comparison_phrases", sent.lang)
    if rx is None:
        return False
    possessed = re.match(r"[’']s\s+", sent.text[org.end:])
    if possessed is not None and product.end <= org.start \
            and any(q.start == org.end + possessed.end() and q.key != product.key for q in products) \
            and rx.search(sent.text, product.end, org.start):
        return True             # "It beats OpenAI's GPT-4o": OpenAI makes GPT-4o
    first = product
    for q in reversed([q for q in products if q.end <= product.start]):
        if not _PRODUCT_LIST_GAP.fullmatch(sent.text, q.end, first.start):
            break
        first = q               # "vise A et B": B is compared too
    before = sent.text[max(0, first.start - 40):first.start]
    return re.search(rf"(?:{rx.pattern})\s*(?:(?:le|la|l[’']|les|the|son|sa|ses|its|their)\s*)?$", before,
                     re.I) is not None


#: A backer's verb of giving right before an amount: "apporte ", "injecte près de ", "puts in ", "contributed ".
_PUTS_IN = re.compile(r"(?i)(?<![\w’'-])(?:apporte|apportent|apportera|injecte|injectent|souscrit|souscrivent|"
                      r"(?:a|ont)\s+(?:apporté|injecté|souscrit|mis)|met|mettent|contributes|contributed|puts\s+in|"
                      r"put\s+in|is\s+putting\s+in|brings|brought)\s+(?:[\w’'-]+\s+){0,3}?$")
#: Debt right after an amount: "$10 million in debt financing", "€10m venture debt facility", "10 millions
#: d'euros sous forme de dette", "100 millions de dollars de dette".
_DEBT_AFTER = re.compile(r"(?i)^\s*(?:(?:in|of|en|de|d[’']|as|sous\s+(?:la\s+)?forme\s+d[e’']|worth\s+of)\s*)?"
                         r"(?:(?:new|additional|venture|convertible|senior|nouvelle|nouveaux?|asset-backed)\s+)*"
                         r"(?:debt|dette|dettes|loans?|prêts?|credit\s+(?:line|facility)|ligne\s+de\s+crédit|"
                         r"emprunts?|unitranche|mezzanine|(?:working[- ]capital|revolving(?:\s+credit)?|debt|loan|term|"
                         r"borrowing)\s+facilit(?:y|ies))(?![\w-])")
#: A loan's noun right before its amount: "un prêt bancaire de 2 M€", "un financement unitranche de 9 M€" ("a $9
#: million credit line" is after).
_DEBT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:prêts?|loans?|dette|debt|emprunts?|crédit|credit\s+(?:line|facility)|"
                          r"facility|unitranche|mezzanine)\s+(?:(?:bancaire|d[’']honneur|d[’']innovation|innovation|garanti|of|de|d[’']|worth|"
                          r"totalling|totaling)\s+)*"
                          r"(?:(?:about|around|environ|près\s+de|some)\s+)?$")


#: A lender's verb between the lender and the borrower: " has given ", " provided ", " a accordé à ", " extended to ".
_LENDS = re.compile(r"(?i)\s+(?:(?:has|have|had|also|a|avait|ont|lui)\s+)*(?:given|gave|provided|extended|granted|lent|"
                    r"loaned|offered|arranged|accordé|octroyé|consenti|prêté)(?:\s+(?:to|à))?\s+")


def _debt_amount(sent: Sentence, amount: Arg) -> bool:
    """Is the amount a loan or debt, not shares sold ("$10 million in venture debt", "un prêt bancaire de
    2 M€"), with no word of equity in its clause?"""
    if amount.kind != "amount" or not amount.explicit:
        return False
    after = sent.text[amount.end:amount.end + 60]
    before = sent.text[max(0, amount.start - 40):amount.start]
    if not (_DEBT_AFTER.match(after) or _DEBT_BEFORE.search(before)):
        return False
    return re.search(r"(?i)(?<![\w-])(?:equity|capital|actions|shares|fonds\s+propres)(?![\w-])", after) is None


#: A possessive seat right before a city: "son siège restera à", "its headquarters remain in", "le siège de
#: la société est à" (the owner is the clause's first organisation, or the passage's); "X, …, whose
#: headquarters are in", "dont le siège (…) à" (only in a sentence that opens with its owner).
_SEAT_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:(?:son|sa|leur|its|their)\s+(?:siège(?:\s+social)?|headquarters|"
                          r"head\s+office|hq)|(?:le|the)\s+(?:siège(?:\s+social)?|headquarters|head\s+office)\s+"
                          r"(?:de\s+la\s+(?:société|start-?up)|of\s+the\s+company)|(?P<rel>dont\s+le|whose)\s+"
                          r"(?:siège(?:\s+social)?|headquarters|head\s+office))\s+"
                          r"(?:(?:est|reste|restera|demeure|sera|se\s+trouve|se\s+situe|is|are|remains?|will\s+remain|"
                          r"will\s+stay|stays?|still|toujours|bien|installée?|based|located)\s+)+(?:à|au|en|in)\s+$")


#: The sum's form, later in its sentence: "un montant payé sous forme de subvention", "paid as a grant".
_AS_GRANT = re.compile(r"(?i)\b(?:sous\s+(?:la\s+)?forme\s+d[e’']\s*"
                       r"(?:subventions?|prêts?|dons?|avances?\s+remboursables?)|"
                       r"(?:paid|given|awarded|disbursed)\s+as\s+an?\s+(?:grant|loan|prize))\b")


#: A seat still to move: "son siège sera à", "will be in", "déménagera à".
_SEAT_MOVES = re.compile(r"(?i)(?<![\w’'-])(?:sera|will\s+be|will\s+move|déménagera)(?![\w’'-])")


def seat_stays(sent: Sentence, org: Arg, city: Arg) -> bool:
    """Does a possessive seat phrase say where the head office is and stays ("son siège restera à Lyon", "its
    headquarters will remain in Leeds"), whatever plan the rest of the sentence tells?"""
    return _seat_of(sent, org, city) and _SEAT_MOVES.search(sent.text, max(0, city.start - 80), city.start) is None


def _seat_of(sent: Sentence, org: Arg, city: Arg) -> bool:
    """Does a possessive seat phrase (:data:`_SEAT_BEFORE`) give ``city`` as the head office of ``org``, the
    first organisation the sentence names (or refers to), or the passage's when it names none?"""
    if org.group != "Org" or city.group != "Place" or not city.explicit:
        return False
    m = _SEAT_BEFORE.search(sent.text, max(0, city.start - 80), city.start)
    if m is None:
        return False
    orgs = sorted((a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()),
                  key=lambda a: a.start)
    if not orgs:
        return not org.explicit and not m.group("rel")  # "…du nouvel ensemble, dont le siège": its, not the topic's
    if m.group("rel") and (owner := _relative_seat_owner(sent, city)) is not None and owner.key != org.key:
        return False                    # "Zentri a un prêt de la CKD, dont le siège reste à Niamey": the lender's
    return org.explicit and org.start == orgs[0].start and (not m.group("rel") or orgs[0].start <= 3)


def _relative_seat_owner(sent: Sentence, city: Arg) -> Arg | None:
    """The organisation a relative seat clause right after it places in ``city`` ("la Caisse K de développement
    (CKD), dont le siège reste à Niamey", "Orvane, whose headquarters are in Leeds"): the last one named before
    "dont"/"whose"."""
    if city.group != "Place" or not city.explicit:
        return None
    m = _SEAT_BEFORE.search(sent.text, max(0, city.start - 80), city.start)
    if m is None or not m.group("rel"):
        return None
    before = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()
              and re.fullmatch(r"\)?\s*(?:\([^()]{1,20}\)\s*)?,\s*", sent.text[a.end:m.start()])]
    return max(before, key=lambda a: a.end) if before else None


def _org_apposition(sent: Sentence, a: Arg) -> bool:
    """Is the name right before ``a`` an organisation (``a`` completes that organisation's apposition: "B, the
    venture arm of Y")?"""
    before = [x for x in sent.args if x.explicit and x.kind == "entity" and x.end <= a.start]
    return bool(before) and max(before, key=lambda x: x.end).group == "Org"


#: A past role's word: "ancien directeur de", "former head of", "ex-directeur de".
#: Words that mark a role as past ("the former CEO of", "ancienne directrice de", "ex-ingénieur").
PAST_WORDS = r"(?:former|formerly|previously|ex|ancien|ancienne|anciens|anciennes)"
_PAST_ROLE_WORD = re.compile(rf"(?i)(?<![\w’'-]){PAST_WORDS}(?:-|\s)")
#: A first step of a career between a person and an organisation: "elle a d'abord rejoint X", "began his career
#: at X", "first joined X": a past job, not the current one.
_FIRST_STEP = re.compile(r"(?i)(?<![\w’'-])(?:d[’']abord|first|initially|à\s+ses\s+débuts|en\s+début\s+de\s+carrière|"
                         r"au\s+début\s+de\s+sa\s+carrière|commencé\s+sa\s+carrière|débuté\s+sa\s+carrière|"
                         r"began\s+(?:her|his|their)\s+career|started\s+(?:her|his|their)\s+career)(?![\w’'-])")
#: A department's lead after a person, not the company's: "prend la tête du pôle data", "took charge of
#: engineering", "will head the product team".
_DEPARTMENT_HEAD = re.compile(r"(?i)^(?:\s*,[^;:()«»]{0,80}?,\s*(?:qui|who)\s+(?:en\s+)?|\s+)"
                              r"(?:(?:a|avait|has|had|will|va)\s+)?(?:(?:aujourd[’']hui|désormais|now|today|also|aussi)\s+)?(?:pris|prend|prendra|prendre|took|"
                              r"takes|take|heads?|headed|leads?|led|dirige|dirigera)"
                              r"(?:\s+(?:aujourd[’']hui|désormais|now|today))?\s+(?:la\s+tête|la\s+direction|charge|the\s+helm|"
                              r"over)?\s*(?:de\s+la|du|des|de\s+l[’']|d[’']|of\s+(?:the\s+)?|the\s+|la\s+|le\s+|les\s+|l[’']|its\s+)?\s*(?:recherche|r&d|"
                              r"technique|produit|ventes|commercial|pôle|division|équipe|laboratoire|ingénierie|research|"
                              r"engineering|product|sales|unit|team|lab|science)(?![\w-])")


def _first_step(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation the first step of its person's career, told as such between them?"""
    pair = _person_org(c)
    if pair is None or not 0 < pair[1].start - pair[0].end <= 80:
        return False
    person, org = pair
    steps = list(_FIRST_STEP.finditer(sent.text, person.end, org.start))
    return bool(steps) and org.start - steps[-1].end() <= 30 and not any(
        a.explicit and a.kind == "entity" and steps[-1].end() <= a.start < org.start for a in sent.args)


#: An owner after what it owns: "X sera détenue à 70 % par A et à 30 % par B", "X is 55% owned by A and 45%
#: by B", "X, majority-owned by A".
_OWNED = re.compile(r"(?i)^\s*,?\s*(?:(?:sera|est|serait|will\s+be|is|was|would\s+be)\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:détenue?s?|owned|held)\b[^.;:()]*?(?:par|by)\s+$")
_SHARE = re.compile(r"\d\s*%|\bper\s?cent\b|pour\s+cent")
#: Two organisations that create a third as a joint venture: "A et B créent X, une coentreprise",
#: "A and B formed X, a joint venture".
_JOINT_VENTURE = re.compile(r"(?i)^\s*,?\s*(?:une?|a|an|the|la|le)\s+(?:[\w-]+\s+){0,2}?(?:coentreprise|co-entreprise|"
                            r"joint[\s-]+venture|société\s+commune|filiale\s+commune)\b")
_CREATE = re.compile(r"(?i)^\s+(?:(?:ont|have|has)\s+)?(?:créent|créé|lancent|lancé|fondent|fondé|forment|formé|"
                     r"create|created|form|formed|launch|launched|set\s+up)\s+$")


#: A stake held by the organisation right before, maybe past its apposition, and where it is held: "X, which
#: hosted the company early on, still owns a minority stake", "X détient une participation minoritaire dans Y".
_HOLDS_STAKE = re.compile(r"(?i)^(?:\s*,[^;:()]{1,100}?,)?\s+(?:(?:still|also|now|already|toujours|aussi|déjà|"
                          r"désormais)\s+)?(?:holds|owns|retains|keeps|détient|possède|conserve|garde)\s+"
                          r"(?:(?:a|an|une|its|sa|son)\s+)?(?:[\w-]+\s+){0,2}?(?:stake|shareholding|participation|"
                          r"equity\s+stake)(?![\w-])(?P<in>\s+(?:in|dans|au\s+capital\s+de)\s+(?:(?:the|la|le|l[’'])\s*)?)?")


def _holds_stake(sent: Sentence, c: Candidate) -> bool:
    """Does the candidate's subject hold a stake (:data:`_HOLDS_STAKE`) in its object: the organisation named
    right after "in", or the passage's when none is named?"""
    owner, owned = c.subj, c.obj
    if owner.group != "Org" or owned.group != "Org" or not owner.explicit:
        return False
    m = _HOLDS_STAKE.match(sent.text[owner.end:])
    if m is None:
        return False
    if m.group("in"):
        return owned.explicit and owned.start == owner.end + m.end()
    return (not owned.explicit or owned.source == "anaphor") and (
        owner.start <= 4 or re.fullmatch(r"\W*(?:[\w’'-]+\s+){1,4}", sent.text[:owner.start]) is not None
        and not any(a.explicit and a.kind == "entity" and a.end <= owner.start for a in sent.args))
    #                                                     ("Public lender X owns a minority stake too")


def _owner(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's subject an owner of its object, by :data:`_OWNED` or as one of the two
    organisations that create it as a joint venture (:data:`_JOINT_VENTURE`)?"""
    owner, owned = c.subj, c.obj
    if owner.group != "Org" or owned.group != "Org" or not (owner.explicit and owned.explicit):
        return False
    if owned.end <= owner.start:    # a share, not the whole ("Nuance, owned by Microsoft": bought)
        between = sent.text[owned.end:owner.start]
        return _OWNED.match(between) is not None and _SHARE.search(between) is not None
    if not _JOINT_VENTURE.match(sent.text[owned.end:]):
        return False
    parents = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= owned.start]
    if not 1 <= len(parents) <= 2 or owner not in parents \
            or not _CREATE.match(sent.text[parents[-1].end:owned.start]):
        return False
    between = sent.text[parents[0].end:parents[-1].start]
    return len(parents) == 1 or re.fullmatch(r"\s+(?:et|and|&)\s+", between) is not None


#: A hire's origin in the person's apposition: "A, recrutée chez X", "A, venue de l'AP-HP", "A, recruited from X".
_RECRUITED = re.compile(r"(?i)^(?:\s*,\s*|\s+(?:was|were|has\s+been|had\s+been|a\s+été|avait\s+été|est|is)\s+)"
                        r"(?:(?:tout\s+juste|récemment|recently|newly)\s+)?(?:recrutée?|débauchée?|venue?|"
                        r"arrivée?|recruited|poached|hired)\s+(?:(?:away\s+)?from|chez|de|du|d[’'])\s*"
                        r"(?:l[’']|la\s+|le\s+|the\s+)?$"
                        r"|^\s*,\s*(?:who|qui)\s+(?:(?:has|had|a|avait|recently|récemment)\s+)*(?:joined|rejoint)\s+"
                        r"[^,;:.]{1,50}?\s+(?:from|en\s+provenance\s+de)\s*(?:the\s+)?$")


#: A hiring verb right before where the hire comes from, the hire named after: "vient de recruter chez X son
#: directeur financier, A", "a débauché chez X", "hired from X".
_RECRUITED_AT = re.compile(r"(?i)(?<![\w’'-])(?:recrut\w*|débauch\w*|embauch\w*|hired|poached|recruited)\s+"
                           r"(?:(?:away\s+)?from|chez)\s*(?:l[’']|la\s+|le\s+|the\s+)?$")


def _recruited_from(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation where its person was hired from, in the person's apposition?"""
    pair = _person_org(c)
    if pair is None:
        return False
    person, org = pair
    if org.start < person.end:          # "vient de recruter chez X son directeur financier, A"
        return _RECRUITED_AT.search(sent.text, max(0, org.start - 40), org.start) is not None \
            and re.fullmatch(r"[^,;:.]{0,60},?\s*", sent.text[org.end:person.start]) is not None \
            and not any(a.explicit and a.kind == "entity" and org.end <= a.start < person.start for a in sent.args)
    return _RECRUITED.match(sent.text[person.end:org.start]) is not None


#: A sentence that opens on its people's founding title, with no organisation: "Co-founders A and B met…",
#: "Founder A was…", "Cofondatrice et présidente, A…".
_TITLE_OPENING = re.compile(r"(?i)^\W*(?:(?:her|his|their|its|ses|son|sa|leurs?)\s+(?:fellow\s+)?)?"
                            r"(?:(?:ceo|chief\s+executive|pdg|présidente?)\s+(?:and|et|&)\s+)?(?:co-?founders?|"
                            r"cofounders?|founders?|co-?fondat(?:eur|rice)s?|cofondat(?:eur|rice)s?|fondat(?:eur|rice)s?)"
                            r"(?:\s+(?:and|et|&)\s+(?:ceo|chief\s+executive|pdg|présidente?))?"
                            r"(?:\s+(?:are|were|sont|étaient|include|incluent)(?![\w’'-]))?\s*[,:]?\s*")


def _titled_opening(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person one of the people a sentence opens with under a founding title ("Co-founders
    A, a former X engineer, and B met…"), its organisation the passage's (unnamed here)?"""
    person = c.obj
    if c.subj.explicit or c.subj.group != "Org" or person.group != "Person" or not person.explicit:
        return False
    m = _TITLE_OPENING.match(sent.text)
    if m is None or person.start < m.end():
        return False
    if person.start == m.end():
        return True
    first = next((a for a in sent.args if a.explicit and a.start == m.end() and a.group == "Person"), None)
    return first is not None and re.fullmatch(r"(?:,[^.;:,]{1,80})?,?\s+(?:and|et)\s+",
                                              sent.text[first.end:person.start]) is not None


#: Where people met, right before the organisation: "se sont rencontrés chez", "met at", "se sont connus à".
_MET_AT = re.compile(r"(?i)(?<![\w’'-])(?:se\s+sont\s+(?:rencontrée?s|connue?s)|(?:had\s+)?met|first\s+met|"
                     r"ont\s+fait\s+connaissance)\s+(?:[\w’'-]+\s+){0,3}?(?:chez|at|à|au|while\s+working\s+at)\s*"
                     r"(?:l[’']|la\s+|le\s+|the\s+)?$")


def _met_at(sent: Sentence, c: Candidate) -> bool:
    """Did the candidate's person, among the people a clause opens with, meet the others at its organisation
    ("Ses fondateurs, A et B, se sont rencontrés chez X", "A and B met at X")? X is their past employer."""
    person, org = c.subj, c.obj
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or not person.end < org.start <= person.end + 200:
        return False
    m = _MET_AT.search(sent.text, person.end, org.start)
    if m is None:
        return False
    between = [a for a in sent.args if a.explicit and a.kind == "entity" and person.end <= a.start < m.start()]
    if any(a.group != "Person" for a in between):
        return False
    rest = sent.text[person.end:m.start()]
    for a in sorted(between, key=lambda x: -x.start):
        rest = rest[:a.start - person.end] + rest[a.end - person.end:]
    return re.fullmatch(r"(?i)[\s,]*(?:(?:et|and)[\s,]*)*", rest) is not None


#: The end of what comes before a clause's subject: the sentence's start, a comma or a colon, maybe a
#: conjunction ("…, and B came from X").
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]|[,;]\s*(?:and|et|while|but|mais|tandis\s+que))\W*$")


def _past_career(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence tell the candidate's person's past at its organisation with a verb
    (:data:`_PAST_CAREER`), the person opening the sentence or a clause and nothing named in between?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or person.end > org.start or not _CLAUSE_OPENS.search(sent.text[:person.start]):
        return False
    if any(a.explicit and person.end <= a.start < org.start for a in sent.args):
        return False
    return _PAST_CAREER.match(sent.text[person.end:org.start]) is not None


#: After a person's organisation, in its clause: the person has left it or left it for what came next
#: ("A, partner at X since 2019, has now left to found Y", "ran trading at X before starting the firm",
#: "associé chez X depuis six ans, a quitté le fonds", "dirigé les ventes de X avant de fonder Y").
_LEFT_AFTER = re.compile(r"(?i)[^.;:!?()«»“”\"]{0,80}?(?<![\w’'-])"
                         r"(?:(?:has|have|had)\s+(?:now\s+|just\s+|recently\s+)?left|left\s+(?:to|in|last|earlier|this)\b|is\s+leaving|(?:a|ont|avait)\s+quitté|vient\s+de\s+quitter"
                         r"|before\s+(?:starting|founding|co-?founding|launching|joining|creating|setting\s+up|becoming|leaving)"
                         r"|avant\s+de\s+(?:fonder|cofonder|co-fonder|créer|lancer|rejoindre|monter|devenir|partir|quitter))"
                         r"(?![\w’'-])")
#: Right before an organisation: the company a person leaves a job to start ("left X to start Y", "a
#: quitté X pour créer Y").
_TO_START = re.compile(r"(?i)(?<![\w’'-])(?:to|pour|avant\s+de|before)\s+"
                       r"(?:start|found|co-?found|launch|create|set\s+up|starting|founding|launching|creating|créer|fonder|cofonder|co-fonder|lancer|monter)\s+"
                       r"(?:(?:la|le|l[’']|sa|son|sa\s+propre|his\s+own|her\s+own|their\s+own|its)\s*)?(?:[\w-]+\s+){0,2}?$")


#: Between a person and the organisation she left, in her relative clause: "A, who quit the firm in 2024",
#: "B, qui a quitté la société".
_LEFT_BEFORE = re.compile(r"(?i)\s*,\s*(?:who|qui)\s+(?:(?:has|had|a|avait|since|depuis|later|ensuite|then|puis)\s+)*"
                          r"(?:left|quit|departed|quitté)\s+(?:the\s+|la\s+|le\s+|l[’']\s*)?")


_THE_COMPANY_NOUN = re.compile(r"(?i)(?:company|startup|start-up|firm|business|group|entreprise|société|"
                               r"jeune\s+pousse|groupe)\b")


def _left_after(sent: Sentence, c: Candidate) -> bool:
    """Does the clause after the candidate's organisation say its person, named before it with no other
    person between, has left it (:data:`_LEFT_AFTER`), or the person's relative clause that she left it
    (:data:`_LEFT_BEFORE`)?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not person.explicit:
        return False
    left = _LEFT_BEFORE.match(sent.text, person.end)
    if left is not None and _THE_COMPANY_NOUN.match(sent.text, left.end()):
        first = next((a for a in sent.args if a.explicit and a.group == "Org"), None)
        return org.key == sent.main or not org.explicit \
            or first is not None and first.key == org.key and first.end <= person.start
    if not org.explicit or person.end > org.start or _TO_START.search(sent.text, max(0, org.start - 60), org.start):
        return False
    if _LEFT_BEFORE.fullmatch(sent.text, person.end, org.start):
        return True
    m = _LEFT_AFTER.match(sent.text, org.end)
    return m is not None and not any(a.explicit and a.group in ("Person", "Org") and a is not org
                                     and person.end <= a.start < m.end() for a in sent.args)


def _started_after_leaving(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation the one its person left a job to start ("left X to start Y")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    return person.group == "Person" and org.group == "Org" and person.explicit and org.explicit \
        and person.end <= org.start and _TO_START.search(sent.text, max(0, org.start - 60), org.start) is not None


@lru_cache(maxsize=1)
def _title_of_re() -> re.Pattern:
    """A person's apposition that gives a chief executive's title of another organisation: ", ancien
    directeur général de ", ", the former chief executive of ", ", CEO of "."""
    return re.compile(rf"(?i)\s*,\s*(?:(?:the|la|le|l[’']|un|une|a|an)\s*)?(?:(?:former|ancien(?:ne)?|ex)[\s-]+)?"
                      rf"(?:{_ceo_title()})\s+(?:de|du|des|of|at|chez|d[’'])\s*")


def _title_of_other(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation the passage's topic, unnamed here, while the person's apposition
    names the organisation the title belongs to ("A, ancien directeur général de X")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or org.explicit or not person.explicit:
        return False
    title = _title_of_re()
    return any(a.explicit and a.group == "Org" and a.key != org.key and title.fullmatch(sent.text, person.end, a.start)
               for a in sent.args)


def _former_apposition(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation the end of a past-employer apposition right after its person
    (:data:`_FORMER_APPOSITION`), with no other name in between?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or person.source == "anaphor":
        return False
    if org.end <= person.start:     # "Ancienne auditrice chez X, A a créé…"
        return re.fullmatch(r"\s*,\s*", sent.text[org.end:person.start]) is not None \
            and _FORMER_FRONTED.match(sent.text[:org.start]) is not None
    if any(a.explicit and person.end <= a.start < org.start for a in sent.args):
        return False
    return _FORMER_APPOSITION.match(sent.text[person.end:org.start]) is not None


#: A past employer's alumni after its name: "A and B, two Orvane veterans", "A, a Kerlo alumna".
_VETERANS_AFTER = re.compile(r"(?i)^\s+(?:veterans?|alumni|alumnus|alumna|alums?)(?![\w-])")
_VETERANS_BEFORE = re.compile(r"(?i)^\s*,\s*(?:(?:a|an|two|three|four|both|the)\s+)?"
                              r"(?:(?:former|onetime|longtime)\s+)?$")
_PEOPLE_JOIN = re.compile(r"(?i)^\s*(?:,|and|&)?\s*(?:and\s+)?$")


def _veterans_of(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation named as the past employer of a person or of the people listed
    with them: "A and B, two Orvane veterans who…", "A, a Kerlo alumnus,"?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or org.start < person.end or not _VETERANS_AFTER.match(sent.text[org.end:]):
        return False
    last = person
    for a in sorted((a for a in sent.args if a.explicit and person.end <= a.start < org.start), key=lambda a: a.start):
        if a.group != "Person" or not _PEOPLE_JOIN.match(sent.text[last.end:a.start]):
            return False
        last = a
    return _VETERANS_BEFORE.match(sent.text[last.end:org.start]) is not None


#: What stands between a person and the organisation that qualifies their role: "A, the ", "A, a senior ".
_ORG_ROLE_HEAD = re.compile(r"(?i)^\s*,\s*(?:the|an?)\s+(?:(?:senior|junior|lead|principal|longtime|general|"
                            r"managing|founding|venture)\s+)?$")


def _org_role_apposition(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person given a job at its organisation by an apposition naming the organisation
    before the role ("A, the Kerlo Ventures partner behind the investment", "A, a Zentri engineer,")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or org.start < person.end or not _ORG_ROLE_HEAD.match(sent.text[person.end:org.start]):
        return False
    low = sent.text[org.end:org.end + 40].lower().lstrip()
    return any(low.startswith(r) and not low[len(r):len(r) + 1].isalnum() for r, k in _roles()
               if k in ("employer", "ceo"))


#: "ex-" right before a name ("ex-Kerlo"), not the end of a longer word.
_EX_BEFORE = re.compile(r"(?i)(?<![\w’'-])ex-$")


def _ex_of_other(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation written as another person's past employer with "ex-" before a title
    and that person ("ex-Kerlo executive Ana"), so not the candidate's person's?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or not _EX_BEFORE.search(sent.text, max(0, org.start - 3), org.start):
        return False
    people = [a for a in sent.args if a.explicit and a.group == "Person"]
    owner = min((a for a in people if a.start >= org.end), key=lambda a: a.start, default=None)
    # "ex-Kerlo executive Ana" (brackets after names, "A et B (ex-Kerlo)", are _bracketed_for_other's)
    return owner is not None and owner.key != person.key \
        and re.fullmatch(r"(?:\s+[a-zà-ÿ-]+){0,3}\s+", sent.text[org.end:owner.start]) is not None


#: An apposition that describes one person: "B, ancien chercheur de", "B, une ancienne de", "B, a former".
_SINGULAR_APPOSITION = re.compile(r"(?i)\s*,\s*(?:(?:un|une|a|an)\s+(?:former\s+|ancien(?:ne)?\s+|ex-)?|"
                                  r"ancien(?:ne)?\s|ex-)")


#: A former role before an organisation, with an indefinite article: "un ancien analyste crédit d'", "a former
#: engineer at ".
_FORMER_ROLE_OF = re.compile(r"(?i)(?<![\w’'-])(?:un|une|an?)\s+(?:ancien(?:ne)?|ex-|former)\s*(?:[\w-]+\s+){0,3}?"
                             r"(?:de\s+|d[’']\s*|chez\s+|at\s+|of\s+)(?:la\s+|le\s+|l[’']|the\s+)?$")


def _someone_elses_org(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation in another person's apposition? After the person, past another
    person when the first has an apposition of its own ("A, who spent years at X, and B, a former Y
    engineer": Y is not A's; "A et B, deux anciens de Y": Y is both's); before the person, after another
    one, with a comma between the organisation and the person (X is not B's)."""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit):
        return False
    people = [a for a in sent.args if a.explicit and a.group == "Person" and a.key != person.key
              and a.source != "anaphor"]
    if person.end <= org.start:
        between = sorted((q for q in people if person.end <= q.start and q.end <= org.start), key=lambda q: q.start)
        if not between:
            return False
        if "," in sent.text[person.end:between[0].start]:
            return True
        # "A et B, ancien chercheur de X": a singular apposition is the last one's ("deux anciens de X" is both's)
        gap = sent.text[between[-1].end:org.start]
        return _SINGULAR_APPOSITION.match(gap) is not None and gap.count(",") == 1 and ";" not in gap
    if org.end <= person.start and re.fullmatch(r"\s*,\s*", sent.text[org.end:person.start]) \
            and _FORMER_ROLE_OF.search(sent.text, max(0, org.start - 60), org.start):
        return False    # "… avec un ancien juriste de Kerlo, B": B's own description, right before B
    if org.end <= person.start and org.source == "name":
        # "La première a travaillé chez X ; le second chez Y": a reference opens the other person's clause too
        # ("… de la société ; le second y est …": a reference to the passage's company is no one's own)
        before = [q for q in sent.args if q.explicit and q.group == "Person" and q.key != person.key
                  and q.end <= org.start]
        inside = [q for q in people if org.end <= q.start < person.start]
        return bool(before) and not inside and re.search(r"[,;]", sent.text[org.end:person.start]) is not None
    return False


#: Words between the investors and a participation phrase that belong to neither ("A and B have also
#: participated", "A et B ont également participé").
_AUX_BEFORE = re.compile(r"(?i)(?:(?<![\w’'-])(?:have|has|had|are|were|was|is|will|would|all|also|both|too|ont|a|y|"
                         r"avaient|avait|sont|également|aussi|tous|toutes|deux|elles|ils|,)\s*)*$")
#: A relative clause between a participant and the participation phrase ("A, qui menait le tour précédent,
#: remet au pot").
_RELATIVE_GAP = re.compile(r"(?i)\s*,\s*(?:qui|which|who)\s(?:[^,;:.()]|[.,]\d){0,100},\s*")
#: A relative clause that closes right before a participation phrase, whatever it names: "…, whose past bets
#: include B and C, ", "…, dont le portefeuille compte B, ".
_RELATIVE_BEFORE = re.compile(r"(?i),\s*(?:whose|which|who|qui|dont)\s(?:[^,;:.()]|[.,]\d|,\s*(?:and\s+|et\s+)?"
                              r"(?-i:[A-ZÀ-Ý]))*?,\s*$")
#: Words that open a clause of another subject between a name and the phrase: "years at Lumora,
#: where she ran the sales team" (Lumora led nothing); by language ("on" is a French pronoun, an English
#: preposition: "X, which relies on public money, participated").
_NEW_SUBJECT = {"en": re.compile(r"(?i)(?<![\w’'-])(?:where|when|while|after|before|he|she|they|we)(?![\w’'-])"),
                "fr": re.compile(r"(?i)(?<![\w’'-])(?:où|quand|lorsque|il|elle|ils|elles|nous|on)(?![\w’'-])")}
#: A possessive apposition of a part ("NVentures, Nvidia's venture arm"): the parent, not a party.
_POSSESSIVE_PART = re.compile(r"(?i)\s*['’]s\s+(?:[\w-]+\s+){0,3}?(?:arm|fund|unit|subsidiary|division|vehicle|"
                              r"branch|affiliate|corporate\s+venture\s+\w+)\b")


@lru_cache(maxsize=1)
def _firms_only() -> frozenset[str]:
    """The participation phrases only a firm is the subject of in a round ("led", "joined")."""
    return frozenset(lexicon()["round_participation"].get("firms_only", ()))


@lru_cache(maxsize=1)
def _leads() -> frozenset[str]:
    """The phrases of a round's lead ("led by", "mené par"): a person after them is no investor."""
    return frozenset(lexicon()["funding_sources"].get("leads", ()))


@lru_cache(maxsize=2)
def _joiners_re(lang: str) -> re.Pattern | None:
    """The phrases that introduce a round's participants where the sentence names no amount: the
    lexicon's ``round_joiners`` and the ``funding_sources`` that need no amount."""
    sources = lexicon()["funding_sources"]
    phrases = lexicon()["round_joiners"].get(lang, []) + [p for p in sources.get(lang, [])
                                                          if p not in sources.get("needs_amount", ())]
    return re.compile(rf"(?<![\w’'-])(?:{alternation(phrases)})(?![\w-])", re.I) if phrases else None


def _possessive_part(sent: Sentence, a: Arg) -> bool:
    return a.explicit and _POSSESSIVE_PART.match(sent.text, a.end) is not None


#: A person's title that names an organisation in the possessive: ", Kerlo's co-founder", ", Zentri's former CTO".
_ROLE_POSSESSED = re.compile(r"(?i)['’]s\s+(?:former\s+|ex-|current\s+|new\s+)?(?:co-?founder|cofounder|founder|"
                             r"chief|ceo|cto|cfo|coo|president|head|vice\s+president|vp|chair)")


def _role_possessor(sent: Sentence, a: Arg) -> bool:
    """Is ``a`` the possessor of a person's title in apposition ("A, Kerlo's co-founder and CTO until May,", "A, now
    Kerlo's chief executive,")?"""
    return a.explicit and re.search(r",\s*(?:now\s+|currently\s+|désormais\s+)?$",
                                    sent.text[max(0, a.start - 16):a.start]) is not None \
        and any(p.explicit and p.group == "Person"
                and re.fullmatch(r"\s*,\s*(?:now\s+|currently\s+|désormais\s+)?", sent.text[p.end:a.start])
                for p in sent.args) and _ROLE_POSSESSED.match(sent.text, a.end) is not None


def round_participants(sent: Sentence) -> frozenset[int]:
    """The starts of the names a sentence lists as a round's participants without naming the round's
    company ("A, B and C also participated", "X led, and was joined by A and B", "Bpifrance et Kima
    Ventures remettent au pot"): the names before a participation phrase, in one clause, and the names
    listed after a joining phrase; not a parent in apposition ("A, Nvidia's venture arm") nor a person's
    company ("Léa Morel, cofondatrice de Zentra")."""
    return _round_participants(sent.text, sent.lang, tuple(sent.args))


def _names_round(gap: str, lang: str) -> bool:
    """Does the gap between a name and a participation phrase name a round and its leader ("Zentri
    announced a Series B led by A, with B participating": Zentri is the round's company)?"""
    return _ROUND_BY.search(gap) is not None and round_word_re(lang).search(gap) is not None


_ROUND_BY = re.compile(r"(?i)(?<![\w’'-])(?:by|par)\s*$")


@lru_cache(maxsize=4)
def round_word_re(lang: str) -> re.Pattern:
    """The words that name a funding round ("tour", "seed", "Series B"; ``round_words`` of the lexicon)."""
    words = lexicon()["round_words"]
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words.get(lang, words['en']))})(?![\w-])")


#: An apposition that makes the next name the parent of the one before: ", the venture arm of Ohio-based ",
#: ", la filiale de capital-risque du groupe ", ", the venture firm founded by the state agency ".
_UNIT_NOUNS = r"arm|unit|subsidiary|division|branch|vehicle|filiale|branche|bras"
_ARM_OF = re.compile(r"(?i)\s*,\s*(?:the|its|a|an|la|le|l[’']|sa|son)\s*(?:[\w’'-]+\s+){0,3}?"
                     r"(?:(?:" + _UNIT_NOUNS + r")"
                     r"(?:\s+[\w’'-]+){0,2}?\s+(?:of|de|du|d[’'])|(?:fondée?|créée?|lancée?|founded|created|launched|"
                     r"set\s+up)\s+(?:par|by))\s*"
                     r"(?:the\s+|la\s+|le\s+|l[’']|groupe\s+|group\s+)?(?:[\w.-]+-based\s+|(?-i:[a-zà-ÿ][\w’'-]*)\s+){0,3}")
#: A bracketed acronym right after a name: " (KIA)".
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)")
#: A cleft's opening right before the name it puts first: "C'est ", "Ce sont le fonds ", "It was ".
_CLEFT = re.compile(r"(?i)(?:^|[,;:]\s*)(?:c[’']est|ce\s+sont|c[’']était|it\s+is|it\s+was)\s+"
                    r"(?:(?:le|la|les|l[’']|the)\s*(?:fonds|fund|investisseur|investor)\s+)?$")


def _participants_before(sent: Sentence, m: re.Match, names: list[Arg], clause_end: re.Pattern,
                         found: set[int]) -> None:
    """Add to ``found`` the starts of the names listed, in one clause, before the participation phrase
    ``m``."""
    text = sent.text
    aux = _AUX_BEFORE.search(text, max(0, m.start() - 60), m.start())
    cue = m.start() - (len(aux.group()) if aux else 0)
    people = m.group().lower() not in _firms_only()    # a firm leads or joins
    rel = _RELATIVE_BEFORE.search(text, max(0, cue - 160), cue)
    if rel is not None and any(rel.start() < a.start for a in names if a.end <= cue):
        cue = rel.start()       # "A, whose past bets include B and C, led the round": A, not B and C
    at, nxt = cue, None
    new_subject = _NEW_SUBJECT["fr" if sent.lang == "fr" else "en"]
    for a in sorted((a for a in names if a.end <= cue), key=lambda x: -x.start):
        gap = text[name_end(text, a.start, a.end):at]
        gap = gap[acronym.end():] if (acronym := _BRACKETED_ACRONYM.match(gap)) else gap   # "X (KIA), the…, led"
        if text[a.start - 1:a.start] == "(" and gap.startswith(")"):
            gap = gap[1:]       # the acronym itself, named in its brackets
        if nxt is not None and nxt.key == a.key and re.fullmatch(r"\s*\(", gap):
            found.add(a.start)  # the name whose acronym follows it: "The Kerlo Investment Authority (KIA)"
            at, nxt = a.start, a
            continue
        if nxt is None and re.fullmatch(r"\s+(?:qui|who|that)\s+", gap) and _CLEFT.search(text, 0, a.start):
            found.add(a.start)  # "C'est Kerlo Capital qui mène l'opération", "It was Kerlo that led the round"
            at, nxt = a.start, a
            continue
        if new_subject.search(gap) or _names_round(gap, sent.lang) or not _RELATIVE_GAP.fullmatch(gap) and (
                re.search(r"[.;:!?()]", gap) or len(re.findall(r"[^\W\d]+", gap)) > 8
                or not (nxt is not None and (_apposition_complement(sent, nxt) or _of_apposition(sent, nxt)))
                and clause_end.search(gap)):
            break
        if not people and a.group == "Person" and nxt is None:
            break       # "Ana Roux has joined its sales team": a person joins a team, not a round
        if people or a.group != "Person":
            found.add(a.start)
        at, nxt = a.start, a


@lru_cache(maxsize=256)
def _round_participants(text: str, lang: str, args: tuple[Arg, ...]) -> frozenset[int]:
    sent = Sentence(text, list(args), lang)
    names = [a for a in args if a.explicit and a.group in ("Org", "Person") and a.kind == "entity"
             and a.source != "anaphor"]     # "the company's" is the round's company, not a participant
    if not names:
        return frozenset()
    found: set[int] = set()
    clause_end = _CLAUSE_END.get(lang, _CLAUSE_END["en"])
    amounts = [a.start for a in args if a.kind == "amount"]
    for group in ("round_participation", "round_contribution"):
        before = _phrase_re(group, lang)
        for m in before.finditer(text) if before is not None else ():
            if re.match(r"\s+(?:by|par)\b", text[m.end():]):
                continue                                # "a round led by A": A comes after
            if group == "round_contribution" and not any(
                    re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,3}", text[m.end():x]) for x in amounts if x >= m.end()):
                continue                                # "Kerlo Up met 300 000 €": an amount must follow
            _participants_before(sent, m, names, clause_end, found)
    after = _joiners_re(lang)
    for m in after.finditer(text) if after is not None else ():
        if re.fullmatch(r"\W*", text[:m.start()]) and m.group().lower().startswith("accompagn"):
            continue                                # "Accompagnée par l'incubateur X, elle…": coached, no round
        firms = m.group().lower() in _leads()      # "a company led by" its chief
        for a in names:
            if a.start >= m.end() and not (firms and a.group == "Person") and _listed_after(sent, m.end(), a):
                found.add(a.start)
    return frozenset(x.start for x in names if x.start in found and not _possessive_part(sent, x)
                     and not _apposition_complement(sent, x) and not _attributed(sent, x)
                     and not _of_apposition(sent, x))


#: The end of an apposition whose complement is the next name: "…, the venture arm of", "…, the climate
#: fund founded by", "…, la branche de capital-risque de".
_OF_TAIL = re.compile(r"(?i),\s*(?:(?:the|a|an|its|la|le|les|un|une|son|sa|l[’'])\s*)?(?:[\w’'-]+\s+){0,4}?"
                      r"(?:(?:of|by|de|du|des|par)(?:\s+|$)|d[’']\s*)(?:l[’']|la\s+|le\s+|les\s+|the\s+)?"
                      r"(?:(?:[\w.-]+-based|(?-i:[a-zà-ÿ][\w’'-]*))\s+){0,3}$")      # "…, the venture arm of
#                                                                                        chipmaker", "of Ohio-based"

#: An apposition that names a part of the organisation after it: "…, the venture arm of chipmaker ",
#: "…, la filiale d'investissement du groupe ".
_PART_OF = re.compile(r"(?i),\s*(?:the|a|an|its|la|le|l[’']|sa|son)\s*(?:[\w’'-]+\s+){0,3}?(?:" + _UNIT_NOUNS
                      + r"|fund|fonds)(?:\s+[\w’'-]+){0,2}?\s+(?:(?:of|de|du|des)\s+|d[’']\s*)"
                      r"(?:l[’']|la\s+|le\s+|les\s+|the\s+)?(?:(?:[\w.-]+-based|(?-i:[a-zà-ÿ][\w’'-]*))\s+){0,3}$")

_AND_BY = re.compile(r"(?i),\s*(?:et|and|ainsi\s+que|as\s+well\s+as)\s+(?:par|by|de|du|des|d[’'])\s*")


def _of_apposition(sent: Sentence, a: Arg) -> bool:
    """Is ``a`` the complement of an apposition on the name before it ("Orvane Next, the fund of
    Orvane", "X, the fund run by Ana Lopez"), not a list item after a joining phrase?"""
    prev = max((x.end for x in sent.args if x.explicit and x.end <= a.start
                and not (x.group == "Place" and sent.text.startswith("-based", x.end))), default=0)
    gap = sent.text[prev:a.start]       # (a place inside the apposition: "…, the arm of Ohio-based B")
    m = _OF_TAIL.search(gap)
    if m is None:
        return False
    words = m.group()
    if _AND_BY.fullmatch(words):
        return False                    # "rejoint par A, via son fonds B, et par C": a list's next item
    return not any(rx is not None and rx.search(words)
                   for rx in (_joiners_re(sent.lang), _phrase_re("funding_sources", sent.lang)))


#: An organisation's seat in its apposition: "Zentri, installée à Lyon", "Zentri, a robotics company based in Lyon".
_BASED_APPOSITION = re.compile(rf"(?i)^\s*,\s*(?:[\w’'-]+\s+){{0,5}}?{BASED_WORD}\s+"
                               r"(?:(?:dans|in)\s+[^,;:()]{1,50},\s*)?"
                               r"(?:à|au|en|in)\s+$")     # ("installée dans le quartier X, à Lyon")
#: An apposition naming the company by a noun of the city: "Zentri, pépite de Lyon,", "Zentri, une jeune pousse
#: de Lyon,".
_NOUN_OF_CITY = re.compile(r"(?i)^\s*,\s*(?:(?:la|une|l[’'])\s*)?(?:jeune\s+)?(?:pépite|start-?up|jeune\s+pousse|"
                           r"société|"
                           r"entreprise|pme|scale-?up|fintech|medtech|biotech|healthtech|deeptech)\s+(?:[a-zéèêà-]+\s+)?"
                           r"(?:de|d[’'])\s*$")
#: A fronted seat: "Installée à Lyon, dans un ancien entrepôt, Zentri…", "Based in Leeds, Zentri…".
_BASED_FRONTED = re.compile(rf"(?i)^\W*{BASED_WORD}\s+(?:à|au|en|in)\s+$")
#: Up to two words describing a company before its noun ("retail AI" of "Leeds retail AI firm").
_COMPANY_MODIFIERS = r"(?:(?-i:[a-z][\w-]*|AI|IT|B2B|SaaS)\s+){0,2}?"
#: A city before a company noun and the name: "Seattle startup Zentri", "Leeds AI company Zentri", "Leeds
#: fashion AI firm Zentri".
_COMPANY_NOUN = (r"(?:startup|start-up|company|firm|lab|consultancy|bank|lender|insurer|fund|investor|"
                 r"chipmaker|carmaker|automaker|retailer|publisher|studio|group)")
_CITY_NOUN = re.compile(r"(?i)^\s+" + _COMPANY_MODIFIERS + _COMPANY_NOUN + r"\s+$")
#: The same description in apposition after the name: "Kerlo, the Doha state investment fund".
_CITY_NOUN_AFTER = re.compile(r"(?i)^\s+" + _COMPANY_MODIFIERS + _COMPANY_NOUN + r"(?![\w-])")


@lru_cache(maxsize=1)
def _city_states() -> frozenset[str]:
    """The countries that are one city (lexicon ``city_states``: Singapore): a seat there is a city's."""
    return frozenset(lexicon()["city_states"])


def based_in(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence give the candidate's city as its organisation's seat in an apposition ("Zentri,
    installée à Lyon,"), a fronted participle ("Installée à Lyon, dans un ancien entrepôt, Zentri…") or a city
    before a company noun ("Seattle startup Zentri")?"""
    org, city = c.subj, c.obj
    state = city.key in _city_states()
    # (a region written as a city is one: French says "à Québec" of the city, "au Québec" of the province)
    town = city.type == "City" or city.type == "Region" and re.search(r"(?:^|\s)(?:à|de)\s+$",
                                                                      sent.text[max(0, city.start - 4):city.start])
    if org.group != "Org" or city.group != "Place" or not (town or state) or not (org.explicit and city.explicit):
        return False
    text = sent.text
    if city.end <= org.start and re.fullmatch(r"(?i)-(?:based|headquartered)\s+(?:(?!(?:by|of|backed|led|owned|at|in|"
                                              r"from|for|with)\s)[\w’'-]+\s+){0,3}?", text[city.end:org.start]):
        return True             # "Lagos-based Kalo", "Singapore-based Kalo" (a city-state is its companies' seat too)
    if state and org.end <= city.start \
            and re.fullmatch(r"(?i)\s*,\s*(?:a|an|the)\s+", text[org.end:city.start]) \
            and re.match(r"(?i)-(?:based|headquartered)\b|\s+(?:ai\s+|tech\s+)?(?:startup|start-up|company|firm|lab)\b",
                         text[city.end:]):
        return True             # "Kalo, a Singapore-based start-up,"
    others = [a for a in sent.args if a.explicit and a.kind == "entity" and a.key not in (org.key, city.key)]
    if org.end <= city.start and city.type == "City" \
            and re.fullmatch(r"(?i)\s*,\s*(?:a|an|the)\s+", text[org.end:city.start]) \
            and _CITY_NOUN_AFTER.match(text[city.end:]) is not None:
        return True             # "Kerlo, the Doha state investment fund", "Kerlo, a Leeds startup"
    if org.end <= city.start:
        return (_BASED_APPOSITION.match(text[org.end:city.start]) is not None
                or _NOUN_OF_CITY.match(text[org.end:city.start]) is not None
                and re.match(r"\s*[,)]", text[city.end:]) is not None) \
            and not any(org.end <= a.start < city.start for a in others)
    if _CITY_NOUN.fullmatch(text[city.end:org.start]) \
            or city.type == "City" and re.fullmatch(r"['’]s\s+", text[city.end:org.start]):
        return True             # ("Tel Aviv's Zentri")
    if _BASED_FRONTED.match(text[:city.start]):
        between = [a for a in others if city.end <= a.start < org.start]
        return all(a.group == "Place" for a in between) and re.search(r",\s*$", text[:org.start]) is not None \
            and len(re.findall(r"[^\W\d]+", text[city.end:org.start])) <= 8
    return False


def inside_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside quoted words of the sentence: after an opening « or “ not closed before it, or
    between straight double quotes (an odd number before it, one after)?"""
    before = text[:pos]
    for open_, close in (("«", "»"), ("“", "”")):
        if before.rfind(open_) > before.rfind(close):
            return True
    return before.count('"') % 2 == 1 and '"' in text[pos:]


def round_investor(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence list the candidate's subject among the participants of a round of the passage's
    company, the candidate's object (not named here, or named by a reference such as "the startup")?"""
    if c.obj.group != "Org" or c.obj.source not in ("topic", "anaphor"):
        return False
    starts = round_participants(sent)
    if not c.subj.explicit or c.subj.start not in starts:
        return False
    # every other organisation the sentence names is a participant or a participant's parent or role (or a
    # financier it refers back to: "Le fonds lyonnais est accompagné par A", the round's lead named before)
    return all(a.start in starts or _possessive_part(sent, a) or _apposition_complement(sent, a)
               or _of_apposition(sent, a) or _in_relative(sent, a)
               or a.source == "reference" or a.source == "anaphor" and a.type in INVESTOR_TYPES
               for a in sent.args if a.explicit and a.kind == "entity" and a.group == "Org" and a is not c.obj)


@lru_cache(maxsize=4)
def _portfolio_re(lang: str) -> re.Pattern | None:
    """A comma and a portfolio opener (``portfolio_openers``, with the ``portfolio_adverbs`` allowed
    between its words: "which has also backed"), maybe followed by a few words that end with "such as",
    "including" or "comme" ("which has backed startups such as")."""
    phrases = lexicon().get("portfolio_openers", {}).get(lang)
    if not phrases:
        return None
    adverbs = lexicon().get("portfolio_adverbs", {}).get(lang, [])
    gap = rf"\s+(?:(?:{alternation(adverbs)})\s+)?" if adverbs else r"\s+"
    alts = "|".join(gap.join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?i)\s*,\s*(?:{alts})(?:\s+(?:[\w’'-]+\s+){{0,4}}?(?:such\s+as|including|like|comme|"
                      rf"notamment|tels?\s+que|telles?\s+que))?\s+")


#: An investor's holdings counted then listed in its own clause, right after its name: "X has backed 19
#: startups, including A and B", "X a accompagné douze start-up, dont A et B".
_PORTFOLIO_MAIN = {
    "en": re.compile(r"(?i)\s+(?:(?:has|have|had)\s+)?(?:(?:already|also|so\s+far)\s+)?(?:backed|invested\s+in|funded|"
                     r"supported)\s+(?:(?:more\s+than|over|some|about|nearly|around)\s+)?(?:\d+|[a-z-]+)\s+"
                     r"(?:[a-z-]+\s+)?(?:startups?|start-ups?|companies|firms|businesses)\s*,?\s*(?:including|such\s+as|"
                     r"among\s+them)\s+"),
    "fr": re.compile(r"(?i)\s+(?:(?:a|avait|ont|avaient)\s+)?(?:(?:déjà|notamment|aussi)\s+)?(?:accompagné|soutenu|"
                     r"financé|investi\s+dans)\s+(?:(?:plus\s+de|près\s+de|environ|une?)\s+)?(?:[\w-]+\s+)?"
                     r"(?:start-up|startups?|jeunes\s+pousses|entreprises|sociétés|participations)\s*,\s*"
                     r"(?:dont|parmi\s+lesquelles|notamment|comme)\s+"),
}
#: What joins two names of an investor's portfolio: "A, B and C", "A et B", "A as well as B", "A, une
#: spécialiste de X, et B".
_PORTFOLIO_NEXT = re.compile(r"(?i)\s*,\s*(?-i:[a-zà-ÿ])[^,;:.()«»]{0,60},\s*(?:and|et)\s+|"
                             r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et|as\s+well\s+as|ainsi\s+que)\s+")
#: A listed holding's description before its name: "la strasbourgeoise A", "l'allemand B", "the Berlin
#: startup C".
_PORTFOLIO_DESCRIBED = re.compile(r"(?i)(?:la|le|les|l[’']|the)\s*(?:(?-i:[a-zà-ÿ][\w-]*|[A-Z][a-z]+)\s+){0,2}")


def portfolio(sent: Sentence) -> dict[int, tuple[int, ...]]:
    """The names a sentence lists as an investor's other holdings right after the investor's name ("X,
    whose past bets include A and B, led the round", "Y, qui a notamment accompagné A et B, participe"):
    the start of each listed name, mapped to the starts of its investors (those coordinated before the
    clause: "X and Y, which have backed A"). Not a company's own round ("which backed Zentri's first
    round"), nor a reference ("qui avait soutenu l'entreprise"). Read-only (cached)."""
    return _portfolio(sent.text, sent.lang, tuple(sent.args))


@lru_cache(maxsize=256)
def _portfolio(text: str, lang: str, args: tuple[Arg, ...]) -> dict[int, tuple[int, ...]]:
    rx = _portfolio_re(lang)
    names = sorted((a for a in args if a.explicit and a.kind == "entity" and a.group in ("Org", "Person")),
                   key=lambda a: a.start)
    held: dict[int, tuple[int, ...]] = {}
    if rx is None:
        return held
    main = _PORTFOLIO_MAIN.get(lang)
    for i, owner in enumerate(names):
        m = rx.match(text, owner.end) or (main.match(text, owner.end) if main is not None else None)
        if m is None:
            continue
        owners = [owner.start]
        for prev, cur in zip(reversed(names[:i]), reversed(names[1:i + 1]), strict=True):
            if prev.group != owner.group or not _PORTFOLIO_NEXT.fullmatch(text, prev.end, cur.start):
                break
            owners.append(prev.start)       # "X and Y, which have backed A": both
        at = m.end()
        for a in names:
            if a.start < at:
                continue
            described = _PORTFOLIO_DESCRIBED.match(text, at, a.start)
            if described is not None and described.end() == a.start:
                at = a.start        # "dont la strasbourgeoise A"
            if a.start != at or a.group != "Org" or a.source not in ("name", "reference") \
                    or re.match(r"[’']s(?!\w)", text[a.end:]):
                break
            held[a.start] = tuple(owners)
            nxt = _PORTFOLIO_NEXT.match(text, a.end)
            if nxt is None:
                break
            at = nxt.end()
    return held


#: How a backer supported a holding, right after it, when that was no stake: "par une subvention", "with a
#: grant", "through a loan".
_SUPPORT_MEANS = re.compile(r"(?i)[^,;:.()]{0,30}?(?<![\w’'-])(?:par|via|avec|with|through)\s+(?:une?|a|an|des|de)\s+"
                            r"(?:[\w-]+\s+)?(?:subventions?|prêts?|avances?\s+remboursables?|grants?|loans?|"
                            r"bourses?)(?![\w-])")


#: A public authority right after a country or its demonym: "Denmark's data regulator", "Danish regulator",
#: "Spain's privacy agency"; the country is the authority's.
_AUTHORITY_AFTER = re.compile(r"(?i)(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?(?:regulators?|watchdogs?|authority|authorities|"
                              r"government|ministry|minister|court|parliament|commission|agency|police|tribunal|"
                              r"prosecutors?)(?![\w-])")


#: Two companies together as a clause's subject before an amount: "les deux start-up ont levé", "the two
#: companies have raised", "both startups".
_PAIR_SUBJECT = re.compile(r"(?i)(?<![\w’'-])(?:les\s+deux|the\s+two|both)\s+(?:sociétés|entreprises|start-?ups?|"
                           r"companies|firms|groupes|groups|jeunes\s+pousses|businesses)(?![\w-])[^.;:]*$")


#: A deal's adviser or underwriter, right after the name (maybe past the next names of its list): "A and B are the
#: joint bookrunners", "A acted as financial adviser", "A est la banque conseil de l'opération".
_ADVISER_AFTER = re.compile(
    r"(?i)^(?:[.,]?\s*(?:,|and|et|&)\s+(?-i:[A-ZÀ-Ý])[\w&.’'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w&.’'-]*){0,4})*[.,]?\s+"
    r"(?:are|is|was|were|will\s+be|acted\s+as|acts\s+as|act\s+as|served\s+as|sont|est|était|sera|a\s+été)\s+"
    r"(?:(?:the|its|their|la|le|les|l[’'])\s*)?(?:(?:joint|global|sole|co-?)\s*)?"
    r"(?:book-?running|bookrunners?|lead\s+managers?|underwriters?|(?:financial|legal)\s+advis[eo]rs?|advis[eo]rs?|"
    r"arrangers?|placement\s+agents?|banques?\s+conseils?|conseils?\s+(?:financiers?|juridiques?)|"
    r"chefs?\s+de\s+file|introducteurs?)(?![\w-])")
#: A deal's banks or advisers named before the list the name ends: "its joint bookrunners, A, B and ",
#: "les chefs de file, A et ".
_ADVISER_BEFORE = re.compile(
    r"(?i)(?:book-?running|bookrunners?|lead\s+managers?|underwriters?|(?:financial|legal)\s+advis[eo]rs?|"
    r"arrangers?|placement\s+agents?|banques?\s+conseils?|chefs?\s+de\s+file|introducteurs?)\s*[,:]?\s*"
    r"(?:(?:the\s+|les\s+)?(?-i:[A-ZÀ-Ý])[\w&.’'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w&.’'-]*){0,4}\s*(?:,|and|et|&)\s*)*"
    r"(?:and\s+|et\s+)?$")
#: A backer's own verb and a loan as its means, right after its name: "X participe à l'opération avec un prêt",
#: "X joined with a loan", "X apporte 2 millions sous forme de prêt".
_LENDS_AFTER = re.compile(r"(?i)\s+(?:[^,;:.()]{0,60}?\s)?(?:avec|with|through|via|sous\s+forme\s+d[’']|en\s+accordant|"
                          r"by\s+(?:providing|extending))\s*(?:une?\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:prêts?|emprunts?|"
                          r"loans?|debt|dette|crédits?|credit\s+(?:line|facility))(?![\w-])")
#: The one preposition repeated before each of two names joined by "and": "par A et par B", "by A and by B",
#: "from A and from B".
_SAME_AGENT = re.compile(r"(?i)(?<![\w’'-])(par|by|from)\s+$")
_AND_AGAIN = re.compile(r"(?i)\s*,?\s*(?:et|and|&)\s+(par|by|from)\s+")


def _same_agents(sent: Sentence, c: Candidate) -> bool:
    """Are the candidate's two organisations agents of one verb, each after the same preposition ("apporté
    par A et par B"): co-investors, neither in the other?"""
    a, b = sorted((c.subj, c.obj), key=lambda x: x.start)
    if not (a.explicit and b.explicit and a.group == b.group == "Org"):
        return False
    before = _SAME_AGENT.search(sent.text, max(0, a.start - 8), a.start)
    again = _AND_AGAIN.fullmatch(sent.text, a.end, b.start)
    return before is not None and again is not None and before.group(1).lower() == again.group(1).lower()


#: Two participants of a round coordinated as one subject: "A and returning backer B", "A, B".
_CO_SUBJECTS = re.compile(r"(?i)\s*,\s*|,?\s+(?:and|et|as\s+well\s+as|ainsi\s+que)\s+(?:(?-i:[a-zà-ÿ-]+)\s+){0,3}")


def _portfolio_frame(scores: dict[str, float], sent: Sentence, c: Candidate) -> None:
    """An investor's listed holdings (:func:`portfolio`): the investor invested in each, and a holding
    invested in nothing and took money from no one else in the sentence ("X, an early investor in A, also
    joined": A is no investor of the round's company, nor X of A's round)."""
    held = portfolio(sent)
    if not held:
        return
    if c.obj.explicit and c.obj.start in held:
        if _SUPPORT_MEANS.match(sent.text, c.obj.end):
            del scores["investedIn"]    # "qui avait aidé A en 2021 par une subvention": no stake
        elif c.subj.explicit and c.subj.start in held[c.obj.start]:
            scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)
        else:
            del scores["investedIn"]
    elif c.subj.explicit and c.subj.start in held:
        del scores["investedIn"]


def _all_participants(sent: Sentence) -> bool:
    """Is every organisation the sentence names a participant of the passage's round ("A put in $2 million
    and B invested $1 million", "A a mené son tour, aux côtés de B")? Then none invested in another."""
    starts = round_participants(sent)
    orgs = [a for a in sent.args if a.explicit and a.kind == "entity" and a.group == "Org" and a.source != "anaphor"]
    return len(orgs) > 1 and bool(starts) and all(
        a.start in starts or _possessive_part(sent, a) or a.start > min(starts) and _apposition_complement(sent, a)
        or a.start > min(starts) and _led_named(sent, a) is not None
        for a in orgs)      # a participant's role after the list ("A, cofondateur de X"), not the round's company
    #                         (nor "B, which led X's Series A": X is the round's company)


def _led_named(sent: Sentence, company: Arg) -> Arg | None:
    """The organisation whose relative clause says it led ``company``'s round ("B, which led X's $11 million
    Series A", "B, qui avait mené le tour d'amorçage de X"), named right before the clause, if any."""
    if not company.explicit or company.group != "Org":
        return None
    possessive = re.match(r"[’']s\s", sent.text[company.end:company.end + 3]) is not None
    for a in sent.args:
        if a.explicit and a.group == "Org" and a.end < company.start and (m := _LED_OF.fullmatch(
                sent.text, a.end, company.start)) is not None and (possessive or m.group().rstrip().endswith(
                ("de", "d'", "d’"))):
            return a
    return None


def _deputy(sent: Sentence, c: Candidate) -> tuple[int, int] | None:
    """The span of a deputy's title ("directeur général délégué", "deputy CEO") next to the candidate's
    person, with no other person in between, if any."""
    person = c.obj if c.obj.group == "Person" else c.subj
    rx = _phrase_re("deputy_roles", sent.lang)
    if rx is None or not person.explicit:
        return None
    for m in rx.finditer(sent.text):
        lo, hi = (person.end, m.start()) if m.start() >= person.end else (m.end(), person.start)
        # (past an apposition: "A, ancien de la banque X pendant dix ans, devient directeur général adjoint")
        if 0 <= hi - lo <= 120 and not any(a.group == "Person" and a.explicit and lo <= a.start < hi
                                          for a in sent.args) \
                and not re.search(r"[;:]|(?<![\w’'-])(?:il|elle|he|she)(?![\w’'-])", sent.text[lo:hi], re.I):
            return m.start(), m.end()     # (not another clause's: "A dirige Zentri ; elle devient …")
    return None


@lru_cache(maxsize=4)
def _market_total_re(lang: str) -> re.Pattern:
    groups = lexicon()["market_totals"]
    nouns = alternation(groups["nouns"].get(lang, groups["nouns"]["en"]))
    verbs = alternation(groups["verbs"].get(lang, groups["verbs"]["en"]))
    return re.compile(rf"(?i)(?<![\w’'-])(?:{nouns})(?![\w-])[^,;:.()]{{0,40}}?(?<![\w’'-])(?:{verbs})\s+"
                      r"(?:(?:about|around|nearly|almost|more\s+than|over|some|près\s+de|environ|plus\s+de|"
                      r"quelque)\s+)?$")


def _market_total(sent: Sentence, amount: Arg) -> bool:
    """Is the amount a market's total ("European venture funding reached $14 billion", "les levées de fonds ont
    atteint 2 milliards"), not one company's money? A possessive company ("Zentri's funding") makes it
    the company's."""
    m = _market_total_re(sent.lang).search(sent.text, max(0, amount.start - 120), amount.start)
    if m is None:
        return False
    return not any(a.explicit and a.group == "Org" and m.start() - 12 <= a.end and a.start < m.end()
                   for a in sent.args)


@lru_cache(maxsize=4)
def _round_total_re(lang: str) -> re.Pattern:
    groups = lexicon()["round_totals"]
    parts = {k: alternation(groups[k].get(lang, groups[k]["en"]))
             for k in ("determiners", "modifiers", "heads", "verbs")}
    return re.compile(rf"(?i)(?<![\w’'-])(?:{parts['determiners']})\s*(?:(?:{parts['modifiers']})\s+)?"
                      rf"(?:{parts['heads']})(?![\w’'-])(?P<between>[^,;:.()]{{0,40}}?)"
                      r"(?P<aside>\s*,\s*(?:led|co-led|backed|mené|menée|conduit|conduite|emmené|emmenée)\s+(?:by|par)\s+"
                      r"[^,;:()]{1,80},)?"
                      rf"\s*(?<![\w’'-])(?:{parts['verbs']})\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|"
                      r"près\s+de|environ|plus\s+de|quelque)\s+)?$")


#: A sum added to a round: "has added " before the amount, " to its Series A" after it ("Zentri has added £3
#: million to its Series A", "Zentri a ajouté 2 M€ à son tour d'amorçage").
_ADDED_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:(?:has|have|had|a|avait|ont)\s+)?(?:added|adds|ajouté|ajoute|"
                           r"ajoutent)\s+(?:(?:another|a\s+further|un\s+complément\s+de)\s+)?$")
_TO_ITS_ROUND = re.compile(r"(?i)\s*(?:\([^()]{1,40}\)\s*)?(?:to|à)\s+(?:its|their|the|son|sa|leur)\s+"
                           r"(?:[\w’'-]+\s+){0,2}?(?:series\s+[a-h]|seed|round|raise|funding|tour|série|levée|financement|amorçage)(?![\w-])")


def _added_to_round(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's amount added to its subject's round ("Zentri has added £3 million to its Series A"): the
    subject the last organisation named before the amount, or the passage's when none is?"""
    if c.obj.kind != "amount" or not c.obj.explicit or not _TO_ITS_ROUND.match(sent.text, c.obj.end) \
            or _ADDED_BEFORE.search(sent.text, max(0, c.obj.start - 40), c.obj.start) is None:
        return False
    before = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= c.obj.start]
    return (before[-1].key == c.subj.key) if before else not c.subj.explicit


#: What makes a round's noun a market's figure, not one round: "la levée moyenne", "the median round".
_ROUND_STATISTIC = re.compile(r"(?i)(?<![\w’'-])(?:moyen\w*|médian\w*|average|median|typical|typique)(?![\w-])")


#: A round's size given as a label and a colon opening the sentence: "Montant total :", "Montant levé :",
#: "Total raised:".
_TOTAL_LABEL = re.compile(r"(?i)^\W*(?:montant\s+(?:total|levé|global)|montant\s+de\s+la\s+levée|somme\s+levée|"
                          r"total\s+raised|amount\s+raised|total\s+amount)\s*:\s*$")

#: New money after a sum: " in new money", " of fresh capital", " d'argent frais", " de fonds frais".
_NEW_MONEY_AFTER = re.compile(r"(?i)\s+(?:(?:in|of)\s+(?:new|fresh)\s+(?:money|capital|funding|cash|equity)"
                              r"|d[’']argent\s+frais|de\s+(?:fonds|capitaux)\s+frais)(?![\w-])")


def _round_total(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's amount a round's size, the round named as the sentence's subject before a verb of
    totals ("Le tour de table atteint 900 millions de FCFA", "The round totals $9 million"), and the
    candidate's subject the round's company: the passage's (or a reference to a company after the amount)
    when the sentence names no organisation before the amount, else the one organisation named between the
    round and its verb ("Le tour de table de X atteint")?"""
    if c.obj.kind != "amount" or not c.obj.explicit:
        return False
    if _TOTAL_LABEL.match(sent.text[:c.obj.start]):
        return not c.subj.explicit      # "Montant total : 3 millions d'euros": the passage's round
    if _NEW_MONEY_AFTER.match(sent.text, c.obj.end):
        named = {a.key for a in sent.args if a.explicit and a.group == "Org" and a.source != "anaphor"}
        return not named and (not c.subj.explicit or c.subj.source == "anaphor" and c.subj.type not in INVESTOR_TYPES)
        #                                 "… plus $7 million of fresh money for the firm itself"
    m = _round_total_re(sent.lang).search(sent.text, max(0, c.obj.start - 120), c.obj.start)
    if m is None or _ROUND_STATISTIC.search(m.group("between")):
        return False
    orgs = [a for a in sent.args if a.explicit and a.group in ("Org", "Person") and a.end <= c.obj.start
            and not (m.group("aside") and m.start("aside") <= a.start < m.end("aside"))]   # (its lead's aside)
    if not c.subj.explicit or c.subj.source == "anaphor" and c.subj.start >= c.obj.end:
        return not orgs     # (a reference after it: "The round totals $9 million, the company said")
    return [a.key for a in orgs] == [c.subj.key] and m.start("between") <= c.subj.start \
        and c.subj.end <= m.end("between")


@lru_cache(maxsize=4)
def _metric_re(lang: str) -> re.Pattern:
    nouns = alternation(lexicon()["business_metrics"].get(lang, lexicon()["business_metrics"]["en"]))
    return re.compile(rf"(?i)(?<![\w’'-])(?:{nouns})(?![\w’'-])(?P<between>[^,;:.()]{{0,40}})$")


_RAISE_OR_VALUE = re.compile(r"(?i)\b(?:rais\w*|lev[ée]\w*|lève\w*|valu\w*|valoris\w*|rounds?|tour|funding|"
                             r"financement)\b")


def _business_metric(sent: Sentence, amount: Arg) -> bool:
    """Is the amount a company's revenue, sales, profit or loss ("revenue hit €4m in 2025", "un
    chiffre d'affaires de 8 millions"): a noun of the lexicon's ``business_metrics`` before it in its clause?"""
    m = _metric_re(sent.lang).search(sent.text, max(0, amount.start - 80), amount.start)
    return m is not None and _RAISE_OR_VALUE.search(m.group("between")) is None


_VALUATION_CUE = re.compile(r"(?i)(?<![\w’'-])(?:valu(?:es|ed|ing|ation)|valori[sz]\w*)(?![\w’'-])")


def _earlier_valuation(sent: Sentence, amount: Arg) -> bool:
    """Is the amount set against a valuation named before it in the sentence ("values it at $900 million,
    down from the $2.6 billion it commanded", "valorisée 400 M€, contre 1,2 milliard")?"""
    rx = _phrase_re("valuation_comparisons", sent.lang)
    before = sent.text[max(0, amount.start - 60):amount.start]
    m = rx.search(before) if rx is not None else None
    if m is None or not re.fullmatch(r"\s*(?:the|its|a|an|le|la|les|l[’']|celle\s+de|ses?)?\s*", before[m.end():]):
        return False
    at = amount.start - len(before) + m.start()
    cue = _VALUATION_CUE.search(sent.text, 0, at)
    return cue is not None and any(a.kind == "amount" and cue.end() <= a.start < at for a in sent.args)


#: A customer's or a distributor's verb right before the product, in a relative clause on another
#: organisation than the passage's: "…, which rolled out X", "…, qui proposera X".
_USES = re.compile(r"(?i)(?<![\w-])(?:rolled\s+out|rolls\s+out|deployed|deploys|uses|used|use|adopted|adopts|"
                   r"distributes|utilisera|utilisent|resells|licensed|licenses|offers|will\s+offer|will\s+distribute|a\s+déployé|déploie|utilise|"
                   r"a\s+adopté|distribue|distribuera|proposera|propose|revend|intègre|a\s+intégré)\s+"
                   r"(?:(?:le|la|l[’']|les|the|its|son|sa|ses)\s*)?(?:[\w-]+\s+){0,2}?$")
#: A host's verb right before the product it runs for its maker: "A will host the X model", "A, qui
#: hébergera X sur ses serveurs"; hosting a model is no making it, in a main clause or a relative one.
_HOSTS = re.compile(r"(?i)(?<![\w-])(?:(?:will|would|to|is\s+to|va|doit|vont)\s+)?(?:host|hosts|hosted|hosting|"
                    r"héberger|héberge|hébergera|hébergent|hébergeront|hébergeait)\s+"
                    r"(?:(?:le|la|l[’']|les|the|its|son|sa|ses)\s*)?(?:[\w-]+\s+){0,2}?$")
#: A partner named as one: "A remains B's main hosting provider and research partner", "A est le partenaire
#: industriel de B" (between the two names, and after the second for the English possessive).
_IS_ONES_EN = re.compile(r"(?i)^\s*(?:is|remains|remained|became|becomes|has\s+been|will\s+remain)\s+"
                         r"(?:(?:also|still|now)\s+)?$")
_PARTNER_AFTER_EN = re.compile(r"(?i)^[’']s\s+(?:[\w-]+\s+){0,6}?partners?\b")
_PARTNER_OF_FR = re.compile(r"(?i)^\s*(?:est|reste|devient|demeure)\s+(?:(?:aussi|toujours|désormais)\s+)?"
                            r"(?:le|la|l[’']|un|une)\s*(?:[\w-]+\s+){0,3}?partenaire\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:de\s+|d[’']\s*|du\s+)$")


def _partner_of(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence name one of the candidate's organisations the other's partner, with a copula
    between them (:data:`_IS_ONES_EN`, :data:`_PARTNER_OF_FR`)?"""
    a, b = sorted((c.subj, c.obj), key=lambda x: x.start)
    if a.group != "Org" or b.group != "Org" or a.end > b.start:
        return False
    between = sent.text[a.end:b.start]
    if _IS_ONES_EN.match(between) and _PARTNER_AFTER_EN.match(sent.text[b.end:]):
        return True
    return _PARTNER_OF_FR.match(between) is not None


#: A partner noun right before an organisation: "A has long been a key partner of X", "partenaire de longue date de X".
_PARTNER_NOUN = re.compile(r"(?i)(?<![\w’'-])(?:a|an|the|un|une|le|la)\s+(?:[\w-]+\s+){0,2}?(?:partner|partenaire)"
                           r"(?:\s+de\s+longue\s+date)?\s+(?:of|de|du|d[’'])\s*$")


def _partner_noun(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's object named right after a partner noun ("has long been a key partner of X") whose
    clause is the candidate's subject's: the organisation opening the sentence, or the passage's topic
    (or the publisher's "we") in a sentence that names no organisation before the noun?"""
    if not c.obj.explicit or c.obj.group != "Org" or c.subj.group != "Org":
        return False
    m = _PARTNER_NOUN.search(sent.text, max(0, c.obj.start - 60), c.obj.start)
    if m is None:
        return False
    before = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()]
    if not before:
        return not c.subj.explicit
    return c.subj.explicit and before[0].key == c.subj.key and before[0].start <= 3 and len(before) == 1


#: A maker's range, then the products it includes: "Zentri's Halden family, including A, B and C", "la gamme
#: Orvane de Zentri, dont A et B".
_FAMILY_INCLUDING = re.compile(r"(?i)^[’']s\s+(?:[\w-]+\s+){0,3}?(?:family|line|lineup|line-up|suite|range|portfolio|"
                               r"products|models|tools|apps)(?:\s+of\s+[\w-]+)?\s*,?\s+(?:including|such\s+as|like|notably)\s+")


#: Between a product and its maker right after it: "X from Y", "X de Y", "X d'Y", "X by Y".
_PRODUCT_FROM = re.compile(r"(?i)\s+(?:from|by|de|par)\s+|\s+d[’']\s*")


def _product_from(sent: Sentence, maker: Arg) -> Arg | None:
    """The product named right before the organisation ``maker`` with "from", "by", "de" or "d'" between
    ("Halden-3 from Orvane", "Claude d'Anthropic")."""
    return next((q for q in sent.args if q.explicit and q.group == "Product"
                 and _PRODUCT_FROM.fullmatch(sent.text, q.end, maker.start)), None)


#: A sentence that opens with the passage's company described with a demonym: "La start-up parisienne, qui…",
#: "Cette jeune pousse lyonnaise a…", "The Berlin startup said…" (the place word right before the noun).
_DESCRIBED_OPENING = re.compile(
    r"(?i)^\W*(?:la|le|l[’']|cette|ce|cet|the|this)\s*(?:jeune\s+)?(?:" + "|".join(HEADS["fr"] + HEADS["en"])
    + r")\s+$")

_THE_OPENING = re.compile(r"(?i)^\W*(?:the|this)\s+$")
_EN_HEAD_AFTER = re.compile(r"(?i)\s+(?:ai\s+|tech\s+)?(?:" + "|".join(HEADS["en"]) + r")\b(?!\s+(?-i:[A-Z]))")


def _demonym_of_topic(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's place a lower-case demonym describing the passage's company, the subject of a
    sentence that opens with it ("La start-up lilloise, qui conçoit…, recrute…") and names no other
    organisation right after the demonym?"""
    place = c.obj
    if (c.subj.explicit and c.subj.source != "anaphor") or c.subj.group != "Org" or not place.explicit \
            or place.group != "Place":
        return False
    if _THE_OPENING.match(sent.text[:place.start]) and _EN_HEAD_AFTER.match(sent.text, place.end):
        return True                     # "The German startup said…"
    return sent.text[place.start:place.start + 1].islower() \
        and _DESCRIBED_OPENING.match(sent.text[:place.start]) is not None and not _demonym_of_other(sent, c)


#: A description in apposition up to its place word: ", la société rennaise", ", une jeune pousse nantaise",
#: ", the Montreal company".
_HEAD_BEFORE_PLACE = re.compile(r"(?i)\s*,\s*(?:(?:la|le|l[’']|une|un)\s*)?(?:jeune\s+)?(?:" + "|".join(HEADS["fr"])
                                + r")\s+$")
_EN_DESCRIBED = re.compile(r"(?i)\s*,\s*(?:the|a|an)\s+$")


def demonym_apposition(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's place the place word of a description in apposition to its organisation ("Kerlo,
    la société rennaise", "Kelvane, the Lyon startup")?"""
    org, place = c.subj, c.obj
    if not (org.explicit and place.explicit) or org.group != "Org" or place.group != "Place" \
            or org.end > place.start:
        return False
    gap = sent.text[org.end:place.start]
    if sent.text[place.start:place.start + 1].islower():
        return _HEAD_BEFORE_PLACE.fullmatch(gap) is not None
    return _EN_DESCRIBED.fullmatch(gap) is not None and _EN_HEAD_AFTER.match(sent.text, place.end) is not None


def _demonym_of_other(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's place a demonym (written in lower case) that describes another organisation,
    named right after it ("après avoir racheté la jeune pousse lilloise X")?"""
    place = c.obj
    if not place.explicit or place.group != "Place":
        return False
    if not sent.text[place.start:place.start + 1].islower():
        # an English demonym before a few common nouns and another organisation's name: "Japanese trading
        # house Kerlo Tsusho has led a round in Zentri"
        return _EN_DEMONYM.search(sent.text, place.start, place.end) is not None and any(
            a.explicit and a.group == "Org" and a.key != c.subj.key and a.start > place.end
            and _COMMON_NOUNS_GAP.fullmatch(sent.text, place.end, a.start) for a in sent.args)
    return any(a.explicit and a.group == "Org" and a.key != c.subj.key and a.start > place.end
               and not sent.text[place.end:a.start].strip() for a in sent.args)


#: An English demonym's ending ("Japanese", "Kenyan", "British", "Pakistani", "French").
_EN_DEMONYM = re.compile(r"(?:ese|an|ish|i|ch|ic)$")
#: Up to three lower-case words between a demonym and a name: " trading house ", " state-owned lender ".
_COMMON_NOUNS_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


def _family_member(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's product listed in its candidate maker's range ("X's Halden family, including A, B
    and C")?"""
    product, maker = c.subj, c.obj
    if product.group != "Product" or maker.group != "Org" or not (product.explicit and maker.explicit) \
            or maker.end > product.start:
        return False
    m = _FAMILY_INCLUDING.match(sent.text[maker.end:product.start + 1])
    if m is None:
        return False
    at = maker.end + m.end()
    return product.start == at or _rival_listed(sent, at, product)


#: A buyer's verb between the buyer and the company it buys: "A acquires B", "A a racheté B".
_BUYS = re.compile(r"(?i)^\s+(?:has\s+|have\s+|a\s+|is\s+)?(?:acquired|acquires|acquiring|bought|buys|buying|rachète|"
                   r"racheté|acquiert|acquis|s[’']offre)\s+$")


#: A relative clause on a company whose subject is its buyer or its founder: "Lumora, which Orvane bought in 2024",
#: "Lumora, que Orvane a rachetée", "Zentri, which A started", "Lumora, the Leeds robotics firm that Orvane bought",
#: and the French inversion "Lumora, qu'a rachetée Orvane".
_WHICH_AFTER = re.compile(r"(?i)^\s*,\s*(?:(?:the|a|an|la|le|l[’']|une?)\s*(?:[\w’'-]+\s+){0,5}?(?:company|firm|"
                          r"startup|start-up|maker|business|group|société|entreprise|jeune\s+pousse|groupe)\s+)?"
                          r"(?:which|that|que|qu[’'])\s*$")
_BUYER_VERB = re.compile(r"(?i)\s+(?:(?:has|had|a|avait|later|recently|finally|then|finalement|récemment)\s+)*"
                         r"(?:bought|acquired|purchased|took\s+over|rachet[ée]e?s?|acquise?s?|absorbée?s?)(?![\w-])")
_INVERTED_BUYER = re.compile(r"(?i)^\s*,\s*(?:qu[’']|que\s+)(?:a|avait)\s+(?:rachet[ée]e?s?|acquise?s?)\s+$")


#: A founding verb right after the subject of a relative clause on the company founded: "…, which A started".
_FOUNDER_VERB = re.compile(r"(?i)\s+(?:(?:has|had|a|avait|also|aussi)\s+)?(?:co-?founded|cofounded|founded|started|"
                           r"set\s+up|"
                           r"(?:co-?)?fondée?s?|cofondée?s?|créée?s?|lancée?s?)(?![\w-])")


_LEAVING_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:après\s+avoir\s+quitté|after\s+leaving|after\s+quitting|"
                             r"before\s+leaving|avant\s+de\s+quitter)\s+(?:l[’']|la\s+|le\s+|the\s+)?$")


#: A relative clause whose pronoun founded the company named (or described) before it: ", qu'elle a cofondée en
#: 2022 avec B", ", which she co-founded in 2019 with B".
_SHE_FOUNDED = re.compile(r"(?i),\s*(?:qu[’'](?:elle|il)|que\s+(?:elle|il)|which\s+(?:she|he)|that\s+(?:she|he))\s+"
                          r"(?:(?:a|avait|has|had)\s+)?(?:co-?fondée?|cofondée?|fondée?|créée?|co-?founded|cofounded|"
                          r"founded|started|set\s+up)(?![\w-])(?P<rest>[^,.;:()]{0,60})")


def _pronoun_founded(sent: Sentence, c: Candidate) -> str | None:
    """What a relative clause of founding (:data:`_SHE_FOUNDED`) after a person gives the candidate: "founder" for
    that person or the one "avec"/"with" names, "foundingYear" for its year, when the candidate's organisation is
    the one named last before the clause, or the passage's."""
    org, other = c.subj, c.obj
    if org.group != "Org" or not (other.explicit and (other.group == "Person" or other.kind == "year")):
        return None
    for m in _SHE_FOUNDED.finditer(sent.text):
        people = [a for a in sent.args if a.explicit and a.group == "Person" and a.end <= m.start()
                  and m.start() - a.end <= 80]
        if not people:
            continue
        orgs = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()]
        if org.explicit and not (orgs and max(orgs, key=lambda a: a.end).key == org.key):
            continue
        if other.group == "Person" and other.start == max(people, key=lambda a: a.end).start:
            return "founder"
        rest = (m.start("rest"), m.end("rest"))
        if not rest[0] <= other.start < rest[1] + 40:
            continue
        if other.kind == "year" and other.end <= rest[1]:
            return "foundingYear"
        if other.group == "Person" and re.search(r"(?i)(?:avec|with)\s+$", sent.text[rest[0]:other.start]):
            return "founder"
    return None


#: A founding verb in the infinitive or gerund right before an organisation: "avant de créer ", "before
#: co-founding ", "puis de lancer ".
_FOUNDING_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:avant\s+de|puis\s+de|pour|before|then|after)\s+"
                              r"(?:co-?fonder|cofonder|fonder|créer|lancer|co-?founding|cofounding|founding|starting|"
                              r"launching|setting\s+up)\s+$")
#: Between an organisation and its year: " en ", " in ".
_IN_YEAR = re.compile(r"\s+(?:en|in)\s+")
#: A pronoun subject and a founding verb right before the organisation: "En 2019, il cofonde ", "he co-founded ".
_PRONOUN_FOUNDS = re.compile(rf"(?i)(?:^|[,;:]\s*|\b(?:et|and|puis|then)\s+|\b{YEAR_OPENING})"
                             rf"{PRONOUN_FOUNDS}\s+$")


def pronoun_founder(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the passage's, a pronoun naming them as the founder of the organisation the
    sentence names right after its verb ("En 2019, il cofonde Zentri avec B": he, and B)?"""
    org, person = c.subj, c.obj
    return org.group == "Org" and org.explicit and person.kind == "topic" and person.group == "Person" \
        and _PRONOUN_FOUNDS.search(sent.text, max(0, org.start - 60), org.start) is not None


#: The company a pronoun runs, in apposition: "la société qu'il pilote", "la jeune pousse qu'elle dirige", "the
#: company she runs".
_PRONOUN_RUNS = (r"(?:l[’']entreprise|la\s+(?:société|start-?up|jeune\s+pousse|fintech|entreprise)|le\s+groupe|"
                 r"the\s+(?:company|startup|start-up|firm|business))\s+(?:qu[’']\s*(?:elle|il)|que\s+(?:elle|il)|"
                 r"(?:that\s+|which\s+)?(?:she|he))\s+(?:dirige|pilote|runs|leads|heads)(?![\w-])")
_RUNS_BEFORE = re.compile(rf"(?i)(?:^|[,;:]\s*|\s){_PRONOUN_RUNS}\s*,\s*$")
_RUNS_AFTER = re.compile(rf"(?i)\s*,\s*{_PRONOUN_RUNS}")


def pronoun_chief(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the passage's, a pronoun naming them as the head of the organisation in
    apposition ("la start-up qu'il pilote, Zentri", "Zentri, the startup he runs,")?"""
    org, person = c.subj, c.obj
    return org.group == "Org" and org.explicit and person.kind == "topic" and person.group == "Person" \
        and (_RUNS_BEFORE.search(sent.text, max(0, org.start - 60), org.start) is not None
             or _RUNS_AFTER.match(sent.text, org.end) is not None)


#: A pronoun that takes the lead of the passage's company, opening the sentence or after a fronted phrase:
#: "Elle assume la direction générale", "Il en devient le PDG", "She took over as chief executive".
_TAKES_HELM = re.compile(
    r"(?i)^(?:[^,;:.]{1,40},\s*)?(?P<who>elle|il|she|he)\s+(?:(?:en\s+)?(?:prend|prendra|a\s+pris|reprend|assure|occupe|"
    r"assume)\s+(?:la\s+direction\s+générale|les\s+rênes|la\s+tête\s+de\s+l[’']entreprise)|"
    r"(?:en\s+)?(?:devient|deviendra|est\s+devenue?)\s+(?:(?:la|le|l[’'])\s*)?(?:pdg|directeur\s+général|"
    r"directrice\s+générale)|(?:takes|took|has\s+taken)\s+(?:the\s+helm|over\s+as\s+(?:its\s+)?(?:chief\s+executive|"
    r"ceo))|(?:became|becomes|has\s+become)\s+(?:its\s+|the\s+company[’']s\s+)?(?:chief\s+executive|ceo))"
    r"(?![\w-])")


#: A named person taking the lead of the organisation named right after: "A a pris la direction générale de Zentri",
#: "A prend les rênes de Zentri", "A took the helm of Zentri".
_HELM_OF = re.compile(r"(?i)^\s+(?:(?:a|has)\s+)?(?:prend|pris|reprend|repris|assure|assume|takes|took|taken)\s+"
                      r"(?:la\s+présidence|la\s+direction\s+générale|les\s+rênes|the\s+helm|the\s+reins)\s+"
                      r"(?:de\s+la\s+|de\s+l[’']|de\s+|d[’']|du\s+|of\s+(?:the\s+)?)$")


#: A chief's title held in the past, between a person and the organisation: ", who was the CEO of ", ", qui
#: était le PDG de ".
_WAS_CHIEF_OF = re.compile(r"(?i)\s*,\s*(?:who|qui)\s+(?:(?:was|had\s+been|a\s+été|avait\s+été|était)\s+"
                           r"(?:(?:the|its|le|la|l[’'])\s*)?(?:chief\s+executive(?:\s+officer)?|ceo|pdg|"
                           r"directeur\s+général|directrice\s+générale|président|présidente|founder\s+and\s+ceo)\s+"
                           r"(?:of|at|de\s+la|de\s+l[’']|de|d[’']|du|chez)\s*)")
#: The same in the possessive: ", who had been " + "X" + "'s chief executive".
_WAS_WHO = re.compile(r"(?i)\s*,\s*who\s+(?:was|had\s+been)\s+")
_CHIEF_POSSESSED = re.compile(r"(?i)['’]s\s+(?:chief\s+executive(?:\s+officer)?|ceo|president|founder\s+and\s+ceo|"
                              r"co-?founder\s+and\s+(?:chief\s+executive|ceo))\b")
#: The organisation a person runs now, after an aside: ", who was …, now runs ", " dirige désormais ".
_NOW_RUNS = re.compile(r"(?i)(?:\s*,[^;:()«»]{1,100},)?\s+(?:(?:now|currently|désormais|aujourd[’']hui)\s+"
                       r"(?:runs|leads|heads|dirige|pilote)|(?:runs|leads|heads|dirige|pilote)\s+(?:now|désormais|"
                       r"aujourd[’']hui))\s+")
#: The passage's company sold whole, before its buyer: "sold the company, its code and brand, to", "a cédé la
#: société à", "vend l'entreprise au groupe".
_SOLD_BUSINESS_TO = re.compile(r"(?i)(?<![\w-])(?:sold|sells|selling|has\s+sold|agreed\s+to\s+sell|cédé|cède|vendu|"
                               r"vend|revendu)\s+(?:the|its|la|l[’']|le|son|sa)\s*(?:business|company|firm|startup|"
                               r"start-up|société|entreprise|jeune\s+pousse)(?![\w-])[^.;]{0,140}?\s(?:to|à|au)\s+"
                               r"(?:(?:the|la|le|l[’'])\s*)?(?:(?:groupe|group|company|société)\s+)?$")
#: A founder's relative clause giving the founded company's lead: ", qui en est le", ", who is its".
_WHO_RUNS_IT = re.compile(r"(?i)\s*,\s*(?:qui\s+en\s+(?:est|devient|reste)\s+(?:aujourd[’']hui\s+)?(?:le|la|l[’'])\s*"
                          r"|who\s+(?:is|remains|becomes|is\s+now)\s+its\s+)")


#: A founder's relative clause saying they run what they founded, maybe past an apposition on them: ", qui la dirige
#: toujours", ", ancienne de X, qui la préside", ", who still runs it".
_WHO_LEADS_IT = re.compile(r"(?i)(?:\s*,[^,;:.()«»]{1,100})?\s*,\s*"
                           r"(?:qui\s+(?:la|le|l[’'])\s*(?:dirige|préside|pilote)|who\s+(?:still\s+|now\s+)?(?:runs|leads|heads)\s+it)(?![\w-])")
#: A court handing a company in receivership to its buyer: "Le tribunal confie X à " (+ "son concurrent Y"), and
#: the buyer's offer it retains: "le juge a validé l'offre de Y pour reprendre X".
_COURT_GIVES = re.compile(r"(?i)\b(?:confie|a\s+confié|attribue|a\s+attribué)\s+$")
_COURT_TO = re.compile(r"(?i)\s+à\s+(?:(?:son|sa|leur|le|la|l[’']|un|une)\s*)?(?:[\w-]+\s+){0,3}?")
_OFFER_TO_TAKE = re.compile(r"(?i)\s+pour\s+(?:reprendre|racheter|acquérir)\s+")
_OFFER_RETAINED = re.compile(r"(?i)\b(?:retenu|retient|validé|valide|accepté|choisi)\s+l[’']offre\s+(?:de\s+|d[’'])"
                             r"(?:(?:la|le|l[’'])\s*)?$")


def _court_gives(sent: Sentence, c: Candidate) -> bool:
    """Does a court hand the candidate's object to its subject (:data:`_COURT_GIVES`, :data:`_OFFER_RETAINED`)?"""
    buyer, target = c.subj, c.obj
    if buyer.group != "Org" or target.group != "Org" or not (buyer.explicit and target.explicit) \
            or not re.search(r"(?i)\btribuna", sent.text):
        return False
    if target.end <= buyer.start:
        return _COURT_GIVES.search(sent.text, max(0, target.start - 20), target.start) is not None \
            and _COURT_TO.fullmatch(sent.text, target.end, buyer.start) is not None
    return _OFFER_TO_TAKE.fullmatch(sent.text, buyer.end, target.start) is not None \
        and _OFFER_RETAINED.search(sent.text, max(0, buyer.start - 40), buyer.start) is not None


#: A company noun right before a demonym: "la start-up " + "parisienne", "le groupe " + "lyonnais".
_NOUN_BEFORE_DEMONYM = re.compile(r"(?i)(?<![\w-])(?:start-?up|jeune\s+pousse|société|entreprise|groupe|fintech|"
                                  r"pépite|éditeur|fabricant|firme|scale-?up|medtech|biotech|licorne)\s+$")


def _demonym_of_noun(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's place a demonym describing a company noun ("la start-up parisienne") that is not the
    candidate's organisation's mention nor in apposition to it?"""
    org, place = c.subj, c.obj
    if org.group != "Org" or place.group != "Place" or not sent.text[place.start:place.start + 1].islower():
        return False
    noun = _NOUN_BEFORE_DEMONYM.search(sent.text, max(0, place.start - 20), place.start)
    if noun is None:
        return False
    if org.end <= noun.start() and re.fullmatch(r"(?i)\s*,?\s*(?:(?:est|était|reste|devient|is|was|remains)\s+)?"
                                               r"(?:(?:la|le|l[’']|une|un|a|an|the)\s*)?(?:jeune\s+)?",
                                               sent.text[org.end:noun.start()]):
        return False        # "Zentri, start-up parisienne", "Zentri est une start-up parisienne" (the reference)
    if org.start >= place.end and not sent.text[place.end:org.start].strip():
        return False        # "la start-up parisienne Zentri": the name after it
    return not (org.start <= noun.start() < org.end)


#: A post right after a person: " au poste de ", " comme ", " as its new ".
_AT_POST = re.compile(r"(?i)\s+(?:au\s+poste\s+(?:de\s+|d[’'])|en\s+tant\s+que\s+|as\s+(?:its\s+|the\s+)?(?:new\s+)?)"
                      r"(?:(?:nouvelle?|nouveau)\s+)?")
#: A founder's relative clause giving the role they hold: ", qui reste", ", qui en est la", ", who is now its".
_WHO_HOLDS = re.compile(r"(?i)(?:\s*,\s*[^,;()«»]{1,60}?(?=\s*,\s*qui\s))?\s*,\s*"
                        r"(?:qui\s+(?:en\s+)?(?:est|reste|devient|occupe)\s+(?:aujourd[’']hui\s+|désormais\s+|"
                        r"toujours\s+)?(?:(?:le|la|l[’'])\s*)?(?:poste\s+de\s+)?|who\s+(?:is|remains|becomes|is\s+now)\s+"
                        r"(?:its\s+|the\s+(?:company|startup|start-up|firm|lab)['’]s\s+|the\s+)?"
                        r"|(?:[^,;()]{1,60}?\s+(?:et|and)\s+)?(?:aujourd[’']hui|désormais|now|currently)\s+"
                        r"(?:son\s+|sa\s+|its\s+|their\s+|the\s+(?:company|startup|start-up|firm|lab)['’]s\s+)?"
                        r"|(?:son|sa)\s+actuel(?:le)?\s+|(?:its|their)\s+(?:current\s+)?)")
#: A founder's partner, named after "with": "co-founded Zentri in 2017 with ", "a cofondé Zentri avec ".
_COFOUNDED_WITH = re.compile(r"(?i)(?<![\w-])(?:co-?founded|cofounded|founded|started|set\s+up|cofondé|fondé|créé|"
                             r"cofonde|fonde|crée|lancé)\s+(?P<obj>[^,;.]{1,40}?)\s+(?:(?:in|en)\s+(?:19|20)\d\d\s+)?"
                             r"(?:with|avec)\s+$")


@lru_cache(maxsize=1)
def _employer_role_start() -> re.Pattern:
    """An employer's role (:func:`_employer_role`) at the start of the text."""
    return re.compile(rf"(?i)(?:{_employer_role()})(?![\w-])")


def _at_post(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person given a post right after their name (:data:`_AT_POST`, "l'arrivée d'A au poste
    de directeur financier"), the organisation being the passage's, the sentence naming none after them?"""
    person, org = c.subj, c.obj
    if person.group != "Person" or not person.explicit \
            or not (org.kind == "topic" or org.source == "anaphor" and org.end <= person.start):
        return False
    post = _AT_POST.match(sent.text, person.end)
    return post is not None and _employer_role_start().match(sent.text, post.end()) is not None \
        and not any(a.explicit and a.group == "Org" and a.source != "anaphor" and a.start > person.end
                    for a in sent.args)


def _founder_holds_role(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person one of the founders the sentence lists for its organisation, with a role in a
    relative clause (:data:`_WHO_HOLDS`: "fondée par A et B, qui reste directeur technique")?"""
    person, org = c.subj, c.obj
    if person.group != "Person" or not person.explicit:
        return False
    holds = _WHO_HOLDS.match(sent.text, person.end)
    if holds is None or _employer_role_start().match(sent.text, holds.end()) is None:
        return False
    if (founded := founders_listed(sent, person)) is not None:
        return founded.key == org.key
    with_ = _COFOUNDED_WITH.search(sent.text, max(0, person.start - 100), person.start)
    if with_ is None:
        return False        # "A co-founded Zentri in 2017 with B, now its CTO": B works there
    a, b = with_.span("obj")
    return org.explicit and a <= org.start and org.end <= b \
        or org.kind == "topic" and re.search(r"(?i)\b(?:company|startup|start-up|firm|société|entreprise|pousse)\b",
                                             with_.group("obj")) is not None


def _founder_leads_it(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person a founder the sentence lists for its organisation who runs it (:data:`_WHO_LEADS_IT`:
    "créée par A, ancienne de X, qui la dirige toujours"), no other person named in between?"""
    org, person = c.subj, c.obj
    if person.group != "Person" or not person.explicit:
        return False
    leads = _WHO_LEADS_IT.match(sent.text, person.end)
    return leads is not None \
        and not any(a.group == "Person" and a.explicit and person.end < a.start < leads.end() for a in sent.args) \
        and (founded := founders_listed(sent, person)) is not None and founded.key == org.key


#: A sentence opening on who heads the passage's company, before that person's name: "À sa tête, ", "At its helm, ".
_AT_ITS_HEAD = re.compile(r"(?i)\W*(?:à\s+sa\s+tête|"
                          r"à\s+la\s+tête\s+de\s+(?:l[’']entreprise|la\s+société|la\s+start-up)|"
                          r"at\s+(?:its|the\s+company[’']s|the\s+startup[’']s)\s+helm)\s*,\s*")


#: A reporting verb that closes a sentence, right before its speaker: ", précise ", ", said the company's ".
@lru_cache(maxsize=4)
def _speaker_last_re(lang: str) -> re.Pattern:
    """A reporting verb (lexicon ``reporting_verbs``, not one that takes a listener: "told") after a comma or
    a closing quote, maybe with its inverted pronoun and two words, right before the sentence's last name:
    ", précise ", "», explique-t-elle à ", ", said "."""
    verbs = [v for v in lexicon()["reporting_verbs"].get(lang, []) if v not in ("told", "tells")]
    return re.compile(rf"(?i)[,»”\"]\s*(?:{alternation(verbs)})(?:-t-(?:il|elle))?\s+(?:[\w’'-]+\s+){{0,2}}?$")


#: A founding verb in the perfect right before its object: "a créé ", "avait cofondé ", "co-founded ".
_FOUNDED_VERB = re.compile(r"(?i)(?<![\w’'-])(?:(?:a|avait|ont|avaient)\s+(?:co-?|co)?(?:fondé|créé)e?|"
                           r"(?:co-?)?founded|set\s+up|started)\s+$")


def _founded_object(sent: Sentence) -> Arg | None:
    """The organisation (named or referred to) that a founding verb takes as its object in the sentence, when
    there is one: "elle a créé l'entreprise avec B" → the company "l'entreprise" stands for."""
    objs = [a for a in sent.args if a.group == "Org" and a.kind == "entity"
            and _FOUNDED_VERB.search(sent.text, max(0, a.start - 30), a.start)]
    return objs[0] if len({a.key for a in objs}) == 1 else None


#: A buyer's verb and a majority of the capital between two names: " a pris 80 % du capital de ", ", un
#: fabricant installé à Morges, rachète 70 % de ", " took 100% of ", " has bought 51% of the shares of ".
_MAJORITY_OF = re.compile(
    r"(?i)\s*(?:,[^;:.]{0,100},\s*)?(?:a\s+|avait\s+|vient\s+d[’']\s*|has\s+|had\s+|have\s+)?"
    r"(?:acquis|acquiert|racheté|rachète|pris|prend|repris|reprend|took|takes|acquired|acquires|bought|buys)\s+"
    r"(?:une\s+participation\s+(?:minoritaire\s+|majoritaire\s+)?de\s+|a\s+(?:minority\s+|majority\s+)?stake\s+of\s+)?"
    r"(?:(?:la\s+totalité|l[’']intégralité|l[’']ensemble)\s+(?:du\s+capital|des\s+(?:titres|actions|parts))|"
    r"(?P<pct>\d{2,3}(?:[,.]\d+)?)\s*%(?:\s+(?:du\s+capital|des\s+(?:titres|actions|parts)|of\s+the\s+(?:shares|"
    r"stock|equity)(?:\s+in)?))?|all\s+(?:of\s+)?the\s+shares(?:\s+in)?|(?:the\s+)?entire\s+(?:share\s+capital|"
    r"stake))\s+(?:de\s+(?:la\s+(?:start-up|société|jeune\s+pousse)\s+)?|d[’']\s*|of\s+|in\s+|dans\s+|du\s+|"
    r"au\s+capital\s+(?:de\s+|d[’']\s*))?(?:(?-i:[a-zà-ÿ]+)\s+)?")     # "35 % du béninois B"


def _share_taken(sent: Sentence, c: Candidate) -> str | None:
    """Does the sentence say one of the candidate's organisations took a share of the other's capital between
    their names ("A a pris 80 % du capital de B")? "majority" when the candidate is the taker then the
    company (all of it, or 50 % and more), "minority" for less, "reverse" for the pair the other way round;
    None when the sentence does not say so."""
    if c.subj.group != "Org" or c.obj.group != "Org" or not (c.subj.explicit and c.obj.explicit):
        return None
    first, second = sorted((c.subj, c.obj), key=lambda a: a.start)
    m = _MAJORITY_OF.fullmatch(sent.text, first.end, second.start)
    if m is None or any(a.explicit and a.group == "Org" and first.end <= a.start < second.start for a in sent.args):
        return None
    pct = float(m.group("pct").replace(",", ".")) if m.group("pct") else 100.0
    if c.subj is not first or pct > 100:
        return "reverse"
    return "majority" if pct >= 50 else "minority"


def _helm_of(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the subject of :data:`_HELM_OF` before its organisation?"""
    org, person = c.subj, c.obj
    return org.group == "Org" and person.group == "Person" and org.explicit and person.explicit \
        and person.end < org.start and _HELM_OF.match(sent.text[person.end:org.start]) is not None


def takes_helm(sent: Sentence) -> bool:
    """Does the sentence's pronoun subject take the lead of the passage's company ("Il assume la direction
    générale.")?"""
    return not sent.heading and _TAKES_HELM.match(sent.text) is not None


def helm_taker(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate the passage's company and the person whose pronoun takes its lead ("Il assume la
    direction générale": the person the pronoun stands for, or the passage's person)?"""
    m = None if sent.heading else _TAKES_HELM.match(sent.text)
    if m is None or c.subj.group != "Org" or c.obj.group != "Person":
        return False
    at = m.start("who")     # the pronoun may have been read as the company's ("Elle" after "cofonde Zentri")
    return (c.subj.kind == "topic" or c.subj.source == "anaphor" and c.subj.start == at) \
        and (c.obj.kind == "topic" or c.obj.source == "anaphor" and c.obj.start == at)


def _relative_founder(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the subject of a relative clause of founding on its organisation ("Zentri, which
    Ana Roux started in 2021", "Zentri, que Léa Morel a fondée")?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not (org.explicit and person.explicit) \
            or org.end > person.start:
        return False
    between = sent.text[name_end(sent.text, org.start, org.end):person.start]
    return _WHICH_AFTER.match(between) is not None and _FOUNDER_VERB.match(sent.text, person.end) is not None


#: From a buyer that opens the sentence to what it bought, maybe past an apposition or a relative clause on
#: the buyer and a description of the bought company: "Kerlo, which is run by its CEO A, bought the Leeds
#: startup Lumora", "Kerlo, cotée à Paris, a racheté la nantaise Lumora".
_SUBJECT_BOUGHT = re.compile(r"(?i)^(?:\s*,[^,;:()]{1,100},)?\s+(?:(?:has|had|a|avait|also|aussi|déjà|already|recently|"
                             r"récemment)\s+)*(?:bought|acquired|purchased|acquires|buys|took\s+over|racheté|rachète|"
                             r"acquis|acquiert)\s+(?:(?:en|in)\s+\d{4}\s+|l[’']an\s+dernier\s+|last\s+year\s+)?"
                             r"(?:(?:the|a|an|la|le|l[’']|une?|its|son|sa)\s*)?"
                             r"(?:(?!(?:of|de|du|des|d[’']|stake|shares?|block|bloc|part)\b)[\w’'-]+\s+){0,5}?$")
_SUBJECT_OPENING = re.compile(r"^\W*(?:(?:[A-ZÀ-Ý][\w.]*\s+){0,2}[\w-]+-based\s+|"
                              r"(?:le|la|l[’']|the)\s*(?:groupe|group|société|company|firm)"
                              r"\s+)?$",
                              re.I)


_CLAUSE_VERB_AFTER = re.compile(r"\s+(?!(?:and|et|or|ou|ni|nor|as|ainsi|puis|then|which|who|qui|que|dont|"
                                r"spécialiste|specialist|maker|leader)\b)[a-zà-ÿ]")


def _opens_clause_after_comma(sent: Sentence, name: Arg) -> bool:
    """Is ``name`` right after a comma that follows another organisation, and followed by a lower-case word
    that continues no list ("…, B, C recrute chez D")?"""
    before = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= name.start]
    if not before or not re.fullmatch(r"\s*,\s*", sent.text[max(a.end for a in before):name.start]):
        return False
    return _CLAUSE_VERB_AFTER.match(sent.text, name_end(sent.text, name.start, name.end)) is not None


def _subject_buyer(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's subject the organisation that opens the sentence and buys its object by the main verb
    (:data:`_SUBJECT_BOUGHT`)?"""
    buyer, bought = c.subj, c.obj
    if buyer.group != "Org" or bought.group != "Org" or not (buyer.explicit and bought.explicit) \
            or buyer.end > bought.start or not _SUBJECT_OPENING.match(sent.text[:buyer.start]):
        return False
    if _SUBJECT_BOUGHT.match(sent.text[buyer.end:bought.start]) is None:
        return False
    return not any(a.explicit and a.group == "Org" and buyer.end <= a.start < bought.start
                   and not _in_aside(sent.text, buyer.end, a.start) for a in sent.args)


def _in_aside(text: str, start: int, at: int) -> bool:
    """Is offset ``at`` inside the comma-bounded aside that opens right at ``start``?"""
    m = re.match(r"\s*,[^,;:()]{1,100},", text[start:])
    return m is not None and start < at < start + m.end()


#: A relative clause on a buyer, from its name to the company it bought: ", qui a racheté le suédois ",
#: ", which acquired ".
_WHO_BOUGHT = re.compile(r"(?i)\s*,\s*(?:which|that|who|qui)\s+(?:(?:has|had|a|avait|also|aussi|déjà|already)\s+)*"
                         r"(?:bought|acquired|purchased|racheté|acquis|absorbé|repris|s[’']est\s+offert)\s+"
                         r"(?:(?:en|in)\s+\d{4}\s+|l[’']an\s+dernier\s+|last\s+year\s+)?"   # "qui a racheté en 2023 B"
                         r"(?:(?:the|la|le|les|l[’'])\s*(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,3}?)?")


def _who_bought(sent: Sentence, bought: Arg) -> Arg | None:
    """The organisation whose relative clause bought ``bought`` ("Kerlo, qui a racheté le suédois Lumora",
    "Kerlo, which acquired Lumora"), the clause opening right after its name, if any."""
    for a in sent.args:
        if a.explicit and a.group == "Org" and a.kind == "entity" and a.source != "anaphor" and a.end < bought.start:
            if _WHO_BOUGHT.fullmatch(sent.text, name_end(sent.text, a.start, a.end), bought.start):
                return a
    return None


def _relative_buyer(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's subject the buyer a relative clause on its object names ("Lumora, which Orvane
    bought in 2024", "Lumora, qu'a rachetée Orvane")?"""
    buyer, bought = c.subj, c.obj
    if buyer.group != "Org" or bought.group != "Org" or not (buyer.explicit and bought.explicit) \
            or bought.end > buyer.start:
        return False
    between = sent.text[name_end(sent.text, bought.start, bought.end):buyer.start]
    return (_WHICH_AFTER.match(between) is not None and _BUYER_VERB.match(sent.text, buyer.end) is not None) \
        or _INVERTED_BUYER.match(between) is not None


def _bought_for(sent: Sentence, c: Candidate) -> bool | None:
    """A product named after "A acquires B" ("Zentri buys Orvane to improve Halden's search"): the
    buyer's, not the bought company's. True when the candidate gives it to the buyer, False to the bought
    company, None when the sentence does not say so."""
    product, maker = c.subj, c.obj
    if product.group != "Product" or maker.group != "Org" or not product.explicit:
        return None
    orgs = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= product.start]
    for buyer, bought in zip(orgs, orgs[1:], strict=False):
        if buyer.start <= 3 and _BUYS.match(sent.text[buyer.end:bought.start]) \
                and re.match(r"\s+(?:to|in\s+order\s+to|pour|afin\s+de)\s", sent.text[bought.end:]):
            if maker.key == bought.key:
                return False
            if maker.explicit and maker.key == buyer.key:
                return True
    return None


#: A relative pronoun: the clause a customer's verb stands in ("…, which rolled out X").
_RELATIVE = re.compile(r"(?i)\b(?:which|who|that|qui)\b")
#: A grant after its amount ("a €1 million grant", "a $50,000 prize") or before it ("une subvention de 200 000
#: euros").
#: Loans count as grants do: money that buys no shares ("a €15m venture loan", "un prêt d'honneur de
#: 40 000 euros").
#: Public or research money, a grant's kind: "research funding", "public money", "financement de recherche"
#: (the English adjective then its noun, or the French noun then its complement).
_PUBLIC_ADJ = r"(?:research|public|government|state|federal)\s+"
_PUBLIC_FR = r"financements?\s+(?:publics?|de\s+recherche)"
_GRANT_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}?"     # "a £90,000 Kerlo Agency grant": its giver first
                          r"\s+(?:non-dilutive\s+|EU\s+|public\s+|venture\s+|innovation\s+|bank\s+|"
                          r"term\s+)?"
                          r"(?:grants?|loans?|debt\b|credit\s+(?:line|facility)\b|(?:repayable|non-repayable)\s+"
                          r"contributions?\b)"
                          r"|\s+(?:cash\s+)?(?:prize|award)\b"
                          r"|\s+(?:in|of|en|de)\s+(?:retention|severance|compensation|bonus|stock\s+awards|"
                          r"primes?\s+de\s+rétention|rémunération|subventions?|grants?|prêts?|loans?|aides?\s+publiques?|"
                          r"(?:bank\s+|venture\s+)?debt|dette(?:\s+bancaire)?|"
                          + _PUBLIC_ADJ + r"(?:funding|money|support)|" + _PUBLIC_FR + r"|"
                          r"(?:non-repayable|non-dilutive|non\s+dilutive)\s+(?:funding|financing|money|support)|"
                          r"financements?\s+non\s+(?:dilutifs?|remboursables?))"
                          r"|(?i:\s+(?:du\s+|de\s+la\s+|de\s+l[’']|from\s+(?:the\s+)?|under\s+(?:the\s+)?)(?:programme|program|"
                          r"dispositif)\s+(?:d[’']aide|de\s+soutien|d[’']appui|of\s+support|de\s+subvention))")
_GRANT_BEFORE = re.compile(r"(?i)\b(?:(?:subventions?|subsides?|aides?|dons?)\s+(?:(?:publiques?|à\s+l[’']innovation|"
                           r"non[\s-]dilutives?|européennes?|"
                           r"régionale?s?|régionaux|publics?|européens?|wallons?|wallonnes?|fédéral|fédéraux|"
                           r"bruxellois|flamands?|cantonale?s?|cantonaux|"
                           r"(?-i:[A-ZÀ-Ý])[\w-]+)\s+){0,2}"
                           r"|"
                           r"(?:prêts?|emprunts?|avances?\s+remboursables?)\s+"
                           r"(?:(?:d[’']honneur|d[’']innovation|innovation|participatifs?|bancaires?|garantis?|à\s+taux\s+zéro|"
                           r"d[’']amorçage)\s+)?|loans?\s+)(?:de|d[’']|of)\s*$"
                           r"|(?i:concours|prix|trophée|challenge|compétition|prize|award|competition)\s+"
                           r"(?:[\w’'-]+\s+){0,3}?(?:dotée?\s+de|worth|carrying)\s*$")
#: A valuation only implied by prices, right before its amount: "prices that imply a valuation near", "une
#: valorisation implicite de".
_IMPLIED = re.compile(r"(?i)(?<![\w’'-])(?:implying|implied|imply|implies|implicite)(?![\w-])[^.;:]{0,40}$")
#: A price per share after its amount: "9,50 euros par action", "$18 a share".
_PER_SHARE = re.compile(r"\s*(?:par|per|l[’']|a|an)\s*(?:action|share|titre|unit)\b")
#: A capitalised name and a comma right before an apposition's name: "Kerlo, the " in "from Kerlo, the National
#: Science Fund".
_APPOSED_AFTER_NAME = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w&.-]*(?:\s+[A-ZÀ-Ý][\w&.-]*){0,3}\s*,\s*"
                                 r"(?:the\s+|la\s+|le\s+|l[’']\s*)?$")
#: A grant right before its giver: "une subvention de 200 000 euros de X", "a €1 million grant from X".
_GRANT_FROM = re.compile(r"(?i)\b(?:subventions?|subsides?|grants?|prêts?|loans?|debt|unitranche|mezzanine|"
                         r"(?<!en\s)(?<!la\s)bourses?|"
                         r"(?:repayable|non-repayable)\s+contributions?|contributions?\s+(?:non\s+)?remboursables?|"
                         r"(?:non-repayable|non-dilutive|non\s+dilutive)\s+(?:funding|financing|money|support)|"
                         r"financements?\s+non\s+(?:dilutifs?|remboursables?)|"
                         + _PUBLIC_ADJ
                         + r"funding|" + _PUBLIC_FR + r")\b"
                         r"(?:[^.;:()]|\([^()]{0,40}\)){0,90}?"
                         r"(?:\bde\s+la\s+|\bde\s+l[’']|\bdu\s+|"
                         r"\bde\s+|\bd[’']|\bfrom\s+(?:the\s+)?|\bby\s+(?:the\s+)?|\bpar\s+|"
                         r"\bfrom\s+(?:the\s+)?(?-i:[A-ZÀ-Ý][\w&.-]*(?:\s+[A-ZÀ-Ý][\w&.-]*){0,4})[’']s\s+)$")
#                         ("a grant from the Zentri Agency's Growth Fund": the agency's fund gives it)


def _grant_giver(text: str, start: int) -> bool:
    """Is the name at ``start`` a grant's or a loan's giver (:data:`_GRANT_FROM` right before it), or the apposition
    of one ("a grant from Kerlo, the National Science Fund")?"""
    if _GRANT_FROM.search(text, max(0, start - 130), start):
        return True
    giver = _APPOSED_AFTER_NAME.search(text, max(0, start - 60), start)
    return giver is not None and _GRANT_FROM.search(text, max(0, giver.start() - 130), giver.start()) is not None


#: A company noun after a city, the description of the passage's company: "the Dublin start-up", "the Leeds AI
#: firm" (a name after it is another company's: :data:`_CITY_NOUN`).
_CITY_DESCRIBED = re.compile(r"(?i)\s+" + _COMPANY_MODIFIERS + r"(?:startup|start-up|company|firm|"
                             r"business|lab|scale-up|scaleup)\b\s*")
#: A big company named by its seat: "le groupe de Redmond", "le géant de Cupertino" (not the passage's start-up).
_GROUP_OF_CITY = re.compile(r"(?i)(?<![\w’'-])(?:le|du|au)\s+(?:groupe|géant|mastodonte|firme|conglomérat)\s+"
                            r"(?:[a-zéèêà-]+\s+)?(?:de|d[’'])\s*$")
#: A unit of a company right after a country or city, or before its demonym: "its US parent", "the Dubai
#: subsidiary", "sa filiale américaine", "la maison mère britannique".
_PARENT_AFTER = re.compile(r"(?i)\s+(?:parent|subsidiary|subsidiaries|unit|arm|entity|holding\s+company|affiliate)\b")
_PARENT_BEFORE = re.compile(r"(?i)\b(?:filiales?|maison\s+mère|société\s+mère|entité|holding)\s+$")
#: An office, a branch or a site right before a city: another place of the company than its head office.
_OFFICE_IN = re.compile(r"(?i)\b(?:offices?|bureaux?|branch(?:es)?|antennes?|succursales?|hub|outpost|site|"
                        r"établissement|filiale)\s+(?:(?:in|at|à|au|en|dans)\s+)(?:the\s+|la\s+|le\s+|l[’'])?$")

#: A unit of the company named before it, placed in the city after it: "a new Kerlo unit based in ", "la
#: filiale de X installée à " (the unit's place, not the company's seat); the company's end is where the
#: first pattern starts, the second ends.
_UNIT_PLACED_AFTER = re.compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:" + _UNIT_NOUNS + r"|division|entity|lab|team|"
                                r"unité|entité|antenne|labo|laboratoire)\s+(?:(?:that\s+will\s+be|to\s+be)\s+)?"
                                r"(?:based|located|set\s+up|basée?|installée?|située?|implantée?)\s+"
                                r"(?:in|at|à|au|en|aux)\s+(?:the\s+|la\s+|le\s+|l[’'])?$")
_UNIT_OF_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:" + _UNIT_NOUNS + r"|division|entity|unité|entité|antenne)\s+"
                             r"(?:of|de|du|d[’'])\s*(?:la\s+|le\s+|l[’'])?$")
_PLACED_IN = re.compile(r"(?i)^\s*,?\s*(?:based|located|basée?|installée?|située?|implantée?)\s+"
                        r"(?:in|at|à|au|en|aux)\s+(?:the\s+|la\s+|le\s+|l[’'])?$")


#: A school, a university or a hospital whose name ends with the place after it: "l'Université libre de ",
#: "University of ", "l'Institut Pasteur de ", "the Royal Infirmary of ".
_INSTITUTION_OF = re.compile(r"(?<![\w-])(?:Universit(?:é|y|ät|eit|à|ad)|École|Institut[e]?|Hôpital|Hospital|CHU|"
                             r"College|Collège|Infirmary|Polytechnique)(?:\s+[\w’'-]+){0,3}?\s+(?:de|d[’']|du|des|of)\s*"
                             r"(?:la\s+|l[’'])?$")
#: An indefinite company noun and the place it is from, right before the place: "une jeune pousse de ", "a
#: startup from ", "une entreprise basée à ".
_INDEFINITE_COMPANY_OF = re.compile(
    r"(?i)(?<![\w’'-])(?:un|une|a|an)\s+(?:[\w-]+\s+){0,2}?(?:jeune\s+pousse|start-?up|entreprise|société|studio|éditeur|"
    r"fabricant|firm|company|maker|group|groupe|spécialiste|pépite|pme|scale-?up)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:de|d[’']|du|from|in|based\s+in|basée?\s+à|installée?\s+à|établie?\s+à)\s*(?:la\s+|l[’']|the\s+)?$")
#: What opens a sentence's description of the passage's company, right before the noun phrase: nothing, a
#: copula ("C'est une start-up de", "It is a startup from").
_TOPIC_IS = re.compile(r"(?i)(?:^|[:.]\s*)\W*(?:(?:c[’']est|it\s+is|it[’']s|elle\s+est|il\s+est)\s*)?$")
#: Between a subject and the noun phrase that describes it: nothing, a comma, a copula ("X, une start-up de",
#: "X est une start-up de", "X, which is a startup from").
_COPULA = r"est|is|was|était|reste|remains|devient|becomes"
_SUBJECT_IS = re.compile(rf"(?i)\s*[,(—–-]?\s*(?:(?:qui|which|that)\s+)?(?:{_COPULA}|a\s+été|has\s+been)?\s*")
#: A copula right before a noun phrase: "est ", "is ", "remains ".
_COPULA_BEFORE = re.compile(rf"(?i)(?<![\w’'-])(?:{_COPULA})\s*$")


def _other_company_place(sent: Sentence, c: Candidate) -> bool:
    """Does an indefinite company noun with the candidate's place right after it ("une start-up de Lyon") describe
    another company than the candidate's subject? So it does after the named subject unless in apposition to it
    or after a copula ("A et B ont parié sur une start-up de Lyon"), and, for the passage's company, unless the
    sentence opens on the noun phrase ("C'est une start-up de Lyon"). When the noun phrase is itself the
    reference to the passage's company, it describes another one in apposition to another word ("elle croise
    x.ai, une entreprise de Turin"), after the company named ("La jeune pousse croise…, une entreprise de
    Turin"), or as the object of a sentence that no name opens ("L'éditeur s'offre une jeune pousse de Turin";
    but "A et B ont parié sur une jeune pousse de Dakar" may be the passage's own)."""
    if not c.obj.explicit or c.subj.explicit and c.subj.end > c.obj.start:
        return False
    np = _INDEFINITE_COMPANY_OF.search(sent.text, max(c.subj.end, c.obj.start - 80), c.obj.start)
    if np is not None and not (_SUBJECT_IS.fullmatch(sent.text, c.subj.end, np.start()) if c.subj.explicit
                               else _TOPIC_IS.search(sent.text, 0, np.start())):
        return True
    if c.subj.source != "anaphor" or not _INDEFINITE_COMPANY_OF.fullmatch(sent.text, c.subj.start, c.obj.start):
        return False
    before = sent.text[:c.subj.start]
    named = [a for a in sent.args if a.explicit and a.key == c.subj.key and a.end <= c.subj.start]
    if re.search(r"[\w.)]\s*,\s*$", before) and not named:
        return True
    if any(not _SUBJECT_IS.fullmatch(sent.text, a.end, c.subj.start) for a in named):
        return True
    return not any(a.explicit and a.group == "Org" and a.end <= c.subj.start for a in sent.args) \
        and not _TOPIC_IS.search(sent.text, 0, c.subj.start) and not _COPULA_BEFORE.search(before)


def _unit_placed(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's place the seat of a unit of its company ("a new Kerlo unit based in Boise", "la
    filiale de X installée à Lyon"), not the company's own?"""
    if not (c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start):
        return False
    between = sent.text[c.subj.end:c.obj.start]
    return _UNIT_PLACED_AFTER.match(between) is not None or (
        _PLACED_IN.match(between) is not None
        and _UNIT_OF_BEFORE.search(sent.text, max(0, c.subj.start - 30), c.subj.start) is not None)


#: An office or a unit made in the city after it: "une antenne sera ouverte à ", "a subsidiary will be set up
#: in ".
_OFFICE_MADE_IN = re.compile(r"(?i)\b(?:offices?|bureaux?|branch(?:es)?|antennes?|succursales?|filiales?|subsidiary|"
                             r"hub)\s+(?:[\w’'-]+\s+){0,3}?(?:créée?s?|ouverte?s?|opened|set\s+up|installée?s?|"
                             r"lancée?s?|launched|established)\s+(?:à|au|en|in|at)\s+(?:the\s+|la\s+|le\s+|l[’'])?$")
#: An office named by its city, right after it: "its Accra office opens in May", "the London branch", "its
#: Paris hub".
_CITY_OFFICE = re.compile(r"(?i)^\s+(?:(?:sales|engineering|research|regional|new|small|first)\s+)?"
                          r"(?:office|offices|branch|hub|outpost|subsidiary|team)\b")
#: A possessed site named by its city, around it: "based at its Tallinn studio", "their Leeds plant" (a studio
#: or a lab of its own name may be based in the city: "the Montreal studio Kerlo").
_OWN_SITE_BEFORE = re.compile(r"(?<![\w’'-])(?:its|their)\s+$")
_OWN_SITE_AFTER = re.compile(r"(?i)^\s+(?:studios?|labs?|campus|plant|factory|facility|site|warehouse|depot|centre|"
                             r"center)\b")
#: A person's work at the organisation after it: "a travaillé dix ans chez ", "worked for a decade at ".
_WORKED_BEFORE = re.compile(r"(?i)(?<![\w-])(?:travaillée?|travaille|travaillait|passée?|officié|worked|spent|working)"
                            r"\s+(?:[\w’'-]+\s+){0,4}?(?:au|aux|à\s+la|à\s+l[’']|chez|à|at|for|with)\s*$")
#: An office opened or to be opened in the city before it: ", où Zentri compte ouvrir un bureau", ", where it
#: opened a sales office".
_WHERE_OFFICE = re.compile(r"(?i)\s*,\s*(?:où|where)\s+[^.;:]{0,60}?(?<![\w-])(?:ouvrir|ouvre|ouvrira|ouvert|open|"
                           r"opens|opened|opening|installer|installe|set\s+up|sets\s+up)\s+(?:un|une|son|sa|ses|an|a|its|"
                           r"their|its\s+first|son\s+premier)\s+(?:[\w-]+\s+)?(?:bureaux?|antennes?|offices?|branch|"
                           r"hub|filiale|subsidiary|succursale)(?![\w-])")
#: What may open a clause before a rival's name: the sentence's start, a comma, "and", "tandis que"…,
#: then at most three words ("Le suédois", "and Lisbon-based").
_CLAUSE_OPENING = re.compile(r"(?i)(?:^|[,;]\s*|\b(?:and|et|while|whereas|tandis\s+que|alors\s+que)\s+)"
                             r"(?:(?!(?:by|par|from|de|du|des|which|that|qui|que|with|avec)\b)[\w’'.-]+\s+){0,3}$")


@lru_cache(maxsize=4)
def _announce_colon(lang: str) -> re.Pattern:
    """A short announcement of rivals that opens the sentence and ends with a colon ("La concurrence est
    rude :", "Competition is stiff:"; lexicon ``competition_cues``)."""
    return re.compile(rf"(?i)^\W*(?:[\w’'-]+\s+){{0,4}}?(?:{_competition_cues(lang)})(?:\s+[\w’'-]+){{0,3}}\s*:\s")


#: An intensifier a competition cue may hold between its words: "des concurrents (bien) plus gros".
_INTENSIFIER_GAP = r"\s+(?:(?:beaucoup|bien|nettement|much|far)\s+)?"


def _competition_cues(lang: str) -> str:
    """The lexicon's ``competition_cues`` of ``lang`` as an alternation, an intensifier allowed between words."""
    cues = lexicon()["competition_cues"]
    return alternation(cues.get(lang, cues["en"])).replace(r"\s+", _INTENSIFIER_GAP)


@lru_cache(maxsize=4)
def competition_re(lang: str) -> re.Pattern:
    """A competition cue (lexicon ``competition_cues``) as whole words: "La concurrence est rude", "not alone"."""
    return re.compile(rf"(?i)(?<![\w’'-])(?:{_competition_cues(lang)})(?![\w’'-])")


#: A list of rivals announced right before it: "compte parmi ses rivaux le nantais X", "cite parmi ses
#: rivaux X et Y", "counts among its rivals X".
_RIVALS_NEXT = re.compile(r"(?i)(?<![\w’'-])(?:compte|comptent|cite|citent|counts|count|lists|names)\s+"
                          r"(?:parmi|among)\s+(?:ses|leurs|its|their)\s+(?:(?:principaux|plus\s+sérieux|main|closest|biggest)\s+)?"
                          r"(?:concurrents|rivaux|competitors|rivals)\s+")
_LISTED_RIVAL = re.compile(r"(?i)(?:(?:le|la|les|l[’']|the)\s*(?:[a-zà-ÿ-]+\s+)?)?$")


def _rivals_next(sent: Sentence, c: Candidate) -> bool | None:
    """When an end of the candidate is listed after "compte parmi ses concurrents" (:data:`_RIVALS_NEXT`): is the
    other end the list's owner, the organisation the sentence opens with (or the passage's, when it names none
    before the phrase)? None when neither end is so listed."""
    for m in _RIVALS_NEXT.finditer(sent.text):
        listed = [a for a in (c.subj, c.obj) if a.explicit and a.start >= m.end()
                  and _LISTED_RIVAL.fullmatch(sent.text, m.end(), a.start)]
        if not listed:
            continue
        other = c.obj if listed[0] is c.subj else c.subj
        orgs = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()]
        if not orgs:
            return not other.explicit
        return other.explicit and other.start == min(a.start for a in orgs) \
            and re.fullmatch(r"\W*(?:[\w’'-]+\s+){0,3}", sent.text[:other.start]) is not None
    return None


#: A fronted opposition that opens the sentence: "Face à …", "Contrairement à …", "Unlike …".
_FRONTED_AGAINST = re.compile(r"(?i)^\W*(?:face\s+(?:à|aux?)|contrairement\s+(?:à|aux?)|à\s+la\s+différence\s+de|"
                              r"against|unlike|up\s+against)\s+")
#: The passage's company as the subject after the fronted phrase: ", elle assume", ", the startup bets".
_PRONOUN_SUBJECT = re.compile(r"(?i),\s*(?:elle|il|it|she|he|la\s+(?:start-up|startup|société|jeune\s+pousse)|"
                              r"l[’']entreprise|the\s+(?:company|startup|start-up|firm))\s+(?-i:[a-zà-ÿ])")
#: What stands between the fronted phrase (or the list's previous item) and a rival: an article, a demonym.
_FRONTED_ITEM = re.compile(r"(?i)(?:^|,\s*(?:(?:ou|et|or|and)\s+)?(?:(?:à|aux?)\s+)?|\s(?:ou|et|or|and)\s+"
                           r"(?:(?:à|aux?)\s+)?)(?:l[’']|le\s+|la\s+|les\s+|the\s+)?(?:(?-i:[a-zà-ÿ-]+)\s+)?$")


#: What is never a company's rival: investors, outlets, public bodies, universities.
_NO_RIVAL = INVESTOR_TYPES | {"MediaOutlet", "GovernmentBody", "University"}


def _unnamed_topic_rival(c: Candidate) -> Arg | None:
    """The candidate's organisation that may be a rival of the passage's organisation, its other end, unnamed
    in the sentence; None when the candidate is not such a pair."""
    topic, rival = (c.subj, c.obj) if c.subj.kind == "topic" else (c.obj, c.subj)
    if topic.kind != "topic" or topic.group != "Org" or not rival.explicit or rival.group != "Org" \
            or rival.type in _NO_RIVAL:
        return None
    return rival


def _fronted_rival_topic(sent: Sentence, c: Candidate) -> bool:
    """Is one end the passage's organisation, unnamed here but the subject after a fronted opposition, and
    the other an item of that phrase ("Face au suédois A, qui…, ou à B, elle mise sur…")?"""
    m = _FRONTED_AGAINST.match(sent.text)
    if m is None:
        return False
    for topic, rival in ((c.subj, c.obj), (c.obj, c.subj)):
        if topic.group != "Org" or not rival.explicit or rival.group not in ("Org", "Product") \
                or rival.type in _NO_RIVAL or rival.start < m.end():
            continue
        subject = _PRONOUN_SUBJECT.search(sent.text, rival.end)
        # the passage's company, unnamed or named by the pronoun that is the subject
        if subject is not None and (topic.kind == "topic" or topic.source == "anaphor"
                                    and subject.start() <= topic.start < subject.end()):
            break
    else:
        return False
    # the rival starts the phrase, or follows the comma or conjunction that lists the next one
    return _FRONTED_ITEM.search(sent.text[m.end():rival.start]) is not None


def _rival_after_colon(sent: Sentence, c: Candidate) -> bool:
    """Is one end the passage's organisation, unnamed here, and the other an organisation named after an
    announcement of rivals that opens the sentence ("La concurrence est vive : X vend…, comme Y")?"""
    rival = _unnamed_topic_rival(c)
    m = _announce_colon(sent.lang).match(sent.text) if rival is not None else None
    return m is not None and rival is not None and rival.start >= m.end()


def _announced_rival(sent: Sentence, c: Candidate) -> bool:
    """After a sentence that announces rivals ("Zentri is not alone here."): is one end the passage's
    organisation, unnamed here, and the other an organisation that opens a clause of this sentence
    ("Lumora, which X bought, sells…, and Lisbon-based Orvane raised…")?"""
    rival = _unnamed_topic_rival(c)
    return rival is not None and _CLAUSE_OPENING.search(sent.text, 0, rival.start) is not None


#: A lender's clause after its name: a loan or debt ("EIB debt", "has agreed a venture debt facility", "nous
#: accorde un prêt innovation") and no word of shares or of a round.
_LOAN = re.compile(r"(?i)\b(?:loans?|debt|prêts?|dette|crédits?|credit\s+(?:line|facility)|unitranche|mezzanine|"
                   r"subventions?|subsides?|"
                   r"grants?|donations?|dons?)\b")
_EQUITY = re.compile(r"(?i)\b(?:equity|stakes?|shares?|actions?|capital|participation|rounds?|tour|séries?|series|led|"
                     r"menée?|investi\w*|invest\w*)\b")


#: A relative clause on a backer's name, up to its clause's end: ", qui lui a octroyé une subvention",
#: ", which gave it a $50,000 grant".
_RELATIVE_GIVES = re.compile(r"\s*,\s*(?:qui|which|who|that)\s[^.;:!?,]{0,80}")
#: A backer's clause that ends in its loan: " soutient aussi Zentri avec un prêt", " backs
#: the company with a loan".
_WITH_LOAN = re.compile(r"(?i)[^.;:!?,]{0,70}?\s(?:avec|with|via|through|grâce\s+à)\s+(?:un|une|a|an|son|sa|its)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:prêts?|loans?|subventions?|subsides?|grants?|crédits?|avances?|debt)\b")
#: Where the clause after a name ends: a punctuation mark or a conjunction that opens another.
_LENDER_CLAUSE_END = re.compile(r"[;:!?]|[.,](?!\d)|\s(?:and|et|but|mais|while|alors|with|avec|as|comme)\s")


#: A loan given by the names after it: "un crédit de 9 M€, arrangé par A et B", "a loan arranged by A", "a
#: $9 million credit line from A", "a venture debt facility with A".
_LENT_BY = re.compile(r"(?i)\b(?:loans?|debt|prêts?|dette|crédits?|credit\s+(?:line|facility)|facility|unitranche|"
                      r"mezzanine)\b"
                      r"[^.;:!?()]{0,80}?(?:(?<![\w-])(?:arrangée?s?|accordée?s?|consentie?s?|octroyée?s?|apportée?s?|"
                      r"fournie?s?|provided|arranged|extended|granted|made)\s+(?:par|by)\s|(?<![\w-])(?:from|auprès\s+d[eu’']|"
                      r"de\s+la\s+part\s+d[eu’']|with|avec)\s*)")    # ("a venture debt facility with A")


#: What may stand between a loan's first lender and another: "A, B et la banque C".
_LENDERS_GAP = re.compile(r"(?i)(?:\s*(?:,|&|\band\b|\bet\b|\bde\b|\bdu\b|\bdes\b|\bd[’']|\bla\b|\ble\b|\bl[’']|"
                          r"\bthe\b|\bbanque\b|\bbank\b|\bavec\b|\bwith\b|\balongside\b|\baux\s+côtés\b)\s*)*")


#: A lender named by its role right before its name: "its main lender, A", "lenders A and B",
#: "le prêteur historique, A", "ses créanciers A et B".
_LENDER_NOUN = re.compile(r"(?i)(?<![\w-])(?:lenders?|prêteurs?|créanciers?|creditors?)"
                          r"(?:\s+[a-zà-ÿ-]+)?\s*,?\s*(?:(?:such\s+as|including|like|namely|notamment|dont)\s+)?"
                          r"(?-i:[A-ZÀ-Ý][\w’'&.-]*(?:\s*(?:,|\band\b|\bet\b|&))?(?:\s+|$))*$")


#: What an apposition calls a lender: "a venture debt firm", "un prêteur", "a specialist lender".
_LENDER_KIND = re.compile(r"(?i)(?<![\w-])(?:venture[\s-]debt|debt\s+(?:firm|fund|provider|financier|specialist)|"
                          r"lender|prêteur|fonds\s+de\s+dette)(?![\w-])")
#: A noun phrase in apposition right after a name: ", a venture debt firm,".
_NOUN_APPOSITION = re.compile(r"\s*,(\s*(?:(?:a|an|the|its|un|une|le|la)\s+|l[’']\s*)[^,;:.()]{1,60}),")


def _lender(sent: Sentence, who: Arg) -> bool:
    """Does the clause after a would-be investor's name lend money rather than buy shares, does the
    name follow a loan's "arranged by" in its clause, or is it called a lender ("its lender, A")?"""
    after = sent.text[who.end:who.end + 160]
    appos = _NOUN_APPOSITION.match(after)       # "A, a venture debt firm, extended…"
    if appos is not None and _LENDER_KIND.search(appos.group(1)) and _EQUITY.search(appos.group(1)) is None:
        return True
    clause = _LENDER_CLAUSE_END.split(after[appos.end():] if appos is not None else after[:100])[0]
    if _LOAN.search(clause) is not None and _EQUITY.search(clause) is None:
        return True
    via = _WITH_LOAN.match(after)
    if via is not None and _EQUITY.search(via.group()) is None:
        return True         # "A soutient aussi Zentri avec un prêt", "A backs it with a loan"
    rel = _RELATIVE_GIVES.match(after)
    if rel is not None and _LOAN.search(rel.group()) is not None and _EQUITY.search(rel.group()) is None:
        return True         # "l'incubateur A, qui lui a octroyé une subvention", "A, which gave it a grant"
    if _LENDER_NOUN.search(sent.text[max(0, who.start - 80):who.start]):
        return True
    for lent in _LENT_BY.finditer(sent.text, max(0, who.start - 160), who.start):
        gap = sent.text[lent.end():who.start]
        for x in sorted((x for x in sent.args if x.explicit and lent.end() <= x.start and x.end <= who.start),
                        key=lambda x: -x.start):
            gap = gap[:x.start - lent.end()] + gap[x.end - lent.end():]
        if _LENDERS_GAP.fullmatch(gap) and _EQUITY.search(sent.text, lent.start(), who.start) is None:
            return True     # the lender itself, or one of a list of them: not "a loan from A and a round from B"
    return False


#: A valuation's change from one amount to another: "sa valorisation bondir de 500 millions à 2 milliards",
#: "its valuation jumped from $1 billion to $4 billion", "valorisée de 80 à 300 millions".
_FROM = re.compile(r"(?i)(?<![\w’'-])(?:de|from)\s*$")
_TO = re.compile(r"(?i)^\s*(?:à|to)\s*$")


def _valuation_change(sent: Sentence, amount: Arg) -> bool:
    """Is the amount one end of a valuation's change "from X to Y", the valuation named just before?"""
    if not amount.explicit:
        return False
    amounts = sorted((a for a in sent.args if a.kind == "amount" and a.explicit), key=lambda a: a.start)
    at = next((i for i, a in enumerate(amounts) if a == amount), -1)
    if at < 0:
        return False
    for i in (at - 1, at):
        if i < 0 or i + 1 >= len(amounts):
            continue
        first, second = amounts[i], amounts[i + 1]
        if not _TO.match(sent.text[first.end:second.start]):
            continue
        before = sent.text[max(0, first.start - 60):first.start]
        m = _FROM.search(before)
        if m is None:
            continue
        cue = _VALUATION_CUE.search(before, 0, m.start())
        if cue is not None and not re.search(r"[.;:,()]", before[cue.end():m.start()]):
            return True
    return False


#: A leader's verb and an article before a round's amount ("B led a $12 million Series B", "B a mené un tour de
#: 4 millions d'euros"): the round of the passage's company when the sentence names no other.
_LED_A_ROUND = re.compile(r"(?i)(?<![\w’'-])(?:led|co-led|headed|anchored|mené|co-mené|conduit|piloté)\s+"
                          r"(?:(?:en|in)\s+(?:19|20)\d\d\s+)?(?:a|an|the|un|une|le|la)\s+"
                          r"(?:(?:tour|levée|série\s+[A-H])\s+(?:de|d[’'])\s*)?$")
_ROUND_AFTER_AMOUNT = re.compile(r"(?i)(?:\s+[\w’'-]+){0,2}?\s+(?:pre-seed|seed|series\s+[a-h]|round|"
                                 r"funding|financing|tour|série\s+[a-h]|amorçage)\b|\s*(?:[,.;]|$)")
#: A round named by a possessive, then its amount: "son tour d'amorçage de", "its $8 million seed round".
_DEFINITE_ROUND = re.compile(r"(?i)(?<![\w’'-])(?:l[’']|la\s+|le\s+)(?:tour(?:\s+de\s+table)?|amorçage|série\s+[a-h]|"
                             r"levée(?:\s+de\s+fonds)?)\s+(?:de|d[’'])\s*$")
_POSSESSIVE_ROUND = re.compile(r"(?i)(?<![\w’'-])(?:son|sa|its|their|leur|our|notre)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:tour|levée|série|round|seed|series|financement|funding)\b[^,;:.]{0,25}(?::\s*)?$")


#: From an amount to the company whose round it is, named after the round: "the $4 million seed round of
#: X", "le tour de table de 5 millions d'euros de X" (the round named before the amount: :data:`_ROUND_BEFORE`).
_CURRENCY_WORDS = r"(?:(?:d[’']euros|de\s+dollars|de\s+francs|euros|dollars)\s+)?"
_COMPANY_TAIL = (r"\s*(?:(?:la|le|l[’']|the)\s*(?:[\w-]+\s+){0,2}?"
                 r"(?:start-?up|société|company|entreprise|pousse|firm)\s+|(?:the|la|le)\s+|l[’'])?$")
#                                   (an article alone: a reference's noun is the reference, "in the company")
_OF_COMPANY = r"(?:of|de|du|d[’'])" + _COMPANY_TAIL
_ROUND_OF = re.compile(r"(?i)^\s*" + _CURRENCY_WORDS + r"(?:\([^()]{1,40}\)\s*)?"     # (its conversion in brackets)
                       r"(?:(?:pre-?seed|seed|series\s+[a-h]|growth|equity|funding|"
                       r"financing|new|first|latest)\s+)*(?:round|financing|funding|seed|series\s+[a-h])\s+"
                       + r"(?:of|for|in|de|du|d[’'])" + _COMPANY_TAIL)    # ("a $20 million Series B in X")
_AFTER_ROUND = re.compile(r"(?i)^\s*" + _CURRENCY_WORDS + _OF_COMPANY)
_ROUND_BEFORE = re.compile(r"(?i)(?<![\w-])(?:tour(?:\s+de\s+table)?|levée(?:\s+de\s+fonds)?|série\s+[a-h]|"
                           r"(?:tour\s+d[’'])?amorçage|round|financement)\s+(?:de|d[’']|of)\s*$")


def _round_of(sent: Sentence, amount: Arg) -> Arg | None:
    """The organisation a round's amount belongs to when the round is named with it ("led the $4 million
    seed round of X", "a mené le tour de table de 5 millions d'euros de X")."""
    if not amount.explicit or amount.kind != "amount":
        return None
    after = [a for a in sent.args if a.explicit and a.group == "Org" and a.start > amount.end]
    if not after or after[0].start - amount.end > 60:
        return None
    between = sent.text[amount.end:after[0].start]
    if after[0].source == "anaphor" and after[0].key not in (sent.main, sent.topic):
        return None         # "la série A de 7 M€ de la start-up": the passage's company, if the reference says so
    if _ROUND_OF.match(between) or (_AFTER_ROUND.match(between)
                                    and _ROUND_BEFORE.search(sent.text, max(0, amount.start - 30), amount.start)):
        return after[0]
    said = _COMPANY_SAID.fullmatch(between)
    if said is not None and _ROUND_OF.match(said.group(1) + " ") and _SAYS.match(sent.text, after[0].end):
        return after[0]     # "led a €17.5 million Series A in the startup, X said": X's round
    return None


#: A reference to a company, then the comma before the company that speaks: "… round in the company, ".
_COMPANY_SAID = re.compile(r"(?i)(.*?(?:the|la|le)\s+(?:company|startup|start-up|firm|société|entreprise|"
                           r"jeune\s+pousse))\s*,\s*")
_SAYS = re.compile(r"(?i)\s+(?:said|says|announced|a\s+annoncé|annonce|a\s+indiqué|indique|a\s+précisé)(?![\w-])")


def _joined_after(sent: Sentence, first: Arg, then: Arg) -> bool:
    """Is ``then`` named after ``first`` behind a joining phrase ("A a mené le tour, aux côtés de B")?"""
    joiners = _joiners_re(sent.lang)
    return first.end <= then.start and joiners is not None \
        and joiners.search(sent.text, first.end, then.start) is not None


#: What follows a comma before a list's next item: "A, B and C", "A, et B".
_LIST_NEXT_ITEM = re.compile(r"\s*(?:(?:and|et)\s+)?")
#: A relative clause's opening after a name: ", whose", ", which", ", qui", ", dont".
_RELATIVE_OPENER = re.compile(r"(?i),\s*(?:which|who|whose|qui|dont)(?![\w’'-])")


def _in_relative(sent: Sentence, a: Arg) -> bool:
    """Is ``a`` named in a relative clause on the name before it ("…, the co-founder of Lumora, which now
    belongs to Orvane")?"""
    prev = max((x.end for x in sent.args if x.explicit and x.end <= a.start), default=None)
    if prev is not None and re.search(r"(?i)(?<![\w’'-])(?:which|who|that|whose|qui|dont|où|where)(?![\w’'-])",
                                      sent.text[prev:a.start]) is not None:
        return True
    # a later item of a list inside the clause: "X, whose portfolio includes A, B and C, …"
    opener = max((m.end() for m in _RELATIVE_OPENER.finditer(sent.text, 0, a.start)), default=None)
    if opener is None:
        return False
    starts = {x.start for x in sent.args if x.explicit}
    return all((item := _LIST_NEXT_ITEM.match(sent.text, k.end())) is not None and item.end() in starts
               for k in re.finditer(r",", sent.text[:a.start]) if k.start() >= opener)


#: An investor's verb, then the round it came in with: "entré au capital à l'occasion d'un tour de",
#: "had invested in a round of".
_INVESTED_IN_ROUND = re.compile(
    r"(?i)(?<![\w’'-])(?:(?:(?:était|est|étaient|sont)\s+)?entrée?s?\s+au\s+capital|entre\s+au\s+capital|"
    r"(?:a|avait|ont|avaient)\s+(?:investi|participé)|(?:had|has|have)\s+invested|invested\s+in|"
    r"(?:had\s+|has\s+)?(?:took|taken)\s+part|participated)(?![\w-])[^.;:]{0,40}?(?<![\w’'-])"
    r"(?:lors\s+d[’']une?|à\s+l[’']occasion\s+d[’']une?|dans\s+le\s+cadre\s+d[’']une?|in|during|as\s+part\s+of)\s+"
    r"(?:a|an|the|its)?\s*(?:(?:[\w-]+\s+){0,2}?(?:levée|tour|augmentation\s+de\s+capital|round|raise|financing))\b")


#: A company described by the place it is in, right before the place's name: "la start-up de la ", "the
#: startup from ".
_COMPANY_OF_PLACE = re.compile(r"(?i)(?<![\w’'-])(?:la|le|l[’']|the)\s*(?:start-?up|société|entreprise|jeune\s+pousse|"
                               r"pépite|company|firm)\s+(?:de\s+la|du|des|from)\s+$")


#: What says a total is mostly debt, right after the amount: ", dont une majorité de dette", ", most of it in
#: debt", ", essentiellement en prêts".
_MOSTLY_DEBT = re.compile(r"(?i)\s*,?\s*(?:(?:dont|including)\s+(?:une\s+majorité|l[’']essentiel|la\s+plupart|"
                          r"la\s+majeure\s+partie|most)|most\s+of\s+(?:it|which)|mostly|majoritairement|"
                          r"essentiellement|surtout)\s+(?:(?:de|en|in|as|sous\s+forme\s+de)\s+)?(?:la\s+)?"
                          r"(?:dette|debt|prêts?|loans?|obligations|bonds)(?![\w-])")


def mostly_debt(sent: Sentence) -> set[str]:
    """The amounts the sentence calls mostly debt ("Zentri réunit 3 M€, dont une majorité de dette"):
    totals that mix loans with shares, no one's raise."""
    return {a.key for a in sent.args if a.kind == "amount" and a.explicit and _MOSTLY_DEBT.match(sent.text, a.end)}


def _closed_relative(sent: Sentence, a: Arg) -> int | None:
    """Where the relative clause closed by a comma that names ``a`` ends (", which also funds
    A, led…"), or None."""
    if not a.explicit:
        return None
    opener = max((m.end() for m in _RELATIVE_OPENER.finditer(sent.text, 0, a.start)), default=None)
    if opener is None or re.search(r"[,;:()]", sent.text[opener:a.start]):
        return None
    close = _CLAUSE_MARK.search(sent.text, a.end)
    return close.end() if close is not None and close.group() == "," else None


#: Where a clause may end: a comma (a closed relative clause goes on), or other punctuation.
_CLAUSE_MARK = re.compile(r"[,;:.()]")


#: A possessive and a noun for rivals, then the list of them: "face à ses concurrents A et B", "its main
#: rivals, A and B", "Zentri's main competitors include A".
_RIVAL_NOUN = re.compile(r"(?i)(?:(?<![\w’'-])(its|their|ses|leurs|son|sa)|['’]s)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:competitors?|rivals?|concurrents?|concurrentes?|rivaux|rivales?)(?![\w-])")
#: A rivals noun that introduces examples without a possessive: "des concurrents comme A ou B",
#: "rivals such as A", "competitors including A".
_RIVAL_EXAMPLES = re.compile(r"(?i)(?<![\w’'-])(?:competitors?|rivals?|concurrents?|concurrentes?|rivaux|rivales?)"
                             r"\s+(?:[\w-]+\s+)?(?:comme|tels?\s+que|telles?\s+que|such\s+as|like|including|dont|"
                             r"notamment)(?![\w’'-])")
_RIVAL_GAP_VERBS = re.compile(r"(?i)(?<![\w’'-])(?:are|is|include|includes|sont|est|comptent)(?![\w’'-])")


def rival_noun(sent: Sentence, c: Candidate) -> bool:
    """Does a possessive rivals noun name the candidate's object among the rivals of its subject ("face à
    ses concurrents A et B", "Zentri's main competitors include A")? "Zentri's" must be the
    subject; "ses / its" the nearest organisation before it (not an outlet) or, when there is none, the
    topic."""
    if not c.obj.explicit or c.obj.group not in ("Org", "Product") or c.subj.group not in ("Org", "Product"):
        return False
    for m in _RIVAL_NOUN.finditer(sent.text, max(0, c.obj.start - 160), c.obj.start):
        if not _rival_listed(sent, m.end(), c.obj) or re.search(r",\s*$", sent.text[:m.start()]):
            continue                # "A, son grand rival, et B": an apposition names A, not a list
        orgs = [a for a in sent.args if a.explicit and a.kind == "entity" and a.group in ("Org", "Product")
                and a.end <= m.start() and a.type != "MediaOutlet"]
        if m.group(1) is None:      # "Zentri's competitors"
            return bool(orgs) and orgs[-1].end == m.start() and orgs[-1].key == c.subj.key
        if orgs:                    # "Zentri … face à ses concurrents": the nearest organisation
            return orgs[-1].key == c.subj.key
        return not c.subj.explicit
    for m in _RIVAL_EXAMPLES.finditer(sent.text, max(0, c.obj.start - 160), c.obj.start):
        if not _rival_listed(sent, m.end(), c.obj):
            continue
        orgs = [a for a in sent.args if a.explicit and a.kind == "entity" and a.group in ("Org", "Product")
                and a.type != "MediaOutlet"]
        before = [a for a in orgs if a.end <= m.start()]
        if before:                  # "Zentri faces rivals such as A": the nearest organisation before, in
            gap = sent.text[before[-1].end:m.start()]   # its clause; else the passage's subject
            if re.search(r"[,;:()]", gap) or len(re.findall(r"[^\W\d]+", gap)) > 8:
                return not c.subj.explicit
            return before[-1].key == c.subj.key
        after = [a for a in orgs if a.start > c.obj.end and re.search(r",\s*$", sent.text[c.obj.end:a.start])]
        if after:                   # "Contre des concurrents comme A ou B, Zentri joue…"
            return after[0].key == c.subj.key
        return not c.subj.explicit
    return False


#: A relative clause on an item of a list, closed before the next item: "A, which raised $8 million last
#: year, and B".
_CLOSED_RELATIVE = re.compile(r"(?i),\s*(?:which|who|whose|qui|dont)\s[^,;:.()]*,(?=\s*(?:and|or|et|ou)\s)")


#: A comma and words that open no next item: the apposition of the item before ("A, the firm set up by").
_APPOSITION_GAP = re.compile(r"(?i)\s*,\s*(?!(?:and|or|et|ou|ainsi|as\s+well|along|plus|mais|but)(?![\w’'-]))[^\W\d]")


def _rival_listed(sent: Sentence, at: int, name: Arg) -> bool:
    """Is ``name`` in the list of rivals that starts at ``at`` ("are older firms like A, B and C")?"""
    inside = sorted((a for a in sent.args if a.explicit and at <= a.start and a.end <= name.start),
                    key=lambda a: a.start)
    gap = sent.text[at:name.start]
    for a in reversed(inside):
        gap = gap[:a.start - at] + " " * (a.end - a.start) + gap[a.end - at:]
    last = inside[-1].end if inside else at
    if _APPOSITION_GAP.match(sent.text[last:name.start]) and inside:
        return False        # "A, the venture founded by Orvane's chief": Orvane is named in A's apposition
    gap = _RIVAL_GAP_VERBS.sub(" ", _CLOSED_RELATIVE.sub(" ", gap))
    if re.search(r"[.;:!?()]", gap) or len(re.findall(r"[^\W\d]+", gap)) > 10:
        return False
    clause_end = _CLAUSE_END.get(sent.lang, _CLAUSE_END["en"])
    return clause_end.search(gap) is None and all(a.group != "Person" for a in inside)


#: An apposition or a relative clause after an investor's name (maybe after its "Corp."'s dot).
_INVESTOR_ASIDE = re.compile(r"\.?\s*,[^,;:()]{1,90},\s*")
#: A short bracketed aside: a conversion, an abbreviation.
_BRACKETED = re.compile(r"\([^()]{0,40}\)")


def stake_in(sent: Sentence, c: Candidate) -> bool | None:
    """Does a stake phrase name the companies the candidate's investor puts money in ("Orvane Ventures
    est entrée au capital de X", "took a stake in X")? True when the object is listed after
    one, False when the sentence lists others there and the object is not named in it, None otherwise."""
    rx = _phrase_re("stake_phrases", sent.lang)
    if rx is None or not c.subj.explicit or c.subj.group not in ("Org", "Person"):
        return None
    if c.subj.group == "Org" and _of_apposition(sent, c.subj):
        return None     # "A, the investment arm of B, led a round in Z": B, the parent, is no party
    aside = _INVESTOR_ASIDE.match(sent.text, c.subj.end)
    for phrases in (rx, _ROUND_IN):     # "took a stake in Z"; "led a round in Z" (not "a round in 2022")
        found = _stake_from(sent, c, phrases, c.subj.end)
        if found is None and aside is not None and _stake_from(sent, c, phrases, aside.end()):
            found = True                # "X, the venture arm of Y, has led a round in Z" (never a veto: "X, the
            #                             navy's fund, put money in early in 2019, and Y…" lists Y after a year)
        if found is not None:
            return found
    return None


def stake_companion(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's investor named behind a companion phrase right after a stake phrase's company, the
    candidate's object, with the stake's investor named before the phrase ("A entre au capital de X, aux
    côtés de B": B invested in X too)?"""
    rx, companions = _phrase_re("stake_phrases", sent.lang), _phrase_re("stake_companions", sent.lang)
    if rx is None or companions is None or not (c.subj.explicit and c.obj.explicit) \
            or c.subj.group not in ("Org", "Person") or c.obj.start >= c.subj.start:
        return False
    for m in rx.finditer(sent.text, 0, c.obj.start):
        if not any(a.explicit and a.group in ("Org", "Person") and a.end <= m.start()
                   and _one_clause(sent, a.end, m.start()) for a in sent.args) \
                or not _listed_after(sent, m.end(), c.obj):
            continue
        with_ = companions.search(sent.text, c.obj.end, c.subj.start)
        if with_ is not None and _listed_after(sent, with_.end(), c.subj) \
                and not any(a.explicit and a.group == "Org" and c.obj.end <= a.start < with_.start()
                            and a.key != c.obj.key and not _listed_after(sent, m.end(), a) for a in sent.args):
            return True
    return False


#: A round in a company, named right after: "led a $5 million round in Zentri".
_ROUND_IN = re.compile(r"(?<![\w’'-])(?:funding\s+)?round\s+in(?=\s+(?-i:[A-ZÀ-Ý]))")


def _stake_from(sent: Sentence, c: Candidate, rx: re.Pattern, start: int) -> bool | None:
    """:func:`stake_in` for the stake phrases from ``start`` on (the investor's name's end, or its
    apposition's)."""
    listed = False
    companions = _phrase_re("stake_companions", sent.lang)
    for m in rx.finditer(sent.text, start):
        gap = _BRACKETED.sub("", sent.text[start:m.start()])    # "a $5m (€4.6m) round in"
        if re.search(r"[;:!?()]|\.\s", gap) or len(re.findall(r"[^\W\d]+", gap)) > 14 \
                or any(a.explicit and a.kind == "entity" and a.group in ("Org", "Person") and a.key != c.subj.key
                       and start <= a.start < m.start() for a in sent.args):    # (not its acronym: "X (KI)")
            break                           # the investor is the subject of the stake phrase's clause
        names = [a for a in sent.args if a.explicit and a.kind == "entity" and a.group == "Org"
                 and a.start >= m.end() and _listed_after(sent, m.end(), a)]
        if companions is not None and names \
                and (with_ := companions.search(sent.text, names[0].end)) is not None:
            joined = [a for a in names if a.start >= with_.end()]      # "…, aux côtés de B": B is the
            names = [a for a in names if a.start < with_.start()]       # investor's companion in X, not an X
            if c.obj.explicit and any(a.start == c.obj.start for a in joined):
                return False
        if c.obj.explicit and any(a.start == c.obj.start for a in names):
            return True
        listed = listed or bool(names)
    return False if listed and not c.obj.explicit else None


@lru_cache(maxsize=4)
def _holder_re(lang: str) -> re.Pattern | None:
    """A holding phrase (``holder_phrases``), or a holding verb (``holder_verbs``) with a percentage, maybe
    after a role verb and a possessive ("is one of Zentri's largest shareholders", "owns 7 per cent")."""
    phrases, verbs = _lexicon_alternation("holder_phrases", lang), _lexicon_alternation("holder_verbs", lang)
    if phrases is None or verbs is None:
        return None
    return re.compile(
        rf"(?i)(?<![\w’'-])(?:(?:is|are|remains|was|becomes|est|reste|devient|était)\s+)?(?:(?:one\s+of|l[’']un\s+des)\s+)?"
        rf"(?:(?P<poss>[A-ZÀ-Ý][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})[’']s\s+|(?:its|their|his|her|the|son|sa|ses|leur|le|la)\s+)?"
        rf"(?:(?:{phrases})|(?:{verbs})\s+(?:(?:about|roughly|some|nearly|almost|around|more\s+than|environ|près\s+de|"
        rf"plus\s+de)\s+)?\d[\d.,]*\s*(?:%|per\s?cent|pour\s?cent))(?![\w-])")


#: A relative clause or an apposition between an investor and its holding phrase: "X, which led the seed,".
_HOLDER_ASIDE = re.compile(r"\s*,[^,;:()]{1,90},\s*")
#: What else may stand between an investor and its holding phrase: "X is also…", "X est déjà…".
_HOLDER_FILLER = re.compile(r"\s*(?:(?:also|already|still|now|aussi|déjà|toujours|désormais|ainsi|is|are|remains|was|"
                            r"est|reste|sont|était)\s+)*")


def _holder(sent: Sentence, c: Candidate) -> bool:
    """Does a holding phrase (:func:`_holder_re`) right after the candidate's investor (maybe after "also",
    "already" or an aside between commas) say it holds shares of the candidate's company: the company of
    the phrase's possessive, else the article's main organisation, when the phrase names
    no company after it ("X holds a stake in Y" is :func:`stake_in`'s)?"""
    rx = _holder_re(sent.lang)
    investor, company = c.subj, c.obj
    if rx is None or not investor.explicit or investor.group != "Org" or company.group != "Org":
        return False            # (a founder's own shares make no investor)
    m = rx.search(sent.text, investor.end)
    if m is None:
        return False
    gap = sent.text[investor.end:m.start()]
    aside = _HOLDER_ASIDE.match(gap)
    rest = gap[aside.end():] if aside else gap
    if not _HOLDER_FILLER.fullmatch(rest) \
            or (aside is None and any(a.explicit and investor.end <= a.start < m.start() for a in sent.args)):
        return False
    if aside is not None and re.search(r"(?i)(?<![\w-])(?:and|et|or|ou)\s*$", gap[:aside.end()]):
        return False
    if m.group("poss"):
        return company.explicit and m.start("poss") <= company.start < m.end("poss")
    after = sent.text[m.end():m.end() + 40]
    if re.match(r"\s*(?:in|of|de|du|d[’']|dans)\s", after) and any(
            a.explicit and a.group == "Org" and m.end() < a.start <= m.end() + 40 for a in sent.args):
        return False
    return company.key == sent.main


#: A bid's valuation of its target: "valorisant la cible à", "valuing the target at".
_TARGET_VALUED = re.compile(r"(?i)(?:valoris\w*|valu\w*)\s+(?:la\s+cible|the\s+target)\s+(?:à|at)\s+"
                            r"(?:près\s+de\s+|about\s+)?$")
#: A stock market's name after a listing word: "cotée sur Euronext Paris", "listed on the Nasdaq".
_LISTED_ON = re.compile(r"(?i)(?<![\w-])(?:cotée?s?|listed|traded|introduite?s?\s+en\s+bourse|admise?s?)\s+"
                        r"(?:sur|on|à|at)\s+"
                        r"(?:le\s+|la\s+|l[’']|the\s+)?(?:marché\s+)?$")
#: A sentence that opens with a holding phrase on a company and then names its holder: "Premier actionnaire de X avec
#: 30 % du capital, le fonds Y…", "Largest shareholder in X, Y…".
_FRONTED_HOLDER = re.compile(r"(?i)^\W*(?:(?:premier|principal|deuxième|second|important|vieil|historique|largest|"
                             r"biggest|main|second-largest|an?\s+early|longtime|existing)\s+)?(?:actionnaire|shareholder|"
                             r"investisseur|investor|backer)\s+(?:historique\s+)?(?:de|du|d[’']|in|of)\s*$")


def _fronted_holder(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's investor the subject after a fronted holding phrase on its company ("Premier actionnaire
    de X avec 30 % du capital, le fonds Y…")?"""
    investor, company = c.subj, c.obj
    if not (investor.explicit and company.explicit) or company.end > investor.start \
            or _FRONTED_HOLDER.match(sent.text[:company.start]) is None:
        return False
    between = sent.text[company.end:investor.start]
    return re.fullmatch(r"(?:\s+(?:avec|with)\s+[^,;:]{1,40})?\s*,\s*(?:(?:le|la|l[’']|the)\s*(?:[\w-]+\s+){0,3}?)?",
                        between) is not None \
        and not any(a.explicit and company.end <= a.start < investor.start for a in sent.args)


#: A birthplace or a hometown right before a place: "née à Nancy", "born in Leeds", "grew up in Lagos".
_BIRTHPLACE = re.compile(r"(?i)(?<![\w’'-])(?:née?s?|born|grew\s+up|raised|originaire|originally\s+from|"
                         r"a\s+grandi|grandi)\s+(?:à|a|in|en|au|de|d['’]|du)\s*(?:[\w-]+\s+){0,1}$")


@lru_cache(maxsize=1)
def _ceo_title() -> str:
    return alternation(lexicon()["roles"]["ceo"])


@lru_cache(maxsize=1)
def _possessive_title_re() -> re.Pattern:
    """An organisation's possessive chief-executive title, right after its name: "'s CEO", "'s new chief
    executive", "'s co-founder and chief executive"."""
    return re.compile(rf"(?i)['’]s\s+(?:(?:co-?founder|cofounder)\s+and\s+)?(?:new\s+|current\s+)?"
                      rf"(?:{_ceo_title()})(?![\w-])")


#: From an organisation to the verb it acts with, maybe past an apposition or a relative clause: "Zentri
#: (, the startup that…,) has ", "Zentri (, spécialiste de…,) a ".
_ORG_THEN_VERB = (r"(?i)^\.?(?:\s*,\s*(?:which|who|that|qui|the|a|an|la|le|l[’']|une?|(?-i:[a-zà-ÿ]))\s*"
                  r"(?:[^;.]|\.\d){0,160},)?\s*"
                  r"(?:has\s+|have\s+|had\s+|a\s+|avait\s+)?")


def _verbs(group: str) -> str:
    """An alternation of a lexicon group's verbs, French and English."""
    return alternation(w for ws in (lexicon()[group].get(k, []) for k in ("en", "fr")) for w in ws)


@lru_cache(maxsize=1)
def _appointment_res() -> tuple[re.Pattern, re.Pattern]:
    """An appointment between the organisation and the person ("Zentri (, which…,) has named A", "Zentri a
    nommé A", verbs from the lexicon's ``appointment_verbs``), and the chief-executive title after the
    person ("… as (its new) CEO", "… au poste de PDG", "Zentri a nommé A directrice générale")."""
    title = _ceo_title()
    appoint = re.compile(rf"{_ORG_THEN_VERB}(?:{_verbs('appointment_verbs')})\s+$")
    as_title = re.compile(rf"(?i)^(?:\s*,[^,;.]{{0,120}},)?\s*(?:(?:as|comme|en\s+tant\s+que|au\s+poste\s+de|à\s+la\s+"
                          rf"(?:tête|direction)\s+de)\s+(?:(?:its|the|our|their|son|sa|leur|nouveau|nouvelle|new)\s+)*"
                          rf"(?:{title})(?![\w-])|(?:(?:its|the|our|son|sa|leur|nouveau|nouvelle|new)\s+)*"
                          rf"(?:{title})(?![\w-])(?!\s*(?:of|at|for|de|du|des|d[’']|chez|au)(?![\w’'-])))")
    return appoint, as_title


@lru_cache(maxsize=1)
def _hired_by_re() -> re.Pattern:
    """An organisation's verb that takes a person on, between the two, maybe after a first person of a
    list: "Zentri has hired A", "Kerlo has promoted A and B", "Zentri a nommé A" (``appointment_verbs``,
    ``promotion_verbs``)."""
    verbs = _verbs("appointment_verbs") + "|" + _verbs("promotion_verbs")
    return re.compile(rf"{_ORG_THEN_VERB}(?:{verbs})\s+(?-i:(?:[A-ZÀ-Ý][\w’'-]*\s+){{1,3}}(?:and|et|&)\s+)?$")


def _hired_by(sent: Sentence, c: Candidate) -> bool:
    """Does the candidate's organisation take its person on ("Kerlo has promoted A and B to partner")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or org.end > person.start:
        return False
    return _hired_by_re().match(sent.text[org.end:person.start]) is not None


@lru_cache(maxsize=1)
def _become_re() -> re.Pattern:
    """"… to become chief executive of", "… devient directrice générale de", right before the organisation."""
    return re.compile(rf"(?i)(?:to\s+become|becomes|became|will\s+become|devient|deviendra|est\s+devenue?|"
                      rf"a\s+été\s+nommée?)\s+(?:(?:the|its|a|le|la|l[’']|new|nouveau|nouvelle)\s+)*"
                      rf"(?:{_ceo_title()})\s+(?:of|at|de|du|d[’'])\s*$")


#: A title joined to the chief executive's: "president and CEO", "cofondatrice et présidente".
_AND_CEO = (r"(?:(?:president|chairman|chairwoman|chair|co-?founder|founder|cofondat(?:eur|rice)|fondat(?:eur|rice))"
            r"\s+(?:and|et)\s+)?")


@lru_cache(maxsize=1)
def _its_ceo_re() -> re.Pattern:
    """A chief-executive title the person holds at an organisation the sentence does not name, right after
    the person: "A en est la présidente-directrice générale", "A is its chief executive", "A is the
    company's CEO"."""
    return re.compile(rf"(?i)^(?P<aside>\s*,\s*(?:who|qui)\s[^;:«»\"“”]{{0,160}}?,)?"
                      rf"\s+(?:en\s+(?:est|était|reste|devient|est\s+devenue?)\s+(?:le|la|l[’'])\s*|"
                      rf"(?:is|was|remains|becomes|became)\s+(?:its|the\s+(?:company|startup|start-up|firm)[’']s)\s+|"
                      rf"(?P<bare>(?:has\s+been|is|remains|serves\s+as|becomes|became|will\s+become|est|reste|demeure|"
                      rf"devient|deviendra)\s+(?:(?:the|le|la|l[’'])\s*)?))"
                      rf"(?:(?:actuel(?:le)?|nouveau|nouvelle|new|current)\s+)?{_AND_CEO}(?:{_ceo_title()})(?![\w-])"
                      rf"(?!\s+(?:délégué|déléguée|adjoint|adjointe)(?![\w-]))(?(bare)(?!\s*(?:,\s*)?(?:of|at|for|with|de|du|des|d[’']|chez|au|à)(?![\w’'-])))")


@lru_cache(maxsize=1)
def _bare_title_re() -> re.Pattern:
    """A bare chief-executive title in apposition, no organisation after it: "A, the chief executive, will…",
    "A, son PDG, a…", "A, the startup's CEO, said", "A, présidente depuis 2021, a…", "A, who is chief executive,"."""
    return re.compile(rf"(?i)^\s*,\s*(?:(?:who|qui)\s+(?:is|est)\s+)?"
                      rf"(?:(?:aujourd['’]hui|désormais|actuellement|now|currently)\s+)?"
                      rf"(?:(?:its|the\s+(?:company|startup|start-up|firm)[’']s|the|son|sa|leur|le|la|"
                      rf"l[’'])\s*)?(?:(?:actuel(?:le)?|nouveau|nouvelle|new|current)\s+)?(?:{_ceo_title()})"
                      rf"(?:\s+(?:depuis|since)\s+[^,;.()]{{1,40}})?\s*,")


#: A bare co-founder title in apposition, maybe with another role, no organisation after it: "A, cofondatrice et
#: directrice technique,", "B, its co-founder and head of research,".
_BARE_FOUNDER = re.compile(r"(?i)^\s*,\s*(?:(?:its|son|sa|the)\s+)?(?:co-?fondat(?:rice|eur)|cofondat(?:rice|eur)|"
                           r"co-?founder|cofounder)(?:\s+(?:et|and)\s+([^,;.()]{1,40}?))?\s*,")


def _bare_founder(sent: Sentence, c: Candidate) -> bool | None:
    """Is the candidate's person a co-founder by a bare title in apposition
    (:data:`_BARE_FOUNDER`) of the passage's company, unnamed or named by a reference, when the sentence names
    no other organisation? None if not; True when the title adds a job other than chief executive."""
    org, person = (c.subj, c.obj) if c.subj.group == "Org" else (c.obj, c.subj)
    if org.group != "Org" or person.group != "Person" or not person.explicit or org.source not in ("topic", "anaphor") \
            or any(a.explicit and a.group == "Org" and a.source == "name" for a in sent.args):
        return None
    m = _BARE_FOUNDER.match(sent.text[person.end:])
    if m is None:
        return None
    return m.group(1) is not None and re.search(rf"(?i)(?:{_ceo_title()})", m.group(1)) is None


#: The verbs that give a person's job as a predicate: "A is chief executive", "B est la présidente".
_PREDICATE_VERB = r"(?:is|est|remains|reste|serves\s+as|becomes|devient|deviendra|will\s+become|will\s+be)"


@lru_cache(maxsize=1)
def _job_titles() -> str:
    """The lexicon's chief-executive and other job titles, as one alternation."""
    roles = lexicon()["roles"]
    return alternation(roles["ceo"] + roles["employer"])


@lru_cache(maxsize=1)
def _role_predicate_re() -> re.Pattern:
    """A person's job given as the predicate of a clause, with no organisation after it but a reference to the
    passage's company: "A is chief executive;", "B en est la vice-présidente.", "C est la présidente de la
    société", "D is the firm's general counsel"."""
    return re.compile(rf"(?i)^\s+(?:en\s+)?(?:{_PREDICATE_VERB}|"
                      rf"(?:occupe|holds|occupies|prend|takes(?:\s+on)?|took(?:\s+on)?)\s+(?:(?:now|désormais|aujourd['’]hui)\s+)?"
                      rf"(?:le\s+poste|la\s+fonction|the\s+(?:role|post|position))\s+"
                      rf"(?:de|d[’']|of))\s+"
                      rf"(?:(?:now|also|désormais|aussi|aujourd['’]hui)\s+)?"
                      rf"(?:(?:the\s+(?:company|startup|start-up|firm)['’]s|its|the|son|sa|le|la|l['’])\s*)?"
                      rf"(?P<role>{_job_titles()})"
                      rf"(?:\s+(?-i:[a-zà-ÿ’'-]+)){{0,3}}?"
                      rf"(?:\s+(?:de\s+l['’]\s*entreprise|de\s+la\s+(?:société|start-up|startup|jeune\s+pousse)|"
                      rf"of\s+the\s+(?:company|startup|firm)))?\s*(?:[;.,]|$)")


@lru_cache(maxsize=1)
def _role_of_re() -> re.Pattern:
    """A role predicate ending with the organisation's preposition: " est la nouvelle directrice financière de ",
    " is the new general counsel of "."""
    return re.compile(rf"(?i)^(?:\s*,)?\s+{_PREDICATE_VERB}\s+"        # ("A, elle, deviendra directrice de")
                      rf"(?:(?:now|désormais|aujourd['’]hui)\s+)?(?:(?:the|le|la|l['’])\s*)?"
                      rf"(?:(?:new|nouveau|nouvelle|nouvel)\s+)?"
                      rf"(?P<role>{_job_titles()})"
                      rf"(?:\s+(?-i:[a-zà-ÿ-]+)){{0,3}}?\s+(?:de|du|of|at|chez|d[’'])\s*(?:l[’']\s*|la\s+|le\s+|the\s+)?$")


@lru_cache(maxsize=1)
def _board_title_re() -> re.Pattern:
    """A board title (lexicon ``roles``, ``board``): "président du conseil d'administration", "board chair"."""
    return re.compile(rf"(?i)(?:{alternation(lexicon()['roles']['board'])})(?![\w-])")


#: A sale by the subject: "la cession de", "cède", "sold", "the sale of".
_SELLS_TO = re.compile(r"(?i)(?<![\w-])(?:cession|cède|cèdent|a\s+cédé|vend|vendu|sells|sold|sale\s+of|divests?|"
                       r"divested)(?![\w-])")
#: A change of role right after a person: " devient ", " becomes the new ".
_BECOMES = re.compile(r"(?i)\s+(?:devient|deviendra|est\s+désormais|reste|becomes|remains|will\s+become|"
                      r"will\s+remain)\s+"
                      r"(?:(?:le|la|l[’']|the|its)\s*)?(?:(?:nouveau|nouvelle|new)\s+)?")
#: An apposition right after a person, closed by a comma: ", ancien ingénieur de X à Y,".
_ASIDE = re.compile(r"(?i)\s*,(?!\s*(?:qui|who|which|dont|où|that)\b)[^,;:()«»\"]{1,100},")     # (no relative clause)
#: Leading the passage's company as the predicate: " dirige l'entreprise", " runs the company".
_THE_COMPANY_WORDS = (r"(?:l[’']entreprise|la\s+société|la\s+start-?up|la\s+jeune\s+pousse|"
                      r"the\s+(?:company|startup|start-up|firm))")
_RUNS_THE_COMPANY = re.compile(rf"(?i)\s+(?:en\s+)?(?:dirige|pilote|runs|leads|heads)\s+{_THE_COMPANY_WORDS}"
                               r"\s*(?:[.;,]|$)")


@lru_cache(maxsize=1)
def _founder_role_re() -> re.Pattern:
    """A founder's present role in the founding sentence's list: "qui dirige l'entreprise", "désormais
    directeur financier", "qui en devient la directrice des ventes", "now its chief executive"."""
    return re.compile(rf"(?i)(?:\bqui\s+(?P<runs>préside|dirige|pilote)\s+{_THE_COMPANY_WORDS}|"
                      rf"(?:\bqui\s+en\s+(?:est|devient)\s+|,\s*|\bwho\s+is\s+)"
                      rf"(?:aujourd[’']hui|désormais|now)\s+(?:(?:le|la|l[’']|its)\s*)?(?P<role>{_job_titles()}))(?![\w-])")


def _founder_role(sent: Sentence, c: Candidate) -> str | None:
    """The relation a founder's present role in a founding verb's list of founders gives them and the company
    ("Zentri a vu le jour grâce à A, qui pilote la start-up, et à B, désormais directrice financière": A is the
    chief executive, B an employee); None when there is none."""
    org, person = (c.subj, c.obj) if c.subj.group == "Org" else (c.obj, c.subj)
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return None
    listed = founders_listed(sent, person)
    if listed is None or listed.key != org.key:
        return None
    nxt = min((a.start for a in sent.args if a.explicit and a.group == "Person" and a.start > person.end),
              default=len(sent.text))
    clause = sent.text[person.end:nxt]
    m = _founder_role_re().search(clause)
    if m is None:
        return None
    rel = "ceo" if m.group("runs") or re.fullmatch(rf"(?i)(?:{_ceo_title()})", m.group("role")) else "employer"
    return rel if rel in c.relations else None


def _role_predicate(sent: Sentence, c: Candidate) -> str | None:
    """The relation a role predicate (:func:`_role_predicate_re`) gives the candidate's person and the passage's
    company ("ceo" or "employer"), when the sentence names no organisation, or the organisation named right
    after it (:func:`_role_of_re`: "A est la nouvelle directrice financière de Zentri"); None otherwise."""
    org, person = (c.subj, c.obj) if c.subj.group == "Org" else (c.obj, c.subj)
    if org.group != "Org" or person.group != "Person":
        return None
    if org.explicit and person.explicit and person.end <= org.start and org.source == "name":
        m = _role_of_re().match(sent.text[person.end:org.start])
    else:
        aside = _ASIDE.match(sent.text, person.end) if person.explicit else None
        at = aside.end() if aside is not None else person.end      # "Le premier, ancien ingénieur de X, dirige…"
        if org.source not in ("topic", "anaphor") or any(
                a.explicit and a.group == "Org" and a.source == "name" and not person.end <= a.start < at
                for a in sent.args):
            return None
        if _RUNS_THE_COMPANY.match(sent.text, at):
            return "ceo"                # "Le premier dirige l'entreprise", "He runs the company"
        m = _role_predicate_re().match(sent.text[at:])
    if m is None or m.group("role").lower() in ("partner", "associé", "associée", "cadre") \
            or _board_title_re().match(m.group(), m.start("role")):
        return None                 # ("Elle demeure présidente du conseil de surveillance": a board seat)
    return "ceo" if re.fullmatch(rf"(?i)(?:{_ceo_title()})", m.group("role")) else "employer"


@lru_cache(maxsize=1)
def _became_chief_re() -> re.Pattern:
    """A relative clause after a person (past one apposition) that makes them chief executive: ", who became
    chief executive last month", ", qui en est devenue la directrice générale"."""
    return re.compile(rf"(?i)^(?:\s*,[^,;.()]{{0,60}})?\s*,\s*(?:who|qui)\s+(?:en\s+)?(?:became|has\s+become|is\s+now|"
                      rf"was\s+(?:named|appointed)|took\s+over\s+as|takes\s+over\s+as|est\s+devenue?|devient|"
                      rf"a\s+été\s+nommée?)\s+(?:(?:the|its|the\s+company['’]s|le|la|l['’]|son|sa)\s*)?"
                      rf"(?:(?:new|nouveau|nouvelle|nouvel)\s+)?(?:{_ceo_title()})(?![\w-])")


def _became_chief(sent: Sentence, c: Candidate) -> bool:
    """Does a relative clause make the candidate's person the chief executive (:func:`_became_chief_re`) of
    the candidate's organisation: the one organisation the sentence names before the person, or the passage's
    when it names none?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit \
            or _became_chief_re().match(sent.text[person.end:]) is None:
        return False
    before = {a.key for a in sent.args if a.explicit and a.group == "Org" and a.end <= person.start}
    return before == {org.key} if before else org.source in ("topic", "anaphor")


#: A person running a part of an organisation, not the organisation: ", who runs sales for ", ", qui dirige
#: l'équipe data de ".
_RUNS_PART = re.compile(r"(?i)^\s*,\s*(?:who|qui)\s+(?:runs|heads|leads|oversees|manages|dirige|pilote|encadre)\s+"
                        r"(?:(?:the|its|l[’']|la|le|les|une?|son|sa|ses)\s*)?(?-i:[a-zà-ÿ][\w’'-]*)(?:\s+(?-i:[a-zà-ÿ][\w’'-]*)){0,3}?"
                        r"\s+(?:for|at|of|in|de|du|chez|d[’'])\s*(?:the\s+|l[’']|la\s+|le\s+)?$")


def _runs_part(sent: Sentence, c: Candidate) -> bool:
    """Does the candidate's person run a part of the candidate's organisation (:data:`_RUNS_PART`, the
    organisation right after it): its employee, not its chief?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    return person.group == "Person" and org.group == "Org" and person.explicit and org.explicit \
        and person.end <= org.start and _RUNS_PART.match(sent.text[person.end:org.start]) is not None


@lru_cache(maxsize=1)
def _stays_as_re() -> re.Pattern:
    """Between a person and an organisation whose chief executive they are named as: " stays on as ", " remains "
    (then the organisation's possessive title, :func:`_possessive_title_re`)."""
    return re.compile(r"(?i)^\s+(?:(?:will|would)\s+)?(?:stays?\s+on|stay|remains?|continues?|serves?|takes?\s+over|"
                      r"took\s+over|was\s+(?:named|appointed)|has\s+been\s+(?:named|appointed)|becomes?|became)\s+"
                      r"(?:as\s+)?$")


def _as_chief_of(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person named the candidate's organisation's chief executive after them ("A stays on as
    Zentri's chief executive", "B became Kerlo's CEO")?"""
    org, person = c.subj, c.obj
    return org.group == "Org" and person.group == "Person" and org.explicit and person.explicit \
        and person.end <= org.start and _stays_as_re().match(sent.text[person.end:org.start]) is not None \
        and _possessive_title_re().match(sent.text[org.end:]) is not None


@lru_cache(maxsize=1)
def _opening_title_re() -> re.Pattern:
    """A chief-executive title opening the sentence right before a person, maybe after another title: "Chief
    executive A told…", "President and chief executive A, who…"."""
    return re.compile(rf"(?i)^\W*(?:[\w-]+(?:\s+[\w-]+)?\s+(?:and|et)\s+)?(?:{_ceo_title()})\s+$")


def _opening_title(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person named after a chief-executive title that opens the sentence
    (:func:`_opening_title_re`), with no organisation named before nor right after them: the passage's
    chief executive?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit or person.source == "anaphor" \
            or not (org.kind == "topic" or org.source == "anaphor"):
        return False
    if any(a.explicit and a.group == "Org" and a.source != "anaphor" and a.start < person.start for a in sent.args):
        return False
    return _opening_title_re().match(sent.text[:person.start]) is not None \
        and re.match(r"(?i)\s*(?:(?:of|at|de|chez)\s|[’']s\b)", sent.text[person.end:]) is None


def _bare_title(sent: Sentence, person: Arg) -> bool:
    """Does the person open the sentence or a clause with a bare chief-executive title in apposition ("A, the
    chief executive, is to lead a team inside Y"): the passage's chief executive, not Y's?"""
    return person.explicit and _bare_title_re().match(sent.text[person.end:]) is not None \
        and re.search(r"(?:^|[,;:])\W*$", sent.text[:person.start]) is not None


@lru_cache(maxsize=1)
def _poss_title_re() -> re.Pattern:
    """A possessive chief-executive title right before a person: "confirme son directeur général, A", "said its
    chief executive, A", "Sa fondatrice et présidente, A"."""
    return re.compile(rf"(?i)(?<![\w’'-])(?:son|sa|leur|its|their)\s+(?:(?:actuel(?:le)?|nouveau|nouvelle|new|"
                      rf"current)\s+)?(?:(?:co-?)?(?:fondat(?:eur|rice)\s+et|founder\s+and)\s+)?"
                      rf"(?:{_ceo_title()})\s*,?\s*$")


def _poss_title(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person introduced by a possessive chief-executive title ("…, confirme à Y son directeur
    général, A") whose owner is the candidate's organisation: the first the sentence names before the title,
    or the passage's when it names none?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return False
    m = _poss_title_re().search(sent.text, max(0, person.start - 60), person.start)
    if m is None or any(a.explicit and a.group == "Person" and a.end <= m.start()
                        and re.fullmatch(r"\s*,\s*", sent.text[a.end:m.start()]) for a in sent.args):
        return False        # "by A, its chief executive, B and C": the title in apposition is A's
    orgs = sorted((a for a in sent.args if a.explicit and a.group == "Org" and a.end <= m.start()
                   and a.type not in ("MediaOutlet",)), key=lambda a: a.start)
    if not orgs:
        return not org.explicit
    # "son": the article's company when it is named first ("L'opération valorise X …, confirme son directeur
    # général, A"), not whatever else opens the sentence ("une prise de participation de Kerlo …, son président")
    return org.explicit and org.start == orgs[0].start and org.key == sent.main


#: A fronted organisation before the person it introduces: "Du côté de Kerlo, A, son président", "Chez X, A,
#: sa directrice générale", "Over at X, A, its chief executive".
_FRONTED_ORG_BEFORE = re.compile(r"(?i)^\W*(?:du\s+côté\s+d(?:e\s+|[’'])|côté\s+|chez\s+|(?:over\s+)?at\s+)"
                                 r"(?:l[’']|la\s+|le\s+|the\s+)?$")


def _fronted_org(sent: Sentence, person: Arg) -> Arg | None:
    """The organisation a fronted setting names right before the person (:data:`_FRONTED_ORG_BEFORE`), whose
    title in apposition is then that organisation's."""
    return next((a for a in sent.args if a.explicit and a.group == "Org" and a.end <= person.start
                 and _FRONTED_ORG_BEFORE.match(sent.text[:a.start])
                 and re.fullmatch(r"\s*,\s*", sent.text[a.end:person.start])), None)


def _its_ceo(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the chief executive of the passage's organisation, by :func:`_its_ceo_re`
    or :func:`_bare_title`?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return False
    m = _its_ceo_re().match(sent.text[person.end:])
    if org.explicit:        # only "the lab" of "A is the lab's chair and CEO"
        return org.source == "anaphor" and m is not None and person.end < org.start < person.end + m.end()
    if _bare_title(sent, person):
        return _fronted_org(sent, person) is None   # (not "Du côté de Kerlo, A, son président": Kerlo's)
    if m is None:
        return False
    # "Baskett has been CEO from day one": the bare title, the person opening a clause, no organisation named before
    # but in a relative clause on the person ("A, who spent years at X, becomes chief executive")
    aside = (person.end + m.start("aside"), person.end + m.end("aside")) if m.group("aside") else (0, 0)
    return m.group("bare") is None or (re.search(r"(?:^|[,;:])\W*$", sent.text[:person.start]) is not None and not any(
        a.explicit and a.group == "Org" and a.start < person.end + m.end() and not aside[0] <= a.start < aside[1]
        for a in sent.args))


@lru_cache(maxsize=1)
def _ceo_of_re() -> re.Pattern:
    """A chief-executive title and its organisation's preposition, right before the organisation: "le directeur
    général de", "the chief executive of"."""
    return re.compile(rf"(?i)(?<![\w’'-])(?:{_ceo_title()})\s+"
                      rf"(?:de\s+la\s+|de\s+l[’']|de\s+|d[’']|du\s+|of\s+(?:the\s+)?)$")


#: A founder's title that names the organisation after it: "le fondateur de", "la cofondatrice d'", "the
#: co-founder of".
_FOUNDER_OF = re.compile(r"(?i)(?<![\w’'-])(?:co-?)?(?:fondat(?:eur|rice)s?|founders?)\s+(?:de\s+|d[’']\s*|du\s+|"
                         r"of\s+(?:the\s+)?)(?:l[’']|la\s+|le\s+)?$")
#: A founder's title between the organisation and the person: "X founder A", "X's co-founder, A".
_FOUNDER_AFTER = re.compile(r"(?i)(?:[’']s)?\s+(?:co-?)?founders?(?:\s+and\s+(?:ceo|chief\s+executive))?\s*,?\s+")


#: A founder's title after an organisation's possessive: "'s co-founder", "'s fellow founder".
_POSSESSIVE_FOUNDER = re.compile(r"(?i)[’']s\s+(?:(?:fellow|other)\s+)?(?:co-?)?founder(?![\w-])")


#: A co-founder named by the possessive of the passage's person, opening the sentence: "Son cofondateur, A,",
#: "Sa cofondatrice, A, directrice technique,", "Her co-founder, A,".
_COFOUNDER_OPENING = re.compile(rf"(?i)^\W*(?:son|sa|his|her|their|leur)\s+(?:{COFOUNDER_WORD})\s*,?\s*$")


_COFOUNDER_AFTER = re.compile(rf"(?i)\s+(?:{COFOUNDER_WORD})\s*,")


def cofounder_opening(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the co-founder a sentence opens with (:data:`_COFOUNDER_OPENING`), and its
    organisation the passage's, not named in the sentence? The person's own verb ("ne vend aucun titre")
    says nothing of the founding."""
    org, person = c.subj, c.obj
    if not (org.group == "Org" and (org.kind == "topic" or org.source == "anaphor") and person.group == "Person"
            and person.explicit):
        return False
    if person.source == "anaphor":      # "His co-founder, A,": "his" founded it too
        return re.fullmatch(r"\W*", sent.text[:person.start]) is not None \
            and sent.text[person.start:person.end].lower() in ("son", "sa", "his", "her") \
            and _COFOUNDER_AFTER.match(sent.text, person.end) is not None
    return _COFOUNDER_OPENING.match(sent.text[:person.start]) is not None


#: A founder's title in the possessive right before a name: "sa cofondatrice ", "its co-founder and CEO, ".
_OWN_FOUNDER = re.compile(r"(?i)(?<![\w’'-])(?:sa|son|its|their|leur|her|his)\s+"
                          r"(?:co-?fondat(?:rice|eur)|cofondat(?:rice|eur)|"
                          r"fondat(?:rice|eur)|co-?founder|cofounder|founder)(?:\s+(?:et|and)\s+(?:pdg|ceo|chief\s+executive|"
                          r"directeur\s+général|directrice\s+générale|présidente?|president))?\s*,?\s*$")


def _founder_of_title(sent: Sentence, c: Candidate) -> bool:
    """Does a founder's title tie the candidate's person to its organisation, both named, the person right
    after ("le fondateur de Kerlo, A", "Zentri co-founder A", "Zentri's founder, A") or before ("A, Zentri's
    co-founder and CEO")?"""
    org, person = c.subj, c.obj
    if org.group == "Org" and (org.source in ("anaphor", "topic") or org.key == sent.main and org.start > person.end) \
            and person.group == "Person" and person.explicit \
            and person.source == "name" and _OWN_FOUNDER.search(sent.text, max(0, person.start - 50), person.start) \
            and not any(a.explicit and a.group == "Org" and a.source == "name" and a.end <= person.start
                        for a in sent.args):
        return True                     # "La société, pilotée par sa cofondatrice A,": the passage's company's
    if org.group != "Org" or person.group != "Person" or not (org.explicit and person.explicit) \
            or org.source != "name":
        return False
    if person.end <= org.start:         # "A, Zentri's co-founder and CEO,": the title after the person
        return re.fullmatch(r"\s*,\s*(?:(?:the|a)\s+)?", sent.text[person.end:org.start]) is not None \
            and _POSSESSIVE_FOUNDER.match(sent.text[org.end:]) is not None
    if _FOUNDER_AFTER.fullmatch(sent.text, org.end, person.start):
        return True
    return re.fullmatch(r"\s*,\s*", sent.text[org.end:person.start]) is not None \
        and _FOUNDER_OF.search(sent.text, max(0, org.start - 40), org.start) is not None


def _title_of_then_person(sent: Sentence, person: Arg, org: Arg) -> bool:
    """Does the sentence give the person the organisation's chief-executive title right before them, the
    title naming the organisation ("a indiqué le directeur général de X, A,", "the chief executive of X, A")?"""
    return org.end <= person.start and re.fullmatch(r"\s*,\s*", sent.text[org.end:person.start]) is not None \
        and _ceo_of_re().search(sent.text, max(0, org.start - 40), org.start) is not None


def appointed_ceo(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence name the candidate's person the chief executive of its organisation, both named
    here: by the organisation's possessive title before the person ("Zentri's chief executive, A") or in
    the person's apposition ("A, Zentri's CEO,") or predicate ("A is Zentri's CEO"), by an appointment
    ("Zentri has named A as CEO"), or by "A … to become chief executive of Zentri"?"""
    person, org = (c.obj, c.subj) if c.obj.group == "Person" else (c.subj, c.obj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit):
        return False
    text = sent.text
    # a reference that takes the possessive in its span ("the company's") leaves it to the title
    at = org.end - 2 if held_possessive(text, org.start, org.end) else org.end
    if _title_of_then_person(sent, person, org):
        return True                     # "le directeur général de Zentri, A"
    if org.end <= person.start:
        title = _possessive_title_re().match(text, at)
        if title is not None and re.fullmatch(r"\s*,?\s*", text[title.end():person.start]):
            return True
        appoint, as_title = _appointment_res()
        return appoint.match(text[org.end:person.start]) is not None and as_title.match(text[person.end:]) is not None
    gap = text[person.end:org.start]
    if re.fullmatch(r"\s*,\s*|\s+(?:is|was|remains|serves\s+as)\s+(?:(?:now|still|also)\s+)?", gap):
        return _possessive_title_re().match(text, at) is not None      # "A, Zentri's CEO, said", "A is
    #                                                                         Zentri's CEO"
    m = _become_re().search(gap) if len(gap) < 160 else None
    return m is not None and not re.search(r"[.;:!?]\s", gap[:m.start()]) \
        and len(re.findall(r"[^\W\d]+", gap[:m.start()])) <= 14 \
        and not any(a.explicit and a.group == "Person" and person.end <= a.start < org.start for a in sent.args)


#: A raising verb coordinated with the verb of the sentence's subject, right before the amount: "… and has
#: raised", "… et a levé".
_AND_RAISED = re.compile(r"(?i)(?:,?\s+and|\s+et)\s+(?:has\s+|have\s+|had\s+|a\s+|avait\s+|since\s+)?"
                         r"(?:raised|levé|collected|secured|landed|banked|réuni|obtenu)\s+(?:[\w’'-]+\s+){0,3}?$")


def _coordinated_raiser(sent: Sentence, amount: Arg) -> Arg | None:
    """The organisation that opens the sentence when the amount's raising verb is coordinated with its verb
    ("Zentri graduated from Kerlo Launchpad and has raised $12 million since": Zentri, not Kerlo)."""
    m = _AND_RAISED.search(sent.text, max(0, amount.start - 80), amount.start)
    if m is None:
        return None
    first = next((a for a in sent.args if a.explicit and a.kind == "entity"), None)
    if first is None or first.group != "Org" or first.start > 3 or first.end > m.start() \
            or re.search(r"[;:]", sent.text[first.end:m.start()]):
        return None
    rel = next(reversed(list(_RELATIVE_PRONOUN.finditer(sent.text, first.end, m.start()))), None)
    if rel is None:
        return first
    return _antecedent(sent, rel.start())  # "A's rival is B, a Tulsa firm that maps vineyards and has raised $18m"


#: A relative pronoun: the clause after it is about the name before it.
_RELATIVE_PRONOUN = re.compile(r"(?i)(?<![\w’'-])(?:which|who|that|qui|que|dont)(?![\w’'-])")


#: A chief's title with no article nor organisation, between commas: "A, chief financial officer, spent years at X".
_BARE_CHIEF = (r"(?:chief\s+[\w-]+\s+officer|chief\s+scientist|(?-i:CTO|CFO|COO|CPO|CSO)|(?:directeur|directrice)\s+"
               r"(?:technique|financier|financière|scientifique|des\s+opérations))")


@lru_cache(maxsize=1)
def _company_role_re() -> re.Pattern:
    """A person's apposition that gives a role at the company the passage is about: ", the company's chief
    scientist", ", its head of sales", ", son directeur technique" (``roles`` of the lexicon, no chief executive),
    ", chief operating officer," (a chief's bare title, :data:`_BARE_CHIEF`)."""
    roles = alternation(w for k in ("employer",) for w in lexicon()["roles"][k])
    return re.compile(rf"(?i)\s*,\s*(?:(?:the\s+(?:company|startup|start-up|firm)[’']s|its|son|sa)\s+"
                      rf"(?:(?:new|current|nouveau|nouvelle|actuel(?:le)?)\s+)?(?:{roles}|chief\s+[\w-]+\s+officer|"
                      rf"chief\s+scientist|head\s+of\s+[\w-]+)(?![\w-])|(?:the\s+)?{_BARE_CHIEF}\s*[,)])")


def _company_role(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person given, in apposition, a role at "the company" (:func:`_company_role_re`) that is
    the candidate's organisation: the passage's, or the one the sentence opens with?"""
    person, org = c.subj, c.obj
    if person.group != "Person" or org.group != "Org" or not person.explicit \
            or (m := _company_role_re().match(sent.text, person.end)) is None:
        return False
    if not org.explicit or m.start() <= org.start < m.end():
        return True                 # the passage's, or the one "its" stands for
    if org.source == "anaphor" and org.start > person.start and not any(
            a.explicit and a.group == "Org" and a.source != "anaphor" and a.start < person.start for a in sent.args):
        return True                 # "A, chief financial officer, spent years at X before starting the firm"
    first = next((a for a in sent.args if a.explicit and a.group == "Org"), None)
    return first is not None and first.key == org.key and first.end <= person.start \
        and not any(a.explicit and a.group == "Org" and org.end <= a.start < person.start for a in sent.args)


@lru_cache(maxsize=1)
def _ceo_roles() -> frozenset[str]:
    """The lexicon's chief-executive titles, case-folded."""
    return frozenset(w.casefold() for w in lexicon()["roles"]["ceo"])


@lru_cache(maxsize=1)
def _role_before_re() -> re.Pattern:
    """A bare role with its article right before a person, opening the sentence or after a fronted phrase: "Le
    directeur technique, A,", "Depuis 2022, la directrice financière A", "The chief scientist, A," (``roles`` of
    the lexicon held inside the company, no organisation after the role)."""
    outside = {"analyst", "analyste", "partner", "managing partner", "general partner", "founding partner", "associé",
               "associée", "principal", "lead", "executive", "cadre", "employee", "salarié", "salariée"}
    roles = alternation([w for w in lexicon()["roles"]["employer"] if w.casefold() not in outside])
    return re.compile(rf"(?i)(?:^|,)\W*(?:le|la|l[’']|the|its|son|sa)\s*(?:(?:new|nouveau|nouvelle)\s+)?"
                      rf"(?P<role>(?:{roles}|chief\s+[\w-]+\s+officer)(?:\s+(?!(?:de|du|des|of|at|chez|d)\b)[a-zé-]+)"
                      rf"{{0,2}})\s*,?\s*$")


def _role_before(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person introduced by a bare role (:func:`_role_before_re`), and its organisation the
    passage's, not named by name in the sentence before the person?"""
    person, org = c.subj, c.obj
    if person.group != "Person" or org.group != "Org" or not person.explicit \
            or (org.explicit and org.source != "anaphor"):
        return False
    if any(a.explicit and a.kind == "entity" and a.end <= person.start for a in sent.args):
        return False
    m = _role_before_re().search(sent.text, 0, person.start)
    return m is not None and m.group("role").casefold() not in _ceo_roles()     # (a chief executive's gives ceo)


def _employer_role() -> str:
    """The roles of the lexicon held at an employer (no chief executive), and any "chief … officer"."""
    return alternation(lexicon()["roles"]["employer"]) + r"|chief\s+[\w-]+\s+officer"


@lru_cache(maxsize=1)
def _current_role_re() -> re.Pattern:
    """A predicate after a person that gives a role now held, at no organisation named: "…, qui en dirige
    aujourd'hui la recherche", "and is now its CTO", "est devenue directrice scientifique", "conserve ses
    fonctions de directrice technique", "qui est désormais notre directrice technique", ", aujourd'hui
    directrice financière", "moves to its CTO role" (``roles`` of the lexicon, no chief executive)."""
    return re.compile(
        rf"(?i)(?:^|,|;\s*(?:il|elle|he|she)|(?<![\w’'-])(?:qui|who|and|et|before|avant\s+de))\s*(?:en\s+)?(?:(?:now|today|currently|also|"
        rf"aujourd[’']hui|désormais|"
        rf"aussi|également)\s+)*(?:(?:serves|served|acts)\s+as|is\s+now|moves\s+to|moved\s+to|"
        rf"is(?=\s+(?:its|our|the\s+(?:company|startup|start-up|firm)[’']s)\s)|"
        rf"est(?=\s+(?:(?:aujourd[’']hui|désormais|actuellement)\s+)?(?:notre|son|sa|leur)\s)|"
        rf"(?<=en\s)est(?=\s+(?:(?:aujourd[’']hui|désormais|actuellement)\s+)?(?:le|la|l[’']))|"
        rf"est(?=\s+(?:aujourd[’']hui|désormais|actuellement)\s)|"
        rf"(?:est\s+|a\s+été\s+|has\s+)?"
        rf"(?:devenue?|devient|devenir|become|becomes|became|becoming|nommée?|named|promue?|promoted\s+to)|"
        rf"conserve\s+ses\s+fonctions\s+de|"
        rf"keeps\s+(?:her|his)\s+(?:role|job)\s+as|dirige|runs|leads|heads|pilote|assure|occupe)\s+"
        rf"(?:(?:aujourd[’']hui|désormais|now)\s+)?(?:(?:the\s+(?:company|startup|start-up|firm)[’']s|the|its|our|"
        rf"notre|le|la|l[’']|sa|son)\s*)?(?:(?:poste|rôle|post|role)\s+(?:de|d[’']|of)\s*)?"
        rf"(?:{_employer_role()}|recherche|research|engineering|l[’']ingénierie|la\s+(?:partie\s+)?technique|"
        rf"équipe\s+(?:technique|produit|data|R&D|d[’']ingénierie)|(?:technical|engineering|data|product)\s+team|"
        rf"direction\s+(?:technique|scientifique|financière|commerciale|produit|des\s+opérations)|produit|"
        rf"product)(?![\w-])"
        rf"|,\s*(?:aujourd[’']hui|désormais)\s+(?:(?:notre|son|sa|le|la|l[’'])\s*)?(?:{_employer_role()})(?![\w-])")


#: A current role's verb right before an organisation's possessive: "who serves as Zentri's", "and is now X's",
#: "before becoming X's".
_SERVES_AS = re.compile(r"(?i)(?<![\w’'-])(?:(?:who|and)\s+(?:(?:now|currently|also)\s+)*"
                        r"(?:serves\s+as|is\s+now|is|acts\s+as)|before\s+becoming)"
                        r"\s+$")
#: An appointment right before a person: "nomme A", "annonce l'arrivée de A", "has hired A", "appoints A".
_APPOINTS_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:nomme|a\s+nommé|recrute|a\s+recruté|l[’']arrivée\s+de|"
                              r"appoints|appointed|names|named|hires|hired|has\s+hired|promotes|promoted|"
                              r"brought\s+in|brings\s+in|brought\s+on|brings\s+on)\s+$")
#: A person's apposition before the role they are appointed to: "hired A, a former X engineer, as CTO".
_APPOSED = re.compile(r"\s*,[^,;:.()«»“”\"]{1,70},(?=\s*(?:as|comme|en\s+tant\s+que)\s)")


@lru_cache(maxsize=1)
def _appointed_role_re() -> re.Pattern:
    """The role right after an appointed person: "… A directrice technique", "… A au poste de directrice
    technique", "… A as chief financial officer"."""
    return re.compile(rf"(?i)^\s*,?\s*(?:(?:comme|en\s+tant\s+que|au\s+poste\s+de|as|to\s+the\s+role\s+of)\s+)?"
                      rf"(?:(?:its|their|our|the|new|nouvelle?|notre|sa|son)\s+)*"
                      rf"(?:{_employer_role()})(?![\w-])")


#: A person becoming chief executive, right after the name (maybe past an apposition on them): "A took over as
#: CEO", "A, previously …, has been named chief executive", "A devient directrice générale"; then, maybe, "of X".
_BECOMES_CHIEF = re.compile(
    r"(?i)^(?:\s*,[^,;:.()«»“”\"]{1,90},|\s*,)?\s+(?:(?:took|has\s+taken|takes|will\s+take)\s+over\s+as|"
    r"(?:has\s+been|was|is|will\s+be)\s+(?:named|appointed)(?:\s+as)?|(?:becomes|became|will\s+become|has\s+become)|"
    r"(?:devient|deviendra|est\s+devenue?|a\s+été\s+nommée?|est\s+nommée?|sera\s+nommée?|reste|demeure|remains|"
    r"stays\s+on\s+as)(?:\s+au\s+poste\s+de)?)\s+"
    r"(?:(?:the|its|new|le|la|l[’']|nouvelle?|nouveau)\s*)*"
    r"(?:ceo|chief\s+executive(?:\s+officer)?|pdg|directeur\s+général|directrice\s+générale|"
    r"présidente?\s+du\s+directoire|président-directeur\s+général|présidente-directrice\s+générale)(?![\w-])"
    r"(?P<of>\s+(?:of|de|du|d[’'])\s*(?:la\s+|l[’'])?)?")


def _becomes_chief(sent: Sentence, c: Candidate) -> bool:
    """Does the candidate's person become its organisation's chief executive (:data:`_BECOMES_CHIEF`): the one
    named right after the title, or the passage's company when the title names none?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit or person.source == "anaphor":
        return False
    m = _BECOMES_CHIEF.match(sent.text[person.end:])
    if m is None:
        return False
    if m.group("of"):
        return org.explicit and org.start == person.end + m.end()
    return org.kind == "topic" or org.source == "anaphor" and org.end <= person.start


#: "(will be) replaced by", "succeeded by", "remplacé par", then a title of a few words, right before a person.
_REPLACED_BY = re.compile(r"(?i)(?<![\w-])(?:replaced|succeeded|remplacée?|succédée?)\s+(?:by|par)\s+"
                          r"(?:(?:its|the|his|her|son|sa|le|la|current|actuel(?:le)?)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,3}$")


#: A founding agent's phrase, maybe with other founders listed, before a title right before a person:
#: "Founded in 2019 by CEO A and CTO B", "créée par la PDG A".
_FOUNDING_AGENT = re.compile(r"(?i)(?<![\w’'-])(?:founded|co-?founded|cofounded|started|set\s+up|created|"
                             r"(?:co-?)?fondée?s?|"
                             r"cofondée?s?|créée?s?|lancée?s?)\b[^.;:()]{0,80}?\b(?:by|par)\s")
_PRE_TITLE = {"ceo": re.compile(r"(?i)(?<![\w’'-])(?:(?:co-?)?(?:ceo|chief\s+executive)|pdg|(?:la|le)\s+pdg|"
                                r"(?:le\s+|la\s+)?(?:directeur|directrice)\s+générale?)\s+$"),
              "employer": re.compile(r"(?i)(?<![\w’'-])(?:cto|cfo|coo|cpo|chief\s+[\w-]+\s+officer|"
                                     r"(?:le\s+|la\s+)?(?:directeur|directrice)\s+(?:technique|financière?|"
                                     r"scientifique))\s+$")}


#: A running verb's agent right before a person, no founding verb with it: "dirigée par", "et présidée
#: depuis 2020 par", "run by", "led since 2021 by" (a title may stand before the name).
_RUN_BY = re.compile(r"(?i)(?<![\w’'-])(?:dirigée?s?|présidée?s?|pilotée?s?|gérée?s?|run|headed|managed|chaired)"
                     r"(?:\s+(?:depuis|since|en|in)\s+\S+)?\s+(?:par|by)\s+(?:(?:son|sa|le|la|its|the)\s+)?"
                     r"(?:[\w-]+\s+){0,2}?$")
#: A founding participle that shares the running verb's agent: "Fondée et dirigée par A", "founded and run by".
_FOUNDED_AND = re.compile(r"(?i)(?<![\w’'-])(?:(?:co-?)?fondée?s?|cofondée?s?|créée?s?|(?:co-?)?founded|cofounded|"
                          r"started|set\s+up)\s+(?:et|and)\s+$")


def _founding_title(sent: Sentence, c: Candidate) -> str | None:
    """The relation a title right before a founder's name gives them at the company founded ("Founded in 2022 by
    CEO A and CTO B, Zentri…": A its ``ceo``, B its ``employer``), when the candidate's organisation is that
    company: the fronted clause's subject, or the passage's when the sentence names no organisation."""
    org, person = (c.subj, c.obj) if c.subj.group == "Org" else (c.obj, c.subj)
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return None
    found = {r: m for r, rx in _PRE_TITLE.items()
             if (m := rx.search(sent.text, max(0, person.start - 40), person.start)) is not None}
    rel = next(iter(found), None)
    if rel is None:
        return None
    if rel == "ceo" and re.fullmatch(r"\W*", sent.text[:found[rel].start()]):   # "Chief Executive A, who…"
        if org.explicit and org.key != sent.main:
            return None
        return None if not org.explicit and any(
            a.explicit and a.group == "Org" and a.end <= person.start for a in sent.args) else rel
    founded = _FOUNDING_AGENT.search(sent.text, max(0, person.start - 160), person.start)
    if founded is None:
        return None
    if org.explicit:
        opener = fronted_opener(sent)
        passive = org.end <= founded.start() and re.fullmatch(      # "Zentri was started by its CEO A"
            r"\s+(?:was|were|is|has\s+been|had\s+been|a\s+été|avait\s+été|est)\s+", sent.text[org.end:founded.start()])
        if (opener is None or opener.key != org.key) and not passive:
            return None
    elif any(a.explicit and a.group == "Org" for a in sent.args):
        return None
    return rel


#: A team or a department an organisation's possessive or "de" names, led by the person before it: "A now leads
#: Zentri's AI team", "A heads Kerlo's research unit", "A dirige désormais l'équipe data de Zentri".
_LEADS_UNIT = re.compile(r"(?i)^\s+(?:(?:now|currently|also|désormais|aujourd[’']hui|aussi)\s+)?"
                         r"(?:leads|heads|runs|oversees|manages|dirige|pilote|anime|encadre)\s+(?:(?:désormais|aujourd[’']hui)\s+)?"
                         r"(?:(?:l[’']|le\s+|la\s+)(?:équipe|pôle|service|département|division|laboratoire|branche)"
                         r"(?:\s+[\w-]+){0,3}?\s+(?:de\s+|d[’']|du\s+))?$")
_UNIT_AFTER = re.compile(r"(?i)^[’']s\s+(?:[\w-]+\s+){0,3}?(?:team|unit|division|group|lab|department|practice|"
                         r"operations|business|efforts?)(?![\w-])")


def _leads_unit(sent: Sentence, c: Candidate) -> bool:
    """Does the candidate's person lead a team of the candidate's organisation, named right after the verb
    (:data:`_LEADS_UNIT`, :data:`_UNIT_AFTER`)?"""
    person, org = c.subj, c.obj
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit) \
            or org.start < person.end:
        return False
    m = _LEADS_UNIT.match(sent.text[person.end:org.start])
    if m is None:
        return False
    french = m.group().rstrip().endswith(("de", "d’", "d'", "du"))
    return french or _UNIT_AFTER.match(sent.text[org.end:]) is not None


#: A founding word: the sentence's first organisation is the company founded ("Zentri a été cofondée par A").
_FOUNDING_WORD = re.compile(r"(?i)(?<![\w’'-])(?:co-?fondée?s?|cofondée?s?|fondée?s?|créée?s?|founded|co-founded|"
                            r"cofounded|started|set\s+up|launched|lancée?s?)(?![\w-])")


def _founds(sent: Sentence, org: Arg, person: Arg) -> bool:
    """Is ``org`` the company the sentence founds, its founding word a few words after it, before ``person``
    ("Zentri a été cofondée par A", "Zentri was set up by A"), or its founding verb right before it
    ("nous avons créé Zentri avec A")?"""
    return _LAUNCHED.search(sent.text, max(0, org.start - 30), org.start) is not None or any(
        re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,4}", sent.text[org.end:f.start()]) is not None
        for f in _FOUNDING_WORD.finditer(sent.text, org.end, person.start))


def _current_role(sent: Sentence, c: Candidate) -> bool:
    """Does a predicate on the candidate's person give a role held now (:func:`_current_role_re`) at the
    passage's organisation, the candidate's, when the sentence names no other organisation after the
    person?"""
    person, org = c.subj, c.obj
    if person.group != "Person" or org.group != "Org" or not person.explicit:
        return False
    if org.explicit and org.source != "anaphor" and person.end < org.start <= person.end + 160 \
            and _SERVES_AS.search(sent.text, max(person.end, org.start - 30), org.start) \
            and _company_role_re().match(", its" + sent.text[org.end + 2:org.end + 60]) \
            and re.match(r"['’]s\s", sent.text[org.end:org.end + 3]) \
            and not any(a.explicit and a.group == "Person" and person.end <= a.start < org.start for a in sent.args):
        return True                     # "A, a former X engineer who serves as Zentri's chief technology officer"
    appoints = _APPOINTS_BEFORE.search(sent.text, max(0, person.start - 40), person.start)
    limit = min([a.start for a in sent.args if a.explicit and a.group == "Person" and a.start >= person.end]
                + [person.end + 180])
    held = _current_role_re().search(sent.text[person.end:limit])

    def alone(base: int, m: re.Match) -> bool:
        """No other name in the role phrase, nor just after it (but what stands for ``org`` there)."""
        return not any(a.explicit and a.group in ("Org", "Person") and base + m.start() <= a.start < base + m.end() + 40
                       and not (a.source == "anaphor" and a.key == org.key) for a in sent.args)

    if held is not None and org.explicit and org.source == "name" and org.end <= person.start \
            and alone(person.end, held):
        # "Zentri was founded by A and B, who worked at X before becoming the startup's CTO": the sentence's first
        # organisation, that "the startup's" stands for, or the company the sentence founds ("Zentri a été
        # cofondée par A, … aujourd'hui CTO")
        first = org.start == min(a.start for a in sent.args if a.explicit and a.group == "Org")
        if first and re.search(r"(?i)\bthe\s+(?:company|startup|start-up|firm)[’']s\s", held.group()) \
                or _founds(sent, org, person):
            return True
    if held is not None and org.explicit and org.start > person.start \
            and re.fullmatch(r"\s+(?:de|du|d[’']|of|at|chez)\s*", sent.text[person.end + held.end():org.start]) \
            and (alone(person.end, held) if org.source == "anaphor" else not any(
                a.explicit and a.group == "Person" and a.key != person.key
                and person.end + held.start() <= a.start < org.start for a in sent.args)):
        return True     # "lui … avant d'en devenir le directeur financier de la start-up": the passage's company;
        #                 "Elle vient de X ; elle est aujourd'hui directrice juridique de Zentri": Zentri
    if org.explicit and (org.source != "anaphor" or org.start > person.start) \
            and not (appoints and _appointer(sent, org, appoints.start())):
        return False
    base, m = person.end, held
    if m is None and appoints:
        apposed = _APPOSED.match(sent.text, person.end, limit)     # "hired A, a former X engineer, as CTO"
        base = apposed.end() if apposed else person.end
        m = _appointed_role_re().match(sent.text[base:limit])     # "nomme A directrice technique"
    return m is not None and alone(base, m)


@lru_cache(maxsize=1)
def _chief_title_re() -> re.Pattern:
    """A chief executive's title (``roles.ceo`` of the lexicon)."""
    return re.compile(rf"(?i)(?<![\w-])(?:{_ceo_title()})(?![\w-])")


def _other_role(sent: Sentence, c: Candidate) -> bool:
    """Is the person of a ``ceo`` candidate (organisation, person) given a role held now at the organisation
    (:func:`_current_role`) that is no chief executive's ("B en est désormais la directrice scientifique")?"""
    person = c.obj
    if person.group != "Person" or not person.explicit \
            or not _current_role(sent, dataclasses.replace(c, subj=person, obj=c.subj)):
        return False
    held = _current_role_re().search(sent.text, person.end)
    return held is not None and not _chief_title_re().search(sent.text, held.start(), held.end() + 30)


def _appointer(sent: Sentence, org: Arg, verb: int) -> bool:
    """Is ``org`` the subject of the appointing verb at ``verb``: the last name before it, a few words
    before ("Zentri has hired A", "Kerlo a nommé A"), no other name between?"""
    return org.end <= verb and re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,3}", sent.text[org.end:verb]) is not None \
        and not any(a.explicit and a.kind == "entity" and org.end <= a.start < verb for a in sent.args)


def _replaced_by(sent: Sentence, c: Candidate) -> bool:
    """Does a chief executive leave in the sentence ("leaves the chief executive role") and get replaced
    by the candidate's person ("… succeeded by finance chief A")?"""
    org, person = c.subj, c.obj
    if org.group != "Org" or person.group != "Person" or not person.explicit:
        return False
    m = _REPLACED_BY.search(sent.text, max(0, person.start - 60), person.start)
    if m is None:
        return False
    return re.search(rf"(?i)(?<![\w-])(?:{_ceo_title()})(?![\w-])", sent.text[:m.start()]) is not None \
        and (not org.explicit or org.end <= m.start())


#: An apposition that names a parent right after it: ", the investment arm of", ", la filiale de".
_PARENT_OF = re.compile(r"(?i),\s*(?:the|a|an|its|la|le|l[’']|une?)\s*(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|"
                        r"division|branch|affiliate|filiale|branche|bras)\s+(?:of|de|du|d[’'])\s*"
                        r"(?:l[’']|la\s+|le\s+|the\s+)?$")


#: A word of partnership: "partner", "partnership", "partenariat", "alliance", "teamed".
_PARTNERSHIP_WORD = re.compile(r"(?i)(?<![\w-])(?:partner\w*|partenai\w*|partenari\w*|alliances?|collaborat\w*|teamed|"
                               r"allied)(?![\w-])")


def _without_names(sent: Sentence) -> str:
    """The sentence's text with its names blanked ("Seventure Partners" says no partnership)."""
    text = sent.text
    for a in sent.args:
        if a.explicit:
            text = text[:a.start] + " " * (a.end - a.start) + text[a.end:]
    return text


#: A rival noun right before its possessor's name: "le principal concurrent de ", "the closest rival of ".
_RIVAL_NOUN_OF = re.compile(r"(?i)(?<![\w’'-])(?:concurrente?s?|rivale?s?|rivaux|competitors?|rivals?)\s+"
                            r"(?:(?:direct|directe|principal|principale|le\s+plus\s+\w+)\s+)?(?:de\s+|d[’']\s*|of\s+)$")
#: From the possessor's name to the rival's: " est ", " reste ", " is ", " remains the ".
_IS_RIVAL = re.compile(r"(?i)\s*(?:est|reste|demeure|serait|is|remains|was)\s+(?:(?:le|la|l[’']|the)\s*)?")
#: A name opening the sentence, called a rival with no possessor: "Y remains the most visible local rival",
#: "Y est le principal concurrent".
_NAME_IS_RIVAL = re.compile(r"(?i)\s+(?:is|remains|was|est|reste|demeure)\s+(?:(?:the|its|le|la|l[’']|son|sa)\s*)"
                            r"(?:[\w-]+\s+){0,3}?(?:rival|competitor|challenger|concurrent|concurrente)(?![\w-])"
                            r"(?!\s+(?:de|d[’']|of|to)\b)")


def _rival_named(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence call one of the candidate's organisations the other's rival: "Le principal concurrent de
    X est Y", "X's main rival is Y" (names apart by a copula), or "Y remains the best-known rival" (opening the
    sentence, the other end the passage's company)?"""
    if c.subj.group != "Org" or c.obj.group != "Org":
        return False
    if c.subj.explicit and c.obj.explicit:
        first, second = sorted((c.subj, c.obj), key=lambda a: a.start)
        return _RIVAL_NOUN_OF.search(sent.text, max(0, first.start - 50), first.start) is not None \
            and _IS_RIVAL.fullmatch(sent.text, first.end, second.start) is not None
    named, topic = (c.subj, c.obj) if c.obj.kind == "topic" else (c.obj, c.subj)
    return topic.kind == "topic" and named.explicit and named.start <= 3 \
        and _NAME_IS_RIVAL.match(sent.text, named.end) is not None


def _other_item(sent: Sentence, c: Candidate) -> bool:
    """Are the candidate's person and organisation in two items of a list apart by semicolons (after a colon
    or a semicolon), the organisation's item naming another person first ("…: A, a former X engineer; B, who
    ran Y at Z")?"""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not (person.explicit and org.explicit):
        return False
    lo, hi = sorted((person.start, org.start))
    if ";" not in sent.text[lo:hi]:
        return False
    item = max(sent.text.rfind(";", 0, org.start), sent.text.rfind(":", 0, org.start))
    return item >= 0 and org.source != "anaphor" and any(
        a.explicit and a.group == "Person" and a.key != person.key and item < a.start < org.start for a in sent.args)


#: Backers announced before a colon, then the opening of one of the items of their list (items apart by
#: semicolons, each a name and its description): "several angel investors from …: A, a former X; B,
#: who ran Y; and ", "plusieurs business angels : A, ancien de X ; ".
_BACKER_LIST_ITEM = re.compile(r"(?i)(?<![\w-])(?:angels?|angel\s+investors|business\s+angels|investors|backers|"
                               r"investisseurs|investisseuses)\b[^.;:!?]{0,100}:\s*(?:[^.;:!?]{1,200};\s*)*"
                               r"(?:(?:and|et)\s+)?$")
#: The phrase right before a successor's name: "s'est effacé au profit de", "stepped aside in favour of", a
#: hand-over ("cède son fauteuil à", "passe la main à", "hands over to"), "is succeeded by", "remplacé par".
_SUCCESSOR_BEFORE = re.compile(
    r"(?i)(?:au\s+profit\s+d(?:e\s+|[’'])|in\s+favou?r\s+of\s+"
    r"|(?<![\w’'-])(?:(?:cède|cèdent|a\s+cédé|cédera)\s+(?:son|sa|le|la)\s+(?:fauteuil|place|poste|siège)\s+à|"
    r"passe\s+(?:la\s+main|le\s+relais|les\s+rênes|le\s+témoin)\s+à|"
    r"hands?\s+over\s+(?:the\s+(?:reins|job|role)\s+)?to|handing\s+over\s+to|"
    r"(?:is|was|will\s+be)\s+succeeded\s+by|remplacée?\s+par)\s+)$")
#: The words before a successor named as such: "Her successor is", "His successor as chief executive will be",
#: "Son successeur est", "Sa remplaçante sera".
_SUCCESSOR_IS = re.compile(
    r"(?i)(?<![\w’'-])(?:(?:her|his|their)\s+successor(?:\s+as\s+(?:chief\s+executive|ceo))?\s+(?:is|will\s+be)|"
    r"(?:son|sa)\s+(?:successeur|successeure|successrice|remplaçante?)(?:\s+à\s+la\s+direction\s+générale)?\s+"
    r"(?:est|sera))\s+$")
#: An adviser named as such right before the person: "conseillés par", "advised by", "represented by".
_ADVISED_BY = re.compile(r"(?i)(?<![\w’'-])(?:conseillée?s?|accompagnée?s?\s+juridiquement|représentée?s?|assistée?s?|"
                         r"advised|represented|counselled|counseled)\s+(?:[\w’'-]+\s+){0,2}?(?:par|by)\s+$")
#: A relative clause on the person named right before, up to the organisation: ", who spent years at ",
#: ", qui a passé dix ans chez ".
_WHO_CLAUSE = re.compile(r"\s*,\s*(?:who|qui)\s[^,;:.]*$")
#: A purchase between two names: "agreement to acquire", "pour racheter", "l'acquisition de".
_ACQUIRING = re.compile(r"(?i)(?<![\w-])(?:to\s+(?:acquire|buy|purchase|take\s+over)|acquisition\s+of|"
                        r"(?:de|pour)\s+racheter|d[’']acquérir|(?:le\s+)?rachat\s+d[eu’']|l[’']acquisition\s+d[eu’'])"
                        r"(?![\w-])")


def _portfolio_round(sent: Sentence, amount: Arg) -> bool:
    """Is the amount a round's ("l'amorçage de 4 M€", "its $5 million seed") rather than a fund's (no "fonds",
    "fund", "véhicule" around it)?"""
    around = sent.text[max(0, amount.start - 50):amount.end + 30]
    return round_word_re(sent.lang).search(around) is not None \
        and re.search(r"(?i)(?<![\w-])(?:fonds|funds?|véhicule|vehicle|millésime|vintage)(?![\w-])", around) is None


def _joined_named_round(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's subject listed after a joining phrase ("auquel a participé", "joined by") that
    follows, past a comma, a round named with the candidate's object ("la levée de 2 M€ de X,
    à laquelle a participé Y")?"""
    inv, org = c.subj, c.obj
    if not (inv.explicit and org.explicit) or org.group != "Org" or org.end > inv.start:
        return False
    joiners = _joiners_re(sent.lang)
    comma = re.compile(r"\s*,\s*").match(sent.text, org.end)
    m = joiners.match(sent.text, comma.end()) if joiners is not None and comma is not None else None
    if m is None or not _listed_after(sent, m.end(), inv):
        return False
    return round_word_re(sent.lang).search(sent.text, max(0, org.start - 80), org.start) is not None \
        and re.search(r"(?:de|du|d[’']|of)\s*$", sent.text[max(0, org.start - 6):org.start]) is not None


def _partner_title_only(sent: Sentence) -> bool:
    """Is every partnership word of the sentence a job title, right between an organisation and a person
    ("Kerlo partner Ana Roux")?"""
    words = list(_PARTNERSHIP_WORD.finditer(sent.text))
    if not words:
        return False
    for w in words:
        org = any(x.explicit and x.group == "Org" and x.end <= w.start()
                  and re.fullmatch(r"\s*", sent.text[x.end:w.start()]) for x in sent.args)
        person = any(x.explicit and x.group == "Person" and x.start >= w.end()
                     and re.fullmatch(r"\s*", sent.text[w.end():x.start]) for x in sent.args)
        if not (org and person):
            return False
    return True


def _own_phrases(sent: Sentence, a: Arg, b: Arg) -> bool:
    """Does each of two round participants have its own participation phrase ("A led the round, and B
    participated"): a clause break between them, each one opening its clause?"""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = sent.text[first.end:second.start]
    own = _phrase_re("round_participation", sent.lang)
    return re.search(r"(?i),\s*(?:and|et|while|tandis\s+que)\s*$|;\s*$", gap) is not None \
        and len(re.findall(r"[^\W\d]+", gap)) >= 3 and own is not None and own.match(gap.lstrip()) is not None


def _rivals_listed(sent: Sentence, c: Candidate) -> bool:
    """Are the candidate's two ends rivals by a rivalry phrase, or both rivals of a third name (a list after
    "competes with", "croise le fer avec")?"""
    a, b = c.subj, c.obj
    if not (a.explicit and b.explicit) or a.group not in ("Org", "Product") or b.group not in ("Org", "Product"):
        return False
    if rivalry(sent, a, b) or rivalry(sent, b, a):
        return True
    return any(q.explicit and q.key not in (a.key, b.key) and q.group in ("Org", "Product")
               and (rivalry(sent, q, a) or rivalry(sent, a, q)) and (rivalry(sent, q, b) or rivalry(sent, b, q))
               for q in sent.args)


def _cleft_end(sent: Sentence, amount: Arg) -> int | None:
    """Where the cleft after an amount that opens the sentence ends ("4 M€ : c'est la somme que", "$40
    million: that's how much"; lexicon ``cleft_amount``), if there is one."""
    rx = _phrase_re("cleft_amount", sent.lang)
    if rx is None or amount.kind != "amount" or not re.fullmatch(r"\W*", sent.text[:amount.start]):
        return None
    gap = re.match(r"\s*[:,.–—-]?\s*", sent.text[amount.end:])
    m = rx.match(sent.text, amount.end + (len(gap.group()) if gap is not None else 0))
    return m.end() if m is not None else None


def _cleft_amount(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's amount one that opens the sentence with a cleft (:func:`_cleft_end`) that names
    the candidate's organisation within a few words ("… c'est la somme qu'a levée X")?"""
    amount, org = c.obj, c.subj
    end = _cleft_end(sent, amount) if org.explicit and org.group == "Org" else None
    if end is None or org.start < end or len(re.findall(r"[^\W\d]+", sent.text[end:org.start])) > 6:
        return False
    return not any(a.explicit and a.group == "Org" and end <= a.start < org.start for a in sent.args)


#: A relative clause of raising right before an amount: "X, une spin-off de Y qui a levé", "X, which
#: raised".
_RAISED_RELATIVE = re.compile(r"(?i)(?<![\w’'-])(?:qui|which|that|who)\s+(?:(?:a|avait|has|had|have|already|"
                              r"déjà|just|recently|also|aussi|également)\s+)*(?:levé|raised|récolté|obtenu|bouclé|"
                              r"collecté|empoché|secured|landed|banked|took\s+in|pulled\s+in|"
                              r"(?:vient|venait)\s+de\s+lever)\s+(?:[\w’'-]+\s+){0,2}$")


#: A round's leader's verb right before the round's amount: "led its €7 million", "a mené le tour de 5 M€ de".
_LED_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:led|co-led|co-leads|leads|headed|mène|mené|menée|co-mené|conduit)\s+"
                         r"(?:(?:its|their|the|a|an|son|sa|leur|le|la|un|une)\s+)?(?:[\w’'-]+\s+){0,3}?(?:de\s+|of\s+)?$")


#: A relative clause that makes the name before it a round's leader: ", which led", ", qui avait mené".
_LEADER_AFTER = re.compile(r"(?i)\s*,\s*(?:which|who|that|qui)\s+(?:(?:also|had|has|have|a|avait|ont|avaient|déjà|"
                           r"already)\s+)*(?:led|co-led|mené|co-mené|conduit)(?![\w’'-])")
#: The same clause right before the company whose round the name led: ", which led " + "X's Series A",
#: ", qui avait mené le tour d'amorçage de " + "X" (:func:`_led_named`).
_LED_OF = re.compile(_LEADER_AFTER.pattern + r"\s+(?:(?:le|la|l[’'])\s*(?:[\w’'-]+\s+){0,4}?(?:de\s+|d[’']\s*))?$")


#: After a round's amount, the round and that it closed: "€3 million bridge is now closed", "€6m seed round has
#: closed", "de 4 M€ est bouclée", "millions d'euros a été finalisé".
_CLOSED_AFTER = re.compile(r"(?i)\s*(?:(?:pre-?seed|seed|series\s+[a-h]|bridge|d[’']amorçage|de\s+série\s+[a-h])\s+)?"
                           r"(?:(?:extension|round|raise|financing|funding|seed|tour|levée|série\s+[a-h])\s+)?"
                           r"(?:is|was|has\s+been|has|est|a\s+été)\s+(?:now\s+|officially\s+|désormais\s+|officiellement\s+)?"
                           r"(?:closed|completed|bouclée?|finalisée?|clôturée?)\b")


def _possessive_led(sent: Sentence, c: Candidate) -> bool:
    """Is the amount a round a leader "led its …" and the candidate's subject what "its" stands for: the
    passage's company unnamed here, or the organisation the sentence opens with in the possessive?"""
    led = _LED_BEFORE.search(sent.text, max(0, c.obj.start - 40), c.obj.start)
    if led is None or not re.search(r"(?i)\b(?:its|their|our|son|sa|leur|notre)\s", led.group()):
        return False
    if not c.subj.explicit:
        return c.subj.group == "Org" and not any(
            a.explicit and a.group == "Org" and re.match(r"['’]s\s", sent.text[a.end:]) for a in sent.args)
    first = next((a for a in sent.args if a.explicit and a.group == "Org"), None)
    return first is not None and (first.start, first.key) == (c.subj.start, c.subj.key) \
        and re.match(r"['’]s\s", sent.text[c.subj.end:]) is not None


#: The sentence subject's own raising verb right before the amount, maybe past an apposition on it: "La société,
#: dirigée par A, a levé", "Zentri, a Leeds startup, has raised", "Zentri annonce un pré-amorçage de".
_SUBJECT_RAISED = re.compile(r"(?i)^(?:\s*,[^,;:()«»“”]{3,120},)?\s+(?:(?:a|avait|has|had|have|vient\s+de|just|"
                             r"recently|also|aussi|également|déjà|already)\s+)*(?:levé|lève|raised|raises|réuni|"
                             r"récolté|collecté|secured|landed|banked|bouclé|boucle|"
                             r"(?:annonce|a\s+annoncé|officialise|a\s+officialisé)\s+(?:ainsi\s+|aussi\s+)?"
                             r"(?:un|une|son|sa)\s+(?:nouveau\s+|nouvelle\s+|premier\s+|première\s+)?"
                             r"(?:tour(?:\s+de\s+table)?|tour\s+d[’']amorçage|(?:pré-?)?amorçage|levée(?:\s+de\s+fonds)?|"
                             r"série\s+[a-h]|financement)\s+(?:de|d[’']))\s*"
                             r"(?:(?:about|nearly|some|over|more\s+than|près\s+de|plus\s+de|environ)\s+)?$")


def _subject_raiser(sent: Sentence, amount: Arg) -> Arg | None:
    """The organisation that opens the sentence and raised the amount by its own verb, an apposition aside
    that names no other organisation ("La société, dirigée par la chimiste A, a levé 2 M€")."""
    if amount.kind != "amount" or not amount.explicit:
        return None
    first = next((a for a in sent.args if a.explicit and a.kind == "entity"), None)
    if first is None or first.group != "Org" or re.search(r"\w", sent.text[:first.start]) and first.start > 3 \
            or first.end > amount.start:
        return None
    if _SUBJECT_RAISED.match(sent.text[first.end:amount.start]) is None \
            or any(a.explicit and a.group == "Org" and first.end <= a.start < amount.start for a in sent.args):
        return None
    return first


def relative_raiser(sent: Sentence, amount: Arg) -> Arg | None:
    """The organisation a relative clause of raising gives the amount to: the nearest one before the
    relative pronoun that is not itself the complement of an apposition ("Veltis, une spin-off de
    l'INSA, qui a levé 3 millions": Veltis, not the INSA)."""
    if amount.kind != "amount" or not amount.explicit:
        return None
    m = _RAISED_RELATIVE.search(sent.text, max(0, amount.start - 100), amount.start)
    return _antecedent(sent, m.start()) if m is not None else None


def _antecedent(sent: Sentence, at: int) -> Arg | None:
    """The organisation a relative pronoun at offset ``at`` stands for: the nearest one before it that is not
    the complement of an apposition (past places; no person between)."""
    for a in sorted((a for a in sent.args if a.explicit and a.kind == "entity" and a.end <= at), key=lambda a: -a.end):
        if a.group == "Org" and not (_of_apposition(sent, a) or _apposition_complement(sent, a)):
            return a
        if a.group not in ("Org", "Place"):
            return None
    return None


_RESPECTIVELY = re.compile(r"(?i)(?<![\w-])(?:respectively|respectivement|respectifs|respectives)(?![\w-])")
#: Between two items of a coordinated list of names or sums: "A and B", "A, B et C", "$8 million and up to $3 million".
_PAIR_GAP = re.compile(r"(?i)\s*,?\s*(?:(?:and|et|&|or|ou)\s+)?(?:(?:up\s+to|jusqu[’']à)\s+)?")


def _runs(sent: Sentence) -> list[list[Arg]]:
    """The sentence's coordinated lists of two names or sums of one kind or more, in order."""
    items = sorted((a for a in sent.args if a.explicit and a.kind in ("entity", "amount")), key=lambda a: a.start)
    runs: list[list[Arg]] = []
    for a in items:
        last = runs[-1][-1] if runs else None
        if last is not None and last.end <= a.start and (last.kind, last.group) == (a.kind, a.group) \
                and _PAIR_GAP.fullmatch(sent.text, last.end, a.start):
            runs[-1].append(a)
        else:
            runs.append([a])
    return [r for r in runs if len(r) >= 2]


def respective_pairs(sent: Sentence) -> dict[int, tuple[int, int]]:
    """"A and B … X and Y respectively", "respectivement X et Y", "the pair worked at X and Y respectively":
    each item's start → (its list, its rank), for the two lists that "respectively" pairs by rank (the
    list right before or right after the word, and an earlier list as long; or, for organisations, the
    people the sentence names before them when there are as many). Empty without such lists."""
    m = _RESPECTIVELY.search(sent.text)
    if m is None:
        return {}
    runs = _runs(sent)
    second = next((r for r in runs if re.fullmatch(r"[\s,]*", sent.text[r[-1].end:m.start()])), None) \
        or next((r for r in runs if re.fullmatch(r"[\s,:]*", sent.text[m.end():r[0].start])), None)
    if second is None:
        return {}
    n = len(second)
    first = next((r for r in runs if len(r) == n and r[-1].end <= second[0].start), None)
    if first is None and second[0].group == "Org":
        people = [a for a in sent.args if a.explicit and a.group == "Person" and a.end <= second[0].start]
        first = people if len(people) == n else None
    if first is None:
        return {}
    return {a.start: (k, i) for k, run in enumerate((first, second)) for i, a in enumerate(run)}


@lru_cache(maxsize=1)
def _speaker_cues() -> dict[str, re.Pattern]:
    """The lexicon's ``speaker_relation_cues``: what a sentence must say for a quotation's "we" to take part
    in a rivalry, an investment, a partnership or a purchase."""
    cues = {k: v for k, v in lexicon()["speaker_relation_cues"].items() if k != "_comment"}
    return {rel: re.compile(rf"(?i)(?<![\w’'-])(?:{alternation(words)})") for rel, words in cues.items()}


@lru_cache(maxsize=1)
def _making_verb() -> re.Pattern:
    """A verb of making a product in either language (lexicon ``making_verbs``): "we built X", "nous avons
    conçu X" (a quotation's "we" makes a product only with one)."""
    verbs = [v for k, vs in lexicon()["making_verbs"].items() if k != "_comment" for v in vs]
    return re.compile(rf"(?i)(?<![\w’'-])(?:{alternation(verbs)})")


#: A person joining in a role: "joined as CFO", "joins the company as its chief scientist", "a rejoint l'équipe
#: en tant que directrice financière", "rejoint Zentri comme CTO".
_JOINED_AS = re.compile(r"(?i)(?<![\w’'-])(?:joined|joins|join|rejoint|rejoindra|a\s+rejoint)\s+(?:[\w’'-]+\s+){0,4}?"
                        r"(?:as|en\s+tant\s+que|comme|au\s+poste\s+de)\s+"
                        r"(?!(?:(?:a|an|the|its|un|une|le|la|l[’'])\s*)?(?:(?:new|nouvel|nouveau|nouvelle|lead|strategic|"
                        r"minority|major)\s+)?(?:investors?|backers?|shareholders?|actionnaires?|investisseurs?|"
                        r"co-?investors?|limited\s+partners?)\b)")


#: A founding verb right before the organisation it founded: "a lancé", "a monté", "avait créé", "launched",
#: "set up".
_LAUNCHED = re.compile(r"(?i)(?<![\w’'-])(?:(?:a|avait|ont|avaient|has|had)\s+)?(?:lancé|monté|créé|fondé|cofondé|"
                       r"co-fondé|launched|started|set\s+up|founded|co-founded|cofounded)\s+$")


#: A founding participle, maybe its year, then the city: "(a été) créée en 2018 à", "was founded in 2017 in".
_FOUNDED_IN_CITY = re.compile(r"(?i)(?<![\w’'-])(?:(?:co-?)?fondée?s?|cofondée?s?|créée?s?|founded|co-founded|"
                              r"established|set\s+up|started)\s+(?:(?:en|in)\s+\d{4}\s+)?(?:à|a|in)\s+$")


#: A running verb in the passive between an organisation and the person who runs it: "Zentri est présidée par",
#: "Elle est dirigée depuis 2021 par", "Zentri is run by".
_IS_RUN_BY = re.compile(r"(?i)^\s+(?:est|était|a\s+été|is|was|has\s+been)\s+(?:(?:aujourd[’']hui|désormais|now|"
                        r"currently)\s+)?(?:dirigée?|présidée?|pilotée?|run|headed|led)\s+(?:depuis\s+\d{4}\s+|"
                        r"since\s+\d{4}\s+)?(?:par|by)\s+(?:(?:le|la|l[’']|son|sa|its|the)\s*)?(?:[\w-]+\s+){0,2}?$")


#: The chief's job given to its holder without naming the company: "la direction générale sera désormais assurée
#: par ", "la direction générale a été confiée à ".
_CHIEF_JOB_BY = re.compile(r"(?i)(?<![\w’'-])(?:la\s+)?direction\s+générale\s+(?:est|sera|a\s+été|était|reste)\s+"
                           r"(?:désormais\s+|aujourd[’']hui\s+)?(?:assurée|confiée|occupée)\s+(?:depuis\s+\S+\s+)?"
                           r"(?:par|à)\s+$")


def _chief_job_by(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the one the passage's company's chief job "est assurée par" (:data:`_CHIEF_JOB_BY`)?"""
    org, person = c.subj, c.obj
    return org.group == "Org" and person.group == "Person" and person.explicit \
        and (org.kind == "topic" or org.source == "anaphor" and org.end <= person.start) \
        and _CHIEF_JOB_BY.search(sent.text, max(0, person.start - 90), person.start) is not None


def _is_run_by(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's person the one its organisation "est dirigée par", "is run by" (:data:`_IS_RUN_BY`)?"""
    org, person = c.subj, c.obj
    return org.group == "Org" and person.group == "Person" and org.explicit and person.explicit \
        and org.end <= person.start and _IS_RUN_BY.match(sent.text[org.end:person.start]) is not None


#: An office that is not the seat, right before a city (maybe after the first one of a list): "ses bureaux de
#: Rennes et de", "un bureau à", "offices in", "a sales office in", "une antenne à".
_OFFICE_BEFORE = re.compile(r"(?i)(?<![\w-])(?<!head\s)(?<!main\s)(?:bureaux|bureau|antenne|antennes|offices?|"
                            r"branch(?:es)?)\s+(?:[a-zé-]+\s+)?(?:de|d[’']|à|a|en|in|at)\s*"
                            r"(?:[A-ZÀ-Ý][\w-]+\s+(?:et|and)\s+(?:de\s+|d[’']|à\s+|in\s+)?)?$")

#: "-based" and a company noun after a city that opens the sentence, with no name after it: "The Nagoya-based
#: group took…" describes the subject it opens, not another name of the sentence.
_BASED_NOUN = re.compile(r"-based\s+(?:[a-z][\w-]*\s+){0,2}?(?:company|firm|group|maker|manufacturer|startup|"
                         r"start-up|lender|bank|fund|investor|insurer|provider|operator|giant|chipmaker)\b(?!\s+[A-Z])")
#: A site that is not the seat, right before a city: "dont le centre d'essais de", "its research centre
#: in", "ses usines de", "a plant in", "its engineers in" (a centre needs a qualifier: "le centre de Paris" is the
#: city's).
_SITE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:(?:centres?|centers?)\s+(?:(?:de|d[’']|du|des|for)\s+)?[\w&’'-]+\s+"
                          r"(?:[\w&’'-]+\s+){0,2}?|(?:design|research|R&D|engineering|development|data)\s+"
                          r"(?:centres?|centers?)\s+|(?:usines?|plants?|factor(?:y|ies)|entrepôts?|warehouses?|"
                          r"équipes?|engineers|developers|researchers|ingénieurs|chercheurs)\s+(?:[\w&’'-]+\s+){0,2}?"
                          r"|(?:équipes?|engineers|developers|researchers|ingénieurs|chercheurs)\s+(?:[\w&’'-]+\s+){0,4}?"
                          r"(?:sont|are|work|travaillent|restent|remain)\s+(?:(?:installée?s|basée?s|based|located|"
                          r"implantée?s)\s+)?)"
                          r"(?:de|d[’']|à|en|in|at|near|outside)\s*(?:(?:la|le|l[’']|the)\s*)?$")
#: Between two backers of one round: "A also invested, as did B", "A a aussi participé, tout comme B".
_CO_INVESTED = re.compile(r"(?i)\s+(?:(?:has|have|had|a|ont)\s+)?(?:also\s+|aussi\s+|également\s+)?"
                          r"(?:invested|participated|took\s+part|joined|chipped\s+in|came\s+in|investi|participé|suivi)\s*,?\s*"
                          r"(?:as\s+did|as\s+well\s+as|along\s+with|like|tout\s+comme|de\s+même\s+que|comme|ainsi\s+que)\s+"
                          r"(?:(?:the|le|la|l[’'])\s*)?")
#: A grant or loan in apposition right after the giver's name or the sum: ", a public grant for its research",
#: ", une subvention sans contrepartie au capital".
_GRANT_APPOSED = re.compile(r"(?i)\s*,\s*(?:a|an|une?|the|la|le)\s+(?:[\w-]+\s+){0,2}?(?:grants?|subventions?|loans?|"
                            r"prêts?|avances?\s+remboursables?|aides?\s+publiques?|dons?|prizes?|prix)\b")


_CLAUSE_STOP = re.compile(r"[,;:.()]")


def _grant_apposed_after(sent: Sentence, amount: Arg) -> bool:
    """Is the sum's clause (the sum, maybe its giver after "de"/"from") closed by a grant's apposition ("90 000
    euros du fonds X, une subvention…")?"""
    stop = _CLAUSE_STOP.search(sent.text, amount.end, amount.end + 80)
    end = stop.start() if stop is not None else min(len(sent.text), amount.end + 80)
    return _GRANT_APPOSED.match(sent.text, end) is not None or _AS_GRANT.search(sent.text, amount.end) is not None


#: A company's apposition, then a relative clause that says it raised: ", a Leeds company founded by A, which raised ".
_WHICH_RAISED = re.compile(r"(?i)\s*,[^;:()]{1,100}?,\s*(?:which|qui)\s+(?:has\s+|had\s+|a\s+|avait\s+)?"
                           r"(?:raised|closed|secured|levé|bouclé|lève)\b")
#: A round's source phrase between its raiser and an investor: "… raised $9m in May in a round led by ", "… from ".
_SOURCE_BETWEEN = re.compile(r"(?i)\b(?:led\s+by|co-led\s+by|from|mené\s+par|menée\s+par|auprès\s+d)")


def _raiser_before(sent: Sentence, investor: Arg) -> Arg | None:
    """The organisation named before ``investor`` as the subject of a raise ("Kerlo, which sells robots, raised
    $9 million from X": Kerlo), with a round's source phrase ("led by", "from") between the sum and the investor."""
    if not investor.explicit:
        return None
    raisers = [a for a in sent.args if a.explicit and a.group == "Org" and a.source != "anaphor"
               and a.end <= investor.start and (RAISED_AFTER.match(sent.text, a.end)
                                                or _WHICH_RAISED.match(sent.text, a.end))]
    if not raisers or not _SOURCE_BETWEEN.search(sent.text, raisers[-1].end, investor.start):
        return None
    return raisers[-1]


def _backer_of_antecedent(sent: Sentence, company: Arg, investor: Arg) -> bool:
    """Is ``investor`` named in a relative clause on another organisation after ``company`` ("Zentri competes
    with Kerlo, which counts X among its backers", "…, qui compte X parmi ses actionnaires")?"""
    if company.end > investor.start:
        return False
    return any(a.group == "Org" and a.explicit and a.key != company.key and company.end <= a.start
               and a.end <= investor.start
               and re.fullmatch(r"\s*,\s*(?:which|who|that|qui|dont)\s[^,;:()]*", sent.text[a.end:investor.start])
               is not None for a in sent.args)


#: A purchase completed, right before the company bought: "completed its acquisition of Perth payroll start-up ",
#: "a finalisé le rachat de l'éditeur ".
_COMPLETED_PURCHASE = re.compile(r"(?i)(?<![\w’'-])(?:completed|closed|finali[sz]ed|finalisé|finalise|bouclé|conclu)\s+"
                                 r"(?:its|their|the|son|sa|le|la|l[’'])\s*(?:acquisition|purchase|takeover|rachat|"
                                 r"reprise)\s+(?:of|de|du|d[’'])\s*(?:(?:la|le|l[’']|the)\s*)?"
                                 r"(?:[^\W\d][\w’'-]*\s+){0,5}?$")


def _completed_purchase(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence say its first company (the others before the phrase only in brackets, a ticker) completed
    its purchase of the candidate's object, named right after the phrase?"""
    if not (c.subj.explicit and c.obj.explicit and c.subj.group == "Org" and c.obj.group == "Org"
            and c.subj.end <= c.obj.start and c.subj.source != "anaphor"):
        return False
    if _COMPLETED_PURCHASE.search(sent.text, max(0, c.obj.start - 90), c.obj.start) is None:
        return False
    orgs = [a for a in sent.args if a.explicit and a.group == "Org" and a.start < c.obj.start
            and sent.text.count("(", 0, a.start) <= sent.text.count(")", 0, a.start)]     # (not "(ASX: KRL)")
    return len(orgs) == 1 and orgs[0].start == c.subj.start


#: An indefinite noun right before a demonym: "un fonds genevois", "une banque bâloise".
_INDEFINITE_NOUN = re.compile(r"(?i)(?<![\w’'-])(?:un|une|des|d[’'])\s*(?P<noun>[\w-]+)\s+$")


def _in_persons_relative(sent: Sentence, org: Arg, place: Arg) -> bool:
    """Is ``org`` named inside a relative clause about a person, closed before ``place``: "A, qui dirigeait
    la société, ouvre une librairie à X", "B, who ran the company, now lives in Y"?"""
    if not org.explicit or org.end > place.start:
        return False
    return any(p.group == "Person" and p.explicit and p.end <= org.start
               and re.fullmatch(r"\s*,\s*(?:qui|who)\s[^,;()]*", sent.text[p.end:org.start]) is not None
               and (closed := re.match(r"[^,;()]*,", sent.text[org.end:place.start])) is not None
               and not _APPOSED_AFTER.match(sent.text, org.end + closed.end()) for p in sent.args)


#: The start of an apposition on the name before it, not of the main clause: ", also based in", ", the Lyon bank".
_APPOSED_AFTER = re.compile(r"(?i)\s*(?:(?:also|too|itself|elle-même)\s+)?(?:based|headquartered|located|basée?|"
                            r"installée?|établie?|implantée?|the|a|an|la|le|l[’']|une?|dont|which|qui|whose)\b")


#: A career's employer right after these words: "venu d'", "passée par", "un début de carrière chez", "spent
#: six years at", "formerly at".
_CAREER_AT = re.compile(r"(?i)(?<![\w’'-])(?:venue?s?\s+(?:de\s+|d[’']\s*|du\s+)|passée?s?\s+par\s+|"
                        r"carrière\s+chez\s+|years\s+at\s+|formerly\s+(?:at|of)\s+|previously\s+at\s+|"
                        r"ans\s+chez\s+|worked\s+at\s+)(?:(?:la|le|les|l[’']|the)\s*)?$")
#: A seat's own words before its city: "siège", "établie à", "based in", "headquartered in".
_SEAT_WORD = re.compile(r"(?i)(?<![\w’'-])(?:siège|sièges|établie?s?|basée?s?|based|headquartered|headquarters|"
                        r"head\s+office)\b")
#: An apposition's backing of the name before it, up to one of its backers: ", backed by ", ", soutenu par A et ".
_BACKED_APPOSITION = re.compile(r"(?i),\s*(?:(?:itself|lui-même|elle-même)\s+)?(?:backed|funded|owned|controlled|"
                                r"supported|soutenue?s?|financée?s?|détenue?s?|adossée?s?)\s+(?:by|par|à)\s+"
                                r"(?:[^,;.()]*?\s(?:and|et)\s+|[^,;.()]*?,\s*)?$")


def _backer_in_apposition(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's investor named in an apposition that says who backs the name before it ("X, backed by
    A and B, led a round in Z"), the apposition closed before the candidate's company?"""
    investor, company = c.subj, c.obj
    m = _BACKED_APPOSITION.search(sent.text, max(0, investor.start - 80), investor.start)
    if m is None:
        return False
    close = sent.text.find(",", investor.end)
    return close >= 0 and company.explicit and company.start > close


#: A "-based" description closing a sentence as the subject of its reporting verb: "-based motor maker announced".
_BASED_SAYS = re.compile(r"(?i)-based\s+(?:[\w-]+\s+){0,4}?(?:company|maker|manufacturer|group|firm|startup|start-up|"
                         r"lender|bank|fund|investor|insurer|provider|operator|giant)\s+(?:said|says|announced|announces|"
                         r"confirmed|confirms|added|reported)\b")
#: An apposition's opening right before a subsidiary's noun: "X" + ", la " + "filiale de…".
_APPOSED_HEAD = re.compile(r",\s*(?:la|une|sa|the|a|an|its)\s+$")
#: A subsidiary set up somewhere, up to its city: "a U.S. subsidiary, Zentri Inc., in ", "une filiale à ".
_SUBSIDIARY_IN = re.compile(r"(?i)(?<![\w-])(?:subsidiary|subsidiaries|filiale|filiales|succursale|branch)\b"
                            r"[^.;:]{0,70}?\s(?:in|à|en|au)\s+$")
#: A departure's new post right before the organisation: "a quitté X pour devenir directeur technique de ", "left X
#: to join ", "left to become chief executive of ", "left in May and has since joined ".
_LEFT_TO_BECOME = re.compile(r"(?i)(?<![\w’'-])(?:quitté|quitte|left|leaving|leaves)\b[^.;:()]{0,50}?\s"
                             r"(?:(?:pour|to)\s+(?:(?:devenir|become)\s+(?:[\w’'-]+\s+){0,4}?(?:de|du|d[’']|of|at|chez)|rejoindre|join)"
                             r"|(?:has|have)\s+since\s+joined|a\s+depuis\s+rejoint)\s*(?:(?:la|le|l[’']|the)\s*)?$")
#: A person's past or present post right before the organisation: "était ingénieure réseau chez ",
#: "was a data scientist at ", or the lab of a parent one worked in: "a travaillé au laboratoire X du " (the city after
#: "X, à Y" is where the person worked).
_WORKED_CHEZ = re.compile(r"(?i)(?<![\w’'-])(?:(?:était|étais|a\s+été|avait\s+été|was|had\s+been|worked\s+as)\s+"
                          r"(?:[\w’'-]+\s+){1,7}?(?:chez|at|for)\s+(?:(?:la|le|les|l[’']|the)\s*)?"
                          r"|(?:a|avait|ont)\s+travaillé\s+(?:au|à\s+la|à\s+l[’']|chez|pour)\s*(?:[\w’'-]+\s+){0,5}?"
                          r"(?:du|de\s+la|de\s+l[’']|des)\s*)$")
#: A move or a seat that almost was, or only was thought of, right before the place: "a failli déménager à",
#: "a envisagé de s'installer à", "nearly moved to", "considered relocating to".
_ALMOST = re.compile(r"(?i)(?<![\w-])(?:failli|faillit|almost|nearly|aurait\s+pu|auraient\s+pu|could\s+have|"
                     r"envisagée?s?\s+de|considered|considering|hésité\s+à|songé\s+à|thought\s+about)\s+"
                     r"(?:[\w’'-]+\s+){0,3}?(?:à|a|en|au|in|to|for|pour|vers)\s+(?:(?:la|le|les|l[’'])\s*)?$")
#: Where an organisation is present or sells, not where it is from: "implantée en Suisse et au", "operates in",
#: "expanding into", "s'implanter au", "customers in".
_PRESENT_IN = re.compile(r"(?i)(?<![\w-])(?:présente?s?|implantée?s?|active?s?|s['’]implanter|s['’]étendre|expansion|"
                         r"déploie|déployée?|clients?|marchés?|present|operates|operating|operations|active|expanding|"
                         r"expands?|expansion|customers|clients|markets?|sells?|available)\s+(?:\w+\s+){0,2}?"
                         r"(?:en|au|aux|dans|in|into|to|across)\s+(?:l[’']|la\s+|le\s+|les\s+|the\s+)?"
                         r"(?:[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?\s*(?:,|et|and)\s+(?:en\s+|au\s+|aux\s+|in\s+)?"
                         r"(?:l[’']|la\s+|le\s+|les\s+|the\s+)?)?$")

#: A fund right before its size: "boucle son fonds II à", "closed Fund IV at", "a new fund of"
#: (not a round's "levée de fonds").
_FUND_SIZE = re.compile(r"(?i)(?<![\w-])(?<!levée\sde\s)(?<!levées\sde\s)(?<!lever\sdes\s)(?<!levé\sdes\s)"
                        r"(?<!lève\sdes\s)(?<!lèvent\sdes\s)(?<!levant\sdes\s)(?<!recherche\sde\s)(?:fonds(?!\s+propres)|fund|véhicule|vehicle)(?:\s+[IVX]+\b|\s+[\w-]+){0,2}?\s+"
                        r"(?:à|de|d[’']|of|at|worth|totall?ing)\s+(?:plus\s+de\s+|more\s+than\s+|about\s+|environ\s+)?$")


@lru_cache(maxsize=1)
def _city_noun_before() -> re.Pattern:
    """A city's name used as a modifier, then a few words and an organisation's type noun, right before the
    name: "Dublin venture firm X", "London fintech Y", "Boston startup Z" (lexicon ``type_nouns``)."""
    nouns = [n for g in ("Company", "InvestmentFirm", "ResearchLab") for n in lexicon()["type_nouns"][g]
             if re.fullmatch(r"[a-z][a-z -]+", n)]
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:VC\s+)?(?:{alternation(nouns)})\s+$")


def _city_modifier(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's city the modifier of its organisation's description, right before the name ("led by
    Dublin venture firm X")? English only."""
    org, city = c.subj, c.obj
    if sent.lang != "en" or org.group != "Org" or city.type != "City" or not (org.explicit and city.explicit) \
            or org.source == "anaphor" or city.end >= org.start:
        return False
    return _city_noun_before().fullmatch(sent.text, city.end, org.start) is not None


def _founded_in_city(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's city where its organisation, the sentence's first, was founded ("Zentri a été fondée en
    2018 à Annecy", "Founded in 2017 in Leeds, Zentri…")?"""
    org, city = c.subj, c.obj
    if org.group != "Org" or city.type != "City" or not city.explicit or org.source == "anaphor":
        return False
    m = _FOUNDED_IN_CITY.search(sent.text, max(0, city.start - 60), city.start)
    if m is None:
        return False
    orgs = [a for a in sent.args if a.explicit and a.group == "Org"]
    if not org.explicit:
        return not any(a.start < m.start() for a in orgs)
    first = min(orgs, key=lambda a: a.start)
    if first.key != org.key:
        return False
    if org.end <= m.start():     # "Zentri a été créée en 2018 à", no other name between
        return re.fullmatch(r"\s+(?:(?:a|avait|has|had|was|a\s+été|avait\s+été|est)\s+)*(?:été\s+)?",
                            sent.text[org.end:m.start()]) is not None
    # fronted: "Fondée en 2019 à Lyon, Zentri…"
    return re.fullmatch(r"\W*", sent.text[:m.start()]) is not None and re.match(
        r"[^,;.()]{0,30},\s*$", sent.text[city.end:org.start]) is not None


def _launched_at(sent: Sentence, c: Candidate) -> str | None:
    """The founding fact a verb before the candidate's organisation gives its subject right before it, or its
    city or year right after it: "A a lancé Zentri à Lyon en 2019" (``founder`` for A, ``headquarters`` for
    Lyon, ``foundingYear`` for 2019), else None."""
    org, obj = c.subj, c.obj
    if org.group != "Org" or not (org.explicit and obj.explicit) or org.source == "anaphor" \
            or not _LAUNCHED.search(sent.text, max(0, org.start - 30), org.start):
        return None
    verb = _LAUNCHED.search(sent.text, obj.end, org.start) if obj.group == "Person" and obj.end < org.start else None
    if verb is not None and re.fullmatch(r"\s+", sent.text[obj.end:verb.start()]):
        return "founder"        # "A a lancé Zentri", "A launched Zentri"
    gap = sent.text[org.end:obj.start]
    if obj.kind == "year" and re.fullmatch(r"\s+(?:(?:à|in)\s+[^,;.()]{1,30}?\s+)?(?:en|in)\s+", gap):
        return "foundingYear"
    if obj.group == "Place" and obj.type == "City" and re.fullmatch(r"\s+(?:à|in)\s+", gap):
        return "headquarters"
    return None


#: A person's work on a product, between them: "who had helped to design the firm's", "where she helped build",
#: "a travaillé sur", "a participé à la conception de" (a possessive or an article may end it).
_WORKED_ON = re.compile(r"(?i)(?<![\w’'-])(?:helped\s+(?:to\s+)?(?:build|design|develop|create|train|launch)|"
                        r"worked\s+on|co-?created|co-?designed|contributed\s+to|a\s+travaillé\s+sur|a\s+contribué\s+à|"
                        r"a\s+participé\s+à\s+la\s+(?:conception|création)\s+d[eu’']|a\s+co-?conçu)\s+"
                        r"(?:(?:the|its|la|le|les|l[’']|du|des)\s*)?(?:(?:company|firm|group|startup)[’']s\s+|"
                        r"(?-i:[A-Z][\w-]*)[’']s\s+)?$")


def _worked_on(sent: Sentence, c: Candidate) -> bool:
    """Does a person's clause say they worked on the candidate's product, named right after the verb
    (:data:`_WORKED_ON`), with no other person between them?"""
    person, product = c.subj, c.obj
    if person.group != "Person" or product.group != "Product" or not (person.explicit and product.explicit) \
            or person.source == "anaphor" or not person.end < product.start <= person.end + 200:
        return False    # (a pronoun's person is a guess: "he … where he worked on X" lifts nothing)
    if any(a.explicit and a.group == "Person" and person.end <= a.start < product.start for a in sent.args):
        return False
    before = [a for a in sent.args if a.explicit and a.kind == "entity" and a.source != "anaphor"
              and person.end <= a.start < product.start]
    start = max((a.end for a in before if not re.match(r"[’']s\s", sent.text[a.end:a.end + 3])), default=person.end)
    return _WORKED_ON.search(sent.text, start, product.start) is not None


#: An amount given in credits, not money: "€4M in GPU credits", "4 millions d'euros en crédits de calcul".
_CREDITS_AFTER = re.compile(r"(?i)\s+(?:in|of|worth\s+of|en|de)\s+(?:free\s+|gratuits?\s+)?(?:(?:GPU|cloud|compute|"
                            r"computing|AWS|Azure|API|inference|training)\s+)*(?:crédits?|credits?)(?![\w-])")


def _in_credits(sent: Sentence) -> bool:
    """Are the sentence's sums all credits ("gets €2M of cloud credits from X")? Then nobody raised them
    and the one who grants them invested nothing."""
    sums = [a for a in sent.args if a.kind == "amount" and a.explicit]
    return bool(sums) and all(_CREDITS_AFTER.match(sent.text, a.end) for a in sums)


#: A valuation's verb right before the valued name ("the round valued X at", "la transaction valorise X autour
#: de"), or its passive right after it ("X was valued at", "X est valorisée à"); then the amount.
_VALUES_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:valued|values|valuing|valorise|valorisait|valorisant|valorisent|"
                            r"valorisaient)\s+(?:(?:la\s+totalité|l[’']intégralité|l[’']ensemble|100\s*%|the\s+whole|all)"
                            r"\s+(?:de\s+|d[’']|du\s+capital\s+de\s+|of\s+))?(?:(?:the|la|le|l[’'])\s*)?"
                            r"(?:[\w.-]+-based\s+)?$")       # ("valued the Leeds-based company at", "valorise la
#                                                                 totalité de X à")
_VALUED_AFTER = re.compile(r"(?i)\s+(?:(?:is|was|has\s+been|had\s+been|est|était|a\s+été|avait\s+été)\s+)?"
                           r"(?:valued|valorisée?)\s+")
#: Words that round a figure: "about", "roughly", "plus de", "près de".
_APPROX = r"about|around|roughly|nearly|some|almost|more\s+than|over|environ|près\s+de|plus\s+de|quelque"
_AT_ABOUT = re.compile(rf"(?i)\s*(?:(?:at|à|de|{_APPROX}|close\s+to|just|a\s+little|slightly|under|less\s+than|"
                       rf"autour\s+de|un\s+peu|moins\s+de)\s*)*")


#: An amount named as a valuation: "the €90m valuation of its seed round", "a valuation of $2 billion", "une
#: valorisation de 45 millions".
_VALUATION_AFTER = re.compile(r"(?i)\s+(?:(?:post|pre)-money\s+)?valuation(?![\w-])")
_VALUATION_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:valuation|valorisation)\s+(?:of|de|d[’'])\s*(?:(?:{_APPROX})\s+)?$")


def _topic_valuation(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's amount named as a valuation and its organisation the passage's, not named by name
    in the sentence ("far under the €90m valuation of its seed round")?"""
    org, amount = c.subj, c.obj
    if amount.kind != "amount" or not amount.explicit or org.group != "Org" \
            or not (org.kind == "topic" or org.source == "anaphor") or _SOURCED.search(sent.text):
        return False
    late = re.search(r"(?i)(?<![\w-])(?:when|lorsque|quand|led\s+by|menée?\s+par)(?![\w-])", sent.text)
    if any(a.explicit and a.group == "Org" and a.source != "anaphor" and (late is None or a.start < late.start())
           for a in sent.args):
        return False        # "Forte d'une valorisation de X, Mistral AI…": the name the sentence gives owns it
    return _VALUATION_AFTER.match(sent.text, amount.end) is not None \
        or _VALUATION_BEFORE.search(sent.text, max(0, amount.start - 40), amount.start) is not None


#: A backer in apposition between the raiser and its verb: "X, soutenue par Y, a levé ", "X, backed by Y, raised ".
_RAISED_AFTER = re.compile(r"\s*,\s+(?:(?:a|has|had|have|avait)\s+)?(?:levé|raised|récolté|bouclé|secured|obtenu)\s+"
                           r"(?:(?:about|nearly|some|over|more\s+than|près\s+de|plus\s+de|environ)\s+)?")
_BACKER_AGENT = r"(?:soutenue?s?|backed|financée?s?|funded|détenue?s?|owned|accompagnée?s?)\s+(?:par|by)\s+"
_BACKED_BY_BEFORE = re.compile(r"(?i),\s*" + _BACKER_AGENT + "$")
_BACKED_APPOSED = re.compile(r"(?i)\s*,\s*" + _BACKER_AGENT + r"[^,;.]{1,60}" + _RAISED_AFTER.pattern + "$")
#: A possessive noun phrase in apposition to the raiser after it: "'s main competitor, Accra-based Kerlo, raised".
_POSSESSOR_BEFORE_RAISER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*[^,;.]{1,60},\s+(?:has\s+|had\s+)?"
                                      r"(?:raised|secured|closed|landed|banked)\b")
#: A raise that something made possible, right before its amount: "avait permis de lever", "lui a permis de
#: récolter", "allowed the company to raise".
_ENABLED_RAISE = re.compile(r"(?i)(?<![\w’'-])(?:(?:(?:lui|leur)\s+)?(?:a|avait|ont|avaient)\s+permis|permet)\s+"
                            r"(?:de\s+|d[’'])(?:lever|récolter|collecter)\s+"
                            r"|(?<![\w’'-])(?:allowed|enabled|helped)\s+(?:it|the\s+company|the\s+startup|the\s+firm)\s+"
                            r"(?:to\s+)?raise\s+")


def _enabled_raise(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's amount raised by the passage's company through something that made it possible ("son
    introduction en Bourse lui a permis de récolter 6 M€"), the sentence naming no other organisation?"""
    org, amount = c.subj, c.obj
    if amount.kind != "amount" or not amount.explicit or org.group != "Org" \
            or not (org.kind == "topic" or org.source == "anaphor"):
        return False
    if any(a.explicit and a.group == "Org" and a.source != "anaphor" for a in sent.args):
        return False
    m = _ENABLED_RAISE.search(sent.text, max(0, amount.start - 60), amount.start)
    return m is not None and _AT_ABOUT.fullmatch(sent.text, m.end(), amount.start) is not None


#: An unnamed source or another outlet a figure comes from: the model weighs it, no frame asserts it.
_SOURCED = re.compile(r"(?i)people\s+familiar|sources?\s+(?:close|familiar)|according\s+to|(?<![\w-])per\s+(?-i:[A-Z])|"
                      r"told\s+(?-i:[A-Z])|une\s+source|des\s+sources|sources?\s+proches?|personnes?\s+proches?")


def _valued_at(sent: Sentence, c: Candidate) -> bool:
    """Does the sentence value the candidate's organisation at its amount in so many words ("the round valued
    X at about $1.2 billion", "l'opération valorise X autour de 45 millions", "X was valued at $2
    billion"), on no unnamed source's or other outlet's word?"""
    org, amount = c.subj, c.obj
    if not (org.explicit and amount.explicit and amount.kind == "amount" and org.end <= amount.start) \
            or _SOURCED.search(sent.text):
        return False
    text = sent.text
    end = next((a.end for a in sent.args if a.group == "Place" and 0 < a.start - org.end <= 1
                and text[a.start].islower()), org.end)      # "la jeune pousse genevoise": the demonym after it
    before = _VALUES_BEFORE.search(text, 0, org.start) is not None and _AT_ABOUT.fullmatch(text, end, amount.start)
    after = _VALUED_AFTER.match(text, org.end)
    return bool(before) or (after is not None and _AT_ABOUT.fullmatch(text, after.end(), amount.start) is not None)


#: A sale of shares to the buyer named right after: "a revendu 5 % de ses parts au fonds britannique",
#: "a cédé des titres à", "sold part of his stake to".
_SHARES_SOLD_TO = re.compile(r"(?i)(?<![\w’'-])(?:cédé|cède|cèdent|vendu|vend|vendent|revendu|sold|sells|has\s+sold)\s+"
                             r"[^.;:«»]{0,80}?(?:actions|parts|titres|capital|participation|stake|shares|equity)"
                             r"(?![\w-])[^.;:«»]{0,40}?\s(?P<to>au|aux|à|to)\s+(?:(?:la|le|l[’']|the)\s*)?"
                             r"(?:[^,.;:«»\d]{0,50}?\s)?$")

#: A sale of the whole capital, by all holders or of all the shares: "Tous vendent leurs parts",
#: "l'intégralité de leurs actions", "sold all of their shares", "100 % du capital".
_ALL_SHARES = re.compile(r"(?i)(?:(?<![\w’'-])(?:tous|toutes|all)(?![\w’'-])[^.;:«»]{0,60}?"
                         r"(?:cédé|cède|cèdent|vendu|vend|vendent|revendu|sold|sells|has\s+sold)(?![\w-])"
                         r"|(?<![\w’'-])(?:l[’']intégralité|la\s+totalité|100\s*%)\s+(?:de|du|des|of)"
                         r"|(?<![\w’'-])all\s+(?:of\s+)?(?:their|its|his|her|the)\s+(?:shares|stock|equity))")

#: A shareholder's coming in, right before a year: "entré en ", "entrée au capital dès ", "joined in ".
_ENTERED_IN = re.compile(r"(?i)(?<![\w’'-])(?:entrée?s?|arrivée?s?|joined|came\s+in|bought\s+in)"
                         r"(?:\s+(?:au|à\s+son|dans\s+son|dans\s+le)\s+(?:capital|tour\s+de\s+table))?"
                         r"\s+(?:en|in|dès|since|depuis)\s+$")

#: The investors of a round listed after a colon: "Trois investisseurs entrent au capital : ", "Two investors
#: share the round: ", "The backers: ", "c'est un fonds suisse qui mène la série B : ".
_INVESTORS_COLON = re.compile(r"(?i)(?<![\w’'-])(?:(?:investisseurs|investors|backers|bailleurs\s+de\s+fonds|"
                              r"financeurs)(?![\w’'-])[^.;:«»“”]{0,80}"
                              r"|(?:mène|mènent|conduit|conduisent|pilote|leads|is\s+leading)\s+(?:cette|la|le|ce|this|the)\s+"
                              r"(?:série\s+\w+|tour(?:\s+de\s+table)?|levée|round|opération|series\s+\w+)\s*)"
                              r"(?P<colon>:)[^.;:«»“”]*$")
#: Where a person came from, right before the organisation: "venait de la coopérative ", "vient de chez ", "came
#: over from ".
_CAME_OVER_FROM = re.compile(r"(?i)(?<![\w’'-])(?:venait|vient|venaient|arrivait|came(?:\s+over)?)\s+"
                             r"(?:de\s+chez|de|d[’']|du|des|from)\s*(?:l[’']\s*|la\s+|le\s+|the\s+)?(?:(?-i:[a-zà-ÿ-]+)\s+)?$")
#: An investor's verb with no company after it, right after the investor (maybe after an apposition): " invests
#: through its venture fund", ", le semencier de X, investit", " entre au capital"; or such an apposition:
#: ", entré au capital en 2023,".
_INVESTS_ALONE = re.compile(r"(?i)(?:\s*,[^;:«»]{0,160}?,)?\s+(?:(?:a|ont|has|have)\s+)?"
                            r"(?:investit|investissent|investi|invests|invested|is\s+investing|entre\s+au\s+capital|entrent\s+au\s+capital|"
                            r"complète\s+le\s+tour(?:\s+de\s+table)?|complètent\s+le\s+tour(?:\s+de\s+table)?|"
                            r"(?:led|co-led|leads|co-leads)\s+the\s+(?:round|financing|raise)|"
                            r"(?:y\s+)?(?:prend|prennent|a\s+pris)\s+(?:aussi\s+|également\s+)?une\s+participation|"
                            r"(?:takes|took|has\s+taken)\s+(?:also\s+)?an?\s+(?:minority\s+)?stake(?!\s+in)|"
                            r"(?:a\s+)?(?:mené|conduit|mène|pilote|piloté)\s+(?:le\s+tour(?:\s+de\s+table)?|"
                            r"l[’']opération|la\s+levée)|"
                            r"(?:rejoint|rejoignent)\s+le\s+tour\s+de\s+table|(?:joins|joined)\s+the\s+round|"
                            r"(?:completes|completed|rounds\s+out)\s+the\s+round)"
                            r"(?!\s+(?:dans|in|chez|au\s+capital\s+(?:de|du|d[’'])))"
                            r"|\s*,\s*(?:entrée?s?\s+au\s+capital|actionnaire\s+(?:depuis|historique))(?![\w-])"
                            r"(?!\s+(?:de|du|d[’']))")
#: Another name (maybe one the recogniser missed) with an apposition that seats it, right before a city: " Y
#: Norte, un grossiste de pièces basé à ", " Kerlo Labs, a supplier based in ".
_OTHER_NAME_SEATED = re.compile(r"\s(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)*),\s+(?i:un|une|a|an)\s+[^,;:.]{0,80}?"
                                r"(?i:basée?|installée?|située?|implantée?|based|located)\s+(?i:à|au|en|in)\s+$")
#: A round's noun right after its amount: " pre-seed round", " Series A round", " seed round".
_ROUND_NOUN_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:round|raise|financing)\b")
#: The round's money said to come from the name right after: "L'argent vient de ", "The money comes from ".
_MONEY_FROM_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:l[’']argent|les\s+fonds|the\s+money|the\s+cash|the\s+funding)\s+"
                                r"(?:vient|viennent|provient|proviennent|comes|came)\s+(?:(?:principalement|surtout|"
                                r"mainly|largely|mostly)\s+)?(?:de|d[’']|du|des|from)\s*(?:the\s+|la\s+|le\s+|l[’'])?$")
#: An investor's verb right after a name, the name its subject: " also invested", " a aussi investi", " took part".
_INVESTS_TOO = re.compile(r"(?i)\s+(?:(?:also|too|has\s+also|have\s+also|a\s+aussi|a\s+également|ont\s+aussi)\s+)?"
                          r"(?:invested|invests|took\s+part|participated|co-invested|investi|participé|co-investi)\b")
#: A company's rival named after it: "'s closest rival is ", "'s main competitor, ".
_RIVAL_OF_IT = re.compile(r"(?i)[’']s\s+(?:[\w-]+\s+){0,2}?(?:rivals?|competitors?|challengers?)\b")
#: A group's investment arm right after the group's name: "'s venture arm", "'s corporate venture fund".
_ITS_ARM_AFTER = re.compile(r"(?i)[’']s\s+(?:(?:corporate\s+)?venture(?:\s+capital)?|investment|VC|impact)\s+"
                            r"(?:arm|fund|unit)\b")
#: A fund's parent right after it: "un fonds adossé au groupe ", "a fund backed by the ", "le fonds du groupe ".
_FUND_BACKED_BY = re.compile(r"(?i)(?<![\w’'-])(?:fonds|fund|véhicule|bras\s+financier)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:adossée?\s+(?:au|à\s+la|à\s+l[’']|à)|backed\s+by|owned\s+by|du|de\s+la|of)\s*"
                             r"(?:groupe\s+|the\s+|group\s+)?$")
#: A move from a past employer, right before it: "joined in 2019 from ", "came over from the ", "arrivée de ",
#: "venu de ", "en provenance de ".
_JOINED_FROM = re.compile(r"(?i)(?<![\w’'-])(?:(?:joined|joins|came|arrived|arrives|moved)(?:\s+[\w’'-]+){0,3}?\s+from"
                          r"|arrivée?(?:\s+en\s+\d{4})?\s+(?:de|du|d[’'])|en\s+provenance\s+(?:de|du|d[’']))"
                          r"\s*(?:the\s+|la\s+|le\s+|l[’'])?$")
#: People other than the one named, right before their move: "une quarantaine d'ingénieurs ", "staff who ".
_PEOPLE_NOUN = re.compile(r"(?i)(?<![\w’'-])(?:ingénieurs|salariés|employés|chercheurs|personnes|engineers|employees|"
                          r"staff|people|researchers|hires)(?![\w’'-])")
#: A workplace's preposition right before an organisation: "at ", "chez ", "au sein de ", "for the ".
_WORKED_AT_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:at|chez|au\s+sein\s+(?:de|du|d[’'])|worked\s+for|travaillé\s+pour)"
                               r"\s*(?:the\s+|la\s+|le\s+|l[’'])?$")

#: A rival faced, opening the sentence: "Face à l'américaine ", "Up against ", "Contre le géant ".
_FACING = re.compile(r"(?i)^\W*(?:face\s+à|up\s+against|contre)\s+(?:l[’']|la\s+|le\s+|les\s+|the\s+)?"
                     r"(?:(?-i:[a-zà-ÿ-]+)\s+)?$")


def _last_person_before(sent: Sentence, pos: int) -> str | None:
    """The key of the last person the sentence names before ``pos`` (the subject of a verb found there)."""
    return next((a.key for a in reversed(sent.args) if a.group == "Person" and a.end <= pos), None)


def _faced(sent: Sentence, c: Candidate) -> bool:
    """Is one end of the candidate a rival the sentence opens by facing ("Face à l'américaine X, installée à New
    York, Y misait sur…"), the other the first organisation named after it?"""
    first, second = sorted((c.subj, c.obj), key=lambda a: a.start)
    if first.group != "Org" or second.group != "Org" or not _FACING.match(sent.text[:first.start]):
        return False
    after = [a for a in sent.args if a.explicit and a.group == "Org" and a.source == "name" and a.start >= first.end
             and a.key != first.key and re.search(r",\s*$", sent.text[:a.start])]   # (the clause's subject, after
    #                                                                            the fronted phrase's comma)
    return bool(after) and after[0].key == second.key


def _bought_shares(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's investor the buyer of shares of its company ("A a revendu 5 % de ses parts au fonds X":
    X invested in the passage's company, named before the sale or not named)?"""
    buyer, company = c.subj, c.obj
    if not (buyer.explicit and buyer.group == "Org" and company.group == "Org"):
        return False
    m = _SHARES_SOLD_TO.search(sent.text, 0, buyer.start)
    if m is None or _ALL_SHARES.search(sent.text, 0, m.start("to")):
        return False    # "Tous vendent leurs parts à X", "sold all their shares to X": X bought the company
    # a company named is the one whose shares are sold ("5 % du capital de Zentri au fonds X") or the seller's
    # ("A, cofondateur de Zentri, a revendu…"), not a seller itself ("backers, including X, sold shares to Y")
    return not company.explicit or company.source == "anaphor" or m.start() < company.start < m.start("to") \
        or company.end <= m.start() and re.search(r"(?i)(?:de|du|d[’']|of|at|chez)\s*$", sent.text[:company.start]) \
        is not None


#: A quotation's speaker given by a pronoun: "« … », sourit-elle", "», ajoute-t-il", '"…," she said', "He told
#: Kerlomag: "…"'.
_PRONOUN_SPEAKER = re.compile(
    r"[»”\"]\s*,?\s*(?:[a-zà-ÿ]+(?:-t)?-(?:il|elle)|(?:he|she)\s+(?:said|says|added|adds|told|explained|explains|"
    r"noted|argued|recalled|admitted|insisted|warned|continued|wrote))\b"
    r"|^\W*(?:He|She)\s+(?:said|says|added|told\s+\w+(?:\s+\w+)?)\s*[:,]?\s*[\"“]")
#: ... the speaker a reference to the last person named: "», résume cette dernière.", '", the latter said'.
_LATTER_SPEAKS = re.compile(r"[»”\"]\s*,?\s*(?:(?:a\s+)?[a-zà-ÿ]+\s+(?:cette\s+dernière|ce\s+dernier)|"
                            r"the\s+latter\s+(?:said|says|added|adds|explained|noted))\s*[.!…]?\s*$")
#: A reference to the last person named: "cette dernière", "ce dernier".
_LATTER = re.compile(r"(?i)cette\s+dernière|ce\s+dernier")
#: A sentence that is one quotation and nothing else: "« … »", "“…”" (its speaker is the passage's person).
_WHOLE_QUOTE = re.compile(r"\s*(?:«[^«»]+»|“[^“”]+”|\"[^\"]+\")\s*")


def goes_on_speaking(sent: Sentence, previous: Sentence | None, c: Candidate) -> bool:
    """Is the candidate's person, the passage's, the speaker of a sentence that is one quotation and nothing
    else, right after a sentence that names them and no other person ("A défend le choix. « … »")?"""
    if c.obj.kind != "topic" or c.obj.group != "Person" or previous is None or sent.heading \
            or not _WHOLE_QUOTE.fullmatch(sent.text):
        return False
    people = {a.key for a in previous.args if a.explicit and a.group == "Person"}
    return people == {c.obj.key}


#: Between a product and the organisation whose model it is built on: " is built on ", " runs on ", " uses ".
_BUILT_ON = re.compile(r"(?i)\s+(?:is|are|was|were|has\s+been)?\s*(?:built|based|trained|running)\s+on\s+|"
                       r"\s+(?:runs|run|ran)\s+on\s+|\s+(?:uses|used|relies\s+on|taps)\s+")


#: A site of a company before its name: "l'usine ", "le site ", "the plant of " (its place is no seat).
_PLANT_OF = re.compile(r"(?i)(?<![\w-])(?:usine|site|entrepôt|plant|factory|warehouse|campus)\s+"
                       r"(?:de\s+|d[’']|of\s+)?$")
#: Where someone studied, before a place: "a étudié l'économie à ", "diplômé de l'école de ", "studied in ".
_STUDIED_AT = re.compile(r"(?i)(?<![\w-])(?:s[’']est\s+formée?|a\s+étudié|a\s+fait\s+ses\s+études|diplômée?s?\s+de|"
                         r"studied|graduated\s+from|earned\s+(?:a|her|his)\s+(?:degree|master|phd|doctorate))"
                         r"[^.;:()]{0,50}?(?:à|au|in|at|from)\s+(?:l[’']|la\s+|le\s+|the\s+)?$")
#: People who create a company the sentence does not name: "créent une société qui", "set up a company to".
_FOUNDS_A_COMPANY = re.compile(r"(?i)(?<![\w-])(?:créent|crée|fondent|fonde|cofondent|cofonde|montent|monte|lancent|"
                               r"co-?founded|founded|started|set\s+up|launched)\s+(?:ensemble\s+|together\s+)?"
                               r"(?:une|leur|sa|son|a|their|her|his)\s+(?:propre\s+|own\s+)?(?:société|start-up|"
                               r"startup|entreprise|jeune\s+pousse|company|firm|business)(?![\w-])")


def _founds_unnamed(sent: Sentence, c: Candidate, verb: re.Match) -> bool:
    """Is the candidate the passage's company and one of the people, or a year before them, that create a
    company the sentence names no organisation for ("En 2020, A, qui…, et B, passée par X, créent une société
    qui…": the passage's company, founded by A and B in 2020)? The people come before the verb and no
    organisation is named after it."""
    if any(a.explicit and a.group == "Org" and a.start >= verb.end() for a in sent.args):
        return False
    if c.obj.kind == "year":
        years = [a for a in sent.args if a.kind == "year"]
        return c.obj.explicit and len(years) == 1 and c.obj.end <= verb.start()
    people = [a for a in sent.args if a.explicit and a.group == "Person" and a.end <= verb.start()]
    return c.obj.group == "Person" and c.obj.explicit and any(p.key == c.obj.key for p in people) \
        and "founder" in c.relations


#: A subject pronoun opening a clause: "; he was", ", and she ran", ". Il était".
_CLAUSE_PRONOUN = re.compile(r"(?i)(?:^|[;:]\s*|,\s*(?:and|while|whereas|et|tandis\s+que)\s+|\.\s+)(she|he|elle|il)\s")


def _subject_gender(word: str) -> str | None:
    """The gender of a subject pronoun :data:`_CLAUSE_PRONOUN` finds ("she", "il"), from the anaphor lists."""
    if re.fullmatch(r"(?i)she|he|elle|il", word) is None:
        return None
    return person_pronoun(word, "fr") or person_pronoun(word, "en")


def _other_pronoun_clause(text: str, at: int, mine: str | None) -> bool:
    """Is the organisation at ``at`` in a clause whose pronoun subject is of the other gender than the
    candidate's person (``mine``: the gender of their pronoun, else that of the sentence's first subject
    pronoun): "She led X's team; he was an engineer at Y"?"""
    found = [(m.start(1), _subject_gender(m.group(1))) for m in _CLAUSE_PRONOUN.finditer(text)]
    if len(found) < 2:
        return False
    own = [g for start, g in found if start < at]
    return bool(own) and own[-1] != (mine or found[0][1])


#: A person's lead of the passage's company, as a pronoun: " leads it as CEO", ", …, runs it as chief executive",
#: " la dirige en tant que PDG".
_LEADS_IT = re.compile(r"(?i)(?:\s*,[^;:()]{0,120},)?\s+(?:now\s+|also\s+)?(?:(?:leads|runs|heads)\s+"
                       r"(?:it|the\s+company|the\s+startup)\s+as\s+(?:its\s+)?(?:ceo|chief\s+executive)|la\s+dirige\s+(?:en\s+tant\s+que|"
                       r"comme)\s+(?:pdg|directrice\s+générale|directeur\s+général))(?![\w-])")


#: "found" as the past of "find": "found that", "found it", "found no".
_FOUND_THAT = re.compile(r"(?i)(?<![\w-])found\s+(?:that|it|no|nothing|the\s+evidence)(?![\w-])")
#: A founding word that is not "found" (the past of "find"): "founded", "co-founder", "started", "set up".
_FOUNDED_NOT_FOUND = re.compile(r"(?i)(?<![\w-])(?:(?:co-?)?found(?:ed|er|ers|ing)|cofound\w*|started|launched|"
                                r"set\s+up|established|created)(?![\w-])")


#: A future tense that makes an end year a plan: "will", "restera".
_FUTURE_WORD = re.compile(r"(?i)(?<![\w-])(?:will|shall|restera|resteront|sera|seront|demeurera)(?![\w-])")
#: A past year that ends a job, right after its organisation: " jusqu'en 2018", " until 2019", " from 2015 to 2017".
_UNTIL_YEAR = re.compile(r"(?i)(?:\s+(?:à|in)\s+[A-ZÀ-Ý][\w-]+)?\s*,?\s+(?:jusqu[’'](?:en|à)|until|till|"
                         r"de\s+(?:19|20)\d\d\s+à|from\s+(?:19|20)\d\d\s+(?:to|until))\s+(?:(?:fin|début|mi-|l[’']an|the\s+end\s+of)\s*)?"
                         r"(?:19|20)\d\d(?![\d])")


#: An aside that adds others to the people named before it: ", together with most of ", ", ainsi que ".
_ALONG_WITH = re.compile(r"(?i),\s*(?:(?:along|together)\s+with|ainsi\s+que|accompagnée?s?\s+(?:de|d[’']))\s[^,;:()]*$")
#: Where a person came from, right before the organisation: "arrivée en mars de chez ", "venue de ",
#: "débauchée de chez ".
_CAME_FROM = re.compile(r"(?i)(?:\bde\s+chez|(?<![\w-])(?:arrivée?s?|venue?s?|débauchée?s?|recrutée?s?|transfuges?)"
                        r"\s+(?:[\w’'-]+\s+){0,3}?(?:de\s+chez|de|du|d[’']))\s*$")
#: A buyer's announcement that its purchase is done, after its name and maybe an apposition: ", …, said
#: on Monday it has closed its purchase of ", " a annoncé avoir finalisé le rachat de ", " a bouclé jeudi le
#: rachat de l'intégralité de ".
_SAID_COMPLETED = re.compile(
    r"(?i)(?:\s*,[^;:()«»\"“”]{1,120}?,)?\s+(?:(?:said|says|announced|confirmed)\s+(?:\w+\s+){0,2}?(?:that\s+)?it\s+"
    r"(?:had|has)\s+|(?:a|ont)\s+annoncé\s+avoir\s+|(?:a|ont|has|have)\s+)(?:completed|closed|finalised|finalized|"
    r"finalisé|bouclé|conclu)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:the|its|l[’']|le|la)\s*(?:acquisition|purchase|takeover|rachat|reprise)\s+(?:of|de|d[’']|du)\s*"
    r"(?:(?:100\s*%|l[’']intégralité|la\s+totalité|all)\s+(?:du\s+capital\s+)?(?:of|de|d[’'])\s*)?")
#: A buyer's price right before the amount, maybe inside a bracketed conversion: "is paying roughly ", "a payé
#: près de ", "paid $40 million (about ".
_PRICE_PAID = re.compile(r"(?i)(?<![\w-])(?:paying|pays|paid|pay|payer|paie|paiera|versera|a\s+payé|a\s+versé|"
                         r"aurait\s+payé|déboursé|débourse|shelled\s+out|forked\s+out)\s+(?:(?:around|about|some|roughly|"
                         r"nearly|almost|close\s+to|environ|près\s+de|quelque|autour\s+de)\s+)?(?:(?:[^\s()]+\s+){0,2}[^\s()]+\s*\(\s*"
                         r"(?:about|around|environ|soit|or|some)?\s*)?$")
#: A leader's verb before the year it led a round: "a conduit en ", "led in ".
_LED_IN = re.compile(r"(?i)(?<![\w’'-])(?:led|co-led|mené|co-mené|conduit)\s+(?:en|in)\s+$")
#: A leader's verb before the company whose round it led, in the possessive: "led " + "the company" + "'s".
_LED_WHOSE = re.compile(r"(?i)(?<![\w’'-])(?:led|co-led|headed|anchored)\s+(?:the\s+)?$")
#: A leader's verb before the passage's company's round: "led the company's ", "a mené son ".
_LED_ITS = re.compile(r"(?i)(?<![\w’'-])(?:led|co-led|headed|anchored|mené|co-mené|conduit|piloté)\s+"
                      r"(?:the\s+(?:company|startup|start-up|firm|group|business)['’]s|its|their|son|sa|leur)\s+$")
#: A listing's new shares sold for the amount after it: "issued new stock worth ", "a placé des titres nouveaux pour ".
_NEW_SHARES_FOR = re.compile(r"(?i)(?<![\w-])(?:sold|sells|selling|issued|issues|placed|places|a\s+placé|place|"
                             r"a\s+émis|émet|a\s+cédé|cède|a\s+vendu|vend)\s+(?:\w+\s+){0,2}?(?:(?:new|nouvelles?)\s+"
                             r"(?:shares|stock|actions|titres)|(?:actions|titres)\s+(?:nouvelles?|nouveaux))\s+(?:(?:for|worth|pour|totalling|totaling)\s+|d[’']une\s+"
                             r"valeur\s+de\s+)(?:(?:about|around|some|environ|près\s+de)\s+)?$")
#: A round's valuation of the company it names by a description: "which valued the startup at ", "qui valorise la
#: start-up à ", "valuing the startup at ".
_VALUED_THE_COMPANY = re.compile(r"(?i)(?<![\w-])(?:valued|valuing|values|valorise|valorisait|valorisant|a\s+valorisé|"
                                 r"avait\s+valorisé)\s+(?:the|la|le|l[’'])\s*(?:company|startup|start-up|firm|business|"
                                 r"société|jeune\s+pousse|entreprise)\s+(?:at|à)\s+(?:(?:about|around|some|nearly|près\s+de|"
                                 r"environ|plus\s+de|more\s+than)\s+)?$")
#: A company sold, then its buyer: " has been sold to ", ", a Leeds startup, was sold to ", " a été cédée à ",
#: " a finalisé sa cession au groupe allemand ".
_SOLD_TO = re.compile(
    r"(?i)(?:\s+(?-i:[a-zà-ÿ-]+(?:aise|ais|oise|ois|ienne|ien|éenne|éen|ine|aine|ain|ane|ote|ese|ish|que))"
    r"(?=\s+(?:a|avait|ont|has|had|was|est)\s))?"     # (a description's demonym: "la société montréalaise")
    r"(?:\s*,[^;:()«»\"“”]{1,100}?,)?\s+(?:(?:(?:has|had|have)\s+been|was|were|is|a\s+été|avait\s+été|ont\s+été|est|"
    r"sera|will\s+be|(?:has|had)\s+agreed\s+to\s+be)\s+)?(?:(?:sold|vendue?s?|cédée?s?|revendue?s?)\s+"
    r"(?:(?:last\s+\w+|on\s+\w+|this\s+\w+|en\s+\d{4}|in\s+\d{4})\s+)?|(?:a|avait|ont)\s+(?:conclu|finalisé|bouclé)\s+"
    r"(?:sa|leur)\s+(?:vente|cession)\s+)(?:to|à|au|aux)\s*(?:(?:the|le|la|l[’']|un|une|a|an)\s*)?"
    r"(?:[\w-]+\s+){0,3}?")
#: A board chaired by the person right after: "its board is chaired by ", "le conseil d'administration sera
#: présidé par ".
_BOARD_CHAIRED_BY = re.compile(r"(?i)(?<![\w-])(?:board|conseil(?:\s+d[’']administration|\s+de\s+surveillance)?|"
                               r"supervisory\s+board)\s+(?:(?:de|d[’']|of)\s+[\w’'-]+\s+)?(?:(?:is|was|will\s+be|est|sera|"
                               r"était|a\s+été)\s+)?(?:chaired|présidée?)\s+(?:by|par)\s+$")
#: A deal's first paper, not the deal: "signed a term sheet", "une lettre d'intention".
_TERM_SHEET = re.compile(r"(?i)(?<![\w-])(?:term[\s-]sheets?|lettres?\s+d[’']intention|letters?\s+of\s+intent"
                         r"|protocole\s+d[’']accord|memorandum\s+of\s+understanding)(?![\w-])")
#: A time lately past that ends a role: "until last month", "jusqu'à récemment", "until March".
_UNTIL_LATELY = (r"(?:until|till|jusqu[’']à|jusqu[’']au|jusqu[’']en)\s+"
                 r"(?:(?:this|last|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|recently"
                 r"|récemment|cette\s+semaine|ce\s+mois(?:-ci)?|(?:la\s+semaine|le\s+mois)\s+derni[eè]re?|(?:January"
                 r"|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars"
                 r"|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b)")
#: A role that ended lately, after its organisation: "'s finance chief until last month", " jusqu'à
#: récemment", "'s CFO until March" (not "until now": "A, until now X's CTO, becomes its CEO" still works there).
_UNTIL_RECENTLY = re.compile(rf"(?i)(?:(?:['’]s)?\s+(?:[\w-]+\s+){{1,4}}?)?,?\s*{_UNTIL_LATELY}")
#: The same told of the passage's company in an apposition: ", the startup's CFO until last month,".
_ITS_ROLE_UNTIL = re.compile(rf"(?i)\s*,\s*(?:the\s+(?:company|startup|start-up|firm|group|lab)['’]s|its)\s+"
                             rf"(?:[\w-]+\s+){{1,4}}?{_UNTIL_LATELY}")


#: A past role told by a relative clause in the simple past: ", who ran a team at ", ", who led sales for ".
_RAN_AT = re.compile(r"(?i),\s*(?:who|qui)\s+(?:(?:ran|led|headed|managed)\s+(?:[\w’'-]+\s+){0,5}?(?:at|for)|"
                     + _TRAINED_AT + r")\s*$")
#: A stint of so many years at the organisation before it, told in a portrait's present: ", où elle reste six
#: ans", ", où il travaille quatre ans", ", où elle a passé dix ans", ", where she spent six years".
_STINT_AFTER = re.compile(r"(?i)\s*,\s*(?:où\s+(?:elle|il)\s+(?:a\s+|avait\s+)?(?:passe|passé|travaille|travaillé|"
                          r"reste|resté|restée|officie|officié)|where\s+(?:she|he)\s+(?:spent|worked))\s+"
                          r"(?:for\s+)?(?:[\w’'-]+\s+){1,2}?(?:ans|années|mois|years|months)(?![\w-])")


def _led_possessor_round(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's amount a round its organisation owns in the possessive after a leader's verb, the
    organisation named ("A led Zentri's $9M Series A") or the passage's ("A led the company's $9M Series A")?"""
    if c.obj.kind != "amount" or not c.obj.explicit or not _ROUND_AFTER_AMOUNT.match(sent.text, c.obj.end):
        return False
    if c.subj.explicit:
        return c.subj.type not in INVESTOR_TYPES \
            and re.search(r"['’]s\s+$", sent.text[max(0, c.subj.end - 2):c.obj.start]) is not None \
            and _LED_WHOSE.search(sent.text, max(0, c.subj.start - 30), c.subj.start) is not None
    return c.subj.kind == "topic" and _LED_ITS.search(sent.text, max(0, c.obj.start - 40), c.obj.start) is not None


def _job_ended(scores: dict[str, float]) -> None:
    """Make the candidate's job a past one: ``formerEmployer`` at least as sure as ``employer`` was (and at
    least :data:`FRAME_SCORE`), no ``employer`` nor ``ceo``."""
    scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), scores.pop("employer", 0.0), FRAME_SCORE)
    scores.pop("ceo", None)


def _stint_at(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation where its person, the passage's or a pronoun's, spent a stint told by
    the clause after it ("il arrive chez X en 2009, où il reste six ans")? Not when another person is
    named between them."""
    person, org = c.subj, c.obj
    if person.group != "Person" or org.group != "Org" or not org.explicit \
            or _STINT_AFTER.match(sent.text, org.end) is None:
        return False
    if person.explicit and person.source != "anaphor":
        return person.end <= org.start and not any(
            a.explicit and a.group == "Person" and a.key != person.key and person.end <= a.start < org.start
            for a in sent.args)
    return not any(a.explicit and a.group == "Person" and a.source != "anaphor" and a.start < org.start
                   for a in sent.args)


#: The relations between a person and an organisation that a misplaced pairing of the two drops together.
_PERSON_ORG = ("employer", "formerEmployer", "ceo", "founder")


def _bracketed_repeat(sent: Sentence, c: Candidate) -> bool:
    """Is the candidate's organisation a bracketed short form of the same organisation named right before it
    ("l'Agence Kerlo pour l'innovation (AKI)"), while its other end is a person? The full name's candidate
    is the fact; the short form's, farther from the person's words, only echoes it."""
    person, org = (c.subj, c.obj) if c.subj.group == "Person" else (c.obj, c.subj)
    if person.group != "Person" or org.group != "Org" or not org.explicit:
        return False
    return any(a.key == org.key and a.explicit and a.end < org.start
               and re.fullmatch(r"\s*\(\s*", sent.text[a.end:org.start]) for a in sent.args)


def adjust(scores: dict[str, float], sent: Sentence, c: Candidate, after_round: bool = False,
           after_rivalry: bool = False) -> set[str]:
    """Apply the frames and the sentence rules to a candidate's relation ``scores`` (in place): lift
    what a frame states, drop what the sentence rules out; ``after_round``: the passage is about a
    funding round. Returns the relations a champions frame gives (their status follows the frame, see
    :func:`frame_negation`)."""
    if _bracketed_repeat(sent, c):
        for rel in _PERSON_ORG:
            scores.pop(rel, None)       # "arrivé de l'Agence K (AK)": the name before the brackets carries it
    if "investedIn" in scores and c.subj.explicit and any(
            a.key == c.subj.key and a.explicit and a.end < c.subj.start
            and re.fullmatch(r"\s*\(\s*", sent.text[a.end:c.subj.start]) for a in sent.args):
        del scores["investedIn"]        # "un prêt … de la Société K (SK)": the full name's candidate carries it
    framed = set()      # relations a champions frame gives ("la Chine et ses A, B ou C")
    if c.subj.explicit and c.obj.explicit and scores:
        pairs = respective_pairs(sent)
        ends = (pairs.get(c.subj.start), pairs.get(c.obj.start))
        if ends[0] is not None and ends[1] is not None and ends[0][0] != ends[1][0] and ends[0][1] != ends[1][1]:
            scores.clear()              # "A and B backed X and Y respectively": not A and Y
    launched = _launched_at(sent, c) if {"foundingYear", "headquarters", "founder"} & scores.keys() else None
    if launched is not None and launched in scores:
        scores[launched] = max(scores[launched], FRAME_SCORE)     # "A a lancé Zentri à Lyon en 2019"
    if ("investedIn" in scores or "fundsRaised" in scores or "valuation" in scores) and any(
            a.explicit and a.group == "Org" and PLATFORM_BEFORE.search(sent.text, max(0, a.start - 40), a.start)
            for a in (c.subj, c.obj)):
        for rel in ("investedIn", "fundsRaised", "valuation"):
            scores.pop(rel, None)       # "levés via la plateforme X": the campaign's host invests and raises nothing
    if "investedIn" in scores and _bought_shares(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "a revendu 5 % de ses parts à X"
    if "competitor" in scores and (topic := c.subj if c.subj.kind == "topic" else c.obj if c.obj.kind == "topic"
                                   else None) is not None and topic.key != sent.main \
            and any(a.explicit and a.key == sent.main and a.source == "name" for a in sent.args):
        del scores["competitor"]        # "[Kerlo, a customer, …] Face à l'américaine X, Zentri misait sur…": the
        #                                 article's company, named, is the rival, not the passage's customer
    if "competitor" in scores and c.subj.explicit and c.obj.explicit and _faced(sent, c):
        scores["competitor"] = max(scores["competitor"], FRAME_SCORE)   # "Face à l'américaine X, …, Y misait…"
    if "competitor" in scores and _rival_named(sent, c):
        scores["competitor"] = max(scores["competitor"], FRAME_SCORE)   # "Le principal concurrent de X est Y",
        #                                                                 "Y remains the most visible rival"
    if _other_item(sent, c):
        for rel in _PERSON_ORG:
            scores.pop(rel, None)       # "A, a former X engineer; B, who ran Y": X is A's, not B's
    if "investedIn" in scores and c.obj.kind == "topic" and c.subj.explicit and c.subj.group in ("Person", "Org") \
            and _BACKER_LIST_ITEM.search(sent.text, 0, c.subj.start):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "angel investors: A, a former X; B, …"
    if "fundsRaised" in scores and c.subj.explicit and c.obj.kind == "amount" and c.obj.explicit \
            and c.subj.end <= c.obj.start:
        between = sent.text[c.subj.end:c.obj.start]
        if _BACKED_APPOSED.match(between):
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "X, soutenue par Y, a levé"
        elif _RAISED_AFTER.fullmatch(between) and _BACKED_BY_BEFORE.search(sent.text, 0, c.subj.start):
            del scores["fundsRaised"]   # (Y, the backer in the apposition, raised nothing)
    if "fundsRaised" in scores and c.subj.explicit and _POSSESSOR_BEFORE_RAISER.match(sent.text[c.subj.end:]):
        del scores["fundsRaised"]       # "Zentri's closest rival, Kerlo, raised $8 million": Kerlo's
    if "fundsRaised" in scores and _enabled_raise(sent, c):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)   # "son introduction en Bourse avait
        #                                                                    permis de récolter 6 M€"
    if "valuation" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and _VALUED_THE_COMPANY.search(sent.text, max(0, c.obj.start - 50), c.obj.start):
        if c.subj.type in INVESTOR_TYPES:
            del scores["valuation"]     # "X led a Series B which valued the startup at $1B": not X's
        elif (c.subj.kind == "topic" or c.subj.source == "anaphor") and not _SOURCED.search(sent.text):
            scores["valuation"] = max(scores["valuation"], FRAME_SCORE)     # … the passage's company's
    if "valuation" in scores and (_valued_at(sent, c) or _topic_valuation(sent, c)):
        scores["valuation"] = max(scores["valuation"], FRAME_SCORE)     # "the round valued X at $1.2 billion"
    if ({"investedIn", "fundsRaised", "valuation"} & scores.keys()) and _in_credits(sent):
        for rel in ("investedIn", "fundsRaised", "valuation"):
            scores.pop(rel, None)       # "gets €2M of cloud credits from X": compute, not money
    if "founder" in scores and cofounder_opening(sent, c):
        scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "Her co-founder, A, is a professor at X"
    runs_it = _WHO_RUNS_IT.match(sent.text, c.obj.end) if "ceo" in scores and c.obj.explicit else None
    if runs_it is not None and c.obj.group == "Person" and _chief_title_re().match(sent.text, runs_it.end()) \
            and (founded := founders_listed(sent, c.obj)) is not None:
        if c.subj.key == founded.key:       # "Zentri est née de A, …, et de B, qui en reste le PDG" (by the list):
            scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "en" is the company the list founded
        elif c.subj.source == "anaphor" or c.subj.explicit:
            del scores["ceo"]
    if ("employer" in scores or "formerEmployer" in scores) and c.subj.group == "Person" and c.obj.explicit \
            and c.obj.group == "Org" and (left := _LEFT_TO_BECOME.search(sent.text, max(0, c.obj.start - 90),
                                                                         c.obj.start)) is not None \
            and c.subj.key == _last_person_before(sent, left.start()):
        scores["employer"] = max(scores.get("employer", 0.0), FRAME_SCORE)     # "a quitté X pour devenir
        scores.pop("formerEmployer", None)                                     # directeur technique de Y"
    if "employer" in scores and (_at_post(sent, c) or _founder_holds_role(sent, c)):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)   # "l'arrivée d'A au poste de directeur
        #                                                             financier", "fondée par A et B, qui reste
        #                                                             directeur technique"
    if "ceo" in scores and _founder_leads_it(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "créée par A, ancienne de X, qui la dirige toujours"
    if "acquired" in scores and c.subj.explicit and c.subj.group == "Org" and c.obj.group == "Org" \
            and (not c.obj.explicit or c.obj.source == "anaphor") \
            and _SOLD_BUSINESS_TO.search(sent.text, max(0, c.subj.start - 200), c.subj.start):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "sold the company and its code to Y"
    pair = _person_org(c)
    if pair is not None and pair[0].end < pair[1].start and {"ceo", "employer", "formerEmployer"} & scores.keys():
        between = sent.text[pair[0].end:pair[1].start]
        if _WAS_CHIEF_OF.fullmatch(between) or _WAS_WHO.fullmatch(between) and _CHIEF_POSSESSED.match(sent.text,
                                                                                                     pair[1].end):
            scores.pop("ceo", None)             # "A, who was X's CEO until the sale, now runs Y": X is her past
            scores.pop("employer", None)
            if c.subj.group == "Person":
                scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), FRAME_SCORE)
        elif "ceo" in scores and _NOW_RUNS.fullmatch(between) and not re.match(r"['’]s\b", sent.text[pair[1].end:]):
            scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "A, …, now runs Y" (not "Y's new unit")
    if "ceo" in scores and _opening_title(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "Chief executive A, who…, co-founded the company"
    if "ceo" in scores and _becomes_chief(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "A took over as chief executive last week"
    if "ceo" in scores and _chief_job_by(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "la direction générale sera assurée par A"
    if "ceo" in scores and c.subj.kind == "topic" and c.obj.group == "Person" and c.obj.explicit \
            and _AT_ITS_HEAD.fullmatch(sent.text, 0, c.obj.start):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "À sa tête, A, qui…": the passage's company's chief
    if "ceo" in scores and _helm_of(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "A a pris les rênes de Zentri"
    if "ceo" in scores and _is_run_by(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "Elle est présidée par A"
        if not _founder_of_title(sent, c):
            scores.pop("founder", None)                     # (not "pilotée par sa cofondatrice A")
    if "headquarters" in scores and c.obj.explicit and _OFFICE_BEFORE.search(sent.text, max(0, c.obj.start - 40),
                                                                            c.obj.start):
        del scores["headquarters"]      # "ses bureaux de Rennes et de Brest", "an office in X": not the seat
    if "headquarters" in scores and _unit_placed(sent, c):
        del scores["headquarters"]      # "a new Kerlo unit based in Boise": the unit's place
    if ("headquarters" in scores or "country" in scores) and c.obj.explicit \
            and _INSTITUTION_OF.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        scores.pop("headquarters", None)    # "issue de l'Université catholique de Lille": the place names
        scores.pop("country", None)         # the university, it is no company's seat
    if "headquarters" in scores and _other_company_place(sent, c):
        del scores["headquarters"]      # "A et B ont parié sur une start-up de Lyon", "x.ai, une entreprise de Turin"
    if "headquarters" in scores and c.obj.explicit and c.subj.explicit and c.subj.source != "anaphor" \
            and re.fullmatch(r"\W*The\s+", sent.text[:c.obj.start]) \
            and (based := _BASED_NOUN.match(sent.text, c.obj.end)) is not None and c.subj.start > based.end() + 2:
        del scores["headquarters"]      # "The Nagoya-based group took every share of B": the buyer's city
    if "headquarters" in scores and c.obj.explicit and c.subj.explicit and c.subj.source != "anaphor" \
            and re.search(r",\s*the\s+$", sent.text[max(0, c.obj.start - 8):c.obj.start]) \
            and _BASED_SAYS.match(sent.text, c.obj.end) \
            and c.subj.key != next((a.key for a in sent.args if a.explicit and a.group == "Org"), None):
        del scores["headquarters"]      # "A now owns B, a Texas firm, the Lyon-based maker said": A's city
    if "headquarters" in scores and c.obj.explicit \
            and (unit := _SUBSIDIARY_IN.search(sent.text, max(0, c.obj.start - 90), c.obj.start)) is not None:
        head = _APPOSED_HEAD.search(sent.text, max(0, unit.start() - 12), unit.start())
        named = next((a for a in sent.args if head is not None and a.explicit and a.group == "Org"
                      and a.end == head.start()), None)
        if named is not None:
            if c.subj.key != named.key:
                del scores["headquarters"]  # "X, la filiale de Kerlo basée à Lyon": X's city, not Kerlo's
        elif not c.subj.explicit or c.subj.source == "anaphor" or c.subj.end <= unit.start():
            del scores["headquarters"]  # "Zentri opened a unit, Zentri Inc., in Denver": the unit's
    if "headquarters" in scores and c.obj.explicit and _SITE_BEFORE.search(sent.text, max(0, c.obj.start - 80),
                                                                           c.obj.start):
        del scores["headquarters"]      # "Kerlo, dont le centre d'essais de X", "its plant in X", "les vingt
        #                                 ingénieurs de la société sont installés à X": a site
    if "headquarters" in scores and c.obj.explicit and sent.text[c.obj.start:c.obj.start + 1].islower() \
            and (noun := _INDEFINITE_NOUN.search(sent.text, max(0, c.obj.start - 40), c.obj.start)) is not None \
            and type_noun_classes().get(noun.group("noun").casefold(), "Company") != "Company" \
            and not (c.subj.explicit and c.subj.start >= c.obj.end
                     and re.fullmatch(r"\s*,?\s*", sent.text[c.obj.end:c.subj.start])):
        del scores["headquarters"]      # "Zentri a séduit un fonds genevois": the fund's city
    if "investedIn" in scores and c.subj.explicit and c.obj.explicit \
            and _CO_INVESTED.fullmatch(sent.text, min(c.subj.end, c.obj.end), max(c.subj.start, c.obj.start)):
        del scores["investedIn"]        # "A also invested, as did B": two backers of the same round
    if "headquarters" in scores and c.obj.explicit and any(
            a.explicit and a.kind == "entity" and a.group != "Place" and a.key != c.subj.key
            and re.fullmatch(r"\s*,\s*(?:the|a|an)\s+", sent.text[a.end:c.obj.start]) is not None
            for a in sent.args) and re.match(r"-based\b", sent.text[c.obj.end:]) \
            and not _BASED_SAYS.match(sent.text, c.obj.end):
        del scores["headquarters"]      # "sold to Kerlo, the Busan-based parts maker": Kerlo's city
    if "headquarters" in scores and c.obj.explicit and _in_persons_relative(sent, c.subj, c.obj):
        del scores["headquarters"]      # "A, qui dirigeait la société, ouvre une librairie à X": A's place
    if "headquarters" in scores and c.subj.explicit and c.obj.explicit and c.subj.group == "Org" \
            and re.fullmatch(r"\s*,\s*(?:à|in|at)\s+", sent.text[c.subj.end:c.obj.start]) \
            and (_CAREER_AT.search(sent.text, max(0, c.subj.start - 40), c.subj.start)
                 or _WORKED_CHEZ.search(sent.text, max(0, c.subj.start - 80), c.subj.start)):
        del scores["headquarters"]      # "un ingénieur venu d'Orvane, à Sophia Antipolis": where one worked
    if "fundsRaised" in scores and (deal := _buyer_raises(sent, c.subj)) is not None:
        if c.subj.key == deal[0]:
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "A rachète B et lève N": A's
        else:
            del scores["fundsRaised"]
    if "founder" in scores and _subject_then_founds(sent, c):
        scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "A spent years at X before co-founding Y"
    if "founder" in scores and c.subj.group == "Org" and (founders_org := _founders_of(sent, c.obj)) is not None:
        if founders_org == c.subj.key:
            scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "les fondateurs de la cible, A et B"
        else:
            del scores["founder"]                                       # (not the topic's founders)
    if "headquarters" in scores and c.obj.type == "City" and (home := country_of(c.subj.key)) is not None \
            and (there := country_of(c.obj.key)) is not None and there != home \
            and not _SEAT_WORD.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        del scores["headquarters"]      # "Siemens, installé à Nantes": a German group's site, not its seat (but a
        #                                 namesake "établie à Montréal" is seated there)
    if "headquarters" in scores and c.obj.explicit and _ALMOST.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        del scores["headquarters"]      # "on a failli déménager à X", "it nearly moved to X": not where it is
    if "country" in scores and c.obj.explicit and _PRESENT_IN.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        del scores["country"]           # "implantée en Suisse", "operates in Kenya": a market
    if "headquarters" in scores and (_founded_in_city(sent, c) or _city_modifier(sent, c)):
        scores["headquarters"] = max(scores["headquarters"], FRAME_SCORE)     # "Zentri a été créée en 2018 à X"
    if "workedOn" in scores and _worked_on(sent, c):
        scores["workedOn"] = max(scores["workedOn"], FRAME_SCORE)   # "A, who helped to build the firm's chip X"
    if c.subj.source == "speaker" or c.obj.source == "speaker":
        # a quotation's "we" takes part only in what the sentence says in so many words: « Nous avions la
        # technologie ; X a les usines » is no rivalry, "With Kerlo, we bill right the first time" no making
        cues = _speaker_cues()
        for rel in [r for r in scores if r in cues and not cues[r].search(sent.text)]:
            del scores[rel]
        if "developer" in scores and not _making_verb().search(sent.text):
            del scores["developer"]
    if "investedIn" in scores and _JOINED_AS.search(sent.text) and not any(a.kind == "amount" for a in sent.args):
        del scores["investedIn"]        # "A, a Kerlo alumna, joined as CFO": a hire, no round joined
    if ("employer" in scores or "formerEmployer" in scores or "ceo" in scores) and _not_employment(sent, c):
        for rel in ("employer", "formerEmployer", "ceo"):
            scores.pop(rel, None)       # a board seat, a school: no job
    deputy = _deputy(sent, c) if "ceo" in scores or "employer" in scores else None
    if deputy is not None:              # "A est nommé directeur général délégué de X": X's deputy, not its CEO
        scores.pop("ceo", None)
        org = c.subj if c.subj.group == "Org" else c.obj
        if "employer" in scores and org.explicit and (0 <= org.start - deputy[1] <= 12
                                                      or 0 <= deputy[0] - org.end <= 4):
            scores["employer"] = max(scores["employer"], FRAME_SCORE)
    if "investedIn" in scores and c.subj.explicit and _grant_giver(sent.text, c.subj.start):
        del scores["investedIn"]        # "une subvention de 200 000 euros de X", "a grant from X": no shares
    if "investedIn" in scores and c.subj.explicit and _GRANT_APPOSED.match(sent.text, c.subj.end):
        del scores["investedIn"]        # "€2m from X, a public grant for its research": no shares
    if "investedIn" in scores and (raiser := _raiser_before(sent, c.subj)) is not None and raiser.key != c.obj.key:
        del scores["investedIn"]        # "Its rival, Kerlo, which sells…, raised $9m in a round led by X": Kerlo's
    if "investedIn" in scores and c.subj.explicit and c.obj.explicit and _backer_of_antecedent(sent, c.obj, c.subj):
        del scores["investedIn"]        # "Zentri faces Kerlo, which X has backed since 2021": Kerlo's
    if ("ceo" in scores or "employer" in scores) \
            and (person := c.subj if c.subj.group == "Person" else c.obj).group == "Person" and person.explicit \
            and _BOARD_CHAIRED_BY.search(sent.text, max(0, person.start - 80), person.start):
        scores.pop("ceo", None)         # "its board is chaired by A": a board seat, no job
        scores.pop("employer", None)
    if ("investedIn" in scores or "fundsRaised" in scores) and _TERM_SHEET.search(sent.text):
        scores.pop("investedIn", None)  # "X signed a term sheet for the round": a deal not closed
        scores.pop("fundsRaised", None)
    if "investedIn" in scores and c.subj.explicit and c.obj.group == "Org" and _backer_in_apposition(sent, c):
        del scores["investedIn"]        # "The fund, backed by A and B, has led a round in Z": A
        #                                 and B back the investor, not Z
    if "investedIn" in scores and c.subj.explicit and _lender(sent, c.subj):
        del scores["investedIn"]        # "X extended a €15m venture loan", "X lui accorde un prêt"
    if "developer" in scores and c.subj.explicit and c.obj.explicit and c.obj.end < c.subj.start \
            and c.subj.start - c.obj.end <= 90 and c.obj.key != sent.main \
            and (uses := _USES.search(sent.text, c.obj.end, c.subj.start)) is not None \
            and (_RELATIVE.search(sent.text[c.obj.end:uses.start()])
                 or re.fullmatch(r"\s+(?:(?:also|already|now|aussi|déjà)\s+)?", sent.text[c.obj.end:uses.start()])
                 and re.match(r"(?i)(?:uses|used|utilise|adopted|a\s+adopté|deploys|deployed|a\s+déployé)\b",
                              uses.group())):
        del scores["developer"]         # "a partnership with Orvane, which rolled out X to its members", "Orvane
        #                                 uses X": a customer, a distributor (not the passage's company: "Zentri
        #                                 rolled out X")
    if "developer" in scores and c.subj.explicit and c.obj.explicit and c.obj.end < c.subj.start \
            and c.subj.start - c.obj.end <= 60 and _HOSTS.search(sent.text, c.obj.end, c.subj.start):
        del scores["developer"]         # "A will host the X model in its cloud": a host, no maker
    if "valuation" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and _THING_WORTH.search(sent.text, max(0, c.obj.start - 70), c.obj.start):
        del scores["valuation"]         # "cloud vouchers worth $3 million": what a thing is worth
    if "developer" in scores and c.obj.explicit and c.obj.group == "Org" \
            and _ON_PLATFORM.search(sent.text, max(0, c.obj.start - 30), c.obj.start) \
            and not re.match(r"[’']s\b", sent.text[c.obj.end:]):
        del scores["developer"]         # "Sur Kerlo Arena, X est classé 12e", "available on Hugging Face"
    if "developer" in scores and (bought_for := _bought_for(sent, c)) is not None:
        if bought_for:
            scores["developer"] = max(scores["developer"], FRAME_SCORE)   # "A acquires B to advance P"
        else:
            del scores["developer"]
    if "developer" in scores and c.subj.group == "Product" and c.obj.explicit:
        made = _product_from(sent, c.obj)
        if made is not None and made.key == c.subj.key and c.obj.group == "Org":
            scores["developer"] = max(scores["developer"], FRAME_SCORE)     # "Halden-3 from Orvane"
        elif made is not None and made.key != c.subj.key:
            del scores["developer"]     # "X rivalise avec Claude d'Anthropic": Anthropic makes Claude, not X
    if "developer" in scores and c.subj.group == "Product" and c.subj.explicit and c.obj.explicit \
            and c.subj.end <= c.obj.start and _BUILT_ON.fullmatch(sent.text, c.subj.end, c.obj.start) \
            and re.match(r"[’']s\s", sent.text[c.obj.end:]):
        del scores["developer"]         # "X runs on Mistral's open models": Mistral made the base
    if "developer" in scores and _family_member(sent, c):
        scores["developer"] = max(scores["developer"], FRAME_SCORE)     # "X's Halden family, including A, B"
    if "partner" in scores and _partner_noun(sent, c):
        scores["partner"] = max(scores["partner"], FRAME_SCORE)     # "A has long been a key partner of X"
    if "partner" in scores and c.subj.explicit and c.obj.explicit and _partner_of(sent, c):
        scores["partner"] = max(scores["partner"], FRAME_SCORE)     # "A remains B's hosting provider and partner"
    if "hiredFrom" in scores and _hired_from(sent, c):
        scores["hiredFrom"] = max(scores["hiredFrom"], FRAME_SCORE)    # "Zentri a recruté dix ingénieurs venus de X"
    if "founder" in scores and _titled_opening(sent, c):
        scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "Co-founders A and B met on day one"
    if ("formerEmployer" in scores or "employer" in scores) and _ex_of_other(sent, c):
        scores.pop("formerEmployer", None)  # "ex-Kerlo executive Ana replaces co-founder B": Ana's, not B's
        scores.pop("employer", None)
    if ("formerEmployer" in scores or "employer" in scores) and _hired_with_role(sent, c):
        scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), scores.pop("employer", 0.0), FRAME_SCORE)
    if ("formerEmployer" in scores or "employer" in scores) and _met_at(sent, c):
        scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), scores.pop("employer", 0.0), FRAME_SCORE)
    if "formerEmployer" in scores and (_former_apposition(sent, c) or _past_career(sent, c) or _veterans_of(sent, c)):
        scores["formerEmployer"] = max(scores["formerEmployer"], FRAME_SCORE)  # "X, un ex-Orvane"
        if _former_apposition(sent, c) and _RAN_AT.search(sent.text, 0, max(c.subj.start, c.obj.start)):
            scores.pop("employer", None)    # "A, who ran a sales team at X, now leads Y": X is a past job
    if "employer" in scores and _org_role_apposition(sent, c):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)   # "A, the Kerlo Ventures partner who…"
    if "employer" in scores and _hired_by(sent, c):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)   # "Kerlo has promoted A and B to partner"
    if ("formerEmployer" in scores or "employer" in scores) and _left_after(sent, c):
        scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), scores.pop("employer", 0.0), FRAME_SCORE)
        scores.pop("ceo", None)         # "A, partner at X since 2019, has now left to found Y"
    if ("formerEmployer" in scores or "employer" in scores or "founder" in scores) \
            and _started_after_leaving(sent, c):
        scores.pop("formerEmployer", None)      # "A left X to start Y": Y is hers, not her past
        scores.pop("employer", None)
        if "founder" in scores:
            scores["founder"] = max(scores["founder"], FRAME_SCORE)
    if ("formerEmployer" in scores or "employer" in scores) and _recruited_from(sent, c):
        scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), FRAME_SCORE)
        scores.pop("employer", None)    # "A, recrutée chez X", "A, recruited from X": X is her past
        scores.pop("ceo", None)
    if c.subj.group in ("Person", "Org") and c.obj.group in ("Person", "Org") and c.subj.group != c.obj.group:
        org = c.obj if c.subj.group == "Person" else c.subj
        if org.explicit and _YEARS_AT.search(sent.text, max(0, org.start - 60), org.start):
            scores.pop("ceo", None)         # "qui en devient le PDG après dix ans chez X",
            scores.pop("employer", None)    # "came last year after six years at X": X is the past
            if "formerEmployer" in scores:
                scores["formerEmployer"] = max(scores["formerEmployer"], FRAME_SCORE)
    if "hiredFrom" in scores and _joined_after_years(sent, c):
        scores["hiredFrom"] = max(scores["hiredFrom"], FRAME_SCORE)     # "A, who joined X in 2024 after a decade
        #                                                                 at Y": X hired from Y
    if "investedIn" in scores and _holds_stake(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "X, which incubated it, holds a stake"
    if "investedIn" in scores and _owner(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "détenue à 70 % par A", a joint venture
    if "developer" in scores and c.obj.explicit \
            and _RENTED_FROM.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        del scores["developer"]         # "des puces louées auprès de X", "chips rented from X": a host
    if "developer" in scores and _compared_product(sent, c):
        del scores["developer"]         # "Lumo, qui vise A", "dépasse B, le modèle de Google": not theirs
    if "partner" in scores and _partnered(sent, c):
        scores["partner"] = max(scores["partner"], FRAME_SCORE)     # "Zentri s'allie à A"
    if ("employer" in scores or "ceo" in scores) and _first_step(sent, c):
        if "employer" in scores:        # "elle a d'abord rejoint X": her first job, a past one
            scores["formerEmployer"] = max(scores.pop("employer"), scores.get("formerEmployer", 0.0), FRAME_SCORE)
        scores.pop("ceo", None)
    titled = _founding_title(sent, c) if "ceo" in scores or "employer" in scores else None
    if titled in scores:                # "Founded in 2019 by CEO A and CTO B, Zentri…"
        scores[titled] = max(scores[titled], FRAME_SCORE)
        scores.pop("formerEmployer", None)      # (a title held there now, not a past job)
    if "employer" in scores and _current_role(sent, c):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)     # "B, qui en pilote désormais la recherche"
        scores.pop("formerEmployer", None)
    if "ceo" in scores and c.subj.group == "Org" and _other_role(sent, c):
        scores.pop("ceo", None)         # "B, ingénieur, en est la directrice financière": no chief executive
    by_pronoun = _pronoun_founded(sent, c) if "founder" in scores or "foundingYear" in scores else None
    if by_pronoun in scores:
        scores[by_pronoun] = max(scores[by_pronoun], FRAME_SCORE)     # "A, la présidente, qu'elle a cofondée avec B"
    if ("investedIn" in scores or "fundsRaised" in scores or "valuation" in scores) \
            and _role_possessor(sent, c.obj if "investedIn" in scores else c.subj) \
            and any(a.explicit and a.group == "Org" and a.type not in INVESTOR_TYPES and a.key != c.subj.key
                    and a.key != c.obj.key for a in sent.args):
        for rel in ("investedIn", "fundsRaised", "valuation"):
            scores.pop(rel, None)       # "A, Kerlo's co-founder, said her new company Lumora closed a round"
    elif "investedIn" in scores and c.subj.group == "Org" and _role_possessor(sent, c.subj):
        del scores["investedIn"]        # "A, now Kerlo's chief executive, keeps a stake in Zentri": A's stake
    if "employer" in scores and _leads_unit(sent, c):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)     # "A now leads Zentri's AI team"
        scores.pop("formerEmployer", None)
    if "employer" in scores and (_company_role(sent, c) or _role_before(sent, c)):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)     # "B, the company's chief scientist"
    if "ceo" in scores and _replaced_by(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "the CEO leaves, succeeded by finance chief A"
    if "ceo" in scores and c.obj.group == "Person" and c.obj.explicit and _DEPARTMENT_HEAD.match(sent.text[c.obj.end:]):
        del scores["ceo"]               # "A prend la direction du pôle data": a department's, not the company
    moved = _moved(sent, c) if "formerEmployer" in scores or "employer" in scores else None
    if moved == "from":                 # "A a quitté l'entreprise pour rejoindre Y": A's past
        scores["formerEmployer"] = max(scores.get("formerEmployer", 0.0), FRAME_SCORE)
        scores.pop("employer", None)
        scores.pop("ceo", None)
    elif moved == "to":                 # … and Y, where A works now
        scores["employer"] = max(scores.get("employer", 0.0), FRAME_SCORE)
        scores.pop("formerEmployer", None)
    if ("formerEmployer" in scores or "employer" in scores) and _joins_now(sent, c):
        scores["employer"] = max(scores.get("employer", 0.0), FRAME_SCORE)     # "A a rejoint Sanofi comme…"
        scores.pop("formerEmployer", None)
    if "formerEmployer" in scores and _passed_by(sent, c):
        scores["formerEmployer"] = max(scores["formerEmployer"], FRAME_SCORE)     # "A, passée par l'Onera"
        scores.pop("employer", None)
        scores.pop("ceo", None)
    if "ceo" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and _its_chief().match(sent.text[c.obj.end:]) \
            and not any(a.explicit and a.group == "Org" and c.subj.end <= a.start < c.obj.start for a in sent.args):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "a créé X avec A, qui en devient le PDG"
    if "acquired" in scores and c.subj.explicit and c.obj.explicit and c.obj.end <= c.subj.start \
            and c.subj.group == "Org" and HEADLINE_SOLD.match(sent.text[c.obj.end:c.subj.start]) is not None:
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)     # "B passe sous pavillon de l'industriel A",
        #                                                               "B sold to A": A bought B
    if "acquired" in scores and _completed_purchase(sent, c):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)     # "X … confirmed it has completed its purchase
        #                                                               of Y": the sentence's first company buys Y
    if "acquired" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and _SELLS_TO.search(sent.text, c.subj.end, c.obj.start) \
            and re.search(r"(?i)(?<![\w-])(?:à|au|to)\s+(?:(?:la|le|l[’']|the)\s*)?$", sent.text[:c.obj.start]):
        del scores["acquired"]          # "X annonce la cession de son activité à Y": X sells to Y, buys nothing
    if "ceo" in scores and (person := c.obj if c.obj.group == "Person" else c.subj).explicit \
            and (becomes := _BECOMES.match(sent.text, person.end)) is not None \
            and _board_title_re().match(sent.text, becomes.end()):
        del scores["ceo"]               # "Il devient président du conseil de surveillance": a board seat
    if "ceo" in scores or "employer" in scores:
        role = _founder_role(sent, c)
        if role is not None and role in scores:
            scores[role] = max(scores[role], FRAME_SCORE)   # "lancée par A, qui dirige l'entreprise, et par B,
            #                                                 désormais directeur financier"
    if "employer" in scores and c.subj.group == "Person" and c.obj.group == "Org" and c.subj.explicit \
            and _bracketed_role().match(sent.text[c.subj.end:]) \
            and (c.obj.key == sent.main or not c.obj.explicit) \
            and not any(a.explicit and a.group == "Org" and a.key != c.obj.key for a in sent.args):
        scores["employer"] = max(scores["employer"], FRAME_SCORE)   # "led by A (CEO) and B (President)"
    if ("formerEmployer" in scores or "employer" in scores) and _bracketed_for_other(sent, c):
        scores.pop("formerEmployer", None)  # "par A (ex-X), B et C (ex-Y)": X is A's past, not C's
        scores.pop("employer", None)
    if ("formerEmployer" in scores or "employer" in scores) and _someone_elses_org(sent, c):
        scores.pop("formerEmployer", None)  # "A, who spent years at X, and B, a former Y engineer":
        scores.pop("employer", None)        # X is A's past, Y is B's
    if "formerEmployer" in scores or "employer" in scores:
        org = c.obj if c.subj.group == "Person" else c.subj
        if org.group == "Org" and funding_source(sent, org) is not None:
            scores.pop("formerEmployer", None)  # "founded by A, a former X researcher, raised $40 million led
            scores.pop("employer", None)        # by Y": Y gave the money, it employed nobody here
    if "developer" in scores:
        made = _made_by(sent, c.obj)
        if made is not None and made.key != c.subj.key:
            del scores["developer"]     # "Zentri-2 bat Halden, le moteur conçu par X": X made Halden
        elif made is not None and c.subj.group == "Product" and c.obj.group == "Org":
            scores["developer"] = max(scores["developer"], FRAME_SCORE)     # "Halden, le moteur conçu par X"
    if "developer" in scores and c.subj.group == "Product" and c.subj.explicit and any(
            a.explicit and a.group == "Org" and a.key != c.obj.key and (m := _made_by(sent, a)) is not None
            and m.key == c.subj.key for a in sent.args):
        del scores["developer"]         # "uses Zentri's model, tuned from X, the model released by Kerlo": Kerlo's
    if "developer" in scores and c.subj.group == "Product" and c.obj.explicit and c.obj.end <= c.subj.start \
            and any(q.explicit and q.group == "Product" and q.key != c.subj.key and c.obj.end <= q.start < c.subj.start
                    and rivalry(sent, q, c.subj) for q in sent.args):
        del scores["developer"]         # "Zentri's Halden beats Lumo": Lumo is Halden's rival, not Zentri's
    if "developer" in scores and c.subj.group == "Product":
        maker = _maker(sent, c.subj)
        if maker is not None and (c.obj.key == maker.key if maker.explicit else not c.obj.explicit):
            scores["developer"] = max(scores["developer"], FRAME_SCORE)     # "Zentri a mis au point X"
        elif maker is not None and maker.explicit and c.obj.explicit:
            del scores["developer"]     # "Zentri, which a former Orvane engineer set up, released X": not Orvane
    if any(a.group == "Org" and _attributed(sent, a) for a in (c.subj, c.obj)):
        for rel in [r for r in scores if r not in ("source", "quotes")]:
            del scores[rel]             # "…ont levé 2 milliards, selon Orvane": Orvane reports it
    if "investedIn" in scores and c.subj.group == "Person" and c.subj.explicit \
            and _ATTRIBUTED_PERSON.search(sent.text, max(0, c.subj.start - 60), c.subj.start):
        del scores["investedIn"]        # "According to chief executive A, the round values X at": A's word
    if "founder" in scores and c.obj.group == "Person" and c.obj.source in ("topic", "anaphor") \
            and _titled_founder(sent, c.obj.key):
        del scores["founder"]           # "Elle remplace le cofondateur X": X founded it, not "elle"
    if "founder" in scores and c.subj.group == "Org":
        founded = founders_listed(sent, c.obj)
        if founded is not None and founded.key == c.subj.key and c.subj.explicit:
            scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "fondée en 2023 par A, …, et B"
        elif founded is not None and founded.key != c.subj.key:
            del scores["founder"]       # "croise Sierra, la start-up cofondée par A": A founded Sierra
    if "founder" in scores and c.obj.group == "Person" and c.obj.explicit \
            and _SUCCESSOR_BEFORE.search(sent.text, max(0, c.obj.start - 50), c.obj.start):
        del scores["founder"]           # "le fondateur s'est effacé au profit de A", "… cède son fauteuil à A": A
        #                                 succeeds the founder
    run_by = _RUN_BY.search(sent.text, max(0, c.obj.start - 60), c.obj.start) \
        if "founder" in scores and c.obj.group == "Person" and c.obj.explicit else None
    if run_by is not None and not _FOUNDED_AND.search(sent.text, 0, run_by.start()) and not _founder_of_title(sent, c):
        del scores["founder"]           # "Créée en 2015 et présidée par A": A runs it, maybe founded nothing
        opener = fronted_opener(sent)
        if "ceo" in scores and opener is not None and opener.key == c.subj.key and c.obj.start < opener.start:
            scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "…et dirigée par A, Zentri…": its chief
    if "founder" in scores and _founder_of_title(sent, c):
        scores["founder"] = max(scores["founder"], FRAME_SCORE)         # "le fondateur de X, A", "X co-founder A"
    cofounder = _bare_founder(sent, c) if "founder" in scores or "employer" in scores else None
    if cofounder is not None:
        if "founder" in scores:
            scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "A, cofondatrice et directrice technique,"
        if "employer" in scores and cofounder:
            scores["employer"] = max(scores["employer"], FRAME_SCORE)   # … and the passage's company's CTO
    if ("ceo" in scores or "employer" in scores) and _runs_part(sent, c):
        scores.pop("ceo", None)         # ", who runs sales for X's mortgage arm": X's employee
        if "employer" in scores:
            scores["employer"] = max(scores["employer"], FRAME_SCORE)
    if "ceo" in scores and (_became_chief(sent, c) or _as_chief_of(sent, c)):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "under A, until now its head of sales, who became CEO"
    predicate = _role_predicate(sent, c) if "ceo" in scores or "employer" in scores else None
    if predicate is not None and predicate in scores:
        scores[predicate] = max(scores[predicate], FRAME_SCORE)         # "B en est la vice-présidente"
        scores.pop("formerEmployer", None)                              # (a role now, no past one)
    if "founder" in scores and cofounded_with(sent, c):
        scores["founder"] = max(scores["founder"], FRAME_SCORE)         # "started the company with B"
    elif "founder" in scores and founded_with_other(sent, c):
        del scores["founder"]           # "nous avons créé Zentri avec B": B founded Zentri, not "nous"
    if c.subj.group == "Org" and c.subj.explicit and c.obj.kind == "year" and c.obj.explicit \
            and _FOUNDING_BEFORE.search(sent.text, max(0, c.subj.start - 40), c.subj.start) \
            and _IN_YEAR.fullmatch(sent.text, c.subj.end, c.obj.start):
        scores["foundingYear"] = max(scores.get("foundingYear", 0.0), FRAME_SCORE)  # "avant de créer X en 2023"
    fronted = _fronted_founding(sent) if "founder" in scores or "foundingYear" in scores \
        or c.obj.group == "Place" and c.obj.explicit else None
    if fronted is not None and c.obj.group == "Place" and fronted[2] < c.obj.start < fronted[0].start:
        for rel in ("country", "headquarters"):
            if rel in scores and c.subj.key == fronted[0].key and (rel == "country") == (c.obj.type == "Country"):
                scores[rel] = max(scores[rel], FRAME_SCORE)
            else:
                scores.pop(rel, None)   # "Founded by A, who worked at X, the Australian startup…": the startup's
    if fronted is not None and c.obj.explicit:
        org, first, end = fronted
        founding = {"Person": "founder", "Year": "foundingYear"}.get(c.obj.group)
        if founding in scores and (first if founding == "founder" else 0) <= c.obj.start < end:
            if c.subj.key == org.key:   # the founding clause's people and year are its subject's
                scores[founding] = max(scores[founding], FRAME_SCORE)
            else:
                del scores[founding]
    listed_rival = _rivals_next(sent, c) if "competitor" in scores else None
    if listed_rival is False:
        del scores["competitor"]        # "X, client de A, cite parmi ses rivaux B": not A's rival
    elif listed_rival:
        scores["competitor"] = max(scores["competitor"], FRAME_SCORE)
    if "competitor" in scores:
        if champion_rival(sent, c.subj, c.obj):
            framed.add("competitor")
        if framed or rivalry(sent, c.subj, c.obj) or rival_noun(sent, c) \
                or c.subj.group == c.obj.group and rivalry(sent, c.obj, c.subj) \
                or after_rivalry and _announced_rival(sent, c) or _rival_after_colon(sent, c) \
                or _fronted_rival_topic(sent, c):
            scores["competitor"] = max(scores["competitor"], FRAME_SCORE)
        elif in_rival_clause(sent, c.subj, c.obj) or in_rival_clause(sent, c.obj, c.subj):
            del scores["competitor"]    # "competes with Lumora, which Orvane acquired": Orvane is no rival
        if "competitor" in scores and any(
                a.explicit and a.group == "Org" and _relative_buyer(sent, Candidate(c.sentence, x, a, ()))
                for x in (c.subj, c.obj) for a in sent.args if a.end <= x.start):
            del scores["competitor"]    # "…, et Brisca, que Tamber a rachetée": the buyer is nobody's rival
    if "partner" in scores and c.subj.explicit and c.obj.explicit and _ACQUIRING.search(
            sent.text, min(c.subj.end, c.obj.end), max(c.subj.start, c.obj.start)):
        del scores["partner"]           # "has agreed to acquire X": a purchase, no partnership
    if "partner" in scores and any(x.explicit and x.group == "Org" and (m := _made_by(sent, x)) is not None
                                   and m.group == "Product" for x in (c.subj, c.obj)):
        del scores["partner"]           # "s'appuie sur X, le modèle que Google a conçu": Google made X, no deal
    if "partner" in scores and _partner_title_only(sent):
        del scores["partner"]           # "Kerlo partner Ana Roux will join Zentri's board": a job title
    if "partner" in scores and _rivals_listed(sent, c):
        del scores["partner"]           # "X croise le fer avec A, avec B et avec C": rivals, not partners
    if "country" in scores:
        if champion_country(sent, c.subj, c.obj):
            framed.add("country")
            scores["country"] = max(scores["country"], FRAME_SCORE)
        elif apposition_country(sent, c.subj, c.obj):
            scores["country"] = max(scores["country"], FRAME_SCORE)
        elif opposed(sent, c.subj, c.obj):
            del scores["country"]       # "as the rivalry with China grows": the other side
        elif c.obj.explicit and (authority := _AUTHORITY_AFTER.match(sent.text, c.obj.end)) is not None \
                and c.subj.type != "GovernmentBody" \
                and not (c.subj.explicit and 0 <= c.subj.start - authority.end() <= 3):
            del scores["country"]       # "Denmark's data regulator fined X": the regulator's country
    if "headquarters" in scores and _seat_of(sent, c.subj, c.obj):
        scores["headquarters"] = max(scores["headquarters"], FRAME_SCORE)  # "…, mais son siège demeure à Lyon"
    elif "headquarters" in scores and (owner := _relative_seat_owner(sent, c.obj)) is not None \
            and owner.key != c.subj.key:
        del scores["headquarters"]      # "un prêt de la CKD, dont le siège reste à Niamey": the lender's
    if "headquarters" in scores and based_in(sent, c):
        scores["headquarters"] = max(scores["headquarters"], FRAME_SCORE)  # "Zentri, installée à Lyon,"
    elif "headquarters" in scores and c.obj.explicit and c.subj.explicit and any(
            a.explicit and a.group == "Place" and a.key != c.obj.key
            and based_in(sent, Candidate(c.sentence, c.subj, a, ())) for a in sent.args):
        del scores["headquarters"]      # "Zentri, pépite de Lyon, s'installe à Paris": Lyon is the seat, Paris not
    elif "headquarters" in scores and c.obj.explicit and any(
            a.explicit and a.group == "Org" and a.key != c.subj.key and a.source != "anaphor"
            and based_in(sent, Candidate(c.sentence, a, c.obj, ())) for a in sent.args):
        del scores["headquarters"]      # "A quitte X pour fonder Y, une start-up basée à Toulon": Y's city
    if "headquarters" in scores and c.subj.explicit and c.obj.explicit and _demonym_of_noun(sent, c):
        del scores["headquarters"]      # "Le géant californien a racheté la start-up parisienne": not its seat
    if "headquarters" in scores and c.subj.kind == "topic" and c.obj.explicit and c.obj.type == "City" \
            and re.match(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?-based\s+[a-z]", sent.text[c.obj.end:]):
        del scores["headquarters"]      # "The Lomé-based lender…", "The Austin, Texas-based group…" that no
        #                                 reference made the topic: another firm
    if "headquarters" in scores and c.obj.explicit \
            and _BIRTHPLACE.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        del scores["headquarters"]      # "née à Nancy, elle…": a person's birthplace
    if "headquarters" in scores and c.obj.explicit and not based_in(sent, c) \
            and (_OFFICE_IN.search(sent.text, max(0, c.obj.start - 40), c.obj.start)
                 or _OFFICE_MADE_IN.search(sent.text, max(0, c.obj.start - 70), c.obj.start)
                 or c.obj.type == "City" and (_CITY_OFFICE.match(sent.text[c.obj.end:])
                                              or _WHERE_OFFICE.match(sent.text, c.obj.end)
                                              or _OWN_SITE_AFTER.match(sent.text[c.obj.end:])
                                              and _OWN_SITE_BEFORE.search(sent.text, 0, c.obj.start))):
        del scores["headquarters"]      # "to open an office in Porto", "un bureau à Liège": no head office
    if "headquarters" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and re.fullmatch(r"\s*,\s*(?:à|in|at)\s+", sent.text[c.subj.end:c.obj.start]) \
            and _WORKED_BEFORE.search(sent.text, max(0, c.subj.start - 60), c.subj.start):
        del scores["headquarters"]      # "elle a travaillé dix ans au Zentrilab, à Lyon": where she worked
    if "headquarters" in scores and c.obj.explicit and c.obj.type == "Region" \
            and re.search(r"(?i)(?<![\w-])(?:région|region|départements?|department)\s+(?:de\s+|du\s+|des\s+|d[’'])?$",
                          sent.text[max(0, c.obj.start - 20):c.obj.start]):
        del scores["headquarters"]      # "Kerlo Amorçage, créé par la Région Normandie": the region's fund, no seat
    if "headquarters" in scores and c.obj.explicit and (not c.subj.explicit or c.subj.source == "anaphor") \
            and _GROUP_OF_CITY.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        del scores["headquarters"]      # "le groupe de Redmond": a big group's seat, no start-up's
    elif "headquarters" in scores and c.obj.explicit and c.obj.type == "City" and c.subj.group == "Org" \
            and (not c.subj.explicit or c.subj.source == "anaphor") \
            and re.search(r"(?i)(?<![\w’'-])the\s+$", sent.text[max(0, c.obj.start - 6):c.obj.start]) \
            and (described := _CITY_DESCRIBED.match(sent.text, c.obj.end)) is not None \
            and not any(a.explicit and a.kind == "entity" and a.start == described.end() for a in sent.args):
        scores["headquarters"] = max(scores["headquarters"], FRAME_SCORE)  # "since the Leeds firm shipped it"
    if ("country" in scores or "headquarters" in scores) and c.obj.explicit and c.obj.group == "Place" \
            and (_PARENT_AFTER.match(sent.text, c.obj.end) or _PARENT_BEFORE.search(sent.text, 0, c.obj.start)):
        scores.pop("country", None)     # "its US parent", "sa filiale américaine": the unit's country, not the
        scores.pop("headquarters", None)    # company's
    if ("headquarters" in scores or "country" in scores) and _based_other(sent, c):
        scores.pop("headquarters", None)    # "rivals Munich-based Lumora": Lumora's city
        scores.pop("country", None)
    if "ceo" in scores and (_its_ceo(sent, c) or _poss_title(sent, c)):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "A en est la présidente-directrice générale",
        #                                                     "confirme son directeur général, A"
    elif "ceo" in scores and _bare_title(sent, c.obj):
        if c.subj.source == "anaphor" or c.subj.explicit and (f := founders_listed(sent, c.obj)) is not None \
                and f.key == c.subj.key:    # "A, the CEO, set up the company": the passage's; "X was founded
            scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # by A, its CEO, and B": X's
        elif c.subj.explicit and (setting := _fronted_org(sent, c.obj)) is not None and setting.key == c.subj.key:
            scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "Du côté de X, A, son président": X's
        elif c.subj.explicit:
            del scores["ceo"]               # "A, the chief executive, is to lead a team inside Y": not Y's
    if "ceo" in scores and appointed_ceo(sent, c):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "Zentri a nommé A au poste de PDG"
    elif "ceo" in scores and c.obj.group == "Person" and any(
            a.explicit and a.group == "Person" and a.key != c.obj.key
            and appointed_ceo(sent, Candidate(c.sentence, c.subj, a, c.relations)) for a in sent.args):
        del scores["ceo"]               # "A is Zentri's CEO; B leads engineering": B is not
    if _demonym_of_topic(sent, c):      # "La start-up parisienne, qui…", "The German startup said"
        rel = "headquarters" if c.obj.type == "City" else "country" if c.obj.type == "Country" else ""
        if rel in scores:
            scores[rel] = max(scores[rel], FRAME_SCORE)
        if rel == "country":
            scores.pop("headquarters", None)
    if demonym_apposition(sent, c):     # "Kerlo, la société rennaise", "Kelvane, the Lyon startup"
        rel = "headquarters" if c.obj.type == "City" else "country" if c.obj.type == "Country" else ""
        if rel in scores:
            scores[rel] = max(scores[rel], FRAME_SCORE)
    if ("headquarters" in scores or "country" in scores) and _demonym_of_other(sent, c):
        scores.pop("headquarters", None)    # "racheté la jeune pousse lilloise X": the demonym is X's
        scores.pop("country", None)
    if "ceo" in scores and _title_of_other(sent, c):
        del scores["ceo"]               # "un administrateur, A, ancien directeur général de X": X's, not the topic's
    if "ceo" in scores and _leaving(sent, c):
        del scores["ceo"]               # "X passe la main à Y", "X steps down as chief executive"
    role = _role_after(sent, c) if "ceo" in scores or "employer" in scores else None
    if role == "board":
        scores.pop("employer", None)    # "A, présidente du conseil de surveillance de X": a seat, not a job
    if "ceo" in scores and role == "ceo":
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "X, the chief executive, and Y, the CTO,"
    elif "ceo" in scores and role is not None:
        del scores["ceo"]
    if "ceo" in scores and c.obj.explicit and c.obj.group == "Person" and _BARE_CEO.search(sent.text[:c.obj.start]):
        # "…, CEO Zoe Marsh told Reuters": a bare title is the chief executive of what the sentence is about
        bare = unquoted(sent.text)      # an organisation a quotation names is not what the sentence is about,
        orgs = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= c.obj.start    # but its
                and (bare[a.start:a.end] == sent.text[a.start:a.end] or a.source == "anaphor")]     # "we" is
        after = [a for a in sent.args if a.explicit and a.group == "Org" and a.start >= c.obj.end]
        if (orgs and c.subj.key == orgs[0].key) or (not orgs and not c.subj.explicit) \
                or (not orgs and c.subj.explicit and _FOUNDED_BETWEEN.fullmatch(sent.text, c.obj.end, c.subj.start)) \
                or (not orgs and after and (c.subj.key, c.subj.start) == (after[0].key, after[0].start)
                    and re.search(r"(?i)\b(?:according\s+to|selon|d['’]après)\s+\S+(?:\s+\S+)?\s+$",
                                  sent.text[:c.obj.start])):     # "According to chief executive A, X…": X's
            scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # (or "CEO A, a physician, co-founded X")
        else:
            del scores["ceo"]
    if c.subj.key and c.obj.key and (c.subj.key.startswith(c.obj.key + "-") or c.obj.key.startswith(c.subj.key + "-")):
        scores.pop("investedIn", None)      # "Orvane Ventures" and "Orvane": one firm and its fund, not an
        scores.pop("competitor", None)      # investment or a rivalry
    if ("fundsRaised" in scores or "valuation" in scores) and c.obj.kind == "amount" and c.obj.explicit \
            and _business_metric(sent, c.obj):
        scores.pop("fundsRaised", None)     # "revenue hit €4m in 2025": a company's figure, no deal
        scores.pop("valuation", None)
    if "valuation" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and _IMPLIED.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        del scores["valuation"]         # "share prices that imply a value of $1 billion": no round set it
    if ("fundsRaised" in scores or "valuation" in scores) and c.obj.kind == "amount" and _market_total(sent, c.obj):
        scores.pop("fundsRaised", None)     # "European venture funding reached $14 billion": a market's total
        scores.pop("valuation", None)
    if ("fundsRaised" in scores or "valuation" in scores) and c.obj.kind == "amount" \
            and _earlier_valuation(sent, c.obj):
        scores.pop("fundsRaised", None)     # "values it at $900 million, down from the $2.6 billion it
        if "valuation" in scores:           # commanded": an earlier valuation
            scores["valuation"] = max(scores["valuation"], FRAME_SCORE)
    if ("fundsRaised" in scores or "valuation" in scores) and c.obj.kind == "amount" and c.obj.explicit \
            and _PRICE_PAID.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        scores.pop("fundsRaised", None)     # "Kerlo pays roughly €40 million (some $46 million) for the
        #                                     company": a price, no money raised
    if "fundsRaised" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and _PAIR_SUBJECT.search(sent.text, max(0, c.obj.start - 120), c.obj.start) \
            and not (c.subj.explicit and c.subj.start > c.obj.start - 120):
        del scores["fundsRaised"]       # "les deux start-up ont levé 30 M€ en tout": both, not one
    if ("fundsRaised" in scores or "valuation" in scores) and c.obj.kind == "amount" and c.obj.explicit \
            and (_GRANT_AFTER.match(sent.text, c.obj.end) or _GRANT_BEFORE.search(sent.text, 0, c.obj.start)
                 or _grant_apposed_after(sent, c.obj)):
        scores.pop("fundsRaised", None)     # "a €1 million grant", "une subvention de 80 000 euros": no round,
        scores.pop("valuation", None)       # no valuation ("le prix lui a valu une subvention de")
    if ("fundsRaised" in scores or "valuation" in scores) and c.obj.kind == "amount" and c.obj.explicit \
            and _PER_SHARE.match(sent.text, c.obj.end):
        scores.pop("fundsRaised", None)     # "au prix de 9,50 euros par action", "$18 a share": a share price
        scores.pop("valuation", None)
    if "valuation" in scores and c.obj.kind == "amount" and _valuation_change(sent, c.obj):
        scores.pop("fundsRaised", None)     # "sa valorisation bondir de X à Y": both amounts are valuations
        scores["valuation"] = max(scores["valuation"], FRAME_SCORE)
    participants = round_participants(sent) if after_round and ("fundsRaised" in scores
                                                                 or "investedIn" in scores) else frozenset()
    if "fundsRaised" in scores and c.obj.kind == "amount" and participants:
        if c.subj.explicit and c.subj.start in participants and not _added_to_round(sent, c) \
                and not re.match(r"['’]s\s", sent.text[c.subj.end:c.subj.end + 3]):   # "Orvane's $8 million"
            del scores["fundsRaised"]       # "A a mené son tour de 4 M€": A gave, the passage's company raised
        elif not c.subj.explicit and (_POSSESSIVE_ROUND.search(sent.text, max(0, c.obj.start - 40), c.obj.start)
                                      or _DEFINITE_ROUND.search(sent.text, max(0, c.obj.start - 40), c.obj.start)):
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "A, déjà présent lors de
        elif not c.subj.explicit and c.obj.explicit \
                and _LED_A_ROUND.search(sent.text, max(0, c.obj.start - 30), c.obj.start) \
                and _ROUND_AFTER_AMOUNT.match(sent.text, c.obj.end) \
                and not any(a.explicit and a.group == "Org" and a.start not in participants for a in sent.args):
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "B led a $12 million Series B"
    elif "fundsRaised" in scores and c.obj.kind == "amount" and c.obj.explicit and not c.subj.explicit \
            and _POSSESSIVE_ROUND.search(sent.text, max(0, c.obj.start - 40), c.obj.start) \
            and not any(a.explicit and a.group in ("Org", "Person") and a.end <= c.obj.start for a in sent.args):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "Son unique tour connu : 3 M€"
    if "fundsRaised" in scores and (_round_total(sent, c) or _added_to_round(sent, c)):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "Le tour de table atteint 900
        #                                                                     millions de FCFA"
    if "fundsRaised" in scores and c.obj.kind == "amount" and (owner := _round_of(sent, c.obj)) is not None:
        if owner.key == c.subj.key:
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "the $5M seed round of X"
        else:
            del scores["fundsRaised"]
    if "investedIn" in scores and c.subj.explicit:
        for amount in (a for a in sent.args if a.kind == "amount" and a.explicit):
            owner = _round_of(sent, amount)
            if owner is None:
                continue
            if owner.key == c.subj.key:
                del scores["investedIn"]    # "X led the $5M round of Y": Y invested in no one
            elif owner.key == c.obj.key and c.subj.end <= amount.start and c.subj.group in ("Org", "Person") \
                    and not any(a.explicit and a.group == "Org" and c.subj.end <= a.start < amount.start
                                for a in sent.args):
                scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "X led the $5M round of Y"
            break
    if "fundsRaised" in scores and _entry_heading(sent, c):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "Zentri — €6.5m seed"
    if "fundsRaised" in scores and c.subj.explicit and c.obj.kind == "amount" and c.obj.explicit \
            and c.subj.end <= c.obj.start \
            and _LED_BEFORE.search(sent.text, max(c.subj.end, c.obj.start - 40), c.obj.start) \
            and not any(a.explicit and a.group == "Org" and c.subj.end <= a.start < c.obj.start for a in sent.args):
        del scores["fundsRaised"]       # "X, which led its €7 million Series B": X gave the money
    if "fundsRaised" in scores and c.obj.kind == "amount" and c.obj.explicit and _possessive_led(sent, c):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "X's investors include A, which led
                                                                            # its €7 million Series B"
    if "fundsRaised" in scores and not c.subj.explicit and c.subj.group == "Org" and c.obj.kind == "amount" \
            and c.obj.explicit and _CLOSED_AFTER.match(sent.text, c.obj.end) \
            and not any(a.explicit and a.group == "Org" and a.start < c.obj.start for a in sent.args):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "The €3 million bridge is now closed"
    if "fundsRaised" in scores and c.subj.explicit and _LEADER_AFTER.match(sent.text, c.subj.end):
        del scores["fundsRaised"]       # "…, and Y, which had led its first round": a leader
    if "fundsRaised" in scores and c.obj.kind == "amount" and _FUND_SIZE.search(sent.text, max(0, c.obj.start - 60),
                                                                            c.obj.start):
        before = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= c.obj.start]
        firm = next((a for a in before if a.type in INVESTOR_TYPES), before[0] if before else None)
        if firm is not None and c.subj.key == firm.key:
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)    # "X boucle son fonds II
        elif firm is not None:                                                  # à 75 M€"
            del scores["fundsRaised"]   # a fund's size is its manager's money, no round of the passage's company
    if "fundsRaised" in scores and c.subj.type in INVESTOR_TYPES and c.obj.explicit and _portfolio_round(sent, c.obj):
        del scores["fundsRaised"]       # "Y, qui avait soutenu son amorçage de 2 M€": not Y's money
    elif "fundsRaised" in scores and c.subj.type in INVESTOR_TYPES and c.subj.explicit and c.obj.explicit \
            and c.subj.end <= c.obj.start and _PUTS_IN.search(sent.text, c.subj.end, c.obj.start):
        del scores["fundsRaised"]       # "X, un fonds basé à Lyon, apporte deux millions d'euros": its share of the
        #                                 round, money it gives, not money it raised
    if c.obj.explicit and c.obj.kind in ("amount", "year") and ("fundsRaised" in scores or "foundingYear" in scores) \
            and c.subj.type in INVESTOR_TYPES and c.subj.explicit and c.subj.end <= c.obj.start \
            and (_LED_A_ROUND.search(sent.text, max(0, c.obj.start - 40), c.obj.start)
                 or c.obj.kind == "year" and _LED_IN.search(sent.text, max(0, c.obj.start - 30), c.obj.start)):
        scores.pop("fundsRaised", None)     # "ce fonds a conduit en 2021 le tour de 5 M€": the round of the
        scores.pop("foundingYear", None)    # company it backed, not the fund's money nor its founding
    elif "foundingYear" in scores and c.obj.kind == "year" and c.obj.explicit \
            and _ENTERED_IN.search(sent.text, max(0, c.obj.start - 50), c.obj.start):
        del scores["foundingYear"]      # "le fonds X, entré en 2020": the year it came in, not its founding
    elif "fundsRaised" in scores and c.obj.kind == "amount" and c.obj.explicit and not c.subj.explicit \
            and re.fullmatch(r"\W*(?:an?|un|une)\s+", sent.text[:c.obj.start], re.IGNORECASE) \
            and _ROUND_NOUN_AFTER.match(sent.text, c.obj.end):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "A $300,000 seed round came next
        #                                                                     in 2021": the passage's company's
    elif "fundsRaised" in scores and _led_possessor_round(sent, c):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "A led the company's $9M Series A"
    elif "fundsRaised" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and (not c.subj.explicit or c.subj.source == "anaphor") and c.subj.type not in INVESTOR_TYPES \
            and _LED_A_ROUND.search(sent.text, max(0, c.obj.start - 40), c.obj.start) \
            and _ROUND_AFTER_AMOUNT.match(sent.text, c.obj.end) and (leaders := [
                a for a in sent.args if a.explicit and a.group == "Org" and a.end <= c.obj.start
                and a.key != c.subj.key]) \
            and all(a.type in INVESTOR_TYPES for a in leaders):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "ce fonds a conduit le tour de
        #                                                                     12 M€": the passage's company's round
    if "fundsRaised" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and (sold := _NEW_SHARES_FOR.search(sent.text, max(0, c.obj.start - 90), c.obj.start)) is not None:
        others = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= sold.start()]
        if c.subj.kind == "topic" and not others or others and c.subj.key == others[-1].key:
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)     # "issued new stock worth NOK 90
        #                                                                         million": a listing's raise
    if "fundsRaised" in scores and _debt_amount(sent, c.obj):
        del scores["fundsRaised"]       # "$10 million in venture debt", "un prêt bancaire de 2 M€": no round
    if "fundsRaised" in scores and _cleft_amount(sent, c):
        scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)   # "4 M€ : c'est le montant que… X"
    if "fundsRaised" in scores:
        # "X, which raised $5 million"; "X left Kerlo Launchpad and has raised $4 million": X
        raiser = relative_raiser(sent, c.obj) or (_coordinated_raiser(sent, c.obj) if c.obj.explicit else None) \
            or _subject_raiser(sent, c.obj)
        if raiser is not None and raiser.key == c.subj.key:
            scores["fundsRaised"] = max(scores["fundsRaised"], FRAME_SCORE)
        elif raiser is not None:
            del scores["fundsRaised"]
    if "investedIn" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and _LENDS.fullmatch(sent.text, c.subj.end, c.obj.start) \
            and (debts := [a for a in sent.args if a.kind == "amount" and a.explicit and a.start >= c.obj.end]) \
            and all(_debt_amount(sent, a) for a in debts):
        del scores["investedIn"]        # "Orvane Bank has given Zentri a R120m working-capital facility": a lender
    if "investedIn" in scores:
        stake = stake_in(sent, c)
        if stake or stake is None and stake_companion(sent, c):
            scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "est entrée au capital de X"
            #                                                                 (", aux côtés de B": B's too)
        elif stake is False:
            del scores["investedIn"]        # the stake is in the company named, not in the passage's
    for named in (c.subj, c.obj):
        if named.explicit and named.group == "Org" \
                and _LISTED_ON.search(sent.text, max(0, named.start - 40), named.start):
            for rel in ("investedIn", "acquired", "partner"):
                scores.pop(rel, None)   # "cotée sur Euronext Paris", "listed on the Nasdaq": a market
    if "valuation" in scores and c.obj.kind == "amount" and c.obj.explicit \
            and _TARGET_VALUED.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        orgs = [a for a in sent.args if a.explicit and a.group == "Org" and a.end <= c.obj.start]
        if len(orgs) > 1 and c.subj.explicit and c.subj.key != orgs[0].key and c.subj.key == orgs[-1].key:
            scores["valuation"] = max(scores["valuation"], FRAME_SCORE)  # "A rachète B … valorisant la cible à"
        else:
            del scores["valuation"]     # the buyer is not the target
    if "investedIn" in scores and _fronted_holder(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "Premier actionnaire de X, le fonds Y"
    elif "investedIn" in scores and c.subj.explicit and any(
            a.explicit and a.group == "Org" and a.key != c.obj.key
            and _fronted_holder(sent, Candidate(c.sentence, c.subj, a, ())) for a in sent.args):
        del scores["investedIn"]        # … Y holds X, not the passage's company
    if "investedIn" in scores and _holder(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "X also holds a stake", "X owns 6 %"
    if "investedIn" in scores:
        _portfolio_frame(scores, sent, c)
    if "investedIn" in scores and _joined_named_round(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "le tour de X, auquel a participé Y"
    if "investedIn" in scores and c.obj.explicit and c.obj.group == "Org" \
            and _PART_OF.search(sent.text[max(0, c.obj.start - 90):c.obj.start]):
        del scores["investedIn"]        # "A and B, the venture arm of C, also took part": C is B's parent
    if "fundsRaised" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and _INVESTED_IN_ROUND.search(sent.text, c.subj.end, c.obj.start):
        del scores["fundsRaised"]       # "A, fonds régional, a investi lors du tour de N de 2020": A put
        #                                 money in, the round is another's
    if "investedIn" in scores and (
            c.subj.key != sent.main and (clause := _closed_relative(sent, c.subj)) is not None and c.obj.start >= clause
            or c.obj.key != sent.main and (clause := _closed_relative(sent, c.obj)) is not None
            and c.subj.start >= clause):
        del scores["investedIn"]        # "A, which also funds Lumora, led Zentri's seed round": Lumora is
        #                                 no party to what is named after the clause (unless it is the article's
        #                                 company: "B, which led X's Series A, and C are also backers")
    if "investedIn" in scores and _possessive_part(sent, c.subj) \
            and re.search(r",\s*the\s+$", sent.text[max(0, c.subj.start - 8):c.subj.start]):
        del scores["investedIn"]        # "A, the Navy's venture arm, invested": the parent backs no one
    if "investedIn" in scores and (leader := _led_named(sent, c.obj)) is not None and leader.key == c.subj.key:
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "B, which led X's Series A"
    if "investedIn" in scores and c.subj.explicit and (
            c.obj.explicit and c.subj.end <= c.obj.start and _ARM_OF.fullmatch(sent.text, c.subj.end, c.obj.start)
            or any(a.explicit and a.group == "Org" and a.end <= c.subj.start
                   and _ARM_OF.fullmatch(sent.text, a.end, c.subj.start) for a in sent.args)):
        del scores["investedIn"]        # "A, the venture arm of Ohio-based B, co-led…": B is A's parent, and
        #                                 neither invests in the other
    if after_round and "investedIn" in scores and c.obj.source == "reference" and c.subj.explicit \
            and c.subj.start in round_participants(sent):
        del scores["investedIn"]        # "Le fonds lyonnais est accompagné par A": A joins the lead in the
        #                                 passage's company's round, it does not invest in the lead
    if after_round and "investedIn" in scores and round_investor(sent, c):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "A and B also took part"
    elif after_round and "investedIn" in scores and c.subj.explicit and c.obj.explicit and c.obj.key == sent.main \
            and c.subj.start in participants and c.obj.start not in participants and c.subj.start < c.obj.start \
            and c.obj.type not in INVESTOR_TYPES \
            and not any(a.explicit and a.group == "Org" and a.key != c.obj.key and a.start in participants
                        and a.start < c.subj.start for a in sent.args) \
            and not any(a.explicit and a.group == "Org" and a.key not in (c.obj.key, c.subj.key)
                        and a.start not in participants and c.subj.end <= a.start < c.obj.start for a in sent.args):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "X joined the round, alongside A,
        #                                                                 which co-led Zentri's Series A"
    elif after_round and "investedIn" in scores and c.subj.explicit and c.obj.explicit \
            and {c.subj.start, c.obj.start} <= participants \
            and (c.obj.type in INVESTOR_TYPES or _joined_after(sent, c.subj, c.obj) and _all_participants(sent)
                 or _own_phrases(sent, c.subj, c.obj) or _CO_SUBJECTS.fullmatch(
                     sent.text, min(c.subj.end, c.obj.end), max(c.subj.start, c.obj.start))):
        del scores["investedIn"]        # "A put in $2 million and B invested $1 million": co-investors
    if "investedIn" in scores and c.obj.explicit and c.obj.source == "name" and _apposition_complement(sent, c.obj) \
            and (_PAST_ROLE_WORD.search(sent.text, max(0, c.obj.start - 60), c.obj.start)
                 or _org_apposition(sent, c.obj)) \
            and c.subj.explicit and c.subj.start in round_participants(sent):
        del scores["investedIn"]        # "A participe aussi, de même que B, ex-directeur de Y", "as did B, the venture
        #                                 arm of Y": Y raised nothing
    if "investedIn" in scores and c.obj.explicit and c.obj.group == "Org" and c.obj.source == "name" \
            and _PARENT_OF.search(sent.text, max(0, c.obj.start - 80), c.obj.start):
        del scores["investedIn"]        # "B, the corporate arm of Y, also backs it": Y is B's parent, no investee
    if "investedIn" in scores and c.obj.kind == "topic" and any(
            a.source == "anaphor" and a.group == "Org" and a.start <= 3 and a.key != c.obj.key for a in sent.args):
        del scores["investedIn"]        # "Elle est menée par X": the company the pronoun stands for, not the topic
    if "investedIn" in scores and c.subj.explicit and _ADVISER_AFTER.match(sent.text[c.subj.end:]):
        del scores["investedIn"]        # "A and B are the joint bookrunners of the offering": banks, no backers
    if "investedIn" in scores and c.subj.explicit and c.subj.source != "anaphor" \
            and _ADVISER_BEFORE.search(sent.text, max(0, c.subj.start - 160), c.subj.start):
        del scores["investedIn"]        # "its joint bookrunners, A, B and C": banks, no backers
    if "investedIn" in scores and c.subj.explicit and c.subj.source != "anaphor" \
            and _LENDS_AFTER.match(sent.text, c.subj.end):
        del scores["investedIn"]        # "La Banque X participe à l'opération avec un prêt": a lender
    if "investedIn" in scores and _same_agents(sent, c):
        del scores["investedIn"]        # "souscrit par Kerlo et par Orvane Capital": two of the givers
    if "investedIn" in scores and (_apposition_complement(sent, c.subj) or _backed_other(sent, c)
                                   or _customer_listed(sent, c.subj) or _people_of(sent, c.subj)):
        del scores["investedIn"]        # "Lakeside, la filiale de Y"; "Y, backed by X"; "ses clients X et Y";
        #                                 "angels from X and Y": people of X invested, not X
    # "Founders: A (CEO) and B", "Investors: X led, alongside Y": a newsletter's labelled line lists the
    # passage's founders or investors
    label = _LABEL.match(sent.text)
    if label is not None and label.group("founders") and "founder" in scores and not c.subj.explicit \
            and c.obj.explicit and c.obj.group == "Person":
        scores["founder"] = max(scores["founder"], FRAME_SCORE)
    elif label is not None and label.group("investors") and "investedIn" in scores and c.subj.explicit \
            and c.subj.group in ("Org", "Person"):
        if c.obj.explicit:
            del scores["investedIn"]    # "Investors: X led, alongside Y": Y is X's co-investor
        elif not _people_of(sent, c.subj):
            scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)
    if "acquired" in scores and _court_gives(sent, c):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "Le tribunal confie X à son concurrent Y",
        #                                                             "retient l'offre de Y pour reprendre X"
    if "acquired" in scores and c.subj.explicit and re.match(r"-[a-z]", sent.text[c.subj.end:c.subj.end + 2]):
        del scores["acquired"]          # "the Nasdaq-listed company has acquired X": a modifier, not the buyer
    if "acquired" in scores and c.obj.explicit and _COMPANY_OF_PLACE.search(sent.text, max(0, c.obj.start - 40),
                                                                              c.obj.start):
        del scores["acquired"]          # "s'offre la start-up du Marais": where it is, not whom
    if "founder" in scores and _relative_founder(sent, c):
        scores["founder"] = max(scores["founder"], FRAME_SCORE)     # "Zentri, which Ana Roux started in 2021"
    if "formerEmployer" in scores and c.subj.group == "Person" and c.subj.explicit and c.obj.explicit \
            and c.subj.end <= c.obj.start and c.obj.start - c.subj.end < 90 \
            and _LEAVING_BEFORE.search(sent.text, max(0, c.obj.start - 30), c.obj.start) \
            and not any(a.explicit and a.group == "Person" and c.subj.end <= a.start < c.obj.start for a in sent.args):
        scores["formerEmployer"] = max(scores["formerEmployer"], FRAME_SCORE)   # "… started it after leaving X"
        scores.pop("employer", None)
    if "headquarters" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and _PLANT_OF.search(sent.text, max(0, c.subj.start - 40), c.subj.start) \
            and re.fullmatch(r"\s+(?:de|d[’']|à|in|at)\s*", sent.text[c.subj.end:c.obj.start]):
        del scores["headquarters"]      # "l'usine Kerlo de Vierzon", "the factory of Kerlo in Leeds": a site
    if "headquarters" in scores and c.obj.explicit and _STUDIED_AT.search(sent.text, max(0, c.obj.start - 60),
                                                                          c.obj.start):
        del scores["headquarters"]      # "il a étudié la chimie à Lille": where someone studied
    if ("founder" in scores or "foundingYear" in scores) and c.subj.group == "Org" \
            and (c.subj.kind == "topic" or c.subj.source == "anaphor"):
        verb = _FOUNDS_A_COMPANY.search(sent.text)
        if verb is not None and (c.subj.kind == "topic" or verb.start() <= c.subj.start < verb.end()) \
                and _founds_unnamed(sent, c, verb):
            for rel in ("founder", "foundingYear"):
                if rel in scores:
                    scores[rel] = max(scores[rel], FRAME_SCORE)     # "En 2020, A et B créent une société qui…"
    if c.obj.group == "Org" and c.obj.explicit and c.subj.group == "Person" \
            and (c.subj.kind == "topic" or c.subj.source == "anaphor" and c.subj.end <= c.obj.start) \
            and _other_pronoun_clause(sent.text, c.obj.start,
                                      _subject_gender(sent.text[c.subj.start:c.subj.end]) if c.subj.explicit else None):
        for rel in ("employer", "formerEmployer", "ceo", "founder", "investedIn"):
            scores.pop(rel, None)       # "She led a team at X; he was an engineer at Y": Y is not hers
    if "ceo" in scores and c.subj.kind == "topic" and c.obj.explicit and c.obj.group == "Person" \
            and _LEADS_IT.match(sent.text, c.obj.end):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "A, who ran a team at X, leads it as CEO"
    if "investedIn" in scores and c.subj.explicit and c.subj.group == "Org" \
            and (colon := _INVESTORS_COLON.search(sent.text, 0, c.subj.start)) is not None:
        if (c.obj.kind == "topic" or c.obj.source == "anaphor" and c.obj.type not in INVESTOR_TYPES) \
                and c.subj.type in INVESTOR_TYPES:
            scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "Trois investisseurs entrent au
            #                                       capital : A, qui…, et B, le fonds de…": the company's round
        elif c.obj.explicit and c.obj.start > colon.end("colon"):
            del scores["investedIn"]    # (and not one another)
    if "formerEmployer" in scores and c.subj.group == "Person" and c.subj.explicit and c.obj.explicit \
            and c.obj.group == "Org" and (came := _CAME_OVER_FROM.search(sent.text, max(0, c.obj.start - 60),
                                                                         c.obj.start)) is not None \
            and c.subj.key == _last_person_before(sent, came.start()):
        scores["formerEmployer"] = max(scores["formerEmployer"], FRAME_SCORE)   # "lui venait de la coopérative X"
    if "investedIn" in scores and c.obj.kind == "topic" and c.subj.explicit and c.subj.group == "Org" and (
            _MONEY_FROM_BEFORE.search(sent.text, max(0, c.subj.start - 60), c.subj.start)
            or _INVESTS_ALONE.match(sent.text, c.subj.end)
            and not re.search(r"(?i)(?:\b(?:de|du|des|of)\s+|d[’'])$", sent.text[:c.subj.start]) and not any(
                a.explicit and a.group == "Org" and a.key != c.subj.key and a.source != "anaphor" for a in sent.args)):
        scores["investedIn"] = max(scores["investedIn"], FRAME_SCORE)   # "L'argent vient de X", "X, le fabricant
        #                                                                 de Y, investit via son fonds": in the
        #                                                                 passage's company
    if "headquarters" in scores and c.subj.explicit and c.obj.explicit and c.subj.end <= c.obj.start \
            and _OTHER_NAME_SEATED.search(sent.text, c.subj.end, c.obj.start):
        del scores["headquarters"]      # "X vend via Y Norte, un grossiste basé à Z": Y's seat, not X's
    if "investedIn" in scores and c.obj.explicit and c.obj.group == "Org" and c.subj.start < c.obj.start \
            and _INVESTS_TOO.match(sent.text, c.obj.end):
        del scores["investedIn"]        # "A put in more money, and B also invested": B invests beside A, not in A's
    if "investedIn" in scores and c.obj.explicit and c.obj.source == "name" \
            and _RIVAL_OF_IT.match(sent.text, c.obj.end):
        del scores["investedIn"]        # "Zentri's closest rival is X, which raised … led by Y": Y backs X
    if "investedIn" in scores and c.subj.explicit and (_ITS_ARM_AFTER.match(sent.text, c.subj.end)
                                                       or _FUND_BACKED_BY.search(sent.text, 0, c.subj.start)):
        del scores["investedIn"]        # "Kerlo's venture arm backs…", "un fonds adossé au groupe Kerlo": the arm
        #                                 invests, not the group
    if "employer" in scores and c.subj.group == "Person" and c.obj.explicit and c.obj.group == "Org" \
            and (joined := _JOINED_FROM.search(sent.text, max(0, c.obj.start - 60), c.obj.start)) is not None \
            and c.subj.key == _last_person_before(sent, joined.start()) \
            and not _PEOPLE_NOUN.search(sent.text, max(0, joined.start() - 30), joined.start()):
        scores["formerEmployer"] = max(scores.pop("employer"), scores.get("formerEmployer", 0.0), FRAME_SCORE)
        #                               "A joined in 2019 from X", "arrivée de X en 2021": X is a past job
    if "founder" in scores and c.obj.explicit \
            and _WORKED_AT_BEFORE.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        del scores["founder"]           # "A spent 14 years at X before leaving to found Zentri": X is A's workplace
    if ("founder" in scores or "foundingYear" in scores) and _FOUND_THAT.search(sent.text) \
            and not _FOUNDED_NOT_FOUND.search(sent.text):
        scores.pop("founder", None)     # "the judge found that X was likely to succeed": "find", not "found"
        scores.pop("foundingYear", None)
    if ("employer" in scores or "formerEmployer" in scores) and c.obj.explicit and c.obj.group == "Org" \
            and c.subj.group == "Person" and _UNTIL_YEAR.match(sent.text, c.obj.end) \
            and not _FUTURE_WORD.search(sent.text):
        _job_ended(scores)              # "chercheur chez Thales jusqu'en 2018": a job that ended
    if c.subj.group == "Person" and c.obj.group == "Org" and c.subj.explicit and c.obj.explicit \
            and c.subj.end <= c.obj.start and _ALONG_WITH.search(sent.text, c.subj.end, c.obj.start):
        for rel in ("employer", "formerEmployer", "ceo"):
            scores.pop(rel, None)       # "A and B, together with most of the company's staff, join Y": the
            #                             researchers are the company's, A and B are not said to be
    if ("employer" in scores or "ceo" in scores) and c.subj.group == "Person" and c.obj.group == "Org" \
            and c.subj.explicit and (c.obj.explicit and c.subj.end <= c.obj.start and _UNTIL_RECENTLY.match(
                sent.text, c.obj.end) or c.obj.kind == "topic" and _ITS_ROLE_UNTIL.match(sent.text, c.subj.end)) \
            and not _FUTURE_WORD.search(sent.text):
        _job_ended(scores)              # "A, the startup's CFO until last month, …": a job that has just ended
    if "employer" in scores and c.subj.group == "Person" and c.obj.group == "Org" and c.obj.explicit \
            and c.subj.explicit and 0 <= c.obj.start - c.subj.end <= 80 \
            and not any(a.group == "Person" and a.explicit and c.subj.end <= a.start < c.obj.start for a in sent.args) \
            and _CAME_FROM.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        _job_ended(scores)              # "arrivée en mars de chez Zentri": where she came from
    if "formerEmployer" in scores and _stint_at(sent, c):
        _job_ended(scores)              # "il arrive chez X, où il reste six ans": a stint that ended
    if "founder" in scores and c.subj.explicit and _LEAVING_BEFORE.search(sent.text, max(0, c.subj.start - 30),
                                                                           c.subj.start):
        del scores["founder"]           # "… en 2020 après avoir quitté Kerlo": a past job, nothing founded
    if "ceo" in scores and c.subj.kind == "topic" and c.obj.group == "Person" and c.obj.explicit \
            and c.obj.source != "anaphor" and _SUCCESSOR_IS.search(sent.text, max(0, c.obj.start - 60), c.obj.start):
        scores["ceo"] = max(scores["ceo"], FRAME_SCORE)     # "Her successor is A": the company's new chief
    pair = _person_org(c)
    if pair is not None and pair[0].source == "anaphor" and pair[0].end <= pair[1].start and any(
            a.group == "Person" and a.explicit and a.source != "anaphor" and pair[0].end <= a.start
            and a.end <= pair[1].start and _WHO_CLAUSE.match(sent.text[a.end:pair[1].start]) for a in sent.args):
        for rel in _PERSON_ORG:
            scores.pop(rel, None)       # "Her successor is A, who spent years at X": A's past, not "her"
    if "founder" in scores and c.obj.group == "Person" and c.obj.explicit \
            and _ADVISED_BY.search(sent.text, max(0, c.obj.start - 40), c.obj.start):
        del scores["founder"]           # "les vendeurs, conseillés par A": their lawyer, no founder
    if "founder" in scores and c.obj.source == "anaphor" and c.subj.explicit \
            and (career := pair_career_end(sent.text)) is not None and c.subj.start >= career:
        del scores["founder"]           # "Les deux cofondateurs ont travaillé chez X": their past job, not X
    if "acquired" in scores and c.obj.explicit and c.subj.end <= c.obj.start and _opens_clause_after_comma(sent, c.obj):
        del scores["acquired"]          # "A s'offre B, C recrute chez D": C is the next clause's subject
    if c.subj.explicit and c.subj.group == "Org" and re.fullmatch(r"\W*\(\s*", sent.text[:c.subj.start]) \
            and re.match(r"\s*\)\s*[—–-]", sent.text[c.subj.end:]):
        for rel in ("acquired", "investedIn", "competitor", "partner", "founder", "ceo"):
            scores.pop(rel, None)       # "(Zentri Bourse) — Le marché salue …": the dateline's outlet, no agent
    if "acquired" in scores and c.subj.explicit and c.obj.explicit and c.obj.end <= c.subj.start \
            and c.subj.group == "Org" and c.obj.group == "Org" \
            and _SOLD_TO.fullmatch(sent.text, c.obj.end, c.subj.start):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "B has been sold to A", "la société a finalisé
        #                                                             sa cession au groupe A": A bought B
    if "acquired" in scores and c.subj.explicit and c.obj.explicit and c.subj.end < c.obj.start \
            and _SAID_COMPLETED.fullmatch(sent.text, c.subj.end, c.obj.start):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "A, a Denver, Colorado-based group, said it
        #                                                             has closed its purchase of B"
    if "founder" in scores and c.subj.group == "Org" and (made := _founded_object(sent)) is not None \
            and made.key != c.subj.key:
        del scores["founder"]           # "Ancienne cadre d'Orvane, elle a créé l'entreprise avec B": B founded
        #                                 the company the verb names, not the former employer
    if ("investedIn" in scores or "acquired" in scores) and c.subj.explicit \
            and _speaker_last_re(sent.lang).search(sent.text, 0, c.subj.start) \
            and re.fullmatch(r"\W*", sent.text[c.subj.end:]):
        scores.pop("investedIn", None)  # "Le client ne détient aucune action, précise Zentri": the speaker
        scores.pop("acquired", None)    # who closes the sentence is no party to what it reports
    taken = _share_taken(sent, c)
    if taken is not None:
        for rel in ("investedIn", "acquired"):
            scores.pop(rel, None)       # the pair the other way round, or "20 % du capital de B": no purchase
        if taken == "majority":
            scores["acquired"] = FRAME_SCORE    # "A a pris 80 % du capital de B", "A took 70% of B": A bought B
        elif taken == "minority":
            scores["investedIn"] = FRAME_SCORE  # "A prend 20 % du capital de B": a stake
    if "acquired" in scores and _subject_buyer(sent, c):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "Kerlo, which is led by A, bought Lumora"
    if "acquired" in scores and _relative_buyer(sent, c):
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "Lumora, which Orvane bought in 2024"
    if "acquired" in scores and c.obj.explicit:
        buyer = _who_bought(sent, c.obj)
        if buyer is not None and buyer.key == c.subj.key:
            scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "Kerlo, qui a racheté Lumora"
        elif buyer is not None:
            del scores["acquired"]      # the relative clause names its buyer: not the passage's company
    if "acquired" in scores:
        passive = _passive_acquisition(sent, c)
        if passive:
            scores["acquired"] = max(scores["acquired"], FRAME_SCORE)   # "X a été rachetée l'an dernier par Y"
        elif passive is False:
            del scores["acquired"]      # the other way round
    colon_buyer = "acquired" in scores and _colon_reference_buys(sent, c)
    for named in (c.subj, c.obj):
        if named.group == "Org" and _opening_complement(sent, named) and not colon_buyer:
            for rel in [r for r in scores if r in _MAIN_VERB_RELATIONS]:
                del scores[rel]         # "Halvane, un concurrent direct de Zentri, a été rachetée…"
    if colon_buyer:
        scores["acquired"] = max(scores["acquired"], FRAME_SCORE)  # "…, résume A : la start-up rachète Y"
    if "quotes" in scores and not c.obj.explicit and any(
            a.explicit and a.group == "Person" and a.source != "anaphor" and not inside_quote(sent.text, a.start)
            for a in sent.args):
        del scores["quotes"]            # "« … », résume A": the speaker named, not the passage's person
    if "quotes" in scores and not c.obj.explicit and any(
            sent.text.rfind(o) > sent.text.rfind(cl) for o, cl in (("«", "»"), ("“", "”"))) \
            and not re.search(r"\w-(?:t-)?(?:il|elle)\b", sent.text):   # (not "…, plaisante-t-il.")
        del scores["quotes"]            # "« Ce n'est pas une victoire." opens a quotation whose speaker the
        #                                 sentence that closes it names ("», résume un investisseur")
    if "quotes" in scores and c.obj.explicit and inside_quote(sent.text, c.obj.start):
        del scores["quotes"]            # "« Sofia a construit… »": named in the quote, not its speaker
    if "quotes" in scores and c.obj.kind == "topic" and c.obj.group == "Person" and _PRONOUN_SPEAKER.search(sent.text):
        scores["quotes"] = max(scores["quotes"], FRAME_SCORE)  # "« … », sourit-elle", '"…," he said': the
        #                                                        passage's person speaks
    if "quotes" in scores and c.obj.group == "Person" and (
            c.obj.source == "anaphor" and REPORTED_BY.search(sent.text, 0, c.obj.start)
            and _LATTER.fullmatch(sent.text, c.obj.start, c.obj.end)
            or c.obj.kind == "topic" and _LATTER_SPEAKS.search(sent.text)):
        scores["quotes"] = max(scores["quotes"], FRAME_SCORE)  # "« … », résume cette dernière."
    if "source" in scores and c.subj.kind == "article" and source_line(sent, c.obj):
        scores["source"] = max(scores["source"], FRAME_SCORE)
    elif "source" in scores and c.subj.kind == "article" and c.obj.explicit and c.obj.source != "anaphor" \
            and not _reporter_cue(sent, c.obj):
        del scores["source"]            # "« … le siège restera au Kerlopark », assure A": a name no line credits
        #                                 and no press cue makes a reporter is no source
    if "partner" in scores and (after_round or round_word_re(sent.lang).search(sent.text)) \
            and not _PARTNERSHIP_WORD.search(_without_names(sent)) \
            and (scores.get("investedIn", 0.0) > scores["partner"]
                 or any(x.explicit and x.start in round_participants(sent) for x in (c.subj, c.obj))):
        del scores["partner"]           # "avec Y à ses côtés" in a round: an investor, not a partner
    return framed
