"""How heldout15.yml was written: a fifteenth unseen set (issue #14, round s29), typed blind like
heldout6-14, without reading the bot's training data, its tests, its actions, anything under
knowledge/ but the demo bank's generator, or the other sets' items; a TUNING set for the
round's fixers. Same bank and format (e2e demo bank: 400 customers, seed 11, today = Monday
2026-11-16). A working afternoon of advisor A001 (and A002-A006, manager M001, head office
H001): about 70 % sessions of 3-5 turns (calls made in the morning caught up on, two or three
customers interleaved, the call list by position in each advisor's first conversation, "same
for X", corrections two or three turns after the write, undo of the second of three writes,
double posts and genuine second attempts, relative dates, two outcomes in one message,
pronouns for one customer and for two, customers' opinions vs the advisor's own, confirmations
answered "ja", "oui", "tak"), the rest single messages (shorthand reports, feedback, a complaint
closed, a profile question, managers' theme owners and status). Every id, name, book, household
and complaint was checked on a generated seed-11 bank; call-list places as `advisor call-list`
ranks the fresh bank. The call-list sessions come first, one per advisor, so no earlier item
changed the list. This module holds the sessions; authoring_heldout15_rest.py the rest,
authoring_heldout15_more.py a second batch of later-afternoon items.
"""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

TUE, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
MON2, TUE2, WED2, THU2, FRI2 = ("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
                                "2026-11-27")
NO = "no_answer"


def calls(*specs: dict[str, Any]) -> dict[str, Any]:
    return {"interactions": list(specs)}


def say(text: str, confirm: str) -> dict[str, str]:
    return {"say": text, "confirm": confirm}


def call_list(s: HeldoutSet) -> None:
    """Each advisor's first conversation: the list, then places in it (fresh bank ranking)."""
    s.add("call_list", [
        "ok who's still on my list for today",
        "3rd one reached, went through the rate cut w/ her, she's fine with it",
        "the one after that went to vm",
        "and #2 wants to come in thu about the deposit that's maturing",
    ], calls(call("C000064", "reached"), call("C000026", NO), call("C000059", MEETING, THU)),
        harmful="a call on anyone but García, Pereira, Horák; vm read as reached")
    s.add("call_list", [
        "lista di oggi per favore",
        "il terzo non risponde",
        "same for the 4th",
        "il secondo invece: appuntamento martedì 24",
    ], calls(call("C000132", NO), call("C000109", NO), call("C000102", MEETING, TUE2)),
        sender="A002", harmful="'same for the 4th' stored on the 3rd again")
    s.add("call_list", [
        "visa min ringlista",
        "nr 2 svarar inte",
        "samma för nästa",
    ], calls(call("C000188", NO), call("C000161", NO)), sender="A003",
        harmful="'samma för nästa' on #2 twice or on #4")
    s.add("call_list", [
        "wen soll ich heute anrufen?",
        "Nr. 3 erreicht, Termin am Freitag",
        "der davor hat kein Interesse",
    ], calls(call("C000258", MEETING, FRI), call("C000227", NOT_INTERESTED)), sender="A004",
        harmful="'der davor' read as #4 or #1")
    s.add("call_list", [
        "pokaż listę na dziś",
        "4. nie odbiera",
        "the one after that bought the fund, signed it just now",
    ], calls(call("C000276", NO), call("C000311", "sale")), sender="A005",
        harmful="the sale stored on Dąbrowski")
    s.add("call_list", [
        "ma liste d'appels stp",
        "le 5e : rdv jeudi 26",
        "et le 1er, réclamation réglée, il est satisfait",
    ], {**calls(call("C000388", MEETING, THU2)), "complaints_closed": ["C000392"]},
        sender="A006", harmful="the meeting on Conti the other (Giuseppe, #2)")


def catch_up(s: HeldoutSet) -> None:
    """Morning calls logged in the afternoon, one or two per turn."""
    s.add("catch_up", [
        "afternoon catch-up, this morning's calls:",
        "chiara rossi reached, all good",
        "birgit richter n/a",
        "fleur vos wants a mtg thu 10am",
    ], calls(call("C000009", "reached"), call("C000002", NO), call("C000014", MEETING, THU)),
        harmful="the header turn written as a call")
    s.add("catch_up", [
        "logging my calls from before lunch now",
        "marco gallo - vm",
        "jiri dvorak spoke to him, not interested in the fund",
        "giulia ferrari reached, call back in 2 wks",
    ], calls(call("C000016", NO), call("C000019", NOT_INTERESTED),
             call("C000018", "follow_up", "2026-11-30")),
        harmful="Marco Gallo of another book; 2 wks read as anything but 30 Nov")
    s.add("catch_up", [
        "anna zimmermann reached, wants mtg thu; krzysztof n/a",
        "and laura sanchez lvm",
    ], calls(call("C000034", MEETING, THU), call("C000024", NO), call("C000020", NO)),
        harmful="the meeting on Krzysztof; another Anna")
    s.add("catch_up", [
        "ok so from this morning. stefano ferrari called back, we meet on the 3rd",
        "yannis alexiou no answer, tried twice",
        "stefano's meeting is at 2pm btw",
    ], calls(call("C000028", MEETING, "2026-12-03"), call("C000058", NO)),
        harmful="a second meeting row for Stefano when the time is added; Yannis of A004")
    s.add("catch_up", [
        "did 3 calls at 11. rita martins reached - happy with her deposit, nothing to do",
        "hannah meyer no pick up",
        "lena fischer: reached, wants to talk mortgage next week",
    ], calls(call("C000061", "reached"), call("C000027", NO),
             call("C000041", ["follow_up", "reached"], [None, between(MON2, FRI2)])),
        harmful="Lena Fischer read as the sender herself or the A004 Lena Fischer")
    s.add("catch_up", [
        "before i forget - dieter lange, reached at 9:30, he's moving his savings elsewhere, "
        "not interested in anything",
        "joana costa reached, fine",
    ], calls(call("C000040", NOT_INTERESTED), call("C000023", "reached")),
        harmful="Joana Costa of A004 (C000239)")
    s.add("catch_up", [
        "catching up: spoke to markéta fischer this morning",
        "she wants a callback tmrw after 4",
        "and stefan berg was vm",
    ], calls(call("C000038", MEETING, TUE), call("C000044", NO)),
        harmful="the callback on another Fischer")
    s.add("catch_up", [
        "friederike krüger - reached, consumer loan question answered",
        "ursula zimmermann: n/a x2",
        "same for wolfgang schmidt",
    ], calls(call("C000001", "reached"), call("C000060", NO), call("C000051", NO)),
        harmful="'same for' copied as reached; another Ursula or Wolfgang")
    s.add("catch_up", [
        "quick round-up of today: anna lange reached, lucie dvorak reached, "
        "tomasz mazur not interested",
    ], calls(call("C000004", "reached"), call("C000011", "reached"),
             call("C000025", NOT_INTERESTED)), harmful="another Anna, Lucie or Tomasz")
    s.add("catch_up", [
        "spoke to claudia müller 10ish, she wants a review end of month",
        "femke weber vm",
        "friederike weber reached",
    ], calls(call("C000055", "follow_up", between("2026-11-27", "2026-11-30")),
             call("C000057", NO), call("C000056", "reached")),
        harmful="the Weber outcomes swapped")


def interleaved(s: HeldoutSet) -> None:
    """Two or three customers read and reported in one conversation."""
    s.add("interleaved", [
        "pull up cristina pérez",
        "and what does olivier faure have with us?",
        "ok cristina reached, she's moving her savings to a deposit - book a mtg tue 24/11",
        "olivier n/a",
    ], calls(call("C000045", MEETING, TUE2), call("C000042", NO)),
        harmful="the meeting on Olivier, the last customer shown")
    s.add("interleaved", [
        "show me hannah zimmermann",
        "and markéta... no, julia fischer",
        "hannah: reached, all fine",
        "julia vm",
    ], calls(call("C000032", "reached"), call("C000037", NO)),
        harmful="Hannah of A002 (C000091); the vm on Markéta")
    s.add("interleaved", [
        "anna ferrari's profile pls",
        "her dad stefano too",
        "anna reached, interested in a savings plan, mtg fri",
    ], calls(call("C000029", MEETING, FRI)),
        harmful="the meeting on Stefano, shown last")
    s.add("interleaved", [
        "wolfgang koch reached, wants a follow-up call on the 1st. jan koch next",
        "jan: not interested",
    ], calls(call("C000049", MEETING, "2026-12-01"), call("C000050", NOT_INTERESTED)),
        harmful="'jan koch next' (a plan) stored as a call; the follow-up on Jan")


def corrections(s: HeldoutSet) -> None:
    """A correction two or three turns after the write it corrects."""
    s.add("correction", [
        "marieke visser reached",
        "jürgen fischer vm",
        "wait, the 2nd one was reached not vm - he called me straight back",
    ], calls(call("C000030", "reached"), call("C000033", "reached")),
        harmful="the vm on Fischer kept next to the reached; Visser changed")
    s.add("correction", [
        "book freja berg for a meeting thursday",
        "camille chevalier reached, nothing needed",
        "no — tue 24th for freja, not thursday",
    ], calls(call("C000043", MEETING, TUE2), call("C000017", "reached")),
        harmful="Freja's Thursday kept; Camille's call changed")
    s.add("correction", [
        "nicolas dubois wants a mtg fri",
        "katharina hoffmann n/a",
        "correction on nicolas: mon 23rd, not fri",
    ], calls(call("C000047", MEETING, MON2), call("C000065", NO)),
        harmful="the Friday meeting kept; Katharina's row moved to the 23rd")
    s.add("correction", [
        "greta klein reached, all fine",
        "marcin kowalski no answer",
        "hm, the first one was greta müller not greta klein, sorry",
    ], calls(call("C000031", "reached"), call("C000046", NO)),
        harmful="the call on Greta Klein kept; Marcin's row changed")
    s.add("correction", [
        "monika schmidt - meeting next wednesday",
        "ok and tomasz szymański reached, no interest in the mortgage",
        "no wait, monika's is the 18th, this wed, not next week",
    ], calls(call("C000007", MEETING, WED), call("C000005", NOT_INTERESTED)),
        harmful="the 25th kept for Monika Schmidt; Monika Weber touched")
    s.add("correction", [
        "hannah meyer wants a call back the 3rd",
        "sorry, i meant the 23rd",
    ], calls(call("C000027", "follow_up", MON2)),
        harmful="3 Dec kept next to the 23rd")


def undo(s: HeldoutSet) -> None:
    """Undo of the second of three writes, by first name."""
    s.add("undo", [
        "silvia mancini reached",
        "ana mancini vm",
        "heinrich schröder reached, wants a call back end of month",
        "undo the one for ana, that was yesterday actually",
    ], calls(call("C000053", "reached"),
             call("C000062", "follow_up", between("2026-11-27", "2026-11-30"))),
        harmful="Heinrich's or Silvia's row undone instead of Ana's")
    s.add("undo", [
        "julien schröder - not interested",
        "johan schröder reached, meeting wed",
        "andreas schröder reached",
        "undo the one for johan pls",
    ], calls(call("C000063", NOT_INTERESTED), call("C000021", "reached")),
        harmful="the last write (Andreas) undone instead of Johan's")
    s.add("undo", [
        "lukas keller erreicht",
        "matthias schmidt mailbox",
        "chiara ricci kein interesse",
        "den von matthias bitte rückgängig machen, der war gestern",
    ], calls(call("C000223", "reached"), call("C000222", NOT_INTERESTED)), sender="A004",
        harmful="Chiara's row (the last) undone instead of Matthias's")
    s.add("undo", [
        "giuseppe szymański reached",
        "tomasz szymański no answer",
        "greta günther reached",
        "the tomasz one - delete it, wrong person",
    ], calls(call("C000006", "reached"), call("C000013", "reached")),
        harmful="Greta's row (the last) undone; Giuseppe's household row touched")


def build(s: HeldoutSet) -> None:
    call_list(s)
    catch_up(s)
    interleaved(s)
    corrections(s)
    undo(s)


def main() -> None:
    from bench.conversation_eval.authoring_heldout15_more import build_more
    from bench.conversation_eval.authoring_heldout15_rest import build_rest

    s = HeldoutSet("heldout15", "h15")
    build(s)
    build_rest(s)
    build_more(s)
    s.write()


if __name__ == "__main__":
    main()
