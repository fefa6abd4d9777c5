"""``notadesk check`` on a team database: what notadesk can check through the role's own
connection, reading only.

The server's own storage (pages, indexes) is the administrator's to check (``pg_amcheck``)
and to restore (``pg_dump``/``pg_restore``); what a role can check is the data notadesk
wrote, as far as its clearance lets it see (row-level security applies: drafts above it are
neither checked nor reported). In one snapshot (REPEATABLE READ):

- every revision's content against its stored SHA-256 (a change made around notadesk);
- every draft's chain: revisions numbered 1 … head without a gap, each later one's parent an
  earlier revision of the same draft, the draft's head, head uuid and content hash its last
  revision's, and its search row there;
- orphans: revisions, comments, thread states, route events, copy-register entries, search
  rows and file links of no draft (a hidden draft's rows are not visible, so a row visible
  whose draft is not has none); a reply or thread state whose comment is missing;
- attachment files: each readable file's bytes against its hash, and each file a draft's
  current text names readable.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from notadesk.core.storage.health import CheckReport, content_ok

if TYPE_CHECKING:
    from notadesk.core.storage.store import DraftStore

MAX_PROBLEMS = 1000
"""Problems kept in a report (the count goes on)."""

BELONGING = (
    "revisions",
    "comments",
    "comment_states",
    "route_events",
    "copy_register",
    "draft_fts",
    "blob_links",
)
"""The tables whose every row belongs to a stored draft (the audit log may name a draft
never stored: a refused import)."""

_COUNTED = [
    (
        f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
        "(SELECT 1 FROM drafts d WHERE d.id = t.draft_id)",
        f"{{n}} rows of {table} belong to no draft",
    )
    for table in BELONGING
] + [
    (
        "SELECT count(*) FROM comments c WHERE c.parent_uuid IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM comments p WHERE p.uuid = c.parent_uuid)",
        "{n} replies answer a comment that is missing",
    ),
    (
        "SELECT count(*) FROM comment_states t WHERE NOT EXISTS "
        "(SELECT 1 FROM comments c WHERE c.uuid = t.comment_uuid)",
        "{n} thread states belong to a comment that is missing",
    ),
]
"""Counts of rows that should not exist, and what each says."""


def check_team_database(store: DraftStore, where: str) -> CheckReport:
    """Check a team database as far as the store's role sees it (reads only)."""
    report = CheckReport(where)

    def problem(sentence: str) -> None:
        if len(report.problems) < MAX_PROBLEMS:
            report.problems.append(sentence)

    with store.reading() as s:

        def rows(sql: str) -> Any:
            return s.execute(text(sql), execution_options={"yield_per": 1000})

        drafts = {
            r[0]: r[1:]
            for r in rows("SELECT id, reference, head, head_uuid, content_hash FROM drafts")
        }
        report.drafts = len(drafts)
        chains: dict[str, list[tuple[int, str, str | None, str]]] = defaultdict(list)
        for draft_id, number, rev_uuid, parent, stored, document in rows(
            "SELECT draft_id, number, uuid, parent_uuid, content_hash, document FROM revisions "
            "ORDER BY draft_id, number"
        ):
            report.revisions += 1
            name = _name(drafts, draft_id)
            if not content_ok({"document": document, "content_hash": stored}):
                problem(f"revision {number} of {name} does not match its content hash")
            chains[draft_id].append((number, rev_uuid, parent, stored))
        searchable = {r[0] for r in rows("SELECT draft_id FROM draft_fts")}
        for draft_id, (reference, head, head_uuid, content_hash) in drafts.items():
            _check_chain(draft_id, reference, head, head_uuid, content_hash, chains, problem)
            if draft_id not in searchable:
                problem(f"draft {reference or draft_id} has no search row")
        for sql, sentence in _COUNTED:
            (found,) = s.execute(text(sql)).one()
            if found:
                problem(sentence.replace("{n}", str(found)))
        readable = set()
        for digest, data in rows("SELECT sha256, data FROM blobs"):
            readable.add(digest)
            if hashlib.sha256(bytes(data)).hexdigest() != digest:
                problem(f"the attachment file {digest[:12]}… does not match its hash")
        for draft_id, digest in rows(
            "SELECT l.draft_id, l.sha256 FROM blob_links l ORDER BY l.draft_id"
        ):
            if digest not in readable:
                problem(f"{_name(drafts, draft_id)} names a file ({digest[:12]}…) that is missing")
    return report


def _name(drafts: dict[str, tuple[Any, ...]], draft_id: str) -> str:
    found = drafts.get(draft_id)
    return f"draft {found[0] or draft_id}" if found else f"draft {draft_id} (not stored)"


def _check_chain(
    draft_id: str,
    reference: str,
    head: int,
    head_uuid: str,
    content_hash: str,
    chains: dict[str, list[tuple[int, str, str | None, str]]],
    problem: Any,
) -> None:
    name = f"draft {reference or draft_id}"
    chain = chains.get(draft_id, [])
    if not chain:
        problem(f"{name} has no revisions")
        return
    numbers = [number for number, *_ in chain]
    if numbers != list(range(1, len(chain) + 1)):
        problem(f"{name}'s revisions are not numbered 1 to {len(chain)} without a gap")
    earlier: set[str] = set()
    for number, rev_uuid, parent, _stored in chain:
        if number > 1 and parent not in earlier:
            problem(f"revision {number} of {name} follows no earlier revision of it")
        earlier.add(rev_uuid)
    last_number, last_uuid, _parent, last_hash = chain[-1]
    if (head, head_uuid, content_hash) != (last_number, last_uuid, last_hash):
        problem(f"{name}'s current revision is not its last one ({head}, not {last_number})")
