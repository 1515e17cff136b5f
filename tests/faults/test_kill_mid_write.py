"""kill -9 in the middle of a CSV import or a theme update: nothing half-written, nothing lost,
and running the same command again finishes the job.

Each test starts the real `advisor` command as a subprocess on an input big enough to take
several seconds, waits until it is visibly writing, SIGKILLs it, checks the database, and
runs it again.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer, Feedback, Holding, Staff, Transaction
from knowledge.models.themes import FeedbackEmbedding, Theme, ThemeMember
from knowledge.settings import PROJECT_ROOT

ADVISOR = PROJECT_ROOT / ".venv" / "bin" / "advisor"


def _env(database_url: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"DATABASE_URL": database_url, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                "PYTHONUNBUFFERED": "1", **extra})
    return env


def _writing(database_url: str, engine: Engine, table: str) -> Callable[[], bool]:
    """True once the command has written a good part of its transaction (not yet committed)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        wal = Path(f"{url.database}-wal")
        return lambda: wal.exists() and wal.stat().st_size > 4_000_000

    def active_insert() -> bool:
        with engine.connect() as connection:
            return bool(connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                "AND query ILIKE :pattern"), {"pattern": f"insert into {table}%"}))
    return active_insert


def _run_and_kill(command: list[str], env: dict[str, str], ready: Callable[[str], bool],
                  timeout: float = 240) -> str:
    """Start `command`, SIGKILL it once `ready(stderr so far)` holds; returns the stderr seen."""
    process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    chunks: list[bytes] = []

    def drain() -> None:
        assert process.stderr is not None
        while chunk := process.stderr.read1(4096):
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    try:
        while not ready(seen := b"".join(chunks).decode(errors="replace")):
            assert process.poll() is None, (
                f"the command finished before it could be killed; make the input bigger:\n{seen}")
            assert time.monotonic() < deadline, f"the command never got going:\n{seen}"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        reader.join(timeout=5)
    assert process.returncode == -signal.SIGKILL
    return seen


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]


def _count(session: Session, column: object) -> int:
    return session.scalar(select(func.count(column))) or 0  # type: ignore[arg-type]


# ------------------------------------------------------------------- advisor feedback import
FEEDBACK_ROWS = 150_000
WORDS = ("app login slow branch queue fee card blocked transfer late advisor friendly rate "
         "mortgage statement paper online banking password reset hotline waiting").split()


def _feedback_csv(path: Path, rows: int, start: int = 0) -> None:
    rng = random.Random(5)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["feedback_id", "customer_id", "received_on", "channel", "text",
                         "compensation"])
        for n in range(start, start + rows):
            words = " ".join(rng.choice(WORDS) for _ in range(12))
            writer.writerow([f"FBK{n:07d}", "", "2026-11-01", "phone", f"the {words}", ""])


def _rows_read(stderr: str) -> int:
    counts = re.findall(r"read ([\d,]+) rows", stderr)
    return int(counts[-1].replace(",", "")) if counts else 0


def test_feedback_import_killed_midway_keeps_nothing_and_a_rerun_completes(
    database_url: str, engine: Engine, session: Session, tmp_path: Path
) -> None:
    earlier = tmp_path / "earlier.csv"
    _feedback_csv(earlier, 50, start=9_000_000)
    env = _env(database_url)
    _run([str(ADVISOR), "feedback", "import", str(earlier)], env)

    big = tmp_path / "feedback.csv"
    _feedback_csv(big, FEEDBACK_ROWS)
    command = [str(ADVISOR), "feedback", "import", str(big)]
    _run_and_kill(command, env, lambda seen: _rows_read(seen) >= 20_000)

    session.expire_all()
    assert _count(session, Feedback.id) == 50, "a killed import left rows behind"

    _run(command, env)
    session.expire_all()
    assert _count(session, Feedback.id) == FEEDBACK_ROWS + 50
    assert session.scalar(select(func.count(func.distinct(Feedback.id)))) == FEEDBACK_ROWS + 50
    assert _count(session, Feedback.id) == session.scalar(
        select(func.count()).select_from(Feedback).where(Feedback.status == "pending"))


# ------------------------------------------------------------------- advisor import DIR
CUSTOMERS = 20_000
TRANSACTIONS_PER_HOLDING = 12


def _bank_folder(folder: Path) -> int:
    folder.mkdir()
    rng = random.Random(9)

    def write(name: str, header: list[str], rows: object) -> int:
        count = 0
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:  # type: ignore[attr-defined]
                writer.writerow(row)
                count += 1
        return count

    write("advisors.csv", ["advisor_id", "name", "branch", "role", "email", "slack_user_id",
                           "teams_user_id", "branch_name"],
          [[f"K{n:03d}", f"Advisor {n}", "KB1", "advisor", "", "", "", "Kill Branch"]
           for n in range(5)])
    write("products.csv", ["product_id", "name", "category", "margin_class", "rate_type"],
          [["KP1", "Savings", "savings", "low", "variable"]])
    write("customers.csv", ["customer_id", "name", "birth_date", "advisor_id", "customer_since",
                            "occupation", "risk_profile", "household_id"],
          ([f"KC{n:06d}", f"Kill Customer {n}", "1970-01-01", f"K{n % 5:03d}", "2010-01-01",
            "", "3", ""] for n in range(CUSTOMERS)))
    write("holdings.csv", ["holding_id", "customer_id", "product_id", "opened_on", "closed_on",
                           "balance", "currency", "maturity_on", "interest_rate"],
          ([f"KH{n:06d}", f"KC{n:06d}", "KP1", "2015-01-01", "", "1000.00", "EUR", "", ""]
           for n in range(CUSTOMERS)))
    day = dt.date(2025, 1, 1)
    return write("transactions.csv", ["transaction_id", "holding_id", "booked_on", "amount",
                                      "currency", "kind", "description"],
                 ([f"KT{h:06d}-{k:02d}", f"KH{h:06d}", (day + dt.timedelta(days=k * 20))
                   .isoformat(), f"{rng.randint(1, 900)}.00", "EUR", "deposit", ""]
                  for h in range(CUSTOMERS) for k in range(TRANSACTIONS_PER_HOLDING)))


def test_folder_import_killed_midway_keeps_nothing_and_a_rerun_completes(
    database_url: str, engine: Engine, session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "bank"
    transactions = _bank_folder(folder)
    env = _env(database_url)
    command = [str(ADVISOR), "import", str(folder)]
    writing = _writing(database_url, engine, "transactions")
    _run_and_kill(command, env, lambda _seen: writing())

    session.expire_all()
    for column in (Staff.id, Customer.id, Holding.id, Transaction.id):
        assert _count(session, column) == 0, f"a killed import left {column} rows behind"

    _run(command, env)
    session.expire_all()
    assert _count(session, Customer.id) == CUSTOMERS
    assert _count(session, Holding.id) == CUSTOMERS
    assert _count(session, Transaction.id) == transactions
    assert session.scalar(select(func.count(func.distinct(Transaction.id)))) == transactions


# ------------------------------------------------------------------- advisor themes update
PENDING = 4_200  # more than one embedding chunk (2,048), so the kill lands mid-way
TOPICS = ("the mobile app logs me out during transfers",
          "waiting time on the phone hotline is far too long",
          "the branch closed and now I have to travel to the city",
          "card was blocked abroad without warning",
          "mortgage rate offer came much too late")


def test_theme_update_killed_midway_leaves_everything_pending_and_a_rerun_themes_all(
    database_url: str, engine: Engine, session: Session, tmp_path: Path
) -> None:
    rng = random.Random(3)
    for n in range(PENDING):
        topic = TOPICS[n % len(TOPICS)]
        session.add(Feedback(id=f"KF{n:05d}", customer_id=None, received_on=dt.date(2026, 11, 1),
                             channel="phone", status="pending",
                             text=f"{topic} ({rng.choice(WORDS)} {rng.choice(WORDS)} #{n})"))
    session.commit()
    env = _env(database_url)
    command = [str(ADVISOR), "themes", "update"]

    def embedding_midway(seen: str) -> bool:
        # Progress lines look like "\rembed: 2,048/4,200": kill after the first chunk.
        return "embed: 2,048/" in seen or "embed: 4,096/" in seen

    _run_and_kill(command, env, embedding_midway)

    # Vectors may survive a kill (`themes update` commits them in large chunks, by design);
    # no statement may be half-themed: all still pending, no membership, no theme.
    session.expire_all()
    assert _count(session, FeedbackEmbedding.feedback_id) <= PENDING
    assert _count(session, ThemeMember.feedback_id) == 0
    assert _count(session, Theme.id) == 0
    assert session.scalar(select(func.count()).select_from(Feedback)
                          .where(Feedback.status == "pending")) == PENDING

    _run(command, env)
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Feedback)
                          .where(Feedback.status == "themed")) == PENDING
    assert _count(session, FeedbackEmbedding.feedback_id) == PENDING
    assert _count(session, ThemeMember.feedback_id) == PENDING
    assert session.scalar(select(func.count(func.distinct(ThemeMember.feedback_id)))) == PENDING
