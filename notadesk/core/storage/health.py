"""Is the database whole? A quick check at start and before export; a full check; recovery.

- :func:`quick_problem`: SQLite's ``PRAGMA quick_check``, stopped after a time budget so a
  large database never delays start-up much (a check cut short counts as passed).
- :func:`check_database` (``notadesk check``): ``PRAGMA integrity_check`` and every revision's
  content against its SHA-256 (bit rot that SQLite cannot see).
- :func:`recover_database` (``notadesk recover``): every readable revision whose content still
  matches its hash, every readable attachment file, setting, audit entry and register entry,
  into a new database; the damaged one is kept beside the backups, never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from notadesk.errors import StorageError
from notadesk.paths import backup_dir, database_path

START_BUDGET_S = 0.05
"""How long the check at start may take (a larger database is checked in part)."""
EXPORT_BUDGET_S = 20.0
"""How long the check before an export may take."""
_SIDE_FILES = ("-wal", "-shm")
_CHUNK = 500


class DatabaseDamaged(StorageError):
    """The database file is damaged; nothing was changed."""


def damaged_message(db_path: Path, problem: str) -> str:
    """Return the one sentence for a damaged database, with what the person can do."""
    return (
        f"The database {db_path} is damaged ({problem}); nothing was changed. Automatic "
        f"backups are in {backup_dir(db_path.parent)}; 'notadesk check' tells more, and "
        "'notadesk recover' saves every readable revision into a new database."
    )


def quick_problem(db_path: Path, budget_s: float = START_BUDGET_S) -> str | None:
    """Return what is wrong with a database file, or None when it looks whole.

    An existing file of 0 bytes is damaged (a new database is never left empty). The check
    stops after ``budget_s`` seconds; what it did not reach counts as whole.
    """
    try:
        if db_path.stat().st_size == 0:
            return "the file is empty (0 bytes)"
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        con = sqlite3.connect(
            f"file:{db_path}?mode=ro", uri=True, timeout=10, check_same_thread=False
        )
    except sqlite3.Error as exc:
        return str(exc)
    # The check runs as one step of SQLite's machine, so a progress handler is never called
    # during it (a 355 MB database took 220 ms at every start): a timer interrupts it.
    timer = threading.Timer(budget_s, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        rows = con.execute("PRAGMA quick_check(3)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            return None  # out of time: the part checked was whole
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        timer.cancel()
        con.close()
    found = [str(r[0]) for r in rows]
    return None if found == ["ok"] else "; ".join(found)[:200]


def refuse_if_damaged(db_path: Path, budget_s: float = START_BUDGET_S) -> None:
    """Raise :class:`DatabaseDamaged` when :func:`quick_problem` finds something."""
    problem = quick_problem(db_path, budget_s)
    if problem is not None:
        raise DatabaseDamaged(damaged_message(db_path, problem))


# --- the full check ----------------------------------------------------------------------------


@dataclass
class CheckReport:
    """What ``notadesk check`` found."""

    path: Path | str
    """The database file, or how a team database is named."""
    problems: list[str] = field(default_factory=list)
    drafts: int = 0
    revisions: int = 0

    @property
    def whole(self) -> bool:
        """Return whether nothing is wrong."""
        return not self.problems


def check_database(db_path: Path) -> CheckReport:
    """Check the whole file and every revision's content against its hash (reads only)."""
    report = CheckReport(db_path)
    if not db_path.is_file():
        report.problems.append("there is no database file")
        return report
    if db_path.stat().st_size == 0:
        report.problems.append("the file is empty (0 bytes)")
        return report
    with _read_only(db_path) as con:
        try:
            found = [str(r[0]) for r in con.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            found = [str(exc)]
        if found != ["ok"]:
            report.problems.extend(found)
        drafts: set[str] = set()
        for rev in _rows(con, "revisions", _REVISION_COLUMNS, report.problems):
            drafts.add(rev["draft_id"])
            report.revisions += 1
            if not content_ok(rev):
                report.problems.append(
                    f"revision {rev['number']} of draft {rev['draft_id']} does not match its "
                    "content hash"
                )
        report.drafts = len(drafts)
    return report


# --- recovery ----------------------------------------------------------------------------------


@dataclass
class RecoveryReport:
    """What ``notadesk recover`` saved, and where the damaged file was put."""

    drafts: int
    revisions: int
    lost_revisions: int
    other_rows: int
    damaged_copy: Path


_REVISION_COLUMNS = (
    "draft_id",
    "number",
    "uuid",
    "parent_uuid",
    "created",
    "origin",
    "restored_from",
    "content_hash",
    "document",
    "author_account",
    "author_name",
    "author_function",
    "note",
)
_OWN_TABLES = ("drafts", "revisions", "alembic_version")


def recover_database(data_dir: Path) -> RecoveryReport:
    """Save every readable part of a damaged database into a new one that takes its place.

    Revisions whose content no longer matches its hash are left out (counted as lost); a
    draft keeps its readable revisions in order. The damaged file is moved to the backups
    folder as ``damaged-<time>.db``.

    Raises:
        StorageError: there is no database, or the new one cannot be written.
    """
    from notadesk.core.identity import Person
    from notadesk.core.storage.documents import content_from_json
    from notadesk.core.storage.revisions import NewDraft, NewRevision, fill_row
    from notadesk.core.storage.store import DraftStore
    from notadesk.core.storage.tables import DraftRow

    db_path = database_path(data_dir)
    if not db_path.is_file():
        raise StorageError(f"There is no database at {db_path} to recover.")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    work = data_dir / f".recovering-{stamp}"
    lost: list[str] = []
    with _read_only(db_path) as old:
        draft_rows = {r["id"]: r for r in _rows(old, "drafts", None, lost)}
        by_draft: dict[str, list[dict[str, object]]] = {}
        count = 0
        for rev in _rows(old, "revisions", _REVISION_COLUMNS, lost):
            count += 1
            if content_ok(rev):
                by_draft.setdefault(str(rev["draft_id"]), []).append(rev)
            else:
                lost.append(f"revision {rev['number']} of draft {rev['draft_id']}")
        others = {
            table: list(_rows(old, table, None, lost))
            for table in _tables(old)
            if table not in _OWN_TABLES and not table.startswith("draft_fts")
        }
    new_drafts = []
    for draft_id, revs in sorted(by_draft.items()):
        revs.sort(key=lambda r: int(r["number"]))  # type: ignore[call-overload]
        head = content_from_json(str(revs[-1]["document"]))
        old_row = draft_rows.get(draft_id, {})
        row = DraftRow(
            id=draft_id,
            created=str(old_row.get("created") or revs[0]["created"]),
            conflict_of=old_row.get("conflict_of"),
            deleted_at=old_row.get("deleted_at"),
            head=0,
            head_uuid="",
        )
        fill_row(row, head, str(old_row.get("updated") or revs[-1]["created"]))
        history = [
            NewRevision(
                uuid=str(r["uuid"]),
                parent_uuid=r["parent_uuid"],  # type: ignore[arg-type]
                created=str(r["created"]),
                origin=str(r["origin"]),
                restored_from=r["restored_from"],  # type: ignore[arg-type]
                content_hash=str(r["content_hash"]),
                document=str(r["document"]),
                author=Person(
                    account=str(r.get("author_account") or ""),
                    display_name=str(r.get("author_name") or ""),
                    function=str(r.get("author_function") or ""),
                ),
                note=str(r.get("note") or ""),
            )
            for r in revs
        ]
        new_drafts.append(NewDraft(row=row, revisions=history, head=head))
    saved = sum(len(d.revisions) for d in new_drafts)
    copied = 0
    try:
        work.mkdir(mode=0o700)
        store = DraftStore.open(work)
        try:
            with store.writing() as s:
                store.insert_drafts(s, new_drafts)
                for table, rows in others.items():
                    copied += _copy_rows(s, table, rows)
        finally:
            store.close()
        damaged = _move_aside(db_path, stamp)
        os.replace(database_path(work), db_path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"The recovered database could not be written: {exc}.") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return RecoveryReport(len(new_drafts), saved, count - saved, copied, damaged)


def _move_aside(db_path: Path, stamp: str) -> Path:
    folder = backup_dir(db_path.parent)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"damaged-{stamp}.db"
    os.replace(db_path, target)
    for suffix in _SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _copy_rows(s: object, table: str, rows: list[dict[str, object]]) -> int:
    from sqlalchemy import text

    if not rows:
        return 0
    have = {
        str(r[1])
        for r in s.execute(text(f'PRAGMA table_info("{table}")'))  # type: ignore[attr-defined]
    }
    copied = 0
    for row in rows:
        if table == "blobs" and not _blob_ok(row):
            continue
        values = {k: v for k, v in row.items() if k in have}
        if not values:
            continue
        names = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join(f":{k}" for k in values)
        s.execute(  # type: ignore[attr-defined]
            text(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})'), values
        )
        copied += 1
    return copied


def _blob_ok(row: dict[str, object]) -> bool:
    data = row.get("data")
    return isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == row.get("sha256")


def content_ok(rev: dict[str, object]) -> bool:
    """Return whether a revision's document still matches its content hash."""
    try:
        content = json.loads(str(rev["document"]))
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest() == rev["content_hash"]
    except (ValueError, TypeError, UnicodeError):
        return False


@contextlib.contextmanager
def _read_only(db_path: Path) -> Iterator[sqlite3.Connection]:
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StorageError(f"The database {db_path} cannot be opened: {exc}.") from exc
    con.row_factory = sqlite3.Row
    try:
        yield con
    finally:
        con.close()


def _tables(con: sqlite3.Connection) -> list[str]:
    try:
        return [str(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    except sqlite3.DatabaseError:
        return ["blobs", "settings", "reference_counters", "copy_register", "audit_log"]


def _rows(
    con: sqlite3.Connection, table: str, columns: tuple[str, ...] | None, lost: list[str]
) -> Iterator[dict[str, object]]:
    """Yield every readable row of a table, by rowid ranges, row by row where a range fails."""
    wanted = "*" if columns is None else ", ".join(columns)
    try:
        top = con.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 1_000_000  # the b-tree's top is unreadable: try rowids one range at a time
    for start in range(1, top + 1, _CHUNK):
        query = f'SELECT {wanted} FROM "{table}" WHERE rowid BETWEEN ? AND ?'
        try:
            rows = con.execute(query, (start, start + _CHUNK - 1)).fetchall()
        except sqlite3.DatabaseError:
            rows = []
            for rowid in range(start, start + _CHUNK):
                try:
                    rows += con.execute(query, (rowid, rowid)).fetchall()
                except sqlite3.DatabaseError:
                    lost.append(f"row {rowid} of {table}")
        for row in rows:
            yield dict(row)
