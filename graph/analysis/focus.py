"""The organisation an article is about (its *main* organisation)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Entity
from .mentions import RUBRIC, Mention
from .names import looks_like_person
from .spans import Locator
from .text import Sentence
from .types import INVESTOR_TYPES, ORG_TYPES

#: A buyer's verb between a headline's first two organisations, maybe with the share bought: "A buys Israeli startup
#: B", "A s'offre B", "A s'offre la majorité de B", "A takes a majority stake in B".
_STAKE = (r"(?:la\s+majorité|le\s+contrôle|\d+(?:[,.]\d+)?\s*%|(?:a\s+)?(?:majority|controlling)\s+stake|control)\s*"
          r"(?:de\s+|du\s+|d[’']|in\s+|of\s+)")
HEADLINE_BUYS = re.compile(rf"(?i)^\s+(?:(?:to|will|agrees\s+to|is\s+set\s+to)\s+)?(?:(?:buys|acquires|acquire|buy|"
                           rf"snaps\s+up|takes\s+over|rachète|s[’']offre|acquiert|absorbe|met\s+la\s+main\s+sur)\s"
                           rf"(?:{_STAKE})?|(?:takes|take|prend|rachète|s[’']offre|acquiert)\s+{_STAKE}"
                           rf"|(?:completes|closes|finalises|finalizes|boucle|finalise)\s+(?:its\s+|the\s+|son\s+|le\s+)?"
                           rf"(?:takeover|purchase|acquisition|buyout|rachat)\s+(?:of|de|d[’'])\s*)")


def main_organisation(mentions: list[Mention], entities: dict[str, Entity],
                      sents: list[Sentence], products: frozenset[str] = frozenset()
                      ) -> tuple[str | None, dict[str, Entity]]:
    """The organisation the article is about: named most, in the title and as sentence subjects;
    investors and media count for less (they are rarely the subject of a news story), and so do
    ``products``, known products that are their maker in this article only because somebody buys or
    backs them there (the story is the buyer's more often than not).

    Returns its key (None when the article names no organisation) and the entities, where a main
    organisation of unknown type has become a Company."""
    score: dict[str, float] = {}
    first_block = sents[0].block if sents else 0
    heading_blocks = {s.block for s in sents[:3] if s.heading}
    # the headline: the first line of more than three words that is not a rubric ("Tech › Start-up › Financement")
    title = next((s for s in sents if len(s.text.split()) > 3 and not RUBRIC.search(s.text)), None)
    by_sentence: dict[Sentence | None, list[Mention]] = {}
    locate = Locator(sents)
    for m in mentions:
        at = locate.index(m.start)
        by_sentence.setdefault(None if at is None else sents[at], []).append(m)
    for s, ms in by_sentence.items():
        for i, m in enumerate(ms):
            ent = entities.get(m.key)
            if ent is None or ent.type not in ORG_TYPES | {"Unknown"}:
                continue
            if ent.type == "Unknown" and looks_like_person(ent.label):
                continue          # "Mara Holt" is somebody, not the article's company
            w = 0.8 if ent.type == "Unknown" else 1.0
            if s is not None:
                if s.block == first_block or s.block in heading_blocks:
                    w += 2
                if i == 0 and re.match(r"^\W*(?:\w+\s+){0,2}$", s.text[:m.start - s.start]):
                    w += 1        # the sentence's subject
                    if s is title:
                        w += 3    # the headline's subject
                if s is title and i == 1 and HEADLINE_BUYS.match(s.text[ms[0].end - s.start:m.start - s.start]):
                    w += 4        # "A s'offre la majorité de B": the story of B
            if ent.type in INVESTOR_TYPES | {"MediaOutlet"} or m.key in products:
                w *= 0.4
            score[m.key] = score.get(m.key, 0) + w
    if not score:
        return None, entities
    first_pos: dict[str, int] = {}
    for m in mentions:
        first_pos.setdefault(m.key, m.start)
    best = max(score.items(), key=lambda kv: (kv[1], -first_pos[kv[0]]))[0]
    if entities[best].type == "Unknown":
        entities = {**entities, best: replace(entities[best], type="Company")}
    return best, entities
