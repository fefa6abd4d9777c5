"""Recording a declassification decision: who decided, when, and its reference.

The Woo variant of a classified nota — printed or exported as a Word document — is made only
after such a decision (:func:`notadesk.core.policy.woo.check_woo_variant`). Recording it is a
new revision of the draft (its note names the decision) and an audit entry; the CLI's
``notadesk declassify`` and the window's Nota › Record declassification… both call
:func:`record_declassification`.
"""

from __future__ import annotations

import datetime as dt

from notadesk.core.identity import clean_line
from notadesk.core.model.nota import Declassification, Nota
from notadesk.core.policy.markings import marking_level
from notadesk.core.storage.store import Draft, DraftStore
from notadesk.errors import ValidationError


def check_declassifiable(nota: Nota) -> None:
    """Refuse recording a declassification of a nota that is not classified or was already.

    Raises:
        ValidationError: one sentence saying why.
    """
    level = marking_level(nota.classification.level)
    if not (level.classified and level.rank > 0):
        raise ValidationError(
            f"{nota.reference} is not classified; there is nothing to declassify.",
            field="classification.declassified",
        )
    done = nota.classification.declassified
    if done is not None:
        raise ValidationError(
            f"{nota.reference} was declassified already ({done.reference}).",
            field="classification.declassified",
        )


def check_decision_date(nota: Nota, date: dt.date, today: dt.date | None = None) -> None:
    """Refuse a decision dated after today or before the nota's own date (Datum): a
    decision cannot lift a marking before the nota existed.

    Raises:
        ValidationError: one sentence naming the date and the bound.
    """
    if date > (today or dt.date.today()):
        raise ValidationError(
            f"The decision's date {date.isoformat()} is in the future; record a decision once "
            "it is taken.",
            field="classification.declassified",
        )
    if nota.date is not None and date < nota.date:
        raise ValidationError(
            f"The decision's date {date.isoformat()} is before the nota's date "
            f"({nota.date.isoformat()}); a decision cannot lift a marking before it existed.",
            field="classification.declassified",
        )


def record_declassification(
    store: DraftStore,
    draft: Draft,
    *,
    by: str,
    reference: str,
    date: dt.date | None = None,
) -> Draft:
    """Record that the draft's classification was lifted; return the draft as saved.

    ``draft`` is the revision the decision is about (a later save by someone else is a
    conflict, as for any save). ``date`` defaults to today.

    Raises:
        ValidationError: the nota is not classified, was declassified already, who decided
            or the reference is missing or not one line, or the date is in the future or
            before the nota's date.
        ConflictError: the draft was saved elsewhere since ``draft`` was read.
    """
    nota = draft.nota
    check_declassifiable(nota)
    level = marking_level(nota.classification.level)
    decision = Declassification(
        by=clean_line(by, "The name of who decided"),
        date=date or dt.date.today(),
        reference=clean_line(reference, "The decision's reference"),
    )
    if not decision.by or not decision.reference:
        raise ValidationError(
            "Say who decided on the declassification and give the decision's reference.",
            field="classification.declassified",
        )
    check_decision_date(nota, decision.date)
    nota.classification.declassified = decision
    saved = store.save(
        draft.id,
        nota,
        base_revision=draft.revision,
        note=f"gederubriceerd: {decision.reference}",
        declassification_recorded=True,  # the audit entry below records it
    )
    assert decision.date is not None
    store.record_event(
        draft.id,
        "declassified",
        f"{level.marking} declassified by {decision.by} on {decision.date.isoformat()} "
        f"({decision.reference})",
        {"by": decision.by, "date": decision.date.isoformat(), "reference": decision.reference},
    )
    return saved
