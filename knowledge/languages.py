"""The words of a call report and of a yes / no in the languages the bank's advisors write:
English as a second language (what German, Dutch, Italian, Polish, Spanish, French and
Nordic speakers type), German, Dutch, Italian, Polish, Swedish, French and Spanish.

Data, not code: each table holds regular-expression alternatives (no capturing groups) per
language; `alternatives` joins a table into one alternative, adding each word as typed on a
keyboard without its accents ("repondu", "zajety", "rostbrevlada"). The readers
(knowledge.call_reports.said, knowledge.writes.pending, knowledge.writes.unsure) join them
into their own patterns, so an outcome is read by the same rules in every language: a
no-answer is tried before "reached" (so "non ha risposto" is never "ha risposto"), a
not-interested before a sale, and a word a negation denies ("nie kupił", "n'a pas signé")
is no sale. A negation left over that no phrase took ("nie", "inte", "pas") makes the
report shown for a yes, never stored on a guess.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Verbs in the past take their endings as typed: Polish "odebrał", "odebrała", "odebrałem".
# "didn't reach a decision" is no failed call
_NO_DECISION = r"(?!\s+(?:a|an|any|the)\s+(?:decision|agreement|conclusion|deal|compromise))"
NO_ANSWER = {
    "en": [r"(?:not|never) (?:yet )?(?:be |been )?reached",
           rf"(?:did|could|have|has) not reach\w*{_NO_DECISION}",
           rf"(?:didn|couldn|haven|hasn|wasn|isn)['’]?t (?:be |been )?reach\w*{_NO_DECISION}",
           r"not attainable",
           r"not to (?:reach|be reached)", r"no reaction", r"not (?:at )?home",
           r"(?:has|have|had) not (?:yet )?(?:answered|picked up|responded|called back)",
           r"(?:hasn|haven|hadn|don|doesn)['’]?t (?:answered|picked up|responded|answer|pick up)",
           r"(?:do|does) not (?:answer|pick up)", r"switched out",
           r"(?:nobody|no one|noone) (?:has |had )?(?:answered|picked up|responded)",
           r"(?:not|doesn['’]?t|didn['’]?t|don['’]?t) (?:take|took|lift|lifted) "
           r"(?:it |the phone )?(?:off|up)",
           r"(?:not|couldn['’]?t|can['’]?t|didn['’]?t) (?:achieve|attain)d? (?:him|her|them)"
           r"(?=\s*(?:$|[.,;!?]))", r"not achievable",
           r"(?:couldn['’]?t|could not|didn['’]?t|did not) get\b[^.;,!?]{0,30}\bon the "
           r"(?:phone|line)",
           r"(?:did not|didn['’]?t|does not|doesn['’]?t) (?:respond|react|go (?:to|on) the phone)",
           r"not accessible",
           r"(?:nobody|no one|noone|none) (?:took|takes|has taken) (?:up )?the phone",
           r"(?:did not|didn['’]?t|does not|doesn['’]?t|has not|hasn['’]?t) (?:take|taken) "
           r"(?:up )?the phone", r"(?:phone|line) (?:was |is )?occupied",
           r"answering machine", r"answerphone", r"(?:spoke|talked|spoken) (?:on|to|onto) "
           r"(?:the |his |her )?(?:mailbox|voice ?mail|answering machine|box)",
           r"left (?:a |an )?(?:voice )?(?:message|msg) on", r"could not speak (?:with|to)",
           r"couldn['’]?t speak (?:with|to)", r"not (?:been )?able to (?:reach|speak|talk)",
           # "always occupied" (besetzt), "nobody takes off", "nobody goes to the phone",
           # "rings and rings"
           r"(?:always|constantly|permanently|all the time|still|every time) occupied",
           r"(?:nobody|no one|noone) (?:takes|took|picks|picked|lifts|lifted) (?:it )?(?:off|up)",
           r"(?:nobody|no one|noone) (?:goes|went|comes|came) (?:to|on) the (?:phone|line)",
           r"rings? and rings?", r"rang and rang",
           r"(?:nobody|no one|noone) (?:picks|picked) up (?:to |on )?the (?:phone|line)"],
    "de": [r"nicht abgenommen", r"hebt nicht ab", r"nicht ans telefon", r"sprachbox",
           r"(?:keiner|niemand) (?:da|ran|rangegangen|abgehoben|erreichbar)",
           r"auf (?:band|die mailbox) gesprochen", r"nicht durchgekommen", r"kein durchkommen",
           r"nicht zu erreichen", r"nicht gesprochen",
           r"(?:war|ist) nicht (?:da|zu hause|zuhause|daheim)(?!\w)", r"nicht zu hause"],
    "nl": [r"geen (?:antwoord|gehoor|reactie)", r"niet bereikbaar", r"onbereikbaar",
           r"niet bereikt", r"niet (?:op)?genomen", r"neemt niet op", r"nam niet op",
           r"niet te bereiken", r"antwoordapparaat", r"in gesprek(?! (?:met|geweest))",
           r"bericht (?:ingesproken|achtergelaten)", r"ingesproken", r"niet gesproken",
           r"niemand (?:nam op|neemt op|thuis)", r"kreeg (?:hem|haar|niemand) niet",
           r"niet thuis", r"was er niet"],
    "it": [r"non (?:mi |ci )?(?:ha |aveva )?rispost[oa]", r"non rispond\w*",
           r"nessuna risposta", r"(?:non |ir)raggiungibile", r"non (?:l['’]ho |lo |la )?"
           r"(?:raggiunt[oa]|trovat[oa]|sentit[oa])",
           r"non (?:sono riuscit[oa]|ho potuto|riesco) a (?:raggiunger|parlar|contattar|sentir)\w*",
           r"segreteria(?: telefonica)?", r"(?:linea|telefono|dà|da) occupat[oa]",
           r"lasciato (?:un )?messaggio",
           r"squilla a vuoto", r"telefono spento", r"non ho parlato",
           r"nessuno (?:ha )?rispost\w*", r"nessuno rispond\w*", r"non disponibile",
           r"non c['’](?:era|è)", r"non (?:era|è) (?:in casa|a casa)"],
    "fr": [r"pas de réponse", r"sans réponse", r"(?:ne |n['’])?(?:répond|a répondu|répondait) pas",
           r"n['’]a pas répondu", r"(?:in|pas |non )joignable", r"messagerie(?: vocale)?",
           r"répondeur", r"(?:ligne|c['’]était|sonne|sonnait) occupée?",
           r"laissé (?:un )?message", r"(?:n['’]a )?pas décroché",
           r"pas pu (?:le |la |l['’])?(?:joindre|contacter|avoir|parler)",
           r"personne (?:n['’]a )?(?:répondu|décroché)", r"pas parlé", r"pas répondu",
           r"n['’](?:était|est) pas (?:là|chez (?:lui|elle))", r"pas chez (?:lui|elle)"],
    "es": [r"no (?:me |nos )?(?:contesta|contestó|ha contestado|responde|respondió|"
           r"ha respondido|lo cogió|lo coge|la cogió|descolgó)", r"sin respuesta",
           r"no (?:ha sido |fue |está )?(?:localizad[oa]|localizable|contactad[oa])",
           r"ilocalizable", r"no (?:lo |la |le )?(?:he podido|pude) (?:localizar|contactar|"
           r"hablar)", r"buzón(?: de voz)?", r"contestador", r"comunicando",
           r"(?:línea|linea|teléfono|telefono|da|daba) ocupad[oa]",
           r"(?:dejé|he dejado|dejado) (?:un )?mensaje", r"apagado", r"no (?:he )?hablado",
           r"no hablé", r"nadie (?:contesta|contestó|respondió)", r"no (?:coge|cogió|ha cogido)",
           r"no (?:estaba|está) en casa", r"no estaba(?=\s*(?:$|[,.;!]))"],
    "pl": [r"nie odbiera\w*", r"nie odebrał\w*", r"nie odpowiada\w*", r"nie odpowiedział\w*",
           r"brak (?:odpowiedzi|kontaktu)", r"nieosiągaln\w*", r"niedostępn\w*",
           r"poczta głosowa", r"skrzynk\w* głosow\w*", r"(?:linia|telefon|numer|było) zajęt\w*",
           r"zajęte", r"nie dodzwonił\w*",
           r"nie (?:udało|udalo) (?:mi )?się (?:dodzwonić|połączyć|skontaktować|dodzwonic|"
           r"polaczyc|skontaktowac)", r"zostawił\w* wiadomość", r"nie (?:było|bylo) kontaktu",
           r"nie rozmawiał\w*", r"nikt nie odebrał", r"nie (?:było|ma) (?:go|jej)(?: w domu)?"],
    "sv": [r"inget svar", r"svara(?:r|de)? inte", r"(?:har )?inte svarat", r"gick inte att nå",
           r"(?:inte|ej) nåbar", r"nåddes inte", r"nådde (?:\w+ )?inte", r"inte nått",
           r"röstbrevlåda\w*", r"telefonsvarare\w*", r"upptaget",
           r"lämnade (?:ett )?meddelande", r"ingen svarade", r"fick inte tag",
           r"inte (?:fått|pratat|talat)", r"inte hemma", r"var inte där"],
}
REACHED = {
    "en": [r"(?:could|was able to) (?:reach|speak|talk)", r"(?:was|were) reachable",
           r"had (?:a )?contact with", r"had a conversation", r"had a (?:phone )?call with",
           r"(?:had|got|have had)\b[^.;,!?]{0,30}\bon the (?:phone|line)",
           r"(?:was|were) on the (?:phone|line)", r"(?:was|were|been) contacted",
           r"contact (?:with [^.;,!?]{1,30} )?(?:done|made|established)",
           r"(?:have |has )?(?:phoned|telephoned|called) with",
           r"made contact",
           # "nothing to report" after a call: it got through and said nothing of note
           r"nothing (?:special |much |new |unusual |in particular )?to (?:report|note)"],
    "de": [r"kontakt gehabt", r"sprach mit", r"durchgekommen",
           r"nichts (?:besonderes|auffälliges|zu berichten|zu melden)", r"keine besonderheiten"],
    "nl": [r"bereikt", r"gesproken", r"gebeld met", r"contact gehad", r"alles (?:goed|ok|in orde)",
           r"(?:we|wij) hebben (?:even |net |kort )?gebeld", r"niets te melden",
           r"niets (?:bijzonders|bijzonder)", r"niks bijzonders"],
    "it": [r"raggiunt[oa]", r"(?:ha|mi ha) rispost[oa]", r"(?:ho )?parlato con", r"ho parlato",
           r"(?:l['’]ho |ho )sentit[oa]", r"tutto (?:bene|ok|a posto)", r"abbiamo parlato",
           r"ci (?:ho|abbiamo) parlato", r"ci siamo (?:sentiti|parlati)",
           r"(?:niente|nulla) (?:da segnalare|di particolare)"],
    "fr": [r"l['’]ai (?:eu|joint)e?", r"(?:j['’]ai |ai )?parlé avec", r"a répondu",
           r"(?<!pas )(?<!non )(?<!\w)joignable",  # "c'était pas joignable" is no answer
           r"tout va bien", r"tout est (?:ok|bon|en ordre)",
           # "on s'est parlé", "nous avons discuté", "RAS" (rien à signaler)
           r"on s['’]est (?:parlée?s?|appelée?s?|eue?s?|entendue?s?)",
           r"nous nous sommes (?:parlée?s?|appelée?s?)",
           r"(?:on a|nous avons|j['’]ai) (?:parlé|discuté|échangé)", r"rien à signaler",
           r"rien de (?:spécial|particulier)", r"ras(?=\s*(?:$|[.,;!]))"],
    "es": [r"(?:he )?hablado con", r"hablé con", r"(?:ha )?contestado", r"contestó",
           r"respondió", r"localizad[oa]", r"contactad[oa]", r"todo (?:bien|ok|correcto)",
           r"hablamos", r"hemos hablado", r"he hablado", r"sin novedad(?:es)?",
           r"nada que (?:reportar|señalar|destacar|comentar)"],
    "pl": [r"rozmawiał\w*", r"dodzwonił\w*", r"odebrał\w*", r"wszystko (?:ok|w porządku|dobrze)",
           r"nic (?:do zgłoszenia|szczególnego|nowego)", r"bez uwag",
           r"(?:udało|udalo) (?:mi )?się (?:dodzwonić|skontaktować|dodzwonic|skontaktowac)"],
    "sv": [r"pratade med", r"pratat med", r"talade med", r"talat med", r"nådde",
           r"fick tag (?:på|i)", r"svarade", r"allt (?:bra|ok|väl|klart)",
           r"ringde (?:mig )?tillbaka",
           r"(?:vi|jag) (?:har )?(?:pratade|pratat|talade|talat|hördes|hörts)",
           r"inget (?:att rapportera|särskilt|speciellt)"],
}
FOLLOW_UP = {
    "en": [r"(?:make|made|makes|fixed|fix|agreed|arranged) (?:an? |the )?(?:new |next )?"
           r"(?:appointment|date|termin|meeting)", r"call (?:her|him|them) back",
           r"recall (?:her|him|them)", r"wants? that i (?:call|phone|ring)"],
    "de": [r"melde mich", r"meldet sich", r"wieder anrufen", r"zurückgerufen", r"zuruckgerufen"],
    "nl": [r"afspraak", r"terugbellen", r"terug bellen", r"belt terug",
           r"(?:nog een keer|nogmaals|opnieuw) bellen", r"langskomen", r"teruggebeld"],
    "it": [r"appuntamento", r"richiamar\w*", r"richiama", r"incontro", r"ricontattar\w*",
           r"richiamat[oa]", r"riunione"],
    "fr": [r"rendez-vous", r"rdv", r"rappeler", r"(?:le |la |les )?rappelle", r"rencontre\w*",
           r"r[ée]union"],
    "es": [r"cita", r"reunión", r"devolver la llamada", r"volver a llamar",
           r"llamar(?:le|la|lo)? de nuevo", r"quedamos", r"quiere que (?:le|la|lo) llame"],
    "pl": [r"spotkani\w*", r"spotkać", r"oddzwoni\w*", r"zadzwonić ponownie", r"umówi\w*",
           r"wizyt\w*", r"termin(?:u|ie|em)?", r"prosi o (?:kontakt|telefon|spotkanie)"],
    "sv": [r"möte", r"träff(?:as|en)?", r"ringa tillbaka", r"ringer tillbaka", r"återkomm\w*",
           r"ny tid", r"bli uppringd", r"uppringning"],
}
SALE = {
    "en": [r"(?:closed|concluded|made|did|completed) (?:a|an|the) (?:new )?contract",
           r"contract (?:was |is )?(?:closed|concluded|signed|done|made)",
           r"concluded (?:a|an|the) (?!(?:call|conversation|meeting|talk)\b)",
           r"(?:has|have) taken (?:out )?(?:a|an|the)(?! (?:look|time|call|while|moment|"
           r"decision|day|break|note|message|chance)\b)", r"decided for (?:a|an|the)"],
    # the sale as a noun heading the report: "Verkauf: … an X", "Abschluss mit X – …"
    "de": [r"gekauft", r"vertrag (?:gemacht|unterzeichnet)", r"eröffnet",
           r"(?<!kein )(?<!keinen )(?:verkauf|abschluss)(?=\s*[:–—-]|\s+(?:mit|an|bei|von)\b)"],
    "nl": [r"verkocht", r"gekocht", r"getekend", r"afgesloten", r"geopend",
           r"verkoop(?=\s*[:–—-]|\s+aan\b)"],
    "it": [r"vendita(?=\s*[:–—-]|\s+a\b)",
           r"vendut[oa]", r"(?:ha )?comprat[oa]", r"(?:ha )?acquistat[oa]", r"(?:ha )?firmat[oa]",
           r"(?:ha )?sottoscritt[oa]", r"ha aperto"],
    "fr": [r"vente(?=\s*[:–—-]|\s+à\b)",
           r"vendu", r"(?:a )?acheté", r"(?:a )?signé", r"(?:a )?souscrit", r"a ouvert"],
    "es": [r"venta(?=\s*[:–—-]|\s+a\b)",
           r"vendid[oa]", r"vendí", r"(?:ha )?comprado", r"compró", r"(?:ha )?firmado",
           r"firmó", r"(?:ha )?contratado", r"contrató", r"ha abierto"],
    "pl": [r"sprzedaż(?=\s*[:–—-]|\s+dla\b)",
           r"sprzedał\w*", r"sprzedan[yaeo]", r"kupił\w*", r"kupion[yaeo]", r"podpisał\w*",
           r"umowa podpisana",
           r"zawarł\w* umow\w*", r"otworzył\w*"],
    "sv": [r"försäljning(?=\s*[:–—-]|\s+till\b)",
           r"sålde", r"sålt", r"köpte", r"köpt", r"tecknade", r"tecknat", r"skrev på",
           r"öppnade"],
}
NOT_INTERESTED = {
    "en": [r"(?:has|had|have|sees|saw) no (?:need|demand|requirement|interest)(?! to\b)",
           r"(?:does not|doesn['’]?t) need (?:anything|it|this|that)", r"needs nothing",
           r"wants nothing", r"is not open for", r"not in need",
           r"(?:has |had )?refused(?=\s*(?:$|[.,;!]))",
           r"(?:she|he|they|customer|client) (?:has |had )?(?:refused|rejected)",
           r"(?:refused|rejected) (?:the|our|my) (?:offer|proposal)"],
    "de": [r"braucht nichts", r"will nichts",
           r"(?:ist|war|sind|waren) nicht (?:daran |dafür |mehr |weiter )?interessiert"],
    "nl": [r"geen (?:interesse|behoefte)", r"niet geïnteresseerd", r"wil niet", r"afgewezen",
           r"weigerde", r"nee gezegd", r"niet nodig"],
    "it": [r"non (?:è |e |era |sembrava )?interessat[oa]", r"nessun interesse", r"non ha bisogno",
           r"non (?:gli|le) interessa", r"non vuole", r"(?:ha )?rifiutat[oa]",
           r"ha detto (?:di )?no", r"non (?:gli|le) serve"],
    "fr": [r"(?:n['’]est |ne sont )?pas intéressée?s?", r"aucun intérêt", r"pas d['’]intérêt",
           r"(?:ça |cela )?ne (?:l['’]|les |lui |leur )?intéresse pas",
           r"(?:n['’]a )?pas besoin", r"(?:a )?refusé", r"ne veut pas",
           r"a dit non", r"ne souhaite pas"],
    "es": [r"no (?:está |esta |estaba |estuvo |parecía )?interesad[oa]", r"sin interés",
           r"no le interesa",
           r"no tiene interés", r"no necesita", r"no quiere", r"(?:ha )?rechazado", r"rechazó",
           r"(?:ha dicho|dijo) que no"],
    "pl": [r"nie (?:jest |był\w* |są |byli )?zainteresowan\w*", r"brak zainteresowania",
           r"nie potrzebuje",
           r"nie chce", r"odmówił\w*", r"nie ma potrzeby", r"powiedział\w* nie"],
    "sv": [r"(?:inte|ej) intresserad\w*", r"inget (?:intresse|behov)", r"vill inte",
           r"tackade nej", r"avböjde", r"behöver inte", r"sa nej"],
}
# "reclamation" is the learners' word for a complaint (German Reklamation, Polish reklamacja).
COMPLAINT = ["reclamation", "reclamo", "lamentela", "réclamation", "plainte", "reclamación",
             "queja", "reklamacj\\w*", "skarg\\w*", "klacht", "klagomål", "litige",
             "dispute", "contestazion\\w*"]
RESOLVED = ["clarified", "regulated", "handled", "finished", "completed", "behoben",
            "geklärt", "wyjaśnion\\w*", "chiarit[oa]", "aclarad[oa]", "éclaircie?",
            "opgehelderd", "uppklarad\\w*", "utredd\\w*", "utrett",
            # French "close" (closed), only where no English verb can be meant
            "(?<=réclamation )clos(?:e|es)?", "(?<=reclamation )clos(?:e|es)?",
            "(?<=plainte )clos(?:e|es)?", "(?<=est )clos(?:e|es)?",
            "risolt[oa]", "chius[oa]", "sistemat[oa]", "résolue?", "réglée?", "clôturée?",
            "traitée?", "resuelt[oa]", "cerrad[oa]", "solucionad[oa]", "rozwiązan\\w*",
            "zamknięt\\w*", "załatwion\\w*", "opgelost", "afgehandeld", "gesloten",
            "löst", "avslutat", "åtgärdat", "dealt with", "cleared(?: up)?",
            "taken care of", "ironed out", "wrapped up"]
# Negations before a word that deny it ("nie kupił", "non ha firmato", "n'a pas signé") and
# after it in V2 languages ("tekende niet", "köpte inte", "kaufte nicht").
NEGATION_BEFORE = ["non", "nie", "niet", "inte", "ej", "pas", "nicht", "nichts", "geen",
                   "ingen", "inget", "nessun", "nada", "nunca", "jamais"]
NEGATION_AFTER = ["niet", "inte", "nicht", "pas", "ej"]
# Left over in a report, these make it shown for a yes (knowledge.writes.unsure).
NEGATION = NEGATION_BEFORE + ["ne", "n['’]", "nadie", "nikt", "niemand", "personne", "rien",
                              "nic", "nessuno", "niente", "nulla", "ingenting", "ninguno"]
HEDGE = ["forse", "probabilmente", "peut-être", "peut être", "probablement", "może",
         "prawdopodobnie", "chyba", "misschien", "waarschijnlijk", "kanske", "troligen",
         "förmodligen", "quizás", "tal vez", "probablemente", "je pense", "credo", "penso",
         "creo", "denk", "myślę"]
CONDITION = ["jeśli", "jeżeli", "gdyby", "indien", "tenzij", "sauf si", "à condition",
             "a condizione", "siempre que", "en cuanto", "dès que", "non appena", "zodra"]
# A customer's words relayed ("dice che", "a dit", "mówi", "zegt", "säger"): feedback, not a call.
RELAYED = ["dice", "ha detto", "si lamenta", "dit", "a dit", "se plaint", "dice que", "se queja",
           "mówi", "powiedział\\w*", "skarży się", "zegt", "zei", "klaagt", "säger", "sa att",
           "klagar", "sagt", "meint", "beschwert sich",
           # past tense and opinion, as a customer's words are relayed after the call (s28)
           "meinte", "sagte", "hat gesagt", "erzählte", "findet", "fand", "diceva",
           "ha raccontato", "trova che", "trouve que", "pense que", "a trouvé que", "dijo",
           "comentó", "ha comentado", "cree que", "uważa", "twierdzi", "mówił\\w*",
           "vertelde", "vindt", "vond", "sade", "tycker", "tyckte",
           # complaints in the past and a view without "que" ("trouve le site pas clair")
           "skarżył\\w* się", "narzeka\\w*", "twierdził\\w*", "uważał\\w*", "trouve",
           "trouvait", "se plaignait", "s['’]est plainte?", "si è lamentat[oa]",
           "si lamentava", "se quejaba", "se quejó", "se ha quejado", "klaagde",
           "heeft geklaagd", "klagade", "har klagat", "beschwerte sich", "hat sich beschwert",
           "trova", "trovava", "ha trovato", "encuentra", "encontró"]
# A plan, not a call that happened ("devo richiamarla", "je vais l'appeler", "tengo que",
# "muszę", "ik moet", "jag ska"), and someone other than the customer acting.
PLAN = ["devo", "dovrò", "dobbiamo", "vorrei", "vais", "allons", "dois", "devons",
        "voy a", "vamos a", "tengo que", "hay que", "muszę", "musimy", "trzeba", "zamierzam",
        "ik moet", "moet nog", "ik ga", "we gaan", "zal", "jag ska", "vi ska", "måste",
        "kommer att", "ska ringa"]
THIRD_PARTY = ["moglie", "marito", "figli[oa]", "collega", "femme", "mari", "fils", "fille",
               "collègue", "esposa", "marido", "hij[oa]", "colega", "żona", "mąż", "syn",
               "córka", "kolega", "koleżanka", "vrouw", "zoon", "dochter", "collega's", "fru",
               "dotter", "kollega", "ha scritto", "a écrit", "escribió", "napisał\\w*",
               "schreef", "mejlade", "mailade"]
# A statement's heading: "Feedback von X:", "reclamo da X:", "Retour de X :", "Queja de X:",
# "opinia od X:", "klacht van X:", "Feedback från X:" (knowledge.feedback.headed).
FEEDBACK_NOUN = ["feedback", "fb", "rückmeldung", "rueckmeldung", "beschwerde", "reklamation",
                 "kundenfeedback", "anmerkung", "reclamo", "lamentela", "segnalazione",
                 "commento", "opinione", "parere", "retour", "retours", "avis", "réclamation",
                 "plainte", "remarque", "commentaire", "queja", "reclamación", "comentario",
                 "opinión", "sugerencia", "opinia", "skarga", "reklamacja", "uwaga", "komentarz",
                 "klacht", "opmerking", "terugkoppeling", "klagomål", "synpunkt",
                 "återkoppling", "kommentar", "complaint"]
FROM_WHOM = ["von", "vom", "zu", "van", "da", "di", "del", "della", "dal", "dalla", "de", "du",
             "d['’]", "från", "av", "od", "ze", "from", "for", "by"]
# "The same" for another customer right after a call ("idem per X", "pareil pour X", "dasselbe
# bei X", "to samo z X", "hetzelfde voor X", "samma för X", "lo mismo para X").
SAME = ["idem", "lo stesso", "stessa cosa", "uguale per", "pareil", "de même", "la même chose",
        "dasselbe", "das gleiche", "das selbe", "gleiches", "ebenso", "dito", "to samo",
        "tak samo", "hetzelfde", "net zo", "samma", "likaså", "lo mismo", "igual para",
        "igual que", "même chose", "genauso"]
# Answers to "… OK?".
YES = ["jawohl", "jo", "oui", "ouais", "d['’]accord", "exact", "c['’]est ça", "tak", "dobrze",
       "zgadza się", "sí", "si", "sì", "vale", "claro", "certo", "esatto", "giusto",
       "va bene", "klopt", "prima", "precies", "japp", "absolut", "stämmer", "korrekt",
       "okej", "oké", "jazeker", "jawel", "klar", "gerne", "gern", "in ordnung", "parfait",
       "exactement", "volontiers", "perfetto", "certo che sì", "perfecto", "exacto",
       "claro que sí", "correcto", "dokładnie", "jasne", "oczywiście", "natuurlijk", "precis",
       "visst", "självklart", "c['’]est bon", "zgadza się", "va bene", "stämmer", "klopt"]
# Said after a no, what was wrong ("nein, falsch", "non, pas ça", "nej, fel", "nie, źle").
WRONG = ["falsch", "fel", "fout", "verkeerd", "źle", "zle", "sbagliato", "faux", "pas ça",
         "mal", "está mal", "wrong", "incorrect", "nicht richtig", "stimmt nicht", "klopt niet",
         "stämmer inte", "nie tak", "non è giusto", "no es correcto", "c['’]est faux"]
NO = ["nee", "neen", "nej", "non", "nie", "niet", "nein danke", "no grazie", "no gracias",
      "non merci", "laat maar", "lascia stare", "laisse tomber", "annuler",
      "annulla", "anuluj", "cancela", "avbryt", "annuleren", "niente", "rien", "nada"]
# Words after the answer that add nothing ("ja graag", "oui merci", "tak, dziękuję").
POLITE = ["merci", "grazie", "gracias", "dziękuję", "dziekuje", "dank je", "dank u", "bedankt",
          "tack", "graag", "prego", "por favor", "s['’]il vous plaît", "proszę", "per favore",
          "danke", "bitte"]


def alternatives(table: dict[str, list[str]] | list[str]) -> str:
    """One regular-expression alternative (no groups) of every entry, longest first, each
    also as typed without accents."""
    entries = [w for words in table.values() for w in words] if isinstance(table, dict) \
        else list(table)
    return _joined(tuple(entries))


@cache
def _joined(entries: tuple[str, ...]) -> str:
    every = set(entries) | {plain(w) for w in entries}
    return "|".join(sorted(every, key=lambda w: (-len(w), w)))


_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss"})


def plain(text: str) -> str:
    """`text` without its accents ("répondu" → "repondu", "odebrał" → "odebral")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
