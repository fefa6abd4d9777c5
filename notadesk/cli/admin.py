"""``notadesk admin …``: what the administrator of a team database does (as its owner role).

``admin upgrade`` brings the team database's schema to this notadesk's (after a backup with
pg_dump: a server database is not copied by notadesk); ``admin grant ROLE`` gives a database
role the application's rights (``resources/postgresql/grants.sql``). The database is the one
in force, as for every command (``--database``, ``NOTADESK_DATABASE`` or the policy).
"""

from __future__ import annotations

import argparse
from typing import Any

from notadesk.cli import team
from notadesk.cli.context import Context


def register(sub: Any) -> None:
    """Add the team database's administration commands to the parser."""
    p = sub.add_parser("admin", help="administer the team database (as its owner role)")
    actions = p.add_subparsers(dest="admin_action", metavar="ACTION", required=True)
    q = actions.add_parser(
        "upgrade", help="bring the team database's schema up to date (back it up with pg_dump)"
    )
    q.set_defaults(handler=cmd_upgrade)
    q = actions.add_parser(
        "grant", help="give a database role the rights to work in the team database"
    )
    q.add_argument("role", metavar="ROLE", help="an existing PostgreSQL role")
    q.set_defaults(handler=cmd_grant)
    team.register_admin(actions)


def server_of(ctx: Context) -> str:
    from notadesk.errors import StorageError

    server = ctx.server()
    if server is None:
        raise StorageError(
            "There is no team database to administer: give one with --database URL (the "
            "database in the data folder is upgraded by itself when opened)."
        )
    return server


def cmd_upgrade(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.storage.database import describe_server, upgrade_server

    server = server_of(ctx)
    before, after = upgrade_server(server)
    where = describe_server(server)
    if before == after:
        print(f"The team database {where} is at schema {after} already; nothing was changed.")
    else:
        was = f"schema {before}" if before else "empty"
        print(f"The team database {where} was {was} and is now at schema {after}.")
    return 0


def cmd_grant(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.identity import clean_line
    from notadesk.core.storage.database import describe_server, grant_server_role
    from notadesk.errors import ValidationError

    role = clean_line(args.role, "A role name", limit=63)
    if not role:
        raise ValidationError("Give the name of the role.")
    server = server_of(ctx)
    grant_server_role(server, role)
    print(
        f"The role {role!r} may now work in the team database {describe_server(server)}: "
        "read and write drafts, and only add to the revisions, copy register and audit log."
    )
    return 0
