"""Generate a realistic kg corpus graph: N-Quads, one named graph per article.

The graph follows kg's RDF layout (``graph/rdf.py``): per article, the article node (text,
content hash, title, URL, ...), its entities (type, label, aliases), the amounts, one
``kg:Statement`` per fact with provenance (rdf:subject/predicate/object, status,
confidence, evidence sentence, offsets, extractor) and the plain triple of asserting facts.
Entities are drawn from shared pools with a Zipf-like popularity, so popular organisations
and people recur across many articles (merged by IRI), as in a real news corpus.

    python benchmarks/gen_corpus_graph.py --triples 1000000 -o /tmp/corpus.nq
    python benchmarks/gen_corpus_graph.py --articles 50 --sources -o /tmp/corpus50.nq

The output is deterministic for a given ``--seed`` and ``--triples``.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import zlib
from pathlib import Path

KG = "https://w3id.org/kgnews/ontology#"
ID = "https://w3id.org/kgnews/id/"
ART = "https://w3id.org/kgnews/article/"
ST = "https://w3id.org/kgnews/statement/"
AMT = "https://w3id.org/kgnews/amount/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

STATUSES = [("Asserted", 62), ("Reported", 16), ("Presupposed", 5), ("Questioned", 4),
            ("Negated", 3), ("Planned", 6), ("Hypothetical", 4)]
ASSERTING = {"Asserted", "Reported", "Presupposed"}

ORG_ROOTS = ["Quant", "Neur", "Synth", "Cortex", "Vector", "Lumen", "Axon", "Helix", "Nova", "Orbit", "Pixel",
             "Tensor", "Graph", "Deep", "Hyper", "Meta", "Cogni", "Sense", "Logic", "Data", "Aether", "Kairos",
             "Mistral", "Sirius", "Atlas", "Vertex", "Photon", "Qubit", "Fractal", "Echo"]
ORG_SUFFIXES = ["AI", "Labs", "Systems", "Robotics", "Analytics", "Technologies", "Cloud", "Works", "Intelligence", ""]
FIRMS = ["Capital", "Ventures", "Partners", "Investments", "Fund", "Growth"]
FIRST = ["Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Giulia", "Hugo", "Inès", "Jonas", "Karim", "Léa",
         "Mateo", "Nina", "Omar", "Paula", "Quentin", "Rosa", "Samir", "Tara", "Ugo", "Vera", "Wang", "Yuki", "Zoé",
         "Arthur", "Mei", "Ravi", "Sofia", "Timothée", "Ioannis", "Misha", "Arthur", "Guillaume", "Dario"]
LAST = ["Martin", "Bernard", "Laskin", "Antonoglou", "Mensch", "Lample", "Lacroix", "Amodei", "Nguyen", "Kowalski",
        "Rossi", "Schmidt", "Yuan", "Dubois", "Garcia", "Müller", "Tanaka", "Okafor", "Silva", "Haddad", "Novak",
        "Fischer", "Moreau", "Laurent", "Kim", "Patel", "Ibrahim", "Costa", "Petit", "Roux", "Fontaine", "Chen"]
CITIES = ["Paris", "London", "Berlin", "San Francisco", "New York", "Toronto", "Tel Aviv", "Singapore", "Tokyo",
          "Zurich", "Amsterdam", "Munich", "Stockholm", "Seoul", "Bangalore", "Austin", "Boston", "Montreal"]
ROUNDS = ["seed", "Series A", "Series B", "Series C", "Series D", "Series E", "Series F"]
SITES = ["lesechos.fr", "techcrunch.com", "lemonde.fr", "reuters.com", "usine-digitale.fr", "theverge.com"]
CONCEPTS = ["open source", "sovereign AI", "AI safety", "foundation models", "AI agents", "inference chips"]
OUTLETS = ["Reuters", "TechCrunch", "Les Echos", "Bloomberg", "Le Monde", "The Information"]


def _lit(text: str, dt: str | None = None, lang: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{esc}"@{lang}'
    if dt:
        return f'"{esc}"^^<{dt}>'
    return f'"{esc}"'


def _slug(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


class Pools:
    """Shared entities: organisations, investment firms, people, products, places."""

    def __init__(self, rng: random.Random, scale: float):
        def uniq(make, n):
            seen, out = set(), []
            for _ in range(n * 50):  # bounded: the name space is finite
                if len(out) >= n:
                    break
                name = make()
                if name not in seen:
                    seen.add(name)
                    out.append(name)
            return out

        n_org, n_firm, n_person, n_prod = (max(20, int(x * scale)) for x in (6000, 1200, 12000, 1500))
        self.orgs = [(n, rng.choice(["Company", "Company", "Company", "ResearchLab", "Organization"]))
                     for n in uniq(lambda: f"{rng.choice(ORG_ROOTS)}{rng.choice(ORG_ROOTS).lower()} "
                                           f"{rng.choice(ORG_SUFFIXES)}".strip(), n_org)]
        self.firms = [(n, rng.choice(["VentureCapitalFirm", "VentureCapitalFirm", "SovereignFund", "Bank",
                                      "InvestmentFirm"]))
                      for n in uniq(lambda: f"{rng.choice(LAST)} {rng.choice(ORG_ROOTS)} {rng.choice(FIRMS)}", n_firm)]
        self.people = uniq(lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.choice(LAST)}"
                           if rng.random() < 0.5 else f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.randrange(100)}",
                           n_person)
        self.products = [(n, rng.choice(["AIModel", "AIModel", "Software", "Hardware", "CloudService"]))
                         for n in uniq(lambda: f"{rng.choice(ORG_ROOTS)}{rng.choice(ORG_ROOTS).lower()}-{rng.randrange(1, 9)}"
                                               f"{rng.choice(['', ' Pro', ' Large', ' Mini', ' Turbo'])}", n_prod)]

    @staticmethod
    def zipf(rng: random.Random, items: list, s: float = 1.1):
        # popularity rank r has weight 1/r^s: a few entities recur in many articles
        i = int(len(items) * (rng.random() ** (1 + s * 2)))
        return items[min(i, len(items) - 1)]


def article_quads(rng: random.Random, pools: Pools, n: int, about: random.Random | None = None) -> list[str]:
    """The quads of article ``n``. With ``about`` (a random stream of its own, so that the rest
    of the corpus stays the same), the article also names an outlet it reports from (``source``)
    and quotes its CEO (``quotes``): facts whose subject is the article itself."""
    sentences: list[str] = []
    ents: dict[str, tuple[str, str]] = {}
    facts: list[tuple] = []  # (subj_iri, relation, obj_term, sentence_index, extra)

    def ent(name: str, typ: str) -> str:
        iri = ID + _slug(name)
        ents.setdefault(iri, (name, typ))
        return iri

    org_name, org_type = pools.zipf(rng, pools.orgs)
    org = ent(org_name, org_type)
    year = rng.randrange(2012, 2026)
    founders = [ent(rng.choice(pools.people), "Person") for _ in range(rng.randint(1, 3))]
    fnames = " et ".join(ents[f][0] for f in founders)
    sentences.append(f"{org_name}, fondée en {year} par {fnames}, veut bousculer le secteur de l'IA.")
    for f in founders:
        facts.append((f"<{org}>", "founder", f"<{f}>", 0, {}))
    facts.append((f"<{org}>", "foundingYear", _lit(str(year), XSD + "gYear"), 0, {}))
    city = ent(rng.choice(CITIES), "City")
    sentences.append(f"La start-up est basée à {ents[city][0]}.")
    facts.append((f"<{org}>", "headquarters", f"<{city}>", 1, {}))
    amounts = []
    for _ in range(rng.randint(1, 2)):
        value = rng.choice([5, 10, 20, 50, 100, 150, 300, 500, 1000, 2000]) * 10 ** 6
        cur = rng.choice(["EUR", "USD", "USD"])
        amt = f"{AMT}{value}-{cur}"
        amounts.append((amt, value, cur))
        rnd = rng.choice(ROUNDS)
        investors = list(dict.fromkeys(ent(*pools.zipf(rng, pools.firms)) for _ in range(rng.randint(2, 6))))
        if rng.random() < 0.3:
            investors.append(ent(rng.choice(pools.people), "Person"))
        names = ", ".join(ents[i][0] for i in investors)
        idx = len(sentences)
        sentences.append(f"{org_name} a levé {value // 10**6} millions de {cur} lors d'un tour {rnd} "
                         f"auprès de {names}.")
        facts.append((f"<{org}>", "fundsRaised", f"<{amt}>", idx, {"roundType": rnd, "surface": f"{value // 10**6} M"}))
        for i in investors:
            facts.append((f"<{i}>", "investedIn", f"<{org}>", idx, {}))
    if rng.random() < 0.5:
        value = rng.choice([1, 2, 5, 10, 30]) * 10 ** 9
        amt = f"{AMT}{value}-USD"
        amounts.append((amt, value, "USD"))
        idx = len(sentences)
        sentences.append(f"Selon les sources, {org_name} serait valorisée {value // 10**9} milliards de dollars.")
        facts.append((f"<{org}>", "valuation", f"<{amt}>", idx,
                      {"basis": rng.choice(["post-money", "pre-money"]), "status": "Reported"}))
    ceo = ent(rng.choice(pools.people), "Person")
    idx = len(sentences)
    sentences.append(f"Son PDG, {ents[ceo][0]}, ancien de {pools.zipf(rng, pools.orgs)[0]}, l'a confirmé.")
    former_name, former_type = pools.zipf(rng, pools.orgs)
    former = ent(former_name, former_type)
    facts.append((f"<{org}>", "ceo", f"<{ceo}>", idx, {}))
    facts.append((f"<{ceo}>", "formerEmployer", f"<{former}>", idx, {}))
    facts.append((f"<{ceo}>", "employer", f"<{org}>", idx, {}))
    for _ in range(rng.randint(1, 3)):
        comp = ent(*pools.zipf(rng, pools.orgs))
        if comp == org:
            continue
        idx = len(sentences)
        sentences.append(f"Elle affronte {ents[comp][0]} sur ce marché.")
        facts.append((f"<{org}>", "competitor", f"<{comp}>", idx, {}))
    for _ in range(rng.randint(0, 2)):
        prod = ent(*pools.zipf(rng, pools.products))
        idx = len(sentences)
        sentences.append(f"Elle a publié {ents[prod][0]}, disponible en open source.")
        facts.append((f"<{org}>", "released", f"<{prod}>", idx, {}))
        facts.append((f"<{prod}>", "developer", f"<{org}>", idx, {}))
    if rng.random() < 0.3:
        partner = ent(*pools.zipf(rng, pools.orgs))
        idx = len(sentences)
        sentences.append(f"Un partenariat avec {ents[partner][0]} est prévu.")
        facts.append((f"<{org}>", "partner", f"<{partner}>", idx, {"status": "Planned"}))
    if rng.random() < 0.15:
        target = ent(*pools.zipf(rng, pools.orgs))
        idx = len(sentences)
        sentences.append(f"{org_name} a racheté {ents[target][0]}.")
        facts.append((f"<{org}>", "acquired", f"<{target}>", idx, {}))
    if about is not None:
        outlet = ent(about.choice(OUTLETS), "MediaOutlet")
        idx = len(sentences)
        sentences.append(f"« Nous voulons aller vite », a déclaré {ents[ceo][0]} à {ents[outlet][0]}.")
        facts.append(("ARTICLE", "source", f"<{outlet}>", idx, {"status": "Asserted"}))
        facts.append(("ARTICLE", "quotes", f"<{ceo}>", idx, {"status": "Asserted"}))
    concept = ent(rng.choice(CONCEPTS), "Concept")
    filler = " ".join(rng.choice(["Le marché reste très concurrentiel.", "Les besoins en calcul explosent.",
                                  "Les régulateurs européens observent le secteur.", "La demande des entreprises croît.",
                                  "Les talents restent rares et chers.", "Les modèles ouverts gagnent du terrain."])
                      for _ in range(rng.randint(6, 14)))
    text_parts, offsets, pos = [], [], 0
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        text_parts.append(s)
        pos += len(s) + 1
    text = " ".join(text_parts) + "\n\n" + filler
    h = hashlib.sha256(f"{n}:{text}".encode()).hexdigest()
    art = ART + h[:16]
    g = f"<{art}>"
    q: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        q.append(f"{s} <{p}> {o} {g} .")

    title = sentences[0][:90]
    add(g, RDF + "type", f"<{KG}Article>")
    add(g, RDFS + "label", _lit(title))
    add(g, KG + "title", _lit(title))
    add(g, KG + "text", _lit(text))
    add(g, KG + "contentHash", _lit(h))
    add(g, KG + "fileName", _lit(f"article-{n:06d}.fr.txt"))
    add(g, KG + "url", _lit(f"https://{rng.choice(SITES)}/tech/{n:06d}"))
    add(g, KG + "site", _lit(rng.choice(SITES)))
    add(g, KG + "language", _lit("fr"))
    add(g, KG + "published", _lit(f"{rng.randrange(2023, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                                  XSD + "date"))
    add(g, KG + "concept", f"<{concept}>")
    for iri, (name, typ) in ents.items():
        add(f"<{iri}>", RDF + "type", f"<{KG}{typ}>")
        add(f"<{iri}>", RDFS + "label", _lit(name))
        if typ != "Person" and typ not in ("City", "Concept") and zlib.crc32(name.encode()) % 4 == 0:
            add(f"<{iri}>", KG + "alias", _lit(name.split(" ")[0]))
        add(g, KG + "mentions", f"<{iri}>")
    for amt, value, cur in amounts:
        add(f"<{amt}>", RDF + "type", f"<{KG}MonetaryAmount>")
        add(f"<{amt}>", KG + "amountValue", _lit(str(value), XSD + "decimal"))
        add(f"<{amt}>", KG + "currency", _lit(cur))
        add(f"<{amt}>", RDFS + "label", _lit(f"{value} {cur}"))
    statuses, weights = zip(*STATUSES)
    for k, (subj, rel, obj, idx, extra) in enumerate(facts):
        subj = g if subj == "ARTICLE" else subj
        status = extra.get("status") or rng.choices(statuses, weights)[0]
        start, end = offsets[idx]
        st = f"<{ST}{hashlib.sha256(f'{art}{k}{subj}{rel}{obj}{status}'.encode()).hexdigest()[:20]}>"
        add(st, RDF + "type", f"<{KG}Statement>")
        add(st, RDF + "subject", subj)
        add(st, RDF + "predicate", f"<{KG}{rel}>")
        add(st, RDF + "object", obj)
        add(st, KG + "article", g)
        add(st, KG + "status", f"<{KG}{status}>")
        add(st, KG + "confidence", _lit(f"{rng.choice([0.5, 0.6, 0.65, 0.75, 0.8, 0.85, 0.9, 0.95])}", XSD + "decimal"))
        add(st, KG + "extractor", _lit(rng.choice(["patterns/founded-by", "funding/round", "patterns/investors",
                                                   "patterns/competitor", "rules/ceo"])))
        add(st, KG + "extractorVersion", _lit("0.1.0"))
        add(st, KG + "start", _lit(str(start), XSD + "integer"))
        add(st, KG + "end", _lit(str(end), XSD + "integer"))
        add(st, KG + "evidence", _lit(text[start:end]))
        if "roundType" in extra:
            add(st, KG + "roundType", _lit(extra["roundType"]))
            add(st, KG + "surfaceForm", _lit(extra["surface"]))
        if "basis" in extra:
            add(st, KG + "valuationBasis", _lit(extra["basis"]))
        if status in ASSERTING:
            add(subj, KG + rel, obj)
    return q


#: Quads per article, on average (for the pools' size when a number of articles is asked for).
QUADS_PER_ARTICLE = 324


def generate(triples: int | None = None, seed: int = 42, *, articles: int | None = None, sources: bool = False):
    """Yield N-Quads lines, article after article, until about ``triples`` quads (or exactly
    ``articles`` articles). ``sources`` adds facts about the articles themselves (an outlet
    they report from, a person they quote), drawn from a random stream of their own."""
    if (triples is None) == (articles is None):
        raise ValueError("give either triples or articles")
    rng = random.Random(seed)
    about = random.Random(f"{seed}:sources") if sources else None
    size = triples if triples is not None else articles * QUADS_PER_ARTICLE  # type: ignore[operator]
    pools = Pools(rng, scale=max(size / 1_000_000, 0.002))
    total, n = 0, 0
    while (total < triples) if triples is not None else (n < articles):  # type: ignore[operator]
        quads = article_quads(rng, pools, n, about)
        n += 1
        total += len(quads)
        yield from quads


def write_store(folder, *, articles: int, seed: int = 42, sources: bool = False) -> Path:
    """A new embedded kg store in ``folder`` holding ``articles`` generated articles (for tests
    and benchmarks): the N-Quads are written beside it, then bulk-loaded."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from graph.store import open_store

    folder = Path(folder)
    nq = folder.with_name(folder.name + ".nq")
    with open(nq, "w", encoding="utf-8") as out:
        for line in generate(seed=seed, articles=articles, sources=sources):
            out.write(line + "\n")
    with open_store(folder, create=True) as st:
        st.bulk_load(nq)
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=None, help="about how many quads to write (default 1,000,000)")
    ap.add_argument("--articles", type=int, default=None, help="how many articles to write (instead of --triples)")
    ap.add_argument("--sources", action="store_true",
                    help="articles also name an outlet (source) and quote a person (quotes)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("-o", "--output", default="-", help="N-Quads file to write (- for stdout)")
    args = ap.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(Path(args.output), "w", encoding="utf-8")
    count = 0
    with out:
        triples = args.triples if args.triples is not None or args.articles is not None else 1_000_000
        for line in generate(triples, args.seed, articles=args.articles, sources=args.sources):
            out.write(line + "\n")
            count += 1
    print(f"wrote {count} quads to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
