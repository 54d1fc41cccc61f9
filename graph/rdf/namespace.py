"""The kg ontology namespace, one attribute per term of ``ontology/kg.ttl``.

Generated from the ontology by ``python -m graph.rdf.gen_namespace``: do not edit by hand;
``tests/test_ontology.py`` fails when the two drift. A misspelt term raises ``AttributeError``
instead of minting a wrong IRI.
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

    # A machine-learning model or model family (GPT-4, Claude, Mistral Large).
    AIModel: URIRef
    # A person or an organisation that can act.
    Agent: URIRef
    # A news article: the source of statements.
    Article: URIRef
    # The text states the fact.
    Asserted: URIRef
    # How the text puts a fact forward.
    AssertionStatus: URIRef
    # A bank or asset manager.
    Bank: URIRef
    # A city or metropolitan area.
    City: URIRef
    # A cloud platform or hosted service.
    CloudService: URIRef
    # A business, from start-up to big tech.
    Company: URIRef
    # A topic or idea the article discusses (open source, sovereign AI).
    Concept: URIRef
    # A sovereign state, or a union of states such as the EU.
    Country: URIRef
    # A government, ministry, regulator or public agency.
    GovernmentBody: URIRef
    # A chip, system or device.
    Hardware: URIRef
    # The fact is a condition or a possibility.
    Hypothetical: URIRef
    # An organisation whose business is investing: venture capital, private equity, funds, banks' investment arms.
    InvestmentFirm: URIRef
    # A newspaper, magazine, news site or broadcaster.
    MediaOutlet: URIRef
    # An amount of money: a decimal value and an ISO 4217 currency.
    MonetaryAmount: URIRef
    # The text denies the fact.
    Negated: URIRef
    # A company, lab, fund, outlet, university or public body.
    Organization: URIRef
    # A human being.
    Person: URIRef
    # A geographic place.
    Place: URIRef
    # The fact is an intention or plan, not yet true.
    Planned: URIRef
    # The text takes the fact for granted, e.g. inside a how/why question.
    Presupposed: URIRef
    # Something an organisation makes: a model, software, hardware or a service.
    Product: URIRef
    # The text asks whether the fact holds (a yes/no question).
    Questioned: URIRef
    # A region, state or province below the country level.
    Region: URIRef
    # The text reports someone else's claim (according to, said).
    Reported: URIRef
    # A research laboratory or institute.
    ResearchLab: URIRef
    # An application, tool, runtime or platform.
    Software: URIRef
    # A state-owned investment fund or a pension fund.
    SovereignFund: URIRef
    # One extracted fact with its provenance: article, evidence sentence, offsets, extractor, confidence and assertion
    # status. rdf:subject, rdf:predicate and rdf:object give the fact.
    Statement: URIRef
    # A university or school.
    University: URIRef
    # An investment firm that funds start-ups.
    VentureCapitalFirm: URIRef
    # The organisation bought the other one.
    acquired: URIRef
    # Another name of the entity.
    alias: URIRef
    # The amount as a decimal number of currency units.
    amountValue: URIRef
    # The article a statement was extracted from.
    article: URIRef
    # The organisation's chief executive officer.
    ceo: URIRef
    # The two organisations or products compete.
    competitor: URIRef
    # A concept the article discusses, or one an organisation takes up (an organisation publishing its model weights:
    # open weights). No rdfs:domain: the subject is an article or an organisation.
    concept: URIRef
    # How sure the extractor is, in [0, 1].
    confidence: URIRef
    # SHA-256 of the article text: the article's identity.
    contentHash: URIRef
    # The country the organisation, product or person belongs to.
    country: URIRef
    # ISO 4217 code of the amount's currency.
    currency: URIRef
    # The organisation that develops the product.
    developer: URIRef
    # An organisation the person works for now.
    employer: URIRef
    # Character offset just after the evidence in the article text.
    end: URIRef
    # The sentence the statement comes from, exactly as in the article text.
    evidence: URIRef
    # The name of the extractor that found the statement.
    extractor: URIRef
    # The version of kg that ran the extractor.
    extractorVersion: URIRef
    # file name
    fileName: URIRef
    # An organisation the person used to work for.
    formerEmployer: URIRef
    # The organisation was founded by this agent.
    founder: URIRef
    # The year the organisation was founded (xsd:gYear).
    foundingYear: URIRef
    # An amount the organisation raised in a funding round.
    fundsRaised: URIRef
    # Where the organisation is based.
    headquarters: URIRef
    # The organisation recruits people from the other one.
    hiredFrom: URIRef
    # The agent invested in the organisation.
    investedIn: URIRef
    # Inverse of investedIn; not written by kg, available to reasoners.
    investor: URIRef
    # The entity's key in kg's knowledge base.
    kbId: URIRef
    # language
    language: URIRef
    # The article mentions this entity.
    mentions: URIRef
    # The two organisations have a partnership.
    partner: URIRef
    # published
    published: URIRef
    # The article quotes this person.
    quotes: URIRef
    # The organisation released the product.
    released: URIRef
    # The funding round of a fundsRaised statement: seed, Series A, ...
    roundType: URIRef
    # The site that published the article.
    site: URIRef
    # The outlet the article credits as its source.
    source: URIRef
    # Character offset of the evidence in the article text (0-based, inclusive).
    start: URIRef
    # How the text puts the fact forward.
    status: URIRef
    # The object as written in the text, for amounts and dates.
    surfaceForm: URIRef
    # The article text that offsets refer to (the file as read, or the text extracted from HTML).
    text: URIRef
    # title
    title: URIRef
    # URL
    url: URIRef
    # A valuation of the organisation.
    valuation: URIRef
    # pre-money or post-money, when the text says.
    valuationBasis: URIRef
    # A product or project the person contributed to.
    workedOn: URIRef
