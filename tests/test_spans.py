"""Offsets in logarithmic time: each helper agrees with the obvious quadratic scan it replaces."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from graph.analysis.spans import Locator, SpanIndex, blocks, in_blocks, within

TEXTS = st.text(alphabet=st.sampled_from(list("ab .!\n\n\t")), max_size=400)
SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@given(TEXTS, st.integers(1, 50))
def test_spans_blocks_cover_the_text_within_the_size(text, size):
    pieces = blocks(text, size)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p and len(p) <= size for o, p in pieces)


def test_spans_blocks_cut_at_paragraphs_then_lines_then_sentences():
    text = "First paragraph. It has two sentences.\n\nSecond one here.\nA line.\n\nThird."
    assert [p for _, p in blocks(text, 45)] == ["First paragraph. It has two sentences.\n\n",
                                                "Second one here.\nA line.\n\nThird."]
    assert [p for _, p in blocks("One line here.\nAnother line. And more", 26)] == [
        "One line here.\n", "Another line. And more"]
    assert [p for _, p in blocks("A sentence here. Another sentence", 25)] == ["A sentence here. ", "Another sentence"]
    assert blocks("short", 100) == [(0, "short")]


@given(SPANS, st.integers(0, 90), st.integers(0, 20))
def test_spans_index_overlaps_as_a_scan_does(spans, a, width):
    b = a + width
    assert SpanIndex(spans).overlaps(a, b) == any(x < b and a < y for x, y in spans)
    assert SpanIndex(spans).contains(a) == any(x <= a < y for x, y in spans)


@dataclass(frozen=True)
class _S:
    start: int
    end: int


@given(st.lists(st.integers(1, 9), max_size=20), st.integers(0, 120))
def test_spans_locator_finds_the_sentence(gaps, pos):
    sents, at = [], 0
    for g in gaps:                                  # disjoint spans with gaps between them
        sents.append(_S(at + 1, at + g))
        at += g + 1
    expected = next((i for i, s in enumerate(sents) if s.start <= pos < s.end), None)
    assert Locator(sents).index(pos) == expected


@given(SPANS, st.integers(0, 80), st.integers(0, 30))
def test_spans_within_keeps_order(spans, a, width):
    items = sorted((_S(x, y) for x, y in spans), key=lambda s: (s.start, -s.end))
    b = a + width
    assert within(items, [s.start for s in items], a, b) == [s for s in items if a <= s.start and s.end <= b]


def test_spans_in_blocks_gives_offsets_in_the_whole_text():
    texts = ["Alpha beta.\n\nGamma Delta.\n\nEpsilon.", "Zeta."]
    seen_sizes = []

    def capitals(pieces):
        seen_sizes.append(sum(map(len, pieces)))
        return [[(i, i + 1, "C") for i, c in enumerate(p) if c.isupper()] for p in pieces]

    found = in_blocks(texts, 15, 20, capitals)
    assert [[texts[k][a:b] for a, b, _ in spans] for k, spans in enumerate(found)] == [["A", "G", "D", "E"], ["Z"]]
    assert max(seen_sizes) <= 20


def test_name_occurrences_include_possessives_not_longer_names():
    from graph.analysis.mentions import occurrences

    text = "Zentri's chief executive left. Zentri-3 ships; Zentri'x is a typo; Zentris too; (Zentri) and Zentri’s."
    found = [text[a:b] + "@" + str(a) for a, b in occurrences(text, "Zentri")]
    assert found == ["Zentri@0", f"Zentri@{text.index('(Zentri)') + 1}", f"Zentri@{text.rindex('Zentri’s')}"]


def test_a_complement_before_a_comma_does_not_type_the_name_after_it():
    from graph.analysis.kbase import load_kb
    from graph.analysis.mentions import MentionFinder

    finder = MentionFinder(load_kb(()))
    assert finder.shape_type(["Lumo"], "D'après les chiffres communiqués par la société, ") == (None, 0.0)
    assert finder.shape_type(["Lumo"], "Elle a racheté la société ")[0] == "Company"


def test_a_known_place_inside_an_organisation_name_is_part_of_it():
    from graph.analysis.analyser import _places_in_org_names
    from graph.analysis.mentions import Mention

    text = "mené par Alp France Innovation, et par Orvane France d'Orvane à Lyon."
    a, u = text.index("Alp"), text.index("France d")
    inside = Mention(a + 4, a + 10, "France", "france", "Country", "kb", 0.9)
    unit = Mention(u, u + 6, "France", "france", "Country", "kb", 0.9)
    ner = [(a, a + len("Alp France Innovation"), "ORG"), (u, u + len("France d'Orvane"), "ORG")]
    assert _places_in_org_names(text, [inside, unit], ner) == [unit]
