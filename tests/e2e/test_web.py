"""The web pages in a real browser (Debian's headless Chromium) against the real stack.

Clicks through what an advisor and a manager do: log in (a wrong password first), ask the
real Rasa "who should I call today?" and read the call list table, find the dashboard closed
to advisors, and, as a branch manager, read the coverage table and the themes with a trend
chart and quotes. Screenshots go to var/artifacts/ (kept by CI as test artifacts).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Role, Staff
from knowledge.settings import PROJECT_ROOT, get_settings
from tests.e2e.conftest import AS_OF, Bot

pytestmark = pytest.mark.e2e

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Headless and quiet: no sandbox (containers), no GPU, nothing fetched from the internet.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
ARTIFACTS = PROJECT_ROOT / "var" / "artifacts"
DEMO_PASSWORD = "demo"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"No Chromium at {CHROMIUM}: apt-get install chromium (or set CHROMIUM).")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab (own sessionStorage) that fails the test on a script error or CSP refusal."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    tab.on("console", lambda message: problems.append(message.text)
           if "Content Security Policy" in message.text else None)
    yield tab
    context.close()
    assert not problems, problems


@pytest.fixture(scope="module")
def themed(bot: Bot) -> Bot:
    """Themes in the e2e bank, built the way an operator does (`advisor themes build`)."""
    env = {**os.environ, "DATABASE_URL": bot.database_url, "AS_OF_DATE": AS_OF.isoformat(),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    result = subprocess.run([str(PROJECT_ROOT / ".venv" / "bin" / "advisor"), "themes", "build"],
                            cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return bot


def _rows(bot: Bot, query: Any) -> list[Any]:
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        rows = list(session.scalars(query))
    engine.dispose()
    return rows


def log_in(page: Any, bot: Bot, staff_id: str, password: str = DEMO_PASSWORD) -> None:
    page.get_by_label("Staff id").fill(staff_id)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def say(page: Any, text: str) -> str:
    """Send a chat message and wait for the answer; the answer's text (or the error shown)."""
    page.get_by_label("Message").fill(text)
    page.get_by_role("button", name="Send").click()
    # The page marks the conversation busy while it waits (a selector: the CSP forbids eval).
    page.locator("#messages:not([aria-busy])").wait_for(state="attached")
    error = page.locator("#chat-error")
    if error.is_visible():
        return f"error: {error.inner_text()}"
    return str(page.locator("li.from-bot").last.inner_text())


def test_advisor_logs_in_and_reads_the_call_list_from_rasa(bot: Bot, page: Any) -> None:
    page.goto(f"{bot.api}/web/chat")
    page.wait_for_url("**/web/login?**")  # no session yet: sent to log in

    log_in(page, bot, "A001", "not-the-password")
    error = page.locator("#login-error")
    error.wait_for()
    assert "Wrong staff id or password" in error.inner_text()
    page.screenshot(path=str(ARTIFACTS / "web-login-error.png"))

    log_in(page, bot, "A001")
    page.wait_for_url("**/web/chat")
    answer = say(page, "who should I call today?")
    table = page.locator("table.call-list")
    assert table.is_visible(), answer

    book = {c.name for c in _rows(bot, select(Customer).where(Customer.advisor_id == "A001"))}
    names = [n.split("\n")[0] for n in table.locator("tbody th").all_inner_texts()]
    assert names and set(names) <= book  # A001's own book: the sender was the logged-in advisor
    reasons = table.locator("tbody tr").first.locator(".reasons li").all_inner_texts()
    assert reasons and all(len(r) > 20 for r in reasons)
    assert page.locator("#who").inner_text().endswith("(advisor)")
    page.screenshot(path=str(ARTIFACTS / "web-chat-call-list.png"), full_page=True)

    # A customer of the list (one whose name no one else in the bank has), as a card.
    everyone = [c.name for c in _rows(bot, select(Customer))]
    name = next(n for n in names if everyone.count(n) == 1)
    answer = say(page, f"tell me about {name}")
    card = page.locator("section.profile")
    assert card.is_visible(), answer
    assert card.locator("h3").inner_text().startswith(name)
    assert "Tier" in card.locator("dl").inner_text()
    page.screenshot(path=str(ARTIFACTS / "web-chat-profile.png"), full_page=True)

    token = page.evaluate("JSON.parse(sessionStorage.getItem('advisor.session')).token")
    me = f"{bot.api}/auth/me"
    assert httpx.get(me, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/web/login?**")
    assert page.evaluate("sessionStorage.length") == 0
    # The server revoked the token too: a copy of it no longer works.
    assert httpx.get(me, headers={"Authorization": f"Bearer {token}"}).status_code == 401
    page.goto(f"{bot.api}/web/chat")
    page.wait_for_url("**/web/login?**")


def test_the_login_page_says_when_logins_are_paused(bot: Bot, page: Any) -> None:
    """Five wrong passwords pause the id's logins; the page shows the API's sentence (a
    made-up id, so that no other test's staff member is paused)."""
    page.goto(f"{bot.api}/web/login")
    error = page.locator("#login-error")
    for attempt in range(1, 7):
        log_in(page, bot, "Z777", f"guess number {attempt}")
        # The button is disabled from the click until the answer is shown.
        page.locator("#login-button:not([disabled])").wait_for()
        error.wait_for()
        text = error.inner_text()
        if attempt < 5:
            assert "Wrong staff id or password" in text
    assert "Too many failed logins for this staff id: try again in 15 minutes" in text


def test_advisor_cannot_open_the_dashboard(bot: Bot, page: Any) -> None:
    page.goto(f"{bot.api}/web/login")
    log_in(page, bot, "A002")
    page.wait_for_url("**/web/chat")
    assert not page.get_by_role("link", name="Dashboard").is_visible()
    page.goto(f"{bot.api}/web/dashboard")
    notice = page.locator("#forbidden")
    notice.wait_for()
    assert "for branch managers and head office" in notice.inner_text()
    assert not page.locator("#coverage-table").is_visible()
    # The data is closed too, not only the page: the API refuses the advisor's own token.
    token = page.evaluate("JSON.parse(sessionStorage.getItem('advisor.session')).token")
    refused = httpx.get(f"{bot.api}/dashboard/coverage",
                        headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 403
    page.screenshot(path=str(ARTIFACTS / "web-dashboard-advisor.png"))


def test_manager_sees_coverage_and_areas_with_trend_and_quotes(themed: Bot, page: Any) -> None:
    bot = themed
    manager = _rows(bot, select(Staff).where(Staff.role == Role.branch_manager)
                    .order_by(Staff.id))[0]
    advisors = _rows(bot, select(Staff.id).where(Staff.role == Role.advisor,
                                                 Staff.branch_id == manager.branch_id))
    page.goto(f"{bot.api}/web/login")
    log_in(page, bot, manager.id)
    page.wait_for_url("**/web/dashboard")

    coverage = page.locator("#coverage-table tbody tr")
    coverage.first.wait_for()
    shown = [row.split()[-1] for row in
             page.locator("#coverage-table tbody th").all_inner_texts()]
    assert sorted(shown) == sorted(advisors)  # exactly the branch's advisors
    groups = page.locator("#themes-table tbody.area")
    groups.first.wait_for()
    # No duplicate rows: every problem appears once; an area of one problem is just that
    # problem's row, an area of several is one summary row over its (folded) problems.
    shown = page.locator("#themes-table tr.problem-row").evaluate_all(
        "rows => rows.map(r => r.dataset.theme)")
    assert len(shown) == len(set(shown)) > 0
    for group in groups.all():
        problems = group.locator("tr.problem-row").count()
        assert group.locator("tr.area-row").count() == (0 if problems == 1 else 1)
    assert page.locator("#cost-chart svg rect").count() == min(groups.count(), 12)
    several = page.locator("#themes-table tbody.area:has(tr.area-row)")
    if several.count():  # the demo bank's areas depend on its generated feedback
        group = several.first
        folded = group.locator("tr.problem-row")
        assert not any(row.is_visible() for row in folded.all())  # folded until asked
        toggle = group.locator("tr.area-row").get_by_role("button")
        assert toggle.get_attribute("aria-expanded") == "false"
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        assert all(row.is_visible() for row in folded.all())
        # The area's row sums its problems' statements.
        area_count = int(group.locator("tr.area-row td").first.inner_text())
        counts = [int(row.locator("td").first.inner_text()) for row in folded.all()]
        assert area_count > 0 and area_count == sum(counts)
    themes = page.locator("#themes-table tr.problem-row:visible")
    themes.first.get_by_role("button").click()
    detail = page.locator("#theme-detail")
    detail.locator("svg.trend-chart").wait_for()
    assert detail.locator("svg.trend-chart rect").count() == 8  # eight weeks
    assert detail.locator(".quotes blockquote").count() >= 1
    page.get_by_role("button", name="Monthly").click()
    assert page.get_by_role("button", name="Monthly").get_attribute("aria-pressed") == "true"
    page.screenshot(path=str(ARTIFACTS / "web-dashboard-manager.png"), full_page=True)


@pytest.mark.parametrize(("locale", "amount", "currency"),
                         [("en", 49893.4, "EUR"), ("de_DE", 49893.4, "EUR"),
                          ("de_DE", -12200, "CZK"), ("en", 12200, "CZK")])
def test_the_pages_write_money_as_the_chat_does(
        browser: Any, monkeypatch: pytest.MonkeyPatch, locale: str, amount: float,
        currency: str) -> None:
    """The page's formatter (common.js, in Chromium's ICU) and the chat's (Babel) agree for
    the locale /auth/me hands the page: a German manager reads '49.893 €' in both."""
    from knowledge import format as fmt

    monkeypatch.setenv("LOCALE", locale)
    get_settings.cache_clear()
    chat = fmt.money(amount, currency)
    context = browser.new_context()
    tab = context.new_page()
    tab.set_content("<!doctype html><title>format</title>")
    tab.add_script_tag(path=str(PROJECT_ROOT / "api" / "web" / "assets" / "common.js"))
    web = tab.evaluate("([tag, amount, currency]) => { Format.use({locale: tag}); "
                       "return Format.money(amount, currency); }",
                       [fmt.language_tag(), amount, currency])
    context.close()
    get_settings.cache_clear()

    def plain(text: str) -> str:  # ICU and Babel differ only in which space they use
        return text.replace("\u00a0", " ").replace("\u202f", " ")

    assert plain(web) == plain(chat)


def test_pages_carry_the_csp_through_the_running_api(bot: Bot) -> None:
    response = httpx.get(f"{bot.api}/web/dashboard")
    assert response.status_code == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
