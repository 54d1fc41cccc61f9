"""The knowledge base: entity names, aliases, types, countries, demonyms.

Entries are JSONL (``graph/kb/entities.jsonl``, plus any ``--kb FILE``), one object a line::

    {"id": "nvidia", "name": "Nvidia", "type": "Company", "aliases": ["NVIDIA"],
     "country": "United States", "wikidata": "Q182477", "ambiguous": false}

``name`` is the preferred (English) name, every node's label; ``names`` gives the preferred name
in another language where it differs (``{"fr": "Chine"}``), which the viewer shows with ``--lang``.

Only facts about single entities live here, never relations between entities. Entries
are validated when loaded: an unknown type or a malformed line raises InputError naming
the file and line.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..model import slugify


@dataclass
class KBEntry:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    wikidata: str | None = None
    ambiguous: bool = False
    demonym: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)     # language -> preferred name there

    def name_in(self, lang: str) -> str:
        """The preferred name in ``lang``, else the English one."""
        return self.names.get(lang) or self.name


@dataclass
class KB:
    entries: dict[str, KBEntry]
    by_name: dict[str, str]            # folded surface -> id (case-insensitive names)
    by_exact: dict[str, str]           # exact surface -> id (ambiguous or short names)
    demonyms: dict[str, str]           # folded adjective -> id (countries and cities)
    _regex: re.Pattern | None = None
    _outlets: dict[str, str] | None = None     # folded outlet name -> id (:meth:`outlet_in_capitals`)

    def get(self, key: str) -> KBEntry | None:
        return self.entries.get(key)

    def has_lowercase_form(self, surface: str) -> bool:
        """Whether some name of the entity is written in lower case ("open source", "iPhone")."""
        entry = self.lookup(surface)
        if entry is None:
            return False
        return any(n[:1].islower() for n in [entry.name, *entry.aliases])

    def case_clash(self, surface: str) -> bool:
        """Is a name of several words written with a small letter where the entity's names all have a capital
        ("the Zentri Business daily newsletter" names no "Business Daily")?"""
        entry = self.lookup(surface)
        words = surface.split()
        if entry is None or len(words) < 2 or surface[:1].islower():
            return False
        forms = [n.split() for n in (entry.name, *entry.aliases) if fold(n) == fold(surface)]
        return bool(forms) and all(
            len(f) == len(words) and any(w[:1].islower() and g[:1].isupper()
                                         for w, g in zip(words[1:], f[1:], strict=True)) for f in forms)

    def lookup(self, surface: str) -> KBEntry | None:
        key = self.by_exact.get(surface) or self.by_name.get(fold(surface))
        return self.entries.get(key) if key else None

    def outlet_in_capitals(self, surface: str) -> KBEntry | None:
        """The media outlet whose name or alias is ``surface`` written in capitals ("L'EXPRESS", a masthead),
        ambiguous names included."""
        if self._outlets is None:
            self._outlets = {}
            for entry in self.entries.values():
                if entry.type == "MediaOutlet":
                    for n in (entry.name, *entry.aliases):
                        self._outlets.setdefault(fold(n), entry.id)
        key = self._outlets.get(fold(surface))
        return self.entries[key] if key else None

    @property
    def regex(self) -> re.Pattern:
        """One alternation of every name, longest first, matched on word boundaries."""
        if self._regex is None:
            names = sorted(set(self.by_exact) | {n for n in self._surfaces}, key=lambda s: (-len(s), s))
            body = "|".join(re.escape(n) for n in names)
            self._regex = re.compile(rf"(?:(?<=\bex-)|(?<![\w@#/.-]))(?:{body})(?![\w]|-(?!based\b)\w|"
                                     rf"\.\w)", re.IGNORECASE)
        return self._regex

    _surfaces: set[str] = field(default_factory=set)
    _index: dict[str, list[str]] | None = None

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every name in ``text``: the matches of :attr:`regex`, found by looking up
        the word each match must start with instead of trying every name at every position (the
        alternation of ~2,700 names cost ~60 ms an article; this a few)."""
        low = text.lower()
        if len(low) != len(text):             # a character whose lower case is longer ("İ"): offsets move
            yield from ((m.start(), m.end()) for m in self.regex.finditer(text))
            return
        index = self._name_index()
        pos = 0
        for run in _RUN.finditer(low):
            p = run.start()
            if p < pos:
                continue
            names = index.get(run.group())
            if not names:
                continue
            # the regex's look-behind: no word character, @, #, /, . or - before, unless "ex-"
            if p and text[p - 1] in "@#/.-" and not (low.startswith("ex-", p - 3) and (p == 3 or not _WORD_CHAR.match(
                    text, p - 4))):
                continue
            for name in names:                # longest first, as in the alternation
                end = p + len(name)
                if low.startswith(name, p) and not _BAD_END.match(text, end):
                    yield p, end
                    pos = end
                    break

    def _name_index(self) -> dict[str, list[str]]:
        """Lower-cased names by the word they start with, in the regex's order (longest first)."""
        if self._index is None:
            index: dict[str, list[str]] = {}
            for name in sorted(set(self.by_exact) | self._surfaces, key=lambda s: (-len(s), s)):
                low = name.lower()
                first = _RUN.match(low)
                if first is None or len(low) != len(name):
                    raise ValueError(f"knowledge-base name {name!r} must start with a letter or digit")
                index.setdefault(first.group(), []).append(low)
            self._index = index
        return self._index


_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
#: What may not follow a name (the regex's look-ahead): a word character, "-x" except "-based", ".x".
_BAD_END = re.compile(r"\w|-(?!based\b)\w|\.\w")


def fold(text: str) -> str:
    """Case- and apostrophe-insensitive key for names."""
    return " ".join(text.replace("’", "'").casefold().split())


def _read(path_or_text, origin: str) -> list[KBEntry]:
    from ..rdf.ontology import classes

    known = classes()
    out = []
    for no, line in enumerate(path_or_text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            d = json.loads(line)
            name = d["name"].strip()
            typ = d["type"]
        except (json.JSONDecodeError, KeyError, AttributeError) as exc:
            raise InputError(f"{origin}:{no}: not a knowledge-base entry ({exc}); "
                             'each line needs {"name": ..., "type": ...}') from None
        if typ not in known:
            raise InputError(f"{origin}:{no}: unknown type {typ!r}; use one of {', '.join(sorted(known))}")
        out.append(KBEntry(id=d.get("id") or slugify(name), name=name, type=typ,
                           aliases=[a for a in d.get("aliases") or [] if a.strip()],
                           country=d.get("country"), wikidata=d.get("wikidata"),
                           ambiguous=bool(d.get("ambiguous")), demonym=list(d.get("demonym") or []),
                           names={str(k): str(v) for k, v in (d.get("names") or {}).items()}))
    return out


def _builtin_text() -> str:
    try:
        return resources.files("graph.kb").joinpath("entities.jsonl").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return ""


@lru_cache(maxsize=8)
def load_kb(extra: tuple[Path, ...] = ()) -> KB:
    """The built-in knowledge base plus the user's files (later entries override by id)."""
    entries: dict[str, KBEntry] = {e.id: e for e in _read(_builtin_text(), "graph/kb/entities.jsonl")}
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: cannot read the knowledge-base file ({exc.strerror}); check --kb") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: the knowledge-base file is not UTF-8; convert it") from None
        for e in _read(text, str(path)):
            entries[e.id] = e
    by_name: dict[str, str] = {}
    by_exact: dict[str, str] = {}
    surfaces: set[str] = set()
    demonyms: dict[str, str] = {}
    for e in sorted(entries.values(), key=lambda e: e.id):
        for n in [e.name, *e.aliases]:
            # short or ambiguous names must match with their exact capitalisation
            if e.ambiguous or len(n) <= 4 or n.isupper():
                by_exact.setdefault(n, e.id)
            else:
                by_name.setdefault(fold(n), e.id)
                surfaces.add(n)
        for d in e.demonym:
            demonyms.setdefault(fold(d), e.id)
    kb = KB(entries=entries, by_name=by_name, by_exact=by_exact, demonyms=demonyms)
    kb._surfaces = surfaces
    return kb
