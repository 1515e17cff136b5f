"""What a chat turn answers: the sentence, a typed payload for rich channels, slots to set.

Every payload names its kind in `type`; the actions, the API, the CLI, the digest and the
card renderers (delivery/, api/web/assets/render.js) dispatch on it and never guess from the
fields present. docs/contracts.md lists the types. Each model types the fields its renderers
rely on and keeps the rest as they came (`extra="allow"`): the payload's JSON is what the
room built, now checked.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _Payload(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    def to_json(self) -> dict[str, Any]:
        # Only what the room set: a default is not added to the JSON it built.
        return self.model_dump(mode="json", exclude_unset=True)

    # Read like the JSON it becomes (payload["items"], payload.get("type")): the rooms and
    # their tests read payloads that way, and the JSON is the contract.
    def __getitem__(self, key: str) -> Any:
        return self.to_json()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_json().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self.to_json()


class CallListPayload(_Payload):
    """A page of today's call list (knowledge.call_reports.chat.chat_payload)."""

    type: Literal["call_list"]
    advisor_id: str
    as_of: str
    page: int = 1
    offset: int = 0
    total: int = 0
    has_more: bool = False
    items: list[dict[str, Any]]


class CallExplanationPayload(_Payload):
    """Why a customer is (or is not) on today's list."""

    type: Literal["call_explanation"]
    customer_id: str
    name: str
    on_list: bool
    reasons: list[dict[str, Any]] = Field(default_factory=list)


class RateEventPayload(_Payload):
    """The customers a rate change affects, a what-if, or a change just recorded."""

    type: Literal["rate_event_affected", "rate_what_if", "rate_event_recorded"]
    delta_bp: int
    items: list[dict[str, Any]] = Field(default_factory=list)


class ProfilePayload(_Payload):
    """The single customer view (knowledge.profile.render.profile_payload)."""

    type: Literal["customer_profile"]
    who: dict[str, Any]


class CustomerSectionPayload(_Payload):
    """One part of the profile: holdings and risk, contacts, or complaints."""

    type: Literal["customer_holdings", "customer_contacts", "customer_complaints"]
    customer_id: str
    name: str


class ChoicePayload(_Payload):
    """Several customers match: the numbered choice."""

    type: Literal["customer_choice"]
    choices: list[dict[str, Any]]
    total_matches: int = 0


class ThemesPayload(_Payload):
    """What customers are saying (`themes_summary`) or the costliest problems."""

    type: Literal["themes_summary", "themes_costliest"]
    themes: list[dict[str, Any]]


class ThemePayload(_Payload):
    """One theme in detail."""

    type: Literal["theme"]
    id: int
    label: str


class ConfirmWritePayload(_Payload):
    """A write shown first: "… OK?" (docs/contracts.md, chat writes)."""

    type: Literal["confirm_write"]
    write: dict[str, Any]


class WriteDonePayload(_Payload):
    """A confirmed write stored: a call logged, feedback saved, a theme changed."""

    type: Literal["call_logged", "feedback_saved", "theme_changed"]


class WriteReversedPayload(_Payload):
    type: Literal["write_reversed"]
    kind: str
    record_id: str


Payload = Annotated[
    CallListPayload | CallExplanationPayload | RateEventPayload | ProfilePayload
    | CustomerSectionPayload | ChoicePayload | ThemesPayload | ThemePayload
    | ConfirmWritePayload | WriteDonePayload | WriteReversedPayload,
    Field(discriminator="type"),
]
PAYLOAD_TYPES: frozenset[str] = frozenset(
    t for model in (CallListPayload, CallExplanationPayload, RateEventPayload, ProfilePayload,
                    CustomerSectionPayload, ChoicePayload, ThemesPayload, ThemePayload,
                    ConfirmWritePayload, WriteDonePayload, WriteReversedPayload)
    for t in model.model_fields["type"].annotation.__args__  # type: ignore[union-attr]
)
_payload = TypeAdapter(Payload)


def payload(value: dict[str, Any] | _Payload) -> _Payload:
    """A payload dict checked against its `type` (ValidationError when it has none or is
    unknown, or lacks a field its renderers need)."""
    return value if isinstance(value, _Payload) else _payload.validate_python(value)


class ChatAnswer(BaseModel):
    """The one chat answer: `text`, an optional typed `payload`, the `slots` to set."""

    text: str
    payload: Payload | None = None
    slots: dict[str, Any] = Field(default_factory=dict)

    def __init__(self, text: str, payload: dict[str, Any] | _Payload | None = None,
                 slots: dict[str, Any] | None = None, **data: Any) -> None:
        # Positional like the dataclass it replaces: ChatAnswer(text, payload, slots).
        super().__init__(text=text, payload=payload, slots=slots or {}, **data)

    def payload_json(self) -> dict[str, Any] | None:
        return self.payload.to_json() if self.payload is not None else None
