"""The person a manager names as a theme's owner, without the words around the name that the
NLU may take along: "Agnieszka becomes" (of "Agnieszka becomes business owner"), "Jan wird",
"Lotte wordt", "Marco diventa", "Luc devient", "Ana será", "Ewa zostaje", "Erik blir",
"Karl is the new", "as Tom": the name is what is left.
"""

from __future__ import annotations

_AROUND = frozenset("""
becomes become will shall should is gets get takes take be as the new now from
wird ist soll sollte übernimmt wordt neemt diventa sarà devient sera será pasa a zostaje
będzie blir tar
""".split())


def person_named(staff_name: str | None) -> str | None:
    """`staff_name` without the verbs and fillers at its ends; None when nothing is left."""
    if staff_name is None:
        return None
    words = staff_name.split()
    while words and words[-1].lower().strip(",.:;") in _AROUND:
        words.pop()
    while words and words[0].lower().strip(",.:;") in _AROUND:
        words.pop(0)
    return " ".join(words) or None
