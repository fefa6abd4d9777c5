"""Property-based: damaged packages never crash, never import partly, never change a refused DB."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from notadesk.core.interchange import export_package
from notadesk.core.storage.store import DraftStore

from .conftest import dump, rich_draft
from .strategies import byte_damage, check_case, json_damage, zip_damage

FUZZ = settings(
    max_examples=1200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    """A small valid package, and a target workstation with drafts of its own."""
    root = tmp_path_factory.mktemp("fuzz")
    a = DraftStore.open(root / "a")
    rich_draft(a, level="nl.dep-vertrouwelijk", revisions=3)
    rich_draft(a, revisions=2)
    base = export_package(a, None, root / "base.nota").path.read_bytes()
    a.close()
    b = DraftStore.open(root / "b")
    rich_draft(b)
    yield base, b, root / "case.nota"
    b.close()


def _run(world, data: bytes) -> None:
    _base, store, path = world
    check_case(store, data, path, dump)


def test_base_package_imports(world):
    base, store, path = world
    assert check_case(store, base, path, dump) == "imported"


def test_bit_flips_truncations_and_byte_edits(world):
    @FUZZ
    @given(data=byte_damage(world[0]))
    def run(data: bytes) -> None:
        _run(world, data)

    run()


def test_rezipped_dropped_duplicated_reordered_renamed_entries(world):
    @settings(FUZZ, max_examples=900)
    @given(data=zip_damage(world[0]))
    def run(data: bytes) -> None:
        _run(world, data)

    run()


def test_json_values_changed_deleted_retyped_and_resealed(world):
    @settings(FUZZ, max_examples=900)
    @given(data=json_damage(world[0]))
    def run(data: bytes) -> None:
        _run(world, data)

    run()


def test_the_case_file_is_the_only_file_written(world):
    _base, _store, path = world
    assert sorted(p.name for p in Path(path).parent.iterdir() if p.suffix == ".nota") <= [
        "base.nota",
        "case.nota",
    ]
