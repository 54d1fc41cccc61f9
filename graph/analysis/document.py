"""The analysed article that extractors read: sentences, mentions, amounts, the main organisation.

Extractors see each sentence as a *masked* string in which every mention is replaced by
``⟦ti⟧`` (``i`` indexes ``SentenceView.mentions``, ``t`` is its kind: ``p`` person, ``o`` organisation,
``r`` product, ``l`` place, ``g`` a group of people, ``u`` unknown) and every money expression by ``⟨$j⟩``.
Rules are regular expressions over that string, so one rule covers every name.

A :class:`Document` is frozen once the analysis has built it: extractors read it and return
what they found (facts, and the types their facts give unknown names); the pipeline makes the
next extractor's document with :meth:`Document.with_types`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..model import Article, Entity
from .amounts import MoneyMention
from .kbase import KB
from .mentions import Mention
from .text import Sentence
from .types import ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES


@dataclass(frozen=True)
class SentenceView:
    """One sentence as extractors read it: its mentions and amounts, and the masked text (see the module)."""

    sentence: Sentence
    mentions: tuple[Mention, ...]
    money: tuple[MoneyMention, ...]
    concepts: tuple[Mention, ...] = ()
    topic: str | None = None              # the organisation the sentence is about when it names none
    subject: str | None = None            # the organisation this sentence opens with, if any
    masked: str = ""
    # masked offset -> sentence offset, for mapping matches back
    offsets: tuple[int, ...] = ()

    @classmethod
    def build(cls, sentence: Sentence, mentions: Iterable[Mention], money: Iterable[MoneyMention], *,
              concepts: Iterable[Mention] = (), topic: str | None = None, subject: str | None = None) -> SentenceView:
        """The view of ``sentence``, its masked text computed from the mentions and amounts."""
        mentions, money = tuple(mentions), tuple(money)
        masked, offsets = _mask(sentence, mentions, money)
        return cls(sentence, mentions, money, tuple(concepts), topic, subject, masked, offsets)

    @property
    def text(self) -> str:
        return self.sentence.text

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Masked offsets to sentence offsets."""
        return self.offsets[a], self.offsets[min(b, len(self.offsets) - 1)]


def _mask(s: Sentence, mentions: tuple[Mention, ...], money: tuple[MoneyMention, ...]) -> tuple[str, tuple[int, ...]]:
    items = [(m.start - s.start, m.end - s.start, f"⟦{_letter(m)}{i}⟧") for i, m in enumerate(mentions)]
    items += [(m.start - s.start, m.end - s.start, f"⟨${j}⟩") for j, m in enumerate(money)]
    items.sort()
    out: list[str] = []
    offs: list[int] = []
    pos = 0
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
    return "".join(out), tuple(offs)


@dataclass(frozen=True)
class Document:
    """One analysed article. Frozen: extractors read it and never change it."""

    article: Article
    lang: str
    views: tuple[SentenceView, ...]
    entities: Mapping[str, Entity]              # read-only; see with_types
    mentions: tuple[Mention, ...] = ()          # every mention of the article, in text order
    main: str | None = None                     # key of the article's main organisation
    kb: KB | None = None
    title_end: int = 0                          # offset where the title (first heading) ends
    generic_concepts: frozenset[str] = field(default_factory=frozenset)
    #: keys of known products that are their maker in this article ("is acquiring Bun"): no story's topic
    products_as_companies: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not isinstance(self.entities, MappingProxyType):
            object.__setattr__(self, "entities", MappingProxyType(dict(self.entities)))

    def type_of(self, key: str) -> str:
        ent = self.entities.get(key)
        return ent.type if ent else "Unknown"

    def with_types(self, types: Mapping[str, str], kb_entities: Iterable[str] = (),
                   new_entities: Iterable[Entity] = ()) -> Document:
        """A copy in which the names of ``types`` have those types, and the knowledge-base entities of
        ``kb_entities`` (referred to without being named, such as a demonym's country) and the
        ``new_entities`` the document lacks (a concept of the vocabulary) are added."""
        kb_entities, new_entities = tuple(kb_entities), tuple(new_entities)
        if not types and not kb_entities and not new_entities:
            return self
        entities = dict(self.entities)
        for key, typ in types.items():
            if key in entities:
                entities[key] = replace(entities[key], type=typ)
        for kb_id in kb_entities:
            e = self.kb.get(kb_id) if self.kb is not None else None
            if kb_id not in entities and e is not None:
                entities[kb_id] = Entity(kb_id, e.name, e.type, frozenset(e.aliases), kb_id, e.wikidata)
        for ent in new_entities:
            entities.setdefault(ent.key, ent)
        return replace(self, entities=entities)


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
