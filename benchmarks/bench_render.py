"""Print benchmarks: the demo in-process (warm), the cold `notadesk render`, and long notas.

Run: .venv/bin/python benchmarks/bench_render.py [--quick] [--preview]
Prints median and p95 for each measurement, and the machine it ran on. `--preview` runs the
preview's one-word re-render beside Typst alone (`pip install typst` into the venv first),
with garbage collection as the window runs it and with Python's automatic collection.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.common import machine  # noqa: E402


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(samples: list[float], digits: int = 1) -> str:
    median, high = statistics.median(samples), p95(samples)
    return f"median {median:8.{digits}f} ms   p95 {high:8.{digits}f} ms   (n={len(samples)})"


def timed(fn, runs: int, clock=time.perf_counter) -> list[float]:
    out = []
    for _ in range(runs):
        start = clock()
        fn()
        out.append((clock() - start) * 1000)
    return out


def long_nota(bullets: int):
    from notadesk.core.examples import example_nota
    from notadesk.core.model.nota import BulletList, ListItem, Run, Section

    nota = example_nota()
    text = (
        "Het kabinet onderschrijft deze bevinding en zal bij een toekomstige inzet de "
        "samenhang van de Nederlandse bijdrage met de bredere missie verbeteren, "
        "in overleg met de betrokken departementen. "
    )
    items = [ListItem(runs=[Run(text=f"{i}. {text}")]) for i in range(bullets)]
    nota.sections.append(Section(title="Uitwerking", blocks=[BulletList(items=items)]))
    return nota


def bench_warm(runs: int) -> None:
    from notadesk.core.examples import example_nota
    from notadesk.core.render import render_nota

    nota = example_nota()
    first = timed(lambda: render_nota(nota), 1)[0]
    print(f"demo, first render in process      {first:8.1f} ms (fonts, styles, parse)")
    timed(lambda: render_nota(nota), 5)  # warm-up: the first few still fill caches
    print(f"demo, warm in process               {summary(timed(lambda: render_nota(nota), runs))}")
    cpu = timed(lambda: render_nota(nota), runs, time.process_time)
    print(f"demo, warm, CPU time of the process {summary(cpu)}")
    from notadesk.core.render import RenderOptions

    three = RenderOptions(copies=3)
    copies = timed(lambda: render_nota(nota, three), runs)
    print(f"demo, 3 copies, warm                {summary(copies)}")


def bench_pages(runs: int) -> None:
    from notadesk.core.render import render_nota

    for bullets in (360, 720, 1430, 2950):  # about 25, 50, 100 and 200 pages
        nota = long_nota(bullets)
        pages = render_nota(nota).pages_per_copy
        samples = timed(lambda nota=nota: render_nota(nota), runs)
        per_page = statistics.median(samples) / pages
        print(
            f"{pages:4d} pages                         {summary(samples)}  {per_page:.2f} ms/page"
        )


def huge_paragraph_nota(chars: int = 0, runs: int = 0):
    from notadesk.core.examples import example_nota
    from notadesk.core.model.nota import Paragraph, Run, Section

    nota = example_nota()
    words = "Het kabinet onderschrijft deze bevinding en zal de samenhang verbeteren. "
    if runs:
        parts = [Run(text=f"woord{i} ", bold=i % 2 == 0) for i in range(runs)]
    else:
        parts = [Run(text=(words * (chars // len(words) + 1))[:chars])]
    nota.sections.append(Section(title="Groot", blocks=[Paragraph(runs=parts)]))
    return nota


def bench_huge(runs: int) -> None:
    """One paragraph of a million characters, and one of 100,000 runs (a hostile package)."""
    from notadesk.core.render import render_nota

    for label, nota in (
        ("1,000,000-character paragraph", huge_paragraph_nota(chars=1_000_000)),
        ("paragraph of 100,000 runs    ", huge_paragraph_nota(runs=100_000)),
    ):
        pages = render_nota(nota).pages_per_copy
        samples = timed(lambda nota=nota: render_nota(nota), runs)
        print(f"{label} ({pages} pages) {summary(samples)}")


def bench_cold(runs: int) -> None:
    exe = [sys.executable, "-m", "notadesk"]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NOTADESK_DATA_DIR=str(Path(tmp) / "data"))
        subprocess.run([*exe, "demo"], env=env, check=True, capture_output=True, cwd=REPO)
        target = str(Path(tmp) / "nota.pdf")
        command = [*exe, "render", "Min-BuZa.2022.240", "-o", target]

        def cold() -> None:
            subprocess.run(command, env=env, check=True, capture_output=True, cwd=REPO)

        cold()  # the OS file cache is warm; the Python process is new every time
        print(f"cold `notadesk render` (demo)       {summary(timed(cold, runs))}")
        cpu = []
        for _ in range(runs):
            before = child_cpu_ms()
            cold()
            cpu.append(child_cpu_ms() - before)
        print(f"cold `notadesk render`, CPU time    {summary(cpu)}")
        listing = [*exe, "list"]

        def cold_list() -> None:
            subprocess.run(listing, env=env, check=True, capture_output=True, cwd=REPO)

        print(f"cold `notadesk list` (for scale)    {summary(timed(cold_list, runs))}")
        floor = [sys.executable, "-c", "import reportlab.platypus"]

        def cold_import() -> None:
            subprocess.run(floor, check=True, cwd=REPO)

        print(f"cold `import reportlab.platypus`    {summary(timed(cold_import, runs))}")


def child_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def bench_pdfa(runs: int) -> None:
    """What PDF/A (pikepdf: XMP and output intent) adds to a render, warm and cold."""
    from notadesk.core.examples import example_nota
    from notadesk.core.render import RenderOptions, render_nota

    nota = example_nota()
    timed(lambda: render_nota(nota, RenderOptions(pdfa=True)), 3)
    plain = timed(lambda: render_nota(nota), runs)
    archival = timed(lambda: render_nota(nota, RenderOptions(pdfa=True)), runs)
    ratio = statistics.median(archival) / statistics.median(plain)
    print(f"demo, warm                          {summary(plain)}")
    print(f"demo, warm, PDF/A-2b                {summary(archival)}  x{ratio:.2f}")
    exe = [sys.executable, "-m", "notadesk"]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NOTADESK_DATA_DIR=str(Path(tmp) / "data"))
        subprocess.run([*exe, "demo"], env=env, check=True, capture_output=True, cwd=REPO)
        target = str(Path(tmp) / "nota.pdf")
        base = [*exe, "render", "Min-BuZa.2022.240", "-o", target]

        def run(extra: list[str]) -> None:
            subprocess.run([*base, *extra], env=env, check=True, capture_output=True, cwd=REPO)

        run([])
        cold, cold_pdfa = [], []
        for _ in range(runs):  # interleaved, so load on the machine falls on both alike
            cold += timed(lambda: run([]), 1)
            cold_pdfa += timed(lambda: run(["--pdfa"]), 1)
        ratio = statistics.median(cold_pdfa) / statistics.median(cold)
        print(f"cold `notadesk render` (demo)       {summary(cold)}")
        print(f"cold `notadesk render --pdfa`       {summary(cold_pdfa)}  x{ratio:.2f}")


def _typst_memo(nota) -> str:
    """Return a Typst document of the same content as the nota (for the side-by-side)."""
    from notadesk.core.model.text import nota_outline

    def esc(text: str) -> str:
        return "".join("\\" + c if c in "\\#*_`$<>@[]=-+/~\"'" else c for c in text)

    lines = ['#set page(paper: "a4", margin: (left: 24mm, right: 70mm, y: 24mm))']
    lines.append('#set text(size: 9.5pt, lang: "nl")')
    for line in nota_outline(nota):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            lines.append("=" * level + " " + esc(stripped.lstrip("# ")))
        elif stripped.startswith("- "):
            lines.append("- " + esc(stripped[2:]))
        else:
            lines.append(esc(stripped) + "\n")
    return "\n".join(lines)


def bench_preview_vs_typst(runs: int) -> None:
    """The preview's case: re-render after a one-word edit, beside Typst on the same memo.

    notadesk keeps its laid-out sections and its written PDF between renders as the preview
    does (a LayoutCache); its full re-render is shown for scale. The measurements are
    interleaved edit by edit, so load on the machine falls on every side alike. Typst (the
    `typst` package) is installed in the venv for this benchmark only.

    Garbage collection is measured both ways. As the window runs it (``gui/collector.py``):
    automatic collection off, and a collection between renders, untimed, by the window's own
    collector (it runs on the GUI thread's timer, never on the preview's render thread). And
    with Python's automatic collection on, as a plain script would run it: a collection then
    falls inside whichever render allocates past the threshold.
    """
    try:
        import typst  # noqa: F401
    except ImportError:
        print("typst is not installed (pip install typst in the venv): side-by-side skipped")
        return
    import gc

    for window in (True, False):
        if window:
            print("garbage collection as in the window: off during renders, collected between")
        else:
            print("garbage collection automatic (Python's default), inside the timed renders")
        gc.collect()
        _preview_side_by_side(runs, window_gc=window)


def _preview_side_by_side(runs: int, *, window_gc: bool) -> None:
    import gc

    import typst

    from notadesk.core.examples import example_nota
    from notadesk.core.model.nota import Paragraph
    from notadesk.core.render import RenderOptions, render_nota
    from notadesk.core.render.layout import LayoutCache
    from notadesk.gui.collector import MainThreadCollector

    def one_word_edits():
        """Return a nota and a function swapping "juni" and "juli" in its first paragraph.

        Each side has its own, so every re-render it times follows exactly one edit since
        its last one. (One nota shared by all sides made the cached render see zero or one
        net edit by turns, and now and then go back to a text three renders old.)
        """
        nota = example_nota()
        first = nota.sections[0].blocks[0]
        run = first.runs[0] if isinstance(first, Paragraph) else first.items[0].runs[0]
        words = ["juni", "juli"]  # the same length: the memo keeps its size and its pages
        state = {"i": 0}

        def edit() -> None:
            old, new = words[state["i"] % 2], words[(state["i"] + 1) % 2]
            run.text = run.text.replace(old, new, 1)
            state["i"] += 1

        return nota, edit

    options = RenderOptions(copies=1)
    cache = LayoutCache()
    collector = MainThreadCollector()

    def between() -> None:  # untimed: the window's collector, on its own timer
        if window_gc:
            collector.collect()

    nota, edit = one_word_edits()
    full_nota, full_edit = one_word_edits()
    typst_nota, typst_edit = one_word_edits()
    fresh_nota, fresh_edit = one_word_edits()

    def cached() -> None:
        edit()
        render_nota(nota, options, cache=cache)

    def full() -> None:
        full_edit()
        render_nota(full_nota, options)

    ours, whole, persistent, fresh = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "memo.typ"
        source.write_text(_typst_memo(nota), encoding="utf-8")
        compiler = typst.Compiler(str(source))
        compiler.compile()

        def typst_persistent() -> None:
            typst_edit()
            source.write_text(_typst_memo(typst_nota), encoding="utf-8")
            compiler.compile()

        def typst_fresh() -> None:
            fresh_edit()
            source.write_text(_typst_memo(fresh_nota), encoding="utf-8")
            typst.compile(str(source))

        for fn in (cached, full, typst_persistent, typst_fresh):
            timed(fn, 5)  # warm-up
        if window_gc:
            gc.disable()
        misses, written = cache.misses, cache.written.hits
        try:
            for i in range(runs):
                # Typst's worker threads may still run briefly after a compile: the
                # measurement after one is notadesk's full render (for scale), never the
                # cached one.
                persistent += timed(typst_persistent, 1)
                if i % 4 == 0:
                    fresh += timed(typst_fresh, 1)
                whole += timed(full, 1)
                between()
                ours += timed(cached, 1)
                between()
            # CPU time, each side alone (the process's: Typst compiles on several threads),
            # says what load adds to the wall-clock figures above.
            alone, typst_alone = [], []
            for _ in range(runs):
                alone += timed(cached, 1, time.process_time)
                between()
            for _ in range(runs):
                typst_alone += timed(typst_persistent, 1, time.process_time)
        finally:
            gc.enable()
    misses = (cache.misses - misses) / (2 * runs)
    written = (cache.written.hits - written) / (2 * runs)
    assert render_nota(nota, options, cache=cache).pdf == render_nota(nota, options).pdf
    pages = render_nota(nota, options).pages_per_copy
    print(f"  one-word edit, notadesk cached      {summary(ours, 2)}  ({pages} pages)")
    print(
        f"    per cached re-render: {misses:.1f} parts laid out again (the edited section and"
        f" paragraph), written from the kept PDF {written:.0%} of the time"
    )
    print(f"  one-word edit, notadesk full render {summary(whole, 2)}")
    print(f"  one-word edit, Typst persistent     {summary(persistent, 2)}")
    print(f"  one-word edit, Typst fresh compile  {summary(fresh, 2)}")
    print(f"    notadesk cached, CPU time, alone  {summary(alone, 2)}")
    print(f"    Typst persistent, CPU time, alone {summary(typst_alone, 2)}")
    m = statistics.median
    print(
        f"  in CPU time: notadesk cached / Typst persistent x{m(alone) / m(typst_alone):.2f} "
        f"(median), x{p95(alone) / p95(typst_alone):.2f} (p95)"
    )
    print(
        f"  notadesk cached / Typst persistent x{m(ours) / m(persistent):.2f} (median), "
        f"x{p95(ours) / p95(persistent):.2f} (p95); / Typst fresh x{m(ours) / m(fresh):.2f}; "
        f"full / Typst persistent x{m(whole) / m(persistent):.2f}"
    )


def main() -> None:
    quick = "--quick" in sys.argv
    print(f"machine: {machine()}")
    if "--preview" in sys.argv:  # the preview's side-by-side alone
        bench_preview_vs_typst(20 if quick else 200)
        return
    bench_warm(20)
    bench_pages(3 if quick else 5)
    bench_huge(3 if quick else 5)
    bench_cold(5 if quick else 15)
    bench_pdfa(5 if quick else 15)
    bench_preview_vs_typst(10 if quick else 30)


if __name__ == "__main__":
    main()
