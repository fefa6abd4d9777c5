"""Making new drafts: a blank nota with the house defaults, and the example nota."""

from __future__ import annotations

import datetime as dt

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota, Section
from notadesk.core.policy.markings import default_level_id
from notadesk.core.policy.vocabulary import default_finding_groups, default_section_titles
from notadesk.core.storage.store import Draft, DraftStore
from notadesk.errors import DuplicateReferenceError


def blank_nota(today: dt.date | None = None) -> Nota:
    """Return a new nota: dated today, the usual four sections, the default groups."""
    nota = Nota(date=today or dt.date.today())
    nota.classification.level = default_level_id()
    nota.sections = [Section(title=t) for t in default_section_titles()]
    nota.finding_groups = default_finding_groups()
    return nota


def create_example(store: DraftStore) -> tuple[Draft, bool]:
    """Store the reference nota as a new draft.

    Returns the draft and whether it kept the reference's own Onze Referentie (a second copy
    gets the next free reference instead).
    """
    nota = example_nota()
    try:
        return store.create(nota), True
    except DuplicateReferenceError:
        nota.reference = ""
        return store.create(nota), False
