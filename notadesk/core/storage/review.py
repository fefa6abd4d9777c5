"""Comments and the paraaf route in the database: the one door for their rows.

Every row is append-only (triggers): a comment is never edited, a thread is resolved or
reopened by a new state row, a route changes by a new event. Rows carry uuids, so copies
of a draft on two workstations merge by taking the rows the other lacks.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from notadesk.core.identity import Person, clean_line
from notadesk.core.review import route as routing
from notadesk.core.review.anchors import Anchor, anchor_from_json
from notadesk.core.review.comments import (
    REOPEN,
    RESOLVE,
    CommentRecord,
    CommentState,
    Thread,
    clean_comment,
    threads,
)
from notadesk.core.review.reading import reading_text
from notadesk.core.review.route import Route, RouteEvent, route_of, status_after
from notadesk.core.storage.documents import content_from_json
from notadesk.core.storage.records import (
    ROUTE_EVENTS_SQL,
    Draft,
    draft_from_row,
    route_event_from_values,
)
from notadesk.core.storage.revisions import draft_row
from notadesk.core.storage.tables import (
    CommentRow,
    CommentStateRow,
    DraftRow,
    RevisionRow,
    RouteEventRow,
)
from notadesk.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore


def _now() -> str:
    from notadesk.core.storage.store import now_iso

    return now_iso()


def _person(row: Any) -> Person:
    return Person(row.author_account, row.author_name, row.author_function)


def _author_columns(person: Person) -> dict[str, str]:
    return {
        "author_account": person.account,
        "author_name": person.display_name,
        "author_function": person.function,
    }


# --- comments --------------------------------------------------------------------------------


def comment_from_row(row: CommentRow) -> CommentRecord:
    """Return the record of a stored comment."""
    try:
        anchor = anchor_from_json(json.loads(row.anchor))
    except (ValueError, ValidationError):
        anchor = Anchor()
    return CommentRecord(
        uuid=row.uuid,
        parent_uuid=row.parent_uuid,
        revision_uuid=row.revision_uuid,
        created=row.created,
        author=_person(row),
        text=row.text,
        anchor=anchor,
    )


def add_comment(
    store: DraftStore,
    draft_id: str,
    text: str,
    anchor: Anchor | None = None,
    *,
    parent_uuid: str | None = None,
    revision_uuid: str | None = None,
) -> CommentRecord:
    """Add a comment (or, with ``parent_uuid``, a reply) to a draft's current revision.

    Raises:
        ValidationError: the text is empty, too long or holds control characters.
        NotFoundError: the draft, or the comment replied to, does not exist.
    """
    text = clean_comment(text)
    person = store.person()
    with store.writing() as s:
        row = _draft_row(s, draft_id)
        if parent_uuid is not None:
            parent = s.get(CommentRow, parent_uuid)
            if parent is None or parent.draft_id != draft_id:
                raise NotFoundError("The comment replied to does not exist on this draft.")
            anchor = Anchor()
        comment = CommentRow(
            uuid=str(uuid.uuid4()),
            draft_id=draft_id,
            parent_uuid=parent_uuid,
            revision_uuid=revision_uuid or row.head_uuid,
            created=_now(),
            text=text,
            anchor=json.dumps((anchor or Anchor()).as_json(), ensure_ascii=False),
            **_author_columns(person),
        )
        s.add(comment)
        store._audit(s, draft_id, "comment", "reply" if parent_uuid else "comment")
        return comment_from_row(comment)


def set_comment_state(store: DraftStore, draft_id: str, comment_uuid: str, action: str) -> None:
    """Resolve or reopen a thread.

    Raises:
        NotFoundError: no such comment on this draft.
        ValidationError: the thread already is so.
    """
    if action not in (RESOLVE, REOPEN):
        raise ValidationError("A comment can be resolved or reopened.")
    person = store.person()
    with store.writing() as s:
        comment = s.get(CommentRow, comment_uuid)
        if comment is None or comment.draft_id != draft_id:
            raise NotFoundError("There is no such comment on this draft.")
        root = comment.parent_uuid or comment.uuid
        last = s.scalars(
            select(CommentStateRow)
            .where(CommentStateRow.comment_uuid == root)
            .order_by(CommentStateRow.at.desc(), CommentStateRow.uuid.desc())
            .limit(1)
        ).first()
        resolved = last is not None and last.action == RESOLVE
        if resolved == (action == RESOLVE):
            word = "resolved" if resolved else "open"
            raise ValidationError(f"This comment is already {word}.")
        s.add(
            CommentStateRow(
                uuid=str(uuid.uuid4()),
                comment_uuid=root,
                draft_id=draft_id,
                at=_now(),
                action=action,
                **_author_columns(person),
            )
        )
        store._audit(s, draft_id, f"comment-{action}", "")


def comment_records(
    store: DraftStore, draft_id: str
) -> tuple[list[CommentRecord], list[CommentState]]:
    """Return a draft's stored comments and thread states."""
    with store.reading() as s:
        comments = [
            comment_from_row(r)
            for r in s.scalars(select(CommentRow).where(CommentRow.draft_id == draft_id))
        ]
        states = [
            CommentState(r.uuid, r.comment_uuid, r.at, r.action, _person(r))
            for r in s.scalars(select(CommentStateRow).where(CommentStateRow.draft_id == draft_id))
        ]
    return comments, states


def comment_threads(store: DraftStore, draft_id: str) -> list[Thread]:
    """Return a draft's comment threads placed on its current revision, in reading order."""
    draft = store.get(draft_id)
    records, states = comment_records(store, draft_id)
    wanted = {
        r.revision_uuid
        for r in records
        if r.anchor.kind == "text" and r.revision_uuid != draft.revision_uuid
    }
    texts: dict[str, str] = {}
    if wanted:
        with store.reading() as s:
            for rev_uuid, document in s.execute(
                select(RevisionRow.uuid, RevisionRow.document).where(
                    RevisionRow.draft_id == draft_id, RevisionRow.uuid.in_(wanted)
                )
            ):
                texts[rev_uuid] = reading_text(content_from_json(document))
    return threads(records, states, draft.nota, draft.revision_uuid, texts)


# --- the route -------------------------------------------------------------------------------


def event_from_row(row: RouteEventRow) -> RouteEvent:
    """Return the route event of a stored row."""
    return RouteEvent(
        uuid=row.uuid,
        at=row.at,
        action=row.action,
        name=row.name,
        function=row.function,
        remark=row.remark,
        revision_uuid=row.revision_uuid,
        revision_number=row.revision_number,
        fingerprint=row.fingerprint,
        author=_person(row),
    )


def stored_route_events(s: Session, draft_id: str) -> list[RouteEvent]:
    """Return a draft's route events, oldest first, read in an open session."""
    rows = s.execute(text(ROUTE_EVENTS_SQL), {"draft_id": draft_id})
    return [route_event_from_values(tuple(r)) for r in rows]


def route_events(store: DraftStore, draft_id: str) -> list[RouteEvent]:
    """Return a draft's route events, oldest first."""
    with store.reading() as s:
        return stored_route_events(s, draft_id)


def draft_route(store: DraftStore, draft_id: str) -> Route:
    """Return the route of a draft's current revision."""
    draft = store.get(draft_id)
    return route_of(draft.nota, route_events(store, draft_id))


def change_reviewers(
    store: DraftStore, draft_id: str, action: str, name: str, function: str = ""
) -> Route:
    """Add a reviewer to the route (after the Via names and earlier reviewers) or remove one.

    Raises:
        ValidationError: the name is empty or not one line, already on the route (adding),
            or not an added reviewer (removing: Via names are changed in the nota itself).
    """
    name = clean_line(name, "The reviewer's name")
    function = clean_line(function, "The reviewer's function")
    if not name:
        raise ValidationError("Give the reviewer's name.")
    person = store.person()
    with store.writing() as s:
        row = _draft_row(s, draft_id)
        nota = content_from_json(_head_document(s, row))
        route = route_of(nota, stored_route_events(s, draft_id))
        step = route.step(name)
        if action == routing.ADD and step is not None:
            raise ValidationError(f"{step.name} is already on the route.")
        if action == routing.REMOVE and (step is None or not step.added):
            raise ValidationError(
                f"{name} is not a reviewer added to the route; Via names are changed in the "
                "nota's routing."
            )
        s.add(
            RouteEventRow(
                uuid=str(uuid.uuid4()),
                draft_id=draft_id,
                at=_now(),
                action=action,
                name=name,
                function=function,
                remark="",
                revision_uuid=row.head_uuid,
                revision_number=row.head,
                fingerprint="",
                **_author_columns(person),
            )
        )
        store._audit(s, draft_id, f"route-{action}", name)
        return route_of(nota, stored_route_events(s, draft_id))


@dataclass(frozen=True)
class StepResult:
    """What recording a paraaf or a return did."""

    route: Route
    draft: Draft
    status_changed: bool


def record_step(
    store: DraftStore,
    draft_id: str,
    action: str,
    *,
    remark: str = "",
    name: str | None = None,
    base_revision: int | None = None,
) -> StepResult:
    """Record a paraaf or a *terug met opmerkingen* on the current revision.

    ``name`` is the route entry; by default the one whose name is this workstation's
    display name. When the route asks for another status (ter parafering, or back to
    concept), a revision with only that change is added in the same transaction.

    Raises:
        ValidationError: the step is not on the route, a return has no remark, the remark is
            too long or holds control characters.
        ConflictError: the draft changed since ``base_revision`` (the window's view).
    """
    from notadesk.errors import ConflictError

    if action not in (routing.PARAAF, routing.RETURN):
        raise ValidationError("A route step is a paraaf or a return.")
    remark = remark.strip()
    if len(remark) > routing.MAX_REMARK:
        raise ValidationError(f"A remark is longer than {routing.MAX_REMARK} characters.")
    if any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 for c in remark):
        raise ValidationError("A remark may not contain control characters.")
    if action == routing.RETURN and not remark:
        raise ValidationError("Say why the nota goes back: a return needs a remark.")
    person = store.person()
    who = name if name is not None else person.display_name
    with store.writing() as s:
        row = _draft_row(s, draft_id)
        if base_revision is not None and row.head != base_revision:
            raise ConflictError(
                "This draft was changed elsewhere; look at the new text before initialling.",
                draft_id=draft_id,
                expected=base_revision,
                actual=row.head,
            )
        nota = content_from_json(_head_document(s, row))
        route = route_of(nota, stored_route_events(s, draft_id))
        step = route.step(who) if who else None
        if step is None:
            names = ", ".join(x.name for x in route.steps) or "nobody yet"
            if not who:
                raise ValidationError(
                    "Set your display name first (Preferences or 'notadesk settings "
                    f"user.display_name'), or name the step; on the route: {names}."
                )
            raise ValidationError(f"{who} is not on the route of this nota (on it: {names}).")
        s.add(
            RouteEventRow(
                uuid=str(uuid.uuid4()),
                draft_id=draft_id,
                at=_now(),
                action=action,
                name=step.name,
                function=person.function,
                remark=remark,
                revision_uuid=row.head_uuid,
                revision_number=row.head,
                fingerprint=routing.fingerprint(nota),
                **_author_columns(person),
            )
        )
        store._audit(s, draft_id, action, step.name)
        s.flush()
        route = route_of(nota, stored_route_events(s, draft_id))
        status = status_after(nota.status, route)
        changed = status != nota.status
        if changed:
            note = (
                f"paraaf {step.name}: ter parafering"
                if action == routing.PARAAF
                else f"terug met opmerkingen van {step.name}"
            )
            store._refuse_unready(nota.status, _with_status(nota, status))
            nota.status = status
            store.fill_row(row, nota, _now())
            store.append_revision(
                s, row, nota, origin="route", created=row.updated, author=person, note=note[:500]
            )
            store._audit(s, draft_id, "status", status)
        draft = draft_from_row(row, nota)
    return StepResult(route, draft, changed)


def _with_status(nota: Any, status: str) -> Any:
    import copy

    changed = copy.copy(nota)
    changed.status = status
    return changed


def _draft_row(s: Session, draft_id: str) -> DraftRow:
    return draft_row(s, draft_id, lock=True)  # (every caller writes)


def _head_document(s: Session, row: DraftRow) -> str:
    doc = s.scalar(
        select(RevisionRow.document).where(
            RevisionRow.draft_id == row.id, RevisionRow.number == row.head
        )
    )
    assert doc is not None
    return doc


# --- in packages -----------------------------------------------------------------------------


def _author_json(row: Any) -> dict[str, str]:
    return {k: v for k, v in _person(row).as_json().items() if v}


def _author_from(data: dict[str, Any]) -> dict[str, str]:
    author = data.get("author") or {}
    return _author_columns(
        Person(author.get("account", ""), author.get("name", ""), author.get("function", ""))
    )


def review_parts(s: Session, draft_id: str) -> dict[str, list[dict[str, Any]]]:
    """Return a draft's comments, thread states and route events as package JSON.

    Empty parts are left out, so a draft without any reads as it did before format 2.
    """
    comments = [
        {
            "uuid": r.uuid,
            "parent_uuid": r.parent_uuid,
            "revision_uuid": r.revision_uuid,
            "created": r.created,
            "author": _author_json(r),
            "text": r.text,
            "anchor": json.loads(r.anchor),
        }
        for r in s.scalars(
            select(CommentRow)
            .where(CommentRow.draft_id == draft_id)
            .order_by(CommentRow.created, CommentRow.uuid)
        )
    ]
    states = [
        {
            "uuid": r.uuid,
            "comment_uuid": r.comment_uuid,
            "at": r.at,
            "action": r.action,
            "author": _author_json(r),
        }
        for r in s.scalars(
            select(CommentStateRow)
            .where(CommentStateRow.draft_id == draft_id)
            .order_by(CommentStateRow.at, CommentStateRow.uuid)
        )
    ]
    route = [
        {
            "uuid": e.uuid,
            "at": e.at,
            "action": e.action,
            "name": e.name,
            "function": e.function,
            "remark": e.remark,
            "revision_uuid": e.revision_uuid,
            "revision_number": e.revision_number,
            "fingerprint": e.fingerprint,
            "author": {k: v for k, v in e.author.as_json().items() if v},
        }
        for e in stored_route_events(s, draft_id)
    ]
    out = {"comments": comments, "comment_states": states, "route": route}
    return {k: v for k, v in out.items() if v}


def check_review_parts(data: dict[str, Any], where: str) -> str | None:
    """Return why a draft file's comments or route break the rules no schema can say, or None."""
    for item in data.get("comments", []):
        try:
            clean_comment(item["text"])
            anchor_from_json(item["anchor"])
        except ValidationError as exc:
            return f"{where}: comment {item['uuid']}: {exc}"
    for item in data.get("route", []):
        remark = item.get("remark", "")
        if any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 for c in remark):
            return f"{where}: a route remark holds a control character."
    return None


def take_in_review(
    s: Session,
    parts: dict[str, Any],
    draft_for_revision: Any,
) -> int:
    """Add the comments, states and route events a package brings that are not here yet.

    ``draft_for_revision(revision_uuid)`` names the draft each belongs to (a conflict copy
    takes those made on its own revisions; the original keeps the rest). Rows already
    here (same uuid) are left as they are: both sides' comments and parafen are kept.
    Returns how many rows were added.
    """
    added = 0
    comment_draft: dict[str, str] = {}
    wanted = [c["uuid"] for c in parts.get("comments", [])]
    present = set(s.scalars(select(CommentRow.uuid).where(CommentRow.uuid.in_(wanted))))
    for item in parts.get("comments", []):
        draft_id = draft_for_revision(item["revision_uuid"])
        comment_draft[item["uuid"]] = draft_id
        if item["uuid"] in present:
            continue
        s.add(
            CommentRow(
                uuid=item["uuid"],
                draft_id=draft_id,
                parent_uuid=item["parent_uuid"],
                revision_uuid=item["revision_uuid"],
                created=item["created"],
                text=item["text"],
                anchor=json.dumps(item["anchor"], ensure_ascii=False),
                **_author_from(item),
            )
        )
        added += 1
    wanted = [c["uuid"] for c in parts.get("comment_states", [])]
    present = set(s.scalars(select(CommentStateRow.uuid).where(CommentStateRow.uuid.in_(wanted))))
    for item in parts.get("comment_states", []):
        if item["uuid"] in present:
            continue
        draft_id = comment_draft.get(item["comment_uuid"]) or s.scalar(
            select(CommentRow.draft_id).where(CommentRow.uuid == item["comment_uuid"])
        )
        if draft_id is None:
            continue  # a state of a comment neither side has: nothing to attach it to
        s.add(
            CommentStateRow(
                uuid=item["uuid"],
                comment_uuid=item["comment_uuid"],
                draft_id=draft_id,
                at=item["at"],
                action=item["action"],
                **_author_from(item),
            )
        )
        added += 1
    wanted = [c["uuid"] for c in parts.get("route", [])]
    present = set(s.scalars(select(RouteEventRow.uuid).where(RouteEventRow.uuid.in_(wanted))))
    for item in parts.get("route", []):
        if item["uuid"] in present:
            continue
        s.add(
            RouteEventRow(
                uuid=item["uuid"],
                draft_id=draft_for_revision(item.get("revision_uuid", "")),
                at=item["at"],
                action=item["action"],
                name=item["name"],
                function=item.get("function", ""),
                remark=item.get("remark", ""),
                revision_uuid=item.get("revision_uuid", ""),
                revision_number=item.get("revision_number", 0),
                fingerprint=item.get("fingerprint", ""),
                **_author_from(item),
            )
        )
        added += 1
    return added


def last_seen_revision(store: DraftStore, draft_id: str) -> int | None:
    """Return the revision this workstation's person last initialled or returned, or None.

    The redline in the window starts there by default: what changed since my paraaf.
    """
    person = store.person()
    with store.reading() as s:
        events = stored_route_events(s, draft_id)
    mine = [
        e
        for e in events
        if e.action in (routing.PARAAF, routing.RETURN)
        and e.author.account == person.account
        and e.author.display_name == person.display_name
    ]
    return mine[-1].revision_number if mine else None
