"""graph.render without a browser: RDF to networkx, focus views, the page's data and safety, exports."""
from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from graph.errors import UsageError
from graph.model import ARTICLE_KEY, Amount, Article, Entity, Extraction, Fact

# ------------------------------------------------------------------ sample graphs (also used by
# tests/test_viewer_browser.py)

A_TEXT = ("Acme AI was founded by Jane Doe in 2021. Jane Doe previously worked at BigLab. "
          "Acme AI raised 100 million dollars from Fund One. Did Fund Two invest in Acme AI?")
B_TEXT = "Beta Corp competes with Acme AI. Beta Corp also raised 100 million dollars. Fund One backed Acme."


def _span(text: str, sentence_start: str) -> tuple[int, int]:
    start = text.index(sentence_start)
    end = min(i for i in (text.find(". ", start), text.find("?", start), len(text)) if i >= 0)
    return start, end + 1 if end < len(text) else end


def sample_extractions() -> list[Extraction]:
    """Two articles: 7 entities (one with no fact), 3 values, 1 article node, 9 edges (1 not asserted)."""
    acme = Entity("acme-ai", "Acme AI", "Company", aliases={"Acme"}, wikidata="Q1")
    jane = Entity("jane-doe", "Jane Doe", "Person")
    biglab = Entity("biglab", "BigLab", "ResearchLab")
    fund1 = Entity("fund-one", "Fund One", "VentureCapitalFirm")
    fund2 = Entity("fund-two", "Fund Two", "VentureCapitalFirm")
    solo = Entity("solo-person", "Solo Person", "Person")
    beta = Entity("beta-corp", "Beta Corp", "Company")
    s1, s2, s3, s4 = (_span(A_TEXT, x) for x in ("Acme AI was", "Jane Doe prev", "Acme AI raised", "Did Fund"))
    money = Amount(Decimal("100000000"), "USD", "100 million dollars")
    a = Extraction(
        article=Article(A_TEXT, "a.txt", title="Acme raises money", url="https://example.org/a",
                        site="example.org", published="2025-01-02", lang="en"),
        entities={e.key: e for e in (acme, jane, biglab, fund1, fund2, solo)},
        facts=[Fact(subject="acme-ai", relation="founder", object="jane-doe", start=s1[0], end=s1[1], confidence=0.9),
               Fact(subject="acme-ai", relation="foundingYear", object="2021", start=s1[0], end=s1[1], confidence=0.9),
               Fact(subject="jane-doe", relation="formerEmployer", object="biglab", start=s2[0], end=s2[1], confidence=0.7),
               Fact(subject="acme-ai", relation="fundsRaised", object=money, start=s3[0], end=s3[1], confidence=0.8, round_type="Series A"),
               Fact(subject="fund-one", relation="investedIn", object="acme-ai", start=s3[0], end=s3[1], confidence=0.85),
               Fact(subject="fund-two", relation="investedIn", object="acme-ai", start=s4[0], end=s4[1], status="questioned", confidence=0.6),
               Fact(subject=ARTICLE_KEY, relation="quotes", object="jane-doe", start=s2[0], end=s2[1], confidence=0.8)],
        mentions={"acme-ai", "jane-doe", "biglab", "fund-one", "fund-two", "solo-person"},
    )
    t1, t2, t3 = (_span(B_TEXT, x) for x in ("Beta Corp competes", "Beta Corp also", "Fund One backed"))
    b = Extraction(
        article=Article(B_TEXT, "b.txt", title="Beta vs Acme", lang="en"),
        entities={e.key: e for e in (acme, beta, fund1)},
        facts=[Fact(subject="beta-corp", relation="competitor", object="acme-ai", start=t1[0], end=t1[1], confidence=0.75),
               Fact(subject="beta-corp", relation="fundsRaised", object=money, start=t2[0], end=t2[1], confidence=0.8),
               Fact(subject="fund-one", relation="investedIn", object="acme-ai", start=t3[0], end=t3[1], confidence=0.6)],
        mentions={"acme-ai", "beta-corp", "fund-one"},
    )
    return [a, b]


def sample_dataset():
    from graph.rdf import to_dataset

    return to_dataset(sample_extractions())


#: Strings that would run code if the page put them into HTML unescaped.
HOSTILE = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=2\">",
    "\"><svg onload=window.__pwned=3>",
    "</script><script>window.__pwned=4</script>",
    "<iframe srcdoc=\"<script>parent.__pwned=5</script>\"></iframe>",
    "' onmouseover='window.__pwned=6' x='",
]


def hostile_extractions() -> list[Extraction]:
    """An article whose names, aliases, title, URL and sentences are all attempts at script injection."""
    names = HOSTILE
    text = " ".join(f"{names[i]} invested in {names[i + 1]}." for i in range(len(names) - 1))
    ents = {f"h{i}": Entity(f"h{i}", n, "Company" if i % 2 else "Person", aliases={f"alias {n}"})
            for i, n in enumerate(names)}
    facts = []
    pos = 0
    for i in range(len(names) - 1):
        sentence = f"{names[i]} invested in {names[i + 1]}."
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        facts.append(Fact(subject=f"h{i}", relation="investedIn", object=f"h{i + 1}", start=start, end=pos, confidence=0.9))
    facts.append(Fact(subject="h0", relation="fundsRaised", object=Amount(Decimal("5"), "USD", names[0]), start=0, end=len(names[0]), confidence=0.9))
    facts.append(Fact(subject=ARTICLE_KEY, relation="quotes", object="h1", start=0, end=10, confidence=0.9))
    art = Article(text, "<script>window.__pwned=7</script>.txt", title=names[3],
                  url="javascript:window.__pwned=8", site=names[1], lang="en")
    return [Extraction(article=art, entities=ents, facts=facts, mentions=set(ents))]


def hostile_dataset():
    from graph.rdf import to_dataset

    return to_dataset(hostile_extractions())


# ------------------------------------------------------------------ RDF -> networkx

def _by_label(G, label):
    return next(n for n, d in G.nodes(data=True) if d["label"] == label)


@pytest.fixture(scope="module")
def G():
    from graph.render import to_networkx

    return to_networkx(sample_dataset())


def test_render_to_networkx_counts(G):
    kinds = {}
    for _, d in G.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds == {"entity": 7, "value": 3, "article": 1}
    assert G.number_of_edges() == 9
    assert sum(1 for *_, d in G.edges(data=True) if not d["asserted"]) == 1


def test_render_to_networkx_node_attributes(G):
    acme = G.nodes[_by_label(G, "Acme AI")]
    assert acme["type"] == "Company"
    assert acme["types"][:3] == ["Company", "Organization", "Agent"]
    assert acme["aliases"] == ["Acme"]
    assert acme["wikidata"] == "Q1"
    assert len(acme["articles"]) == 2
    solo = _by_label(G, "Solo Person")
    assert G.degree(solo) == 0                      # an entity with no fact is still a node


def test_render_to_networkx_values_belong_to_their_subject(G):
    amounts = [n for n, d in G.nodes(data=True) if d["type"] == "MonetaryAmount"]
    assert len(amounts) == 2                        # Acme's and Beta's 100 million: not one shared node
    for n in amounts:
        assert G.nodes[n]["label"] == "100 million USD"
        assert G.in_degree(n) == 1
    year = next(n for n, d in G.nodes(data=True) if d["type"] == "Value")
    assert G.nodes[year]["label"] == "2021"


def test_render_to_networkx_groups_statements_and_keeps_unasserted_apart(G):
    acme, fund1, fund2 = (_by_label(G, x) for x in ("Acme AI", "Fund One", "Fund Two"))
    (d,) = G.get_edge_data(fund1, acme).values()
    assert d["relation"] == "investedIn" and d["asserted"]
    assert len(d["statements"]) == 2 and d["confidence"] == 0.85
    assert [s["confidence"] for s in d["statements"]] == [0.85, 0.6]   # best evidence first
    (q,) = G.get_edge_data(fund2, acme).values()
    assert not q["asserted"] and q["statuses"] == ["questioned"]
    assert q["statements"][0]["evidence"] == "Did Fund Two invest in Acme AI?"


def test_render_to_networkx_dataset_and_union_graph_agree():
    from graph.api import union_graph
    from graph.render import to_networkx

    ds = sample_dataset()
    a, b = to_networkx(ds), to_networkx(union_graph(ds))
    assert sorted(a.nodes) == sorted(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))


def test_render_to_networkx_every_entity_row_is_a_node():
    from graph.api import union_graph
    from graph.rdf import entity_rows
    from graph.render import to_networkx

    ds = sample_dataset()
    G = to_networkx(ds)
    labels = {d["label"] for _, d in G.nodes(data=True)}
    assert {r["label"] for r in entity_rows(union_graph(ds))} <= labels


@pytest.mark.parametrize("value,currency,lang,expected", [
    ("2000000000", "USD", "en", "2 billion USD"),
    ("2000000000", "USD", "fr", "2 milliards USD"),
    ("1500000000", "EUR", "fr", "1,5 milliard EUR"),
    ("545000000", "USD", "fr", "545 millions USD"),
    ("1000000", None, "en", "1 million"),
    ("250000", "EUR", "en", "250,000 EUR"),
    ("not a number", "EUR", "en", "not a number EUR"),
])
def test_render_format_amount(value, currency, lang, expected):
    from graph.render.nxgraph import format_amount

    assert format_amount(value, currency, lang) == expected


# ------------------------------------------------------------------ focus views

@pytest.mark.parametrize("kwargs,labels", [
    ({"focus": "Jane Doe", "depth": 1}, {"Jane Doe", "Acme AI", "BigLab", "Acme raises money"}),
    ({"focus": "acme", "depth": 0}, {"Acme AI"}),                                   # an alias, any case
    ({"types": ["Organization"]}, {"Acme AI", "BigLab", "Fund One", "Fund Two", "Beta Corp",
                                   "100 million USD", "2021"}),                       # subclasses too
    ({"types": ["personne"]}, {"Jane Doe", "Solo Person"}),                           # French labels
    ({"relations": ["investedIn"]}, {"Acme AI", "Fund One", "Fund Two"}),
    ({"min_confidence": 0.85}, {"Acme AI", "Jane Doe", "Fund One", "2021"}),
])
def test_render_select(G, kwargs, labels):
    from graph.render.nxgraph import select

    H, _ = select(G, **kwargs)
    assert {d["label"] for _, d in H.nodes(data=True)} == labels


def test_render_select_focus_walks_only_shown_facts(G):
    from graph.render.nxgraph import select

    H, focus = select(G, focus="Fund Two", depth=1)
    assert {H.nodes[n]["label"] for n in H} == {"Fund Two"}       # its only fact is questioned
    H, focus = select(G, focus="Fund Two", depth=1, show_unasserted=True)
    assert {H.nodes[n]["label"] for n in H} == {"Fund Two", "Acme AI"}
    assert [H.nodes[n]["label"] for n in focus] == ["Fund Two"]


@pytest.mark.parametrize("kwargs,message", [
    ({"focus": "Acme IA"}, "no node named 'Acme IA' in the graph; did you mean 'Acme AI'?"),
    ({"types": ["Persn"]}, "unknown type 'Persn'; use one of: "),
    ({"relations": ["investsIn"]}, "unknown relation 'investsIn'; use one of: "),
    ({"depth": -1}, "--depth -1 must be 0 or more"),
    ({"min_confidence": 2.0}, "--min-confidence 2.0 must be between 0 and 1"),
])
def test_render_select_errors(G, kwargs, message):
    from graph.render.nxgraph import select

    with pytest.raises(UsageError) as err:
        select(G, **kwargs)
    assert str(err.value).startswith(message)


# ------------------------------------------------------------------ highlights

@pytest.mark.parametrize("sentence,subj,obj,expected", [
    ("Acme AI was founded by Jane Doe.", ["Acme AI"], ["Jane Doe"], [[0, 7, "s"], [23, 31, "o"]]),
    ("ACME ai and acme.", ["Acme AI", "Acme"], [], [[0, 7, "s"], [12, 16, "s"]]),
    ("Acmeville is not Acme.", ["Acme"], [], [[17, 21, "s"]]),                 # whole words only
    ("😀 Jane Doe", [], ["Jane Doe"], [[3, 11, "o"]]),                            # UTF-16 offsets for JS
    ("Open AI and OpenAI Inc.", ["OpenAI"], ["OpenAI Inc"], [[12, 22, "o"]]),   # the longest name wins
    ("İstanbul Jane Doe", ["İstanbul"], ["Jane Doe"], [[0, 8, "s"], [9, 17, "o"]]),
])
def test_render_highlights(sentence, subj, obj, expected):
    from graph.render.html import highlights

    assert highlights(sentence, subj, obj) == expected


# ------------------------------------------------------------------ the page

def _write(tmp_path, ds=None, **kwargs) -> str:
    from graph.render import write_html

    out = tmp_path / "graph.html"
    write_html(ds if ds is not None else sample_dataset(), out, **kwargs)
    return out.read_text(encoding="utf-8")


def _csp(html: str) -> str:
    import html as html_lib

    return html_lib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))


def _page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_render_write_html_writes_only_the_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]   # no lib/, no temp file


def test_render_write_html_loads_nothing_from_outside(tmp_path):
    html = _write(tmp_path)
    assert not re.search(r"<(script|link|img|iframe|object|embed|source|video|audio)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.I)
    assert not re.search(r"@import", html, re.I)
    for cdn in ("bootstrap", "jsdelivr", "cdnjs", "unpkg", "googleapis"):
        assert cdn not in html.lower()
    csp = _csp(html)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp


def test_render_write_html_csp_allows_exactly_the_page_scripts(tmp_path):
    import base64
    import hashlib

    html = _write(tmp_path)
    csp = _csp(html)
    allowed = set(re.findall(r"'(sha256-[^']+)'", csp))
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    hashes = {"sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert hashes == allowed


def test_render_write_html_data_matches_graph(tmp_path, G):
    data = _page_data(_write(tmp_path))
    assert len(data["nodes"]) == G.number_of_nodes() == len(data["info"])
    assert len(data["edges"]) == G.number_of_edges() == len(data["facts"])
    assert sum(f["as"] for f in data["facts"]) == 8
    assert {c["id"] for c in data["classes"]} >= {"Company", "Person", "MonetaryAmount", "Article"}
    dashed = [e for e in data["edges"] if e.get("dashes")]
    assert len(dashed) == 1 and "(questioned)" in dashed[0]["label"]
    assert data["settings"]["physics"] is True


def test_render_write_html_in_french(tmp_path):
    html = _write(tmp_path, lang="fr")
    data = _page_data(html)
    assert '<html lang="fr">' in html
    assert {r["label"] for r in data["relations"]} >= {"fondateur", "a investi dans", "fonds levés"}
    assert {c["label"] for c in data["classes"]} >= {"entreprise", "personne"}
    assert data["ui"]["search"] == "Chercher un nœud…"


def test_render_write_html_unknown_lang(tmp_path):
    with pytest.raises(UsageError, match="--lang 'de' is not supported by the viewer; use en or fr"):
        _write(tmp_path, lang="de")
    assert list(tmp_path.iterdir()) == []


def test_render_write_html_large_graph_is_laid_out_in_python(tmp_path):
    import networkx as nx

    from graph.render.html import build_page_data

    G = nx.MultiDiGraph()
    for i in range(520):
        G.add_node(f"n{i}", label=f"N{i}", kind="entity", type="Person", types=["Person", "Agent"], aliases=[])
    for i in range(1, 520):
        G.add_edge(f"n{i}", f"n{i // 2}", key="partner", relation="partner", asserted=True, confidence=0.9,
                   statuses=["asserted"], statements=[{"evidence": "x", "status": "asserted", "confidence": 0.9}])
    data, options = build_page_data(G)
    assert data["settings"]["physics"] is False and options["physics"]["enabled"] is False
    assert options["edges"]["smooth"] is False and options["layout"]["improvedLayout"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == 520


@pytest.mark.parametrize("engine", ["numpy", "networkx", "igraph"])
def test_render_layout_engines(engine):
    import networkx as nx

    from graph.render.layout import positions

    if engine == "igraph":
        pytest.importorskip("igraph")
    G = nx.MultiDiGraph()
    G.add_edges_from((f"a{i}", f"a{(i * 7 + 1) % 40}") for i in range(40))    # one component
    G.add_edges_from([("b0", "b1"), ("b1", "b2")])                             # a small one
    G.add_nodes_from(["c0", "c1", "c2"])                                        # lone nodes
    pos = positions(G, engine=engine)
    assert set(pos) == set(G) and len(set(pos.values())) == len(pos)
    assert pos == positions(G, engine=engine)                                   # deterministic
    xs = [p[0] for p in pos.values()]
    assert max(xs) - min(xs) > 300                                              # pixels, not a unit square


def test_render_write_html_is_deterministic(tmp_path):
    assert _write(tmp_path) == _write(tmp_path)


def test_render_write_html_escapes_hostile_text(tmp_path):
    html = _write(tmp_path, hostile_dataset())
    blocks = re.findall(r'<script type="application/json" id="kg-[a-z]+">(.*?)</script>', html, re.S)
    assert len(blocks) == 2 and not any(c in b for b in blocks for c in "<>&")   # JSON cannot close its block
    markup = re.sub(r'<script type="application/json" id="kg-[a-z]+">.*?</script>', "", html, flags=re.S)
    markup = re.sub(r"<script>.*?</script>", "", markup, flags=re.S)              # the two page scripts
    markup = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    for bad in ("<script", "<img", "<svg", "<iframe", "onmouseover=", "onerror=", "onload=", "javascript:"):
        assert bad not in markup
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=4" in markup              # the title, as text
    data = _page_data(html)
    assert {i["l"] for i in data["info"]} >= set(HOSTILE)   # ... all still there, as data
    assert all(a["url"] is None for a in data["articles"])   # javascript: URLs are dropped


@pytest.mark.parametrize("url,ok", [
    ("https://example.org/a?b=1#c", True), ("http://x.y", True), ("HTTPS://X.Y/", True),
    ("javascript:alert(1)", False), ("data:text/html,<b>", False), ("//evil.example", False),
    ("https://x.y/\"onmouseover=1", False), ("https://x.y/ a", False), (None, False),
])
def test_render_safe_url(url, ok):
    from graph.render.html import safe_url

    assert (url is not None and safe_url(url) == url) is ok
    if not ok:
        assert safe_url(url) is None


# ------------------------------------------------------------------ exports

@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_render_export_graph_round_trips(tmp_path, fmt, G):
    import networkx as nx

    from graph.render import export_graph

    out = tmp_path / f"g.{fmt}"
    export_graph(sample_dataset(), out)
    H = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    acme = _by_label(G, "Acme AI")
    attrs = H.nodes[acme]
    assert attrs["label"] == "Acme AI" and attrs["type"] == "Company" and attrs["wikidata"] == "Q1"
    rels = sorted(d["relation"] for *_, d in H.edges(data=True))
    assert rels.count("investedIn") == 2 and "founder" in rels
    assert any(d["evidence"] == "Did Fund Two invest in Acme AI?" for *_, d in H.edges(data=True))
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_render_export_graph_french_labels(tmp_path):
    from graph.render import export_graph

    out = tmp_path / "g.graphml"
    export_graph(sample_dataset(), out, "graphml", lang="fr")
    assert "fondateur" in out.read_text(encoding="utf-8")


def test_render_export_graph_unknown_format(tmp_path):
    from graph.render import export_graph

    with pytest.raises(UsageError, match="cannot export to 'dot': use --format graphml or gexf"):
        export_graph(sample_dataset(), tmp_path / "g.dot")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ the command

def test_render_cli_view(tmp_path):
    import subprocess
    import sys

    from graph.api import save_graph

    src = tmp_path / "g.trig"
    save_graph(sample_dataset(), src)
    r = subprocess.run([sys.executable, "-m", "graph", "view", str(src), "--lang", "fr", "--focus", "Acme",
                        "--depth", "1"], capture_output=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stderr.decode().startswith(f"kg: wrote {tmp_path / 'g.html'} (")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html", "g.trig"]
    assert _page_data((tmp_path / "g.html").read_text(encoding="utf-8"))["settings"]["hideIsolated"] is True     # two articles
    r = subprocess.run([sys.executable, "-m", "graph", "view", str(src), "--show-isolated", "-o",
                        str(tmp_path / "g.html")], capture_output=True, cwd=tmp_path)   # -o: replace the page
    assert r.returncode == 0, r.stderr.decode()
    assert _page_data((tmp_path / "g.html").read_text(encoding="utf-8"))["settings"]["hideIsolated"] is False
    r = subprocess.run([sys.executable, "-m", "graph", "view", str(src), "-o", str(tmp_path / "x.html"),
                        "--focus", "Nobody"], capture_output=True, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.decode() == "kg: error: no node named 'Nobody' in the graph; see `kg entities`\n"
    assert not (tmp_path / "x.html").exists()


# ------------------------------------------------------------------ many articles: communities, isolated nodes, charts

def _two_clusters():
    """Two dense groups of 12 companies, one fact between them, two lone nodes."""
    import networkx as nx

    G = nx.MultiDiGraph()
    for group in "ab":
        for i in range(12):
            G.add_node(f"{group}{i}", label=f"{group}{i}", kind="entity", type="Company", types=["Company"], aliases=[])
        for i in range(12):
            for j in range(i + 1, 12):
                if (i * 7 + j) % 3:
                    G.add_edge(f"{group}{i}", f"{group}{j}", key="partner", relation="partner", asserted=True,
                               confidence=0.9, statuses=["asserted"], statements=[])
    G.add_edge("a0", "b0", key="partner", relation="partner", asserted=True, confidence=0.9, statuses=["asserted"],
               statements=[])
    G.add_nodes_from(["lone1", "lone2"], label="lone", kind="entity", type="Person", types=["Person"], aliases=[])
    return G


def test_render_communities_group_the_layout():
    from graph.render.layout import communities, positions

    G = _two_clusters()
    groups = communities(G)
    assert groups == communities(G)                                             # deterministic
    assert {groups[f"a{i}"] for i in range(12)} != {groups[f"b{i}"] for i in range(12)}
    assert len({groups[f"a{i}"] for i in range(12)}) == 1 and groups["lone1"] == -1
    pos = positions(G, groups=groups)

    def mean_distance(pairs):
        d = [((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5 for u, v in pairs]
        return sum(d) / len(d)

    inside = [(f"{g}{i}", f"{g}{j}") for g in "ab" for i in range(12) for j in range(i + 1, 12)]
    across = [(f"a{i}", f"b{j}") for i in range(12) for j in range(12)]
    assert mean_distance(across) > 1.8 * mean_distance(inside)


def test_render_page_data_for_many_articles(tmp_path):
    from graph.render.html import build_page_data
    from graph.render.nxgraph import select

    G = _two_clusters()
    data, _ = build_page_data(G)
    assert data["settings"]["hideIsolated"] is False                        # no article known: every node shown
    G.graph["articles"] = {"a1": {"title": "One"}, "a2": {"title": "Two"}}
    assert build_page_data(G)[0]["settings"]["hideIsolated"] is True       # many articles: lone nodes hidden
    assert {c["size"] for c in data["communities"]} == {12}
    assert {data["info"][c["hub"]]["cm"] for c in data["communities"]} == {0, 1}
    from graph.render import to_networkx

    one = to_networkx(sample_dataset())
    H, _ = select(one, focus="Beta Corp", depth=0)
    H.graph["articles"] = {k: v for k, v in list(one.graph["articles"].items())[:1]}
    assert build_page_data(H)[0]["settings"]["hideIsolated"] is False       # one article: every entity shown
    assert build_page_data(H, show_isolated=False)[0]["settings"]["hideIsolated"] is True
    data = _page_data(_write(tmp_path))
    acme = next(i for i in data["info"] if i["l"] == "Acme AI")
    assert acme["tl"] == [{"k": "f", "d": "2025-01-02", "v": 100000000.0, "cur": "USD", "t": "100 million USD",
                           "s": "100M USD", "r": "Series A", "a": "Acme raises money"}]
    art = next(c for c in data["classes"] if c["id"] == "Article")
    assert art["shape"] == "document" and _page_data(_write(tmp_path))["nodes"] == data["nodes"]
