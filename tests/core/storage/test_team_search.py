"""The team database's search candidates (migration 0008), on a real PostgreSQL server: the
search row carries its draft's change time, level and trash mark whatever changed them, and
both plans for the candidates — walking the newest drafts, or every match the index finds —
give the same drafts: the newest of the allowed levels, not in the trash, that match."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.identity import Person
from notadesk.core.model.nota import Finding, Nota
from notadesk.core.storage.documents import content_json
from notadesk.core.storage.records import now_iso
from notadesk.core.storage.revisions import NewDraft, NewRevision
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import DraftRow
from tests.team import OpenAs, team_database

SECRET = "nl.stg-geheim"
WORD = "(to_tsquery('dutch', %(w)s) || to_tsquery('simple', %(w)s))"


@pytest.fixture
def team(postgres_server: Any, tmp_path: Path) -> Iterator[OpenAs]:
    with team_database(postgres_server, tmp_path) as open_as:
        yield open_as


def _nota(text: str, level: str | None = None) -> Nota:
    nota = blank_nota()
    nota.subject = "Jaarverslag"
    nota.findings.append(Finding(id="f1", number=1, text=text))
    if level is not None:
        nota.classification.level = level
    return nota


def _owner(store: DraftStore) -> Any:
    import psycopg

    from tests.postgres import OWNER

    return psycopg.connect(store.server, user=OWNER, autocommit=True)


def _out_of_step(store: DraftStore) -> list[tuple[str, ...]]:
    """Return the search rows whose change time, level or trash mark is not their draft's."""
    with _owner(store) as con:
        return con.execute(
            "SELECT f.draft_id, f.updated, f.level, f.trashed::text FROM draft_fts f "
            "JOIN drafts d ON d.id = f.draft_id WHERE (f.updated, f.level, f.trashed) "
            "IS DISTINCT FROM (d.updated, d.level, d.deleted_at IS NOT NULL)"
        ).fetchall()


def test_the_search_row_follows_its_draft(team: OpenAs) -> None:
    app = team("app")
    first = app.create(_nota("Over de zeldzaamheid."))
    second = app.create(_nota("Over iets anders."))
    with _owner(app) as con:
        assert con.execute("SELECT count(*) FROM draft_fts").fetchone()[0] == 2
    assert _out_of_step(app) == []

    raised = app.get(first.id).nota
    raised.classification.level = SECRET
    app.save(first.id, raised, base_revision=1)  # a save: the change time and the level
    app.delete(second.id)  # the trash: the draft's row alone changes
    assert _out_of_step(app) == []
    with _owner(app) as con:
        trashed = con.execute(
            "SELECT draft_id FROM draft_fts WHERE trashed", prepare=False
        ).fetchall()
    assert trashed == [(second.id,)]

    app.undelete(second.id)
    app.restore(first.id, 1, justification="de rubricering was te hoog")  # level back down
    assert _out_of_step(app) == []

    # new drafts written in bulk (as an import writes them) carry theirs from the start
    stamp = now_iso()
    nota = _nota("Een derde over de zeldzaamheid.")
    row = DraftRow(id=str(uuid.uuid4()))
    row.created, row.conflict_of = stamp, None
    DraftStore.fill_row(row, nota, stamp)
    rev = NewRevision(
        uuid=str(uuid.uuid4()),
        parent_uuid=None,
        created=stamp,
        origin="create",
        restored_from=None,
        content_hash=nota.content_hash(),
        document=content_json(nota),
        author=Person("test", "Test", ""),
    )
    with app.writing() as s:
        app.insert_drafts(s, [NewDraft(row=row, revisions=[rev], head=nota)])
    assert _out_of_step(app) == []
    assert {h.draft.id for h in app.search("zeldzaamheid")} == {first.id, row.id}


def _candidates(con: Any, word: str, allowed: str, pool: int, walk: bool) -> list[str]:
    found = con.execute(
        f"SELECT f.draft_id FROM unnest(notadesk_search_candidates({WORD}, "
        f"ARRAY(SELECT level FROM clearance_levels WHERE {allowed}), %(pool)s, %(walk)s)) "
        "WITH ORDINALITY AS c(tid, i) JOIN draft_fts f ON f.ctid = c.tid ORDER BY c.i",
        {"w": word, "pool": pool, "walk": walk},
    )
    return [r[0] for r in found]


def test_both_plans_give_the_newest_visible_matches(team: OpenAs) -> None:
    app = team("app")
    ids = []
    for i in range(12):
        text = "Over iets anders." if i % 3 == 1 else "Over de zeldzaamheid."
        ids.append(app.create(_nota(text, SECRET if i in (3, 6) else None)).id)
    app.delete(ids[9])
    oldest = app.get(ids[0]).nota
    oldest.subject = "Jaarverslag, herzien"
    app.save(ids[0], oldest, base_revision=1)  # the oldest is now the newest

    with _owner(app) as con:
        for allowed in ("true", "rank = 0"):  # every level; unclassified only
            newest = [
                r[0]
                for r in con.execute(
                    "SELECT id FROM drafts WHERE deleted_at IS NULL AND level IN (SELECT "
                    f"level FROM clearance_levels WHERE {allowed}) ORDER BY updated DESC, id DESC"
                )
            ]
            matching = [d for d in newest if ids.index(d) % 3 != 1]
            assert matching[0] == ids[0] and ids[9] not in matching
            for pool in (1, 3, 100):
                for word in ("'zeldzaam':*", "'zeldzaamheid'"):
                    walked = _candidates(con, word, allowed, pool, walk=True)
                    listed = _candidates(con, word, allowed, pool, walk=False)
                    assert walked == listed == matching[:pool], (allowed, pool, word)
        hidden = {ids[3], ids[6]}
        assert hidden <= set(_candidates(con, "'zeldzaam':*", "true", 100, walk=True))
        assert not hidden & set(_candidates(con, "'zeldzaam':*", "rank = 0", 100, walk=True))
        assert _candidates(con, "'nergens'", "true", 100, walk=True) == []
        assert _candidates(con, "'nergens'", "true", 100, walk=False) == []


def test_only_the_owner_may_ask_for_candidates(team: OpenAs) -> None:
    """The candidates and the window (0011) take the allowed levels as an argument: a role
    could name levels above its clearance, so only notadesk_search (run as the owner) may
    call them."""
    import psycopg

    app = team("app")
    app.create(_nota("Over de zeldzaamheid.", SECRET))
    for asking in (
        f"notadesk_search_candidates({WORD}, ARRAY['{SECRET}']::varchar[], 10, true)",
        f"notadesk_search_window({WORD}, ARRAY['{SECRET}']::varchar[], 10, ARRAY[20261202])",
    ):
        with (
            psycopg.connect(app.server, autocommit=True) as con,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            con.execute(f"SELECT {asking}", {"w": "'zeldzaam':*"})


_RULE = (
    # The search rule, written plainly (docs/team-database.md "Search"): the newest `pool`
    # drafts the caller may see, not in the trash, that the words match; of those, the ones
    # the query matches (a phrase: side by side), best ts_rank first, the newest first among
    # equals; the best `n`.
    "WITH c AS (SELECT f.draft_id, f.updated, f.tsv FROM draft_fts f WHERE NOT f.trashed "
    "AND f.level IN (SELECT level FROM clearance_levels WHERE rank <= notadesk_clearance(%(r)s)) "
    "AND f.tsv @@ replace(%(q)s::tsquery::text, ' <-> ', ' & ')::tsquery "
    "ORDER BY f.updated DESC, f.draft_id DESC LIMIT %(pool)s) "
    "SELECT draft_id, ts_rank(tsv, %(q)s::tsquery) FROM c WHERE tsv @@ %(q)s::tsquery "
    "ORDER BY 2 DESC, updated DESC, draft_id DESC LIMIT %(n)s"
)


def _rule_and_search(
    con: Any, app: DraftStore, q: str, pool: int, n: int, role: str | None = None
) -> tuple[Any, Any]:
    """Return what the rule gives (asked by the owner) and what notadesk_search gives the
    store's role (``role``: the application role unless named), each as (draft id, rank)
    rows."""
    import psycopg

    from tests.postgres import APP

    rule = con.execute(_RULE, {"q": q, "r": role or APP, "pool": pool, "n": n}).fetchall()
    with psycopg.connect(app.server, autocommit=True) as mine:
        found = mine.execute(
            "SELECT draft_id, rank FROM notadesk_search(%s::tsquery, current_user, %s, %s)",
            (q, n, pool),
        ).fetchall()
    return rule, found


@pytest.mark.parametrize(
    "query",
    [
        "'jaarverslag':*",  # in every draft: the walk of the newest for a pool of 1 (0009)
        "'zeldzaam':*",  # in two of three: the index for a pool of 40 or 2000, the walk for 1
        "'zeldzaamheid' <-> 'groot'",  # a phrase, confirmed on the candidates
        "'anders'",  # in none of the newest hundred: every match from the index
    ],
)
def test_the_search_gives_the_rule_by_either_plan(team: OpenAs, query: str) -> None:
    """notadesk_search ranks the candidates the walk found as it walks (each text vector
    read once) or those the index gave: either way the answer is the rule's, ranks included."""

    app = team("app")
    ids = []
    for i in range(130):
        text = (
            "Over iets anders."
            if i < 20 and i % 2
            else "Over de zeldzaamheid, groot en klein." * (1 + i % 4)
            if i % 3
            else "Zeldzaamheid is hier niet groot."
        )
        ids.append(app.create(_nota(text, SECRET if i % 7 == 3 else None)).id)
    for i in (5, 50, 129):
        app.delete(ids[i])
    with _owner(app) as con:
        con.execute("ANALYZE draft_fts")  # the row count the choice of plan reads
        (q,) = con.execute(f"SELECT {WORD}::text", {"w": query}).fetchone()
        for pool, n in ((2000, 200), (40, 10), (1, 1)):
            rule, found = _rule_and_search(con, app, q, pool, n)
            assert found == rule and (rule or query == "'anders'"), (pool, n)


# Change times as packages may carry them (the schemas allow any fraction and offset):
# several in one second, so that the stamp (the time to the second, migration 0010) ties and
# the text must decide, in the order of its characters.
ODD_TIMES = [
    "2026-12-02T10:00:00Z",
    "2026-12-02T10:00:00+00:00",
    "2026-12-02T10:00:00.5+00:00",
    "2026-12-02T10:00:00.5Z",
    "2026-12-02T10:00:00.123456-05:00",
    "2026-12-02T10:00:00.999+00:00",
    "2026-12-02T09:59:59.999Z",
    "2026-12-02T10:00:01.000+00:00",
    "2026-12-03T00:00:00.000+14:00",
    "2025-01-31T23:59:59+01:00",
]


def test_the_candidates_follow_the_change_time_as_written(team: OpenAs) -> None:
    """The search rows' stamp orders as their change time's text does: both plans and the
    search give the rule's drafts and order, with times of every allowed form, several of
    them in one second."""

    app = team("app")
    ids = [app.create(_nota("Over de zeldzaamheid." * (1 + i % 3))).id for i in range(30)]
    with _owner(app) as con:
        for i, draft_id in enumerate(ids):
            con.execute(
                "UPDATE drafts SET updated = %s WHERE id = %s",
                (ODD_TIMES[i % len(ODD_TIMES)], draft_id),
            )
        assert _out_of_step(app) == []  # the trigger copied each time to the search row
        newest = [r[0] for r in con.execute("SELECT id FROM drafts ORDER BY updated DESC, id DESC")]
        for pool in (1, 7, 15, 100):
            walked = _candidates(con, "'zeldzaam':*", "true", pool, walk=True)
            listed = _candidates(con, "'zeldzaam':*", "true", pool, walk=False)
            assert walked == listed == newest[:pool], pool
        con.execute("ANALYZE draft_fts")
        (q,) = con.execute(f"SELECT {WORD}::text", {"w": "'zeldzaam':*"}).fetchone()
        for pool, n in ((2000, 200), (12, 5)):
            rule, found = _rule_and_search(con, app, q, pool, n)
            assert found == rule and len(rule) == min(n, pool, len(ids)), (pool, n)


def _explaining(con: Any) -> list[str]:
    """Have PostgreSQL send the plan of every statement this superuser's connection runs,
    those inside functions too, as a notice (auto_explain); return the list they land in."""
    plans: list[str] = []
    con.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
    con.execute("LOAD 'auto_explain'")
    for setting, value in (
        ("auto_explain.log_min_duration", "0"),
        ("auto_explain.log_nested_statements", "on"),
        ("auto_explain.log_level", "notice"),
        ("client_min_messages", "notice"),
    ):
        con.execute(f"SET {setting} = {value}")
    return plans


def test_the_candidates_take_the_matches_from_the_gin_index(team: OpenAs) -> None:
    """notadesk_search turns bitmap scans off for its walk; the candidates it then asks for
    must still come from the GIN index (which PostgreSQL reads only by a bitmap scan), also
    in a session's first calls, which PL/pgSQL plans for their actual values. When the
    setting leaked into them, the planner read every search row in key order and checked each
    text vector: 600 ms on 100,000 drafts instead of 20–40 (migration 0010)."""
    import psycopg

    from tests.postgres import SUPERUSER

    app = team("app")
    for i in range(40):
        app.create(_nota("Over de zeldzaamheid." if i % 4 else "Over iets anders."))
    with psycopg.connect(app.server, user=SUPERUSER, autocommit=True) as con:
        con.execute("ANALYZE draft_fts")
        plans = _explaining(con)
        con.execute("SET enable_bitmapscan = off")  # as notadesk_search sets it for itself
        found = _candidates(con, "'zeldzaamheid'", "true", 100, walk=False)
    assert len(found) == 30
    scans = [p for p in plans if "draft_fts" in p and "tsv @@" in p]
    assert scans and all("Bitmap Index Scan on ix_draft_fts_tsv" in p for p in scans), plans


def _spread_over_days(app: DraftStore, con: Any, texts: list[str], per_day: int) -> list[str]:
    """Create a draft for each text and give them change times ``per_day`` a day, the last
    the newest; return their ids, oldest first."""
    ids = [app.create(_nota(text)).id for text in texts]
    for i, draft_id in enumerate(ids):
        day, nth = divmod(i, per_day)
        con.execute(
            "UPDATE drafts SET updated = to_char(timestamp '2026-09-01 08:00' "
            "+ make_interval(days => %s, mins => %s), 'YYYY-MM-DD\"T\"HH24:MI:SS.000+00:00') "
            "WHERE id = %s",
            (day, 7 * nth, draft_id),
        )
    assert _out_of_step(app) == []
    return ids


def _periods_from(oldest: date, days: set[date]) -> list[int]:
    """Return what notadesk_search asks the window for (migration 0011), written plainly:
    of the days the newest drafts were changed on, those in the oldest one's month; the
    later months of its year; the later years."""
    return sorted(
        {
            int(d.strftime("%Y%m%d"))
            for d in days
            if (d.year, d.month) == (oldest.year, oldest.month)
        }
        | {
            1_000_000_000 + int(d.strftime("%Y%m"))
            for d in days
            if d.year == oldest.year and d.month > oldest.month
        }
        | {2_000_000_000 + d.year for d in days if d.year > oldest.year}
    )


def test_the_window_gives_the_newest_matches_of_its_periods(team: OpenAs) -> None:
    """Each search row carries its change day, month and year (migration 0011), and
    notadesk_search_window takes from the GIN index the matches of the periods it is given:
    the newest visible ones, in the search's order. Given the periods of the newest drafts'
    days, over months and a turn of the year, that is the newest matches of all whenever it
    holds the pool."""
    app = team("app")
    with _owner(app) as con:
        texts = ["Over de zeldzaamheid." if i % 3 else "Over iets anders." for i in range(140)]
        ids = _spread_over_days(app, con, texts, per_day=1)  # 2026-09-01 to 2027-01-18
        (period,) = con.execute(
            "SELECT period FROM draft_fts WHERE draft_id = %s", (ids[122],)
        ).fetchone()
        assert period == [20270101, 1_000_202_701, 2_000_002_027]
        con.execute("UPDATE drafts SET level = %s WHERE id = %s", (SECRET, ids[137]))
        app.delete(ids[138])
        everything = "ARRAY(SELECT level FROM clearance_levels)::varchar[]"
        newest = [
            r[0]
            for r in con.execute(
                "SELECT id FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC"
            )
        ]
        changed = {d: date(2026, 9, 1) + timedelta(days=i) for i, d in enumerate(ids)}
        matching = [d for d in newest if ids.index(d) % 3]
        for reach in (1, 10, 40, 100, 139):
            days = {changed[d] for d in newest[:reach]}
            periods = _periods_from(min(days), days)
            in_window = [d for d in matching if changed[d] >= min(days)]
            for pool in (1, 3, 100):
                found = con.execute(
                    f"SELECT f.draft_id FROM unnest(notadesk_search_window({WORD}, {everything}, "
                    "%(pool)s, %(periods)s)) WITH ORDINALITY AS c(tid, i) "
                    "JOIN draft_fts f ON f.ctid = c.tid ORDER BY c.i",
                    {"w": "'zeldzaam':*", "pool": pool, "periods": periods},
                ).fetchall()
                assert [r[0] for r in found] == in_window[:pool], (reach, pool)
                if len(in_window) >= pool:
                    listed = _candidates(con, "'zeldzaam':*", "true", pool, walk=False)
                    assert in_window[:pool] == listed, (reach, pool)
        assert ids[137] in in_window and ids[138] not in in_window


def _search_explained(app: DraftStore, q: str, pool: int, n: int) -> tuple[Any, list[str]]:
    """Return notadesk_search's answer to the application role and the plans of the
    statements it ran (auto_explain, as notices)."""
    import psycopg

    from tests.postgres import APP, SUPERUSER

    with psycopg.connect(app.server, user=SUPERUSER, autocommit=True) as con:
        plans = _explaining(con)
        con.execute(f"SET SESSION AUTHORIZATION {APP}")
        found = con.execute(
            "SELECT draft_id, rank FROM notadesk_search(%s::tsquery, current_user, %s, %s)",
            (q, n, pool),
        ).fetchall()
    return found, plans


@pytest.mark.parametrize("holds_the_pool", [True, False])
def test_the_search_through_the_window_gives_the_rule(team: OpenAs, holds_the_pool: bool) -> None:
    """A common word's matches are taken from a window of the newest days (migration 0011):
    the answer is the rule's when the window holds the pool, and when it holds fewer than
    the sample of the newest drafts promised (then every match is taken, as before)."""
    from tests.postgres import APP

    app = team("app")
    if holds_the_pool:  # two in three match, throughout
        texts = ["Over iets anders." if i % 3 == 0 else "Over de zeldzaamheid." for i in range(132)]
    else:  # the newest 40 do not match; the 60 before them, which the sample also reads, do
        texts = ["Over de zeldzaamheid." if i % 2 else "Over iets anders." for i in range(30)]
        texts += ["Over de zeldzaamheid, groot." * (1 + i % 3) for i in range(60)]
        texts += ["Over iets anders."] * 40
    with _owner(app) as con:
        ids = _spread_over_days(app, con, texts, per_day=1)
        con.execute("UPDATE drafts SET level = %s WHERE id = %s", (SECRET, ids[-50]))
        app.delete(ids[-60])
        con.execute("ANALYZE draft_fts")
        (q,) = con.execute(f"SELECT {WORD}::text", {"w": "'zeldzaam':*"}).fetchone()
        # pool 10: the newest 23 drafts' days, from December into January; pool 26: from
        # November, so that the window asks for days, a month and a year
        for pool in (10, 26):
            rule = con.execute(_RULE, {"q": q, "r": APP, "pool": pool, "n": 5}).fetchall()
            found, plans = _search_explained(app, q, pool=pool, n=5)
            assert found == rule and len(rule) == 5, pool
            windows = [p for p in plans if "period &&" in p]
            everything = [
                p for p in plans if "tsv @@" in p and "period &&" not in p and "Bitmap" in p
            ]
            assert windows, (pool, plans)  # the window was tried
            assert bool(everything) != holds_the_pool, (pool, plans)  # all only when it fell short


@pytest.mark.parametrize("seen_among_the_newest", [0, 10])
def test_a_role_that_may_see_few_of_the_newest_gets_the_rule(
    team: OpenAs, seen_among_the_newest: int
) -> None:
    """Most of the newest drafts are above the role's clearance (none, or one in ten, of the
    newest hundred it may see): the search weighs reading past them (migration 0011) and
    gives the role the rule's drafts, by whichever plan."""
    low_role = "nd_search_low"
    owner, app, low = team("owner"), team("app"), team(low_role)
    owner.set_clearance(low_role, "nl.ongerubriceerd")
    with _owner(app) as con:
        ids = _spread_over_days(app, con, ["Over de zeldzaamheid."] * 140, per_day=3)
        newest = ids[-100:]
        hidden = [d for i, d in enumerate(newest) if i % 10 or not seen_among_the_newest]
        con.execute("UPDATE drafts SET level = %s WHERE id = ANY(%s)", (SECRET, hidden))
        assert _out_of_step(app) == []
        con.execute("ANALYZE draft_fts")
        (q,) = con.execute(f"SELECT {WORD}::text", {"w": "'zeldzaam':*"}).fetchone()
        for pool, n in ((10, 5), (30, 30), (2000, 200)):
            rule, found = _rule_and_search(con, low, q, pool, n, role=low_role)
            assert found == rule and not {r[0] for r in found} & set(hidden), (pool, n)
            assert len(rule) == min(n, 140 - len(hidden)), (pool, n)
