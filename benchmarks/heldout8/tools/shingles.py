#!/usr/bin/env python3
"""7-word-shingle overlap between heldout8 texts and the reference corpora (prints only our own text)."""
import re, sys, unicodedata
from pathlib import Path

def words(t):
    t = unicodedata.normalize("NFKC", t).lower().replace("\u2019", "'")
    return re.findall(r"\w+", t)

def shingles(ws, n=7):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}

refs = set()
nfiles = 0
for root in ("/work/shared/corpus", "/work/shared/corpus-train"):
    for p in Path(root).rglob("*"):
        if p.is_file() and p.suffix in {".txt", ".md", ".json", ".jsonl", ".tsv", ".html", ".yaml"}:
            try:
                refs |= shingles(words(p.read_text(encoding="utf-8", errors="ignore")))
                nfiles += 1
            except Exception:
                pass
print(f"reference files: {nfiles}, shingles: {len(refs)}")
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    hits = [s for s in shingles(words(p.read_text(encoding="utf-8"))) if s in refs]
    print(f"{p.name}: {len(hits)} overlapping shingles")
    for s in sorted(hits):
        print("   ", " ".join(s))
