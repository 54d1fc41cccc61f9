"""The data kg extracts: articles, entities, amounts and facts, with the relations and
assertion statuses a fact may have.

Extractors produce these plain objects; :mod:`graph.rdf` turns them into RDF.
Nothing here imports spaCy or rdflib.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Relation(StrEnum):
    """The relations a fact may have: the fact contract of ``ontology/kg.ttl`` (a test checks them
    against it), without ``investor`` (investedIn's inverse, for reasoners) and ``mentions`` (written
    for every entity an article names, not as a fact).

    A member is its ontology local name, and compares equal to it: ``Relation.investedIn == "investedIn"``.
    """

    founder = "founder"
    foundingYear = "foundingYear"
    ceo = "ceo"
    employer = "employer"
    formerEmployer = "formerEmployer"
    workedOn = "workedOn"
    investedIn = "investedIn"
    fundsRaised = "fundsRaised"
    valuation = "valuation"
    competitor = "competitor"
    country = "country"
    headquarters = "headquarters"
    developer = "developer"
    released = "released"
    acquired = "acquired"
    partner = "partner"
    hiredFrom = "hiredFrom"
    concept = "concept"
    quotes = "quotes"
    source = "source"


class Status(StrEnum):
    """How the text puts a fact forward, in the order of the ontology's ``kg:AssertionStatus``."""

    asserted = "asserted"
    reported = "reported"
    presupposed = "presupposed"
    questioned = "questioned"
    negated = "negated"
    planned = "planned"
    hypothetical = "hypothetical"

    @property
    def asserting(self) -> bool:
        """Whether the fact is also written as a plain triple (the text asserts, reports or presupposes it)."""
        return self in ASSERTING


#: Statuses under which a fact is also written as a plain triple.
ASSERTING = (Status.asserted, Status.reported, Status.presupposed)
#: Every assertion status, in the order of the ontology.
STATUSES = tuple(Status)
#: The key of the article itself as a fact subject or object.
ARTICLE_KEY = "__article__"
#: The key of a group of people the text names together ("les deux fondateurs"): the pipeline
#: replaces it with the founders of the article's main organisation.
GROUP_KEY = "__founders__"


def slugify(text: str) -> str:
    """A stable ASCII slug for IRIs: ``"Timothée Lacroix"`` -> ``"timothee-lacroix"``.

    >>> slugify("T. Rowe Price Associates, Inc.")
    't-rowe-price-associates-inc'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or "x" + hashlib.sha256(text.encode()).hexdigest()[:12]


_LEGAL = re.compile(r",?\s+(?:Inc|Ltd|LLC|Corp|Corporation|PLC|plc|GmbH|S\.?A\.?S?|SAS|AG|NV|BV)\.?$")


def name_key(name: str) -> str:
    """The entity key of a name the knowledge base does not know: its slug without a legal suffix,
    so "Vercept" and "Vercept, Inc." are one node across articles.

    >>> name_key("Acme Robotics, Inc.")
    'acme-robotics'
    """
    stripped = _LEGAL.sub("", name.strip())
    return slugify(stripped or name)


def content_hash(text: str) -> str:
    """SHA-256 of a text, the identity of an article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One input article: its text (offsets refer to it) and metadata."""

    text: str
    name: str = ""
    title: str | None = None
    url: str | None = None
    site: str | None = None
    published: str | None = None
    lang: str | None = None

    @property
    def hash(self) -> str:
        # computed once per text: writing an article's facts asks for it once per fact
        cached = self.__dict__.get("_hash")
        if cached is None or cached[0] is not self.text:
            cached = self.__dict__["_hash"] = (self.text, content_hash(self.text))
        return cached[1]

    @property
    def key(self) -> str:
        """The article's IRI local name: the first 16 hex digits of its content hash."""
        return self.hash[:16]


@dataclass(frozen=True)
class Entity:
    """A named thing in one or more articles (change one with :func:`dataclasses.replace`)."""

    key: str
    label: str
    type: str
    aliases: frozenset[str] = frozenset()
    kb_id: str | None = None
    wikidata: str | None = None
    kb_name: str | None = None
    #: Named more than once in the article: a real name, not a stray capital.
    repeated: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.aliases, frozenset):
            object.__setattr__(self, "aliases", frozenset(self.aliases))


@dataclass(frozen=True)
class Amount:
    """A sum of money: value in currency units, ISO 4217 currency, and the text it came from."""

    value: Decimal
    currency: str | None
    surface: str = ""

    @property
    def key(self) -> str:
        return f"{self.value.normalize():f}-{self.currency or 'XXX'}"


@dataclass(frozen=True, kw_only=True)
class Fact:
    """One relation between two things, with where and how the text says it.

    ``subject`` and ``object`` are entity keys (or :data:`ARTICLE_KEY`); ``object`` is an
    :class:`Amount` for fundsRaised and valuation, and a year string for foundingYear.
    ``start``/``end`` are the evidence sentence's offsets in the article text. ``relation`` and
    ``status`` may be given by name; an unknown one raises ValueError here, not when the fact
    is written.

    >>> Fact(subject="acme", relation="founder", object="jane-doe", start=0, end=40).relation
    <Relation.founder: 'founder'>
    """

    subject: str
    relation: Relation
    object: str | Amount
    start: int
    end: int
    status: Status = Status.asserted
    confidence: float = 0.5
    extractor: str = "rules"
    round_type: str | None = None
    valuation_basis: str | None = None

    def __post_init__(self) -> None:
        for name, enum in (("relation", Relation), ("status", Status)):
            value = getattr(self, name)
            if not isinstance(value, enum):
                try:
                    object.__setattr__(self, name, enum(value))
                except ValueError:
                    raise ValueError(f"unknown {name} {value!r}; use one of {', '.join(enum)}") from None
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside [0, 1]")


@dataclass
class Extraction:
    """What the pipeline found in one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    mentions: set[str] = field(default_factory=set)
