"""The standalone build's entry point: the notadesk command, plus a hidden ``--smoke-test``."""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Run the window smoke test if asked to, else the ordinary command line."""
    if sys.platform.startswith("linux"):
        # Keep libcups (Qt's printing) on the local UNIX socket: without this it falls back to
        # TCP localhost:631 when no CUPS socket exists (docs/no-network.md).
        os.environ.setdefault("CUPS_SERVER", "/run/cups/cups.sock")
    if len(sys.argv) > 1 and sys.argv[1] == "--smoke-test":
        from notadesk.gui.smoke import main as smoke_main

        return smoke_main(sys.argv[2:])
    from notadesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
