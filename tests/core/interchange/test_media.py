"""Removable media: where the file dialog starts."""

from __future__ import annotations

from notadesk.core.interchange import removable_media_dirs


def test_lists_mounted_folders_under_the_users_media_roots(tmp_path):
    media, run_media = tmp_path / "media" / "anna", tmp_path / "run" / "media" / "anna"
    (media / "USB-STICK").mkdir(parents=True)
    (run_media / "KINGSTON").mkdir(parents=True)
    (media / "not-a-folder").write_text("x")
    found = removable_media_dirs(user="anna", roots=[media, run_media, tmp_path / "missing"])
    assert found == [media / "USB-STICK", run_media / "KINGSTON"]


def test_nothing_mounted_gives_an_empty_list(tmp_path):
    assert removable_media_dirs(user="anna", roots=[tmp_path / "media" / "anna"]) == []


def test_default_roots_never_fail():
    assert all(p.is_dir() for p in removable_media_dirs())
