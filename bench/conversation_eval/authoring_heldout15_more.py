'''heldout15.yml, the second batch (see authoring_heldout15.py): later-afternoon sessions —
call-backs from customers who were not reached in the morning, corrections two or three turns
later, undo of the second of three writes, a second attempt logged on purpose, "same for",
pronouns, feedback vs the advisor's own view — and a few more single messages and managers'
theme corrections.'''

from __future__ import annotations

from bench.conversation_eval.authoring_heldout15 import (
    FRI,
    FRI2,
    MON2,
    NO,
    TUE,
    TUE2,
    WED,
    WED2,
    calls,
    say,
)
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

EOM = between("2026-11-27", "2026-11-30")
DEC3 = "2026-12-03"


def late_a001(s: HeldoutSet) -> None:
    """A001 after 3 pm: the morning's no-answers call back, and more."""
    s.add("catch_up", [
        "birgit richter rang back finally",
        "she wants to come in in 2 wks, the 30th suits her",
    ], calls(call("C000002", MEETING, "2026-11-30")), harmful="Birgit of A006")
    s.add("log_meeting", ["marco gallo called back, meet the 3rd at 9"],
          calls(call("C000016", MEETING, DEC3)), harmful="Marco Gallo of A002 or A006")
    s.add("correction", [
        "krzysztof called back, mtg thursday",
        "laura sanchez too, she wants a call mon 23rd",
        "no — tuesday for krzysztof, not thursday",
    ], calls(call("C000024", MEETING, [TUE, TUE2]), call("C000020", "follow_up", MON2)),
        harmful="Thursday kept for Krzysztof; Laura's date moved")
    s.add("language", [say("yannis alexiou hat zurückgerufen, erreicht, kein Interesse", "ja")],
          calls(call("C000058", NOT_INTERESTED)), harmful="Yannis Alexiou of A004")
    s.add("undo", [
        "ursula zimmermann called back, reached",
        "wolfgang schmidt too, reached, wants a meeting fri",
        "femke weber reached on the 2nd try",
        "undo wolfgang - that was his brother on the phone, not him",
    ], calls(call("C000060", "reached"), call("C000057", "reached")),
        harmful="Femke's row (the last) undone instead of Wolfgang's")
    s.add("interleaved", [
        "pull up jiří dvořák and lucie dvořák",
        "lucie: reached, wants a mtg fri 27th about the fund fees",
        "jiří - nothing new, he already said no this morning",
    ], calls(call("C000011", MEETING, FRI2)),
        harmful="the meeting on Jiří; a second not-interested row for Jiří")
    s.add("pronoun", [
        "what's andreas schröder's risk profile?",
        "ok he's fine with the balanced fund, wants to sign next mon",
    ], calls(call("C000021", MEETING, MON2)), harmful="Johan or Heinrich Schröder")
    s.add("feedback", [
        "spoke to heinrich schröder again, he says online banking is too complicated for him",
        "i agree with him tbh, the menus are a mess",
    ], {"interactions": [call("C000062", "reached", optional=True)],
        "feedback": [{"customer_id": "C000062", "text_has": ["complicated"]}]},
        harmful="the advisor's agreement stored as a second feedback row")
    s.add("log_meeting", ["katharina hoffmann called back, she can do end of month"],
          calls(call("C000065", MEETING, EOM)), harmful="Johanna Hoffmann (A006)")
    s.add("log_meeting", ["dieter braun reached, callback next fri"],
          calls(call("C000066", "follow_up", [FRI, FRI2])), harmful="Dieter Lange")
    s.add("log_not_interested", ["olivier faure - got him now, not interested"],
          calls(call("C000042", NOT_INTERESTED)), harmful="Olivier of A006 (Mercier)")
    s.add("no_write", ["honestly the rate cut is going to kill our deposit business"], NONE,
          harmful="the advisor's opinion stored as feedback or news")
    s.add("profile", ["how much does vojtěch horák have in the term deposit?"],
          {"reply_any": ["76,500", "76500", "76 500", "76.500"]},
          harmful="a call written")
    s.add("log_meeting", ["friederike krüger wants a call back on the 3rd"],
          calls(call("C000001", "follow_up", DEC3)),
          harmful="Friederike Hartmann or Weber; 3 Nov")
    s.add("catch_up", [
        "stefan berg reached, wants a mtg on the 25th",
        "same for greta klein",
    ], calls(call("C000044", MEETING, WED2), call("C000052", MEETING, WED2)),
        harmful="Greta Günther or Müller; Greta's meeting dated differently from Stefan's")


def late_others(s: HeldoutSet) -> None:
    s.add("catch_up", [
        "allora: michael günther raggiunto, vuole appuntamento il 3",
        "markus günther segreteria",
        "andreas hoffmann non interessato",
    ], calls(call("C000100", MEETING, DEC3), call("C000092", NO),
             call("C000086", NOT_INTERESTED)), sender="A002",
        harmful="the Günthers swapped")
    s.add("correction", [
        "ilse de boer reached, mtg tisdag",
        "javier pérez no answer",
        "rocío pérez reached",
        "vänta, ilse är onsdag inte tisdag",
    ], calls(call("C000154", MEETING, WED), call("C000170", NO), call("C000183", "reached")),
        sender="A003", harmful="Tuesday kept for Ilse; a Pérez changed")
    s.add("duplicate", [
        "Laura Pérez nicht erreicht",
        "Laura Pérez nochmal probiert um 15 Uhr - jetzt erreicht, Termin 1.12.",
    ], calls(call("C000245", NO), call("C000245", MEETING, "2026-12-01")), sender="A004",
        harmful="the first attempt overwritten")
    s.add("undo", [
        "sofia santos reached",
        "giulia ricci n/a",
        "petra braun not int",
        "cofnij giulię",
    ], calls(call("C000273", "reached"), call("C000309", NOT_INTERESTED)), sender="A005",
        harmful="Petra's row undone")
    s.add("pronoun", [
        "montre-moi friederike schmidt et renate schmidt",
        "elle est pas intéressée",
        "renate",
    ], calls(call("C000379", NOT_INTERESTED)), sender="A006",
        harmful="the not-interested on Friederike")
    s.add("language", [say("birgit koch joignable, rappeler fin du mois", "oui")],
          calls(call("C000386", "follow_up", EOM)), sender="A006",
          harmful="Birgit Wolf / Wagner / Schmidt")
    s.add("language", [
        say("maria nikolaidis raggiunta, richiamare il 25; claudia schmidt non risponde", "sì"),
    ], calls(call("C000115", "follow_up", WED2), call("C000123", NO)), sender="A002",
        harmful="the dates swapped between the two")
    s.add("feedback", ["markus georgiou säger att appen loggar ut honom hela tiden"],
          {"interactions": [call("C000169", "reached", optional=True)],
           "feedback": [{"customer_id": "C000169", "text_has": ["appen"]}]}, sender="A003",
          harmful="Yannis Georgiou (same household)")
    s.add("log_meeting", ["Eva de Vries: erreicht, in 2 Wochen nochmal anrufen"],
          calls(call("C000263", "follow_up", "2026-11-30")), sender="A004",
          harmful="Eva Jansen")
    s.add("catch_up", [
        "jakub veselý — nie odbiera",
        "julia veselý też",
    ], calls(call("C000293", NO), call("C000294", NO)), sender="A005",
        harmful="'też' read as reached")

    s.add("language", [
        "visa johanna schäfer",
        say("ringde henne nyss, hon vill ha ett möte tisdag nästa vecka", "ja"),
    ], calls(call("C000194", MEETING, TUE2)), sender="A003",
        harmful="tomorrow (17th); Johanna Günther or Müller")
    s.add("catch_up", ["hélène chevalier reached, markus weber vm, jan lange not interested"],
          calls(call("C000292", "reached"), call("C000307", NO),
                call("C000313", NOT_INTERESTED)), sender="A005",
          harmful="the outcomes shifted by one customer")
    s.add("correction", [
        "mariana rodrigues pas de réponse",
        "manuel rodríguez rdv le 2 déc",
        "attends, mariana c'était joignable, pas 'pas de réponse', je me suis trompée",
    ], calls(call("C000375", "reached"), call("C000376", MEETING, "2026-12-02")),
        sender="A006", harmful="the no-answer kept next to the reached")
    s.add("catch_up", [
        "florian richter: call back tmrw",
        "antoine fontaine mtg next fri",
    ], calls(call("C000108", "follow_up", TUE), call("C000107", MEETING, [FRI, FRI2])),
        sender="A002", harmful="Lukas Richter; Sébastien Fontaine")


def late_managers(s: HeldoutSet) -> None:
    s.add("theme", [
        "who owns the instant transfer theme?",
        "make tobias business owner of it",
    ], {"themes": [{"label_has": "instant", "business_owner_id": "M002"}]}, sender="M001",
        harmful="the solution owner changed")
    s.add("theme", [
        "set the marketing emails theme to in progress",
        "sorry, i meant the fingerprint one, marketing stays open",
    ], {"themes": [{"label_has": "fingerprint", "status": "in_progress"},
                   {"label_has": "marketing", "status": "open"}]}, sender="M001",
        harmful="marketing left in progress")


def build_more(s: HeldoutSet) -> None:
    late_a001(s)
    late_others(s)
    late_managers(s)
