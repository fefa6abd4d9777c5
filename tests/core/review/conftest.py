"""A demo draft with two Via names, and a way to work as a named person."""

from __future__ import annotations

import pytest

from notadesk.core.drafting import create_example
from notadesk.core.model.nota import RoutingEntry
from notadesk.core.storage.records import Draft
from notadesk.core.storage.store import DraftStore


def work_as(store: DraftStore, name: str, function: str = "") -> None:
    """Make this workstation's user the named person."""
    store.set_setting("user.display_name", name)
    store.set_setting("user.function", function)


@pytest.fixture
def routed(store: DraftStore) -> Draft:
    """The example nota with Via: DGPZ, DVB (saved by the drafter, A. Opsteller)."""
    work_as(store, "A. Opsteller", "beleidsmedewerker")
    draft, _ = create_example(store)
    nota = draft.nota
    nota.routing.via = [RoutingEntry("DGPZ"), RoutingEntry("DVB")]
    return store.save(
        draft.id,
        nota,
        base_revision=draft.revision,
        note="klaar voor paraaf",
        justification="de route krijgt echte namen",
    )
