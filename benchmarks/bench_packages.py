"""Benchmark: export, and verify + import, of 1,000 realistic drafts with several revisions.

Run from the repository root: ``.venv/bin/python benchmarks/bench_packages.py [DRAFTS] [RUNS]``.
Drafts are made from the reference nota with varied subjects, text, positions and levels,
each with four revisions (create and three saves). Prints the machine, the median and the
95th percentile. The figures go into docs/performance.md, "Removable media".
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from notadesk.core.examples import example_nota
from notadesk.core.interchange import export_package, import_package, reader, verify_package
from notadesk.core.storage.store import DraftStore, now_iso
from notadesk.core.storage.tables import DraftRow

WORDS = [
    "missie",
    "evaluatie",
    "kabinet",
    "reactie",
    "Kamer",
    "begroting",
    "inzet",
    "politie",
    "civiel",
    "strategie",
    "toezegging",
    "bevinding",
    "rapport",
    "advies",
    "besluit",
    "minister",
    "overleg",
    "termijn",
    "Mali",
    "Sahel",
]
LEVELS = ["nl.ongerubriceerd"] * 6 + ["nl.dep-vertrouwelijk"] * 3 + ["nl.stg-confidentieel"]
REVISIONS = 4


def _vary(nota, rng: random.Random, i: int, rev: int) -> None:
    nota.subject = f"Nota {i}: " + " ".join(rng.choices(WORDS, k=8)) + f" (versie {rev})"
    nota.classification.level = LEVELS[i % len(LEVELS)]
    for section in nota.sections:
        for block in section.blocks:
            for item in getattr(block, "items", []):
                for run in getattr(item, "runs", []):
                    if run.text and rng.random() < 0.3:
                        run.text = run.text + " " + " ".join(rng.choices(WORDS, k=6))
    for finding in nota.findings:
        finding.position = rng.choice(["deels", "volledig", None])


def make_drafts(store: DraftStore, count: int) -> None:
    """Write ``count`` drafts of REVISIONS revisions each, in one transaction."""
    rng = random.Random(48)
    with store.writing() as s:
        for i in range(count):
            nota = example_nota()
            nota.reference = f"Min-BuZa.2026.{1000 + i}"
            stamp = now_iso()
            row = DraftRow(id=f"{rng.getrandbits(128):032x}", created=stamp, head=0, head_uuid="")
            row.id = f"{row.id[:8]}-{row.id[8:12]}-4{row.id[13:16]}-8{row.id[17:20]}-{row.id[20:]}"
            for rev in range(1, REVISIONS + 1):
                _vary(nota, rng, i, rev)
                store.fill_row(row, nota, stamp)
                if rev == 1:
                    s.add(row)
                    s.flush()
                store.append_revision(
                    s, row, nota, origin="create" if rev == 1 else "save", created=stamp
                )


def _stats(label: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"{label}: median {statistics.median(times):.2f} s, p95 {p95:.2f} s (n={len(times)})"


def main() -> int:
    drafts = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    root = Path(tempfile.mkdtemp(prefix="notadesk-bench-"))
    source = DraftStore.open(root / "source")
    t = time.perf_counter()
    make_drafts(source, drafts)
    print(f"made {drafts} drafts x {REVISIONS} revisions in {time.perf_counter() - t:.1f} s")
    times: dict[str, list[float]] = {
        "export": [],
        "verify": [],
        "import after verify, same process (the window)": [],
        "verify + import, same process (the window)": [],
        "import alone, every check again (the CLI's second command)": [],
        "verify + import as two commands (the CLI)": [],
        "CPU: export": [],
        "CPU: verify + import, same process": [],
        "CPU: verify + import as two commands": [],
    }
    package = None
    for run in range(runs):
        out = root / f"out-{run}"
        out.mkdir()
        t, c = time.perf_counter(), time.process_time()
        package = export_package(source, None, out).path
        times["export"].append(time.perf_counter() - t)
        times["CPU: export"].append(time.process_time() - c)

        target = DraftStore.open(root / f"target-{run}")
        t, c = time.perf_counter(), time.process_time()
        verify_package(package)
        verified, verified_cpu = time.perf_counter() - t, time.process_time() - c
        t2 = time.perf_counter()
        report = import_package(target, package)
        times["verify"].append(verified)
        times["import after verify, same process (the window)"].append(time.perf_counter() - t2)
        times["verify + import, same process (the window)"].append(time.perf_counter() - t)
        times["CPU: verify + import, same process"].append(time.process_time() - c)
        assert len(report.drafts) == drafts and target.count() == drafts
        target.close()

        reader._last_checked = None  # as in a new process: nothing checked yet
        target = DraftStore.open(root / f"target-cli-{run}")
        t, c = time.perf_counter(), time.process_time()
        import_package(target, package)
        alone, alone_cpu = time.perf_counter() - t, time.process_time() - c
        target.close()
        times["import alone, every check again (the CLI's second command)"].append(alone)
        times["verify + import as two commands (the CLI)"].append(verified + alone)
        times["CPU: verify + import as two commands"].append(verified_cpu + alone_cpu)
    assert package is not None
    cores = os.cpu_count()
    print(
        f"machine: {platform.machine()}, {cores} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; package {package.stat().st_size / 1e6:.1f} MB"
    )
    for label, values in times.items():
        print(_stats(label, values))
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
