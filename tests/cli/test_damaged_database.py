"""A damaged database is said so plainly, at start and before export; check and recover.

Issue 16 item 11: after bytes flipped mid-file, list, show, export, render and new all still
worked; a 0-byte database silently showed "There are no drafts yet".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.storage.store import DraftStore
from notadesk.paths import database_path
from tests.helpers import cli_in_process

Cap = pytest.CaptureFixture[str]


def _fill(data_dir: Path, drafts: int = 30) -> list[str]:
    store = DraftStore.open(data_dir)
    try:
        ids = []
        for i in range(drafts):
            nota = example_nota()
            nota.reference = ""
            nota.subject = f"Onderwerp {i}"
            ids.append(store.create(nota).id)
    finally:
        store.close()
    return ids


def _damage_a_page(db: Path) -> None:
    """Overwrite the b-tree header of a page of the revisions table (as bit rot would)."""
    con = sqlite3.connect(db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='revisions'").fetchone()[0]
    # A leaf of the revisions table: the page of a row half-way through it.
    pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name='revisions'")]
    con.close()
    leaves = [p for p in pages if p != root]
    page = leaves[len(leaves) // 2]
    data = bytearray(db.read_bytes())
    start = (page - 1) * page_size
    data[start : start + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    _fill(data_dir)
    db = database_path(data_dir)
    _damage_a_page(db)
    return db


@pytest.mark.parametrize(
    "args",
    [["list"], ["list", "--json"], ["new"], ["demo"], ["export", "--all", "-o", "."]],
)
def test_every_command_says_the_database_is_damaged(capsys: Cap, damaged: Path, args) -> None:
    result = cli_in_process(capsys, *args)
    assert result.status == 1
    assert "is damaged" in result.err
    assert "notadesk recover" in result.err and "backups" in result.err
    assert "unexpected" not in result.err


def test_an_empty_database_file_is_not_an_empty_list(capsys: Cap, data_dir: Path) -> None:
    _fill(data_dir, 1)
    database_path(data_dir).write_bytes(b"")
    result = cli_in_process(capsys, "list")
    assert result.status == 1
    assert "the file is empty (0 bytes)" in result.err
    assert "There are no drafts yet" not in result.out


def test_check_names_the_damage_and_recover_saves_what_is_readable(
    capsys: Cap, damaged: Path, data_dir: Path
) -> None:
    checked = cli_in_process(capsys, "check")
    assert checked.status == 1
    assert "is damaged" in checked.err
    recovered = cli_in_process(capsys, "recover")
    assert recovered.status == 0, recovered.err
    assert "Recovered" in recovered.out and "damaged-" in recovered.out
    listed = cli_in_process(capsys, "list", "--json")
    assert listed.status == 0, listed.err
    assert 0 < len(listed.json()) <= 30
    again = cli_in_process(capsys, "check")
    assert again.status == 0, again.err
    assert "is whole" in again.out
    kept = list((data_dir / "backups").glob("damaged-*.db"))
    assert kept and kept[0].stat().st_size > 0


def test_bit_rot_sqlite_cannot_see_is_found_by_check(capsys: Cap, data_dir: Path) -> None:
    _fill(data_dir, 2)
    con = sqlite3.connect(database_path(data_dir))
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE revisions SET document = replace(document, 'kabinet', 'kabinnet')")
    con.commit()
    con.close()
    checked = cli_in_process(capsys, "check")
    assert checked.status == 1
    assert "does not match its content hash" in checked.out
    recovered = cli_in_process(capsys, "recover")
    assert "2 revisions could not be read" in recovered.out


def test_a_whole_database_checks_whole(capsys: Cap, data_dir: Path) -> None:
    _fill(data_dir, 3)
    result = cli_in_process(capsys, "check")
    assert result.status == 0
    assert "3 drafts, 3 revisions checked" in result.out


def test_the_check_at_start_is_interrupted_at_its_budget(data_dir: Path, monkeypatch) -> None:
    """SQLite runs the whole check as one step, so only an interrupt can end it in time."""
    from notadesk.core.storage import health

    _fill(data_dir, drafts=3)
    timers: list[object] = []

    class Timer:
        """Records the interrupt the check arranges, and fires it at once."""

        def __init__(self, seconds: float, action) -> None:
            self.seconds, self.action, self.cancelled = seconds, action, False
            self.daemon = False
            timers.append(self)

        def start(self) -> None:
            pass

        def cancel(self) -> None:
            self.cancelled = True

    monkeypatch.setattr(health.threading, "Timer", Timer)
    assert health.quick_problem(database_path(data_dir), budget_s=0.25) is None
    (timer,) = timers
    assert timer.seconds == 0.25 and timer.cancelled  # stopped when the check ended
    assert getattr(timer.action, "__name__", "") == "interrupt"  # the connection's interrupt
