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
