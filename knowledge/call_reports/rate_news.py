"""Rate news sent anywhere the NLU likes ("Bitte erfassen: die EZB hat den Zins um 0,25
Prozentpunkte gesenkt", "graag vastleggen: de ECB heeft de rente met 25 basispunten
verlaagd"): the market event it states, head office's and shown for a yes
(knowledge.call_reports.chat_records), unless a customer is named in it: "called X about the
ECB cut" is a call about the news. Used by knowledge.writes.unplaced and the call report."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.chat_records import parse_rate_delta, record_event_answer
from knowledge.call_reports.rate_words import names_a_central_bank
from knowledge.customers.in_text import named_in_full
from knowledge.customers.typed_ids import typed_ids
from knowledge.models.bank import Staff

_ABOUT_SOMEONE = re.compile(r"\b(?:she|he|her|him|they|them|customer|client|kunde|kundin|"
                            r"cliente|klant|klient\w*|kund)\b", re.IGNORECASE)


def rate_news_answer(*, session: Session, staff: Staff, as_of: dt.date, text: str | None
                     ) -> ChatAnswer | None:
    """Rate news with a central bank named and a size ("Bitte erfassen: die EZB hat … um 0,25
    Prozentpunkte gesenkt"): the market event, head office's, shown for a yes (refused to
    others); None when the message names no such news, or names a customer ("called X about
    the ECB cut, she wants to refix" is a call about the news)."""
    words = " ".join((text or "").split())
    if not (names_a_central_bank(words) and parse_rate_delta(None, None, words) is not None):
        return None
    if (_ABOUT_SOMEONE.search(words) or typed_ids(words)
            or named_in_full(session, staff, words)):
        return None
    return record_event_answer(session=session, staff=staff, as_of=as_of, delta=None,
                               direction=None, text=words)
