"""Every refusal of a Word file, one test each: a sentence for the person, nothing parsed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from notadesk.core.interchange import docx_safety
from notadesk.core.interchange.docx_in import read_docx, read_docx_bytes
from notadesk.errors import WordDocumentError
from tests.core.interchange.docx_builders import new_document, replace_part, to_bytes

MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
PLAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


LIBREOFFICE_DOCX = (
    Path(__file__).resolve().parent.parent.parent
    / "fixtures"
    / "docx"
    / "contribution-libreoffice.docx"
)


@pytest.fixture(params=["python-docx", "libreoffice"])
def plain_docx(request: pytest.FixtureRequest) -> bytes:
    """A good .docx made by python-docx, or saved by LibreOffice: each refusal holds for both."""
    if request.param == "libreoffice":
        return LIBREOFFICE_DOCX.read_bytes()
    doc = new_document()
    doc.add_heading("Aanleiding", 1)
    doc.add_paragraph("Tekst.")
    return to_bytes(doc)


def _refusal(data: bytes, name: str = "bijdrage.docx") -> str:
    with pytest.raises(WordDocumentError) as info:
        read_docx_bytes(data, name)
    message = str(info.value)
    assert "\n" not in message and message.endswith(".")
    assert "Traceback" not in message
    return message


def _content_types(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("[Content_Types].xml").decode()


def test_a_plain_docx_is_accepted(plain_docx):
    assert read_docx_bytes(plain_docx).sections[0].title == "Aanleiding"


def test_fifty_thousand_paragraphs_are_refused_in_either_kind_of_file(plain_docx):
    from tests.core.interchange.docx_builders import with_body

    body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 50_000
    assert "has 50,000 paragraphs" in _refusal(with_body(plain_docx, body))


@pytest.mark.parametrize(
    "data",
    [b"", b"Dit is platte tekst.\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\x00" * 100],
    ids=["empty", "text", "pdf", "zeros"],
)
def test_what_is_not_a_docx_is_named_so(data):
    assert _refusal(data) == "bijdrage.docx is not a Word document (.docx)."


def test_a_password_protected_docx_is_refused(plain_docx):
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(plain_docx)).encrypt("geheim", encrypted)
    assert "protected with a password" in _refusal(encrypted.getvalue())


def test_an_old_doc_or_other_ole_file_is_told_to_be_saved_as_docx():
    ole = docx_safety.OLE_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
    assert "old Word 97–2003 document (.doc)" in _refusal(ole)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_a_truncated_docx_is_damaged(plain_docx, keep):
    message = _refusal(plain_docx[: int(len(plain_docx) * keep)])
    assert "is damaged" in message


def test_a_docx_with_a_corrupted_part_is_damaged(plain_docx):
    with zipfile.ZipFile(io.BytesIO(plain_docx)) as z:
        info = z.getinfo("word/document.xml")
    # flip bytes inside the compressed data of word/document.xml
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    broken = bytearray(plain_docx)
    for i in range(start, start + 40):
        broken[i] ^= 0x5A
    assert "is damaged" in _refusal(bytes(broken))


def test_a_docx_whose_document_xml_is_not_xml_is_damaged(plain_docx):
    data = replace_part(plain_docx, "word/document.xml", b"<w:document>not closed")
    assert "is damaged" in _refusal(data)


def test_a_macro_enabled_document_is_refused_and_never_opened(plain_docx, monkeypatch):
    types = _content_types(plain_docx).replace(PLAIN_TYPE, MACRO_TYPE)
    types = types.replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    data = replace_part(plain_docx, "[Content_Types].xml", types.encode())
    data = replace_part(data, "word/vbaProject.bin", b'Attribute VB_Name = "Evil"')
    opened: list[object] = []
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a: opened.append(a))
    message = _refusal(data, "bijdrage.docm")
    assert "macro-enabled Word document (.docm)" in message
    assert opened == []  # python-docx was never asked to open it


def test_a_vba_part_alone_is_enough_to_refuse(plain_docx):
    data = replace_part(plain_docx, "word/vbaProject.bin", b"\x00" * 64)
    assert "macro-enabled" in _refusal(data)


def test_a_file_named_docm_is_refused_by_name_too(tmp_path, plain_docx):
    path = tmp_path / "bijdrage.docm"
    path.write_bytes(plain_docx)
    with pytest.raises(WordDocumentError, match="macro-enabled"):
        read_docx(path)


def test_a_template_is_told_to_be_saved_as_a_document(plain_docx):
    template = PLAIN_TYPE.replace("document.main", "template.main")
    data = replace_part(
        plain_docx,
        "[Content_Types].xml",
        _content_types(plain_docx).replace(PLAIN_TYPE, template).encode(),
    )
    assert "Word template (.dotx)" in _refusal(data)


def test_another_office_file_is_not_a_word_document(plain_docx):
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    data = replace_part(
        plain_docx,
        "[Content_Types].xml",
        _content_types(plain_docx).replace(PLAIN_TYPE, sheet).encode(),
    )
    assert "another kind of Office file" in _refusal(data)


def test_a_zip_bomb_is_refused_from_the_zip_directory_without_inflating(plain_docx):
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plain_docx)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        with dst.open("word/media/bomb.bin", "w", force_zip64=True) as fh:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(docx_safety.MAX_EXPANDED_BYTES // len(chunk) + 1):
                fh.write(chunk)
    data = out.getvalue()
    assert len(data) < 2 * 1024 * 1024  # small on disk
    assert "would expand to more than 256 MB" in _refusal(data)


def test_a_zip_that_lies_about_its_sizes_cannot_expand_past_them(plain_docx):
    # word/document.xml inflates to 50 MB while the ZIP's directory says 100 bytes: zipfile
    # stops at the declared size, the checksum fails, and the file is called damaged
    with zipfile.ZipFile(io.BytesIO(plain_docx)) as z:
        document = z.read("word/document.xml")
    padded = document + b"<!--" + b"x" * (50 * 1024 * 1024) + b"-->"
    data = replace_part(plain_docx, "word/document.xml", None)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/document.xml", padded)
    lying = out.getvalue().replace(len(padded).to_bytes(4, "little"), (100).to_bytes(4, "little"))
    with zipfile.ZipFile(io.BytesIO(lying)) as z:
        assert z.getinfo("word/document.xml").file_size == 100
    assert "is damaged" in _refusal(lying)


def test_too_many_parts_are_refused(plain_docx):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain_docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        for i in range(docx_safety.MAX_PARTS):
            dst.writestr(f"customXml/x{i}.xml", b"")
    assert "more than 5000 parts" in _refusal(out.getvalue())


def test_a_missing_file_and_a_folder_are_one_sentence(tmp_path):
    with pytest.raises(WordDocumentError, match="There is no file"):
        read_docx(tmp_path / "nergens.docx")
    with pytest.raises(WordDocumentError, match="is a folder"):
        read_docx(tmp_path)


def test_an_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "groot.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 2048)
    monkeypatch.setattr(docx_safety, "MAX_FILE_BYTES", 1024)
    with pytest.raises(WordDocumentError, match="larger than"):
        read_docx(Path(path))


def test_random_bytes_after_a_zip_header_never_escape_as_another_exception():
    import random

    rng = random.Random(12)
    for _ in range(200):
        data = docx_safety.ZIP_MAGIC + bytes(rng.randrange(256) for _ in range(rng.randrange(400)))
        with pytest.raises(WordDocumentError):
            read_docx_bytes(data)
