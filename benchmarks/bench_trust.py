"""Benchmark: what signing and verifying add to export and import of 1,000 drafts, and the
personal-data check of the reference nota (warm).

Run from the repository root: ``.venv/bin/python benchmarks/bench_trust.py [DRAFTS] [RUNS]``.
The drafts are bench_packages.py's (1,000 × 4 revisions). Signing (making the key is not
counted: it exists after the first export) and checking the signature are timed inside each
export and import by wrapping the functions that do them, so their share is measured on the
same run rather than as the difference of two noisy runs. The figures go into
docs/performance.md, "Trust".
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_packages import REVISIONS, make_drafts
from benchmarks.common import machine, summary
from notadesk.core.examples import example_nota
from notadesk.core.interchange import export_package, import_package, reader, signing, writer
from notadesk.core.policy import personal
from notadesk.core.storage.store import DraftStore

spent: dict[str, float] = {"sign": 0.0, "verify": 0.0, "personal": 0.0}


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kw: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(*args, **kw)
        finally:
            spent[name] += time.perf_counter() - t

    return run


def _share(part: list[float], whole: list[float]) -> str:
    shares = sorted(100 * p / w for p, w in zip(part, whole, strict=True))
    return (
        f"median {statistics.median(part) * 1000:.1f} ms = {statistics.median(shares):.2f} % "
        f"(max {shares[-1]:.2f} %)"
    )


def main() -> int:
    drafts = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    root = Path(tempfile.mkdtemp(prefix="notadesk-bench-trust-"))
    source = DraftStore.open(root / "source")
    make_drafts(source, drafts)
    export_package(source, None, root)  # the key is made once, at first use
    writer.signing.sign = _timed("sign", signing.sign)  # type: ignore[method-assign]
    writer.signing.own_signer = _timed("sign", signing.own_signer)  # type: ignore[method-assign]
    reader.signing.check_signature = _timed("verify", signing.check_signature)  # type: ignore[method-assign]
    writer.personal_data = _timed("personal", writer.personal_data)  # type: ignore[attr-defined]
    export_s, sign_s, scan_s, import_s, verify_s = [], [], [], [], []
    for run in range(runs):
        out = root / f"out-{run}"
        out.mkdir()
        for key in spent:
            spent[key] = 0.0
        t = time.perf_counter()
        package = export_package(source, None, out).path
        export_s.append(time.perf_counter() - t)
        sign_s.append(spent["sign"] + spent["verify"])  # the read-back checks nothing signed
        scan_s.append(spent["personal"])
        reader._last_checked = None
        spent["verify"] = 0.0
        target = DraftStore.open(root / f"target-{run}")
        t = time.perf_counter()
        report = import_package(target, package)
        import_s.append(time.perf_counter() - t)
        verify_s.append(spent["verify"])
        assert len(report.drafts) == drafts and report.provenance is not None
        target.close()
    nota = example_nota()
    for _ in range(20):
        personal.personal_data(nota)  # warm
    samples = []
    for _ in range(500):
        t = time.perf_counter()
        personal.personal_data(nota)
        samples.append((time.perf_counter() - t) * 1000)
    print(f"machine: {machine()}")
    print(f"{drafts} drafts x {REVISIONS} revisions, n={runs}")
    print(f"export: median {statistics.median(export_s):.2f} s, max {max(export_s):.2f} s")
    print(f"  signing (key + signature) inside it: {_share(sign_s, export_s)}")
    print(f"  personal-data check of the heads inside it: {_share(scan_s, export_s)}")
    print(f"import (every check): median {statistics.median(import_s):.2f} s")
    print(f"  signature check inside it: {_share(verify_s, import_s)}")
    print(f"personal-data check of the reference nota, warm: {summary(samples)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
