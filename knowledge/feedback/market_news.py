"""Market news is no customer's statement about the bank: "my customer told me the ECB will
raise 0,5% next month", "der Kunde meint, die EZB senkt bald die Zinsen", "la BCE va baisser
ses taux" relay a central bank's move (done, expected or rumoured), which only head office
records as a market event (knowledge.call_reports.chat_records). Stored as feedback it would
put a rumour among the customers' complaints about the bank's own service.

What the customer says about the bank itself stays feedback: "annoyed that the ECB raised
rates but our savings rate did not move" names the bank's own ("our", "we", "your").
"""

from __future__ import annotations

import re

from knowledge.languages import alternatives as _alt

# Central banks and their rates as the bank's advisors write them.
_CENTRAL_BANK = [
    r"ecb", r"ezb", r"bce", r"ebc", r"fed(?! up)", r"fomc", r"federal reserve",
    r"bank of england", r"boe",
    r"snb", r"riksbank(?:en)?", r"nbp", r"rpp", r"dnb", r"bundesbank",
    r"central bank", r"zentralbank", r"notenbank", r"banca centrale", r"banque centrale",
    r"banco central", r"bank centralny", r"centrale bank", r"centralbank(?:en)?",
    r"key rate", r"base rate", r"policy rate", r"leitzins\w*", r"tassi? (?:di riferimento|bce)",
    r"taux directeurs?", r"tipos? (?:de interés|oficiales)", r"stopy procentowe",
    r"stóp procentowych", r"styrränta(?:n)?", r"rentevoet", r"beleidsrente",
]
# A move of rates, in any tense ("will raise", "cut", "senkt", "alza", "baisse", "podniesie").
_MOVE = [
    r"rais\w*", r"hik\w*", r"cut\w*", r"lower\w*", r"increas\w*", r"decreas\w*", r"drop\w*",
    r"rises?", r"rising", r"risen", r"rose", r"reduc\w*", r"chang\w*", r"mov\w*",
    r"erhöh\w*", r"senk\w*", r"anheb\w*", r"zinserhöhung", r"zinssenkung",
    r"verhoog\w*", r"verlaag\w*", r"renteverhoging", r"renteverlaging",
    r"alz\w*", r"abbass\w*", r"tagli\w*", r"aument\w*", r"ridu\w*",
    r"augment\w*", r"baiss\w*", r"relèv\w*", r"hausse", r"monter\w*",
    r"sub(?:e|en|ir|irá|irán|ió|ida|ir[áa]n)", r"baj\w*", r"recort\w*",
    r"podnie\w*", r"podwyż\w*", r"obniż\w*", r"obniz\w*", r"podwyz\w*",
    r"höj\w*", r"sänk\w*", r"hoj\w*", r"sank\w*",
]
# The bank's own in the statement: feedback about the bank after all.
_OWN = re.compile(r"\b(?:our|ours|we|us|your|you|the bank'?s?|unser\w*|wir|uns|onze|wij|"
                  r"nostr[oaie]|noi|notre|nos|nous|nuestr[oa]s?|nosotros|nasz\w*|my|vår\w*|vi|"
                  # the customer's own products: "her mortgage went up with the ECB"
                  r"her|his|their|mortgage|loan|savings|account|deposit|hypothek\w*|kredit\w*|"
                  r"konto|mutuo|conto|prêt|compte|hipoteca|cuenta|kredyt\w*|hypotheek|lån)\b",
                  re.IGNORECASE)
_NEWS = re.compile(
    rf"(?<!\w)(?:{_alt(_CENTRAL_BANK)})(?!\w)[^.;!?]{{0,60}}?(?<!\w)(?:{_alt(_MOVE)})(?!\w)|"
    rf"(?<!\w)(?:{_alt(_MOVE)})(?!\w)[^.;!?]{{0,30}}?(?<!\w)(?:{_alt(_CENTRAL_BANK)})(?!\w)",
    re.IGNORECASE)
# Who relayed it: "my customer told me", "a client said", "mein Kunde meint": not the bank's.
_RELAYED_BY = re.compile(r"^\s*(?:(?:my|a|one|the)\s+)?(?:customer|client|kunde|klant|"
                         r"cliente|client|klient)\w*\s+", re.IGNORECASE)


def rate_news(text: str | None) -> bool:
    """The message relays a central bank's rate move and says nothing about the bank's own."""
    words = " ".join((text or "").split())
    news = _NEWS.search(words)
    if news is None:
        return False
    rest = _RELAYED_BY.sub(" ", words)  # "my customer told me": who said it, not the bank's
    return _OWN.search(rest) is None
