"""The administrator's policy: a read-only file in the system-wide configuration folder.

It holds the workstation ceiling, the marking schemes allowed, whether packages must be
signed by a trusted key, whether users may trust keys themselves, the keys it pins, the
schemes whose portion marks it requires (where the scheme leaves them optional) and the
organisation's letterhead. A
user's settings may only make things stricter (:mod:`notadesk.core.policy.gate`). Without a
policy file the defaults are notadesk's own (everything as before the policy existed). A
policy file that exists but cannot be read or is not valid stops every check that needs it:
a broken policy never silently means "no policy".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notadesk.core.model.jsonform import refuse_duplicate_keys
from notadesk.core.policy.markings import is_known_level, schemes
from notadesk.core.render.letterhead import check_letterhead_line
from notadesk.errors import PolicyError, ValidationError
from notadesk.paths import policy_path
from notadesk.resources import load_json

POLICY_FORMAT = "notadesk-policy"
POLICY_BYTES = 1024 * 1024
DEFAULT_MIN_WORDS = 3


@dataclass(frozen=True)
class PinnedKey:
    """A public key the policy trusts."""

    name: str
    public_key: str


@dataclass(frozen=True)
class Policy:
    """What the administrator decided (the defaults when there is no policy file)."""

    ceiling: str | None = None
    schemes: frozenset[str] | None = None
    """The marking schemes allowed (None: every scheme notadesk knows)."""
    packages_must_be_signed: bool = False
    users_may_trust_keys: bool = True
    trusted_keys: tuple[PinnedKey, ...] = ()
    justification_min_words: int = DEFAULT_MIN_WORDS
    portion_marks: frozenset[str] = frozenset()
    """Schemes whose portion marks are required here although the scheme makes them optional."""
    letterhead: tuple[tuple[str, Any], ...] | None = None
    """The letterhead as settings (``letterhead.organisation`` …); None: the settings' own."""
    database: str | None = None
    """The team database every user here works in (a PostgreSQL URL; None: the user's
    choice, by default SQLite in the data folder). See ``core/storage/selection.py``."""
    source: Path | None = None
    """The file it was read from (None: no policy file, the defaults)."""

    def as_json(self) -> dict[str, Any]:
        """Return the policy in force as a JSON-ready dict."""
        return {
            "source": str(self.source) if self.source else None,
            "ceiling": self.ceiling,
            "schemes": sorted(self.schemes) if self.schemes is not None else None,
            "packages_must_be_signed": self.packages_must_be_signed,
            "users_may_trust_keys": self.users_may_trust_keys,
            "trusted_keys": [
                {"name": k.name, "public_key": k.public_key} for k in self.trusted_keys
            ],
            "justification_min_words": self.justification_min_words,
            "portion_marks": sorted(self.portion_marks),
            "letterhead": (
                {k.removeprefix("letterhead."): v for k, v in self.letterhead}
                if self.letterhead is not None
                else None
            ),
            "database": self.database,
        }


_cache: tuple[tuple[Path, int, int], Policy] | None = None


def load_policy(path: Path | None = None) -> Policy:
    """Return the policy in force (read again whenever the file changes).

    Raises:
        PolicyError: a policy file exists but cannot be read or is not valid.
    """
    global _cache
    path = path or policy_path()
    try:
        st = path.stat()
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise _broken(path, exc.strerror or str(exc)) from None
    key = (path, st.st_mtime_ns, st.st_size)
    if _cache is not None and _cache[0] == key:
        return _cache[1]
    if st.st_size > POLICY_BYTES:
        raise _broken(path, "it is larger than a policy can be")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _broken(path, exc.strerror or str(exc)) from None
    policy = parse_policy(raw, path)
    _cache = (key, policy)
    return policy


def _broken(path: Path, reason: str) -> PolicyError:
    return PolicyError(
        f"The administrator's policy {path} cannot be used ({reason}); nothing that needs it "
        "is done until the administrator corrects it."
    )


def parse_policy(raw: bytes, path: Path) -> Policy:
    """Return the policy a file's bytes hold.

    Raises:
        PolicyError: the bytes are not a valid policy.
    """
    import jsonschema

    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=refuse_duplicate_keys)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _broken(path, f"it is not valid JSON: {str(exc)[:80]}") from None
    validator = jsonschema.Draft202012Validator(load_json("schemas", "policy.schema.json"))
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        where = ".".join(str(p) for p in errors[0].absolute_path) or "(top)"
        raise _broken(path, f"at {where}: {errors[0].message[:120]}")
    ceiling = value.get("ceiling")
    if ceiling is not None and not is_known_level(ceiling):
        raise _broken(path, f"its ceiling {ceiling!r} is not a level notadesk knows")
    known = {s.id for s in schemes()}
    allowed = value.get("schemes")
    if allowed is not None and not set(allowed) <= known:
        unknown = sorted(set(allowed) - known)[0]
        raise _broken(path, f"the scheme {unknown!r} is not one notadesk knows")
    marked = value.get("portion_marks", [])
    if not set(marked) <= known:
        unknown = sorted(set(marked) - known)[0]
        raise _broken(path, f"the scheme {unknown!r} in portion_marks is not one notadesk knows")
    keys = []
    for item in value.get("trusted_keys", []):
        if "fingerprint" in item and item["fingerprint"] != _fingerprint(item["public_key"]):
            raise _broken(path, f"the fingerprint of the key {item['name']!r} does not match it")
        keys.append(PinnedKey(item["name"], item["public_key"]))
    return Policy(
        ceiling=ceiling,
        schemes=frozenset(allowed) if allowed is not None else None,
        packages_must_be_signed=bool(value.get("packages_must_be_signed", False)),
        users_may_trust_keys=bool(value.get("users_may_trust_keys", True)),
        trusted_keys=tuple(keys),
        justification_min_words=int(value.get("justification_min_words", DEFAULT_MIN_WORDS)),
        portion_marks=frozenset(marked),
        letterhead=_letterhead(value.get("letterhead"), path),
        database=_database(value.get("database"), path),
        source=path,
    )


def _database(url: str | None, path: Path) -> str | None:
    """Return the policy's team database URL, refusing one libpq cannot read or with a
    password in it (the policy is readable by all; notadesk stores no password)."""
    if url is None:
        return None
    from notadesk.core.storage.selection import server_parts
    from notadesk.errors import StorageError

    try:
        parts = server_parts(url)
    except StorageError:
        raise _broken(path, "its database is not a PostgreSQL URL libpq can read") from None
    if "password" in parts:
        raise _broken(path, "its database URL holds a password; notadesk stores none")
    return url


def _letterhead(value: dict[str, Any] | None, path: Path) -> tuple[tuple[str, Any], ...] | None:
    """Return the policy's letterhead as settings, each line checked (the logo at print)."""
    if value is None:
        return None
    out: list[tuple[str, Any]] = []
    for key in ("organisation", "unit", "address", "logo"):
        item = value.get(key)
        if item is None:
            continue
        try:
            if isinstance(item, list):
                item = [check_letterhead_line(v, f"Each letterhead {key} line") for v in item]
            else:
                item = check_letterhead_line(item, f"The letterhead {key}")
        except ValidationError as exc:
            raise _broken(path, str(exc).rstrip(".")) from None
        if key == "logo" and not Path(item).is_absolute():  # never where the user starts it
            raise _broken(path, "its letterhead logo must be an absolute path")
        out.append((f"letterhead.{key}", item))
    return tuple(out)


def _fingerprint(public_key_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()
