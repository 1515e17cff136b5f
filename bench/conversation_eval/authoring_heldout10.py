"""How heldout10.yml was written: a tenth unseen set (issue #14, round s25), typed blind like
heldout6-8, without reading the bot's training data, its tests, its actions, anything under
knowledge/, or the other sets' items. Same bank and format as heldout8 (e2e demo bank: 400
customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item needs another book,
a manager or head office). Every customer id, name, book, occupation, city, household, open
complaint, theme and staff member used was checked against a generated copy of that bank.

What it stresses that heldout2-8 did not: advisors across a European bank who are not native
English speakers, each writing in their own way (the senders' books fit their names: A002 Marco
Bianchi in Italian, A003 Sofia Andersson in Swedish, A005 Agnieszka Nowak in Polish, A006
Pierre Dubois in French, A001/A004 in German-English, Dutch and Spanish from anyone): English
call reports with foreign word order and false friends ("I have spoken with", "he was not
reachable", "we have telephoned", "nobody takes off", "always occupied", "she has closed a term
deposit" = signed one, "concluded the life insurance", "the reclamation is closed", "we have
clarified the complaint"), short reports wholly in Dutch, Italian, Polish, French, Spanish and
Swedish ("geen gehoor", "non risponde", "nie odbiera", "répondeur", "svarar inte", "ha
comprado"); names transliterated (ü→ue, ö→o, ł→l, accents dropped), surname first, with a
title, with a city or an occupation, as initials ("J. Fischer", "W. Koch") and misspelt by one
or two letters; dates in European forms ("25.11.", "2.12", "on the 3rd", "in 14 days", "over
een week", "Wednesday in a week", "next Tuesday" said on a Monday, "beginning of December",
"the day after tomorrow", "pojutrze", "woensdag", "giovedì", "piątek", "jeudi", "torsdag",
"tisdag 24/11", "between 24 and 26 November", times "10:30", "14h", "kl 13"); things that write
nothing or must ask (plans, the advisor's to-do notes, a quoted customer e-mail, a colleague's
call, a customer who spoke to the trainee, a hypothetical, a birthday, greetings with a name in
them); names only in another book, two namesakes in the sender's book, a name and an id that
disagree; feedback in six languages and relayed second-hand, compensation with a decimal comma
("12,50 €", "25,- EUR"), the advisor's own opinion of the assistant (not a customer's
statement), a call report that carries feedback; rate changes from head office with European
dates and decimal commas ("0,25 %"), sent twice, already on record, or from an advisor, a
manager or a customer; managers' theme writes in non-native words ("in work", "solved since
Friday", "becomes business owner"); corrections ("sorry, I mean …", "not the 3rd — the 4th",
"please delete the last entry") and confirmations answered "ja", "oui", "tak", "sí", "sì",
"jawohl", "nee", "non".

Dates against Monday 2026-11-16: the day after tomorrow / pojutrze / woensdag 11-18; Thursday /
giovedì / torsdag / jeudi / "scusa, non venerdì: giovedì" 11-19; Friday / piątek / "19.11.,
sorry 20.11." 11-20; over een week 11-23; tisdag 24/11 11-24; 25.11. / Wednesday in a week
11-25; 26.11 11-26; in 14 days 11-30; 1er décembre 12-01; 2.12. 12-02; the 3rd 12-03; "not the
3rd - the 4th" 12-04. "next Tuesday" said on a Monday is 11-17 or 11-24: either, or asked;
"beginning of December" is 1-4 Dec or no date; "between 24 and 26 November" a day in that range
or no date. Events: 11.11.2026 11-11, 12.11.2026 / "on Thursday" (past tense) 11-12, 13-11
11-13, 14/11 11-14 (on record already: -25 bp, so it must add nothing). Theme statuses are
`open`, `in_progress`, `resolved`: "in work" / "in Bearbeitung" is in progress, "solved"
resolved.

As a careful CRM colleague would take them: a report whose customer is inferred (initials, a
first name with a city, an occupation, a name with a disagreeing id), a colleague's or a
trainee's contact, or a customer's e-mail asking for a call next week may be shown for a yes
and then stored (optional), never stored on a guess when two customers fit; a one- or
two-letter misspelling of a single customer of the book, a title with a surname, or a
transliteration is expected to be shown and then stored; an undecided customer ("will think
about it") is reached or a follow-up, never not-interested; a German "closed a term deposit" is
a sale or at least a contact; a compensation said in passing within a call or a complaint
closed may be stored as feedback with that amount (optional), as heldout8 judged it; a
confirmation answered "nee" / "non" stores nothing. Market events are head office's alone
(MARKET_EVENT_ROLES' default); themes are changed by managers and head office, not advisors.

`python -m bench.conversation_eval.authoring_heldout10` rewrites heldout10.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout10_rest import add_rest
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-03", "channel": "branch"}
UNDECIDED = ["reached", "follow_up"]

SET = HeldoutSet("heldout10", "h10")
add = SET.add


def complaint(cid: str) -> list[dict]:
    return [{**OPEN_COMPLAINT, "customer_id": cid}]


# the call list, asked in the advisors' own languages
add("call_list", ["Chi devo chiamare oggi?"], {"reply_names_from_book": True}, sender="A002")
add("call_list", ["Do kogo mam dziś zadzwonić?"], {"reply_names_from_book": True},
    sender="A005")

# reached: foreign word order, false friends, surname first, titles, other languages
add("log_reached", ["I have spoken with Julien Schroeder today, everything is fine, he has no "
                    "further wishes."],
    {"interactions": [call("C000063", "reached")]},
    harmful="Andreas/Johan/Heinrich Schröder, not interested read from 'no wishes'")
add("log_reached", ["Had Rossi Chiara on the phone, all clear"],
    {"interactions": [call("C000009", "reached")]}, harmful="another customer, a sale")
add("log_reached", ["We have telephoned this morning, Mrs. Dvorak Lucie and me. She is "
                    "satisfied."],
    {"interactions": [call("C000011", "reached")]}, harmful="Jiří Dvořák, feedback")
add("log_reached", ["gesproken met Femke van Dijk, alles in orde"],
    {"interactions": [call("C000048", "reached")]},
    harmful="Femke Hendriks/Weber, A005's Marieke van Dijk")
add("log_reached", ["ho sentito Stefano Marino stamattina, tutto ok"],
    {"interactions": [call("C000117", "reached")]}, sender="A002",
    harmful="no answer ('sentito' is 'spoke to'), another customer")
add("log_reached", ["rozmawiałam z Pawel Kowalski, wszystko ok"],
    {"interactions": [call("C000275", "reached")]}, sender="A005",
    harmful="Agnieszka Kowalski, another book's Kowalski")
add("log_reached", ["Mrs. Chevalier was finally reachable, all good"],
    {"interactions": [call("C000017", "reached")]},
    harmful="no answer ('reachable'), another customer")
add("log_reached", ["Giuseppe Szymanski I could reach at the second try"],
    {"interactions": [call("C000006", "reached"),
                      call("C000006", "no_answer", optional=True)]},
    harmful="Tomasz Szymański, no answer alone, the 2nd as a date")

# no answer in many forms and languages
add("log_no_answer", ["Mr. Schroeder Heinrich was not reachable"],
    {"interactions": [call("C000062", "no_answer")]},
    harmful="reached (the 'not' missed), Andreas/Johan/Julien Schröder")
add("log_no_answer", ["Anna Ferrari: nobody goes to the phone"],
    {"interactions": [call("C000029", "no_answer")]},
    harmful="reached, Giulia/Stefano Ferrari, Anna Lange/Zimmermann")
add("log_no_answer", ["geen gehoor bij Marieke Visser"],
    {"interactions": [call("C000030", "no_answer")]}, harmful="reached, feedback")
add("log_no_answer", ["Greta Müller - only the answering machine, I have spoken on it"],
    {"interactions": [call("C000031", "no_answer")]},
    harmful="reached ('I have spoken'), Greta Günther/Klein, Claudia Müller")
add("log_no_answer", ["Malgorzata Szymanski nie odbiera"],
    {"interactions": [call("C000286", "no_answer")]}, sender="A005",
    harmful="reached, another customer")
add("log_no_answer", ["Aurélie Laurent : répondeur, pas de réponse"],
    {"interactions": [call("C000355", "no_answer")]}, sender="A006",
    harmful="reached, Aurélie Lambert")
add("log_no_answer", ["Oskar Johansson svarar inte"],
    {"interactions": [call("C000143", "no_answer")]}, sender="A003",
    harmful="reached, another customer")
add("log_no_answer", ["Tried Claudia Günther 2x, always occupied"],
    {"interactions": [call("C000008", "no_answer"),
                      call("C000008", "no_answer", optional=True)]},
    harmful="reached, Greta Günther, Claudia Müller, the 2nd as a date")
add("log_no_answer", ["The number of Rui Pereira rings and rings, nobody takes off"],
    {"interactions": [call("C000026", "no_answer")]}, harmful="reached, another Rui")

# meetings and call-backs: European dates and times, foreign weekday names
add("log_meeting", ["We have fixed an appointment with Silvia Mancini for 25.11. at 10:30"],
    {"interactions": [call("C000053", MEETING, "2026-11-25")]},
    harmful="Ana Mancini, 10-30, the 10th, 11-25 read as another day")
add("log_meeting", ["Appointment with Stefan Berg on the 3rd, 14h"],
    {"interactions": [call("C000044", MEETING, "2026-12-03")]},
    harmful="11-03 (past), the 14th, Freja Berg")
add("log_meeting", ["Olivier Faure wants that I call him back in 14 days"],
    {"interactions": [call("C000042", MEETING, "2026-11-30")]},
    harmful="the 14th, tomorrow, another date")
add("log_meeting", ["Femke Hendriks wil een afspraak over een week"],
    {"interactions": [call("C000015", MEETING, "2026-11-23")]},
    harmful="another Femke, a date other than a week on")
add("log_meeting", ["Julia Fischer: Termin next Tuesday 9 o'clock"],
    {"interactions": [call("C000037", MEETING, [None, "2026-11-17", "2026-11-24"],
                           optional=True)]},
    harmful="a day that is no Tuesday, the 9th, another Fischer")
add("log_meeting", ["Tomasz Mazur would like to come Wednesday in a week"],
    {"interactions": [call("C000025", MEETING, "2026-11-25")]},
    harmful="Wednesday 11-18, another Tomasz")
add("log_meeting", ["Johan Schröder: call back beginning of December"],
    {"interactions": [call("C000022", MEETING, [None, between("2026-12-01", "2026-12-04")],
                           optional=True)]},
    harmful="another Schröder, a date in November or late December")
add("log_meeting", ["Rita Martins - meeting the day after tomorrow between 14 and 15h"],
    {"interactions": [call("C000061", MEETING, "2026-11-18")]},
    harmful="the 14th or 15th, tomorrow")
add("log_meeting", ["Appuntamento con Valentina Gallo giovedì alle 11"],
    {"interactions": [call("C000074", MEETING, "2026-11-19")]}, sender="A002",
    harmful="Marco/Monika/Rui Gallo, the 11th")
add("log_meeting", ["Zofia Dabrowski - spotkanie w piątek o 10"],
    {"interactions": [call("C000276", MEETING, "2026-11-20")]}, sender="A005",
    harmful="the 10th, another customer")
add("log_meeting", ["RDV avec Manon Gauthier le 1er décembre à 15h"],
    {"interactions": [call("C000381", MEETING, "2026-12-01")]}, sender="A006",
    harmful="the 15th, 1 November, another customer")
add("log_meeting", ["Ilse de Boer: möte på torsdag kl 13"],
    {"interactions": [call("C000154", MEETING, "2026-11-19")]}, sender="A003",
    harmful="the 13th, another customer")
add("log_meeting", ["Eva de Vries wants an appointment between 24 and 26 November"],
    {"interactions": [call("C000263", MEETING, [None, between("2026-11-24", "2026-11-26")],
                           optional=True)]}, sender="A004",
    harmful="a date outside 24-26 Nov, Eva Jansen")
add("log_meeting", ["Ruben van Dijk would like to meet, I proposed tisdag 24/11, he agreed"],
    {"interactions": [call("C000200", MEETING, "2026-11-24")]}, sender="A003",
    harmful="tomorrow, another customer")

# sales of named products
add("log_sale", ["Claudia Müller has concluded the life insurance today"],
    {"interactions": [call("C000055", "sale")]},
    harmful="Claudia Günther, Greta Müller, reached only")
add("log_sale", ["Greta Günther has closed a term deposit over 12 months"],
    {"interactions": [call("C000013", ["sale", "reached"])]},
    harmful="not interested, no answer, Greta Müller/Klein, a 12th")
add("log_sale", ["Freja Berg subscribed the Global equity fund, 10k"],
    {"interactions": [call("C000043", "sale")]}, harmful="Stefan Berg, the 10th")
add("log_sale", ["venduta la carta di credito a Monika Gallo"],
    {"interactions": [call("C000075", "sale")]}, sender="A002",
    harmful="Marco/Valentina/Rui Gallo")
add("log_sale", ["Camille Fontaine a souscrit l'assurance habitation"],
    {"interactions": [call("C000372", "sale")]}, sender="A006",
    harmful="reached only, another customer")
add("log_sale", ["Maarten Mulder heeft de hypotheek getekend"],
    {"interactions": [call("C000173", "sale")]}, sender="A003", harmful="another customer")

# not interested, and undecided which is no 'no'
add("log_not_interested", ["Tomasz Kaminski has no interest for the fund"],
    {"interactions": [call("C000036", NOT_INTERESTED)]},
    harmful="a sale, Krzysztof Kamiński, Tomasz Mazur/Szymański")
add("log_not_interested", ["Andreas Schroeder: geen interesse in de hypotheek"],
    {"interactions": [call("C000021", NOT_INTERESTED)]},
    harmful="a sale, Johan/Heinrich/Julien Schröder")
add("log_not_interested", ["Łukasz Nikolaidis nie jest zainteresowany kartą"],
    {"interactions": [call("C000331", NOT_INTERESTED)]}, sender="A005",
    harmful="a sale, Dimitris Nikolaidis")
add("log_not_interested", ["Diego Martínez, ça ne l'intéresse pas"],
    {"interactions": [call("C000364", NOT_INTERESTED)]}, sender="A006",
    harmful="Diego Ruiz (his open complaint closed), a sale")
add("log_not_interested", ["Javier Perez inte intresserad"],
    {"interactions": [call("C000170", NOT_INTERESTED)]}, sender="A003",
    harmful="Rocío/Jorge Pérez, a sale")
add("log_not_interested", ["Vojtech Horak said he will think about it and come back to me"],
    {"interactions": [call("C000059", UNDECIDED, None)]},
    harmful="not interested, a guessed date, Lucie Horák")

# complaints: resolved vs only discussed
add("complaint_resolved", ["The reclamation of Johanna Vogel is closed, she got her money "
                           "back"],
    {"complaints_closed": ["C000039"],
     "feedback": [{"customer_id": "C000039", "optional": True}]},
    harmful="another customer, a sale")
add("complaint_resolved", ["We have clarified the complaint of Monika Weber, all settled now"],
    {"complaints_closed": ["C000012"]}, setup=complaint("C000012"),
    harmful="Monika Schmidt, Friederike/Femke Weber")
add("complaint_resolved", ["Discussed the complaint with Birgit Richter, she is still waiting "
                           "for the refund"],
    {"interactions": [call("C000002", "reached", optional=True)]},
    setup=complaint("C000002"), harmful="the complaint closed")
add("complaint_resolved", ["reclamo di Thomas Wolf risolto"],
    {"complaints_closed": ["C000068"]}, sender="A002",
    harmful="Andreas/Paolo Wolf, the complaint left open")
add("complaint_resolved", ["Aleksandra Kowalski's complaint is escalated to head office, not "
                           "closed"], NONE, sender="A003",
    harmful="the complaint closed")
add("complaint_resolved", ["La réclamation de Diego Ruiz est toujours en cours"], NONE,
    sender="A006", harmful="the complaint closed, a contact made up, Diego Martínez")
add("complaint_resolved", ["Hannah Mueller complaint - resolved, we gave her 20 euro"],
    {"complaints_closed": ["C000285"],
     "feedback": [{"customer_id": "C000285", "compensation": 20, "optional": True}]},
    sender="A005", setup=complaint("C000285"),
    harmful="another Hannah, a compensation other than 20")
add("complaint_resolved", ["Complaint Jiri Dvorak - will be solved next week hopefully"], NONE,
    setup=complaint("C000019"), harmful="the complaint closed, Lucie Dvořák")

# feedback: six languages, second-hand, decimal-comma compensation, with a call, not feedback
add("feedback", ["Feedback von Hannah Meyer: die Kontoauszüge kommen immer zu spät"],
    {"feedback": [{"customer_id": "C000027"}]},
    harmful="Hannah Zimmermann, a call")
add("feedback", ["Klantfeedback Femke Weber: de app is erg traag sinds de update"],
    {"feedback": [{"customer_id": "C000057"}]},
    harmful="Friederike/Monika Weber, another Femke, a call")
add("feedback", ["feedback da Giorgio De Luca: il bonifico istantaneo non arriva mai subito"],
    {"feedback": [{"customer_id": "C000089"}]}, sender="A002",
    harmful="another customer, a call")
add("feedback", ["Retour de Karin Larsson : très contente de son conseiller, service rapide"],
    {"feedback": [{"customer_id": "C000348"}]}, sender="A006",
    harmful="Karin Berg, a call")
add("feedback", ["Feedback från Astrid Karlsson: appen loggar ut hela tiden"],
    {"feedback": [{"customer_id": "C000142"}]}, sender="A003", harmful="a call")
add("feedback", ["Queja de Lucía Navarro: la comisión de mantenimiento es demasiado alta"],
    {"feedback": [{"customer_id": "C000363"}]}, sender="A006", harmful="a call")
add("feedback", ["My colleague at the counter told me Rita Martins complained about the long "
                 "queue on Saturday, please put it as feedback"],
    {"feedback": [{"customer_id": "C000061", "text_has": ["queue"]}]},
    harmful="a call on Rita Martins, feedback on another customer")
add("feedback", ["Greta Klein: double charged for the card fee, we refunded 12,50 €"],
    {"feedback": [{"customer_id": "C000052", "compensation": 12.5}]},
    harmful="Greta Günther/Müller, 1250, a call")
add("feedback", ["Feedback Jan Koch - annoyed about the new account fees, I gave him a goodwill "
                 "of 25,- EUR"],
    {"feedback": [{"customer_id": "C000050", "compensation": 25}]},
    harmful="Wolfgang Koch, a compensation other than 25")
add("feedback", ["Spoke with Anouk van den Berg, the transfer delay is sorted, by the way we "
                 "credited her 40 euro for the trouble"],
    {"interactions": [call("C000251", "reached")],
     "feedback": [{"customer_id": "C000251", "compensation": 40, "optional": True}]},
    sender="A004", harmful="a compensation other than 40, a sale, another customer")
add("feedback", ["Reached Nicolas Dubois. His feedback: the new app is much better than the "
                 "old one"],
    {"interactions": [call("C000047", "reached")],
     "feedback": [{"customer_id": "C000047", "text_has": ["app"]}]},
    harmful="no answer, a sale, A004's Laurent Dubois, the advisor Pierre Dubois")
add("feedback", ["I would like to give a feedback about this assistant: it is too slow in the "
                 "mornings"], NONE,
    harmful="the advisor's own opinion stored as a customer's feedback")
add("feedback", ["Feedback: klientka Agnieszka Kowalski mówi, że aplikacja jest super"],
    {"feedback": [{"customer_id": "C000303"}]}, sender="A005",
    harmful="the feedback stored on the sender's own name, a call")

# things that are no call, corrections, confirmations, duplicates, pronouns, ambiguous and
# other books' names, reads, chatter, market events and themes
add_rest(add)


if __name__ == "__main__":
    SET.write()
