"""Fixtures for the print tests: the reference nota and quick renders of it."""

from __future__ import annotations

import pytest

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import Nota
from notadesk.core.render import RenderResult, render_nota


@pytest.fixture
def nota() -> Nota:
    return example_nota()


@pytest.fixture(scope="module")
def demo_pdf() -> RenderResult:
    return render_nota(example_nota())
