"""The paraaf round on the command line: comment, paraaf, return, route, status."""

from __future__ import annotations

import argparse
from typing import Any

from notadesk.cli.context import Context, print_json
from notadesk.errors import AmbiguousError, NotFoundError, ValidationError


def register(sub: Any) -> None:
    """Add the review commands to the parser."""
    p = sub.add_parser("comment", help="comment on a draft, reply, resolve, reopen, or list")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("text", nargs="?", metavar="TEXT", help="the comment (omit to list)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--on", metavar="WORDS", help="the passage the comment is about")
    where.add_argument("--finding", type=int, metavar="N", help="about finding N")
    where.add_argument("--commitment", type=int, metavar="N", help="about commitment N")
    where.add_argument("--reply", metavar="ID", help="reply to comment ID")
    where.add_argument("--resolve", metavar="ID", help="mark comment ID's thread resolved")
    where.add_argument("--reopen", metavar="ID", help="reopen comment ID's thread")
    p.add_argument("--json", action="store_true", help="list as JSON")
    p.add_argument("--pdf", metavar="FILE", help="print the comment report (not part of the nota)")
    p.set_defaults(handler=cmd_comment)

    p = sub.add_parser("paraaf", help="initial the current revision (your step on the route)")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--remark", default="", metavar="TEXT")
    p.add_argument("--as", dest="step", metavar="NAME", help="the route step (default: you)")
    p.set_defaults(handler=cmd_paraaf)

    p = sub.add_parser("return", help="send the nota back with remarks (terug met opmerkingen)")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--remark", required=True, metavar="TEXT")
    p.add_argument("--as", dest="step", metavar="NAME", help="the route step (default: you)")
    p.set_defaults(handler=cmd_return)

    p = sub.add_parser("route", help="show the paraaf route, or add or remove a reviewer")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--json", action="store_true")
    change = p.add_mutually_exclusive_group()
    change.add_argument("--add", metavar="NAME", help="add a reviewer after the Via names")
    change.add_argument("--remove", metavar="NAME", help="remove an added reviewer")
    p.add_argument("--function", default="", metavar="TEXT", help="the added reviewer's function")
    p.set_defaults(handler=cmd_route)

    p = sub.add_parser(
        "status", help="move a draft to another status (definitief once ready and initialled)"
    )
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("status", metavar="STATUS", help="e.g. definitief, getekend, ingetrokken")
    p.add_argument("--note", default="", metavar="TEXT", help="a note on the new revision")
    p.set_defaults(handler=cmd_status)


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    """Save the draft with another status; the store refuses a move the rules forbid."""
    from notadesk.core.policy.vocabulary import statuses

    known = [s.id for s in statuses()]
    if args.status not in known:
        raise ValidationError(f"{args.status!r} is not a status; one of: {', '.join(known)}.")
    draft = ctx.store.get(ctx.resolve(args.draft))
    if draft.nota.status == args.status:
        print(f"{draft.nota.reference} is {args.status} already.")
        return 0
    nota = draft.nota
    nota.status = args.status
    saved = ctx.store.save(draft.id, nota, base_revision=draft.revision, note=args.note)
    print(f"{saved.nota.reference} is now {args.status} (revision {saved.revision}).")
    return 0


def _comment_uuid(ctx: Context, draft_id: str, token: str) -> str:
    from notadesk.core.storage.review import comment_records

    records, _ = comment_records(ctx.store, draft_id)
    token = token.strip().lower()
    found = [r.uuid for r in records if r.uuid.startswith(token)] if len(token) >= 4 else []
    if len(found) > 1:
        raise AmbiguousError(f"More than one comment starts with {token!r}; give more of its id.")
    if not found:
        raise NotFoundError(f"This draft has no comment {token!r}.")
    return found[0]


def cmd_comment(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.review.anchors import Anchor, find_quote
    from notadesk.core.review.comments import REOPEN, RESOLVE
    from notadesk.core.review.reading import reading_text
    from notadesk.core.storage import review

    draft_id = ctx.resolve(args.draft)
    for action, token in ((RESOLVE, args.resolve), (REOPEN, args.reopen)):
        if token:
            review.set_comment_state(
                ctx.store, draft_id, _comment_uuid(ctx, draft_id, token), action
            )
            print("Resolved." if action == RESOLVE else "Reopened.")
            return 0
    if args.pdf:
        return _comment_report(ctx, draft_id, args.pdf)
    if args.text is None:
        return _list_comments(ctx, draft_id, as_json=args.json)
    nota = ctx.store.get(draft_id).nota
    anchor, parent = Anchor(), None
    if args.on is not None:
        found = find_quote(reading_text(nota), args.on)
        if found is None or not args.on.strip():
            raise ValidationError(f"The words {args.on!r} are not in the nota.")
        anchor = found
    elif args.finding is not None:
        match = [f for f in nota.findings if f.number == args.finding]
        if not match:
            raise NotFoundError(f"The nota has no finding {args.finding}.")
        anchor = Anchor("finding", ref=match[0].id)
    elif args.commitment is not None:
        if not 1 <= args.commitment <= len(nota.commitments):
            raise NotFoundError(f"The nota has no commitment {args.commitment}.")
        anchor = Anchor("commitment", ref=nota.commitments[args.commitment - 1].id)
    elif args.reply:
        parent = _comment_uuid(ctx, draft_id, args.reply)
    record = review.add_comment(ctx.store, draft_id, args.text, anchor, parent_uuid=parent)
    print(f"Comment {record.uuid[:8]} added.")
    return 0


def _comment_report(ctx: Context, draft_id: str, target: str) -> int:
    """Print the comment report to a PDF, recorded like a print where the level asks."""
    from pathlib import Path

    from notadesk.core.policy.markings import marking_level
    from notadesk.core.render import (
        RenderOptions,
        RenderResult,
        print_to_file,
        write_pdf_atomically,
    )
    from notadesk.core.render.comments import render_comments
    from notadesk.core.render.document import sha256
    from notadesk.core.storage.review import comment_threads

    draft = ctx.store.get(draft_id)
    pdf = render_comments(draft.nota, draft.revision, comment_threads(ctx.store, draft_id))
    path = Path(target)
    level = marking_level(draft.nota.classification.level)
    if level.register or level.log_access:  # recorded before the file takes its name
        rendered = RenderResult(pdf=pdf, sha256=sha256(pdf), pages_per_copy=0, copies=1)
        print_to_file(ctx.store, draft, rendered, RenderOptions(), path)
    else:
        write_pdf_atomically(pdf, path)
    print(f"{sha256(pdf)}  {path}")
    return 0


def _about(thread: Any, nota: Any) -> str:
    anchor = thread.comment.anchor
    if anchor.kind == "finding":
        number = next((f.number for f in nota.findings if f.id == anchor.ref), None)
        return f"bevinding {number}" if number else "a finding that is gone"
    if anchor.kind == "commitment":
        index = next((i for i, c in enumerate(nota.commitments, 1) if c.id == anchor.ref), None)
        return f"toezegging {index}" if index else "a commitment that is gone"
    if anchor.kind == "text":
        return f"«{thread.quote_now}»"
    return "the nota"


def _list_comments(ctx: Context, draft_id: str, *, as_json: bool) -> int:
    from notadesk.core.identity import signed_label
    from notadesk.core.storage.review import comment_threads

    nota = ctx.store.get(draft_id).nota
    found = comment_threads(ctx.store, draft_id)
    if as_json:
        print_json(
            [
                {
                    "id": t.comment.uuid,
                    "about": _about(t, nota),
                    "anchor": t.comment.anchor.as_json(),
                    "orphaned": t.orphaned,
                    "resolved": t.resolved,
                    "created": t.comment.created,
                    "author": t.comment.author.as_json(),
                    "text": t.comment.text,
                    "replies": [
                        {
                            "id": r.uuid,
                            "created": r.created,
                            "author": r.author.as_json(),
                            "text": r.text,
                        }
                        for r in t.replies
                    ],
                }
                for t in found
            ]
        )
        return 0
    if not found:
        print("No comments.")
        return 0
    for t in found:
        state = "resolved" if t.resolved else "open"
        if t.orphaned:
            state += ", its passage is gone"
        print(f"{t.comment.uuid[:8]}  {_about(t, nota)}  [{state}]")
        for record in (t.comment, *t.replies):
            when = record.created[:16].replace("T", " ")
            print(f"    {signed_label(record.author)}, {when}:")
            for line in record.text.splitlines() or [""]:
                print(f"      {line}")
    return 0


def _step(ctx: Context, args: argparse.Namespace, action: str) -> int:
    from notadesk.core.storage import review

    draft_id = ctx.resolve(args.draft)
    result = review.record_step(ctx.store, draft_id, action, remark=args.remark, name=args.step)
    words = "Paraaf recorded" if action == "paraaf" else "Returned with remarks"
    status = f"; the nota is now {result.draft.nota.status}" if result.status_changed else ""
    on = result.route.events[-1].revision_number if result.route.events else result.draft.revision
    print(f"{words} on revision {on}{status}.")
    return 0


def cmd_paraaf(ctx: Context, args: argparse.Namespace) -> int:
    return _step(ctx, args, "paraaf")


def cmd_return(ctx: Context, args: argparse.Namespace) -> int:
    return _step(ctx, args, "return")


def cmd_route(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.review.route import ADD, REMOVE
    from notadesk.core.storage import review

    draft_id = ctx.resolve(args.draft)
    if args.add:
        review.change_reviewers(ctx.store, draft_id, ADD, args.add, args.function)
    elif args.remove:
        review.change_reviewers(ctx.store, draft_id, REMOVE, args.remove)
    route = review.draft_route(ctx.store, draft_id)
    if args.json:
        print_json(route.as_json())
        return 0
    if not route.steps:
        print("The route is empty: the nota has no Via names and no reviewers were added.")
        return 0
    for number, step in enumerate(route.steps, start=1):
        who = step.name + (f" ({step.function})" if step.function else "")
        line = f"{number:>2}. {who}: {step.words}"
        if step.last is not None:
            line += (
                f" — {step.last.at[:16].replace('T', ' ')}, revision {step.last.revision_number}"
            )
            if step.last.author.display_name and step.last.author.display_name != step.name:
                line += f", recorded by {step.last.author.display_name}"
        print(line)
        if step.last is not None and step.last.remark:
            print(f"      {step.last.remark}")
    return 0
