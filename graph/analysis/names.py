"""What a name is and where it ends: longer names built on known ones, places inside names,
names that look like people's.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..model import name_key
from . import nlp
from .lexicon import first_names, lexicon, org_suffixes
from .mentions import INNER_APOSTROPHE, Mention, MentionFinder, line_ends
from .spans import SpanIndex
from .types import ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES

_TAIL_WORD = re.compile(r"\s([A-Z][\w-]+|\d{2,4}\b|&(?=\s[A-Z])|and(?=\s[A-Z]))")
_LEGAL_TAIL = re.compile(r",\s(?:Inc|Ltd|LLC|Corp|PLC)\.?")
_VERSION = re.compile(r"(?:\s(?:\d[\w.]*|Pro|Max|Ultra|Mini|mini|Turbo|Flash|Nano|Instruct|Vision|Coder|"
                      r"[IVX]{1,3}\b))+")
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+")
#: Organisations whose national branch keeps their class ("Google Research India", "BNP Paribas Fortis Belgique").
_BRANCHED = ("ResearchLab", "Bank")


#: A company's legal form or group word after its name: " Corporation", " Inc.", " Group".
_LEGAL_AFTER = r"\s+(?:Corporation|Corp\b|Inc\b|Ltd\b|Limited|Group|Groupe|Holdings?|SA\b|SAS\b|GmbH|plc|PLC|Co\.)"


def extend_names(text: str, mentions: list[Mention], finder: MentionFinder) -> list[Mention]:
    """Longer names built on a known one: "Mistral Large" + " 3", "Microsoft" + " Foundry",
    "Fidelity" + " Management & Research Company", "T. Rowe Price" + " Associates, Inc."."""
    # a concept word may end a name ("Amazon" + " Robotics", "Orvane" + " Research"): it does not stop it
    starts = {m.start for m in mentions if m.type != "Concept"}
    non_product_starts = {m.start for m in mentions if m.type not in PRODUCT_TYPES}
    body_names = set()
    for m in mentions:
        if not in_heading(text, m.start) and m.type in ORG_TYPES and m.type != "MediaOutlet":
            end = _name_tail(text, m.end, starts, finder)
            if end > m.end:
                body_names.add(text[m.start:end])
    countries = {m.start: m.end for m in mentions if m.type == "Country"}
    out = []
    for m in mentions:
        end, subsidiary = m.end, False
        heading = in_heading(text, m.start)      # a title: "Anthropic Raises Series B"
        if m.type in PRODUCT_TYPES:
            while True:
                v = _VERSION.match(text, end)
                new = v.end() if v else end
                while new > end and text[new - 1] in ".,":
                    new -= 1
                if not heading:
                    # a product name may run into another one: "Microsoft 365" + " Copilot"
                    new = _name_tail(text, new, non_product_starts, finder)
                if new == end:
                    break
                end = new
        elif m.type == "MediaOutlet" and not heading and _name_tail(text, m.end, starts, finder) > m.end \
                and text[m.end:].split()[0] in org_suffixes():
            end = _name_tail(text, m.end, starts, finder)     # "Kerlo TV" + " Research & Design": a division
        elif m.type in ORG_TYPES and m.type != "MediaOutlet":
            end = _name_tail(text, m.end, starts, finder)
            if heading and text[m.start:end] not in body_names and not _rare_tail(text[m.end:end]):
                end = m.end
            country = countries.get(end + 1)
            if not heading and (m.type == "Company" or end > m.end or m.type in _BRANCHED) \
                    and country is not None and text[end:end + 1] == " " \
                    and not re.match(r"[’']s\b|-", text[country:]):
                # a country's subsidiary: "Microsoft" + " France", "Google Research" + " India", "BNP
                # Paribas" + " Fortis" + " Belgique"
                end, subsidiary = country, True
        elif m.type in PLACE_TYPES:
            # a place and a company suffix make a firm: "Chicago" + " Ventures", "Palo Alto" + " Networks"
            end = _name_tail(text, m.end, starts, finder)
            tail = text[m.end:end].split()
            if not tail or len(tail) > 3 or tail[-1].rstrip(".") not in org_suffixes() or tail[-1] == "AI" \
                    or re.search(r"(?:[A-ZÀ-Ý][\w-]*|['’]s)\s+$", text[max(0, m.start - 30):m.start]):
                end = m.end     # not "a Toronto AI startup", "Launch Africa Ventures", "Microsoft's Africa …"
        if end == m.end:
            out.append(m)
            continue
        label = text[m.start:end]
        typ, _ = finder.shape_type(label.split(), "")
        if m.type in PRODUCT_TYPES:
            typ = m.type
        elif subsidiary:
            typ = m.type if m.type in _BRANCHED else "Company"
        elif m.type in PLACE_TYPES:
            typ = typ or "Company"
        elif typ is None and (_WORKPLACE_BEFORE.search(text, max(0, m.start - 40), m.start)
                              or _WORKPLACE_AFTER.match(text, end)):
            typ = m.type        # "trois ans chez Kerlo Cloud", "Kerlo Space, où elle travaille": a division
        elif typ is None and (app := finder.apposition_re.match(text[end:end + 80])) is not None \
                and (noun := finder.type_of_noun.get(app.group(1).casefold())) in ORG_TYPES:
            typ = noun          # "Kerlo One, the corporate fund of Kerlo,": what its apposition calls it
        elif typ is None and m.type in ORG_TYPES and re.search(re.escape(label) + _LEGAL_AFTER, text):
            typ = "Company"     # "Toyota Tsusho" where the text also writes "Toyota Tsusho Corporation"
        elif typ is None and m.type == "Company" and _DIVISION_WORD.fullmatch(label.split()[-1]):
            typ = "Company"     # "Kerlo Aircraft Engines", "Kerlo Cars", "Kerlo Technik": a company's division
        elif typ is None:
            # "Microsoft Foundry" is a product of Microsoft; a fund's division stays a fund
            typ = "Software" if m.type in ("Company", "ResearchLab", "Organization") else m.type
        out.append(Mention(m.start, end, label, name_key(label), typ, "kb+", 0.8))
    longer = SpanIndex((m.start, m.end) for m in out if m.source == "kb+")
    return [m for m in out if not (m.source != "kb+" and m.type in ("Concept", "Country")
                                   and longer.overlaps(m.start, m.end))]


#: The last word of a division's name after its company's: a plural ("Engines", "Cars") or a trade.
_DIVISION_WORD = re.compile(r"[A-Z][a-z]+[^s\W]s|Technik|Business|Banking|Insurance|Healthcare|Retail|Steel|Power")
#: What stands before a workplace, not a product: "chez", "worked at", "joined".
#: A clause after a name that makes it a workplace: ", où elle travaille", ", where he spent".
_WORKPLACE_AFTER = re.compile(r"(?i)\s*,\s*(?:où|where)\s+(?:elle|il|she|he|they|ils|elles)\s+(?:a\s+|avait\s+|had\s+)?"
                              r"(?:travaill\w*|pass\w*|work\w*|spent|offici\w*)(?![\w-])")
_WORKPLACE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:chez|(?:work(?:s|ed|ing)?|years?|spent\s+[^,.;]{1,30}?|engineer|"
                               r"researcher|scientist|executive|director|manager|analyst|designer|employee|intern|"
                               r"officer|president|head\s+of\s+[\w-]+)\s+at|joined|a\s+rejoint|rejoint|left|"
                               r"a\s+quitté)\s+$")


def _rare_tail(tail: str) -> bool:
    """A heading's capitalised words after a name are part of it only if they are not dictionary
    words ("CMA" + " CGM" yes, "Anthropic" + " Raises" no)."""
    return all(not nlp.is_common_word(w, "en") and not nlp.is_common_word(w, "fr")
               for w in re.findall(r"[A-Za-zÀ-ÿ]+", tail))


def _name_tail(text: str, pos: int, starts: set[int], finder: MentionFinder) -> int:
    not_names = set(lexicon()["not_names"])
    end = pos
    for w in _TAIL_WORD.finditer(text, pos, pos + 80):
        if w.start() != end:
            break
        word = w.group(1)
        if word == "&":
            end = w.end()
            continue
        if word == "and":
            after = re.match(r"\s([A-Z][\w-]+)(?![\w-])(?!\s+[A-Z&])", text[w.end():])
            if end == pos or after is None or not nlp.is_common_word(after.group(1), "en") \
                    or w.end() + 1 in starts:
                break           # "Kerlo Defence and Space", not "Kerlo Cloud and Lumora"
            end = w.end()
            continue
        if word in not_names or word.casefold() in finder.role_words or (w.start(1)) in starts:
            break
        end = w.end()
    if text[end - 1:end] == "&" or text[end - 2:end] == " &":
        end = len(text.rstrip()[:end].rstrip(" &"))
    legal = _LEGAL_TAIL.match(text, end)
    if legal and end > pos:
        end = legal.end()
    return end


_SENTENCES = re.compile(r"[a-zà-ÿ0-9)][.!?]\s+[A-ZÀ-Ý].{40,}[a-zà-ÿ)][.!?]\s+[A-ZÀ-Ý]")


def in_heading(text: str, pos: int) -> bool:
    """Is ``pos`` on a line with no final punctuation (a title, heading or list item)?"""
    _, ends = line_ends(text)
    return _headings(text)[bisect_left(ends, pos)]


@lru_cache(maxsize=2)
def _headings(text: str) -> list[bool]:
    """Whether each line of ``text`` has no final punctuation, computed once per text so that asking costs
    O(log n) even on a text that is one long line; a line of several sentences is a paragraph even without a
    final stop ("… it said. axios.com/pro")."""
    return [not re.search(r"[.!?…:]['\"”»)\]]*\s*$", line) and not _SENTENCES.search(line)
            for line in line_ends(text)[0]]


#: Capitalised words that make a place's part, not a firm's name: "Western Europe", "Asie du Sud".
_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                      "Southeast", "Northeast", "Southwest", "Northwest", "Greater", "Continental", "Nord", "Sud",
                      "Est", "Ouest", "Grand", "Grande", "Haute", "Basse", "Moyen", "Proche", "Extrême", "Middle",
                      "Sub-Saharan", "Latin", "Mainland", "Rural", "Upper", "Lower", "New", "Old", "All", "Across",
                      "The", "In", "En", "Europe", "Asia", "Africa", "America"})


def drop_place_in_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Jaan Tallinn" is a person, not the city; "Hanshan AI" a company, not the concept: a place
    or concept name right after a capitalised word that is neither a dictionary word nor covered
    by another knowledge-base name is left to the name chunker, and so is a country or region right
    after any capitalised word inside a sentence ("menée par Veltis Europe") but a compass word; a city or
    region that is also a first name, before a surname ("Nancy Dumoulin"), is part of a person's name."""
    covered = SpanIndex((m.start, m.end) for m in mentions)
    out = []
    for m in mentions:
        if m.type in ("City", "Region", "Country", "Concept"):
            prev = re.search(r"([A-ZÀ-Ý][\w-]+)[ ]$", text[max(0, m.start - 40):m.start])
            if prev:
                p0 = m.start - len(prev.group())
                word = prev.group(1)
                opening = re.search(r"(?:^|[.!?:;\n]\s*)$", text[max(0, p0 - 3):p0]) is not None
                capital_concept = m.type == "Concept" and m.text[:1].isupper() and not opening
                brand = m.type in ("Region", "Country") and not opening and word not in _COMPASS
                if not covered.contains(p0) and (capital_concept or brand or (
                        not nlp.is_common_word(word, "fr") and not nlp.is_common_word(word, "en"))):
                    continue    # "Veltis Europe", "Orvane India": a firm's regional name
        surname = _SURNAME_AFTER.match(text, m.end)
        if m.type in ("City", "Region") and m.text in first_names() and surname is not None \
                and surname.group().split()[-1] not in org_suffixes():
            continue            # "Nancy Dumoulin": a first name that is also a city's, before a surname
        out.append(m)
    return out


#: A capitalised word after a first name, as a surname: " Dumoulin", " Le Goff" (not " Ventures", " AI").
_SURNAME_AFTER = re.compile(r" (?:(?:de|van|von|da|le|la|Le|La|De|Van) )?[A-ZÀ-Ý][a-zà-ÿ’'-]{2,}(?![\w-])")


#: The particles of family names: "Anneke van Dalen", "Ursula von der Leyen", "Léa de la Roche".
_PARTICLE = re.compile(r" (?:de|du|des|de la|van|von|van der|van den|von der|da|di|del|della|dos|das|le|bin|ben|"
                       r"ter|ten) ")


#: Between two parts of one organisation's name the recogniser cut apart: a particle ("Brisca de Lune") or the
#: rest of a word after an inner apostrophe ("Ka'ed Ventures").
_ORG_PARTICLE = re.compile(r" (?:de|van|von|van der|von der|da|del|della|dos) ")
_INNER_APOSTROPHE = re.compile(INNER_APOSTROPHE + " ")


def join_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name, a family-name particle and a name the recogniser cut apart ("Anneke", "Dalen") are
    one person ("Anneke van Dalen") when the first is a known first name or the second a person; knowledge-base
    names are never joined."""
    ms = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        n = ms[i + 1] if i + 1 < len(ms) else None
        if n is not None and " " not in m.text and m.text[:1].isupper() and "kb" not in (m.source, n.source) \
                and n.text[:1].isupper() and _PARTICLE.fullmatch(text, m.end, n.start) \
                and (m.text in first_names() or n.type == "Person"):
            surface = text[m.start:n.end]
            out.append(Mention(m.start, n.end, surface, name_key(surface), "Person", n.source, n.confidence))
            i += 2
            continue
        if n is not None and " " not in m.text and m.text[:1].isupper() and "kb" not in (m.source, n.source) \
                and m.type in ORG_TYPES and n.type in ORG_TYPES and n.text[:1].isupper() \
                and (_ORG_PARTICLE.fullmatch(text, m.end, n.start)
                     or _INNER_APOSTROPHE.fullmatch(text, m.end, n.start)):
            surface = text[m.start:n.end]     # "Brisca de Lune", "Ka'ed Ventures": one firm the recogniser cut
            out.append(Mention(m.start, n.end, surface, name_key(surface), n.type, n.source, n.confidence))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def looks_like_person(label: str) -> bool:
    """A known first name and one or two capitalised words, no organisation suffix: "Mara Holt"."""
    words = label.split()
    return 2 <= len(words) <= 3 and words[0] in first_names() \
        and all(_CAPITALISED.fullmatch(w) for w in words) and not any(w in org_suffixes() for w in words)


def may_be_person(label: str) -> bool:
    """A looser test, for a name a relation says is a person or an organisation: a known first name
    and two to four words, or two or three capitalised words with no organisation suffix ("Capital", "Labs")."""
    words = label.split()
    if words and words[0] in first_names() and 2 <= len(words) <= 4:
        return True
    return 2 <= len(words) <= 3 and all(_CAPITALISED.fullmatch(w) for w in words) \
        and not any(w in org_suffixes() for w in words)
