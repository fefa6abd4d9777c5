"""Locate and read the data files under ``resources/``.

In a source checkout the folder is the top-level ``resources/``; in an installed wheel or a
frozen build it is ``notadesk/resources``. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """Return the folder holding notadesk's data files."""
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "notadesk" / "resources")
    for candidate in candidates:
        if (candidate / "nota" / "vocabulary.json").is_file():
            return candidate
    raise FileNotFoundError("notadesk's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    """Return the path of a file under the resources folder."""
    return resources_dir().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Read and cache a JSON data file under the resources folder."""
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
