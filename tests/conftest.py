"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# offscreen, on one 1920×1080 screen that holds the 1366×768 window (Qt's own offscreen
# screen is 800×800, smaller than the window, so a restored layout was squeezed)
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"
)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("NOTADESK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _isolated_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the machine's own administrator policy: each has its own (none yet)."""
    path = tmp_path / "etc" / "policy.json"
    monkeypatch.setenv("NOTADESK_POLICY", str(path))
    return path


@pytest.fixture(autouse=True)
def _no_team_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test works in a team database the machine's environment names (NOTADESK_DATABASE)."""
    monkeypatch.delenv("NOTADESK_DATABASE", raising=False)


@pytest.fixture
def policy_file(_isolated_policy: Path) -> Callable[..., Path]:
    """Write the administrator's policy for this test: ``policy_file(ceiling=...)``."""

    def write(**fields: object) -> Path:
        _isolated_policy.parent.mkdir(parents=True, exist_ok=True)
        value = {"format": "notadesk-policy", "format_version": 1, **fields}
        _isolated_policy.write_text(json.dumps(value), encoding="utf-8")
        return _isolated_policy

    return write


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from notadesk.core.storage.store import DraftStore

    s = DraftStore.open(data_dir)
    yield s
    s.close()


# --- the two engines ------------------------------------------------------------------------
# Tests that take the ``engine`` fixture run once on SQLite and once on a real PostgreSQL
# server the tests start themselves (tests/postgres.py); ``@pytest.mark.sqlite_only("why")``
# keeps a test that is about the SQLite file itself on SQLite alone.

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:
        only = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("engine", ENGINES[:1] if only else ENGINES)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A PostgreSQL server in a temporary folder, started on first use, stopped at the end."""
    from tests.postgres import PostgresServer, server_bin

    bin_dir = server_bin()
    if bin_dir is None:
        pytest.fail(
            "PostgreSQL's initdb and pg_ctl are missing: install Debian's postgresql package "
            "(the README's system packages for the tests)."
        )
    server = PostgresServer(bin_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def server_database(postgres_server: object) -> Iterator[Callable[[], str]]:
    """Give empty migrated databases on the test server; return each one's URL (as the
    application role). Emptied for the next test afterwards."""
    made: list[str] = []

    def make() -> str:
        name = postgres_server.acquire()  # type: ignore[attr-defined]
        made.append(name)
        return postgres_server.url(name)  # type: ignore[attr-defined]

    yield make
    for name in made:
        postgres_server.release(name)  # type: ignore[attr-defined]


@pytest.fixture
def open_store(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[Path], object]]:
    """Open stores on this test's engine: ``open_store(data_dir)``; each its own database."""
    from notadesk.core.storage.store import DraftStore

    opened: list[DraftStore] = []
    # (asked for now, so that the databases are handed back after the stores are closed)
    databases = request.getfixturevalue("server_database") if engine == "postgresql" else None

    def make(data_dir: Path) -> DraftStore:
        server = databases() if databases is not None else None
        s = DraftStore.open(data_dir, server=server)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()
