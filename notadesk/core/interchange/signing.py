"""Each workstation's Ed25519 signing key, package signatures, and public-key files.

The private key is made at first use in ``DATA_DIR/keys/`` (mode 0600, folder 0700) and never
leaves it: the program has no way to export it. A package's signature covers the exact bytes
of its manifest, which lists the SHA-256 of every other entry, so it covers the whole package.
A public-key file (``notadesk trust key -o FILE``) carries the public half to other
workstations, where an administrator or user adds it to the trusted keys.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notadesk.errors import PackageError, TrustError

ALGORITHM = "ed25519"
KEY_DIR = "keys"
KEY_FILE = "signing-ed25519.pem"
SIGNATURE = "signature.json"
SIGNATURE_FORMAT = "notadesk-package-signature"
PUBLIC_KEY_FORMAT = "notadesk-public-key"
PUBLIC_KEY_FILE_BYTES = 4096
SIGNATURE_BYTES = 4096
HEX64 = re.compile(r"[0-9a-f]{64}")
HEX128 = re.compile(r"[0-9a-f]{128}")


@dataclass(frozen=True)
class Signer:
    """Whose key signed a package: the public key, its fingerprint, the workstation's name."""

    public_key: str
    """The raw 32-byte Ed25519 public key, hex."""
    name: str
    workstation: str

    @property
    def fingerprint(self) -> str:
        """Return the SHA-256 of the raw public key, hex (what the trust list compares)."""
        return fingerprint_of(self.public_key)

    @property
    def short(self) -> str:
        """Return the fingerprint as people compare it aloud: 4 groups of 4."""
        return short_fingerprint(self.fingerprint)

    def as_json(self) -> dict[str, str]:
        """Return the signer as a JSON-ready dict."""
        return {
            "fingerprint": self.fingerprint,
            "name": self.name,
            "workstation": self.workstation,
            "public_key": self.public_key,
        }


def fingerprint_of(public_key_hex: str) -> str:
    """Return a public key's fingerprint (SHA-256 of its 32 raw bytes, hex)."""
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    """Return the first 16 hex digits of a fingerprint in groups of 4."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, 16, 4))


def workstation_name() -> str:
    """Return this computer's name as the operating system gives it (no network involved)."""
    name = "".join(c for c in platform.node() if c.isprintable()).strip()
    return name[:100] or "workstation"


# --- the private key -------------------------------------------------------------------------


def _key_path(data_dir: Path) -> Path:
    return data_dir / KEY_DIR / KEY_FILE


_loaded: dict[Path, Any] = {}


def _private_key(data_dir: Path) -> Any:
    """Return this workstation's private key, making it (0600) on first use."""
    path = _key_path(data_dir)
    key = _loaded.get(path)
    if key is None or not path.exists():
        key = _loaded[path] = _load_or_make(path)
    return key


def _load_or_make(path: Path) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix" and (path.parent.stat().st_mode & 0o777) != 0o700:
            path.parent.chmod(0o700)
        if not path.exists():
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            temp = path.with_name(f".{path.name}.{os.getpid()}.part")
            fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            try:
                os.write(fd, pem)
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(temp, path)  # fails when another process made the key first
            except FileExistsError:
                pass
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()
        if os.name == "posix" and (path.stat().st_mode & 0o777) != 0o600:
            path.chmod(0o600)
        data = path.read_bytes()
    except OSError as exc:
        raise TrustError(
            f"This workstation's signing key in {path.parent} cannot be used: "
            f"{exc.strerror or exc}."
        ) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise TrustError(
            f"This workstation's signing key {path} is damaged; ask the administrator to "
            "move it aside (a new key is then made, and must be trusted anew)."
        )
    return key


def own_signer(data_dir: Path, workstation: str) -> Signer:
    """Return this workstation as a signer (making its key on first use)."""
    from cryptography.hazmat.primitives import serialization

    raw = (
        _private_key(data_dir)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return Signer(raw.hex(), workstation_name(), workstation)


def sign(data_dir: Path, data: bytes) -> str:
    """Return this workstation's Ed25519 signature over data, hex."""
    return str(_private_key(data_dir).sign(data).hex())


def signature_entry(signature_hex: str) -> bytes:
    """Return the bytes of a package's signature.json."""
    value = {"format": SIGNATURE_FORMAT, "algorithm": ALGORITHM, "signature": signature_hex}
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


# --- checking --------------------------------------------------------------------------------


def signer_from_manifest(value: Any, workstation: str) -> Signer:
    """Return the signer a (schema-checked) manifest names."""
    return Signer(str(value["public_key"]), str(value["name"]), workstation)


def check_signature(signer: Signer, manifest: bytes, entry: bytes) -> None:
    """Check a package's signature.json against its manifest bytes.

    Raises:
        PackageError: the signature entry is malformed or does not match (a changed or
            forged package).
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        value = json.loads(entry.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        value = None
    if (
        not isinstance(value, dict)
        or set(value) != {"format", "algorithm", "signature"}
        or value["format"] != SIGNATURE_FORMAT
        or value["algorithm"] != ALGORITHM
        or not isinstance(value["signature"], str)
        or not HEX128.fullmatch(value["signature"])
    ):
        raise PackageError(f"The package's {SIGNATURE} is not a notadesk signature.")
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(signer.public_key))
        key.verify(bytes.fromhex(value["signature"]), manifest)
    except (InvalidSignature, ValueError):
        raise PackageError(
            "The package's signature does not match its contents: it was changed after it "
            f"was signed by {signer.name} ({signer.short}), or it is forged."
        ) from None


# --- public-key files ------------------------------------------------------------------------


def public_key_file(signer: Signer) -> bytes:
    """Return the bytes of a public-key file for this signer."""
    value = {
        "format": PUBLIC_KEY_FORMAT,
        "format_version": 1,
        "algorithm": ALGORITHM,
        "public_key": signer.public_key,
        "fingerprint": signer.fingerprint,
        "name": signer.name,
        "workstation": signer.workstation,
    }
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_public_key_file(data: bytes) -> Signer:
    """Return the key a public-key file holds.

    Raises:
        TrustError: it is not a notadesk public-key file, or its fingerprint does not match.
    """
    if len(data) > PUBLIC_KEY_FILE_BYTES:
        raise TrustError("The file is too large to be a notadesk public-key file.")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        value = None
    if not isinstance(value, dict) or value.get("format") != PUBLIC_KEY_FORMAT:
        raise TrustError("The file is not a notadesk public-key file.")
    key, name, ws = value.get("public_key"), value.get("name"), value.get("workstation")
    if (
        value.get("algorithm") != ALGORITHM
        or not isinstance(key, str)
        or not HEX64.fullmatch(key)
        or not isinstance(name, str)
        or not isinstance(ws, str)
        or len(name) > 100
        or len(ws) > 36
        or any(not c.isprintable() for c in name + ws)
    ):
        raise TrustError("The public-key file is damaged or not of a kind notadesk knows.")
    signer = Signer(key, name, ws)
    if value.get("fingerprint") != signer.fingerprint:
        raise TrustError(
            "The public-key file's fingerprint does not match its key: it was changed."
        )
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key))
    except ValueError:
        raise TrustError("The public-key file holds no valid Ed25519 key.") from None
    return signer
