"""Staff lookup and the access rule: whose customers may a member of staff see?"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select, true
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


def visible_customers(staff: Staff) -> ColumnElement[bool]:
    """A WHERE clause on `Customer` for the book this member of staff may see.

    Advisors see their own book, branch managers their branch's books, head office everyone.
    """
    if staff.role is Role.head_office:
        return true()
    if staff.role is Role.branch_manager:
        branch_staff = select(Staff.id).where(Staff.branch_id == staff.branch_id)
        return Customer.advisor_id.in_(branch_staff.scalar_subquery())
    return Customer.advisor_id == staff.id


def can_see_customer(*, session: Session, staff: Staff, customer_id: str) -> bool:
    found = session.scalar(
        select(Customer.id).where(Customer.id == customer_id, visible_customers(staff))
    )
    return found is not None


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
