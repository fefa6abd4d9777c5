"""Commands for the printed nota: render (to PDF) and the copy register."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.cli.context import Context, print_json
from notadesk.core.wording import counted

if TYPE_CHECKING:
    from notadesk.core.storage.records import Draft

MAX_COPIES = 99  # kept equal to notadesk.core.render.document.MAX_COPIES (not imported: cold start)


def _copies(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= number <= MAX_COPIES:
        raise argparse.ArgumentTypeError(f"the number of copies must be 1 to {MAX_COPIES}")
    return number


def _entry_id(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a register entry number") from None


def register(sub: Any) -> None:
    """Add the printing commands to the parser."""
    p = sub.add_parser("render", help="print a draft to a PDF file")
    p.add_argument("draft", metavar="DRAFT", help="id, unique id prefix, or Onze Referentie")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--copies", type=_copies, default=1, metavar="N", help="N complete copies")
    p.add_argument("--woo", action="store_true", help="the Woo publication variant")
    p.add_argument(
        "--pdfa",
        action="store_true",
        help="PDF/A-2b for the archive (definitief and getekend prints always are)",
    )
    numbers = p.add_mutually_exclusive_group()
    numbers.add_argument(
        "--copy-numbers",
        dest="copy_numbers",
        action="store_const",
        const=True,
        default=None,
        help="print 'Exemplaar n van N' even where the level does not require it",
    )
    numbers.add_argument(
        "--no-copy-numbers",
        dest="copy_numbers",
        action="store_const",
        const=False,
        help="leave copy numbers off where the level does not require them",
    )
    p.add_argument("--revision", type=int, metavar="N", help="print revision N")
    p.set_defaults(handler=cmd_render)

    p = sub.add_parser(
        "declassify",
        help="record a declassification decision (the Woo variant of a classified nota needs one)",
    )
    p.add_argument("draft", metavar="DRAFT", help="id, unique id prefix, or Onze Referentie")
    p.add_argument("--by", required=True, metavar="NAME", help="who decided")
    p.add_argument("--reference", required=True, metavar="REF", help="the decision's reference")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="when (default: today)")
    p.set_defaults(handler=cmd_declassify)

    p = sub.add_parser("register", help="list the copy register, or fill in a recipient")
    p.add_argument("draft", nargs="?", metavar="DRAFT", help="only this draft's copies")
    p.add_argument("--json", action="store_true", help="print every entry as JSON")
    p.add_argument(
        "--set-recipient",
        nargs=2,
        metavar=("ENTRY_ID", "NAME"),
        help="record who received a printed copy (a new, correcting entry)",
    )
    p.set_defaults(handler=cmd_register)


def quick_draft(ctx: Context, token: str) -> Draft | None:
    """Return a draft read without SQLAlchemy, or None to use the store (see ``fastread``)."""
    from notadesk.core.storage.fastread import read_draft

    db = ctx.sqlite_file()
    return read_draft(db, token) if db else None


def _parafen(ctx: Context, draft: Draft) -> tuple[Any, ...]:
    """Return the parafen given on the text being printed (for the Parafen block)."""
    from notadesk.core.review.route import route_of
    from notadesk.core.storage.fastread import read_route_events

    db = ctx.sqlite_file()
    events = read_route_events(db, draft.id) if db else None
    if events is None:
        from notadesk.core.storage.review import route_events

        events = route_events(ctx.store, draft.id)
    return route_of(draft.nota, events).given()


def _letterhead(ctx: Context) -> Any:
    """Return the letterhead in force (policy, else settings), read without SQLAlchemy when
    possible."""
    from notadesk.core.policy.administrator import load_policy
    from notadesk.core.render.letterhead import letterhead_in_force
    from notadesk.core.storage.fastread import read_settings

    db = ctx.sqlite_file()
    values = read_settings(db, "letterhead.") if db else None
    if values is None:
        values = ctx.store.settings_starting("letterhead.")
    return letterhead_in_force(values, load_policy())


def cmd_render(ctx: Context, args: argparse.Namespace) -> int:
    import dataclasses

    from notadesk.core.policy.markings import check_copy_numbers
    from notadesk.core.policy.prints import print_level
    from notadesk.core.render import RenderOptions, print_to_file, render_nota, write_pdf_atomically

    draft = None if args.revision is not None else quick_draft(ctx, args.draft)
    if draft is None:
        draft = ctx.store.get(ctx.resolve(args.draft))
    if args.revision is not None and args.revision != draft.revision:
        nota = ctx.store.revision(draft.id, args.revision)
        draft = dataclasses.replace(draft, revision=args.revision, nota=nota)
    level = print_level(draft.nota, woo=args.woo)  # an enclosure marked higher counts
    check_copy_numbers(level.id, args.copy_numbers)
    options = RenderOptions(
        copies=args.copies,
        copy_numbers=args.copy_numbers,
        woo=args.woo,
        pdfa=args.pdfa,
        parafen=_parafen(ctx, draft),
        letterhead=_letterhead(ctx),
    )
    from notadesk.core.policy.personal import personal_data, warn_and_record

    if personal_data(draft.nota):  # (only then is the full store needed, to record it)
        for hit in warn_and_record(ctx.store, draft.id, draft.nota, "print"):
            print(f"notadesk: personal data? {hit.message}", file=sys.stderr)
    from notadesk.core.policy.prints import is_pdf
    from notadesk.core.render.enclosures import enclosure_files

    files = None  # only a nota with PDF attachments needs the full store, to read them
    if any(is_pdf(a) for a in draft.nota.attachments) and not args.woo:
        files = enclosure_files(draft.nota, ctx.store.get_blob)
    result = render_nota(
        draft.nota, options, read_file=None if files is None else files.__getitem__
    )
    target: Path = args.output
    recorded = 0
    if level.register or level.log_access:  # only then is the full store needed
        recorded = print_to_file(ctx.store, draft, result, options, target)
    else:
        write_pdf_atomically(result.pdf, target)
    print(f"{result.sha256}  {target}")
    summary = f"{counted(result.pages_per_copy, 'page')} per copy, {counted(result.copies, 'copy')}"
    if result.pdfa:
        summary += ", PDF/A-2b"
    if recorded:
        summary += f"; {counted(recorded, 'entry')} added to the copy register"
    print(f"notadesk: {summary}.", file=sys.stderr)
    return 0


def print_redline(
    ctx: Context, draft_id: str, old_number: int, new_number: int, result: Any, target: str
) -> int:
    """Print the redline of two revisions to a PDF, recorded like a print of the nota."""
    import dataclasses

    from notadesk.core.policy.markings import highest_level
    from notadesk.core.render import (
        RenderOptions,
        RenderResult,
        print_to_file,
        write_pdf_atomically,
    )
    from notadesk.core.render.document import sha256
    from notadesk.core.render.redline import render_redline

    old = ctx.store.revision(draft_id, old_number)
    new = ctx.store.revision(draft_id, new_number)
    pdf = render_redline(old, new, old_number, new_number, result)
    path = Path(target)
    level = highest_level([old.classification.level, new.classification.level])
    recorded = 0
    if level.register or level.log_access:  # recorded before the file takes its name
        shown = dataclasses.replace(ctx.store.get(draft_id), revision=new_number, nota=new)
        shown.nota.classification.level = level.id
        rendered = RenderResult(pdf=pdf, sha256=sha256(pdf), pages_per_copy=0, copies=1)
        recorded = print_to_file(ctx.store, shown, rendered, RenderOptions(), path)
    else:
        write_pdf_atomically(pdf, path)
    print(f"{sha256(pdf)}  {path}")
    if recorded:
        print(
            f"notadesk: {counted(recorded, 'entry')} added to the copy register.", file=sys.stderr
        )
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-12-01") from None


def cmd_declassify(ctx: Context, args: argparse.Namespace) -> int:
    """Record who declassified the nota, when and under which reference (a revision + audit)."""
    from notadesk.core.declassification import record_declassification
    from notadesk.core.policy.markings import marking_level

    draft = ctx.store.get(ctx.resolve(args.draft))
    saved = record_declassification(
        ctx.store, draft, by=args.by, reference=args.reference, date=args.date
    )
    marking = marking_level(saved.nota.classification.level).marking
    print(f"{saved.nota.reference}: {marking} declassified (revision {saved.revision}).")
    return 0


def cmd_register(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.render.register import current_recipients, register_entries, set_recipient

    if args.set_recipient:
        raw_id, name = args.set_recipient
        try:
            entry_id = _entry_id(raw_id)
        except argparse.ArgumentTypeError as exc:
            return _fail(f"{exc}.")
        entry = set_recipient(ctx.store, entry_id, name)
        print(f"Entry {entry.id} records {entry.recipient} as recipient of entry {entry_id}.")
        return 0
    draft_id = ctx.resolve(args.draft) if args.draft else None
    entries = register_entries(ctx.store, draft_id)
    current = current_recipients(entries)
    if args.json:
        print_json(
            [
                {**e.as_json(), "current_recipient": current.get(e.id)}
                if e.kind == "print"
                else e.as_json()
                for e in entries
            ]
        )
        return 0
    printed = [e for e in entries if e.kind == "print"]
    if not printed:
        print("The copy register holds no printed copies.")
        return 0
    header = ["ENTRY", "PRINTED", "REFERENCE", "REV", "COPY", "MARKING", "SHA-256", "RECIPIENT"]
    rows = [
        [
            str(e.id),
            e.printed_at[:19].replace("T", " "),
            e.reference,
            str(e.revision),
            f"{e.copy_number}/{e.copies}",
            e.marking,
            e.pdf_sha256[:12],
            current.get(e.id) or "-",
        ]
        for e in printed
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _fail(message: str) -> int:
    from notadesk.cli.context import fail

    return fail(message)
