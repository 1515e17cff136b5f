"""The safety net under every chat write: a write is stored at once only when the message is
fully accounted for.

Each write path knows which words its readers took (the customer's name or id, the outcome
words, the date, the theme); what is left may still change the meaning of the write: a
negation or take-back the reader did not use ("… not sure she did"), a plan or modal ("will",
"need to", "was going to"), a condition ("if", "once the refund lands"), a question, a hedge
("maybe", "apparently", "i think"), somebody other than the customer acting ("her husband
called", "emailed us", "came into the branch") or a count ("twice", "x2"; "again" alone is
one more try, one call). When one is left, the write is shown with those words quoted and
stored only on a yes (`knowledge.writes.pending.confirm`); a plan, condition or question
that governs the very words the outcome was read from means nothing happened, and nothing is
offered (knowledge.call_reports.accounted.nothing_happened). The specific readers (plans,
take-backs, corrections) answer first where they know better; this is the net under them.

Word lists, not a parse: spaCy is installed without a trained pipeline (no parser, tagger or
morphology to load, and none can be fetched), and the classes are closed-class words that a
list finds as reliably on terse chat as a parser trained on edited text would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import knowledge.languages as _lang
from knowledge.customers.relatives import RELATION_WORDS
from knowledge.languages import alternatives as _alt
from knowledge.writes.take_back_words import LEFT_OVER

NEGATION = "negation"
TAKE_BACK = "take_back"
PLAN = "plan"
CONDITION = "condition"
QUESTION = "question"
HEDGE = "hedge"
THIRD_PARTY = "third_party"
REPEAT = "repeat"
ALL = (TAKE_BACK, QUESTION, CONDITION, PLAN, HEDGE, NEGATION, THIRD_PARTY, REPEAT)

# German "will" is "wants" ("die fünfte will einen Termin", "er will nicht"): no plan, no question
_GERMAN_AFTER_WILL = (r"(?:einen?|eine[mr]?|keinen?|keine|nicht|nichts|noch|das|den|dem|die|am|"
                      r"mit|sich|lieber|gerne?|zurück\w*|vorbei\w*|wissen|mehr|sofort|erst|bis)\b")
_GERMAN_WANTS = rf"(?!\s*{_GERMAN_AFTER_WILL})"
_GERMAN_WILL = re.compile(rf"\bwill(?=\s+{_GERMAN_AFTER_WILL})")
_AUX_NOT = (r"(?:do|does|did|is|are|was|were|has|have|had|can|could|would|should|wo|ca|must|"
            r"need|might|ai)n['’]?t")
_WORDS: dict[str, re.Pattern[str]] = {
    TAKE_BACK: re.compile(LEFT_OVER),
    QUESTION: re.compile(r"\?"),
    CONDITION: re.compile(
        r"\b(?:if|once(?! more| again)|unless|in case|as soon as|provided|assuming|whether|"
        rf"in the event|falls|wenn|sobald|{_alt(_lang.CONDITION)})\b"),
    PLAN: re.compile(
        r"(?:\b(?:will|shall|gonna|going to|need to|needs to|have to|has to|"
        r"must|should|"
        r"ought to|remind me|reminder|to-?do|meant to|supposed to|(?:i|we) plan to|planning to|"
        r"intend(?:s|ed)? to|about to|get (?:a)?round to|got (?:a)?round to|tbd|"
        r"would(?! (?:like|love|prefer))|werde|muss|soll|"
        rf"{_alt(_lang.PLAN)})\b|['’]ll\b)"),
    HEDGE: re.compile(
        r"\b(?:maybe|perhaps|probably|prob|possibly|apparently|supposedly|allegedly|"
        r"presumably|i think|i thought|i guess|i believe|i assume|i suppose|i hope|hopefully|"
        r"not sure|unsure|no idea|might|may have|seems?|seemed|looks like|sounds like|kind of|"
        rf"kinda|sort of|i reckon|guess|vielleicht|wohl|glaube|angeblich|{_alt(_lang.HEDGE)})\b"),
    NEGATION: re.compile(
        rf"\b(?:not|no|never|nothing|nobody|noone|none|neither|nor|without|cannot|"
        rf"{_AUX_NOT}|dont|didnt|doesnt|isnt|wasnt|cant|couldnt|wont|havent|hasnt|"
        rf"nicht|kein\w*|nie|{_alt(_lang.NEGATION)})\b"),
    THIRD_PARTY: re.compile(
        r"\b(?:(?:my |a |another )?colleague|co-?worker|someone|somebody|another advisor|"
        rf"{RELATION_WORDS}|assistant|secretary|family|representative|"
        r"e-?mail(?:ed|s)?|mailed|texted|wrote|messaged|whatsapp\w*|sms|letter|"
        r"came in(?:to)?|walked in|popped in|dropped (?:by|in)|visited|branch|"
        rf"{_alt(_lang.THIRD_PARTY)})\b"),
    REPEAT: re.compile(
        r"\b(?:twice|thrice|(?:two|three|four|\d+) times|second time|both|"
        r"x ?[2-9]|[2-9] ?x)\b"),
}
# A question that opens with an auxiliary, with or without its "?" ("did she pick up").
_OPENING_QUESTION = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*[-–—:]?\s*)?(?P<aux>(?:did|does|do|is|are|was|were|has|have|had|"
    r"can|could|should|shall|would|will))\s+"
    rf"(?!you\s|u\s|going to|gonna|about to|meant to|supposed to){_GERMAN_WANTS}")
# Said in passing without changing what happened ("all fine, no issues").
_BENIGN = re.compile(
    r"\b(?:no (?:issues?|problems?|problem|concerns?|changes?|rush|worries|news)|"
    r"no (?:further )?action(?: needed| required)?|nothing (?:new|else|special|much|to do)|"
    r"not much|no complaints? (?:any ?more|now))\b|"
    # the next request to the assistant, after the report ("…, who's next?")
    r"\b(?:who|what)['’]?s next\s*\?|\bwho else\s*\?|\bnext one\s*\?")
_SENTENCE_END = re.compile(r"[.!?;\n]+(?:\s|$)")
_CLAUSE_END = re.compile(r"[.,;:!?\n]|\s[-–—]\s|(?<!\s)\s+(?:but|and|so)\s")


@dataclass(frozen=True)
class Unsure:
    kind: str  # one of ALL
    words: str  # the words as typed that made the bot unsure, quoted back
    at: int = -1  # where they were found in the text read

    def why(self) -> str:
        """The sentence before the write that is shown for a yes."""
        return f"I'm not sure about “{self.words}”; nothing is stored yet."


def unsure_about(text: str | None, *, consumed: Iterable[tuple[int, int]] = (),
                 names: Iterable[str] = (), kinds: Iterable[str] = ALL) -> Unsure | None:
    """The first word class in `kinds` found in `text` outside what the readers consumed
    (`consumed`: (start, end) spans of `text`; `names`: words of the customer's or staff's
    name and ids, taken wherever they occur), with the words to quote; None when the message
    is fully accounted for."""
    original = (text or "").replace("’", "'")
    lowered = _lower(original)
    masked = _masked(lowered, consumed, names)
    masked = _BENIGN.sub(lambda m: " " * len(m.group(0)), masked)
    for wants in _GERMAN_WILL.finditer(lowered):  # "die dritte will einen Termin": wants
        masked = masked[:wants.start()] + "    " + masked[wants.end():]
    wanted = set(kinds)
    opening = _OPENING_QUESTION.match(lowered)
    if QUESTION in wanted and opening and masked[opening.start("aux")] != " ":
        # The message's first word (not one a reader took: "didn't pick up - X")
        return Unsure(QUESTION, _clause(original, opening.start("aux"), forward=True),
                      opening.start("aux"))
    for kind in ALL:
        if kind not in wanted:
            continue
        hit = _WORDS[kind].search(masked)
        if hit is None:
            continue
        if kind == QUESTION:
            return Unsure(kind, _clause(original, hit.start(), forward=False) + "?", hit.start())
        start = hit.start()
        while start > 0 and not original[start - 1].isspace():
            start -= 1  # from the word's start: "she'll think about it"
        return Unsure(kind, _clause(original, start, forward=True), start)
    return None


def scope(text: str, doubt: Unsure) -> tuple[int, int]:
    """The part of `text` the doubt governs: its clause ("reached X, if rates drop she'll
    move" — only the second clause is conditional), or its whole sentence when a condition
    opens it ("if X calls back, book a meeting": the meeting is conditional too)."""
    at = max(doubt.at, 0)
    opening = sentence_start(text, at)
    if doubt.kind == CONDITION and opening == at:
        end = _SENTENCE_END.search(text, at)
        return opening, end.end() if end else len(text)
    start = max((m.end() for m in _CLAUSE_END.finditer(text[:at])), default=0)
    if text[at:at + 1] == "?":  # the clause that ends on the question mark
        return start, at + 1
    end = _CLAUSE_END.search(text, at + 1)
    return start, end.start() if end else len(text)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: `at` itself when only punctuation or a
    dash precedes it there."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text[:at])), default=0)
    return at if not text[start:at].strip(" ,;:-–—") else start


def spans_of(pattern: re.Pattern[str], text: str, group: int | str = 0) -> list[tuple[int, int]]:
    """The spans of every match (or of one group of it): what a reader consumed."""
    return [m.span(group) for m in pattern.finditer(text) if m.group(group)]


def _lower(text: str) -> str:
    # Same length as typed, so spans and quotes line up ("İ".lower() is two characters).
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _masked(text: str, consumed: Iterable[tuple[int, int]], names: Iterable[str]) -> str:
    chars = list(text)
    for start, end in consumed:
        chars[start:end] = " " * (end - start)
    masked = "".join(chars)
    for name in names:
        for word in re.findall(r"[\w'-]{2,}", name.lower()):
            masked = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])",
                            lambda m: " " * len(m.group(0)), masked)
    return masked


def _clause(text: str, at: int, *, forward: bool, most: int = 7) -> str:
    """The words from `at` to the end of its clause (or the clause up to `at`), at most
    `most` words, as typed."""
    if forward:
        end = _CLAUSE_END.search(text, at + 1)
        words = text[at: end.start() if end else len(text)].split()
        return " ".join(words[:most]).strip()
    starts = [m.end() for m in _CLAUSE_END.finditer(text[:at])]
    words = text[starts[-1] if starts else 0: at].split()
    return " ".join(words[-most:]).strip()
