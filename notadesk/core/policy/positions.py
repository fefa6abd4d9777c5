"""The sentence that sums up the cabinet's positions on the findings.

"Het kabinet onderschrijft bevindingen 1, 2, 8 en 9 deels en 3 t/m 7 en 10 t/m 12 volledig."
It is always generated from the findings table, so prose and table cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from notadesk.core.model.nota import Finding
from notadesk.core.policy.vocabulary import vocabulary


def join_dutch(parts: Sequence[str]) -> str:
    """Join words as Dutch lists them: ``a, b en c``."""
    word = vocabulary()["positions_summary"]["and"]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def number_ranges(numbers: Sequence[int]) -> list[str]:
    """Return numbers as items: runs of three or more become ``3 t/m 7``."""
    words = vocabulary()["positions_summary"]
    ordered = sorted(set(numbers))
    items: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start >= 2:
            items.append(words["range"].format(first=ordered[start], last=ordered[end]))
        else:
            items.extend(str(n) for n in ordered[start : end + 1])
        start = end + 1
    return items


def numbers_phrase(numbers: Sequence[int]) -> str:
    """Return ``bevinding 5`` or ``bevindingen 1, 2 en 3 t/m 7``."""
    words = vocabulary()["positions_summary"]
    items = number_ranges(numbers)
    noun = words["finding_singular"] if len(set(numbers)) == 1 else words["finding_plural"]
    return f"{noun} {join_dutch(items)}"


def positions_summary(findings: Sequence[Finding]) -> str:
    """Return the one-sentence summary of the positions taken on the findings."""
    data = vocabulary()
    words = data["positions_summary"]
    by_position: dict[str, list[int]] = {}
    for finding in findings:
        if finding.position:
            by_position.setdefault(finding.position, []).append(finding.number)
    if not by_position:
        return str(words["none"])
    templates = {p["id"]: p["summary"] for p in data["positions"]}
    order = {p["id"]: p["order"] for p in data["positions"]}
    # Positions are listed by their lowest finding number, as the reference does.
    ordered = sorted(by_position.items(), key=lambda kv: (min(kv[1]), order.get(kv[0], 99)))
    # Phrases sharing the verb "onderschrijft" are joined after one verb.
    verb = "onderschrijft "
    shared = [
        templates[p].format(numbers=numbers_phrase(nums)).removeprefix(verb)
        for p, nums in ordered
        if templates[p].startswith(verb)
    ]
    other = [
        templates[p].format(numbers=numbers_phrase(nums))
        for p, nums in ordered
        if not templates[p].startswith(verb)
    ]
    clauses = []
    if shared:
        clauses.append(verb + _merge_nouns(shared))
    clauses.extend(other)
    if len(clauses) > 1:
        # Each clause may hold "en" itself; a comma keeps the sentence readable.
        body = ", ".join(clauses[:-1]) + f", {words['and']} " + clauses[-1]
    else:
        body = clauses[0]
    return f"{words['subject']} {body}."


def _merge_nouns(phrases: list[str]) -> str:
    # "bevindingen 1 en 2 deels" + "bevindingen 3 t/m 7 volledig"
    #   -> "bevindingen 1 en 2 deels en 3 t/m 7 volledig" (the noun once, as the reference does)
    words = vocabulary()["positions_summary"]
    nouns = (words["finding_plural"] + " ", words["finding_singular"] + " ")
    if len(phrases) > 1:
        rest = [p.removeprefix(nouns[0]).removeprefix(nouns[1]) for p in phrases[1:]]
        first = phrases[0]
        if not first.startswith(nouns):
            return join_dutch(phrases)
        # The plural is right when more than one finding is named in all.
        body = first.removeprefix(nouns[0]).removeprefix(nouns[1])
        return nouns[0] + join_dutch([body, *rest])
    return phrases[0]
