"""The analysed article that extractors read: sentences, mentions, amounts, the main organisation.

Extractors see each sentence as a *masked* string in which every mention is replaced by
``⟦ti⟧`` (``i`` indexes ``SentenceView.mentions``, ``t`` is its kind: ``p`` person, ``o`` organisation,
``r`` product, ``l`` place, ``g`` a group of people, ``u`` unknown) and every money expression by ``⟨$j⟩``.
Rules are regular expressions over that string, so one rule covers every name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .amounts import MoneyMention
from .kbase import KB
from .mentions import Mention
from ..model import Article, Entity
from .text import Sentence
from .types import ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES

@dataclass
class SentenceView:
    sentence: Sentence
    mentions: list[Mention]
    money: list[MoneyMention]
    concepts: list[Mention] = field(default_factory=list)
    topic: str | None = None              # the organisation the sentence is about when it names none
    subject: str | None = None            # the organisation this sentence opens with, if any
    masked: str = ""
    # masked offset -> sentence offset, for mapping matches back
    offsets: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text

    def mask(self) -> None:
        s = self.sentence
        items = [(m.start - s.start, m.end - s.start, f"⟦{_letter(m)}{i}⟧") for i, m in enumerate(self.mentions)]
        items += [(m.start - s.start, m.end - s.start, f"⟨${j}⟩") for j, m in enumerate(self.money)]
        items.sort()
        out, offs, pos = [], [], 0
        for a, b, token in items:
            if a < pos:
                continue
            out.append(s.text[pos:a])
            offs.extend(range(pos, a))
            out.append(token)
            offs.extend([a] * len(token))
            pos = b
        out.append(s.text[pos:])
        offs.extend(range(pos, len(s.text)))
        offs.append(len(s.text))
        self.masked = "".join(out)
        self.offsets = offs

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Masked offsets to sentence offsets."""
        return self.offsets[a], self.offsets[min(b, len(self.offsets) - 1)]


@dataclass
class Document:
    article: Article
    lang: str
    views: list[SentenceView]
    entities: dict[str, Entity]
    main: str | None = None                     # key of the article's main organisation
    founders: dict[str, list[str]] = field(default_factory=dict)
    currency: str | None = None
    kb: "KB | None" = None
    title_end: int = 0                         # offset where the title (first heading) ends
    generic_concepts: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)

    def ensure_entity(self, kb_id: str) -> None:
        """Add a knowledge-base entity the text refers to without naming it (a demonym's country)."""
        if kb_id not in self.entities and self.kb is not None and self.kb.get(kb_id) is not None:
            e = self.kb.get(kb_id)
            self.entities[kb_id] = Entity(kb_id, e.name, e.type, set(e.aliases), kb_id, e.wikidata)

    def looks_like_person(self, label: str) -> bool:
        """Two or three capitalised words, letters only, and no organisation suffix ("Capital", "Labs")."""
        from .mentions import lexicon

        words = label.split()
        suffixes = {w for ws in lexicon()["org_suffix"].values() for w in ws}
        if words and words[0] in self.first_names and 2 <= len(words) <= 4:
            return True
        return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+", w) for w in words) \
            and not any(w in suffixes for w in words)

    def type_of(self, key: str) -> str:
        ent = self.entities.get(key)
        return ent.type if ent else "Unknown"


def _letter(m: Mention) -> str:
    """The kind of a mention as one letter in the masked sentence, so rules can ask for a person or an organisation."""
    if m.type == "Person":
        return "p"
    if m.type in ORG_TYPES:
        return "o"
    if m.type in PRODUCT_TYPES:
        return "r"
    if m.type in PLACE_TYPES:
        return "l"
    if m.type == "GROUP":
        return "g"
    return "u"


MENTION_RE = re.compile(r"⟦[a-z](\d+)⟧")
MONEY_RE = re.compile(r"⟨\$(\d+)⟩")


def indices(fragment: str, *, skip_parentheses: bool = True) -> list[int]:
    """Mention indices in a masked fragment, leaving out those inside parentheses."""
    if skip_parentheses:
        fragment = re.sub(r"\([^()]*\)", "", fragment)
    return [int(x) for x in MENTION_RE.findall(fragment)]
