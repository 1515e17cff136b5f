"""Who a call is with, told apart by this conversation (and an initial typed) when a name or
a pronoun fits several: "tomasz called back, wants a meeting" with three Tomasz in the book,
one of them called earlier in this chat; "show me wolfgang's products" → "which one?" → "log
that he wants to meet on the 27th"; "anna z"; a bare "no answer" right after a profile.

Never a guess on a write: the one customer it narrows to is shown for a yes, saying why
(`Who.said_as`); a pronoun right after a choice the advisor left open points at those choices,
not at the older customer in focus, so it is asked about when nothing narrows it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from knowledge.call_reports.said_today import day_said
from knowledge.writes.pending import customer_name

if TYPE_CHECKING:
    from knowledge.call_reports.call_writes import Who


def _bare_outcome(text: str | None) -> bool:
    """Only an outcome, in a few words ("no answer", "reached, not interested in the bond tho");
    the caller knows the words name nobody."""

    from knowledge.call_reports.said import read_call

    words = " ".join((text or "").split())
    return 0 < len(words.split()) <= 8 and read_call(words, day_said()).explicit


def called_in_chat(last_write: Any, called: tuple[str, ...] | None = None) -> list[str]:
    """The customers of the calls logged in this conversation and still on record, newest
    first: the conversation's state's (`called`) when the caller has it, else the last write
    and the ones behind it (knowledge.writes.earlier)."""
    if called is not None:
        return list(called)
    if not isinstance(last_write, dict):
        return []
    found: list[str] = []
    for entry in [last_write, *(last_write.get("earlier") or [])]:
        write = entry.get("write") if isinstance(entry, dict) else None
        if not isinstance(write, dict) or entry.get("kind") not in ("call", "calls"):
            continue
        for one in write.get("writes") or [write]:
            cid = one.get("customer_id") if isinstance(one, dict) else None
            if cid and cid not in found:
                found.append(str(cid))
    return found


def narrowed(*, session: Session, who: Who, last_write: Any, offered: list[str] | None,
             pointer: str, text: str | None = None, shown: str | None = None,
             staff: Any = None, called: tuple[str, ...] | None = None) -> Who:
    """`who`, or the one customer of several that this conversation's calls narrow it to
    (shown for a yes, saying why); a pronoun right after an open choice is that choice; a
    bare outcome ("no answer") right after a customer's profile (`shown`) is that customer's
    call, shown for a yes."""
    from knowledge.call_reports.call_writes import Who

    if who.status in ("several", "choose") and staff is not None:
        from knowledge.call_reports.changed_customer import changed_to

        # "spoke to X, sorry, actually it was Y": the call is with Y, shown for a yes
        changed = changed_to(session=session, staff=staff, who=who, text=text)
        if changed is not who:
            return changed
    if who.status == "nobody" and shown and _bare_outcome(text):
        name = customer_name(session, shown)
        return Who("found", shown, name, said_as=(
            f"(No name given: {name} ({shown}), whose details I just showed; please check.)"))

    if who.via_focus and offered and who.customer_id not in offered:
        candidates, typed = list(offered), pointer
    elif who.status == "choose" and who.candidates:
        candidates, typed = list(who.candidates), who.typed or ""
    else:
        return who
    initial = None if who.via_focus else _by_initial(session, text or typed, candidates)
    if initial is not None:  # "anna z" of three Annas, one Anna Zimmermann: asked by name
        return Who("found", initial, customer_name(session, initial), typo=True)
    kin = _kin_named(session, text, candidates, [shown, *called_in_chat(last_write, called)[:1]])
    if who.status == "choose" and kin is not None:
        # "her sister femke didn't pick up" of three Femkes, one in the household of the
        # customer just called: that one, shown for a yes saying so
        cid, anchor = kin
        name = customer_name(session, cid)
        said = f"“{typed}” = " if typed else ""
        return Who("found", cid, name, said_as=(
            f"({said}{name} ({cid}), of the household of {customer_name(session, anchor)}; "
            "please check.)"))
    in_chat = [c for c in candidates if c in called_in_chat(last_write, called)]
    if len(in_chat) == 1:
        cid = in_chat[0]
        name = customer_name(session, cid)
        said = f"“{typed}” = " if typed else ""
        return Who("found", cid, name, said_as=(
            f"({said}{name} ({cid}), of those you asked about the one whose call you logged "
            "earlier in this chat; please check.)"))
    if who.via_focus:  # "he" after "which Wolfgang?": not the customer in focus before it
        return Who("choose", candidates=tuple(candidates), typed=None)
    picked = [c for c in candidates if c in (offered or [])]
    if who.status == "choose" and len(candidates) == 1 and len(picked) == 1:
        # "freja wants a meeting on the 27th" answering "which one: Freja Berg or Stefan
        # Berg?": the one offered that the name fits, shown for a yes saying so
        cid = picked[0]
        name = customer_name(session, cid)
        said = f"“{typed}” = " if typed else ""
        return Who("found", cid, name, said_as=(
            f"({said}{name} ({cid}), one of the customers I just asked about; please check.)"))
    return who


# a relation said of the customer just talked about: "her sister femke", "ihre Schwester",
# "sua figlia", "sa fille", "su hermana", "jej córka", "hans fru"
_KIN = re.compile(
    r"\b(?:(?:her|his|their|the)\s+(?:wife|husband|partner|spouse|sister|brother|daughter|son|"
    r"mother|mum|mom|father|dad)|(?:ihre?[nm]?|seine?[nm]?)\s+(?:frau|mann|schwester|bruder|"
    r"tochter|sohn|mutter|vater)|su[ao]?\s+(?:moglie|marito|sorella|fratello|figlia|figlio|"
    r"madre|padre|mamma|papà)|s[ao]n?\s+(?:femme|mari|s[œo]eur|fr[èe]re|fille|fils|m[èe]re|"
    r"p[èe]re)|su\s+(?:esposa|marido|hermana|hermano|hija|hijo|madre|padre)|"
    r"(?:haar|zijn)\s+(?:vrouw|man|zus|broer|dochter|zoon|moeder|vader)|"
    r"(?:hennes|hans)\s+(?:fru|man|syster|bror|dotter|son|mamma|pappa)|"
    r"(?:jej|jego)\s+(?:mąż|żona|siostra|brat|córka|syn|mama|tata))\b", re.IGNORECASE)


def _kin_named(session: Session, text: str | None, candidates: list[str],
               anchors: list[str | None]) -> tuple[str, str] | None:
    """(the one candidate of the household of the customer just talked about, that customer)
    when the message says a relation ("her sister femke"); None otherwise."""
    from sqlalchemy import select

    from knowledge.models.bank import Customer

    anchor = next((a for a in anchors if a), None)
    if anchor is None or not _KIN.search(text or ""):
        return None
    home = session.scalar(select(Customer.household_id).where(Customer.id == anchor))
    if not home:
        return None
    kin = session.scalars(select(Customer.id).where(
        Customer.id.in_([c for c in candidates if c != anchor]),
        Customer.household_id == home)).all()
    return (kin[0], anchor) if len(kin) == 1 else None


def _by_initial(session: Session, text: str, candidates: list[str]) -> str | None:
    """The one candidate whose surname starts with the initial typed after their first name
    ("anna z wants a meeting", "Anna Z. reached"); None when no initial was typed or it fits
    none or several."""
    from knowledge.customers.names import fold, name_parts

    folded = fold(text)
    fitting = []
    for cid in candidates:
        parts = name_parts(customer_name(session, cid))
        if len(parts) < 2:
            continue
        typed = re.search(rf"\b{re.escape(parts[0])}\s+([^\W\d_])\b(?!['’])", folded)
        if (typed and parts[-1].startswith(typed.group(1))
                and (typed.group(1) not in "ai" or folded[typed.end():].startswith("."))):
            # "gave anna a call": the article, not an initial
            fitting.append(cid)
    return fitting[0] if len(fitting) == 1 else None
