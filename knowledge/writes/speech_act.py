"""Is the message the advisor's report of something that happened, or another speech act?

Only a report may be written: a call, a customer's feedback, a complaint closed, a rate
change, a theme's owner or status. Every other act writes nothing, whatever its words name
(customers, outcomes, dates, rates, themes), and is answered as what it is:

- a question ("X was reached yesterday according to the history, right?", "last note on X
  says 'unhappy with fees' - still the case?", "did she pick up?");
- a hypothetical or a role-play ("pretend X said no - what would I say?", "if we made Helga
  owner of it, would that help?");
- a condition opening the message ("once the refund lands we can close X's complaint");
- the advisor's plan ("ill call X tomorrow", "gonna ring X later");
- an instruction not to log ("pls dont log anything for X yet");
- words quoted from a record or forwarded ("copying last month's note: '…'", "Katrin's
  note says: '…'", "fwd from X: '…'");
- a colleague's question ("Lena asks what the cut means for her customers");
- a message that takes itself back ("mark it resolved - actually no, leave it");
- for feedback, the advisor's own opinion or a rumour, not a customer's words ("i think the
  new app design is awful tbh"); for a call, a note about the customer that tells no contact
  ("X has his birthday on friday").

Which acts forbid which writes: a forwarded customer message is still that customer's
feedback ("cust fwd: 'your loan process took 6 weeks' - X") but never a call; a reported
question ("called X, she asked if rates will go down") is still a call but no rate change.
Word lists, not a parse (see knowledge.writes.unsure for why), in the languages
knowledge.languages and knowledge.call_reports.plan_words hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import knowledge.languages as _lang
from knowledge.languages import alternatives as _alt

QUESTION = "question"
HYPOTHETICAL = "hypothetical"
CONDITION = "condition"
PLAN = "plan"
DONT_LOG = "dont_log"
FORWARDED = "forwarded"
RECORD = "record"
COLLEAGUE = "colleague"
REVOKED = "revoked"
OPINION = "opinion"
OCCASION = "occasion"
QUOTED = "quoted"
UNDECIDED = "undecided"

_CALLS = (QUESTION, HYPOTHETICAL, CONDITION, PLAN, DONT_LOG, FORWARDED, RECORD, REVOKED,
          OCCASION, QUOTED)
_FEEDBACK = (QUESTION, HYPOTHETICAL, CONDITION, PLAN, DONT_LOG, RECORD, REVOKED, OPINION)
_RECORDS = (QUESTION, HYPOTHETICAL, CONDITION, DONT_LOG, FORWARDED, RECORD, COLLEAGUE, REVOKED)
_THEMES = (*_RECORDS, UNDECIDED)
FORBIDS: dict[str, tuple[str, ...]] = {
    "call": _CALLS, "calls": _CALLS, "feedback": _FEEDBACK,
    "market_event": _RECORDS, "theme_owner": _THEMES, "theme_status": _THEMES,
}

_I = re.IGNORECASE
# What may open a message before its act: "ok", "so", "hmm", "btw", "quick q:"
_OPEN = (r"^\s*(?:\d{1,2}[:.]\d{2}\s*[-–—:]?\s*)?"
         r"(?:(?:ok|okay|so|hmm+|hey|btw|fyi|also|and|then|quick (?:q|question)|q|e|et|y|und|"
         r"en|och)[,:\s]+){0,2}")
# Somebody else's words relayed: the condition or question in them is theirs, not the act.
_RELAYED = re.compile(
    r"\b(?:said|says|say|told|tells|complain(?:s|ed|ing)?|mention\w*|wrote|writes|asked|asks|"
    rf"threaten\w*|warn\w*|{_alt(_lang.RELAYED)})\b", _I)

_TAG_QUESTION = re.compile(
    r"(?:^|[\s,;:–—-])(?:right|correct|yes|no|true|ja|oder|nicht wahr|n['’]?est-ce pas|vero|"
    r"isn['’]?t (?:it|that)(?: so)?|is(?:n['’]?t)? (?:that|it) (?:right|correct|true|so)|"
    r"am i right|or not|yeah|still (?:the case|true|valid|so|open|current|relevant|right)|"
    r"(?:is )?that (?:still )?(?:right|correct|true|the case)|"
    # "…, wasn't she?", "…, did he?"
    r"(?:is|was|were|did|does|do|has|have|had)(?:n['’]?t)? (?:he|she|they|it|i|we))"
    r"\s*\?+\s*$", _I)
# A question opening the message ("did she pick up?", "what did X say about fees?"), not a
# request put as one ("can you log X as reached?").
_OPENING_QUESTION = re.compile(
    rf"{_OPEN}(?:is|are|was|were|has|have|had|did|does|do|can|could|would|will|shall|should|"
    r"what|when|who|why|how|which|where|whether)\b[^?]*\?\s*$", _I)
_REQUEST = re.compile(
    rf"{_OPEN}(?:can|could|would|will)\s+(?:you|u)\b|"
    r"\b(?:pls|please|plz|bitte)\b", _I)
_HYPOTHETICAL = re.compile(
    r"\b(?:pretend(?:ing)?|let['’]?s (?:practi[cs]e|role-?play|pretend|say|imagine|assume)|"
    r"role-?play(?:ing)?|for practi[cs]e|as an exercise|hypothetical(?:ly)?|"
    r"what would (?:i|we|you) (?:say|do|tell|answer|reply|write)|"
    r"how would (?:i|we|you) (?:say|handle|respond|reply|answer|deal|put)|"
    r"what (?:should|could|do|can) (?:i|we) (?:say|tell|answer|reply)|"
    r"would (?:it|that|this) (?:help|work|make sense|be (?:ok|okay|better|good|wise|fine)))\b",
    _I)
_CONDITION = re.compile(
    rf"{_OPEN}(?:if|once(?! (?:again|more)\b)|as soon as|unless|in case|provided(?: that)?|"
    r"assuming|wenn|sobald|falls|whenever|(?:the )?next time|"
    r"when(?![^,.;]*\b(?:called|rang|phoned|spoke|talked|reached|tried|was|were|did|had|"
    r"met|saw|got|answered|picked|came)\b)|"
    rf"{_alt(_lang.CONDITION)})\b", _I)
_SENTENCES = re.compile(r"[.;!?\n]+\s+(?=\S)")
_CLAUSE_END = re.compile(r"[,;:.!?\n]|\s[-–—]\s")
# A condition after the words it governs ("… once the refund lands", "… if she asks again")
_WHEN_WORDS = ("once", "when", "whenever", "as soon as", "sobald", "wenn")
_TRAILING_CONDITION = re.compile(
    r"(?<=[\w'\s,])\s*,?\s+(if|once(?! (?:again|more)\b)|as soon as|unless|in case|"
    r"provided(?: that)?|when|whenever|wenn|sobald|falls|"
    rf"{_alt(_lang.CONDITION)})\s+\w", _I)
# A verb in the past, not a participle after "is / be / gets" ("once the refund is paid")
_PAST = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bgets )(?<!\bget )"
                   r"(?<!['’]s )\b(?:\w{2,}ed|was|were|had|did|got|came|went|paid|sent|made|"
                   r"gave|spoke|rang|saw|met|told|said|took|left|put)\b", _I)
# A condition with its own outcome after it, no comma between ("if rates drop she'll move")
_CONSEQUENT = re.compile(r"\s\w+.*\b(?:she|he|they|we|i|you|it)\s*(?:['’]ll|will|would|['’]d|"
                         r"can|could|might|may|should|must|wants?|is going to|gonna)\b", _I)
# A request to write, as the clause a trailing condition governs: an instruction ("log it",
# "pls close her complaint"), the advisor's own "i'll / we can close …", or a modal passive
# ("can be closed", "should be marked resolved").
_WRITE_VERBS = (r"(?:log|save|record|note|store|file|enter|mark|close|resolve|book|put|add|"
                r"set|schedule|update|change|register|flag|write)")
_WRITE_REQUEST = re.compile(
    rf"(?:^|[,;:.!]\s*|\b(?:pls|please|plz|bitte|just|then|and)\s+){_WRITE_VERBS}\b|"
    rf"\b(?:i|we|you|u)\s*(?:['’]ll|will|can|could|should|may|might)\s+(?:\w+\s+)?"
    rf"{_WRITE_VERBS}\b|"
    r"\b(?:can|could|should|may|might|will|must|ought to)\s+(?:now\s+)?be\s+\w+(?:ed|en)\b",
    _I)
_PAST_RELAY = re.compile(
    r"\w+ed|said|told|wrote|ha detto|a dit|zei|sagte|meinte|hat gesagt|erzählte|fand|diceva|"
    r"dijo|powiedział\w*|sa att", _I)
# The advisor's own next step, opening the message (beyond knowledge.call_reports.plans): "ill
# call X", "im gonna ring X", "thinking of calling X", "might call X later"
_INTENT = re.compile(
    rf"{_OPEN}(?:(?:ill|i ll|we ll|imma|ima)\s+|"
    r"(?:i['’]?m|im|i am|we['’]?re|we are)\s+(?:gonna|going to|planning (?:to|on)|"
    r"thinking (?:of|about)|hoping to|about to)\s+|"
    r"(?:i|we) (?:might|may|could|intend to|plan to|hope to|want to|wanna)\s+|"
    r"(?:planning (?:to|on)|thinking (?:of|about)|hoping to|might|maybe)\s+)"
    r"(?:(?:try (?:to |and )?|quickly |also |then |probably |maybe |definitely )?)"
    r"(?:call|ring|phone|cb|email|e-mail|text|contact|visit|see|meet|chase|try|reach|"
    r"calling|ringing|phoning|contacting|emailing|visiting|meeting|chasing|trying)\b", _I)
_DONT_LOG = re.compile(
    r"\b(?:do ?n['’]?t|do not|no need to)\s+(?:(?:yet|now|today)\s+)?"
    r"(?:log|record|save|store|enter|write|note|file|book|mark|close|resolve|change|touch|"
    r"update)\w*\b|"
    r"\b(?:nicht|nichts)\s+(?:\w+\s+)?(?:eintragen|loggen|speichern|erfassen|notieren)\b|"
    r"\bnon\s+(?:registrare|salvare|annotare)\b|\bniet\s+(?:loggen|opslaan|noteren)\b|"
    r"\b(?:hold off|wait)\s+(?:on|with)\s+(?:logging|recording|saving|it|that|this)\b|"
    r"\bnothing to (?:log|record|save|store)\b", _I)
_INSTEAD = re.compile(r"\b(?:instead|rather|but|just|only|as)\b", _I)
_FORWARDED = re.compile(
    r"(?:^|[\s(\[])(?:fwd?|fw|forwarded|forwarding|weitergeleitet|inoltrato|transféré)\b", _I)
_RECORD = re.compile(
    r"\b(?:notes?|history|records?|log|entry|crm|memo|comments?|remarks?|minutes)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:says?|said|reads?|states?|stated)\b|"
    r"\b(?:copying|copied|pasting|pasted|re-?posting|reposted)(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:notes?|entry|message|text|comments?|e-?mail|from|for reference)\b|"
    r"\bfor reference\b|"
    r"\b(?:according to|per|as per) (?:the |my |our |his |her |their |last month's |"
    r"old )?(?:history|records?|notes?|system|crm|file|log|calendar|entry)\b(?! (?:is|was)\b)|"
    r"\b(?:laut|gemäß|gemaess) (?:der |dem |den )?(?:historie|verlauf|notiz\w*|crm|akte)\b|"
    r"\bselon (?:l['’]historique|les notes|le crm)\b|"
    r"\bsecondo (?:lo storico|le note|il crm)\b|\bsegún (?:el historial|las notas|el crm)\b",
    _I)
_COLLEAGUE_ASKS = re.compile(
    r"\b(?:asks|asked|is asking|was asking|wants to know|wanted to know|wonders|wondered|"
    r"is wondering|was wondering|enquired|inquired)\s+(?:me\s+|us\s+)?"
    r"(?:what|whether|if|how|why|when|who|which|about)\b", _I)
# "… - actually no, leave it": the message takes back what it asked for (nothing new after)
_LEAVE = (r"(?:leave (?:it|that|this)|keep (?:it|that)|(?:do ?n['’]?t|do not)"
          r"(?=\s*(?:$|[,.!;-]|\s(?:log|record|save|store|mark|close|change|do|bother|"
          r"touch|update)\b))|not yet|forget (?:it|that|this)|never ?mind|nvm|ignore (?:it|that|"
          r"this|me)|hold (?:off|on)|as (?:it|you) (?:is|was|were)|lass(?:en)? (?:es|das)|"
          r"vergiss es)")
_REVOKED = re.compile(
    r"\b(?:actually|no wait|wait|hmm+|on second thoughts?|scratch that|oh|eh)[\s,.!–—-]*"
    rf"(?:no+[\s,.!–—-]*)?{_LEAVE}\b|"
    r"(?:scratch that|never ?mind|nvm|forget (?:it|that)|ignore (?:that|this))[\s.!]*$", _I)
_OPINION = re.compile(
    rf"{_OPEN}(?:i (?:personally )?(?:think|feel|find|believe|reckon|guess)|imo|imho|"
    r"in my (?:opinion|view)|personally|honestly|tbh|my (?:opinion|view|take|two cents)|"
    r"i (?:personally )?(?:hate|love|like|dislike|can['’]?t stand)|i heard|heard|"
    r"rumou?r(?: has it)?|word is|gossip|ich (?:finde|glaube|denke)|je (?:pense|trouve)|"
    r"penso|credo|creo|ik vind|jag tycker)\b|\b(?:imo|imho|in my opinion|rumou?rs?)\b", _I)
# Somebody other than the advisor speaks: a customer's view, however hedged.
_SPEAKER = re.compile(
    r"\b(?:customers?|clients?|kunde\w*|he|she|they|his|her|their|people|someone|somebody|"
    r"everyone|every ?body|many|several|users?|feedback from|from (?:a|the|our) customer)\b",
    _I)
# A manager still making up their mind ("thinking of giving the theme to marco, will decide
# tmrw", "überlege, ob …", "je réfléchis à …"): no change of owner or status yet.
_UNDECIDED = re.compile(
    r"\b(?:thinking (?:of|about)|considering|(?:will|['’]ll|to|gonna) decide|(?:have|has)n['’]?t "
    r"decided|not (?:sure|decided) yet|undecided|toying with|überlege\w*|noch nicht entschieden|"
    r"je réfléchis|j['’]hésite|sto pensando|ci penso|estoy pensando|me lo pienso|"
    r"ik denk erover|ik twijfel|zastanawiam się|funderar på|funderar)\b", _I)
_OCCASION = re.compile(
    r"\b(?:birthday|bday|b-day|anniversary|wedding|geburtstag|hochzeit|compleanno|"
    r"anniversaire|cumpleaños|cumpleanos|urodziny|verjaardag|födelsedag|fodelsedag|"
    r"name ?day|namenstag)\b", _I)


@dataclass(frozen=True)
class Act:
    """A speech act that writes nothing, with the words that make it so, as typed."""

    kind: str
    words: str


def speech_act(text: str | None, *, write_kind: str = "call",
               customer_named: bool = False) -> Act | None:
    """The act of `text` that forbids a write of `write_kind` ("call", "feedback",
    "market_event", "theme_owner", …), None when the message may be a report of it.
    `customer_named`: the write names a customer (a feedback's opinion is then theirs)."""
    words = " ".join((text or "").replace("’", "'").split())
    if not words:
        return None
    forbids = FORBIDS.get(write_kind, _RECORDS)
    for kind in forbids:
        if kind == OPINION and customer_named:
            continue
        found = _found(kind, words)
        if found is not None:
            return Act(kind, found)
    return None


def _found(kind: str, words: str) -> str | None:
    finder = _FINDERS[kind]
    return finder(words)


def _question(words: str) -> str | None:
    if (tag := _TAG_QUESTION.search(words)) is not None:
        return _quote(words, max(0, tag.start() - 60), len(words))
    if _OPENING_QUESTION.match(words) and not _REQUEST.match(words):
        return _quote(words, 0, len(words))
    return None


def _hypothetical(words: str) -> str | None:
    from knowledge.call_reports.plans import plan_or_question

    if (hit := _HYPOTHETICAL.search(words)) is not None:
        return _quote(words, hit.start(), hit.end())
    if plan_or_question(words) == "hypothetical":
        return _quote(words, 0, len(words))
    return None


def _condition(words: str) -> str | None:
    hit = _CONDITION.match(words)
    if hit is None:
        return _trailing_condition(words)
    if _relays_it(words, hit.end()):
        return None  # "if fees go up she'll leave, she said": the customer's condition
    if len(_SENTENCES.split(words.strip(" .!"))) > 1:
        return None  # "if rates drop she'll move. reached X today": the report stands
    return _quote(words, 0, len(words))


def _trailing_condition(words: str) -> str | None:
    """A condition closing the message that governs the request before it ("log it as
    feedback if she brings it up again", "X's complaint can be closed once the refund
    lands"): the write waits for it. The condition must have no clause of its own after it
    (else it governs that one: "reached X, if rates drop she'll move"), and the clause it
    follows must be a request to write — an instruction, a modal passive or a complaint said
    to be closed — not somebody's words or plan ("she'll move her savings if rates drop":
    hers, reported)."""
    hits = list(_TRAILING_CONDITION.finditer(words))
    if not hits:
        return None
    hit = hits[-1]
    start = max((m.end() for m in _CLAUSE_END.finditer(words[:hit.start()])), default=0)
    after = _CLAUSE_END.search(words, hit.end())
    if after is not None and re.search(r"\w", words[after.end():]):
        return None  # a clause follows: the condition is its own
    clause = words[hit.start(1):]
    if _CONSEQUENT.search(clause):
        return None  # "…, if rates drop she'll move her savings": the clause's own outcome
    if hit.group(1).lower() in _WHEN_WORDS and _PAST.search(clause):
        return None  # "complaint closed once we refunded the fee": it happened
    from knowledge.call_reports.said import _COMPLAINT_RESOLVED

    governed = words[start:hit.start()]
    if _RELAYED.search(governed) or not (_WRITE_REQUEST.search(governed)
                                         or _COMPLAINT_RESOLVED.search(governed)):
        return None  # "X's complaint resolved once the refund lands": not resolved yet
    return _quote(words, hit.start(1), len(words))


def _relays_it(words: str, start: int) -> bool:
    """Whether the condition opening at `start` is somebody's words relayed: a verb of
    saying outside the condition's own clause ("if fees go up she'll leave, she said"), or
    one in the past inside it ("if rates rise she said she'd move"). A verb of saying in the
    present inside the clause is what the condition waits for ("if X complains again, log
    it", "once she says yes, book it"): nothing has been said yet."""
    end = _CLAUSE_END.search(words, start)
    stop = end.start() if end else len(words)
    for relay in _RELAYED.finditer(words):
        if not start <= relay.start() < stop or _PAST_RELAY.fullmatch(relay.group(0)):
            return True
    return False


def _plan(words: str) -> str | None:
    from knowledge.call_reports.plans import plan_or_question

    if plan_or_question(words) in ("plan", "greeting", "question"):
        return _quote(words, 0, len(words))
    if _INTENT.match(words):
        return _quote(words, 0, len(words))
    return None


def _dont_log(words: str) -> str | None:
    for hit in _DONT_LOG.finditer(words):
        if not _INSTEAD.search(words[hit.end():]) and not _RELAYED.search(words[:hit.start()]):
            return _quote(words, hit.start(), hit.end())
    return None


def _forwarded(words: str) -> str | None:
    hit = _FORWARDED.search(words)
    return _quote(words, hit.start(), hit.end()) if hit else None


def _record(words: str) -> str | None:
    hit = _RECORD.search(words)
    return _quote(words, hit.start(), hit.end()) if hit else None


def _colleague(words: str) -> str | None:
    hit = _COLLEAGUE_ASKS.search(words)
    return _quote(words, hit.start(), hit.end()) if hit else None


def _revoked(words: str) -> str | None:
    hit = _REVOKED.search(words)
    if hit is None or not re.search(r"[^\W\d_]{2,}", words[: hit.start()]):
        return None  # "actually no, leave it" alone answers the last write (undo's room)
    return _quote(words, hit.start(), hit.end())


def _opinion(words: str) -> str | None:
    hit = _OPINION.search(words)
    if hit is None or _SPEAKER.search(words) or _RELAYED.search(words):
        return None
    return _quote(words, hit.start(), hit.end())


def _occasion(words: str) -> str | None:
    from knowledge.call_reports.said import _CALL_WORDS, _FOLLOW_UP

    hit = _OCCASION.search(words)
    if hit is None or any(p.search(words) for p in _CALL_WORDS if p is not _FOLLOW_UP):
        return None
    if re.search(r"\b(?:call|ring|phone|meet|meeting|termin|appointment)\b", words, _I):
        return None  # "call X back friday, his birthday": a follow-up asked for
    return _quote(words, hit.start(), hit.end())


def _customer_quoted(words: str) -> str | None:
    from knowledge.writes.quoted_words import customer_quoted

    return customer_quoted(words)


_FINDERS = {
    QUESTION: _question, HYPOTHETICAL: _hypothetical, CONDITION: _condition, PLAN: _plan,
    DONT_LOG: _dont_log, FORWARDED: _forwarded, RECORD: _record, COLLEAGUE: _colleague,
    REVOKED: _revoked, OPINION: _opinion, OCCASION: _occasion, QUOTED: _customer_quoted,
    UNDECIDED: lambda words: _quote(words, hit.start(), hit.end())
    if (hit := _UNDECIDED.search(words)) else None,
}


_QUOTED = re.compile(r"'([^']{6,})'|\"([^\"]{6,})\"|“([^”]{6,})”|„([^“”]{6,})[“”]")


def quoted(text: str | None) -> str | None:
    """The longest words in quote marks, or those after a forward's colon ("fwd from X: …"),
    None when the message quotes nothing."""
    words = " ".join((text or "").split())
    found = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(words)]
    if found:
        return max(found, key=len).strip()
    head = _FORWARDED.search(words)
    colon = words.find(":", head.end()) if head else -1
    rest = words[colon + 1:].strip() if colon >= 0 else ""
    return rest if len(rest) >= 6 else None


def _quote(words: str, start: int, end: int, most: int = 12) -> str:
    """The words from `start` to `end`, at most `most` of them, as typed."""
    while 0 < start < len(words) and not words[start - 1].isspace():
        start -= 1  # from the word's start
    parts = words[start:end].split()
    return " ".join(parts[:most]) + (" …" if len(parts) > most else "")
