"""The nightly lists with a forked worker store exactly what one process stores."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowledge.call_list.forked import committed_view
from knowledge.models.bank import Channel, Customer, Interaction, InteractionKind, Outcome
from knowledge.settings import PROJECT_ROOT
from tests.knowledge.call_list.factory import AS_OF

demo_bank = pytest.importorskip("knowledge.demo_bank")

# Run in a fresh interpreter: the test process may have threads (then no fork is made).
_REFRESH = """
import datetime as dt, hashlib, json, sys
from sqlalchemy import text
from sqlalchemy.orm import Session
import knowledge.call_list.forked as forked
import knowledge.call_list.refresh as nightly
from knowledge.db import make_engine

forked.FORK_FROM = int(sys.argv[3])
asked = []
real_view = nightly.committed_view
nightly.committed_view = lambda session: (asked.append(real_view(session)), asked[-1])[1]
with Session(make_engine(sys.argv[1])) as session:
    nightly.refresh_bank(session=session, as_of=dt.date.fromisoformat(sys.argv[2]))
    rows = session.execute(text(
        "SELECT staff_id, stamp, items, reasons FROM call_list_snapshots ORDER BY staff_id"
    )).all()
    session.rollback()
print(json.dumps({"url": asked[-1], "lists": len(rows),
                  "digest": hashlib.sha256(repr([tuple(map(str, r)) for r in rows]).encode())
                  .hexdigest()}))
"""


def _refresh(engine: Engine, fork_from: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _REFRESH,
         engine.url.render_as_string(hide_password=False), AS_OF.isoformat(), str(fork_from)],
        capture_output=True, text=True, cwd=PROJECT_ROOT, check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_forked_worker_stores_the_same_lists(engine: Engine) -> None:
    with Session(engine) as session:
        demo_bank.generate_demo_bank(session=session, customers=250, seed=11, as_of=AS_OF)
        session.commit()
    alone = _refresh(engine, fork_from=10**9)
    forked = _refresh(engine, fork_from=0)
    assert forked["url"] is not None  # nothing uncommitted: the worker was allowed to run
    assert int(str(forked["lists"])) > 3
    assert forked["digest"] == alone["digest"]


def test_uncommitted_changes_keep_the_signals_in_one_process(engine: Engine) -> None:
    """A refresh run after a write that is not committed yet must see that write: a second
    connection would not, so no worker is forked."""
    with Session(engine) as session:
        demo_bank.generate_demo_bank(session=session, customers=20, seed=2, as_of=AS_OF)
        session.commit()
    with Session(engine) as session:
        assert committed_view(session) is not None
        customer_id = session.scalar(select(Customer.id).limit(1))
        assert customer_id is not None
        session.add(Interaction(id="I-new", customer_id=customer_id, advisor_id=None,
                                occurred_on=AS_OF, channel=Channel.phone,
                                kind=InteractionKind.call, outcome=Outcome.reached))
        session.flush()
        assert committed_view(session) is None
        session.rollback()

