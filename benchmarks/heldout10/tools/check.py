#!/usr/bin/env python3
"""Self-check a held-out set: python3 tools/check.py SET_DIR

For every gold/NAME.yaml:
  * parses with score.py's Gold loader;
  * the text corpus/NAME is 380-520 words;
  * every entity name in facts, must_not, entities and must_not_entities occurs in the text
    (accent/case folded, at word boundaries) directly or through a listed alias
    (optional entries are reported as notes only, demonym-derived names may be absent);
  * the gold facts, written as facts JSONL (status asserted, subject_type Article for ARTICLE,
    amounts as value + unit), with the entity lists as entities JSONL, score 100 % precision,
    recall and entity typing with no must_not violation and no junk entity through
    `python3 /work/shared/eval/score.py --gold --facts --entities --json`; same with optional added;
  * no facts/optional entry collides with a must_not entry.
Only reads the set and score.py; never calls the project.
"""
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
fold = score.fold

LITERAL_OBJ = {"fundsRaised", "valuation", "foundingYear"}


def in_text(name, gold, text_f):
    for form in gold.forms(name):
        if form and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text_f):
            return True
    return False


def to_fact(f, types):
    s, rel, o = f
    d = {"subject": s, "relation": rel, "object": o, "status": "asserted",
         "subject_type": types.get(s, "Organization"), "object_type": types.get(o, "Thing"),
         "unit": None}
    if s == "ARTICLE":
        d["subject"], d["subject_type"] = "the article", "Article"
    if rel in score.AMOUNTS:
        value, cur = score.parse_amount(o)
        d["object"] = str(int(value)) if value == int(value) else str(value)
        d["unit"] = cur
        d["object_type"] = "Literal"
    return d


def run_score(gpath, facts, ents, tmp):
    fp, ep = Path(tmp) / "f.jsonl", Path(tmp) / "e.jsonl"
    fp.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in facts), encoding="utf-8")
    ep.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in ents), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORE), "--gold", str(gpath), "--facts", str(fp),
                          "--entities", str(ep), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    problems, notes = [], []
    counts = {}
    for gpath in sorted((root / "gold").glob("*.yaml")):
        tag = gpath.name
        try:
            gold = score.Gold(gpath)
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{tag}: does not parse ({exc})")
            continue
        tpath = root / "corpus" / gold.article
        if not tpath.exists():
            problems.append(f"{tag}: missing text {gold.article}")
            continue
        text = tpath.read_text(encoding="utf-8")
        n = len(text.split())
        if not 380 <= n <= 520:
            problems.append(f"{tag}: {n} words")
        text_f = fold(text)
        for field, rows in (("facts", gold.facts), ("optional", gold.optional), ("must_not", gold.must_not)):
            for row in rows:
                if len(row) != 3:
                    problems.append(f"{tag}: {field} row not a triple {row}")
                    continue
                if row[1] not in score.RELATIONS:
                    problems.append(f"{tag}: {field} unknown relation {row}")
                names = [row[0]] + ([] if row[1] in LITERAL_OBJ else [row[2]])
                for name in names:
                    if name in ("*", "ARTICLE"):
                        continue
                    if not in_text(name, gold, text_f):
                        (notes if field == "optional" else problems).append(
                            f"{tag}: {field} name not in text: {name!r} in {row}")
        types = {}
        ents = []
        for gtype, names in gold.entities.items():
            for name in names:
                if not in_text(name, gold, text_f):
                    problems.append(f"{tag}: entity not in text: {name!r}")
                if name in types:
                    problems.append(f"{tag}: entity listed twice: {name!r}")
                types[name] = gtype
                aliases = sorted(gold.names.get(name, set()) - {fold(name)})
                ents.append({"label": name, "types": [gtype, "Thing"], "aliases": aliases})
        for name in gold.must_not_entities:
            if not re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", text_f):
                problems.append(f"{tag}: must_not_entity not in text: {name!r}")
            if name in types:
                problems.append(f"{tag}: must_not_entity is also an entity: {name!r}")
        for field, rows in (("facts", gold.facts), ("optional", gold.optional)):
            for row in rows:
                d = to_fact(row, types)
                for bad in gold.must_not:
                    if gold.fact_matches(bad, d):
                        problems.append(f"{tag}: {field} {list(row)} collides with must_not {list(bad)}")
        with tempfile.TemporaryDirectory() as tmp:
            for label, rows in (("facts", gold.facts), ("facts+optional", gold.facts + gold.optional)):
                res = run_score(gpath, [to_fact(r, types) for r in rows], ents, tmp)
                ok = (res["precision"] == 1.0 and res["recall"] == 1.0 and res["violations"] == 0
                      and res["entity_typing_recall"] in (1.0, None) and res["junk_entities"] == 0)
                if not ok:
                    problems.append(f"{tag}: score with {label}: {res}")
        counts[gpath.stem] = (len(gold.facts), len(gold.optional), len(gold.must_not), n)
    for note in notes:
        print("note   ", note)
    for p in problems:
        print("PROBLEM", p)
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    for k, c in counts.items():
        print(f"{k:32} facts {c[0]:3} optional {c[1]:3} must_not {c[2]:3} words {c[3]}")
    print(f"{len(counts)} gold files; facts/optional/must_not {tot[0]}/{tot[1]}/{tot[2]}; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
