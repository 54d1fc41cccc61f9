"""The entity types kg reasons with, all read from the ontology (``ontology/kg.ttl``).

* Type groups: :data:`ORG_TYPES` (``Organization`` and its subclasses), :data:`PRODUCT_TYPES`,
  :data:`PLACE_TYPES`, :data:`INVESTOR_TYPES` (``InvestmentFirm`` and its subclasses), and
  :data:`TYPE_GROUPS`, the groups rules name as ``stype``/``otype``.
* :func:`implied_types`: what a relation says about a name the knowledge base does not know,
  from the relation's ``rdfs:domain`` and ``rdfs:range``.
"""
from __future__ import annotations

from ..rdf.ontology import domain, range_of, subclasses

ORG_TYPES = subclasses("Organization")
PRODUCT_TYPES = subclasses("Product")
PLACE_TYPES = subclasses("Place")
#: Organisations whose business is investing: rarely what a news story is about, never the one raising.
INVESTOR_TYPES = subclasses("InvestmentFirm")
#: What a rule's ``stype``/``otype`` may name.
TYPE_GROUPS: dict[str, frozenset[str]] = {
    "ORG": ORG_TYPES, "PER": frozenset({"Person"}), "PROD": PRODUCT_TYPES, "PLACE": PLACE_TYPES,
    "AGENT": ORG_TYPES | {"Person"}, "ORGPROD": ORG_TYPES | PRODUCT_TYPES, "COUNTRY": frozenset({"Country"}),
    "CITY": frozenset({"City", "Region"}), "CONCEPT": frozenset({"Concept"}),
    "ANY": ORG_TYPES | PRODUCT_TYPES | {"Person"},
}
#: An end that may be a person or an organisation: the name's shape decides.
AGENT = "Agent"
_TYPED_FROM_CONTEXT = ("Person", "Organization", "Product", AGENT)


def implied_types(relation: str) -> tuple[str | None, str | None]:
    """The types a relation gives its subject and its object when the knowledge base does not know them.

    Read from the relation's domain and range. Only people, organisations and products are typed
    this way (:data:`AGENT` when either a person or an organisation); places and concepts come
    from the knowledge base only, so their ends give None, as do ends the ontology leaves open.

    >>> implied_types("employer")
    ('Person', 'Organization')
    >>> implied_types("headquarters")
    ('Organization', None)
    """
    ends = domain(relation), range_of(relation)
    return tuple(t if t in _TYPED_FROM_CONTEXT else None for t in ends)  # type: ignore[return-value]
