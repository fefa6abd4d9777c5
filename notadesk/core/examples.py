"""The example nota: the published reference nota, kept as data in resources/examples/."""

from __future__ import annotations

from notadesk.core.model.nota import Nota
from notadesk.core.storage.documents import parse_document
from notadesk.resources import load_json

EXAMPLE_FILE = ("examples", "reference-nota.json")


def example_nota() -> Nota:
    """Return a fresh copy of the reference nota (Min-BuZa.2022.240)."""
    _meta, nota = parse_document(load_json(*EXAMPLE_FILE))
    return nota
