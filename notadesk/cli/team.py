"""Commands of the team database: moving a workstation's drafts in, and clearances."""

from __future__ import annotations

import argparse
from typing import Any

from notadesk.cli.context import Context, fail, print_json


def register(sub: Any) -> None:
    """Add ``copy-to`` to the parser."""
    p = sub.add_parser(
        "copy-to",
        help="copy drafts with their whole history into the team database (again: no change)",
    )
    p.add_argument("url", metavar="URL", help="the team database, postgresql://…")
    p.add_argument("drafts", nargs="*", metavar="DRAFT", help="id, id prefix or Onze Referentie")
    p.add_argument("--all", action="store_true", help="every draft not in the trash")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_copy_to)


def register_admin(admin: Any) -> None:
    """Add ``clearance`` to the administrator's commands (``notadesk admin …``)."""
    p = admin.add_parser(
        "clearance",
        help="clear a database role for a marking level (the server hides drafts above it)",
    )
    p.add_argument("role", metavar="ROLE", help="the database role (login) of a colleague")
    p.add_argument("level", metavar="LEVEL", help="a marking level id, e.g. nl.stg-geheim")
    p.set_defaults(handler=cmd_clearance)


def cmd_copy_to(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange import copy_to
    from notadesk.core.storage.store import DraftStore
    from notadesk.errors import PackageError

    if args.all == bool(args.drafts):
        return fail("Name the drafts to copy, or give --all (not both).", status=2)
    ids = None if args.all else [ctx.resolve(token) for token in args.drafts]
    with DraftStore.open(ctx.data_dir, server=args.url) as target:
        if not target.on_server:
            return fail("copy-to copies into the team database: give a postgresql:// URL.")
        try:
            report = copy_to(ctx.store, target, ids)
        except PackageError as exc:
            return fail(f"Nothing was copied: {exc}")
    if args.json:
        print_json(report.as_json())
    else:
        print("\n".join(report.lines()))
    return 0


def cmd_clearance(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.cli.admin import server_of
    from notadesk.core.policy.markings import marking_level

    server_of(ctx)  # the team database, or one sentence saying it is needed
    done = ctx.store.set_clearance(args.role, args.level)
    level = marking_level(done.level)
    print(
        f"Role {done.role} is cleared for {level.label} ({done.level}); drafts above it are "
        "hidden from it by the server."
    )
    return 0
