"""Find the names in an article and decide what they are.

Three sources, in order of trust: the knowledge base (exact names and aliases), the
statistical NER of the language's spaCy pipeline (when one is loaded), and capitalised
name chunks. Unknown names are typed from their shape (suffixes such as "Capital" or
"Labs", a known first name) and their context ("la start-up X", "X, CEO of", "said X").
Sentence-initial common words, furniture and pronouns are never names.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import name_key
from .kbase import KB, KBEntry
from .lexicon import alternation, first_names, legal_forms, lexicon, type_noun_classes
from .spans import SpanIndex
from .text import COPYRIGHT_LINE, PHOTO_LINE, PUBLISHER_LINES, Sentence
from .typer import MODEL_SIZE, contexts_of, raises_context, type_name
from .types import ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    type: str
    source: str           # kb | ner | chunk | masthead | anaphor | speaker ("we" in a quotation) | reference
    #                       ("le fonds")
    confidence: float = 0.9

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


#: An apposition that makes the name before it an organisation: ", a Boston investment firm", ", une société…".
_ORG_APPOSITION = re.compile(r"(?i)\s*,\s*(?:a|an|the|une?|la|le|l[’'])\s*(?:[\w-]+\s+){0,3}?(?:firm|company|startup|"
                             r"start-up|fund|investor|venture\s+capital|société|fonds|entreprise|jeune\s+pousse|"
                             r"investisseur)s?\b")


#: Which of the recogniser's labels wins a tie between a name's mentions.
_LABEL_ORDER = {"ORG": 3, "PER": 2, "PROD": 1, "LOC": 0}


@lru_cache(maxsize=1)
def _company_cues() -> tuple[re.Pattern, re.Pattern]:
    """The lexicon's ``product_as_company`` verbs ending the text before a name, and a fronted founding
    clause ending it ("Founded by A in 2021, " / "Fondée en 2021 par A, ")."""
    verbs = alternation(lexicon()["product_as_company"]["before"])
    return (re.compile(rf"(?i)(?<![\w’'])(?:{verbs})\s+$"),
            re.compile(r"(?:^|[.!?\n]\s*)(?:Co-?founded|Founded|Cofond[ée]e?|Fond[ée]e?)\s+(?:in\s+\d{4}\s+|en\s+\d{4}\s+)?"
                       r"(?:by|par)\s[^.;:!?\n]{1,80},\s*$"))


@lru_cache(maxsize=1)
def _company_after() -> re.Pattern:
    """The lexicon's ``product_as_company`` words right after a name that make it an employer ("veterans")."""
    return re.compile(rf"(?i)\s+(?:{alternation(lexicon()['product_as_company']['after'])})(?![\w’'-])")


_UP = "A-ZÀ-ÖØ-ÞŒ"
_WORD = rf"(?:[{_UP}][\w’'.&+-]*|[{_UP}0-9][\w.+-]*[{_UP}][\w.+-]*|[a-z]+[{_UP}][\w]*)"
_TAIL = r"(?:[0-9][\w.]*|[IVX]+)"
_CONNECT = r"(?:\s(?:&|of|for|de|du|des|d’|d'|la|le|von|van|der|y)\s)"
_LEGAL = r"(?:,\s(?:Inc|Ltd|LLC|Corp|PLC|plc|GmbH|S\.A|SAS|SA)\.?)"
CHUNK = re.compile(rf"{_WORD}(?:(?:\s|{_CONNECT}){_WORD}|\s{_TAIL}|-{_WORD})*{_LEGAL}?")


_INNER_CONNECT = re.compile(r"\s(?:of|for|de|du|des|d’|d')\s|\s(?:d’|d')(?=[A-Z])")
_COMPOUND_ADJ = re.compile(r"-(?:based|backed|led|owned|focused|driven|powered|born|native|made)$")
_TRIM = re.compile(r"(?:(?:&|of|for|de|du|des|la|le)\s+)*(.*?)(?:\s+(?:&|of|for|de|du|des|la|le))*")


def _strip_possessive(text: str) -> str:
    return re.sub(r"[’']s?$", "", text)


#: A place's name in the possessive right before a name: "Moose Jaw's " (of "Moose Jaw's Brisca").
_PLACE_POSSESSIVE = re.compile(r"(?<![\w’'-])([A-ZÀ-Ý][\w.-]+)[’']s\s+$")
#: A firm's verb right after a name, maybe in a relative clause: ", which sells", " raised", " has built" (not
#: "Lyon's Part-Dieu district", "Orvane U's Kerlo Hall": places).
_FIRM_VERB_AFTER = re.compile(r"\s*(?:,\s*(?:which|that|who)\s+(?:also\s+|already\s+)?|\s+(?:has\s+|had\s+|also\s+)?)"
                              r"(?:sells|sold|makes|made|builds|built|develops|developed|designs|offers|provides|operates|"
                              r"raised|secured|closed|launched|announced)\b")

#: A possessive that is part of an institution's name, right after its first word: "Queen" + "'s University
#: Belfast", "King" + "'s College London", "St Thomas" + "' Hospital".
_POSSESSIVE_INSTITUTION = re.compile(r"[’']s?\s+(?P<noun>University|College|School|Hospital|Institute|Foundation)"
                                     r"(?:\s+(?:of\s+)?[A-Z][\w-]+){0,2}")
#: An auxiliary or a few verbs, capitalised, closing a headline's chunk: "What Does Zentri Do",
#: "Why Zentri Matters".
_HEADLINE_VERB_END = re.compile(r"\s+(?:Do|Does|Did|Is|Are|Was|Were|Can|Could|Should|Would|Has|Have|Had|Mean|Means|"
                                r"Matter|Matters|Need|Needs|Want|Wants)$")


#: A place in brackets right after a name, then a comma or a clause: "Tavorne (Nantes), qui…".
_BRACKETED_PLACE = re.compile(r"\s*\(([A-ZÀ-Ý][^()\d,]{1,30})\)\s*"
                              r"(?:,|qui|which|that|dont|a|an|has|a levé|raised|lève)")


#: The last word of a policy's or a law's name: "Zentria's National AI Strategy", "the Digital Markets Act".
_POLICY_WORDS = frozenset({"Strategy", "Act", "Policy", "Directive", "Regulation", "Bill", "Roadmap", "Charter",
                           "Stratégie", "Règlement", "Loi"})


#: A rubric line under a masthead: sections split by a separator ("Tech › Startups", "Deals | AI", "Business >
#: Companies", "Business / Technology").
RUBRIC = re.compile(r"\S\s+[›»|·•>/]\s+\S")
#: An article and a demonym right before a name: "la finlandaise ", "le lyonnais ".
_ARTICLE_DEMONYM = re.compile(r"(?<![\w’'-])(?:la|le|l[’'])\s*([a-zà-ÿ-]{4,})\s+$")
#: A rubric of one section word alone on its line, under a masthead: "Tech", "Économie", "Business".
_SECTION_LINE = re.compile(r"(?:Tech|Technology|Technologies|Techno|Business|Économie|Economie|Economy|Startups?|"
                           r"Start-up|Finance|Markets|Innovation|Entreprises|Actualités|Numérique|Companies|Digital)")
#: A masthead's name: one to four words and the small words between them, no sentence punctuation ("Kerlo360",
#: "Zentri Social", "eZentri.com", "La Gazette de la Vallée du Lot").
_MASTHEAD_NAME = re.compile(r"(?:[lL][’'])?(?:[A-ZÀ-Ý0-9]|[a-z]{1,3}(?=[A-ZÀ-Ý]))[\w’'&.-]*"
                            r"(?:(?:[ -](?:de|du|des|la|le|les|of|the|and|et))*[ -][\w’'&.-]+){0,3}")
#: The article's first line, then its next line that is not blank.
_HEAD_LINES = re.compile(r"[^\S\n]*([^\n]*?)[^\S\n]*\n\s*([^\n]*)")


#: A masthead and its rubric on one line: "Zentri Mag › Tech › Actualités", "Zentri Mag — Entreprises | Tech" (a
#: dash only before a rubric of sections: "Zentri — la levée" is a headline).
_INLINE_RUBRIC = re.compile(r"([^›»|·•—\n]{2,40}?)\s+(?:[›»|·•]|—(?=[^\n]*\S\s+[›»|·•>/]\s+\S))\s+[^\n]+")
#: A masthead naming its publisher: "Zentri News by The Kerlo Shimbun".
_BY_PUBLISHER = re.compile(r"(.{2,40}?)\s+by\s+(?:The\s+)?[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}")
#: A newspaper's word in a masthead of common words: "Journal Métro", "La Gazette du Nord", "Le Soir".
_PAPER_NAME = re.compile(r"\b(?:Journal|Gazette|Times|Herald|Tribune|Courrier|Quotidien|Hebdo|Dépêche|Matin|Soir|Post"
                         r"|Observer|Chronicle|Telegraph|Courier)\b")


def _common_name(first: str, text: str, common: Callable[[str], bool], known: bool = False) -> bool:
    """Is ``first`` made of common words only (a rubric's first section, "Économie", "Fintech" written lower case
    in the text), not a newspaper's name ("Journal Métro") or a word ending in an acronym after a hyphen that the
    text never writes lower case ("Zentri-IT"; "Tech-Médias" is a section's)? A newspaper's word makes no name
    when a ``known`` outlet is inside it ("La Tribune" before its edition's region)."""
    if len(first.split()) > 1 and _PAPER_NAME.search(first) and not known:
        return False
    if any(re.search(r"-[A-Z]{2,}$", w) and not written_lowercase(w, text) for w in first.split()):
        return False
    words = first.split()
    if len(words) >= 2 and re.match(r"(?:L[’']|(?:Le|La|Les)\s+)[A-ZÀ-Ý]", first) and not known:
        return False    # "L'Écho du bocage", "Le Courrier de l'Orvane": a title's article before a capital
    if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 2 and not known:
        return False    # "Good News from Finland", "Le Lien Hebdo": a title's capitals, no rubric's section
    if len(words) == 2 and all(w[0].isupper() for w in words) and not written_lowercase(words[1], text) and not known:
        return False    # "Côté Lyon": a second capitalised word the text never writes lower case names a title
    return all(common(w) or written_lowercase(w, text) for w in re.findall(r"[^\W\d_]+", first))


def written_lowercase(word: str, text: str) -> bool:
    """Does ``text`` also write ``word`` in lower case, as a common noun ("fintech" beside a rubric's "Fintech")?"""
    return re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w-])", text) is not None


def masthead_mention(text: str, taken: list[Mention], common: Callable[[str], bool] | None = None) -> Mention | None:
    """The outlet named alone on the article's first line when the next line is a rubric of sections
    ("Zentri Social" over "Accueil › Restructurations › Numérique"), or before the rubric on that line
    ("Zentri Social › Numérique › Actualités", a name of words ``common`` does not know): a media outlet, unless the
    knowledge base already names something there other than a place or a shorter outlet inside the name
    ("Kerlo France", "L'Orvane")."""
    head = _HEAD_LINES.match(text)
    if head is None:
        return None
    first, rest = head.group(1), head.group(2).strip()
    inline = _INLINE_RUBRIC.fullmatch(first)
    if inline is not None:      # "Zentri Mag › Intelligence artificielle › Actualités" on one line
        first, rest = inline.group(1), first     # (the line itself is the rubric: "Zentri Mag | Économie")
        known = any(m.type == "MediaOutlet" and head.start(1) <= m.start and m.end <= head.start(1) + len(first)
                    for m in taken)     # (a known outlet inside the name: "La Tribune" + its edition's region)
        if (common is None or _common_name(first, text, common, known)) \
                and not (len(first.split()) > 1 and text.count(first) > 1):
            return None         # "Économie › Entreprises", "Fintech | Deals" (a "fintech" in the text): a
            #                     rubric's first section, no outlet (but "Tech for Zentri", named again below)
    elif (by := _BY_PUBLISHER.fullmatch(first)) is not None and RUBRIC.search(rest) \
            and not any((m.start, m.end) == (head.start(1), head.start(1) + len(by.group(1))) for m in taken):
        first = by.group(1)     # "Zentri News by The Kerlo Shimbun" over "Business > Companies" (a name the
        #                         knowledge base knows keeps the whole line: "CTech by Calcalist")
    if not _MASTHEAD_NAME.fullmatch(first) or len(first) > 40 or len(rest.split()) > 14 \
            or not (RUBRIC.search(rest) or _SECTION_LINE.fullmatch(rest)):
        return None
    start = head.start(1)
    end = start + len(first)
    if any(m.start < end and start < m.end
           and ((m.start, m.end) == (start, end) or m.type not in PLACE_TYPES | {"MediaOutlet"})
           and not (inline is not None and len(first.split()) >= 3 and start < m.start and m.end < end)
           for m in taken):
        return None     # (but a known name well inside a long one over its rubric: "Le Kerlo de Lyon | Affaires")
    return Mention(start, end, first, name_key(first), "MediaOutlet", "masthead", 0.9)


#: Words a newsletter or a section adds after the outlet's name ("Newsletter Zentri Tech :", "The Zentri Times
#: Business Digest").
_OUTLET_SUFFIX = re.compile(r"(?:\s+(?:Tech|Business|Daily|Weekly|Hebdo|Matin|Soir|Eco|Éco|Pro|Plus|Startups?|"
                            r"Start-up|IA|AI|Digest|Briefing|Bulletin|Newsletter|Économie|Economie|Entrepreneurs|Numérique|Techno|"
                            r"Innovation|Santé|Finance|Week-end|de|du|des|of))+$")


def _outlet_name(name: str, text: str) -> str:
    """``name`` without the section words a newsletter adds, unless that leaves one word the text never writes
    alone: "Zentri Tech" is Zentri's where Zentri is named, "Arabian Business" stays whole."""
    bare = _OUTLET_SUFFIX.sub("", name)
    if bare == name or len(bare.split()) > 1 or not bare:
        return bare or name
    return bare if sum(1 for _ in occurrences(text, bare)) > 1 else name
#: Whom a quote was said to, after the quote: "», ajoute la présidente à Zentri Hebdo.", "», confie à La Zentri
#: son fondateur", "», résume-t-il pour Zentri." — a newsroom naming itself (a name ending the clause or followed by
#: the speaker), in French, where the inquit follows the closing guillemet.
INQUIT_TO = (r"»\s*,?\s*(?:confie|explique|précise|résume|indique|déclare|affirme|assure|souligne|raconte|détaille"
             r"|ajoute|poursuit|reconnaît|estime|commente|observe|insiste|glisse|prévient|tranche|martèle|admet"
             r"|(?:a|avait)(?:-t-(?:il|elle))?\s+(?:confié|expliqué|précisé|résumé|indiqué|déclaré|affirmé|assuré"
             r"|souligné|raconté|détaillé|ajouté|reconnu|estimé|commenté))"
             r"(?:-t-(?:il|elle))?(?:\s+[^«»,.;:!?\d]{1,60}?)?\s+(?:à|pour)\s+"
             r"(?P<name3>(?:L[’']|Les?\s|La\s)?[A-ZÀ-Ý][\w&+-]*(?:[’'][A-ZÀ-Ý][\w-]*)?"
             r"(?:\s(?:&\s)?[A-ZÀ-Ý][\w-]*|\s(?:de|du|des)\s(?:l[’']|la\s)?[\wÀ-ÿ-]+){0,3})"
             r"(?=\s*[.,;]|\s+(?:l[’']|la\s|le\s|les\s|son\s|sa\s)?[a-zà-ÿ]|\s*$)")
#: The newsroom speaking of itself in the text: "told Zentri News", "speaking to the Zentri Herald in an interview",
#: "Zentri could not confirm", "a appris Zentri", "a confié à Zentri", "interrogé par Zentri".
NEWSROOM = re.compile(
    r"(?:\b(?:told|telling)\s+(?:the\s+)?|\binterview\s+with\s+(?:the\s+)?|\b(?:contacted|reached)\s+by\s+(?:the\s+)?"
    r"|\ba\s+appris\s+|\b(?:a|ont)\s+(?:confié|indiqué|déclaré|précisé|expliqué|affirmé|assuré)\s+à\s+"
    r"|\b(?:interrogée?s?|contactée?s?|jointe?s?|sollicitée?s?)\s+par\s+|\b(?:interview|entretien)\s+(?:\w+\s+)?"
    r"(?:accordée?\s+à\s+|d[’']|à\s+)|\bau\s+micro\s+(?:de\s+|d[’']))"
    r"(?P<name>[A-ZÀ-Ý0-9][^\s,.;:!?«»“”\"]*(?:\s[A-ZÀ-Ý0-9][^\s,.;:!?«»“”\"]*){0,3})"
    rf"|{INQUIT_TO}"
    r"|(?P<name2>[A-ZÀ-Ý0-9][\w&+-]*(?:\s[A-ZÀ-Ý0-9][\w&+-]*){0,3})\s+(?:could\s+not|couldn[’']t|was\s+unable\s+to"
    r"|has\s+not\s+been\s+able\s+to|n[’']a\s+pas\s+pu)\s+(?:independently\s+)?(?:confirm|verify|confirmer|vérifier)")
#: A company's legal name, not a masthead: "Zentri Media IP Limited", "Kerlo Group S/A".
_LEGAL_NAME = re.compile(r"\s(?:Limited|Ltd|Inc|LLC|GmbH|S/?A|SAS|plc|PLC|IP|Group|Groupe|Holdings?)\.?$")
#: The last word of a newspaper's name ("The Zentri Herald", "Zentri Times").
_PAPER_WORD = re.compile(r"\s(?:Herald|Times|News|Post|Journal|Daily|Tribune|Gazette|Magazine|Review|Monitor|Observer"
                         r"|Express|Courier|Chronicle|Telegraph|Standard|Mail|Week|Wire|Hebdo|Quotidien|Dépêche)$")


def publisher_names(text: str) -> list[tuple[int, int]]:
    """Where the page furniture of ``text`` names its publisher (:data:`PUBLISHER_LINES`), and the newspapers
    the newsroom names itself by ("told the Zentri Herald")."""
    out = []
    for rx in PUBLISHER_LINES:
        for m in rx.finditer(text):
            name = re.sub(r"\s+(?:19|20)\d\d$", "", m.group("name").rstrip(" .,"))    # "© Zentri 2026"
            name = _outlet_name(name, text)
            if _LEGAL_NAME.search(name) or rx is PHOTO_LINE and sum(1 for _ in occurrences(text, name)) > 1 \
                    or rx is COPYRIGHT_LINE and sum(1 for _ in occurrences(text, name)) > 1 \
                    and not re.search(r"(?i)rights\s+reserved|droits\s+réservés|\.(?:com|fr|net|org|io)\b", m.group()):
                continue        # "© 2026 Zentri Media IP Limited"; "© Kerlo" under a photo of the story's Kerlo (a
                #                 site's "© Zentri.com, all rights reserved" is the publisher's)
            out.append((m.start("name"), m.start("name") + len(name)))
    for m in NEWSROOM.finditer(text):
        if m.group("name") and _PAPER_WORD.search(m.group("name")):
            out.append((m.start("name"), m.end("name")))
        elif m.group("name3") and m.group("name3").split()[0] not in first_names():
            out.append((m.start("name3"), m.end("name3")))
    return sorted(set(out))


def _initials(name: str) -> str:
    """The capitals that open the words of ``name``: "L'Orient-Le Jour" → "OLJ"."""
    return "".join(re.findall(r"(?<![\w’'])[A-ZÀ-Ý]|(?<=[’'])[A-ZÀ-Ý]", re.sub(r"^[LlDd][’']", "", name)))


def publisher_mentions(text: str, taken: list[Mention], common: Callable[[str], bool] | None = None) -> list[Mention]:
    """The outlet that published the article where its page furniture names it (:func:`publisher_names`), and
    wherever else the text names it: a media outlet, unless the knowledge base already names something else
    there (a place or an outlet inside the name gives way: "Europe 1"); not one word ``common`` knows
    ("Newsletter Tech & Médias")."""
    out: list[Mention] = []
    names = publisher_names(text)
    others = [m.text for m in taken if m.type == "MediaOutlet"] + [text[a:b] for a, b in names]
    for start, end in names:
        surface = text[start:end]
        if common is not None and " " not in surface and common(surface):
            continue
        if surface.isupper() and any(_initials(o) == surface for o in others if o != surface):
            continue            # "Par A | OLJ" under the masthead "L'Orient-Le Jour": its initials
        word = rf"\b{re.escape(surface)}\b"
        if re.search(word + r"\s+(?:and|&|of|de|du)\s+[A-ZÀ-Ý]", text) or any(
                m.type in ORG_TYPES and len(m.text) > len(surface) and re.search(word, m.text) for m in taken):
            continue            # "the Globe's newsletter" beside "The Globe and Mail": the longer name is named
        if len(surface) < 3 or any((m.start, m.end) == (start, end) for m in taken) or any(
                m.start < end and start < m.end and not (
                m.type in PLACE_TYPES | {"MediaOutlet"} and m.start >= start and m.end <= end) for m in taken):
            continue
        out += [Mention(a, b, surface, name_key(surface), "MediaOutlet", "masthead", 0.9)
                for a, b in occurrences(text, surface)
                if not any(m.start < b and a < m.end and not (m.start >= a and m.end <= b) for m in taken)
                and not any(o.start < b and a < o.end for o in out)]
    return out


#: Particles of surnames, which may open a sentence with the surname: "Van Houten said", "De Rosa founded".
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "della", "der", "den", "ten", "ter", "le", "la",
                             "du", "des", "mac", "mc", "al", "el", "bin", "ben", "st", "saint", "o"})


@lru_cache(maxsize=1)
def _firm_suffixes() -> frozenset[str]:
    """The suffixes of company, investment-firm and lab names ("AI", "Capital", "Labs"; not a university's)."""
    groups = lexicon()["org_suffix"]
    return frozenset(w for g in ("Company", "InvestmentFirm", "ResearchLab") for w in groups.get(g, []))


#: An organisation's suffix after a place's name, then what ends a name or starts its verb: "Ostrava AI took",
#: "Lyon Capital, qui…", "Kerlo Labs's".
_SUFFIX_THEN_VERB = re.compile(r"\s+([A-Z][\w.&]*)(?=['’]s\b|\s*[,;:.)]|\s+(?:said|says|raised|raises|took|takes|"
                               r"has|had|have|is|was|were|will|announced|announces|led|leads|lève|a|est|annonce|"
                               r"vient|mène|a\s+mené)\b)")


class MentionFinder:
    """Finds mentions in one article's sentences."""

    def __init__(self, kb: KB, common_word=None):
        self.kb = kb
        self.common_word: Callable[..., bool] = common_word or (lambda word, threshold=3.3: False)
        lex = lexicon()
        self.first_names = set(lex["first_names"])
        self.not_names = set(lex["not_names"])
        self.suffix_type = {w: t for t, ws in lex["org_suffix"].items() for w in ws}
        self.prefix_type = {w: t for t, ws in lex["org_prefix"].items() for w in ws}
        self.role_words = {w.casefold() for ws in lex["roles"].values() for w in ws}
        self.person_titles = set(lex["person_titles"])
        self.institution_words = set(lex["institution_words"])
        roles = sorted({w for ws in lex["roles"].values() for w in ws}, key=len, reverse=True)
        self.role_re = re.compile(r"(?<![\w-])(?:co-?)?(?:" + "|".join(re.escape(r) for r in roles) + r")(?![\w-])",
                                  re.IGNORECASE)
        nouns = [(n, t) for t, ns in lex["type_nouns"].items() for n in ns]
        self.type_noun_re = re.compile(
            r"(?:\b(?:la|le|l[’']|les|une?|the|a|an|des|du|de|d[’']|son|sa|ses|its|their|leur|notre|our)\s*(?:jeune\s+|"
            r"petite\s+|young\s+|nouveau\s+|nouvelle\s+|new\s+|[\w-]+\s+)?)"
            r"(" + "|".join(re.escape(n) for n, _ in sorted(nouns, key=lambda x: -len(x[0]))) + r")"
            r"(?:\s+(?:[\w-]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|an|ese|ish)|française|américaine|chinoise|"
            r"britannique|allemande|[\w-]+-based|phare|maison|vedette|flagship|principale?))?\s*,?\s*$",
            re.IGNORECASE)
        self.type_of_noun = type_noun_classes()
        # "l'allemand X", "le lyonnais X": a demonym used as a noun, right before a name, names a firm
        demonyms = sorted((d for d in self.kb.demonyms if " " not in d and "-" not in d and len(d) > 3),
                          key=len, reverse=True)
        self.demonym_noun_re = re.compile(
            r"(?:\b(?:le|la|l[’']|les|un|une)\s*)(?:" + "|".join(re.escape(d) for d in demonyms) + r")\s+$",
            re.IGNORECASE) if demonyms else None
        # "Atlas, its first humanoid robot", "Koalis, une start-up nantaise": the apposition types the name
        self.apposition_re = re.compile(
            r"^\s*(?:,|\(|–|—)\s*(?:a|an|the|its|their|une?|la|le|l[’']|son|sa|leur|ce|cette)\s+(?:[\w’'-]+\s+){0,3}?("
            + "|".join(re.escape(n) for n, _ in sorted(nouns, key=lambda x: -len(x[0]))) + r")s?\b", re.IGNORECASE)

    # -- knowledge base -------------------------------------------------------------------
    def kb_mentions(self, text: str, sents: list[Sentence]) -> list[Mention]:
        out = []
        companies: dict[str, bool] = {}     # kb_company's answer for each product name of this text
        for s in sents:
            for a, b in self.kb.finditer(s.text):
                surface = s.text[a:b]
                entry = self.kb.lookup(surface)
                if entry is None and s.start < 80 and surface.isupper() and len(surface) > 3:
                    entry = self.kb.outlet_in_capitals(surface)     # a masthead in capitals: "LIBÉRATION"
                if entry is None or self.kb_contradicted(text, surface, entry):
                    continue
                if surface[:1].islower() and not self.kb.has_lowercase_form(surface):
                    continue      # "quels paris" is not Paris: proper names are written with a capital
                if self.kb.case_clash(surface):
                    continue      # "Business daily" of "the Zentri Business daily newsletter"
                if s.text[b:b + 1] == "$":
                    continue      # "US$7 million", "HK$2 billion": a currency, not a country
                if entry.type in PLACE_TYPES and (nxt := _SUFFIX_THEN_VERB.match(s.text, b)) \
                        and nxt.group(1) in _firm_suffixes() and not re.search(r"(?i)\b(?:of|de|du)\s+$", s.text[:a]):
                    continue      # "Ostrava AI took…", "Lyon Capital a mené…": a company named after its city (not
                    #               "a Lyon AI startup", "the Port of Kerlo Authority")
                start = s.start + a
                typ = entry.type
                if typ in ("Software", "CloudService"):
                    if surface not in companies:
                        companies[surface] = self.kb_company(text, surface)
                    typ = "Company" if companies[surface] else typ
                out.append(Mention(start, start + len(surface), surface, entry.id, typ, "kb", 0.95))
        return out

    def kb_company(self, text: str, surface: str) -> bool:
        """Is a known product that may share its maker's name ("Windsurf", "Bun") the company in this
        text: bought or invested in by name ("is acquiring Bun", "le rachat de Manus"), the subject a
        fronted founding clause names ("Founded by A in 2021, Bun is…"), or the employer of its alumni
        ("two Bun veterans")? Then it is typed Company here."""
        before, fronted = _company_cues()
        after = _company_after()
        return any(before.search(text[max(0, a - 40):a]) or fronted.search(text[max(0, a - 120):a])
                   or after.match(text, b) for a, b in occurrences(text, surface))

    def kb_contradicted(self, text: str, surface: str, entry: KBEntry) -> bool:
        """Is an ambiguous knowledge-base name that is no organisation there ("Ascend", a chip family)
        described as an organisation in this text ("led by Ascend, a Boston investment firm")? Then the
        text names something else, and the recogniser types it."""
        if not entry.ambiguous or entry.type in ORG_TYPES:
            return False
        return any(_ORG_APPOSITION.match(text, b) for _, b in occurrences(text, surface))

    # -- unknown names ----------------------------------------------------------------------
    def chunk_mentions(self, text: str, sents: list[Sentence], taken: list[Mention],
                       ner: list[tuple[int, int, str]]) -> list[Mention]:
        """Capitalised chunks and NER spans that the knowledge base did not claim."""
        ner_label = {}
        for a, b, label in ner:
            for i in range(a, b):
                ner_label[i] = label
        capitalised_mid = self._capitalised_mid(sents)
        claimed = SpanIndex((t.start, t.end) for t in taken)
        out: list[Mention] = []
        for s in sents:
            blocked = [(s.start + r.start(), s.start + r.end()) for r in self.role_re.finditer(s.text)
                       if " " in r.group() or r.group()[:1].isupper()]
            for m in CHUNK.finditer(s.text):
                for sub in self._split_chunk(s.text, m.start(), m.end()):
                    a, b = self._strip_opening_word(s.text, *sub)
                    if a >= b:
                        continue
                    surface = _strip_possessive(s.text[a:b])
                    if not re.search(r"(?:Inc|Ltd|Corp|S\.A)\.$", surface):
                        surface = surface.rstrip(".,")
                    b = a + len(surface)
                    start, end = s.start + a, s.start + b
                    if claimed.overlaps(start, end) or any(x < end and start < y for x, y in blocked) \
                            or self._demonym_ai(surface, s.text[b:b + 3]):
                        continue
                    if " " not in surface and surface.casefold() in self.type_of_noun \
                            and (s.heading or RUBRIC.search(s.text)) and written_lowercase(surface, text):
                        continue    # a headline's or a rubric's "Fintech", a "fintech" in the text: a noun
                    mention = self._type_chunk(s, a, surface, start, end, ner_label, capitalised_mid)
                    if mention is not None:
                        out.append(mention)
        return out

    def _demonym_ai(self, surface: str, after: str) -> bool:
        """Is the name a demonym and "AI" before a common noun ("a Danish AI company", "French AI
        start-ups"): a description, no name?"""
        words = surface.split()
        return len(words) == 2 and words[0].casefold() in self.kb.demonyms and words[1] in ("AI", "IA") \
            and re.match(r"\s+[a-zà-ÿ]", after) is not None

    def name_mentions(self, text: str, sents: list[Sentence], taken: list[Mention],
                      ner: list[tuple[int, int, str]], lang: str) -> list[Mention]:
        """The names kg's entity recogniser found that the knowledge base did not claim, typed by
        the knowledge base (a longer or shorter spelling) or else by the entity typer."""
        spans: dict[str, list[tuple[int, int]]] = {}
        found: list[tuple[int, int, str, str]] = []
        starts = [s.start for s in sents]
        heading_starts = {s.start for s in sents if s.heading}
        mid: set[str] | None = None
        for a, b, label in ner:
            if label not in ("PER", "ORG", "LOC", "PROD"):
                continue
            surface = text[a:b]
            # the recogniser's span without a leading article or a possessive
            lead = re.match(r"(?:(?:the|The|l[’']|L[’']|la|La|le|Le|les|Les)\s*)", surface)
            if lead and lead.group()[0].isupper() and lead.group()[-1] == " " \
                    and re.search(r"[a-zà-ÿ,]\s+$", text[max(0, a - 3):a]) and not _title_case_line(text, a):
                lead = None     # "du groupe La Mouette", "selon The Information": a capital inside a sentence
            if lead and lead.end() < len(surface) and surface[lead.end()].isupper():
                a += lead.end()
                surface = text[a:b]
            surface = _strip_possessive(surface).rstrip(" .,;:")
            surface = re.split(r"\s+[›»>|·•]\s+", surface)[0]    # "Zentri Mag › Innovation": a rubric's
            surface = re.split(r"\[(?:\d|réf|ref|citation|note)", surface)[0].rstrip()  # first segment; an
            b = a + len(surface)                                   # encyclopedia's "Zentri[8]": its note
            tail = re.match(r"-[A-ZÀ-Ý0-9][\w]*(?![\w’'-])|\s&\s[A-ZÀ-Ý][\w’'-]*",
                            text[b:b + 40]) if label in ("ORG", "PROD") else None
            if tail:                    # the recogniser cut the name at a hyphen ("VELT" + "-COOP") or at an
                b += tail.end()         # ampersand ("Harbour Stone" + " & Lee")
                surface = text[a:b]
            institution = _POSSESSIVE_INSTITUTION.match(text, b) if label in ("ORG", "LOC", "PER") else None
            if institution:             # "Queen" + "'s University Belfast": one institution's name (its city too
                end = institution.end()     # unless another name holds it)
                if any(t.start < end and b < t.end for t in taken):
                    end = institution.end("noun")
                b = end
                surface = text[a:b]
            if len(surface) < 2 or not surface[0].isupper() and not surface[0].isdigit():
                continue
            at_start = a in starts or re.search(r"[.!?:;«“\"–—]\s*$", text[max(0, a - 3):a]) is not None
            first = re.match(r"(\S+)\s+(?=\S)", surface)
            if at_start and first and (first.group(1).lower() in _COMMON_START
                                       or first.group(1).lower() in _AUXILIARIES and _asks(text, b)):
                a += first.end()        # "Derrière Zentra, il y a…", "Will Zentra keep…?": the sentence's
                surface = text[a:b]     # first word is no part of the name
                at_start = False
            elif at_start and first and self.common_word(first.group(1), 4.5) \
                    and first.group(1).lower() not in _NAME_PARTICLES \
                    and first.group(1) not in self.first_names and first.group(1) not in self.prefix_type \
                    and len(rest := surface[first.end():]) >= 4 and rest not in self.not_names \
                    and not any(self.common_word(w, 3.0) or w in self.suffix_type for w in rest.split()) \
                    and any(not text[:x].lower().endswith(first.group(1).lower() + " ")
                            for x, _ in occurrences(text, rest)):
                a += first.end()        # "Whether Zentra's three will…": a frequent word opening the sentence,
                surface = text[a:b]     # before a name the text also writes alone
                at_start = False
            verb = _HEADLINE_VERB_END.search(surface)
            if verb is not None and _asks(text, b):
                b = a + verb.start()    # "What Does Zentri Do?": the question's verb, no part of the name
                surface = text[a:b]
            if any(t.start < b and a < t.end for t in taken):
                continue
            words = surface.split()
            if surface in self.not_names or surface in ("AI", "IA") or surface.casefold() in self.kb.demonyms:
                continue
            if self._demonym_ai(surface, text[b:b + 3]):
                continue        # "a Danish AI company": a demonym and "AI" before a common noun, no name
            if all(w.casefold() in self.role_words or w in self.not_names for w in words):
                continue
            if len(words) >= 2 and all(w.isupper() for w in words) and any(len(w) >= 4 for w in words) \
                    and self.kb.lookup(surface) is None:
                continue        # "JEAN DUPONT POUR « LE MONDE »": a photo credit in capitals, not a name
            if at_start and len(words) == 1 and surface.lower() in _COMMON_START:
                continue
            if label != "PER" and _title_case_line(text, a):
                # "Lumora to Acquire Zentri, Adding…": a headline's capitalised verb is no part of the
                # name after it when the text also writes that name without it ("Peak XV Partners" stays)
                while len(words) > 1 and self.common_word(words[0], 4.0) and words[0] not in self.first_names:
                    rest = " ".join(words[1:])
                    if not any(not text.endswith(words[0] + " ", 0, x) for x, _ in occurrences(text, rest)):
                        break
                    a += len(words[0]) + 1
                    words = words[1:]
                # … and the capitalised words after it ("Zentri Stock Changes Hands At…") when the text writes the
                # name without them elsewhere, in a sentence
                for k in range(len(words) - 1, 0, -1):
                    if not all(self.common_word(w, 4.0) and w not in self.suffix_type and w not in self.first_names
                               for w in words[k:]):
                        break
                    rest = " ".join(words[:k])
                    if k == 1 and self.common_word(rest, 4.0):
                        continue        # ("Money Today": no name is left)
                    if any(not _title_case_line(text, x) and not text.startswith(" " + words[k], y)
                           and not re.search(r"[A-ZÀ-Ý][\w’'&-]*[ \t]+$", text[max(0, x - 40):x])
                           for x, y in occurrences(text, rest)):
                        b = a + len(rest)
                        words = words[:k]
                        break
                surface = text[a:b]
            if label != "PER" and len(words) > 1 and _title_case_line(text, a) \
                    and all(self.common_word(w, 3.5) for w in words) \
                    and all(_title_case_line(text, x) for x, _ in occurrences(text, surface)):
                continue        # "Why Harbour Cranes Are Getting…": a headline's capitalised words, no name
            heading = at_start and a in heading_starts
            if len(words) == 1 and (at_start or _title_case_line(text, a)) and (label != "PER" or heading) \
                    and (self.common_word(surface, 3.0 if heading and label != "PER" else 4.0)
                         or label != "PER" and surface[1:].islower() and written_lowercase(surface, text)
                         or label != "PER" and len(surface) > 5 and surface[1:].islower() and surface.endswith("s")
                         and self.common_word(surface[:-1], 3.3)):     # "Repayments go through…": a plural
                if mid is None:
                    mid = self._capitalised_mid([x for x in sents if not _title_case_line(text, x.start)
                                                 and not RUBRIC.search(x.text)])    # (nor a rubric's sections)
                if surface not in mid:
                    continue    # "Growth slowed…", a heading's "Capteurs et drones", a rubric's "Fintech" (a
                    #             "fintech" in the text): a word opening a line, never a name elsewhere
            if not surface[:1].isupper() and not surface[:1].isdigit():
                continue        # a title line's "Gazette" cut from "Gazette du Nord": "du Nord" is no name
            if len(words) > 1 and words[-1] in _POLICY_WORDS:
                continue        # "National Artificial Intelligence Strategy", "AI Act": a policy, no agent
            found.append((a, b, surface, label))
            spans.setdefault(surface, []).append((a, b))
        # one name, one kind: the recogniser's most frequent label for it ("Munich's Zentri" read as a
        # place in a headline, an organisation twice in the text), ties going to an organisation
        votes: dict[str, Counter] = {}
        for _, _, surface, label in found:
            votes.setdefault(surface, Counter())[label] += 1
        labels = {surface: max(sorted(v), key=lambda lab: (v[lab], _LABEL_ORDER.get(lab, 0)))
                  for surface, v in votes.items()}
        found = [(a, b, surface, labels[surface]) for a, b, surface, _ in found]
        # the recogniser does not find every occurrence of a name: the others are the same name
        seen = {(a, b) for a, b, _, _ in found}
        for surface, lab in sorted(labels.items()):
            for a, b in occurrences(text, surface):
                if (a, b) in seen or any(t.start < b and a < t.end for t in taken) \
                        or any(x < b and a < y for x, y, _, _ in found):
                    continue
                found.append((a, b, surface, lab))
                spans[surface].append((a, b))
                seen.add((a, b))
        found.sort()
        # a one-word "person" that is neither a first name nor the surname of a person named in full is
        # a company's name ("Lumora raised $10 million"): people are introduced by their full names
        surnames = {s.split()[-1] for _, _, s, lab in found if lab == "PER" and len(s.split()) > 1}
        found = [(a, b, s, "ORG" if lab == "PER" and len(s.split()) == 1 and s not in surnames
                  and s not in self.first_names else lab) for a, b, s, lab in found]
        # nor is a "person" whose last word ends organisation names or whose first opens them: "Rosalie
        # Mutuelle", "Rosa Capital", "University of Kerlo"
        found = [(a, b, s, "ORG" if lab == "PER" and self._org_shaped(s.split()) else lab) for a, b, s, lab in found]
        # a "place" after an article and a demonym is a company: "la finlandaise X", "le lyonnais Y"
        found = [(a, b, s, "ORG" if lab == "LOC" and (d := _ARTICLE_DEMONYM.search(text, max(0, a - 30), a))
                  is not None and d.group(1).casefold() in self.kb.demonyms else lab) for a, b, s, lab in found]
        out = []
        types: dict[tuple[str, str], str] = {}
        known: dict[str, KBEntry] = {}
        for _, _, surface, label in found:
            entry = self.kb.lookup(surface)
            if entry is not None and not self.kb_contradicted(text, surface, entry):
                known[surface] = entry
                continue
            key = (surface, label)
            if key not in types:
                types[key] = type_name(surface, label, contexts_of(text, spans[surface]), lang)
        for (surface, label), typ in types.items():
            words = surface.split()
            if typ == "Person" and self._org_shaped(words):
                types[(surface, label)] = self.shape_type(words, "")[0] or "Organization"   # "University of
                #                                                 Kerlo, who is now…": the typer read the relative
        org_type: dict[str, str] = {}      # the first organisation type each surface was given
        for (surface, _), typ in types.items():
            if typ in ORG_TYPES:
                org_type.setdefault(surface, typ)
        for (surface, label), typ in types.items():
            last = surface.split()[-1]
            if typ == "Person" and len(surface.split()) > 1 and last in org_type \
                    and raises_context(contexts_of(text, spans[last])):
                types[(surface, label)] = org_type[last]    # "Ateliers X" when "X lève 4 millions": a company
        for a, b, surface, label in found:
            entry = known.get(surface)
            if entry is not None:
                out.append(Mention(a, b, surface, entry.id, entry.type, "kb", 0.9))
                continue
            out.append(Mention(a, b, surface, name_key(surface), types[(surface, label)], "ner", 0.8))
        return out

    def recurring_names(self, text: str, sents: list[Sentence], unknown: list[Mention], taken: list[Mention],
                        lang: str) -> list[Mention]:
        """The one-word chunks of no known kind that the text writes at least twice, capitalised inside a
        sentence (not its first word, not in a heading), or anywhere when no dictionary holds the word and no
        known name has it: organisations or products, typed by the entity typer from their contexts. Every
        occurrence not already part of a name is a mention."""
        words = {w for t in taken for w in t.text.split()}
        names = sorted({m.text for m in unknown if " " not in m.text and len(m.text) >= 3 and m.text[1:].islower()
                        and (_inside_sentence(sents, m.start)
                             or m.text not in words and not self.common_word(m.text))})
        # (a word no dictionary holds, not a known name's, counts where it opens sentences and headings:
        # "Orvane, la vigne connectée" then "Orvane taille…" in a list of start-ups)
        claimed = SpanIndex((t.start, t.end) for t in taken)
        out = []
        for name in names:
            if name.casefold() in self.kb.demonyms or name.endswith("ic") or self.kb.lookup(name[:-1]) is not None:
                continue        # "Arabic", "Indic", "the Americas": adjectives and places, not new names
            spans = [(w.start(), w.end()) for w in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text)]
            spans = [(x, y) for x, y in spans if not claimed.overlaps(x, y)]
            if len(spans) < 2:
                continue
            typed = next((t.type for t in taken if t.text == name), None)
            typ = typed or type_name(name, "ORG", contexts_of(text, spans), lang)
            out += [Mention(x, y, name, name_key(name), typ, "chunk", 0.6) for x, y in spans]
        return out

    def _split_chunk(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """Cut a chunk at role words ("Chief", "CEO") and non-name words; keep the name parts."""
        parts: list[tuple[int, int]] = []
        cur: tuple[int, int] | None = None
        for w in re.finditer(r"\S+", text[a:b]):
            word = w.group().rstrip(",")
            wa = a + w.start()
            if cur and re.fullmatch(r"(?:Inc|Ltd|LLC|Corp|PLC|plc|GmbH|S\.A|SAS|SA)\.?", word) \
                    and text[cur[1]:wa].strip() == ",":
                cur = (cur[0], wa + len(word))      # "T. Rowe Price Associates, Inc."
                continue
            if word.rstrip(".") in self.not_names or word.casefold() in self.role_words or _COMPOUND_ADJ.search(word):
                if cur:
                    parts.append(cur)
                cur = None
                continue
            possessive = re.search(r"[’']s$", word) is not None and len(word) > 3
            if possessive:
                word = word[:-2]
            cur = (cur[0], wa + len(word)) if cur else (wa, wa + len(word))
            if possessive:          # "Microsoft’s Copilot": the possessor ends the name
                parts.append(cur)
                cur = None
        if cur:
            parts.append(cur)
        out = []
        for pa, pb in parts:
            m = _TRIM.fullmatch(text[pa:pb])
            if not (m and m.group(1)):
                continue
            pa, pb = pa + m.start(1), pa + m.end(1)
            verb = _HEADLINE_VERB_END.search(text, pa, pb)
            if verb is not None:
                pb = verb.start()       # "What Does Zentri Do?": a headline's verb, no part of the name
            # "Orion de Veltis", "Claude d'Anthropic": two names; "Banque de France", "Center for X": one
            for c in _INNER_CONNECT.finditer(text, pa, pb):
                head = text[pa:c.start()].split()
                if head and head[0] not in self.institution_words:
                    out.append((pa, c.start()))
                    pa = c.end()
            out.append((pa, pb))
        return out

    def _strip_opening_word(self, text: str, a: int, b: int) -> tuple[int, int]:
        """"Comment Veltis", "Investors Sequoia": a dictionary word opening the sentence is not part of the name;
        "L’histoire", "S’appuie-t-elle": an elided article or pronoun before a common word is no name at all."""
        elided = re.match(r"(?:[LlDdSsNnJjMmTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’']", text[a:b])
        if elided:
            rest = text[a + elided.end():b]
            word = re.match(r"[\w-]+", rest)
            if not rest[:1].isupper() or (word and self.common_word(word.group().split("-")[0]) and " " not in rest):
                return a, a
        before = text[:a]
        if before.strip() and not re.search(r"[.!?:;«“\"–—]\s*$", before):
            return a, b
        first = re.match(r"(\S+)\s+", text[a:b])
        if first and self.common_word(first.group(1), 4.0) and first.group(1) not in self.prefix_type \
                and first.group(1) not in self.first_names:
            return a + first.end(), b
        return a, b

    def _capitalised_mid(self, sents: list[Sentence]) -> set[str]:
        """Words seen capitalised somewhere other than at the start of a sentence."""
        seen = set()
        for s in sents:
            for m in re.finditer(rf"(?<=[\s(«“\"'’-])([{_UP}][\w-]+)", s.text):
                if m.start() > 0:
                    seen.add(m.group(1))
        return seen

    def _type_chunk(self, s: Sentence, a: int, surface: str, start: int, end: int,
                    ner_label: dict, capitalised_mid: set[str]) -> Mention | None:
        words = surface.split()
        if not words or surface in self.not_names or surface in ("AI", "IA") or len(surface) < 2 \
                or not surface[0].isalpha() or re.search(r"-(?:focused|based|backed|led|owned|driven|powered|first|"
                                                         r"native|like)$", surface):
            return None
        if all(w.casefold() in self.role_words or w in self.not_names for w in words):
            return None
        before = s.text[:a]
        at_start = not before.strip() or re.search(r"[.!?:;«“\"–—]\s*$", before) is not None
        if len(words) == 1 and surface.casefold() in self.kb.demonyms:
            return None      # "Swiss", "French": an adjective of nationality, not a name
        if at_start and len(words) == 1 and re.search(r"(?:ment|ly)$", surface) and self.common_word(surface) \
                and surface not in capitalised_mid:
            return None      # "Financièrement, une start-up…": an adverb opening a sentence, not a name
        label = ner_label.get(start)
        typ, conf = self.shape_type(words, before)
        if typ is None and MODEL_SIZE.search(surface):
            typ, conf = "AIModel", 0.8      # "Zentra-12B": a parameter count names a model
        if typ is None:
            tail = s.text[a + len(surface):a + len(surface) + 80]
            app = self.apposition_re.match(tail)
            if app:
                head = tail[:app.end() + 25]
                if self.role_re.search(head) or re.search(r"\b(?:associate|director|directeur|directrice|engineer|"
                                                          r"ingénieu\w*|researcher|chercheu\w*|avocat\w*|"
                                                          r"lawyer)\b", head, re.I):
                    typ, conf = "Person", 0.7       # "Amara Nwosu, a former product director at…"
                else:
                    typ, conf = self.type_of_noun.get(app.group(1).casefold(), "Organization"), 0.7
            elif _FIRM_VERB_AFTER.match(tail) and (owner := _PLACE_POSSESSIVE.search(before)) is not None and (
                    ner_label.get(s.start + owner.start(1)) == "LOC"
                    or (place := self.kb.lookup(owner.group(1))) is not None and place.type in PLACE_TYPES):
                typ, conf = "Company", 0.6          # "Moose Jaw's Brisca, which makes…": a firm from that place
            elif (city := _BRACKETED_PLACE.match(tail)) is not None and (
                    ner_label.get(s.start + a + len(surface) + city.start(1)) == "LOC"
                    or (place := self.kb.lookup(city.group(1))) is not None and place.type in PLACE_TYPES):
                typ, conf = "Company", 0.7          # "- Tavorne (Nantes), qui produit…": a list of firms
        if at_start and len(words) == 1 and typ is None and self.common_word(surface):
            return None  # "Reflet", "Laisser", "Partenariat": a capitalised common word opening a sentence
        if label == "PER" and typ is None and 2 <= len(words) <= 4:
            typ, conf = "Person", 0.8
        elif label == "ORG" and typ is None:
            typ, conf = "Organization", 0.7
        if typ is None and len(words) == 1 and at_start and surface.lower() in _COMMON_START:
            return None
        if typ is None and s.heading and len(words) == 1 and label is None and len(s.text.split()) <= 3:
            return None
        return Mention(start, end, surface, name_key(surface), typ or "Unknown", "ner" if label else "chunk",
                       conf or 0.5)

    def _org_shaped(self, words: list[str]) -> bool:
        """Do a name's words end with an organisation's suffix or open with its prefix ("… Mutuelle", "University
        of …"), whatever the recogniser or the typer made of it?"""
        return len(words) > 1 and (words[-1] in self.suffix_type or words[0] in self.prefix_type)

    def shape_type(self, words: list[str], before: str) -> tuple[str | None, float]:
        first, last = words[0], words[-1].rstrip(".")
        if last in self.suffix_type and len(words) >= 2:
            return self.suffix_type[last], 0.8
        if first in self.prefix_type and len(words) >= 2:
            return self.prefix_type[first], 0.8
        if re.search(r"(?:^|\s)(?:" + "|".join(re.escape(t) for t in self.person_titles) + r")\s*$", before):
            return "Person", 0.85
        if first in self.first_names and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words[1:]) \
                and not any(w in self.suffix_type for w in words[1:]):
            return "Person", 0.8
        m = self.type_noun_re.search(before[-60:])
        if m and not ("," in m.group() and _PREPOSITION_END.search(before[-60:], 0, m.start())):
            # ("selon la société, X devance…": the comma closes the complement, X is no société)
            return self.type_of_noun.get(m.group(1).casefold(), "Organization"), 0.7
        if self.demonym_noun_re is not None and len(words) <= 3 and self.demonym_noun_re.search(before[-40:]):
            return "Company", 0.7
        if len(words) <= 3 and re.search(r"[\w.]-based\s+$", before[-40:]):
            return "Company", 0.7       # "Lagos-based eKerlo": a firm placed by its city
        return None, 0.0


def occurrences(text: str, surface: str) -> Iterator[tuple[int, int]]:
    """Where ``surface`` (three characters or more) stands in ``text`` as a whole name: not inside a
    longer word or a hyphenated name, nor before an apostrophe ("Zentri-3", "Zentri'x") other than a
    possessive's ("Zentri's chief executive"); after an elided French article or preposition ("d'Orvane") too."""
    if len(surface) < 3:
        return
    for m in re.finditer(r"(?:(?<![\w’'-])|(?<=\b[dlDL][’'])|(?<=\bqu[’']))" + re.escape(surface)
                         + r"(?![\w-]|[’'](?!s\b)\w)", text):
        yield m.start(), m.end()


#: The next item of a list after a name: "A and B", "A, B et C", "A ou B".
_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:(?:and|et|or|ou)\s+)?|\s+(?:and|et|or|ou|&)\s+)"
                        r"([A-ZÀ-Ý][\w’'&.-]*[\w&](?:\s+[A-ZÀ-Ý][\w’'&.-]*[\w&]){0,2})(?=\s*(?:[,;.:)]|\s(?:and|et|or|ou|&)\s|$))")


def list_mates(text: str, mentions: list[Mention], common_word: Callable[[str], bool]) -> list[Mention]:
    """Capitalised names listed right after an organisation's name and typed nowhere else: "competes with
    Orvane Robotics and Lumbrik" makes Lumbrik an organisation of Orvane Robotics's type. The name ends
    the list or its item (a comma, "and", the sentence's end follows); no word of it is a common word."""
    occupied = SpanIndex((m.start, m.end) for m in mentions)
    not_names = frozenset(lexicon()["not_names"]) | legal_forms()   # (a name here
    #                                                                  ends in a letter: "Co." is never one)
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in ORG_TYPES or m.type == "MediaOutlet":
            continue
        end = m.end
        for _ in range(4):
            nxt = _LIST_NEXT.match(text, end)
            if nxt is None:
                break
            a, b = nxt.span(1)
            name = nxt.group(1)
            if occupied.overlaps(a, b):
                end = b
                continue
            if any(common_word(w) for w in name.split()) or len(name) < 3 or name in not_names:
                break
            out.append(Mention(a, b, name, name_key(name), m.type, "list", 0.6))
            end = b
    return out


#: A past employer written as a prefix: "(ex-Brisca)", "ex-Kerlo Labs", "un ex-Orvane": the name after
#: "ex-", up to three capitalised words.
_EX_NAME = re.compile(rf"(?<![\w’'-])[Ee]x-((?-i:{_WORD})(?:\s(?-i:[{_UP}][\w&.+-]*)){{0,2}})")


#: Titles written after "ex-" that are no employer's name ("ex-Président", "ex-CEO").
_EX_NOT_NAME = frozenset({"président", "présidente", "ceo", "pdg", "dg", "cto", "directeur", "directrice",
                          "ministre", "minister", "premier"})


def ex_employers(text: str, mentions: list[Mention], common_word: Callable[[str], bool]) -> list[Mention]:
    """Names written after "ex-" ("Paul Roux (ex-Brisca)") that no other mention covers: a person's
    past employer, so an organisation (a company, unless the name's suffix says otherwise, which the typer
    decides later). A common word after "ex-" ("ex-Président") is no name."""
    occupied = SpanIndex((m.start, m.end) for m in mentions)
    out: list[Mention] = []
    for m in _EX_NAME.finditer(text):
        a, name = m.start(1), m.group(1).rstrip(".")
        first = name.split()[0]
        if occupied.overlaps(a, a + len(name)) or len(name) < 2 or common_word(first) \
                or first.casefold() in _EX_NOT_NAME:
            continue
        out.append(Mention(a, a + len(name), name, name_key(name), "Company", "chunk", 0.6))
    return out


def every_occurrence(text: str, named: list[Mention], taken: list[Mention]) -> list[Mention]:
    """The other occurrences of names typed at one of them ("Quellio, a Boston startup, … Founded by A,
    Quellio employs…"): the same name, of the same type, where no other mention is."""
    occupied = SpanIndex((m.start, m.end) for m in list(taken) + list(named))
    out: list[Mention] = []
    for surface, m in sorted({m.text: m for m in named}.items()):
        for a, b in occurrences(text, surface):
            if not occupied.overlaps(a, b):
                out.append(Mention(a, b, surface, m.key, m.type, m.source, m.confidence))
    return out


#: A family named by its surname: "la famille Morel", "the Morel family".
_FAMILY_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:la\s+|une\s+|de\s+la\s+)famille\s+$")
_FAMILY_AFTER = re.compile(r"\s+(?:family|families)(?![\w-])")
_THE_BEFORE = re.compile(r"(?i)(?<![\w’'-])the\s+$")


def without_families(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the surnames that name a family ("la famille Morel", "the Morel family"): no
    organisation, nor a person; the knowledge base's names stay."""
    return [m for m in mentions if m.source == "kb" or len(m.text.split()) > 1 or not (
        _FAMILY_BEFORE.search(text, max(0, m.start - 20), m.start)
        or _FAMILY_AFTER.match(text, m.end) and _THE_BEFORE.search(text, max(0, m.start - 6), m.start))]


#: A partnership's name of several surnames with its legal form: "Roux, Weld & Lund LLP", "Morel, Girard
#: & Kerr S.E.N.C.R.L.".
_FIRM_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)+,?\s+(?:&|and)\s+[A-Z][\w’'-]+"
                        r"\s+(?:LLP|LLC|L\.L\.P\.|S\.E\.N\.C\.R\.L\.|s\.e\.n\.c\.r\.l\.|SENCRL)(?![\w-])"
                        r"|(?<![\w’'-])(?!The\s)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+[A-Z][\w’'-]+"
                        r"\s+(?:Co\.|Company|Corp\.|Corporation|Inc\.)")   # "Kerlo Gas and Electric Co."


#: A company's name with a legal form of Malaysia, Singapore, Australia or Indonesia that a recogniser cuts off:
#: "Zentri Sdn Bhd", "Kerlo Capital Management Bhd", "Orvane Pte Ltd".
_CUT_LEGAL_NAME = re.compile(r"(?<![\w’'-])(?!The\s)[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}\s+"
                             r"(?:Sdn\.?\s+Bhd\.?|Bhd\.?|Berhad|Pte\.?\s+Ltd\.?|Pty\.?\s+Ltd\.?|Tbk\.?)(?![\w-])")


def without_caps_person_parts(mentions: list[Mention]) -> list[Mention]:
    """The mentions without a name in capitals that is a part of a person's name the article gives ("TOM'S
    TAKE" over a column by Tom Roe): the person, not an organisation."""
    parts = {w.casefold() for m in mentions if m.type == "Person" and len(m.text.split()) > 1
             for w in (m.text.split()[0], m.text.split()[-1])}
    return [m for m in mentions if not (m.source != "kb" and m.type != "Person" and m.text.isupper()
                                        and len(m.text) > 3 and m.text.casefold() in parts)]


def firm_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names of partnerships and of "X and Y Co." companies written with their legal form (:data:`_FIRM_NAME`)
    and of companies with a legal form a recogniser cuts off (:data:`_CUT_LEGAL_NAME`) as one organisation each,
    over the names found inside them ("Roux" and "Lund LLP" in "Roux, Weld & Lund LLP", "Zentri" and "Sdn Bhd" in
    "Zentri Sdn Bhd")."""
    out = list(mentions)
    for m in _FIRM_NAME.finditer(text):
        a, b = m.span()
        if any(o.start < a < o.end or o.start < b < o.end for o in out):
            continue        # a name that crosses the partnership's: leave both alone
        out = [o for o in out if not (a <= o.start and o.end <= b)]
        out.append(Mention(a, b, m.group(), name_key(m.group()), "Company", "chunk", 0.8))
    for m in _CUT_LEGAL_NAME.finditer(text):
        a, b = m.span()
        if any(o.start < a < o.end or o.start < b < o.end for o in out):
            continue
        inside = [o for o in out if a <= o.start and o.end <= b]
        typ = next((o.type for o in inside if o.type in ORG_TYPES), "Company")
        out = [o for o in out if o not in inside]
        out.append(Mention(a, b, m.group(), name_key(m.group()), typ, "chunk", 0.8))   # "Zentri" + " Sdn Bhd"
    return sorted(out, key=lambda m: (m.start, -m.end))


#: The rest of a word after an inner apostrophe, in a name a recogniser may cut there: "Ka'ed" (not a
#: possessive "'s").
INNER_APOSTROPHE = r"['’](?!s\b)[a-z]{1,4}"
#: A two-word name made of parts a recogniser cuts apart at an inner apostrophe: "Ka'ed Ventures" (a name with a
#: particle, "Brisca de Lune", has three words already).
_JOINED = re.compile(r"\w" + INNER_APOSTROPHE + r"\s")


def longest_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation's or a product's name of three words or more (or :data:`_JOINED`) that the text writes whole
    once stands
    whole wherever it is written, over the shorter names found inside it there ("Kerlo Ventures North"
    and "Iberia" where the text later names "Kerlo Ventures North Africa & Iberia")."""
    long = {m.text: m for m in sorted(mentions, key=lambda m: (m.start, m.end))
            if (len(m.text.split()) >= 3 or _JOINED.search(m.text))
            and (m.type in ORG_TYPES or m.type in PRODUCT_TYPES)}
    out = list(mentions)
    for surface, m in sorted(long.items()):
        for a, b in occurrences(text, surface):
            inside = [o for o in out if o.start < b and a < o.end]
            if not inside or any(o.start < a or o.end > b or (o.start, o.end) == (a, b) for o in inside):
                continue
            out = [o for o in out if not (o.start < b and a < o.end)]
            out.append(Mention(a, b, surface, m.key, m.type, m.source, m.confidence))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _inside_sentence(sents: list[Sentence], pos: int) -> bool:
    """Is ``pos`` inside a sentence of the body, after its first word?"""
    for s in sents:
        if s.start <= pos < s.end:
            return not s.heading and re.search(r"[^\W\d]", s.text[:pos - s.start]) is not None \
                and not re.search(r"[.!?:;«“\"–—]\s*$", s.text[:pos - s.start])
    return False


@lru_cache(maxsize=2)
def line_ends(text: str) -> tuple[list[str], list[int]]:
    """The lines of ``text`` and where each one ends, once per text (a text may be one long line)."""
    lines = text.split("\n")
    ends = [m.start() for m in re.finditer("\n", text)] + [len(text)]
    return lines, ends


def _title_case_line(text: str, pos: int) -> bool:
    """Is ``pos`` on a line written in title case ("Zentri Raises $10 Million to Expand in Europe"): at
    least three words of four letters or more, three in four of them capitalised?"""
    _, ends = line_ends(text)
    return _title_case_lines(text)[bisect_left(ends, pos)]


@lru_cache(maxsize=2)
def _title_case_lines(text: str) -> list[bool]:
    """Whether each line is in title case, once per text."""
    flags = []
    for line in line_ends(text)[0]:
        long = re.findall(r"[^\W\d_][\w’'-]{3,}", line) if len(line) < 400 else []
        flags.append(len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.75 * len(long))
    return flags


#: A preposition right before a noun phrase: "publiées par la société, X", "according to the company, X".
_PREPOSITION_END = re.compile(r"(?i)(?<![\w’'-])(?:par|selon|pour|chez|avec|sur|de|by|for|to|with|from|at|of)\s+$")
#: English auxiliaries that open a question ("Will Zentra keep its brand?"), never a first name there.
_AUXILIARIES = frozenset({"will", "can", "could", "should", "would", "may", "might", "must", "shall", "did", "does",
                          "do", "is", "are", "was", "were", "has", "have", "had"})


def _asks(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` ends with a question mark (before the line's end)."""
    end = re.search(r"[.!?\n]", text[pos:])
    return end is not None and end.group() == "?"


_COMMON_START = {
    "le", "la", "les", "un", "une", "des", "ce", "cette", "ces", "il", "elle", "ils", "elles", "mais", "et",
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "but", "and", "in", "on",
    "for", "with", "since", "after", "before", "as", "at", "by", "from", "to", "today", "yesterday", "now",
    "dans", "pour", "avec", "depuis", "après", "avant", "selon", "chez", "sur", "sous", "entre", "comment",
    "pourquoi", "quand", "how", "why", "when", "what", "who", "where", "est-ce", "faut-il", "reste", "derrière",
}
