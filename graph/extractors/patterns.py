"""The pattern extractor: the relation rules of :mod:`.rules` plus the demonym rules for countries
and headquarters ("la start-up française X", "X, a Paris-based company", "Chinese lab X")."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..analysis.document import Document, SentenceView, indices
from ..analysis.kbase import fold
from ..analysis.lexicon import lexicon
from ..analysis.names import may_be_person
from ..analysis.status import status_for
from ..analysis.types import AGENT, INVESTOR_TYPES, TYPE_GROUPS, implied_types
from ..model import GROUP_KEY, Fact, Relation
from .base import Extracted
from .engine import APPOSITION_STOP, Rule
from .rules import RULES

_NOUNS = (r"(?:[a-z]*techs?|scale-?ups?|spécialistes?|éditeurs?|fabricants?|constructeurs?|opérateurs?|specialists?|"
          r"vendors?|start-?ups?|jeunes?\s+pousses?|pépites?|entreprises?|sociétés?|firmes?|licornes?|"
          r"laboratoires?|labos?|groupes?|géants?|acteurs?|champions?|concurrents?|rivaux|solutions?|modèles?|fonds|"
          r"institutions?|startups?|companies|company|firms?|labs?|giants?|players?|rivals?|competitors?|models?|"
          r"unicorns?|groups?|makers?|developers?|funds?|investors?|investisseurs?|chipmakers?|champions?|"
          r"providers?|fournisseurs?)")
_LIKE = r"(?:comme|tels?\s+que|telles?\s+que|such\s+as|like|notamment|dont|including|incluant)"


def role_pattern() -> str:
    words = sorted({w for ws in lexicon()["roles"].values() for w in ws}, key=len, reverse=True)
    one = r"(?:(?:co-?)?(?:" + "|".join(re.escape(w) for w in words) + r"))"
    return r"(?i:" + one + r"(?:\s*(?:,|and|et|&)\s*" + one + r")*)"


@lru_cache(maxsize=4)
def _compiled(demonyms: tuple[str, ...]) -> tuple[list[Rule], list[tuple[str, re.Pattern]]]:
    names = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
    dem = r"(?P<dem>" + names + r")" if demonyms else r"(?P<dem>(?!))"
    macros = {"ROLE": role_pattern(), "DEM": dem, "DEMB": dem.replace("(?P<dem>", "(?P<dem2>")}
    fields = ("name", "relation", "pattern", "lang", "stype", "otype", "subject", "kind", "confidence", "flags",
              "inverse", "strict", "anaphor")
    rules = [Rule(**{k: getattr(r, k) for k in fields}).compile(macros) for r in RULES]
    from .engine import expand

    country = [
        ("apposition", r"(?<!selon )(?<!après )(?<!according to )(?P<s>{E})\s*(?:,|:|–|—)\s*(?:{ART}\s+)?(?:(?!(?:de|"
                       r"du|des|of|d’|d')\b)[\w’'-]+\s+){0,3}?{DEM}(?![\w-])(?!\s+⟦)"),
        ("copula", r"(?P<s>{E})\s+(?:est|était|is|was|reste|remains|devient|became)\s+(?:{ART}\s+)?(?:(?!(?:de|du|des|"
                   r"of)\b)[\w’'-]+\s+){0,3}?{DEM}(?![\w-])"),
        ("noun-dem-name", r"\b" + _NOUNS + r"\s+(?:(?:de|d’|d')\s*[\w-]+\s+)?(?:[\w-]+\s+)?{DEM}\s+(?P<s>{L})"),
        ("noun-dem-like", r"\b" + _NOUNS + r"\s+(?:[\w-]+\s+)?{DEM}\s+(?:[\w-]+\s+)?" + _LIKE + r"\s+(?P<s>{L})"),
        ("dem-noun-name", r"{DEM}\s+(?:(?:AI|IA|tech|open-source|open\s+source)\s+)?" + _NOUNS + r"\s+(?P<s>{L})"),
        ("dem-based", r"(?P<dem>[A-Z][\w ]+?)-based\s+(?:[\w-]+\s+){0,2}?(?P<s>{E})"),
        # "l'allemand Aleph Alpha", "le chinois DeepSeek": a demonym used as a noun before the name
        ("article-dem-name", r"(?<![\w’'])(?:l[’']|le\s+|la\s+|les\s+|au\s+|aux\s+|du\s+|"
                             r"des\s+)(?=[a-zé]){DEM}\s+(?P<s>{E})"),
        # "The Swiss company has raised", "la société parisienne": a demonym on a reference to the topic
        ("dem-anaphor", r"\b{DEM}\s+(?P<s>{E})|(?P<s2>{E})\s+{DEMB}\b(?!\s+(?-i:[A-ZÀ-Ý]))"),
        # "L'autre champion français du secteur, Mistral AI, ..."
        ("noun-dem-of-apposition", r"\b" + _NOUNS + r"\s+{DEM}\s+(?:(?:du|de\s+la|des|de\s+l[’']|"
                                                    r"of\s+the)\s*[\w-]+\s*)?,\s*(?P<s>{E})"),
    ]
    compiled = [(name, re.compile(expand(p, macros), re.IGNORECASE)) for name, p in country]
    return rules, compiled


class PatternExtractor:
    name = "patterns"
    relations = tuple(Relation[r] for r in ("founder", "foundingYear", "ceo", "employer", "formerEmployer", "workedOn",
                                            "investedIn", "competitor", "headquarters", "country", "developer",
                                            "acquired", "partner", "hiredFrom"))

    def extract(self, doc: Document) -> Extracted:
        kb_demonyms = doc.kb.demonyms if doc.kb else {}
        rules, country_rules = _compiled(tuple(sorted(kb_demonyms)))
        facts: list[Fact] = []
        types: dict[str, str] = {}
        places: list[str] = []
        for view in doc.views:
            for rule in rules:
                if rule.lang not in ("*", doc.lang):
                    continue
                # overlapping matches: a match whose names do not fit must not hide a later one
                pos = 0
                while True:
                    m = rule.regex.search(view.masked, pos)
                    if m is None:
                        break
                    found, typed = self._apply(doc, view, rule, m)
                    facts += found
                    if typed:                   # later matches see the names typed so far
                        types.update(typed)
                        doc = doc.with_types(typed)
                    pos = m.start() + 1
            for name, regex in country_rules:
                for m in regex.finditer(view.masked):
                    found, place = self._demonym(doc, view, name, m, kb_demonyms)
                    facts += found
                    if place and place not in places:
                        places.append(place)
        return Extracted(tuple(facts), types, tuple(places))

    # ------------------------------------------------------------------------------------------
    def _keys(self, doc: Document, view: SentenceView, fragment: str | None, group: str) -> list[str]:
        if not fragment:
            return []
        # in a free-running list, a name that completes another ("co-founder of X", "CEO de X",
        # "Growth Equity at X") is not an item of the list
        fragment = re.split(r"\s(?:et|and)\s+(?:a|ont|est|sont|has|have|had|is|was|says|said|plans|claims|counts|"
                            r"employs|expects|will|"
                            r"compte|emploie|prévoit|affirme|revendique|veut|entend|doit|peut|vise|revendiquent|"
                            r"comptent|emploient)\s", fragment)[0]
        fragment = re.sub(r"⟦[a-z]\d+⟧\s+(?:at|chez)\s+(?=⟦)", "", fragment)   # "Growth Equity at X": X is the investor
        fragment = _COMPLEMENT.sub(r"\1", fragment)
        # "A, un ancien d'Alibaba, et B": the apposition's names are not items of the list
        fragment = re.sub(r",\s*(?:(?:an?|un|une|the|le|la|l[’'])\s+(?=[a-zà-ÿ])|ancien\w*\s|former\s|ex-|qui\s|who\s|"
                          r"⟦g\d+⟧\s|"
                          r"(?!(?:" + APPOSITION_STOP + r")\b)[a-zà-ÿ][\w-]*\s)[^,;]*?(?=,|$)", "", fragment)
        return [view.mentions[i].key for i in indices(fragment) if i < len(view.mentions)]

    def _fallback(self, doc: Document, view: SentenceView, rule: Rule, m: re.Match, group: str,
                  exclude: set[str]) -> list[str]:
        want = rule.stype if group == "s" else rule.otype
        main = view.topic or doc.main          # the sentence's topic, else the article's organisation
        if rule.subject == "main":
            # "Tallgrass was started by A, its CEO, and B": "its" is the organisation the sentence opens with
            role = "role" in m.re.groupindex and m.group("role")
            before_role = view.masked[m.start():m.start("role")] if role else ""
            if view.subject and view.subject not in exclude and _fits(doc, view.subject, want) \
                    and re.search(r"\b(?:its|son|sa|leur|their)\s+(?:new\s+|nouveau\s+|nouvelle\s+)?$", before_role):
                return [view.subject]
            return [main] if main and _fits(doc, main, want) else []
        if rule.subject == "article":
            # a nominal with no agent ("the acquisition of X"): the publisher or the article's organisation,
            # unless a possessive names the topic ("its acquisition of X")
            if re.search(r"\b(?:its|their|sa|son|leur)\s+(?:\w+\s+)?$", view.masked[:m.start()]) and view.topic:
                return [view.topic] if _fits(doc, view.topic, want) else []
            clause = re.split(r"[,;:]", view.masked[:m.start()])[-1]
            agents = [view.mentions[i].key for i in indices(clause, skip_parentheses=False)]
            named = [k for k in agents if k not in exclude and _fits(doc, k, want)]
            if named and doc.main not in named:
                return named[-1:]       # "l'américain Synopsys a bouclé le rachat d'Ansys": the clause's own agent
            return [doc.main] if doc.main and _fits(doc, doc.main, want) else []
        if rule.subject == "founders":
            return [GROUP_KEY]
        # "first": the first suitable mention before the match (the clause's subject), else main
        head = view.masked[:m.start()]
        if rule.pattern.startswith(("(?P<o>{L}", "(?P<s>{L}")) and \
                re.search(r"⟦[a-z]\d+⟧(?:\s*\([^)]*\))?\s*(?:,|\band\b|\bet\b|&)\s*(?:⟦l\d+⟧[’']s\s+)?$", head):
            return []          # the match starts inside a list: the whole list's match decides
        rel = re.search(r"⟦[a-z](\d+)⟧\s*,\s*(?:qui|which|who|that)\b[^⟦]*$", head)
        if rel and view.mentions[int(rel.group(1))].key not in exclude \
                and _fits(doc, view.mentions[int(rel.group(1))].key, want):
            return [view.mentions[int(rel.group(1))].key]     # "..., qui croise le fer avec X"
        if rule.relation == "competitor":
            # "X présente Y comme un concurrent de Z", "positions Y as an alternative to Z": Y
            # "D'après X, Y fait jeu égal avec Z": the clause's own subject, right before the verb
            near = re.search(r"⟦[a-z](\d+)⟧\s+(?:comme|as)\s+(?:(?:un|une|a|an|the|le|la|"
                             r"l[’'])\s*)?(?:[\w-]+\s+)?$", head) \
                or ([None] + list(re.finditer(r"(?:^\W*|[,;:]\s*)⟦[a-z](\d+)⟧\s+(?=[a-zà-ÿ]|$)", head)))[-1]
            if near and int(near.group(1)) < len(view.mentions):
                key = view.mentions[int(near.group(1))].key
                if key not in exclude and _fits(doc, key, want):
                    return [key]
        # a possessor is not the subject: in "Axiom's Vega model outperforms X" the subject is Vega
        head = re.sub(r"⟦[a-z]\d+⟧[’']s?\s+(?=(?:[\w-]+\s+){0,2}⟦)", "", head)
        before = [view.mentions[i] for i in indices(head, skip_parentheses=False)]
        cands = [x.key for x in before if x.key not in exclude and _fits(doc, x.key, want)]
        if view.subject and view.subject not in exclude and _fits(doc, view.subject, want) \
                and rule.relation in ("investedIn", "hiredFrom", "competitor", "partner", "developer"):
            return [view.subject]             # the organisation the sentence is about ("À Nantes, Tessel lève…")
        if rule.relation == "investedIn" and main:
            # the organisation raising money: the sentence's subject when it opens the sentence, else the topic
            opening = re.match(r"^\W*⟦[a-z](\d+)⟧(?!\s+(?:co-?led|led|a\s+mené|took\s+part|participated|joined|"
                               r"a\s+participé))", view.masked)
            if opening and cands and view.mentions[int(opening.group(1))].key == cands[0] \
                    and doc.type_of(cands[0]) not in INVESTOR_TYPES:
                return cands[:1]
            return [main] if _fits(doc, main, want) else cands[:1]
        if cands:
            return cands[:1]
        return [main] if main and main not in exclude and _fits(doc, main, want) else []

    def _apply(self, doc: Document, view: SentenceView, rule: Rule, m: re.Match) -> tuple[list[Fact], dict[str, str]]:
        """The facts of one match, and the types they give names the document has as Unknown."""
        out: list[Fact] = []
        typed: dict[str, str] = {}
        gd = m.groupdict()
        if rule.anaphor and not all(view.mentions[i].source == "anaphor" for i in indices(gd.get("s") or "")
                                    if i < len(view.mentions)):
            return out, typed
        subj = self._keys(doc, view, gd.get("s"), "s") + self._keys(doc, view, gd.get("s2"), "s")
        obj = self._keys(doc, view, gd.get("o"), "o") + self._keys(doc, view, gd.get("o2"), "o")
        if rule.relation == "foundingYear":
            obj = ["year"]
        # a group the pattern does not have (or that did not take part) comes from the fallback;
        # a group that matched text naming nobody ("auprès d'investisseurs américains") gives no fact
        if not subj and gd.get("s") is None and gd.get("s2") is None:
            subj = self._fallback(doc, view, rule, m, "s", set(obj))
        if not obj and gd.get("o") is None and gd.get("o2") is None:
            obj = self._fallback(doc, view, rule, m, "o", set(subj))
        subj = [k for k in subj if (_fits(doc, k, rule.stype) or k == GROUP_KEY)
                and not (rule.strict and doc.type_of(k) == "Unknown")]
        if rule.relation != "foundingYear":
            obj = [k for k in obj if _fits(doc, k, rule.otype) and not (rule.strict and doc.type_of(k) == "Unknown")]
        if not subj or not obj:
            return out, typed
        end = m.end()
        if "{REST}" in rule.pattern:
            # "led by X at the end of 2024, …, and has said it will go public": the fact ends with its last name
            g = "o" if "(?P<o>{REST})" in rule.pattern else "s"
            if gd.get(g) and "⟧" in gd[g]:
                end = m.start(g) + gd[g].rindex("⟧") + 1
        a, b = view.span(m.start(), end)
        status, _cue = status_for(view.text, (a, b), rule.kind, headline=view.sentence.heading)
        relations = [rule.relation]
        if rule.relation == "ROLE":
            relations = _role_relations(gd.get("role") or "")
            past = r"\b(?:former(?:ly)?|ex-|ancien(?:ne)?s?|previously|naguère|autrefois|until)\b"
            just_before = view.masked[max(0, m.start() - 12):m.start()]
            if re.search(past, m.group(), re.I) \
                    or re.search(r"(?:\bformer|\bex-|\bancien(?:ne)?s?)\s*$", just_before, re.I):
                # "Kovac, formerly a research lead at OpenAI": a past job
                relations = ["founder" if r == "founder" else "formerEmployer" for r in relations]

        def fact(s: str, rel: str, o: str) -> Fact:
            return Fact(subject=s, relation=Relation(rel), object=o, start=view.sentence.start, end=view.sentence.end,
                        status=status, confidence=rule.confidence, extractor=f"patterns/{rule.name}")

        year = next((v for k, v in sorted(gd.items()) if k.startswith("year") and v), None)
        if rule.relation == "foundingYear":
            if year:
                out += [fact(x, "foundingYear", year) for x in subj]
            return out, typed
        for rel in relations:
            for x in subj:
                for y in obj:
                    if x == y:
                        continue
                    s, o = (y, x) if rule.inverse else (x, y)
                    if rule.relation == "ROLE" and rel in ("employer", "formerEmployer"):
                        s, o = o, s          # employer runs person -> organisation
                    for key, typ in _implied(doc, s, o, rel):
                        typed.setdefault(key, typ)
                    out.append(fact(s, rel, o))
        if year and rule.relation == "founder":
            out += [fact(x, "foundingYear", year) for x in subj]
        return out, typed

    def _demonym(self, doc: Document, view: SentenceView, name: str, m: re.Match,
                 dems: dict) -> tuple[list[Fact], str | None]:
        """The facts of a demonym rule's match, and the knowledge-base place its demonym names."""
        dem = m.groupdict().get("dem") or m.groupdict().get("dem2") or ""
        found = doc.kb.lookup(dem) if doc.kb else None
        place = dems.get(fold(dem)) or (found.id if found else None)
        entry = doc.kb.get(place) if doc.kb and place else None
        if entry is None or place is None:
            return [], None
        rel = Relation.country if entry.type == "Country" \
            else Relation.headquarters if entry.type in ("City", "Region") else None
        if rel is None or place in _SUPRANATIONAL:
            return [], None
        a, b = view.span(m.start(), m.end())
        status, _ = status_for(view.text, (a, b), "modifier", headline=view.sentence.heading)
        gd = m.groupdict()
        mention_idx = [int(x) for x in re.findall(r"⟦[a-z](\d+)⟧", gd.get("s") or gd.get("s2") or "")]
        if name == "dem-anaphor" and not (mention_idx and view.mentions[mention_idx[0]].source == "anaphor"):
            return [], place
        return [Fact(subject=key, relation=rel, object=place, start=view.sentence.start, end=view.sentence.end,
                     status=status, confidence=0.75, extractor=f"patterns/demonym-{name}")
                for key in self._keys(doc, view, gd.get("s") or gd.get("s2"), "s")
                if _fits(doc, key, "ORGPROD") and key != place], place


def _complement_re() -> re.Pattern:
    """"co-founder of X", "CEO of X", "Partner at X", "la branche chinoise de X": X completes the item."""
    words = {w for ws in lexicon()["roles"].values() for w in ws}
    words |= {"branche", "filiale", "division", "unit", "arm", "subsidiary", "affiliate", "unité", "bras"}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?i)\b((?:" + alt + r")(?:\s+[\w-]+)?)\s+(?:of|at|de|d[’']|du|chez|from)\s*⟦[a-z]\d+⟧")


_COMPLEMENT = _complement_re()

# A demonym of a union of states ("européenne") does not give an organisation a country.
_SUPRANATIONAL = {"european-union", "eu", "union-europeenne"}


def _fits(doc: Document, key: str, group: str) -> bool:
    if key == GROUP_KEY:
        return group in ("PER", "GROUP", "AGENT")
    typ = doc.type_of(key)
    if typ == "Unknown":
        return group not in ("COUNTRY", "CITY", "PLACE", "CONCEPT", "GROUP")
    if group == "GROUP":
        return False
    return typ in TYPE_GROUPS.get(group, set())


_ROLE_OF = None


def _role_relations(role: str) -> list[str]:
    global _ROLE_OF
    if _ROLE_OF is None:
        _ROLE_OF = {w.casefold(): r for r, ws in lexicon()["roles"].items() for w in ws}
    parts = [p.strip().casefold() for p in re.split(r"\s*(?:,|\band\b|\bet\b|&)\s*", role) if p.strip()]
    kinds = set()
    for p in parts:
        p = re.sub(r"^co-?(?=f)", "co-", p)
        kinds.add(_ROLE_OF.get(p) or _ROLE_OF.get(p.replace("co-", "")) or _ROLE_OF.get(p.replace("-", ""))
                  or "employer")
    kinds.discard("board")                  # a board seat is not employment
    if not parts:
        return ["employer"]                 # "Corvane hired Elena Kovac" without a title
    out = [k for k in ("founder", "ceo") if k in kinds]
    if "employer" in kinds and "ceo" not in kinds:
        out.append("employer")
    return out


def _implied(doc: Document, s: str, o: str, rel: str) -> Iterable[tuple[str, str]]:
    """Types for the ends of a fact that the document has as Unknown, from the relation's domain and range."""
    for key, typ in zip((s, o), implied_types(rel), strict=True):
        ent = doc.entities.get(key)
        if ent is not None and ent.type == "Unknown" and typ:
            yield key, ("Person" if may_be_person(ent.label) else "Organization") if typ == AGENT else typ
