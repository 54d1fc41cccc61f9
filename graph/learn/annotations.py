"""kg's annotated corpus: reading, resolving and checking the annotation files.

The annotations live in ``annotations/`` (guidelines in ``annotations/GUIDELINES.md``). One YAML file
per text, keyed by the text's file name and the SHA-256 of its text, so a changed text is detected::

    file: some-story.en.txt
    sha256: 3f1c...                       # of the text, UTF-8
    annotator: en-2
    entities:
      Acme Robotics: {type: Company, forms: [Acme Robotics, Acme]}
      Jane Doe: {type: Person, forms: [Jane Doe, Doe]}
      Foo Ventures: {type: VentureCapitalFirm}          # forms default to [name]
      France: {type: Country, forms: [], demonyms: [French]}   # a place named only by its demonym
    facts:
      - [Acme Robotics, founder, Jane Doe, asserted, "Acme Robotics, founded by Jane Doe"]
      - [Acme Robotics, fundsRaised, 12000000 USD, asserted, ["raised $12 million", "The $12 million round"]]
      - [Foo Ventures, investedIn, Acme Robotics, planned, "Foo Ventures is in talks to invest"]
    optional:
      - [Jane Doe, employer, Acme Robotics, asserted, "Acme Robotics chief executive Jane Doe"]

A fact row is ``[subject, relation, object, status, evidence]``: subject and object are entity names
of the file (or ``ARTICLE``), an amount ``VALUE CUR`` or a year; evidence is one quote or a list of
quotes copied from the text, each inside the sentence that states the fact. Resolving a file finds
every form of every entity in the text (the mention spans) and every quote (the evidence spans).

``python -m graph.learn.annotations check [FILES or folders]`` reports every problem in a file.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "annotations"
TRAIN_CORPUS = ROOT.parent / "shared" / "corpus-train"

RELATIONS = (
    "founder",
    "ceo",
    "foundingYear",
    "formerEmployer",
    "employer",
    "workedOn",
    "investedIn",
    "fundsRaised",
    "valuation",
    "competitor",
    "country",
    "headquarters",
    "developer",
    "acquired",
    "partner",
    "hiredFrom",
    "quotes",
    "source",
    "concept",
)
STATUSES = ("asserted", "reported", "presupposed", "questioned", "negated", "planned", "hypothetical")
ASSERTING = ("asserted", "reported", "presupposed")
AMOUNT_RELATIONS = ("fundsRaised", "valuation")
ARTICLE = "ARTICLE"
_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?) ([A-Z]{3})$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")

# Entity classes an annotator may use, with the group each belongs to (domain and range checks).
_GROUPS = {
    "Person": "Person",
    "Organization": "Org",
    "Company": "Org",
    "InvestmentFirm": "Org",
    "VentureCapitalFirm": "Org",
    "SovereignFund": "Org",
    "Bank": "Org",
    "ResearchLab": "Org",
    "MediaOutlet": "Org",
    "University": "Org",
    "GovernmentBody": "Org",
    "Product": "Product",
    "AIModel": "Product",
    "Software": "Product",
    "Hardware": "Product",
    "CloudService": "Product",
    "Place": "Place",
    "Country": "Place",
    "City": "Place",
    "Region": "Place",
    "Concept": "Concept",
}
ENTITY_TYPES = tuple(_GROUPS)
# relation -> (allowed subject groups, allowed object groups); "Article", "Amount", "Year" are value kinds.
_SIGNATURE = {
    "founder": ({"Org"}, {"Person", "Org"}),
    "ceo": ({"Org"}, {"Person"}),
    "foundingYear": ({"Org"}, {"Year"}),
    "formerEmployer": ({"Person"}, {"Org"}),
    "employer": ({"Person"}, {"Org"}),
    "workedOn": ({"Person"}, {"Product"}),
    "investedIn": ({"Person", "Org"}, {"Org"}),
    "fundsRaised": ({"Org"}, {"Amount"}),
    "valuation": ({"Org"}, {"Amount"}),
    "competitor": ({"Org", "Product"}, {"Org", "Product"}),
    "country": ({"Org", "Product", "Person", "Place"}, {"Place"}),
    "headquarters": ({"Org"}, {"Place"}),
    "developer": ({"Product"}, {"Org", "Person"}),
    "acquired": ({"Org"}, {"Org", "Product"}),
    "partner": ({"Org", "Person", "Product"}, {"Org", "Person", "Product"}),
    "hiredFrom": ({"Org"}, {"Org"}),
    "quotes": ({"Article"}, {"Person", "Org"}),
    "source": ({"Article"}, {"Org"}),
    "concept": ({"Article", "Org", "Product"}, {"Concept"}),
}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class EntityAnn:
    name: str
    type: str
    forms: list[str]
    spans: list[Span] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)  # places: "French", "parisienne"
    demonym_spans: list[Span] = field(default_factory=list)

    @property
    def group(self) -> str:
        return _GROUPS.get(self.type, "?")


@dataclass
class FactAnn:
    subject: str
    relation: str
    object: str
    status: str
    quotes: list[str]
    evidence: list[Span] = field(default_factory=list)
    optional: bool = False

    @property
    def asserting(self) -> bool:
        return self.status in ASSERTING

    def amount(self) -> tuple[float, str] | None:
        m = _AMOUNT.match(self.object)
        return (float(m.group(1)), m.group(2)) if m else None


@dataclass
class AnnotatedText:
    """One annotated text, resolved: entity mention spans and evidence spans in ``text``."""

    path: Path  # the annotation file
    file: str  # the text's file name
    collection: str  # en, fr or fr-own
    text: str
    annotator: str
    entities: dict[str, EntityAnn]
    facts: list[FactAnn]
    problems: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return "en" if self.file.endswith(".en.txt") else "fr"

    def mentions(self, demonyms: bool = False) -> list[tuple[int, int, str, str]]:
        """(start, end, entity name, type) of every resolved mention, longest first where they overlap;
        with ``demonyms``, a place's demonyms ("French", "parisienne") count as its mentions too."""
        out: list[tuple[int, int, str, str]] = []
        for e in self.entities.values():
            out.extend((s.start, s.end, e.name, e.type) for s in e.spans)
            if demonyms:
                out.extend((s.start, s.end, e.name, e.type) for s in e.demonym_spans)
        out.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        kept: list[tuple[int, int, str, str]] = []
        for m in out:
            if kept and m[0] < kept[-1][1]:
                continue
            kept.append(m)
        return kept


def text_path(collection: str, file: str) -> Path:
    """Where the annotated text lives: ``../shared/corpus-train/{en,fr}/`` or ``annotations/fr-own/texts/``."""
    if collection == "fr-own":
        return ANNOTATIONS / "fr-own" / "texts" / file
    return TRAIN_CORPUS / collection / file


def collection_of(path: Path) -> str:
    parts = path.resolve().parts
    for name in ("fr-own", "en", "fr"):
        if name in parts:
            return name
    raise ValueError(f"{path}: not under annotations/en, annotations/fr or annotations/fr-own")


@cache
def _word_re(form: str) -> re.Pattern:
    return re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])")


def find_form(text: str, form: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _word_re(form).finditer(text)]


def _norm_ws(s: str) -> str:
    return " ".join(s.split())


_QUOTE_CLASSES = {"'": "['’]", "’": "['’]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def find_quote(text: str, quote: str) -> Span | None:
    """The first occurrence of a quote in the text; whitespace (including no-break spaces) and
    typographic apostrophes and quotation marks may differ."""
    i = text.find(quote)
    if i >= 0:
        return Span(i, i + len(quote))
    parts = []
    for word in quote.split():
        parts.append("".join(_QUOTE_CLASSES.get(c) or re.escape(c) for c in word))
    if not parts:
        return None
    m = re.search(r"\s+".join(parts), text)
    return Span(m.start(), m.end()) if m else None


def _row(raw, where: str, problems: list[str], optional: bool) -> FactAnn | None:
    if not isinstance(raw, (list, tuple)) or len(raw) != 5:
        problems.append(f"{where}: a fact is [subject, relation, object, status, evidence], got {raw!r}")
        return None
    s, r, o, st, ev = raw
    quotes = [ev] if isinstance(ev, str) else list(ev or [])
    return FactAnn(str(s), str(r), str(o), str(st), [str(q) for q in quotes], optional=optional)


def load(path: Path, text: str | None = None) -> AnnotatedText:
    """Read and resolve one annotation file; problems are collected, not raised."""
    import yaml

    problems: list[str] = []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    file = str(data.get("file") or "")
    collection = collection_of(path)
    if text is None:
        tp = text_path(collection, file)
        if not tp.is_file():
            problems.append(f"text {tp} not found")
            text = ""
        else:
            text = tp.read_text(encoding="utf-8")
    if text and data.get("sha256") != sha256(text):
        problems.append(f"sha256 {data.get('sha256')} does not match the text ({sha256(text)}): the text changed")
    entities: dict[str, EntityAnn] = {}
    for name, spec in (data.get("entities") or {}).items():
        spec = spec or {}
        if isinstance(spec, str):
            spec = {"type": spec}
        typ = str(spec.get("type", ""))
        demonyms = [str(f) for f in (spec.get("demonyms") or [])]
        forms = [str(f) for f in (spec.get("forms") if "forms" in spec else ([] if demonyms else [name])) or []]
        ent = EntityAnn(str(name), typ, forms, demonyms=demonyms)
        if typ not in _GROUPS:
            problems.append(f"entity {name!r}: type {typ!r} is not one of {', '.join(ENTITY_TYPES)}")
        if demonyms and _GROUPS.get(typ) != "Place":
            problems.append(f"entity {name!r}: only places (Country, City, Region) take demonyms")
        if not forms and not demonyms:
            problems.append(f"entity {name!r}: give forms (or demonyms for a place)")
        for form in forms:
            spans = find_form(text, form)
            if not spans:
                problems.append(
                    f"entity {name!r}: form {form!r} does not occur in the text (case and whole words count)"
                )
            ent.spans.extend(spans)
        for form in demonyms:
            spans = find_form(text, form)
            if not spans:
                problems.append(
                    f"entity {name!r}: demonym {form!r} does not occur in the text (case and whole words count)"
                )
            ent.demonym_spans.extend(spans)
        entities[str(name)] = ent
    facts: list[FactAnn] = []
    for key, optional in (("facts", False), ("optional", True)):
        for i, raw in enumerate(data.get(key) or []):
            f = _row(raw, f"{key}[{i}]", problems, optional)
            if f is None:
                continue
            where = f"{key}[{i}] {f.subject} {f.relation} {f.object}"
            if f.relation not in RELATIONS:
                problems.append(f"{where}: relation {f.relation!r} is not one of {', '.join(RELATIONS)}")
            if f.status not in STATUSES:
                problems.append(f"{where}: status {f.status!r} is not one of {', '.join(STATUSES)}")
            sg = _kind(f.subject, f.relation, entities, subject=True)
            og = _kind(f.object, f.relation, entities, subject=False)
            if sg is None:
                problems.append(f"{where}: subject {f.subject!r} is not an entity of the file (nor ARTICLE)")
            if og is None:
                problems.append(
                    f"{where}: object {f.object!r} is not an entity of the file, an amount 'VALUE CUR' or a year"
                )
            sig = _SIGNATURE.get(f.relation)
            if sig and sg and og and (sg not in sig[0] or og not in sig[1]):
                problems.append(
                    f"{where}: {f.relation} takes {'/'.join(sorted(sig[0]))} -> {'/'.join(sorted(sig[1]))}, "
                    f"got {sg} -> {og}"
                )
            if not f.quotes:
                problems.append(f"{where}: no evidence quote")
            for q in f.quotes:
                span = find_quote(text, q)
                if span is None:
                    problems.append(f"{where}: evidence {q!r} is not in the text (copy it exactly)")
                else:
                    f.evidence.append(span)
            facts.append(f)
    return AnnotatedText(path, file, collection, text, str(data.get("annotator") or ""), entities, facts, problems)


def _kind(value: str, relation: str, entities: dict[str, EntityAnn], subject: bool) -> str | None:
    if value == ARTICLE:
        return "Article"
    if value in entities:
        return entities[value].group
    if not subject and relation in AMOUNT_RELATIONS and _AMOUNT.match(value):
        return "Amount"
    if not subject and relation == "foundingYear" and _YEAR.match(value):
        return "Year"
    return None


def iter_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(
                sorted(q for q in p.rglob("*.yaml") if "double" not in q.relative_to(p).parts or "double" in p.parts)
            )
        else:
            out.append(p)
    return out


def load_all(collections: tuple[str, ...] = ("en", "fr", "fr-own")) -> list[AnnotatedText]:
    """Every first annotation of the given collections (second annotations in ``double/`` are left out)."""
    out: list[AnnotatedText] = []
    for c in collections:
        folder = ANNOTATIONS / c
        out.extend(load(p) for p in sorted(folder.glob("*.yaml")))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] != "check":
        print("usage: python -m graph.learn.annotations check [FILE or FOLDER ...]", file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv[1:]] or [ANNOTATIONS]
    bad = 0
    files = iter_files(paths)
    n_ent = n_fact = 0
    for p in files:
        doc = load(p)
        n_ent += len(doc.entities)
        n_fact += len(doc.facts)
        for msg in doc.problems:
            print(f"{p}: {msg}")
        bad += bool(doc.problems)
    print(f"{len(files)} files, {n_ent} entities, {n_fact} facts; {bad} files with problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
