"""heldout19's conversations of several turns: several customers in one message, pronouns and
first names, corrections (polite, blunt, in the advisors' languages, after one or several
writes), undo, double posts and real second attempts (see authoring_heldout19.py for the date
key and the judging rules)."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout19 import S, calls
from bench.conversation_eval.authoring_heldout_kit import MEETING, NONE, NOT_INTERESTED, call


def multi() -> None:
    c = "multi"
    S.add(c, ["Joana Costa reached, Lena Fischer vm, Marco Gallo meeting fri"],
          calls(call("C000023", "reached"), call("C000041", "no_answer"),
                call("C000016", MEETING, "2026-11-20")))
    S.add(c, ["friederike krüger + friederike weber both no answer"],
          calls(call("C000001", "no_answer"), call("C000056", "no_answer")))
    S.add(c, ["Ana Mancini reached; Giuseppe Szymański not interested"],
          calls(call("C000054", "reached"), call("C000006", NOT_INTERESTED)))
    S.add(c, ["Ursula Zimmermann erreicht, Andreas Schröder Termin 25.11., Hannah Zimmermann "
              "Mailbox"],
          calls(call("C000060", "reached"), call("C000021", MEETING, "2026-11-25"),
                call("C000032", "no_answer")))
    S.add(c, ["Dimitra Alexiou e Javier Wójcik raggiunti entrambi, tutto ok"],
          calls(call("C000070", "reached"), call("C000131", "reached")), sender="A002")
    S.add(c, ["Paweł Szymański: venta tarjeta. Agnieszka Mazur no contesta"],
          calls(call("C000071", "sale"), call("C000073", "no_answer")), sender="A002")
    S.add(c, ["Krzysztof Mazur nådd, Ondřej Veselý inte intresserad, Pablo Moreno möte 30/11"],
          calls(call("C000192", "reached"), call("C000151", NOT_INTERESTED),
                call("C000140", MEETING, "2026-11-30")), sender="A003")
    S.add(c, ["Julien Fontaine en Heinrich Meyer allebei niet bereikt"],
          calls(call("C000160", "no_answer"), call("C000165", "no_answer")), sender="A003")
    S.add(c, ["Petra Krüger, Petra Wolf – obie nie odebrały"],
          calls(call("C000287", "no_answer"), call("C000324", "no_answer")), sender="A005")
    S.add(c, ["Matthias Fischer Termin morgen 14h, Stefan Schmidt kein Interesse"],
          calls(call("C000305", MEETING, "2026-11-17"), call("C000295", NOT_INTERESTED)),
          sender="A005")
    S.add(c, ["Giulia Bianchi joint / Ilse de Jong rdv le 10/12 / Greta Braun répondeur"],
          calls(call("C000389", "reached"), call("C000350", MEETING, "2026-12-10"),
                call("C000352", "no_answer")), sender="A006")
    S.add(c, ["Friederike Schneider et Georgia Vlachos : toutes les deux pas intéressées"],
          calls(call("C000393", NOT_INTERESTED), call("C000334", NOT_INTERESTED)),
          sender="A006")


def pronouns() -> None:
    c = "pronoun"
    S.add(c, ["pull up Rita Martins", "reached her, she wants a meeting on the 27th"],
          calls(call("C000061", MEETING, "2026-11-27")))
    S.add(c, ["what does Lucie Horák hold?", "ok called her, no answer"],
          calls(call("C000003", "no_answer")))
    S.add(c, ["Markéta reached, all fine"], calls(call("C000038", "reached")))
    S.add(c, ["anna no answer"], NONE)
    S.add(c, ["mostrami Claudia Klein", "l'ho chiamata, appuntamento il 2/12"],
          calls(call("C000125", MEETING, "2026-12-02")), sender="A002")
    S.add(c, ["Sébastien ha risposto, tutto ok"], calls(call("C000103", "reached")),
          sender="A002")
    S.add(c, ["visa profil för Jorge Pérez", "ringde honom, inget svar"],
          calls(call("C000193", "no_answer")), sender="A003")
    S.add(c, ["Vojtěch svarar inte"], NONE, sender="A003")
    S.add(c, ["pokaż profil Julii Veselý",
              "dzwoniłam do niej, jest zainteresowana, spotkanie w czwartek"],
          calls(call("C000294", MEETING, "2026-11-19")), sender="A005")
    S.add(c, ["Alessandra – erreicht, alles gut"], calls(call("C000271", "reached")),
          sender="A005")
    S.add(c, ["fiche de Marieke Meijer", "je l'ai eue, elle passe à l'agence lundi 23"],
          calls(call("C000397", MEETING, "2026-11-23")), sender="A006")
    S.add(c, ["Paula pas de réponse"], calls(call("C000374", "no_answer")), sender="A006")


def corrections() -> None:
    c = "correction"
    S.add(c, ["anna lange reached", "sorry, Anna Zimmermann not Lange"],
          calls(call("C000034", "reached")))
    S.add(c, ["greta müller meeting on friday", "wrong date – thursday"],
          calls(call("C000031", MEETING, "2026-11-19")))
    S.add(c, ["Ursula Schneider no answer", "no wait, she picked up in the end, all fine"],
          calls(call("C000035", "reached")))
    S.add(c, ["Monika Gallo appuntamento martedì 24", "scusa, non Monika: Greta Wagner"],
          calls(call("C000076", MEETING, "2026-11-24")), sender="A002")
    S.add(c, ["Antoine Fontaine no contesta", "perdón, sí contestó, cita el jueves"],
          calls(call("C000107", MEETING, "2026-11-19")), sender="A002")
    S.add(c, ["Klaus Schmidt nådde inte", "fel, det var Klaus Klein"],
          calls(call("C000175", "no_answer")), sender="A003")
    S.add(c, ["Jan Müller afspraak 3 december", "nee, 4 december bedoel ik"],
          calls(call("C000198", MEETING, "2026-12-04")), sender="A003")
    S.add(c, ["Agnieszka Kowalski – sprzedaż karty kredytowej",
              "sorry, pomyłka: tylko rozmowa, nic nie kupiła"],
          calls(call("C000303", "reached")), sender="A005")
    S.add(c, ["Jana Lewandowski Termin Freitag", "Korrektur: Donnerstag, nicht Freitag"],
          calls(call("C000320", MEETING, "2026-11-19")), sender="A005")
    S.add(c, ["Aurélie Laurent pas de réponse", "ah non pardon, c'était Sanne Andersson"],
          calls(call("C000400", "no_answer")), sender="A006")
    S.add(c, ["Lotte de Boer rdv le 27", "oups, le 26"],
          calls(call("C000356", MEETING, "2026-11-26")), sender="A006")
    S.add(c, ["Lucie Dvořák reached", "Monika Weber vm", "Anna Ferrari took the credit card",
              "actually Monika did answer, just reached"],
          calls(call("C000011", "reached"), call("C000012", "reached"),
                call("C000029", "sale")))
    # the change is declined when the bot asks; stored at once (no question), 2/12 is right
    S.add(c, ["Heinrich Schröder meeting 1/12", {"say": "change that to 2/12", "confirm": "no"}],
          calls(call("C000062", MEETING, ["2026-12-01", "2026-12-02"])))
    S.add(c, ["Julien Schröder no answer", "wrong guy. it was Johan"],
          calls(call("C000022", "no_answer")))
    S.add(c, ["Markus Wagner – ej intresserad", "nej fel, han vill ha möte nästa tisdag"],
          calls(call("C000177", MEETING, "2026-11-24")), sender="A003")
    S.add(c, ["Mariana Rodrigues rdv mardi, non, mercredi 18"],
          calls(call("C000375", MEETING, "2026-11-18")), sender="A006")
    S.add(c, ["Linnea Berg venduto il fondo", "no aspetta, era Johan Berg, il padre"],
          calls(call("C000087", "sale")), sender="A002")


def undo() -> None:
    c = "undo"
    S.add(c, ["Yannis Alexiou reached", "undo that pls"], NONE)
    S.add(c, ["wolfgang schmidt no answer", "scratch that, wrong chat"], NONE)
    S.add(c, ["Renate Koch raggiunta", "annulla"], NONE, sender="A002")
    S.add(c, ["Stefan Neumann venta del seguro", "deshaz eso por favor"], NONE, sender="A002")
    S.add(c, ["Tomáš Svoboda – möte fredag", "ångra det"], NONE, sender="A003")
    S.add(c, ["Petra Meyer bereikt", "maak ongedaan aub"], NONE, sender="A003")
    S.add(c, ["Jürgen Müller – nie odebrał", "cofnij to"], NONE, sender="A005")
    S.add(c, ["Hannah Müller erreicht", "Petra Braun Mailbox", "das letzte bitte rückgängig"],
          calls(call("C000285", "reached")), sender="A005")
    S.add(c, ["Florian Becker rdv lundi prochain",
              "annule ça stp, je me suis trompé de client"], NONE, sender="A006")
    S.add(c, ["Anna Richter joint", "Birgit Koch pas intéressée", "Laura Bianchi vente carte",
              "annule les deux derniers"],
          calls(call("C000353", "reached")), sender="A006")
    S.add(c, ["Giulia Ferrari meeting dec 7", "nope, delete that"], NONE)


def duplicates() -> None:
    c = "duplicate"
    S.add(c, ["femke weber reached", "femke weber reached"], calls(call("C000057", "reached")))
    S.add(c, ["Markus Klein non risponde", "Markus Klein non risponde"],
          calls(call("C000069", "no_answer")), sender="A002")
    S.add(c, ["Jana Kučera möte 26/11", "Jana Kučera möte 26/11"],
          calls(call("C000185", MEETING, "2026-11-26")), sender="A003")
    S.add(c, ["Sofia Santos – spotkanie jutro o 10", "Sofia Santos – spotkanie jutro o 10"],
          calls(call("C000273", MEETING, "2026-11-17")), sender="A005")
    S.add(c, ["Karin Larsson vente assurance vie", "Karin Larsson vente assurance vie"],
          calls(call("C000348", "sale")), sender="A006")
    S.add(c, ["Friederike Hartmann reached", "did that go through? Friederike Hartmann reached"],
          calls(call("C000010", "reached")))


def second_attempts() -> None:
    c = "second_attempt"
    S.add(c, ["Greta Günther no answer", "tried Greta Günther again at 2, still nothing"],
          calls(call("C000013", "no_answer"), call("C000013", "no_answer")))
    S.add(c, ["Jürgen Fischer vm", "called Jürgen again, got him now, all good"],
          calls(call("C000033", "no_answer"), call("C000033", "reached")))
    S.add(c, ["Kostas Georgiou non risponde",
              "riprovato Kostas Georgiou, ora ha risposto: appuntamento giovedì"],
          calls(call("C000067", "no_answer"), call("C000067", MEETING, "2026-11-19")),
          sender="A002")
    S.add(c, ["Johanna Günther svarar inte",
              "ringde Johanna Günther igen efter lunch, fortfarande inget svar"],
          calls(call("C000157", "no_answer"), call("C000157", "no_answer")), sender="A003")
    S.add(c, ["Heinrich Braun nie odbiera",
              "drugi raz dzwoniłam do Heinricha Brauna, odebrał, wszystko ok"],
          calls(call("C000270", "no_answer"), call("C000270", "reached")), sender="A005")
    S.add(c, ["Thomas Lange messagerie",
              "rappelé Thomas Lange cet aprem, toujours la messagerie"],
          calls(call("C000382", "no_answer"), call("C000382", "no_answer")), sender="A006")


def more() -> None:
    multi()
    pronouns()
    corrections()
    undo()
    duplicates()
    second_attempts()
