"""A small engine for relation rules written as regular expressions over masked sentences.

A rule's pattern may use these macros:

``{E}``     one mention (``⟦i⟧``)
``{L}``     a coordinated list of mentions, each optionally followed by a parenthesis:
            "A, B (ex-C) et D", "A, B, and C"
``{REST}``  the rest of the clause (up to a dash, semicolon, parenthesis or the end)
``{AMT}``   one money expression (``⟨$j⟩``)
``{YEAR}``  a four-digit year
``{W}``     one word; ``{WS}`` up to four words
``{ART}``   an article or determiner (French and English)

Named groups: ``s`` and ``o`` (mentions, lists or REST), ``year``. The fact is ``s relation o``
(``o relation s`` when ``inverse``). A group that is absent or did not match is filled by the
rule's ``subject`` fallback: ``main`` (the article's main organisation), ``first`` (the first
suitable mention of the sentence before the match, or the main organisation), ``founders``
(the founders of the main organisation).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analysis.lexicon import lexicon
from ..model import Relation

E = r"⟦[a-z]\d+⟧"
EP = r"⟦[pu]\d+⟧"          # a person (or an unknown name)
EO = r"⟦[ou]\d+⟧"          # an organisation (or an unknown name)
PAREN = r"(?:\s*\([^()]*\))?"
#: Words that never open an apposition after a comma in a list ("A, and B", "A, which…"): lexicon.json's
#: apposition_stop.
APPOSITION_STOP = "|".join(re.escape(w) for w in lexicon()["apposition_stop"])
# a list item: "Nvidia", "la société X", "et de Y", "et par Z", "au britannique W", "A (ex-Meta)",
# "B, un ancien d'Alibaba," (an apposition, left out of the item's names)
_PREFIX = (r"(?:(?:par|avec|with|by)\s+)?(?:(?:l[’']|le|la|les|the|d[’']|de|au|aux|à\s+l[’']|à\s+la|du|des)\s*"
           r"(?:[a-zà-ÿ][a-zà-ÿ-]*\s+)?)?")
APPOS_ITEM = (r"(?:\s*,\s*(?:(?:an?|un|une|the|le|la|l[’'])\s+(?=[a-zà-ÿ])|(?:its|their|his|her|son|sa|leur|notre|"
              r"our)\s+(?=[\w-]+\s*,)|ancien\w*\s|former\s|ex-|qui\s|who\s|⟦g\d+⟧\s|"
              r"(?!(?:" + APPOSITION_STOP + r")\b)[a-zà-ÿ][\w-]*\s)"
              r"[^,;.⟦⟨]{0,60}(?:⟦[a-z]\d+⟧[^,;.⟦⟨]{0,30}){0,2}(?=\s*,))?")
ITEM = rf"(?:{_PREFIX}(?:⟦l\d+⟧[’']s\s+)?{E}{PAREN}{APPOS_ITEM})"     # "Abu Dhabi's MGX"
LIST = (rf"{ITEM}(?:\s*,\s*{ITEM})*(?:\s*,?\s+(?:(?:et|ou|and|or)(?:\s+(?:encore|enfin|aussi|même))?|&|"
        rf"as\s+well\s+as|ainsi\s+que)\s+{ITEM})?")


def _typed_list(e: str) -> str:
    item = rf"(?:{_PREFIX}{e}{PAREN}{APPOS_ITEM})"
    return rf"{item}(?:\s*,\s*{item})*(?:\s*,?\s+(?:et|ou|and|or|&)\s+{item})?"


LP = _typed_list(EP)
LO = _typed_list(EO)
MACROS = {
    "E": E,
    "L": LIST,
    "EP": EP,
    "EO": EO,
    "LP": LP,
    "LO": LO,
    "REST": r"[^;–—()?!]*",
    "AMT": r"⟨\$\d+⟩",
    "YEAR": r"(?:19|20)\d\d",
    "W": r"[\w’'-]+",
    "WS": r"(?:[\w’'-]+\s+){0,4}?",
    "ART": r"(?:la|le|les|l[’']|une?|des|the|an?|its|their|sa|son|ses|leur|leurs)",
    # what may stand between a subject and its verb: auxiliaries, modals, negation, adverbs,
    # French inversion ("a-t-elle"), "plans to", "prévoit de" (the status module reads them)
    "GAP": r"(?:(?:[\w’'-]+\s+){0,6}?(?:[\w’'-]+[’']\s*)?)",
    # an apposition or relative clause between a subject and its verb: "X, a Seattle-based startup, has hired"
    "APPOS": r"(?:\s*,[^,;.!?]{1,150},)?",
}


def expand(pattern: str, extra: dict[str, str] | None = None) -> str:
    macros = {**MACROS, **(extra or {})}
    return re.sub(r"\{([A-Z]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)


@dataclass
class Rule:
    """One relation rule. ``relation`` is a :class:`~graph.model.Relation` name, or ``ROLE`` (founder, ceo or
    employer, from the role words matched); ``stype``/``otype`` name type groups (see analysis.types.TYPE_GROUPS)."""

    name: str
    relation: str
    pattern: str
    lang: str = "*"                 # fr, en or * (both)
    stype: str = "ORG"
    otype: str = "ANY"
    subject: str = "s"              # where a missing s or o group comes from: main | first | founders
    kind: str = "predicate"         # predicate | modifier
    confidence: float = 0.8
    flags: int = re.IGNORECASE
    inverse: bool = False           # the s group holds the object and the o group the subject
    strict: bool = False            # both ends must be typed (known to the KB or typed by their shape)
    anaphor: bool = False           # the s group must be a reference ("the company"), not a name
    regex: re.Pattern = field(init=False, repr=False)
    extra: dict | None = None

    def compile(self, macros: dict[str, str]) -> Rule:
        if self.relation != "ROLE" and self.relation not in Relation.__members__:
            raise ValueError(f"rule {self.name!r}: unknown relation {self.relation!r}; use ROLE or one of "
                             f"{', '.join(Relation)}")
        self.regex = re.compile(expand(self.pattern, macros), self.flags)
        return self
