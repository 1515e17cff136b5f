"""Who says a statement logged as a customer's feedback: feedback is what the customer said,
never the advisor's own view, a colleague's view, hearsay or talk about customers in general.

- The customer speaks when the words say so ("she said …", "customer says …", "per her: …",
  "according to the client", "Maria complained …", "sie sagt …", "ha detto …") or when
  nobody else is said to speak (a statement written as it was said: "the app logs me out").
- A colleague speaks ("my colleague thinks the fees are too high", "per the branch manager
  …", "the branch staff reckon …") unless the colleague only passes on what the customer
  said ("my colleague told me Rita complained about the queue": hers). Said so in a message
  that does not ask for feedback at all ("kollegan säger att X tycker …", "vielleicht findet
  X …"), it is asked about (`second_hand`), never shown for a yes.
- Hearsay and talk in general ("apparently …", "i heard …", "lots of customers hate …").
- The advisor's own view ("in my view she'd be better off with the fund", "imo he should
  switch"): an opinion about the customer in the third person is the advisor's. A first-person
  opinion with no one else in it ("i think the app is clunky", "honestly the queue is too
  long") may be the advisor's or the customer's own words: unclear, so asked.

Only the framing counts, as written in the advisors' languages; nothing is stored for a view
that is not the customer's, and the answer says how to log what the customer said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer

Speaker = Literal["customer", "advisor", "colleague", "hearsay", "unclear"]

_I = re.IGNORECASE
# The customer as the one who speaks: a pronoun, "the customer", or a name (capitalised or
# given by the caller), then a verb of saying or feeling.
_SUBJECT = (r"(?:she|he|they|the (?:customer|client|kunde|kundin)|customer|client|cust|"
            r"sie|er|lei|lui|elle|il|ella|él|ona|on|hon|han|zij|hij)")
_SAYS = (r"(?:(?:also |really |just |then |even |has |had |have |did |kept |keeps )?"
         r"(?:said|says|say|told|tells|mentioned|mentions|complained|complains|complaining|"
         r"asked|asks|wants|wanted|would like|'d like|finds|found|thinks|thought|feels|felt|"
         r"hates|hated|loves|loved|likes|liked|dislikes|reckons|claims|claimed|wrote|writes|"
         r"moaned|moans|grumbled|grumbles|whined|griped|ranted|vented|raved|praised|"
         r"emailed|noted|notes|pointed out|raised|reported|reports|suggested|suggests|"
         r"(?:is|was) (?:unhappy|annoyed|upset|frustrated|angry|happy|pleased)|sagt|sagte|"
         r"meint|meinte|findet|beschwert|hat gesagt|ha detto|dice|dit|a dit|trouve|dijo|cree|"
         r"powiedział\w*|mówi|zegt|zei|säger|sa|tycker))\b")
# What happened to the customer, told by whoever ("she can't log in", "he got charged twice").
_STATE = re.compile(
    rf"\b{_SUBJECT}\s+(?:can'?t|cannot|couldn'?t|isn'?t|wasn'?t|doesn'?t|didn'?t|won'?t|got|"
    r"gets|had|has|keeps|was|is|kann|konnte|hat|non|ne|nie|kan)\b", re.IGNORECASE)
_CUSTOMER_SAYS = re.compile(
    rf"\b{_SUBJECT}\s+{_SAYS}|\b(?:per|according to|in|laut|secondo|selon|según|według|"
    r"volgens|enligt)\s+(?:her|him|them|the (?:customer|client)|ihr|ihm|lei|lui|elle|lui|"
    r"ella|él|niej|niego|haar|hem|henne|honom)(?:\s+own)?(?:\s+words)?\b|"
    r"\b(?:her|his|their|the customer'?s|the client'?s) (?:own )?words\b|"
    r"\b(?:customer|client) (?:feedback|says|said|statement|comment)\b|[“\"„«].{6,}[”\"“»]", _I)
# Someone else who works here, and what they say or think.
_STAFF = (r"(?:my|a|our|the|one of (?:my|our|the)) (?:colleague|coworker|co-worker|manager|"
          r"boss|team ?lead|branch manager|teller|cashier|back ?office|branch staff|staff|team|"
          r"supervisor|counter staff|people at the (?:branch|counter)|guys? (?:at|in) the "
          r"branch)s?|(?:mein\w* )?kolleg\w*|(?:il mio |la mia )?collega|(?:mon |ma )?collègue|"
          r"(?:mi )?compañer[oa]|(?:mój |moja )?(?:kolega|koleżanka)|(?:mijn )?collega|"
          r"(?:min )?kollega")
_STAFF_VIEW = re.compile(
    rf"\b{_STAFF}\b(?:\s+\w+){{0,4}}?\s+(?:says|say|said|thinks|think|thought|feels|feel|"
    r"reckons|reckon|believes|believe|"
    r"told me|mentioned|finds|is sure|meint|sagt|findet|dice|pensa|pense|dit|cree|dice|"
    r"uważa|mówi|vindt|zegt|tycker|säger)\b|"
    rf"\b(?:per|according to|laut|secondo|selon|según|według|volgens|enligt)\s+{_STAFF}\b",
    _I)
# The advisor's own circle, no customer of the bank's: "my neighbour says …", "mon voisin dit".
_OWN_CIRCLE = (r"(?:my|mein\w*|mon|ma|il mio|la mia|mi|m[oó]j|moja|mijn|min) (?:neighbou?r|friend|"
               r"wife|husband|partner|mum|mom|mother|dad|father|brother|sister|cousin|son|"
               r"daughter|flatmate|roommate|nachbar\w*|freund\w*|frau|mann|voisin\w*|ami\w*|"
               r"vicin[oa]|amic[oa]|vecin[oa]|sąsiad\w*|przyjaciel\w*|buurman|buurvrouw|"
               r"vriend\w*|granne|vän)s? (?:\w+ )?(?:says|said|thinks|reckons|told me|complains|"
               r"sagt|meint|dit|dice|mówi|zegt|säger)")
_HEARSAY = re.compile(
    rf"\b(?:{_OWN_CIRCLE}|"
    r"apparently|allegedly|supposedly|i(?:'ve)? heard|heard (?:that|from)|rumou?rs?|"
    r"word is|gossip|people (?:say|are saying|keep saying|think)|every(?:one|body) (?:says|"
    r"hates|thinks|complains)|(?:lots of|a lot of|many|most|some|all) (?:customers|clients|"
    r"people)|customers in general|angeblich|anscheinend|pare che|sembra che|il paraît|"
    r"al parecer|podobno|naar verluidt|tydligen)\b", _I)
# Customers at large as the subject ("customers hate the new fees", "clients keep moaning
# about …", "people are fed up with …"): a summary of many, no one customer's statement.
_AT_LARGE = re.compile(
    r"(?:^|[,;:.!–—-]\s*|\b(?:that|and|but|say|says|said|think|thinks|reckon|reckons)\s+)"
    r"(?:(?:the|our|all|most|many|lots of|a lot of|so many|all the)\s+)?"
    r"(?:customers|clients|users|folks|people|every(?:one|body)|kunden|clienti|klienci|"
    r"klanten|kunder|clientes)\s+(?:(?:really|all|just|still|always|keep|kept|seem to|are|"
    r"were|generally|mostly|increasingly)\s+)*"
    r"(?:hate|hated|hating|love|loved|like|liked|dislike|complain|complained|complaining|"
    r"moan|moaning|say|said|saying|want|wanted|think|thought|find|found|feel|felt|ask|asked|"
    r"asking|grumbl\w*|whin\w*|"
    r"can'?t stand|annoyed|unhappy|upset|angry|fed up|frustrated|confused|happy|pleased)\b",
    _I)
_ADVISOR = re.compile(
    r"\b(?:i (?:personally )?(?:think|feel|find|believe|reckon|guess|suspect|would say|'d say)|"
    r"imo|imho|in my (?:opinion|view)|personally|honestly|tbh|"
    r"(?:i )?(?:totally |fully |completely )?agree(?=\s+w(?:ith|/)?\b)|i (?:totally |fully )?agree|"
    r"perso|persönlich|personalmente|osobiście|persoonlijk|personligen|"
    r"my (?:opinion|view|take|two cents|"
    r"2 ?cents)|if you ask me|ich (?:finde|glaube|denke|meine)|meiner meinung nach|secondo me|"
    r"penso|credo|à mon avis|je (?:pense|trouve|crois)|creo que|en mi opinión|moim zdaniem|"
    r"uważam|volgens mij|ik vind|jag tycker|enligt mig)\b", _I)
# A guess about what the customer would feel or say ("hans would hate the new statements",
# "maria will probably complain", "she might be unhappy with it", "he's gonna hate it"): the
# advisor's expectation, not their words ("she'd like …", "he couldn't log in" are theirs).
_MODAL_GUESS = (r"(?:(?:will|['’]ll)\s+(?:probably|likely|surely|definitely|certainly)|"
                r"(?:might|may|would|['’]d|could)(?!\s*(?:n['’]?t|not|like|love|prefer|rather|"
                r"appreciate|welcome|want|wish|need|be (?:happy|glad|grateful|interested|"
                r"keen))\b)|"
                r"(?:is|['’]s|are|['’]re)\s+(?:probably\s+)?(?:going to|gonna|likely to|bound to|"
                r"sure to)|(?:probably|likely|surely)\s+(?:will|wants?|hates?|feels?))")
_GUESS_OPENING = re.compile(
    r"\b(?:i (?:bet|expect|imagine|assume|suppose|doubt|wonder)|wonder(?:ing)? (?:if|whether)|"
    r"chances are|odds are|i['’]?d (?:guess|bet))\b", _I)
# "vielleicht findet X …", "może X będzie narzekał …, zobaczymy": a maybe, not their words
_MAYBE = re.compile(
    r"^\W*(?:maybe|perhaps|possibly|vielleicht|eventuell|peut[- ]être|forse|magari|quizás?|"
    r"tal vez|a lo mejor|może|misschien|wellicht|kanske)\b|"
    r"\b(?:we['’]?ll see|on verra|vedremo|mal sehen|wir werden sehen|zobaczymy|we zullen zien|"
    r"dat zien we|vi får se|får se|ya veremos|veremos)\W*$", _I)
# The customer's view passed on by a colleague or heard ("heard from my colleague that X finds
# …", "kollegan säger att X tycker …", "my coworker said X complained"): second-hand, so asked
# about and never stored unless the advisor asks for it to be logged ("… put it as feedback").
_SECOND_HAND = re.compile(
    rf"\b(?:i(?:'ve)? heard|heard (?:that|from)|{_STAFF}\s+(?:\w+\s+){{0,3}}?(?:says|said|"
    r"told me|tells me|mentioned|säger|sa|sagt|sagte|meinte|hat gesagt|erzählte|dit|a dit|"
    r"m'a dit|dice|ha detto|mi ha detto|mówi|mówił\w*|powiedział\w*|zegt|zei|vertelde|dijo|"
    r"me dijo))\b", _I)
_LOG_IT = re.compile(
    r"\b(?:log|logged|record|put (?:it|that|this) (?:as|down|in)|note (?:it|that|this|down)|"
    r"save|(?:as|als|comme|come|como|jako|som) (?:a )?feedback|notier\w*|speicher\w*|"
    r"enregistr\w*|registr\w*|anot\w*|zapisz\w*|noteer\w*|spara)\b", _I)
# The customer's own first person, to the bank ("your fees", "I will close my account").
_CUSTOMER_VOICE = re.compile(r"\b(?:your|you|yours|me|my|mine|i will|i'll|i'm going to|"
                             r"ihr\w*|euer|eure|votre|vos|vostr\w|su banco|wasz\w*|jullie|"
                             r"er bank)\b", _I)
# The bank's own first person, as its staff speak of it ("our fees", "we send too many").
_BANK_VOICE = re.compile(r"\b(?:our|we|us|unser\w*|nostr\w|notre|nos|nuestr\w|nasz\w*|"
                         r"onze|ons|vår|våra|vårt)\b", _I)
# The customer referred to in the third person after the opinion: the view is about them.
_ABOUT_THEM = re.compile(r"\b(?:she|he|her|him|his|hers|they|them|their|sie|er|ihr|ihm|lei|"
                         r"lui|elle|ella|él|ona|on|hon|han|zij|hij)\b", _I)


@dataclass(frozen=True)
class Said:
    speaker: Speaker
    words: str  # the words that say who speaks, as typed ("" for the customer by default)


def who_says(text: str | None, name_words: tuple[str, ...] = ()) -> Said:
    """Who speaks in a statement logged as feedback; `name_words`: the parts of the customer's
    name (lower case), so "maria says …" counts as the customer speaking."""
    words = " ".join((text or "").replace("’", "'").split())
    if (opening := _GUESS_OPENING.search(words)) is not None:
        return Said("unclear", opening.group(0))  # "i bet she hates it": a guess about them
    if _CUSTOMER_SAYS.search(words) or _named_says(words, name_words):
        return Said("customer", "")
    happened = _STATE.search(words) is not None  # "apparently she can't log in": hers
    if (found := _STAFF_VIEW.search(words)) and not happened:
        return Said("colleague", found.group(0))
    if (found := _HEARSAY.search(words) or _AT_LARGE.search(words)) and not happened:
        return Said("hearsay", found.group(0).strip(" ,;:.!–—-"))
    if found := _ADVISOR.search(words):
        after = words[found.end():]
        if _ABOUT_THEM.search(after) or any(
                re.search(rf"\b{re.escape(n)}\b", after, _I) for n in name_words):
            return Said("advisor", found.group(0))  # "imo he should switch": a view of them
        if _CUSTOMER_VOICE.search(after):
            return Said("customer", "")  # "i think your fees are too high": their own words
        return Said("advisor" if _BANK_VOICE.search(after) else "unclear", found.group(0))
    if (guess := _guess(words, name_words)) is not None:
        return Said("unclear", guess)  # "hans would hate the new statements": a guess
    return Said("customer", "")


def second_hand(text: str) -> Said | None:
    """A message no one asked to log as feedback that passes on a customer's view second-hand
    or as a maybe ("kollegan säger att X tycker …", "vielleicht findet X …, frag ich ihn
    mal"): not their statement to store on a yes, so asked about."""
    words = " ".join(text.replace("’", "'").split())
    if _LOG_IT.search(words):
        return None
    if (found := _SECOND_HAND.search(words)) is not None:
        return Said("hearsay" if "heard" in found.group(0).lower() else "colleague",
                    found.group(0))
    found = _MAYBE.search(words)
    return None if found is None else Said("unclear", found.group(0).strip(" ,;:.!?"))


def _guess(words: str, name_words: tuple[str, ...]) -> str | None:
    """The advisor's guess about the customer ("i bet she hates it", "hans would hate the
    new statements"), as typed; None when the words state what they said or felt."""
    names = "|".join(re.escape(n) for n in name_words if len(n) >= 2)
    subject = rf"(?:she|he|they|the (?:customer|client)|{names})" if names else (
        r"(?:she|he|they|the (?:customer|client))")
    found = re.search(rf"\b{subject}\s*{_MODAL_GUESS}\b", words, _I)
    return found.group(0) if found else None


def _named_says(words: str, name_words: tuple[str, ...]) -> bool:
    """ "maria says …", "per pedro: …", "keller complained …": the customer by name speaks."""
    for part in name_words:
        if len(part) < 2:
            continue
        if re.search(rf"\b{re.escape(part)}(?:'s)?\s+{_SAYS}|\b(?:from|per|according to|laut|"
                     rf"secondo|selon|según|według|volgens|enligt)\s+(?:\w+\s+)?"
                     rf"{re.escape(part)}\b", words, _I):
            return True
    return False


_REASONS = {"colleague": "a colleague's view", "hearsay": "hearsay or talk in general"}


def not_theirs_answer(said: Said, name: str | None) -> str:
    """What the advisor is told when the statement is not (or may not be) the customer's."""
    if name is None and said.speaker in ("colleague", "hearsay"):
        return (f"That reads as {_REASONS[said.speaker]} (“{said.words}”), not a customer's "
                "own words, so nothing was saved. If a customer said it, who was it? "
                "(e.g. “<name> said …”)")
    who = name or "the customer"
    reason = {"advisor": f"your own view (“{said.words}”)",
              "colleague": f"a colleague's view (“{said.words}”)",
              "hearsay": f"hearsay or talk in general (“{said.words}”)"}.get(said.speaker)
    how = f'If {who} said it, tell me in their words, e.g. "{who} says …".'
    if reason is None:
        return (f"Are these {who}'s own words, or your view (“{said.words}”)? Nothing is saved "
                f"yet. {how}")
    return f"That reads as {reason}, not something {who} said, so nothing was saved. {how}"


def not_the_customers(session: Session, write: dict[str, Any], message: str | None = None
                      ) -> ChatAnswer | None:
    """A feedback write whose statement is the advisor's view, a colleague's, hearsay, or
    may be the advisor's: nothing stored, the advisor told how to log the customer's words.
    With the `message` that asked for no feedback at all, also a view passed on second-hand
    or a maybe (`second_hand`)."""
    from knowledge.customers.names import name_parts
    from knowledge.writes.pending import customer_name

    cid = write.get("customer_id")
    if not cid:
        # No customer named: a colleague's view or hearsay ("heard from a colleague that
        # customers hate the new fees") is nobody's statement; the advisor's own remark,
        # unclear without a customer, is answered by writes.held_back.
        said = who_says(write.get("text"))
        if said.speaker not in ("colleague", "hearsay"):
            return None
        return ChatAnswer(not_theirs_answer(said, None), slots={"pending_write": None})
    name = customer_name(session, cid)
    said = who_says(write.get("text"), name_parts(name))
    if said.speaker == "customer" and message is not None:
        said = second_hand(message) or said
    if said.speaker == "customer":
        return None
    return ChatAnswer(not_theirs_answer(said, name), slots={"pending_write": None})
