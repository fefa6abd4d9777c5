"""DraftStore: the one door to the database for the CLI, the window and the exchange code."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InternalError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import Session

from notadesk.core.identity import (
    NOBODY,
    SETTING_DISPLAY_NAME,
    SETTING_FUNCTION,
    Person,
    clean_line,
    current_person,
)
from notadesk.core.model.nota import Nota
from notadesk.core.policy import gate
from notadesk.core.policy.administrator import Policy, load_policy
from notadesk.core.policy.checks import FINAL_STATUSES, check_status_change
from notadesk.core.policy.settings import check_references_made, check_setting
from notadesk.core.render.letterhead import check_letterhead_setting
from notadesk.core.review.route import Route, route_of
from notadesk.core.storage import (
    audit,
    blobs,
    exports,
    fulltext,
    queries,
    references,
    revisions,
)
from notadesk.core.storage import copies as copy_register
from notadesk.core.storage import trust as trust_rows
from notadesk.core.storage.copies import PrintedCopies, RegisterEntry
from notadesk.core.storage.database import open_database, server_reason
from notadesk.core.storage.documents import content_from_json
from notadesk.core.storage.exports import StoredDraft
from notadesk.core.storage.imports import ImportSession
from notadesk.core.storage.records import (
    SETTINGS_PREFIX_SQL,
    Draft,
    DraftSummary,
    RevisionInfo,
    SearchHit,
    draft_from_row,
    now_iso,
    summary_from_values,
)
from notadesk.core.storage.review import stored_route_events
from notadesk.core.storage.revisions import NewDraft
from notadesk.core.storage.tables import (
    BlobRow,
    DraftRow,
    RevisionRow,
    SettingRow,
    insert_once,
)
from notadesk.core.storage.trust import TrustedKey
from notadesk.errors import (
    AmbiguousError,
    ClashError,
    ConflictError,
    DuplicateReferenceError,
    NotFoundError,
    PolicyError,
    StorageError,
    ValidationError,
)
from notadesk.paths import ensure_data_dir

if TYPE_CHECKING:
    from notadesk.core.storage.clearance import Clearance
    from notadesk.core.storage.live import DraftListener

SETTING_DEFAULTS: dict[str, Any] = {
    "reference.prefix": "Min-BuZa",
    "reference.pattern": references.DEFAULT_PATTERN,
    "workstation.ceiling": None,
    "workstation.id": None,
    "user.display_name": "",
    "user.function": "",
    "packages.require_signed": False,
    "letterhead.organisation": "",
    "letterhead.unit": "",
    "letterhead.address": [],
    "letterhead.logo": "",
}

NOT_CLEARED = (
    "Your database role is not cleared for this marking level; ask the administrator "
    "(notadesk admin clearance) or choose a lower level."
)

MAX_NOTE = 500
"""Longest revision note, in characters."""


def clean_note(note: str) -> str:
    """Return a revision note fit to store (one line, at most :data:`MAX_NOTE` characters).

    Raises:
        ValidationError: it holds a line break or control character, or is too long.
    """
    return clean_line(note, "A revision note", limit=MAX_NOTE)


class _ReadSettings:
    """Settings already read, with their defaults (what the gate asks for its rules)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def get_setting(self, key: str) -> Any:
        return self._values[key]


class DraftStore:
    """Drafts with full history, search, trash and settings: in SQLite in the data folder,
    or in a team database on a PostgreSQL server."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        data_dir: Path | None = None,
        server: str | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        """The SQLite database file; None for a team database on a server."""
        folder = data_dir or (path.parent if path is not None else None)
        if folder is None:
            raise ValueError("a store on a server needs a data folder")
        self.data_dir = folder
        """The local data folder (signing keys, logs, backups), whatever the database."""
        self.server = server
        """The team database's URL (never with a password); None for SQLite."""
        self._person: Person | None = None
        self._role: str | None = None

    @classmethod
    def open(cls, data_dir: Path | None = None, *, server: str | None = None) -> DraftStore:
        """Open the store in a data directory (the default one when None), or on the team
        database at ``server`` (a PostgreSQL URL: :mod:`notadesk.core.storage.selection`).

        Raises:
            StorageError: the database cannot be opened or used (see ``database``).
        """
        folder = ensure_data_dir(data_dir)
        engine, path = open_database(folder, server)
        return cls(engine, path, folder, server)

    @property
    def on_server(self) -> bool:
        """Whether this is a team database on a server (not the SQLite file here)."""
        return self.server is not None

    def close(self) -> None:
        """Release the database."""
        self.engine.dispose()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions ----------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Yield a session for reading: one snapshot of the database throughout (an export
        never mixes a draft's row with revisions saved after it). SQLite's read transaction
        is one; on a server it is PostgreSQL's REPEATABLE READ (read-only: it never fails)."""
        bind = self.engine
        if self.on_server:
            bind = self.engine.execution_options(isolation_level="REPEATABLE READ")
        try:
            with Session(bind, expire_on_commit=False) as session:
                yield session
                if self.on_server:
                    # Ended by COMMIT (a read has nothing to undo), not ROLLBACK: psycopg
                    # forgets its prepared statements at every ROLLBACK, and then prepares
                    # none (it prepares a statement on its fifth run on one connection), so
                    # every statement of a save was planned afresh.
                    session.commit()
        except (OperationalError, *self._server_errors()) as exc:
            raise self._refusal(exc, "read") from exc

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """Yield a session holding the write lock; commit on success, roll back on error."""
        try:
            with self.engine.connect() as conn:
                conn.info["write"] = True
                with Session(bind=conn) as session, session.begin():
                    yield session
        except (OperationalError, *self._server_errors()) as exc:
            raise self._refusal(exc, "written") from exc

    def _server_errors(self) -> tuple[type[Exception], ...]:
        """What else a server may say that is no fault of the program: a right the role lacks
        (an administrator's grant), a value it refuses, an error raised by a trigger."""
        return (ProgrammingError, DataError, InternalError) if self.on_server else ()

    def _refusal(self, exc: DBAPIError, doing: str) -> StorageError | PolicyError:
        if self.on_server and "row-level security" in str(exc.orig):
            return PolicyError(NOT_CLEARED)  # the team database's need to know
        if self.on_server:
            return StorageError(f"The team database cannot be {doing}: {server_reason(exc)}.")
        return StorageError(f"The database cannot be {doing}: {exc.orig}.")

    @contextmanager
    def importing(self, *, write: bool) -> Iterator[ImportSession]:
        """Yield the reads and writes of one import in one transaction (all or nothing).

        Raises:
            ClashError: a write broke a uniqueness rule; nothing was written.
        """
        person = self.person()  # read before the write lock is taken
        try:
            with self.writing() if write else self.reading() as s:
                yield ImportSession(self, s, person)
        except IntegrityError as exc:
            reason = str(exc.orig)[:80]
            raise ClashError(
                f"The write clashes with the database ({reason}).", reason=reason
            ) from None

    # --- finding drafts ----------------------------------------------------------------------

    def resolve(self, token: str, *, include_deleted: bool = True) -> str:
        """Return the id of the draft named by an id, a unique id prefix, or its reference.

        Raises:
            NotFoundError: nothing matches.
            AmbiguousError: an id prefix, or a reference and an id prefix, name several
                drafts (a reference never shadows another draft's id).
        """
        token = token.strip()
        with self.reading() as s:
            rows = queries.find_drafts(lambda sql, p: s.execute(text(sql), p).all(), token)
            matches = {
                str(r[0]): s.scalar(select(DraftRow.reference).where(DraftRow.id == str(r[0])))
                for r in rows
            }
        if len(matches) == 1:
            return next(iter(matches))
        if len(matches) > 1:
            named = " and ".join(
                f"{row_id} ({reference or 'no reference'})"
                for row_id, reference in list(matches.items())[:2]
            )
            raise AmbiguousError(
                f"{token!r} names more than one draft: {named}; give the whole id."
            )
        raise NotFoundError(f"No draft is known as {token!r}.")

    def get(self, draft_id: str) -> Draft:
        """Return a draft with its current content.

        Raises:
            NotFoundError: there is no such draft.
        """
        with self.reading() as s:
            row = s.get(DraftRow, draft_id)
            if row is None:
                raise NotFoundError(f"No draft is known as {draft_id!r}.")
            doc = s.scalar(
                select(RevisionRow.document).where(
                    RevisionRow.draft_id == draft_id, RevisionRow.number == row.head
                )
            )
            assert doc is not None
            return draft_from_row(row, content_from_json(doc))

    def list(self, *, deleted: bool = False, limit: int | None = None) -> list[DraftSummary]:
        """Return the drafts (or the trash), most recently changed first (the newest
        ``limit``, when given)."""
        sql = text(queries.summaries_sql(deleted=deleted, limit=limit))
        with self.reading() as s:
            return [summary_from_values(tuple(r)) for r in s.execute(sql)]

    def listen(self) -> DraftListener | None:
        """Return a listener hearing which drafts are saved, by anyone (None on SQLite: one
        workstation has no colleagues saving)."""
        if self.engine.dialect.name != "postgresql":
            return None
        from notadesk.core.storage.live import DraftListener

        return DraftListener(self.engine)

    def set_clearance(self, role: str, level_id: str) -> Clearance:
        """Clear a database role for a marking level (the administrator, on the team
        database; see :func:`notadesk.core.storage.clearance.set_clearance`)."""
        from notadesk.core.storage.clearance import set_clearance

        return set_clearance(self.engine, role, level_id)

    def count(self) -> int:
        """Return how many drafts exist, the trash included."""
        with self.reading() as s:
            return int(s.scalar(select(func.count()).select_from(DraftRow)) or 0)

    def search(self, query: str, *, limit: int = 200, snippets: int = 20) -> list[SearchHit]:
        """Return the drafts matching typed text, best first; hostile input never errors.

        The first ``snippets`` hits carry a snippet of where they matched (making snippets is
        the costly part, so the rest carry none).
        """
        with self.reading() as s:
            return fulltext.for_session(s).search(s, query, limit=limit, snippets=snippets)

    # --- writing -----------------------------------------------------------------------------

    def create(
        self,
        nota: Nota,
        *,
        draft_id: str | None = None,
        conflict_of: str | None = None,
        note: str = "",
        arriving: bool = False,
    ) -> Draft:
        """Store a new draft as revision 1; an empty reference gets the next one.

        Passes the gate first (``arriving``: the document comes from outside, so an unready
        definitief or getekend draft is stored as concept, which the returned draft's notes
        say).

        Raises:
            DuplicateReferenceError: the nota's reference is already used.
            PolicyError: the gate refuses it (ceiling, scheme); the refusal is logged.
            ValidationError: it may not have its status.
        """
        note = clean_note(note)
        admission = self._admit(nota, None, arriving=arriving, draft_id=draft_id or "")
        author = self.person()  # read before the write lock is taken
        new_id = draft_id or str(uuid.uuid4())
        stamp = now_iso()
        with self._guard_reference(nota.reference), self.writing() as s:
            if not nota.reference:
                nota.reference = references.next_reference(s, self, nota.date)
            elif s.scalar(select(DraftRow.id).where(DraftRow.reference == nota.reference)):
                raise DuplicateReferenceError(
                    f"Onze Referentie {nota.reference} is already used by another draft."
                )
            self._refuse_missing_files(s, nota)
            row = DraftRow(id=new_id, created=stamp, conflict_of=conflict_of, head=0, head_uuid="")
            self.fill_row(row, nota, stamp)
            s.add(row)
            s.flush()
            self.append_revision(
                s, row, nota, origin="create", created=stamp, author=author, note=note
            )
            self._audit(s, new_id, "create", nota.reference)
            for said in admission.notes:
                self._audit(s, new_id, "demoted", said, {"status": nota.status})
        return dataclasses.replace(self.get(new_id), notes=admission.notes)

    def save(
        self,
        draft_id: str,
        nota: Nota,
        *,
        base_revision: int,
        note: str = "",
        justification: str | None = None,
        declassification_recorded: bool = False,
    ) -> Draft:
        """Store a new revision, unless the content is unchanged and there is no note.

        ``base_revision`` is the revision the edit started from: when another process saved
        in between, nothing is written and :class:`ConflictError` is raised. The revision
        records this workstation's author and the optional ``note`` (a note on unchanged
        content marks the current version with it: "naar DGPZ voor paraaf"). The gate checks the new
        content against the old: lowering the marking needs a ``justification``, which the
        audit log keeps with who, when, from and to. Setting a declassification decision is
        refused unless ``declassification_recorded`` (only
        :func:`notadesk.core.declassification.record_declassification` says so, and logs it).

        Raises:
            JustificationRequired: a downgrade without a justification; nothing is stored.
            PolicyError: above the ceiling or of a scheme not allowed.
        """
        note = clean_note(note)
        author = self.person()  # read before the write lock is taken
        with self._guard_reference(nota.reference), self._refusals(draft_id), self.writing() as s:
            r = self._rules_in(s)
            row, head = revisions.locked_row_and_head(s, draft_id)
            if row.head != base_revision:
                raise ConflictError(
                    f"This draft was changed elsewhere (revision {row.head} was saved after "
                    f"revision {base_revision} that this edit started from); nothing was "
                    "overwritten.",
                    draft_id=draft_id,
                    expected=base_revision,
                    actual=row.head,
                )
            if not nota.reference:
                nota.reference = row.reference
            digest = nota.content_hash()
            if digest != row.content_hash or note:
                old = self._head_nota(s, row, head)
                admission = gate.admit(
                    r,
                    nota,
                    old=old,
                    justification=justification,
                    declassification_recorded=declassification_recorded,
                )
                moving = nota.status != row.status  # only a move asks the route
                route = self._route(s, draft_id, nota) if moving else None
                self._refuse_unready(row.status, nota, route)
                self._refuse_missing_files(s, nota)
                self.fill_row(row, nota, now_iso())
                self.append_revision(
                    s,
                    row,
                    nota,
                    origin="save",
                    created=row.updated,
                    content_hash=digest,
                    author=author,
                    note=note,
                )
                self._audit(s, draft_id, "save", str(row.head))
                self._audit_downgrade(s, draft_id, old, nota, admission)
            saved = draft_from_row(row, nota)
        return saved

    @staticmethod
    def _refuse_missing_files(s: Session, nota: Nota) -> None:
        """Refuse a nota whose attachment names a file this database does not hold.

        Such a draft could never be exported or printed with its enclosure (a draft document
        names its files by SHA-256 but does not carry them).
        """
        for i, attachment in enumerate(nota.attachments):
            if attachment.file is not None and s.get(BlobRow, attachment.file.sha256) is None:
                raise ValidationError(
                    f"Field nota.attachments[{i}].file: the file {attachment.file.name!r} "
                    f"({attachment.file.sha256[:12]}…) is not stored here; attach the file "
                    "itself instead.",
                    field=f"nota.attachments[{i}].file",
                )

    def restore(
        self,
        draft_id: str,
        number: int,
        *,
        base_revision: int | None = None,
        note: str = "",
        justification: str | None = None,
    ) -> Draft:
        """Make an old revision current again, as a new revision: nothing is lost.

        The restored content passes the gate like a save (a lower marking needs a
        ``justification``).
        """
        note = clean_note(note)
        author = self.person()  # read before the write lock is taken
        with self._refusals(draft_id), self.writing() as s:
            r = self._rules_in(s)
            row, head = revisions.locked_row_and_head(s, draft_id)
            if base_revision is not None and row.head != base_revision:
                raise ConflictError(
                    "This draft was changed elsewhere; nothing was restored.",
                    draft_id=draft_id,
                    expected=base_revision,
                    actual=row.head,
                )
            doc = s.scalar(
                select(RevisionRow.document).where(
                    RevisionRow.draft_id == draft_id, RevisionRow.number == number
                )
            )
            if doc is None:
                raise NotFoundError(f"The draft has no revision {number}.")
            nota = content_from_json(doc)
            nota.reference = row.reference  # the reference stays the draft's own
            old = self._head_nota(s, row, head)
            admission = gate.admit(r, nota, old=old, justification=justification)
            if nota.status in FINAL_STATUSES and nota.status != row.status:
                # bringing back a definitief text: ready, and initialled on it by every step
                self._refuse_unready(None, nota, self._route(s, draft_id, nota))
            self.fill_row(row, nota, now_iso())
            self.append_revision(
                s,
                row,
                nota,
                origin="restore",
                created=row.updated,
                restored_from=number,
                author=author,
                note=note,
            )
            self._audit(s, draft_id, "restore", str(number))
            self._audit_downgrade(s, draft_id, old, nota, admission)
        return self.get(draft_id)

    def delete(self, draft_id: str) -> None:
        """Move a draft to the trash."""
        self._set_deleted(draft_id, True)

    def undelete(self, draft_id: str) -> None:
        """Bring a draft back from the trash."""
        self._set_deleted(draft_id, False)

    def _set_deleted(self, draft_id: str, deleted: bool) -> None:
        self.person()  # read before the write lock is taken
        with self.writing() as s:
            row = self._row(s, draft_id)
            if (row.deleted_at is not None) == deleted:
                where = "in the trash" if deleted else "not in the trash"
                raise NotFoundError(f"Draft {row.reference} is already {where}.")
            row.deleted_at = now_iso() if deleted else None
            self._audit(s, draft_id, "delete" if deleted else "undelete", "")

    # --- history -----------------------------------------------------------------------------

    def history(self, draft_id: str) -> list[RevisionInfo]:
        """Return every revision of a draft, oldest first."""
        with self.reading() as s:
            self._row(s, draft_id, lock=False)
            rows = s.execute(
                select(
                    RevisionRow.number,
                    RevisionRow.uuid,
                    RevisionRow.parent_uuid,
                    RevisionRow.created,
                    RevisionRow.origin,
                    RevisionRow.restored_from,
                    RevisionRow.content_hash,
                    RevisionRow.author_account,
                    RevisionRow.author_name,
                    RevisionRow.author_function,
                    RevisionRow.note,
                )
                .where(RevisionRow.draft_id == draft_id)
                .order_by(RevisionRow.number)
            ).all()
            return [RevisionInfo(*r[:7], Person(*r[7:10]), r[10]) for r in rows]

    def revision(self, draft_id: str, number: int) -> Nota:
        """Return the content of one revision."""
        with self.reading() as s:
            doc = s.scalar(
                select(RevisionRow.document).where(
                    RevisionRow.draft_id == draft_id, RevisionRow.number == number
                )
            )
        if doc is None:
            raise NotFoundError(f"The draft has no revision {number}.")
        return content_from_json(doc)

    def histories(self, draft_ids: list[str] | None, *, workstation: str = "") -> list[StoredDraft]:
        """Return drafts (None: all not in the trash) with their whole histories, by id.

        Raises:
            NotFoundError: a draft id is not known.
        """
        with self.reading() as s:
            return exports.read_histories(s, draft_ids, workstation=workstation)

    def blobs(self, digests: Iterable[str]) -> dict[str, bytes]:
        """Return the stored files with these hashes (one not stored is left out)."""
        with self.reading() as s:
            return exports.read_blobs(s, digests)

    def log_events(self, events: Iterable[tuple[str, str, str, dict[str, Any] | None]]) -> None:
        """Log events (draft id, action, detail, data) with one time, in one write."""
        person, stamp = self.person(), now_iso()  # (the person is read before the lock)
        with self.writing() as s:
            for draft_id, action, detail, data in events:
                audit.record(s, draft_id, action, detail, at=stamp, person=person, data=data)

    # --- the copy register ---------------------------------------------------------------

    def record_copies(
        self,
        draft_id: str,
        action: str,
        detail: str,
        copies: PrintedCopies | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        """Log a copy made (a print, a Word export) and, when given, its register rows.

        One write: the register rows and the audit entry stand or fall together.
        """
        person = self.person()  # read before the write lock is taken
        with self.writing() as s:
            stamp = now_iso()
            if copies is not None:
                copy_register.add_copies(s, copies, at=stamp)
            audit.record(s, draft_id, action, detail, at=stamp, person=person, data=data)

    def register_entries(self, draft_id: str | None = None) -> list[RegisterEntry]:
        """Return the copy register's rows (of one draft, or all), oldest first."""
        with self.reading() as s:
            return copy_register.entries(s, draft_id)

    def add_recipient(self, entry_id: int, name: str) -> int:
        """Record a copy's recipient as a new register row; return its id.

        Raises:
            NotFoundError: there is no register entry with this number.
        """
        with self.writing() as s:
            return copy_register.add_recipient(s, entry_id, name)

    # --- the trust list ----------------------------------------------------------------------

    def trusted_keys(self) -> list[TrustedKey]:
        """Return the signing keys users added to this workstation's trust list, by name."""
        with self.reading() as s:
            return trust_rows.trusted_keys(s)

    def add_trusted_key(
        self, *, fingerprint: str, public_key: str, name: str, workstation: str
    ) -> bool:
        """Add a key to the trust list; return False when it was there already."""
        person, stamp = self.person(), now_iso()  # (the person is read before the lock)
        with self.writing() as s:
            return trust_rows.add_key(
                s,
                fingerprint=fingerprint,
                public_key=public_key,
                name=name,
                workstation=workstation,
                at=stamp,
                person=person,
            )

    def remove_trusted_key(self, fingerprint: str) -> TrustedKey | None:
        """Remove a key from the trust list; return it (None: it was not there)."""
        with self.writing() as s:
            return trust_rows.remove_key(s, fingerprint)

    # --- attachments and settings ------------------------------------------------------------

    def put_blob(self, data: bytes) -> str:
        """Store bytes once by SHA-256 and return the hash."""
        with self.writing() as s:
            digest, _added = blobs.hold(s, data)
        return digest

    def get_blob(self, digest: str) -> bytes:
        """Return stored bytes by hash."""
        with self.reading() as s:
            row = s.get(BlobRow, digest)
            if row is None:
                raise NotFoundError(f"No attachment file with hash {digest[:12]}… is stored.")
            return bytes(row.data)

    def has_blob(self, digest: str) -> bool:
        """Return whether bytes with this hash are stored."""
        with self.reading() as s:
            return s.get(BlobRow, digest) is not None

    def get_setting(self, key: str) -> Any:
        """Return a setting, or its default."""
        if key not in SETTING_DEFAULTS:
            raise NotFoundError(f"There is no setting called {key!r}.")
        with self.reading() as s:
            row = s.get(SettingRow, self._stored_key(key))
        return SETTING_DEFAULTS[key] if row is None else json.loads(row.value)

    def _stored_key(self, key: str) -> str:
        """Return the key a setting is stored under: in a team database a person's own name
        and function (``user.*``) are kept per database role; the rest is the team's."""
        if self.on_server and key.startswith("user."):
            return f"{key}@{self.database_role()}"
        return key

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting.

        Raises:
            NotFoundError: there is no such setting.
            ValidationError: the author's name or function is not one line of text, or the
                value would switch a rule off or make invalid packages (see
                :mod:`notadesk.core.policy.settings`).
        """
        if key not in SETTING_DEFAULTS:
            raise NotFoundError(f"There is no setting called {key!r}.")
        if key in (SETTING_DISPLAY_NAME, SETTING_FUNCTION):
            what = "The display name" if key == SETTING_DISPLAY_NAME else "The function"
            if not isinstance(value, str):
                raise ValidationError(f"{what} must be text.")
            value = clean_line(value, what)
        if key.startswith("letterhead."):
            value = check_letterhead_setting(key, value)
        value = check_setting(key, value)  # no value that switches a rule off
        if key in ("reference.prefix", "reference.pattern"):  # together they make references
            prefix = value if key == "reference.prefix" else self.get_setting("reference.prefix")
            pattern = value if key == "reference.pattern" else self.get_setting("reference.pattern")
            check_references_made(str(prefix), str(pattern))
        gate.check_setting(self.policy(), key, value)  # none that loosens the policy
        self._put_setting(self._stored_key(key), json.dumps(value))
        if key.startswith("user."):
            self._person = None

    def _put_setting(self, key: str, value: str, *, unless_set: bool = False) -> None:
        """Store a setting's JSON (``unless_set``: only when it has no value yet)."""
        with self.writing() as s:
            row = s.get(SettingRow, key, with_for_update=True)
            if row is None and insert_once(s, SettingRow(key=key, value=value)):
                return
            row = row or s.get(SettingRow, key, with_for_update=True)
            assert row is not None
            if not (unless_set and json.loads(row.value)):
                row.value = value

    def settings_starting(self, prefix: str) -> dict[str, Any]:
        """Return the settings whose key starts with ``prefix``, defaults filled in."""
        with self.reading() as s:
            rows = s.execute(text(SETTINGS_PREFIX_SQL), {"prefix": prefix}).all()
        stored = {str(k): json.loads(v) for k, v in rows}
        return {
            k: stored.get(self._stored_key(k), default)
            for k, default in SETTING_DEFAULTS.items()
            if k.startswith(prefix)
        }

    def policy(self) -> Policy:
        """Return the administrator's policy in force (read again when its file changes)."""
        return load_policy()

    def rules(self) -> gate.Rules:
        """Return the rules in force here: the policy, made stricter by the user's settings."""
        return gate.rules(self.policy(), self)

    def _rules_in(self, s: Session) -> gate.Rules:
        """Return :meth:`rules` as read inside a write: every setting in one statement of
        the write's own (not a transaction on a connection of its own for each setting
        the gate reads, which on a server cost eight round trips per save)."""
        keys = {self._stored_key(k): k for k in SETTING_DEFAULTS}
        rows = s.execute(select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(keys)))
        stored = {keys[str(k)]: json.loads(v) for k, v in rows}
        return gate.rules(self.policy(), _ReadSettings({**SETTING_DEFAULTS, **stored}))

    def person(self) -> Person:
        """Return who is working here (read once; changing ``user.*`` settings renews it).

        On a team database the account is the database role the server authenticated
        (``current_user``), which the server also records in every logged row itself.
        """
        if self._person is None:
            person = current_person(self)
            if self.on_server:
                person = dataclasses.replace(person, account=self.database_role())
            self._person = person
        return self._person

    def database_role(self) -> str:
        """Return the database role this store works as ("" for SQLite, which has none)."""
        if not self.on_server:
            return ""
        if self._role is None:
            with self.reading() as s:
                self._role = str(s.scalar(text("SELECT current_user")))
        return self._role

    def has_author(self) -> bool:
        """Return whether a display name was set (the window asks for one at first start)."""
        return bool(self.person().display_name)

    def workstation_id(self) -> str:
        """Return this workstation's id, made on first use."""
        current = self.get_setting("workstation.id")
        if not current:
            # Two processes starting at once agree on one id: the first one stored wins.
            self._put_setting("workstation.id", json.dumps(str(uuid.uuid4())), unless_set=True)
            current = self.get_setting("workstation.id")
        return str(current)

    # --- internals ---------------------------------------------------------------------------

    def _admit(
        self, nota: Nota, old: Nota | None, *, arriving: bool, draft_id: str
    ) -> gate.Admission:
        with self._refusals(draft_id):
            admission = gate.admit(self.rules(), nota, old=old, arriving=arriving)
            if not arriving:  # a new draft has no paraaf yet: a Via step is still open
                self._refuse_unready(None, nota, route_of(nota, ()))
            return admission

    @contextmanager
    def _refusals(self, draft_id: str) -> Iterator[None]:
        """Log what the policy refused (after the refused write rolled back)."""
        try:
            yield
        except PolicyError as exc:
            self.record_event(draft_id, "refused", str(exc))
            raise

    @staticmethod
    def _head_nota(s: Session, row: DraftRow, read: str | None = None) -> Nota:
        """Return the head's content: the document ``read`` with the row lock, or when there
        is none (the head moved while the lock was awaited) as read now."""
        doc = read or s.scalar(
            select(RevisionRow.document).where(
                RevisionRow.draft_id == row.id, RevisionRow.number == row.head
            )
        )
        assert doc is not None
        return content_from_json(doc)

    def _audit_downgrade(
        self, s: Session, draft_id: str, old: Nota, new: Nota, admission: gate.Admission
    ) -> None:
        if not admission.downgrade:
            return
        self._audit(
            s,
            draft_id,
            "downgrade",
            "; ".join(admission.downgrade),
            {
                "from": old.classification.level,
                "to": new.classification.level,
                "until_from": old.classification.until.isoformat()
                if old.classification.until
                else None,
                "until_to": new.classification.until.isoformat()
                if new.classification.until
                else None,
                "changes": list(admission.downgrade),
                "justification": admission.justification,
            },
        )

    @contextmanager
    def _guard_reference(self, reference: str) -> Iterator[None]:
        try:
            yield
        except IntegrityError as exc:
            raise DuplicateReferenceError(
                f"Onze Referentie {reference} is already used by another draft."
            ) from exc

    @staticmethod
    def _route(s: Session, draft_id: str, nota: Nota) -> Route:
        """Return the paraaf route the new content would have (its events as stored)."""
        return route_of(nota, stored_route_events(s, draft_id))

    @staticmethod
    def _refuse_unready(old_status: str | None, nota: Nota, route: Route | None = None) -> None:
        problems = check_status_change(old_status, nota, route)
        if problems:
            raise ValidationError(
                f"The nota cannot become {nota.status}: {problems[0].message}"
                + (f" ({len(problems) - 1} more problems.)" if len(problems) > 1 else ""),
                field=problems[0].field,
            )

    @staticmethod
    def _row(s: Session, draft_id: str, *, lock: bool = True) -> DraftRow:
        return revisions.draft_row(s, draft_id, lock=lock)

    fill_row = staticmethod(revisions.fill_row)

    def append_revision(
        self,
        s: Session,
        row: DraftRow,
        nota: Nota,
        *,
        origin: str,
        created: str,
        restored_from: int | None = None,
        revision_uuid: str | None = None,
        parent_uuid: str | None = None,
        content_hash: str | None = None,
        author: Person = NOBODY,
        note: str = "",
    ) -> RevisionRow:
        """Add a revision to a draft inside a write session (see ``revisions``)."""
        return revisions.append_revision(
            s,
            row,
            nota,
            origin=origin,
            created=created,
            restored_from=restored_from,
            revision_uuid=revision_uuid,
            parent_uuid=parent_uuid,
            content_hash=content_hash,
            author=author,
            note=note,
        )

    def insert_drafts(self, s: Session, drafts: Sequence[NewDraft]) -> None:
        """Add new drafts with their whole histories in bulk (see ``revisions``)."""
        revisions.insert_drafts(s, drafts)

    def _audit(
        self,
        s: Session,
        draft_id: str,
        action: str,
        detail: str,
        data: dict[str, Any] | None = None,
    ) -> None:
        audit.record(s, draft_id, action, detail, at=now_iso(), person=self.person(), data=data)

    def audit_log(self, draft_id: str | None = None) -> list[audit.AuditEntry]:
        """Return the audit log (of one draft, or the whole workstation), oldest first."""
        workstation = self.workstation_id()
        with self.reading() as s:
            return audit.entries(s, draft_id, workstation=workstation)

    def record_event(
        self,
        draft_id: str,
        action: str,
        detail: str = "",
        data: dict[str, Any] | None = None,
    ) -> None:
        """Write one audit entry on its own (a policy refusal, a personal-data warning)."""
        self.person()
        with self.writing() as s:
            self._audit(s, draft_id, action, detail, data)
