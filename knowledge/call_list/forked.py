"""The nightly lists' signals in two processes (2 cores): a forked worker runs some of them
on its own connection while this process runs the others.

Each signal reads the bank on its own and gives its reasons by customer; the worker's come
back through a pipe and are merged in the order of `ranking.SIGNALS`, so every customer's
reasons are exactly those of `collect_reasons`. The worker sees only committed rows: it is
used only when the refresh began with nothing uncommitted (`committed_view`), and the
signals that read the refresh's own, uncommitted snapshot (unusual flows, life events) stay
in this process. On the 20k-customer bench bank the worker's signals (the next best offer,
rate events, loans in arrears) took about half of the signals' 0.5 s.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from knowledge.call_list import events, offers, signals_credit
from knowledge.call_list.book import Book
from knowledge.call_list.ranking import SIGNALS
from knowledge.call_list.reasons import Reason
from knowledge.db import make_engine

WORKER_SIGNALS = (offers.next_best_offer, events.rate_event, signals_credit.loan_arrears)
FORK_FROM = 5_000  # customers; below that a fork costs more than it saves

Found = dict[str, list[Reason]]


def committed_view(session: Session) -> str | None:
    """The database URL when a second connection would see exactly what this session sees
    (nothing uncommitted yet): ask it before the refresh writes anything."""
    bind = session.get_bind()
    url = bind.engine.url
    if bind.dialect.name == "sqlite":
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            return None
        raw = session.connection().connection.dbapi_connection
        if getattr(raw, "in_transaction", True):
            return None
    elif bind.dialect.name == "postgresql":
        clean = session.execute(text("SELECT pg_current_xact_id_if_assigned() IS NULL"))
        if not clean.scalar():
            return None
    else:
        return None
    return url.render_as_string(hide_password=False)


def _forkable() -> bool:
    """A fork copies only the calling thread: refused while others run."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def _worker(url: str, book: Book, send: Any) -> None:
    """The forked worker: its own engine and connection (never the parent's), its signals'
    reasons back through the pipe."""
    try:
        engine = make_engine(url)
        try:
            with Session(engine) as session:
                found = {s.__name__: s(session=session, book=book) for s in WORKER_SIGNALS}
                session.rollback()
        finally:
            engine.dispose()
        send.send(found)
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        send.send(traceback.format_exc())
    finally:
        send.close()


def collect_reasons_forked(*, session: Session, book: Book, url: str | None) -> Found:
    """`ranking.collect_reasons` of the whole bank, the worker's signals in a forked process
    when `url` (committed_view's, taken before the refresh wrote) allows it."""
    if url is None or len(book.customers) < FORK_FROM or not _forkable():
        by_signal = {s.__name__: s(session=session, book=book) for s in SIGNALS}
    else:
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_worker, args=(url, book, send), daemon=True)
        child.start()
        send.close()
        try:
            by_signal = {
                s.__name__: s(session=session, book=book)
                for s in SIGNALS
                if s not in WORKER_SIGNALS
            }
            answer = receive.recv()
        finally:
            receive.close()
            child.join()
        if isinstance(answer, str):
            raise RuntimeError(f"the lists' second worker failed; run it again:\n{answer}")
        by_signal.update(answer)
    reasons: Found = {}
    for signal in SIGNALS:  # the order of collect_reasons: ties in urgency keep it
        for cid, found in by_signal[signal.__name__].items():
            reasons.setdefault(cid, []).extend(found)
    return reasons
