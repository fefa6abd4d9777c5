"""Commands on drafts: demo, new, list, show, search, history, diff, restore, delete, settings."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from notadesk.cli.context import Context, fail, print_json
from notadesk.core.model.limits import one_line
from notadesk.errors import JustificationRequired


def register(sub: Any) -> None:
    """Add the draft commands to the parser."""
    p = sub.add_parser("demo", help="create the reference nota as a new draft")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("new", help="create a draft (blank, or from a JSON document)")
    p.add_argument("--from-json", metavar="FILE", help="a draft document; '-' reads stdin")
    p.add_argument("--subject", help="the subject of a blank draft")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("list", help="list drafts, most recently changed first")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--trash", action="store_true", help="list the drafts in the trash")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show a draft")
    p.add_argument("draft", metavar="DRAFT", help="id, unique id prefix, or Onze Referentie")
    p.add_argument("--json", action="store_true", help="print the draft document")
    p.add_argument("--revision", type=int, metavar="N", help="show revision N")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help="full-text search over all drafts")
    p.add_argument("query", metavar="QUERY", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("history", help="list the revisions of a draft")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("diff", help="show what changed between two revisions")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("old", type=int, metavar="REV")
    p.add_argument("new", type=int, nargs="?", metavar="REV2", help="default: the current one")
    p.add_argument("--all", action="store_true", help="show the whole nota, not only changes")
    p.add_argument("--pdf", metavar="FILE", help="print the redline to a PDF")
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("restore", help="make an old revision current (as a new revision)")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("revision", type=int, metavar="REV")
    p.add_argument("--note", default="", metavar="TEXT", help="why (kept with the revision)")
    p.add_argument(
        "--justification",
        metavar="TEXT",
        help="why, when the restored revision lowers the marking (kept in the audit log)",
    )
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("classify", help="change a draft's marking level (and end date)")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("level", metavar="LEVEL", help="a level id, e.g. nl.dep-vertrouwelijk")
    p.add_argument("--until", metavar="DATE", help="the end date (YYYY-MM-DD), or 'none'")
    p.add_argument(
        "--justification",
        metavar="TEXT",
        help="why, when the marking is lowered or ends earlier (kept in the audit log)",
    )
    p.set_defaults(handler=cmd_classify)

    p = sub.add_parser("delete", help="move a draft to the trash")
    p.add_argument("draft", metavar="DRAFT")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("undelete", help="bring a draft back from the trash")
    p.add_argument("draft", metavar="DRAFT")
    p.set_defaults(handler=cmd_undelete)

    p = sub.add_parser("settings", help="show or change a workstation setting")
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("value", nargs="?", metavar="VALUE", help="a JSON value or plain text")
    p.set_defaults(handler=cmd_settings)


def cmd_demo(ctx: Context, _args: argparse.Namespace) -> int:
    from notadesk.core.drafting import create_example

    draft, kept = create_example(ctx.store)
    if not kept:
        print(
            f"notadesk: the example's reference is already in use; "
            f"this copy is {draft.nota.reference}.",
            file=sys.stderr,
        )
    print(draft.id)
    return 0


def cmd_new(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.drafting import blank_nota
    from notadesk.core.storage.documents import parse_document_text
    from notadesk.errors import DuplicateReferenceError

    if args.from_json:
        from notadesk.core.model.limits import read_document_bytes

        if args.from_json == "-":
            raw = read_document_bytes(sys.stdin.buffer)
        else:
            with Path(args.from_json).open("rb") as source:
                raw = read_document_bytes(source)
        _meta, nota = parse_document_text(raw)
        wanted = nota.reference
        try:
            draft = ctx.store.create(nota, arriving=True)
        except DuplicateReferenceError:
            nota.reference = ""
            draft = ctx.store.create(nota, arriving=True)
            print(
                f"notadesk: Onze Referentie {wanted} is already in use; "
                f"the new draft is {draft.nota.reference}.",
                file=sys.stderr,
            )
        for note in draft.notes:
            print(f"notadesk: {note}", file=sys.stderr)
    else:
        nota = blank_nota()
        nota.subject = args.subject or ""
        draft = ctx.store.create(nota)
    print(draft.id)
    return 0


def _table(rows: list[list[str]], header: list[str]) -> None:
    rows = [[one_line(str(c)) for c in row] for row in rows]  # a value never fakes a line
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    widths[-1] = 0  # the last column (subject) is not padded
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.storage.fastread import read_summaries

    db_path = ctx.sqlite_file()
    drafts = read_summaries(db_path, deleted=args.trash) if db_path else None
    if drafts is None:  # no database yet, one that needs migrating, a team database: the store
        drafts = ctx.store.list(deleted=args.trash)
    if args.json:
        print_json([d.as_json() for d in drafts])
        return 0
    if not drafts:
        print(
            "The trash is empty." if args.trash else "There are no drafts yet; try 'notadesk demo'."
        )
        return 0
    _table(
        [
            [d.id[:8], d.reference, d.status, d.level, d.updated[:16].replace("T", " "), d.subject]
            for d in drafts
        ],
        ["ID", "REFERENCE", "STATUS", "CLASSIFICATION", "UPDATED (UTC)", "SUBJECT"],
    )
    return 0


def draft_document(ctx: Context, draft_id: str, revision: int | None = None) -> dict[str, Any]:
    """Return the draft document of a draft (or of one of its revisions)."""
    from notadesk.core.storage.documents import envelope

    draft = ctx.store.get(draft_id)
    nota = draft.nota if revision is None else ctx.store.revision(draft_id, revision)
    return envelope(
        nota,
        id=draft.id,
        created=draft.created,
        updated=draft.updated,
        revision=revision or draft.revision,
        deleted=draft.deleted,
        conflict_of=draft.conflict_of,
    )


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.model.text import nota_outline

    draft_id = ctx.resolve(args.draft)
    if args.json:
        print_json(draft_document(ctx, draft_id, args.revision))
        return 0
    draft = ctx.store.get(draft_id)
    nota = draft.nota if args.revision is None else ctx.store.revision(draft_id, args.revision)
    print(f"Draft {draft.id}  revision {args.revision or draft.revision}  updated {draft.updated}")
    if draft.deleted:
        print("(in the trash)")
    for line in nota_outline(nota):
        print(one_line(line))  # one line per part: a stored line break shows as \u000a
    return 0


def cmd_search(ctx: Context, args: argparse.Namespace) -> int:
    hits = ctx.store.search(" ".join(args.query))
    if args.json:
        print_json([{**h.draft.as_json(), "snippet": h.snippet} for h in hits])
        return 0
    if not hits:
        print("Nothing found.")
        return 0
    for hit in hits:
        draft = hit.draft
        print(f"{draft.id[:8]}  {one_line(draft.reference)}  {one_line(draft.subject)}")
        print(f"          {one_line(hit.snippet)}")
    return 0


def cmd_history(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.identity import signed_label

    draft_id = ctx.resolve(args.draft)
    revisions = ctx.store.history(draft_id)
    if args.json:
        print_json([r.as_json() for r in revisions])
        return 0
    for r in revisions:
        extra = f" (from revision {r.restored_from})" if r.restored_from else ""
        who = signed_label(r.author) if r.author.label else "(author unknown)"
        line = f"{r.number:>4}  {r.created[:19].replace('T', ' ')}  {r.origin}{extra}  {who}"
        print(f"{line}  — {r.note}" if r.note else line)
    return 0


def cmd_diff(ctx: Context, args: argparse.Namespace) -> int:
    """Print the word-level redline between two revisions ([-deleted-] {+inserted+})."""
    from notadesk.core.review.redline import EQUAL, redline

    draft_id = ctx.resolve(args.draft)
    new_number = args.new or ctx.store.get(draft_id).revision
    old = ctx.store.revision(draft_id, args.old)
    new = ctx.store.revision(draft_id, new_number)
    result = redline(old, new)
    if args.pdf:
        from notadesk.cli.printing import print_redline

        return print_redline(ctx, draft_id, args.old, new_number, result, args.pdf)
    if not result.changed:
        print("The two revisions have the same content.")
        return 0
    from notadesk.core.wording import counted

    print(
        f"Revision {args.old} → {new_number}: {counted(result.inserted_words, 'word')} "
        f"inserted, {counted(result.deleted_words, 'word')} deleted "
        "([-deleted-] {+inserted+})."
    )
    text = result.as_text().split("\n")
    for line, pieces in zip(text, result.lines, strict=True):
        if args.all or any(p.op != EQUAL for p in pieces):
            print(line)
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    draft_id = ctx.resolve(args.draft)
    try:
        draft = ctx.store.restore(
            draft_id, args.revision, note=args.note, justification=args.justification
        )
    except JustificationRequired as exc:
        return fail(f"{exc} Give it with --justification TEXT.")
    print(f"Revision {args.revision} restored as revision {draft.revision}.")
    return 0


def cmd_classify(ctx: Context, args: argparse.Namespace) -> int:
    import datetime as dt

    from notadesk.core.policy.markings import marking_level
    from notadesk.errors import ValidationError

    draft_id = ctx.resolve(args.draft)
    level = marking_level(args.level)
    draft = ctx.store.get(draft_id)
    nota = draft.nota
    nota.classification.level = level.id
    if args.until is not None:
        try:
            until = None if args.until == "none" else dt.date.fromisoformat(args.until)
        except ValueError:
            raise ValidationError(
                f"The end date {args.until!r} is not a date (YYYY-MM-DD)."
            ) from None
        nota.classification.until = until
    try:
        saved = ctx.store.save(
            draft_id, nota, base_revision=draft.revision, justification=args.justification
        )
    except JustificationRequired as exc:
        return fail(f"{exc} Give it with --justification TEXT.")
    print(
        f"{saved.nota.reference} is now {level.marking or level.label} (revision {saved.revision})."
    )
    return 0


def cmd_delete(ctx: Context, args: argparse.Namespace) -> int:
    draft_id = ctx.resolve(args.draft)
    ctx.store.delete(draft_id)
    print("Moved to the trash; 'notadesk undelete' brings it back.")
    return 0


def cmd_undelete(ctx: Context, args: argparse.Namespace) -> int:
    draft_id = ctx.resolve(args.draft)
    ctx.store.undelete(draft_id)
    print("Restored from the trash.")
    return 0


def cmd_settings(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.storage.store import SETTING_DEFAULTS

    if args.key is None:
        for key in SETTING_DEFAULTS:
            print(f"{key} = {json.dumps(ctx.store.get_setting(key), ensure_ascii=False)}")
        return 0
    if args.value is None:
        print(json.dumps(ctx.store.get_setting(args.key), ensure_ascii=False))
        return 0
    try:
        value = json.loads(args.value)
    except ValueError:
        value = args.value
    ctx.store.set_setting(args.key, value)
    return 0
