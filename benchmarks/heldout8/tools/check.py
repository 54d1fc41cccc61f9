#!/usr/bin/env python3
"""Mechanical checks of the heldout8 gold files against score.py's contract."""
import json, subprocess, sys, tempfile, re
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
import score  # noqa
from score import Gold, fold, AMOUNTS

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/heldout8")
LITERAL = AMOUNTS | {"foundingYear"}
ok = True

def to_fact(t):
    s, r, o = t
    f = {"subject": s, "subject_type": "Article" if s == "ARTICLE" else "Thing", "relation": r,
         "object": o, "object_type": "Thing", "unit": None, "status": "asserted"}
    if r in AMOUNTS:
        parts = o.split()
        f["object"] = parts[0]
        f["unit"] = parts[1] if len(parts) > 1 else None
    return f

def present(gold, name, text):
    forms = gold.forms(name)
    return any(re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", text) for x in forms if x)

for gpath in sorted((ROOT / "gold").glob("*.yaml")):
    g = Gold(gpath)
    text = fold((ROOT / "corpus" / g.article).read_text(encoding="utf-8"))
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, rows in (("facts", g.facts), ("facts+optional", g.facts + g.optional)):
            fj = Path(tmp) / "f.jsonl"
            fj.write_text("".join(json.dumps(to_fact(t)) + "\n" for t in rows))
            ents = [{"label": n, "types": [t], "aliases": []} for t, ns in g.entities.items() for n in ns]
            ej = Path(tmp) / "e.jsonl"
            ej.write_text("".join(json.dumps(e) + "\n" for e in ents))
            out = subprocess.run([sys.executable, "/work/shared/eval/score.py", "--gold", str(gpath),
                                  "--facts", str(fj), "--entities", str(ej), "--json"],
                                 capture_output=True, text=True, check=True).stdout
            s = json.loads(out.strip().splitlines()[-1])
            if not (s["precision"] == 1.0 and s["recall"] == 1.0 and s["violations"] == 0
                    and s["entity_typing_recall"] == 1.0 and s["junk_entities"] == 0):
                problems.append(f"{label}: {s}")
    # every facts/optional entry vs must_not
    for t in g.facts + g.optional:
        if t[0] == "*" or t[2] == "*":
            problems.append(f"wildcard outside must_not: {t}")
        if any(g.fact_matches(m, to_fact(t)) for m in g.must_not):
            problems.append(f"collides with must_not: {t}")
    # literal presence
    nonlit = []
    for kind, rows in (("facts", g.facts), ("optional", g.optional), ("must_not", g.must_not)):
        for s_, r, o in rows:
            names = [s_] + ([] if r in LITERAL else [o])
            for n in names:
                if n in ("ARTICLE", "*"):
                    continue
                if not present(g, n, text):
                    (problems if kind == "facts" else nonlit).append(f"{kind} name not in text: {n}")
    for t, ns in g.entities.items():
        for n in ns:
            if not present(g, n, text):
                problems.append(f"entity not in text: {n} ({t})")
    for n in g.must_not_entities:
        if not present(g, n, text):
            nonlit.append(f"must_not_entity not in text: {n}")
    # duplicates
    allrows = g.facts + g.optional + g.must_not
    if len(set(allrows)) != len(allrows):
        problems.append("duplicate rows")
    print(f"{gpath.name}: {len(g.facts)}/{len(g.optional)}/{len(g.must_not)} "
          f"{'OK' if not problems else 'PROBLEMS'}")
    for p in problems:
        ok = False
        print("   !!", p)
    for p in nonlit:
        print("   ..", p)
sys.exit(0 if ok else 1)
