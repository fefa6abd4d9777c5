"""``notadesk check`` and ``notadesk recover``: is the database whole, and saving what is."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from notadesk.cli.context import Context, fail
from notadesk.core.wording import counted


def register(sub: Any) -> None:
    """Add the database health commands to the parser."""
    p = sub.add_parser(
        "check", help="check the database and every revision you may see (reads only)"
    )
    p.set_defaults(handler=cmd_check)
    p = sub.add_parser(
        "recover", help="save every readable revision of a damaged database into a new one"
    )
    p.set_defaults(handler=cmd_recover)


def _db_path(ctx: Context) -> Path:
    from notadesk.errors import StorageError

    db = ctx.sqlite_file()
    if db is None:
        raise StorageError(
            "recover is for the database file in the data folder; a team database is "
            "restored by its administrator from a backup (pg_dump, pg_restore)."
        )
    return db


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.server() is not None:
        return _check_team_database(ctx)
    from notadesk.core.storage.health import check_database

    report = check_database(_db_path(ctx))
    if report.whole:
        print(
            f"The database {report.path} is whole: "
            f"{counted(report.drafts, 'draft')}, {counted(report.revisions, 'revision')} checked."
        )
        return 0
    return _problems(
        report.problems,
        f"The database {report.path} is damaged ({counted(len(report.problems), 'problem')}); "
        "'notadesk recover' saves every readable revision into a new database.",
    )


def _check_team_database(ctx: Context) -> int:
    from notadesk.core.storage.database import describe_server
    from notadesk.core.storage.teamcheck import check_team_database

    server = ctx.server()
    assert server is not None
    report = check_team_database(ctx.store, f"team database {describe_server(server)}")
    seen = (
        f"{counted(report.drafts, 'draft')} and {counted(report.revisions, 'revision')} "
        f"that role {ctx.store.database_role()} may see"
    )
    if report.whole:
        print(
            f"The {report.path} is whole as far as notadesk can check: {seen} checked; the "
            "server's own storage is its administrator's to check (pg_amcheck)."
        )
        return 0
    return _problems(
        report.problems,
        f"The {report.path} holds {counted(len(report.problems), 'problem')} ({seen} "
        "checked); its administrator restores it from a backup (pg_dump, pg_restore).",
    )


def _problems(problems: list[str], sentence: str) -> int:
    """List the first 20 problems a check found, then fail with the sentence that sums up."""
    for problem in problems[:20]:
        print(f"  {problem}")
    return fail(sentence)


def cmd_recover(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.storage.health import recover_database

    report = recover_database(_db_path(ctx).parent)
    print(
        f"Recovered {counted(report.drafts, 'draft')} with "
        f"{counted(report.revisions, 'revision')} into a new database; "
        f"{counted(report.lost_revisions, 'revision')} could not be read. "
        f"The damaged file is kept as {report.damaged_copy}."
    )
    return 0
