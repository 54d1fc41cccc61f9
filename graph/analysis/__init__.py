"""Text analysis: an article to the frozen :class:`~graph.analysis.document.Document` extractors read.

Modules, each importing only those above it (and :mod:`graph.model`, :mod:`graph.rdf.ontology`)::

    text        sentences with exact offsets; page furniture
    amounts     money and years (FR/EN)
    status      assertion status: asserted, reported, presupposed, questioned, negated, planned, hypothetical
    nlp         spaCy pipelines (French NER), language detection, dictionary words
    lexicon     the word lists of graph/data/lexicon.json
    types       type groups, and the types a relation implies, from ontology/kg.ttl
    kbase       the knowledge base (graph/kb/entities.jsonl + --kb files)
    mentions    names: knowledge base, spaCy NER, capitalised chunks, typing from context
    names       longer names built on known ones, places in names, person-shaped names
    entities    mentions to entities; short names of people
    focus       the article's main organisation
    anaphora    references without a name, each sentence's topic and subject
    document    Document and SentenceView (masked sentences)
    analyser    the steps above, in order: Analyser.analyse(article) -> Document
"""
