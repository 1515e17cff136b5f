"""heldout21, the rest of the team day: A002 (Italian), A003 (Swedish), A004 (German), A005
(Polish), A006 (French), each switching into English mid-conversation; the two branch
managers and head office. Today = Monday 2026-11-16."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout21 import (
    FRI,
    NFRI,
    NMON,
    NTHU,
    NTUE,
    NWED,
    THU,
    TUE,
    WED,
    calls,
)
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

DEC1, DEC2, DEC3, DEC4 = "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"


def add_a002(s: HeldoutSet) -> None:
    """Marco in Frankfurt, Italian."""
    def a(cap: str, turns: list, expect: dict, **kw: object) -> None:
        s.add(cap, turns, expect, sender="A002", **kw)
    a("log_reached", ["sentito giorgio de luca, tutto ok"], calls(call("C000089", "reached")))
    a("log_no_answer", ["duarte silva non risponde, segreteria"],
      calls(call("C000097", "no_answer")))
    a("log_not_interested", ["stefano marino non è interessato al fondo"],
      calls(call("C000117", NOT_INTERESTED)))
    a("log_meeting", ["appuntamento con chiara bruno giovedì alle 10"],
      calls(call("C000126", MEETING, THU)))
    a("confirm_change", [{"say": "greta wagner richiamare la settimana prossima",
                          "confirm": "sì ma martedì 24"}],
      calls(call("C000076", MEETING, NTUE)))
    a("confirm_change", [{"say": "johanna appuntamento venerdì",
                          "confirm": "sì, però per greta wagner, non johanna"}],
      calls(call("C000076", MEETING, FRI)))
    a("correction", ["pablo fernandez raggiunto", "scusa, volevo dire sergio sanchez"],
      calls(call("C000077", "reached")))
    a("correction", ["piotr wojcik appuntamento il 25", "anzi no, il 26"],
      calls(call("C000109", MEETING, NTHU)))
    a("undo", ["nils lindstrom non risponde", "nils sandberg non risponde",
               "annulla gli ultimi due"], NONE)
    a("undo", ["renate koch venduto il pac", "cancella quello di renate, ho sbagliato"], NONE)
    a("household", ["parlato con valentina gallo e anche con la figlia monika, tutte e due ok"],
      calls(call("C000074", "reached"), call("C000075", "reached")))
    a("household", ["johan berg non c'era, ha risposto la moglie linnea: vuole un "
                    "appuntamento lunedì prossimo"],
      calls(call("C000088", MEETING, NMON), call("C000087", "no_answer", optional=True)))
    a("mixed", ["luca colombo ok, maarten bos niente, petr novak appuntamento 3 dic"],
      calls(call("C000078", "reached"), call("C000079", "no_answer"),
            call("C000106", MEETING, DEC3)))
    a("late_report", ["venerdì scorso ho sentito thomas becker, nessun bisogno"],
      calls(call("C000122", ["reached", "not_interested"])))
    a("plan", ["domani chiamo maria nikolaidis per il mutuo"], NONE)
    a("feedback", ["joana carvalho dice che l'app non accetta più la sua impronta digitale"],
      {"feedback": [{"customer_id": "C000082", "text_has": ["impronta"]}],
       "interactions": [call("C000082", "reached", optional=True)]})
    a("not_feedback", ["secondo me a carlos garcia non piacerà la nuova commissione"], NONE)
    a("complaint_resolved", ["reclamo di thomas wolf risolto, rimborso fatto, chiuso"],
      {"complaints_closed": ["C000068"],
       "interactions": [call("C000068", ["reached", "resolved"], optional=True)]})
    a("ambiguous", ["magdalena kozlowski raggiunta"], NONE)
    a("other_book", ["magdalena kozlowski quella di oberursel - raggiunta"],
      calls(call("C000116", "reached")))
    a("switch", ["ciao! chi devo chiamare oggi?", "ok thx. agnieszka mazur no answer btw"],
      calls(call("C000073", "no_answer")))
    a("switch", ["antoine fontaine appuntamento mercoledì", "sorry, meant wed next week"],
      calls(call("C000107", MEETING, NWED)))
    a("undo", ["dimitra lefevre raggiunta", "benoit lefevre non risponde",
               "togli quella di dimitra"], calls(call("C000093", "no_answer")))
    a("market_read", ["la bce ha tagliato di 25 punti sabato, giusto?"],
      {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]})
    a("hedge", ["se la bce taglia ancora, chiamo i clienti con mutuo variabile?"], NONE)


def add_a003(s: HeldoutSet) -> None:
    """Sofia in Frankfurt, Swedish."""
    def a(cap: str, turns: list, expect: dict, **kw: object) -> None:
        s.add(cap, turns, expect, sender="A003", **kw)
    a("log_reached", ["pratade med astrid karlsson, allt lugnt"], calls(call("C000142", "reached")))
    a("log_no_answer", ["oskar johansson svarade inte"], calls(call("C000143", "no_answer")))
    a("log_not_interested", ["ines almeida är inte intresserad av sparplanen"],
      calls(call("C000171", NOT_INTERESTED)))
    a("log_meeting", ["möte med klaus schmidt på torsdag"], calls(call("C000196", MEETING, THU)))
    a("log_sale", ["federica de luca tecknade fonden idag!"], calls(call("C000184", "sale")))
    a("confirm_change", [{"say": "ruben van dijk vill ses nästa vecka",
                          "confirm": "ja men onsdag 25/11"}],
      calls(call("C000200", MEETING, NWED)))
    a("confirm_change", [{"say": "jana möte fredag", "confirm": "nej, den 4 december"}],
      calls(call("C000185", MEETING, DEC4)), )
    a("correction", ["maarten mulder nådd", "förlåt, han svarade inte, det var röstbrevlådan"],
      calls(call("C000173", "no_answer")))
    a("correction", ["heinrich meyer möte tisdag", "nej vänta, onsdag"],
      calls(call("C000165", MEETING, WED)))
    a("undo", ["ewa nowak inte intresserad", "ångra det"], NONE)
    a("undo", ["elena fernandez svarade inte", "rui santos nådd",
               "ta bort elena, fel kund"], calls(call("C000139", "reached")))
    a("household", ["ringde petra meyer, pratade även med renate, båda ok"],
      calls(call("C000162", "reached"), call("C000163", "reached")))
    a("household", ["lukas neumann och frun katarzyna vill båda ha möte den 1 dec"],
      calls(call("C000136", MEETING, DEC1), call("C000137", MEETING, DEC1)))
    a("mixed", ["carmen sanchez nådd, giorgio esposito inget svar, benoit faure nej tack"],
      calls(call("C000153", "reached"), call("C000174", "no_answer"),
            call("C000164", NOT_INTERESTED)))
    a("late_report", ["i torsdags pratade jag med ilse de boer, inget behov just nu"],
      calls(call("C000154", ["reached", "not_interested"])))
    a("late_report", ["förra veckan, den 12/11, nådde jag inte piotr zielinski"],
      calls(call("C000152", "no_answer")))
    a("plan", ["ska ringa georgia vlachos i morgon om lånet"], NONE)
    a("feedback", ["aleksandra kowalski sa att kortet blev spärrat utomlands igen, "
                   "hon är väldigt irriterad"],
      {"feedback": [{"customer_id": "C000186", "text_has": ["utomlands"]}],
       "interactions": [call("C000186", "reached", optional=True)]})
    a("complaint_resolved", ["pratade med aleksandra kowalski om klagomålet, fortfarande "
                             "inte löst"],
      {"interactions": [call("C000186", "reached", optional=True)]})
    a("not_feedback", ["kollegan säger att thomas lange tycker att avgifterna är höga"], NONE)
    a("ambiguous", ["renate fischer nådd"], NONE)
    a("switch", ["hej! vilka ska jag ringa idag?", "ok. friederike lange - reached, "
                 "wants a follow up on the 30th"],
      calls(call("C000179", MEETING, "2026-11-30")))
    a("switch", ["julien fontaine möte fredag", "actually make it next friday, the 27th"],
      calls(call("C000160", MEETING, NFRI)))


def add_a004(s: HeldoutSet) -> None:
    """Jonas in Munich, German."""
    def a(cap: str, turns: list, expect: dict, **kw: object) -> None:
        s.add(cap, turns, expect, sender="A004", **kw)
    a("log_reached", ["mit jürgen becker gesprochen, passt alles"],
      calls(call("C000241", "reached")))
    a("log_no_answer", ["wolfgang müller nicht erreicht, mailbox"],
      calls(call("C000260", "no_answer")))
    a("log_not_interested", ["matthias schmidt hat kein interesse an der baufi"],
      calls(call("C000220", NOT_INTERESTED)))
    a("log_meeting", ["termin mit maja eriksson am donnerstag, 14 uhr"],
      calls(call("C000259", MEETING, THU)))
    a("confirm_change", [{"say": "rita termin mittwoch", "confirm": "ja, aber für anna "
                          "wolf, nicht rita"}],
      calls(call("C000202", MEETING, WED)))
    a("confirm_change", [{"say": "eva jansen rückruf nächste woche",
                          "confirm": "ja aber am dienstag"}],
      calls(call("C000250", MEETING, NTUE)))
    a("correction", ["lukas keller erreicht", "sorry, war nicht lukas sondern florian günther"],
      calls(call("C000217", "reached")))
    a("correction", ["francesca lombardi termin 2.12.", "ne, 3.12. meinte ich"],
      calls(call("C000228", MEETING, DEC3)))
    a("correction", ["oskar lindström nicht erreicht", "wer steht noch auf meiner liste?",
                     "der oskar hat übrigens doch zurückgerufen, alles ok"],
      calls(call("C000258", "no_answer", optional=True), call("C000258", "reached")))
    a("undo", ["camille moreau abgeschlossen (sparplan)", "bitte rückgängig machen"], NONE)
    a("undo", ["chiara ricci erreicht", "sofia rodrigues erreicht",
               "die letzten beiden bitte löschen"], NONE)
    a("undo", ["wolfgang schneider kein interesse", "lena fischer mailbox",
               "den eintrag zu wolfgang schneider bitte streichen"],
      calls(call("C000264", "no_answer")))
    a("household", ["mit giuseppe russo telefoniert, seine frau hannah war auch dabei – "
                    "beide termin am 1.12."],
      calls(call("C000237", MEETING, DEC1), call("C000238", MEETING, DEC1)))
    a("household", ["bei petra weber angerufen, ihr mann michael ging ran, sie war nicht da"],
      calls(call("C000215", "no_answer"), call("C000216", ["reached", "no_answer"],
                                               optional=True)))
    a("mixed", ["joana costa erreicht, tereza svoboda nicht erreicht, petr svoboda kein "
                "interesse"],
      calls(call("C000239", "reached"), call("C000262", "no_answer"),
            call("C000261", NOT_INTERESTED)))
    a("late_report", ["nachtrag von freitag: katerina papadakis erreicht, alles gut"],
      calls(call("C000214", "reached")))
    a("plan", ["muss morgen noch julien laurent wegen der fälligkeit anrufen"], NONE)
    a("feedback", ["anna wolf meinte, die überweisung hat wieder drei tage gedauert, das "
                   "sei inakzeptabel"],
      {"feedback": [{"customer_id": "C000202", "text_has": ["überweisung"]}],
       "interactions": [call("C000202", "reached", optional=True)]})
    a("complaint_resolved", ["beschwerde von anna wolf ist erledigt, gutschrift von 20 euro "
                             "gebucht"],
      {"complaints_closed": ["C000202"],
       "interactions": [call("C000202", ["reached", "resolved"], optional=True)]})
    a("not_feedback", ["vielleicht findet laurent dubois die app auch zu kompliziert, "
                       "frag ich ihn mal"], NONE)
    a("not_feedback", ["hab gehört, dass wolfgang schneider zur konkurrenz wechseln will"], NONE)
    a("ambiguous", ["hannah wagner erreicht"], NONE)
    a("other_book", ["hannah wagner aus erding erreicht"], calls(call("C000235", "reached")))
    a("switch", ["servus, wer ist heute dran?", "ok, jana svoboda - no answer, try again "
                 "thursday"],
      calls(call("C000229", ["no_answer", "follow_up"], [None, THU])))


def add_a005(s: HeldoutSet) -> None:
    """Agnieszka in Munich, Polish."""
    def a(cap: str, turns: list, expect: dict, **kw: object) -> None:
        s.add(cap, turns, expect, sender="A005", **kw)
    a("log_reached", ["rozmawiałam z zofią dąbrowski, wszystko ok"],
      calls(call("C000276", "reached")))
    a("log_no_answer", ["jorge gomez nie odbiera"], calls(call("C000278", "no_answer")))
    a("log_not_interested", ["heinrich braun nie jest zainteresowany lokatą"],
      calls(call("C000270", NOT_INTERESTED)))
    a("log_meeting", ["spotkanie z lena wolf w czwartek"], calls(call("C000325", MEETING, THU)))
    a("log_sale", ["gonçalo santos podpisał umowę na fundusz"], calls(call("C000321", "sale")))
    a("confirm_change", [{"say": "claudia spotkanie w piątek",
                          "confirm": "tak, ale 27"}],
      calls(call("C000297", MEETING, NFRI)))
    a("confirm_change", [{"say": "sabine oddzwonić jutro",
                          "confirm": "tak ale w środę"}],
      calls(call("C000291", MEETING, WED)))
    a("correction", ["elena greco nie odebrała", "przepraszam, jednak oddzwoniła, "
                     "rozmawiałyśmy"],
      calls(call("C000327", "no_answer", optional=True), call("C000327", "reached")))
    a("correction", ["andreas meyer spotkanie 24.11", "pomyłka, 25.11"],
      calls(call("C000282", MEETING, NWED)))
    a("undo", ["joana pereira nie odbiera", "cofnij to"], NONE)
    a("undo", ["oskar nilsson brak zainteresowania", "rocio diaz spotkanie we wtorek",
               "usuń ten wpis o oskarze"], calls(call("C000311", MEETING, TUE)))
    a("household", ["dzwoniłam do anny hoffmann, odebrała też birgit - obie chcą spotkanie "
                    "2 grudnia"],
      calls(call("C000329", MEETING, DEC2), call("C000328", MEETING, DEC2)))
    a("household", ["julia vesely ok, jej mąż jakub nie odebrał"],
      calls(call("C000294", "reached"), call("C000293", "no_answer")))
    a("mixed", ["marieke van dijk ok, joão oliveira nie odbiera, katerina prochazka "
                "spotkanie pon"],
      calls(call("C000281", "reached"), call("C000289", "no_answer"),
            call("C000333", MEETING, NMON)))
    a("correction", ["petra wolf spotkanie pon", "kto jeszcze jest na liście?",
                     "aha, z petrą wolf to był wtorek, nie poniedziałek"],
      calls(call("C000324", MEETING, [TUE, NTUE])))
    a("late_report", ["wczoraj dzwoniła giulia bruno, wszystko w porządku"],
      calls(call("C000269", "reached")))
    a("plan", ["jutro zadzwonię do chiary de luca w sprawie kredytu"], NONE)
    a("feedback", ["hannah müller powiedziała, że infolinia nigdy nie odbiera"],
      {"feedback": [{"customer_id": "C000285", "text_has": ["infolinia"]}],
       "interactions": [call("C000285", "reached", optional=True)]})
    a("not_feedback", ["może iñigo garcía będzie narzekał na opłaty, zobaczymy"], NONE)
    a("complaint_resolved", ["reklamacja florian fischer z erding załatwiona, zamknięte"],
      {"complaints_closed": ["C000283"],
       "interactions": [call("C000283", ["reached", "resolved"], optional=True)]})
    a("ambiguous", ["florian fischer nie odbiera"], NONE)
    a("switch", ["cześć, kto jest dziś na liście?", "ok thanks. tomas novak - not interested"],
      calls(call("C000326", NOT_INTERESTED)))
    a("switch", ["alessandra lombardi spotkanie czwartek", "sorry, wrong one - paolo mancini"],
      calls(call("C000317", MEETING, THU)))


def add_a006(s: HeldoutSet) -> None:
    """Pierre in Munich, French."""
    def a(cap: str, turns: list, expect: dict, **kw: object) -> None:
        s.add(cap, turns, expect, sender="A006", **kw)
    a("log_reached", ["eu olivier mercier au tél, RAS"], calls(call("C000336", "reached")))
    a("log_no_answer", ["heinrich keller injoignable, messagerie"],
      calls(call("C000337", "no_answer")))
    a("log_not_interested", ["karin larsson pas intéressée par l'assurance vie"],
      calls(call("C000348", NOT_INTERESTED)))
    a("log_meeting", ["rdv avec lotte de boer jeudi"], calls(call("C000356", MEETING, THU)))
    a("confirm_change", [{"say": "manon rdv mardi", "confirm": "oui mais c'est le 24"}],
      calls(call("C000381", MEETING, NTUE)))
    a("confirm_change", [{"say": "julien à rappeler vendredi",
                          "confirm": "oui, mais pour paula moreno"}],
      calls(call("C000374", MEETING, FRI)))
    a("correction", ["veronika dvorak jointe", "ah non pardon, c'était marieke meijer"],
      calls(call("C000397", "reached")))
    a("correction", ["lucía navarro rdv le 3 déc", "oups, le 4"],
      calls(call("C000363", MEETING, DEC4)))
    a("undo", ["camille fontaine pas de réponse", "christos georgiou pas de réponse",
               "annule les deux derniers"], NONE)
    a("undo", ["giorgio conti vendu le plan épargne", "annule ça stp"], NONE)
    a("household", ["parlé à elin andersson et à sa fille sanne, tout va bien"],
      calls(call("C000399", "reached"), call("C000400", "reached")))
    a("household", ["davide gallo absent, son fils marco a décroché et veut un rdv "
                    "mercredi 25"],
      calls(call("C000359", MEETING, NWED), call("C000358", "no_answer", optional=True)))
    a("mixed", ["ilse de jong ok, claudia de jong pas de réponse, laura bianchi rdv lundi "
                "prochain"],
      calls(call("C000350", "reached"), call("C000351", "no_answer"),
            call("C000390", MEETING, NMON)))
    a("late_report", ["oublié vendredi : giulia bianchi jointe, rien à signaler"],
      calls(call("C000389", "reached")))
    a("plan", ["je dois rappeler aurélie lambert demain pour son crédit"], NONE)
    a("feedback", ["diego ruiz m'a dit : « votre appli plante à chaque virement »"],
      {"feedback": [{"customer_id": "C000392", "text_has": ["virement"]}],
       "interactions": [call("C000392", "reached", optional=True)]})
    a("not_feedback", ["j'imagine que julia fischer trouvera les frais trop élevés"], NONE)
    a("complaint_resolved", ["réclamation de diego ruiz toujours pas réglée, je relance "
                             "le back office"],
      {"interactions": [call("C000392", "reached", optional=True)]})
    a("feedback", ["geste commercial de 40 € pour aurélie laurent, frais de tenue de compte "
                   "facturés deux fois"],
      {"feedback": [{"customer_id": "C000355", "text_has": ["frais"], "compensation": 40}],
       "interactions": [call("C000355", "reached", optional=True)]})
    a("hedge", ["si la bce remonte ses taux, je préviens mes clients à taux variable ?"], NONE)
    a("undo", ["olivier mercier rdv vendredi", "supprime le dernier"], NONE)
    a("ambiguous", ["aurélie jointe"], NONE)
    a("switch", ["salut, qui dois-je appeler aujourd'hui ?", "ok. greta wolf - reached, "
                 "nothing needed"], calls(call("C000339", "reached")))
    a("switch", ["friederike becker rdv mercredi", "wait, next wednesday, the 25th"],
      calls(call("C000347", MEETING, NWED)))


def add_managers(s: HeldoutSet) -> None:
    """M001 (Frankfurt), M002 (Munich), H001 (head office)."""
    s.add("themes_read", ["what are our customers complaining about most this month?"], NONE,
          sender="M001")
    s.add("themes_read", ["any feedback about the app lately?"], NONE, sender="M001")
    s.add("call_list", ["what's on lena's list today?"], NONE, sender="M001")
    s.add("hedge", ["if the ecb cuts another 25 in december, which books get hit hardest?"],
          NONE, sender="M001")
    s.add("plan", ["tell the team: everyone calls their variable-rate mortgages this week"],
          NONE, sender="M001")
    s.add("themes_read", ["welche themen sind bei uns in münchen gerade offen?"], NONE,
          sender="M002")
    s.add("not_feedback", ["jonas meint, die kunden finden die neuen gebühren zu hoch"], NONE,
          sender="M002")
    s.add("chatter", ["danke euch, guter start in die woche 👍"], NONE, sender="M002")
    s.add("market_event", ["ecb raised the deposit rate by 10 bp this morning"],
          {"market_events": [{"delta_bp": 10, "occurred_on": "2026-11-16"}]}, sender="H001")
    s.add("market_event", ["fyi the ecb cut of 25bp on saturday is already in, right?"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001")
    s.add("hedge", ["what if rates go up 50bp in january, how many customers affected?"], NONE,
          sender="H001")
    s.add("themes_read", ["top 3 themes by cost across all branches pls"], NONE, sender="H001")
    s.add("market_read", ["which rate events do we have on record this month?"], NONE,
          sender="H001")
    s.add("chatter", ["morning all"], NONE, sender="H001")


def add_rest(s: HeldoutSet) -> None:
    add_a002(s)
    add_a003(s)
    add_a004(s)
    add_a005(s)
    add_a006(s)
    add_managers(s)
