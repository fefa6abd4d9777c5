"""Counted nouns in what the CLI prints: "1 entry", "2 entries", never "1 entries" or "(s)"."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.wording import counted
from tests.helpers import cli_in_process

WRONG = re.compile(r"\b1 (entries|drafts|revisions|pages|copies|attachment files)\b|\(s\)")


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (0, "draft", "0 drafts"),
        (1, "draft", "1 draft"),
        (2, "draft", "2 drafts"),
        (1, "entry", "1 entry"),
        (3, "entry", "3 entries"),
        (1, "copy", "1 copy"),
        (2, "copy", "2 copies"),
        (2, "attachment file", "2 attachment files"),
    ],
)
def test_counted_chooses_the_number(n, noun, expected):
    assert counted(n, noun) == expected


def _classified(store):
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    nota.classification.set_by = "DGPZ"
    return store.create(nota)


@pytest.mark.parametrize("copies", [1, 2])
def test_render_summary_counts_pages_copies_and_register_entries(tmp_path, capsys, store, copies):
    draft = _classified(store)
    target = tmp_path / "nota.pdf"
    args = ["render", draft.id, "-o", str(target), "--copies", str(copies)]
    result = cli_in_process(capsys, *args)
    assert result.status == 0, result.err
    assert not WRONG.search(result.err), result.err
    if copies == 1:
        assert "1 copy;" in result.err and "1 entry added" in result.err
    else:
        assert "2 copies;" in result.err and "2 entries added" in result.err


def test_export_verify_and_import_of_one_draft_say_it_in_the_singular(tmp_path, capsys, store):
    draft = store.create(example_nota())
    exported = cli_in_process(capsys, "export", draft.id, "-o", str(tmp_path))
    assert exported.status == 0, exported.err
    (package,) = tmp_path.glob("*.nota")
    verified = cli_in_process(capsys, "verify", str(package))
    assert verified.status == 0, verified.err
    for output in (exported.out + exported.err, verified.out + verified.err):
        assert "1 draft, 1 revision, 0 attachment files" in output, output
        assert not WRONG.search(output), output
