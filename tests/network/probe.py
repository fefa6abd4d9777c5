"""Run a program under every network check this machine allows, and report what it tried.

Three layers, each independent of the others:

1. the Python guard (``guard/sitecustomize.py`` on PYTHONPATH): always;
2. ``strace -f -e trace=socket,connect,openat``: every IP socket the process or any child
   (Qt's C++ included) creates, every connect to an IP address, and every read of the resolver's
   files (a name lookup); used when strace is installed and ptrace is allowed;
3. ``unshare -n`` (or ``unshare -rn`` without root): the program runs in a network namespace
   with no network at all; used when the kernel allows it.

A layer that cannot run here is reported by ``missing_layers`` so the tests can say so aloud.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

GUARD_DIR = Path(__file__).resolve().parent / "guard"
REPO = Path(__file__).resolve().parents[2]

_IP_SOCKET = re.compile(r"\bsocket\((AF_INET6?|AF_PACKET|PF_INET6?)\b")
_IP_CONNECT = re.compile(r"\bconnect\(\d+, \{sa_family=(AF_INET6?)\b")
_RESOLVER_FILES = re.compile(r'"(/etc/resolv\.conf|/etc/hosts|/etc/gai\.conf)"')


@dataclass
class Probe:
    """What one guarded run did."""

    command: list[str]
    status: int
    out: str
    err: str
    guard_log: str
    strace_log: str | None
    layers: list[str] = field(default_factory=list)

    @property
    def guard_armed(self) -> bool:
        """Return True if the Python guard was loaded into the program."""
        return "armed pid=" in self.guard_log

    @property
    def guard_violations(self) -> list[str]:
        """Return the network calls the Python guard caught."""
        return [b.strip() for b in self.guard_log.split("VIOLATION")[1:]]

    @property
    def ip_syscalls(self) -> list[str]:
        """Return the strace lines that create an IP socket, connect to one, or resolve a name."""
        if self.strace_log is None:
            return []
        hits = (_IP_SOCKET, _IP_CONNECT, _RESOLVER_FILES)
        return [
            line
            for line in self.strace_log.splitlines()
            if any(p.search(line) for p in hits) and "ENOENT" not in line
        ]

    def problems(self) -> list[str]:
        """Return every sign of network use, or that the guard did not run."""
        found = []
        if not self.guard_armed:
            found.append("the Python guard was not loaded (sitecustomize shadowed?)")
        found += [f"guard: {v.splitlines()[0]}" for v in self.guard_violations]
        found += [f"strace: {line}" for line in self.ip_syscalls]
        return found


@cache
def strace_prefix() -> tuple[str, ...] | None:
    """Return the strace command line if strace is installed and may trace here."""
    exe = shutil.which("strace")
    if exe is None:
        return None
    ok = subprocess.run([exe, "-f", "-qq", "-o", os.devnull, "true"], capture_output=True)
    if ok.returncode != 0:
        return None
    return (exe, "-f", "-qq", "-e", "trace=socket,connect,openat")


@cache
def unshare_prefix() -> tuple[str, ...] | None:
    """Return the unshare command that gives a namespace with no network, if allowed here."""
    exe = shutil.which("unshare")
    if exe is None:
        return None
    for flags in ("-n", "-rn"):
        if subprocess.run([exe, flags, "true"], capture_output=True).returncode == 0:
            return (exe, flags)
    return None


def require_strace() -> None:
    """Fail if strace is not installed (a system package the README names for the tests);
    skip, saying why, if ptrace is not permitted here (a container without CAP_SYS_PTRACE)."""
    import pytest

    if shutil.which("strace") is None:
        pytest.fail("strace is not installed; it is among the README's packages for the tests")
    if strace_prefix() is None:
        pytest.skip("strace is installed but may not trace here (ptrace not permitted)")


def missing_layers() -> list[str]:
    """Return the checks this machine cannot run (the guard always runs)."""
    missing = []
    if strace_prefix() is None:
        missing.append("strace (not installed or ptrace not permitted)")
    if unshare_prefix() is None:
        missing.append("unshare -n (network namespaces not permitted)")
    return missing


def guarded_env(tmp: Path, log: Path, extra: dict[str, str | None] | None = None) -> dict[str, str]:
    """Return an environment that loads the guard and keeps Qt offscreen (None unsets)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    paths = [str(GUARD_DIR), str(REPO)]
    env.update(
        PYTHONPATH=os.pathsep.join(paths),
        NOTADESK_NETWORK_GUARD_LOG=str(log),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp / "home"),
        XDG_RUNTIME_DIR=str(tmp / "runtime"),
    )
    (tmp / "home").mkdir(exist_ok=True)
    (tmp / "runtime").mkdir(exist_ok=True, mode=0o700)
    for key, value in (extra or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_guarded(
    args: list[str],
    tmp: Path,
    *,
    python: str = sys.executable,
    extra_env: dict[str, str | None] | None = None,
    launcher: tuple[str, ...] = (),
    timeout: float = 120,
) -> Probe:
    """Run ``python ARGS`` under every available layer and return what happened.

    A launcher (e.g. ``xvfb-run``) runs inside the namespace but outside strace, so only the
    program's own system calls are judged.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    count = len(list(tmp.glob("guard-*.log")))
    log = tmp / f"guard-{count}.log"
    trace = tmp / f"strace-{count}.log"
    log.write_text("")
    command = [python, *args]
    layers = ["python-guard"]
    prefix: list[str] = []
    if unshare_prefix() is not None:
        prefix += unshare_prefix()
        layers.append("unshare")
    prefix += launcher
    if strace_prefix() is not None:
        prefix += [*strace_prefix(), "-o", str(trace)]
        layers.append("strace")
    done = subprocess.run(
        [*prefix, *command],
        env=guarded_env(tmp, log, extra_env),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=tmp,
    )
    strace_log = trace.read_text(errors="replace") if "strace" in layers else None
    return Probe(
        command=command,
        status=done.returncode,
        out=done.stdout,
        err=done.stderr,
        guard_log=log.read_text(),
        strace_log=strace_log,
        layers=layers,
    )
