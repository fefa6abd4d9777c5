"""Long fuzz run of .nota package import: ≥10,000 damaged packages, counted by outcome.

Run from the repository root: ``.venv/bin/python benchmarks/fuzz_packages.py [CASES]``.
Every case is a valid package damaged one way (bit flips, truncation, byte edits, re-zipped
entries dropped/duplicated/reordered/renamed, JSON values changed and the manifest resealed).
Each must be refused with a PackageError and the database unchanged, or imported whole.
The result goes into docs/fuzzing.md.
"""

from __future__ import annotations

import collections
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings

from notadesk.core.interchange import export_package
from notadesk.core.storage.store import DraftStore
from notadesk.errors import PackageError
from tests.core.interchange.conftest import dump, rich_draft
from tests.core.interchange.strategies import (
    byte_damage,
    check_case,
    json_damage,
    zip_damage,
)


def _reason(message: str) -> str:
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{12,64}…?|'[^']*'|\d+", "…", message)
    return text[:90]


def _runner(opts: settings, strategy: object, kind: str, one: object) -> object:
    @opts
    @given(data=strategy)
    def run(data: bytes) -> None:
        one(kind, data)  # type: ignore[operator]

    return run


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 10_200
    per = total // 3
    root = Path(tempfile.mkdtemp(prefix="notadesk-fuzz-"))
    a = DraftStore.open(root / "a")
    rich_draft(a, level="nl.dep-vertrouwelijk", revisions=3)
    rich_draft(a, revisions=2)
    base = export_package(a, None, root / "base.nota").path.read_bytes()
    a.close()
    store = DraftStore.open(root / "b")
    rich_draft(store)
    case = root / "case.nota"
    outcomes: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    opts = settings(
        max_examples=per,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    def one(kind: str, data: bytes) -> None:
        try:
            outcome = check_case(store, data, case, dump)
        except AssertionError as exc:  # a partial import or a changed database
            failures.append(f"{kind}: {exc}")
            outcome = "FAILED"
        except PackageError:
            raise
        except Exception as exc:  # a crash: anything but PackageError
            failures.append(f"{kind}: crash {type(exc).__name__}: {exc}")
            outcome = "CRASH"
        outcomes[(kind, outcome)] += 1
        if outcome == "refused":
            try:
                from notadesk.core.interchange import verify_package

                verify_package(case)
            except PackageError as exc:
                reasons[_reason(str(exc))] += 1

    started = time.perf_counter()
    for kind, strategy in (
        ("bytes", byte_damage(base)),
        ("re-zip", zip_damage(base)),
        ("json", json_damage(base)),
    ):
        _runner(opts, strategy, kind, one)()
    elapsed = time.perf_counter() - started
    store.close()
    cases = sum(outcomes.values())
    print(
        f"machine: {platform.machine()}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {platform.processor() or 'cpu'}"
    )
    print(f"cases: {cases} in {elapsed:.0f} s")
    for (kind, outcome), n in sorted(outcomes.items()):
        print(f"  {kind:7} {outcome:9} {n}")
    print(f"crashes or partial imports: {len(failures)}")
    for line in failures[:20]:
        print("  " + line)
    print("most common refusal reasons:")
    for text, n in reasons.most_common(12):
        print(f"  {n:5}  {text}")
    return 1 if failures or cases < total - 3 else 0


if __name__ == "__main__":
    sys.exit(main())
