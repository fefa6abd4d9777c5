"""Helpers shared by tests: running the CLI in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


@dataclass
class CliResult:
    """What a CLI run printed and returned."""

    status: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run_cli(*args: str, data_dir: Path | None = None, stdin: str | None = None) -> CliResult:
    """Run ``python -m notadesk`` as a separate process."""
    env = dict(os.environ)
    if data_dir is not None:
        env["NOTADESK_DATA_DIR"] = str(data_dir)
    proc = subprocess.run(
        [sys.executable, "-m", "notadesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def cli_in_process(capsys: Any, *args: str) -> CliResult:
    """Run the CLI's ``main`` in this process and capture what it printed."""
    from notadesk.cli import main

    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse exits for --help and usage errors
        status = int(exc.code or 0)
    captured = capsys.readouterr()
    return CliResult(status, captured.out, captured.err)


def one_page_pdf(text: str) -> bytes:
    """Return a one-page PDF showing a line of text (an attachment to enclose)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 700, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
