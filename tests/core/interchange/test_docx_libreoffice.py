"""Word documents and LibreOffice (Debian's libreoffice-writer-nogui, named in the README).

A contribution saved by LibreOffice comes in whole (a committed file made from
tests/fixtures/docx/contribution.fodt, and the same conversion live); an exported nota opens
in LibreOffice and its PDF has the marking and "Pagina X van Y" on every page and the nota's
text (pdftotext). soffice starts slowly, so it runs twice per session, for all files at once.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from notadesk.core.drafting import blank_nota
from notadesk.core.examples import example_nota
from notadesk.core.interchange.docx_in import read_docx
from notadesk.core.interchange.docx_out import nota_to_docx
from notadesk.core.interchange.incoming import Contribution, into_new_nota
from notadesk.core.model.nota import BulletList, Paragraph, Table
from notadesk.core.model.text import nota_outline

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures" / "docx"


def _soffice(folder: Path, target: str, files: list[Path]) -> None:
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    assert binary, "LibreOffice (Debian: libreoffice-writer-nogui) is not installed"
    profile = folder / "profile"
    subprocess.run(
        [
            binary,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def live_contribution(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lo-docx")
    source = folder / "contribution.fodt"
    shutil.copy(FIXTURES / "contribution.fodt", source)
    _soffice(folder, "docx", [source])
    return folder / "contribution.docx"


def _classified_concept():
    nota = example_nota()
    nota.classification.level = "nl.stg-confidentieel"
    nota.classification.until = dt.date(2030, 1, 1)
    nota.status = "concept"
    return nota


@pytest.fixture(scope="session")
def exported_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lo-pdf")
    source = folder / "nota.docx"
    source.write_bytes(nota_to_docx(_classified_concept()))
    _soffice(folder, "pdf", [source])
    return folder / "nota.pdf"


def _check_contribution(result: Contribution) -> None:
    assert result.subject == "Bijdrage DGPZ aan de kabinetsreactie"
    nota = into_new_nota(result, blank_nota(), "bijdrage")
    assert [s.title for s in nota.sections] == ["Aanleiding", "Tabel", "Wat niet meekomt"]
    first, footnote = nota.sections[0].blocks
    styled = [(r.text, r.bold, r.italic, r.underline, r.highlight) for r in first.runs]
    assert ("vet", True, False, False, False) in styled
    assert ("cursief", False, True, False, False) in styled
    assert ("onderstreept", False, False, True, False) in styled
    assert ("gemarkeerd", False, False, False, True) in styled
    assert styled[-1][0].endswith(".\nTweede regel na een regeleinde.")
    assert isinstance(footnote, Paragraph)
    assert "".join(r.text for r in footnote.runs) == (
        "Een voetnoot staat hier [voetnoot: Bron: IOB-evaluatie 2022.] en de tekst gaat verder."
    )
    (sub,) = nota.sections[0].subsections
    assert sub.title == "Genummerde punten"
    numbered, bullets = sub.blocks
    assert isinstance(numbered, BulletList) and numbered.numbered
    assert isinstance(bullets, BulletList) and not bullets.numbered
    outline = "\n".join(nota_outline(nota))
    assert (
        "1. Eerste punt\n  a. Eerste punt a\n    - Diep opsommingsteken\n  b. Eerste punt b\n"
        "2. Tweede punt\n- Opsomming een\n  - Opsomming een-een\n- Opsomming twee"
    ) in outline
    (table,) = nota.sections[1].blocks
    assert isinstance(table, Table) and table.header_rows == 1

    def cell(r: int, c: int) -> str:
        return "\n".join("".join(x.text for x in p.runs) for p in table.rows[r].cells[c].paragraphs)

    assert [cell(0, c) for c in range(3)] == ["Missie", "Jaar", "Inzet"]
    assert [cell(1, c) for c in range(3)] == ["MINUSMA samengevoegd", "", "450"]
    assert [cell(2, c) for c in range(3)] == ["Resolute Support", "2015", "160"]
    assert [cell(3, c) for c in range(3)] == ["", "2016", "100"]
    assert table.rows[2].cells[2].paragraphs[0].runs[0].bold
    texts = ["".join(r.text for r in b.runs) for b in nota.sections[2].blocks]
    assert "Tekst in een tekstvak" not in " ".join(texts)
    assert "Wijzigingen: ingevoegde woorden en de rest." in texts
    assert "Een veld: pagina 1." in texts
    notes = {kind: note.count for kind, note in result.report.notes.items()}
    assert notes == {
        "image": 1,
        "text-box": 1,
        "comment": 1,
        "tracked-change": 2,
        "field": 1,
        "footnote": 1,
        "merged-cells": 2,
    }


def test_a_contribution_saved_by_libreoffice_comes_in_whole():
    _check_contribution(read_docx(FIXTURES / "contribution-libreoffice.docx"))


def test_the_same_contribution_converted_live_by_this_libreoffice(live_contribution):
    _check_contribution(read_docx(live_contribution))


def _page_texts(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, pages + 1)
    ]


def test_an_exported_nota_opens_in_libreoffice_with_the_marking_on_every_page(exported_pdf):
    pages = _page_texts(exported_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == "Stg. CONFIDENTIEEL", f"page {number} header"
        assert lines[-3:] == [
            "Stg. CONFIDENTIEEL",
            f"Pagina {number} van {len(pages)}",
            "Exemplaar 1 van 1",
        ]


def test_the_exported_pdf_holds_the_notas_text(exported_pdf):
    nota = _classified_concept()
    text = " ".join(" ".join(_page_texts(exported_pdf)).split())
    text = text.replace("- ", "-")  # a line broken after a hyphen ("VN-" / "missie")
    assert "TER BESLISSING" in text and nota.reference in text
    assert " ".join(nota.subject.split()) in text
    for section in nota.sections:
        assert section.title in text
    first = nota.sections[0].blocks[0]
    words = " ".join(r.text for r in first.items[0].runs).split()[:8]
    assert " ".join(words) in text
    finding = nota.findings[0]
    assert f"{'Hoofdbevinding' if finding.main else 'Bevinding'} {finding.number}:" in text
