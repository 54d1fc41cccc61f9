"""The kg ontology namespace, one attribute per term of ``ontology/kg.ttl``.

Generated from the ontology; ``tests/test_namespace.py`` fails when the two drift.
A misspelt term raises ``AttributeError`` instead of minting a wrong IRI.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/kgnews/ontology#"
#: Base IRIs minted by kg (see ontology/README.md).
ENTITY = Namespace("https://w3id.org/kgnews/id/")
ARTICLE = Namespace("https://w3id.org/kgnews/article/")
STATEMENT = Namespace("https://w3id.org/kgnews/statement/")
AMOUNT = Namespace("https://w3id.org/kgnews/amount/")


class KG(DefinedNamespace):
    """Terms of the kg ontology."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    AIModel: URIRef
    Agent: URIRef
    Article: URIRef
    Asserted: URIRef
    AssertionStatus: URIRef
    Bank: URIRef
    City: URIRef
    CloudService: URIRef
    Company: URIRef
    Concept: URIRef
    Country: URIRef
    GovernmentBody: URIRef
    Hardware: URIRef
    Hypothetical: URIRef
    InvestmentFirm: URIRef
    MediaOutlet: URIRef
    MonetaryAmount: URIRef
    Negated: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Planned: URIRef
    Presupposed: URIRef
    Product: URIRef
    Questioned: URIRef
    Region: URIRef
    Reported: URIRef
    ResearchLab: URIRef
    Software: URIRef
    SovereignFund: URIRef
    Statement: URIRef
    University: URIRef
    VentureCapitalFirm: URIRef
    acquired: URIRef
    alias: URIRef
    amountValue: URIRef
    article: URIRef
    ceo: URIRef
    competitor: URIRef
    concept: URIRef
    confidence: URIRef
    contentHash: URIRef
    country: URIRef
    currency: URIRef
    developer: URIRef
    employer: URIRef
    end: URIRef
    evidence: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    fileName: URIRef
    formerEmployer: URIRef
    founder: URIRef
    foundingYear: URIRef
    fundsRaised: URIRef
    headquarters: URIRef
    hiredFrom: URIRef
    investedIn: URIRef
    investor: URIRef
    kbId: URIRef
    language: URIRef
    mentions: URIRef
    partner: URIRef
    published: URIRef
    quotes: URIRef
    released: URIRef
    roundType: URIRef
    site: URIRef
    source: URIRef
    start: URIRef
    status: URIRef
    surfaceForm: URIRef
    text: URIRef
    title: URIRef
    url: URIRef
    valuation: URIRef
    valuationBasis: URIRef
    workedOn: URIRef
