"""Saves one draft in a loop, printing each revision the store confirmed; killed by a test."""

from __future__ import annotations

import sys
from pathlib import Path

from notadesk.core.examples import example_nota
from notadesk.core.storage.store import DraftStore


def main(data_dir: str) -> None:
    store = DraftStore.open(Path(data_dir))
    drafts = store.list()
    draft = store.get(drafts[0].id) if drafts else store.create(example_nota())
    counter = 0
    while True:
        counter += 1
        nota = draft.nota
        nota.subject = f"Versie {draft.revision + 1} ({counter})"
        nota.sections[0].title = f"Aanleiding {counter}"
        draft = store.save(draft.id, nota, base_revision=draft.revision)
        sys.stdout.write(f"{draft.id} {draft.revision} {nota.content_hash()}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
