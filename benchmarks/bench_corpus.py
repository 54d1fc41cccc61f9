"""End-to-end corpus builds through the real CLI: 1, 100 and 1,000 generated articles into a new
embedded store, with wall time and peak memory of the whole process tree (kg and its workers).

    python benchmarks/bench_corpus.py                       # 1, 100, 1000 articles, ~800 words each
    python benchmarks/bench_corpus.py --sizes 1,100 --jobs 2 --out benchmarks/results-corpus.md

Articles come from ``gen_articles.py`` (invented, half French, half English), written as .txt
files (or one JSONL file with ``--jsonl``). Each size runs ``kg build DIR --store NEW --quiet``
in a fresh process, then once more on the same store (every article unchanged: the cost of
reading and hashing). Memory is sampled every 0.1 s from /proc: the sum of the resident sets
(RSS) of kg and all its children, and the sum of their proportional sets (PSS, which counts
memory shared between processes once) - PSS is the honest total, RSS an upper bound.
Absolute times are noisy on a shared machine; run it when the machine is otherwise idle.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from gen_articles import article  # noqa: E402


def _children(pid: int) -> list[int]:
    """pid and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(parents.get(p, []))
    return out


def _kb(path: str, key: str) -> int:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu(pid: int) -> float:
    """User + system CPU seconds of one process so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class TreeMemory:
    """Peak summed RSS and PSS (MiB) of a process and its descendants, and their CPU time, sampled
    in a thread (CPU time does not depend on what else the machine runs, unlike wall time)."""

    def __init__(self, pid: int, every: float = 0.1):
        self.pid, self.every = pid, every
        self.rss = self.pss = 0.0
        self.processes = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _children(self.pid)
            rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in pids) / 1024
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids) / 1024
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self.processes = max(self.processes, len(pids))
            for p in pids:
                self._cpu[p] = max(self._cpu.get(p, 0.0), _cpu(p))
            self._stop.wait(self.every)

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_kg(args: list[str]) -> dict:
    kg = shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"
    started = time.perf_counter()
    proc = subprocess.Popen([kg, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    mem = TreeMemory(proc.pid)
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    mem.stop()
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"wall": wall, "rss": mem.rss, "pss": mem.pss, "processes": mem.processes, "cpu": mem.cpu}


def make_corpus(folder: Path, n: int, words: int, jsonl: bool) -> tuple[str, int]:
    """Write n articles; returns the kg input and the number of words."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    if jsonl:
        path = folder / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(n):
                a = article(i, words=words)
                total += len(a["text"].split())
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        return str(path), total
    for i in range(n):
        a = article(i, words=words)
        total += len(a["text"].split())
        (folder / f"{i:05d}.{a['lang']}.txt").write_text(a["text"], encoding="utf-8")
    return str(folder), total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,100,1000", help="comma-separated article counts")
    ap.add_argument("--words", type=int, default=800, help="about how many words per article")
    ap.add_argument("--jobs", type=int, help="kg build --jobs (default: kg's, the number of cores)")
    ap.add_argument("--jsonl", action="store_true", help="give the articles as one JSONL file")
    ap.add_argument("--out", type=Path, help="also write the Markdown table here")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for n in sizes:
            source, words = make_corpus(Path(tmp) / f"in{n}", n, args.words, args.jsonl)
            store = Path(tmp) / f"s{n}.kg"
            extra = ["--quiet"] + (["--jobs", str(args.jobs)] if args.jobs else [])
            first = run_kg(["build", source, "--store", str(store), *extra])
            again = run_kg(["build", source, "--store", str(store), *extra])
            rows.append((n, words, first, again))
            print(f"{n} articles: {first['wall']:.1f} s ({first['cpu']:.0f} s CPU), peak PSS {first['pss']:.0f} MiB "
                  f"(RSS {first['rss']:.0f} MiB, {first['processes']} processes); "
                  f"rebuild (all unchanged) {again['wall']:.1f} s", file=sys.stderr)
    jobs = args.jobs or len(os.sched_getaffinity(0))
    lines = [f"Corpus build into a new embedded store, `kg build {'FILE.jsonl' if args.jsonl else 'DIR'} --store NEW "
             f"--quiet`, jobs={jobs}, ~{args.words} words per article, {platform.python_version()}, "
             f"{os.cpu_count()} cores:", "",
             "| articles | words | wall | articles/s | CPU (all processes) | peak memory (PSS, all processes) | peak RSS sum | rebuild, all unchanged |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, words, first, again in rows:
        lines.append(f"| {n:,} | {words:,} | {first['wall']:.1f} s | {n / first['wall']:.1f} | {first['cpu']:.0f} s | "
                     f"{first['pss']:.0f} MiB | {first['rss']:.0f} MiB | {again['wall']:.1f} s |")
    table = "\n".join(lines) + "\n"
    sys.stdout.write(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
