"""One long article through the real CLI: time and peak memory of `kg build ARTICLE -o OUT.ttl` for texts of
10 KB, 100 KB, 1 MB and 2 MB, in French and in English.

    python benchmarks/bench_long.py                                   # fr and en, 10,100,1000,2000 KB
    python benchmarks/bench_long.py --langs fr --sizes 100,1000 --out benchmarks/results-long.md

Each text is one article made of invented paragraphs (``gen_articles.py``: start-ups, founders, funding,
padding; no third-party text), appended until the text has the size in characters (1 KB = 1,000
characters), written as a .txt file and built in a fresh process with ``--lang`` given. Memory is the
peak resident set (RSS) of kg and its children, sampled every 0.1 s from /proc (``bench_corpus.py``).
The table also gives CPU time and memory per KB, and their ratio (CPU time, wall time, memory) to the same
figure at 100 KB: work that is linear in the text keeps the time per KB flat (the fixed start-up, ~2-3 s and
~200-300 MB, weighs on small texts), and memory per KB falls as the text grows when only a bounded block is
in memory at a time. CPU time is the steadier measure on a shared machine; wall time follows the load.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_corpus import run_kg  # noqa: E402
from gen_articles import article  # noqa: E402


def long_text(lang: str, chars: int, seed: int = 0) -> str:
    """One text of ``chars`` characters or a little less, paragraphs of invented articles, in ``lang``."""
    parts: list[str] = []
    size, i = 0, 0
    while True:
        for para in article(i, seed=seed, lang=lang)["text"].strip().split("\n\n"):
            if size + len(para) + 2 > chars and parts:
                return "\n\n".join(parts) + "\n"
            parts.append(para)
            size += len(para) + 2
        i += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,100,1000,2000", help="comma-separated sizes in KB (1,000 characters)")
    ap.add_argument("--langs", default="fr,en", help="comma-separated languages")
    ap.add_argument("--out", type=Path, help="also write the Markdown table here")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: list[tuple[str, int, dict]] = []
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        for lang in args.langs.split(","):
            for kb in sizes:
                path = Path(tmp) / f"long-{kb}k.{lang}.txt"
                path.write_text(long_text(lang, kb * 1000), encoding="utf-8")
                out = Path(tmp) / f"long-{kb}k.{lang}.ttl"
                r = run_kg(["build", str(path), "-o", str(out), "--lang", lang, "--max-chars", str(kb * 1000 + 1000)])
                r["chars"] = len(path.read_text(encoding="utf-8"))
                rows.append((lang, kb, r))
                print(f"{lang} {kb} KB: {r['wall']:.1f} s, {r['cpu']:.1f} s CPU, peak RSS {r['rss']:.0f} MiB",
                      file=sys.stderr, flush=True)
    lines = [f"`kg build ARTICLE.txt -o OUT.ttl --lang LANG`, one article of invented paragraphs, "
             f"Python {platform.python_version()}, {os.cpu_count()} cores; memory is the peak RSS of kg:", "",
             "| language | text | wall | CPU | peak memory | CPU ms per KB | MiB per KB | per KB vs 100 KB: CPU, wall, memory |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for lang, kb, r in rows:
        base = next((b for la, k, b in rows if la == lang and k == 100), None)
        c_kb, m_kb = r["cpu"] * 1000 / kb, r["rss"] / kb
        ratio = ""
        if base is not None:
            ratio = (f"{c_kb / (base['cpu'] * 10):.2f}×, {(r['wall'] / kb) / (base['wall'] / 100):.2f}×, "
                     f"{m_kb / (base['rss'] / 100):.2f}×")
        lines.append(f"| {lang} | {r['chars'] / 1000:,.0f} KB | {r['wall']:.1f} s | {r['cpu']:.1f} s | "
                     f"{r['rss']:.0f} MiB | {c_kb:.1f} | {m_kb:.2f} | {ratio} |")
    table = "\n".join(lines) + "\n"
    sys.stdout.write(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
