"""A sale told without a verb of the past: its noun before a product ("Birgit Hoffmann –
Abschluss Lebensversicherung", "X vente assurance vie", "sprzedaż ubezpieczenia na życie"), or
the customer taking a product now ("ok il prend le fonds obligataire", "er nimmt den
Rentenfonds", "hon tar obligationsfonden", "she takes the bond fund"), in the advisors'
languages; and what was sold, read from the words after the sale.

Both are a reading, not a statement of a sale ("Verkauf seiner Aktien" is the customer
selling, "vente" may head a pitch still to make): the call is a sale read from the words
(`CallReport.sale_read`), always shown for a yes before it is stored
(knowledge.call_reports.call_writes.propose_call). A product word must follow within the
clause, so "il prend sa retraite", "nimmt sich Zeit" or "vente difficile" read nothing.
"""

from __future__ import annotations

import re

from knowledge.call_reports.follow_up_dates import without_call_day

# The stems of product nouns in the advisors' languages, found inside compounds
# ("Lebensversicherung", "livförsäkring", "obligatiefonds", "Bausparvertrag").
_PRODUCT_STEMS = (
    r"fund|fonds|fondo|fondi|fundusz\w*|fond(?:en|er)?|etf|bond|anleihe|obligat|obbligazion|"
    r"bonos?\b|insurance|versicher|assuran|assicura|polizz|seguro|ubezpiecz|försäkr|forsakr|"
    r"verzeker|isa\b|savings|spar|épargne|epargne|risparmi|ahorro|oszczędn|oszczedn|pension|"
    r"riester|renten|emerytal|mortgage|hypothe|hypotek|hipote|kredit|kredyt|credit|crédit|"
    r"loan|darlehen|prêt|pret\b|mutuo|prestito|préstamo|prestamo|pożycz|pozycz|lån|lening|"
    r"deposit|festgeld|tagesgeld|dépôt|deposito|depósito|lokat|insättning|depot|konto|"
    r"compte|conto\b|cuenta|rachun|rekening|card|karte|carte|carta|tarjeta|karta|kaart|"
    r"shares|aktie|azion|accion|akcj|aandel|annuit|vertrag|contrat|contrato|umow|avtal|policy|"
    r"plan\b|piano\b|plano\b")
_PRODUCT = re.compile(rf"(?:[^\W\d_]*(?:{_PRODUCT_STEMS}))[\w'’-]*", re.IGNORECASE)
# A word naming a product ("Sparplan", "Rentenfonds", "épargne"): no one's name in a report
PRODUCT_WORD = re.compile(rf"(?<![^\W\d_]){_PRODUCT.pattern}", re.IGNORECASE)
# The sale as a noun: "Abschluss", "vente", "vendita", "venta", "sprzedaż", "försäljning"
_NOUN = (r"verkauf|abschluss|vertragsabschluss|vente|souscription|vendita|sottoscrizione|"
         r"venta|contratación|contratacion|sprzedaż|sprzedaz|försäljning|forsaljning|verkoop|"
         r"afsluiting|sale|sign-?up|sign up|subscription")
# The customer taking a product now: a third person's present ("prend", not "je prends")
_TAKES = (r"takes|is taking|goes for|is going for|goes with|opts for|nimmt|prend|prende|toma|"
          r"coge|se queda con|neemt|bierze|tar|väljer|"
          # the sale verbs as thumbs type them ("sigend the savings plan")
          r"sigend|singed|signd|soldd|sodl|bougth|boguht|purchsed|purcahsed")
# Between the sale and the product: an article or a preposition, never a possessive ("sa",
# "seine", "his": the customer's own retirement, time or shares)
_BETWEEN = (r"(?:(?:of|the|a|an|der|des|den|die|das|einen?|eine[rs]?|de|du|d['’]|la|le|les|"
            r"l['’]|un|une|il|lo|di|del|della|dello|uno|una|el|los|las|het|een|ett|na|för|for|"
            r"to|zu|zum|zur|au|aux|al|alla|allo|do|till|tot|naar)"
            r"(?:\s+|(?<=['’])))")
# One word before the product ("the fixed deposit", "den grünen Fonds"), never a possessive
# or a pronoun ("sa retraite", "seiner Aktien", "her pension": the customer's own)
_OWN = (r"(?!(?:sa|son|ses|sein\w*|ihr\w*|his|her|their|its|suo|sua|suoi|su|sus|zijn|haar|hun|"
        r"jego|jej|ich|swoj\w*|hans|hennes|deras|sin|sitt|sina|my|our|mein\w*|unser\w*)\b)")
# "kein Abschluss", "aucune vente", "nessuna vendita", "ninguna venta": denied (the other
# languages' negations are said.py's, before any outcome word)
_NOT_BEFORE = "".join(rf"(?<!\b{no} )" for no in ("kein", "keine", "keinen", "keinem", "aucune",
                                                  "nessuna", "ninguna"))
SALE_READ = re.compile(
    rf"{_NOT_BEFORE}\b(?P<read>{_NOUN}|{_TAKES})\b\s*[:–—-]?\s*(?P<what>{_BETWEEN}{{0,2}}"
    rf"(?:{_OWN}[^\W\d_][\w'’-]*\s+)?{_PRODUCT.pattern}(?:\s+[^\W\d_][\w'’-]*){{0,3}})",
    re.IGNORECASE)
# Where what was sold ends: the next clause ("…, follow up in june")
_CLAUSE_END = re.compile(r"\s*(?:[,.;!?(]|\s[–—-]\s|\b(?:and|but|und|aber|et|mais|e|ma|y|pero|"
                         r"en|maar|i|ale|och|men|mit|an|für|à|pour|per|para|dla|till|aan|"
                         r"voor|with|w/)\b).*$", re.IGNORECASE)
_ARTICLES = re.compile(r"^(?:(?:her|him|them|us|me|to|for|the|a|an|up)\s+)+", re.IGNORECASE)


def sold_what(sale: re.Match[str]) -> str | None:
    """What was sold, from the words the sale's match took ("the index fund", "assurance vie",
    "la polizza vita oggi" → "la polizza vita"), at most six words, the call's day left out."""
    what = sale.groupdict().get("what") or ""
    if sale.re is SALE_READ:  # "le fonds obligataire, …" → "fonds obligataire"
        what = re.sub(rf"^{_BETWEEN}+", "", _CLAUSE_END.sub("", what), flags=re.IGNORECASE)
    what = _ARTICLES.sub("", what.replace(":", " ").strip())
    return " ".join(without_call_day(what).split()[:6]) or None
