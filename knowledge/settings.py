"""Typed settings, read from the environment (prefix-free names) and an optional `.env` file.

Every threshold the bank may want to tune lives here, not in code. Settings fail fast: a
malformed value stops the process at start with a message naming the variable. The checks
that span several settings (secrets, production logging, sign-in limits, money thresholds
per currency) live in `knowledge.settings_checks`; `Settings` runs them when it is built.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from babel import Locale, UnknownLocaleError
from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.settings_checks import (  # noqa: F401  (CURRENCY_SCALE, redis_parts: public here)
    CURRENCY_SCALE,
    MONEY_THRESHOLDS,
    check_api_auth,
    check_internal_secrets,
    check_production_logging,
    money_thresholds_in_currency,
    per_currency,
    redis_parts,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE = PROJECT_ROOT / "var" / "advisor.db"
DEVELOPMENT_SECRET = "development-only-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = Field(default=f"sqlite:///{DEFAULT_SQLITE}")
    secret_key: str = DEVELOPMENT_SECRET

    # Processes and ports (make run, /health, tests).
    rasa_url: str = "http://127.0.0.1:5005"
    action_server_url: str = "http://127.0.0.1:5055"
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    rasa_port: int = 5005
    action_port: int = 5055

    # production profile (docs/production.md)
    # Rasa's conversation memory. Empty = in memory, which is right for one Rasa process
    # (`make run`). Several Rasa instances serving the same advisors need a shared SQL tracker
    # store (postgresql://user:password@host:port/database; Rasa's environment has psycopg2)
    # and a Redis lock store (redis://[:password@]host:port/db), so that two messages of one
    # conversation are never processed at once on two instances.
    tracker_store_url: str = ""
    lock_store_url: str = ""
    # Log level of the Rasa server (which reads LOG_LEVEL) and of its libraries. DEBUG logs
    # message texts and slot values, i.e. customer names: production refuses it.
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_level_libraries: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "ERROR"
    # production profile end

    currency: str = "EUR"
    # How money, dates and percentages are written (knowledge/format.py): a CLDR locale
    # such as en, en_GB, de_DE or cs_CZ.
    locale: str = "en"
    # The day the bot and API treat as "today". Empty = the real date. Tests and demos pin it
    # so that results are reproducible.
    as_of_date: dt.date | None = None

    # Contribution: annual margin earned per unit of balance, by the product's margin class.
    # Investments and insurance are high-margin, savings low-margin (domain.md, seed 003).
    margin_high: Decimal = Decimal("0.0150")
    margin_medium: Decimal = Decimal("0.0080")
    margin_low: Decimal = Decimal("0.0030")

    # Tier pyramid by total contribution (share of the bank's customers, top down), and the
    # coverage plan: how many days may pass between contacts for each tier.
    tier_top_share: float = 0.05
    tier_high_share: float = 0.15
    tier_mid_share: float = 0.60
    coverage_days_top: int = 30
    coverage_days_high: int = 60
    coverage_days_mid: int = 180
    coverage_days_low: int = 365

    # Call-list thresholds.
    call_list_capacity: int = 8
    maturity_window_days: int = 30
    recent_contact_days: int = 7
    dormant_after_days: int = 730

    # call list
    # Tier value weights in the score (score = weight of the tier x urgency of the reasons).
    # Moderate spread: a top customer's routine reason must not bury a mid customer's urgent one.
    call_value_weight_top: float = 2.0
    call_value_weight_high: float = 1.6
    call_value_weight_mid: float = 1.2
    call_value_weight_low: float = 1.0
    call_value_weight_inactive: float = 1.0
    # Activity (RFM frequency): transactions in the last 12 months that make a customer "active".
    active_transactions_12m: int = 60
    # RFM recency cut-offs in days (score 5 when at most the first, 1 when beyond the last).
    rfm_recency_days: str = "30,90,180,365"
    rfm_frequency_12m: str = "120,60,24,6"
    # Reasons that may put a recently contacted customer back on the list when they appeared
    # after that contact.
    urgent_reason_codes: str = "large_withdrawal,large_deposit,maturity,open_complaint,rate_event"
    # Unusual flows: the last flow_window_days against the customer's own monthly baseline.
    flow_window_days: int = 30
    flow_history_months: int = 12
    flow_min_months: int = 6
    flow_mad_threshold: float = 5.0
    flow_min_ratio: float = 3.0
    # The smallest flow worth a call, in CURRENCY; empty = 1,000 euros' worth (CURRENCY_SCALE).
    flow_min_amount: Decimal | None = None
    # Per-currency money thresholds for holdings in other currencies than CURRENCY, as
    # "CZK=25000,NOK=11000" (empty: CURRENCY's value scaled by CURRENCY_SCALE; a currency in
    # neither gets no money alarm, and the import says so). See money_threshold().
    flow_min_amount_by_currency: str = ""
    # A move is material when what is unusual about it (above the usual month) is at least this
    # share of what the customer had before it (withdrawals) or of their balances (deposits).
    # A tenth: 30,000 leaving a customer with 170,000 (a term deposit broken early, seed 002) is
    # worth a call; on Berka the floor and the baseline already decide (0.1 and 0.25 gave the
    # same alarms on the months used for tuning, Aug-Dec 1993).
    flow_material_share: float = 0.10
    # A usual month below this share of FLOW_MIN_AMOUNT (CZK 2,500 of CZK 25,000) is too small
    # to judge a multiple against (147x a usual CZK 300): the flow must then beat the largest
    # month of the history, net of pass-throughs (Berka, Oct 1993: 44,259 after 52,217).
    flow_baseline_floor_share: float = 0.10
    # A flow flagged within this many days is known to the advisor (no second alarm unless twice
    # as large); money that came in within them and leaves again is passed on, no withdrawal.
    flow_repeat_days: int = 60
    # Repeated advisory sessions without a sale or resolution.
    advisory_window_days: int = 60
    advisory_min_sessions: int = 3
    # Dormant: formerly valuable = tier top/high, or total balances above this.
    # In CURRENCY; empty = 50,000 euros' worth (CURRENCY_SCALE).
    dormant_min_balance: Decimal | None = None
    dormant_min_balance_by_currency: str = ""
    # Complaints: open past their follow-up date, or open longer than this.
    complaint_max_open_days: int = 14
    birthday_window_days: int = 7
    life_event_window_days: int = 60
    # Market events stay a reason for this many days after they happened (unless contacted since).
    rate_event_window_days: int = 30
    rate_event_max_abs_bp: int = 500
    # Who may record a market event in chat (comma-separated roles): a rate change is the
    # bank's act, not an advisor's remark, so by default only head office records one.
    market_event_roles: str = "head_office"
    # Next best offer: association rules category -> category over open holdings.
    offer_min_support: float = 0.02
    offer_min_confidence: float = 0.5
    offer_min_lift: float = 1.3
    # Categories that may be offered: no unsolicited credit (mortgages, loans, cards).
    offer_categories: str = "savings,term_deposit,fund,bond,equity,insurance,pension"
    # The lowest risk profile (1-5) a product category may be offered to.
    offer_min_risk_equity: int = 4
    offer_min_risk_fund: int = 2
    offer_min_risk_bond: int = 2
    offer_min_risk_pension: int = 1
    # Bank-wide parts (tier cut-offs, association rules) are cached this long in a process.
    bank_cache_seconds: int = 600
    # end call list

    # Embeddings: any sentence-transformers model path or name; empty = the packaged MiniLM.
    embedding_model: str = ""
    # Arithmetic of the embedding model on the CPU: auto = bfloat16 where the CPU has native
    # support (about twice as fast; cosine to float32 >= 0.9999), else float32.
    embedding_precision: Literal["auto", "float32", "bfloat16"] = "auto"

    # wocas — feedback themes and their cost (docs in knowledge/themes/cost.py).
    # Longest feedback text stored; longer texts are refused with a message (not truncated).
    feedback_max_chars: int = 20_000
    # Cost of handling one customer contact about a problem (staff time, in CURRENCY).
    wocas_cost_per_contact: Decimal = Decimal("12.50")
    # Days after feedback: contacts counted to its theme; closures/outflows "revenue at risk".
    wocas_contact_window_days: int = 90
    wocas_churn_window_days: int = 180
    # Outflows of at least this share of the balance after feedback: "reduced balances".
    wocas_outflow_share: Decimal = Decimal("0.20")
    # Clustering (bench/wocas/README.md): Leiden on the k-NN graph (`wocas_neighbours` each,
    # from 1,000 statements one per 5 of a typical theme, ≤ 24) at `wocas_resolution` (×
    # √(themes / 75) from 1,000 statements; higher: finer themes); the smallest theme; the cosine
    # distance beyond which a built item is unassigned; within which a new item joins a theme.
    wocas_neighbours: int = Field(default=12, ge=2, le=100)
    wocas_resolution: float = Field(default=6.0, gt=0)
    wocas_min_theme_size: int = 4
    wocas_attach_distance: float = 0.80
    wocas_place_distance: float = 0.60
    wocas_seed: int = 7
    # Words joined to the sentence vectors (knowledge/themes/words.py): share β (0: off), LSA dims.
    wocas_word_weight: float = Field(default=0.4, ge=0)
    wocas_word_dimensions: int = Field(default=100, ge=2, le=1000)
    # wocas end

    # api auth — tokens, passwords and request limits (api/security.py, knowledge/access/auth.py).
    # A token lasts an advisor's working day, then they log in again.
    token_expire_minutes: int = 480
    # Who issues the tokens and for whom: a token of another system signed with the same key
    # is still refused.
    token_issuer: str = "advisor-assistant"
    token_audience: str = "advisor-assistant-api"
    password_min_length: int = 12
    # Failed logins for one staff id before its logins pause, and for how long (knowledge/
    # login_guard.py); a new password set by IT (`advisor staff set-password`) ends the pause.
    login_max_failures: int = 5
    login_lockout_minutes: int = 15
    # Largest request body the API reads (JSON), and the largest upload (CSV import), bytes.
    api_max_body_bytes: int = 1_000_000
    api_max_upload_bytes: int = 50_000_000
    # api auth end

    # channels — Slack and Microsoft Teams (channels/, docs/channels.md). An empty token or
    # app id leaves that channel off. The addresses default to the real services; tests
    # point them at local fakes.
    slack_token: str = ""
    slack_signing_secret: str = ""
    slack_api_url: str = "https://slack.com/api/"
    teams_app_id: str = ""
    teams_app_password: str = ""
    # The bank's Entra tenant: proactive messages (the morning digest) open chats in it.
    teams_tenant_id: str = ""
    # Multi-tenant bots: botframework.com; single-tenant: replace it with the tenant id.
    teams_token_url: str = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"
    teams_openid_metadata_url: str = (
        "https://login.botframework.com/v1/.well-known/openidconfiguration"
    )
    # Where proactive messages go when the user has no conversation yet (Teams' global URL).
    teams_service_url: str = "https://smba.trafficmanager.net/teams/"
    # channels end

    # web chat and dashboard (api/routes/chat.py, api/routes/dashboard.py).
    # Seconds the API waits for Rasa's answer to one chat turn before it answers 503.
    chat_timeout_seconds: float = Field(default=30.0, gt=0, le=300)
    # web chat end

    # Bounded input, on every channel (REST, Slack, Teams, the API's /chat): a longer
    # message is answered with a request to shorten it and never reaches NLU or the tracker.
    # Rasa's NLU grows with the square of a message's words (a 15,000-word message took
    # 22.8 GB); the Rasa process reads MAX_MESSAGE_CHARS/MAX_MESSAGE_WORDS from the
    # environment cli/stack.py passes on (channels/limits.py). CHAT_MAX_MESSAGE_CHARS, the
    # API's former name for the character limit, is still read.
    max_message_chars: int = Field(
        default=4000, ge=100, le=10_000,
        validation_alias=AliasChoices("max_message_chars", "chat_max_message_chars"))
    # Words (Rasa's whitespace tokens) per message.
    max_message_words: int = Field(default=600, ge=20, le=2000)
    # Events of one conversation session (a turn adds 5-10) before the next message starts
    # a new one, slots carried over: Rasa's turn time grows with the session's events
    # (channels/sessions.py, which reads CONVERSATION_MAX_EVENTS from the environment).
    conversation_max_events: int = Field(default=150, ge=40, le=5000)

    # Seconds a custom action may take before the advisor gets an apology instead
    # (channels/resilience.py in the Rasa process, which reads ACTION_TIMEOUT_SECONDS from
    # the environment that cli/stack.py passes on).
    action_timeout_seconds: float = Field(default=8.0, ge=0.5, le=300)
    # Seconds a server of `advisor run` may leave its health check unanswered (the process
    # still running) before the supervisor restarts it as hung (cli/supervise.py). Longer
    # than any legitimate turn, which holds Rasa's event loop well under a second.
    service_hang_seconds: float = Field(default=30.0, ge=5, le=600)

    # internal auth — how the servers prove themselves to each other (docs/production.md,
    # "Internal authentication"). Every port is loopback unless its *_HOST says otherwise.
    # The three secrets may stay empty in development only: `advisor run` then generates
    # fresh ones for each run. Outside development every process refuses to start without
    # them (32 random bytes: python -c 'import secrets; print(secrets.token_urlsafe(32))').
    action_host: str = "127.0.0.1"
    rasa_host: str = "127.0.0.1"
    # Rasa sends it with every action call (endpoints.yml); the action server refuses calls
    # without it.
    action_server_secret: str = ""
    # Rasa's HTTP API (conversations, trackers, models) answers only with ?token=<this>.
    rasa_auth_token: str = ""
    # Signs the short-lived proof of identity the API sends with each web-chat turn to Rasa's
    # REST channel (HS256, the staff id as subject). Shared by the API and the Rasa servers.
    chat_token_secret: str = ""
    chat_token_seconds: int = Field(default=60, ge=5, le=3600)
    # internal auth end

    @field_validator("database_url")
    @classmethod
    def _database_url_has_scheme(cls, value: str) -> str:
        if "://" not in value:
            raise ValueError(
                "DATABASE_URL must be an SQLAlchemy URL such as sqlite:///var/advisor.db "
                "or postgresql+psycopg://user:pass@host/db"
            )
        return value

    @field_validator("tracker_store_url")
    @classmethod
    def _tracker_store_is_postgresql(cls, value: str) -> str:
        if value and not value.startswith(("postgresql://", "postgresql+psycopg2://")):
            raise ValueError(
                "TRACKER_STORE_URL must be empty (conversations in memory) or a PostgreSQL URL "
                "for Rasa's psycopg2 driver, such as "
                "postgresql://advisor:secret@db.example:5432/rasa_tracker"
            )
        return value

    @field_validator("lock_store_url")
    @classmethod
    def _lock_store_is_redis(cls, value: str) -> str:
        if value and redis_parts(value) is None:
            raise ValueError(
                "LOCK_STORE_URL must be empty (locks in memory, one Rasa process) or a Redis "
                "URL such as redis://:secret@redis.example:6379/1 (rediss:// for TLS)"
            )
        return value

    @field_validator("log_level", "log_level_libraries", mode="before")
    @classmethod
    def _log_level_in_capitals(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("as_of_date", "flow_min_amount", "dormant_min_balance", mode="before")
    @classmethod
    def _empty_as_of_means_today(cls, value: object) -> object:
        # Empty = the default: today for AS_OF_DATE, the currency's scale for money thresholds.
        return None if value == "" else value

    @field_validator("currency")
    @classmethod
    def _currency_is_iso(cls, value: str) -> str:
        if len(value) != 3 or not value.isalpha():
            raise ValueError("CURRENCY must be a three-letter ISO 4217 code such as EUR")
        return value.upper()

    @field_validator("locale")
    @classmethod
    def _locale_is_known(cls, value: str) -> str:
        try:
            Locale.parse(value.replace("-", "_"))
        except (UnknownLocaleError, ValueError) as error:
            raise ValueError(f"LOCALE must be a locale such as en or de_DE: {error}") from None
        return value.replace("-", "_")

    @model_validator(mode="after")
    def _shares_and_secrets(self) -> Settings:
        total = self.tier_top_share + self.tier_high_share + self.tier_mid_share
        if not 0 < total < 1:
            raise ValueError(
                "TIER_TOP_SHARE + TIER_HIGH_SHARE + TIER_MID_SHARE must be between 0 and 1 "
                "(the rest of the customers form the low tier)"
            )
        if self.environment == "production" and self.secret_key == DEVELOPMENT_SECRET:
            raise ValueError("SECRET_KEY must be set to a real secret when ENVIRONMENT=production")
        check_api_auth(self)
        check_production_logging(self)
        check_internal_secrets(self)
        money_thresholds_in_currency(self)
        for name in MONEY_THRESHOLDS:
            per_currency(getattr(self, f"{name}_by_currency"), f"{name}_by_currency".upper())
        return self

    def money_threshold(self, name: str, currency: str | None = None) -> Decimal | None:
        """A money threshold (FLOW_MIN_AMOUNT, DORMANT_MIN_BALANCE) in `currency` (default
        CURRENCY): the bank's own per-currency value, else CURRENCY's scaled by CURRENCY_SCALE,
        else None: no threshold known, so no money alarm in that currency (never a euro one)."""
        currency = (currency or self.currency).upper()
        own = per_currency(getattr(self, f"{name}_by_currency"), name).get(currency)
        if own is not None:
            return own
        base: Decimal = getattr(self, name)
        if currency == self.currency:
            return base
        here, there = CURRENCY_SCALE.get(self.currency), CURRENCY_SCALE.get(currency)
        return None if here is None or there is None else base / here * there

    def smallest_money_threshold(self, name: str) -> Decimal:
        """The lowest value of a money threshold over every currency it is known in (a
        pre-filter that must not drop what some currency's threshold would keep)."""
        known = [self.money_threshold(name, c) for c in {self.currency, *CURRENCY_SCALE}]
        own = per_currency(getattr(self, f"{name}_by_currency"), name).values()
        return min([k for k in known if k is not None] + list(own))

    def today(self) -> dt.date:
        return self.as_of_date or dt.date.today()

    def margin_for(self, margin_class: str) -> Decimal:
        return {"high": self.margin_high, "medium": self.margin_medium, "low": self.margin_low}[
            margin_class
        ]

    def coverage_days(self, tier: str) -> int:
        return {
            "top": self.coverage_days_top,
            "high": self.coverage_days_high,
            "mid": self.coverage_days_mid,
            "low": self.coverage_days_low,
        }.get(tier, self.coverage_days_low)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
