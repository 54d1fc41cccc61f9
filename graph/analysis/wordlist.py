"""The frequent words of French and English, shipped as ``graph/data/common_words.tsv``.

kg asks "is this capitalised word a dictionary word?" of a few words per article
(:func:`graph.analysis.nlp.is_common_word`). Importing wordfreq to answer costs about 0.3 s of a
one-article build (langcodes, ftfy, regex tables); the answers for single words only need the words
above Zipf 3.0 and their frequencies, which this module writes once from wordfreq's "small" lists:

    python -m graph.analysis.wordlist      # rewrites graph/data/common_words.tsv

A line is ``LANG<TAB>WORD<TAB>ZIPF``. A word the file does not hold ("est-ce", "anthropic.com") is
read as wordfreq reads it: split into tokens (at hyphens, and at the apostrophes of a part it does
not know whole) whose frequencies combine as ``1/f = 1/f1 + 1/f2 + …``
(so below the rarest token's); a word with a token below :data:`MIN_ZIPF` is below it too.
"""
from __future__ import annotations

import math
import re
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


#: An elided particle: one or two letters, an apostrophe, a vowel or "h" (wordfreq's tokenizer rule).
_ELISION = re.compile(r"([^\W\d_]{1,2})'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")
#: Words :func:`zipf` answers: letters, with apostrophes and hyphens inside ("aujourd'hui", "est-ce").
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def zipf(word: str, lang: str) -> float | None:
    """The Zipf frequency of a lower-case ``word`` in ``lang``, 0.0 below :data:`MIN_ZIPF`; None for
    a language other than French and English, or a word with other characters than letters,
    apostrophes and hyphens ("t.co", "R2-D2"): only wordfreq can tell."""
    curly = "’" in word              # wordfreq reads "aujourd’hui" as "aujourd'hui" but cuts no particle at ’
    word = word.replace("’", "'")
    if lang not in LANGS or not _WORD.fullmatch(word):
        return None
    table = _table()[lang]
    z = table.get(word)
    if z is not None or word.isalpha():
        return z or 0.0
    # wordfreq's tokens: the parts between hyphens, with an elided particle cut off ("l'énergie" ->
    # l, énergie; "qu'il" -> qu, il) but other apostrophes kept ("aujourd'hui", "we're", "war's")
    tokens = []
    for part in word.split("-"):
        while not curly and (m := _ELISION.match(part)) is not None:
            tokens.append(m.group(1))
            part = part[m.end():]
        tokens.append(part)
    if any(t not in table for t in tokens):
        return 0.0
    inverse = sum(10 ** (9 - table[t]) for t in tokens)     # 1/f summed, f = 10 ** (zipf - 9)
    return round(9 - math.log10(inverse), 2)


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
            if word == word.lower() and "\t" not in word and not any(c.isdigit() for c in word):
                lines.append(f"{lang}\t{word}\t{z:g}")
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    tmp.replace(path)
    return len(lines)


if __name__ == "__main__":
    print(f"{write()} words written")
