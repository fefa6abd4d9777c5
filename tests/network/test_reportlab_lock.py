"""ReportLab may open no URL: the renderer locks its trusted hosts and schemes.

ReportLab fetches images and fonts named by URL (http, https, ftp, file, data) when its
``trustedHosts``/``trustedSchemes`` allow, and reads both from the environment
(``RL_trustedHosts``, ``RL_trustedSchemes``). The test sets them wide open, renders the
reference nota through the public renderer, and checks that every URL is then refused without
any socket (the run is guarded like the CLI runs).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.network.probe import run_guarded

SCRIPT = """
import json
from reportlab import rl_config
from reportlab.lib.utils import open_for_read
before = {"hosts": rl_config.trustedHosts, "schemes": rl_config.trustedSchemes}
from notadesk.core.examples import example_nota
from notadesk.core.render import render_nota
result = render_nota(example_nota())
after = {"hosts": rl_config.trustedHosts, "schemes": rl_config.trustedSchemes}
opened = []
for url in ("http://127.0.0.1:9/logo.png", "https://127.0.0.1:9/logo.png",
            "ftp://127.0.0.1:9/logo.png", "file:///etc/hostname", "data:,secret"):
    try:
        open_for_read(url)
        opened.append(url)
    except Exception:
        pass
print(json.dumps({"before": before, "after": after, "opened": opened,
                  "pdf": result.pdf[:5].decode("latin-1")}))
"""

WIDE_OPEN = {
    "RL_trustedHosts": "*,localhost,127.0.0.1",
    "RL_trustedSchemes": "http,https,ftp,file,data",
}


def test_renderer_locks_reportlab_urls(tmp_path: Path) -> None:
    probe = run_guarded(["-c", SCRIPT], tmp_path, extra_env=WIDE_OPEN)
    assert probe.status == 0, probe.err
    report = json.loads(probe.out.strip().splitlines()[-1])
    # The environment really did open ReportLab up before the renderer ran ...
    assert report["before"]["hosts"] and "http" in report["before"]["schemes"]
    # ... and rendering closed it again.
    assert report["pdf"] == "%PDF-"
    assert not report["after"]["hosts"]
    assert report["after"]["schemes"] == []
    assert report["opened"] == []
    assert probe.problems() == []


def test_without_the_lock_reportlab_would_fetch(tmp_path: Path) -> None:
    # The same environment without rendering: ReportLab tries the URL, and the guard sees it.
    code = (
        "from reportlab.lib.utils import open_for_read\n"
        "try:\n    open_for_read('http://127.0.0.1:9/logo.png')\nexcept Exception:\n    pass\n"
    )
    probe = run_guarded(["-c", code], tmp_path, extra_env=WIDE_OPEN)
    assert probe.status == 0, probe.err
    assert any("create_connection" in v or "socket.socket" in v for v in probe.guard_violations)
