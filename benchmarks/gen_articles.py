"""N invented news articles about AI companies, in French and English, for corpus benchmarks.

Every name, sum and sentence is made up here from templates (no third-party text): start-ups with
syllable names, founders, investors, valuations, acquisitions and partnerships, phrased in several
ways in each language and padded with invented context to about ``--words`` words. The same seed
gives the same articles.

    python benchmarks/gen_articles.py 1000 -o /tmp/corpus            # 1000 .txt files
    python benchmarks/gen_articles.py 1000 --jsonl /tmp/corpus.jsonl # one JSON object per line
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SYL = ["ka", "lo", "mi", "ra", "ten", "vos", "quin", "del", "sar", "tu", "bel", "nor", "fi", "gra", "pol",
       "zen", "mar", "ix", "or", "an", "vel", "tho", "cy", "dra", "lum", "sto", "pha", "ne", "rio", "vak"]
ORG_SUFFIX = ["AI", "Labs", "Robotics", "Systems", "Data", "Technologies", "Cloud", "Bio", "Analytics", ""]
FUND_WORDS = ["Capital", "Ventures", "Partners", "Invest", "Fund", "Growth"]
FUND_STEMS = ["Bellrive", "Karst", "Nordwind", "Altamar", "Greyhaven", "Solstice", "Ironwood", "Meridia",
              "Blue Ember", "Oakline", "Cobalt Ridge", "Haute Roche", "Silverpine", "Tidewater", "Vantablue"]
FIRST = ["Camille", "Julien", "Sarah", "Priya", "Mehdi", "Hugo", "Léa", "Thomas", "Aïcha", "Kenji", "Elena",
         "Marcus", "Inès", "Nathan", "Chloé", "Omar", "Lucie", "Daniel", "Yasmine", "Pierre", "Maya", "Victor",
         "Nadia", "Arthur", "Clara", "Samuel", "Zoé", "Karim", "Emma", "Louis"]
LAST_SYL = ["bran", "dor", "mel", "vin", "cas", "ter", "lan", "rou", "bert", "gal", "fon", "mor", "sel", "tay"]
LAST_END = ["ier", "ard", "son", "ski", "elli", "ez", "ot", "in", "ova", "er", "and", "berg"]
CITIES = [("Paris", "parisienne", "Paris-based"), ("Lyon", "lyonnaise", "Lyon-based"),
          ("Berlin", "berlinoise", "Berlin-based"), ("Londres", "londonienne", "London-based"),
          ("Montréal", "montréalaise", "Montreal-based"), ("Toulouse", "toulousaine", "Toulouse-based"),
          ("Nantes", "nantaise", "Nantes-based"), ("Bordeaux", "bordelaise", "Bordeaux-based")]
CITY_EN = {"Londres": "London", "Montréal": "Montreal"}
DOMAINS_FR = ["la robotique industrielle", "l'analyse de documents juridiques", "la détection de fraudes",
              "la traduction automatique", "l'imagerie médicale", "la maintenance prédictive", "la cybersécurité",
              "l'optimisation logistique", "la génération de code", "la recherche pharmaceutique"]
DOMAINS_EN = ["industrial robotics", "legal document analysis", "fraud detection", "machine translation",
              "medical imaging", "predictive maintenance", "cybersecurity", "logistics optimisation",
              "code generation", "drug discovery"]
ROUNDS = ["A", "B", "C", "D"]


def _word(rng: random.Random, n: tuple[int, int] = (2, 3)) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.randint(*n))).capitalize()


class World:
    """The invented entities of one article."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.org = (_word(rng) + " " + rng.choice(ORG_SUFFIX)).strip()
        self.other = (_word(rng) + " " + rng.choice(ORG_SUFFIX[:6])).strip()
        self.target = (_word(rng) + " " + rng.choice(["Vision", "Speech", "Data", "Labs", "Software"])).strip()
        self.funds = rng.sample([f"{s} {rng.choice(FUND_WORDS)}" for s in FUND_STEMS], 3)
        self.people = [self.person() for _ in range(4)]
        self.city = rng.choice(CITIES)
        self.year = rng.randint(2016, 2024)
        self.round = rng.choice(ROUNDS)
        self.domain = rng.randrange(len(DOMAINS_FR))
        self.product = _word(rng, (2, 2)) + rng.choice(["", " Pro", " 2", " Studio", " One"])
        self.staff = rng.choice([12, 25, 40, 60, 85, 120, 200, 350])

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(FIRST)} {(rng.choice(LAST_SYL) + rng.choice(LAST_END)).capitalize()}"


def money(rng: random.Random, lang: str, big: bool = False) -> str:
    """An invented sum, written the way French or English news write it."""
    if big or rng.random() < 0.15:
        value, unit = rng.choice(["1", "1,2", "1,5", "2", "2,4", "3", "4,5"]), "b"
    else:
        value, unit = str(rng.choice([2, 3, 5, 7, 8, 12, 15, 20, 25, 30, 40, 45, 60, 80, 110, 150, 220, 300, 450])), "m"
    cur = rng.choice(["EUR", "EUR", "USD", "USD", "GBP"] if lang == "en" else ["EUR", "EUR", "EUR", "USD"])
    if lang == "fr":
        word = {"m": "millions", "b": "milliard" if value.startswith("1") else "milliards"}[unit]
        curname = {"EUR": "d'euros", "USD": "de dollars", "GBP": "de livres"}[cur]
        if unit == "m" and rng.random() < 0.2:
            return f"{value} M{'€' if cur == 'EUR' else '$'}"
        return f"{value} {word} {curname}"
    value = value.replace(",", ".")
    sym = {"EUR": "€", "USD": "$", "GBP": "£"}[cur]
    if unit == "m" and rng.random() < 0.2:
        return f"{sym}{value}M"
    return f"{sym}{value} {'million' if unit == 'm' else 'billion'}"


# ------------------------------------------------------------------ French templates

def fr_lead(w: World, r: random.Random) -> list[str]:
    p1, p2 = w.people[:2]
    city, adj, _ = w.city
    amt = money(r, "fr")
    return [r.choice([
        f"La start-up {adj} {w.org} a levé {amt} lors d'un tour de table de série {w.round} mené par {w.funds[0]}.",
        f"{w.org}, fondée en {w.year} par {p1} et {p2}, annonce une levée de fonds de {amt}.",
        f"{w.org} boucle un tour de série {w.round} de {amt} auprès de {w.funds[0]} et {w.funds[1]}.",
        f"Nouvelle levée pour {w.org} : la jeune pousse {adj} obtient {amt} pour accélérer dans {DOMAINS_FR[w.domain]}.",
    ]), r.choice([
        f"L'entreprise a été fondée en {w.year} à {city} par {p1}, ancien chercheur chez {w.other}, et {p2}.",
        f"Créée en {w.year} par {p1} et {p2}, la société développe des outils pour {DOMAINS_FR[w.domain]}.",
        f"{p1}, cofondateur et directeur général de {w.org}, a lancé l'entreprise en {w.year} avec {p2}.",
    ]), r.choice([
        f"{w.funds[1]} et {w.funds[2]} participent également à l'opération.",
        f"Les fonds {w.funds[1]} et {w.funds[2]}, déjà présents au capital, remettent au pot.",
        f"Le tour a aussi attiré {w.funds[2]}, qui investit pour la première fois dans le secteur.",
    ])]


def fr_facts(w: World, r: random.Random) -> list[str]:
    p3 = w.people[2]
    return [r.choice([
        f"Cette opération valorise {w.org} à {money(r, 'fr', big=True)}.",
        f"Selon nos informations, la valorisation de la société atteint désormais {money(r, 'fr', big=True)}.",
        f"La start-up serait désormais valorisée {money(r, 'fr', big=True)}, soit trois fois plus qu'il y a un an.",
    ]), r.choice([
        f"En mars, {w.org} a annoncé le rachat de {w.target} pour {money(r, 'fr')}.",
        f"{w.org} a racheté {w.target}, une société spécialisée dans la vision par ordinateur.",
        f"L'entreprise vient également d'acquérir {w.target}, dont les équipes rejoindront {w.city[0]}.",
    ]), r.choice([
        f"{w.org} a conclu un partenariat stratégique avec {w.other} pour distribuer {w.product}.",
        f"{w.org} s'associe à {w.other} afin de proposer {w.product} aux grands comptes européens.",
        f"Un accord de partenariat avec {w.other} doit permettre d'intégrer {w.product} à ses offres.",
    ]), r.choice([
        f"{p3} a rejoint {w.org} en tant que directrice technique après sept ans chez {w.other}.",
        f"L'entreprise a recruté {p3}, qui occupait auparavant le poste de vice-président chez {w.other}.",
        f"{p3}, ancien de {w.other}, prend la direction financière de la société.",
    ])]


FR_FILLER = [
    "Le marché de {dom} devrait progresser de {pct} % par an d'ici {y2}, selon les analystes du secteur.",
    "L'équipe compte aujourd'hui {staff} salariés, répartis entre {city} et une antenne à {city2}.",
    "« Nous voulons devenir la référence européenne de {dom} », explique {p1}.",
    "Les fonds levés serviront à recruter une centaine d'ingénieurs et à ouvrir un bureau à {city2}.",
    "Son produit phare, {product}, est déjà utilisé par plusieurs dizaines de clients industriels.",
    "La concurrence reste vive : de nombreux acteurs américains se positionnent sur le même créneau.",
    "Pour {p2}, la priorité reste la fiabilité des modèles et la maîtrise des coûts de calcul.",
    "La société revendique un chiffre d'affaires en hausse de {pct} % sur les douze derniers mois.",
    "Plusieurs grands groupes testent actuellement la solution dans leurs usines et leurs entrepôts.",
    "Les investisseurs saluent une équipe technique solide et une croissance jugée rapide.",
    "La start-up prévoit de lancer une nouvelle version de {product} avant la fin de l'année.",
    "Le secteur a attiré plus de {n} milliards d'euros d'investissements en Europe l'an dernier.",
    "« Le marché est encore jeune, mais la demande des entreprises explose », souligne {p2}.",
    "L'entreprise mise sur des modèles plus petits, entraînés sur des données propres à chaque client.",
    "Elle compte aussi s'implanter aux États-Unis dans les dix-huit prochains mois.",
    "Les régulateurs européens suivent de près ces technologies, notamment sur la protection des données.",
    "Ce financement intervient dans un contexte de forte compétition pour attirer les talents.",
    "La société assure être rentable sur une partie de ses activités depuis le début de l'année.",
]


# ------------------------------------------------------------------ English templates

def en_lead(w: World, r: random.Random) -> list[str]:
    p1, p2 = w.people[:2]
    city, _, based = w.city
    amt = money(r, "en")
    return [r.choice([
        f"{based} startup {w.org} has raised {amt} in a Series {w.round} round led by {w.funds[0]}.",
        f"{w.org}, founded in {w.year} by {p1} and {p2}, today announced {amt} in new funding.",
        f"{w.org} has closed a {amt} Series {w.round} round from {w.funds[0]} and {w.funds[1]}.",
        f"AI company {w.org} raised {amt} to expand its work on {DOMAINS_EN[w.domain]}, it said on Tuesday.",
    ]), r.choice([
        f"The company was founded in {w.year} in {CITY_EN.get(city, city)} by {p1}, a former researcher at {w.other}, and {p2}.",
        f"Founded in {w.year} by {p1} and {p2}, the startup builds tools for {DOMAINS_EN[w.domain]}.",
        f"{p1}, co-founder and CEO of {w.org}, started the company in {w.year} with {p2}.",
    ]), r.choice([
        f"{w.funds[1]} and {w.funds[2]} also took part in the round.",
        f"Existing investors {w.funds[1]} and {w.funds[2]} also participated.",
        f"The round also drew {w.funds[2]}, which is investing in the sector for the first time.",
    ])]


def en_facts(w: World, r: random.Random) -> list[str]:
    p3 = w.people[2]
    return [r.choice([
        f"The round values {w.org} at {money(r, 'en', big=True)}.",
        f"According to people familiar with the deal, the company is now valued at {money(r, 'en', big=True)}.",
        f"The financing gives the startup a valuation of {money(r, 'en', big=True)}, triple its previous one.",
    ]), r.choice([
        f"In March, {w.org} acquired {w.target} for {money(r, 'en')}.",
        f"{w.org} has agreed to acquire {w.target}, a computer-vision company.",
        f"The company also bought {w.target}, whose team will move to {CITY_EN.get(w.city[0], w.city[0])}.",
    ]), r.choice([
        f"{w.org} announced a strategic partnership with {w.other} to distribute {w.product}.",
        f"{w.org} is partnering with {w.other} to bring {w.product} to large European customers.",
        f"A partnership with {w.other} will integrate {w.product} into its cloud offering.",
    ]), r.choice([
        f"{p3} joined {w.org} as chief technology officer after seven years at {w.other}.",
        f"The company hired {p3}, previously a vice president at {w.other}.",
        f"{p3}, who previously worked at {w.other}, becomes chief financial officer.",
    ])]


EN_FILLER = [
    "The market for {dom} is expected to grow {pct}% a year until {y2}, according to industry analysts.",
    "The team now counts {staff} employees, split between {city} and a smaller office in {city2}.",
    "\"We want to become the European reference for {dom},\" said {p1}.",
    "The money will be used to hire around a hundred engineers and to open an office in {city2}.",
    "Its flagship product, {product}, is already used by several dozen industrial customers.",
    "Competition remains fierce, with many American players targeting the same niche.",
    "For {p2}, the priority remains model reliability and keeping compute costs under control.",
    "The company says its revenue grew {pct}% over the last twelve months.",
    "Several large groups are currently testing the system in their factories and warehouses.",
    "Investors point to a strong technical team and what they describe as fast growth.",
    "The startup plans to launch a new version of {product} before the end of the year.",
    "The sector attracted more than {n} billion euros of investment in Europe last year.",
    "\"The market is still young, but demand from businesses is exploding,\" said {p2}.",
    "The company is betting on smaller models trained on each customer's own data.",
    "It also plans to expand to the United States within the next eighteen months.",
    "European regulators are watching these technologies closely, especially on data protection.",
    "The funding comes amid fierce competition to attract talent.",
    "The company says part of its business has been profitable since the start of the year.",
]


def article(i: int, *, seed: int = 0, words: int = 800, lang: str | None = None) -> dict:
    """One invented article: ``{"text", "title", "url", "date", "lang"}``."""
    r = random.Random(f"{seed}-{i}")
    lang = lang or ("fr" if r.random() < 0.5 else "en")
    w = World(r)
    fill = {"dom": (DOMAINS_FR if lang == "fr" else DOMAINS_EN)[w.domain], "product": w.product,
            "p1": w.people[0], "p2": w.people[1], "staff": w.staff}
    if lang == "fr":
        title = r.choice([f"{w.org} lève {money(r, 'fr')} pour accélérer dans {DOMAINS_FR[w.domain]}",
                          f"Intelligence artificielle : {w.org} convainc {w.funds[0]}",
                          f"{w.org}, la pépite {w.city[1]} qui séduit les investisseurs"])
        paragraphs = [fr_lead(w, r), fr_facts(w, r)]
        filler = FR_FILLER
    else:
        title = r.choice([f"{w.org} raises {money(r, 'en')} to grow in {DOMAINS_EN[w.domain]}",
                          f"AI startup {w.org} wins backing from {w.funds[0]}",
                          f"{w.org} lands new funding as investors bet on {DOMAINS_EN[w.domain]}"])
        paragraphs = [en_lead(w, r), en_facts(w, r)]
        filler = EN_FILLER
    count = len(title.split()) + sum(len(s.split()) for p in paragraphs for s in p)
    order: list[str] = []
    while count < words:
        para = []
        for _ in range(r.randint(3, 5)):
            if not order:                      # each sentence once before any repeats
                order = r.sample(filler, len(filler))
            cities = r.sample(CITIES, 2)
            name = lambda c: c[0] if lang == "fr" else CITY_EN.get(c[0], c[0])  # noqa: E731
            s = order.pop().format(**fill, pct=r.randint(8, 45), y2=r.randint(2027, 2032), n=r.randint(3, 19),
                                        city=name(cities[0]), city2=name(cities[1]))
            para.append(s)
            count += len(s.split())
        paragraphs.insert(r.randint(1, len(paragraphs)), para)
    text = title + "\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    day = f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    slug = w.org.lower().replace(" ", "-")
    return {"text": text, "title": title, "url": f"https://news.example.org/{day}/{slug}-{i}",
            "date": day, "lang": lang}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="how many articles")
    ap.add_argument("-o", "--output", type=Path, help="a folder to write NNNNN.LANG.txt files into")
    ap.add_argument("--jsonl", type=Path, help="write one JSON object per line here instead (- for stdout)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--words", type=int, default=800, help="about how many words per article")
    ap.add_argument("--lang", choices=["fr", "en"], help="only this language (default: half and half)")
    args = ap.parse_args(argv)
    if (args.output is None) == (args.jsonl is None):
        ap.error("give either -o FOLDER or --jsonl FILE")
    if args.jsonl is not None:
        out = sys.stdout if str(args.jsonl) == "-" else open(args.jsonl, "w", encoding="utf-8")
        with out:
            for i in range(args.n):
                out.write(json.dumps(article(i, seed=args.seed, words=args.words, lang=args.lang), ensure_ascii=False) + "\n")
        return 0
    args.output.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(args.n)))
    for i in range(args.n):
        a = article(i, seed=args.seed, words=args.words, lang=args.lang)
        (args.output / f"{i:0{width}d}.{a['lang']}.txt").write_text(a["text"], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
