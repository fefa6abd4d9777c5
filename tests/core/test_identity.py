"""Who is working: the OS account and the settings' name and function."""

from __future__ import annotations

from pathlib import Path

import pytest

from notadesk.core import identity
from notadesk.core.identity import Person, current_person
from notadesk.core.storage.store import DraftStore


def test_person_comes_from_account_and_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "jjansen")
    with DraftStore.open(tmp_path) as store:
        assert current_person(store) == Person("jjansen", "", "")
        store.set_setting("user.display_name", "J. Jansen")
        store.set_setting("user.function", "beleidsmedewerker DVB")
        person = current_person(store)
    assert person == Person("jjansen", "J. Jansen", "beleidsmedewerker DVB")
    assert person.label == "J. Jansen"
    assert person.as_json() == {
        "account": "jjansen",
        "name": "J. Jansen",
        "function": "beleidsmedewerker DVB",
    }


def test_account_unknown_when_the_system_cannot_say(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(identity.getpass, "getuser", no_user)
    assert current_person() == Person("unknown")
    assert current_person().label == "unknown"


class _Settings:
    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def get_setting(self, key: str) -> object:
        return self.values.get(key, "")


def test_hostile_settings_become_one_short_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "a\x1b[31mb")
    person = current_person(
        _Settings({"user.display_name": "Piet\n\x00Puk" + "x" * 500, "user.function": 42})
    )
    assert person.account == "a[31mb"
    assert person.display_name.startswith("PietPuk") and len(person.display_name) == 200
    assert person.function == ""
