"""The team database on PostgreSQL with 100,000 drafts: saves by 10 concurrent writers,
search, and the list of the newest 200.

    .venv/bin/python benchmarks/bench_team.py [--drafts 100000] [--writers 10] [--runs 300]
        [--pace 1.0] [--keep DIR] [--only search|saves] [--candidates N]

Starts a PostgreSQL server in a temporary folder the way the tests do (``tests/postgres.py``:
Debian's initdb/pg_ctl, as the unprivileged ``postgres`` account when run as root, a Unix
socket only), but as a real server: ``fsync``, ``synchronous_commit`` and ``full_page_writes``
are switched back on, and ``shared_buffers`` is PostgreSQL's default 128 MB (the tests' server
has 32 MB). The drafts are written through the store's bulk path
(``insert_drafts``, as an import writes them), 1,000 per transaction, as the application
role cleared for every level, so row-level security is in every measured query. The server
and its folder are removed at the end, unless ``--keep DIR`` is given: then the server's
cluster and the filled database live in DIR and are reused by the next run with the same DIR
(filling 100,000 drafts takes minutes); a kept database is brought up to the newest schema.

Saves are measured three ways: one writer alone; ten writers at once in a closed loop (each
saves again the moment its last save returns: a flood, far more than ten officers make); and
ten writers paced as ten officers typing (each saves once per typing pause, every ``--pace``
seconds with ±30 % jitter, as the window's autosave does), which is the deployment's case.
``--only search`` (with ``--keep``) skips the writers and measures search and the list only;
``--only saves`` measures the three ways of saving only; ``--candidates N`` ranks at most N
matches instead of ``fulltext.CANDIDATES`` (to compare). A search's CPU time is that of this
process and of the server's processes (Linux's schedstat), which load inflates less than
the wall time.
The searches are the same on every run (their own seed), whatever else ran before them.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import multiprocessing
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import WORDS, machine, p95, realistic_nota, search_queries, summary
from notadesk.core.identity import Person
from notadesk.core.storage.documents import content_json
from notadesk.core.storage.revisions import NewDraft, NewRevision
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import DraftRow
from notadesk.errors import ConflictError
from tests.postgres import OWNER, PostgresServer, server_bin

BATCH = 1_000
DURABLE = (
    "ALTER SYSTEM SET fsync = on",
    "ALTER SYSTEM SET synchronous_commit = on",
    "ALTER SYSTEM SET full_page_writes = on",
    "SELECT pg_reload_conf()",
)
# The tests' server makes do with 32 MB of shared buffers; a real server has at least
# PostgreSQL's own default (128 MB, what Debian's cluster gets). Taken at the next start.
SERVER_MEMORY = "ALTER SYSTEM SET shared_buffers = '128MB'"


def _as_a_real_server(server: PostgresServer) -> None:
    """Switch durability back on and give the server its default memory (restarting it)."""
    server.sql(SERVER_MEMORY, *DURABLE)
    if _shared_buffers(server) != "128MB":
        pg_ctl = str(server.bin_dir / "pg_ctl")
        data, log = str(server.data), str(server.log)
        server._run(pg_ctl, "-D", data, "-l", log, "-m", "fast", "-w", "restart")
    if (buffers := _shared_buffers(server)) != "128MB":
        sys.exit(f"The server's shared_buffers is {buffers}, not 128MB.")


def _shared_buffers(server: PostgresServer) -> str:
    with server.connect() as con:
        (buffers,) = con.execute("SHOW shared_buffers").fetchone()  # type: ignore[misc]
    return str(buffers)


def populate(store: DraftStore, count: int, rng: random.Random) -> None:
    """Write ``count`` drafts (one revision each) through the bulk path, 1,000 at a time,
    each with a time of its own: one every 10–20 minutes up to now, oldest first, as a
    directorate's years of drafts have (a bulk write's one time for a thousand drafts would
    make every ordering by time compare their ids instead)."""
    bases = [realistic_nota(rng) for _ in range(200)]
    author = Person("bench", "Bench", "")
    made = 0
    started = time.perf_counter()
    gaps = [rng.uniform(600, 1200) for _ in range(count)]
    when = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=sum(gaps))
    while made < count:
        drafts = []
        for i in range(min(BATCH, count - made)):
            when += dt.timedelta(seconds=gaps[made + i])
            stamp = when.isoformat(timespec="milliseconds")
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


class KeptServer(PostgresServer):
    """A server whose cluster lives in a folder of the user's choosing and outlives the run."""

    def __init__(self, bin_dir: Path, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        super().__init__(bin_dir)  # makes a temporary folder owned by the server's account
        owner = os.stat(self.root)
        os.chown(root, owner.st_uid, owner.st_gid)
        root.chmod(0o700)
        self.root.rmdir()
        self.root, self.data, self.log = root, root / "data", root / "server.log"

    def start(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            super().start()
            return
        pg_ctl = str(self.bin_dir / "pg_ctl")
        self._run(pg_ctl, "-D", str(self.data), "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")


KEPT_DATABASE = "notadesk_bench"


def _kept_database(server: KeptServer, drafts: int) -> bool:
    """Return whether the kept cluster already holds the filled database (then upgrade it to
    the newest schema, as its owner, as an administrator would, and compact what an upgrade
    rewrote, as docs/team-database.md "Upgrades" says, so that it reads like a fresh one)."""
    from notadesk.core.storage.database import make_server_engine, server_revision, upgrade

    with server.connect() as con:
        found = con.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (KEPT_DATABASE,)
        ).fetchone()
    if found is None:
        server.sql(f"CREATE DATABASE {KEPT_DATABASE} TEMPLATE notadesk_template OWNER {OWNER}")
        return False
    engine = make_server_engine(server.url(KEPT_DATABASE, OWNER))
    try:
        was = server_revision(engine)
        upgrade(engine)
        now = server_revision(engine)
    finally:
        engine.dispose()
    if was != now:
        print(f"  upgraded from schema {was} to {now}; compacting draft_fts", file=sys.stderr)
        server.sql("VACUUM FULL draft_fts", database=KEPT_DATABASE)
    with server.connect(KEPT_DATABASE) as con:
        (count,) = con.execute("SELECT count(*) FROM drafts").fetchone()  # type: ignore[misc]
    if count != drafts:
        sys.exit(f"The kept database holds {count} drafts, not {drafts}: remove the folder.")
    return True


def _candidates() -> int:
    from notadesk.core.storage import fulltext

    return fulltext.CANDIDATES


def _backends(watch: object) -> list[int]:
    """Return the process ids of the server's other connections to the watched database."""
    found = watch.execute(  # type: ignore[attr-defined]
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
    )
    return [int(r[0]) for r in found]


def _cpu_ms(pids: list[int]) -> float:
    """Return the CPU time the given server processes have used so far, in ms (Linux's
    schedstat: time on a CPU, in ns), so that a search's CPU is known whatever the load."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):  # a process ended
            total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    return total / 1e6


def _writer(
    url: str,
    data_dir: str,
    ids: list[str],
    runs: int,
    seed: int,
    out: object,
    pace: float = 0.0,
) -> None:
    """One colleague saving: ``runs`` saves of drafts drawn from ``ids``; with ``pace``, one
    save every ``pace`` seconds ±30 % (an autosave after each typing pause), else each save
    the moment the last one returned."""
    rng = random.Random(seed)
    store = DraftStore.open(Path(data_dir), server=url)
    times, conflicts = [], 0
    if pace:
        time.sleep(rng.uniform(0, pace))  # the officers did not start typing together
    for _ in range(runs):
        if pace:
            time.sleep(pace * rng.uniform(0.7, 1.3))
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


def _together(
    url: str,
    data: Path,
    ids: list[str],
    runs: int,
    writers: int,
    rng: random.Random,
    *,
    seed: int,
    pace: float,
) -> tuple[list[float], int]:
    """Run ``writers`` writer processes at once; return every save's time and the conflicts."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(
            target=_writer,
            args=(url, str(data), rng.sample(ids, 2_000), runs, seed + i, queue, pace),
        )
        for i in range(writers)
    ]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    return [t for times, _ in results for t in times], sum(c for _, c in results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=100_000)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument(
        "--pace", type=float, default=1.0, help="seconds between a paced writer's saves"
    )
    parser.add_argument(
        "--keep", type=Path, help="keep the server and its filled database here, and reuse them"
    )
    parser.add_argument(
        "--candidates",
        type=int,
        help="rank at most this many matches on PostgreSQL (fulltext.CANDIDATES), to compare",
    )
    parser.add_argument(
        "--sessions",
        type=int,
        default=1,
        help="search in this many sessions one after another (each a newly opened store, "
        "its first search untimed) and pool their times",
    )
    parser.add_argument(
        "--only",
        choices=["search", "saves"],
        help="measure only this (with --keep: the filled database is reused, no writers run)",
    )
    args = parser.parse_args()
    if args.candidates:
        from notadesk.core.storage import fulltext

        fulltext.CANDIDATES = args.candidates
    bin_dir = server_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL's initdb and pg_ctl are missing: install Debian's postgresql.")
    rng = random.Random(2026)
    server = PostgresServer(bin_dir) if args.keep is None else KeptServer(bin_dir, args.keep)
    data = Path(tempfile.mkdtemp(prefix="notadesk-bench-team-"))
    try:
        server.start()
        _as_a_real_server(server)
        if isinstance(server, KeptServer):
            name = KEPT_DATABASE
            kept = _kept_database(server, args.drafts)
        else:
            name, kept = server.new_database(), False
        url = server.url(name)
        store = DraftStore.open(data, server=url)
        started = time.perf_counter()
        if not kept:
            populate(store, args.drafts, rng)
        filled = time.perf_counter() - started
        server.sql("VACUUM ANALYZE", database=name)
        ids = [d.id for d in store.list(limit=args.drafts)]
        writers, searching = args.only != "search", args.only != "saves"

        # One colleague saving alone: what a save costs without waiting for others.
        if writers:
            queue: multiprocessing.Queue = multiprocessing.Queue()
            _writer(url, str(data), rng.sample(ids, 2_000), args.runs // 3, 99, queue)
            alone = queue.get()[0]

            # 10 colleagues saving at once, each a different run of drafts (some shared): in
            # a closed loop (a flood), then each once per typing pause (the autosave cadence).
            per = max(1, args.runs // args.writers) * 3
            saves, conflicts = _together(url, data, ids, per, args.writers, rng, seed=0, pace=0.0)
            paced, paced_conflicts = _together(
                url, data, ids, per, args.writers, rng, seed=100, pace=args.pace
            )

        queries = search_queries(random.Random(2026), args.runs) if searching else []
        searches, hits, used = [], [], []
        if searching:
            store.search(queries[0])  # the store's connection is open: its server process known
        with server.connect(name) as watch:
            backends = _backends(watch)
            for q in queries:
                cpu = time.process_time() + _cpu_ms(backends) / 1000
                start = time.perf_counter()
                hits.append(len(store.search(q)))
                searches.append((time.perf_counter() - start) * 1000)
                used.append((time.process_time() + _cpu_ms(backends) / 1000 - cpu) * 1000)
        pooled, per_session = list(searches), [p95(searches)] if searching else []
        for _ in range(args.sessions - 1 if searching else 0):
            with DraftStore.open(data, server=url) as again:
                again.search(queries[0])
                times = []
                for q in queries:
                    start = time.perf_counter()
                    again.search(q)
                    times.append((time.perf_counter() - start) * 1000)
            pooled += times
            per_session.append(p95(times))

        newest = []
        for _ in range(args.runs if searching else 0):
            start = time.perf_counter()
            assert len(store.list(limit=200)) == 200
            newest.append((time.perf_counter() - start) * 1000)
        store.close()

        print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end")
        built = "reused (--keep)" if kept else f"written in bulk in {filled:.0f} s"
        print(
            f"PostgreSQL {bin_dir.parent.name} (fsync and synchronous_commit on, "
            "shared_buffers 128MB), "
            f"{args.drafts} drafts {built}"
        )
        if writers:
            print(f"save, one writer alone: wall {summary(alone)}")
            print(
                f"save with {args.writers} concurrent writers (row lock, revision, search "
                f"row, notification), closed loop (flood): wall {summary(saves)}; "
                f"{conflicts} conflicts surfaced"
            )
            print(
                f"save with {args.writers} writers paced as officers typing (one save every "
                f"{args.pace:g} s ±30 % each): wall {summary(paced)}; "
                f"{paced_conflicts} conflicts"
            )
        if searching:
            typical = sorted(hits)[len(hits) // 2]
            print(
                f"full-text search (Dutch, up to 200 hits, 20 snippets; median {typical} hits; "
                f"the newest {_candidates()} matches ranked): wall {summary(searches)}; "
                f"CPU of this process and the server {summary(used)}"
            )
            if args.sessions > 1:
                print(
                    f"full-text search pooled over {args.sessions} sessions: wall "
                    f"{summary(pooled)}; each session's p95: "
                    + " ".join(f"{p:.1f}" for p in per_session)
                    + " ms"
                )
            print(f"list of the newest 200: wall {summary(newest)}")
            slow = sorted(zip(searches, queries, hits, strict=True), reverse=True)[
                : max(1, len(queries) // 20)
            ]
            print("slowest searches: " + "; ".join(f"{q!r} {t:.0f} ms" for t, q, _ in slow))
    finally:
        server.stop()
        import shutil

        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
