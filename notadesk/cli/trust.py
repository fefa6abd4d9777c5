"""Commands of trust: the trusted keys, this workstation's public key, the audit log, the policy."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from notadesk.cli.context import Context, print_json


def register(sub: Any) -> None:
    """Add the trust and audit commands to the parser."""
    p = sub.add_parser("trust", help="the keys whose signed packages this workstation trusts")
    actions = p.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="list the trusted keys (own, the policy's, the user's)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_trust_list)
    q = actions.add_parser("add", help="trust the key in a public-key file")
    q.add_argument("file", type=Path, metavar="FILE")
    q.set_defaults(handler=cmd_trust_add)
    q = actions.add_parser("remove", help="stop trusting a key on the trust list")
    q.add_argument("fingerprint", metavar="FINGERPRINT", help="at least its first 8 digits")
    q.set_defaults(handler=cmd_trust_remove)
    q = actions.add_parser("key", help="write this workstation's public-key file")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="FILE_OR_DIR")
    q.set_defaults(handler=cmd_trust_key)

    p = sub.add_parser("audit", help="the audit log (of one draft, or of this workstation)")
    p.add_argument("draft", nargs="?", metavar="DRAFT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("policy", help="show the administrator's policy in force")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_policy)


def cmd_trust_list(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange.signing import short_fingerprint
    from notadesk.core.interchange.trust import all_trusted

    keys = all_trusted(ctx.store)
    if args.json:
        print_json(
            [
                {
                    "fingerprint": k.fingerprint,
                    "name": k.name,
                    "source": k.source,
                    "workstation": k.workstation or None,
                    "added_at": k.added_at or None,
                    "added_by": k.added_by or None,
                }
                for k in keys
            ]
        )
        return 0
    said = {"own": "this workstation", "policy": "administrator's policy", "user": "trust list"}
    for k in keys:
        extra = f", added {k.added_at[:10]} by {k.added_by}" if k.added_at else ""
        print(f"{short_fingerprint(k.fingerprint)}  {k.name}  ({said[k.source]}{extra})")
    return 0


def cmd_trust_add(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange.trust import add_trusted_key

    signer, added = add_trusted_key(ctx.store, args.file)
    state = "now trusted" if added else "already trusted"
    print(f"{signer.name} ({signer.short}) is {state}; fingerprint {signer.fingerprint}.")
    return 0


def cmd_trust_remove(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange.signing import short_fingerprint
    from notadesk.core.interchange.trust import remove_trusted_key

    gone = remove_trusted_key(ctx.store, args.fingerprint)
    print(f"{gone.name} ({short_fingerprint(gone.fingerprint)}) is no longer trusted.")
    return 0


def cmd_trust_key(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.interchange.trust import export_public_key

    signer = export_public_key(ctx.store, args.output)
    print(f"Public key of {signer.name} written; fingerprint {signer.fingerprint}.")
    print("Compare the fingerprint with the receiving workstation before trusting it.")
    return 0


def cmd_audit(ctx: Context, args: argparse.Namespace) -> int:
    draft_id = ctx.resolve(args.draft) if args.draft else None
    entries = ctx.store.audit_log(draft_id)
    here = str(ctx.store.get_setting("workstation.id") or "")
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0
    for e in entries:
        who = e.person or e.account or "(not recorded)"
        if e.person and e.account:
            who = f"{e.person} ({e.account})"
        where = "" if e.workstation in ("", here) else f" [elsewhere: {e.workstation[:8]}]"
        what = e.reference or ("(workstation)" if not e.draft_id else e.draft_id[:8])
        print(f"{e.at[:19].replace('T', ' ')}  {what}  {e.action}  {who}{where}")
        if e.detail:
            print(f"    {e.detail}")
        justification = e.data.get("justification")
        if justification:
            print(f"    Justification: {justification}")
    return 0


def cmd_policy(ctx: Context, args: argparse.Namespace) -> int:
    from notadesk.core.policy.markings import marking_level
    from notadesk.paths import policy_path

    policy = ctx.store.policy()
    rules = ctx.store.rules()
    if args.json:
        print_json({**policy.as_json(), "ceiling_in_force": rules.ceiling})
        return 0
    print(f"Policy file: {policy.source or f'none ({policy_path()} does not exist)'}")
    top = marking_level(rules.ceiling) if rules.ceiling else None
    print(f"Ceiling in force: {top.marking or top.label if top else 'none'}")
    print(f"Marking schemes allowed: {', '.join(sorted(policy.schemes or [])) or 'all'}")
    print(f"Packages must be signed by a trusted key: {'yes' if rules.require_trusted else 'no'}")
    print(f"Users may trust keys: {'yes' if policy.users_may_trust_keys else 'no'}")
    print(f"Keys pinned by the policy: {len(policy.trusted_keys)}")
    marked = ", ".join(sorted(policy.portion_marks)) or "as each scheme says"
    print(f"Portion marks required for: {marked}")
    source = "the workstation's settings" if policy.letterhead is None else "the policy"
    print(f"Letterhead: from {source}")
    if policy.database:
        from notadesk.core.storage.database import describe_server

        print(f"Database: the team database {describe_server(policy.database)}, for everyone")
    else:
        print("Database: the person's choice (--database, NOTADESK_DATABASE; else the data folder)")
    return 0
