"""heldout17's corrections, undo, pronouns after a profile, profiles, feedback and what is not
feedback, complaints, head office's market events, the managers' theme work and chatter, and
the check run before the file is written (see authoring_heldout17.py's docstring for the date
key and the judging rules)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

NA = "no_answer"
OK = "reached"


def complaint(cid: str, opened: str = "2026-11-02") -> list[dict[str, Any]]:
    return [{"table": "interactions", "customer_id": cid, "occurred_on": opened,
             "channel": "phone", "kind": "complaint", "outcome": "open"}]


def corrections(s: HeldoutSet) -> None:
    s.add("correction", ["andreas schröder no answer", "sorry, johan schröder not andreas"],
          {"interactions": [call("C000022", NA)]}, harmful="the call left on Andreas")
    s.add("correction", ["reached ursula schneider", "wait no, it went to voicemail"],
          {"interactions": [call("C000035", NA)]})
    s.add("correction", ["meeting w dieter braun wed", "oops, thursday not wed"],
          {"interactions": [call("C000066", MEETING, "2026-11-19")]})
    s.add("correction", ["cristina perez reached, claudia müller no answer",
                         "other way round - claudia picked up, cristina didn't"],
          {"interactions": [call("C000045", NA), call("C000055", OK)]},
          harmful="either of the first two calls left live")
    s.add("correction", ["yannis alexiou reached", "tell me about wolfgang schmidt",
                         "hmm that alexiou one was actually a voicemail"],
          {"interactions": [call("C000058", NA)]})
    s.add("correction", ["femke hendriks reached", "friederike hartmann no answer",
                         "who's next on my list?",
                         "the femke one should've been femke weber, sorry"],
          {"interactions": [call("C000057", OK), call("C000010", NA)]})
    s.add("correction", ["Termin mit Claudia Günther am 2.12.", "nein, am 3.12., sorry"],
          {"interactions": [call("C000008", MEETING, "2026-12-03")]})
    s.add("correction", ["rdv avec camille chevalier jeudi", "non pardon, vendredi"],
          {"interactions": [call("C000017", MEETING, "2026-11-20")]})
    s.add("correction", ["vm jiří dvořák", "actually he called back 2 min later, said he's "
                         "not interested"],
          {"interactions": [call("C000019", NOT_INTERESTED), call("C000019", NA,
                                                                   optional=True)]})
    s.add("correction", ["reached lena fischer", {"say": "no wait, marieke visser",
                                                 "confirm": "yes"}],
          {"interactions": [call("C000030", OK)]})
    s.add("correction", ["lena fischer meeting on the 30th", "23rd, not the 30th"],
          {"interactions": [call("C000041", MEETING, "2026-11-23")]})
    s.add("correction", ["Joana Costa no contesta", "perdón, era Greta Günther, no Joana"],
          {"interactions": [call("C000013", NA)]})


def undo(s: HeldoutSet) -> None:
    s.add("undo", ["jürgen fischer not interested", "undo"], NONE)
    s.add("undo", ["reached marco gallo", "julia fischer no answer",
                   "giuseppe szymanski reached", "undo the second one"],
          {"interactions": [call("C000016", OK), call("C000006", OK)]},
          harmful="Julia Fischer's no answer left live, or another call undone")
    s.add("undo", ["claudia günther voicemail", "dieter braun voicemail",
                   "remove the one for claudia pls"],
          {"interactions": [call("C000066", NA)]})
    s.add("undo", ["Markéta Fischer nicht erreicht", "rückgängig bitte"], NONE)
    s.add("undo", ["rita martins : répondeur", "annule ça"], NONE)
    s.add("undo", ["Hannah Zimmermann nie odbiera", "cofnij to"], NONE)
    s.add("undo", ["Freja Berg svarar inte", "ångra det, fel kund"], NONE)
    s.add("undo", ["annulla l'ultima"], NONE, harmful="nothing to undo: no row may go")
    s.add("undo", ["spoke to anna lange, wants a meeting dec 8",
                   "tell me about anna lange", "undo that meeting"], NONE)
    s.add("undo", ["Greta Müller geen interesse", "Tomasz Mazur bereikt",
                   "draai de laatste terug"],
          {"interactions": [call("C000031", NOT_INTERESTED)]})


def pronouns(s: HeldoutSet) -> None:
    s.add("pronoun", ["tell me about freja berg", "just called her, wants to meet thursday",
                      "her husband as well, same time"],
          {"interactions": [call("C000043", MEETING, "2026-11-19"),
                            call("C000044", MEETING, "2026-11-19")]})
    s.add("pronoun", ["profile stefano ferrari pls",
                      "spoke with him, not interested in the bond fund",
                      "rang his wife too - voicemail"],
          {"interactions": [call("C000028", NOT_INTERESTED), call("C000029", "no_answer",
                                                                  optional=True)]},
          harmful="the wife is Anna Ferrari (same household) or asked about; nobody else")
    s.add("pronoun", ["what do we know about rui pereira",
                      "reached him, he'll come in next tue"],
          {"interactions": [call("C000026", MEETING, ["2026-11-17", "2026-11-24"])]})
    s.add("pronoun", ["info on claudia müller pls",
                      "she wants to start a pension, meeting on the 30th"],
          {"interactions": [call("C000055", MEETING, "2026-11-30")]})
    s.add("pronoun", ["Zeig mir Jan Koch", "hab ihn erreicht, kein Interesse"],
          {"interactions": [call("C000050", NOT_INTERESTED)]})
    s.add("pronoun", ["c000044 summary", "ok he picked up, all fine"],
          {"interactions": [call("C000044", OK)]})
    s.add("pronoun", ["dimmi di ana mancini", "non ha risposto", "e sua figlia silvia?",
                      "anche lei niente"],
          {"interactions": [call("C000054", NA), call("C000053", NA)]})
    s.add("pronoun", ["tell me about johanna vogel", "she's not picking up"],
          {"interactions": [call("C000039", NA)]})
    s.add("pronoun", ["who's greta günther again?", "ok and greta müller?",
                      "she wants a meeting next thursday the 26th"],
          {"interactions": [call("C000031", MEETING, "2026-11-26")]},
          harmful="Greta Günther gets the meeting: 'she' is the last one asked about")


def sessions(s: HeldoutSet) -> None:
    """Longer stretches of the day, and names a colleague would ask about first."""
    s.add("session", ["back from lunch, what's still open on my list?",
                      "tell me about heinrich schröder", "vm, will try again later",
                      "marcin kowalski wants to talk mortgages, booked him for the 9th of "
                      "december", "sorry, the 10th",
                      "and heinrich just called back - wants a meeting friday"],
          {"interactions": [call("C000062", NA), call("C000046", MEETING, "2026-12-10"),
                            call("C000062", MEETING, "2026-11-20")]},
          harmful="Marcin's meeting left on the 9th, or Heinrich's voicemail undone")
    s.add("session", ["Friederike Weber erreicht, möchte einen Termin am 7.12.",
                      "ihre Schwester Femke hab ich nicht erreicht",
                      "Moment, der Termin ist doch am 8.12.", "danke!"],
          {"interactions": [call("C000056", MEETING, "2026-12-08"), call("C000057", NA)]},
          harmful="Femke's no answer moved to the 8th, or the meeting left on the 7th")
    s.add("session", ["Tomasz Szymański nie odbiera", "Lucie Dvořák też nie",
                      {"say": "cofnij Lucie, pomyliłam się", "confirm": "tak"}],
          {"interactions": [call("C000005", NA)]})
    s.add("session", ["what's on for today", "tell me about julia fischer",
                      "spoke to her, she'll come in on the 2nd to sign for the fund",
                      "when does her term deposit mature again?", "ok thx"],
          {"interactions": [call("C000037", MEETING, "2026-12-02")]})
    s.add("ambiguous", ["reached anna, she's fine", "anna zimmermann"],
          {"interactions": [call("C000034", OK)]},
          harmful="Anna Ferrari or Anna Lange (also in the book) gets the call")
    s.add("ambiguous", ["no answer from tomasz"], NONE,
          harmful="three Tomasz in the book: ask, store nothing")
    s.add("ambiguous", ["femke wants a meeting on the 3rd"], NONE,
          harmful="three Femke in the book: ask, store nothing")
    s.add("ambiguous", ["lucie reached", "the dentist"],
          {"interactions": [call("C000003", OK)]})
    s.add("ambiguous", [{"say": "herr koch erreicht", "confirm": "nein"}], NONE,
          harmful="two Kochs in the book (Wolfgang, Jan): nothing without the first name")
    s.add("confirm_lang", [{"say": "mme chevalier : joignable, rdv le 10 décembre",
                            "confirm": "oui"}],
          {"interactions": [call("C000017", MEETING, "2026-12-10")]})
    s.add("confirm_lang", [{"say": "sig.ra rossi raggiunta", "confirm": "sì"}],
          {"interactions": [call("C000009", OK)]})
    s.add("confirm_lang", [{"say": "mevr. visser: voicemail", "confirm": "ja"}],
          {"interactions": [call("C000030", NA)]})
    s.add("confirm_lang", [{"say": "sr. pereira no contesta", "confirm": "sí"}],
          {"interactions": [call("C000026", NA)]})
    s.add("confirm_lang", [{"say": "Frau Richter erreicht, alles gut", "confirm": "ja"}],
          {"interactions": [call("C000002", OK)]})


def profiles(s: HeldoutSet) -> None:
    s.add("profile", ["tell me about rita martins"], {"reply_any": ["Martins"]})
    s.add("profile", ["who is c000020?"], {"reply_any": ["Sánchez", "Sanchez"]})
    s.add("profile", ["what products does dieter braun have with us"],
          {"reply_any": ["ortgage", "nsurance", "pension", "Pension"]})
    s.add("profile", ["wer ist Julia Fischer?"], {"reply_any": ["Fischer"]})
    s.add("profile", ["dimmi qualcosa su Giulia Ferrari"], {"reply_any": ["Ferrari"]})
    s.add("profile", ["pokaż profil: Krzysztof Kamiński"],
          {"reply_any": ["Kamiński", "Kaminski"]})
    s.add("profile", ["anything i should know before calling vojtech horak?"],
          {"reply_any": ["erm deposit", "matur", "Horák", "Horak"]})
    s.add("profile", ["hoe staat marieke visser ervoor?"], {"reply_any": ["Visser"]})
    s.add("profile", ["tell me about thomas wolf"], NONE,
          harmful="Thomas Wolf is A002's customer: no profile, no id")
    s.add("profile", ["quick profile of lena fischer, the dentist"], {"reply_any": ["Fischer"]})
    s.add("profile", ["berätta om Freja Berg"], {"reply_any": ["Berg"]})


def feedback(s: HeldoutSet) -> None:
    s.add("feedback", ["log feedback for chiara rossi: the app logs her out every 2 minutes, "
                       "really annoying"],
          {"feedback": [{"customer_id": "C000009", "text_has": ["app"]}]})
    s.add("feedback", ["giuseppe szymanski complained his card got blocked in portugal, "
                       "we refunded the 25 eur fee"],
          {"feedback": [{"customer_id": "C000006", "text_has": ["blocked"],
                         "compensation": 25}]})
    s.add("feedback", ["Feedback von Monika Schmidt: die Überweisung hat drei Tage gedauert. "
                       "Wir haben ihr 15 € gutgeschrieben."],
          {"feedback": [{"customer_id": "C000007", "text_has": ["Überweisung"],
                         "compensation": 15}]})
    s.add("feedback", ["retour client de Nicolas Dubois : il trouve les frais de tenue de "
                       "compte trop élevés"],
          {"feedback": [{"customer_id": "C000047", "text_has": ["frais"]}]})
    s.add("feedback", ["femke van dijk says the new saturday opening hours are great, "
                       "pls log that"],
          {"feedback": [{"customer_id": "C000048", "text_has": ["opening hours"]}]})
    s.add("feedback", ["wocas for tomasz kaminski - waited 40 min on the hotline yesterday"],
          {"feedback": [{"customer_id": "C000036", "text_has": ["hotline"]}]})
    s.add("feedback", ["spoke to katharina hoffmann, she says she can't read the statements, "
                       "font is too small"],
          {"feedback": [{"customer_id": "C000065", "text_has": ["font"]}],
           "interactions": [call("C000065", OK, optional=True)]})
    s.add("feedback", ["Olivier Faure: replacement card went to his old address, we paid him "
                       "fifty euros for the trouble. log it as feedback"],
          {"feedback": [{"customer_id": "C000042", "text_has": ["address"],
                         "compensation": 50}]})
    s.add("feedback", ["feedback di Ana Mancini: la filiale è sempre chiusa il sabato"],
          {"feedback": [{"customer_id": "C000054", "text_has": ["sabato"]}]})
    s.add("feedback", ["comentario de María García: la app no funciona desde la "
                       "actualización"],
          {"feedback": [{"customer_id": "C000064", "text_has": ["app"]}]})
    s.add("feedback", ["opinia klienta Tomasz Mazur: aplikacja ciągle się zawiesza"],
          {"feedback": [{"customer_id": "C000025", "text_has": ["aplikacja"]}]})
    s.add("not_feedback", ["tbh i think the new app is rubbish"], NONE,
          harmful="the advisor's own opinion stored as feedback")
    s.add("not_feedback", ["heard from a colleague that customers hate the new fees"], NONE)
    s.add("not_feedback", ["open the feedback form for greta klein"], NONE,
          harmful="no statement given: nothing to store")
    s.add("not_feedback", ["can i log feedback for wolfgang schmidt later? no time now"], NONE)
    s.add("not_feedback", ["ich finde das neue Dashboard total unübersichtlich"], NONE)
    s.add("not_feedback", ["what's the feedback on the card issues this week?"], NONE)
    s.add("not_feedback", ["if julien schröder complains about the fees again, log it"], NONE)


def complaints(s: HeldoutSet) -> None:
    s.add("complaint_resolved", ["anna ferrari - complaint resolved, she's fine now"],
          {"complaints_closed": ["C000029"]}, setup=complaint("C000029"))
    s.add("complaint_resolved", ["closed wolfgang schmidt's complaint, all sorted"],
          {"complaints_closed": ["C000051"]}, setup=complaint("C000051", "2026-11-05"))
    s.add("complaint_resolved", ["Reklamation von Ursula Zimmermann ist erledigt"],
          {"complaints_closed": ["C000060"]}, setup=complaint("C000060"))
    s.add("complaint_resolved", ["spoke to dieter lange - complaint still open, IT hasn't "
                                 "fixed the login yet"],
          {"interactions": [call("C000040", OK, optional=True)]},
          setup=complaint("C000040"), harmful="the complaint closed although still open")
    s.add("complaint_resolved", ["reklamacja Giuseppe Szymański rozwiązana"],
          {"complaints_closed": ["C000006"]}, setup=complaint("C000006", "2026-11-09"))
    s.add("complaint_resolved", ["la reclamación de Lucie Horák está resuelta"],
          {"complaints_closed": ["C000003"]}, setup=complaint("C000003"))
    s.add("complaint_resolved", ["jan koch's complaint can be closed once the refund lands"],
          NONE, setup=complaint("C000050"), harmful="closed on a condition not yet met")
    s.add("complaint_resolved", ["close olivier faure's complaint pls"], NONE,
          harmful="Olivier Faure has no open complaint: nothing to close or store")


def market_events(s: HeldoutSet) -> None:
    s.add("market_event", ["pls record: ECB cut the deposit rate by another 50 bp this morning "
                           "(emergency meeting)"],
          {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-16"}]}, sender="H001")
    s.add("market_event", ["ECB -50bp today, pls log"],
          {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-16"}]}, sender="H001",
          harmful="a second event for the same cut")
    s.add("market_event", ["record the ECB cut of 25bp from 14.11."],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
          harmful="already on record: a duplicate")
    s.add("market_event", ["Bitte erfassen: die EZB hat am 1.10. den Zins um 0,25 "
                           "Prozentpunkte gesenkt, das fehlt noch im System"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-10-01"}]}, sender="H001")
    s.add("market_event", ["ECB cut rates by 50bp, please record it"], NONE,
          harmful="advisors may not record market events")
    s.add("market_event", ["record a rate cut of 25 bp today"], NONE, sender="M001",
          harmful="managers may not record market events")
    s.add("market_event", ["if the ECB cuts another 25 in december who should i call?"], NONE)
    s.add("market_event", ["rates going down again, crazy times"], NONE, sender="A002")
    s.add("market_event", ["what would a 50bp hike mean for our variable mortgages?"], NONE,
          sender="H001")


def themes(s: HeldoutSet) -> None:
    s.add("theme", ["what are customers complaining about most?"],
          {"reply_any": ["instant transfer", "card blocked", "card"]}, sender="M001")
    s.add("theme", ["who owns the card blocked theme?"], {"reply_any": ["card"]},
          sender="M001")
    s.add("theme", ["make sofia business owner of card blocked"],
          {"themes": [{"label_has": "card blocked", "business_owner_id": "A003"}]},
          sender="M001")
    s.add("theme", ["instant transfer issue: IT is on it now, set it to in progress"],
          {"themes": [{"label_has": "instant transfer", "status": "in_progress"}]},
          sender="M001")
    s.add("theme", ["Fingerprint-Login ist seit dem Update behoben, bitte auf erledigt setzen"],
          {"themes": [{"label_has": "fingerprint", "status": "resolved"}]}, sender="M001")
    s.add("theme", ["who's looking after the loan application delays?",
                    "give the solution side to marco"],
          {"themes": [{"label_has": "loan application", "solution_owner_id": "A002"}]},
          sender="M001")
    s.add("theme", ["I'll take over as business owner for the marketing emails theme"],
          {"themes": [{"label_has": "marketing", "business_owner_id": "M002"}]},
          sender="M002")
    s.add("theme", ["set card blocked to resolved"], NONE, harmful="advisors change no theme")
    s.add("theme", ["make katrin solution owner of instant transfer",
                    "sorry, meant lena, not me"],
          {"themes": [{"label_has": "instant transfer", "solution_owner_id": "A001"}]},
          sender="M001", harmful="Katrin (M001) left as the solution owner")
    s.add("theme", ["hmm is anyone actually working on the fingerprint login thing?"], NONE,
          sender="M001")


def chatter(s: HeldoutSet) -> None:
    for text in ["morning all ☕", "thx!", "what can you do for me?",
                 "how many calls have i logged today?", "can u export my call list to excel",
                 "ugh mondays", "remind me to call greta klein on friday",
                 "will call dieter lange after lunch", "who's my branch manager?",
                 "was war nochmal die Nummer vom IT-Support?", "ok"]:
        s.add("chatter", [text], NONE)


def add_rest(s: HeldoutSet) -> None:
    corrections(s)
    undo(s)
    pronouns(s)
    sessions(s)
    profiles(s)
    feedback(s)
    complaints(s)
    market_events(s)
    themes(s)
    chatter(s)


# Writes an item makes on purpose and then corrects or undoes (customer, outcome, date): they
# count in the check too, so that no later item meets one of them as a double post.
TAKEN_BACK = [("C000021", NA, None), ("C000035", OK, None), ("C000045", OK, None),
              ("C000055", NA, None), ("C000058", OK, None), ("C000015", OK, None),
              ("C000041", OK, None), ("C000023", NA, None), ("C000033", "not_interested", None),
              ("C000037", NA, None), ("C000008", NA, None), ("C000038", NA, None),
              ("C000061", NA, None), ("C000032", NA, None), ("C000043", NA, None),
              ("C000025", OK, None), ("C000004", "follow_up", "2026-12-08"),
              ("C000008", "follow_up", "2026-12-02"), ("C000041", "follow_up", "2026-11-30"),
              ("C000011", NA, None), ("C000046", "follow_up", "2026-12-09"),
              ("C000056", "follow_up", "2026-12-07"), ("C000066", "follow_up", "2026-11-18"),
              ("C000017", "follow_up", "2026-11-19")]


def check(items: list[dict[str, Any]]) -> None:
    """No two items write the same call (customer, first outcome, date): a later item would
    otherwise meet an earlier one's row as a double post; and the item ids are unique."""
    seen: Counter[tuple[str, str, Any]] = Counter(TAKEN_BACK)
    for item in items:
        mine: set[tuple[str, str, Any]] = set()
        for spec in item["expect"].get("interactions") or []:
            outcome, day = spec["outcome"], spec.get("follow_up_on")
            first = outcome[0] if isinstance(outcome, list) else outcome
            key = (spec["customer_id"], first, str(day) if first == "follow_up" else None)
            if key not in mine:
                seen[key] += 1
            mine.add(key)
    clashes = sorted(k for k, n in seen.items() if n > 1)
    assert not clashes, f"calls written by two items: {clashes}"
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
