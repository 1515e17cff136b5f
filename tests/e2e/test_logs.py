"""No customer data in any log the stack writes: after conversations that show a call list, a
profile (chat and API), a refused attempt and a logged feedback, no log file contains any
customer's name or id, or the feedback text."""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus

import httpx
import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models import Customer
from tests.e2e.conftest import Bot
from tests.e2e.test_access import _api_headers

pytestmark = pytest.mark.e2e

ADVISOR = "A006"
FEEDBACK = "the branch queue in Ostermundigen took ninety-seven minutes"


def test_no_customer_names_ids_or_feedback_in_any_log(bot: Bot) -> None:
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        customers = list(session.scalars(select(Customer)))
    engine.dispose()
    own = [c for c in customers if c.advisor_id == ADVISOR]
    other = next(c for c in customers if c.advisor_id not in (ADVISOR, None))
    assert own, "the demo advisor has no customers"

    bot.say(ADVISOR, "who should I call today?")
    bot.say(ADVISOR, "show me more")
    bot.say(ADVISOR, f"tell me about {own[0].name}")
    bot.say(ADVISOR, "what does she hold?")
    bot.say(ADVISOR, f"why is {own[1].name} on my list?")
    bot.say(ADVISOR, f"tell me about {other.name}")
    bot.say(ADVISOR, f"tell me about {other.id}")
    bot.say(ADVISOR, f"log feedback for {own[0].name}: {FEEDBACK}")
    headers = _api_headers(bot, ADVISOR)
    httpx.get(f"{bot.api}/customers/{own[0].id}/profile", headers=headers, timeout=30)
    httpx.get(f"{bot.api}/customers/{other.id}/profile", headers=headers, timeout=30)
    httpx.get(f"{bot.api}/customers", params={"name": own[1].name}, headers=headers, timeout=30)

    files = [p for p in bot.stack.log_dir.rglob("*") if p.is_file()]
    assert files, f"no log files in {bot.stack.log_dir}"
    secrets = {c.id for c in customers} | {c.name for c in customers} | {FEEDBACK}
    secrets |= {quote(c.name) for c in customers} | {quote_plus(c.name) for c in customers}
    pattern = re.compile("|".join(re.escape(v) for v in sorted(secrets, key=len, reverse=True)))
    leaks: list[str] = []
    for path in files:
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            found = pattern.search(line)
            if found:
                leaks.append(f"{path.name}:{number}: …{line[max(0, found.start() - 60):][:160]}")
    assert not leaks, "customer data in the logs:\n" + "\n".join(leaks[:20])
