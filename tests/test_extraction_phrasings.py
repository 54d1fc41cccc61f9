"""Each phrasing family of the extractors, on small sentences written for these tests (French and English).

Names are mostly invented, so the knowledge base cannot help: the rules must.
"""
from __future__ import annotations

import pytest

A, R, P = "asserted", "reported", "presupposed"

CASES = [
    # --- founders, founding year, appositions, passives -------------------------------------------
    ("fr-founded-participle",
     "Nexaria, une jeune pousse fondée en 2022 par Claire Martin et Hugo Bernard, développe des agents.",
     {("Nexaria", "founder", "Claire Martin", A), ("Nexaria", "founder", "Hugo Bernard", A),
      ("Nexaria", "foundingYear", "2022", A)}),
    ("fr-founded-fronted",
     "Fondée en 2021 par Léa Moreau (ex-Google) et Paul Girard (ex-Meta), Veltis emploie 40 personnes.",
     {("Veltis", "founder", "Léa Moreau", A), ("Veltis", "founder", "Paul Girard", A),
      ("Léa Moreau", "formerEmployer", "Google", A), ("Paul Girard", "formerEmployer", "Meta", A),
      ("Veltis", "foundingYear", "2021", A)}),
    ("en-founded-passive",
     "Lumora was founded in 2020 by Anna Schmidt and Tom Becker. It builds robots.",
     {("Lumora", "founder", "Anna Schmidt", A), ("Lumora", "founder", "Tom Becker", A),
      ("Lumora", "foundingYear", "2020", A)}),
    ("en-cofounder-role",
     "Lumora co-founder and CEO Anna Schmidt said the robots ship next year.",
     {("Lumora", "founder", "Anna Schmidt", A), ("Lumora", "ceo", "Anna Schmidt", A)}),
    ("en-role-of",
     "“We are hiring,” said Tom Becker, Chief Technology Officer of Lumora.",
     {("Tom Becker", "employer", "Lumora", A)}),
    ("fr-role-de",
     "Pour Sophie Laurent, directrice générale de Veltis, l'enjeu est européen.",
     {("Veltis", "ceo", "Sophie Laurent", A)}),
    ("en-possessive-ceo-founded-the-company",    # the company named, and described as what was founded
     "Zentri's chief executive, Mara Holt, co-founded the company in Leeds in 2021 with Dev Anand.",
     {("Zentri", "founder", "Mara Holt", A), ("Zentri", "founder", "Dev Anand", A), ("Zentri", "foundingYear", "2021", A),
      ("Zentri", "ceo", "Mara Holt", A)}),
    ("en-key-points-no-section",                 # a bullet naming a rival does not make it the passage's topic
     "Zentri Books GPUs\n• Zentri leases GPUs through 2029\n• Orvane made a competing bid that Zentri "
     "refused\n\nZentri, a chemistry-model maker, will pay Lumora $2 billion.\n\n"
     "The chief executive, Mara Holt, co-founded the company with Dev Anand in 2021.",
     {("Zentri", "founder", "Mara Holt", A), ("Zentri", "founder", "Dev Anand", A)}),
    ("en-who-after-employer",                    # "who" is the person, not the employer before the comma
     "Orvane has acquired Zentri, the companies said. \"We like teams that ship,\" said Mara Holt, a vice president "
     "of product at Orvane, who will manage the Zentri group.",
     {("Orvane", "acquired", "Zentri", A), ("Mara Holt", "employer", "Orvane", A)}),
    ("en-company-s-product",
     "Zentri raised €5 million from Lumora Ventures. The company's product, Talvi, forecasts heat demand for city networks.",
     {("Talvi", "developer", "Zentri", A)}),
    ("fr-leur-produit-baptise",
     "Zentri lève 2 millions d'euros. Leur produit, baptisé Talvi, prévoit la houle pour les pêcheurs.",
     {("Talvi", "developer", "Zentri", A)}),
    ("fr-paragraph-son-produit",                 # a paragraph opening with "Son" goes on with the last one's company
     "Orvane rachète Zentri\n\nOrvane rachète Zentri, une jeune pousse nantaise.\n\n"
     "Installée à Nantes, Zentri compte quarante salariés. Elle avait levé 3 millions d'euros en 2021.\n\n"
     "Son produit phare, Talvi, équipe déjà des assureurs.",
     {("Talvi", "developer", "Zentri", A)}),
    ("fr-competition-announced",                 # a short sentence announces the rivals the next one names
     "Zentri lève 3 millions d'euros pour ses capteurs de houle.\n\nLa concurrence est rude. Le suédois "
     "Orvane Marine vend un outil voisin, tandis que le belge Lumora, financé à hauteur de 2 millions d'euros "
     "par Kerlo Capital, vise les ports.",
     {("Zentri", "competitor", "Orvane Marine", A), ("Zentri", "competitor", "Lumora", A),
      ("Kerlo Capital", "investedIn", "Lumora", A)}),
    ("en-competition-announced",
     "Zentri raised $4 million for its solar-cell software.\n\nOther startups work on the same problem. "
     "Orvane, a Denver firm funded by Caltech alumni, models cells with AI too, and Lumora, "
     "based in Tucson, licenses its designs to panel makers.",
     {("Zentri", "competitor", "Orvane", A), ("Zentri", "competitor", "Lumora", A)}),
    ("en-the-company-is-the-subject",             # the sentence's subject, not the story's company
     "Orvane Inc sued by Zentri over copied code\n\nOrvane, an Austin startup, was sued on Monday by Zentri, which "
     "accuses Orvane of copying its software. Orvane denies the claims.\n\nStarted in Boston in 2018, Zentri took in "
     "$140 million in a round led by Kerlo Capital, which valued the company at about $2.1 billion. Orvane's co-founder and "
     "chief executive, Mara Holt, called the suit baseless.",
     {("Zentri", "valuation", "2100000000 USD", A), ("Orvane", "ceo", "Mara Holt", A)}),
    ("fr-passee-par",                            # a past employer in a person's apposition
     "Zentri, créée par Maxime Tisser, un ancien de Safran, et Coralie Desfon, chimiste "
     "passée par l'Onera, vend un logiciel de maintenance.",
     {("Coralie Desfon", "formerEmployer", "Onera", A), ("Maxime Tisser", "formerEmployer", "Safran", A)}),
    ("fr-joint-venture-shares",                  # the parents of a joint venture hold its shares
     "Zentri Industries et Orvane créent Lumora, une coentreprise pour surveiller les ponts. "
     "Lumora sera détenue à 70 % par Zentri Industries et à 30 % par Orvane.",
     {("Zentri Industries", "investedIn", "Lumora", A), ("Orvane", "investedIn", "Lumora", A)}),
    ("en-joint-venture-shares",
     "Zentri and Orvane formed Lumora, a joint venture that will sell water software. Lumora is 55% owned by Zentri "
     "and 45% by Orvane.",
     {("Zentri", "investedIn", "Lumora", A), ("Orvane", "investedIn", "Lumora", A)}),
    ("en-former-researchers",
     "Quantia was founded by two former OpenAI researchers, Maya Cohen and Ravi Patel, in 2023.",
     {("Quantia", "founder", "Maya Cohen", A), ("Quantia", "founder", "Ravi Patel", A)}),
    # --- money: raised, valuation, investors -------------------------------------------------------
    ("fr-raise-aupres",
     "Veltis a levé 30 millions d'euros en série A auprès de Partech et de Kima Ventures.",
     {("Veltis", "fundsRaised", "30000000 EUR", A), ("Partech", "investedIn", "Veltis", A),
      ("Kima Ventures", "investedIn", "Veltis", A)}),
    ("fr-round-led",
     "Veltis lève 12 millions d'euros. Le tour de table est mené par Elaia, avec la participation de Xavier Niel.",
     {("Veltis", "fundsRaised", "12000000 EUR", A), ("Elaia", "investedIn", "Veltis", A),
      ("Xavier Niel", "investedIn", "Veltis", A)}),
    ("fr-valuation",
     "Veltis est désormais valorisée à 1,2 milliard d'euros.",
     {("Veltis", "valuation", "1200000000 EUR", A)}),
    ("en-raise-led-by",
     "Lumora has raised $40 million in a Series B round led by Accel and Index Ventures.",
     {("Lumora", "fundsRaised", "40000000 USD", A), ("Accel", "investedIn", "Lumora", A),
      ("Index Ventures", "investedIn", "Lumora", A)}),
    ("en-values-at",
     "Lumora raised $40M. The deal values Lumora at $1.5 billion post-money.",
     {("Lumora", "fundsRaised", "40000000 USD", A), ("Lumora", "valuation", "1500000000 USD", A)}),
    ("en-investors-include",
     "Lumora raised $25 million. Investors include Sequoia Capital, Greylock and Jane Doe.",
     {("Sequoia Capital", "investedIn", "Lumora", A), ("Greylock", "investedIn", "Lumora", A),
      ("Jane Doe", "investedIn", "Lumora", A)}),
    ("en-currency-carry",
     "Lumora was valued at $2 billion in May. It has now raised 300 million more.",
     {("Lumora", "valuation", "2000000000 USD", A), ("Lumora", "fundsRaised", "300000000 USD", A)}),
    # --- acquisitions, partnerships, competitors, developers ----------------------------------------
    ("en-acquires",
     "Lumora acquires Botwise, a startup that builds warehouse software.",
     {("Lumora", "acquired", "Botwise", A)}),
    ("fr-rachete",
     "Veltis a racheté la start-up Koalis pour un montant non communiqué.",
     {("Veltis", "acquired", "Koalis", A)}),
    ("en-acquires-known-product",     # a known product named like its maker: bought, it is the company
     "Lumora said on Monday it is acquiring Windsurf, the coding assistant, for $250 million.",
     {("Lumora", "acquired", "Windsurf", A)}),
    ("fr-rachat-known-product",
     "Zentri annonce le rachat de Manus, l'agent autonome. Fondée par Lina Roy en 2022, Manus compte 40 salariés.",
     {("Zentri", "acquired", "Manus", A), ("Manus", "founder", "Lina Roy", A), ("Manus", "foundingYear", "2022", A)}),
    ("fr-partenariat",
     "Veltis a signé un partenariat stratégique avec Orange Business.",
     {("Veltis", "partner", "Orange Business", A)}),
    ("en-competes",
     "Lumora competes with Boston Dynamics and Figure AI.",
     {("Lumora", "competitor", "Boston Dynamics", A), ("Lumora", "competitor", "Figure AI", A)}),
    ("fr-concurrent",
     "Veltis se pose en concurrent direct de Dataiku.",
     {("Veltis", "competitor", "Dataiku", A)}),
    ("fr-developer-de",
     "Le modèle Orion de Veltis se mesure à GPT-4.",
     {("Orion", "developer", "Veltis", A), ("Orion", "competitor", "GPT-4", A)}),
    ("en-launched",
     "Lumora launched Atlas, its first humanoid robot, in March.",
     {("Atlas", "developer", "Lumora", A)}),
    # --- places and countries -----------------------------------------------------------------------
    ("en-based",
     "Lumora, a Berlin-based startup, makes robots.",
     {("Lumora", "headquarters", "Berlin", A)}),
    ("fr-basee",
     "Veltis, startup basée à Lyon, recrute.",
     {("Veltis", "headquarters", "Lyon", A)}),
    ("fr-demonym",
     "La start-up française Veltis recrute des ingénieurs.",
     {("Veltis", "country", "France", A)}),
    ("en-demonym",
     "German startup Lumora is hiring engineers.",
     {("Lumora", "country", "Germany", A)}),
    # --- status: questions, negation, plans, reports --------------------------------------------------
    ("fr-how-question",
     "Comment Veltis a-t-elle convaincu Partech d'investir 5 millions d'euros dans Veltis ?",
     {("Partech", "investedIn", "Veltis", P)}),
    ("fr-yes-no-question",
     "Veltis a-t-elle racheté Koalis ?",
     {("Veltis", "acquired", "Koalis", "questioned")}),
    ("fr-negation",
     "Veltis n'a pas racheté Koalis.",
     {("Veltis", "acquired", "Koalis", "negated")}),
    ("en-negation",
     "Lumora has not acquired Botwise.",
     {("Lumora", "acquired", "Botwise", "negated")}),
    ("fr-plan",
     "Veltis prévoit de racheter Koalis.",
     {("Veltis", "acquired", "Koalis", "planned")}),
    ("en-plan",
     "Lumora plans to acquire Botwise next year.",
     {("Lumora", "acquired", "Botwise", "planned")}),
    ("en-reported",
     "According to Reuters, Lumora acquired Botwise.",
     {("Lumora", "acquired", "Botwise", R)}),
    ("fr-conditional",
     "Veltis pourrait racheter Koalis.",
     {("Veltis", "acquired", "Koalis", "hypothetical")}),
]


CASES_2 = [
    ("fr-levee-de-fonds",
     "La pépite bordelaise Axiome annonce une levée de fonds de 8 millions d'euros.",
     {("Axiome", "fundsRaised", "8000000 EUR", A), ("Axiome", "headquarters", "Bordeaux", A)}),
    ("fr-actionnaires",
     "Axiome, qui compte parmi ses actionnaires Bpifrance et Eurazeo, recrute.",
     {("Bpifrance", "investedIn", "Axiome", A), ("Eurazeo", "investedIn", "Axiome", A)}),
    ("fr-fronted-led-valorise",
     "Axiome lève 20 millions d'euros. Menée par le fonds américain General Catalyst, l'opération valorise Axiome à 300 millions d'euros.",
     {("General Catalyst", "investedIn", "Axiome", A), ("Axiome", "valuation", "300000000 EUR", A)}),
    ("fr-role-cofondateur-directeur",
     "Julien Petit, cofondateur et directeur technique d'Axiome, présente le produit.",
     {("Axiome", "founder", "Julien Petit", A), ("Julien Petit", "employer", "Axiome", A)}),
    ("fr-rachetee-par",
     "Axiome a été rachetée par Capgemini en 2024.",
     {("Capgemini", "acquired", "Axiome", A)}),
    ("fr-associee-a",
     "Axiome s'est associée à Orange pour distribuer son assistant.",
     {("Axiome", "partner", "Orange", A)}),
    ("fr-avant-de-fonder",
     "Avant de fonder Axiome, Julien Petit a travaillé chez Criteo.",
     {("Axiome", "founder", "Julien Petit", A), ("Julien Petit", "formerEmployer", "Criteo", A)}),
    ("fr-ancien-de-fronted",
     "Ancien de Google, Julien Petit dirige aujourd'hui Axiome.",
     {("Julien Petit", "formerEmployer", "Google", A)}),
    ("en-which-founded-by-former",
     "Axiom, which was founded by former Stripe engineers Ana Ruiz and Ben Cole, sells to banks.",
     {("Axiom", "founder", "Ana Ruiz", A), ("Axiom", "founder", "Ben Cole", A),
      ("Ana Ruiz", "formerEmployer", "Stripe", A), ("Ben Cole", "formerEmployer", "Stripe", A)}),
    ("en-company-based-in",
     "Axiom raised $5 million. The company, which is based in Toronto, employs 30 people.",
     {("Axiom", "headquarters", "Toronto", A)}),
    ("en-possessive-ceo",
     "Axiom's CEO, Ana Ruiz, said the product ships in May.",
     {("Axiom", "ceo", "Ana Ruiz", A)}),
    ("en-previously-led",
     "Ana Ruiz, who previously led AI research at Meta, now runs Axiom.",
     {("Ana Ruiz", "formerEmployer", "Meta", A)}),
    ("en-acquired-by-for",
     "Axiom was acquired by Salesforce for $1.2 billion.",
     {("Salesforce", "acquired", "Axiom", A)}),
    ("en-rival-to",
     "Axiom, a rival to OpenAI, sells enterprise chatbots.",
     {("Axiom", "competitor", "OpenAI", A)}),
    ("en-outperforms",
     "Axiom's Vega model outperforms GPT-4o on coding tasks.",
     {("Vega", "developer", "Axiom", A), ("Vega", "competitor", "GPT-4o", A)}),
    ("en-hired-from",
     "Axiom hired Ana Ruiz from Google as its chief technology officer.",
     {("Ana Ruiz", "employer", "Axiom", A), ("Ana Ruiz", "formerEmployer", "Google", A)}),
    ("en-joins-as",
     "Ben Cole joins Axiom as chief scientist.",
     {("Ben Cole", "employer", "Axiom", A)}),
    ("en-is-reportedly-in-talks",
     "Axiom is reportedly in talks to acquire Botwise.",
     {("Axiom", "acquired", "Botwise", "planned")}),
]



CASES_3 = [
    ("en-person-is-role",
     "Zentri raised $3 million. Mara Holt is chief executive; Dev Anand serves as chief technology officer.",
     {("Zentri", "ceo", "Mara Holt", A), ("Dev Anand", "employer", "Zentri", A)}),
    ("en-possessive-role",
     "Zentri sells planning software. Mara Holt founded Zentri in 2022. \"We ship weekly,\" said Holt, who is Zentri's CEO.",
     {("Zentri", "ceo", "Mara Holt", A)}),
    ("en-list-two-former",
     "Zentri was founded in 2022 by Mara Holt and Dev Anand, two former Stripe engineers.",
     {("Mara Holt", "formerEmployer", "Stripe", A), ("Dev Anand", "formerEmployer", "Stripe", A)}),
    ("fr-founders-with-appositions",
     "Créée en 2023 par Inès Morel, ancienne avocate chez Gide, et Paul Vidal, ingénieur passé par Thales, Juristo propose un assistant.",
     {("Juristo", "founder", "Inès Morel", A), ("Juristo", "founder", "Paul Vidal", A),
      ("Inès Morel", "formerEmployer", "Gide", A), ("Paul Vidal", "formerEmployer", "Thales", A),
      ("Juristo", "foundingYear", "2023", A)}),
    ("fr-arrivee-au-poste",
     "La fintech nantaise Zentra annonce l'arrivée de Claire Dupuis au poste de directrice financière.",
     {("Claire Dupuis", "employer", "Zentra", A), ("Zentra", "headquarters", "Nantes", A)}),
    ("fr-apposition-rival",
     "Zentra recrute. Zentra vise les PME. Elle affronte Qonto, son principal concurrent, sur ce marché.",
     {("Zentra", "competitor", "Qonto", A)}),
    ("fr-basee-a-fronted",
     "Basée à Lille, Zentra emploie trente personnes.",
     {("Zentra", "headquarters", "Lille", A)}),
    ("en-the-demonym-company",
     "Zentri raised $3 million in May. The Canadian company plans to hire.",
     {("Zentri", "country", "Canada", A), ("Zentri", "fundsRaised", "3000000 USD", A)}),
    ("fr-topic-follows-subject",
     "Capgemini rachète Zentra. Basée à Lille, Zentra a été créée en 2019 par Léo Martin. Elle avait levé 4 millions d'euros auprès de Partech.",
     {("Capgemini", "acquired", "Zentra", A), ("Zentra", "founder", "Léo Martin", A),
      ("Zentra", "fundsRaised", "4000000 EUR", A), ("Partech", "investedIn", "Zentra", A)}),
    ("en-product-its-family",
     "Zentri released Orbit, its family of small language models, on Monday.",
     {("Orbit", "developer", "Zentri", A)}),
]



CASES_4 = [
    # --- former employers in appositions and relatives ---------------------------------------------
    ("en-fronted-founded-city-based",
     "Founded in 2021 by Nora Vance, a former analyst at Brightwater, and Omar Field, an ex-Stripe engineer, "
     "the Boston-based Quellio sells software to banks.",
     {("Quellio", "founder", "Nora Vance", A), ("Quellio", "founder", "Omar Field", A),
      ("Nora Vance", "formerEmployer", "Brightwater", A), ("Quellio", "headquarters", "Boston", A)}),
    ("en-previously-worked-as",
     "Tavrin was founded in 2022 by Mia Lorne and Jonah Pell, who previously worked as a data engineer at Shopify.",
     {("Tavrin", "founder", "Jonah Pell", A), ("Jonah Pell", "formerEmployer", "Shopify", A)}),
    ("en-joined-from",
     "Clara Vos joined Zentri in 2020 from Oracle, where she ran the database team.",
     {("Clara Vos", "formerEmployer", "Oracle", A)}),
    ("fr-dirigeait-jusque-la",
     "Axiome a été fondée par Inès Caron, qui dirigeait jusque-là un laboratoire de recherche de Michelin.",
     {("Axiome", "founder", "Inès Caron", A), ("Inès Caron", "formerEmployer", "Michelin", A)}),
    ("fr-venait-de",
     "Zentra recrute. Hugo Roy venait de Criteo, où il dirigeait la publicité.",
     {("Hugo Roy", "formerEmployer", "Criteo", A)}),
    ("fr-qui-avaient-fonde",
     "Léa Duval et Marc Petit, qui avaient fondé Orvane en 2020, rejoignent Capgemini.",
     {("Orvane", "founder", "Léa Duval", A), ("Orvane", "founder", "Marc Petit", A)}),
    ("fr-ancienne-elle-a-cree",
     "Zentra recrute. Ancienne ingénieure chez Thales, elle a créé Zentra en 2019 avec Paul Henry.",
     {("Zentra", "founder", "Paul Henry", A)}),
    # --- developers ---------------------------------------------------------------------------------
    ("fr-developpe-par-demonym",
     "Sur ce marché, Orvane affronte Faro, développé par l'allemand Nordwerk.",
     {("Faro", "developer", "Nordwerk", A)}),
    ("en-which-makes",
     "Brisk, which makes the Quill editor, raised $5 million.",
     {("Quill", "developer", "Brisk", A)}),
    ("en-the-company-behind",
     "Cognara, the company behind the Vela agent, has hired 20 engineers.",
     {("Vela", "developer", "Cognara", A)}),
    ("fr-product-comma-of-org",
     "Orvane lève des fonds. Son modèle reste derrière GPT-5, d'OpenAI, en mathématiques.",
     {("GPT-5", "developer", "OpenAI", A)}),
    # --- competitors ----------------------------------------------------------------------------------
    ("en-competes-head-on",
     "Nordwerk competes head-on with Aleph Alpha for public contracts.",
     {("Nordwerk", "competitor", "Aleph Alpha", A)}),
    ("fr-affronte-deux-rivaux",
     "Orvane affronte deux rivaux américains bien financés, Vantor et Quillo, sur ce marché.",
     {("Orvane", "competitor", "Vantor", A), ("Orvane", "competitor", "Quillo", A)}),
    ("en-org-rivals-are",
     "Zentri's main rivals, its chief executive said, are Brisk and Cognara.",
     {("Zentri", "competitor", "Brisk", R), ("Zentri", "competitor", "Cognara", R)}),
    ("fr-presente-comme-concurrent",
     "Orvane présente Faro comme un concurrent de GPT-5.",
     {("Faro", "competitor", "GPT-5", A)}),
    ("fr-clause-subject-competes",
     "Selon Orvane, Faro fait jeu égal avec GPT-4o.",
     {("Faro", "competitor", "GPT-4o", R)}),
    # --- roles, hiring, investors, partners --------------------------------------------------------
    ("en-recruit-from",
     "Zentri has spent heavily this year to recruit researchers from Google and Apple.",
     {("Zentri", "hiredFrom", "Google", A), ("Zentri", "hiredFrom", "Apple", A)}),
    ("fr-en-devient-apposition",
     "Zentra recrute. Claire Roy, jusqu'ici directrice financière, en devient la directrice générale.",
     {("Zentra", "ceo", "Claire Roy", A)}),
    ("fr-dirigee-depuis-par",
     "Pour Orvane, dirigée depuis 2021 par Léa Duval, le marché est mûr.",
     {("Orvane", "ceo", "Léa Duval", A)}),
    ("en-possessive-chief-executive",
     "Clara Vos, Zentri's chief executive, has spent heavily.",
     {("Zentri", "ceo", "Clara Vos", A)}),
    ("en-with-as-lead-investor",
     "Zentri raised $30 million in May with Accel as its lead investor.",
     {("Zentri", "fundsRaised", "30000000 USD", A), ("Accel", "investedIn", "Zentri", A)}),
    ("en-seed-round-long-led-by",
     "Zentri has closed a $9 million seed round, one of the largest in Germany this year, led by Point Nine.",
     {("Point Nine", "investedIn", "Zentri", A)}),
    ("fr-avec-qui-partenariat",
     "Le modèle tourne chez OVHcloud, avec qui Orvane a noué un partenariat en 2024.",
     {("Orvane", "partner", "OVHcloud", A)}),
    ("en-partnership-which-will",
     "Zentri announced a partnership with Oracle, which will host its servers.",
     {("Zentri", "partner", "Oracle", A)}),
    # --- topic of a passage ------------------------------------------------------------------------------
    ("en-its-keeps-topic",
     "Databricks bought Tavrin on Monday. Databricks has made many deals. Databricks also bought Neon. "
     "Tavrin was founded in 2021 by Mia Lorne. Its main product, Ledger, reads invoices. "
     "The company raised $8 million last year.",
     {("Tavrin", "fundsRaised", "8000000 USD", A)}),
    ("fr-negated-subject-not-topic",
     "Orvane lève 5 millions d'euros. Les investisseurs sont nombreux. Safran ne figure pas au tour de table. "
     "L'opération valorise la jeune pousse à 40 millions d'euros.",
     {("Orvane", "valuation", "40000000 EUR", A)}),
    ("fr-startup-demonym-before-verb",
     "Orvane lève 5 millions d'euros. Deux ans après sa création, la start-up lyonnaise boucle un tour.",
     {("Orvane", "headquarters", "Lyon", A)}),
    ("en-the-city-company",
     "Zentri raised $4 million. The Seattle company employs 40 people.",
     {("Zentri", "headquarters", "Seattle", A)}),
    ("fr-kb-city-demonym",
     "La start-up casablancaise Tawrid lève 2 millions de dollars.",
     {("Tawrid", "headquarters", "Casablanca", A)}),
    ("fr-participent-tout-comme",
     "Orvane lève 20 millions d'euros. Bpifrance et Eurazeo participent également, tout comme BNP Paribas.",
     {("BNP Paribas", "investedIn", "Orvane", A)}),
    ("en-led-by-then-future-clause",
     "Zentri raised $10 million in a round led by Accel in May, and has said it will hire 30 people.",
     {("Accel", "investedIn", "Zentri", R)}),
    # --- the article's sources: quoted people and outlets --------------------------------------------
    ("fr-quote-journalistic-verb",
     "« Le marché n'attendra pas dix ans », ironise Paul Girard, analyste chez Dexia Recherche.",
     {("ARTICLE", "quotes", "Paul Girard", A)}),
    ("fr-quote-colon",
     "Orvane lève des fonds. Quant à la Bourse, Léa Moreau, la directrice financière, l'exclut : « Pas avant 2030. »",
     {("ARTICLE", "quotes", "Léa Moreau", A)}),
    ("en-quote-news-spokesperson",
     "Zentri raised $9 million, a person familiar with the matter said. \"We ship next month,\" said Anna Schmidt, "
     "chief executive of Zentri.",
     {("ARTICLE", "quotes", "Anna Schmidt", A)}),
    ("en-indirect-speech-told",
     "The contract does not include any equity, Ravi Patel told Reuters on Monday.",
     {("ARTICLE", "quotes", "Ravi Patel", A), ("ARTICLE", "source", "Reuters", A)}),
    ("en-source-dateline",
     "LONDON, May 4 (Reuters) - Zentri, a London startup, said on Tuesday it had hired 40 engineers.",
     {("ARTICLE", "source", "Reuters", A)}),
    ("fr-source-consulte-par",
     "Le plan social, détaillé dans un document consulté par Le Monde, touche 80 postes.",
     {("ARTICLE", "source", "Le Monde", A)}),
    ("en-source-contacted",
     "Zentri confirmed the departure after TechCrunch contacted it.",
     {("ARTICLE", "source", "TechCrunch", A)}),
    # --- status: rounds only considered or given up; former roles before a title ----------------------
    ("en-former-org-title-name",
     "Zentri was founded in 2022 by former Siemens engineer Lena Hart.",
     {("Lena Hart", "formerEmployer", "Siemens", A), ("Zentri", "founder", "Lena Hart", A)}),
    ("fr-list-stops-at-verb",
     "Orvane a levé 5 millions d'euros auprès de Kima Ventures et revendique des clients comme Renault.",
     {("Kima Ventures", "investedIn", "Orvane", A)}),
    ("en-question-apposition-topic",
     "Lumora raised $5 million this year. Lumora hires. Could Aleph Alpha, Germany's best-known lab, catch up? "
     "Its latest model Halden trails on math.",
     {("Halden", "developer", "Aleph Alpha", A)}),
    # --- founders in appositions; people typed from common first names ----------------------------------
    ("en-founded-passive-its-ceo-between",
     "Zentri was started in 2021 by Derek Olsen, its CEO, and Anjali Varma. It sells robots.",
     {("Zentri", "founder", "Derek Olsen", A), ("Zentri", "founder", "Anjali Varma", A),
      ("Zentri", "ceo", "Derek Olsen", A), ("Zentri", "foundingYear", "2021", A)}),
    ("fr-name-la-startup-cofondee",
     "Orvane lève 3 millions. Le marché est porteur, selon Veltis, la start-up cofondée en 2020 par Inès Caron et Rui Lopes.",
     {("Veltis", "founder", "Inès Caron", A), ("Veltis", "founder", "Rui Lopes", A), ("Veltis", "foundingYear", "2020", A)}),
    ("en-common-first-name-is-person",
     "Zentri raised $9 million. \"Demand is real,\" said Shreya Kapoor, an analyst at Dexia Research.",
     {("ARTICLE", "quotes", "Shreya Kapoor", A)}),
    ("en-fronted-founded-the-company",
     "Zentri sells robots. Founded in 2020 by Lena Hart and Omar Haddad, the company employs 90 people.",
     {("Zentri", "founder", "Lena Hart", A), ("Zentri", "founder", "Omar Haddad", A), ("Zentri", "foundingYear", "2020", A)}),
    ("fr-fondee-a-ville-par",
     "Veltis, jeune pousse fondée à Nantes en 2021 par Léa Moreau et Paul Girard, annonce une levée.",
     {("Veltis", "founder", "Léa Moreau", A), ("Veltis", "founder", "Paul Girard", A), ("Veltis", "foundingYear", "2021", A)}),
    ("en-city-startup-founded-by-former",
     "Zentri, a Berlin startup founded in 2022 by former Siemens engineer Lena Hart, sells robots.",
     {("Zentri", "founder", "Lena Hart", A), ("Lena Hart", "formerEmployer", "Siemens", A)}),
    ("fr-a-passe-annees-chez",
     "Veltis recrute. Paul Girard, qui en est le directeur général, a passé près de quinze ans chez Thales, où il dirigeait un labo.",
     {("Paul Girard", "formerEmployer", "Thales", A), ("Veltis", "ceo", "Paul Girard", A)}),
    ("fr-est-issue-de",
     "Veltis recrute. Léa Moreau, elle, est issue de Dassault Systèmes.",
     {("Léa Moreau", "formerEmployer", "Dassault Systèmes", A)}),
    ("fr-dirige-depuis",
     "Ancienne avocate, Léa Moreau dirige Veltis depuis sa création.",
     {("Veltis", "ceo", "Léa Moreau", A)}),
    # --- secondary investors -----------------------------------------------------------------------------
    ("en-led-the-round-with-also-taking-part",
     "Zentri raised $4 million. Accel led the round, with Kima Ventures and Lena Hart, the cofounder of Veltis, also taking part.",
     {("Accel", "investedIn", "Zentri", A), ("Kima Ventures", "investedIn", "Zentri", A),
      ("Lena Hart", "investedIn", "Zentri", A), ("Veltis", "founder", "Lena Hart", A)}),
    ("en-counts-among-backers",
     "Zentri, which counts Siemens and Bosch among its backers, sells robots.",
     {("Siemens", "investedIn", "Zentri", A), ("Bosch", "investedIn", "Zentri", A)}),
    ("fr-angels-parmi-lesquels",
     "Orvane a levé 3 millions d'euros. Plusieurs business angels complètent l'opération, parmi lesquels "
     "Paul Girard, le cofondateur de Veltis, et Léa Moreau.",
     {("Paul Girard", "investedIn", "Orvane", A), ("Léa Moreau", "investedIn", "Orvane", A)}),
    ("en-angels-among-them",
     "Zentri raised $6 million. Several angels joined, among them Omar Haddad, the former CEO of Veltis, and Lena Hart.",
     {("Omar Haddad", "investedIn", "Zentri", A), ("Lena Hart", "investedIn", "Zentri", A)}),
    ("fr-a-laquelle-ont-pris-part",
     "Orvane a bouclé une levée de 3 millions d'euros menée par Elaia, à laquelle ont pris part Kima Ventures et Paul Girard.",
     {("Elaia", "investedIn", "Orvane", A), ("Kima Ventures", "investedIn", "Orvane", A),
      ("Paul Girard", "investedIn", "Orvane", A)}),
    ("en-took-part-as-did",
     "Zentri raised $20 million. Accel took part, as did existing investor Point Nine.",
     {("Point Nine", "investedIn", "Zentri", A)}),
    # --- developers through possessives, appositions and fronted participles --------------------------
    ("fr-son-logiciel-phare-apposition",
     "Veltis recrute. Son logiciel phare, Ardoise, a été conçu pour les usines.",
     {("Ardoise", "developer", "Veltis", A)}),
    ("en-company-product-called",
     "Zentri raised $4 million. The company's core product, a vision model called Lumen, runs on drones.",
     {("Lumen", "developer", "Zentri", A)}),
    ("fr-produit-phare-de-baptise",
     "Orvane recrute. Le produit phare d'Orvane, baptisé Boussole, lit les contrats.",
     {("Boussole", "developer", "Orvane", A)}),
    ("fr-concu-par-fronted",
     "Conçu par Veltis pour tourner sur les caméras, sans cloud, Ardoise repère les défauts.",
     {("Ardoise", "developer", "Veltis", A)}),
    ("fr-modele-lui-developpe-par",
     "Orvane lance Boussole. Le modèle Halden, lui, est développé par Veltis.",
     {("Halden", "developer", "Veltis", A)}),
    ("fr-createur-de-l-assistant",
     "Orvane affronte la start-up Veltis, le créateur de l'assistant Boussole.",
     {("Boussole", "developer", "Veltis", A)}),
    # --- employers of quoted experts --------------------------------------------------------------------
    ("fr-analyste-chez-le-cabinet",
     "« Le marché est mûr », estime Li Na, analyste chez le cabinet Dexia Research, à Pékin.",
     {("Li Na", "employer", "Dexia Research", A)}),
    ("en-researcher-at-the-nonprofit",
     "\"It is early,\" said Marco Bianchi, a researcher at the non-profit Horizon Institute, which tracks costs.",
     {("Marco Bianchi", "employer", "Horizon Institute", A)}),
    ("en-partner-at-city-based-venture-firm",
     "\"Demand is real,\" said Omar Haddad, a partner at the Dubai-based venture firm Sand Capital.",
     {("Omar Haddad", "employer", "Sand Capital", A)}),
    ("fr-directrice-d-investissement-chez",
     "« Elle parle leur langue », explique Léa Moreau, directrice d'investissement chez Kima Ventures.",
     {("Léa Moreau", "employer", "Kima Ventures", A)}),
    ("en-its-ceo-is-the-sentence-subject",
     "Zentri raised $4 million from Accel. Zentri is hiring in Berlin. "
     "Orvane Robotics was started in 2021 by Derek Olsen, its CEO, and Anjali Varma.",
     {("Orvane Robotics", "ceo", "Derek Olsen", A), ("Orvane Robotics", "founder", "Anjali Varma", A)}),
    ("en-was-at-until",
     "Zentri hires. Lena Hart was a professor of physics at Stanford University until last year.",
     {("Lena Hart", "formerEmployer", "Stanford University", A)}),
    # --- the company raising: the verb's own subject in a relative or subordinate clause ----------------
    ("fr-rival-qui-a-leve",
     "Orvane y affronte Veltis et Harvey, qui a levé 300 millions de dollars au printemps.",
     {("Harvey", "fundsRaised", "300000000 USD", A)}),
    ("fr-lorsque-x-avait-recolte",
     "Orvane lève 5 millions d'euros. En 2024, lorsque Veltis avait récolté 18 millions d'euros, Orvane hésitait.",
     {("Veltis", "fundsRaised", "18000000 EUR", A)}),
    ("fr-affronte-des-acteurs-comme-ou-encore",
     "Orvane affronte des acteurs déjà bien installés comme Aleph Alpha, Helsing, le spécialiste allemand de la défense, ou encore Dust.",
     {("Orvane", "competitor", "Aleph Alpha", A), ("Orvane", "competitor", "Helsing", A), ("Orvane", "competitor", "Dust", A)}),
    ("en-surname-not-topic",
     "Kovra was founded by Rafael Duarte and Min Cho. Duarte, who had been chief executive, becomes chief technology officer. "
     "The start-up raised $10 million.",
     {("Kovra", "fundsRaised", "10000000 USD", A)}),
]

# --- rivalry frames (issue 12), both languages -------------------------------------------------------
CASES_5 = [
    ("fr-rivaliser-avec",
     "Orvane lève 4 millions d'euros pour rivaliser avec Veltis et Dataiku.",
     {("Orvane", "competitor", "Veltis", A), ("Orvane", "competitor", "Dataiku", A)}),
    ("fr-face-a",
     "Face à Veltis, Orvane mise sur des modèles plus petits.",
     {("Orvane", "competitor", "Veltis", A)}),
    ("fr-alternative-aux-fermes-comme",
     "Orvane veut devenir une alternative ouverte aux laboratoires fermés comme Veltis ou Harvey.",
     {("Orvane", "competitor", "Veltis", A), ("Orvane", "competitor", "Harvey", A)}),
    ("fr-concurrence-avec-les-tenors",
     "Orvane revendique la concurrence avec les ténors américains Veltis et Harvey.",
     {("Orvane", "competitor", "Veltis", A), ("Orvane", "competitor", "Harvey", A)}),
    ("en-take-on",
     "Zentri raised $8 million to take on Lumora and Botwise in warehouse robotics.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Botwise", A)}),
    ("en-a-rival-to",
     "Zentri, a rival to Lumora, opened an office in Munich.",
     {("Zentri", "competitor", "Lumora", A)}),
    ("en-an-alternative-to",
     "Zentri pitches its robots as a cheaper alternative to Lumora.",
     {("Zentri", "competitor", "Lumora", A)}),
    ("en-challenger-to",
     "Zentri has emerged as a challenger to Lumora in Europe.",
     {("Zentri", "competitor", "Lumora", A)}),
    ("fr-se-mesure-au-demonym-list",
     "Orvane se mesure au carnutain Veltis et à l'allemand Quillo, mais surtout à Brisk.",
     {("Orvane", "competitor", "Veltis", A), ("Orvane", "competitor", "Quillo", A),
      ("Orvane", "competitor", "Brisk", A)}),
    ("fr-contrairement-a-list",
     "Contrairement à Cohere (Toronto) ou Aleph Alpha (Heidelberg), Orvane publie les poids de ses modèles.",
     {("Orvane", "competitor", "Cohere", A), ("Orvane", "competitor", "Aleph Alpha", A)}),
    ("fr-face-a-apposition-list",
     "Face à Veltis, une société de Munich, et à l'américain Quillo, Orvane mise sur la sobriété.",
     {("Orvane", "competitor", "Veltis", A), ("Orvane", "competitor", "Quillo", A)}),
    ("en-square-off-against-fellow",
     "Zentri will square off against fellow Munich startup Lumora and US heavyweight Harvey.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Harvey", A)}),
    ("fr-round-shares-met-complete-avec",
     "Orvane vient de boucler un tour de table de 3,2 millions d'euros. Le réseau Armor Angels apporte "
     "1,4 million d'euros. Kerlo Up, le fonds régional, met 600 000 €, et Penfeld Capital, le fonds "
     "brestois, complète avec 300 000 €.",
     {("Armor Angels", "investedIn", "Orvane", A), ("Kerlo Up", "investedIn", "Orvane", A),
      ("Penfeld Capital", "investedIn", "Orvane", A)}),
    ("en-round-shares-put-in",
     "Zentri raised $5 million in a seed round. Kestrel Capital put in $2 million and Fenwick Ventures "
     "contributed $500,000.",
     {("Kestrel Capital", "investedIn", "Zentri", A), ("Fenwick Ventures", "investedIn", "Zentri", A)}),
    ("en-short-name-after-suffix",
     "Osaka-based Kumori AI closed a 2 billion yen round led by Coral Capital. Kumori was founded "
     "in 2022 by Hana Sato, a former researcher at Sony.",
     {("Kumori AI", "founder", "Hana Sato", A), ("Kumori AI", "foundingYear", "2022", A)}),
    ("fr-acronym-in-brackets",
     "Orvane a levé 3 millions d'euros auprès de Breizh Amorçage Capital (BAC). « Orvane a une équipe "
     "solide », explique Claire Dubois, directrice d'investissement chez BAC.",
     {("Claire Dubois", "employer", "Breizh Amorçage Capital", A)}),
    ("fr-portfolio-list-items",
     "Le fonds Orkan Seed a déjà investi dans deux sociétés :\n- Quillane (Annecy), qui fabrique des lentilles. "
     "Orkan Seed a mené cette levée de 4 millions d'euros, aux côtés de Brevent ;\n"
     "- Tavorne (Rouen), qui recycle des panneaux solaires.",
     {("Quillane", "headquarters", "Annecy", A), ("Orkan Seed", "investedIn", "Quillane", A),
      ("Tavorne", "headquarters", "Rouen", A)}),
    ("fr-directeur-general-delegue",
     "Zentra a levé 5 millions d'euros auprès de Partech. Paul Martin est nommé directeur général délégué de "
     "Zentra.",
     {("Paul Martin", "employer", "Zentra", A)}),
    ("en-holds-no-stake",
     "Zentri raised $5 million in a seed round led by Accel. Lumora only sells it chips and holds no stake "
     "in Zentri.",
     {("Lumora", "investedIn", "Zentri", "negated")}),
    ("en-markdown-from-earlier-valuation",
     "Ostrava AI took in $80 million, which valued it at $900 million, down from the "
     "$2.6 billion it commanded in 2021.",
     {("Ostrava AI", "valuation", "900000000 USD", A), ("Ostrava AI", "valuation", "2600000000 USD", A)}),
    ("en-taken-over-as-ceo",
     "Zentri raised $5 million in 2024. Paul Martin, the CEO of Zentri, joined Meta in March. Anna Weber "
     "took over as chief executive of Zentri last week.",
     {("Zentri", "ceo", "Anna Weber", A), ("Paul Martin", "formerEmployer", "Zentri", A)}),
    ("en-based-apposition-not-topic",
     "Pellam Labs, a Toronto startup, released Tarn, an open-weight model. Lumora, the Shenzhen-based lab, "
     "surprised rivals last year.",
     {("Pellam Labs", "headquarters", "Toronto", A), ("Lumora", "headquarters", "Shenzhen", A)}),
    ("fr-participant-led-its-round",
     "Le fonds Orkan Seed a déjà investi dans deux sociétés :\n- Quillane (Annecy), qui fabrique des lentilles. "
     "Orkan Seed a mené sa levée de 4 millions d'euros, aux côtés de Brevent ;",
     {("Quillane", "fundsRaised", "4000000 EUR", A), ("Orkan Seed", "investedIn", "Quillane", A)}),
    ("en-rivals-include-relative",
     "Zentri's rivals include Lumora, which raised $40 million last year, and Botwise.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Botwise", A)}),
]

# --- frames the annotations hold too rarely (issue 12), both languages ------------------------------
CASES_6 = [
    # a country and its champions, in a sentence that sets something against them
    ("fr-pays-et-ses-champions",
     "Orvane veut ne pas laisser le marché être dominé par les États-Unis et leurs Zentra, Lumora ou Veltis.",
     {("Orvane", "competitor", "Zentra", A), ("Orvane", "competitor", "Lumora", A),
      ("Orvane", "competitor", "Veltis", A), ("Lumora", "country", "United States", A)}),
    ("en-country-and-its-champions",
     "Orvane wants Europe to keep up with China and its Zentra, Lumora and Veltis.",
     {("Orvane", "competitor", "Zentra", A), ("Orvane", "competitor", "Veltis", A),
      ("Zentra", "country", "China", A), ("Veltis", "country", "China", A)}),
    # an alternative question presupposes the rivalry it describes (README, Policies)
    ("fr-question-alternative-rivalite",
     "Orvane lève 5 millions d'euros. S'appuie-t-elle sur une avance réelle, ou sur l'urgence de ne pas laisser "
     "la Chine et ses Zentra ou Lumora fixer les règles ?",
     {("Orvane", "competitor", "Zentra", P), ("Orvane", "competitor", "Lumora", P),
      ("Zentra", "country", "China", P)}),
    # a line that credits the source
    ("fr-ligne-source",
     "Orvane lève 5 millions d'euros auprès de Kima Ventures.\n\nSource : Les Echos",
     {("ARTICLE", "source", "Les Echos", A)}),
    ("en-source-line",
     "Zentri raised $5 million from Accel.\n\nSource: Reuters",
     {("ARTICLE", "source", "Reuters", A)}),
    # a demonym in the description in apposition to the name
    ("fr-apposition-demonyme",
     "Orvane : une réussite française dans la robotique ?\n\nOrvane a levé 5 millions d'euros.",
     {("Orvane", "country", "France", A)}),
    ("en-apposition-demonym",
     "Zentri: a British success story in robotics\n\nZentri raised $5 million from Accel.",
     {("Zentri", "country", "United Kingdom", A)}),
    # founders named first as a group of people of another organisation
    ("fr-groupe-de-fondateurs",
     "Orvane séduit les investisseurs\n\n"
     "Comment une jeune start-up, fondée par deux anciens ingénieurs de Thales, a-t-elle séduit les investisseurs ? "
     "Orvane a été fondée en 2021 par Claire Dupuis et Marc Lenoir.",
     {("Claire Dupuis", "formerEmployer", "Thales", A), ("Marc Lenoir", "formerEmployer", "Thales", A),
      ("Orvane", "founder", "Claire Dupuis", A)}),
    ("en-group-of-founders",
     "Zentri was started by two former Siemens engineers. Zentri was founded in 2020 by Tom Becker and Lena Hart.",
     {("Tom Becker", "formerEmployer", "Siemens", A), ("Lena Hart", "formerEmployer", "Siemens", A)}),
    # a name the recogniser reads as a place, after words only an organisation follows
    ("fr-lieu-apres-fonde",
     "Garrigue recrute\n\nEn 2021, Claire Dupuis fonde Garrigue avec Marc Lenoir. Garrigue vend des drones.",
     {("Garrigue", "founder", "Claire Dupuis", A)}),
    # a sentence's first word is no part of the name after it
    ("fr-premier-mot-hors-du-nom",
     "Veltis recrute\n\nDerrière Veltis, on trouve Claire Dupuis, qui a fondé Veltis en 2020.",
     {("Veltis", "founder", "Claire Dupuis", A)}),
    # a parameter count names a model
    ("en-model-size-name",
     "Zentri ships a new model\n\nZentri released Lumora-8B, an open-weights model, on Tuesday.",
     {("Lumora-8B", "developer", "Zentri", A)}),
    # a group named by number, then the people the next sentence opens with
    ("en-group-then-names",
     "Zentri raises $9 million\n\nZentri was founded in 2020 by two former Siemens engineers who met at a trade "
     "fair. Tom Becker, the chief executive, and Lena Hart, the chief technology officer, left in 2019.",
     {("Zentri", "founder", "Tom Becker", A), ("Zentri", "founder", "Lena Hart", A),
      ("Tom Becker", "formerEmployer", "Siemens", A), ("Lena Hart", "formerEmployer", "Siemens", A),
      ("Zentri", "ceo", "Tom Becker", A)}),
    ("fr-groupe-puis-noms",
     "Orvane lève 3 millions d'euros\n\nTrois anciens ingénieurs de Thales ont fondé Orvane en 2021. Claire "
     "Dupuis, Marc Lenoir et Inès Caron annoncent aujourd'hui une levée de 3 millions d'euros.",
     {("Orvane", "founder", "Claire Dupuis", A), ("Orvane", "founder", "Inès Caron", A),
      ("Marc Lenoir", "formerEmployer", "Thales", A)}),
    # a description refers back to the organisation the text described so, when it opened the last sentence
    ("en-the-startup-is-the-described-one",
     "Lumora acquires Zentri\n\nLumora has acquired Zentri, a Berlin-based startup that builds robots. Zentri was "
     "founded in 2020 by Tom Becker.\n\nThe startup had raised $12 million from Accel.",
     {("Zentri", "fundsRaised", "12000000 USD", A), ("Accel", "investedIn", "Zentri", A)}),
    ("fr-la-start-up-decrite",
     "Veltis rachète Orvane\n\nVeltis a racheté Orvane, une start-up lyonnaise qui fabrique des drones. Orvane a "
     "été fondée en 2019 par Claire Dupuis.\n\nLa start-up avait levé 4 millions d'euros auprès de Kima Ventures.",
     {("Orvane", "fundsRaised", "4000000 EUR", A), ("Kima Ventures", "investedIn", "Orvane", A)}),
    # an indefinite description in the lead names the main organisation
    ("fr-description-indefinie-en-tete",
     "Orvane : la robotique française accélère\n\nComment une jeune start-up a-t-elle réussi à porter sa valorisation "
     "à 80 millions d'euros en un an ? Orvane vend des robots.",
     {("Orvane", "valuation", "80000000 EUR", P)}),
]

CASES_7 = [
    # a section heading that opens with a name: the section is about it, not about the main organisation
    ("fr-liste-sections",
     "Trois jeunes pousses à suivre\n\nNotre choix du mois.\n\n1. Orvane, le roi du drone\n"
     "Implantée à Lyon, Orvane fabrique des drones. Créée en 2019 par Claire Dupuis, elle a récemment obtenu 3 millions "
     "d'euros de Kima Ventures.\n\n2. Veltis, le chimiste\nVeltis conçoit des molécules. Veltis a levé "
     "8 millions d'euros auprès de Partech. La société emploie 40 personnes.\n\n3. Zentra, la discrète\n"
     "Basée à Nantes, Zentra analyse des images. Fondée en 2021 par Marc Lenoir, elle a levé 2 millions d'euros.",
     {("Orvane", "founder", "Claire Dupuis", A), ("Orvane", "fundsRaised", "3000000 EUR", A),
      ("Zentra", "founder", "Marc Lenoir", A), ("Zentra", "fundsRaised", "2000000 EUR", A)}),
    ("en-listicle-sections",
     "Three startups to watch\n\nHere is our pick.\n\n1. Orvane, the drone maker\nBased in Lyon, Orvane builds "
     "drones. Founded in 2019 by Claire Dupuis, it has raised $3 million from Accel.\n\n2. Veltis, the chemist\n"
     "Veltis designs molecules. Veltis raised $8 million from Index Ventures.\n\n3. Zentra, the quiet one\n"
     "Based in Austin, Zentra analyses images. Founded in 2021 by Mark Lenner, it has raised $2 million.",
     {("Orvane", "founder", "Claire Dupuis", A), ("Zentra", "founder", "Mark Lenner", A),
      ("Zentra", "fundsRaised", "2000000 USD", A)}),
    # a common word written with a capital inside sentences, twice, is a name
    ("fr-mot-commun-capitalise",
     "Robotique : les entrepôts s'équipent\n\nPrès de Rennes, Boussole assemble des drones d'inventaire. "
     "Boussole a obtenu 11 millions d'euros de Partech.",
     {("Boussole", "fundsRaised", "11000000 EUR", A), ("Partech", "investedIn", "Boussole", A)}),
    # the words around a product's name: a making verb, an apposition, a maker
    ("fr-produit-mis-au-point",
     "Orvane a levé 5 millions d'euros. La start-up a mis au point Brasque, un logiciel qui lit les contrats.",
     {("Brasque", "developer", "Orvane", A)}),
    ("en-product-apposition-model",
     "Zentri raised $5 million from Accel. The company released Brasque, a compact vision model, in May.",
     {("Brasque", "developer", "Zentri", A)}),
    # a title and a surname are the person named in full
    ("en-title-surname",
     "Zentri has appointed Priya Halloran as chief executive. Ms Halloran previously worked at Orvane.",
     {("Priya Halloran", "formerEmployer", "Orvane", A)}),
    # a bare chief-executive title belongs to what the sentence is about, not to the investor before it
    ("en-bare-ceo-title",
     "Zentri has raised $12 million from Accel and Index Ventures, CEO Zoe Marsh told Reuters.",
     {("Zentri", "ceo", "Zoe Marsh", A)}),
]

CASES_8 = [
    # a fronted clause: its subject is the name after its comma, and the next sentence goes on about it
    ("fr-proposition-antéposée-cible",
     "Lumora rachète Brasque\n\nLumora s'empare de Brasque, selon un communiqué. Fondée en 2019 par Paul Girard et "
     "Léa Moreau, deux anciens du fabricant de capteurs optiques Velto, Brasque a conçu un outil de facturation. "
     "Basée à Lille, la société avait levé 4 millions d'euros en 2021 auprès de Kima Ventures.",
     {("Brasque", "founder", "Paul Girard", A), ("Brasque", "founder", "Léa Moreau", A),
      ("Brasque", "fundsRaised", "4000000 EUR", A), ("Kima Ventures", "investedIn", "Brasque", A)}),
    # who gave a round's money: every name listed after the amount, toward its owner only
    ("fr-liste-auprès-de",
     "Orvane recrute. Celle-ci a obtenu 3 millions d'euros cette année auprès de Kima Ventures, de Breega et du "
     "club Femmes Business Angels.",
     {("Breega", "investedIn", "Orvane", A)}),
    ("en-led-by-participation",
     "Zentri, which Ana Lopez, a former Google engineer, started in 2022, raised a $20 million round led by "
     "Accel in the spring, with participation from Lakeside Ventures.",
     {("Accel", "investedIn", "Zentri", A), ("Lakeside Ventures", "investedIn", "Zentri", A)}),
]

CASES_8 += [
    # a firm's regional name: a brand and a region, not the region
    ("fr-marque-et-region",
     "Orvane recrute. Elle a bouclé un tour de 15 millions d'euros piloté par Veltis Europe et Kima Ventures.",
     {("Veltis Europe", "investedIn", "Orvane", A), ("Kima Ventures", "investedIn", "Orvane", A)}),
    # a making verb or a possessive naming phrase right before a product: its maker
    ("fr-a-mis-au-point-apres-fondee",
     "Lumora rachète Brasque. Fondée en 2019 par Paul Girard, Brasque a mis au point Halden, un moteur qui lit les "
     "actes notariés.",
     {("Halden", "developer", "Brasque", A)}),
    ("en-released-after-apposition",
     "Zentri, the Leeds company Tom Becker set up after leaving Orvane, released Halden this month, "
     "a reasoning model.",
     {("Halden", "developer", "Zentri", A)}),
]

#: Names the recogniser cuts or mistypes, a masthead, a successor (held-out 9's lessons, invented sentences).
CASES_9 = [
    # a name right after a role only an organisation has is an organisation, even with a common noun's shape
    ("fr-presidente-de-nom-commun",
     "Taloche vend ses capteurs aux maçons. Taloche a levé 2 millions d'euros auprès de Breega, explique "
     "Léa Moreau, présidente de Taloche.",
     {("Breega", "investedIn", "Taloche", A)}),
    # a role in apposition makes a person of a name of unknown shape
    ("en-possessive-ceo-apposition",
     "Zentri raised $12 million from Accel. Tayo Brennan-Achebe, Zentri's CEO, said the money would pay for "
     "new sensors.",
     {("Zentri", "ceo", "Tayo Brennan-Achebe", A)}),
    # a known first name and a surname
    ("en-first-name-founder",
     "Orvane was started in 2022 by Obinna Eze and has raised $8 million from Accel.",
     {("Orvane", "founder", "Obinna Eze", A)}),
    # a family-name particle
    ("en-particle-surname",
     "Orvane raised $8 million. The startup was founded by Anneke van Dalen, a former Lumora engineer.",
     {("Orvane", "founder", "Anneke van Dalen", A)}),
    # the outlet that opens a masthead line is the article's source
    # a company's division named after it; a past employer in a short apposition
    ("en-former-division-engineer",
     "Zentri raised $6 million. It was founded by Ana Lopez, formerly of Amazon Robotics.",
     {("Ana Lopez", "formerEmployer", "Amazon Robotics", A)}),
    ("fr-un-ex-apposition",
     "Zentri lève 2 millions d'euros. La société a été créée par Paul Girard, un ex-Doctolib, avec Léa Moreau.",
     {("Paul Girard", "formerEmployer", "Doctolib", A)}),
    # a demonym before a rival, and a list of rivals after the rivalry phrase
    ("fr-rivaux-demonymes-liste",
     "Zentri lève 4 millions d'euros. Zentri se mesure surtout à l'allemand Lumora Systems et au danois "
     "Veltis Robotics.",
     {("Zentri", "competitor", "Lumora Systems", A), ("Zentri", "competitor", "Veltis Robotics", A)}),
    # people hired from other companies: the hiring company hired from each of them
    ("en-recruited-engineers-from-list",
     "Zentri, which sells inspection drones, recruited a dozen engineers from Lumora Systems and Veltis Robotics "
     "last year.",
     {("Zentri", "hiredFrom", "Lumora Systems", A), ("Zentri", "hiredFrom", "Veltis Robotics", A)}),
    ("fr-embauche-ingenieurs-issus-de",
     "Zentri, une start-up lyonnaise, fabrique des drones. La société a embauché huit ingénieurs issus de "
     "Lumora Systems et de Veltis Robotics.",
     {("Zentri", "hiredFrom", "Lumora Systems", A), ("Zentri", "hiredFrom", "Veltis Robotics", A)}),
    # a title-case headline's verbs are not part of the names around them
    ("en-title-case-headline",
     "Lumora Systems to Acquire Zentri, Adding Drone Inspection to Its Platform\n\nLumora Systems said on Monday "
     "that it would acquire Zentri, a Lyon-based startup.",
     {("Lumora Systems", "acquired", "Zentri", A)}),
    # "the X-based company" refers back to the passage's organisation, whatever place X names
    ("en-the-place-based-company",
     "Zentri raised $7 million from Accel. The Leeds, England-based company was founded in 2020 by Ana Lopez.",
     {("Zentri", "founder", "Ana Lopez", A)}),
    ("fr-masthead-source",
     "Le Télégramme · Entreprises\n\nZentri lève 3 millions d'euros auprès de Breega.",
     {("ARTICLE", "source", "Le Télégramme", A), ("Breega", "investedIn", "Zentri", A)}),
]

CASES_10 = [
    # a round's participants in a sentence that does not name the company: the passage's company
    ("en-led-and-was-joined-by",
     "Zentri, a Leeds-based maker of drone software, raised $12 million in a Series A. Orvane Capital "
     "led, and was joined by Lakeside Ventures and Brasque Partners.",
     {("Orvane Capital", "investedIn", "Zentri", A), ("Lakeside Ventures", "investedIn", "Zentri", A),
      ("Brasque Partners", "investedIn", "Zentri", A)}),
    ("en-also-took-part-parent-apposition",
     "Zentri raised $12 million in a round led by Accel. Lakeside Ventures and Korvano Fund, Halden's "
     "investment fund, took part too.",
     {("Lakeside Ventures", "investedIn", "Zentri", A), ("Korvano Fund", "investedIn", "Zentri", A)}),
    ("fr-remettent-au-pot",
     "Zentri lève 4 millions d'euros auprès de Breega. Kima Ventures et Taloche Capital, déjà présents au "
     "capital, remettent au pot.",
     {("Kima Ventures", "investedIn", "Zentri", A), ("Taloche Capital", "investedIn", "Zentri", A)}),
    ("fr-mene-ce-tour-rejoint-par",
     "Zentri, une start-up lyonnaise, boucle un tour de 5,5 millions d'euros. Breega mène ce tour, rejoint "
     "par Kima Ventures et Taloche Capital.",
     {("Breega", "investedIn", "Zentri", A), ("Kima Ventures", "investedIn", "Zentri", A),
      ("Taloche Capital", "investedIn", "Zentri", A)}),
    # the outlet alone on the first line is the article's source
    ("fr-outlet-alone-first-line",
     "Le Temps\nEconomie\n\nZentri lève 3 millions d'euros auprès de Breega.",
     {("ARTICLE", "source", "Le Temps", A), ("Breega", "investedIn", "Zentri", A)}),
    ("en-outlet-alone-first-line-capitals",
     "FINANCIAL TIMES\nCompanies\n\nZentri raises $5 million from Accel\n\nZentri has raised $5 million from Accel.",
     {("ARTICLE", "source", "Financial Times", A)}),
    # a possessive noun for rivals, then the list of them
    ("fr-resister-a-ses-concurrents",
     "La start-up Zentri mise sur le prix pour résister à ses concurrents Lumora et Veltis.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Veltis", A)}),
    ("en-possessive-competitors-are",
     "Zentri's main competitors are older firms such as Lumora Systems.",
     {("Zentri", "competitor", "Lumora Systems", A)}),
    # a founding verb's agents, each with its own apposition
    ("en-founded-by-appositions",
     "Zentri was founded in 2021 by Anna Schmidt, once a sales manager at Stripe, and Tom Becker, who "
     "previously ran data teams at Spotify.",
     {("Zentri", "founder", "Anna Schmidt", A), ("Zentri", "founder", "Tom Becker", A)}),
    ("fr-lancee-par-appositions",
     "L'entreprise Zentri a été lancée par Claire Martin, sa directrice générale, et Hugo Bernard, son directeur "
     "technique.",
     {("Zentri", "founder", "Claire Martin", A), ("Zentri", "founder", "Hugo Bernard", A)}),
    # founded "with" a co-founder, the company described after the verb
    ("en-started-the-company-with",
     "Zentri raised $5 million from Accel. Anna Schmidt, Zentri's chief executive, set up the company in 2019 "
     "with Tom Becker.",
     {("Zentri", "founder", "Anna Schmidt", A), ("Zentri", "founder", "Tom Becker", A)}),
    ("fr-a-fonde-avec",
     "Zentri vend des robots. En 2021, Claire Martin a fondé Zentri avec Hugo Bernard, un ancien de Dassault "
     "Systèmes.",
     {("Zentri", "founder", "Claire Martin", A), ("Zentri", "founder", "Hugo Bernard", A)}),
    # a past employer in an apposition, or in a fronted role
    ("fr-ex-role-chez",
     "Créée en 2019 par Paul Girard et Léa Moreau, ex-juriste chez Doctolib, Zentri vend un logiciel.",
     {("Léa Moreau", "formerEmployer", "Doctolib", A)}),
    ("fr-ancien-consultant-fronted",
     "Ancien auditeur chez Deloitte, Paul Girard a créé Zentri en 2019 à Nantes.",
     {("Paul Girard", "formerEmployer", "Deloitte", A)}),
    ("en-who-spent-years-at",
     "Zentri raised $3 million. Its CTO is Tom Becker, who spent six years at Stripe.",
     {("Tom Becker", "formerEmployer", "Stripe", A)}),
    # a list whose items repeat their preposition
    ("fr-participation-de-de-et-de",
     "Zentri obtient 15 millions d'euros. Accel pilote l'opération, avec la participation de Bpifrance, de "
     "Nvidia et d'Elaia.",
     {("Nvidia", "investedIn", "Zentri", A), ("Bpifrance", "investedIn", "Zentri", A),
      ("Elaia", "investedIn", "Zentri", A)}),
    # a town named as where the story happens, before a described startup, is a place
    ("fr-a-ville-la-start-up",
     "À Quimperlé, la start-up Zentri lève 2,4 M€ pour ses robots de cuisine. La start-up, basée à "
     "Quimperlé, a annoncé lundi un tour mené par Breega.",
     {("Zentri", "headquarters", "Quimperlé", A), ("Zentri", "fundsRaised", "2400000 EUR", A),
      ("Breega", "investedIn", "Zentri", A)}),
    # a seat in an apposition, a fronted participle, or a city before a company noun
    ("fr-basee-a-fronted-complement",
     "Installée à Lyon, dans un ancien entrepôt, Zentri compte trente salariés.",
     {("Zentri", "headquarters", "Lyon", A)}),
    ("fr-installee-a-apposition",
     "Zentri affrontait Lumora, installée à Berlin, ainsi que Veltis.",
     {("Lumora", "headquarters", "Berlin", A)}),
    ("en-city-startup-name",
     "Seattle startup Zentri today released Halden, a language model.",
     {("Zentri", "headquarters", "Seattle", A)}),
    # a role in brackets after a founder of a fronted founding clause
    ("en-founded-by-role-in-brackets",
     "Founded in 2021 by Anna Schmidt (CEO) and Tom Becker (CTO), Zentri built Halden, a platform for lenders.",
     {("Zentri", "ceo", "Anna Schmidt", A), ("Zentri", "founder", "Tom Becker", A)}),
    # a press release's "À propos de" section is about the organisation it names, an investor too
    ("fr-a-propos-de-investor",
     "Zentri obtient 4 millions d'euros de Lakeside Ventures.\n\nÀ propos de Zentri\nZentri développe des "
     "robots.\n\nÀ propos de Lakeside Ventures\nLakeside Ventures est un fonds d'amorçage créé à Paris. Elle "
     "a notamment investi dans Orvane et Veltis.",
     {("Lakeside Ventures", "investedIn", "Orvane", A), ("Lakeside Ventures", "investedIn", "Veltis", A),
      ("Lakeside Ventures", "investedIn", "Zentri", A)}),
    # a sector story introduces a startup by its name: the next sentences are about it
    ("fr-s-appelle",
     "Plusieurs jeunes pousses misent sur l'agriculture. Lumora, à Angers, compte les fruits par drone. "
     "Lumora a obtenu 2 millions d'euros. La plus prometteuse s'appelle Zentri. Créée en 2020 à Tours, elle a "
     "bouclé un tour de 9 M€ mené par Partech.",
     {("Zentri", "foundingYear", "2020", A), ("Zentri", "fundsRaised", "9000000 EUR", A),
      ("Partech", "investedIn", "Zentri", A)}),
    # a list of rivals whose items carry an apposition or a demonym, and rivals named as examples
    ("en-competed-with-apposition",
     "Zentri competed with Lumora, which Orvane acquired last year, and with Berlin-based Halden.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Halden", A)}),
    ("fr-affrontait-apposition",
     "Sur son marché, Zentri affrontait Lumora, autre spécialiste des documents, et le britannique Halden.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Halden", A)}),
    ("fr-concurrents-comme",
     "Contre des concurrents comme l'américain Lumora ou le suédois Halden, Zentri joue la carte du prix.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Halden", A)}),
    ("en-rivals-such-as",
     "Zentri raised $5 million. The startup faces rivals such as Lumora and Veltis.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Veltis", A)}),
    # the outlet in a rubric, a copyright or a credit line
    ("fr-rubric-copyright-outlet",
     "Maddyness › Portraits › Agritech\n\nZentri obtient 3 millions d'euros\n\nZentri a obtenu 3 millions "
     "d'euros de Breega.\n\n© Le Télégramme 2026",
     {("ARTICLE", "source", "Maddyness", A), ("ARTICLE", "source", "Le Télégramme", A)}),
    ("fr-article-paru-dans",
     "Zentri obtient 3 millions d'euros\n\nZentri a obtenu 3 millions d'euros de Breega.\n\n"
     "Publié dans Challenges, numéro 12.",
     {("ARTICLE", "source", "Challenges", A)}),
    # Indian English amounts
    ("en-crore",
     "Zentri raised Rs 60 crore from Accel.",
     {("Zentri", "fundsRaised", "600000000 INR", A), ("Accel", "investedIn", "Zentri", A)}),
    ("fr-a-egalement-investi",
     "Zentri lève 4 millions d'euros auprès de Breega. Paul Girard, le fondateur de Lumora, a également "
     "investi dans le tour.",
     {("Paul Girard", "investedIn", "Zentri", A)}),
    # a participant with a relative clause, the company named by a reference
    ("en-which-backed-is-joining",
     "Zentri raised $9 million in a seed round led by Accel. Lakeside Ventures, which put $1.5 million into "
     "the company in 2023, is joining again.",
     {("Lakeside Ventures", "investedIn", "Zentri", A)}),
    # a description in apposition to a name is that name, not the passage's topic
    ("fr-apposition-la-start-up-cofondee",
     "Lumora présente son robot de tri. En France, Zentri, la start-up cofondée en 2021 par Léa Moreau et Paul "
     "Girard, a elle aussi signé la charte.",
     {("Zentri", "founder", "Léa Moreau", A), ("Zentri", "founder", "Paul Girard", A)}),
    # a chief executive appointed, or becoming one
    ("en-has-named-as-ceo",
     "Zentri, which makes drones for farms, has named Ana Lopez as CEO.",
     {("Zentri", "ceo", "Ana Lopez", A)}),
    ("fr-a-nomme-au-poste-de",
     "La start-up lyonnaise Zentri, qui conçoit des drones, a nommé Paul Girard au poste de directeur général.",
     {("Zentri", "ceo", "Paul Girard", A)}),
    ("en-to-become-chief-executive-of",
     "Ana Lopez has left Lumora to become chief executive of Zentri, a Leeds start-up that designs sensors.",
     {("Zentri", "ceo", "Ana Lopez", A)}),
    # a hire with a past role in apposition
    ("en-hired-previously-at",
     "This month, Zentri hired Ana Lopez, previously sales director at Lumora Systems, as its chief "
     "product officer.",
     {("Zentri", "hiredFrom", "Lumora Systems", A)}),
    ("fr-a-debauche-jusqu-ici",
     "Pour diriger ses ventes, Zentri a débauché Léa Moreau, jusqu'ici responsable des ventes chez Veltis.",
     {("Zentri", "hiredFrom", "Veltis", A)}),
    # a maker phrase with a description of the maker
    ("fr-developpe-par-la-cooperative",
     "Zentri vend ses drones aux agriculteurs. Il y a aussi Halden-2, un modèle développé par la coopérative "
     "bretonne Lumora Systems, qui domine le marché.",
     {("Halden-2", "developer", "Lumora Systems", A)}),
    # a relative clause of raising gives the amount to its antecedent, past an apposition's complement
    ("fr-spin-off-de-qui-a-leve",
     "Orvane Ventures a investi dans Zentri, une fabricante de drones, et dans Veltis, une spin-off de l'INSA "
     "qui a levé 3 millions d'euros en 2024.",
     {("Veltis", "fundsRaised", "3000000 EUR", A)}),
    # a possessive title in the person's apposition
    ("en-person-apposition-possessive-ceo",
     "Orvane invests in drones. We first met Ana Lopez, Zentri's CEO, in Leeds a year ago.",
     {("Zentri", "ceo", "Ana Lopez", A)}),
    # a company and a country make its subsidiary
    ("fr-filiale-nationale",
     "Zentri lève 3 millions d'euros auprès de Breega. La société a été cofondée par Léa Moreau, une ancienne "
     "de Microsoft France, et Paul Girard.",
     {("Léa Moreau", "formerEmployer", "Microsoft France", A)}),
    # a stake phrase names the company an investor puts money in
    ("fr-entree-au-capital-de",
     "Zentri lève 3 millions d'euros auprès de Breega. Lumora Ventures, le fonds du groupe, est aussi entrée "
     "au capital de Veltis, une start-up nantaise.",
     {("Lumora Ventures", "investedIn", "Veltis", A)}),
    # a city and a company suffix make a firm's name
    ("en-city-and-suffix-firm",
     "Zentri raised $5 million from Bordeaux Ventures and Accel.",
     {("Bordeaux Ventures", "investedIn", "Zentri", A)}),
]

CASES_11 = [
    # French pronouns for people: "elle" and "lui" by gender, "la première… le second", "ce dernier"
    ("fr-elle-lui-careers",
     "Zentri a vu le jour à Nantes en 2021. La société a été fondée par Hélène Marchand, sa directrice générale, "
     "et Yann Caradec. Elle a travaillé dix ans chez Capgemini. Lui vient de Sopra Steria.",
     {("Zentri", "founder", "Yann Caradec", A), ("Hélène Marchand", "formerEmployer", "Capgemini", A),
      ("Yann Caradec", "formerEmployer", "Sopra Steria", A)}),
    ("fr-la-premiere-le-second",
     "Veltis a levé 4 millions d'euros auprès de Breega. Elle a été créée par Sarah Lemoine et Karim Haddad. "
     "La première a passé six ans chez Ubisoft ; le second a travaillé quatre ans chez Dassault Aviation.",
     {("Sarah Lemoine", "formerEmployer", "Ubisoft", A), ("Karim Haddad", "formerEmployer", "Dassault Aviation", A),
      ("Veltis", "fundsRaised", "4000000 EUR", A)}),
    ("fr-ce-dernier",
     "Orvane a recruté Paul Ferrand comme directeur financier. Ce dernier a passé quinze ans chez Safran.",
     {("Paul Ferrand", "formerEmployer", "Safran", A)}),
    ("fr-elle-quitte",
     "Zentri a levé 3 millions d'euros. Sa fondatrice, Claire Dubois, a d'abord travaillé chez Airbus. En 2020, "
     "elle quitte Thales et fonde la société.",
     {("Claire Dubois", "formerEmployer", "Thales", A), ("Zentri", "founder", "Claire Dubois", A)}),
    # "elle vient de lever" is the company, even after a list of founders
    ("fr-elle-vient-de-lever-after-founders",
     "La start-up Zentri conçoit des drones. Créée en 2021 par Lucie Moreau, elle vient de lever 2 millions "
     "d'euros auprès de Breega.",
     {("Zentri", "fundsRaised", "2000000 EUR", A), ("Breega", "investedIn", "Zentri", A)}),
    # a founder's dated or narrated job before her company is a past one
    ("fr-portrait-dated-job",
     "La start-up Zentri conçoit des drones. Sa fondatrice, Maud Lefort, a d'abord travaillé chez Airbus. En "
     "2016, elle rejoint Safran, à Toulouse. En 2021, elle fonde Zentri avec Paul Girard.",
     {("Maud Lefort", "formerEmployer", "Safran", A), ("Zentri", "founder", "Maud Lefort", A),
      ("Zentri", "founder", "Paul Girard", A)}),
    ("fr-a-ete-developpe-par",
     "La start-up Zentri conçoit des drones. Leur logiciel, Orvane, a été développé par Zentri avec des pilotes.",
     {("Orvane", "developer", "Zentri", A)}),
    # a paragraph closed by a quotation after French spacing ("… signé. »") is text, not a heading
    ("fr-paragraph-ends-with-spaced-quote",
     "Zentri a levé 5 millions d'euros.\n\n« Nous recrutons. »\n\nLa start-up Orvane, qui vend des capteurs, "
     "a levé 3 M€ auprès de Breega. « Rien n'est signé. »\n",
     {("Orvane", "fundsRaised", "3000000 EUR", A), ("Breega", "investedIn", "Orvane", A)}),
    # an ambiguous knowledge-base name (a chip family) that the text describes as a firm is the firm
    ("en-ambiguous-kb-name-described-as-firm",
     "Zentri raised $8 million. The round was led by Ascend, a Boston investment firm set up by Nell Avery in 2015.",
     {("Ascend", "investedIn", "Zentri", A), ("Ascend", "founder", "Nell Avery", A)}),
    # a founding verb in an apposition gives its founders to the name it describes
    ("fr-apposition-cofondee-par",
     "Zentri affronte Lumora, la start-up lyonnaise cofondée par Paul Girard.",
     {("Lumora", "founder", "Paul Girard", A)}),
    # a passive of buying after an apposition on the company bought
    ("fr-passive-rachetee-apres-apposition",
     "La start-up Zentri lève 5 millions d'euros. Halvane, un concurrent direct de Zentri, a été rachetée il y "
     "a deux ans par Safran.",
     {("Safran", "acquired", "Halvane", A), ("Zentri", "fundsRaised", "5000000 EUR", A)}),
    # a round-up's entry headings ("Nom – Ville – Montant"); "deux anciens de X" right after the founders named
    ("fr-roundup-entry-headings",
     "Les levées de la semaine\n\nZentri – Lyon – 12 M€\n\nZentri conçoit des drones. Elle lève 12 millions "
     "d'euros auprès de Breega. La société a été fondée en 2020 par Anne Roux et Paul Girard.\n\nCaussade – Nantes "
     "– 3 M€\n\nCaussade, logiciel de paie pour les artisans, lève 3 millions d'euros auprès de Go Capital. La "
     "société a été créée en 2024 par Léa Morel et Hugo Ferrand, deux anciens de Qonto.\n",
     {("Zentri", "headquarters", "Lyon", A), ("Caussade", "fundsRaised", "3000000 EUR", A),
      ("Caussade", "headquarters", "Nantes", A), ("Caussade", "founder", "Léa Morel", A),
      ("Hugo Ferrand", "formerEmployer", "Qonto", A)}),
    ("fr-reunit",
     "La start-up Zentri optimise les tournées. Elle réunit 4 M€ auprès de Breega.",
     {("Zentri", "fundsRaised", "4000000 EUR", A)}),
    # "la start-up nantaise X" introduces X (the demonym does not make "la start-up" a reference)
    ("fr-brief-startup-demonym-name",
     "Brèves du soir\n\n■ Zentri recrute\n\nLa start-up Zentri embauche vingt ingénieurs à Lyon.\n\n■ Sauvegarde "
     "pour Bruvelle\n\nLa start-up nantaise Bruvelle, qui loue des vélos, a été placée en procédure de sauvegarde. "
     "Elle avait levé 7 M€ en 2023 auprès de Breega.\n",
     {("Bruvelle", "fundsRaised", "7000000 EUR", A), ("Breega", "investedIn", "Bruvelle", A)}),
    ("fr-kb-l-oreal",
     "La start-up Zentri a recruté Anne Roux. Elle avait d'abord travaillé sept ans chez L'Oréal.",
     {("Anne Roux", "formerEmployer", "L'Oréal", A)}),
    # a newsletter's labelled lines
    ("en-newsletter-labelled-lines",
     "This week's deals\n\nZentri — €12m Series A\n\nWho: Lyon-based Zentri builds software for dentists.\n"
     "Investors: Breega led, with Kima Ventures and two angels from Doctolib.\nFounders: Anne Roux (CEO), a former "
     "dentist, and Paul Girard (CTO), ex-Criteo.\n",
     {("Breega", "investedIn", "Zentri", A), ("Kima Ventures", "investedIn", "Zentri", A),
      ("Zentri", "founder", "Anne Roux", A), ("Zentri", "founder", "Paul Girard", A)}),
    # a round-up's entry headings give their name the amount; more ISO currencies
    ("en-roundup-entry-heading-amount",
     "Deals of the week\n\nZentri — €6.5m seed\n\nWho: Munich-based Zentri designs grid software.\nInvestors: "
     "Breega led.\n\nOrvane — PLN 25m (€5.8m) seed\n\nWho: Kraków-based Orvane builds drones.\nInvestors: Kima "
     "Ventures led.\n",
     {("Zentri", "fundsRaised", "6500000 EUR", A), ("Orvane", "fundsRaised", "25000000 PLN", A),
      ("Kima Ventures", "investedIn", "Orvane", A)}),
    # a known name, its tail and a country make a subsidiary's name
    ("en-lab-country-subsidiary",
     "Zentri raised $5 million. It was founded in 2022 by Anil Rao, a former scientist at Google Research India.",
     {("Anil Rao", "formerEmployer", "Google Research India", A)}),
    ("fr-bank-branch-country",
     "Zentri a levé 5 millions d'euros auprès de Breega et de BNP Paribas Fortis Belgique.",
     {("BNP Paribas Fortis Belgique", "investedIn", "Zentri", A), ("Breega", "investedIn", "Zentri", A)}),
    ("fr-a-vu-le-jour",
     "Zentri a vu le jour en 2021. La société a été fondée par Hélène Marchand.",
     {("Zentri", "foundingYear", "2021", A)}),
    # a question's auxiliary is no first name: "Will Orvane" is not a person
    ("en-question-auxiliary-not-name",
     "Orvane bought Zentri last year. Will Orvane keep the Zentri brand? \"We will,\" Orvane chief executive Maya "
     "Lind said.",
     {("Orvane", "acquired", "Zentri", A), ("Orvane", "ceo", "Maya Lind", A)}),
    # one sentence, three chief executives: each keeps their own organisation
    ("en-three-chief-executives",
     "Zentri CEO Anne Roux, Orvane chairman and CEO Paul Girard, and Lumora founder and CEO Hugo Ferrand met "
     "on Monday.",
     {("Zentri", "ceo", "Anne Roux", A), ("Orvane", "ceo", "Paul Girard", A), ("Lumora", "ceo", "Hugo Ferrand", A),
      ("Lumora", "founder", "Hugo Ferrand", A)}),
    # a valuation's change from one amount to another: both are valuations
    ("fr-valuation-from-to",
     "La start-up lyonnaise Zentri a levé 20 millions d'euros. Comment a-t-elle vu sa valorisation passer de 300 "
     "millions à 2 milliards d'euros en un an ?",
     {("Zentri", "valuation", "300000000 EUR", P), ("Zentri", "valuation", "2000000000 EUR", P)}),
    ("en-valuation-from-to",
     "Orvane raised $50 million. Its valuation jumped from $400 million to $1.6 billion in a year.",
     {("Orvane", "valuation", "400000000 USD", A), ("Orvane", "valuation", "1600000000 USD", A)}),
    # a group's name with its capitalised article; the group named in its subsidiary's apposition buys nothing
    ("fr-subsidiary-of-group-la",
     "Orvane, la filiale logicielle du groupe La Mouette, finalise ce lundi le rachat de Zentri, une start-up basée à "
     "Nantes.",
     {("Orvane", "acquired", "Zentri", A)}),
    ("en-source-the-name",
     "The deal was reported on Monday by The Seed Letter. Orvane raised $4 million.",
     {("ARTICLE", "source", "The Seed Letter", A)}),
    # a fronted founding clause listing three founders, their pasts in brackets
    ("fr-fronted-three-founders-brackets",
     "Fondée en 2021 par Anne Roux (ex-Criteo), Paul Girard et Hélène Marchand (ex-Dassault Systèmes), Zentri est "
     "devenue en deux ans un acteur majeur.",
     {("Zentri", "founder", "Anne Roux", A), ("Zentri", "founder", "Paul Girard", A),
      ("Zentri", "founder", "Hélène Marchand", A), ("Paul Girard", "formerEmployer", "Dassault Systèmes", A),
      ("Hélène Marchand", "formerEmployer", "Dassault Systèmes", A)}),
    # a job title alone in brackets after a name is a job at the company the sentence is about
    ("en-led-by-bracketed-titles",
     "Zentri raised $12 million. The startup is run by Anne Roux (CEO) and Paul Girard (CTO).",
     {("Zentri", "ceo", "Anne Roux", A), ("Paul Girard", "employer", "Zentri", A)}),
    # a partner named as one, with a copula between the two names
    ("en-remains-ones-partner",
     "Zentri raised $20 million. Orvane remains Zentri's main hosting provider and research partner.",
     {("Orvane", "partner", "Zentri", A)}),
    ("fr-reste-le-partenaire-de",
     "Zentri a levé 5 millions d'euros. Orvane reste le principal partenaire industriel de Zentri.",
     {("Orvane", "partner", "Zentri", A)}),
    ("fr-reprend",
     "Le nantais Orvane reprend Zentri, start-up montpelliéraine en redressement judiciaire.",
     {("Orvane", "acquired", "Zentri", A)}),
    # a numbered group opening a sentence refers back to the people the sentence before named
    ("fr-back-group-cofounded",
     "La start-up Zentri lève 2 millions d'euros. Anne Roux, ingénieure à l'Inria, et Paul Girard, post-doctorant, "
     "ont conçu un capteur de pollen. Ces deux scientifiques ont fondé Zentri en mars 2024 avec Hélène Marchand.",
     {("Zentri", "founder", "Anne Roux", A), ("Zentri", "founder", "Paul Girard", A),
      ("Zentri", "founder", "Hélène Marchand", A)}),
    ("en-back-group-started",
     "Zentri raised $2 million. Anne Roux and Paul Girard met at Orvane in 2019. The two former engineers "
     "started Zentri in 2023.",
     {("Zentri", "founder", "Anne Roux", A), ("Zentri", "founder", "Paul Girard", A)}),
    # years spent somewhere are a past job; "qui en devient le PDG" heads what was founded
    ("fr-cofounded-with-its-ceo-years-at",
     "Zentri lève 2 millions d'euros. Trois ingénieurs ont créé Zentri en 2024 avec Anne Roux, qui en devient le "
     "PDG après douze ans chez Orvane.",
     {("Zentri", "founder", "Anne Roux", A), ("Zentri", "ceo", "Anne Roux", A),
      ("Anne Roux", "formerEmployer", "Orvane", A)}),
    ("en-joined-after-years-at",
     "Zentri raised $5 million. Anne Roux, who came to Zentri as head of sales last year after six years "
     "at Orvane, now runs the company.",
     {("Anne Roux", "formerEmployer", "Orvane", A)}),
    # a customer or a distributor that rolls a product out develops nothing
    ("en-customer-rolled-out",
     "Zentri has built Brasque, a platform for foresters. Zentri has a partnership with Orvane, the Danish growers' "
     "association, which rolled out Brasque to its growers in May.",
     {("Brasque", "developer", "Zentri", A), ("Orvane", "partner", "Zentri", A)}),
    # a rival's founder, introduced by a former title
    ("en-rival-founded-by-former-title",
     "Orvane raised $30 million. Orvane competes with Zentri, a lab founded by ex-Lumora research head "
     "Anne Roux, and with Kelvane.",
     {("Zentri", "founder", "Anne Roux", A)}),
]

CASES_12 = [
    # --- makers, stakes, rounds named with their company, places, passives with a described buyer --------
    ("en-sells-product",
     "Kerlo, set up in 2020 by Anne Roux, sells Wayfarer, a routing engine for warehouses.",
     {("Wayfarer", "developer", "Kerlo", A)}),
    ("fr-edite-product",
     "La start-up Zentri édite Brasque, un outil de planification pour les techniciens.",
     {("Brasque", "developer", "Zentri", A)}),
    ("fr-apposition-concu-par",
     "Orvane reprend l'équipe ainsi que Brasque, l'assistant vocal conçu par Zentri.",
     {("Brasque", "developer", "Zentri", A)}),
    ("en-also-holds-a-stake",
     "Zentri, a Lyon startup, raised $5 million. Kerlo Capital, which backed its first round, also holds a stake.",
     {("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("fr-est-au-capital",
     "Zentri a levé 5 millions d'euros. Kerlo Capital, qui dépend du groupe Orvane, est au capital depuis 2021.",
     {("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-largest-shareholder-possessive",
     "Zentri signed a deal with Orvane. Lumora Ventures is also one of Orvane's largest shareholders.",
     {("Lumora Ventures", "investedIn", "Orvane", A)}),
    ("en-led-the-round-of",
     "Kerlo Capital has led the $6 million seed round of Zentri, alongside Orvane Ventures.",
     {("Zentri", "fundsRaised", "6000000 USD", A), ("Kerlo Capital", "investedIn", "Zentri", A),
      ("Orvane Ventures", "investedIn", "Zentri", A)}),
    ("fr-tour-de-table-de",
     "Kerlo Capital a mené le tour de table de 4 millions d'euros de Zentri.",
     {("Zentri", "fundsRaised", "4000000 EUR", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("fr-installee-a-place",
     "Zentri, installée à Plouvane depuis 2019, vend des drones aux agriculteurs.",
     {("Zentri", "headquarters", "Plouvane", A)}),
    ("fr-passive-described-buyer",
     "Zentri vend des capteurs. Son concurrent, le lyonnais Orvane, a été racheté fin 2023 par le groupe industriel "
     "Kerlo.",
     {("Kerlo", "acquired", "Orvane", A)}),
    ("en-is-possessive-ceo",
     "Zentri raised $5 million. In 2024 Anne Roux started Zentri with Tom Becker. Anne is Zentri's CEO; Tom leads "
     "engineering.",
     {("Zentri", "ceo", "Anne Roux", A)}),
    ("en-cofounders-opening",
     "Zentri wants to take the paperwork out of audits. Co-founders Anne Roux, a former engineer at Kerlo, and "
     "Tom Becker met at university.",
     {("Zentri", "founder", "Anne Roux", A), ("Zentri", "founder", "Tom Becker", A)}),
    ("fr-cofondatrice-opening",
     "Zentri, une start-up nantaise, vend des drones. Cofondatrice et présidente, Anne Roux a passé dix ans chez Kerlo.",
     {("Zentri", "founder", "Anne Roux", A)}),
    ("fr-recrutee-chez",
     "Zentri fabrique des robots. La direction technique est assurée par Anne Roux, recrutée chez Kerlo, où elle "
     "dirigeait le logiciel.",
     {("Anne Roux", "formerEmployer", "Kerlo", A)}),
    ("en-we-a-close-partner-of",
     "Orvane is acquiring Zentri. We have long been a key partner of Zentri.",
     {("Orvane", "partner", "Zentri", A)}),
    ("fr-partenaire-de-longue-date",
     "Zentri vend des drones. Zentri est un partenaire de longue date de Kerlo.",
     {("Zentri", "partner", "Kerlo", A)}),
    ("en-family-including",
     "Banks can now use Orvane's tools through Zentri's Halden family of models, including Halden-2 and Halden-3.",
     {("Halden-3", "developer", "Zentri", A)}),
    ("en-acquires-to-advance-product",
     "Zentri acquires Orvane to advance Halden-3's reading of contracts.",
     {("Halden-3", "developer", "Zentri", A)}),
    ("fr-en-est-la-pdg",
     "Zentri, basée à Lyon, vend des drones. Anne Roux en est la présidente-directrice générale.",
     {("Zentri", "ceo", "Anne Roux", A)}),
    ("en-is-its-chief-executive",
     "Zentri, a Leeds startup, sells drones. Anne Roux is its chief executive.",
     {("Zentri", "ceo", "Anne Roux", A)}),
    ("fr-encyclopedia-note",
     "Zentri[3] a été fondée en 2018 par Anne Roux.",
     {("Zentri", "founder", "Anne Roux", A)}),
]

CASES_13 = [
    # --- mastheads, lenders, careers that end, lists, makers after "from" -------------------------------------
    ("en-masthead-over-rubric",
     "Kerlo Wire\nDeals | Robotics\n\nZentri raised $5 million from Orvane Ventures.",
     {("ARTICLE", "source", "Kerlo Wire", A), ("Orvane Ventures", "investedIn", "Zentri", A)}),
    ("en-has-left-to-launch",
     "Anne Roux, partner at Kerlo Capital since 2019, has now left to found Tarnwick Ventures.",
     {("Anne Roux", "formerEmployer", "Kerlo Capital", A), ("Tarnwick Ventures", "founder", "Anne Roux", A)}),
    ("en-before-starting",
     "Zentri raised $5 million. Its chief executive, Anne Roux, ran sales at Kerlo before starting the company.",
     {("Anne Roux", "formerEmployer", "Kerlo", A)}),
    ("fr-avant-de-fonder",
     "Anne Roux a dirigé les ventes de Kerlo avant de fonder Zentri.",
     {("Anne Roux", "formerEmployer", "Kerlo", A), ("Zentri", "founder", "Anne Roux", A)}),
    ("en-left-to-start",
     "Tom Becker left Kerlo to start Zentri.",
     {("Tom Becker", "formerEmployer", "Kerlo", A), ("Zentri", "founder", "Tom Becker", A)}),
    ("en-list-mate-competitor",
     "Zentri competes with Orvane Robotics and Lumbrik, the filing said.",
     {("Zentri", "competitor", "Orvane Robotics", A), ("Zentri", "competitor", "Lumbrik", A)}),
    ("en-product-from-maker",
     "We benchmark Zentri-2 against Halden-3 from Orvane and Lumo-4 from Kerlo.",
     {("Halden-3", "developer", "Orvane", A), ("Lumo-4", "developer", "Kerlo", A)}),
    ("en-appointed-after-apposition",
     "Zentri, the payroll-software maker whose €9 million round Kerlo Capital funded in May, has appointed "
     "Anne Roux as CEO.",
     {("Zentri", "ceo", "Anne Roux", A)}),
    ("en-was-hired-from",
     "Anne Roux now runs marketing at Zentri. She was poached from Kerlo in June.",
     {("Anne Roux", "formerEmployer", "Kerlo", A)}),
    ("en-investors-include-which-led-its",
     "Zentri's backers are Kerlo Capital, which led its €7 million Series B last spring, and Orvane Ventures, "
     "which had led its first round.",
     {("Zentri", "fundsRaised", "7000000 EUR", A), ("Kerlo Capital", "investedIn", "Zentri", A),
      ("Orvane Ventures", "investedIn", "Zentri", A)}),
    ("fr-a-promu",
     "Kerlo Capital a promu Anne Roux et Tom Becker au rang d'associés.",
     {("Anne Roux", "employer", "Kerlo Capital", A), ("Tom Becker", "employer", "Kerlo Capital", A)}),
    ("en-who-left-the-company",
     "Zentri hired Anne Roux in 2023. Tom Becker, who quit the firm in 2024, now teaches chemistry.",
     {("Tom Becker", "formerEmployer", "Zentri", A)}),
    ("en-led-our-seed",
     "Zentri, a Lyon startup, sells drones to farmers. Kerlo Capital led our €2.4 million seed in May.",
     {("Zentri", "fundsRaised", "2400000 EUR", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-round-is-now-closed",
     "Zentri, a Lyon startup, sells drones to farmers. The €3 million bridge round is now closed.",
     {("Zentri", "fundsRaised", "3000000 EUR", A)}),
    ("en-yes-no-question-apposition",         # the question asks about the rivalry, not about the maker
     "Can Zentri-2 rival Halden-3, the closed model of Orvane?",
     {("Halden-3", "developer", "Orvane", A)}),
]


#: A French company's "président(e)" is its chief executive, a board seat is no job; "we" in a quotation is
#: the organisation its speaker speaks for.
CASES_14 = [
    ("fr-presidente-et-cofondatrice",
     "Zentri lève 4 millions d'euros. « Nous ouvrons Madrid », annonce Léa Marchand, présidente et cofondatrice "
     "de Zentri.",
     {("Zentri", "ceo", "Léa Marchand", A), ("Zentri", "founder", "Léa Marchand", A)}),
    ("fr-president-de",
     "Kerlo, qui vend des capteurs de houle, est dirigée par Paul Orvane, président de Kerlo depuis 2021.",
     {("Kerlo", "ceo", "Paul Orvane", A)}),
    ("en-quoted-we-acquired",
     "Zentri builds robots for warehouses. \"We have bought Kerlo, a vision startup, and we now compete with "
     "Orvane Robotics,\" said Lea Park, chief executive of Zentri.",
     {("Zentri", "acquired", "Kerlo", A), ("Zentri", "competitor", "Orvane Robotics", A)}),
    ("fr-quoted-nous-rachete",
     "Zentri conçoit des robots. « Nous avons racheté Kerlo l'an dernier », raconte Léa Marchand, directrice "
     "générale de Zentri. « Notre actionnaire historique, Orvane Ventures, nous suit. »",
     {("Zentri", "acquired", "Kerlo", A), ("Orvane Ventures", "investedIn", "Zentri", A)}),
    ("fr-fronted-cofondee-la-societe",          # a fronted founding clause whose subject is "la société"
     "Zentri lève 5 millions d'euros. Cofondée en 2023 par Hugo Lemar (ex-Kervalis) et Anne Roux, passée par "
     "Orvane, la société édite un logiciel de facturation.",
     {("Zentri", "founder", "Hugo Lemar", A), ("Zentri", "founder", "Anne Roux", A),
      ("Zentri", "foundingYear", "2023", A), ("Hugo Lemar", "formerEmployer", "Kervalis", A)}),
    ("fr-tous-deux-ont-fonde",                  # "Tous deux" are the two people the sentence before names
     "Zentri lève 4 millions d'euros. Yann Le Bihan, ingénieur passé par Orvane, s'est associé à Soazig Pennec, "
     "ancienne chercheuse de Kerlo. Tous deux ont fondé Zentri en 2022.",
     {("Zentri", "founder", "Yann Le Bihan", A), ("Zentri", "founder", "Soazig Pennec", A)}),
    ("en-two-veterans",                         # "two X veterans": X is both people's past employer
     "Zentri raised $5 million. Zentri was started by Oren Baskett and Lina Sorrel, two Kerlo Systems veterans "
     "with a decade of payments work between them.",
     {("Oren Baskett", "formerEmployer", "Kerlo Systems", A), ("Lina Sorrel", "formerEmployer", "Kerlo Systems", A)}),
    ("en-her-cofounders-are",                   # "Her co-founders are A, …, and B": both, of the passage's company
     "Zentri raised $9 million. Her co-founders are Amir Coster, formerly at Orvane Labs, and Idris Pell, a "
     "Kerlo alumnus who worked on its models.",
     {("Zentri", "founder", "Amir Coster", A), ("Zentri", "founder", "Idris Pell", A)}),
    ("en-has-been-ceo-bare",                    # a bare title, the person opening the sentence: the topic's
     "Zentri raised $5 million. Zentri was started by Oren Baskett and Lina Sorrel in 2020. Baskett has been CEO from "
     "day one.",
     {("Zentri", "ceo", "Oren Baskett", A)}),
    ("en-poached-a-role-at",                    # the hired person's role, in apposition, is their past job
     "Zentri raised $20 million. Zentri recently poached Nadine Varnam, a pricing analyst at Allbright Insurance, to "
     "run its risk desk.",
     {("Nadine Varnam", "formerEmployer", "Allbright Insurance", A), ("Zentri", "hiredFrom", "Allbright Insurance", A)}),
    ("en-the-firm-partner-apposition",          # "A, the X partner who…": a job at X
     "Zentri raised $20 million, with Kerlo Ventures as lead. Teodor Ranke, the Kerlo Ventures partner behind "
     "the investment, praised the team.",
     {("Teodor Ranke", "employer", "Kerlo Ventures", A)}),
    ("en-whose-past-bets-led",                  # a relative clause naming other companies before "led the round"
     "Zentri raised $20 million. Kerlo Ventures, whose past bets include Orvane and Lumora, led the round.",
     {("Kerlo Ventures", "investedIn", "Zentri", A)}),
    ("en-fronted-place-opener",                 # "In Leeds, X is…": X, not the place, opens the passage
     "Orvane raised money last year. In Leeds, Zentri has chosen another path and serves small "
     "firms. The Leeds-based startup has just raised £9m of seed money from Kerlo Capital.",
     {("Zentri", "fundsRaised", "9000000 GBP", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-portfolio-which-backed",               # an investor's other holdings, then its part in the round
     "Zentri raised $20 million; Kerlo Ventures led the round. Orvane Partners, which has also backed Lumora and "
     "Brisca, participated.",
     {("Orvane Partners", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Lumora", A),
      ("Orvane Partners", "investedIn", "Brisca", A)}),
    ("fr-le-fonds-qui-a-accompagne",            # "Le fonds" is the investment firm named last
     "Zentri lève 7 millions d'euros auprès de Kerlo Capital. Le fonds, qui a déjà soutenu Lumora et Brisca, "
     "mène l'opération.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Kerlo Capital", "investedIn", "Lumora", A),
      ("Kerlo Capital", "investedIn", "Brisca", A)}),
    ("en-the-fund-also-backed",
     "Zentri raised $20 million from Kerlo Capital. The fund also backed Lumora last year.",
     {("Kerlo Capital", "investedIn", "Lumora", A)}),
    ("fr-a-nomme-title-bare",                   # "a nommé A directrice générale", past an apposition
     "Zentri, spécialiste de la paie, a nommé Lina Ferrand directrice générale.",
     {("Zentri", "ceo", "Lina Ferrand", A)}),
    ("en-named-title-bare",
     "Zentri has named Oren Baskett chief executive.",
     {("Zentri", "ceo", "Oren Baskett", A)}),
    ("fr-passee-par-fronted-elle",              # a fronted "Passée par X puis par Y" before "elle": her career
     "Zentri a nommé Lina Ferrand directrice générale. Passée par Orvane puis par Lumora, elle succède à Paul "
     "Kerlo.",
     {("Lina Ferrand", "formerEmployer", "Orvane", A), ("Lina Ferrand", "formerEmployer", "Lumora", A)}),
    ("fr-passee-par-puis-par",
     "Anne Roux, passée par Orvane puis par Brisca, dirige Zentri.",
     {("Anne Roux", "formerEmployer", "Orvane", A), ("Anne Roux", "formerEmployer", "Brisca", A)}),
    ("fr-a-quitte-pour-rejoindre",              # the company left (a reference) is the past, the other the present
     "Hugo Lemar et Anne Roux ont créé Zentri en 2019. Anne Roux a quitté la start-up l'an dernier pour rejoindre "
     "Kerlo.",
     {("Anne Roux", "formerEmployer", "Zentri", A), ("Anne Roux", "employer", "Kerlo", A)}),
    ("en-left-to-join",
     "Oren Baskett and Lina Sorrel started Zentri in 2017. Sorrel left the company in March to join Kerlo "
     "Systems.",
     {("Lina Sorrel", "formerEmployer", "Zentri", A), ("Lina Sorrel", "employer", "Kerlo Systems", A)}),
    ("en-signed-partnership-with",              # the passage's company signs with the partner named after
     "Zentri raised $12 million. The startup has now teamed up with Lumora, the Lyon-based grid operator, to resell "
     "its software.",
     {("Lumora", "partner", "Zentri", A)}),
    ("fr-noue-un-partenariat",
     "Zentri lève 3 millions d'euros. La start-up vient de sceller un partenariat avec Brisca.",
     {("Brisca", "partner", "Zentri", A)}),
    ("en-bare-title-apposition",                # "A, the chief executive," is the passage's, not the buyer's
     "Orvane has bought Zentri, a Leeds start-up, for £90mn. Zentri was set up in 2018 by Ottie Brack and Anand Kest. "
     "Brack, the chief executive, is to lead a team inside Orvane.",
     {("Zentri", "ceo", "Ottie Brack", A)}),
    ("en-the-city-company-relative",            # "The Boston company, which …, competes with A and B"
     "Zentri raised $5 million. The Boston company, which has 120 staff and a new Dublin office, competes with Kerlo "
     "and Brisca in a crowded market.",
     {("Kerlo", "competitor", "Zentri", A), ("Brisca", "competitor", "Zentri", A)}),
    ("en-inc-apposition-named-title",           # "Zentri Inc., a …, named A chief executive officer"
     "Zentri Technologies Inc., a Denver startup whose software books freight for retailers, named Mara Tenvale "
     "chief executive officer. She worked at Kerlo Inc. The company competes with Brisca.",
     {("Zentri Technologies Inc", "ceo", "Mara Tenvale", A), ("Brisca", "competitor", "Zentri Technologies Inc", A)}),
    ("fr-son-siege-restera",                    # a possessive seat, beside a planned office
     "Zentri lève 6 millions d'euros. L'entreprise compte s'installer aussi à Madrid, mais son siège reste à Lyon.",
     {("Zentri", "headquarters", "Lyon", A)}),
    ("fr-confirme-son-directeur-general",       # a possessive title before the person: the sentence's company's
     "Zentri lève 5 millions d'euros. L'opération valorise Zentri 60 millions d'euros, confirme à la presse son "
     "directeur général, Paul Roux.",
     {("Zentri", "ceo", "Paul Roux", A)}),
    ("en-relative-then-becomes-ceo",            # "A, who spent years at X, becomes chief executive": the passage's
     "Zentri raised $5 million. Imelda Stray, who worked ten years at Kerlo and lately led its Asian arm, becomes "
     "chief executive.",
     {("Zentri", "ceo", "Imelda Stray", A), ("Imelda Stray", "formerEmployer", "Kerlo", A)}),
    ("fr-y-participe-de-meme-que",              # "y participe", then a person with a past role at another company
     "Zentri lève 1,8 M€ auprès de Kerlo Capital. Ouest Partners y participe aussi, de même que Hervé "
     "Tramel, ancien président de la banque Lumora.",
     {("Ouest Partners", "investedIn", "Zentri", A), ("Hervé Tramel", "investedIn", "Zentri", A),
      ("Hervé Tramel", "formerEmployer", "Lumora", A)}),
    ("fr-recrute-venue-de",                     # a hire "venue de l'américain X": X is her past and the hirer's source
     "Zentri lève 6 millions d'euros. L'an dernier, la jeune pousse a recruté Héloïse Carbo, venue de l'américain "
     "Kerlo.",
     {("Héloïse Carbo", "formerEmployer", "Kerlo", A), ("Zentri", "hiredFrom", "Kerlo", A)}),
    ("en-bare-ceo-then-cofounded",              # "Chief executive A, a …, co-founded X": X's chief executive
     "Chief executive Paula Yard, a nurse, co-founded Kerlo in 2020, having worked at Lumora Health.",
     {("Kerlo", "ceo", "Paula Yard", A), ("Kerlo", "founder", "Paula Yard", A)}),
    ("fr-croisait-le-fer-avec",                 # an idiom of rivalry, before two demonym-led names
     "Zentri lève 6 millions d'euros. Depuis deux ans, Zentri croise le fer avec l'anglais Kerlo et le suisse "
     "Brisca.",
     {("Kerlo", "competitor", "Zentri", A), ("Brisca", "competitor", "Zentri", A)}),
    ("en-first-joined-past",                    # "who first joined X": the first step of a career, a past job
     "Zentri raised $5 million. Anna Kerr, who first joined Kerlo as an intern, now runs Zentri.",
     {("Anna Kerr", "formerEmployer", "Kerlo", A)}),
    ("fr-l-editeur-de-city",                    # a description with its city: the company placed there, not another
     "Orvane, éditeur de logiciels, a racheté Zentri, une start-up basée à Brest. Pour l'éditeur de Lorient, qui "
     "avait racheté Brisca en 2019, il s'agit d'une petite opération.",
     {("Orvane", "acquired", "Zentri", A), ("Orvane", "acquired", "Brisca", A)}),
    ("fr-recruter-chez-then-person",            # "recruter chez X son directeur financier, A": A comes from X
     "Zentri lève 5 millions d'euros. La start-up vient de recruter chez Kerlo son directeur financier, Grégoire "
     "Alvez.",
     {("Grégoire Alvez", "formerEmployer", "Kerlo", A), ("Zentri", "hiredFrom", "Kerlo", A)}),
    ("fr-cleft-amount",                         # an amount first, then "c'est la somme que … X"
     "Six millions d'euros : c'est la somme que Zentri a obtenue auprès de Kerlo Capital et de Lumora Ventures.",
     {("Zentri", "fundsRaised", "6000000 EUR", A), ("Kerlo Capital", "investedIn", "Zentri", A),
      ("Lumora Ventures", "investedIn", "Zentri", A)}),
]

CASES_15 = [
    ("en-digit-firm-participating",             # a firm whose name opens with a digit (knowledge base)
     "Zentri, a robotics startup, took in $25 million from Kerlo Partners in its Series A, with 8VC "
     "participating.",
     {("8VC", "investedIn", "Zentri", A), ("Kerlo Partners", "investedIn", "Zentri", A)}),
    ("en-legal-form-led-the-deal",              # "Co." ends the name, not the sentence; earlier investors add money
     "Zentri closed a $50 million Series C on Tuesday. Fidelity Management & Research Co. also led that round, while "
     "existing investors Lumora Capital and Brisca Ventures put in more money.",
     {("Fidelity Management & Research Co", "investedIn", "Zentri", A),
      ("Lumora Capital", "investedIn", "Zentri", A), ("Brisca Ventures", "investedIn", "Zentri", A)}),
    ("en-is-the-companys-ceo",                  # "the company's" holds its possessive: the title is its
     "Zentri, a Boston startup, makes chips. Mara Kerlo set it up in 2019. Kerlo is the company's chief "
     "executive.",
     {("Zentri", "ceo", "Mara Kerlo", A)}),
    ("en-the-startups-ceo-apposition",          # "A, the startup's CEO, said": a bare title of the passage's
     "Zentri, a Boston startup, makes chips. Mara Kerlo set it up in 2019. Mara Kerlo, the startup's CEO, "
     "said it would hire.",
     {("Zentri", "ceo", "Mara Kerlo", A)}),
    ("en-the-startups-round",                   # "The startup's $40 million Series A": its round
     "Zentri, a Boston startup, makes chips. The startup's $40 million Series A, which Kerlo Capital led in "
     "March, was its first institutional round.",
     {("Zentri", "fundsRaised", "40000000 USD", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-built-name-still-a-company",           # "We built X": no product when X has revenue and a legal form
     "Zentri Inc. sells monitoring software. Zentri's revenue rose 48% last year. \"We built Zentri to be a "
     "public company,\" said Tom Vial, its chief executive.",
     {("Zentri", "ceo", "Tom Vial", A)}),
    ("fr-nous-avons-cree-avec",                 # "nous avons créé X avec B": B founded X, not the last employer
     "Léa Morvan a travaillé chez Kerlo. « En 2021, j'ai démissionné, puis nous avons créé Tamber, "
     "avec Paul Kerjean », raconte-t-elle.",
     {("Léa Morvan", "formerEmployer", "Kerlo", A), ("Tamber", "founder", "Paul Kerjean", A)}),
    ("fr-deja-present-au-capital",              # a round's investor with its other holding in apposition
     "Zentri a finalisé un tour de 9 millions d'euros mené par Kerlo Capital, avec la participation de Lumora "
     "Partners, présent au capital de Brisca depuis 2021.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Lumora Partners", "investedIn", "Zentri", A),
      ("Lumora Partners", "investedIn", "Brisca", A)}),
    ("fr-interview-answer-label",               # a question-and-answer interview: "Léa Morvan." labels her answers
     "Tamber lève 4 millions d'euros pour les cliniques\n\nPropos recueillis par Marc Olier\n\nComment est née "
     "Tamber ?\n\nLéa Morvan. J'ai travaillé six ans chez Kerlo. Nous avons créé Tamber en 2022 à Nantes, avec "
     "Paul Kerjean, un ancien de Brisca.\n\nQui vous accompagne ?\n\nLe tour est mené par Orvane Capital, avec "
     "Lumora Ventures.",
     {("Léa Morvan", "formerEmployer", "Kerlo", A), ("Tamber", "founder", "Paul Kerjean", A),
      ("Paul Kerjean", "formerEmployer", "Brisca", A), ("Orvane Capital", "investedIn", "Tamber", A)}),
    ("fr-list-section-name",                    # a list's section opens with a name no dictionary holds
     "Quatre pépites à suivre\n\nOrvane, la vigne connectée\n\nOrvane, fondée en 2020 par Léa Morel, taille "
     "les vignes.\n\nKervane, la photonique bretonne\n\nKervane fabrique des puces optiques. La société, "
     "fondée en 2019 par deux chercheurs de l'Inria, Anne Brisca et Tom Vial, a réuni 6 millions d'euros "
     "auprès de Lumora Capital.",
     {("Kervane", "founder", "Anne Brisca", A), ("Kervane", "founder", "Tom Vial", A),
      ("Kervane", "fundsRaised", "6000000 EUR", A), ("Lumora Capital", "investedIn", "Kervane", A)}),
]

CASES_16 = [
    ("en-coordinated-raiser",                   # "X went through Y … and has raised": X raised it
     "Zentri graduated from Kerlo Launchpad in 2022 and has raised $12 million since.",
     {("Zentri", "fundsRaised", "12000000 USD", A)}),
    ("fr-auquel-a-participe",                   # a round named with its company, then "auquel a participé Y"
     "Orvane Capital a mené l'an dernier le tour de 3 millions d'euros de Zentri, auquel a participé Brisca "
     "Invest.",
     {("Orvane Capital", "investedIn", "Zentri", A), ("Brisca Invest", "investedIn", "Zentri", A)}),
    ("en-cofounded-with-unknown-name",          # the name after "co-founded … with" is a person's
     "Zentri, a Leeds chipmaker, sells chips. Tom Vial, its CEO, co-founded it in 2020 with Ngaire "
     "Okonkwo-Hale.",
     {("Zentri", "founder", "Ngaire Okonkwo-Hale", A), ("Zentri", "founder", "Tom Vial", A)}),
    ("fr-portrait-role-description",            # a portrait: "la cofondatrice de X" is the headline's person
     "Léa Morel, la Brestoise qui fait parler les bateaux\n\nPortrait. Passée par Thales, la cofondatrice de "
     "Zentri a convaincu les armateurs bretons.",
     {("Zentri", "founder", "Léa Morel", A), ("Léa Morel", "formerEmployer", "Thales", A)}),
    ("fr-bare-title-depuis",                    # "A, présidente depuis 2021," of the passage's company
     "Zentri lève 3 millions d'euros. Léa Morel, présidente depuis 2021, pilote seule la société.",
     {("Zentri", "ceo", "Léa Morel", A)}),
    ("en-tuned-from-released-by",               # a base model's maker in its apposition
     "Zentri sells a coding tool. It runs on its own model, tuned from Lumo-7, the open model released by Kerlo.",
     {("Lumo-7", "developer", "Kerlo", A)}),
    ("en-division-with-and",                    # a division's name with "and" after a role "at"
     "Anne Roux, a former engineer at Airbus Defence and Space, founded Zentri.",
     {("Anne Roux", "formerEmployer", "Airbus Defence and Space", A), ("Zentri", "founder", "Anne Roux", A)}),
    ("en-replaced-by-title-person",             # a chief executive leaves, "replaced by president A": A's the job
     "Zentri, a Boston startup, sells chatbots. Its chief executive, Tom Vial, resigned on Friday and will be "
     "succeeded by finance chief Ana Roux.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("en-the-companys-role-employer",           # "B, the company's chief scientist": B works there
     "Zentri, a Boston startup, sells chatbots. Tom Vial set up Zentri in 2019 with Raj Mehta, the company's chief "
     "scientist.",
     {("Raj Mehta", "employer", "Zentri", A), ("Zentri", "founder", "Raj Mehta", A)}),
    ("en-joined-after-years-at",                # "joined X … after eight years at Y": Y is the past, X hired from Y
     "Zentri sells chatbots. Ana Roux, who joined Zentri last spring after eight years at Kerlo, now runs it.",
     {("Ana Roux", "formerEmployer", "Kerlo", A), ("Zentri", "hiredFrom", "Kerlo", A)}),
    ("fr-publie-model-size",                    # a model named by its size, "publie" as a making verb
     "La jeune pousse Kerlo publie Orva-9B, son premier modèle, entraîné à Lyon.",
     {("Orva-9B", "developer", "Kerlo", A)}),
    ("fr-travaillait-alors-chez",               # the imperfect of a past job
     "Zentri lève 3 millions d'euros. Son prototype a été conçu par Léa Morel, qui travaillait alors chez Kerlo sur "
     "les batteries.",
     {("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("en-outlet-division",                      # an outlet's research division is an employer
     "Ana Roux, formerly of BBC Research & Development, founded Zentri in 2021.",
     {("Ana Roux", "formerEmployer", "BBC Research & Development", A), ("Zentri", "founder", "Ana Roux", A)}),
    ("en-ampersand-firm",                       # a firm's name cut at its ampersand by the recogniser
     "Zentri raised $5 million, said Mara Kerlo, an attorney with Harbour Stone & Lee.",
     {("Mara Kerlo", "employer", "Harbour Stone & Lee", A)}),
    ("fr-masthead-in-capitals",                 # an ambiguous outlet's name in capitals on the first line
     "LE PARISIEN\nÉconomie > Start-up\n\nKerlo Capital investit 4 millions d'euros dans la start-up Zentri.",
     {("ARTICLE", "source", "Le Parisien", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("fr-portrait-de-la-start-up",              # a masthead with its rubric; the role's company after "la start-up"
     "Les Echos — Entrepreneurs\n\nLéa Morel, la Nantaise qui apprend aux drones à voler seuls\n\nPortrait | À 41 "
     "ans, la fondatrice de la start-up nantaise Kervane a séduit les agriculteurs.",
     {("ARTICLE", "source", "Les Echos", A), ("Kervane", "founder", "Léa Morel", A)}),
    ("fr-cleft-elle-qui-dirige",                # "C'est elle qui dirige la société": the successor named before
     "Zentri annonce un nouveau tour. L'an dernier, son fondateur a laissé sa place au profit d'Aline Marin, "
     "venue de Kerlo. C'est elle qui dirige la société depuis.",
     {("Zentri", "ceo", "Aline Marin", A), ("Aline Marin", "formerEmployer", "Kerlo", A)}),
    ("en-two-firms-joined-by-and",              # "and" between two firms' names joins no name
     "Zentri raised $8 million from Kerlo Capital. Lumora Ventures and Cowboy Ventures also took part. Brisca "
     "Ventures and Altos Ventures also participated.",
     {("Lumora Ventures", "investedIn", "Zentri", A), ("Cowboy Ventures", "investedIn", "Zentri", A),
      ("Brisca Ventures", "investedIn", "Zentri", A), ("Altos Ventures", "investedIn", "Zentri", A)}),
    ("fr-qui-en-dirige-la-recherche",           # heads research, not the company; his past employer stays his
     "Fondée en 2019 par Léa Morel et Paul Roux, venu de Lumora, qui en dirige désormais la recherche, Kerlo vend "
     "des capteurs.",
     {("Paul Roux", "formerEmployer", "Lumora", A), ("Kerlo", "founder", "Paul Roux", A)}),
]

CASES_17 = [
    ("fr-startup-demonym-opens-sentence",      # "La start-up bordelaise, qui…": the passage's company's city
     "Zentri lève 11 millions d'euros. La start-up bordelaise, qui conçoit des capteurs, recrute vingt ingénieurs.",
     {("Zentri", "headquarters", "Bordeaux", A)}),
    ("en-the-demonym-startup-said",            # "The Danish startup said…": the passage's company's country
     "Zentri raised $12 million from Kerlo Capital. The Danish startup said it would hire forty engineers.",
     {("Zentri", "country", "Denmark", A)}),
    ("fr-rejoint-par-via-son-fonds-et-par",    # "rejoint par A, via son fonds B, et par C": A and C
     "Zentri lève 20 millions d'euros. Kerlo Capital mène le tour. Il est rejoint par Brisca, au moyen de son "
     "véhicule Brisca Seed, et par Orvane Partners.",
     {("Brisca", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Zentri", A)}),
    ("en-counts-among-its-rivals",             # "counts A, B and C among its rivals"
     "The startup Zentri sells sensors to farms. The company counts Lumora, Brisca and Tamber among its rivals.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Brisca", A),
      ("Zentri", "competitor", "Tamber", A)}),
    ("fr-compte-parmi-ses-concurrents",
     "Zentri vend des capteurs aux agriculteurs. Zentri compte Lumora et Brisca parmi ses principaux concurrents.",
     {("Zentri", "competitor", "Lumora", A), ("Zentri", "competitor", "Brisca", A)}),
    ("en-rival-which-x-bought",                # "Lumora, which Orvane bought in 2023": Orvane bought Lumora
     "The startup Zentri sells sensors to farms. It competes with Lumora, which Orvane bought in 2023.",
     {("Orvane", "acquired", "Lumora", A), ("Zentri", "competitor", "Lumora", A)}),
    ("fr-rivale-qu-a-rachetee",
     "Zentri vend des capteurs aux agriculteurs. Zentri affronte Lumora, qu'a rachetée Orvane l'an dernier.",
     {("Orvane", "acquired", "Lumora", A)}),
    ("fr-son-seul-tour-deux-points",           # "Son seul tour connu : 3 M€ auprès de X"
     "La start-up Zentri vend des drones aux pompiers. Son unique tour connu : 3 millions d'euros, "
     "apportés par Kerlo Capital.",
     {("Zentri", "fundsRaised", "3000000 EUR", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("fr-sa-fondatrice-et-presidente",
     "La start-up Zentri vend des drones aux pompiers. Sa fondatrice et présidente, Léa Morel, vise l'Europe.",
     {("Zentri", "ceo", "Léa Morel", A)}),
    ("fr-la-societe-dirigee-par-a-leve",       # an apposition between the subject and its raising verb
     "La start-up Zentri vend des drones aux pompiers. La société, dirigée par l'ingénieure Léa Morel, a levé 4 millions "
     "d'euros auprès de Kerlo Capital.",
     {("Zentri", "fundsRaised", "4000000 EUR", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-founder-now-serves-as-cto",           # a role held now, at the passage's company
     "Zentri raised $5 million. Its founders are Ana Roux and Tom Weld, a physicist who once worked "
     "at Lumora and today serves as its CTO.",
     {("Tom Weld", "employer", "Zentri", A), ("Tom Weld", "formerEmployer", "Lumora", A)}),
    ("fr-qui-en-dirige-aujourd-hui-la-recherche",
     "Zentri lève 6 millions d'euros. Elle est née en 2019 sous l'impulsion de Léa Morel et de Paul Roux, venu "
     "de Lumora, qui en pilote désormais la recherche.",
     {("Paul Roux", "employer", "Zentri", A), ("Paul Roux", "formerEmployer", "Lumora", A)}),
    ("fr-est-devenue-directrice",
     "La start-up Zentri vend des drones aux pompiers. Sa fondatrice, Léa Morel, est devenue directrice scientifique.",
     {("Léa Morel", "employer", "Zentri", A)}),
    ("fr-que-x-a-concu",                       # "X, le modèle que Kerlo a conçu": Kerlo made X
     "Zentri vient de lever 3,5 millions d'euros. Son assistant s'appuie sur Lumo-2, le modèle ouvert que Kerlo a conçu "
     "pour les téléphones.",
     {("Lumo-2", "developer", "Kerlo", A)}),
    ("en-headline-buyer-and-bought-startup",   # "A buys startup B": the story's company is B
     "Orvane buys robotics startup Zentri\n\nThe Leeds company, founded in 2019, makes warehouse robots. "
     "The Leeds company raised $12 million from Kerlo Capital in 2022.",
     {("Zentri", "headquarters", "Leeds", A), ("Kerlo Capital", "investedIn", "Zentri", A),
      ("Zentri", "fundsRaised", "12000000 USD", A)}),
    ("en-seed-round-that-x-led",               # a name that led a round is a firm, even with a digit in it
     "Zentri raised $30 million in total: an early $4 million round that Kerlo8 led in 2021, and a $25 million "
     "Series A.",
     {("Kerlo8", "investedIn", "Zentri", A)}),
    ("en-fronted-founded-by-ceo-and-cto",
     "Founded in 2020 by CEO Ana Roux and CTO Tom Weld, Zentri sells software to banks.",
     {("Zentri", "ceo", "Ana Roux", A), ("Tom Weld", "employer", "Zentri", A)}),
    ("fr-premier-actionnaire-de-fronted",      # "Premier actionnaire de X, le fonds Y…": Y holds X
     "Kerlo rachète Zentri. Premier actionnaire de Zentri avec 30 % du capital, le fonds Orvane Capital a "
     "apporté ses titres.",
     {("Orvane Capital", "investedIn", "Zentri", A)}),
    ("fr-valorise-la-cible",                   # a bid's valuation of its target
     "Kerlo a pris le contrôle de Zentri à l'issue d'une offre valorisant la cible à 200 millions d'euros.",
     {("Kerlo", "acquired", "Zentri", A), ("Zentri", "valuation", "200000000 EUR", A)}),
    ("fr-le-directeur-general-de-x-virgule",
     "Zentri a levé des fonds. « Nous grandissons », a indiqué le directeur général de Kerlo, Paul Roux, mardi.",
     {("Kerlo", "ceo", "Paul Roux", A)}),
    ("fr-concurrent-direct-outre-rhin",        # a place adverb after a name is no part of it
     "Zentri vend des capteurs. L'allemand Lumora, concurrent direct de Zentri outre-Rhin, a levé des fonds.",
     {("Lumora", "competitor", "Zentri", A), ("Lumora", "country", "Germany", A)}),
    ("fr-issue-du-fronted",                    # "Issue du CNRS, la lyonnaise X…": X is the subject
     "La start-up Kerlo a ouvert une usine. Issue du CNRS, la lyonnaise Zentri conçoit des puces. Son "
     "cofondateur et directeur général, Paul Roux, vise l'Europe.",
     {("Zentri", "ceo", "Paul Roux", A)}),
    ("fr-auquel-a-egalement-souscrit",
     "Zentri lève 8 millions d'euros. Kerlo Capital mène la levée, à laquelle Orvane Invest a aussi souscrit.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Orvane Invest", "investedIn", "Zentri", A)}),
    ("fr-conduit-l-operation",
     "Zentri lève 8 millions d'euros. Kerlo Capital conduit ce tour, accompagné par Orvane Partners.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Zentri", A)}),
    ("fr-premier-souscripteur-d-un-fonds",     # a fund's limited partner
     "La société de gestion Orvane clôture son troisième fonds à 200 millions d'euros. Kerlo, via sa branche "
     "de fonds de fonds, devient le premier souscripteur.",
     {("Kerlo", "investedIn", "Orvane", A)}),
    ("fr-nomme-a-directrice-technique",
     "La start-up Zentri lève des fonds. L'éditeur nomme Léa Morel directrice technique.",
     {("Léa Morel", "employer", "Zentri", A)}),
    ("fr-devient-directeur-commercial",
     "La start-up Zentri lève des fonds. Seconde recrue : Paul Roux devient directeur commercial.",
     {("Paul Roux", "employer", "Zentri", A)}),
    ("en-chief-executive-who-cofounded",
     "Zentri Inc. reported higher sales. Chief Executive Ana Roux, who co-founded the company back in 2015, told "
     "analysts demand rose.",
     {("Zentri Inc", "ceo", "Ana Roux", A)}),
    ("en-who-joined-x-from-y",
     "Zentri Inc. reported higher sales. Chief Financial Officer Tom Weld, who joined Zentri last year from "
     "Lumora, said margins rose.",
     {("Tom Weld", "formerEmployer", "Lumora", A), ("Tom Weld", "employer", "Zentri", A)}),
]

CASES_17 += [
    ("en-which-a-started-after-leaving",       # a relative clause of founding; the job left before
     "The startup Zentri makes drones. In Leeds, Zentri, which Ana Roux set up in 2020 after leaving Kerlo Labs, "
     "is hiring.",
     {("Zentri", "founder", "Ana Roux", A), ("Ana Roux", "formerEmployer", "Kerlo Labs", A)}),
    ("fr-que-a-a-fondee-apres-avoir-quitte",
     "La start-up Zentri vend des drones. Zentri, que Léa Morel a fondée en 2020 après avoir quitté Kerlo, recrute.",
     {("Zentri", "founder", "Léa Morel", A), ("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("en-buyer-relative-clause-then-bought",   # the buyer's relative clause between it and its verb
     "The startup Zentri makes drones. Austin-based Kerlo, which is run by CEO Ana Roux, bought the Leeds analytics "
     "startup Lumora for $90 million last year.",
     {("Kerlo", "acquired", "Lumora", A), ("Kerlo", "ceo", "Ana Roux", A)}),
    ("en-us-dollar-sign-amount",               # "US$" is a currency, not the country
     "Zentri Raises US$30 Million Series B\n\nThe startup Zentri said on Monday it had closed a US$30 million "
     "Series B financing led by Kerlo Capital.",
     {("Zentri", "fundsRaised", "30000000 USD", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-serves-as-possessive-cto",            # a role now held at the possessive's company, not a past job
     "The startup Zentri raised $8 million. It was started by Ana Roux and Tom Weld, a former engineer at Lumora "
     "who serves as Zentri's chief technology officer.",
     {("Tom Weld", "employer", "Zentri", A), ("Tom Weld", "formerEmployer", "Lumora", A)}),
]

CASES_18 = [
    ("en-brought-in-longtime-executive-as",    # a hire's long career elsewhere is a past job; the hirer employs
     "Zentri raised $6 million last year. The startup brought in Ana Roux, a longtime Kerlo executive, as chief "
     "operating officer.",
     {("Ana Roux", "formerEmployer", "Kerlo", A), ("Zentri", "hiredFrom", "Kerlo", A),
      ("Ana Roux", "employer", "Zentri", A)}),
    ("en-org-hired-person-as-role",            # the hiring company employs the person it names to a role
     "Zentri sells sensors to farms. Zentri hired Tom Weld as its chief financial officer in May.",
     {("Tom Weld", "employer", "Zentri", A)}),
    ("fr-a-recrute-apposition-comme",
     "Zentri vend des capteurs. Zentri a recruté Léa Morel, une ancienne de Kerlo, comme directrice technique.",
     {("Léa Morel", "employer", "Zentri", A), ("Léa Morel", "formerEmployer", "Kerlo", A),
      ("Zentri", "hiredFrom", "Kerlo", A)}),
    ("en-and-came-from",                       # the second clause's subject came from a past employer
     "Ana Roux and Tom Weld started Zentri in 2021. Roux spent six years at Lumora, and Weld came from Kerlo's "
     "robotics group.",
     {("Ana Roux", "formerEmployer", "Lumora", A), ("Tom Weld", "formerEmployer", "Kerlo", A)}),
    ("fr-a-accompagne-n-start-up-dont",        # a fund's counted portfolio, listed after "dont"
     "Le fonds Orvane Partners lève 90 millions d'euros. Orvane Partners a accompagné douze start-up, dont la "
     "nantaise Zentri, spécialiste des capteurs, et l'italien Kerlo.",
     {("Orvane Partners", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Kerlo", A)}),
    ("en-has-backed-n-startups-including",
     "Orvane Partners closed a $200 million fund. Orvane Partners has backed 30 startups, including Zentri and "
     "Kerlo.",
     {("Orvane Partners", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Kerlo", A)}),
    ("en-outperforms-makers-possessives",      # the rivals named with their makers' possessives
     "Zentri released Lumo-9, an open model for lawyers. Lumo-9 outperforms Kerlo's Orva-3 and Brisca's Tamber-2 "
     "on contract review, Zentri said.",
     {("Lumo-9", "competitor", "Orva-3", A), ("Lumo-9", "competitor", "Tamber-2", A)}),
    ("en-it-beats-after-release",              # "It" after a model's launch is the model, not its maker
     "Zentri released Lumo-9, an open model for lawyers. It also beats Orva-3 on contract review.",
     {("Lumo-9", "competitor", "Orva-3", A)}),
    ("fr-il-depasse-apres-presentation",
     "Zentri a présenté Lumo-9, son modèle pour les juristes. Selon la société, il dépasse Orva-3, le modèle de "
     "Kerlo, et Tamber-2.",
     {("Lumo-9", "competitor", "Orva-3", A), ("Lumo-9", "competitor", "Tamber-2", A)}),
    ("en-the-companys-after-spent-years-at",   # "the company's" in a clause on a job: that employer's product
     "Zentri raised $9 million. Ana Roux spent four years at Kerlo, where she led the work behind the company's "
     "Orva-3 model.",
     {("Orva-3", "developer", "Kerlo", A)}),
    ("en-was-cofounded-by-ceo-and-cto",        # titles before the founders of a passive: the CTO is employed
     "Zentri raised $9 million. Zentri was co-founded in 2020 by CEO Ana Roux and CTO Tom Weld, a former Kerlo "
     "engineer.",
     {("Zentri", "ceo", "Ana Roux", A), ("Tom Weld", "employer", "Zentri", A),
      ("Tom Weld", "formerEmployer", "Kerlo", A)}),
]

CASES_18 += [
    ("fr-fronted-creee-et-dirigee-par",        # the fronted agent of "dirigée par" runs the company
     "Zentri lève 9 millions d'euros. Créée en 2018 et dirigée par Léa Morel, Kerlo emploie 80 personnes.",
     {("Kerlo", "ceo", "Léa Morel", A), ("Kerlo", "foundingYear", "2018", A)}),
    ("fr-apposition-participle-reprise-par",   # a participle in apposition, no auxiliary
     "Lyon : la start-up Zentri, en liquidation, reprise par la grenobloise Kerlo",
     {("Kerlo", "acquired", "Zentri", A)}),
    ("en-dollar-amount-with-code-after",       # "$38 million CAD": the code names the dollar
     "Zentri closed a $24 million CAD round led by Kerlo Ventures.",
     {("Zentri", "fundsRaised", "24000000 CAD", A), ("Kerlo Ventures", "investedIn", "Zentri", A)}),
    ("en-tender-offer-leading-buying-shares",  # a tender's buyers are the company's investors
     "Zentri, a data startup, said staff will sell $90 million of stock to outside firms in a tender offer. Orvane "
     "Partners is buying shares. Kerlo Capital is leading the tender.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Zentri", A)}),
    ("fr-brasseur-nom-leve",                   # a name the recogniser may take for a place, subject of a round
     "Le brasseur Tarvelle lève 4 millions d'euros, un tour conduit par Kerlo Capital.",
     {("Tarvelle", "fundsRaised", "4000000 EUR", A), ("Kerlo Capital", "investedIn", "Tarvelle", A)}),
]

CASES_18 += [
    ("fr-se-sont-rencontres-chez",             # founders who met at an organisation worked there
     "Zentri lève 3 millions d'euros. Ses fondateurs, Léa Morel et Paul Roux, se sont rencontrés chez Kerlo, où "
     "ils ont travaillé cinq ans.",
     {("Léa Morel", "formerEmployer", "Kerlo", A), ("Paul Roux", "formerEmployer", "Kerlo", A)}),
    ("fr-le-fondateur-de-x-virgule-personne",  # "le fondateur de X, A": A founded X
     "Kerlo rachète Zentri. Le fondateur de Zentri, Paul Roux, rejoint Kerlo comme directeur produit.",
     {("Zentri", "founder", "Paul Roux", A), ("Paul Roux", "employer", "Kerlo", A)}),
    ("en-us-dollar-prefix-amount",             # "US$" is a currency, not the United States
     "Zentri raised US$12 million from Kerlo Capital last month.",
     {("Zentri", "fundsRaised", "12000000 USD", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-took-a-stake-in-then-led-the-round",  # the company a stake is taken in is the round's company
     "Orvane bought a small stake in Zentri as part of a $20 million funding round. Kerlo Capital led the round.",
     {("Orvane", "investedIn", "Zentri", A), ("Kerlo Capital", "investedIn", "Zentri", A),
      ("Zentri", "fundsRaised", "20000000 USD", A)}),
    ("en-before-starting-x-with",              # "before starting X with B": B co-founded X
     "Zentri raised $8 million. Ana Roux spent six years at Kerlo before starting Zentri with Tom Weld.",
     {("Zentri", "founder", "Tom Weld", A), ("Ana Roux", "formerEmployer", "Kerlo", A)}),
    ("en-helped-design-the-companys-product",  # "the company's" in a clause on a past job: that employer's
     "Zentri raised $8 million from Brisca Capital. Its chief executive is Ana Roux, a former Kerlo engineer who "
     "helped design the company's Orva chip.",
     {("Orva", "developer", "Kerlo", A), ("Ana Roux", "workedOn", "Orva", A),
      ("Ana Roux", "formerEmployer", "Kerlo", A)}),
]

CASES_18 += [
    ("fr-rival-qui-a-rachete",                 # a rival's relative clause buys the company after it
     "Zentri lève 5 millions d'euros. La société fait face à l'allemand Kerlo, qui a racheté le suédois Lumora "
     "en 2021, et au danois Brisca.",
     {("Kerlo", "acquired", "Lumora", A)}),
]

CASES_18 += [
    ("fr-a-lance-x-a-ville-en-annee",          # a company launched in a city in a year by its founder
     "Zentri fusionne avec Kerlo. Léa Morel a lancé Zentri à Lyon en 2019 avec Paul Roux.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "founder", "Paul Roux", A),
      ("Zentri", "foundingYear", "2019", A), ("Zentri", "headquarters", "Lyon", A)}),
    ("fr-avec-x-a-ses-cotes",                  # "avec X à ses côtés": X joined the round
     "Zentri avait obtenu 8 millions d'euros pour sa série A, un tour mené par Kerlo Capital, avec Orvane Partners à ses "
     "côtés.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Zentri", A)}),
    ("en-years-at-known-service-as-employer",  # a career at a known cloud service's name: its company
     "Zentri raised $8 million. Its founder Ana Roux worked at Amazon Web Services for eight years, then started "
     "Zentri.",
     {("Ana Roux", "formerEmployer", "Amazon Web Services", A)}),
]

CASES_18 += [
    ("fr-cette-entreprise-derniere-nommee",    # a demonstrative description: the company named last before
     "Kerlo rachète Zentri. Le groupe nantais Kerlo annonce ce lundi le rachat de Zentri. Installée à Rouen, "
     "cette société de vingt personnes conçoit des capteurs.",
     {("Zentri", "headquarters", "Rouen", A), ("Kerlo", "acquired", "Zentri", A)}),
]

CASES_19 = [
    ("en-who-is-chief-executive",               # a bare title in a relative clause: the passage's chief executive
     "Zentri raised $7 million on Monday. Ana Roux, who is its chief executive, earlier headed operations at Kerlo Robotics.",
     {("Zentri", "ceo", "Ana Roux", A), ("Ana Roux", "formerEmployer", "Kerlo Robotics", A)}),
    ("en-bare-chief-title-between-commas",      # a chief's title with no article: the passage's company employs
     "Zentri raised $7 million on Monday. Tom Weld, chief financial officer, spent years at Kerlo before that.",
     {("Tom Weld", "employer", "Zentri", A), ("Tom Weld", "formerEmployer", "Kerlo", A)}),
    ("en-its-cto-with-later-employer",          # "its" is the passage's company even with a past employer after
     "Zentri raised $7 million on Monday. Mia Lund, its chief technology officer, used to work at Kerlo.",
     {("Mia Lund", "employer", "Zentri", A)}),
    ("en-now-leads-possessive-team",
     "Kerlo bought Zentri in May. Zentri's co-founder Ana Roux now heads Kerlo's robotics unit.",
     {("Ana Roux", "employer", "Kerlo", A)}),
    ("fr-dirige-l-equipe-de",
     "Kerlo a racheté Zentri en mai. Léa Morel dirige désormais l'équipe vision de Kerlo.",
     {("Léa Morel", "employer", "Kerlo", A)}),
    ("fr-la-presidente-de-la-start-up-quelle-a-cofondee",   # a pronoun's founding clause after a person's title
     "Zentri présente son nouveau capteur. « Il est deux fois plus léger », indique Léa Morel, directrice "
     "générale de la jeune pousse, qu'elle a fondée en 2019 avec Paul Girard.",
     {("Zentri", "ceo", "Léa Morel", A), ("Zentri", "founder", "Léa Morel", A),
      ("Zentri", "founder", "Paul Girard", A), ("Zentri", "foundingYear", "2019", A)}),
    ("en-quote-negation-leaves-title",           # a speaker's negation does not deny the title that introduces them
     "Zentri raised $7 million. \"We won't sell the company,\" Chief Executive Ana Roux told reporters.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("en-company-that-buyer-acquired",           # a relative clause on a described company names its buyer
     "Tom Weld used to work at Lumora, the Leeds drone company that Kerlo acquired in 2022.",
     {("Kerlo", "acquired", "Lumora", A)}),
    ("fr-fondee-en-annee-a-ville",
     "Zentri a été créée en 2018 à Annecy par deux ingénieurs.",
     {("Zentri", "headquarters", "Annecy", A), ("Zentri", "foundingYear", "2018", A)}),
    ("fr-elle-est-presidee-par",
     "La start-up Zentri vend des capteurs aux vignerons. Elle est présidée par Léa Morel depuis 2020.",
     {("Zentri", "ceo", "Léa Morel", A)}),
    ("fr-en-assure-la-direction-technique",
     "La start-up Zentri vend des capteurs aux vignerons. Paul Girard en assure la direction technique.",
     {("Paul Girard", "employer", "Zentri", A)}),
    ("fr-a-quitte-pour-rejoindre",               # the one joined after leaving employs the person
     "Zentri vend des capteurs. Son cofondateur Paul Girard a quitté la société pour rejoindre Kerlo.",
     {("Paul Girard", "employer", "Kerlo", A)}),
    ("fr-fonds-apposition-parent",                # a fund's parent in apposition takes nothing from the round
     "Zentri annonce une levée de 9 millions d'euros. Orvane Capital, le spécialiste de l'agriculture, conduit "
     "l'opération, aux côtés de Kerlo Invest, le véhicule d'investissement régional de Kerlo Holding.",
     {("Orvane Capital", "investedIn", "Zentri", A), ("Kerlo Invest", "investedIn", "Zentri", A)}),
    ("fr-f-cfa",                                 # West African francs
     "La start-up dakaroise Zentri lève 2 milliards de F CFA auprès de Kerlo Capital.",
     {("Zentri", "fundsRaised", "2000000000 XOF", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-hyphenated-million-canada",              # Canadian English: "$9-million" is Canadian when US$ is marked
     "Zentri, a Toronto startup, raised $9-million in Canada last year. Its rival Kerlo raised US$40-million.",
     {("Zentri", "fundsRaised", "9000000 CAD", A), ("Kerlo", "fundsRaised", "40000000 USD", A)}),
    ("en-new-company-round-after-old-title",      # the old employer in a title apposition is not the round's company
     "Ana Roux, Kerlo's co-founder until June, said her new startup, Zentri, has closed a $6 million round "
     "led by Orvane Partners. Brisca Ventures also invested.",
     {("Orvane Partners", "investedIn", "Zentri", A), ("Brisca Ventures", "investedIn", "Zentri", A)}),
    ("fr-headline-s-offre-la-majorite",           # the company bought in the headline is the story's
     "Kerlo s'offre la majorité de Zentri, la filiale logicielle d'Orvane\n\nLa société est dirigée par Léa Morel.",
     {("Kerlo", "acquired", "Zentri", A), ("Zentri", "ceo", "Léa Morel", A)}),
    ("fr-masthead-rubric-same-line",
     "Kerlomag › Tech › Start-up\n\nZentri lève 3 millions d'euros auprès de Orvane "
     "Capital.",
     {("ARTICLE", "source", "Kerlomag", A)}),
]


CASES_19 += [
    ("fr-plateforme-participative-hote",          # a crowdfunding platform hosts the campaign, it raises nothing
     "La start-up lyonnaise Zentri a levé 900 000 euros via la plateforme Kerlofund. Kerlofund touche des frais "
     "et n'a aucune part du capital. Deux fonds complètent le tour : Orvane Capital et Brisca Invest.",
     {("Zentri", "fundsRaised", "900000 EUR", A), ("Orvane Capital", "investedIn", "Zentri", A),
      ("Brisca Invest", "investedIn", "Zentri", A)}),
    ("fr-compte-parmi-ses-concurrents",           # the rivals listed belong to the sentence's subject
     "Zentri, qui compte vingt salariés, vend à la coopérative Lumora et cite parmi ses rivaux le nantais Kerlo.",
     {("Zentri", "competitor", "Kerlo", A)}),
    ("fr-la-concurrence-est-rude-deux-points",
     "La start-up Zentri vend des capteurs. La concurrence est vive : l'allemand Kerlo propose des boîtiers "
     "proches, comme le suédois Orvane.",
     {("Zentri", "competitor", "Kerlo", A), ("Zentri", "competitor", "Orvane", A)}),
    ("fr-venue-de-fronted-opener",                # a fronted "Venue de X," leaves the name after it the subject
     "Le salon réunit six start-up.\n\nVenue de Nantes, Zentri a séduit le jury. Sa fondatrice, Léa Morel, "
     "a travaillé chez Kerlo.",
     {("Zentri", "founder", "Léa Morel", A)}),
    ("en-law-firm-partnership-name",              # a partnership's name with commas is one organisation
     "Zentri raised $9 million. \"It is a fair deal,\" said Ana Roux, a partner at Kerr, Weld & Lund LLP.",
     {("Ana Roux", "employer", "Kerr, Weld & Lund LLP", A)}),
    ("en-quote-then-chief-executive",             # a bare title right after a closing quote
     "Zentri raised $9 million. \"Nobody is buying us, and we never asked,\" Chief Executive Ana Roux said.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("en-before-becoming-the-startups-cto",
     "Zentri was started in 2021 by Ana Roux and Tom Weld, who was an engineer at Kerlo before becoming the "
     "startup's CTO.",
     {("Tom Weld", "employer", "Zentri", A), ("Tom Weld", "formerEmployer", "Kerlo", A)}),
    ("fr-face-a-fronted-elle",                    # a fronted opposition's items are the pronoun subject's rivals
     "La start-up lyonnaise Zentri a levé 5 millions d'euros. Face au suédois Kerlo, qui vend des bras "
     "articulés, ou à Orvane, né à Oslo, elle mise sur des robots plus simples.",
     {("Kerlo", "competitor", "Zentri", A), ("Orvane", "competitor", "Zentri", A)}),
    ("fr-son-associee-autre-cofondateur",         # "Son associée" is the other co-founder, not the last person named
     "Paul Girard et Léa Morel ont lancé Zentri en 2019. Le président, Paul Girard, a travaillé dix ans chez "
     "Kerlo. Son associée, ingénieure de formation, a travaillé chez Orvane avant de le rejoindre.",
     {("Léa Morel", "formerEmployer", "Orvane", A), ("Paul Girard", "formerEmployer", "Kerlo", A)}),
    ("fr-cofondee-par-aujourdhui-directeur",      # a founder's current role at the company the sentence founds
     "La start-up Zentri a été cofondée par Léa Morel et par Paul Girard, un ancien de Kerlo, aujourd'hui "
     "directeur technique.",
     {("Paul Girard", "employer", "Zentri", A), ("Paul Girard", "formerEmployer", "Kerlo", A)}),
    ("fr-nous-avons-cree-qui-est-notre-directeur",
     "Zentri vend des capteurs. Après Lumora, j'ai lancé Zentri en 2022 avec Paul Girard, un "
     "ancien de Kerlo qui est désormais notre directeur technique.",
     {("Paul Girard", "employer", "Zentri", A)}),
    ("en-founded-by-titled-with-alumnus",         # a titled founder with an alumnus apposition: employed, and a past job
     "Founded in 2021 by CEO Ana Roux, who had spent years at Lumora, and CTO Tom Weld, a Kerlo alumnus, Zentri "
     "sells sensors to farms.",
     {("Zentri", "ceo", "Ana Roux", A), ("Tom Weld", "employer", "Zentri", A),
      ("Tom Weld", "formerEmployer", "Kerlo", A), ("Ana Roux", "formerEmployer", "Lumora", A)}),
    ("en-moves-to-its-cto-role",
     "Zentri raised $9 million. Ana Roux succeeds co-founder Tom Weld as chief executive; Weld moves to its CTO "
     "role.",
     {("Tom Weld", "employer", "Zentri", A)}),
    ("en-holds-a-small-stake",                    # a stake held, past the holder's relative clause
     "Zentri raised $10 million. The Kerlo Incubator, which hosted the company early on, still owns a minority "
     "stake.",
     {("Kerlo Incubator", "investedIn", "Zentri", A)}),
    ("fr-detient-une-participation-dans",
     "La start-up Zentri a levé 2 millions d'euros. Kerlo détient une participation minoritaire dans Orvane.",
     {("Kerlo", "investedIn", "Orvane", A)}),
    ("fr-cofondee-par-le-profession",             # a profession between "par" and the founder
     "La start-up Zentri a levé 2 millions d'euros. La jeune pousse, créée en 2021 par la pharmacienne Léa "
     "Morel, vend des piluliers connectés.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "foundingYear", "2021", A)}),
    ("en-cofounded-with-list-past-relative",      # the co-founders listed after "with", past a relative clause
     "Zentri raised $9 million. Ana Roux co-founded Zentri with Lea Morel, who led Kerlo's data team, and Marek "
     "Nowak, a former engineer at Orvane.",
     {("Zentri", "founder", "Lea Morel", A), ("Zentri", "founder", "Marek Nowak", A)}),
    ("en-person-then-possessive-cofounder",       # "A, X's co-founder and CEO": a founder and the chief executive
     "Zentri raised $9 million. \"Agents need a referee,\" said Ana Roux, Zentri's co-founder and CEO.",
     {("Zentri", "founder", "Ana Roux", A), ("Zentri", "ceo", "Ana Roux", A)}),
    ("en-percent-owned-by-two",                   # both owners of a venture's shares
     "Kerlo and Zentri set up a joint company last year. Lumora is 60 per cent owned by Kerlo and 40 per cent "
     "by Zentri.",
     {("Kerlo", "investedIn", "Lumora", A), ("Zentri", "investedIn", "Lumora", A)}),
]

CASES_20 = [
    ("en-pronoun-speaker-after-quote",           # "she said" after a quotation: the passage's person speaks
     "Zentri, a Leeds startup, raised $5 million. Kerlo partner Ana Roux will join its board. \"The market is "
     "huge,\" she said.",
     {("ARTICLE", "quotes", "Ana Roux", A)}),
    ("fr-quote-then-negated-relative",           # a negation outside the quotation does not deny the quote
     "Zentri est en liquidation. « C'est un échec », reconnaît Paul Girard, qui présidait la société et ne "
     "rejoindra pas le repreneur.",
     {("ARTICLE", "quotes", "Paul Girard", A)}),
    ("en-first-name-before-surname",             # a known first name the recogniser left out joins the surname
     "\"We like the team,\" said Devika Ranganathan-Weld, a vice president at Kerlo.",
     {("Devika Ranganathan-Weld", "employer", "Kerlo", A)}),
    ("fr-second-predicate-rival-model",          # a second verb after the object's apposition is the subject's
     "Zentri montre Lumora-7B, son premier modèle ouvert. D'après ses tests, Lumora-7B ferait jeu égal avec "
     "Gemma 3 12B, un modèle conçu chez Google, et devancerait Llama 3.1 8B en mathématiques.",
     {("Lumora-7B", "competitor", "Gemma 3 12B", A), ("Lumora-7B", "competitor", "Llama 3.1 8B", A)}),
    ("fr-pronoun-model-stays-behind",             # "Il" opening a comparison is the model named before
     "Zentri a publié Lumora-7B lundi. En allemand, Lumora-7B bat Phi-4. Il resterait toutefois nettement "
     "derrière Gemma 3 12B pour la traduction.",
     {("Lumora-7B", "competitor", "Gemma 3 12B", A)}),
    ("en-matches-and-trails",
     "Zentri released Lumora-7B on Monday. Lumora-7B matches Llama 3.1 8B from Meta and trails GPT-4o mini on "
     "reasoning, the company said.",
     {("Lumora-7B", "competitor", "GPT-4o mini", A), ("Lumora-7B", "competitor", "Llama 3.1 8B", A)}),
    ("fr-quebec-dollars-are-canadian",           # French written in Québec: "dollars" are Canadian
     "La société d'État Investissement Québec met 3 millions de dollars dans Zentri, une jeune pousse de Montréal "
     "qui boucle 12 millions de dollars avec le fonds Kerlo.",
     {("Zentri", "fundsRaised", "12000000 CAD", A)}),
    ("en-naira-symbol",
     "Zentri, a Lagos startup, raised ₦3.1 billion from Kerlo Capital this week.",
     {("Zentri", "fundsRaised", "3100000000 NGN", A)}),
    ("en-versioned-model-maker",                 # a model named after its known maker, with a version
     "Zentri hosts Google's Gemma and DeepSeek-R1 for its customers.",
     {("DeepSeek-R1", "developer", "DeepSeek", A), ("Gemma", "developer", "Google", A)}),
    ("fr-start-up-demonym-anaphor",              # "la start-up lyonnaise" refers back like "la start-up"
     "La start-up grenobloise Zentri ferme ses portes. Créée en 2020 par Léa Morel et Paul Girard, la start-up "
     "grenobloise fabriquait des capteurs de crue.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "founder", "Paul Girard", A),
      ("Zentri", "foundingYear", "2020", A)}),
    ("fr-a-rejoint-current-employer",            # joining an organisation makes it the current employer
     "La start-up Zentri a fermé. Léa Morel, qui pilotait le produit depuis son départ de Kerlo, a rejoint "
     "Orvane en tant que directrice des données.",
     {("Léa Morel", "employer", "Orvane", A), ("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("fr-name-was-founded-is-an-organisation",   # a name that "a été fondée" is an organisation, not a person
     "Le salon a réuni des éditeurs. Lumivène a été fondée voici huit ans par Paul Girard et Léa Morel.",
     {("Lumivène", "founder", "Paul Girard", A)}),
    ("fr-possessive-platform-is-a-product",       # "sa plateforme X" is the company's product, not a host
     "Reprise\n\nLes cadres de Zentri prennent la main sur l'éditeur\n\nL'éditeur de logiciels bancaires "
     "change d'actionnaires, avec l'appui du fonds Kerlo. Son fondateur, Paul Girard, reste au capital. "
     "Fondée en 2009, Zentri vend sa plateforme Zentri Screen.",
     {("Zentri", "founder", "Paul Girard", A), ("Zentri", "foundingYear", "2009", A)}),
    ("en-round-valued-at",
     "Zentri closed a $90 million Series C on Tuesday. Its chief executive said the round valued Zentri at "
     "about $1.2 billion.",
     {("Zentri", "valuation", "1200000000 USD", A)}),
    ("fr-transaction-valorise-anaphor",
     "La start-up Zentri a réuni 9 millions de francs. D'après nos sources internes, l'opération valorise la "
     "jeune pousse genevoise à un peu moins de 40 millions de francs.",
     {("Zentri", "valuation", "40000000 CHF", A)}),
    ("en-her-co-founder-opening",                # "Her co-founder, B," founded the passage's company with her
     "Zentri was set up in 2021 and is headed by Ana Roux, who worked at Kerlo for a decade. Her co-founder, Tom "
     "Weld, teaches at Orvane University.",
     {("Zentri", "founder", "Tom Weld", A), ("Zentri", "founder", "Ana Roux", A)}),
    ("fr-son-cofondateur-negated-verb",          # the co-founder's own negated verb does not deny the founding
     "Léa Morel, cofondatrice et PDG de Zentri, a cédé des titres. Son cofondateur, Paul Girard, "
     "directeur technique, ne cède rien.",
     {("Zentri", "founder", "Paul Girard", A)}),
    ("fr-cede-du-capital-au-fonds",              # a secondary: the fund that buys shares invests in the company
     "Zentri ne lève pas de fonds. Léa Morel, cofondatrice de Zentri, a revendu 5 % de ses parts au fonds "
     "britannique Kerlo Capital.",
     {("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-holds-pc-of-makes-the-story",           # "A holds 18pc of B": B's round is the passage's
     "Kerlo owns roughly 12pc of Zentri. That is far under the €90m valuation of its seed round, when Orvane "
     "Ventures put €8m into the business.",
     {("Zentri", "valuation", "90000000 EUR", A), ("Orvane Ventures", "investedIn", "Zentri", A)}),
    ("en-state-agency-holds-stake",
     "Zentri raised $5 million from Kerlo. It has 40 staff in Galway. Public fund Orvane Capital also owns "
     "a minority stake.",
     {("Orvane Capital", "investedIn", "Zentri", A)}),
    ("en-city-venture-firm",                     # a city as the description's modifier is the firm's seat
     "Zentri took $5 million from Dublin venture firm Kerlo Ventures on Friday.",
     {("Kerlo Ventures", "headquarters", "Dublin", A)}),
    ("en-place-based-is-a-place",                # "X-based" names a place wherever X is named
     "Haifa-based Zentri, which builds drone cameras, will merge with Kerlo Corp.",
     {("Zentri", "headquarters", "Haifa", A)}),
    ("fr-bare-role-before-name",                 # a bare role before a person: the passage's company employs them
     "La start-up Zentri lève 5 millions d'euros. Le directeur technique, Paul Girard, ancien chercheur chez "
     "Kerlo, encadre douze ingénieurs.",
     {("Paul Girard", "employer", "Zentri", A), ("Paul Girard", "formerEmployer", "Kerlo", A)}),
    ("en-bare-role-before-name",
     "Zentri raised $5 million. The chief scientist, Tom Weld, previously worked at Kerlo.",
     {("Tom Weld", "employer", "Zentri", A)}),
    ("en-ceo-honorific",
     "Zentri raised $5 million. CEO Dr. Ana Roux co-founded the company with Tom Weld, its CTO.",
     {("Zentri", "ceo", "Ana Roux", A)}),
]

CASES_21 = [
    ("en-local-bare-dollars",                    # English written in Australia marks American dollars "US$"
     "Zentri, a Perth mining-software company, closed a $18 million round (US$12.1 million) with Kerlo Ventures. "
     "The Australian firm now hires in Sydney.",
     {("Zentri", "fundsRaised", "18000000 AUD", A)}),
    ("en-korean-won-prefix",                     # Korean papers write the won "W12b"
     "Seoul-based Zentri raises W12b from Kerlo Partners for its translation tools.",
     {("Zentri", "fundsRaised", "12000000000 KRW", A)}),
    ("fr-dirhams",
     "Zentri, jeune pousse de Rabat, récolte 30 millions de dirhams avec Kerlo Capital.",
     {("Zentri", "fundsRaised", "30000000 MAD", A)}),
    ("en-newsletter-names-publisher",            # the publisher's newsletter line names it
     "Zentri raised $5 million from Kerlo Capital.\n\nSign up for Lumora Wire's newsletter",
     {("ARTICLE", "source", "Lumora Wire", A)}),
    ("fr-newsletter-names-publisher",
     "La start-up Zentri lève 5 millions d'euros auprès de Kerlo.\n\nInscrivez-vous à l'infolettre de Lumoramag",
     {("ARTICLE", "source", "Lumoramag", A)}),
    ("en-told-the-newspaper",                    # the newsroom names itself: "told the Lumora Herald"
     "Zentri raised $5 million, chief executive Ana Roux told the Lumora Herald on Monday.",
     {("ARTICLE", "source", "Lumora Herald", A)}),
    ("en-president-and-ceo",                     # "the startup's president and CEO": the passage's chief executive
     "Ana Roux and Tom Weld started Zentri in 2019. Roux is the startup's president and CEO.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("en-who-remains-ceo",
     "Zentri, a Denver data firm, was started by Ana Roux, who remains CEO, and by Tom Weld in 2016.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("fr-la-premiere-desormais-dg",              # "La première, désormais directrice générale,"
     "La jeune pousse Zentri lève 5 millions d'euros. Elle a été créée en 2021 par Léa Morel et Paul Girard. La "
     "première, désormais directrice générale, a travaillé six ans chez Kerlo.",
     {("Zentri", "ceo", "Léa Morel", A)}),
    ("en-according-to-ceo",                      # "According to chief executive A, the deal prices X at"
     "Kerlo Capital led the round. According to chief executive Ana Roux, the deal prices Zentri at $90 million.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("fr-fund-size-is-the-firms",                # a fund's size is its manager's money, not the portfolio's round
     "Kerlo Capital signe trois tickets cette semaine. La société de gestion dévoile ses participations : Zentri, Lumora et "
     "Orvane. Dix-huit mois après son lancement, Kerlo Capital boucle son fonds II à 75 millions d'euros. La "
     "start-up Zentri vérifie des factures. Zentri vend aux banques.",
     {("Kerlo Capital", "fundsRaised", "75000000 EUR", A)}),
    ("fr-management-company-is-the-story-firm",  # "la société de gestion": the article's firm, not its backers
     "Kerlo Capital accélère. Kerlo Capital boucle son fonds II à 75 millions d'euros. Bpifrance et le FEI comptent "
     "parmi ses souscripteurs. Le premier véhicule a soutenu dix pousses. La société de gestion, créée en 2017 "
     "par Claire Morel, emploie douze personnes.",
     {("Kerlo Capital", "founder", "Claire Morel", A)}),
    ("fr-prend-la-tete-du-tour",                 # "prend la tête du tour": the round's lead investor
     "La start-up lilloise Zentri lève 12 millions d'euros. Le fonds Kerlo Europe, basé à Berlin, prend la tête "
     "du tour. Orvane, déjà actionnaire, remet au pot.",
     {("Kerlo Europe", "investedIn", "Zentri", A)}),
    ("fr-fonds-liegeois",                        # a Walloon demonym: "Kerlo, le fonds liégeois,"
     "La spin-off Zentri lève 8 millions d'euros. Kerlo, le fonds liégeois, conduit l'opération avec Orvane.",
     {("Kerlo", "headquarters", "Liège", A)}),
    ("en-sector-noun-anaphor",                   # "the agtech" refers back like "the startup"
     "Zentri, an Adelaide startup, raised $5 million. Co-founded in 2018 by Tess Kilgore and Hamish Okoro, the "
     "agtech sells yield forecasts.",
     {("Zentri", "founder", "Tess Kilgore", A), ("Zentri", "foundingYear", "2018", A),
      ("Zentri", "headquarters", "Adelaide", A)}),
    ("fr-sector-noun-anaphor",                   # "la fintech" refers back like "la start-up"
     "Zentri, une start-up dakaroise, lève 3 millions d'euros. Créée en 2021 par Awa Diop, la fintech vise les "
     "commerçants.",
     {("Zentri", "founder", "Awa Diop", A)}),
]

CASES_22 = [
    ("en-venture-arm-apposition",                # a firm's apposition names its parent, which invests nothing
     "Zentri raised $9 million in a Series A. Kerlo Capital led the round. Kerlo Ventures and Orange Next, the "
     "venture arm of telecoms group Orange, also took part.",
     {("Kerlo Ventures", "investedIn", "Zentri", A), ("Orange Next", "investedIn", "Zentri", A)}),
    ("en-both-worked-at",                        # "Both" stands for the two people just named
     "Zentri was co-founded in 2022 by Tom Weld and Ana Roux. Both previously worked at Kerlo Labs.",
     {("Tom Weld", "formerEmployer", "Kerlo Labs", A), ("Ana Roux", "formerEmployer", "Kerlo Labs", A)}),
    ("fr-tous-deux",
     "Zentri a été cofondée en 2022 par Tom Weld et Ana Roux. Tous deux ont passé cinq ans chez Kerlo Systèmes.",
     {("Tom Weld", "formerEmployer", "Kerlo Systèmes", A), ("Ana Roux", "formerEmployer", "Kerlo Systèmes", A)}),
    ("en-fronted-founding-city-anaphor",         # "Co-founded by A and B, the Perth startup…": the startup's
     "Zentri, a fintech startup, raised $18 million. Co-founded in 2021 by Mara Quenby and Lio Ferrante, the Perth "
     "startup maps ore bodies with AI.",
     {("Zentri", "founder", "Mara Quenby", A), ("Zentri", "founder", "Lio Ferrante", A),
      ("Zentri", "headquarters", "Perth", A)}),
    ("fr-nancy-demonym",                         # the cities of the regional press
     "La start-up nancéienne Zentri lève 2 millions d'euros auprès de Kerlo Capital.",
     {("Zentri", "headquarters", "Nancy", A)}),
    # a guard: Nancy is a city of the knowledge base, and "Nancy Whitlock" still a person
    ("en-city-as-first-name",
     "Zentri, a Boston startup, has raised $20 million. Its chief executive, Nancy Whitlock, said the money "
     "would fund hiring.",
     {("Zentri", "ceo", "Nancy Whitlock", A)}),
    ("en-bare-pesos",                            # a bare "pesos" is the currency of the country the text names
     "Zentri, a Guadalajara startup, raised 200 million pesos from Kerlo Capital to expand across Mexico.",
     {("Zentri", "fundsRaised", "200000000 MXN", A)}),
    ("fr-bare-dinars",
     "Zentri, une start-up tunisienne installée à Sfax, lève 3 millions de dinars auprès de Kerlo Capital.",
     {("Zentri", "fundsRaised", "3000000 TND", A)}),
    ("fr-dirigee-par-sa-cofondatrice",           # "sa cofondatrice A": the passage's company's founder
     "La start-up nantaise Zentri lève 3 millions d'euros auprès de Kerlo Capital. La start-up, pilotée par sa "
     "cofondatrice Léa Morel, conçoit des capteurs.",
     {("Zentri", "founder", "Léa Morel", A)}),
    ("fr-bare-cofounder-and-role",               # "A, cofondatrice et directrice technique,"
     "Zentri lève 7 millions d'euros. Ana Roux, cofondatrice et directrice technique, explique que le produit est "
     "prêt.",
     {("Zentri", "founder", "Ana Roux", A), ("Ana Roux", "employer", "Zentri", A)}),
    ("fr-role-names-previous-person",            # "Le cofondateur de Zentri" is the person just named
     "Zentri change de patron. Tom Weld l'a décidé seul. Le cofondateur de Zentri, à sa tête depuis 2020, cède "
     "la direction générale à Ana Roux.",
     {("Zentri", "founder", "Tom Weld", A)}),
    ("en-before-leaving",                        # "was a professor at X before leaving": a past job
     "Zentri was founded in 2022 by Tom Weld and Ana Roux. Roux was an assistant professor of chemistry at Kerlo "
     "University before leaving to start the company.",
     {("Ana Roux", "formerEmployer", "Kerlo University", A)}),
    ("fr-parmi-les-investisseurs",               # the angels listed after "Parmi les investisseurs figurent"
     "Zentri lève 3 millions d'euros auprès de Kerlo Capital. Parmi les investisseurs figurent l'industriel "
     "Tom Weld et Ana Roux.",
     {("Tom Weld", "investedIn", "Zentri", A)}),
    ("en-as-did-leader-of-earlier-round",        # "as did B, which led Zentri's seed round": B joined this one
     "Zentri, a Denver startup, has raised $30 million. Kerlo Capital led the investment. Orvane Partners also "
     "invested, as did Lumora Health, which led Zentri's seed round last year.",
     {("Lumora Health", "investedIn", "Zentri", A), ("Orvane Partners", "investedIn", "Zentri", A)}),
    ("en-among-the-investors",
     "Zentri raised $3 million from Kerlo Capital. Among the individual investors are Tom Weld and Ana Roux.",
     {("Tom Weld", "investedIn", "Zentri", A), ("Ana Roux", "investedIn", "Zentri", A)}),
]

CASES_23 = [
    ("en-titled-unknown-given-name",             # "Dr" and a given name the lexicon lacks still name a person
     "Zentri was founded in 2017 by Dr Ailbhe Quarrington-Osei, a lecturer in robotics, and Tom Weld.",
     {("Zentri", "founder", "Ailbhe Quarrington-Osei", A), ("Zentri", "founder", "Tom Weld", A)}),
    ("en-scottish-given-names",
     "Zentri was started in 2021 by Morag Kinloch and Hamish Tullo.",
     {("Zentri", "founder", "Morag Kinloch", A), ("Zentri", "founder", "Hamish Tullo", A)}),
    ("en-role-predicates",                       # "A is chief executive; B is chief financial officer"
     "Zentri was started in 2021 by Mara Quenby and Lio Ferrante. Quenby is chief executive; Ferrante is chief "
     "financial officer.",
     {("Zentri", "ceo", "Mara Quenby", A), ("Lio Ferrante", "employer", "Zentri", A)}),
    ("fr-ordinal-role-predicates",               # "La première en est la présidente ; le second, …"
     "Zentri a vu le jour en 2020 grâce à Léa Morel et Paul Roux. La première est la présidente-directrice générale "
     "de la société ; le second en est le vice-président.",
     {("Zentri", "ceo", "Léa Morel", A), ("Paul Roux", "employer", "Zentri", A)}),
    ("en-then-a-fellow-at",                      # "then a postdoc at X": her job at the time, a past one
     "Zentri was started in 2018 by Ana Roux, then a postdoctoral researcher at the University of Leeds, and Tom "
     "Weld.",
     {("Ana Roux", "formerEmployer", "University of Leeds", A)}),
    ("fr-quote-after-speaker-sentence",          # a sentence that is one quotation: the person just named speaks
     "Zentri lève 3 millions d'euros. Anne Morel, associée chez Kerlo Capital, assume ce pari. « Un bon fondateur "
     "sait quand passer le relais. »",
     {("ARTICLE", "quotes", "Anne Morel", A)}),
    ("fr-cette-derniere-speaks",                 # "», tranche cette dernière": the person named last speaks
     "Zentri lève 3 millions d'euros. Au tour participe aussi la kinésithérapeute Nadia Bellami. « Je reçois "
     "beaucoup de projets. Le sien vendait déjà », explique cette dernière.",
     {("ARTICLE", "quotes", "Nadia Bellami", A)}),
    ("fr-investisseurs-individuels-ancien-patron",   # a past role in an angel's apposition does not end the list
     "Zentri lève 3 millions d'euros auprès de Kerlo Capital. Parmi les investisseurs individuels figurent Tom "
     "Weld, ancien patron de Danone, et Ana Roux.",
     {("Tom Weld", "investedIn", "Zentri", A), ("Ana Roux", "investedIn", "Zentri", A)}),
    ("en-her-co-founder",                        # "Her co-founder, B," is the co-founder of her company
     "Zentri, a design startup, will close in March. Mara Quenby, who co-founded Zentri in 2020, is moving to "
     "Google. Her co-founder, Lio Ferrante, once an animator at Pixar, quit Zentri last summer.",
     {("Zentri", "founder", "Lio Ferrante", A), ("Zentri", "founder", "Mara Quenby", A)}),
    ("en-led-a-series-a-of-topic",               # "and B led a $19 million Series A": the passage's round
     "Zentri will close in March. Kerlo Capital led its $4 million seed round in 2021, and Orvane Partners led a "
     "$19 million Series A two years later.",
     {("Zentri", "fundsRaised", "19000000 USD", A), ("Zentri", "fundsRaised", "4000000 USD", A)}),
    ("en-singapore-based-seat",                  # a city-state is its companies' seat as well as their country
     "Zentri, a Singapore-based developer of payroll tools, raised $30 million. Kerlo, a Singapore start-up, "
     "hires.",
     {("Zentri", "headquarters", "Singapore", A), ("Zentri", "country", "Singapore", A),
      ("Kerlo", "headquarters", "Singapore", A)}),
    ("en-headline-capitalised-words-after-name",   # a headline's capitalised words are no part of the name
     "Zentri Stock Changes Hands At Double Its Last Price\n\nBuyers are queueing for Zentri. In 2025 Zentri "
     "raised $50 million in a Series B led by Kerlo Capital.",
     {("Zentri", "fundsRaised", "50000000 USD", A), ("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("en-name-ends-with-its-line",               # a heading naming the company, the body opening with its name
     "Zentri, a Palo Alto startup, sells speech software.\n\nThe people behind Zentri\n\nZentri was started in "
     "2023 by Tom Weld, who used to run a lab at Orvane Labs.",
     {("Zentri", "founder", "Tom Weld", A), ("Zentri", "foundingYear", "2023", A)}),
    ("fr-dollars-canadiens",                     # a sum in Canadian dollars, its conversion in American ones
     "Zentri, une jeune pousse de Rimouski fondée en 2020, boucle une ronde de 6 millions de dollars "
     "canadiens (soit 4,3 millions de dollars américains) menée par Kerlo Capital.",
     {("Zentri", "fundsRaised", "6000000 CAD", A)}),
    ("fr-masthead-with-inline-rubric",           # "Kerlo Matin | Économie": the outlet before its rubric
     "Kerlo Matin | Économie\n\nZentri lève 3 millions d'euros\n\nLa jeune pousse Zentri lève 3 millions d'euros "
     "auprès d'Orvane Capital.",
     {("ARTICLE", "source", "Kerlo Matin", A), ("Zentri", "fundsRaised", "3000000 EUR", A)}),
    ("en-byline-outlet-before-role",             # "By A, Kerlo Times business reporter"
     "Zentri raises $5 million\n\nBy Ana Roux, Kerlo Times business reporter\n\nZentri raised $5 million "
     "from Orvane Capital.",
     {("ARTICLE", "source", "Kerlo Times", A)}),
    ("en-became-chief-executive",                # the one who became chief executive is the company's now
     "Zentri's two founders, chief executive Tom Weld and research head Lio Ferrante, moved to Kerlo on Monday. "
     "Zentri stays a separate business under Ana Roux, until now its head of sales, who became chief executive "
     "the same day.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("fr-occupe-le-poste-de",
     "Zentri a été lancée en 2022 par Awa Koné et Paul Roux. Awa Koné occupe le poste de présidente.",
     {("Zentri", "ceo", "Awa Koné", A)}),
    ("fr-fonds-mauricien",                       # the knowledge base's countries and their demonyms
     "Zentri lève 2 millions d'euros. Le fonds mauricien Kerlo Ventures et le fonds ghanéen Orvane Capital "
     "participent au tour.",
     {("Kerlo Ventures", "country", "Mauritius", A), ("Orvane Capital", "country", "Ghana", A)}),
    ("en-angel-investors-that-includes",
     "Zentri raised $9 million. Kerlo Ventures led the round. Orvane Capital came in too, as did a circle of "
     "private angel investors that includes Ana Roux, a director of marketing at Expedia Group.",
     {("Ana Roux", "investedIn", "Zentri", A), ("Orvane Capital", "investedIn", "Zentri", A)}),
    ("en-runs-a-part-of",                        # running a team of X is working at X, not leading it
     "Zentri raised $2 million from Tom Weld, who runs sales for Zillow's mortgage arm.",
     {("Tom Weld", "employer", "Zillow", A)}),
    ("fr-portrait-elle-cofonde-avec",            # a portrait's pronoun founds the company with the one named
     "« Le vent se lit comme une carte », dit Léa Morel, installée à Lorient. Ingénieure, elle rejoint Kerlo en "
     "2010 et y reste six ans. « J'y ai tout appris », sourit-elle. En 2021, elle cofonde Zentri avec Paul Roux, "
     "un ex-chercheur du CNRS qui en est désormais le directeur scientifique.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "founder", "Paul Roux", A)}),
    ("en-stays-on-as-possessive-chief",          # "A stays on as Zentri's chief executive"
     "Kerlo buys Zentri. Zentri was started in 2019 by Ana Roux. Roux stays on as Zentri's chief executive and "
     "will sit on Kerlo's executive committee.",
     {("Zentri", "ceo", "Ana Roux", A), ("Kerlo", "acquired", "Zentri", A)}),
    ("en-city-based-buyer-opens",                # "Oslo-based Kerlo has bought Zentri": the buyer after its seat
     "Kerlo picks up Lund's Zentri\n\nNew York-based Kerlo has bought Zentri, a Lund start-up that builds "
     "warehouse robots, both firms said on Monday. The purchase is complete.",
     {("Kerlo", "acquired", "Zentri", A)}),
    ("fr-est-le-nouveau-directeur-de",           # a new job after a past one
     "Il a travaillé huit ans chez Kerlo. Depuis mars, Paul Roux est le nouveau directeur financier de Zentri, une "
     "jeune entreprise lilloise.",
     {("Paul Roux", "employer", "Zentri", A)}),
    ("fr-prend-le-poste-de",                     # the passage's company's new job
     "Depuis mars, Paul Roux est le nouveau directeur financier de Zentri. Une seconde recrue arrive. Léa Morel "
     "prend le poste de vice-présidente, ouvert cet hiver.",
     {("Léa Morel", "employer", "Zentri", A)}),
    ("en-undisclosed-valuation-keeps-round",     # a valuation left undisclosed says nothing against the round
     "Zentri launched an assistant. The Pune company raised $12 million in 2024 through a Series A led by Kerlo "
     "Partners. It gave no valuation.",
     {("Zentri", "fundsRaised", "12000000 USD", A), ("Kerlo Partners", "investedIn", "Zentri", A)}),
    ("fr-colon-description-buys",                # ": la start-up nantaise rachète Y": the company named before
     "Agritech : la nantaise Zentri met la main sur sa rivale Kerlo. Paul Roux, le président de Zentri, présente "
     "ainsi l'accord signé lundi : la start-up nantaise rachète Kerlo, une jeune pousse rennaise.",
     {("Zentri", "acquired", "Kerlo", A)}),
    ("en-angel-investors-including",             # "Angel investors including A, …, and B, …, also joined"
     "Zentri has closed an $8 million round. Kerlo Partners led it. Angel investors including Ana Roux, a partner "
     "at Swiggy, and Tom Weld, an engineer at Razorpay, also joined.",
     {("Ana Roux", "investedIn", "Zentri", A), ("Tom Weld", "investedIn", "Zentri", A),
      ("Ana Roux", "employer", "Swiggy", A)}),
    ("en-sum-with-bracketed-conversion",         # the sum and its conversion are one round
     "Zentri AI, a Pune-based startup, has raised Rs 90 crore (about $10.5 million) in a Series A. Kerlo Partners "
     "led it. Orvane Ventures, which backed Zentri's Rs 12 crore (around $1.4 million) seed round in 2023, put in "
     "more money.",
     {("Zentri AI", "fundsRaised", "120000000 INR", A)}),
    ("en-fund-named-after-field-and-city",       # a field's and a city's names inside a fund's name
     "Zentri Technology raised 500 million yuan. The Shenzhen Artificial Intelligence Industry Guidance Fund led "
     "the round, joined by Kerlo Capital.",
     {("Shenzhen Artificial Intelligence Industry Guidance Fund", "investedIn", "Zentri Technology", A)}),
]

CASES_24 = [
    ("fr-et-par-second-founder",                 # "par A, …, et par B": both found it
     "Zentri a été lancée en 2018 par Léa Morel, longtemps responsable réseau chez Orange, et par Paul Roux, un "
     "ex-ingénieur de Kerlo.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "founder", "Paul Roux", A)}),
    ("fr-apposition-rachetee-depuis-par",        # the noun in apposition, then its buyer
     "Paul Roux a longtemps travaillé chez Kerlo, la société nantaise rachetée depuis par Orvane.",
     {("Orvane", "acquired", "Kerlo", A), ("Kerlo", "headquarters", "Nantes", A)}),
    ("en-later-acquired-by",
     "Ana Roux spent years at Kerlo, the Leeds startup later acquired by Orvane.",
     {("Orvane", "acquired", "Kerlo", A)}),
    ("fr-ce-dernier-after-past-apposition",      # "Ce dernier": the one whose past role ended the sentence
     "Zentri a été fondée par Léa Morel et par Paul Roux, ancien chercheur de Kerlo, la société rachetée depuis "
     "par Orvane. Ce dernier occupe désormais le poste de directeur des opérations.",
     {("Paul Roux", "employer", "Zentri", A)}),
    ("fr-la-societe-qu-elle-dirige",             # the company her pronoun runs
     "Léa Morel rêvait de bateaux autonomes. Cinq ans après, la jeune pousse qu'elle pilote, Zentri, annonce 4 "
     "millions d'euros de financement.",
     {("Zentri", "ceo", "Léa Morel", A)}),
    ("en-the-startup-she-runs",
     "Ana Roux grew up near the docks. Today the startup she runs, Zentri, has raised $6 million.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("fr-elle-prend-la-direction-generale",      # a portrait's pronoun takes the company's lead
     "Léa Morel a commencé chez Kerlo. En 2021, elle cofonde Zentri avec Paul Roux. Elle assume la direction "
     "générale.",
     {("Zentri", "ceo", "Léa Morel", A), ("Zentri", "founder", "Léa Morel", A)}),
    ("en-in-year-she-cofounded",                 # a year and no comma before the pronoun
     "Ana Roux spent a decade at Kerlo. In 2020 she co-founded Zentri with Tom Weld. She took over as chief "
     "executive in 2023.",
     {("Zentri", "founder", "Ana Roux", A), ("Zentri", "ceo", "Ana Roux", A)}),
    ("fr-ou-elle-passe-ans",                     # a stint told in the present of a portrait
     "Léa Morel dirige Zentri. Diplômée de l'Insa, elle entre en 2012 chez Kerlo, où elle passe six ans.",
     {("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("fr-a-travaille-comme-chez",                # a long job title between the verb and the firm
     "Zentri a été fondée par Léa Morel, qui a travaillé dix ans comme cheffe de projet logistique chez Kerlo.",
     {("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("fr-division-ou-elle-travaille",            # a division's long name is a workplace, not a product
     "Léa Morel dirige Zentri. Avant, il y a eu Marignane et Airbus Helicopters, où elle travaille cinq ans.",
     {("Léa Morel", "formerEmployer", "Airbus Helicopters", A)}),
    ("fr-tous-deux-rejoignent",                  # the pair named before joins the buyer
     "Kerlo s'offre Orvane, fondée en 2019 par Paul Roux et Léa Morel. Tous deux rejoignent Kerlo "
     "dès lundi.",
     {("Paul Roux", "employer", "Kerlo", A), ("Léa Morel", "employer", "Kerlo", A)}),
    ("fr-le-premier-dirige-l-entreprise",        # ordinals after an apposition, then the role
     "Fondée en 2016 par Paul Roux et Léa Morel, Zentri fabrique des capteurs. La seconde, venue d'Orvane, en est "
     "la directrice financière. Le premier, ancien ingénieur de Kerlo à Nancy, dirige l'entreprise.",
     {("Zentri", "ceo", "Paul Roux", A), ("Léa Morel", "employer", "Zentri", A)}),
    ("en-leads-it-as-ceo",                       # "leads it as CEO" after a past job in apposition
     "Zentri, a Leeds startup, sells pricing software to ferries. Ana Roux, who ran a revenue team at Kerlo, runs "
     "it as chief executive.",
     {("Zentri", "ceo", "Ana Roux", A), ("Ana Roux", "formerEmployer", "Kerlo", A)}),
    ("en-she-previously-worked",                 # an English pronoun telling the passage's person's career
     "Ana Roux runs Zentri, a Leeds robotics startup. She had earlier worked nine years for Kerlo.",
     {("Ana Roux", "formerEmployer", "Kerlo", A)}),
    ("en-round-in-the-company-said",             # "a round in the company, X said": X's round
     "Zentri builds voice assistants for trucks. Kerlo Ventures led a 20 million euro Series A in the startup, "
     "Zentri announced on Monday.",
     {("Zentri", "fundsRaised", "20000000 EUR", A), ("Kerlo Ventures", "investedIn", "Zentri", A)}),
    ("en-studio-reference",                      # a startup studio referred to as "the studio"
     "Kerlo Studio builds companies from scratch. The studio was started in 2022 by Tom Weld, a former Orvane "
     "executive.",
     {("Kerlo Studio", "founder", "Tom Weld", A), ("Kerlo Studio", "foundingYear", "2022", A)}),
    ("fr-creent-une-societe",                    # people who create a company the sentence does not name
     "Zentri, installée à Brest, prévoit la demande des ferries. En 2019, Paul Roux, ex-ingénieur d'Orange, et "
     "Léa Morel, passée par Thales, fondent une société pour optimiser le fret.",
     {("Zentri", "founder", "Paul Roux", A), ("Zentri", "founder", "Léa Morel", A)}),
    ("fr-par-cette-ingenieure",                  # a demonstrative and a trade for the person named before
     "« Nos capteurs voient la panne venir », dit Léa Morel, la présidente de Zentri. Zentri a été cofondée en "
     "2017 par cette ingénieure et par Paul Roux, ancien chercheur chez Thales.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "founder", "Paul Roux", A)}),
    ("fr-qui-preside-la-societe",                # founders' present roles inside the founding sentence
     "Zentri est née en 2022, lancée par Paul Roux, docteur du CNRS qui dirige l'entreprise, et par Léa "
     "Morel, désormais directrice financière.",
     {("Zentri", "ceo", "Paul Roux", A), ("Léa Morel", "employer", "Zentri", A)}),
    ("fr-jusqu-en-annee",                        # a job with its end year is a past one
     "Zentri a été fondée par Léa Morel et par Paul Roux, ingénieur logiciel chez Thales jusqu'en 2019.",
     {("Paul Roux", "formerEmployer", "Thales", A)}),
    ("fr-laboratoire-demonyme",                  # a demonym in an article-less apposition
     "Zentri exploite les brevets de Kerlo Lab, laboratoire lillois de robotique marine.",
     {("Kerlo Lab", "headquarters", "Lille", A)}),
    ("en-shilling-sh",                           # Kenyan papers' "Sh" before the number
     "Zentri, a fintech based in Nairobi, has raised Sh650 million (about $5 million); Kerlo Ventures led.",
     {("Zentri", "fundsRaised", "650000000 KES", A)}),
    ("fr-il-devient-directeur",                  # a gendered pronoun's new role at the passage's company
     "Zentri embauche Ana Roux comme directrice des opérations, un rôle tenu jusque-là par Paul Roux, cofondateur "
     "de Zentri avec Léa Morel. Il devient directeur de la stratégie.",
     {("Paul Roux", "employer", "Zentri", A)}),
]

CASES_25 = [
    ("fr-inquit-a-journal",                      # a quotation said "à" a newspaper after the guillemet: the source
     "Zentri, fondée par Léa Morel, fabrique des drones à Brest. « Nos premiers clients arrivent », confie Léa "
     "Morel à Kerlo Matin.",
     {("ARTICLE", "source", "Kerlo Matin", A)}),
    ("en-subscribe-digest",                      # a newsletter's name after the outlet's
     "Zentri raised $4 million from Kerlo Capital.\n\nSubscribe to The Orvane Times Tech Digest for weekly "
     "updates.",
     {("ARTICLE", "source", "The Orvane Times", A)}),
    ("en-copyright-domain",                      # "Copyright ©" and the outlet's web address
     "Zentri raised $4 million from Kerlo Capital.\n\nCopyright © 2026 Orvanews.com All rights reserved.",
     {("ARTICLE", "source", "Orvanews", A)}),
    ("en-newsletter-two-words",                  # a two-word outlet keeps its second word
     "Zentri raised $4 million from Kerlo Capital.\n\nSign up to the Orvane Business daily newsletter",
     {("ARTICLE", "source", "Orvane Business", A)}),
    ("fr-cadre-avant-sujet",                     # the subject after a fronted setting is the passage's company
     "Kerlo et Orvane ont fusionné en janvier. Après le rapprochement, Zentri lève 3 millions d'euros. Breega et "
     "Kima Ventures remettent au pot.",
     {("Breega", "investedIn", "Zentri", A), ("Kima Ventures", "investedIn", "Zentri", A)}),
    ("fr-cheque-va-a",                           # "va à X" introduces the company the next sentences are about
     "Kerlo Ventures investit dans deux start-up. Le plus gros chèque va à Zentri. La jeune pousse nantaise lève "
     "2 millions d'euros.",
     {("Zentri", "fundsRaised", "2000000 EUR", A), ("Zentri", "headquarters", "Nantes", A)}),
    ("fr-prend-les-renes",                       # a named person taking the lead of the company named after
     "Zentri, fondée en 2019 à Lyon, change de patron. Ana Roux prend les rênes de Zentri ; il devient "
     "directeur général délégué.",
     {("Zentri", "ceo", "Ana Roux", A)}),
    ("en-rwandan-francs",                        # Rwandan papers' "Rwf" before the number
     "Zentri, a Kigali startup, raised Rwf2.6 billion (about $1.8 million) from Kerlo Capital.",
     {("Zentri", "fundsRaised", "2600000000 RWF", A)}),
    ("en-naira-n",                               # Nigerian papers' "N" before the number and its magnitude
     "Lagos-based Zentri has raised N750 million from Kerlo Ventures.",
     {("Zentri", "fundsRaised", "750000000 NGN", A)}),
    ("fr-fonds-beyrouthin",                      # a demonym of Beirut
     "Le fonds beyrouthin Kerlo Capital mène le tour de table de Zentri.",
     {("Kerlo Capital", "headquarters", "Beirut", A)}),
    ("fr-intertitre-mot-courant",                # a heading's dictionary word is no company the section is about
     "Zentri lève 2 millions d'euros auprès de Kerlo Capital.\n\nSondes et capteurs\n\nLa société a été "
     "fondée en 2020 par Léa Morel.",
     {("Zentri", "founder", "Léa Morel", A)}),
    ("fr-pr-cofondee-par",                       # a professor's title before the first founder, and "qui en est"
     "Zentri, start-up rennaise, lève 2 millions d'euros. Zentri est cofondée en 2022 par le Dr Léa Morel, "
     "cardiologue au CHU de Rennes, et par Paul Roux, qui en reste le PDG.",
     {("Zentri", "founder", "Paul Roux", A), ("Zentri", "ceo", "Paul Roux", A)}),
    ("en-sold-the-business-to",                  # the passage's company sold whole to a buyer
     "Leeds-based Zentri went into administration. The administrators sold the company, with its code and "
     "brand, to Kerlo Holdings for £2m.",
     {("Kerlo Holdings", "acquired", "Zentri", A)}),
    ("en-who-was-ceo-now-runs",                  # a past chief's title, a present one
     "Zentri was founded in 2018 by Ana Roux. The business was sold to Kerlo Holdings. Roux, who was the CEO of "
     "Zentri, now runs Kerlo.",
     {("Ana Roux", "formerEmployer", "Zentri", A), ("Kerlo Holdings", "ceo", "Ana Roux", A)}),
    ("en-the-city-start-up",                     # "the Dublin start-up" describes the passage's company
     "Zentri raised €5 million from Kerlo Ventures. On Monday the Leeds start-up released its first model.",
     {("Zentri", "headquarters", "Leeds", A)}),
    ("fr-elle-en-est-directrice",                # a pronoun's role "en" the company
     "Zentri, une start-up lyonnaise, lève 2 millions d'euros. La société est née en 2019, fondée par Paul Roux et "
     "par Léa Morel. Elle en est désormais la directrice générale déléguée.",
     {("Léa Morel", "employer", "Zentri", A)}),
    ("en-city-possessive",                       # "Tel Aviv's X" is X's seat
     "Tel Aviv's Kerlo Ventures backed Zentri in 2024.",
     {("Kerlo Ventures", "headquarters", "Tel Aviv", A)}),
]

CASES_26 = [
    ("fr-description-demonym-other-company",    # "la société allemande": the company the text made German
     "Kerlo, éditeur toulousain de logiciels de paie, s'offre l'allemand Zentri. L'accord valorise la société "
     "allemande à 20 millions d'euros, indique l'acquéreur.",
     {("Zentri", "valuation", "20000000 EUR", A)}),
    ("fr-annonce-un-pre-amorcage",               # "X annonce un pré-amorçage de N": X raises it
     "Zentri est une jeune pousse de Rennes. Zentri annonce un pré-amorçage de 350 000 euros, apporté "
     "par des entrepreneurs bretons.",
     {("Zentri", "fundsRaised", "350000 EUR", A)}),
    ("fr-son-moteur-de-x-baptise",               # "son moteur de recherche, baptisé X": X is its maker's
     "Zentri est une start-up nantaise. Son moteur de recommandation, baptisé Orvix, sert déjà 30 enseignes.",
     {("Orvix", "developer", "Zentri", A)}),
    ("en-dh-conversion-before-round",            # "$N (DhM) Series B round for X": the dollars are X's round
     "A $40 million (Dh147 million) Series B round for Zentri, a Dubai logistics startup, has been led by Kerlo "
     "Capital.",
     {("Zentri", "fundsRaised", "40000000 USD", A)}),
    ("fr-direction-generale-assuree-par",        # "la direction générale sera assurée par A": the topic's chief
     "Zentri, une start-up lilloise, conçoit des robots de tri. Son fondateur préside le conseil ; la direction "
     "générale est désormais assurée "
     "par Claire Jouvet.",
     {("Zentri", "ceo", "Claire Jouvet", A)}),
    ("en-rand-hyphen-million",                   # "R30-million" is South African rand
     "Kerlo Capital led Zentri's R30-million seed round in 2021.",
     {("Zentri", "fundsRaised", "30000000 ZAR", A)}),
    ("en-took-over-as-ceo",                      # "A, previously …, took over as CEO": the topic's chief
     "Zentri, the Durban edtech startup, is cutting jobs. Lindiwe Dube, previously finance director at Kerlo, "
     "took over as chief executive this week.",
     {("Zentri", "ceo", "Lindiwe Dube", A)}),
    ("en-opening-chief-title",                   # "Chief executive A, who…, co-founded the company"
     "Zentri, a Pune startup, sells payroll software to hospitals. President and chief executive Ravi "
     "Menon, who spent "
     "years at Kerlo, co-founded the company in 2016.",
     {("Zentri", "ceo", "Ravi Menon", A)}),
    ("fr-fondee-par-qui-reste-role",             # "fondée par A et B, qui reste directeur technique"
     "Zentri, une start-up lilloise, vend un logiciel de planification. La société a été fondée en 2015 par Paul Roux et "
     "Karim Sadi, qui reste "
     "directeur technique.",
     {("Karim Sadi", "employer", "Zentri", A)}),
    ("en-short-name-coined-word",                # "Zentri" after "Zentri Credit": the same company
     "Kerlo Bank has bought Zentri Credit, a Nairobi startup. Zentri raised $3 million in 2023 from Orvane "
     "Ventures.",
     {("Zentri Credit", "fundsRaised", "3000000 USD", A)}),
    ("en-subscribed-to-placement",               # "A and B subscribed to the placement": investors
     "Zentri has raised Rs 100 crore through a private placement. Kerlo Mutual Fund and Orvane Capital subscribed "
     "to the placement.",
     {("Kerlo Mutual Fund", "investedIn", "Zentri", A), ("Orvane Capital", "investedIn", "Zentri", A)}),
    ("en-based-lowercase-initial-name",          # "Lagos-based eKerlo": a firm, its city
     "Zentri competes with Lagos-based eKerlo and with free tools.",
     {("eKerlo", "headquarters", "Lagos", A)}),
]

CASES_27 = [
    ("en-said-completed-acquisition-apposition",    # an apposition with a "City, State-based" comma
     "Kerlo Cloud, a Denver, Colorado-based group traded on the NYSE, said on Monday that it has closed the "
     "acquisition of Zentri.",
     {("Kerlo Cloud", "acquired", "Zentri", A)}),
    ("en-led-the-companys-round",                   # "A led the company's N Series A": the topic's round
     "Zentri sells grid forecasting software. Kerlo Ventures led the company's NOK 40 million seed financing two "
     "years ago.",
     {("Zentri", "fundsRaised", "40000000 NOK", A)}),
    ("en-sold-new-shares-for",                      # a listing's new shares sold for N: the raise
     "Zentri listed in Oslo on Friday. The company sold new shares for NOK 300 million.",
     {("Zentri", "fundsRaised", "300000000 NOK", A)}),
    ("fr-actions-nouvelles-pour",
     "Zentri fait son entrée en Bourse. La société a placé des actions nouvelles pour 30 millions d'euros.",
     {("Zentri", "fundsRaised", "30000000 EUR", A)}),
    ("en-x-its-engine",                             # "X, its translation engine,": its product
     "Zentri will keep selling access to Lumix, its speech engine, to broadcasters.",
     {("Lumix", "developer", "Zentri", A)}),
    ("fr-x-le-logiciel-de-y",                       # "X, le logiciel de Y,": Y's product
     "Kerlo rachète Zentri. Les revenus tirés de Ardoiz, le logiciel de Zentri, ont doublé en un an.",
     {("Ardoiz", "developer", "Zentri", A)}),
    ("en-byline-author-bullet-outlet",              # "Author of the article: A • X": the outlet
     "Business\n\nKerlo hires the founders of Zentri\n\nAuthor of the article: Ana Roux • Zentri Gazette\n"
     "Published Oct 2, 2025\n\nKerlo licensed Zentri's models.",
     {("ARTICLE", "source", "Zentri Gazette", A)}),
    ("en-has-been-sold-to",                         # "B, a Leeds start-up, has been sold to A": A bought B
     "Zentri, a Leeds start-up, has been sold to Kerlo Software.",
     {("Kerlo Software", "acquired", "Zentri", A)}),
    ("fr-a-ete-cedee-a",                            # "B a été cédée à A"
     "Zentri, une jeune pousse de Lyon, a été cédée à Orvane pour 10 millions d'euros.",
     {("Orvane", "acquired", "Zentri", A)}),
    ("fr-a-finalise-sa-cession-au-groupe",          # "la société a finalisé sa cession au groupe A"
     "Zentri, une jeune pousse de Montréal, vend des logiciels aux assureurs. Mardi, la société montréalaise a "
     "finalisé sa cession au groupe allemand Kerlo Software.",
     {("Kerlo Software", "acquired", "Zentri", A)}),
    ("fr-qui-occupe-desormais-le-poste",           # "…, passé par X, qui occupe désormais le poste de…"
     "Kerlo a été cofondée en 2018 par Léa Morel et par Karim Sadi, passé par la BNP, qui occupe désormais le "
     "poste de directeur financier.",
     {("Karim Sadi", "employer", "Kerlo", A)}),
    ("en-cofounded-with-now-its-role",             # "A co-founded the company with B, now its CTO"
     "Zentri sells shop credit in Nairobi. Amina Kamau started the company in 2019 with Tom Okoth, now its "
     "chief financial officer.",
     {("Tom Okoth", "employer", "Zentri", A)}),
]

#: Held-out 35's and 36's misses as general rules (invented wording, each failing on the previous version).
CASES_28 = [
    ("en-quote-opens-nothing-startup-raised",       # a quotation's name opens no sentence: "the start-up" is B
     "Lumora has dropped its planned $900 million purchase of Zentri, a Boise, Idaho, start-up that writes "
     "insurance software.\n\nZentri was set up in 2019 by Ana Roux. \"We never wanted to sell. Lumora approached "
     "us,\" Roux said.\n\nIn 2022 the start-up raised $30 million from Kerlo Ventures.",
     {("Zentri", "fundsRaised", "30000000 USD", A)}),
    ("fr-fcfa-central-africa",                      # "FCFA" in a Cameroonian story: XAF
     "Zentri, une start-up de Yaoundé, lève 800 millions de FCFA auprès du fonds camerounais Kerlo Capital.",
     {("Zentri", "fundsRaised", "800000000 XAF", A)}),
    ("fr-trade-word-fronted-title",                 # "Géologue, la présidente …": a trade, then her past
     "Zentri a été fondée en 2022 par Léa Morel et Paul Roux. Géologue, la présidente de la société a "
     "travaillé neuf ans chez Kerlo avant de revenir à Brest.",
     {("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("fr-le-logiciel-de-x-baptise",                 # "Le logiciel de X, baptisé Y,": X's product
     "Zentri lève 3 millions d'euros. Le logiciel de Zentri, baptisé Ardoiz, tourne sur un simple téléphone.",
     {("Ardoiz", "developer", "Zentri", A)}),
    ("en-the-companys-software-x",                  # "The company's software, Y,": the topic's product
     "Zentri, a Hanoi startup, raised $5 million. The company's software, Frostgrid, reroutes trucks before "
     "goods spoil.",
     {("Frostgrid", "developer", "Zentri", A)}),
    ("en-sold-under-the-name",                      # "Its agents, sold under the name Y,"
     "Zentri, a Hanoi startup, raised $5 million. Its chat assistants, marketed under the brand Lumavox, answer "
     "bank customers.",
     {("Lumavox", "developer", "Zentri", A)}),
    ("en-masthead-over-one-section-word",           # a masthead alone over a one-word rubric
     "Orvane Report\nTech\n\nZentri gets $5 million\n\nZentri, a Perth startup, raised $5 million from Kerlo "
     "Ventures.",
     {("ARTICLE", "source", "Orvane Report", A)}),
    ("fr-masthead-dash-chevron-rubric",             # "X — A > B": the outlet before a dash and its rubric
     "Zentri Hebdo — Actualités > Agriculture\n\nKerlo rachète Orvane\n\nKerlo, basée à Nîmes, rachète Orvane.",
     {("ARTICLE", "source", "Zentri Hebdo", A)}),
    ("en-new-company-after-spin-off",               # "has become an independent company, B. The new company…"
     "Kerlo Energy said its grid-software team became a separate firm, Zentri, and Kerlo will hold a minority "
     "share. The new company raised €8 million from Orvane Ventures.",
     {("Zentri", "fundsRaised", "8000000 EUR", A)}),
    ("fr-l-ingenieure-career",                      # "L'ingénieure a travaillé…": the woman named before
     "Zentri a été fondée en 2021 par Léa Morel et Paul Roux. L'ingénieure a travaillé six ans chez Kerlo.",
     {("Léa Morel", "formerEmployer", "Kerlo", A)}),
    ("fr-closing-portait-sur",                      # "Le premier closing portait sur N": the topic's raise
     "Zentri étend sa série A. Son premier closing atteignait 9 millions d'euros, avec Kerlo Ventures.",
     {("Zentri", "fundsRaised", "9000000 EUR", A)}),
    ("fr-avant-de-creer-x-en",                      # "avant de créer X en 2022": its founding year
     "Léa Morel a travaillé sept ans chez Kerlo avant de créer Zentri en 2022.",
     {("Zentri", "foundingYear", "2022", A)}),
    ("fr-capitalisee-a",                            # "X est capitalisée à N": its valuation
     "Zentri entre en Bourse. Au prix d'introduction, Zentri est capitalisée à 90 millions d'euros.",
     {("Zentri", "valuation", "90000000 EUR", A)}),
    ("fr-fondateur-reste-pdg",                      # "Son fondateur, A, reste PDG"
     "Zentri garde son nom après son rachat par Kerlo. Son fondateur, Paul Roux, reste PDG et réinvestit une partie "
     "du prix.",
     {("Zentri", "ceo", "Paul Roux", A)}),
    ("fr-president-du-directoire",
     "Zentri garde son nom et ses salariés. Paul Roux, son fondateur, demeure président du directoire.",
     {("Zentri", "ceo", "Paul Roux", A)}),
    ("en-model-family-name-after-versioned",        # "Zentri 9B" first, then "Zentri": the same model
     "Kerlo, a Lisbon AI lab, released Zentri 9B on Monday. Zentri was trained on Portuguese court records, and "
     "Zentri is free to download.",
     {("Zentri 9B", "developer", "Kerlo", A)}),
    ("fr-masthead-title-case-words",                # "Le Lien Hebdo | Nouvelles": a name, no rubric section
     "Le Fil Numérique | Nouvelles | Financement\n\nZentri lève 4 millions d'euros\n\nZentri, une jeune pousse "
     "de Rimouski, lève 4 millions d'euros auprès de Kerlo Capital.",
     {("ARTICLE", "source", "Le Fil Numérique", A)}),
    ("fr-une-societe-qui-edite",                    # "…de B, une société nantaise qui édite X": B's product
     "Le groupe Kerlo a finalisé le rachat de Zentri, une société nantaise qui édite Ardoiz, un outil de "
     "planification.",
     {("Ardoiz", "developer", "Zentri", A)}),
]

CASES_29 = [
    ("en-arm-apposition-led-round-in",              # "X, the venture arm of Y, has led a N (M) round in Z"
     "Kerlo Venture Investment Corp., the investment affiliate of Kerlo Group, has led a 40 billion won "
     "($28 million) Series B round in Zentri Silicon, a Busan-based firm that builds processors for language "
     "models in server farms, the startup said on Friday.",
     {("Kerlo Venture Investment Corp", "investedIn", "Zentri Silicon", A)}),
    ("en-rival-described-then-raised",              # "A's rival is B, a C company that … and has raised N": B's
     "Zentri closed a $5 million seed round. Zentri's nearest rival is Orvane, a Fresno, California, firm that "
     "maps vineyards and has raised $18m.",
     {("Orvane", "fundsRaised", "18000000 USD", A)}),
    ("en-angel-list-after-colon",                   # "angel investors …: A, a former X; B, who…; and C, …"
     "Zentri, a Kraków startup, raised $6 million led by Kerlo Ventures. Several angel investors from the city's "
     "software firms joined too: Marek Wilk, a former head of design at Orvane; Anna Berg, who led marketing at "
     "Brisca until 2023; and Ravi Menon, formerly a data engineer at Tamber.",
     {("Marek Wilk", "investedIn", "Zentri", A), ("Anna Berg", "investedIn", "Zentri", A),
      ("Ravi Menon", "investedIn", "Zentri", A)}),
    ("fr-qui-a-acquis-en-annee",                    # "qui a acquis en 2021 la jeune pousse suisse B", then a
     "Zentri lève 3 millions d'euros. Kerlo, qui a acquis en 2021 la jeune pousse suisse Orvane, n'a pas "  # refusal
     "voulu commenter.",
     {("Kerlo", "acquired", "Orvane", A)}),
    ("fr-le-principal-concurrent-de-x-est-y",       # "Le principal concurrent de X est Y"
     "Zentri lève 5 millions d'euros. Le principal concurrent de Zentri est Kerlo, qui a étendu son offre.",
     {("Kerlo", "competitor", "Zentri", A)}),
    ("en-name-remains-the-rival",                   # "Y remains the most visible local rival": the topic's
     "Zentri, a Pune startup, raised $5 million. Kerlo AI remains the most visible local rival, and ships models "
     "of its own.",
     {("Kerlo AI", "competitor", "Zentri", A)}),
    ("fr-francs-cfp",                               # "francs CFP": the Pacific franc, not the Swiss one
     "Zentri, une start-up de Papeete, a levé 45 millions de francs CFP auprès de Kerlo Invest.",
     {("Zentri", "fundsRaised", "45000000 XPF", A)}),
    ("en-partner-heading-keeps-company",            # a heading "Kerlo partnership" starts no section on Kerlo
     "Zentri releases a Tamil model\n\nZentri, a Chennai startup, released Vaani on Monday.\n\nKerlo "
     "partnership\n\nZentri has signed a partnership with Kerlo, which will host Vaani on its cloud. A Kerlo "
     "spokeswoman said her firm holds no shares in Zentri.\n\nAna Roux co-founded the business in 2021 "
     "with Tom Weld.",
     {("Zentri", "founder", "Ana Roux", A)}),
]

CASES_30 = [
    ("en-trained-at-before-moving",                 # "who trained at X before moving into…": a past job
     "Zentri, a Leeds startup, raised £3m. Its co-founder Tom Weld, who trained at Kerlo Partners before moving "
     "into software, runs product.",
     {("Tom Weld", "formerEmployer", "Kerlo Partners", A)}),
    ("fr-question-headline-after-rubric",           # a question headline after a rubric line is the headline
     "Kerlo360 | Startups | Agritech\n\nZentri sur le point de lever 2 milliards de FCFA?\n\nRien n'est fait. "
     "Zentri discute avec deux fonds.\n\nUne pompe connectée\n\nAwa Ndiaye et Paul Sarr ont cofondé l'entreprise en "
     "2020.\n\nOrvane attaque\n\nSa rivale Orvane, basée à Thiès, a levé 1 milliard de FCFA. «Orvane vend du matériel, nous vendons du conseil», dit Paul Sarr.",
     {("Zentri", "founder", "Awa Ndiaye", A)}),
    ("en-local-paper-dollars",                      # a local paper's bare "$": the local dollar
     "Perth software firm Zentri raises $12 million\n\nZentri, a Perth company that schedules mine crews, has "
     "raised $12 million led by Kerlo Capital, the Sydney investor. The Perth business plans to list on the ASX "
     "within two years. Its founders met at a Perth mine site. The company has offices in Perth and Brisbane, and "
     "sells to Western Australia's largest miners and to Queensland operators. Australia's mining boom has "
     "helped it grow.",
     {("Zentri", "fundsRaised", "12000000 AUD", A)}),
]

CASES_31 = [
    ("en-legal-form-and-ringgit",                   # "Tarvio Sdn Bhd" is one company; "RM12mil" ringgit
     "Tarvio raises RM12mil for bank chatbots\n\nTarvio Sdn Bhd, a Penang maker of chatbots for banks, said on "
     "Monday it had raised RM12 million from Kerlo Capital.",
     {("Tarvio Sdn Bhd", "fundsRaised", "12000000 MYR", A), ("Kerlo Capital", "investedIn", "Tarvio Sdn Bhd", A)}),
    ("en-participated-after-clause-with-on",        # "on" in a relative clause opens no new subject in English
     "Zentri, a Boston startup, has closed an $8 million round that Kerlo Ventures led. Cleveland-based "
     "Orvane Capital, which leans on state money, participated too.",
     {("Orvane Capital", "investedIn", "Zentri", A)}),
    ("fr-quitte-pour-devenir",                      # "a quitté X pour devenir directeur de Y": Y employs them now
     "Zentri lève 5 millions d'euros. Paul Roux a quitté Zentri en mars pour devenir directeur des ventes de "
     "Kerlo, une assurtech lyonnaise.",
     {("Paul Roux", "employer", "Kerlo", A), ("Paul Roux", "formerEmployer", "Zentri", A)}),
    ("en-left-to-become",                           # "left X to become CTO of Y"
     "Zentri raised $5m. Paul Roux left Zentri last year to become chief technology officer of Kerlo, a Lyon "
     "insurtech.",
     {("Paul Roux", "employer", "Kerlo", A)}),
    ("en-has-since-joined",                         # "left in May and has since joined Y": Y employs them now
     "Zentri raised $5m. Paul Roux, who designed its first sensor, left in June and has since joined Kerlo as head "
     "of sales.",
     {("Paul Roux", "employer", "Kerlo", A)}),
    ("fr-vu-le-jour-a-l-initiative-de",             # "a vu le jour à l'initiative de A et de B": the founders
     "Zentri lève 4 millions d'euros. Elle est née en 2021 à l'initiative de Léa Morel et de Paul Roux.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "founder", "Paul Roux", A)}),
    ("en-not-the-only",                             # "X is not the only company…": the next sentence's rival
     "Zentri raised $2 million for its farming app.\n\nZentri is not the only company selling such apps. Kerlo Labs, "
     "a Kigali firm, sells sensors to growers.",
     {("Zentri", "competitor", "Kerlo Labs", A)}),
    ("en-the-remainder-came-from",                  # "The remainder came from A and B": the round's others
     "Kerlo Bank led Zentri's $3 million round. The remainder came from Orvane Angels and Brisca Capital.",
     {("Orvane Angels", "investedIn", "Zentri", A), ("Brisca Capital", "investedIn", "Zentri", A)}),
    ("en-before-co-founding-the-company-with",      # "A spent years at X before co-founding the company with B"
     "Zentri raised £2m. Ana Roux taught physics for years before co-founding the Dundee startup with Dr Tom "
     "Weld.",
     {("Zentri", "founder", "Ana Roux", A), ("Zentri", "founder", "Tom Weld", A)}),
    ("fr-acronym-entre-au-capital",                 # "X (K&P) entre au capital de Y": the acronym is X's
     "Zentri boucle deux opérations. Kerlo Invest (KI) entre au capital de Zentri.",
     {("Kerlo Invest", "investedIn", "Zentri", A)}),
    ("fr-division-of-known-company",                # "Airbus Helicopters": a company's division, no product
     "Zentri lève 3 millions d'euros. Zentri a été créée par Léa Morel, une ancienne d'Airbus Helicopters, "
     "et par Paul Roux.",
     {("Léa Morel", "formerEmployer", "Airbus Helicopters", A)}),
    ("en-negation-in-apposition-relative",          # a negation inside the subject's apposition denies nothing
     "Inspection cameras get a boost\n\nZentri Robotics, an Osaka firm whose cameras find flaws inspectors never "
     "notice, closed a 2.8 billion yen round led by Kerlo Ventures on Monday.",
     {("Zentri Robotics", "fundsRaised", "2800000000 JPY", A)}),
    ("en-middle-surname",                           # "Amy Chan Ka-wing" is "Chan"
     "Zentri was founded in 2022 by Amy Chan Ka-wing and Tom Weld. Chan is chief executive.",
     {("Zentri", "ceo", "Amy Chan Ka-wing", A)}),
]

CASES_32 = [
    ("fr-logiciel-maison-after-name",               # the product noun comes after the name
     "Zentri lève 2 millions d'euros. Zentri Quai, le logiciel maison, planifie les escales des cargos.",
     {("Zentri Quai", "developer", "Zentri", A)}),
    ("en-which-the-company-calls",
     "Zentri raised $4 million. A routing engine, which the company calls Zentri Path, plans the vans' rounds.",
     {("Zentri Path", "developer", "Zentri", A)}),
    ("fr-systeme-d-ia-apposition",
     "Zentri lève 3 millions d'euros. Son système d'intelligence artificielle, Zentri Vigie, surveille les quais.",
     {("Zentri Vigie", "developer", "Zentri", A)}),
    ("en-round-opening-after-new-venture",          # "The round" opens a paragraph: the round just named
     "Kerlo's founders start again\n\nLéa Morel and Paul Roux ran Kerlo for five years and made Kerlo a leader in "
     "payroll software. This week the two launched a new venture, Zentri, with a $9 million seed round.\n\nThis "
     "round was led by Orvane Capital, with participation from Brisca Ventures.",
     {("Orvane Capital", "investedIn", "Zentri", A), ("Brisca Ventures", "investedIn", "Zentri", A)}),
    ("en-completed-its-acquisition-of",            # the sentence's first company (a ticker in brackets) buys
     "Kerlo Group shares rise\n\nKerlo Group (ASX: KRL) gained 4% on Friday once the Perth miner confirmed that it "
     "has completed its acquisition of Melbourne payroll start-up Zentri. Zentri employs 40 people.",
     {("Kerlo Group", "acquired", "Zentri", A)}),
    ("fr-passe-sous-le-pavillon",                   # "B passe sous pavillon de l'industriel A": A bought B
     "Zentri passe sous pavillon de l'industriel Kerlo\n\nLe distributeur lillois prend 70 % de la start-up.",
     {("Kerlo", "acquired", "Zentri", A)}),
    ("fr-un-logiciel-named-after-maker",            # "un logiciel, Zentri Caisse, qui…": the company's product
     "Zentri lève 2 millions d'euros. Elle vend aux commerçants un logiciel, Zentri Caisse, qui compte les stocks.",
     {("Zentri Caisse", "developer", "Zentri", A)}),
    ("fr-accompagne-du-fonds",                      # "accompagné du": the joiner with its article
     "Zentri lève 4 millions d'euros. Le fonds Kerlo Capital mène le tour. Il est accompagné du fonds Orvane "
     "Partners et de Brisca Invest.",
     {("Orvane Partners", "investedIn", "Zentri", A), ("Brisca Invest", "investedIn", "Zentri", A)}),
]

CASES_33 = [
    ("en-place-possessive-firm",                    # "Moose Jaw's Brisca, which makes…": a firm from a place
     "Zentri raised $4 million. Moose Jaw's Brisca, which makes a cheaper camera, raised $12 million in May.",
     {("Brisca", "fundsRaised", "12000000 USD", A)}),
    ("fr-clause-apposition-no-model",               # ", la question appelle un modèle…" is a clause, no model
     "Pour Zentri, la question appelle un modèle économique simple. Zentri lève 2 millions d'euros auprès de "
     "Kerlo Capital.",
     {("Zentri", "fundsRaised", "2000000 EUR", A)}),
    ("fr-elle-dirige-l-entreprise",                 # "Elle dirige l'entreprise": a woman, not the company
     "Léa Morel et Paul Roux ont lancé Zentri en 2021. Elle dirige l'entreprise ; lui s'occupe de la technique.",
     {("Zentri", "ceo", "Léa Morel", A)}),
    ("fr-qui-a-passe-no-gender",                    # "qui a passé": no masculine cue; "À sa tête, A": the chief
     "Zentri est née en 2021. À sa tête, Léa Morel, qui a passé treize années chez Orvane. Elle a fondé "
     "l'entreprise avec Paul Roux, un ancien ingénieur de Kerlo.",
     {("Zentri", "founder", "Léa Morel", A), ("Zentri", "ceo", "Léa Morel", A)}),
    ("en-first-name-product-then-surname",          # "Devin" is a product; "Devin Okafor" a person
     "Zentri raised $9 million. Last spring Zentri's co-founder and CTO Devin Okafor quit to travel.",
     {("Zentri", "founder", "Devin Okafor", A)}),
    ("fr-ariary",                                   # the Malagasy ariary
     "Zentri lève 4,2 milliards d'ariary auprès de Kerlo Capital.",
     {("Zentri", "fundsRaised", "4200000000 MGA", A)}),
    ("fr-cleft-lead",                               # "C'est X qui mène l'opération"
     "Zentri lève 2 millions d'euros. C'est Kerlo Capital qui mène l'opération.",
     {("Kerlo Capital", "investedIn", "Zentri", A)}),
    ("fr-le-fonds-accompagne-par",                  # "Le fonds lyonnais est accompagné par B": B joins the round
     "Zentri lève 2 millions d'euros. C'est Kerlo Capital qui mène l'opération. Le fonds lyonnais est accompagné "
     "par Brisca Invest, une holding de dirigeants.",
     {("Brisca Invest", "investedIn", "Zentri", A)}),
    ("fr-ponote",                                   # the demonym of Le Puy-en-Velay
     "Transport : la ponote Zentri lève 2 millions d'euros pour ses navettes.",
     {("Zentri", "headquarters", "Le Puy-en-Velay", A)}),
    ("fr-reuni-round-passage",                      # "avoir réuni N": a round, its lead in the next paragraph
     "Cette semaine, Zentri annonce avoir réuni 3 millions d'euros.\n\nC'est Kerlo Innovation qui mène "
     "l'opération. « Nous aimons ce projet », observe Léa Morel, directrice d'investissement chez Kerlo Innovation.",
     {("Kerlo Innovation", "investedIn", "Zentri", A)}),
    ("fr-majority-bought",                          # "a acquis 90 % du capital de B": A bought B
     "Kerlo, un fabricant de skis installé à Morges, a acquis 90 % du capital de Zentri.",
     {("Kerlo", "acquired", "Zentri", A)}),
    ("fr-minority-stake",                           # "a pris 20 % du capital de B": a stake, not the other way
     "Kerlo a pris 20 % du capital de Zentri.",
     {("Kerlo", "investedIn", "Zentri", A)}),
    ("fr-que-vend-heading",                         # "Que vend X ?": X sells, it is no product
     "Zentri change de patron\n\nLa fondatrice de Zentri quitte l'entreprise. En 2024, Zentri avait réuni 2 "
     "millions d'euros auprès de Kerlo Capital.\n\nQue vend Zentri ?\n\nLa société développe Brisca Scan, un "
     "logiciel qui repère les défauts.",
     {("Zentri", "fundsRaised", "2000000 EUR", A)}),
    ("fr-capital-demonym-head",                     # "La Rochelaise Zentri": a demonym, then the company
     "La Rochelaise Zentri, qui pilote la recharge des bateaux, lève 4 millions d'euros auprès de Kerlo Capital.",
     {("Zentri", "fundsRaised", "4000000 EUR", A), ("Zentri", "headquarters", "La Rochelle", A)}),
    ("fr-participation-de-dans",                    # "prend une participation de 40 % dans B"
     "Zentri lève 1 milliard de FCFA. La première opération : Zentri prend une participation de 40 % dans Kerlo "
     "Fret, une plateforme de réservation basée à Cotonou.",
     {("Zentri", "investedIn", "Kerlo Fret", A)}),
    ("en-acronym-then-apposition-leads",            # "X (KIA), a state investment fund, co-led"
     "Zentri raised $40 million. The Kerlo Investment Authority (KIA), a state investment fund, co-led the round "
     "alongside Brisca Ventures.",
     {("Kerlo Investment Authority", "investedIn", "Zentri", A)}),
]

#: Phrasings of leftovers from held-out sets 49 and 50 (invented wording; each failed at 5f5d447).
CASES_34 = [
    ("fr-round-total-topic",                        # "le tour de table atteint N": the passage's company's round
     "Zentri, une jeune pousse de Nantes, ouvre son capital. Orvane Ventures rejoint Zentri cette année avec Kerlo "
     "Capital, déjà présent. Au total, le tour de table atteint 900 millions de FCFA, soit près de 1,4 million "
     "d'euros.",
     {("Zentri", "fundsRaised", "900000000 XOF", A)}),
    ("en-round-total-reference-after",              # "The round totals N, the company said"
     "Zentri has new backers. Orvane Capital joined this autumn, with Kerlo. The round totals $9 million, the "
     "company said on Tuesday.",
     {("Zentri", "fundsRaised", "9000000 USD", A)}),
    ("fr-stake-companion-invests",                  # "A entre au capital de X, aux côtés de B": B invests in X
     "Zentri ouvre son capital. Orvane Ventures entre au capital de Zentri, aux côtés de Kerlo Capital.",
     {("Kerlo Capital", "investedIn", "Zentri", A), ("Orvane Ventures", "investedIn", "Zentri", A)}),
]

#: Phrasings from held-out 51's first contact (invented wording; each failed at 5f5d447).
CASES_35 = [
    ("en-founded-year-no-past-job",                 # "founded in 2025 by A, a professor at X": a current job
     "Zentri raised $9 million. Zentri was founded in 2025 by Tom Eck and Mara Quist, a professor of "
     "chemistry at Kerlo University. Zentri plans a Series A by 2027.",
     {("Mara Quist", "employer", "Kerlo University", A)}),
    ("fr-masthead-two-capitals",                    # "Côté Lyon | Économie | …": a title over its rubric
     "Côté Lyon | Économie | Innovation\n\nZentri lève 2 millions d'euros auprès de Kerlo Capital.",
     {("ARTICLE", "source", "Côté Lyon", A)}),
    ("fr-masthead-lowercase-domain",                # "eKerlo.com | Économie | …"
     "eKerlo.com | Économie | Entreprises\n\nZentri lève 2 millions d'euros auprès de Kerlo Capital.",
     {("ARTICLE", "source", "eKerlo.com", A)}),
    ("fr-masthead-known-name-inside",               # a known company's name inside a long masthead
     "Le Michelin de Sherbrooke | Affaires | Techno\n\nZentri lève 2 millions de dollars auprès de Kerlo Capital.",
     {("ARTICLE", "source", "Le Michelin de Sherbrooke", A)}),
    ("en-round-raised-with-lead-aside",             # "The first Series A, led by A, raised N": the company's round
     "Zentri makes inspection software. The first Series A, led by Kerlo Angels, raised £5 million in 2023.",
     {("Zentri", "fundsRaised", "5000000 GBP", A)}),
    ("en-added-to-its-seed",                        # "has added N to its seed round": a raise
     "Zentri makes inspection software. Zentri has added £2 million to its seed round, with Kerlo Angels putting "
     "in most of it.",
     {("Zentri", "fundsRaised", "2000000 GBP", A)}),
]

#: Phrasings from held-out 52's first contact (invented wording; each failed at 5f2ad2b).
CASES_36 = [
    ("en-cofounded-company-in-year",                # "who co-founded Zentri in 2023": the year dates no job
     "Zentri raised $9 million. Mara Quist, a professor of chemistry at Kerlo University who co-founded Zentri in "
     "2023, still teaches there. Zentri plans a Series A by 2027.",
     {("Mara Quist", "employer", "Kerlo University", A)}),
]

#: Phrasings from held-out 51/52's leftovers (invented wording; each failed at 44c534a).
CASES_37 = [
    ("en-two-cofounders-of-later-worked",  # the pair named before, titled founders of X, with a past job
     "Zentri raised $5 million from Kerlo Ventures.\n\nMarc Ovane and Lise Brisca met at university in 2019. "
     "The two co-founders of Zentri later worked at Orvane Systems before building the software.",
     {("Lise Brisca", "formerEmployer", "Orvane Systems", A),
      ("Marc Ovane", "formerEmployer", "Orvane Systems", A),
      ("Zentri", "founder", "Lise Brisca", A),
      ("Zentri", "founder", "Marc Ovane", A)}),
    ("fr-les-deux-cofondateurs-de",  # "Les deux cofondateurs de X, une société…, veulent": the pair named before
     "Zentri lève 5 millions d'euros auprès de Kerlo Ventures.\n\nFaut-il vraiment six mois pour tester un "
     "jeu ? Non, assurent Marc Ovane et Lise Brisca. Les deux cofondateurs de Zentri, une société lyonnaise née en "
     "2021, veulent réduire ce délai de moitié.",
     {("Zentri", "founder", "Lise Brisca", A), ("Zentri", "founder", "Marc Ovane", A)}),
    ("en-her-successor-is",  # "Her successor is A": the company's new chief executive
     "Zentri names new boss\n\nLise Brisca, who started the Lyon software company Zentri in 2018, will now "
     "lead its research team. Her successor is Anna Vell, who spent 20 years at Orvane Systems. She takes up the "
     "post in March.",
     {("Zentri", "ceo", "Anna Vell", A)}),
    ("fr-son-successeur-est",  # "Son successeur est A"
     "Zentri change de patron\n\nLise Brisca, fondatrice de l'éditeur lyonnais Zentri, prend la tête de la "
     "recherche. Son successeur est Paul Dern, passé par Orvane Systèmes pendant vingt ans.",
     {("Zentri", "ceo", "Paul Dern", A)}),
    ("en-victoria-bc-bare-dollar",  # a Victoria (B.C.) story's bare "$": Canadian dollars
     "Island Ledger | Business\n\nZentri, a Victoria ocean-tech company, raised $4 million. The B.C. "
     "government's fund led the round. Zentri was founded in Victoria in 2022 by two Canadian engineers. The "
     "company plans an office in Ontario. Victoria has become a hub for ocean sensors, and Zentri works with the "
     "Canadian navy. Its Victoria lab employs 12 people; its first customer is a Canadian port.",
     {("Zentri", "fundsRaised", "4000000 CAD", A)}),
]

#: Phrasings from held-out 53's first contact (invented wording; each failed at 44c534a).
CASES_38 = [
    ("fr-du-cote-de-son-president",  # "Du côté de X, A, son président": X's chief
     "Zentri lève 100 millions de FCFA auprès de Kerlo Angels et du fonds Orvane.\n\n« Le dossier est solide "
     "», estime Paul Dern, associé d'Orvane. Du côté de Kerlo Angels, Marc Ovane, son président, évoque un pari "
     "sur la région.",
     {("Kerlo Angels", "ceo", "Marc Ovane", A)}),
    ("fr-masthead-small-words",  # a masthead of four words and the small words between them
     "La Gazette de la Vallée du Lot | Région | Économie\n\nZentri lève 2 millions d'euros auprès de Kerlo "
     "Capital.",
     {("ARTICLE", "source", "La Gazette de la Vallée du Lot", A)}),
    ("fr-ce-natif-de",  # "Ce natif de Vesoul a passé…, puis a créé l'entreprise": the person named before
     "Zentri lève 2 millions d'euros.\n\n« Nous voulons grandir », résume Marc Ovane, le PDG de Zentri. Ce "
     "natif de Vesoul a passé dix ans chez Orvane, à Dijon, puis a créé l'entreprise en 2021 avec Lise Brisca.",
     {("Zentri", "founder", "Marc Ovane", A)}),
    ("fr-lui-elle-etait-developpeuse",  # "Lui vient de chez X ; elle était développeuse chez Y": each their own
     "Zentri lève 2 millions d'euros.\n\nL'entreprise est née en 2017 de la rencontre entre Marc Ovane et "
     "Léa Brisca. Lui vient de chez Orvane ; elle était développeuse chez Kerlo Systèmes.",
     {("Léa Brisca", "formerEmployer", "Kerlo Systèmes", A)}),
    ("fr-first-name-mutuelle",  # a first name and "Mutuelle": an insurer, not a person
     "Zentri change de mains\n\nLe tribunal a choisi Rosalie Mutuelle pour reprendre Zentri et ses 30 "
     "salariés. La présidence revient à Lise Brisca, jusqu'ici cadre de Rosalie Mutuelle. Elle devient présidente "
     "de Zentri.",
     {("Zentri", "ceo", "Lise Brisca", A)}),
    ("en-tauranga-bare-dollar",  # a Tauranga story's bare "$": New Zealand dollars
     "Bay Ledger | Business\n\nKerlo Capital has led a $2.6 million seed round for Zentri, a Tauranga "
     "company making translation tools for Māori speakers. Zentri was founded in Tauranga in 2023. Its models are "
     "trained with Māori elders, and the Tauranga company plans to hire in Rotorua. Māori broadcasters in Tauranga "
     "already use the tool.",
     {("Zentri", "fundsRaised", "2600000 NZD", A)}),
    ("fr-valorise-la-totalite-de",  # "valorise la totalité de X à N": X's valuation
     "Kerlo acquiert 60 % de Zentri.\n\nLa transaction porte sur 9 millions d'euros et valorise la totalité "
     "de Zentri à 15 millions.",
     {("Zentri", "valuation", "15000000 EUR", A)}),
    ("fr-headline-passe-sous-pavillon",  # "X passe sous pavillon Y": Y bought X
     "Logistique : Zentri passe sous pavillon Kerlo\n\nLe transporteur prend le contrôle de la jeune pousse "
     "nantaise.",
     {("Kerlo", "acquired", "Zentri", A)}),
]

#: Phrasings from held-out 54's first contact (invented wording; each failed at 3026a71).
CASES_39 = [
    ("fr-montant-total-colon",                      # "Montant total : N": the passage's round
     "Zentri lève des fonds\n\nKerlo Capital conduit le tour de table de Zentri, annoncé jeudi. Orvane Invest "
     "l'accompagne. Montant total : 3 millions d'euros.",
     {("Zentri", "fundsRaised", "3000000 EUR", A)}),
    ("en-total-raised-colon",                       # "Total raised: N"
     "Zentri raises funds\n\nKerlo Capital is leading Zentri's round, with Orvane Invest following. Total "
     "raised: $4 million.",
     {("Zentri", "fundsRaised", "4000000 USD", A)}),
    ("en-rupees-glued-to-number",                   # "Rs1.1 billion" in a Lahore story: Pakistani rupees
     "Zentri, a Lahore-based payments app, raised $4 million (roughly Rs1.1 billion) from Kerlo Capital. It has "
     "also secured a Rs500 million credit line from Orvane Bank.",
     {("Zentri", "fundsRaised", "1100000000 PKR", A)}),
    ("en-four-word-person",                         # two halves of one person's four names, recognised apart
     "Zentri raised $5 million.\n\nZentri was founded by Orla Vennet and Sai Kiran Chowdary Pallapu. Pallapu, its "
     "technology chief, used to build payment systems at Orvane.",
     {("Zentri", "founder", "Sai Kiran Chowdary Pallapu", A)}),
]


#: Phrasings from held-out 54's leftovers and held-out 55's first contact (invented wording; each failed at
#: 34b2758).
CASES_40 = [
    ("fr-millions-then-words",
     "Zentri lève des fonds\n\nLa start-up rennaise Zentri lève quatre millions trois cent mille euros "
     "auprès de Kerlo Capital.",
     {("Zentri", "fundsRaised", "4300000 EUR", A)}),
    ("en-million-then-words",
     "Zentri raises funds\n\nZentri, a Leeds start-up, raised three million four hundred thousand dollars "
     "from Kerlo Capital.",
     {("Zentri", "fundsRaised", "3400000 USD", A)}),
    ("fr-foreign-description-not-topic",
     "Zentri passe sous pavillon américain\n\nDepuis mardi, la société rennaise appartient au groupe Kerlo "
     "Systems. L'éditeur américain, basé à Denver, a acquis l'intégralité des actions.",
     {("Kerlo Systems", "headquarters", "Denver", A)}),
    ("fr-devenir-role-de-la-jeune-pousse",
     "Zentri est née en 2022 de la rencontre de Léa Brisca et Tom Ovane. Elle a œuvré onze années chez "
     "Orvane ; lui a travaillé sept années chez Kerlo avant de devenir le directeur financier de la jeune "
     "pousse.",
     {("Tom Ovane", "employer", "Zentri", A)}),
    ("fr-occupe-le-poste-de",
     "Léa Brisca a lancé Zentri en 2021 avec Tom Ovane, un ex-ingénieur de Kerlo, qui occupe le rôle de "
     "directeur financier.",
     {("Tom Ovane", "employer", "Zentri", A)}),
    ("fr-lui-the-other-of-the-pair",
     "Zentri est née en 2021 sous l'impulsion de Noa Brisca et Sacha Ovane. Elle a travaillé neuf années "
     "chez Orvane comme chimiste. Lui, ancien acheteur chez Kerlo, pilote désormais la partie technique.",
     {("Sacha Ovane", "employer", "Zentri", A), ("Sacha Ovane", "formerEmployer", "Kerlo", A)}),
    ("fr-son-associe-the-other",
     "Zentri est née en 2021 sous l'impulsion de Noa Brisca et Sacha Ovane. La présidente a dirigé des "
     "équipes chez Orvane. Son associé, ancien développeur chez Kerlo, occupe aujourd'hui le rôle de "
     "directeur commercial.",
     {("Sacha Ovane", "employer", "Zentri", A), ("Sacha Ovane", "formerEmployer", "Kerlo", A)}),
    ("en-her-cofounder-the-other",
     "Zentri was set up in 2021 by Noa Brisca and Sacha Ovane. The chief executive ran logistics at Orvane "
     "for a decade. Her co-founder, once a Kerlo engineer, is now chief technology officer.",
     {("Sacha Ovane", "employer", "Zentri", A)}),
    ("en-completes-takeover-headline",
     "The Leeds Courier | Business\n\nGerman group Kerlo completes takeover of Leeds fintech Zentri\n\nBy Tom "
     "Brisca | 8 December 2026\n\nKerlo, the Munich-based group, now owns Zentri outright.\n\nOrvane Partners "
     "backed the young firm with a £2.5m first round in 2022.\n\nSign up for our weekly money newsletter",
     {("Zentri", "fundsRaised", "2500000 GBP", A)}),
    ("en-waterloo-kitchener-dollars",
     "Waterloo startup Zentri raises $4.5M\n\nA Waterloo startup, Zentri, has $4.5 million to grow. The "
     "Waterloo company works from an office in Kitchener, near a Waterloo campus. It is backed by Waterloo "
     "angels and by a Toronto fund, Kerlo Capital. Its Waterloo team of 20 plans to hire in Toronto and "
     "Ontario this year.",
     {("Zentri", "fundsRaised", "4500000 CAD", A)}),
    ("en-new-money-into-the-business",
     "Zentri, a Leeds start-up, has sold a controlling stake to Kerlo Partners. The transaction mixes the "
     "sale of existing shares with $12 million of new money for the business itself.",
     {("Zentri", "fundsRaised", "12000000 USD", A)}),
    ("fr-dollars-americains-not-canadian",
     "Zentri obtient 3,1 millions de dollars\n\nZentri, implantée à Kindia, a obtenu 3,1 millions de dollars "
     "américains (environ 27 milliards de francs guinéens) de Kerlo Ventures, le véhicule d'investissement d'un groupe minier canadien établi à "
     "Montréal. En 2024, Zentri avait levé 300 000 dollars lors d'un premier tour.",
     {("Zentri", "fundsRaised", "300000 USD", A), ("Zentri", "fundsRaised", "3100000 USD", A)}),
    ("fr-entre-au-capital-apposition",
     "Zentri lève 6 millions d'euros\n\nLa société rennaise Zentri réalise une augmentation de capital. En "
     "parallèle, l'industriel néerlandais Kerlo Holding, entré au capital il y a trois ans, cède toutes "
     "ses actions.",
     {("Kerlo Holding", "investedIn", "Zentri", A)}),
    ("fr-complete-le-tour",
     "Zentri lève des fonds\n\nZentri lève 1,6 million d'euros, une opération conduite par Kerlo Capital. "
     "Orvane Angels, un club d'investisseurs privés installé à Brest qui réunit des dirigeants de "
     "Bretagne, de Normandie et de Vendée, complète le tour.",
     {("Orvane Angels", "investedIn", "Zentri", A)}),
    ("fr-lui-venait-de-la-cooperative",
     "Zentri est née en 2023 sous l'impulsion de Noa Brisca et Sacha Ovane. Elle a œuvré dix années chez "
     "Kerlo comme biologiste ; lui venait de la mutuelle Orvane, à Laval.",
     {("Sacha Ovane", "formerEmployer", "Orvane", A)}),
    ("fr-administrateur-delegue",
     "Zentri lève des fonds\n\n« Nous gardons la main », affirme Paul Brisca, administrateur délégué et "
     "cofondateur de Zentri.",
     {("Zentri", "ceo", "Paul Brisca", A)}),
    ("fr-montoise-demonym",
     "Zentri lève des fonds\n\nLa jeune société montoise Zentri, qui conçoit un logiciel de paie, annonce "
     "six millions d'euros.",
     {("Zentri", "headquarters", "Mons", A)}),
    ("fr-masthead-l-title",
     "L'Éveil de l'Ouest | Économie | Rennes\n\nZentri lève 7 millions d'euros\n\nZentri a levé 7 millions "
     "d'euros auprès de Kerlo Capital.",
     {("ARTICLE", "source", "L'Éveil de l'Ouest", A)}),
    ("fr-face-a-rival",
     "Zentri passe sous pavillon allemand\n\nKerlo, client historique de Zentri mais pas actionnaire, garde "
     "son contrat. Face à la canadienne Orvane, présente à Toronto et dix fois plus grande, Zentri jouait "
     "la carte locale.",
     {("Zentri", "competitor", "Orvane", A)}),
    ("fr-lui-est-un-ancien-il-est-aujourdhui",
     "Zentri est née en 2022 sous l'impulsion de Noa Brisca et Sacha Ovane. Chimiste, elle a passé sept "
     "années chez Kerlo, à Lyon. Lui est un ancien commercial d'Orvane, parti en 2020 ; il est aujourd'hui "
     "directeur financier de Zentri.",
     {("Sacha Ovane", "employer", "Zentri", A)}),
]


#: Phrasings from held-out 56's first contact (invented wording; each failed at ffbd12e).
CASES_41 = [
    ("en-x-and-y-co-one-name",
     "Zentri raised $4 million. Kerlo Gas and Electric Co., the Reno-based utility, is testing its "
     "sensors.",
     {("Kerlo Gas and Electric Co.", "headquarters", "Reno", A)}),
    ("en-apposition-then-led-the-round",
     "Zentri, which is based in Fresno, has completed a $4 million seed financing. Orvane Partners, a "
     "Boston investment firm whose backers include many hospitals, led the round.",
     {("Orvane Partners", "investedIn", "Zentri", A)}),
    ("en-a-round-followed",
     "Zentri raised $4 million.\n\nIn 2022, Zentri won a $50,000 grant from a state program. A $250,000 "
     "angel round came next in 2023, from Kerlo Angels.",
     {("Zentri", "fundsRaised", "250000 USD", A)}),
    ("en-a-studio-lead",
     "Kerlo backs games studio\n\nA Glasgow studio that writes dialogue with AI has secured £6 million from "
     "Kerlo Ventures.\n\nZentri Games, based in the city centre, said the round was its first.",
     {("Zentri Games", "fundsRaised", "6000000 GBP", A)}),
    ("en-st-johns-city",
     "Zentri raised $3 million. The St. John's ocean-data company plans to spend it on hiring.",
     {("Zentri", "headquarters", "St. John's", A)}),
    ("fr-tchadienne",
     "Zentri lève des fonds\n\nLa start-up tchadienne Zentri annonce une levée de 2 millions de dollars.",
     {("Zentri", "country", "Chad", A)}),
    ("fr-argent-vient-de",
     "Zentri lève 3 millions de dollars\n\nLa jeune entreprise de Bamako boucle son premier tour. L'argent "
     "vient de Kerlo Ventures, une société d'investissement installée à Dubaï.",
     {("Kerlo Ventures", "investedIn", "Zentri", A)}),
    ("fr-y-prend-une-participation",
     "Zentri lève 6 millions de dollars\n\nC'est Kerlo Capital qui mène la ronde. Orvane, le fabricant de "
     "meubles de Laval, y prend également une participation.",
     {("Orvane", "investedIn", "Zentri", A)}),
    ("fr-agglo-employer",
     "Zentri rachète un studio\n\n« Les emplois restent ici », commente Paul Brisca, chargé de l'économie à "
     "Orvane Agglo.",
     {("Paul Brisca", "employer", "Orvane Agglo", A)}),
]

ALL_CASES = (CASES + CASES_2 + CASES_3 + CASES_4 + CASES_5 + CASES_6 + CASES_7 + CASES_8 + CASES_9 + CASES_10
             + CASES_11 + CASES_12 + CASES_13 + CASES_14 + CASES_15 + CASES_16 + CASES_17
             + CASES_18 + CASES_19 + CASES_20 + CASES_21 + CASES_22 + CASES_23 + CASES_24 + CASES_25
             + CASES_26 + CASES_27 + CASES_28 + CASES_29 + CASES_30 + CASES_31 + CASES_32 + CASES_33 + CASES_34 + CASES_35 + CASES_36
             + CASES_37 + CASES_38 + CASES_39 + CASES_40 + CASES_41)


#: Phrasings the trained models do not yet get in full (a learned extractor is measured, not made to
#: pass sentence by sentence: see the README's Quality section). They run, and are reported as xfail
#: while they miss a fact and as XPASS once a retrained model gets them; every other case must pass.
#: Two of them (led-the-round-with-also-taking-part, angels-parmi-lesquels) passed until facts under
#: confidence 0.5 stopped being stated.
KNOWN_MISSES = frozenset({
    "en-angels-among-them",
    "en-competes-head-on",
    "en-counts-among-backers",
    "en-fronted-founded-city-based",
    "en-fronted-founded-the-company",
    "en-its-keeps-topic",
    "en-led-by-then-future-clause",
    "en-led-the-round-with-also-taking-part",
    "en-org-rivals-are",
    "en-outperforms",
    "en-question-apposition-topic",
    "en-reported",
    "en-role-of",
    "en-source-contacted",
    "en-source-dateline",
    "en-surname-not-topic",
    "en-take-on",
    "en-the-company-behind",
    "en-which-makes",
    "fr-a-passe-annees-chez",
    "fr-angels-parmi-lesquels",
    "fr-clause-subject-competes",
    "fr-concu-par-fronted",
    "fr-createur-de-l-assistant",
    "fr-developer-de",
    "fr-dirigeait-jusque-la",
    "fr-modele-lui-developpe-par",
    "fr-name-la-startup-cofondee",
    "fr-negated-subject-not-topic",
})


@pytest.mark.parametrize("name,text,expected", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_extraction_phrasing(facts, name, text, expected):
    got = facts(text)
    missing = expected - got
    if missing and name in KNOWN_MISSES:
        pytest.xfail(f"the model misses {sorted(missing)}")
    assert not missing, f"missing {sorted(missing)}; got {sorted(got)}"


def test_extraction_phrasing_share():
    """At least 60 % of the phrasing cases pass in full."""
    assert len(KNOWN_MISSES) <= 0.4 * len(ALL_CASES)


@pytest.mark.parametrize("text,relation", [
    ("Zentri lève 3 millions d'euros. L'an dernier, Léa Morel quitte Kerlo pour fonder Orvane, une start-up de "
     "drones basée à Toulon.", "headquarters:Kerlo>Toulon"),
    ("Zentri raised $20 million. Its CEO, Ana Roux, spent six years at Kerlo before starting the firm with Tom "
     "Weld.", "founder:Kerlo>Tom Weld"),
    ("Zentri lève 5 millions d'euros. La société fait face à l'allemand Kerlo, qui a racheté le suédois Lumora "
     "en 2021, et au danois Brisca.", "acquired:Zentri>Lumora"),
    ("Zentri is going public. Kerlo Bank, Orvane Securities and Brisca Capital are leading the offering.",
     "investedIn"),
    ("Zentri affronte le toulousain Kerlo, le lillois Orvane et surtout le britannique Brisca, racheté en 2024 par "
     "le fonds Tamber.", "acquired:Tamber>Kerlo"),
    ("Zentri lève 9 millions d'euros. Créée en 2018 et dirigée par Léa Morel, Kerlo emploie 80 personnes.",
     "founder:Kerlo>Léa Morel"),
    ("Zentri a réuni 6 millions d'euros. « Je m'en vais », dit Paul Roux, qui présidait la start-up et ne rejoindra "
     "pas l'équipe chez le repreneur, Kerlo.", "employer:Paul Roux>Kerlo"),
    ("Zentri a réuni 6 millions d'euros. La Région Bretagne, qui avait soutenu Zentri en 2021 par une subvention, "
     "salue l'opération.", "investedIn:Région Bretagne>Zentri"),
    ("Zentri closed a $40 million round with Kerlo Capital in the lead. Orvane Partners, a venture debt firm, also "
     "lent it $10 million in debt.", "investedIn:Orvane Partners>Zentri"),
    ("Zentri sells sensors. Danish regulator fines sensor maker Zentri 2 million euros.", "country:Zentri>Denmark"),
    ("Zentri fusionne avec Kerlo. Les deux start-up ont levé 30 millions d'euros en tout.",
     "fundsRaised:Zentri"),
    ("Zentri raised $9 million led by Kerlo Capital. Ana Roux is now head of research at Orvane, and Tom Weld has "
     "joined its sales team.", "investedIn:Orvane>Zentri"),
    ("Zentri raised $9 million. Its product leans on Microsoft's Copilot tools, including GitHub Copilot.",
     "developer:GitHub Copilot>Zentri"),
    ("Zentri annonce un nouveau tour. L'an dernier, son fondateur a laissé sa place au profit d'Aline Marin, "
     "venue de Kerlo. C'est elle qui dirige la société depuis.", "founder:Zentri>Aline Marin"),
    ("Zentri lève 3 millions d'euros. Son prototype a été conçu par Léa Morel, qui travaillait alors chez Kerlo sur "
     "les batteries.", "employer:Léa Morel>Kerlo"),
    ("Zentri sells claims software. Zentri said it has signed an agreement to acquire Kerlo, a Leeds maker of fraud "
     "tools.", "partner:Kerlo"),
    ("Zentri annonce 10 millions d'euros. Kerlo Capital, qui avait soutenu son amorçage de 2 millions d'euros l'an "
     "dernier, remet au pot.", "fundsRaised:Kerlo Capital"),
    ("Zentri annonce 10 millions d'euros. Kerlo Capital conduit l'opération, avec Lumora Partners à ses côtés.",
     "partner:Lumora Partners"),
    ("Zentri raised $20 million. Kerlo Ventures, the corporate investment arm of Lumora Inc., also took part.",
     "investedIn:Kerlo Ventures>Lumora Inc."),
    ("Fondée en 2019 par Léa Morel et Paul Roux, venu de Lumora, qui en dirige désormais la recherche, Kerlo vend "
     "des capteurs.", "ceo:Lumora>Paul Roux"),
    ("Kerlo lève 2 millions d'euros. Son modèle Orva reste disponible chez Brisca Cloud pour les clients.",
     "developer:Orva>Brisca Cloud"),
    ("Zentri sells software. Zentri doesn't have a deal with Kerlo.", "partner:Kerlo"),
    ("Zentri graduated from Kerlo Launchpad in 2022 and has raised $12 million since.",
     "fundsRaised:Kerlo Launchpad"),
    ("Zentri raised $7 million. Kerlo Capital led the round, and Lumora Labs participated.",
     "investedIn:Kerlo Capital>Lumora Labs"),
    ("Zentri raised $7 million. Kerlo partner Ana Roux will join Zentri's board.", "partner:Kerlo"),
    ("Zentri sells a coding tool. It runs on its own model, tuned from Lumo-7, the open model released by Kerlo.",
     "developer:Lumo-7>Zentri"),
    ("Zentri croise le fer avec le suédois Kerlo, avec la lyonnaise Brisca et avec Orvane.", "partner"),
    ("Zentri sells monitoring software. Bankers say the listing might bring in $400 million and value Zentri at "
     "$3 billion or more.", "valuation:Zentri>3000000000 USD"),
    ("Léa Morvan a travaillé chez Kerlo. « En 2021, j'ai démissionné, puis nous avons créé Tamber, "
     "avec Paul Kerjean », raconte-t-elle.", "founder:Kerlo>Paul Kerjean"),
    ("Zentri a finalisé un tour de 9 millions d'euros mené par Kerlo Capital, avec la participation de Lumora "
     "Partners, présent au capital de Brisca depuis 2021.", "investedIn:Brisca>Zentri"),
    ("Quatre pépites à suivre\n\nOrvane, la vigne connectée\n\nOrvane, fondée en 2020 par Léa Morel, taille "
     "les vignes.\n\nKervane, la photonique bretonne\n\nKervane fabrique des puces optiques. La société, "
     "fondée en 2019 par deux chercheurs de l'Inria, Anne Brisca et Tom Vial, a réuni 6 millions d'euros.",
     "founder:Kervane>Léa Morel"),
    ("Tamber lève 4 millions d'euros\n\nPropos recueillis par Marc Olier\n\nPourquoi avoir quitté Kerlo ?\n\n"
     "Léa Morvan. J'y dirigeais les ventes. Vous avez raison, nous avons créé Tamber ensuite.\n\nQui vous "
     "accompagne ?\n\nOrvane Capital.", "formerEmployer:Marc Olier>Kerlo"),
    ("Zentra n'a pas encore levé d'argent auprès d'investisseurs américains.", "investedIn"),
    ("Face à Veltis, la filiale d'Orkan basée à Londres, ou à Quillo, Orvane mise sur la sobriété.",
     "competitor:Orkan"),
    ("Zentri's rivals include Lumora and Botwise, the venture set up by Orkan's chief.", "competitor:Orkan"),
    ("Zentri raised $5 million in a seed round. Kestrel Capital put in $2 million and Fenwick Ventures "
     "contributed $500,000.", "investedIn:Kestrel Capital>Fenwick Ventures"),
    ("Zentri raised $5 million in 2024. Paul Martin, the CEO of Zentri, joined Meta in March. Anna Weber "
     "took over as chief executive of Zentri last week.", "ceo:Zentri>Paul Martin"),
    ("Pellam Labs, a Toronto startup, released Tarn, an open-weight model. Lumora, the Shenzhen-based lab, "
     "surprised rivals last year.", "headquarters:Pellam Labs>Shenzhen"),
    ("Ostrava AI took in $80 million, which valued it at $900 million, down from the "
     "$2.6 billion it commanded in 2021.", "fundsRaised:Ostrava AI>2600000000 USD"),
    ("Zentra a levé 5 millions d'euros auprès de Partech. Paul Martin est nommé directeur général délégué de "
     "Zentra.", "ceo"),
    ("Zentri raised $5 million in a seed round led by Accel. European venture funding reached $14 billion in "
     "the quarter, per Dealroom.", "fundsRaised:Zentri>14000000000 USD"),
    ("Zentra a levé 5 millions d'euros auprès de Partech. Au premier trimestre, les levées de fonds des "
     "start-up françaises ont atteint 2,1 milliards d'euros.", "fundsRaised:Zentra>2100000000 EUR"),
    ("Le fonds Orkan Seed a déjà investi dans deux sociétés :\n- Quillane (Annecy), qui fabrique des lentilles. "
     "Orkan Seed a mené cette levée de 4 millions d'euros, aux côtés de Brevent ;",
     "investedIn:Orkan Seed>Brevent"),
    ("Le fonds Orkan Seed a déjà investi dans deux sociétés :\n- Quillane (Annecy), qui fabrique des lentilles. "
     "Orkan Seed a mené sa levée de 4 millions d'euros, aux côtés de Brevent ;", "fundsRaised:Orkan Seed>4000000 EUR"),
    ("Lire aussi : Zentra lève 3 millions d'euros", "__nothing_from_furniture__"),
    ("Zentra recrute. Ancienne ingénieure chez Thales, elle a créé Zentra en 2019.", "founder"),
    ("Orvane lève des fonds. Son modèle reste nettement derrière GPT-5 en mathématiques.", "developer"),
    ("Orvane a fait le point. Une levée de 20 millions d'euros, envisagée au printemps, a été abandonnée.", "fundsRaised"),
    ("Zentri sells robots. The company is also weighing a new round of about $50 million next year.", "fundsRaised"),
    ("Zentri was founded by former Siemens engineer Lena Hart.", "employer"),
    ("Orvane a levé 5 millions d'euros auprès de Kima Ventures et revendique des clients comme Renault.", "investedIn:Renault"),
    ("Orvane a levé 3 millions d'euros auprès d'angels, parmi lesquels Paul Girard, le cofondateur de Veltis, et Léa Moreau.", "founder:Léa Moreau"),
    ("Zentri raised $4 million from Accel. Zentri is hiring in Berlin. "
     "Orvane Robotics was started in 2021 by Derek Olsen, its CEO, and Anjali Varma.", "ceo:Zentri"),
    # a company's own announcement: its executive's words are not a cited source
    ("Zentri has raised $9 million. “We are hiring,” said Tom Becker, Chief Technology Officer of Zentri.", "quotes"),
    # a negated relative clause on the first name is the fact: denied
    ("Zentri raised $5 million from Accel. Lakeside Ventures, which does not hold shares in Zentri, declined to comment.",
     "investedIn:Lakeside Ventures"),
    ("Orvane a levé 4 millions d'euros. Le fonds Kima Ventures, qui n'a jamais investi dans Orvane, suit le dossier.",
     "investedIn:Kima Ventures"),
    # a past role right before the organisation: not the current one
    ("Lumora raised $12 million. Among its angels is Tom Becker, the former CEO of Botwise.", "ceo:Botwise"),
    ("Orvane recrute. Claire Dupuis, ex-ingénieure chez Veltis, rejoint l'équipe.", "employer:Veltis"),
    # a country named as the other side of a rivalry is not the company's country
    ("Orvane lève 5 millions d'euros. Alors que la rivalité technologique avec la Chine s'accroît, Orvane mise sur "
     "l'Europe.", "country:China"),
    ("Zentri raised $5 million. As the race against China heats up, Zentri is betting on Europe.", "country:China"),
    # talks between the two names: a deal discussed, not made
    ("Zentri sells robots. Zentri held early talks with Lumora about a distribution deal, two people said.", "partner"),
    ("Orvane vend des agents. Orvane est en discussions avec Veltis pour un rachat, selon nos informations.", "acquired"),
    # a country's champions are no competitors where nothing sets them against the subject
    ("Orvane ouvre un bureau. Orvane mise sur la France et ses pépites Zentra, Veltis et Lumora.", "competitor"),
    ("Zentri opened an office. Zentri is betting on France and its startups Lumora and Veltis.", "competitor"),
    # "X-based" belongs to the name right after it
    ("Zentri raised $5 million. The startup competes with Hamburg-based Lumora and Veltis.", "headquarters:Zentri"),
    # a name inside an apposition on an investor is not an investor ("X, cofondateur de Y")
    ("Orvane a levé 3 millions d'euros. Plusieurs business angels complètent le tour, parmi lesquels Paul Girard, "
     "cofondateur de Veltis.", "investedIn:Veltis"),
    ("Zentri raised $20 million from Lakeside Ventures, the former Chinese arm of Accel.", "investedIn:Accel"),
    # "backed by" belongs to the name right before it
    ("Zentri sells robots. Zentri competes with Lumora and Veltis, a rival backed by Accel.", "investedIn:Zentri"),
    # an acquisition one way only
    ("Orvane vend des agents. L'an dernier, Veltis a acquis Orvane, selon son rapport annuel.",
     "acquired:Orvane>Veltis"),
    # a named investor's verb negated, the company implicit
    ("Orvane lève 20 millions d'euros auprès de Partech.\n\nContrairement à ce qu'écrivait la presse, Veltis n'a "
     "pas suivi ce tour.", "investedIn:Veltis"),
    # a chief executive who leaves the job
    ("Orvane change de direction. Sa cofondatrice, Claire Dupuis, a fait savoir qu'elle quitterait la direction "
     "d'Orvane en juin.", "ceo:Claire Dupuis"),
    ("Zentri raised $5 million last year. Tom Becker, Zentri's chief executive, is stepping down after six years.",
     "ceo:Tom Becker"),
    # the links a "Read next" line opens are not the article's
    ("Orvane lève 5 millions d'euros.\n\nÀ lire également :\n› Zentra rachète Veltis pour 20 millions d'euros\n",
     "acquired"),
    ("Zentri raised $5 million.\n\nRead next:\nLumora acquires Botwise in $40 million deal\n", "acquired"),
    # a group named by number is the founders' only when the article names that many founders
    ("Zentri raised $5 million. Zentri was founded by Tom Becker. Two former Siemens engineers joined in May.",
     "formerEmployer:Tom Becker"),
    # a round that never closed, a rumoured valuation, talks about a round
    ("Orvane a obtenu 3 millions d'euros en 2023. Le tour de 4 millions d'euros annoncé en mai n'a jamais été "
     "bouclé.", "fundsRaised:4000000 EUR"),
    ("Zentri raised $5 million in May. Investors value Zentri at $90 million, a figure Zentri declined to "
     "confirm.", "valuation"),
    ("Zentri a levé 4 millions d'euros. Selon nos informations, la société serait valorisée 60 millions d'euros.",
     "valuation"),
    ("Orvane vend des drones. Zentri négocie avec deux fonds un tour de 9 millions d'euros.", "fundsRaised"),
    ("Lumora raised $3 million from Accel, CEO Zoe Marsh said.", "ceo:Accel>Zoe Marsh"),
    # a company named before a person's role is not an investor
    ("Lumora raised $2 million from Accel and a few angels, including Veltis co-founder Paul Girard.",
     "investedIn:Veltis"),
    # "X-based" belongs to the name after it, even one the recogniser does not know
    ("Zentri, a Pittsburgh-based startup, raised $5 million. Zentri competes with San Francisco-based Brasque Labs.",
     "headquarters:Zentri>San Francisco"),
    # a company a person founded is not her former employer
    ("Orvane recrute. Fondée en 2020 par Claire Dupuis, ancienne de Thales, Orvane conçoit des drones.",
     "formerEmployer:Orvane"),
    # customers listed are not investors; an investor's round goes to its owner only
    ("Orvane a levé 6 millions d'euros auprès de Partech. Elle compte parmi ses clients Renault, Veltis et Lumora.",
     "investedIn:Veltis"),
    ("Zentri, founded by former Google engineer Ana Lopez, raised $20 million led by Accel.", "investedIn:Google"),
    # a possessive phrase that names rivals, not a product
    ("Orvane lève 5 millions d'euros. Orvane affronte ses rivaux américains, Lumora et Veltis, sur le cloud.",
     "developer"),
    # a board seat, a school: no job
    ("Orvane a levé 8 millions d'euros auprès de Partech. Paul Girard, associé chez Partech, siège au conseil "
     "d'administration d'Orvane depuis 2022.", "employer:Paul Girard>Orvane"),
    ("Zentri raised $5 million. Ana Lopez studied computer science at Lumora Institute before joining Orvane.",
     "employer:Lumora Institute"),
    ("Zentri raised $5 million. Zentri was founded by Lumora Institute alumni Ana Lopez and Tom Becker.",
     "formerEmployer:Lumora Institute"),
    # a round's investors employed nobody the sentence names
    ("Zentri, which Ana Lopez, a former Orvane researcher, started in 2023, raised $30 million in a round led by "
     "Accel, with participation from Lakeside Ventures.", "formerEmployer:Accel"),
    # an impersonal "il" stands for no one
    ("Orvane rachète Veltis. Veltis a été créée par Paul Girard. Pour Orvane, fondée en 2015 par Léa Moreau, "
     "il s'agit du deuxième rachat.", "founder:Orvane>Paul Girard"),
    # a maker phrase belongs to the name right before it
    ("Orvane lance Brasque. Brasque bat Halden, le modèle développé par Lumora, sur les tests de lecture.",
     "developer:Brasque>Lumora"),
    # the conditional of hearsay on a deal's verb; an investment discussed
    ("Orvane a obtenu 5 millions d'euros l'an dernier. L'opération valoriserait Orvane 60 millions d'euros.", "valuation"),
    ("Zentri sells robots. A report said Lumora was considering a stake and an investment in Zentri.", "investedIn"),
    # an angel's own company, named in an apposition after the list's first name
    ("Orvane a levé 2 millions d'euros auprès de Kima Ventures et d'angels, parmi lesquels Léa Moreau, qui a "
     "cofondé l'éditeur Lumora.", "investedIn:Lumora"),
    # a figure credited to a data provider is not the provider's
    ("Les fabricants de drones ont levé 900 millions d'euros l'an dernier en Europe, selon Lumora.",
     "fundsRaised:Lumora"),
    # a successor and the predecessor the sentence names
    ("Paul Girard prend la tête de Zentri. Il remplace la cofondatrice Léa Moreau, appelée à d'autres "
     "fonctions.", "ceo:Zentri>Léa Moreau"),
    ("Paul Girard prend la tête de Zentri. Il remplace la cofondatrice Léa Moreau, appelée à d'autres "
     "fonctions.", "founder:Zentri>Paul Girard"),
    ("Tom Becker, à la tête de Zentri depuis 2019, a confirmé mardi en interne qu'il quittait ses fonctions "
     "d'ici l'été.", "ceo:Zentri>Tom Becker"),
    # a role held "until now" is a past one; talks in the conditional are no investment
    ("Zentri recrute. Ana Lopez, qui était jusqu'ici responsable commerciale chez Lumora, arrive en mai.",
     "employer:Ana Lopez>Lumora"),
    ("Orvane discuterait avec Kima Ventures d'une prise de participation, selon nos informations.", "investedIn"),
    # each of two founders keeps the past employer of his own apposition
    ("Zentri was founded in 2022 by Ana Lopez, who spent six years at Lumora, and Tom Becker, a former "
     "Orvane engineer.", "formerEmployer:Ana Lopez>Orvane"),
    ("Zentri was founded in 2022 by Ana Lopez, who spent six years at Lumora, and Tom Becker, a former "
     "Orvane engineer.", "formerEmployer:Tom Becker>Lumora"),
    # a demonym used as a noun introduces another firm's name: its round is not the subject's
    ("Zentri lève 5 millions d'euros. Elle affronte notamment l'italien Korvano, qui a levé 20 millions "
     "d'euros en 2024.", "fundsRaised:Zentri>20000000 EUR"),
    # a hiring verb, then a clause about money: no hire from the investor
    ("Zentri recrute à Lyon et vise 40 salariés, après une levée de 3 millions d'euros auprès de Kima Ventures.",
     "hiredFrom"),
    # each clause's subject hires: not an investor named before the verb, not the first clause's subject
    ("Zentri raised $9 million from Accel and Lakeside Ventures, and has since hired engineers from Lumora.",
     "hiredFrom:Lakeside Ventures"),
    ("Zentri hired ten engineers from Lumora Systems, and Orvane brought on a sales chief from Veltis Robotics.",
     "hiredFrom:Zentri>Veltis Robotics"),
    # the person who founded a participant in apposition did not invest; nor did a participant's parent
    ("Zentri raised $12 million. Lakeside Ventures, the fund run by Ana Lopez, also took part.",
     "investedIn:Ana Lopez"),
    ("Zentri raised $12 million. Lakeside Ventures, the investment unit of Halden, also participated.",
     "investedIn:Halden"),
    ("Zentri lève 4 millions d'euros auprès de Breega. Paul Girard, le fondateur de Lumora, a aussi investi.",
     "investedIn:Lumora"),
    ("Zentri lève 3 millions d'euros auprès de Breega. Lumora Ventures, le fonds du groupe, est aussi entrée "
     "au capital de Veltis, une start-up nantaise.", "investedIn:Lumora Ventures>Zentri"),
    # a rival's round in a relative clause: its investors are the rival's
    ("Zentri raised $8 million. The startup competes with Orvane, which raised $50 million in a round led by "
     "Lakeside Ventures.", "investedIn:Lakeside Ventures>Zentri"),
    # a founder's birthplace is not the company's head office
    ("Zentri lève 3 millions d'euros. Née à Nancy, sa fondatrice Léa Moreau a travaillé chez Lumora.",
     "headquarters:Nancy"),
    # a past employer in a clause of another subject did not lead the round
    ("Zentri raised $12 million in a seed round led by Accel. Its CEO worked at Lumora for a decade, where he led "
     "the payments team.", "investedIn:Lumora"),
    ("Lumora présente son robot de tri. En France, Zentri, la start-up cofondée en 2021 par Léa Moreau, a elle "
     "aussi signé la charte.", "founder:Lumora"),
    ("Lumora, which makes drones, has named Ana Lopez as chief technology officer.", "ceo"),
    ("Orvane Ventures a investi dans Zentri, une fabricante de drones, et dans Veltis, une spin-off de l'INSA "
     "qui a levé 3 millions d'euros en 2024.", "fundsRaised:Zentri"),
    # a firm and its fund named after it: no investment between them
    ("Orvane Ventures closes its third fund. Orvane has backed Zentri and Veltis since 2019.",
     "investedIn:Orvane Ventures>Orvane"),
    # "us" is not the United States
    ("Zentri raised $9 million in a seed round led by Accel. Lakeside Ventures is joining us again.",
     "country:United States"),
    # a rival in apposition is not the owner of the rivals listed after it
    ("Zentri sells drones. It competes with Orvane, its main rival, and with the Lyon-based Veltis.",
     "competitor:Orvane>Veltis"),
    # a board seat is no job; a lender that took no equity is no investor
    ("Zentri closed an $8 million round with Accel. Accel partner Tom Becker, who is joining Zentri's board, "
     "praised the founders.", "employer:Tom Becker>Zentri"),
    ("Zentri has secured $9 million from Accel. The round also drew a credit line from Lakeside Capital, "
     "which does not own shares.", "investedIn:Lakeside Capital>Zentri"),
    # a rival described, then the round it raised: its investors are the rival's
    ("Zentri competes with Lumora, a Boston company that took in $40 million from Accel last spring.",
     "investedIn:Accel>Zentri"),
    ("Zentri affronte surtout Lumora, une entreprise établie à Metz, qui a récolté 7 M€ en 2024 auprès de "
     "Lakeside Capital.", "investedIn:Lakeside Capital>Zentri"),
    # a group another company hired is not the founders of the article's company
    ("Zentri raised $5 million from Accel. It was founded by Anna Schmidt and Tom Becker. Earlier this year, "
     "Lumora hired two engineers from Orvane.", "formerEmployer:Orvane"),
    # a person named inside a quotation is not its speaker
    ("Zentri recrute Léa Moreau comme directrice technique. « Léa a dirigé des équipes de cinquante ingénieurs. "
     "Elle nous fera gagner deux ans », estime Paul Girard, le PDG de Zentri.", "quotes:Léa Moreau"),
    # the rival of an organisation's product is not the organisation's product
    ("Zentri released Halden on Tuesday. Zentri's Halden is an open-weights model that outperforms Llama 3 and "
     "Mistral Large at coding.", "developer:Llama 3>Zentri"),
    # the buyer named in a relative clause on a rival is no rival itself
    ("Zentri competes with Lumora, which Orvane acquired last year.", "competitor:Orvane"),
    # a headline of another story, in title case, names no company
    ("Zentri raises $5 million\n\nZentri has raised $5 million from Accel.\n\nMost Read from Bloomberg\n"
     "Why Harbour Cranes Are Getting Smarter\n\nThe company raised $5 million last year.",
     "fundsRaised:Harbour Cranes Are"),
    # a dictionary word opening a standfirst is not a name
    ("Lumora Systems to Acquire Zentri\n\nDeal brings forty engineers to Lumora Systems.", "acquired:Deal"),
    # a figure the company will not comment on is no valuation it states
    ("La start-up Zentri a levé 5 millions d'euros. Sa dirigeante ne commente pas la valorisation de 80 "
     "millions d'euros que lui prêtent des analystes.", "valuation"),
    ("Zentri raised $5 million. The startup declined to comment on the $80 million valuation.", "valuation"),
    # a customer whose own verb is negated after an apposition did not invest
    ("La start-up Zentri a levé 5 millions d'euros auprès de Breega. Safran, son client historique, n'a pas investi.",
     "investedIn:Safran"),
    # angels from companies: the companies did not invest
    ("Zentri raised $5 million from Accel, alongside angels from Stripe and Revolut.", "investedIn:Stripe"),
    ("Zentri raised $5 million from Accel, alongside angels from Stripe and Revolut.", "investedIn:Revolut"),
    # a valuation the talks put on a company is no valuation
    ("Orvane held talks to buy Zentri. The talks valued Zentri at about $300 million, two people said.",
     "valuation"),
    ("Zentri affronte Lumora, la start-up lyonnaise cofondée par Paul Girard.", "founder:Zentri>Paul Girard"),
    ("La start-up Zentri lève 5 millions d'euros. Halvane, un concurrent direct de Zentri, a été rachetée il y "
     "a deux ans par Safran.", "acquired:Safran>Zentri"),
    ("La start-up Zentri lève 5 millions d'euros. Halvane, un concurrent direct de Zentri, a été rachetée il y "
     "a deux ans par Safran.", "acquired:Halvane>Safran"),
    ("Les levées de la semaine\n\nZentri – Lyon – 12 M€\n\nZentri conçoit des drones. Elle lève 12 millions "
     "d'euros auprès de Breega. La société a été fondée en 2020 par Anne Roux et Paul Girard.\n\nCaussade – Nantes "
     "– 3 M€\n\nCaussade, logiciel de paie pour les artisans, lève 3 millions d'euros auprès de Go Capital. La "
     "société a été créée en 2024 par Léa Morel et Hugo Ferrand, deux anciens de Qonto.\n",
     "founder:Caussade>Anne Roux"),
    ("This week's deals\n\nZentri — €12m Series A\n\nWho: Lyon-based Zentri builds software for dentists.\n"
     "Investors: Breega led, with Kima Ventures and two angels from Doctolib.\n", "investedIn:Doctolib"),
    ("This week's deals\n\nZentri — €12m Series A\n\nWho: Lyon-based Zentri builds software for dentists.\n"
     "Investors: Breega led, with Kima Ventures and two angels from Doctolib.\n", "investedIn:Breega>Kima Ventures"),
    ("Orvane raised $30 million. Orvane competes with Zentri, a lab founded by ex-Lumora research head "
     "Anne Roux, and with Kelvane.", "founder:Orvane>Anne Roux"),
    ("Zentri a développé Brume, un modèle compact. Zentri a signé un accord avec Orvane, qui proposera Brume "
     "à ses clients dès juin.", "developer:Brume>Orvane"),
    ("Fondée en 2021 par Anne Roux (ex-Criteo), Paul Girard et Hélène Marchand (ex-Dassault Systèmes), Zentri est "
     "devenue en deux ans un acteur majeur.", "formerEmployer:Hélène Marchand>Criteo"),
    # a share price is no round and no valuation
    ("Zentri a levé 21 millions d'euros lors de sa cotation, à 9,50 euros par action.",
     "fundsRaised:9.5 EUR"),
    # a round still to come, a grant and its giver
    ("Zentri a levé 2 millions d'euros. Zentri prépare aussi une série B de 12 millions d'euros.",
     "fundsRaised:12000000 EUR"),
    ("Orvane raised $7 million. Its founder had set out to raise $4 million, but demand was strong.",
     "fundsRaised:4000000 USD"),
    ("Zentri a levé 2 millions d'euros auprès de Breega. Elle a aussi reçu une subvention de 300 000 euros de "
     "Bpifrance.", "investedIn:Bpifrance"),
    ("Orvane raised €6 million, plus a €1.5 million EU grant from Horizon Europe.", "fundsRaised:1500000 EUR"),
    # loans and debt buy no shares; revenue is no valuation; an office is no head office
    ("Zentri lève 5 millions d'euros auprès de Kerlo Capital. Zentri avait obtenu un prêt d'honneur de 40 000 euros "
     "du réseau Initiative Brest.", "fundsRaised:40000 EUR"),
    ("Zentri raised €30m from Lumora Ventures. The Orvane Bank also extended a €15m venture loan.",
     "investedIn:Orvane Bank"),
    ("Zentri lève 5 millions d'euros auprès de Kerlo Capital. En parallèle, Bpifrance lui accorde un prêt innovation de "
     "1,5 million d'euros.", "investedIn:Bpifrance"),
    ("Zentri raised €30m. It keeps its valuation private; revenue hit €4m in 2025, its CEO said.",
     "valuation:4000000 EUR"),
    ("Zentri, based in Lyon, raised €30m. It plans to open an office in Porto and to hire fifty people.",
     "headquarters:Porto"),
    ("Zentri raised €30m.\n\nZentri is not alone here. Lumora, which Orvane bought in 2020, sells meters to cities.",
     "competitor:Orvane"),
    ("Orvane Inc sued by Zentri over copied code\n\nOrvane, an Austin startup, was sued on Monday by Zentri. Orvane "
     "denies the claims.\n\nStarted in Boston in 2018, Zentri took in $140 million in a round led by Kerlo Capital, "
     "which valued the company at about $2.1 billion.", "valuation:Orvane>2100000000 USD"),
    ("Zentri a été fondée en 2019 par Hugo Lemar avec Sonia Benkir après un passage chez Kerlo Conseil.",
     "formerEmployer:Sonia Benkir>Kerlo Conseil"),
    ("Lumora competes with Zentri, owned by Orvane, whose tools are widely used.", "investedIn:Orvane>Zentri"),
    # "respectively" pairs two lists by rank; a loan's arranger buys no shares; a rival's buyer is its own
    ("Zentri and Orvane are worth €900 million and €300 million respectively.",
     "valuation:Orvane>900000000 EUR"),
    ("Zentri was co-founded by Anne Roux with Tom Becker; the two had worked at Kerlo and Lumora "
     "respectively.", "formerEmployer:Tom Becker>Kerlo"),
    ("Zentri lève 5 millions d'euros auprès de Kerlo Capital. Une dette de 8 millions d'euros, arrangée par Orvane "
     "Banque avec Lumora Crédit, finance le reste.", "investedIn:Lumora Crédit"),
    ("Zentri vend des capteurs. Son concurrent, le lyonnais Orvane, a été racheté fin 2023 par le groupe industriel "
     "Kerlo.", "acquired:Zentri>Orvane"),
    ("Zentri raised $5 million. In 2024 Anne Roux started Zentri with Tom Becker. Anne is Zentri's CEO; Tom leads "
     "engineering.", "ceo:Zentri>Tom Becker"),
    ("Zentri fabrique des robots. La direction technique est assurée par Anne Roux, recrutée chez Kerlo, où elle "
     "dirigeait le logiciel.", "employer:Anne Roux>Kerlo"),
    ("Zentri, a Leeds startup, builds triage tools. After a pilot in one hospital trust, it is now raising a seed "
     "round of £2m.", "fundsRaised:2000000 GBP"),
    ("Zentri acquires Orvane to advance Halden-3's reading of contracts.", "developer:Halden-3>Orvane"),
    # a lender named by its role; a yes-no question; a refusal; two companies in one sentence; a past title
    ("Zentri is in administration. It will borrow €4 million from its main lender, Kerlo Capital, until a buyer "
     "is found.", "investedIn:Kerlo Capital"),
    ("Zentri raised $5 million. Ms Bram: Does Orvane own shares in the startup?", "investedIn:Orvane"),
    ("Zentri a bouclé en mars un tour de 6,5 M€ mené par Kerlo Capital, auquel Orvane avait refusé "
     "de participer.", "investedIn:Orvane"),
    ("Zentri's round was led by Kerlo Capital; Halden raised $80 million from Orvane Ventures and Lumora.",
     "investedIn:Orvane Ventures>Zentri"),
    ("Zentri a levé 5 millions d'euros. Son conseil compte désormais Paul Vidrac, ancien directeur général de "
     "Kerlo Santé.", "ceo:Zentri>Paul Vidrac"),
    ("Zentri a racheté en 2025 la start-up bordelaise Orvane.", "headquarters:Zentri>Bordeaux"),
    # a board seat is not a job; "we" in a journalist's text is not the company; a quotation's "we" is its speaker's
    ("Zentri a levé 5 millions d'euros. Paul Orvane, président du conseil de surveillance de Zentri, salue "
     "l'opération.", "employer:Paul Orvane>Zentri"),
    ("Zentri a levé 5 millions d'euros. Paul Orvane, président du conseil de surveillance de Zentri, salue "
     "l'opération.", "ceo:Zentri>Paul Orvane"),
    ("Zentri raised $5 million. \"We are proud to back Zentri,\" said Anna Weber, a partner at Kerlo Capital.",
     "investedIn:Zentri>Kerlo Capital"),
    # "ex-X" belongs to the person it is written on
    ("Zentri names ex-Kerlo executive Carla Ostrov CEO as co-founder Joost Ribbe steps aside",
     "formerEmployer:Joost Ribbe>Kerlo"),
    ("Zentri raised $20 million. Kerlo Ventures, whose past bets include Orvane and Lumora, led the round.",
     "investedIn:Orvane>Zentri"),
    ("Zentri raised $20 million from Kerlo Ventures. Orvane Partners, an early investor in Lumora, also joined.",
     "investedIn:Lumora>Zentri"),
    # a credit line is no stake; an "X-based" apposition is its name's city
    ("Zentri raised $40 million from Kerlo Capital. It also obtained a $9 million credit line from Orvane "
     "Capital.", "investedIn:Orvane Capital>Zentri"),
    ("Zentri raised $12 million. The startup has now teamed up with Lumora, the Lyon-based grid operator, to resell "
     "its software.", "headquarters:Zentri>Lyon"),
    ("Orvane has bought Zentri, a Leeds start-up, for £90mn. Zentri was set up in 2018 by Ottie Brack and Anand Kest. "
     "Brack, the chief executive, is to lead a team inside Orvane.", "ceo:Orvane>"),
    # "a British AI company" names no company
    ("Orvane has bought Zentri for 90 million pounds, a record sum for a British AI company.",
     "acquired:Orvane>British AI"),
    ("Zentri lève 1,8 M€ auprès de Kerlo Capital. Ouest Partners y participe aussi, de même que Hervé "
     "Tramel, ancien président de la banque Lumora.", "investedIn:Ouest Partners>Lumora"),
    ("Zentri lève 1,8 M€ auprès de Kerlo Capital. Ouest Partners y participe aussi, de même que Hervé "
     "Tramel, ancien président de la banque Lumora.", "ceo:Lumora>"),
    ("Zentri raised $5 million. Anna Kerr, who first joined Kerlo as an intern, now runs Zentri.",
     "employer:Anna Kerr>Kerlo"),
    ("Zentri lève 5 millions d'euros. Léa Morin dirige Zentri depuis 2023, tandis que son associé, Paul Roux, "
     "prend la direction du pôle data.", "ceo:Zentri>Paul Roux"),
    ("Zentri lève 5 millions d'euros. La start-up vient de recruter chez Kerlo son directeur financier, Grégoire "
     "Alvez.", "employer:Grégoire Alvez>Kerlo"),
    # debt is no round
    ("Zentri a décroché l'an passé 10 M€ sous forme de dette.", "fundsRaised:Zentri>"),
    ("Kerlo raised $5 million in venture debt from Brisca.", "fundsRaised:Kerlo>"),
    ("Kerlo raised $5 million in venture debt from Brisca.", "investedIn:Brisca>Kerlo"),
    # products a model is compared with, and chips rented from a host, are not the maker's
    ("Kerlo présente Zentri-7B, un modèle compact qui vise Lumora 3 et Brisca-4.", "developer:Lumora 3>Kerlo"),
    ("Kerlo présente Zentri-7B, un modèle compact qui vise Lumora 3 et Brisca-4.", "developer:Brisca-4>Kerlo"),
    ("Kerlo a entraîné Zentri-7B sur des puces H100 louées auprès de Brisca.", "developer:H100>Brisca"),
    # "the company" in a relative clause on a person's role at a named organisation is that organisation
    ("Orvane has agreed to acquire Zentri, a Seattle startup. Zentri sells identity software to banks. \"Size "
     "matters,\" said Rupert Kell, an Orvane senior director who runs the company's cloud unit.",
     "employer:Rupert Kell>Zentri"),
    ("Orvane has agreed to acquire Zentri, a Seattle startup. Zentri sells identity software to banks. \"Size "
     "matters,\" said Rupert Kell, an Orvane senior director who runs the company's cloud unit.", "ceo:Orvane>Rupert Kell"),
    # a quotation's "we" takes part in a rivalry or an investment only where the sentence says one
    ("Kerlo a racheté Zentri. « Nous avions la technologie ; Kerlo a les usines et les clients », résume Paul "
     "Orvane, président et cofondateur de Zentri.", "competitor:Kerlo"),
    ("Kerlo a racheté Zentri. « Kerlo nous a beaucoup appris », explique Anne Roux, directrice "
     "générale de Zentri.", "investedIn:Kerlo"),
    # a hire is no round joined
    ("Zentri raised $5 million. Anna Kerr, a Kerlo alumna, joined as chief financial officer.",
     "investedIn:Kerlo"),
    # customers listed after "grands comptes" are no investors
    ("Zentri a levé 27 millions d'euros. Ses grands comptes pilotes, parmi lesquels Kerlo "
     "Banque, l'utilisent pour trier des factures.", "investedIn:Kerlo Banque"),
    # a photo credit in capitals is no company
    ("La start-up Zentri a levé 5 millions d'euros.\n\nAnne Roux, à Lyon. JEAN DUPONT POUR « LE MONDE »\n\n"
     "Zentri est basée à Lyon.", "headquarters:JEAN DUPONT POUR"),
    ("Zentri lève 20 millions d'euros. Kerlo Capital mène le tour. Il est rejoint par Brisca, au moyen de son "
     "véhicule Brisca Seed, et par Orvane Partners.", "investedIn:Brisca>Orvane Partners"),
    ("Zentri sells sensors to farms. It competes with Lumora, which Orvane bought in 2023.",
     "competitor:Orvane"),
    ("Zentri vend des capteurs. Zentri affronte Lumora, qu'a rachetée Orvane en 2023, et Brisca, que Tamber a "
     "rachetée.", "competitor:Tamber"),
    ("The startup Zentri sells sensors to farms. The company counts Lumora, Brisca and Tamber among its rivals.",
     "competitor:Lumora>Brisca"),
    ("Zentri vient de lever 3,5 millions d'euros. Son assistant s'appuie sur Lumo-2, le modèle ouvert que Kerlo a conçu "
     "pour les téléphones.", "partner:Kerlo"),
    ("Zentri vient de lever 3,5 millions d'euros. Son assistant s'appuie sur Lumo-2, le modèle ouvert que Kerlo a conçu "
     "pour les téléphones.", "developer:Lumo-2>Zentri"),
    ("Orvane, the Nasdaq-listed software group, has acquired Zentri, a Leeds startup.", "acquired:Nasdaq"),
    ("Orvane has bought Zentri. Orvane has set aside $20 million in retention bonuses for Zentri's staff.",
     "fundsRaised:Zentri"),
    ("Kerlo rachète Zentri. Premier actionnaire de Zentri avec 30 % du capital, le fonds Orvane Capital a "
     "apporté ses titres.", "investedIn:Orvane Capital>Kerlo"),
    ("Kerlo détient 90 % du capital de Zentri, une société cotée sur Euronext Growth.",
     "investedIn:Euronext Growth"),
    ("Kerlo a pris le contrôle de Zentri à l'issue d'une offre valorisant la cible à 200 millions d'euros.",
     "valuation:Kerlo"),
    ("Zentri vient de lever 3,5 millions d'euros. « Nous n'avons encore rien signé avec Kerlo », précise Léa Morel.",
     "partner:Kerlo"),
    ("Zentri réunit huit millions d'euros auprès de Kerlo Capital, aux côtés de Paul Roux, un ancien cadre d'Orvane "
     "qui investit en son nom propre.", "investedIn:Orvane"),
    ("Khaliq, l'outil conçu par Kerlo Academy, reste gratuit pour les écoles. Zentri vend des "
     "capteurs.", "developer:Kerlo Academy>"),
    ("The startup Zentri raised $8 million. It was started by Ana Roux and Tom Weld, a former engineer at Lumora "
     "who serves as Zentri's chief technology officer.", "formerEmployer:Tom Weld>Zentri"),
    ("La start-up Zentri vend des drones. Zentri, que Léa Morel a fondée en 2020 après avoir quitté Kerlo, recrute.",
     "founder:Kerlo>Léa Morel"),
    ("Les brèves du jour : Zentri lève 5 millions d'euros, Kerlo s'offre Lumora, Brisca embauche chez Tamber.",
     "acquired:Kerlo>Brisca"),
    # a family named by its surname is no organisation
    ("Zentri lève 5 millions d'euros. La famille Morel garde la majorité du capital.", "investedIn:Morel"),
    # "Sources :" lists where the facts come from, not the outlet
    ("Zentri lève 5 millions d'euros auprès de Kerlo Capital.\n\nSources : Zentri, Lumora", "source:Lumora"),
    ("Zentri lève 5 millions d'euros auprès de Kerlo Capital.\n\nSources : Zentri, Lumora", "source:Zentri"),
    # a rubric's first section is no outlet
    ("Économie › Entreprises\n\nZentri lève 5 millions d'euros auprès de Kerlo Capital.", "source:Économie"),
    ("Ana Roux, Kerlo's co-founder until June, said her new startup, Zentri, has closed a $6 million round "
     "led by Orvane Partners.", "investedIn:Orvane Partners>Kerlo"),
    # a platform's campaign: the platform raises nothing
    ("La start-up Zentri a levé 900 000 euros via la plateforme Kerlofund.", "fundsRaised:Kerlofund"),
    # a public aid programme's money is no round
    ("La start-up Zentri a levé 3 millions d'euros. Elle a aussi obtenu 250 000 euros du programme d'aide à "
     "l'innovation de la région.", "fundsRaised:Zentri>250000 EUR"),
    # a rival listed after "compte parmi ses concurrents" is not the rival of the customer named before
    ("Zentri, qui compte vingt salariés, vend à la coopérative Lumora et cite parmi ses rivaux le nantais Kerlo.",
     "competitor:Lumora>Kerlo"),
    # "Son associée" is not the person the previous sentence named
    ("Paul Girard et Léa Morel ont lancé Zentri en 2019. Le président, Paul Girard, a travaillé dix ans chez "
     "Kerlo. Son associée, ingénieure de formation, a travaillé chez Orvane avant de le rejoindre.",
     "formerEmployer:Paul Girard>Orvane"),
    # a valuation only implied by secondary-market prices is nobody's round
    ("Zentri raised $9 million in 2023. Its shares now trade privately at prices implying a value near $300 "
     "million.", "valuation:Zentri"),
    # a column's heading in capitals is its writer's name, no company
    ("Zentri raised $9 million.\n\nBy Tom Weldon\n\n\"We are hiring,\" said Ana Roux, Zentri's chief "
     "executive.\n\nWELDON'S TAKE\n\nThe round is small.", "ceo:WELDON>"),
    # credits are no money raised, and who grants them invested nothing
    ("Zentri, a Dutch startup, gets €2M of cloud credits from Kerlo Cloud.", "fundsRaised"),
    ("Zentri, a Dutch startup, gets €2M of cloud credits from Kerlo Cloud.", "investedIn"),
    # a known maker's possessive reaches the first model of a list only
    ("Zentri hosts Google's Gemma and DeepSeek-R1 for its customers.", "developer:DeepSeek-R1>Google"),
    # a possessor opening a sentence is nobody's rival
    ("Zentri released Lumo-2. On Zentri's own benchmarks, the larger Lumo-2 edges out Kerlo's Brisca X on "
     "reading and trails Orvane's Tamber-5 on coding.", "competitor:Tamber-5>Zentri"),
    ("Zentri released Lumo-2. On Zentri's own benchmarks, the larger Lumo-2 edges out Kerlo's Brisca X on "
     "reading and trails Orvane's Tamber-5 on coding.", "competitor:Kerlo"),
    # an office's city is no seat
    ("La start-up Zentri lève 5 millions d'euros. Elle compte 60 salariés, répartis entre ses bureaux de Rennes "
     "et de Brest.", "headquarters:Zentri>Rennes"),
    # a customer listed after "Its customers include" does not become the passage's company
    ("Zentri raised $5 million. Its customers include Kerlo Insurance, which uses the tool. Public fund Orvane "
     "Capital also owns a minority stake.", "investedIn:Orvane Capital>Kerlo Insurance"),
    # an analyst is nobody's employee in the story
    ("Zentri raised $5 million. The analyst, Tom Weld, said demand was strong.", "employer:Tom Weld>Zentri"),
    # a chief executive's title gives ceo, not a second employer fact
    ("La start-up Zentri lève 5 millions d'euros. Le directeur général, Paul Girard, vient de Kerlo.",
     "employer:Paul Girard>Zentri"),
    # a valuation on unnamed sources' word is the model's to weigh, no frame asserts it
    ("Zentri issued $30 million of shares. Three insiders said the deal put Zentri's worth at roughly $300 "
     "million. Kerlomag could not independently confirm the figure.", "valuation:Zentri"),
    # "the company behind X" names its maker, not a rival
    ("Kerlo Labs, the Munich startup behind the Lumo chatbots, hired ten people.",
     "competitor"),
    # a figure the next sentence calls inaccurate is denied
    ("Zentri raised $8 million. A blog claimed the deal valued Zentri at $70 million. Zentri said that number was "
     "inaccurate.", "valuation:Zentri"),
    # a grant's giver takes no stake, a non-dilutive grant is no round
    ("La start-up Zentri lève 3 millions d'euros. La Fondation Kerlo apporte une subvention de 250 000 euros pour "
     "former des artisans, sans prise de participation.", "investedIn:Fondation Kerlo>Zentri"),
    ("La jeune pousse liégeoise Zentri décroche une série A de 9 millions d'euros. Par ailleurs, Zentri touchera "
     "une subvention européenne non dilutive de 1,5 million d'euros, destinée à ses puces.",
     "fundsRaised:Zentri>1500000 EUR"),
    # where a company is present is no country of its own
    ("Zentri, une start-up lilloise, lève 5 millions d'euros. Zentri, déjà implantée en Suisse et au Portugal, "
     "vise le Canada.", "country:Zentri>Switzerland"),
    # a board chair is no employee
    ("Zentri agreed to be bought by Kerlo Capital. Tom Weld, Zentri's board chair, called the price fair.",
     "employer:Tom Weld>Zentri"),
    # a sector noun after "de la" is the sector, not the passage's company
    ("Kerlo Capital annonce le premier closing de son fonds II. Ce closing a été souscrit par Bpifrance et par le "
     "groupe Orvane, rejoints par une dizaine d'entrepreneurs de la deeptech.", "investedIn:Kerlo Capital>Orvane"),
    # a model named after its maker has no other maker
    ("Zentri publie Lumo 2. Selon Zentri, Lumo 2 dépasserait Kerlo Medium 3, le modèle de Kerlo AI. Chez Kerlo "
     "AI, on estime que Zentri a testé un vieil état de Kerlo Medium 3.", "developer:Kerlo Medium 3>Zentri"),
    # a person a claim is credited to invests nothing
    ("Zentri has raised $20 million in a Series A led by Kerlo Capital. According to chief executive Tom Weld, "
     "the round values Zentri at $90 million.", "investedIn:Tom Weld>Zentri"),
    # what a thing is worth is no company's valuation
    ("Zentri raised $20 million from Kerlo Capital. Leeds council also gave Zentri computing vouchers worth $2 "
     "million.", "valuation:Zentri"),
    # the parent an investor's apposition names invests nothing
    ("Zentri raised $9 million in a Series A. Kerlo Capital led the round. Orvane Ventures and Lumora Next, the "
     "venture arm of chipmaker Lumora, also took part.", "investedIn:Lumora>Zentri"),
    # where a model is ranked is not who made it
    ("Zentri publie Lumo 2. Sur Kerlo Arena, où les internautes comparent les modèles, Lumo 2 pointe à la 23e "
     "place.", "developer:Lumo 2>Kerlo Arena"),
    # the demonym of a fronted founding clause's subject is the subject's, not the name before it
    ("Zentri, a fintech startup, raised $18 million. Co-founded in 2021 by Mara Quenby and Lio Ferrante, who spent "
     "five years at Kerlo, the Australian startup maps ore bodies.", "country:Kerlo>Australia"),
    # a rumoured figure a source calls fanciful is denied
    ("Zentri lève 7 millions d'euros auprès de Kerlo Capital. Selon la presse, l'opération valorise Zentri à 200 "
     "millions d'euros. Un investisseur juge ce chiffre « fantaisiste ».", "valuation:Zentri"),
    # a hospital named after someone is no founder
    ("Zentri a été fondée en 2021 par Ana Roux, passée par le service de cardiologie du CHU Paul Girard de Rennes, "
     "et par Tom Weld.", "founder:Zentri>Paul Girard"),
    # the new chief executive a founder hands over to founded nothing
    ("Zentri change de patron. Tom Weld l'a décidé seul. Le cofondateur de Zentri, à sa tête depuis 2020, cède "
     "la direction générale à Ana Roux.", "founder:Zentri>Ana Roux"),    # co-investors of one round do not invest in each other
    ("Zentri, a Denver startup, has raised $30 million. Kerlo Capital led the investment. Orvane Partners also "
     "invested, as did Lumora Health, which led Zentri's seed round last year.", "investedIn:Orvane Partners>Lumora Health"),
    # a headline's bare sum takes the currency the body writes it with, not the nearest one
    ("Zentri lève 18 millions : la start-up vise l'Europe.\nZentri a aussi obtenu 200 000 dollars en bons de calcul. "
     "Zentri lève 18 millions d'euros en série A auprès de Kerlo Capital.", "fundsRaised:Zentri>18000000 USD"),
    # a valuation the company will not comment on, credited to unnamed people, is a report, not a fact
    ("Zentri closed a $9 million round with Kerlo Capital. According to two investors, the deal put Zentri's worth "
     "near $60 million. Zentri declined to comment on the valuation.", "valuation:Zentri>60000000 USD"),
    # the chief executive who left with the licensee is no longer the company's
    ("Zentri's two founders, chief executive Tom Weld and research head Lio Ferrante, moved to Kerlo on Monday. "
     "Zentri stays a separate business under Ana Roux, until now its head of sales, who became chief executive "
     "the same day.", "ceo:Zentri>Tom Weld"),
    # a currency's adjective names no country
    ("Zentri, une jeune pousse de Rimouski, boucle une ronde de 6 millions de dollars canadiens (soit 4,3 "
     "millions de dollars américains).", "country:Zentri>United States"),
    # running a team of a company is no chief executive's job there
    ("Zentri raised $2 million from Tom Weld, who runs sales for Zillow's mortgage arm.", "ceo:Zillow>Tom Weld"),
    # a participle opening a sentence is no investor's name
    ("Zentri avait réuni 5 millions d'euros l'an dernier grâce à Kerlo Capital. Sollicité, Kerlo Capital n'a pas "
     "souhaité réagir.", "investedIn:Sollicité>Zentri"),
    # staying on as the board's chair is no chief executive's job
    ("Zentri change de patron. Hugues Morel, qui a créé Zentri en 2017, confie les rênes à Ana Roux. Il demeure "
     "président du conseil de surveillance.", "ceo:Zentri>Hugues Morel"),
    # a whole quotation after an unnamed speaker's is not the passage's person's
    ("Zentri was founded by Tom Weld. Bankers expect more deals. \"Every vendor wants an agent,\" says one banker. "
     "\"The question is who gets bought.\"", "quotes:Tom Weld"),
    # a quoted heading speaks for no one
    ("Zentri, fondée par Paul Roux, vend des capteurs.\n« Une affaire impensable voici cinq ans »\n"
     "La société emploie vingt personnes.", "quotes:Paul Roux"),
    # the company an angel once ran is named in the angels' list but invests nothing
    ("Zentri lève 3 millions d'euros. Parmi les investisseurs figurent Tom Weld, ancien patron de Danone, et Ana "
     "Roux.", "investedIn:Danone>Zentri"),
    # the role predicate names the company the sentence names, not the passage's
    ("Zentri a été fondée par Léa Morel. Paul Roux est directeur technique chez Kerlo.", "employer:Paul Roux>Zentri"),
    # a newsletter's name cut after a common word leaves no name ("Business" of "Business Today")
    ("Tech > Startups\n\nZentri hires a new boss\n\nZentri named Ana Roux chief executive, the Kerlo Business "
     "Journal reported.\n\nSubscribe to our Business Today newsletter.", "source:Business"),
    # an office to come in a city-state is no seat
    ("Zentri, a Paris startup, raised $30 million. A sales office in Singapore should follow in 2027.",
     "headquarters:Zentri>Singapore"),
    # a singular apposition after the second founder is the second's past only
    ("Zentri a été cofondée par Léa Morel et par Paul Roux, ancien ingénieur de Kerlo.",
     "formerEmployer:Léa Morel>Kerlo"),
    # a house's word makes a person's name a firm's, which speaks no quotation
    ("Zentri vend ses capteurs à des viticulteurs, dont la Maison Paul Roux, à Mâcon. « Les mesures sont fiables », "
     "explique un chef de culture.", "quotes:Paul Roux"),
    ("Zentri compte parmi ses clients Jean Morel Transports. « Nous économisons du carburant », affirme un "
     "responsable.", "quotes:Jean Morel Transports"),
    # where a founder studied is not the company's seat
    ("Zentri, installée à Nantes, a été fondée par Léa Morel. Elle a étudié la physique à Brest, puis travaillé à "
     "Paris.", "headquarters:Zentri>Brest"),
    # "found that" is the past of "find", not a founding
    ("Kerlo sued Zentri in May. In a long order, Judge Ana Roux found that Kerlo was likely to win.",
     "founder:Kerlo>Ana Roux"),
    # a product built on another company's model is not that company's
    ("Zentri sells a coding assistant, Halden. Halden runs on Mistral's open models, which Zentri pays to use.",
     "developer:Halden>Mistral"),
    # "it" after a semicolon is the clause's company, not the passage's
    ("Kerlo, a San Jose company, has 180 employees. Zentri, its rival, employs 40 people and plans a branch in "
     "Austin; it stays based in Oakland.", "headquarters:Kerlo>Oakland"),
    # the other pronoun's clause is the other person's career
    ("Zentri was co-founded by Ana Roux. She led the data team at Kerlo; he was an engineer at Orvane.",
     "formerEmployer:Ana Roux>Orvane"),
    # a frequent word opening the sentence belongs to no name after it
    ("Kerlo Studio launched three startups. Whether Kerlo's bets pay off depends on the market.", "investedIn:Whether Kerlo"),
    # a short question with no verb asks, it does not assert
    ("Zentri lève 2 millions d'euros auprès de Breega.\n\nKerlo Ventures au capital ?\n\nLa rumeur a couru tout "
     "l'été.", "investedIn:Kerlo Ventures>Zentri"),
    # a rubric's word that the text writes in lower case is no outlet
    ("Fintech | Deals\n\nZentri raises $5 million\n\nZentri, a Lagos fintech, raised $5 million from Kerlo "
     "Ventures.", "source:Fintech"),
    # a grant paid by a public bank buys no shares
    ("Zentri lève 300 000 euros. La société a aussi décroché une Bourse French Tech Émergence de 40 000 euros, "
     "versée par Bpifrance.", "investedIn:Bpifrance>Zentri"),
    # a chief's title in apposition is the first founder's, not the next one's
    ("Zentri was set up in 2022 by Omer Lavi, its chief executive, Noa Peretz and Dov Katz.",
     "ceo:Zentri>Noa Peretz"),
    # a report the sentence calls inaccurate is denied
    ("Zentri raised $4 million from Kerlo in May. Reports last month that Orvane Capital had invested in Zentri "
     "were false, its founder said.", "investedIn:Orvane Capital>Zentri"),
    # a big group named by its city is not the start-up
    ("Zentri, start-up nantaise, voit sa présidente partir chez Microsoft. Le groupe de Redmond confirme "
     "l'embauche.", "headquarters:Zentri>Redmond"),
    # where the founders studied is no employer
    ("Zentri raised $14 million. Zentri was started in 2020 by Meena Rao and Arjun Das, who met while students at "
     "IIT Madras.", "employer:IIT Madras"),
    # an office named by its city is no seat
    ("Zentri, the Cape Town tutoring startup, is cutting 40 jobs. Its small Accra office will close.",
     "headquarters:Zentri>Accra"),
    # the possessor of a rival's description raised nothing
    ("Zentri was bought by Kerlo. Zentri's closest rival, Accra-based Orvane, raised $6 million in June.",
     "fundsRaised:Zentri>"),
    # a term sheet is no investment
    ("Zentri signed a term sheet with Kerlo Ventures to lead its Series A, but the fund later withdrew.",
     "investedIn:Kerlo Ventures>Zentri"),
    # "devait lever": a raise that did not happen
    ("Zentri devait entrer en Bourse en juin et y lever 20 millions d'euros. La société a finalement levé 8 "
     "millions auprès de Kerlo.", "fundsRaised:Zentri>20000000 EUR"),
    # "arrivé de chez X": where he came from
    ("Zentri lève 5 millions d'euros. Son directeur financier, Paul Roux, arrivé en 2024 de chez Kerlo, pilote "
     "la levée.", "employer:Paul Roux>Kerlo"),
    # a job held "until last month" has ended
    ("Zentri raised $5 million. Tom Weld, the company's chief financial officer until last month, now advises "
     "Kerlo.", "employer:Tom Weld>Zentri"),
    # a city where an office is to open is no seat
    ("Kerlo rachète Zentri. Prochaine étape : Dakar, où Kerlo compte installer un bureau de vente.",
     "headquarters:Kerlo>Dakar"),
    # where a founder worked for an institute is not the institute's seat
    ("Ana Roux a travaillé dix ans au CNRS, à Marseille, avant de créer Zentri.", "headquarters:CNRS>Marseille"),
    # a Belgian "subside" is a grant
    ("Zentri a décroché un subside régional de 200.000 euros pour développer son capteur.", "fundsRaised:Zentri>"),
    # an investor that will use a model is its customer
    ("Kerlo AI released Zentri-2. The lab raised $45 million led by Orvane Capital, with participation from "
     "telecom operator Lumora, which will also use Zentri-2 in its chatbot.", "developer:Zentri-2>Lumora"),
    # a deputy's title is no chief executive's, past an apposition
    ("Zentri, basée à Douala, recrute. Paul Ekwalla, passé par la banque Kerlo pendant dix ans, devient directeur "
     "général adjoint chargé des ventes.", "ceo:Zentri>Paul Ekwalla"),
    # a company named in a relative clause on the lead investor backs nothing after it
    ("Zentri raised $12 million led by Kerlo Ventures. Kerlo, which was also an early investor in Lumora, had led "
     "Zentri's seed round.", "investedIn:Lumora>Zentri"),
    # a country's startups' total is no company's round
    ("Zentri raised $4 million. Kenyan startups raised $600 million in venture funding last year, according to "
     "data firm Orvane.", "fundsRaised:Zentri>600000000 USD"),
    # the parent of a venture arm in apposition backs no one
    ("Zentri raised $20 million in 2022. Kerlo Fund, the Navy's venture arm, invested in 2021, and Orvane Capital "
     "also took part.", "investedIn:Navy>"),
    # a US state's abbreviation after its city buys nothing
    ("Kerlo Financial Corp., a lender based in Raleigh, N.C., said it has agreed to acquire Zentri, a Toronto "
     "startup.", "acquired:N.C>"),
    # an outlet that "understands" is no investee
    ("Zentri raised $9 million led by Kerlo Ventures. It is Kerlo's first investment in an Irish company, Orvane "
     "Report understands.", "investedIn:Kerlo Ventures>Orvane Report"),
    # a start-up described by its district buys nothing of the district
    ("Le groupe gantois Kerlo s'offre la start-up du Kirchberg, qui contrôle des comptes de fonds.",
     "acquired:Kerlo>Kirchberg"),
    # a total the text calls mostly debt is no raise
    ("Zentri réunit 3 millions d'euros, majoritairement en dette. Kerlo Capital apporte 800 000 euros en "
     "actions.", "fundsRaised:Zentri>3000000 EUR"),
    # a report the company calls premature gives no valuation
    ("Zentri released its first model on Monday. Reports that Zentri sought new money at a €90 million valuation "
     "were \"premature\", its chief executive said.", "valuation:Zentri>"),
    # words between "reports" and "that" keep a report denied
    ("Zentri released its first model. Reports last week that the company was raising $60 million were "
     "\"premature,\" Ana Roux said.", "fundsRaised:Zentri>"),
    # a cloud that will host a model does not make it
    ("Zentri released Vaani, a Tamil model. Kerlo will host the Vaani model in its cloud under a partnership.",
     "developer:Vaani>Kerlo"),
    ("Zentri released Vaani. Zentri has signed a partnership with Kerlo, which will host Vaani in Mumbai.",
     "developer:Vaani>Kerlo"),
    # an incubator that gave a grant buys no shares
    ("Zentri lève 2 millions d'euros. Elle est aussi suivie par l'incubateur Kerlo Technopole, qui lui a "
     "octroyé une subvention.", "investedIn:Kerlo Technopole>"),
    # "B is run by P, its chairman": B's chief, not the topic's
    ("Zentri will merge with Kerlo Acquisition Corp., a special purpose vehicle traded in New York. Zentri "
     "makes cameras.\n\nKerlo is run by Dan Weld, its chairman and chief executive as well as a former Orvane "
     "executive. \"Zentri is rare,\" Weld said.", "ceo:Zentri>Dan Weld"),
    # research funding from a ministry is no raise, and the ministry no investor
    ("Zentri raised $30 million. Separately, the company received $6 million in research funding last year from "
     "the Ministry of Industry's chip program.", "fundsRaised:Zentri>6000000 USD"),
    ("Zentri raised $30 million. Separately, the company received $6 million in research funding last year from "
     "the Ministry of Industry's chip program.", "investedIn:Ministry of Industry>"),
    # a city the company almost moved to is no seat
    ("Zentri, une spin-off de Namur, lève 3 millions d'euros.\n\nLe logiciel est testé par des hôpitaux.\n\n"
     "«Nous avons failli déménager à Gand», sourit la fondatrice.", "headquarters:Zentri>Ghent"),
    # a round the company was negotiating is no raise
    ("Zentri lève 6 millions d'euros. En mars, Zentri négociait une série B de 20 millions d'euros avec un "
     "fonds suisse, qui a finalement renoncé.", "fundsRaised:Zentri>20000000 EUR"),
    # "N de subventions": grants, no round
    ("Zentri lève 4 millions d'euros. Elle avait aussi obtenu 1,7 million d'euros de subventions, versées par la "
     "Région.", "fundsRaised:Zentri>1700000 EUR"),
    # the successor a founder hands over to founded nothing
    ("Zentri change de patron. Le fondateur de Zentri quitte la direction générale de la société qu'il a créée en "
     "2016 et cède son fauteuil à Léa Morel, attendue en mars.", "founder:Zentri>Léa Morel"),
    # the city after a founder's former employer is where he worked, not that employer's seat
    ("Zentri a été cofondée par Paul Roux, ancien consultant, et Marc Lenoir, un ingénieur venu d'Orvane, à Sophia "
     "Antipolis, qui reste directeur technique.", "headquarters:Orvane>Sophia Antipolis"),
    # "The Austin, Texas-based company" after a purchase is the buyer, not the bought start-up
    ("Kerlo buys Galway startup Zentri\n\nKerlo has bought the Galway startup Zentri, whose eleven staff will "
     "move into Kerlo's offices.\n\nAna Roux started Zentri in 2020 with Tom Weld. She had worked at Orvane for "
     "five years, and Weld was an engineer at Brisca. Both will join Kerlo as employees.\n\nThe Austin, "
     "Texas-based company would not say whether a team would stay in Ireland.", "headquarters:Zentri>Austin"),
    # in a list of angels apart by semicolons, an employer belongs to its own item's person
    ("Zentri, a Kraków startup, raised $6 million led by Kerlo Ventures. Several angel investors from the city's "
     "software firms joined too: Marek Wilk, a former head of design at Orvane; Anna Berg, who led marketing at "
     "Brisca until 2023; and Ravi Menon, formerly a data engineer at Tamber.", "formerEmployer:Ravi Menon>Orvane"),
    # "la start-up belge B" describes B, not the passage's company
    ("Zentri lève 3 millions d'euros. Kerlo, qui avait racheté la start-up belge Orvane en 2023, n'a pas souhaité "
     "commenter.", "acquired:Kerlo>Zentri"),
    # a later sentence's reseller is no second maker of a model the article credited surely
    ("Zentri, a Chennai startup, has released Lumo 9B, an open model that covers eleven Indian languages. The "
     "weights are free to download.\n\nLumo 9B was trained on public compute. It beat two larger models on a "
     "reading test.\n\nKerlo Telecom will offer Lumo 9B to its enterprise customers through its cloud business, "
     "starting with banks.", "developer:Lumo 9B>Kerlo Telecom"),
    # a one-word heading that is a common word is no company
    ("Zentri raised $4 million from Kerlo Ventures.\n\nGrant is separate\n\nThe company raised $800,000 in "
     "2022.", "fundsRaised:Grant>"),
    # customers the text says hold no stake are no investors
    ("Zentri raised $10 million led by Kerlo Capital. More than 40 hospitals use its software, including Orvane "
     "Health and Brisca Clinics; neither holds a stake.", "investedIn:Brisca Clinics>"),
    # a lawyer who acted for the company is not its employee
    ("Zentri settled its claim against a former founder. \"It is over,\" said Ana Roux, the Kerlo Legal partner "
     "who acted for Zentri.", "employer:Ana Roux>Zentri"),
    # a design centre's city is not its company's seat
    ("Zentri a été fondée par Paul Roux. Il a travaillé onze ans chez Kerlo, dont le centre de recherche de "
     "Grenoble compte trois cents ingénieurs.", "headquarters:Kerlo>Grenoble"),
    # "une aide de N" is a grant, no round
    ("Zentri lève 5 millions d'euros. Elle avait en outre décroché en 2023 une aide de 900 000 euros du programme "
     "Kerlo Innov, moitié subvention, moitié prêt.", "fundsRaised:Zentri>900000 EUR"),
    # a lender's seat is the lender's
    ("Zentri lève 2 millions d'euros. La start-up dispose aussi d'une ligne de crédit accordée par la Banque Kerlo "
     "de développement (BKD), dont le siège est à Cotonou.", "headquarters:Zentri>Cotonou"),
    # a listing that was to bring money: its valuation is a plan
    ("Zentri reporte son entrée en Bourse. L'introduction devait rapporter quelque 30 millions d'euros à la société, "
     "qui visait une valorisation d'environ 120 millions.", "valuation:Zentri>120000000 EUR"),
    # a seat on a board of commissioners is no job
    ("Zentri merged with Kerlo this week. Ana Roux becomes president commissioner of Zentri, chairing the "
     "supervisory board.", "employer:Ana Roux>Zentri"),
    # reports the company calls speculation
    ("Zentri signed a memorandum with Kerlo Fund. Reports in local media last week that Kerlo Fund would take a "
     "20 percent stake in Zentri were \"speculation,\" she added.", "investedIn:Kerlo Fund>"),
    # investors only expected
    ("Zentri négocie une levée de 2 millions d'euros. Kerlo Capital et Orvane figureraient parmi les "
     "investisseurs pressentis.", "investedIn:Kerlo Capital>"),
    # a description after a colon is the sentence's subject, not the topic
    ("Zentri, une start-up de Lausanne, lève 4 millions de francs. Kerlo Ventures connaît déjà la maison : la "
     "société zurichoise y avait investi 700 000 francs dès 2024.", "headquarters:Zentri>Zurich"),
    # a valuation from sources the company would not confirm
    ("Zentri closed a $210 million Series C. People briefed on the round told the paper it values Zentri near "
     "$1.4bn. Zentri declined to confirm that number.", "valuation:Zentri>"),
    # a team in a city is not a seat
    ("Zentri, une fintech de Dakar, rachète Kerlo. «Nous gardons notre marque et notre équipe de Lomé», dit Ana "
     "Roux.", "headquarters:Zentri>Lomé"),
    # "un don de N": a gift, no round
    ("Zentri lève 3 millions de dinars. Elle a en outre obtenu un don de 180 000 dinars d'un programme de Kerlo, "
     "financé par l'Union européenne.", "fundsRaised:Zentri>180000 TND"),
    # a price the parties kept private and another outlet reported is no valuation
    ("Kerlo bought Zentri in March. The parties did not disclose the price, although a daily reported at the "
     "time that the deal valued Zentri at around €90m.", "valuation:Zentri>"),
    # bank debt a headline says the company "lines up" is no raise
    ("Zentri raises $20m and lines up $50m in bank debt\n\nZentri, a Durban lender, has raised $20 million from Kerlo "
     "Capital.", "fundsRaised:Zentri>50000000 USD"),
    # a Series A the company aims at is a plan
    ("Zentri lève 2 millions d'euros auprès de Kerlo.\n\nLa start-up vise désormais une série A proche de 8 millions "
     "d'euros en 2027. Aucun fonds n'a été choisi.", "fundsRaised:Zentri>8000000 EUR"),
    # the city after a past post "chez X, à Y" is where the person worked, not X's seat
    ("Zentri a été créée par Léa Morel et Paul Roux. Elle était acheteuse chez Kerlo ; lui était ingénieur en "
     "robotique chez Orvane, à Nantes, avant de rejoindre la start-up.", "headquarters:Orvane>Nantes"),
    # "A said Zentri, which…": Zentri opens the reported clause, so "the company" after it is Zentri, not the
    # company described as one earlier
    ("Zentri, a Christchurch startup, has raised $2 million from Kerlo Capital.\n\nWho else is in the orchard?\n\n"
     "Zentri faces local rivals. Orvane, the Wellington company whose drones count apples, sells mainly to large "
     "growers.\n\nMs Roux said Zentri, which employs nine people, wants a Sydney sales desk next year. The company "
     "would stay headquartered in Christchurch, she said.", "headquarters:Orvane>Christchurch"),
    # "La plateforme lyonnaise lui a permis…": "lui" is the company, the platform the other name
    ("Zentri lève 500 000 euros.\n\nInstallée à Nantes, Zentri a bouclé une campagne de financement participatif "
     "sur Kerlo. La plateforme lyonnaise lui a apporté 400 000 euros de 900 particuliers.",
     "headquarters:Zentri>Lyon"),
    # "Le groupe genevois devient actionnaire de la société": the group is not the company it buys into
    ("Le fondateur de Zentri cède des actions à Kerlo\n\nLe groupe genevois devient ainsi actionnaire minoritaire "
     "de la société de logiciels. Zentri, elle, ne lève rien.", "headquarters:Zentri>Geneva"),
    # a paragraph opening "Chief executive A said" after one about the buyer: the buyer's chief executive
    ("Kerlo buys Irish startup Zentri\n\nKerlo Group has bought Zentri, a Cork startup, for €9m.\n\nKerlo, a Leeds "
     "outsourcer, employs 900 people across Leeds and York.\n\nChief executive Tom Weld said: \"Customers want "
     "answers fast. Zentri brings us Irish customers.\"", "ceo:Zentri>Tom Weld"),
    # a known foreign group "installé à" a city of another country: a site, not its seat
    ("Zentri lève 2 millions d'euros. Ses clients s'appellent Kerlo ou Siemens, installé à Nantes. Aucun n'est "
     "actionnaire.", "headquarters:Siemens>Nantes"),
    # "les fondateurs de la cible": the founders of the company bought, not of the buyer
    ("Orvane lève 10 millions d'euros et rachète Zentri\n\nOrvane, éditeur bordelais de logiciels, annonce deux "
     "opérations. La première est une série B menée par Kerlo Capital. La seconde est le rachat de Zentri, une jeune "
     "société de Porto. Orvane emploie 80 personnes.\n\nLes fondateurs de la cible, Rui Costa et Ana Lima, entrent "
     "au capital d'Orvane.", "founder:Orvane>Rui Costa"),
    # "A avale B et lève N": the buyer's round
    ("Orvane avale le portugais Zentri et lève 12 millions d'euros\n\nOrvane, éditeur bordelais, annonce deux "
     "opérations.", "fundsRaised:Zentri>12000000 EUR"),
    # "X holds no stake": denied
    ("Zentri raised $5m led by Kerlo Capital. Its clients include a plant of Siemens. Siemens holds no stake.",
     "investedIn:Siemens>"),
    # "X, backed by A and B, has led a round in Z": A and B back X, not Z
    ("Zentri raises $30m\n\nThe Riyadh fund, backed by Kerlo Holdings and Orvane Group, has led a $30 million Series "
     "B round in Zentri, a Saudi logistics firm. Brisca Ventures also took part.", "investedIn:Kerlo Holdings>"),
    # a subsidiary's city is not its parent's seat
    ("Zentri raises 2 billion yen\n\nZentri opened a US subsidiary, Zentri America Inc., in Denver last month. Its "
     "head office is in Osaka.", "headquarters:Zentri>Denver"),
    # ", the Nagoya-based maker said": the sentence's subject, the buyer, not the company bought
    ("Kerlo buys Zentri\n\nKerlo Motor Co. now owns all of Zentri Robotics, a Texas firm that writes vision "
     "software, the Nagoya-based parts maker said on Monday.",
     "headquarters:Zentri Robotics>Nagoya"),
    # "Face à X, la filiale de Y basée à Z, Zentri…": Z is X's city, nobody else's
    ("Zentri lève 20 millions d'euros\n\nLa start-up parisienne Zentri conçoit des capteurs. Face à Orvane Labs, la "
     "filiale de Siemens basée à Munich, Zentri mise sur les prix.", "headquarters:Zentri>Munich"),
    # a valuation from an unnamed source that the company will not comment on
    ("Zentri raised $2 million from Kerlo Capital.\n\nA person close to Kerlo Capital put Zentri's valuation at "
     "about $40 million. Zentri declined to comment.", "valuation:Zentri>"),
    # a prize is no round
    ("Zentri wins $100,000 prize, closes seed round\n\nZentri, a Kampala start-up, closed a $1 million seed round "
     "led by Kerlo Ventures.", "fundsRaised:Zentri>100000 USD"),
    # a place in the main clause of a person whose relative clause names the company
    ("Zentri lève 1 million d'euros. Léa Morel, qui présidait jusqu'ici la société, reprend une librairie près "
     "d'Avignon.", "headquarters:Zentri>Avignon"),
    # "A also invested, as did B": two backers, neither in the other
    ("Zentri, a Lusaka start-up, has raised $6 million. Impact investor Kerlo led the round. Orvane Partners also "
     "invested, as did Brisca, which backed Zentri in 2023.", "investedIn:Orvane Partners>Brisca"),
    ("Zentri, a Lusaka start-up, has raised $6 million. Impact investor Kerlo led the round. Orvane Partners also "
     "invested, as did Brisca, which backed Zentri in 2023.", "investedIn:Brisca>Kerlo"),
    # a grant in apposition after its giver or its sum
    ("Zentri raised €9m. It also won €2m from the Kerlo Innovation Fund, a state grant it shares with a university.",
     "investedIn:Kerlo Innovation Fund>Zentri"),
    ("Zentri lève 5 millions d'euros. Elle a également décroché 90 000 euros du fonds européen Kerlo, une subvention "
     "sans contrepartie au capital.", "fundsRaised:Zentri>90000 EUR"),
    # "prépare une deuxième levée de N": a plan
    ("Zentri lève 50 millions de dinars. Elle prépare une deuxième levée d'environ 300 millions de dinars pour "
     "2028.", "fundsRaised:Zentri>300000000 TND"),
    # a backer named in a relative clause on a rival
    ("Zentri raised $20 million from Orvane Capital. Zentri competes with Austin-based Kerlo, which counts Brisca "
     "Ventures among its backers.", "investedIn:Brisca Ventures>Zentri"),
    # "Le groupe angevin" after "au groupe angevin Kerlo": Kerlo, not the article's company
    ("Léa Morel rachète Zentri\n\nTrois ans après sa vente au groupe angevin Orvane, Léa Morel reprend tout "
     "le capital de l'éditeur lavallois.\n\nPourquoi Orvane vend-il ?\n\nLe groupe angevin, présent dans la "
     "logistique, veut se recentrer sur le transport.", "headquarters:Zentri>Angers"),
    # a repayable contribution is no stake
    ("Zentri raised $4 million. Zentri got a repayable contribution of $1 million from Kerlo Agency last spring.",
     "investedIn:Kerlo Agency>Zentri"),
    # a sum paid "sous forme de subvention" is no round
    ("Zentri lève 2 millions d'euros. En 2024, Zentri avait empoché 70 000 euros lors d'un concours, sous forme de "
     "subvention.", "fundsRaised:Zentri>70000 EUR"),
    # "Le groupe" after "B passe sous pavillon de l'industriel A": A, the buyer
    ("Zentri passe sous pavillon de l'industriel Kerlo\n\nLe groupe, qui avait repris Brisca en 2019, emploie "
     "9 000 personnes.", "acquired:Zentri>Brisca"),
    # a rival's round, its raiser named before the sum: its lead invests in the rival only
    ("Zentri raised $5 million from Orvane Capital. Its rival, Calgary's Kerlo, which makes cheaper sorting arms, "
     "raised $9 million in May in a round led by Brisca Capital.", "investedIn:Brisca Capital>Zentri"),
    # "ne donne à X aucun droit sur le capital": no stake
    ("Zentri lève 2 millions d'euros auprès de Brisca. La dette apportée par ailleurs ne donne à Kerlo Capital aucun "
     "droit sur le capital.", "investedIn:Kerlo Capital>Zentri"),
    # "X, dont le nom circulait, ne fait finalement pas partie du tour": denied
    ("Zentri lève 3 millions d'euros auprès de Brisca. Kerlo Capital, dont le nom circulait dans la presse "
     "économique, ne fait finalement pas partie du tour.", "investedIn:Kerlo Capital>Zentri"),
    # a round "à l'étude" is only weighed
    ("Zentri lève 500 000 euros. Une série B de 4 millions d'euros est à l'étude, selon nos informations.",
     "fundsRaised:Zentri>4000000 EUR"),
    # a unitranche loan buys no shares
    ("Pour financer l'achat, Zentri a décroché un financement unitranche de 6 millions d'euros auprès de Kerlo "
     "Debt.", "investedIn:Kerlo Debt>Zentri"),
    # "la rivière du Kerlo": a landmark, no company
    ("Quand la rivière du Kerlo grossit, les sondes de Zentri donnent l'alerte. Basée à Brest, la start-up lève "
     "1 million d'euros.", "fundsRaised:Kerlo>1000000 EUR"),
    # a canton is no country
    ("Zentri est rachetée. Kerlo, un fabricant de skis établi à Sierre, en Valais, a racheté Zentri mardi.",
     "country:Kerlo>Valais"),
    # "A, now Kerlo's chief executive, keeps a stake in Zentri": A's stake, not Kerlo's
    ("Zentri raised $9 million. Tom Okafor, now Kerlo's chief executive, holds a small stake in Zentri.",
     "investedIn:Kerlo>Zentri"),
    # "a acquis 90 % du capital de B": B does not invest in A
    ("Kerlo, un fabricant de skis installé à Morges, a acquis 90 % du capital de Zentri.", "investedIn:Zentri>Kerlo"),
    # "Accompagnée par l'incubateur X, elle…": coached, no round
    ("Zentri lève 2 millions d'euros. L'an dernier, Zentri avait réuni 500 000 euros auprès d'entrepreneurs. "
     "Accompagnée par l'incubateur Kerlo Tech, elle a également obtenu une aide publique.",
     "investedIn:Kerlo Tech>Zentri"),
    # "A, the venture arm of Ohio-based B, co-led…": B, the parent, invests in no one
    ("Kerlo Ventures, the venture arm of Ohio-based Kerlo Health, co-led a $9 million round in Zentri, the company "
     "said.", "investedIn:Kerlo Health>Zentri"),
    # "entre au conseil de surveillance d'X": a board seat, no job
    ("Kerlo Capital entre au capital d'Orvane. Paul Roux, associé du fonds, entre au conseil de surveillance "
     "d'Orvane.", "employer:Paul Roux>Orvane"),
    # "A entre au capital de X, aux côtés de B": B is A's companion, not a company A invests in
    ("Zentri ouvre son capital. Orvane Ventures entre au capital de Zentri, aux côtés de Kerlo Capital.",
     "investedIn:Orvane Ventures>Kerlo Capital"),
    # "a new X unit based in C": the unit's city, not X's seat
    ("Zentri, based in Denver, makes mapping software. Under the plan, Léa Morel will run a new Zentri unit "
     "based in Boise.", "headquarters:Zentri>Boise"),
    # "on trouve x.ai, une entreprise de Turin": the rival's city, not the passage's company's
    ("Zentri, une start-up de Lyon, lève 2 millions d'euros. Face à elle, on trouve kerlo.ai, une entreprise de "
     "Turin spécialisée dans la vision.", "headquarters:Zentri>Turin"),
    # "A will become head of sales at X": a job to come
    ("Kerlo agreed to buy Zentri for $40 million. Once the deal closes, Mara Quist will become head of sales at "
     "Kerlo.", "employer:Mara Quist>Kerlo"),
    # "who previously led a team at X": a past job
    ("Zentri has a new chief executive. Mara Quist, who previously led a data team at the Kerlo University, "
     "will keep running the company's machine-learning work.", "employer:Mara Quist>Kerlo University"),
    # "X in Boise, which holds no stake in Zentri": a customer, no investor
    ("Zentri raised $9 million from Brisca Capital. Dozens of clinics use Zentri, including several Kerlo sites "
     "and Orvane Health in Boise, which holds no stake in Zentri.", "investedIn:Orvane Health>Zentri"),
    # "told the Post" in an article of the "Boise Post": the masthead again
    ("Boise Post | Business | Deals\n\nKerlo is paying $85 million for Zentri. Two bankers told the Post that "
     "Orvane had bid too.", "source:ARTICLE>Post"),
    # a newsletter named with the masthead's initials is the masthead's
    ("The Boise Daily Courier | Business | Technology\n\nZentri raised $9 million from Kerlo Capital.\n\nSign up "
     "for the BDC Business newsletter for Idaho deals", "source:ARTICLE>BDC Business"),
    # "Orvane Bank has given Zentri a R90m working-capital facility": a lender, no stake
    ("Zentri raised R60m from Kerlo Capital. Alongside the equity, Orvane Bank has given Zentri a R90m "
     "working-capital facility.", "investedIn:Orvane Bank>Zentri"),
    # "L'éditeur … s'offre une jeune pousse de Turin": the bought company's city
    ("Zentri, éditeur lyonnais, grandit encore. L'éditeur de logiciels de fret s'offre une jeune pousse de Turin, "
     "payée pour moitié en actions.", "headquarters:Zentri>Turin"),
    # "À quelques kilomètres, la montpelliéraine B … vient de réunir N. Ce tour est conduit par X": B's round
    ("Zentri lève 2 millions d'euros auprès de Kerlo Capital.\n\nEt le concurrent ?\n\nÀ quelques kilomètres, la "
     "montpelliéraine Brisca, qui travaille pour la vigne, vient de réunir 3,2 millions d'euros. Ce tour est conduit par "
     "Orvane Invest.", "investedIn:Orvane Invest>Zentri"),
    # "Les deux cofondateurs ont travaillé chez X": their past job, not a company they founded
    ("Zentri lève 5 millions d'euros auprès de Kerlo Ventures.\n\nZentri a été fondée par Marc Ovane et Lise "
     "Brisca. Les deux cofondateurs ont travaillé chez Orvane Systèmes avant de lancer leur logiciel.",
     "founder:Orvane Systèmes>Lise Brisca"),
    # "Her successor is A, who spent years at X": A's past, not the predecessor's
    ("Zentri names new boss\n\nLise Brisca, who started the Lyon software company Zentri in 2018, will now "
     "lead its research team. Her successor is Anna Vell, who spent 20 years at Orvane Systems. She takes up the "
     "post in March.", "formerEmployer:Lise Brisca>Orvane Systems"),
    # "Du côté de X, A, son président": not the passage's company's chief
    ("Zentri lève 100 millions de FCFA auprès de Kerlo Angels et du fonds Orvane.\n\n« Le dossier est solide "
     "», estime Paul Dern, associé d'Orvane. Du côté de Kerlo Angels, Marc Ovane, son président, évoque un pari "
     "sur la région.", "ceo:Zentri>Marc Ovane"),
    # "based at its Tallinn studio": a site, not the head office
    ("Zentri raised $5 million from Kerlo Ventures.\n\nIts CTO, Marc Ovane, was a senior engineer at Orvane, "
     "based at its Tallinn studio.", "headquarters:Orvane>Tallinn"),
    # (the insurer is no chief executive)
    ("Zentri change de mains\n\nLe tribunal a choisi Rosalie Mutuelle pour reprendre Zentri et ses 30 "
     "salariés. La présidence revient à Lise Brisca, jusqu'ici cadre de Rosalie Mutuelle. Elle devient présidente "
     "de Zentri.", "ceo:Zentri>Rosalie Mutuelle"),
    # "University of X, who today serves as its CTO": a university, typed so, holds no job
    ("Zentri raised $2 million.\n\nLéa Brisca spent six years in product roles at Orvane in Auckland. She "
     "started Zentri in 2022 alongside Tom Ovane, previously a physics lecturer at the University of Kerlo, who today "
     "serves as its chief technology officer.", "employer:University of Kerlo>Zentri"),
    # "A, la société d'investissement fondée par B, conduit le tour": B founded A, it joins no round
    ("Zentri lève des fonds\n\nKerlo Capital, la société d'investissement fondée par l'industriel allemand Siemens, "
     "conduit le tour de table de Zentri.", "investedIn:Siemens>Zentri"),
    # "Kerlo to Acquire Austin-Based Zentri": the headline's verb and place are no part of the name
    ("Kerlo to Acquire Austin-Based Zentri for $90 Million\n\nThe deal, announced Monday, still needs shareholder "
     "approval.", "acquired:Acquire Austin-Based Zentri>Kerlo"),
    # "a grant from X, the National Science Fund": the apposition gives a grant too, no stake
    ("Zentri raised $2 million in 2022, led by Kerlo Capital. Zentri also received a $120,000 grant from Orvane, the "
     "National Science Fund, in 2023.", "investedIn:National Science Fund>Zentri"),
    # held-out 54's leftovers and held-out 55's first contact (each asserted at 34b2758)
    ("Zentri passe sous pavillon américain\n\nDepuis mardi, la société rennaise appartient au groupe Kerlo "
     "Systems. L'éditeur américain, basé à Denver, a acquis l'intégralité des actions.",
     "headquarters:Zentri>Denver"),
    ("Zentri passe sous pavillon belge\n\nDepuis lundi, la société rennaise est la propriété de Kerlo "
     "Systems. Paul Ovane possédait la moitié des parts, le fonds Orvane Capital le solde. Tous ont vendu "
     "leurs titres à Kerlo.",
     "investedIn:Kerlo Systems>Zentri"),
    ("Zentri lève des fonds\n\nZentri lève 2 millions d'euros. Le fonds Orvane Capital, entré en 2020, remet "
     "au pot.",
     "foundingYear:Orvane Capital>2020"),
    ("By Tom Brisca | Business Reporter | 8 December 2026\n\nZentri raised $3 million from Kerlo Capital.",
     "source:ARTICLE>Business Reporter"),
    ("Zentri raised $3 million from Kerlo Capital. Zentri also got $200,000 of non-repayable funding "
     "through the Orvane Science Agency's Brisca Scheme, which holds no shares.",
     "fundsRaised:Zentri>200000 USD"),
    ("Zentri a été lancée par Léa Brisca. Le directeur général, Paul Ovane, n'est pas un fondateur.",
     "founder:Zentri>Paul Ovane"),
    ("The Reno Courier | Business\n\nKerlo's venture arm leads $9M round in Reno robotics startup Zentri\n\nBy "
     "Tom Brisca | Dec. 10, 2026\n\nThe idea has brought the young company $9 million.",
     "investedIn:Kerlo>Zentri"),
    ("Zentri lève 7 millions d'euros\n\nLa société rennaise boucle sa série B, menée par un fonds adossé au "
     "groupe Kerlo.",
     "investedIn:Kerlo>Zentri"),
    ("Zentri passe sous pavillon allemand\n\nKerlo, client historique de Zentri mais pas actionnaire, garde "
     "son contrat. Face à la canadienne Orvane, présente à Toronto et dix fois plus grande, Zentri jouait "
     "la carte locale.",
     "competitor:Zentri>Kerlo"),
    ("Zentri raised $5 million. Repayments flow through Kerlo Pay under a deal with Orvane Telecom, a "
     "reseller that owns no equity.",
     "partner:Repayments>Orvane Telecom"),
    ("Waterloo quantum spinout Zentri raises $4.5M\n\nZentri Quantum, born in a university lab, has closed "
     "$4.5 million led by Kerlo Capital.",
     "fundsRaised:Zentri>4500000 USD"),
    ("Zentri raised $5 million.\n\nKovalchick worked 12 years in sales jobs at Marlow Ovane before quitting "
     "to start Zentri.",
     "founder:Zentri>Marlow Ovane"),
    # held-out 56's first contact (each asserted at ffbd12e)
    ("Zentri lève des fonds\n\nZentri avait gagné l'an passé un trophée national doté de 15 millions de "
     "francs CFA, après une collecte de 100 000 dollars.",
     "fundsRaised:Zentri>15000000 XOF"),
    ("Zentri lève des fonds\n\nPour vendre en Italie, Zentri s'appuie sur Orvane Brisca, un grossiste de "
     "matériel agricole basé à Turin, qui réalise 20 millions d'euros de ventes.",
     "headquarters:Zentri>Turin"),
    ("Zentri raised £6 million. Edinburgh investor Kerlo Partners, which backed the studio last year, "
     "added more money, and Orvane Agency also invested.",
     "investedIn:Kerlo Partners>Orvane Agency"),
])
def test_extraction_phrasing_no_false_fact(facts, text, relation):
    got = facts(text)
    relation, _, obj = relation.partition(":")
    subj, _, obj = obj.rpartition(">")      # "acquired:Orvane>Veltis": that subject and object only
    wrong = [f for f in got if f[1] == relation and f[3] in (A, R, P) and (not obj or obj in (f[0], f[2]))
             and (not subj or f[0] == subj)]
    if wrong and text.split(".")[0] in KNOWN_FALSE:
        pytest.xfail(f"the model asserts {wrong}")
    assert not wrong


#: Sentences (first clause) where the trained models still assert what the text does not say.
KNOWN_FALSE = frozenset({
    "Orvane lève des fonds",
    "Zentri was founded by former Siemens engineer Lena Hart",
    "Zentri has raised $9 million",
})
