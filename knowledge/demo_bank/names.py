"""Word lists for the demo bank: European names by nationality, places, jobs, merchants.

Kept apart from the generator so that the lists can grow without touching the logic.
Merchant and note texts must never contain the life-event keywords the call list looks for
(baby, nappies, pram, maternity, formula, wedding, bridal, removals, moving company, estate
agent): only planted customers may show them
(tests/knowledge/demo_bank/test_planted_situations.py checks it).
"""

from __future__ import annotations

# nationality -> (female first names, male first names, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        ("Anna", "Katharina", "Sabine", "Ursula", "Lena", "Monika", "Johanna", "Petra",
         "Claudia", "Greta", "Hannah", "Birgit", "Renate", "Julia", "Friederike"),
        ("Thomas", "Michael", "Jürgen", "Stefan", "Matthias", "Klaus", "Andreas", "Lukas",
         "Wolfgang", "Florian", "Dieter", "Tobias", "Jan", "Markus", "Heinrich"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
         "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Vogel", "Keller", "Günther"),
    ),
    "fr": (
        ("Camille", "Élodie", "Sophie", "Chloé", "Manon", "Isabelle", "Nathalie", "Margaux",
         "Céline", "Aurélie", "Juliette", "Hélène"),
        ("Julien", "Mathieu", "Nicolas", "François", "Antoine", "Pierre", "Olivier",
         "Sébastien", "Guillaume", "Étienne", "Benoît", "Laurent"),
        ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau",
         "Fontaine", "Chevalier", "Lambert", "Bonnet", "Mercier", "Faure", "Gauthier"),
    ),
    "it": (
        ("Giulia", "Francesca", "Chiara", "Alessandra", "Federica", "Valentina", "Elena",
         "Martina", "Paola", "Silvia"),
        ("Marco", "Luca", "Giuseppe", "Alessandro", "Matteo", "Davide", "Stefano", "Giorgio",
         "Paolo", "Riccardo"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
         "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Lombardi"),
    ),
    "es": (
        ("Lucía", "María", "Carmen", "Laura", "Marta", "Paula", "Elena", "Cristina", "Nuria",
         "Rocío"),
        ("Javier", "Alejandro", "Pablo", "Sergio", "Diego", "Álvaro", "Jorge", "Carlos",
         "Manuel", "Iñigo"),
        ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
         "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno", "Jiménez", "Navarro"),
    ),
    "nl": (
        ("Sanne", "Eva", "Lotte", "Femke", "Anouk", "Marieke", "Ilse", "Fleur"),
        ("Daan", "Bram", "Joris", "Sander", "Pieter", "Maarten", "Wouter", "Ruben"),
        ("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
         "Meijer", "de Boer", "Mulder", "Bos", "Vos", "van Dijk", "Hendriks"),
    ),
    "pl": (
        ("Agnieszka", "Katarzyna", "Magdalena", "Małgorzata", "Joanna", "Zofia", "Ewa",
         "Aleksandra"),
        ("Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Marcin", "Wojciech"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk"),
    ),
    "se": (
        ("Astrid", "Ingrid", "Linnea", "Maja", "Elin", "Sofia", "Karin", "Freja"),
        ("Erik", "Lars", "Anders", "Johan", "Nils", "Oskar", "Henrik", "Magnus"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
         "Lindqvist", "Berg", "Lindström", "Bergström", "Sandberg"),
    ),
    "pt": (
        ("Inês", "Beatriz", "Mariana", "Catarina", "Ana", "Joana", "Rita", "Sofia"),
        ("João", "Tiago", "Rui", "Miguel", "Duarte", "Gonçalo", "Nuno", "Rodrigo"),
        ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
         "Martins", "Sousa", "Carvalho", "Almeida", "Lopes"),
    ),
    "gr": (
        ("Eleni", "Maria", "Katerina", "Sofia", "Georgia", "Dimitra"),
        ("Giorgos", "Dimitris", "Nikos", "Kostas", "Yannis", "Christos"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Papadakis", "Vlachos", "Oikonomou",
         "Karagiannis", "Alexiou"),
    ),
    "cz": (
        ("Tereza", "Lucie", "Veronika", "Markéta", "Kateřina", "Jana"),
        ("Jakub", "Ondřej", "Petr", "Tomáš", "Vojtěch", "Jiří"),
        ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák"),
    ),
}

# How often each nationality occurs among the customers (a German-based bank).
NATIONALITY_WEIGHTS: dict[str, int] = {
    "de": 40, "fr": 8, "it": 10, "es": 7, "nl": 5, "pl": 9, "se": 4, "pt": 5, "gr": 6, "cz": 6,
}

BRANCHES: tuple[tuple[str, str, str], ...] = (
    ("B01", "Frankfurt Hauptwache", "Frankfurt am Main"),
    ("B02", "München Marienplatz", "München"),
)

# Customer home towns per branch: the branch city most often, then its surroundings.
CITIES: dict[str, tuple[str, ...]] = {
    "B01": ("Frankfurt am Main", "Frankfurt am Main", "Frankfurt am Main", "Offenbach",
            "Bad Homburg", "Darmstadt", "Hanau", "Wiesbaden", "Oberursel"),
    "B02": ("München", "München", "München", "Freising", "Dachau", "Starnberg",
            "Erding", "Fürstenfeldbruck", "Unterhaching"),
}

# (occupation, employer-like payer text for salary, income band) by earning level.
OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "basic": ("student", "retail assistant", "warehouse operative", "care worker",
              "apprentice electrician", "waiter", "delivery driver", "cleaner"),
    "mass": ("nurse", "teacher", "bus driver", "office clerk", "mechanic", "police officer",
             "IT support technician", "pharmacist", "social worker", "chef", "electrician",
             "accountant", "engineer", "graphic designer"),
    "upper": ("software engineer", "physician", "lawyer", "architect", "civil engineer",
              "senior manager", "dentist", "university professor", "project manager",
              "tax adviser"),
    "affluent": ("company owner", "managing director", "surgeon", "notary",
                 "investment manager", "entrepreneur", "consultant partner",
                 "pharmacy owner"),
}

INCOME_BANDS: dict[str, tuple[str, ...]] = {
    "basic": ("under_20k", "20k_40k"),
    "mass": ("20k_40k", "40k_60k"),
    "upper": ("60k_100k", "100k_150k"),
    "affluent": ("150k_250k", "over_250k"),
}

INVESTMENT_PREFERENCES: tuple[str, ...] = (
    "capital preservation", "income", "balanced growth", "growth", "sustainable investing",
    "real estate", "no investments",
)
CHANNEL_PREFERENCES: tuple[str, ...] = ("phone", "meeting", "email", "chat", "branch")

EMPLOYERS: tuple[str, ...] = (
    "Stadtwerke", "Klinikum", "Logistik GmbH", "Versicherung AG", "Autohaus", "Landesamt",
    "Software GmbH", "Bauunternehmen", "Hotelgruppe", "Universität", "Pflegedienst",
    "Handelshaus",
)

# Everyday card merchants: (description, typical amount in euro).
CARD_MERCHANTS: tuple[tuple[str, int], ...] = (
    ("REWE supermarket", 48), ("EDEKA supermarket", 41), ("Aldi Süd", 36), ("Lidl", 33),
    ("dm drugstore", 22), ("Rossmann", 19), ("Shell petrol station", 62),
    ("Aral petrol station", 58), ("Deutsche Bahn tickets", 74), ("MVV/RMV transit", 18),
    ("Amazon Marketplace", 44), ("Zalando", 69), ("IKEA", 95), ("MediaMarkt", 120),
    ("Restaurant Da Luigi", 52), ("Café Central", 14), ("Cinema Mathäser", 26),
    ("Apotheke am Markt", 17), ("Thalia books", 23), ("Decathlon", 57),
    ("Spotify subscription", 11), ("Netflix subscription", 13), ("Bakery Müller", 9),
)
# Extra spending in December (presents) and summer (travel), with seasonally higher amounts.
DECEMBER_MERCHANTS: tuple[tuple[str, int], ...] = (
    ("Christmas market", 35), ("Galeria department store", 110), ("Toy shop Spielwaren", 65),
    ("Amazon Marketplace", 85),
)
SUMMER_MERCHANTS: tuple[tuple[str, int], ...] = (
    ("Lufthansa flights", 390), ("Booking.com hotel", 320), ("Hertz car rental", 240),
    ("Beach restaurant Mallorca", 70), ("Ryanair", 160),
)

# Planted "new parent" purchases (seed 002): each holds one of the new_parent keywords.
NEW_PARENT_PURCHASES: tuple[tuple[str, int], ...] = (
    ("BabyWorld prams", 649), ("dm nappies and wipes", 38), ("Pharmacy baby formula", 27),
    ("Maternity fashion store", 89), ("BabyWorld cot and baby monitor", 189),
)

INTERACTION_NOTES: dict[str, tuple[str, ...]] = {
    "call": ("Courtesy call, all fine.", "Checked in after the account review.",
             "Discussed upcoming expenses; no action needed.",
             "Customer asked about online banking limits.",
             "Reminded about the annual review appointment."),
    "advisory_session": ("Annual review of savings and pension.",
                         "Discussed investment horizon and risk appetite.",
                         "Reviewed the portfolio allocation.",
                         "Went through retirement planning options.",
                         "Talked about financing a car."),
    "service": ("Changed the standing order.", "Ordered a replacement card.",
                "Updated address details.", "Raised the card limit for the holidays.",
                "Set up the online banking app."),
    "complaint": ("Complained about an unexpected account fee.",
                  "Card was blocked while travelling abroad.",
                  "Long waiting time on the hotline.",
                  "Transfer arrived two days late."),
}
