"""An earlier revision's module, for a migration that builds on what that revision wrote."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

VERSIONS = Path(__file__).with_name("versions")


def revision_module(file_name: str) -> ModuleType:
    """Return the module of the revision in ``versions/file_name`` (its file name, such as
    ``0008_search_order.py``, is no module name, so it is loaded from its file)."""
    spec = importlib.util.spec_from_file_location(
        file_name.removesuffix(".py"), VERSIONS / file_name
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
