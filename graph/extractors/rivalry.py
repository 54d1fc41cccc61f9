"""Rivalry frames: a sentence that sets one organisation or product against another.

"Zentri raised $8 million to take on Lumora and Botwise", "Orvane, concurrent direct de Veltis",
"Zentri pitches its robots as a cheaper alternative to Lumora", "Face à Veltis, Orvane mise sur…".
The relation model learns competitors from the annotations, but these frames are rarer there than in
the news it meets, and sharper as a rule: the words between the two names end with a rivalry phrase
(``rivalry_frames`` in ``graph/data/lexicon.json``), maybe followed by a determiner or an adjective,
name nobody else and hold no comma but one right after the subject (an apposition); or the sentence
opens with "Face à O," followed by its subject. A frame lifts the candidate's ``competitor`` score to
:data:`FRAME_SCORE` (the model decides when it is surer); the status model still says whether the
sentence asserts, asks or denies it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..analysis.lexicon import lexicon
from .features import _TOKEN, GROUP_TOKEN, Arg, Sentence, _collapse, masked

#: The score a frame gives ``competitor``; measured precision of the frames on the annotations: see
#: ``benchmarks/rivalry_frames.py``.
FRAME_SCORE = 0.6
_RIVALS = {"Org", "Product"}
#: Words that may stand between the phrase and the rival: "a rival to the German Aleph Alpha".
_FILLER = {"the", "a", "an", "its", "their", "le", "la", "les", "l'", "des", "du", "de", "d'", "ses", "son", "sa",
           "leurs", "leur", "direct", "directs", "directe", "directes", "main", "principal", "principale",
           "principaux", "biggest", "bigger", "larger", "largest", "new", "nouveau", "nouvelle", "au", "aux",
           "voisin", "voisine", "compatriote", "based", "-", "<LOC>", "fellow", "startup", "startups", "start-up",
           "start-ups", "heavyweight", "including", "like", "comme", "notamment"}
#: Adverbs that may stand inside a phrase: "se mesure notamment à", "competes directly with".
_ADVERBS = {"notamment", "surtout", "aussi", "également", "directement", "désormais", "déjà", "frontalement",
            "notably", "also", "directly", "mainly", "already", "now", "increasingly", "largely", "chiefly",
            "toutefois", "cependant", "pourtant", "encore", "légèrement", "nettement", "however", "still", "slightly",
            "narrowly", "clearly", "even"}
#: Two-word adverbs dropped like :data:`_ADVERBS`: "Lumo arrive en revanche derrière X".
_LOCUTIONS = {("en", "revanche"), ("par", "ailleurs"), ("en", "outre"), ("de", "peu")}


def _without_locutions(toks: list[str]) -> list[str]:
    out: list[str] = []
    for w in toks:
        if out and (out[-1], w) in _LOCUTIONS:
            out.pop()
        else:
            out.append(w)
    return out


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The knowledge base's one-word demonyms ("américain", "german"), lower-case."""
    from ..analysis.kbase import load_kb
    return frozenset(d for d in load_kb(()).demonyms if " " not in d)


#: The endings of French demonyms the knowledge base does not list ("carnutain", "quimpéroise", "vannetais").
_DEMONYM_ENDING = re.compile(r"^[a-zéèêëîïôûç-]{3,}(?:ois|oise|ais|aise|ain|aine|ien|ienne|éen|éenne|in|ine)s?$")


def _demonym(token: str) -> bool:
    """Is the token a demonym, maybe elided ("l'américain", "suédois", "carnutain")?"""
    word = re.sub(r"^[ld]'", "", token)
    return word in _demonyms() or _DEMONYM_ENDING.match(word) is not None


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("’", "'") for m in _TOKEN.finditer(phrase))


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[tuple[str, ...]]]:
    data = lexicon()["rivalry_frames"]
    return {k: sorted({_tokens(p) for p in v}, key=len, reverse=True) for k, v in data.items() if k != "_comment"}


@lru_cache(maxsize=4096)
def _may_hold(text: str, lang: str) -> bool:
    """Does the sentence hold the first word of some phrase at all? (Once per sentence, not per pair.)"""
    low = text.lower().replace("’", "'")
    phrases = _phrases()
    return any(p[0] in low for p in (*phrases.get(lang, ()), *phrases.get("fronted", ())))


@lru_cache(maxsize=4096)
def _may_oppose(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _OPPOSITION)


#: What joins the items of a list of rivals: "au suédois A et à l'italien B", "A, B or C" (one token each).
_LIST_JOIN = {",", "et", "and", "ou", "or", "ni", "nor", "à", "au", "aux", "ainsi", "que", "as", "well", "with", "avec",
              "against", "contre", "to", "mais", "but"}


def _without_appositions(rest: list[str]) -> list[str]:
    """A list's tokens without the appositions of its items ("A, which X acquired last year, and B", "A,
    autre spécialiste du secteur, et B"): a comma right after a name up to the next comma that a
    conjunction follows, at most 16 tokens apart."""
    out: list[str] = []
    i = 0
    while i < len(rest):
        out.append(rest[i])
        if rest[i].startswith("<") and rest[i] != "<LOC>" and rest[i + 1:i + 2] == [","]:
            close = next((k for k in range(i + 2, min(len(rest) - 1, i + 18)) if rest[k] == ","), None)
            if close is not None and rest[close + 1] in _CONJ:
                i = close
                continue
        i += 1
    return out


def _without_makers(words: list[str]) -> list[str]:
    """The words without the possessive makers of the names they list ("<ORG> 's <PRODUCT> and <ORG> 's
    <O>" -> "<PRODUCT> and <O>"): Alibaba's Qwen is a rival, Alibaba its maker."""
    return [w for i, w in enumerate(words)
            if not (w.startswith("<") and w != "<LOC>" and words[i + 1:i + 2] == ["'s"]
                    and words[i + 2:i + 3] and words[i + 2].startswith("<"))
            and not (w == "'s" and i and words[i - 1].startswith("<") and words[i + 1:i + 2]
                     and words[i + 1].startswith("<"))]


_CONJ = {"et", "and", "ou", "or", "ni", "nor", "ainsi", "mais", "as"}
_COMPLEMENT = {"de", "d'", "du", "des", "from", "by", "of", "par"}


def _list_head(between: list[str]) -> list[str]:
    """The words before the first of a list of rivals that ends with the object ("<phrase> au suédois
    <ORG> et à l'italien <O>" -> "<phrase> au suédois"), or ``between`` when it holds no such list."""
    first = next((i for i, w in enumerate(between) if w.startswith("<") and w != "<LOC>"), None)
    if first is None:
        return between
    rest = [w for w in _without_appositions(between[first:]) if w not in _ADVERBS]
    if rest[-2:-1] == [","] and rest[-1] in _COMPLEMENT:
        return between      # "A, d'Orvane": the object is the complement of an item, not an item
    if all(w.startswith("<") or w in _LIST_JOIN or w in _FILLER or _demonym(w) for w in rest) \
            and any(w in ("et", "and", "ou", "or", ",") for w in rest):
        return between[:first]
    return between


def _elided(words) -> list[str]:
    """The words with an elided article or preposition cut from the name after it joined again ("l", "'" ->
    "l'"): "à l'allemand <O>" reads as the phrase, its filler and a demonym."""
    out: list[str] = []
    for w in words:
        if w == "'" and out and out[-1] in ("l", "d", "qu"):
            out[-1] += "'"
        else:
            out.append(w)
    return out


def rivalry(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Does the sentence set ``subj`` against ``obj`` in a rivalry frame?"""
    if subj.group not in _RIVALS or obj.group not in _RIVALS or not (subj.explicit and obj.explicit) \
            or not _may_hold(sent.text, sent.lang):
        return False
    toks = _without_locutions(_elided(w for _, w in masked(sent, subj, obj)))
    toks, _ = _collapse(toks, "<O>", GROUP_TOKEN.get(obj.group, "<X>"))
    if "<S>" not in toks or "<O>" not in toks:
        return False
    if toks.index("<O>") < toks.index("<S>"):  # "Face à A et à <O>, <S> mise sur…": the subject alone
        return _fronted(toks, toks.index("<S>"))
    toks, _ = _collapse(toks, "<S>", GROUP_TOKEN.get(subj.group, "<X>"))
    s, o = toks.index("<S>"), toks.index("<O>")
    if toks[o + 1:o + 2] == ["'s"] and toks[o + 2:o + 3] and toks[o + 2] not in (",", ".", ";", ":"):
        return False        # "competes with Orvane's Halden": Halden is the rival, Orvane its maker
    if toks[s + 1:s + 2] == ["'s"]:
        return False        # "On Zentri's own benchmarks, Lumo beats <O>": Zentri owns, Lumo competes
    between = _list_head(_without_makers(toks[s + 1:o] + ["<O>"])[:-1])
    if between[:1] == [","] and between[1:2] and between[1] in ("et", "and", "mais", "but"):
        return False        # "A ferait jeu égal avec B, le modèle de X, et devancerait <O>": the verb's subject is A
    if _among_rivals(between, toks[o + 1:]):
        return True                     # "Zentri lists A, B and C among its competitors"
    # nobody else named in between, and one clause: a comma only right after the subject (an apposition,
    # "Orvane, concurrent direct de Veltis"), not "Veltis domine, et Orvane, face à Dataiku,"
    if any(w.startswith("<") and w != "<LOC>" for w in between) or any(w in (",", ";", ":", "(", ")")
                                                                       for w in between[1:]) \
            or any(w in ("et", "and") for w in between):
        return _second_predicate(toks[:s], between, sent.lang)     # "A edges out B on X and trails <O>": A's
    return _ends_with_phrase([w for w in between if w not in _ADVERBS], sent.lang)


_OPENING_PREPOSITIONS = {"on", "in", "for", "at", "with", "sur", "dans", "pour", "chez", "avec", "selon", "according"}


def _second_predicate(before: list[str], between: list[str], lang: str) -> bool:
    """Does the sentence's first name (nothing named ``before`` it but in an opening phrase) take a second
    predicate that sets it against the object ("A ferait jeu égal avec B, le modèle de X, et devancerait <O>",
    "A matches B and trails <O>")? The last coordination of ``between`` is followed by a rivalry phrase, then
    the object."""
    joins = [i for i, w in enumerate(between) if w in ("et", "and")]
    if not joins:
        return False
    relative = between[:1] == [","] and between[1:2] and between[1] in _RELATIVE   # "<S>, which … and trails <O>"
    named = [i for i, w in enumerate(before) if w.startswith("<") and w != "<LOC>"]
    if named and "," not in before[named[-1] + 1:] and not relative:
        return False        # (an opening "Selon l'entreprise," names no subject)
    if before and before[0] in _OPENING_PREPOSITIONS and "," not in before and not relative:
        return False        # "On <S>'s benchmarks", "In <S>…": inside an opening phrase, no subject
    rest = [w for w in between[joins[-1] + 1:] if w not in _ADVERBS]
    if any(w.startswith("<") or w in (",", ";", ":", "(", ")") for w in rest) or not rest:
        return False
    return _ends_with_phrase(rest, lang)


#: "among its competitors", "parmi ses principaux concurrents": the names listed right before are the rivals
#: of the sentence's subject.
_AMONG = {"among", "parmi"}
_POSSESSIVES = {"its", "their", "ses", "leurs", "his", "her"}
_RIVAL_WORDS = {"competitors", "rivals", "concurrents", "concurrentes", "rivaux", "rivales", "challengers",
                "competition"}


def _among_rivals(between: list[str], after: list[str]) -> bool:
    """Do the words between the subject and the list of the object be a verb of a few words ("lists",
    "compte"), and do the words after the list say "among its rivals" (past a relative clause on the last
    item: "A and B, which X bought last year, among its rivals")?"""
    if not 1 <= len(between) <= 4 or any(w.startswith("<") or not w[0].isalpha() or w in _LIST_JOIN
                                          for w in between):
        return False
    i = 0
    if after[:1] == [","] and after[1:2] and after[1] in _RELATIVE:
        close = next((k for k in range(2, min(len(after), 20)) if after[k] == ","), None)
        if close is None:
            return False
        i = close + 1
    rest = [w for w in after[i:i + 6] if w not in _ADVERBS and w not in ("main", "principaux", "principales",
                                                                         "biggest", "closest", "direct", "directs")]
    return rest[:1] != [] and rest[0] in _AMONG and rest[1:2] != [] and rest[1] in _POSSESSIVES \
        and rest[2:3] != [] and rest[2] in _RIVAL_WORDS


def _fronted(toks: list[str], s: int) -> bool:
    """Does the sentence open with a fronted phrase and a list of names, then a comma and the subject
    (``toks[s]``): "Face à A, <S>", "Contrairement à A (Toronto) ou B (Londres), <S>"?"""
    first = next((i for i, w in enumerate(toks) if w.startswith("<") and w != "<LOC>"), s)
    names: list[str] = []
    depth = 0
    for w in toks[first:s]:         # a place in brackets after a name: "A (New York)"
        depth += w == "("
        if not depth:
            names.append(w)
        depth -= w == ")" and depth > 0
    if names[-1:] != [","] or first >= s:
        return False
    rest = [w for w in _without_appositions(names[:-1]) if w not in _ADVERBS]
    if "<O>" not in rest:
        return False        # "Face à A, la filiale de <O>, ou à B, <S>": <O> is A's parent, not a rival
    if not all(w.startswith("<") or w in _LIST_JOIN or w in _FILLER or _demonym(w) for w in rest) \
            or (len(rest) > 1 and not any(w in _CONJ for w in rest)):
        return False
    fronted = _phrases().get("fronted", [])
    head = toks[:first]
    while head and (head[-1] in _FILLER or _demonym(head[-1])) and tuple(head) not in fronted:
        head = head[:-1]
    return tuple(head) in fronted


def _ends_with_phrase(words: list[str], lang: str) -> bool:
    """Do ``words`` end with a rivalry phrase, maybe followed by up to two fillers or demonyms ("se
    mesure au suédois")?"""
    cut = len(words)
    while cut and len(words) - cut < 3 and (words[cut - 1] in _FILLER or _demonym(words[cut - 1])):
        cut -= 1
    ends = [tuple(words[:n]) for n in range(cut, len(words) + 1)]
    return any(end[len(end) - len(p):] == p for p in _phrases().get(lang, ()) for end in ends if len(end) >= len(p))


_RELATIVE = {"which", "who", "whose", "that", "qui", "que", "dont", "lequel", "laquelle"}


def in_rival_clause(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is ``obj`` named inside a relative clause on a rival that a rivalry phrase names ("Zentri competes
    with Lumora, which Orvane acquired last year"): Orvane is Lumora's buyer, not Zentri's rival."""
    if subj.group not in _RIVALS or obj.group not in _RIVALS or not (subj.explicit and obj.explicit) \
            or subj.start > obj.start or not _may_hold(sent.text, sent.lang):
        return False
    toks = _elided(w for _, w in masked(sent, subj, obj))
    if "<S>" not in toks or "<O>" not in toks:
        return False
    s, o = toks.index("<S>"), toks.index("<O>")
    between = [w for w in toks[s + 1:o] if w not in _ADVERBS]
    first = next((i for i, w in enumerate(between) if w.startswith("<") and w != "<LOC>"), None)
    clause = between[first + 1:] if first is not None else []
    if len(clause) < 2 or clause[0] != "," or clause[1] not in _RELATIVE \
            or any(w in (",", ";", ":") for w in clause[1:]):
        return False        # the object must stand in the relative clause right after the first rival
    return _ends_with_phrase(between[:first], sent.lang)


#: Words that make the country named right after them an opponent: "la rivalité croissante avec la
#: Chine", "the race against China", "face à la Chine".
_OPPOSITION = {"compétition", "competition", "concurrence", "rivalité", "rivalry", "rivalries", "race", "course",
               "compete", "competes", "competing", "rivaliser", "rivalise", "face", "against", "contre", "versus",
               "vs", "guerre", "war", "tensions", "tension", "bataille", "battle"}


#: Nouns a country names the nationality of ("US companies", "China tech giants"): the rivals are theirs.
_RIVAL_NOUNS = {"companies", "company", "firms", "firm", "startups", "start-ups", "rivals", "competitors", "players",
                "giants", "labs", "groups", "tech", "entreprises", "sociétés", "géants", "acteurs", "rivaux",
                "concurrents", "champions", "laboratoires", "startup", "start-up"}


def opposed(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is ``obj`` (a country) named as what ``subj`` is set against ("alors que la rivalité avec la
    Chine grandit, Orvane…"): then it is not ``subj``'s country."""
    if not obj.explicit or not sent.text[obj.start:obj.end][:1].isupper() \
            or not _may_oppose(sent.text):    # a demonym ("américains") names no country here
        return False
    toks = _elided(w for _, w in masked(sent, subj, obj))
    o = toks.index("<O>")
    if o and toks[o - 1] in ("en", "in", "dans", "within", "au", "aux"):   # "rivalise en Chine avec…": a place
        return False
    if toks[o + 1:o + 2] and toks[o + 1] in _RIVAL_NOUNS:   # "rivals US firms like X": X's country
        return False
    return any(w in _OPPOSITION for w in toks[max(0, o - 4):o])
