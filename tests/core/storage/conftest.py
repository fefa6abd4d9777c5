"""The storage tests run on both engines: SQLite and a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def store(open_store: Callable[[Path], object], data_dir: Path) -> object:
    return open_store(data_dir)
