"""The passage around each sentence: what the relation model sees besides the words.

From an analysed article's sentences, names, sums of money and years, :func:`frames` builds one
:class:`~graph.extractors.features.Sentence` per sentence: its names and values in order, the
article's main organisation, the organisation and the person the passage is about (its *topic*),
and the words that refer back to them ("the company", "la start-up", "elle", "he").
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..analysis.amounts import MoneyMention
from ..analysis.anaphora import ADJECTIVE_ENDINGS, FRONTED_PERSON, closed_tail, names_sector
from ..analysis.focus import HEADLINE_BUYS
from ..analysis.kbase import load_kb
from ..analysis.lexicon import alternation, lexicon
from ..analysis.pronouns import anaphor_lists, career_predicate, gender, person_pronoun
from ..analysis.text import Sentence as TextSentence
from ..analysis.types import INVESTOR_TYPES
from .candidates import _NOT_TOPIC, group_of
from .features import Arg, Sentence

#: A name found in the text: (start, end, entity key, ontology class), offsets in the article.
Name = tuple[int, int, str, str]


def frames(sents: list[TextSentence], names: list[Name], money: list[MoneyMention],
           years: list[tuple[int, int, int]], lang: str, demonyms: list[Name] | None = None,
           products: frozenset[str] = frozenset(), speakers: list[Name] | None = None,
           references: list[Name] | None = None,
           ) -> tuple[list[Sentence], list[tuple[str | None, str | None, tuple[str, ...]]]]:
    """The feature sentences of an article and each one's (topic organisation, topic person).

    ``demonyms`` are places named by their demonym ("the French startup"): objects of ``country``
    and ``headquarters`` only. ``products`` are known products that are companies in this article
    only because somebody buys or backs them there: they count for less as its main organisation.
    ``speakers`` are first-person words in quotations, each the organisation its speaker speaks for
    ("« Nous avons racheté X », explique A, PDG de Y"): they are arguments, but count for no topic;
    so are ``references`` to an investment firm named before ("Le fonds, qui…")."""
    out: list[Sentence] = []
    blocks: list[int] = []
    for i, s in enumerate(sents):
        args: list[Arg] = []
        taken: list[tuple[int, int]] = []
        for a, b, key, cls in list(names) + list(demonyms or ()):
            if s.start <= a and b <= s.end and not any(x < b and a < y for x, y in taken):
                args.append(Arg("entity", key, group_of(cls), cls, a - s.start, b - s.start, "name"))
                taken.append((a, b))
        for m in money:
            if s.start <= m.start and m.end <= s.end and not any(x < m.end and m.start < y for x, y in taken):
                args.append(Arg("amount", m.amount.key, "Amount", "Amount",
                                m.start - s.start, m.end - s.start, "money"))
                taken.append((m.start, m.end))
        for a, b, year in years:
            if s.start <= a and b <= s.end and not any(x < b and a < y for x, y in taken):
                args.append(Arg("year", str(year), "Year", "Year", a - s.start, b - s.start, "year"))
        args.sort(key=lambda x: (x.start, -x.end))
        out.append(Sentence(s.text, args, lang=lang, index=i, heading=s.heading, title=(i == 0 and s.heading)))
        blocks.append(s.block)
    hosts = platforms(out)
    main = main_organisation(out, products | hosts)
    for x in out:
        x.main = main
    referents = _described_referents(out)
    interview = _interview(out, blocks)
    topics = assign_topics(out, blocks, referents, interview, hosts)
    types = {a.key: a.type for x in out for a in x.args if a.kind == "entity"}
    _add_speakers(sents, out, speakers or [])
    _add_speakers(sents, out, references or [], "reference")
    add_anaphors(out, topics, types, referents, interview[0])
    return out, topics


def _add_speakers(sents: list[TextSentence], out: list[Sentence], speakers: list[Name],
                  source: str = "speaker") -> None:
    """The speakers' "we" (or other references, ``source``) as arguments of their sentences, where no
    other argument is."""
    for s, x in zip(sents, out, strict=True):
        new = [Arg("entity", key, group_of(cls), cls, a - s.start, b - s.start, source)
               for a, b, key, cls in speakers if s.start <= a and b <= s.end
               and not any(y.start < b - s.start and a - s.start < y.end for y in x.args)]
        if new:
            x.args = sorted(x.args + new, key=lambda y: (y.start, -y.end))


#: The colon after the name that opens a line of an interview: who speaks, not what the line is about.
_SPEAKER_LABEL = re.compile(r"\s*:(?!\d)")


#: A platform's noun right before its name: "sur la plateforme X", "on the crowdfunding platform X".
PLATFORM_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?<!sa\s)(?<!ses\s)(?<!its\s)(?<!leur\s)(?<!their\s)(?<!our\s)"
                             r"(?<!notre\s)(?:plateformes?|platforms?)\s+(?:de\s+[\w-]+\s+(?:[\w-]+\s+)?)?$")


def platforms(sentences: list[Sentence]) -> frozenset[str]:
    """The organisations the article names as a platform ("sur la plateforme WiSEED", "on the crowdfunding
    platform X"): where a campaign runs, never what the story is about."""
    return frozenset(a.key for s in sentences for a in s.args if a.kind == "entity" and a.group == "Org"
                     and PLATFORM_BEFORE.search(s.text, max(0, a.start - 40), a.start))

#: A young company's noun right before its name, in a headline: "… backs Austin robotics startup ", "la
#: start-up rennaise ", "insurtech ".
_HEADLINE_STARTUP = re.compile(r"(?i)(?<![\w’'-])(?:start-?ups?|scale-?ups?|spin-?outs?|spin-?offs?|insurtech|fintech|"
                               r"medtech|healthtech|edtech|agritech|proptech|legaltech|jeune\s+pousse|pépite)"
                               r"(?:\s+(?!(?:de|du|des|of|from|in|à|au|en|near|près)\s)[a-zà-ÿ][\w’'-]*){0,2}\s+$")


def main_organisation(sentences: list[Sentence], products: frozenset[str] = frozenset()) -> str | None:
    """The organisation the article is about: named most, the title counting thrice, sentence
    openers twice; investors, outlets, public bodies and bought ``products`` count for a third."""
    score: dict[str, float] = defaultdict(float)
    title = _title_index(sentences)
    funds = _closing_funds(sentences)
    for s in sentences:
        seen = set()
        bought = _bought_in_headline(s) if s.index in (0, title) or s.title else None
        spun = bought is not None and _spun_in_headline(s)
        if bought is not None and any(_WE.search(unquoted(x.text)) for x in sentences):
            bought = None       # a buyer that speaks as "we" outside quotes announces its own story (the
                                # newsroom's "selon nos informations" is no buyer's)
        for a in s.args:
            if a.kind != "entity" or a.group != "Org" or a.key in seen:
                continue
            if a.start <= 2 and _SPEAKER_LABEL.match(s.text, a.end) and s.index != title:
                continue        # "Zentri Mag : Pourquoi lever ?": an interview's questioner, no subject (a
                #                 headline's "Zentri : sa fondatrice cède sa place" is its subject)
            seen.add(a.key)
            w = 3.0 if s.index in (0, title) or s.title else 1.0
            if bought is not None:      # "A buys startup B": the story of B, whose founders and rounds follow
                # (a spun-off company more so: its parent is named all along, "A spins off its unit as B")
                w = (6.0 if spun else 4.0) if a.key == bought else 1.0
            if w == 3.0 and bought is None and _HEADLINE_STARTUP.search(s.text, max(0, a.start - 60), a.start):
                w = 4.0         # "Kerlo's fund backs Lyon start-up Zentri": Zentri's story
            if a.start <= 3 or _dateline_opener(s, a):
                w += 1.0
            if (a.type in _NOT_TOPIC and a.key not in funds) or a.key in products:
                w /= 3
            score[a.key] += w
    if not score:
        return None
    best = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return best[0] if best[1] >= 2 else None


#: An investment firm closing or raising a fund of its own: "X boucle son fonds II à 75 M€", "X closes its
#: $200 million Fund III", "X lève un nouveau fonds de 150 millions".
_FUND_CLOSE = re.compile(r"(?i)[^.;:]{0,40}?\b(?:closing|closes|closed|clôture|clôturé|boucle|bouclé|lève|raises|"
                         r"raised|launches|launched|lance|lancé)\b[^.;]{0,50}?\b(?:fonds|fund|véhicule|vehicle)\b")


def _closing_funds(sentences: list[Sentence]) -> frozenset[str]:
    """The investment firms the first lines say close or raise a fund of their own: the article is theirs."""
    out = set()
    for s in sentences[:8]:
        for a in s.args:
            if a.kind == "entity" and a.group == "Org" and a.explicit and a.type in INVESTOR_TYPES \
                    and _FUND_CLOSE.match(s.text, a.end):
                out.add(a.key)
    return frozenset(out)


_WE = re.compile(r"(?<![\w’'-])(?:[Ww]e|[Oo]ur|[Nn]ous|[Nn]otre|[Nn]os)(?![\w’'-])(?!\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:informations|confrères|sollicitations|questions|lecteurs|soins|sources|journalistes|colonnes|reporting|readers|"
                 r"newsletter|reporters?)\b)")
#: Quoted words, and a quotation a sentence opens or closes without the other mark (straight quotes too).
_QUOTED = re.compile(r"«[^»]*(?:»|$)|“[^”]*(?:”|$)|\"[^\"]*\"|^[^«“]*[»”]|^\s*\"[^\"]*$|^[^\"]*\"(?=[^\"]*$)")


@lru_cache(maxsize=4096)
def unquoted(text: str) -> str:
    """``text`` with its quoted words blanked, offsets kept (the narrator's words only); cached, since every
    candidate of a sentence asks for it."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


#: A seller's verb between a headline's bought company and its buyer: " sold to US group ", " acquired by ",
#: " rachetée par ", " passe sous le pavillon de ", " tombe dans l'escarcelle de ", " passe sous pavillon ".
HEADLINE_SOLD = re.compile(r"(?i)^\s+(?:(?:is|has\s+been|to\s+be|est|a\s+été)\s+)?"
                            r"(?:(?:sold|acquired|bought|snapped\s+up|taken\s+over|rachetée?|cédée?|vendue?|acquise?|reprise?)\s+(?:by|to|par|à|au)"
                            r"|passe\s+(?:sous\s+le\s+contrôle|dans\s+le\s+giron|aux\s+mains|sous\s+(?:le\s+)?pavillon)"
                            r"\s+(?:de|d[’']|du)|tombe\s+dans\s+l[’']escarcelle\s+(?:de|d[’']|du)|passe\s+sous\s+pavillon)"
                            r"\s+(?:[\w’'.-]+\s+){0,4}?$")


def _bought_in_headline(s: Sentence) -> str | None:
    """The organisation a headline that opens with its buyer says is bought ("A buys startup B": B), or that
    opens with the company it says was sold ("B sold to A": B)."""
    orgs = [a for a in s.args if a.kind == "entity" and a.group == "Org" and a.explicit]
    if len(orgs) < 2:
        return None
    if re.fullmatch(r"\W*(?:[\w’'-]+\s+){0,4}", s.text[:orgs[0].start]) \
            and HEADLINE_SOLD.match(s.text[orgs[0].end:orgs[1].start]) is not None:
        return orgs[0].key      # "Leeds start-up B sold to German group A", "B passe aux mains de A": B
    if not re.fullmatch(r"\W*(?:[\w’'-]+\s+){0,3}", s.text[:orgs[0].start]) \
            or (HEADLINE_BUYS.match(s.text[orgs[0].end:orgs[1].start]) is None
                             and not _spun_in_headline(s)):
        return None
    return orgs[1].key


def _spun_in_headline(s: Sentence) -> bool:
    """Does a headline that opens with a group say it spins off the organisation named next
    (:data:`_HEADLINE_SPINS`)?"""
    orgs = [a for a in s.args if a.kind == "entity" and a.group == "Org" and a.explicit]
    return len(orgs) > 1 and orgs[0].start <= 3 \
        and _HEADLINE_SPINS.fullmatch(s.text, orgs[0].end, orgs[1].start) is not None


#: A group spinning a unit off as the company named next: " spins off its grid team as ".
_HEADLINE_SPINS = re.compile(r"(?i)\s+(?:spins?|spun)\s+(?:off|out)\s+(?:[\w’'-]+\s+){0,5}?(?:as|into)\s+"
                             r"(?:(?:an?\s+)?(?:new\s+)?(?:start-?up|company|firm|business)\s+)?")


def _title_index(sentences: list[Sentence]) -> int:
    """The headline: the first of the first four lines that is a heading (or a short question among the first
    three: "Zentri sur le point de lever 2 M€ ?") and names an organisation other than an outlet (after a
    masthead "JDN – Journal du Net" and a rubric "Start-up › Interviews", "Kerlo360 | Startups | Agritech")."""
    for s in sentences[:4]:
        if (s.heading or s.index <= 2 and s.question and len(s.text.split()) <= 16) \
                and not _RUBRIC_LINE.search(s.text) \
                and any(a.kind == "entity" and a.group == "Org" and a.type != "MediaOutlet" for a in s.args):
            return s.index
    return 0


#: A rubric line of words between pipes or chevrons: "Kerlo360 | Startups | Agritech", "Tech › IA" (not "»", which
#: closes a French quotation, nor "/": narrower than :data:`..analysis.mentions.RUBRIC`).
_RUBRIC_LINE = re.compile(r"^[^.!?«»]{0,60}?\S\s+[›|·•>]\s+\S[^.!?«»]{0,60}$")


#: A sentence that opens with a participle or adverbial clause ("Fondée en 2020 par A et B, deux anciens
#: de X, Zentri a…", "Based in Lyon, the startup…"): its subject comes after one of the clause's commas.
_FRONTED = re.compile(r"^\W*(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|és)|Issue?s?|Venue?s?|Née?s?|"
                      r"Founded|Co-founded|Based|Backed|Launched|"
                      r"Headquartered|Created|Started|Built|Born|Spun\s+(?:out|off))\b")


#: The agent or complement of a fronted participle, before the names it governs ("Fondée en 2020 par", "passée par").
_FRONTED_AGENT_END = re.compile(r"(?i)(?<![\w’'-])(?:par|by|chez|at|de|d[’']|from|of)\s")


def fronted_opener(s: Sentence) -> Arg | None:
    """The organisation right after a comma of a fronted clause, if it is the sentence's subject."""
    for comma in re.finditer(r",\s*", s.text):
        after = [a for a in s.args if a.kind == "entity" and a.start >= comma.end()]
        gap_end = after[0].start if after else 0
        if len(after) > 1 and after[0].group == "Place" and not s.text[after[0].end:after[1].start].strip() \
                and (s.text[after[0].start:after[0].start + 1].islower() or after[1].source == "anaphor"):
            after = after[1:]   # "Issue du CNRS, la lyonnaise Zentri…", "…, the Perth startup": the subject's seat
        if after and re.fullmatch(r"(?:(?:la|le|les|l[’']|the)\s*)?", s.text[comma.end():gap_end], re.I):
            if after[0].group == "Person":
                continue        # "Fondée par A, B et C, Zentri…": the clause's list goes on
            return after[0] if after[0].group == "Org" and after[0].explicit else None
    return None


#: A preposition of place opening a sentence, before the place's name: "In", "À", "Près de", "Outside".
_FRONTED_PLACE = re.compile(r"(?i)^\W*(?:in|at|from|near|outside|across|à|a|en|au|aux|près\s+de|depuis|dans)\s+"
                            r"(?:(?:la|le|les|l[’'])\s*)?$")


#: A stake taken, right after an investor that opens a sentence, and before the company it is in: "has taken
#: a minority stake in", "a pris une participation minoritaire dans", "entre au capital de".
_STAKE_IN = re.compile(r"(?i)\s+(?:(?:has|have|had|a|ont|avait|est|is)\s+)?(?:(?:also|just|now|quietly|déjà|aussi)\s+)?"
                       r"(?:(?:taken|took|takes|take|acquired|bought|buys|pris|prend|prennent)\s+(?:an?|une)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:stake|participation)\s+(?:in|dans|au\s+capital\s+de)|"
                       r"entrée?\s+au\s+capital\s+de|entre\s+au\s+capital\s+de|"
                       r"(?:holds|owns|held|owned|détient|détenait|possède|possédait)\s+(?:(?:about|around|roughly|nearly|"
                       r"some|almost|environ|près\s+de|quelque)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|pc|per\s*cent|percent|pour\s+cent)|"
                       r"(?:an?|une)\s+(?:[\w-]+\s+){0,2}?(?:stake|participation))\s+(?:of|in|de|du\s+capital\s+de|dans))\s+"
                       r"(?:(?:the|la|le|l[’'])\s*(?:[\w-]+\s+){0,3}?)?")


def _stake_held(s: Sentence, opener: Arg | None) -> str | None:
    """The company an opening organisation takes a stake in (:data:`_STAKE_IN`), named right after."""
    if opener is None or opener.group != "Org":
        return None
    m = _STAKE_IN.match(s.text, opener.end)
    held = next((a for a in s.args if m is not None and a.explicit and a.group == "Org" and a.start == m.end()),
                None)
    return held.key if held is not None and held.type not in _NOT_TOPIC else None


#: A round closed or raised right after a company named inside the sentence, maybe past its name's apposition:
#: "…that her new company, Lumora, has closed a $4 million round", "…que sa start-up, Kerlo, a levé 3 M€".
RAISED_AFTER = re.compile(r"(?i)(?:\s*,[^,;:()]{1,60},)?\s*,?\s+(?:(?:has|have|had|a|avait|vient\s+de|just)\s+)?"
                           r"(?:closed|raised|secured|landed|completed|levé|lever|lève|bouclé|boucler|boucle)\s+"
                           r"(?:[^\W\d]+\s+){0,3}?(?:[$€£]\s?)?\d")


#: A round given with the company's name: "a new venture, Zentri, with a $9 million seed round",
#: "sa nouvelle société, Zentri, avec une levée de 3 millions".
_ROUND_WITH = re.compile(r"(?i)\s*,?\s+(?:with|avec)\s+(?:a|an|its|une?|sa|son)\s+(?:[$€£]\s?)?\d[^,;:()]{0,30}?"
                         r"(?:seed|pre-seed|series|funding|round|levée|tour|amorçage)\b")


def _round_raiser(s: Sentence, opener: Arg | None) -> str | None:
    """The company, not the sentence's opener, that the sentence says raised or closed a round (:data:`RAISED_AFTER`):
    what the next sentences' "also invested" and "led the round" are about."""
    for a in s.args:
        if a.explicit and a.group == "Org" and a.type not in _NOT_TOPIC and a.source != "anaphor" \
                and (opener is None or a.key != opener.key) \
                and (RAISED_AFTER.match(s.text, a.end) or _ROUND_WITH.match(s.text, a.end)) \
                and _REPORTED_COMPANY.search(s.text, max(0, a.start - 40), a.start):
            return a.key
    return None


#: What introduces a company reported to have raised, right before its name: "said that his new company, ",
#: "a annoncé que sa start-up, ", "that ".
_REPORTED_COMPANY = re.compile(r"(?i)(?:(?:company|startup|start-up|firm|venture|société|entreprise|jeune\s+pousse)"
                               r"\s*,|(?<![\w’'-])(?:that|que|qu[’']))\s*$")


#: A fronted setting (time, circumstance) that ends with a comma before the sentence's subject: "Dans le sillage
#: du rachat, ", "Après deux ans de tests, ", "Following the merger, ", "À quelques kilomètres, la montpelliéraine " (no
#: list's "Parmi", "Among", "Outre").
_FRONTED_SETTING = re.compile(r"(?i)\W*(?:dans|après|avant|depuis|lors|pour|avec|fin|début|cette|ce|"
                              r"à\s+(?:quelques|peu|deux|trois|\d)|non\s+loin|pendant\s+ce\s+temps|de\s+son\s+côté|"
                              r"after|before|following|since|with|earlier|later|this|last|a\s+few|not\s+far|meanwhile)"
                              r"\b[^,;:«»“”\"()]{0,70},\s*(?:(?:la|le|l[’']|the)\s*(?-i:[a-zà-ÿ][\w-]*)\s+)?")


#: A fronted foil before the subject: "Face à la parisienne X, …", "Unlike X, …", "Contrairement à X, …".
_FRONTED_FOIL = re.compile(r"(?i)\W*(?:face\s+(?:à|au|aux)|contrairement\s+(?:à|au|aux)|à\s+la\s+différence\s+d[eu’']|"
                           r"unlike|compared\s+(?:with|to)|rather\s+than|plutôt\s+que)\b")


def _opener(s: Sentence, groups: set[str]) -> Arg | None:
    """The name a sentence opens with (within its first few words), if of one of ``groups``; after a
    fronted clause, the organisation that is its subject."""
    if "Org" in groups and _FRONTED.match(s.text):
        return fronted_opener(s)
    for a in s.args:
        if a.kind != "entity" or a.group == "Place" and s.text[a.start:a.start + 1].islower():
            continue        # "La start-up rennaise Zentri": the demonym describes the name after it
        if a.group == "Place" and _FRONTED_PLACE.match(s.text[:a.start]) and re.match(r"\s*,", s.text[a.end:]):
            continue        # "In Leeds, Zentri is…", "À Lyon, Zentri…": the place is a setting, not the opener
        if a.group == "Place" and a.start <= 2 and _DATELINE.match(s.text, a.end):
            continue        # "LAHORE: Zentri, a…", "OSAKA — Zentri has…": a dateline, then the opener
        head = s.text[:a.start]
        if a.group == "Org" and _FRONTED_FOIL.match(head):
            return next((b for b in s.args if b.kind == "entity" and b.group == "Org" and b.explicit
                         and b.start > a.end and b.type not in _NOT_TOPIC and "Org" in groups
                         and re.search(r",\s*$", s.text[:b.start])), None)   # "Face à X, qui…, Zentri mise…": Zentri
        if a.group == "Org" and a.explicit and "Org" in groups and _FRONTED_SETTING.fullmatch(head) \
                and a.type not in _NOT_TOPIC \
                and re.match(r"(?:\s*,[^,;:()]{1,80},)?\s+(?:[a-zà-ÿ][\w’'-]*\s+)?[a-zà-ÿ]", s.text[a.end:]):
            return a        # "Après le rachat, Zentri a levé…", "À quelques kilomètres, la montpelliéraine B,
            #                 spécialiste de…, annonce…": the subject after a fronted setting
        if len(head.split()) > 4 or "," in head and a.group != "Org":
            return None
        if a.group in groups:
            low = head.lower().strip()
            if low.endswith((" de", " d'", " d’", " of", " by", " par", " with", " avec", " from", " chez", " at",
                             " include", " includes", " including", " comprennent", " comprend", " comptent",
                             " compte")):
                return None         # (and "Its customers include X": a list, not the sentence's subject)
            return a
        return None
    return None


#: The end of a dateline after its city: ": ", " — ", " (AFP) - ".
_DATELINE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[:—–]|-{1,2})\s")


def _dateline_opener(s: Sentence, a: Arg) -> bool:
    """Does ``a`` open the sentence right after a dateline ("LAHORE: Zentri…")?"""
    return any(p.group == "Place" and p.start <= 2 and p.end < a.start
               and (m := _DATELINE.match(s.text, p.end)) is not None and m.end() == a.start for p in s.args)


#: A boilerplate section's heading: "À propos de Zentri", "About Zentri" (a press release's last paragraphs).
_ABOUT_HEADING = re.compile(r"(?i)\W*(?:à\s+propos\s+(?:de\s+|d[’']\s*)|about\s+)")
#: A question heading about a company: "What does ", "Who runs ", "Qui dirige ", "Que fait " right before its
#: name, then maybe a verb, and the question mark (:data:`_ASKED_LAST`); not "Who is joining X?".
_ASKS_ABOUT = re.compile(r"(?i)\W*(?:what\s+(?:does|is|makes)|"
                         r"who\s+(?:runs|leads|owns|founded|backed|funds|is\s+behind)|"
                         r"qui\s+(?:dirige|finance|a\s+fondé|est\s+derrière|possède|se\s+cache\s+derrière)|que\s+fait|"
                         r"qu[’']est-ce\s+que)\s+")
_ASKED_LAST = re.compile(r"(?i)(?:[’']s)?\s*(?:do|does|make|makes|sell|sells|build|builds|offer|offers|fait|"
                         r"propose|vend|now|aujourd[’']hui|exactly|exactement)?\s*\?\s*")
#: After an organisation opening a short heading, the tie it has with the article's company: "Oracle
#: partnership", "The Veltis deal", "Accord avec…" — a section about that tie, still the company's story.
_TIE_HEADING = re.compile(r"(?i)\s*(?:partnerships?|deals?|tie-ups?|alliances?|agreements?|contracts?|stake|"
                          r"investment|partenariats?|accords?|contrats?|participation|rivals?|rivalry|competitors?|"
                          r"concurrents?|rivaux|rivales?)\W*$")
#: A verb that introduces an organisation by its name: "La plus avancée s'appelle Zentri", "One of them
#: is called Zentri", "Le premier chèque va à Zentri", "The largest cheque goes to Zentri".
_NAMING = re.compile(r"(?i)(?<![\w’'-])(?:s[’']appelle|se\s+nomme|a\s+pour\s+nom|répond\s+au\s+nom\s+de|"
                     r"is\s+called|is\s+named|goes\s+by\s+the\s+name(?:\s+of)?|(?:va|revient|est\s+allée?)\s+à|"
                     r"(?:goes|went)\s+to)\s+$")


def _introduced(s: Sentence) -> str | None:
    """The organisation a sentence introduces by its name, if any: the passage is about it from then on;
    or the one a sentence that opens with a person says that person founded ("A, a former X researcher, set
    up Zentri in 2020 with B": "The company raised…" next is Zentri)."""
    opens_person = bool(s.args) and s.args[0].group == "Person" and s.args[0].explicit and s.args[0].start <= 3
    for a in s.args:
        if a.kind == "entity" and a.group == "Org" and a.explicit and a.type not in _NOT_TOPIC \
                and (_NAMING.search(s.text, max(0, a.start - 40), a.start)
                     or opens_person and _FOUNDED_NAME.search(s.text, max(0, a.start - 40), a.start)):
            return a.key
    return None


#: A founding verb right before the name of what a person founded: "set up Zentri", "a fondé Zentri".
_FOUNDED_NAME = re.compile(r"(?i)(?<![\w-])(?:co-?founded|cofounded|founded|started|set\s+up|launched|created|"
                           r"(?:a|ont|avait|avaient)\s+(?:co-?fondé|cofondé|fondé|créé|lancé))\s+$")


#: A founding verb and its object, a description of the company ("co-founded the company", "a fondé la
#: société"): that description is the passage's organisation even where the sentence names it too.
_FOUNDED_IT = re.compile(r"(?i)\b(?:co-?founded|founded|started|cofond[ée]|fond[ée]|cr[ée]{2})\s+"
                         r"(?:the|this|la|l[’']|cette)\s*(?:company|startup|start-up|firm|business|société|entreprise)\b")

#: A paragraph's first word that refers back to the organisation the previous paragraph was about.
_PRONOUN_OPENING = re.compile(r"\W*(?:Son|Sa|Ses|Leur|Leurs|Elle|Its|It)\s")

#: What after an organisation that opens a sentence makes a later description another one's: a relative
#: clause on it ("Lumora, which buys from the startup") or an apposition.
_SUBJECT_OTHER = re.compile(r"(?i)\s*(?:,\s*(?:which|who|that|qui|que|dont|a|an|the|un|une|la|le|l[’'])\b|\()")

def _own_subject(s: Sentence, before: int) -> Arg | None:
    """The organisation that is the sentence's subject, for a description at ``before`` that may refer
    to it: named before it, opening the sentence or its clause after a fronted phrase (not "En 2020, elle
    quitte Thales"), no investor, outlet or public body, with no relative clause, apposition or person
    right after it ("Lumora, which buys from the startup", "CRED founder A")."""
    subject = _opener(s, {"Org"})
    if subject is None or not subject.explicit or subject.end > before or subject.type in _NOT_TOPIC:
        return None
    if len(s.text[:subject.start].rsplit(",", 1)[-1].split()) > 1 or _SUBJECT_OTHER.match(s.text, subject.end):
        return None
    if any(a.group == "Person" and 0 <= a.start - subject.end <= 25 for a in s.args):
        return None
    return subject


#: Pronouns among the anaphors: they follow the passage's topic, not the sentence's subject.
_PRONOUNS = frozenset({"it", "its", "elle", "il", "he", "she", "his", "her", "we", "our", "nous", "they", "their",
                       "ils", "elles", "sa", "son", "ses", "leur", "leurs"})

#: A list item's mark: "• Zentri will…", "- Orvane pitched…" (a "Key points" box, not a section's heading).
_BULLET = re.compile(r"\s*[•▪◦·*–—-]\s")


#: A rubric in capitals and a dash before a heading's name: "AMORÇAGE – ", "DEALS — ".
_RUBRIC = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9 &'’-]{2,30}\s*[–—|:-]\s*")


#: A sentence about the topic person's partner, who is not named in it: "Son associée, …", "His co-founder …".
#: A co-founder's title, in either language.
COFOUNDER_WORD = r"co-?fondat(?:eur|rice)|cofondat(?:eur|rice)|co-?founder|cofounder"
_PARTNER_OPENING = re.compile(rf"(?i)^\W*(?P<opener>(?:son|sa|his|her)\s+(?:associée?|{COFOUNDER_WORD}|"
                              rf"business\s+partner))\b")


#: A sentence that opens on the round the previous one named: "This round was led by", "Le tour est mené par".
_ROUND_OPENING = re.compile(r"(?i)\W*(?:the|this|that|le|ce|la|cette|l[’'])\s*"
                            r"(?:seed\s+|new\s+|nouveau\s+|nouvelle\s+)?(?:round|raise|funding|tour(?:\s+de\s+table)?|levée|opération)\b")


def assign_topics(sentences: list[Sentence], blocks: list[int], referents: list[dict[str, str]],
                  interview: tuple[str | None, int] = (None, 0), hosts: frozenset[str] = frozenset(),
                  ) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    """(topic organisation, topic person, other organisations) of each sentence: who the passage is
    about when the sentence does not name them. The organisation is the last one that opened a
    sentence in the same paragraph, else the one the section's heading opens with ("3. Zentri, le…"),
    else the article's main organisation; the person the last one
    named as the opener of the previous sentence (never a byline's writer), or, in the lines of an interview
    that say "vous" or "je" from its first question on, the person interviewed (``interview``: that person
    and the index of the first question, see :func:`_interview`). The other organisations (the main one, the
    one that opened the previous sentence) are weaker candidates that the model may still prefer. ``hosts``
    (:func:`platforms`) open sentences without becoming the topic."""
    main = sentences[0].main if sentences else None      # frames() sets every sentence's main
    interviewee, zone = interview
    out: list[tuple[str | None, str | None, tuple[str, ...]]] = []
    org: str | None = main
    person: str | None = None
    prev_block = None
    prev_opener: str | None = None
    prev_topic: str | None = None   # the previous sentence's opening organisation, when it may be a topic
    lately: list[str] = []          # the people named so far, the last one named last
    section: str | None = None      # the organisation a section heading opens with ("2. Zentri, le…")
    raiser: str | None = None       # the company the previous sentence said raised a round, not its opener
    restore: str | None = None      # the topic after a sentence that opened on another company's round
    headline = _title_index(sentences)
    for s, block, back in zip(sentences, blocks, referents, strict=True):
        if s.heading and not s.title and not _BULLET.match(s.text) \
                and not (s.index == headline and _spun_in_headline(s)):
            # (a key point is no section heading, nor a headline "A spins off its unit as B": B's story)
            lead = _opener(s, {"Org"})
            about = _ABOUT_HEADING.match(s.text)
            named = next((a for a in s.args if about is not None and a.explicit and a.group == "Org"
                          and a.start == about.end()), None)
            if named is not None:
                section = named.key     # "À propos de Lakeside Ventures": a boilerplate section, any kind
            elif lead is not None and lead.start <= 4 and _TIE_HEADING.match(s.text, lead.end):
                section = None          # "Oracle partnership": the company's partner, not the section's subject
            elif lead is not None and lead.type not in _NOT_TOPIC and (lead.start <= 4 or _RUBRIC.fullmatch(
                    s.text[:lead.start])):     # "AMORÇAGE – Zentri mise sur…": a rubric before the name
                section = lead.key
                if s.index == headline and lead.key != main and any(a.key == main for a in s.args) \
                        and re.match(r"[’']s\s", s.text[lead.end:]):
                    section = main      # "Kerlo's fund backs Lyon start-up Zentri": the story's company
            elif len(s.text.split()) > 3:
                section = None
        elif s.question and blocks.count(block) == 1 and len(s.text.split()) <= 10 \
                and len(asked := [a for a in s.args
                                  if a.explicit and a.group == "Org" and a.source != "anaphor"]) == 1 \
                and asked[0].type not in _NOT_TOPIC and _ASKS_ABOUT.fullmatch(s.text, 0, asked[0].start) \
                and _ASKED_LAST.fullmatch(s.text, asked[0].end) \
                and any(a.key == asked[0].key and a.explicit for x in sentences[:s.index] if not x.heading
                        for a in x.args):
            section = asked[0].key  # an intertitle "What does Zentri do?", "Qui dirige Kerlo ?": the section
            #                         answers about the one company it asks about, named before
        if block != prev_block:
            if _ROUND_OPENING.match(s.text) and raiser is not None:
                org = raiser            # "… Zentri, with a $9 million seed round. [¶] This round was led by…"
                restore = section or main   # (for this sentence only: the paragraph goes on with the story's)
            elif not (_PRONOUN_OPENING.match(s.text) and org is not None):
                org = section or main   # a paragraph opening with "Son…", "Its…" goes on with the last one's
            if prev_topic is not None and not s.heading and _title_opening().match(s.text):
                org = prev_topic        # "Kerlo, a Leeds group, employs 1,400 people. [¶] Chief executive A
                #                         said…": Kerlo's chief executive, not the story's company's
            prev_block = block
        head = _description_opening(s)
        if head is not None and back.get(head) is not None:
            org = back[head]            # "The startup had raised…": the one the text described so
        if _NEW_OPENING.match(s.text) and back.get(NEW_KEY) is not None:
            org = back[NEW_KEY]         # "The new company raised…": the one just created
        extras = tuple(dict.fromkeys(k for k in (main, prev_opener) if k is not None and k != org))
        speaking = interviewee if interviewee is not None and s.index >= zone \
            and _FIRST_SECOND_PERSON.search(s.text) else None
        partner = None
        if _PARTNER_OPENING.match(s.text) and person is not None \
                and not any(a.explicit and a.group == "Person" for a in s.args):
            # "Son associée, ingénieure, a travaillé chez Y": the co-founder named lately, not the last person
            partner = next((k for k in reversed(lately) if k != person), None)
        out.append((org, speaking or partner or person, extras))
        if restore is not None:
            org, restore = restore, None
        opener = _opener(s, {"Org", "Person"})
        if opener is not None and unquoted(s.text)[opener.start:opener.end] != s.text[opener.start:opener.end]:
            opener = None           # '"Last year belonged to Kerlo.': a quotation's words name no topic
        prev_opener = opener.key if opener is not None and opener.group == "Org" else None
        prev_topic = prev_opener if opener is not None and opener.type not in _NOT_TOPIC \
            and opener.key not in hosts and not s.heading else None
        if opener is not None and opener.group == "Org" and opener.type not in _NOT_TOPIC and opener.key not in hosts:
            org = opener.key
        raiser = _round_raiser(s, opener)
        held = _stake_held(s, opener) or raiser
        if held is not None:
            org = held              # "Kerlo has taken a stake in Zentri", "A said his company, Zentri, has raised
                                    # $4M": Zentri's round is the story
        introduced = _introduced(s)
        if introduced is not None:
            org = introduced        # "La plus prometteuse s'appelle Zentri. Créée en 2020, elle…"
        persons = [a for a in s.args if a.group == "Person"]
        if _byline(s):
            continue                # "Par Léa Morel", "Propos recueillis par…": the writer is nobody's topic
        lately = [k for k in lately if k not in {a.key for a in persons}] + [a.key for a in persons if a.explicit]
        subject = _SUBJECT_PRONOUN.search(s.text)
        if opener is not None and opener.group == "Person":
            person = opener.key
        elif person is not None and subject is not None and all(a.start > subject.end() for a in persons):
            pass                    # "En 2019, il cofonde Zentri avec B": he goes on being the topic
        elif len({a.key for a in persons}) == 1:
            person = persons[0].key
        elif persons:
            person = None
    return out


#: A person's subject pronoun and a founding verb: "elle cofonde", "he then co-founded" (a pronoun before another
#: verb may stand for the company: "Elle vient de recruter…").
PRONOUN_FOUNDS = (r"(?:elle|il|she|he)\s+(?:(?:a|avait|has|had|then|puis)\s+)?(?:co-?fond(?:e|é|ée)|cofond(?:e|é|ée)|"
                  r"fond(?:e|é|ée)|crée|créé|créée|lance|lancé|co-?founded|cofounded|founded|started|set\s+up|launched)")
#: ... opening the sentence or a clause: "Puis, elle cofonde…", "In 2019 she co-founded…".
#: A year opening the sentence or a clause before its subject: "In 2019 she…", "en 2021 il…".
YEAR_OPENING = r"(?:in|en)\s+(?:19|20)\d\d\s+"
_SUBJECT_PRONOUN = re.compile(rf"(?i)(?:^|[,;:]\s*|^\W*{YEAR_OPENING}){PRONOUN_FOUNDS}(?![\w-])")


#: The words of an interview's questions and answers that stand for the person interviewed: "vous", "je",
#: "you", "I".
_FIRST_SECOND_PERSON = re.compile(r"(?i)(?<![\w’'-])(?:je|j[’']|moi|mon|ma|mes|vous|votre|vos|(?-i:I)|my|me|you|"
                                  r"your)(?![\w-])")
#: What follows the name of the person who answers, as the label of an answer ("Léa Morel. J'ai…", "Léa Morel :
#: Nous…", "Léa Morel — We…"), or as a headline's speaker ("Léa Morel (Zentri) : « … »").
_ANSWER_LABEL = re.compile(r"\s*(?:[.:–—]|\([^()]{1,40}\)\s*:)")


#: A byline: "Par Léa Morel", "By Tom Hale", "Propos recueillis par…", "Léa Morel, Technology correspondent"
#: (also after a time and a dot: "Publié le 6 mai 2025 à 12h18 · Par A").
_BYLINE_BY = re.compile(r"(?i)^(?:[^·|•]{0,60}[·|•]\s*)?\W*(?:par|by|propos\s+recueillis\s+par|interview\s+by|"
                        r"written\s+by|reporting\s+by|texte\s+de|un\s+article\s+de)\s+$")
_BYLINE_ROLE = re.compile(r"(?i)^\s*,\s*(?:[\w-]+\s+){0,3}?(?:correspondent|correspondante?|reporter|editor|writer|"
                          r"journaliste|rédactrice|rédacteur|staff\s+writer)\b[^.]{0,40}$")


def _byline(s: Sentence) -> bool:
    """Is the sentence an article's byline: its first name a person's, after "Par", "By"…, or followed by a
    reporter's title only?"""
    first = next((a for a in s.args if a.explicit and a.kind == "entity"), None)
    if first is None or first.group != "Person" or len(s.text.split()) > 12:
        return False
    return _BYLINE_BY.match(s.text[:first.start]) is not None or (
        first.start <= 2 and _BYLINE_ROLE.match(s.text[first.end:]) is not None)


def _interview(sentences: list[Sentence], blocks: list[int]) -> tuple[str | None, int]:
    """The person an interview questions and the index of its first question: an article with at least two
    paragraphs that end with a question, where a paragraph opens with a person's name as an answer's label
    ("Léa Morel. J'ai travaillé…") or the headline with a speaker's name ("Léa Morel (Zentri) : « … »").
    (None, 0) for any other article."""
    questions = [i for i, s in enumerate(sentences) if s.text.rstrip().endswith("?")
                 and (i + 1 == len(sentences) or blocks[i + 1] != blocks[i])]
    if len(questions) < 2:
        return None, 0
    labels: dict[str, int] = {}
    for i, s in enumerate(sentences):
        if i and blocks[i - 1] == blocks[i] and not s.title:
            continue
        first = next((a for a in s.args if a.explicit), None)
        if first is not None and first.group == "Person" and first.start <= 2 \
                and _ANSWER_LABEL.match(s.text, first.end) and (s.title or i > questions[0]):
            labels[first.key] = labels.get(first.key, 0) + (0 if s.title else 2) + 1
    if not labels:
        return None, 0
    start = questions[0]
    while start and blocks[start - 1] == blocks[questions[0]]:
        start -= 1
    return max(sorted(labels), key=lambda k: labels[k]), start


def _investor_noun_at(text: str, start: int, lang: str) -> bool:
    """Does an investment firm's noun phrase of ``anaphors.json`` ("la société de gestion", "the investment
    firm") open at ``start``, where a company's shorter noun ("la société", "the investment") matched?"""
    head = text[start:start + 40].lower().replace("’", "'")
    return any(head.startswith(p.replace("’", "'")) and not re.match(r"[\w-]", head[len(p):len(p) + 1])
               for p in anaphor_lists()["investor"].get(lang, []))


@lru_cache(maxsize=1)
def _anaphor_res() -> dict[tuple[str, str], re.Pattern]:
    data = anaphor_lists()
    out = {}
    for group in ("org", "org_lead", "person"):
        for lang, phrases in data[group].items():
            mods = data["org_modifiers"].get(lang, []) if group != "person" else []
            alts = []
            for p in sorted(phrases, key=len, reverse=True):
                words = p.split()
                if group != "person" and len(words) >= 2 and mods:
                    # "the French startup", "la jeune pousse parisienne"
                    # and any "X-based" ("the Leeds, England-based company")
                    # and a city's name ("The Leeds company": only when the name is a place, see add_anaphors)
                    based = (r"|[\w.’'-]+(?:,?\s+[\w.’'-]+){0,3}-based|(?-i:[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?)"
                             if lang == "en" else "")
                    mod = "(?:" + "|".join(re.escape(m) for m in sorted(mods, key=len, reverse=True)) + based + r")\s+"
                    # and, in French, a demonym after the noun: "la start-up lyonnaise", "la société montréalaise"
                    demonym = r"|(?-i:[a-zéèêëîïôûç-]{3,}(?:ois|oise|ais|aise|ain|aine|ien|ienne|éen|éenne)s?)" \
                        if lang == "fr" else ""
                    alts.append(re.escape(words[0]) + r"\s+(?:" + mod + r")?"
                                + r"\s+".join(re.escape(w) for w in words[1:])
                                + r"(?:\s+(?:" + "|".join(re.escape(m) for m in mods) + demonym + r"))?")
                else:
                    alts.append(r"\s+".join(re.escape(w) for w in words))
            # not when a name follows, maybe after an adjective of place: "la start-up Mistral AI", "the
            # company OpenAI", "la start-up rennaise Zentri", "le groupe coopératif Zentri"
            out[(group, lang)] = re.compile(
                r"(?<![\w’'-])(?:" + "|".join(alts) + r")(?![\w’'-])"
                rf"(?!\s+(?:(?-i:[a-zà-ÿ-]+{ADJECTIVE_ENDINGS})\s+)?(?-i:[A-ZÀ-Ý]))", re.I)
    return out


#: The head nouns of the descriptions that refer back to an organisation, and how the text may first
#: describe a name with them: "Zentri, a Munich robotics startup", "la start-up Orvane".
HEADS = {"en": ("startup", "start-up", "company", "firm", "lab", "business", "unicorn", "maker", "developer",
                 "platform"),
          "fr": ("start-up", "startup", "société", "entreprise", "pousse", "pépite", "firme", "licorne", "scale-up",
                 "plateforme", "laboratoire", "éditeur")}


def _description_opening(s: Sentence) -> str | None:
    """The head noun of the description a sentence opens with ("The startup had raised…"), if any."""
    # (after a fronted year: "In 2021 the start-up sold…", "En 2021, la jeune pousse…")
    m = re.match(r"\s*(?:(?:in|en)\s+(?:[a-zéû]+\s+)?\d{4}\s*,?\s+)?(?:the|la|le|l[’']|cette|this)\s*([\w-]+)"
                 r"(?:\s+([\w-]+))?", s.text, re.I)
    if m is None:
        return None
    heads = HEADS.get(s.lang, ())
    return next((w.lower() for w in m.groups() if w and w.lower() in heads), None)


@lru_cache(maxsize=4)
def _description_res(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """How a sentence describes a name with a head noun: after it ("X, a Munich robotics startup") and
    before it ("la start-up X")."""
    heads = HEADS.get(lang, ())
    if not heads:
        return None
    alt = "|".join(re.escape(h) for h in heads)
    between = r"(?:[\w’'-]+\s+)?" if lang == "fr" else ""   # "la start-up nantaise X"; not "the company counts X"
    # (a city may carry its region: "X, a Tulsa, Oklahoma, start-up")
    return (re.compile(rf"\s*,\s*(?:a|an|the|une|la|le|l[’'])\s*(?:[\w’'-]+\s+|[A-Z][\w.’'-]*,\s+){{0,5}}?({alt})"
                       rf"(?![\w-])", re.I),
            re.compile(rf"(?<![\w-])({alt})\s+{between}$", re.I))


def _descriptions(s: Sentence) -> dict[str, str]:
    """The organisations a sentence describes with a head noun: {noun: entity key}."""
    out: dict[str, str] = {}
    res = _description_res(s.lang)
    if res is None:
        return out
    after, before = res
    for a in s.args:
        if a.kind != "entity" or a.group != "Org" or not a.explicit:
            continue
        m = after.match(s.text, a.end) or before.search(s.text, max(0, a.start - 40), a.start)
        if m is not None:
            out[m.group(1).lower()] = a.key
    return out


#: The key of :func:`_described_referents`' entry for the company the text just created.
NEW_KEY = "<new>"
#: A company created in the sentence, its name right after: "became a separate firm, X", "spins
#: off its unit as X", "devient une société indépendante, X".
_CREATED = re.compile(r"(?i)(?<![\w-])(?:(?:become|becomes|became|devient|est\s+devenue?)\s+(?:an?|une?)\s+"
                      r"(?:independent|separate|stand-?alone|new|indépendante?|nouvelle|distincte?)\s+"
                      r"(?:company|firm|start-?up|business|entity|société|entreprise|entité|structure)\s*,?\s*"
                      r"(?:called\s+|named\s+|baptisée?\s+|nommée?\s+)?|"
                      r"(?:spins?|spun)\s+off\s+(?:[\w-]+\s+){0,4}?as\s+(?:(?:an?\s+)?(?:start-?up|company)\s+)?)")
#: A description of the company just created opening a sentence: "The new company", "La nouvelle société".
_NEW_OPENING = re.compile(r"(?i)\W*(?:the|la|le|this|cette)\s+(?:new|newly\s+formed|nouvelle|nouveau|jeune)\s+"
                          r"(?:company|firm|start-?up|business|entity|société|entreprise|entité|structure)\b")


def _described_referents(sents: list[Sentence]) -> list[dict[str, str]]:
    """For each sentence, the organisation a description with each head noun refers back to when it is
    not the passage's topic: the last one the text described with that noun, if it is also the last
    organisation that opened a sentence ("Lumora bought Zentri, a Munich robotics startup. Zentri
    sells… [new paragraph] The startup was valued at…": Zentri, not the buyer the article is about)."""
    out: list[dict[str, str]] = []
    described: dict[str, str] = {}
    last_opener: str | None = None
    created: str | None = None      # the company the text said was just created (:data:`_CREATED`)
    for s in sents:
        out.append({h: k for h, k in described.items() if k == last_opener})
        if created is not None:
            out[-1][NEW_KEY] = created
        described.update(_descriptions(s))
        ends = {m.end() for m in _CREATED.finditer(s.text)}
        named = next((a for a in s.args if a.explicit and a.group == "Org" and a.start in ends), None)
        if named is not None:
            created = named.key
        opener = _opener(s, {"Org", "Person"})
        if opener is not None and unquoted(s.text)[opener.start:opener.end] != s.text[opener.start:opener.end]:
            continue                # '"Lumora came to us," she said': a quotation's words open nothing
        if opener is not None and opener.group == "Person":
            opener = _reported_subject(s, opener) or opener
        if opener is not None and opener.group == "Org" and opener.type not in _NOT_TOPIC:
            last_opener = opener.key
    return out


#: A speaker's reporting verb before the clause they report: "A said " + "Zentri, which…", "A explique que ".
_REPORTS = re.compile(r"(?i)\s+(?:said|says|told\s+(?:the\s+)?[\w’'-]+|added|explained|confirmed|insisted|"
                      r"a\s+(?:expliqué|indiqué|précisé|affirmé|assuré|confirmé)|explique|indique|précise|affirme|"
                      r"assure|confirme)(?:\s+(?:that|que|qu[’']))?\s*")


def _reported_subject(s: Sentence, speaker: Arg) -> Arg | None:
    """The organisation opening the clause a sentence's opening speaker reports: "A said Zentri, which
    has twenty staff, was focused on…" is about Zentri, as "Zentri was focused on…" would be."""
    verb = _REPORTS.match(s.text, speaker.end)
    if verb is None:
        return None
    return next((a for a in s.args if a.kind == "entity" and a.group == "Org" and a.explicit
                 and a.source == "name" and a.start == verb.end()), None)


#: What follows an impersonal "il": the pronoun stands for no one.
_IMPERSONAL = re.compile(r"\s+(?:s[’']agi(?:t|ssait|ra)\b|y\s+a(?:vait|ura)?\b|fa(?:ut|llait|udra)\b|semble\b|"
                         r"paraît\b|suffit\b)", re.I)
#: Noun complements between a description and the name it describes ("le fabricant de capteurs optiques X",
#: "the maker of industrial robots X").
_NAMED_AFTER = re.compile(r"(?:\s+(?:de|d[’']|du|des|of|en)\s*[a-zà-ÿ-]+){1,3}\s+(?=[A-ZÀ-Ý])")


#: What follows a description in apposition to the name before it ("Zentri, la start-up cofondée
#: par…", "Zentri, the startup that…", "Orvane, la société lyonnaise, a…"), not a main clause's verb
#: ("Installée à Lyon, la société a été créée…").
_APPOSITION_TAIL = re.compile(r"(?i)\s*(?:,|(?:co-?)?fond|cofond|cré|(?:co-?)?found|cofound|qui\b|which\b|that\b|"
                              r"who\b|bas|spécialis|install|lanc|launch|issu|dirig|led\b|backed|soutenu|valoris|valued)")
#: A noun complement after a description in apposition: "X, la société " + "de gestion de Y, a…".
_APPOSITION_COMPLEMENT = re.compile(r"(?i)\s+(?:de|du|des|of)\s|\s+d[’']")


#: An object pronoun after a description that opens a clause: "La plateforme lui a apporté…", "Le fonds l'a
#: accompagnée": the pronoun, not the description, is the passage's topic.
_ACTS_ON_IT = re.compile(r"(?i)\s+(?:lui|l[’'](?=a\b|ont\b|avait\b|avaient\b|accompagn|aid|soutien|financ))")

#: A stake or purchase a description opening a clause takes in another description, the topic: "Le groupe
#: lyonnais devient l'actionnaire principal de la société", "the group takes a stake in the startup".
_STAKE_IN_DESCRIBED = re.compile(
    r"(?i)\s+(?:devient|deviendra|est\s+devenu|entre|prend|rachète|acquiert|becomes|takes|buys|acquires)\b"
    r"[^.;]{0,60}?\b(?:de|dans|du\s+capital\s+de|in|of)\s+(?:l[’']|la\s+|le\s+|the\s+)(?:jeune\s+)?"
    r"(?:entreprise|société|start-?up|pousse|medtech|fintech|biotech|company|startup|firm|business)\b")

@lru_cache(maxsize=1)
def _title_opening() -> re.Pattern:
    """A chief-executive title and a capitalised name opening a sentence: "Chief executive A said…"."""
    return re.compile(rf"(?i)^\W*(?:{alternation(lexicon()['roles']['ceo'])})\s+(?-i:[A-ZÀ-Ý])")


#: A demonstrative description ("cette entreprise", "this startup"): the organisation the previous
#: sentence named last, when it is not the topic.
_DEMONSTRATIVE = re.compile(r"(?i)(?:cette|cet|ce|this)\s")


def add_anaphors(sents: list[Sentence], topics, types: dict[str, str], referents: list[dict[str, str]],
                 interviewee: str | None = None) -> None:
    """Mentions of the passage's topic by description or pronoun ("the company", "la start-up",
    "elle", "he"), where the sentence does not name the topic and the words are not part of a name.
    In the article's first two sentences that are not headings, an indefinite description ("une jeune
    start-up", "a startup founded by…") names the main organisation when the sentence does not name it."""
    lead = [i for i, s in enumerate(sents) if not s.heading][:2]
    recent: list[tuple[int, str, str | None]] = []     # (sentence, person, gender) of the people named lately
    previous_last: Arg | None = None                    # the last name of the previous sentence
    previous_apposed: tuple[str, str] | None = None     # its last person when an apposition on them ends it
    seen: dict[str, str | None] = {}                    # every person named so far, with their gender
    counts: dict[str, int] = {}
    portrayed = _portrayed(sents)
    prev_orgs: list[Arg] = []                           # the organisations the previous sentence names
    carried: str | None = None      # the company the previous sentence's subject, a demonym's description, was
    for s, (org, person, _), back in zip(sents, topics, referents, strict=True):
        carry: str | None = None
        named = {a.key for a in s.args}
        own_orgs = [a for a in s.args if a.explicit and a.group == "Org" and a.source == "name"]
        taken = [(a.start, a.end) for a in s.args]
        new = []
        if portrayed is not None and s.index <= portrayed[1] + 4 and not s.heading \
                and not any(a.group == "Person" and a.explicit for a in s.args):
            span = _role_span(s, _ROLE_OF.search(s.text))
            if span is not None:
                new.append(Arg("entity", portrayed[0], "Person", types.get(portrayed[0], "Person"), span[0],
                               span[1], "anaphor"))     # "la cofondatrice de Zentri" under her name: "la" is her
                taken.append(span[:2])
        recent = [r for r in recent if r[0] >= s.index - 2]
        span = _role_span(s, _ROLE_OF.match(s.text)) if not new and not s.heading else None
        last = _previous_people(recent, s.index)
        if span is not None and len(last) == 1 \
                and not any(a.group == "Person" and a.explicit and a.start <= span[2] + 40 for a in s.args):
            new.append(Arg("entity", last[0], "Person", types.get(last[0], "Person"), span[0], span[1],
                           "anaphor"))  # "A l'assure. Le cofondateur de Zentri, qui…": A
            taken.append(span[:2])
        here = [(a, gender(s.text[a.start:a.end], s.text[a.end:], s.lang)) for a in s.args
                if a.group == "Person" and a.explicit and a.source != "anaphor"] if not _byline(s) else []
        #         (the writer of a byline is nobody a pronoun stands for)
        career = _career_pronoun(s, person, recent, here, taken, types, seen, counts)
        if career is None and interviewee is not None and person == interviewee:
            said = _FIRST_PERSON_CAREER.search(s.text)
            if said is not None and not any(a < said.end(1) and said.start(1) < b for a, b in taken):
                career = Arg("entity", person, "Person", types.get(person, "Person"), said.start(1), said.end(1),
                             "anaphor")     # an interview's answer: "je travaillais chez X"
        if career is not None:
            new.append(career)
            taken.append((career.start, career.end))
            if seen.get(career.key) is None:     # the pronoun tells the person's gender: "Elle a passé…"
                seen[career.key] = person_pronoun(s.text[career.start:career.end], s.lang)
        partner = _partner_person(s, recent, here, taken, types, sents[s.index - 1] if s.index else None) \
            if career is None else None
        if partner is not None:
            new.append(partner)     # "… La présidente vient de X. Son associé, …": the other one
            taken.append((partner.start, partner.end))
        for pair in _pair_people(s, recent, here, taken, types):
            new.append(pair)
            taken.append((pair.start, pair.end))
        for ordinal in _ordinal_people(s, recent, here, taken, types, previous_last, previous_apposed):
            new.append(ordinal)
            taken.append((ordinal.start, ordinal.end))
        if career is not None and not any(a.group == "Person" and a is not career for a in new):
            second = _career_pronoun(s, None, recent, here, taken, types, seen, counts)
            if second is not None and second.key != career.key and re.search(r"[;,]\s*$", s.text[:second.start]):
                new.append(second)  # "Elle dirige la société ; lui en tient les comptes": both
                taken.append((second.start, second.end))
        described = _this_person(s, person, recent, here, taken, types, seen)
        if described is not None:
            new.append(described)   # "… fondée par cette ingénieure, qui…": the person named before
            taken.append((described.start, described.end))
        recent += [(s.index, a.key, g) for a, g in here]
        for a, g in here:
            counts[a.key] = counts.get(a.key, 0) + 1
            if seen.get(a.key) is None or g is not None and g.isupper():
                seen[a.key] = g     # an apposition's gender wins over the first name's
        previous_last = next((a for a in reversed(s.args) if a.explicit and a.kind == "entity"
                              and a.source != "anaphor"), None)
        previous_apposed = _apposed_last(s)
        owner = _owner_before(s, taken)
        if owner is not None:
            new.append(owner)       # "a former X engineer who designed the company's chip": X's chip
            taken.append((owner.start, owner.end))
        target = _TARGET.search(s.text) if org is not None else None
        if target is not None and not any(a < target.end() and target.start() < b for a, b in taken) \
                and (bought := _bought_by(sents, s, org, len(sents)) or _purchased(sents, s, org)) is not None:
            new.append(Arg("entity", bought, "Org", types.get(bought, "Company"), target.start(), target.end(),
                           "anaphor"))  # "les fondateurs de la cible": the company the topic bought
            taken.append((target.start(), target.end()))
        placed = _placed_opener(s, prev_orgs, org, taken, sents[s.index - 1].text if s.index else "")
        if placed is not None:
            new.append(placed)      # "… led Kerlo's lab in Leeds. The Austin-based software group…"
            taken.append((placed.start, placed.end))
        for group, key in (("org", org), ("person", person)):
            if key is None or (group == "person" and career is not None):
                continue
            if key in named and not (group == "org" and _FOUNDED_IT.search(s.text)):
                continue    # named here, but "Zentri's chief executive, A, co-founded the company in 2024"
            rxs = [_anaphor_res().get((group, s.lang))]
            if group == "org" and s.index in lead and key == s.main:
                rxs.insert(0, _anaphor_res().get(("org_lead", s.lang)))
            for m in (m for rx in rxs if rx is not None for m in rx.finditer(s.text)):
                start = m.start()
                end = m.end()
                inside = [x for x in s.args if x.start < end and start < x.end]
                demonym = None
                unit: str | None = None
                if len(inside) == 1 and inside[0].group == "Place" and inside[0].end == end \
                        and inside[0].start > start and s.text[inside[0].start].islower():
                    end = start + len(s.text[start:inside[0].start].rstrip())   # "la start-up lyonnaise": the
                    #                                                            noun, its demonym a place
                    demonym = inside[0]
                elif not inside:
                    demonym = next((x for x in s.args if x.group == "Place" and x.start > end
                                    and re.fullmatch(r"\s+", s.text[end:x.start]) and s.text[x.start].islower()), None)
                if any(a < end and start < b for a, b in taken):
                    inside = [x for x in s.args if x.start < m.end() and start < x.end]
                    all_places = bool(inside) and all(x.group == "Place" for x in inside)
                    cities = _topic_cities(sents, s, key) if all_places and group == "org" else set()
                    if not (all_places and (re.search(r"-based\s+\w+$", m.group())
                                            or re.fullmatch(r"\W*", s.text[:m.start()])
                                            or _FRONTED.match(s.text) and re.search(r",\s*$", s.text[:m.start()])
                                            or inside[0].key in cities)):
                        continue    # (a city's name before the noun: only opening the sentence or its main
                        #             clause after a fronted participle: "Founded by A, the Perth startup")
                    start = m.end() - len(m.group().split()[-1])    # "the Leeds, England-based company",
                    #                                                 "The Leeds company"
                    if any(a < m.end() and start < b for a, b in taken):
                        continue
                    if inside[0].type == "City" and cities and inside[0].key not in cities:
                        continue    # "A bought B, a Nairobi startup. The Lomé-based lender…": not B (a company the
                        #             text placed in other cities only)
                    if group == "org" and _BECOMES_UNIT.match(s.text, m.end()):
                        unit = _bought_by(sents, s, key)    # "A completed its purchase of B. The Pittsburgh
                        #                                     firm is now a unit of…": B
                if key in named and not _FOUNDED_IT.search(s.text[:m.end()]):
                    continue    # the topic named in the sentence: only the object of its founding
                if group == "org" and _NAMED_AFTER.match(s.text, m.end()):
                    continue    # "le fabricant de capteurs optiques Zentri": a description of the name after it
                if group == "org" and demonym is not None and demonym.start >= end and any(
                        a.explicit and a.group == "Org" and re.fullmatch(r"\s+", s.text[demonym.end:a.start])
                        for a in s.args):
                    continue    # "la start-up belge Orvane": the description of the name after its demonym
                if group == "org" and names_sector(s.text, m.start(), m.end()):
                    continue    # "des fonds de la biotech": the sector, no company
                if group == "org" and types.get(key) not in INVESTOR_TYPES and _investor_noun_at(s.text, start, s.lang):
                    continue    # "La société de gestion tunisienne, qui…": an investment firm's noun, not the
                    #             company the passage is about (unless that is a fund manager itself)
                word = m.group().lower()
                if word == "il" and _IMPERSONAL.match(s.text, m.end()):
                    continue    # "il s'agit de", "il y a", "il faut": no one
                if word in ("it", "its", "elle", "il", "he", "she", "his", "her", "we", "our", "nous") and \
                        m.group()[0].islower() and m.start() > 0 and not re.search(r"[,;:]\s*$", s.text[:m.start()]):
                    # a pronoun inside a clause: only where it opens the sentence or a clause
                    continue
                ref = key
                after_noun = demonym.end if demonym is not None and demonym.start >= end else m.end()
                appos = [x for x in s.args if x.group == "Org" and x.explicit and x.source != "anaphor"
                         and re.fullmatch(r",\s*", s.text[x.end:m.start()])] if group == "org" else []
                if appos and _FRONTED.match(s.text) and word not in _PRONOUNS and not any(
                        a.group == "Org" and a.explicit and a.source != "anaphor" and a.end <= appos[0].start
                        and _FRONTED_AGENT_END.search(s.text, 0, a.start) is None for a in s.args):
                    appos = []  # "Cofondée par A et B, passée par Orvane, la société édite…": the subject
                if appos and not _APPOSITION_TAIL.match(s.text, m.end()) and (
                        closed_tail(s.text, m.end()) or re.fullmatch(r"\W*", s.text[m.end():])
                        or _APPOSITION_COMPLEMENT.match(s.text, m.end()) and appos[0].start > 3):
                    continue    # "et Penfeld Capital, le fonds brestois, complète…", "… de Veltis, une start-up
                    #             nantaise.", "X, la société de gestion de Y": the name's apposition
                if group == "org" and word not in _PRONOUNS and _elsewhere(sents, s, m.end(), key):
                    continue    # "l'éditeur de Lorient" when the topic was placed in Brest: another company
                if group == "org" and word not in _PRONOUNS and _role_org_before(s, start) is not None:
                    continue    # "A, an Orvane vice president who runs the company's…": Orvane, named already
                if group == "org" and word not in _PRONOUNS and (colon := _COLON_SUBJECT.match(s.text[:m.start()])) \
                        and (opener := next((a for a in s.args if a.explicit and a.group == "Org"
                                             and a.source == "name" and a.start == colon.start("name")), None)) \
                        is not None and opener.key != key and opener.type not in _NOT_TOPIC - INVESTOR_TYPES:
                    ref = opener.key            # "Kerlo Invest n'en est pas à son coup d'essai : le fonds
                    #                             genevois avait déjà…": the sentence's subject, not the topic
                elif group == "org" and word in ("its", "son", "sa", "ses") \
                        and (subject_org := _subject_of_person(s, m.start(), key)) is not None:
                    ref = subject_org           # "Orvane is run by A, its chairman": the sentence's subject's
                elif appos and (_APPOSITION_TAIL.match(s.text, m.end())
                                or _APPOSITION_COMPLEMENT.match(s.text, m.end())):
                    ref = appos[0].key          # "Zentri, la start-up cofondée par…", "Zentri, la société de…, entre
                    #                             au capital": the name before, the sentence's subject
                elif unit is not None:
                    ref = unit                  # the company the topic bought (:data:`_BECOMES_UNIT`)
                elif group == "org" and word not in _PRONOUNS and ((acts := _ACTS_ON_IT.match(s.text, after_noun))
                                                                   or _STAKE_IN_DESCRIBED.match(s.text, after_noun)):
                    # "… sur Kerlo. La plateforme lilloise lui a apporté…" ("lui" is the topic), "Le groupe
                    # zurichois rejoint le tour de la jeune pousse": the description is the other organisation
                    # the previous sentence named last
                    prior = prev_orgs[-1] if prev_orgs and s.index else None
                    if prior is None or prior.key in (key, *named) or acts and any(
                            a.group == "Person" and a.explicit for a in sents[s.index - 1].args):
                        continue
                    ref = prior.key
                elif group == "org" and _DEMONSTRATIVE.match(word) and prev_orgs \
                        and prev_orgs[-1].key not in named and prev_orgs[-1].type not in _NOT_TOPIC:
                    ref = prev_orgs[-1].key     # "… l'acquisition de Y. Basée à Lyon, cette entreprise…": Y
                elif group == "org" and demonym is not None \
                        and (other := _national_referent(sents, s, demonym, key, prev_orgs)) is not None:
                    ref = other                 # "Zentri rachète le néerlandais Kerlo. … la société
                    #                             néerlandaise": the company the text gave that country
                    carry = other if re.fullmatch(r"\W*|[^,;:]{0,60},\s*", s.text[:start]) else None
                elif group == "org" and _buys_named(s, m.end(), key) \
                        and (buyer := _buyer_of(sents, s, key)) is not None:
                    ref = buyer                 # "The Nagoya group took every share of B": B's buyer
                elif group == "org" and _BIG_NOUNS.intersection(word.lower().split()[-2:]) \
                        and (buyer := _buyer_of(sents, s, key)) is not None:
                    ref = buyer                 # "A s'offre la jeune pousse B. … Le groupe de
                    #                             Levallois-Perret…": the buyer, not the start-up bought
                elif group == "org" and word in _PRONOUNS and carried is not None and start <= 3:
                    ref = carried               # "… la société belge a bouclé une extension. Elle est menée par…"
                elif group == "org":
                    head = word.split()[-1].removesuffix("'s").removesuffix("’s")
                    subject = _own_subject(s, start) if key not in named and word not in _PRONOUNS else None
                    if _NEW_OPENING.match(word) and back.get(NEW_KEY) not in (None, key) \
                            and back[NEW_KEY] not in named:
                        ref = back[NEW_KEY]     # "The new company…": the one the text just created
                    elif back.get(head) not in (None, key) and back[head] not in named:
                        ref = back[head]        # "The startup…": the one the text described so
                    elif subject is not None:
                        ref = subject.key       # "Orvane raised $180 million led by X, which valued the company
                                                # at…": the sentence's own subject, not the passage's
                    elif word == "it" and key not in named and (own := _own_subject(s, start)) is not None \
                            and re.search(r"[;,]\s*$", s.text[:start]) and not any(
                                a.group == "Org" and a.explicit and own.end <= a.start < start for a in s.args):
                        ref = own.key           # "Zentri employs 42 people…; it remains based in Leeds": the
                                                # sentence's subject, not the passage's company
                typ = types.get(ref, "Company" if group == "org" else "Person")
                new.append(Arg("entity", ref, "Org" if group == "org" else "Person", typ,
                               start, end, "anaphor"))
                taken.append((start, end))
                break          # one reference per sentence and kind
        if new:
            s.args = sorted(s.args + new, key=lambda x: (x.start, -x.end))
        prev_orgs = own_orgs
        carried = carry




#: The participles that give an organisation's seat: "basée à", "installée à", "headquartered in".
BASED_WORD = r"(?:basée?s?|installée?s?|implantée?s?|établie?s?|située?s?|domiciliée?s?|based|headquartered)"
#: A city right after a description: "l'éditeur de Lorient", "la société de Lyon", "the group from Leeds".
_OF_CITY = re.compile(r"(?i)\s+(?:de|d[’']|du|from|in)\s*")


def _elsewhere(sents: list[Sentence], s: Sentence, end: int, key: str) -> bool:
    """Does the description ending at ``end`` name a city ("l'éditeur de Lorient") that the text never put
    the topic in, while an earlier sentence named the topic with another city? Then it is another
    company."""
    m = _OF_CITY.match(s.text, end)
    city = next((a for a in s.args if m is not None and a.start == m.end() and a.group == "Place"
                 and a.type == "City"), None)
    if city is None:
        return False
    cities = {c.key for x in sents[:s.index] for t in x.args if t.key == key and t.explicit
              for c in x.args if c.group == "Place" and c.type == "City" and _seated(x.text, t, c)}
    return bool(cities) and city.key not in cities


#: A sentence opening with a firm described by its city: "The Austin-based software group", "The Madrid-based
#: lender".
_PLACED_OPENER = re.compile(r"\W*The\s+(?P<city>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})-based\s+"
                            r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}?(?:company|firm|lender|group|fund|investor|bank|"
                            r"insurer|startup|start-up|maker|provider|operator|giant|chipmaker|manufacturer))\b")


def _placed_opener(s: Sentence, prev_orgs: list[Arg], topic: str | None,
                   taken: list[tuple[int, int]], prev_text: str) -> Arg | None:
    """A sentence that opens by placing a firm ("The Austin-based software group has…") right after one
    that named one organisation other than the topic ("A led Kerlo's lab in Leeds."): that organisation, not
    the topic (not when the sentence before named two others, nor a possessive place, "Kerlo's Cross")."""
    m = _PLACED_OPENER.match(s.text)
    others = [a for a in prev_orgs if a.key != topic]
    if m is None or len({a.key for a in others}) != 1 or prev_orgs[-1].key == topic \
            or re.match(r"[’']s\s+[A-Z]", prev_text[prev_orgs[-1].end:]) \
            or prev_orgs[-1].type in _NOT_TOPIC - INVESTOR_TYPES \
            or any(a.explicit and a.group == "Org" and a.source == "name" for a in s.args) \
            or any(a < m.end("noun") and m.start("noun") < b for a, b in taken):
        return None
    last = prev_orgs[-1]
    return Arg("entity", last.key, "Org", last.type, m.start("noun"), m.end("noun"), "anaphor")


#: A city given to a name right after it: "B, a Nairobi startup", "B, the Leeds firm".
_CITY_APPOSED = re.compile(r"\s*,\s*(?:a|an|the)\s+$")


#: A description's company becoming another's unit: " will become a unit of", " devient une filiale de".
_BECOMES_UNIT = re.compile(r"(?i)\s+(?:becomes|became|will\s+become|is\s+now|devient|deviendra|est\s+désormais)\s+"
                           r"(?:a|an|une|un)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|division|filiale)\s+"
                           r"(?:of|de|d[’']|du)")
#: The topic buying a company named right after: " has completed its acquisition of ", " a racheté la start-up ".
#: A description of the company bought: "la cible", "the target", "la société rachetée".
_TARGET = re.compile(r"(?i)(?<![\w’'-])(?:la\s+cible|the\s+target(?:\s+company)?|la\s+(?:société|start-up|startup)\s+"
                     r"rachetée|the\s+acquired\s+(?:company|startup|firm))(?![\w-])")
_TOPIC_BUYS = re.compile(r"(?i)\.?\s+(?:(?:has|have|a|ont)\s+)?"
                         r"(?:completed\s+(?:its|the)\s+(?:acquisition|purchase)\s+of"
                         r"|finalisé\s+(?:l[’']acquisition|le\s+rachat)\s+de|(?:agreed\s+to\s+)?(?:acquire[sd]?|buys|"
                         r"bought|buy)|rachète|racheté|s[’']offre|s[’']est\s+offert|acquiert|acquis|avale|reprend)\s+"
                         r"(?:(?:the|la|le|l[’']|une?|an?)\s*)?(?:[a-zé-]+\s+){0,2}?$")


def _bought_by(sents: list[Sentence], s: Sentence, key: str, reach: int = 8) -> str | None:
    """The company the topic ``key`` was said, within the last ``reach`` sentences, to buy ("Tsuru Electric has
    completed its acquisition of B"): the latest."""
    for x in reversed(sents[max(0, s.index - reach):s.index]):
        orgs = [a for a in x.args if a.explicit and a.group == "Org" and a.source != "anaphor"]
        for t in orgs:
            if t.key != key:
                continue
            bought = next((a for a in orgs if a.start >= t.end and a.key != key
                           and _TOPIC_BUYS.fullmatch(x.text, t.end, a.start)), None)
            if bought is not None:
                return bought.key
    return None


#: A purchase's words right before the company bought: "le rachat de ", "rachète le portugais ", "acquired ".
_BOUGHT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:rachat|rachète|racheté|reprise|reprend|acquisition|acquiert|acquis|"
                            r"buys|bought|acquires?|acquired|acquiring|takeover|purchase)\s+(?:(?:de|d[’']|of)\s*)?"
                            r"(?:(?:la|le|l[’']|the)\s*)?(?:[a-zà-ÿ-]+\s+)?$")


def _purchased(sents: list[Sentence], s: Sentence, key: str) -> str | None:
    """The last organisation other than the topic ``key`` that an earlier sentence names right after a
    purchase's words ("le rachat de Zentri", "acquires Zentri")."""
    for x in reversed(sents[:s.index]):
        for a in reversed(x.args):
            if a.explicit and a.group == "Org" and a.source == "name" and a.key != key and a.type not in _NOT_TOPIC \
                    and _BOUGHT_BEFORE.search(x.text, max(0, a.start - 40), a.start):
                return a.key
    return None


#: The head nouns of a description that names a big company: "le groupe", "the group", "le géant".
_BIG_NOUNS = frozenset({"groupe", "group", "géant", "giant", "conglomérat", "conglomerate"})
#: A purchase's words between its buyer and the company bought: "finalise le rachat de ", "agreed to buy ",
#: "compte acquérir ", "a acquis les titres de " (not "acquise par": the buyer comes after).
_BUY_WORDS = re.compile(r"(?i)(?<![\w-])(?:rachat|racheter|rachète|racheté|acquérir|acquiert|acquisition|s[’']offre|"
                        r"acquis(?!e?s?\s+par\b)|buys|buy|bought|acquires?|acquired|acquiring|takeover|purchase)(?![\w-])")


#: A sentence opened by a name and a short clause closed by a colon, before a description: "Kerlo Invest n'en est
#: pas à son coup d'essai : ", "Kerlo is no newcomer: ".
_COLON_SUBJECT = re.compile(r"^\W*(?P<name>[A-ZÀ-Ý])[^:;.!?]{3,100}:\s*$")


def _buys_named(s: Sentence, end: int, key: str) -> bool:
    """Is the description ending at ``end`` the subject of a purchase of ``key``, named in the same clause
    ("The Nagoya group took every share of B", "Le groupe a finalisé le rachat de B")?"""
    topic = next((a for a in s.args if a.key == key and a.explicit and a.source == "name" and a.start >= end), None)
    if topic is None or topic.start - end > 60:
        return False
    between = s.text[end:topic.start]
    return re.search(r"[,;:.]", between) is None and _BUY_WORDS.search(between) is not None \
        and not any(a.explicit and a.group == "Org" and end <= a.start < topic.start for a in s.args)


def _buyer_of(sents: list[Sentence], s: Sentence, key: str) -> str | None:
    """The organisation an earlier sentence says buys the topic ``key`` ("A : … A s'offre la
    start-up B"), when no description named the topic itself a group."""
    buyer: str | None = None
    for x in sents[:s.index]:
        if any(k == key and head in _BIG_NOUNS for head, k in _descriptions(x).items()):
            return None
        orgs = [a for a in x.args if a.kind == "entity" and a.group == "Org" and a.explicit]
        for a in orgs:
            if a.key == key or a.type in _NOT_TOPIC:
                continue
            t = next((b for b in orgs if b.key == key and b.start > a.end and b.start - a.end <= 150), None)
            if t is not None and _BUY_WORDS.search(x.text, a.end, t.start) \
                    and not any(o.key not in (key, a.key) and a.end <= o.start < t.start for o in orgs):
                buyer = a.key
            sold = next((b for b in orgs if b.key == key and b.end <= a.start), None)
            if sold is not None and HEADLINE_SOLD.match(x.text[sold.end:a.start]) is not None:
                buyer = a.key       # "B passe sous pavillon de l'industriel A", "B sold to A"
    return buyer


def _topic_cities(sents: list[Sentence], s: Sentence, key: str) -> set[str]:
    """The cities sentences before ``s`` seat the organisation ``key`` in ("B, a Nairobi startup", "Nairobi-based
    B", "Nairobi fintech B")."""
    cities = set()
    for x in sents[:s.index]:
        for t in x.args:
            if t.key != key or not t.explicit or t.source == "anaphor":
                continue
            for p in x.args:
                if p.group == "Place" and p.type == "City" and (
                        _seated(x.text, t, p) or p.start >= t.end and _CITY_APPOSED.fullmatch(x.text, t.end, p.start)
                        or p.end <= t.start and _CITY_NOUN_BEFORE.fullmatch(x.text, p.end, t.start)):
                    cities.add(p.key)
    return cities


#: Between a city and the name of the company it describes: "the Dublin startup Zentri", "Dublin
#: meeting-notes startup Zentri".
_CITY_NOUN_BEFORE = re.compile(r"(?:-based)?\s+(?:[a-z][\w-]*\s+){0,2}(?:startup|start-up|company|firm|lab|group|"
                               r"fintech|scale-up|scaleup)\s+")


#: Between a demonym and the name it describes: "le néerlandais Kerlo", "la fintech néerlandaise Kerlo"; or
#: between the name and its demonym: "Kerlo, une société néerlandaise".
_DEMONYM_BEFORE = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s*")
_DEMONYM_AFTER = re.compile(r"\s*,\s*(?:[\w’'-]+\s+){1,3}")


@lru_cache(maxsize=512)
def country_of(key: str) -> str | None:
    """The key of the country the knowledge base puts a city or an organisation in ("ghent" → "belgium",
    "siemens" → "germany")."""
    kb = load_kb(())
    entry = kb.get(key)
    country = kb.lookup(entry.country) if entry is not None and entry.country else None
    return country.id if country is not None else None


def _national_referent(sents: list[Sentence], s: Sentence, demonym: Arg, key: str,
                       prev_orgs: list[Arg]) -> str | None:
    """The organisation an earlier sentence gave the country or city of a description's demonym ("le
    néerlandais Kerlo", "Kerlo, une société néerlandaise"; a demonym written in lower case) when the text
    gave the topic ``key`` other places but never that one: the last one named so; else, when the topic's
    other places are of the demonym's kind (cities for a city), the previous sentence's last organisation
    other than the topic."""
    def places(x: Sentence, org: Arg) -> set[tuple[str, str]]:
        found = {(p.key, p.type) for p in x.args if p.group == "Place" and x.text[p.start].islower() and (
            p.end <= org.start and _DEMONYM_BEFORE.fullmatch(x.text, p.end, org.start) is not None
            or p.start >= org.end and _DEMONYM_AFTER.fullmatch(x.text, org.end, p.start) is not None
            or org.source == "anaphor" and p.start >= org.end and x.text[org.end:p.start].isspace())}
        found |= {(p.key, p.type) for p in x.args if p.group == "Place" and p.type == "City"
                  and _seated(x.text, org, p)}      # "Kerlo, une société basée à Nantes"
        return found | {(c, "Country") for k, t in found if t == "City" and (c := country_of(k)) is not None}
    found: str | None = None
    topic: set[tuple[str, str]] = set()
    head = re.search(r"([^\W\d]+)\s+$", s.text[max(0, demonym.start - 30):demonym.start])
    same = re.compile(rf"(?i)(?<![\w’'-]){re.escape(head.group(1))}\s+{re.escape(s.text[demonym.start:demonym.end])}"
                      r"\s+$") if head is not None else None
    named_so = {a.key for x in sents[:s.index] for a in x.args if a.kind == "entity" and a.group == "Org"
                and a.explicit and a.source != "anaphor" and same is not None
                and same.search(x.text, max(0, a.start - 50), a.start)}
    if len(named_so) == 1:
        return named_so.pop()   # "vendue au groupe angevin Kerlo" … "Le groupe angevin, présent…": Kerlo
    for x in sents[:s.index + 1]:
        for a in x.args:
            if x is s and a.start >= demonym.start:
                break
            if a.kind != "entity" or a.group != "Org" or not a.explicit:
                continue
            if a.key == key:
                topic |= places(x, a)   # "Zentri, une société lyonnaise", "la société lyonnaise" said of it
                continue
            if a.source == "anaphor":
                continue
            elif any(k == demonym.key for k, _ in places(x, a)):
                found = a.key
    if not topic or any(k == demonym.key for k, _ in topic):
        return None
    if found is None and any(t == demonym.type for _, t in topic):
        # "… Kerlo reprend son rival nantais Zentri. … la start-up rennaise": the previous
        # sentence's other organisation
        found = next((a.key for a in reversed(prev_orgs) if a.key != key), None)
    return found


#: Between a company and its city: "Zentri, une start-up basée à "; or "toulousaine ", "Toulouse-based " right
#: before the name.
_SEATED_AFTER = re.compile(rf"(?i)^\s*,\s*[^,;.]{{0,40}}?{BASED_WORD}\s+(?:à|in|en)\s+$")


def _seated(text: str, org: Arg, city: Arg) -> bool:
    """Does the sentence put ``org`` in ``city`` right next to its name?"""
    if city.start >= org.end:
        return _SEATED_AFTER.match(text[org.end:city.start]) is not None
    return re.fullmatch(r"(?:-based)?\s*", text[city.end:org.start]) is not None


#: A person's apposition that names an organisation, then a relative clause: "A, an Orvane vice president who
#: oversees " (before "the company's").
_ROLE_WHO = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,4}?(?:who|that|qui)\s+(?:[\w’'-]+\s+){0,6}?")


def _role_org_before(s: Sentence, at: int) -> Arg | None:
    """The organisation a person's apposition names right before a relative clause that holds the
    reference at ``at`` ("said A, an Orvane senior director who runs the company's cloud unit": the
    company is Orvane, not the passage's; the sentence names it already, so the reference adds nothing)."""
    orgs = [x for x in s.args if x.group == "Org" and x.explicit and x.source != "anaphor" and x.end <= at]
    if not orgs:
        return None
    org = max(orgs, key=lambda x: x.end)
    if _WORKED_AT.search(s.text, 0, org.start) and _WHERE_CLAUSE.fullmatch(s.text, org.end, at):
        return org      # "A spent five years at X, where she led the work behind the company's model"
    if not _ROLE_WHO.fullmatch(s.text, org.end, at):
        return None
    return org if any(p.group == "Person" and p.explicit and re.fullmatch(
        r"\s*,\s*(?:(?:a|an|the|un|une|le|la)\s+)?(?:(?:former|ex|longtime|onetime|senior|ancien|ancienne)[\s-]+)?",
        s.text[p.end:org.start]) for p in s.args) else None


def _subject_of_person(s: Sentence, at: int, topic: str) -> str | None:
    """The organisation opening the sentence when a possessive at ``at`` opens the apposition of a person
    named in it ("Orvane is run by A, its chairman", "Orvane est dirigée par A, son président"), when that
    organisation is not the passage's topic; else None."""
    if not any(p.group == "Person" and p.explicit and re.fullmatch(r",\s*", s.text[p.end:at]) for p in s.args):
        return None
    opener = next((a for a in s.args if a.group == "Org" and a.explicit and a.source != "anaphor"
                   and a.start <= 4 and a.end < at), None)
    return opener.key if opener is not None and opener.key != topic else None


#: A possessive reference to an organisation: "the company's", "the group's", "de l'entreprise".
_OWNER_REF = re.compile(r"(?i)\bthe\s+(?:company|firm|group|startup|lab|chipmaker|chip\s+designer)[’']s(?!\w)|"
                        r"\b(?:du\s+groupe|de\s+la\s+société|de\s+l[’']entreprise)(?![\w’'-])")


def _owner_before(s: Sentence, taken: list[tuple[int, int]]) -> Arg | None:
    """A possessive reference ("the company's") right before a product, in a clause on a person's time at an
    organisation the sentence named just before (:func:`_role_org_before`): that organisation, as an argument."""
    for m in _OWNER_REF.finditer(s.text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if not any(x.group == "Product" and x.explicit and 0 <= x.start - m.end() <= 3 for x in s.args):
            continue        # only a product owned: "the company's o1 model", not "runs the company's cloud unit"
        org = _role_org_before(s, m.start())
        if org is not None:
            return Arg("entity", org.key, "Org", org.type, m.start(), m.end(), "anaphor")
    return None


#: A person's time at an organisation right before its name, and a clause on that time after it.
_WORKED_AT = re.compile(r"(?i)(?<![\w’'-])(?:years?|months?|ans|années|worked|working|spent|career|was|passé|"
                        r"travaillé)\s+(?:[\w’'-]+\s+){0,3}?(?:at|chez|for)\s+$")
_WHERE_CLAUSE = re.compile(r"(?i),\s*(?:where|où)\s+[^.;:()]{0,140}?")


_PRONOUN = re.compile(r"(?<![\w’'-])(?:elle|lui|il|she|he|(?:l[’']|la\s+|le\s+)(?P<noun>ingénieure?|dirigeante?|"
                      r"(?:co-?)?fondat(?:rice|eur)|cofondat(?:rice|eur)|présidente?|entrepreneure?|chercheuse|"
                      r"chercheur)(?:\s+(?:de\s+l[’']entreprise|de\s+la\s+société|de\s+la\s+start-up))?)(?![\w’'-])",
                      re.I)
#: The gender of a person's description that :data:`_PRONOUN` reads as a pronoun ("L'ingénieure a passé…").
_FEMININE_NOUN = re.compile(r"(?i)(?:e|rice|euse)$")


#: A cleft on a person who runs something: "c'est lui qui pilote la société".
_CLEFT = re.compile(r"(?:^|[,;:.]\s*)[Cc][’']est\s+$")
_WHO_RUNS = re.compile(r"(?i)\s+qui\s+(?:dirige|pilote|préside|conduit|mène)\b")


def _opens_clause(text: str, start: int) -> bool:
    """Does ``start`` open the sentence or a clause (after a comma, semicolon or colon)?"""
    return start == 0 or re.search(r"[,;:]\s*$", text[:start]) is not None


def _role_span(s: Sentence, role: re.Match | None) -> tuple[int, int, int] | None:
    """(start, end) of a role description (:data:`_ROLE_OF`: "la cofondatrice", "Le patron") and where the
    organisation it names starts, when that organisation is named right after it ("… de Zentri", "… de la
    start-up Zentri"); None otherwise."""
    if role is None:
        return None
    noun = _ORG_NOUN_BEFORE.match(s.text, role.end())
    at = noun.end() if noun is not None else -1
    if not any(a.start == at and a.group == "Org" and a.explicit for a in s.args):
        return None
    return role.start(), role.start() + len(s.text[role.start():role.start("role")].rstrip()), at


def _previous_people(recent: list[tuple[int, str, str | None]], index: int) -> list[str]:
    """The people the sentence before sentence ``index`` named, in order, each once."""
    return list(dict.fromkeys(k for i, k, _ in recent if i == index - 1))


#: Two people named just before, as the subject of their careers: "Both previously worked at X", "The two
#: co-founders spent years at Y", "Tous deux ont passé cinq ans chez X", "Les deux associés viennent de Y",
#: and their move with a deal: "Both will join X", "Tous deux rejoignent X".
_PAIR_CAREER = re.compile(
    r"^\W*(?:(?:Both|The\s+(?:two|pair))(?:\s+(?:of\s+them|(?:co-?founders|cofounders|founders)"
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?))?\s+(?:(?:had|have|"
    r"previously|formerly|once|both|also|already|each|earlier|later|then)\s+)*(?:worked|spent|were|came|held|served|built|ran|"
    r"led|join|will\s+join|are\s+joining|stay|will\s+stay|remain|will\s+remain)\b|"
    r"(?:Tous|Toutes|Les)\s+(?:les\s+)?deux(?:\s+(?:co-?fondat\w+|cofondat\w+|fondat\w+|associée?s)"
    r"(?:\s+d(?:e\s+|[’'])[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?)?\s+"
    r"(?:(?:ont|avaient)\s+(?:(?:d[’']abord|auparavant|déjà|ensuite|longtemps|notamment|précédemment)\s+)*(?:travaillé|"
    r"passé|officié|exercé|fait|débuté)|sont\s+(?:passée?s|issue?s)|viennent|venaient|rejoignent|rejoindront|"
    r"restent|resteront|intègrent|intégreront)\b)")


#: A pair's title as founders: "co-founders", "cofondateurs", "fondatrices".
_FOUNDERS_NOUN = r"co-?founders|cofounders|founders|co-?fondat\w+|cofondat\w+|fondat\w+"
#: The title of a pair before the organisation it belongs to: "the two co-founders of ", "les deux cofondateurs de ".
_PAIR_TITLE_OF = re.compile(rf"(?i)(?:{_FOUNDERS_NOUN}|associée?s)\s+(?:of|de|d[’'])\s*$")


#: Two people named just before, titled as the founders of an organisation: "Les deux cofondateurs de Zentri,
#: un studio de Lyon, pensent…", "The two founders of Zentri say…".
_PAIR_TITLED = re.compile(rf"^\W*(?:Les|The)\s+(?:deux|two)\s+(?:{_FOUNDERS_NOUN})\s+(?:of|de|d[’'])\s*(?=[A-ZÀ-Ý])")


def pair_career_end(text: str) -> int | None:
    """Where the opening of a sentence about two people's careers (:data:`_PAIR_CAREER`) ends, if it opens
    with one: "Les deux cofondateurs ont travaillé", "Both previously worked"."""
    m = _PAIR_CAREER.match(text)
    return None if m is None else m.end()


def _pair_people(s: Sentence, recent: list[tuple[int, str, str | None]], here: list[tuple[Arg, str | None]],
                 taken: list[tuple[int, int]], types: dict[str, str]) -> list[Arg]:
    """The two people the previous sentence named, as mentions of "Both" / "Tous deux" opening a sentence
    about their careers (:data:`_PAIR_CAREER`); none when this sentence names a person or the previous one
    did not name exactly two."""
    m = _PAIR_CAREER.match(s.text) or _PAIR_TITLED.match(s.text)
    if m is None or here or re.search(r"(?i)\b(?:respectively|respectivement)\b", s.text):
        return []               # "… from Kerlo and Orvane respectively": each their own
    word = re.search(r"\w+(?:\s+(?:les\s+)?deux)?", s.text[m.start():])
    start = m.start() + (word.start() if word else 0)
    end = start + (len(word.group()) if word else 0)
    # (a name inside the pair's title, "the two co-founders of Zentri", is theirs, not a taken subject)
    if any(a < m.end() and m.start() < b and not _PAIR_TITLE_OF.search(s.text, 0, a) for a, b in taken):
        return []
    people = _previous_people(recent, s.index)
    if len(people) != 2:
        return []
    return [Arg("entity", k, "Person", types.get(k, "Person"), start, end, "anaphor") for k in people]


def _partner_person(s: Sentence, recent: list[tuple[int, str, str | None]], here: list[tuple[Arg, str | None]],
                    taken: list[tuple[int, int]], types: dict[str, str], previous: Sentence | None) -> Arg | None:
    """"A et B ont fondé Zentri. La présidente a passé… Son associé, …": the one of the two people named two
    sentences back that the sentence before did not speak of; none when the sentence before named two people
    itself, when this sentence names a person near the opener, or when the pair is not two."""
    m = _PARTNER_OPENING.match(s.text)
    if m is None or not re.match(r"\s*,|\s+[a-zà-ÿ]", s.text[m.end():]) or previous is None \
            or any(a < m.end() and m.start() < b for a, b in taken) or any(a.start < m.end() + 80 for a, _ in here):
        return None     # (the opener followed by its apposition or its verb: "Son associé, …", "Her co-founder is")
    if len(_previous_people(recent, s.index)) == 2:
        return None     # the sentence before named both: no telling which one
    pair = _previous_people(recent, s.index - 1)
    if len(pair) != 2:
        return None
    people = {a.key for a in previous.args if a.group == "Person"}
    spoken = people & set(pair)
    if len(spoken) == 1:
        key = next(k for k in pair if k not in spoken)
    elif not people:
        key = pair[1]   # the sentence before spoke of someone unnamed ("La présidente…"): the first named, as
        #                 news tells a pair's careers in the order it named them
    else:
        return None
    start = m.start("opener")
    return Arg("entity", key, "Person", types.get(key, "Person"), start, m.end(), "anaphor")


def _career_pronoun(s: Sentence, person: str | None, recent: list[tuple[int, str, str | None]],
                    here: list[tuple[Arg, str | None]], taken: list[tuple[int, int]], types: dict[str, str],
                    seen: dict[str, str | None], counts: dict[str, int]) -> Arg | None:
    """A pronoun that tells a person's career ("Elle a travaillé quatre ans chez X", "Lui arrive de Y") or
    follows a fronted description of a person ("Passée par X, elle…"), as a
    mention of the person it stands for: the last one named lately of the pronoun's gender, else the
    passage's person unless of the other gender, else the person of that gender named most so far
    (``here``: the sentence's people with their gender, ``seen``: each person's gender so far, ``counts``: how
    often each was named)."""
    career = career_predicate(s.lang)
    if career is None:
        return None
    for m in _PRONOUN.finditer(s.text):
        cleft = _CLEFT.search(s.text, 0, m.start()) is not None and _WHO_RUNS.match(s.text, m.end()) is not None
        if not (cleft or _opens_clause(s.text, m.start())) or any(a < m.end() and m.start() < b for a, b in taken) \
                or not (cleft or career.match(s.text, m.end()) or FRONTED_PERSON.match(s.text[:m.start()])):
            continue
        want = person_pronoun(m.group(), s.lang) if m.group("noun") is None else \
            ("f" if _FEMININE_NOUN.search(m.group("noun")) else "m")
        if want is None:
            continue
        cands = [(k, g) for _, k, g in recent] + [(a.key, g) for a, g in here if a.end <= m.start()]
        pick = next((k for k, g in reversed(cands) if g is not None and g.lower() == want), None)
        if pick is None:
            # "fondée par A et B. Elle a passé… Lui, …": the one of the pair the other pronoun did not take
            pair = list(dict.fromkeys(k for i, k, _ in recent if i >= s.index - 2))
            other = [k for k in pair if seen.get(k) is None]
            if len(pair) == 2 and len(other) == 1 and (seen.get(pair[0]) or seen.get(pair[1]) or want).lower() != want:
                pick = other[0]
        if pick is None and person is not None and (seen.get(person) or want).lower() == want \
                and not any(k == person and g is not None and g.lower() != want for k, g in cands):
            pick = person       # the passage's person, unless of the other gender
        if pick is None:
            # the person of that gender the article has named most (a portrait's subject)
            pick = max((k for k, g in seen.items() if g is not None and g.lower() == want),
                       key=lambda k: counts[k], default=None)
        if pick is None:
            continue
        return Arg("entity", pick, "Person", types.get(pick, "Person"), m.start(), m.end(), "anaphor")
    return None


#: A definite description of a person by their role at an organisation named right after it: "la cofondatrice
#: de", "le patron de", "the chief executive of".
_ROLE_OF = re.compile(r"(?i)(?<![\w’'-])(?:la|le|the|l[’'])\s*(?P<role>(?:co-?)?fondat(?:rice|eur)|"
                      r"cofondat(?:rice|eur)|patronne|patron|dirigeante?|présidente?|directrice\s+générale|directeur\s+général|pdg|"
                      r"(?:co-?)?founder|cofounder|chief\s+executive|boss|ceo)\s+(?:de\s+|d[’']\s*|of\s+)")


#: A company noun, maybe with an adjective, between a role and the company's name: "la start-up grenobloise".
_ORG_NOUN_BEFORE = re.compile(r"(?i)(?:(?:la|le|l[’']|the)\s*(?:start-up|startup|société|entreprise|jeune\s+pousse|"
                              r"firme|company|firm)\s+(?:[a-zà-ÿ-]+\s+)?)?")


def _portrayed(sents: list[Sentence]) -> tuple[str, int] | None:
    """The person a portrait or an interview is about, and the index of its headline: the person whose name
    opens one of the first headings ("Léa Morel, la Lyonnaise qui…", "Léa Morel (Zentri) : « … »")."""
    for s in sents[:5]:
        if not s.heading or len(s.text.split()) < 3:
            continue
        first = next((a for a in s.args if a.explicit and a.kind == "entity"), None)
        if first is not None and first.group == "Person" and first.start <= 2 \
                and re.match(r"\s*(?:,|\(|:)", s.text[first.end:]):
            return first.key, s.index
    return None


#: The first person of an interview's answer telling the speaker's career: "J'ai travaillé trois ans chez",
#: "je travaillais chez", "I spent six years at".
_FIRST_PERSON_CAREER = re.compile(
    r"(?:^|[.:;,!?«“\"]\s*|\s(?:et|puis|and|then)\s+)((?i:j[’'])|(?i:je)(?=\s)|I(?=\s))\s*(?i:(?:ai|avais)\s+(?:d[’']abord\s+|auparavant\s+)?"
    r"(?:passé|travaillé|dirigé|rejoint|quitté|fondé|cofondé|créé|été|fait\s+carrière)|travaillais|dirigeais|"
    r"spent|worked|joined|left|ran|led|founded|co-founded|started)(?![\w-])")


#: A person described by a demonstrative and their trade, age or origin: "cette ingénieure", "ce juriste", "cette
#: ancienne avocate", "ce quadragénaire", "cet enfant du pays" (the demonstrative gives the gender).
_THIS_PERSON = re.compile(
    r"(?<![\w’'-])(?P<det>[Cc]ette|[Cc]e|[Cc]et)\s+(?:ancienne?\s+|jeune\s+)?(?:ingénieure?|juriste|chercheuse|chercheur|"
    r"entrepreneuse|entrepreneure?|diplômée?|docteure?|polytechnicienne?|normalienne?|informaticienne?|économiste|"
    r"physicienne?|mathématicienne?|médecin|avocate?|pharmacienne?|biologiste|consultante?|développeuse|"
    r"développeur|designer|infirmière|infirmier|architecte|banquière|banquier|statisticienne?|agronome|"
    r"chimiste|géologue|urbaniste|généraliste|chirurgienne?|dentiste|vétérinaire|psychologue|enseignante?|"
    r"professeure?|journaliste|ingénieur-chercheur|data\s+scientist|ancienne?\s+de\s+\w+|quadragénaire|"
    r"quinquagénaire|trentenaire|sexagénaire|(?:enfant|natif|native|originaire)(?=\s+(?:du|de|des|d[’'])(?![\w-])))"
    r"(?![\w’'-])")


def _this_person(s: Sentence, person: str | None, recent: list[tuple[int, str, str | None]],
                 here: list[tuple[Arg, str | None]], taken: list[tuple[int, int]], types: dict[str, str],
                 seen: dict[str, str | None]) -> Arg | None:
    """"Cette ingénieure", "ce juriste": the passage's person when of that gender, else the last person of that
    gender named lately; not when the sentence names a person before it."""
    if s.lang != "fr":
        return None
    for m in _THIS_PERSON.finditer(s.text):
        if any(a < m.end() and m.start() < b for a, b in taken) or any(a.end <= m.start() for a, _ in here):
            continue
        want = "f" if m.group("det").lower() == "cette" else "m"
        pick = person if person is not None and (seen.get(person) or want).lower() == want else None
        if pick is None:
            pick = next((k for _, k, g in reversed(recent) if g is not None and g.lower() == want), None)
        if pick is None:
            continue
        return Arg("entity", pick, "Person", types.get(pick, "Person"), m.start(), m.end(), "anaphor")
    return None


#: "La première … ; le second …", "Ce dernier": a person by their place in the last list of people.
_ORDINAL = re.compile(r"(?<![\w’'-])(?:(?P<first>[Ll]a\s+première|[Ll]e\s+premier)|"
                      r"(?P<second>[Ll]a\s+seconde|[Ll]e\s+second|[Ll]a\s+deuxième|[Ll]e\s+deuxième)|"
                      r"(?P<last>[Cc]e\s+dernier|[Cc]ette\s+dernière))(?![\w’'-])(?=\s*,?\s*[a-zà-ÿ]|\s*[.!?…]?\s*$)")


#: A reporting verb right after a quotation, its speaker after it: "», résume ", "», a précisé ".
REPORTED_BY = re.compile(r"[»”\"]\s*,?\s*(?:a\s+|avait\s+|has\s+)?[a-zà-ÿ]+\s+$")


#: A past role in apposition on a person, its gender in its word: ", ancien chercheur de", ", une ancienne de".
_PAST_APPOSITION = re.compile(r"\s*,\s*(?:(?:un|une)\s+|l[’']\s*)?(?:(?P<m>ancien)|(?P<f>ancienne))\s")


def _apposed_last(s: Sentence) -> tuple[str, str] | None:
    """The sentence's last person, with the gender of a past role in apposition on them that runs to the end
    of the sentence ("…, et par B, ancien chercheur de X, la société rachetée depuis par Y."), else None."""
    people = [a for a in s.args if a.explicit and a.group == "Person" and a.source != "anaphor"]
    if not people or ";" in s.text[people[-1].end:]:
        return None
    m = _PAST_APPOSITION.match(s.text, people[-1].end)
    return None if m is None else (people[-1].key, "m" if m.group("m") else "f")


def _ordinal_people(s: Sentence, recent: list[tuple[int, str, str | None]], here: list[tuple[Arg, str | None]],
                    taken: list[tuple[int, int]], types: dict[str, str], previous_last: Arg | None,
                    previous_apposed: tuple[str, str] | None = None) -> list[Arg]:
    """"La première a travaillé chez X ; le second chez Y", "Ce dernier a travaillé chez Z": the people of
    the last sentence that named several (the first, the second), or the last person named when no name
    came after it (``previous_last``: the last name of the previous sentence), or when the names after it
    were in a past role's apposition of the same gender ("B, ancien chercheur de X. Ce dernier…")."""
    if s.lang != "fr":
        return []
    out = []
    for m in _ORDINAL.finditer(s.text):
        if any(a < m.end() and m.start() < b for a, b in taken) or not (
                _opens_clause(s.text, m.start()) and re.match(r"\s*,?\s*[a-zà-ÿ]", s.text[m.end():])
                or m.group("last") and REPORTED_BY.search(s.text, 0, m.start())):
            continue    # only opening the sentence or a clause ("le premier tour" is a noun phrase), or the
            #             speaker after a quotation ("», résume cette dernière.")
        if re.match(r"\s+(?:tour|client|investisseur|actionnaire|fonds|produit|modèle|trimestre|semestre|"
                    r"temps|pas|jour|mois|an|exercice)\b", s.text[m.end():], re.I):
            continue
        people = [(i, k) for i, k, _ in recent] + [(s.index, a.key) for a, _ in here if a.end <= m.start()]
        if m.group("last"):
            # the last name before it, in this sentence or else in the previous one, must be a person's
            named = [a for a in s.args if a.explicit and a.kind == "entity" and a.end <= m.start()]
            if named:
                if named[-1].group != "Person":
                    continue
                key = named[-1].key
            elif previous_last is not None and previous_last.group == "Person":
                key = previous_last.key
            elif previous_apposed is not None \
                    and previous_apposed[1] == ("m" if m.group("last").endswith("dernier") else "f"):
                key = previous_apposed[0]
            else:
                continue
        else:
            lists = [i for i in dict.fromkeys(i for i, _ in people) if len({k for j, k in people if j == i}) >= 2]
            if not lists:
                continue
            names = list(dict.fromkeys(k for j, k in people if j == lists[-1]))
            key = names[0] if m.group("first") else names[1]
        out.append(Arg("entity", key, "Person", types.get(key, "Person"), m.start(), m.end(), "anaphor"))
    return out
