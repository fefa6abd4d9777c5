"""The one gate every way in passes: window, CLI, ``new --from-json``, import, restore.

Before anything is written, the storage layer asks this module: is the level within the
ceiling (the administrator's, or the user's when that is lower), is its scheme allowed, may
the draft have this status (a draft arriving as definitief or getekend that is not ready
arrives as concept, said plainly), and does a lowered marking carry a justification. The
checks of a document's form (sizes, control characters, dates) come first, in the model's
codec; this gate holds the rules of this workstation. Nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any, Protocol

from notadesk.core.model.codec import nota_to_dict
from notadesk.core.model.limits import check_form
from notadesk.core.model.nota import Nota, Run, Section
from notadesk.core.policy.administrator import Policy
from notadesk.core.policy.checks import FINAL_STATUSES, check_status_change
from notadesk.core.policy.markings import is_known_level, level_exceeds, marking_level
from notadesk.core.policy.portions import check_portions
from notadesk.core.policy.settings import ceiling_level
from notadesk.core.review.route import Route, route_of
from notadesk.errors import JustificationRequired, PackagePolicyError, PolicyError, ValidationError

TRUSTED, UNTRUSTED, UNSIGNED = "trusted", "untrusted", "unsigned"
SETTING_CEILING = "workstation.ceiling"
SETTING_REQUIRE_SIGNED = "packages.require_signed"
CONCEPT = "concept"


class SettingsSource(Protocol):
    """Anything that reads workstation settings (the store does)."""

    def get_setting(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Rules:
    """What holds on this workstation: the policy, made stricter by the user's settings."""

    policy: Policy
    ceiling: str | None
    require_trusted: bool

    @property
    def schemes(self) -> frozenset[str] | None:
        """Return the schemes allowed (None: all)."""
        return self.policy.schemes


def rules(policy: Policy, settings: SettingsSource) -> Rules:
    """Return the rules in force: a user setting can lower the ceiling, never raise it."""
    ceiling = policy.ceiling
    try:  # an empty or odd stored value fails closed: it never means "no ceiling"
        own = ceiling_level(settings.get_setting(SETTING_CEILING))
    except ValidationError as exc:
        raise PolicyError(str(exc)) from None
    if own is not None and (ceiling is None or level_exceeds(ceiling, own)):
        ceiling = own
    require = policy.packages_must_be_signed or settings.get_setting(SETTING_REQUIRE_SIGNED) is True
    return Rules(policy, ceiling, require)


def check_setting(policy: Policy, key: str, value: Any) -> None:
    """Refuse a user setting that would loosen the administrator's policy.

    Raises:
        PolicyError: the value would raise the ceiling or drop a required signature.
    """
    if key == SETTING_CEILING and policy.ceiling is not None:
        if value in (None, "", "none"):
            return  # no own ceiling: the policy's holds
        if (
            isinstance(value, str)
            and is_known_level(value)
            and level_exceeds(value, policy.ceiling)
        ):
            top = marking_level(policy.ceiling)
            raise PolicyError(
                f"The administrator's policy sets this workstation's ceiling at "
                f"{top.marking or top.label}; a setting can lower it, not raise it."
            )
    if key == SETTING_REQUIRE_SIGNED and policy.packages_must_be_signed and value is not True:
        raise PolicyError(
            "The administrator's policy requires packages signed by a trusted key; a setting "
            "cannot turn that off."
        )


def check_user_trust(policy: Policy) -> None:
    """Refuse a change to the trust list where the policy keeps trust to itself.

    Raises:
        PolicyError: users may not trust keys on this workstation.
    """
    if not policy.users_may_trust_keys:
        raise PolicyError(
            "On this workstation only the administrator decides which keys are trusted "
            "(in the policy); the trust list cannot be changed here."
        )


def check_package(r: Rules, verdict: str, signer: str, levels: list[str]) -> None:
    """Refuse a package the rules do not admit: untrusted when a trusted signature is
    required, a level above the ceiling, a scheme not allowed.

    Raises:
        PolicyError: the one sentence names the reason; nothing was imported.
    """
    if r.require_trusted and verdict != TRUSTED:
        why = (
            "is not signed"
            if verdict == UNSIGNED
            else f"is signed by {signer}, a key this workstation does not trust"
        )
        raise PackagePolicyError(
            f"The package {why}, and this workstation accepts only packages signed by a "
            "trusted key; nothing was imported."
        )
    try:
        for level in sorted(set(levels), key=lambda i: -marking_level(i).rank):
            check_level(r, level, "The package holds a draft that")
    except PolicyError as exc:
        said = str(exc).replace("nothing was stored", "nothing was imported")
        raise PackagePolicyError(said) from None


# --- levels ----------------------------------------------------------------------------------


def check_level(r: Rules, level_id: str, what: str = "The draft") -> None:
    """Refuse a level above the ceiling or of a scheme not allowed.

    Raises:
        PolicyError: the one sentence names the level and the limit.
    """
    level = marking_level(level_id)
    if r.schemes is not None and level.scheme not in r.schemes:
        raise PolicyError(
            f"{what} is marked {level.marking or level.label}, of a marking scheme this "
            "workstation's policy does not allow; nothing was stored."
        )
    if r.ceiling is not None and level_exceeds(level_id, r.ceiling):
        top = marking_level(r.ceiling)
        raise PolicyError(
            f"{what} is marked {level.marking or level.label}, above the highest "
            f"classification this workstation may hold ({top.marking or top.label}); "
            "nothing was stored."
        )


# --- documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Admission:
    """What the gate decided about a document: notes to say, a downgrade to record."""

    notes: tuple[str, ...] = ()
    downgrade: tuple[str, ...] = ()
    justification: str = ""


def admit(
    r: Rules,
    nota: Nota,
    *,
    old: Nota | None = None,
    justification: str | None = None,
    arriving: bool = False,
    route: Route | None = None,
    declassification_recorded: bool = False,
) -> Admission:
    """Check a document about to be stored; may set an unready arriving draft to concept.

    ``old`` is the draft's current content (None for a new draft); ``arriving`` says the
    document comes from outside (``new --from-json``, a package) rather than from an edit.
    ``route`` is the draft's paraaf route as known here (None: its Via names, none
    initialled): a draft arriving as definitief or getekend with a step still open arrives
    as concept, as an unready one does. ``declassification_recorded`` says the decision the
    document carries is in this database's audit log (recorded here by
    :func:`notadesk.core.declassification.record_declassification`, or arrived with its
    entry in a package); a decision without one is not admitted: a new draft is stored
    without it (said in the notes), an edit that sets or changes it is refused.

    Raises:
        PolicyError: above the ceiling or of a scheme not allowed.
        notadesk.errors.ValidationError: a portion is marked above the nota (or unknown).
        PolicyError: an enclosure is marked above the ceiling.
        JustificationRequired: the marking is lowered without a justification.
        notadesk.errors.ValidationError: an edit moves to a status it may not have, sets a
            declassification decision not recorded, or the document breaks the form limits
            (:mod:`notadesk.core.model.limits`).
    """
    check_form(nota_to_dict(nota), root="nota")  # the form limits, for every way in
    check_level(r, nota.classification.level)
    check_portions(nota)
    for i, attachment in enumerate(nota.attachments):  # its pages are held here too
        if attachment.level is not None:
            check_level(r, attachment.level, f"Bijlage {i + 1} of the draft")
    notes: list[str] = []
    decided = nota.classification.declassified
    if (
        decided is not None
        and not declassification_recorded
        and (old is None or decided != old.classification.declassified)
    ):
        if old is not None:
            raise ValidationError(
                "A declassification decision is recorded only through Record "
                "declassification (notadesk declassify), which the audit log keeps; nothing "
                "was stored.",
                field="classification.declassified",
            )
        nota.classification.declassified = None
        notes.append(
            f"The draft came with a declassification decision ({decided.reference}) that is "
            "not in the audit log here, so it is stored without it; record the decision with "
            "notadesk declassify or Nota › Record declassification…."
        )
    if arriving and old is None and nota.status in FINAL_STATUSES:
        problems = check_status_change(
            None, nota, route if route is not None else route_of(nota, ())
        )
        if problems:
            wanted = nota.status
            nota.status = CONCEPT
            notes.append(
                f"The draft arrived as {wanted} but is not ready ({problems[0].message}"
                + (f" and {len(problems) - 1} more" if len(problems) > 1 else "")
                + "), so it is stored as concept."
            )
    changes = downgrade_changes(old, nota) if old is not None else ()
    text = " ".join((justification or "").split())
    if changes and not justification_ok(text, r.policy.justification_min_words):
        raise JustificationRequired(
            f"{changes[0][:1].upper()}{changes[0][1:]}"
            + (f" (and {len(changes) - 1} more)" if len(changes) > 1 else "")
            + f": say why in at least {r.policy.justification_min_words} words; "
            "nothing was stored.",
            changes=changes,
        )
    return Admission(tuple(notes), changes, text if changes else "")


def justification_ok(text: str, min_words: int) -> bool:
    """Return whether a justification has enough words (of at least two letters each)."""
    words = [w for w in text.split() if sum(c.isalnum() for c in w) >= 2]
    return len(words) >= min_words


def downgrade_changes(old: Nota, new: Nota) -> tuple[str, ...]:
    """Return how the new content lowers the old one's protection (empty: it does not).

    Lowering: a lower marking level; an end date moving earlier (or set where there was
    none); a Woo ground no longer applied to a passage or routing name that had it.
    """
    out: list[str] = []
    a, b = old.classification, new.classification
    if is_known_level(a.level) and is_known_level(b.level):
        la, lb = marking_level(a.level), marking_level(b.level)
        if lb.rank < la.rank or (lb.rank == la.rank and la.classified and not lb.classified):
            out.append(
                f"the marking is lowered from {la.marking or la.label} to {lb.marking or lb.label}"
            )
        elif la.classified and _earlier(a.until, b.until):
            out.append(f"the marking ends earlier ({_day(b.until)} instead of {_day(a.until)})")
    removed = _grounds(old) - _grounds(new)
    if removed:
        codes = ", ".join(sorted(removed))
        out.append(f"a Woo ground is removed ({codes})")
    return tuple(out)


def _earlier(before: dt.date | None, after: dt.date | None) -> bool:
    if after is None:
        return False
    return before is None or after < before


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else "no end date"


def _grounds(nota: Nota) -> Counter[str]:
    counts: Counter[str] = Counter()
    for entry in [
        *nota.drafted_by,
        *(e for role in nota.routing.ROLES for e in getattr(nota.routing, role)),
    ]:
        if entry.woo_ground:
            counts[entry.woo_ground] += 1
    stack: list[Any] = list(nota.sections)
    while stack:
        node = stack.pop()
        if isinstance(node, Run):
            if node.redact:
                counts[node.redact] += 1
        elif isinstance(node, Section):
            stack.extend(node.blocks)
            stack.extend(node.subsections)
        elif isinstance(node, list):
            stack.extend(node)
        else:
            for name in ("runs", "items", "children", "paragraphs", "rows", "cells"):
                value = getattr(node, name, None)
                if isinstance(value, list):
                    stack.extend(value)
    return counts
