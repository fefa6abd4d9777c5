"""Who is working: the operating-system account and the name and function they gave.

Every revision, audit entry, comment and paraaf names its author with a :class:`Person`. The
account comes from the operating system (``getpass``); the display name and the function are
the workstation settings ``user.display_name`` and ``user.function`` (asked once at first start).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any, Protocol

UNKNOWN_ACCOUNT = "unknown"
SETTING_DISPLAY_NAME = "user.display_name"
SETTING_FUNCTION = "user.function"
MAX_NAME = 200


class SettingsSource(Protocol):
    """Anything that reads workstation settings (the store does)."""

    def get_setting(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Person:
    """One person at this workstation."""

    account: str
    display_name: str = ""
    function: str = ""

    @property
    def label(self) -> str:
        """Return how the person is named to others: the display name, else the account."""
        return self.display_name or self.account

    def as_json(self) -> dict[str, str]:
        """Return the person as a JSON-ready dict."""
        return {"account": self.account, "name": self.display_name, "function": self.function}


def os_account() -> str:
    """Return the operating-system account name (``unknown`` when the system cannot say)."""
    try:
        name = getpass.getuser()
    except Exception:  # no USER/LOGNAME and no passwd entry (containers): say so, never fail
        return UNKNOWN_ACCOUNT
    return _clean(name) or UNKNOWN_ACCOUNT


def current_person(settings: SettingsSource | None = None) -> Person:
    """Return who is working: the OS account, with name and function from the settings."""
    if settings is None:
        return Person(os_account())
    return Person(
        account=os_account(),
        display_name=_clean(settings.get_setting(SETTING_DISPLAY_NAME)),
        function=_clean(settings.get_setting(SETTING_FUNCTION)),
    )


def _clean(value: Any) -> str:
    """Return a setting as one line of text: no control characters, at most MAX_NAME long."""
    if not isinstance(value, str):
        return ""
    text = "".join(c for c in value if c.isprintable() or c == " ").strip()
    return text[:MAX_NAME]


NOBODY = Person("")
"""No author recorded (revisions written before authors were kept)."""


def signed_label(person: Person) -> str:
    """Return the name (or account) with the function, as a history or a paraaf shows it."""
    who = person.label or "?"
    return f"{who} ({person.function})" if person.function else who


def person_from_json(data: Any) -> Person:
    """Return a person from :meth:`Person.as_json` output (anything else: nobody)."""
    if not isinstance(data, dict):
        return NOBODY
    return Person(
        account=_clean(data.get("account", "")),
        display_name=_clean(data.get("name", "")),
        function=_clean(data.get("function", "")),
    )


DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Embeddings, overrides and isolates of the bidirectional algorithm: in a name or a
reference they make it read otherwise than it is (U+202E turns 'DJZ-117' around)."""


def clean_line(value: str, what: str, *, limit: int = MAX_NAME) -> str:
    """Return single-line text stripped of surrounding spaces, or refuse it.

    Raises:
        ValidationError: the value holds a control character (a direction control too) or
            is longer than ``limit``.
    """
    from notadesk.errors import ValidationError

    if any(
        ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" or c in DIRECTION_CONTROLS
        for c in value
    ):
        raise ValidationError(f"{what} may not contain a line break or control character.")
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(f"{what} is longer than {limit} characters.")
    return value
