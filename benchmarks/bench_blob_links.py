"""What attachment files under need to know cost on the team database (migration 0007).

    .venv/bin/python benchmarks/bench_blob_links.py [--runs 300]

Starts a PostgreSQL server in a temporary folder the way the tests do (``tests/postgres.py``),
durable as in ``bench_team.py``, and works as the application role (row-level security in
every statement). Measures, each with the trigger that links a revision's files to its draft
switched on and then off (as the owner: ``ALTER TABLE revisions DISABLE TRIGGER``), in
alternating blocks so that a change of load falls on both:

- a save of a draft without attachments (the trigger looks for a file's hash in the document
  and returns);
- a save of a draft with one attached file (the trigger reads the document's attachments and
  links the file, already linked: nothing is written);

and the read of a 200 kB file as the application role (through the policy on ``blobs``)
against the same read as the owner (not bound by row-level security).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_team import DURABLE
from benchmarks.common import machine, realistic_nota, summary
from notadesk.core.model.nota import Attachment, AttachmentFile
from notadesk.core.storage.store import DraftStore
from tests.postgres import OWNER, PostgresServer, server_bin

BLOCK = 25


def _saves(store: DraftStore, draft_id: str, n: int, out: list[float]) -> None:
    for _ in range(n):
        draft = store.get(draft_id)
        nota = draft.nota
        nota.subject = f"{nota.subject.split(' #')[0]} #{time.perf_counter_ns()}"
        start = time.perf_counter()
        store.save(draft_id, nota, base_revision=draft.revision)
        out.append((time.perf_counter() - start) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    bin_dir = server_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL's initdb and pg_ctl are missing: install Debian's postgresql.")
    rng = random.Random(2026)
    server = PostgresServer(bin_dir)
    data = Path(tempfile.mkdtemp(prefix="notadesk-bench-blobs-"))
    try:
        server.start()
        server.sql(*DURABLE)
        name = server.new_database()
        store = DraftStore.open(data / "app", server=server.url(name))
        owner = DraftStore.open(data / "owner", server=server.url(name, OWNER))
        plain = store.create(realistic_nota(rng)).id
        payload = os.urandom(200_000)
        digest = store.put_blob(payload)
        nota = realistic_nota(rng)
        nota.attachments = [
            Attachment("b1", "Bijlage", AttachmentFile("b.pdf", digest, len(payload)))
        ]
        attached = store.create(nota).id
        timings: dict[str, list[float]] = {}
        for _block in range(max(1, args.runs // BLOCK)):
            for state in ("on", "off"):
                verb = "ENABLE" if state == "on" else "DISABLE"
                server.sql(
                    f"ALTER TABLE revisions {verb} TRIGGER revisions_link_blobs",
                    database=name,
                    user=OWNER,
                )
                _saves(store, plain, BLOCK, timings.setdefault(f"save, no file, {state}", []))
                _saves(store, attached, BLOCK, timings.setdefault(f"save, a file, {state}", []))
            for who, reader in (("application role", store), ("owner", owner)):
                for _ in range(BLOCK):
                    start = time.perf_counter()
                    assert reader.get_blob(digest) == payload
                    elapsed = (time.perf_counter() - start) * 1000
                    timings.setdefault(f"read a 200 kB file as the {who}", []).append(elapsed)
        print(machine())
        for what, samples in timings.items():
            print(f"{what}: {summary(samples)}")
        store.close()
        owner.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
