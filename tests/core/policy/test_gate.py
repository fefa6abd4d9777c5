"""The one gate: ceiling and schemes from the administrator's policy, workflow on arrival,
and no downgrade without a justification — whichever way a draft comes in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from notadesk.core import identity
from notadesk.core.declassification import record_declassification
from notadesk.core.drafting import blank_nota, create_example
from notadesk.core.model.nota import Attachment, Declassification, RoutingEntry, Run
from notadesk.core.policy.administrator import load_policy
from notadesk.core.policy.gate import downgrade_changes, justification_ok
from notadesk.core.storage.store import DraftStore
from notadesk.errors import JustificationRequired, PolicyError, ValidationError

PolicyFile = Callable[..., Path]


@pytest.fixture
def store(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> DraftStore:
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "kdevries")
    s = DraftStore.open(data_dir)
    s.set_setting("user.display_name", "K. de Vries")
    yield s
    s.close()


def _nota(level: str, status: str = "concept", subject: str = "Onderwerp"):
    nota = blank_nota()
    nota.subject = subject
    nota.classification.level = level
    nota.classification.until = dt.date(2030, 1, 1)
    nota.status = status
    return nota


# --- the policy and the user's settings --------------------------------------------------------


def test_without_a_policy_file_the_defaults_hold(store: DraftStore) -> None:
    policy = load_policy()
    assert policy.source is None and policy.ceiling is None and policy.schemes is None
    assert store.create(_nota("nato.cosmic-top-secret")).nota.classification.level


def test_a_user_setting_cannot_raise_the_policys_ceiling(
    store: DraftStore, policy_file: PolicyFile
) -> None:
    policy_file(ceiling="nl.dep-vertrouwelijk")
    with pytest.raises(PolicyError, match="can lower it, not raise it"):
        store.set_setting("workstation.ceiling", "nl.stg-geheim")
    assert store.get_setting("workstation.ceiling") is None
    with pytest.raises(PolicyError, match="above the highest classification"):
        store.create(_nota("nl.stg-geheim"))
    store.set_setting("workstation.ceiling", "nl.ongerubriceerd")  # stricter: allowed
    with pytest.raises(PolicyError, match=r"(?i)ongerubriceerd"):
        store.create(_nota("nl.dep-vertrouwelijk"))


def test_a_setting_written_around_the_check_still_cannot_raise_the_ceiling(
    store: DraftStore, policy_file: PolicyFile
) -> None:
    import json
    import sqlite3

    con = sqlite3.connect(store.path)
    con.execute(
        "INSERT INTO settings (key, value) VALUES ('workstation.ceiling', ?)",
        (json.dumps("nl.stg-zeer-geheim"),),
    )
    con.commit()
    con.close()
    policy_file(ceiling="nl.dep-vertrouwelijk")
    assert store.rules().ceiling == "nl.dep-vertrouwelijk"
    with pytest.raises(PolicyError):
        store.create(_nota("nl.stg-confidentieel"))


def test_schemes_not_allowed_are_refused(store: DraftStore, policy_file: PolicyFile) -> None:
    policy_file(schemes=["nl"])
    with pytest.raises(PolicyError, match="scheme"):
        store.create(_nota("nato.restricted"))
    assert store.create(_nota("nl.dep-vertrouwelijk"))


def test_a_required_signature_cannot_be_switched_off(
    store: DraftStore, policy_file: PolicyFile
) -> None:
    store.set_setting("packages.require_signed", True)  # stricter than no policy: fine
    assert store.rules().require_trusted
    policy_file(packages_must_be_signed=True)
    with pytest.raises(PolicyError, match="cannot turn that off"):
        store.set_setting("packages.require_signed", False)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (
            b'{"format": "notadesk-policy", "format_version": 1, "ceiling": "nl.bestaat-niet"}',
            "not a level",
        ),
        (b'{"format": "notadesk-policy", "format_version": 1, "ceiling": 5}', "ceiling"),
        (b'{"format": "notadesk-policy", "format_version": 1, "schemes": ["xx"]}', "scheme"),
        (b'{"format": "notadesk-policy", "format_version": 1, "extra": true}', "extra"),
    ],
)
def test_a_broken_policy_stops_rather_than_meaning_no_policy(
    store: DraftStore, policy_file: PolicyFile, content: bytes, reason: str
) -> None:
    policy_file().write_bytes(content)
    with pytest.raises(PolicyError, match=reason):
        store.create(_nota("nl.ongerubriceerd"))
    assert store.list() == []


def test_a_policy_that_names_a_setting_twice_is_broken(policy_file: PolicyFile) -> None:
    """Readers disagree on which of two equal keys counts (Python's the last, others the
    first): the administrator may read one ceiling where notadesk would apply the other."""
    path = policy_file()
    path.write_text(
        '{"format": "notadesk-policy", "format_version": 1, "ceiling": "nl.dep-vertrouwelijk",'
        ' "ceiling": "nl.stg-zeer-geheim"}',
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match="'ceiling' appears twice"):
        load_policy()


def test_refusals_are_in_the_audit_log(store: DraftStore, policy_file: PolicyFile) -> None:
    policy_file(ceiling="nl.dep-vertrouwelijk")
    with pytest.raises(PolicyError):
        store.create(_nota("nl.stg-geheim"))
    (entry,) = [e for e in store.audit_log() if e.action == "refused"]
    assert "above the highest classification" in entry.detail
    assert (entry.account, entry.person, entry.draft_id) == ("kdevries", "K. de Vries", "")


# --- arriving drafts ---------------------------------------------------------------------------


def test_an_unready_definitief_draft_arrives_as_concept(store: DraftStore) -> None:
    nota = _nota("nl.ongerubriceerd", status="definitief", subject="")
    draft = store.create(nota, arriving=True)
    assert draft.nota.status == "concept"
    assert draft.notes and "arrived as definitief" in draft.notes[0]
    assert "subject is empty" in draft.notes[0]
    assert [e.action for e in store.audit_log(draft.id)] == ["create", "demoted"]


def test_a_ready_definitief_draft_arrives_as_it_is(store: DraftStore) -> None:
    draft, _ = create_example(store)
    nota = draft.nota
    nota.reference = ""
    nota.status = "definitief"
    arrived = store.create(nota, arriving=True)
    assert arrived.nota.status == "definitief" and arrived.notes == ()


def test_an_unready_definitief_draft_made_here_is_refused(store: DraftStore) -> None:
    with pytest.raises(ValidationError, match="subject is empty"):
        store.create(_nota("nl.ongerubriceerd", status="definitief", subject=""))
    assert store.list() == []


def test_a_definitief_draft_arriving_with_an_open_paraaf_step_arrives_as_concept(
    store: DraftStore,
) -> None:
    # Ready in every other way, but its Via (dir. DJZ) never initialled it: no package and
    # no JSON file may carry a draft past the paraaf route.
    draft, _ = create_example(store)
    nota = draft.nota
    nota.reference = ""
    nota.status = "definitief"
    nota.routing.via = [RoutingEntry("dir. DJZ")]
    arrived = store.create(nota, arriving=True)
    assert arrived.nota.status == "concept"
    assert "dir. DJZ" in arrived.notes[0] and "stored as concept" in arrived.notes[0]
    nota.reference = ""
    nota.status = "definitief"
    with pytest.raises(ValidationError, match="paraaf route has steps still open"):
        store.create(nota)  # made here: refused, as a status change is


def test_an_enclosure_above_the_ceiling_is_refused(
    store: DraftStore, policy_file: PolicyFile
) -> None:
    policy_file(ceiling="nl.dep-vertrouwelijk")
    nota = _nota("nl.dep-vertrouwelijk")
    nota.attachments = [Attachment(id="b1", title="Bijlage", level="nl.stg-geheim")]
    for arriving in (True, False):
        with pytest.raises(PolicyError, match=r"Bijlage 1 .* Stg\. GEHEIM, above the highest"):
            store.create(nota, arriving=arriving)
    assert store.list() == []
    nota.attachments[0].level = "nl.dep-vertrouwelijk"
    draft = store.create(nota)
    nota = draft.nota
    nota.attachments[0].level = "nl.stg-geheim"
    with pytest.raises(PolicyError, match="Bijlage 1"):
        store.save(draft.id, nota, base_revision=draft.revision)
    assert store.get(draft.id).nota.attachments[0].level == "nl.dep-vertrouwelijk"


# --- declassification --------------------------------------------------------------------------


def test_a_declassification_is_set_only_by_recording_it(store: DraftStore) -> None:
    decision = Declassification("Forger", dt.date(2026, 1, 1), "FAKE-1")
    nota = _nota("nl.stg-confidentieel")
    nota.classification.declassified = decision
    arrived = store.create(nota, arriving=True)  # new --from-json
    assert arrived.nota.classification.declassified is None
    assert "FAKE-1" in arrived.notes[0] and "stored without it" in arrived.notes[0]
    nota = arrived.nota
    nota.classification.declassified = decision
    with pytest.raises(ValidationError, match="only through Record declassification"):
        store.save(arrived.id, nota, base_revision=arrived.revision)
    assert store.get(arrived.id).nota.classification.declassified is None
    stored = store.get(arrived.id)
    done = record_declassification(store, stored, by="Hoofd DJZ", reference="DJZ-1")
    assert done.nota.classification.declassified is not None
    # once recorded, edits keep it as it is but cannot change it
    nota = done.nota
    nota.subject = "Ander onderwerp"
    kept = store.save(done.id, nota, base_revision=done.revision)
    nota = kept.nota
    nota.classification.declassified = decision
    with pytest.raises(ValidationError, match="only through Record declassification"):
        store.save(kept.id, nota, base_revision=kept.revision)


# --- downgrades --------------------------------------------------------------------------------


def test_a_downgrade_without_justification_is_refused(store: DraftStore) -> None:
    draft = store.create(_nota("nl.stg-geheim"))
    nota = draft.nota
    nota.classification.level = "nl.ongerubriceerd"
    for lame in (None, "", "   ", "ok", "ja ja", "x y z"):
        with pytest.raises(JustificationRequired, match=r"lowered from Stg\. GEHEIM"):
            store.save(draft.id, nota, base_revision=draft.revision, justification=lame)
    assert store.get(draft.id).nota.classification.level == "nl.stg-geheim"
    assert store.get(draft.id).revision == 1


def test_a_justified_downgrade_is_in_the_audit_log(store: DraftStore) -> None:
    draft = store.create(_nota("nl.stg-geheim"))
    nota = draft.nota
    nota.classification.level = "nl.dep-vertrouwelijk"
    saved = store.save(
        draft.id,
        nota,
        base_revision=draft.revision,
        justification="  Besluit  gepubliceerd\n op 1 december ",
    )
    assert saved.nota.classification.level == "nl.dep-vertrouwelijk"
    entry = store.audit_log(draft.id)[-1]
    assert entry.action == "downgrade"
    assert (entry.account, entry.person) == ("kdevries", "K. de Vries")
    assert entry.data["from"] == "nl.stg-geheim" and entry.data["to"] == "nl.dep-vertrouwelijk"
    assert entry.data["justification"] == "Besluit gepubliceerd op 1 december"
    assert entry.at >= store.audit_log(draft.id)[0].at


def test_raising_needs_no_justification(store: DraftStore) -> None:
    draft = store.create(_nota("nl.dep-vertrouwelijk"))
    nota = draft.nota
    nota.classification.level = "nl.stg-zeer-geheim"
    assert store.save(draft.id, nota, base_revision=1).revision == 2
    assert "downgrade" not in [e.action for e in store.audit_log(draft.id)]


def test_restoring_a_lower_marking_needs_a_justification(store: DraftStore) -> None:
    draft = store.create(_nota("nl.ongerubriceerd"))
    nota = draft.nota
    nota.classification.level = "nl.stg-confidentieel"
    store.save(draft.id, nota, base_revision=1)
    with pytest.raises(JustificationRequired):
        store.restore(draft.id, 1)
    restored = store.restore(draft.id, 1, justification="De verhoging was een vergissing")
    assert restored.nota.classification.level == "nl.ongerubriceerd"
    assert store.audit_log(draft.id)[-1].action == "downgrade"


def test_what_counts_as_a_downgrade() -> None:
    old = _nota("nl.stg-confidentieel")
    old.routing.to[0:0] = []
    old.sections[0].blocks = []
    same = _nota("nl.stg-confidentieel")
    assert downgrade_changes(old, same) == ()
    earlier = _nota("nl.stg-confidentieel")
    earlier.classification.until = dt.date(2029, 1, 1)
    assert "ends earlier" in downgrade_changes(old, earlier)[0]
    later = _nota("nl.stg-confidentieel")
    later.classification.until = None
    assert downgrade_changes(old, later) == ()  # open-ended is longer, not shorter
    from notadesk.core.model.nota import Paragraph

    redacted = _nota("nl.stg-confidentieel")
    redacted.sections[0].blocks = [Paragraph([Run("naam", redact="5.1.2e")])]
    plain = _nota("nl.stg-confidentieel")
    plain.sections[0].blocks = [Paragraph([Run("naam")])]
    assert "Woo ground is removed (5.1.2e)" in downgrade_changes(redacted, plain)[0]
    assert downgrade_changes(plain, redacted) == ()


def test_justification_words() -> None:
    assert justification_ok("besluit is openbaar", 3)
    assert not justification_ok("a b c d e", 3)
    assert not justification_ok("!! ?? ..", 3)


def test_the_sample_policy_in_the_docs_is_valid(policy_file: PolicyFile) -> None:
    import re

    docs = Path(__file__).resolve().parents[3] / "docs" / "administration.md"
    sample = re.search(r"```json\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    assert sample is not None
    policy_file().write_text(sample.group(1), encoding="utf-8")
    policy = load_policy()
    assert policy.ceiling == "nl.stg-confidentieel" and policy.schemes == {"nl"}
    assert policy.packages_must_be_signed and not policy.users_may_trust_keys
    assert len(policy.trusted_keys) == 1
