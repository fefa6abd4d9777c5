"""Shared by the benchmark scripts: machine description, statistics, realistic drafts."""

from __future__ import annotations

import copy
import platform
import random
import statistics
from pathlib import Path

from notadesk.core.examples import example_nota
from notadesk.core.model.nota import ListItem, Nota, Run

COMMON = [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "te",
    "dat",
    "is",
    "voor",
    "met",
    "aan",
    "door",
    "bij",
    "om",
    "als",
    "niet",
    "worden",
    "wordt",
    "zijn",
    "kabinet",
    "minister",
    "evaluatie",
    "missie",
    "bijdrage",
    "begroting",
    "beleid",
    "Kamer",
    "verdrag",
    "ambassade",
    "samenwerking",
    "ontwikkeling",
    "veiligheid",
    "stabiliteit",
    "handel",
    "export",
    "sancties",
    "subsidie",
    "mensenrechten",
    "klimaat",
    "migratie",
    "asiel",
    "defensie",
    "politie",
    "rechtsstaat",
    "Sahel",
    "Oekraïne",
    "NAVO",
    "VN",
    "EU",
    "Raad",
    "Buitenlandse",
    "Zaken",
    "Financiën",
    "advies",
    "besluit",
    "toezegging",
    "bevinding",
]
_SYLLABLES = [
    "ver",
    "be",
    "ge",
    "ont",
    "ma",
    "ri",
    "ta",
    "lo",
    "ka",
    "ne",
    "de",
    "sta",
    "bil",
    "pro",
    "gram",
    "rap",
    "port",
    "wet",
    "ge",
    "ving",
]


def _vocabulary(size: int = 4000) -> list[str]:
    rng = random.Random(7)
    words = {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    return COMMON + sorted(words)


WORDS = _vocabulary()
"""Common words first, then rarer topic words: drawn with a Zipf-like weight, like real text."""
_WEIGHTS = [1.0 / (rank + 1) for rank in range(len(WORDS))]


def machine() -> str:
    """Return a one-line description of this machine and its load when asked."""
    import os

    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; load average {load}"
    )


def p95(samples_ms: list[float]) -> float:
    """Return the 95th percentile (nearest rank)."""
    ordered = sorted(samples_ms)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def summary(samples_ms: list[float]) -> str:
    """Return 'median X ms, p95 Y ms (n=N)'."""
    return (
        f"median {statistics.median(samples_ms):.1f} ms, p95 {p95(samples_ms):.1f} ms "
        f"(n={len(samples_ms)})"
    )


def sentence(rng: random.Random, n: int = 14) -> str:
    """Return a plausible sentence of policy words."""
    words = rng.choices(WORDS, weights=_WEIGHTS, k=n)
    return " ".join(words).capitalize() + "."


def realistic_nota(rng: random.Random, base: Nota | None = None) -> Nota:
    """Return a nota shaped like the reference with different words."""
    nota = copy.deepcopy(base or example_nota())
    nota.reference = ""
    nota.subject = " ".join(rng.choices(WORDS, weights=_WEIGHTS, k=8)).capitalize()
    for section in nota.sections:
        for block in section.blocks:
            for item in getattr(block, "items", []):
                if isinstance(item, ListItem):
                    item.runs = [Run(text=sentence(rng, rng.randint(10, 40)))]
    for finding in nota.findings:
        finding.text = sentence(rng, 25)
    for commitment in nota.commitments:
        commitment.text = sentence(rng, 20)
    return nota


def search_queries(rng: random.Random, runs: int) -> list[str]:
    """Return what people type into search, ``runs`` times: one or two words (any word of
    the vocabulary), a quoted phrase, a four-letter prefix."""

    def word() -> str:
        return rng.choice(WORDS)

    queries = [word() for _ in range(runs // 3)]
    queries += [f"{word()} {word()}" for _ in range(runs // 3)]
    queries += [f'"{word()} {word()}"' for _ in range(runs // 6)]
    queries += [word()[:4] for _ in range(runs // 6)]
    return queries
