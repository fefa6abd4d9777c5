"""notadesk: draft, keep and print nota's on air-gapped workstations."""

from __future__ import annotations

__version__ = "0.1.0"
