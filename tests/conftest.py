"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
