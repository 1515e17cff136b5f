"""Compensation mentioned in passing in a customer's statement: "refunded it", "waived the 15
eur fee", "credited 50 eur", "a goodwill gesture of 100", "replaced it + €10 goodwill" — a word
that gives money back and the amount it gives (near it, right before it, or the one amount
named); money the customer asked for ("she wants a refund of 30 eur") is no compensation.
"""

from __future__ import annotations

import re

# "refunded it", "waived the 15 eur fee", "credited 50 eur", "a goodwill gesture of 100":
# a word that gives money back, and the amount it gives (near it, or the one amount named).
_GIVES_BACK = re.compile(
    r"\b(?:refund\w*|reimburs\w*|waive[ds]?|waiving|credited|goodwill|gesture|"
    r"credit(?!\s+(?:card|limit|score|rating|line|check|history|report|application|"
    r"transfer|interest|agreement|decision|union))|"
    r"compensat\w*|reversed|wrote off|written off|paid (?:it )?back|gave (?:it|them) back|"
    r"covered|"
    # German, French, Spanish: "20 € Gutschrift gegeben", "remboursé 20 €", "reembolsamos"
    r"gutschrift|gutgeschrieben|erstattet|erstattung|kulanz\w*|rembours\w*|geste commercial|"
    r"reembols\w*|abonamos|abono|"
    # "50€ de compensación", "rimborsato", "vergoeding", "zwrot", "ersättning", "entschädigt"
    r"compens\w*|kompens\w*|indemni\w*|risarci\w*|rimbors\w*|vergoed\w*|terugbetaald|"
    r"zwrot\w*|zwróci\w*|rekompensat\w*|ersätt\w*|återbetal\w*|entschädig\w*)\b",
    re.IGNORECASE)
_MONEY_AMOUNT = re.compile(
    r"(?:(?:EUR|€|\$|£|CHF)\s*(?P<a>\d[\d,]{0,14}(?:\.\d{1,2})?)"
    r"|(?P<b>\d[\d,]{0,14}(?:\.\d{1,2})?)\s*(?:euros?|eur|€|chf|usd|\$|£|bucks)\b)", re.IGNORECASE)
_BARE_AFTER = re.compile(
    r"^(?:\W+\w+){0,4}?\W+(?:of\s+)?(?P<amount>\d[\d,]{0,14}(?:\.\d{1,2})?)(?![\d.,]*\s*(?:%|"
    r"days?|weeks?|months?|years?|times|x\b|st\b|nd\b|rd\b|th\b|am\b|pm\b))", re.IGNORECASE)


_AMOUNT_BEFORE = re.compile(
    r"(?:(?:EUR|€|\$|£|CHF)\s*(?P<a>\d[\d,]{0,14}(?:\.\d{1,2})?)"
    r"|(?P<b>\d[\d,]{0,14}(?:\.\d{1,2})?)\s*(?:euros?|eur|€|chf|usd|\$|£))\s*"
    r"(?:as\s+(?:a\s+)?|(?:de|di|d['’]|als|van|jako|som|in|en)\s+)?$",
    re.IGNORECASE)
ASKED_FOR = re.compile(
    r"\b(?:wants?|asks?|asked|asking|request\w*|demand\w*|expects?|would like|hoping|"
    r"no|not|without|refused|declined|threaten\w*|"
    # in the advisors' languages: "sie will 20 € …", "vuole", "veut", "quiere", "chce", "vill"
    r"will|möchte|verlangt|fordert|vuole|chiede|veut|demande|quiere|pide|wil|vraagt|chce|"
    r"żąda|vill|kräver)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)


_A_CHARGE = re.compile(
    r"\b(?:fees?|charge[ds]?|charging|cost|penalty|commission|debit\w*|overcharg\w*|"
    r"deducted|took|taken|billed|lost)\b", re.IGNORECASE)


class Found:
    """A match-like span with the amount, for the compensation found by `compensated`."""

    def __init__(self, amount: str, start: int, end: int) -> None:
        self._amount, self._start, self._end = amount, start, end

    def group(self, _name: str) -> str:
        return self._amount

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


# Money given in the advisors' other languages ("vi gav henne 10 euro", "le abbiamo dato 15
# euro", "on lui a donné 20 €", "le dimos 30 €", "haben ihr 20 Euro gegeben", "daliśmy mu 50
# zł"): a verb of giving and an amount with its currency (never "gav henne 2 dagar").
_NUM = r"\d[\d,]{0,14}(?:\.\d{1,2})?"
_MONEY = (rf"(?:(?:EUR|€|CHF)\s*(?P<a>{_NUM})|(?P<b>{_NUM})\s*(?:€|(?:euros?|eur|chf|zł|zl|pln|"
          r"kr|sek)\b))")
_GAVE_ABROAD = re.compile(
    r"\b(?:gav|gett|dato|data|dimos|dado|donné|offert|gegeben|geschenkt|gegeven|daliśmy|"
    rf"dali|dał\w*)\b(?:\s+[^\W\d_]+){{0,3}}?\s+{_MONEY}|"
    rf"(?<![\d.,]){_MONEY.replace('?P<a>', '?P<c>').replace('?P<b>', '?P<d>')}\s+"
    r"(?:[^\W\d_]+\s+)?(?:gegeben|geschenkt|gegeven|gegeven|dato|dado|donné|gett)\b",
    re.IGNORECASE)


def compensated(text: str) -> Found | None:
    """The compensation a statement mentions in other words than "compensation 50 EUR"."""
    if (gave := _GAVE_ABROAD.search(text)) is not None and not ASKED_FOR.search(
            text[: gave.start()]):
        amount = next(g for g in gave.group("a", "b", "c", "d") if g)
        return Found(amount, gave.start(), len(text) + 1)
    word = _GIVES_BACK.search(text)
    if word is None or ASKED_FOR.search(text[: word.start()]):
        return None  # "she wants a refund of 30 eur" was not given
    after = text[word.end():]
    near = _MONEY_AMOUNT.match(after.lstrip(" :")) or _BARE_AFTER.match(after)
    if near is not None:  # "credited 50", "a goodwill gesture of 100", "refunded the 30 eur"
        amount = near.group("amount") if "amount" in near.groupdict() else (
            near.group("a") or near.group("b"))
        # Past the end, so the statement is kept whole (the advisor's words stay with it).
        return Found(amount, word.start(), len(text) + 1)
    before = _AMOUNT_BEFORE.search(text[: word.start()])
    if before is not None and not ASKED_FOR.search(text[: before.start()]):
        # "replaced it + €10 goodwill", "50 eur credit given": the amount right before it.
        return Found(before.group("a") or before.group("b"), before.start(), len(text) + 1)
    named = list(_MONEY_AMOUNT.finditer(text))
    amounts = {m.group("a") or m.group("b") for m in named}
    if len(amounts) == 1 and any(_A_CHARGE.search(text[max(0, m.start() - 30): m.end() + 14])
                                 for m in named):
        # "charged 30 eur twice, we refunded it": the one amount is what was charged (a
        # balance or a salary is no compensation).
        return Found(amounts.pop(), 0, len(text) + 1)
    return None
