"""`python -m bench.conversation_eval.authoring_s25_languages` writes s25_languages.yml: call
reports as the bank's advisors across Europe type them (issue #14, s25), a VISIBLE set (it
was tuned on): learner English ("I have spoken with", "was not reachable", "has no need",
"closed a contract", "reclamation"), Italian, French, Spanish, Polish, Dutch and Swedish
outcomes and dates ("venerdì alle 14h", "pasado mañana", "w piątek", "volgende week",
"på torsdag kl 13"), complaints closed or still open, confirmations answered "sì", "nej",
"non", "nie", and feedback relayed in another language.

Play it with `--set s25_languages`. Dates are relative to the eval bank's today, Monday
2026-11-16.
"""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import NONE, HeldoutSet, between, call

WRONG = "a call on another customer, another outcome or date, two calls, or feedback stored"


def _complaint(cid: str) -> list[dict[str, Any]]:
    return [{"table": "interactions", "customer_id": cid, "kind": "complaint",
             "outcome": "open", "occurred_on": "2026-11-02", "channel": "phone"}]


def build() -> HeldoutSet:
    s = HeldoutSet("s25_languages", "s25l")

    def one(cap: str, text: Any, cid: str, outcome: str, day: object = None) -> None:
        s.add(cap, [text], {"interactions": [call(cid, outcome, day)]}, harmful=WRONG)

    one("learner", "I have spoken with Birgit Richter, all is fine", "C000002", "reached")
    one("learner", "Lucie Horak was not reachable", "C000003", "no_answer")
    one("learner", "I have not reached Chiara Rossi", "C000009", "no_answer")
    one("learner", "Fleur Vos has no need", "C000014", "not_interested")
    one("learner", "made an appointment with Camille Chevalier for friday", "C000017",
        "follow_up", "2026-11-20")
    one("learner", "Giulia Ferrari has closed a contract for the savings plan", "C000018",
        "sale")
    one("learner", "nobody took the phone at Joana Costa", "C000023", "no_answer")
    s.add("complaint", ["the reclamation of Laura Sanchez is clarified"],
          {"complaints_closed": ["C000020"],
           "interactions": [call("C000020", ["resolved", "reached"], optional=True)]},
          setup=_complaint("C000020"), harmful="the complaint left open, or another customer")
    one("italian", "Rui Pereira non ha risposto", "C000026", "no_answer")
    one("italian", "parlato con Stefano Ferrari, tutto bene", "C000028", "reached")
    one("italian", "Marieke Visser: appuntamento venerdì alle 14h", "C000030", "follow_up",
        "2026-11-20")
    one("italian", "Olivier Faure non è interessato", "C000042", "not_interested")
    one("french", "Freja Berg ne répond pas, messagerie", "C000043", "no_answer")
    one("french", "Marcin Kowalski rendez-vous jeudi 10h30", "C000046", "follow_up",
        "2026-11-19")
    one("french", "Nicolas Dubois a signé le contrat d'assurance", "C000047", "sale")
    one("spanish", "Silvia Mancini no contesta", "C000053", "no_answer")
    one("spanish", "Yannis Alexiou: cita pasado mañana", "C000058", "follow_up", "2026-11-18")
    one("spanish", "Vojtech Horak no está interesado", "C000059", "not_interested")
    one("polish", "Rita Martins nie odbiera", "C000061", "no_answer")
    one("polish", "rozmawiałem z Heinrich Schroder, spotkanie w piątek", "C000062",
        "follow_up", "2026-11-20")
    one("polish", "Maria Garcia kupiła fundusz", "C000064", "sale")
    one("dutch", "Katharina Hoffmann niet bereikbaar", "C000065", "no_answer")
    one("dutch", "afspraak met Birgit Richter volgende week", "C000002", "follow_up",
        between("2026-11-23", "2026-11-27"))
    one("dutch", "Lucie Horak heeft geen interesse", "C000003", "not_interested")
    one("swedish", "Chiara Rossi svarade inte", "C000009", "no_answer")
    one("swedish", "pratade med Fleur Vos, möte på torsdag kl 13", "C000014", "follow_up",
        "2026-11-19")
    s.add("complaint", ["Stefano Ferrari: klagomål löst"],
          {"complaints_closed": ["C000028"],
           "interactions": [call("C000028", ["resolved", "reached"], optional=True)]},
          setup=_complaint("C000028"), harmful="the complaint left open, or another customer")
    s.add("complaint", ["ho parlato con Olivier Faure, il reclamo non è ancora risolto"],
          {"interactions": [call("C000042", "reached")]},
          setup=_complaint("C000042"), harmful="the complaint closed, or another customer")
    s.add("confirm", [{"say": "Joana Costa raggiunta, forse", "confirm": "nej"}], NONE,
          harmful="anything stored after a no")
    s.add("confirm", [{"say": "Marcin Kowalski reached, peut-être", "confirm": "non"}], NONE,
          harmful="anything stored after a no")
    s.add("confirm", [{"say": "Freja Berg erreicht, vielleicht", "confirm": "nie"}], NONE,
          harmful="anything stored after a no")
    s.add("confirm", [{"say": "Giulia Ferrari reached, probabilmente", "confirm": "sì"}],
          {"interactions": [call("C000018", "reached")]}, harmful=WRONG)
    s.add("feedback", ["log feedback for Nicolas Dubois: l'application ne marche pas depuis "
                       "lundi"],
          {"feedback": [{"customer_id": "C000047", "text_has": ["application"]}]},
          harmful="a call stored, or feedback on another customer")
    return s


if __name__ == "__main__":
    build().write()
