"""What an advisor's call report says: the outcome and the follow-up date, read from the text.

The NLU's `call_outcome` entity is a guess; the words decide ("tried to reach C104 but no
answer" is no_answer even when "reach" was tagged reached). Dates: `dateparser` (relative to
the as-of date) after shorthands are spelt out ("tmrw"). `explicit`: the outcome stated.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

import knowledge.languages as _lang
from knowledge.call_reports.complaint_words import (
    asks_to_close,
    keeps_complaint_open,
    without_open_complaint,
)
from knowledge.call_reports.contrast import next_step_after_refusal
from knowledge.call_reports.date_left import date_left, within_a_span
from knowledge.call_reports.day_in_month import with_month_said
from knowledge.call_reports.follow_up_dates import (  # noqa: F401 (_DATE: read by corrections)
    _DATE,
    parse_date,
    second_thoughts,
    when_not_next,
)
from knowledge.call_reports.meeting_date import meeting_date_phrase
from knowledge.call_reports.past_day import next_step_date
from knowledge.call_reports.relative_words import before_a_relative, relative_answered
from knowledge.call_reports.sale_words import SALE_READ, sold_what
from knowledge.call_reports.shorthand import spelt_out, taken_back_after
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Outcome

_NO_ANSWER = re.compile(
    rf"\b({_alt(_lang.NO_ANSWER)}|"
    r"no answer|no reply|no response|not answering|didn'?t answer|did not answer|"
    r"didn'?t pick(?: it)? up|did not pick(?: it)? up|didnt pick up|no pick ?up|not picking up|"
    r"never (?:picked up|picks up|answered|answers|took the call)|"
    r"not reachable|unreachable|couldn'?t reach|could not reach|can'?t reach|cannot reach|"
    r"could not get hold|couldn'?t get hold|voice ?mail|mailbox|"
    r"left (?:(?:her|him|them) )?an? (?:message|msg)|"
    r"nobody answered|no one answered|went straight to|line (?:was |is )?busy|was busy|"
    r"busy (?:signal|tone)|r(?:a|u)ng out|rings? out|ringing out|"
    r"not available|unavailable|missed (?:me|my call)|switched off|"
    r"(?:phone|mobile|cell|handy) (?:was |is |seems |still )?(?:off|dead|turned off)|"
    r"tried (?:to )?(?:reach|call|ring|phone)\w*"
    r"(?: \S+){0,3} but|vm|no luck|(?:couldn'?t|could not|didn'?t|did not|can'?t) get through|"
    r"(?:nobody|no one|noone|neither(?: of them| one)?|none of them) (?:picked up|answered|"
    r"(?:was |were )?there|(?:was |were )?(?:at )?home|got back to me|(?:was |were )?reachable)|"
    # "rang her twice, nothing", "nada" ending a clause (not "nothing new", "no quiere nada")
    r"(?:rang|called|phoned)\b[^.;!?]{0,40}\bnothing\s*(?=$|[.;,!?]|\b(?:again|at all|so far)\b)|"
    r"(?<!quiere )(?<!quería )(?<!necesita )nada(?!\s+(?:nuev|especial|que|de nuevo|raro|m[aá]s))|"
    r"no joy|engaged (?:tone|signal)|line (?:was |is |went )?dead|dead line|"
    r"(?:tried|versucht|probiert|essayé|provato|intentado|geprobeerd|próbował\w*|försökte?)"
    r"\b[^.;!?]{0,40}\b(?:nothing|nix|nichts|rien|niente|nulla|niets|nic|inget)\b"
    r"(?!\s+(?:new|neues|de neuf|di nuovo|nuevo|nieuws|nowego|nytt))|"
    # "engaged both times", "was engaged again" (never "engaged to", "engaged with the offer")
    r"engaged (?:both times|twice|again|each time|every time|all (?:day|morning|afternoon))|"
    # only where the line is the subject ("it was engaged", ", still engaged."): "her daughter
    # is engaged", "she was engaged and keen" say nothing of the call
    r"(?:(?<=\bit )|(?<=\bline )|(?<=\bnumber )|(?<=\bphone )|(?<=\bmobile )|"
    r"(?<=[,.;:!?\-–—])|(?<=[,.;:!?\-–—] )|(?<!.))"
    r"(?:was|were|is|still|kept being|always) engaged"
    r"(?=\s*(?:$|[.,;:!?)\-–—]|(?:again|all|both|twice|each|every)\b))|"
    # "did not actually manage to reach her", "wasn't able to get hold of him"
    r"(?:did ?n['’]?t|did not|could ?n['’]?t|could not|was ?n['’]?t able to|was not able to|"
    r"failed to|never)\s+(?:(?:actually|really|quite|even|manage to|get to)\s+)*"
    r"(?:reach|get hold|get through|get thru)(?!\w)(?!\s+(?:a|an|any)\s+(?:decision|"
    r"agreement|conclusion|deal))|"
    # French, Spanish, Italian as typed in a team of many languages
    r"pas de r[ée]ponse|r[ée]pondeur|pas joignable|injoignable|ne r[ée]pond pas|"
    r"no contesta|no contest[óo]|sin respuesta|buz[óo]n|non risponde|nessuna risposta|"
    r"segreteria|(?:line|phone|number) (?:was |is )?engaged|"
    r"(?:couldn'?t|could not|didn'?t|did not|can'?t) get thru|"
    # German, as advisors in Vienna write it
    r"nicht erreicht|nicht erreichbar|niemanden? erreicht|keine antwort|nicht abgehoben|"
    r"nicht (?:ran|hin)gegangen|geht nicht ran|ging nicht ran|mobilbox|anrufbeantworter|"
    r"besetzt|nachricht hinterlassen)",
    re.IGNORECASE,
)
# An outcome typed as emoji: a phone with a cross ("📞❌", "❌📞", "☎️✖") or "📵" is no answer
_EMOJI_NO_ANSWER = re.compile(r"[📞☎📱]\ufe0f?\s*[❌✖❎🚫⛔]|[❌✖❎🚫⛔]\ufe0f?\s*[📞☎📱]|📵")
_COMPLAINT_RESOLVED = re.compile(
    rf"\b(?:complaint|issue|problem|beschwerde|reklamation|{_alt(_lang.COMPLAINT)})\w*\b"
    rf"(?:(?!\b(?:{_alt(_lang.NEGATION_BEFORE)}|not|no|never|noch|still|yet)\b)[^.;!?]){{0,40}}?"
    rf"\b(resolved|closed|sorted|fixed|settled|solved|done|erledigt|gelöst|geklärt|"
    rf"{_alt(_lang.RESOLVED)})\b|"
    r"\b(resolved|closed|sorted(?: out)?|settled|solved|fixed|cleared up)\b[^.;!?]{0,30}?"
    r"\bcomplaint",
    re.IGNORECASE,
)
_SALE = re.compile(
    rf"\b({_alt(_lang.SALE)}|"
    r"sold|sale|bought|buys|purchased|signed(?: up)?(?: for)?|closed the deal|done deal|"
    r"opened (?:a|an|the|(?=(?:savings|isa|deposit|term deposit|fund|pension|bond|depot|"
    r"current account|mortgage|loan|credit card|insurance)\b))|"
    r"took out|takes out|took the(?! (?:call|phone|message|msg))|subscribed|said yes to|"
    r"agreed to(?!\s+(?:pop|come|drop|stop|swing|meet|see|talk|chat|visit|call|ring|a meeting|"
    r"an? (?:appt|appointment|visit|call|chat)))|"
    r"went for|goes for|"
    # "closed the 12m term deposit w X": the advisor's verb, opening a clause or after "i" /
    # "we"; "she closed her fund", "closed his account", "anna schmidt closed the fund", "he's
    # closed the deposit" are a customer leaving (and no product of these words)
    r"(?:(?<!.)|(?<=[,.;:!?\-–—])|(?<=[,.;:!?\-–—] )|(?<=\bi )|(?<=\bwe )|(?<=\bi've )|"
    r"(?<=\bwe've )|(?<=\bi just )|(?<=\bwe just )|"
    # "Greta Günther has closed a term deposit" (German "hat abgeschlossen"): a sale, never
    # "she has closed the fund"
    r"(?<=\bhas )(?<!\bshe has )(?<!\bhe has )(?<!\bclient has )(?<!\bcustomer has )|"
    r"(?<=\bhave )(?<!\bthey have ))closed(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:deposit|mortgage|loan|fund|isa|policy|insurance|pension|bond|savings plan)\b)|"
    r"verkauft|abgeschlossen|unterschrieben|gekauft|kauft|"
    r"a achet[ée]|a sign[ée]|compr[óo]|ha comprato)\b(?P<what>[^.;,!?]*)",
    re.IGNORECASE,
)
_NOT_INTERESTED = re.compile(
    rf"\b({_alt(_lang.NOT_INTERESTED)}|"
    r"not interested|no interest|(?:isn|wasn|weren)'?t (?:interested|keen)|is not keen|declined|"
    r"not (?:int|intd|intr|inter|intrstd|intrested|intersted)\b|"  # "not int": shorthand
    r"doesn'?t want|does not want|not keen|"
    r"turned (?:it|us|me|the \w+) down|said no|no thanks|passed on|not for (?:her|him|them)|"
    r"(?:a |hard )pass\b|hard no|"
    r"said not now|not (?:for|right) now|"
    r"kein interesse|nicht interessiert|kein bedarf|abgelehnt|lehnt ab|"
    r"will nicht|möchte nicht|"
    r"pas int[ée]ress[ée]e?|n'est pas int[ée]ress[ée]e?|pas d'int[ée]r[êe]t|"
    r"no (?:le |les )?interesa|no est[áa] interesad[oa]|no interesad[oa]|"
    r"non (?:è )?interessat[oa]|non gli interessa)\b",
    re.IGNORECASE,
)
# The customer is leaving ("he's moving to another bank next month", "closing all her
# accounts", "wechselt die Bank"): no interest, and a date said with it is when they leave.
_LEAVING = re.compile(
    r"\b(?:(?:mov|switch|chang|transferr|go|tak)\w*\s+(?:(?:everything|it all|his|her|their|"
    r"the)\s+(?:\w+\s+)?)?(?:to|over to)\s+(?:another|a different|a new|an? other|the other|"
    r"a competitor|a rival|\w+'s)\s*(?:bank|provider|lender)?|switch\w* banks|"
    r"leav\w*\s+(?:us|the bank)|clos\w*\s+(?:all\s+)?(?:his|her|their)\s+(?:\w+\s+)?accounts?|"
    r"wechselt\s+(?:die|zur|zu einer anderen)\s+bank|kündigt\s+(?:alle|sein|ihr)\w*\s+konten?)",
    re.IGNORECASE)
_FOLLOW_UP = re.compile(
    rf"\b({_alt(_lang.FOLLOW_UP)}|"
    r"meeting|meet|appointment|appt|mtg|call ?back|ring back|follow[- ]?up|"
    r"(?:call|ring|phone) (?:her|him|them) back|"
    r"get back to|try again|retry|call again|see (?:her|him|them)|"
    # keen on a next step, no date yet ("she's keen!! no date yet"): a follow-up, undated
    r"keen|eager|wants to (?:talk|discuss|hear|know) more|"
    # a visit wanted: "wants to come in Mo 23.", "will pop in friday"
    r"(?:(?:wants?|wanted|would like|likes?|keen|happy|agreed|going|plans?|asked) to|"
    # "she'll pop in", "rita martins will pop in weds" (never "i'll", "we will": a plan)
    # (a person, never a thing: "the card will come in the post", "it will come in lower")
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bits )(?<!\bmy )"
    r"(?<!\bour )(?<!\byour )(?<!\bthis )(?<!\bthat )"
    r"\b(?!(?:i|we|it|this|that|there|which|what|money|rates?)\b)[^\W\d_][\w-]*\s*"
    r"(?:'ll| will| can| could)) (?:come|pop|drop|stop) "
    r"(?:in|by)|"
    r"come into the branch|vorbeikommen|kommt vorbei|"
    r"rendez-vous|rdv|cita|"
    r"termine?|terminvereinbarung|rückruf|ruckruf|zurückrufen|zuruckrufen|ruft zurück|treffen|"
    r"wiedervorlage|nochmal (?:anrufen|versuchen))\b",
    re.IGNORECASE,
)
_REACHED = re.compile(
    rf"\b({_alt(_lang.REACHED)}|"
    r"reached|spoke|spoken|talked|chatted|had a chat|got hold|got through|got thru|caught|"
    r"all (?:fine|good|ok)|had a (?:quick |short |brief |long |good )?(?:chat|talk|word)|"
    # "got her!", "got him on the phone" (not "hasn't got her new card": a thing got)
    r"got (?:her|him|them)(?=\s*(?:$|[!.,;:?)\-–—]|(?:on the (?:phone|line|mobile)|at (?:last|"
    r"home|work)|in the end|finally|eventually|today|now|this (?:morning|afternoon)|"
    r"straight away|right away|after|first time|back|fine|ok)\b))|"
    r"nothing needed|happy|sorted|done with|picked up|(?:called|rang|phoned) (?:me|us) back|"
    r"(?:she|he|they)(?:['’]s| is| was| are| were) (?:all )?(?:fine|ok|okay|good|well)|"
    r"(?:managed|able) to (?:get hold of|reach|speak|talk|get through|catch)|"
    r"caught up with|finally got|"
    # undecided, but spoken to: "said she'd think about it", "will sleep on it"
    r"think (?:about it|it over)|thinking (?:about it|it over)|sleep on it|mull it over|"
    # asked for something to be sent: "she wants info by post", "would like the brochure"
    # (the customer's wish, never the advisor's own request: "need more info on X", "i would
    # like the details of X" open the message or follow "i" / "we")
    r"(?<=\S )(?<!\bi )(?<!\bwe )(?<!\bi'd )(?<!\bwe'd )"
    r"(?:wants?|would like|asked for|needs?)\s+(?:(?:some|more|the|a|an|further)\s+)?"
    r"(?:info|information|details|brochures?|documents|paperwork|forms|an? offer|quote)|"
    r"überlegt es sich|denkt darüber nach|"
    r"erreicht|gesprochen|telefoniert|alles (?:gut|ok|passt|erledigt))\b",
    re.IGNORECASE,
)

@dataclass(frozen=True)
class CallReport:
    outcome: Outcome
    explicit: bool  # the words name the outcome (not defaulted)
    follow_up_on: dt.date | None
    date_words: str | None  # the date as typed, None when there was none
    date_unreadable: bool  # a date was typed but could not be read
    close_complaint: bool
    sale_of: str | None
    not_interested: bool
    # "early next month", "late july": a day had to be picked for a span, so it is shown first
    date_approximate: bool = False
    taken_back: bool = False  # an outcome the same message took back: the later one, asked
    sale_read: str | None = None  # a sale read from a noun or "takes" (sale_words): shown first


def read_call(text: str | None, as_of: dt.date, *, entity_outcome: str | None = None,
              entity_follow_up: str | None = None) -> CallReport:
    """The outcome and follow-up a call report states, read from its words."""
    words = spelt_out(" ".join((text or "").split()))
    attempts = [part for part in _STAMPED.split(words) if part.strip(" ,;.-")]
    if len(attempts) > 1 and all(any(p.search(part) for p in _CALL_WORDS) for part in attempts):
        # "9:10 no answer, 11:30 reached X, all sorted": the attempt that got through stands
        # (each part an attempt with its outcome; "meeting 23.11 at 10:30" is one date)
        reports = [read_call(part, as_of) for part in attempts]
        through = [r for r in reports if r.explicit and r.outcome is not Outcome.no_answer]
        return (through or reports)[-1]
    if (split := before_a_relative(words)) and not relative_answered(words) and any(
            p.search(split[1]) for p in _CALL_WORDS) and not _DATE.search(split[1]):
        own = read_call(split[0], as_of)  # "X sold the fund his brother tomasz not home"
        if own.explicit:
            return own
    later = _taken_back(words, as_of)
    if later is not None:
        # "sold her a mortgage no actually she only wants to think about it, f/u nxt wk":
        # what the message says last stands, and it is shown before it is stored.
        return replace(read_call(later, as_of), taken_back=True)
    # The NLU's date only where it reads as one ("spoke 2 C000023": "2" is no date).
    date_words, elsewhere = _call_date_phrase(words)
    date_words = date_words or (_date_phrase(entity_follow_up or "") or None)
    date_words = next_step_date(date_words, words, as_of, _DATE, _affirmed(_FOLLOW_UP, words))
    leaving = _LEAVING.search(words)  # "moving to another bank next month": no follow-up
    if date_words and (when_not_next(date_words, words) or leaving) and not _affirmed(
            _FOLLOW_UP, words):
        date_words = None  # "heute nicht erreicht", "away till friday": when, not next
    revised = second_thoughts(words)
    if revised and revised[0] == "taken back":  # "tues, no, wed": the later date, shown first
        date_words = revised[1]
    date_words = with_month_said(date_words, words)  # "the 16th - dec i mean": 16 December
    follow_up_on = parse_date(date_words, as_of) if date_words else None
    unreadable = bool(date_words) and follow_up_on is None
    if revised and revised[0] == "either":  # "tues or wed": which one is asked
        date_words, follow_up_on, unreadable = revised[1], None, True
    close = (bool(_COMPLAINT_RESOLVED.search(words)) or asks_to_close(words)) and not (
        keeps_complaint_open(words))
    words = without_open_complaint(words)  # "not sorted yet" is no call that got through
    sale = _affirmed(_SALE, words) or _affirmed(SALE_READ, words)  # "vente assurance vie"
    not_interested = bool(_NOT_INTERESTED.search(words))
    if _EMOJI_NO_ANSWER.search(words) and not _NO_ANSWER.search(words):
        words = _EMOJI_NO_ANSWER.sub(" no answer ", words)
    if _NO_ANSWER.search(words) and _contradicted(words):
        # "no answer - sorry, reached her after all": which one stands is asked, not guessed.
        outcome, explicit = Outcome.no_answer, False
    elif _NO_ANSWER.search(words):
        outcome, explicit = Outcome.no_answer, True
    elif close:
        outcome, explicit = Outcome.reached, True
    elif not_interested and next_step_after_refusal(
            words, _NOT_INTERESTED, lambda rest: _affirmed(_FOLLOW_UP, rest), _DATE):
        # "not interested in the card. BUT wants to talk about the mortgage next tue"
        outcome, explicit, not_interested = Outcome.follow_up, True, False
    elif not_interested:
        outcome, explicit = Outcome.not_interested, True
    elif leaving and not sale and not _affirmed(_FOLLOW_UP, words):
        outcome, explicit = Outcome.not_interested, False  # read, not said: shown first
        not_interested = True
    elif sale:
        outcome, explicit = Outcome.sale, True
    elif follow_up_on or _affirmed(_FOLLOW_UP, words):
        outcome, explicit = Outcome.follow_up, True
    elif _affirmed(_REACHED, words):  # "nie rozmawiałem", "never picked up": no reach
        outcome, explicit = Outcome.reached, True
    else:
        outcome, explicit = _from_entity(entity_outcome)
        if outcome in _denied(words):  # "sold him nothing" tagged as a sale: asked
            outcome, explicit = Outcome.reached, False
    if outcome is Outcome.reached and relative_answered(words):
        outcome = Outcome.no_answer  # "reached X - well, her son picked up, she was out"
    if outcome is Outcome.reached and follow_up_on is not None:
        outcome = Outcome.follow_up
    if outcome is Outcome.follow_up and not date_words and (left := date_left(words, as_of)):
        date_words, follow_up_on, unreadable, elsewhere = left  # "w środę": shown first
    sale_of = sold_what(sale) if outcome is Outcome.sale and sale else None
    # "mid next week", "late july", a date said elsewhere: one day of a span, shown first
    follow_up_on, approximate = within_a_span(words, date_words, follow_up_on, elsewhere)
    return CallReport(outcome, explicit, follow_up_on, date_words, unreadable, close,
                      sale_of, not_interested and not close, approximate,
                      taken_back=bool(revised and revised[0] == "taken back"),
                      sale_read=sale.group("read") if sale and sale.re is SALE_READ else None)


# "sold nothing", "didn't buy", "no sale", "no meeting needed": the word is there, denied.
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not(?! only)|never|nothing|didn'?t|did not|doesn'?t|does not|won'?t|will not|wasn'?t|"
    r"isn'?t|aren'?t|"
    rf"was not|without|no need (?:for|to)|{_alt(_lang.NEGATION_BEFORE)})(?:\s+[\w'’]+){{0,2}}\s*$",
    re.IGNORECASE)
# "sold her nothing", "sold greta klein nothing" (a name between): up to three words, one clause
_DENIED_AFTER = re.compile(r"^\s*(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:nothing|anything|none|"
                           rf"{_alt(_lang.NEGATION_AFTER)})\b"
                           r"(?!\s+(?:else|more|further|new))", re.IGNORECASE)


# "after his appointment downstairs", "had a meeting with her", "since our last call back":
# a meeting that already took place, no next step
_PAST_BEFORE = re.compile(r"\b(?:after|since|during|following|had|from)\s+(?:(?:a|an|the|his|"
                          r"her|their|our|my|your|today'?s|last|earlier|quick|short|\w+'s)\s+)*$",
                          re.IGNORECASE)


def _affirmed(pattern: re.Pattern[str], words: str) -> re.Match[str] | None:
    """The first match of `pattern` that the words around it do not deny (nor, for a
    follow-up, place in the past)."""
    for match in pattern.finditer(words):
        before = re.split(r"[.;,!?]|\bbut\b", words[: match.start()])[-1]
        if _DENIED_BEFORE.search(before) or _DENIED_AFTER.match(words[match.end(1):]):
            continue
        if pattern is _FOLLOW_UP and _PAST_BEFORE.search(before):
            continue
        return match
    return None


def names_a_follow_up(text: str | None) -> bool:
    """The words ask for a meeting or follow-up ("he wants a f/u EOM"), not only a date."""
    return bool(_affirmed(_FOLLOW_UP, spelt_out(" ".join((text or "").split()))))


def _denied(words: str) -> set[Outcome]:
    """The outcomes whose words the message names only to deny them."""
    return {outcome for outcome, pattern in ((Outcome.sale, _SALE), (Outcome.reached, _REACHED),
                                             (Outcome.follow_up, _FOLLOW_UP))
            if pattern.search(words) and not _affirmed(pattern, words)}


# A time stamp opening each attempt of one message ("9:10 no answer, 11:30 reached X")
_STAMPED = re.compile(r"(?:^|(?<=[,;.])|(?<=\s))\s*(?:at\s+)?\d{1,2}[:.][0-5]\d(?![\d.])"
                      r"(?:\s*(?:am|pm|h|uhr))?\s*[-–—:]?\s*", re.IGNORECASE)
_TAKES_BACK = re.compile(r"\b(?:sorry|actually|wait|after all|i mean|err+|correction|oops|"
                         r"scratch that|no no)\b", re.IGNORECASE)


def _contradicted(words: str) -> bool:
    """A no-answer the same message takes back ("no answer - sorry, reached her after all"):
    after it, a word of taking back and, outside any no-answer words, a call that got through."""
    first = _NO_ANSWER.search(words)
    later = words[first.end():] if first else ""
    if _TAKES_BACK.search(later) is None:
        return False
    rest = _NO_ANSWER.sub(" ", later)
    return any(p.search(rest) for p in (_REACHED, _SALE, _NOT_INTERESTED))


def _taken_back(words: str, as_of: dt.date) -> str | None:
    """The words after an outcome or date the message takes back ("NI... actually no, she
    wants the brochure, cb next monday"), when they state another; None otherwise."""
    def stated(part: str) -> tuple[Outcome, dt.date | None] | None:
        report = read_call(part, as_of)
        return (report.outcome, report.follow_up_on) if (
            report.explicit or report.date_words) else None

    for before, after in taken_back_after(words):
        first, last = stated(before), stated(after)
        if first is not None and last is not None and last != first:
            return after
    return None


def _from_entity(value: str | None) -> tuple[Outcome, bool]:
    code = (value or "").strip().lower().replace(" ", "_")
    if code in ("reached", "no_answer", "follow_up", "sale", "not_interested"):
        return Outcome(code), True
    return Outcome.reached, False  # nothing said: shown and asked before storing


# Where a sentence ends in a chatty message ("Team lunch is moved to Thursday. Quick update -
# rang X, he wants to meet Nov 20."): a stop (not a date's, "23.11.") before a space, a dash
# between spaces, a semicolon or a line break.
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\d\.)\s+(?=\S)|\s[-–—]\s|;\s*|\n+")
_CALL_WORDS = (_NO_ANSWER, _FOLLOW_UP, _REACHED, _SALE, _NOT_INTERESTED, _COMPLAINT_RESOLVED)


def _call_date_phrase(words: str) -> tuple[str | None, bool]:
    """(the date of the call's own sentence, whether it came from another sentence): in a
    message of several sentences the date is read where the call is told, never from a
    sentence about something else; a date only found elsewhere is marked so it is shown first."""
    if booked := meeting_date_phrase(words, _DATE):  # "… nxt month - appt dec 3": the 3rd
        return booked, False
    sentences = [part for part in _SENTENCE.split(words) if part.strip()]
    if len(sentences) < 2:
        return _date_phrase(words), False
    told = [part for part in sentences if any(p.search(part) for p in _CALL_WORDS)]
    for part in told:
        if phrase := _date_phrase(part):
            return phrase, False
    phrase = _date_phrase(words)
    return phrase, phrase is not None and bool(told)


def _date_phrase(text: str) -> str | None:
    match = _DATE.search(text)
    return match.group(0) if match else None
