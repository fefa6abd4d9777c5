"""Personal-data warnings: each kind found, nothing redacted listed, no false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import (
    BulletList,
    Finding,
    ListItem,
    Nota,
    Paragraph,
    RoutingEntry,
    Run,
    Section,
    Table,
    TableCell,
    TableRow,
)
from notadesk.core.policy.personal import personal_data

FIXTURE_REFERENCE = Path(__file__).resolve().parents[2] / "fixtures" / "reference"


def _nota(*texts: str) -> Nota:
    nota = Nota(subject="Onderwerp")
    nota.sections = [Section(title="Kern", blocks=[Paragraph([Run(t)]) for t in texts])]
    return nota


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("BSN van betrokkene: 111222333.", "bsn", "111222333"),
        ("burgerservicenummer 1234.56.782 bekend", "bsn", "1234.56.782"),
        ("rekening NL91ABNA0417164300 van de stichting", "iban", "NL91ABNA0417164300"),
        ("IBAN NL91 ABNA 0417 1643 00.", "iban", "NL91 ABNA 0417 1643 00"),
        ("bel 06-12345678 voor vragen", "phone", "06-12345678"),
        ("telefoon 070 348 6486", "phone", "070 348 6486"),
        ("mobiel +31 6 1234 5678", "phone", "+31 6 1234 5678"),
        ("mail j.jansen@minbuza.nl of", "email", "j.jansen@minbuza.nl"),
    ],
)
def test_each_kind_is_found(text: str, kind: str, found: str) -> None:
    (hit,) = personal_data(_nota(text))
    assert (hit.kind, hit.text, hit.field) == (kind, found, "sections[0]")
    assert found in hit.message


def test_invalid_numbers_are_not_personal_data() -> None:
    assert personal_data(_nota("BSN 123456789 (fout)", "NL91ABNA0417164301")) == []


def test_routing_names_marked_personal_are_found_unless_redacted() -> None:
    nota = _nota("Gesproken met Piet de Vries over de uitvoering.")
    nota.routing.via = [RoutingEntry("Piet de Vries", personal_data=True)]
    nota.routing.to = [RoutingEntry("Minister")]  # not personal: never listed
    nota.findings = [Finding(id="f1", number=1, text="De minister sprak piet de vries.")]
    hits = personal_data(nota)
    assert [(h.kind, h.field) for h in hits] == [
        ("name", "sections[0]"),
        ("name", "findings[0].text"),
    ]
    nota.sections[0].blocks = [
        Paragraph([Run("Gesproken met "), Run("Piet de Vries", redact="5.1.2e"), Run(".")])
    ]
    assert [h.field for h in personal_data(nota)] == ["findings[0].text"]


def test_lists_tables_and_subsections_are_read() -> None:
    nota = _nota()
    nota.sections[0].blocks = [
        BulletList([ListItem([Run("a")], children=[ListItem([Run("x@y.nl")])])]),
        Table([TableRow([TableCell([Paragraph([Run("06 1234 5678")])])])]),
    ]
    nota.sections[0].subsections = [Section("Sub", [Paragraph([Run("111222333")])])]
    assert [(h.kind, h.field) for h in personal_data(nota)] == [
        ("email", "sections[0]"),
        ("phone", "sections[0]"),
        ("bsn", "sections[0].subsections[0]"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Onze Referentie Min-BuZa.2022.240, datum 17-05-2022 en 2022-05-17.",
        "Kamerstukken II 2019-2020, 27 925, nr. 712; Kamerstuk 29 521, nr. 123.",
        "zaaknummer 2022.0012345 en dossier 2022/123456",
        "kosten € 111.222.333 over 2014-2019",
        "tussen 1 januari 2021 en 31 december 2023, artikel 5.1.2e Woo",
        "versie 1.2.3.4, pagina 12 van 200, 0800-1234",
    ],
)
def test_no_false_alarm_on_references_dates_and_kamerstukken(text: str) -> None:
    assert personal_data(_nota(text)) == []


def test_no_false_alarm_on_the_reference_nota() -> None:
    assert personal_data(example_nota()) == []
    for folder in (FIXTURE_REFERENCE,):
        for path in sorted(folder.glob("*.txt")):
            nota = _nota(*path.read_text(encoding="utf-8").splitlines())
            assert personal_data(nota) == [], path.name
