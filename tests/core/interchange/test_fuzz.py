"""Property-based: damaged packages never crash, never import partly, never change a refused DB."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from notadesk.core.interchange import export_package
from notadesk.core.storage.store import DraftStore

from .conftest import dump, rich_draft
from .strategies import byte_damage, check_case, hostile_shapes, json_damage, zip_damage

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


def test_fast_rules_check_agrees_with_the_full_one():
    import copy

    from hypothesis import strategies as st

    from notadesk.core.examples import example_nota
    from notadesk.core.interchange.format import _rules_pass
    from notadesk.core.model import schema
    from notadesk.core.model.codec import nota_to_dict
    from notadesk.errors import ValidationError

    base = nota_to_dict(example_nota())
    codes = st.sampled_from(["5.1.2e", "5.1.1a", "5.2", "5.9.9", "5.1.2z", None])

    def nested(depth: int) -> dict:
        item: dict = {"kind": "item", "runs": [{"text": "x"}], "children": []}
        for _ in range(depth - 1):
            item = {"kind": "item", "runs": [{"text": "y"}], "children": [item]}
        return item

    @settings(FUZZ, max_examples=300)
    @given(
        level=st.sampled_from(["nl.stg-geheim", "eu.secret", "xx.unknown", None]),
        redact=codes,
        routing=codes,
        duplicate=st.sampled_from([None, "findings", "commitments", "attachments"]),
        depth=st.integers(1, 5),
    )
    def run(level, redact, routing, duplicate, depth) -> None:
        nota = copy.deepcopy(base)
        if level:
            nota["classification"]["level"] = level
        nota["sections"][0]["blocks"][0]["items"][0]["runs"][0]["redact"] = redact
        nota["routing"]["to"][0]["woo_ground"] = routing
        if duplicate and len(nota[duplicate]) >= 1:
            nota[duplicate].append(copy.deepcopy(nota[duplicate][0]))
        nota["sections"][1]["blocks"][0]["items"].append(nested(depth))
        try:
            schema._check_rules(nota)
            full = True
        except ValidationError:
            full = False
        assert _rules_pass(nota) == full

    run()


@pytest.fixture(scope="module")
def seasoned(world, tmp_path_factory: pytest.TempPathFactory):
    """A workstation that imported the base package: every revision uuid in it is known."""
    from notadesk.core.interchange import import_package

    base, _store, _path = world
    root = tmp_path_factory.mktemp("seasoned")
    (root / "base.nota").write_bytes(base)
    c = DraftStore.open(root / "c")
    import_package(c, root / "base.nota")
    yield base, c, root / "case.nota"
    c.close()


def test_hostile_shapes_with_valid_hashes(seasoned):
    """Deep nesting, huge runs, control characters, impossible dates, unreferenced blobs and
    reused revision ids with new content: refused whole with one sentence, or imported whole
    and within the form limits (issue 16)."""
    from notadesk.core.model.codec import nota_to_dict
    from notadesk.core.model.limits import check_form

    _base, store, path = seasoned
    outcomes: list[str] = []

    @settings(FUZZ, max_examples=120)
    @given(data=hostile_shapes(seasoned[0]))
    def run(data: bytes) -> None:
        outcome = check_case(store, data, path, dump)
        outcomes.append(outcome)
        for summary in store.list():
            check_form(nota_to_dict(store.get(summary.id).nota), root="nota")

    run()
    assert "refused" in outcomes
