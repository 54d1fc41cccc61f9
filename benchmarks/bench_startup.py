"""Start-up costs: `kg --help`, and a one-article `kg build` from a cold process, with where the time goes.

    python benchmarks/bench_startup.py                  # 7 runs of each command
    python benchmarks/bench_startup.py --runs 15 --out benchmarks/results-startup.md

Each command runs in a new process (files in the OS cache: "cold" means a new interpreter, not an
empty disk cache). Wall time is the median and the best of the runs; CPU time (user + system, from
the child's rusage; the forked NER child's CPU is included) does not depend on what else the machine is doing. The stage table runs the
steps of a build one by one in a fresh process, so each line is what that step adds.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "reflection-ai.fr.txt"

STAGES = r"""
import json, sys, time
T = time.perf_counter(); t0 = T; out = []
def lap(name):
    global t0
    t = time.perf_counter(); out.append((name, t - t0)); t0 = t
import graph.cli; lap("import graph.cli (typer)")
from graph import api; from graph.rdf import new_dataset; lap("import rdflib and kg's RDF layer")
from graph.analysis import nlp
from graph.pipeline import get_pipeline; pipe = get_pipeline(); lap("build the pipeline (knowledge base, rules)")
from graph.ingest import read_path; from pathlib import Path; art = read_path(Path(sys.argv[1]))
lang = nlp.detect_language(art.text); lap("language detection (py3langid: numpy, 68 MB model unpacked from LZMA)")
nlp.is_common_word("bonjour", "fr"); lap("dictionary words (kg's copy of wordfreq's frequent words)")
import spacy; lap("import spacy")
nlp.load("fr"); lap("load fr_core_news_md (ner only)")
nlp.ner_spans(art.text, "fr"); lap("NER on the article")
ex = pipe.extract(art); lap("rest of the extraction")
from graph.rdf import add_extraction; ds = new_dataset(); add_extraction(ds, ex); api.save_graph(ds, sys.argv[2]); lap("RDF and Turtle file")
print(json.dumps(out))
"""


def run(cmd: list[str], env=None) -> tuple[float, float]:
    """Wall and CPU seconds of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    bindir = Path(sys.executable).parent
    kg, py = str(bindir / "kg"), sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "x.ttl")
        commands = [
            ("`python -c pass` (the interpreter alone)", [py, "-c", "pass"]),
            ("`python -c 'import graph.cli'`", [py, "-c", "import graph.cli"]),
            ("`kg --help`", [kg, "--help"]),
            ("`kg build --help`", [kg, "build", "--help"]),
            ("`kg build ARTICLE -o x.ttl` (one French article, 650 words)", [kg, "build", str(EXAMPLE), "-o", out]),
            ("`kg build ARTICLE -o x.ttl --lang fr` (no language detection)", [kg, "build", str(EXAMPLE), "-o", out, "--lang", "fr"]),
        ]
        rows = []
        for label, cmd in commands:
            run(cmd)  # once to warm the OS file cache
            walls, cpus = zip(*(run(cmd) for _ in range(args.runs)))
            rows.append((label, statistics.median(walls), min(walls), statistics.median(cpus)))
            print(f"{label}: median {rows[-1][1]:.2f} s, best {rows[-1][2]:.2f} s, CPU {rows[-1][3]:.2f} s", file=sys.stderr)
        stage_runs = []
        for _ in range(max(3, args.runs // 2)):
            r = subprocess.run([py, "-c", STAGES, str(EXAMPLE), out], capture_output=True, text=True, cwd=ROOT, check=True)
            import json

            stage_runs.append(json.loads(r.stdout.strip().splitlines()[-1]))
    stages = [(name, statistics.median(run[i][1] for run in stage_runs)) for i, (name, _) in enumerate(stage_runs[0])]
    lines = [f"Start-up, {args.runs} runs each, Python {platform.python_version()}, {os.cpu_count()} cores:", "",
             "| command | wall, median | wall, best | CPU, median |", "|---|---:|---:|---:|"]
    lines += [f"| {label} | {med:.2f} s | {best:.2f} s | {cpu:.2f} s |" for label, med, best, cpu in rows]
    lines += ["", "Where a one-article build spends its time (one step after the other, median of "
              f"{len(stage_runs)} fresh processes):", "", "| step | seconds |", "|---|---:|"]
    lines += [f"| {name} | {sec:.2f} |" for name, sec in stages]
    lines.append(f"| **total** | **{sum(s for _, s in stages):.2f}** |")
    lines += ["", "`kg build` does not take these steps one after the other: the first batch of a build in one "
              "process runs the spaCy steps (import, load, NER) in a forked child while the parent loads the "
              "rest (`graph.pipeline.warm_up`), so a one-article build takes about the longer of the two "
              "plus the extraction, not the sum."]
    table = "\n".join(lines) + "\n"
    sys.stdout.write(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
