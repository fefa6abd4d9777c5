"""The Woo publication variant: flagged names and redacted passages are gone from the file."""

from __future__ import annotations

import pytest

from notadesk.core.model.nota import BulletList, ListItem, RoutingEntry, Run, Section
from tests.core.render.pdfread import all_text, decompressed_streams, reader, render, squashed

NAMES = ["Jan Jansen-de Vries", "Petra Pietersë", "Karel Kareltje"]
SECRET = "Bondgenoot X levert in het geheim Y"


@pytest.fixture
def flagged(nota):
    nota.routing.from_ = [RoutingEntry(NAMES[0], personal_data=True, woo_ground="5.1.2e")]
    nota.routing.cc = [RoutingEntry(NAMES[1], personal_data=True)]
    nota.routing.to.append(RoutingEntry(NAMES[2], personal_data=True))
    nota.drafted_by = [RoutingEntry(NAMES[1], personal_data=True)]
    nota.sections.append(
        Section(
            title="Internationaal",
            blocks=[
                BulletList(
                    items=[
                        ListItem(
                            runs=[
                                Run(text="Openbaar begin. "),
                                Run(text=SECRET, redact="5.1.2a"),
                                Run(text=" en nog meer", bold=True, redact="5.1.2a"),
                                Run(text=" Openbaar einde."),
                            ]
                        )
                    ]
                )
            ],
        )
    )
    return nota


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-be"), text.encode("latin-1", "replace")]


def test_the_normal_variant_prints_the_names_and_the_passage(flagged):
    pdf = render(flagged).pdf
    text = squashed(all_text(pdf))
    for name in [*NAMES, SECRET]:
        assert squashed(name) in text
    # the raw search can find what is there: the author (Van) sits in the metadata
    raw = decompressed_streams(pdf)
    assert any(form in raw for form in _forms(NAMES[0]))


def test_the_woo_variant_holds_none_of_the_flagged_text(flagged):
    pdf = render(flagged, woo=True).pdf
    text = squashed(all_text(pdf))
    raw = decompressed_streams(pdf)
    for gone in [*NAMES, SECRET, "en nog meer"]:
        assert squashed(gone) not in text, gone
        for form in _forms(gone):
            assert form not in raw, gone
    for kept in ["M en R", "Openbaar begin.", "Openbaar einde."]:
        assert squashed(kept) in text


def test_the_woo_variant_shows_the_ground_in_a_box(flagged):
    pdf = render(flagged, woo=True).pdf
    text = " ".join(all_text(pdf).split())
    assert "5.1.2e Bescherming persoonlijke levenssfeer" in text
    # the redacted passage is one box even where the style changes inside it
    assert text.count("5.1.2a Internationale betrekkingen") == 1
    assert "Openbaar begin. 5.1.2a Internationale betrekkingen" in text


def test_the_woo_variant_has_no_author_and_no_names_in_metadata(flagged):
    meta = reader(render(flagged, woo=True).pdf).metadata
    assert not meta.get("/Author")
    blob = " ".join(str(v) for v in meta.values())
    assert not any(name in blob for name in NAMES)
    assert meta.title == flagged.subject


def test_an_unknown_ground_still_hides_the_text(nota):
    nota.routing.via = [RoutingEntry("Geheime Naam", personal_data=True, woo_ground="9.9.9z")]
    text = all_text(render(nota, woo=True).pdf)
    assert "Geheime Naam" not in text
    assert "9.9.9z" in text
