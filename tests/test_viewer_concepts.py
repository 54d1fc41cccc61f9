"""The example's viewer in Debian's headless Chromium (network blocked, as in test_viewer_browser):
no concept is an isolated node, each country has one node and one label, and ``--lang fr`` shows
the French names of the concept vocabulary and the knowledge base."""
from __future__ import annotations

import pytest
from test_viewer_browser import assert_clean, browser, open_viewer  # noqa: F401  (browser is a fixture)

pytestmark = pytest.mark.browser

NODES = """() => kgViewer.data.info.map((it, i) => ({i, l: it.l, t: it.t, a: it.a || []}))"""
LINKED = """() => { const s = new Set(); kgViewer.data.edges.forEach((e) => { s.add(e.from); s.add(e.to); });
                    return Array.from(s); }"""
VISIBLE_LINKED = """() => { const s = new Set();
    kgViewer.edgesView.getIds().forEach((j) => { const e = kgViewer.data.edges[j]; s.add(e.from); s.add(e.to); });
    return {nodes: kgViewer.nodesView.getIds(), linked: Array.from(s)}; }"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory, example_path):
    from graph.api import build_graph
    from graph.render import write_html

    ds = build_graph([str(example_path)])
    folder = tmp_path_factory.mktemp("viewer-concepts")
    en, fr = folder / "example.en.html", folder / "example.fr.html"
    write_html(ds, en)
    write_html(ds, fr, lang="fr")
    return en, fr


def test_example_has_no_isolated_concept_and_one_label_per_country(browser, pages):  # noqa: F811
    v = open_viewer(browser, pages[0])
    nodes = v.js(NODES)
    concepts = [n for n in nodes if n["t"] == "Concept"]
    assert {"open source", "open weights", "Mixture-of-Experts", "sovereign AI"} <= {n["l"] for n in concepts}
    linked = set(v.js(LINKED))
    assert [n["l"] for n in concepts if n["i"] not in linked] == []
    shown = v.js(VISIBLE_LINKED)
    visible_concepts = [n for n in concepts if n["i"] in set(shown["nodes"])]
    assert visible_concepts and all(n["i"] in set(shown["linked"]) for n in visible_concepts)

    countries = [n for n in nodes if n["t"] == "Country"]
    labels = [n["l"] for n in countries]
    assert sorted(labels) == sorted(set(labels))                   # one node per country
    assert {"China", "United States"} <= set(labels)
    every_name = {name for n in nodes for name in [n["l"], *n["a"]] if n["t"] != "Country"}
    assert not every_name & {"Chine", "USA", "États-Unis"}        # a country's other names are its aliases only
    us = next(n for n in countries if n["l"] == "United States")
    assert "USA" in us["a"]
    assert_clean(v)


def test_example_in_french_shows_french_names(browser, pages):  # noqa: F811
    v = open_viewer(browser, pages[1])
    nodes = v.js(NODES)
    labels = {n["l"]: n for n in nodes}
    assert "Chine" in labels and "États-Unis" in labels
    assert "China" in labels["Chine"]["a"]                         # the English name stays searchable
    assert {"poids ouverts", "IA souveraine"} <= {n["l"] for n in nodes if n["t"] == "Concept"}
    assert "China" not in labels and "United States" not in labels
    assert_clean(v)
