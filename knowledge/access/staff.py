"""Staff lookup: who a staff id, a Slack or a Teams user is. (What they may see:
`knowledge.access.policy`.)"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer, Role, Staff


def get_staff(*, session: Session, staff_id: str) -> Staff | None:
    if not staff_id or len(staff_id) > 64:
        return None
    return session.get(Staff, staff_id)


def staff_by_chat_identity(
    *, session: Session, slack_user_id: str | None = None, teams_user_id: str | None = None
) -> Staff | None:
    if slack_user_id:
        return session.scalars(select(Staff).where(Staff.slack_user_id == slack_user_id)).first()
    if teams_user_id:
        return session.scalars(select(Staff).where(Staff.teams_user_id == teams_user_id)).first()
    return None


def staff_for_sender(
    *, session: Session, sender_id: str, input_channel: str | None = None
) -> Staff | None:
    """Who is talking to the bot, from the sender id of their channel.

    Slack sends the Slack user id, Teams (Rasa's `botframework` channel) the user's Entra
    object id or Teams user id ("29:…"); REST and the API's web chat send the staff id. The
    channel's own column is matched first; the staff id is the fallback, for banks that use
    the chat ids as staff ids (and the REST-style tests). Those ids are assigned by Slack and
    Microsoft, so a chat user cannot pick one that names somebody else.
    """
    if not sender_id or len(sender_id) > 200:
        return None
    channel = (input_channel or "").strip().lower()
    found = None
    if channel == "slack":
        found = staff_by_chat_identity(session=session, slack_user_id=sender_id)
    elif channel in ("botframework", "msteams", "teams"):
        found = staff_by_chat_identity(session=session, teams_user_id=sender_id)
    return found or get_staff(session=session, staff_id=sender_id)


def count_customers(*, session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0


def staff_by_role(*, session: Session, per_role: int) -> list[Staff]:
    """The first few staff of each role, advisors first (the demo identities)."""
    found: list[Staff] = []
    for role in (Role.advisor, Role.branch_manager, Role.head_office):
        found.extend(
            session.scalars(
                select(Staff).where(Staff.role == role).order_by(Staff.id).limit(per_role)
            )
        )
    return found
