"""Settings refuse values that switch a rule off or make packages no importer accepts.

Issue 16 items 3 (a workstation id 'hello', a 300-character prefix, a pattern giving 200+
character references: packages the reader refuses) and 10 (a ceiling of 0, false, "", [] or
{} meant no ceiling).
"""

from __future__ import annotations

import json

import pytest

from notadesk.core.interchange import export_package, import_package, verify_package
from notadesk.core.policy.settings import CEILING_NONE, ceiling_level
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.tables import SettingRow
from notadesk.errors import PackageError, ValidationError
from tests.helpers import cli_in_process


@pytest.mark.parametrize("value", [0, False, "", [], {}, "geheim", 3, "nl.onbekend"])
def test_an_empty_or_unknown_ceiling_is_refused(store: DraftStore, value) -> None:
    with pytest.raises(ValidationError, match=r"workstation ceiling .* is not valid"):
        store.set_setting("workstation.ceiling", value)


def test_a_known_level_or_none_is_a_valid_ceiling(store: DraftStore) -> None:
    store.set_setting("workstation.ceiling", "nl.dep-vertrouwelijk")
    assert ceiling_level(store.get_setting("workstation.ceiling")) == "nl.dep-vertrouwelijk"
    store.set_setting("workstation.ceiling", CEILING_NONE)
    assert ceiling_level(store.get_setting("workstation.ceiling")) is None


@pytest.mark.parametrize("stored", [0, False, "", [], {}])
def test_an_empty_ceiling_stored_before_the_rule_fails_closed(
    store: DraftStore, tmp_path, stored
) -> None:
    from notadesk.core.drafting import create_example

    other = DraftStore.open(tmp_path / "other")
    try:
        draft, _ = create_example(other)
        nota = draft.nota
        nota.classification.level = "nl.stg-geheim"
        other.save(draft.id, nota, base_revision=draft.revision)
        package = export_package(other, None, tmp_path).path
    finally:
        other.close()
    with store.writing() as s:  # written around set_setting, as an older notadesk could
        s.merge(SettingRow(key="workstation.ceiling", value=json.dumps(stored)))
    with pytest.raises(PackageError, match=r"workstation ceiling .* is not valid"):
        import_package(store, package)
    with pytest.raises(PackageError, match="workstation ceiling"):
        verify_package(package, store=store)
    assert store.list() == []


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("workstation.id", "hello", "is not valid: it is a UUID"),
        ("workstation.id", "0F8FAD5B-D9CB-469F-A165-70867728950E", "is not valid"),
        ("reference.prefix", "x" * 300, "at most 40 characters"),
        ("reference.prefix", "Min\x1b[2J", "without control characters"),
        ("reference.pattern", "{prefix}." + "x" * 190 + ".{seq}", "at most"),
        ("reference.pattern", "{prefix}.{seq:0150}", "is not allowed"),
        ("reference.pattern", "{prefix}.{seq:>100000000}", "is not allowed"),
        ("reference.pattern", "{prefix}.{year}", "must contain {seq}"),
        ("reference.pattern", "{seq.__class__}", "is not allowed"),
        ("reference.pattern", "{seq}", "could be taken for a draft's id"),
        ("reference.pattern", "{year}-{seq:04}", "could be taken for a draft's id"),
    ],
)
def test_values_that_would_make_invalid_packages_are_refused(
    capsys, store: DraftStore, key, value, words
) -> None:
    before = store.get_setting(key)
    with pytest.raises(ValidationError, match=words.replace("{", r"\{").replace("}", r"\}")):
        store.set_setting(key, value)
    assert store.get_setting(key) == before
    result = cli_in_process(capsys, "settings", key, json.dumps(value))
    assert result.status == 1
    assert "unexpected" not in result.err


def test_good_values_still_work_and_make_importable_packages(store: DraftStore, tmp_path) -> None:
    from notadesk.core.drafting import create_example

    store.set_setting("workstation.id", "0f8fad5b-d9cb-469f-a165-70867728950e")
    store.set_setting("reference.prefix", "p" * 40)
    store.set_setting("reference.pattern", "{prefix}/{year}/{seq:06}")
    draft, _ = create_example(store)
    nota = draft.nota
    nota.reference = ""
    made = store.create(nota)
    assert made.nota.reference.startswith("p" * 40 + "/")
    package = export_package(store, [made.id], tmp_path).path
    fresh = DraftStore.open(tmp_path / "fresh")
    try:
        import_package(fresh, package)
    finally:
        fresh.close()


def test_a_prefix_is_refused_when_the_stored_pattern_would_make_id_like_references(
    capsys, store: DraftStore
) -> None:
    store.set_setting("reference.pattern", "{prefix}{seq}")  # fine with the prefix Min-BuZa
    with pytest.raises(ValidationError, match="could be taken for a draft's id"):
        store.set_setting("reference.prefix", "ABC")  # ABC1: hex digits only
    assert store.get_setting("reference.prefix") == "Min-BuZa"
    result = cli_in_process(capsys, "settings", "reference.prefix", json.dumps("DEF"))
    assert result.status == 1 and "draft's id" in result.err
    store.set_setting("reference.prefix", "BZ")  # Z is no hex digit
    assert store.get_setting("reference.prefix") == "BZ"
