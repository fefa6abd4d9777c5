"""Storing converted text (a Word document): as a new draft, or into an existing one.

Both ways pass the same door as ``notadesk new --from-json``: the nota is checked as a draft
document (schema and rules), then the store's gate (ceiling, schemes, readiness) before
anything is written, and it is stored in one revision whose note names the file, so one undo
(or one restore) takes the whole import back.
"""

from __future__ import annotations

from notadesk.core.drafting import blank_nota
from notadesk.core.interchange.incoming import Contribution, into_new_nota, into_nota, one_line
from notadesk.core.model.nota import Nota
from notadesk.core.storage.documents import envelope, parse_document
from notadesk.core.storage.store import Draft, DraftStore


def checked(nota: Nota) -> Nota:
    """Return the nota as the draft-document door reads it (schema and rules checked).

    Raises:
        ValidationError: the nota breaks a rule of the draft document (the field is named).
    """
    _meta, read = parse_document(envelope(nota))
    return read


def create_draft_from(store: DraftStore, contribution: Contribution, name: str) -> Draft:
    """Store a contribution as a new draft (blank nota, its title as subject)."""
    nota = checked(into_new_nota(contribution, blank_nota(), name))
    return store.create(nota, arriving=True, note=import_note(name))


def add_to_draft(
    store: DraftStore,
    draft_id: str,
    contribution: Contribution,
    *,
    name: str,
    section: int | None = None,
    base_revision: int | None = None,
) -> Draft:
    """Add a contribution to a draft as one new revision (see :func:`into_nota`).

    Raises:
        ValidationError: no such section, or the result breaks a rule; nothing is stored.
        ConflictError: the draft changed since ``base_revision``.
    """
    draft = store.get(draft_id)
    nota = checked(draft.nota)  # a copy to change
    into_nota(nota, contribution, section=section, name=name)
    return store.save(
        draft_id,
        checked(nota),
        base_revision=draft.revision if base_revision is None else base_revision,
        note=import_note(name),
    )


def import_note(name: str) -> str:
    """Return the revision note of an import: the file's name on one line, kept short."""
    return f"Word-document geïmporteerd: {one_line(name)}"[:200]
