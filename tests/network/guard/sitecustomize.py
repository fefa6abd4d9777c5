"""A network guard loaded into every Python process started with this folder on PYTHONPATH.

Python runs ``sitecustomize`` at start-up. This one replaces the ways Python code reaches the
network (IP sockets, name lookups, ``create_connection``) with functions that write the call and
its stack to the file named by ``NOTADESK_NETWORK_GUARD_LOG`` and raise ``OSError``. It first
writes an ``armed`` line, so a test can tell the guard was really loaded. Code in C (Qt, for
one) bypasses this; the tests check that with strace.
"""

from __future__ import annotations

import os
import socket
import traceback
from typing import Any, NoReturn

_LOG = os.environ.get("NOTADESK_NETWORK_GUARD_LOG", "")
_IP_FAMILIES = {socket.AF_INET, socket.AF_INET6}


def _write(line: str) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(line.rstrip("\n") + "\n")


def _violation(what: str) -> NoReturn:
    stack = "".join(traceback.format_stack(limit=12)[:-2])
    _write(f"VIOLATION pid={os.getpid()} {what}\n{stack}".replace("\n", "\n    "))
    raise OSError(f"network access is forbidden in notadesk (guard): {what}")


_original_init = socket.socket.__init__


def _guarded_init(self: socket.socket, family: Any = -1, *args: Any, **kwargs: Any) -> None:
    fileno = kwargs.get("fileno", args[2] if len(args) > 2 else None)
    resolved = socket.AF_INET if family in (-1, None) and fileno is None else family
    if resolved in _IP_FAMILIES:
        _violation(f"socket.socket(family={socket.AddressFamily(resolved).name})")
    _original_init(self, family, *args, **kwargs)


def _forbid(name: str) -> Any:
    def guarded(*args: Any, **kwargs: Any) -> NoReturn:
        _violation(f"socket.{name}{args!r}")

    guarded.__name__ = name
    return guarded


socket.socket.__init__ = _guarded_init  # type: ignore[method-assign]
for _name in (
    "getaddrinfo",
    "gethostbyname",
    "gethostbyname_ex",
    "gethostbyaddr",
    "getnameinfo",
    "create_connection",
    "create_server",
):
    setattr(socket, _name, _forbid(_name))

_write(f"armed pid={os.getpid()}")
