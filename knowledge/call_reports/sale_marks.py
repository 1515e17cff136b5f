"""A sale reported by a mark instead of a verb: "✅ term deposit for stefano ferrari",
"maria keller - ISA 💰", "☑️ savings acct maria keller".

Phone-typed reports put a check mark or a money emoji where the verb would be. With a
product named and no other outcome word, that is a sale of that product, never what a
customer said (so never feedback); as the outcome is only a mark, it is always shown for a
yes (knowledge.call_reports.call_writes.propose_call). A mark with no product ("✅ maria
keller") says no more than that something went well, and is asked like any bare report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.call_reports.sold import COMMON_PRODUCT_WORDS

# Check marks, money and a handshake; not 👍 (agreement, not a sale) or 🎉 alone.
_MARK = re.compile(r"✅|✔️?|☑️?|🗸|💰|💵|💶|💷|💸|🤑|🤝|(?:\$|€|£){2,}")
_WORD = re.compile(r"[^\W\d_]+")
_ABBREVIATIONS = {"td": "term deposit", "acct": "account", "cc": "credit card"}
LONGEST = 14  # words: a longer message is a note, read by the other readers


@dataclass(frozen=True)
class SaleMark:
    mark: str  # as typed ("✅")
    product: str  # the product words as typed ("term deposit")

    def why(self) -> str:
        return f"I read “{self.mark}” as a sale of {self.product}; please check:"


def sale_mark(text: str | None, known: frozenset[str] = COMMON_PRODUCT_WORDS, *,
              names: tuple[str, ...] | None = None) -> SaleMark | None:
    """The mark and the product of a sale reported by a mark; None when there is no mark,
    no product word (`known`: knowledge.call_reports.sold.product_words) or too many words.
    With `names` (the customer's name and id), every other word must be the product or a
    filler: "✅ card blocked for X" is no sale."""
    words = " ".join((text or "").split())
    mark = _MARK.search(words)
    if mark is None or len(words.split()) > LONGEST:
        return None
    named = {w for n in names or () for w in _WORD.findall(n.lower())}
    run: list[str] = []
    best: list[str] = []
    for word in _WORD.findall(words.lower()):
        spelt = _ABBREVIATIONS.get(word, word)
        if all(part in known or part in _JOINERS for part in spelt.split()):
            run.append(spelt)
            if any(part in known for part in " ".join(run).split()) and len(run) > len(best):
                best = list(run)
            continue
        run = []
        if names is not None and word not in named and word not in _FILLER:
            return None  # a word that is neither the customer, the product nor a filler
    if not best:
        return None
    return SaleMark(mark.group(0), " ".join(best))


# Words inside a product's name ("term deposit", "credit card", "savings account")
_JOINERS = frozenset({"term", "credit", "savings", "fixed", "new"})
# Words around a marked sale that say nothing more ("✅ a new ISA for her")
_FILLER = frozenset("for to with the a an new her his him their them she he sold eur k "
                    "customer client cust".split())
