"""Tests for graph.analysis.amounts: money mentions, shared currencies, years."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analysis.amounts import MoneyMention, carry_currency, find_money, find_years

# (phrase, value, currency); the phrase is the whole mention's surface.
SINGLE = [
    ("545 millions", "545000000", None),
    ("8 milliards de dollars", "8000000000", "USD"),
    ("1,7 milliard d'euros", "1700000000", "EUR"),
    ("1,7 milliard d’euros", "1700000000", "EUR"),
    ("2 milliards", "2000000000", None),
    ("deux milliards", "2000000000", None),
    ("dix millions d'euros", "10000000", "EUR"),
    ("105 millions d'euros", "105000000", "EUR"),
    ("70 millions de dollars", "70000000", "USD"),
    ("100 millions d'euros", "100000000", "EUR"),
    ("10 milliards de dollars", "10000000000", "USD"),
    ("8,5 milliards d'euros", "8500000000", "EUR"),
    ("1,5 Md€", "1500000000", "EUR"),
    ("500 M€", "500000000", "EUR"),
    ("2 Mds$", "2000000000", "USD"),
    ("3 millions de livres", "3000000", "GBP"),
    ("3 millions de livres sterling", "3000000", "GBP"),
    ("40 M$", "40000000", "USD"),
    ("10 millions $US", "10000000", "USD"),
    ("€105mn", "105000000", "EUR"),
    ("€105m", "105000000", "EUR"),
    ("$13B", "13000000000", "USD"),
    ("$183 billion", "183000000000", "USD"),
    ("$124 million", "124000000", "USD"),
    ("$1 billion", "1000000000", "USD"),
    ("$30 billion", "30000000000", "USD"),
    ("USD 5 billion", "5000000000", "USD"),
    ("Sh650 million", "650000000", "KES"),            # Kenyan papers write the shilling "Sh", glued to the number
    ("KSh 2 billion", "2000000000", "KES"),
    ("GH¢16.5 million", "16500000", "GHS"),          # the cedi written with the cent sign
    ("US$ 3bn", "3000000000", "USD"),
    ("5 billion dollars", "5000000000", "USD"),
    ("£20m", "20000000", "GBP"),
    ("€1.7bn", "1700000000", "EUR"),
    ("1.7 billion euros", "1700000000", "EUR"),
    ("CHF 10 million", "10000000", "CHF"),
    ("10 millions de francs suisses", "10000000", "CHF"),
    ("¥1 trillion", "1000000000000", "JPY"),
    ("5 milliards de yuans", "5000000000", "CNY"),
    ("C$2 billion", "2000000000", "CAD"),
    ("$500,000", "500000", "USD"),
    ("$100,000", "100000", "USD"),
    ("10 000 dollars", "10000", "USD"),
    ("10\u202f000 dollars", "10000", "USD"),
    ("10\u00a0000 dollars", "10000", "USD"),
    ("1 000 milliards", "1000000000000", None),
    ("one billion dollars", "1000000000", "USD"),
    ("twenty-five million dollars", "25000000", "USD"),
    ("deux cent cinquante millions d'euros", "250000000", "EUR"),
    ("vingt et un millions de dollars", "21000000", "USD"),
    ("500 k€", "500000", "EUR"),
    ("Rs 85 crore", "850000000", "INR"),
    ("₹210 crore", "2100000000", "INR"),
    ("INR 48 Cr", "480000000", "INR"),
    ("Rs. 4.5 lakh", "450000", "INR"),
]
FRAMES = [("fr", "La start-up a levé {} l'an dernier."), ("en", "The startup raised {} last year.")]


@pytest.mark.parametrize("lang,frame", FRAMES)
@pytest.mark.parametrize("phrase,value,currency", SINGLE)
def test_single_mention(lang, frame, phrase, value, currency):
    text = frame.format(phrase)
    (m,) = find_money(text, lang)
    assert m.surface == phrase == text[m.start:m.end]
    assert m.value == Decimal(value)
    assert m.currency == currency
    assert m.explicit is (currency is not None)


NEGATIVE = [
    "675 milliards de paramètres",
    "des dizaines de billions de tokens",
    "7 million monthly downloads",
    "7 millions de téléchargements mensuels",
    "18 000 processeurs",
    "18\u202f000 processeurs",
    "300,000 business customers",
    "82,000 stars",
    "40 MW",
    "15%",
    "15 %",
    "2023",
    "un milliard d'utilisateurs",
    "15 m",
    "deux modèles",
]


@pytest.mark.parametrize("lang,frame", [("fr", "Le modèle compte {} en 2024."), ("en", "The model has {} in 2024.")])
@pytest.mark.parametrize("phrase", NEGATIVE)
def test_not_money(lang, frame, phrase):
    assert find_money(frame.format(phrase), lang) == []


def _triples(text, lang):
    return [(m.surface, m.value, m.currency, m.explicit) for m in find_money(text, lang)]


RANGES = [
    ("fr", "Une levée de 545 millions à 8 milliards de dollars.",
     [("545 millions", 545_000_000, "USD", False), ("8 milliards de dollars", 8_000_000_000, "USD", True)]),
    ("en", "a round of between $5 billion and $10 billion",
     [("$5 billion", 5_000_000_000, "USD", True), ("$10 billion", 10_000_000_000, "USD", True)]),
    ("en", "up to $10 billion and up to $5 billion",
     [("$10 billion", 10_000_000_000, "USD", True), ("$5 billion", 5_000_000_000, "USD", True)]),
    ("fr", "entre 5 et 10 milliards de dollars",
     [("5", 5_000_000_000, "USD", False), ("10 milliards de dollars", 10_000_000_000, "USD", True)]),
    ("en", "$5-10 billion",
     [("$5", 5_000_000_000, "USD", True), ("10 billion", 10_000_000_000, "USD", False)]),
    ("fr", "3 millions, 5 millions et 7 millions d'euros",
     [("3 millions", 3_000_000, "EUR", False), ("5 millions", 5_000_000, "EUR", False),
      ("7 millions d'euros", 7_000_000, "EUR", True)]),
    ("fr", "600 millions d'euros en 2024, contre 385 millions l'an dernier",
     [("600 millions d'euros", 600_000_000, "EUR", True), ("385 millions", 385_000_000, None, False)]),
    ("en", "$5 billion, or £4 billion",
     [("$5 billion", 5_000_000_000, "USD", True), ("£4 billion", 4_000_000_000, "GBP", True)]),
]


def test_model_sizes_are_not_money():
    text = "Lumo 3, fort de 70 milliards de paramètres, et sa version Small (8 milliards), pensée pour un portable."
    assert find_money(text, "fr") == []
    assert len(find_money("Lumo 3 a 70 milliards de paramètres. Zentri a levé 3 millions d'euros.", "fr")) == 1


@pytest.mark.parametrize("lang,text,expected", RANGES)
def test_ranges_and_lists(lang, text, expected):
    assert _triples(text, lang) == [(s, Decimal(v), c, e) for s, v, c, e in expected]


@pytest.mark.parametrize("text,lang,value", [
    ("1,500 milliard", "fr", 1_500_000_000),      # French decimal comma
    ("$1,500 million", "en", 1_500_000_000),      # English thousands comma
    ("1.500.000 euros", "fr", 1_500_000),
    ("1,234,567.89 dollars", "en", Decimal("1234567.89")),
    ("1.234.567,89 euros", "fr", Decimal("1234567.89")),
    ("1 billion de dollars", "fr", 10**12),       # French long scale
    ("$1 billion", "fr", 10**9),
])
def test_number_formats(text, lang, value):
    (m,) = find_money(text, lang)
    assert m.value == Decimal(value)


def test_mention_amount():
    (m,) = find_money("8 milliards de dollars")
    assert m.amount.key == "8000000000-USD"


def _mm(value, currency, start=0):
    return MoneyMention(start, start + 1, Decimal(value), currency, "x", currency is not None)


def test_carry_currency():
    ms = [_mm(1, None), _mm(2, "EUR"), _mm(3, None), _mm(4, "USD"), _mm(5, None)]
    out = carry_currency(ms)
    assert [m.currency for m in out] == ["EUR", "EUR", "EUR", "USD", "USD"]
    assert [m.explicit for m in out] == [False, True, False, True, False]
    assert [m.currency for m in ms] == [None, "EUR", None, "USD", None]  # input untouched
    assert carry_currency([_mm(1, None)])[0].currency is None
    assert carry_currency([]) == []


def test_carry_currency_on_text():
    text = "Mistral a levé 600 millions d'euros, après 385 millions l'an dernier et 105 millions en 2023."
    assert [m.currency for m in carry_currency(find_money(text))] == ["EUR", "EUR", "EUR"]


@pytest.mark.parametrize("text,years", [
    ("Fondée en 2023, la société vise 2030.", [2023, 2030]),
    ("In 1999 and 2099, not 1899 nor 2100.", [1999, 2099]),
    ("entre 2023-2024", [2023, 2024]),
    ("$2000, 20234, 12,2019, 2019.5, 2020%", []),
    ("(2021)", [2021]),
])
def test_find_years(text, years):
    found = find_years(text)
    assert [y for _, _, y in found] == years
    assert all(text[s:e] == str(y) for s, e, y in found)


MONEYISH = st.sampled_from([
    "5", "1,7", "$", "€", "£", "¥", " ", "\u202f", "\u00a0", "000", "milliards", "millions", "billion",
    "M", "Md", "bn", "k", "de", "d'", "dollars", "euros", "livres", "USD", "CHF", "deux", "et", "un",
    "à", "-", ",", ".", "2023", "paramètres", "vingt", "mille", "of", "between", "and", "9" * 40,
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(MONEYISH, max_size=20).map("".join)), st.sampled_from(["fr", "en", "de", ""]))
def test_find_money_never_raises(text, lang):
    found = find_money(text, lang)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.value.is_finite()
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for s, e, y in find_years(text):
        assert text[s:e] == str(y) and 1900 <= y <= 2099


@pytest.mark.parametrize("text,expected", [
    # French written in Canada: a bare "$" is a Canadian dollar, "$ US" an American one
    ("La jeune pousse de Montréal Zentri récolte 4 M$ auprès de fonds du Québec. Sa rivale torontoise a "
     "obtenu 6 M$ US l'an dernier.", ["CAD", "USD"]),
    ("Zentri, de Québec, obtient 3 millions de dollars canadiens ; sa première ronde était de 1 M$.",
     ["CAD", "CAD"]),
    # French written in France: "$" stays the US dollar
    ("Zentri lève 4 M$ auprès de fonds américains.", ["USD"]),
])
def test_canadian_dollars(text, expected):
    assert [m.currency for m in find_money(text, "fr")] == expected


def test_more_iso_currencies():
    from graph.analysis.amounts import find_money
    assert [m.amount.key for m in find_money("Orvane — PLN 25m (€5.8m) seed", "en")] == ["25000000-PLN", "5800000-EUR"]
    assert [m.amount.key for m in find_money("récolte 25 millions de zlotys", "fr")] == ["25000000-PLN"]
    assert find_money("PHP 8 is out", "en") == []          # a language's version, not pesos


@pytest.mark.parametrize("text,lang,expected", [
    # a bare "Rs" is the rupee of the rupee country the story names most
    ("Zentri, une fintech de Port-Louis, lève Rs 180 millions. La société mauricienne vise Maurice et Madagascar.",
     "fr", ["MUR"]),
    ("Zentri, a Karachi lender, raised Rs 900 million. Pakistan's central bank licensed it.", "en", ["PKR"]),
    ("Zentri, a Pune startup, raised Rs 45 crore.", "en", ["INR"]),
    # a Jamaican paper's bare "$" beside its "US$"
    ("Zentri, a Kingston fintech, raised $640 million (US$4.1 million). Jamaica's regulator approved it; "
     "Jamaican savers use it.", "en", ["JMD", "USD"]),
    # an Atlantic Canadian paper's bare "$": a local story that never names the United States
    ("Zentri lands $3.1M. The Halifax startup, one of Nova Scotia's busiest, met Halifax investors and Nova Scotia "
     "fishers; Halifax, Nova Scotia and New Brunswick back it, and Fredericton too.", "en", ["CAD"]),
    # an Australian paper's bare "$" in a local story that names the United States once, for a rival
    ("Zentri lands $4M. The Brisbane startup lists on the ASX next year; ASX rules, Sydney and Brisbane clients, "
     "Perth and Sydney offices, ASX filings. Its rival is a US group.", "en", ["AUD"]),
    # the New Taiwan dollar
    ("Zentri raised NT$300 million last year.", "en", ["TWD"]),
    # a sum and its currency joined by hyphens, and Malaysian ringgit
    ("Kerlo led its 500-million-yen Series A.", "en", ["JPY"]),
    ("Zentri raises RM15mil", "en", ["MYR"]),
])
def test_local_currencies(text, lang, expected):
    assert [m.currency for m in find_money(text, lang)] == expected
