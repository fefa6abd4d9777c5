"""The organisation's letterhead, as data: ministry, directorate, address lines and a logo.

The organisation supplies it in the administrator's policy (``letterhead``: ``organisation``,
``unit``, ``address`` — a list of lines — and ``logo``, the path of a PNG or JPEG file) or in
the workstation settings (``letterhead.organisation`` … ``letterhead.logo``); the policy's,
when it has one, wins over the settings. No logo ships with notadesk. Nothing configured: no
letterhead.
It prints at the top of the first page's reference column, as the house style puts the
sender's block there: the logo, then the organisation in bold, the unit and the address.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notadesk.errors import RenderError, ValidationError

if TYPE_CHECKING:
    from notadesk.core.policy.administrator import Policy

KEYS = ("letterhead.organisation", "letterhead.unit", "letterhead.address", "letterhead.logo")
"""The settings that make up the letterhead."""

MAX_ADDRESS_LINES = 6
MAX_LINE = 120
MAX_LOGO_BYTES = 4 * 1024 * 1024
MAX_LOGO_SIDE = 4000
"""The most pixels a logo may have on a side (it prints at most 14 mm high)."""
LOGO_HEIGHT_MM = 14.0
"""The logo is scaled to at most this height (and the column's width)."""


@dataclass(frozen=True)
class Letterhead:
    """What the first page's column starts with."""

    organisation: str = ""
    unit: str = ""
    address: tuple[str, ...] = ()
    logo: bytes = b""  # PNG or JPEG bytes, read when the print was asked for


def check_letterhead_line(value: Any, what: str) -> str:
    """Return one line of a letterhead with its spaces tidied.

    Raises:
        ValidationError: not one line of text of at most ``MAX_LINE`` characters.
    """
    if not isinstance(value, str) or any(ord(c) < 32 for c in value) or len(value) > MAX_LINE:
        raise ValidationError(f"{what} must be one line of at most {MAX_LINE} characters.")
    return " ".join(value.split())


def check_letterhead_setting(key: str, value: Any) -> Any:
    """Return a letterhead setting's value fit to store.

    Raises:
        ValidationError: not a line of text, too many address lines, or a logo that is not
            a readable PNG or JPEG file.
    """
    if value in (None, "", []):
        return [] if key == "letterhead.address" else ""
    if key == "letterhead.address":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or len(value) > MAX_ADDRESS_LINES:
            raise ValidationError(
                f"The letterhead address is a list of at most {MAX_ADDRESS_LINES} lines."
            )
        return [check_letterhead_line(v, "Each address line") for v in value]
    if key == "letterhead.logo":
        path = check_letterhead_line(value, "The logo's path")
        read_logo(path)  # refuse now what would fail at print time
        return path
    return check_letterhead_line(value, "The letterhead " + key.removeprefix("letterhead."))


def read_logo(path: str) -> bytes:
    """Return a logo file's bytes after checking it is a PNG or JPEG image of a logo's size.

    Only a regular file is read, and never more than ``MAX_LOGO_BYTES`` of it (a device, a
    pipe or a link to one is refused before it is read); an image of more than
    ``MAX_LOGO_SIDE`` pixels on a side is refused before it is decoded (a small file can
    unpack to gigabytes).

    Raises:
        ValidationError: missing, unreadable, not a file, too large or not an image.
    """
    try:
        fd = os.open(Path(path).expanduser(), os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ValidationError(
            f"The letterhead logo {path} cannot be read: {exc.strerror or exc}."
        ) from exc
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ValidationError(f"The letterhead logo {path} is not an image file.")
        if st.st_size > MAX_LOGO_BYTES:
            raise ValidationError(f"The letterhead logo {path} is larger than 4 MB.")
        try:
            data = f.read(MAX_LOGO_BYTES + 1)
        except OSError as exc:
            raise ValidationError(
                f"The letterhead logo {path} cannot be read: {exc.strerror or exc}."
            ) from exc
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(f"The letterhead logo {path} is larger than 4 MB.")
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValidationError(f"The letterhead logo {path} is not a PNG or JPEG image.")
    _check_logo_image(data, path)
    return data


def _check_logo_image(data: bytes, path: str) -> None:
    """Refuse an image too large to draw or whose file is damaged, without decoding it."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below
            image = Image.open(io.BytesIO(data))
        with image:
            width, height = image.size
            if max(width, height) > MAX_LOGO_SIDE:
                raise ValidationError(
                    f"The letterhead logo {path} is {width} × {height} pixels; a logo has at "
                    f"most {MAX_LOGO_SIDE} on a side."
                )
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(
            f"The letterhead logo {path} has more pixels than a logo has; at most "
            f"{MAX_LOGO_SIDE} on a side."
        ) from None
    except Exception:  # Pillow raises many kinds for a damaged file
        raise ValidationError(
            f"The letterhead logo {path} is damaged: it cannot be read as an image."
        ) from None


def letterhead_in_force(settings: dict[str, Any], policy: Policy) -> Letterhead | None:
    """Return the letterhead to print: the administrator's policy's, else the settings'.

    ``settings`` are the workstation's ``letterhead.*`` settings. None: nothing configured.

    Raises:
        RenderError: the logo file cannot be used any more.
    """
    if policy.letterhead is not None:
        return letterhead_from_settings(
            dict(policy.letterhead),
            fix=f"Ask the administrator to fix the letterhead's logo in {policy.source}.",
        )
    return letterhead_from_settings(settings)


def letterhead_from_settings(
    values: dict[str, Any], *, fix: str = "Fix the letterhead.logo setting."
) -> Letterhead | None:
    """Return the configured letterhead (logo read now), or None when nothing is set.

    ``fix`` is the sentence that says where to mend an unusable logo.

    Raises:
        RenderError: the logo file cannot be used any more.
    """
    organisation = str(values.get("letterhead.organisation") or "")
    unit = str(values.get("letterhead.unit") or "")
    address = tuple(str(v) for v in values.get("letterhead.address") or [])
    logo_path = str(values.get("letterhead.logo") or "")
    if not (organisation or unit or address or logo_path):
        return None
    logo = b""
    if logo_path:
        try:
            logo = read_logo(logo_path)
        except ValidationError as exc:
            raise RenderError(f"{exc} {fix}") from exc
    return Letterhead(organisation, unit, address, logo)


def logo_image(letterhead: Letterhead, width: float, height: float) -> tuple[Any, float, float]:
    """Return the logo as a ReportLab image reader with its drawn width and height (points).

    Raises:
        RenderError: the image cannot be decoded.
    """
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(letterhead.logo))
        w, h = reader.getSize()
    except Exception as exc:
        raise RenderError("The letterhead logo cannot be read as an image.") from exc
    scale = min(width / w, height / h)
    return reader, w * scale, h * scale
