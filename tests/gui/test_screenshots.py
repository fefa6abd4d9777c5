"""The screenshots module runs the real window offscreen and writes every PNG at both sizes."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

EXPECTED = [
    "01-welcome",
    "02-details",
    "03-text",
    "04-findings",
    "05-commitments",
    "06-attachments",
    "07-history",
    "08-preview",
    "09-dialog-about",
    "10-dialog-preferences",
    "11-dialog-readiness",
    "12-dialog-conflict",
    "13-dialog-choose-findings",
    "14-dialog-print",
    "15-comments-margin",
    "16-paraaf-route",
    "17-history-redline",
    "18-numbered-list-and-table",
    "19-dialog-table",
    "20-spelling-menu",
]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_screenshots_module_writes_every_png(tmp_path: Path):
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOTADESK_DATA_DIR=str(tmp_path / "d"))
    done = subprocess.run(
        [sys.executable, "-m", "notadesk.gui.screenshots", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    printed = {Path(line) for line in done.stdout.split()}
    for width, height in ((1366, 768), (1920, 1080)):
        folder = out / f"{width}x{height}"
        names = sorted(p.stem for p in folder.glob("*.png"))
        assert names == EXPECTED
        for name in names:
            path = folder / f"{name}.png"
            assert path in printed
            assert _png_size(path) == (width, height)
            # a real picture, not an empty frame
            assert path.stat().st_size > 15_000, path
    # the user's data folder is never touched: the shots use a throw-away one
    assert not (tmp_path / "d").exists()
