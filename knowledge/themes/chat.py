"""Chat answers about themes for managers: plain sentences, plus the theme now in focus.

Each function is the one call an action makes; it returns a `ChatAnswer` with the text to say,
the theme id to remember (so "mark it resolved" knows what "it" is) and a JSON payload for
rich channels.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.access.policy import is_manager
from knowledge.answer import ChatAnswer
from knowledge.format import money
from knowledge.models.bank import Staff
from knowledge.models.themes import Theme
from knowledge.themes import ownership, queries
from knowledge.themes.more_changes import THEN, asks_about, further_changes, role_of, state_of
from knowledge.themes.named import looked_alike, named_alone
from knowledge.themes.owner_words import person_named
from knowledge.themes.status_words import denied, status_in
from knowledge.themes.trends import parse_period
from knowledge.writes.pending import describe, done
from knowledge.writes.unsure import CONDITION, HEDGE, QUESTION, TAKE_BACK, unsure_about

# "X should be business owner" is an instruction; "not done yet" is read below: no plan/negation
_THEME_DOUBTS = (TAKE_BACK, QUESTION, CONDITION, HEDGE)


def _answer(text: str, *, theme_id: int | None = None, payload: dict[str, Any] | None = None,
            pending: dict[str, Any] | None = None) -> ChatAnswer:
    """The chat answer, remembering the theme talked about (so "mark it resolved" knows what
    "it" is) and a write shown first ("… OK?") in the slots."""
    slots: dict[str, Any] = {}
    if theme_id is not None:
        slots["theme_id"] = str(theme_id)
    if pending is not None:
        slots["pending_write"] = pending
    return ChatAnswer(text, payload, slots)


ARROWS = {"rising": "↑ rising", "falling": "↓ falling", "new": "new", "steady": "steady",
          "quiet": "quiet"}
NO_THEMES = ("There are no themes yet. Feedback is grouped into themes by `advisor themes build` "
             "(or `advisor themes update` for new items); ask again once that has run.")


def summary(*, session: Session, period_text: str | None, as_of: dt.date,
            top: int = 5) -> ChatAnswer:
    """Two levels: the areas heard most in the period, each with its concrete problems."""
    from knowledge.themes.rollup import area_summaries

    period = parse_period(period_text)
    every = queries.summaries(session=session, as_of=as_of, period=period)
    if not every:
        return _answer(NO_THEMES)
    # Problems are ranked; praise is told apart at the end, never as a problem to fix.
    items, praise = queries.ranked(every)
    praised = sorted((s for s in praise if s.trend.current), key=lambda s: (-s.trend.current,
                                                                          s.id))[:3]
    active = sorted(items, key=lambda s: (-s.trend.current, -s.size, s.id))
    heard = [s for s in active if s.trend.current > 0]
    if not heard:
        return _answer(f"No new feedback in the last {period}. The largest themes overall: "
                      + "; ".join(f"“{s.label}” ({s.size})" for s in active[:top]) + ".")
    areas = [a for a in area_summaries(session=session, as_of=as_of, period=period, items=items)
             if a.trend.current > 0]
    areas.sort(key=lambda a: (-a.trend.current, -a.size, a.id))
    areas = areas[:top]
    lines = [f"What customers said in the last {period} ({sum(s.trend.current for s in items)} "
             f"statements on {_count(len(heard), 'problem')} in "
             f"{_count(len(areas), 'area')}):"]
    shown: list[queries.ThemeSummary] = []
    for n, area in enumerate(areas, 1):
        problems = sorted((p for p in area.problems if p.trend.current),
                          key=lambda p: (-p.trend.current, -p.size, p.id))
        shown += problems[:3]
        quote = f" — e.g. “{problems[0].quotes[0]}”" if problems[0].quotes else ""
        if len(problems) == 1:  # one problem heard in the area: it is the clearer name
            p = problems[0]
            lines.append(f"{n}. {p.label}: {p.trend.current} ({ARROWS[p.trend.direction]}, "
                         f"{p.trend.previous} before), cost so far {money(p.cost.total)}{quote}")
            continue
        t = area.trend
        figures = (f"{t.current} ({ARROWS[t.direction]}, {t.previous} before), cost so far "
                   f"{money(area.cost.total)}")
        parts = ", ".join(f"{p.label} {p.trend.current}" for p in problems[:3])
        more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
        lines.append(f"{n}. {area.label} — {figures}: {parts}{more}{quote}")
    rising = [s.label for s in items if s.trend.direction == "rising"]
    if rising:
        lines.append("Rising: " + ", ".join(rising) + ".")
    if praised:
        lines.append("Praised: " + "; ".join(
            f"“{s.label}” ({s.trend.current})" + (f" — e.g. “{s.quotes[0]}”" if s.quotes else "")
            for s in praised) + ".")
    lines.append("Ask “tell me more about the … theme” for quotes, cost and owners.")
    return _answer("\n".join(lines), theme_id=shown[0].id,
                  payload={"type": "themes_summary",
                           "themes": [s.as_dict() for s in shown], "period": period,
                           "praise": [s.as_dict() for s in praised],
                           "areas": [a.as_dict(with_problems=False) | {
                               "problem_ids": [p.id for p in a.problems]} for a in areas]})


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _resolve(*, session: Session, words: str | None, focus: int | None, text: str | None
             ) -> tuple[Theme | None, ChatAnswer | None]:
    """The theme meant by the words, else the one in focus; or an answer that asks."""
    for candidate in (words, None if focus else text):
        if candidate:
            found = queries.find_theme(session=session, words=candidate)
            if len(found) == 1:
                return found[0], None
            if len(found) > 1:
                options = "; ".join(f"“{t.label}” (#{t.id})" for t in found)
                return None, _answer(f"Several themes match: {options}. Which one do you mean?")
    if focus:
        theme = queries.get_theme(session=session, theme_id=int(focus))
        if theme is not None:
            return theme, None
    named = f"“{words}”" if words else "that"
    return None, _answer(f"I found no theme matching {named}. Ask “what are customers saying?” "
                        "to see the themes, then name one by its words or number.")


def detail(*, session: Session, words: str | None, focus: int | None, text: str | None,
           as_of: dt.date) -> ChatAnswer:
    theme, refusal = _resolve(session=session, words=words, focus=focus, text=text)
    if refusal:
        return refusal
    assert theme is not None
    found = queries.detail(session=session, theme_id=theme.id, as_of=as_of)
    assert found is not None
    s, c = found.summary, found.summary.cost
    owners = (f"Business owner: {s.business_owner or 'nobody yet'}; "
              f"solution owner: {s.solution_owner or 'nobody yet'}.")
    lines = [
        f"Theme #{s.id} “{s.label}” — {s.size} statements, {s.status.replace('_', ' ')}. "
        f"Keywords: {', '.join(s.keywords)}.",
        f"Last 30 days: {s.trend.current} ({ARROWS[s.trend.direction]}; {s.trend.previous} the "
        "30 days before).",
        f"Cost so far {money(c.total)}: compensation {money(c.compensation)}, handling "
        f"{money(c.handling)} ({c.contacts} contacts), revenue at risk {money(c.revenue_at_risk)} "
        f"({c.customers_at_risk} customers reduced or closed holdings).",
        owners,
    ]
    lines += [f"“{q}”" for q in s.quotes]
    siblings = [t for t in queries.summaries(session=session, as_of=as_of)
                if s.area_id is not None and t.area_id == s.area_id and t.id != s.id]
    if s.area_label:
        others = "; ".join(f"“{t.label}” (#{t.id})" for t in
                           sorted(siblings, key=lambda t: (-t.size, t.id))[:4])
        lines.insert(1, f"Area “{s.area_label}”" + (f", with {others}." if others else
                                                     ", its only problem."))
    return _answer("\n".join(lines), theme_id=s.id, payload={"type": "theme", **found.as_dict()})


def costliest(*, session: Session, as_of: dt.date, top: int = 5) -> ChatAnswer:
    ranked = queries.costliest(session=session, as_of=as_of, limit=top)
    if not ranked:
        return _answer(NO_THEMES if not queries.summaries(session=session, as_of=as_of) else
                      "None of the themes has cost anything measurable yet.")
    lines = ["The problems that cost us most so far:"]
    for n, s in enumerate(ranked, 1):
        c = s.cost
        owner = s.business_owner or s.solution_owner
        lines.append(
            f"{n}. {s.label}: {money(c.total)} (compensation {money(c.compensation)}, handling "
            f"{money(c.handling)}, revenue at risk {money(c.revenue_at_risk)})"
            + (f", owner {owner}" if owner else ", no owner yet"))
    return _answer("\n".join(lines), theme_id=ranked[0].id,
                  payload={"type": "themes_costliest",
                           "themes": [s.as_dict() for s in ranked]})


def _role_in(text: str | None) -> str | None:
    lowered = (text or "").lower()
    if "solution" in lowered or re.search(r"\bso\s*[:=]", lowered):
        return "solution_owner"
    if "business" in lowered or re.search(r"\bbo\b\s*[:=]?", lowered):
        return "business_owner"
    return None


# "me", "myself", "i'll own", "i take": the asker is the one to become owner.
_ME = re.compile(r"\b(?:me|myself|mich|mij|mig|moi|mnie)\b|"
                 r"\bi(?:['’]ll| will| can| (?:am|'m) going to)? "
                 r"(?:own|take|handle|lead)\b|\b(?:i['’]ll|i will|i can|i['’]m|i am|let me) "
                 r"(?:be |become )?(?:the )?(?:business |solution )?owner\b", re.IGNORECASE)


def _the_sender_meant(staff_name: str | None, text: str | None) -> bool:
    """The asker names themself as the owner, and names nobody else."""
    typed = " ".join((staff_name or "").split()).lower()
    if typed:
        return typed in ("me", "myself", "i")
    return bool(_ME.search(text or ""))


def assign(*, session: Session, staff: Staff, words: str | None, focus: int | None,
           staff_name: str | None, role: str | None, text: str | None) -> ChatAnswer:
    if not is_manager(staff):
        return _answer("Only branch managers and head office can assign theme owners; please ask "
                      "your branch manager.")
    # The words typed win over the NLU's entity: "not the business side, solution owner".
    role = role_of(text, staff_name) or _role_in(text) or role
    if role is None:
        return _ask_about(session, words, focus, text,
                          "As business owner (short-term fix) or solution owner (root cause)?")
    typed = staff_name
    if staff_name and not ownership.find_staff(session=session, name=staff_name):
        # "Agnieszka becomes" (… business owner), or a word that is nobody ("mails" of
        # "marketing mails theme"): the staff named in the text, then shown for a yes.
        staff_name = person_named(staff_name)
        if staff_name and not ownership.find_staff(session=session, name=staff_name):
            staff_name = None
    myself = _the_sender_meant(staff_name, text)
    if (not myself and staff_name and _ME.search(text or "")
            and not ownership.find_staff(session=session, name=staff_name)):
        # "i'll be the business owner for marketing emails": "emails" tagged as the person
        myself, staff_name = True, None
    if staff_name and not myself:
        people = ownership.find_staff(session=session, name=staff_name)
    else:
        people = ownership.staff_in_text(session=session, text=text or "")
        if myself and not [p for p in people if p.id != staff.id]:
            # "make me solution owner", "i'll own it": the asker, by staff id; shown for a yes.
            people, staff_name = [staff], None
        else:
            myself = False
        if not people and typed:
            return _answer(f"I found no member of staff called “{typed}”; check the name.")
        if not people:
            return _answer("Whom should I assign? Say e.g. “assign it to Marta Lindqvist as "
                          "solution owner”.")
    if staff_name and people and not _typed_person(people, staff_name, text):
        # A look-alike ("anna schmidt" ≈ "Anne Schmid") is never put forward for a yes.
        return _answer(f"I found no member of staff called “{staff_name}”. Did you mean "
                      + " or ".join(f"{p.name} ({p.id})" for p in people)
                      + "? Say the full name or the staff id; nothing was changed.")
    if not people:
        return _answer(f"I found no member of staff called “{staff_name}”; check the name.")
    if len(people) > 1 and not staff_name:
        after_to = _the_one_after_to(people, text)
        people = [after_to] if after_to is not None else people
    if len(people) > 1:
        return _answer("Several people match: " + "; ".join(f"{p.name} ({p.id})" for p in people)
                      + ". Which one?")
    theme, refusal = _resolve(session=session, words=words, focus=focus, text=text)
    if refusal:
        return refusal
    assert theme is not None
    unsure = looked_alike(theme, words, text, focus)
    if unsure is not None:
        return _answer(unsure, theme_id=theme.id)
    person = people[0]
    typed = " ".join((staff_name or "").split()).lower()
    named = (typed in (person.name.lower(), person.id.lower()) if typed
             else person.name.lower() in (text or "").lower())
    doubt = unsure_about(text, names=[person.name, person.id, theme.label], kinds=_THEME_DOUBTS)
    write = {"kind": "theme_owner", "theme_id": theme.id, "label": theme.label,
             "owner_id": person.id, "owner_name": person.name,
             "role": ownership.normalise_role(role)}
    more = further_changes(session=session, staff=staff, theme=theme, text=text, first=write)
    if myself or not named or not named_alone(session, words, text, theme) or doubt or more:
        # The person or the theme was inferred (a partial or misspelt name, the theme in
        # focus), or words were left that may change it ("if", "maybe", "?"): shown first;
        # further changes the message states are shown after it, one yes each.
        return _confirm({**write, THEN: more} if more else write,
                        why=doubt.why() if doubt else None)
    before = getattr(theme, f"{write['role']}_id")
    try:
        changed = ownership.assign_owner(session=session, theme=theme, owner=people[0],
                                         role=role, by=staff)
    except ownership.ThemeActionRefused as exc:
        return _answer(str(exc), theme_id=theme.id)
    role_words = ownership.ROLES[ownership.normalise_role(role)]
    if not changed:
        return _answer(f"{people[0].name} already is {role_words} of “{theme.label}”.",
                      theme_id=theme.id)
    return _made(f"Done: {people[0].name} is now {role_words} of “{theme.label}” (#{theme.id}) "
                 "and has been notified.", write, before)


def set_status(*, session: Session, staff: Staff, words: str | None, focus: int | None,
               status: str | None, text: str | None) -> ChatAnswer:
    if not is_manager(staff):
        return _answer("Only branch managers and head office can change a theme's status.")
    # The words typed ("in Bearbeitung", "solved since friday") win; a denied one is asked.
    status = status_in(text) or (None if denied(text) else status)
    if status is None:
        return _ask_about(session, words, focus, text,
                          "Which status: open, in progress or resolved?")
    theme, refusal = _resolve(session=session, words=words, focus=focus, text=text)
    if refusal:
        return refusal
    assert theme is not None
    unsure = looked_alike(theme, words, text, focus)
    if unsure is not None:
        return _answer(unsure, theme_id=theme.id)
    doubt = unsure_about(text, names=[theme.label], kinds=_THEME_DOUBTS)  # "wait times"
    write = {"kind": "theme_status", "theme_id": theme.id, "label": theme.label,
             "status": ownership.normalise_status(status)}
    more = further_changes(session=session, staff=staff, theme=theme, text=text, first=write)
    if not named_alone(session, words, text, theme) or doubt or more:
        return _confirm({**write, THEN: more} if more else write,
                        why=doubt.why() if doubt else None)
    before = theme.status
    try:
        changed = ownership.set_status(session=session, theme=theme, status=status, by=staff)
    except ownership.ThemeActionRefused as exc:
        return _answer(str(exc), theme_id=theme.id)
    words_status = ownership.normalise_status(status).replace("_", " ")
    if not changed:
        return _answer(f"“{theme.label}” already is {words_status}.", theme_id=theme.id)
    owners = {theme.business_owner_id, theme.solution_owner_id} - {None, staff.id}
    told = ("its owners have been notified" if owners else
            "it has no other owner to notify yet")
    return _made(f"“{theme.label}” (#{theme.id}) is now {words_status}; {told}.", write, before)


def _made(text: str, write: dict[str, Any], old: str | None) -> ChatAnswer:
    """A change made at once, kept as the conversation's last write: "undo" or "I meant the
    other theme" takes it back as it does a change confirmed with a yes."""
    answer = done(text, {"kind": write["kind"], "id": str(write["theme_id"]), "old": old},
                  write, {"type": "theme_changed", "theme_id": write["theme_id"]})
    answer.slots["theme_id"] = str(write["theme_id"])
    return answer


def _ask_about(session: Session, words: str | None, focus: int | None, text: str | None,
               question: str) -> ChatAnswer:
    """No change stated: a question about the theme gets its status and owners, a change
    with a part missing gets the question; either way the theme named becomes the focus."""
    theme, refusal = _resolve(session=session, words=words, focus=focus, text=text)
    if theme is None:
        return _answer(question) if refusal is None or not asks_about(text) else refusal
    if asks_about(text):
        return state_of(session, theme)
    return _answer(question, theme_id=theme.id)


def _typed_person(people: list[Any], typed: str, text: str | None) -> bool:
    """The person found has a name part (3+ letters) or the id that was typed."""
    said = set(re.findall(r"[^\W\d_]{3,}|\w+\d+", f"{typed} {text or ''}".lower()))
    return any(p.id.lower() in said or set(p.name.lower().split()) & said for p in people)


def _the_one_after_to(people: list[Any], text: str | None) -> Any | None:
    """ "move the card theme from Katrin Brandt to Tobias Lehmann": the one after "to"."""
    lowered = (text or "").lower()
    after = [p for p in people if re.search(rf"\bto\s+{re.escape(p.name.lower())}", lowered)]
    return after[0] if len(after) == 1 else None


def _confirm(write: dict[str, Any], why: str | None = None) -> ChatAnswer:
    lead = f"{why} " if why else ""
    return _answer(f"{lead}{describe(write)[0].upper()}{describe(write)[1:]}. OK?",
                  theme_id=write["theme_id"],
                  payload={"type": "confirm_write", "write": write}, pending=write)
