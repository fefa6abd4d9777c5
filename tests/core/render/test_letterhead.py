"""The letterhead: the organisation's block from settings, a logo it supplies, none by default."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image

from notadesk.core.examples import example_nota
from notadesk.core.render import RenderOptions, render_nota
from notadesk.core.render.letterhead import (
    Letterhead,
    check_letterhead_setting,
    letterhead_from_settings,
)
from notadesk.errors import RenderError, ValidationError
from tests.core.render.pdfread import page_texts


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (21, 66, 115)).save(path)
    return path


def images(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "l.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return listing.splitlines()[2:]


def test_no_letterhead_unless_configured(tmp_path):
    assert letterhead_from_settings({}) is None
    assert letterhead_from_settings({"letterhead.address": [], "letterhead.logo": ""}) is None
    assert images(render_nota(example_nota()).pdf, tmp_path) == []


def test_the_letterhead_heads_the_first_page_column_only(tmp_path, logo):
    head = letterhead_from_settings(
        {
            "letterhead.organisation": "Ministerie van Buitenlandse Zaken",
            "letterhead.unit": "Directie Veiligheidsbeleid",
            "letterhead.address": ["Rijnstraat 8", "2515 XP Den Haag"],
            "letterhead.logo": str(logo),
        }
    )
    assert isinstance(head, Letterhead) and head.logo
    pdf = render_nota(example_nota(), RenderOptions(letterhead=head)).pdf
    pages = page_texts(pdf)
    first = " ".join(pages[0].split())
    for line in (
        "Ministerie van Buitenlandse Zaken",
        "Directie Veiligheidsbeleid",
        "Rijnstraat 8",
        "2515 XP Den Haag",
    ):
        assert line in first
        assert all(line not in page for page in pages[1:])
    assert first.index("Directie Veiligheidsbeleid") < first.index("Datum")
    assert len(images(pdf, tmp_path)) == 1  # the logo, once, on page 1
    assert render_nota(example_nota(), RenderOptions(letterhead=head)).pdf == pdf


def test_settings_are_checked_when_set(tmp_path, logo):
    assert check_letterhead_setting("letterhead.address", "Postbus 1") == ["Postbus 1"]
    assert check_letterhead_setting("letterhead.logo", str(logo)) == str(logo)
    bad = tmp_path / "x.png"
    bad.write_bytes(b"GIF89a not a png")
    for key, value, words in [
        ("letterhead.logo", str(bad), "not a PNG or JPEG"),
        ("letterhead.logo", str(tmp_path / "missing.png"), "cannot be read"),
        ("letterhead.address", ["a"] * 7, "at most 6 lines"),
        ("letterhead.unit", "twee\nregels", "one line"),
    ]:
        with pytest.raises(ValidationError, match=words):
            check_letterhead_setting(key, value)


def test_a_logo_gone_by_print_time_is_one_sentence(tmp_path, logo):
    settings = {"letterhead.logo": str(logo)}
    logo.unlink()
    with pytest.raises(RenderError, match=r"letterhead\.logo setting"):
        letterhead_from_settings(settings)


def test_the_store_keeps_letterhead_settings(store, logo):
    store.set_setting("letterhead.organisation", "Ministerie van Defensie")
    store.set_setting("letterhead.logo", str(logo))
    values = store.settings_starting("letterhead.")
    assert values["letterhead.organisation"] == "Ministerie van Defensie"
    assert values["letterhead.address"] == []
    with pytest.raises(ValidationError):
        store.set_setting("letterhead.logo", "/nonexistent/logo.png")


def test_the_policy_letterhead_wins_and_none_without_either(tmp_path, logo, policy_file):
    from notadesk.core.policy.administrator import load_policy
    from notadesk.core.render.letterhead import letterhead_in_force

    settings = {"letterhead.organisation": "Uit de instellingen"}
    assert letterhead_in_force({}, load_policy()) is None  # neither: no letterhead
    assert letterhead_in_force(settings, load_policy()) == Letterhead("Uit de instellingen")
    policy_file(letterhead={"organisation": "Uit het beleid", "logo": str(logo)})
    head = letterhead_in_force(settings, load_policy())
    assert head is not None and head.organisation == "Uit het beleid"
    assert head.logo == logo.read_bytes() and head.unit == "" and head.address == ()
    policy_file(letterhead={})  # the administrator decided: no letterhead, whatever the settings
    assert letterhead_in_force(settings, load_policy()) is None


def test_a_policy_letterhead_line_that_is_not_one_line_breaks_the_policy(policy_file):
    from notadesk.core.policy.administrator import load_policy
    from notadesk.errors import PolicyError

    policy_file(letterhead={"unit": "twee\nregels"})
    with pytest.raises(PolicyError, match="letterhead unit must be one line"):
        load_policy()


def _png_of(width: int, height: int) -> bytes:
    """A PNG of width × height black pixels: a few hundred kB that unpack to gigabytes."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(width)  # filter byte, then one byte per grey pixel
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [20_000, 60_000])
def test_a_png_bomb_is_refused_before_it_is_decoded(tmp_path, side):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_of(side, 64) if side > 40_000 else _png_of(side, side // 4))
    assert bomb.stat().st_size < 4 * 1024 * 1024
    with pytest.raises(ValidationError, match="pixels"):
        check_letterhead_setting("letterhead.logo", str(bomb))
    with pytest.raises(RenderError, match="pixels"):
        letterhead_from_settings({"letterhead.logo": str(bomb)})


def test_a_logo_that_is_no_file_or_too_large_is_refused_without_reading_it(tmp_path, logo):
    import os
    import sys

    big = tmp_path / "big.png"
    with big.open("wb") as f:  # 50 MB, sparse: PNG signature, then nothing
        f.write(logo.read_bytes()[:8])
        f.truncate(50 * 1024 * 1024)
    link = tmp_path / "zero.png"
    link.symlink_to("/dev/zero")
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(logo.read_bytes()[:60])
    expected = [
        (big, "larger than 4 MB"),
        (link, "not an image file"),
        (fifo, "not an image file"),
        (damaged, "damaged"),
    ]
    # in a process of its own with 1 GB of memory at most: reading /dev/zero whole must fail
    # there, not here
    script = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({2**30}, {2**30}))\n"
        "from notadesk.core.render.letterhead import read_logo\n"
        "from notadesk.errors import ValidationError\n"
        "for path in sys.argv[1:]:\n"
        "    try:\n"
        "        read_logo(path)\n"
        "        print('read', path)\n"
        "    except ValidationError as exc:\n"
        "        print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, *(str(p) for p, _ in expected)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = out.stdout.splitlines()
    assert len(lines) == len(expected), out.stderr[-500:]
    for line, (path, said) in zip(lines, expected, strict=True):
        assert str(path) in line and said in line, line


@pytest.mark.parametrize("path", ["logo.png", "~/logo.png", "../etc/logo.png"])
def test_the_policy_logo_is_an_absolute_path(policy_file, tmp_path, logo, monkeypatch, path):
    """A relative or home path would be looked for where the user starts the program, or in
    the user's own home: the user could put their own logo on the organisation's letterhead."""
    from notadesk.core.policy.administrator import load_policy
    from notadesk.errors import PolicyError

    monkeypatch.chdir(logo.parent)
    monkeypatch.setenv("HOME", str(logo.parent))
    policy_file(letterhead={"organisation": "Ministerie", "logo": path})
    with pytest.raises(PolicyError, match="logo must be an absolute path"):
        load_policy()
