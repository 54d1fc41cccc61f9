"""kg's copy of wordfreq's frequent words (graph/data/common_words.tsv) is what wordfreq says."""
from __future__ import annotations

from graph.analysis import nlp, wordlist
from graph.analysis.nlp import models_dir


def test_shipped_word_list_is_regenerated_identically(tmp_path):
    out = tmp_path / "common_words.tsv"
    wordlist.write(out)
    shipped = models_dir().parent / "data" / "common_words.tsv"
    assert out.read_bytes() == shipped.read_bytes(), "run: python -m graph.analysis.wordlist"


def test_common_word_answers_match_wordfreq():
    from wordfreq import zipf_frequency

    for word in ("Comment", "Investors", "Partenariat", "Lumora", "Veltis", "Aujourd'hui", "Start-up", "Société",
                 "Cependant", "However", "Keel", "Mistral", "Orange", "Nvidia", "Est-ce", "We’re", "Faut-il",
                 "Au-delà", "Mixture-of-Experts", "L'Oréal", "t.co", "anthropic.com", "Qu’il", "Aujourd’hui",
                 "Don’t", "L’énergie", "C'est", "Qu'est-ce", "War’s", "Week's"):
        for lang in ("fr", "en"):
            for threshold in (3.3, 4.0):
                w = word.lower()
                expected = (zipf_frequency(w, lang, wordlist="small") >= threshold
                            or (lang != "en" and zipf_frequency(w, "en", wordlist="small") >= threshold + 0.7))
                assert nlp.is_common_word(word, lang, threshold) == expected, (word, lang, threshold)
