"""Reads: the call list, customer profiles, ambiguous names (nothing written).
Part of the conversation evaluation's authoring (authoring.py runs the parts in order)."""

from __future__ import annotations

from bench.conversation_eval.authoring_kit import (
    NO_WRITE,
    add,
)


def author() -> None:
    # ---------------------------------------------------------------- call list (read only)
    for text in [
        "who do i call today", "my calls for today?", "call list pls", "whos on my list",
        "gimme todays list", "who should i ring this morning", "any calls due today?",
        "list for today", "what's on my plate today, calls wise", "who needs a call",
        "calls?", "morning, who's first on the list", "whom do I phone today",
        "show me my call list", "today's priorities please",
    ]:
        add("call_list", [text], {"reply_names_from_book": True}, intent="ask_call_list")
    for turns in [
        ["who do i call today", "more"], ["my list", "next ones pls"],
        ["todays calls", "show more"], ["call list", "and the rest?"],
    ]:
        add("call_list", turns, {"reply_names_from_book": True}, intent="ask_more")
    for text, reply in [
        ("only maturities today", ["matur"]), ("just the premium ones", ["top", "premium"]),
        ("only ppl with complaints", ["complaint"]), ("only birthdays", ["birthday"]),
        ("who has something maturing", ["matur"]), ("big withdrawals only", ["withdraw"]),
        ("just dormant clients", ["dormant", "inactive"]),
    ]:
        add("call_list", [text], NO_WRITE, intent="filter_call_list", reply_any=reply)
    for text, name, reply in [
        ("why is rita martins on my list", "rita martins", ["Martins"]),
        ("why laura sanchez?", "laura sanchez", ["Sánchez", "Sanchez"]),
        ("whats the reason for hannah meyer", "hannah meyer", ["Meyer"]),
        ("y is lucie horak on there", "lucie horak", ["Horák", "Horak"]),
        ("why do i need to call johanna vogel", "johanna vogel", ["Vogel"]),
        ("reason for maria garcia?", "maria garcia", ["García", "Garcia"]),
    ]:
        add("call_list", [text], NO_WRITE, intent="ask_why_on_list",
            entities={"customer_name": name}, reply_any=reply)

    # ---------------------------------------------------------------- profiles (read only)
    for text, name, reply in [
        ("tell me abt rui pereira", "rui pereira", ["Pereira"]),
        ("joana costa profile", "joana costa", ["Costa"]),
        ("pull up chiara rossi", "chiara rossi", ["Rossi"]),
        ("who is olivier faure", "olivier faure", ["Faure"]),
        ("nicolas dubois?", "nicolas dubois", ["Dubois"]),
        ("info on camile chevalier", "camille chevalier", ["Chevalier"]),
        ("birgit richter summary pls", "birgit richter", ["Richter"]),
        ("cristina perez", "cristina perez", ["Pérez", "Perez"]),
        ("whats up with fleur vos", "fleur vos", ["Vos"]),
        ("show me marieke visser", "marieke visser", ["Visser"]),
        ("laura sanchez details", "laura sanchez", ["Sánchez", "Sanchez"]),
        ("maria garcia", "maria garcia", ["García", "Garcia"]),
        ("yanis alexiou profile", "yannis alexiou", ["Alexiou"]),
        ("marcin kowalsky", "marcin kowalski", ["Kowalski"]),
        ("jiri dvorak pls", "jiri dvorak", ["Dvořák", "Dvorak"]),
        ("tell me about heinrich schroeder", "heinrich schroder", ["Heinrich"]),
        ("krzysztof kaminski", "krzysztof kaminski", ["Krzysztof"]),
        ("vojtech horak?", "vojtech horak", ["Vojtěch", "Vojtech"]),
        ("ursula schnieder", "ursula schneider", ["Schneider"]),
        ("katharina hoffman profile", "katharina hoffmann", ["Katharina"]),
        ("need the file on stefano ferrari", "stefano ferrari", ["Stefano"]),
        ("what do we know about freja berg", "freja berg", ["Freja"]),
        ("brief me on wolfgang koch before i call", "wolfgang koch", ["Wolfgang"]),
        ("silvia mancini - quick overview", "silvia mancini", ["Silvia"]),
        ("look up giulia ferari", "giulia ferrari", ["Giulia"]),
    ]:
        add("profile", [text], NO_WRITE, intent="ask_profile", entities={"customer_name": name},
            reply_any=reply)
    for text, cid, reply in [
        ("C000023", "C000023", ["Costa"]), ("profile C000061 pls", "C000061", ["Martins"]),
        ("who's C000042", "C000042", ["Faure"]), ("show c000009", "C000009", ["Rossi"]),
        ("tell me about customer C000030", "C000030", ["Visser"]),
    ]:
        add("profile", [text], NO_WRITE, intent="ask_profile", entities={"customer_id": cid},
            reply_any=reply)
    for turns, reply in [
        (["rui pereira", "what does he hold"], ["Pereira"]),
        (["tell me about chiara rossi", "last contacts?"], ["Rossi"]),
        (["johanna vogel", "any complaints"], ["complaint"]),
        (["olivier faure", "products?"], ["Faure"]),
        (["camille chevalier", "when did we last speak to her"], ["Chevalier"]),
    ]:
        add("profile", turns, NO_WRITE, intent="ask_holdings", reply_any=reply)
    # ambiguous: the bot must ask which one (no write, no guess)
    for text, reply in [
        ("tell me about anna", ["Lange", "Ferrari", "Zimmermann"]),
        ("schroder profile", ["Andreas", "Julien", "Heinrich", "Johan"]),
        ("pull up tomasz", ["Kamiński", "Mazur", "Szymański"]),
        ("fischer?", ["Julia", "Jürgen", "Lena", "Markéta"]),
        ("show me greta", ["Günther", "Klein", "Müller"]),
    ]:
        add("profile", [text], NO_WRITE, intent="ask_profile", reply_any=reply)
