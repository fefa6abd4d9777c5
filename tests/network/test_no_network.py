"""notadesk opens no network connection: the CLI and the window, run as real processes.

Every run goes through ``probe.run_guarded``: the Python guard always, strace and a network
namespace (``unshare -n``) where this machine allows them. A run passes only if the program
succeeds *and* no layer saw an IP socket, an IP connect, or a name lookup.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import warnings
from pathlib import Path

import pytest

from notadesk.cli import build_parser
from tests.network.probe import (
    Probe,
    missing_layers,
    require_strace,
    run_guarded,
    unshare_prefix,
)

REFERENCE = "Min-BuZa.2022.240"


def _commands() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # argparse keeps subparsers here
        return set(action.choices)
    return set()


COMMANDS = _commands()


def _assert_offline(probe: Probe) -> None:
    assert probe.status == 0, f"{probe.command} failed ({probe.status}): {probe.err.strip()}"
    assert probe.problems() == [], f"{probe.command} touched the network: {probe.problems()}"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the reference nota, created under the guard."""
    if missing_layers():
        warnings.warn(
            "network checks not available here, relying on the others: "
            + "; ".join(missing_layers()),
            stacklevel=1,
        )
    tmp = tmp_path_factory.mktemp("offline")
    probe = run_guarded(["-m", "notadesk", "--data-dir", str(tmp / "data"), "demo"], tmp)
    _assert_offline(probe)
    return tmp


def _cli(workspace: Path, *args: str) -> Probe:
    data = str(workspace / "data")
    return run_guarded(["-m", "notadesk", "--data-dir", data, *args], workspace)


# (arguments, something the output must hold)
CLI_RUNS = [
    (("--version",), "notadesk "),
    (("list",), REFERENCE),
    (("list", "--json"), REFERENCE),
    (("show", REFERENCE), "MINUSMA"),
    (("show", REFERENCE, "--json"), '"subject"'),
    (("search", "MINUSMA"), REFERENCE),
    (("history", REFERENCE), "create"),
    (("settings",), "reference.prefix"),
]


@pytest.mark.parametrize(("args", "expected"), CLI_RUNS, ids=[" ".join(a) for a, _ in CLI_RUNS])
def test_cli_command_runs_offline(workspace: Path, args: tuple[str, ...], expected: str) -> None:
    probe = _cli(workspace, *args)
    _assert_offline(probe)
    assert expected in probe.out


def test_new_from_json_runs_offline(workspace: Path) -> None:
    shown = _cli(workspace, "show", REFERENCE, "--json")
    _assert_offline(shown)
    document = workspace / "draft.json"
    document.write_text(shown.out, encoding="utf-8")
    created = _cli(workspace, "new", "--from-json", str(document))
    _assert_offline(created)
    listed = _cli(workspace, "list", "--json")
    _assert_offline(listed)
    assert len(json.loads(listed.out)) >= 2


def test_render_runs_offline(workspace: Path) -> None:
    assert "render" in COMMANDS, "the CLI has no 'render' command to check"
    pdf = workspace / "nota.pdf"
    probe = _cli(workspace, "render", REFERENCE, "-o", str(pdf))
    _assert_offline(probe)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_verify_import_run_offline(workspace: Path) -> None:
    for command in ("export", "verify", "import"):
        assert command in COMMANDS, f"the CLI has no '{command}' command to check"
    outbox = workspace / "outbox"
    outbox.mkdir()
    _assert_offline(_cli(workspace, "export", REFERENCE, "-o", str(outbox)))
    (package,) = outbox.glob("*.nota")
    _assert_offline(_cli(workspace, "verify", str(package)))
    other = str(workspace / "other-data")
    imported = run_guarded(
        ["-m", "notadesk", "--data-dir", other, "import", str(package)], workspace
    )
    _assert_offline(imported)
    listed = run_guarded(["-m", "notadesk", "--data-dir", other, "list"], workspace)
    _assert_offline(listed)
    assert REFERENCE in listed.out


def test_register_runs_offline(workspace: Path) -> None:
    assert "register" in COMMANDS, "the CLI has no 'register' command to check"
    _assert_offline(_cli(workspace, "register"))


def test_a_team_database_on_a_unix_socket_is_reached_without_ip(
    tmp_path: Path, server_database, postgres_server
) -> None:
    """The one connection a team database makes is libpq's: here to the test server's Unix
    socket, and still no IP socket, IP connect or name lookup in any layer."""
    team = server_database()
    data = str(tmp_path / "data")
    made = run_guarded(
        ["-m", "notadesk", "--data-dir", data, "--database", team, "new", "--subject", "team"],
        tmp_path,
    )
    _assert_offline(made)
    listed = run_guarded(
        ["-m", "notadesk", "--data-dir", data, "--database", team, "list"], tmp_path
    )
    _assert_offline(listed)
    assert "team" in listed.out
    if listed.strace_log is not None:  # it did talk to the server, over its UNIX socket
        assert f'sun_path="{postgres_server.socket_dir}/.s.PGSQL.' in listed.strace_log


def test_every_other_command_answers_help_offline(workspace: Path) -> None:
    for command in sorted(COMMANDS):
        _assert_offline(_cli(workspace, command, "--help"))


def test_window_starts_offscreen_offline(workspace: Path) -> None:
    assert importlib.util.find_spec("notadesk.gui.app") is not None, "no window to check"
    data = str(workspace / "data")
    probe = run_guarded(["-m", "notadesk.gui.smoke", "--data-dir", data], workspace)
    _assert_offline(probe)
    assert "window shown" in probe.out


def test_window_on_x11_offline(workspace: Path) -> None:
    # The real desktop path: Qt's xcb platform on an X server (Xvfb, no TCP listener). Only
    # the X server's UNIX socket may appear.
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.fail("xvfb-run is missing; xvfb is among the README's packages for the tests")
    # With a D-Bus session bus (where dbus-run-session exists) and accessibility forced on,
    # Qt also talks to the bus, as on a desktop: over UNIX too.
    dbus = shutil.which("dbus-run-session")
    launcher = (dbus, "--") if dbus else ()
    data = str(workspace / "data")
    probe = run_guarded(
        ["-m", "notadesk.gui.smoke", "--data-dir", data],
        workspace,
        extra_env={
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "DISPLAY": None,
            "DBUS_SESSION_BUS_ADDRESS": None,
        },
        launcher=(*launcher, xvfb_run, "-a", "-s", "-nolisten tcp -screen 0 1280x800x24"),
    )
    _assert_offline(probe)
    assert "window shown" in probe.out
    if probe.strace_log is not None:
        assert "X11-unix" in probe.strace_log  # it did talk to the X server, over UNIX
        if dbus:
            assert re.search(r'sun_path="[^"]*dbus', probe.strace_log)  # and to the bus


# The checks must be able to fail: each one is shown a program that does reach for the network.


def test_guard_catches_a_python_connection(tmp_path: Path) -> None:
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    probe = run_guarded(["-c", code], tmp_path)
    assert probe.status != 0
    assert any("create_connection" in v for v in probe.guard_violations)


def test_guard_catches_a_name_lookup(tmp_path: Path) -> None:
    probe = run_guarded(["-c", "import socket; socket.gethostbyname('localhost')"], tmp_path)
    assert any("gethostbyname" in v for v in probe.guard_violations)


def test_strace_catches_sockets_made_below_python(tmp_path: Path) -> None:
    require_strace()
    # _socket is the C module under socket: it bypasses the Python guard, as Qt's C++ would.
    code = (
        "import _socket\n"
        "_socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM).close()\n"
        "_socket.socket(_socket.AF_INET6, _socket.SOCK_STREAM).close()\n"
        "try:\n    _socket.getaddrinfo('localhost', None)\nexcept OSError:\n    pass\n"
    )
    probe = run_guarded(["-c", code], tmp_path)
    assert probe.status == 0, probe.err
    assert probe.guard_violations == []
    hits = "\n".join(probe.ip_syscalls)
    assert "AF_INET," in hits
    assert "AF_INET6" in hits
    assert "/etc/hosts" in hits or "/etc/resolv.conf" in hits


def test_the_namespace_has_no_network_at_all(tmp_path: Path) -> None:
    if unshare_prefix() is None:
        pytest.skip("network namespaces are not permitted here; the other layers still ran")
    # Even loopback is down inside: a connect fails with "network unreachable", not "refused".
    code = (
        "import _socket, errno\n"
        "s = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError as e:\n"
        "    print(errno.errorcode[e.errno])\n"
    )
    probe = run_guarded(["-c", code], tmp_path)
    assert "unshare" in probe.layers
    assert probe.out.strip() == "ENETUNREACH"


def test_the_suite_itself_runs_with_sockets_disabled() -> None:
    # pyproject's addopts pass --disable-socket --allow-unix-socket to every test run.
    import socket

    from pytest_socket import SocketBlockedError

    for family in (socket.AF_INET, socket.AF_INET6):
        with (
            pytest.warns(UserWarning, match="socket"),
            pytest.raises(SocketBlockedError),
        ):
            socket.socket(family, socket.SOCK_STREAM)
    left, right = socket.socketpair()  # UNIX sockets stay allowed (Qt, D-Bus)
    left.close()
    right.close()
