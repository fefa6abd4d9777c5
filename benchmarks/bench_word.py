"""Word documents in and out: importing a contribution, exporting the demo.

Run: .venv/bin/python benchmarks/bench_word.py [--quick] [--pages]
Prints median and p95 for each measurement, and the machine it ran on.

- import of a 30-page contribution with 10 tables (headings, paragraphs with bold and italic,
  bulleted and numbered lists, 8x4 tables), from the file to the converted blocks and the
  report: target ≤ 500 ms;
- export of the demo nota to a .docx file (written, fsynced, renamed), warm: target ≤ 200 ms.

``--pages`` converts the contribution with LibreOffice once and prints its page count (the
"30 pages" of the target).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.common import machine, sentence, summary  # noqa: E402


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def contribution(path: Path, rng: random.Random) -> Path:
    """Write a 30-page contribution with 10 tables (python-docx), return its path."""
    import docx

    doc = docx.Document()
    doc.add_paragraph("Bijdrage DGPZ aan de kabinetsreactie", style="Title")
    for chapter in range(10):
        doc.add_heading(f"Hoofdstuk {chapter + 1}: {sentence(rng, 4)}", 1)
        for part in range(2):
            doc.add_heading(f"Paragraaf {chapter + 1}.{part + 1}", 2)
            for _ in range(5):
                p = doc.add_paragraph(sentence(rng, 30) + " ")
                p.add_run(sentence(rng, 6)).bold = True
                p.add_run(" " + sentence(rng, 20) + " ")
                p.add_run(sentence(rng, 4)).italic = True
            for level in ("List Number", "List Number 2", "List Bullet", "List Bullet 2"):
                doc.add_paragraph(sentence(rng, 18), style=level)
        table = doc.add_table(rows=8, cols=4)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = sentence(rng, 3) if r else f"Kolom {c + 1}"
    doc.save(path)
    return path


def pages(path: Path) -> int:
    """Return the page count LibreOffice gives the document (one soffice run)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{folder}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(path),
            ],
            check=True,
            capture_output=True,
        )
        info = subprocess.run(
            ["pdfinfo", str(Path(folder) / (path.stem + ".pdf"))],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 5 if quick else 30
    print(machine())
    from notadesk.core.interchange.docx_in import read_docx

    with tempfile.TemporaryDirectory() as folder:
        path = contribution(Path(folder) / "bijdrage.docx", random.Random(12))
        if "--pages" in sys.argv:
            print(f"contribution: {pages(path)} pages (LibreOffice)")
        first = timed(lambda: read_docx(path), 1)[0]
        result = read_docx(path)
        report = result.report
        print(
            f"contribution: {report.sections} sections, {report.paragraphs} paragraphs, "
            f"{report.list_items} list items, {report.tables} tables, "
            f"{path.stat().st_size // 1024} KB"
        )
        print(f"import, first in process: {first:.1f} ms")
        print(f"import, warm: {summary(timed(lambda: read_docx(path), runs))}")

        from notadesk.core.examples import example_nota
        from notadesk.core.interchange.docx_export import export_docx
        from notadesk.core.storage.store import DraftStore

        store = DraftStore.open(Path(folder) / "data")
        try:
            draft = store.create(example_nota())
            target = Path(folder) / "demo.docx"
            first = timed(lambda: export_docx(store, draft, target), 1)[0]
            print(f"export of the demo, first in process: {first:.1f} ms")
            timed(lambda: export_docx(store, draft, target), 3)
            warm = timed(lambda: export_docx(store, draft, target), runs)
            print(f"export of the demo, warm: {summary(warm)}")
        finally:
            store.close()


if __name__ == "__main__":
    main()
