"""No customer data in any log the stack writes: after conversations that show a call list, a
profile (chat and API), a refused attempt, a logged feedback, malformed `/intent{...}`
messages (Rasa's own warning used to quote them word for word) and over-long messages, no
log file contains any customer's name or id, or the feedback text, and no line is longer
than the bound channels/log_privacy.py sets."""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus

import httpx
import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer
from tests.e2e.conftest import Bot
from tests.e2e.test_access import _api_headers

pytestmark = pytest.mark.e2e

ADVISOR = "A006"
FEEDBACK = "the branch queue in Ostermundigen took ninety-seven minutes"
# channels/log_privacy.py cuts lines at 2000 characters, plus its note of how much it cut.
LONGEST_LINE = 2100


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
    # Rasa warns about a malformed /intent{...} message, and used to quote it in full.
    bot.say(ADVISOR, f'/request_profile{{"customer_id": "{own[2].id}", "name": "{own[2].name}"')
    bot.say(ADVISOR, f'/inform{{"customer_name": {own[3].name}, "balance": 12500}}')
    bot.say(ADVISOR, f"/{own[4].name}{{{other.id}}}")
    bot.say(ADVISOR, f"tell me about {own[5].name} " * 400)  # over the limit: refused
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
    longest = (0, "")
    for path in files:
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            found = pattern.search(line)
            if found:
                leaks.append(f"{path.name}:{number}: …{line[max(0, found.start() - 60):][:160]}")
            longest = max(longest, (len(line), f"{path.name}:{number}"))
    assert not leaks, "customer data in the logs:\n" + "\n".join(leaks[:20])
    assert longest[0] <= LONGEST_LINE, f"a {longest[0]}-character log line at {longest[1]}"
    rasa_log = "\n".join(p.read_text(errors="replace") for p in files if "rasa" in p.name)
    assert "Failed to parse arguments in line [redacted" in rasa_log  # the warning came
