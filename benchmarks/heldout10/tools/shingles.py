#!/usr/bin/env python3
"""7-word-shingle overlap of our texts against reference corpora.

Usage: python3 tools/shingles.py CORPUS_DIR [REF_DIR ...]
Defaults: REF_DIRs = /work/shared/corpus /work/shared/corpus-train.
Reads every txt, md, json, jsonl, tsv, html, yaml file under the reference directories
(strings inside JSON are decoded) and prints, for each of our texts, only our own side:
the runs of our words covered by a shared 7-word shingle. Reference text is never printed.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

N = 7
EXTS = {".txt", ".md", ".json", ".jsonl", ".tsv", ".html", ".yaml", ".yml"}


def words(text):
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    return re.findall(r"\w+", text)


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def ref_texts(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    yield raw
    if path.suffix in (".json", ".jsonl"):
        chunks = [raw] if path.suffix == ".json" else raw.splitlines()
        for chunk in chunks:
            try:
                yield "\n".join(strings(json.loads(chunk)))
            except (ValueError, RecursionError):
                pass


def main():
    ours = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    refs = [Path(p) for p in sys.argv[2:]] or [Path("/work/shared/corpus"), Path("/work/shared/corpus-train")]
    ref = set()
    nfiles = 0
    for d in refs:
        for p in sorted(d.rglob("*")):
            if p.is_file() and p.suffix.lower() in EXTS:
                nfiles += 1
                for t in ref_texts(p):
                    w = words(t)
                    ref.update(tuple(w[i:i + N]) for i in range(len(w) - N + 1))
    print(f"{nfiles} reference files, {len(ref)} distinct {N}-word shingles")
    total = 0
    for p in sorted(ours.glob("*.txt")):
        w = words(p.read_text(encoding="utf-8"))
        hit = [False] * len(w)
        for i in range(len(w) - N + 1):
            if tuple(w[i:i + N]) in ref:
                for j in range(i, i + N):
                    hit[j] = True
        runs, cur = [], []
        for word, h in zip(w, hit):
            if h:
                cur.append(word)
            elif cur:
                runs.append(" ".join(cur)); cur = []
        if cur:
            runs.append(" ".join(cur))
        total += len(runs)
        print(f"{p.name}: {len(runs)} shared run(s)")
        for r in runs:
            print("   ", r)
    print(f"total shared runs: {total}")


if __name__ == "__main__":
    main()
