"""The words of a message that reports nothing that happened, in the languages the bank's
advisors write (English as a second language, German, Dutch, Italian, Polish, Swedish,
French, Spanish): data for knowledge.call_reports.plans.

- A plan in the present tense, as most of these languages say the near future ("domani
  chiamo X", "morgen rufe ich X an", "jutro dzwonię do X", "demain j'appelle X", "I call X
  tomorrow"): a time still to come and the advisor's own verb of contacting, first person.
- A note to self headed as one ("to do for me:", "da fare:", "à faire:", "zu erledigen:").
- A hypothetical ("imagine X says no …", "what if …", "angenommen …", "supponiamo che …").
- A greeting or a wish sent through the assistant ("greetings to X if you see her", "have a
  nice day", "saluti a X"): nobody was called.

Regular-expression alternatives without capturing groups, as in knowledge.languages.
"""

from __future__ import annotations

from knowledge.languages import alternatives as _alt

WEEKDAYS = [
    r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"mon", r"tue", r"tues",
    r"wed", r"thu", r"thurs", r"fri",
    r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag",
    r"maandag", r"dinsdag", r"woensdag", r"donderdag", r"vrijdag",
    r"lunedì", r"martedì", r"mercoledì", r"giovedì", r"venerdì",
    r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi",
    r"lunes", r"martes", r"miércoles", r"jueves", r"viernes",
    r"poniedziałek", r"wtorek", r"środę", r"środa", r"czwartek", r"piątek",
    r"måndag", r"tisdag", r"onsdag", r"torsdag", r"fredag",
]
# A time still to come (or today's, for a plan said in the morning: "oggi chiamo X").
LATER = [
    r"tomorrow", r"tmrw", r"later(?: today)?", r"today", r"this afternoon", r"tonight",
    r"next week", r"(?:on |next |this )?(?:" + "|".join(WEEKDAYS) + r")",
    r"morgen", r"übermorgen", r"später", r"heute(?: nachmittag)?", r"nächste woche",
    r"overmorgen", r"straks", r"vandaag", r"volgende week",
    r"domani", r"dopodomani", r"più tardi", r"oggi", r"stasera", r"la settimana prossima",
    r"demain", r"après-demain", r"plus tard", r"aujourd['’]hui", r"cet après-midi",
    r"la semaine prochaine",
    r"mañana", r"pasado mañana", r"más tarde", r"hoy", r"la semana que viene",
    r"la próxima semana",
    r"jutro", r"pojutrze", r"później", r"dziś", r"dzisiaj", r"w przyszłym tygodniu",
    r"(?:w|we) (?:" + "|".join(WEEKDAYS) + r")",
    r"i ?morgon", r"i övermorgon", r"senare", r"i ?dag", r"nästa vecka",
    r"(?:på |nästa )(?:" + "|".join(WEEKDAYS) + r")",
]
# The advisor contacting someone, first person present, with the pronoun where the language
# needs it; each followed by the customer (or "back").
CONTACT_NOW = [
    r"(?:i|we) (?:call|ring|phone|contact|meet|visit|write|email|e-mail|try)",
    r"(?:ich )?(?:rufe|ruf|kontaktiere|besuche|treffe|schreibe)(?: ich)?",
    r"(?:ich )?melde mich(?: bei)?", r"melde ich mich(?: bei)?",
    r"(?:ik )?(?:bel|contacteer|bezoek|spreek|mail)(?: ik)?",
    # the customer as a pronoun before the verb or joined to it ("la richiamo giovedì", "je
    # la rappelle jeudi", "vuelvo a llamarla el jueves")
    r"(?:io )?(?:(?:la|lo|li|le|gli) )?(?:chiamo|richiamo|sento|risento|contatto|ricontatto|"
    r"incontro|vedo|scrivo)",
    r"(?:je |j['’])(?:(?:la|le|les|lui) |l['’])?(?:appelle|rappelle|contacte|recontacte|vois|"
    r"rencontre|relance|écris)",
    r"(?:yo )?(?:(?:la|lo|le) )?(?:llamo|vuelvo a llamar(?:la|lo|le|les)?|contacto|veo|escribo)",
    r"(?:(?:la|lo|le) )?vuelvo a llamar",
    r"(?:ja )?(?:dzwonię|dzwonie|zadzwonię|zadzwonie|oddzwonię|oddzwonie|skontaktuję|"
    r"skontaktuje|spotkam|napiszę|napisze)",
    r"(?:jag )?(?:ringer|kontaktar|träffar|mejlar|skriver|frågar)(?: jag)?",
    # asking, said in the present with a time to come ("frage X morgen", "ik vraag X morgen")
    r"(?:ich )?frage?(?: ich)?", r"(?:ik )?vraag(?: ik)?", r"(?:je )?(?:lui )?demande",
    r"(?:io )?(?:gli |le )?chiedo", r"(?:yo )?(?:le )?pregunto", r"(?:ja )?pytam",
    # trying again, said in the present ("riprovo giovedì", "ich versuche es morgen nochmal",
    # "je réessaie jeudi", "pruebo el jueves", "probeer ik vrijdag", "försöker igen på fredag")
    r"(?:ich )?(?:versuche|versuch['’]?s|probiere|probier['’]?s)(?: es)?(?: ich)?(?: es)?",
    r"(?:ik )?probeer(?: ik)?(?: het)?", r"(?:io )?(?:riprovo|ci riprovo)",
    r"(?:je |j['’])(?:réessaie|retente|ressaie)", r"(?:yo )?(?:pruebo|lo intento|vuelvo a "
    r"(?:probar|intentar))", r"(?:ja )?(?:próbuję|probuje)", r"(?:jag )?(?:försöker|provar)"
    r"(?: igen)?",
]
# Polish perfective verbs are future whatever the time: "zadzwonię do X" is a plan alone.
CONTACT_LATER = [r"zadzwonię", r"zadzwonie", r"oddzwonię", r"oddzwonie", r"skontaktuję",
                 r"skontaktuje", r"napiszę", r"napisze", r"spróbuję", r"sprobuje",
                 # so are the future tenses of the others ("probaré el jueves", "riproverò",
                 # "je réessaierai", "llamaré"): the advisor's next attempt, no call that happened
                 r"probaré", r"intentaré", r"llamaré", r"volveré a (?:llamar|probar|intentar)",
                 r"proverò", r"riproverò", r"richiamerò", r"chiamerò", r"ricontatterò",
                 r"(?:je |j['’])(?:réessaierai|rappellerai|appellerai|retenterai|recontacterai)"]
# The advisor's own intention to ask or contact someone, opening the message: a first-person
# future or modal, then (within a few words: the customer, "noch", "morgen") the verb in the
# infinitive ("ska fråga X vad han tycker om appen", "will ask X what she thinks", "werde X
# fragen", "je vais lui demander", "devo chiedere a X", "voy a preguntarle", "ik ga X vragen",
# "muszę zapytać X"). Nobody has said anything yet: neither feedback nor a call.
INTEND = [
    r"(?:i|we)\s*(?:['’]ll|will|shall|['’]?m going to|am going to|are going to|need to|"
    r"have to|must|should|plan to|want to|wanna|intend to|['’]d like to)", r"will", r"shall",
    r"gonna", r"going to", r"need to", r"have to", r"must", r"should", r"gotta", r"plan to",
    r"(?:ich |wir )?(?:werde|werd|werden|muss|müssen|soll|sollte|sollten|will|möchte|wollte|"
    r"plane)(?: ich| wir)?",
    r"(?:je |on |j['’]|nous )?(?:vais|va|allons|dois|devons|devrais|compte|voudrais|veux)",
    r"il faut que je", r"(?:io )?(?:devo|dovrò|dobbiamo|vado a|voglio|vorrei|penso di)",
    r"(?:yo )?(?:voy a|vamos a|tengo que|tenemos que|hay que|debo|quiero|pienso)",
    r"(?:ik |we )?(?:ga|gaan|zal|zullen|moet|moeten|wil)(?: ik| we)?",
    r"(?:ja )?(?:muszę|musze|musimy|trzeba|zamierzam|chcę|chce|będę|bede)",
    r"(?:jag |vi )?(?:ska|skall|måste|maste|tänker|kommer att|borde|vill|behöver)",
]
# The verbs of asking (and of contacting, which most tables above hold in the present), in
# the infinitive, with a pronoun joined where the language joins it ("chiedergli",
# "preguntarle").
ASK = [
    r"ask", r"check with", r"find out", r"sound out", r"bring (?:it|this|that) up",
    r"raise (?:it|this|that)", r"talk to", r"speak (?:to|with)", r"discuss",
    r"fragen", r"nachfragen", r"erfragen", r"ansprechen", r"anrufen", r"zurückrufen",
    r"kontaktieren", r"abklären",
    r"demander", r"interroger", r"appeler", r"rappeler", r"contacter", r"sonder",
    r"chieder(?:e|gli|le|lo)", r"domandar(?:e|gli|le)", r"chiamar(?:e|lo|la)",
    r"richiamar(?:e|lo|la)", r"sentir(?:e|lo|la)", r"contattar(?:e|lo|la)",
    r"preguntar(?:le|les)?", r"consultar(?:le)?", r"llamar(?:le|la|lo)?",
    r"contactar(?:le|la|lo)?",
    r"vragen", r"navragen", r"bellen", r"terugbellen", r"contacteren", r"polsen",
    r"zapytać", r"zapytac", r"spytać", r"spytac", r"dopytać", r"pytać", r"zadzwonić",
    r"zadzwonic", r"skontaktować się",
    r"fråga", r"fraga", r"höra med", r"hora med", r"kolla med", r"prata med", r"ringa",
    r"kontakta",
]
# The same in a future or present form that is a plan alone ("zapytam X", "chiederò a X",
# "je lui demanderai", "le preguntaré", "frågar X imorgon" is the present: CONTACT_NOW).
ASK_LATER = [r"zapytam", r"spytam", r"dopytam", r"podpytam", r"chiederò", r"domanderò",
             r"(?:gli |le )?chiederò", r"(?:je |j['’])(?:lui |leur )?(?:demanderai|interrogerai)",
             r"(?:le |les )?preguntaré", r"consultaré"]
# A note to self heading the message ("to do for me:", "note to self -", "da fare:").
NOTE_HEADING = [
    r"to[- ]?dos?(?: (?:for|list) (?:me|today|tomorrow|later))?", r"note to (?:self|me)",
    r"(?:reminder|memo|note) (?:to|for) (?:self|me|myself)", r"self[- ]?note",
    r"erinnerung (?:an|für) mich", r"notiz an mich", r"rappel pour moi(?:-même)?",
    r"note pour moi(?:-même)?", r"promemoria per me", r"recordatorio para mí",
    r"nota para mí", r"notitie voor mezelf", r"herinnering voor mezelf",
    r"przypomnienie dla siebie", r"notatka dla siebie", r"påminnelse till mig(?: själv)?",
    r"reminder(?: for me)?", r"for me to do",
    r"zu erledigen", r"aufgabe(?:n)?(?: für mich)?", r"notiz(?: für mich)?", r"erinnerung",
    r"te doen", r"taken(?: voor mij)?", r"herinnering",
    r"da fare", r"cose da fare", r"promemoria", r"nota per me",
    r"à faire", r"a faire", r"tâches?", r"pense-bête", r"rappel(?: pour moi)?",
    r"por hacer", r"pendiente(?:s)?", r"tareas?", r"recordatorio",
    r"do zrobienia", r"zadania?", r"przypomnienie",
    r"att göra", r"att gora", r"påminnelse",
]
# A hypothetical opening the message: nothing happened, the advisor thinks ahead.
HYPOTHETICAL = [
    r"imagine", r"suppose", r"supposing", r"what if", r"let['’]?s say", r"assume",
    r"assuming", r"hypothetically",
    r"angenommen", r"stell dir vor", r"stellen sie sich vor", r"was wenn", r"nehmen wir an",
    r"stel dat", r"wat als", r"stel je voor",
    r"immagina", r"immaginiamo", r"supponiamo", r"mettiamo (?:che|caso)", r"e se",
    r"poniamo",
    r"imagine[sz]?", r"imaginons", r"supposons", r"et si", r"admettons",
    r"imagina", r"imagínate", r"imaginate", r"supongamos", r"pongamos que", r"y si",
    r"wyobraź sobie", r"wyobraz sobie", r"załóżmy", r"zalozmy", r"a co jeśli", r"a co jesli",
    r"tänk om", r"tank om", r"anta att", r"säg att", r"om vi säger",
]
# A greeting or good wishes sent through the assistant, with the customer to greet.
GREETING_TO = [
    r"(?:best |kind |warm )?(?:greetings|regards|wishes) to", r"say (?:hi|hello) to",
    r"give my (?:best|regards|love) to", r"my best to",
    r"(?:viele |liebe )?grüße an", r"grüß(?:en sie)? mir", r"groeten aan", r"groetjes aan",
    r"doe de groeten aan",
    r"saluti a", r"salutami", r"tanti saluti a", r"un saluto a",
    r"(?:mes )?salutations à", r"dis bonjour à", r"bonjour à", r"mes amitiés à",
    r"saludos a", r"saluda a", r"dale recuerdos a", r"recuerdos a",
    r"pozdrowienia dla", r"pozdrów", r"pozdrow",
    r"hälsa till", r"hälsningar till",
]
# A wish with no report in it ("have a nice day", "schönen Tag noch", "buona giornata").
WISH = [
    r"have a (?:nice|good|great|lovely) (?:day|evening|weekend|one)", r"good night",
    r"schönen (?:tag|abend|feierabend|wochenende)(?: noch)?", r"einen schönen tag",
    r"fijne (?:dag|avond|weekend)", r"prettige dag",
    r"buona (?:giornata|serata|notte)", r"buon (?:fine settimana|weekend|lavoro)",
    r"bonne (?:journée|soirée|nuit)", r"bon (?:week-end|weekend|après-midi)",
    r"buen(?:os)? (?:día|días|fin de semana)", r"que tengas un buen día",
    r"miłego dnia", r"milego dnia", r"miłego weekendu",
    r"ha en (?:bra|trevlig) (?:dag|kväll|helg)", r"trevlig helg",
]


def alt(words: list[str]) -> str:
    """The table as one alternative, accents optional (knowledge.languages.alternatives)."""
    return _alt(words)
