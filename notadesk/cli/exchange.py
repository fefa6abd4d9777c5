"""Commands for removable media: export, import and verify .nota packages."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.cli.context import Context, fail, print_json

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore


def register(sub: Any) -> None:
    """Add the package commands to the parser."""
    p = sub.add_parser("export", help="write drafts with their history to a .nota package")
    p.add_argument("drafts", nargs="*", metavar="DRAFT", help="id, id prefix or Onze Referentie")
    p.add_argument("--all", action="store_true", help="every draft not in the trash")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE_OR_DIR",
        help="a folder (the file is named by date and marking) or a file name",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="check a .nota package, then import it (all or nothing)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="say what would happen; write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("verify", help="check a .nota package and say what it holds")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_verify)


def _emit(report: Any, as_json: bool) -> None:
    if as_json:
        print_json(report.as_json())
    else:
        print("\n".join(report.lines()))


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange import export_package

    if args.all == bool(args.drafts):
        return fail("Name the drafts to export, or give --all (not both).", status=2)
    ids = None if args.all else [ctx.resolve(token) for token in args.drafts]
    report = export_package(ctx.store, ids, args.output)
    for warning in report.personal_data:
        print(f"notadesk: personal data? {warning}", file=sys.stderr)
    _emit(report, args.json)
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange import import_package
    from notadesk.errors import PackageError

    try:
        report = import_package(ctx.store, args.file, dry_run=args.dry_run)
    except PackageError as exc:
        return fail(f"Package refused, nothing was imported: {exc}")
    _emit(report, args.json)
    return 0


@contextmanager
def _comparison_store(ctx: Context) -> Iterator[DraftStore | None]:
    """Yield the store to compare a package with, touching nothing in the data folder.

    Verify makes no data folder and no database: without a database here it compares with an
    empty one in a temporary folder (what an import into a new workstation would do); on a
    data folder that cannot be opened it still checks the package, without comparing.
    """
    from notadesk.core.storage.store import DraftStore
    from notadesk.errors import StorageError

    db = ctx.sqlite_file()
    if db is None or db.is_file():  # (a team database is always there to compare with)
        try:
            store: DraftStore | None = ctx.store
        except (StorageError, OSError) as exc:
            print(f"notadesk: not compared with the drafts here: {exc}", file=sys.stderr)
            store = None
        yield store
        return
    with tempfile.TemporaryDirectory(prefix="notadesk-verify-") as folder:
        empty = DraftStore.open(Path(folder) / "data")
        try:
            yield empty
        finally:
            empty.close()


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange import verify_package
    from notadesk.errors import PackageError

    try:
        with _comparison_store(ctx) as store:
            report = verify_package(args.file, store=store)
    except PackageError as exc:
        if args.json:
            print_json({"path": str(args.file), "valid": False, "reason": str(exc)})
        return fail(f"Package refused: {exc}")
    _emit(report, args.json)
    return 0
