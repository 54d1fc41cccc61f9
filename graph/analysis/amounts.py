"""Sums of money in French and English news text: "8 milliards de dollars", "$183 billion", "1,5 Md€".

:func:`find_money` finds money expressions with character offsets, value and ISO 4217 currency;
:func:`carry_currency` fills a missing currency from a neighbouring mention; :func:`find_years`
finds four-digit years. Regex-based; number words ("deux milliards", "one billion") go through
text2num, imported lazily.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation, localcontext
from itertools import pairwise

from ..model import Amount

# --- data tables ------------------------------------------------------------------------------
#: Currency names written after the number (lower case, single spaces).
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "dollars américains": "USD", "dollar américain": "USD",
    "dollars us": "USD", "us dollars": "USD", "us dollar": "USD",
    "dollars canadiens": "CAD", "dollar canadien": "CAD", "canadian dollars": "CAD",
    "dollars australiens": "AUD", "australian dollars": "AUD",
    "dollars de hong kong": "HKD", "hong kong dollars": "HKD",
    "dollars de singapour": "SGD", "singapore dollars": "SGD",
    "euros": "EUR", "euro": "EUR",
    "livres sterling": "GBP", "livre sterling": "GBP", "livres": "GBP", "pounds sterling": "GBP",
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "francs suisses": "CHF", "franc suisse": "CHF", "swiss francs": "CHF", "swiss franc": "CHF",
    "francs": "CHF", "francs cfa": "XOF", "franc cfa": "XOF", "f cfa": "XOF", "fcfa": "XOF",
    "francs cfp": "XPF", "franc cfp": "XPF", "f cfp": "XPF", "fcfp": "XPF", "francs pacifique": "XPF",
    "yens": "JPY", "yen": "JPY", "yuans": "CNY", "yuan": "CNY", "renminbi": "CNY",
    "roupies": "INR", "rupees": "INR", "wons": "KRW", "won": "KRW", "roubles": "RUB", "rubles": "RUB",
    "zlotys": "PLN", "zloty": "PLN", "złotys": "PLN", "złoty": "PLN", "zlotych": "PLN", "złotych": "PLN",
    "naira": "NGN", "nairas": "NGN", "shillings kényans": "KES", "kenyan shillings": "KES", "shekels": "ILS",
    "rwandan francs": "RWF", "francs rwandais": "RWF", "ugandan shillings": "UGX", "uganda shillings": "UGX",
    "shillings ougandais": "UGX", "tanzanian shillings": "TZS", "shillings tanzaniens": "TZS", "birr": "ETB",
    "new shekels": "ILS", "nouveaux shekels": "ILS", "rands": "ZAR", "rand": "ZAR", "cedis": "GHS",
    "couronnes suédoises": "SEK", "swedish kronor": "SEK", "couronnes norvégiennes": "NOK", "norwegian kroner": "NOK",
    "couronnes danoises": "DKK", "danish kroner": "DKK",
    "dirhams": "MAD", "dirham": "MAD", "dirhams marocains": "MAD", "moroccan dirhams": "MAD",
    "dirhams émiratis": "AED", "uae dirhams": "AED", "emirati dirhams": "AED", "reais": "BRL", "brazilian reais": "BRL",
    "pesos mexicains": "MXN", "mexican pesos": "MXN", "dinars tunisiens": "TND", "tunisian dinars": "TND",
    "dinars algériens": "DZD", "algerian dinars": "DZD", "livres égyptiennes": "EGP", "egyptian pounds": "EGP",
    "livres turques": "TRY", "turkish lira": "TRY", "turkish liras": "TRY", "ringgit": "MYR", "rupiah": "IDR",
    "baht": "THB", "korean won": "KRW", "wons coréens": "KRW", "japanese yen": "JPY", "yens japonais": "JPY",
    "indian rupees": "INR", "roupies indiennes": "INR",
    "pesos": "MXN", "peso": "MXN", "dinars": "TND", "dinar": "TND",    # bare: see _local_units
    "pesos argentins": "ARS", "argentine pesos": "ARS", "pesos colombiens": "COP", "colombian pesos": "COP",
    "pesos chiliens": "CLP", "chilean pesos": "CLP", "philippine pesos": "PHP",
    "ariary": "MGA", "malagasy ariary": "MGA", "kwacha": "ZMW", "francs guinéens": "GNF", "guinean francs": "GNF",
    "francs congolais": "CDF", "congolese francs": "CDF", "taka": "BDT", "dong": "VND",
}
#: Currency symbols, before or after the number (upper case for lookup).
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "$US": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY",
    "CN¥": "CNY", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "NT$": "TWD", "₹": "INR", "₩": "KRW", "R$": "BRL", "₽": "RUB", "RS": "INR", "RS.": "INR", "₦": "NGN",
    "₪": "ILS", "KSH": "KES", "KSH.": "KES", "SH": "KES", "SH.": "KES",    # Kenyan papers' "Sh650 million"
    "RWF": "RWF", "FRW": "RWF", "USH": "UGX", "TSH": "TZS",    # "Rwf3.9 billion"
    "GH₵": "GHS", "₵": "GHS", "GH¢": "GHS",                      # the cedi, also written with the cent sign
}
#: ISO codes (matched case-sensitively), and aliases.
CURRENCY_CODES = {c: c for c in ("USD EUR GBP CHF JPY CNY CAD AUD HKD SGD INR KRW BRL RUB SEK NOK DKK PLN CZK HUF RON "
                                  "ILS AED SAR ZAR NGN KES EGP MXN NZD TWD THB IDR MYR VND UAH GHS MAD TND DZD XOF XAF "
                                  "TRY CLP COP ARS PEN PKR BDT QAR KWD JOD BHD RWF UGX TZS ETB ZMW XPF MUR LKR NPR "
                                  "JMD TTD BBD MGA GNF CDF").split()}
CURRENCY_CODES["DH"] = "MAD"
CURRENCY_CODES["RMB"] = "CNY"
CURRENCY_CODES["NIS"] = "ILS"
#: Magnitude words and abbreviations -> power of ten (French long scale handled in code).
MAGNITUDES = {
    "thousand": 3, "thousands": 3, "mille": 3, "k": 3,
    "million": 6, "millions": 6, "mn": 6, "mln": 6, "m": 6, "mil": 6,     # "RM15mil" (Malaysian papers)
    "milliard": 9, "milliards": 9, "md": 9, "mds": 9, "mrd": 9, "mrds": 9, "bn": 9, "b": 9,
    "billion": 9, "billions": 9, "trillion": 12, "trillions": 12, "tn": 12, "trn": 12,
    "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7, "cr": 7,     # Indian English: "Rs 45 crore"
}
#: Abbreviations too ambiguous to count without a currency ("15 m", "5 k").
SHORT_MAGNITUDES = {"m", "b", "k", "cr", "mil"}
#: Number words handed to text2num.
NUMBER_WORDS = (
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante septante huitante nonante cent cents mille "
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand"
).split()
#: Words that may follow a currency-less "2 milliards" without making it a count of things.
FOLLOW_OK = set(
    "à au aux en et ou pour sur lors dans avec selon soit contre par chez dont qui que depuis après "
    "avant cette ce cet ces est sont a ont était sera seront mais alors environ supplémentaires "
    "levés levées investis ici plus moins and or to in for from at on by with as than this last "
    "that which who according after before while but since up during over into is was were are "
    "has have had will would more additional raised invested l le la les the a an per next".split()
)
#: Words after "de"/"of" that do not name the thing counted ("d'ici 2030").
AFTER_DE_OK = {"ici", "plus", "moins", "which"}


def _alt(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", _S + "+") for i in sorted(items, key=len, reverse=True))


_S = r"[ \u00a0\u202f\u2009]"
_DIGITS = (r"(?:(?<![\w.,])|(?-i:(?<=\bW))|(?-i:(?<=\bSh))|(?-i:(?<=\bKSh))|(?-i:(?<=\bKsh))|(?-i:(?<=\bN))"
           r"|(?-i:(?<=\bRwf))|(?-i:(?<=\bRWF))|(?-i:(?<=\bFrw))|(?-i:(?<=\bUSh))|(?-i:(?<=\bTSh))"  # "W30b", "Sh650m"
           r"|(?-i:(?<=\bDh))|(?-i:(?<=\bR))|(?-i:(?<=\bRM))|(?-i:(?<=\bRs)))"    # "Rs800 million"
           r"(?:[0-9]{1,3}(?P<g>[ \u00a0\u202f\u2009,.])[0-9]{3}(?:(?P=g)[0-9]{3})*"
           r"(?:[.,][0-9]+)?(?![0-9])|[0-9]+(?:[.,][0-9]+)?)")
_WORD = rf"(?:{_alt(NUMBER_WORDS)})(?![\w])"
_NUMWORDS = rf"(?<![\w-]){_WORD}(?:(?:-et-|-|{_S}+|{_S}+et{_S}+(?=un|une|onze)){_WORD})*"
_CODES = rf"(?-i:{_alt(CURRENCY_CODES)})"
#: Korean won as Korean papers write it: "W30b", "W2.4 billion" (only before a number and its magnitude).
_WON = r"(?-i:W)(?=[0-9][0-9.,]*\s?(?i:b|bn|billion|tn|trillion|m|mn|million)(?![\w]))"
#: Nigerian naira as Nigerian papers write it: "N500 million", "N1.2bn" (only before a number and its magnitude).
_NAIRA = r"(?-i:N)(?=[0-9][0-9.,]*\s?(?i:b|bn|billion|tn|trillion|m|mn|million)(?![\w]))"
#: UAE dirhams as Gulf papers write them: "Dh312 million" (only before a number and its magnitude; Moroccan papers
#: write "DH" after the sum).
_EMIRATI_DH = r"(?-i:Dh)(?=[0-9][0-9.,]*\s?(?i:b|bn|billion|m|mn|million)(?![\w]))"
#: South African rand as South African papers write it: "R45-million", "R1.2bn" (only before a number and its
#: magnitude).
_RAND = r"(?-i:R)(?=[0-9][0-9.,]*(?:\s?|-)(?i:bn|billion|m|mn|million)(?![\w]))"
#: Malaysian ringgit as Malaysian papers write it: "RM15 million", "RM15mil" (only before a number and its
#: magnitude).
_RINGGIT = r"(?-i:RM)(?=[0-9][0-9.,]*\s?(?i:bn|billion|m|mn|mil|million)(?![\w]))"
#: The currencies of the short prefixes above ("W30b", "N500 million", "Dh312 million", "R45-million", "RM15mil").
_PREFIX_CURRENCY = {"W": "KRW", "N": "NGN", "Dh": "AED", "R": "ZAR", "RM": "MYR"}
_MONEY = re.compile(
    rf"(?P<pre>(?<![^\W\d_])(?:{_alt(CURRENCY_SYMBOLS)}|{_CODES}(?![\w])|{_WON}|{_NAIRA}|{_EMIRATI_DH}|{_RINGGIT}|{_RAND})"
    rf"{_S}?)?"
    rf"(?P<num>{_DIGITS}|{_NUMWORDS})"
    rf"(?:(?:{_S}?|-(?=(?:[mbt]illion|milliard)))(?P<mag>{_alt(MAGNITUDES)})(?!\w)"     # "$22-million" too
    rf"(?:{_S}+(?P<tail>{_NUMWORDS})(?={_S}+(?:(?:de|of){_S}+|d['’]{_S}*)?(?:{_alt(CURRENCY_WORDS)})(?!\w)))?)?"
    rf"(?:{_S}?(?P<sym>{_alt(CURRENCY_SYMBOLS)})"
    rf"|(?:{_S}+|(?<=[a-z])-)(?:(?P<de>de|of){_S}+|(?P<de2>d['’]){_S}*)?(?P<word>{_alt(CURRENCY_WORDS)}|{_CODES})"
    rf"(?!\w))?",     # (" yen", and "-yen" after a magnitude: "a 500-million-yen round")
    re.IGNORECASE,
)
_NEXT = re.compile(rf"{_S}*(?:(?P<de>(?:de|des|du|of)\b|d['’]){_S}*)?(?P<word>[^\W\d_]+)?", re.IGNORECASE)
_OPENER = re.compile(rf"(?:\b(?:de|entre|between|from)|d['’]){_S}+\Z", re.IGNORECASE)
_RANGE_GAP = re.compile(rf"{_S}*(?:(?P<dash>[-–—])|\b(?:à|to|and|et)\b){_S}*", re.IGNORECASE)
_LIST_GAP = re.compile(
    rf"(?:{_S}|[,;/–—-]|\b(?:à|to|and|et|ou|or|contre|versus|vs|up{_S}+to|jusqu['’]à|about|around"
    rf"|environ|près{_S}+de|plus{_S}+de|more{_S}+than|over|de|from|between|entre)\b)*",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\w.,$€£¥])(?:19|20)[0-9]{2}(?![\w%]|[.,][0-9])")


@dataclass(frozen=True)
class MoneyMention:
    """One sum of money in a text: offsets, value in currency units, ISO 4217 currency."""

    start: int
    end: int
    value: Decimal
    currency: str | None
    surface: str
    explicit: bool

    @property
    def amount(self) -> Amount:
        return Amount(self.value, self.currency, self.surface)


def _number(raw: str, lang: str, has_mag: bool) -> Decimal | None:
    """Digits as written in French or English -> Decimal; number words via text2num."""
    s = re.sub(_S, "", raw)
    if s[:1].isdigit():
        if "," in s and "." in s:
            dec = s[max(s.rfind(","), s.rfind("."))]
            s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
        elif s.count(",") + s.count(".") > 1:
            s = s.replace(",", "").replace(".", "")
        elif "," in s or "." in s:
            sep = "," if "," in s else "."
            three = len(s) - s.index(sep) == 4
            french = lang.startswith("fr")
            thousands = three and ((sep == "," and not (french and has_mag)) or (sep == "." and french and not has_mag))
            s = s.replace(sep, "") if thousands else s.replace(sep, ".")
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    from text_to_num import text2num  # lazy: only number words need it

    words = re.sub(rf"{_S}+", " ", raw.lower())
    for lg in dict.fromkeys([lang[:2] if lang[:2] in ("fr", "en") else "fr", "fr", "en"]):
        try:
            return Decimal(text2num(words, lg))
        except Exception:  # text2num raises ValueError and friends on odd sequences
            continue
    return None


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    token = token.strip()
    return (CURRENCY_CODES.get(token) or CURRENCY_SYMBOLS.get(token.upper())
            or CURRENCY_WORDS.get(re.sub(rf"{_S}+", " ", token.lower())))


def _candidate(m: re.Match, text: str, lang: str) -> dict | None:
    mag = (m["mag"] or "").lower()
    base = _number(m["num"], lang, bool(mag))
    if base is None:
        return None
    cur = _PREFIX_CURRENCY.get(m["pre"] or "") or _currency(m["pre"]) or _currency(m["sym"]) or _currency(m["word"])
    if (m["pre"] or "").strip() == "$" and _currency(m["word"]) in _DOLLARS:
        cur = _currency(m["word"])      # "$38 million CAD": the code names which dollar
    power = MAGNITUDES.get(mag)
    if m["tail"] and power:     # "trois millions quatre cent mille euros": the words after the magnitude add on
        tail = _number(m["tail"], lang, False)
        if tail is None or tail >= Decimal(10) ** power:
            return None
        base += tail.scaleb(-power)
    if mag.startswith(("billion", "trillion")) and lang.startswith("fr") and not (m["pre"] or m["sym"]) \
            and (not m["word"] or m["de"] and m["de"].lower() == "de" or m["de2"]):
        power = MAGNITUDES[mag] + 3  # French long scale: "billion" = 10^12
    if mag in SHORT_MAGNITUDES and cur is None:
        return None
    if mag and cur is None:  # "675 milliards de paramètres", "7 million monthly downloads"
        nxt = _NEXT.match(text, m.end())        # every part optional: it always matches
        word = (nxt["word"] or "").lower() if nxt else ""
        if nxt and word and (word not in AFTER_DE_OK if nxt["de"] else word not in FOLLOW_OK):
            return None
        if _SIZES_BEFORE.search(text, max(0, m.start() - 120), m.start()):
            return None     # "70 milliards de paramètres, et sa version Small (8 milliards)": a model's size
    return {"start": m.start(), "end": m.end(), "base": base, "power": power, "cur": cur,
            "explicit": cur is not None}


#: A model's size named shortly before a bare number, with no currency between: the number is a size too.
_SIZES_BEFORE = re.compile(r"(?i)(?<![\w-])(?:paramètres|parameters|params)(?![\w-])[^€$£¥.;!?]*$")


def find_money(text: str, lang: str = "fr") -> list[MoneyMention]:
    """Sums of money in ``text``, in order; ``lang`` ("fr"/"en") only breaks ties."""
    lang = (lang or "fr").lower()
    cands = [c for c in (_candidate(m, text, lang) for m in _MONEY.finditer(text)) if c]
    # "de 5 à 10 milliards de dollars", "$5-10 billion": the first number borrows magnitude and currency.
    for a, b in pairwise(cands):
        if a["power"] is None and b["power"] is not None:
            gap = _RANGE_GAP.fullmatch(text, a["end"], b["start"])
            if gap and (gap["dash"] or _OPENER.search(text, max(0, a["start"] - 12), a["start"])):
                a["power"] = b["power"]
                a["cur"] = a["cur"] or b["cur"]
    money = [c for c in cands if c["power"] is not None or c["cur"] is not None]
    # Ranges and lists share one currency: "de 545 millions à 8 milliards de dollars".
    pairs = [(a, b) for a, b in pairwise(money) if _LIST_GAP.fullmatch(text, a["end"], b["start"])]
    for a, b in reversed(pairs):
        a["cur"] = a["cur"] or b["cur"]
    for a, b in pairs:
        b["cur"] = b["cur"] or a["cur"]
    out = []
    for c in money:
        with localcontext() as ctx:
            ctx.prec = 60
            value = c["base"].scaleb(c["power"] or 0)
            value = Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
        out.append(MoneyMention(c["start"], c["end"], value, c["cur"], text[c["start"]:c["end"]], c["explicit"]))
    return _bare_dollars(text, _local_dollars(text, lang, _local_rupees(text, _local_units(text, out))))


#: The currencies written with a bare "$" plus a code or a prefix ("$12 million AUD", "C$12 million").
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN"})
_US_DOLLAR = re.compile(r"(?<![\w$])(?:US\$|USD|U\.S\.\s+dollars?|US\s+dollars?|\$US|dollars?\s+américains?)")


def _bare_dollars(text: str, money: list[MoneyMention]) -> list[MoneyMention]:
    """A bare "$" in a text whose dollars are one other kind ("$38 million CAD", "C$12 million") and never
    American ones ("US$", "USD"): that kind of dollar."""
    kinds = {m.currency for m in money if m.currency in _DOLLARS and m.currency != "USD" and "$" in m.surface}
    if len(kinds) != 1 or _US_DOLLAR.search(text):
        return money
    kind = next(iter(kinds))
    return [replace(m, currency=kind) if m.currency == "USD" and re.fullmatch(r"\$\s?[^$]*", m.surface)
            and not re.search(r"[A-Z]{3}", m.surface) else m for m in money]


_CANADA = re.compile(r"(?<![\w-])(?:Québec|Montréal|Canada|canadien(?:ne)?s?|québécois(?:e|es)?)(?![\w-])")
_US_AFTER = re.compile(r"\s*(?:US|É\.-U\.|américains?)(?![\w-])")
_CANADA_EN = re.compile(r"(?<![\w-])(?:Canada|Canadian|Canadians|Toronto|Ontario|Vancouver|Montreal|Calgary|Ottawa|"
                        r"Quebec|Québec|Alberta|British\s+Columbia|Manitoba|Saskatchewan|Nova\s+Scotia|"
                        r"New\s+Brunswick|Newfoundland|Prince\s+Edward\s+Island|Halifax|Winnipeg|Edmonton|Saskatoon|"
                        r"Fredericton|Moncton|Charlottetown|Mississauga|Kitchener|Guelph|Markham|Oakville|Gatineau|"
                        r"Sherbrooke|Saguenay|Trois-Rivières|Kelowna|Lethbridge|Thunder\s+Bay|TSX|B\.C\.)(?![\w-])")
#: A text's note that its sums are American dollars: "sums below are in US dollars", "amounts in USD".
_ALL_USD = re.compile(r"(?i)\b(?:figures|amounts|sums|numbers|values)\s+(?:are\s+)?(?:in|expressed\s+in)\s+"
                      r"(?:U\.?S\.?\s+dollars|USD|US\$)")
#: The English-speaking countries with a dollar of their own, and the names that place a text there.
_DOLLAR_COUNTRIES_EN = (
    ("CAD", _CANADA_EN),
    ("AUD", re.compile(r"(?<![\w-])(?:Australia|Australian|Australians|Sydney|Melbourne|Brisbane|Adelaide|Perth|"
                       r"Canberra|Hobart|Darwin|Townsville|Cairns|Geelong|Gold\s+Coast|Queensland|Tasmania|"
                       r"New\s+South\s+Wales|Western\s+Australia|South\s+Australia|Northern\s+Territory|ASX)(?![\w-])")),
    ("NZD", re.compile(r"(?<![\w-])(?:New\s+Zealand|NZ|Aotearoa|Auckland|Wellington|Christchurch|Dunedin|Waikato|"
                       r"Tauranga|Rotorua|Otago|Māori|Maori|NZX|Kiwi)(?![\w-])")),
    ("SGD", re.compile(r"(?<![\w-])(?:Singapore|Singaporean|SGX)(?![\w-])")),
    ("JMD", re.compile(r"(?<![\w-])(?:Jamaica|Jamaican|Jamaicans|Montego\s+Bay)(?![\w-])")),
    ("TTD", re.compile(r"(?<![\w-])(?:Trinidad|Tobago|Trinidadian|Port\s+of\s+Spain)(?![\w-])")),
    ("BBD", re.compile(r"(?<![\w-])(?:Barbados|Barbadian|Bridgetown)(?![\w-])")),
)
#: Places of two dollar countries ("Victoria": British Columbia's capital and an Australian state; "Kingston":
#: Jamaica's capital and an Ontario city; "Hamilton": Ontario's and the Waikato's), or of one and of places
#: without a dollar ("Waterloo"): each counts for whichever of its countries the text names more by other
#: names, and for none when it names none.
_DOLLAR_PLACES_SHARED = (
    (re.compile(r"(?<![\w-])Victoria(?![\w-])"), ("CAD", "AUD")),
    (re.compile(r"(?<![\w-])Kingston(?![\w-])"), ("JMD", "CAD")),
    (re.compile(r"(?<![\w-])Hamilton(?![\w-])"), ("CAD", "NZD")),
    (re.compile(r"(?<![\w-])Waterloo(?![\w-])"), ("CAD",)),     # (and Belgium's, and Iowa's)
)


def _dollar_country_counts(text: str) -> list[tuple[int, str]]:
    """How often the text names each dollar country of :data:`_DOLLAR_COUNTRIES_EN`, most named first."""
    named = {cur: len(rx.findall(text)) for cur, rx in _DOLLAR_COUNTRIES_EN}
    shared = {cur: 0 for cur in named}
    for rx, curs in _DOLLAR_PLACES_SHARED:
        best = max(curs, key=lambda c: (named[c], -curs.index(c)))
        if named[best]:
            shared[best] += len(rx.findall(text))
    return sorted(((named[cur] + shared[cur], cur) for cur in named), reverse=True)


#: How often a story names its one dollar country (and never the United States) for its bare "$" to be that
#: country's dollar: a local paper's story ("the Melbourne company", "the ASX", "Victoria's…").
_LOCAL_STORY = 8
_US_NAMED = re.compile(r"(?<![\w-])(?:US|U\.S\.|USA|American|Americans|United\s+States|Silicon\s+Valley|"
                       r"New\s+York|San\s+Francisco|California|Washington|Nasdaq|NYSE)(?![\w-])")


#: The countries of a bare "pesos" or "dinars" (their names, demonyms, main cities), each with its currency;
#: the first is the default when the text names none of them.
_LOCAL_UNITS = {
    "peso": (("MXN", r"Mexico|Mexican|Mexique|mexicaine?s?|Guadalajara|Monterrey"),
             ("ARS", r"Argentina|Argentine|Argentinian|argentine?s?|Buenos\s+Aires"),
             ("COP", r"Colombia|Colombian|Colombie|colombienne?s?|Bogot[aá]|Medell[ií]n"),
             ("CLP", r"Chile|Chilean|Chili|chilienne?s?|Santiago"),
             ("PHP", r"Philippines|Philippine|Filipino|philippine?s?|Manila|Manille")),
    "dinar": (("TND", r"Tunisia|Tunisian|Tunisie|tunisienne?s?|Tunis|Sfax|Sousse"),
              ("DZD", r"Algeria|Algerian|Algérie|algérienne?s?|Alger|Algiers|Oran"),
              ("JOD", r"Jordan|Jordanian|Jordanie|jordanienne?s?|Amman"),
              ("KWD", r"Kuwait|Kuwaiti|Koweït|koweïtienne?s?"),
              ("BHD", r"Bahrain|Bahraini|Bahreïn|bahreïnie?n?n?e?s?|Manama")),
    # the franc CFA of West Africa (UEMOA) or of Central Africa (CEMAC): "800 millions de FCFA" in a
    # Cameroonian story is XAF
    "cfa": (("XOF", r"Senegal|Senegalese|Sénégal|sénégalaise?s?|Dakar|dakaroise?s?|Côte\s+d[’']Ivoire|Ivory\s+Coast|"
                    r"Ivoirian|ivoirienne?s?|Abidjan|abidjanaise?s?|Mali|Malian|malienne?s?|Bamako|Burkina(?:\s+Faso)?|"
                    r"burkinabée?s?|Ouagadougou|Niger|Nigerien|nigérienne?s?|Niamey|Togo|Togolese|togolaise?s?|Lomé|"
                    r"Benin|Bénin|Beninese|béninoise?s?|Cotonou|Guinea-Bissau|Guinée-Bissau"),
            ("XAF", r"Cameroon|Cameroonian|Cameroun|camerounaise?s?|Douala|Yaoundé|Gabon|Gabonese|gabonaise?s?|"
                    r"Libreville|Congo|Congolese|congolaise?s?|Brazzaville|Pointe-Noire|Chad|Chadian|Tchad|"
                    r"tchadienne?s?|N[’']Djamena|Central\s+African\s+Republic|Centrafrique|centrafricaine?s?|Bangui|"
                    r"Equatorial\s+Guinea|Guinée\s+équatoriale|Malabo")),
}
#: How a unit of :data:`_LOCAL_UNITS` ends an amount, when not its own name: "FCFA", "F CFA", "francs CFA".
_UNIT_WORDS = {"cfa": r"(?:f\s*cfa|francs?\s+cfa|cfa)"}
#: The currency a unit's default stands for before it is placed: the ones another currency replaces.
_UNIT_DEFAULT = {"cfa": "XOF"}


def _local_units(text: str, money: list[MoneyMention]) -> list[MoneyMention]:
    """A bare "pesos" or "dinars" is the currency of the country of that unit the text names most ("320
    millions de pesos" in a Mexican story: MXN; "5 millions de dinars" in a Tunisian one: TND)."""
    out = []
    for m in money:
        unit = next((u for u in _LOCAL_UNITS if re.search(rf"(?i)(?:\d|\b(?:[mb]n|[mk]|thousand|mille|millions?|"
                                                          rf"milliards?|billions?|de|d[’']))\s*"
                                                          rf"{_UNIT_WORDS.get(u, u)}s?$", m.surface)), None)
        if unit is None or unit in _UNIT_DEFAULT and m.currency != _UNIT_DEFAULT[unit]:
            out.append(m)
            continue
        counts = [(len(re.findall(rf"(?<![\w-])(?:{rx})(?![\w-])", text)), -i, cur)
                  for i, (cur, rx) in enumerate(_LOCAL_UNITS[unit])]
        out.append(replace(m, currency=max(counts)[2]))
    return out


#: The countries of a bare "Rs" or "rupees" (names, demonyms, main cities, also before "-based"), each with its
#: rupee; India's is the default when the text names none of the others more.
_RUPEE_COUNTRIES = (
    ("INR", re.compile(r"(?<![\w-])(?:India|Indian|Inde|indienne?s?|Mumbai|Bombay|Delhi|Bengaluru|Bangalore|"
                       r"Chennai|Hyderabad|Pune)(?![\w])(?!-(?!based\b))")),
    ("PKR", re.compile(r"(?<![\w-])(?:Pakistan|Pakistani|pakistanaise?s?|Karachi|Lahore|Islamabad)"
                       r"(?![\w])(?!-(?!based\b))")),
    ("MUR", re.compile(r"(?<![\w-])(?:Mauritius|Mauritian|Maurice|mauricienne?s?|Port[\s-]Louis|Ebène|Ébène)"
                       r"(?![\w])(?!-(?!based\b))")),
    ("LKR", re.compile(r"(?<![\w-])(?:Sri\s+Lanka|Sri\s+Lankan|sri-lankaise?s?|Colombo)(?![\w])(?!-(?!based\b))")),
    ("NPR", re.compile(r"(?<![\w-])(?:Nepal|Nepali|Népal|népalaise?s?|Kathmandu|Katmandou)(?![\w])(?!-(?!based\b))")),
)


def _local_rupees(text: str, money: list[MoneyMention]) -> list[MoneyMention]:
    """A bare "Rs" or "rupees" is the rupee of the rupee country the text names most ("Rs 180 millions" in a
    Mauritian story: MUR; in a Pakistani one: PKR); India's when it names none of the others more."""
    marked = [m for m in money if m.currency == "INR" and "₹" not in m.surface
              and re.search(r"(?i)\brs\.?|rupees?|roupies?", m.surface) and not re.search(r"(?i)indi", m.surface)]
    if not marked:
        return money
    counts = [(len(rx.findall(text)), -i, cur) for i, (cur, rx) in enumerate(_RUPEE_COUNTRIES)]
    best = max(counts)
    if best[0] == 0 or best[2] == "INR":
        return money
    return [replace(m, currency=best[2]) if m in marked else m for m in money]


def _local_dollars(text: str, lang: str, money: list[MoneyMention]) -> list[MoneyMention]:
    """In French written in Canada (a sum in Canadian dollars, or Québec, Montréal, Canada named twice),
    a bare "$" or "dollars" is a Canadian dollar ("12,5 M$", "5 millions de dollars"), not an American one
    ("9 M$ US", "dollars américains"); so it is in English that writes American dollars "US$" and names
    Canada twice (Australia, New Zealand, Singapore, Jamaica, Trinidad, Barbados: their dollar), more than any
    other of those."""
    if not any(m.currency == "USD" for m in money):
        return money
    kind = "CAD"
    if lang != "fr":
        # English written in Canada, Australia, New Zealand, Singapore or the Caribbean marks American dollars
        # ("US$650-million")
        # and leaves its own bare: the country the text names most, twice at least
        if _ALL_USD.search(text):
            return money        # (a note that its sums are in US dollars)
        counts = _dollar_country_counts(text)
        if not any(m.currency == "USD" and "US" in m.surface.upper() for m in money):
            # no "US$" sum: still the local dollar in a local paper's story, one that names a single dollar
            # country all along (eight times or more) and the United States seldom (a rival's country: a third
            # as often at most)
            if counts[0][0] < _LOCAL_STORY or counts[1][0] or 3 * len(_US_NAMED.findall(text)) > counts[0][0]:
                return money
        if counts[0][0] < 2 or counts[0][0] == counts[1][0]:
            return money
        kind = counts[0][1]
    elif not any(m.currency == "CAD" for m in money) and (
            len(_CANADA.findall(text)) < 2
            or len(_CANADA.findall(text)) < 3 and any(_marked_us(text, m) for m in money if m.currency == "USD")
            and any(m.currency not in (None, "USD", "CAD") for m in money)):
        return money    # (a story that names Canada twice, marks its dollars American and converts them into a
        #                 third currency, "(environ 20 milliards de francs guinéens)", is not Canadian)
    marked = {m.value for m in money if m.currency == "USD" and _marked_us(text, m)}
    return [replace(m, currency=kind) if m.currency == "USD" and ("$" in m.surface or "dollar" in m.surface.lower())
            and not _marked_us(text, m) and m.value not in marked else m
            for m in money]     # (the same sum written "dollars américains" elsewhere stays American)


def _marked_us(text: str, m: MoneyMention) -> bool:
    """Is the sum written as American dollars: "9 M$ US", "dollars américains", "US$"?"""
    return "US" in m.surface or "américain" in m.surface or _US_AFTER.match(text, m.end) is not None


def carry_currency(mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A copy where each currency-less mention takes the nearest preceding currency, else the next one."""
    following: list[str | None] = []      # the first currency from each mention on (one pass from the end)
    cur: str | None = None
    for m in reversed(mentions):
        cur = m.currency or cur
        following.append(cur)
    following.reverse()
    out = []
    last: str | None = None               # the last currency before the mention
    # the same sum written with its currency elsewhere: "Zentri lève 18 millions" over "18 millions d'euros"
    same: dict[Decimal, set[str]] = {}
    for m in mentions:
        if m.currency is not None:
            same.setdefault(m.value, set()).add(m.currency)
    for i, m in enumerate(mentions):
        if m.currency is None:
            nxt = following[i + 1] if i + 1 < len(mentions) else None
            known = same.get(m.value, set())
            out.append(replace(m, currency=next(iter(known)) if len(known) == 1 else last or nxt, explicit=False))
            continue
        last = m.currency or last
        out.append(m)
    return out


def find_years(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` for each standalone four-digit year 1900-2099."""
    return [(m.start(), m.end(), int(m.group())) for m in _YEAR.finditer(text)]
