"""Save latency, search latency and cold `notadesk list` with 10,000 drafts.

    .venv/bin/python benchmarks/bench_core.py [--drafts 10000] [--data-dir DIR]

Builds (once, cached in the data dir) a database of realistic drafts, then measures.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import WORDS, machine, realistic_nota, search_queries, summary
from notadesk.core.storage.store import DraftStore, now_iso
from notadesk.core.storage.tables import DraftRow


def populate(store: DraftStore, count: int, rng: random.Random) -> None:
    """Add drafts until the store holds ``count``, many per transaction (setup only)."""
    have = store.count()
    batch = 250
    while have < count:
        with store.writing() as s:
            for i in range(min(batch, count - have)):
                nota = realistic_nota(rng)
                nota.reference = f"Min-BENCH.2026.{have + i + 1}"
                stamp = now_iso()
                draft_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                row = DraftRow(id=draft_id, created=stamp, head=0, head_uuid="")
                store.fill_row(row, nota, stamp)
                s.add(row)
                s.flush()
                store.append_revision(s, row, nota, origin="create", created=stamp)
        have = store.count()
        print(f"  {have} drafts", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/notadesk-bench-10k"))
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(2026)
    store = DraftStore.open(args.data_dir)
    populate(store, args.drafts, rng)
    ids = [d.id for d in store.list()]

    saves: list[float] = []
    saves_cpu: list[float] = []
    for _ in range(args.runs):
        draft = store.get(rng.choice(ids))
        nota = draft.nota
        nota.subject = nota.subject + " " + rng.choice(WORDS)
        start, cpu = time.perf_counter(), time.process_time()
        store.save(draft.id, nota, base_revision=draft.revision)
        saves.append((time.perf_counter() - start) * 1000)
        saves_cpu.append((time.process_time() - cpu) * 1000)

    queries = search_queries(rng, args.runs)
    searches: list[float] = []
    searches_cpu: list[float] = []
    for q in queries:
        start, cpu = time.perf_counter(), time.process_time()
        store.search(q)
        searches.append((time.perf_counter() - start) * 1000)
        searches_cpu.append((time.process_time() - cpu) * 1000)
    store.close()

    cold: list[float] = []
    cold_cpu: list[float] = []
    for _ in range(20):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "notadesk", "--data-dir", str(args.data_dir), "list"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        cold.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        cold_cpu.append(used * 1000)

    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end")
    print(f"drafts in the database: {len(ids)}")
    print(f"save (revision + search index, synchronous=FULL): wall {summary(saves)}")
    print(f"    CPU time of the same saves: {summary(saves_cpu)}")
    print(f"full-text search (up to 200 hits, 20 snippets): wall {summary(searches)}")
    print(f"    CPU time of the same searches: {summary(searches_cpu)}")
    print(f"cold `notadesk list` ({len(ids)} rows): wall {summary(cold)}")
    print(f"    CPU time of the same processes: {summary(cold_cpu)}")


if __name__ == "__main__":
    main()
