"""Features of a candidate fact: a subject and an object in one sentence (or the passage's topic,
or the article itself, as an implicit subject).

A feature is a string; a candidate's features are a sorted list of distinct strings. The words are
lower-cased tokens of the sentence with every other name replaced by its kind (``<ORG>``, ``<PER>``,
``<PROD>``, ``<LOC>``, ``<MONEY>``, ``<YEAR>``) and the two arguments by ``<S>`` and ``<O>``, so that
"led by A, B and C" looks the same whatever the names. Trigger vocabularies
(``graph/data/triggers.json``) add language-independent features (``trig:investedIn@between``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..analysis.lexicon import alternation, lexicon

GROUP_TOKEN = {"Person": "<PER>", "Org": "<ORG>", "Product": "<PROD>", "Place": "<LOC>", "Concept": "<CON>",
               "Amount": "<MONEY>", "Year": "<YEAR>"}
_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*|[’']s\b|[^\w\s]")


@lru_cache(maxsize=1)
def _legal_end() -> re.Pattern:
    """A name that ends in a legal form ("Zentri Management Co"): the period after it is the form's, not
    the sentence's, and is no word of the sentence (lexicon ``legal_forms``)."""
    return re.compile(rf"(?<![\w.])(?:{alternation(lexicon()['legal_forms']['forms'])})$")


def held_possessive(text: str, start: int, end: int) -> bool:
    """Does the mention at ``start:end`` end with a possessive "'s" it holds (a reference that
    ``graph/data/anaphors.json`` lists with its possessive, "the startup's")? That "'s" is a word of the
    sentence, not of the name."""
    return text[end - 2:end] in ("'s", "’s") and " " in text[start:end]


def name_end(text: str, start: int, end: int) -> int:
    """Where the text after the name at ``start:end`` begins: past the period of a legal form that ends
    it ("Zentri Management Co. led the round"), unless that period ends the text."""
    if text[end:end + 1] == "." and end + 1 < len(text) and _legal_end().search(text, start, end):
        return end + 1
    return end


@dataclass(frozen=True)
class Arg:
    """One end of a candidate: a mention of an entity, an amount, a year, the topic or the article."""

    kind: str            # entity | amount | year | topic | article
    key: str             # entity key, amount key, year; "" for the article
    group: str           # Person, Org, Product, Place, Concept, Amount, Year, Article
    type: str            # the ontology class (Company, Person, ...) or the group for values
    start: int = -1      # offsets in the sentence; -1 when implicit (topic, article)
    end: int = -1
    source: str = ""     # kb, ner, gold, anaphor, topic, article, ...

    @property
    def explicit(self) -> bool:
        return self.start >= 0


@dataclass
class Sentence:
    """A sentence as the feature functions see it."""

    text: str
    args: list[Arg]                  # every explicit mention and value in the sentence, by start
    lang: str = "en"
    index: int = 0                   # position in the article
    heading: bool = False
    title: bool = False
    topic: str | None = None         # the entity the passage is about, when the sentence names none
    main: str | None = None          # the article's main organisation
    _tokens: list[tuple[int, int, str]] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[tuple[int, int, str]]:
        if self._tokens is None:
            self._tokens = [(m.start(), m.end(), m.group().lower().replace("’", "'"))
                            for m in _TOKEN.finditer(self.text)]
        return self._tokens

    @property
    def question(self) -> bool:
        return self.text.rstrip(" \"'”»)").endswith("?")


@lru_cache(maxsize=1)
def triggers() -> dict:
    data = json.loads(resources.files("graph.data").joinpath("triggers.json").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _trigger_index() -> tuple[dict[str, list[tuple[str, tuple[str, ...]]]], list[tuple[str, str, tuple[str, ...]]]]:
    """Trigger phrases by their first word (exact), and prefix entries ('found*') by kind."""
    exact: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    prefixes: list[tuple[str, str, tuple[str, ...]]] = []
    data = triggers()
    for section in ("relations", "status"):
        for kind, phrases in data[section].items():
            name = kind if section == "relations" else "st_" + kind
            for p in phrases:
                words = tuple(w.replace("’", "'") for w in _split_phrase(p.lower()))
                if not words:
                    continue
                if words[0].endswith("*") and len(words) == 1:
                    prefixes.append((words[0][:-1], name, words))
                else:
                    exact.setdefault(words[0].rstrip("*"), []).append((name, words))
    return exact, prefixes


def _split_phrase(p: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(p)] if not p.endswith("*") or " " in p else [p]


def _word_matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def trigger_hits(words: list[str]) -> list[tuple[int, str]]:
    """(position, kind) of every trigger phrase starting at a position of ``words``."""
    return [(i, name) for i, _, name in trigger_spans(words)]


def trigger_spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(position, number of words, kind) of every trigger phrase in ``words``: the phrases of a slice
    ``words[a:b]`` are those with ``a <= position`` and ``position + number <= b``."""
    exact = _trigger_index()[0]
    out = []
    for i, w in enumerate(words):
        for name, phrase in exact.get(w, ()):
            if all(i + j < len(words) and _word_matches(p, words[i + j]) for j, p in enumerate(phrase)):
                out.append((i, len(phrase), name))
        out.extend((i, 1, name) for name in _prefix_kinds(w))
    return out


_PREFIX_CACHE: dict[str, tuple[str, ...]] = {}


def _prefix_kinds(word: str) -> tuple[str, ...]:
    """The kinds of the prefix triggers ('found*') ``word`` starts with, in the index's order (cached:
    news repeats its words)."""
    hit = _PREFIX_CACHE.get(word)
    if hit is None:
        hit = tuple(name for pre, name, _ in _trigger_index()[1] if word.startswith(pre))
        if len(_PREFIX_CACHE) > 200_000:
            _PREFIX_CACHE.clear()
        _PREFIX_CACHE[word] = hit
    return hit


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"), (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


def masked(sent: Sentence, subj: Arg, obj: Arg) -> list[tuple[int, str]]:
    """The sentence's words with names masked: (position, word), each name one token (``<S>``,
    ``<O>`` or its kind). Words are cut at name boundaries ("Nvidia-backed" -> <S> - backed)."""
    spans = []
    for a in sent.args:
        if a.start < 0:
            continue
        if a == subj:
            tok = "<S>"
        elif a == obj:
            tok = "<O>"
        else:
            tok = GROUP_TOKEN.get(a.group, "<X>")
        spans.append((a.start, a.end, tok))
    spans.sort(key=lambda x: (x[0], x[1], x[2] not in ("<S>", "<O>")))   # a group's members share its words
    out: list[tuple[int, str]] = []
    pos = 0
    text = sent.text
    for start, end, tok in spans:
        if start < pos:
            continue
        out.extend((m.start() + pos, m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(text[pos:start]))
        out.append((start, tok))
        if held_possessive(text, start, end):
            out.append((end - 2, "'s"))     # a reference that holds its possessive: "the startup's"
        pos = name_end(text, start, end)
    out.extend((m.start() + pos, m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(text[pos:]))
    return out


def _stem(w: str) -> str:
    return w[:6] if len(w) > 6 and w.isalpha() else w


_SEPS = {",", "and", "et", "&", "or", "ou", ";"}


def _collapse(toks: list[str], target: str, name_tok: str) -> tuple[list[str], bool]:
    """Replace the coordinated list of names that ``target`` belongs to ("A, B and <O>") by ``target``
    alone, so that every member of "led by A, B and C" sees "led by"."""
    if target not in toks:
        return toks, False
    i = toks.index(target)

    def is_member(w: str) -> bool:
        return w == name_tok

    a = i
    while True:
        j = a - 1
        seps = 0
        while j >= 0 and toks[j] in _SEPS and seps < 2:
            j -= 1
            seps += 1
        if seps and j >= 0 and is_member(toks[j]):
            a = j
        else:
            break
    b = i
    while True:
        j = b + 1
        seps = 0
        while j < len(toks) and toks[j] in _SEPS and seps < 2:
            j += 1
            seps += 1
        if seps and j < len(toks) and is_member(toks[j]):
            b = j
        else:
            break
    if a == i and b == i:
        return toks, False
    return toks[:a] + [target] + toks[b + 1:], True


def _same_list(toks: list[str]) -> bool:
    """Are <S> and <O> two items of one coordinated list ("A, <S> and <O>")?"""
    if "<S>" not in toks or "<O>" not in toks:
        return False
    i, j = sorted((toks.index("<S>"), toks.index("<O>")))
    between = toks[i + 1:j]
    return bool(between) and all(w in _SEPS or w.startswith("<") for w in between) and any(w in _SEPS for w in between)


def features(sent: Sentence, subj: Arg, obj: Arg) -> list[str]:
    """The features of "subj REL obj" in this sentence (relation-independent)."""
    f: set[str] = set()
    toks = [w for _, w in masked(sent, subj, obj)]
    lang = sent.lang
    f.add(f"pair={subj.group}>{obj.group}")
    f.add(f"ptype={subj.type}>{obj.type}")
    f.add(f"s_src={subj.source}")
    f.add(f"o_src={obj.source}")
    if sent.title or sent.heading:
        f.add("heading")
    if sent.question:
        f.add("question")
    if subj.kind == "article":
        return sorted(f | _article_features(toks, obj, lang))
    if subj.explicit and obj.explicit and _same_list(toks):
        f.add("same_list")
    toks, o_list = _collapse(toks, "<O>", GROUP_TOKEN.get(obj.group, "<X>"))
    toks, s_list = _collapse(toks, "<S>", GROUP_TOKEN.get(subj.group, "<X>"))
    if o_list:
        f.add("o_in_list")
    if s_list:
        f.add("s_in_list")
    if sent.main and subj.key == sent.main:
        f.add("s_main")
    if sent.main and obj.key == sent.main:
        f.add("o_main")
    f |= _structure(sent, subj, obj)
    s_pos = toks.index("<S>") if "<S>" in toks else -1
    o_pos = toks.index("<O>") if "<O>" in toks else -1
    if s_pos < 0 or o_pos < 0:
        # one end is the passage's topic, not named in the sentence
        role, pos = ("s", o_pos) if s_pos < 0 else ("o", s_pos)
        f.add(f"{role}_implicit")
        f |= _window(toks, pos, "a", lang)
        head = toks[:4]
        f.update(f"{role}head={w}" for w in head)
        f.add(f"{role}head2=" + "_".join(head[:2]))
        before = toks[:pos]
        f.update(f"{role}pre={_stem(w)}" for w in before[-8:])
        spans = trigger_spans(toks)
        f |= _triggers_in(spans, 0, max(pos, 0), role + "pre")
        f |= _triggers_in(spans, pos + 1, pos + 6, role + "after")
        if pos <= 2:
            f.add(f"{role}anchor_opens")
        if obj.kind in ("amount", "year"):
            f |= _value_features(toks, o_pos, obj)
        return sorted(f)
    first, second = (s_pos, o_pos) if s_pos < o_pos else (o_pos, s_pos)
    f.add("order=SO" if s_pos < o_pos else "order=OS")
    d = "" if s_pos < o_pos else "~"     # direction mark on the words between
    between = toks[first + 1:second]
    n = len(between)
    f.add(f"dist={_bucket(n)}")
    names_between = [w for w in between if w.startswith("<")]
    f.add(f"nnames={_bucket(len(names_between))}")
    if n <= 12:
        f.update(f"b{d}={_stem(w)}" for w in between)
        f.update(f"bb{d}={a}_{b}" for a, b in zip(between, between[1:], strict=False))
        if n <= 6:
            f.add(f"bseq{d}=" + "_".join(between))
    else:
        f.update(f"bf{d}={_stem(w)}" for w in between[:5])
        f.update(f"bl{d}={_stem(w)}" for w in between[-5:])
        f.update(f"bbl{d}={a}_{b}" for a, b in zip(between[-5:], between[-4:], strict=False))
        f.add(f"bfar{d}")
    if between and between[-1] in {"'s", "’s"} and n == 1:
        f.add(f"poss{d}")
    if n <= 2 and between and between[0] in {"de", "d'", "du", "of"}:
        f.add(f"of{d}")
    if between and between[0] == ",":
        f.add(f"comma_first{d}")
    if "(" in between or ")" in between:
        f.add("paren_between")
    spans = trigger_spans(toks)       # once for the four windows (a phrase counts where it fits whole)
    f |= _triggers_in(spans, first + 1, second, "between" + d)
    f |= _triggers_in(spans, max(first + 1, second - 4), second, "near" + d)
    f |= _triggers_in(spans, max(0, first - 6), first, "left")
    f |= _triggers_in(spans, second + 1, second + 6, "right")
    f.update(f"l1={_stem(w)}" for w in toks[max(0, first - 2):first])
    f.update(f"r1={_stem(w)}" for w in toks[second + 1:second + 3])
    if s_pos <= 2:
        f.add("s_opens")
    if subj.source == "anaphor":
        f.add("s_anaphor")
    if obj.kind in ("amount", "year"):
        f |= _value_features(toks, o_pos, obj)
        others = [w for w in between if w in ("<MONEY>", "<YEAR>")]
        if others:
            f.add("value_between")
    return sorted(f)


_REL_PRON = re.compile(r"\b(?:which|who|whose|that|qui|dont|lequel|laquelle|où|where)\b", re.I)


def _structure(sent: Sentence, subj: Arg, obj: Arg) -> set[str]:
    """Where the two ends sit among the sentence's other names: the nearest name of the subject's kind
    before the object, names of that kind in between, a relative clause in between, and, for an
    implicit end, whether the sentence names another candidate of its kind."""
    out: set[str] = set()
    names = [a for a in sent.args if a.kind == "entity"]
    if subj.explicit and obj.explicit:
        lo, hi = (subj, obj) if subj.start < obj.start else (obj, subj)
        mid = sent.text[lo.end:hi.start]
        if _REL_PRON.search(mid):
            out.add("relpron_between")
        same = [a for a in names if a.group == subj.group and a is not subj and lo.end <= a.start and a.end <= hi.start]
        out.add(f"same_kind_between={min(len(same), 3)}")
        if obj.kind == "entity":
            others = [a for a in names
                      if a.group == obj.group and a is not obj and lo.end <= a.start and a.end <= hi.start]
            out.add(f"o_kind_between={min(len(others), 3)}")

            def gap(x: Arg, y: Arg) -> int:
                return y.start - x.end if x.start < y.start else x.start - y.end

            s_near = min((gap(obj, a) for a in names if a.group == subj.group and a is not subj and a.key != obj.key),
                         default=10 ** 6) > gap(obj, subj)
            o_near = min((gap(subj, a) for a in names if a.group == obj.group and a is not obj and a.key != subj.key),
                         default=10 ** 6) > gap(subj, obj)
            if s_near:
                out.add("s_closest_to_o")
            if o_near:
                out.add("o_closest_to_s")
            if s_near and o_near:
                out.add("mutual_nearest")
        if subj.start < obj.start:
            before = [a for a in names if a.group == subj.group and a.end <= obj.start]
            if before and before[-1] == subj:
                out.add("s_nearest_left")
        else:
            after = [a for a in names if a.group == subj.group and a.start >= obj.end]
            if after and after[0] == subj:
                out.add("s_nearest_right")
        if obj.kind == "entity":
            if obj.start > subj.start:
                before_o = [a for a in names if a.group == obj.group and a.end <= obj.start and a.start > subj.start]
                if not before_o:
                    out.add("o_first_after_s")
    else:
        anchor = obj if obj.explicit else subj
        implicit = subj if not subj.explicit else obj
        rivals = [a for a in names if a.group == implicit.group and a.start < anchor.start]
        out.add(f"implicit_rivals_before={min(len(rivals), 2)}")
        if any(a.group == implicit.group for a in names):
            out.add("implicit_kind_named")
    return out


def _window(toks: list[str], pos: int, name: str, lang: str) -> set[str]:
    out = set()
    for k in (1, 2, 3):
        if pos - k >= 0:
            out.add(f"{name}-{k}={_stem(toks[pos - k])}")
        if pos + k < len(toks):
            out.add(f"{name}+{k}={_stem(toks[pos + k])}")
    return out


def _value_features(toks: list[str], pos: int, obj: Arg) -> set[str]:
    out = set()
    for k in (1, 2, 3, 4):
        if pos - k >= 0:
            out.add(f"v-{k}={_stem(toks[pos - k])}")
        if pos + k < len(toks):
            out.add(f"v+{k}={_stem(toks[pos + k])}")
    out |= _triggers(toks[max(0, pos - 5):pos], "vleft")
    out |= _triggers(toks[pos + 1:pos + 5], "vright")
    money = [i for i, w in enumerate(toks) if w in ("<MONEY>", "<O>")]
    if obj.kind == "amount":
        rank = sum(1 for i in money if i < pos)
        out.add(f"vrank={min(rank, 3)}")
        out.add(f"vcount={min(len(money), 4)}")
    return out


def _triggers(words: list[str], where: str) -> set[str]:
    return {f"trig:{kind}@{where}" for _, kind in trigger_hits(words)}


def _triggers_in(spans: list[tuple[int, int, str]], a: int, b: int, where: str) -> set[str]:
    """:func:`_triggers` of ``words[a:b]``, from the :func:`trigger_spans` of ``words``."""
    return {f"trig:{kind}@{where}" for i, n, kind in spans if a <= i and i + n <= b}


def _article_features(toks: list[str], obj: Arg, lang: str) -> set[str]:
    """Features of "the article quotes / credits O"."""
    out = {"article"}
    o_pos = toks.index("<O>") if "<O>" in toks else -1
    out |= _window(toks, o_pos, "o", lang)
    out |= _triggers(toks[max(0, o_pos - 6):o_pos], "left")
    out |= _triggers(toks[o_pos + 1:o_pos + 7], "right")
    out |= _triggers(toks, "sent")
    if any(w in ("\"", "“", "”", "«", "»") for w in toks):
        out.add("quote_marks")
    if toks and toks[0] in ("\"", "“", "«"):
        out.add("opens_quote")
    return out
