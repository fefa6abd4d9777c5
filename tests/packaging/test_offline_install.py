"""The project installs from a local wheelhouse alone and then works.

It builds notadesk's wheel, creates a fresh venv, installs with ``pip --no-index`` from the
wheelhouse (inside ``unshare -n`` where allowed, so no registry *could* be reached), and runs
``notadesk demo`` and ``notadesk render`` with the installed program. pip reads no config file
(``PIP_CONFIG_FILE`` is the null device) so no machine-wide index or mirror takes part.

The test fills its own wheelhouse on first run (``packaging/wheelhouse.py``, the one step that
reaches the package index) in ``.ci-cache/wheelhouse`` of the checkout, and reuses it while the
requirements stay the same; ``NOTADESK_WHEELHOUSE`` names another folder. Nothing has to be
prepared by hand or by CI: the README's test command is the whole set-up.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.network.probe import unshare_prefix

REPO = Path(__file__).resolve().parents[2]
REFERENCE = "Min-BuZa.2022.240"
NEEDED = ("pyside6_essentials-", "sqlalchemy-", "reportlab-", "hatchling-")


def wheelhouse() -> Path:
    """Return a wheelhouse for this interpreter, filling it first when needed."""
    folder = Path(os.environ.get("NOTADESK_WHEELHOUSE") or REPO / ".ci-cache" / "wheelhouse")
    folder.mkdir(parents=True, exist_ok=True)
    # Up to date is a no-op (a stamp of the requirements); otherwise pip downloads the wheels.
    filled = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "wheelhouse.py"), str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert filled.returncode == 0, f"filling {folder} failed:\n{filled.stderr[-3000:]}"
    names = [p.name.lower() for p in folder.glob("*.whl")]
    missing = [n.rstrip("-") for n in NEEDED if not any(w.startswith(n) for w in names)]
    assert not missing, f"the wheelhouse at {folder} lacks {', '.join(missing)}"
    return folder.resolve()


def offline_env(tmp: Path) -> dict[str, str]:
    """Return an environment in which pip sees no index, mirror or config of this machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL"))}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", HOME=str(tmp))
    env.update(QT_QPA_PLATFORM="offscreen", NOTADESK_DATA_DIR=str(tmp / "data"))
    return env


def run(cmd: list[str], tmp: Path, *, offline: bool = True) -> subprocess.CompletedProcess:
    """Run a command from tmp (not the repo), without network where the kernel allows."""
    prefix = list(unshare_prefix() or ()) if offline else []
    done = subprocess.run(
        [*prefix, *cmd], cwd=tmp, env=offline_env(tmp), capture_output=True, text=True
    )
    assert done.returncode == 0, f"{cmd[:4]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.mark.slow
def test_wheel_installs_from_wheelhouse_and_runs(tmp_path: Path) -> None:
    wheels = wheelhouse()
    pip_offline = ["--no-index", "--find-links", str(wheels), "--quiet"]
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", *pip_offline, "-w", str(dist),
         str(REPO)], tmp_path)  # fmt: skip
    (built,) = dist.glob("notadesk-*.whl")

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", *pip_offline, str(built)], tmp_path)

    # The installed program, not the checkout, is what runs.
    where = run([str(python), "-c", "import notadesk; print(notadesk.__file__)"], tmp_path)
    assert where.stdout.strip().startswith(str(venv))
    notadesk = str(venv / "bin" / "notadesk")
    assert "notadesk 0.1" in run([notadesk, "--version"], tmp_path).stdout
    run([notadesk, "demo"], tmp_path)
    assert REFERENCE in run([notadesk, "list"], tmp_path).stdout
    pdf = tmp_path / "nota.pdf"
    run([notadesk, "render", REFERENCE, "-o", str(pdf)], tmp_path)
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    assert "MINUSMA" in reader.pages[0].extract_text()
