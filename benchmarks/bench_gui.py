"""Window benchmarks: start-up with 10,000 drafts, an edit to its autosave committed, and
keystroke-to-screen latency in the Text tab (demo nota and a 50-page nota, spelling on, the
print beside the text).

Run: ``.venv/bin/python benchmarks/bench_gui.py [--drafts 10000] [--runs 9]``. Prints the
median and p95 of each measurement and the machine it ran on. Needs no display (offscreen).
``--only-keys`` runs the keystroke measurement alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine


def p95(values: list[float]) -> float:
    """Return the 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def fill_database(data_dir: Path, count: int) -> str:
    """Store ``count`` drafts (the example nota with varied subjects) in one transaction."""
    from notadesk.core.examples import example_nota
    from notadesk.core.storage.store import DraftStore, now_iso
    from notadesk.core.storage.tables import DraftRow

    store = DraftStore.open(data_dir)
    base = example_nota()
    statuses = ["concept", "ter-parafering", "definitief", "getekend"]
    levels = ["nl.ongerubriceerd", "nl.dep-vertrouwelijk", "nl.stg-confidentieel"]
    last = ""
    subject = base.subject
    with store.writing() as s:
        for i in range(count):
            nota = base
            nota.subject = f"Nota {i}: {subject}"
            nota.reference = f"Min-BuZa.2026.{i + 1}"
            nota.status = statuses[i % 4]
            nota.classification.level = levels[i % 3]
            nota.classification.end_event = "einde missie"
            nota.date = dt.date(2026, 1, 1) + dt.timedelta(days=i % 300)
            stamp = now_iso()
            row = DraftRow(id=f"00000000-0000-4000-8000-{i:012d}", created=stamp, head=0)
            row.head_uuid = ""
            store.fill_row(row, nota, stamp)
            s.add(row)
            s.flush()
            store.append_revision(s, row, nota, origin="create", created=stamp)
            last = row.id
    store.close()
    return last


def bench_startup(data_dir: Path, runs: int) -> dict[str, list[float]]:
    """Time process start to the window shown, and to its list filled and last draft open.

    Returns wall-clock and CPU times (of the window's process) in ms for both moments.
    """
    found: dict[str, list[float]] = {"shown": [], "shown cpu": [], "ready": [], "ready cpu": []}
    env = {**os.environ, "NOTADESK_REPORT_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}
    # A person's installation has its bytecode compiled (pip compiles it at install, the
    # standalone bundle carries it, an editable checkout writes it on first start). Without
    # this, a shell that sets PYTHONDONTWRITEBYTECODE times the compiling of every module of
    # notadesk at every start (about 130 ms here), which no person ever waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "notadesk", "--data-dir", str(data_dir)],
        capture_output=True,
        env=env,
        check=True,
    )  # the untimed first start writes the bytecode
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "notadesk", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        for line in out.splitlines():
            what, wall, cpu = line.split()
            if what in ("shown", "ready"):
                found[what].append((float(wall) - started) * 1000)
                found[f"{what} cpu"].append(float(cpu) * 1000)
    return found


def bench_autosave(data_dir: Path, edits: int, nota: object = None) -> list[float]:
    """Time what the autosave does when its debounce fires, after one edit each, in ms.

    The example nota unless another is given (the 50-page one: ``--only-pause``).
    """
    from notadesk.gui.app import WindowHost, make_application

    app = make_application()
    host = WindowHost(data_dir)
    window = host.show_window()
    editor = window.editor
    if nota is None:
        window.open_example()
    else:
        editor.open_draft(window.store.create(nota))  # type: ignore[arg-type]
    times = []
    for i in range(edits):
        editor.details.subject.setText(f"Kabinetsreactie, versie {i}")
        app.processEvents()
        assert editor.dirty
        started = time.perf_counter()
        editor.timer.timeout.emit()  # what the debounce timer does a second after the edit
        times.append((time.perf_counter() - started) * 1000)
        assert not editor.dirty
    host.close()
    return times


def long_nota(bullets: int = 720):  # about 50 printed pages
    """Return the example nota with a long section of bullets (benchmarks/bench_render.py)."""
    from benchmarks.bench_render import long_nota as build

    return build(bullets)


def bench_keystrokes(nota: object, keys: int, pause_every: int = 12) -> dict[str, list[float]]:
    """Type into the Text tab and time each key from the key event to the repainted editor.

    Keys come 90 ms apart (brisk typing); every ``pause_every`` keys the typist pauses 700 ms,
    so the spelling underline (150 ms) and the print beside the text (400 ms, rendered on its
    worker thread) run as they do for a person, and the keys after a pause are measured while
    that render may still hold the interpreter. Returns key latencies and spelling refreshes.
    """
    from notadesk.gui.app import WindowHost, make_application
    from notadesk.gui.qt import QtCore, QtGui, QtWidgets

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        host = WindowHost(Path(tmp) / "data")
        window = host.show_window()
        window.resize(1366, 768)
        draft = window.store.create(nota)  # type: ignore[arg-type]
        editor = window.editor
        editor.open_draft(draft)
        editor.tabs.setCurrentWidget(editor.text_page)
        assert editor.spelling.wait_until_ready()
        tree = editor.text.tree
        tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
        text = editor.text.editor
        text.setFocus()
        cursor = text.textCursor()
        cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
        text.setTextCursor(cursor)
        text.ensureCursorVisible()

        def wait(ms: int) -> None:
            end = time.perf_counter() + ms / 1000
            while time.perf_counter() < end:
                app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 5)
                time.sleep(0.002)

        spelling: list[float] = []
        original = text.refresh_spelling

        def timed_refresh() -> None:
            started = time.perf_counter()
            original()
            spelling.append((time.perf_counter() - started) * 1000)

        text.spell_timer.timeout.disconnect()
        text.spell_timer.timeout.connect(timed_refresh)
        printing: list[float] = []
        update_print = editor.update_print_beside

        def timed_print() -> None:  # the GUI thread's part: the nota from the tabs, handed over
            started = time.perf_counter()
            update_print()
            printing.append((time.perf_counter() - started) * 1000)

        editor.print_timer.timeout.disconnect()
        editor.print_timer.timeout.connect(timed_print)
        wait(1500)  # the first print and underline
        latencies: list[float] = []
        for i in range(keys):
            ch = "abcdefghij klmnop"[i % 17]
            key = ord(ch.upper()) if ch.isalpha() else QtCore.Qt.Key.Key_Space
            started = time.perf_counter()
            for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                event = QtGui.QKeyEvent(kind, key, QtCore.Qt.KeyboardModifier.NoModifier, ch)
                QtWidgets.QApplication.sendEvent(text, event)
            text.viewport().repaint()
            latencies.append((time.perf_counter() - started) * 1000)
            wait(700 if (i + 1) % pause_every == 0 else 90)
        host.close()
    return {"keys": latencies, "spelling": spelling, "print": printing}


def bench_pause(nota: object, samples: int = 40) -> dict[str, list[float]]:
    """Time the GUI thread's work at a typing pause, after one key typed in the last section.

    "print" is what the print beside the text costs the GUI thread (the nota built from the
    tabs and handed to the render thread); "nota" is building the nota alone. Only the
    section typed in is read again, and of it only the lines the key touched. Each sample
    waits for the render it started, so the worker does not share the interpreter with it.
    """
    from notadesk.gui.app import WindowHost, make_application
    from notadesk.gui.qt import QtCore, QtGui, QtWidgets

    make_application()
    out: dict[str, list[float]] = {"print": [], "nota": []}
    with tempfile.TemporaryDirectory() as tmp:
        host = WindowHost(Path(tmp) / "data")
        window = host.show_window()
        window.resize(1366, 768)
        editor = window.editor
        editor.open_draft(window.store.create(nota))  # type: ignore[arg-type]
        editor.tabs.setCurrentWidget(editor.text_page)
        tree = editor.text.tree
        tree.setCurrentItem(tree.topLevelItem(tree.topLevelItemCount() - 1))
        text = editor.text.editor
        text.setFocus()
        text.moveCursor(QtGui.QTextCursor.MoveOperation.End)
        pane = editor.print_pane
        assert pane is not None

        def settle() -> None:  # the render thread done, so it does not share the interpreter
            loop = QtCore.QEventLoop()
            pane.rendered.connect(loop.quit)
            QtCore.QTimer.singleShot(20_000, loop.quit)
            loop.exec()
            pane.rendered.disconnect(loop.quit)

        editor.update_print_beside()
        settle()
        for i in range(samples):
            ch = "abcdefghij"[i % 10]
            for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                event = QtGui.QKeyEvent(kind, ord(ch.upper()), QtCore.Qt.KeyboardModifier(0), ch)
                QtWidgets.QApplication.sendEvent(text, event)
            which = "print" if i % 2 else "nota"
            started = time.perf_counter()
            if which == "print":
                editor.update_print_beside()
            else:
                editor.current_nota()
            out[which].append((time.perf_counter() - started) * 1000)
            if which == "print":
                settle()
        host.close()
    return out


def main() -> int:
    """Run the benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument(
        "--keep", type=Path, help="keep the filled database in this folder and reuse it next time"
    )
    parser.add_argument("--keys", type=int, default=240)
    parser.add_argument("--only-keys", action="store_true")
    parser.add_argument(
        "--only-pause", action="store_true", help="only the GUI thread's work at a pause"
    )
    args = parser.parse_args()
    print(f"machine: {machine()}")
    from notadesk.core.examples import example_nota

    for label, nota in (("demo nota", example_nota()), ("50-page nota", long_nota())):
        pause = bench_pause(nota)
        for what, said in (("nota", "nota from the tabs"), ("print", "print handed over")):
            times = pause[what]
            print(
                f"GUI thread at a pause after a key, {label}, {said} (n={len(times)}): "
                f"median {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms"
            )
    with tempfile.TemporaryDirectory() as tmp:
        saves = bench_autosave(Path(tmp) / "data", 20, long_nota())
        print(
            f"edit to autosave committed, 50-page nota (20 edits, on the GUI thread): "
            f"median {statistics.median(saves):.1f} ms, p95 {p95(saves):.1f} ms"
        )
    if args.only_pause:
        return 0
    for label, nota in (("demo nota", example_nota()), ("50-page nota", long_nota())):
        found = bench_keystrokes(nota, args.keys)
        keys, spell, printing = found["keys"], found["spelling"], found["print"]
        print(
            f"keystroke to screen, {label}, spelling on, print beside ({len(keys)} keys): "
            f"median {statistics.median(keys):.1f} ms, p95 {p95(keys):.1f} ms; "
            f"spelling underline refresh: median {statistics.median(spell):.1f} ms, "
            f"p95 {p95(spell):.1f} ms (n={len(spell)}); "
            f"GUI thread at a pause, print handed over: median "
            f"{statistics.median(printing):.1f} ms, p95 {p95(printing):.1f} ms (n={len(printing)})"
        )
    if args.only_keys:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.keep or Path(tmp) / "data"
        ini = data_dir / "window.ini"
        if not (data_dir / "notadesk.db").is_file():
            t0 = time.perf_counter()
            last = fill_database(data_dir, args.drafts)
            print(f"filled {args.drafts} drafts in {time.perf_counter() - t0:.1f} s")
            (data_dir / "last").write_text(last)
        last = (data_dir / "last").read_text()
        ini.write_text(f"[window]\nlast_draft={last}\n\n[ui]\nlanguage=en\n")
        found = bench_startup(data_dir, args.runs)
        print(f"process start, {args.drafts} drafts in the database ({args.runs} runs):")
        for what, label in (("shown", "window shown"), ("ready", "list filled, last draft open")):
            wall, cpu = found[what], found[f"{what} cpu"]
            print(
                f"  to {label}: median {statistics.median(wall):.0f} ms, p95 {p95(wall):.0f} ms"
                f" (CPU time median {statistics.median(cpu):.0f} ms, p95 {p95(cpu):.0f} ms)"
            )
        print(f"load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        saves = bench_autosave(Path(tmp) / "data", args.edits)
        print(
            f"edit to autosave committed, example nota ({args.edits} edits): "
            f"median {statistics.median(saves):.1f} ms, p95 {p95(saves):.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
