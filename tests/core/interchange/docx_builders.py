"""Word documents made in the tests: with python-docx, plus raw WordprocessingML where
python-docx has no API (tracked changes, fields, hidden text, own numbering definitions)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
from docx.oxml.parser import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415478da63f8cfc00000030101004b6b4c2f0000000049454e44ae426082"
)


def new_document() -> Any:
    return docx.Document()


def to_bytes(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def append_xml(document: Any, xml: str) -> None:
    """Append a body-level element (w:p, w:tbl, …) given as XML with the w: prefix."""
    element = parse_xml(xml.replace(">", f' xmlns:w="{W_NS}">', 1))
    body = document.element.body
    body.insert(len(body) - 1, element)


def paragraph_xml(inner: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def run_xml(text: str, rpr: str = "") -> str:
    return (
        f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def add_numbering(document: Any, abstract_id: int, num_id: int, formats: list[str]) -> None:
    """Add an abstract numbering with one numFmt per level, and a num using it."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="%{i + 1}."/></w:lvl>'
        for i, fmt in enumerate(formats)
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
    )
    numbering.find(f"{{{W_NS}}}num").addprevious(abstract)
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            "</w:num>"
        )
    )


def list_paragraph(document: Any, text: str, num_id: int, level: int) -> None:
    append_xml(
        document,
        paragraph_xml(
            run_xml(text),
            f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>',
        ),
    )


def replace_part(data: bytes, name: str, content: bytes | None) -> bytes:
    """Return a copy of a ZIP with one member replaced (or removed when content is None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename == name:
                continue
            dst.writestr(item, src.read(item.filename))
        if content is not None:
            dst.writestr(name, content)
    return out.getvalue()


def with_body(data: bytes, body_xml: str) -> bytes:
    """Return a .docx whose body is exactly ``body_xml`` (w: elements, no sectPr needed)."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        document = src.read("word/document.xml").decode("utf-8")
    start = document.index("<w:body>") + len("<w:body>")
    end = document.index("</w:body>")
    return replace_part(
        data, "word/document.xml", (document[:start] + body_xml + document[end:]).encode()
    )
