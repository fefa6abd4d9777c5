"""The team database's commands: ``admin clearance`` and ``copy-to``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from notadesk.core.policy.markings import marking_level
from tests.helpers import cli_in_process

Cap = pytest.CaptureFixture[str]
ROLE = "nd_cli_colleague"


@pytest.fixture
def team_database(postgres_server: Any) -> Iterator[str]:
    """A fresh team database's name (a colleague's role may work in it)."""
    name = postgres_server.new_database()
    postgres_server.login_role(ROLE, database=name)
    yield name
    postgres_server.drop_database(name)


def test_clearances_need_the_team_database(capsys: Cap) -> None:
    result = cli_in_process(capsys, "admin", "clearance", "jdevries", "nl.stg-geheim")
    assert result.status == 1
    assert "team database" in result.err and "Traceback" not in result.err


def test_the_administrator_sets_a_clearance(
    capsys: Cap, postgres_server: Any, team_database: str
) -> None:
    from tests.postgres import OWNER

    owner = postgres_server.url(team_database, OWNER)
    done = cli_in_process(capsys, "--database", owner, "admin", "clearance", ROLE, "nl.stg-geheim")
    assert done.status == 0, done.err
    assert ROLE in done.out and marking_level("nl.stg-geheim").label in done.out
    refused = cli_in_process(capsys, "--database", owner, "admin", "clearance", ROLE, "geheim")
    assert refused.status == 1 and "geheim" in refused.err
    colleague = postgres_server.url(team_database, ROLE)
    refused = cli_in_process(
        capsys, "--database", colleague, "admin", "clearance", ROLE, "nl.stg-zeer-geheim"
    )
    assert refused.status == 1 and "administrator" in refused.err


def test_copy_to_twice_copies_once(capsys: Cap, postgres_server: Any, team_database: str) -> None:
    draft_id = cli_in_process(capsys, "demo").out.strip()
    url = postgres_server.url(team_database)
    first = cli_in_process(capsys, "copy-to", url, "--all")
    assert first.status == 0, first.err
    assert "new" in first.out
    second = cli_in_process(capsys, "copy-to", url, "--all", "--json")
    assert second.status == 0, second.err
    assert [d["outcome"] for d in second.json()["drafts"]] == ["already up to date"]
    shown = cli_in_process(capsys, "--database", url, "show", draft_id, "--json")
    assert shown.status == 0 and shown.json()["id"] == draft_id
    usage = cli_in_process(capsys, "copy-to", url)
    assert usage.status == 2 and "--all" in usage.err
