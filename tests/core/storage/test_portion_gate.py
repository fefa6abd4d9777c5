"""The store refuses a save whose overall marking is below one of its portions."""

from __future__ import annotations

import datetime as dt

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.policy.portions import rolled_up_level
from notadesk.errors import ValidationError


def test_lowering_the_marking_below_a_portion_is_refused_and_nothing_is_written(store):
    nota = example_nota()
    nota.classification.level = "nato.secret"
    nota.classification.until = dt.date(2030, 1, 1)
    nota.commitments[2].portion = "nato.secret"
    draft = store.create(nota)
    lowered = draft.nota
    lowered.classification.level = "nato.restricted"
    with pytest.raises(ValidationError, match="Commitment 3 is marked NATO Secret") as caught:
        store.save(draft.id, lowered, base_revision=draft.revision)
    assert caught.value.field == "commitments[2]"
    after = store.get(draft.id)
    assert after.revision == draft.revision
    assert after.nota.classification.level == "nato.secret"
    lowered.classification.level = rolled_up_level(lowered)  # the roll-up the window offers
    lowered.subject += " (herzien)"
    assert store.save(draft.id, lowered, base_revision=draft.revision).revision == 2


def test_a_new_draft_with_a_portion_above_its_marking_is_refused(store):
    nota = example_nota()
    nota.classification.level = "nato.unclassified"
    nota.findings[0].portion = "nato.confidential"
    with pytest.raises(ValidationError, match="Finding 1 is marked NATO Confidential"):
        store.create(nota)
    assert store.list() == []
