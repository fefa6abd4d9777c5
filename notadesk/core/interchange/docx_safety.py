"""The door for Word files: what is checked before python-docx ever sees the bytes.

A .docx is a ZIP of XML parts. Before it is parsed, the file is checked to be one: not an
old or password-protected Word file (both are OLE compound files), not a damaged ZIP, not a
macro-enabled document (refused, never executed: notadesk runs no macro, but such a file is
not accepted either), and not a ZIP bomb (the expanded size is bounded from the ZIP's own
directory, and Python's zipfile never inflates a member past its declared size). Each refusal
is one sentence (:class:`~notadesk.errors.WordDocumentError`).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from notadesk.errors import WordDocumentError

MAX_FILE_BYTES = 100 * 1024 * 1024
"""The largest Word file read (photos make big files; the text is small)."""
MAX_EXPANDED_BYTES = 256 * 1024 * 1024
"""The most all parts of a Word file may expand to (python-docx holds every part in memory)."""
MAX_PARTS = 5000
"""The most parts (ZIP members) a Word file may have."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_MACRO_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    "application/vnd.ms-office.vbaProject",
)
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def read_word_file(path: Path) -> bytes:
    """Return the bytes of a Word file after checking that it is safe to open.

    Raises:
        WordDocumentError: the file is missing, too big, not a .docx, encrypted, damaged,
            macro-enabled or a ZIP bomb.
    """
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise WordDocumentError(f"{name} is a folder, not a Word document.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WordDocumentError(
                f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                "notadesk reads Word documents up to that size."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise WordDocumentError(f"There is no file {path}.") from None
    except OSError as exc:
        raise WordDocumentError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if path.suffix.lower() in (".docm", ".dotm"):
        raise WordDocumentError(_macro_sentence(name))
    check_word_bytes(data, name)
    return data


def check_word_bytes(data: bytes, name: str = "The file") -> None:
    """Check that bytes are a plain .docx that is safe to hand to python-docx.

    Raises:
        WordDocumentError: as :func:`read_word_file`.
    """
    if len(data) > MAX_FILE_BYTES:
        raise WordDocumentError(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "notadesk reads Word documents up to that size."
        )
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise WordDocumentError(
                f"{name} is protected with a password; remove the password in Word "
                "(File › Info › Protect Document) and import it again."
            )
        raise WordDocumentError(
            f"{name} is an old Word 97–2003 document (.doc) or another Office file, not a "
            ".docx; save it as a Word document (.docx) first."
        )
    if not data.startswith(ZIP_MAGIC):
        raise WordDocumentError(f"{name} is not a Word document (.docx).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise WordDocumentError(
            f"{name} is damaged: it is not a complete .docx file (the ZIP cannot be read)."
        ) from None
    with archive:
        _check_members(members, name)
        content_types = _read_member(archive, "[Content_Types].xml", name)
    types = content_types.decode("utf-8", errors="replace")
    if any(t in types for t in _MACRO_TYPES) or any(
        m.filename.lower().endswith("vbaproject.bin") for m in members
    ):
        raise WordDocumentError(_macro_sentence(name))
    if _DOCUMENT_TYPE not in types:
        if _TEMPLATE_TYPE in types:
            raise WordDocumentError(
                f"{name} is a Word template (.dotx); open it in Word and save it as a "
                "document (.docx) first."
            )
        raise WordDocumentError(
            f"{name} is not a Word document: it is another kind of Office file."
        )


def _check_members(members: list[zipfile.ZipInfo], name: str) -> None:
    if len(members) > MAX_PARTS:
        raise WordDocumentError(
            f"{name} has more than {MAX_PARTS} parts; it is not a Word document notadesk reads."
        )
    expanded = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise WordDocumentError(
                f"{name} is protected with a password; remove the password and import it again."
            )
        expanded += member.file_size
    if expanded > MAX_EXPANDED_BYTES:
        raise WordDocumentError(
            f"{name} would expand to more than {MAX_EXPANDED_BYTES // (1024 * 1024)} MB "
            "(a ZIP bomb or an oversized document); it was not opened."
        )


def _read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    try:
        return archive.read(member)
    except KeyError:
        raise WordDocumentError(f"{name} is not a Word document (.docx).") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise WordDocumentError(f"{name} is damaged: a part of the .docx cannot be read.") from None


def _macro_sentence(name: str) -> str:
    return (
        f"{name} is a macro-enabled Word document (.docm); notadesk does not open documents "
        "with macros. Save it in Word as a Word document (.docx) and import that."
    )
