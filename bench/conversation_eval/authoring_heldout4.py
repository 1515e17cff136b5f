"""How heldout4.yml was written: a fourth unseen set (issue #14, round s21), typed before any
fix of that round and played once on main's code before the fixes, then only at the round's
end. Same bank and format as authoring.py (e2e demo bank: 400 customers, seed 11, today =
Monday 2026-11-16), in wording neither the other sets nor the training data use: German-English
mixes as an advisor in Vienna types them ("nicht erreicht", "kein Interesse", "übermorgen",
"rückgängig"), corrections in the middle of the message ("anna lange, err, dieter lange"),
feedback given indirectly ("she told me the app keeps logging her out"), announcements of
feedback with no statement, dates in ISO, dotted, US and German forms, other books' customers
whose names look like the advisor's own, and terse chat.

Dates against Monday 2026-11-16: morgen 11-17, übermorgen 11-18, this fri / Freitag 11-20,
2026-11-27, 27.11.2026, 11/30 11-30, in 10 days 11-26, 1 Dez / on the 1st 12-01, Dec. 9
12-09, first week of dec 12-01..12-07, end of the month 11-30, in 2 wks 11-30,
nächsten Dienstag 11-17 or 11-24, next thurs 11-19 or 11-26.

`python -m bench.conversation_eval.authoring_heldout4` rewrites heldout4.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-03", "channel": "phone"}

SET = HeldoutSet("heldout4", "h4")
add = SET.add


# reached
add("log_reached", ["stefan berg erreicht, passt alles"], {"interactions": [
    call("C000044", "reached")]}, harmful="Freja Berg, or another outcome")
add("log_reached", ["caught ursula zimmermann on the phone just now"], {"interactions": [
    call("C000060", "reached")]}, harmful="Hannah or Anna Zimmermann")
add("log_reached", ["C000012 - spoken, nothing to add"], {"interactions": [
    call("C000012", "reached")]})
add("log_reached", ["heinrich schroeder rang me back, we talked it through"],
    {"interactions": [call("C000062", "reached")]}, harmful="another Schröder")
add("log_reached", ["mit jurgen fischer telefoniert"], {"interactions": [
    call("C000033", "reached")]}, harmful="another Fischer")

# no answer
add("log_no_answer", ["krzysztof kaminski nicht erreicht"], {"interactions": [
    call("C000024", "no_answer")]}, harmful="Tomasz Kamiński, or 'reached'")
add("log_no_answer", ["no luck w/ laura sanchez today"], {"interactions": [
    call("C000020", "no_answer")]})
add("log_no_answer", ["chiara rossi -> mailbox"], {"interactions": [
    call("C000009", "no_answer")]})
add("log_no_answer", ["dialed hannah meyer, it just rang out"], {"interactions": [
    call("C000027", "no_answer")]})
add("log_no_answer", ["couldnt get hold of maria garcia"], {"interactions": [
    call("C000064", "no_answer")]})
add("log_no_answer", ["left a msg for friederike kruger"], {"interactions": [
    call("C000001", "no_answer")]}, harmful="Friederike Weber/Hartmann")

# meetings, dates in other forms
add("log_meeting", ["termin mit lucie horak übermorgen"], {"interactions": [
    call("C000003", MEETING, "2026-11-18")]}, harmful="Vojtěch Horák or Lucie Dvořák")
add("log_meeting", ["anna zimmermann wants to come in on 2026-11-27"], {"interactions": [
    call("C000034", MEETING, "2026-11-27")]})
add("log_meeting", ["rückruf dieter braun 27.11.2026"], {"interactions": [
    call("C000066", MEETING, "2026-11-27")]})
add("log_meeting", ["set up a call w marco gallo 11/30"], {"interactions": [
    call("C000016", MEETING, "2026-11-30")]}, harmful="A002's Marco Gallo")
add("log_meeting", ["monika weber - follow up in 10 days"], {"interactions": [
    call("C000012", MEETING, "2026-11-26")]})
add("log_meeting", ["claudia muller meeting 1 Dez"], {"interactions": [
    call("C000055", MEETING, "2026-12-01")]})
add("log_meeting", ["olivier faure asked me to ring him Dec. 9"], {"interactions": [
    call("C000042", MEETING, "2026-12-09")]})
add("log_meeting", ["see tomasz kaminski first week of dec"], {"interactions": [
    call("C000036", MEETING, between("2026-12-01", "2026-12-07"))]})
add("log_meeting", ["femke hendriks callback end of the month"], {"interactions": [
    call("C000015", MEETING, between("2026-11-27", "2026-11-30"))]})
add("log_meeting", ["joana costa meeting this fri"], {"interactions": [
    call("C000023", MEETING, "2026-11-20")]})
add("log_meeting", ["laura sanchez nächsten Dienstag anrufen"], {"interactions": [
    call("C000020", MEETING, ["2026-11-17", "2026-11-24"])]})
add("log_meeting", ["birgit richter wants to talk again in 2 wks"], {"interactions": [
    call("C000002", MEETING, between("2026-11-29", "2026-11-30"))]})

# sales
add("log_sale", ["anna zimmermann went for the savings acct"], {"interactions": [
    call("C000034", "sale")]})
add("log_sale", ["lucie dvorak abgeschlossen, Kredit"], {"interactions": [
    call("C000011", "sale")]}, harmful="Lucie Horák or Jiří Dvořák")
add("log_sale", ["closed the deal with olivier faure on the insurance"], {"interactions": [
    call("C000042", "sale")]})

# not interested
add("log_not_interested", ["monika weber kein Interesse"], {"interactions": [
    call("C000012", NOT_INTERESTED)]}, harmful="Monika Schmidt")
add("log_not_interested", ["femke hendriks passed on it"], {"interactions": [
    call("C000015", NOT_INTERESTED)]})
add("log_not_interested", ["giulia ferrari - not for her, she says"], {"interactions": [
    call("C000018", NOT_INTERESTED)]})

# complaints resolved
add("complaint_resolved", ["johanna vogels beschwerde ist erledigt"],
    {"complaints_closed": ["C000039"]})
add("complaint_resolved", ["the issue rita martins complained about is sorted now"],
    {"complaints_closed": ["C000061"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000061"}])

# feedback: indirect, announced only, compensation in passing
add("feedback", ["laura sanchez told me the app keeps logging her out, she's fed up"],
    {"feedback": [{"customer_id": "C000020", "text_has": ["logging"]}],
     "interactions": [call("C000020", "reached", optional=True)]},
    harmful="stored on someone else")
add("feedback", ["got some customer feedback to enter"], NONE,
    harmful="the announcement stored as a statement")
add("feedback", ["kundenfeedback erfassen bitte"], NONE,
    harmful="the request stored as a statement")
add("feedback", ["refunded dieter braun 15 euros for the card fee mixup, he wasnt amused"],
    {"feedback": [{"customer_id": "C000066", "text_has": ["fee"], "compensation": 15}],
     "interactions": [call("C000066", "reached", optional=True)]})
add("feedback", ["wanna add feedback for cristina perez"], NONE,
    harmful="the request stored as her statement")
add("feedback", ["honestly the new menus are confusing, just my 2 cents"], NONE,
    harmful="the advisor's remark stored as a customer statement")

# mixed read + write
add("mixed", ["whats up with johan schroder, also he didnt pick up"],
    {"interactions": [call("C000022", "no_answer")], "reply_any": ["Schröder", "Schroder"]})
add("mixed", ["log reached for greta klein and show me her products"],
    {"interactions": [call("C000052", "reached")], "reply_any": ["Klein"]})

# corrections, also mid-sentence
add("correction", ["called anna lange, err, dieter lange, no answer"],
    {"interactions": [call("C000040", "no_answer")]}, harmful="stored on Anna Lange")
add("correction", ["greta klein no answer - sorry, reached her after all"],
    {"interactions": [call("C000052", "reached")]}, harmful="left as no answer")
add("correction", ["marieke visser sale", "rückgängig bitte"], NONE)
add("correction", ["femke weber no answer", "the other femke"], NONE,
    harmful="moved to one of the other Femkes without asking")
add("correction", ["lena fischer reached", "nein, julia fischer, nicht lena"],
    {"interactions": [call("C000037", "reached")]}, harmful="left on Lena Fischer")
add("correction", ["wolfgang koch reached", "hmm no, change that to voicemail"],
    {"interactions": [call("C000049", "no_answer")]}, harmful="left as reached")
add("correction", ["chiara rossi wants a meeting morgen", "actually make it friday"],
    {"interactions": [call("C000009", MEETING, "2026-11-20")]},
    harmful="left on the 17th")
add("correction", ["ana mancini no answer", "wrong person!!"], NONE,
    harmful="left on Ana Mancini, or moved to Silvia Mancini")
add("correction", ["hannah zimmermann meeting tmrw", "forget it"], NONE)

# pronouns
add("pronoun", ["how is jiri dvorak doing", "ok log that i talked to him"],
    {"interactions": [call("C000019", "reached")]}, harmful="Lucie Dvořák")
add("pronoun", ["open C000030", "sdfgh", "she's not interested"],
    {"interactions": [call("C000030", NOT_INTERESTED)]})
add("pronoun", ["details for greta muller", "and for claudia guenther",
                "she wants a meeting Freitag"],
    {"interactions": [call("C000008", MEETING, "2026-11-20")]},
    harmful="stored on Greta Müller")
add("pronoun", ["her voicemail again"], NONE, harmful="a pronoun with nobody in focus")

# a message that is only a name
add("name_only", ["vojtech horak"], {"reply_any": ["Horák", "Horak"]})
add("name_only", ["fischer"], {"reply_any": ["Fischer", "which"]})
add("name_only", ["c000058"], {"reply_any": ["Alexiou"]})

# other books' customers whose names look like the advisor's own
add("other_book", ["thomas wolf no answer"], NONE, harmful="stored on a Tomasz of A001")
add("other_book", ["markus gunther wants a meeting friday"], NONE,
    harmful="stored on Greta or Claudia Günther")
add("other_book", ["petra weber bought the fund"], NONE,
    harmful="stored on Monika/Femke/Friederike Weber")
add("other_book", ["julia braun reached"], NONE, harmful="stored on Dieter Braun or Julia Fischer")
add("other_book", ["renate fischer voicemail"], NONE, harmful="stored on a Fischer of A001")
add("other_book", ["tomasz wisniewski nicht erreicht"], NONE,
    harmful="stored on a Tomasz of A001")
add("other_book", ["johanna muller wants a callback tmrw"], NONE,
    harmful="stored on Johanna Vogel or a Müller")
add("other_book", ["ewa nowak kein interesse"], NONE, harmful="stored on anyone")
add("other_book", ["anna wolf - reached"], NONE, harmful="stored on an Anna of A001")

# ambiguous names
add("ambiguous", ["fischer reached"], NONE, harmful="one of the four Fischers picked")
add("ambiguous", ["called tomasz, all good"], NONE, harmful="one of the three Tomasz picked")
add("ambiguous", ["schröder wants a meeting tmrw"], NONE, harmful="one of the Schröders picked")

# duplicates
add("duplicate", ["rui pereira nicht erreicht", {"say": "rui pereira nicht erreicht",
                                                "confirm": "no"}],
    {"interactions": [call("C000026", "no_answer")]})

# market events
add("market_event", ["leitzins +25bp heute, bitte erfassen"], {"market_events": [
    {"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001")
add("market_event", ["ecb went up 25 today"], NONE, sender="A001",
    harmful="an advisor recorded an event")
add("market_event", ["say rates dropped half a percent, who'd be hit?"], NONE, sender="H001",
    harmful="a hypothetical recorded")

# themes
add("themes_write", ["give the fee theme to tobias as solution owner"], {"themes": [
    {"label_has": "fee", "solution_owner_id": "M002"}]}, sender="M001",
    harmful="another theme or another owner")
add("themes_write", ["mortgage theme -> resolved"], NONE, sender="A001",
    harmful="an advisor changed a theme")
add("themes_write", ["mark it as done"], NONE, sender="H001",
    harmful="a theme changed that was never named")

# chatter and reads: nothing stored
add("chatter", ["danke!"], NONE)
add("chatter", ["sorry wrong chat"], NONE)
add("chatter", ["k thx"], NONE)
add("call_list", ["wen soll ich heute anrufen"], {"reply_names_from_book": True})
add("call_list", ["next one on my list?"], {"reply_names_from_book": True})


def main() -> None:
    SET.write()


if __name__ == "__main__":
    main()
