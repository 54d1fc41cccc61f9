"""How the viewer draws each ontology class, and the words it shows in English and French.

To style a new class, add it to :data:`CLASS_STYLE`; a class without an entry takes the
style of its nearest styled ancestor, so subclasses of Organization look like organisations.
"""
from __future__ import annotations

#: class -> (colour, vis-network shape). Shapes with the label below the node keep labels readable.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Thing": ("#9aa0a6", "dot"),
    "Agent": ("#9aa0a6", "dot"),
    "Person": ("#e15759", "dot"),
    "Organization": ("#4e79a7", "square"),
    "Company": ("#3b6ea8", "square"),
    "InvestmentFirm": ("#59a14f", "square"),
    "VentureCapitalFirm": ("#3f8f3a", "square"),
    "SovereignFund": ("#7cb86f", "square"),
    "Bank": ("#2f6b2a", "square"),
    "ResearchLab": ("#76b7b2", "square"),
    "MediaOutlet": ("#b07aa1", "square"),
    "University": ("#9c755f", "square"),
    "GovernmentBody": ("#6b6ecf", "square"),
    "Product": ("#f28e2b", "triangle"),
    "AIModel": ("#f28e2b", "triangle"),
    "Software": ("#d9a400", "triangle"),
    "Hardware": ("#ff9da7", "triangle"),
    "CloudService": ("#c46bd1", "triangle"),
    "Place": ("#8cd17d", "hexagon"),
    "Country": ("#4f9d3a", "hexagon"),
    "City": ("#8cd17d", "hexagon"),
    "Region": ("#b6d98c", "hexagon"),
    "Concept": ("#bcbd22", "star"),
    "Article": ("#5f6b7a", "document"),   # a page with a folded corner, drawn by assets/common.js
    "MonetaryAmount": ("#d4a017", "diamond"),
    "Value": ("#b0a58a", "diamond"),
}

UI = {
    "en": {
        "title": "Knowledge graph", "search": "Search a node…", "types": "Entity types",
        "relations": "Relations", "min_conf": "Minimum confidence", "show_unasserted": "Show facts not asserted "
                                                                                       "(dashed)",
        "show_isolated": "Show nodes without a visible fact", "physics": "Physics", "fit": "Fit to screen",
        "clear": "Clear highlight", "all": "all", "none": "none", "shown": "shown", "of": "of",
        "nodes": "nodes", "edges": "facts", "click_hint": "Click a node or a fact (edge) to see its details and "
                                                          "evidence.",
        "type": "Type", "aliases": "Aliases", "wikidata": "Wikidata", "facts": "Facts", "mentioned_in": "Mentioned in",
        "evidence": "Evidence", "article": "Article", "confidence": "confidence", "status": "status",
        "extractor": "extractor", "round": "round", "basis": "valuation basis", "surface": "as written",
        "no_facts": "No fact.", "hidden": "hidden by the filters", "matches": "matches", "no_match": "No match",
        "site": "Site", "published": "Published", "url": "Link", "file": "File", "language": "Language",
        "value": "Value", "currency": "Currency", "same_as": "Same as", "focus": "Focus",
        "physics_on": "on", "physics_off": "off", "legend": "Legend", "Value": "value", "Thing": "thing",
        "Article": "article", "statements": "statements", "colon": ": ", "decimal": ".",
        "color_community": "Colour by community", "communities": "Communities",
        "timeline": "Funding and valuations", "funding": "funding round", "valuation": "valuation",
        "undated": "Undated", "not_converted": "Amounts as reported, not converted.",
        "start": "Search a company, a person, an investor or a product to start; double-click a node to "
                 "expand its neighbourhood.",
        "expand": "Double-click a node to expand its neighbourhood.", "more": "Show more",
        "neighbours": "Neighbours", "loading": "Loading…", "failed": "The server did not answer",
        "clear_graph": "Clear the graph", "sparql": "SPARQL endpoint", "explorer": "Explorer",
        "shown_of": "shown of", "articles": "articles", "fuzzy": "close match",
    },
    "fr": {
        "title": "Graphe de connaissances", "search": "Chercher un nœud…", "types": "Types d’entités",
        "relations": "Relations", "min_conf": "Confiance minimale", "show_unasserted": "Montrer les faits non affirmés "
                                                                                       "(pointillés)",
        "show_isolated": "Montrer les nœuds sans fait visible", "physics": "Physique", "fit": "Tout afficher",
        "clear": "Effacer la sélection", "all": "tous", "none": "aucun", "shown": "affichés", "of": "sur",
        "nodes": "nœuds", "edges": "faits", "click_hint": "Cliquez sur un nœud ou un fait (arête) pour voir ses "
                                                          "détails et ses preuves.",
        "type": "Type", "aliases": "Alias", "wikidata": "Wikidata", "facts": "Faits", "mentioned_in": "Cité dans",
        "evidence": "Preuves", "article": "Article", "confidence": "confiance", "status": "statut",
        "extractor": "extracteur", "round": "tour", "basis": "base de valorisation", "surface": "tel qu’écrit",
        "no_facts": "Aucun fait.", "hidden": "masqué par les "
                                             "filtres", "matches": "résultats", "no_match": "Aucun résultat",
        "site": "Site", "published": "Publié le", "url": "Lien", "file": "Fichier", "language": "Langue",
        "value": "Valeur", "currency": "Devise", "same_as": "Identique à", "focus": "Focus",
        "physics_on": "activée", "physics_off": "désactivée", "legend": "Légende", "Value": "valeur", "Thing": "chose",
        "Article": "article", "statements": "énoncés", "colon": "\u00a0: ", "decimal": ",",
        "color_community": "Colorer par communauté", "communities": "Communautés",
        "timeline": "Levées et valorisations", "funding": "levée de fonds", "valuation": "valorisation",
        "undated": "Sans date", "not_converted": "Montants tels que publiés, non convertis.",
        "start": "Cherchez une entreprise, une personne, un investisseur ou un produit pour commencer ; "
                 "double-cliquez sur un nœud pour déplier son voisinage.",
        "expand": "Double-cliquez sur un nœud pour déplier son voisinage.", "more": "Afficher plus",
        "neighbours": "Voisins", "loading": "Chargement…", "failed": "Le serveur n’a pas répondu",
        "clear_graph": "Vider le graphe", "sparql": "Point d’accès SPARQL", "explorer": "Explorateur",
        "shown_of": "affichés sur", "articles": "articles", "fuzzy": "proche",
    },
}

LANGS = tuple(UI)


def class_style(cls: str) -> tuple[str, str]:
    """(colour, shape) of a class, inherited from the nearest styled ancestor."""
    from ..rdf.ontology import superclasses

    for c in superclasses(cls):
        if c in CLASS_STYLE:
            return CLASS_STYLE[c]
    return CLASS_STYLE["Thing"]


def term_label(local: str, lang: str) -> str:
    """The ontology label of a class or property in ``lang``, or the viewer's own word."""
    from ..rdf.ontology import label

    if local in ("Value", "Thing"):
        return UI[lang][local]
    return label(local, lang)


def ontology_properties() -> list[str]:
    """Local names of the ontology's properties."""
    from ..rdf.ontology import properties

    return properties()


def is_symmetric(relation: str) -> bool:
    """True for relations such as ``competitor`` that read the same both ways (drawn without arrow)."""
    from ..rdf.ontology import symmetric_relations

    return relation in symmetric_relations()
