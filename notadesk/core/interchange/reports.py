"""What export, verify and import tell the person: frozen values with lines() and as_json()."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notadesk.core.interchange.signing import Signer
from notadesk.core.model.limits import one_line
from notadesk.core.wording import counted

OUTCOMES = ("new", "already up to date", "fast-forward", "local is newer", "conflict copy")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024**2:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024**2:.1f} MB"


def _marking(level: str, marking: str) -> str:
    if marking:
        return marking
    from notadesk.core.policy.markings import is_known_level, marking_level

    label = marking_level(level).label if is_known_level(level) else level
    return f"{label} (no marking)"


@dataclass(frozen=True)
class Provenance:
    """Who signed a package and whether this workstation trusts that key."""

    signer: Signer | None
    verdict: str
    """``trusted``, ``untrusted`` or ``unsigned`` (a bad signature is refused outright)."""
    trusted_by: str | None
    """Why it is trusted: ``own`` key, pinned by the ``policy``, or on the ``user``'s list."""

    def line(self) -> str:
        """Return one sentence for the person."""
        if self.signer is None:
            return "Not signed (an older package, or made without a signature)."
        who = f"{self.signer.name} (key {self.signer.short})"
        if self.verdict == "trusted":
            why = {
                "own": "this workstation's own key",
                "policy": "trusted by the administrator's policy",
                "user": "on this workstation's trust list",
            }.get(self.trusted_by or "", "trusted")
            return f"Signed by {who}: {why}."
        return f"Signed by {who}: a key this workstation does not trust."

    def as_json(self) -> dict[str, Any]:
        """Return the provenance as a JSON-ready dict."""
        return {
            "verdict": self.verdict,
            "signer": None if self.signer is None else self.signer.as_json(),
            "trusted_by": self.trusted_by,
        }


@dataclass(frozen=True)
class PackageDraftInfo:
    """One draft as a package holds it."""

    id: str
    reference: str
    subject: str
    level: str
    revisions: int
    conflict_of: str | None

    def as_json(self) -> dict[str, Any]:
        """Return the entry as a JSON-ready dict."""
        return {
            "id": self.id,
            "reference": self.reference,
            "subject": self.subject,
            "classification": self.level,
            "revisions": self.revisions,
            "conflict_of": self.conflict_of,
        }


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote."""

    path: Path
    drafts: tuple[PackageDraftInfo, ...]
    revisions: int
    attachments: int
    size: int
    sha256: str
    level: str
    marking: str
    exported_at: str
    personal_data: tuple[str, ...] = ()
    """Warnings: likely personal data in the exported drafts' text (shown, never blocking)."""

    def lines(self) -> list[str]:
        """Return a human summary, one line each."""
        return [
            f"Wrote {self.path}",
            f"  {counted(len(self.drafts), 'draft')}, {counted(self.revisions, 'revision')}, "
            f"{counted(self.attachments, 'attachment file')}, {_size(self.size)}; "
            "read back and verified.",
            f"  Highest classification inside: {_marking(self.level, self.marking)}",
            f"  SHA-256 of the package: {self.sha256}",
        ]

    def as_json(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict."""
        return {
            "path": str(self.path),
            "drafts": [d.as_json() for d in self.drafts],
            "revisions": self.revisions,
            "attachments": self.attachments,
            "size": self.size,
            "sha256": self.sha256,
            "classification": {"level": self.level, "marking": self.marking},
            "exported_at": self.exported_at,
            "personal_data": list(self.personal_data),
        }


@dataclass(frozen=True)
class PackageReport:
    """What a verified package holds (verify raises PackageError for one that fails)."""

    path: Path
    format_version: int
    program_version: str
    exported_at: str
    workstation: str
    level: str
    marking: str
    drafts: tuple[PackageDraftInfo, ...]
    revisions: int
    attachments: int
    size: int
    sha256: str
    planned: ImportReport | None = None
    """What importing would do here, when verify was given a store."""
    provenance: Provenance | None = None
    """Who signed it and whether that key is trusted here (with a store)."""

    def lines(self) -> list[str]:
        """Return a human summary, one line each."""
        out = [
            f"{self.path}: a valid notadesk package (format version {self.format_version}).",
            f"  Exported {self.exported_at} by notadesk {self.program_version} "
            f"on workstation {self.workstation}.",
            f"  Highest classification inside: {_marking(self.level, self.marking)}",
            f"  {counted(len(self.drafts), 'draft')}, {counted(self.revisions, 'revision')}, "
            f"{counted(self.attachments, 'attachment file')}, {_size(self.size)}.",
        ]
        if self.provenance is not None:
            out.insert(1, f"  {self.provenance.line()}")
        for d in self.drafts:
            ref = one_line(d.reference) or "(no reference)"
            out.append(f"  {ref}  {one_line(d.subject)}  [{d.revisions} rev.]")
        if self.planned is not None:
            out.append("  Importing it here would do:")
            out.extend("  " + line for line in self.planned.draft_lines())
        return out

    def as_json(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict."""
        return {
            "path": str(self.path),
            "valid": True,
            "format_version": self.format_version,
            "program_version": self.program_version,
            "exported_at": self.exported_at,
            "workstation": self.workstation,
            "classification": {"level": self.level, "marking": self.marking},
            "drafts": [d.as_json() for d in self.drafts],
            "revisions": self.revisions,
            "attachments": self.attachments,
            "size": self.size,
            "sha256": self.sha256,
            "planned": None if self.planned is None else self.planned.as_json(),
            "provenance": None if self.provenance is None else self.provenance.as_json(),
        }


@dataclass(frozen=True)
class ImportedDraft:
    """What an import did (or, in a dry run, would do) with one draft of the package."""

    id: str
    reference: str
    subject: str
    outcome: str
    revisions_added: int = 0
    conflict_copy_id: str | None = None
    new_reference: str | None = None
    """Set when the draft got another Onze Referentie because its own is taken here."""

    def line(self, dry_run: bool) -> str:
        """Return one line saying what happened."""
        ref = one_line(self.reference) or "(no reference)"
        text = f"{ref}  {one_line(self.subject[:60])}: {self.outcome}"
        if self.revisions_added:
            verb = "would add" if dry_run else "added"
            text += f" ({verb} {counted(self.revisions_added, 'revision')})"
        if self.conflict_copy_id and self.outcome != "conflict copy":
            text += f" (in its conflict copy {self.conflict_copy_id})"
        if self.outcome == "conflict copy":
            copy = self.conflict_copy_id or "(new id)"
            text += f"; both sides changed, the incoming version is the separate draft {copy}"
        if self.new_reference and dry_run:
            text += f"; Onze Referentie {ref} is taken here, so it "
            text += "would get a new one"
        elif self.new_reference:
            text += f"; Onze Referentie {ref} is taken here, so it is "
            text += f"now {self.new_reference}"
        return text

    def as_json(self) -> dict[str, Any]:
        """Return the entry as a JSON-ready dict."""
        return {
            "id": self.id,
            "reference": self.reference,
            "subject": self.subject,
            "outcome": self.outcome,
            "revisions_added": self.revisions_added,
            "conflict_copy_id": self.conflict_copy_id,
            "new_reference": self.new_reference,
        }


@dataclass(frozen=True)
class ImportReport:
    """What an import did, draft by draft; nothing at all is written by a dry run."""

    path: Path
    dry_run: bool
    drafts: tuple[ImportedDraft, ...]
    attachments_added: int
    provenance: Provenance | None = None
    audit_added: int = 0
    """Audit entries the package carried that were new here."""
    notes: tuple[str, ...] = ()
    """What the gate said (a draft that arrived definitief but not ready is now concept)."""

    def draft_lines(self) -> list[str]:
        """Return one line per draft."""
        return [d.line(self.dry_run) for d in self.drafts]

    def counts(self) -> dict[str, int]:
        """Return how many drafts had each outcome."""
        return {o: sum(1 for d in self.drafts if d.outcome == o) for o in OUTCOMES}

    def lines(self) -> list[str]:
        """Return a human summary, one line each."""
        head = "Dry run, nothing was written: " if self.dry_run else "Imported: "
        summary = ", ".join(
            counted(n, o, "conflict copies") if o == "conflict copy" else f"{n} {o}"
            for o, n in self.counts().items()
            if n
        )
        out = [f"{head}{self.path} ({summary or 'no drafts'})."]
        if self.provenance is not None:
            out.append(f"  {self.provenance.line()}")
        out.extend("  " + line for line in self.draft_lines())
        out.extend(f"  {note}" for note in self.notes)
        if self.attachments_added:
            verb = (
                "would be" if self.dry_run else ("was" if self.attachments_added == 1 else "were")
            )
            out.append(f"  {counted(self.attachments_added, 'attachment file')} {verb} added.")
        return out

    def as_json(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict."""
        return {
            "path": str(self.path),
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "drafts": [d.as_json() for d in self.drafts],
            "attachments_added": self.attachments_added,
            "audit_added": self.audit_added,
            "notes": list(self.notes),
            "provenance": None if self.provenance is None else self.provenance.as_json(),
        }
