"""References without a name, and what each sentence is about.

"la société", "the company", "Elle a levé", "we" refer to the passage's *topic*; "ce data center"
to the last product of that kind; "les deux fondateurs" to the founders (:data:`~graph.model.GROUP_KEY`).
:func:`references` finds them and, for each sentence, the topic in force and the sentence's own
subject (:func:`sentence_subject`), which rules use when a sentence does not name who acts.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import lru_cache

from ..model import GROUP_KEY, Entity
from .lexicon import alternation, lexicon, org_suffixes
from .mentions import Mention
from .pronouns import anaphor_lists, career_predicate
from .spans import Locator, SpanIndex
from .text import Sentence
from .types import INVESTOR_TYPES, ORG_TYPES, PRODUCT_TYPES

#: The endings of the adjectives a description may put between its noun and the name it introduces
#: ("la start-up rennaise Zentri", "le groupe industriel Kerlo", "la société française X"); lower-case.
ADJECTIVE_ENDINGS = (r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|in|ine|if|ive|al|ale|aux|ique|iste|ier|ière|"
                     r"el|elle)s?")
# "la start-up", "l'entreprise", "Elle a levé": the article's main organisation; not when the noun
# introduces a name ("la start-up française Mistral AI", "le laboratoire de recherche Kyutai").
_INTRODUCES_NAME = rf"(?!\s+(?:(?:de\s+recherche|[a-zà-ÿ-]+{ADJECTIVE_ENDINGS})\s+)?[A-ZÀ-Ý])"
_MAIN_ANAPHOR = {
    "fr": re.compile(r"\b(?:[Ll]a|[Cc]ette|[Nn]otre|[Ll]e|[Cc]e)\s+(?:jeune\s+)?(?:start-?up|pépite|jeune\s+pousse|"
                     r"licorne|société|firme|"
                     r"entreprise|scale-?up|laboratoire|groupe|éditeur)\b" + _INTRODUCES_NAME +
                     r"|\b[Ll][’']entreprise\b" + _INTRODUCES_NAME +
                     r"|(?:^\W*Elle|(?<=,\s)elle)\b(?=\s+(?:a|avait|est|était|va|compte|prévoit|vient|lève|annonce|"
                     r"emploie|revendique|affirme|ambitionne))"),
    "en": re.compile(r"\b[Tt]he (?:[A-Z]?[\w-]+ ){0,2}?(?P<head>company|startup|start-up|firm|lab)\b(?!\s+[A-Z])|"
                     r"\b[Oo]ur\s+(?:company|startup|firm|lab)\b|(?<![\w’'])(?:[Ww]e|[Oo]ur|"
                     r"[Uu]s)\b(?!\s*[’']\s*(?:s\b))"
                     r"|^\W*It\b(?=\s+(?:has|had|is|was|will|plans|raised|said|also|now|acquired|announced|launched|"
                     r"employs|says))"),
}
#: A fronted description of a person before the pronoun that opens the main clause: "Ancienne chercheuse
#: chez X, elle…", "Passée par X puis par Y, elle…", "Ancien de Kerlo, il…".
FRONTED_PERSON = re.compile(r"^\W*(?:Ancien(?:ne)?|Ex-|Passée?|Diplômée?|Formée?|Arrivée?|Issue?|Venue?)\b"
                            r"[^,;:]*,\s*$")
#: "Née en 1990 à Lyon, elle…": a woman, though a company is "née" too ("Née à Brest en 2019, elle conçoit des
#: bouées"), so only the reference to the topic steps aside, and no career is read from it.
_BORN_FRONTED = re.compile(r"^\W*Née\b[^,]*,\s*$")
_GROUP = re.compile(r"\b(?:les|ses|leurs|deux|trois|quatre|the|its|two|three|four|both)\s+(?:co-?)?(?:fondateurs|"
                    r"cofondateurs|founders|"
                    r"co-founders|cofounders|esprits|anciens|duo|tandem|trio)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(?:[Cc]e|[Cc]ette|[Cc]et|[Tt]his)\s+(?:nouveau\s+|nouvelle\s+|new\s+)?(data\s+center|"
                            r"datacenter|"
                            r"centre\s+de\s+données|infrastructure|modèle|model|service|plateforme|platform|outil|tool|"
                            r"logiciel|"
                            r"produit|product|système|system|chatbot|assistant|application|puce|chip|supercalculateur|"
                            r"supercomputer)\b")
# What a demonstrative noun can refer to ("ce data center" is not a chip).
_SERVICE = {"CloudService", "Software", "Product"}
_NOUN_TYPES = {
    "data": _SERVICE, "datacenter": _SERVICE, "centre": _SERVICE, "infrastructure": _SERVICE, "service": _SERVICE,
    "plateforme": _SERVICE, "platform": _SERVICE, "outil": {"Software", "Product"}, "tool": {"Software", "Product"},
    "logiciel": {"Software"}, "application": {"Software"}, "modèle": {"AIModel"}, "model": {"AIModel"},
    "chatbot": {"AIModel", "Software"}, "assistant": {"AIModel", "Software"},
    "puce": {"Hardware"}, "chip": {"Hardware"},
    "supercalculateur": {"Hardware", "CloudService"}, "supercomputer": {"Hardware", "CloudService"},
}
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
#: Comparison phrases too common to tell a product's comparison after a pronoun ("Il affirme que").
_WEAK_COMPARISONS = frozenset({"que", "than", "against", "contre", "versus", "vs", "face à", "targets", "targeting",
                               "vise", "visent", "qui vise", "aimed at"})


@lru_cache(maxsize=4)
def _compared_pronoun(lang: str) -> re.Pattern | None:
    """A sentence that opens with "It" or "Il" (maybe after a fronted attribution: "Selon l'entreprise, il"),
    a word or two and a comparison phrase of the lexicon (``comparison_phrases``): "It also beats X", "Il
    ferait jeu égal avec X", "Il resterait toutefois derrière X"."""
    phrases = [p for p in lexicon().get("comparison_phrases", {}).get(lang, []) if p not in _WEAK_COMPARISONS]
    if not phrases:
        return None
    pronoun = "[Ii]t" if lang == "en" else "[Ii]l"
    fronted = r"(?:(?:Selon|D[’']après|Sur|En|According\s+to|On|In)\s[^,;:.]{1,60},\s*)?"   # "Selon l'entreprise, il…"
    # "Il resterait toutefois derrière X", "It still sits behind X": a place behind, after a verb of standing
    behind = (r"|(?:reste|resterait|restent|resteraient|arrive|arriverait|se\s+classe|se\s+classerait)\s+"
              r"(?:[\w’'-]+\s+){0,2}?derrière" if lang == "fr" else
              r"|(?:is|remains|stays|sits|lags|falls|trails|ranks|comes|came)\s+(?:[\w’'-]+\s+){0,2}?behind")
    return re.compile(rf"^\W*{fronted}({pronoun})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(phrases)}{behind})(?![\w-])")


@lru_cache(maxsize=4)
def _comparison(lang: str) -> re.Pattern | None:
    """Any comparison phrase of the lexicon, or a rival's noun: what sets a product against another."""
    phrases = lexicon().get("comparison_phrases", {}).get(lang, []) + ["concurrent", "rival", "competitor"]
    return re.compile(rf"(?i)(?<![\w’'-])(?:{alternation(phrases)})") if phrases else None


def _pronoun_compared(s: Sentence, prev: Sentence | None, previous: list[Mention], entities: Mapping[str, Entity],
                      lang: str) -> Mention | None:
    """"It" or "Il" opening a comparison ("It also beats X", "Il dépasse X") stands for the first product
    the previous sentence names ("Orvane a présenté Lume, son modèle. Il dépasse X": Lume), not for the
    passage's company."""
    rx = _compared_pronoun(lang)
    hit = rx.match(s.text) if rx is not None else None
    if hit is None:
        return None
    products = [x for x in previous if entities.get(x.key) is not None and entities[x.key].type in PRODUCT_TYPES
                and x.source != "anaphor"]
    if not products:
        return None
    first = products[0] if products[0].source == "reference" else min(products, key=lambda x: x.start)
    against = _comparison(lang)
    if first.source != "reference" and prev is not None and against is not None \
            and against.search(prev.text, 0, max(0, first.start - prev.start)):
        return None     # "X se pose en concurrent de A. Il dépasse…": A is what X is set against, not "il"
    return Mention(s.start + hit.start(1), s.start + hit.end(1), hit.group(1), first.key,
                   entities[first.key].type, "reference", 0.6)


@lru_cache(maxsize=4)
def _investor_ref(lang: str) -> re.Pattern | None:
    """A sentence that opens with a reference to an investment firm (``investor`` of anaphors.json: "Le
    fonds, qui…", "The fund also…")."""
    phrases = anaphor_lists().get("investor", {}).get(lang)
    if not phrases:
        return None
    return re.compile(rf"^\W*({alternation(phrases)})(?![\w’'-])(?!\s+(?-i:[A-ZÀ-Ý]))", re.I)


#: Organisations that never become a passage's topic: rarely what a news story is about.
NOT_TOPIC = INVESTOR_TYPES | {"MediaOutlet", "GovernmentBody", "University"}


#: The rest of an apposition up to the comma that closes it ("Penfeld Capital, le fonds
#: brestois, met…"), holding no number and no auxiliary ("…, la start-up avait lancé X, un…").
_CLOSED_TAIL = re.compile(r"[^,.;:!?()«»\"\d]{0,60},")
_TAIL_VERB = re.compile(r"(?i)(?<![\w’'-])(?:a|avait|ont|avaient|est|était|sont|sera|va|vient|doit|peut|has|had|have|"
                        r"is|was|were|are|will|would|can|could|may|might|must|should)(?![\w’'-])")


def closed_tail(text: str, at: int) -> bool:
    """Does an apposition that starts before ``at`` end with a comma soon after it, with no verb between?"""
    m = _CLOSED_TAIL.match(text, at)
    return m is not None and _TAIL_VERB.search(m.group()) is None


#: Lower-case words between a description and the name it introduces: "le groupe (industriel) Kerlo".
_NAME_AFTER = re.compile(r"\s+(?:[a-zà-ÿ’'-]+\s+){0,2}")


def _closed_apposition(text: str, offset: int, start: int, end: int, here: list[Mention],
                       entities: Mapping[str, Entity]) -> bool:
    """Is the phrase at ``start:end`` of the sentence ``text`` the opening of an apposition closed by a
    comma, on an organisation that opens a clause ("Penfeld Capital, le fonds brestois, met…",
    "…, et Penfeld Capital, le fonds brestois, complète…")?"""
    before = text[:start].rstrip()
    if not before.endswith(",") or not closed_tail(text, end):
        return False
    name_end = len(before[:-1].rstrip())
    for x in here:
        if x.end == offset + name_end and entities.get(x.key) is not None and entities[x.key].type != "Person":
            return re.search(r"(?:^|[,;:]|(?<![\w’'-])(?:et|and))\s*$", text[:x.start - offset]) is not None
    return False


@lru_cache(maxsize=1)
def _reporting() -> re.Pattern:
    """A reporting verb of either language (lexicon ``reporting_verbs``): what makes the words around a
    quotation its attribution ("…", said A, CEO of X)."""
    verbs = [v for lang, vs in lexicon()["reporting_verbs"].items() if lang != "_comment" for v in vs]
    return re.compile(rf"(?i)(?<![\w’'-])(?:{alternation(verbs)})(?![\w’'-])")


#: What may stand between a speaker's name and their organisation's: "A, chief executive of X", "A, cofondateur
#: et PDG de X", "A, associée chez X".
_SPEAKS_FOR = re.compile(r"(?i)^\s*,\s*(?:[\w’'-]+\s+){0,6}?(?:of|at|de|du|chez|d[’'])\s*(?:l[’']\s*|la\s+|le\s+)?$")
#: A spokesperson and the organisation they speak for: "a spokesperson for X", "un porte-parole de X".
_SPOKESPERSON = re.compile(r"(?i)(?<![\w’'-])(?:spokes(?:person|woman|man)|porte-parole|representative|représentante?)"
                           r"\s+(?:for|of|at|de|du|d[’']|chez)\s*(?:l[’']|la\s+|le\s+)?")
#: A past role: "A, un ancien chercheur d'X" does not speak for X.
_FORMER_ROLE = re.compile(r"(?i)(?<![\w’'-])(?:ancien(?:ne)?s?|former(?:ly)?|ex|previously|passée?|issue?)(?![\w’'])")
#: ... or between an organisation's name and its speaker's: "X's chief executive A", "X CEO A".
_SPEAKER_OF = re.compile(r"(?i)^(?:[’']s\s+(?:[\w-]+\s+){0,4}?|\s+(?:ceo|co-?founder|founder|cto|chief\s+executive|"
                         r"president|boss)\s+)$")
#: First-person words inside a quotation, by language.
#: A possessive stands for its organisation only before the people or firms around it ("our investors",
#: "notre actionnaire historique", "nos concurrents"), not before a thing ("our work").
_OWNED = (r"\s+(?:[\w-]+\s+)?(?:investors?|backers?|shareholders?|rivals?|competitors?|partners?|founders?|"
          r"co-?founders?|customers?|clients?|actionnaires?|investisseurs?|concurrents?|partenaires?|fondateurs?|"
          r"cofondateurs?)(?![\w’'-])")
_FIRST_PERSON = {"en": re.compile(rf"(?<![\w’'-])(?:[Ww]e|[Uu]s|[Oo]ur(?={_OWNED}))(?![\w’'-])(?!\s*[’']\s*s\b)"),
                 "fr": re.compile(rf"(?<![\w’'-])(?:[Nn]ous|(?:[Nn]otre|[Nn]os)(?={_OWNED}))(?![\w’'-])")}
#: Organisations that do not speak as "we" in a quotation: the outlet that reports it.
_NOT_SPEAKER = frozenset({"MediaOutlet"})


def quote_speakers(text: str, sents: list[Sentence], mentions: list[Mention], entities: Mapping[str, Entity],
                   quotes: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """(start, end, organisation) of each quotation whose speaker speaks for a named organisation.

    The speaker is in the quotation's attribution: the rest of its sentence after it, or the part of its
    sentence before it, with a reporting verb or a colon ("…", said A, chief executive of X; X's CEO A
    said: "…"). Their organisation is the one the text gives the first person the attribution names, there
    or elsewhere ("A, chief executive of X", "X's CEO A"; not "A, a former researcher at X"), or the one a
    spokesperson speaks for ("a spokesperson for X").
    A quotation without an attribution goes on the previous one's, when it follows in the next sentence.
    """
    locate = Locator(sents)
    # the people and the organisations (not an outlet) the text names, in text order
    kind = {k: ("person" if e.type == "Person" else "org" if e.type in ORG_TYPES and e.type not in _NOT_SPEAKER
                else None) for k, e in entities.items()}
    named = sorted((m for m in mentions if m.source != "anaphor" and kind.get(m.key)), key=lambda m: m.start)
    # the organisation the text gives each person: "A, chief executive of X", "X's CEO A"
    employer: dict[str, str] = {}
    for i, m in enumerate(named):
        if kind[m.key] != "person":
            continue
        nxt = named[i + 1] if i + 1 < len(named) else None
        prv = named[i - 1] if i > 0 else None
        if nxt is not None and kind[nxt.key] == "org" and _SPEAKS_FOR.match(text[m.end:nxt.start]) \
                and not _FORMER_ROLE.search(text[m.end:nxt.start]):
            employer.setdefault(m.key, nxt.key)
        elif prv is not None and kind[prv.key] == "org" and _SPEAKER_OF.match(text[prv.end:m.start]):
            employer.setdefault(m.key, prv.key)

    def speaker_org(a: int, b: int) -> str | None:
        # the organisation of the first person the attribution names, else the one a spokesperson speaks for
        here = [m for m in named if a <= m.start and m.end <= b]
        person = next((m.key for m in here if kind[m.key] == "person"), None)
        if person is not None:
            return employer.get(person)
        spoke = _SPOKESPERSON.search(text, a, b)
        if spoke is not None:
            return next((m.key for m in here if m.start == spoke.end()), None)
        # the organisation itself speaks: "…", Zentri said; X a indiqué Zentri; Zentri said: "…"
        for verb in _reporting().finditer(text, a, b):
            org = next((m.key for m in here if 0 <= m.start - verb.end() <= 2
                        or 0 <= verb.start() - m.end <= 1), None)
            if org is not None:
                return org
        return None

    out: list[tuple[int, int, str]] = []
    last: tuple[int, str] | None = None     # the sentence of the previous quotation's end, its organisation
    for q in quotes:
        first, final = locate.index(q.start()), locate.index(q.end() - 1)
        if first is None or final is None:
            continue
        after = text[q.end():sents[final].end]
        before = text[sents[first].start:q.start()]
        org = None
        if _reporting().search(after) or re.match(r"\s*,\s*$", after[:3]) and after.strip(" ,.;"):
            org = speaker_org(q.end(), sents[final].end)
        if org is None and (_reporting().search(before) or before.rstrip().endswith(":")):
            org = speaker_org(sents[first].start, q.start())
        if org is None and last is not None and not after.strip(" ,.;") and first - last[0] <= 1:
            org = last[1]
        if org is not None:
            out.append((q.start(), q.end(), org))
            last = (final, org)
    return out


def references(text: str, sents: list[Sentence], mentions: list[Mention], entities: Mapping[str, Entity],
               main: str | None, lang: str) -> tuple[list[Mention], list[str | None], list[str | None]]:
    """References to organisations and products without their name, and each sentence's topic.

    "la société", "l'entreprise", "Elle a levé", "the company", "It has", "we" refer to the
    *topic*: the most salient organisation so far. Salience counts mentions (+1) and sentence
    subjects (+2), halves at every sentence, and gives the article's main organisation a small
    constant bonus; investors and media outlets never become the topic. "la start-up", "la jeune
    pousse" prefer a name the knowledge base does not know (start-ups rarely are in it). Returns
    the new mentions, the topic in force at each sentence (rules use it when a sentence does not
    name its subject) and each sentence's own subject.
    """
    out: list[Mention] = []
    topics: list[str | None] = []
    subjects: list[str | None] = []
    taken = SpanIndex((m.start, m.end) for m in mentions if m.type != "Concept")

    def free(a: int, b: int) -> bool:
        return not taken.overlaps(a, b)

    quotes = list(_QUOTED.finditer(text))
    quoted = SpanIndex((q.start(), q.end()) for q in quotes)
    speakers = quote_speakers(text, sents, mentions, entities, quotes)
    salience: dict[str, float] = {}
    seen: dict[str, int] = {}     # the order in which names first became salient: ties go to the earliest

    def bump(key: str, amount: float) -> None:
        seen.setdefault(key, len(seen))
        salience[key] = salience.get(key, 0) + amount

    # "Duarte" after "Rafael Duarte": a surname, even when the first name is not in the lexicon
    people = {e.label.split()[-1] for e in entities.values()
              if e.type in ("Person", "Unknown") and 2 <= len(e.label.split()) <= 3
              and all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+", w) for w in e.label.split())
              and not any(w in org_suffixes() for w in e.label.split())}
    surnames = {k for k, e in entities.items()
                if e.type == "Unknown" and not e.kb_id and e.label in people and k != main}

    last_subject: list[str | None] = [None]

    def best(prefer_unknown: bool = False) -> str | None:
        # in the order names first became salient (main, then the last subject, at the end when never so)
        keys = set(salience) | {k for k in (main, last_subject[0]) if k}
        scores = {k: salience.get(k, 0.0) for k in sorted(keys, key=lambda k: seen.get(k, len(seen) + (k != main)))}
        if main:
            scores[main] = scores.get(main, 0) + 0.75
        if last_subject[0]:
            # the previous sentence's subject is the likeliest referent
            scores[last_subject[0]] = scores.get(last_subject[0], 0) + 1.0
        if not scores:
            return main
        top = max(scores.items(), key=lambda kv: (kv[1], kv[0] == main))
        if prefer_unknown:
            fresh = [kv for kv in scores.items() if entities.get(kv[0]) is not None and not entities[kv[0]].kb_id]
            if fresh:
                cand = max(fresh, key=lambda kv: kv[1])
                if cand[1] >= 0.5 * top[1]:
                    return cand[0]
        return top[0]

    by_sentence: dict[int, list[Mention]] = {}
    locate = Locator(sents)
    for m in mentions:
        at = locate.index(m.start)
        if at is not None:
            by_sentence.setdefault(at, []).append(m)
    earlier = _Earlier(mentions)
    career = career_predicate(lang)
    investor_ref = _investor_ref(lang)
    last_compared: list[Mention] | None = None     # the product "Il" stood for in the previous sentence
    for i, s in enumerate(sents):
        topic = best()
        topics.append(topic)
        here: list[Mention] = list(by_sentence.get(i, []))
        compared = _pronoun_compared(s, sents[i - 1] if i else None,
                                     (last_compared or []) + by_sentence.get(i - 1, []), entities, lang) \
            if i else None
        last_compared = [compared] if compared is not None else None
        if compared is not None and free(compared.start, compared.end):
            out.append(compared)      # "Il dépasse X": the product the previous sentence named
            here.append(compared)
        if topic:
            for hit in _MAIN_ANAPHOR.get(lang, _MAIN_ANAPHOR["en"]).finditer(s.text):
                # "The Swiss company": the mention is the head noun, its modifiers stay readable
                g = "head" if hit.groupdict().get("head") else 0
                a, b = s.start + hit.start(g), s.start + hit.end(g)
                if compared is not None and a == compared.start:
                    continue
                if hit.group().strip().lower() in ("we", "our", "us") and quoted.contains(a):
                    continue
                if not hit.group().strip():
                    continue
                if names_sector(s.text, hit.start(), hit.end()):
                    continue          # "des fonds de la biotech", "in the fintech": a sector, no company
                lead_in = s.text[:hit.start()]
                if hit.group().strip().lower() == "elle" and (FRONTED_PERSON.match(lead_in)
                                                              or _BORN_FRONTED.match(lead_in)):
                    continue          # "Ancienne chercheuse chez X, elle a créé…": a woman, not the company
                if hit.group().strip().lower() == "elle" and career is not None and career.match(s.text, hit.end()) \
                        and any(x.type == "Person" for j in (i - 2, i - 1, i) for x in by_sentence.get(j, ())):
                    continue          # "A, sa présidente, et B. Elle a travaillé six ans chez X": a woman's career
                ref: str | None
                if hit.group().strip().lower() in ("we", "our", "us"):
                    ref = main or topic         # "we" is the publisher, the article's main organisation
                elif re.search(r"start-?up|pousse|pépite|licorne|scale-?up", hit.group(), re.I):
                    ref = best(prefer_unknown=True)
                else:
                    ref = topic
                comma = re.search(r"[)\]]?\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", s.text[:hit.start(g)])
                if comma and g == "head" and any(x.end == s.start + comma.start() and entities.get(x.key) is not None
                                                 and entities[x.key].type != "Person" for x in here):
                    continue          # "Seraphine, the Palo Alto startup": an apposition, not a reference
                if re.search(r"[A-Za-zÀ-ÿ0-9)]\s*,\s*$", s.text[:hit.start()]) and re.match(
                        r"\s+(?:(?:co-?)?fondée|cofondée|créée|lancée|basée|installée|founded|co-founded|started|based|"
                        r"qui|which|that|dont|spécialisée|specialising|specializing)\b", s.text[hit.end():]) and any(
                        x.end == s.start + len(s.text[:hit.start()].rstrip().rstrip(",").rstrip()) for x in here):
                    continue          # "Veltis, la start-up cofondée en 2020 par…": an apposition to the name before
                named = _NAME_AFTER.match(s.text, hit.end())
                if named and any(x.start == s.start + named.end() and x.source != "anaphor" for x in here):
                    continue          # "par le groupe industriel Kerlo", "la start-up Zentri": the name itself
                if _closed_apposition(s.text, s.start, hit.start(), hit.end(), here, entities):
                    continue          # "et Penfeld Capital, le fonds brestois, complète…"
                if ref and free(a, b):
                    ana = Mention(a, b, hit.group(g), ref, entities[ref].type, "anaphor", 0.7)
                    out.append(ana)
                    here.append(ana)
        for hit in _FIRST_PERSON[lang if lang in _FIRST_PERSON else "en"].finditer(s.text):
            a, b = s.start + hit.start(), s.start + hit.end()
            speaker = next((k for qa, qb, k in speakers if qa < a and b < qb), None)
            if speaker is not None and free(a, b) and not any(x.start < b and a < x.end for x in here):
                ana = Mention(a, b, hit.group(), speaker, entities[speaker].type, "speaker", 0.7)
                out.append(ana)     # « Nous avons racheté X », explique A, PDG de Y: Y bought X
                here.append(ana)
        subject = sentence_subject(s, sorted(here, key=lambda m: m.start), entities, main)
        if subject in surnames:
            subject = None        # "Duarte, who had been chief executive…": a person named by surname
        subjects.append(subject)
        if not s.heading:
            last_subject[0] = subject
        for key in list(salience):
            salience[key] *= 0.5
            if salience[key] < _FORGOTTEN:
                del salience[key]     # so a long text does not carry every name it ever saw
        negative = re.search(r"\bn[’']|\bne\s|\bnot\b|\bnever\b|n[’']t\b", s.text) is not None
        if s.heading and i > 2:
            lead = min(here, key=lambda m: m.start, default=None)
            ent = entities.get(lead.key) if lead is not None else None
            if lead is not None and ent is not None and ent.type in ORG_TYPES and ent.type not in NOT_TOPIC \
                    and re.fullmatch(r"[\W\d]*", text[s.start:lead.start]):
                bump(lead.key, 4)  # "2. Zentri, le compositeur de poche": a section about Zentri
                last_subject[0] = lead.key
        for m in here:
            if s.heading and i > 2:
                break             # list items and section headings do not make a topic
            ent = entities.get(m.key)
            if ent is None or ent.type not in ORG_TYPES | {"Unknown"} or ent.type in NOT_TOPIC:
                continue
            if ent.type == "Unknown" and m.key != main and not ent.repeated:
                continue
            if m.key in surnames or (negative and m.key == subject and m.key != main):
                continue          # "Zentra ne participe finalement pas à la levée": not what the story is about
            bump(m.key, 1)
        if subject and not s.heading:
            first = next((m for m in here if m.key == subject), None)
            if negative and subject != main:
                last_subject[0] = None
            else:
                bump(subject, 0.5 if first is not None and coordinated(s, first) else (1 if negative else 3))
        elif topic and not s.heading and lang == "en" and re.match(r"^\W*Its\s", s.text):
            # "Its main product, Sift, …": the passage goes on about its topic
            bump(topic, 3)
            last_subject[0] = topic
        for hit in _GROUP.finditer(s.text):
            a, b = s.start + hit.start(), s.start + hit.end()
            if re.search(r"\b(?:par|by)\s+$", s.text[:hit.start()]):
                continue          # "créée par deux anciennes ingénieures de X, A et B": the rules read it
            if free(a, b):
                out.append(Mention(a, b, hit.group(), GROUP_KEY, "GROUP", "anaphor", 0.6))
        ref_hit = investor_ref.match(s.text) if investor_ref is not None else None
        if ref_hit is not None:
            a, b = s.start + ref_hit.start(1), s.start + ref_hit.end(1)
            # the investment firm named last, in this sentence's two predecessors
            prev = [x for x in earlier.ending(sents[max(0, i - 2)].start, a)
                    if entities.get(x.key) is not None and entities[x.key].type in INVESTOR_TYPES]
            # (an article about an investment firm's own fund: "la société de gestion" is that firm, named in
            # the last four sentences, not the fund's backers listed after it)
            own = [x for x in earlier.ending(sents[max(0, i - 4)].start, a) if x.key == main] \
                if main is not None and entities.get(main) is not None and entities[main].type in INVESTOR_TYPES else []
            if own:
                prev = own
            if prev and free(a, b):
                last = max(prev, key=lambda x: x.end)
                out.append(Mention(a, b, ref_hit.group(1), last.key, entities[last.key].type, "reference", 0.6))
        for hit in _DEMONSTRATIVE.finditer(s.text):
            a, b = s.start + hit.start(), s.start + hit.end()
            noun = hit.group(1).lower()
            want = _NOUN_TYPES.get(noun.split()[0], PRODUCT_TYPES)
            # the nearest earlier product of a fitting kind that is not counted ("18 000 processeurs X")
            prev = [x for x in earlier.ending(a - 399, a)
                    if entities.get(x.key) is not None and entities[x.key].type in want
                    and not re.search(r"\d[\d\s\u202f\u00a0]*\s+\w+\s*$", text[max(0, x.start - 30):x.start])]
            if prev and free(a, b):
                out.append(Mention(a, b, hit.group(), prev[-1].key, entities[prev[-1].key].type, "anaphor", 0.6))
    return out, topics, subjects


#: The sector nouns among the references to a company ("la fintech", "the agtech"), and what makes one the
#: sector itself ("des fonds de la biotech", "dans la medtech", "in the fintech").
_SECTOR_NOUN = re.compile(r"(?i)(?:fin|ag|agri|health|ed|insur|prop|bio|med|deep|food)tech\b")
_OF_SECTOR = re.compile(r"(?i)(?<![\w’'-])(?:de|du|des|dans|à|pour|of|in|into|across|for)\s+$")


def names_sector(text: str, start: int, end: int) -> bool:
    """Is the reference ``text[start:end]`` a sector noun that names the sector itself ("des fonds de la
    biotech"), not the passage's company ("la biotech a levé…")?"""
    return bool(_SECTOR_NOUN.search(text, start, end)) and bool(_OF_SECTOR.search(text, max(0, start - 12), start))


#: Salience below this (about forty sentences without a mention) is forgotten. Such a name could only be a
#: topic when the article has no main organisation and no organisation named in the last forty sentences.
_FORGOTTEN = 2.0 ** -40


class _Earlier:
    """Mentions by end offset: those ending in a range, in the order of the list (O(log n) each)."""

    def __init__(self, mentions: list[Mention]):
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].end)
        self._ends = [mentions[i].end for i in order]
        self._order = order
        self._mentions = mentions

    def ending(self, a: int, b: int) -> list[Mention]:
        """The mentions with ``a <= end <= b``, in list order."""
        lo, hi = bisect_left(self._ends, a), bisect_right(self._ends, b)
        return [self._mentions[i] for i in sorted(self._order[lo:hi])]


_FRONTED = re.compile(r"^\W*(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:ée?s?|és)|Founded|Based|Backed|Launched|Headquartered|Created|"
                      r"Started|Built|Après|Depuis|Since|After|With|Avec|Pour|For|Selon|According|Like|Comme|"
                      r"En|In|Dans|À|At|Sur|On)\b")


def sentence_subject(s: Sentence, mentions: list[Mention], entities: Mapping[str, Entity],
                     main: str | None = None) -> str | None:
    """The organisation a sentence is about: its opening organisation ("Néolune emploie…",
    "Basée à Bordeaux, Néolune emploie…", "Fondée en 2020 par A et B, Lignée a développé…"), not
    one governed by a preposition, in parentheses, or listed as an example ("like Midjourney").
    Unknown names count only when they are the article's main organisation or named more than once."""
    if _FRONTED.match(s.text):
        # a fronted clause ("Fondée en 2020 par A et B, deux anciens d'Airbus, Lignée a…"): the subject
        # is the first name right after one of its commas
        for comma in re.finditer(r",\s*", s.text):
            after = [m for m in mentions if m.start - s.start >= comma.end()]
            if after and re.fullmatch(r"(?:(?:la|le|les|l[’']|the)\s*)?", s.text[comma.end():after[0].start - s.start]):
                found = _sentence_subject_from(s, after, entities, main, comma.end())
                if found:
                    return found
        return None
    return _sentence_subject_from(s, mentions, entities, main, 0)


def _sentence_subject_from(s: Sentence, mentions: list[Mention], entities: Mapping[str, Entity], main: str | None,
                           start: int) -> str | None:
    for m in mentions:
        if m.start - s.start < start:
            continue          # inside the fronted clause
        ent = entities.get(m.key)
        before = s.text[start:m.start - s.start]
        opening = len(re.findall(r"\w+", before)) <= 3 \
            or re.fullmatch(r"[^,]*,\s*(?:(?:la|le|les|l[’']|the)\s*)?", before)
        if not opening:
            return None
        if ent is None or ent.type not in ORG_TYPES | {"Unknown"}:
            continue
        if ent.type == "Unknown" and m.key != main and len(ent.aliases) < 1 and not ent.repeated:
            continue          # a capitalised word named once ("Drugmakers") is no subject
        if re.match(r"[’']s\b", s.text[m.end - s.start:]):
            continue          # "Axiom's Vega model outperforms…": the possessor is not the subject
        if before.count("(") > before.count(")") or re.search(
                r"(?:\b(?:à|a|de|d|du|des|avec|par|pour|chez|auprès|of|with|by|for|from|at|to|in|on|into|than|que|"
                r"and|et|ou|or|like|comme|dont|including|incluant|notamment|ex|former|ancien|ancienne)[’'-]?\s*|"
                r"[’'-])$", before, re.I):
            continue
        if ent.type in NOT_TOPIC:
            return None
        if coordinated(s, m):
            return None       # "Airbus et Safran comptent…", "Nvidia, Fidelity … all put money in": no single subject
        return m.key
    return None



def coordinated(s: Sentence, m: Mention) -> bool:
    """"Airbus et Safran comptent…": a subject shared with another name counts for less; an apposition
    through a possessive ("Mistral AI, Europe's best-funded lab, …") is no second subject."""
    after = s.text[m.end - s.start:]
    if re.match(r"\s*,\s*[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)?[’']s\s+[a-z]", after[:60]):
        return False
    return re.match(r"\s*(?:,|et\b|and\b|&)\s*⟦?[A-ZÀ-Ý]", after[:20]) is not None \
        or re.match(r"\s*(?:,|et\b|and\b|&)\s*[A-ZÀ-Ý]", after) is not None
