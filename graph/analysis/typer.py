"""The entity typer: the ontology class of a name the knowledge base does not know.

The recogniser says what kind of thing a name is (PER, ORG, LOC, PROD); the typer picks the class
(Company, VentureCapitalFirm, MediaOutlet, AIModel, City…) from the name's words ("Capital",
"Ventures", "Labs", "University"), its shape, and the words around its mentions in the article
("led by", "told", "the startup", "model"). A multinomial logistic regression trained on the
annotated entities; it only chooses among the classes of the recogniser's kind.

The recogniser often reads a new product's name as an organisation ("its flagship product, Beacon,",
"son outil, baptisé Ardoise,"). A second model, trained without telling organisations from products
(``kind=ORGPROD``), decides from the name and its contexts alone; when it gives the product classes
at least :data:`PRODUCT_OVERRIDE` together, an ``ORG`` name becomes a product. Out of fold, that threshold
turned 0.3 % of annotated organisations into products and recovered 43 % of products from their
contexts alone (5 folds over the annotated texts: ``benchmarks/typer_wide.py``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, first_names, legal_forms, lexicon, org_suffixes, type_noun_classes
from .types import INVESTOR_TYPES
from .wordlist import zipf

KIND_CLASSES = {
    "PER": ("Person",),
    "ORG": ("Company", "InvestmentFirm", "VentureCapitalFirm", "SovereignFund", "Bank", "ResearchLab", "MediaOutlet",
            "University", "GovernmentBody", "Organization"),
    "LOC": ("Country", "City", "Region", "Place"),
    "PROD": ("AIModel", "Software", "Hardware", "CloudService", "Product"),
}
_WORD = re.compile(r"\w+(?:[’'-]\w+)*|[^\w\s]")


def features(name: str, kind: str, contexts: list[tuple[str, str]], lang: str) -> list[str]:
    """``contexts``: (text before, text after) each mention, a few words each."""
    f = {f"kind={kind}"}
    words = name.split()
    low = [w.lower().strip(".,") for w in words]
    f.update(f"w={w}" for w in low)
    if low:
        f.add(f"last={low[-1]}")
        f.add(f"first={low[0]}")
    f.add(f"nwords={min(len(words), 4)}")
    if re.fullmatch(r"[A-Z0-9&.-]{2,6}", name):
        f.add("acronym")
    if any(c.isdigit() for c in name):
        f.add("digit")
    if re.search(r"[a-z][A-Z]", name):
        f.add("camel")
    if name.lower().endswith((".ai", ".io", ".com")):
        f.add("domain")
    for before, after in contexts:
        b = [w.lower() for w in _WORD.findall(before)][-3:]
        a = [w.lower() for w in _WORD.findall(after)][:3]
        for k, w in enumerate(reversed(b), 1):
            f.add(f"c-{k}={w}")
        for k, w in enumerate(a, 1):
            f.add(f"c+{k}={w}")
        f.update(f"cb={w}" for w in b)
        f.update(f"ca={w}" for w in a)
    return sorted(f)


def contexts_of(text: str, spans: list[tuple[int, int]], width: int = 40) -> list[tuple[str, str]]:
    """The ``width`` characters before and after each of a name's first eight mentions (after a bracketed
    acronym that follows the name: "X (KIA), a state investment fund" shows its apposition)."""
    return [(text[max(0, a - width):a], text[b:(m.end() if (m := _ACRONYM_AT.match(text, b)) else b) + width])
            for a, b in spans[:8]]


_ACRONYM_AT = re.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)(?=\s*,)")


def choose(probs: dict[str, float], kind: str) -> str:
    allowed = KIND_CLASSES.get(kind, ())
    cands = {c: p for c, p in probs.items() if c in allowed} or probs
    return max(sorted(cands), key=lambda c: cands[c])


#: Organisation-or-product names (the recogniser's ``ORG``) that the wide model makes products.
PRODUCT_OVERRIDE = 0.8
WIDE_KIND = "ORGPROD"

_MODELS: list = []


def _models() -> dict:
    """The trained typers (``graph/models/typer.*``: ``typer``, and ``wide`` for ORG/PROD), {} without."""
    if not _MODELS:
        from ..linear import load_models
        from .nlp import models_dir

        path = models_dir() / "typer.json"
        _MODELS.append(load_models(path)[0] if path.is_file() else {})
    return _MODELS[0]


def _model():
    return _models().get("typer")


def wide_kind(kind: str) -> str:
    """The kind the wide model sees: organisations and products together."""
    return WIDE_KIND if kind in ("ORG", "PROD") else kind


_DEFAULT = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "PROD": "Product"}


#: What only an organisation follows: its founding ("fonde Garrigue avec", "co-founded Zentri"), a rivalry ("a
#: challenger to", "concurrent direct de") or its purchase ("reprend l'allemand X"); with the roles of
#: :func:`_org_before` ("directrice générale d'", "the CEO of", "présidente de"), a name the knowledge base does
#: not know and the recogniser takes for a place there ("Garrigue", a common noun's shape) is an organisation.
_ORG_VERBS = (r"\b(?:fond[eé]e?s?|cofond[eé]e?s?|co-fond[eé]e?s?|cr[eé]{2}e?s?|founded|co-founded|cofounded|started|"
              r"launched)\s+(?:en\s+\d{4}\s+)?|\b(?:challenger|rival|competitor|alternative)\s+(?:to|of)\s+|"
              r"\b(?:competes?|competing|rivalise[rs]?|rivalisent)\s+(?:head-on\s+)?(?:with|avec)\s+|\btakes?\s+on\s+|"
              r"\b(?:concurrente?s?|rivale?s?|challenger)\s+(?:directe?s?\s+)?(?:de|d[’'])\s*|"
              r"\b(?:actionnaires?|shareholders?|capital|valorisation|valuation)\s+(?:de|du|d[’']|of)\s*|"
              r"\b(?:valorise|valorisant|values|valued|valuing)\s+|"
              r"\b(?:rachète|reprend|acquiert|acquires|rachat\s+d[eu]|reprise\s+d[eu]|acquisition\s+of)\s+"
              r"(?:(?:l[’']|le\s+|la\s+|the\s+)?[a-zà-ÿ-]+\s+)?")


@lru_cache(maxsize=1)
def _org_before() -> re.Pattern:
    """:data:`_ORG_VERBS`, or a role only an organisation has (the lexicon's ceo, founder and board
    roles and ``org_only_roles``) followed by "de / of / at / chez", at the end of the text before a name."""
    lex = lexicon()
    words = {w for k in ("ceo", "founder", "board") for w in lex["roles"][k]} | set(lex["org_only_roles"]["roles"])
    return re.compile(rf"(?i)(?:{_ORG_VERBS}|\b(?:{alternation(words)})\s+(?:de|d[’']|of|at|chez)\s*)$")


@lru_cache(maxsize=1)
def _class_noun() -> re.Pattern:
    """Any of the lexicon's type nouns, longest first, as a whole word (a plural "s" allowed)."""
    alt = "|".join(re.escape(n) for n in sorted(type_noun_classes(), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])({alt})s?(?![\w-])")


#: An apposition right after the name: ", un logiciel d'IA qui", ", a compact vision model which";
#: its head is the last class noun before a preposition, a relative pronoun, a punctuation mark or a second
#: article (", la réponse justifie un modèle…" is a clause, no apposition naming a model).
_APPOSITION = re.compile(r"(?i)^\s*,\s*(?:a|an|the|its|their|un|une|le|la|l[’']|son|sa|leur|ce|cette|cet)\s+"
                         r"((?:(?!(?<![\w-])(?:qui|que|dont|de|du|des|d[’']|of|from|for|pour|by|par|that|which|who|with|avec|"
                         r"to|à|au|aux|in|en|dans|(?-i:it)|is|was|est|a|has|based|basée?|sur|on|an|the|un|une|le|la|les|"
                         r"l[’'])\b)[^,;.:()«»\"“”])+)")
#: A maker right after the name, maybe after a short apposition: ", developed by", ", conçu par", ", a été
#: développé par", ", l'agent vocal développé par", ", a compact model trained by".
_MADE_BY = re.compile(r"(?i)^\s*,?\s*(?:(?:a|an|the|un|une|le|la|l[’'])\s*(?:[\w-]+\s+){1,3}?)?"
                      r"(?:(?:a|ont|avait|est|sont|était|has|had|have|is|was|were)\s+(?:been\s+|été\s+)?)?"
                      r"(?:(?:developed|made|trained|designed|released)\s+by|"
                      r"(?:développée?s?|conçue?s?|entraînée?s?|mise?s?\s+au\s+point|publiée?s?)\s+par)\b")
#: A landscape's noun right before a name: "la ravine du ", "le lac de ", "the Mount ", "Lake ".
_FEATURE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:ravine|rivière|fleuve|ruisseau|torrent|lac|étang|baie|anse|piton|"
                             r"cirque|massif|vallée|(?-i:mont)|river|lake|bay|(?-i:Mount))\s+"
                             r"(?:du\s+|de\s+la\s+|de\s+l[’']|des\s+|de\s+|d[’'])?$")
#: A naming phrase right before the name: "an agent called", "son logiciel phare,", "its first chip,".
_NAMED = re.compile(r"(?i)(?:\b(?:called|dubbed|named|baptisée?s?|nommée?s?|appelée?s?|"
                    r"(?:which|that)\s+(?:it|the\s+(?:company|startup|start-up|firm))\s+calls|"
                    r"(?:sold|marketed|commercialisée?s?|vendue?s?)\s+(?:under|sous)\s+(?:the\s+(?:name|brand)|"
                    r"le\s+nom(?:\s+de)?|la\s+marque)|"
                    r"qu[’'](?:elle|il)\s+a\s+(?:baptisée?|appelée?|nommée?))\s*|"
                    r"(?:\b(?:its|their|son|sa|ses|leur)|\b(?:the|this)\s+(?:company|startup|start-up|firm|lab)[’']s"
                    r"|(?-i:\b[A-ZÀ-Ý][\w-]+)[’']s)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)"
                    r"(?:\s+(?:phare|maison|flagship|principale?))?\s*,\s*)$")
#: A naming phrase with its owner's name: "le logiciel de Zentri, " (+ "baptisé X" or the name), "the software
#: of Zentri, ".
_OWNER_NAMED = re.compile(r"(?i)\b(?:le|la|l[’']|the)\s*(?P<noun>[\w-]+)(?:\s+[\w-]+)?\s+(?:de|d[’']|of)\s*"
                          r"(?-i:[A-ZÀ-Ý][\w.&’'-]*(?:\s+[A-ZÀ-Ý][\w.&’'-]*){0,3})\s*,\s*"
                          r"(?:(?:called|dubbed|named|baptisée?s?|nommée?s?|appelée?s?)\s+)?$")
#: A possessive noun phrase in apposition before a naming participle: "son moteur de calcul, " (+ "baptisé X"),
#: "its engine, " (+ "dubbed X").
_POSSESSED_NAMED = re.compile(r"(?i)\b(?:its|their|son|sa|ses|leur)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,\s*$")
#: A fronted purpose or manner phrase that a possessive closes before the clause's subject: "Pour vendre
#: ses modèles, X…", "To sell its chips, X…", "Avec son logiciel, X…".
_FRONTED_PURPOSE = re.compile(r"(?:^|[.!?…]\s+|\n)\W*(?:Pour|Afin\s+de|Afin\s+d[’']|To|In\s+order\s+to|Avec|With|"
                              r"Grâce\s+à|Thanks\s+to)\s+(?:[\w'’-]+\s+){0,2}$")
#: An investor's noun right before the name: "Impact investor X", "le fonds X", "l'investisseur X"; or an investment
#: job at it: "directeur d'investissement chez X", "an investment director at X".
_INVESTOR_BEFORE = re.compile(r"(?i)(?<![\w’'-])(?:(?:impact|venture|growth|institutional|private[-\s]equity)"
                              r"\s+investor|(?:le|du|au)\s+fonds|l[’']investisseur|la\s+société\s+de\s+gestion"
                              r"|(?:directeur|directrice|chargée?|responsable)\s+d[’']investissements?\s+(?:chez|à|au)"
                              r"|investment\s+(?:director|manager|associate|principal)\s+at)\s+$")
#: A fund of its own closed or raised right after the name: " clôture son deuxième fonds", " closes its third fund".
_OWN_FUND_AFTER = re.compile(r"(?i)^\s+(?:clôture|boucle|lève|lance|closes|closed|raises|launches)\s+(?:son|sa|its)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:fonds|fund|véhicule|vehicle)\b")
#: A question's "what" right before the verb before the name: the name is the verb's subject, inverted ("Que
#: vend X ?", "What does X make?" has "does" between).
_ASKS_WHAT = re.compile(r"(?i)(?<![\w’'-])(?:que|qu[’']est-ce\s+que|what)\s+[\w’'-]+\s+$")
#: A making verb right before the name: "a mis au point X", "Zentri développe X", "released X".
_MAKES = re.compile(r"(?i)\b(?:a\s+mis\s+au\s+point|met\s+au\s+point|développe|develops|released|releases|"
                    r"a\s+développé|a\s+conçu|has\s+developed|has\s+built|launched|launches|"
                    r"a\s+publié|publie|dévoile|a\s+dévoilé|unveiled|unveils|commercialise[rs]?|édite|éditent|a\s+édité|"
                    r"sells|built|builds|vend|vendent)\s+$")


def _head_class(phrase: str) -> str | None:
    """The class of the last class noun of a phrase ("a compact vision model" → AIModel)."""
    heads = list(_class_noun().finditer(phrase))
    return type_noun_classes()[heads[-1].group(1).casefold()] if heads else None


#: Cues that alone make a name a product, measured on the annotated texts (``benchmarks/typer_cues.py``):
#: a making verb before it, a maker after it, a model or hardware noun in apposition or naming it.
#: A software noun ("X, a banking app", "son outil, X") names companies about as often as products:
#: it takes two such cues, or one with a strong one.
_STRONG = {"makes", "madeby", "offered", "app-AIModel", "app-Hardware", "named-AIModel", "named-Hardware",
           "poss-AIModel",
           "poss-Hardware", "product"}
#: Software nouns that name products, not the companies behind them, when they name a name ("its product,
#: X", "une application baptisée X"): a strong cue, unlike "platform" or "solution".
_PRODUCT_NOUNS = frozenset({"product", "produit", "app", "application", "appli", "software", "logiciel", "outil",
                            "tool", "moteur", "engine", "algorithme", "algorithm"})
#: An apposition that gives the name as someone's software: ", its speech engine", ", leur logiciel", ", le
#: logiciel de Zentri" (a thing owned, not a company described: a strong cue) …
_OWNED_APPOSITION = re.compile(r"(?i)^\s*,\s*(?:(?:its|their|son|sa|leur)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)"
                               r"(?=\s*[,;.)]|\s+(?:qui|which|that|de|d[’']|for|pour)\b)"
                               r"|(?:the|le|la|l[’'])\s*(?P<noun2>[\w-]+)(?:\s+[\w-]+)?\s+(?:de|d[’']|of)\s*(?-i:[A-ZÀ-Ý]))")
#: … when its noun names software, a model, a chip or an assistant.
_OWNED_NOUNS = _PRODUCT_NOUNS | {"modèle", "model", "puce", "chip", "assistant", "agent", "plateforme", "platform"}


#: A place complement before a name: the description after it is the next name's ("À Quimperlé, la start-up
#: Zentri lève…", "In Leeds, the startup…").
_LOCATIVE = re.compile(r"(?:(?:^|[.!?…]\s+|\n)\W*(?:À|In)|(?<![\w-])(?:près\s+de|basée?s?\s+à|installée?s?\s+à|"
                       r"based\s+in))\s+$")


def cues(contexts: list[tuple[str, str]]) -> dict[str, str]:
    """The cues around a name's mentions, cue kind → class ("app-Software" → "Software", "makes" →
    "PROD"): the head noun of an apposition (", un logiciel qui…", ", a startup"), of a naming
    phrase ("un agent baptisé X") or of a possessive one ("son logiciel phare, X"), a maker after it
    ("X, développé par") or a making verb before it ("Zentri develops X")."""
    found: dict[str, str] = {}
    for before, after in contexts:
        if re.match(r"-\w", after):
            continue                # "Zentri" in "Zentri-Coder": part of another name
        app = _APPOSITION.match(after) if not _LOCATIVE.search(before) else None
        cls = _head_class(app.group(1)) if app else None
        if cls is not None:
            found.setdefault(f"app-{cls}", cls)
        owned = _OWNED_APPOSITION.match(after) if not _LOCATIVE.search(before) else None
        noun = owned.group("noun") or owned.group("noun2") if owned is not None else None
        if noun is not None and noun.casefold().rstrip("s") in _OWNED_NOUNS:
            found.setdefault("product", _head_class(noun) or "Software")
        if _MADE_BY.match(after):
            found.setdefault("madeby", "PROD")
        named = _NAMED.search(before)
        if named and named.group("noun") is not None and _FRONTED_PURPOSE.search(before, 0, named.start()):
            named = None            # "Pour vendre ses modèles, X a signé…": X opens the clause, no naming
        if named:
            noun = named.group("noun")
            phrase = before[max(0, named.start() - 30):named.start()] if noun is None else noun
            cls = _head_class(phrase)
            if cls is not None:
                found.setdefault(f"{'named' if noun is None else 'poss'}-{cls}", cls)
                heads = _class_noun().findall(phrase)
                if heads and heads[-1].casefold() in _PRODUCT_NOUNS and not re.match(r"\s+[A-ZÀ-Ý0-9]", after):
                    # (not "son application, Zentri Go": the name is Zentri Go's first word)
                    found.setdefault("product", cls)
                elif noun is None and cls != "Company" and _POSSESSED_NAMED.search(before, 0, named.start()):
                    found.setdefault("product", cls)    # "son moteur de calcul, baptisé X": a thing it owns
        owner = _OWNER_NAMED.search(before)
        if owner is not None and owner.group("noun").casefold() in _PRODUCT_NOUNS:
            found.setdefault("product", _head_class(owner.group("noun")) or "Software")
        if _MAKES.search(before) and not _ASKS_WHAT.search(before):
            found.setdefault("makes", "PROD")       # (not "Que vend X ?": X sells, it is not sold)
        if _INVESTOR_BEFORE.search(before) or _OWN_FUND_AFTER.match(after):
            found.setdefault("investor-before", "InvestmentFirm")   # "Impact investor X co-led it", "X clôture
            #                                                          son deuxième fonds"
        if _SOLD_AS_PRODUCT.match(after):
            found.setdefault("offered", "Software")
        if _VALUED.search(before) or _ORG_POSSESSIVE.match(after) \
                or (_ROUND_THAT.search(before) and _LED_AFTER.match(after)):
            found.setdefault("org", "Company")
    return found


#: What is said of a product, not of its maker, right after its name: "X, disponible depuis jeudi sur…", "X is
#: now available in", "X est gratuit", "X costs $20 a month", "X coûte 9 euros par mois".
_AVAILABLE = r"(?:disponibles?\s+(?:dès|depuis|sur|en|dans|gratuitement)|available\s+(?:on|in|for|from|today|now|free))"
_SOLD_AS_PRODUCT = re.compile(rf"(?i)^(?:\s*,\s*{_AVAILABLE}|\s+(?:(?:est|is|reste|remains)\s+"
                              rf"(?:(?:now|désormais|aussi|also)\s+)?)?(?:{_AVAILABLE}|gratuite?s?\b|free\s+(?:to|for|up)|coûte\s+\d|costs\s+[$€£\d]))")
#: What only an organisation has, after its possessive: "X's revenue", "X's chief technology officer", "X's
#: investors" (a cue that cancels a product cue elsewhere, "We built X to…").
_ORG_POSSESSIVE = re.compile(r"(?i)^['’]s\s+(?:(?:new|former|current|first|annual|total|largest|biggest)\s+)?"
                             r"(?:revenues?|sales|chief\s+(?:\w+\s+){1,2}officer|chief\s+executive|ceo|cto|cfo|"
                             r"co-?founders?|founders?|headquarters|investors|backers|shareholders|board|employees|staff|"
                             r"valuation|shares|stock|ipo|initial\s+public\s+offering|"
                             r"(?:[a-z]+\s+)?(?:centre|center|offices?|division|subsidiary|workforce))(?![\w-])")
#: A round that the name led: "the seed round that X led", "le tour que X a mené".
_ROUND_THAT = re.compile(r"(?i)\b(?:round|rounds|financing|funding|tour|série\s+[a-h]|series\s+[a-h]|seed|amorçage)\s+"
                         r"(?:that|which|que|qu[’'])\s*$")
_LED_AFTER = re.compile(r"(?i)\s+(?:(?:also|had|has|a|avait)\s+)?(?:co-?led|led|joined|backed|mené|codirigé|dirigé)\b")
#: A valuation's verb right before the name: "value X at", "valued X at", "valorise X à".
_VALUED = re.compile(r"(?i)(?<![\w-])(?:value|values|valued|valuing|valorise|valorisent|valorisant|valorisait|"
                     r"valorisaient)\s+$")


def cue_class(contexts: list[tuple[str, str]]) -> str | None:
    """The class the cues around a name give it (:func:`cues`), when they agree: a product class
    (or ``PROD``, a product of no named class) or an organisation class; None without cues, when
    they disagree, or when the only product cue is one software noun."""
    found = cues(contexts)
    product = {k: c for k, c in found.items() if c == "PROD" or c in KIND_CLASSES["PROD"]}
    if not found or (product and len(product) != len(found)):
        return None
    if product:
        if not (set(product) & _STRONG) and len(product) < 2:
            return None
        named = sorted({c for c in product.values() if c != "PROD"})
        return named[0] if len(named) == 1 else "PROD"
    orgs = sorted(set(found.values()))
    return orgs[0] if len(orgs) == 1 else None


#: A name ending in a version number; in the annotated texts 102 such names are products, 18
#: organisations ("Rapid7", "Next47").
_VERSIONED = re.compile(r"^(?=.*[A-Za-z]{3})[\w.-]*[A-Za-z][\w.]*?(?:-\d+(?:\.\d+)*|(?<=[a-z])\d+(?:\.\d+)*|"
                        r"\s\d{1,2}(?:\.\d+)*)$")
MODEL_SIZE = re.compile(r"(?<=[\w.])[-\s]\d+(?:\.\d+)?[BM]$|(?<=[\w.])[-\s]\d+x\d+B$")


#: Role words that an organisation never holds: "X, the lead investor" and "X, a partner of Y" may be firms.
_NOT_PERSON_ROLES = frozenset({"partner", "lead", "principal", "head", "managing partner", "general partner",
                               "founding partner", "associé", "associée"})
#: Words between an apposition's article and its role that show the apposition describes a thing, not a
#: person ("Zentri, a startup whose founder…", "Orvane, the lab led by its chief scientist").
_THING_WORDS = r"(?:whose|which|that|dont|qui|que|by|par|de|des|du|of|at|chez|for|pour|with|avec)"


@lru_cache(maxsize=1)
def _person_after() -> re.Pattern:
    """What only a person's name is followed by: an apposition naming a role, right after the comma or
    after an article or a possessive name and at most three words ("X, cofondateur et PDG de", "X, Zentri's
    CEO,", "X, a former Orvane engineer"; not "X, ajoute le dirigeant"), or "who"."""
    lex = lexicon()
    words = {w for ws in lex["roles"].values() for w in ws if w.casefold() not in _NOT_PERSON_ROLES}
    roles = alternation(words)
    nouns = alternation(type_noun_classes())
    filler = rf"(?!(?:{_THING_WORDS}|{nouns})s?\b)[\w’'.&-]+\s+"
    article = r"(?:(?:a|an|the|its|their|our|la|le|l[’']|une?|sa|son|leur|notre)\s+|[A-Z][\w.-]*[’']s\s+)"
    return re.compile(
        rf"^\s*(?:,\s*(?i:{article}(?:{filler}){{0,3}}|(?:former|ancien|ancienne|ex)[\s-]+)?(?i:{roles})\b(?![’'-])"
        rf"|,\s*who\b)")


def _first_name_shape(name: str) -> bool:
    """A first name of the lexicon and one or two capitalised words, none an organisation suffix (looser
    than :func:`graph.analysis.names.looks_like_person`: "McAllister", "DeVries" count as capitalised)."""
    words = name.split()
    suffixes = org_suffixes()
    return 2 <= len(words) <= 3 and words[0] in first_names() \
        and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() for w in words[1:]) \
        and not any(w in suffixes for w in words)


#: A round-up's entry heading after a name: " – Lyon – 12 M€", " - Paris - $8M": the name raised it.
_ROUNDUP_ENTRY = re.compile(r"[ \t]*[–—|-][ \t]*[A-ZÀ-Ý][^\n–—|]{1,40}?[ \t]*[–—|-][ \t]*(?:[$€£]\s*)?\d[\d,. ]*"
                            r"(?:\s*(?:M€|k€|Md€|M\$|millions?|milliards?|[MmKkBb]n?|€|\$))?[ \t]*(?:\n|$)")


def person_context(contexts: list[tuple[str, str]]) -> bool:
    """Is some mention followed by what only a person's name is (:func:`_person_after`)?"""
    pattern = _person_after()
    return any((m := pattern.search(after)) is not None
               and not (m.group().rstrip().endswith("who") and _EMPLOYER_BEFORE.search(before))
               for before, after in contexts)


#: A founding verb, then "with" right before the name: the name is a co-founder's ("set up the company in 2021
#: with", "a fondé Zentri avec").
_COFOUNDER_BEFORE = re.compile(r"(?i)(?<![\w-])(?:co-?founded|cofounded|founded|started|set\s+up|starting|founding|"
                               r"co-?founding|setting\s+up|launching|co-?fondée?|"
                               r"cofondée?|fondée?|créée?)\b[^.;:,()]{0,40}?\s(?:with|avec)\s+$")
#: A person's title right before a name, with no article or preposition: "chief executive ", "CTO ",
#: "co-founder ", "la directrice générale " (not "the CEO of ").
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:(?i:chief\s+(?:executive|technology|financial|operating|product|"
                           r"scientific|commercial)(?:\s+officer)?|co-?founder|cofounder|chair(?:man|woman)|"
                           r"directeur\s+général|directrice\s+générale|cofondat(?:eur|rice)|co-fondat(?:eur|rice))"
                           r"|CEO|CTO|CFO|COO|PDG)[ \t]+$")
#: A preposition that makes the name an employer in a role apposition: in "A, a vice president at X, who
#: will…", "who" is A, not X.
_EMPLOYER_BEFORE = re.compile(r"(?i)\b(?:at|of|for|with|from)\s+$")


#: What only a place follows: a seat ("installée à X", "basée à X", "headquartered in X").
_SEATED_IN = re.compile(r"(?i)(?<![\w-])(?:installée?s?|basée?s?|implantée?s?|située?s?|domiciliée?s?|établie?s?|"
                        r"headquartered|based|located)\s+(?:à|a|in|en|sur\s+l[ae]|sur\s+l[’']|dans\s+l[ae]|"
                        r"dans\s+l[’'])\s*$")


#: A place's "-based" right after a name: "Yokneam-based", "Rehovot-based".
_BASED_AFTER = re.compile(r"-based(?![\w-])")


#: A round raised right after a name, its amount a few words on: "X lève 4 millions", "X raised $8 million".
_RAISES_AFTER = re.compile(r"(?i)^\s+(?:lève|a\s+levé|boucle|a\s+bouclé|raises|raised|has\s+raised|secures|"
                           r"has\s+secured|closes|has\s+closed)\s+(?:[^\W\d]+\s+){0,3}?(?:[$€£]\s?)?\d")


#: What only an investor follows: "led by X", "backed by X", "menée par X" (a version number in its name, "Kerlo47",
#: names no product there).
_BACKER_BEFORE = re.compile(r"(?i)\b(?:led|co-led|backed|funded|financed|menée?|co-menée?|soutenue?|financée?)\s+"
                            r"(?:by|par)\s+$")


#: A company's own round closed, right after its name: "X boucle sa série A", "X annonce avoir finalisé sa
#: levée", "X closes its Series B" (a fund closes a fund, not a round: the name is no investor's).
_ROUND_CLOSED_AFTER = re.compile(r"(?i)^\s+(?:annonce\s+avoir\s+|announced\s+it\s+had\s+|has\s+|a\s+)?(?:boucle|bouclé|"
                                 r"finalise|finalisé|clôture|clôturé|closes|closed|completes|completed)\s+"
                                 r"(?:son|sa|its|a|an|un|une)\s+(?:[\w-]+\s+){0,2}?(?:tour(?:\s|,|$)|levée|série\s+[a-h]\b|"
                                 r"seed\s+round|series\s+[a-h]\b|funding\s+round|financing\s+round)")


def own_round_context(contexts: list[tuple[str, str]]) -> bool:
    """Is some mention the subject of its own round closed (:data:`_ROUND_CLOSED_AFTER`)?"""
    return any(_ROUND_CLOSED_AFTER.match(after) for _, after in contexts)


#: A passive only an organisation takes, right after a name or its apposition: "X a été fondée par", "X was
#: founded by", "X, basée à Y, avait été fondée", "X a été rachetée", "X was acquired".
_FOUNDED_AFTER = re.compile(r"(?i)^(?:\s*,[^,;.()]{1,60},)?\s+(?:(?:a|avait)\s+été|est|was|has\s+been|had\s+been)\s+"
                            r"(?:co-?)?(?:fondée|"
                            r"cofondée|créée|rachetée|valorisée|founded|co-?founded|cofounded|acquired|"
                            r"incorporated)(?![\w-])")


def raises_context(contexts: list[tuple[str, str]]) -> bool:
    """Is some mention the subject of a round raised, its amount right after ("X lève 4 millions"), or of a
    founding or a purchase only an organisation undergoes ("X a été rachetée")?"""
    return any(_RAISES_AFTER.match(after) or _FOUNDED_AFTER.match(after) for _, after in contexts)


def _indefinite_thing(after: str) -> bool:
    """Does an apposition with an indefinite article name a company or product noun as its first or second word
    (", une plateforme de réservation", ", une jeune société")?"""
    m = re.match(r"\s*,\s*une?\s+((?:[\w-]+\s+)?[\w-]+)", after)
    if m is None:
        return False
    head = _head_class(m.group(1))
    return head is not None and head != "Person"


def org_context(contexts: list[tuple[str, str]]) -> bool:
    """Is some mention right after words that only an organisation follows?"""
    pattern = _org_before()
    return any(pattern.search(before) for before, _ in contexts)


#: A house's word before a person's name makes it a firm's: "la Maison Paul Girard", "le Domaine Jean Morel".
_HOUSE_BEFORE = re.compile(r"(?<![\w-])(?:Maison|Domaine|Château|Fondation|Groupe|Établissements|Ets|Cabinet|"
                           r"Clinique|Institut)\s+$")


def _house_name(name: str, contexts: list[tuple[str, str]], lang: str) -> bool:
    """Is the person-shaped name a firm's: after a house's word (:data:`_HOUSE_BEFORE`), or, in French, a
    founder's name and a plural trade noun ("Paul Girard Armateurs", "Jean Morel Transports")?"""
    if any(_HOUSE_BEFORE.search(before) for before, _ in contexts):
        return True
    words = name.split()
    if lang != "fr" or len(words) < 3 or not words[-1][:1].isupper():
        return False
    last = words[-1].lower()
    return last.endswith("eurs") or last[-1:] in "sx" and len(last) >= 5 and (zipf(last, "fr") or 0.0) >= 3.0


def type_name(name: str, kind: str, contexts: list[tuple[str, str]], lang: str) -> str:
    """The ontology class of a name the recogniser found as ``kind`` (PER, ORG, LOC, PROD). A place
    that some mention shows as an organisation (:func:`org_context`) is typed as one."""
    if kind == "PER" and len(name.split()) > 1 and name.split()[-1].rstrip(".") in legal_forms() - {"Co"}:
        kind = "ORG"                # "Zentri Sdn Bhd", "Kerlo GmbH": a legal form ends no one's name ("Co" may)
    house = kind in ("PER", "ORG") and _house_name(name, contexts, lang)
    if kind == "PER" and lang == "fr" and not house and not person_context(contexts) \
            and name.split()[0] not in first_names() and any(_indefinite_thing(after) for _, after in contexts):
        house = True                # "B, une plateforme de réservation basée à Cotonou": no one's name
    if kind == "PER" and not (org_context(contexts) or raises_context(contexts) or house):
        return "Person"
    if kind == "PER":
        kind = "ORG"                # "le brasseur X lève 4 millions": an organisation, not someone
    if MODEL_SIZE.search(name):
        return "AIModel"            # "Zentra-8B", "Lumora 70B": a parameter count names a model
    if 2 <= len(name.split()) <= 3 and all(w[:1].isupper() for w in name.split()) \
            and any(_COFOUNDER_BEFORE.search(before) for before, _ in contexts):
        return "Person"             # "set it up in 2019 with Ngoma Rees-Hart": a co-founder
    if 2 <= len(name.split()) <= 3 and all(w[:1].isupper() for w in name.split()) \
            and name.split()[-1] not in _investor_tails() | legal_forms() | org_suffixes() \
            and any(_TITLE_BEFORE.search(before) for before, _ in contexts):
        return "Person"             # "chief executive Ananya Srisukchai told…": a title before a full name
    backer = any(_BACKER_BEFORE.search(before) for before, _ in contexts)
    if kind in ("ORG", "LOC") and any(_FEATURE_BEFORE.search(before) for before, _ in contexts) \
            and not (org_context(contexts) or raises_context(contexts) or backer):
        return "Place"              # "quand la rivière du Kerlo grossit", "the shores of Lake X": a landmark
    if org_context(contexts) or raises_context(contexts) or backer \
            or any(_ROUNDUP_ENTRY.match(after) for _, after in contexts):
        if kind in ("LOC", "PROD"):
            kind = "ORG"
    elif person_context(contexts):
        return "Person"             # "X, Zentri's CEO, said", "X, a former Orvane engineer"
    elif kind == "ORG" and any(_SEATED_IN.search(before) for before, _ in contexts):
        kind = "LOC"                # "installée à Plouvane", "headquartered in Zug": a place
    elif kind == "ORG" and any(_BASED_AFTER.match(after) for _, after in contexts):
        return "City"               # "Yokneam-based Tavorix": where a company is based, wherever it is named
    cue = cue_class(contexts)
    if cue is None and kind == "ORG" and _first_name_shape(name) and not house:
        return "Person"             # "started by Obinna Eze": a first name and a surname
    if cue in KIND_CLASSES["PROD"]:
        return cue                  # "a mis au point X, un modèle…", "its first chip, X"
    if cue == "PROD":
        kind = "PROD"               # "Zentri develops X", "X, developed by Zentri"
    elif cue is not None and kind in ("LOC", "PROD"):
        kind = "ORG"                # "le rachat de X, une jeune pousse"
    elif cue is None and kind == "ORG" and _VERSIONED.search(name) and not backer:
        kind = "PROD"               # "Zentri-3", "Orvane 2.5": a version number names a product
    model = _model()
    if model is None:
        return _DEFAULT.get(kind, "Organization")
    wide = _models().get("wide")
    if kind == "ORG" and wide is not None and cue is None:
        probs = wide.probs(features(name, WIDE_KIND, contexts, lang))
        if sum(p for c, p in probs.items() if c in KIND_CLASSES["PROD"]) >= PRODUCT_OVERRIDE:
            return choose(probs, "PROD")
    typ = choose(model.probs(features(name, kind, contexts, lang)), kind)
    if typ in ("Organization", "Company") and len(name.split()) > 1 and name.split()[-1] in _investor_tails():
        return "InvestmentFirm"     # "Quimper Angels", "Kerlo Capital": a financier's name
    if typ in INVESTOR_TYPES and name.split()[-1] not in _investor_tails() and own_round_context(contexts):
        return "Company"            # "X boucle sa série A": a company raising, no financier
    if typ in ("Organization", "Company", "GovernmentBody") and cue == "InvestmentFirm" \
            and "app-InvestmentFirm" in cues(contexts):
        return "InvestmentFirm"     # "X (KIA), a state investment fund, co-led…": what its apposition says
    if typ in ("Organization", "Company") and cue == "InvestmentFirm" \
            and any(_INVESTOR_BEFORE.search(before) or _OWN_FUND_AFTER.match(after)
                    for before, after in contexts if not re.match(r"-\w", after)):
        return "InvestmentFirm"     # "Impact investor X co-led it": a financier named by its noun
    return typ


@lru_cache(maxsize=1)
def _investor_tails() -> frozenset[str]:
    """The last words of investment firms' names (``org_suffix`` of the lexicon: "Capital", "Angels")."""
    return frozenset(lexicon()["org_suffix"]["InvestmentFirm"])
