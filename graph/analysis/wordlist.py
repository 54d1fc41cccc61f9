"""The frequent words of French and English, shipped as ``graph/data/common_words.tsv``.

kg asks "is this capitalised word a dictionary word?" of a few words per article
(:func:`graph.analysis.nlp.is_common_word`). Importing wordfreq to answer costs about 0.3 s of a
one-article build (langcodes, ftfy, regex tables); the answers for single words only need the words
above Zipf 3.0 and their frequencies, which this module writes once from wordfreq's "small" lists:

    python -m graph.analysis.wordlist      # rewrites graph/data/common_words.tsv

A line is ``LANG<TAB>WORD<TAB>ZIPF``. Words with characters other than letters ("aujourd'hui",
"start-up") are not in the file: wordfreq splits them into tokens and combines their frequencies,
so :func:`zipf` leaves them to wordfreq.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

#: The lowest frequency kept; callers ask about thresholds above it.
MIN_ZIPF = 3.3
LANGS = ("fr", "en")
FILE = "common_words.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {lang: {} for lang in LANGS}
    text = resources.files("graph.data").joinpath(FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        lang, word, z = line.split("\t")
        out[lang][word] = float(z)
    return out


def zipf(word: str, lang: str) -> float | None:
    """The Zipf frequency of a lower-case ``word`` in ``lang``; 0.0 for a word of letters below
    :data:`MIN_ZIPF`; None when only wordfreq can tell (other languages, words with non-letters)."""
    if lang not in LANGS or not word.isalpha():
        return None
    return _table()[lang].get(word, 0.0)


def write(path=None) -> int:
    """Regenerate the file from wordfreq; returns the number of words written."""
    from pathlib import Path

    from wordfreq import iter_wordlist, zipf_frequency

    path = Path(path) if path else Path(__file__).resolve().parent.parent / "data" / FILE
    lines = []
    for lang in LANGS:
        for word in iter_wordlist(lang, wordlist="small"):
            z = zipf_frequency(word, lang, wordlist="small")
            if z < MIN_ZIPF:
                break
            if word.isalpha() and word == word.lower():
                lines.append(f"{lang}\t{word}\t{z:g}")
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    tmp.replace(path)
    return len(lines)


if __name__ == "__main__":
    print(f"{write()} words written")
