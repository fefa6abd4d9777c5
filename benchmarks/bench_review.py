"""The paraaf round: redlines between revisions, and opening a draft with many comments.

Run: .venv/bin/python benchmarks/bench_review.py [--quick]
Prints median and p95 for each measurement, and the machine it ran on.

- the redline of two revisions of the demo (the edits a DG asks for), warm: target ≤ 50 ms;
- the redline of two revisions of a 200-page nota (30 scattered edits): target ≤ 1 s;
- opening a draft with 500 comments made on 10 revisions (threads placed on the current
  text, as the margin shows them), from a store: target ≤ 300 ms.
"""

from __future__ import annotations

import copy
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.common import machine, sentence, summary  # noqa: E402


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def revised_demo():  # type: ignore[no-untyped-def]
    """The demo after a paraaf round (the same edits as the golden-file test)."""
    from notadesk.core.examples import example_nota
    from notadesk.core.model.nota import RoutingEntry

    nota = example_nota()
    nota.subject = nota.subject.replace("op IOB-eindevaluatie", "op de IOB-eindevaluatie")
    nota.status = "ter-parafering"
    nota.classification.level = "nl.dep-vertrouwelijk"
    nota.routing.via = [*nota.routing.via, RoutingEntry("DGPZ")]
    bullets = nota.sections[0].blocks[0].items
    bullets[1].runs[0].text = bullets[1].runs[0].text.replace("3 maanden", "drie maanden")
    del bullets[2]
    nota.findings[1].position = "volledig"
    nota.commitments[0].owner = "DGB"
    return nota


def long_nota(bullets: int):  # type: ignore[no-untyped-def]
    """The print benchmark's long nota: 2950 bullets are 200 printed pages."""
    from notadesk.core.examples import example_nota
    from notadesk.core.model.nota import BulletList, ListItem, Run, Section

    nota = example_nota()
    text = (
        "Het kabinet onderschrijft deze bevinding en zal bij een toekomstige inzet de "
        "samenhang van de Nederlandse bijdrage met de bredere missie verbeteren, "
        "in overleg met de betrokken departementen. "
    )
    items = [ListItem(runs=[Run(text=f"{i}. {text}")]) for i in range(bullets)]
    nota.sections.append(Section(title="Uitwerking", blocks=[BulletList(items=items)]))
    return nota


def bench_demo(runs: int) -> None:
    from notadesk.core.examples import example_nota
    from notadesk.core.review.redline import redline

    old, new = example_nota(), revised_demo()
    first = timed(lambda: redline(old, new), 1)[0]
    print(f"demo redline, first in process: {first:.1f} ms")
    timed(lambda: redline(old, new), 5)
    print(f"demo redline, warm: {summary(timed(lambda: redline(old, new), runs))}")


def bench_long(runs: int) -> None:
    from notadesk.core.review.redline import redline

    rng = random.Random(13)
    old = long_nota(2950)
    new = copy.deepcopy(old)
    items = new.sections[-1].blocks[0].items
    for index in rng.sample(range(len(items)), 30):
        run = items[index].runs[0]
        words = run.text.split(" ")
        words[rng.randrange(len(words))] = sentence(rng, 3).rstrip(".")
        run.text = " ".join(words)
    del items[100:103]
    result = redline(old, new)
    print(f"200-page redline: {result.inserted_words} words in, {result.deleted_words} out")
    print(f"200-page redline: {summary(timed(lambda: redline(old, new), runs))}")


def bench_comments(runs: int) -> None:
    from notadesk.core.drafting import create_example
    from notadesk.core.review.anchors import Anchor, passage
    from notadesk.core.review.reading import reading_text
    from notadesk.core.storage import review
    from notadesk.core.storage.store import DraftStore

    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp, DraftStore.open(Path(tmp)) as store:
        store.set_setting("user.display_name", "DGPZ")
        draft, _ = create_example(store)
        for revision in range(10):
            draft = store.get(draft.id)
            text = reading_text(draft.nota)
            for _ in range(50):
                start = rng.randrange(200, len(text) - 60)
                anchor: Anchor = passage(text, start, start + rng.randint(5, 50))
                review.add_comment(store, draft.id, sentence(rng, 12), anchor)
            nota = draft.nota
            nota.sections[0].title = f"Aanleiding (versie {revision + 2})"
            nota.subject += " x"
            store.save(draft.id, nota, base_revision=draft.revision)
        count = len(review.comment_threads(store, draft.id))

        def open_draft() -> None:
            store.get(draft.id)
            review.comment_threads(store, draft.id)
            review.draft_route(store, draft.id)

        open_draft()
        print(f"open a draft with {count} comments: {summary(timed(open_draft, runs))}")


def main() -> None:
    quick = "--quick" in sys.argv
    print(machine())
    bench_demo(10 if quick else 30)
    bench_long(3 if quick else 10)
    bench_comments(5 if quick else 20)


if __name__ == "__main__":
    main()
