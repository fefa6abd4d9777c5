"""All SQL lives in notadesk/core/storage: no other module touches the database directly.

Every module outside ``notadesk/core/storage`` is read (not imported) and refused when it
imports a database library (SQLAlchemy, sqlite3, psycopg, Alembic) or the table models, or
calls what runs SQL (``execute``, ``scalar``, a store's ``reading``/``writing`` session). The
checker is first shown to catch each of these in made-up modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "notadesk"
STORAGE = PACKAGE / "core" / "storage"

DATABASE_MODULES = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2", "psycopg_pool", "alembic")
ROW_MODULES = ("notadesk.core.storage.tables",)
SQL_CALLS = frozenset(
    {"execute", "executemany", "executescript", "exec_driver_sql", "scalar", "scalars"}
    | {"reading", "writing"}  # DraftStore sessions: storage's own
)


def _is_under(name: str, roots: tuple[str, ...]) -> bool:
    return any(name == r or name.startswith(r + ".") for r in roots)


def violations(source: str, where: str) -> list[str]:
    """Return each way a module's source reaches the database around the storage door."""
    found = []
    for node in ast.walk(ast.parse(source, where)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            if _is_under(name, DATABASE_MODULES) or _is_under(name, ROW_MODULES):
                found.append(f"{where}:{node.lineno} imports {name}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_CALLS
        ):
            found.append(f"{where}:{node.lineno} calls .{node.func.attr}()")
        func = node.func if isinstance(node, ast.Call) else None
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if (
            isinstance(node, ast.Call)
            and called in ("__import__", "import_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and _is_under(node.args[0].value, DATABASE_MODULES + ROW_MODULES)
        ):
            found.append(f"{where}:{node.lineno} imports {node.args[0].value} dynamically")
    return found


def _outside_storage() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if STORAGE not in p.parents and ".venv" not in p.parts
    )


@pytest.mark.parametrize(
    "source",
    [
        "import sqlite3",
        "import sqlalchemy.orm as orm",
        "from sqlalchemy import select",
        "from sqlalchemy.exc import IntegrityError",
        "import psycopg",
        "from alembic import command",
        "from notadesk.core.storage.tables import DraftRow",
        "from notadesk.core.storage import tables",
        "def f(con):\n    con.execute('DELETE FROM drafts')",
        "def f(s):\n    return s.scalar(1)",
        "def f(store):\n    with store.writing() as s:\n        pass",
        "import importlib\nimportlib.import_module('sqlalchemy')",
        "__import__('sqlite3')",
    ],
)
def test_the_checker_catches_each_way_around_the_door(source: str) -> None:
    assert violations(source, "made_up.py"), source


def test_the_checker_lets_ordinary_code_pass() -> None:
    ok = "from notadesk.core.storage.store import DraftStore\ndef f(s: DraftStore):\n"
    ok += "    return s.list(), s.search('x'), s.get('id')\n"
    assert violations(ok, "made_up.py") == []


def test_no_module_outside_storage_touches_the_database() -> None:
    modules = _outside_storage()
    assert len(modules) > 50  # the whole package is read, not an empty glob
    assert not any(STORAGE in p.parents for p in modules)
    found = [v for p in modules for v in violations(p.read_text("utf-8"), str(p.relative_to(REPO)))]
    assert found == []
