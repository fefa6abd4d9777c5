"""The pieces of the offline bundle: checksums the installer enforces, and complete notices."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLERS = REPO / "packaging" / "installers"


@pytest.fixture
def packaging_module(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(REPO / "packaging"))

    def load(name: str) -> ModuleType:
        return importlib.import_module(name)

    return load


def _fake_bundle(tmp: Path, build_bundle: ModuleType) -> Path:
    bundle = tmp / "bundle"
    (bundle / "wheelhouse").mkdir(parents=True)
    (bundle / "wheelhouse" / "example-1.0-py3-none-any.whl").write_bytes(b"not a real wheel")
    (bundle / "THIRD-PARTY-NOTICES.txt").write_text("notices\n")
    shutil.copy2(INSTALLERS / "install.sh", bundle / "install.sh")
    build_bundle.write_sums(bundle)
    return bundle


def _install(bundle: Path, tmp: Path) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp / "home")}
    return subprocess.run(
        ["sh", str(bundle / "install.sh"), str(tmp / "target")],
        env=env,
        capture_output=True,
        text=True,
    )


def test_sums_cover_every_file(tmp_path: Path, packaging_module) -> None:
    bundle = _fake_bundle(tmp_path, packaging_module("build_bundle"))
    listed = {line.split("  ", 1)[1] for line in (bundle / "SHA256SUMS").read_text().splitlines()}
    assert listed == {
        "wheelhouse/example-1.0-py3-none-any.whl",
        "THIRD-PARTY-NOTICES.txt",
        "install.sh",
    }
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True)
    assert check.returncode == 0


def test_installer_refuses_a_damaged_bundle(tmp_path: Path, packaging_module) -> None:
    bundle = _fake_bundle(tmp_path, packaging_module("build_bundle"))
    (bundle / "wheelhouse" / "example-1.0-py3-none-any.whl").write_bytes(b"tampered")
    done = _install(bundle, tmp_path)
    assert done.returncode != 0
    assert "does not match SHA256SUMS" in done.stderr
    assert not (tmp_path / "target").exists()


def test_installer_checks_then_installs_from_the_wheelhouse_only(
    tmp_path: Path, packaging_module
) -> None:
    # An intact bundle whose wheelhouse lacks notadesk: the sums pass, pip (offline) finds nothing.
    bundle = _fake_bundle(tmp_path, packaging_module("build_bundle"))
    done = _install(bundle, tmp_path)
    assert "all files match SHA256SUMS" in done.stdout
    assert done.returncode != 0
    assert "could not install notadesk from the wheelhouse" in done.stderr


def test_notices_name_every_bundled_dependency_and_font(packaging_module) -> None:
    notices = packaging_module("notices")
    wheelhouse = packaging_module("wheelhouse")
    runtime = wheelhouse.runtime_requirements()
    text = notices.notices_text(runtime)
    closure = wheelhouse.installed_closure(runtime)
    assert {"pyside6-essentials", "reportlab", "sqlalchemy"} <= set(closure)
    for dist in closure.values():
        assert f"\n{dist.metadata['Name']} {dist.version}\n" in text
    assert text.count("\nLicence: ") >= len(closure)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # PySide6 ships no licence file
    fonts = sorted((REPO / "resources" / "fonts").glob("*.ttf"))
    assert fonts
    for font in fonts:
        assert f"Font file: {font.name}" in text


def test_notices_refuse_a_font_without_licence(tmp_path: Path, packaging_module) -> None:
    notices = packaging_module("notices")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "Secret.ttf").write_bytes(b"\0")
    with pytest.raises(SystemExit, match="no licence file"):
        notices.resource_sections(tmp_path)


def _wheel(folder: Path, name: str, version: str, requires: list[str], tag: str) -> None:
    import zipfile

    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    meta += "".join(f"Requires-Dist: {r}\n" for r in requires)
    path = folder / f"{name}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}-{version}.dist-info/METADATA", meta)


def test_resolve_evaluates_markers_for_each_target(tmp_path: Path, packaging_module) -> None:
    resolve = packaging_module("resolve")
    wheelhouse = packaging_module("wheelhouse")
    targets = {t.name: t for t in wheelhouse.TARGETS}
    requires = [
        "qt==1; python_version < '3.12'",
        "qt>=2; python_version >= '3.12'",
        "winhelper; sys_platform == 'win32'",
    ]
    _wheel(tmp_path, "notadesk", "0.1", requires, "py3-none-any")
    _wheel(tmp_path, "qt", "1", [], "cp310-abi3-manylinux_2_34_x86_64")
    _wheel(tmp_path, "qt", "2", ["shib==2"], "cp310-abi3-manylinux_2_34_x86_64")
    _wheel(tmp_path, "shib", "2", [], "cp310-abi3-manylinux_2_34_x86_64")

    old = resolve.resolve(tmp_path, targets["linux-x86_64-cp311"])
    new = resolve.resolve(tmp_path, targets["linux-x86_64-cp312"])
    assert str(old["qt"].version) == "1" and "shib" not in old
    assert str(new["qt"].version) == "2" and "shib" in new
    # Windows needs winhelper and Windows wheels of qt: neither is there, and it says so.
    with pytest.raises(LookupError, match="no wheel for"):
        resolve.resolve(tmp_path, targets["windows-x64-cp312"])
    _wheel(tmp_path, "winhelper", "1", [], "py3-none-any")
    _wheel(tmp_path, "qt", "1", [], "cp310-abi3-win_amd64")
    assert "winhelper" in resolve.resolve(tmp_path, targets["windows-x64-cp311"])


def test_notices_from_wheels_name_platform_binaries(tmp_path: Path, packaging_module) -> None:
    import zipfile

    notices = packaging_module("notices")
    for tag, extra in (("manylinux_2_34_x86_64", {}), ("win_amd64", {"qt/vcruntime140.dll": ""})):
        path = tmp_path / f"qt-1.0-cp310-abi3-{tag}.whl"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("qt-1.0.dist-info/METADATA", "Name: qt\nVersion: 1.0\nLicense: MIT\n")
            archive.writestr("qt-1.0.dist-info/licenses/LICENSE", "Qt licence text here")
            for member, data in extra.items():
                archive.writestr(member, data)
    text = "\n".join(notices.wheel_sections(tmp_path))
    assert text.count("qt 1.0") == 1  # one entry for both platforms
    assert "Licence: MIT" in text
    assert "Qt licence text here" in text
    assert "Also inside (win_amd64): the Microsoft Visual C++ runtime" in text
