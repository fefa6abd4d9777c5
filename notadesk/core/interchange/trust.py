"""Who signed a package and whether this workstation trusts them; the trust list's changes.

Trusted are: this workstation's own key, the keys the administrator's policy pins, and —
where the policy lets users trust keys — the keys on this workstation's trust list. Changes
to the trust list are written to the audit log.
"""

from __future__ import annotations

from pathlib import Path

from notadesk.core.interchange import signing
from notadesk.core.interchange.package import Package
from notadesk.core.interchange.reports import Provenance
from notadesk.core.policy import gate
from notadesk.core.storage.store import DraftStore
from notadesk.core.storage.trust import TrustedKey
from notadesk.errors import NotFoundError, PolicyError, TrustError


def all_trusted(store: DraftStore) -> list[TrustedKey]:
    """Return every key trusted here: own, pinned by the policy, and (if allowed) the user's."""
    policy = store.policy()
    own = own_signer(store)
    keys = [TrustedKey(own.fingerprint, own.public_key, own.name, own.workstation, "", "", "own")]
    keys.extend(
        TrustedKey(signing.fingerprint_of(k.public_key), k.public_key, k.name, "", "", "", "policy")
        for k in policy.trusted_keys
    )
    if policy.users_may_trust_keys:
        keys.extend(store.trusted_keys())
    return keys


def own_signer(store: DraftStore) -> signing.Signer:
    """Return this workstation's signer (its key is made on first use; the database is
    not written, so checking a package changes nothing there)."""
    return signing.own_signer(store.data_dir, str(store.get_setting("workstation.id") or ""))


def provenance(store: DraftStore, package: Package) -> Provenance:
    """Return who signed a package and the verdict here: trusted, untrusted or unsigned."""
    signer = package.signer
    if signer is None:
        return Provenance(None, gate.UNSIGNED, None)
    match = next((k for k in all_trusted(store) if k.fingerprint == signer.fingerprint), None)
    if match is None:
        return Provenance(signer, gate.UNTRUSTED, None)
    return Provenance(signer, gate.TRUSTED, match.source)


def add_trusted_key(store: DraftStore, path: Path) -> tuple[signing.Signer, bool]:
    """Trust the key in a public-key file; return it and whether it was new here.

    Raises:
        PolicyError: the administrator's policy does not let users trust keys.
        TrustError: the file is not a valid public-key file.
    """
    gate.check_user_trust(store.policy())
    try:
        data = Path(path).read_bytes()[: signing.PUBLIC_KEY_FILE_BYTES + 1]
    except FileNotFoundError:
        raise TrustError(f"There is no file {path}.") from None
    except OSError as exc:
        raise TrustError(f"The file {path} cannot be read: {exc.strerror or exc}.") from None
    signer = signing.read_public_key_file(data)
    added = store.add_trusted_key(
        fingerprint=signer.fingerprint,
        public_key=signer.public_key,
        name=signer.name,
        workstation=signer.workstation,
    )
    if added:
        store.record_event(
            "", "trust-add", f"{signer.name} ({signer.short})", {"fingerprint": signer.fingerprint}
        )
    return signer, added


def remove_trusted_key(store: DraftStore, fingerprint: str) -> TrustedKey:
    """Stop trusting a key on the trust list (a fingerprint or its unique beginning).

    Raises:
        PolicyError: the policy does not let users change trust, or pins that key.
        NotFoundError: no key on the trust list matches.
    """
    gate.check_user_trust(store.policy())
    wanted = "".join(fingerprint.lower().split())
    matches = [k for k in store.trusted_keys() if k.fingerprint.startswith(wanted)]
    if len(wanted) < 8 or len(matches) != 1:
        if (
            any(
                signing.fingerprint_of(k.public_key).startswith(wanted)
                for k in store.policy().trusted_keys
            )
            and len(wanted) >= 8
        ):
            raise PolicyError(
                "That key is pinned by the administrator's policy; only they can remove it."
            )
        raise NotFoundError(
            f"No single key on the trust list has a fingerprint starting with {fingerprint!r};"
            " give at least 8 of its digits."
        )
    gone = store.remove_trusted_key(matches[0].fingerprint)
    assert gone is not None
    store.record_event(
        "",
        "trust-remove",
        f"{gone.name} ({signing.short_fingerprint(gone.fingerprint)})",
        {"fingerprint": gone.fingerprint},
    )
    return gone


def export_public_key(store: DraftStore, target: Path) -> signing.Signer:
    """Write this workstation's public-key file (never the private key) to a file."""
    signer = own_signer(store)
    target = Path(target)
    if target.is_dir():
        target = target / f"notadesk-key-{signer.fingerprint[:8]}.json"
    target.write_bytes(signing.public_key_file(signer))
    return signer
