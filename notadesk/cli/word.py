"""Commands for Word documents: import-docx and export-docx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from notadesk.cli.context import Context, fail


def _section(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a section number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("sections are numbered from 1")
    return number


def register(sub: Any) -> None:
    """Add the Word document commands to the parser."""
    p = sub.add_parser("import-docx", help="import a Word document (.docx) as a draft or into one")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--into", metavar="DRAFT", help="add to this draft instead of making a new one")
    p.add_argument(
        "--section",
        type=_section,
        metavar="N",
        help="with --into: put the text in section N (its headings become sub-sections)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="only say what would come over; store nothing"
    )
    p.set_defaults(handler=cmd_import_docx)

    p = sub.add_parser("export-docx", help="write a draft as a Word document (.docx)")
    p.add_argument("draft", metavar="DRAFT", help="id, unique id prefix, or Onze Referentie")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.docx")
    p.add_argument(
        "--woo", action="store_true", help="the Woo variant: no personal data, redactions applied"
    )
    p.set_defaults(handler=cmd_export_docx)


def cmd_import_docx(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange.contributions import add_to_draft, create_draft_from
    from notadesk.core.interchange.docx_in import read_docx

    if args.section is not None and not args.into:
        return fail("--section needs --into DRAFT.", status=2)
    draft_id = ctx.resolve(args.into) if args.into else None
    contribution = read_docx(args.file)
    for line in contribution.report.lines():
        print(f"notadesk: {line}", file=sys.stderr)
    if args.dry_run:
        print("notadesk: nothing was stored (--dry-run).", file=sys.stderr)
        return 0
    name = args.file.stem
    if draft_id is None:
        draft = create_draft_from(ctx.store, contribution, name)
    else:
        section = None if args.section is None else args.section - 1
        draft = add_to_draft(ctx.store, draft_id, contribution, name=name, section=section)
    for note in draft.notes:
        print(f"notadesk: {note}", file=sys.stderr)
    print(draft.id)
    print(f"notadesk: stored as revision {draft.revision}.", file=sys.stderr)
    return 0


def cmd_export_docx(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange.docx_export import export_docx
    from notadesk.core.policy.personal import warn_and_record

    draft = ctx.store.get(ctx.resolve(args.draft))
    for hit in warn_and_record(ctx.store, draft.id, draft.nota, "export-docx"):
        print(f"notadesk: personal data? {hit.message}", file=sys.stderr)
    result = export_docx(ctx.store, draft, args.output, woo=args.woo)
    print(f"{result.sha256}  {result.path}")
    if result.registered:
        print("notadesk: 1 entry added to the copy register.", file=sys.stderr)
    return 0
