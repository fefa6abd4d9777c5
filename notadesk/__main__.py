"""Allow ``python -m notadesk``."""

from __future__ import annotations

from notadesk.cli import main

raise SystemExit(main())
