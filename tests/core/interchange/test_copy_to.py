"""Moving in: ``copy_to`` carries a workstation's drafts with their whole histories into the
team database, idempotently; packages go both ways between the engines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.interchange import copy_to, export_package, import_package
from notadesk.core.review import route as routing
from notadesk.core.storage import review
from notadesk.core.storage.store import DraftStore
from tests.core.interchange.conftest import edit, rich_draft
from tests.team import OpenAs, team_database


@pytest.fixture
def team(postgres_server: Any, tmp_path: Path) -> Iterator[OpenAs]:
    """A fresh team database; ``team("app")`` opens a store on it as the application role."""
    with team_database(postgres_server, tmp_path) as open_as:
        yield open_as


def _state(store: DraftStore) -> dict[str, Any]:
    """Everything a copy could change: histories with review parts and audit entries, the
    copy register, the stored files."""
    drafts = store.histories(None)
    digests = [
        a["file"]["sha256"]
        for d in drafts
        for r in d.revisions
        for a in json.loads(r.document).get("attachments", [])
        if a.get("file")
    ]
    return {
        "drafts": drafts,
        "register": store.register_entries(),
        "blobs": store.blobs(digests),
    }


def test_copy_to_carries_whole_histories_and_copying_again_changes_nothing(
    team: OpenAs, tmp_path: Path
) -> None:
    local = DraftStore.open(tmp_path / "workstation")
    try:
        rich = rich_draft(local, revisions=4)
        review.add_comment(local, rich.id, "Graag de bevindingen nalopen.")
        review.change_reviewers(local, rich.id, routing.ADD, "DGPZ", "directeur")
        edit(local, rich.id, "na de opmerking")
        other = local.create(blank_nota())
        before_local = _state(local)
        local_audit = local.audit_log()

        target = team("app")
        first = copy_to(local, target, None)
        assert sorted(d.outcome for d in first.drafts) == ["new", "new"]
        copied = {d.id: d for d in target.histories(None)}
        for mine in before_local["drafts"]:
            theirs = copied[mine.id]
            assert [r.uuid for r in theirs.revisions] == [r.uuid for r in mine.revisions]
            assert [r.content_hash for r in theirs.revisions] == [
                r.content_hash for r in mine.revisions
            ]
            assert [(r.author_name, r.author_account, r.note) for r in theirs.revisions] == [
                (r.author_name, r.author_account, r.note) for r in mine.revisions
            ]
            assert theirs.review == mine.review  # comments, their states, the route
            assert {e["uuid"] for e in mine.audit} <= {e["uuid"] for e in theirs.audit}
        assert target.get(rich.id).nota == local.get(rich.id).nota
        assert target.get(other.id).revision == 1
        assert _state(target)["blobs"] == before_local["blobs"]  # the attached file came too

        after_first = _state(target)
        second = copy_to(local, target, None)
        assert {d.outcome for d in second.drafts} == {"already up to date"}
        assert second.audit_added == 0
        assert _state(target) == after_first  # nothing changed on the server
        assert _state(local) == before_local  # nor here: copying is not recorded
        assert local.audit_log() == local_audit

        # a draft edited here after the copy goes over as its new revisions only
        edit(local, other.id, "later")
        third = copy_to(local, target, [other.id])
        assert [(d.outcome, d.revisions_added) for d in third.drafts] == [("fast-forward", 1)]
        assert target.get(other.id).revision == 2
    finally:
        local.close()


def test_packages_go_from_the_team_database_to_a_workstation_and_back(
    team: OpenAs, tmp_path: Path
) -> None:
    server = team("app")
    draft = rich_draft(server)
    out = export_package(server, [draft.id], tmp_path / "out").path
    local = DraftStore.open(tmp_path / "workstation")
    try:
        assert [d.outcome for d in import_package(local, out).drafts] == ["new"]
        assert local.get(draft.id).nota == server.get(draft.id).nota
        edited = edit(local, draft.id, "op de werkplek")
        back = export_package(local, [draft.id], tmp_path / "back").path
        assert [d.outcome for d in import_package(server, back).drafts] == ["fast-forward"]
        assert server.get(draft.id).nota == edited.nota
        assert [d.outcome for d in import_package(server, back).drafts] == ["already up to date"]
    finally:
        local.close()
