"""PDF/A-2b for the archive: XMP metadata, an sRGB output intent, deterministic bytes.

ReportLab writes the nota with every font embedded (subsets of the shipped TrueType files) and
nothing PDF/A forbids (no JavaScript, no encryption, no external references). What it cannot
write is the XMP metadata stream that identifies the file as PDF/A and the output intent with
its ICC profile; pikepdf (qpdf) adds both. The document information dictionary and the XMP
carry the same title, author, subject, keywords and dates (ReportLab's invariant date), and the
file identifier is derived from the content, so the same nota still gives the same bytes.
"""

from __future__ import annotations

import io
from functools import cache

from notadesk.errors import RenderError
from notadesk.resources import resource_path

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
ICC_FILE = ("color", "sRGB.icc")


@cache
def srgb_profile() -> bytes:
    """Return the shipped sRGB ICC profile (colord's, CC0)."""
    return resource_path(*ICC_FILE).read_bytes()


def to_pdfa(pdf: bytes) -> bytes:
    """Return a ReportLab PDF as PDF/A-2b: XMP identification and an sRGB output intent.

    Raises:
        RenderError: the PDF could not be rewritten (never expected for our own output).
    """
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            if "/Trapped" in doc.docinfo:  # no XMP equivalent: info and XMP must agree
                del doc.docinfo["/Trapped"]
            with doc.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta.load_from_docinfo(doc.docinfo)
                meta["pdfaid:part"] = PDFA_PART
                meta["pdfaid:conformance"] = PDFA_CONFORMANCE
                meta["pdf:Producer"] = str(doc.docinfo.get("/Producer", "notadesk"))
                meta["xmp:CreatorTool"] = str(doc.docinfo.get("/Creator", "notadesk"))
                meta["xmp:MetadataDate"] = meta["xmp:ModifyDate"]
            profile = doc.make_stream(srgb_profile())
            profile["/N"] = 3
            intent = pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent,
                S=pikepdf.Name.GTS_PDFA1,
                OutputConditionIdentifier=OUTPUT_CONDITION,
                Info=OUTPUT_CONDITION,
                RegistryName="http://www.color.org",
                DestOutputProfile=profile,
            )
            doc.Root.OutputIntents = pikepdf.Array([intent])
            out = io.BytesIO()
            doc.save(
                out,
                deterministic_id=True,
                compress_streams=True,
                object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                linearize=False,
            )
    except pikepdf.PdfError as exc:  # pragma: no cover - our own output always parses
        raise RenderError(f"The archival PDF could not be made: {exc}.") from exc
    return out.getvalue()
