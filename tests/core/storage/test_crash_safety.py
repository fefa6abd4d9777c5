"""A process saving in a loop is killed with SIGKILL many times; nothing confirmed is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from notadesk.core.storage.store import DraftStore

WORKER = Path(__file__).with_name("crash_worker.py")
REPO = Path(__file__).resolve().parents[3]
KILLS = 25


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_saves_loses_no_confirmed_revision(data_dir: Path) -> None:
    seed = int(os.environ.get("NOTADESK_CRASH_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    confirmed: dict[int, str] = {}
    draft_id = ""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        first = b""
        if run % 5 == 4:
            # now and then, kill while the process is still starting (opening, migrating)
            time.sleep(rng.uniform(0.0, 0.3))
        else:
            # otherwise wait until it is saving, then kill at a random moment
            first = proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGKILL, f"worker ended early (seed {seed}): {err!r}"
        for line in (first + out).decode().splitlines():
            parts = line.split()
            if len(parts) == 3:  # a line cut short by the kill was never confirmed
                draft_id, number, digest = parts[0], int(parts[1]), parts[2]
                confirmed[number] = digest
    print(f"seed {seed}: {len(confirmed)} confirmed saves")
    assert confirmed, f"no save completed in {KILLS} runs (seed {seed})"

    con = sqlite3.connect(data_dir / "notadesk.db")
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    store = DraftStore.open(data_dir)
    try:
        history = {r.number: r.content_hash for r in store.history(draft_id)}
        for number, digest in confirmed.items():
            assert history.get(number) == digest, f"revision {number} lost (seed {seed})"
        assert sorted(history) == list(range(1, len(history) + 1))
        # and the survivor still works
        draft = store.get(draft_id)
        assert store.save(draft_id, draft.nota, base_revision=draft.revision).id == draft_id
    finally:
        store.close()
