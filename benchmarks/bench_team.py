"""The team database on PostgreSQL with 100,000 drafts: saves by 10 concurrent writers,
search, and the list of the newest 200.

    .venv/bin/python benchmarks/bench_team.py [--drafts 100000] [--writers 10] [--runs 300]

Starts a PostgreSQL server in a temporary folder the way the tests do (``tests/postgres.py``:
Debian's initdb/pg_ctl, as the unprivileged ``postgres`` account when run as root, a Unix
socket only), but durable: ``fsync``, ``synchronous_commit`` and ``full_page_writes`` are
switched back on, as on a real server. The drafts are written through the store's bulk path
(``insert_drafts``, as an import writes them), 1,000 per transaction, as the application
role cleared for every level, so row-level security is in every measured query. The server
and its folder are removed at the end.
"""

from __future__ import annotations

import argparse
import copy
import multiprocessing
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import WORDS, machine, realistic_nota, search_queries, summary
from notadesk.core.identity import Person
from notadesk.core.storage.documents import content_json
from notadesk.core.storage.records import now_iso
from notadesk.core.storage.revisions import NewDraft, NewRevision
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import DraftRow
from notadesk.errors import ConflictError
from tests.postgres import PostgresServer, server_bin

BATCH = 1_000
DURABLE = (
    "ALTER SYSTEM SET fsync = on",
    "ALTER SYSTEM SET synchronous_commit = on",
    "ALTER SYSTEM SET full_page_writes = on",
    "SELECT pg_reload_conf()",
)


def populate(store: DraftStore, count: int, rng: random.Random) -> None:
    """Write ``count`` drafts (one revision each) through the bulk path, 1,000 at a time."""
    bases = [realistic_nota(rng) for _ in range(200)]
    author = Person("bench", "Bench", "")
    made = 0
    started = time.perf_counter()
    while made < count:
        drafts = []
        stamp = now_iso()
        for i in range(min(BATCH, count - made)):
            nota = copy.copy(rng.choice(bases))  # only top-level fields change
            nota.reference = f"Min-TEAM.2026.{made + i + 1}"
            nota.subject = " ".join(rng.choices(WORDS, k=8)).capitalize()
            row = DraftRow(id=str(uuid.UUID(int=rng.getrandbits(128), version=4)))
            row.created, row.conflict_of = stamp, None
            DraftStore.fill_row(row, nota, stamp)
            rev = NewRevision(
                uuid=str(uuid.uuid4()),
                parent_uuid=None,
                created=stamp,
                origin="create",
                restored_from=None,
                content_hash=nota.content_hash(),
                document=content_json(nota),
                author=author,
            )
            drafts.append(NewDraft(row=row, revisions=[rev], head=nota))
        with store.writing() as s:
            store.insert_drafts(s, drafts)
        made += len(drafts)
        if made % 10_000 == 0:
            rate = made / (time.perf_counter() - started)
            print(f"  {made} drafts ({rate:.0f}/s)", file=sys.stderr)


def _writer(url: str, data_dir: str, ids: list[str], runs: int, seed: int, out: object) -> None:
    """One colleague saving: ``runs`` saves of drafts drawn from ``ids``."""
    rng = random.Random(seed)
    store = DraftStore.open(Path(data_dir), server=url)
    times, conflicts = [], 0
    for _ in range(runs):
        draft = store.get(rng.choice(ids))
        nota = draft.nota
        nota.subject = f"{nota.subject[:200]} {rng.choice(WORDS)}"
        start = time.perf_counter()
        try:
            store.save(draft.id, nota, base_revision=draft.revision)
        except ConflictError:
            conflicts += 1
        times.append((time.perf_counter() - start) * 1000)
    store.close()
    out.put((times, conflicts))  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=100_000)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    bin_dir = server_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL's initdb and pg_ctl are missing: install Debian's postgresql.")
    rng = random.Random(2026)
    server = PostgresServer(bin_dir)
    data = Path(tempfile.mkdtemp(prefix="notadesk-bench-team-"))
    try:
        server.start()
        server.sql(*DURABLE)
        name = server.new_database()
        url = server.url(name)
        store = DraftStore.open(data, server=url)
        started = time.perf_counter()
        populate(store, args.drafts, rng)
        filled = time.perf_counter() - started
        server.sql("VACUUM ANALYZE", database=name)
        ids = [d.id for d in store.list(limit=args.drafts)]

        # One colleague saving alone: what a save costs without waiting for others.
        queue: multiprocessing.Queue = multiprocessing.Queue()
        _writer(url, str(data), rng.sample(ids, 2_000), args.runs // 3, 99, queue)
        alone = queue.get()[0]

        # 10 colleagues saving at once, each a different run of drafts (some shared).
        per = max(1, args.runs // args.writers) * 3
        procs = [
            multiprocessing.Process(
                target=_writer,
                args=(url, str(data), rng.sample(ids, 2_000), per, seed, queue),
            )
            for seed in range(args.writers)
        ]
        for p in procs:
            p.start()
        results = [queue.get() for _ in procs]
        for p in procs:
            p.join()
        saves = [t for times, _ in results for t in times]
        conflicts = sum(c for _, c in results)

        queries = search_queries(rng, args.runs)
        searches, hits = [], []
        for q in queries:
            start = time.perf_counter()
            hits.append(len(store.search(q)))
            searches.append((time.perf_counter() - start) * 1000)

        newest = []
        for _ in range(args.runs):
            start = time.perf_counter()
            rows = store.list(limit=200)
            newest.append((time.perf_counter() - start) * 1000)
        assert len(rows) == 200
        store.close()

        print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end")
        print(
            f"PostgreSQL {bin_dir.parent.name} (fsync and synchronous_commit on), "
            f"{args.drafts} drafts written in bulk in {filled:.0f} s"
        )
        print(f"save, one writer alone: wall {summary(alone)}")
        print(
            f"save with {args.writers} concurrent writers (row lock, revision, search row, "
            f"notification): wall {summary(saves)}; {conflicts} conflicts surfaced"
        )
        typical = sorted(hits)[len(hits) // 2]
        print(
            f"full-text search (Dutch, up to 200 hits, 20 snippets; median {typical} hits): "
            f"wall {summary(searches)}"
        )
        print(f"list of the newest 200: wall {summary(newest)}")
    finally:
        server.stop()
        import shutil

        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
